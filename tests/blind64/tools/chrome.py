"""Markup families for blind64 (typing aid; the written files are the corpus)."""
from __future__ import annotations

import html

AREAS = [
    ("Barn och utbildning", "/barn-och-utbildning/", ["Förskola", "Grundskola", "Fritidshem", "Gymnasieskola", "Vuxenutbildning"]),
    ("Omsorg och stöd", "/omsorg-och-stod/", ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Ekonomiskt bistånd", "Färdtjänst"]),
    ("Bygga, bo och miljö", "/bygga-bo-och-miljo/", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa", "Energirådgivning"]),
    ("Trafik och infrastruktur", "/trafik-och-infrastruktur/", ["Gator och vägar", "Parkering", "Snöröjning", "Kollektivtrafik", "Felanmälan"]),
    ("Kultur och fritid", "/kultur-och-fritid/", ["Bibliotek", "Idrott och motion", "Föreningsliv", "Kulturskola", "Evenemang"]),
    ("Näringsliv och arbete", "/naringsliv-och-arbete/", ["Starta företag", "Företagslotsen", "Upphandling", "Lediga jobb", "Tillstånd och regler"]),
    ("Kommun och politik", "/kommun-och-politik/", ["Organisation", "Politik och beslut", "Ekonomi", "Allmänna handlingar", "Synpunkter och klagomål"]),
]


def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), (",", ""), (" ", "-")):
        t = t.replace(a, b)
    return t


def nav_data(site: dict) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """Areas with sub-items (hrefs 404 unless a site page); site['nav_extra'] adds items."""
    out = []
    for label, href, subs in AREAS:
        items = [(s, href + slug(s) + "/") for s in subs]
        items += site.get("sub_extra", {}).get(label, [])
        out.append((label, site.get("area_href", {}).get(label, href), items))
    for label, href, subs in site.get("nav_extra", []):
        out.append((label, href, subs))
    return out


CSS = ("body{font-family:Arial,sans-serif;margin:0;color:#222}a{color:#05507a}.hidden{display:none}"
       ".cookie{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:2px solid #333;padding:1em}"
       "table{border-collapse:collapse}td,th{padding:.3em .6em;text-align:left;vertical-align:top}")


def e(s: str) -> str:
    return html.escape(s, quote=True)


def links(items, sep="") -> str:
    return sep.join(f'<a href="{e(h)}">{e(t)}</a>' for t, h in items)


def li_links(items, cls="") -> str:
    c = f' class="{cls}"' if cls else ""
    return "".join(f'<li{c}><a href="{e(h)}">{e(t)}</a></li>' for t, h in items)


TOPBAR = [("Lyssna", "#lyssna"), ("Lättläst", "/lattlast/"), ("Teckenspråk", "/teckensprak/"), ("In English", "/in-english/")]


def topbar(site):
    return TOPBAR + site.get("topbar_extra", [])


def footer_cols(site) -> str:
    s = site
    extra = "".join(f'<li><a href="{e(h)}">{e(t)}</a></li>' for t, h in s.get("footer_links", []))
    extra_text = s.get("footer_text", "")
    return (f'<h2>{e(s["kommun"])} kommun</h2><p>{e(s["gen"])} kommun<br>{e(s["post_addr"])}<br>{e(s["postcode"])}</p>'
            f'<p>Besöksadress: {e(s["visit"])}</p>'
            f'<p>Växel: <a href="tel:{s["tel"].replace(" ", "").replace("-", "")}">{e(s["tel"])}</a><br>'
            f'E-post: <a href="mailto:{s["mail"]}">{e(s["mail"])}</a><br>Org.nr: {e(s["orgnr"])}</p>'
            f'{extra_text}'
            f'<ul><li><a href="/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>'
            f'<li><a href="/om-kakor/">Om kakor</a></li><li><a href="/behandling-av-personuppgifter/">Personuppgifter</a></li>'
            f'<li><a href="/lediga-jobb/">Lediga jobb</a></li>{extra}</ul>'
            f'<p>Följ oss: <a href="/facebook/">Facebook</a> <a href="/instagram/">Instagram</a></p>')


COOKIE = ('<div class="cookie" id="cookie"><p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för '
          'att förbättra den. <a href="/om-kakor/">Läs mer om kakor</a></p><button type="button" '
          'onclick="document.getElementById(\'cookie\').remove()">Jag förstår</button></div>')

