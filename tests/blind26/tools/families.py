"""Markup families for the blind26 typing aid (stdlib only).

Each family turns one page description into a complete HTML document:

    page = {"path", "title", "h1", "lead", "body", "front" (bool), "lang", "crumbs"}
    site = the site dict of build_sites.py (menu, toplinks, header_links, footer, ...)

The front page body is built by the family from site["front"] (hero, alert, news, ...).
"""
from __future__ import annotations

import html

E = html.escape

CSS = {
    "semantic": "body{font-family:Georgia,serif;margin:0}.site-header{background:#0b3d5c;color:#fff}"
    ".primary-nav ul ul{display:none}.primary-nav li:hover>ul{display:block}",
    "sitevision": "body{font-family:Arial}.sv-mega-panel[hidden]{display:none}",
    "drupal": "body{font-family:'Open Sans'}.menu--main .menu .menu{display:none}",
    "municipio": "body{font-family:Roboto}.c-drawer[hidden]{display:none}",
    "bootstrap": "body{font-family:system-ui}.dropdown-menu{display:none}.show>.dropdown-menu{display:block}",
    "table": "body{margin:0;background:#eee}td{vertical-align:top}",
    "soup": "body{margin:0}.q1{background:#234}.zz{display:flex}.k9 .k9s{display:none}",
    "episerver": "body{font-family:Verdana}.subnav{display:none}",
    "custom": "ek-header,ek-nav,ek-hero,ek-footer,ek-main{display:block}.spaced{letter-spacing:.3em}",
    "tailwind": "",
}

COOKIE = ('<div class="{cls}" id="cookie-consent"><p>Vi använder kakor för att webbplatsen ska '
          'fungera och för att förbättra den. <a href="{href}">Läs mer om kakor</a>.</p>'
          '<button type="button">Godkänn alla</button> <button type="button">Endast nödvändiga</button></div>')

SCRIPT = ("<script>document.documentElement.className+=' js';"
          "document.querySelectorAll('[data-toggle]').forEach(function(b){b.addEventListener('click',"
          "function(){var t=document.getElementById(b.getAttribute('data-toggle'));"
          "if(t){t.hidden=!t.hidden;b.setAttribute('aria-expanded',String(!t.hidden));}});});</script>")


def href_of(area: dict, sub: tuple) -> str:
    target = sub[1]
    return target if target.startswith("/") else area["path"] + "#" + target


def doc(site: dict, page: dict, body: str, head_extra: str = "") -> str:
    lang = page.get("lang", "sv")
    title = page["title"]
    css = CSS.get(site["family"], "")
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{E(title)}</title>\n'
            f'<meta name="description" content="{E(site["description"])}">\n'
            f'<link rel="canonical" href="__ORIGIN__{page["path"]}">\n'
            f'<style>{css}</style>\n{head_extra}</head>\n{body}\n{SCRIPT}\n</body>\n</html>\n')


def crumbs(page: dict, home: str = "Startsida", cls: str = "breadcrumbs") -> str:
    if page.get("front"):
        return ""
    items = [f'<a href="{E(page.get("home_path", "/"))}">{home}</a>']
    for text, href in page.get("crumbs", []):
        items.append(f'<a href="{E(href)}">{E(text)}</a>')
    items.append(f'<span aria-current="page">{E(page["h1_text"])}</span>')
    return f'<div class="{cls}">' + " › ".join(items) + "</div>"


def article(page: dict, h1_cls: str = "", lead_cls: str = "lead") -> str:
    lead = f'<p class="{lead_cls}">{page["lead"]}</p>\n' if page.get("lead") else ""
    cls = f' class="{h1_cls}"' if h1_cls else ""
    return f'<h1{cls}>{page["h1"]}</h1>\n{lead}{page["body"]}'


# --------------------------------------------------------------------------- front parts
def front_parts(site: dict, style: str) -> dict[str, str]:
    """The front page's blocks in a family flavour: alert, hero, shortcuts, news, events, extra."""
    f = site["front"]
    out: dict[str, str] = {}
    news_path = site["news_path"]
    if f.get("alert"):
        out["alert"] = f["alert"]
    hero = f["hero"]
    cards = "".join(f'<li><a href="{E(h)}">{t}</a></li>' for t, h in hero.get("cards", []))
    out["hero_title"] = hero["title"]
    out["hero_text"] = hero["text"]
    out["hero_cards"] = f'<ul class="hero-cards">{cards}</ul>' if cards else ""
    es = "".join(f'<li><a href="{E(site["eservice_path"])}#{a}">{E(t)}</a></li>' for t, a in f["eservices"])
    out["eservices"] = f'<ul class="eservices">{es}</ul>'
    news = []
    for title, href, date, teaser in f["news"]:
        news.append(f'<li class="news-item"><a href="{E(href)}">{title}</a> <time>{date}</time>'
                    f'<p>{teaser}</p></li>')
    out["news"] = '<ul class="news-list">' + "".join(news) + "</ul>" + \
        f'<p><a href="{E(news_path)}">Fler nyheter</a></p>'
    ev = "".join(f'<li><span class="date">{d}</span> <a href="{E(site["events_path"])}#{a}">{E(t)}</a></li>'
                 for d, t, a in f["events"])
    out["events"] = f'<ul class="events">{ev}</ul><p><a href="{E(site["events_path"])}">Alla evenemang</a></p>'
    out["extra"] = f.get("extra", "")
    return out


