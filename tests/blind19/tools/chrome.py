"""Markup families for the blind19 corpus: each turns a site + a page into a whole HTML document.

A typing aid only (the files under sites/ are the corpus). Every family renders the same
parts: top bar, header (logo, search, utility links), primary menu with sub-levels, main,
footer (address, växel, e-mail, org.nr, tillgänglighetsredogörelse), cookie banner, scripts.
"""
from __future__ import annotations

import html

E = html.escape


def href(site: dict, path: str) -> str:
    """Root-relative path, or relative to <base href> on sites that use one."""
    base = site.get("base")
    if base and path.startswith(base):
        return path[len(base):] or "./"
    return path


def link(site: dict, path: str, text: str, cls: str = "", extra: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    x = f" {extra}" if extra else ""
    return f'<a href="{E(href(site, path))}"{c}{x}>{text}</a>'


LOGO_SVG = ('<svg class="logo-mark" width="40" height="40" viewBox="0 0 40 40" aria-hidden="true">'
            '<circle cx="20" cy="20" r="18" fill="{c}"/><path d="M10 26 L20 10 L30 26 Z" fill="#fff"/></svg>')

CSS = """body{{margin:0;font-family:{font};color:#1d1d1b}}a{{color:{c}}}
.cookie{{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:1em}}
.sub,.sub-menu,.nav-child,.sv-submenu{{display:none}}li:hover>.sub,li:hover>.sub-menu,li:hover>.nav-child{{display:block}}"""

SCRIPT = """<script>
document.addEventListener('DOMContentLoaded',function(){{var b=document.querySelector('.cookie button');
if(b){{b.addEventListener('click',function(){{b.parentNode.style.display='none';document.cookie='{k}_ok=1;path=/';}});}}}});
</script>"""


def cookie(site: dict, tag: str = "div") -> str:
    return (f'<{tag} class="cookie" role="region" aria-label="Kakor"><p>{E(site["kn"])} använder kakor '
            f'(cookies) för att webbplatsen ska fungera och för besöksstatistik. '
            f'{link(site, site["p_kakor"], "Läs mer om kakor")}</p><button type="button">Jag förstår</button></{tag}>')


def head(site: dict, page: dict, charset: str = "utf-8", extra: str = "") -> str:
    base = f'<base href="{E(site["base"])}">' if site.get("base") else ""
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{charset}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n{base}'
            f'<title>{E(page["title"])}</title>\n<link rel="canonical" href="__ORIGIN__{E(page["path"])}">\n'
            f'<style>{CSS.format(font=site.get("font", "Arial, sans-serif"), c=site["color"])}</style>\n'
            f'{extra}</head>\n')


def jsonld(site: dict, page: dict) -> str:
    if not page.get("front"):
        return ""
    return ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization",'
            f'"name":"{site["kn"]}","url":"__ORIGIN__/","telephone":"{site["vaxel"]}"}}</script>\n')


def footer_lines(site: dict) -> list[str]:
    return [f'<strong>{E(site["kn"])}</strong>',
            f'Besöksadress: {E(site["besok"])}',
            f'Postadress: {E(site["kn"])}, {E(site["post"])}',
            f'Växel: <a href="tel:{site["vaxel_tel"]}">{E(site["vaxel"])}</a>',
            f'E-post: <a href="mailto:{site["email"]}">{E(site["email"])}</a>',
            f'Org.nr: {E(site["orgnr"])}']


def footer_links(site: dict) -> list[str]:
    return [link(site, site["p_tillg"], "Tillgänglighetsredogörelse"), link(site, site["p_kakor"], "Kakor"), link(site, site["p_nyheter"], "Nyheter"), *site.get("footer_extra_links", [])]


def topbar_items(site: dict) -> list[str]:
    items = [link(site, site["p_tillg"], "Lyssna", extra='data-rs="1"'), '<a href="#lattlast">Lättläst</a>',
             '<a href="#teckensprak">Teckenspråk</a>', '<a href="#languages" lang="en">Other languages</a>']
    return items + site.get("topbar_extra", [])


