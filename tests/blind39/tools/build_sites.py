"""Typing aid that writes tests/blind39/sites/ (the HTML files are the corpus).

    python3 tests/blind39/tools/build_sites.py

Labels are not generated; they are hand-written in labels.csv.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SITES = HERE.parent / "sites"

AREAS = [
    ("Barn och utbildning", "barn-och-utbildning", [("Förskola", "forskola"), ("Grundskola", "grundskola")]),
    ("Omsorg och stöd", "omsorg-och-stod", [("Äldreomsorg", "aldreomsorg"), ("Färdtjänst", "fardtjanst")]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo", [("Bygglov", "bygglov"), ("Avfall och återvinning", "avfall")]),
    ("Kultur och fritid", "kultur-och-fritid", [("Bibliotek", "bibliotek"), ("Idrott och motion", "idrott")]),
    ("Kommun och politik", "kommun-och-politik", [("Politik och demokrati", "politik"), ("Ekonomi", "ekonomi")]),
]

FILLER = {
    "forskola": "Alla barn från ett års ålder har rätt till förskola. Du ansöker om plats i e-tjänsten minst fyra månader innan du behöver platsen.",
    "grundskola": "Kommunen har grundskolor i centralorten och i flera av byarna. Läsårstider och skolval finns samlade här.",
    "aldreomsorg": "Hemtjänst, trygghetslarm och särskilt boende beviljas efter en biståndsbedömning. Ta kontakt med en biståndshandläggare.",
    "fardtjanst": "Färdtjänst är för dig som har svårt att resa med allmänna kommunikationer. Ansökan görs på blankett.",
    "bygglov": "Du behöver bygglov för att bygga nytt, bygga till och ibland för att ändra användningen av en byggnad.",
    "avfall": "Hushållsavfallet hämtas varannan vecka. Återvinningscentralen har öppet tisdag till lördag.",
    "bibliotek": "Huvudbiblioteket och filialerna lånar ut böcker, ljudböcker och tidskrifter. Lånekort är gratis.",
    "idrott": "Kommunen har sporthall, simhall, elljusspår och ett antal bokningsbara lokaler för föreningar.",
    "politik": "Kommunfullmäktige är kommunens högsta beslutande organ. Sammanträdena är öppna för allmänheten.",
    "ekonomi": "Här finns budget, årsredovisning och delårsrapporter. Skattesatsen beslutas av fullmäktige varje höst.",
}


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Site:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.pages: dict[str, tuple[str, str]] = {}  # path -> (file, html)
        self.sitemap: list[str] = []

    # URL style per family
    def url(self, *parts: str) -> str:
        if self.style == "html":
            return "/" + "/".join(parts) + ".html"
        if self.style == "asp":
            return "/" + "-".join(parts) + ".asp"
        if self.style == "noslash":
            return "/" + "/".join(parts)
        return "/" + "/".join(parts) + "/"

    def nav(self):
        out = []
        for title, slug, subs in AREAS:
            out.append((title, self.url(slug), [(t, self.url(slug, s)) for t, s in subs]
                        + [(t, h) for t, h in self.extra_subs.get(slug, [])]))
        return out


def add_page(site: Site, path: str, fname: str, title: str, main: str, front: bool = False):
    html = site.wrap(site, title, main, front)
    site.pages[path] = (fname, html)
    site.sitemap.append(path)


def front_main(site: Site) -> str:
    cards = "\n".join(f'<li class="{site.cls["card"]}"><a href="{h}">{t}</a></li>' for t, h in site.cards)
    news = "\n".join(
        f'<li class="{site.cls["teaser"]}"><a href="{site.url("nyheter", slug)}"><h3>{t}</h3></a>'
        f'<p>{lead}</p><span class="date">{date}</span></li>'
        for slug, t, lead, body, date in site.news)
    etj = "\n".join(f'<li><a href="{site.url(a, s)}">{t}</a></li>' for t, a, s in [
        ("Ansök om förskoleplats", "barn-och-utbildning", "forskola"),
        ("Ansök om bygglov", "bygga-bo-och-miljo", "bygglov"),
        ("Ansök om färdtjänst", "omsorg-och-stod", "fardtjanst"),
        ("Boka idrottshall", "kultur-och-fritid", "idrott")])
    return f"""<section class="{site.cls['hero']}">
