"""Markup families for the blind73 corpus (typing aid: the written files are the corpus).

Each family renders one full page from a site dict and the page's own main content.
Shared pieces: the cookie banner, the top bar, the primary menu tree (AREAS), the footer text.
"""
from __future__ import annotations

import html
import json

LOGO = ("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='40' height='40'%3E"
        "%3Ccircle cx='20' cy='20' r='18' fill='%23165a72'/%3E%3C/svg%3E")
ICON = ("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='24' height='24'%3E"
        "%3Crect width='24' height='24' rx='6' fill='%23165a72'/%3E%3C/svg%3E")
SVG_ICON = ('<svg aria-hidden="true" focusable="false" width="24" height="24" viewBox="0 0 24 24">'
            '<path d="M4 4h16v16H4z" fill="currentColor"/></svg>')


def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), (" och ", "-och-"), (",", ""), (" ", "-"), ("–", "-")):
        t = t.replace(a, b)
    while "--" in t:
        t = t.replace("--", "-")
    return t


AREAS = [
    ("Omsorg och stöd", ["Äldreomsorg", "Stöd vid funktionsnedsättning", "Individ- och familjeomsorg",
                         "Ekonomiskt bistånd", "Färdtjänst och riksfärdtjänst", "Anhörigstöd"]),
    ("Förskola och skola", ["Förskola", "Grundskola", "Fritidshem", "Gymnasieskola", "Vuxenutbildning", "Skolmat"]),
    ("Bygga, bo och miljö", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa",
                             "Energi- och klimatrådgivning", "Detaljplaner"]),
    ("Trafik och infrastruktur", ["Gator och vägar", "Parkering", "Kollektivtrafik", "Snöröjning och halkbekämpning",
                                  "Cykel", "Felanmälan"]),
    ("Kultur och fritid", ["Bibliotek", "Idrott och motion", "Evenemang", "Föreningsliv", "Friluftsliv och natur",
                           "Kulturskola"]),
    ("Näringsliv och arbete", ["Starta och driva företag", "Tillstånd för företag", "Upphandling", "Lediga jobb",
                               "Mark och lokaler", "Besöksnäring"]),
    ("Kommun och politik", ["Kommunens organisation", "Politik och beslut", "Budget och ekonomi",
                            "Synpunkter och klagomål", "Allmänna handlingar", "Statistik"]),
]


def menu_tree(site: dict) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """[(area, href, [(sub, href), ...]), ...]; a site may add or replace sub-items (menu_extra)."""
    out = []
    extra = site.get("menu_extra", {})
    special = site.get("menu_href", {})
    for area, subs in AREAS:
        base = "/" + slug(area) + "/"
        items = [(s, special.get(s, base + slug(s) + "/")) for s in subs]
        for pos, text, href in extra.get(area, []):
            items.insert(pos, (text, href))
        out.append((area, special.get(area, base), items))
    for area, href in site.get("menu_top_extra", []):
        out.append((area, href, []))
    return out


def e(s: str) -> str:
    return html.escape(s, quote=True)


def attrs(d: dict | None) -> str:
    return "".join(f' {k}="{e(v)}"' for k, v in (d or {}).items())


def link(text, href, extra=None) -> str:
    return f'<a href="{e(href)}"{attrs(extra)}>{text}</a>'


COOKIE = """<div id="cookie-consent" class="{cls}" role="dialog" aria-labelledby="cookie-title">
  <p id="cookie-title"><strong>Vi använder kakor</strong></p>
  <p>{kommun} kommun använder nödvändiga kakor för att webbplatsen ska fungera och, om du godkänner det, kakor för statistik. <a href="/om-kakor/">Läs mer om kakor</a></p>
  <button type="button" data-consent="all">Godkänn alla kakor</button>
  <button type="button" data-consent="necessary">Endast nödvändiga</button>
</div>"""

CSS = """<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222;line-height:1.5}
a{color:#165a72}
.skip,.skip-link{position:absolute;left:-999px}.skip:focus,.skip-link:focus{left:8px;top:8px;background:#fff}
.cookie,.cookie-banner,#cookie-consent{position:fixed;bottom:0;left:0;right:0;background:#123;color:#fff;padding:1em;z-index:99}
.sticky{position:sticky;top:0;z-index:50;background:#fff;box-shadow:0 2px 4px rgba(0,0,0,.1)}
.hidden,[hidden]{display:none}
.first-screen{display:grid;grid-template-columns:2fr 1fr;gap:1em}.icon-row{display:flex;gap:.5em;list-style:none}
</style>"""

