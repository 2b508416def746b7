"""Typing aid for blind72: the site chrome (header, menus, footer) of each markup family.

The written files under sites/ are the corpus; this only saved typing. Labels are not generated.
"""
from __future__ import annotations

import html
import json

AREAS = [
    ("Barn och utbildning", "barn-och-utbildning",
     ["Förskola", "Grundskola", "Gymnasieskola", "Vuxenutbildning", "Skolskjuts"]),
    ("Omsorg och stöd", "omsorg-och-stod",
     ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Ekonomiskt bistånd", "Färdtjänst"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo",
     ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Energi- och klimatrådgivning", "Miljö och hälsa"]),
    ("Trafik och gator", "trafik-och-gator",
     ["Parkering", "Gator och vägar", "Snöröjning", "Kollektivtrafik", "Felanmälan"]),
    ("Kultur och fritid", "kultur-och-fritid",
     ["Bibliotek", "Idrott och motion", "Föreningsliv", "Kulturskola", "Evenemang"]),
    ("Näringsliv och arbete", "naringsliv-och-arbete",
     ["Starta företag", "Upphandling", "Tillstånd", "Lediga jobb", "Mark och lokaler"]),
    ("Kommun och politik", "kommun-och-politik",
     ["Kommunfullmäktige", "Nämnder", "Organisation", "Budget och ekonomi", "Allmänna handlingar"]),
]

SLUG_MAP = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", " ": "-", ",": "", "/": "-"})


def slug(s: str) -> str:
    return s.lower().translate(SLUG_MAP).replace("--", "-")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def menu(S: dict) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """[(label, href, [(sub label, sub href), ...]), ...] with the site's own additions."""
    out = []
    skip = S.get("menu_skip", set())
    for label, sl, subs in AREAS:
        items = [(x, f"/{sl}/{slug(x)}/") for x in subs if x not in skip]
        for (area, lab, href, pos) in S.get("menu_add", []):
            if area == sl:
                items.insert(pos, (lab, href))
        out.append((label, f"/{sl}/", items))
    for lab, href in S.get("menu_top_add", []):
        out.append((lab, href, []))
    return out


COOKIE_TEXT = ("Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. "
               "Du väljer själv om du godkänner statistikkakor.")

CSS = """body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222;line-height:1.5}
a{color:#0a4d8c}.vh{position:absolute;left:-9999px}img{max-width:100%}
.cookie{background:#1f2d3d;color:#fff;padding:1em}.cookie button{margin-right:.5em}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}"""

SCRIPT = """document.addEventListener('click',function(e){var b=e.target.closest('[data-toggle]');
if(!b)return;var t=document.getElementById(b.getAttribute('data-toggle'));if(t){t.hidden=!t.hidden;
b.setAttribute('aria-expanded',String(!t.hidden));}});
document.querySelectorAll('.cookie button').forEach(function(b){b.addEventListener('click',function(){
document.querySelector('.cookie').hidden=true;});});"""


def jsonld(S: dict) -> str:
    d = {"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": S["kommunnamn"],
         "url": "__ORIGIN__/", "telephone": S["vaxel"],
         "address": {"@type": "PostalAddress", "streetAddress": S["postadress"],
                     "postalCode": S["postnr"], "addressLocality": S["ort"]}}
    return f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>'


def tel(num: str) -> str:
    return "+46" + num.replace(" ", "").replace("-", "")[1:]


def footer_inner(S: dict) -> str:
    extra = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in S.get("footer_links", []))
    extra_text = S.get("footer_extra", "")
    return f"""
<div class="f-col"><h2>{esc(S['kommunnamn'])}</h2>
<p>Postadress: {esc(S['kommunnamn'])}, {esc(S['postadress'])}, {S['postnr']} {esc(S['ort'])}<br>
Besöksadress: {esc(S['besoksadress'])}<br>
Växel: <a href="tel:{tel(S['vaxel'])}">{S['vaxel']}</a><br>
E-post: <a href="mailto:{S['epost']}">{S['epost']}</a><br>
Organisationsnummer: {S['orgnr']}</p></div>
<div class="f-col"><h2>Om webbplatsen</h2><ul>
<li><a href="/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>
<li><a href="/om-kakor/">Om kakor</a></li>
<li><a href="/personuppgifter/">Så hanterar vi personuppgifter</a></li>
<li><a href="/nyheter/">Nyheter</a></li>{extra}</ul></div>
<div class="f-col"><h2>Följ oss</h2><ul><li><a href="/sociala-medier/">Facebook</a></li>
<li><a href="/sociala-medier/">Instagram</a></li><li><a href="/sociala-medier/">LinkedIn</a></li></ul></div>
{extra_text}"""


