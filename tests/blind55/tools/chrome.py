"""Markup families of the blind55 corpus (typing aid for build_sites.py).

Each family renders one page: site chrome (top bar, logo, search, primary menu, footer,
cookie banner) around the page's own content. Site data comes from build_sites.SITES.
"""
from __future__ import annotations

import html
import json

AREAS = [
    ("Barn och utbildning", "barn-och-utbildning",
     ["Förskola", "Grundskola", "Gymnasieskola", "Skolskjuts", "Vuxenutbildning"]),
    ("Omsorg och hjälp", "omsorg-och-hjalp",
     ["Hemtjänst", "Särskilt boende", "Färdtjänst", "Ekonomiskt bistånd", "Anhörigstöd"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo",
     ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Detaljplaner", "Energi och klimat"]),
    ("Trafik och resor", "trafik-och-resor",
     ["Parkering", "Gator och vägar", "Snöröjning", "Kollektivtrafik", "Cykel"]),
    ("Kultur och fritid", "kultur-och-fritid",
     ["Bibliotek", "Idrott och motion", "Föreningsliv", "Badplatser", "Kulturskola"]),
    ("Näringsliv och arbete", "naringsliv-och-arbete",
     ["Starta företag", "Tillstånd", "Upphandling", "Lediga jobb", "Mark och lokaler"]),
    ("Kommun och politik", "kommun-och-politik",
     ["Organisation", "Politik och beslut", "Ekonomi", "Allmänna handlingar", "Synpunkter"]),
]

_SL = {"å": "a", "ä": "a", "ö": "o", " ": "-", ",": "", "é": "e"}


def slug(t: str) -> str:
    return "".join(_SL.get(c, c) for c in t.lower())


def esc(t: str) -> str:
    return html.escape(t, quote=True)


def menu(site: dict) -> list[dict]:
    """Primary menu: areas (sub-items 404 except injected ones) + top-level extras."""
    inject = site.get("inject", {})
    out = []
    n = site.get("n_areas", 6)
    areas = [a for a in AREAS if a[1] != "naringsliv-och-arbete"] if n == 6 else AREAS
    for label, sl, subs in areas:
        href = f"/{sl}/"
        items = [(t, f"{href}{slug(t)}/") for t in subs] + inject.get(sl, [])
        out.append({"label": label, "href": href, "subs": items})
    for text, href in site.get("top_extra", []):
        out.append({"label": text, "href": href, "subs": []})
    return out


def topbar(site: dict) -> list[tuple[str, str, str]]:
    """(inner html, href, extra attributes)."""
    items = [("Lyssna", "#lyssna", ""), ("Lättläst", "/lattlast/", ""), ("In English", "/en/", ' lang="en"'),
             ("Teckenspråk", "/teckensprak/", "")]
    return items + site.get("topbar_extra", [])


COOKIE = ('<div class="cookie" id="cookie-banner"><p>{w} använder kakor (cookies) för att webbplatsen ska fungera '
          'och för besöksstatistik. <a href="/om-webbplatsen/kakor/">Läs mer om kakor</a></p>'
          '<button type="button" data-accept>Godkänn alla</button> <button type="button" data-necessary>'
          'Endast nödvändiga</button></div>\n')

SCRIPT = ('<script>document.querySelectorAll("[data-accept],[data-necessary]").forEach(function(b){'
          'b.addEventListener("click",function(){document.getElementById("cookie-banner").remove();});});'
          '</script>\n')


def head(site: dict, page: dict, charset: str = "utf-8", extra: str = "") -> str:
    css = site.get("css", "body{font-family:sans-serif;margin:0}.cookie{position:fixed;bottom:0;background:#fff}")
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{charset}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{page["title"]}</title>\n'
            f'<link rel="canonical" href="__ORIGIN__{page["path"]}">\n'
            f'{page.get("head", "")}{extra}<style>{css}</style>\n</head>\n')


def footer_parts(site: dict) -> str:
    k = site
    return (f'<p><strong>{k["gen"]} kommun</strong><br>{k["addr"]}<br>{k["post"]}</p>\n'
            f'<p>Växel: <a href="tel:{k["tel"].replace(" ", "").replace("-", "")}">{k["tel"]}</a><br>'
            f'E-post: <a href="mailto:{k["mail"]}">{k["mail"]}</a><br>Org.nr {k["orgnr"]}</p>\n'
            f'<ul><li><a href="/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>'
            f'<li><a href="/om-webbplatsen/kakor/">Kakor</a></li>'
            f'<li><a href="/om-webbplatsen/personuppgifter/">Behandling av personuppgifter</a></li>'
            f'<li><a href="/press/">Press</a></li></ul>\n{k.get("footer_extra", "")}')


def search_form(site: dict, cls: str = "search", role: bool = True) -> str:
    s = site["search"]
    r = ' role="search"' if role else ""
    return (f'<form class="{cls}" action="{s["path"]}" method="get"{r}>'
            f'<label for="q">Sök på webbplatsen</label> <input id="q" type="search" name="{s["param"]}">'
            f' <button type="submit">Sök</button></form>\n')


def logo(site: dict) -> str:
    return (f'<a class="logo" href="/"><img src="/static/logo.svg" alt="{site["gen"]} kommun, till startsidan"'
            ' width="180" height="48"></a>\n')


def header_links(site: dict) -> str:
    return "".join(f' <a href="{h}">{t}</a>' for t, h in site.get("header_links", []))


# ---------------------------------------------------------------- families

def semantic(site: dict, page: dict) -> str:
    tb = "".join(f'<li><a href="{h}"{a}>{t}</a></li>' for t, h, a in topbar(site))
    nav = ""
    for m in menu(site):
        subs = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in m["subs"])
        sub = f'<ul class="submenu">{subs}</ul>' if subs else ""
        nav += f'<li class="menu-item"><a href="{m["href"]}">{m["label"]}</a>{sub}</li>\n'
    return (head(site, page) + '<body>\n<a class="skip" href="#innehall">Till innehållet</a>\n'
            f'<header class="site-header">\n<ul class="topbar">{tb}</ul>\n{logo(site)}{search_form(site)}'
            f'<p class="quick">{header_links(site)}</p>\n'
            f'<nav aria-label="Huvudmeny"><ul class="menu">\n{nav}</ul></nav>\n</header>\n'
            f'<main id="innehall">\n{page["main"]}</main>\n'
            f'<footer class="site-footer">\n{footer_parts(site)}</footer>\n'
            + COOKIE.format(w="Vi") + SCRIPT + '</body>\n</html>\n')


