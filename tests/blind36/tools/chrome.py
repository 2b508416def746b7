"""Markup families for the blind36 corpus: each wraps a page body in a site's header, menu and footer."""
from __future__ import annotations

import re

LOGO = ('<svg class="logo-mark" width="40" height="40" viewBox="0 0 40 40" aria-hidden="true">'
        '<circle cx="20" cy="20" r="18" fill="#1b5e7a"/></svg>')
ICON = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 width=%2248%22 height=%2248%22/%3E'

COOKIE = ('<div class="cookie-banner" id="cookie"><p>Vi använder kakor för att webbplatsen ska fungera. '
          '<a href="/om-kakor/">Läs mer om kakor</a></p><button type="button" onclick="this.parentNode.remove()">'
          'Jag förstår</button></div>')
SCRIPT = ('<script>document.querySelectorAll("[data-toggle]").forEach(function(b){b.addEventListener("click",'
          'function(){var t=document.getElementById(b.getAttribute("data-toggle"));if(t){t.hidden=!t.hidden;'
          'b.setAttribute("aria-expanded",String(!t.hidden));}});});</script>')


def slug(s: str) -> str:
    s = s.lower().replace("å", "a").replace("ä", "a").replace("ö", "o").replace("é", "e")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def sub_items(area):
    return [(t, h if h else f"{area['path']}#{slug(t)}") for t, h in area["sub"]]


def head(s, title, extra_css=""):
    cs = s.get("charset", "utf-8")
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{cs}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{title} - {s["kommun"]} kommun</title>\n'
            f'<link rel="canonical" href="__ORIGIN__{s["_path"]}">\n'
            f'<style>body{{font-family:sans-serif;margin:0}}'
            f'.visually-hidden{{position:absolute;left:-9999px}}{extra_css}</style>\n</head>\n')


def en(s):
    return s.get("en_path", "/in-english/")


def kp(s):
    return s.get("kontakt_path", "/kontakt/")


def footer_lines(s):
    return (f'{s["kommun"]} kommun<br>{s["post"]}<br>Besöksadress: {s["visit"]}<br>'
            f'Växel: <a href="tel:{s["phone_tel"]}">{s["phone"]}</a><br>'
            f'E-post: <a href="mailto:kommun@{s["domain"]}">kommun@{s["domain"]}</a><br>Org.nr {s["orgnr"]}')


def footer_links(s):
    extra = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in s.get("footer_extra", []))
    return (f'<ul class="footer-links"><li><a href="{kp(s)}">Kontakt</a></li><li><a href="/nyheter/">Nyheter</a></li>'
            f'<li><a href="/tillganglighet/">Tillgänglighetsredogörelse</a></li><li><a href="/om-kakor/">Om kakor</a></li>'
            f'{extra}</ul>')


def search_form(s, cls="search"):
    return (f'<form class="{cls}" action="/sok/" method="get" role="search"><label for="q" class="visually-hidden">'
            f'Sök på webbplatsen</label><input type="search" id="q" name="q"><button type="submit">Sök</button></form>')


def footer_note(s):
    return s.get("footer_note", "")


# ---------------------------------------------------------------- families
def semantic(s, title, body, front):
    nav = "".join(
        f'<li><a href="{a["path"]}">{a["title"]}</a><ul class="sub">'
        + "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in sub_items(a)) + "</ul></li>"
        for a in s["areas"])
    top = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in s.get("header_links", []))
    return (head(s, title) + '<body>\n<a class="skip" href="#main">Till innehållet</a>\n'
            f'<header class="site-header"><div class="topbar"><button type="button">Lyssna</button>'
            f'<a href="{en(s)}">In English</a></div>\n<a class="logo" href="/">{LOGO}<span>{s["kommun"]} kommun</span></a>\n'
            f'{search_form(s)}\n<ul class="header-links">{top}</ul>\n'
            f'<nav aria-label="Huvudmeny"><ul class="menu">{nav}</ul></nav></header>\n'
            f'<main id="main">\n{body}\n</main>\n'
            f'<footer class="site-footer"><div class="col"><h2>Kontakta oss</h2><p>{footer_lines(s)}</p></div>'
            f'<div class="col">{footer_links(s)}</div>{footer_note(s)}</footer>\n{COOKIE}\n{SCRIPT}\n</body>\n</html>\n')


