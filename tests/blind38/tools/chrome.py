"""Markup families for the blind38 corpus (typing aid only; the HTML files are the corpus).

render(site, page) -> HTML text. ``site`` is a dict from build_sites.py; ``page`` has
path, title, h1 (None on the front page), body (inner HTML of the main content).
"""
from __future__ import annotations

from html import escape

TOPBAR = [("Lyssna", "#lyssna"), ("Lättläst", "#lattlast"), ("In English", "#english")]


def _sub(items, cls="sub"):
    if not items:
        return ""
    lis = "".join(f'<li><a href="{h}">{escape(t)}</a></li>' for t, h in items)
    return f'<ul class="{cls}">{lis}</ul>'


def _front_main(s):
    cards = "".join(
        f'<li class="card"><a href="{h}"><span class="card-title">{escape(t)}</span></a></li>'
        for t, h in s["cards"])
    news = "".join(
        f'<article class="teaser"><h3><a href="{h}">{t}</a></h3><p class="date">{d}</p></article>'
        for t, h, d in s["news"])
    etj = "".join(f'<li><a href="{h}">{escape(t)}</a></li>' for t, h in s["etjanster"])
    return (
        f'<section class="hero"><h1>Välkommen till {escape(s["kommun"])}</h1>'
        f'<p>{s["hero_text"]}</p><ul class="shortcuts">{cards}</ul></section>\n'
        f'<section class="news"><h2>Nyheter</h2>{news}'
        f'<p><a href="/nyheter/">Alla nyheter</a></p></section>\n'
        f'<section class="etjanster"><h2>E-tjänster och blanketter</h2><ul>{etj}</ul></section>\n'
        f'<section class="events"><h2>Evenemang</h2><p>Sommarkonserter i parken varje torsdag i juli. '
        f'Höstmarknad på torget den första lördagen i oktober.</p></section>\n'
        f'<section class="drift"><h2>Driftinformation</h2><p>Inga aktuella störningar.</p></section>')


def _footer_inner(s):
    links = "".join(f'<li><a href="{h}">{escape(t)}</a></li>' for t, h in s["footer_links"])
    return (
        f'<div class="f-col"><h2>{escape(s["kommun_full"])}</h2>'
        f'<p>{escape(s["postadress"])}<br>Besöksadress: {escape(s["besok"])}</p>'
        f'<p>Växel: {s["vaxel"]}<br>E-post: {s["epost"]}</p><p>Org.nr {s["orgnr"]}</p></div>'
        f'<div class="f-col"><ul>{links}</ul></div>{s.get("footer_extra", "")}')


def _head(s, title, charset="utf-8", extra=""):
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{charset}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{escape(title)}</title>\n<link rel="canonical" href="__ORIGIN__/">\n'
            f'<style>body{{font-family:sans-serif;margin:0}}.hidden{{display:none}}</style>\n{extra}</head>\n')


def _main_inner(s, page):
    if page["h1"] is None:
        return _front_main(s)
    return f'<h1>{page["h1"]}</h1>\n{page["body"]}'


def _search_form(path, param):
    return (f'<form action="{path}" method="get" role="search"><label for="q">Sök på webbplatsen</label>'
            f'<input id="q" name="{param}" type="search"><button type="submit">Sök</button></form>')


def semantic(s, page):
    nav = "".join(f'<li><a href="{h}">{escape(t)}</a>{_sub(sub)}</li>' for t, h, sub in s["nav"])
    top = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in TOPBAR + s.get("topbar", []))
    return (_head(s, page["title"]) + '<body>\n<header class="site-header">\n'
            f'<ul class="topbar">{top}</ul>\n'
            f'<a class="logo" href="/"><img src="/logo.svg" alt="{escape(s["kommun_full"])}"></a>\n'
            f'{_search_form(s["search_path"], s["search_param"])}\n</header>\n'
            f'<nav class="primary" aria-label="Huvudmeny"><ul>{nav}</ul></nav>\n'
            f'<main id="content">\n{_main_inner(s, page)}\n</main>\n'
            f'<footer class="site-footer">{_footer_inner(s)}</footer>\n</body>\n</html>\n')