SCRIPT = ("<script>(function(){var b=document.querySelector('[data-menu]');if(b){b.addEventListener('click',function(){"
          "var d=document.getElementById(b.getAttribute('data-menu'));if(d){d.hidden=!d.hidden;}});}})();</script>")


def search_form(site, cls="search") -> str:
    sp = site["search"]
    return (f'<form class="{cls}" action="{sp["path"]}" method="get"><label for="sok-{cls}">Sök på webbplatsen</label>'
            f'<input id="sok-{cls}" type="search" name="{sp["param"]}" placeholder="Vad letar du efter?">'
            f'<button type="submit">Sök</button></form>')


def head(site, title, charset="utf-8", extra_css="", jsonld=""):
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{charset}">\n<title>{e(title)}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<style>{CSS}{extra_css}</style>\n{jsonld}</head>\n')


# ---------------------------------------------------------------- families

def semantic(site, title, main, jsonld=""):
    nav = "".join(f'<li class="menu-item"><a href="{e(h)}">{e(t)}</a><ul class="sub-menu">{li_links(subs)}</ul></li>'
                  for t, h, subs in nav_data(site))
    return (head(site, title, jsonld=jsonld) + '<body>\n<a class="skip" href="#innehall">Till innehållet</a>\n'
            f'<div class="topbar"><ul>{li_links(topbar(site))}</ul></div>\n'
            f'<header class="site-header"><a class="logo" href="/"><img src="/static/logo.svg" alt="{e(site["kommun"])} kommun, till startsidan"></a>\n'
            f'{search_form(site)}</header>\n<nav class="main-nav" aria-label="Huvudmeny"><ul>{nav}</ul></nav>\n'
            f'<main id="innehall">\n{main}\n</main>\n<footer class="site-footer">{footer_cols(site)}</footer>\n{COOKIE}\n{SCRIPT}\n</body>\n</html>\n')


def soup(site, title, main, jsonld=""):
    nav = "".join(f'<div class="m4"><a class="m4a" href="{e(h)}">{e(t)}</a><div class="m5">{links(subs)}</div></div>'
                  for t, h, subs in nav_data(site))
    return (head(site, title, extra_css=".q1{display:flex}.m5 a{display:block}", jsonld=jsonld) + '<body>\n<div id="w0" class="zz">\n'
            f'<div class="q0">{links(topbar(site), " | ")}</div>\n'
            f'<div class="q1"><div class="q2"><a href="/"><img src="/bilder/vapen.png" alt="{e(site["kommun"])} kommun"></a></div>'
            f'<div class="q3">{search_form(site, "s9")}</div></div>\n'
            f'<div class="q4">{nav}</div>\n<div class="box7">\n{main}\n</div>\n'
            f'<div class="q8">{footer_cols(site)}</div>\n</div>\n{COOKIE}\n{SCRIPT}\n</body>\n</html>\n')


def table(site, title, main, jsonld=""):
    nav = "".join(f'<tr><td bgcolor="#dde8f0"><font face="Verdana" size="2"><b><a href="{e(h)}">{e(t)}</a></b></font></td></tr>'
                  for t, h, subs in nav_data(site))
    subnav = "".join(f'<tr><td><font face="Verdana" size="1">{links(subs, " &middot; ")}</font></td></tr>' for t, h, subs in nav_data(site))
    return (head(site, title, charset="iso-8859-1", jsonld=jsonld) + '<body bgcolor="#ffffff" topmargin="0" leftmargin="0">\n'
            '<table width="960" border="0" cellpadding="0" cellspacing="0" align="center">\n'
            f'<tr><td colspan="2" bgcolor="#f2f2f2" align="right"><font face="Verdana" size="1">{links(topbar(site), " | ")}</font></td></tr>\n'
            f'<tr><td width="300"><a href="/"><img src="/gfx/logo.gif" width="280" height="70" border="0" alt="{e(site["kommun"])} kommun"></a></td>'
            f'<td align="right"><font face="Verdana" size="2">{search_form(site, "sokruta")}</font></td></tr>\n'
            f'<tr><td width="200" valign="top"><table width="200" border="0" cellpadding="4" cellspacing="1">{nav}</table>'
            f'<table width="200" border="0" cellpadding="2">{subnav}</table></td>\n'
            f'<td valign="top"><font face="Verdana" size="2">\n{main}\n</font></td></tr>\n'
            f'<tr><td colspan="2" bgcolor="#e6e6e6"><font face="Verdana" size="1">{footer_cols(site)}</font></td></tr>\n'
            f'</table>\n{COOKIE}\n</body>\n</html>\n')