def soup(s, title, body, front):
    nav = "".join(
        f'<div class="m1"><a href="{a["path"]}" class="m1a">{a["title"]}</a><div class="m2">'
        + "".join(f'<a href="{h}">{t}</a>' for t, h in sub_items(a)) + "</div></div>"
        for a in s["areas"])
    top = "".join(f'<a href="{h}" class="q3">{t}</a>' for t, h in s.get("header_links", []))
    css = ".q1{display:flex}.m2{display:none}.m1:hover .m2{display:block}"
    return (head(s, title, css) + '<body>\n<div id="w0">\n'
            f'<div class="q1"><div class="q2"><a href="/" class="zz">{LOGO}<b>{s["kommun"]} kommun</b></a></div>'
            f'<div class="q4"><span class="q5">Lyssna</span> <a href="{en(s)}" class="q3">In English</a> {top}</div>'
            f'<div class="q6"><form action="/sok/" method="get"><input type="text" name="q" title="Sök">'
            f'<input type="submit" value="Sök"></form></div></div>\n'
            f'<div class="q7">{nav}</div>\n<div class="box0">\n{body}\n</div>\n'
            f'<div class="ft9"><div class="ft1">{footer_lines(s)}</div><div class="ft2">{footer_links(s)}</div>'
            f'{footer_note(s)}</div>\n</div>\n{COOKIE}\n{SCRIPT}\n</body>\n</html>\n')


def municipio(s, title, body, front):
    drawer = "".join(
        f'<li class="c-nav__item"><a class="c-nav__link" href="{a["path"]}">{a["title"]}</a>'
        f'<button class="c-nav__toggle" data-toggle="sub-{slug(a["title"])}" aria-expanded="false">'
        f'<span class="visually-hidden">Visa undermeny</span></button>'
        f'<ul class="c-nav__sub" id="sub-{slug(a["title"])}" hidden>'
        + "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in sub_items(a)) + "</ul></li>"
        for a in s["areas"])
    top = "".join(f'<a class="c-header__link" href="{h}">{t}</a>' for t, h in s.get("header_links", []))
    return (head(s, title) + '<body class="wp-theme-municipio">\n'
            f'<header class="c-header site-header" id="site-header"><div class="c-header__top">'
            f'<a class="c-header__link" href="{en(s)}">In English</a><button class="c-button">Lyssna</button></div>'
            f'<a class="c-logotype" href="/">{LOGO}<span class="c-logotype__text">{s["kommun"]} kommun</span></a>'
            f'{search_form(s, "c-search")}{top}'
            f'<button class="c-button c-button--menu" data-toggle="drawer" aria-controls="drawer" aria-expanded="false">Meny</button>'
            f'</header>\n<div class="c-drawer" id="drawer" hidden aria-hidden="true"><nav class="c-nav" aria-label="Meny">'
            f'<ul class="c-nav__list">{drawer}</ul></nav></div>\n'
            f'<main id="main-content" class="o-container">\n{body}\n</main>\n'
            f'<footer class="c-footer"><div class="c-footer__col"><p>{footer_lines(s)}</p></div>'
            f'<div class="c-footer__col">{footer_links(s)}</div>{footer_note(s)}</footer>\n{COOKIE}\n{SCRIPT}\n</body>\n</html>\n')


