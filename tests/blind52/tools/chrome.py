"""Markup families of the blind52 corpus (typing aid; the written files are the corpus)."""
from __future__ import annotations

from common import AREAS, AZ, COOKIE_JS, CSS, ESERVICES, EVENTS, JOBS, TOGGLE_JS, TOPBAR, e, slug

# ---------------------------------------------------------------- shared data helpers


def areas(site):
    """[(label, href, [(sublabel, href), ...]), ...] incl. site-specific sub-items/top items."""
    out = []
    for label, s, subs in AREAS:
        if s in site.get("skip_areas", ()):
            continue
        items = [(x, f"/{s}/{slug(x)}/") for x in subs]
        items = site.get("subs_pre", {}).get(s, []) + items + site.get("subs_post", {}).get(s, [])
        out.append((label, f"/{s}/", items))
    for item in site.get("top_extra", []):
        out.append(item)
    return out


def news_items(site):
    return site["news"]


def foot_lines(site):
    k = site["kommun"]
    return [f"{k}s kommun", f"{site['street']}, {site['postnr']} {site['ort']}", f"Växel: {site['vaxel']}", f"E-post: kommun@{site['dom']}", f"Org.nr: {site['orgnr']}", *site.get("foot_extra_lines", [])]


def foot_links(site):
    return [*site.get("footer_links_pre", []), ("Tillgänglighetsredogörelse", "/tillganglighet/"), ("Om kakor", "/kakor/"), ("Behandling av personuppgifter", "/personuppgifter"), ("Kontakta oss", site.get("kontakt_href", "/kontakta-oss/")), *site.get("footer_links_post", [])]


def ul(items, cls=""):
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>" + "".join(f'<li><a href="{e(h)}">{e(t)}</a></li>' for t, h in items) + "</ul>"


def eservices():
    return [(x, f"/e-tjanster/{slug(x)}") for x in ESERVICES]


def events():
    return [(f"{d} {t}", f"/evenemang/{slug(t)}") for d, t in EVENTS]


def jobs():
    return [(x, f"/jobb/{slug(x)}") for x in JOBS]


def az(site):
    words = [(w, f"/a-o/{slug(w)}") for w in AZ] + site.get("az_extra", [])
    return sorted(words, key=lambda t: t[0].replace("Ä", "Zz").replace("Ö", "Zzz"))


def head(site, title, extra=""):
    cs = site.get("charset", "utf-8")
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{cs}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{e(title)}</title>\n"
            f'<link rel="canonical" href="__ORIGIN__{site["_path"]}">\n'
            f"<style>{CSS}{site.get('css', '')}</style>\n{extra}</head>\n")


def jsonld(site):
    return ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization",'
            f'"name":"{site["kommun"]}s kommun","url":"__ORIGIN__/","telephone":"{site["vaxel"]}"}}</script>\n')


def scripts():
    return f"<script>{COOKIE_JS}{TOGGLE_JS}</script>\n"


def full_title(site, title):
    return f"{title} - {site['kommun']}s kommun" if title else f"Startsida - {site['kommun']}s kommun"


# ---------------------------------------------------------------- generic (element-parametrised) family


