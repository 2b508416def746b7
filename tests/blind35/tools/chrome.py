"""Markup families for the blind35 corpus (typing aid; the HTML files are the corpus).

Each family wraps a page's own content in a different site-wide chrome: header, top bar,
primary menu with sub-menus, footer. ``render(site, page)`` returns the full HTML text.
"""
from __future__ import annotations

from html import escape as e


def sub_href(site, area, sub):
    """A sub-menu item: its own page if the site has one, else an anchor on the area page."""
    special = site.get("sub_pages", {}).get((area["slug"], sub))
    if special:
        return special
    return f"{area['path']}#{anchor(sub)}"


def anchor(text: str) -> str:
    t = text.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), (" ", "-"), (",", ""), ("/", "-")):
        t = t.replace(a, b)
    return t


COOKIE = ('<div class="{cls}" id="cookie-consent"><p>Vi använder kakor för att webbplatsen ska fungera '
          'och för anonym besöksstatistik. <a href="{href}">Läs om kakor</a></p>'
          '<button type="button">Godkänn alla</button> <button type="button">Endast nödvändiga</button></div>')

SCRIPT = ("<script>document.documentElement.classList.add('js');"
          "document.querySelectorAll('[data-toggle]').forEach(function(b){b.addEventListener('click',function(){"
          "var t=document.getElementById(b.getAttribute('aria-controls'));if(t){t.hidden=!t.hidden;"
          "b.setAttribute('aria-expanded',String(!t.hidden));}});});</script>")


def head(site, page, css: str) -> str:
    return (f"<!DOCTYPE html>\n<html lang=\"{page.get('lang', 'sv')}\">\n<head>\n<meta charset=\"{site.get('charset', 'utf-8')}\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{e(page['title'])}</title>\n"
            f"<meta name=\"description\" content=\"{e(page.get('desc', site['org'] + 's webbplats'))}\">\n"
            f"<link rel=\"canonical\" href=\"__ORIGIN__{page['path']}\">\n<style>{css}</style>\n</head>\n")


def topbar_links(site):
    return site["topbar"]


def footer_cols(site):
    return site["footer"]


# --------------------------------------------------------------------------- semantic (9377)
def fam_semantic(site, page):
    css = ("body{font-family:Arial,sans-serif;margin:0}.site-header{background:#123;color:#fff}"
           ".main-nav ul ul{display:none}.main-nav li:hover ul{display:block}.site-footer{background:#eee}")
    out = [head(site, page, css), '<body class="page">\n<a class="skip" href="#main">Till huvudinnehållet</a>\n']
    out.append('<header class="site-header">\n<div class="utility-bar"><ul>')
    for t, h in site["topbar"]:
        out.append(f'<li><a href="{h}">{e(t)}</a></li>')
    out.append('</ul></div>\n<div class="brand-row">')
    out.append(f'<a class="brand" href="/"><img src="/static/logo.svg" alt="{e(site["org"])}, till startsidan" width="180" height="48"></a>')
    out.append('<form class="site-search" role="search" action="/sok/" method="get"><label for="q">Sök på webbplatsen</label>'
               '<input id="q" name="q" type="search"><button>Sök</button></form>')
    for t, h, cls in site.get("header_links", []):
        out.append(f'<a class="{cls}" href="{h}">{e(t)}</a>')
    out.append('</div>\n</header>\n<nav class="main-nav" aria-label="Huvudmeny">\n<ul class="main-nav__list">')
    for a in site["areas"]:
        out.append(f'<li class="main-nav__item"><a href="{a["path"]}">{e(a["title"])}</a>\n<ul class="main-nav__sub">')
        for s in a["subs"]:
            out.append(f'<li><a href="{sub_href(site, a, s)}">{e(s)}</a></li>')
        out.append('</ul></li>')
    out.append('</ul>\n</nav>\n')
    out.append(f'<main id="main" class="content">\n{page["body"]}\n</main>\n')
    out.append('<footer class="site-footer">\n<div class="site-footer__cols">')
    for title, html in site["footer"]:
        out.append(f'<section class="site-footer__col"><h2>{e(title)}</h2>{html}</section>')
    out.append('</div>\n</footer>\n')
    out.append(COOKIE.format(cls="cookie-banner", href=site["cookie_href"]))
    out.append(SCRIPT + '\n</body>\n</html>\n')
    return "\n".join(out)


