"""Content of the ten blind53 sites (typing aid for build_sites.py)."""
from __future__ import annotations


def hero(title: str, text: str, cards: list[tuple[str, str, str]], cls: str = "hero") -> str:
    c = "".join(f"<a class=\"card\" href=\"{h}\"><strong>{t}</strong><span>{sub}</span></a>" for t, h, sub in cards)
    return (f"<div class=\"{cls}\"><h1>{title}</h1><p>{text}</p><div class=\"cards\">{c}</div></div>")


STD_CARDS = [("Lediga jobb", "/jobb/", "Jobba hos oss"), ("Felanmälan", "/e-tjanster/felanmalan-gata-och-park", "Gator, parker och belysning"),
             ("Förskola", "/barn-och-utbildning/forskola/", "Ansök om plats")]


def news_body(*paras: str) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


GENERIC_NEWS = ("Ny lekplats invigs i stadsparken", "2026-04-22",
                "Den nya lekplatsen har gungor, klätterställning och en tillgänglig sandlåda.",
                news_body("Lekplatsen har byggts om efter önskemål från barn och föräldrar i området.",
                          "Invigningen sker lördag 10–13 med fika och musik."))

SITES: list[dict] = []

# ---------------------------------------------------------------- 9595 Hamrevik (semantic) 5
SITES.append({
    "code": "9595", "kommun": "Hamrevik", "kn": "Hamreviks kommun", "lan_kod": "14", "lan": "Västra Götalands län",
    "family": "semantic", "street": "Kommunhuset, Storgatan 12", "postnr": "999 31 Hamrevik",
    "vaxel": "031-390 06 00", "email": "kommun@hamrevik.se", "orgnr": "212999-9595",
    "topbar": [("Kontakta oss", "/kontakt/")],
    "extra_nav": [("Kontaktcenter", "/kontaktcenter/")],
    "footer_extra": "<strong>Hamrevik Energi AB</strong><br>Kundtjänst för fjärrvärme och el: 031-390 06 99<br>Följ oss: Facebook, Instagram",
    "hero": hero("Välkommen till Hamreviks kommun", "Havsnära och nära till allt. Här hittar du kommunens tjänster.", STD_CARDS),
    "news": [
        ("Nya öppettider för kontaktcentret i sommar", "/nyheter/sommaroppet-kontaktcenter", "2026-05-04",
         "Under juni till augusti har kontaktcentret öppet 8–15.",
         news_body("– Vi vill ge våra medarbetare semester och ändå svara snabbt, säger kommunvägledaren Dan Ekström.",
                   "Du kan också använda kommunens e-tjänster dygnet runt.")),
        ("Ny cykelbana längs Hamnvägen", "/nyheter/cykelbana-hamnvagen", "2026-04-28",
         "Arbetet med den nya cykelbanan börjar i maj och beräknas vara klart i oktober.",
         news_body("Under byggtiden leds biltrafiken om via Sjögatan.")),
    ],
    "pages": {
        "/kontaktcenter/": ("kontaktcenter.html", "Kontaktcenter", """<h1>Kontaktcenter</h1>
<p class="lead">Kontaktcenter är Hamreviks kommuns gemensamma ingång för invånare, företagare och besökare. Vi svarar på frågor om förskola och skola, avfall och återvinning, bygglov, parkering, äldreomsorg och mycket annat. Kan vi inte svara direkt ser vi till att rätt handläggare kontaktar dig.</p>
<h2>Så når du oss</h2>
<ul class="contact">
<li>Telefon: <a href="tel:+46313900610">031-390 06 10</a></li>
<li>E-post: <a href="mailto:kontaktcenter@hamrevik.se">kontaktcenter@hamrevik.se</a></li>
<li>Besök: Kommunhuset, Storgatan 12</li>
</ul>
<table class="hours"><caption>Öppettider</caption>
<tr><th scope="row">Måndag–torsdag</th><td>8.00–17.00</td></tr>
<tr><th scope="row">Fredag</th><td>8.00–15.00</td></tr>
</table>
<h2>Medarbetare</h2>
<table class="staff"><caption>Medarbetare på Kontaktcenter</caption>
<thead><tr><th scope="col">Namn</th><th scope="col">Befattning</th><th scope="col">Telefon</th></tr></thead>
<tbody>
<tr><td>Anna Holmér</td><td>Enhetschef</td><td>031-390 06 11</td></tr>
<tr><td>Dan Ekström</td><td>Kommunvägledare</td><td>031-390 06 12</td></tr>
<tr><td>Sara Lind</td><td>Kommunvägledare</td><td>031-390 06 13</td></tr>
<tr><td>Mirja Koski</td><td>Kommunvägledare (finska)</td><td>031-390 06 14</td></tr>
</tbody></table>
<p class="page-meta">Sidansvarig: Kristina Bly, webbredaktör. Senast uppdaterad 2026-03-02.</p>
"""),
        "/kontakt/": ("kontakt.html", "Kontakta oss", """<h1>Kontakta oss</h1>
<p>Växel: 031-390 06 00. E-post: kommun@hamrevik.se. Postadress: Hamreviks kommun, 999 31 Hamrevik.</p>
<p>De flesta frågor besvaras direkt av <a href="/kontaktcenter/">Kontaktcenter</a>.</p>
<h2>Registrator</h2><p>Handlingar till kommunen skickas till registrator@hamrevik.se.</p>
"""),
    },
    "search": {"path": "/sok/", "param": "q", "hits": {
        "kontaktcenter": ["/kontaktcenter/", "/nyheter/sommaroppet-kontaktcenter"],
        "kontaktcentret": ["/nyheter/sommaroppet-kontaktcenter"],
        "kundtjänst": [], "servicecenter": []}},
})

