"""Municipal-like websites from a compact spec, in the markup styles Swedish
municipalities use (Sitevision, Municipio/WordPress, Optimizely, Drupal, and an
old table layout). One mechanism serves the demo (data/sample/sites.toml), the
labelled test corpus (tests/corpus/sites.toml) and the benchmark farm.

A site spec (TOML table) has: id, kommun, cms, and optionally header_links,
nav (label, href, [sub-items]), hero (HTML at the top of main), front (HTML
further down main), news ([title, text]), aside, footer (HTML), pages
({path: {title, h1, body}}), robots (robots.txt text), config (site.toml
behaviours: status, redirect, content_type, charset), encoding.
"""

import html
import re
import tomllib
from pathlib import Path

CMS_STYLES = ("sitevision", "municipio", "optimizely", "drupal", "table")


def load_specs(path: Path) -> list[dict]:
    return tomllib.loads(Path(path).read_text(encoding="utf-8"))["site"]


def _slug(text: str) -> str:
    table = str.maketrans("åäöÅÄÖé", "aaoaaoe")
    return re.sub(r"[^a-z0-9]+", "-", text.lower().translate(table)).strip("-")


def _nav_html(spec: dict) -> str:
    items = []
    for entry in spec.get("nav", []):
        label, href = entry[0], entry[1]
        subs = entry[2] if len(entry) > 2 else []
        sub_html = ""
        if subs:
            sub_items = "".join(f'<li><a href="{s[1]}">{s[0]}</a></li>' for s in subs)
            sub_html = f'<div class="mega-menu__panel submenu"><ul class="level-2">{sub_items}</ul></div>'
        items.append(f'<li class="menu-item"><a href="{href}">{label}</a>{sub_html}</li>')
    return f'<ul class="menu-level-1">{"".join(items)}</ul>'


def _header_links(spec: dict) -> str:
    return "".join(f'<a class="header-link" href="{link[1]}" {link[2] if len(link) > 2 else ""}>{link[0]}</a>'
                   for link in spec.get("header_links", []))


def _footer(spec: dict) -> str:
    kommun = spec["kommun"]
    default = (f'<div class="footer-col"><h2>{kommun} kommun</h2><p>Postadress: {kommun} kommun, 123 45 {kommun}</p>'
               f'<p>Telefon (växel): 0123-45 67 00</p><p>E-post: kommun@{_slug(kommun)}.se</p></div>')
    links = ('<ul class="footer-links"><li><a href="/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></li>'
             '<li><a href="/om-webbplatsen">Om webbplatsen</a></li><li><a href="/kakor">Kakor</a></li></ul>')
    return spec.get("footer", "") + default + links


def _search() -> str:
    return ('<form class="search-form" action="/sok" role="search"><label for="q">Sök på webbplatsen</label>'
            '<input id="q" name="q" type="search" placeholder="Vad letar du efter?"><button>Sök</button></form>')


def _news(spec: dict) -> str:
    if not spec.get("news"):
        return ""
    articles = "".join(f'<article class="news-item"><h3><a href="/nyheter/{_slug(title)}">{title}</a></h3><p>{text}</p></article>'
                       for title, text in spec["news"])
    return f'<section class="news-list"><h2>Nyheter</h2>{articles}</section>'