# --------------------------------------------------------------------------- sitevision (9378)
def fam_sitevision(site, page):
    css = (".sv-layout{box-sizing:border-box}.sv-grid-main{max-width:1200px;margin:auto}"
           ".mega-panel[hidden]{display:none}.sv-text-portlet{margin:0 0 1em}")
    out = [head(site, page, css), '<body class="sv-responsive">\n<div class="sv-layout" id="svid10_1">\n']
    out.append('<header class="sv-layout lp-header" id="svid12_2"><div class="sv-grid-main">')
    out.append('<div class="sv-portlet sv-html-portlet lp-toolbar"><ul class="lp-toolbar__list">')
    for t, h in site["topbar"]:
        out.append(f'<li><a href="{h}">{e(t)}</a></li>')
    out.append('</ul></div>')
    out.append(f'<div class="sv-portlet sv-image-portlet lp-logo"><a href="/"><img class="sv-noborder" alt="{e(site["org"])}" src="/images/18.4f2c1/logo.svg"></a></div>')
    out.append('<div class="sv-portlet sv-searchform-portlet"><form action="/sok/" method="get" class="sv-searchform">'
               '<label class="sv-visuallyhidden" for="search1">Sök</label><input id="search1" name="q" type="text" placeholder="Vad letar du efter?">'
               '<button type="submit">Sök</button></form></div>')
    for t, h, cls in site.get("header_links", []):
        out.append(f'<div class="sv-portlet sv-html-portlet {cls}"><a href="{h}">{e(t)}</a></div>')
    out.append('</div></header>')
    out.append('<div class="sv-layout lp-megamenu" id="svid12_3"><ul class="lp-megamenu__top">')
    for i, a in enumerate(site["areas"]):
        out.append(f'<li class="lp-megamenu__item"><button type="button" class="lp-megamenu__btn" data-toggle aria-expanded="false" aria-controls="mega{i}">{e(a["title"])}</button>')
        out.append(f'<div class="mega-panel" id="mega{i}" hidden><div class="mega-panel__inner">'
                   f'<a class="mega-panel__lead" href="{a["path"]}">Gå till {e(a["title"].lower())}</a>')
        cols = a.get("columns") or [(a["title"], a["subs"])]
        for ctitle, subs in cols:
            out.append(f'<div class="mega-panel__col"><h3 class="mega-panel__heading">{e(ctitle)}</h3><ul>')
            for s in subs:
                out.append(f'<li><a href="{sub_href(site, a, s)}">{e(s)}</a></li>')
            out.append('</ul></div>')
        out.append('</div></div></li>')
    out.append('</ul></div>')
    out.append(f'<div class="sv-layout sv-grid-main lp-content" id="svid10_4">\n{page["body"]}\n</div>')
    out.append('<div class="sv-layout lp-footer" id="svid12_9"><div class="sv-grid-main sv-row">')
    for title, html in site["footer"]:
        out.append(f'<div class="sv-column-4 sv-portlet sv-text-portlet"><h2 class="subheading">{e(title)}</h2>{html}</div>')
    out.append('</div></div>')
    out.append(COOKIE.format(cls="sv-cookie-consent-banner", href=site["cookie_href"]))
    out.append('</div>\n' + SCRIPT + '\n</body>\n</html>\n')
    return "\n".join(out)


