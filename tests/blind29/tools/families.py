"""The ten markup families of blind29 (typing aid). Each render_* returns a whole HTML page.

A page is a dict: path, title (for <title>), body (inner HTML with its own h1; None on the
front page), front (bool). The site object carries menus, footer data and front-page data.
"""
from __future__ import annotations

import html
import json
import zlib

E = html.escape


def _subs(site, area):
    return site.sub_links(area)


def _svg(name: str) -> str:
    paths = {
        "logo": '<path d="M4 28 L16 6 L28 28 Z" fill="currentColor"/>',
        "phone": '<path d="M6 3h5l2 6-3 2a14 14 0 0 0 7 7l2-3 6 2v5a2 2 0 0 1-2 2A20 20 0 0 1 4 5a2 2 0 0 1 2-2z"/>',
        "search": '<circle cx="13" cy="13" r="8" fill="none" stroke="currentColor" stroke-width="3"/>',
        "menu": '<path d="M4 8h24M4 16h24M4 24h24" stroke="currentColor" stroke-width="3"/>',
    }
    return f'<svg class="icon icon-{name}" viewBox="0 0 32 32" width="24" height="24" aria-hidden="true" focusable="false">{paths.get(name, paths["logo"])}</svg>'


def _cookie(cls: str = "cookie-banner") -> str:
    return (f'<div class="{cls}" id="cookie-consent" role="dialog" aria-label="Kakor">'
            '<p>Vi använder kakor för att webbplatsen ska fungera och för att förbättra den. '
            'Du väljer själv om du godkänner statistikkakor.</p>'
            '<button type="button" data-consent="all">Godkänn alla</button> '
            '<button type="button" data-consent="necessary">Endast nödvändiga</button></div>')


def _head(site, page, css: str, extra: str = "") -> str:
    t = page["title"]
    title = site.kommun_full if page.get("front") else f"{t} {site.title_sep} {site.kommun_full}"
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{site.charset}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{E(title)}</title>\n<link rel="canonical" href="__ORIGIN__{E(page["path"])}">\n'
            f'<meta name="description" content="{E(site.kommun_full)}s officiella webbplats.">\n'
            f'<style>{css}</style>\n{extra}</head>\n')


# ---------------------------------------------------------------- 1. semantic (9317)
CSS_SEMANTIC = ("body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b}.topbar{display:flex;justify-content:space-between;background:#0b3d2e;color:#fff;padding:.3rem 1rem}"
                ".topbar a{color:#fff}.mainnav>ul{display:flex;gap:1rem;list-style:none}.mainnav .sub[hidden]{display:none}main{max-width:70rem;margin:auto;padding:1rem}"
                "footer{background:#e8efe9;padding:2rem}.hero{background:#d6e7dc;padding:2rem}.cards{display:grid;grid-template-columns:repeat(4,1fr);gap:1rem}")


def render_semantic(site, page) -> str:
    nav = []
    for area in site.areas:
        subs = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in _subs(site, area))
        aid = site.slug(area[0])
        nav.append(f'<li class="has-sub"><a href="{E(site.area_href(area))}">{E(area[0])}</a>'
                   f'<button type="button" class="sub-toggle" aria-expanded="false" aria-controls="sub-{aid}">'
                   f'<span class="visually-hidden">Visa undermeny för {E(area[0])}</span></button>'
                   f'<ul class="sub" id="sub-{aid}" hidden>{subs}</ul></li>')
    header = (
        '<header class="site-header">\n<div class="topbar">\n<ul class="tools">'
        '<li><button type="button" class="listen">Lyssna</button></li>'
        '<li><a href="/lattlast/">Lättläst</a></li><li><a href="/in-english/">In English</a></li></ul>\n'
        f'<ul class="quick"><li><a class="quick-contact" href="{E(site.service_path)}">{_svg("phone")}Kontaktcenter</a></li>'
        f'<li><a href="{E(site.jobs_href)}">Lediga jobb</a></li></ul>\n</div>\n'
        f'<div class="brand"><a href="/" class="logo">{_svg("logo")}<span>{E(site.kommun_full)}</span></a>\n'
        '<form class="site-search" role="search" action="/sok/" method="get"><label for="q">Sök på webbplatsen</label>'
        '<input id="q" name="q" type="search"><button type="submit">Sök</button></form></div>\n'
        f'<nav class="mainnav" aria-label="Huvudmeny"><ul>{"".join(nav)}</ul></nav>\n</header>\n')
    if page.get("front"):
        cards = "".join(f'<li><a href="{E(h)}"><strong>{E(t)}</strong></a><p>{E(line)}</p></li>'
                        for t, h, line in site.shortcuts)
        news = "".join(f'<article class="teaser"><h3><a href="{E(site.news_href(n))}">{E(n["title"])}</a></h3>'
                       f'<time datetime="{n["date"]}">{n["date"]}</time><p>{E(n["teaser"])}</p></article>'
                       for n in site.front_news())
        events = "".join(f'<li><span class="date">{d}</span> <strong>{E(t)}</strong> {E(x)}</li>' for d, t, x in site.events)
        main = (f'<section class="hero"><h1>{E(site.hero[0])}</h1><p>{E(site.hero[1])}</p></section>\n'
                f'<section class="shortcuts" aria-labelledby="gv"><h2 id="gv">Populärt just nu</h2><ul class="cards">{cards}</ul></section>\n'
                f'<section class="news" aria-labelledby="nh"><h2 id="nh">Nyheter</h2>{news}'
                f'<p><a href="{E(site.news_index)}">Fler nyheter</a></p></section>\n'
                f'<section class="events"><h2>Evenemang</h2><ul>{events}</ul></section>\n'
                f'<aside class="drift"><h2>Driftinformation</h2><p>{E(site.drift)}</p></aside>\n')
    else:
        main = f'<nav class="breadcrumb" aria-label="Brödsmulor"><a href="/">Startsida</a> / {E(page["title"])}</nav>\n<article>{page["body"]}</article>\n'
    footer = (
        '<footer class="site-footer">\n<div class="cols">'
        f'<section><h2>{E(site.kommun_full)}</h2><p>{E(site.postal)}<br>Växel: {E(site.vaxel)}<br>'
        f'E-post: <a href="mailto:{site.email}">{site.email}</a><br>Org.nr {site.orgnr}</p></section>'
        f'{site.footer_extra}'
        '<section><h2>Om webbplatsen</h2><ul><li><a href="/tillganglighet/">Tillgänglighetsredogörelse</a></li>'
        '<li><a href="/kakor/">Kakor</a></li></ul></section></div>\n</footer>\n')
    return (_head(site, page, CSS_SEMANTIC) + '<body>\n<a class="skip" href="#innehall">Till innehållet</a>\n'
            + header + f'<main id="innehall">\n{main}</main>\n' + footer + _cookie()
            + '\n<script>document.querySelectorAll(".sub-toggle").forEach(b=>b.addEventListener("click",()=>{const u=document.getElementById(b.getAttribute("aria-controls"));u.hidden=!u.hidden;b.setAttribute("aria-expanded",String(!u.hidden))}));</script>\n</body>\n</html>\n')


