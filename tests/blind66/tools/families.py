"""Markup families for blind66. Each takes the same parts and lays them out its own way."""
from __future__ import annotations

from common import AREAS, TOPBAR, esc, slug


def parts(s: dict) -> dict:
    """Link lists shared by every family: topbar, menu (top items with sub-items), footer."""
    top = [(t, f"/{slug(t)}/") for t in TOPBAR] + s.get("topbar_extra", [])
    menu = []
    for i, (area, subs) in enumerate(AREAS):
        ahref = s.get("area_href", {}).get(i, f"/{slug(area)}/")
        items = [(esc(x), f"/{slug(area)}/{slug(x)}/") for x in subs] + s.get("menu_extra", {}).get(i, [])
        menu.append((esc(area), ahref, items))
    for text, href in s.get("top_extra", []):
        menu.append((text, href, []))
    foot = [("Tillgänglighetsredogörelse", "/tillganglighetsredogorelse/"), ("Om kakor", "/om-kakor/"), ("Lediga jobb", "/lediga-jobb/"), ("Nyheter", "/nyheter/"), ("Press", "/press/"), ("Hitta hit", "/hitta-hit/"), ("Webbkarta", "/webbkarta/"), *s.get("footer_links", [])]
    return {"top": top, "menu": menu, "foot": foot}


def lis(items, cls=""):
    c = f' class="{cls}"' if cls else ""
    return "".join(f'<li><a{c} href="{h}">{t}</a></li>' for t, h in items)


def links(items, sep=""):
    return sep.join(f'<a href="{h}">{t}</a>' for t, h in items)


def footer_text(s: dict) -> str:
    return (f"<p><strong>{esc(s['kn'])}</strong><br>{esc(s['address'])}<br>"
            f"Växel: {s['vaxel']}<br>E-post: <a href=\"mailto:kommun@{s['domain']}\">kommun@{s['domain']}</a><br>"
            f"Org.nr: {s['orgnr']}</p>{s.get('footer_extra', '')}")


def cookie(s: dict) -> str:
    return ('<div class="cookie" id="cookie-consent"><p>Vi använder kakor (cookies) för att webbplatsen ska fungera '
            'och för att förbättra den. <a href="/om-kakor/">Läs mer om kakor</a></p>'
            '<button type="button">Godkänn alla</button> <button type="button">Endast nödvändiga</button></div>')


def front_main(s: dict) -> str:
    teasers = "".join(
        f'<article class="teaser"><h3><a href="{h}">{t}</a></h3><p class="date">{d}</p></article>'
        for t, h, d in s["teasers"])
    return (f'<section class="hero"><h1>Välkommen till {esc(s["kn"])}</h1>'
            f'<p>{esc(s["slogan"])}</p>{s["hero"]}</section>'
            f'<section class="news"><h2>Nyheter</h2>{teasers}<p><a href="/nyheter/">Fler nyheter</a></p></section>'
            '<section class="eservice"><h2>Populära e-tjänster</h2><ul>'
            '<li><a href="/e-tjanster/ansok-om-forskoleplats/">Ansök om förskoleplats</a></li>'
            '<li><a href="/e-tjanster/felanmalan/">Felanmälan</a></li>'
            '<li><a href="/e-tjanster/bygglov/">Ansök om bygglov</a></li></ul></section>'
            '<section class="drift"><h2>Driftinformation</h2><p>Inga kända störningar just nu.</p></section>')


HEAD = ('<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{cs}">\n<title>{title}</title>\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n<style>{css}</style>\n</head>\n')


def doc(title, body, css="body{font-family:sans-serif}", cs="utf-8"):
    return HEAD.format(cs=cs, title=title, css=css) + body + "\n</html>\n"


def search_form(action="/sok/", param="q", role=True):
    r = ' role="search"' if role else ""
    return (f'<form action="{action}" method="get"{r}><label for="sq">Sök på webbplatsen</label>'
            f'<input id="sq" type="search" name="{param}"><button type="submit">Sök</button></form>')


def logo(s):
    return f'<a href="/" class="logo"><img src="/static/logo.svg" alt="{esc(s["kn"])}, till startsidan"></a>'


# ---------------------------------------------------------------- families
def semantic(s, title, main, front):
    p = parts(s)
    nav = "".join(f'<li><a href="{h}">{t}</a><ul>{lis(items)}</ul></li>'
                  for t, h, items in p["menu"])
    body = (f'<body>\n{cookie(s)}\n<div class="topbar">{links(p["top"], " | ")}</div>\n'
            f'<header>{logo(s)}{search_form()}</header>\n<nav aria-label="Huvudmeny"><ul>{nav}</ul></nav>\n'
            f'<main>{front_main(s) if front else main}</main>\n<footer>{footer_text(s)}<p>{links(p["foot"], " · ")}</p></footer>\n</body>')
    return doc(title, body)


def soup(s, title, main, front):
    p = parts(s)
    nav = "".join(f'<div class="m2"><a class="m3" href="{h}">{t}</a><div class="m4">{links(items)}</div></div>'
                  for t, h, items in p["menu"])
    body = (f'<body>\n<div class="w0">{cookie(s)}<div class="q0">{links(p["top"])}</div>\n'
            f'<div class="q1">{logo(s)}{search_form(role=False)}</div>\n<div class="zz">{nav}</div>\n'
            f'<div class="box7">{front_main(s) if front else main}</div>\n<div class="q8">{footer_text(s)}<div>{links(p["foot"])}</div></div></div>\n</body>')
    return doc(title, body, css=".zz{display:flex}.m4{display:none}.m2:hover .m4{display:block}")