# --------------------------------------------------------------------------- bootstrap (9379)
def fam_bootstrap(site, page):
    css = ".dropdown-menu{display:none}.dropdown:hover .dropdown-menu{display:block}.navbar{background:#06485e}"
    out = [head(site, page, css), '<body>\n<div class="bg-light border-bottom small"><div class="container d-flex justify-content-end">']
    for t, h in site["topbar"]:
        out.append(f'<a class="px-2 link-secondary" href="{h}">{e(t)}</a>')
    out.append('</div></div>\n<header class="container py-3 d-flex align-items-center">')
    out.append(f'<a class="navbar-brand me-auto" href="/"><img src="/assets/img/logo.png" alt="{e(site["org"])}" height="52"></a>')
    out.append('<form class="d-flex" action="/sok/" method="get" role="search"><input class="form-control me-2" type="search" name="q" aria-label="Sök">'
               '<button class="btn btn-outline-primary" type="submit">Sök</button></form></header>')
    out.append('<nav class="navbar navbar-expand-lg navbar-dark"><div class="container">'
               '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-label="Visa meny">'
               '<span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav">')
    for a in site["areas"]:
        if not a["subs"]:
            out.append(f'<li class="nav-item"><a class="nav-link" href="{a["path"]}">{e(a["title"])}</a></li>')
            continue
        out.append(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{a["path"]}" role="button" data-bs-toggle="dropdown" aria-expanded="false">{e(a["title"])}</a>'
                   '<ul class="dropdown-menu">')
        for s in a["subs"]:
            out.append(f'<li><a class="dropdown-item" href="{sub_href(site, a, s)}">{e(s)}</a></li>')
        out.append('</ul></li>')
    out.append('</ul></div></div></nav>')
    out.append(f'<main class="container my-4">\n{page["body"]}\n</main>')
    out.append('<footer class="bg-dark text-white py-5"><div class="container"><div class="row">')
    for title, html in site["footer"]:
        out.append(f'<div class="col-md-3"><h2 class="h5">{e(title)}</h2>{html}</div>')
    out.append('</div></div></footer>')
    out.append(COOKIE.format(cls="alert alert-info fixed-bottom", href=site["cookie_href"]))
    out.append(SCRIPT + '\n</body>\n</html>\n')
    return "\n".join(out)


# --------------------------------------------------------------------------- soup (9380): no landmarks
def fam_soup(site, page):
    css = ".hd{background:#0b4f6c}.m1{display:none}.m0>li:hover .m1{display:block}.ft{background:#dde}"
    out = [head(site, page, css), '<body>\n<div class="wr">\n<div class="hd">\n<div class="tb">']
    for t, h in site["topbar"]:
        out.append(f'<span class="tbi"><a href="{h}">{e(t)}</a></span>')
    out.append('</div>')
    out.append(f'<div class="lg"><a href="/"><img src="/gfx/vapen.png" alt="{e(site["org"])} – startsida"></a></div>')
    out.append('<div class="sr"><form action="/sok/" method="get"><input name="q" title="Sök"><input type="submit" value="Sök"></form></div>')
    for t, h, cls in site.get("header_links", []):
        out.append(f'<div class="{cls}"><a href="{h}">{e(t)}</a></div>')
    out.append('</div>\n<div class="mn"><ul class="m0">')
    for a in site["areas"]:
        out.append(f'<li><a href="{a["path"]}">{e(a["title"])}</a><ul class="m1">')
        for s in a["subs"]:
            out.append(f'<li><a href="{sub_href(site, a, s)}">{e(s)}</a></li>')
        out.append('</ul></li>')
    out.append('</ul></div>')
    out.append(f'<div class="ct">\n{page["body"]}\n</div>')
    out.append('<div class="ft">')
    for title, html in site["footer"]:
        out.append(f'<div class="fc"><div class="fh">{e(title)}</div>{html}</div>')
    out.append('</div>\n</div>')
    out.append(COOKIE.format(cls="ck", href=site["cookie_href"]))
    out.append(SCRIPT + '\n</body>\n</html>\n')
    return "\n".join(out)


# --------------------------------------------------------------------------- aria (9381): roles only
def fam_aria(site, page):
    css = ".menu-sub{display:none}.menu-top>div:focus-within .menu-sub{display:block}"
    out = [head(site, page, css), '<body>\n<div class="app">']
    out.append('<div role="banner" class="banner"><div class="banner-tools">')
    for t, h in site["topbar"]:
        out.append(f'<a class="tool" href="{h}">{e(t)}</a>')
    out.append('</div>')
    out.append(f'<a class="banner-logo" href="{site.get("home", "/")}"><img src="/media/logo.svg" alt="{e(page.get("org", site["org"]))}"></a>')
    out.append(f'<div role="search"><form action="/sok/" method="get"><input name="q" aria-label="{e(page.get("search_label", "Sök"))}"><button>{e(page.get("search_btn", "Sök"))}</button></form></div>')
    out.append('</div>')
    out.append(f'<div role="navigation" aria-label="{e(page.get("nav_label", "Huvudmeny"))}" class="menu"><div class="menu-top">')
    for a in page.get("areas", site["areas"]):
        out.append(f'<div class="menu-entry"><a class="menu-link" href="{a["path"]}">{e(a["title"])}</a>')
        if a["subs"]:
            out.append('<div class="menu-sub" role="group">')
            for s in a["subs"]:
                out.append(f'<a href="{sub_href(site, a, s)}">{e(s)}</a>')
            out.append('</div>')
        out.append('</div>')
    out.append('</div></div>')
    out.append(f'<div role="main" class="main-area">\n{page["body"]}\n</div>')
    out.append('<div role="contentinfo" class="foot">')
    for title, html in page.get("footer", site["footer"]):
        out.append(f'<div class="foot-col"><p class="foot-h">{e(title)}</p>{html}</div>')
    out.append('</div>\n</div>')
    out.append(COOKIE.format(cls="consent", href=site["cookie_href"]))
    out.append(SCRIPT + '\n</body>\n</html>\n')
    return "\n".join(out)