def generic(site, page, sk):
    """sk: dict of tag/class choices for one family (see FAMILIES)."""
    front = page["front"]
    T = sk
    k = site["kommun"]
    out = [head(site, full_title(site, page["title"]), jsonld(site) if front else "")]
    out.append(f'<body class="{T["body"]}">\n')
    if sk.get("wrap_open"):
        out.append(sk["wrap_open"] + "\n")
    out.append(f'<a class="{T["p"]}skip" href="#innehall">Till innehållet</a>\n')
    header = []
    # top bar
    tb = TOPBAR + site.get("topbar_post", [])
    header.append(f'<{T["div"]} class="{T["p"]}topbar">' + ul(tb, T["p"] + "topbar-list")
                  + site.get("topbar_html", "") + f'</{T["div"]}>')
    logo = (f'<a class="{T["p"]}logo" href="/"><img src="/logo.svg" alt="{e(k)}s kommun, till startsidan" '
            f'width="160" height="48"></a>')
    sattr = T.get("search_attr", ' role="search"')
    search = (f'<form class="{T["p"]}search" action="{site["search"]["path"]}" method="get"{sattr}>'
              f'<label for="q">Sök på webbplatsen</label><input id="q" name="{site["search"]["param"]}" type="search">'
              f'<button type="submit">Sök</button></form>')
    header.append(f'<{T["div"]} class="{T["p"]}brand">{logo}{site.get("header_html", "")}'
                  f'{"" if sk.get("search_in_panel") else search}</{T["div"]}>')
    nav = sk["nav"](site, sk)
    hdr = (f'<{T["header"]} class="{T["p"]}header"{T.get("header_attr", "")}>\n'
           + "\n".join(header) + "\n" + (nav if sk.get("nav_in_header", True) else "")
           + f'\n</{T["header_close"]}>\n')
    # main
    if front:
        mainc = front_main(site, sk)
    else:
        mainc = (f'<{T["div"]} class="{T["p"]}crumbs">' + f'<a href="/">Startsida</a> / {e(page["title"])}'
                 + f'</{T["div"]}>\n<{T["article"]} class="{T["p"]}article">\n{page["body"]}\n</{T["article"]}>')
    main = f'<{T["main"]} id="innehall" class="{T["p"]}main"{T.get("main_attr", "")}>\n{mainc}\n</{T["main_close"]}>\n'
    if not sk.get("nav_in_header", True):
        hdr = hdr + nav
    if sk.get("header_after_main"):
        out.append(main + hdr)
    else:
        out.append(hdr + main)
    # footer
    fl = "".join(f"<{T['div']}>{e(x)}</{T['div']}>" for x in foot_lines(site))
    out.append(f'<{T["footer"]} class="{T["p"]}footer"{T.get("footer_attr", "")}>\n'
               f'<{T["div"]} class="{T["p"]}footer-col">{fl}</{T["div"]}>\n'
               f'<{T["div"]} class="{T["p"]}footer-col">{ul(foot_links(site))}</{T["div"]}>\n'
               f'<{T["div"]} class="{T["p"]}footer-col"><{T["h"]} class="{T["p"]}fh">Följ oss</{T["h_close"]}>'
               f'{ul([("Facebook", "/sociala-medier#facebook"), ("Instagram", "/sociala-medier#instagram")])}</{T["div"]}>\n'
               f'</{T["footer_close"]}>\n')
    out.append(cookie(site, sk))
    if sk.get("wrap_close"):
        out.append(sk["wrap_close"] + "\n")
    out.append(scripts() + sk.get("extra_script", "") + "</body>\n</html>\n")
    return "".join(out)


def cookie(site, sk):
    T = sk
    txt = site.get("cookie_html", "Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. "
                   '<a href="/kakor/">Läs mer om kakor</a>.')
    return (f'<{T["div"]} id="cookie" class="{T["p"]}cookie"{T.get("cookie_attr", "")}>\n<p>{txt}</p>\n'
            f'<button type="button" data-cookie="ok">Godkänn alla</button> '
            f'<button type="button" data-cookie="nec">Endast nödvändiga</button>\n</{T["div"]}>\n')


