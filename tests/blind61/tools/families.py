"""The ten markup families of blind61. Each render(site, page) returns one HTML document.

page = {"path", "title", "h1", "body", "front": bool}; the front page's body is built here from
chrome.front_blocks(site) and site["hero"] (list of (text, href) shortcut cards).
"""
from __future__ import annotations

import json

from chrome import (
    COOKIE_JS,
    CSS,
    cookie,
    esc,
    footer_lines,
    front_blocks,
    jsonld,
    links,
    menu,
    topbar_items,
)


def _title(site, page):
    return esc(page["title"]) if page["front"] else f"{esc(page['title'])} - {esc(site['kommun'])} kommun"


def _head(site, page, charset="utf-8", extra=""):
    desc = esc(site.get("meta_desc", f"Välkommen till {site['kommun']} kommun."))
    ld = jsonld(site) if page["front"] else ""
    return (f"<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"{charset}\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{_title(site, page)}</title>\n"
            f"<meta name=\"description\" content=\"{desc}\">\n<link rel=\"canonical\" href=\"__ORIGIN__{page['path']}\">\n"
            f"<style>{CSS}</style>\n{extra}{ld}\n</head>\n")


def _foot_extra(site):
    return links(site.get("footer_extra", []), " | ")


def _footer_common(site, cls=""):
    lines = "<br>".join(esc(x) for x in footer_lines(site))
    return (f"<div class=\"{cls}adress\"><p>{lines}</p></div>"
            f"<div class=\"{cls}lankar\"><ul><li><a href=\"/om-webbplatsen/tillganglighetsredogorelse/\">Tillgänglighetsredogörelse</a></li>"
            "<li><a href=\"/om-webbplatsen/kakor/\">Kakor</a></li><li><a href=\"/om-webbplatsen/personuppgifter/\">"
            "Behandling av personuppgifter</a></li><li><a href=\"/press/\">Press</a></li></ul>"
            f"{('<p>' + _foot_extra(site) + '</p>') if site.get('footer_extra') else ''}</div>"
            f"<div class=\"{cls}social\"><a href=\"/sociala-medier/\">Följ oss i sociala medier</a></div>")


def _front_generic(site, wrap):
    """wrap(kind, heading, inner) -> html for one front block."""
    b = front_blocks(site)
    cards = "".join(f"<li><a href=\"{esc(h)}\">{esc(t)}</a></li>" for t, h in site["hero"])
    hero = wrap("hero", site["hero_h"], f"<p>{esc(site['hero_p'])}</p><ul class=\"genvagar\">{cards}</ul>")
    return (hero + wrap("drift", "Driftinformation", b["drift"]) + wrap("news", "Nyheter", f"<ul>{b['news']}</ul>"
            "<p><a href=\"" + site["news_index"] + "\">Alla nyheter</a></p>")
            + wrap("eserv", "Populära e-tjänster", f"<ul>{b['eserv']}</ul>")
            + wrap("events", "Evenemang", f"<ul>{b['events']}</ul>")
            + wrap("jobs", "Lediga jobb", f"<ul>{b['jobs']}</ul><p><a href=\"/lediga-jobb/\">Se alla lediga jobb</a></p>")
            + wrap("ao", "A–Ö", f"<p>{b['ao']}</p>"))


def _inner(page):
    return f"<h1>{page['h1']}</h1>\n{page['body']}\n"


def _search(site, cls="", label="Sök på webbplatsen"):
    s = site["search"]
    return (f"<form class=\"{cls}\" action=\"{s['path']}\" method=\"get\"><label for=\"q\">{label}</label>"
            f"<input id=\"q\" type=\"search\" name=\"{s['param']}\"><button type=\"submit\">Sök</button></form>")


def _logo(site):
    return (f"<a href=\"/\" class=\"logo\"><img src=\"/images/logo.svg\" alt=\"{esc(site['kommun'])} kommun, "
            "till startsidan\" width=\"180\" height=\"48\"></a>")


