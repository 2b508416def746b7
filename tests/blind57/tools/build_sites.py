"""Typing aid that wrote tests/blind57/sites/ (the files are the corpus; labels are not generated).

    python3 tests/blind57/tools/build_sites.py

Ten fictional municipalities, kommunkod 9647-9656, ten markup families. Every site: top bar,
logo, GET search, six menu areas with sub-items (most 404 on purpose), hero, news, e-services,
events, jobs, A-Ö, footer (address, växel, e-mail, org.nr, tillgänglighetsredogörelse),
cookie banner. Content of the special pages is written out per site below.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SITES = HERE.parent / "sites"

AREAS = [
    ("Barn och utbildning", "barn-och-utbildning",
     ["Förskola", "Grundskola", "Gymnasium", "Vuxenutbildning", "Skolskjuts"]),
    ("Omsorg och stöd", "omsorg-och-stod",
     ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Ekonomiskt bistånd", "Färdtjänst"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo",
     ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa", "Detaljplaner"]),
    ("Kultur och fritid", "kultur-och-fritid",
     ["Bibliotek", "Idrott och motion", "Föreningar", "Evenemang", "Kulturskola"]),
    ("Näringsliv och arbete", "naringsliv-och-arbete",
     ["Starta företag", "Upphandling", "Lediga jobb", "Tillstånd", "Mark och lokaler"]),
    ("Kommun och politik", "kommun-och-politik",
     ["Organisation", "Politik och nämnder", "Budget och ekonomi", "Synpunkter", "Allmänna handlingar"]),
]

SLUG = str.maketrans({"å": "a", "ä": "a", "ö": "o", " ": "-", ",": ""})


def slug(s: str) -> str:
    return s.lower().translate(SLUG)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


# ---------------------------------------------------------------------------------------------
# site data
# ---------------------------------------------------------------------------------------------

def area_pages(s: dict) -> dict:
    """Area landing pages: a short intro and links (most 404 on purpose)."""
    out = {}
    for name, sl, subs in AREAS:
        items = "".join(f'<li><a href="/{sl}/{slug(x)}">{esc(x)}</a></li>' for x in subs)
        extra = s.get("area_extra", {}).get(sl, "")
        out[f"/{sl}/"] = (f"{sl}.html", name, f"""
<h1>{esc(name)}</h1>
<p class="lead">Här hittar du information om {esc(name.lower())} i {s['kommun']}s kommun.</p>
<ul class="arealist">{items}</ul>
{extra}
""")
    return out


def std_pages(s: dict) -> dict:
    k = s["kommun"]
    return {
        "/om-webbplatsen/tillganglighetsredogorelse": ("tillganglighet.html", "Tillgänglighetsredogörelse", f"""
<h1>Tillgänglighetsredogörelse</h1>
<p>{k}s kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.
Den här redogörelsen beskriver hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig
service, kända tillgänglighetsproblem och hur du kan rapportera brister till oss.</p>
<h2>Rapportera brister</h2>
<p>Kontakta webbredaktionen på <a href="mailto:webb@{s['dom']}">webb@{s['dom']}</a>.</p>
<h2>Tillsyn</h2><p>Myndigheten för digital förvaltning har ansvaret för tillsyn enligt lagen.</p>
<p class="updated">Redogörelsen uppdaterades den 3 mars 2026.</p>
"""),
        "/om-webbplatsen/kakor": ("kakor.html", "Kakor på webbplatsen", f"""
<h1>Kakor på webbplatsen</h1>
<p>På {esc(s['dom'])} använder vi kakor (cookies) för att webbplatsen ska fungera och för
besöksstatistik. Du kan när som helst ändra ditt val.</p>
<table class="cookies"><tr><th>Kaka</th><th>Syfte</th><th>Lagras</th></tr>
<tr><td>cookie_consent</td><td>Sparar ditt val</td><td>12 månader</td></tr>
<tr><td>_stat</td><td>Anonym besöksstatistik</td><td>13 månader</td></tr></table>
"""),
        "/nyheter/": ("nyheter.html", "Nyheter", "<h1>Nyheter</h1>\n<ul class=\"newslist\">" + "".join(
            f'<li><a href="{esc(n[1])}">{esc(n[0])}</a> <span class="date">{esc(n[3])}</span></li>'
            for n in s["news"]) + "</ul>"),
    }


def kontakt_generic(s: dict, title: str = "Kontakta oss", extra: str = "") -> str:
    return f"""
<h1>{esc(title)}</h1>
<p>Här hittar du kommunens kontaktuppgifter.</p>
<h2>Växel</h2>
<p>Telefon: {s['vaxel']}</p>
<h2>E-post</h2>
<p><a href="mailto:kommun@{s['dom']}">kommun@{s['dom']}</a> – skriv till registrator om du vill
lämna in en handling.</p>
<h2>Postadress</h2>
<p>{esc(s['kommun'])}s kommun, {esc(s['post'])}</p>
{extra}
"""


def news_page(title: str, date: str, body: str) -> str:
    return f"""
<article class="news-article">
<h1>{esc(title)}</h1>
<p class="date">Publicerad {esc(date)}</p>
{body}
</article>
"""


def site_9647() -> dict:  # Vassby, semantic: "Fråga Vassby – kommunens kontaktcenter"
    s = dict(kod="9647", kommun="Vassby", lan_kod="03", lan="Uppsala län", family="semantic",
             dom="vassby.se", vaxel="08-465 004 00", post="Box 1, 999 47 Vassby",
             visit="Kommunhuset, Storgatan 12, Vassby", orgnr="219999-9647")
    s["top_nav_extra"] = [("Fråga Vassby", "/fraga-vassby/")]
    s["kontakt_label"] = "Kontakt"
    s["hero"] = ("Välkommen till Vassby", "Bo, leva och verka vid Vassbyfjärden.",
                 [("Lediga förskoleplatser", "/barn-och-utbildning/"),
                  ("Sophämtning i sommar", "/bygga-bo-och-miljo/"),
                  ("Bad och badplatser", "/kultur-och-fritid/")])
    s["news"] = [
        ("Fråga Skatteverket om deklarationen på biblioteket", "/nyheter/skatteverket-pa-biblioteket",
         "Skatteverket har drop-in i Vassby bibliotek två tisdagar i april.", "2026-03-20"),
        ("Budget 2027: mer pengar till skolan", "/nyheter/budget-2027",
         "Kommunfullmäktige har beslutat om budgeten för nästa år.", "2026-03-12"),
    ]
    s["az_extra"] = ["Fråga biblioteket"]
    s["pages"] = {
        "/fraga-vassby/": ("fraga-vassby.html", "Fråga Vassby – kommunens kontaktcenter", f"""
<h1>Fråga Vassby – kommunens kontaktcenter</h1>
<p class="lead">Fråga Vassby är din väg in till kommunen. Hos oss får du svar direkt på de flesta frågor,
och vi tar emot ärenden som vi lämnar vidare till rätt handläggare.</p>
<h2>Vi kan hjälpa dig med</h2>
<ul><li>ansökan om förskoleplats och skolskjuts</li><li>sophämtning, slamtömning och latrinkärl</li>
<li>bygglov och strandskyddsdispens – hur du ansöker</li><li>felanmälan om gator, belysning och parker</li>
<li>parkeringstillstånd och färdtjänst</li></ul>
<h2>Så når du oss</h2>
<p>Telefon: <a href="tel:+46846500410">08-465 004 10</a><br>
E-post: <a href="mailto:fraga@{s['dom']}">fraga@{s['dom']}</a></p>
<table class="hours"><caption>Telefontider</caption>
<tr><th>Måndag–torsdag</th><td>8.00–17.00</td></tr><tr><th>Fredag</th><td>8.00–15.00</td></tr></table>
<h2>Om oss</h2>
<p>Fråga Vassby har tio medarbetare och är en del av kommunledningskontoret.
Enhetschef för Fråga Vassby: Linnea Ström.</p>
"""),
        "/kontakt/": ("kontakt.html", "Kontakt", kontakt_generic(s, "Kontakt", '<p>Har du en fråga? <a href="/fraga-vassby/">Fråga Vassby</a> svarar.</p>')),
        "/in-english/": ("in-english.html", "In English", """
<h1>Welcome to Vassby</h1>
<p>Vassby is a municipality of 14 000 inhabitants by the Vassby bay.</p>
<h2>Contact</h2>
<p>Questions? <a href="/fraga-vassby/">Fråga Vassby</a>, the municipality's contact centre, answers
questions in Swedish and English. Phone 08-465 004 10.</p>
"""),
        "/nyheter/skatteverket-pa-biblioteket": ("nyhet-skatteverket.html", "Fråga Skatteverket om deklarationen på biblioteket",
            news_page("Fråga Skatteverket om deklarationen på biblioteket", "2026-03-20", """