def sitevision(site, title, main, jsonld=""):
    panels = []
    for i, (t, h, subs) in enumerate(nav_data(site)):
        half = (len(subs) + 1) // 2
        cols = (f'<div class="sv-column-6"><h3 class="env-text">Hitta snabbt</h3><ul>{li_links(subs[:half])}</ul></div>'
                f'<div class="sv-column-6"><h3 class="env-text">Mer inom området</h3><ul>{li_links(subs[half:])}</ul></div>')
        panels.append(f'<li class="sv-menu-item"><a class="sv-menu-link" href="{e(h)}">{e(t)}</a>'
                      f'<button class="sv-megamenu-toggle" aria-expanded="false" aria-controls="mm{i}">Visa undermeny för {e(t)}</button>'
                      f'<div class="sv-megamenu-panel" id="mm{i}" hidden><div class="sv-row">{cols}</div></div></li>')
    return (head(site, title, jsonld=jsonld) + '<body class="sv-responsive">\n<div class="sv-layout" id="svid10_topbar">'
            f'<div class="sv-portlet sv-linklist-portlet"><ul>{li_links(topbar(site))}</ul></div></div>\n'
            f'<div class="sv-layout sv-template-header" id="svid10_head"><div class="sv-portlet sv-image-portlet"><a href="/">'
            f'<img src="/images/18.3f1a2b/logotyp.svg" alt="{e(site["kommun"])} kommun"></a></div>'
            f'<div class="sv-portlet sv-searchform-portlet">{search_form(site, "sv-search")}</div></div>\n'
            f'<div class="sv-layout" id="svid10_menu"><nav class="sv-portlet sv-menu-portlet" aria-label="Huvudmeny"><ul class="sv-menu">{"".join(panels)}</ul></nav></div>\n'
            f'<div class="sv-layout sv-template-content" id="svid10_content">\n{main}\n</div>\n'
            f'<div class="sv-layout sv-template-footer" id="svid10_foot"><div class="sv-portlet sv-text-portlet">{footer_cols(site)}</div></div>\n'
            f'{COOKIE}\n<script src="/sitevision/system-resource/abc/js/utils.js"></script>\n</body>\n</html>\n')


def municipio(site, title, main, jsonld=""):
    items = "".join(f'<li class="c-nav__item"><a class="c-nav__link" href="{e(h)}">{e(t)}</a>'
                    f'<ul class="c-nav__sub">{li_links(subs, "c-nav__item c-nav__item--sub")}</ul></li>' for t, h, subs in nav_data(site))
    return (head(site, title, jsonld=jsonld) + '<body class="wp-theme-municipio page-template-default">\n'
            f'<div class="c-header__top"><ul class="c-list c-list--inline">{li_links(topbar(site))}</ul></div>\n'
            f'<header class="c-header site-header" id="site-header"><a class="c-header__logo" href="/"><img src="/wp-content/uploads/logo.svg" alt="{e(site["kommun"])} kommun"></a>'
            f'{search_form(site, "c-search")}<button class="c-button c-header__menu-trigger" type="button" data-menu="drawer" aria-controls="drawer" aria-expanded="false">Meny</button></header>\n'
            f'<div class="c-drawer" id="drawer" hidden><nav class="c-nav c-nav--drawer" aria-label="Huvudmeny"><ul class="c-nav__list">{items}</ul></nav></div>\n'
            f'<main id="main-content" class="o-container">\n{main}\n</main>\n<footer class="c-footer">{footer_cols(site)}</footer>\n{COOKIE}\n{SCRIPT}\n</body>\n</html>\n')


