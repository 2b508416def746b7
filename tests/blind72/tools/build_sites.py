"""Typing aid that wrote tests/blind72/sites/ (the files are the corpus; labels.csv is hand-written).

    python3 tests/blind72/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from chrome import render  # noqa: E402
from common import front_main, inner, news_pages, search_template, standard_pages  # noqa: E402

OUT = HERE.parent / "sites"

LATIN1 = "text/html; charset=iso-8859-1"


def base(code, kommun, lan_kod, lan, family, domain, vaxel, orgnr, postnr, ort_addr, besok, **kw):
    S = {"kommunkod": code, "kommun": kommun, "kommunnamn": kw.pop("kommunnamn", f"{kommun} kommun"),
         "lan_kod": lan_kod, "lan": lan, "family": family, "vaxel": vaxel, "epost": f"kommun@{domain}",
         "orgnr": orgnr, "postadress": ort_addr, "postnr": postnr, "ort": kommun, "besoksadress": besok,
         "search": {"path": "/sok/", "param": "q"}, "hits": {}, "redirects": {}, "pages": {}}
    S.update(kw)
    return S


SITES: list[dict] = []

# ------------------------------------------------------------------ 8071 Alvkärra (semantic) -> 5
S = base("8071", "Alvkärra", "01", "Stockholms län", "semantic", "alvkarra.se", "08-465 004 00", "212000-8071",
         "999 71", "Box 71", "Torggatan 3, Alvkärra",
         topbar=[("Kontakta oss", "/kontakta-oss/", "")],
         menu_top_add=[("Kontaktcenter", "/kontaktcenter/")],
         hero_cards=[("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/"), ("Förskola", "/barn-och-utbildning/forskola/"),
                     ("Felanmälan", "/trafik-och-gator/felanmalan/"), ("Avfall och återvinning", "/bygga-bo-och-miljo/avfall-och-atervinning/")],
         news=[{"slug": "kontaktcenter-oppet-langre-i-december", "title": "Kontaktcenter har öppet längre i december",
                "date": "2026-11-30", "lead": "Under december har Kontaktcenter öppet till 18.00 på torsdagar.",
                "body": "<p>Många hör av sig till oss inför årsskiftet om fakturor och avgifter. Därför har Kontaktcenter öppet längre på torsdagar under hela december.</p>"},
               {"slug": "ny-forskola-i-norrby", "title": "Ny förskola i Norrby klar i vår",
                "date": "2026-11-21", "lead": "Förskolan Lärkan får plats för 120 barn.",
                "body": "<p>Bygget av förskolan Lärkan går enligt plan och verksamheten flyttar in i april.</p>"},
               {"slug": "julbelysning-pa-torget", "title": "Julbelysningen tänds på torget",
                "date": "2026-11-15", "lead": "Första advent tänds den nya julbelysningen.",
                "body": "<p>Kommunen har bytt till LED-belysning som drar en tiondel så mycket el.</p>"}],
         hits={"kontaktcenter": ["/kontaktcenter/"], "kontakta oss": ["/kontakta-oss/"]})
S["pages"]["/kontaktcenter/"] = ("Kontaktcenter", inner("Kontaktcenter", """
<p class="lead">Kontaktcenter är kommunens första kontakt för dig som bor, arbetar eller driver företag i Alvkärra.
Vi svarar direkt på de flesta frågor och ser till att ditt ärende kommer rätt när vi inte kan lösa det på en gång.</p>
<h2>Det här kan vi hjälpa dig med</h2>
<div class="accordion">
<details><summary>Avfall och återvinning</summary><p>Hämtningsschema, byte av kärlstorlek, extra tömning, slamtömning och öppettider på återvinningscentralen.</p></details>
<details><summary>Förskola och skola</summary><p>Ansökan om förskoleplats, skolval, skolskjuts och frågor om barnomsorgsavgiften.</p></details>
<details><summary>Bygglov och bygglovsfrågor</summary><p>Vilka handlingar du behöver, om du behöver bygglov för altan eller friggebod och hur lång handläggningstiden är.</p></details>
<details><summary>Parkering, gator och snöröjning</summary><p>Parkeringstillstånd, felanmälan av gatubelysning och hål i vägen, snöröjning.</p></details>
<details><summary>Äldreomsorg och hemtjänst</summary><p>Hur du ansöker om hemtjänst eller trygghetslarm och vad det kostar.</p></details>
<details><summary>Fakturor och avgifter</summary><p>Frågor om fakturor från kommunen, autogiro och e-faktura.</p></details>
</div>
<h2>Så når du oss</h2>
<ul class="contact-list">
<li>Ring oss på <a href="tel:+46846500410">08-465 004 10</a></li>
<li><button class="chat-button" type="button">Chatta med oss</button></li>
<li>Besök oss i Medborgarhuset, Torggatan 3</li>
</ul>
<table class="hours"><caption>Öppettider och telefontider</caption>
<tr><th>Måndag–torsdag</th><td>8.00–17.00</td></tr><tr><th>Fredag</th><td>8.00–15.00</td></tr>
<tr><th>Lunch</th><td>Vi har öppet hela dagen</td></tr></table>
<h2>Vi som arbetar på Kontaktcenter</h2>
<div class="cards">
<div class="contact-card"><img src="/bilder/personal/karin-holm.jpg" alt="Karin Holm" width="120" height="120">
<p class="name">Karin Holm</p><p class="title">Kontaktcenterchef</p></div>
<div class="contact-card"><img src="/bilder/personal/jonas-wik.jpg" alt="Jonas Wik" width="120" height="120">
<p class="name">Jonas Wik</p><p class="title">Kommunvägledare</p></div>
<div class="contact-card"><img src="/bilder/personal/fatima-rahimi.jpg" alt="Fatima Rahimi" width="120" height="120">
<p class="name">Fatima Rahimi</p><p class="title">Kommunvägledare</p></div>
<div class="contact-card"><img src="/bilder/personal/leo-sandberg.jpg" alt="Leo Sandberg" width="120" height="120">
<p class="name">Leo Sandberg</p><p class="title">Kommunvägledare</p></div>
</div>
<h2>Synpunkter och klagomål</h2>
<p>Vill du lämna en synpunkt på kommunens verksamhet tar vi gärna emot den och lämnar den vidare till rätt förvaltning.</p>
""", editor="Sidansvarig: Elin Sand, webbredaktör"))
S["pages"]["/kontakta-oss/"] = ("Kontakta oss", inner("Kontakta oss", """
<p>Här hittar du vägarna in till Alvkärra kommun.</p>
<h2>Allmänna frågor</h2><p>Har du frågor om kommunens verksamhet? Vänd dig till <a href="/kontaktcenter/">Kontaktcenter</a>.</p>
<h2>Press</h2><p>Journalister når kommunens presstjänst på 08-465 004 05.</p>
<h2>Registrator</h2><p>Handlingar till kommunen skickar du till registrator@alvkarra.se.</p>"""))

SITES.append(S)

# ------------------------------------------------------------------ 8072 Bergsvreta (soup) -> 4 (e0)
S = base("8072", "Bergsvreta", "14", "Västra Götalands län", "soup", "bergsvreta.se", "031-390 06 00", "212000-8072",
         "999 72", "Box 72", "Stationsgatan 8, Bergsvreta",
         topbar=[("Kontakt", "/kontakt/", "")],
         hero_cards=[("Kundcenter – vi hjälper dig vidare", "/kundcenter/"), ("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/"),
                     ("Förskola och skola", "/barn-och-utbildning/"), ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning/")],
         news=[{"slug": "nytt-vattenverk", "title": "Bygget av nya vattenverket startar",
                "date": "2026-11-28", "lead": "Det nya vattenverket ska stå klart 2029.",
                "body": "<p>Kommunfullmäktige har beslutat att bygga ett nytt vattenverk vid Västersjön.</p>"},
               {"slug": "sportlov-2027", "title": "Sportlovsprogrammet är klart",
                "date": "2026-11-20", "lead": "Gratis aktiviteter för alla barn under sportlovet.",
                "body": "<p>Programmet finns på biblioteken och på fritidsgårdarna.</p>"},
               {"slug": "snorojning-i-vinter", "title": "Så fungerar snöröjningen i vinter",
                "date": "2026-11-12", "lead": "Huvudgator och gång- och cykelvägar prioriteras.",
                "body": "<p>Kommunen plogar när det har kommit åtta centimeter snö.</p>"}],
         hits={"kundcenter": ["/kundcenter/"], "kontakt": ["/kontakt/"]})
S["pages"]["/kundcenter/"] = ("Kundcenter", inner("Kundcenter", """
<p class="ingress">Kundcenter svarar på frågor om det mesta som kommunen gör.</p>
<p>Hos oss kan du till exempel få svar på frågor om sophämtning och slamtömning, ansöka om plats i förskola och
fritidshem, beställa parkeringstillstånd för rörelsehindrade, boka lokaler i skolor och idrottshallar, göra en
felanmälan om gatubelysning eller få hjälp att fylla i en e-tjänst. Kan vi inte svara direkt tar vi reda på det
och återkommer, eller kopplar dig till en handläggare på rätt förvaltning.</p>
<div class="t4"><div class="t4h">Kontakta Kundcenter</div>
<div class="t4r">Telefon: 031-390 06 20</div>
<div class="t4r">E-post: kundcenter[at]bergsvreta.se</div>
<div class="t4r">Telefontid: måndag–fredag 8.00–16.30, lunchstängt 12.00–13.00</div></div>
<h2>Frågor om bygglov</h2>
<p>Frågor om ett bygglovsärende som redan handläggs besvaras av bygglovsenheten.
Enhetschef för bygglovsenheten: Tobias Rehn.</p>
<h2>Om Kundcenter</h2>
<p>Kundcenter finns i kommunhuset och är en del av kommunstyrelseförvaltningen. Hos oss arbetar sju
servicehandläggare. Kommundirektör Lena Sund är ytterst ansvarig för förvaltningens verksamhet.</p>
<p>Kundcenter inrättades 2021 efter ett beslut i kommunstyrelsen. – Vi vill att det ska vara enkelt att få svar
från kommunen, säger kommunstyrelsens ordförande Ulf Rask (M).</p>
""", editor="Sidansvarig: Mats Ny, webbredaktör"))
S["pages"]["/kontakt/"] = ("Kontakt", inner("Kontakt", """
<p>Kommunens växel har öppet vardagar 7.30–16.30.</p>
<p>Vill du ha hjälp med en fråga? Vänd dig till <a href="/kundcenter/">Kundcenter</a>.</p>
<p>Registrator: registrator@bergsvreta.se</p>"""))
SITES.append(S)

# ------------------------------------------------------------------ 8073 Dalmyra (sitevision) -> 5
SVC73 = "/kommun-och-politik/medborgarservice.4.3a7f1b.html"
ORG73 = "/kommun-och-politik/organisation/kommunledningskontoret.4.1b2c3d.html"
FORM73 = "/kommun-och-politik/medborgarservice/kontaktformular.4.3a7f1c.html"
S = base("8073", "Dalmyra", "20", "Dalarnas län", "sitevision", "dalmyra.se", "0980-319 200", "212000-8073",
         "999 73", "Box 73", "Kyrkogatan 12, Dalmyra",
         topbar=[("Medborgarservice", "/medborgarservice", "")],
         menu_add=[("kommun-och-politik", "Medborgarservice", SVC73, 0)],
         hero_cards=[("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/"),
                     ("Skolval", "/barn-och-utbildning/grundskola/"), ("Evenemang", "/kultur-och-fritid/evenemang/")],
         news=[{"slug": "budget-2027", "title": "Kommunfullmäktige har antagit budget för 2027",
                "date": "2026-11-26", "lead": "Skolan och äldreomsorgen får mer pengar nästa år.",
                "body": "<p>Budgeten antogs med röstsiffrorna 31–20.</p>"},
               {"slug": "skidspar-oppnar", "title": "Elljusspåret öppnar när snön kommer",
                "date": "2026-11-19", "lead": "Spåret vid Myrbacken prepareras så fort det finns snö.",
                "body": "<p>Följ spårrapporten på webbplatsen.</p>"},
               {"slug": "ny-bro-over-dalalven", "title": "Gång- och cykelbron invigs",
                "date": "2026-11-10", "lead": "Nu är det lättare att cykla till centrum.",
                "body": "<p>Bron är 120 meter lång och har belysning hela vägen.</p>"}],
         redirects={"/medborgarservice": [SVC73, 301]},
         hits={"medborgarservice": [SVC73]})
S["pages"][SVC73] = ("Medborgarservice", inner("Medborgarservice", f"""
<div class="sv-text-portlet"><p class="sv-font-ingress">Medborgarservice i Medborgarhuset är din väg in till kommunen.
Vi tar emot dina frågor, hjälper dig med e-tjänster och blanketter och lämnar vidare det vi inte kan lösa själva.</p></div>
<div class="sv-tabs" role="tablist" aria-label="Om Medborgarservice">
<button role="tab" id="tab1" aria-selected="true" aria-controls="panel1">Vanliga ärenden</button>
<button role="tab" id="tab2" aria-selected="false" aria-controls="panel2">Blanketter</button>
<button role="tab" id="tab3" aria-selected="false" aria-controls="panel3">Tolk och språk</button>
</div>
<div class="sv-tab-panel" role="tabpanel" id="panel1" aria-labelledby="tab1">
<p>Vi hjälper dig bland annat med</p>
<ul><li>ansökan om plats i förskola och fritidshem</li><li>frågor om avgifter för barnomsorg och äldreomsorg</li>
<li>avfallshämtning och beställning av extra tömning</li><li>parkeringstillstånd och färdtjänst</li>
<li>bokning av idrottshallar och föreningslokaler</li></ul>
</div>
<div class="sv-tab-panel" role="tabpanel" id="panel2" aria-labelledby="tab2" hidden>
<p>Hos oss kan du hämta och lämna de flesta av kommunens blanketter.</p></div>
<div class="sv-tab-panel" role="tabpanel" id="panel3" aria-labelledby="tab3" hidden>
<p>Behöver du tolk när du besöker oss? Säg till när du bokar tid.</p></div>
<div class="sv-text-portlet contact-box"><h2>Besök och kontakt</h2>
<p>Besöksadress: Medborgarhuset, Kyrkogatan 12, Dalmyra</p>
<table><caption>Öppettider</caption><tr><th>Måndag–fredag</th><td>9.00–16.00</td></tr><tr><th>Torsdag</th><td>9.00–18.00</td></tr></table>
<p><a href="{FORM73}">Skicka ett meddelande till Medborgarservice</a> via vårt kontaktformulär.</p></div>
<h2>Om oss</h2>
<p>Medborgarservice är en del av kommunledningskontoret. <a href="{ORG73}">Så är kommunledningskontoret organiserat</a>.</p>
""", [("Kommun och politik", "/kommun-och-politik/"), ("Medborgarservice", "")], editor="Sidansvarig: Webbredaktionen"))
S["pages"][FORM73] = ("Kontaktformulär", inner("Kontaktformulär", """
<p>Fyll i formuläret så svarar vi inom två arbetsdagar. Skriv inte känsliga personuppgifter.</p>
<form class="sv-form" action="/kommun-och-politik/medborgarservice/tack/" method="post">
<p><label for="namn">Namn</label><br><input id="namn" name="namn"></p>
<p><label for="ep">E-post</label><br><input id="ep" name="epost" type="email"></p>
<p><label for="fr">Din fråga</label><br><textarea id="fr" name="fraga"></textarea></p>
<p><button type="submit">Skicka</button></p></form>""",
    [("Kommun och politik", "/kommun-och-politik/"), ("Medborgarservice", SVC73), ("Kontaktformulär", "")]))
S["pages"][ORG73] = ("Kommunledningskontoret", inner("Kommunledningskontoret", """
<p>Kommunledningskontoret stödjer kommunstyrelsen och samordnar kommunens övergripande arbete.</p>
<table class="sv-table"><caption>Ledning och enheter</caption>
<tr><th>Enhet</th><th>Funktion</th><th>Namn</th></tr>
<tr><td>Kommunledningskontoret</td><td>Kommundirektör</td><td>Gunnel Ask</td></tr>
<tr><td>Kommunikationsavdelningen</td><td>Kommunikationschef</td><td>Pär Lindh</td></tr>
<tr><td>Medborgarservice</td><td>Verksamhetschef</td><td>Hanna Strand</td></tr>
<tr><td>Ekonomiavdelningen</td><td>Ekonomichef</td><td>Rasmus Öberg</td></tr>
<tr><td>Kansliet</td><td>Kanslichef</td><td>Ida Falk</td></tr>
</table>""", [("Kommun och politik", "/kommun-och-politik/"), ("Organisation", "/kommun-och-politik/organisation/"), ("Kommunledningskontoret", "")]))
SITES.append(S)

# ------------------------------------------------------------------ 8074 Fågelsta (municipio) -> 3 (c0 d0)
S = base("8074", "Fågelsta", "05", "Östergötlands län", "municipio", "fagelsta.se", "040-628 04 00", "212000-8074",
         "999 74", "Box 74", "Rådhustorget 1, Fågelsta",
         search={"path": "/", "param": "s"},
         topbar=[("Kontakt", "/kontakt/", "")],
         menu_add=[("kommun-och-politik", "Servicecenter", "/servicecenter/", 0)],
         hero_cards=[("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/"), ("Förskola", "/barn-och-utbildning/forskola/"),
                     ("Bygglov", "/bygga-bo-och-miljo/bygglov/"), ("Bibliotek", "/kultur-och-fritid/bibliotek/")],
         news=[{"slug": "nya-busslinjer", "title": "Nya busslinjer från januari",
                "date": "2026-11-27", "lead": "Linje 4 får fler turer till industriområdet.",
                "body": "<p>Tidtabellerna finns hos kollektivtrafikbolaget.</p>"},
               {"slug": "medborgardialog-parken", "title": "Tyck till om den nya parken",
                "date": "2026-11-18", "lead": "Lämna dina idéer senast 15 december.",
                "body": "<p>Kommunen bjuder in till samtal i biblioteket.</p>"},
               {"slug": "badhuset-renoveras", "title": "Badhuset stänger för renovering",
                "date": "2026-11-05", "lead": "Badhuset är stängt från februari till augusti.",
                "body": "<p>Under tiden kan skolorna använda simhallen i grannkommunen.</p>"}],
         hits={"servicecenter": ["/servicecenter/"], "kontakt": ["/kontakt/"]})
S["pages"]["/servicecenter/"] = ("Servicecenter", inner("Servicecenter", """
<p class="lead">På Servicecenter får du hjälp med många av kommunens tjänster.</p>
<h2>Vi hjälper dig med</h2>
<ul><li>Ansökan om förskoleplats och byte av skola</li><li>Frågor om sophämtning och latrinhämtning</li>
<li>Felanmälan av gatubelysning och vägar</li><li>Bokning av föreningslokaler</li>
<li>Frågor om din ansökan om bygglov</li></ul>
<h2>Ställ din fråga</h2>
<p>Skicka din fråga till Servicecenter via vårt <a href="/servicecenter/kontaktformular/">kontaktformulär</a>,
så svarar vi inom två arbetsdagar.</p>
<p>Just nu tar Servicecenter inte emot besök eller telefonsamtal, eftersom vi flyttar till nya lokaler och byter
telefonsystem. Vi meddelar här när vi öppnar igen.</p>
<h2>Medarbetare på Servicecenter</h2>
<table class="c-table"><thead><tr><th>Namn</th><th>Roll</th></tr></thead><tbody>
<tr><td>Johan Ahl</td><td>Servicechef</td></tr>
<tr><td>Sara Berg</td><td>Servicehandläggare</td></tr>
<tr><td>Ali Demir</td><td>Servicehandläggare</td></tr>
<tr><td>Moa Ek</td><td>Servicehandläggare</td></tr>
</tbody></table>
""", [("Kommun och politik", "/kommun-och-politik/"), ("Servicecenter", "")]))
S["pages"]["/servicecenter/kontaktformular/"] = ("Ställ en fråga", inner("Ställ en fråga", """
<form class="c-form" action="/servicecenter/skickat/" method="post">
<p><label for="n">Namn</label><input id="n" name="namn"></p>
<p><label for="e">E-post</label><input id="e" name="epost" type="email"></p>
<p><label for="m">Meddelande</label><textarea id="m" name="meddelande"></textarea></p>
<p><button class="c-button" type="submit">Skicka</button></p></form>""",
    [("Servicecenter", "/servicecenter/"), ("Kontaktformulär", "")]))
S["pages"]["/kontakt/"] = ("Kontakt", inner("Kontakt", """
<p>Du når kommunens växel vardagar 8.00–16.00.</p>
<p>Har du en fråga om kommunens tjänster? <a href="/servicecenter/">Läs om Servicecenter</a>.</p>
<p>Fakturafrågor: ekonomi@fagelsta.se</p>"""))
SITES.append(S)

# ------------------------------------------------------------------ 8075 Gransjövik (bootstrap) -> 0
SFF = "/naringsliv-och-arbete/servicecenter-for-foretag/"
S = base("8075", "Gransjövik", "22", "Västernorrlands län", "bootstrap", "gransjovik.se", "0980-319 240", "212000-8075",
         "999 75", "Box 75", "Stadshuset, Storgatan 20, Gransjövik",
         kommunnamn="Gransjöviks kommun",
         menu_add=[("naringsliv-och-arbete", "Servicecenter för företag", SFF, 0)],
         menu_top_add=[("Kontakta oss", "/kontakta-oss/")],
         hero_cards=[("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/"), ("Kontakta oss", "/kontakta-oss/"),
                     ("Förskola", "/barn-och-utbildning/forskola/"), ("Felanmälan", "/trafik-och-gator/felanmalan/")],
         footer_extra='<div class="col-md-4"><p>Gransjö Energi AB – kundtjänst: 0980-319 249</p></div>',
         news=[{"slug": "skatteverkets-servicekontor-flyttar", "title": "Skatteverkets servicekontor flyttar till Storgatan",
                "date": "2026-11-25", "lead": "Statens servicekontor öppnar i nya lokaler i mars.",
                "body": "<p>Statens servicekontor, där Skatteverket, Försäkringskassan och Pensionsmyndigheten finns, flyttar till Storgatan 14.</p>"},
               {"slug": "ny-matsal-hagaskolan", "title": "Hagaskolan får ny matsal",
                "date": "2026-11-17", "lead": "Matsalen byggs om under sommarlovet.",
                "body": "<p>Eleverna äter i idrottshallen under byggtiden.</p>"},
               {"slug": "gransjo-energi-kundtjanst", "title": "Gransjö Energi AB:s kundtjänst får nya öppettider",
                "date": "2026-11-09", "lead": "Energibolagets kundtjänst öppnar en timme tidigare.",
                "body": "<p>Gransjö Energi AB:s kundtjänst svarar på frågor om fjärrvärme och elnät vardagar 7–16. Kundtjänstchef på Gransjö Energi AB är Oskar Bly.</p>"}],
         hits={"kontakta oss": ["/kontakta-oss/"], "servicecenter för företag": [SFF]})
S["pages"]["/kontakta-oss/"] = ("Kontakta oss", inner("Kontakta oss", """
<p class="lead">Du kan alltid vända dig till kommunens växel med frågor om skola, omsorg, avfall och bygglov.
Växeln kopplar dig vidare till rätt handläggare.</p>
<div class="row"><div class="col-md-6"><h2>Växel</h2>
<p>Telefon: <a href="tel:+46980319240">0980-319 240</a><br>Vardagar 7.30–16.30</p></div>
<div class="col-md-6"><h2>Reception</h2><p>Stadshuset, Storgatan 20<br>Öppet vardagar 8.00–16.00</p>
<p>E-post: kommun@gransjovik.se</p></div></div>
<p>Kommunikationschef Eva Ny ansvarar för kommunens växel och reception.</p>
<h2>Företagare</h2><p>Är du företagare? Vänd dig till <a href="/naringsliv-och-arbete/servicecenter-for-foretag/">Servicecenter för företag</a>.</p>
"""))
S["pages"][SFF] = ("Servicecenter för företag", inner("Servicecenter för företag", """
<p class="lead">Servicecenter för företag är din väg in till kommunen när du driver eller vill starta företag.</p>
<p>Vi hjälper dig med tillstånd för servering, bygglov för verksamhetslokaler, livsmedelsregistrering och upphandling.</p>
<p>Telefon: <a href="tel:+46980319245">0980-319 245</a><br>E-post: foretag@gransjovik.se<br>Telefontid vardagar 8–16</p>
<p>Enhetschef för Servicecenter för företag: Linnea Dahl</p>""",
    [("Näringsliv och arbete", "/naringsliv-och-arbete/"), ("Servicecenter för företag", "")]))
SITES.append(S)

# ------------------------------------------------------------------ 8076 Hedelunda (drupal) -> 1 (a only)
SVC76 = "/kommun-och-politik/organisation/kundtjanst/"
ORG76 = "/kommun-och-politik/organisation/"
S = base("8076", "Hedelunda", "03", "Uppsala län", "drupal", "hedelunda.se", "08-465 004 60", "212000-8076",
         "999 76", "Box 76", "Kommunhuset, Långgatan 2, Hedelunda",
         topbar=[("Kontakt", "/kontakt/", "")],
         hero_cards=[("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/"), ("Förskola", "/barn-och-utbildning/forskola/"),
                     ("Avfall", "/bygga-bo-och-miljo/avfall-och-atervinning/"), ("Kommun och politik", "/kommun-och-politik/")],
         news=[{"slug": "ny-gang-och-cykelvag", "title": "Ny gång- och cykelväg till Åby",
                "date": "2026-11-24", "lead": "Den nya vägen blir klar till sommaren.",
                "body": "<p>Vägen blir 3,2 kilometer lång.</p>"},
               {"slug": "kommunfullmaktige-december", "title": "Kommunfullmäktige sammanträder 14 december",
                "date": "2026-11-22", "lead": "Mötet sänds direkt på webben.",
                "body": "<p>Handlingarna finns i mötesportalen.</p>"},
               {"slug": "hemtjanst-ny-app", "title": "Hemtjänsten testar ny app",
                "date": "2026-11-08", "lead": "Anhöriga kan följa besöken i appen.",
                "body": "<p>Appen testas i tre hemtjänstgrupper.</p>"}],
         hits={"kundtjänst": [SVC76], "kundtjanst": [SVC76], "kontakt": ["/kontakt/"]})
S["pages"]["/kommun-och-politik/"] = ("Kommun och politik", inner("Kommun och politik", f"""
<p>Här hittar du information om hur kommunen styrs och är organiserad.</p>
<ul class="link-list"><li><a href="/kommun-och-politik/kommunfullmaktige/">Kommunfullmäktige</a></li>
<li><a href="/kommun-och-politik/namnder/">Nämnder</a></li><li><a href="{ORG76}">Organisation</a></li>
<li><a href="/kommun-och-politik/budget-och-ekonomi/">Budget och ekonomi</a></li></ul>"""))
S["pages"][ORG76] = ("Organisation", inner("Organisation", f"""
<p>Kommunens verksamhet är organiserad i fyra förvaltningar under kommunstyrelsen och nämnderna.</p>
<h2>Kommunledningsförvaltningen</h2>
<p>Kommunledningsförvaltningen leds av kommundirektör Per Alm.</p>
<ul><li>Ekonomienheten – ekonomichef Rut Lind</li><li>HR-enheten – HR-chef Nils Ode</li>
<li>Kommunikationsenheten – kommunikationschef Maja Ros</li><li><a href="{SVC76}">Kundtjänst</a></li></ul>
<h2>Övriga förvaltningar</h2>
<ul><li>Barn- och utbildningsförvaltningen – förvaltningschef Tove Kask</li><li>Socialförvaltningen – socialchef Erik Holt</li>
<li>Samhällsbyggnadsförvaltningen – samhällsbyggnadschef Amra Begić</li></ul>""",
    [("Kommun och politik", "/kommun-och-politik/"), ("Organisation", "")]))
S["pages"][SVC76] = ("Kundtjänst", inner("Kundtjänst", """
<p class="lead">Vi svarar på frågor om kommunen och kommunens service.</p>
<p>Ingen fråga är för liten – hör av dig om du undrar något, så hjälper vi dig vidare. Vi finns här för dig.</p>
<div class="block-contact"><h2>Kontakta Kundtjänst</h2>
<p>Telefon: <a href="tel:+46846500461">08-465 004 61</a><br>E-post: <a href="mailto:kundtjanst@hedelunda.se">kundtjanst@hedelunda.se</a></p></div>
<h2>Om Kundtjänst</h2>
<p>Kundtjänst är en del av kommunledningsförvaltningen. Dina frågor besvaras av våra handläggare.
Kontaktperson för Kundtjänst: Siv Berg, handläggare.</p>""",
    [("Kommun och politik", "/kommun-och-politik/"), ("Organisation", ORG76), ("Kundtjänst", "")]))
S["pages"]["/kontakt/"] = ("Kontakt", inner("Kontakt", """
<p>Kommunens växel: 08-465 004 60, vardagar 8.00–16.30.</p><p>E-post: kommun@hedelunda.se</p>
<p>Postadress: Hedelunda kommun, Box 76, 999 76 Hedelunda</p>"""))
SITES.append(S)

# ------------------------------------------------------------------ 8077 Korpnäs (table, Latin-1) -> 3 (b0 c0)
SVC77 = "/kommun-och-politik/invanarservice.asp"
FORM77 = "/kommun-och-politik/invanarservice-formular.asp"
S = base("8077", "Korpnäs", "25", "Norrbottens län", "table", "korpnas.se", "0980-319 260", "212000-8077",
         "999 77", "Box 77", "Kommunalhuset, Älvgatan 5, Korpnäs",
         topbar=[("Kontakt", "/kontakt.asp", "")],
         hero_cards=[("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/"), ("Snöröjning", "/trafik-och-gator/snorojning/"),
                     ("Förskola", "/barn-och-utbildning/forskola/"), ("Kommun och politik", "/kommun-och-politik.asp")],
         news=[{"slug": "norrsken-over-korpnas", "title": "Norrskensvandring i Älvparken",
                "date": "2026-11-29", "lead": "Guidad vandring varje fredag i januari.",
                "body": "<p>Samling vid kulturhuset klockan 19.</p>"},
               {"slug": "skoterleder-oppnar", "title": "Skoterlederna öppnar",
                "date": "2026-11-23", "lead": "Lederna öppnar när snödjupet räcker.",
                "body": "<p>Leddragningen är densamma som förra vintern.</p>"},
               {"slug": "fjarrvarme-utbyggnad", "title": "Fjärrvärmen byggs ut i Norrby",
                "date": "2026-11-14", "lead": "Arbetet pågår till och med juni.",
                "body": "<p>Vissa gator stängs av under arbetet.</p>"}],
         redirects={"/": ["/start.asp", 302]},
         hits={"invånarservice": [SVC77], "invanarservice": [SVC77], "kontakt": ["/kontakt.asp"]})
S["pages"]["/kommun-och-politik.asp"] = ("Kommun och politik", inner("Kommun och politik", f"""
<p>Här finns information om kommunens politik, organisation och service.</p>
<table cellpadding="4"><tr><td><a href="/kommun-och-politik/kommunfullmaktige/">Kommunfullmäktige</a></td>
<td><a href="/kommun-och-politik/namnder/">Nämnder och styrelser</a></td></tr>
<tr><td><a href="{SVC77}">Invånarservice</a></td><td><a href="/kommun-och-politik/allmanna-handlingar/">Allmänna handlingar</a></td></tr></table>"""))
S["pages"][SVC77] = ("Invånarservice", inner("Invånarservice", f"""
<p><b>Invånarservice tar emot dina frågor om allt från bygglov och hemtjänst till snöröjning och skolskjuts.</b></p>
<p>Vi hjälper dig också att hitta rätt blankett, att boka tid för vigsel och att anmäla fel på gatubelysning.
Det vi inte kan svara på lämnar vi vidare till rätt handläggare.</p>
<table width="100%" cellpadding="6" border="0" bgcolor="#f4f7fa"><tr><td valign="top">
<font size="2"><b>Så når du oss</b><br>
Skriv till oss i <a href="{FORM77}">kontaktformuläret</a><br>
<button type="button" class="chatt">Chatta med Invånarservice</button><br>
E-post: <a href="mailto:invanarservice@korpnas.se">invanarservice@korpnas.se</a></font></td></tr></table>
<p><b>Kontaktpersoner</b></p>
<table cellpadding="6" border="0"><tr>
<td valign="top"><img src="/bilder/personal/amir-saleh.jpg" alt="Porträtt av Amir Saleh" width="100" height="120"></td>
<td valign="top"><font size="2"><b>Amir Saleh</b><br>Chef för Invånarservice</font></td>
<td valign="top"><img src="/bilder/personal/eva-niemi.jpg" alt="Porträtt av Eva Niemi" width="100" height="120"></td>
<td valign="top"><font size="2"><b>Eva Niemi</b><br>Kommunvägledare</font></td>
</tr></table>""", [("Kommun och politik", "/kommun-och-politik.asp"), ("Invånarservice", "")]))
S["pages"][FORM77] = ("Kontaktformulär", inner("Kontaktformulär", """
<form action="/kommun-och-politik/skicka.asp" method="post"><table>
<tr><td>Namn</td><td><input name="namn"></td></tr><tr><td>E-post</td><td><input name="epost"></td></tr>
<tr><td>Fråga</td><td><textarea name="fraga"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Skicka"></td></tr></table></form>""",
    [("Kommun och politik", "/kommun-och-politik.asp"), ("Invånarservice", SVC77), ("Kontaktformulär", "")]))
