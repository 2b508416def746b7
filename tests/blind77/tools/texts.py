"""Site data and page texts of blind77 (typing aid). All names, people and numbers are invented;
phone numbers are from the PTS fiction ranges, postcodes 999 xx, org.nr 212999-xxxx."""
from __future__ import annotations


def base(code, name, gen, dom, family, lan_kod, lan, vaxel, vaxel_tel, orgnr, addr, post, **kw):
    d = {"kommunkod": code, "name": name, "gen": gen, "domain": dom, "family": family, "lan_kod": lan_kod, "lan": lan,
         "vaxel": vaxel, "vaxel_tel": vaxel_tel, "email": f"kommun@{dom}", "orgnr": orgnr, "addr": addr, "post": post,
         "search": ("/sok/", "q"), "hero_lead": f"Här hittar du information och e-tjänster från {gen} kommun.",
         "drift": "Inga större driftstörningar just nu.", "hero_cards": [], "news": [], "pages": {}, "hits": {}}
    d.update(kw)
    return d


def news(path, title, date, teaser, body):
    return {"path": path, "title": title, "date": date, "teaser": teaser, "body": body}


STD_CARDS = [("Förskola", "Ansök om plats", "/barn-och-utbildning/forskola/"),
             ("Lediga jobb", "Jobba hos oss", "/lediga-jobb/"),
             ("Sophämtning", "Tömningsschema", "/bygga-bo-och-miljo/avfall-och-atervinning/")]

LOREM_NEWS = ("<p>Arbetet pågår under hela vintern och beräknas vara klart i mars. Under tiden kan det bli "
              "kortare avbrott. Vi ber om överseende med de störningar som arbetet kan medföra.</p>")

# --------------------------------------------------------------------- 8121 Åsby (host)
ASBY = base("8121", "Åsby", "Åsby", "asby.se", "semantic", "19", "Västmanlands län", "08-465 004 20", "+46846500420",
            "212999-1210", "Kommunhuset, Storgatan 12, Åsby", "999 10 Åsby",
            nav_extra=[("Servicecenter", "/servicecenter/")],
            topbar_extra=[("Kontakta oss", "/kontakta-oss/")],
            hero_cards=STD_CARDS,
            hits={"servicecenter": ["/servicecenter/"], "servicecenter åsbygden": ["/servicecenter/"]})