# --------------------------------------------------------------------------- families
def semantic(site: dict, page: dict) -> str:
    top = "".join(f'<li><a href="{E(h)}">{t}</a></li>' for t, h in site["toplinks"])
    items = []
    for area in site["menu"]:
        subs = "".join(f'<li><a href="{E(href_of(area, s))}">{s[0]}</a></li>' for s in area.get("subs", []))
        sub = f'<ul class="sub-menu">{subs}</ul>' if subs else ""
        items.append(f'<li class="menu-item"><a href="{E(area["path"])}">{area["title"]}</a>{sub}</li>')
    hl = "".join(f'<a class="header-link" href="{E(h)}">{t}</a>' for t, h in site["header_links"])
    header = (f'<header class="site-header">\n<div class="topbar"><ul>{top}</ul></div>\n'
              f'<div class="brand"><a href="/" class="logo"><img src="/logo.svg" alt="{E(site["brand"])} – till startsidan"></a>'
              f'{hl}<form class="search" action="{site["search"]["path"]}" method="get" role="search">'
              f'<label for="q">Sök på webbplatsen</label><input id="q" name="{site["search"]["param"]}" type="search">'
              f'<button>Sök</button></form></div>\n'
              f'<nav class="primary-nav" aria-label="Huvudmeny"><ul>{"".join(items)}</ul></nav>\n</header>')
    if page.get("front"):
        p = front_parts(site, "semantic")
        main = (f'<main id="main">\n{p.get("alert", "")}'
                f'<section class="hero"><h1>{p["hero_title"]}</h1><p>{p["hero_text"]}</p>{p["hero_cards"]}</section>\n'
                f'<section class="eservices-block"><h2>Populära e-tjänster</h2>{p["eservices"]}</section>\n'
                f'<section class="news"><h2>Aktuellt</h2>{p["news"]}</section>\n'
                f'<section class="calendar"><h2>Evenemang</h2>{p["events"]}</section>\n{p["extra"]}</main>')
    else:
        main = f'<main id="main">\n{crumbs(page)}\n<article>\n{article(page)}\n</article>\n</main>'
    footer = f'<footer class="site-footer">\n{site["footer"]}\n</footer>'
    cookie = COOKIE.format(cls="cookie-banner", href=site["cookie_href"])
    return doc(site, page, f'<body>\n<a class="skip" href="#main">Till innehållet</a>\n{header}\n{main}\n{footer}\n{cookie}')


