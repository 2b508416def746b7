"""Markup families for blind77 (typing aid). Each family wraps the same parts differently.

A site dict gives: name, gen (genitive), domain, addr, post, vaxel, vaxel_tel, email, orgnr,
family, search (path, param), topbar_extra, nav_extra (top-level), sub_extra {area: [(text, href)]},
footer_extra (html), hero_cards, news, front_extra (html after the news).
"""
from __future__ import annotations

import html

AREAS = [
    ("Barn och utbildning", "barn-och-utbildning", ["Förskola", "Grundskola", "Gymnasium", "Vuxenutbildning"]),
    ("Omsorg och stöd", "omsorg-och-stod", ["Äldreomsorg", "Funktionsnedsättning", "Ekonomiskt bistånd", "Färdtjänst"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa"]),
    ("Trafik och infrastruktur", "trafik-och-infrastruktur", ["Gator och vägar", "Parkering", "Snöröjning", "Kollektivtrafik"]),
    ("Uppleva och göra", "uppleva-och-gora", ["Bibliotek", "Idrott och motion", "Kultur", "Evenemang"]),
    ("Kommun och politik", "kommun-och-politik", ["Kommunfullmäktige", "Nämnder", "Ekonomi", "Lediga jobb"]),
]


def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), (" ", "-"), (",", ""), ("é", "e")):
        t = t.replace(a, b)
    return t


def a(href: str, text: str, **attrs) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{html.escape(v)}"' for k, v in attrs.items())
    return f'<a href="{html.escape(href)}"{extra}>{text}</a>'


def areas(site):
    out = []
    for name, sl, subs in AREAS:
        items = [(s, f"/{sl}/{slug(s)}/") for s in subs]
        items += site.get("sub_extra", {}).get(name, [])
        out.append((name, f"/{sl}/", items))
    return out


def topbar_links(site):
    base = [("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("Teckenspråk", "/teckensprak/"),
            ("In English", "/in-english/")]
    return base + site.get("topbar_extra", [])


def cookie(site):
    return ('<div class="cookie-banner" id="cookie-consent" role="dialog" aria-label="Kakor">'
            f'<p>{site["gen"]} kommun använder kakor (cookies) för att webbplatsen ska fungera och för att '
            'förbättra den. Du kan själv välja om du godkänner statistikkakor. '
            f'{a("/om-kakor/", "Läs mer om kakor")}</p>'
            '<button type="button" class="cookie-accept">Godkänn alla kakor</button> '
            '<button type="button" class="cookie-necessary">Endast nödvändiga</button></div>')


def search_form(site, cls="search"):
    path, param = site["search"]
    return (f'<form class="{cls}" action="{path}" method="get" role="search">'
            f'<label for="q">Sök på webbplatsen</label> <input id="q" type="search" name="{param}" '
            f'placeholder="Vad letar du efter?"> <button type="submit">Sök</button></form>')


def footer_body(site):
    return (f'<div class="f-col"><h2>{site["gen"]} kommun</h2><p>Postadress: {site["gen"]} kommun, {site["post"]}<br>'
            f'Besöksadress: {site["addr"]}<br>Växel: <a href="tel:{site["vaxel_tel"]}">{site["vaxel"]}</a><br>'
            f'E-post: <a href="mailto:{site["email"]}">{site["email"]}</a><br>Org.nr: {site["orgnr"]}</p></div>'
            f'<div class="f-col"><h2>Om webbplatsen</h2><ul>'
            f'<li>{a("/tillganglighet/", "Tillgänglighetsredogörelse")}</li><li>{a("/om-kakor/", "Om kakor")}</li>'
            f'<li>{a("/personuppgifter/", "Behandling av personuppgifter")}</li><li>{a("/press/", "Press")}</li></ul></div>'
            f'{site.get("footer_extra", "")}'
            f'<div class="f-col"><h2>Följ oss</h2><ul><li>{a("/facebook/", "Facebook")}</li><li>{a("/instagram/", "Instagram")}</li></ul></div>')


def front_main(site):
    cards = "".join(f'<li class="card">{a(h, f"<strong>{t}</strong><span>{d}</span>")}</li>'
                    for t, d, h in site["hero_cards"])
    news = "".join(f'<li class="teaser"><h3>{a(n["path"], n["title"])}</h3><p class="date">{n["date"]}</p>'
                   f'<p>{n["teaser"]}</p></li>' for n in site["news"])
    esv = "".join(f"<li>{a('/e-tjanster/' + slug(x) + '/', x)}</li>" for x in
                  ["Ansök om förskoleplats", "Anmäl frånvaro", "Beställ sophämtning", "Ansök om bygglov",
                   "Boka lokal", "Felanmälan"])
    aoe = " ".join(a(f"/a-o/{slug(c)}/", c) for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ")
    return (f'<section class="hero"><h1 class="visually-hidden">Välkommen till {site["gen"]} kommun</h1>'
            f'<p class="hero-lead">{site["hero_lead"]}</p><ul class="shortcuts">{cards}</ul></section>'
            f'<section class="drift"><h2>Driftinformation</h2><p>{site["drift"]}</p></section>'
            f'<section class="news"><h2>Nyheter</h2><ul>{news}</ul><p>{a("/nyheter/", "Fler nyheter")}</p></section>'
            f'<section class="eservices"><h2>Populära e-tjänster</h2><ul>{esv}</ul></section>'
            f'{site.get("front_extra", "")}'
            f'<section class="events"><h2>Evenemang</h2><ul><li>{a("/evenemang/julmarknad/", "Julmarknad på torget, 12 december")}</li>'
            f'<li>{a("/evenemang/konsert/", "Luciakonsert i kyrkan, 13 december")}</li></ul></section>'
            f'<section class="jobs"><h2>Jobba hos oss</h2><p>{a("/lediga-jobb/", "Se våra lediga jobb")}</p></section>'
            f'<section class="aoe"><h2>A–Ö</h2><p>{aoe}</p></section>')


STYLE = "<style>body{font-family:sans-serif;margin:0}.visually-hidden{position:absolute;left:-9999px}.cookie-banner{position:fixed;bottom:0}</style>"
SCRIPT = "<script>document.querySelectorAll('.cookie-accept,.cookie-necessary').forEach(function(b){b.addEventListener('click',function(){document.getElementById('cookie-consent').remove()})});</script>"


def head(site, title, front):
    ld = ""
    if front:
        ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization",'
              f'"name":"{site["gen"]} kommun","url":"__ORIGIN__/","telephone":"{site["vaxel"]}"}}</script>')
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{site.get("charset", "utf-8")}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{title}</title>\n'
            f'<link rel="canonical" href="__ORIGIN__{{path}}">\n{STYLE}\n{ld}\n</head>\n')