ASBY["pages"] = {
    "/servicecenter/": ("Servicecenter Åsbygden", """
<h1>Servicecenter Åsbygden</h1>
<p class="lead">Servicecenter Åsbygden är den gemensamma vägen in till Åsby kommun och Norrvreta kommun. Hos oss får du
svar på de flesta frågor direkt, och annars ser vi till att din fråga kommer till rätt handläggare.</p>
<h2>Det här kan vi hjälpa dig med</h2>
<ul><li>ansökan om plats i förskola och fritidshem, och avgifterna för dem</li>
<li>sophämtning, slamtömning och abonnemang för vatten och avlopp</li>
<li>parkeringstillstånd för rörelsehindrade</li>
<li>felanmälan av gatubelysning, gator och lekplatser</li>
<li>bokning av idrottshallar och möteslokaler</li>
<li>hur du söker bygglov och vilka blanketter som gäller</li></ul>
<h2>Så når du oss</h2>
<p>Telefon: <a href="tel:+46846500421">08-465 004 21</a><br>E-post: <a href="mailto:servicecenter@asby.se">servicecenter@asby.se</a></p>
<table class="hours"><caption>Telefon- och öppettider</caption><tr><th>Måndag–torsdag</th><td>8.00–17.00</td></tr>
<tr><th>Fredag</th><td>8.00–15.00</td></tr><tr><th>Lunch</th><td>Stängt 12.00–12.45</td></tr></table>
<p>Besöksadresser: Kommunhuset, Storgatan 12, Åsby (alla vardagar) och Medborgarhuset, Torget 3, Norrvreta (onsdagar 9.00–15.00).</p>
<h2>Ett servicecenter för två kommuner</h2>
<p>Servicecentret hör till Åsbygdens gemensamma servicenämnd, där Åsby kommun och Norrvreta kommun ingår. Åsby kommun är
värdkommun, och alla som arbetar på servicecentret är anställda av Åsby kommun. Nämndens ordförande är Gunnel Rask (S),
Åsby, och vice ordförande är Tomas Hed (M), Norrvreta.</p>
<p>I samma entré i kommunhuset finns Statens servicecenter. Där får du hjälp med ärenden till Försäkringskassan,
Skatteverket och Pensionsmyndigheten. Statens servicecenter har egna öppettider och kan inte svara på frågor om
kommunernas verksamhet.</p>
<h2>Kontakt</h2>
<div class="contact-card"><img src="/bilder/malin-ost.jpg" alt="Porträtt av Malin Öst">
<p class="contact-card__name">Malin Öst</p><p class="contact-card__title">Enhetschef</p>
<p class="contact-card__unit">Servicecenter Åsbygden</p>
<p><a href="mailto:malin.ost@asby.se">malin.ost@asby.se</a></p></div>
<p class="page-meta">Sidansvarig: Webbredaktionen, kommunikationsenheten. Senast uppdaterad 14 oktober 2026.</p>
"""),
    "/kontakta-oss/": ("Kontakta oss", """
<h1>Kontakta oss</h1>
<p>Kommunens växel har telefon 08-465 004 20 och är öppen vardagar 7.30–16.30. Handlingar och brev till kommunen skickar du
till registrator, registrator@asby.se.</p>
<p>Har du frågor om kommunens verksamhet? Vänd dig till <a href="/servicecenter/">Servicecenter Åsbygden</a>.</p>
<h2>Kommunledning</h2><p>Kommundirektör: Henrik Lund. Kommunstyrelsens ordförande: Gunnel Rask (S).</p>
"""),
}
ASBY["news"] = [
    news("/nyheter/servicecenter-i-norrvreta-pa-onsdagar/", "Servicecenter Åsbygden finns i Norrvreta på onsdagar",
         "4 november 2026", "Från och med november kan du träffa servicecentret i Medborgarhuset i Norrvreta varje onsdag.",
         "<p>Besöken i Norrvreta har ökat, och därför har nämnden beslutat att servicecentret ska finnas på plats en dag i veckan.</p>"),
    news("/nyheter/statens-servicecenter-nya-tider/", "Statens servicecenter får nya öppettider", "28 oktober 2026",
         "Statens servicecenter i kommunhuset har öppet 10–16 från december.",
         "<p>Statens servicecenter är en statlig myndighet. Kommunen hyr ut lokalen i entréplanet.</p>"),
    news("/nyheter/nya-taxor-va/", "Nya taxor för vatten och avlopp 2027", "20 oktober 2026",
         "Kommunfullmäktige har beslutat om nya taxor.", LOREM_NEWS),
]

# --------------------------------------------------------------------- 8122 Norrvreta (member)
NV_SC = "/kommun-och-politik/servicecenter-asbygden.4.3f1a9c.html"
NORRVRETA = base("8122", "Norrvreta", "Norrvreta", "norrvreta.se", "sitevision", "19", "Västmanlands län",
                 "08-465 004 30", "+46846500430", "212999-1220", "Medborgarhuset, Torget 3, Norrvreta",
                 "999 20 Norrvreta",
                 topbar_extra=[("Kontakt", "/kontakt.4.1b2c3d.html")],
                 hero_cards=[("Servicecenter Åsbygden", "Din väg in till kommunen", NV_SC), *STD_CARDS[:2]],
                 hits={"servicecenter": [NV_SC], "servicecenter åsbygden": [NV_SC]})
