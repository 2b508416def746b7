"""The ten markup families of blind59 (typing aid only)."""
from __future__ import annotations

import json
import re

CSS = "body{font-family:sans-serif;margin:0}.cookie{position:fixed;bottom:0;background:#eee;padding:1em}"
JS = "document.documentElement.classList.add('js');"


def slug(text: str) -> str:
    t = text.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), ("–", "-")):
        t = t.replace(a, b)
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return t


def kn(s: dict) -> str:
    """'Holmstena kommun', 'Tjärnviks kommun'."""
    k = s["kommun"]
    return f"{k} kommun" if k[-1] in "aeiouyåäös" else f"{k}s kommun"


def title_of(s: dict, page: dict) -> str:
    return f"{page['title']}{s.get('title_sep', ' - ')}{kn(s)}"


def topbar(s: dict) -> list[str]:
    items = list(s.get("topbar_extra", []))
    items += ['<a href="/lyssna/">Lyssna</a>', '<a href="/lattlast/">Lättläst</a>',
              '<a href="/teckensprak/">Teckenspråk</a>', '<a href="/in-english/">In English</a>']
    return items


def footer_lines(s: dict) -> list[str]:
    k = s["kommun"]
    return [f"<strong>{kn(s)}</strong>", f"Besöksadress: {s['address']}", f"Postadress: {kn(s)}, {s['postcode']} {k}", f"Växel: {s['vaxel']}", f'E-post: <a href="mailto:{s["email"]}">{s["email"]}</a>', f"Org.nr: {s['orgnr']}", *s.get("footer_extra", [])]


def footer_links(s: dict) -> list[str]:
    return [f'<a href="{s.get("a11y_path", "/om-webbplatsen/tillganglighetsredogorelse/")}">Tillgänglighetsredogörelse</a>', f'<a href="{s.get("cookie_path", "/om-webbplatsen/kakor/")}">Kakor</a>', '<a href="/om-webbplatsen/personuppgifter/">Personuppgifter (GDPR)</a>', '<a href="/press/">Press</a>', *s.get("footer_links_extra", [])]


def cookie(cls: str = "cookie") -> str:
    return (f'<div class="{cls}" id="cookie-consent"><p>Vi använder kakor (cookies) för att förbättra webbplatsen. '
            '<button type="button">Godkänn alla</button> <button type="button">Endast nödvändiga</button></p></div>')


def jsonld(s: dict) -> str:
    d = {"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": kn(s),
         "url": "__ORIGIN__/", "telephone": s["vaxel"]}
    d.update(s.get("jsonld_extra", {}))
    return f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>'


def head(s: dict, page: dict, extra: str = "", charset: str = "utf-8") -> str:
    meta = f'<meta charset="{charset}">' if charset == "utf-8" else f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n{meta}\n<title>{title_of(s, page)}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<style>{CSS}</style>\n'
            + (jsonld(s) + "\n" if page["front"] else "") + extra + "</head>\n")


def crumbs_html(page: dict, wrap: str = "nav", cls: str = "breadcrumb", label: bool = True) -> str:
    if page["front"]:
        return ""
    parts = ['<a href="/">Start</a>']
    for text, href in page.get("crumbs", []):
        parts.append(f'<a href="{href}">{text}</a>' if href else f"<span>{text}</span>")
    attr = ' aria-label="Brödsmulor"' if label else ""
    return f'<{wrap} class="{cls}"{attr}>' + " › ".join(parts) + f"</{wrap}>\n"


def main_inner(page: dict, sec_tag: str = "section", h2: str = "h2", sec_cls: str = "") -> str:
    if not page["front"]:
        return f"<h1>{page['h1']}</h1>\n{page['body']}\n"
    out = []
    for kind, heading, inner in page["sections"]:
        hd = f"<{h2}>{heading}</{h2}>" if heading else ""
        cls = f' class="{sec_cls}{kind}"'
        out.append(f"<{sec_tag}{cls}>{hd}{inner}</{sec_tag}>")
    return "\n".join(out) + "\n"