def page_html(spec: dict, title: str, h1: str, body: str, front: bool = False) -> str:
    kommun = spec["kommun"]
    cms = spec.get("cms", "optimizely")
    main = f"<h1>{h1}</h1>{body}"
    if front:
        main = f'<h1>{h1}</h1>{spec.get("hero", "")}<h2>Aktuellt</h2>{spec.get("front", "")}{_news(spec)}'
    aside = spec.get("aside", "") if front else ""
    nav, header_links, footer, search = _nav_html(spec), _header_links(spec), _footer(spec), _search()
    logo = f'<a class="logo" href="/"><img src="/logo.png" alt="{kommun} kommun, till startsidan"></a>'
    head = (f'<!DOCTYPE html><html lang="sv"><head><meta charset="{spec.get("encoding", "utf-8")}">'
            f'<title>{title} - {kommun} kommun</title><meta name="viewport" content="width=device-width">'
            f'<script>window.dataLayer=[];</script>{spec.get("head_extra", "")}</head>')
    if cms == "sitevision":
        layout = (f'<div class="sv-layout sv-header">{logo}{header_links}{search}</div>'
                  f'<div class="sv-portlet sv-mainmenu">{nav}</div>'
                  f'<div id="content" role="main" class="sv-layout sv-content">{main}</div>'
                  f'<div class="sv-layout sv-aside">{aside}</div>'
                  f'<div class="sv-layout sv-footer">{footer}</div>')
    elif cms == "municipio":
        layout = (f'<header class="c-header"><div class="c-header__top">{logo}{header_links}{search}</div>'
                  f'<nav class="c-navigation" aria-label="Huvudmeny">{nav}</nav></header>'
                  f'<main id="main-content" class="o-container">{main}</main>'
                  f'<aside class="c-sidebar">{aside}</aside><footer class="c-footer">{footer}</footer>')
    elif cms == "drupal":
        layout = (f'<div class="region region-header">{logo}{header_links}{search}</div>'
                  f'<div class="region region-navigation"><nav role="navigation">{nav}</nav></div>'
                  f'<main role="main"><div class="region region-content">{main}</div></main>'
                  f'<div class="region region-sidebar">{aside}</div>'
                  f'<footer class="region region-footer" role="contentinfo">{footer}</footer>')
    elif cms == "table":
        layout = (f'<table width="100%"><tr><td class="top" id="header">{logo}{header_links}{search}</td></tr>'
                  f'<tr><td id="menu" class="menu">{nav}</td></tr><tr><td id="main" role="main">{main}{aside}</td></tr>'
                  f'<tr><td id="footer">{footer}</td></tr></table>')
    else:  # optimizely: semantic HTML5
        layout = (f'<header class="site-header">{logo}<div class="top-bar">{header_links}</div>{search}'
                  f'<nav class="main-navigation" aria-label="Huvudnavigering">{nav}</nav></header>'
                  f'<main>{main}</main><aside>{aside}</aside><footer class="site-footer">{footer}</footer>')
    return f"{head}<body>{layout}</body></html>"


def filler(label: str, kommun: str) -> str:
    return (f"<p>Här hittar du information om {html.escape(label.lower())} i {kommun} kommun. "
            "Vi arbetar för att ge invånare, företag och besökare god service.</p>"
            "<h2>Mer information</h2><p>Kontakta förvaltningen om du har frågor.</p>")


def write_site(spec: dict, root: Path) -> Path:
    """Render one site spec into a folder that servicekoll.demo.siteserver serves."""
    folder = Path(root) / spec["id"]
    folder.mkdir(parents=True, exist_ok=True)
    encoding = spec.get("encoding", "utf-8")
    kommun = spec["kommun"]
    pages = {"/": {"title": "Startsida", "h1": spec.get("front_h1", f"Välkommen till {kommun} kommun"),
                   "front": True}}
    for entry in spec.get("nav", []):
        pages.setdefault(entry[1], {"title": entry[0], "h1": entry[0], "body": filler(entry[0], kommun)})
        for sub in entry[2] if len(entry) > 2 else []:
            pages.setdefault(sub[1], {"title": sub[0], "h1": sub[0], "body": filler(sub[0], kommun)})
    for path, page in spec.get("pages", {}).items():
        pages[path] = {"title": page.get("title", page.get("h1", "")), "h1": page.get("h1", page.get("title", "")),
                       "body": page.get("body", "")}
    for path, page in pages.items():
        text = page_html(spec, page["title"], page["h1"], page.get("body", ""), front=page.get("front", False))
        target = folder / "index.html" if path == "/" else folder / path.strip("/") / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode(encoding, errors="xmlcharrefreplace"))
    if "robots" in spec:
        (folder / "robots.txt").write_text(spec["robots"], encoding="utf-8")
    config = dict(spec.get("config", {}))
    if encoding != "utf-8":
        config.setdefault("charset", encoding)
    if config:
        (folder / "site.toml").write_text(_toml(config), encoding="utf-8")
    return folder


def _toml(config: dict) -> str:
    lines = [f'charset = "{config["charset"]}"'] if "charset" in config else []
    for table in ("status", "redirect", "content_type"):
        if table in config:
            lines.append(f"[{table}]")
            lines += [f'"{k}" = {v!r}'.replace("'", '"') for k, v in config[table].items()]
    return "\n".join(lines) + "\n"


def write_sites(specs: list[dict], root: Path) -> list[Path]:
    return [write_site(spec, root) for spec in specs]