# 1 ---------------------------------------------------------------- sitevision
def sitevision(site, page):
    m = menu(site)
    nav = ""
    for i, it in enumerate(m):
        subs = "".join(f"<li class=\"sv-menu-item\"><a href=\"{esc(h)}\">{esc(t)}</a></li>" for t, h in it["subs"])
        nav += (f"<li class=\"env-nav__item\"><a class=\"env-link\" href=\"{it['href']}\">{esc(it['label'])}</a>"
                f"<button class=\"env-button\" aria-expanded=\"false\" aria-controls=\"mega{i}\">"
                f"<span class=\"env-assistive-text\">Visa undersidor för {esc(it['label'])}</span></button>"
                f"<div class=\"sv-layout mega\" id=\"mega{i}\" hidden><ul>{subs}</ul></div></li>")
    util = links(site.get("header_util", []), " ")
    top = links(topbar_items(site), " ")

    def wrap(kind, h, inner):
        return (f"<div class=\"sv-layout sv-row {kind}\"><div class=\"sv-portlet sv-text-portlet\"><h2 class=\"subheading\">"
                f"{h}</h2>{inner}</div></div>\n")
    body = _front_generic(site, wrap) if page["front"] else (
        f"<div class=\"sv-layout sv-row\"><div class=\"sv-portlet sv-text-portlet\">{_inner(page)}</div></div>")
    return (_head(site, page) + "<body>\n" + cookie(site, "div", "sv-portlet cookie") +
            "<div class=\"sv-layout\" id=\"svid10_1\">\n"
            f"<div class=\"sv-layout topbar\"><div class=\"sv-portlet\">{top}</div></div>\n"
            f"<div class=\"sv-layout header\"><div class=\"sv-portlet sv-image-portlet\">{_logo(site)}</div>"
            f"<div class=\"sv-portlet sv-searchform-portlet\">{_search(site)}</div><div class=\"sv-portlet util\">{util}</div></div>\n"
            f"<nav class=\"sv-layout\" aria-label=\"Huvudmeny\"><ul class=\"env-nav\">{nav}</ul></nav>\n"
            f"<div class=\"sv-layout\" id=\"Innehall\">\n{body}</div>\n"
            f"<div class=\"sv-layout sidfot\"><div class=\"sv-portlet\"><h2>Kontakt</h2>{_footer_common(site)}</div></div>\n"
            f"</div>\n{COOKIE_JS}\n</body>\n</html>\n")


# 2 ---------------------------------------------------------------- municipio
def municipio(site, page):
    m = menu(site)
    nav = ""
    for it in m:
        subs = "".join(f"<li class=\"c-nav__item\"><a class=\"c-nav__link\" href=\"{esc(h)}\">{esc(t)}</a></li>" for t, h in it["subs"])
        nav += (f"<li class=\"c-nav__item c-nav__item--has-children\"><a class=\"c-nav__link\" href=\"{it['href']}\">"
                f"{esc(it['label'])}</a><ul class=\"c-nav c-nav--depth-1\">{subs}</ul></li>")
    util = links(site.get("header_util", []), " ")

    def wrap(kind, h, inner):
        return (f"<section class=\"o-section c-{kind}\"><div class=\"o-container\"><h2 class=\"c-typography__h2\">{h}</h2>"
                f"{inner}</div></section>\n")
    body = _front_generic(site, wrap) if page["front"] else (
        f"<div class=\"o-container\"><article class=\"c-article\">{_inner(page)}</article></div>")
    return (_head(site, page) + "<body class=\"wp-theme-municipio\">\n" + cookie(site, "div", "c-cookie-consent cookie") +
            f"<div class=\"c-header__top\">{links(topbar_items(site), ' ')}</div>\n"
            f"<header class=\"c-header site-header\">{_logo(site)}<div class=\"c-header__menu\">{util}"
            "<button class=\"c-button js-drawer-toggle\" aria-controls=\"drawer\" aria-expanded=\"false\">Meny</button></div>"
            f"{_search(site, 'c-search')}</header>\n"
            f"<div class=\"c-drawer\" id=\"drawer\" hidden><nav aria-label=\"Meny\"><ul class=\"c-nav c-nav--depth-0\">{nav}</ul></nav></div>\n"
            f"<main id=\"main-content\">\n{body}</main>\n"
            f"<footer class=\"c-footer\"><div class=\"o-container\">{_footer_common(site, 'c-footer__')}</div></footer>\n"
            f"{COOKIE_JS}\n</body>\n</html>\n")