<h1>Välkommen till {site.kommun_long}</h1>
<p>{site.tagline}</p>
<ul class="{site.cls['cards']}">
{cards}
</ul>
</section>
<section class="{site.cls['section']}"><h2>Nyheter</h2>
<ul class="news-list">
{news}
</ul>
<p><a href="{site.url('nyheter')}">Alla nyheter</a></p>
</section>
<section class="{site.cls['section']}"><h2>Populära e-tjänster</h2><ul>
{etj}
</ul></section>
<section class="{site.cls['section']}"><h2>Evenemang</h2>
<p>Marknad på torget lördag 13 juni. Sommarbio i parken varje torsdag i juli.</p></section>
"""


def build_site(site: Site):
    add_page(site, site.front_path, "index.html", f"Startsida - {site.kommun_long}", front_main(site), front=True)
    for title, slug, subs in AREAS:
        links = "".join(f'<li><a href="{site.url(slug, s)}">{t}</a></li>' for t, s in subs)
        extra = site.area_extra.get(slug, "")
        add_page(site, site.url(slug), f"{slug}.html", f"{title} - {site.kommun_long}",
                 f"<h1>{title}</h1>\n<p>Här hittar du information och e-tjänster inom {title.lower()}.</p>\n"
                 f"<ul class=\"subpages\">{links}</ul>\n{extra}")
        for t, s in subs:
            add_page(site, site.url(slug, s), f"{slug}-{s}.html", f"{t} - {site.kommun_long}",
                     f"<h1>{t}</h1>\n<p>{FILLER[s]}</p>\n<p>Senast uppdaterad: 2026-03-02</p>")
    items = "".join(f'<li><a href="{site.url("nyheter", slug)}">{t}</a> <span>{date}</span></li>'
                    for slug, t, lead, body, date in site.news)
    add_page(site, site.url("nyheter"), "nyheter.html", f"Nyheter - {site.kommun_long}",
             f"<h1>Nyheter</h1>\n<ul>{items}</ul>")
    for slug, t, lead, body, date in site.news:
        add_page(site, site.url("nyheter", slug), f"nyhet-{slug}.html", f"{t} - {site.kommun_long}",
                 f"<article><h1>{t}</h1><p class=\"date\">Publicerad {date}</p><p class=\"lead\">{lead}</p>\n{body}</article>")
    add_page(site, site.url("tillganglighetsredogorelse"), "tillganglighet.html",
             f"Tillgänglighetsredogörelse - {site.kommun_long}",
             f"<h1>Tillgänglighetsredogörelse</h1><p>{site.kommun_long} står bakom den här webbplatsen. "
             "Vi vill att så många som möjligt ska kunna använda den. Webbplatsen är delvis förenlig med lagen om "
             "tillgänglighet till digital offentlig service.</p>")
    add_page(site, site.url("om-kakor"), "kakor.html", f"Om kakor - {site.kommun_long}",
             "<h1>Om kakor</h1><p>Vi använder nödvändiga kakor och, om du godkänner det, kakor för besöksstatistik.</p>")
    for path, fname, title, main in site.special:
        add_page(site, path, fname, title, main)
    add_page(site, "__sok__", "sok.html", f"Sök - {site.kommun_long}",
             "<h1>Sök på webbplatsen</h1>\n<!--SEARCH_RESULTS-->")
    site.sitemap.remove("__sok__")
    tpl = site.pages.pop("__sok__")

    d = SITES / site.code
    d.mkdir(parents=True, exist_ok=True)
    for old in d.iterdir():
        old.unlink()
    enc = "iso-8859-1" if site.latin1 else "utf-8"
    ctype = "text/html; charset=iso-8859-1" if site.latin1 else None
    pages = {}
    for path, (fname, html) in site.pages.items():
        (d / fname).write_bytes(html.encode(enc, errors="xmlcharrefreplace"))
        pages[path] = {"file": fname, "content_type": ctype} if ctype else fname
    (d / tpl[0]).write_bytes(tpl[1].encode(enc, errors="xmlcharrefreplace"))
    manifest = {
        "kommunkod": site.code, "kommun": site.kommun, "lan_kod": site.lan_kod, "lan": site.lan,
        "family": site.family, "pages": pages, "redirects": site.redirects,
        "robots": site.robots,
        "sitemap": [p for p in site.sitemap if p not in site.redirects],
        "search": {"path": site.search_path, "param": site.search_param, "hits": site.hits,
                   "template": {"file": tpl[0], "content_type": ctype} if ctype else tpl[0]},
        "front_status": None,
    }
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- families
CSS = "<style>body{font-family:sans-serif;margin:0}.hidden{display:none}</style>"
COOKIE = ('<div class="cookie-banner" role="dialog" aria-label="Kakor"><p>Vi använder kakor. '
          '<a href="{k}">Läs mer om kakor</a></p><button type="button">Godkänn</button></div>')


def footer_text(site: Site) -> str:
    return (f"<p><strong>{site.kommun_long}</strong><br>{site.address}<br>{site.postcode}</p>"
            f"<p>Växel: <a href=\"tel:{site.phone_tel}\">{site.phone}</a><br>"
            f"E-post: <a href=\"mailto:kommun@{site.domain}\">kommun@{site.domain}</a><br>Org.nr {site.orgnr}</p>")


def footer_links(site: Site) -> str:
    return (f'<ul><li><a href="{site.url("tillganglighetsredogorelse")}">Tillgänglighetsredogörelse</a></li>'
            f'<li><a href="{site.url("om-kakor")}">Om kakor</a></li>'
            f'<li><a href="{site.kontakt_url}">Kontakt</a></li></ul>')


def head(site: Site, title: str, extra: str = "") -> str:
    cs = "iso-8859-1" if site.latin1 else "utf-8"
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{cs}">\n<title>{title}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n{extra}{CSS}\n</head>\n')


def wrap_sitevision(site: Site, title: str, main: str, front: bool) -> str:
    top = "".join(
        f'<li class="sv-nav__item"><a href="{h}" class="sv-nav__link">{t}</a>'
        f'<button class="sv-mega-toggle" aria-expanded="false" aria-label="Visa undermeny för {t}"></button>'
        f'<div class="sv-mega" hidden><div class="sv-mega__col"><h3>{t}</h3><ul>'
        + "".join(f'<li><a href="{sh}">{st}</a></li>' for st, sh in subs)
        + "</ul></div></div></li>" for t, h, subs in site.nav())
    top += "".join(f'<li class="sv-nav__item"><a href="{h}" class="sv-nav__link">{t}</a></li>' for t, h in site.extra_top)
    return head(site, title, '<meta name="generator" content="Sitevision">\n') + f"""<body>
<div class="sv-layout" id="svid10_top">
 <div class="sv-layout sv-skip-spacer"><a class="skip" href="#innehall">Till innehållet</a></div>
 <div class="sv-layout header" id="svid12_header">
  <div class="sv-portlet sv-toolbar"><ul class="toolbar"><li><a href="{site.url('tillganglighetsredogorelse')}">Lyssna</a></li><li><a href="{site.url('kommun-och-politik')}">Lättläst</a></li>{site.header_extra}</ul></div>
  <div class="sv-portlet sv-image-portlet logo"><a href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{site.kommun_long}, till startsidan"></a></div>
  <div class="sv-portlet sv-search-portlet"><form action="{site.search_path}" method="get" role="search"><label for="q">Sök</label><input id="q" name="{site.search_param}" type="search"><button>Sök</button></form></div>
  <div class="sv-portlet sv-menu-portlet"><nav aria-label="Huvudmeny"><ul class="sv-nav">{top}</ul></nav></div>
 </div>
 <div class="sv-layout content" id="innehall"><div class="sv-portlet sv-text-portlet">
{main}
 </div></div>
 <div class="sv-layout sv-footer" id="svid12_footer">
  <div class="sv-portlet sv-text-portlet">{footer_text(site)}</div>
  <div class="sv-portlet sv-text-portlet">{footer_links(site)}</div>
  {site.footer_extra}
 </div>
</div>
{COOKIE.format(k=site.url('om-kakor'))}
<script>document.querySelectorAll('.sv-mega-toggle').forEach(b=>b.addEventListener('click',()=>{{b.nextElementSibling.hidden=!b.nextElementSibling.hidden}}))</script>
</body></html>
"""


def wrap_municipio(site: Site, title: str, main: str, front: bool) -> str:
    drawer = "".join(
        f'<li class="c-nav__item"><a href="{h}">{t}</a><ul class="c-nav__sub">'
        + "".join(f'<li><a href="{sh}">{st}</a></li>' for st, sh in subs) + "</ul></li>"
        for t, h, subs in site.nav())
    return head(site, title, '<meta name="generator" content="WordPress 6.7; Municipio">\n') + f"""<body class="wp-theme-municipio">
