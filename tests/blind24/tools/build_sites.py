"""Typing aid: writes tests/blind24/sites/ (the HTML files are the corpus; labels are hand-written).

    python3 tests/blind24/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import AREAS, ESERVICES, TOPBAR, E, latin1  # noqa: E402
from families import FAMILIES  # noqa: E402
from sites_spec import SITES  # noqa: E402

OUT = HERE.parent / "sites"


def fname(path: str) -> str:
    if path == "/":
        return "index.html"
    p = path.strip("/").replace("/", "_")
    for ext in (".html", ".asp"):
        if p.endswith(ext):
            p = p[: -len(ext)]
    return p.replace(".", "_") + ".html"


def build(S: dict) -> None:
    d = OUT / S["kod"]
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    X = S["paths"]          # path conventions
    area_path = X["area"]
    # navigation
    nav = []
    for key in S["areas"]:
        title, slug, subs = AREAS[key]
        ap = area_path(slug)
        items = [(st, S.get("sub_href", {}).get(sid, f"{ap}#{sid}")) for sid, st, _ in subs
                 if sid not in S.get("drop_subs", ())]
        items += S.get("add_subs", {}).get(key, [])
        nav.append((title, ap, items))
    S["nav"] = nav
    S["news_front"] = [(n["title"], n["path"], n["date"], n["teaser"]) for n in S["news"] if n.get("front", True)][:3]
    fam = FAMILIES[S["family"]]
    pages: dict[str, str] = {}

    def emit(path, title, main, crumbs=(), front=False, file=None):
        P = {"path": path, "title": title, "main": main, "front": front, "crumbs": list(crumbs)}
        text = fam(S, P)
        fn = file or fname(path)
        if S["family"] == "table":
            (d / fn).write_bytes(latin1(text))
        else:
            (d / fn).write_text(text, encoding="utf-8")
        pages[path] = fn

    emit(X["front"], "Startsida", "", front=True)
    # area pages
    for key in S["areas"]:
        title, slug, subs = AREAS[key]
        secs = "".join(f"<h2 id=\"{sid}\">{E(st)}</h2>\n<p>{E(tx)}</p>\n" for sid, st, tx in subs)
        extra = S.get("area_extra", {}).get(key, "")
        main = (f"<h1>{E(title)}</h1>\n<p class=\"preamble\">Här hittar du information och e-tjänster inom "
                f"{E(title.lower())} i {S['kname']}.</p>\n{secs}{extra}")
        emit(area_path(slug), title, main)
    # news
    lst = "".join(f"<li><span class=\"date\">{n['date']}</span> <a href=\"{n['path']}\">{E(n['title'])}</a><br>{E(n['teaser'])}</li>\n"
                  for n in S["news"])
    emit(X["news"], "Nyheter", f"<h1>Nyheter</h1>\n<ul class=\"newslist\">\n{lst}</ul>\n")
    for n in S["news"]:
        emit(n["path"], n["title"], f"<h1>{E(n['title'])}</h1>\n<p class=\"published\">Publicerad {n['date']}</p>\n{n['body']}",
             crumbs=[("Nyheter", X["news"])])
    # e-services, accessibility, cookies
    es = "".join(f"<h2 id=\"{i}\">{E(t)}</h2>\n<p>Logga in med BankID för att {E(t.lower())}. Du kan följa ditt ärende under Mina sidor.</p>\n"
                 for i, t in enumerate(ESERVICES))
    emit(X["etj"], "E-tjänster", f"<h1>E-tjänster</h1>\n<p class=\"preamble\">Här finns kommunens e-tjänster. De flesta kräver e-legitimation.</p>\n{es}")
    ids = ["lyssna", "lattlast", "teckensprak", "languages"]
    tg = "".join(f"<section id=\"{ids[i]}\"><h2 id=\"{i}\">{x}</h2><p>{['Du kan få texterna på webbplatsen upplästa med talsyntes.', 'Några av våra viktigaste texter finns på lätt svenska.', 'Information på svenskt teckenspråk finns som film.', 'Information in other languages: English, arabiska, somaliska och finska.'][i]}</p></section>\n"
                 for i, x in enumerate(TOPBAR))
    emit(X["till"], "Tillgänglighetsredogörelse",
         f"<h1>Tillgänglighetsredogörelse</h1>\n<p>{S['kname']} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>\n"
         f"<p>Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service. Om du upptäcker problem kan du kontakta webbredaktionen på {S['mail']}.</p>\n{tg}"
         "<h2>Tillsyn</h2><p>Myndigheten för digital förvaltning har ansvaret för tillsyn över lagen.</p>\n")
    emit("/om-kakor/", "Om kakor", "<h1>Om kakor</h1>\n<p>En kaka (cookie) är en liten textfil som lagras i din webbläsare. Vi använder nödvändiga kakor för att webbplatsen ska fungera och, om du godkänner det, kakor för besöksstatistik.</p>\n"
         "<h2>Så ändrar du ditt val</h2><p>Du kan när som helst ändra dina inställningar i webbläsaren.</p>\n")
    for path, spec in S["pages"].items():
        emit(path, spec["title"], spec["main"], crumbs=spec.get("crumbs", ()))
    # search template
    P = {"path": X["search"], "title": "Sök", "main": "<h1>Sök på webbplatsen</h1>\n<!--SEARCH_RESULTS-->\n", "front": False, "crumbs": []}
    text = fam(S, P)
    if S["family"] == "table":
        (d / "sok.html").write_bytes(latin1(text))
    else:
        (d / "sok.html").write_text(text, encoding="utf-8")
    ct = "text/html; charset=iso-8859-1"
    m = {"kommunkod": S["kod"], "kommun": S["kommun"], "lan_kod": S["lan_kod"], "lan": S["lan"],
         "family": S["family"],
         "pages": {p: ({"file": f, "content_type": ct} if S["family"] == "table" else f) for p, f in pages.items()},
         "redirects": S.get("redirects", {}),
         "robots": "User-agent: *\nDisallow: /admin/\n" + ("Sitemap: __ORIGIN__/sitemap.xml\n" if S.get("sitemap", True) else ""),
         "search": {"path": X["search"], "param": X["param"], "hits": S["hits"],
                    "template": ({"file": "sok.html", "content_type": ct} if S["family"] == "table" else "sok.html")},
         "front_status": None}
    if S.get("sitemap", True):
        m["sitemap"] = list(pages)
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(S["kod"], S["kommun"], len(pages), "pages")


if __name__ == "__main__":
    for S in SITES:
        build(S)