def nav_items(site: dict, sub_ul: str, li_cls=lambda i, n: "", a_cls: str = "") -> str:
    """A nested list: top-level links, each with its sub-list (class sub_ul)."""
    out = []
    for i, n in enumerate(site["nav"]):
        c = li_cls(i, n)
        cattr = f' class="{c}"' if c else ""
        subs = ""
        if n.get("subs"):
            subs = (f'<ul class="{sub_ul}">'
                    + "".join(f"<li>{link(site, p, E(t))}</li>" for t, p in n["subs"]) + "</ul>")
        out.append(f"<li{cattr}>{link(site, n['path'], E(n['label']), a_cls)}{subs}</li>")
    return "\n".join(out)


def search_form(site: dict, cls: str = "search", label: str = "Sök på webbplatsen") -> str:
    s = site["search"]
    return (f'<form class="{cls}" action="{E(href(site, s["path"]))}" method="get" role="search">'
            f'<label for="q-{site["kod"]}">{label}</label>'
            f'<input id="q-{site["kod"]}" type="search" name="{s["param"]}" placeholder="Vad letar du efter?">'
            f'<button type="submit">Sök</button></form>')


def logo(site: dict, cls: str = "logo") -> str:
    return link(site, site["p_front"], LOGO_SVG.format(c=site["color"]) + f'<span>{E(site["kn"])}</span>',
                cls, 'rel="home"')


def util_links(site: dict) -> str:
    return " ".join(site.get("header_links", []))


# ---------------------------------------------------------------- families

def semantic(site, page):
    return (head(site, page) + '<body>\n<a class="skip" href="#main">Hoppa till innehållet</a>\n'
            '<div class="topbar"><ul>' + "".join(f"<li>{x}</li>" for x in topbar_items(site)) + '</ul></div>\n'
            f'<header class="site-header">\n{logo(site)}\n{search_form(site)}\n'
            f'<div class="util">{util_links(site)}</div>\n'
            f'<nav aria-label="Huvudmeny"><ul class="menu">\n{nav_items(site, "sub")}\n</ul></nav>\n</header>\n'
            f'<main id="main">\n{page["main"]}\n</main>\n'
            '<footer class="site-footer">\n<div class="f-contact"><p>' + "<br>\n".join(footer_lines(site))
            + '</p></div>\n<div class="f-links"><h2>Om webbplatsen</h2><ul>'
            + "".join(f"<li>{x}</li>" for x in footer_links(site)) + '</ul></div>\n'
            + site.get("footer_extra", "") + '</footer>\n'
            + cookie(site) + "\n" + jsonld(site, page) + SCRIPT.format(k=site["kod"]) + "\n</body>\n</html>\n")


def sitevision(site, page):
    def nav():
        out = []
        for i, n in enumerate(site["nav"]):
            subs = "".join(f'<li class="sv-submenu__item">{link(site, p, E(t))}</li>' for t, p in n.get("subs", []))
            out.append(f'<li class="sv-menu__item">{link(site, n["path"], E(n["label"]), "sv-menu__link")}'
                       f'<button class="sv-menu__toggle" aria-expanded="false" aria-controls="sub{i}">'
                       f'<span class="sv-visually-hidden">Visa undermeny för {E(n["label"])}</span></button>'
                       f'<ul id="sub{i}" class="sv-submenu" hidden>{subs}</ul></li>')
        return "\n".join(out)
    return (head(site, page, extra='<link rel="stylesheet" href="/sitevision/system-resource/css/sv.css">\n')
            + '<body class="sv-responsive">\n<div class="sv-layout" id="svid10_4a1b7c2d"><div class="sv-layout topbar" '
            'id="svid94_4a1b7c2e"><div class="sv-portlet sv-linklist-portlet"><ul class="topbar__list">'
            + "".join(f'<li class="topbar__item">{x}</li>' for x in topbar_items(site)) + '</ul></div></div>\n'
            f'<div class="sv-layout header" id="svid94_4a1b7c30"><div class="sv-portlet sv-image-portlet">{logo(site)}'
            f'</div><div class="sv-portlet sv-searchform-portlet">{search_form(site, "sv-searchform")}</div>'
            f'<div class="sv-portlet sv-html-portlet header__util">{util_links(site)}</div></div>\n'
            f'<nav class="sv-layout mainmenu" aria-label="Huvudmeny"><ul class="sv-menu">\n{nav()}\n</ul></nav>\n'
            f'<div class="sv-layout content" id="svid12_4a1b7c31">\n{page["main"]}\n</div>\n'
            '<div class="sv-layout footer" id="svid94_4a1b7c40"><div class="sv-portlet sv-text-portlet"><p '
            'class="normal">' + "<br>\n".join(footer_lines(site)) + '</p></div><div class="sv-portlet '
            'sv-linklist-portlet"><h3 class="subheading">Om webbplatsen</h3><ul>'
            + "".join(f"<li>{x}</li>" for x in footer_links(site)) + '</ul></div>' + site.get("footer_extra", "")
            + '</div>\n</div>\n' + cookie(site) + "\n" + jsonld(site, page) + SCRIPT.format(k=site["kod"])
            + "\n</body>\n</html>\n")