def search_form(s: dict, action: str = "/sok/", param: str = "q") -> str:
    return (f'<form action="{action}" method="get" role="search"><label for="q">Sök på webbplatsen</label>'
            f'<input type="search" id="q" name="{param}"><button type="submit">Sök</button></form>')


def search_plain(s: dict, action: str = "/sok/") -> str:
    return search_form(s, action=action).replace(' role="search"', "")


def logo(s: dict, href: str = "/") -> str:
    return f'<a href="{href}" class="logo"><img src="/bilder/logo.svg" alt="{kn(s)}, till startsidan"></a>'


# ---------------------------------------------------------------- families
def semantic(s, nav, page):
    menu = "".join(
        f'<li><a href="{h}">{n}</a>' + (("<ul>" + "".join(f'<li><a href="{sh}">{st}</a></li>' for st, sh in subs) + "</ul>") if subs else "")
        + "</li>" for n, h, subs in nav)
    hl = " ".join(s.get("header_links", []))
    return (head(s, page) + "<body>\n<header class=\"site-header\">\n"
            f'<div class="topbar">{" ".join(topbar(s))}</div>\n'
            f'<div class="brand">{logo(s)} {search_form(s)} <div class="header-links">{hl}</div></div>\n'
            f'<nav aria-label="Huvudmeny" class="main-nav"><ul>{menu}</ul></nav>\n</header>\n'
            f'<main id="main">\n{crumbs_html(page)}{main_inner(page)}</main>\n'
            f'<footer class="site-footer"><address>{"<br>".join(footer_lines(s))}</address>'
            f'<ul>{"".join(f"<li>{x}</li>" for x in footer_links(s))}</ul></footer>\n'
            f'{cookie()}\n<script>{JS}</script>\n</body>\n</html>\n')


def soup(s, nav, page):
    menu = "".join(
        f'<div class="m1"><a class="m2" href="{h}">{n}</a><div class="m3">'
        + "".join(f'<a class="m4" href="{sh}">{st}</a>' for st, sh in subs) + "</div></div>" for n, h, subs in nav)
    if page["front"]:
        inner = "\n".join(
            f'<div class="b{i}">' + (f'<div class="hd">{hd}</div>' if hd else "") + inn.replace("<h1>", '<h1 class="hh">') + "</div>"
            for i, (_k, hd, inn) in enumerate(page["sections"]))
    else:
        inner = f'<h1 class="hh">{page["h1"]}</h1>\n{page["body"]}'
    crumbs = crumbs_html(page, wrap="div", cls="c9", label=False)
    return (head(s, page) + '<body>\n<div class="zz">\n'
            f'<div class="q1">{" | ".join(topbar(s))}</div>\n'
            f'<div class="q2">{logo(s)}<div class="q5">{search_plain(s)}</div></div>\n'
            f'<div class="q3">{menu}</div>\n'
            f'<div class="q4">\n{crumbs}{inner}\n</div>\n'
            f'<div class="q6"><div class="x1">{"<br>".join(footer_lines(s))}</div><div class="x2">{" · ".join(footer_links(s))}</div></div>\n'
            f'</div>\n{cookie("box7")}\n<script>{JS}</script>\n</body>\n</html>\n')


