"""Markup families for blind69 (typing aid). Each family renders a whole page around main content."""
from __future__ import annotations

import html

AREAS = [
    ("Barn och utbildning", "/barn-och-utbildning/", ["Förskola", "Grundskola", "Fritidshem", "Gymnasieskola", "Vuxenutbildning", "Skolskjuts", "Modersmål", "Elevhälsa", "Skolval"]),
    ("Omsorg och stöd", "/omsorg-och-stod/", ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Ekonomiskt bistånd", "Färdtjänst", "Anhörigstöd", "Individ och familj", "Våld i nära relationer", "Bostadsanpassning"]),
    ("Bygga, bo och miljö", "/bygga-bo-och-miljo/", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Energi- och klimatrådgivning", "Miljö och hälsa", "Detaljplaner", "Kartor", "Tomter", "Buller"]),
    ("Trafik och infrastruktur", "/trafik-och-infrastruktur/", ["Parkering", "Gator och vägar", "Snöröjning", "Gång och cykel", "Kollektivtrafik", "Felanmälan", "Vägarbeten", "Trafiksäkerhet", "Gatubelysning"]),
    ("Kultur och fritid", "/kultur-och-fritid/", ["Bibliotek", "Badhus", "Idrottsanläggningar", "Föreningsstöd", "Kulturskola", "Friluftsliv", "Evenemang", "Museum", "Lokalbokning"]),
    ("Näringsliv och arbete", "/naringsliv-och-arbete/", ["Starta företag", "Tillstånd", "Upphandling", "Lediga jobb", "Feriejobb", "Arbetsmarknad", "Etablering", "Turism", "Företagsträffar"]),
    ("Kommun och politik", "/kommun-och-politik/", ["Organisation", "Kommunfullmäktige", "Budget och ekonomi", "Styrdokument", "Diarium", "Synpunkter och klagomål", "Val", "Statistik", "Press"]),
]

SLUG = str.maketrans({"å": "a", "ä": "a", "ö": "o", " ": "-", ",": "", "é": "e"})


def slug(s: str) -> str:
    return s.lower().translate(SLUG)


def e(s: str) -> str:
    return html.escape(s, quote=True)


def menu(site):
    """[(label, href, [(label, href), ...]), ...] with per-site sub-item extras and top-level extras."""
    out = []
    for label, href, subs in AREAS:
        items = [(s, href + slug(s) + "/") for s in subs]
        items += site.get("sub_extra", {}).get(label, [])
        out.append((label, href, items))
    out += site.get("top_extra", [])
    return out


TOPBAR = [("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("Teckenspråk", "/teckensprak/"), ("In English", "/in-english/")]


def topbar(site):
    return TOPBAR + site.get("topbar_extra", [])


def footer_lines(site):
    k = site["kommun"]
    return (f"<p><strong>{e(site['genitiv'])} kommun</strong><br>Postadress: {e(site['postadress'])}<br>"
            f"Besöksadress: {e(site['besok'])}</p>"
            f"<p>Växel: <a href=\"tel:{site['vaxel_tel']}\">{e(site['vaxel'])}</a><br>"
            f"E-post: <a href=\"mailto:{site['epost']}\">{e(site['epost'])}</a><br>Org.nr: {site['orgnr']}</p>"
            f"<p><a href=\"/tillganglighet/\">Tillgänglighetsredogörelse</a> · <a href=\"/kakor/\">Om kakor</a> · "
            f"<a href=\"/personuppgifter/\">Personuppgifter</a> · <a href=\"/lediga-jobb/\">Lediga jobb</a></p>"
            + site.get("footer_extra", "") + f"<p>© {e(k)} kommun</p>")


COOKIE = ('<div class="cookie" id="cookie">Vi använder kakor för att webbplatsen ska fungera och för att förbättra den. '
          '<a href="/kakor/">Läs mer om kakor</a> <button type="button" onclick="this.parentNode.remove()">Jag förstår</button></div>')
STYLE = ("<style>body{font-family:Arial,sans-serif;margin:0;color:#222}a{color:#0b5394}.cookie{position:fixed;bottom:0;left:0;right:0;"
         "background:#333;color:#fff;padding:1em}.hidden{display:none}details{margin:.5em 0}table{border-collapse:collapse}"
         "td,th{border:1px solid #ccc;padding:.3em}</style>")
SCRIPT = "<script>document.documentElement.className='js';window.dataLayer=window.dataLayer||[];</script>"


def search_form(site, cls=""):
    s = site["search"]
    return (f'<form class="{cls}" action="{s["path"]}" method="get"><label for="q">Sök på webbplatsen</label> '
            f'<input id="q" type="search" name="{s["param"]}"> <button type="submit">Sök</button></form>')


def head(site, title, extra=""):
    cs = "iso-8859-1" if site.get("latin1") else "utf-8"
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{cs}">\n<title>{e(title)}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="description" content="{e(site.get("meta_description", site["genitiv"] + " kommuns webbplats"))}">\n'
            f'{STYLE}\n{SCRIPT}\n{extra}</head>\n')


def logo(site):
    return f'<a href="/"><img src="/logo.svg" alt="{e(site["genitiv"])} kommun – till startsidan" width="180" height="50"></a>'


# ---------------------------------------------------------------- families
def semantic(site, title, main, extra_head=""):
    tb = " ".join(f'<li><a href="{h}">{e(t)}</a></li>' for t, h in topbar(site))
    nav = "\n".join(f'<li><a href="{h}">{e(t)}</a><ul class="sub">' + "".join(f'<li><a href="{sh}">{e(st)}</a></li>' for st, sh in subs) + "</ul></li>"
                    for t, h, subs in menu(site))
    return (head(site, title, extra_head) + '<body>\n<a class="skip" href="#innehall">Till innehållet</a>\n<header class="site-header">\n'
            f'<ul class="topbar">{tb}</ul>\n<div class="brand">{logo(site)}</div>\n{search_form(site)}\n</header>\n'
            f'<nav aria-label="Huvudmeny"><ul class="menu">\n{nav}\n</ul></nav>\n<main id="innehall">\n{main}\n</main>\n'
            f'<footer class="site-footer">\n{footer_lines(site)}\n</footer>\n{COOKIE}\n</body>\n</html>\n')


def soup(site, title, main, extra_head=""):
    tb = " | ".join(f'<a href="{h}">{e(t)}</a>' for t, h in topbar(site))
    nav = "\n".join(f'<div class="zz"><a class="zz1" href="{h}">{e(t)}</a><div class="zz2">' + "".join(f'<a class="zz3" href="{sh}">{e(st)}</a>' for st, sh in subs) + "</div></div>"
                    for t, h, subs in menu(site))
    return (head(site, title, extra_head) + '<body>\n<div class="w0">\n<div class="q1">\n'
            f'<div class="q2">{tb}</div>\n<div class="q3">{logo(site)}</div>\n<div class="q4">{search_form(site, "q5")}</div>\n</div>\n'
            f'<div class="q6">\n{nav}\n</div>\n<div class="box7">\n{main}\n</div>\n'
            f'<div class="q8">\n{footer_lines(site)}\n</div>\n</div>\n{COOKIE}\n</body>\n</html>\n')


def sitevision(site, title, main, extra_head=""):
    tb = "".join(f'<li class="sv-toolbar-item"><a href="{h}">{e(t)}</a></li>' for t, h in topbar(site))
    items = []
    for i, (t, h, subs) in enumerate(menu(site)):
        half = (len(subs) + 1) // 2
        cols = "".join('<div class="sv-column-6"><ul>' + "".join(f'<li><a href="{sh}">{e(st)}</a></li>' for st, sh in part) + "</ul></div>"
                       for part in (subs[:half], subs[half:]))
        items.append(f'<li class="sv-megamenu-item"><a class="sv-megamenu-toplink" href="{h}" aria-expanded="false" aria-controls="mm{i}">{e(t)}</a>'
                     f'<div class="sv-megamenu-panel" id="mm{i}" hidden><div class="sv-row">{cols}</div></div></li>')
    nav = "\n".join(items)
    return (head(site, title, extra_head) + '<body>\n<div class="sv-layout" id="svid10_head">\n'
            f'<div class="sv-portlet sv-toolbar"><ul>{tb}</ul></div>\n<div class="sv-portlet sv-image-portlet">{logo(site)}</div>\n'
            f'<div class="sv-portlet sv-searchform-portlet">{search_form(site, "sv-search")}</div>\n'
            f'<div class="sv-portlet sv-megamenu"><ul class="sv-megamenu-list">\n{nav}\n</ul></div>\n</div>\n'
            f'<div class="sv-layout" id="svid10_content">\n{main}\n</div>\n'
            f'<div class="sv-layout" id="svid10_foot">\n<div class="sv-portlet sv-text-portlet">{footer_lines(site)}</div>\n</div>\n'
            f'{COOKIE}\n</body>\n</html>\n')


def municipio(site, title, main, extra_head=""):
    tb = "".join(f'<li><a href="{h}">{e(t)}</a></li>' for t, h in topbar(site))
    nav = "\n".join(f'<li class="nav-item"><a href="{h}">{e(t)}</a><button class="toggle" aria-expanded="false">Visa undersidor</button>'
                    '<ul class="sub-menu">' + "".join(f'<li><a href="{sh}">{e(st)}</a></li>' for st, sh in subs) + "</ul></li>"
                    for t, h, subs in menu(site))
    return (head(site, title, extra_head) + '<body class="wp-theme-municipio">\n<header class="c-header">\n'
            f'<ul class="c-header__helper">{tb}</ul>\n<div class="c-header__logo">{logo(site)}</div>\n'
            f'{search_form(site, "c-search")}\n<button class="c-header__menu-trigger" aria-controls="drawer" aria-expanded="false">Meny</button>\n</header>\n'
            f'<div class="c-drawer" id="drawer" hidden>\n<nav aria-label="Meny"><ul class="c-nav">\n{nav}\n</ul></nav>\n</div>\n'
            f'<main class="o-container">\n{main}\n</main>\n<footer class="c-footer">\n<div class="c-footer__widgets">{footer_lines(site)}</div>\n</footer>\n'
            f'{COOKIE}\n</body>\n</html>\n')


def bootstrap(site, title, main, extra_head=""):
    tb = "".join(f'<a class="btn btn-link btn-sm" href="{h}">{e(t)}</a>' for t, h in topbar(site))
    nav = "\n".join((f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{h}" data-bs-toggle="dropdown">{e(t)}</a>'
                     '<ul class="dropdown-menu">' + "".join(f'<li><a class="dropdown-item" href="{sh}">{e(st)}</a></li>' for st, sh in subs) + "</ul></li>")
                    if subs else f'<li class="nav-item"><a class="nav-link" href="{h}">{e(t)}</a></li>'
                    for t, h, subs in menu(site))
    return (head(site, title, extra_head) + '<body>\n<div class="bg-light border-bottom"><div class="container d-flex">' + tb + '</div></div>\n'
            f'<div class="container py-2 d-flex">{logo(site)}<div class="ms-auto">{search_form(site, "d-flex")}</div></div>\n'
            f'<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><ul class="navbar-nav">\n{nav}\n</ul></div></nav>\n'
            f'<div class="container my-4" id="content">\n{main}\n</div>\n'
            f'<div class="bg-dark text-white py-4"><div class="container">{footer_lines(site)}</div></div>\n{COOKIE}\n</body>\n</html>\n')


def table(site, title, main, extra_head=""):
    tb = " &nbsp;|&nbsp; ".join(f'<a href="{h}"><font color="#ffffff">{e(t)}</font></a>' for t, h in topbar(site))
    left = "".join(f'<p><b><a href="{h}">{e(t).upper()}</a></b><br>' + "<br>".join(f'&nbsp;&middot; <a href="{sh}">{e(st)}</a>' for st, sh in subs) + "</p>"
                   for t, h, subs in menu(site))
    return (head(site, title, extra_head) + '<body bgcolor="#ffffff" leftmargin="0" topmargin="0">\n'
            '<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">\n'
            f'<tr><td colspan="2" bgcolor="#003366" align="right"><font face="Verdana" size="1">{tb}</font></td></tr>\n'
            f'<tr><td bgcolor="#ffffff">{logo(site)}</td><td align="right">{search_form(site)}</td></tr>\n'
            f'<tr><td width="200" valign="top" bgcolor="#f0f0f0"><font face="Verdana" size="2">{left}</font></td>\n'
            f'<td valign="top"><font face="Verdana" size="2">\n{main}\n</font></td></tr>\n'
            f'<tr><td colspan="2" bgcolor="#e6e6e6"><font face="Verdana" size="1">{footer_lines(site)}</font></td></tr>\n'
            f'</table>\n{COOKIE}\n</body>\n</html>\n')


def custom(site, title, main, extra_head=""):
    tb = "".join(f'<x-tool><a href="{h}">{e(t)}</a></x-tool>' for t, h in topbar(site))
    nav = "\n".join(f'<x-item><a href="{h}">{e(t)}</a><x-sub>' + "".join(f'<a href="{sh}">{e(st)}</a>' for st, sh in subs) + "</x-sub></x-item>"
                    for t, h, subs in menu(site))
    js = "<script>customElements.define('x-item',class extends HTMLElement{connectedCallback(){this.addEventListener('mouseenter',()=>this.toggleAttribute('open',true))}});</script>"
    return (head(site, title, extra_head + js) + '<body>\n<x-toolbar>' + tb + '</x-toolbar>\n'
            f'<x-header><x-logo>{logo(site)}</x-logo><x-search>{search_form(site)}</x-search></x-header>\n'
            f'<x-nav>\n{nav}\n</x-nav>\n<x-main>\n{main}\n</x-main>\n<x-footer>\n{footer_lines(site)}\n</x-footer>\n{COOKIE}\n</body>\n</html>\n')


def aria(site, title, main, extra_head=""):
    tb = "".join(f'<span role="listitem"><a href="{h}">{e(t)}</a></span> ' for t, h in topbar(site))
    nav = "\n".join(f'<div role="listitem" class="p"><a href="{h}">{e(t)}</a><div role="list" class="pp">' + "".join(f'<div role="listitem"><a href="{sh}">{e(st)}</a></div>' for st, sh in subs) + "</div></div>"
                    for t, h, subs in menu(site))
    css = "<style>.wrap{display:flex;flex-direction:column}.b{order:1}.n{order:2}.m{order:3}.f{order:4}</style>"
    return (head(site, title, extra_head + css) + '<body>\n<div class="wrap">\n'
            f'<div role="main" class="m">\n{main}\n</div>\n'
            f'<div role="banner" class="b"><div role="list" class="tb">{tb}</div>{logo(site)}<div role="search">{search_form(site)}</div></div>\n'
            f'<div role="navigation" aria-label="Huvudmeny" class="n"><div role="list">\n{nav}\n</div></div>\n'
            f'<div role="contentinfo" class="f">\n{footer_lines(site)}\n</div>\n</div>\n{COOKIE}\n</body>\n</html>\n')


FAMILIES = {"semantic": semantic, "soup": soup, "sitevision": sitevision, "municipio": municipio,
            "bootstrap": bootstrap, "table": table, "custom": custom, "aria": aria}


def front_main(site):
    """Front-page main content: hero (first screen) with cards, then later sections."""
    cards = "".join(f'<li class="card"><a href="{h}">{t}</a></li>' for t, h in site["cards"])
    news = "".join(f'<li class="teaser"><a href="/nyheter/{n["slug"]}/">{e(n["title"])}</a><p>{e(n["lead"])}</p></li>' for n in site["news"])
    ets = "".join(f'<li><a href="/e-tjanster/{slug(t)}/">{e(t)}</a></li>' for t in ["Ansök om förskoleplats", "Felanmälan", "Ansök om bygglov", "Boka lokal", "Ansök om parkeringstillstånd"])
    az = " ".join(f'<a href="/a-o/?bokstav={c}">{c}</a>' for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ")
    return (f'<section class="hero"><h1>Välkommen till {e(site["genitiv"])} kommun</h1>'
            f'<p>{e(site["hero_text"])}</p><ul class="shortcuts">{cards}</ul></section>\n'
            f'<section class="drift"><h2>Driftinformation</h2><p>{e(site["drift"])}</p></section>\n'
            f'<section class="news"><h2>Nyheter</h2><ul>{news}</ul><p><a href="/nyheter/">Fler nyheter</a></p></section>\n'
            f'<section class="etj"><h2>Populära e-tjänster</h2><ul>{ets}</ul></section>\n'
            '<section class="events"><h2>Evenemang</h2><ul><li><a href="/evenemang/julmarknad/">Julmarknad på torget</a></li>'
            '<li><a href="/evenemang/konsert/">Konsert med kulturskolan</a></li></ul></section>\n'
            '<section class="jobs"><h2>Jobba hos oss</h2><p>Vi söker undersköterskor, lärare och ingenjörer. <a href="/lediga-jobb/">Se lediga jobb</a></p></section>\n'
            f'<section class="az"><h2>A–Ö</h2><p>{az}</p></section>')