S["pages"]["/kontakt.asp"] = ("Kontakt", inner("Kontakt", """
<p>Växel: 0980-319 260 (vardagar 8.00–16.00)</p><p>E-post: kommun@korpnas.se</p>
<p>Besöksadress: Kommunalhuset, Älvgatan 5</p>"""))
SITES.append(S)

# ------------------------------------------------------------------ 8078 Lommeby (custom elements) -> 5
ICON78 = ('<x-icons><a href="/kontaktcenter/" class="x-icon" aria-label="Kontaktcenter">'
          '<svg aria-hidden="true" width="24" height="24" viewBox="0 0 24 24"><path d="M2 4h20v14H6l-4 4z"/></svg></a>'
          '<a href="/e-tjanster/" class="x-icon" aria-label="E-tjänster"><svg aria-hidden="true" width="24" height="24"><rect width="20" height="20"/></svg></a></x-icons>')
S = base("8078", "Lommeby", "12", "Skåne län", "custom", "lommeby.se", "040-628 04 20", "212000-8078",
         "999 78", "Box 78", "Stortorget 2, Lommeby",
         header_icons=ICON78,
         hero_cards=[("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/"), ("Förskola", "/barn-och-utbildning/forskola/"),
                     ("Bygglov", "/bygga-bo-och-miljo/bygglov/"), ("Badplatser", "/kultur-och-fritid/idrott-och-motion/")],
         news=[{"slug": "cykelbana-till-stranden", "title": "Cykelbanan till stranden är klar",
                "date": "2026-11-27", "lead": "Nu kan du cykla hela vägen till Lommeby strand.",
                "body": "<p>Cykelbanan är belyst och snöröjs i vinter.</p>"},
               {"slug": "matavfall-alla-hushall", "title": "Alla hushåll ska sortera matavfall",
                "date": "2026-11-16", "lead": "Bruna papperspåsar delas ut i december.",
                "body": "<p>Påsarna hämtas med det vanliga sopkärlet.</p>"},
               {"slug": "kulturnatt", "title": "Kulturnatten lockade 4 000 besökare",
                "date": "2026-11-02", "lead": "Rekordmånga besökte kulturnatten.",
                "body": "<p>Nästa kulturnatt blir i oktober 2027.</p>"}],
         topbar=[("Kontakt", "/kontakt/", "")],
         hits={"kontaktcenter": ["/kontaktcenter/"], "kontakt": ["/kontakt/"]})