def table(s, nav, page):
    cs = s.get("charset", "utf-8")
    menu = "".join(
        f'<tr><td class="menu1"><font face="Verdana,Arial" size="2"><b><a href="{h}">{n}</a></b></font>'
        + "".join(f'<br><font size="1">&nbsp;&nbsp;<a href="{sh}">{st}</a></font>' for st, sh in subs) + "</td></tr>"
        for n, h, subs in nav)
    if page["front"]:
        inner = "".join(
            '<table width="100%" cellpadding="4"><tr><td>' + (f'<font face="Verdana" size="3"><b>{hd}</b></font><br>' if hd else "")
            + f'<font face="Verdana" size="2">{inn}</font></td></tr></table>' for _k, hd, inn in page["sections"])
    else:
        inner = f'<font face="Verdana" size="2">{crumbs_html(page, wrap="div", cls="crumbs", label=False)}<h1>{page["h1"]}</h1>{page["body"]}</font>'
    top = " | ".join(topbar(s))
    return (head(s, page, charset=cs).replace("<!DOCTYPE html>", '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">')
            + '<body bgcolor="#ffffff" topmargin="0" leftmargin="0">\n'
            '<table width="100%" border="0" cellspacing="0" cellpadding="0">\n'
            f'<tr><td colspan="2" bgcolor="#003366" align="right"><font face="Verdana" size="1" color="#ffffff">{top}</font></td></tr>\n'
            f'<tr><td width="200">{logo(s)}</td><td align="right">{search_plain(s, action="/sok.asp")}</td></tr>\n'
            f'<tr><td valign="top" width="200" bgcolor="#eeeeee"><table width="100%" cellpadding="3">{menu}</table></td>\n'
            f'<td valign="top">{inner}</td></tr>\n'
            f'<tr><td colspan="2" bgcolor="#dddddd"><font face="Verdana" size="1">{"<br>".join(footer_lines(s))}<br>{" | ".join(footer_links(s))}</font></td></tr>\n'
            f'</table>\n{cookie("kakruta")}\n<script language="JavaScript">{JS}</script>\n</body>\n</html>\n')


def sitevision(s, nav, page):
    menu = ""
    for i, (n, h, subs) in enumerate(nav):
        panel = ""
        if subs:
            panel = (f'<div class="env-mega-panel" id="mega{i}" hidden><div class="sv-layout sv-column-6"><h3 class="subheading">{n}</h3><ul>'
                     + "".join(f'<li><a href="{sh}">{st}</a></li>' for st, sh in subs) + "</ul></div></div>")
        menu += (f'<li class="env-nav__item"><a class="env-nav__link" href="{h}">{n}</a>'
                 + (f'<button class="env-mega-toggle" aria-expanded="false" aria-controls="mega{i}">Visa undermeny för {n}</button>' if subs else "")
                 + panel + "</li>")
    if page["front"]:
        inner = "\n".join(f'<div class="sv-layout sv-portlet sv-text-portlet" id="svid12_{k}">'
                          + (f'<h2 class="subheading">{hd}</h2>' if hd else "") + inn + "</div>" for k, hd, inn in page["sections"])
    else:
        inner = f'{crumbs_html(page, cls="sv-breadcrumb")}<div class="sv-layout sv-portlet sv-text-portlet"><h1 class="heading">{page["h1"]}</h1>{page["body"]}</div>'
    return (head(s, page, extra='<link rel="stylesheet" href="/sitevision/system-resource/css/portlets.css">\n')
            + '<body>\n<div class="sv-layout" id="svid10_header">\n'
            f'<div class="sv-layout sv-portlet" id="svid12_topbar">{" ".join(topbar(s))}</div>\n'
            f'<div class="sv-layout sv-portlet sv-image-portlet">{logo(s)}</div>\n'
            f'<div class="sv-layout sv-portlet sv-searchform-portlet">{search_form(s)}</div>\n'
            f'<div class="sv-layout sv-portlet sv-html-portlet">{" ".join(s.get("header_links", []))}</div>\n'
            f'<div class="sv-layout sv-portlet sv-menu-portlet"><ul class="env-nav">{menu}</ul></div>\n</div>\n'
            f'<div class="sv-layout" id="svid10_content">\n{inner}\n</div>\n'
            f'<div class="sv-layout" id="svid10_footer"><div class="sv-layout sv-portlet sv-text-portlet">{"<br>".join(footer_lines(s))}</div>'
            f'<div class="sv-layout sv-portlet">{" ".join(footer_links(s))}</div></div>\n'
            f'{cookie("sv-cookie-consent-banner")}\n<script src="/sitevision/system-resource/js/jquery.js"></script><script>{JS}</script>\n</body>\n</html>\n')