<p>Skatteverket kommer till Vassby bibliotek den 7 och 14 april klockan 13–16. Deras handläggare svarar
på frågor om deklarationen. Ingen tidsbokning behövs.</p>
<p>Frågor om bibliotekets öppettider: ring Fråga biblioteket, 08-465 004 19.</p>""")),
        "/nyheter/budget-2027": ("nyhet-budget.html", "Budget 2027: mer pengar till skolan",
            news_page("Budget 2027: mer pengar till skolan", "2026-03-12", """
<p>Kommunfullmäktige har beslutat om budgeten för 2027. Skolan får 12 miljoner kronor mer.</p>""")),
    }
    s["search_hits"] = {k: ["/fraga-vassby/"] for k in ["kontaktcenter", "fråga vassby", "kundtjänst", "servicecenter"]}
    return s


def site_9648() -> dict:  # Grannby, soup: joint Kundcenter Mälarkusten (Grannby takes part)
    s = dict(kod="9648", kommun="Grannby", lan_kod="19", lan="Västmanlands län", family="soup",
             dom="grannby.se", vaxel="031-390 06 00", post="Box 20, 999 48 Grannby",
             visit="Rådhuset, Torget 1, Grannby", orgnr="219999-9648")
    s["kontakt_label"] = "Kontakta oss"
    s["hero"] = ("Grannby – mitt i Mälarkusten", "Nyheter, service och evenemang i Grannby kommun.",
                 [("Kundcenter Mälarkusten", "/kundcenter-malarkusten/"),
                  ("Sök förskola", "/barn-och-utbildning/"),
                  ("Lediga tomter", "/bygga-bo-och-miljo/")])
    s["news"] = [
        ("Nya busstider från 1 juni", "/nyheter/busstider", "Länstrafiken ändrar linje 12 och 14.", "2026-03-18"),
        ("Östervall och Grannby rustar Mälarleden", "/nyheter/malarleden",
         "Cykelleden mellan kommunerna byggs om i sommar.", "2026-03-02"),
    ]
    s["pages"] = {
        "/kundcenter-malarkusten/": ("kundcenter.html", "Kundcenter Mälarkusten", """
<h1>Kundcenter Mälarkusten</h1>
<p class="lead">Kundcenter Mälarkusten är den gemensamma kundtjänsten för Grannby, Östervall och Lerbo
kommuner. Du som bor i Grannby får samma service här som på ditt eget kommunkontor.</p>
<h2>Det här kan vi hjälpa dig med</h2>
<p>Vi svarar på frågor om avfall och återvinning, vatten och avlopp, förskola och skola, bygglov,
parkering och bostadsanpassning, och vi tar emot felanmälningar för alla tre kommunerna.</p>
<h2>Kontakt</h2>
<p>Telefon: 031-390 06 10 (vardagar 8–16.30)<br>
<a class="chat" href="#chatt">Chatta med oss</a></p>
<h2>Organisation</h2>
<p>Samarbetet regleras i ett avtal mellan de tre kommunerna. Östervalls kommun är värdkommun och
anställer personalen. Kontaktperson för Grannby kommun i samarbetet: Eva Nord, kommunvägledare.</p>
"""),
        "/kontakt/": ("kontakt.html", "Kontakta oss", kontakt_generic(s)),
        "/nyheter/busstider": ("nyhet-busstider.html", "Nya busstider från 1 juni",
            news_page("Nya busstider från 1 juni", "2026-03-18", "<p>Linje 12 och 14 får nya tider. Tidtabellen finns hos Länstrafiken.</p>")),
        "/nyheter/malarleden": ("nyhet-malarleden.html", "Östervall och Grannby rustar Mälarleden",
            news_page("Östervall och Grannby rustar Mälarleden", "2026-03-02", "<p>De två kommunerna delar på kostnaden för den nya beläggningen på Mälarleden.</p>")),
    }
    s["search_hits"] = {k: ["/kundcenter-malarkusten/"] for k in ["kundcenter", "kundtjänst", "kundcenter mälarkusten", "kontaktcenter"]}
    return s


def site_9649() -> dict:  # Lerviken, table/latin-1: district offices Norr and Söder
    s = dict(kod="9649", kommun="Lerviken", lan_kod="08", lan="Kalmar län", family="table",
             dom="lerviken.se", vaxel="0980-319 200", post="999 49 Lerviken",
             visit="Kommunhuset, Hamngatan 4, Lerviken", orgnr="219999-9649")
    s["kontakt_label"] = "Kontakt"
    s["hero"] = ("Välkommen till Lerviken", "Kust, skog och 11 000 invånare.",
                 [("Badtemperaturer", "/kultur-och-fritid/"), ("Sophämtning", "/bygga-bo-och-miljo/")])
    s["news"] = [
        ("Medborgarkontor Norr håller sommaröppet", "/nyheter/sommaroppet.asp",
         "Kontoret i Norrby by har öppet även i juli.", "2026-03-19"),
        ("Grannby och Östervall öppnar gemensamt kundcenter", "/nyheter/grannkommuner.asp",
         "Två av våra grannkommuner samarbetar.", "2026-03-04"),
    ]
    s["pages"] = {
        "/medborgarkontor.asp": ("medborgarkontor.html", "Medborgarkontoren Norr och Söder", """
<h1>Medborgarkontoren Norr och Söder</h1>
<p>Lervikens kommun har två medborgarkontor: Medborgarkontor Norr i Norrby by och Medborgarkontor Söder
i Sandvik. Båda ger samma service till alla kommuninvånare.</p>
<p><b>Hos oss kan du få hjälp med:</b> blanketter och ansökningar, frågor om hemtjänst och färdtjänst,
avgifter för barnomsorg, bygglovsfrågor, kopiering och lån av dator.</p>
<table class="hours" border="1" cellpadding="4"><tr><th>Kontor</th><th>Besöksadress</th><th>Öppet</th></tr>
<tr><td>Medborgarkontor Norr</td><td>Byvägen 3, Norrby by</td><td>mån–tors 9–16</td></tr>
<tr><td>Medborgarkontor Söder</td><td>Sandviks torg 1, Sandvik</td><td>tis–fre 10–17</td></tr></table>
<p>Telefon till båda kontoren: 0980-319 210</p>
<p>Enhetschef för medborgarkontoren: Göran Ek</p>
"""),
        "/kontakt.asp": ("kontakt.html", "Kontakt", kontakt_generic(s, "Kontakt", '<p>Besök oss: <a href="/medborgarkontor.asp">Medborgarkontoren Norr och Söder</a></p>')),
        "/nyheter/sommaroppet.asp": ("nyhet-sommaroppet.html", "Medborgarkontor Norr håller sommaröppet",
            news_page("Medborgarkontor Norr håller sommaröppet", "2026-03-19", """
<p>I år stänger Medborgarkontor Norr inte i juli. Kontoret har öppet måndag–torsdag 10–14 hela sommaren.</p>
<p>Läs mer om <a href="/medborgarkontor.asp">medborgarkontoren</a>.</p>""")),
        "/nyheter/grannkommuner.asp": ("nyhet-grannkommuner.html", "Grannby och Östervall öppnar gemensamt kundcenter",
            news_page("Grannby och Östervall öppnar gemensamt kundcenter", "2026-03-04", """
<p>Våra grannkommuner Grannby och Östervall öppnar tillsammans med Lerbo ett gemensamt kundcenter.
Lerviken ingår inte i samarbetet. Lervikenbor vänder sig som vanligt till medborgarkontoren.</p>""")),
    }
    s["search_hits"] = {k: ["/medborgarkontor.asp"] for k in ["medborgarkontor", "medborgarkontor norr", "medborgarkontoret"]}
    s["search_hits"]["kundcenter"] = ["/nyheter/grannkommuner.asp"]
    return s


def site_9650() -> dict:  # Sörmo, sitevision: only other units, Medborgarhuset = culture house
    s = dict(kod="9650", kommun="Sörmo", lan_kod="04", lan="Södermanlands län", family="sitevision",
             dom="sormo.se", vaxel="040-628 04 00", post="999 50 Sörmo",
             visit="Kommunens hus, Järnvägsgatan 2, Sörmo", orgnr="219999-9650")
    s["kontakt_label"] = "Kontakta oss"
    s["sub_extra"] = {"kultur-och-fritid": [("Medborgarhuset", "/4.1650.html")],
                      "kommun-och-politik": [("Kommunens hus", "/4.1651.html")]}
    s["hero"] = ("Sörmo – nära till allt", "Kommunen mellan sjöarna.",
                 [("Medborgarhuset", "/4.1650.html"), ("Kommunens hus", "/4.1651.html"),
                  ("Lediga jobb", "/naringsliv-och-arbete/")])
    s["news"] = [
        ("Grannby och Östervall öppnar gemensamt kundcenter", "/4.1660.html",
         "Kundcenter Mälarkusten öppnar i höst.", "2026-03-15"),
        ("Ny konsthall i Medborgarhuset", "/4.1650.html", "Invigning lördag den 11 april.", "2026-03-09"),
    ]
    s["pages"] = {
        "/4.1650.html": ("medborgarhuset.html", "Medborgarhuset", """