# ---------------------------------------------------------------- 9596 Lönnbacka (soup) 4
SITES.append({
    "code": "9596", "kommun": "Lönnbacka", "kn": "Lönnbacka kommun", "lan_kod": "20", "lan": "Dalarnas län",
    "family": "soup", "street": "Kommunhuset, Kyrkvägen 4", "postnr": "999 52 Lönnbacka",
    "vaxel": "08-465 004 00", "email": "info@lonnbacka.se", "orgnr": "212999-9596",
    "topbar": [("Kundcenter", "/kundcenter/")],
    "footer_extra": "Lönnbacka Bostäder AB, kundcenter: 08-465 004 90<br>Lönnbacka Vatten AB: 08-465 004 91",
    "hero": "<div class=\"p8\"><div class=\"p8t\">Sommar i Lönnbacka</div><div class=\"p8x\">Bad, fiske och fäbodar: allt om sommarens aktiviteter.</div>"
            "<div class=\"p8l\"><a href=\"/kultur-och-fritid/\">Kultur och fritid</a> <a href=\"/jobb/\">Sommarjobb</a></div></div>",
    "news": [
        ("Lönnbacka Bostäder AB:s kundcenter flyttar till Torget", "/nyheter/bostader-kundcenter-flyttar", "2026-05-06",
         "Bostadsbolagets kundcenter för hyresgäster öppnar i nya lokaler den 1 juni.",
         news_body("Lönnbacka Bostäder AB är kommunens bostadsbolag. Frågor om hyreskontrakt och felanmälan i lägenheter ställs till bolagets kundcenter, 08-465 004 90.")),
        ("Sommarlovsaktiviteter för unga", "/nyheter/sommarlov-2026", "2026-04-30",
         "Anmälan till sommarens aktiviteter öppnar den 15 maj.",
         news_body("Aktiviteterna är gratis för alla mellan 7 och 15 år som bor i kommunen.")),
    ],
    "pages": {
        "/kundcenter/": ("kundcenter.html", "Kundcenter", """<h1>Kundcenter</h1>
<div class="x1"><p>Välkommen till Lönnbacka kommuns Kundcenter! Vi finns här för dig. Hör av dig om du undrar något, så hjälper vi dig vidare till rätt person.</p></div>
<div class="x2"><div class="h">Kontakta Kundcenter</div>
<div class="x2b">Telefon: 08-465 004 20<br>E-post: kundcenter@lonnbacka.se<br>Öppet: måndag–fredag 8.00–16.30<br>Besök: Kommunhuset, Kyrkvägen 4</div></div>
<div class="h">Vi som arbetar på Kundcenter</div>
<div class="k7g">
<div class="k7"><div class="k7n">Rebecka Lund</div><div class="k7r">Chef för Kundcenter</div><div class="k7t">08-465 004 21</div></div>
<div class="k7"><div class="k7n">Oskar Berg</div><div class="k7r">Kommunvägledare</div><div class="k7t">08-465 004 22</div></div>
<div class="k7"><div class="k7n">Amina Yusuf</div><div class="k7r">Kommunvägledare</div><div class="k7t">08-465 004 23</div></div>
</div>
"""),
        "/kontakt/": ("kontakt.html", "Kontakt", """<h1>Kontakt</h1>
<p>Växel: 08-465 004 00<br>E-post: info@lonnbacka.se<br>Postadress: Lönnbacka kommun, 999 52 Lönnbacka</p>
"""),
    },
    "area_extra": {"kommun-och-politik": "<p><a href=\"/kontakt/\">Kontakt</a></p>"},
    "search": {"path": "/sok/", "param": "q", "hits": {
        "kundcenter": ["/kundcenter/", "/nyheter/bostader-kundcenter-flyttar"], "kontaktcenter": [], "kundtjänst": []}},
})