def table(site: dict, page: dict) -> str:
    tb = " | ".join(f'<a href="{h}"{a}><font size="1" color="#ffffff">{t}</font></a>' for t, h, a in topbar(site))
    top = ""
    left = ""
    for m in menu(site):
        top += (f'<td bgcolor="#003366" align="center"><a href="{m["href"]}"><font face="Verdana" size="2" '
                f'color="#ffffff"><b>{m["label"]}</b></font></a></td>\n')
        if m["subs"]:
            left += f'<tr><td><font face="Verdana" size="2"><b>{m["label"]}</b></font></td></tr>\n'
            for t, h in m["subs"]:
                left += (f'<tr><td>&nbsp;&nbsp;<img src="/bilder/pil.gif" alt="" width="5" height="7"> '
                         f'<a href="{h}"><font face="Verdana" size="1">{t}</font></a></td></tr>\n')
    cs = site.get("charset_meta", "windows-1252")
    return (head(site, page, charset=cs) + '<body bgcolor="#ffffff" topmargin="0" leftmargin="0">\n'
            '<table width="960" border="0" cellpadding="0" cellspacing="0" align="center">\n'
            f'<tr><td colspan="2" bgcolor="#336699" align="right">{tb}</td></tr>\n'
            f'<tr><td bgcolor="#ffffff">{logo(site)}</td><td align="right">{search_form(site, "sok")}'
            f'<font size="1">{header_links(site)}</font></td></tr>\n'
            f'<tr><td colspan="2"><table width="100%" cellpadding="4" cellspacing="1"><tr>\n{top}</tr></table></td></tr>\n'
            '<tr><td width="200" valign="top" bgcolor="#eeeeee"><table width="100%" cellpadding="2">\n'
            f'{left}</table></td>\n<td valign="top" width="760"><font face="Verdana" size="2">\n{page["main"]}'
            '</font></td></tr>\n'
            f'<tr><td colspan="2" bgcolor="#dddddd"><font face="Verdana" size="1">\n{footer_parts(site)}'
            '</font></td></tr>\n</table>\n' + COOKIE.format(w="Vi") + SCRIPT + '</body>\n</html>\n')