def topbar_links(S: dict) -> list[tuple[str, str, str]]:
    """(text, href, extra attributes)"""
    base = [("Lyssna", "/lyssna/", ""), ("Lättläst", "/lattlast/", ""), ("Teckenspråk", "/teckensprak/", ""),
            ("In English", "/in-english/", "")]
    return base + S.get("topbar", [])


def search_form(S: dict, cls: str = "search") -> str:
    sp = S["search"]
    return (f'<form class="{cls}" action="{sp["path"]}" method="get"><label for="q" class="vh">Sök på webbplatsen</label>'
            f'<input id="q" type="search" name="{sp["param"]}" placeholder="Vad letar du efter?">'
            f'<button type="submit">Sök</button></form>')


def head(S: dict, title: str, front: bool, charset: str = "utf-8") -> str:
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="{charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{esc(S['kommunnamn'])} – information och service för dig som bor, verkar eller vistas i kommunen.">
<style>{CSS}</style>
{('<link rel="canonical" href="__ORIGIN__/">' + jsonld(S)) if front else ''}
</head>"""


def page_title(S: dict, title: str) -> str:
    return f"{title} - {S['kommunnamn']}" if title else S["kommunnamn"]


# ---------------------------------------------------------------- families

def render(S: dict, title: str, main: str, front: bool = False) -> str:
    fam = S["family"]
    return FAMILIES[fam](S, page_title(S, title), main, front)


def _icons(S: dict) -> str:
    return S.get("header_icons", "")


def semantic(S, title, main, front):
    m = menu(S)
    nav = []
    for i, (lab, href, subs) in enumerate(m):
        sub = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in subs)
        subhtml = (f'<button class="sub-toggle" data-toggle="sub{i}" aria-expanded="false"><span class="vh">Visa undermeny för {esc(lab)}</span>+</button>'
                   f'<ul class="sub" id="sub{i}" hidden>{sub}</ul>') if subs else ""
        nav.append(f'<li class="top"><a href="{href}">{esc(lab)}</a>{subhtml}</li>')
    top = "".join(f'<li><a href="{h}"{a}>{esc(t)}</a></li>' for t, h, a in topbar_links(S))
    return f"""{head(S, title, front)}
<body>
<div class="cookie" id="cookie"><p>{COOKIE_TEXT}</p><button>Godkänn alla</button><button>Endast nödvändiga</button> <a href="/om-kakor/">Läs mer om kakor</a></div>
<a class="vh" href="#content">Hoppa till innehållet</a>
<header class="site-header">
<div class="topbar"><ul>{top}</ul></div>
<div class="brand"><a href="/" class="logo"><img src="/logo.svg" alt="{esc(S['kommunnamn'])} – till startsidan" width="180" height="48"></a>
{search_form(S)}{_icons(S)}</div>
<nav class="primary" aria-label="Huvudmeny"><ul>{''.join(nav)}</ul></nav>
</header>
<main id="content">
{main}
</main>
<footer class="site-footer">{footer_inner(S)}</footer>
<script>{SCRIPT}</script>
</body>
</html>
"""


def soup(S, title, main, front):
    """Div soup: no landmark elements, no roles, meaningless classes."""
    m = menu(S)
    nav = []
    for i, (lab, href, subs) in enumerate(m):
        sub = "".join(f'<div class="zz3"><a href="{h}">{esc(t)}</a></div>' for t, h in subs)
        subhtml = f'<span class="x9" data-toggle="m{i}">&#9662;</span><div class="zz2" id="m{i}" hidden>{sub}</div>' if subs else ""
        nav.append(f'<div class="zz1"><a href="{href}">{esc(lab)}</a>{subhtml}</div>')
    top = " | ".join(f'<a href="{h}"{a}>{esc(t)}</a>' for t, h, a in topbar_links(S))
    return f"""{head(S, title, front)}