# ---------------------------------------------------------------- 9597 Stensjöhed (table, Latin-1) 4
SITES.append({
    "code": "9597", "kommun": "Stensjöhed", "kn": "Stensjöheds kommun", "lan_kod": "23", "lan": "Jämtlands län",
    "family": "table", "street": "Stadshuset, Torget 3", "postnr": "999 63 Stensjöhed",
    "vaxel": "040-628 04 00", "email": "kommunen@stensjohed.se", "orgnr": "212999-9597",
    "topbar": [("Kontakt", "/kontakt.asp")],
    "redirects": {"/": ["/start.asp", 302]},
    "footer_extra": "<b><a href=\"/medborgarkontoret.asp\">Medborgarkontoret</a></b><br>Stadshuset, Torget 3<br>Tel 040-628 04 30",
    "hero": "<table width=\"100%\" bgcolor=\"#f3efe0\" cellpadding=\"8\"><tr><td><h1><font face=\"Georgia\">Välkommen till Stensjöheds kommun</font></h1>"
            "<font size=\"2\">Fjällnära, levande och nära naturen.</font><br><a href=\"/jobb.asp\">Lediga jobb</a> | "
            "<a href=\"/barn-och-utbildning/forskola.asp\">Förskola</a> | <a href=\"/e-tjanster/felanmalan-gata-och-park\">Felanmälan</a></td></tr></table>",
    "news": [
        ("Skidspåren vid Lillberget stänger för säsongen", "/nyheter/skidspar.asp", "2026-04-18",
         "Tack för en fin vinter! Spåren prepareras igen i december.", news_body("Elljusspåret är öppet för vandring under sommaren.")),
        ("Kommunfullmäktige sammanträder 26 maj", "/nyheter/kf-maj.asp", "2026-05-02",
         "Mötet är öppet för allmänheten och sänds på webben.", news_body("Handlingarna finns i diariet en vecka före mötet.")),
    ],
    "pages": {
        "/medborgarkontoret.asp": ("medborgarkontoret.html", "Medborgarkontoret", """<h1><font face="Georgia">Medborgarkontoret</font></h1>
<p>Medborgarkontoret i stadshuset är kommunens servicedisk. Hos oss kan du få hjälp med:</p>
<ul>
<li>ansökan om färdtjänst och bostadsanpassning</li>
<li>frågor om avgifter för förskola och fritidshem</li>
<li>att lämna in blanketter och handlingar till alla förvaltningar</li>
<li>kopiering, utskrift och lån av dator</li>
</ul>
<table border="1" cellpadding="3" cellspacing="0"><tr><th colspan="2"><font size="2">Öppettider</font></th></tr>
<tr><td><font size="2">Måndag–fredag</font></td><td><font size="2">9.00–16.00</font></td></tr>
<tr><td><font size="2">Lunchstängt</font></td><td><font size="2">12.00–13.00</font></td></tr></table>
<p><b>Besöksadress:</b> Stadshuset, Torget 3<br><b>Telefon:</b> 040-628 04 30</p>
<h2><font face="Georgia">Medarbetare</font></h2>
<dl>
<dt><b>Ansvarig chef</b></dt><dd>Maja Rosén, 040-628 04 31</dd>
<dt><b>Kommunvägledare</b></dt><dd>Erik Nyman</dd><dd>Lejla Omerović</dd>
<dt><b>Handläggare bostadsanpassning</b></dt><dd>Tor Vik, 040-628 04 33</dd>
</dl>
"""),
        "/kontakt.asp": ("kontakt.html", "Kontakt", """<h1><font face="Georgia">Kontakt</font></h1>
<p>Växel: 040-628 04 00<br>E-post: kommunen@stensjohed.se<br>Postadress: Stensjöheds kommun, Box 100, 999 63 Stensjöhed</p>
<p>Registrator: registrator@stensjohed.se</p>
"""),
    },
    "search": {"path": "/sok.asp", "param": "q", "hits": {
        "medborgarkontor": ["/medborgarkontoret.asp"], "medborgarkontoret": ["/medborgarkontoret.asp"],
        "kontaktcenter": [], "servicecenter": []}},
})