def sitevision(site: dict, page: dict) -> str:
    tb = "".join(f'<li class="sv-topbar__item"><a href="{h}"{a}>{t}</a></li>' for t, h, a in topbar(site))
    nav = ""
    for i, m in enumerate(menu(site)):
        cols = ""
        if m["subs"]:
            subs = "".join(f'<li><a href="{h}" class="sv-mega__link">{t}</a></li>' for t, h in m["subs"])
            cols = (f'<div class="sv-mega" id="mega-{i}" hidden><div class="sv-mega__col">'
                    f'<h3 class="sv-mega__heading">{m["label"]}</h3><ul>{subs}</ul></div></div>')
        btn = (f'<button class="sv-mega__toggle" aria-expanded="false" aria-controls="mega-{i}">'
               f'<span class="sv-visually-hidden">Visa undermeny för {m["label"]}</span></button>') if cols else ""
        nav += f'<li class="sv-menu__item"><a href="{m["href"]}">{m["label"]}</a>{btn}{cols}</li>\n'
    return (head(site, page, extra='<link rel="stylesheet" href="/sitevision/system-resource/css/sv.css">\n')
            + '<body class="sv-responsive">\n<div class="sv-layout" id="svid10_1">\n'
            f'<div class="sv-layout sv-template-portlet" id="svid12_top"><ul class="sv-topbar">{tb}</ul></div>\n'
            f'<div class="sv-layout header" id="svid10_head"><div class="sv-image-portlet sv-portlet">{logo(site)}</div>'
            f'<div class="sv-searchform-portlet sv-portlet">{search_form(site, "sv-search")}</div>'
            f'<div class="sv-portlet quick">{header_links(site)}</div>\n'
            f'<div class="sv-portlet sv-menu-portlet"><ul class="sv-menu" aria-label="Huvudmeny">\n{nav}</ul></div></div>\n'
            f'<div class="sv-layout content" id="svid10_content">\n{page["main"]}</div>\n'
            f'<div class="sv-layout bottom" id="svid10_foot"><div class="sv-text-portlet sv-portlet">\n'
            f'{footer_parts(site)}</div></div>\n</div>\n' + COOKIE.format(w="Vi") + SCRIPT + '</body>\n</html>\n')