<header class="c-header c-header--business" id="site-header">
 <div class="c-header__top o-container">
  <a class="c-brand" href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{site.kommun_long}"></a>
  <form class="c-search" action="{site.search_path}" method="get"><input type="search" name="{site.search_param}" aria-label="Sök på webbplatsen" placeholder="Vad letar du efter?"><button>Sök</button></form>
  <div class="c-header__actions">{site.header_extra}
   <button class="c-button js-drawer-open" aria-controls="drawer" aria-expanded="false">Meny</button></div>
 </div>
</header>
<div class="c-drawer" id="drawer" hidden><button class="c-drawer__close">Stäng</button>
 <nav aria-label="Huvudmeny"><ul class="c-nav">{drawer}</ul></nav></div>
<main id="main-content" class="o-container">
{main}
</main>
<footer class="c-footer"><div class="o-grid">
 <div class="o-grid-4">{footer_text(site)}</div>
 <div class="o-grid-4"><h2 class="c-footer__heading">Om webbplatsen</h2>{footer_links(site)}</div>
 <div class="o-grid-4">{site.footer_extra}</div>
</div></footer>
{COOKIE.format(k=site.url('om-kakor'))}
<script>document.querySelector('.js-drawer-open').onclick=()=>{{document.getElementById('drawer').hidden=false}}</script>
</body></html>
"""


def wrap_table(site: Site, title: str, main: str, front: bool) -> str:
    left = "".join(f'<tr><td class="menu"><a href="{h}"><font face="Verdana" size="2">{t}</font></a></td></tr>'
                   for t, h, subs in site.nav())
    return head(site, title) + f"""<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<table width="960" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#1d4f73" height="90">
 <table width="100%"><tr><td><a href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="220" height="70" alt="{site.kommun_long}" border="0"></a></td>
 <td align="right"><form action="{site.search_path}" method="get"><font face="Verdana" size="1" color="#ffffff">Sök:</font> <input type="text" name="{site.search_param}" size="18"> <input type="submit" value="Sök"></form>
 <font face="Verdana" size="1"><a href="{site.kontakt_url}"><font color="#ffffff">Kontakta kommunen</font></a> | <a href="{site.url('tillganglighetsredogorelse')}"><font color="#ffffff">Lyssna</font></a></font>{site.header_extra}</td></tr></table>
</td></tr>
<tr><td width="190" valign="top" bgcolor="#e8eef3"><table width="100%" cellpadding="6">{left}</table></td>
<td width="770" valign="top"><font face="Verdana" size="2">
{main}
</font></td></tr>
<tr><td colspan="2" bgcolor="#dddddd"><font face="Verdana" size="1">{footer_text(site)}{footer_links(site)}{site.footer_extra}</font></td></tr>
</table>
</body></html>
"""


def wrap_episerver(site: Site, title: str, main: str, front: bool) -> str:
    top = "".join(
        f'<li class="main-nav__item has-children"><a href="{h}">{t}</a><ul class="main-nav__sub" aria-hidden="true">'
        + "".join(f'<li><a href="{sh}">{st}</a></li>' for st, sh in subs) + "</ul></li>"
        for t, h, subs in site.nav())
    return head(site, title, '<link rel="canonical" href="__ORIGIN__/">\n') + f"""<body class="epi-site">
<a class="skip-link" href="#main-content">Gå direkt till innehållet</a>
<header class="site-header">
 <div class="site-header__tools"><ul><li><a href="{site.url('tillganglighetsredogorelse')}">Lyssna</a></li><li><a href="{site.url('kommun-och-politik')}">Other languages</a></li>{site.header_extra}</ul></div>
 <div class="site-header__brand"><a href="/" class="logo"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{site.kommun_long} logotyp"></a></div>
 <form class="site-search" action="{site.search_path}" method="get"><input name="{site.search_param}" type="search" aria-label="Sök"><button type="submit">Sök</button></form>
 <nav class="main-nav" aria-label="Huvudnavigering"><ul>{top}</ul></nav>
</header>
<main id="main-content" class="page-content">
<div class="block-area">
{main}
</div>
</main>
<footer class="site-footer"><div class="site-footer__contact">{footer_text(site)}</div>
<div class="site-footer__links">{footer_links(site)}</div>{site.footer_extra}</footer>
{COOKIE.format(k=site.url('om-kakor'))}
</body></html>
"""


def wrap_drupal(site: Site, title: str, main: str, front: bool) -> str:
    top = "".join(
        f'<li class="menu-item menu-item--expanded"><a href="{h}" data-drupal-link-system-path="node/{i + 11}">{t}</a>'
        f'<ul class="menu menu--level-2 visually-hidden">'
        + "".join(f'<li class="menu-item"><a href="{sh}">{st}</a></li>' for st, sh in subs) + "</ul></li>"
        for i, (t, h, subs) in enumerate(site.nav()))
    return head(site, title, '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n') + f"""<body class="path-frontpage">
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
 <header role="banner" class="region region-header">
  <div id="block-sitebranding" class="block block-system-branding-block"><a href="/" rel="home"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Hem - {site.kommun_long}"></a></div>
  <div class="block block-search"><form action="{site.search_path}" method="get"><input type="search" name="{site.search_param}" title="Ange de ord du vill söka efter."><input type="submit" value="Sök"></form></div>
  <div class="block block-menu-block-secondary"><ul class="menu"><li><a href="{site.kontakt_url}">Kontakt</a></li><li><a href="{site.url('tillganglighetsredogorelse')}">Lyssna</a></li>{site.header_extra}</ul></div>
 </header>
 <div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-main-menu" id="block-mainnavigation" class="block block-menu"><h2 class="visually-hidden" id="block-main-menu">Huvudnavigering</h2><ul class="menu menu--level-1">{top}</ul></nav></div>
 <main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
  <div class="region region-content"><div class="block block-system-main-block">
{main}
  </div></div>
 </div></main>
 <footer role="contentinfo" class="region region-footer">
  <div class="block block-block-content">{footer_text(site)}</div>
  <div class="block block-menu">{footer_links(site)}</div>
  {site.footer_extra}
 </footer>
</div></div>
{COOKIE.format(k=site.url('om-kakor'))}
</body></html>
"""


def wrap_bootstrap(site: Site, title: str, main: str, front: bool) -> str:
    top = "".join(
        f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{h}" data-bs-toggle="dropdown" aria-expanded="false">{t}</a>'
        f'<ul class="dropdown-menu">'
        + "".join(f'<li><a class="dropdown-item" href="{sh}">{st}</a></li>' for st, sh in subs) + "</ul></li>"
        for t, h, subs in site.nav())
    return head(site, title, '<link rel="stylesheet" href="data:text/css,">\n') + f"""<body>