# ---------------------------------------------------------------- 9598 Kvarnsund (sitevision) 4
KV_PATH = "/kommun-och-politik/kontakta-oss.4.5c1a2f.html"
SITES.append({
    "code": "9598", "kommun": "Kvarnsund", "kn": "Kvarnsunds kommun", "lan_kod": "05", "lan": "Östergötlands län",
    "family": "sitevision", "street": "Rådhuset, Kvarngatan 2", "postnr": "999 14 Kvarnsund",
    "vaxel": "031-390 06 00", "email": "kvarnsunds.kommun@kvarnsund.se", "orgnr": "212999-9598",
    "naringsliv": True,
    "subs_extra": {"kommun-och-politik": [("Kontakta oss", KV_PATH)],
                   "naringsliv-och-arbete": [("Servicecenter för företagare", "/naringsliv-och-arbete/servicecenter-for-foretagare/")]},
    "hero": "<div class=\"sv-layout hero\"><div class=\"sv-portlet sv-text-portlet\"><h1>Kvarnsund – staden vid strömmen</h1>"
            "<p>Här hittar du kommunens tjänster, nyheter och evenemang.</p></div>"
            "<div class=\"sv-portlet shortcuts\"><ul class=\"cards\">"
            f"<li><a class=\"sv-card\" href=\"{KV_PATH}\"><span class=\"card-title\">Kontakta oss</span><span class=\"card-text\">Servicecenter svarar på dina frågor</span></a></li>"
            "<li><a class=\"sv-card\" href=\"/jobb/\"><span class=\"card-title\">Lediga jobb</span><span class=\"card-text\">Jobba i Kvarnsund</span></a></li>"
            "<li><a class=\"sv-card\" href=\"/bygga-bo-och-miljo/avfall-och-atervinning/\"><span class=\"card-title\">Sophämtning</span><span class=\"card-text\">Tömningsschema</span></a></li>"
            "</ul></div></div>",
    "news": [
        ("Ny kommundirektör i Kvarnsund", "/nyheter/ny-kommundirektor", "2026-04-15",
         "Helena Strand blir ny kommundirektör från 1 augusti.",
         news_body("Helena Strand kommer närmast från en tjänst som ekonomidirektör i regionen.")),
        (*GENERIC_NEWS[:1], "/nyheter/lekplats-stadsparken", *GENERIC_NEWS[1:]),
    ],
    "pages": {
        KV_PATH: ("kontakta-oss.html", "Kontakta oss", """<div class="sv-portlet sv-text-portlet"><h1>Kontakta oss</h1><p>Här hittar du de vanligaste vägarna in till Kvarnsunds kommun.</p></div>
<div class="sv-portlet sv-text-portlet"><h2>Servicecenter</h2>
<p>Servicecenter är kommunens första kontakt för invånare och företag. Vi svarar på frågor om skola och förskola, bygglov, avfallshämtning, gator och vatten, och kan ofta ge besked direkt. Hos oss arbetar nio kommunvägledare.</p>
<p>Telefon 031-390 06 20<br>Telefontid: måndag–fredag 8–17</p>
<button class="chat-button" type="button">Chatta med Servicecenter</button></div>
<div class="sv-portlet sv-text-portlet"><h2>Växel</h2><p>031-390 06 00, vardagar 7.30–17.00.</p></div>
<div class="sv-portlet sv-text-portlet"><h2>Registrator</h2><p>Allmänna handlingar och post till kommunen: registrator@kvarnsund.se.</p></div>
<div class="sv-portlet sv-text-portlet"><h2>Ledning och chefer</h2>
<ul>
<li>Kommundirektör: Helena Strand, 031-390 06 01</li>
<li>Enhetschef för bygglovsenheten: Rasmus Öhrn, 031-390 06 31</li>
<li>Chef för överförmyndarenheten: Li Sund, 031-390 06 32</li>
<li>Ekonomichef: Göran Mattsson, 031-390 06 33</li>
</ul></div>
<div class="sv-portlet sv-text-portlet"><h2>Press</h2><p>Presskontakt: kommunikatör Elin Vass, 031-390 06 09.</p></div>
<p class="sv-font-liten">Sidansvarig: Webbredaktionen</p>
"""),
    },
    "search": {"path": "/sok/", "param": "q", "hits": {
        "servicecenter": [KV_PATH], "kontaktcenter": [], "kundtjänst": []}},
})