<h1>Medborgarhuset</h1>
<p class="lead">Medborgarhuset vid Stora torget är Sörmos kulturhus. Här finns stadsbiblioteket, konsthallen,
Café Torget och mötesrum som föreningar kan hyra.</p>
<h2>Öppettider</h2><p>Måndag–fredag 10–19, lördag 11–15.</p>
<h2>Boka lokal</h2><p>Föreningar bokar mötesrum via bokningen, 040-628 04 30.</p>
<p>Chef för Medborgarhuset: Sven Alm, kulturchef.</p>
"""),
        "/4.1651.html": ("kommunens-hus.html", "Kommunens hus", f"""
<h1>Kommunens hus</h1>
<p>I Kommunens hus på Järnvägsgatan 2 finns kommunens förvaltningar, reception och växel.</p>
<h2>Reception och växel</h2>
<p>Receptionen tar emot post och besökare och hänvisar dig till rätt handläggare. Växeln kopplar dig vidare:
{s['vaxel']}, vardagar 8–16.</p>
<p>Ansvarig för receptionen: Maria Holm, administrativ chef.</p>
"""),
        "/kontakta-oss/": ("kontakt.html", "Kontakta oss", kontakt_generic(s)),
        "/4.1660.html": ("nyhet-grannkommuner.html", "Grannby och Östervall öppnar gemensamt kundcenter",
            news_page("Grannby och Östervall öppnar gemensamt kundcenter", "2026-03-15", """
<p>Grannby och Östervall öppnar i höst Kundcenter Mälarkusten tillsammans med Lerbo. Kundcentret
svarar på frågor om avfall, skola och bygglov för invånarna i de tre kommunerna.</p>
<p>Sörmo ingår inte i samarbetet. Har du frågor till Sörmo kommun ringer du växeln.</p>""")),
        "/in-english/": ("in-english.html", "In English", """
<h1>Welcome to Sörmo</h1>
<p>Sörmo is a small municipality between the lakes.</p>
<h2>Contact</h2>
<p>The switchboard in Kommunens hus (the town hall) connects you: 040-628 04 00.</p>
<p>For tourist information, visit the Visitor Centre in Medborgarhuset.</p>
<p>Electricity and district heating: Sörmo Energi customer service, 040-628 04 90.</p>
"""),
    }
    s["search_hits"] = {"kundcenter": ["/4.1660.html"], "medborgarhuset": ["/4.1650.html"],
                        "kommunens hus": ["/4.1651.html"]}
    return s


def site_9651() -> dict:  # Almsjö, municipio drawer: "Medborgarhuset – kommunens medborgarservice"
    s = dict(kod="9651", kommun="Almsjö", lan_kod="22", lan="Västernorrlands län", family="municipio",
             dom="almsjo.se", vaxel="0980-319 240", post="Box 5, 999 51 Almsjö",
             visit="Storgatan 5, Almsjö", orgnr="219999-9651")
    s["kontakt_label"] = "Kontakt"
    s["sub_extra"] = {"kommun-och-politik": [("Medborgarhuset", "/medborgarhuset/")]}
    s["hero"] = ("Almsjö – här växer framtiden", "Välkommen till kommunen vid Almsjön.",
                 [("Felanmälan", "/bygga-bo-och-miljo/"), ("Förskola", "/barn-och-utbildning/"),
                  ("Bad och fiske", "/kultur-och-fritid/")])
    s["news"] = [
        ("Vårstädning av gator och parker", "/nyheter/varstadning", "Sopningen börjar i centrum.", "2026-03-17"),
        ("Almsjö bästa kommun på skolmat", "/nyheter/skolmat", "Eleverna röstade fram vinnaren.", "2026-03-05"),
    ]
    s["pages"] = {
        "/medborgarhuset/": ("medborgarhuset.html", "Medborgarhuset", """
<h1>Medborgarhuset</h1>
<p class="lead">Medborgarhuset är Almsjö kommuns medborgarservice. Här får du hjälp med det mesta som rör
kommunen. Vi finns här för dig – kom in, ring eller hör av dig om du undrar något.</p>
<h2>Besök och kontakt</h2>
<p>Besöksadress: Storgatan 5, Almsjö<br>Telefon: 0980-319 250<br>Öppet: vardagar 9–16</p>
<p>Medborgarhuset leds av enhetschef Karin Öst.</p>
"""),
        "/kontakt/": ("kontakt.html", "Kontakt", kontakt_generic(s, "Kontakt")),
        "/nyheter/varstadning": ("nyhet-varstadning.html", "Vårstädning av gator och parker",
            news_page("Vårstädning av gator och parker", "2026-03-17", "<p>Gatusopningen börjar den 6 april i centrum och fortsätter ut i byarna.</p>")),
        "/nyheter/skolmat": ("nyhet-skolmat.html", "Almsjö bästa kommun på skolmat",
            news_page("Almsjö bästa kommun på skolmat", "2026-03-05", "<p>Eleverna i länet har röstat och Almsjö vann.</p>")),
    }
    s["search_hits"] = {k: ["/medborgarhuset/"] for k in ["medborgarservice", "medborgarhuset", "kundtjänst", "kontaktcenter"]}
    return s


def site_9652() -> dict:  # Kalvsta, bootstrap: "Kommunens hus" page with an h2 Servicecenter section
    s = dict(kod="9652", kommun="Kalvsta", lan_kod="13", lan="Hallands län", family="bootstrap",
             dom="kalvsta.se", vaxel="031-390 06 50", post="Box 9, 999 52 Kalvsta",
             visit="Kommunens hus, Kyrkvägen 8, Kalvsta", orgnr="219999-9652")
    s["top_nav_extra"] = [("Kommunens hus", "/kommunens-hus/")]
    s["kontakt_label"] = "Kontakt"
    s["hero"] = ("Kalvsta kommun", "Havet, heden och hela kommunen.",
                 [("Lediga jobb", "/naringsliv-och-arbete/"), ("Skolval 2026", "/barn-och-utbildning/")])
    s["news"] = [
        ("Ny gång- och cykelväg till stranden", "/nyheter/cykelvag", "Bygget startar i maj.", "2026-03-16"),
        ("Sommarjobb för unga", "/nyheter/sommarjobb", "Ansök senast 15 april.", "2026-03-01"),
    ]
    s["pages"] = {
        "/kommunens-hus/": ("kommunens-hus.html", "Kommunens hus", """