<div class="bg-dark text-white small py-1"><div class="container d-flex justify-content-end gap-3">
 <a class="text-white" href="{site.url('tillganglighetsredogorelse')}">Lyssna</a><a class="text-white" href="{site.url('kommun-och-politik')}">In English</a>{site.header_extra}</div></div>
<nav class="navbar navbar-expand-lg navbar-light bg-light"><div class="container">
 <a class="navbar-brand" href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{site.kommun_long}" height="48"></a>
 <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>
 <div class="collapse navbar-collapse" id="nav"><ul class="navbar-nav me-auto">{top}</ul>
 <form class="d-flex" role="search" action="{site.search_path}" method="get"><input class="form-control me-2" type="search" name="{site.search_param}" aria-label="Sök"><button class="btn btn-primary">Sök</button></form></div>
</div></nav>
<div class="container my-4" id="content">
{main}
</div>
<footer class="bg-secondary text-white py-4"><div class="container"><div class="row">
 <div class="col-md-4">{footer_text(site)}</div><div class="col-md-4">{footer_links(site)}</div><div class="col-md-4">{site.footer_extra}</div>
</div></div></footer>
{COOKIE.format(k=site.url('om-kakor'))}
</body></html>
"""


def wrap_soup(site: Site, title: str, main: str, front: bool) -> str:
    top = "".join(f'<div class="m1"><a href="{h}">{t}</a></div>' for t, h, subs in site.nav())
    return head(site, title) + f"""<body>
<div id="wrap">
 <div class="t0"><div class="t0a"><a href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{site.kommun_long}"></a></div>
  <div class="t0b"><form action="{site.search_path}" method="get"><input name="{site.search_param}" placeholder="Sök"> <input type="submit" value="Sök"></form>
  <span class="lnk"><a href="{site.kontakt_url}">Kontakt</a> · <a href="{site.url('tillganglighetsredogorelse')}">Talande webb</a>{site.header_extra}</span></div></div>
 <div class="mm">{top}</div>
 <div class="c9">
{main}
 </div>
 <div class="ft"><div class="ft1">{footer_text(site)}</div><div class="ft2">{footer_links(site)}</div>{site.footer_extra}</div>
</div>
</body></html>
"""


def wrap_plain(site: Site, title: str, main: str, front: bool) -> str:
    top = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h, subs in site.nav())
    return head(site, title) + f"""<body>
<header>
 <p class="logo"><a href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{site.kommun_long}"></a></p>
 <form action="{site.search_path}" method="get" role="search"><input type="search" name="{site.search_param}" aria-label="Sök"><button>Sök</button></form>
 <p class="tools"><a href="{site.url('tillganglighetsredogorelse')}">Lyssna</a> <a href="{site.kontakt_url}">Kontakt</a>{site.header_extra}</p>
 <nav aria-label="Huvudmeny"><ul>{top}</ul></nav>
</header>
<main>
{main}
</main>
<footer>{footer_text(site)}{footer_links(site)}{site.footer_extra}</footer>
{COOKIE.format(k=site.url('om-kakor'))}
</body></html>
"""


CLS = {
    "sitevision": {"hero": "sv-layout hero", "cards": "sv-shortcuts", "card": "sv-shortcut", "teaser": "sv-news-item", "section": "sv-layout sv-row"},
    "municipio": {"hero": "c-hero", "cards": "c-card-grid", "card": "c-card", "teaser": "c-post", "section": "c-section"},
    "table": {"hero": "intro", "cards": "puffar", "card": "puff", "teaser": "nyhet", "section": "block"},
    "episerver": {"hero": "block heroblock", "cards": "shortcuts", "card": "shortcut", "teaser": "news-teaser", "section": "block"},
    "drupal": {"hero": "paragraph paragraph--type--hero", "cards": "field--name-field-shortcuts", "card": "shortcut", "teaser": "views-row", "section": "paragraph"},
    "bootstrap": {"hero": "p-5 mb-4 bg-light rounded-3", "cards": "row list-unstyled", "card": "col-md-3 card", "teaser": "card mb-2", "section": "my-4"},
    "soup": {"hero": "b1", "cards": "b1x", "card": "pf", "teaser": "nn", "section": "b2"},
    "plain": {"hero": "intro", "cards": "genvagar", "card": "genvag", "teaser": "nyhet", "section": "avsnitt"},
}
WRAP = {"sitevision": wrap_sitevision, "municipio": wrap_municipio, "table": wrap_table, "episerver": wrap_episerver,
        "drupal": wrap_drupal, "bootstrap": wrap_bootstrap, "soup": wrap_soup, "plain": wrap_plain}
STYLE = {"sitevision": "html", "table": "asp", "drupal": "noslash"}


def mk(code, kommun, long, lan_kod, lan, family, domain, phone, tel, address, postcode, **kw) -> Site:
    s = Site(code=code, kommun=kommun, kommun_long=long, lan_kod=lan_kod, lan=lan, family=family,
             domain=domain, phone=phone, phone_tel=tel, address=address, postcode=postcode,
             orgnr=kw.pop("orgnr", "212000-9999"), style=STYLE.get(family, "slash"), cls=CLS[family],
             wrap=WRAP[family], latin1=family == "table", tagline=kw.pop("tagline", "Här finns service för dig som bor, verkar och besöker kommunen."),
             header_extra="", extra_top=[], extra_subs={}, cards=[], news=[], footer_extra="", special=[],
             area_extra={}, redirects={}, hits={}, front_path="/",
             search_path="/sok/" if family not in ("municipio", "table") else ("/" if family == "municipio" else "/sok.asp"),
             search_param="s" if family == "municipio" else "q",
             robots="User-agent: *\nDisallow: /sok/\nSitemap: __ORIGIN__/sitemap.xml\n")
    s.__dict__.update(kw)
    if s.family == "municipio":
        s.robots = "User-agent: *\nDisallow: /wp-admin/\nSitemap: __ORIGIN__/sitemap.xml\n"
    if s.family == "table":
        s.robots = "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"
    s.kontakt_url = kw.get("kontakt_url") or s.url("kontakt")
    return s


def generic_kontakt(s: Site, extra: str = "") -> tuple:
    return (s.kontakt_url, "kontakt.html", f"Kontakt - {s.kommun_long}",
            f"<h1>Kontakt</h1>\n<p>Kommunens växel har öppet vardagar 8–16.</p>\n"
            f"<p>Telefon: {s.phone}<br>E-post: kommun@{s.domain}</p>\n"
            f"<p>Postadress: {s.kommun_long}, {s.postcode}</p>\n{extra}")


# ---------------------------------------------------------------- the ten sites
def n(slug, title, lead, body, date):
    return (slug, title, lead, body, date)


def sites() -> list[Site]:
    out = []

    # 9445 Storhamra: large, Sitevision; top-level "Kontaktcenter" -> full page -> 5
    s = mk("9445", "Storhamra", "Storhamra kommun", "01", "Stockholms län", "sitevision", "storhamra.se",
           "08-465 004 00", "+46846500400", "Stadshusplan 1", "999 10 Storhamra")
    kc = s.url("kontaktcenter")
    s.extra_top = [("Kontaktcenter", kc)]
    s.extra_subs = {"bygga-bo-och-miljo": [("Storhamra Vatten och Avfall AB", s.url("bygga-bo-och-miljo", "storhamra-vatten"))]}
    s.cards = [("Lediga jobb", s.url("kommun-och-politik", "ekonomi")), ("Förskola", s.url("barn-och-utbildning", "forskola")),
               ("Sophämtning", s.url("bygga-bo-och-miljo", "avfall")), ("Bibliotek", s.url("kultur-och-fritid", "bibliotek"))]
    s.news = [n("budget-2027", "Fullmäktige har fastställt budget för 2027", "Skattesatsen är oförändrad.",
                "<p>Kommunfullmäktige beslutade på måndagen om budget och skattesats för 2027.</p>", "2026-04-14"),
              n("sommarlov", "Sommarlovsaktiviteter för unga", "Anmälan öppnar 1 maj.",
                "<p>I sommar erbjuder kommunen gratis aktiviteter för barn och unga 10–18 år.</p>", "2026-04-02")]
    s.footer_extra = ('<div class="sv-portlet sv-text-portlet"><p>Frågor om vatten, avlopp och sophämtning? '
                      f'<a href="{s.url("bygga-bo-och-miljo", "storhamra-vatten")}">Storhamra Vatten och Avfall AB – kundservice</a></p></div>')
    s.special = [
        (kc, "kontaktcenter.html", "Kontaktcenter - Storhamra kommun", """<h1>Kontaktcenter</h1>
