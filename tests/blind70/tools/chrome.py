"""Markup families for blind70 (typing aid). Each family wraps the same parts differently."""
from __future__ import annotations

import html

E = html.escape

AREAS = [
    ("Barn och utbildning", ["Förskola", "Ansök om förskoleplats", "Pedagogisk omsorg", "Grundskola", "Skolval",
                             "Fritidshem", "Anpassad grundskola", "Gymnasieskola", "Vuxenutbildning",
                             "SFI – svenska för invandrare", "Skolskjuts", "Skolmat", "Elevhälsa", "Modersmål",
                             "Avgifter för barnomsorg", "Studie- och yrkesvägledning", "Kulturskolan",
                             "Lov och ledigheter"]),
    ("Omsorg och stöd", ["Äldreomsorg", "Hemtjänst", "Särskilt boende", "Trygghetslarm", "Anhörigstöd", "Färdtjänst",
                         "Riksfärdtjänst", "Funktionsnedsättning", "Stöd enligt LSS", "Ekonomiskt bistånd",
                         "Budget- och skuldrådgivning", "Missbruk och beroende", "Våld i nära relationer",
                         "Familjerådgivning", "Stöd till barn och unga", "Bostadsanpassning",
                         "Dödsfall och begravning", "Överförmyndare"]),
    ("Bygga, bo och miljö", ["Bygglov", "Anmälan och startbesked", "Detaljplaner", "Kartor och mätning",
                             "Avfall och återvinning", "Sophämtning", "Återvinningscentraler", "Vatten och avlopp",
                             "Enskilt avlopp", "Energi- och klimatrådgivning", "Miljö och hälsa", "Livsmedel",
                             "Buller", "Naturvård", "Bostäder", "Tomter", "Radon", "Strandskydd"]),
    ("Trafik och infrastruktur", ["Gator och vägar", "Parkering", "Parkeringstillstånd", "Snöröjning",
                                  "Gatubelysning", "Felanmälan", "Cykel", "Kollektivtrafik", "Trafiksäkerhet",
                                  "Vägarbeten", "Gång- och cykelvägar", "Enskilda vägar", "Flyttade fordon",
                                  "Torghandel", "Grävtillstånd", "Lokala trafikföreskrifter"]),
    ("Kultur och fritid", ["Bibliotek", "Idrott och motion", "Badhus", "Friluftsliv", "Föreningsstöd",
                           "Lokalbokning", "Evenemang", "Konsthall", "Museum", "Fritidsgårdar", "Kulturarv",
                           "Lekplatser", "Badplatser", "Spår och leder", "Stipendier och priser"]),
    ("Näringsliv och arbete", ["Starta företag", "Tillstånd för företag", "Serveringstillstånd", "Upphandling",
                               "Lediga jobb", "Feriearbete", "Arbetsmarknadsinsatser", "Etablera dig",
                               "Mark och lokaler", "Näringslivsrådet", "Praktik", "Sommarjobb", "Lärlingar"]),
    ("Kommun och politik", ["Kommunfullmäktige", "Kommunstyrelsen", "Nämnder", "Politiker",
                            "Sammanträden och handlingar", "Val", "Budget och ekonomi", "Styrdokument",
                            "Organisation", "Förvaltningar", "Kommunala bolag", "Statistik",
                            "Allmänna handlingar", "Diarium", "Synpunkter och klagomål", "Medborgardialog",
                            "Överklaga beslut", "Visselblåsning", "Press och media", "Om kommunen"]),
]


def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), (",", ""), ("–", ""), (" - ", "-")):
        t = t.replace(a, b)
    out = []
    for ch in t:
        out.append(ch if ch.isalnum() else "-")
    return "-".join(p for p in "".join(out).split("-") if p)


def build_menu(site: dict) -> list[tuple[str, str, list[tuple[str, str]]]]:
    pre = site.get("prefix", "")
    over = site.get("href_over", {})
    add = site.get("menu_add", {})
    menu = []
    for area, subs in AREAS:
        a = slug(area)
        items = []
        for s in subs:
            items.append((s, over.get((area, s), f"{pre}/{a}/{slug(s)}/")))
        items += add.get(area, [])
        menu.append((area, over.get((area, None), f"{pre}/{a}/"), items))
    menu += site.get("extra_top", [])
    return menu


COOKIE = ('<div class="cookie-consent" id="cookieBanner"><p>Vi använder kakor (cookies) för att webbplatsen ska '
          'fungera bra för dig och för att mäta hur den används. <a href="{pre}/om-kakor/">Läs mer om kakor</a></p>'
          '<button type="button" onclick="document.getElementById(\'cookieBanner\').remove()">Godkänn alla</button> '
          '<button type="button" onclick="document.getElementById(\'cookieBanner\').remove()">Bara nödvändiga</button></div>')