def sitevision(site: dict, page: dict) -> str:
    top = " | ".join(f'<a href="{E(h)}">{t}</a>' for t, h in site["toplinks"])
    items = []
    for i, area in enumerate(site["menu"]):
        cols = area.get("columns") or ([("", area.get("subs", []))] if area.get("subs") else [])
        coltxt = ""
        for head, subs in cols:
            links = "".join(f'<li class="sv-mega-item"><a href="{E(href_of(area, s))}">{s[0]}</a></li>' for s in subs)
            h = f'<h3 class="sv-mega-heading">{head}</h3>' if head else ""
            coltxt += f'<div class="sv-mega-col">{h}<ul>{links}</ul></div>'
        panel = ""
        if coltxt:
            panel = (f'<button class="sv-mega-toggle" data-toggle="mega{i}" aria-expanded="false" '
                     f'aria-label="Visa undermeny {E(area["title"])}">+</button>'
                     f'<div class="sv-mega-panel" id="mega{i}" hidden>{coltxt}</div>')
        items.append(f'<li class="sv-menu-li"><a class="sv-menu-link" href="{E(area["path"])}">{area["title"]}</a>{panel}</li>')
    hl = "".join(f'<div class="sv-portlet sv-text-portlet header-btn"><a href="{E(h)}">{t}</a></div>' for t, h in site["header_links"])
    s = site["search"]
    header = (f'<div class="sv-layout sv-skip-spacer" id="svid10_header">\n'
              f'<div class="sv-portlet sv-text-portlet toolbar">{top}</div>\n'
              f'<div class="sv-portlet sv-image-portlet"><a href="/"><img src="/sitevision/logo.png" alt="{E(site["brand"])}"></a></div>\n'
              f'{hl}<div class="sv-portlet sv-searchform-portlet"><form action="{s["path"]}" method="get">'
              f'<input name="{s["param"]}" aria-label="Sök" placeholder="Vad letar du efter?"><button>Sök</button></form></div>\n'
              f'<div class="sv-portlet sv-menu-portlet" id="svid12_mainmenu"><ul class="sv-menu">{"".join(items)}</ul></div>\n</div>')
    if page.get("front"):
        p = front_parts(site, "sitevision")
        main = (f'<div class="sv-layout" id="svid10_content">\n{p.get("alert", "")}'
                f'<div class="sv-layout sv-hero"><div class="sv-portlet sv-text-portlet"><h1 class="heading">{p["hero_title"]}</h1>'
                f'<p class="normal">{p["hero_text"]}</p></div>{p["hero_cards"]}</div>\n'
                f'<div class="sv-portlet sv-text-portlet"><h2 class="subheading">Självservice</h2>{p["eservices"]}</div>\n'
                f'<div class="sv-portlet sv-news-portlet"><h2 class="subheading">Nyheter</h2>{p["news"]}</div>\n'
                f'<div class="sv-portlet sv-calendar-portlet"><h2 class="subheading">Kalender</h2>{p["events"]}</div>\n'
                f'{p["extra"]}</div>')
    else:
        main = (f'<div class="sv-layout" id="svid10_content">\n{crumbs(page, cls="sv-portlet sv-breadcrumb")}\n'
                f'<div class="sv-portlet sv-text-portlet sv-use-margins">\n{article(page, "heading", "normal lead")}\n</div>\n</div>')
    footer = f'<div class="sv-layout" id="svid10_footer">\n<div class="sv-portlet sv-text-portlet">{site["footer"]}</div>\n</div>'
    cookie = COOKIE.format(cls="sv-cookie-consent-banner", href=site["cookie_href"])
    return doc(site, page, f'<body>\n<div class="sv-layout" id="svid10_page">\n{header}\n{main}\n{footer}\n</div>\n{cookie}',
               '<link rel="stylesheet" href="/sitevision/system-resource/css/sv.css">\n')


def drupal(site: dict, page: dict) -> str:
    menu = site["menu_by_lang"].get(page.get("lang", "sv"), site["menu"])
    top = "".join(f'<li><a href="{E(h)}" hreflang="{lg}">{t}</a></li>' for t, h, lg in site["langlinks"])
    tl = "".join(f'<li><a href="{E(h)}">{t}</a></li>' for t, h in site["toplinks"])
    items = []
    for area in menu:
        subs = "".join(f'<li class="menu-item"><a href="{E(href_of(area, s))}">{s[0]}</a></li>' for s in area.get("subs", []))
        sub = f'<ul class="menu">{subs}</ul>' if subs else ""
        cls = "menu-item menu-item--expanded" if subs else "menu-item"
        items.append(f'<li class="{cls}"><a href="{E(area["path"])}">{area["title"]}</a>{sub}</li>')
    s = site["search"]
    home = page.get("home_path", "/sv/")
    brand = site["brand_by_lang"].get(page.get("lang", "sv"), site["brand"])
    header = (f'<header role="banner" class="region region-header">\n'
              f'<div id="block-sprakval" class="block block-language"><ul class="links language-switcher">{top}</ul></div>\n'
              f'<div id="block-verktyg" class="block block-menu"><ul class="menu">{tl}</ul></div>\n'
              f'<div id="block-branding" class="block block-system-branding-block"><a href="{home}" rel="home">'
              f'<img src="/sites/default/files/logo.svg" alt="{E(brand)}"></a></div>\n'
              f'<div class="search-block-form block" role="search"><form action="{s["path"]}" method="get">'
              f'<input type="search" name="{s["param"]}" title="Ange sökord"><input type="submit" value="Sök"></form></div>\n'
              f'</header>\n<div class="region region-primary-menu"><nav role="navigation" id="block-mainnavigation" '
              f'aria-labelledby="block-mainnavigation-menu"><h2 class="visually-hidden" id="block-mainnavigation-menu">Huvudmeny</h2>'
              f'<ul class="menu menu--main">{"".join(items)}</ul></nav></div>')
    if page.get("front"):
        p = front_parts(site, "drupal")
        main = (f'<main role="main"><div class="region region-content">\n{p.get("alert", "")}'
                f'<div class="block block-hero"><div class="field field--name-field-rubrik"><h1>{p["hero_title"]}</h1></div>'
                f'<div class="field field--name-body"><p>{p["hero_text"]}</p></div>{p["hero_cards"]}</div>\n'
                f'<div class="block views-element-container"><h2>{site["front"].get("es_head", "E-tjänster")}</h2>{p["eservices"]}</div>\n'
                f'<div class="block views-element-container view-nyheter"><h2>{site["front"].get("news_head", "Nyheter")}</h2><div class="views-row">{p["news"]}</div></div>\n'
                f'<div class="block views-element-container"><h2>{site["front"].get("ev_head", "Evenemang")}</h2>{p["events"]}</div>\n'
                f'{p["extra"]}</div></main>')
    else:
        main = (f'<main role="main"><div class="region region-content">\n{crumbs(page, home=site["home_word"].get(page.get("lang", "sv"), "Startsida"))}\n'
                f'<article class="node node--type-page"><div class="node__content clearfix">\n{article(page)}\n</div></article>\n</div></main>')
    foot = site["footer_by_lang"].get(page.get("lang", "sv"), site["footer"])
    footer = f'<footer role="contentinfo" class="region region-footer">\n{foot}\n</footer>'
    cookie = COOKIE.format(cls="eu-cookie-compliance-banner", href=site["cookie_href"])
    body = (f'<body class="path-frontpage">\n<a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>\n'
            f'<div class="dialog-off-canvas-main-canvas"><div class="layout-container">\n{header}\n<a id="main-content" tabindex="-1"></a>\n'
            f'{main}\n{footer}\n</div></div>\n{cookie}')
    return doc(site, page, body, '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n')


