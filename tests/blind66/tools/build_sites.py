"""Typing aid: writes tests/blind66/sites/ (the files it writes are the corpus; labels are hand-written)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import filler  # noqa: E402
from families import FAMILIES  # noqa: E402

SITES = HERE.parent / "sites"


def news(slug_, head, date, body):
    return (slug_, head, date, body)


def std_pages(s):
    """Pages every site has: accessibility statement, cookies, jobs, news list, news items."""
    kn = s["kn"]
    pages = {
        "/tillganglighetsredogorelse/": ("tillganglighet.html", f"Tillgänglighetsredogörelse - {kn}",
                                         f"<h1>Tillgänglighetsredogörelse</h1><p>{kn} står bakom den här webbplatsen. "
                                         "Vi vill att så många som möjligt ska kunna använda den.</p>" + filler(2)),
        "/om-kakor/": ("kakor.html", f"Om kakor - {kn}",
                       "<h1>Om kakor</h1><p>En kaka är en liten textfil som webbplatsen sparar i din webbläsare.</p>" + filler(2)),
        "/lediga-jobb/": ("jobb.html", f"Lediga jobb - {kn}", "<h1>Lediga jobb</h1>" + s.get("jobs", "") + filler(2)),
    }
    items = "".join(f'<li><a href="/nyheter/{sl}/">{h}</a> <span>{d}</span></li>' for sl, h, d, _ in s["news"])
    pages["/nyheter/"] = ("nyheter.html", f"Nyheter - {kn}", f"<h1>Nyheter</h1><ul>{items}</ul>")
    for i, (sl, h, d, body) in enumerate(s["news"], 1):
        pages[f"/nyheter/{sl}/"] = (f"nyhet{i}.html", f"{h} - {kn}",
                                    f'<article><h1>{h}</h1><p class="date">Publicerad {d}</p>{body}</article>')
    return pages


def build(s):
    d = SITES / s["code"]
    d.mkdir(parents=True, exist_ok=True)
    render = FAMILIES[s["family"]]
    latin = s["family"] == "table"
    s["teasers"] = [(h, f"/nyheter/{sl}/", dt) for sl, h, dt, _ in s["news"]]
    pages = {s.get("front_path", "/"): ("index.html", f"Startsida - {s['kn']}", None)}
    pages.update(s["pages"])
    pages.update(std_pages(s))
    manifest_pages = {}
    for path, (fname, title, main) in pages.items():
        text = render(s, title, main or "", main is None)
        if latin:
            (d / fname).write_bytes(text.encode("iso-8859-1", errors="xmlcharrefreplace"))
            manifest_pages[path] = {"file": fname, "content_type": "text/html; charset=iso-8859-1"}
        else:
            (d / fname).write_text(text, encoding="utf-8")
            manifest_pages[path] = fname
    sp = s["search"]
    sok_main = "<h1>Sökresultat</h1>\n<!--SEARCH_RESULTS-->\n"
    text = render(s, f"Sök - {s['kn']}", sok_main, False)
    if latin:
        (d / "sok.html").write_bytes(text.encode("iso-8859-1", errors="xmlcharrefreplace"))
        tpl = {"file": "sok.html", "content_type": "text/html; charset=iso-8859-1"}
    else:
        (d / "sok.html").write_text(text, encoding="utf-8")
        tpl = "sok.html"
    m = {"kommunkod": s["code"], "kommun": s["kommun"], "lan_kod": s["lan_kod"], "lan": s["lan"],
         "family": s["family"], "pages": manifest_pages, "redirects": s.get("redirects", {}),
         "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
         "sitemap": list(manifest_pages),
         "search": {"path": sp[0], "param": sp[1], "hits": sp[2], "template": tpl},
         "front_status": None}
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main():
    from sitedefs import ALL
    for s in ALL:
        build(s)
        print("built", s["code"], s["kommun"])


if __name__ == "__main__":
    main()
