"""Shared filler for the second blind corpus: menu areas, news, events, styles.

A typing aid only; the HTML files under ``sites/`` are the corpus.
"""
from __future__ import annotations

import html

TRANS = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "Å": "a", "Ä": "a", "Ö": "o",
                       " ": "-", ",": "", ":": "", "&": "och", "/": "-"})


def slug(text: str) -> str:
    s = text.lower().translate(TRANS)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


AREAS = [
    ("Barn och utbildning", ["Förskola", "Grundskola", "Fritidshem", "Gymnasieskola",
                             "Vuxenutbildning", "Skolskjuts", "Skolmat"]),
    ("Omsorg och stöd", ["Äldreomsorg", "Hemtjänst", "Stöd till anhöriga", "Funktionsnedsättning",
                         "Färdtjänst", "Ekonomiskt bistånd", "Bostadsanpassning"]),
    ("Bygga, bo och miljö", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp",
                             "Detaljplaner", "Energi- och klimatrådgivning", "Miljö och hälsa"]),
    ("Trafik och infrastruktur", ["Parkering", "Gator och vägar", "Snöröjning",
                                  "Gatubelysning", "Kollektivtrafik", "Cykel"]),
    ("Uppleva och göra", ["Bibliotek", "Badhus och simhall", "Idrottsanläggningar",
                          "Föreningsliv", "Evenemangskalender", "Friluftsliv"]),
    ("Kommun och politik", ["Politik och nämnder", "Sammanträden och protokoll", "Ekonomi",
                            "Diarium och allmänna handlingar", "Lediga jobb", "Statistik"]),
]

TOPBAR = ["Lyssna", "Lättläst", "Teckenspråk", "Other languages"]

NEWS = [
    ("Nu öppnar isbanan vid sporthallen", "isbanan-oppnar",
     "Från lördag är isbanan spolad och öppen för allmänheten varje dag."),
    ("Kommunfullmäktige antog budget för nästa år", "budget-antagen",
     "Budgeten innebär satsningar på förskola och äldreomsorg."),
    ("Vägarbete på Kyrkogatan under vecka 48", "vagarbete-kyrkogatan",
     "Räkna med längre restid när gatan får ny beläggning."),
    ("Lämna synpunkter på nya översiktsplanen", "oversiktsplan-samrad",
     "Samrådet pågår till den 15 januari."),
]

EVENTS = [
    ("Julmarknad på torget", "14 december"),
    ("Öppet hus på kulturskolan", "9 januari"),
    ("Föreläsning: Spara energi hemma", "22 januari"),
    ("Sportlovsaktiviteter för unga", "17 februari"),
]

ESERVICES = ["Ansök om förskoleplats", "Ansök om bygglov", "Anmäl fel i gatumiljön",
             "Boka lokal", "Ansök om parkeringstillstånd", "Alla e-tjänster"]

LOREM = ("Kommunen arbetar för att alla som bor, verkar och vistas här ska få god service. "
         "Här hittar du information om verksamheten, hur du gör för att ansöka och vart du "
         "vänder dig med frågor.")

BASE_CSS = """
*{box-sizing:border-box}body{margin:0;font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#222}
a{color:#0b5a8c}img{max-width:100%}ul{padding-left:1.2rem}
.vh{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table{border-collapse:collapse}td,th{padding:.3rem .6rem;text-align:left;vertical-align:top}
"""

COOKIE_SCRIPT = """
(function(){var b=document.querySelector('[data-cookie-banner]');if(!b)return;
if(document.cookie.indexOf('cookieconsent=1')>-1){b.setAttribute('hidden','');}
b.addEventListener('click',function(e){if(e.target.matches('button')){document.cookie='cookieconsent=1;path=/';b.setAttribute('hidden','');}});})();
"""