<body>
<div class="cookie k0"><div class="k1">{COOKIE_TEXT}</div><button>Jag godkänner</button><button>Neka</button></div>
<div class="q0">
<div class="q1"><div class="q1a">{top}</div>
<div class="q1b"><a href="/"><img src="/gfx/logga.png" alt="{esc(S['kommunnamn'])}"></a></div>
<div class="q1c">{search_form(S, 'q1s')}</div>{_icons(S)}</div>
<div class="q2">{''.join(nav)}</div>
<div class="box7">
{main}
</div>
<div class="q8">{footer_inner(S).replace('<h2>', '<div class="q8h">').replace('</h2>', '</div>')}</div>
</div>
<script>{SCRIPT}</script>
</body>
</html>
"""


def sitevision(S, title, main, front):
    m = menu(S)
    nav, _panels = [], []
    for i, (lab, href, subs) in enumerate(m):
        half = (len(subs) + 1) // 2
        cols = [subs[:half], subs[half:]]
        colhtml = "".join(
            '<div class="sv-column-6"><ul class="sv-menu-list">' + "".join(
                f'<li class="sv-menu-item"><a class="sv-link" href="{h}">{esc(t)}</a></li>' for t, h in c) + '</ul></div>'
            for c in cols if c)
        panel = (f'<div class="sv-mega-panel" id="mega{i}" hidden><div class="sv-row">{colhtml}</div></div>') if subs else ""
        btn = f'<button class="sv-mega-toggle" data-toggle="mega{i}" aria-expanded="false" aria-label="Öppna {esc(lab)}">&#8964;</button>' if subs else ""
        nav.append(f'<li class="sv-menu-item-top"><a class="sv-link" href="{href}">{esc(lab)}</a>{btn}{panel}</li>')
    top = "".join(f'<li class="sv-menu-item"><a href="{h}"{a}>{esc(t)}</a></li>' for t, h, a in topbar_links(S))
    return f"""{head(S, title, front)}
<body>
<div class="sv-layout sv-cookie-consent cookie" id="svid10_cookie"><div class="sv-text-portlet"><p>{COOKIE_TEXT}</p></div><button>Godkänn alla kakor</button><button>Bara nödvändiga</button></div>
<div class="sv-layout" id="svid10_head">
<div class="sv-layout sv-template-portlet" id="svid12_topbar"><ul class="sv-menu-list">{top}</ul></div>
<div class="sv-layout" id="svid12_logo"><div class="sv-image-portlet"><a href="/"><img src="/sitevision/proxy/logo.svg" alt="{esc(S['kommunnamn'])}, startsida"></a></div>
<div class="sv-searchform-portlet">{search_form(S, 'sv-searchform')}</div>{_icons(S)}</div>
<div class="sv-layout sv-menu-portlet" id="svid12_menu"><ul class="sv-menu-list">{''.join(nav)}</ul></div>
</div>
<div class="sv-layout" id="svid10_content">
{main}
</div>
<div class="sv-layout" id="svid10_foot"><div class="sv-row">{footer_inner(S).replace('<div class="f-col">', '<div class="sv-column-4 sv-text-portlet">')}</div></div>
<script src="/sitevision/system-resource/js/sv.js"></script>
<script>{SCRIPT}</script>
</body>
</html>
"""


def municipio(S, title, main, front):
    m = menu(S)
    items = []
    for i, (lab, href, subs) in enumerate(m):
        sub = "".join(f'<li class="menu-item"><a href="{h}">{esc(t)}</a></li>' for t, h in subs)
        subhtml = (f'<button class="c-nav__toggle" data-toggle="dsub{i}" aria-expanded="false" aria-label="Visa undersidor">+</button>'
                   f'<ul class="sub-menu" id="dsub{i}" hidden>{sub}</ul>') if subs else ""
        items.append(f'<li class="menu-item menu-item-type-post_type"><a href="{href}">{esc(lab)}</a>{subhtml}</li>')
    top = "".join(f'<li class="menu-item"><a href="{h}"{a}>{esc(t)}</a></li>' for t, h, a in topbar_links(S))
    return f"""{head(S, title, front)}
