"""Markup families for the blind21 corpus (a typing aid; the generated files are the corpus).

Each family renders one whole page from the same content model:

    site:  dict with kommun, phone, email, address, postcode, orgnr, topbar, areas, footer_extra ...
    page:  dict with path, title, body (HTML of the page's own content), crumbs, front (bool)

Areas are (title, href, [(sub title, sub href), ...]).
"""
from __future__ import annotations

import html

esc = html.escape


def _cookie(site):
    return ('<div class="cookie-notice" id="cookie">Vi använder kakor (cookies) för att webbplatsen ska fungera och '
            f'för att förbättra den. <a href="{site["kakor"]}">Läs mer om kakor</a> '
            '<button type="button" onclick="this.parentNode.style.display=\'none\'">Jag förstår</button></div>')


def _search(site, cls="search", label="Sök på webbplatsen"):
    s = site["search"]
    return (f'<form class="{cls}" action="{s["path"]}" method="get" role="search">'
            f'<label for="q">{label}</label> <input id="q" type="search" name="{s["param"]}" '
            'placeholder="Vad letar du efter?"> <button type="submit">Sök</button></form>')


def _title(site, page):
    sep = site.get("title_sep", " - ")
    if page.get("front"):
        return f'{site["kommun"]} kommun'
    return f'{esc(page["title"])}{sep}{site["kommun"]} kommun'


def _head(site, page, css, charset="utf-8"):
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{charset}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{_title(site, page)}</title>\n'
            f'<link rel="canonical" href="__ORIGIN__{page["path"]}">\n<style>{css}</style>\n</head>\n')


def _logo_svg(site):
    return ('<svg width="40" height="40" viewBox="0 0 40 40" aria-hidden="true">'
            f'<circle cx="20" cy="20" r="18" fill="{site.get("color", "#1b5e8c")}"/></svg>')


def _crumbs(page, cls="breadcrumbs"):
    if page.get("front") or not page.get("crumbs"):
        return ""
    items = ['<a href="/">Startsida</a>'] + [f'<a href="{h}">{esc(t)}</a>' for t, h in page["crumbs"]]
    items.append(f'<span>{esc(page["title"])}</span>')
    return f'<div class="{cls}">' + " / ".join(items) + "</div>"


def _footer_lines(site):
    return (f'<p><strong>{site["kommun"]} kommun</strong><br>{site["address"]}<br>{site["postcode"]}</p>'
            f'<p>Växel: {site["phone"]}<br>E-post: <a href="mailto:{site["email"]}">{site["email"]}</a><br>'
            f'Org.nr: {site["orgnr"]}</p>')


def _footer_links(site):
    links = [("Tillgänglighetsredogörelse", site["tillg"]), ("Om kakor", site["kakor"]), *site.get("footer_links", [])]
    return "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in links)


def _script():
    return ('<script>document.querySelectorAll("[data-toggle]").forEach(function(b){b.addEventListener("click",'
            'function(){var t=document.getElementById(b.getAttribute("data-toggle"));if(t){t.hidden=!t.hidden;}});});'
            '</script>')


# ---------------------------------------------------------------- semantic (HTML5 landmarks)
CSS_SEM = ("body{font-family:Arial,sans-serif;margin:0}header{background:#fff;border-bottom:3px solid #1b5e8c}"
           ".topbar{background:#eef;font-size:.85em;padding:4px 12px}.topbar a{margin-right:12px}"
           "nav.primary>ul{display:flex;gap:18px;list-style:none}nav.primary ul ul{display:none}"
           "nav.primary li:hover>ul{display:block;position:absolute;background:#fff}"
           "main{max-width:960px;margin:auto;padding:12px}footer{background:#1b5e8c;color:#fff;padding:16px}"
           "footer a{color:#fff}.cookie-notice{background:#333;color:#fff;padding:8px}")


