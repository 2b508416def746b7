"""Markup families for the blind75 corpus (typing aid; the written files are the corpus).

Each family turns one page (title, main html) into a whole document with the site's chrome:
cookie banner, top bar, logo, search form, primary menu with sub-menus, footer.
"""
from __future__ import annotations

import html
import json

E = html.escape

AREAS = [
    ("Barn och utbildning", ["Förskola", "Grundskola", "Fritidshem", "Gymnasieskola", "Vuxenutbildning", "Skolskjuts"]),
    ("Omsorg och stöd", ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Individ- och familjeomsorg", "Ekonomiskt bistånd", "Färdtjänst"]),
    ("Bygga, bo och miljö", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsoskydd", "Detaljplaner", "Energi- och klimatrådgivning"]),
    ("Trafik och infrastruktur", ["Gator och vägar", "Parkering", "Snöröjning", "Felanmälan", "Kollektivtrafik"]),
    ("Kultur och fritid", ["Bibliotek", "Idrott och motion", "Föreningsliv", "Kulturskola", "Natur och friluftsliv", "Evenemang"]),
    ("Näringsliv och arbete", ["Starta företag", "Tillstånd och regler", "Upphandling", "Lediga jobb", "Etablera dig"]),
    ("Kommun och politik", ["Kommunens organisation", "Politik och demokrati", "Sammanträden och protokoll", "Ekonomi och budget", "Synpunkter och klagomål", "Allmänna handlingar"]),
]


def slug(s: str) -> str:
    s = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), (",", ""), (" ", "-")):
        s = s.replace(a, b)
    return "".join(ch for ch in s if ch.isalnum() or ch == "-").replace("--", "-")


def build_menu(areas, style="dir", extra=None, drop=None, first=None):
    """-> [(label, href, [(sub, href), ...])]. style: dir (/a/b/), html (/a/b.html), asp (/a/b.asp)."""
    extra = extra or {}
    drop = drop or {}
    out = []
    for label, subs in areas:
        a = slug(label)
        if style == "html":
            top, fn = f"/{a}.html", (lambda s, a=a: f"/{a}/{slug(s)}.html")
        elif style == "asp":
            top, fn = f"/{a}/default.asp", (lambda s, a=a: f"/{a}/{slug(s)}.asp")
        else:
            top, fn = f"/{a}/", (lambda s, a=a: f"/{a}/{slug(s)}/")
        items = [(s, fn(s)) for s in subs if s not in drop.get(label, ())]
        items += extra.get(label, [])
        out.append((label, top, items))
    return out


def search_form(s, cls="", label="Sök på webbplatsen", btn="Sök"):
    sp = s["search"]
    return (f'<form class="{cls}" action="{sp["path"]}" method="get" role="search">'
            f'<label for="q-{s["code"]}" class="visually-hidden">{label}</label>'
            f'<input type="search" id="q-{s["code"]}" name="{sp["param"]}" placeholder="Vad letar du efter?">'
            f'<button type="submit">{btn}</button></form>')


def cookie(s, cls="cookie-banner"):
    return (f'<div class="{cls}" id="cookie-consent" role="dialog" aria-label="Kakor på webbplatsen">'
            f'<p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. '
            f'Du väljer själv om du godkänner kakor för statistik. <a href="{s["kakor"]}">Läs mer om kakor</a></p>'
            f'<button type="button" data-consent="all">Godkänn alla</button> '
            f'<button type="button" data-consent="necessary">Endast nödvändiga</button></div>')


def css(s, extra=""):
    c = s["color"]
    return ("<style>\n"
            f"body{{font-family:{s.get('font', 'Arial, sans-serif')};margin:0;color:#222}}a{{color:{c}}}\n"
            ".visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}\n"
            f".cookie-banner,.cc{{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:3px solid {c};padding:1rem;z-index:99}}\n"
            f"{extra}\n</style>")


