"""Typing aid: writes tests/blind69/sites/ from the data below. The files are the corpus; labels.csv is hand-written.

    python3 tests/blind69/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from chrome import FAMILIES, e, front_main  # noqa: E402

OUT = HERE.parent / "sites"


def news_page(n):
    return f'<article><p class="date">Publicerad {n["date"]}</p><h1>{e(n["title"])}</h1><p class="lead">{e(n["lead"])}</p>{n["body"]}</article>'


def std_pages(site):
    """Pages every site has besides front page and its own pages: news list, 3 news items, a11y, kakor, jobs."""
    g = site["genitiv"]
    pages = {}
    items = "".join(f'<li><a href="/nyheter/{n["slug"]}/">{e(n["title"])}</a> <span>{n["date"]}</span></li>' for n in site["news"])
    pages["/nyheter/"] = ("nyheter.html", "Nyheter", f"<h1>Nyheter</h1><ul class=\"newslist\">{items}</ul>")
    for i, n in enumerate(site["news"], 1):
        pages[f"/nyheter/{n['slug']}/"] = (f"nyhet{i}.html", n["title"], news_page(n))
    pages["/tillganglighet/"] = ("tillganglighet.html", "Tillgänglighetsredogörelse",
        f"<h1>Tillgänglighetsredogörelse</h1><p>{e(g)} kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna "
        "använda den. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, kända "
        "tillgänglighetsproblem och hur du kan rapportera brister till oss så att vi kan åtgärda dem.</p><h2>Kända brister</h2>"
        "<ul><li>Vissa PDF-dokument är inte tillgängliga.</li><li>En del filmer saknar syntolkning.</li></ul>"
        "<h2>Tillsyn</h2><p>Myndigheten för digital förvaltning (Digg) ansvarar för tillsyn över lagen.</p>")
    pages["/kakor/"] = ("kakor.html", "Om kakor",
        "<h1>Om kakor</h1><p>En kaka (cookie) är en liten textfil som lagras i din webbläsare. Vi använder nödvändiga kakor och, "
        "om du godkänner det, kakor för besöksstatistik.</p><table><tr><th>Kaka</th><th>Syfte</th><th>Lagringstid</th></tr>"
        "<tr><td>cookie_ok</td><td>Kommer ihåg ditt val</td><td>1 år</td></tr><tr><td>_stat</td><td>Besöksstatistik</td><td>13 månader</td></tr></table>")
    pages["/lediga-jobb/"] = ("lediga-jobb.html", "Lediga jobb",
        f"<h1>Lediga jobb</h1><p>Här hittar du lediga tjänster i {e(g)} kommun.</p><ul>"
        "<li><a href=\"/lediga-jobb/underskoterska/\">Undersköterska till hemtjänsten</a></li>"
        "<li><a href=\"/lediga-jobb/larare/\">Lärare i matematik, åk 7–9</a></li>"
        "<li><a href=\"/lediga-jobb/va-ingenjor/\">VA-ingenjör</a></li></ul>")
    return pages


def build(site):
    d = OUT / site["kod"]
    d.mkdir(parents=True)
    fam = FAMILIES[site["family"]]
    g = site["genitiv"]
    pages = {"/" if not site.get("front_path") else site["front_path"]: ("index.html", None, front_main(site))}
    pages.update(std_pages(site))
    pages.update(site["own"])
    manifest_pages = {}
    for path, (fname, title, main) in pages.items():
        full_title = f"{g} kommun" if title is None else f"{title} - {g} kommun"
        extra = site.get("front_head", "") if title is None else site.get("head_extra", {}).get(path, "")
        text = fam(site, full_title, main, extra)
        if site.get("latin1"):
            (d / fname).write_bytes(text.encode("iso-8859-1", errors="xmlcharrefreplace"))
            manifest_pages[path] = {"file": fname, "content_type": "text/html; charset=iso-8859-1"}
        else:
            (d / fname).write_text(text, encoding="utf-8")
            manifest_pages[path] = fname
    # search template
    tmain = "<h1>Sök</h1><!--SEARCH_RESULTS-->"
    ttext = fam(site, f"Sök - {g} kommun", tmain)
    if site.get("latin1"):
        (d / "sok.html").write_bytes(ttext.encode("iso-8859-1", errors="xmlcharrefreplace"))
        tpl = {"file": "sok.html", "content_type": "text/html; charset=iso-8859-1"}
    else:
        (d / "sok.html").write_text(ttext, encoding="utf-8")
        tpl = "sok.html"
    search = dict(site["search"])
    search["template"] = tpl
    m = {"kommunkod": site["kod"], "kommun": site["kommun"], "lan_kod": site["lan_kod"], "lan": site["lan"],
         "family": site["family"], "pages": manifest_pages, "redirects": site.get("redirects", {}),
         "robots": site.get("robots", "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"),
         "sitemap": list(manifest_pages), "search": search, "front_status": None}
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main():
    from sitedata import SITES
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    for s in SITES:
        build(s)
    print(f"wrote {len(SITES)} sites to {OUT}")


if __name__ == "__main__":
    main()