<p class="ingress">Kontaktcenter är din väg in till Storhamra kommun. Vi svarar direkt på de flesta frågor och kopplar dig vidare när det behövs.</p>
<h2>Det här kan vi hjälpa dig med</h2>
<ul><li>Frågor om förskola och skola, till exempel ansökan om plats och skolskjuts</li>
<li>Sophämtning, slamtömning och avgifter för vatten och avlopp</li>
<li>Felanmälan av gatubelysning, gator och parker</li>
<li>Bygglov – vägledning och status för ditt ärende</li>
<li>Hjälp att använda kommunens e-tjänster</li></ul>
<h2>Så når du oss</h2>
<p>Telefon: <a href="tel:+46846500410">08-465 004 10</a><br>E-post: <a href="mailto:kontaktcenter@storhamra.se">kontaktcenter@storhamra.se</a></p>
<table class="sv-table"><caption>Telefontider</caption><tr><th>Måndag–torsdag</th><td>8.00–17.00</td></tr><tr><th>Fredag</th><td>8.00–15.00</td></tr></table>
<p>Besök oss i Stadshuset, entréplan, Stadshusplan 1.</p>
<div class="sv-portlet contact-card"><h2>Ansvarig</h2><p>Helena Broström<br>Enhetschef för Kontaktcenter<br>08-465 004 11</p></div>
<p class="sv-editor">Sidansvarig: Webbredaktionen</p>"""),
        (s.url("bygga-bo-och-miljo", "storhamra-vatten"), "storhamra-vatten.html", "Storhamra Vatten och Avfall AB - Storhamra kommun",
         """<h1>Storhamra Vatten och Avfall AB</h1><p>Bolaget ägs av kommunen och ansvarar för dricksvatten, avlopp och insamling av hushållsavfall.</p>
<p>Storhamra Vatten och Avfall AB:s kundservice svarar på frågor om fakturor och abonnemang: 08-465 004 50, kundservice@storhamravatten.se, vardagar 8–16.</p>
<p>Kundservicechef: Per Olander</p>"""),
        generic_kontakt(s, f'<p>Har du frågor? Kontakta <a href="{kc}">Kontaktcenter</a>.</p>'),
    ]
    s.hits = {"kontaktcenter": [kc], "kundservice": [s.url("bygga-bo-och-miljo", "storhamra-vatten")]}
    out.append(s)

    # 9446 Bergsjövik: Municipio drawer, switchboard only -> 0
    s = mk("9446", "Bergsjövik", "Bergsjöviks kommun", "20", "Dalarnas län", "municipio", "bergsjovik.se",
           "0980-319 200", "+46980319200", "Storgatan 12", "999 20 Bergsjövik")
    s.header_extra = f'<a class="c-button c-button--ghost" href="{s.kontakt_url}">Kontakta oss</a>'
    s.cards = [("Skola och förskola", s.url("barn-och-utbildning")), ("Lediga jobb", s.url("kommun-och-politik", "ekonomi")),
               ("Bygglov", s.url("bygga-bo-och-miljo", "bygglov")), ("Kontakta oss", s.kontakt_url)]
    s.news = [n("skatteverket", "Skatteverket och Försäkringskassan har servicekontor i biblioteket",
                "Från 1 mars finns statens servicekontor på plats två dagar i veckan.",
                "<p>Statens servicekontor hjälper dig med frågor om skatt, folkbokföring, id-kort och föräldrapenning. "
                "Servicekontoret finns i biblioteket tisdagar och torsdagar 10–15.</p>", "2026-02-20"),
              n("isbana", "Isbanan på Sjövallen är spolad", "Välkommen att åka skridskor.", "<p>Isbanan är öppen alla dagar 9–21.</p>", "2026-01-08")]
    s.footer_extra = ('<h2 class="c-footer__heading">Bergsjövik Energi</h2><p>Bergsjövik Energi AB:s kundtjänst: 0980-319 250, '
                      'kundtjanst@bergsjovikenergi.se</p>')
    s.special = [(s.kontakt_url, "kontakt.html", "Kontakta oss - Bergsjöviks kommun", f"""<h1>Kontakta oss</h1>