SCRIPT = ("<script>\n(function(){var b=document.getElementById('cookie-consent');if(!b)return;"
          "if(document.cookie.indexOf('consent=')>-1){b.style.display='none';}"
          "b.addEventListener('click',function(e){var v=e.target.getAttribute('data-consent');"
          "if(v){document.cookie='consent='+v+';path=/;max-age=31536000';b.style.display='none';}});})();\n</script>")


def jsonld(s):
    d = {"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": s["full"],
         "url": "__ORIGIN__/", "telephone": s["tel"], "email": s["email"],
         "address": {"@type": "PostalAddress", "streetAddress": s["street"], "postalCode": s["postcode"],
                     "addressLocality": s["town"], "addressCountry": "SE"}}
    return '<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False) + "</script>"


def head(s, title, path, front, extra_css="", charset="utf-8"):
    t = E(title)
    meta = (f'<meta name="description" content="{E(s["description"])}">' if front else "")
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{charset}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{t}</title>\n{meta}\n'
            f'<link rel="canonical" href="__ORIGIN__{path}">\n{css(s, extra_css)}\n'
            f'{jsonld(s) if front else ""}\n</head>\n')


def footer_core(s):
    return (f'<p><strong>{E(s["full"])}</strong><br>{E(s["postal"])}<br>{E(s["postcode"])} {E(s["town"])}</p>'
            f'<p>Besöksadress: {E(s["visit"])}</p>'
            f'<p>Växel: <a href="tel:{s["tel"]}">{E(s["phone"])}</a><br>'
            f'E-post: <a href="mailto:{s["email"]}">{E(s["email"])}</a><br>Org.nr: {E(s["orgnr"])}</p>')


def footer_links(s, sep=" "):
    items = [("Tillgänglighetsredogörelse", s["tillg"]), ("Om kakor", s["kakor"]),
             ("Behandling av personuppgifter", s.get("gdpr", "/om-webbplatsen/personuppgifter/")),
             ("Press och media", s.get("press", "/press/")), ("Lediga jobb", s.get("jobs", "/lediga-jobb/"))]
    return sep.join(f'<a href="{h}">{E(t)}</a>' for t, h in items)


def topbar_links(s, sep=" "):
    out = []
    for item in s["topbar"]:
        t, h = item[0], item[1]
        attrs = item[2] if len(item) > 2 else ""
        out.append(f'<a href="{h}"{attrs}>{E(t)}</a>')
    return sep.join(out)


def crumbs(s, trail, cls="breadcrumbs"):
    if not trail:
        return ""
    parts = [f'<a href="{s["home"]}">Startsida</a>'] + [f'<a href="{h}">{E(t)}</a>' if h else E(t) for t, h in trail]
    return f'<div class="{cls}">' + " / ".join(parts) + "</div>"


# ---------------------------------------------------------------- families

def semantic(s, title, main, path, front=False, trail=None):
    menu = "\n".join(
        f'<li class="menu-item has-children"><a href="{h}">{E(t)}</a><button class="toggle" aria-expanded="false" aria-label="Visa undermeny för {E(t)}">+</button>'
        f'<ul class="sub-menu">' + "".join(f'<li><a href="{sh}">{E(st)}</a></li>' for st, sh in subs) + "</ul></li>"
        for t, h, subs in s["menu"])
    return (head(s, title, path, front, ".sub-menu{display:none}.menu-item:hover .sub-menu{display:block}")
            + f'<body class="{"home" if front else "page"}">\n<a class="skip" href="#main">Hoppa till innehållet</a>\n{cookie(s)}\n'
            f'<header class="site-header">\n<div class="top-bar"><div class="container">{topbar_links(s)}</div></div>\n'
            f'<div class="container header-inner"><a class="logo" href="{s["home"]}"><span class="logo-mark" aria-hidden="true">&#9670;</span> {E(s["full"])}</a>\n'
            f'{search_form(s, "header-search")}</div>\n'
            f'<nav class="primary-nav" aria-label="Huvudmeny"><ul class="menu">\n{menu}\n</ul></nav>\n</header>\n'
            f'<main id="main">\n{crumbs(s, trail)}\n{main}\n</main>\n'
            f'<footer class="site-footer"><div class="container footer-cols">\n<div class="col">{footer_core(s)}</div>\n'
            f'{s.get("footer_extra", "")}\n<div class="col"><h2>Om webbplatsen</h2><p>{footer_links(s, "<br>")}</p></div>\n'
            f'</div><p class="copy">© {E(s["full"])} 2026</p></footer>\n{SCRIPT}\n</body>\n</html>\n')


