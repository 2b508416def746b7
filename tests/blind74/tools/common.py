"""Shared filler for the blind74 typing aid: menu areas, e-services, news, cookie text.

The HTML files under sites/ are the corpus; this only saved typing.
"""
from __future__ import annotations

import json
from pathlib import Path

SITES = Path(__file__).resolve().parent.parent / "sites"

# (label, slug, [sub-items]) -- sub-items 404 on purpose (they are menu filler)
AREAS = [
    ("Barn och utbildning", "barn-och-utbildning",
     ["Förskola", "Grundskola", "Gymnasieskola", "Vuxenutbildning", "Skolskjuts", "Fritidshem"]),
    ("Omsorg och stöd", "omsorg-och-stod",
     ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Individ- och familjeomsorg", "Färdtjänst"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo",
     ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa", "Detaljplaner"]),
    ("Trafik och gator", "trafik-och-gator",
     ["Gator och vägar", "Parkering", "Snöröjning", "Gatubelysning", "Kollektivtrafik"]),
    ("Uppleva och göra", "uppleva-och-gora",
     ["Bibliotek", "Idrott och motion", "Kultur", "Föreningsliv", "Badplatser"]),
    ("Näringsliv och arbete", "naringsliv-och-arbete",
     ["Starta företag", "Tillstånd", "Upphandling", "Lediga jobb", "Turism"]),
    ("Kommun och politik", "kommun-och-politik",
     ["Kommunfullmäktige", "Nämnder", "Budget och ekonomi", "Diarium", "Synpunkter och klagomål"]),
]

ESERVICES = ["Ansök om förskoleplats", "Anmäl fel på gata eller belysning", "Ansök om bygglov",
             "Beställ tömning av slamavskiljare", "Boka lokal", "Ansök om parkeringstillstånd"]

TOPBAR = ["Lyssna", "Lättläst", "Teckenspråk", "In English"]

COOKIE = ("Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. "
          "Du kan läsa mer om hur vi använder kakor.")


def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), (",", ""), (" ", "-")):
        t = t.replace(a, b)
    return t


def write_site(code: str, manifest: dict, files: dict[str, str], encoding: str = "utf-8") -> None:
    """files: name -> text. HTML is encoded in the site's charset; characters outside it
    become numeric references (what an old CMS does when it saves Latin-1)."""
    d = SITES / code
    d.mkdir(parents=True, exist_ok=True)
    for old in d.iterdir():
        old.unlink()
    for name, text in files.items():
        enc = encoding if name.endswith((".html", ".htm", ".asp")) else "utf-8"
        (d / name).write_bytes(text.encode(enc, errors="xmlcharrefreplace"))
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