# --------------------------------------------------------------------------- municipio (9382): drawer
def fam_municipio(site, page):
    css = ".c-drawer[hidden]{display:none}.c-navbar{display:flex}"
    out = [head(site, page, css), '<body class="wp-singular page-template-default municipio">\n']
    out.append('<header class="site-header c-header c-header--business">')
    out.append('<div class="c-header__top">')
    for t, h in site["topbar"]:
        out.append(f'<a class="c-button c-button--basic" href="{h}">{e(t)}</a>')
    out.append('</div><div class="c-header__main">')
    out.append(f'<a class="c-header__logo" href="/"><img src="/wp-content/uploads/logo.svg" alt="{e(site["org"])}"></a>')
    out.append('<form class="c-search" action="/" method="get"><input type="search" name="s" aria-label="Sök på webbplatsen" placeholder="Sök..."><button class="c-button">Sök</button></form>')
    out.append('<button type="button" class="c-button c-button--menu js-trigger-drawer" data-toggle aria-controls="drawer" aria-expanded="false">Meny</button>')
    out.append('</div></header>')
    out.append('<div class="c-drawer" id="drawer" hidden><nav aria-label="Huvudmeny"><ul class="c-nav c-nav--drawer">')
    for a in site["areas"]:
        out.append(f'<li class="c-nav__item has-children"><a class="c-nav__link" href="{a["path"]}">{e(a["title"])}</a><ul class="c-nav__sub">')
        for s in a["subs"]:
            out.append(f'<li class="c-nav__item"><a class="c-nav__link" href="{sub_href(site, a, s)}">{e(s)}</a></li>')
        out.append('</ul></li>')
    out.append('</ul></nav></div>')
    out.append(f'<main id="main-content" class="o-container">\n{page["body"]}\n</main>')
    out.append('<footer class="site-footer c-footer"><div class="o-grid">')
    for title, html in site["footer"]:
        out.append(f'<div class="o-grid-3 widget widget_text"><h2 class="widget-title">{e(title)}</h2><div class="textwidget">{html}</div></div>')
    out.append('</div></footer>')
    out.append(COOKIE.format(cls="cookie-consent c-notice", href=site["cookie_href"]))
    out.append(SCRIPT + '\n</body>\n</html>\n')
    return "\n".join(out)