<body class="wp-theme-municipio page-template-default">
<div class="cookie c-cookie-consent"><p>{COOKIE_TEXT}</p><button class="c-button">Acceptera</button><button class="c-button">Avvisa</button></div>
<header class="site-header c-header" id="site-header">
<div class="c-header__top"><ul class="c-nav c-nav--horizontal">{top}</ul></div>
<div class="c-header__main"><a class="c-brand" href="/"><img src="/wp-content/uploads/logo.svg" alt="{esc(S['kommunnamn'])}"></a>
{search_form(S, 'c-search')}
{_icons(S)}<button class="c-button c-button--menu" data-toggle="drawer" aria-controls="drawer" aria-expanded="false">Meny</button></div>
</header>
<div class="c-drawer" id="drawer" hidden><nav class="c-drawer__nav" aria-label="Huvudmeny"><ul class="c-nav c-nav--vertical">{''.join(items)}</ul></nav></div>
<main class="site-main" id="main-content">
{main}
</main>
<footer class="site-footer c-footer">{footer_inner(S)}</footer>
<script src="/wp-content/themes/municipio/assets/dist/js/app.js"></script>
<script>{SCRIPT}</script>
</body>
</html>
"""


def bootstrap(S, title, main, front):
    m = menu(S)
    items = []
    for i, (lab, href, subs) in enumerate(m):
        if subs:
            sub = "".join(f'<li><a class="dropdown-item" href="{h}">{esc(t)}</a></li>' for t, h in subs)
            items.append(f'<li class="nav-item dropdown"><a class="nav-link" href="{href}">{esc(lab)}</a>'
                         f'<button class="btn dropdown-toggle" data-toggle="dd{i}" aria-expanded="false"><span class="visually-hidden">Undermeny</span></button>'
                         f'<ul class="dropdown-menu" id="dd{i}" hidden>{sub}</ul></li>')
        else:
            items.append(f'<li class="nav-item"><a class="nav-link" href="{href}">{esc(lab)}</a></li>')
    top = "".join(f'<li class="list-inline-item"><a href="{h}"{a}>{esc(t)}</a></li>' for t, h, a in topbar_links(S))
    return f"""{head(S, title, front)}
<body>
<div class="cookie alert alert-dark fixed-bottom mb-0"><p>{COOKIE_TEXT}</p><button class="btn btn-light">Godkänn</button><button class="btn btn-outline-light">Neka</button></div>
<header>
<div class="bg-light py-1"><div class="container"><ul class="list-inline mb-0 small">{top}</ul></div></div>
<nav class="navbar navbar-expand-lg navbar-light">
<div class="container"><a class="navbar-brand" href="/"><img src="/img/logo.svg" alt="{esc(S['kommunnamn'])}" height="40"></a>
{search_form(S, 'd-flex')}{_icons(S)}
<button class="navbar-toggler" data-toggle="navbarMain" aria-expanded="false" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="navbarMain"><ul class="navbar-nav">{''.join(items)}</ul></div></div>
</nav>
</header>
<main class="container py-4">
{main}
</main>
<footer class="bg-dark text-light py-4"><div class="container"><div class="row">{footer_inner(S).replace('<div class="f-col">', '<div class="col-md-4">')}</div></div></footer>
<script src="/js/bootstrap.bundle.min.js"></script>
<script>{SCRIPT}</script>
</body>
</html>
"""


def drupal(S, title, main, front):
    m = menu(S)
    items = []
    for _i, (lab, href, subs) in enumerate(m):
        sub = "".join(f'<li class="menu-item"><a href="{h}">{esc(t)}</a></li>' for t, h in subs)
        items.append(f'<li class="menu-item menu-item--expanded"><a href="{href}">{esc(lab)}</a>'
                     f'<ul class="menu menu--level-2" hidden>{sub}</ul></li>' if subs else
                     f'<li class="menu-item"><a href="{href}">{esc(lab)}</a></li>')
    top = "".join(f'<li class="menu-item"><a href="{h}"{a}>{esc(t)}</a></li>' for t, h, a in topbar_links(S))
    return f"""{head(S, title, front)}