def municipio(site: dict, page: dict) -> str:
    tb = "".join(f'<li class="c-nav__item"><a class="c-nav__link" href="{h}"{a}>{t}</a></li>' for t, h, a in topbar(site))
    nav = ""
    for m in menu(site):
        subs = "".join(f'<li class="c-nav__item c-nav__item--level-2"><a class="c-nav__link" href="{h}">{t}</a></li>'
                       for t, h in m["subs"])
        sub = f'<ul class="c-nav c-nav--level-2">{subs}</ul>' if subs else ""
        nav += (f'<li class="c-nav__item c-nav__item--level-1 has-children"><a class="c-nav__link" href="{m["href"]}">'
                f'{m["label"]}</a><button class="c-nav__toggle" aria-label="Visa fler">+</button>{sub}</li>\n')
    return (head(site, page, extra='<link rel="stylesheet" href="/wp-content/themes/municipio/assets/dist/css/app.css">\n')
            + '<body class="wp-theme-municipio page-template-default">\n<div class="site-wrapper">\n'
            f'<header id="site-header" class="c-header c-header--casual">\n<nav class="c-header__toolbar" '
            f'aria-label="Verktyg"><ul class="c-nav c-nav--horizontal">{tb}</ul></nav>\n'
            f'<div class="c-header__main">{logo(site)}{search_form(site, "c-search")}'
            f'<div class="c-header__quick">{header_links(site)}</div>'
            '<button class="c-button c-button--drawer" aria-controls="drawer" aria-expanded="false">'
            '<span class="c-icon">menu</span> Meny</button></div>\n</header>\n'
            '<div id="drawer" class="c-drawer c-drawer--right" hidden>\n<button class="c-drawer__close">Stäng</button>\n'
            f'<nav aria-label="Huvudmeny" class="c-drawer__nav"><ul class="c-nav c-nav--drawer">\n{nav}</ul></nav>\n</div>\n'
            f'<main id="main-content" class="o-container">\n{page["main"]}</main>\n'
            f'<footer id="site-footer" class="c-footer"><div class="c-footer__widgets">\n{footer_parts(site)}'
            '</div></footer>\n</div>\n' + COOKIE.format(w="Vi") + SCRIPT
            + '<script>document.querySelector(".c-button--drawer").addEventListener("click",function(){'
              'document.getElementById("drawer").hidden=false;});</script>\n</body>\n</html>\n')


def bootstrap(site: dict, page: dict) -> str:
    tb = "".join(f'<li class="list-inline-item"><a class="link-light small" href="{h}"{a}>{t}</a></li>'
                 for t, h, a in topbar(site))
    nav = ""
    for i, m in enumerate(menu(site)):
        if m["subs"]:
            subs = "".join(f'<li><a class="dropdown-item" href="{h}">{t}</a></li>' for t, h in m["subs"])
            nav += (f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{m["href"]}" id="dd{i}" '
                    f'role="button" data-bs-toggle="dropdown" aria-expanded="false">{m["label"]}</a>'
                    f'<ul class="dropdown-menu" aria-labelledby="dd{i}">{subs}</ul></li>\n')
        else:
            nav += f'<li class="nav-item"><a class="nav-link fw-bold" href="{m["href"]}">{m["label"]}</a></li>\n'
    return (head(site, page, extra='<link rel="stylesheet" href="/assets/bootstrap.min.css">\n')
            + '<body>\n<div class="bg-dark py-1"><div class="container"><ul class="list-inline mb-0 text-end">'
            f'{tb}</ul></div></div>\n<header class="container py-3 d-flex justify-content-between">{logo(site)}'
            f'{search_form(site, "d-flex")}<div class="small">{header_links(site)}</div></header>\n'
            '<nav class="navbar navbar-expand-lg navbar-light bg-light"><div class="container">'
            '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#huvudmeny" '
            'aria-controls="huvudmeny" aria-expanded="false" aria-label="Visa meny"><span class="navbar-toggler-icon">'
            '</span></button><div class="collapse navbar-collapse" id="huvudmeny"><ul class="navbar-nav me-auto">\n'
            f'{nav}</ul></div></div></nav>\n<main class="container my-4">\n{page["main"]}</main>\n'
            f'<footer class="bg-secondary text-white py-4"><div class="container">\n{footer_parts(site)}</div></footer>\n'
            + COOKIE.format(w="Vi") + '<script src="/assets/bootstrap.bundle.min.js"></script>\n' + SCRIPT
            + '</body>\n</html>\n')