def soup(s, title, main, path, front=False, trail=None):
    menu = "\n".join(
        f'<div class="m2"><a class="m3" href="{h}">{E(t)}</a><div class="m4">'
        + "".join(f'<a class="m5" href="{sh}">{E(st)}</a>' for st, sh in subs) + "</div></div>"
        for t, h, subs in s["menu"])
    return (head(s, title, path, front, ".m4{display:none}.m2:hover .m4{display:block}.x1{background:#eee}")
            + f'<body>\n{cookie(s, "cc")}\n<div id="w0">\n<div class="x1">{topbar_links(s, " | ")}</div>\n'
            f'<div class="x2"><div class="x3"><a href="{s["home"]}"><b>{E(s["full"])}</b></a></div>'
            f'<div class="x4">{search_form(s, "f9")}</div></div>\n'
            f'<div class="m1">\n{menu}\n</div>\n'
            f'<div class="c1">\n{crumbs(s, trail, "c0")}\n{main}\n</div>\n'
            f'<div class="z1"><div class="z2">{footer_core(s)}</div>{s.get("footer_extra", "")}'
            f'<div class="z3">{footer_links(s, " | ")}</div></div>\n</div>\n{SCRIPT}\n</body>\n</html>\n')


def sitevision(s, title, main, path, front=False, trail=None):
    panels = []
    for i, (t, h, subs) in enumerate(s["menu"]):
        half = (len(subs) + 1) // 2
        cols = [subs[:half], subs[half:]]
        colhtml = "".join(
            '<div class="sv-column-6"><ul class="mega-col">' + "".join(f'<li><a href="{sh}">{E(st)}</a></li>' for st, sh in c) + "</ul></div>"
            for c in cols)
        panels.append(
            f'<li class="sv-menu-item"><a class="sv-menu-link" href="{h}">{E(t)}</a>'
            f'<button class="mega-toggle" aria-expanded="false" aria-controls="mega-{i}"><span class="visually-hidden">Öppna {E(t)}</span></button>'
            f'<div class="mega-panel sv-layout" id="mega-{i}" hidden><div class="sv-row">{colhtml}</div></div></li>')
    return (head(s, title, path, front)
            + f'<body class="sv-responsive">\n{cookie(s)}\n<div class="sv-layout" id="svid10_top">\n'
            f'<div class="sv-layout top-links sv-portlet"><div class="sv-text-portlet-content">{topbar_links(s)}</div></div>\n'
            f'<header class="sv-layout header" id="svid10_header"><div class="sv-portlet sv-image-portlet"><a href="{s["home"]}">'
            f'<span class="logo">{E(s["full"])}</span></a></div>'
            f'<div class="sv-portlet sv-searchform-portlet">{search_form(s, "sv-searchform")}</div></header>\n'
            f'<nav class="sv-layout mainmenu" aria-label="Huvudmeny"><ul class="sv-menu">\n' + "\n".join(panels) + "\n</ul></nav>\n</div>\n"
            f'<div class="sv-layout" id="svid10_content">\n{crumbs(s, trail, "sv-portlet breadcrumbs")}\n<div class="sv-layout sv-text-portlet">\n{main}\n</div>\n</div>\n'
            f'<div class="sv-layout footer" id="svid10_foot"><div class="sv-row"><div class="sv-column-4 sv-portlet">{footer_core(s)}</div>'
            f'{s.get("footer_extra", "")}<div class="sv-column-4 sv-portlet"><h2>Om webbplatsen</h2><p>{footer_links(s, "<br>")}</p></div></div></div>\n'
            f'<script src="/sitevision/system-resource/c3f1/js/jquery.js" defer></script>\n{SCRIPT}\n</body>\n</html>\n')