STYLE = ("<style>body{font-family:Arial,sans-serif;margin:0;color:#222}a{color:#0b4f8a}.hidden{display:none}"
         ".cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #ccc;padding:1rem;width:14rem}"
         ".cookie-consent{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:2px solid #0b4f8a;padding:1rem}"
         "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}</style>")

SCRIPT = ("<script>document.querySelectorAll('[data-toggle]').forEach(function(b){b.addEventListener('click',"
          "function(){var t=document.getElementById(b.getAttribute('data-toggle'));if(t){t.hidden=!t.hidden;"
          "b.setAttribute('aria-expanded',String(!t.hidden));}});});</script>")


def links(items, cls=""):
    c = f' class="{cls}"' if cls else ""
    return "".join(f'<li{c}><a href="{E(h)}">{E(t)}</a></li>' for t, h in items)


def front_main(site: dict) -> str:
    """The main content of the front page (family independent inner HTML; families wrap it)."""
    pre = site.get("prefix", "")
    cards = "".join(f'<li class="card"><a href="{E(h)}">{t}</a></li>' for t, h in site["cards"])
    news = "".join(f'<li class="teaser"><a href="{E(h)}"><span class="date">{d}</span> {t}</a></li>'
                   for t, h, d in site["teasers"])
    extra = site.get("front_extra", "")
    return f"""<section class="hero" aria-label="Välkommen">
<h1 class="visually-hidden">Välkommen till {E(site['kname'])}</h1>
<h2>{site['hero_h']}</h2>
<p>{site['hero_p']}</p>
<ul class="cards">{cards}</ul>
</section>
<section class="driftinfo"><h2>Driftinformation</h2><p>Vattenavstängning på {site['street']} tisdag kl. 9–13. <a href="{pre}/driftinformation/">All driftinformation</a></p></section>
<section class="news"><h2>Nyheter</h2><ul>{news}</ul><p><a href="{pre}/nyheter/">Fler nyheter</a></p></section>
{extra}
<section class="eservices"><h2>Populära e-tjänster</h2><ul>
<li><a href="{pre}/e-tjanster/forskoleplats/">Ansök om förskoleplats</a></li>
<li><a href="{pre}/e-tjanster/bygglov/">Ansök om bygglov</a></li>
<li><a href="{pre}/e-tjanster/felanmalan/">Gör en felanmälan</a></li>
<li><a href="{pre}/e-tjanster/">Alla e-tjänster</a></li></ul></section>
<section class="events"><h2>Evenemang</h2><ul>
<li><a href="{pre}/evenemang/julmarknad/">Julmarknad på torget, 14 december</a></li>
<li><a href="{pre}/evenemang/konsert/">Konsert med kulturskolan, 18 december</a></li></ul>
<p><a href="{pre}/evenemang/">Alla evenemang</a> · <a href="{pre}/naringsliv-och-arbete/lediga-jobb/">Lediga jobb</a> · <a href="{pre}/a-o/">A–Ö</a></p></section>"""


def inner_main(site: dict, h1: str, body: str, crumbs: list[tuple[str, str]]) -> str:
    pre = site.get("prefix", "")
    bc = " › ".join([f'<a href="{pre}/">Startsida</a>'] + [f'<a href="{E(h)}">{E(t)}</a>' for t, h in crumbs])
    return f'<div class="breadcrumbs">{bc}</div>\n<article>\n<h1>{h1}</h1>\n{body}\n</article>'


def footer_inner(site: dict) -> str:
    pre = site.get("prefix", "")
    f = site["foot"]
    extra = site.get("footer_extra", "")
    return f"""<div class="contact"><h2>{E(site['kname'])}</h2>
<p>Postadress: {f['post']}<br>Besöksadress: {f['visit']}</p>
<p>Växel: <a href="tel:{f['tel'].replace(' ', '').replace('-', '')}">{f['tel']}</a><br>
E-post: <a href="mailto:{f['mail']}">{f['mail']}</a><br>Org.nr: {f['org']}</p></div>
{extra}
<ul class="footer-links"><li><a href="{pre}/tillganglighet/">Tillgänglighetsredogörelse</a></li>
<li><a href="{pre}/om-kakor/">Om kakor</a></li><li><a href="{pre}/personuppgifter/">Personuppgifter</a></li>
<li><a href="{pre}/naringsliv-och-arbete/lediga-jobb/">Jobba hos oss</a></li><li><a href="{pre}/press/">Press</a></li></ul>
<p class="social"><a href="{pre}/sociala-medier/">Följ oss i sociala medier</a></p>"""


