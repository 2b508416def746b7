"""Typing aid for the blind59 corpus: writes sites/<kod>/ (manifest + pages).

    python3 tests/blind59/tools/build_sites.py

The files under sites/ are the corpus; labels.csv is written by hand, not generated.
"""
from __future__ import annotations

import json
from pathlib import Path

from families import FAMILIES, kn, slug
from sitedefs import SITES

HERE = Path(__file__).resolve().parent
SITES_DIR = HERE.parent / "sites"

AREA_SUBS = {
    "Barn och utbildning": ["Förskola", "Grundskola", "Gymnasieskola", "Skolskjuts", "Vuxenutbildning"],
    "Omsorg och stöd": ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Ekonomiskt bistånd", "Färdtjänst"],
    "Bygga, bo och miljö": ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Energirådgivning", "Detaljplaner"],
    "Kultur och fritid": ["Bibliotek", "Idrottsanläggningar", "Föreningsbidrag", "Kulturskola", "Badplatser"],
    "Trafik och gator": ["Parkering", "Snöröjning", "Gatubelysning", "Cykel", "Kollektivtrafik"],
    "Näringsliv och arbete": ["Starta företag", "Upphandling", "Tillstånd", "Företagslots", "Lediga jobb"],
    "Kommun och politik": ["Politik och beslut", "Organisation", "Budget och ekonomi", "Diarium", "Synpunkter"],
}
AREA_TEXT = {
    "Barn och utbildning": "Förskola, grundskola, gymnasium och vuxenutbildning i kommunen.",
    "Omsorg och stöd": "Stöd och omsorg för äldre, personer med funktionsnedsättning och familjer.",
    "Bygga, bo och miljö": "Bygglov, avfall, vatten och avlopp, miljö och hälsoskydd.",
    "Kultur och fritid": "Bibliotek, idrott, föreningsliv och kultur för alla åldrar.",
    "Trafik och gator": "Parkering, snöröjning, gator och trafik.",
    "Näringsliv och arbete": "Stöd till företag, upphandling och tillstånd.",
    "Kommun och politik": "Politiska beslut, kommunens organisation och ekonomi.",
}


def area_path(s: dict, name: str) -> str:
    return s.get("area_paths", {}).get(name) or f"/{slug(name)}/"


def build_nav(s: dict) -> list[tuple[str, str, list[tuple[str, str]]]]:
    nav = []
    for name in s["areas"]:
        base = area_path(s, name).rstrip("/").removesuffix(".html").removesuffix(".asp")
        subs = [(t, f"{base}/{slug(t)}/") for t in AREA_SUBS[name]]
        subs = s.get("sub_override", {}).get(name, subs)
        nav.append((name, area_path(s, name), subs))
    for text, href in s.get("nav_extra", []):
        nav.append((text, href, []))
    return nav


def front_sections(s: dict) -> list[tuple[str, str, str]]:
    """(kind, heading, inner html) of the front page's main part, in order."""
    hero = s["hero"]
    cards = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in hero.get("cards", []))
    hero_html = (f'<h1>{hero["title"]}</h1><p>{hero["text"]}</p>'
                 + (f'<ul class="cards">{cards}</ul>' if cards else ""))
    news = "".join(
        f'<li><a href="{n["path"]}">{n["title"]}</a><p>{n["teaser"]}</p><span class="date">{n["date"]}</span></li>'
        for n in s["news"])
    eserv = [("Ansök om förskoleplats", "/e-tjanster/forskoleplats/"), ("Ansök om bygglov", "/e-tjanster/bygglov/"),
             ("Felanmälan gata och park", "/e-tjanster/felanmalan/"), ("Boka lokal", "/e-tjanster/boka-lokal/"),
             ("Ansök om parkeringstillstånd", "/e-tjanster/parkeringstillstand/")]
    events = [("Vårkonsert i kyrkan", "/evenemang/varkonsert/", "12 april"),
              ("Loppis på torget", "/evenemang/loppis/", "26 april"),
              ("Öppet hus på kulturskolan", "/evenemang/oppet-hus-kulturskolan/", "3 maj")]
    letters = "ABCDEFGHIJKLMNOPRSTUVÅÄÖ"
    az = "".join(f'<a href="/a-o/{slug(ch)}/">{ch}</a> ' for ch in letters)
    return [
        ("hero", "", hero_html),
        ("news", "Nyheter", f'<ul class="news">{news}</ul>'),
        ("eservices", "Populära e-tjänster",
         '<ul>' + "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in eserv)
         + '</ul><p><a href="/e-tjanster/">Alla e-tjänster</a></p>'),
        ("events", "Evenemang",
         '<ul>' + "".join(f'<li><a href="{h}">{t}</a> <span>{d}</span></li>' for t, h, d in events) + '</ul>'),
        ("drift", "Driftinformation", f'<p>{s.get("drift", "Just nu finns inga störningar.")}</p>'),
        ("jobs", "Lediga jobb",
         '<p>Just nu har vi 14 lediga tjänster, bland annat lärare, undersköterskor och en VA-ingenjör.</p>'
         f'<p><a href="{s.get("jobs_path", "/jobb/")}">Se alla lediga jobb</a></p>'),
        ("az", "A–Ö", f'<p class="az">{az}</p>'),
    ]