S["pages"]["/kontaktcenter/"] = ("Kontaktcenter", inner("Kontaktcenter", """
<x-lead><p>Kontaktcenter svarar på dina frågor om kommunens verksamheter – snabbt och på ett ställe.</p></x-lead>
<h2>Vanliga frågor till Kontaktcenter</h2>
<x-faq>
<h3>När hämtas mitt hushållsavfall?</h3><p>Hämtningsdagen står i din tömningskalender. Vi kan också se den åt dig.</p>
<h3>Hur ansöker jag om plats i förskolan?</h3><p>Du ansöker i e-tjänsten. Vi hjälper dig gärna om det blir fel.</p>
<h3>Var söker jag parkeringstillstånd för rörelsehindrade?</h3><p>Vi skickar blanketten till dig och svarar på frågor om handläggningen.</p>
<h3>Hur felanmäler jag en trasig gatlampa?</h3><p>Berätta för oss var lampan står, så skickar vi ärendet till gatuenheten.</p>
</x-faq>
<h2>Kontakta oss</h2>
<x-contact>
<p><button type="button" class="chat-start">Chatta med Kontaktcenter</button></p>
<p>E-post: kontaktcenter (at) lommeby.se</p>
<p>Telefon: 040-628 04 30<br>Telefontid: vardagar 8.00–16.00</p>
</x-contact>
<h2>Om Kontaktcenter</h2>
<p>Kontaktcentret leds av en kontaktcenterchef och har tio kommunvägledare som svarar i telefon, chatt och e-post.</p>
""", editor="Sidansvarig: Hugo Lind, webbredaktör"))
S["pages"]["/kontakt/"] = ("Kontakt", inner("Kontakt", """
<p>Växel: 040-628 04 20</p><p>Frågor om kommunens verksamheter besvaras av <a href="/kontaktcenter/">Kontaktcenter</a>.</p>
<p>Press: press@lommeby.se</p>"""))
SITES.append(S)