<p>Du når kommunens växel på {s.phone}, vardagar 8–16.30. Lunchstängt 12–13.</p>
<p>E-post: kommun@bergsjovik.se</p>
<h2>Receptionen i kommunhuset</h2><p>Storgatan 12. Öppet vardagar 9–15. Här kan du lämna handlingar och hämta blanketter.</p>
<h2>Synpunkter</h2><p>Lämna synpunkter och klagomål via e-tjänsten.</p>""")]
    s.hits = {"kontaktcenter": [], "servicekontor": [s.url("nyheter", "skatteverket")]}
    out.append(s)

    # 9447 Ulvsta: small, old table layout, Latin-1 -> 0
    s = mk("9447", "Ulvsta", "Ulvsta kommun", "25", "Norrbottens län", "table", "ulvsta.se",
           "0980-319 270", "+46980319270", "Kommunhuset, Järnvägsgatan 4", "999 40 Ulvsta",
           tagline="Välkommen till Ulvsta – mitt i älvdalen.")
    s.front_path = "/default.asp"
    s.redirects = {"/": ["/default.asp", 302]}
    s.cards = [("Bygglovsservice", s.url("bygglovsservice")), ("Matsedel skolan", s.url("barn-och-utbildning", "grundskola")),
               ("Sophämtning", s.url("bygga-bo-och-miljo", "avfall"))]
    s.news = [n("fardtjanst", "Region Norrmarkens kundtjänst tar över beställning av färdtjänst",
                "Från 1 april beställer du resor hos regionen.",
                "<p>Region Norrmarkens kundtjänst för färdtjänst nås på 0980-319 290, alla dagar 7–20.</p>", "2026-03-10"),
              n("val", "Förtidsröstning i kommunhuset", "Röstmottagning i receptionen.", "<p>Förtidsröstning sker i kommunhuset vardagar 9–15.</p>", "2026-08-20")]
    s.special = [
        (s.kontakt_url, "kontakt.html", "Kontakta kommunen - Ulvsta kommun", f"""<h1>Kontakta kommunen</h1>
<p>Ring kommunens växel: {s.phone}. Växeln är öppen måndag–fredag 8–16.</p>
<p>E-post: kommun@ulvsta.se<br>Besök: Kommunhuset, Järnvägsgatan 4</p>
<p><a href="{s.url('bygglovsservice')}">Bygglovsservice</a> – för frågor om bygglov och detaljplaner.</p>"""),
        (s.url("bygglovsservice"), "bygglovsservice.html", "Bygglovsservice - Ulvsta kommun", """<h1>Bygglovsservice</h1>
<p>Bygglovsservice svarar på frågor om bygglov, anmälan och strandskydd. Telefontid tisdag och torsdag 9–11 på 0980-319 275.</p>
<p>E-post: bygglov@ulvsta.se</p><p>Ansvarig: byggnadsinspektör Rolf Näslund</p>"""),
    ]
    s.hits = {"bygglovsservice": [s.url("bygglovsservice")]}
    out.append(s)

    # 9448 Forsmyra: Optimizely/Episerver; hero shortcut "Servicecenter" -> 4 (e0)
    s = mk("9448", "Forsmyra", "Forsmyra kommun", "14", "Västra Götalands län", "episerver", "forsmyra.se",
           "031-390 06 00", "+46313900600", "Rådhusgatan 3", "999 30 Forsmyra")
    sc = s.url("servicecenter")
    s.cards = [("Servicecenter", sc), ("Lediga jobb", s.url("kommun-och-politik", "ekonomi")),
               ("Förskola", s.url("barn-och-utbildning", "forskola")), ("Avfall", s.url("bygga-bo-och-miljo", "avfall"))]
    s.news = [n("forsakringskassan", "Försäkringskassans servicekontor i Forsmyra stänger",
                "Statens servicecenter flyttar sin verksamhet till grannkommunen.",
                "<p>Statens servicecenter meddelar att servicekontoret på Torget stänger 30 juni.</p>", "2026-03-28"),
              n("gatubelysning", "Ny gatubelysning i Norra Forsmyra", "Arbetet pågår till och med maj.",
                "<p>Kommunen byter ut gamla armaturer mot LED.</p>", "2026-03-01")]
    s.special = [
        (sc, "servicecenter.html", "Servicecenter - Forsmyra kommun", """<h1>Servicecenter</h1>
<p class="preamble">Servicecenter tar emot dina frågor till kommunen, oavsett om du ringer, mejlar eller kommer förbi.</p>
<p>Vi svarar på frågor om bland annat barnomsorg, skolskjuts, avfallshämtning, vatten och avlopp, parkering och bygglov. Vi tar också emot felanmälningar och hjälper dig med kommunens e-tjänster.</p>
<div class="block contactblock"><h2>Kontakta Servicecenter</h2>
<p>Telefon: 031-390 06 10<br>E-post: servicecenter@forsmyra.se<br>Telefontid: måndag–fredag 8–16.30</p>
<p>Besöksadress: Rådhusgatan 3, entréplan</p></div>
<h2>Våra kommunvägledare</h2><p>I Servicecenter arbetar sju kommunvägledare. Kontaktperson för frågor om e-tjänster: Jonas Lindell.</p>
<p class="page-meta">Sidansvarig: Malin Granqvist</p>"""),
        generic_kontakt(s, f'<p>De flesta frågor besvaras av <a href="{sc}">Servicecenter</a>.</p>'),
    ]
    s.hits = {"servicecenter": [sc]}
    out.append(s)

    # 9449 Norrlinde: Drupal; Medborgarservice only in the footer -> 3 (c0, e0)
    s = mk("9449", "Norrlinde", "Norrlinde kommun", "04", "Södermanlands län", "drupal", "norrlinde.se",
           "08-465 004 60", "+46846500460", "Torget 1", "999 50 Norrlinde")
    ms = s.url("medborgarservice")
    s.cards = [("Förskola", s.url("barn-och-utbildning", "forskola")), ("Bygglov", s.url("bygga-bo-och-miljo", "bygglov")),
               ("Kontakt", s.kontakt_url)]
    s.news = [n("simhall", "Simhallen stänger för renovering", "Planerad återöppning i januari 2027.",
                "<p>Simhallen renoveras under hösten.</p>", "2026-05-05"),
              n("oppethus", "Öppet hus på kulturskolan", "Prova på instrument och dans.", "<p>Välkommen lördag 16 maj 11–14.</p>", "2026-04-20")]
    s.footer_extra = f'<div class="block"><h2>Genvägar</h2><ul><li><a href="{ms}">Medborgarservice</a></li><li><a href="{s.url("kommun-och-politik", "politik")}">Protokoll</a></li></ul></div>'
    s.special = [
        (ms, "medborgarservice.html", "Medborgarservice | Norrlinde kommun", """<h1>Medborgarservice</h1>