def search_form(site):
    pre = site.get("prefix", "")
    if site["search"]["path"] == f"{pre}/" and site["search"]["param"] == "s":
        return (f'<form class="search" action="{pre}/" method="get" role="search"><label for="s">Sök</label>'
                '<input type="search" id="s" name="s"><button type="submit">Sök</button></form>')
    return (f'<form class="search" action="{site["search"]["path"]}" method="get" role="search">'
            f'<label for="q">Sök på webbplatsen</label><input type="search" id="q" name="{site["search"]["param"]}">'
            '<button type="submit">Sök</button></form>')


def head(site, title, charset="utf-8", jsonld=""):
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{charset}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{E(title)}</title>\n'
            f'<meta name="description" content="{E(site["kname"])} – information och e-tjänster för dig som bor och verkar här.">\n'
            f'{STYLE}\n{jsonld}</head>\n')


def topbar_items(site):
    return site["topbar"]


# ---------------------------------------------------------------------------- families

def semantic(site, main, title, jsonld=""):
    pre = site.get("prefix", "")
    menu = build_menu(site)
    nav = "".join(f'<li class="nav-item"><a href="{E(h)}">{E(t)}</a><ul class="sub">{links(s)}</ul></li>'
                  for t, h, s in menu)
    return head(site, title, jsonld=jsonld) + f"""<body>
{COOKIE.format(pre=pre)}
<a class="skip" href="#main">Till innehållet</a>
<header class="site-header">
<div class="topbar"><ul>{links(site['topbar'])}</ul></div>
<a class="logo" href="{pre}/"><img src="{pre}/images/logo.svg" alt="{E(site['kname'])} – till startsidan"></a>
{search_form(site)}
</header>
<nav class="primary" aria-label="Huvudmeny"><ul>{nav}</ul></nav>
<main id="main">
{main}
</main>
<footer class="site-footer">
{footer_inner(site)}
</footer>
{SCRIPT}
</body>
</html>
"""


def sitevision(site, main, title, jsonld=""):
    pre = site.get("prefix", "")
    menu = build_menu(site)
    parts = []
    for i, (t, h, s) in enumerate(menu):
        half = (len(s) + 1) // 2
        cols = (f'<div class="sv-column"><ul>{links(s[:half])}</ul></div>'
                f'<div class="sv-column"><ul>{links(s[half:])}</ul></div>')
        parts.append(f'<li class="sv-mega-item"><a href="{E(h)}">{E(t)}</a>'
                     f'<button type="button" class="sv-mega-toggle" data-toggle="mega{i}" aria-expanded="false" '
                     f'aria-label="Visa undermeny för {E(t)}">+</button>'
                     f'<div class="sv-mega-panel" id="mega{i}" hidden>{cols}</div></li>')
    return head(site, title, jsonld=jsonld) + f"""<body>
<div class="sv-layout" id="svid10_1">
{COOKIE.format(pre=pre)}
<div class="sv-layout sv-template-layout" id="svid10_head">
<div class="sv-portlet sv-toolbar"><ul class="sv-toolbar-list">{links(site['topbar'])}</ul></div>
<div class="sv-portlet sv-image-portlet"><a href="{pre}/"><img src="{pre}/images/18.5c1d2e/logo.svg" alt="{E(site['kname'])}"></a></div>
<div class="sv-portlet sv-searchform-portlet">{search_form(site)}</div>
<div class="sv-portlet sv-megamenu"><ul class="sv-mega-list">{''.join(parts)}</ul></div>
</div>
<div class="sv-layout" id="svid10_content"><div class="sv-portlet sv-text-portlet">
{main}
</div></div>
<div class="sv-layout" id="svid10_foot"><div class="sv-portlet sv-text-portlet">
{footer_inner(site)}
</div></div>
</div>
{SCRIPT}
</body>
</html>
"""