<body class="path-frontpage">
<div class="cookie eu-cookie-compliance-banner"><div class="eu-cookie-compliance-message"><p>{COOKIE_TEXT}</p></div><button>OK, jag godkänner</button><button>Nej tack</button></div>
<div class="dialog-off-canvas-main-canvas">
<div class="region region-header" role="banner">
<div class="block block-menu block--topbar"><ul class="menu">{top}</ul></div>
<div class="block block-system-branding-block"><a href="/" rel="home"><img src="/themes/custom/kommun/logo.svg" alt="Hem – {esc(S['kommunnamn'])}"></a></div>
<div class="block block-search">{search_form(S, 'search-block-form')}</div>{_icons(S)}
</div>
<div class="region region-primary-menu" role="navigation" aria-label="Huvudnavigering"><ul class="menu menu--main">{''.join(items)}</ul></div>
<div class="region region-content" role="main">
{main}
</div>
<div class="region region-footer" role="contentinfo">{footer_inner(S).replace('<div class="f-col">', '<div class="block block-block-content">')}</div>
</div>
<script>{SCRIPT}</script>
</body>
</html>
"""


def custom(S, title, main, front):
    m = menu(S)
    items = []
    for lab, href, subs in m:
        sub = "".join(f'<x-item><a href="{h}">{esc(t)}</a></x-item>' for t, h in subs)
        items.append(f'<x-item level="1"><a href="{href}">{esc(lab)}</a><x-submenu hidden>{sub}</x-submenu></x-item>' if subs else
                     f'<x-item level="1"><a href="{href}">{esc(lab)}</a></x-item>')
    top = "".join(f'<a href="{h}"{a}>{esc(t)}</a>' for t, h, a in topbar_links(S))
    return f"""{head(S, title, front)}
<body>
<x-cookie class="cookie"><p>{COOKIE_TEXT}</p><button>Godkänn</button><button>Inställningar</button></x-cookie>
<x-toolbar>{top}</x-toolbar>
<x-header>
<x-logo><a href="/"><img src="/assets/logo.svg" alt="{esc(S['kommunnamn'])} startsida"></a></x-logo>
<x-search>{search_form(S, 'x-search-form')}</x-search>{_icons(S)}
</x-header>
<x-nav>{''.join(items)}</x-nav>
<x-main>
{main}
</x-main>
<x-footer>{footer_inner(S).replace('<div class="f-col">', '<x-col>').replace('</div>', '</x-col>')}</x-footer>
<script>customElements.define('x-item', class extends HTMLElement {{}});
customElements.define('x-submenu', class extends HTMLElement {{}});</script>
<script>{SCRIPT}</script>
</body>
</html>
"""


def aria(S, title, main, front):
    """Divs with ARIA roles only; banner after main in the source, put on top by CSS order."""
    m = menu(S)
    items = []
    for i, (lab, href, subs) in enumerate(m):
        sub = "".join(f'<div role="listitem"><a href="{h}">{esc(t)}</a></div>' for t, h in subs)
        items.append(f'<div role="listitem" class="n1"><a href="{href}">{esc(lab)}</a>'
                     f'<div role="button" tabindex="0" data-toggle="r{i}" aria-expanded="false" aria-label="Undermeny {esc(lab)}">+</div>'
                     f'<div role="list" id="r{i}" hidden>{sub}</div></div>' if subs else
                     f'<div role="listitem" class="n1"><a href="{href}">{esc(lab)}</a></div>')
    top = "".join(f'<span role="listitem"><a href="{h}"{a}>{esc(t)}</a></span>' for t, h, a in topbar_links(S))
    return f"""{head(S, title, front)}
