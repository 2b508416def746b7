"""Typing aid that wrote blind53's sites/ (the files are the corpus; labels are not generated).

    python3 tests/blind53/tools/build_sites.py
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chrome import FAMILIES, esc
from sites_spec import SITES

ROOT = Path(__file__).resolve().parent.parent / "sites"
LATIN1 = "text/html; charset=iso-8859-1"

AREAS = [
    ("Barn och utbildning", "barn-och-utbildning", ["Förskola", "Grundskola", "Gymnasieskola", "Vuxenutbildning", "Skolskjuts"]),
    ("Omsorg och stöd", "omsorg-och-stod", ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Ekonomiskt bistånd", "Färdtjänst"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa", "Energirådgivning"]),
    ("Kultur och fritid", "kultur-och-fritid", ["Bibliotek", "Idrottsanläggningar", "Badhus", "Föreningsbidrag", "Kulturskola"]),
    ("Trafik och gator", "trafik-och-gator", ["Parkering", "Snöröjning", "Gatubelysning", "Kollektivtrafik", "Vägarbeten"]),
    ("Kommun och politik", "kommun-och-politik", ["Kommunfullmäktige", "Nämnder", "Organisation", "Budget och ekonomi", "Diarium"]),
]
NARINGSLIV = ("Näringsliv och arbete", "naringsliv-och-arbete", ["Starta företag", "Upphandling", "Lediga lokaler", "Arbetsmarknad", "Tillstånd för företag"])

ESERVICES = ["Ansök om förskoleplats", "Felanmälan gata och park", "Ansök om bygglov", "Boka lokal", "Ansök om parkeringstillstånd", "Beställ tömning av slam"]
EVENTS = [("12 maj", "Vårkonsert i kyrkan"), ("18 maj", "Loppis på torget"), ("24 maj", "Naturvandring vid sjön"), ("2 jun", "Nationaldagsfirande")]
JOBS = ["Förskollärare", "Undersköterska till hemtjänsten", "Gymnasielärare i matematik", "Bygglovshandläggare"]
AO = "ABCDEFGHIJKLMNOPRSTUVÅÄÖ"


def slug(s: str) -> str:
    s = s.lower().replace("å", "a").replace("ä", "a").replace("ö", "o").replace("é", "e")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def build_areas(s: dict) -> None:
    table = s["family"] == "table"
    areas = list(AREAS) + ([NARINGSLIV] if s.get("naringsliv") else [])
    out = []
    for label, sl, subs in areas:
        href = f"/{sl}.asp" if table else f"/{sl}/"
        items = [(t, f"/{sl}/{slug(t)}.asp" if table else f"/{sl}/{slug(t)}/") for t in subs]
        items += s.get("subs_extra", {}).get(sl, [])
        out.append({"label": label, "slug": sl, "href": href, "subs": items,
                    "cols": s.get("cols", {}).get(sl)})
    s["areas"] = out


def sec(s: dict, heading: str, inner: str, cls: str) -> str:
    if s["family"] in ("soup", "table", "aria"):
        return f"<div class=\"{cls}\"><h2>{esc(heading)}</h2>\n{inner}</div>\n"
    return f"<section class=\"{cls}\"><h2>{esc(heading)}</h2>\n{inner}</section>\n"


def pre(s: dict) -> str:
    return "/nyheter.asp" if s["family"] == "table" else "/nyheter/"


def front_main(s: dict) -> str:
    news = "".join(
        f"<div class=\"teaser\"><span class=\"date\">{d}</span> <a href=\"{h}\">{esc(t)}</a><p>{esc(lead)}</p></div>\n"
        for t, h, d, lead, _ in s["news"])
    news += f"<p><a href=\"{pre(s)}\">Alla nyheter</a></p>\n"
    es = "<ul>" + "".join(f"<li><a href=\"/e-tjanster/{slug(t)}\">{esc(t)}</a></li>" for t in ESERVICES) + "</ul>\n"
    ev = "<ul>" + "".join(f"<li><a href=\"/evenemang/{slug(t)}\">{d}: {esc(t)}</a></li>" for d, t in EVENTS) + "</ul>\n"
    jobs_href = "/jobb.asp" if s["family"] == "table" else "/jobb/"
    jb = ("<ul>" + "".join(f"<li><a href=\"/jobb/annons-{i + 41}\">{esc(t)}</a></li>" for i, t in enumerate(JOBS)) + "</ul>"
          f"<p><a href=\"{jobs_href}\">Se alla lediga jobb</a></p>\n")
    ao = "<p class=\"ao\">" + " ".join(f"<a href=\"/a-o/{slug(c)}\">{c}</a>" for c in AO) + "</p>\n"
    drift = "<p>Vattenavstängning på Björkstigen 14 maj kl 9–12. Inga övriga störningar just nu.</p>\n"
    return (s["hero"] + "\n" + sec(s, "Nyheter", news, "news") + sec(s, "Populära e-tjänster", es, "eservices")
            + sec(s, "Driftinformation", drift, "drift")
            + sec(s, "Evenemang", ev, "events") + sec(s, "Lediga jobb", jb, "jobs") + sec(s, "A–Ö", ao, "a-o"))


def area_main(s: dict, a: dict) -> str:
    items = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in a["subs"])
    extra = s.get("area_extra", {}).get(a["slug"], "")
    return (f"<h1>{esc(a['label'])}</h1>\n<p>Här hittar du information och e-tjänster inom {esc(a['label'].lower())} "
            f"i {esc(s['kommun'])}.</p>\n<ul class=\"area-list\">{items}</ul>\n{extra}")


def add(pages: dict, path: str, file: str, title: str, main: str) -> None:
    pages[path] = (file, title, main)


def build(s: dict) -> None:
    build_areas(s)
    fam = FAMILIES[s["family"]]
    table = s["family"] == "table"
    d = ROOT / s["code"]
    d.mkdir(parents=True, exist_ok=True)
    for old in d.glob("*.html"):
        old.unlink()
    suffix = s.get("title_sep", " - ") + s["kn"]
    pages: dict[str, tuple[str, str, str]] = {}
    front_path = "/start.asp" if table else "/"
    add(pages, front_path, "index.html", s["kn"], front_main(s))
    for a in s["areas"]:
        add(pages, a["href"], f"{a['slug']}.html", a["label"] + suffix, area_main(s, a))
    nl = "".join(f"<li><span class=\"date\">{dt}</span> <a href=\"{h}\">{esc(t)}</a></li>" for t, h, dt, _, _ in s["news"])
    add(pages, pre(s), "nyheter.html", "Nyheter" + suffix, f"<h1>Nyheter</h1>\n<ul class=\"news-list\">{nl}</ul>\n")
    for i, (t, h, dt, lead, body) in enumerate(s["news"]):
        add(pages, h, f"nyhet-{i + 1}.html", t + suffix,
            f"<article><h1>{esc(t)}</h1><p class=\"date\">Publicerad {dt}</p>\n<p class=\"lead\">{esc(lead)}</p>\n{body}\n</article>\n")
    jobs_path = "/jobb.asp" if table else "/jobb/"
    jl = "".join(f"<li><a href=\"/jobb/annons-{i + 41}\">{esc(t)}</a></li>" for i, t in enumerate(JOBS))
    add(pages, jobs_path, "jobb.html", "Lediga jobb" + suffix,
        f"<h1>Lediga jobb</h1>\n<p>{esc(s['kn'])} har cirka 2 000 medarbetare. Här är våra lediga tjänster.</p>\n<ul>{jl}</ul>\n")
    add(pages, "/om-webbplatsen/tillganglighetsredogorelse", "tillganglighet.html", "Tillgänglighetsredogörelse" + suffix,
        f"<h1>Tillgänglighetsredogörelse</h1>\n<p>{esc(s['kn'])} står bakom den här webbplatsen. Vi vill att så många som möjligt "
        "ska kunna använda den. Den här redogörelsen beskriver hur webbplatsen uppfyller lagen om tillgänglighet till digital "
        "offentlig service, eventuella kända tillgänglighetsproblem och hur du kan rapportera brister till oss.</p>\n"
        "<h2>Kända brister</h2><ul><li>Vissa PDF-dokument är inte tillgänglighetsanpassade.</li>"
        "<li>Några inbäddade kartor saknar textalternativ.</li></ul>\n"
        f"<p>Rapportera brister till {esc(s['email'])}. Du kan också kontakta Myndigheten för digital förvaltning.</p>\n")
    add(pages, "/om-webbplatsen/kakor", "kakor.html", "Kakor" + suffix,
        "<h1>Kakor (cookies)</h1>\n<p>Webbplatsen använder nödvändiga kakor för att fungera och, om du godkänner det, "
        "kakor för anonym besöksstatistik.</p>\n")
    for path, (file, title, main) in s["pages"].items():
        add(pages, path, file, title if title.endswith(s["kn"]) or "|" in title else title + suffix, main)
    manifest_pages: dict = {}
    for path, (file, title, main) in pages.items():
        text = fam(s, title, main, path == front_path)
        if table:
            (d / file).write_bytes(text.encode("iso-8859-1", errors="xmlcharrefreplace"))
            manifest_pages[path] = {"file": file, "content_type": LATIN1}
        else:
            (d / file).write_text(text, encoding="utf-8")
            manifest_pages[path] = file
    sok = fam(s, "Sök" + suffix, "<h1>Sök</h1>\n<!--SEARCH_RESULTS-->\n", False)
    if table:
        (d / "sok.html").write_bytes(sok.encode("iso-8859-1", errors="xmlcharrefreplace"))
        tpl = {"file": "sok.html", "content_type": LATIN1}
    else:
        (d / "sok.html").write_text(sok, encoding="utf-8")
        tpl = "sok.html"
    sp = s["search"]
    m = {"kommunkod": s["code"], "kommun": s["kommun"], "lan_kod": s["lan_kod"], "lan": s["lan"],
         "family": s["family"],
         "pages": dict(sorted(manifest_pages.items())),
         "redirects": s.get("redirects", {}),
         "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
         "sitemap": sorted(manifest_pages, key=lambda p: (p != front_path, p)),
         "search": {"path": sp["path"], "param": sp["param"], "hits": sp["hits"], "template": tpl},
         "front_status": None}
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(s["code"], s["kommun"], len(pages), "pages")


if __name__ == "__main__":
    for site in SITES:
        build(site)