def sitevision(s, page):
    items, panels = [], []
    for i, (t, h, sub) in enumerate(s["nav"]):
        items.append(f'<li class="sv-mm-item"><a href="{h}" aria-controls="mm{i}" aria-expanded="false">{escape(t)}</a></li>')
        cols = s.get("mega", {}).get(t)
        if cols:
            colhtml = "".join(f'<div class="sv-column-4"><h3 class="sv-mm-heading">{escape(ct)}</h3>{_sub(ci, "sv-mm-links")}</div>'
                              for ct, ci in cols)
        else:
            colhtml = f'<div class="sv-column-4">{_sub(sub, "sv-mm-links")}</div>'
        panels.append(f'<div id="mm{i}" class="sv-mm-panel sv-layout" hidden>{colhtml}</div>')
    top = "".join(f'<a class="sv-tb-link" href="{h}">{t}</a> ' for t, h in TOPBAR + s.get("topbar", []))
    return (_head(s, page["title"], extra='<link rel="stylesheet" href="/sitevision/system-resource/css/sv.css">\n')
            + '<body>\n<div class="sv-layout sv-skip-spacer" id="svid10_1">\n'
            f'<div class="sv-layout header-top sv-portlet">{top}</div>\n'
            f'<div class="sv-layout header sv-portlet"><a class="sv-logo" href="/"><img src="/sitevision/logo.png" alt="{escape(s["kommun_full"])} logotyp"></a>'
            f'<div class="sv-searchform-portlet sv-portlet">{_search_form(s["search_path"], s["search_param"])}</div></div>\n'
            f'<div class="sv-layout megamenu sv-portlet"><ul class="sv-mm">{"".join(items)}</ul>{"".join(panels)}</div>\n'
            f'<div class="sv-layout sv-main pagecontent">\n{_main_inner(s, page)}\n</div>\n'
            f'<div class="sv-layout sv-footer sv-portlet">{_footer_inner(s)}</div>\n</div>\n</body>\n</html>\n')


def episerver(s, page):
    nav = "".join(f'<li class="MainMenu__item"><a class="MainMenu__link" href="{h}">{escape(t)}</a>'
                  f'{_sub(sub, "MainMenu__sub")}</li>' for t, h, sub in s["nav"])
    top = "".join(f'<a class="ServiceMenu__link" href="{h}">{t}</a>' for t, h in TOPBAR + s.get("topbar", []))
    return (_head(s, page["title"]) + '<body class="StartPage">\n<div id="root">\n'
            f'<header class="Header"><div class="ServiceMenu">{top}</div>'
            f'<a class="Header__logo" href="/"><img src="/globalassets/logo.svg" alt="{escape(s["kommun_full"])}"></a>'
            f'<div class="Header__search">{_search_form(s["search_path"], s["search_param"])}</div></header>\n'
            f'<nav class="MainMenu" aria-label="Huvudnavigering"><ul class="MainMenu__list">{nav}</ul></nav>\n'
            f'<main class="MainContent">\n{_main_inner(s, page)}\n</main>\n'
            f'<footer class="Footer"><div class="Footer__inner">{_footer_inner(s)}</div></footer>\n</div>\n</body>\n</html>\n')


def municipio(s, page):
    nav = "".join(f'<li class="c-drawer__item"><a href="{h}">{escape(t)}</a>{_sub(sub, "c-drawer__sub")}</li>'
                  for t, h, sub in s["nav"])
    util = "".join(f'<a class="c-header__util" href="{h}">{t}</a>' for t, h in TOPBAR + s.get("topbar", []))
    return (_head(s, page["title"], extra='<link rel="stylesheet" href="/wp-content/themes/municipio/assets/dist/css/app.css">\n')
            + '<body class="wp-theme-municipio">\n'
            f'<header class="c-header" id="site-header"><div class="c-header__utils">{util}</div>'
            f'<a class="c-header__logo" href="/"><img src="/wp-content/uploads/logo.svg" alt="{escape(s["kommun_full"])}"></a>'
            f'<div class="c-header__search">{_search_form(s["search_path"], s["search_param"])}</div>'
            '<button class="c-button js-drawer-toggle" aria-controls="drawer" aria-expanded="false">Meny</button></header>\n'
            f'<div id="drawer" class="c-drawer" hidden><nav aria-label="Meny"><ul class="c-drawer__list">{nav}</ul></nav></div>\n'
            f'<main id="main-content" class="o-container">\n{_main_inner(s, page)}\n</main>\n'
            f'<footer class="c-footer">{_footer_inner(s)}</footer>\n'
            '<script>document.querySelector(".js-drawer-toggle").addEventListener("click",function(){'
            'var d=document.getElementById("drawer");d.hidden=!d.hidden;});</script>\n</body>\n</html>\n')