# ---------------------------------------------------------------- 2. sitevision (9318)
CSS_SV = (".sv-layout{box-sizing:border-box}.env-nav{display:flex;list-style:none}.mega-panel[hidden]{display:none}.hero{background:#203a5c;color:#fff;padding:2rem}"
          ".hero-cards{display:flex;gap:1rem}.hero-card{background:#fff;color:#203a5c;padding:1rem}.sv-footer{background:#eef;padding:2rem}")


def render_sitevision(site, page) -> str:
    items = []
    for i, area in enumerate(site.areas, 1):
        subs = "".join(f'<li class="env-list__item"><a class="env-link" href="{E(h)}">{E(t)}</a></li>' for t, h in _subs(site, area))
        items.append(
            f'<li class="env-nav__item"><a class="env-nav__link" href="{E(site.area_href(area))}">{E(area[0])}</a>'
            f'<button class="mega-toggle env-button" type="button" aria-expanded="false" aria-controls="mega-{i}" aria-label="Öppna {E(area[0])}"></button>'
            f'<div class="mega-panel sv-layout" id="mega-{i}" hidden><div class="sv-layout env-d--flex">'
            f'<div class="sv-text-portlet sv-portlet"><h2 class="subheading">{E(area[0])}</h2><ul class="env-list">{subs}</ul></div></div></div></li>')
    header = (
        '<div class="sv-layout sv-skip-spacer header" id="svid94_5e1a2b">\n'
        '<div class="sv-script-portlet sv-portlet toplinks" id="svid12_5e1a2c"><ul class="env-list env-list--horizontal">'
        '<li><button type="button" class="env-button--link" data-readspeaker>Lyssna</button></li>'
        '<li><a href="/sv/lattlast.html">Lättläst</a></li><li><a href="/sv/other-languages.html">Other languages</a></li></ul></div>\n'
        f'<div class="sv-image-portlet sv-portlet logo" id="svid12_5e1a2d"><a href="/sv/">{_svg("logo")}<span class="env-assistive-text">{E(site.kommun_full)}, till startsidan</span></a></div>\n'
        '<div class="sv-searchform-portlet sv-portlet" id="svid12_5e1a2e"><form method="get" action="/sv/sok.html" class="env-form">'
        '<label class="env-assistive-text" for="search-q">Sök</label><input id="search-q" name="query" class="env-form-input"><button type="submit" class="env-button">Sök</button></form></div>\n'
        f'<div class="sv-layout mega-menu" id="svid94_5e1a30"><ul class="env-nav env-nav--menubar">{"".join(items)}</ul></div>\n</div>\n')
    if page.get("front"):
        cards = "".join(f'<li class="hero-card"><a href="{E(h)}" class="hero-card__link"><span class="hero-card__title">{E(t)}</span></a>'
                        f'<p class="hero-card__text">{E(line)}</p></li>' for t, h, line in site.shortcuts)
        news = "".join(f'<li class="sv-channel-item"><a href="{E(site.news_href(n))}"><span class="env-text-h4">{E(n["title"])}</span></a>'
                       f'<p class="env-text-meta">{n["date"]}</p><p>{E(n["teaser"])}</p></li>' for n in site.front_news())
        events = "".join(f'<li><span class="env-badge">{d}</span> {E(t)}</li>' for d, t, _x in site.events)
        content = (
            '<div class="sv-layout hero" id="svid10_5e1a40"><div class="sv-text-portlet sv-portlet" id="svid12_5e1a41">'
            f'<h1 class="heading">{E(site.hero[0])}</h1><p class="normal">{E(site.hero[1])}</p></div>'
            f'<div class="sv-script-portlet sv-portlet"><ul class="hero-cards env-list">{cards}</ul></div></div>\n'
            '<div class="sv-layout news-row" id="svid10_5e1a50"><div class="sv-channel sv-portlet sv-news-portlet">'
            f'<h2 class="subheading">Aktuellt</h2><ul class="sv-channel">{news}</ul><p><a href="{E(site.news_index)}">Alla nyheter</a></p></div>'
            f'<div class="sv-text-portlet sv-portlet"><h2 class="subheading">På gång</h2><ul>{events}</ul></div>'
            f'<div class="sv-text-portlet sv-portlet drift"><h2 class="subheading">Driftstörningar</h2><p>{E(site.drift)}</p></div></div>\n')
    else:
        content = ('<div class="sv-layout breadcrumbs sv-portlet"><ol class="env-breadcrumb"><li><a href="/sv/">Start</a></li>'
                   f'<li>{E(page["title"])}</li></ol></div>\n<div class="sv-layout pagecontent" id="svid10_5e1a60">'
                   f'<div class="sv-text-portlet sv-portlet sv-text-portlet-content" id="Innehall">{page["body"]}</div></div>\n')
    footer = (
        '<div class="sv-layout sv-footer" id="svid94_5e1a70">'
        f'<div class="sv-text-portlet sv-portlet"><h2 class="subheading">{E(site.kommun_full)}</h2><p class="normal">{E(site.postal)}<br>'
        f'Telefon växel {E(site.vaxel)}<br><a href="mailto:{site.email}">{site.email}</a><br>Organisationsnummer {site.orgnr}</p></div>'
        f'{site.footer_extra}'
        '<div class="sv-text-portlet sv-portlet"><ul><li><a href="/sv/om-webbplatsen/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a></li>'
        '<li><a href="/sv/om-webbplatsen/kakor.html">Kakor på webbplatsen</a></li></ul></div></div>\n')
    return (_head(site, page, CSS_SV, '<link rel="stylesheet" href="/sitevision/system-resource/x/css/portlets.css" media="none">\n')
            + '<body class="sv-responsive env-m-around--0">\n<div class="sv-layout" id="svid10_5e1a00">\n'
            + header + content + footer + '</div>\n' + _cookie("sv-cookie-consent")
            + '\n<script>document.querySelectorAll(".mega-toggle").forEach(b=>b.onclick=()=>{const p=document.getElementById(b.getAttribute("aria-controls"));p.hidden=!p.hidden;b.setAttribute("aria-expanded",!p.hidden)});</script>\n</body>\n</html>\n')


# ---------------------------------------------------------------- 3. drupal (9319)
CSS_DRUPAL = (".visually-hidden{position:absolute;clip:rect(0 0 0 0)}.menu--main{display:flex;list-style:none}.menu-dropdown{display:none}"
              ".menu-item--expanded:hover .menu-dropdown{display:block}.accordion__panel[hidden]{display:none}.region-footer{background:#333;color:#eee}")