# ---------------------------------------------------------------- 9599 Björkede (municipio) 3
SITES.append({
    "code": "9599", "kommun": "Björkede", "kn": "Björkede kommun", "lan_kod": "12", "lan": "Skåne län",
    "family": "municipio", "street": "Kommunhuset, Ekgatan 7", "postnr": "999 75 Björkede",
    "vaxel": "040-628 04 00", "email": "kommunen@bjorkede.se", "orgnr": "212999-9599",
    "header_links": [("Kontakt", "/kontakt/")],
    "subs_extra": {"kommun-och-politik": [("Medborgarservice", "/kommun-och-politik/medborgarservice/")]},
    "hero": "<div class=\"c-hero\"><div class=\"c-hero__content\"><h1>Björkede – mitt i Skåne</h1><p>Välkommen till kommunens webbplats.</p>"
            "<a class=\"c-button\" href=\"/jobb/\">Lediga jobb</a> <a class=\"c-button\" href=\"/barn-och-utbildning/forskola/\">Förskola</a></div></div>",
    "news": [
        ("Budget för 2027 antagen", "/nyheter/budget-2027", "2026-04-29",
         "Kommunfullmäktige har antagit budgeten för nästa år.", news_body("Störst satsning görs på skolan och äldreomsorgen.")),
        ("Vägarbete på Ringvägen", "/nyheter/vagarbete-ringvagen", "2026-05-05",
         "Ringvägen stängs av mellan Ekgatan och Bokvägen under två veckor.", news_body("Omledning sker via Storgatan.")),
    ],
    "pages": {
        "/kommun-och-politik/medborgarservice/": ("medborgarservice.html", "Medborgarservice", """<article class="c-article">
<h1>Medborgarservice</h1>
<p class="lead">Medborgarservice hjälper dig med frågor om bygglov, avfallshämtning, förskoleplats, färdtjänst och parkeringstillstånd. Vi tar också emot synpunkter och felanmälningar.</p>
<p>Ring oss på 040-628 04 50.</p>
<p>Medborgarservice är en enhet i kommunledningsförvaltningen. Läs mer under <a href="/kommun-och-politik/organisation/">Så är kommunen organiserad</a>.</p>
</article>
"""),
        "/kommun-och-politik/organisation/": ("organisation.html", "Organisation", """<article class="c-article">
<h1>Så är kommunen organiserad</h1>
<p>Björkede kommun har cirka 1 400 medarbetare i fyra förvaltningar. Här är kommunledningsförvaltningen, som leds av kommundirektören.</p>
<ul class="org-chart">
<li><span class="org-unit">Kommunledningsförvaltningen</span>
  <ul><li>Kommundirektör: Ingrid Falk</li></ul>
  <ul>
  <li><span class="org-unit">Ekonomiavdelningen</span><ul><li>Ekonomichef: Mats Ling</li></ul></li>
  <li><span class="org-unit">HR-avdelningen</span><ul><li>HR-chef: Karin Öst</li></ul></li>
  <li><span class="org-unit">Service- och kommunikationsavdelningen</span>
    <ul><li>Avdelningschef: Petra Sund</li></ul>
    <ul>
    <li><span class="org-unit">Kommunikationsenheten</span><ul><li>Kommunikationschef: Elsa Berg</li></ul></li>
    <li><span class="org-unit">Medborgarservice</span><ul><li>Enhetschef: Jonas Alm</li></ul></li>
    <li><span class="org-unit">Lönecenter</span><ul><li>Enhetschef: Vera Holm</li></ul></li>
    </ul>
  </li>
  </ul>
</li>
</ul>
<p>Förvaltningarna för barn och utbildning, omsorg samt samhällsbyggnad presenteras på sina egna sidor.</p>
</article>
"""),
        "/kontakt/": ("kontakt.html", "Kontakt", """<article class="c-article"><h1>Kontakt</h1>
<p>Växel: 040-628 04 00<br>E-post: kommunen@bjorkede.se<br>Postadress: Björkede kommun, 999 75 Björkede</p></article>
"""),
    },
    "search": {"path": "/", "param": "s", "hits": {
        "medborgarservice": ["/kommun-och-politik/medborgarservice/", "/kommun-och-politik/organisation/"],
        "kontaktcenter": [], "servicecenter": []}},
})

# ---------------------------------------------------------------- 9600 Ålsnäs (bootstrap) 5
SITES.append({
    "code": "9600", "kommun": "Ålsnäs", "kn": "Ålsnäs kommun", "lan_kod": "24", "lan": "Västerbottens län",
    "family": "bootstrap", "street": "Kommunhuset, Strandvägen 1", "postnr": "999 86 Ålsnäs",
    "vaxel": "0980-319 200", "email": "kommun@alsnas.se", "orgnr": "212999-9600",
    "topbar": [("Kontakt", "/kontakt/")],
    "extra_nav": [("Kundtjänst", "/kundtjanst/")],
    "footer_extra": "Ålsnäs Energi AB – kundtjänst för el och fjärrvärme: 0980-319 298",
    "hero": "<div class=\"p-5 mb-4 bg-light rounded-3\"><h1 class=\"display-5\">Välkommen till Ålsnäs</h1><p class=\"lead\">Kustnära kommun med plats för fler.</p>"
            "<a class=\"btn btn-primary\" href=\"/jobb/\">Lediga jobb</a> <a class=\"btn btn-outline-primary\" href=\"/e-tjanster/ansok-om-forskoleplats\">Ansök om förskoleplats</a></div>",
    "news": [
        ("Fler laddplatser vid kommunhuset", "/nyheter/laddplatser", "2026-05-03",
         "Tolv nya laddplatser för elbil finns nu på besöksparkeringen.", news_body("Laddningen kostar 3 kronor per kilowattimme.")),
        (*GENERIC_NEWS[:1], "/nyheter/lekplats", *GENERIC_NEWS[1:]),
    ],
    "pages": {
        "/kundtjanst/": ("kundtjanst.html", "Kundtjänst", """<h1>Kundtjänst</h1>
<p class="lead">Kundtjänst är Ålsnäs kommuns gemensamma ingång för invånare, företag och besökare. Verksamhetschef för kundtjänst och kommunens växel är Lotta Nyström.</p>
<div class="row"><div class="col-md-7">
<h2>Det här kan vi hjälpa dig med</h2>
<ul><li>Ansökan om plats i förskola och fritidshem</li><li>Sophämtning, slamtömning och latrin</li><li>Parkeringstillstånd och felparkering</li><li>Vägledning i bygglovsfrågor</li></ul>
</div><div class="col-md-5"><div class="card"><div class="card-body">
<h2 class="h5 card-title">Kontakta Kundtjänst</h2>
<p class="card-text">Telefon: <a href="tel:+46980319210">0980-319 210</a><br>E-post: kundtjanst(at)alsnas.se<br>Telefontid: vardagar 7.30–16.30</p>
<a class="btn btn-primary" href="#chatt">Chatta med oss</a>
</div></div></div></div>
<h2>Andra kontakter</h2>
<ul><li>Frågor om fakturor: Nina Åberg, handläggare, ekonomienheten, 0980-319 230</li>
<li>Presskontakt: Olle Berg, kommunikationschef, 0980-319 299</li></ul>
"""),
        "/kontakt/": ("kontakt.html", "Kontakt", """<h1>Kontakt</h1>
<p>Växel: 0980-319 200<br>E-post: kommun@alsnas.se</p><p>Har du en fråga? Vänd dig till <a href="/kundtjanst/">Kundtjänst</a>.</p>
"""),
    },
    "search": {"path": "/sok/", "param": "q", "hits": {
        "kundtjänst": ["/kundtjanst/"], "kontaktcenter": [], "servicecenter": []}},
})