def sitevision(s, title, body, front):
    items = []
    for i, a in enumerate(s["areas"]):
        cols = a.get("columns") or [("Mer om " + a["title"].lower(), sub_items(a))]
        panel = "".join(
            f'<div class="sv-layout mega-col"><h3 class="mega-col__heading">{h}</h3><ul>'
            + "".join(f'<li><a href="{href}">{t}</a></li>' for t, href in links) + "</ul></div>"
            for h, links in cols)
        items.append(
            f'<li class="sv-menu__item"><a href="{a["path"]}">{a["title"]}</a>'
            f'<button class="mega-toggle" data-toggle="mega{i}" aria-expanded="false" aria-label="Öppna {a["title"]}"></button>'
            f'<div class="sv-layout mega-panel" id="mega{i}" hidden><div class="sv-layout sv-row">{panel}</div></div></li>')
    top = "".join(f'<a href="{h}">{t}</a>' for t, h in s.get("header_links", []))
    return (head(s, title) + '<body>\n<div class="sv-layout" id="svid10_1">\n'
            f'<div class="sv-layout header" id="svid12_2"><div class="sv-portlet sv-text-portlet top-links">'
            f'<a href="{en(s)}">In English</a> <a href="#" onclick="return false">Lyssna</a> {top}</div>'
            f'<div class="sv-portlet sv-image-portlet"><a href="/">{LOGO}<span class="sv-text">{s["kommun"]} kommun</span></a></div>'
            f'<div class="sv-portlet sv-searchform-portlet">{search_form(s, "sv-searchform")}</div></div>\n'
            f'<div class="sv-layout sv-menu" id="svid12_3"><ul class="sv-menu__list">{"".join(items)}</ul></div>\n'
            f'<div class="sv-layout content" id="svid12_4">\n{body}\n</div>\n'
            f'<div class="sv-layout bottom" id="svid12_5"><div class="sv-portlet sv-text-portlet"><p>{footer_lines(s)}</p></div>'
            f'<div class="sv-portlet sv-text-portlet">{footer_links(s)}</div>{footer_note(s)}</div>\n</div>\n'
            f'<script src="/sitevision/system-resource/x/js/sv.js" defer></script>\n{COOKIE}\n{SCRIPT}\n</body>\n</html>\n')


def table(s, title, body, front):
    nav = "".join(f'<tr><td class="nav1"><a href="{a["path"]}"><font size="2"><b>{a["title"]}</b></font></a></td></tr>'
                  for a in s["areas"])
    foot = s.get("table_footer") or footer_links(s)
    return (f'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html lang="sv">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
            f'<title>{title} - {s["kommun"]} kommun</title>\n</head>\n<body bgcolor="#ffffff">\n'
            f'<table width="900" border="0" cellpadding="0" cellspacing="0" align="center">\n'
            f'<tr><td colspan="2" bgcolor="#003366"><table width="100%"><tr><td><a href="/"><font color="#ffffff" size="5">'
            f'{s["kommun"]} kommun</font></a></td><td align="right"><form action="/sok/" method="get">'
            f'<input type="text" name="q" size="15"> <input type="submit" value="Sök"></form>'
            f'<font size="1" color="#ffffff"><a href="{en(s)}"><font color="#ffffff">In English</font></a>'
            + "".join(f' | <a href="{h}"><font color="#ffffff">{t}</font></a>' for t, h in s.get("header_links", []))
            + '</font></td></tr></table></td></tr>\n'
            f'<tr><td width="180" valign="top" bgcolor="#e6eef5"><table width="100%" cellpadding="4">{nav}</table></td>\n'
            f'<td width="720" valign="top"><font face="Verdana, Arial" size="2">\n{body}\n</font></td></tr>\n'
            f'<tr><td colspan="2" bgcolor="#dddddd"><font size="1">{footer_lines(s)}<br>{foot}{footer_note(s)}</font></td></tr>\n'
            f'</table>\n</body>\n</html>\n')