def municipio(s, nav, page):
    menu = "".join(
        f'<li class="c-nav__item"><a class="c-nav__link" href="{h}">{n}</a>'
        + (('<ul class="c-nav__sub">' + "".join(f'<li><a href="{sh}">{st}</a></li>' for st, sh in subs) + "</ul>") if subs else "")
        + "</li>" for n, h, subs in nav)
    hl = " ".join(s.get("header_links", []))
    return (head(s, page, extra='<link rel="stylesheet" href="/wp-content/themes/municipio/assets/dist/css/app.css">\n')
            + '<body class="wp-theme-municipio">\n<header class="c-header" id="site-header">\n'
            f'<div class="c-header__top">{" ".join(topbar(s))}</div>\n'
            f'<div class="c-header__main">{logo(s)} {search_form(s, action="/", param="s")} {hl}'
            '<button class="c-button hamburger" aria-controls="drawer" aria-expanded="false">Meny</button></div>\n</header>\n'
            f'<div class="c-drawer" id="drawer" hidden><nav class="c-drawer__nav" aria-label="Huvudmeny"><ul class="c-nav">{menu}</ul></nav></div>\n'
            f'<main id="main-content" class="o-container">\n{crumbs_html(page, cls="c-breadcrumb")}{main_inner(page, sec_cls="c-card ")}</main>\n'
            f'<footer class="c-footer"><div class="c-footer__widget">{"<br>".join(footer_lines(s))}</div>'
            f'<div class="c-footer__links">{" ".join(footer_links(s))}</div></footer>\n'
            f'{cookie("c-cookie")}\n<script>{JS}</script>\n</body>\n</html>\n')


def bootstrap(s, nav, page):
    items = ""
    for i, (n, h, subs) in enumerate(nav):
        if subs:
            items += (f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{h}" id="dd{i}" role="button" data-bs-toggle="dropdown" aria-expanded="false">{n}</a>'
                      f'<ul class="dropdown-menu" aria-labelledby="dd{i}">'
                      + "".join(f'<li><a class="dropdown-item" href="{sh}">{st}</a></li>' for st, sh in subs) + "</ul></li>")
        else:
            items += f'<li class="nav-item"><a class="nav-link" href="{h}">{n}</a></li>'
    return (head(s, page, extra='<link rel="stylesheet" href="/css/bootstrap.min.css">\n')
            + '<body>\n<div class="bg-dark text-white small py-1"><div class="container">' + " ".join(topbar(s)) + "</div></div>\n"
            f'<header class="container d-flex">{logo(s)} {search_form(s)} {" ".join(s.get("header_links", []))}</header>\n'
            '<nav class="navbar navbar-expand-lg navbar-light bg-light"><div class="container">'
            '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainnav" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>'
            f'<div class="collapse navbar-collapse" id="mainnav"><ul class="navbar-nav">{items}</ul></div></div></nav>\n'
            f'<main class="container">\n{crumbs_html(page)}{main_inner(page, sec_tag="div", sec_cls="row py-3 ")}</main>\n'
            f'<footer class="bg-light mt-5"><div class="container row"><div class="col-md-6">{"<br>".join(footer_lines(s))}</div>'
            f'<div class="col-md-6">{"<br>".join(footer_links(s))}</div></div></footer>\n'
            f'{cookie("alert alert-secondary fixed-bottom")}\n<script src="/js/bootstrap.bundle.min.js"></script>\n</body>\n</html>\n')