# ---------------------------------------------------------------- 9613 Tjärnvall (custom elements) 3
TJ_PATH = "/kommun-och-politik/kontakt-tjarnvall/"
SITES.append({
    "code": "9613", "kommun": "Tjärnvall", "kn": "Tjärnvalls kommun", "lan_kod": "17", "lan": "Värmlands län",
    "family": "custom", "street": "Kommunhuset, Tjärnvägen 10", "postnr": "999 41 Tjärnvall",
    "vaxel": "08-465 004 00", "email": "kommun@tjarnvall.se", "orgnr": "212999-9613",
    "header_links": [("Kontakt", "/kontakt/")],
    "hero": "<x-hero><h1>Tjärnvall – skog, sjöar och småskalighet</h1><p>Välkommen till kommunens webbplats.</p>"
            "<x-cards><a href=\"/jobb/\">Lediga jobb</a><a href=\"/barn-och-utbildning/skolskjuts/\">Skolskjuts</a>"
            "<a href=\"/trafik-och-gator/snorojning/\">Snöröjning</a></x-cards></x-hero>",
    "news": [
        ("Ny förskola i Norrtjärn klar till hösten", "/nyheter/forskola-norrtjarn", "2026-04-20",
         "Förskolan får sex avdelningar och öppnar i augusti.", news_body("Ansökan om plats görs via e-tjänsten.")),
        (*GENERIC_NEWS[:1], "/nyheter/lekplats", *GENERIC_NEWS[1:]),
    ],
    "area_extra": {"kommun-och-politik":
                   "<h2>Service och kontakt</h2><p><a href=\"/kommun-och-politik/kontakt-tjarnvall/\">Kontakt Tjärnvall</a> tar emot frågor om alla kommunens verksamheter.</p>"},
    "pages": {
        TJ_PATH: ("kontakt-tjarnvall.html", "Kontakt Tjärnvall", """<x-article><h1>Kontakt Tjärnvall</h1>
<p class="ingress">Kontakt Tjärnvall är kommunens kontaktcenter. Verksamheten leds av en enhetschef och är en del av kommunledningskontoret.</p>
<p>Vi svarar på frågor om snöröjning, skolskjuts, avgifter för förskola, bygglov och parkeringstillstånd. Enklare ärenden löser vi direkt när du hör av dig.</p>
<x-contact><p>Telefon: 08-465 004 50</p><p>E-post: kontakt[at]tjarnvall.se</p></x-contact>
<p class="meta">Frågor om innehållet på den här sidan? Kontakta webbredaktören.</p></x-article>
"""),
        "/kontakt/": ("kontakt.html", "Kontakt", """<x-article><h1>Kontakt</h1>
<p>Växel: 08-465 004 00<br>E-post: kommun@tjarnvall.se<br>Postadress: Tjärnvalls kommun, 999 41 Tjärnvall</p>
<p>Registrator: registrator@tjarnvall.se</p></x-article>
"""),
    },
    "search": {"path": "/sok/", "param": "q", "hits": {
        "kontaktcenter": [TJ_PATH], "kontakt tjärnvall": [TJ_PATH], "servicecenter": [], "kundtjänst": []}},
})