def municipio(site: dict, page: dict) -> str:
    top = "".join(f'<li><a href="{E(h)}">{t}</a></li>' for t, h in site["toplinks"])
    items = []
    for area in site["menu"]:
        subs = "".join(f'<li class="c-nav__item"><a class="c-nav__link" href="{E(href_of(area, s))}">{s[0]}</a></li>' for s in area.get("subs", []))
        sub = f'<ul class="c-nav c-nav--sub">{subs}</ul>' if subs else ""
        items.append(f'<li class="c-nav__item c-nav__item--top"><a class="c-nav__link" href="{E(area["path"])}">{area["title"]}</a>{sub}</li>')
    hl = "".join(f'<a class="c-button c-button--ghost" href="{E(h)}">{t}</a>' for t, h in site["header_links"])
    header = (f'<header class="site-header c-header">\n<div class="c-header__top"><ul class="c-header__links">{top}</ul></div>\n'
              f'<div class="c-header__main"><a class="c-header__logo" href="/"><img src="/wp-content/uploads/logo.svg" alt="{E(site["brand"])}"></a>'
              f'<form class="c-search" action="/" method="get" role="search"><input type="search" name="s" aria-label="Sök">'
              f'<button class="c-button">Sök</button></form>{hl}'
              f'<button class="c-button c-button--menu" data-toggle="drawer" aria-controls="drawer" aria-expanded="false">Meny</button></div>\n'
              f'<div class="c-drawer" id="drawer" hidden><nav class="c-drawer__nav" aria-label="Huvudmeny"><ul class="c-nav">{"".join(items)}</ul></nav></div>\n</header>')
    if page.get("front"):
        p = front_parts(site, "municipio")
        main = (f'<main id="main-content" class="o-container">\n{p.get("alert", "")}'
                f'<section class="c-hero"><div class="c-hero__content"><h1 class="c-hero__title">{p["hero_title"]}</h1>'
                f'<p>{p["hero_text"]}</p></div>{site["front"].get("hero_html", p["hero_cards"])}</section>\n'
                f'<section class="o-section modularity-mod-posts"><h2>Nyheter</h2>{p["news"]}</section>\n'
                f'<section class="o-section modularity-mod-index"><h2>Genvägar</h2>{p["eservices"]}</section>\n'
                f'<section class="o-section modularity-mod-event"><h2>Händer i {site["kommun"]}</h2>{p["events"]}</section>\n'
                f'{p["extra"]}</main>')
    else:
        main = (f'<main id="main-content" class="o-container">\n{crumbs(page, cls="c-breadcrumbs")}\n'
                f'<article class="c-article">\n{article(page)}\n</article>\n</main>')
    footer = f'<footer class="site-footer c-footer">\n<div class="o-grid">{site["footer"]}</div>\n</footer>'
    cookie = COOKIE.format(cls="c-cookie-consent", href=site["cookie_href"])
    return doc(site, page, f'<body class="wp-theme-municipio">\n{header}\n{main}\n{footer}\n{cookie}',
               "<link rel='stylesheet' href='/wp-content/themes/municipio/assets/dist/css/styleguide.css'>\n")