NORRVRETA["pages"] = {
    NV_SC: ("Servicecenter Åsbygden", """
<h1>Servicecenter Åsbygden</h1>
<p class="lead">Norrvreta kommun och Åsby kommun har ett gemensamt servicecenter. Dit kan du vända dig med frågor om
båda kommunernas verksamheter.</p>
<h2>Vad kan servicecentret hjälpa till med?</h2>
<p>Du kan vända dig till servicecentret med frågor om förskola och skola, avfall, vatten och avlopp, bygglov,
färdtjänst och bokning av kommunens lokaler. Servicecentret tar också emot felanmälningar om gator och gatubelysning
i Norrvreta.</p>
<h2>Så når du servicecentret</h2>
<p>Ring Servicecenter Åsbygden på 08-465 004 21. Öppettider och besöksadresser finns på Åsby kommuns webbplats,
eftersom Åsby är värdkommun för servicecentret.</p>
<h2>Hur är servicecentret organiserat?</h2>
<p>Servicecentret hör till Åsbygdens gemensamma servicenämnd, där Norrvreta och Åsby ingår. Norrvretas ledamot i
nämnden är Tomas Hed (M). Ansvarig för Servicecenter Åsbygden är enhetschef Malin Öst, Åsby kommun.</p>
<p>Kommundirektör i Norrvreta är Lena Sandin.</p>
<p class="sv-meta">Sidansvarig: Kommunikationsenheten</p>
"""),
    "/kontakt.4.1b2c3d.html": ("Kontakt", """
<h1>Kontakt</h1>
<p>Växel: 08-465 004 30, vardagar 8.00–16.00.<br>E-post: kommun@norrvreta.se</p>
<p>Vill du lämna synpunkter eller klagomål? Använd vår e-tjänst för synpunkter.</p>
<p>Postadress: Norrvreta kommun, 999 20 Norrvreta</p>
"""),
}
NORRVRETA["news"] = [
    news("/nyheter/servicecentret-i-medborgarhuset.4.9a8b7c.html", "Servicecentret öppet i Medborgarhuset varje onsdag",
         "5 november 2026", "Nu kan du besöka Servicecenter Åsbygden i Medborgarhuset, Torget 3, onsdagar 9.00–15.00.",
         "<p>Du kan också ringa 08-465 004 21 eller skicka e-post till servicecenter@asby.se.</p>"),
    news("/nyheter/julbelysning.4.9a8b7d.html", "Julbelysningen tänds på lördag", "25 november 2026",
         "Tändningen sker på torget klockan 16.", LOREM_NEWS),
]

# --------------------------------------------------------------------- 8123 Kilsund (buys from Hallbro)
KILSUND = base("8123", "Kilsund", "Kilsunds", "kilsund.se", "bootstrap", "21", "Gävleborgs län", "031-390 06 60",
               "+46313900660", "212999-1230", "Rådhuset, Hamngatan 1, Kilsund", "999 30 Kilsund",
               nav_extra=[("Kontakta oss", "/kontakta-oss/")], hero_cards=STD_CARDS,
               hits={"medborgarservice": ["/kontakta-oss/", "/nyheter/medborgarservice-avtal/"],
                     "kundtjänst": ["/kontakta-oss/"], "kontaktcenter": []})
KILSUND["pages"] = {
    "/kontakta-oss/": ("Kontakta oss", """
<h1>Kontakta oss</h1>
<p class="lead">Här hittar du de vanligaste vägarna till Kilsunds kommun.</p>
<h2>Frågor om kommunens verksamhet</h2>
<p>Kilsunds kommun har ett avtal med Hallbro kommun om service till invånarna. Det betyder att Hallbros medborgarservice
svarar på dina frågor om till exempel förskola, avfall, bygglov och färdtjänst i Kilsund. Ring 031-390 06 41 vardagar
8.00–16.00 eller skicka e-post till medborgarservice@hallbro.se.</p>
<p>Enhetschef för Hallbros medborgarservice är Karin Wiik.</p>
<h2>Växel och registrator</h2>
<p>Växel: 031-390 06 60, vardagar 8.00–15.00. Post och handlingar: registrator@kilsund.se.</p>
<h2>El, fjärrvärme och bredband</h2>
<p>Frågor om el och fjärrvärme besvarar Kilsunds Energi AB:s kundtjänst, telefon 031-390 06 70. Kundtjänstchef på
Kilsunds Energi AB är Stefan Malm.</p>
<h2>Statliga ärenden</h2>
<p>Statens servicecenter i Kilsund, Hamngatan 5, hjälper dig med ärenden till Försäkringskassan, Skatteverket och
Pensionsmyndigheten. Försäkringskassans kundcenter nås också på telefon.</p>
<h2>Kommunledning</h2>
<p>Kommundirektör: Britt Norén. Kommunstyrelsens ordförande: Hans Berg (C).</p>
"""),
}
KILSUND["news"] = [
    news("/nyheter/medborgarservice-avtal/", "Hallbros medborgarservice svarar nu på dina frågor",
         "2 september 2026", "Från den 1 september svarar Hallbros medborgarservice på frågor från Kilsunds invånare.",
         "<p>Avtalet gäller i tre år. Kommunens växel finns kvar som vanligt.</p>"),
    news("/nyheter/ny-skola/", "Byggstart för ny skola i Kilsund", "12 oktober 2026", "Nu börjar bygget.", LOREM_NEWS),
    news("/nyheter/energi-avbrott/", "Kilsunds Energi AB varnar för planerat elavbrott", "3 november 2026",
         "Elavbrottet berör centrala Kilsund natten mot torsdag.", LOREM_NEWS),
]