# ---------------------------------------------------------------- 9614 Mossby (aria) 2
SITES.append({
    "code": "9614", "kommun": "Mossby", "kn": "Mossby kommun", "lan_kod": "08", "lan": "Kalmar län",
    "family": "aria", "street": "Kommunhuset, Mossvägen 3", "postnr": "999 28 Mossby",
    "vaxel": "031-390 06 00", "email": "kommunen@mossby.se", "orgnr": "212999-9614",
    "topbar": [("Kontakt", "/kontakt/")],
    "hero": "<div class=\"h0\"><h1>Välkommen till Mossby</h1><p>Här hittar du kommunens tjänster och nyheter.</p>"
            "<div class=\"cards\"><a href=\"/jobb/\">Lediga jobb</a> <a href=\"/omsorg-och-stod/\">Omsorg och stöd</a></div></div>",
    "news": [
        ("Medborgarkontoret söker ny enhetschef", "/nyheter/medborgarkontoret-rekryterar", "2026-05-07",
         "Vi söker en engagerad chef som vill utveckla kommunens service till invånarna.",
         news_body("Gunilla Ahl, som har varit enhetschef för Medborgarkontoret sedan starten 2016, gick i pension vid årsskiftet. Tjänsten är nu utannonserad.",
                   "Frågor om tjänsten besvaras av HR-konsult Malin Rydh, 031-390 06 48, och kommundirektör Bo Lindell.",
                   "<a href=\"/medborgarkontoret/\">Läs mer om Medborgarkontoret</a>")),
        ("Ny kommundirektör på plats", "/nyheter/ny-kommundirektor", "2026-04-10",
         "Bo Lindell har tillträtt som kommundirektör.", news_body("Bo Lindell kommer närmast från en tjänst som förvaltningschef i en grannkommun.")),
    ],
    "area_extra": {"kommun-och-politik": "<h2>Service</h2><p><a href=\"/medborgarkontoret/\">Medborgarkontoret</a> i Mossby centrum.</p>"},
    "pages": {
        "/medborgarkontoret/": ("medborgarkontoret.html", "Medborgarkontoret", """<h1>Medborgarkontoret</h1>
<p>På Medborgarkontoret i Mossby centrum får du hjälp med ansökningar om parkeringstillstånd för rörelsehindrade, färdtjänst och bostadsanpassning, och med frågor om avgifter och fakturor från kommunen.</p>
<p>Kontaktuppgifter till kommunen hittar du längst ned på sidan.</p>
<h2>Organisation</h2>
<p>Medborgarkontoret öppnade 2016 och byggdes upp av den tidigare enhetschefen Gunilla Ahl (2016–2025).</p>
<dl class="staff">
<dt>Enhetschef</dt><dd>Vakant – rekrytering pågår</dd>
<dt>Kommunvägledare</dt><dd>Petter Sjö</dd><dd>Hanna Mäki</dd>
</dl>
<p>Till dess att en ny chef är på plats besvarar kommunvägledarna frågor om verksamheten.</p>
"""),
        "/kontakt/": ("kontakt.html", "Kontakt", """<h1>Kontakt</h1>
<p>Växel: 031-390 06 00<br>E-post: kommunen@mossby.se<br>Postadress: Mossby kommun, 999 28 Mossby</p>
"""),
    },
    "search": {"path": "/sok/", "param": "q", "hits": {
        "medborgarkontor": ["/medborgarkontoret/", "/nyheter/medborgarkontoret-rekryterar"],
        "medborgarkontoret": ["/medborgarkontoret/", "/nyheter/medborgarkontoret-rekryterar"],
        "kontaktcenter": [], "servicecenter": []}},
})

# ---------------------------------------------------------------- 9615 Ravelsta (episerver) 1
SITES.append({
    "code": "9615", "kommun": "Ravelsta", "kn": "Ravelsta kommun", "lan_kod": "03", "lan": "Uppsala län",
    "family": "episerver", "street": "Stadshuset, Ravelgatan 5", "postnr": "999 07 Ravelsta",
    "vaxel": "040-628 04 00", "email": "ravelsta.kommun@ravelsta.se", "orgnr": "212999-9615",
    "header_links": [("Kontakt", "/kontakt/")],
    "hero": "<div class=\"Hero\"><div class=\"Hero__content\"><h1 class=\"Hero__title\">Ravelsta växer</h1><p>Nya bostäder, nya skolor och nya jobb.</p>"
            "<a class=\"Button\" href=\"/bygga-bo-och-miljo/\">Så bygger vi</a></div></div>",
    "news": [
        ("Servicenämnden beslutade om ny taxa för tömning", "/nyheter/ny-taxa", "2026-04-24",
         "Den nya taxan för slamtömning gäller från 1 juli.", news_body("Beslutet fattades av servicenämnden den 22 april.")),
        (*GENERIC_NEWS[:1], "/nyheter/lekplats", *GENERIC_NEWS[1:]),
    ],
    "pages": {
        "/kontakt/": ("kontakt.html", "Kontakta kommunen", """<h1>Kontakta kommunen</h1>
<div class="CardList">
<a class="Card" href="/kontakt/kundtjanst/"><span class="Card__title">Kundtjänst</span><span class="Card__text">Vi svarar på dina frågor</span></a>
<div class="Card"><span class="Card__title">Växel</span><span class="Card__text">040-628 04 00</span></div>
<div class="Card"><span class="Card__title">Press och media</span><span class="Card__text">press@ravelsta.se</span></div>
</div>
"""),
        "/kontakt/kundtjanst/": ("kundtjanst.html", "Kundtjänst", """<h1>Kundtjänst</h1>
<p class="Preamble">Kundtjänst svarar på frågor om avfallshämtning, parkering, förskola, bygglov och kommunens avgifter.</p>
<p>Skicka din fråga via vårt <a href="/kontakt/kundtjanst/formular">kontaktformulär</a> så svarar vi inom två arbetsdagar.</p>
<h2>Ansvar</h2>
<p>Kundtjänst ingår i servicenämndens verksamhetsområde. Politiskt ansvarig är servicenämndens ordförande Kjell Rask (C).</p>
<p>Presskontakt: Hanna Ek, kommunikatör, via Press och media.</p>
<p class="PageMeta">Sidansvarig: Lars Dahl</p>
"""),
        "/kontakt/kundtjanst/formular": ("formular.html", "Kontaktformulär Kundtjänst", """<h1>Kontaktformulär Kundtjänst</h1>
<form method="post" action="/kontakt/kundtjanst/formular"><label for="f1">Namn</label><input id="f1" name="namn">
<label for="f2">E-post</label><input id="f2" name="epost" type="email"><label for="f3">Din fråga</label><textarea id="f3" name="fraga"></textarea>
<button type="submit">Skicka</button></form>
"""),
    },
    "search": {"path": "/sok/", "param": "q", "hits": {
        "kundtjänst": ["/kontakt/kundtjanst/", "/kontakt/kundtjanst/formular"], "kontaktcenter": [], "servicecenter": []}},
})