def semantic(site, page):
    nav = "".join(
        f'<li><a href="{h}">{esc(t)}</a><ul>' + "".join(f'<li><a href="{sh}">{esc(st)}</a></li>' for st, sh in subs)
        + "</ul></li>" for t, h, subs in site["areas"])
    top = "".join(f'<a href="{h}">{esc(t)}</a>' for t, h in site["topbar"])
    return (_head(site, page, CSS_SEM) + "<body>\n" + _cookie(site) +
            f'\n<header>\n<div class="topbar">{top}</div>\n<div class="brand"><a href="/" class="logo">'
            f'{_logo_svg(site)}<span>{site["kommun"]} kommun</span></a></div>\n{_search(site)}\n'
            f'<nav class="primary" aria-label="Huvudmeny"><ul>{nav}</ul></nav>\n</header>\n'
            f'<main id="content">\n{_crumbs(page)}\n{page["body"]}\n</main>\n'
            f'<footer>\n<div class="cols"><div>{_footer_lines(site)}</div>{site.get("footer_extra", "")}'
            f'<div><h2>Om webbplatsen</h2><ul>{_footer_links(site)}</ul></div></div>\n</footer>\n'
            + _script() + "\n</body>\n</html>\n")


# ---------------------------------------------------------------- soup (divs, meaningless classes)
CSS_SOUP = (".q1{background:#f4f4f4}.zz{display:flex;gap:20px}.zz .k2{display:none}.zz>div:hover .k2{display:block}"
            ".box7{padding:10px}.ft9{background:#263238;color:#eee;padding:14px}.ft9 a{color:#eee}"
            ".t0{font-size:.8em}.w3{max-width:980px;margin:auto}")


def soup(site, page):
    nav = "".join(
        f'<div class="x4"><a class="lnk" href="{h}">{esc(t)}</a><div class="k2">'
        + "".join(f'<div class="x5"><a href="{sh}">{esc(st)}</a></div>' for st, sh in subs)
        + "</div></div>" for t, h, subs in site["areas"])
    top = " | ".join(f'<a href="{h}">{esc(t)}</a>' for t, h in site["topbar"])
    return (_head(site, page, CSS_SOUP) + "<body>\n" + _cookie(site) +
            f'\n<div class="q1"><div class="t0">{top}</div>\n<div class="w3"><div class="lg"><a href="/">'
            f'{_logo_svg(site)} {site["kommun"]} kommun</a></div>{_search(site, "s8")}</div>\n'
            f'<div class="zz">{nav}</div></div>\n'
            f'<div class="w3 box7">\n{_crumbs(page, "bc1")}\n{page["body"]}\n</div>\n'
            f'<div class="ft9"><div class="w3">{_footer_lines(site)}{site.get("footer_extra", "")}'
            f'<ul class="t0">{_footer_links(site)}</ul></div></div>\n' + _script() + "\n</body>\n</html>\n")


# ---------------------------------------------------------------- municipio (WordPress, drawer menu)
CSS_MUN = (".c-header{display:flex;justify-content:space-between;padding:10px}.c-drawer{position:fixed;right:0;top:0}"
           ".c-drawer[aria-hidden=true]{display:none}.c-footer{background:#2b3a42;color:#fff;padding:18px}"
           ".c-footer a{color:#fff}.o-container{max-width:1000px;margin:auto}.c-card{border:1px solid #ddd}")


def municipio(site, page):
    nav = "".join(
        f'<li class="menu-item menu-item-has-children"><a href="{h}">{esc(t)}</a><ul class="sub-menu">'
        + "".join(f'<li class="menu-item"><a href="{sh}">{esc(st)}</a></li>' for st, sh in subs)
        + "</ul></li>" for t, h, subs in site["areas"])
    top = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in site["topbar"])
    return (_head(site, page, CSS_MUN) + '<body class="wp-theme-municipio">\n' + _cookie(site) +
            f'\n<header class="site-header c-header" id="site-header">\n<ul class="c-nav c-nav--tiles">{top}</ul>\n'
            f'<a href="/" class="c-header__logo">{_logo_svg(site)}<span class="u-sr__only">{site["kommun"]} kommun'
            f'</span></a>\n{_search(site, "c-search")}\n<button class="c-button" data-toggle="drawer" '
            'aria-controls="drawer">Meny</button>\n</header>\n'
            f'<div class="c-drawer" id="drawer" hidden aria-hidden="true"><nav aria-label="Meny">'
            f'<ul class="c-nav c-nav--drawer">{nav}</ul></nav></div>\n'
            f'<main id="main-content" class="o-container">\n{_crumbs(page, "c-breadcrumbs")}\n{page["body"]}\n'
            f'</main>\n<footer class="site-footer c-footer"><div class="o-container o-grid">'
            f'<div class="o-grid-4">{_footer_lines(site)}</div>{site.get("footer_extra", "")}'
            f'<div class="o-grid-4"><ul>{_footer_links(site)}</ul></div></div></footer>\n'
            + _script() + "\n</body>\n</html>\n")