def bootstrap(site, title, main, jsonld=""):
    items = "".join(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{e(h)}" data-bs-toggle="dropdown">{e(t)}</a>'
                    f'<ul class="dropdown-menu">{li_links(subs, "dropdown-li")}</ul></li>'
                    for t, h, subs in nav_data(site))
    return (head(site, title, jsonld=jsonld) + '<body>\n<div class="bg-light py-1"><div class="container d-flex justify-content-end">'
            f'{links(topbar(site), " ")}</div></div>\n'
            f'<header class="container py-3 d-flex"><a class="navbar-brand" href="/"><img src="/assets/img/logo.png" alt="{e(site["kommun"])} kommun"></a>'
            f'{search_form(site, "d-flex ms-auto")}</header>\n'
            f'<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><button class="navbar-toggler" type="button">Meny</button>'
            f'<div class="collapse navbar-collapse"><ul class="navbar-nav me-auto">{items}</ul></div></div></nav>\n'
            f'<main class="container my-4">\n{main}\n</main>\n<footer class="bg-dark text-white py-4"><div class="container">{footer_cols(site)}</div></footer>\n'
            f'{COOKIE}\n</body>\n</html>\n')


def custom(site, title, main, jsonld=""):
    items = "".join(f'<x-item><a href="{e(h)}">{e(t)}</a><x-submenu>{links(subs)}</x-submenu></x-item>' for t, h, subs in nav_data(site))
    return (head(site, title, extra_css="x-header,x-nav,x-item,x-main,x-footer,x-toolbar{display:block}", jsonld=jsonld) + '<body>\n'
            f'<x-toolbar>{links(topbar(site), " ")}</x-toolbar>\n'
            f'<x-header><a href="/" class="brand"><img src="/ui/logo.svg" alt="{e(site["kommun"])} kommun"></a>{search_form(site, "x-search")}</x-header>\n'
            f'<x-nav>{items}</x-nav>\n<x-main>\n{main}\n</x-main>\n<x-footer>{footer_cols(site)}</x-footer>\n{COOKIE}\n'
            '<script>customElements.define("x-item",class extends HTMLElement{});</script>\n</body>\n</html>\n')


def div_items(subs) -> str:
    return "".join(f'<div role="listitem"><a href="{e(h)}">{e(t)}</a></div>' for t, h in subs)


def aria(site, title, main, jsonld=""):
    items = "".join(f'<div role="listitem" class="n1"><a href="{e(h)}">{e(t)}</a><div role="list" class="n2">'
                    f'{div_items(subs)}</div></div>'
                    for t, h, subs in nav_data(site))
    return (head(site, title, extra_css=".wrap{display:flex;flex-direction:column}.b{order:1}.nv{order:2}.mn{order:3}.ft{order:4}", jsonld=jsonld) + '<body>\n<div class="wrap">\n'
            f'<div role="main" class="mn">\n{main}\n</div>\n'
            f'<div role="banner" class="b"><div class="tb">{links(topbar(site), " ")}</div><a href="/"><img src="/img/logga.svg" alt="{e(site["kommun"])} kommun"></a>'
            f'<div role="search">{search_form(site, "sf")}</div></div>\n'
            f'<div role="navigation" aria-label="Huvudmeny" class="nv"><div role="list">{items}</div></div>\n'
            f'<div role="contentinfo" class="ft">{footer_cols(site)}</div>\n</div>\n{COOKIE}\n</body>\n</html>\n')


def episerver(site, title, main, jsonld=""):
    items = "".join(f'<li class="MainMenu__item"><a class="MainMenu__link" href="{e(h)}">{e(t)}</a>'
                    f'<div class="MainMenu__dropdown" aria-hidden="true"><ul>{li_links(subs, "MainMenu__subitem")}</ul></div></li>'
                    for t, h, subs in nav_data(site))
    return (head(site, title, jsonld=jsonld) + '<body class="StartPage">\n<div class="ServiceMenu"><ul>'
            f'{li_links(topbar(site), "ServiceMenu__item")}</ul></div>\n'
            f'<header class="Header"><div class="Header__logo" data-epi-property-name="Logo"><a href="/sv/"><img src="/globalassets/logo.svg" alt="{e(site["kommun"])} kommun"></a></div>'
            f'{search_form(site, "Header__search")}</header>\n<nav class="MainMenu" aria-label="Huvudmeny"><ul>{items}</ul></nav>\n'
            f'<main class="PageArea" data-epi-area="MainContentArea">\n{main}\n</main>\n'
            f'<footer class="Footer"><div class="Footer__inner" data-epi-property-name="FooterContent">{footer_cols(site)}</div></footer>\n{COOKIE}\n</body>\n</html>\n')