def municipio(site, page):
    body_cls = "home page-template-default" if page.get("front") else "page-template-default page"
    return (head(site, page, extra="<link rel='stylesheet' id='municipio-css' "
                 "href='/wp-content/themes/municipio/assets/dist/css/app.css?ver=3.61.2' media='all'>\n")
            + f'<body class="{body_cls} wp-theme-municipio">\n<div class="site-wrapper">\n'
            '<div class="c-header__top-bar"><ul class="c-nav c-nav--horizontal">'
            + "".join(f'<li class="c-nav__item">{x}</li>' for x in topbar_items(site)) + '</ul></div>\n'
            '<header id="site-header" class="c-header c-header--business">\n'
            f'<div class="c-header__logo">{logo(site)}</div>\n'
            f'{search_form(site, "c-form search-form")}\n<div class="c-header__util">{util_links(site)}</div>\n'
            '<nav id="menu-primary" class="c-nav c-nav--primary" aria-label="Huvudmeny"><ul id="menu-huvudmeny" '
            'class="menu">\n'
            + nav_items(site, "sub-menu", lambda i, n: "menu-item menu-item-type-post_type menu-item-object-page"
                        + (" menu-item-has-children" if n.get("subs") else "") + f" menu-item-{101 + i}")
            + '\n</ul></nav>\n</header>\n'
            f'<main id="main-content" class="o-container">\n{page["main"]}\n</main>\n'
            '<footer id="site-footer" class="c-footer"><div class="o-grid"><div class="o-grid-6 widget_text">'
            '<div class="textwidget"><p>' + "<br>\n".join(footer_lines(site)) + '</p></div></div>'
            '<div class="o-grid-6 widget_nav_menu"><h2 class="widget-title">Om webbplatsen</h2><ul class="menu">'
            + "".join(f'<li class="menu-item">{x}</li>' for x in footer_links(site)) + '</ul></div></div>'
            + site.get("footer_extra", "") + '</footer>\n</div>\n' + cookie(site) + "\n" + jsonld(site, page)
            + SCRIPT.format(k=site["kod"]) + "\n</body>\n</html>\n")