# ---------------------------------------------------------------- families

def semantic(site, main):
    tb = "".join(f"<li>{a(h, t)}</li>" for t, h in topbar_links(site))
    nav = ""
    for name, href, items in areas(site):
        subs = "".join(f"<li>{a(h, t)}</li>" for t, h in items)
        nav += f'<li>{a(href, name)}<ul class="sub">{subs}</ul></li>'
    nav += "".join(f"<li>{a(h, t)}</li>" for t, h in site.get("nav_extra", []))
    return (f'<body>{cookie(site)}<header class="site-header"><ul class="topbar">{tb}</ul>'
            f'<a class="logo" href="/"><img src="/images/logo.svg" alt="{site["gen"]} kommun, till startsidan"></a>'
            f'{search_form(site)}</header><nav class="primary" aria-label="Huvudmeny"><ul>{nav}</ul></nav>'
            f'<main id="main">{main}</main><footer class="site-footer">{footer_body(site)}</footer>{SCRIPT}</body></html>')


def sitevision(site, main):
    tb = "".join(f'<li class="sv-text-portlet">{a(h, t)}</li>' for t, h in topbar_links(site))
    nav = ""
    for i, (name, href, items) in enumerate(areas(site)):
        col1 = "".join(f"<li>{a(h, t)}</li>" for t, h in items[:4])
        col2 = "".join(f"<li>{a(h, t)}</li>" for t, h in items[4:]) or f"<li>{a(href, 'Allt inom ' + name.lower())}</li>"
        nav += (f'<li class="menu-item"><a href="{href}" class="menu-link">{name}</a>'
                f'<button class="menu-toggle" aria-expanded="false" aria-controls="mega{i}">Visa undermeny</button>'
                f'<div class="mega-panel" id="mega{i}" hidden><div class="sv-column-6"><h3>{name}</h3><ul>{col1}</ul></div>'
                f'<div class="sv-column-6"><h3>Mer inom området</h3><ul>{col2}</ul></div></div></li>')
    nav += "".join(f'<li class="menu-item">{a(h, t)}</li>' for t, h in site.get("nav_extra", []))
    return (f'<body>{cookie(site)}<div class="sv-layout" id="svid10_header"><div class="sv-layout sv-topbar"><ul>{tb}</ul></div>'
            f'<div class="sv-layout sv-logo"><a href="/"><img src="/sitevision/logo.png" alt="{site["gen"]} kommun"></a></div>'
            f'<div class="sv-portlet sv-search-portlet">{search_form(site)}</div>'
            f'<div class="sv-layout sv-menu"><ul class="sv-main-menu">{nav}</ul></div></div>'
            f'<div class="sv-layout" id="svid10_content"><div class="sv-portlet sv-text-portlet">{main}</div></div>'
            f'<div class="sv-layout" id="svid10_foot"><div class="sv-portlet">{footer_body(site)}</div></div>{SCRIPT}</body></html>')