def soup(site: dict, page: dict) -> str:
    tb = "".join(f'<span class="t4"><a href="{h}"{a}>{t}</a></span>' for t, h, a in topbar(site))
    nav = ""
    for m in menu(site):
        subs = "".join(f'<div class="r9"><a href="{h}">{t}</a></div>' for t, h in m["subs"])
        sub = f'<div class="zz" style="display:none">{subs}</div>' if subs else ""
        nav += f'<div class="k2"><a class="k3" href="{m["href"]}">{m["label"]}</a>{sub}</div>\n'
    return (head(site, page) + '<body>\n<div class="w0">\n'
            f'<div class="q1"><div class="q2">{tb}</div><div class="q3">{logo(site)}</div>'
            f'<div class="q4">{search_form(site, "f1", role=False)}</div><div class="q5">{header_links(site)}</div>\n'
            f'<div class="q6">\n{nav}</div></div>\n'
            f'<div class="box7">\n{page["main"]}</div>\n'
            f'<div class="ft9">\n{footer_parts(site)}</div>\n</div>\n' + COOKIE.format(w="Vi") + SCRIPT
            + '</body>\n</html>\n')


def nextjs(site: dict, page: dict) -> str:
    tb = "".join(f'<li class="Topbar_item__Qw3"><a href="{h}"{a}>{t}</a></li>' for t, h, a in topbar(site))
    nav = ""
    for m in menu(site):
        subs = "".join(f'<li class="Nav_subItem__k9P"><a href="{h}">{t}</a></li>' for t, h in m["subs"])
        sub = f'<ul class="Nav_sub__x7Z">{subs}</ul>' if subs else ""
        nav += f'<li class="Nav_item__a1B"><a class="Nav_link__c2D" href="{m["href"]}">{m["label"]}</a>{sub}</li>\n'
    data = json.dumps({"props": {"pageProps": {"slug": page["path"]}}, "page": "/[[...slug]]", "query": {},
                       "buildId": "b55x", "nextExport": True, "autoExport": True, "isFallback": False},
                      separators=(",", ":"))
    return (head(site, page, extra='<link rel="preload" href="/_next/static/css/a1b2c3.css" as="style">\n'
                 '<style>.Nav_sub__x7Z{display:none}.Nav_item__a1B:hover .Nav_sub__x7Z{display:block}</style>\n')
            + '<body>\n<div id="__next">\n<div class="Layout_root__Zx1">\n'
            f'<header class="Header_root__p4Q"><ul class="Topbar_list__Hh2">{tb}</ul>\n'
            f'<div class="Header_brand__Lm3">{logo(site)}</div>{search_form(site, "Search_form__r5T")}'
            f'<div class="Header_quick__Vb6">{header_links(site)}</div>\n'
            f'<nav class="Nav_root__s8W" aria-label="Huvudmeny"><ul class="Nav_list__t0U">\n{nav}</ul></nav></header>\n'
            f'<main class="Layout_main__y3E">\n{page["main"]}</main>\n'
            f'<footer class="Footer_root__u2K">\n{footer_parts(site)}</footer>\n</div>\n'
            + COOKIE.format(w="Vi") + '</div>\n'
            f'<script id="__NEXT_DATA__" type="application/json">{data}</script>\n'
            '<script src="/_next/static/chunks/main-b55x.js" defer></script>\n' + SCRIPT + '</body>\n</html>\n')


def aria(site: dict, page: dict) -> str:
    tb = "".join(f'<span class="tb-i"><a href="{h}"{a}>{t}</a></span>' for t, h, a in topbar(site))
    nav = ""
    for m in menu(site):
        subs = "".join(f'<div role="listitem"><a href="{h}">{t}</a></div>' for t, h in m["subs"])
        sub = f'<div role="list" class="lvl2" style="display:none">{subs}</div>' if subs else ""
        nav += f'<div role="listitem" class="lvl1"><a href="{m["href"]}">{m["label"]}</a>{sub}</div>\n'
    return (head(site, page) + '<body>\n<div class="page">\n'
            f'<div role="banner" class="hd"><div class="tb">{tb}</div>{logo(site)}'
            f'<div role="search">{search_form(site, "sf")}</div><div class="ql">{header_links(site)}</div>\n'
            f'<div role="navigation" aria-label="Huvudmeny"><div role="list" class="lvl0">\n{nav}</div></div></div>\n'
            f'<div role="main" class="mn">\n{page["main"]}</div>\n'
            f'<div role="contentinfo" class="ft">\n{footer_parts(site)}</div>\n</div>\n'
            + COOKIE.format(w="Vi") + SCRIPT + '</body>\n</html>\n')