SCRIPT = """<script>
document.querySelectorAll('[data-consent]').forEach(function(b){b.addEventListener('click',function(){
document.cookie='consent='+b.dataset.consent+';path=/;max-age=31536000';document.getElementById('cookie-consent').hidden=true;});});
document.querySelectorAll('[aria-controls]').forEach(function(b){b.addEventListener('click',function(){
var p=document.getElementById(b.getAttribute('aria-controls'));if(!p)return;var o=b.getAttribute('aria-expanded')==='true';
b.setAttribute('aria-expanded',String(!o));p.hidden=o;});});
</script>"""


def head(site: dict, page: dict, charset: str = "utf-8") -> str:
    title = page["title"]
    full = f"{title} - {site['kommun']} {site['suffix']}" if title != "Startsida" else f"{site['kommun']} {site['suffix']}"
    meta = f'<meta name="description" content="{e(page.get("description", full))}">'
    ld = ""
    if page.get("front"):
        data = {"@context": "https://schema.org", "@type": "GovernmentOrganization",
                "name": f"{site['kommun']} {site['suffix']}", "url": "__ORIGIN__/",
                "telephone": site["vaxel"], "email": site["email"],
                "address": {"@type": "PostalAddress", "streetAddress": site["street"],
                            "postalCode": site["postcode"], "addressLocality": site["town"]}}
        data.update(site.get("jsonld_extra", {}))
        ld = '\n<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{charset}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{e(full)}</title>\n{meta}\n'
            f'<link rel="canonical" href="__ORIGIN__{page["path"]}">\n{CSS}{ld}\n</head>\n')


def footer_lines(site: dict) -> dict:
    return {
        "name": f"{site['kommun']} {site['suffix']}",
        "post": f"{site['kommun']} {site['suffix']}, {site['postbox']}, {site['postcode']} {site['town']}",
        "visit": f"Besöksadress: {site['street']}, {site['town']}",
        "vaxel": f'Växel: <a href="tel:{site["vaxel_tel"]}">{site["vaxel"]}</a>',
        "mail": f'E-post: <a href="mailto:{site["email"]}">{site["email"]}</a>',
        "org": f"Org.nr: {site['orgnr']}",
        "links": [("Tillgänglighetsredogörelse", "/tillganglighetsredogorelse/"), ("Om kakor", "/om-kakor/"), ("Behandling av personuppgifter", "/personuppgifter/"), ("Lediga jobb", "/lediga-jobb/"), ("Press och media", "/press/"), *site.get("footer_links", [])],
        "extra": site.get("footer_extra", []),
        "social": [("Facebook", "/sociala-medier/facebook/"), ("Instagram", "/sociala-medier/instagram/"),
                   ("LinkedIn", "/sociala-medier/linkedin/")],
    }


def topbar_items(site: dict) -> list[tuple[str, str, dict]]:
    base = [("Lyssna", "/lyssna/", {}), ("Lättläst", "/lattlast/", {}), ("Teckenspråk", "/teckensprak/", {}),
            ("In English", "/in-english/", {"lang": "en"}), ("Other languages", "/other-languages/", {"lang": "en"})]
    return base + site.get("topbar_extra", [])