# ------------------------------------------------------------------ 8079 Mossberga (aria) -> 2 (c0 d0 e0)
SVC79 = "/kommun-och-politik/medborgarcenter/"
ORG79 = "/kommun-och-politik/organisation/"
S = base("8079", "Mossberga", "06", "Jönköpings län", "aria", "mossberga.se", "031-390 06 70", "212000-8079",
         "999 79", "Box 79", "Rådhusgatan 6, Mossberga",
         topbar=[("Kontakta oss", "/kontakta-oss/", "")],
         menu_add=[("kommun-och-politik", "Medborgarcenter", SVC79, 0)],
         menu_skip={"Organisation"},
         hero_cards=[("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/"), ("Skolskjuts", "/barn-och-utbildning/skolskjuts/"),
                     ("Bygglov", "/bygga-bo-och-miljo/bygglov/"), ("Föreningsliv", "/kultur-och-fritid/foreningsliv/")],
         news=[{"slug": "ny-idrottshall", "title": "Ny idrottshall i Mossberga",
                "date": "2026-11-26", "lead": "Hallen blir klar hösten 2027.",
                "body": "<p>Hallen får plats för 400 åskådare.</p>"},
               {"slug": "vinterkraftig-vaxtlighet", "title": "Träd beskärs längs Ågatan",
                "date": "2026-11-13", "lead": "Arbetet pågår under två veckor.",
                "body": "<p>Gatan är öppen men hastigheten sänks.</p>"},
               {"slug": "kommunens-webb-battre", "title": "Kommunens webbplats blir lättare att använda",
                "date": "2026-11-03", "lead": "Vi har frågat 300 invånare vad de saknar.",
                "body": "<p>Förbättringarna görs under våren.</p>"}],
         hits={"medborgarcenter": [SVC79], "kontakta oss": ["/kontakta-oss/"]})