def bootstrap(s, title, body, front):
    nav = "".join(
        f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{a["path"]}" data-bs-toggle="dropdown">'
        f'{a["title"]}</a><ul class="dropdown-menu">'
        + "".join(f'<li><a class="dropdown-item" href="{h}">{t}</a></li>' for t, h in sub_items(a)) + "</ul></li>"
        for a in s["areas"])
    top = "".join(f'<li class="nav-item"><a class="nav-link" href="{h}">{t}</a></li>' for t, h in s.get("header_links", []))
    return (head(s, title) + '<body>\n<header>\n<div class="bg-light py-1"><div class="container d-flex">'
            f'<a class="me-3" href="{en(s)}">In English</a><button class="btn btn-sm">Lyssna</button></div></div>\n'
            f'<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">'
            f'<a class="navbar-brand" href="/">{LOGO} {s["kommun"]} kommun</a>'
            f'<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav" aria-label="Meny">'
            f'<span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="nav">'
            f'<ul class="navbar-nav me-auto">{nav}</ul><ul class="navbar-nav">{top}</ul>'
            f'{search_form(s, "d-flex")}</div></div></nav>\n</header>\n'
            f'<main class="container my-4">\n{body}\n</main>\n'
            f'<footer class="bg-dark text-white py-4"><div class="container row"><div class="col-md-6"><p>{footer_lines(s)}</p></div>'
            f'<div class="col-md-6">{footer_links(s)}</div>{footer_note(s)}</div></footer>\n{COOKIE}\n{SCRIPT}\n</body>\n</html>\n')


def classic(s, title, body, front):
    nav = "".join(f'<li><a href="{a["path"]}">{a["title"]}</a></li>' for a in s["areas"])
    top = "".join(f' | <a href="{h}">{t}</a>' for t, h in s.get("header_links", []))
    return (head(s, title) + '<body>\n<div id="container">\n'
            f'<div id="top"><div id="toplinks"><a href="{en(s)}">In English</a>{top}</div>'
            f'<div id="logo"><a href="/">{LOGO}{s["kommun"]} kommun</a></div>'
            f'<div id="searchbox"><form action="/sok/" method="get"><input type="text" name="q" value="" />'
            f'<input type="submit" value="Sök" /></form></div></div>\n'
            f'<div id="menu"><ul>{nav}</ul></div>\n<div id="content">\n{body}\n</div>\n'
            f'<div id="footer"><p>{footer_lines(s)}</p>{footer_links(s)}{footer_note(s)}</div>\n</div>\n{COOKIE}\n</body>\n</html>\n')


def wpblock(s, title, body, front):
    nav = "".join(
        f'<li class="wp-block-navigation-item has-child"><a class="wp-block-navigation-item__content" href="{a["path"]}">'
        f'{a["title"]}</a><ul class="wp-block-navigation__submenu-container">'
        + "".join(f'<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="{h}">{t}</a></li>'
                  for t, h in sub_items(a)) + "</ul></li>"
        for a in s["areas"])
    top = "".join(f'<a href="{h}">{t}</a> ' for t, h in s.get("header_links", []))
    return (head(s, title) + '<body class="wp-site-blocks">\n'
            f'<header class="wp-block-template-part"><div class="wp-block-group topbar"><a href="{en(s)}">In English</a> '
            f'<a href="#" onclick="return false">Lyssna</a> {top}</div><div class="wp-block-group is-layout-flex">'
            f'<p class="wp-block-site-title"><a href="/">{s["kommun"]} kommun</a></p>'
            f'<form role="search" method="get" action="/sok/" class="wp-block-search"><label for="wp-block-search__input-1">Sök</label>'
            f'<input type="search" id="wp-block-search__input-1" name="q"><button type="submit">Sök</button></form></div>'
            f'<nav class="wp-block-navigation" aria-label="Huvudmeny"><ul class="wp-block-navigation__container">{nav}</ul></nav>'
            f'</header>\n<main class="wp-block-group">\n{body}\n</main>\n'
            f'<footer class="wp-block-template-part"><div class="wp-block-columns"><div class="wp-block-column"><p>{footer_lines(s)}</p></div>'
            f'<div class="wp-block-column">{footer_links(s)}</div></div>{footer_note(s)}</footer>\n{COOKIE}\n{SCRIPT}\n</body>\n</html>\n')