# --------------------------------------------------------------------- 8124 Tornhed (own unit among companies)
TORNHED = base("8124", "Tornhed", "Tornheds", "tornhed.se", "municipio", "22", "Västernorrlands län", "0980-319 200",
               "+46980319200", "212999-1240", "Stadshuset, Kyrkogatan 8, Tornhed", "999 40 Tornhed",
               search=("/", "s"), nav_extra=[("Kundcenter", "/kundcenter/")], hero_cards=STD_CARDS,
               hits={"kundcenter": ["/kundcenter/"]})
TORNHED["pages"] = {
    "/kundcenter/": ("Kundcenter", """
<h1>Kundcenter</h1>
<p class="lead">Kundcenter är Tornheds kommuns gemensamma ingång för dig som har frågor om kommunens verksamheter.</p>
<h2>Vad kan vi hjälpa dig med?</h2>
<p>Vi svarar på frågor om förskola och skola, äldreomsorg, bygglov, gator och parker. Sedan 2024 svarar vi också på
frågor om vatten, avlopp och avfall på uppdrag av Tornhed Vatten AB, och efter kontorstid tar vi emot
felanmälningar från hyresgäster i Tornhedshem AB.</p>
<p>Frågor om el och fjärrvärme besvarar Tornhed Energi AB:s kundtjänst på 0980-319 250. Ärenden till Försäkringskassan
och Skatteverket hjälper Statens servicecenter på Järnvägsgatan 2 dig med.</p>
<h2>Kontakta kundcenter</h2>
<p>Telefon: <a href="tel:+46980319210">0980-319 210</a><br>E-post: <a href="mailto:kundcenter@tornhed.se">kundcenter@tornhed.se</a></p>
<p>Telefontider: måndag–fredag 7.30–17.00.</p>
<p><button type="button" class="c-button chat-open">Chatta med oss</button></p>
<h2>Organisation</h2>
<p>Kundcenter är en enhet inom kommunledningsförvaltningen.
<a href="/kommun-och-politik/organisation/">Så är kommunledningsförvaltningen organiserad</a></p>
<p class="c-meta">Senast granskad 2 november 2026 av webbredaktionen.</p>
"""),
    "/kommun-och-politik/organisation/": ("Kommunledningsförvaltningens organisation", """
<h1>Kommunledningsförvaltningens organisation</h1>
<p>Kommunledningsförvaltningen stödjer kommunstyrelsen och leder kommunens gemensamma verksamheter.</p>
<ul class="org-chart">
<li><strong>Kommunledningsförvaltningen</strong><br>Kommundirektör: Anders Wall
<ul>
<li><strong>Ekonomienheten</strong><br>Ekonomichef: Petra Lindh</li>
<li><strong>HR-enheten</strong><br>HR-chef: Mikael Ros</li>
<li><strong>Kommunikationsenheten</strong><br>Kommunikationschef: Sofie Ahl</li>
<li><strong>Kundcenter</strong><br>Enhetschef: Johan Ekdahl</li>
</ul></li></ul>
<p>Kommunens bolag (Tornhed Energi AB, Tornhed Vatten AB och Tornhedshem AB) ingår i koncernen Tornheds Stadshus AB.</p>
"""),
}
TORNHED["news"] = [
    news("/nyheter/tornhed-energi-nytt-nummer/", "Tornhed Energi AB:s kundtjänst byter telefonnummer", "30 oktober 2026",
         "Från den 1 december har Tornhed Energi AB:s kundtjänst nummer 0980-319 250.", LOREM_NEWS),
    news("/nyheter/vattenledning/", "Ny vattenledning till Norra Tornhed", "15 oktober 2026",
         "Tornhed Vatten AB bygger ny ledning.", LOREM_NEWS),
]

# --------------------------------------------------------------------- 8125 Snäckvik (state office at top)
SNACKVIK = base("8125", "Snäckvik", "Snäckviks", "snackvik.se", "drupal", "08", "Kalmar län", "08-465 004 50",
                "+46846500450", "212999-1250", "Kommunhuset, Strandvägen 2, Snäckvik", "999 50 Snäckvik",
                nav_extra=[("Servicekontor", "/servicekontor/")], hero_cards=STD_CARDS,
                footer_extra='<div class="f-col"><h2>Kontakt</h2><ul><li><a href="/kontakta-kommunen/">Kontakta kommunen</a></li></ul></div>',
                hits={"kontaktcenter": ["/kontakta-kommunen/"], "servicekontor": ["/servicekontor/"]})
