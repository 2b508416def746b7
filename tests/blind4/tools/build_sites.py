"""Write tests/blind4/sites/ (a typing aid; the written files are the corpus, the labels are by hand).

    python3 tests/blind4/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import AREAS, esc, slug
from families import FAMILIES, front_sections
from sites_a import SITES_A
from sites_b import SITES_B

ROOT = Path(__file__).resolve().parent.parent / "sites"


def make_areas(S: dict) -> list[dict]:
    href = S.get("area_href", lambda sl: f"/{sl}/")
    sub_href = S.get("sub_href", lambda sl, ss: f"/{sl}/{ss}/")
    out = []
    for label, subs in AREAS:
        sl = S.get("area_slug", slug)(label)
        items = [(t, sub_href(sl, S.get("area_slug", slug)(t))) for t in subs]
        items = [(t, S.get("sub_override", {}).get(t, h)) for t, h in items]
        items += S.get("inject", {}).get(label, [])
        items = [x for x in items if x[0] not in S.get("drop_subs", ())]
        out.append({"label": label, "href": href(sl), "subs": items})
    return out


def key(href: str) -> str:
    return unquote(urlsplit(href).path)


def area_main(S: dict, a: dict) -> str:
    intro = S.get("area_intro", {}).get(a["label"], f"Här hittar du information om {a['label'].lower()} i {S['kommun']}.")
    lis = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in a["subs"])
    extra = S.get("area_extra", {}).get(a["label"], "")
    return (f'<h1>{esc(a["label"])}</h1>\n<p class="ingress">{esc(intro)}</p>\n'
            f'<h2>Innehåll i avsnittet</h2>\n<ul class="subpages">{lis}</ul>\n{extra}')


def build_site(S: dict) -> None:
    d = ROOT / S["code"]
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    S["areas"] = make_areas(S)
    render = FAMILIES[S["family"]]
    suffix = S.get("title_suffix", f" - {S['gen']} kommun")
    pages: dict[str, object] = {}
    ctype = S.get("ctype")
    enc = S.get("encoding", "utf-8")
    ext = S.get("ext", ".html")

    def write(path: str, fname: str, title: str, main: str, front=False, crumbs=None, ct=None):
        kw = {"page_path": path} if S["family"] == "hugo" else {}
        html = render(S, title, main, front=front, crumbs=crumbs, **kw)
        (d / fname).write_bytes(html.encode(enc, errors="xmlcharrefreplace"))
        c = ct or ctype
        pages[path] = {"file": fname, "content_type": c} if c else fname

    # front page
    front_main = S["hero"] + front_sections(S, S.get("cls", "")) + S.get("front_after", "")
    write(S.get("front_path", "/"), "index" + ext, S.get("front_title", f"{S['gen']} kommun"), front_main, front=True)
    home = S.get("home_href", "/")
    for a in S["areas"]:
        crumbs = [("Start", home), (a["label"], a["href"])]
        write(key(a["href"]), "omrade-" + slug(a["label"]).replace("å", "a") + ext, a["label"] + suffix, area_main(S, a), crumbs=crumbs)
    for p in S["pages"]:
        crumbs = p.get("crumbs") or [("Start", home), (p["title"], p["href"])]
        write(key(p["href"]), p["file"], p.get("doc_title", p["title"] + suffix), p["main"], crumbs=crumbs, ct=p.get("ctype"))
    # search-results template
    sok = f'<h1>Sökresultat</h1>\n<!--SEARCH_RESULTS-->\n<p>Hittar du inte det du söker? Ring växeln {S["vx"]}.</p>'
    sp = S["search"]
    sok_ct = S.get("search_ctype") or ctype
    kw = {"page_path": sp["path"]} if S["family"] == "hugo" else {}
    (d / ("sok" + ext)).write_bytes(render(S, "Sök" + suffix, sok, **kw).encode(enc, errors="xmlcharrefreplace"))
    man = {
        "kommunkod": S["code"], "kommun": S["kommun"], "lan_kod": S["lan_kod"], "lan": S["lan"], "family": S["family"],
        "pages": dict(sorted(pages.items())), "redirects": S.get("redirects", {}),
        "robots": S.get("robots", "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"),
        "sitemap": sorted(pages) if S.get("sitemap", True) else [],
        "search": {"path": sp["path"], "param": sp["param"], "hits": sp["hits"],
                   "template": {"file": "sok" + ext, "content_type": sok_ct} if sok_ct else "sok" + ext},
        "front_status": None,
    }
    if S.get("front_override"):
        S["front_override"](d, man)
    (d / "site.json").write_text(json.dumps(man, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    ROOT.mkdir(exist_ok=True)
    for S in SITES_A + SITES_B:
        if S.get("special"):
            S["special"](ROOT)
        else:
            build_site(S)
        print("wrote", S["code"], S["kommun"])


if __name__ == "__main__":
    main()