def bootstrap(site: dict, page: dict) -> str:
    lang = page.get("lang", "sv")
    menu = site["menu_by_lang"].get(lang, site["menu"])
    top = "".join(f'<li class="list-inline-item"><a href="{E(h)}" class="text-white">{t}</a></li>' for t, h in site["toplinks_by_lang"].get(lang, site["toplinks"]))
    items = []
    for i, area in enumerate(menu):
        subs = area.get("subs", [])
        if subs:
            dd = "".join(f'<a class="dropdown-item" href="{E(href_of(area, s))}">{s[0]}</a>' for s in subs)
            items.append(f'<li class="nav-item dropdown"><a class="nav-link" href="{E(area["path"])}">{area["title"]}</a>'
                         f'<button class="btn btn-sm dropdown-toggle" data-bs-toggle="dropdown" aria-expanded="false" id="dd{i}">'
                         f'<span class="visually-hidden">Visa undermeny</span></button>'
                         f'<div class="dropdown-menu" aria-labelledby="dd{i}">{dd}</div></li>')
        else:
            items.append(f'<li class="nav-item"><a class="nav-link" href="{E(area["path"])}">{area["title"]}</a></li>')
    hl = "".join(f'<a class="btn btn-warning ms-2 text-uppercase" href="{E(h)}">{t}</a>' for t, h in site["header_links_by_lang"].get(lang, site["header_links"]))
    home = page.get("home_path", "/")
    brand = site["brand_by_lang"].get(lang, site["brand"])
    s = site["search"]
    header = (f'<div class="bg-primary py-1"><div class="container"><ul class="list-inline mb-0 small">{top}</ul></div></div>\n'
              f'<header class="bg-white border-bottom">\n<nav class="navbar navbar-expand-lg navbar-light"><div class="container">\n'
              f'<a class="navbar-brand" href="{home}"><img src="/assets/img/logo.svg" alt="" height="48"> {E(brand)}</a>\n'
              f'<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-label="Visa meny">'
              f'<span class="navbar-toggler-icon"></span></button>\n'
              f'<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav me-auto">{"".join(items)}</ul>'
              f'<form class="d-flex" action="{s["path"]}" method="get"><input class="form-control" type="search" name="{s["param"]}" '
              f'aria-label="{"Search" if lang == "en" else "Sök"}"><button class="btn btn-outline-primary">{"Search" if lang == "en" else "Sök"}</button></form>{hl}</div>\n'
              f'</div></nav>\n</header>')
    if page.get("front"):
        p = front_parts(site, "bootstrap")
        main = (f'<main class="container my-4">\n{p.get("alert", "")}'
                f'<div class="p-5 mb-4 bg-light rounded-3 hero"><h1 class="display-5">{p["hero_title"]}</h1>'
                f'<p class="lead">{p["hero_text"]}</p>{p["hero_cards"]}</div>\n'
                f'<div class="row"><div class="col-md-8"><h2>Nyheter</h2>{p["news"]}</div>'
                f'<div class="col-md-4"><div class="card"><div class="card-body"><h2 class="h5">E-tjänster</h2>{p["eservices"]}</div></div></div></div>\n'
                f'<div class="row mt-4"><div class="col"><h2>Evenemang</h2>{p["events"]}</div></div>\n{p["extra"]}</main>')
    else:
        main = (f'<main class="container my-4">\n<nav aria-label="breadcrumb">{crumbs(page, home="Home" if lang == "en" else "Startsida", cls="breadcrumb")}</nav>\n'
                f'<div class="row"><div class="col-lg-8">\n{article(page, "display-6")}\n</div></div>\n</main>')
    foot = site["footer_by_lang"].get(lang, site["footer"])
    footer = f'<footer class="bg-dark text-white py-4 mt-5"><div class="container"><div class="row">\n{foot}\n</div></div></footer>'
    cookie = COOKIE.format(cls="alert alert-info fixed-bottom", href=site["cookie_href"])
    return doc(site, page, f'<body>\n{header}\n{main}\n{footer}\n{cookie}',
               '<link rel="stylesheet" href="/assets/css/bootstrap.min.css">\n')