SNACKVIK["pages"] = {
    "/servicekontor/": ("Servicekontor Snäckvik", """
<h1>Servicekontor Snäckvik</h1>
<p class="lead">I Kulturhuset finns ett servicekontor där du kan få personlig hjälp med ärenden till Försäkringskassan,
Skatteverket och Pensionsmyndigheten.</p>
<p>Servicekontoret drivs av Statens servicecenter. Kommunen hyr ut lokalen. Servicekontoret kan inte svara på frågor om
kommunens verksamhet; för dem vänder du dig till <a href="/kontakta-kommunen/">kommunens kontaktcenter</a>.</p>
<p>Öppettider: måndag–fredag 10.00–16.00. Besöksadress: Kulturhuset, Torggatan 4.</p>
<p>Kontorschef på servicekontoret är Helena Grip, Statens servicecenter.</p>
"""),
    "/kontakta-kommunen/": ("Kontakta kommunen", """
<h1>Kontakta kommunen</h1>
<h2>Växel</h2>
<p>Växeln kopplar dig vidare till den du söker. Telefon 08-465 004 50, vardagar 7.30–16.00.</p>
<h2>Kontaktcenter</h2>
<p>Kontaktcenter svarar på frågor om bland annat förskoleplacering och avgifter, avfallshämtning, vatten och avlopp,
snöröjning och hur du söker bygglov. Det mesta kan vi lösa direkt när du ringer.</p>
<p>Telefon: <a href="tel:+46846500451">08-465 004 51</a>, telefontid måndag–fredag 8.00–16.30.<br>
E-post: kontaktcenter@snackvik.se</p>
<p>På kontaktcenter arbetar sex kommunvägledare. Kontaktcenter är en del av kommunledningskontoret, som leds av
kanslichef Åsa Berglund.</p>
<h2>Statliga ärenden</h2>
<p>Ärenden till Försäkringskassan och Skatteverket sköts av <a href="/servicekontor/">servicekontoret i Kulturhuset</a>.</p>
<h2>Press</h2><p>Journalister når presstjänsten på 08-465 004 59.</p>
"""),
}
SNACKVIK["news"] = [
    news("/nyheter/servicekontor-oppnar/", "Statens servicecenter öppnar servicekontor i Kulturhuset", "1 oktober 2026",
         "Nu kan du få hjälp med Försäkringskassans och Skatteverkets tjänster i Snäckvik.", LOREM_NEWS),
    news("/nyheter/snorojning/", "Så prioriteras snöröjningen i vinter", "20 november 2026",
         "Huvudgator och gång- och cykelvägar till skolor röjs först.", LOREM_NEWS),
]

# --------------------------------------------------------------------- 8126 Hallbro (host of an agreement)
HALLBRO = base("8126", "Hallbro", "Hallbro", "hallbro.se", "table", "21", "Gävleborgs län", "031-390 06 40",
               "+46313900640", "212999-1260", "Kommunhuset, Kungsgatan 20, Hallbro", "999 60 Hallbro",
               charset="iso-8859-1", front_path="/default.asp", redirects={"/": ["/default.asp", 302]},
               topbar_extra=[("Färdtjänst", "/fardtjanst.asp")],
               footer_extra='<div class="f-col"><h2>Service</h2><ul><li><a href="/medborgarservice.asp">Medborgarservice</a></li></ul></div>',
               hero_cards=STD_CARDS, search=("/sok.asp", "q"),
               hits={"medborgarservice": ["/medborgarservice.asp"], "kundtjänst": ["/fardtjanst.asp"]})