def front_main(site, sk):
    T = sk
    sec, secc, h2, h2c, d = T["section"], T["section_close"], T["h"], T["h_close"], T["div"]
    p = T["p"]
    parts = []
    hero = site.get("hero_html")
    if hero is None:
        quick = site.get("quick", [("Lediga jobb", "/jobb/"), ("Felanmälan", "/felanmalan"),
                                   ("Förskola", "/barn-och-utbildning/forskola/")])
        hero = (f'<{d} class="{p}hero-img"><img src="/bilder/hero.jpg" alt="Vy över {e(site["kommun"])} i kvällsljus"></{d}>'
                f'<{d} class="{p}hero-text"><h1 class="{p}hero-h">{e(site.get("hero_h", "Välkommen till " + site["kommun"] + "s kommun"))}</h1>'
                f'<p>{e(site.get("hero_p", "Här hittar du information och e-tjänster för dig som bor och verkar här."))}</p>'
                + ul(quick, p + "hero-quick") + f"</{d}>")
    parts.append(f'<{sec} class="{p}hero">{hero}</{secc}>')
    parts.extend(site.get("after_hero", []))
    news = "".join(f'<{d} class="{p}card"><span class="{p}date">{e(dt)}</span><{T["h3"]} class="{p}card-h">'
                   f'<a href="{e(h)}">{e(t)}</a></{T["h3_close"]}><p>{e(lead)}</p></{d}>'
                   for t, h, dt, lead in news_items(site))
    parts.append(f'<{sec} class="{p}news"><{h2} class="{p}sh">Nyheter</{h2c}>{news}'
                 f'<p><a href="/nyheter/">Alla nyheter</a></p></{secc}>')
    parts.append(f'<{sec} class="{p}eservices"><{h2} class="{p}sh">Populära e-tjänster</{h2c}>{ul(eservices())}</{secc}>')
    parts.append(f'<{sec} class="{p}events"><{h2} class="{p}sh">Evenemang</{h2c}>{ul(events())}</{secc}>')
    if site.get("aside_html"):
        parts.append(site["aside_html"])
    parts.append(f'<{sec} class="{p}drift"><{h2} class="{p}sh">Driftinformation</{h2c}><p>Vattenavstängning på '
                 f'Björkvägen tisdag kl. 9–12.</p></{secc}>')
    parts.append(f'<{sec} class="{p}jobs"><{h2} class="{p}sh">Lediga jobb</{h2c}>{ul(jobs())}'
                 f'<p><a href="/jobb/">Se alla lediga jobb</a></p></{secc}>')
    parts.append(f'<{sec} class="{p}az"><{h2} class="{p}sh">A–Ö</{h2c}>{ul(az(site), p + "az-list")}</{secc}>')
    return "\n".join(parts)


# ---------------------------------------------------------------- nav variants


def nav_plain_dropdown(site, sk, hidden_attr="hidden"):
    p = sk["p"]
    lis = []
    for i, (label, href, subs) in enumerate(areas(site)):
        sub = ul(subs, p + "sub") if subs else ""
        if subs:
            sub = sub.replace("<ul", f'<ul id="{p}sub{i}" {hidden_attr}', 1)
        lis.append(f'<li class="{p}item"><a href="{e(href)}">{e(label)}</a>{sub}</li>')
    return "".join(lis)


def nav_semantic(site, sk):
    return f'<nav class="{sk["p"]}nav" aria-label="Huvudmeny"><ul>{nav_plain_dropdown(site, sk)}</ul></nav>'


AH = 'aria-hidden="true"'


def nav_drawer(site, sk):
    p = sk["p"]
    return (f'<button class="{p}menu-toggle" type="button" aria-controls="drawer" aria-expanded="false">Meny</button>'
            f'<nav id="drawer" class="{p}drawer c-drawer--right" aria-hidden="true" aria-label="Huvudmeny">'
            f'<button type="button" class="{p}drawer-close">Stäng meny</button>'
            f'<ul class="{p}drawer-menu">{nav_plain_dropdown(site, sk, AH)}</ul></nav>')


def nav_mega(site, sk):
    """Drupal-like mega menu: each top-level item opens a hidden panel with headed columns."""
    p = sk["p"]
    lis = []
    for i, (label, href, subs) in enumerate(areas(site)):
        cols = site.get("mega_cols", {}).get(href)
        if cols is None:
            half = (len(subs) + 1) // 2
            cols = [(f"{label}: översikt", subs[:half]), ("Mer inom området", subs[half:])]
        panel = "".join(f'<div class="{p}mega-col"><h3 class="{p}mega-h">{e(h)}</h3>{ul(items)}</div>' for h, items in cols)
        lis.append(f'<li class="{p}item menu-item--expanded"><a href="{e(href)}" class="{p}top">{e(label)}</a>'
                   f'<button type="button" aria-controls="mega{i}" aria-expanded="false" class="{p}open">'
                   f'<span class="vh">Visa undermeny för {e(label)}</span></button>'
                   f'<div id="mega{i}" class="{p}mega" hidden>{panel}</div></li>')
    return f'<nav class="{p}nav menu--main" aria-label="Huvudmeny"><ul class="menu">{"".join(lis)}</ul></nav>'