def table(site: dict, page: dict) -> str:
    top = " &nbsp;|&nbsp; ".join(f'<a href="{E(h)}"><font color="#ffffff">{t}</font></a>' for t, h in site["toplinks"])
    rows = []
    for area in site["menu"]:
        subs = "".join(f'<tr><td class="sub">&nbsp;&nbsp;<a href="{E(href_of(area, s))}"><font size="1">{s[0]}</font></a></td></tr>' for s in area.get("subs", []))
        rows.append(f'<tr><td class="top" bgcolor="#dfe7ef"><a href="{E(area["path"])}"><font size="2"><b>{area["title"]}</b></font></a></td></tr>{subs}')
    hl = " ".join(f'<a href="{E(h)}"><font color="#ffffff"><b>{t}</b></font></a>' for t, h in site["header_links"])
    s = site["search"]
    header = (f'<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#1d4f2a">\n'
              f'<tr><td colspan="2" align="right"><font face="Verdana" size="1">{top}</font></td></tr>\n'
              f'<tr><td><a href="/"><img src="/bilder/logo.gif" alt="{E(site["brand"])}" border="0" width="220" height="60"></a></td>'
              f'<td align="right"><form action="{s["path"]}" method="get"><input type="text" name="{s["param"]}" size="18" title="Sök">'
              f'<input type="submit" value="Sök"></form>{hl}</td></tr></table>')
    menu = f'<table width="180" cellpadding="3" cellspacing="0" border="0" class="vmeny">{"".join(rows)}</table>'
    if page.get("front"):
        p = front_parts(site, "table")
        content = (f'{p.get("alert", "")}<table width="100%" cellpadding="8" border="0"><tr><td bgcolor="#f4f0d9">'
                   f'<h1><font face="Georgia">{p["hero_title"]}</font></h1><p><font face="Verdana" size="2">{p["hero_text"]}</font></p>{p["hero_cards"]}</td></tr></table>\n'
                   f'<table width="100%" cellpadding="6" border="0"><tr><td width="60%"><h2><font face="Verdana" size="3">Nyheter</font></h2>{p["news"]}</td>'
                   f'<td><h2><font face="Verdana" size="3">Självservice</font></h2>{p["eservices"]}'
                   f'<h2><font face="Verdana" size="3">På gång</font></h2>{p["events"]}</td></tr></table>\n{p["extra"]}')
    else:
        content = f'{crumbs(page)}\n<font face="Verdana" size="2">\n{article(page)}\n</font>'
    footer = (f'<table width="100%" bgcolor="#1d4f2a" cellpadding="8"><tr><td><font face="Verdana" size="1" color="#ffffff">'
              f'{site["footer"]}</font></td></tr></table>')
    body = (f'<body bgcolor="#ffffff" leftmargin="0" topmargin="0">\n<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">\n'
            f'<tr><td colspan="2">{header}</td></tr>\n<tr><td width="180" bgcolor="#eef3f7">{menu}</td>\n'
            f'<td width="800" style="padding:12px">\n{content}\n</td></tr>\n<tr><td colspan="2">{footer}</td></tr>\n</table>')
    page = dict(page)
    return doc(site, page, body).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')


def soup(site: dict, page: dict) -> str:
    top = "".join(f'<span class="t4"><a href="{E(h)}">{t}</a></span>' for t, h in site["toplinks"])
    items = []
    for area in site["menu"]:
        subs = "".join(f'<div class="k9i"><a href="{E(href_of(area, s))}">{s[0]}</a></div>' for s in area.get("subs", []))
        items.append(f'<div class="k9"><a class="k9a" href="{E(area["path"])}">{area["title"]}</a><div class="k9s">{subs}</div></div>')
    hl = "".join(f'<a class="b7" href="{E(h)}">{t}</a>' for t, h in site["header_links"])
    s = site["search"]
    header = (f'<div class="q1">\n<div class="q1t">{top}</div>\n<div class="zz"><a class="lg" href="/"><img src="/static/l.png" alt="{E(site["brand"])}"></a>'
              f'<div class="sx"><form action="{s["path"]}" method="get"><input name="{s["param"]}" placeholder="Sök"><input type="submit" value="Sök"></form></div>{hl}</div>\n'
              f'<div class="zz m4">{"".join(items)}</div>\n</div>')
    if page.get("front"):
        p = front_parts(site, "soup")
        main = (f'<div class="c3">\n{p.get("alert", "")}<div class="box7 hh"><div class="h-x1">{p["hero_title"]}</div><div class="h-x2">{p["hero_text"]}</div>{p["hero_cards"]}</div>\n'
                f'<div class="box7"><div class="bh">Självservice</div>{p["eservices"]}</div>\n'
                f'<div class="box7 nn"><div class="bh">Nyheter</div>{p["news"]}</div>\n'
                f'<div class="box7"><div class="bh">Evenemang</div>{p["events"]}</div>\n{p["extra"]}</div>')
    else:
        main = f'<div class="c3">\n{crumbs(page, cls="bc2")}\n<div class="tx">\n{article(page)}\n</div>\n</div>'
    footer = f'<div class="f0">\n{site["footer"]}\n</div>'
    cookie = COOKIE.format(cls="ck1", href=site["cookie_href"])
    return doc(site, page, f'<body>\n<div class="w0">\n{header}\n{main}\n{footer}\n</div>\n{cookie}')


