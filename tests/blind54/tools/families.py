"""Markup families for the blind54 typing aid. Each family turns (site, title, main HTML) into a page."""
from __future__ import annotations

from common import COOKIE, SCRIPT, esc, footer_lines, front_blocks

CSS = "<style>body{font-family:sans-serif;margin:0}.hidden{display:none}img{max-width:100%}</style>"


def head(S, title, canonical=None, extra=""):
    can = f'\n<link rel="canonical" href="{esc(canonical)}">' if canonical else ""
    cs = S.get("charset", "utf-8")
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{cs}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{esc(title)}</title>{can}\n{CSS}\n{extra}</head>\n')


def topbar_links(S):
    p = S.get("prefix", "/")
    items = [("Lyssna", f"{p}lyssna/"), ("Lättläst", f"{p}lattlast/"), ("Teckenspråk", f"{p}teckensprak/"), ("In English", f"{p}in-english/"), *S.get("topbar", [])]
    return items


def a(h, t, attrs=""):
    return f'<a href="{esc(h)}"{attrs}>{esc(t)}</a>'


def search_form(S, cls="search"):
    sp = S["search"]
    action = S.get("search_action", sp["path"])
    return (f'<form class="{cls}" action="{esc(action)}" method="get" role="search">'
            f'<label for="q{S["code"]}">Sök på webbplatsen</label>'
            f'<input id="q{S["code"]}" type="search" name="{sp["param"]}" placeholder="Vad letar du efter?">'
            f'<button type="submit">Sök</button></form>')


def front_main(S, c, hero):
    b = front_blocks(S, c)
    return (f'{hero}\n<{c["sec"]} class="{c["box"]}"><h2>Nyheter</h2>\n{b["news"]}\n'
            f'<p><a href="{S.get("prefix", "/")}{S["newsarchive"]}">Fler nyheter</a></p></{c["sec"]}>\n'
            f'<{c["sec"]} class="{c["box"]}"><h2>Populära e-tjänster</h2><ul>{b["eserv"]}</ul></{c["sec"]}>\n'
            f'{S.get("front_extra", "")}'
            f'<{c["sec"]} class="{c["box"]}"><h2>Evenemang</h2><ul>{b["events"]}</ul></{c["sec"]}>\n'
            f'<{c["sec"]} class="{c["box"]}"><h2>Lediga jobb</h2><ul>{b["jobs"]}</ul></{c["sec"]}>\n'
            f'<{c["sec"]} class="{c["box"]}"><h2>A–Ö</h2><p>{b["ao"]}</p></{c["sec"]}>')


# ---------------------------------------------------------------- sitevision
def sitevision(S, title, main, canonical=None, front=False):
    c = dict(item="div", news="sv-text-portlet news", date="sv-date", h3="h3", sec="div", box="sv-layout sv-portlet")
    if front:
        main = front_main(S, c, main)
    top = " | ".join(a(h, t) for t, h in topbar_links(S))
    nav = []
    for i, (label, href, subs) in enumerate(S["menu"]):
        cols = [subs[k:k + 8] for k in range(0, len(subs), 8)]
        colhtml = "".join(
            f'<div class="sv-column-4"><p class="mega-head">{esc(label if j == 0 else "Mer inom " + label.lower())}</p>'
            f'<ul>{"".join("<li>" + a(h, t) + "</li>" for t, h in col)}</ul></div>' for j, col in enumerate(cols))
        nav.append(f'<li class="env-nav__item">{a(href, label)}<button class="mega-toggle" aria-expanded="false" '
                   f'data-toggle="mega{i}"><span class="env-assistive-text">Visa undermeny för {esc(label)}</span></button>'
                   f'<div class="sv-layout mega-panel" id="mega{i}" hidden>{colhtml}</div></li>')
    return (head(S, title, canonical, '<link rel="stylesheet" href="/sitevision/system-resource/c1a2/css/portlets.css">') +
            f'<body>\n<div class="sv-layout" id="svid10_1a2b3c4d">\n'
            f'<div class="sv-layout sv-skip-spacer topbar" id="svid93_77aa">{top}</div>\n'
            f'<div class="sv-layout sv-grid-main head" id="svid93_77ab"><div class="sv-image-portlet sv-portlet logo">'
            f'<a href="/"><img src="/images/18.1f2e3d4c5b6a/logo.svg" alt="{esc(S["kname"])} – till startsidan"></a></div>'
            f'<div class="sv-searchform-portlet sv-portlet">{search_form(S, "env-form")}</div></div>\n'
            f'<div class="sv-layout sv-portlet mainnav" id="svid12_5f6e"><ul class="env-list env-nav">{"".join(nav)}</ul></div>\n'
            f'<div class="sv-layout sv-template-layout content" id="svid10_content">\n{main}\n</div>\n'
            f'<div class="sv-layout sv-portlet sv-skip-spacer foot" id="svid12_9c8b">{footer_lines(S)}{S.get("footer_extra", "")}</div>\n'
            f'</div>\n{COOKIE.format(cls="sv-cookie-consent", href=S.get("prefix", "/") + S["kakor"])}\n{SCRIPT}\n</body>\n</html>\n')