def episerver(site: dict, page: dict) -> str:
    tb = "".join(f'<li><a href="{h}"{a}>{t}</a></li>' for t, h, a in topbar(site))
    nav = ""
    for m in menu(site):
        subs = "".join(f'<li class="MainMenu__subItem"><a href="{h}">{t}</a></li>' for t, h in m["subs"])
        sub = (f'<div class="MainMenu__dropdown" aria-hidden="true"><ul>{subs}</ul></div>') if subs else ""
        nav += (f'<li class="MainMenu__item" data-epi-block-id="{sum(map(ord, m["label"])) % 9000 + 1000}">'
                f'<a href="{m["href"]}">{m["label"]}</a>{sub}</li>\n')
    return (head(site, page, extra='<link rel="stylesheet" href="/Static/css/main.min.css?v=55">\n')
            + '<body class="StartPage">\n<div class="Page">\n<header class="Header">\n'
            f'<div class="Header__top"><ul class="Header__tools">{tb}</ul></div>\n'
            f'<div class="Header__main">{logo(site)}{search_form(site, "Header__search")}'
            f'<div class="Header__quick">{header_links(site)}</div></div>\n'
            f'<nav class="MainMenu" aria-label="Huvudmeny"><ul class="MainMenu__list">\n{nav}</ul></nav>\n</header>\n'
            f'<main id="maincontent" class="Page__main">\n<div class="ContentArea">\n{page["main"]}</div>\n</main>\n'
            f'<footer class="Footer"><div class="Footer__inner">\n{footer_parts(site)}</div></footer>\n</div>\n'
            + COOKIE.format(w="Vi") + SCRIPT + '</body>\n</html>\n')


def drupal(site: dict, page: dict) -> str:
    tb = "".join(f'<li class="menu-item"><a href="{h}"{a}>{t}</a></li>' for t, h, a in topbar(site))
    nav = ""
    for m in menu(site):
        subs = "".join(f'<li class="menu-item"><a href="{h}" data-drupal-link-system-path="node/{sum(map(ord, t)) % 900}">'
                       f'{t}</a></li>' for t, h in m["subs"])
        sub = f'<ul class="menu menu--level-2">{subs}</ul>' if subs else ""
        nav += (f'<li class="menu-item{" menu-item--expanded" if subs else ""}"><a href="{m["href"]}">{m["label"]}</a>'
                f'{sub}</li>\n')
    return (head(site, page, extra='<link rel="stylesheet" media="all" href="/sites/default/files/css/css_b55.css">\n')
            + '<body class="path-frontpage">\n<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n'
            '<div class="layout-container">\n<header role="banner" class="region region-header">\n'
            f'<nav role="navigation" aria-labelledby="block-secondary-menu" id="block-secondary"><h2 class="visually-hidden" '
            f'id="block-secondary-menu">Genvägar</h2><ul class="menu">{tb}</ul></nav>\n'
            f'<div id="block-branding" class="block-system-branding-block">{logo(site)}</div>'
            f'<div class="search-block-form">{search_form(site, "search-form")}</div>'
            f'<div class="block-quick">{header_links(site)}</div>\n'
            f'<nav role="navigation" aria-labelledby="block-main-menu" id="block-mainnavigation"><h2 class="visually-hidden" '
            f'id="block-main-menu">Huvudmeny</h2><ul class="menu menu--main">\n{nav}</ul></nav>\n</header>\n'
            f'<main role="main"><div class="region region-content">\n{page["main"]}</div></main>\n'
            f'<footer role="contentinfo" class="region region-footer">\n{footer_parts(site)}</footer>\n</div>\n</div>\n'
            + COOKIE.format(w="Vi") + SCRIPT + '</body>\n</html>\n')


FAMILIES = {f.__name__: f for f in (semantic, table, sitevision, municipio, bootstrap, soup, nextjs, aria,
                                    episerver, drupal)}