def carousel(s, title, body, front):
    nav = "".join(
        f'<li data-level="1"><a href="{a["path"]}">{a["title"]}</a><ul data-level="2" class="is-collapsed">'
        + "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in sub_items(a)) + "</ul></li>"
        for a in s["areas"])
    top = "".join(f'<a class="utility__link" href="{h}">{t}</a>' for t, h in s.get("header_links", []))
    return (head(s, title, ".is-collapsed{display:none}.slide{display:none}.slide.is-active{display:block}")
            + '<body>\n<div id="app" data-server-rendered="true">\n'
            f'<header class="page-header" role="banner"><div class="utility"><a class="utility__link" href="{en(s)}">In English</a>'
            f'<span class="utility__link">Lyssna</span>{top}</div><a class="brand" href="/">{LOGO}<span>{s["kommun"]} kommun</span></a>'
            f'{search_form(s, "page-search")}<nav class="primary" aria-label="Huvudnavigering"><ul data-level="0">{nav}</ul></nav>'
            f'</header>\n<main class="page-main">\n{body}\n</main>\n'
            f'<footer class="page-footer" role="contentinfo"><div><p>{footer_lines(s)}</p></div><div>{footer_links(s)}</div>'
            f'{footer_note(s)}</footer>\n</div>\n{COOKIE}\n'
            '<script>(function(){var s=document.querySelectorAll(".slide"),i=0;if(!s.length)return;setInterval(function(){'
            's[i].classList.remove("is-active");s[i].setAttribute("aria-hidden","true");i=(i+1)%s.length;'
            's[i].classList.add("is-active");s[i].removeAttribute("aria-hidden");},6000);})();</script>\n</body>\n</html>\n')


def drupal(s, title, body, front):
    nav = "".join(
        f'<li class="menu-item menu-item--expanded"><a href="{a["path"]}" data-drupal-link-system-path="node/{10 + i}">'
        f'{a["title"]}</a><ul class="menu menu--level-2">'
        + "".join(f'<li class="menu-item"><a href="{h}">{t}</a></li>' for t, h in sub_items(a)) + "</ul></li>"
        for i, a in enumerate(s["areas"]))
    top = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in s.get("header_links", []))
    return (head(s, title) + '<body class="path-frontpage">\n<div class="dialog-off-canvas-main-canvas">\n'
            f'<header id="header" class="region region-header" role="banner"><div class="block block-system-branding-block">'
            f'<a href="/" rel="home">{LOGO}<span class="site-name">{s["kommun"]} kommun</span></a></div>'
            f'<div class="block block-search">{search_form(s, "search-block-form")}</div>'
            f'<ul class="menu menu--account"><li><a href="{en(s)}">In English</a></li>{top}</ul></header>\n'
            f'<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-main-menu" id="block-main">'
            f'<h2 class="visually-hidden" id="block-main-menu">Huvudmeny</h2><ul class="menu menu--level-1">{nav}</ul></nav></div>\n'
            f'<main role="main"><div class="region region-content">\n{body}\n</div></main>\n'
            f'<footer role="contentinfo" class="region region-footer"><div class="block"><p>{footer_lines(s)}</p></div>'
            f'<div class="block">{footer_links(s)}</div>{footer_note(s)}</footer>\n</div>\n{COOKIE}\n{SCRIPT}\n</body>\n</html>\n')


FAMILIES = {"semantic": semantic, "soup": soup, "municipio": municipio, "sitevision": sitevision,
            "table": table, "bootstrap": bootstrap, "classic": classic, "wpblock": wpblock,
            "carousel": carousel, "drupal": drupal}