# ---------------------------------------------------------------- municipio (WordPress, drawer)
def municipio(S, title, main, canonical=None, front=False):
    c = dict(item="article", news="c-card c-card--news", date="c-card__date", h3="h3", sec="section", box="o-section")
    if front:
        main = front_main(S, c, main)
    top = "".join(f'<li class="c-nav__item">{a(h, t)}</li>' for t, h in topbar_links(S))
    drawer = "".join(
        f'<li class="c-nav__item c-nav__item--has-children">{a(href, label)}'
        f'<ul class="c-nav__sub">{"".join("<li>" + a(h, t) + "</li>" for t, h in subs)}</ul></li>'
        for label, href, subs in S["menu"])
    hdr = "".join(f'<li>{a(h, t)}</li>' for t, h in S.get("header_links", []))
    return (head(S, title, canonical, "<link rel='stylesheet' href='/wp-content/themes/municipio/assets/dist/css/app.css'>") +
            f'<body class="wp-singular page-template-default">\n<div class="c-topbar"><ul class="c-nav c-nav--horizontal">{top}</ul></div>\n'
            f'<header class="c-header site-header" id="site-header"><div class="o-container">'
            f'<a class="c-header__logo" href="/"><img src="/wp-content/uploads/logo.svg" alt="{esc(S["kname"])}"></a>'
            f'{search_form(S, "c-form search-form")}<ul class="c-header__links">{hdr}</ul>'
            f'<button class="c-button c-button--menu" aria-controls="drawer" aria-expanded="false" data-toggle="drawer">Meny</button>'
            f'</div></header>\n<nav id="drawer" class="c-drawer c-drawer--right" aria-label="Huvudmeny" hidden>'
            f'<button class="c-drawer__close" data-toggle="drawer">Stäng</button><ul class="c-nav c-nav--vertical">{drawer}</ul></nav>\n'
            f'<main id="main-content" class="site-main">\n{main}\n</main>\n'
            f'<footer class="c-footer site-footer"><div class="o-container">{footer_lines(S)}{S.get("footer_extra", "")}</div></footer>\n'
            f'{COOKIE.format(cls="c-cookie-consent", href=S.get("prefix", "/") + S["kakor"])}\n{SCRIPT}\n</body>\n</html>\n')


# ---------------------------------------------------------------- 2000s tables, <font>, ISO-8859-1
def table(S, title, main, canonical=None, front=False):
    c = dict(item="div", news="nyhet", date="datum", h3="b", sec="div", box="ruta")
    if front:
        main = front_main(S, c, main)
    top = " &middot; ".join(f'<a href="{esc(h)}"><font color="#ffffff">{esc(t)}</font></a>' for t, h in topbar_links(S))
    left = "".join(f'<tr><td class="meny"><font face="Verdana,Arial" size="2"><a href="{esc(href)}">{esc(label)}</a></font></td></tr>'
                   for label, href, _subs in S["menu"])
    hdr = " | ".join(a(h, t) for t, h in S.get("header_links", []))
    return (head(S, title, canonical) +
            f'<body bgcolor="#ffffff" leftmargin="0" topmargin="0">\n'
            f'<table width="100%" border="0" cellspacing="0" cellpadding="2"><tr><td bgcolor="#1d4f7a" align="right">'
            f'<font face="Verdana,Arial" size="1">{top}</font></td></tr></table>\n'
            f'<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr>'
            f'<td width="200"><a href="/"><img src="/bilder/logo.gif" width="180" height="60" border="0" alt="{esc(S["kname"])}"></a></td>'
            f'<td align="right"><font face="Verdana,Arial" size="2">{hdr}<br>{search_form(S, "sok")}</font></td></tr></table>\n'
            f'<table width="100%" border="0" cellspacing="0" cellpadding="6"><tr>'
            f'<td width="190" valign="top" bgcolor="#e8eef4"><table width="100%" border="0" cellspacing="0">{left}</table></td>'
            f'<td valign="top"><font face="Verdana,Arial" size="2">\n{main}\n</font></td></tr></table>\n'
            f'<table width="100%" border="0" cellspacing="0" cellpadding="6"><tr><td bgcolor="#dddddd">'
            f'<font face="Verdana,Arial" size="1">{footer_lines(S)}{S.get("footer_extra", "")}</font></td></tr></table>\n'
            f'{COOKIE.format(cls="kaka", href=S.get("prefix", "/") + S["kakor"])}\n</body>\n</html>\n')