def bootstrap(s, page):
    nav = []
    for i, (t, h, sub) in enumerate(s["nav"]):
        if sub:
            dd = "".join(f'<li><a class="dropdown-item" href="{sh}">{escape(st)}</a></li>' for st, sh in sub)
            nav.append(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{h}" data-bs-toggle="dropdown" '
                       f'id="dd{i}">{escape(t)}</a><ul class="dropdown-menu" aria-labelledby="dd{i}">{dd}</ul></li>')
        else:
            nav.append(f'<li class="nav-item"><a class="nav-link" href="{h}">{escape(t)}</a></li>')
    top = "".join(f'<a class="link-light me-3" href="{h}">{t}</a>' for t, h in TOPBAR + s.get("topbar", []))
    form = _search_form(s["search_path"], s["search_param"]).replace("<form ", '<form class="d-flex" ')
    return (_head(s, page["title"], extra='<link rel="stylesheet" href="/css/bootstrap.min.css">\n') + '<body>\n'
            f'<div class="bg-dark py-1 small"><div class="container">{top}</div></div>\n'
            '<nav class="navbar navbar-expand-lg navbar-light bg-light"><div class="container">'
            f'<a class="navbar-brand" href="/"><img src="/img/logo.png" alt="{escape(s["kommun_full"])}" height="40"></a>'
            '<button class="navbar-toggler" data-bs-toggle="collapse" data-bs-target="#nb" aria-label="Visa meny">'
            '<span class="navbar-toggler-icon"></span></button>'
            f'<div class="collapse navbar-collapse" id="nb"><ul class="navbar-nav me-auto">{"".join(nav)}</ul>'
            f'{form}</div></div></nav>\n'
            f'<div class="container my-4" id="innehall">\n{_main_inner(s, page)}\n</div>\n'
            f'<footer class="bg-dark text-light py-4"><div class="container"><div class="row">{_footer_inner(s)}</div></div></footer>\n'
            '</body>\n</html>\n')


def table(s, page):
    nav = "".join(f'<td class="menu"><a href="{h}"><font color="#ffffff"><b>{escape(t)}</b></font></a></td>'
                  for t, h, _sub_ in s["nav"])
    left = "".join(f'<a href="{sh}">{escape(st)}</a><br>' for _t, _h, sub in s["nav"] for st, sh in sub[:1])
    top = " | ".join(f'<a href="{h}"><font size="1">{t}</font></a>' for t, h in TOPBAR + s.get("topbar", []))
    body = _main_inner(s, page)
    return (_head(s, page["title"], charset="iso-8859-1") + '<body bgcolor="#ffffff">\n'
            '<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">\n'
            f'<tr><td colspan="2" align="right">{top}</td></tr>\n'
            f'<tr><td><a href="/"><img src="/bilder/logga.gif" alt="{escape(s["kommun_full"])}" border="0"></a></td>'
            f'<td align="right">{_search_form(s["search_path"], s["search_param"])}</td></tr>\n'
            f'<tr><td colspan="2" bgcolor="#00457c"><table cellpadding="6"><tr>{nav}</tr></table></td></tr>\n'
            f'<tr><td width="180" valign="top" bgcolor="#eef3f8"><font size="2">{left}</font></td>'
            f'<td valign="top"><font face="Verdana" size="2">\n{body}\n</font></td></tr>\n'
            f'<tr><td colspan="2" bgcolor="#dddddd"><font size="1">{_footer_inner(s)}</font></td></tr>\n'
            '</table>\n</body>\n</html>\n')


def soup(s, page):
    nav = "".join(f'<div class="n2"><a class="n3" href="{h}">{escape(t)}</a>'
                  f'<div class="n4">{"".join(f"<a class=n5 href={sh!r}>{escape(st)}</a>" for st, sh in sub)}</div></div>'
                  for t, h, sub in s["nav"])
    top = "".join(f'<a class="tb" href="{h}">{t}</a>' for t, h in TOPBAR + s.get("topbar", []))
    return (_head(s, page["title"]) + '<body>\n<div class="w0">\n'
            f'<div class="q1"><div class="q2">{top}</div><a class="q3" href="/"><img src="/img/l.png" alt="{escape(s["kommun_full"])}"></a>'
            f'<div class="q4">{_search_form(s["search_path"], s["search_param"])}</div></div>\n'
            f'<div class="n1">{nav}</div>\n'
            f'<div class="box7">\n{_main_inner(s, page)}\n</div>\n'
            f'<div class="zz">{_footer_inner(s)}</div>\n</div>\n</body>\n</html>\n')