# ---------------------------------------------------------------- episerver (Optimizely, ids and blocks)
CSS_EPI = ("#header{border-bottom:4px solid #7a1f3d}#topLinks a{margin:0 8px}#mainMenu>li{display:inline-block}"
           "#mainMenu .submenu{display:none}#mainMenu>li.open .submenu{display:block}"
           "#pageFooter{background:#7a1f3d;color:#fff}#pageFooter a{color:#fff}.block{margin:8px 0}")


def episerver(site, page):
    nav = "".join(
        f'<li class="menu-level1"><a href="{h}">{esc(t)}</a><button class="expand" aria-label="Visa undermeny för '
        f'{esc(t)}"></button><ul class="submenu">'
        + "".join(f'<li class="menu-level2"><a href="{sh}">{esc(st)}</a></li>' for st, sh in subs)
        + "</ul></li>" for t, h, subs in site["areas"])
    top = "".join(f'<a href="{h}">{esc(t)}</a>' for t, h in site["topbar"])
    return (_head(site, page, CSS_EPI) + "<body>\n" + _cookie(site) +
            f'\n<div id="header" role="banner"><div id="topLinks">{top}</div><div id="logo"><a href="/">'
            f'{_logo_svg(site)}<span>{site["kommun"]} kommun</span></a></div>{_search(site, "quicksearch")}</div>\n'
            f'<div id="navigation" role="navigation"><ul id="mainMenu">{nav}</ul></div>\n'
            f'<div id="mainContent" role="main">\n{_crumbs(page, "breadcrumb")}\n<div class="block-area">'
            f'{page["body"]}</div>\n</div>\n'
            f'<div id="pageFooter" role="contentinfo"><div class="footer-block">{_footer_lines(site)}</div>'
            f'{site.get("footer_extra", "")}<div class="footer-block"><ul>{_footer_links(site)}</ul></div></div>\n'
            + _script() + "\n</body>\n</html>\n")


# ---------------------------------------------------------------- sitevision (sv- portlets, mega-menu panels)
CSS_SV = (".sv-layout{box-sizing:border-box}.sv-mega-panel[hidden]{display:none}.sv-grid-main{max-width:1040px;"
          "margin:auto}.sv-text-portlet{margin:6px 0}.env-footer{background:#004d40;color:#fff}"
          ".env-footer a{color:#fff}")