S["pages"][SVC79] = ("Medborgarcenter", inner("Medborgarcenter", f"""
<p class="ingress">Hos Medborgarcenter kan du få hjälp med ansökan om färdtjänst och bostadsanpassning, frågor om
avgifter inom äldreomsorgen och att hitta rätt blankett för bygglov.</p>
<div class="chat-box"><h2>Chatta med oss</h2>
<p><button type="button" class="chat-open">Chatta med Medborgarcenter</button></p>
<p>Vi svarar i chatten så fort vi kan.</p></div>
<p>Medborgarcenter har tillfälligt stängt för besök, och vi har inget eget telefonnummer. Har du bråttom kan du ringa
kommunens växel och be att bli kopplad till rätt förvaltning.</p>
<h2>Varför Medborgarcenter?</h2>
<p>– Medborgarcenter gör det enklare för alla att få hjälp av kommunen, säger kommunstyrelsens ordförande Sven Ros (C),
som tog initiativ till verksamheten.</p>
<p><a href="{ORG79}">Läs om kommunens organisation</a></p>
""", [("Kommun och politik", "/kommun-och-politik/"), ("Medborgarcenter", "")], editor="Sidansvarig: Linn Frost, webbredaktör"))
S["pages"][ORG79] = ("Organisation", inner("Organisation", """
<p>Kommunens förvaltningar leds av kommundirektören tillsammans med förvaltningscheferna.</p>
<table><tr><th>Roll</th><th>Namn</th></tr>
<tr><td>Kommundirektör</td><td>Bo Ekwall</td></tr>
<tr><td>Kommunikationschef</td><td>Tove Ling</td></tr>
<tr><td>Enhetschef för växel och reception</td><td>Sami Nurmi</td></tr>
<tr><td>Ansvarig för synpunktshantering</td><td>Maria Ohlin, kvalitetsutvecklare</td></tr>
<tr><td>Socialchef</td><td>Jenny Skog</td></tr>
<tr><td>Skolchef</td><td>Anders Hed</td></tr></table>""",
    [("Kommun och politik", "/kommun-och-politik/"), ("Organisation", "")]))
