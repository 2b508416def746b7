"""Shared pieces for the blind66 generator: menus, filler text, and the markup families."""
from __future__ import annotations

import html
import re

AREAS = [
    ("Barn och utbildning", ["Förskola", "Grundskola", "Gymnasieskola", "Vuxenutbildning", "Skolskjuts",
                             "Fritidshem", "Elevhälsa", "Skolval", "Modersmålsundervisning"]),
    ("Omsorg och stöd", ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Ekonomiskt bistånd",
                         "Färdtjänst", "Bostadsanpassning", "Stöd till anhöriga", "Våld i nära relationer"]),
    ("Bygga, bo och miljö", ["Bygglov", "Detaljplaner", "Kartor och mätning", "Avfall och återvinning",
                             "Vatten och avlopp", "Miljö och hälsoskydd", "Energi- och klimatrådgivning", "Lediga tomter"]),
    ("Trafik och gator", ["Parkering", "Parkeringstillstånd", "Gator och vägar", "Snöröjning", "Gång och cykel",
                          "Kollektivtrafik", "Felanmälan gata och park"]),
    ("Kultur och fritid", ["Bibliotek", "Idrotts- och motionsanläggningar", "Bad och simhallar", "Föreningsbidrag",
                           "Kulturskola", "Evenemang", "Friluftsliv", "Lokalbokning"]),
    ("Näringsliv och arbete", ["Starta företag", "Tillstånd för företag", "Upphandling", "Lediga jobb",
                               "Feriearbete", "Arbetsmarknadsinsatser", "Mark och lokaler"]),
    ("Kommun och politik", ["Kommunfullmäktige", "Nämnder och styrelser", "Organisation", "Budget och ekonomi",
                            "Synpunkter och klagomål", "Allmänna handlingar", "Val", "Statistik", "Press"]),
]

TOPBAR = ["Lyssna", "Lättläst", "Teckenspråk", "In English", "Other languages"]

FILL = [
    "Kommunen arbetar varje dag för att invånare, företagare och besökare ska få god service och snabba svar.",
    "Här hittar du information om hur ärendet går till, vilka handlingar du behöver och hur lång tid det brukar ta.",
    "Många ärenden kan du sköta själv via våra e-tjänster, dygnet runt, med BankID eller Freja eID.",
    "Om du har synpunkter på kommunens verksamhet är du välkommen att lämna dem, vi återkopplar inom fem arbetsdagar.",
    "Informationen på sidan uppdateras löpande. Senast granskad i oktober.",
]

ACCENT = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "a", "Ä": "a", "Ö": "o", "é": "e"})


def slug(s: str) -> str:
    s = s.lower().translate(ACCENT)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def filler(n: int = 3) -> str:
    return "\n".join(f"<p>{FILL[i % len(FILL)]}</p>" for i in range(n))
