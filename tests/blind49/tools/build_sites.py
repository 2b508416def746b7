"""Typing aid that writes tests/blind49/sites/ (the HTML files are the corpus).

    python3 tests/blind49/tools/build_sites.py

Labels are not generated: labels.csv is written by hand from the rubric.
"""
from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
SITES = HERE.parent / "sites"

AREAS = [
    ("Barn och utbildning", "barn-och-utbildning",
     ["Förskola", "Grundskola", "Gymnasieskola", "Skolskjuts", "Vuxenutbildning"]),
    ("Omsorg och stöd", "omsorg-och-stod",
     ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Ekonomiskt bistånd", "Färdtjänst och serviceresor"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo",
     ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Gator och parker", "Miljö och hälsa"]),
    ("Kultur och fritid", "kultur-och-fritid",
     ["Bibliotek", "Idrott och motion", "Föreningsliv", "Badplatser", "Evenemang"]),
    ("Näringsliv och arbete", "naringsliv-och-arbete",
     ["Starta företag", "Tillstånd", "Upphandling", "Lediga jobb", "Mark och lokaler"]),
    ("Kommun och politik", "kommun-och-politik",
     ["Organisation", "Politik och beslut", "Ekonomi", "Styrdokument", "Allmänna handlingar"]),
]

SLUG = str.maketrans({"å": "a", "ä": "a", "ö": "o", " ": "-", ",": ""})


def slug(s: str) -> str:
    return s.lower().translate(SLUG)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


# ---------------------------------------------------------------- sites
# Each site: chrome data + pages {path: (title, body_html)}. Front page body is built from
# hero/news/eservices. The per-site texts are the point of the corpus; see README.md.

def base_site(kod, name, domain, vaxel, street, post, family, lan=("99", "Fiktiva län")):
    return {
        "kod": kod, "name": name, "kommun": f"{name} kommun", "domain": domain, "vaxel": vaxel,
        "street": street, "post": post, "family": family, "lan": lan,
        "topbar": [("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("In English", "/in-english/")],
        "nav_extra": [],          # extra top-level nav items (label, href)
        "sub_extra": {},          # area slug -> extra sub-items [(label, href)]
        "header_links": [],       # links in the header beside the search
        "hero_cards": [("Lediga jobb", "/jobb/"), ("Förskola", "/barn-och-utbildning/forskola/"),
                       ("Bygglov", "/bygga-bo-och-miljo/bygglov/"), ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning/")],
        "news": [],               # (headline, path, date, teaser, body)
        "footer_extra": "",
        "pages": {},              # path -> (title, h1-and-body html)
        "redirects": {},
        "search_hits": {},
        "search_path": "/sok/",
        "search_param": "q",
        "front_path": "/",
        "unlinked": [],
        "area_extra": {},         # area slug -> extra html on the area page
        "kontakt_path": "/kontakt/",
        "area_suffix": "/",
        "charset": "utf-8",
    }


def contact_page_generic(s, heading="Kontakta oss"):
    return (f"<h1>{heading}</h1>\n<p>Du når alla kommunens verksamheter via växeln, telefon {s['vaxel']}, "
            f"vardagar 8–16.</p>\n<h2>Post och e-post</h2>\n<p>{s['kommun']}, {s['post']}<br>"
            f"E-post till registrator: kommun@{s['domain']}</p>\n<h2>Synpunkter</h2>\n"
            "<p>Vill du lämna en synpunkt eller ett klagomål? Använd e-tjänsten Synpunkter och klagomål.</p>\n"
            "<h2>Press</h2>\n<p>Journalister kan kontakta kommunikationsavdelningen via växeln.</p>")


def s9555():
    s = base_site("9555", "Hällebro", "hallebro.se", "0980-319 200", "Storgatan 12", "999 55 Hällebro", "semantic")
    s["nav_extra"] = [("Kontaktcentret", "/kontaktcentret/")]
    svc = """<h1>Kontaktcentret</h1>
<p class="lead">Kontaktcentret är kommunens gemensamma ingång för dig som bor, arbetar eller driver företag i Hällebro.</p>
<h2>Vad kan vi hjälpa dig med?</h2>
<p>Hos oss får du svar direkt på de flesta vanliga frågor, till exempel om förskola och skola, bygglov och strandskydd, avfall, återvinning och slamtömning, vatten och avlopp, parkeringstillstånd, färdtjänst, hemtjänst och trygghetslarm, och om du inte får svar direkt ser vi till att ditt ärende hamnar hos rätt handläggare.</p>
<h2>Så når du oss</h2>
<p>Du kan ringa oss på <a href="tel:+46980319201">0980-319 201</a> vardagar mellan klockan 8 och 17, skriva till oss på kontaktcenter@hallebro.se, eller komma förbi i kommunhusets entré på Storgatan 12, där vi har öppet måndag till torsdag 8–16.</p>
<h2>Vilka är vi?</h2>
<p>Vi är nio kommunvägledare som arbetar i kommunhusets entré och i telefon. Den som ansvarar för vårt kontaktcenter är enhetschef Maja Ström.</p>"""
    s["pages"]["/kontaktcentret/"] = ("Kontaktcentret", svc)
    s["news"] = [
        ("Kontaktcentret har sommaröppet", "/nyheter/kontaktcentret-sommaroppet/", "2025-06-10",
         "Under juli svarar vi i telefon 8–15.",
         "<p>Under juli har kontaktcentret kortare telefontider, vardagar 8–15. Besöksentrén håller stängt veckorna 28–31.</p>"),
        ("Hällebrohem öppnar nytt kundcenter", "/nyheter/hallebrohem-kundcenter/", "2025-05-28",
         "Det kommunala bostadsbolaget samlar sin service i centrum.",
         "<p>Hällebrohem AB:s kundcenter flyttar till Torget 2. Där kan hyresgäster göra felanmälan och teckna kontrakt. Kundcentret har öppet vardagar 9–15. Frågor om din lägenhet ställer du till Hällebrohems kundcenter, inte till kommunen.</p>"),
        ("Ny förskola i Norra Hällebro", "/nyheter/ny-forskola/", "2025-05-12",
         "Byggstart i höst för en förskola med sex avdelningar.",
         "<p>Förskolan ska stå klar 2027 och får plats för 120 barn.</p>"),
    ]
    s["search_hits"] = {"kontaktcenter": ["/kontaktcentret/"], "kontaktcentret": ["/kontaktcentret/", "/nyheter/kontaktcentret-sommaroppet/"]}
    return s


def s9556():
    s = base_site("9556", "Ormsjö", "ormsjo.se", "031-390 06 00", "Torget 3", "999 56 Ormsjö", "sitevision")
    svc_path = "/kommun-och-politik/servicecentret.4.51a2f0.html"
    s["hero_cards"] = [("Servicecentrets kontaktvägar", svc_path), *s["hero_cards"][:3]]
    s["sub_extra"] = {"naringsliv-och-arbete": [("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag.4.77bc.html")]}
    s["header_links"] = [("Kontakt", "/kontakt/")]
    svc = """<h1>Servicecentret</h1>
<p class="normal">Servicecentret vägleder dig när du har frågor om barnomsorg och skolval, bygglov, ekonomiskt bistånd, hemtjänst eller avfallshämtning. Enklare ärenden löser vi direkt, och annars kopplar vi dig till rätt person.</p>
<h2 class="subheading">Kontakta servicecentret</h2>
<p class="normal">Ring 031-390 06 05, måndag till fredag 8–16.30, eller besök oss i kommunhuset på Torget 3 i Ormsjö.</p>
<h2 class="subheading">Om oss</h2>
<p class="normal">På servicecentret arbetar sex kommunvägledare och två samhällsvägledare.</p>
<p class="sv-font-liten">Sidansvarig: Jonas Rask, webbredaktör</p>"""
    s["pages"][svc_path] = ("Servicecentret", svc)
    s["pages"]["/naringsliv-och-arbete/servicecenter-for-foretag.4.77bc.html"] = ("Servicecenter för företag", """<h1>Servicecenter för företag</h1>
<p class="normal">Servicecenter för företag hjälper dig som driver eller vill starta företag med tillstånd, lokaler och kontakter i kommunen. Ring 031-390 06 30 eller mejla foretag@ormsjo.se.</p>
<p class="normal">Enhetschef för Servicecenter för företag: Helena Vik, näringslivschef.</p>""")
    s["news"] = [
        ("Nya öppettider för återvinningscentralen", "/nyheter/nya-oppettider-avc.4.1a.html", "2025-04-02",
         "Från 1 maj öppnar Kretsloppsparken redan klockan 7.", "<p>Från 1 maj öppnar Kretsloppsparken klockan 7 på vardagar.</p>"),
        ("Ormsjö Energi byter kundtjänstnummer", "/nyheter/ormsjo-energi-kundtjanst.4.2b.html", "2025-03-20",
         "Bolagets kundtjänst nås på ett nytt nummer.",
         "<p>Ormsjö Energi AB:s kundtjänst för el och fjärrvärme har fått ett nytt telefonnummer, 031-390 06 99. Kundtjänstchef på bolaget är Rolf Dahl.</p>"),
    ]
    s["search_hits"] = {"servicecenter": [svc_path, "/naringsliv-och-arbete/servicecenter-for-foretag.4.77bc.html"], "servicecentret": [svc_path]}
    return s


def s9557():
    s = base_site("9557", "Tornvik", "tornvik.se", "040-628 04 00", "Kyrkogatan 7", "999 57 Tornvik", "municipio")
    svc_path = "/kommun-och-politik/medborgarkontoret/"
    s["sub_extra"] = {"kommun-och-politik": [("Medborgarkontorets öppettider", svc_path)]}
    s["header_links"] = [("Kontakt", "/kontakt/")]
    s["search_path"], s["search_param"] = "/", "s"
    svc = """<h1>Medborgarkontoret</h1>
<p class="lead">Medborgarkontoret tar emot dina ärenden och frågor om bland annat bostadsanpassning, färdtjänst, parkeringstillstånd för rörelsehindrade, hyra av kommunens lokaler, borgerlig vigsel och kopiering av allmänna handlingar.</p>
<div class="c-card"><div class="c-card__body">
<h2 class="c-card__title">Öppettider och besök</h2>
<p>Ring oss på 040-628 04 10 eller kom in till oss i stadshuset på Kyrkogatan 7, vi har öppet måndag–torsdag 9–16 och fredag 9–14.</p>
</div></div>
<p>Vill du veta hur medborgarkontoret hänger ihop med resten av kommunen? Läs mer under <a href="/kommun-och-politik/organisation/">Så är kommunen organiserad</a>.</p>"""
    s["pages"][svc_path] = ("Medborgarkontoret", svc)
    s["pages"]["/kommun-och-politik/organisation/"] = ("Så är kommunen organiserad", """<h1>Så är kommunen organiserad</h1>
<p>Kommunen har fyra förvaltningar. Kommundirektör är Anders Lund.</p>
<h2>Kommunledningsförvaltningen</h2>
<p>Här finns ekonomi, personal, kommunikation och medborgarkontoret. Verksamheten vid medborgarkontoret leds av enhetschef Ola Berg.</p>
<h2>Barn- och utbildningsförvaltningen</h2><p>Förvaltningschef: Sara Nyström.</p>""")
    s["sub_extra"]["kommun-och-politik"].append(("Så är kommunen organiserad", "/kommun-och-politik/organisation/"))
    s["news"] = [
        ("Statens servicecenter öppnar i Tornvik", "/nyheter/statens-servicecenter/", "2025-02-14",
         "Skatteverket, Försäkringskassan och Pensionsmyndigheten samlas i Tornvik.",
         "<p>Statens servicecenter öppnar ett servicekontor på Järnvägsgatan 4 i mars. Där kan du få hjälp med frågor till Skatteverket, Försäkringskassan och Pensionsmyndigheten.</p>"),
        ("Sommarlovsaktiviteter för unga", "/nyheter/sommarlov/", "2025-05-30",
         "Gratis aktiviteter hela sommaren.", "<p>Anmälan öppnar den 1 juni.</p>"),
    ]
    s["search_hits"] = {"medborgarkontor": [svc_path], "medborgarkontoret": [svc_path]}
    return s


def s9558():
    s = base_site("9558", "Västmora", "vastmora.se", "0980-319 220", "Rådhusgatan 1", "999 58 Västmora", "bootstrap")
    s["nav_extra"] = [("Kundcenter Västmora", "/kundcenter/")]
    s["sub_extra"] = {"naringsliv-och-arbete": [("Företagslotsen", "/naringsliv-och-arbete/foretagslotsen/")]}
    svc = """<h1>Kundcenter Västmora</h1>
<p class="lead">Kundcenter Västmora guidar dig rätt, oavsett vad du undrar över. Vi finns här för dig och tar oss tid att lyssna.</p>
<div class="card mb-3"><div class="card-body">
<h2 class="h4 card-title">Kontakta oss</h2>
<p class="card-text">Du når oss enklast på telefon 0980-319 221, vardagar 8–16.30, eller via e-post till kundcenter@vastmora.se, så återkommer vi inom två arbetsdagar.</p>
</div></div>
<h2 class="h4">Vem ansvarar?</h2>
<p>Den som ansvarar för vårt kundcenter är Lars Ek, som du når via växeln.</p>"""
    s["pages"]["/kundcenter/"] = ("Kundcenter Västmora", svc)
    s["pages"]["/naringsliv-och-arbete/foretagslotsen/"] = ("Företagslotsen", """<h1>Företagslotsen</h1>
<p>Företagslotsen hjälper dig som vill starta eller utveckla ett företag i Västmora med tillstånd, lokaler och kontakter. Ring 0980-319 240 eller mejla lotsen@vastmora.se.</p>
<p>Ansvarig för Företagslotsen: Petra Sund, näringslivschef.</p>""")
    s["footer_extra"] = "<p class=\"small\">Frågor om el, fjärrvärme eller bredband? Kontakta Västmora Energi AB:s kundservice, 0980-319 229.</p>"
    s["news"] = [
        ("Vattenavstängning i Östra Västmora", "/nyheter/vattenavstangning/", "2025-06-02",
         "Tisdag 10 juni 9–13 är vattnet avstängt.", "<p>Arbeten på ledningsnätet gör att vattnet stängs av.</p>"),
        ("Bibliotekets sommarboklek startar", "/nyheter/sommarboklek/", "2025-05-20",
         "Läs fem böcker och få ett pris.", "<p>Sommarboken pågår till 15 augusti.</p>"),
    ]
    s["search_hits"] = {"kundcenter": ["/kundcenter/"]}
    return s


def s9559():
    s = base_site("9559", "Sjöholma", "sjoholma.se", "08-465 004 10", "Kungsgatan 9", "999 59 Sjöholma", "table")
    s["charset"] = "iso-8859-1"
    s["front_path"] = "/start.asp"
    s["redirects"] = {"/": ["/start.asp", 302]}
    s["kontakt_path"] = "/kontakt.asp"
    s["area_suffix"] = ".asp"
    s["search_path"] = "/sok.asp"
    s["header_links"] = [("Kontakta oss", "/kontakt.asp")]
    s["footer_extra"] = '<a href="/medborgarservice.asp"><font size="1" color="#ffffff">Medborgarservice</font></a>'
    svc = """<h1><font face="Verdana" size="4">Medborgarservice i Sjöholma</font></h1>
<p><font face="Verdana" size="2">Medborgarservice hjälper dig med frågor om avgifter för barnomsorg, skolskjuts, färdtjänst, hemtjänst och ansökan om parkeringstillstånd.</font></p>
<p><font face="Verdana" size="2">Ring 08-465 004 12.</font></p>
<p><font face="Verdana" size="1">Kontaktperson: Berit Holm, kommunvägledare</font></p>"""
    s["pages"]["/medborgarservice.asp"] = ("Medborgarservice i Sjöholma", svc)
    s["news"] = [
        ("Sjöholmabostäder inför digital felanmälan", "/nyheter/sjoholmabostader.asp", "2025-03-03",
         "Bostadsbolagets kundtjänst tar nu emot felanmälan på webben.",
         "<p>AB Sjöholmabostäders kundtjänst tar emot felanmälan dygnet runt via bolagets webbplats.</p>"),
        ("Budget för 2026 antagen", "/nyheter/budget-2026.asp", "2025-06-16",
         "Kommunfullmäktige har fastställt budgeten.", "<p>Skattesatsen är oförändrad.</p>"),
    ]
    s["search_hits"] = {"medborgarservice": ["/medborgarservice.asp"]}
    return s


def s9560():
    s = base_site("9560", "Lillgrund", "lillgrund.se", "031-390 06 40", "Hamngatan 2", "999 60 Lillgrund", "soup")
    svc_path = "/kommun-och-politik/invanarservice/"
    s["header_links"] = [("Kontakt", "/kontakt/")]
    s["area_extra"] = {"kommun-och-politik": f'<div class="box7"><div class="hh">Service för dig som invånare</div><p>Har du en fråga men vet inte vart du ska vända dig? <a href="{svc_path}">Invånarservice</a> hjälper dig vidare.</p></div>'}
    svc = """<h1>Invånarservice</h1>
<div class="p9">Invånarservice är kommunens första kontakt för dig som bor i Lillgrund.</div>
<div class="p9">Vi svarar på frågor om allt från bygglov, förskola och skola, till äldreomsorg, avfall, gator, parkering och felanmälan av gatubelysning, och vi hjälper dig att fylla i ansökningar och e-tjänster.</div>
<div class="hh">Så kontaktar du oss</div>
<div class="p9">Det går bra att chatta med oss vardagar 8–16, att skicka ditt ärende via vårt <a href="/kommun-och-politik/invanarservice/kontaktformular/">kontaktformulär</a>, eller att ringa 031-390 06 41.</div>
<div class="zz"><button type="button" class="chat-knapp" onclick="openChat()">Chatta med Invånarservice</button></div>
<div class="hh">Ansvar</div>
<div class="p9">Den som ansvarar för invånarservicen är Karin Ljung.</div>"""
    s["pages"][svc_path] = ("Invånarservice", svc)
    s["pages"]["/kommun-och-politik/invanarservice/kontaktformular/"] = ("Kontaktformulär", """<h1>Kontaktformulär</h1>
<div class="p9">Skriv ditt ärende så svarar Invånarservice inom två arbetsdagar.</div>
<form method="post" action="/kommun-och-politik/invanarservice/kontaktformular/"><div class="f1"><label>Namn <input name="namn"></label></div>
<div class="f1"><label>E-post <input name="epost"></label></div><div class="f1"><label>Ditt ärende <textarea name="arende"></textarea></label></div>
<button type="submit">Skicka</button></form>""")
    s["news"] = [
        ("Region Västerkustens kundtjänst för sjukresor byter nummer", "/nyheter/sjukresor/", "2025-04-22",
         "Nytt nummer till regionens sjukresor från 1 maj.",
         "<p>Region Västerkustens kundtjänst för sjukresor nås från 1 maj på ett nytt nummer. Kommunen kan inte boka sjukresor.</p>"),
        ("Hamnfesten är tillbaka", "/nyheter/hamnfesten/", "2025-06-01",
         "Musik och marknad i hamnen 14–15 juni.", "<p>Välkommen till hamnen!</p>"),
    ]
    s["search_hits"] = {"invånarservice": [svc_path], "invanarservice": [svc_path]}
    return s


def s9561():
    s = base_site("9561", "Fagervåg", "fagervag.se", "040-628 04 50", "Bruksgatan 5", "999 61 Fagervåg", "aria")
    s["header_links"] = [("Kontakta oss", "/kontakta-oss/")]
    s["kontakt_path"] = "/kontakta-oss/"
    s["sub_extra"] = {"naringsliv-och-arbete": [("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag/")]}
    s["pages"]["/naringsliv-och-arbete/servicecenter-for-foretag/"] = ("Servicecenter för företag", """<h1>Servicecenter för företag</h1>
<p>Servicecenter för företag vägleder dig som driver företag i Fagervåg i frågor om serveringstillstånd, livsmedelskontroll, bygglov för verksamhetslokaler och upphandling. Ring 040-628 04 55 eller skriv till foretag@fagervag.se.</p>
<p>Den som ansvarar för Servicecenter för företag är näringslivschef Tomas Rehn.</p>""")
    s["footer_extra"] = "<p>Fagervåg Energi AB – kundservice för el och fjärrvärme: 040-628 04 59</p>"
    s["news"] = [
        ("Försäkringskassans kundcenter stänger i Fagervåg", "/nyheter/forsakringskassan/", "2025-03-11",
         "Myndigheten samlar sin service i Grannköping.",
         "<p>Försäkringskassans kundcenter på Stationsgatan stänger den 1 april. Närmaste kontor finns i Grannköping, där Grannköpings kommuns kontaktcenter också delar lokal med myndigheten.</p>"),
        ("Fagervågs Bostäder öppnar kundtjänst på torget", "/nyheter/fagervags-bostader/", "2025-05-05",
         "Hyresgäster får en egen kundtjänst i centrum.",
         "<p>Fagervågs Bostäder AB:s kundtjänst har öppet vardagar 9–15 på Torget 1. Kundtjänstchef är Jenny Paulsson.</p>"),
    ]
    s["search_hits"] = {"kontaktcenter": [], "servicecenter": ["/naringsliv-och-arbete/servicecenter-for-foretag/"]}
    return s


def s9562():
    s = base_site("9562", "Ekstad", "ekstad.se", "031-390 06 50", "Kungsgatan 5", "999 62 Ekstad", "custom")
    s["hero_cards"] = [("Kontakt Ekstad – vi tar emot dina ärenden", "/kontakt-ekstad/"), *s["hero_cards"][:3]]
    svc = """<h1>Kontakt Ekstad</h1>
<x-ingress><p>Kontakt Ekstad tar emot dina ärenden och guidar dig vidare när du har frågor om skola, förskola och fritidshem, om bygglov, om avfall, vatten och avlopp, eller om gator, parker och snöröjning.</p></x-ingress>
<h2>Ring, mejla eller kom förbi</h2>
<p>Du kan ringa, mejla eller komma förbi: vi nås på telefon 031-390 06 51 måndag till fredag 8–17, på e-post kontakt@ekstad.se, och i stadshusets entré på Kungsgatan 5.</p>
<h2>Om Kontakt Ekstad</h2>
<p>Kontakt Ekstad leds av en enhetschef, Amir Haddad, och tillhör kommunledningskontoret.</p>"""
    s["pages"]["/kontakt-ekstad/"] = ("Kontakt Ekstad", svc)
    s["news"] = [
        ("Ekstads kontaktväg blir enklare", "/nyheter/enklare-kontakt/", "2025-01-20",
         "Ett nummer till hela kommunen.",
         "<p>Från februari svarar Kontakt Ekstad på kommunens växelnummer.</p>"),
        ("Snöröjningen prioriterar gång- och cykelvägar", "/nyheter/snorojning/", "2025-01-08",
         "Så röjer vi snö i vinter.", "<p>Gång- och cykelvägar röjs först.</p>"),
    ]
    s["search_hits"] = {"kontakt ekstad": ["/kontakt-ekstad/"]}
    return s


def s9563():
    s = base_site("9563", "Bruksby", "bruksby.se", "08-465 004 40", "Järnvägsgatan 3", "999 63 Bruksby", "drupal")
    s["topbar"] = s["topbar"] + [("Servicekontoret", "/servicekontoret")]
    s["header_links"] = [("Kontakt", "/kontakt")]
    s["kontakt_path"] = "/kontakt"
    s["area_suffix"] = ""
    s["pages"]["/servicekontoret"] = ("Servicekontoret", """<h1 class="page-title">Servicekontoret</h1>
<div class="field field--name-body"><p>Servicekontoret finns här för dig som har frågor om kommunen. Hör av dig om du undrar något, stort som smått!</p>
<p>Ring 08-465 004 41 eller skriv till servicekontoret@bruksby.se, vi svarar vardagar 8–16.</p>
<p>Sidansvarig: Linnea Grön</p><p>Handläggare för synpunkter och klagomål: Erik Mattsson</p></div>""")
    s["news"] = [
        ("Statens servicekontor öppnar i Bruksby", "/nyheter/statens-servicekontor", "2025-04-01",
         "Nu kan du få hjälp med Skatteverkets och Försäkringskassans ärenden i Bruksby.",
         "<p>Statens servicekontor öppnar på Torggatan 1. Servicekontoret drivs av Statens servicecenter.</p>"),
        ("Nytt konstgräs på Bruksvallen", "/nyheter/konstgras", "2025-05-15",
         "Planen är klar för spel i juni.", "<p>Välkommen att spela!</p>"),
    ]
    s["search_hits"] = {"servicekontor": ["/servicekontoret", "/nyheter/statens-servicekontor"], "servicekontoret": ["/servicekontoret"]}
    return s


def s9564():
    s = base_site("9564", "Kvistaby", "kvistaby.se", "0980-319 250", "Ågatan 4", "999 64 Kvistaby", "episerver")
    svc_path = "/kommunen/medborgarcentret/"
    s["header_links"] = [("Kontakt", "/kontakt/")]
    s["pages"][svc_path] = ("Medborgarcentret", """<h1>Medborgarcentret</h1>
<div class="Preamble"><p>Medborgarcentret tar emot dina ärenden. Välkommen att höra av dig!</p></div>
<div class="MainBody"><p>Telefon 0980-319 251.</p></div>""")
    s["unlinked"] = [svc_path]
    s["news"] = [
        ("Kvistaby Vatten informerar om spolning", "/nyheter/spolning/", "2025-05-06",
         "Ledningsnätet spolas i maj.",
         "<p>Kvistaby Vatten AB spolar ledningsnätet. Frågor ställs till Kvistaby Vattens kundservice för VA och renhållning.</p>"),
        ("Kulturnatten 2025", "/nyheter/kulturnatten/", "2025-09-01",
         "Program för hela familjen.", "<p>Kulturnatten äger rum den 27 september.</p>"),
    ]
    s["search_hits"] = {"medborgarcenter": [svc_path], "medborgarcentret": [svc_path]}
    return s


ALL = [s9555, s9556, s9557, s9558, s9559, s9560, s9561, s9562, s9563, s9564]


# ---------------------------------------------------------------- chrome
def menu(s):
    out = []
    for label, sl, subs in AREAS:
        href = f"/{sl}{s['area_suffix']}"
        items = [(x, f"/{sl}/{slug(x)}/") for x in subs] + s["sub_extra"].get(sl, [])
        out.append((label, href, items))
    return out


def search_form(s, cls=""):
    return (f'<form class="{cls}" action="{s["search_path"]}" method="get" role="search">'
            f'<label for="q{s["kod"]}">Sök på webbplatsen</label> '
            f'<input id="q{s["kod"]}" type="search" name="{s["search_param"]}" placeholder="Vad letar du efter?"> '
            '<button type="submit">Sök</button></form>')


def footer_inner(s):
    return (f'<div class="f-col"><strong>{esc(s["kommun"])}</strong><br>{esc(s["post"])}<br>'
            f'Besöksadress: {esc(s["street"])}<br>Växel: {esc(s["vaxel"])}<br>'
            f'E-post: kommun@{s["domain"]}<br>Org.nr 212000-{s["kod"]}</div>\n'
            '<div class="f-col"><a href="/tillganglighet/">Tillgänglighetsredogörelse</a><br>'
            '<a href="/om-kakor/">Om kakor</a><br><a href="/personuppgifter/">Behandling av personuppgifter</a><br>'
            f'<a href="{s["kontakt_path"]}">Kontakta kommunen</a></div>\n'
            f'<div class="f-col">{s["footer_extra"]}</div>')


def topbar_links(s, sep=" "):
    return sep.join(f'<a href="{h}">{esc(t)}</a>' for t, h in s["topbar"])


def header_links(s):
    return " ".join(f'<a class="hl" href="{h}">{esc(t)}</a>' for t, h in s["header_links"])


def logo(s):
    return f'<a href="/" class="logo"><img src="/static/logo.svg" alt="{esc(s["kommun"])}, till startsidan" width="180" height="48"></a>'


def chrome(s, title, body, front=False):
    fam = s["family"]
    m = menu(s)
    extra = s["nav_extra"]
    ttl = f"{title} - {s['kommun']}" if not front else s["kommun"]
    css = "body{font-family:sans-serif;margin:0}.sub,.panel{display:none}li:hover>.sub{display:block}.cookie{position:fixed;bottom:0}"
    cookie = '<div class="cookie" id="cookie"><p>Vi använder kakor för att webbplatsen ska fungera.</p><button onclick="this.parentNode.remove()">Jag förstår</button></div>'
    script = "<script>function openChat(){alert('Chatten öppnas');}document.documentElement.className='js';</script>"
    if fam == "semantic":
        nav = "".join(f'<li><a href="{h}">{esc(lbl)}</a><ul class="sub">' + "".join(
            f'<li><a href="{sh}">{esc(st)}</a></li>' for st, sh in items) + "</ul></li>" for lbl, h, items in m)
        nav += "".join(f'<li class="top-accent"><a href="{h}">{esc(lbl)}</a></li>' for lbl, h in extra)
        page = (f'<header class="site-header"><div class="topbar">{topbar_links(s)}</div>{logo(s)}{search_form(s)}'
                f'<div class="header-links">{header_links(s)}</div>'
                f'<nav aria-label="Huvudmeny"><ul class="mainmenu">{nav}</ul></nav></header>\n'
                f'<main id="main">\n{body}\n</main>\n<footer class="site-footer">{footer_inner(s)}</footer>')
    elif fam == "sitevision":
        tops = "".join(f'<li class="sv-mm-top"><button class="sv-mm-btn" aria-expanded="false" aria-controls="mm{i}">{esc(lbl)}</button></li>'
                       for i, (lbl, h, items) in enumerate(m))
        panels = "".join(f'<div class="sv-megamenu-panel" id="mm{i}" hidden><div class="sv-mm-col"><a class="sv-mm-head" href="{h}">{esc(lbl)}</a><ul>'
                         + "".join(f'<li><a href="{sh}">{esc(st)}</a></li>' for st, sh in items) + "</ul></div></div>"
                         for i, (lbl, h, items) in enumerate(m))
        page = (f'<div class="sv-layout sv-skip-spacer" id="svid10_header"><div class="sv-layout sv-template-portlet topbar">{topbar_links(s, " | ")}</div>'
                f'<div class="sv-layout sv-row"><div class="sv-portlet sv-image-portlet">{logo(s)}</div>'
                f'<div class="sv-portlet sv-search-portlet">{search_form(s, "sv-search-form")}</div>'
                f'<div class="sv-portlet sv-text-portlet">{header_links(s)}</div></div>'
                f'<div class="sv-layout sv-megamenu"><ul class="sv-mm-tops">{tops}</ul>{panels}</div></div>\n'
                f'<div class="sv-layout" id="svid10_content"><div class="sv-portlet sv-text-portlet sv-use-margins">\n{body}\n</div></div>\n'
                f'<div class="sv-layout sv-footer" id="svid10_footer"><div class="sv-portlet sv-text-portlet">{footer_inner(s)}</div></div>')
    elif fam == "municipio":
        drawer = "".join(f'<li class="c-navigation__item"><a href="{h}">{esc(lbl)}</a><ul class="c-navigation__sub">' + "".join(
            f'<li><a href="{sh}">{esc(st)}</a></li>' for st, sh in items) + "</ul></li>" for lbl, h, items in m)
        page = (f'<header class="site-header c-header"><div class="c-header__top">{topbar_links(s)}</div>'
                f'<div class="c-header__main">{logo(s)}{search_form(s, "c-search")}{header_links(s)}'
                '<button class="c-button js-trigger-drawer" aria-controls="drawer" aria-expanded="false">Meny</button></div></header>\n'
                f'<div id="drawer" class="c-drawer" hidden><nav aria-label="Meny"><ul class="c-navigation">{drawer}</ul></nav></div>\n'
                f'<main id="main-content" class="o-container">\n{body}\n</main>\n<footer class="site-footer c-footer">{footer_inner(s)}</footer>')
    elif fam == "bootstrap":
        nav = "".join(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{h}" data-bs-toggle="dropdown">{esc(lbl)}</a>'
                      '<ul class="dropdown-menu">' + "".join(f'<li><a class="dropdown-item" href="{sh}">{esc(st)}</a></li>' for st, sh in items)
                      + "</ul></li>" for lbl, h, items in m)
        nav += "".join(f'<li class="nav-item"><a class="nav-link fw-bold" href="{h}">{esc(lbl)}</a></li>' for lbl, h in extra)
        page = (f'<div class="bg-light small py-1"><div class="container">{topbar_links(s)}</div></div>'
                f'<nav class="navbar navbar-expand-lg"><div class="container">{logo(s).replace("logo", "navbar-brand")}'
                f'<button class="navbar-toggler" data-bs-toggle="collapse" data-bs-target="#nb" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>'
                f'<div class="collapse navbar-collapse" id="nb"><ul class="navbar-nav me-auto">{nav}</ul>{search_form(s, "d-flex")}</div></div></nav>\n'
                f'<div class="container py-4" id="content">\n{body}\n</div>\n<div class="bg-dark text-white py-4"><div class="container"><div class="row">{footer_inner(s)}</div></div></div>')
    elif fam == "table":
        nav = "".join(f'<td class="nav"><a href="{h}"><font color="#ffffff"><b>{esc(lbl)}</b></font></a></td>' for lbl, h, items in m)
        page = ('<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="#e8eef4">'
                f'<table width="100%"><tr><td>{logo(s)}</td><td align="right"><font size="1">{topbar_links(s, " | ")} | {header_links(s)}</font><br>{search_form(s)}</td></tr></table></td></tr>'
                f'<tr><td bgcolor="#1d4f7a"><table cellpadding="6"><tr>{nav}</tr></table></td></tr>'
                f'<tr><td valign="top"><table width="100%" cellpadding="12"><tr><td valign="top">\n{body}\n</td></tr></table></td></tr>'
                f'<tr><td bgcolor="#1d4f7a"><font color="#ffffff" size="1">{footer_inner(s)}</font></td></tr></table>')
    elif fam == "soup":
        nav = "".join(f'<div class="q3"><a href="{h}">{esc(lbl)}</a><div class="zz sub">' + "".join(
            f'<a href="{sh}">{esc(st)}</a>' for st, sh in items) + "</div></div>" for lbl, h, items in m)
        page = (f'<div class="q1"><div class="q0">{topbar_links(s)}</div><div class="q2">{logo(s)}{search_form(s, "s4")}{header_links(s)}</div>'
                f'<div class="q5">{nav}</div></div>\n<div class="w8">\n{body}\n</div>\n<div class="q9">{footer_inner(s)}</div>')
    elif fam == "aria":
        nav = "".join(f'<div role="listitem"><a href="{h}">{esc(lbl)}</a><div class="sub" role="list">' + "".join(
            f'<div role="listitem"><a href="{sh}">{esc(st)}</a></div>' for st, sh in items) + "</div></div>" for lbl, h, items in m)
        css += ".wrap{display:flex;flex-direction:column}.bn{order:1}.mn{order:2}.ft{order:3}"
        page = (f'<div class="wrap"><div class="mn" role="main">\n{body}\n</div>\n'
                f'<div class="bn" role="banner"><div class="tb">{topbar_links(s)}</div>{logo(s)}{search_form(s)}{header_links(s)}'
                f'<div role="navigation" aria-label="Huvudmeny"><div role="list">{nav}</div></div></div>\n'
                f'<div class="ft" role="contentinfo">{footer_inner(s)}</div></div>')
    elif fam == "custom":
        nav = "".join(f'<x-item><a href="{h}">{esc(lbl)}</a><x-sub>' + "".join(
            f'<a href="{sh}">{esc(st)}</a>' for st, sh in items) + "</x-sub></x-item>" for lbl, h, items in m)
        page = (f'<x-header><x-topbar>{topbar_links(s)}</x-topbar>{logo(s)}<x-search>{search_form(s)}</x-search>{header_links(s)}'
                f'<x-nav>{nav}</x-nav></x-header>\n<x-main>\n{body}\n</x-main>\n<x-footer>{footer_inner(s)}</x-footer>')
        script += "<script>customElements.define('x-item',class extends HTMLElement{});</script>"
    elif fam == "drupal":
        nav = "".join(f'<li class="menu-item menu-item--expanded"><a href="{h}">{esc(lbl)}</a><ul class="menu">' + "".join(
            f'<li class="menu-item"><a href="{sh}">{esc(st)}</a></li>' for st, sh in items) + "</ul></li>" for lbl, h, items in m)
        page = (f'<div class="dialog-off-canvas-main-canvas"><div class="region region-top-bar"><div class="block block-menu">{topbar_links(s)}</div></div>'
                f'<header role="banner" class="region region-header"><div class="block block-system-branding-block">{logo(s)}</div>'
                f'<div class="block block-search">{search_form(s)}</div><div class="block">{header_links(s)}</div></header>'
                f'<div class="region region-primary-menu"><nav role="navigation" id="block-mainnavigation"><ul class="menu">{nav}</ul></nav></div>\n'
                f'<main role="main"><div class="region region-content">\n{body}\n</div></main>\n'
                f'<footer role="contentinfo" class="region region-footer">{footer_inner(s)}</footer></div>')
    elif fam == "episerver":
        nav = "".join(f'<li class="MainNav-item"><a href="{h}">{esc(lbl)}</a><ul class="MainNav-sub">' + "".join(
            f'<li><a href="{sh}">{esc(st)}</a></li>' for st, sh in items) + "</ul></li>" for lbl, h, items in m)
        page = (f'<header class="Header"><div class="Header-tools">{topbar_links(s)}</div><div class="Header-main">{logo(s)}'
                f'{search_form(s, "Header-search")}{header_links(s)}</div><nav class="MainNav"><ul>{nav}</ul></nav></header>\n'
                f'<main class="Page"><div class="Page-content">\n{body}\n</div></main>\n<footer class="Footer">{footer_inner(s)}</footer>')
    else:
        raise ValueError(fam)
    meta_cs = s["charset"]
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{meta_cs}">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{esc(ttl)}</title>\n<style>{css}</style>\n</head>\n<body class="fam-{fam}">\n{page}\n{cookie}\n{script}\n</body>\n</html>\n')


def front_body(s):
    cards = "".join(f'<li class="card"><a href="{h}">{esc(t)}</a></li>' for t, h in s["hero_cards"])
    news = "".join(f'<li class="news-teaser"><a href="{p}">{esc(h)}</a> <span class="date">{d}</span><p>{esc(t)}</p></li>'
                   for h, p, d, t, _ in s["news"])
    return (f'<div class="hero"><h1>Välkommen till {esc(s["kommun"])}</h1><p>Här finns information och e-tjänster för dig som bor, arbetar och besöker {esc(s["name"])}.</p>'
            f'<ul class="shortcuts">{cards}</ul></div>\n'
            f'<div class="news"><h2>Nyheter</h2><ul>{news}</ul><a href="/nyheter/">Fler nyheter</a></div>\n'
            '<div class="eservices"><h2>Populära e-tjänster</h2><ul><li><a href="/e-tjanster/ansok-om-forskoleplats/">Ansök om förskoleplats</a></li>'
            '<li><a href="/e-tjanster/felanmalan/">Felanmälan</a></li><li><a href="/e-tjanster/ekonomiskt-bistand/">Ansök om ekonomiskt bistånd</a></li>'
            '<li><a href="/e-tjanster/">Alla e-tjänster</a></li></ul></div>\n'
            '<div class="events"><h2>Evenemang</h2><ul><li><a href="/evenemang/sommarkonsert/">Sommarkonsert i parken</a></li>'
            '<li><a href="/evenemang/loppis/">Loppis på torget</a></li></ul></div>\n'
            '<div class="drift"><h2>Driftinformation</h2><p>Inga kända störningar just nu.</p></div>\n'
            '<div class="jobs"><h2>Jobba hos oss</h2><p>Vi har lediga jobb inom skola, vård och teknik.</p><a href="/jobb/">Se alla lediga jobb</a></div>\n'
            '<div class="ao"><h2>A–Ö</h2><a href="/a-o/">Alla sidor från A till Ö</a></div>')


def area_body(s, label, sl, subs):
    items = "".join(f'<li><a href="/{sl}/{slug(x)}/">{esc(x)}</a></li>' for x in subs)
    items += "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in s["sub_extra"].get(sl, []))
    return f'<h1>{esc(label)}</h1>\n<p>Här hittar du information om {esc(label.lower())} i {esc(s["name"])}.</p>\n<ul class="area-list">{items}</ul>\n{s["area_extra"].get(sl, "")}'


def build_site(s):
    d = SITES / s["kod"]
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    latin = s["charset"] != "utf-8"
    ctype = "text/html; charset=iso-8859-1" if latin else None
    pages: dict = {}

    def write(path, fname, title, body, front=False):
        text = chrome(s, title, body, front)
        if latin:
            (d / fname).write_bytes(text.encode("iso-8859-1", errors="xmlcharrefreplace"))
            pages[path] = {"file": fname, "content_type": ctype}
        else:
            (d / fname).write_text(text, encoding="utf-8")
            pages[path] = fname

    write(s["front_path"], "index.html", s["kommun"], front_body(s), front=True)
    for label, sl, subs in AREAS:
        write(f"/{sl}{s['area_suffix']}", f"{sl}.html", label, area_body(s, label, sl, subs))
    nsfx = ".asp" if latin else "/"
    nyheter = "/nyheter" + nsfx
    lst = "".join(f'<li><a href="{p}">{esc(h)}</a> <span class="date">{dt}</span></li>' for h, p, dt, _, _ in s["news"])
    write(nyheter, "nyheter.html", "Nyheter", f"<h1>Nyheter</h1>\n<ul>{lst}</ul>")
    for i, (h, p, dt, t, body) in enumerate(s["news"], 1):
        write(p, f"nyhet{i}.html", h, f'<h1>{esc(h)}</h1>\n<p class="date">Publicerad {dt}</p>\n<p class="ingress">{esc(t)}</p>\n{body}\n<p><a href="{nyheter}">Alla nyheter</a></p>')
    write(s["kontakt_path"], "kontakt.html", "Kontakta oss" if "oss" in s["kontakt_path"] or latin else "Kontakt",
          contact_page_generic(s, "Kontakta oss" if "oss" in s["kontakt_path"] or latin else "Kontakt"))
    write("/tillganglighet/", "tillganglighet.html", "Tillgänglighetsredogörelse",
          f"<h1>Tillgänglighetsredogörelse</h1>\n<p>{esc(s['kommun'])} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>"
          "<p>Om du upplever problem med tillgängligheten kan du kontakta oss via växeln.</p>")
    for i, (path, (title, body)) in enumerate(s["pages"].items(), 1):
        write(path, f"sida{i}.html", title, body)
    # search template (not a page of its own)
    tpl = chrome(s, "Sök", '<h1>Sökresultat</h1>\n<!--SEARCH_RESULTS-->')
    if latin:
        (d / "sok.html").write_bytes(tpl.encode("iso-8859-1", errors="xmlcharrefreplace"))
        tspec = {"file": "sok.html", "content_type": ctype}
    else:
        (d / "sok.html").write_text(tpl, encoding="utf-8")
        tspec = "sok.html"
    manifest = {
        "kommunkod": s["kod"], "kommun": s["name"], "lan_kod": s["lan"][0], "lan": s["lan"][1],
        "family": s["family"], "pages": pages, "redirects": s["redirects"],
        "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
        "sitemap": ["/" if s["front_path"] == "/" else s["front_path"]] + [p for p in pages if p != s["front_path"]],
        "search": {"path": s["search_path"], "param": s["search_param"], "hits": s["search_hits"], "template": tspec},
        "front_status": None,
    }
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(pages)


def main() -> None:
    SITES.mkdir(exist_ok=True)
    for f in ALL:
        s = f()
        n = build_site(s)
        print(s["kod"], s["name"], s["family"], n, "pages")


if __name__ == "__main__":
    main()