# ---------------------------------------------------------------- 9616 Grönliden (drupal) 0
SITES.append({
    "code": "9616", "kommun": "Grönliden", "kn": "Grönlidens kommun", "lan_kod": "25", "lan": "Norrbottens län",
    "family": "drupal", "title_sep": " | ", "street": "Kommunhuset, Lidvägen 9", "postnr": "999 92 Grönliden",
    "vaxel": "0980-319 250", "email": "kommun@gronliden.se", "orgnr": "212999-9616",
    "header_links": [("Kontakta oss", "/kontakta-oss")],
    "subs_extra": {"bygga-bo-och-miljo": [("Bygglovsservice", "/bygga-bo-och-miljo/bygglovsservice")]},
    "footer_extra": "<strong>Grönliden Energi AB</strong><br>Kundtjänst för el och fjärrvärme: 0980-319 259",
    "hero": "<div class=\"hero-banner\"><h1>Grönliden – där älven möter fjället</h1><p>Välkommen till kommunens webbplats.</p>"
            "<a href=\"/jobb/\">Lediga jobb</a></div>",
    "news": [
        ("Statens servicecenter öppnar kontor i Grönliden", "/nyheter/statens-servicecenter", "2026-05-05",
         "Från september kan du besöka Statens servicecenter i kommunhusets entréplan.",
         news_body("På servicekontoret får du hjälp med ärenden till Försäkringskassan, Skatteverket och Pensionsmyndigheten.",
                   "Statens servicecenter är en statlig myndighet. Kommunen hyr ut lokalen.")),
        ("Grönliden Energi AB:s kundtjänst förlänger telefontiden", "/nyheter/energi-kundtjanst", "2026-04-27",
         "Energibolagets kundtjänst svarar nu till 18 på vardagar.",
         news_body("– Många hör av sig efter jobbet, säger Stefan Ruth, kundtjänstchef på Grönliden Energi AB.",
                   "Grönliden Energi AB ägs av kommunen och levererar el och fjärrvärme.")),
    ],
    "pages": {
        "/kontakta-oss": ("kontakta-oss.html", "Kontakta oss", """<h1>Kontakta oss</h1>
<div class="field field--name-body"><p>Växel: 0980-319 250, vardagar 8–16<br>E-post: kommun@gronliden.se<br>Postadress: Grönlidens kommun, 999 92 Grönliden</p>
<h2>Kommunledning</h2><p>Kommundirektör: Åke Fors, 0980-319 251</p>
<h2>Press</h2><p>Presskontakt: kommunikatör Sofia Rönn, 0980-319 252</p>
<h2>Registrator</h2><p>registrator@gronliden.se</p></div>
"""),
        "/bygga-bo-och-miljo/bygglovsservice": ("bygglovsservice.html", "Bygglovsservice", """<h1>Bygglovsservice</h1>
<div class="field field--name-body"><p>Bygglovsservice hjälper dig med frågor om bygglov, anmälan och strandskydd innan du söker.</p>
<p>Telefon: 0980-319 260, telefontid tisdag och torsdag 9–11.</p>
<p>Enhetschef för Bygglovsservice: Tove Lind</p></div>
"""),
    },
    "search": {"path": "/sok/", "param": "q", "hits": {
        "kundtjänst": ["/nyheter/energi-kundtjanst"], "servicecenter": ["/nyheter/statens-servicecenter"],
        "kontaktcenter": [], "bygglovsservice": ["/bygga-bo-och-miljo/bygglovsservice"]}},
})