def inner_pages(s: dict) -> dict[str, dict]:
    pages: dict[str, dict] = {}
    for name, href, subs in build_nav(s):
        if name not in AREA_SUBS:
            continue
        items = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in subs)
        body = f'<p class="lead">{AREA_TEXT[name]}</p><ul class="subnav">{items}</ul>' + s.get("area_extra", {}).get(name, "")
        pages[href] = {"file": slug(name) + ".html", "title": name, "h1": name, "body": body,
                       "crumbs": [(name, None)]}
    for n in s["news"]:
        pages[n["path"]] = {"file": n["file"], "title": n["title"], "h1": n["title"],
                            "body": f'<p class="date">Publicerad {n["date"]}</p>' + n["body"],
                            "crumbs": [("Nyheter", None), (n["title"], None)]}
    k = kn(s)
    pages[s.get("jobs_path", "/jobb/")] = {
        "file": "jobb.html", "title": "Lediga jobb", "h1": "Lediga jobb",
        "body": ("<p>Vill du arbeta i " + k + "? Här finns våra lediga tjänster. Du söker via rekryteringssystemet.</p>"
                 "<ul><li>Grundskollärare åk 4–6, Solskolan</li><li>Undersköterska, hemtjänsten</li>"
                 "<li>VA-ingenjör, samhällsbyggnad</li><li>Förskollärare, Ekbackens förskola</li></ul>"),
        "crumbs": [("Lediga jobb", None)]}
    pages[s.get("a11y_path", "/om-webbplatsen/tillganglighetsredogorelse/")] = {
        "file": "tillganglighet.html", "title": "Tillgänglighetsredogörelse", "h1": "Tillgänglighetsredogörelse",
        "body": (f"<p>{k} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. "
                 "Den här redogörelsen beskriver hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service.</p>"
                 "<h2>Kända brister</h2><ul><li>Vissa PDF-dokument är inte tillgänglighetsanpassade.</li>"
                 "<li>Några äldre filmer saknar textning.</li></ul>"
                 "<p>Du kan anmäla brister till Myndigheten för digital förvaltning (Digg).</p>"),
        "crumbs": [("Om webbplatsen", None), ("Tillgänglighetsredogörelse", None)]}
    pages[s.get("cookie_path", "/om-webbplatsen/kakor/")] = {
        "file": "kakor.html", "title": "Kakor på webbplatsen", "h1": "Kakor (cookies)",
        "body": ("<p>Vi använder kakor för att webbplatsen ska fungera och för anonym besöksstatistik. "
                 "Du kan när som helst ändra ditt val.</p>"),
        "crumbs": [("Om webbplatsen", None), ("Kakor", None)]}
    for path, pg in s["pages"].items():
        pages[path] = pg
    return pages


def write_site(s: dict) -> None:
    d = SITES_DIR / s["kod"]
    d.mkdir(parents=True, exist_ok=True)
    for old in d.iterdir():
        old.unlink()
    fam = FAMILIES[s["family"]]
    charset = s.get("charset", "utf-8")
    ctype = f"text/html; charset={charset}"
    nav = build_nav(s)

    def write_html(name: str, text: str) -> None:
        (d / name).write_bytes(text.encode(charset, errors="xmlcharrefreplace"))

    manifest_pages: dict[str, object] = {}

    def add(path: str, name: str) -> None:
        manifest_pages[path] = name if charset == "utf-8" else {"file": name, "content_type": ctype}

    front = {"front": True, "title": s.get("front_title", "Startsida"), "sections": front_sections(s)}
    write_html("index.html", fam(s, nav, front))
    add(s.get("front_path", "/"), "index.html")
    for path, pg in inner_pages(s).items():
        write_html(pg["file"], fam(s, nav, dict(pg, front=False)))
        add(path, pg["file"])
    sok = {"front": False, "title": "Sök", "h1": "Sökresultat", "body": "<!--SEARCH_RESULTS-->",
           "crumbs": [("Sök", None)], "file": "sok.html"}
    write_html("sok.html", fam(s, nav, sok))
    for path, (name, content, ct) in s.get("assets", {}).items():
        (d / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        manifest_pages[path] = {"file": name, "content_type": ct} if ct else name
    search = dict(s["search"])
    search["template"] = "sok.html" if charset == "utf-8" else {"file": "sok.html", "content_type": ctype}
    html_paths = [p for p in manifest_pages if p not in s.get("assets", {})]
    sitemap = s.get("sitemap") or sorted(html_paths)
    m = {"kommunkod": s["kod"], "kommun": s["kommun"], "lan_kod": s["lan_kod"], "lan": s["lan"],
         "family": s["family"], "pages": dict(sorted(manifest_pages.items())), "redirects": s.get("redirects", {}),
         "robots": s.get("robots", "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"),
         "sitemap": [p for p in sitemap if p not in s.get("redirects", {})],
         "search": search, "front_status": None}
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    for s in SITES:
        write_site(s)
        print(s["kod"], s["kommun"], s["family"])


if __name__ == "__main__":
    main()