def municipio(s, title, main, path, front=False, trail=None):
    menu = "\n".join(
        f'<li class="c-nav__item c-nav__item--has-children"><a class="c-nav__link" href="{h}">{E(t)}</a>'
        f'<button class="c-nav__toggle" aria-label="Visa undersidor till {E(t)}" aria-expanded="false"></button>'
        f'<ul class="c-nav__sub">' + "".join(f'<li class="c-nav__item"><a class="c-nav__link" href="{sh}">{E(st)}</a></li>' for st, sh in subs) + "</ul></li>"
        for t, h, subs in s["menu"])
    return (head(s, title, path, front)
            + f'<body class="wp-theme-municipio {"home page-template-default" if front else "page"}">\n{cookie(s, "cookie-banner c-notice")}\n'
            f'<header class="site-header c-header c-header--business" id="site-header">\n'
            f'<div class="c-header__top o-container">{topbar_links(s)}</div>\n'
            f'<div class="c-header__main o-container"><a class="c-logotype" href="{s["home"]}"><span>{E(s["full"])}</span></a>\n'
            f'{search_form(s, "c-search")}\n'
            f'<a class="c-button c-header__link" href="{s["kontakt"]}">Kontakt</a>\n'
            f'<button class="c-button c-header__menu" aria-controls="drawer" aria-expanded="false">Meny</button></div>\n</header>\n'
            f'<div class="c-drawer" id="drawer" hidden><div class="c-drawer__header">Meny<button class="c-drawer__close">Stäng</button></div>\n'
            f'<nav class="c-nav c-nav--drawer" aria-label="Huvudmeny"><ul class="c-nav__list">\n{menu}\n</ul></nav></div>\n'
            f'<main id="main-content" class="o-container">\n{crumbs(s, trail, "c-breadcrumb")}\n<article class="c-article">\n{main}\n</article>\n</main>\n'
            f'<footer class="site-footer c-footer"><div class="o-grid"><div class="o-grid-4">{footer_core(s)}</div>'
            f'{s.get("footer_extra", "")}<div class="o-grid-4"><h2 class="c-footer__title">Om webbplatsen</h2><p>{footer_links(s, "<br>")}</p></div></div></footer>\n'
            f'<script src="/wp-content/themes/municipio/assets/dist/js/app.js" defer></script>\n{SCRIPT}\n</body>\n</html>\n')


def bootstrap(s, title, main, path, front=False, trail=None):
    menu = "\n".join(
        f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{h}" data-bs-toggle="dropdown" aria-expanded="false">{E(t)}</a>'
        f'<ul class="dropdown-menu">' + "".join(f'<li><a class="dropdown-item" href="{sh}">{E(st)}</a></li>' for st, sh in subs) + "</ul></li>"
        for t, h, subs in s["menu"])
    return (head(s, title, path, front, ".dropdown-menu{display:none}")
            + f'<body>\n{cookie(s, "cookie-banner alert alert-light")}\n'
            f'<div class="topbar bg-light"><div class="container d-flex justify-content-end gap-3 small">{topbar_links(s)}</div></div>\n'
            f'<header class="site-header"><div class="container d-flex align-items-center py-3"><a class="navbar-brand" href="{s["home"]}">{E(s["full"])}</a>'
            f'{search_form(s, "d-flex ms-auto")}</div>\n'
            f'<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">'
            f'<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-label="Meny"><span class="navbar-toggler-icon"></span></button>'
            f'<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav">\n{menu}\n</ul></div></div></nav></header>\n'
            f'<main class="container py-4" id="content">\n{crumbs(s, trail, "breadcrumb")}\n{main}\n</main>\n'
            f'<footer class="bg-dark text-white py-4"><div class="container"><div class="row"><div class="col-md-4">{footer_core(s)}</div>'
            f'{s.get("footer_extra", "")}<div class="col-md-4"><h2 class="h5">Om webbplatsen</h2><p>{footer_links(s, "<br>")}</p></div></div></div></footer>\n'
            f'<script src="/assets/js/bootstrap.bundle.min.js" defer></script>\n{SCRIPT}\n</body>\n</html>\n')