def render_drupal(site, page) -> str:
    lis = []
    for area in site.areas:
        subs = _subs(site, area)
        if subs:
            sub = "".join(f'<li class="menu-item"><a href="{E(h)}">{E(t)}</a></li>' for t, h in subs)
            lis.append(f'<li class="menu-item menu-item--expanded"><a href="{E(site.area_href(area))}">{E(area[0])}</a>'
                       f'<div class="menu-dropdown menu-dropdown-0"><ul class="menu menu-level-1">{sub}</ul></div></li>')
        else:
            lis.append(f'<li class="menu-item menu-item--highlight"><a href="{E(site.area_href(area))}">{E(area[0])}</a></li>')
    header = (
        '<header role="banner" class="page-header">\n<div class="region region-secondary-menu">'
        '<nav role="navigation" aria-labelledby="block-verktyg-menu" id="block-verktyg" class="block block-menu navigation menu--verktyg">'
        '<h2 class="visually-hidden" id="block-verktyg-menu">Verktyg</h2><ul class="menu"><li class="menu-item"><a href="/lattlast">Lättläst</a></li>'
        '<li class="menu-item"><a href="/teckensprak">Teckenspråk</a></li><li class="menu-item"><button class="rs-button" type="button">Lyssna</button></li></ul></nav></div>\n'
        f'<div class="region region-header"><div id="block-sitebranding" class="block block-system-branding-block"><a href="/" rel="home" class="site-logo">{_svg("logo")}'
        f'<span class="site-name">{E(site.kommun_full)}</span></a></div>'
        '<div class="search-block-form block block-search" role="search" id="block-sok"><form action="/sok" method="get" accept-charset="UTF-8">'
        '<div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">Sök</label><input type="search" id="edit-keys" name="keys" size="15" maxlength="128" class="form-search"></div>'
        '<div class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" value="Sök" class="button js-form-submit form-submit"></div></form></div></div>\n'
        '<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-huvudmeny-menu" id="block-huvudmeny" class="block block-menu navigation menu--main">'
        f'<h2 class="visually-hidden" id="block-huvudmeny-menu">Huvudmeny</h2><ul class="menu menu--main menu-level-0">{"".join(lis)}</ul></nav></div>\n</header>\n')
    if page.get("front"):
        sc = "".join(f'<div class="views-row"><div class="node node--type-genvag node--view-mode-teaser"><h3 class="node__title"><a href="{E(h)}" rel="bookmark">{E(t)}</a></h3>'
                     f'<div class="field field--name-field-ingress">{E(line)}</div></div></div>' for t, h, line in site.shortcuts)
        nw = "".join(f'<div class="views-row"><article class="node node--type-nyhet node--view-mode-teaser"><h3><a href="{E(site.news_href(n))}">{E(n["title"])}</a></h3>'
                     f'<div class="field field--name-field-datum"><time datetime="{n["date"]}T08:00:00Z">{n["date"]}</time></div>'
                     f'<div class="field field--name-body">{E(n["teaser"])}</div></article></div>' for n in site.front_news())
        ev = "".join(f'<div class="views-row"><span class="date">{d}</span> {E(t)} <em>{E(x)}</em></div>' for d, t, x in site.events)
        content = (
            f'<div id="block-hero" class="block block-block-content hero"><h1>{E(site.hero[0])}</h1><div class="field field--name-body"><p>{E(site.hero[1])}</p></div></div>\n'
            f'<div class="block block-views block-views-blockgenvagar-block-1"><h2>Genvägar</h2><div class="view view-genvagar">{sc}</div></div>\n'
            f'<div class="block block-views block-views-blocknyheter-block-1"><h2>Nyheter</h2><div class="view view-nyheter">{nw}</div>'
            f'<div class="more-link"><a href="{E(site.news_index)}">Alla nyheter</a></div></div>\n'
            f'<div class="block block-views block-views-blockevenemang-block-1"><h2>Evenemang</h2><div class="view">{ev}</div></div>\n'
            f'<div class="block block-block-content drift"><h2>Driftinformation</h2><p>{E(site.drift)}</p></div>\n')
    else:
        content = ('<div id="block-breadcrumbs" class="block block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">'
                   f'<h2 id="system-breadcrumb" class="visually-hidden">Brödsmulor</h2><ol><li><a href="/">Hem</a></li><li>{E(page["title"])}</li></ol></nav></div>\n'
                   f'<article class="node node--type-page node--view-mode-full"><div class="node__content">{page["body"]}</div></article>\n')
    footer = (
        '<footer role="contentinfo" class="page-footer"><div class="region region-footer">'
        f'<div id="block-kontaktuppgifter" class="block block-block-content"><h2>{E(site.kommun_full)}</h2><div class="field field--name-body"><p>{E(site.postal)}</p>'
        f'<p>Växel: {E(site.vaxel)}<br>E-post: <a href="mailto:{site.email}">{site.email}</a></p><p>Org.nr: {site.orgnr}</p></div></div>'
        f'{site.footer_extra}'
        '<nav role="navigation" id="block-sidfot" class="block block-menu menu--footer"><ul class="menu"><li class="menu-item"><a href="/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></li>'
        '<li class="menu-item"><a href="/kakor">Om kakor</a></li></ul></nav></div></footer>\n')
    settings = json.dumps({"path": {"baseUrl": "/", "currentPath": page["path"].strip("/") or "node"}, "ajaxPageState": {"theme": "kommuntema"}})
    return (_head(site, page, CSS_DRUPAL) + f'<body class="{"path-frontpage" if page.get("front") else "path-node page-node-type-page"}">\n'
            '<a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>\n'
            '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n<div class="layout-container">\n'
            + header + '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">\n'
            + content + '</div></div></main>\n' + footer + '</div>\n</div>\n'
            + f'<script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>\n'
            + '<script>document.querySelectorAll(".accordion__button").forEach(b=>b.addEventListener("click",()=>{const p=document.getElementById(b.getAttribute("aria-controls"));p.hidden=!p.hidden;b.setAttribute("aria-expanded",String(!p.hidden))}));</script>\n'
            + _cookie("eu-cookie-compliance-banner") + '\n</body>\n</html>\n')


# ---------------------------------------------------------------- 4. municipio (9320)
CSS_MUNICIPIO = (".c-drawer[hidden]{display:none}.c-header{display:flex;justify-content:space-between;padding:1rem}.c-hero{background:#7a2e0e;color:#fff;padding:3rem}"
                 ".o-grid{display:grid;grid-template-columns:repeat(3,1fr);gap:1rem}.c-footer{background:#f4ede8;padding:2rem}")