def drupal(site, page):
    def nav():
        out = []
        for n in site["nav"]:
            subs = ""
            if n.get("subs"):
                subs = ('<ul class="menu menu--level-2">' + "".join(
                    f'<li class="menu__item">{link(site, p, E(t), "menu__link")}</li>' for t, p in n["subs"]) + "</ul>")
            top = link(site, n["path"], E(n["label"]), "menu__link", 'data-drupal-link-system-path="node"')
            out.append(f'<li class="menu__item menu__item--expanded">{top}{subs}</li>')
        return "\n".join(out)
    return (head(site, page) + f'<body class="path-{"frontpage" if page.get("front") else "node"}">\n'
            '<a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>\n'
            '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n'
            '<div class="region region-top-bar"><nav role="navigation" aria-labelledby="block-toppmeny-menu" '
            'id="block-toppmeny"><h2 class="visually-hidden" id="block-toppmeny-menu">Toppmeny</h2><ul class="menu">'
            + "".join(f'<li class="menu__item">{x}</li>' for x in topbar_items(site)) + '</ul></nav></div>\n'
            f'<header role="banner" class="region region-header">\n<div id="block-sitebranding" class="block '
            f'block-system block-system-branding-block">{logo(site)}</div>\n<div class="block block-search">'
            f'{search_form(site, "search-block-form")}</div>\n<div class="block block-block-content">'
            f'{util_links(site)}</div>\n'
            '<nav role="navigation" aria-labelledby="block-main-menu-menu" id="block-main-menu" class="block '
            'block-menu menu--main"><h2 class="visually-hidden" id="block-main-menu-menu">Huvudmeny</h2>'
            f'<ul class="menu menu--level-1">\n{nav()}\n</ul></nav>\n</header>\n'
            f'<main role="main"><a id="main-content" tabindex="-1"></a>\n<div class="region region-content">\n'
            f'{page["main"]}\n</div>\n</main>\n'
            '<footer role="contentinfo" class="region region-footer"><div class="block block-block-content '
            'block-footer-kontakt"><div class="field field--name-body"><p>' + "<br>\n".join(footer_lines(site))
            + '</p></div></div><nav role="navigation" class="block block-menu menu--footer" aria-label="Sidfot">'
            '<ul class="menu">' + "".join(f'<li class="menu__item">{x}</li>' for x in footer_links(site))
            + '</ul></nav>' + site.get("footer_extra", "") + '</footer>\n</div>\n' + cookie(site) + "\n"
            + jsonld(site, page) + SCRIPT.format(k=site["kod"]) + "\n</body>\n</html>\n")


def episerver(site, page):
    return (head(site, page, extra='<link rel="stylesheet" href="Static/css/main.min.css">\n')
            + '<body>\n<div id="page" class="page-wrapper">\n<div class="service-bar"><ul>'
            + "".join(f"<li>{x}</li>" for x in topbar_items(site)) + '</ul></div>\n'
            f'<header class="site-header" id="header">\n<div class="site-header__logo">{logo(site)}</div>\n'
            f'<div class="site-header__search">{search_form(site, "quick-search")}</div>\n'
            f'<div class="site-header__links">{util_links(site)}</div>\n'
            '<nav class="main-navigation" aria-label="Huvudnavigering"><ul class="main-navigation__list">\n'
            + nav_items(site, "sub", lambda i, n: "main-navigation__item", "main-navigation__link")
            + '\n</ul></nav>\n</header>\n'
            f'<div id="content" class="page-content" role="main">\n{page["main"]}\n</div>\n'
            '<footer class="site-footer"><div class="ContentArea"><div class="block textblock"><p>'
            + "<br>\n".join(footer_lines(site)) + '</p></div><div class="block linklistblock"><h2>Om webbplatsen</h2>'
            '<ul>' + "".join(f"<li>{x}</li>" for x in footer_links(site)) + '</ul></div></div>'
            + site.get("footer_extra", "") + '</footer>\n</div>\n' + cookie(site) + "\n" + jsonld(site, page)
            + SCRIPT.format(k=site["kod"]) + "\n</body>\n</html>\n")