def episerver(site: dict, page: dict) -> str:
    top = "".join(f'<li><a href="{E(h)}">{t}</a></li>' for t, h in site["toplinks"])
    items = []
    for area in site["menu"]:
        subs = "".join(f'<li><a href="{E(href_of(area, s))}">{s[0]}</a></li>' for s in area.get("subs", []))
        items.append(f'<li class="main-nav__item"><a href="{E(area["path"])}">{area["title"]}</a><div class="subnav"><ul>{subs}</ul></div></li>')
    hl = "".join(f'<li><a href="{E(h)}">{t}</a></li>' for t, h in site["header_links"])
    s = site["search"]
    header = (f'<div id="header" class="header">\n<ul class="service-nav">{top}{hl}</ul>\n'
              f'<a id="logo" href="/"><img src="/globalassets/logotyp/logo.png" alt="{E(site["brand"])}"></a>\n'
              f'<div class="quicksearch"><form action="{s["path"]}" method="get"><label for="qs">Sök</label><input id="qs" name="{s["param"]}"><button>Sök</button></form></div>\n'
              f'<ul class="main-nav">{"".join(items)}</ul>\n</div>')
    if page.get("front"):
        p = front_parts(site, "episerver")
        main = (f'<div id="content" class="startpage">\n{p.get("alert", "")}<div class="block jumbotron-block"><h1>{p["hero_title"]}</h1><p>{p["hero_text"]}</p>{p["hero_cards"]}</div>\n'
                f'<div class="block-area"><div class="block newslist-block"><h2>Nyheter</h2>{p["news"]}</div>\n'
                f'<div class="block link-block"><h2>Självservice</h2>{p["eservices"]}</div>\n'
                f'<div class="block calendar-block"><h2>Evenemang</h2>{p["events"]}</div>\n{p["extra"]}</div></div>')
    else:
        main = (f'<div id="content" class="standardpage">\n{crumbs(page)}\n<div class="page-content">\n{article(page, lead_cls="introduction")}\n'
                f'</div>\n<div class="page-meta">Senast uppdaterad: 2025-09-15</div>\n</div>')
    footer = f'<div id="footer">\n{site["footer"]}\n</div>'
    cookie = COOKIE.format(cls="cookie-info", href=site["cookie_href"])
    return doc(site, page, f'<body>\n<form id="aspnetForm" class="EPiServerForms" action="{page["path"]}" method="post">'
               f'<input type="hidden" name="__EPiRequestVerification" value="CfDJ8K3x">\n</form>\n{header}\n{main}\n{footer}\n{cookie}',
               '<link rel="stylesheet" href="/Static/css/main.min.css">\n')


def custom(site: dict, page: dict) -> str:
    top = "".join(f'<ek-link><a href="{E(h)}">{t}</a></ek-link>' for t, h in site["toplinks"])
    items = []
    for area in site["menu"]:
        subs = "".join(f'<ek-sub><a href="{E(href_of(area, s))}">{s[0]}</a></ek-sub>' for s in area.get("subs", []))
        items.append(f'<ek-item><a href="{E(area["path"])}">{area["title"]}</a><ek-subs hidden>{subs}</ek-subs></ek-item>')
    hl = "".join(f'<ek-button><a href="{E(h)}">{t}</a></ek-button>' for t, h in site["header_links"])
    s = site["search"]
    header = (f'<ek-header>\n<ek-toolbar>{top}</ek-toolbar>\n<ek-brand><a href="/"><img src="/assets/ekstad.svg" alt="{E(site["brand"])}"></a></ek-brand>\n'
              f'<ek-search><form action="{s["path"]}" method="get"><input name="{s["param"]}" aria-label="Sök på ekstad.se"><button>Sök</button></form></ek-search>{hl}\n'
              f'<ek-nav>{"".join(items)}</ek-nav>\n</ek-header>')
    if page.get("front"):
        p = front_parts(site, "custom")
        main = (f'<ek-main id="innehall">\n{p.get("alert", "")}<ek-hero>{site["front"]["hero_html"]}</ek-hero>\n'
                f'<ek-section><h2>Aktuellt i Ekstad</h2>{p["news"]}</ek-section>\n'
                f'<ek-section><h2>Självservice</h2>{p["eservices"]}</ek-section>\n'
                f'<ek-section><h2>Evenemang</h2>{p["events"]}</ek-section>\n{p["extra"]}</ek-main>')
    else:
        main = f'<ek-main id="innehall">\n{crumbs(page, cls="ek-crumbs")}\n<ek-article>\n{article(page)}\n</ek-article>\n</ek-main>'
    footer = f'<ek-footer>\n{site["footer"]}\n</ek-footer>'
    cookie = COOKIE.format(cls="ek-cookies", href=site["cookie_href"])
    define = ("<script>['ek-header','ek-nav','ek-item','ek-hero','ek-footer'].forEach(function(n){"
              "customElements.define(n,class extends HTMLElement{});});</script>")
    return doc(site, page, f'<body>\n{header}\n{main}\n{footer}\n{cookie}\n{define}')