<h1>Kommunens hus</h1>
<p class="lead">Kommunens hus på Kyrkvägen 8 är kommunens mötesplats för invånare. Här finns
servicecentret, medborgarrådgivningen och lokaler för kommunfullmäktige.</p>
<h2>Servicecenter</h2>
<p>Kommunens servicecenter svarar på frågor om skola och förskola, äldreomsorg, bygglov, avfall och vatten
och tar emot felanmälningar och synpunkter. Det mesta kan vi lösa direkt när du ringer.</p>
<p>Telefon: 031-390 06 60<br>E-post: servicecenter(at)kalvsta.se<br>Öppet: måndag–fredag 8–17</p>
<p>Ansvarig för servicecentret: Ola Berg, enhetschef.</p>
<h2>Fullmäktigesalen</h2>
<p>Kommunfullmäktiges sammanträden är öppna för allmänheten.</p>
"""),
        "/kontakt/": ("kontakt.html", "Kontakt", kontakt_generic(s, "Kontakt", '<p>Besök oss i <a href="/kommunens-hus/">Kommunens hus</a>.</p>')),
        "/nyheter/cykelvag": ("nyhet-cykelvag.html", "Ny gång- och cykelväg till stranden",
            news_page("Ny gång- och cykelväg till stranden", "2026-03-16", "<p>Den nya cykelvägen blir 2,4 km lång.</p>")),
        "/nyheter/sommarjobb": ("nyhet-sommarjobb.html", "Sommarjobb för unga",
            news_page("Sommarjobb för unga", "2026-03-01", "<p>Kommunen erbjuder 120 sommarjobb till ungdomar födda 2009–2010.</p>")),
    }
    s["search_hits"] = {k: ["/kommunens-hus/"] for k in ["servicecenter", "kommunens hus", "kontaktcenter"]}
    return s


def site_9653() -> dict:  # Hedmarka, custom elements: "Direkten – kommunens kontaktcenter" in the footer
    s = dict(kod="9653", kommun="Hedmarka", lan_kod="20", lan="Dalarnas län", family="custom",
             dom="hedmarka.se", vaxel="0980-319 260", post="999 53 Hedmarka",
             visit="Stadshuset, Kungsgatan 3, Hedmarka", orgnr="219999-9653")
    s["kontakt_label"] = "Kontakta oss"
    s["footer_extra"] = ('<div class="direkten"><strong>Direkten – kommunens kontaktcenter</strong><br>'
                         'Telefon 0980-319 270<br><a href="/direkten/">Mer om Direkten</a></div>')
    s["az_extra"] = ["Direktupphandling", "Direktsänt fullmäktige"]
    s["hero"] = ("Hedmarka – skog och framtid", "Nyheter och service i Hedmarka kommun.",
                 [("Direktsänt fullmäktige", "/kommun-och-politik/"), ("Skolskjuts", "/barn-och-utbildning/")])
    s["news"] = [
        ("Nya regler för direktupphandling", "/nyheter/direktupphandling", "Gränsen höjs från 1 juli.", "2026-03-14"),
        ("Skidspåren stänger för säsongen", "/nyheter/skidspar", "Tack för en fin vinter!", "2026-03-10"),
    ]
    s["pages"] = {
        "/direkten/": ("direkten.html", "Direkten", """
<h1>Direkten</h1>
<p class="lead">Direkten är Hedmarka kommuns kontaktcenter. Vi finns här för dig. Hör av dig om du
undrar något, så hjälps vi åt.</p>
<h2>Kontakta Direkten</h2>
<p>Telefon: 0980-319 270<br><button type="button" class="chat-open">Starta chatt</button></p>
<p>Direkten leds av kontaktcenterchef Mats Lindqvist.</p>
"""),
        "/kontakta-oss/": ("kontakt.html", "Kontakta oss", kontakt_generic(s)),
        "/nyheter/direktupphandling": ("nyhet-direktupphandling.html", "Nya regler för direktupphandling",
            news_page("Nya regler för direktupphandling", "2026-03-14", "<p>Från 1 juli höjs gränsen för direktupphandling.</p>")),
        "/nyheter/skidspar": ("nyhet-skidspar.html", "Skidspåren stänger för säsongen",
            news_page("Skidspåren stänger för säsongen", "2026-03-10", "<p>Spåren vid Hedberget stänger den 22 mars.</p>")),
    }
    s["search_hits"] = {k: ["/direkten/"] for k in ["kontaktcenter", "direkten"]}
    return s


def site_9654() -> dict:  # Bölsta, aria roles: unit named in English on the English page only
    s = dict(kod="9654", kommun="Bölsta", lan_kod="06", lan="Jönköpings län", family="aria",
             dom="bolsta.se", vaxel="08-465 004 50", post="Box 3, 999 54 Bölsta",
             visit="Kommunhuset, Ågatan 1, Bölsta", orgnr="219999-9654")
    s["kontakt_label"] = "Kontakta oss"
    s["topbar_extra"] = [("Other languages", "/sprak/")]
    s["hero"] = ("Välkommen till Bölsta", "Småstad med stort hjärta.",
                 [("Bygglov", "/bygga-bo-och-miljo/"), ("Förskola", "/barn-och-utbildning/")])
    s["news"] = [
        ("Ny förskola i Västra Bölsta", "/nyheter/forskola", "Förskolan Lärkan öppnar i augusti.", "2026-03-13"),
        ("Ändrade tider för återvinningscentralen", "/nyheter/atervinning", "Nya öppettider från april.", "2026-03-03"),
    ]
    s["pages"] = {
        "/sprak/": ("sprak.html", "Other languages", """
<h1>Other languages</h1>
<p>Information om Bölsta på andra språk.</p>
<ul><li><a href="/in-english/" lang="en">In English</a></li><li><a href="/suomeksi/" lang="fi">Suomeksi</a></li>
<li><a href="/pa-arabiska/" lang="ar">بالعربية</a></li></ul>
"""),
        "/in-english/": ("in-english.html", "Welcome to Bölsta Municipality", """
<h1 lang="en">Welcome to Bölsta Municipality</h1>
<div lang="en">
<p>Bölsta is a municipality of 9 000 inhabitants in southern Sweden. Here is some basic information
for newcomers and visitors.</p>
<h2>Customer Service Centre</h2>
<p>Bölsta Municipality's Customer Service Centre answers your questions about the municipality. We can
help you with school and preschool places, waste collection, parking permits, building permits and
elderly care, and we register complaints and suggestions.</p>
<p>Phone: 08-465 004 60 (weekdays 8 am – 4 pm)<br>E-mail: <a href="mailto:service@bolsta.se">service@bolsta.se</a></p>
<h2>Living in Bölsta</h2>
<p>Read about housing, schools and leisure on our Swedish pages, or use a translation service.</p>
</div>
"""),
        "/kontakta-oss/": ("kontakt.html", "Kontakta oss", kontakt_generic(s)),
        "/nyheter/forskola": ("nyhet-forskola.html", "Ny förskola i Västra Bölsta",
            news_page("Ny förskola i Västra Bölsta", "2026-03-13", "<p>Förskolan Lärkan får sex avdelningar.</p>")),
        "/nyheter/atervinning": ("nyhet-atervinning.html", "Ändrade tider för återvinningscentralen",
            news_page("Ändrade tider för återvinningscentralen", "2026-03-03", "<p>Från 1 april har centralen öppet även söndagar.</p>")),
    }
    s["search_hits"] = {k: ["/in-english/"] for k in ["customer service", "customer service centre"]}
    s["search_hits"]["kontaktcenter"] = []
    return s


def site_9655() -> dict:  # Tornvik, Next.js export: Servicekontor Åsby (own village) in a mega-menu column
    s = dict(kod="9655", kommun="Tornvik", lan_kod="24", lan="Västerbottens län", family="nextjs",
             dom="tornvik.se", vaxel="0980-319 280", post="999 55 Tornvik",
             visit="Kommunhuset, Skolgatan 2, Tornvik", orgnr="219999-9655")
    s["kontakt_label"] = "Kontakt"
    s["sub_extra"] = {"kommun-och-politik": [("Servicekontor Åsby och Tornvik", "/kommun-och-politik/servicekontor/")]}
    s["hero"] = ("Tornvik – älv, fjäll och framtid", "Kommunens byar från Åsby till Tornvik.",
                 [("Åsby skola byggs om", "/barn-och-utbildning/"), ("Skoterleder", "/kultur-och-fritid/")])
    s["news"] = [
        ("Servicekontoret i Lerbo stänger för renovering", "/nyheter/lerbo-servicekontor",
         "Grannkommunens kontor håller stängt i maj.", "2026-03-18"),
        ("Åsby skola byggs om", "/nyheter/asby-skola", "Eleverna flyttar till moduler i höst.", "2026-03-06"),
    ]
    s["pages"] = {
        "/kommun-och-politik/servicekontor/": ("servicekontor.html", "Servicekontor Åsby och Tornvik", """
<h1>Servicekontor Åsby och Tornvik</h1>
<p class="lead">Kommunen har två servicekontor: ett i kommunhuset i Tornvik och ett i Åsby bygdegård,
för dig som bor i kommunens västra del.</p>
<h2>Hos oss kan du</h2>
<ul><li>få hjälp att söka bostadsanpassning, färdtjänst och parkeringstillstånd</li>
<li>ställa frågor om sophämtning, vatten och avlopp</li><li>lämna synpunkter och felanmälningar</li>
<li>få hjälp med kommunens e-tjänster</li></ul>
<h2>Ring oss</h2>
<p>Servicekontoren nås på telefon 0980-319 290.</p>
<p class="page-owner">Sidansvarig: Lisa Berg, kommunikationsavdelningen</p>
"""),
        "/kontakt/": ("kontakt.html", "Kontakt", kontakt_generic(s, "Kontakt")),
        "/nyheter/lerbo-servicekontor": ("nyhet-lerbo.html", "Servicekontoret i Lerbo stänger för renovering",
            news_page("Servicekontoret i Lerbo stänger för renovering", "2026-03-18", """