# ---------------------------------------------------------------- front-page main blocks
def front_blocks(site: dict, box: str = "section", heading: str = "h2") -> list[str]:
    """The front page's main content as a list of top-level blocks (first = first screen)."""
    hero = site["hero"]
    ctas = "".join(f'\n      {link(t, h, {"class": "btn btn-cta"} | (a or {}))}' for t, h, a in hero.get("ctas", []))
    cards = "".join('\n      <li class="card">' + link('<span class="card-title">' + t + "</span>", h) + "</li>"
                    for t, h in hero.get("cards", []))
    first = [f'<div class="hero" style="background:#e8f1f4">\n    <h1 class="hero-title">{hero["title"]}</h1>\n'
             f'    <p class="hero-lead">{hero["lead"]}</p>']
    if ctas:
        first.append(f'    <div class="hero-actions">{ctas}\n    </div>')
    first.append("  </div>")
    if cards:
        first.append(f'  <ul class="shortcut-cards">{cards}\n  </ul>')
    if site.get("genvagar"):
        items = "".join(f'\n      <li>{link(t, h)}</li>' for t, h in site["genvagar"])
        first.append(f'  <aside class="sidebar-box genvagar" aria-labelledby="genvagar-rubrik">\n'
                     f'    <{heading} id="genvagar-rubrik">Genvägar</{heading}>\n    <ul>{items}\n    </ul>\n  </aside>')
    blocks = [f'<{box} class="block first-screen">\n  ' + "\n".join(first) + f"\n</{box}>"]
    blocks.append(f'<{box} class="block driftinfo">\n  <{heading}>Driftinformation</{heading}>\n  <ul>\n'
                  + "".join(f'    <li>{link(t, h)}</li>\n' for t, h in site["drift"]) + f"  </ul>\n</{box}>")
    news = "".join(f'    <li class="news-teaser"><span class="date">{d}</span> {link(t, h)}<p>{p}</p></li>\n'
                   for t, h, d, p in site["news"])
    blocks.append(f'<{box} class="block news">\n  <{heading}>Nyheter</{heading}>\n  <ul>\n{news}  </ul>\n'
                  f'  <p>{link("Fler nyheter", "/nyheter/")}</p>\n</{box}>')
    etj = "".join(f'    <li>{link(t, "/e-tjanster/" + slug(t) + "/")}</li>\n' for t in site.get("etjanster", [
        "Ansök om förskoleplats", "Anmäl frånvaro i skolan", "Ansök om bygglov", "Boka lokal", "Felanmälan gator och belysning",
        "Ansök om parkeringstillstånd"]))
    blocks.append(f'<{box} class="block e-services">\n  <{heading}>Populära e-tjänster</{heading}>\n  <ul>\n{etj}  </ul>\n'
                  f'  <p>{link("Alla e-tjänster", "/e-tjanster/")}</p>\n</{box}>')
    ev = "".join(f'    <li>{link(t, "/kultur-och-fritid/evenemang/" + slug(t) + "/")} <span>{d}</span></li>\n' for t, d in site["events"])
    blocks.append(f'<{box} class="block events">\n  <{heading}>Evenemang</{heading}>\n  <ul>\n{ev}  </ul>\n</{box}>')
    blocks.append(f'<{box} class="block jobs">\n  <{heading}>Jobba hos oss</{heading}>\n  <p>{site["kommun"]} kommun har '
                  f'omkring {site["staff"]} medarbetare. {link("Se våra lediga jobb", "/lediga-jobb/")}</p>\n</{box}>')
    az = " ".join(link(c, "/a-o/" + c.lower().replace("å", "aa").replace("ä", "ae").replace("ö", "oe") + "/")
                  for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ")
    blocks.append(f'<{box} class="block a-o">\n  <{heading}>A–Ö</{heading}>\n  <p>{az}</p>\n</{box}>')
    return blocks


def breadcrumbs(page: dict, tag="nav") -> str:
    bc = page.get("crumbs")
    if not bc:
        return ""
    parts = [link("Startsida", "/")] + [link(t, h) for t, h in bc[:-1]] + [f'<span aria-current="page">{bc[-1][0]}</span>']
    if tag == "nav":
        return '<nav class="breadcrumbs" aria-label="Brödsmulor"><ol>' + "".join(f"<li>{p}</li>" for p in parts) + "</ol></nav>\n"
    return '<div class="crumbs">' + " / ".join(parts) + "</div>\n"


def inner_main(page: dict, tag="nav") -> str:
    return breadcrumbs(page, tag) + page["main"]


# ---------------------------------------------------------------- families
def semantic(site: dict, page: dict) -> str:
    f = footer_lines(site)
    sticky = " sticky" if site.get("sticky") else ""
    tb = "".join(f'<li>{link(t, h, a)}</li>' for t, h, a in topbar_items(site))
    icons = ""
    if site.get("icon_row"):
        icons = '\n    <ul class="icon-row">' + "".join(
            f'<li><a href="{e(h)}" aria-label="{e(lbl)}" class="icon-link">{SVG_ICON}</a></li>' for lbl, h in site["icon_row"]) + \
            '<li><button type="button" class="icon-link" aria-label="Meny" aria-controls="mainnav" aria-expanded="true">' + SVG_ICON + "</button></li></ul>"
    nav = "".join(f'\n      <li class="nav-item">{link(a, h)}\n        <ul class="sub">'
                  + "".join(f"<li>{link(s, sh)}</li>" for s, sh in subs) + "</ul>\n      </li>"
                  for a, h, subs in menu_tree(site))
    skips = "".join(f'<a class="skip" href="{h}">{t}</a>\n' for t, h in site.get("skips", [("Hoppa till innehållet", "#main")]))
    main = "\n".join(front_blocks(site)) if page.get("front") else inner_main(page)
    return head(site, page) + f"""<body>
{COOKIE.format(cls='cookie-banner', kommun=site['kommun'])}
{skips}<header class="site-header{sticky}">
  <div class="topbar"><ul>{tb}</ul></div>
  <div class="brand-row">
    <a href="/" class="logo"><img src="{LOGO}" alt="{e(site['kommun'])} kommun, till startsidan"></a>
    <form class="search" action="/sok/" method="get" role="search"><label for="q">Sök på webbplatsen</label>
      <input id="q" name="q" type="search"><button type="submit">Sök</button></form>{icons}
  </div>
  <nav id="mainnav" class="main-nav" aria-label="Huvudmeny">
    <ul>{nav}
    </ul>
  </nav>
</header>
<main id="main">
{main}
</main>
<footer class="site-footer" id="sidfot">
  <section class="footer-contact"><h2>{f['name']}</h2>
    <p>{f['post']}<br>{f['visit']}<br>{f['vaxel']}<br>{f['mail']}<br>{f['org']}</p>
  </section>
  {''.join(f'<section class="footer-extra">{x}</section>' for x in f['extra'])}
  <section class="footer-links"><h2>Om webbplatsen</h2><ul>{''.join(f'<li>{link(t, h)}</li>' for t, h in f['links'])}</ul></section>
  <section class="footer-social"><h2>Följ oss</h2><ul>{''.join(f'<li>{link(t, h)}</li>' for t, h in f['social'])}</ul></section>
</footer>
{SCRIPT}
</body>
</html>
"""


def sitevision(site: dict, page: dict) -> str:
    f = footer_lines(site)
    tb = "".join(f'<li class="sv-menu-item">{link(t, h, a)}</li>' for t, h, a in topbar_items(site))
    panels = []
    for i, (a, h, subs) in enumerate(menu_tree(site), 1):
        if not subs:
            panels.append(f'\n        <li class="sv-mega-top">{link(a, h, {"class": "sv-mega-link"})}</li>')
            continue
        half = (len(subs) + 1) // 2
        col1 = "".join(f"<li>{link(s, sh)}</li>" for s, sh in subs[:half])
        col2 = "".join(f"<li>{link(s, sh)}</li>" for s, sh in subs[half:])
        c2head = site.get("mega_col2", {}).get(a, "Mer inom området")
        panels.append(f"""
        <li class="sv-mega-top">
          <button type="button" class="sv-mega-btn" aria-expanded="false" aria-controls="mega{i}">{a}</button>
          <div id="mega{i}" class="sv-megamenu-panel" hidden>
            <div class="sv-column-4"><h3 class="sv-mega-head">{link(a, h)}</h3><ul>{col1}</ul></div>
            <div class="sv-column-4"><h3 class="sv-mega-head">{c2head}</h3><ul>{col2}</ul></div>
            <div class="sv-column-4 sv-mega-promo"><p>Hittar du inte det du söker? Använd sökrutan eller {link('A–Ö', '/a-o/')}.</p></div>
          </div>
        </li>""")
    if page.get("front"):
        main = "\n".join(f'<div class="sv-row sv-layout">\n{b}\n</div>' for b in front_blocks(site, box="div"))
    else:
        main = f'<div class="sv-row sv-layout"><div class="sv-text-portlet sv-portlet">\n{inner_main(page, tag="div")}\n</div></div>'
    return head(site, page) + f"""<body class="sv-responsive">
{COOKIE.format(cls='sv-cookie-consent-banner', kommun=site['kommun'])}
<a class="skip-link" href="#svid10_content">Gå direkt till innehåll</a>
<div class="sv-layout" id="svid10_head">
  <div class="sv-layout sv-template-portlet topbar"><ul class="sv-menu">{tb}</ul></div>
  <div class="sv-layout sv-horizontal header-row">
    <div class="sv-image-portlet sv-portlet"><a href="/"><img src="{LOGO}" alt="{e(site['kommun'])} kommun"></a></div>
    <div class="sv-searchform-portlet sv-portlet"><form action="/sok/" method="get"><label for="s1">Sök</label>
      <input id="s1" type="text" name="q" placeholder="Vad letar du efter?"><button type="submit">Sök</button></form></div>
  </div>
  <div class="sv-layout sv-megamenu" id="svid_mega">
    <ul class="sv-mega-list">{''.join(panels)}
    </ul>
  </div>
</div>
<div class="sv-layout" id="svid10_content">
{main}
</div>
<div class="sv-layout sv-footer" id="svid10_foot">
  <div class="sv-column-4 sv-text-portlet"><h2>{f['name']}</h2><p>{f['post']}<br>{f['visit']}<br>{f['vaxel']}<br>{f['mail']}<br>{f['org']}</p></div>
  {''.join(f'<div class="sv-column-4 sv-text-portlet">{x}</div>' for x in f['extra'])}
  <div class="sv-column-4 sv-text-portlet"><h2>Om webbplatsen</h2><ul>{''.join(f'<li>{link(t, h)}</li>' for t, h in f['links'])}</ul></div>
  <div class="sv-column-4 sv-text-portlet"><h2>Följ oss</h2><ul>{''.join(f'<li>{link(t, h)}</li>' for t, h in f['social'])}</ul></div>
</div>
<script src="/sitevision/system-resource/abc123/js/envision.js"></script>
{SCRIPT}
</body>
</html>
"""


def municipio(site: dict, page: dict) -> str:
    f = footer_lines(site)
    tb = "".join(f'<li class="c-navbar__item">{link(t, h, a)}</li>' for t, h, a in topbar_items(site))
    drawer = "".join(f'\n        <li class="c-nav__item menu-item-has-children">{link(a, h)}\n          <ul class="sub-menu">'
                     + "".join(f'<li class="menu-item">{link(s, sh)}</li>' for s, sh in subs) + "</ul>\n        </li>"
                     for a, h, subs in menu_tree(site))
    if page.get("front"):
        blocks = front_blocks(site)
        main = "\n".join(blocks)
    else:
        main = inner_main(page)
    return head(site, page) + f"""<body class="wp-theme-municipio page-template-default">
{COOKIE.format(cls='c-cookie-consent', kommun=site['kommun'])}
<a class="skip-link screen-reader-text" href="#main-content">Hoppa till huvudinnehåll</a>
<header class="site-header c-header" id="site-header">
  <div class="c-navbar c-navbar--top"><ul class="c-navbar__list">{tb}</ul></div>
  <div class="c-header__body o-container">
    <a href="/" class="c-header__logo"><img src="{LOGO}" alt="{e(site['kommun'])} kommun – startsida"></a>
    <form class="c-search-form" method="get" action="/" role="search"><label for="s">Sök</label>
      <input type="search" id="s" name="s"><button type="submit">Sök</button></form>
    <button type="button" class="c-button c-button--menu" aria-controls="drawer" aria-expanded="false">Meny</button>
  </div>
  <div id="drawer" class="c-drawer" hidden>
    <nav class="c-nav c-nav--drawer" aria-label="Huvudmeny">
      <ul class="c-nav__list">{drawer}
      </ul>
    </nav>
  </div>
</header>
<main id="main-content" class="o-container site-main">
{main}
</main>
<footer class="c-footer site-footer">
  <div class="o-grid">
    <div class="o-grid-4 widget widget_text"><h2 class="widget-title">{f['name']}</h2><div class="textwidget"><p>{f['post']}<br>{f['visit']}<br>{f['vaxel']}<br>{f['mail']}<br>{f['org']}</p></div></div>
    {''.join(f'<div class="o-grid-4 widget widget_text">{x}</div>' for x in f['extra'])}
    <div class="o-grid-4 widget widget_nav_menu"><h2 class="widget-title">Om webbplatsen</h2><ul>{''.join(f'<li>{link(t, h)}</li>' for t, h in f['links'])}</ul></div>
    <div class="o-grid-4 widget widget_nav_menu"><h2 class="widget-title">Följ oss</h2><ul>{''.join(f'<li>{link(t, h)}</li>' for t, h in f['social'])}</ul></div>
  </div>
</footer>
<script src="/wp-content/themes/municipio/assets/dist/js/app.js"></script>
{SCRIPT}
</body>
</html>
"""


def bootstrap(site: dict, page: dict) -> str:
    f = footer_lines(site)
    tb = "".join(f'<li class="list-inline-item">{link(t, h, a)}</li>' for t, h, a in topbar_items(site))
    desk = []
    mob = []
    for i, (a, h, subs) in enumerate(menu_tree(site), 1):
        if not subs:
            desk.append(f'\n        <li class="nav-item">{link(a, h, {"class": "nav-link"})}</li>')
            mob.append(f'\n        <li class="list-group-item">{link(a, h)}</li>')
            continue
        items = "".join(f'<li>{link(s, sh, {"class": "dropdown-item"})}</li>' for s, sh in subs)
        desk.append(f'\n        <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{e(h)}" role="button" '
                    f'data-bs-toggle="dropdown" aria-expanded="false">{a}</a>\n          <ul class="dropdown-menu">{items}</ul></li>')
        mitems = "".join(f'<li>{link(s, sh)}</li>' for s, sh in subs)
        mob.append(f'\n        <li class="list-group-item">{link(a, h)}\n          <button class="btn btn-sm" type="button" '
                   f'aria-expanded="false" aria-controls="mob{i}" aria-label="Visa undersidor för {e(a)}">+</button>\n'
                   f'          <ul id="mob{i}" class="collapse list-unstyled" hidden>{mitems}</ul></li>')
    main = "\n".join(f'<div class="container my-4">\n{b}\n</div>' for b in front_blocks(site, box="section")) if page.get("front") \
        else f'<div class="container my-4">\n{inner_main(page)}\n</div>'
    return head(site, page).replace("<style>", '<link rel="stylesheet" href="/assets/css/bootstrap.min.css">\n<style>') + f"""<body>
{COOKIE.format(cls='cookie-banner alert alert-dark fixed-bottom', kommun=site['kommun'])}
<a class="visually-hidden-focusable" href="#content">Till huvudinnehållet</a>
<div class="bg-light border-bottom small"><div class="container"><ul class="list-inline mb-0">{tb}</ul></div></div>
<nav class="navbar navbar-expand-lg navbar-light bg-white" aria-label="Huvudmeny">
  <div class="container">
    <a class="navbar-brand" href="/"><img src="{LOGO}" alt="{e(site['kommun'])} kommun" height="40"></a>
    <form class="d-flex" action="/sok/" method="get" role="search"><input class="form-control" type="search" name="q" aria-label="Sök">
      <button class="btn btn-outline-primary" type="submit">Sök</button></form>
    <button class="navbar-toggler d-lg-none" type="button" aria-controls="offcanvasMenu" aria-expanded="false" aria-label="Öppna meny">
      <span class="navbar-toggler-icon"></span> Meny</button>
    <div class="collapse navbar-collapse d-none d-lg-flex" id="desktopMenu">
      <ul class="navbar-nav">{''.join(desk)}
      </ul>
    </div>
  </div>
</nav>
<div class="offcanvas offcanvas-start d-lg-none" id="offcanvasMenu" tabindex="-1" aria-label="Mobilmeny" hidden>
  <div class="offcanvas-header"><span class="h5">Meny</span><button type="button" class="btn-close" aria-label="Stäng"></button></div>
  <div class="offcanvas-body">
    <ul class="list-group list-group-flush">{''.join(mob)}
    </ul>
  </div>
</div>
<div id="content">
{main}
</div>
<footer class="bg-dark text-white py-4">
  <div class="container"><div class="row">
    <div class="col-md-4"><h2 class="h5">{f['name']}</h2><p>{f['post']}<br>{f['visit']}<br>{f['vaxel']}<br>{f['mail']}<br>{f['org']}</p></div>
    {''.join(f'<div class="col-md-4">{x}</div>' for x in f['extra'])}
    <div class="col-md-4"><h2 class="h5">Om webbplatsen</h2><ul class="list-unstyled">{''.join(f'<li>{link(t, h, {"class": "text-white"})}</li>' for t, h in f['links'])}</ul></div>
    <div class="col-md-4"><h2 class="h5">Följ oss</h2><ul class="list-unstyled">{''.join(f'<li>{link(t, h, {"class": "text-white"})}</li>' for t, h in f['social'])}</ul></div>
  </div></div>
</footer>
<script src="/assets/js/bootstrap.bundle.min.js"></script>
{SCRIPT}
</body>
</html>
"""


def custom(site: dict, page: dict) -> str:
    f = footer_lines(site)
    tb = "".join(f'<x-tool>{link(t, h, a)}</x-tool>' for t, h, a in topbar_items(site))
    nav = "".join(f'\n      <x-item>{link(a, h)}<x-sub>' + "".join(f"<x-subitem>{link(s, sh)}</x-subitem>" for s, sh in subs)
                  + "</x-sub></x-item>" for a, h, subs in menu_tree(site))
    if page.get("front"):
        main = "\n".join(f"<x-block>\n{b}\n</x-block>" for b in front_blocks(site, box="div"))
    else:
        main = inner_main(page, tag="div")
    return head(site, page) + f"""<body>
{COOKIE.format(cls='cookie', kommun=site['kommun'])}
<x-skip><a href="#innehall">Till innehållet</a></x-skip>
<x-toolbar>{tb}</x-toolbar>
<x-header>
  <x-logo><a href="/"><img src="{LOGO}" alt="{e(site['kommun'])} kommun"></a></x-logo>
  <x-search><form action="/sok/" method="get"><input name="q" type="search" aria-label="Sök"><button>Sök</button></form></x-search>
  <x-nav>{nav}
  </x-nav>
</x-header>
<x-main id="innehall">
{main}
</x-main>
<x-footer>
  <x-col><h2>{f['name']}</h2><p>{f['post']}<br>{f['visit']}<br>{f['vaxel']}<br>{f['mail']}<br>{f['org']}</p></x-col>
  {''.join(f'<x-col>{x}</x-col>' for x in f['extra'])}
  <x-col><h2>Om webbplatsen</h2><ul>{''.join(f'<li>{link(t, h)}</li>' for t, h in f['links'])}</ul></x-col>
  <x-col><h2>Följ oss</h2><ul>{''.join(f'<li>{link(t, h)}</li>' for t, h in f['social'])}</ul></x-col>
</x-footer>
<script>
/* Custom elements only get display rules; all content above is static HTML. */
['x-toolbar','x-header','x-nav','x-item','x-sub','x-subitem','x-main','x-block','x-footer','x-col','x-logo','x-search','x-skip','x-tool']
.forEach(function(n){{customElements.define(n,class extends HTMLElement{{}});}});
</script>
{SCRIPT}
</body>
</html>
"""


def table(site: dict, page: dict) -> str:
    f = footer_lines(site)
    tb = " | ".join(link(t, h, a) for t, h, a in topbar_items(site))
    nav = "".join(f'<tr><td class="menu1"><b>{link(a, h)}</b></td></tr>\n'
                  + "".join(f'<tr><td class="menu2">&nbsp;&nbsp;&middot; {link(s, sh)}</td></tr>\n' for s, sh in subs)
                  for a, h, subs in menu_tree(site))
    if page.get("front"):
        main = "\n".join(f'<table width="100%" cellpadding="4" class="box"><tr><td>\n{b}\n</td></tr></table>'
                         for b in front_blocks(site, box="div"))
    else:
        main = inner_main(page, tag="div")
    return head(site, page, charset="iso-8859-1") + f"""<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
{COOKIE.format(cls='cookie', kommun=site['kommun'])}
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2" bgcolor="#165a72"><font face="Verdana" size="1" color="#ffffff">{tb}</font></td></tr>
<tr><td colspan="2" height="80">
  <table width="100%"><tr>
    <td><a href="/"><img src="{LOGO}" alt="{e(site['kommun'])} kommun" border="0"></a> <font face="Verdana" size="5">{site['kommun']} kommun</font></td>
    <td align="right"><form action="/sok/" method="get"><font face="Verdana" size="1">Sök:</font> <input type="text" name="q" size="20"> <input type="submit" value="Sök"></form></td>
  </tr></table>
</td></tr>
<tr>
<td width="200" valign="top" bgcolor="#f0f4f6"><table width="100%" cellpadding="3" class="meny">
{nav}</table></td>
<td valign="top"><font face="Verdana" size="2">
{main}
</font></td>
</tr>
<tr><td colspan="2" bgcolor="#e6e6e6"><font face="Verdana" size="1">
<b>{f['name']}</b><br>{f['post']}<br>{f['visit']}<br>{f['vaxel']}<br>{f['mail']}<br>{f['org']}<br>
{''.join(f'{x}<br>' for x in f['extra'])}
{' | '.join(link(t, h) for t, h in f['links'])}<br>
{' | '.join(link(t, h) for t, h in f['social'])}
</font></td></tr>
</table>
{SCRIPT}
</body>
</html>
"""


def soup(site: dict, page: dict) -> str:
    f = footer_lines(site)
    tb = "".join(f'<span class="t3">{link(t, h, a)}</span>' for t, h, a in topbar_items(site))
    imgs = "".join(f'<span class="k4"><a href="{e(h)}"><img src="{ICON}" alt="{e(alt)}" width="24" height="24"></a></span>'
                   for alt, h in site.get("img_links", []))
    nav = "".join(f'\n    <div class="m1"><div class="m2">{link(a, h)}</div><div class="m3">'
                  + "".join(f'<div class="m4">{link(s, sh)}</div>' for s, sh in subs) + "</div></div>"
                  for a, h, subs in menu_tree(site))
    if page.get("front"):
        main = "\n".join(f'<div class="r5">\n{b}\n</div>' for b in front_blocks(site, box="div"))
    else:
        main = inner_main(page, tag="div")
    return head(site, page) + f"""<body>
{COOKIE.format(cls='zz', kommun=site['kommun'])}
<div class="q1">
  <div class="q1a">{tb}</div>
  <div class="q1b"><a href="/"><img src="{LOGO}" alt="{e(site['kommun'])} kommun"></a>
    <div class="q1c"><form action="/sok/" method="get"><input type="text" name="q" title="Sök"><input type="submit" value="Sök"></form></div>
    <div class="q1d">{imgs}</div>
  </div>
</div>
<div class="q2">{nav}
</div>
<div class="box7">
{main}
</div>
<div class="q8">
  <div class="q8a"><b>{f['name']}</b><br>{f['post']}<br>{f['visit']}<br>{f['vaxel']}<br>{f['mail']}<br>{f['org']}</div>
  {''.join(f'<div class="q8b">{x}</div>' for x in f['extra'])}
  <div class="q8c">{' '.join(f'<span class="t3">{link(t, h)}</span>' for t, h in f['links'])}</div>
  <div class="q8d">{' '.join(f'<span class="t3">{link(t, h)}</span>' for t, h in f['social'])}</div>
</div>
{SCRIPT}
</body>
</html>
"""


def aria(site: dict, page: dict) -> str:
    f = footer_lines(site)
    tb = "".join(f'<div class="tb-i">{link(t, h, a)}</div>' for t, h, a in topbar_items(site))
    icons = "".join(f'<div class="ic"><a href="{e(h)}" title="{e(t)}">{SVG_ICON}</a></div>' for t, h in site.get("title_icons", []))
    nav = "".join(f'\n      <div class="n-i" role="none">{link(a, h, {"role": "menuitem"})}<div class="n-s" role="menu" aria-label="{e(a)}">'
                  + "".join(f'<div role="none">{link(s, sh, {"role": "menuitem"})}</div>' for s, sh in subs) + "</div></div>"
                  for a, h, subs in menu_tree(site))
    if page.get("front"):
        main = "\n".join(f'<div class="sect" role="region">\n{b}\n</div>' for b in front_blocks(site, box="div"))
    else:
        main = inner_main(page, tag="div")
    css = "<style>.page{display:flex;flex-direction:column}.bnr{order:1}.mn{order:2}.ft{order:3}</style>\n"
    return head(site, page).replace("</head>", css + "</head>") + f"""<body>
{COOKIE.format(cls='cc', kommun=site['kommun'])}
<div class="page">
<div class="mn" role="main" id="innehall">
{main}
</div>
<div class="bnr" role="banner">
  <div class="tb" role="toolbar" aria-label="Verktyg">{tb}{icons}</div>
  <div class="lg"><a href="/"><img src="{LOGO}" alt="{e(site['kommun'])} kommun"></a></div>
  <div class="sr" role="search"><form action="/sok/" method="get"><input type="search" name="q" aria-label="Sök"><button>Sök</button></form></div>
  <div class="nv" role="navigation" aria-label="Huvudmeny"><div role="menubar">{nav}
  </div></div>
</div>
<div class="ft" role="contentinfo">
  <div><b>{f['name']}</b><br>{f['post']}<br>{f['visit']}<br>{f['vaxel']}<br>{f['mail']}<br>{f['org']}</div>
  {''.join(f'<div>{x}</div>' for x in f['extra'])}
  <div>{' '.join(link(t, h) for t, h in f['links'])}</div>
  <div>{' '.join(link(t, h) for t, h in f['social'])}</div>
</div>
</div>
{SCRIPT}
</body>
</html>
"""


FAMILIES = {"semantic": semantic, "sitevision": sitevision, "municipio": municipio, "bootstrap": bootstrap,
            "custom": custom, "table": table, "soup": soup, "aria": aria}