# ---------------------------------------------------------------- custom elements + <base href>
def custom(S, title, main, canonical=None, front=False):
    c = dict(item="x-card", news="news", date="date", h3="h3", sec="x-section", box="box")
    if front:
        main = front_main(S, c, main)
    top = "".join(f"<x-link>{a(h, t)}</x-link>" for t, h in topbar_links(S))
    nav = "".join(
        f'<x-item>{a(href, label)}<x-sub hidden>{"".join(a(h, t) for t, h in subs)}</x-sub></x-item>'
        for label, href, subs in S["menu"])
    extra = '<script>customElements.define("x-item",class extends HTMLElement{});</script>\n'
    page = (head(S, title, canonical, extra) +
            f'<body>\n<x-page>\n<x-header><x-topbar>{top}</x-topbar>'
            f'<x-logo><a href="/sv/"><img src="/sv/static/logo.svg" alt="{esc(S["kname"])}"></a></x-logo>'
            f'<x-search>{search_form(S, "x-form")}</x-search>\n<x-nav>{nav}</x-nav></x-header>\n'
            f'<x-main>\n{main}\n</x-main>\n<x-footer>{footer_lines(S)}{S.get("footer_extra", "")}</x-footer>\n</x-page>\n'
            f'{COOKIE.format(cls="x-cookie", href=S.get("prefix", "/") + S["kakor"])}\n{SCRIPT}\n</body>\n</html>\n')
    # every link is written relative to <base href="/sv/">
    page = page.replace('href="/sv/"', 'href="./"').replace('href="/sv/', 'href="').replace('action="/sv/', 'action="')
    page = page.replace('src="/sv/', 'src="')
    return page.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n<base href="/sv/">', 1)


# ---------------------------------------------------------------- bootstrap
def bootstrap(S, title, main, canonical=None, front=False):
    c = dict(item="div", news="card mb-3", date="text-muted small", h3="h3", sec="section", box="container py-3")
    if front:
        main = front_main(S, c, main)
    top = "".join(f'<li class="list-inline-item">{a(h, t)}</li>' for t, h in topbar_links(S))
    nav = "".join(
        f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{esc(href)}" data-bs-toggle="dropdown">{esc(label)}</a>'
        f'<ul class="dropdown-menu">{"".join("<li>" + a(h, t, chr(32) + "class=" + chr(34) + "dropdown-item" + chr(34)) + "</li>" for t, h in subs)}</ul></li>'
        for label, href, subs in S["menu"])
    hdr = "".join(f'<li class="nav-item">{a(h, t, " class=" + chr(34) + "nav-link" + chr(34))}</li>' for t, h in S.get("header_links", []))
    return (head(S, title, canonical, '<link rel="stylesheet" href="/assets/bootstrap.min.css">') +
            f'<body>\n<div class="bg-dark text-white small"><ul class="list-inline container mb-0">{top}</ul></div>\n'
            f'<div class="container d-flex align-items-center py-2"><a class="navbar-brand" href="/">'
            f'<img src="/assets/logo.svg" alt="{esc(S["kname"])}" height="48"></a>{search_form(S, "d-flex ms-auto")}'
            f'<ul class="nav ms-3">{hdr}</ul></div>\n'
            f'<nav class="navbar navbar-expand-lg navbar-light bg-light"><div class="container">'
            f'<button class="navbar-toggler" type="button" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>'
            f'<div class="collapse navbar-collapse"><ul class="navbar-nav">{nav}</ul></div></div></nav>\n'
            f'<main class="container">\n{main}\n</main>\n'
            f'<footer class="bg-secondary text-white py-4"><div class="container">{footer_lines(S)}{S.get("footer_extra", "")}</div></footer>\n'
            f'{COOKIE.format(cls="alert alert-info fixed-bottom", href=S.get("prefix", "/") + S["kakor"])}\n{SCRIPT}\n</body>\n</html>\n')