def aria(s, nav, page):
    menu = "".join(
        f'<div role="none" class="mi"><a role="menuitem" href="{h}">{n}</a>'
        + (('<div role="menu" aria-label="' + n + '">' + "".join(f'<a role="menuitem" href="{sh}">{st}</a>' for st, sh in subs) + "</div>") if subs else "")
        + "</div>" for n, h, subs in nav)
    if page["front"]:
        inner = "\n".join(f'<div role="region" aria-label="{hd or "Välkommen"}" class="r-{k}">'
                          + (f'<div role="heading" aria-level="2">{hd}</div>' if hd else "") + inn + "</div>" for k, hd, inn in page["sections"])
    else:
        inner = crumbs_html(page, wrap="div", cls="crumbs").replace("aria-label=", 'role="navigation" aria-label=') + f'<h1>{page["h1"]}</h1>\n{page["body"]}'
    return (head(s, page) + '<body>\n<div class="w">\n'
            f'<div role="banner" class="b">\n<div class="tb">{" ".join(topbar(s))}</div>\n'
            f'<div class="lg">{logo(s)}</div><div role="search">{search_plain(s)}</div>\n'
            f'<div role="navigation" aria-label="Huvudmeny"><div role="menubar">{menu}</div></div>\n</div>\n'
            f'<div role="main" class="m">\n{inner}\n</div>\n'
            f'<div role="contentinfo" class="f"><div>{"<br>".join(footer_lines(s))}</div><div>{" ".join(footer_links(s))}</div></div>\n'
            f'</div>\n{cookie()}\n<script>{JS}</script>\n</body>\n</html>\n')


def episerver(s, nav, page):
    menu = "".join(
        f'<li class="MainMenu__item"><a class="MainMenu__link" href="{h}">{n}</a>'
        + (('<ul class="MainMenu__sub" aria-hidden="true">' + "".join(f'<li><a href="{sh}">{st}</a></li>' for st, sh in subs) + "</ul>") if subs else "")
        + "</li>" for n, h, subs in nav)
    if page["front"]:
        blocks = []
        for k, hd, inn in page["sections"]:
            cls = "HeroBlock" if k == "hero" else f"{k.capitalize()}Block"
            blocks.append(f'<div class="ContentArea__item block {cls}" data-contentname="{cls}">' + (f"<h2>{hd}</h2>" if hd else "") + inn + "</div>")
        inner = '<div class="ContentArea">' + "\n".join(blocks) + "</div>"
    else:
        inner = f'{crumbs_html(page, cls="Breadcrumbs")}<article class="ArticlePage"><h1>{page["h1"]}</h1>{page["body"]}</article>'
    return (head(s, page, extra='<link rel="stylesheet" href="/Static/css/main.min.css">\n')
            + '<body class="StartPage">\n<header class="Header">\n'
            f'<div class="Header__toolbar">{" ".join(topbar(s))}</div>\n'
            f'<div class="Header__main">{logo(s)} {search_form(s, action="/sok/")} {" ".join(s.get("header_links", []))}</div>\n'
            f'<nav class="MainMenu" aria-label="Huvudmeny"><ul class="MainMenu__list">{menu}</ul></nav>\n</header>\n'
            f'<main class="Main" id="maincontent">\n{inner}\n</main>\n'
            f'<footer class="Footer"><div class="Footer__contact">{"<br>".join(footer_lines(s))}</div>'
            f'<div class="Footer__links">{" ".join(footer_links(s))}</div></footer>\n'
            f'{cookie("CookieBar")}\n<script src="/Static/js/main.min.js"></script>\n</body>\n</html>\n')