def drupal(s, page):
    nav = "".join(f'<li class="menu-item menu-item--expanded"><a href="{h}">{escape(t)}</a>{_sub(sub, "menu")}</li>'
                  for t, h, sub in s["nav"])
    top = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in TOPBAR + s.get("topbar", []))
    return (_head(s, page["title"], extra='<link rel="stylesheet" href="/sites/default/files/css/css_x.css">\n')
            + '<body class="path-frontpage">\n<div class="dialog-off-canvas-main-canvas">\n'
            f'<div id="block-topbar" class="block block-menu"><ul class="menu">{top}</ul></div>\n'
            f'<div class="region region-header" role="banner"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/k/logo.svg" alt="Hem"></a>'
            f'<div class="site-name">{escape(s["kommun_full"])}</div>'
            f'<div class="block-search">{_search_form(s["search_path"], s["search_param"])}</div></div>\n'
            f'<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-main-menu"><h2 id="block-main-menu" class="visually-hidden">Huvudmeny</h2>'
            f'<ul class="menu">{nav}</ul></nav></div>\n'
            f'<main role="main"><div class="region region-content">\n{_main_inner(s, page)}\n</div></main>\n'
            f'<footer role="contentinfo"><div class="region region-footer">{_footer_inner(s)}</div></footer>\n</div>\n</body>\n</html>\n')


def xhtml(s, page):
    nav = "".join(f'<li><a href="{h}">{escape(t)}</a></li>' for t, h, _sub_ in s["nav"])
    top = " ".join(f'<a href="{h}">{t}</a>' for t, h in TOPBAR + s.get("topbar", []))
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv" lang="sv">\n'
            f'<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{escape(page["title"])}</title>'
            '<link rel="stylesheet" type="text/css" href="/css/screen.css" /></head>\n<body>\n<div id="wrapper">\n'
            f'<div id="header"><div id="accessibility">{top}</div><a href="/" id="logo"><img src="/images/vapen.gif" alt="{escape(s["kommun_full"])}" /></a>'
            f'<div id="search">{_search_form(s["search_path"], s["search_param"])}</div></div>\n'
            f'<div id="menu"><ul>{nav}</ul></div>\n'
            f'<div id="content">\n{_main_inner(s, page)}\n</div>\n'
            f'<div id="footer">{_footer_inner(s)}</div>\n</div>\n</body>\n</html>\n')


def webflow(s, page):
    nav = "".join(f'<div class="w-dropdown"><a class="nav-link w-nav-link" href="{h}">{escape(t)}</a>'
                  f'<nav class="w-dropdown-list">{"".join(f"<a class=w-dropdown-link href={sh!r}>{escape(st)}</a>" for st, sh in sub)}</nav></div>'
                  for t, h, sub in s["nav"])
    top = "".join(f'<a class="util-link" href="{h}">{t}</a>' for t, h in TOPBAR + s.get("topbar", []))
    return (_head(s, page["title"], extra='<link rel="stylesheet" href="/css/site.webflow.css">\n') + '<body>\n'
            f'<div class="util-bar">{top}</div>\n'
            f'<div class="navbar w-nav" data-collapse="medium" role="banner"><a class="brand w-nav-brand" href="/" aria-label="{escape(s["kommun_full"])} startsida">'
            f'<img src="/images/logo.svg" alt=""></a><nav class="nav-menu w-nav-menu" role="navigation">{nav}</nav>'
            f'<div class="search-wrap">{_search_form(s["search_path"], s["search_param"])}</div></div>\n'
            f'<div class="page-wrapper">\n{_main_inner(s, page)}\n</div>\n'
            f'<div class="footer-section"><div class="footer-grid">{_footer_inner(s)}</div></div>\n</body>\n</html>\n')


FAMILIES = {f.__name__: f for f in (semantic, sitevision, episerver, municipio, bootstrap, table, soup,
                                   drupal, xhtml, webflow)}
