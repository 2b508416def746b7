"""Per-site content of the eleventh blind corpus (used by build_sites.py)."""
from __future__ import annotations

from build_sites import area_list

NEWS_POOL = [
    ("Nu kan du söka bidrag för lokala klimatinitiativ",
     "Föreningar och grupper som vill minska utsläppen i sitt närområde kan söka upp till 50 000 kronor. Sista ansökningsdag är den 31 januari och beslut fattas av kommunstyrelsens arbetsutskott i mars."),
    ("Ny förskola invigs i vår",
     "Byggnationen ligger i fas och den nya förskolan med sex avdelningar beräknas stå klar till påsk. Vårdnadshavare som har sökt plats får besked om placering under februari."),
    ("Ändrade tider för sophämtning under helgerna",
     "Under jul- och nyårshelgerna flyttas tömningen av kärl en dag i vissa områden. Ställ ut kärlet senast klockan 06.00 på tömningsdagen så att chauffören hinner med."),
    ("Medborgardialog om torgets framtid",
     "Vad tycker du att torget ska användas till? Kom på dialogkvällen i biblioteket eller lämna dina synpunkter i enkäten som är öppen till och med den 15 januari."),
    ("Budgeten för nästa år är beslutad",
     "Kommunfullmäktige har fattat beslut om budget och verksamhetsplan. Skattesatsen lämnas oförändrad och satsningar görs främst inom skola och äldreomsorg."),
    ("Vinterväghållningen är igång",
     "Plogbilarna rycker ut när det har kommit fem centimeter snö på gator och tio centimeter på gång- och cykelvägar. Prioriterade stråk är bussgator och vägar till skolor."),
]


def std_news(n: int = 5, first: list[tuple[str, str, str]] | None = None) -> list[tuple[str, str, str]]:
    items = list(first or [])
    for t, lead in NEWS_POOL[: n - len(items)]:
        items.append((t, "/nyheter/", lead))
    return items


def nyheter_page(s_news: list[tuple[str, str, str]]) -> str:
    return "\n".join(f"<h2>{t}</h2><p>{lead}</p>" for t, _h, lead in s_news)


ORG_BODY = """<p>Kommunens verksamhet är organiserad i förvaltningar under respektive nämnd. Kommunstyrelsen är
kommunens ledande politiska förvaltningsorgan och har uppsikt över övriga nämnders verksamhet.</p>
{extra}
<h2>Förvaltningar</h2><ul><li>Kommunledningsförvaltningen</li><li>Barn- och utbildningsförvaltningen</li>
<li>Socialförvaltningen</li><li>Samhällsbyggnadsförvaltningen</li><li>Kultur- och fritidsförvaltningen</li></ul>"""

SITES: list[dict] = []

# ------------------------------------------------------------------ 9201 Åsbyholm: modern, 5
n01 = std_news(6, [("Kontaktcentret har öppet längre på torsdagar", "/nyheter/kontaktcentret-langre-oppet/",
                    "Från januari svarar kontaktcentret i telefon till klockan 18 på torsdagar. Det är ett försök som pågår under våren.")])