S["pages"]["/kontakta-oss/"] = ("Kontakta oss", inner("Kontakta oss", f"""
<p>Växel: 031-390 06 70, vardagar 8.00–16.00. E-post: kommun@mossberga.se</p>
<div class="card"><a href="{SVC79}">Medborgarcenter</a></div>"""))
SITES.append(S)

# ------------------------------------------------------------------ 8080 Tranvreta (episerver) -> 0
BYGG80 = "/bygga-bo-och-miljo/bygglovsservice/"
S = base("8080", "Tranvreta", "17", "Värmlands län", "episerver", "tranvreta.se", "08-465 004 80", "212000-8080",
         "999 80", "Box 80", "Kommunhuset, Nygatan 1, Tranvreta",
         topbar=[("Kontakt", "/kontakt/", "")],
         menu_add=[("bygga-bo-och-miljo", "Bygglovsservice", BYGG80, 0)],
         hero_cards=[("Kontakta kommunen", "/kontakt/"), ("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/"),
                     ("Förskola", "/barn-och-utbildning/forskola/"), ("Felanmälan", "/trafik-och-gator/felanmalan/")],
         news=[{"slug": "tranvretabostader-kundcenter", "title": "Tranvretabostäders kundcenter öppnar i centrum",
                "date": "2026-11-28", "lead": "Det kommunala bostadsbolaget samlar sin service på Nygatan.",
                "body": "<p>Tranvretabostäder AB:s kundcenter tar emot hyresgästernas felanmälningar och frågor om hyran. Kundcenterchef på Tranvretabostäder AB är Emma Wall.</p>"},
               {"slug": "it-support-skolan", "title": "Ny IT-support för elever och lärare",
                "date": "2026-11-19", "lead": "Skolornas IT-support har fått ett nytt nummer.",
                "body": "<p>IT-support för skolorna nås på 08-465 004 89. Ansvarig för IT-support är IT-chef Mona Berg.</p>"},
               {"slug": "ny-vagbelysning", "title": "Ny vägbelysning på Storvägen",
                "date": "2026-11-07", "lead": "Arbetet påbörjas i januari.",
                "body": "<p>De gamla lamporna byts mot LED.</p>"}],
         hits={"kontakt": ["/kontakt/"], "bygglovsservice": [BYGG80]})