# ---------------------------------------------------------------- drupal
def drupal(S, title, main, canonical=None, front=False):
    c = dict(item="article", news="node node--type-news node--view-mode-teaser", date="field--name-created", h3="h3",
             sec="div", box="block block-views")
    if front:
        main = front_main(S, c, main)
    top = "".join(f'<li class="menu-item">{a(h, t)}</li>' for t, h in topbar_links(S))
    nav = "".join(
        f'<li class="menu-item menu-item--expanded">{a(href, label)}'
        f'<ul class="menu">{"".join("<li class=" + chr(34) + "menu-item" + chr(34) + ">" + a(h, t) + "</li>" for t, h in subs)}</ul></li>'
        for label, href, subs in S["menu"])
    hdr = "".join(f'<li class="menu-item">{a(h, t)}</li>' for t, h in S.get("header_links", []))
    return (head(S, title, canonical, '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_x1y2z3.css">') +
            f'<body class="path-frontpage">\n<a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>\n'
            f'<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n'
            f'<header role="banner" class="region region-header"><nav role="navigation" aria-label="Verktyg" class="block block-menu menu--tools">'
            f'<ul class="menu">{top}</ul></nav>'
            f'<div class="block block-system-branding-block"><a href="/" rel="home"><img src="/themes/custom/kommun/logo.svg" alt="{esc(S["kname"])}"></a></div>'
            f'<div class="block block-search">{search_form(S, "search-block-form")}</div>'
            f'<ul class="menu menu--header">{hdr}</ul></header>\n'
            f'<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-main-menu" class="block block-menu menu--main">'
            f'<h2 class="visually-hidden" id="block-main-menu">Huvudmeny</h2><ul class="menu">{nav}</ul></nav></div>\n'
            f'<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content"><div id="block-system-main-block">\n{main}\n</div></div></main>\n'
            f'<footer role="contentinfo" class="site-footer"><div class="region region-footer">{footer_lines(S)}{S.get("footer_extra", "")}</div></footer>\n'
            f'</div>\n{COOKIE.format(cls="eu-cookie-compliance-banner", href=S.get("prefix", "/") + S["kakor"])}\n{SCRIPT}\n</body>\n</html>\n')


# ---------------------------------------------------------------- ARIA roles only (divs, meaningless classes)
def aria(S, title, main, canonical=None, front=False):
    c = dict(item="div", news="k7", date="k8", h3="h3", sec="div", box="k5")
    if front:
        main = front_main(S, c, main)
    top = "".join(f'<span class="t1">{a(h, t)}</span>' for t, h in topbar_links(S))
    nav = []
    for i, (label, href, subs) in enumerate(S["menu"]):
        cols = [subs[k:k + 9] for k in range(0, len(subs), 9)]
        colhtml = "".join(f'<div class="m4" role="group">{"".join(a(h, t) for t, h in col)}</div>' for col in cols)
        nav.append(f'<div class="m1" role="none">{a(href, label, " role=" + chr(34) + "menuitem" + chr(34))}'
                   f'<div class="m2" id="p{i}" aria-hidden="true">{colhtml}</div></div>')
    hdr = "".join(f'<span class="t2">{a(h, t)}</span>' for t, h in S.get("header_links", []))
    return (head(S, title, canonical, '<link rel="stylesheet" href="/util/css/site.min.css">') +
            f'<body>\n<div class="w0">\n<div class="w1" role="banner"><div class="t0">{top}{hdr}</div>'
            f'<div class="l0"><a href="/"><img src="/util/img/logo.png" alt="{esc(S["kname"])}"></a></div>'
            f'<div class="s0">{search_form(S, "s1")}</div></div>\n'
            f'<div class="n0" role="navigation" aria-label="Huvudmeny"><div class="n1" role="menubar">{"".join(nav)}</div></div>\n'
            f'<div class="c0" role="main">\n{main}\n</div>\n'
            f'<div class="f0" role="contentinfo">{footer_lines(S)}{S.get("footer_extra", "")}</div>\n</div>\n'
            f'{COOKIE.format(cls="cc0", href=S.get("prefix", "/") + S["kakor"])}\n{SCRIPT}\n</body>\n</html>\n')


# ---------------------------------------------------------------- semantic (HTML5 landmarks)
def semantic(S, title, main, canonical=None, front=False):
    c = dict(item="article", news="teaser", date="date", h3="h3", sec="section", box="block")
    if front:
        main = front_main(S, c, main)
    p = S.get("prefix", "/")
    top = "".join(f'<li>{a(h, t)}</li>' for t, h in topbar_links(S))
    nav = "".join(f'<li>{a(href, label)}<ul hidden>{"".join("<li>" + a(h, t) + "</li>" for t, h in subs)}</ul></li>'
                  for label, href, subs in S["menu"])
    return (head(S, title, canonical) +
            f'<body>\n<header><ul class="topbar">{top}</ul><a class="logo" href="{p}"><img src="{p}logo.svg" alt="{esc(S["kname"])}"></a>'
            f'{search_form(S)}<nav aria-label="Huvudmeny"><ul>{nav}</ul></nav></header>\n'
            f'<main>\n{main}\n</main>\n<footer>{footer_lines(S)}{S.get("footer_extra", "")}</footer>\n'
            f'{COOKIE.format(cls="cookie", href=p + S["kakor"])}\n{SCRIPT}\n</body>\n</html>\n')


FAMILIES = {"sitevision": sitevision, "municipio": municipio, "table": table, "custom": custom,
            "bootstrap": bootstrap, "drupal": drupal, "aria": aria, "semantic": semantic}