def sitevision(site, page):
    tops = []
    for i, (t, h, subs) in enumerate(site["areas"]):
        cols = site.get("mega_cols", {}).get(t)
        if cols is None:
            cols = [(None, subs)]
        body = "".join(
            '<div class="sv-layout sv-column-4">' + (f'<h3 class="mega-heading">{esc(ch)}</h3>' if ch else "")
            + "<ul>" + "".join(f'<li><a href="{sh}">{esc(st)}</a></li>' for st, sh in items) + "</ul></div>"
            for ch, items in cols)
        tops.append(f'<li class="sv-mega-item"><a href="{h}">{esc(t)}</a><button class="sv-mega-toggle" '
                    f'aria-expanded="false" data-toggle="mega{i}" aria-label="Öppna {esc(t)}"></button>'
                    f'<div class="sv-mega-panel sv-layout" id="mega{i}" hidden><div class="sv-layout sv-row">'
                    f'<a class="mega-overview" href="{h}">Allt om {esc(t.lower())}</a>{body}</div></div></li>')
    top = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in site["topbar"])
    return (_head(site, page, CSS_SV) + '<body>\n<div class="sv-layout" id="svid10_1">\n' + _cookie(site) +
            f'\n<div class="sv-layout env-header" id="svid94_1"><div class="sv-horizontal sv-layout">'
            f'<ul class="env-list env-list--horizontal top-links">{top}</ul></div>'
            f'<div class="sv-image-portlet sv-portlet"><a href="/">{_logo_svg(site)}<span class="env-assistive-text">'
            f'{site["kommun"]} kommun, startsida</span></a></div><div class="sv-portlet sv-searchform-portlet">'
            f'{_search(site, "env-form")}</div>'
            f'<nav class="sv-layout sv-mega-menu" aria-label="Huvudmeny"><ul class="sv-mega-list">{"".join(tops)}'
            f'</ul></nav></div>\n'
            f'<div class="sv-layout sv-grid-main" id="svid10_2">\n{_crumbs(page, "sv-breadcrumbs")}\n'
            f'<div class="sv-text-portlet sv-portlet">{page["body"]}</div>\n</div>\n'
            f'<div class="sv-layout env-footer" id="svid94_9"><div class="sv-text-portlet sv-portlet">'
            f'{_footer_lines(site)}</div>{site.get("footer_extra", "")}<div class="sv-text-portlet sv-portlet">'
            f'<ul>{_footer_links(site)}</ul></div></div>\n</div>\n' + _script() + "\n</body>\n</html>\n")


# ---------------------------------------------------------------- drupal (regions, blocks, field items)
CSS_DRU = (".region-header{display:flex}.menu--main .menu .menu{display:none}.menu--main li:hover>.menu{display:block}"
           ".region-footer{background:#333;color:#fafafa}.region-footer a{color:#fafafa}.layout-container{margin:auto}")


def drupal(site, page):
    nav = "".join(
        f'<li class="menu-item menu-item--expanded"><a href="{h}">{esc(t)}</a><ul class="menu">'
        + "".join(f'<li class="menu-item"><a href="{sh}">{esc(st)}</a></li>' for st, sh in subs)
        + "</ul></li>" for t, h, subs in site["areas"])
    top = "".join(f'<li class="menu-item"><a href="{h}">{esc(t)}</a></li>' for t, h in site["topbar"])
    return (_head(site, page, CSS_DRU) + '<body class="path-node page-node-type-page">\n'
            '<a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>\n'
            + _cookie(site) +
            '\n<div class="dialog-off-canvas-main-canvas"><div class="layout-container">\n'
            f'<header role="banner"><div class="region region-secondary-menu"><nav class="menu--account">'
            f'<ul class="menu">{top}</ul></nav></div>'
            f'<div class="region region-header"><div class="block-system-branding-block"><a href="/" rel="home">'
            f'{_logo_svg(site)} {site["kommun"]} kommun</a></div><div class="block-search-form-block">'
            f'{_search(site, "search-block-form")}</div></div>'
            f'<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="main-menu" '
            f'class="menu--main"><h2 class="visually-hidden" id="main-menu">Huvudmeny</h2><ul class="menu">{nav}'
            f'</ul></nav></div></header>\n'
            f'<main role="main"><a id="main-content" tabindex="-1"></a>{_crumbs(page, "block-system-breadcrumb-block")}'
            f'\n<div class="region region-content"><article class="node node--type-page"><div class="node__content">'
            f'{page["body"]}</div></article></div>\n</main>\n'
            f'<footer role="contentinfo"><div class="region region-footer"><div class="block block-block-content">'
            f'{_footer_lines(site)}</div>{site.get("footer_extra", "")}<nav class="block menu--footer">'
            f'<ul class="menu">'
            f'{_footer_links(site)}</ul></nav></div></footer>\n</div></div>\n' + _script() + "\n</body>\n</html>\n")


# ---------------------------------------------------------------- bootstrap (navbar + dropdowns)
CSS_BS = (".navbar{display:flex;background:#f8f9fa}.dropdown-menu{display:none}.dropdown:hover .dropdown-menu"
          "{display:block}.bg-dark{background:#212529;color:#fff}.bg-dark a{color:#fff}.container{max-width:1140px;"
          "margin:auto}.card{border:1px solid #ccc;border-radius:4px}")