def bootstrap(site, main):
    tb = "".join(f'<li class="list-inline-item">{a(h, t)}</li>' for t, h in topbar_links(site))
    nav = ""
    for name, href, items in areas(site):
        subs = "".join(f'<li>{a(h, t, class_="dropdown-item")}</li>' for t, h in items)
        nav += (f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{href}" data-bs-toggle="dropdown">'
                f'{name}</a><ul class="dropdown-menu">{subs}</ul></li>')
    nav += "".join(f'<li class="nav-item">{a(h, t, class_="nav-link")}</li>' for t, h in site.get("nav_extra", []))
    return (f'<body>{cookie(site)}<div class="container-fluid bg-light py-1"><ul class="list-inline mb-0">{tb}</ul></div>'
            f'<div class="container d-flex"><a class="navbar-brand" href="/"><img src="/img/logo.png" alt="{site["gen"]} kommun"></a>'
            f'{search_form(site, "d-flex ms-auto")}</div>'
            f'<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><ul class="navbar-nav">{nav}</ul></div></nav>'
            f'<main class="container py-4">{main}</main><footer class="bg-dark text-white py-4"><div class="container row">'
            f'{footer_body(site)}</div></footer>{SCRIPT}</body></html>')


def municipio(site, main):
    tb = "".join(f'<li class="c-header__link">{a(h, t)}</li>' for t, h in topbar_links(site))
    nav = ""
    for name, href, items in areas(site):
        subs = "".join(f'<li class="c-nav__item--sub">{a(h, t)}</li>' for t, h in items)
        nav += f'<li class="c-nav__item">{a(href, name)}<ul class="c-nav__sub">{subs}</ul></li>'
    nav += "".join(f'<li class="c-nav__item">{a(h, t)}</li>' for t, h in site.get("nav_extra", []))
    return (f'<body class="wp-theme-municipio">{cookie(site)}<header class="c-header"><ul class="c-header__top">{tb}</ul>'
            f'<a class="c-header__logo" href="/"><img src="/wp-content/uploads/logo.svg" alt="{site["gen"]} kommun"></a>'
            f'{search_form(site, "c-search")}<button class="c-button js-drawer-toggle" aria-controls="drawer" aria-expanded="false">Meny</button>'
            f'<div id="drawer" class="c-drawer" hidden><nav aria-label="Huvudmeny"><ul class="c-nav">{nav}</ul></nav></div></header>'
            f'<main id="main-content" class="o-container">{main}</main><footer class="c-footer">{footer_body(site)}</footer>'
            f'{SCRIPT}</body></html>')


def drupal(site, main):
    tb = "".join(f'<li class="menu-item">{a(h, t)}</li>' for t, h in topbar_links(site))
    nav = ""
    for name, href, items in areas(site):
        subs = "".join(f'<li class="menu-item">{a(h, t)}</li>' for t, h in items)
        nav += f'<li class="menu-item menu-item--expanded">{a(href, name)}<ul class="menu">{subs}</ul></li>'
    nav += "".join(f'<li class="menu-item">{a(h, t)}</li>' for t, h in site.get("nav_extra", []))
    return (f'<body class="path-frontpage">{cookie(site)}<div class="dialog-off-canvas-main-canvas"><div class="region region-header">'
            f'<div id="block-topbar" class="block block-menu"><ul class="menu">{tb}</ul></div>'
            f'<div id="block-branding" class="block"><a href="/" rel="home"><img src="/sites/default/files/logo.svg" alt="{site["gen"]} kommun"></a></div>'
            f'<div id="block-search" class="block">{search_form(site)}</div></div>'
            f'<div class="region region-primary-menu" role="navigation"><ul class="menu">{nav}</ul></div>'
            f'<div class="region region-content" role="main"><div id="block-system-main-block" class="block">{main}</div></div>'
            f'<div class="region region-footer" role="contentinfo">{footer_body(site)}</div></div>{SCRIPT}</body></html>')