def drupal(s, nav, page):
    menu = "".join(
        f'<li class="menu-item menu-item--expanded"><a href="{h}" data-drupal-link-system-path="node/{10 + i}">{n}</a>'
        + (('<ul class="menu">' + "".join(f'<li class="menu-item"><a href="{sh}">{st}</a></li>' for st, sh in subs) + "</ul>") if subs else "")
        + "</li>" for i, (n, h, subs) in enumerate(nav))
    if page["front"]:
        inner = "\n".join(f'<div class="block block-views block-{k}" id="block-{k}">' + (f"<h2>{hd}</h2>" if hd else "") + inn + "</div>"
                          for k, hd, inn in page["sections"])
    else:
        inner = (f'<div class="region region-breadcrumb">{crumbs_html(page)}</div>'
                 f'<article class="node node--type-page"><h1 class="page-title"><span class="field field--name-title">{page["h1"]}</span></h1>'
                 f'<div class="field field--name-body">{page["body"]}</div></article>')
    return (head(s, page, extra='<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"/"}}</script>\n')
            + '<body class="path-frontpage">\n<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n<div class="layout-container">\n'
            f'<header role="banner" class="region-header">\n<div class="region region-secondary-menu">{" ".join(topbar(s))}</div>\n'
            f'<div class="block block-system-branding-block">{logo(s)}</div><div class="block block-search">{search_form(s)}</div>\n'
            f'<div class="region region-primary-menu"><nav role="navigation" id="block-mainnavigation"><ul class="menu">{menu}</ul></nav></div>\n</header>\n'
            f'<main role="main"><div class="region region-content">\n{inner}\n</div></main>\n'
            f'<footer role="contentinfo" class="site-footer"><div class="region region-footer-first">{"<br>".join(footer_lines(s))}</div>'
            f'<div class="region region-footer-second">{" ".join(footer_links(s))}</div></footer>\n'
            f'</div></div>\n{cookie("eu-cookie-compliance-banner")}\n<script src="/core/misc/drupal.js"></script>\n</body>\n</html>\n')


def nextjs(s, nav, page):
    menu = "".join(
        f'<li class="Nav_item__q7Lz2"><a class="Nav_link__x1Ab3" href="{h}">{n}</a>'
        + (('<ul class="Nav_sub__k2Jd9">' + "".join(f'<li><a href="{sh}">{st}</a></li>' for st, sh in subs) + "</ul>") if subs else "")
        + "</li>" for n, h, subs in nav)
    if page["front"]:
        inner = "\n".join(f'<section class="Home_{k}__p3Xs1">' + (f"<h2>{hd}</h2>" if hd else "") + inn + "</section>"
                          for k, hd, inn in page["sections"])
    else:
        inner = crumbs_html(page, cls="Breadcrumb_root__v8Tn4") + f'<article class="Page_article__m1Wq0"><h1>{page["h1"]}</h1>{page["body"]}</article>'
    data = {"props": {"pageProps": {"title": page["title"]}}, "page": "/[[...slug]]", "buildId": "b59xK2"}
    data["props"]["pageProps"].update(page.get("next_data", {}))
    return (head(s, page, extra='<link rel="preload" href="/_next/static/css/4f1c2a.css" as="style">\n')
            + '<body>\n<div id="__next"><div class="Layout_wrap__d8Kq1">\n'
            f'<div class="Topbar_bar__n3Vc2">{" ".join(topbar(s))}</div>\n'
            f'<header class="Header_header__a8Rt5">{logo(s)} {search_form(s)} {" ".join(s.get("header_links", []))}'
            f'<nav class="Nav_nav__f4Gh7" aria-label="Huvudmeny"><ul class="Nav_list__3kPa8">{menu}</ul></nav></header>\n'
            f'<main class="Layout_main__z5Pq2">\n{inner}\n</main>\n'
            f'<footer class="Footer_footer__h6Jw3"><div>{"<br>".join(footer_lines(s))}</div><div>{" ".join(footer_links(s))}</div></footer>\n'
            f'{cookie("CookieBanner_root__r2Lm4")}\n</div></div>\n'
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>\n'
            '<script src="/_next/static/chunks/main-8c1f.js" defer></script>\n</body>\n</html>\n')


FAMILIES = {"semantic": semantic, "soup": soup, "table": table, "sitevision": sitevision, "municipio": municipio,
            "bootstrap": bootstrap, "aria": aria, "episerver": episerver, "drupal": drupal, "nextjs": nextjs}