def nav_aria(site, sk):
    p = sk["p"]
    return (f'<div role="navigation" aria-label="Huvudmeny" class="{p}nav"><ul>'
            f'{nav_plain_dropdown(site, sk)}</ul></div>')


def nav_bootstrap(site, sk):
    lis = []
    for _i, (label, href, subs) in enumerate(areas(site)):
        dd = "".join(f'<li><a class="dropdown-item" href="{e(h)}">{e(t)}</a></li>' for t, h in subs)
        lis.append(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{e(href)}" '
                   f'data-bs-toggle="dropdown" aria-expanded="false">{e(label)}</a>'
                   f'<ul class="dropdown-menu">{dd}</ul></li>')
    return ('<nav class="navbar navbar-expand-lg navbar-light bg-light" aria-label="Huvudmeny"><div class="container">'
            '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nb" '
            'aria-controls="nb" aria-expanded="false" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>'
            f'<div class="collapse navbar-collapse" id="nb"><ul class="navbar-nav me-auto">{"".join(lis)}</ul></div></div></nav>')


def nav_soup(site, sk):
    p = sk["p"]
    lis = []
    for label, href, subs in areas(site):
        lis.append(f'<div class="{p}m1"><a href="{e(href)}">{e(label)}</a><div class="{p}m2" style="display:none">'
                   + "".join(f'<a href="{e(h)}">{e(t)}</a>' for t, h in subs) + "</div></div>")
    return f'<div class="{p}mm">{"".join(lis)}</div>'


def nav_custom(site, sk):
    lis = []
    for label, href, subs in areas(site):
        lis.append(f'<x-item><a href="{e(href)}" slot="label">{e(label)}</a><x-sub>'
                   + "".join(f'<x-link><a href="{e(h)}">{e(t)}</a></x-link>' for t, h in subs) + "</x-sub></x-item>")
    return f'<x-nav label="Huvudmeny">{"".join(lis)}</x-nav>'


def nav_sitevision(site, sk):
    lis = []
    for _i, (label, href, subs) in enumerate(areas(site)):
        lis.append(f'<li class="sv-megamenu-item"><a class="sv-megamenu-link" href="{e(href)}">{e(label)}</a>'
                   f'<div class="sv-megamenu-panel" hidden>{ul(subs, "sv-megamenu-sub")}</div></li>')
    return ('<div class="sv-layout sv-skip-spacer sv-template-portlet" id="svid12_menu">'
            f'<div class="sv-portlet sv-megamenu-portlet"><ul class="sv-megamenu">{"".join(lis)}</ul></div></div>')


def nav_toolbar(site, sk):
    """Episerver-like: toolbar of toggles (Meny, Sök, Språk, Kontakt), each opening a hidden panel."""
    p = sk["p"]
    s = site["search"]
    menu = "".join(f'<li><a href="{e(h)}">{e(t)}</a>{ul(subs, p + "panel-sub")}</li>' for t, h, subs in areas(site))
    langs = ul([("English", "/in-english"), ("Suomi", "/suomeksi"), ("العربية", "/arabiska"),
                ("Somali", "/somali")])
    return (f'<div class="{p}toolbar">'
            f'<button type="button" aria-controls="panel-meny" aria-expanded="false">Meny</button>'
            f'<button type="button" aria-controls="panel-sok" aria-expanded="false">Sök</button>'
            f'<button type="button" aria-controls="panel-sprak" aria-expanded="false">Språk</button>'
            f'<button type="button" aria-controls="panel-kontakt" aria-expanded="false">Kontakt</button></div>\n'
            f'<nav id="panel-meny" class="{p}panel {p}panel--menu" aria-label="Huvudmeny" hidden><ul class="{p}panel-menu">{menu}</ul></nav>\n'
            f'<div id="panel-sok" class="{p}panel" hidden><form action="{s["path"]}" method="get" role="search">'
            f'<label for="q">Vad letar du efter?</label><input id="q" name="{s["param"]}" type="search"><button>Sök</button></form></div>\n'
            f'<div id="panel-sprak" class="{p}panel" hidden>{langs}</div>\n'
            f'<div id="panel-kontakt" class="{p}panel" hidden>{site["kontakt_panel"]}</div>')