def render_municipio(site, page) -> str:
    lis = []
    for area in site.areas:
        subs = "".join(f'<li class="c-nav__item"><a class="c-nav__link" href="{E(h)}">{E(t)}</a></li>' for t, h in _subs(site, area))
        lis.append(f'<li class="c-nav__item c-nav__item--has-children"><a class="c-nav__link" href="{E(site.area_href(area))}">{E(area[0])}</a>'
                   f'<button class="c-nav__toggle" type="button" aria-label="Visa undersidor till {E(area[0])}" aria-expanded="false"></button>'
                   f'<ul class="c-nav c-nav--depth-1">{subs}</ul></li>')
    header = (
        '<header id="site-header" class="c-header c-header--business site-header">\n'
        '<div class="c-header__top"><button class="c-button c-button--basic js-readspeaker" type="button">Lyssna</button>'
        '<a class="c-button c-button--basic" href="/lattlast/">Lättläst</a><a class="c-button c-button--basic" href="/languages/">Languages</a></div>\n'
        f'<a class="c-logotype" href="/">{_svg("logo")}<span class="u-sr-only">{E(site.kommun_full)}</span></a>\n'
        '<form class="c-search c-search--header" method="get" action="/" role="search"><label class="u-sr-only" for="s-header">Sök</label>'
        '<input class="c-field__input" id="s-header" type="search" name="s" placeholder="Vad letar du efter?"><button class="c-button" type="submit">Sök</button></form>\n'
        f'<nav class="c-header__quicklinks" aria-label="Snabblänkar"><a class="c-button" href="/kontakt/">Kontakt</a><a class="c-button" href="{E(site.jobs_href)}">Jobba hos oss</a></nav>\n'
        '<button class="c-button c-button--hamburger js-drawer-toggle" type="button" aria-controls="drawer" aria-expanded="false">'
        f'{_svg("menu")}<span class="c-button__label">Meny</span></button>\n</header>\n'
        '<div id="drawer" class="c-drawer c-drawer--right" aria-hidden="true" hidden>\n<div class="c-drawer__header"><button class="c-drawer__close js-drawer-toggle" type="button">Stäng</button></div>\n'
        f'<div class="c-drawer__body"><nav aria-label="Huvudmeny" class="c-nav-drawer"><ul class="c-nav c-nav--depth-0">{"".join(lis)}</ul></nav></div>\n</div>\n')
    if page.get("front"):
        cards = "".join(f'<div class="o-grid-4@md"><a class="c-card c-card--panel" href="{E(h)}"><div class="c-card__body"><h2 class="c-card__heading">{E(t)}</h2>'
                        f'<p class="c-card__content">{E(line)}</p></div></a></div>' for t, h, line in site.shortcuts)
        news = "".join(f'<div class="o-grid-4@md"><a class="c-card c-card--news" href="{E(site.news_href(n))}"><div class="c-card__body"><span class="c-card__meta">{n["date"]}</span>'
                       f'<h3 class="c-card__heading">{E(n["title"])}</h3><p>{E(n["teaser"])}</p></div></a></div>' for n in site.front_news())
        ev = "".join(f'<li class="c-event">{d}: {E(t)}</li>' for d, t, _x in site.events)
        main = (f'<section class="c-hero c-hero--overlay"><div class="c-hero__content"><h1 class="c-hero__title">{E(site.hero[0])}</h1><p>{E(site.hero[1])}</p></div></section>\n'
                f'<div class="o-grid modularity-mod-manualinput">{cards}</div>\n'
                f'<section class="modularity-mod-posts"><h2 class="c-typography__heading">Nyheter</h2><div class="o-grid">{news}</div>'
                f'<a class="c-button c-button--filled" href="{E(site.news_index)}">Visa fler nyheter</a></section>\n'
                f'<section class="modularity-mod-event"><h2>Kalender</h2><ul>{ev}</ul></section>\n'
                f'<div class="c-notice c-notice--info"><strong>Driftinformation:</strong> {E(site.drift)}</div>\n')
    else:
        main = (f'<nav class="c-breadcrumb" aria-label="Du är här"><ol><li><a href="/">Startsida</a></li><li aria-current="page">{E(page["title"])}</li></ol></nav>\n'
                f'<article class="c-article c-article--readable-width s-article">{page["body"]}</article>\n')
    footer = (
        '<footer id="site-footer" class="c-footer c-footer--basic site-footer"><div class="o-grid">'
        f'<div class="c-footer__widget"><h2 class="c-footer__heading">{E(site.kommun_full)}</h2><p>{E(site.postal)}</p><p>Växel: {E(site.vaxel)}<br>'
        f'<a href="mailto:{site.email}">{site.email}</a></p><p>Org.nr {site.orgnr}</p></div>{site.footer_extra}'
        '<div class="c-footer__widget"><h2 class="c-footer__heading">Om webbplatsen</h2><ul><li><a href="/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>'
        '<li><a href="/om-kakor/">Om kakor</a></li></ul></div></div></footer>\n')
    return (_head(site, page, CSS_MUNICIPIO, "<link rel='stylesheet' id='municipio-css' href='/wp-content/themes/municipio/assets/dist/css/app.css' media='none'>\n")
            + f'<body class="wp-singular {"home page-template-default" if page.get("front") else "page-template-default page"} wp-theme-municipio">\n<div id="wrapper">\n'
            + header + f'<main id="main-content" class="o-container">\n{main}</main>\n' + footer + '</div>\n'
            + _cookie("c-cookie-consent")
            + '\n<script>document.querySelectorAll(".js-drawer-toggle").forEach(b=>b.addEventListener("click",()=>{const d=document.getElementById("drawer");d.hidden=!d.hidden;d.setAttribute("aria-hidden",String(d.hidden))}));</script>\n</body>\n</html>\n')


# ---------------------------------------------------------------- 5. bootstrap (9321)
CSS_BS = ".dropdown-menu{display:none}.dropdown-menu.show{display:block}.card{border:1px solid #ccd}.bg-brand{background:#14506b;color:#fff}"