HALLBRO["pages"] = {
    "/medborgarservice.asp": ("Medborgarservice", """
<h1>Medborgarservice</h1>
<p><b>Medborgarservice är Hallbro kommuns kontaktcenter. Vi tar emot dina frågor om kommunens verksamheter och hjälper
dig att komma rätt.</b></p>
<h2>Vi kan hjälpa dig med</h2>
<ul><li>frågor om förskola, skola och fritidshem</li><li>sophämtning och latrinhämtning</li>
<li>ansökan om parkeringstillstånd och färdtjänst</li><li>bygglov och blanketter</li>
<li>felanmälan av gator, belysning och parker</li></ul>
<h2>Kilsunds kommun</h2>
<p>Sedan september 2026 svarar medborgarservice också på frågor från invånare i Kilsunds kommun, enligt ett avtal
mellan kommunerna. Kilsunds kommun betalar för tjänsten, men medborgarservice är en del av Hallbro kommuns
kommunstyrelseförvaltning.</p>
<h2>Kontakt</h2>
<p>Telefon: 031-390 06 41<br>E-post: medborgarservice@hallbro.se<br>Besöksadress: Kommunhuset, Kungsgatan 20</p>
<table border="1" cellpadding="3"><tr><th colspan="2">Öppettider</th></tr><tr><td>Måndag-torsdag</td><td>8.00-16.30</td></tr>
<tr><td>Fredag</td><td>8.00-15.00</td></tr></table>
<h2>Personal</h2>
<table border="1" cellpadding="3"><tr><th>Namn</th><th>Titel</th><th>Telefon</th></tr>
<tr><td>Karin Wiik</td><td>Enhetschef, Medborgarservice</td><td>031-390 06 42</td></tr>
<tr><td>Leif Dahl</td><td>Kommunvägledare</td><td>031-390 06 43</td></tr>
<tr><td>Sara Ek</td><td>Kommunvägledare</td><td>031-390 06 44</td></tr></table>
<p><font size="1">Webbredaktör: Olle Sund</font></p>
"""),
    "/fardtjanst.asp": ("Färdtjänst", """
<h1>Färdtjänst</h1>
<p>Färdtjänsten i Hallbro handläggs av Region Gävleborg sedan 2023. Ansökan om färdtjänst gör du hos regionen.</p>
<p>Region Gävleborgs kundtjänst för färdtjänst bokar dina resor och svarar på frågor om tillstånd, telefon
031-390 06 90, alla dagar 6.00-22.00.</p>
<p>Kundtjänstchef för regionens färdtjänst är Anneli Fors.</p>
"""),
}
HALLBRO["news"] = [
    news("/nyheter/kilsund-avtal.asp", "Avtal med Kilsunds kommun", "1 september 2026",
         "Hallbro och Kilsund har tecknat avtal om service till invånarna.", LOREM_NEWS),
    news("/nyheter/bibliotek.asp", "Biblioteket får nya öppettider", "10 november 2026",
         "Biblioteket öppnar tidigare på lördagar.", LOREM_NEWS),
]

# --------------------------------------------------------------------- 8127 Lövnäs (org page links, not back)
LOVNAS = base("8127", "Lövnäs", "Lövnäs", "lovnas.se", "soup", "13", "Hallands län", "040-628 04 70", "+46406280470",
              "212999-1270", "Kommunhuset, Parkgatan 3, Lövnäs", "999 70 Lövnäs",
              topbar_extra=[("Kontakt", "/kontakt/")],
              hero_cards=[("Lövnäsbostäders kundservice", "Hyra lägenhet eller felanmäla", "/bo/hyra-bostad/"), *STD_CARDS[:2]],
              front_extra='<section class="x3"><h2>Så styrs Lövnäs</h2><p><a href="/om-kommunen/organisation/">Kommunens organisation</a></p></section>',
              hits={"kontaktcenter": ["/om-kommunen/organisation/kontaktcenter/"], "kundservice": ["/bo/hyra-bostad/"]})