# ---------------------------------------------------------------- family table (ISO-8859-1, <font>)


def table_family(site, page):
    k = site["kommun"]
    front = page["front"]
    o = [head(site, full_title(site, page["title"]), jsonld(site) if front else "").replace("<!DOCTYPE html>",
         '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">')]
    o.append('<body bgcolor="#ffffff" leftmargin="0" topmargin="0">\n')
    o.append('<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">\n')
    tb = " | ".join(f'<a href="{h}"><font face="Verdana" size="1">{e(t)}</font></a>' for t, h in TOPBAR)
    o.append(f'<tr><td colspan="3" bgcolor="#e8eef4" align="right">{tb}</td></tr>\n')
    o.append(f'<tr><td width="200"><a href="/start.asp"><img src="/gfx/logo.gif" alt="{e(k)}s kommun" border="0" width="180" height="60"></a></td>'
             f'<td><font face="Verdana" size="4" color="#003366"><b>{e(k)}s kommun</b></font></td>'
             f'<td align="right"><form action="{site["search"]["path"]}" method="get"><font face="Verdana" size="1">Sök:</font> '
             f'<input type="text" name="{site["search"]["param"]}" size="14"><input type="submit" value="Sök"></form></td></tr>\n')
    menu = "".join(f'<td bgcolor="#003366" align="center"><a href="{h}"><font face="Verdana" size="2" color="#ffffff"><b>{e(t)}</b></font></a></td>'
                   for t, h, subs in areas(site))
    o.append(f'<tr><td colspan="3"><table width="100%" cellpadding="4" cellspacing="1" border="0"><tr>{menu}</tr></table></td></tr>\n')
    # left column: sub-menu of every area (classic 2000s left nav)
    left = []
    for t, h, subs in areas(site):
        left.append(f'<tr><td bgcolor="#dde6ee"><a href="{h}"><font face="Verdana" size="2"><b>{e(t)}</b></font></a></td></tr>')
        left.extend(f'<tr><td>&nbsp;&nbsp;<a href="{sh}"><font face="Verdana" size="1">{e(st)}</font></a></td></tr>' for st, sh in subs)
    leftcol = f'<table width="100%" cellpadding="2" cellspacing="0" border="0">{"".join(left)}</table>'
    if front:
        body = table_front(site)
    else:
        body = (f'<font face="Verdana" size="1"><a href="/start.asp">Startsida</a> &gt; {e(page["title"])}</font><br><br>\n'
                f'<font face="Verdana" size="2">{page["body"]}</font>')
    o.append(f'<tr><td width="200" valign="top">{leftcol}</td><td colspan="2" valign="top">\n{body}\n</td></tr>\n')
    fl = "<br>".join(e(x) for x in foot_lines(site))
    flinks = " | ".join(f'<a href="{h}"><font face="Verdana" size="1">{e(t)}</font></a>' for t, h in foot_links(site))
    o.append(f'<tr><td colspan="3" bgcolor="#003366"><font face="Verdana" size="1" color="#ffffff">{fl}</font><br>{flinks}</td></tr>\n')
    o.append("</table>\n")
    o.append('<div id="cookie" style="position:fixed;bottom:0;left:0;right:0;background:#ffd"><font face="Verdana" size="1">'
             'Vi använder kakor. <a href="/kakor/">Läs mer om kakor</a></font> <button data-cookie="ok">OK</button></div>\n')
    o.append(scripts() + "</body>\n</html>\n")
    return "".join(o)