def render_bootstrap(site, page) -> str:
    lis = []
    for i, area in enumerate(site.areas, 1):
        subs = "".join(f'<li><a class="dropdown-item" href="{E(h)}">{E(t)}</a></li>' for t, h in _subs(site, area))
        lis.append(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{E(site.area_href(area))}" id="dd{i}" role="button" data-bs-toggle="dropdown" aria-expanded="false">{E(area[0])}</a>'
                   f'<ul class="dropdown-menu" aria-labelledby="dd{i}"><li><a class="dropdown-item fw-bold" href="{E(site.area_href(area))}">Allt om {E(area[0].lower())}</a></li>{subs}</ul></li>')
    top = ('<div class="bg-brand py-1"><div class="container d-flex justify-content-end gap-3 small">'
           '<button type="button" class="btn btn-link btn-sm text-white">Lyssna</button><a class="text-white" href="/lattlast/">Lättläst</a>'
           '<a class="text-white" href="/in-english/">English</a><a class="text-white" href="/kontakta-oss/">Kontakta oss</a></div></div>\n')
    navbar = (
        '<nav class="navbar navbar-expand-lg navbar-light bg-light border-bottom"><div class="container">'
        f'<a class="navbar-brand" href="/">{_svg("logo")} {E(site.kommun_full)}</a>'
        '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#huvudmeny" aria-controls="huvudmeny" aria-expanded="false" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>'
        f'<div class="collapse navbar-collapse" id="huvudmeny"><ul class="navbar-nav me-auto mb-2 mb-lg-0">{"".join(lis)}</ul>'
        '<form class="d-flex" role="search" action="/sok/" method="get"><input class="form-control me-2" type="search" name="q" placeholder="Sök" aria-label="Sök"><button class="btn btn-outline-primary" type="submit">Sök</button></form>'
        '</div></div></nav>\n')
    if page.get("front"):
        cards = "".join(f'<div class="col-md-3"><div class="card h-100"><div class="card-body"><h2 class="h5 card-title"><a class="stretched-link" href="{E(h)}">{E(t)}</a></h2>'
                        f'<p class="card-text">{E(line)}</p></div></div></div>' for t, h, line in site.shortcuts)
        news = "".join(f'<div class="col-md-4"><div class="card"><div class="card-body"><p class="text-muted small mb-1">{n["date"]}</p><h3 class="h5"><a href="{E(site.news_href(n))}">{E(n["title"])}</a></h3>'
                       f'<p>{E(n["teaser"])}</p></div></div></div>' for n in site.front_news())
        ev = "".join(f'<li class="list-group-item"><span class="badge bg-secondary">{d}</span> {E(t)}</li>' for d, t, _x in site.events)
        main = (f'<div class="p-5 mb-4 bg-body-tertiary rounded-3 jumbotron"><h1 class="display-5 fw-bold">{E(site.hero[0])}</h1><p class="col-md-8 fs-5">{E(site.hero[1])}</p></div>\n'
                f'<div class="row g-3 mb-4">{cards}</div>\n<h2>Nyheter</h2><div class="row g-3">{news}</div><p class="mt-2"><a href="{E(site.news_index)}">Fler nyheter</a></p>\n'
                f'<div class="row mt-4"><div class="col-md-6"><h2>Evenemang</h2><ul class="list-group">{ev}</ul></div>'
                f'<div class="col-md-6"><div class="alert alert-warning"><h2 class="h5">Driftinformation</h2>{E(site.drift)}</div></div></div>\n')
    else:
        main = (f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Hem</a></li><li class="breadcrumb-item active" aria-current="page">{E(page["title"])}</li></ol></nav>\n'
                f'<div class="row"><div class="col-lg-9">{page["body"]}</div></div>\n')
    footer = (
        '<footer class="bg-dark text-light py-5 mt-5"><div class="container"><div class="row">'
        f'<div class="col-md-4"><h2 class="h5">{E(site.kommun_full)}</h2><address>{E(site.postal)}<br>Telefon (växel): {E(site.vaxel)}<br>'
        f'<a class="link-light" href="mailto:{site.email}">{site.email}</a></address><p>Org.nr {site.orgnr}</p></div>{site.footer_extra}'
        '<div class="col-md-4"><h2 class="h5">Webbplatsen</h2><ul class="list-unstyled"><li><a class="link-light" href="/tillganglighet/">Tillgänglighetsredogörelse</a></li>'
        '<li><a class="link-light" href="/kakor/">Kakor</a></li></ul></div></div></div></footer>\n')
    return (_head(site, page, CSS_BS, '<link href="/assets/bootstrap.min.css" rel="stylesheet" media="none">\n') + '<body>\n' + top + navbar
            + f'<main class="container py-4">\n{main}</main>\n' + footer + _cookie("modal cookie-modal")
            + '\n<script src="data:text/javascript,"></script>\n</body>\n</html>\n')


# ---------------------------------------------------------------- 6. table (9322), ISO-8859-1
def render_table(site, page) -> str:
    top = "".join(f'<td class="menu" bgcolor="#2b5d2b"><a href="{E(site.area_href(a))}"><font face="Verdana" size="2" color="#ffffff"><b>{E(a[0])}</b></font></a></td>'
                  for a in site.areas)
    cur = page.get("area")
    rows = []
    for a in site.areas:
        rows.append(f'<tr><td class="vm1"><a href="{E(site.area_href(a))}"><font face="Verdana" size="2"><b>{E(a[0])}</b></font></a></td></tr>')
        if page.get("front") or cur == a[0]:
            rows += [f'<tr><td class="vm2">&nbsp;&nbsp;<a href="{E(h)}"><font face="Verdana" size="1">{E(t)}</font></a></td></tr>' for t, h in _subs(site, a)]
    left = f'<td width="190" valign="top" bgcolor="#eef3ee"><table width="100%" cellpadding="4" cellspacing="0">{"".join(rows)}</table></td>'
    if page.get("front"):
        sc = "".join(f'<tr><td><font face="Verdana" size="2"><a href="{E(h)}"><b>{E(t)}</b></a><br>{E(line)}</font></td></tr>' for t, h, line in site.shortcuts)
        news = "".join(f'<tr><td><font face="Verdana" size="1" color="#666666">{n["date"]}</font><br><font face="Verdana" size="2"><a href="{E(site.news_href(n))}"><b>{E(n["title"])}</b></a><br>{E(n["teaser"])}</font></td></tr>'
                       for n in site.front_news())
        ev = "".join(f'<tr><td><font face="Verdana" size="2">{d} &ndash; {E(t)}</font></td></tr>' for d, t, _x in site.events)
        center = (f'<td valign="top"><table width="100%" cellpadding="6"><tr><td bgcolor="#dfe9df"><font face="Georgia" size="5" color="#1e431e">{E(site.hero[0])}</font><br>'
                  f'<font face="Verdana" size="2">{E(site.hero[1])}</font></td></tr></table>'
                  f'<table width="100%" cellpadding="4"><tr><td width="50%" valign="top"><font face="Verdana" size="3"><b>Nyheter</b></font><table>{news}</table>'
                  f'<font face="Verdana" size="2"><a href="{E(site.news_index)}">Nyhetsarkiv &raquo;</a></font></td>'
                  f'<td valign="top"><font face="Verdana" size="3"><b>Snabbval</b></font><table>{sc}</table>'
                  f'<font face="Verdana" size="3"><b>Kalender</b></font><table>{ev}</table>'
                  f'<table bgcolor="#fff3cd" width="100%"><tr><td><font face="Verdana" size="2"><b>Driftinformation</b><br>{E(site.drift)}</font></td></tr></table></td></tr></table></td>')
    else:
        center = f'<td valign="top" class="content"><font face="Verdana" size="2">{page["body"]}</font></td>'
    foot = (f'<table width="980" align="center" bgcolor="#2b5d2b" cellpadding="10"><tr><td valign="top"><font face="Verdana" size="1" color="#ffffff"><b>{E(site.kommun_full)}</b><br>{E(site.postal)}<br>'
            f'Växel {E(site.vaxel)} &middot; <a href="mailto:{site.email}"><font color="#ffffff">{site.email}</font></a> &middot; Org.nr {site.orgnr}</font></td>'
            f'{site.footer_extra}<td valign="top" align="right"><font face="Verdana" size="1" color="#ffffff"><a href="/tillganglighet.asp"><font color="#ffffff">Tillgänglighetsredogörelse</font></a><br>'
            '<a href="/kakor.asp"><font color="#ffffff">Om kakor</font></a></font></td></tr></table>\n')
    t = page["title"]
    title = f"{site.kommun_full}" if page.get("front") else f"{t} - {site.kommun_full}"
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
            f'<title>{E(title)}</title>\n<link rel="canonical" href="__ORIGIN__{E(page["path"])}">\n'
            '<style type="text/css">a{color:#1e431e}td.menu a{text-decoration:none}</style>\n'
            '<script language="JavaScript" type="text/javascript">function openPrint(){window.print();}</script>\n</head>\n'
            '<body bgcolor="#ffffff" topmargin="0" leftmargin="0">\n'
            '<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">\n'
            '<tr><td><table width="100%" cellpadding="4"><tr>'
            f'<td><a href="/default.asp">{_svg("logo")}<font face="Georgia" size="6" color="#1e431e">{E(site.kommun_full)}</font></a></td>'
            '<td align="right"><font face="Verdana" size="1"><a href="/lattlast.asp">Lättläst</a> | <a href="/in-english.asp">In English</a> | <a href="javascript:openPrint()">Skriv ut</a></font><br>'
            '<form action="/sok.asp" method="get"><input type="text" name="sokord" size="20"><input type="submit" value="Sök"></form></td></tr></table></td></tr>\n'
            f'<tr><td><table width="100%" cellpadding="6" cellspacing="1"><tr>{top}</tr></table></td></tr>\n'
            f'<tr><td><table width="100%" cellpadding="8" cellspacing="0"><tr>{left}{center}</tr></table></td></tr>\n</table>\n'
            + foot + '</body>\n</html>\n')