# 3 ---------------------------------------------------------------- soup
def soup(site, page):
    m = menu(site)
    nav = ""
    for it in m:
        subs = "".join(f"<div class=\"q4\"><a href=\"{esc(h)}\">{esc(t)}</a></div>" for t, h in it["subs"])
        nav += f"<div class=\"q2\"><a class=\"q3\" href=\"{it['href']}\">{esc(it['label'])}</a><div class=\"zz hidden\">{subs}</div></div>"
    util = links(site.get("header_util", []), " ")

    def wrap(kind, h, inner):
        return f"<div class=\"box7 b-{kind}\"><div class=\"t2\">{h}</div>{inner}</div>\n"
    body = _front_generic(site, wrap) if page["front"] else f"<div class=\"box7\">{_inner(page)}</div>"
    return (_head(site, page) + "<body>\n" + cookie(site, "div", "ck cookie") +
            f"<div class=\"w1\"><div class=\"t1\">{links(topbar_items(site), ' ')}</div>\n"
            f"<div class=\"h0\">{_logo(site)}<div class=\"s9\">{_search(site, 'f1')}</div><div class=\"u5\">{util}</div></div>\n"
            f"<div class=\"n1\">{nav}</div>\n<div class=\"c0\">\n{body}</div>\n"
            f"<div class=\"f0\"><div class=\"t2\">Kontakt</div>{_footer_common(site, 'f')}</div></div>\n"
            f"{COOKIE_JS}\n</body>\n</html>\n")


