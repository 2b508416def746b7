"""Write tests/blind58/sites/ (a typing aid; the written files are the corpus, labels are by hand).

    python3 tests/blind58/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from chrome import FAMILIES  # noqa: E402
from common import (  # noqa: E402
    AO,
    AO_WORDS,
    DRIFT,
    ESERVICES,
    EVENTS,
    JOBS,
    NEWS_FILLER,
    href,
    slug,
)

SITES_DIR = HERE.parent / "sites"
GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACw="

# family -> (section wrapper, heading, list, item, card) class strings
CLS = {
    "sitevision": ("sv-layout sv-skip-spacer sv-template-portlet", "subheading", "env-list env-list--horizontal", "env-list__item", "env-card"),
    "optimizely": ("block-area__section container", "block__heading", "teaser-list row", "teaser-list__item col-md-4", "teaserblock"),
    "drupal": ("region region--content-below grid-full layout--pass--content-medium", "block__title", "views-view-list", "views-row", "node--view-mode-teaser"),
    "wpblock": ("wp-block-group alignwide is-layout-constrained", "wp-block-heading", "wp-block-latest-posts__list wp-block-latest-posts", "wp-block-post", "wp-block-group is-style-card"),
    "umbraco": ("umb-block-grid__layout-item", "block-heading", "teaser-grid", "teaser-grid__item", "teaser-card"),
    "municipio": ("o-container c-collection-wrapper", "c-typography c-typography__variant--h2", "c-collection c-collection--unbox", "c-collection__item", "c-card c-card--panel"),
    "nextjs": ("Section_root__f8Kq2", "Section_heading__mP1sD", "CardGrid_grid__Nq0Zx", "CardGrid_item__o3LbV", "Card_root__Ht7aP"),
    "nuxt": ("section", "section__heading", "card-grid", "card-grid__item", "card"),
    "webflow": ("section_home", "heading-style-h3", "w-layout-grid home_grid", "home_grid-item w-dyn-item", "card_component"),
}


def section(fam, title, inner, extra_cls=""):
    w, h, _, _, _ = CLS[fam]
    attrs = ' data-content-element-type-alias="listBlock" data-col-span="12"' if fam == "umbraco" else ""
    tag = "section" if fam not in ("sitevision", "umbraco") else "div"
    return f'<{tag} class="{w} {extra_cls}"{attrs}><h2 class="{h}">{title}</h2>{inner}</{tag}>\n'


def ul(fam, items):
    _, _, lcls, icls, _ = CLS[fam]
    return f'<ul class="{lcls}">' + "".join(f'<li class="{icls}">{x}</li>' for x in items) + "</ul>"


def front_body(s):
    fam = s["family"]
    st, pre = s["url_style"], s.get("prefix", "")
    _, _, _, _, card = CLS[fam]
    news = s.get("news", []) + [(t, href(st, pre, "nyheter", t), d, x) for t, d, x in NEWS_FILLER][: max(1, 4 - len(s.get("news", [])))]
    news_items = [f'<article class="{card}"><a href="{h}"><h3>{t}</h3></a><time datetime="{d}">{d}</time><p>{x}</p></article>' for t, h, d, x in news]
    out = [s["hero"]]
    out.append(section(fam, "Genvägar", ul(fam, [f'<a href="{h}">{t}</a>' for t, h in s.get("shortcuts", [
        ("Lediga jobb", href(st, pre, "lediga-jobb")), ("Felanmälan", href(st, pre, "felanmalan")),
        ("Skolval", href(st, pre, "skolval")), ("Sophämtning", href(st, pre, "sophamtning"))])]), "shortcuts"))
    out.append(section(fam, "Nyheter", ul(fam, news_items) + f'<p><a href="{href(st, pre, "nyheter")}">Fler nyheter</a></p>', "news"))
    out.append(section(fam, "Populära e-tjänster", ul(fam, [f'<a href="{href(st, pre, "e-tjanster", e)}">{e}</a>' for e in ESERVICES]), "eservices"))
    out.append(section(fam, "Driftinformation", f'<p>{DRIFT} <a href="{href(st, pre, "driftinformation")}">All driftinformation</a></p>' + s.get("drift_extra", ""), "drift"))
    out.append(section(fam, "Evenemang", ul(fam, [f'<a href="{href(st, pre, "evenemang", t)}"><span class="date">{d}</span> {t}</a>' for d, t in EVENTS]), "events"))
    out.append(section(fam, "Lediga jobb", ul(fam, [f'<a href="{href(st, pre, "lediga-jobb", j)}">{j}</a>' for j in JOBS]) + f'<p><a href="{href(st, pre, "lediga-jobb")}">Se alla lediga jobb</a></p>', "jobs"))
    ao = "".join(f'<a href="{href(st, pre, "a-o")}#{c.lower()}">{c}</a> ' for c in AO)
    words = " · ".join(f'<a href="{href(st, pre, "a-o", w)}">{w}</a>' for w in AO_WORDS)
    out.append(section(fam, "A–Ö", f'<nav aria-label="A till Ö"><p class="ao-letters">{ao}</p><p class="ao-words">{words}</p></nav>', "ao"))
    out.append(s.get("front_extra", ""))
    return "\n".join(out)


def write_site(s):
    d = SITES_DIR / s["kod"]
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    render = FAMILIES[s["family"]]
    k = s["kommun"]
    suffix = s.get("title_suffix", f" - {k} kommun")
    manifest_pages = {}
    front = {"title": s.get("front_title", f"Startsida{suffix}"), "h1": "", "body": front_body(s), "front": True,
             "head": s.get("front_head", ""), "next_data": s.get("front_next_data"), "nuxt_data": s.get("front_nuxt_data")}
    front = {x: y for x, y in front.items() if y is not None}
    (d / "index.html").write_text(render(s, front), encoding="utf-8")
    manifest_pages[s["home"]] = "index.html"
    for path, p in s["pages"].items():
        page = {"title": p.get("title", p["h1"] + suffix), "h1": p["h1"], "body": p["body"], "crumbs": p.get("crumbs", [("Startsida", s["home"])]),
                "aside": p.get("aside", ""), "head": p.get("head", "")}
        for opt in ("next_data", "nuxt_data"):
            if p.get(opt):
                page[opt] = p[opt]
        fname = p.get("file") or (slug(path.strip("/").replace(".html", "")) or "index") + ".html"
        (d / fname).write_text(render(s, page), encoding="utf-8")
        manifest_pages[path] = fname
    sok = {"title": f"Sök{suffix}", "h1": "Sökresultat", "body": "<!--SEARCH_RESULTS-->", "crumbs": [("Startsida", s["home"])]}
    (d / "sok.html").write_text(render(s, sok), encoding="utf-8")
    man = {
        "kommunkod": s["kod"], "kommun": k, "lan_kod": s["lan_kod"], "lan": s["lan"], "family": s["family_label"],
        "pages": manifest_pages, "redirects": s.get("redirects", {}),
        "robots": s.get("robots", "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"),
        "sitemap": s.get("sitemap") or list(manifest_pages),
        "search": {"path": s["search"]["path"], "param": s["search"]["param"], "hits": s["search"]["hits"], "template": "sok.html"},
        "front_status": None,
    }
    (d / "site.json").write_text(json.dumps(man, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return man


def main():
    from sites_data import SITES
    SITES_DIR.mkdir(exist_ok=True)
    for s in SITES:
        m = write_site(s)
        print(s["kod"], s["kommun"], s["family"], len(m["pages"]), "pages")


if __name__ == "__main__":
    main()