LOVNAS["pages"] = {
    "/bo/hyra-bostad/": ("Hyra bostad", """
<h1>Hyra bostad</h1>
<p>Lövnäsbostäder AB är kommunens bostadsbolag med drygt 2 000 lägenheter. Frågor om lediga lägenheter, hyror och
felanmälan besvarar Lövnäsbostäders kundservice, telefon 040-628 04 80, vardagar 8.00–16.00.</p>
<p>Lövnäsbostäder AB leds av vd Karl Ström. Kundservicechef är Maja Lind.</p>
"""),
    "/kontakt/": ("Kontakt", """
<h1>Kontakt</h1>
<p>Växel: 040-628 04 70, vardagar 8.00–16.00. E-post: kommun@lovnas.se.</p>
<p>Frågor om kommunens verksamhet? Ring växeln så kopplar vi dig rätt.</p>
"""),
    "/om-kommunen/organisation/": ("Kommunens organisation", """
<h1>Kommunens organisation</h1>
<p>Kommunstyrelseförvaltningen leds av kommundirektören och består av flera enheter.</p>
<table class="t5"><tr><th>Enhet</th><th>Roll</th><th>Namn</th></tr>
<tr><td>Kommunstyrelseförvaltningen</td><td>Kommundirektör</td><td>Eva Lind</td></tr>
<tr><td>Ekonomi</td><td>Ekonomichef</td><td>Lars Bäck</td></tr>
<tr><td><a href="/om-kommunen/organisation/kontaktcenter/">Kontaktcenter</a></td><td>Enhetschef</td><td>Mats Ålund</td></tr>
<tr><td>Kommunikation</td><td>Kommunikationschef</td><td>Rut Fjäll</td></tr></table>
"""),
    "/om-kommunen/organisation/kontaktcenter/": ("Kontaktcenter", """
<h1>Kontaktcenter</h1>
<p>Kontaktcenter är kommunens nya väg in för dig som har frågor. Vi finns här för dig och hjälper dig att komma rätt.
Hör av dig om du undrar något!</p>
<p>Telefon: 040-628 04 71<br>E-post: kontaktcenter@lovnas.se</p>
<p>På kontaktcenter arbetar åtta kommunvägledare.</p>
<p class="z1">Sidansvarig: Ida Holm</p>
"""),
}
LOVNAS["news"] = [
    news("/nyheter/lovnasbostader-nya-lagenheter/", "Lövnäsbostäder bygger 60 nya lägenheter", "5 november 2026",
         "Inflyttning hösten 2028.", LOREM_NEWS),
    news("/nyheter/badhuset/", "Badhuset stänger för renovering", "18 oktober 2026", "Badhuset är stängt i tre månader.",
         LOREM_NEWS),
]

# --------------------------------------------------------------------- 8128 Myrsjö (org chart, parent head)
MYRSJO = base("8128", "Myrsjö", "Myrsjö", "myrsjo.se", "aria", "24", "Västerbottens län", "0980-319 260",
              "+46980319260", "212999-1280", "Kommunhuset, Skolgatan 5, Myrsjö", "999 80 Myrsjö",
              topbar_extra=[("Kontaktcenter", "/kontaktcenter/")], hero_cards=STD_CARDS,
              hits={"kontaktcenter": ["/kontaktcenter/"]})
MYRSJO["pages"] = {
    "/kontaktcenter/": ("Kontaktcenter Myrsjö", """
<h1>Kontaktcenter Myrsjö</h1>
<p class="lead">Har du frågor? Vi finns här för dig. Kontaktcenter hjälper dig med det mesta som rör kommunen och
kommunens service.</p>
<p>Telefon: <a href="tel:+46980319261">0980-319 261</a><br>E-post: kontaktcenter@myrsjo.se<br>
Vi svarar måndag–fredag 8.00–16.00.</p>
<h2>Om kontaktcenter</h2>
<p>Kontaktcenter tillhör kommunikationsavdelningen. <a href="/kommun-och-politik/organisationsschema/">Se kommunens organisationsschema</a>.</p>
<p>Kontaktperson: Jonas Berg, kommunvägledare</p>
<p class="meta">Sidansvarig: Nina Sjö, webbredaktör</p>
"""),
    "/kommun-och-politik/organisationsschema/": ("Organisationsschema", """
<h1>Organisationsschema</h1>
<p>Så är kommunstyrelsens förvaltning organiserad.</p>
<div role="tree" class="orgchart">
<div role="treeitem" aria-level="1">Kommundirektör Ulla Krantz
 <div role="group">
 <div role="treeitem" aria-level="2">Ekonomiavdelningen – avdelningschef Per Nord</div>
 <div role="treeitem" aria-level="2">Kommunikationsavdelningen – avdelningschef Rolf Engström
  <div role="group"><div role="treeitem" aria-level="3">Kontaktcenter</div>
  <div role="treeitem" aria-level="3">Webb och digitala kanaler</div>
  <div role="treeitem" aria-level="3">Presstjänst</div></div></div>
 <div role="treeitem" aria-level="2">HR-avdelningen – avdelningschef Lisa Moberg</div>
 </div></div></div>
"""),
}
MYRSJO["news"] = [
    news("/nyheter/kontaktcenter-langre-oppet/", "Kontaktcenter svarar längre i december", "1 december 2026",
         "Under december svarar kontaktcenter till 18.00 på torsdagar.", LOREM_NEWS),
    news("/nyheter/isbana/", "Isbanan på torget öppnar", "28 november 2026", "Isbanan är öppen varje dag.", LOREM_NEWS),
]