# --------------------------------------------------------------------------- tailwind (9383)
def fam_tailwind(site, page):
    css = ".hidden{display:none}.group:hover .group-hover\\:block{display:block}"
    out = [head(site, page, css), '<body class="bg-white text-slate-900 antialiased">\n<div class="min-h-screen flex flex-col">']
    out.append('<div class="bg-slate-100 text-sm"><div class="mx-auto max-w-7xl px-4 flex justify-end gap-4 py-1">')
    for t, h in site["topbar"]:
        out.append(f'<a class="hover:underline" href="{h}">{e(t)}</a>')
    out.append('</div></div>')
    out.append('<div class="bg-emerald-900 text-white"><div class="mx-auto max-w-7xl px-4 py-4 flex items-center gap-8">')
    out.append(f'<a href="/" class="shrink-0"><img src="/dist/logo.svg" alt="{e(site["org"])}" class="h-12"></a>')
    out.append('<div class="flex flex-wrap gap-6 text-lg font-semibold">')
    for a in site["areas"]:
        out.append(f'<div class="relative group"><a class="hover:text-emerald-200" href="{a["path"]}">{e(a["title"])}</a>')
        if a["subs"]:
            out.append('<div class="absolute hidden group-hover:block bg-white text-slate-900 shadow-lg p-4 w-64"><div class="flex flex-col gap-2 text-base font-normal">')
            for s in a["subs"]:
                out.append(f'<a class="hover:underline" href="{sub_href(site, a, s)}">{e(s)}</a>')
            out.append('</div></div>')
        out.append('</div>')
    out.append('</div>')
    out.append('<form action="/sok/" method="get" class="ml-auto flex"><input name="q" class="rounded-l px-3 py-2 text-slate-900" placeholder="Sök"><button class="rounded-r bg-emerald-600 px-4">Sök</button></form>')
    out.append('</div></div>')
    out.append(f'<div class="mx-auto max-w-7xl px-4 py-8 flex-1 w-full">\n{page["body"]}\n</div>')
    out.append('<div class="bg-slate-800 text-slate-100"><div class="mx-auto max-w-7xl px-4 py-10 grid grid-cols-1 md:grid-cols-4 gap-8">')
    for title, html in site["footer"]:
        out.append(f'<div><p class="font-bold mb-2">{e(title)}</p>{html}</div>')
    out.append('</div></div>\n</div>')
    out.append(COOKIE.format(cls="fixed bottom-0 inset-x-0 bg-white p-4 shadow", href=site["cookie_href"]))
    out.append(SCRIPT + '\n</body>\n</html>\n')
    return "\n".join(out)


# --------------------------------------------------------------------------- table (9384), ISO-8859-1
def fam_table(site, page):
    out = [head(site, page, "td{font-family:Verdana,sans-serif;font-size:12px}.sub{display:none}"),
           '<body bgcolor="#ffffff" leftmargin="0" topmargin="0">\n<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">']
    out.append('<tr><td colspan="2" bgcolor="#7a1f1f" align="right"><font color="#ffffff" size="1">')
    out.append(" | ".join(f'<a href="{h}"><font color="#ffffff">{e(t)}</font></a>' for t, h in site["topbar"]))
    out.append('</font></td></tr>')
    out.append(f'<tr><td width="300"><a href="/index.asp"><img src="/bilder/logo.gif" alt="{e(site["org"])}" border="0" width="280" height="70"></a></td>'
               '<td align="right"><form action="/sok/" method="get"><input type="text" name="q" size="24" title="Sök"> <input type="submit" value="Sök"></form>')
    for t, h, cls in site.get("header_links", []):
        out.append(f'<a class="{cls}" href="{h}"><b>{e(t)}</b></a>')
    out.append('</td></tr>')
    out.append('<tr><td colspan="2" bgcolor="#eeeeee"><table border="0" cellpadding="6" cellspacing="0"><tr>')
    for a in site["areas"]:
        out.append(f'<td valign="top"><a href="{a["path"]}"><b>{e(a["title"])}</b></a><div class="sub">')
        out.append("<br>".join(f'<a href="{sub_href(site, a, s)}">{e(s)}</a>' for s in a["subs"]))
        out.append('</div></td>')
    out.append('</tr></table></td></tr>')
    out.append(f'<tr><td colspan="2" valign="top" style="padding:12px">\n{page["body"]}\n</td></tr>')
    out.append('<tr><td colspan="2" bgcolor="#dddddd"><table width="100%" cellpadding="8"><tr>')
    for title, html in site["footer"]:
        out.append(f'<td valign="top" width="25%"><font size="2"><b>{e(title)}</b><br>{html}</font></td>')
    out.append('</tr></table></td></tr>\n</table>')
    out.append(COOKIE.format(cls="cookies", href=site["cookie_href"]))
    out.append(SCRIPT + '\n</body>\n</html>\n')
    return "\n".join(out)