# ---------------------------------------------------------------- 7. optimizely (9323)
CSS_EPI = (".main-nav__list{display:flex;list-style:none}.main-nav__sublist{display:none}.block{margin:1rem 0}.contactblock{border-left:4px solid #8a1c3c;padding:1rem}"
           ".header{display:flex;flex-wrap:wrap}.footer{background:#8a1c3c;color:#fff}.footer a{color:#fff}")


def render_optimizely(site, page) -> str:
    lis = []
    for area in site.areas:
        subs = _subs(site, area)
        sub_items = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in subs)
        sub = f'<ul class="main-nav__sublist" style="display:none">{sub_items}</ul>' if subs else ""
        lis.append(f'<li class="main-nav__item{" main-nav__item--has-children" if subs else ""}"><a class="main-nav__link" href="{E(site.area_href(area))}">{E(area[0])}</a>{sub}</li>')
    header = (
        '<div class="header" role="banner">\n<div class="header__tools"><a href="/lattlast/">Lättläst</a> <a href="/teckensprak/">Teckenspråk</a> '
        '<button type="button" class="header__listen">Talande webb</button></div>\n'
        f'<div class="header__logo"><a href="/" title="Till startsidan">{_svg("logo")}<span>{E(site.kommun_full)}</span></a></div>\n'
        '<form class="header__search" action="/sok/" method="get"><label for="searchQuery" class="sr-only">Sök</label><input id="searchQuery" name="q" type="search"><button type="submit">Sök</button></form>\n'
        f'<nav class="main-nav" role="navigation" aria-label="Huvudnavigering"><ul class="main-nav__list">{"".join(lis)}</ul></nav>\n</div>\n')
    if page.get("front"):
        sc = "".join(f'<div class="block teaserblock col-md-3"><a class="teaserblock__link" href="{E(h)}"><h2 class="teaserblock__heading">{E(t)}</h2></a><p>{E(line)}</p></div>'
                     for t, h, line in site.shortcuts)
        nw = "".join(f'<div class="block newsitem col-md-4"><p class="newsitem__date">{n["date"]}</p><h3><a href="{E(site.news_href(n))}">{E(n["title"])}</a></h3><p>{E(n["teaser"])}</p></div>'
                     for n in site.front_news())
        ev = "".join(f'<li>{d} {E(t)}</li>' for d, t, _x in site.events)
        content = (f'<div class="block heroblock"><h1 class="heroblock__heading">{E(site.hero[0])}</h1><p>{E(site.hero[1])}</p></div>\n'
                   f'<div class="row blocks">{sc}</div>\n<div class="row"><h2 class="section-heading">Nyheter</h2>{nw}<p><a href="{E(site.news_index)}">Alla nyheter</a></p></div>\n'
                   f'<div class="row"><div class="block calendarblock col-md-6"><h2>Kalender</h2><ul>{ev}</ul></div>'
                   f'<div class="block alertblock col-md-6"><h2>Driftinformation</h2><p>{E(site.drift)}</p></div></div>\n')
    else:
        content = (f'<ol class="breadcrumbs"><li><a href="/">Start</a></li><li>{E(page["title"])}</li></ol>\n'
                   f'<div class="content-page">{page["body"]}</div>\n')
    footer = (
        '<div class="footer" role="contentinfo"><div class="footer__inner row">'
        f'<div class="col-md-4"><h2>{E(site.kommun_full)}</h2><p>{E(site.postal)}<br>Växel: {E(site.vaxel)}<br><a href="mailto:{site.email}">{site.email}</a><br>Org.nr: {site.orgnr}</p></div>'
        f'{site.footer_extra}<div class="col-md-4"><ul><li><a href="/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a></li><li><a href="/om-webbplatsen/kakor/">Kakor</a></li></ul></div></div></div>\n')
    return (_head(site, page, CSS_EPI) + '<body>\n<div class="page">\n<a class="skip-link" href="#maincontent">Gå direkt till innehållet</a>\n'
            + header + f'<div id="maincontent" class="content-area" role="main">\n{content}</div>\n' + footer + '</div>\n' + _cookie("cookie-notice")
            + '\n<script>window.epi=window.epi||{};epi.pageId=' + str(zlib.crc32(page["path"].encode()) % 9000 + 1000) + ';</script>\n</body>\n</html>\n')