def municipio(site, main, title, jsonld=""):
    pre = site.get("prefix", "")
    menu = build_menu(site)
    nav = "".join(f'<li class="c-drawer__item"><a href="{E(h)}">{E(t)}</a><ul class="c-drawer__sub">{links(s)}</ul></li>'
                  for t, h, s in menu)
    return head(site, title, jsonld=jsonld) + f"""<body class="wp-theme-municipio">
{COOKIE.format(pre=pre)}
<header class="c-header" id="site-header">
<div class="c-header__top"><ul class="c-header__links">{links(site['topbar'])}</ul></div>
<div class="c-header__main"><a class="c-header__logo" href="{pre}/"><img src="{pre}/wp-content/uploads/logo.svg" alt="{E(site['kname'])}"></a>
{search_form(site)}
<button type="button" class="c-button c-button--menu" data-toggle="drawer" aria-expanded="false" aria-controls="drawer">Meny</button></div>
</header>
<div class="c-drawer" id="drawer" hidden><nav aria-label="Huvudmeny"><ul class="c-drawer__list">{nav}</ul></nav></div>
<main id="main-content" class="o-container">
{main}
</main>
<footer class="c-footer">
{footer_inner(site)}
</footer>
{SCRIPT}
</body>
</html>
"""


def bootstrap(site, main, title, jsonld=""):
    pre = site.get("prefix", "")
    menu = build_menu(site)
    nav = "".join(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{E(h)}" data-bs-toggle="dropdown">{E(t)}</a>'
                  f'<ul class="dropdown-menu">{links(s, "dropdown-item")}</ul></li>' for t, h, s in menu)
    return head(site, title, jsonld=jsonld) + f"""<body>
{COOKIE.format(pre=pre)}
<div class="container-fluid bg-light py-1"><ul class="nav justify-content-end small">{links(site['topbar'], 'nav-item')}</ul></div>
<header class="container d-flex align-items-center py-3"><a class="navbar-brand" href="{pre}/"><img src="{pre}/static/img/logo.svg" alt="{E(site['kname'])}" height="48"></a>
<div class="ms-auto">{search_form(site)}</div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><ul class="navbar-nav">{nav}</ul></div></nav>
<main class="container py-4">
{main}
</main>
<footer class="bg-dark text-white py-4"><div class="container">
{footer_inner(site)}
</div></footer>
{SCRIPT}
</body>
</html>
"""


def table(site, main, title, jsonld=""):
    pre = site.get("prefix", "")
    menu = build_menu(site)
    nav = "".join(f'<tr><td bgcolor="#dde6ee"><font face="Verdana" size="2"><b><a href="{E(h)}">{E(t)}</a></b><br>'
                  + "<br>".join(f'&nbsp;&nbsp;<a href="{E(sh)}">{E(st)}</a>' for st, sh in s) + "</font></td></tr>"
                  for t, h, s in menu)
    top = " | ".join(f'<a href="{E(h)}">{E(t)}</a>' for t, h in site["topbar"])
    return head(site, title, charset="iso-8859-1", jsonld=jsonld) + f"""<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
{COOKIE.format(pre=pre)}
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#0b4f8a"><font face="Verdana" size="1" color="#ffffff">{top}</font></td></tr>
<tr><td width="220"><a href="{pre}/"><img src="{pre}/bilder/logo.gif" alt="{E(site['kname'])}" border="0"></a></td>
<td align="right">{search_form(site)}</td></tr>
<tr><td width="220" valign="top"><table width="220" cellpadding="4" cellspacing="1">{nav}</table></td>
<td valign="top"><font face="Verdana" size="2">
{main}
</font></td></tr>
<tr><td colspan="2" bgcolor="#e6e6e6"><font face="Verdana" size="1">
{footer_inner(site)}
</font></td></tr>
</table>
{SCRIPT}
</body>
</html>
"""


def custom(site, main, title, jsonld=""):
    pre = site.get("prefix", "")
    menu = build_menu(site)
    nav = "".join(f'<x-item><a href="{E(h)}">{E(t)}</a><x-sub>'
                  + "".join(f'<x-item level="2"><a href="{E(sh)}">{E(st)}</a></x-item>' for st, sh in s)
                  + "</x-sub></x-item>" for t, h, s in menu)
    top = "".join(f'<x-link><a href="{E(h)}">{E(t)}</a></x-link>' for t, h in site["topbar"])
    return head(site, title, jsonld=jsonld) + f"""<body>
{COOKIE.format(pre=pre)}
<x-toolbar>{top}</x-toolbar>
<x-header><x-logo><a href="{pre}/"><img src="{pre}/assets/logo.svg" alt="{E(site['kname'])} startsida"></a></x-logo>
<x-search>{search_form(site)}</x-search></x-header>
<x-nav>{nav}</x-nav>
<x-main>
{main}
</x-main>
<x-footer>
{footer_inner(site)}
</x-footer>
<script>customElements.define('x-item', class extends HTMLElement {{}});</script>
{SCRIPT}
</body>
</html>
"""