def aria(s, title, main, path, front=False, trail=None):
    menu = "\n".join(
        f'<li class="nv-i"><a href="{h}">{E(t)}</a><ul class="nv-sub" role="menu">'
        + "".join(f'<li role="none"><a role="menuitem" href="{sh}">{E(st)}</a></li>' for st, sh in subs) + "</ul></li>"
        for t, h, subs in s["menu"])
    return (head(s, title, path, front, ".nv-sub{display:none}.nv-i:hover .nv-sub{display:block}")
            + f'<body>\n{cookie(s)}\n<div class="pg">\n<div class="bnr" role="banner">\n'
            f'<div class="tb" role="navigation" aria-label="Genvägar">{topbar_links(s)}</div>\n'
            f'<div class="hd"><a class="lg" href="{s["home"]}" aria-label="{E(s["full"])} startsida"><span>{E(s["kommun"])}</span> <span>kommun</span></a>'
            f'<div role="search">{search_form(s, "sf")}</div></div>\n'
            f'<div class="nv" role="navigation" aria-label="Huvudmeny"><ul>\n{menu}\n</ul></div>\n</div>\n'
            f'<div class="mn" role="main" id="innehall">\n{crumbs(s, trail, "bc")}\n{main}\n</div>\n'
            f'<div class="ft" role="contentinfo"><div class="fc">{footer_core(s)}</div>{s.get("footer_extra", "")}'
            f'<div class="fc"><p>{footer_links(s, "<br>")}</p></div></div>\n</div>\n{SCRIPT}\n</body>\n</html>\n')


def custom(s, title, main, path, front=False, trail=None):
    menu = "\n".join(
        f'<rl-menu-item><a href="{h}">{E(t)}</a><rl-submenu>'
        + "".join(f'<a href="{sh}">{E(st)}</a>' for st, sh in subs) + "</rl-submenu></rl-menu-item>"
        for t, h, subs in s["menu"])
    defs = ("<script>\n/* Rosslunda designsystem: enkla webbkomponenter för meny och kakbanner */\n"
            "['rl-header','rl-topbar','rl-nav','rl-menu-item','rl-submenu','rl-main','rl-footer','rl-card','rl-hero']"
            ".forEach(function(n){if(!customElements.get(n)){customElements.define(n,class extends HTMLElement{});}});\n</script>")
    return (head(s, title, path, front, "rl-submenu{display:none}rl-menu-item:hover rl-submenu{display:block}"
                 "rl-header,rl-topbar,rl-nav,rl-main,rl-footer,rl-hero{display:block}")
            + f'<body>\n{cookie(s)}\n<rl-topbar>{topbar_links(s)}</rl-topbar>\n'
            f'<rl-header><a class="rl-logo" href="{s["home"]}">{E(s["full"])}</a>{search_form(s, "rl-search")}</rl-header>\n'
            f'<rl-nav label="Huvudmeny">\n{menu}\n</rl-nav>\n'
            f'<rl-main>\n{crumbs(s, trail, "rl-crumbs")}\n{main}\n</rl-main>\n'
            f'<rl-footer><div class="rl-footer-col">{footer_core(s)}</div>{s.get("footer_extra", "")}'
            f'<div class="rl-footer-col"><p>{footer_links(s, "<br>")}</p></div></rl-footer>\n{defs}\n{SCRIPT}\n</body>\n</html>\n')