S["pages"]["/kontakt/"] = ("Kontakt", inner("Kontakt", """
<p class="lead">Här hittar du kontaktuppgifter till Tranvreta kommun.</p>
<h2>Växel och reception</h2>
<p>Växeln och receptionen hjälper dig med frågor om var du vänder dig om förskola, hemtjänst, avfall och bygglov
och kopplar dig till rätt handläggare.</p>
<p>Telefon: <a href="tel:+46846500480">08-465 004 80</a><br>Telefontid: vardagar 8.00–16.30<br>
Besöksadress: Kommunhuset, Nygatan 1</p>
<p>Enhetschef för växel och reception: Lars Frid</p>
<h2>Skicka ett meddelande</h2><p>E-post: kommun@tranvreta.se</p>"""))
S["pages"][BYGG80] = ("Bygglovsservice", inner("Bygglovsservice", """
<p>Bygglovsservice svarar på frågor om bygglov, marklov och rivningslov.</p>
<p>Telefon: 08-465 004 85, tisdagar och torsdagar 9–11.</p>
<p>Ansvarig för Bygglovsservice: bygglovschef Kent Ås.</p>""",
    [("Bygga, bo och miljö", "/bygga-bo-och-miljo/"), ("Bygglovsservice", "")]))
SITES.append(S)