def drupal(site, title, main, jsonld=""):
    items = "".join(f'<li class="menu-item menu-item--expanded"><a href="{e(h)}">{e(t)}</a><ul class="menu">{li_links(subs, "menu-item")}</ul></li>'
                    for t, h, subs in nav_data(site))
    return (head(site, title, jsonld=jsonld) + '<body class="path-frontpage">\n<div class="dialog-off-canvas-main-canvas">\n'
            f'<div class="region region-secondary-menu"><ul class="menu">{li_links(topbar(site), "menu-item")}</ul></div>\n'
            f'<div class="region region-header"><div id="block-sitebranding" class="block block-system"><a href="/" rel="home"><img src="/sites/default/files/logo.svg" alt="{e(site["kommun"])} kommun"></a></div>'
            f'<div class="block block-search">{search_form(site, "search-block-form")}</div></div>\n'
            f'<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-main-menu" id="block-main"><h2 class="visually-hidden" id="block-main-menu">Huvudmeny</h2>'
            f'<ul class="menu">{items}</ul></nav></div>\n'
            f'<main role="main"><div class="region region-content">\n{main}\n</div></main>\n'
            f'<footer role="contentinfo" class="region region-footer">{footer_cols(site)}</footer>\n</div>\n{COOKIE}\n</body>\n</html>\n')


FAMILIES = {f.__name__: f for f in (semantic, soup, table, sitevision, municipio, bootstrap, custom, aria, episerver, drupal)}


def front_main(site) -> str:
    """Front page main content: hero + shortcut cards, driftinfo, news, e-services, events, jobs, A-Ö."""
    s = site
    cards = "".join(f'<li class="card"><a href="{e(h)}">{e(t)}</a></li>' for t, h in s["cards"])
    news = "".join(f'<article class="teaser"><h3><a href="{e(h)}">{e(t)}</a></h3><p>{e(txt)}</p></article>' for t, h, txt in s["news"])
    esv = li_links([("Ansök om förskoleplats", "/e-tjanster/forskoleplats/"), ("Anmäl flytt av sopkärl", "/e-tjanster/sopkarl/"),
                    ("Ansök om parkeringstillstånd", "/e-tjanster/parkeringstillstand/"), ("Felanmälan gata och park", "/e-tjanster/felanmalan/"),
                    ("Boka lokal", "/e-tjanster/boka-lokal/"), ("Alla e-tjänster", "/e-tjanster/")])
    ev = li_links([("Vårmarknad på torget, 17 maj", "/evenemang/varmarknad/"), ("Sagostund på biblioteket, 20 maj", "/evenemang/sagostund/"),
                   ("Öppet hus på kulturskolan, 24 maj", "/evenemang/kulturskolan/")])
    jobs = li_links([("Undersköterska, hemtjänsten", "/lediga-jobb/underskoterska/"), ("Förskollärare", "/lediga-jobb/forskollarare/"),
                     ("Se alla lediga jobb", "/lediga-jobb/")])
    ao = " ".join(f'<a href="/a-o/#{c}">{c}</a>' for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ")
    hero_extra = s.get("hero_extra", "")
    return (f'<section class="hero"><h1>{e(s["hero"])}</h1><p>{e(s["hero_text"])}</p>{hero_extra}<ul class="cards">{cards}</ul></section>\n'
            f'<section class="drift"><h2>Driftinformation</h2><p>{e(s.get("drift", "Just nu finns inga störningar att rapportera."))}</p></section>\n'
            f'<section class="news"><h2>Nyheter</h2>{news}<p><a href="/nyheter/">Fler nyheter</a></p></section>\n'
            f'<section class="eservices"><h2>Populära e-tjänster</h2><ul>{esv}</ul></section>\n'
            f'<section class="events"><h2>Evenemang</h2><ul>{ev}</ul></section>\n'
            f'<section class="jobs"><h2>Lediga jobb</h2><ul>{jobs}</ul></section>\n'
            f'<section class="ao"><h2>A–Ö</h2><p>{ao}</p></section>\n')