<body>
<div class="wrap" style="display:flex;flex-direction:column">
<div class="cookie" role="dialog" aria-label="Kakor" style="order:0"><p>{COOKIE_TEXT}</p><button>Godkänn</button><button>Avböj</button></div>
<div role="main" class="p3" style="order:3">
{main}
</div>
<div role="banner" class="p1" style="order:1">
<div role="list" class="p1t">{top}</div>
<div class="p1l"><a href="/"><img src="/bilder/logo.svg" alt="{esc(S['kommunnamn'])}"></a></div>
<div role="search">{search_form(S, 'p1s')}</div>{_icons(S)}
</div>
<div role="navigation" aria-label="Huvudmeny" class="p2" style="order:2"><div role="list">{''.join(items)}</div></div>
<div role="contentinfo" class="p9" style="order:9">{footer_inner(S)}</div>
</div>
<script>{SCRIPT}</script>
</body>
</html>
"""


def table(S, title, main, front):
    """2000s table layout with <font>; served as ISO-8859-1."""
    m = menu(S)
    rows = []
    for lab, href, subs in m:
        sub = "".join(f'<br>&nbsp;&nbsp;<a href="{h}"><font size="1">{esc(t)}</font></a>' for t, h in subs)
        rows.append(f'<tr><td class="mnu"><a href="{href}"><b>{esc(lab)}</b></a><span class="sub" style="display:none">{sub}</span></td></tr>')
    top = " &middot; ".join(f'<a href="{h}"{a}>{esc(t)}</a>' for t, h, a in topbar_links(S))
    return f"""{head(S, title, front, charset='iso-8859-1')}
<body bgcolor="#ffffff" leftmargin="0" topmargin="0">
<div class="cookie"><font face="Verdana" size="1">{COOKIE_TEXT} <a href="/om-kakor/">Mer om kakor</a></font> <button>OK</button></div>
<table width="960" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#003a70"><font face="Verdana" size="1" color="#ffffff">{top}</font></td></tr>
<tr><td width="220"><a href="/"><img src="/bilder/logga.gif" alt="{esc(S['kommunnamn'])}" border="0"></a></td>
<td align="right">{search_form(S, 'sok')}{_icons(S)}</td></tr>
<tr><td width="220" valign="top" bgcolor="#eef3f8"><table width="100%" cellpadding="4">{''.join(rows)}</table></td>
<td valign="top"><font face="Verdana" size="2">
{main}
</font></td></tr>
<tr><td colspan="2" bgcolor="#e6e6e6"><font face="Verdana" size="1">{footer_inner(S).replace('<div class="f-col">', '<div class="fcol">')}</font></td></tr>
</table>
<script>{SCRIPT}</script>
</body>
</html>
"""


def episerver(S, title, main, front):
    m = menu(S)
    items = []
    for _i, (lab, href, subs) in enumerate(m):
        sub = "".join(f'<li class="MainMenu__subitem"><a href="{h}">{esc(t)}</a></li>' for t, h in subs)
        items.append(f'<li class="MainMenu__item"><a class="MainMenu__link" href="{href}">{esc(lab)}</a>'
                     f'<ul class="MainMenu__dropdown" aria-hidden="true">{sub}</ul></li>' if subs else
                     f'<li class="MainMenu__item"><a class="MainMenu__link" href="{href}">{esc(lab)}</a></li>')
    top = "".join(f'<li class="ServiceMenu__item"><a href="{h}"{a}>{esc(t)}</a></li>' for t, h, a in topbar_links(S))
    return f"""{head(S, title, front)}
<body>
<div class="cookie CookieBar" data-epi-type="cookiebar"><p>{COOKIE_TEXT}</p><button>Tillåt alla</button><button>Endast nödvändiga</button></div>
<header class="Header">
<ul class="ServiceMenu">{top}</ul>
<div class="Header__inner"><a class="Header__logo" href="/"><img src="/globalassets/logo.svg" alt="{esc(S['kommunnamn'])}"></a>
{search_form(S, 'Header__search')}{_icons(S)}</div>
<nav class="MainMenu" aria-label="Huvudmeny"><ul class="MainMenu__list">{''.join(items)}</ul></nav>
</header>
<main class="PageArea" data-epi-area="main">
{main}
</main>
<footer class="Footer">{footer_inner(S)}</footer>
<script>{SCRIPT}</script>
</body>
</html>
"""


FAMILIES = {"semantic": semantic, "soup": soup, "sitevision": sitevision, "municipio": municipio,
            "bootstrap": bootstrap, "drupal": drupal, "custom": custom, "aria": aria, "table": table,
            "episerver": episerver}
