"""Content of the ten blind34 sites (typing aid)."""
from __future__ import annotations

STD_AREAS = [
    ("Barn och utbildning", ["Förskola", "Grundskola", "Gymnasieskola", "Skolskjuts"]),
    ("Omsorg och stöd", ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Ekonomiskt bistånd"]),
    ("Bygga, bo och miljö", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa"]),
    ("Kultur och fritid", ["Bibliotek", "Idrott och motion", "Föreningsstöd", "Kulturskola"]),
    ("Trafik och infrastruktur", ["Gator och vägar", "Parkering", "Snöröjning", "Kollektivtrafik"]),
    ("Näringsliv och arbete", ["Starta företag", "Upphandling", "Lediga jobb", "Tillstånd"]),
    ("Kommun och politik", ["Organisation", "Politik och nämnder", "Ekonomi", "Allmänna handlingar"]),
]
TOPBAR = [("Lyssna", "/om-webbplatsen/#lyssna", ""), ("Lättläst", "/om-webbplatsen/#lattlast", ""),
          ("In English", "/om-webbplatsen/#english", "")]


def footer(addr, post, switch, email, orgnr, extra_cols=(), extra=""):
    cols = [("Genvägar", [("Nyheter", "/nyheter/"), ("E-tjänster", "/e-tjanster/"), ("Kontakta oss", "/kontakta-oss/"), *list(extra_cols)])]
    return {"addr": addr, "post": post, "switch": switch, "email": email, "orgnr": orgnr, "cols": cols, "extra": extra}


def generic_contact(kommun, switch, email, addr, hours="vardagar 8-16.30"):
    return ("Kontakta oss", f"<h1>Kontakta oss</h1>\n<p>Du når {kommun} via växeln på {switch}, {hours}. Växeln kopplar dig "
            f"vidare till rätt förvaltning.</p>\n<p>Post och e-post till kommunen registreras av registrator: {email}.</p>\n"
            f"<p>Postadress: {addr}</p>\n<h2>Felanmälan</h2>\n<p>Fel på gator, belysning och lekplatser anmäler du i "
            "e-tjänsten Felanmälan.</p>\n")


SITES = []

# ------------------------------------------------------------------ 9367 Ravelsta: 5
SITES.append({
    "kommunkod": "9367", "name": "Ravelsta", "kommun": "Ravelsta kommun", "lan_kod": "01", "lan": "Stockholms län",
    "family": "semantic", "fclass": "site-footer", "search_path": "/sok/", "search_param": "q",
    "areas": STD_AREAS, "menu_extra": [("Kontaktcenter", "/kontaktcenter/")], "topbar": TOPBAR,
    "hero": ("Välkommen till Ravelsta", "Här hittar du kommunens service, nyheter och e-tjänster."),
    "cards": [("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb"), ("Bygglov", "/bygga-bo-och-miljo/#bygglov"),
              ("Förskola", "/barn-och-utbildning/#forskola")],
    "jobs_url": "/naringsliv-och-arbete/#lediga-jobb",
    "news": [("budget", "2026-11-20"), ("vinterväghållning", "2026-11-12"), ("badplats", "2026-10-30")],
    "footer": footer("Kommunhuset, Stortorget 1", "999 31 Ravelsta", "08-465 004 00", "kommun@ravelsta.se", "212000-9367"),
    "hits": {"kontaktcenter": ["/kontaktcenter/"], "kontaktcentret": ["/kontaktcenter/"]},
    "pages": {
        "/": ("Startsida", ""),
        "/kontakta-oss/": generic_contact("Ravelsta kommun", "08-465 004 00", "kommun@ravelsta.se", "Ravelsta kommun, 999 31 Ravelsta"),
        "/kontaktcenter/": ("Kontaktcenter", """<h1>Kontaktcenter</h1>
<p class="lead">Kontaktcenter är kommunens gemensamma ingång för dig som bor, arbetar eller driver företag i Ravelsta.</p>
<h2>Det här kan vi hjälpa dig med</h2>
<p>Vi svarar på frågor om bland annat bygglov, förskola och skola, avfallshämtning, vatten och avlopp, parkeringstillstånd och färdtjänst. Kan vi inte svara direkt ser vi till att rätt handläggare kontaktar dig inom två arbetsdagar.</p>
<h2>Så når du oss</h2>
<p><a class="button button--phone" href="tel:+46846500410"><svg aria-hidden="true" width="16" height="16"></svg> Ring oss på +46 8 465 004 10</a></p>
<dl class="opening-hours">
<dt>Telefontid måndag–torsdag</dt><dd>8.00–16.30</dd>
<dt>Telefontid fredag</dt><dd>8.00–15.00</dd>
<dt>Lunch</dt><dd>Stängt 12.00–13.00</dd>
</dl>
<h2>Om kontaktcenter</h2>
<p>Kontaktcenter finns i kommunhuset och är en del av kommunledningskontoret. Sju kommunvägledare tar emot samtal och besök.</p>
<p>Enhetschef för kontaktcenter: Maria Holm</p>
"""),
    },
})

# ------------------------------------------------------------------ 9368 Hjortmo: 4 (d0)
SITES.append({
    "kommunkod": "9368", "name": "Hjortmo", "kommun": "Hjortmo kommun", "lan_kod": "14", "lan": "Västra Götalands län",
    "family": "sitevision", "fclass": "sv-foot", "search_path": "/sok.4.1900.html", "search_param": "query",
    "areas": [(a, s if a != "Kommun och politik" else [("Organisation", "/kommun-och-politik/organisation.4.1771.html"),
                                                      "Politik och nämnder", "Ekonomi", "Allmänna handlingar"])
              for a, s in STD_AREAS],
    "area_ext": ".4.1000.html", "topbar": [*TOPBAR, ("Kontakt", "/kontakta-oss/", "")],
    "hero": ("Hjortmo – nära till allt", "Kommunen vid sjöarna. Här finns service, e-tjänster och aktuell information."),
    "cards": [("Servicecenter – vi svarar på dina frågor", "/servicecenter.4.2a1f.html"), ("Felanmälan", "/e-tjanster/"),
              ("Lediga jobb", "/naringsliv-och-arbete.4.1000.html#lediga-jobb"), ("Skolmat", "/barn-och-utbildning.4.1000.html#grundskola")],
    "jobs_url": "/naringsliv-och-arbete.4.1000.html#lediga-jobb",
    "news": [("avfall", "2026-11-25"), ("skolval", "2026-11-18"), ("bibliotek", "2026-11-02")],
    "footer": footer("Besöksadress: Rådhusgatan 3", "999 42 Hjortmo", "031-390 06 00", "kommun@hjortmo.se", "212000-9368"),
    "hits": {"servicecenter": ["/servicecenter.4.2a1f.html"], "servicecentret": ["/servicecenter.4.2a1f.html"]},
    "pages": {
        "/": ("Startsida", ""),
        "/kontakta-oss/": generic_contact("Hjortmo kommun", "031-390 06 00", "kommun@hjortmo.se", "Hjortmo kommun, 999 42 Hjortmo"),
        "/servicecenter.4.2a1f.html": ("Servicecenter", """<div class="sv-portlet sv-text-portlet"><h1 class="heading">Servicecenter</h1>
<p class="normal">Hos Servicecenter får du svar på frågor om till exempel barnomsorgsavgifter, hemtjänst, sophämtning, bygglov och bostadsanpassning. Vi hjälper dig också att använda kommunens e-tjänster.</p>
<h2 class="subheading">Ring Servicecenter</h2>
<p class="normal">Telefon <span class="sv-phone"><span class="area">031</span>-<span class="num">390 06 20</span></span></p>
</div>
<div class="sv-portlet sv-newsletter-portlet"><h2 class="subheading">Nyhetsbrev från Servicecenter</h2>
<p class="normal">Få tips om nya e-tjänster och ändrade öppettider i kommunen direkt i din inkorg.</p>
<form action="/nyhetsbrev/" method="get"><label for="nb-epost">Din e-postadress</label>
<input id="nb-epost" type="email" name="epost" placeholder="namn@exempel.se" autocomplete="email">
<button type="submit">Prenumerera</button></form></div>
<div class="sv-portlet sv-text-portlet"><h2 class="subheading">Följ oss</h2>
<p class="normal"><a href="/sociala-medier/#facebook">Facebook</a> <a href="/sociala-medier/#instagram">Instagram</a> <a href="/sociala-medier/#linkedin">Linkedin</a></p>
<p class="normal"><a href="/kommun-och-politik/organisation.4.1771.html">Så är kommunen organiserad</a></p></div>
"""),
        "/nyhetsbrev/": ("Nyhetsbrev", "<h1>Nyhetsbrev</h1>\n<p>Tack! Du får snart ett mejl där du bekräftar din prenumeration.</p>\n"),
        "/kommun-och-politik/organisation.4.1771.html": ("Organisation", """<h1 class="heading">Organisation</h1>
<p class="normal">Kommunens verksamhet är organiserad i fyra förvaltningar under kommunstyrelsen. Här ser du vem som leder de olika delarna.</p>
<table class="sv-table"><caption>Förvaltningar och enheter</caption>
<tr><th>Verksamhet</th><th>Roll</th><th>Namn</th></tr>
<tr><td>Kommunledningsförvaltningen</td><td>Kommundirektör</td><td>Eva Rydell</td></tr>
<tr><td>Servicecenter</td><td>Chef för servicecenter</td><td>Jonas Berglund</td></tr>
<tr><td>Utbildningsförvaltningen</td><td>Förvaltningschef</td><td>Hanna Moberg</td></tr>
<tr><td>Samhällsbyggnadsförvaltningen</td><td>Förvaltningschef</td><td>Olle Kvist</td></tr>
</table>
"""),
    },
})

# ------------------------------------------------------------------ 9369 Gransätra: 3 (c0, e0)
SITES.append({
    "kommunkod": "9369", "name": "Gransätra", "kommun": "Gransätra kommun", "lan_kod": "12", "lan": "Skåne län",
    "family": "soup", "fclass": "ft", "search_path": "/sok/", "search_param": "q",
    "areas": [(a, s if a != "Kommun och politik" else ["Organisation", "Politik och nämnder",
                                                      ("Medborgarservice", "/medborgarservice/"), "Allmänna handlingar"])
              for a, s in STD_AREAS],
    "topbar": [*TOPBAR, ("Kontakt", "/kontakta-oss/", "")],
    "hero": ("Gransätra – mitt i Skåne", "Upptäck kommunen, våra verksamheter och allt som händer."),
    "cards": [("Sök förskoleplats", "/barn-och-utbildning/#forskola"), ("Sophämtning", "/bygga-bo-och-miljo/#avfall-och-atervinning"),
              ("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb")],
    "jobs_url": "/naringsliv-och-arbete/#lediga-jobb",
    "news": [("cykelväg", "2026-11-21"), ("vatten", "2026-11-15"), ("feriejobb", "2026-11-03")],
    "footer": footer("Stadshuset, Järnvägsgatan 8", "999 53 Gransätra", "040-628 04 00", "gransatra.kommun@gransatra.se", "212000-9369"),
    "hits": {"medborgarservice": ["/medborgarservice/"]},
    "pages": {
        "/": ("Startsida", ""),
        "/kontakta-oss/": generic_contact("Gransätra kommun", "040-628 04 00", "gransatra.kommun@gransatra.se", "Box 14, 999 53 Gransätra"),
        "/medborgarservice/": ("Medborgarservice", """<div class="h1x"><h1>Medborgarservice</h1></div>
<div class="tx"><p>Medborgarservice hjälper dig med frågor om bland annat skolskjuts, bostadsanpassning, parkeringstillstånd för rörelsehindrade och kommunens e-tjänster. Vi kan också hjälpa dig att fylla i blanketter och ansökningar.</p></div>
<div class="tx"><h2>Skriv till oss</h2><p>medborgarservice(at)gransatra.se</p><p>Vi svarar inom två arbetsdagar.</p></div>
<div class="tx"><h2>Synpunkter och klagomål</h2><p>Har du synpunkter på kommunens verksamhet? Synpunkterna tas emot och registreras av Medborgarservice, som skickar dem vidare till rätt verksamhet.</p>
<p><a class="btn9" href="/e-tjanster/lamna-en-synpunkt/">Lämna en synpunkt</a></p></div>
<div class="tx small"><p>Sidansvarig: Webbredaktionen</p></div>
"""),
        "/e-tjanster/lamna-en-synpunkt/": ("Lämna en synpunkt", """<h1>Lämna en synpunkt</h1>
<p>I e-tjänsten kan du lämna synpunkter, klagomål, beröm och förslag. Du kan vara anonym. Medborgarservice tar emot ditt ärende.</p>
<p><a class="btn9" href="/e-tjanster/">Starta e-tjänsten</a></p>
"""),
    },
})

# ------------------------------------------------------------------ 9370 Älvnäset: 2 (footer entrance, d0)
SITES.append({
    "kommunkod": "9370", "name": "Älvnäset", "kommun": "Älvnäsets kommun", "lan_kod": "25", "lan": "Norrbottens län",
    "family": "bootstrap", "fclass": "foot", "search_path": "/sok/", "search_param": "q",
    "areas": [*STD_AREAS[:6], ("Kommun och politik", ["Organisation", "Politik och nämnder", "Ekonomi", "Allmänna handlingar"])],
    "topbar": [*TOPBAR, ("Kontakta oss", "/kontakta-oss/", "")],
    "hero": ("Älvnäset", "Där älven möter havet. Välkommen till kommunens webbplats."),
    "cards": [("Skolskjuts", "/barn-och-utbildning/#skolskjuts"), ("Bygglov", "/bygga-bo-och-miljo/#bygglov"),
              ("Snöröjning", "/trafik-och-infrastruktur/#snorojning")],
    "jobs_url": "/naringsliv-och-arbete/#lediga-jobb",
    "news": [("vinterväghållning", "2026-11-28"), ("bibliotek", "2026-11-10"), ("budget", "2026-10-22")],
    "footer": footer("Kommunhuset, Strandvägen 2", "999 64 Älvnäset", "0980-319 200", "kommunen@alvnaset.se", "212000-9370",
                     extra_cols=[("Kundcenter", "/kundcenter/")]),
    "hits": {"kundcenter": ["/kundcenter/"], "kundcentret": ["/kundcenter/"]},
    "pages": {
        "/": ("Startsida", ""),
        "/kontakta-oss/": generic_contact("Älvnäsets kommun", "0980-319 200", "kommunen@alvnaset.se", "Älvnäsets kommun, 999 64 Älvnäset"),
        "/kundcenter/": ("Kundcenter", """<h1 class="display-5">Kundcenter</h1>
<p class="lead">Kundcenter tar emot dina frågor om avgifter för förskola och fritids, avfallsabonnemang, vatten och avlopp och felanmälan av gator och belysning.</p>
<p>De flesta frågor får du svar på direkt. Om ditt ärende behöver utredas skickar vi det vidare till rätt förvaltning.</p>
<p><a class="btn btn-primary btn-lg" href="tel:+46980319210"><i class="bi bi-telephone-fill" aria-hidden="true"></i> Ring oss</a></p>
<div class="card mt-4"><div class="card-body">
<h2 class="h5 card-title">Gäller din fråga bygglov?</h2>
<p class="card-text">Frågor om bygglov och strandskydd besvaras av bygglovsenheten. Bygglovsenheten har telefontid tisdag och torsdag 9–11 på 0980-319 230.</p>
</div></div>
"""),
    },
})

# ------------------------------------------------------------------ 9371 Björkhamra: 5 (drawer top-level, chat + form)
SITES.append({
    "kommunkod": "9371", "name": "Björkhamra", "kommun": "Björkhamra kommun", "lan_kod": "03", "lan": "Uppsala län",
    "family": "municipio", "fclass": "c-footer", "search_path": "/", "search_param": "s",
    "areas": [*STD_AREAS[:5], ("Kommun och politik", ["Organisation", "Politik och nämnder", "Ekonomi", "Allmänna handlingar"])],
    "menu_extra": [("Kontakt Björkhamra", "/kontakt-bjorkhamra/")],
    "topbar": TOPBAR,
    "hero": ("Björkhamra kommun", "Skärgård, skog och småstad."),
    "cards": [("Förskola", "/barn-och-utbildning/#forskola"), ("Äldreomsorg", "/omsorg-och-stod/#aldreomsorg"),
              ("Avfall", "/bygga-bo-och-miljo/#avfall-och-atervinning"), ("Bibliotek", "/kultur-och-fritid/#bibliotek")],
    "jobs_url": "/omsorg-och-stod/#hemtjanst",
    "news": [("badplats", "2026-11-26"), ("skolval", "2026-11-19"), ("avfall", "2026-11-05")],
    "footer": footer("Kommunhuset, Hamngatan 12", "999 75 Björkhamra", "08-465 004 50", "info@bjorkhamra.se", "212000-9371"),
    "hits": {"kontakt björkhamra": ["/kontakt-bjorkhamra/"]},
    "pages": {
        "/": ("Startsida", ""),
        "/kontakta-oss/": generic_contact("Björkhamra kommun", "08-465 004 50", "info@bjorkhamra.se", "Björkhamra kommun, 999 75 Björkhamra"),
        "/kontakt-bjorkhamra/": ("Kontakt Björkhamra", """<h1 class="c-typography c-typography__variant--h1">Kontakt Björkhamra</h1>
<p class="lead">Kontakt Björkhamra är kommunens servicefunktion för invånare, företag och besökare.</p>
<div class="c-card c-card--panel"><h2>Det här kan du få hjälp med</h2>
<ul><li>förskoleplats och skolval</li><li>hemtjänst och trygghetslarm</li><li>avfallshämtning och slamtömning</li><li>bygglov och strandskydd</li><li>föreningsbidrag och lokalbokning</li></ul></div>
<div class="c-card c-card--panel"><h2>Chatta med oss</h2>
<button class="c-button c-button__filled chat-launcher" type="button" aria-label="Öppna chatten med Kontakt Björkhamra">Chatta med oss</button></div>
<form class="c-form" action="/kontakt-bjorkhamra/tack/" method="get"><h2>Skriv till oss</h2>
<label for="f-namn">Ditt namn</label><input id="f-namn" name="namn" type="text">
<label for="f-epost">Din e-postadress</label><input id="f-epost" name="epost" type="email">
<label for="f-arende">Ditt ärende</label><textarea id="f-arende" name="arende" rows="5"></textarea>
<button class="c-button" type="submit">Skicka</button></form>
<p>Verksamhetsansvarig för Kontakt Björkhamra är Annika Sjöberg.</p>
"""),
        "/kontakt-bjorkhamra/tack/": ("Tack för ditt meddelande", "<h1>Tack för ditt meddelande</h1>\n<p>Vi svarar så snart vi kan.</p>\n<p><a href=\"/kontakt-bjorkhamra/\">Tillbaka</a></p>\n"),
    },
})

# ------------------------------------------------------------------ 9372 Tornvik: 4 (table, latin-1, e0)
SITES.append({
    "kommunkod": "9372", "name": "Tornvik", "kommun": "Tornviks kommun", "lan_kod": "25", "lan": "Norrbottens län",
    "family": "table", "fclass": "f", "search_path": "/sok.asp", "search_param": "sokord", "charset": "iso-8859-1",
    "front": "/default.asp", "redirects": {"/": ["/default.asp", 302]},
    "areas": [*STD_AREAS[:4], ("Trafik och gator", ["Gator och vägar", "Parkering", "Snöröjning"]), ("Arbete och företag", ["Starta företag", "Lediga jobb", "Upphandling"]), ("Kommun och politik", ["Organisation", "Politik och nämnder", "Allmänna handlingar"])],
    "area_ext": ".asp",
    "topbar": [("Lyssna", "/om-webbplatsen/#lyssna", ""), ("Kundtjänst", "/kundtjanst.asp", ""), ("Other languages", "/om-webbplatsen/#english", "")],
    "hero": ("Välkommen till Tornvik", "Kommunen vid Bottenviken."),
    "cards": [("Lediga jobb", "/arbete-och-foretag.asp#lediga-jobb"), ("Bygglov", "/bygga-bo-och-miljo.asp#bygglov")],
    "jobs_url": "/arbete-och-foretag.asp#lediga-jobb",
    "news": [("vatten", "2026-11-24"), ("feriejobb", "2026-11-14"), ("cykelväg", "2026-10-28")],
    "footer": footer("Stadshuset, Storgatan 5", "999 52 Tornvik", "0980-319 250", "tornviks.kommun@tornvik.se", "212000-9372"),
    "hits": {"kundtjänst": ["/kundtjanst.asp"], "kundtjanst": ["/kundtjanst.asp"]},
    "files": {"/default.asp": "default.html"},
    "pages": {
        "/default.asp": ("Startsida", ""),
        "/kontakta-oss/": generic_contact("Tornviks kommun", "0980-319 250", "tornviks.kommun@tornvik.se", "Tornviks kommun, 999 52 Tornvik"),
        "/kundtjanst.asp": ("Kundtjänst", """<h1><font face="Verdana" color="#003366">Kundtjänst</font></h1>
<p><font face="Verdana" size="2">Kundtjänst svarar på frågor om kommunens verksamheter, till exempel skola och barnomsorg, avgifter, avfallshämtning, snöröjning och bygglov. Du kan också hämta och lämna blanketter hos oss.</font></p>
<p><font face="Verdana" size="2">Välkommen in till oss i stadshuset:</font></p>
<p><font face="Verdana" size="2">Stadshuset<br>Storgatan 5<br>999 52 Tornvik<br><a href="/karta.asp">Visa på karta</a></font></p>
<table border="1" cellpadding="4" cellspacing="0"><caption><b>Öppettider</b></caption>
<tr><td>Måndag - torsdag</td><td>08.00 - 16.30</td></tr>
<tr><td>Fredag</td><td>08.00 - 15.00</td></tr>
<tr><td>Sommartid 15 juni - 15 augusti</td><td>08.00 - 15.00, lunchstängt 12 - 13</td></tr>
</table>
<p><font face="Verdana" size="1">Frågor om sidans innehåll: Per Nyström, handläggare</font></p>
"""),
        "/karta.asp": ("Karta", "<h1>Karta</h1>\n<p><img src=\"/bilder/karta-centrum.png\" alt=\"Karta över centrala Tornvik med stadshuset vid Storgatan markerat\"></p>\n"
                       "<p>Stadshuset ligger vid Storgatan, 200 meter från busstationen. Parkering finns på baksidan.</p>\n"),
    },
})

# ------------------------------------------------------------------ 9373 Kärrsta: 3 (d0 no what)
SITES.append({
    "kommunkod": "9373", "name": "Kärrsta", "kommun": "Kärrsta kommun", "lan_kod": "12", "lan": "Skåne län",
    "family": "aria", "fclass": "k-f", "search_path": "/sok/", "search_param": "q",
    "areas": STD_AREAS, "topbar": [*TOPBAR, ("Kontakt", "/kontakta-oss/", "")],
    "hero": ("Kärrsta kommun", "Välkommen! Här finns information och service för dig som bor och verkar i Kärrsta."),
    "cards": [("Medborgarkontoret", "/medborgarkontoret/"), ("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb"),
              ("Förskola", "/barn-och-utbildning/#forskola"), ("Felanmälan", "/e-tjanster/")],
    "jobs_url": "/naringsliv-och-arbete/#lediga-jobb",
    "news": [("skolval", "2026-11-27"), ("badplats", "2026-11-11"), ("vatten", "2026-10-29")],
    "footer": footer("Rådhuset, Östergatan 9", "999 86 Kärrsta", "040-628 04 30", "karrsta@karrsta.se", "212000-9373"),
    "hits": {"medborgarkontoret": ["/medborgarkontoret/"], "medborgarkontor": ["/medborgarkontoret/"]},
    "pages": {
        "/": ("Startsida", ""),
        "/kontakta-oss/": generic_contact("Kärrsta kommun", "040-628 04 30", "karrsta@karrsta.se", "Kärrsta kommun, 999 86 Kärrsta"),
        "/medborgarkontoret/": ("Medborgarkontoret", """<div class="k-article">
<h1>Medborgarkontoret</h1>
<p class="k-lead">Välkommen till Medborgarkontoret! Vi finns här för dig som bor i Kärrsta.</p>
<p>Hör av dig om du undrar något – vi hjälper dig gärna med det mesta som rör kommunen.</p>
<div class="k-channels" role="region" aria-label="Kontaktvägar">
<p>Ring <a href="tel:+46406280432">+46 40 628 04 32</a></p>
<p><a href="mailto:medborgarkontoret@karrsta.se">Mejla oss</a></p>
<p>Öppet vardagar 8–17</p>
</div>
<div role="complementary" class="k-chat" aria-label="Chatt"><button type="button" class="k-chat-btn">Chatta med en medborgarvärd</button></div>
<p>Kontaktperson: Sanna Öberg, kommunvägledare</p>
</div>
"""),
    },
})

# ------------------------------------------------------------------ 9374 Lundbyholm: 1 (deep, d0 counter-cases)
SITES.append({
    "kommunkod": "9374", "name": "Lundbyholm", "kommun": "Lundbyholms kommun", "lan_kod": "01", "lan": "Stockholms län",
    "family": "drupal", "fclass": "region-footer", "search_path": "/search/node", "search_param": "keys",
    "areas": STD_AREAS, "topbar": [*TOPBAR, ("Kontakta oss", "/kontakta-oss/", "")],
    "area_extra": {"Kommun och politik": "<h2>Service till invånarna</h2>\n<p><a href=\"/invanarservice/\">Invånarservice – kommunens gemensamma ingång</a></p>\n"},
    "hero": ("Lundbyholm växer", "Nya bostäder, nya skolor och ny cykelväg till stationen."),
    "cards": [("Bygglov", "/bygga-bo-och-miljo/#bygglov"), ("Skolskjuts", "/barn-och-utbildning/#skolskjuts"),
              ("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb")],
    "jobs_url": "/naringsliv-och-arbete/#lediga-jobb",
    "news": [("cykelväg", "2026-11-29"), ("avfall", "2026-11-16"), ("feriejobb", "2026-11-01")],
    "footer": footer("Kommunhuset, Kyrkogatan 4", "999 97 Lundbyholm", "08-465 004 70", "kommunen@lundbyholm.se", "212000-9374",
                     extra="<p>Lundbyholms Bostäder AB – kundcenter för hyresgäster: 08-465 004 80</p>"),
    "hits": {"invånarservice": ["/invanarservice/"], "invanarservice": ["/invanarservice/"]},
    "pages": {
        "/": ("Startsida", ""),
        "/kontakta-oss/": generic_contact("Lundbyholms kommun", "08-465 004 70", "kommunen@lundbyholm.se", "Lundbyholms kommun, 999 97 Lundbyholm"),
        "/invanarservice/": ("Invånarservice", """<h1 class="page-title">Invånarservice</h1>
<p>Invånarservice svarar på frågor om bland annat äldreomsorg, bostadsanpassning, färdtjänst och avgifter för vatten och avlopp.</p>
<p>Besök oss: Kyrkogatan 4, Lundbyholm</p>
<h2>Faktura för barnomsorg</h2>
<p>Frågor om faktura för förskola och fritidshem besvaras av ekonomienheten på 08-465 004 60.</p>
<div class="block block-newsletter"><h2>Prenumerera på nyheter</h2>
<form action="/nyhetsbrev/" method="get"><label for="edit-mail">E-postadress</label><input type="email" id="edit-mail" name="mail" class="form-email">
<input type="submit" value="Prenumerera" class="button form-submit"></form></div>
<p>Följ kommunen på <a href="/sociala-medier/#facebook">Facebook</a> och <a href="/sociala-medier/#instagram">Instagram</a>.</p>
"""),
        "/nyhetsbrev/": ("Nyhetsbrev", "<h1>Nyhetsbrev</h1>\n<p>Tack för din anmälan. Bekräfta prenumerationen via länken i mejlet.</p>\n"),
    },
})

# ------------------------------------------------------------------ 9375 Mossebo: 0 (no unit)
SITES.append({
    "kommunkod": "9375", "name": "Mossebo", "kommun": "Mossebo kommun", "lan_kod": "14", "lan": "Västra Götalands län",
    "family": "joomla", "fclass": "mod", "search_path": "/sok/", "search_param": "searchword",
    "areas": [*STD_AREAS[:6], ("Kommun och politik", ["Organisation", "Politik och nämnder", "Ekonomi"])],
    "topbar": [*TOPBAR, ("Kontakta oss", "/kontakta-oss/", "")],
    "hero": ("Mossebo", "Småskaligt och nära – välkommen till Mossebo kommun."),
    "cards": [("Kontakta oss", "/kontakta-oss/"), ("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb"),
              ("Avfall", "/bygga-bo-och-miljo/#avfall-och-atervinning")],
    "jobs_url": "/naringsliv-och-arbete/#lediga-jobb",
    "news": [("servicekontor", "2026-11-23"), ("budget", "2026-11-09"), ("bibliotek", "2026-10-25")],
    "news_custom": {"servicekontor": ("Skatteverkets servicekontor har öppet i Mossebo varannan tisdag",
                                       "Statens servicecenter finns nu på plats i biblioteket varannan tisdag.",
                                       "Statens servicecenter hjälper dig med frågor till Skatteverket, Försäkringskassan och Pensionsmyndigheten. Servicekontoret har öppet i bibliotekets grupprum varannan tisdag klockan 10-15. Kommunen har ingen egen personal på plats.")},
    "footer": footer("Kommunhuset, Torget 1", "999 19 Mossebo", "031-390 06 60", "kommunen@mossebo.se", "212000-9375",
                     extra="<p>Frågor om el och fjärrvärme: Mossebo Energi AB:s kundservice, 031-390 06 69</p>"),
    "hits": {"kontaktcenter": [], "kundtjänst": []},
    "pages": {
        "/": ("Startsida", ""),
        "/kontakta-oss/": ("Kontakta oss", """<div class="page-header"><h1>Kontakta oss</h1></div>
<p>Kommunens växel svarar på frågor om bland annat förskola, bygglov, avfall och färdtjänst och kopplar dig vidare när det behövs.</p>
<dl><dt>Telefon</dt><dd>031-390 06 60</dd><dt>Telefontid</dt><dd>Vardagar 8–16.30, lunchstängt 12–13</dd>
<dt>E-post</dt><dd>kommunen@mossebo.se</dd><dt>Besöksadress</dt><dd>Kommunhuset, Torget 1, Mossebo</dd></dl>
<p>Receptionen i kommunhuset har öppet vardagar 9–15.</p>
<p>Kommunchef: Gunilla Ahlberg</p>
"""),
    },
})

# ------------------------------------------------------------------ 9376 Sjövalla: 2 (A-Ö only, d1, e0)
SITES.append({
    "kommunkod": "9376", "name": "Sjövalla", "kommun": "Sjövalla kommun", "lan_kod": "14", "lan": "Västra Götalands län",
    "family": "episerver", "fclass": "page-footer", "search_path": "/sok/", "search_param": "q",
    "areas": STD_AREAS, "menu_extra": [("A–Ö", "/a-o/")], "topbar": [*TOPBAR, ("Kontakta oss", "/kontakta-oss/", "")],
    "hero": ("Sjövalla kommun", "Livet vid sjön. Service, nyheter och e-tjänster."),
    "cards": [("Felanmälan", "/e-tjanster/"), ("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb"),
              ("Skolval", "/barn-och-utbildning/#grundskola")],
    "jobs_url": "/naringsliv-och-arbete/#lediga-jobb",
    "news": [("feriejobb", "2026-11-30"), ("vinterväghållning", "2026-11-17"), ("skolval", "2026-11-04")],
    "footer": footer("Kommunhuset, Sjögatan 15", "999 28 Sjövalla", "031-390 06 40", "sjovalla.kommun@sjovalla.se", "212000-9376"),
    "hits": {"servicecentrum": ["/servicecentrum/"]},
    "pages": {
        "/": ("Startsida", ""),
        "/kontakta-oss/": generic_contact("Sjövalla kommun", "031-390 06 40", "sjovalla.kommun@sjovalla.se", "Sjövalla kommun, 999 28 Sjövalla"),
        "/a-o/": ("A–Ö", """<h1>A–Ö</h1>
<p>Här hittar du kommunens ämnen i bokstavsordning.</p>
<h2>A</h2><ul><li><a href="/omsorg-och-stod/#aldreomsorg">Äldreomsorg</a></li><li><a href="/bygga-bo-och-miljo/#avfall-och-atervinning">Avfall och återvinning</a></li></ul>
<h2>B</h2><ul><li><a href="/kultur-och-fritid/#bibliotek">Bibliotek</a></li><li><a href="/bygga-bo-och-miljo/#bygglov">Bygglov</a></li></ul>
<h2>F</h2><ul><li><a href="/barn-och-utbildning/#forskola">Förskola</a></li><li><a href="/kultur-och-fritid/#foreningsstod">Föreningsstöd</a></li></ul>
<h2>P</h2><ul><li><a href="/trafik-och-infrastruktur/#parkering">Parkering</a></li></ul>
<h2>S</h2><ul><li><a href="/servicecentrum/">Servicecentrum</a></li><li><a href="/trafik-och-infrastruktur/#snorojning">Snöröjning</a></li></ul>
<h2>V</h2><ul><li><a href="/bygga-bo-och-miljo/#vatten-och-avlopp">Vatten och avlopp</a></li></ul>
"""),
        "/servicecentrum/": ("Servicecentrum", """<div class="intro"><h1>Servicecentrum</h1>
<p class="preamble">På Servicecentrum kan du få hjälp med frågor om parkering, felanmälan, bygglov, avfall och skolval. Du kan också låna en dator för att använda kommunens e-tjänster.</p></div>
<div class="main-body">
<p>Vi har öppet vardagar 8-17.</p>
<p><a href="mailto:servicecentrum@sjovalla.se">Skicka e-post till Servicecentrum</a></p>
<p>Servicecentrum är en del av kommunstyrelsens förvaltning, som leds av kommundirektör Helena Brandt.</p>
</div>
"""),
    },
})