def drupal(s, title, main, path, front=False, trail=None):
    menu = "\n".join(
        f'<li class="menu-item menu-item--expanded"><a href="{h}" data-drupal-link-system-path="node/{100 + i}">{E(t)}</a>'
        f'<ul class="menu menu--level-2">' + "".join(f'<li class="menu-item"><a href="{sh}">{E(st)}</a></li>' for st, sh in subs) + "</ul></li>"
        for i, (t, h, subs) in enumerate(s["menu"]))
    return (head(s, title, path, front, ".menu--level-2{display:none}.menu-item--expanded:hover .menu--level-2{display:block}")
            + f'<body class="path-{"frontpage" if front else "node"}">\n<a href="#main-content" class="visually-hidden focusable">Hoppa till huvudinnehåll</a>\n'
            f'{cookie(s, "cookie-banner eu-cookie-compliance-banner")}\n<div class="dialog-off-canvas-main-canvas">\n'
            f'<header role="banner" class="region region-header">\n<div class="block block-menu block-topbar">{topbar_links(s)}</div>\n'
            f'<div class="block block-system-branding-block"><a href="{s["home"]}" rel="home" class="site-logo">{E(s["full"])}</a></div>\n'
            f'<div class="block block-search">{search_form(s, "search-block-form")}</div>\n'
            f'<nav role="navigation" aria-labelledby="block-huvudmeny-menu" class="block block-menu navigation menu--main">'
            f'<h2 class="visually-hidden" id="block-huvudmeny-menu">Huvudmeny</h2><ul class="menu">\n{menu}\n</ul></nav>\n</header>\n'
            f'<main role="main" class="region region-content"><a id="main-content" tabindex="-1"></a>\n{crumbs(s, trail, "block block-system-breadcrumb-block")}\n'
            f'<div class="block block-system-main-block">\n{main}\n</div></main>\n'
            f'<footer role="contentinfo" class="region region-footer"><div class="block block-block-content">{footer_core(s)}</div>'
            f'{s.get("footer_extra", "")}<div class="block block-menu">{footer_links(s, " ")}</div></footer>\n</div>\n{SCRIPT}\n</body>\n</html>\n')


def table(s, title, main, path, front=False, trail=None):
    menu = "\n".join(
        f'<tr><td class="mnu"><a href="{h}"><font face="Verdana" size="2"><b>{E(t)}</b></font></a>'
        + "".join(f'<br>&nbsp;&nbsp;<a href="{sh}"><font face="Verdana" size="1">{E(st)}</font></a>' for st, sh in subs) + "</td></tr>"
        for t, h, subs in s["menu"])
    return (head(s, title, path, front, "td{font-family:Verdana,sans-serif}", charset="iso-8859-1").replace('<meta charset="iso-8859-1">', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
            + f'<body bgcolor="#ffffff" topmargin="0" leftmargin="0">\n{cookie(s)}\n'
            f'<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">\n'
            f'<tr><td colspan="2" bgcolor="#dfe8f0" align="right"><font face="Verdana" size="1">{topbar_links(s, " | ")}</font></td></tr>\n'
            f'<tr><td bgcolor="{s["color"]}" height="80"><a href="{s["home"]}"><font face="Georgia" size="6" color="#ffffff">{E(s["full"])}</font></a></td>'
            f'<td bgcolor="{s["color"]}" align="right">{search_form(s, "sok")}</td></tr>\n'
            f'<tr><td width="200" valign="top" bgcolor="#f4f4f4"><table width="200" cellpadding="6" cellspacing="0">\n{menu}\n</table></td>\n'
            f'<td valign="top"><font face="Verdana" size="2">\n{crumbs(s, trail, "stig")}\n{main}\n</font></td></tr>\n'
            f'<tr><td colspan="2" bgcolor="#e6e6e6"><table width="100%" cellpadding="8"><tr><td valign="top"><font face="Verdana" size="1">{footer_core(s)}</font></td>'
            f'{s.get("footer_extra", "")}<td valign="top"><font face="Verdana" size="1">{footer_links(s, "<br>")}</font></td></tr></table></td></tr>\n'
            f'</table>\n{SCRIPT}\n</body>\n</html>\n')


FAMILIES = {"semantic": semantic, "soup": soup, "sitevision": sitevision, "municipio": municipio,
            "bootstrap": bootstrap, "aria": aria, "custom": custom, "drupal": drupal, "table": table}