SITES.append(dict(
    kommunkod="9201", kommun="Åsbyholm", lan_kod="03", lan="Uppsala län", layout="modern", updated="2026-11-12",
    areas=area_list(), nav_extra=[("Kontaktcenter", "/kontaktcenter/")],
    addr="Besöksadress: Storgatan 14, 999 31 Åsbyholm", tel="08-465 004 00", tel_raw="+46846500400",
    mail="kommunen@asbyholm.example", orgnr="212000-9901",
    hero_h1="Välkommen till Åsbyholm", hero_p="Här hittar du information om kommunens service, från förskola till äldreomsorg.",
    shortcuts=[("Lediga jobb", "/lediga-jobb/"), ("Förskola", "/barn-och-utbildning/forskola/"),
               ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/")],
    drift="Vattenavstängning på Lindvägen onsdag 9–13", news=n01,
    inner={
        "/kontaktcenter/": ("kontaktcenter.html", "Kontaktcenter", """<p class="ingress">Kontaktcenter är din väg in till Åsbyholms kommun. Vi svarar på det mesta direkt, och när vi inte kan det ser vi till att din fråga hamnar hos rätt handläggare.</p>
<h2>Det här kan vi hjälpa dig med</h2>
<ul><li>ansökan om och uppsägning av förskoleplats</li><li>frågor om sophämtning, slamtömning och din VA-faktura</li>
<li>felanmälan av gatubelysning, vägar och lekplatser</li><li>enklare frågor om bygglov och vilka handlingar du behöver</li>
<li>bokning av kommunens lokaler och idrottshallar</li></ul>
<h2>Så når du oss</h2>
<p>Telefon: <a href="tel:+46846500410">08-465 004 10</a><br>E-post: <a href="mailto:kontaktcenter@asbyholm.example">kontaktcenter@asbyholm.example</a></p>
<table class="hours"><caption>Telefontider</caption><tr><th>Måndag–onsdag</th><td>8.00–16.30</td></tr>
<tr><th>Torsdag</th><td>8.00–18.00</td></tr><tr><th>Fredag</th><td>8.00–15.00</td></tr></table>
<p>Du kan också besöka oss i entrén till kommunhuset, Storgatan 14.</p>
<h2>Ansvarig</h2><p>Enhetschef för Kontaktcenter är Johanna Westin. Kontaktcenter är en del av kommunledningsförvaltningen.</p>""", ""),
        "/nyheter/": ("nyheter.html", "Nyheter", nyheter_page(n01), ""),
        "/nyheter/kontaktcentret-langre-oppet/": ("nyhet-kc.html", "Kontaktcentret har öppet längre på torsdagar",
            """<p>Från och med den 8 januari kan du ringa kontaktcentret fram till klockan 18.00 på torsdagar. Försöket ska göra det lättare för dig som arbetar dagtid att nå oss.</p>
<p><a href="/kontaktcenter/">Läs mer om kontaktcenter</a></p>""", '<a href="/nyheter/">Nyheter</a> / '),
    },
    hits={"kontaktcenter": ["/kontaktcenter/"]},
))

# ------------------------------------------------------------------ 9202 Lillträsk: dated, 0
n02 = std_news(5)
SITES.append(dict(
    kommunkod="9202", kommun="Lillträsk", lan_kod="25", lan="Norrbottens län", layout="dated", updated="2019-03-04",
    areas=area_list(), nav_extra=[("Kontakta oss", "/kontakta-oss/")],
    addr="Kommunhuset, Skolvägen 3, 999 62 Lillträsk", tel="0980-319 200", tel_raw="+46980319200",
    mail="info@lilltrask.example", orgnr="212000-9902",
    hero_h1="Lillträsks kommun", hero_p="Välkommen till en kommun med närhet till fjäll, skog och vatten.",
    shortcuts=[("Bussar och färdtjänst", "/trafik-och-infrastruktur/kollektivtrafik/"), ("Biblioteket", "/kultur-och-fritid/bibliotek/")],
    drift="Inga driftstörningar just nu", news=n02,
    inner={
        "/kontakta-oss/": ("kontakta-oss.html", "Kontakta oss", """<p>Hör av dig om du undrar något, så hjälper vi dig vidare till rätt person.</p>
<p><strong>Växel:</strong> 0980-319 200<br><strong>E-post:</strong> info@lilltrask.example<br>
<strong>Postadress:</strong> Lillträsks kommun, Box 12, 999 62 Lillträsk</p>
<h2>Receptionen i kommunhuset</h2><p>Receptionen är öppen vardagar kl. 8–12 och 13–16. Här kan du hämta blanketter och lämna handlingar.</p>
<p>Kommunchef: Ove Granlund, 0980-319 201</p>""", ""),
        "/nyheter/": ("nyheter.html", "Nyheter", nyheter_page(n02), ""),
    },
    hits={"kontaktcenter": [], "kundtjänst": []},
))

# ------------------------------------------------------------------ 9203 Storhamn: portal, 4 (e0)
n03 = std_news(6)
SITES.append(dict(
    kommunkod="9203", kommun="Storhamn", lan_kod="14", lan="Västra Götalands län", layout="portal", updated="2026-10-30",
    suffix=" | Storhamns stad",
    areas=area_list({"Kommun och politik": [("Kontaktcenter", "/kontaktcenter-storhamn/")],
                     "Näringsliv och arbete": [("Företagslots", "/naringsliv-och-arbete/foretagslots/")]}),
    addr="Rådhustorget 1, 999 11 Storhamn", tel="031-390 06 00", tel_raw="+46313900600",
    mail="stad@storhamn.example", orgnr="212000-9903",
    hero_h1="Storhamns stad", hero_p="Vad vill du göra idag?",
    shortcuts=[("Sök förskola", "/barn-och-utbildning/ansok-om-plats/"), ("Lediga jobb", "/lediga-jobb/"),
               ("Parkering", "/trafik-och-infrastruktur/parkering/"), ("Kontakta oss", "/kontakta-oss")],
    drift="Spårvagnstrafiken på Hamnleden är inställd till och med söndag", news=n03,
    redirects={"/kontakta-oss": ["/kontaktcenter-storhamn/", 301]},
    inner={
        "/kontaktcenter-storhamn/": ("kontaktcenter.html", "Kontaktcenter Storhamn", """<p class="lead">När du kontaktar Storhamns stad möter du oftast någon av oss på Kontaktcenter Storhamn. Vi tar emot omkring 1 500 samtal om dagen.</p>
<p>Vi svarar på frågor om till exempel parkeringstillstånd, bygglov, avgifter för barnomsorg, hemtjänst och renhållning. Felanmälan av gator, parker och belysning tar vi också emot.</p>
<div class="contact-box"><h2>Kontaktvägar</h2>
<p>Ring 031-390 06 10, vardagar 7.30–17.00.</p>
<p><a class="chat-button" href="/kontaktcenter-storhamn/#chatt">Chatta med oss</a> (vardagar 9–15)</p>
<p>Kontaktformulär: <a href="/e-tjanster/lamna-synpunkt/">Skriv till oss</a></p></div>
<h2>Kommunvägledare</h2><p>Våra kommunvägledare har god kunskap om stadens alla verksamheter och kan ge dig vägledning i mer komplicerade ärenden.</p>
<p class="page-owner">Sidansvarig: Kontaktcenter Storhamn</p>""", '<a href="/kommun-och-politik/">Kommun och politik</a> / '),
        "/naringsliv-och-arbete/foretagslots/": ("foretagslots.html", "Företagslots", """<p>Företagslotsen hjälper dig som driver eller vill starta företag att hitta rätt bland stadens tillstånd.</p>
<p>Ring 031-390 06 30 eller skicka e-post till foretagslots@storhamn.example.</p>""", ""),
        "/nyheter/": ("nyheter.html", "Nyheter", nyheter_page(n03), ""),
        "/kommun-och-politik/organisation/": ("organisation.html", "Organisation", ORG_BODY.format(extra="<p>Stadsdirektör är Henrik Malm. Stadsledningskontoret stödjer kommunstyrelsen och samordnar stadens verksamheter, bland annat Kontaktcenter Storhamn.</p>"), ""),
    },
    hits={"kontaktcenter": ["/kontaktcenter-storhamn/"]},
))

# ------------------------------------------------------------------ 9204 Bergsjö: regional, 4 (c0)
n04 = std_news(5)
SITES.append(dict(
    kommunkod="9204", kommun="Bergsjö", lan_kod="21", lan="Gävleborgs län", layout="regional", updated="2025-08-21",
    areas=area_list(), nav_extra=[("Kontakt", "/kontakt/")],
    footer_extra='<div class="rk-foot-col"><strong>Har du frågor?</strong><br><a href="/servicecenter/">Servicecenter</a><br><a href="/kommun-och-politik/synpunkter-och-klagomal/">Lämna en synpunkt</a></div>',
    addr="Kommunhuset, Järnvägsgatan 8, 999 41 Bergsjö", tel="0980-319 220", tel_raw="+46980319220",
    mail="bergsjo@bergsjo.example", orgnr="212000-9904",
    hero_h1="Bergsjö – mitt i Västerdalen", hero_p="Nyheter, service och evenemang i Bergsjö kommun.",
    shortcuts=[("Lediga jobb", "/lediga-jobb/"), ("Matsedlar", "/barn-och-utbildning/skolmat/"), ("Återvinningscentralen", "/bygga-bo-och-miljo/avfall-och-atervinning/")],
    drift="Planerat elavbrott i Norrby by tisdag", news=n04,
    inner={
        "/servicecenter/": ("servicecenter.html", "Servicecenter", """<p>På Servicecenter får du hjälp med allt från enklare frågor till att fylla i ansökningar. Vi hjälper dig bland annat med</p>
<ul><li>färdtjänst och riksfärdtjänst</li><li>ansökan om barnomsorg och skolskjuts</li><li>frågor om avfall, slam och vatten</li><li>att låna ut nycklar till kommunens föreningslokaler</li></ul>
<h2>Öppettider</h2><p>Måndag–torsdag 8–16, fredag 8–14. Lunchstängt 12–12.45.</p>
<p>Telefon 0980-319 225<br>E-post servicecenter@bergsjo.example<br>Besök oss i kommunhusets entréplan, Järnvägsgatan 8.</p>
<h2>Ansvarig</h2><p>Ansvarig för Servicecenter: enhetschef Karin Öberg, 0980-319 226.</p>""", ""),
        "/kontakt/": ("kontakt.html", "Kontakt", """<p>Ring växeln på 0980-319 220 så kopplar vi dig rätt. Du kan också skicka e-post till bergsjo@bergsjo.example.</p>
<h2>Politiker</h2><p>Kontaktuppgifter till förtroendevalda hittar du under Kommun och politik.</p>""", ""),
        "/nyheter/": ("nyheter.html", "Nyheter", nyheter_page(n04), ""),
    },
    hits={"servicecenter": ["/servicecenter/"]},
))

# ------------------------------------------------------------------ 9205 Norrvallen: dated, 3 (d0 e0)
n05 = std_news(5)
SITES.append(dict(
    kommunkod="9205", kommun="Norrvallen", lan_kod="22", lan="Västernorrlands län", layout="dated", updated="2021-05-17",
    areas=area_list(), nav_extra=[("Medborgarkontoret", "/medborgarkontoret/")],
    addr="Torget 2, 999 72 Norrvallen", tel="0980-319 240", tel_raw="+46980319240",
    mail="kommun@norrvallen.example", orgnr="212000-9905",
    hero_h1="Välkommen till Norrvallens kommun", hero_p="Älven, skogen och gemenskapen – här lever vi nära varandra.",
    shortcuts=[("Lediga tomter", "/bygga-bo-och-miljo/tomter/"), ("Badhuset", "/kultur-och-fritid/badhus/")],
    drift="Badhuset stängt för underhåll vecka 50", news=n05,
    inner={
        "/medborgarkontoret/": ("medborgarkontoret.html", "Medborgarkontoret", """<p>Välkommen till Medborgarkontoret! Vi finns här för dig och svarar gärna på dina frågor om kommunen. Tveka inte att höra av dig.</p>
<p>Telefon: 0980-319 245<br>E-post: medborgarkontoret@norrvallen.example<br>Öppet: vardagar 9–16</p>
<p>Sidansvarig: Eva Lindqvist</p>
<p><a href="/kommun-och-politik/organisation/">Kommunens organisation</a></p>""", ""),
        "/kommun-och-politik/organisation/": ("organisation.html", "Organisation", ORG_BODY.format(extra="<p>Kommunchef är Lars Höglund. Medborgarkontoret tillhör kommunledningsförvaltningen.</p>"), ""),
        "/nyheter/": ("nyheter.html", "Nyheter", nyheter_page(n05), ""),
    },
    hits={"medborgarkontor": ["/medborgarkontoret/"]},
))

# ------------------------------------------------------------------ 9206 Tjärnås: modern, 2 (c0 d0 e0)
n06 = std_news(6)
SITES.append(dict(
    kommunkod="9206", kommun="Tjärnås", lan_kod="07", lan="Kronobergs län", layout="modern", updated="2026-09-02",
    areas=area_list({"Kommun och politik": [("Servicecenter", "/kommun-och-politik/servicecenter/")]}),
    nav_extra=[("Kontakta oss", "/kontakta-oss/")],
    addr="Besöksadress: Kyrkogatan 5, 999 51 Tjärnås", tel="031-390 06 40", tel_raw="+46313900640",
    mail="tjarnas.kommun@tjarnas.example", orgnr="212000-9906",
    hero_h1="Tjärnås växer", hero_p="Snart 20 000 invånare. Läs om de nya bostadsområdena och hur du kan påverka.",
    shortcuts=[("Bostadsområden", "/bygga-bo-och-miljo/detaljplaner/"), ("Lediga jobb", "/lediga-jobb/"), ("Skolval", "/barn-och-utbildning/grundskola/")],
    drift="Omledning av busslinje 3 vid Kyrkogatan", news=n06,
    inner={
        "/kommun-och-politik/servicecenter/": ("servicecenter.html", "Servicecenter", """<p>Servicecenter tar emot frågor om skolskjuts, avgifter för förskola och fritidshem, hemtjänstavgifter samt felanmälan av gator och parker.</p>
<p>Ring oss på 031-390 06 45.</p>
<p>Kontaktperson: Hanna Ek, samordnare</p>""", '<a href="/kommun-och-politik/">Kommun och politik</a> / '),
        "/kontakta-oss/": ("kontakta-oss.html", "Kontakta oss", """<p>Du når alla kommunens verksamheter via växeln, 031-390 06 40, vardagar 8–16.30.</p>
<p>E-post: tjarnas.kommun@tjarnas.example</p>""", ""),
        "/nyheter/": ("nyheter.html", "Nyheter", nyheter_page(n06), ""),
    },
    hits={"servicecenter": ["/kommun-och-politik/servicecenter/"]},
))

# ------------------------------------------------------------------ 9207 Fågelsund: regional, 1 (a only)
n07 = std_news(5)
SITES.append(dict(
    kommunkod="9207", kommun="Fågelsund", lan_kod="21", lan="Gävleborgs län", layout="regional", updated="2024-02-11",
    areas=area_list(), nav_extra=[("Kontakt", "/kontakt/")],
    addr="Sundsvägen 20, 999 44 Fågelsund", tel="0980-319 260", tel_raw="+46980319260",
    mail="fagelsund@fagelsund.example", orgnr="212000-9907",
    hero_h1="Fågelsund", hero_p="Skärgårdskommunen med öppet hav och levande byar.",
    shortcuts=[("Båtplatser", "/kultur-och-fritid/friluftsliv/"), ("Lediga jobb", "/lediga-jobb/")],
    drift="Färjan till Västerö går enligt vintertidtabell", news=n07,
    inner={
        "/kommun-och-politik/kundcenter/": ("kundcenter.html", "Kundcenter", """<p>Kundcenter svarar på dina frågor om kommunens service.</p>
<p>Telefon 0980-319 265<br>E-post kundcenter@fagelsund.example</p>""", '<a href="/kommun-och-politik/">Kommun och politik</a> / '),
        "/kontakt/": ("kontakt.html", "Kontakt", """<p>Fågelsunds kommun nås via växeln 0980-319 260 på vardagar 8–16. Skicka gärna e-post till fagelsund@fagelsund.example.</p>
<p>Vill du lämna synpunkter på kommunens verksamhet kan du använda vår e-tjänst.</p>""", ""),
        "/nyheter/": ("nyheter.html", "Nyheter", nyheter_page(n07), ""),
    },
    hits={"kundcenter": ["/kommun-och-politik/kundcenter/"]},
))

# ------------------------------------------------------------------ 9208 Ravnsbo: portal, 0 (only excluded names)
n08 = std_news(6, [("Statens servicecenter öppnar servicekontor i Ravnsbo", "/nyheter/statens-servicekontor/",
                    "I februari öppnar Statens servicecenter ett servicekontor i Ravnsbo centrum. Där kan du få hjälp med ärenden till Skatteverket och Försäkringskassan.")])
SITES.append(dict(
    kommunkod="9208", kommun="Ravnsbo", lan_kod="12", lan="Skåne län", layout="portal", updated="2026-11-20",
    suffix=" | Ravnsbo stad",
    areas=area_list({"Näringsliv och arbete": [("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag/")]}),
    nav_extra=[("Kontakta oss", "/kontakta-oss/")],
    footer_extra="<p>Ravnsbo Energi AB, kundservice: 040-628 04 80 (el, fjärrvärme och bredband)</p>",
    addr="Stadshuset, Kungsgatan 1, 999 21 Ravnsbo", tel="040-628 04 00", tel_raw="+46406280400",
    mail="ravnsbo.stad@ravnsbo.example", orgnr="212000-9908",
    hero_h1="Ravnsbo stad", hero_p="Genvägar till det du söker oftast.",
    shortcuts=[("Förskola", "/barn-och-utbildning/forskola/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/"), ("Parkering", "/trafik-och-infrastruktur/parkering/"), ("Lediga jobb", "/lediga-jobb/")],
    drift="Fjärrvärmearbeten på Östra vallgatan", news=n08,
    inner={
        "/kontakta-oss/": ("kontakta-oss.html", "Kontakta oss", """<p>Stadens växel är öppen vardagar 8–17 på telefon 040-628 04 00. Du kan också skriva till ravnsbo.stad@ravnsbo.example.</p>
<p>Frågor om el, fjärrvärme och bredband besvaras av Ravnsbo Energi AB:s kundservice.</p>""", ""),
        "/naringsliv-och-arbete/servicecenter-for-foretag/": ("servicecenter-foretag.html", "Servicecenter för företag", """<p>Servicecenter för företag är stadens samlade ingång för dig som företagare. Vi hjälper dig med tillstånd, serveringstillstånd och lokalfrågor.</p>
<p>Telefon 040-628 04 50, vardagar 8–16<br>E-post foretag@ravnsbo.example</p>
<p>Näringslivschef Amir Haddad ansvarar för Servicecenter för företag.</p>""", ""),
        "/nyheter/statens-servicekontor/": ("nyhet-statens.html", "Statens servicecenter öppnar servicekontor i Ravnsbo",
            "<p>Statens servicekontor får lokaler på Stortorget 4 och har öppet vardagar 9–16.</p>", '<a href="/nyheter/">Nyheter</a> / '),
        "/nyheter/": ("nyheter.html", "Nyheter", nyheter_page(n08), ""),
    },
    hits={"servicecenter": ["/naringsliv-och-arbete/servicecenter-for-foretag/"]},
))

# ------------------------------------------------------------------ 9209 Klövertorp: dated, 0
n09 = std_news(6)
SITES.append(dict(
    kommunkod="9209", kommun="Klövertorp", lan_kod="18", lan="Örebro län", layout="dated", updated="2017-10-09",
    areas=area_list({"Bygga, bo och miljö": [("Bygglovsservice", "/bygga-bo-och-miljo/bygglovsservice/")]}),
    nav_extra=[("Kontakt", "/kontakt/")],
    addr="Kommunhuset, Bygatan 1, 999 81 Klövertorp", tel="08-465 004 80", tel_raw="+46846500480",
    mail="kommunen@klovertorp.example", orgnr="212000-9909",
    hero_h1="Klövertorps kommun", hero_p="Aktuellt från kommunen.",
    shortcuts=[("Lediga jobb", "/lediga-jobb/"), ("Sammanträden", "/kommun-och-politik/sammantraden-och-protokoll/")],
    drift="Inga driftstörningar", news=n09,
    inner={
        "/kontakt/": ("kontakt.html", "Kontakt", """<p>Kommunens växel: 08-465 004 80 (vardagar 8.00–16.00)<br>E-post: kommunen@klovertorp.example</p>
<p>Vi har tyvärr ingen bemannad reception. Ring växeln så bokar vi in ett besök hos rätt tjänsteperson.</p>""", ""),
        "/bygga-bo-och-miljo/bygglovsservice/": ("bygglovsservice.html", "Bygglovsservice", """<p>Bygglovsservice svarar på frågor om bygglov, marklov och anmälan. Telefontid tisdag och torsdag 9–11 på 08-465 004 85.</p>
<p>Enhetschef bygg: Maria Sandberg</p>""", ""),
        "/nyheter/": ("nyheter.html", "Nyheter", nyheter_page(n09), ""),
    },
    hits={"kontaktcenter": []},
))