def bootstrap(site, page):
    nav = "".join(
        f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{h}" role="button" '
        f'aria-expanded="false">{esc(t)}</a><ul class="dropdown-menu">'
        + "".join(f'<li><a class="dropdown-item" href="{sh}">{esc(st)}</a></li>' for st, sh in subs)
        + "</ul></li>" for t, h, subs in site["areas"])
    top = "".join(f'<li class="list-inline-item"><a href="{h}">{esc(t)}</a></li>' for t, h in site["topbar"])
    return (_head(site, page, CSS_BS) + "<body>\n" + _cookie(site) +
            f'\n<div class="container-fluid bg-light small"><ul class="list-inline text-end mb-0">{top}</ul></div>\n'
            f'<nav class="navbar navbar-expand-lg"><div class="container"><a class="navbar-brand" href="/">'
            f'{_logo_svg(site)} {site["kommun"]} kommun</a><button class="navbar-toggler" type="button" '
            f'data-toggle="mainnav" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>'
            f'<div class="collapse navbar-collapse" id="mainnav"><ul class="navbar-nav me-auto">{nav}</ul>'
            f'{_search(site, "d-flex")}</div></div></nav>\n'
            f'<div class="container py-4" id="innehall">\n{_crumbs(page, "breadcrumb")}\n{page["body"]}\n</div>\n'
            f'<div class="bg-dark py-4 mt-5"><div class="container"><div class="row"><div class="col-md-4">'
            f'{_footer_lines(site)}</div>{site.get("footer_extra", "")}<div class="col-md-4"><ul class="list-unstyled">'
            f'{_footer_links(site)}</ul></div></div></div></div>\n' + _script() + "\n</body>\n</html>\n")


# ---------------------------------------------------------------- wordpress classic theme (#masthead)
CSS_WP = ("#masthead{padding:8px 16px}.main-navigation ul ul{display:none}.main-navigation li:hover>ul{display:block}"
          ".site-footer{background:#3e2723;color:#fff}.site-footer a{color:#fff}"
          ".site-content{max-width:960px;margin:auto}")


def wordpress(site, page):
    nav = "".join(
        f'<li id="menu-item-{100 + i}" class="menu-item menu-item-type-post_type menu-item-has-children">'
        f'<a href="{h}">{esc(t)}</a><ul class="sub-menu">'
        + "".join(f'<li class="menu-item"><a href="{sh}">{esc(st)}</a></li>' for st, sh in subs)
        + "</ul></li>" for i, (t, h, subs) in enumerate(site["areas"]))
    top = "".join(f'<li class="menu-item"><a href="{h}">{esc(t)}</a></li>' for t, h in site["topbar"])
    return (_head(site, page, CSS_WP) + '<body class="page-template-default page">\n<div id="page" class="site">\n'
            + _cookie(site) +
            f'\n<header id="masthead" class="site-header"><div class="top-navigation"><ul id="top-menu" class="menu">'
            f'{top}</ul></div><div class="site-branding"><p class="site-title"><a href="/" rel="home">'
            f'{site["kommun"]} kommun</a></p></div>{_search(site, "search-form")}'
            f'<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" '
            f'aria-controls="primary-menu"'
            f' aria-expanded="false">Meny</button><ul id="primary-menu" class="menu">{nav}</ul></nav></header>\n'
            f'<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" '
            f'class="site-main">\n{_crumbs(page, "yoast-breadcrumbs")}\n<article class="page type-page"><div '
            f'class="entry-content">{page["body"]}</div></article>\n</main></div></div>\n'
            f'<footer id="colophon" class="site-footer"><div class="widget-area"><section class="widget widget_text">'
            f'{_footer_lines(site)}</section>{site.get("footer_extra", "")}<section class="widget widget_nav_menu"><ul>'
            f'{_footer_links(site)}</ul></section></div></footer>\n</div>\n' + _script() + "\n</body>\n</html>\n")