# 4 ---------------------------------------------------------------- table (ISO-8859-1)
def table(site, page):
    m = menu(site)
    top = " | ".join(f"<a href=\"{it['href']}\"><font color=\"#ffffff\"><b>{esc(it['label'])}</b></font></a>" for it in m)
    left = ""
    for it in m:
        subs = "".join(f"&nbsp;&nbsp;<a href=\"{esc(h)}\"><font size=\"1\">{esc(t)}</font></a><br>" for t, h in it["subs"])
        left += f"<tr><td><a href=\"{it['href']}\"><font size=\"2\"><b>{esc(it['label'])}</b></font></a><br>{subs}</td></tr>"
    util = " | ".join(f"<a href=\"{esc(h)}\"><font size=\"1\">{esc(t)}</font></a>" for t, h in
                      topbar_items(site) + site.get("header_util", []))

    def wrap(kind, h, inner):
        return (f"<table width=\"100%\" border=\"0\" cellpadding=\"4\"><tr><td bgcolor=\"#dde6ee\"><font face=\"Verdana\" size=\"2\">"
                f"<b>{h}</b></font></td></tr><tr><td><font face=\"Verdana\" size=\"2\">{inner}</font></td></tr></table>\n")
    body = _front_generic(site, wrap) if page["front"] else f"<font face=\"Verdana\" size=\"2\">{_inner(page)}</font>"
    head = _head(site, page, "iso-8859-1").replace("<meta charset=\"iso-8859-1\">",
                                                      "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">")
    head = head.replace("<!DOCTYPE html>", "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">")
    return (head + "<body bgcolor=\"#ffffff\" topmargin=\"0\" leftmargin=\"0\">\n" + cookie(site, "div", "cookie") +
            "<table width=\"980\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" align=\"center\">\n"
            f"<tr><td colspan=\"2\" align=\"right\">{util}</td></tr>\n"
            f"<tr><td width=\"200\">{_logo(site)}</td><td align=\"right\">{_search(site, '', 'Sök')}</td></tr>\n"
            f"<tr><td colspan=\"2\" bgcolor=\"#2a4d69\" height=\"28\"><font face=\"Verdana\" size=\"2\">{top}</font></td></tr>\n"
            f"<tr><td width=\"200\" valign=\"top\"><table width=\"100%\">{left}</table></td>\n"
            f"<td valign=\"top\">\n{body}</td></tr>\n"
            f"<tr><td colspan=\"2\" bgcolor=\"#eeeeee\"><font face=\"Verdana\" size=\"1\">{_footer_common(site)}</font></td></tr>\n"
            "</table>\n</body>\n</html>\n")


# 5 ---------------------------------------------------------------- episerver / optimizely
def episerver(site, page):
    m = menu(site)
    nav = ""
    for i, it in enumerate(m):
        subs = "".join(f"<li><a href=\"{esc(h)}\">{esc(t)}</a></li>" for t, h in it["subs"])
        nav += (f"<li class=\"main-navigation__item\"><button class=\"main-navigation__toggle\" aria-expanded=\"false\" "
                f"aria-controls=\"mm-{i}\">{esc(it['label'])}</button><div class=\"mega-menu\" id=\"mm-{i}\" hidden>"
                f"<div class=\"mega-menu__inner\"><h2><a href=\"{it['href']}\">{esc(it['label'])}</a></h2><ul>{subs}</ul>"
                "</div></div></li>")
    util = links(site.get("header_util", []), " ")

    def wrap(kind, h, inner):
        return f"<div class=\"block {kind}-block\"><h2 class=\"block__heading\">{h}</h2>{inner}</div>\n"
    body = _front_generic(site, wrap) if page["front"] else (
        f"<div class=\"page-content\"><div class=\"main-intro\"></div>{_inner(page)}</div>")
    return (_head(site, page, extra="<link rel=\"stylesheet\" href=\"/Static/css/main.min.css\">\n") +
            "<body>\n<a class=\"skip-link\" href=\"#main-content\">Till innehållet</a>\n" + cookie(site, "div", "cookie-banner cookie") +
            f"<header class=\"site-header\"><div class=\"site-header__top\">{links(topbar_items(site), ' ')}</div>"
            f"<div class=\"site-header__main\">{_logo(site)}{_search(site, 'header-search')}<div class=\"site-header__util\">{util}</div></div>"
            f"<nav class=\"main-navigation\" aria-label=\"Huvudnavigering\"><ul class=\"main-navigation__list\">{nav}</ul></nav></header>\n"
            f"<main id=\"main-content\">\n{body}</main>\n"
            f"<footer class=\"site-footer\">{_footer_common(site, 'site-footer__')}</footer>\n"
            f"{COOKIE_JS}\n</body>\n</html>\n")


# 6 ---------------------------------------------------------------- drupal
def drupal(site, page):
    m = menu(site)
    nav = ""
    for it in m:
        subs = "".join(f"<li class=\"menu-item\"><a href=\"{esc(h)}\">{esc(t)}</a></li>" for t, h in it["subs"])
        nav += (f"<li class=\"menu-item menu-item--expanded\"><a href=\"{it['href']}\" data-drupal-link-system-path=\"node/"
                f"{len(it['label'])}\">{esc(it['label'])}</a><ul class=\"menu\">{subs}</ul></li>")
    util = links(site.get("header_util", []), " ")

    def wrap(kind, h, inner):
        return (f"<div class=\"region region-{kind}\"><div class=\"block block-block-content\"><h2 class=\"block-title\">{h}</h2>"
                f"<div class=\"field field--name-body\">{inner}</div></div></div>\n")
    body = _front_generic(site, wrap) if page["front"] else (
        f"<article class=\"node node--type-page\"><div class=\"node__content\">{_inner(page)}</div></article>")
    return (_head(site, page) + "<body class=\"path-frontpage\">\n<div class=\"dialog-off-canvas-main-canvas\">\n"
            + cookie(site, "div", "eu-cookie-compliance-banner cookie") +
            f"<div class=\"region region-top-bar\">{links(topbar_items(site), ' ')}</div>\n"
            f"<header role=\"banner\" class=\"site-header\"><div class=\"region region-header\">{_logo(site)}"
            f"<div class=\"block-search\">{_search(site)}</div><div class=\"block-util\">{util}</div></div>"
            "<div class=\"region region-primary-menu\"><nav role=\"navigation\" aria-labelledby=\"block-main-menu\">"
            f"<h2 class=\"visually-hidden\" id=\"block-main-menu\">Huvudmeny</h2><ul class=\"menu menu--main\">{nav}</ul></nav></div></header>\n"
            f"<main role=\"main\"><div class=\"layout-content\">\n{body}</div></main>\n"
            f"<footer role=\"contentinfo\" class=\"site-footer\"><div class=\"region region-footer\">{_footer_common(site)}</div></footer>\n"
            f"</div>\n{COOKIE_JS}\n</body>\n</html>\n")


# 7 ---------------------------------------------------------------- bootstrap
def bootstrap(site, page):
    m = menu(site)
    nav = ""
    for i, it in enumerate(m):
        subs = "".join(f"<li><a class=\"dropdown-item\" href=\"{esc(h)}\">{esc(t)}</a></li>" for t, h in it["subs"])
        nav += (f"<li class=\"nav-item dropdown\"><a class=\"nav-link dropdown-toggle\" href=\"{it['href']}\" id=\"dd{i}\" "
                f"role=\"button\" data-bs-toggle=\"dropdown\" aria-expanded=\"false\">{esc(it['label'])}</a>"
                f"<ul class=\"dropdown-menu\" aria-labelledby=\"dd{i}\">{subs}</ul></li>")
    util = "".join(f"<li class=\"list-inline-item\"><a href=\"{esc(h)}\">{esc(t)}</a></li>" for t, h in site.get("header_util", []))

    def wrap(kind, h, inner):
        return f"<section class=\"container py-4 {kind}\"><div class=\"row\"><div class=\"col-12\"><h2 class=\"h3\">{h}</h2>{inner}</div></div></section>\n"
    body = _front_generic(site, wrap) if page["front"] else f"<div class=\"container py-4\">{_inner(page)}</div>"
    return (_head(site, page, extra="<link rel=\"stylesheet\" href=\"/css/bootstrap.min.css\">\n") + "<body>\n"
            + cookie(site, "div", "alert alert-light fixed-bottom cookie") +
            f"<div class=\"bg-light small\"><div class=\"container\">{links(topbar_items(site), ' ')}</div></div>\n"
            f"<header class=\"container d-flex justify-content-between\">{_logo(site)}{_search(site, 'd-flex')}"
            f"<ul class=\"list-inline\">{util}</ul></header>\n"
            "<nav class=\"navbar navbar-expand-lg navbar-dark bg-primary\"><div class=\"container\"><button class=\"navbar-toggler\" "
            "data-bs-toggle=\"collapse\" data-bs-target=\"#mainnav\" aria-label=\"Visa meny\"><span class=\"navbar-toggler-icon\"></span>"
            f"</button><div class=\"collapse navbar-collapse\" id=\"mainnav\"><ul class=\"navbar-nav\">{nav}</ul></div></div></nav>\n"
            f"<main>\n{body}</main>\n"
            f"<footer class=\"bg-dark text-white py-4\"><div class=\"container\">{_footer_common(site)}</div></footer>\n"
            "<script src=\"/js/bootstrap.bundle.min.js\"></script>\n"
            f"{COOKIE_JS}\n</body>\n</html>\n")


# 8 ---------------------------------------------------------------- next.js static export
def nextjs(site, page):
    m = menu(site)
    nav = ""
    for it in m:
        subs = "".join(f"<li><a class=\"MegaMenu_link__q2Zp1\" href=\"{esc(h)}\">{esc(t)}</a></li>" for t, h in it["subs"])
        nav += (f"<li class=\"MainNav_item__a8Fj2\"><a class=\"MainNav_link__Xk31d\" href=\"{it['href']}\">{esc(it['label'])}</a>"
                f"<div class=\"MegaMenu_panel__9LmQe\" hidden><ul>{subs}</ul></div></li>")
    util = links(site.get("header_util", []), " ")

    def wrap(kind, h, inner):
        return f"<section class=\"Section_section__Pk7vA Section_{kind}__r3\"><h2 class=\"Heading_h2__2dJx\">{h}</h2>{inner}</section>\n"
    body = _front_generic(site, wrap) if page["front"] else f"<article class=\"Article_article__0aQ\">{_inner(page)}</article>"
    data = {"props": {"pageProps": {"path": page["path"], "title": page["title"]}}, "page": "/[[...slug]]",
            "query": {}, "buildId": "kX3p9QvM2", "nextExport": True, "isFallback": False}
    return (_head(site, page, extra="<link rel=\"preload\" href=\"/_next/static/css/4f1a.css\" as=\"style\">\n") + "<body>\n"
            "<div id=\"__next\">" + cookie(site, "div", "CookieBanner_banner__Ux1 cookie") +
            f"<div class=\"TopBar_bar__7Hd2\">{links(topbar_items(site), ' ')}</div>"
            f"<header class=\"Header_header__x7K2a\">{_logo(site)}{_search(site, 'Search_form__m1')}"
            f"<div class=\"Header_util__y6Tb\">{util}</div>"
            f"<nav class=\"MainNav_nav__LQ1\" aria-label=\"Huvudmeny\"><ul>{nav}</ul></nav></header>\n"
            f"<main class=\"Layout_main__b7C\">\n{body}</main>\n"
            f"<footer class=\"Footer_footer__Hs3z\">{_footer_common(site, 'Footer_')}</footer></div>\n"
            f"<script id=\"__NEXT_DATA__\" type=\"application/json\">{json.dumps(data, ensure_ascii=False)}</script>\n"
            "<script src=\"/_next/static/chunks/main-7d1f.js\" defer></script>\n"
            f"{COOKIE_JS}\n</body>\n</html>\n")


# 9 ---------------------------------------------------------------- umbraco
def umbraco(site, page):
    m = menu(site)
    nav = ""
    for it in m:
        subs = "".join(f"<li class=\"navigation__sub-item\"><a href=\"{esc(h)}\">{esc(t)}</a></li>" for t, h in it["subs"])
        nav += (f"<li class=\"navigation__item\"><a class=\"navigation__link\" href=\"{it['href']}\">{esc(it['label'])}</a>"
                f"<ul class=\"navigation__sub\" aria-hidden=\"true\">{subs}</ul></li>")
    util = links(site.get("header_util", []), " ")

    def wrap(kind, h, inner):
        return (f"<div class=\"umb-grid-row {kind}\"><div class=\"umb-column col-md-12\"><div class=\"umb-control\">"
                f"<h2>{h}</h2>{inner}</div></div></div>\n")
    body = _front_generic(site, wrap) if page["front"] else (
        f"<div class=\"umb-grid-row\"><div class=\"umb-column col-md-8\">{_inner(page)}</div></div>")
    return (_head(site, page, extra="<link rel=\"stylesheet\" href=\"/css/site.css?v=20260112\">\n") + "<body>\n"
            + cookie(site, "div", "cookie-notice cookie") +
            f"<header class=\"header\"><div class=\"header__tools\">{links(topbar_items(site), ' ')}</div>"
            f"<div class=\"header__main\">{_logo(site)}{_search(site, 'header__search')}<div class=\"header__links\">{util}</div></div>"
            f"<nav class=\"navigation\" aria-label=\"Huvudmeny\"><ul class=\"navigation__list\">{nav}</ul></nav></header>\n"
            f"<main id=\"content\" class=\"umb-grid\">\n{body}</main>\n"
            f"<footer class=\"footer\">{_footer_common(site, 'footer__')}</footer>\n"
            f"{COOKIE_JS}\n</body>\n</html>\n")


# 10 --------------------------------------------------------------- aria roles only
def aria(site, page):
    m = menu(site)
    nav = ""
    for it in m:
        subs = "".join(f"<div role=\"listitem\"><a href=\"{esc(h)}\">{esc(t)}</a></div>" for t, h in it["subs"])
        nav += (f"<div role=\"listitem\" class=\"mi\"><a href=\"{it['href']}\">{esc(it['label'])}</a>"
                f"<div role=\"list\" class=\"sub\" hidden>{subs}</div></div>")
    util = links(site.get("header_util", []), " ")

    def wrap(kind, h, inner):
        return f"<div role=\"region\" aria-label=\"{h}\" class=\"blk {kind}\"><div role=\"heading\" aria-level=\"2\">{h}</div>{inner}</div>\n"
    body = _front_generic(site, wrap) if page["front"] else f"<div class=\"blk\">{_inner(page)}</div>"
    return (_head(site, page) + "<body>\n" + cookie(site, "div", "cookie") +
            f"<div role=\"banner\" class=\"top\"><div class=\"tb\">{links(topbar_items(site), ' ')}</div>{_logo(site)}"
            f"<div role=\"search\">{_search(site)}</div><div class=\"ul\">{util}</div>"
            f"<div role=\"navigation\" aria-label=\"Huvudmeny\"><div role=\"list\">{nav}</div></div></div>\n"
            f"<div role=\"main\" id=\"innehall\">\n{body}</div>\n"
            f"<div role=\"contentinfo\" class=\"bottom\">{_footer_common(site)}</div>\n"
            f"{COOKIE_JS}\n</body>\n</html>\n")


FAMILIES = {"sitevision": sitevision, "municipio": municipio, "soup": soup, "table": table, "episerver": episerver,
            "drupal": drupal, "bootstrap": bootstrap, "nextjs": nextjs, "umbraco": umbraco, "aria": aria}
