"""Typing aid that writes tests/blind77/sites/ (the files are the corpus; labels are hand-written).

    python3 tests/blind77/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from chrome import page  # noqa: E402
from texts import SITES  # noqa: E402

OUT = HERE.parent / "sites"


def fname(path: str) -> str:
    if path == "/":
        return "index.html"
    return path.strip("/").replace("/", "__").replace(".html", "").replace(".asp", "") + ".html"


def news_item(n):
    return (f'<article class="news-item"><h1>{n["title"]}</h1><p class="date">Publicerad {n["date"]}</p>'
            f'<p class="lead">{n["teaser"]}</p>{n["body"]}<p><a href="/nyheter/">Alla nyheter</a></p></article>')


def news_list(site):
    items = "".join(f'<li><a href="{n["path"]}">{n["title"]}</a> <span class="date">{n["date"]}</span></li>'
                    for n in site["news"] + site.get("old_news", []))
    return f'<h1>Nyheter</h1><ul class="news-list">{items}</ul>'


def tillg(site):
    return (f'<h1>Tillgänglighetsredogörelse</h1><p>{site["gen"]} kommun står bakom den här webbplatsen. Vi vill att så '
            'många som möjligt ska kunna använda webbplatsen. Den här redogörelsen beskriver hur webbplatsen uppfyller '
            'lagen om tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du kan '
            'rapportera brister till oss.</p><h2>Kända brister</h2><ul><li>Vissa äldre PDF-dokument är inte '
            'tillgängliga.</li><li>Några filmer saknar syntolkning.</li></ul><h2>Tillsyn</h2><p>Myndigheten för '
            'digital förvaltning (Digg) ansvarar för tillsyn över lagen.</p>')


def build(site):
    d = OUT / site["kommunkod"]
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    suffix = f' - {site["gen"]} kommun'
    pages = {"/": ("Startsida" + suffix, None)}
    for p, (title, main) in site["pages"].items():
        pages[p] = (title + suffix, main)
    for n in site["news"] + site.get("old_news", []):
        pages[n["path"]] = (n["title"] + suffix, news_item(n))
    pages["/nyheter/"] = ("Nyheter" + suffix, news_list(site))
    pages["/tillganglighet/"] = ("Tillgänglighetsredogörelse" + suffix, tillg(site))
    enc = site.get("charset", "utf-8")
    ctype = f"text/html; charset={enc}"
    manifest_pages = {}
    for p, (title, main) in pages.items():
        front = p == "/"
        html_text = page(site, p, f'{site["gen"]} kommun' if front else title,
                         __import__("chrome").front_main(site) if front else main, front)
        f = fname(p)
        (d / f).write_bytes(html_text.encode(enc, errors="xmlcharrefreplace"))
        key = site.get("front_path", "/") if front else p
        manifest_pages[key] = f if enc == "utf-8" else {"file": f, "content_type": ctype}
    # search template
    sok = page(site, site["search"][0], "Sök" + suffix, "<h1>Sökresultat</h1><!--SEARCH_RESULTS-->")
    (d / "sok.html").write_bytes(sok.encode(enc, errors="xmlcharrefreplace"))
    redirects = dict(site.get("redirects", {}))
    robots = site.get("robots", "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n")
    m = {"kommunkod": site["kommunkod"], "kommun": site["name"], "lan_kod": site["lan_kod"], "lan": site["lan"],
         "family": site["family"], "pages": manifest_pages, "redirects": redirects, "robots": robots,
         "sitemap": list(manifest_pages),
         "search": {"path": site["search"][0], "param": site["search"][1], "hits": site["hits"],
                    "template": "sok.html" if enc == "utf-8" else {"file": "sok.html", "content_type": ctype}},
         "front_status": None}
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1), encoding="utf-8")


def main():
    OUT.mkdir(exist_ok=True)
    for s in SITES:
        build(s)
        print("wrote", s["kommunkod"], s["name"])


if __name__ == "__main__":
    main()