# ------------------------------------------------------------------ writer

def build() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    for S in SITES:
        d = OUT / S["kommunkod"]
        d.mkdir(parents=True)
        latin = S["family"] == "table"
        enc = "iso-8859-1" if latin else "utf-8"
        pages_out: dict = {}

        def write(name: str, text: str, d: Path = d, enc: str = enc) -> None:
            (d / name).write_bytes(text.encode(enc, errors="xmlcharrefreplace"))

        def spec(name: str, latin: bool = latin):
            return {"file": name, "content_type": LATIN1} if latin else name

        front_path = "/start.asp" if latin else "/"
        write("index.html", render(S, "", front_main(S), front=True))
        pages_out[front_path] = spec("index.html")
        allp = {}
        allp.update(S["pages"])
        allp.update(news_pages(S))
        allp.update(standard_pages(S))
        for path, (title, main) in allp.items():
            name = path.strip("/").replace("/", "_").replace(".asp", "").replace(".html", "") or "index"
            name += ".html"
            write(name, render(S, title, main))
            pages_out[path] = spec(name)
        write("sok.html", search_template(S))
        sp = dict(S["search"])
        sp["hits"] = S["hits"]
        sp["template"] = spec("sok.html")
        m = {"kommunkod": S["kommunkod"], "kommun": S["kommun"], "lan_kod": S["lan_kod"], "lan": S["lan"],
             "family": S["family"], "pages": pages_out, "redirects": S["redirects"],
             "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
             "sitemap": list(pages_out), "search": sp, "front_status": S.get("front_status")}
        (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(S["kommunkod"], S["kommun"], len(pages_out), "pages")


if __name__ == "__main__":
    build()