<div class="field field--name-body"><p>Hos Medborgarservice i kommunhuset kan du få hjälp med ansökan om färdtjänst och parkeringstillstånd, frågor om avfallstaxan, hyra av kommunens lokaler och utlämning av sopkärl och säckar.</p>
<h2>Besök oss</h2><p>Besöksadress: Torget 1, Norrlinde</p>
<table><caption>Öppettider</caption><tr><td>Måndag–torsdag</td><td>9–16</td></tr><tr><td>Fredag</td><td>9–14</td></tr></table>
<p>Du kan också ringa kommunens växel.</p>
<p>Handläggare: Eva Sjödin och Ahmed Karimi</p></div>"""),
        generic_kontakt(s, f'<p>Besök gärna <a href="{ms}">Medborgarservice</a> i kommunhuset.</p>'),
    ]
    s.hits = {"medborgarservice": [ms]}
    out.append(s)

    # 9450 Tjärnås: Bootstrap; dropdown sub-item "Kundcenter", bare offer -> 2
    s = mk("9450", "Tjärnås", "Tjärnås kommun", "07", "Kronobergs län", "bootstrap", "tjarnas.se",
           "040-628 04 00", "+46406280400", "Kyrkogatan 5", "999 60 Tjärnås")
    kc = s.url("kommun-och-politik", "kundcenter")
    s.extra_subs = {"kommun-och-politik": [("Kundcenter", kc)]}
    s.cards = [("Lediga jobb", s.url("kommun-och-politik", "ekonomi")), ("Äldreomsorg", s.url("omsorg-och-stod", "aldreomsorg")),
               ("Bibliotek", s.url("kultur-och-fritid", "bibliotek")), ("Kontakt", s.kontakt_url)]
    s.news = [n("bostader", "Tjärnåsbostäder bygger 40 nya lägenheter", "Inflyttning hösten 2027.",
                "<p>Det kommunala bostadsbolaget Tjärnåsbostäder bygger vid Sjöparken. Intresseanmälan görs hos Tjärnåsbostäders kundcenter, 040-628 04 50.</p>", "2026-02-11"),
              n("valborg", "Valborgsfirande vid hembygdsgården", "Vårtal och brasa.", "<p>Välkommen 30 april kl 20.</p>", "2026-04-22")]
    s.footer_extra = '<p>Tjärnåsbostäder AB – kundcenter: 040-628 04 50</p>'
    s.special = [
        (kc, "kundcenter.html", "Kundcenter - Tjärnås kommun", """<h1>Kundcenter</h1>
<p class="lead">Välkommen till kommunens kundcenter! Vi finns här för dig.</p>
<p>Hör av dig om du undrar något om kommunen, så hjälper vi dig vidare.</p>
<p>Telefon: 040-628 04 10<br>E-post: kundcenter@tjarnas.se</p>
<p class="text-muted">Sidansvarig: Karin Ljung, kommunikatör</p>"""),
        generic_kontakt(s),
    ]
    s.hits = {"kundcenter": [kc]}
    out.append(s)

    # 9451 Vallsjö: Sitevision; header "Kontakta oss" 301 -> "Kontakt Vallsjö" -> 5 (e via organisation page)
    s = mk("9451", "Vallsjö", "Vallsjö kommun", "22", "Västernorrlands län", "sitevision", "vallsjo.se",
           "0980-319 220", "+46980319220", "Kommunhuset, Parkgatan 2", "999 70 Vallsjö")
    kv = s.url("kontakt-vallsjo")
    org = s.url("kommun-och-politik", "organisation")
    s.header_extra = '<li><a href="/kontakta-oss">Kontakta oss</a></li>'
    s.redirects = {"/kontakta-oss": [kv, 301]}
    s.kontakt_url = kv
    s.extra_subs = {"kommun-och-politik": [("Organisation", org)],
                    "bygga-bo-och-miljo": [("Företagslotsen", s.url("bygga-bo-och-miljo", "foretagslots"))]}
    s.cards = [("Förskola", s.url("barn-och-utbildning", "forskola")), ("Sophämtning", s.url("bygga-bo-och-miljo", "avfall")),
               ("Lediga jobb", s.url("kommun-och-politik", "ekonomi"))]
    s.news = [n("region", "Region Mittlands kundtjänst svarar på frågor om kollektivtrafiken",
                "Nytt nummer för busskort och tidtabeller.", "<p>Region Mittlands kundtjänst nås på 0980-319 299.</p>", "2026-01-30"),
              n("bredband", "Bredbandsutbyggnaden fortsätter", "Fler byar får fiber.", "<p>Under året ansluts ytterligare 300 hushåll.</p>", "2026-03-16")]
    s.special = [
        (kv, "kontakt-vallsjo.html", "Kontakt Vallsjö - Vallsjö kommun", f"""<h1>Kontakt Vallsjö</h1>
<p class="ingress">Kontakt Vallsjö är kommunens gemensamma kundtjänst. Hos oss får du svar på frågor om till exempel skolskjuts, bygglov, avfallshämtning, färdtjänst och bostadsanpassning, och vi tar emot felanmälningar om gator och belysning.</p>
<h2>Ring, chatta eller kom förbi</h2>
<p>Telefon <a href="tel:+46980319225">0980-319 225</a>, vardagar 8–16.</p>
<p><button class="chat-button" type="button">Chatta med oss</button></p>
<p>Besöksadress: Kommunhuset, Parkgatan 2</p>
<p>Kontakt Vallsjö är en del av kommunledningsförvaltningen. <a href="{org}">Läs mer om kommunens organisation</a>.</p>"""),
        (org, "organisation.html", "Organisation - Vallsjö kommun", """<h1>Organisation</h1>