def bootstrap(site, page):
    def nav():
        out = []
        for i, n in enumerate(site["nav"]):
            if n.get("cols"):
                cols = "".join(
                    f'<div class="col-md-3"><h2 class="mega-heading h6">{E(h)}</h2><ul class="list-unstyled">'
                    + "".join(f'<li>{link(site, p, E(t), "dropdown-item")}</li>' for t, p in items) + "</ul></div>"
                    for h, items in n["cols"])
                attrs = f'id="mm{i}" role="button" data-bs-toggle="dropdown" aria-expanded="false"'
                top = link(site, n["path"], E(n["label"]), "nav-link dropdown-toggle", attrs)
                out.append(f'<li class="nav-item dropdown position-static">{top}'
                           f'<div class="dropdown-menu mega-menu w-100" aria-labelledby="mm{i}"><div class="container">'
                           f'<div class="row">{cols}</div></div></div></li>')
            else:
                out.append(f'<li class="nav-item">{link(site, n["path"], E(n["label"]), "nav-link")}</li>')
        return "\n".join(out)
    return (head(site, page, extra='<link rel="stylesheet" href="/assets/css/bootstrap.min.css">\n')
            + '<body>\n<div class="bg-light border-bottom small"><div class="container"><ul class="nav">'
            + "".join(f'<li class="nav-item">{x}</li>' for x in topbar_items(site)) + '</ul></div></div>\n'
            '<nav class="navbar navbar-expand-lg navbar-light bg-white"><div class="container">\n'
            f'{logo(site, "navbar-brand")}\n<button class="navbar-toggler" type="button" data-bs-toggle="collapse" '
            'data-bs-target="#navbarMain" aria-controls="navbarMain" aria-expanded="false" aria-label="Meny">'
            '<span class="navbar-toggler-icon"></span></button>\n<div class="collapse navbar-collapse" id="navbarMain">'
            f'<ul class="navbar-nav me-auto">\n{nav()}\n</ul>\n<div class="d-flex">{util_links(site)}</div>\n'
            f'{search_form(site, "d-flex ms-2")}</div></div></nav>\n'
            f'<main class="container py-4">\n{page["main"]}\n</main>\n'
            '<footer class="bg-dark text-white py-4"><div class="container"><div class="row"><div class="col-md-6"><p>'
            + "<br>\n".join(footer_lines(site)) + '</p></div><div class="col-md-6"><h2 class="h5">Om webbplatsen</h2>'
            '<ul class="list-unstyled">' + "".join(f"<li>{x}</li>" for x in footer_links(site)) + '</ul></div></div>'
            + site.get("footer_extra", "") + '</div></footer>\n' + cookie(site) + "\n" + jsonld(site, page)
            + '<script src="/assets/js/bootstrap.bundle.min.js"></script>\n' + SCRIPT.format(k=site["kod"])
            + "\n</body>\n</html>\n")


def table(site, page):
    f = '<font face="Verdana, Arial" size="2">'
    nav = []
    for n in site["nav"]:
        subs = "".join(f'<br>&nbsp;&nbsp;<font size="1">{link(site, p, E(t))}</font>' for t, p in n.get("subs", [])
                       ) if page.get("open") == n["path"] else ""
        nav.append(f'<tr><td class="menu" bgcolor="#e8eef4">{f}<b>{link(site, n["path"], E(n["label"]))}</b>'
                   f'{subs}</font></td></tr>')
    return (head(site, page, charset="iso-8859-1")
            + '<body bgcolor="#ffffff" leftmargin="0" topmargin="0">\n'
            '<table width="960" border="0" cellspacing="0" cellpadding="0" align="center">\n'
            f'<tr><td colspan="2" bgcolor="#003a70" align="right">{f}<font color="#ffffff">'
            + " | ".join(topbar_items(site)) + '</font></font></td></tr>\n'
            f'<tr><td width="220" height="90">{logo(site)}</td><td align="right">{f}{util_links(site)}<br>'
            f'{search_form(site, "sok")}</font></td></tr>\n'
            '<tr><td width="220" valign="top"><table width="100%" cellspacing="1" cellpadding="6" border="0">\n'
            + "\n".join(nav) + '\n</table></td>\n'
            f'<td valign="top" class="innehall">{f}\n{page["main"]}\n</font></td></tr>\n'
            f'<tr><td colspan="2" bgcolor="#e8eef4" class="sidfot">{f}' + " | ".join(footer_lines(site)) + '<br>'
            + " | ".join(footer_links(site)) + site.get("footer_extra", "") + '</font></td></tr>\n</table>\n'
            + cookie(site) + "\n" + SCRIPT.format(k=site["kod"]) + "\n</body>\n</html>\n")