# --------------------------------------------------------------------- 8129 Rävsnäs (run by a municipal company)
RAVSNAS = base("8129", "Rävsnäs", "Rävsnäs", "ravsnas.se", "bootstrap", "04", "Södermanlands län", "040-628 04 90",
               "+46406280490", "212999-1290", "Stadshuset, Slottsgatan 1, Rävsnäs", "999 90 Rävsnäs",
               nav_extra=[("Kontakt", "/kontakt/")], hero_cards=STD_CARDS,
               footer_extra='<div class="col"><h2>Bolag</h2><p>Rävsnäs Energi AB:s kundservice: 040-628 04 95</p></div>',
               hits={"kontakt rävsnäs": ["/kontakt-ravsnas/"]})
RAVSNAS["pages"] = {
    "/kontakt/": ("Kontakt", """
<h1>Kontakt</h1>
<p>Här hittar du kontaktuppgifter till kommunen.</p>
<div class="row"><div class="col card"><h2 class="card-title"><a href="/kontakt-ravsnas/">Kontakt Rävsnäs</a></h2></div>
<div class="col card"><h2 class="card-title">Växel</h2><p>040-628 04 90</p></div>
<div class="col card"><h2 class="card-title">Registrator</h2><p>registrator@ravsnas.se</p></div></div>
"""),
    "/kontakt-ravsnas/": ("Kontakt Rävsnäs", """
<h1>Kontakt Rävsnäs</h1>
<p class="lead">Kontakt Rävsnäs är kommunens kontaktcenter. Vi svarar på frågor om allt som rör kommunen. Ingen fråga
är för liten!</p>
<p>Sedan 2023 sköts Kontakt Rävsnäs av det kommunägda bolaget Rävsnäs Kommunservice AB, som också sköter fastigheter
och lokalvård åt kommunen. Bolaget ägs till hundra procent av Rävsnäs kommun och leds av vd Eva Lund.</p>
<p>Ring oss på <a href="tel:+46406280491">040-628 04 91</a> eller chatta med oss.</p>
<p><button class="btn btn-primary" type="button">Starta chatten</button></p>
<p class="small">Ansvarig för sidan: Lotta Rehn, kommunikatör</p>
"""),
}
RAVSNAS["news"] = [
    news("/nyheter/kontakt-ravsnas-chatt/", "Kontakt Rävsnäs svarar nu i chatten", "9 november 2026",
         "Nu kan du chatta med Kontakt Rävsnäs vardagar 8–16.", "<p>Chatten finns på sidan om Kontakt Rävsnäs.</p>"),
    news("/nyheter/budget-2027/", "Budget för 2027 antagen", "25 november 2026", "Kommunfullmäktige har antagit budgeten.",
         LOREM_NEWS),
]

# --------------------------------------------------------------------- 8130 Ekerum (blocked)
EK_SC = "/kommun-och-politik/medborgarkontor.4.77aa11.html"
EKERUM = base("8130", "Ekerum", "Ekerums", "ekerum.se", "sitevision", "08", "Kalmar län", "031-390 06 80",
              "+46313900680", "212999-1300", "Kommunhuset, Bygatan 7, Ekerum", "999 95 Ekerum",
              robots="User-agent: *\nDisallow: /\n",
              nav_extra=[("Medborgarkontor", EK_SC)], hero_cards=STD_CARDS,
              hits={"medborgarkontor": [EK_SC]})
EKERUM["pages"] = {
    EK_SC: ("Medborgarkontor", """
<h1>Medborgarkontor</h1>
<p>Medborgarkontoret svarar på frågor om förskola, avfall, bygglov och parkering.</p>
<p>Telefon: 031-390 06 81. E-post: medborgarkontor@ekerum.se. Öppet vardagar 8.00–16.00.</p>
<p>Enhetschef för medborgarkontoret: Kim Sahlin.</p>
"""),
}
EKERUM["news"] = [news("/nyheter/vinter.4.77aa12.html", "Vinterväghållning", "20 november 2026", "Så plogar vi.", LOREM_NEWS)]

SITES = [ASBY, NORRVRETA, KILSUND, TORNHED, SNACKVIK, HALLBRO, LOVNAS, MYRSJO, RAVSNAS, EKERUM]
