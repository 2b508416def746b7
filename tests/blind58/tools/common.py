"""Shared filler for blind58 (typing aid): menus, front-page sections, standard inner pages."""
from __future__ import annotations

import re

AREAS = [
    ("Omsorg och stöd", ["Äldreomsorg", "Funktionsnedsättning", "Individ- och familjeomsorg", "Ekonomiskt bistånd", "Stöd vid våld i nära relationer"]),
    ("Förskola och skola", ["Förskola", "Grundskola", "Gymnasieskola", "Vuxenutbildning", "Skolskjuts"]),
    ("Bygga, bo och miljö", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa", "Energi- och klimatrådgivning"]),
    ("Trafik och infrastruktur", ["Gator och vägar", "Parkering", "Kollektivtrafik", "Snöröjning och halkbekämpning", "Färdtjänst"]),
    ("Kultur och fritid", ["Bibliotek", "Idrott och motion", "Föreningsliv", "Kulturskola", "Evenemangskalender"]),
    ("Näringsliv och arbete", ["Starta och driva företag", "Upphandling", "Lediga jobb", "Tillstånd och tillsyn", "Företagsklimat"]),
    ("Kommun och politik", ["Organisation", "Politik och beslut", "Ekonomi och budget", "Synpunkter och klagomål", "Allmänna handlingar"]),
]


def slug(text: str) -> str:
    t = text.lower().replace("å", "a").replace("ä", "a").replace("ö", "o").replace("é", "e")
    t = re.sub(r"[^a-z0-9]+", "-", t)
    return t.strip("-")


def href(style: str, prefix: str, *parts: str) -> str:
    """URL for a path of labels in a site's URL style: sv (.html), slash (/x/), bare (/x)."""
    p = "/".join(slug(x) for x in parts)
    if style == "sv":
        return f"{prefix}/{p}.html"
    if style == "slash":
        return f"{prefix}/{p}/"
    return f"{prefix}/{p}"


def menu(style: str, prefix: str = "", areas=AREAS, rename: dict | None = None, extra_subs: dict | None = None,
         area_hrefs: dict | None = None, drop: tuple = (), add: list | None = None):
    """[(label, href, [(sub, href)])]; extra_subs: {area: [(label, href)]} appended/replacing by label."""
    rename = rename or {}
    out = []
    for area, subs in areas:
        if area in drop:
            continue
        lab = rename.get(area, area)
        ah = (area_hrefs or {}).get(area) or href(style, prefix, lab)
        items = [(s, href(style, prefix, lab, s)) for s in subs]
        for lab2, h2 in (extra_subs or {}).get(area, []):
            items = [x for x in items if x[0] != lab2] + [(lab2, h2)]
        out.append((lab, ah, items))
    return out + (add or [])


NEWS_FILLER = [
    ("Nu startar ombyggnaden av torget", "2024-05-08", "Under sommaren byggs torget om. Busshållplatsen flyttas tillfälligt."),
    ("Sök sommarjobb för unga", "2024-04-29", "Du som är 16–19 år kan söka feriearbete i kommunen."),
    ("Ny förskola klar i höst", "2024-04-15", "Den nya förskolan får plats för 120 barn."),
]
ESERVICES = ["Ansök om bygglov", "Ansök om förskoleplats", "Felanmälan gata och park", "Ansök om parkeringstillstånd", "Boka lokal", "Ansök om ekonomiskt bistånd"]
EVENTS = [("1 jun", "Nationaldagsfirande i parken"), ("8 jun", "Loppis på torget"), ("15 jun", "Sommarkonsert i kyrkan")]
JOBS = ["Undersköterska till hemtjänsten", "Grundskollärare åk 4–6", "Miljöinspektör", "Socialsekreterare"]
AO = list("ABCDEFGHIJKLMNOPRSTUVÅÄÖ")
AO_WORDS = ["Avfall", "Bibliotek", "Bygglov", "Detaljplaner", "Färdtjänst", "Förskola", "Hemtjänst", "Parkering", "Servicegarantier", "Skolskjuts", "Vatten och avlopp"]
DRIFT = "Vattenavstängning på Björkvägen 22 maj kl. 9–12."


def generic_page(kind: str, kommun: str, extra: str = "") -> str:
    if kind == "tillg":
        return (f"<p>{kommun}s kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>"
                "<h2>Hur tillgänglig är webbplatsen?</h2><p>Vi vet att vissa delar inte är helt tillgängliga: en del PDF-dokument saknar taggar och vissa äldre filmer saknar undertexter.</p>"
                "<h2>Vad kan du göra om du inte kan använda delar av webbplatsen?</h2><p>Om du behöver innehåll i ett annat format kan du kontakta oss via e-post eller telefon, se sidfoten.</p>"
                "<h2>Rapportera brister</h2><p>Vi strävar efter att uppfylla lagen om tillgänglighet till digital offentlig service. Kontakta webbredaktionen om du upptäcker problem.</p>"
                "<h2>Tillsyn</h2><p>Myndigheten för digital förvaltning (Digg) ansvarar för tillsyn enligt lagen.</p>"
                "<p>Redogörelsen uppdaterades senast den 2 april 2024.</p>" + extra)
    if kind == "kakor":
        return ("<p>En kaka (cookie) är en liten textfil som webbplatsen sparar på din dator.</p>"
                "<h2>Nödvändiga kakor</h2><p>Kakorna behövs för att webbplatsen ska fungera, till exempel för att komma ihåg ditt val i kakdialogen.</p>"
                "<h2>Analyskakor</h2><p>Med ditt samtycke använder vi Matomo för att se vilka sidor som besöks. Uppgifterna sparas i 13 månader.</p>"
                "<h2>Så tar du bort kakor</h2><p>Du kan när som helst ändra dina val eller ta bort kakor i webbläsarens inställningar.</p>" + extra)
    raise ValueError(kind)