<p>Kommunens förvaltningar leds av förvaltningschefer som rapporterar till kommundirektören.</p>
<table class="sv-table"><caption>Kommunledningsförvaltningen</caption>
<tr><th>Enhet</th><th>Roll</th><th>Namn</th></tr>
<tr><td>Kommunledningsförvaltningen</td><td>Förvaltningschef</td><td>Mats Rönn</td></tr>
<tr><td>Kontakt Vallsjö</td><td>Enhetschef</td><td>Sanna Öberg</td></tr>
<tr><td>Ekonomienheten</td><td>Ekonomichef</td><td>Lars Wiklund</td></tr></table>"""),
        (s.url("bygga-bo-och-miljo", "foretagslots"), "foretagslots.html", "Företagslotsen - Vallsjö kommun",
         "<h1>Företagslotsen</h1><p>Företagslotsen hjälper dig som driver företag med tillstånd och kontakter. Näringslivschef: Ola Berg.</p>"),
    ]
    s.hits = {"kontakt vallsjö": [kv], "kundtjänst": [kv]}
    out.append(s)

    # 9452 Åsmark: Municipio; header icon link aria-label "Kundtjänst"; one channel -> 3
    s = mk("9452", "Åsmark", "Åsmarks kommun", "18", "Örebro län", "municipio", "asmark.se",
           "040-628 04 60", "+46406280460", "Torggatan 8", "999 80 Åsmark")
    kt = s.url("kundtjanst")
    s.header_extra = (f'<a class="c-icon-link" href="{kt}" aria-label="Kundtjänst"><svg width="24" height="24" aria-hidden="true"><circle cx="12" cy="12" r="10"/></svg></a>'
                      f'<a class="c-icon-link" href="{s.url("tillganglighetsredogorelse")}" aria-label="Lyssna"><svg width="24" height="24" aria-hidden="true"><rect width="20" height="20"/></svg></a>')
    s.cards = [("Förskola och skola", s.url("barn-och-utbildning")), ("Omsorg", s.url("omsorg-och-stod")),
               ("Bygglov", s.url("bygga-bo-och-miljo", "bygglov")), ("Fritid", s.url("kultur-och-fritid"))]
    s.news = [n("vatten", "Kokningsrekommendation upphävd", "Vattnet går att dricka igen.", "<p>Provsvaren är bra.</p>", "2026-04-09"),
              n("medarbetare", "Årets medarbetare utsedd", "Priset delades ut i fullmäktige.", "<p>Grattis till hemtjänstgruppen i Norrby!</p>", "2026-03-25")]
    s.special = [
        (kt, "kundtjanst.html", "Kundtjänst - Åsmarks kommun", """<h1>Kundtjänst</h1>
<p>Kommunens kundtjänst svarar på frågor om avgifter för förskola och fritids, sophämtning, vatten och avlopp samt felanmälan av gator och lekplatser.</p>
<p>Ring oss på 040-628 04 65.</p>
<p>Kundtjänst är en del av kommunledningskontoret, som leds av kommundirektör Eva Sundin.</p>"""),
        generic_kontakt(s),
    ]
    s.hits = {"kundtjänst": [kt]}
    out.append(s)

    # 9453 Kröklinge: small, hand-made div soup; unit only in running text deep -> 1
    s = mk("9453", "Kröklinge", "Kröklinge kommun", "08", "Kalmar län", "soup", "kroklinge.se",
           "0980-319 240", "+46980319240", "Kommunhuset, Skolgatan 1", "999 90 Kröklinge",
           tagline="Nyheter och service från Kröklinge kommun.")
    org = s.url("kommun-och-politik", "organisation")
    s.area_extra = {"kommun-och-politik": f'<p>Läs mer om <a href="{org}">kommunens organisation och förvaltningar</a>.</p>'}
    s.cards = [("Matsedel", s.url("barn-och-utbildning", "grundskola")), ("Sophämtning", s.url("bygga-bo-och-miljo", "avfall"))]
    s.news = [n("plogning", "Så plogar vi i vinter", "Prioriterade vägar först.", "<p>Kommunen plogar när det fallit 8 cm snö.</p>", "2025-11-20"),
              n("biblioteket", "Nya öppettider på biblioteket", "Längre öppet på torsdagar.", "<p>Biblioteket har öppet till 19 på torsdagar.</p>", "2026-01-15")]
    s.special = [
        (org, "organisation.html", "Organisation - Kröklinge kommun", """<h1>Organisation</h1>
<p>Kommunen har tre förvaltningar: kommunledningskontoret, barn- och utbildningsförvaltningen och socialförvaltningen.</p>
<p>I Kröklinge bibliotek finns också kommunens medborgarkontor, där du kan få hjälp med blanketter, kopiering och att använda kommunens e-tjänster.</p>
<p>Kommundirektör: Bengt Almqvist</p>"""),
        generic_kontakt(s),
    ]
    s.hits = {"medborgarkontor": [org]}
    out.append(s)

    # 9454 Rimmesta: plain hand-written HTML5; Kundcenter one click deep, form only, chef named -> 2
    s = mk("9454", "Rimmesta", "Rimmesta kommun", "06", "Jönköpings län", "plain", "rimmesta.se",
           "031-390 06 50", "+46313900650", "Storgatan 20", "999 95 Rimmesta")
    kc = s.url("kommun-och-politik", "kundcenter")
    s.area_extra = {"kommun-och-politik": f'<h2>Service</h2><p>Har du frågor till kommunen? <a href="{kc}">Kundcenter</a> tar emot dem.</p>'}
    s.cards = [("Förskola", s.url("barn-och-utbildning", "forskola")), ("Bygglov", s.url("bygga-bo-och-miljo", "bygglov")),
               ("Lediga jobb", s.url("kommun-och-politik", "ekonomi"))]
    s.news = [n("cykelvag", "Ny cykelväg mellan Rimmesta och Ekby", "Invigs i juni.", "<p>Den nya cykelvägen är 6 km lång.</p>", "2026-05-02"),
              n("medborgardialog", "Tyck till om nya torget", "Medborgardialog i maj.", "<p>Lämna dina synpunkter på förslaget.</p>", "2026-04-28")]
    s.special = [
        (kc, "kundcenter.html", "Kundcenter - Rimmesta kommun", """<h1>Kundcenter</h1>
<p>Kundcenter hjälper dig med frågor om bland annat förskoleköer, avgifter, sophämtning, bygglov och felanmälningar.</p>
<p>Skicka din fråga via e-tjänsten <a href="/e-tjanster/fraga-kundcenter/">Fråga Kundcenter</a>, så svarar vi inom två arbetsdagar.</p>
<p>Kundcenterchef: Johan Nyqvist</p>"""),
        ("/e-tjanster/fraga-kundcenter/", "fraga-kundcenter.html", "Fråga Kundcenter - Rimmesta kommun", """<h1>Fråga Kundcenter</h1>
<form method="post" action="/e-tjanster/fraga-kundcenter/"><label>Namn <input name="namn"></label>
<label>Din fråga <textarea name="fraga"></textarea></label><button>Skicka</button></form>"""),
        generic_kontakt(s),
    ]
    s.hits = {"kundcenter": [kc]}
    out.append(s)
    return out


def main() -> None:
    for s in sites():
        build_site(s)
        print(s.code, s.kommun, len(s.pages), "pages")


if __name__ == "__main__":
    main()