def table_front(site):
    def box(title, inner):
        return (f'<table width="100%" cellpadding="4" cellspacing="0" border="1" bordercolor="#cccccc">'
                f'<tr><td bgcolor="#dde6ee"><font face="Verdana" size="2"><b>{e(title)}</b></font></td></tr>'
                f'<tr><td><font face="Verdana" size="2">{inner}</font></td></tr></table><br>\n')

    def links(items, sep="<br>"):
        return sep.join(f'<a href="{h}">{e(t)}</a>' for t, h in items)

    o = []
    quick = site.get("quick", [])
    o.append('<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td>'
             f'<img src="/gfx/topbild.jpg" width="760" height="220" alt="Hamnen i {e(site["kommun"])} en sommarkväll"></td></tr>'
             f'<tr><td bgcolor="#003366"><font face="Verdana" size="4" color="#ffffff"><b>{e(site["hero_h"])}</b></font></td></tr>'
             f'<tr><td bgcolor="#e8eef4"><font face="Verdana" size="2">{links(quick, " &nbsp;|&nbsp; ")}</font></td></tr></table><br>\n')
    news = "".join(f'<font size="1">{e(dt)}</font><br><a href="{h}"><b>{e(t)}</b></a><br>{e(lead)}<br><br>'
                   for t, h, dt, lead in news_items(site))
    o.append(box("Nyheter", news + '<a href="/nyheter/">Alla nyheter</a>'))
    o.append(box("Populära e-tjänster", links(eservices())))
    o.append(box("Evenemang", links(events())))
    o.append(box("Driftinformation", "Vattenavstängning på Björkvägen tisdag kl. 9–12."))
    o.append(box("Lediga jobb", links(jobs()) + '<br><a href="/jobb/">Se alla lediga jobb</a>'))
    o.append(box("A–Ö", links(az(site), " &middot; ")))
    return "".join(o)


# ---------------------------------------------------------------- skins

_BASE = dict(div="div", section="section", section_close="section", h="h2", h_close="h2", h3="h3", h3_close="h3",
             article="article", header="header", header_close="header", main="main", main_close="main",
             footer="footer", footer_close="footer")

FAMILIES = {
    "episerver": dict(_BASE, body="EPiServerSite startpage", p="eh-", nav=nav_toolbar, search_in_panel=True,
                      css=".eh-toolbar button{margin:0 .3em}"),
    "municipio": dict(_BASE, body="t-municipio wp-theme-municipio", p="c-", nav=nav_drawer,
                      header_attr=' id="site-header"'),
    "drupal": dict(_BASE, body="path-frontpage page-node-type-landing", p="d-", nav=nav_mega,
                   header="header", header_attr=' role="banner"', main_attr=' role="main"'),
    "aria": dict(_BASE, body="pg", p="x", div="div", section="div", section_close="div", h="div", h_close="div",
                 h3="div", h3_close="div", article="div", header='div role="banner"', header_close="div",
                 main='div role="main"', main_close="div", footer='div role="contentinfo"', footer_close="div",
                 nav=nav_aria, header_after_main=True, wrap_open='<div class="xwrap" style="display:flex;flex-direction:column">',
                 wrap_close="</div>"),
    "bootstrap": dict(_BASE, body="d-flex flex-column min-vh-100", p="bs-", nav=nav_bootstrap),
    "custom": dict(_BASE, body="kx", p="k-", section="x-section", section_close="x-section", h="x-heading",
                   h_close="x-heading", h3="x-title", h3_close="x-title", article="x-article", header="x-header",
                   header_close="x-header", main="x-main", main_close="x-main", footer="x-footer", footer_close="x-footer",
                   div="x-box", nav=nav_custom),
    "sitevision": dict(_BASE, body="sv-responsive", p="sv-", section='div', section_close="div", article="div",
                       header='div', header_close="div", main='div', main_close="div", footer='div',
                       footer_close="div", nav=nav_sitevision),
    "soup": dict(_BASE, body="b0", p="q", search_attr="", section="div", section_close="div", h="div", h_close="div", h3="div",
                 h3_close="div", article="div", header="div", header_close="div", main="div", main_close="div",
                 footer="div", footer_close="div", nav=nav_soup),
    "nextjs": dict(_BASE, body="", p="styles_", nav=nav_mega, wrap_open='<div id="__next">', wrap_close="</div>"),
}


def render(site, page):
    site["_path"] = page["path"]
    fam = site["family"]
    if fam == "table":
        return table_family(site, page)
    sk = dict(FAMILIES[fam])
    if site.get("family_override"):
        sk.update(site["family_override"])
    return generic(site, page, sk)