# ---------------------------------------------------------------- 8. soup (9324)
def render_soup(site, page) -> str:
    items = []
    for area in site.areas:
        subs = "".join(f'<div class="s2"><a href="{E(h)}">{E(t)}</a></div>' for t, h in _subs(site, area))
        items.append(f'<div class="m1"><a class="m1a" href="{E(site.area_href(area))}">{E(area[0])}</a><div class="m2" style="display:none">{subs}</div></div>')
    top = ('<div class="w0"><div class="t1"><div class="t1l"><span class="zz" onclick="rs()">Lyssna</span> <a href="/lattlast.html">Lättläst</a> <a href="/english.html">English</a></div>'
           '<div class="t1r"><a href="/kontakt.html">Kontakt</a></div></div>\n'
           f'<div class="hd"><div class="lg"><a href="/">{_svg("logo")}<b>{E(site.kommun_full)}</b></a></div>'
           '<div class="sr"><form action="/sok.html" method="get"><input name="q" placeholder="Sök"><input type="submit" value="Sök"></form></div></div>\n'
           f'<div class="mn">{"".join(items)}</div>\n')
    if page.get("front"):
        sc = "".join(f'<div class="b7"><a href="{E(h)}"><div class="b7h">{E(t)}</div></a><div class="b7t">{E(line)}</div></div>' for t, h, line in site.shortcuts)
        nw = "".join(f'<div class="n3"><div class="n3d">{n["date"]}</div><div class="n3h"><a href="{E(site.news_href(n))}">{E(n["title"])}</a></div><div class="n3t">{E(n["teaser"])}</div></div>'
                     for n in site.front_news())
        ev = "".join(f'<div class="e4"><span>{d}</span> {E(t)}</div>' for d, t, _x in site.events)
        body = (f'<div class="q1"><div class="q1h">{E(site.hero[0])}</div><div class="q1t">{E(site.hero[1])}</div></div>\n'
                f'<div class="q2">{sc}</div>\n<div class="q3"><div class="q3h">Nyheter</div>{nw}<div><a href="{E(site.news_index)}">Fler nyheter</a></div></div>\n'
                f'<div class="q4"><div class="q3h">Evenemang</div>{ev}</div><div class="q5"><div class="q3h">Driftinformation</div>{E(site.drift)}</div>\n')
    else:
        body = f'<div class="bc"><a href="/">Start</a> &gt; {E(page["title"])}</div>\n<div class="c9">{page["body"]}</div>\n'
    foot = (f'<div class="f0"><div class="f1"><b>{E(site.kommun_full)}</b><br>{E(site.postal)}<br>Växel {E(site.vaxel)}<br><a href="mailto:{site.email}">{site.email}</a><br>Org.nr {site.orgnr}</div>'
            f'{site.footer_extra}<div class="f1"><a href="/tillganglighet.html">Tillgänglighetsredogörelse</a><br><a href="/kakor.html">Kakor</a></div></div>\n')
    return (_head(site, page, ".mn{display:flex}.m1{position:relative;padding:0 1em}.q1{background:#345;color:#fff;padding:2em}.f0{background:#eee;display:flex}.b7{display:inline-block;width:23%}")
            + '<body>\n' + top + f'<div class="c0">\n{body}</div>\n' + foot + '</div>\n'
            + '<div class="ck" id="ck"><div>Den här webbplatsen använder kakor.</div><span class="ckb" onclick="document.getElementById(\'ck\').style.display=\'none\'">OK</span></div>\n'
            + '<script>function rs(){}document.querySelectorAll(".m1").forEach(m=>{m.onmouseenter=()=>m.querySelector(".m2").style.display="block";m.onmouseleave=()=>m.querySelector(".m2").style.display="none"});</script>\n</body>\n</html>\n')


# ---------------------------------------------------------------- 9. joomla (9325)
CSS_JOOMLA = ".mod-menu{display:flex;list-style:none}.mod-menu__sub{display:none}.parent:hover .mod-menu__sub{display:block}.container-footer{background:#22313f;color:#ddd}"