def tailwind(site: dict, page: dict) -> str:
    top = "".join(f'<a class="px-2 hover:underline" href="{E(h)}">{t}</a>' for t, h in site["toplinks"])
    items = []
    for area in site["menu"]:
        subs = "".join(f'<a class="block px-4 py-2 hover:bg-slate-100" href="{E(href_of(area, s))}">{s[0]}</a>' for s in area.get("subs", []))
        items.append(f'<li class="relative" x-data="{{open:false}}"><a class="font-semibold px-3 py-2" href="{E(area["path"])}">{area["title"]}</a>'
                     f'<button class="ml-1" @click="open=!open" aria-label="Undermeny {E(area["title"])}">▾</button>'
                     f'<div class="absolute bg-white shadow-lg" x-show="open" style="display:none">{subs}</div></li>')
    hl = "".join(f'<a class="rounded bg-emerald-700 text-white px-4 py-2" href="{E(h)}">{t}</a>' for t, h in site["header_links"])
    s = site["search"]
    header = (f'<header class="bg-white border-b">\n<div class="bg-emerald-900 text-white text-sm flex justify-end">{top}</div>\n'
              f'<div class="max-w-7xl mx-auto flex items-center justify-between py-4"><a href="/"><img class="h-12" src="/dist/logo.svg" alt="{E(site["brand"])}"></a>'
              f'<form class="flex" action="{s["path"]}" method="get"><input class="border rounded-l px-3" name="{s["param"]}" aria-label="Sök"><button class="bg-emerald-700 text-white px-3 rounded-r">Sök</button></form>{hl}</div>\n'
              f'<nav class="max-w-7xl mx-auto" aria-label="Huvudmeny"><ul class="flex flex-wrap gap-2">{"".join(items)}</ul></nav>\n</header>')
    if page.get("front"):
        p = front_parts(site, "tailwind")
        main = (f'<main class="max-w-7xl mx-auto">\n{p.get("alert", "")}<section class="py-12 bg-emerald-50"><h1 class="text-4xl font-bold">{p["hero_title"]}</h1>'
                f'<p class="mt-4 text-lg">{p["hero_text"]}</p>{p["hero_cards"]}</section>\n'
                f'<section class="grid md:grid-cols-3 gap-6 py-8"><div class="md:col-span-2"><h2 class="text-2xl">Nyheter</h2>{p["news"]}</div>'
                f'<div><h2 class="text-2xl">E-tjänster</h2>{p["eservices"]}</div></section>\n'
                f'<section class="py-8"><h2 class="text-2xl">Evenemang</h2>{p["events"]}</section>\n{p["extra"]}</main>')
    else:
        main = (f'<main class="max-w-3xl mx-auto py-8">\n{crumbs(page, cls="text-sm text-slate-500")}\n'
                f'<div class="prose">\n{article(page, "text-3xl font-bold", "text-xl lead")}\n</div>\n</main>')
    footer = f'<footer class="bg-emerald-900 text-white mt-12"><div class="max-w-7xl mx-auto grid md:grid-cols-4 gap-8 py-10">\n{site["footer"]}\n</div></footer>'
    cookie = COOKIE.format(cls="fixed bottom-0 inset-x-0 bg-white shadow p-4", href=site["cookie_href"])
    return doc(site, page, f'<body class="antialiased text-slate-800">\n{header}\n{main}\n{footer}\n{cookie}',
               '<link rel="stylesheet" href="/dist/app.css">\n<script defer src="/dist/alpine.min.js"></script>\n')


FAMILIES = {f.__name__: f for f in (semantic, sitevision, drupal, municipio, bootstrap, table, soup,
                                     episerver, custom, tailwind)}


def render(site: dict, page: dict) -> str:
    return FAMILIES[site["family"]](site, page)