def sitevision(s, title, main, front):
    p = parts(s)
    nav = ""
    for t, h, items in p["menu"]:
        half = (len(items) + 1) // 2
        cols = (f'<div class="sv-column-6"><h3 class="sv-heading">Populärt</h3><ul>{lis(items[:half])}</ul></div>'
                f'<div class="sv-column-6"><h3 class="sv-heading">Mer inom området</h3><ul>{lis(items[half:])}</ul></div>')
        nav += (f'<li class="sv-menu-item"><a href="{h}">{t}</a><button type="button" aria-expanded="false">Visa undermeny</button>'
                f'<div class="sv-mega-panel" hidden>{cols}</div></li>')
    body = (f'<body>\n<div class="sv-layout" id="svid10_top">{cookie(s)}<div class="sv-portlet sv-linklist">{links(p["top"], " ")}</div>\n'
            f'<div class="sv-layout sv-header">{logo(s)}<div class="sv-portlet sv-search">{search_form()}</div></div>\n'
            f'<div class="sv-portlet sv-menu" role="navigation" aria-label="Huvudmeny"><ul>{nav}</ul></div></div>\n'
            f'<div class="sv-layout" id="svid10_content">{front_main(s) if front else main}</div>\n'
            f'<div class="sv-layout" id="svid10_foot"><div class="sv-portlet sv-text-portlet">{footer_text(s)}</div>'
            f'<div class="sv-portlet">{links(p["foot"], " ")}</div></div>\n'
            '<script src="/sitevision/system-resource/6f1b/js/sv.js"></script>\n</body>')
    return doc(title, body)


def municipio(s, title, main, front):
    p = parts(s)
    nav = "".join(f'<li class="drawer__item"><a href="{h}">{t}</a>'
                  + (f'<button class="drawer__toggle" aria-label="Visa underliggande sidor">+</button><ul class="drawer__sub">{lis(items)}</ul>' if items else "")
                  + '</li>' for t, h, items in p["menu"])
    body = (f'<body class="wp-theme-municipio">\n{cookie(s)}\n<header class="site-header"><div class="c-topbar">{links(p["top"], " ")}</div>'
            f'{logo(s)}{search_form("/", "s")}'
            '<button class="c-button hamburger" aria-controls="drawer" aria-expanded="false">Meny</button></header>\n'
            f'<div id="drawer" class="c-drawer" hidden><nav aria-label="Huvudmeny"><ul>{nav}</ul></nav></div>\n'
            f'<main id="main-content">{front_main(s) if front else main}</main>\n'
            f'<footer class="site-footer"><div class="widget widget_text">{footer_text(s)}</div><div class="widget">{links(p["foot"], " ")}</div></footer>\n</body>')
    return doc(title, body)


def bootstrap(s, title, main, front):
    p = parts(s)
    nav = "".join(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{h}" data-bs-toggle="dropdown">{t}</a>'
                  f'<ul class="dropdown-menu">{lis(items, "dropdown-item")}</ul></li>'
                  if items else f'<li class="nav-item"><a class="nav-link" href="{h}">{t}</a></li>' for t, h, items in p["menu"])
    body = (f'<body>\n{cookie(s)}\n<div class="container-fluid bg-light small">{links(p["top"], " ")}</div>\n'
            f'<div class="container"><div class="row"><div class="col-md-4">{logo(s)}</div><div class="col-md-8">{search_form()}</div></div></div>\n'
            f'<nav class="navbar navbar-expand-lg"><div class="container"><ul class="navbar-nav">{nav}</ul></div></nav>\n'
            f'<div class="container" id="content">{front_main(s) if front else main}</div>\n'
            f'<div class="container-fluid bg-dark text-light"><div class="row"><div class="col-md-6">{footer_text(s)}</div>'
            f'<div class="col-md-6">{links(p["foot"], "<br>")}</div></div></div>\n</body>')
    return doc(title, body)


def table(s, title, main, front):
    p = parts(s)
    nav = "".join(f'<tr><td><font face="Verdana" size="2"><b><a href="{h}">{t}</a></b><br>{links(items, "<br>")}</font></td></tr>'
                  for t, h, items in p["menu"])
    body = (f'<body bgcolor="#ffffff">\n{cookie(s)}\n<table width="100%" cellpadding="4" cellspacing="0" border="0">'
            f'<tr><td colspan="2" bgcolor="#003366"><font face="Verdana" size="1" color="#ffffff">{links(p["top"], " | ")}</font></td></tr>'
            f'<tr><td colspan="2">{logo(s)} {search_form()}</td></tr>'
            f'<tr><td width="200" valign="top"><table>{nav}</table></td>'
            f'<td valign="top"><font face="Verdana" size="2">{front_main(s) if front else main}</font></td></tr>'
            f'<tr><td colspan="2" bgcolor="#e6e6e6"><font face="Verdana" size="1">{footer_text(s)}{links(p["foot"], " | ")}</font></td></tr>'
            '</table>\n</body>')
    return doc(title, body, cs="iso-8859-1")


FAMILIES = {"semantic": semantic, "soup": soup, "sitevision": sitevision, "municipio": municipio,
            "bootstrap": bootstrap, "table": table}
