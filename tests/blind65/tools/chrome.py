"""Markup families for the blind65 generator (typing aid). Each family wraps the same parts
(top bar, logo, search form, primary menu, main content, footer, cookie banner) in its own markup."""
from __future__ import annotations

import html

E = html.escape

BASE_MENU = [
    ("Barn och utbildning", "barn-och-utbildning", ["Förskola", "Grundskola", "Fritidshem", "Gymnasieskola", "Vuxenutbildning", "Skolskjuts", "Elevhälsa", "Kulturskolan", "Läsårstider"]),
    ("Omsorg och stöd", "omsorg-och-stod", ["Äldreomsorg", "Hemtjänst", "Särskilt boende", "Funktionsnedsättning", "Försörjningsstöd", "Färdtjänst", "Anhörigstöd", "Våld i nära relationer", "Budget- och skuldrådgivning"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Detaljplaner", "Miljö och hälsoskydd", "Energi- och klimatrådgivning", "Kartor och mätning", "Bostadsanpassning", "Tomter"]),
    ("Trafik och infrastruktur", "trafik-och-infrastruktur", ["Parkering", "Gator och vägar", "Snöröjning", "Gång och cykel", "Kollektivtrafik", "Felanmälan gata", "Vägarbeten", "Trafiksäkerhet"]),
    ("Kultur och fritid", "kultur-och-fritid", ["Bibliotek", "Idrott och motion", "Badhus", "Föreningsstöd", "Evenemang", "Fritidsgårdar", "Naturreservat", "Kulturarv"]),
    ("Näringsliv och arbete", "naringsliv-och-arbete", ["Starta företag", "Tillstånd", "Upphandling", "Mark för företag", "Lediga jobb", "Feriearbete", "Arbetsmarknadsenheten", "Företagsbesök"]),
    ("Kommun och politik", "kommun-och-politik", ["Kommunfullmäktige", "Kommunstyrelsen", "Nämnder", "Sammanträden och protokoll", "Organisation", "Budget och ekonomi", "Synpunkter och klagomål", "Allmänna handlingar", "Val"]),
]

_TR = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", " ": "-", ",": "", "–": "-"})


def gen(k: str) -> str:
    """Genitive in the municipality's name: Brunnviks kommun, but Hedmora kommun, Rävsnäs kommun."""
    return k if k[-1] in "aeiouyåäös" else k + "s"


def slug(s: str) -> str:
    return s.lower().translate(_TR).replace("--", "-")


def menu(extra: dict | None = None, extra_top: list | None = None) -> list:
    """[(label, href, [(label, href), ...]), ...]; extra: {area slug: [(label, href)]} appended."""
    out = []
    for label, s, subs in BASE_MENU:
        items = [(x, f"/{s}/{slug(x)}/") for x in subs]
        items += (extra or {}).get(s, [])
        out.append((label, f"/{s}/", items))
    for t in extra_top or []:
        out.append(t)
    return out


def a(href, text, cls=None, **attrs):
    c = f' class="{cls}"' if cls else ""
    at = "".join(f' {k.replace("_", "-")}="{E(v)}"' for k, v in attrs.items())
    return f'<a href="{E(href)}"{c}{at}>{text}</a>'


def cookie_banner(cls="cookie-banner"):
    return (f'<div class="{cls}" id="cookie-consent"><p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att '
            f'förbättra den. {a("/kakor/", "Läs mer om kakor")}</p>'
            '<button type="button">Godkänn alla kakor</button> <button type="button">Endast nödvändiga</button></div>')


def footer_inner(s):
    f = s["footer"]
    extra = s.get("footer_extra", "")
    return (f'<div class="ft-col"><h2>{E(gen(s["kommun"]))} kommun</h2>'
            f'<p>Postadress: {E(gen(s["kommun"]))} kommun, {f["post"]}<br>Besöksadress: {f["visit"]}</p>'
            f'<p>Växel: <a href="tel:{f["tel_raw"]}">{f["tel"]}</a><br>E-post: <a href="mailto:{f["mail"]}">{f["mail"]}</a><br>'
            f'Organisationsnummer: {f["org"]}</p></div>'
            f'{extra}'
            '<div class="ft-col"><h2>Om webbplatsen</h2><ul>'
            f'<li>{a("/tillganglighet/", "Tillgänglighetsredogörelse")}</li><li>{a("/kakor/", "Om kakor")}</li>'
            f'<li>{a("/personuppgifter/", "Behandling av personuppgifter")}</li><li>{a("/jobb/", "Lediga jobb")}</li>'
            f'<li>{a("/press/", "Press")}</li></ul></div>'
            '<div class="ft-col"><h2>Följ oss</h2><ul><li>Facebook</li><li>Instagram</li><li>LinkedIn</li></ul></div>')


def topbar_links(s):
    base = [("#lyssna", "Lyssna"), ("/lattlast/", "Lättläst"), ("/teckensprak/", "Teckenspråk"), ("/in-english/", "In English")]
    return base + s.get("topbar", [])


def search_form(s, cls="search"):
    sp = s["search"]
    return (f'<form class="{cls}" action="{sp["path"]}" method="get" role="search"><label for="q">Sök på webbplatsen</label>'
            f'<input id="q" type="search" name="{sp["param"]}" placeholder="Vad letar du efter?"><button type="submit">Sök</button></form>')


def logo(s):
    return a("/", f'<img src="/bilder/logo.svg" alt="{E(gen(s["kommun"]))} kommun, till startsidan" width="180" height="48">', "logo")


def head(s, title, enc="utf-8", extra=""):
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{enc}">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{E(title)}</title>\n<link rel="canonical" href="__ORIGIN__{s["_path"]}">\n'
            f'<style>body{{font-family:sans-serif;margin:0}}.cookie-banner{{position:fixed;bottom:0;background:#fff}}[hidden]{{display:none}}</style>\n'
            f'{extra}</head>\n')


SCRIPT = '<script>document.querySelectorAll("#cookie-consent button").forEach(function(b){b.onclick=function(){document.getElementById("cookie-consent").remove()}});</script>'


# ---------------------------------------------------------------- families
def ul_menu(m, sub_attr="", top_cls="", sub_cls="sub"):
    out = []
    for label, href, subs in m:
        items = "".join(f"<li>{a(h, E(t))}</li>" for t, h in subs)
        out.append(f'<li class="{top_cls}">{a(href, E(label))}<ul class="{sub_cls}"{sub_attr}>{items}</ul></li>')
    return "<ul>" + "".join(out) + "</ul>"


def semantic(s, title, body):
    tb = "".join(f"<li>{a(h, E(t))}</li>" for h, t in topbar_links(s))
    return (head(s, title) + '<body>\n' + cookie_banner() +
            f'\n<header class="site-header">\n<ul class="topbar">{tb}</ul>\n{logo(s)}\n{search_form(s)}\n</header>\n'
            f'<nav class="main-nav" aria-label="Huvudmeny">{ul_menu(s["menu"])}</nav>\n'
            f'<main id="innehall">\n{body}\n</main>\n<footer class="site-footer">{footer_inner(s)}</footer>\n{SCRIPT}\n</body>\n</html>\n')


def soup(s, title, body):
    tb = "".join(f'<span class="r2">{a(h, E(t))}</span>' for h, t in topbar_links(s))
    m = []
    for label, href, subs in s["menu"]:
        items = "".join(f'<div class="k4">{a(h, E(t))}</div>' for t, h in subs)
        m.append(f'<div class="k2">{a(href, E(label))}<div class="k3">{items}</div></div>')
    return (head(s, title) + '<body>\n' + cookie_banner("zz9") +
            f'\n<div class="q1">\n<div class="r1">{tb}</div>\n<div class="q2">{logo(s)}{search_form(s, "q3")}</div>\n</div>\n'
            f'<div class="k1">{"".join(m)}</div>\n'
            f'<div class="box7">\n{body}\n</div>\n<div class="q8">{footer_inner(s)}</div>\n{SCRIPT}\n</body>\n</html>\n')


def sitevision(s, title, body):
    tb = "".join(f'<li class="sv-menu-item">{a(h, E(t))}</li>' for h, t in topbar_links(s))
    m = []
    for i, (label, href, subs) in enumerate(s["menu"]):
        half = (len(subs) + 1) // 2
        cols = "".join('<div class="sv-column-6"><ul>' + "".join(f"<li>{a(h, E(t))}</li>" for t, h in part) + "</ul></div>"
                       for part in (subs[:half], subs[half:]))
        m.append(f'<li class="sv-menu-item">{a(href, E(label))}<button aria-expanded="false" aria-controls="mega{i}">Visa undermeny</button>'
                 f'<div class="mega-panel sv-layout" id="mega{i}" hidden>{cols}</div></li>')
    return (head(s, title, extra='<link rel="stylesheet" href="/sitevision/system-resource/abc123/css/portlets.css">\n') + '<body>\n' +
            f'<div class="sv-layout" id="svid10_top">\n<div class="sv-portlet sv-script-portlet">{cookie_banner()}</div>\n'
            f'<div class="sv-layout sv-skip-spacer topbar"><ul class="sv-menu">{tb}</ul></div>\n'
            f'<div class="sv-layout header">{logo(s)}<div class="sv-portlet sv-searchform-portlet">{search_form(s)}</div></div>\n'
            f'<div class="sv-layout sv-menu-portlet mainmenu"><ul class="sv-menu-level1">{"".join(m)}</ul></div>\n</div>\n'
            f'<div class="sv-layout" id="svid10_content">\n{body}\n</div>\n'
            f'<div class="sv-layout" id="svid10_foot"><div class="sv-portlet sv-text-portlet">{footer_inner(s)}</div></div>\n{SCRIPT}\n</body>\n</html>\n')


def municipio(s, title, body, hide='hidden'):
    tb = "".join(f"<li>{a(h, E(t))}</li>" for h, t in topbar_links(s))
    m = []
    for label, href, subs in s["menu"]:
        items = "".join(f'<li class="nav-item">{a(h, E(t))}</li>' for t, h in subs)
        m.append(f'<li class="nav-item has-children">{a(href, E(label))}<button class="toggle" aria-label="Visa {E(label)}"></button>'
                 f'<ul class="sub-menu">{items}</ul></li>')
    attr = ' hidden' if hide == 'hidden' else ' aria-hidden="true" class="drawer-closed"'
    hdr_links = "".join(f'<li class="c-header__link">{a(h, E(t))}</li>' for h, t in s.get("header_links", []))
    return (head(s, title, extra='<link rel="stylesheet" href="/wp-content/themes/municipio/assets/dist/css/app.css">\n') +
            '<body class="wp-theme-municipio">\n' + cookie_banner("c-cookie-consent cookie-banner") +
            f'\n<header class="c-header site-header">\n<ul class="c-navbar--top">{tb}</ul>\n{logo(s)}\n{search_form(s, "c-search")}\n'
            f'<ul class="c-header__links">{hdr_links}</ul>\n<button class="c-button js-drawer-open" aria-controls="drawer" aria-expanded="false">Meny</button>\n</header>\n'
            f'<div id="drawer" class="c-drawer"{attr}><nav aria-label="Huvudmeny"><ul class="c-nav">{"".join(m)}</ul></nav></div>\n'
            f'<main id="main-content" class="o-container">\n{body}\n</main>\n<footer class="c-footer">{footer_inner(s)}</footer>\n{SCRIPT}\n</body>\n</html>\n')


def municipio_aria(s, title, body):
    return municipio(s, title, body, hide="aria")


def bootstrap(s, title, body):
    tb = "".join(f'<li class="list-inline-item">{a(h, E(t))}</li>' for h, t in topbar_links(s))
    m = []
    for label, href, subs in s["menu"]:
        items = "".join(f'<li>{a(h, E(t), "dropdown-item")}</li>' for t, h in subs)
        m.append(f'<li class="nav-item dropdown">{a(href, E(label), "nav-link dropdown-toggle", data_bs_toggle="dropdown")}'
                 f'<ul class="dropdown-menu">{items}</ul></li>')
    for h, t in s.get("navbar_extra", []):
        m.append(f'<li class="nav-item">{a(h, E(t), "nav-link")}</li>')
    return (head(s, title, extra='<link rel="stylesheet" href="/assets/bootstrap.min.css">\n') + '<body>\n' + cookie_banner("cookie-banner alert") +
            f'\n<div class="container-fluid bg-light"><ul class="list-inline small">{tb}</ul></div>\n'
            f'<header class="container d-flex">{logo(s)}{search_form(s, "d-flex ms-auto")}</header>\n'
            f'<nav class="navbar navbar-expand-lg"><div class="container"><ul class="navbar-nav">{"".join(m)}</ul></div></nav>\n'
            f'<main class="container">\n{body}\n</main>\n<footer class="bg-dark text-white"><div class="container row">{footer_inner(s)}</div></footer>\n{SCRIPT}\n</body>\n</html>\n')


def table(s, title, body):
    tb = " | ".join(a(h, E(t)) for h, t in topbar_links(s))
    m = []
    for label, href, subs in s["menu"]:
        items = "".join(f'<tr><td>&nbsp;&nbsp;<font size="1">{a(h, E(t))}</font></td></tr>' for t, h in subs)
        m.append(f'<tr><td bgcolor="#dde8cc"><font face="Verdana" size="2"><b>{a(href, E(label))}</b></font></td></tr>{items}')
    return (head(s, title, enc="iso-8859-1") + '<body bgcolor="#ffffff">\n' + cookie_banner() +
            f'\n<table width="960" border="0" cellpadding="0" cellspacing="0" align="center">\n'
            f'<tr><td colspan="2" bgcolor="#4a6b2a"><font face="Verdana" size="1" color="#ffffff">{tb}</font></td></tr>\n'
            f'<tr><td colspan="2">{logo(s)} {search_form(s)}</td></tr>\n'
            f'<tr><td width="200" valign="top"><table width="200" cellpadding="3">{"".join(m)}</table></td>\n'
            f'<td valign="top"><font face="Verdana" size="2">\n{body}\n</font></td></tr>\n'
            f'<tr><td colspan="2" bgcolor="#e6e6e6"><font face="Verdana" size="1">{footer_inner(s)}</font></td></tr>\n</table>\n{SCRIPT}\n</body>\n</html>\n')


def custom(s, title, body):
    tb = "".join(f"<x-link>{a(h, E(t))}</x-link>" for h, t in topbar_links(s))
    m = []
    for label, href, subs in s["menu"]:
        items = "".join(f"<x-item>{a(h, E(t))}</x-item>" for t, h in subs)
        m.append(f'<x-item>{a(href, E(label))}<x-sub collapsed>{items}</x-sub></x-item>')
    return (head(s, title, extra='<script>customElements.define("x-sub",class extends HTMLElement{});</script>\n') + '<body>\n' +
            f'<x-cookie>{cookie_banner()}</x-cookie>\n<x-toolbar>{tb}</x-toolbar>\n<x-header>{logo(s)}{search_form(s)}</x-header>\n'
            f'<x-nav label="Huvudmeny">{"".join(m)}</x-nav>\n<x-main>\n{body}\n</x-main>\n<x-footer>{footer_inner(s)}</x-footer>\n{SCRIPT}\n</body>\n</html>\n')


def aria(s, title, body):
    tb = "".join(f'<span class="t1">{a(h, E(t))}</span>' for h, t in topbar_links(s))
    return (head(s, title).replace("</style>", ".wrap{display:flex;flex-direction:column}.b{order:-1}</style>") + '<body>\n' + cookie_banner() +
            f'\n<div class="wrap">\n<div role="main" class="m">\n{body}\n</div>\n'
            f'<div role="banner" class="b"><div class="t0">{tb}</div>{logo(s)}{search_form(s)}'
            f'<div role="navigation" aria-label="Huvudmeny" class="n">{ul_menu(s["menu"])}</div></div>\n'
            f'<div role="contentinfo" class="f">{footer_inner(s)}</div>\n</div>\n{SCRIPT}\n</body>\n</html>\n')


def drupal(s, title, body):
    tb = "".join(f"<li>{a(h, E(t))}</li>" for h, t in topbar_links(s))
    return (head(s, title) + '<body class="path-frontpage">\n' + cookie_banner("eu-cookie-compliance-banner") +
            f'\n<div class="region region-header"><ul class="menu--topbar">{tb}</ul>{logo(s)}{search_form(s)}</div>\n'
            f'<div class="region region-primary-menu" role="navigation">{ul_menu(s["menu"], top_cls="menu-item")}</div>\n'
            f'<div class="region region-content" role="main">\n{body}\n</div>\n<div class="region region-footer" role="contentinfo">{footer_inner(s)}</div>\n{SCRIPT}\n</body>\n</html>\n')


FAMILIES = {"semantic": semantic, "soup": soup, "sitevision": sitevision, "municipio": municipio,
            "municipio-aria": municipio_aria, "bootstrap": bootstrap, "table": table, "custom": custom,
            "aria": aria, "drupal": drupal}