# --------------------------------------------------------------------------- episerver (9385)
def fam_episerver(site, page):
    css = ".MainMenu__sub{display:none}.MainMenu__item--open .MainMenu__sub{display:block}"
    out = [head(site, page, css), '<body class="Page Page--standard">\n<div id="root" data-epi-page-id="1042">']
    out.append('<header class="Header"><div class="Header__inner">')
    out.append(f'<a class="Header__logo" href="/"><img src="/globalassets/logo.svg" alt="{e(site["org"])}"></a>')
    out.append('<ul class="Header__tools">')
    for t, h in site["topbar"]:
        out.append(f'<li class="Header__tool"><a href="{h}">{e(t)}</a></li>')
    out.append('</ul>')
    out.append('<form class="Header__search" action="/sok/" method="get"><input class="Header__input" name="q" aria-label="Sök"><button class="Header__button">Sök</button></form>')
    out.append('</div></header>')
    out.append('<nav class="MainMenu" aria-label="Huvudnavigering"><ul class="MainMenu__list">')
    for a in site["areas"]:
        out.append(f'<li class="MainMenu__item"><a class="MainMenu__link" href="{a["path"]}">{e(a["title"])}</a>'
                   f'<button class="MainMenu__expand" type="button" aria-label="Visa undersidor till {e(a["title"])}"></button><ul class="MainMenu__sub">')
        for s in a["subs"]:
            out.append(f'<li><a class="MainMenu__sublink" href="{sub_href(site, a, s)}">{e(s)}</a></li>')
        out.append('</ul></li>')
    out.append('</ul></nav>')
    out.append(f'<main class="Page__main" id="content">\n{page["body"]}\n</main>')
    out.append('<footer class="Footer"><div class="Footer__grid">')
    for title, html in site["footer"]:
        out.append(f'<div class="Footer__block"><h2 class="Footer__heading">{e(title)}</h2>{html}</div>')
    out.append('</div></footer>\n</div>')
    out.append(COOKIE.format(cls="CookieBar", href=site["cookie_href"]))
    out.append(SCRIPT + '\n</body>\n</html>\n')
    return "\n".join(out)


# --------------------------------------------------------------------------- drupal (9386)
def fam_drupal(site, page):
    css = ".menu--main .menu .menu{display:none}.menu-item--expanded:hover>.menu{display:block}"
    out = [head(site, page, css), '<body class="path-node page-node-type-page">\n<a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>\n'
           '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n<div class="layout-container">']
    out.append('<header id="header" class="site-header" role="banner"><div class="region region-secondary-menu">'
               '<nav role="navigation" aria-labelledby="block-secondarymenu-menu" id="block-secondarymenu"><h2 class="visually-hidden" id="block-secondarymenu-menu">Genvägar</h2><ul class="menu menu--secondary">')
    for t, h in site["topbar"]:
        out.append(f'<li class="menu-item"><a href="{h}">{e(t)}</a></li>')
    out.append('</ul></nav></div><div class="region region-header">')
    out.append(f'<div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/fk/logo.svg" alt="Hem – {e(site["org"])}"></a></div>')
    out.append('<div class="search-block-form block block-search" role="search"><form action="/sok/" method="get"><input type="search" name="q" class="form-search" title="Ange sökord"><input type="submit" value="Sök" class="button"></form></div>')
    out.append('</div><div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation">'
               '<h2 class="visually-hidden" id="block-mainnavigation-menu">Huvudnavigering</h2><ul class="menu menu--main">')
    for a in site["areas"]:
        out.append(f'<li class="menu-item menu-item--expanded"><a href="{a["path"]}">{e(a["title"])}</a><ul class="menu">')
        for s in a["subs"]:
            out.append(f'<li class="menu-item"><a href="{sub_href(site, a, s)}">{e(s)}</a></li>')
        out.append('</ul></li>')
    out.append('</ul></nav></div></header>')
    out.append(f'<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">\n{page["body"]}\n</div></div></main>')
    out.append('<footer class="site-footer" role="contentinfo"><div class="region region-footer">')
    for i, (title, html) in enumerate(site["footer"]):
        out.append(f'<div id="block-footer{i}" class="block block-block-content"><h2>{e(title)}</h2><div class="field field--name-body">{html}</div></div>')
    out.append('</div></footer>\n</div>\n</div>')
    out.append(COOKIE.format(cls="eu-cookie-compliance-banner", href=site["cookie_href"]))
    out.append(SCRIPT + '\n</body>\n</html>\n')
    return "\n".join(out)


FAMILIES = {
    "semantic": fam_semantic, "sitevision": fam_sitevision, "bootstrap": fam_bootstrap, "soup": fam_soup,
    "aria": fam_aria, "municipio": fam_municipio, "tailwind": fam_tailwind, "table": fam_table,
    "episerver": fam_episerver, "drupal": fam_drupal,
}


def render(site, page) -> str:
    return FAMILIES[site["family"]](site, page)