# ---------------------------------------------------------------- table layout (2000s, ISO-8859-1)
def table(site, page):
    nav = "".join(
        f'<tr><td class="m1"><a href="{h}"><font size="2"><b>{esc(t)}</b></font></a></td></tr>'
        + "".join(f'<tr><td class="m2">&nbsp;&nbsp;<a href="{sh}"><font size="1">{esc(st)}</font></a></td></tr>'
                  for st, sh in subs) for t, h, subs in site["areas"])
    top = " &middot; ".join(f'<a href="{h}"><font size="1">{esc(t)}</font></a>' for t, h in site["topbar"])
    css = "body{margin:0;font-family:Verdana,sans-serif}td.m2{display:none}.fot{background:#ddd}"
    return (_head(site, page, css, "iso-8859-1").replace('<meta charset="iso-8859-1">',
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">') +
            '<body bgcolor="#ffffff">\n' + _cookie(site) +
            '\n<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">\n'
            f'<tr><td colspan="2" bgcolor="#234" height="24" align="right">{top}</td></tr>\n'
            f'<tr><td width="220" bgcolor="#fff"><a href="/">{_logo_svg(site)}<font size="4" color="#234"><b>'
            f'{site["kommun"]} kommun</b></font></a></td><td align="right">{_search(site, "sok")}</td></tr>\n'
            '<tr><td width="220" valign="top"><table width="100%" class="meny" cellpadding="3">'
            f'{nav}</table></td>\n<td valign="top" class="innehall">{_crumbs(page, "bread")}\n'
            f'{page["body"]}</td></tr>\n'
            f'<tr><td colspan="2" class="fot"><font size="1">{_footer_lines(site)}{site.get("footer_extra", "")}<ul>'
            f'{_footer_links(site)}</ul></font></td></tr>\n</table>\n' + _script() + "\n</body>\n</html>\n")


# ---------------------------------------------------------------- joomla (module positions)
CSS_JO = (".moduletable{margin:6px}.nav.menu .nav-child{display:none}.nav.menu li:hover .nav-child{display:block}"
          ".footer{background:#0d3b66;color:#fff}.footer a{color:#fff}.container-main{max-width:960px;margin:auto}")


def joomla(site, page):
    nav = "".join(
        f'<li class="item-{200 + i} deeper parent"><a href="{h}">{esc(t)}</a><ul class="nav-child unstyled small">'
        + "".join(f'<li class="item-{300 + 10 * i + j}"><a href="{sh}">{esc(st)}</a></li>'
                  for j, (st, sh) in enumerate(subs))
        + "</ul></li>" for i, (t, h, subs) in enumerate(site["areas"]))
    top = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in site["topbar"])
    return (_head(site, page, CSS_JO) + '<body class="site com_content view-article">\n' + _cookie(site) +
            f'\n<div class="body"><div class="container"><header class="header" role="banner">'
            f'<div class="header-inner">'
            f'<div class="moduletable toplinks"><ul class="nav menu-top">{top}</ul></div><a class="brand" href="/">'
            f'{_logo_svg(site)}<span class="site-title">{site["kommun"]} kommun</span></a>'
            f'<div class="header-search moduletable">{_search(site, "form-search")}</div></div></header>\n'
            f'<nav class="navigation" role="navigation"><div class="moduletable_menu"><ul class="nav menu mod-list">'
            f'{nav}</ul></div></nav>\n<div class="row-fluid"><main id="content" role="main" class="container-main">'
            f'\n{_crumbs(page, "breadcrumb moduletable")}\n<div class="item-page">{page["body"]}</div>\n</main></div>'
            f'\n</div></div>\n<footer class="footer" role="contentinfo"><div class="container">'
            f'<div class="moduletable">'
            f'{_footer_lines(site)}</div>{site.get("footer_extra", "")}<div class="moduletable"><ul>'
            f'{_footer_links(site)}</ul></div></div></footer>\n' + _script() + "\n</body>\n</html>\n")


FAMILIES = {f.__name__: f for f in (semantic, soup, municipio, episerver, sitevision, drupal, bootstrap, wordpress,
                                     table, joomla)}