def table(site, main):
    tb = " | ".join(a(h, t) for t, h in topbar_links(site))
    nav = ""
    for name, href, items in areas(site):
        subs = "<br>".join("&nbsp;&nbsp;" + a(h, t) for t, h in items)
        nav += f'<tr><td><font face="Verdana" size="2"><b>{a(href, name)}</b></font><br><font face="Verdana" size="1">{subs}</font></td></tr>'
    nav += "".join(f'<tr><td><font face="Verdana" size="2"><b>{a(h, t)}</b></font></td></tr>' for t, h in site.get("nav_extra", []))
    return (f'<body bgcolor="#ffffff">{cookie(site)}<table width="980" cellpadding="0" cellspacing="0" border="0" align="center">'
            f'<tr><td colspan="2" bgcolor="#1f4e79"><font face="Verdana" size="1" color="#ffffff">{tb}</font></td></tr>'
            f'<tr><td bgcolor="#1f4e79"><a href="/"><img src="/bilder/logo.gif" alt="{site["gen"]} kommun" border="0"></a></td>'
            f'<td bgcolor="#1f4e79" align="right">{search_form(site)}</td></tr>'
            f'<tr><td width="200" valign="top"><table width="200" cellpadding="4">{nav}</table></td>'
            f'<td valign="top"><font face="Verdana" size="2">{main}</font></td></tr>'
            f'<tr><td colspan="2" bgcolor="#e6e6e6"><font face="Verdana" size="1">{footer_body(site)}</font></td></tr>'
            f'</table>{SCRIPT}</body></html>')


def soup(site, main):
    tb = "".join(f'<span class="k2">{a(h, t)}</span>' for t, h in topbar_links(site))
    nav = ""
    for name, href, items in areas(site):
        subs = "".join(f'<div class="zz6">{a(h, t)}</div>' for t, h in items)
        nav += f'<div class="zz4">{a(href, name)}<div class="zz5">{subs}</div></div>'
    nav += "".join(f'<div class="zz4">{a(h, t)}</div>' for t, h in site.get("nav_extra", []))
    return (f'<body>{cookie(site)}<div class="q1"><div class="k1">{tb}</div><div class="zz">'
            f'<a href="/"><img src="/gfx/l.png" alt="{site["gen"]} kommun"></a>{search_form(site, "k9")}</div></div>'
            f'<div class="q3">{nav}</div><div class="box7">{main}</div><div class="q8">{footer_body(site)}</div>{SCRIPT}</body></html>')


def aria(site, main):
    tb = "".join(f'<span class="tb">{a(h, t)}</span>' for t, h in topbar_links(site))
    nav = ""
    for name, href, items in areas(site):
        subs = "".join(f'<div role="listitem">{a(h, t)}</div>' for t, h in items)
        nav += f'<div role="listitem" class="lvl1">{a(href, name)}<div role="list" class="lvl2">{subs}</div></div>'
    nav += "".join(f'<div role="listitem" class="lvl1">{a(h, t)}</div>' for t, h in site.get("nav_extra", []))
    return (f'<body>{cookie(site)}<div role="banner" class="b"><div class="tbar">{tb}</div>'
            f'<a href="/"><img src="/static/logo.svg" alt="{site["gen"]} kommun"></a>{search_form(site)}</div>'
            f'<div role="navigation" aria-label="Huvudmeny"><div role="list">{nav}</div></div>'
            f'<div role="main" class="m">{main}</div><div role="contentinfo" class="f">{footer_body(site)}</div>{SCRIPT}</body></html>')


FAMILIES = {"semantic": semantic, "sitevision": sitevision, "bootstrap": bootstrap, "municipio": municipio,
            "drupal": drupal, "table": table, "soup": soup, "aria": aria}


def page(site, path, title, main, front=False):
    h = head(site, title, front).replace("{path}", path)
    return h + FAMILIES[site["family"]](site, main)