<p>Servicekontoret i grannkommunen Lerbo håller stängt hela maj. Tornvik påverkas inte; våra egna
servicekontor i Åsby och Tornvik har öppet som vanligt.</p>""")),
        "/nyheter/asby-skola": ("nyhet-asby.html", "Åsby skola byggs om",
            news_page("Åsby skola byggs om", "2026-03-06", "<p>Åsby skola får ny matsal och idrottshall.</p>")),
    }
    s["search_hits"] = {k: ["/kommun-och-politik/servicekontor/"] for k in ["servicekontor", "servicekontoret", "kontaktcenter"]}
    return s


def site_9656() -> dict:  # Lerbo, Drupal: joint kundcenter named only in running text two clicks deep
    s = dict(kod="9656", kommun="Lerbo", lan_kod="18", lan="Örebro län", family="drupal",
             dom="lerbo.se", vaxel="040-628 04 50", post="Box 77, 999 56 Lerbo",
             visit="Kommunhuset, Bruksgatan 6, Lerbo", orgnr="219999-9656")
    s["kontakt_label"] = "Kontakta oss"
    s["area_extra"] = {"bygga-bo-och-miljo": '<p>Mer om <a href="/bygga-bo-och-miljo/sophamtning-och-abonnemang">sophämtning och abonnemang</a>.</p>'}
    s["hero"] = ("Lerbo – bruksort i utveckling", "Välkommen till Lerbo kommun.",
                 [("Tomter till salu", "/bygga-bo-och-miljo/"), ("Kulturskolan", "/kultur-och-fritid/")])
    s["news"] = [
        ("Servicekontoret på biblioteket stänger i maj", "/nyheter/bibliotek-renovering",
         "Biblioteket renoveras, öppnar igen i juni.", "2026-03-18"),
        ("Bruksparken får ny lekplats", "/nyheter/lekplats", "Invigning i juni.", "2026-03-08"),
    ]
    s["pages"] = {
        "/bygga-bo-och-miljo/sophamtning-och-abonnemang": ("sophamtning.html", "Sophämtning och abonnemang", """
<h1>Sophämtning och abonnemang</h1>
<p>Hushållsavfallet hämtas varannan vecka. Du kan välja mellan kärl för matavfall och restavfall eller
ett fyrfackskärl.</p>
<h2>Ändra ditt abonnemang</h2>
<p>Sedan 2025 sköts frågor om abonnemang av Kundcenter Mälarkusten, den gemensamma kundtjänsten som Lerbo
driver tillsammans med Grannby och Östervall. Kundcentret svarar på frågor om allt från sophämtning till
skolskjuts för invånarna i alla tre kommunerna.</p>
<h2>Tömningsschema</h2>
<p>Tömningsdagar för ditt område finns i e-tjänsten Mina sidor.</p>
"""),
        "/kontakta-oss/": ("kontakt.html", "Kontakta oss", kontakt_generic(s)),
        "/nyheter/bibliotek-renovering": ("nyhet-bibliotek.html", "Servicekontoret på biblioteket stänger i maj",
            news_page("Servicekontoret på biblioteket stänger i maj", "2026-03-18", """