def aria(site, main, title, jsonld=""):
    pre = site.get("prefix", "")
    menu = build_menu(site)
    nav = "".join(f'<div class="m1"><a href="{E(h)}">{E(t)}</a><div class="m2">'
                  + "".join(f'<a href="{E(sh)}">{E(st)}</a>' for st, sh in s) + "</div></div>" for t, h, s in menu)
    top = "".join(f'<a href="{E(h)}">{E(t)}</a> ' for t, h in site["topbar"])
    return head(site, title, jsonld=jsonld) + f"""<body><div class="wrap" style="display:flex;flex-direction:column">
{COOKIE.format(pre=pre)}
<div role="main" style="order:3">
{main}
</div>
<div role="banner" style="order:1"><div class="tb">{top}</div>
<a href="{pre}/"><img src="{pre}/gfx/logo.svg" alt="{E(site['kname'])}"></a>
<div role="search">{search_form(site)}</div></div>
<div role="navigation" aria-label="Huvudmeny" style="order:2">{nav}</div>
<div role="contentinfo" style="order:4">
{footer_inner(site)}
</div>
</div>
{SCRIPT}
</body>
</html>
"""


def soup(site, main, title, jsonld=""):
    pre = site.get("prefix", "")
    menu = build_menu(site)
    nav = "".join(f'<div class="k3"><a href="{E(h)}">{E(t)}</a><div class="k4">'
                  + "".join(f'<div class="k5"><a href="{E(sh)}">{E(st)}</a></div>' for st, sh in s)
                  + "</div></div>" for t, h, s in menu)
    top = "".join(f'<div class="zz"><a href="{E(h)}">{E(t)}</a></div>' for t, h in site["topbar"])
    return head(site, title, jsonld=jsonld) + f"""<body>
{COOKIE.format(pre=pre)}
<div class="q1"><div class="q1a">{top}</div>
<div class="q2"><a href="{pre}/"><img src="{pre}/img/l.svg" alt="{E(site['kname'])}"></a></div>
<div class="q3">{search_form(site)}</div></div>
<div class="q4">{nav}</div>
<div class="box7">
{main}
</div>
<div class="q8">
{footer_inner(site)}
</div>
{SCRIPT}
</body>
</html>
"""


def episerver(site, main, title, jsonld=""):
    pre = site.get("prefix", "")
    menu = build_menu(site)
    nav = "".join(f'<li class="MainMenu__item"><a href="{E(h)}">{E(t)}</a><div class="MainMenu__dropdown" aria-hidden="true">'
                  f'<ul>{links(s)}</ul></div></li>' for t, h, s in menu)
    return head(site, title, jsonld=jsonld) + f"""<body>
{COOKIE.format(pre=pre)}
<div class="ServiceMenu"><ul>{links(site['topbar'])}</ul></div>
<div class="Header"><a class="Header__logo" href="{pre}/"><img src="{pre}/globalassets/logo.svg" alt="{E(site['kname'])}"></a>
<div class="Header__search">{search_form(site)}</div></div>
<div class="MainMenu"><ul class="MainMenu__list">{nav}</ul></div>
<div class="PageArea" data-epi-area="MainContent">
{main}
</div>
<div class="Footer">
{footer_inner(site)}
</div>
{SCRIPT}
</body>
</html>
"""


def drupal(site, main, title, jsonld=""):
    pre = site.get("prefix", "")
    menu = build_menu(site)
    nav = "".join(f'<li class="menu-item menu-item--expanded"><a href="{E(h)}">{E(t)}</a><ul class="menu">{links(s, "menu-item")}</ul></li>'
                  for t, h, s in menu)
    return head(site, title, jsonld=jsonld) + f"""<body class="path-frontpage">
{COOKIE.format(pre=pre)}
<div class="dialog-off-canvas-main-canvas">
<div class="region region-secondary-menu"><ul class="menu">{links(site['topbar'])}</ul></div>
<div class="region region-header"><div class="block block-system-branding-block"><a href="{pre}/" rel="home"><img src="{pre}/sites/default/files/logo.svg" alt="{E(site['kname'])}"></a></div>
<div class="block block-search">{search_form(site)}</div></div>
<div class="region region-primary-menu" role="navigation" aria-label="Huvudmeny"><ul class="menu">{nav}</ul></div>
<div class="region region-content" role="main">
{main}
</div>
<div class="region region-footer" role="contentinfo">
{footer_inner(site)}
</div>
</div>
{SCRIPT}
</body>
</html>
"""


FAMILIES = {"semantic": semantic, "sitevision": sitevision, "municipio": municipio, "bootstrap": bootstrap,
            "table": table, "custom": custom, "aria": aria, "soup": soup, "episerver": episerver, "drupal": drupal}
