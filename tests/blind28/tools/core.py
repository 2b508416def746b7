"""Shared helpers for the blind28 typing aid (build_sites.py). Standard library only."""
from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path
from urllib.parse import urljoin, urlsplit

CORPUS = Path(__file__).resolve().parent.parent
SITES_DIR = CORPUS / "sites"


def slug(s: str) -> str:
    s = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), ("&", "och"), ("ü", "u")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


# Eight subject areas most Swedish municipal sites use, with typical sub-pages. Each site
# renames and reorders them; sub-pages that are not part of the corpus answer 404 on purpose.
AREAS = {
    "barn": ("Barn och utbildning", ["Förskola", "Grundskola", "Fritidshem", "Gymnasieskola",
                                     "Vuxenutbildning", "Skolskjuts"]),
    "omsorg": ("Omsorg och stöd", ["Äldreomsorg", "Funktionsnedsättning", "Ekonomiskt bistånd",
                                   "Individ- och familjeomsorg", "Färdtjänst"]),
    "bygga": ("Bygga, bo och miljö", ["Bygglov", "Kartor och mätning", "Avfall och återvinning",
                                      "Vatten och avlopp", "Energi- och klimatrådgivning"]),
    "trafik": ("Trafik och infrastruktur", ["Gator och vägar", "Parkering", "Kollektivtrafik",
                                            "Snöröjning", "Cykel"]),
    "kultur": ("Kultur och fritid", ["Bibliotek", "Idrott och motion", "Föreningsliv",
                                     "Natur och friluftsliv", "Evenemang"]),
    "naringsliv": ("Näringsliv och arbete", ["Starta och driva företag", "Upphandling",
                                             "Tillstånd och tillsyn", "Lediga jobb",
                                             "Arbetsmarknad"]),
    "kommun": ("Kommun och politik", ["Politik och demokrati", "Kommunens organisation",
                                      "Ekonomi och budget", "Överklaga beslut",
                                      "Allmänna handlingar", "Synpunkter och klagomål"]),
    "turism": ("Uppleva och besöka", ["Sevärdheter", "Bo och äta", "Badplatser",
                                      "Vandringsleder", "Turistinformation"]),
}


class Site:
    def __init__(self, code: str, kommun: str, lan_kod: str, lan: str, family: str,
                 encoding: str = "utf-8"):
        self.code, self.kommun, self.lan_kod, self.lan = code, kommun, lan_kod, lan
        self.family = family
        self.encoding = encoding
        self.pages: dict[str, tuple[str, str, str | None]] = {}
        self.redirects: dict[str, list] = {}
        self.ph_paths: set[str] = set()
        self.menu_paths: set[str] = set()
        self.search: dict | None = None
        self.robots = "User-agent: *\nDisallow:\nSitemap: __ORIGIN__/sitemap.xml\n"
        self.sitemap_exclude: set[str] = set()
        self.has_sitemap = True
        self.templates: dict[str, str] = {}
        self.unlinked: set[str] = set()

    # -- registering ---------------------------------------------------
    def ph(self, path: str) -> str:
        """A link that is on purpose not part of the corpus (answers 404)."""
        self.ph_paths.add(path)
        return path

    def m(self, path: str) -> str:
        """A menu/footer link: a page if the corpus has it, otherwise a 404 placeholder."""
        self.menu_paths.add(path)
        return path

    def add(self, path: str, file: str, text: str, ctype: str | None = None) -> None:
        if path in self.pages:
            raise SystemExit(f"{self.code}: duplicate page {path}")
        self.pages[path] = (file, text, ctype)

    def template(self, file: str, text: str) -> None:
        self.templates[file] = text

    # -- checking and writing -----------------------------------------
    def placeholders(self) -> set[str]:
        return (self.ph_paths | self.menu_paths) - set(self.pages) - set(self.redirects)

    def validate(self) -> None:
        known = set(self.pages) | set(self.redirects) | self.placeholders()
        spath = self.search["path"] if self.search else None
        docs = [(p, t) for p, (_, t, _) in self.pages.items()]
        docs += [(spath or "/", t) for t in self.templates.values()]
        for path, text in docs:
            m = re.search(r"<base\s+href=\"([^\"]+)\"", text)
            base = urljoin("http://x" + path, m.group(1)) if m else "http://x" + path
            for href in re.findall(r"<a\b[^>]*?\shref=\"([^\"]*)\"", text, re.S):
                href = html.unescape(href)
                if href.startswith(("mailto:", "tel:", "#")) or href == "":
                    continue
                u = urlsplit(urljoin(base, href))
                if u.netloc != "x":
                    raise SystemExit(f"{self.code} {path}: off-site link {href}")
                if u.path == spath:
                    continue
                if u.path not in known:
                    raise SystemExit(f"{self.code} {path}: unknown link target {href} -> {u.path}")

    def write(self) -> list[str]:
        self.validate()
        d = SITES_DIR / self.code
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
        pages: dict = {}
        for path, (file, text, ctype) in self.pages.items():
            (d / file).write_bytes(text.encode(self.encoding, errors="xmlcharrefreplace"))
            pages[path] = {"file": file, "content_type": ctype} if ctype else file
        for file, text in self.templates.items():
            (d / file).write_bytes(text.encode(self.encoding, errors="xmlcharrefreplace"))
        manifest = {
            "kommunkod": self.code, "kommun": self.kommun, "lan_kod": self.lan_kod,
            "lan": self.lan, "family": self.family, "pages": pages,
            "redirects": self.redirects, "robots": self.robots,
            "sitemap": [p for p in self.pages if p not in self.sitemap_exclude],
            "search": self.search, "front_status": None,
        }
        if not self.has_sitemap:
            del manifest["sitemap"]
        (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
        return sorted(self.placeholders())


def write_all(sites: list[Site]) -> None:
    SITES_DIR.mkdir(parents=True, exist_ok=True)
    extra = {}
    for s in sites:
        extra[s.code] = {"placeholders": s.write(), "unlinked": sorted(s.unlinked)}
        print(f"{s.code} {s.kommun}: {len(s.pages)} pages, {len(extra[s.code]['placeholders'])} placeholder links")
    (CORPUS / "tools" / "placeholders.json").write_text(
        json.dumps(extra, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