<p>Statens servicekontor, som har lokaler i Lerbo bibliotek, håller stängt i maj medan biblioteket renoveras.
Skatteverket och Försäkringskassan hänvisar till kontoret i Östervall.</p>""")),
        "/nyheter/lekplats": ("nyhet-lekplats.html", "Bruksparken får ny lekplats",
            news_page("Bruksparken får ny lekplats", "2026-03-08", "<p>Lekplatsen får gungor, klätterställning och en vattenlek.</p>")),
    }
    s["search_hits"] = {k: ["/bygga-bo-och-miljo/sophamtning-och-abonnemang"] for k in ["kundcenter", "kundtjänst", "kundcenter mälarkusten"]}
    s["search_hits"]["servicekontor"] = ["/nyheter/bibliotek-renovering"]
    return s


# ---------------------------------------------------------------------------------------------
# shared front-page content
# ---------------------------------------------------------------------------------------------

ESERV = ["Ansök om förskoleplats", "Felanmälan", "Ansök om bygglov", "Anmäl frånvaro i skolan",
         "Parkeringstillstånd", "Boka lokal"]
EVENTS = [("Vårkonsert med kulturskolan", "12 april"), ("Loppis på torget", "18 april"),
          ("Valborgsfirande", "30 april")]
JOBS = ["Lärare i matematik", "Undersköterska till hemtjänsten", "Planarkitekt"]
AZ = ["Avfall", "Bibliotek", "Bygglov", "Detaljplaner", "Färdtjänst", "Förskola", "Hemtjänst",
      "Kommunfullmäktige", "Parkering", "Simhall", "Skolskjuts", "Vatten och avlopp"]


def menu(s: dict) -> list[tuple[str, str, list[tuple[str, str]]]]:
    out = []
    for name, sl, subs in AREAS:
        items = [(x, f"/{sl}/{slug(x)}") for x in subs]
        items += s.get("sub_extra", {}).get(sl, [])
        out.append((name, f"/{sl}/", items))
    return out


def kontakt_path(s: dict) -> str:
    for p, (_, t, _) in s["pages"].items():
        if t in ("Kontakt", "Kontakta oss"):
            return p
    raise KeyError


def front_sections(s: dict) -> dict[str, str]:
    """Family-neutral inner HTML of each front-page section."""
    h1, lead, cards = s["hero"]
    hero = (f"<h1>{esc(h1)}</h1><p>{esc(lead)}</p>\n<ul class=\"shortcuts\">"
            + "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in cards) + "</ul>")
    news = "<h2>Nyheter</h2>\n" + "".join(
        f'<div class="teaser"><h3><a href="{esc(h)}">{esc(t)}</a></h3><p>{esc(x)}</p><span class="date">{d}</span></div>\n'
        for t, h, x, d in s["news"]) + '<p><a href="/nyheter/">Alla nyheter</a></p>'
    eserv = "<h2>Populära e-tjänster</h2>\n<ul>" + "".join(
        f'<li><a href="/e-tjanster/{slug(x)}">{esc(x)}</a></li>' for x in ESERV) + "</ul>"
    events = "<h2>Evenemang</h2>\n<ul>" + "".join(
        f'<li><a href="/evenemang/{slug(t)}">{esc(t)}</a> <span>{d}</span></li>' for t, d in EVENTS) + "</ul>"
    drift = ("<h2>Driftinformation</h2>\n<p>Vattenavstängning på Skolgatan tisdag 8–12. "
             "Inga andra driftstörningar just nu.</p>")
    jobs = ("<h2>Lediga jobb</h2>\n<ul>" + "".join(
        f'<li><a href="/naringsliv-och-arbete/lediga-jobb/{slug(x)}">{esc(x)}</a></li>' for x in JOBS)
        + '</ul><p><a href="/naringsliv-och-arbete/lediga-jobb">Se alla lediga jobb</a></p>')
    az = "<h2>A–Ö</h2>\n<p class=\"az\">" + " · ".join(
        f'<a href="/a-o/{slug(x)}">{esc(x)}</a>' for x in AZ + s.get("az_extra", [])) + "</p>"
    return dict(hero=hero, news=news, eserv=eserv, events=events, drift=drift, jobs=jobs, az=az)


def footer_inner(s: dict) -> str:
    k = s["kommun"]
    kp = kontakt_path(s)
    return (f"<p><strong>{esc(k)}s kommun</strong><br>Postadress: {esc(s['post'])}<br>"
            f"Besöksadress: {esc(s['visit'])}<br>Växel: {s['vaxel']}<br>"
            f"E-post: <a href=\"mailto:kommun@{s['dom']}\">kommun@{s['dom']}</a><br>Org.nr: {s['orgnr']}</p>\n"
            + s.get("footer_extra", "")
            + f"<ul class=\"flinks\"><li><a href=\"{kp}\">{esc(s['kontakt_label'])}</a></li>"
            "<li><a href=\"/om-webbplatsen/tillganglighetsredogorelse\">Tillgänglighetsredogörelse</a></li>"
            "<li><a href=\"/om-webbplatsen/kakor\">Kakor</a></li>"
            "<li><a href=\"/nyheter/\">Nyheter</a></li></ul>\n"
            f"<p class=\"copy\">© {esc(k)}s kommun 2026</p>")


def cookie_banner(cls: str = "cookie-banner") -> str:
    return (f'<div class="{cls}" id="cookie-banner"><p>Vi använder kakor för att webbplatsen ska fungera och för '
            'statistik. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>'
            '<button type="button">Godkänn alla</button> <button type="button">Endast nödvändiga</button></div>')


def topbar_items(s: dict) -> list[tuple[str, str]]:
    base = [("Lyssna", "#lyssna"), ("Lättläst", "/lattlast"), ("Teckenspråk", "/teckensprak")]
    if "/in-english/" in s["pages"] and s["kod"] != "9654":
        base.append(("In English", "/in-english/"))
    return base + s.get("topbar_extra", [])


CSS = ("body{font-family:sans-serif;margin:0}a{color:#0b4f8a}.cookie-banner,.cb{position:fixed;bottom:0;"
       "background:#fff;border-top:2px solid #333;padding:1em}[hidden]{display:none}")


def head(s: dict, title: str, charset: str = "utf-8", extra: str = "") -> str:
    t = title if title.endswith(s["kommun"] + "s kommun") else f"{title} - {s['kommun']}s kommun"
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{charset}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{esc(t)}</title>\n'
            f'<style>{CSS}</style>\n{extra}</head>\n')


SEARCH_SLOT = "<!--SEARCH_RESULTS-->"
SCRIPT = ("<script>document.querySelectorAll('#cookie-banner button').forEach(function(b){"
          "b.addEventListener('click',function(){document.getElementById('cookie-banner').hidden=true;});});</script>")


# ---------------------------------------------------------------------------------------------
# markup families
# ---------------------------------------------------------------------------------------------

def fam_semantic(s, title, main, front):
    tb = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in topbar_items(s))
    nav = ""
    for name, href, subs in menu(s):
        sub = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in subs)
        nav += f'<li class="menu-item"><a href="{href}">{esc(name)}</a><ul class="sub-menu">{sub}</ul></li>\n'
    for t, h in s.get("top_nav_extra", []):
        nav += f'<li class="menu-item menu-item--highlight"><a href="{h}">{esc(t)}</a></li>\n'
    if front:
        f = front_sections(s)
        main = (f'<section class="hero">{f["hero"]}</section>\n<section class="news">{f["news"]}</section>\n'
                f'<section class="eservices">{f["eserv"]}</section>\n<section class="events">{f["events"]}</section>\n'
                f'<section class="drift">{f["drift"]}</section>\n<section class="jobs">{f["jobs"]}</section>\n'
                f'<section class="az">{f["az"]}</section>')
    return (head(s, title) + "<body>\n<header class=\"site-header\">\n"
            f"<nav class=\"topbar\" aria-label=\"Genvägar\"><ul>{tb}</ul></nav>\n"
            f"<a class=\"logo\" href=\"/\"><img src=\"/logo.svg\" alt=\"{esc(s['kommun'])}s kommun, till startsidan\"></a>\n"
            "<form class=\"search\" action=\"/sok/\" method=\"get\" role=\"search\"><label for=\"q\">Sök</label>"
            "<input id=\"q\" name=\"q\" type=\"search\"><button>Sök</button></form>\n"
            f"<a class=\"contact\" href=\"{kontakt_path(s)}\">{esc(s['kontakt_label'])}</a>\n"
            f"<nav class=\"primary\" aria-label=\"Huvudmeny\"><ul>\n{nav}</ul></nav>\n</header>\n"
            f"<main id=\"main\">\n{main}\n</main>\n<footer class=\"site-footer\">\n{footer_inner(s)}\n</footer>\n"
            f"{cookie_banner()}\n{SCRIPT}\n</body>\n</html>\n")


def fam_soup(s, title, main, front):
    tb = " ".join(f'<a class="t2" href="{h}">{esc(t)}</a>' for t, h in topbar_items(s))
    nav = ""
    for name, href, subs in menu(s):
        sub = "".join(f'<div class="zz3"><a href="{h}">{esc(t)}</a></div>' for t, h in subs)
        nav += f'<div class="zz1"><a class="zz2" href="{href}">{esc(name)}</a><div class="zz4">{sub}</div></div>\n'
    if front:
        f = front_sections(s)
        main = "\n".join(f'<div class="box{i}">{f[k]}</div>' for i, k in enumerate(
            ["hero", "news", "eserv", "events", "drift", "jobs", "az"], start=7))
    foot = footer_inner(s).replace("<ul", "<div").replace("</ul>", "</div>").replace("<li>", "<span>").replace("</li>", "</span> ")
    return (head(s, title) + "<body>\n<div class=\"q0\">\n"
            f"<div class=\"q1\"><div class=\"q1a\">{tb}</div>\n"
            f"<div class=\"q2\"><a href=\"/\"><img src=\"/logo.png\" alt=\"{esc(s['kommun'])}s kommun\"></a></div>\n"
            "<div class=\"q3\"><form action=\"/sok/\" method=\"get\"><input name=\"q\" placeholder=\"Vad letar du efter?\">"
            "<input type=\"submit\" value=\"Sök\"></form></div>\n"
            f"<div class=\"q3b\"><a href=\"{kontakt_path(s)}\">{esc(s['kontakt_label'])}</a></div></div>\n"
            f"<div class=\"q4\">\n{nav}</div>\n"
            f"<div class=\"q5\">\n{main}\n</div>\n<div class=\"q9\">\n{foot}\n</div>\n</div>\n"
            f"{cookie_banner('cb')}\n{SCRIPT}\n</body>\n</html>\n")


def fam_table(s, title, main, front):
    def font(x, size="2"):
        return f'<font face="Verdana, Arial" size="{size}">{x}</font>'
    tb = " | ".join(f'<a href="{h}">{esc(t)}</a>' for t, h in topbar_items(s))
    tops = "".join(f'<td bgcolor="#003366"><a href="{h}"><font color="#ffffff" face="Verdana" size="2"><b>{esc(n)}</b></font></a></td>'
                   for n, h, _ in menu(s))
    left = ""
    for n, _h, subs in menu(s):
        left += f'<tr><td>{font("<b>" + esc(n) + "</b>")}<br>' + "<br>".join(
            font(f'&nbsp;&nbsp;<a href="{hh}">{esc(t)}</a>', "1") for t, hh in subs) + "</td></tr>\n"
    if front:
        f = front_sections(s)
        main = ("<table width=\"100%\" cellpadding=\"6\"><tr><td colspan=\"2\" bgcolor=\"#e8eef5\">" + font(f["hero"]) + "</td></tr>\n"
                f"<tr><td valign=\"top\" width=\"60%\">{font(f['news'])}</td><td valign=\"top\">{font(f['eserv'])}</td></tr>\n"
                f"<tr><td valign=\"top\">{font(f['events'])}{font(f['drift'])}</td><td valign=\"top\">{font(f['jobs'])}</td></tr>\n"
                f"<tr><td colspan=\"2\">{font(f['az'])}</td></tr></table>")
    else:
        main = font(main)
    kontakt_link = font(f'<a href="{kontakt_path(s)}">{esc(s["kontakt_label"])}</a>')
    return (head(s, title, "iso-8859-1").replace('<html lang="sv">', '<html>')
            + "<body bgcolor=\"#ffffff\" topmargin=\"0\" leftmargin=\"0\">\n"
            "<table width=\"980\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" align=\"center\">\n"
            f"<tr><td colspan=\"2\" align=\"right\">{font(tb, '1')}</td></tr>\n"
            f"<tr><td><a href=\"/\"><img src=\"/bilder/logo.gif\" width=\"220\" height=\"60\" border=\"0\" alt=\"{esc(s['kommun'])}s kommun\"></a></td>"
            "<td align=\"right\"><form action=\"/sok/\" method=\"get\">" + font("Sök: ") +
            f"<input type=\"text\" name=\"q\" size=\"20\"><input type=\"submit\" value=\"Sök\"></form>{kontakt_link}</td></tr>\n"
            f"<tr><td colspan=\"2\"><table width=\"100%\" cellpadding=\"5\"><tr>{tops}</tr></table></td></tr>\n"
            f"<tr><td valign=\"top\" width=\"200\" bgcolor=\"#f0f0f0\"><table width=\"100%\">{left}</table></td>\n"
            f"<td valign=\"top\">{main}</td></tr>\n"
            f"<tr><td colspan=\"2\" bgcolor=\"#dddddd\">{font(footer_inner(s), '1')}</td></tr>\n</table>\n"
            f"{cookie_banner()}\n{SCRIPT}\n</body>\n</html>\n")


def fam_sitevision(s, title, main, front):
    tb = "".join(f'<li class="sv-toolbar__item"><a href="{h}">{esc(t)}</a></li>' for t, h in topbar_items(s))
    nav = ""
    for i, (name, href, subs) in enumerate(menu(s)):
        sub = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in subs)
        nav += (f'<li class="env-mega__item"><a href="{href}">{esc(name)}</a>'
                f'<button aria-expanded="false" aria-controls="mega{i}">Visa undermeny</button>'
                f'<div class="env-mega__panel" id="mega{i}" hidden><ul>{sub}</ul></div></li>\n')
    if front:
        f = front_sections(s)
        main = "\n".join(f'<div class="sv-layout sv-portlet sv-text-portlet" id="svid12_{i}">{f[k]}</div>'
                         for i, k in enumerate(["hero", "news", "eserv", "events", "drift", "jobs", "az"]))
    return (head(s, title, extra='<link rel="stylesheet" href="/sitevision/system-resource/css/sv.css">\n')
            + "<body class=\"sv-responsive\">\n<div class=\"sv-layout\" id=\"svid10_header\">\n"
            f"<div class=\"sv-layout sv-toolbar\"><ul>{tb}</ul></div>\n"
            f"<div class=\"sv-layout sv-image-portlet\"><a href=\"/\"><img src=\"/images/18.logo.png\" alt=\"{esc(s['kommun'])}s kommun\"></a></div>\n"
            "<div class=\"sv-layout sv-searchform-portlet\"><form action=\"/sok/\" method=\"get\"><input name=\"q\" aria-label=\"Sök\">"
            "<button>Sök</button></form></div>\n"
            f"<div class=\"sv-layout\"><a href=\"{kontakt_path(s)}\">{esc(s['kontakt_label'])}</a></div>\n"
            f"<div class=\"sv-layout env-mega\"><ul class=\"env-mega__list\">\n{nav}</ul></div>\n</div>\n"
            f"<div class=\"sv-layout\" id=\"svid10_content\">\n{main}\n</div>\n"
            f"<div class=\"sv-layout\" id=\"svid10_footer\">\n{footer_inner(s)}\n</div>\n"
            f"{cookie_banner()}\n{SCRIPT}\n</body>\n</html>\n")


def fam_municipio(s, title, main, front):
    tb = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in topbar_items(s))
    nav = ""
    for name, href, subs in menu(s):
        sub = "".join(f'<li class="nav-item"><a href="{h}">{esc(t)}</a></li>' for t, h in subs)
        nav += f'<li class="nav-item has-children"><a href="{href}">{esc(name)}</a><ul class="sub-menu">{sub}</ul></li>\n'
    if front:
        f = front_sections(s)
        main = "\n".join(f'<div class="o-container c-{k} widget">{f[k]}</div>'
                         for k in ["hero", "news", "eserv", "events", "drift", "jobs", "az"])
    return (head(s, title, extra='<link rel="stylesheet" href="/wp-content/themes/municipio/assets/dist/css/app.css">\n')
            + "<body class=\"home page-template-default\">\n<header class=\"c-header\" id=\"site-header\">\n"
            f"<ul class=\"c-header__links\">{tb}</ul>\n"
            f"<a class=\"c-brand\" href=\"/\"><img src=\"/wp-content/uploads/logo.svg\" alt=\"{esc(s['kommun'])}s kommun\"></a>\n"
            "<form class=\"c-search\" action=\"/\" method=\"get\"><input name=\"s\" aria-label=\"Sök på webbplatsen\">"
            "<button>Sök</button></form>\n"
            f"<a class=\"c-button\" href=\"{kontakt_path(s)}\">{esc(s['kontakt_label'])}</a>\n"
            "<button class=\"c-drawer-toggle\" aria-controls=\"drawer\" aria-expanded=\"false\">Meny</button>\n</header>\n"
            f"<div class=\"c-drawer\" id=\"drawer\" hidden><nav aria-label=\"Huvudmeny\"><ul class=\"c-nav\">\n{nav}</ul></nav></div>\n"
            f"<main id=\"main-content\">\n{main}\n</main>\n<footer class=\"c-footer\">\n{footer_inner(s)}\n</footer>\n"
            f"{cookie_banner()}\n{SCRIPT}\n</body>\n</html>\n")


def fam_bootstrap(s, title, main, front):
    tb = "".join(f'<li class="list-inline-item"><a href="{h}">{esc(t)}</a></li>' for t, h in topbar_items(s))
    nav = ""
    for name, href, subs in menu(s):
        sub = "".join(f'<li><a class="dropdown-item" href="{h}">{esc(t)}</a></li>' for t, h in subs)
        nav += (f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{href}" data-bs-toggle="dropdown">'
                f'{esc(name)}</a><ul class="dropdown-menu">{sub}</ul></li>\n')
    for t, h in s.get("top_nav_extra", []):
        nav += f'<li class="nav-item"><a class="nav-link" href="{h}">{esc(t)}</a></li>\n'
    if front:
        f = front_sections(s)
        main = (f'<div class="p-5 mb-4 bg-light rounded-3 jumbotron">{f["hero"]}</div>\n<div class="row">'
                + "".join(f'<div class="col-md-6 card"><div class="card-body">{f[k]}</div></div>'
                          for k in ["news", "eserv", "events", "drift", "jobs", "az"]) + "</div>")
    return (head(s, title, extra='<link rel="stylesheet" href="/css/bootstrap.min.css">\n')
            + "<body>\n<div class=\"container-fluid bg-dark text-white small\"><ul class=\"list-inline\">" + tb + "</ul></div>\n"
            "<header><nav class=\"navbar navbar-expand-lg navbar-light bg-white\"><div class=\"container\">\n"
            f"<a class=\"navbar-brand\" href=\"/\"><img src=\"/img/logo.svg\" alt=\"{esc(s['kommun'])}s kommun\"></a>\n"
            "<button class=\"navbar-toggler\" data-bs-toggle=\"collapse\" data-bs-target=\"#nav\">Meny</button>\n"
            f"<div class=\"collapse navbar-collapse\" id=\"nav\"><ul class=\"navbar-nav\">\n{nav}</ul></div>\n"
            "<form class=\"d-flex\" action=\"/sok/\" method=\"get\"><input class=\"form-control\" name=\"q\" aria-label=\"Sök\">"
            "<button class=\"btn btn-primary\">Sök</button></form>\n"
            f"<a class=\"btn btn-link\" href=\"{kontakt_path(s)}\">{esc(s['kontakt_label'])}</a>\n</div></nav></header>\n"
            f"<main class=\"container\">\n{main}\n</main>\n<footer class=\"bg-dark text-white p-4\">\n{footer_inner(s)}\n</footer>\n"
            f"{cookie_banner()}\n{SCRIPT}\n</body>\n</html>\n")


def fam_custom(s, title, main, front):
    tb = "".join(f'<x-link><a href="{h}">{esc(t)}</a></x-link>' for t, h in topbar_items(s))
    nav = ""
    for name, href, subs in menu(s):
        sub = "".join(f'<x-item><a href="{h}">{esc(t)}</a></x-item>' for t, h in subs)
        nav += f'<x-item top><a href="{href}">{esc(name)}</a><x-sub>{sub}</x-sub></x-item>\n'
    if front:
        f = front_sections(s)
        main = "\n".join(f'<x-block kind="{k}">{f[k]}</x-block>' for k in ["hero", "news", "eserv", "events", "drift", "jobs", "az"])
    return (head(s, title) + "<body>\n<x-header>\n"
            f"<x-topbar>{tb}</x-topbar>\n"
            f"<x-logo><a href=\"/\"><img src=\"/assets/logo.svg\" alt=\"{esc(s['kommun'])}s kommun\"></a></x-logo>\n"
            "<x-search><form action=\"/sok/\" method=\"get\"><input name=\"q\" aria-label=\"Sök\"><button>Sök</button></form></x-search>\n"
            f"<x-link><a href=\"{kontakt_path(s)}\">{esc(s['kontakt_label'])}</a></x-link>\n"
            f"<x-nav>\n{nav}</x-nav>\n</x-header>\n<x-main>\n{main}\n</x-main>\n<x-footer>\n{footer_inner(s)}\n</x-footer>\n"
            f"{cookie_banner()}\n<script>customElements.define('x-sub', class extends HTMLElement {{}});</script>\n{SCRIPT}\n</body>\n</html>\n")


def fam_aria(s, title, main, front):
    tb = "".join(f'<div role="listitem"><a href="{h}">{esc(t)}</a></div>' for t, h in topbar_items(s))
    nav = ""
    for name, href, subs in menu(s):
        sub = "".join(f'<div role="listitem"><a href="{h}">{esc(t)}</a></div>' for t, h in subs)
        nav += f'<div role="listitem" class="n1"><a href="{href}">{esc(name)}</a><div role="list" class="n2">{sub}</div></div>\n'
    if front:
        f = front_sections(s)
        main = "\n".join(f'<div role="region" aria-label="{k}" class="r">{f[k]}</div>' for k in ["hero", "news", "eserv", "events", "drift", "jobs", "az"])
    return (head(s, title) + "<body>\n<div class=\"wrap\">\n<div role=\"banner\" class=\"b\">\n"
            f"<div role=\"list\" class=\"tb\" aria-label=\"Genvägar\">{tb}</div>\n"
            f"<a href=\"/\"><img src=\"/logo.svg\" alt=\"{esc(s['kommun'])}s kommun\"></a>\n"
            "<div role=\"search\"><form action=\"/sok/\" method=\"get\"><input name=\"q\" aria-label=\"Sök\"><button>Sök</button></form></div>\n"
            f"<a href=\"{kontakt_path(s)}\">{esc(s['kontakt_label'])}</a>\n"
            f"<div role=\"navigation\" aria-label=\"Huvudmeny\"><div role=\"list\">\n{nav}</div></div>\n</div>\n"
            f"<div role=\"main\">\n{main}\n</div>\n<div role=\"contentinfo\">\n{footer_inner(s)}\n</div>\n</div>\n"
            f"{cookie_banner()}\n{SCRIPT}\n</body>\n</html>\n")


def fam_nextjs(s, title, main, front):
    tb = "".join(f'<a class="Topbar_link__x1" href="{h}">{esc(t)}</a>' for t, h in topbar_items(s))
    nav = ""
    for _i, (name, href, subs) in enumerate(menu(s)):
        sub = "".join(f'<li><a class="Mega_link__k2" href="{h}">{esc(t)}</a></li>' for t, h in subs)
        nav += (f'<li class="Nav_item__a9"><a href="{href}">{esc(name)}</a><button aria-expanded="false">+</button>'
                f'<div class="Mega_panel__q3" style="display:none"><h3>{esc(name)}</h3><ul>{sub}</ul></div></li>\n')
    if front:
        f = front_sections(s)
        main = "\n".join(f'<section class="Block_{k}__z{i}">{f[k]}</section>'
                         for i, k in enumerate(["hero", "news", "eserv", "events", "drift", "jobs", "az"]))
    data = json.dumps({"props": {"pageProps": {"title": title}}, "page": "/[...slug]", "buildId": "b57x"})
    return (head(s, title, extra='<link rel="preload" href="/_next/static/css/a1b2.css" as="style">\n')
            + "<body>\n<div id=\"__next\">\n<header class=\"Header_root__p0\">\n"
            f"<div class=\"Topbar_root__x0\">{tb}</div>\n"
            f"<a href=\"/\" class=\"Header_logo__p1\"><img src=\"/_next/static/media/logo.svg\" alt=\"{esc(s['kommun'])}s kommun\"></a>\n"
            "<form action=\"/sok/\" method=\"get\" class=\"Search_root__s1\"><input name=\"q\" aria-label=\"Sök\"><button>Sök</button></form>\n"
            f"<a href=\"{kontakt_path(s)}\" class=\"Header_contact__p2\">{esc(s['kontakt_label'])}</a>\n"
            f"<nav class=\"Nav_root__a0\"><ul>\n{nav}</ul></nav>\n</header>\n"
            f"<main class=\"Page_main__m0\">\n{main}\n</main>\n<footer class=\"Footer_root__f0\">\n{footer_inner(s)}\n</footer>\n"
            f"{cookie_banner()}\n</div>\n<script id=\"__NEXT_DATA__\" type=\"application/json\">{data}</script>\n{SCRIPT}\n</body>\n</html>\n")


def fam_drupal(s, title, main, front):
    tb = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in topbar_items(s))
    nav = ""
    for name, href, subs in menu(s):
        sub = "".join(f'<li class="menu-item"><a href="{h}">{esc(t)}</a></li>' for t, h in subs)
        nav += f'<li class="menu-item menu-item--expanded"><a href="{href}">{esc(name)}</a><ul class="menu">{sub}</ul></li>\n'
    if front:
        f = front_sections(s)
        main = "\n".join(f'<div class="block block-views block-{k}" id="block-{k}">{f[k]}</div>'
                         for k in ["hero", "news", "eserv", "events", "drift", "jobs", "az"])
    return (head(s, title, extra='<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n')
            + "<body class=\"path-frontpage\">\n<div class=\"dialog-off-canvas-main-canvas\"><div class=\"layout-container\">\n"
            "<header role=\"banner\" class=\"region region-header\">\n"
            f"<div class=\"block block-menu\" id=\"block-toppmeny\"><ul class=\"menu\">{tb}</ul></div>\n"
            f"<div class=\"block block-system-branding-block\"><a href=\"/\" rel=\"home\"><img src=\"/sites/default/files/logo.svg\" alt=\"{esc(s['kommun'])}s kommun\"></a></div>\n"
            "<div class=\"block block-search\"><form action=\"/sok/\" method=\"get\"><input name=\"q\" aria-label=\"Sök\"><button>Sök</button></form></div>\n"
            f"<div class=\"block\"><a href=\"{kontakt_path(s)}\">{esc(s['kontakt_label'])}</a></div>\n</header>\n"
            f"<div class=\"region region-primary-menu\"><nav role=\"navigation\" id=\"block-huvudmeny\"><ul class=\"menu\">\n{nav}</ul></nav></div>\n"
            f"<main role=\"main\"><div class=\"region region-content\">\n{main}\n</div></main>\n"
            f"<footer role=\"contentinfo\" class=\"region region-footer\">\n{footer_inner(s)}\n</footer>\n</div></div>\n"
            f"{cookie_banner()}\n{SCRIPT}\n</body>\n</html>\n")


FAMILIES = dict(semantic=fam_semantic, soup=fam_soup, table=fam_table, sitevision=fam_sitevision,
                municipio=fam_municipio, bootstrap=fam_bootstrap, custom=fam_custom, aria=fam_aria,
                nextjs=fam_nextjs, drupal=fam_drupal)

BUILDERS = [site_9647, site_9648, site_9649, site_9650, site_9651, site_9652, site_9653, site_9654,
            site_9655, site_9656]


def build(s: dict) -> None:
    d = SITES / s["kod"]
    d.mkdir(parents=True, exist_ok=True)
    for old in d.glob("*.html"):
        old.unlink()
    fam = FAMILIES[s["family"]]
    enc = "iso-8859-1" if s["family"] == "table" else "utf-8"
    ctype = "text/html; charset=iso-8859-1" if enc != "utf-8" else None
    pages = {}
    allp = {**area_pages(s), **std_pages(s), **s["pages"]}
    front_path = "/start.asp" if s["family"] == "table" else "/"
    files = {front_path: ("index.html", f"{s['kommun']}s kommun", "")}
    files.update(allp)
    for path, (fname, title, body) in files.items():
        text = fam(s, title, body, path == front_path)
        (d / fname).write_bytes(text.encode(enc, errors="xmlcharrefreplace"))
        pages[path] = {"file": fname, "content_type": ctype} if ctype else fname
    tpl_text = fam(s, "Sök", "<h1>Sök</h1>\n" + SEARCH_SLOT, False)
    (d / "sok.html").write_bytes(tpl_text.encode(enc, errors="xmlcharrefreplace"))
    redirects = {}
    if front_path != "/":
        redirects["/"] = [front_path, 302]
    search = {"path": "/sok/", "param": "q", "hits": s["search_hits"],
              "template": {"file": "sok.html", "content_type": ctype} if ctype else "sok.html"}
    if s["family"] == "municipio":
        search["path"], search["param"] = "/", "s"
    manifest = {"kommunkod": s["kod"], "kommun": s["kommun"], "lan_kod": s["lan_kod"], "lan": s["lan"],
                "family": s["family"], "pages": dict(sorted(pages.items())), "redirects": redirects,
                "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
                "sitemap": sorted(pages), "search": search, "front_status": None}
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    for b in BUILDERS:
        build(b())
    print(f"wrote {len(BUILDERS)} sites to {SITES}")


if __name__ == "__main__":
    main()