def soup(site, page):
    nav = []
    for n in site["nav"]:
        subs = "".join(f'<div class="k9">{link(site, p, E(t))}</div>' for t, p in n.get("subs", []))
        nav.append(f'<div class="k7">{link(site, n["path"], E(n["label"]))}<div class="k8" style="display:none">'
                   f'{subs}</div></div>')
    return (head(site, page) + '<body>\n<div class="w0">\n<div class="q0">'
            + " ".join(f'<span class="q0i">{x}</span>' for x in topbar_items(site)) + '</div>\n'
            f'<div class="q1">\n<div class="q2">{logo(site, "lg")}</div>\n'
            f'<div class="q3">{search_form(site, "s1")}</div>\n'
            f'<div class="q4">{util_links(site)}</div>\n</div>\n'
            '<div class="zz">\n' + "\n".join(nav) + '\n</div>\n'
            f'<div class="box1">\n{page["main"]}\n</div>\n'
            '<div class="box9">\n<div class="b9a">' + "<br>\n".join(footer_lines(site)) + '</div>\n<div class="b9b">'
            + " ".join(f'<span class="b9l">{x}</span>' for x in footer_links(site)) + '</div>\n'
            + site.get("footer_extra", "") + '</div>\n</div>\n' + cookie(site) + "\n" + jsonld(site, page)
            + SCRIPT.format(k=site["kod"]) + "\n</body>\n</html>\n")


def aria(site, page):
    return (head(site, page) + '<body>\n<div class="app">\n'
            '<div class="r-top" role="banner">\n<div class="r-tools">'
            + " · ".join(topbar_items(site)) + '</div>\n'
            f'<div class="r-brand">{logo(site)}</div>\n<div class="r-search">{search_form(site)}</div>\n'
            f'<div class="r-util">{util_links(site)}</div>\n</div>\n'
            '<div class="r-nav" role="navigation" aria-label="Huvudmeny"><ul class="r-menu">\n'
            + nav_items(site, "sub") + '\n</ul></div>\n'
            + site.get("side_tab", "")
            + f'<div class="r-main" role="main">\n{page["main"]}\n</div>\n'
            '<div class="r-foot" role="contentinfo">\n<p>' + "<br>\n".join(footer_lines(site)) + '</p>\n<ul>'
            + "".join(f"<li>{x}</li>" for x in footer_links(site)) + '</ul>\n' + site.get("footer_extra", "")
            + '</div>\n</div>\n' + cookie(site) + "\n" + jsonld(site, page) + SCRIPT.format(k=site["kod"])
            + "\n</body>\n</html>\n")


def joomla(site, page):
    return (head(site, page, extra='<link href="/templates/lommeby/css/template.css" rel="stylesheet">\n')
            + '<body class="site com_content view-article layout-default no-task">\n<div class="body"><div '
            'class="container">\n<div class="moduletable topmeny"><ul class="nav menu mod-list">'
            + "".join(f"<li>{x}</li>" for x in topbar_items(site)) + '</ul></div>\n'
            f'<header class="header" role="banner"><div class="header-inner clearfix">{logo(site, "brand pull-left")}'
            f'<div class="header-search pull-right"><div class="search">{search_form(site, "form-inline")}</div>'
            f'<div class="moduletable util">{util_links(site)}</div></div></div></header>\n'
            '<nav class="navigation" role="navigation"><div class="nav-collapse">'
            '<ul class="nav menu nav-pills mod-list">\n'
            + nav_items(site, "nav-child unstyled small",
                        lambda i, n: f"item-{101 + i}" + (" deeper parent" if n.get("subs") else ""))
            + '\n</ul></div></nav>\n'
            f'<div class="row-fluid"><main id="content" role="main" class="span12">\n{page["main"]}\n</main></div>\n'
            '</div></div>\n<footer class="footer" role="contentinfo"><div class="container"><div class="moduletable">'
            '<div class="custom"><p>' + "<br>\n".join(footer_lines(site)) + '</p></div></div><div class="moduletable">'
            '<ul class="nav menu mod-list">' + "".join(f"<li>{x}</li>" for x in footer_links(site)) + '</ul></div>'
            + site.get("footer_extra", "") + '</div></footer>\n' + cookie(site) + "\n" + jsonld(site, page)
            + SCRIPT.format(k=site["kod"]) + "\n</body>\n</html>\n")


FAMILIES = {"semantic": semantic, "sitevision": sitevision, "municipio": municipio, "drupal": drupal,
            "episerver": episerver, "bootstrap": bootstrap, "table": table, "soup": soup, "aria": aria,
            "joomla": joomla}