def render_joomla(site, page) -> str:
    lis = []
    for i, area in enumerate(site.areas, 102):
        subs = "".join(f'<li class="nav-item item-{i}{j}"><a href="{E(h)}">{E(t)}</a></li>' for j, (t, h) in enumerate(_subs(site, area)))
        lis.append(f'<li class="nav-item item-{i} deeper parent"><a href="{E(site.area_href(area))}">{E(area[0])}</a>'
                   f'<button class="mm-toggler mm-toggler-link" aria-haspopup="true" aria-expanded="false" aria-label="{E(area[0])}"></button>'
                   f'<ul class="mod-menu__sub list-unstyled small">{subs}</ul></li>')
    header = (
        '<header class="header container-header full-width">\n'
        '<div class="container-topbar"><div class="moduletable "><ul class="mod-menu mod-list nav topmenu">'
        '<li class="nav-item item-201"><a href="/index.php/lattlast">Lättläst</a></li><li class="nav-item item-202"><a href="/index.php/in-english">In English</a></li>'
        '<li class="nav-item item-203"><a href="/index.php/kontakta-oss">Kontakta oss</a></li></ul></div></div>\n'
        f'<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">{_svg("logo")}<span>{E(site.kommun_full)}</span></a></div></div>\n'
        '<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Huvudmeny">'
        '<button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Växla navigering"><span class="icon-menu" aria-hidden="true"></span></button>'
        f'<div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-menu_dropdown-metismenu metismenu mod-list">{"".join(lis)}</ul></div></nav>'
        '<div class="container-search"><div class="moduletable "><form class="mod-finder js-finder-searchform form-search" action="/index.php/sok" method="get" role="search">'
        '<label for="mod-finder-searchword" class="visually-hidden finder">Sök</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" placeholder="Sök ..."></form></div></div></div>\n</header>\n')
    if page.get("front"):
        sc = "".join(f'<li><a href="{E(h)}">{E(t)}</a> <span class="small">{E(line)}</span></li>' for t, h, line in site.shortcuts)
        nw = "".join(f'<div class="blog-item"><div class="item-content"><div class="page-header"><h2><a href="{E(site.news_href(n))}">{E(n["title"])}</a></h2></div>'
                     f'<dl class="article-info text-muted"><dd class="published"><time datetime="{n["date"]}">{n["date"]}</time></dd></dl><p>{E(n["teaser"])}</p></div></div>' for n in site.front_news())
        ev = "".join(f'<li>{d} &ndash; {E(t)}</li>' for d, t, _x in site.events)
        main = (f'<div class="container-banner full-width"><div class="moduletable banner"><h1>{E(site.hero[0])}</h1><p>{E(site.hero[1])}</p></div></div>\n'
                f'<div class="moduletable genvagar"><h2>Genvägar</h2><ul class="mod-menu mod-list">{sc}</ul></div>\n'
                f'<div class="com-content-featured blog-featured"><h2>Nyheter</h2><div class="blog-items">{nw}</div><p><a href="{E(site.news_index)}">Fler nyheter</a></p></div>\n'
                f'<div class="moduletable"><h2>Evenemang</h2><ul>{ev}</ul></div><div class="alert alert-info">Driftinformation: {E(site.drift)}</div>\n')
    else:
        main = (f'<nav class="mod-breadcrumbs__wrapper" aria-label="Brödsmulor"><ol class="mod-breadcrumbs breadcrumb"><li class="breadcrumb-item"><a href="/">Hem</a></li><li class="breadcrumb-item active">{E(page["title"])}</li></ol></nav>\n'
                f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">{page["body"]}</div>\n')
    footer = (
        '<footer class="container-footer footer full-width"><div class="grid-child">'
        f'<div class="moduletable "><h3>{E(site.kommun_full)}</h3><div class="mod-custom custom"><p>{E(site.postal)}<br>Växel: {E(site.vaxel)}<br>E-post: <a href="mailto:{site.email}">{site.email}</a><br>Org.nr: {site.orgnr}</p></div></div>'
        f'{site.footer_extra}<div class="moduletable "><ul class="mod-menu mod-list nav"><li class="nav-item"><a href="/index.php/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></li>'
        '<li class="nav-item"><a href="/index.php/kakor">Kakor</a></li></ul></div></div></footer>\n')
    return (_head(site, page, CSS_JOOMLA, '<meta name="generator" content="Joomla! - Open Source Content Management">\n')
            + f'<body class="site com_content wrapper-static view-{"featured" if page.get("front") else "article"} no-layout no-task">\n'
            + header + f'<div class="site-grid"><div class="grid-child container-component"><main>\n{main}</main></div></div>\n' + footer
            + _cookie("cookie-bar") + '\n<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"JLIB_FORM_FIELD_REQUIRED_VALUE":"Fyll i detta fält"},"system.paths":{"root":"","base":""}}</script>\n</body>\n</html>\n')


# ---------------------------------------------------------------- 10. next.js SSR (9326)
def render_next(site, page) -> str:
    lis = []
    for i, area in enumerate(site.areas):
        subs = "".join(f'<li class="MainNav_subItem__pQ4s1"><a class="MainNav_subLink__Xa8Zt" href="{E(h)}">{E(t)}</a></li>' for t, h in _subs(site, area))
        lis.append(f'<li class="MainNav_item__h2LkQ"><a class="MainNav_link__c3Ovd" href="{E(site.area_href(area))}">{E(area[0])}</a>'
                   f'<div class="MainNav_flyout__3kLpx" id="flyout-{i}" hidden><ul class="MainNav_subList__Uq0bW">{subs}</ul></div></li>')
    header = (
        '<header class="Header_root__f8Hn2"><div class="Header_utility__mQ1xY"><a href="/lattlast">Lättläst</a><a href="/in-english">In English</a>'
        '<a href="/kontakta-oss">Kontakta oss</a></div>'
        f'<div class="Header_bar__T1wPz"><a class="Header_logo__n0Rzz" href="/">{_svg("logo")}<span>{E(site.kommun_full)}</span></a>'
        '<form class="Search_form__vB1aW" action="/sok" method="get" role="search"><input class="Search_input__a9XkE" name="q" aria-label="Sök på webbplatsen"><button class="Search_button__2mNpl" type="submit">Sök</button></form></div>'
        f'<nav class="MainNav_nav__b7Q2T" aria-label="Meny"><ul class="MainNav_list__oRk4v">{"".join(lis)}</ul></nav></header>\n')
    if page.get("front"):
        sc = "".join(f'<a class="Shortcut_card__Lm3wq" href="{E(h)}"><span class="Shortcut_title__yQ1bZ">{E(t)}</span><span class="Shortcut_text__g7HcK">{E(line)}</span></a>'
                     for t, h, line in site.shortcuts)
        nw = "".join(f'<article class="NewsCard_card__qW2e1"><time class="NewsCard_date__0sLp2">{n["date"]}</time><h3 class="NewsCard_title__bB8mA"><a href="{E(site.news_href(n))}">{E(n["title"])}</a></h3>'
                     f'<p>{E(n["teaser"])}</p></article>' for n in site.front_news())
        ev = "".join(f'<li class="Events_item__dK2s9"><b>{d}</b> {E(t)}</li>' for d, t, _x in site.events)
        main = (f'<section class="Hero_hero__zM1aQ"><h1 class="Hero_title__hC4eY">{E(site.hero[0])}</h1><p>{E(site.hero[1])}</p><div class="Shortcut_grid__p2VxC">{sc}</div></section>\n'
                f'<section class="News_section__t5GhR"><h2>Nyheter</h2><div class="News_grid__yW8zE">{nw}</div><a class="News_more__dQ3mC" href="{E(site.news_index)}">Alla nyheter</a></section>\n'
                f'<section class="Events_section__x7nFg"><h2>Evenemang</h2><ul>{ev}</ul></section><section class="Alert_box__Kq3mN"><h2>Driftinformation</h2><p>{E(site.drift)}</p></section>\n')
    else:
        main = (f'<nav class="Breadcrumbs_nav__rT6yq" aria-label="Brödsmulor"><a href="/">Start</a> › <span>{E(page["title"])}</span></nav>\n'
                f'<article class="Article_article__Ue5mV">{page["body"]}</article>\n')
    footer = (
        '<footer class="Footer_root__Xp2aA"><div class="Footer_cols__p9AaE">'
        f'<div class="Footer_col__kN2iB"><h2>{E(site.kommun_full)}</h2><p>{E(site.postal)}</p><p>Växel {E(site.vaxel)}</p><p><a href="mailto:{site.email}">{site.email}</a></p><p>Org.nr {site.orgnr}</p></div>'
        f'{site.footer_extra}<div class="Footer_col__kN2iB"><a href="/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a><br><a href="/kakor">Kakor</a></div></div></footer>\n')
    data = json.dumps({"props": {"pageProps": {"path": page["path"], "title": page["title"]}}, "page": "/[[...slug]]", "query": {}, "buildId": "k8Qm2xV1", "isFallback": False, "gssp": True})
    return (_head(site, page, ".MainNav_list__oRk4v{display:flex}.MainNav_flyout__3kLpx[hidden]{display:none}.Hero_hero__zM1aQ{background:#113;color:#fff}",
                  '<link rel="preload" href="/_next/static/css/4f1c2a.css" as="style">\n')
            + f'<body>\n<div id="__next"><div class="Layout_wrapper__Zk3pQ">\n{header}<main class="Page_main__R4eTc">\n{main}</main>\n{footer}</div></div>\n'
            + f'<script id="__NEXT_DATA__" type="application/json">{data}</script>\n</body>\n</html>\n')


RENDERERS = {
    "semantic": render_semantic, "sitevision": render_sitevision, "drupal": render_drupal,
    "municipio": render_municipio, "bootstrap": render_bootstrap, "table": render_table,
    "optimizely": render_optimizely, "soup": render_soup, "joomla": render_joomla, "next": render_next,
}
