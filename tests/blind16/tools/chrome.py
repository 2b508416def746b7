"""Six CMS markup families for blind16 (typing aid; the files in sites/ are the corpus)."""
import html as H
import json
import zlib

from common import AO, AREAS, ESERVICES, EVENTS, FOOTER_COLS, TOPBAR, slug

E = H.escape
REAL_COLS = {("Kommun och politik", "Om kommunen"), ("Kommun och politik", "Politik och demokrati"),
             ("Omsorg och stod", "Äldre"), ("Omsorg och stöd", "Äldre"),
             ("Näringsliv och arbete", "Starta och driva företag")}
REAL_ITEMS = {("Bygga, bo och miljö", "Bygglov"): "/bygga-bo-och-miljo/bygglov/",
              ("Arbete", "Lediga jobb"): "/lediga-jobb/", ("Föreningar", "Evenemangskalender"): "/evenemang/"}


def area_href(a):
    return f"/{slug(a)}/"


def col_href(a, c):
    return f"/{slug(a)}/{slug(c)}/"


def item_href(a, c, i):
    return REAL_ITEMS.get((a, i)) or REAL_ITEMS.get((c, i)) or f"/{slug(a)}/{slug(i)}/"


def menu_model(site):
    """[(area, href, [(col, colhref, [(text, href)])])] with the site's extra items."""
    out = []
    for ai, (a, cols) in enumerate(AREAS):
        cl = []
        for ci, (c, items) in enumerate(cols):
            its = [(i, item_href(a, c, i)) for i in items]
            its += site.get("mega_extra", {}).get((ai, ci), [])
            cl.append((c, col_href(a, c), its))
        for extra in site.get("mega_extra_cols", {}).get(ai, []):
            cl.append(extra)
        out.append((a, area_href(a), cl))
    return out


CSS = """
:root{--brand:%s;--ink:#1b1b1b;--muted:#5b5b5b;--bg:#f6f5f2}
*{box-sizing:border-box}body{margin:0;font-family:"Source Sans Pro",Arial,sans-serif;color:var(--ink);background:#fff;line-height:1.5}
a{color:var(--brand)}a:hover{text-decoration:none}.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:99}
.cookie{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:1rem;z-index:50}.cookie a{color:#fff}
.topbar{background:var(--bg);font-size:.875rem}.topbar ul{display:flex;gap:1rem;list-style:none;margin:0;padding:.25rem 1rem;justify-content:flex-end}
.logo img{height:56px}.search input{padding:.5rem;border:1px solid #999;min-width:18rem}
.mega{display:flex;gap:0;list-style:none;margin:0;padding:0;background:var(--brand)}.mega>li>a,.mega>li>button{color:#fff;padding:1rem;display:block;background:none;border:0;font:inherit}
.panel{position:absolute;left:0;right:0;background:#fff;box-shadow:0 8px 16px rgba(0,0,0,.2);padding:2rem;display:grid;grid-template-columns:repeat(4,1fr);gap:2rem}
.panel[hidden],[aria-hidden=true].panel{display:none}.panel h3{font-size:1rem;margin:0 0 .5rem}.panel ul{list-style:none;margin:0;padding:0}
.hero{background:var(--bg);padding:3rem 1rem;position:relative}.hero h1{font-size:2.5rem;margin:0 0 1rem}.cards{display:grid;grid-template-columns:repeat(4,1fr);gap:1rem}
.card{background:#fff;border-radius:4px;padding:1rem;box-shadow:0 1px 3px rgba(0,0,0,.15)}.news{display:grid;grid-template-columns:repeat(3,1fr);gap:1.5rem}
.events li{display:flex;gap:1rem}.date{font-weight:700;min-width:4rem}.ao ul{columns:4;list-style:none;padding:0}.letters{display:flex;gap:.4rem;flex-wrap:wrap}
.footer{background:#23303b;color:#fff;padding:2rem 1rem;margin-top:3rem}.footer a{color:#fff}.footer-cols{display:grid;grid-template-columns:repeat(4,1fr);gap:2rem}
.breadcrumb ol{display:flex;gap:.5rem;list-style:none;padding:0;font-size:.875rem}.breadcrumb li+li:before{content:"/";margin-right:.5rem}
.driftinfo{border-left:6px solid #c60;background:#fff4e5;padding:1rem}.sidebar{background:var(--bg);padding:1rem}
.contact-card{border:1px solid #ddd;padding:1rem;border-radius:4px}.tbl{border-collapse:collapse}.tbl td,.tbl th{border:1px solid #ccc;padding:.25rem .5rem}
@media (max-width:800px){.panel,.cards,.news,.footer-cols{grid-template-columns:1fr}.mega{flex-direction:column}}
"""

COOKIE_JS = """
(function(){var b=document.getElementById('cookie-consent');if(!b)return;if(document.cookie.indexOf('cc=1')>-1){b.hidden=true}
b.addEventListener('click',function(e){if(e.target.tagName==='BUTTON'){document.cookie='cc=1;path=/;max-age=31536000';b.hidden=true}})})();
document.querySelectorAll('[data-toggle]').forEach(function(t){t.addEventListener('click',function(){var p=document.getElementById(t.getAttribute('data-toggle'));
var o=t.getAttribute('aria-expanded')==='true';t.setAttribute('aria-expanded',String(!o));if(p.hasAttribute('hidden')||o){p.toggleAttribute('hidden',o)}p.setAttribute('aria-hidden',String(o))})});
"""


def cookie(site):
    return (f'<div class="cookie" id="cookie-consent" role="dialog" aria-label="Kakor på {E(site["name"])}.se">'
            f'<p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. '
            f'Nödvändiga kakor kan inte väljas bort.</p><button type="button">Godkänn alla kakor</button> '
            f'<button type="button">Endast nödvändiga</button> <a href="/kakor/">Läs mer om kakor</a></div>')


def topbar_items(site):
    items = [(t, "/webbplatskarta/" if t == "Webbplatskarta" else f"/{slug(t)}/", "") for t in TOPBAR]
    return site.get("topbar_extra", []) + items


def footer_contact(site):
    s = site
    return (f'<p><strong>{E(s["gen"])} kommun</strong><br>{E(s["org"])}<br>Postadress: {E(s["post"])}<br>'
            f'Besöksadress: {E(s["visit"])}</p>'
            f'<p>Växel: <a href="tel:{s["tel"].replace("-", "").replace(" ", "")}">{E(s["tel"])}</a><br>'
            f'E-post: <a href="mailto:kommun@{s["dom"]}">kommun@{s["dom"]}</a><br>Org.nr: {E(s["orgnr"])}</p>')


def ao_block(tag="section", cls="ao"):
    letters = sorted({w[0] for w in AO}, key=lambda c: "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ".index(c))
    lt = "".join(f'<a href="/a-o/{ {"Å": "aa", "Ä": "ae", "Ö": "oe"}.get(c, c.lower())}/">{c}</a>' for c in letters)
    words = "".join(f'<li><a href="/a-o/{slug(w)}/">{E(w)}</a></li>' for w in AO)
    return f'<{tag} class="{cls}" aria-labelledby="ao-h"><h2 id="ao-h">A–Ö</h2><div class="letters">{lt}</div><ul>{words}</ul></{tag}>'


def front_sections(site, fam):
    """Main content of the front page after the hero: list of html sections."""
    s = site
    news = s["news"][:4]
    n_html = "".join(
        f'<article class="news-teaser"><img src="/images/nyhet-{i}.jpg" alt=""><p class="date">{E(d)}</p>'
        f'<h3><a href="/nyheter/{sl}/">{E(t)}</a></h3><p>{E(te)}</p></article>'
        for i, (sl, d, t, te, _b) in enumerate(news))
    ev = "".join(f'<li><span class="date">{E(d)}</span><a href="/evenemang/{slug(t)}/">{E(t)}</a></li>' for d, t in EVENTS)
    es = "".join(f'<li><a href="/e-tjanster/{slug(t)}/">{E(t)}</a></li>' for t in ESERVICES)
    secs = []
    secs.append(f'<section class="eservices" aria-labelledby="es-h"><h2 id="es-h">Populära e-tjänster</h2><ul class="eservice-list">{es}</ul>'
                f'<p><a href="/e-tjanster/">Alla e-tjänster</a></p></section>')
    secs.append(f'<section class="news-list" aria-labelledby="nh"><h2 id="nh">Nyheter</h2><div class="news">{n_html}</div>'
                f'<p><a href="/nyheter/">Fler nyheter</a></p></section>')
    secs.append(f'<section class="events" aria-labelledby="evh"><h2 id="evh">Evenemang</h2><ul>{ev}</ul><p><a href="/evenemang/">Se alla evenemang</a></p></section>')
    secs.append(f'<section class="driftinfo" aria-labelledby="dh"><h2 id="dh">Driftinformation</h2><ul>'
                f'<li><a href="/trafik-och-infrastruktur/vagarbeten/">Vägarbete på {E(s["street"])} vecka 50–52</a></li>'
                f'<li><a href="/bygga-bo-och-miljo/driftstorningar/">Spolning av vattenledningar i {E(s["village"])}</a></li></ul></section>')
    secs.append(f'<section class="jobs" aria-labelledby="jh"><h2 id="jh">Jobba hos oss</h2><p>Vi är en av de största arbetsgivarna i '
                f'{E(s["name"])} med över 2 000 medarbetare inom skola, vård och omsorg, teknik och kultur.</p>'
                f'<p><a href="/lediga-jobb/">Se alla lediga jobb</a></p></section>')
    secs.append(ao_block())
    return secs


def hero(site):
    h = site["hero"]
    cards = "".join(f'<li class="card"><a href="{E(hr)}"{at}><span class="icon" aria-hidden="true"></span>{E(t)}</a></li>'
                    for t, hr, at in h["cards"])
    return (f'<section class="hero" aria-label="Välkommen"><img src="/images/hero-{slug(site["name"])}.jpg" alt="{E(h["alt"])}">'
            f'<div class="hero__text"><h1>{E(h["title"])}</h1><p>{E(h["text"])}</p></div>'
            f'<ul class="cards">{cards}</ul></section>')


def breadcrumb(crumbs):
    if not crumbs:
        return ""
    li = '<li><a href="/">Startsida</a></li>' + "".join(
        f'<li><a href="{E(h)}">{E(t)}</a></li>' if h else f'<li aria-current="page">{E(t)}</li>' for t, h in crumbs)
    return f'<nav class="breadcrumb" aria-label="Du är här"><ol>{li}</ol></nav>'


# ---------------------------------------------------------------- families

def render(site, title, main_html, front=False, crumbs=None, extra_head=""):
    fam = site["family"]
    fn = {"sitevision": sitevision, "optimizely": optimizely, "municipio": municipio,
          "drupal": drupal, "umbraco": umbraco, "nextjs": nextjs}[fam]
    if front:
        main_html = "\n".join([hero(site), *front_sections(site, fam)])
        title = f'{site["gen"]} kommun'
        full_title = title
    else:
        main_html = breadcrumb(crumbs) + main_html
        full_title = f'{title} - {site["gen"]} kommun'
    return fn(site, full_title, main_html, front, extra_head)


def head(site, title, extra):
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{E(title)}</title>\n<meta name="description" content="{E(site["gen"])} kommuns officiella webbplats.">\n'
            f'<link rel="icon" href="/favicon.ico">\n{extra}<style>{CSS % site["color"]}</style>\n')


def logo(site):
    return f'<a class="logo" href="/"><img src="/images/logo-{slug(site["name"])}.svg" alt="{E(site["gen"])} kommun, till startsidan"></a>'


def search_form(site, cls="search"):
    return (f'<form class="{cls}" action="/sok/" method="get" role="search"><label for="q" class="visually-hidden">Sök på webbplatsen</label>'
            f'<input id="q" type="search" name="q" placeholder="Vad letar du efter?"><button type="submit">Sök</button></form>')


def header_links(site):
    return "".join(f'<a class="header-link" href="{E(h)}">{E(t)}</a>' for t, h in site["header_links"])


def topbar_ul(site, cls="topbar"):
    li = "".join(f'<li><a href="{E(h)}"{at}>{t}</a></li>' for t, h, at in topbar_items(site))
    return f'<div class="{cls}"><ul>{li}</ul></div>'


def footer_inner(site):
    cols = "".join(f'<div class="footer-col"><h2>{E(h)}</h2><ul>' + "".join(
        f'<li><a href="{MAP.get(t) or SOCIAL.get(t, "/" + slug(t) + "/").format(n=slug(site["name"]))}">{E(t)}</a></li>' for t in items) + "</ul></div>"
        for h, items in FOOTER_COLS)
    extra = site.get("footer_extra", "")
    return (f'<div class="footer-cols"><div class="footer-col"><h2>Kontaktuppgifter</h2>{footer_contact(site)}{extra}</div>{cols}</div>'
            f'<p class="copy">© {E(site["gen"])} kommun 2026</p>')


SOCIAL = {"Facebook": "https://www.facebook.example/{n}kommun", "Instagram": "https://www.instagram.example/{n}kommun",
          "LinkedIn": "https://www.linkedin.example/company/{n}-kommun", "YouTube": "https://www.youtube.example/@{n}kommun"}
MAP = {"Lediga jobb": "/lediga-jobb/", "Press och media": "/press/", "Nyheter": "/nyheter/", "Evenemang": "/evenemang/",
       "Webbplatskarta": "/webbplatskarta/", "Om webbplatsen": "/om-webbplatsen/",
       "Tillgänglighetsredogörelse": "/tillganglighet/", "Kakor": "/kakor/"}


def scripts(site, front):
    js = f"<script>{COOKIE_JS}</script>\n"
    if front:
        ld = {"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": f'{site["gen"]} kommun',
              "telephone": site["tel"], "address": {"@type": "PostalAddress", "streetAddress": site["visit"]}}
        ld.update(site.get("jsonld_extra", {}))
        js += f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    return js


def sitevision(site, title, main, front, extra):
    menu = menu_model(site)
    lis = []
    for i, (a, ah, cols) in enumerate(menu):
        cc = "".join(f'<div class="sv-layout mega-col"><h3 class="subheading"><a href="{E(chh)}">{E(c)}</a></h3><ul class="sv-defaultlist">'
                     + "".join(f'<li><a class="sv-menu-link" href="{E(h)}">{E(t)}</a></li>' for t, h in its) + "</ul></div>"
                     for c, chh, its in cols)
        lis.append(f'<li class="sv-menu-item"><a class="sv-menu-toplink" href="{ah}">{E(a)}</a>'
                   f'<button class="sv-menu-expand" data-toggle="mm{i}" aria-expanded="false" aria-label="Visa undermeny för {E(a)}"></button>'
                   f'<div class="sv-layout panel" id="mm{i}" hidden>{cc}</div></li>')
    return (head(site, title, extra + '<link rel="stylesheet" href="/sitevision/system-resource/c9a6f5/css/portlets.css">\n')
            + '</head>\n<body class="sv-responsive">\n' + cookie(site)
            + '<div class="sv-layout" id="svid10_1a2b3c"><a class="skip" href="#Innehall">Till innehållet</a>'
            + '<div class="sv-layout sv-template-portlet" id="Header" role="banner">'
            + topbar_ul(site, "sv-layout topbar") + f'<div class="sv-layout header-row">{logo(site)}'
            + f'<div class="sv-portlet sv-searchform-portlet">{search_form(site)}</div><div class="sv-portlet header-links">{header_links(site)}</div></div>'
            + f'<nav class="sv-portlet sv-menu-portlet" aria-label="Huvudmeny"><ul class="mega">{"".join(lis)}</ul></nav></div>\n'
            + f'<div class="sv-layout" id="Innehall" role="main"><div class="sv-layout sv-column-12">{main}</div></div>\n'
            + f'<div class="sv-layout sidfot footer" role="contentinfo"><div class="sv-text-portlet">{footer_inner(site)}</div></div></div>\n'
            + '<script src="/sitevision/system-resource/c9a6f5/js/sv-global.js"></script>' + scripts(site, front) + '</body>\n</html>\n')


def optimizely(site, title, main, front, extra):
    menu = menu_model(site)
    lis = []
    for i, (a, ah, cols) in enumerate(menu):
        cc = "".join(f'<div class="mega-menu__col"><h3 class="mega-menu__heading"><a href="{E(chh)}">{E(c)}</a></h3><ul>'
                     + "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in its) + "</ul></div>" for c, chh, its in cols)
        lis.append(f'<li class="main-nav__item main-nav__item--has-children"><a class="main-nav__link" href="{ah}" '
                   f'aria-controls="mega-{i}">{E(a)}</a><div class="mega-menu panel" id="mega-{i}" aria-hidden="true">'
                   f'<div class="mega-menu__inner"><p class="mega-menu__lead"><a href="{ah}">Allt om {E(a.lower())}</a></p>{cc}</div></div></li>')
    return (head(site, title, extra + '<link rel="stylesheet" href="/dist/css/main.3f9c2a.css">\n')
            + '</head>\n<body class="page-type-startpage">\n' + cookie(site)
            + '<a class="skip" href="#main-content">Gå direkt till innehållet</a>'
            + f'<header class="site-header">{topbar_ul(site, "site-header__tools topbar")}<div class="site-header__main">{logo(site)}'
            + f'{search_form(site, "site-search search")}<div class="site-header__links">{header_links(site)}</div></div>'
            + f'<nav class="main-nav" id="main-navigation" aria-label="Huvudnavigering"><ul class="main-nav__list mega">{"".join(lis)}</ul></nav></header>\n'
            + f'<main id="main-content"><div class="block-area" data-epi-property-name="MainContentArea">{main}</div></main>\n'
            + f'<footer class="site-footer footer"><div class="site-footer__inner" data-epi-property-name="FooterContent">{footer_inner(site)}</div></footer>\n'
            + '<script src="/dist/js/main.3f9c2a.js" defer></script>' + scripts(site, front) + '</body>\n</html>\n')


def municipio(site, title, main, front, extra):
    menu = menu_model(site)
    prim = "".join(f'<li class="c-nav__item"><a class="c-nav__link" href="{ah}">{E(a)}</a></li>' for a, ah, _ in menu)
    dr = []
    for a, ah, cols in menu:
        cc = "".join(f'<li class="menu-item menu-item-has-children"><a href="{E(chh)}">{E(c)}</a><ul class="sub-menu">'
                     + "".join(f'<li class="menu-item"><a href="{E(h)}">{E(t)}</a></li>' for t, h in its) + "</ul></li>"
                     for c, chh, its in cols)
        dr.append(f'<li class="menu-item menu-item-has-children"><a href="{ah}">{E(a)}</a><ul class="sub-menu">{cc}</ul></li>')
    return (head(site, title, extra + '<link rel="stylesheet" href="/wp-content/themes/municipio/assets/dist/css/app.css?ver=5.2.1">\n')
            + f'</head>\n<body class="{"home page-template-default" if front else "page-template-default page"} wp-theme-municipio">\n' + cookie(site)
            + '<a class="skip" href="#main-content">Hoppa till huvudinnehåll</a>'
            + f'<header class="c-header c-header--business" id="site-header">{topbar_ul(site, "c-header__top topbar")}'
            + f'<div class="c-header__main o-container">{logo(site)}{search_form(site, "c-form search")}<div class="c-header__links">{header_links(site)}</div>'
            + '<button class="c-button js-drawer-trigger" data-toggle="drawer" aria-expanded="false" aria-controls="drawer">Meny</button></div>'
            + f'<nav class="c-nav c-nav--primary" aria-label="Huvudmeny"><ul class="c-nav__list">{prim}</ul></nav></header>\n'
            + f'<div class="c-drawer panel" id="drawer" aria-hidden="true"><nav aria-label="Meny"><ul class="c-nav c-nav--drawer menu">{"".join(dr)}</ul></nav></div>\n'
            + f'<main id="main-content" class="o-container"><div class="o-grid"><div class="o-grid-12 c-article">{main}</div></div></main>\n'
            + f'<footer class="c-footer footer" id="site-footer"><div class="o-container">{footer_inner(site)}</div></footer>\n'
            + '<script src="/wp-content/themes/municipio/assets/dist/js/app.js?ver=5.2.1"></script>' + scripts(site, front) + '</body>\n</html>\n')


def drupal(site, title, main, front, extra):
    menu = menu_model(site)
    lis = []
    for a, ah, cols in menu:
        cc = "".join(f'<li class="menu-item menu-item--expanded"><a href="{E(chh)}" data-drupal-link-system-path="node/{zlib.crc32(chh.encode()) % 900 + 100}">{E(c)}</a>'
                     f'<ul class="menu menu--level-3">' + "".join(f'<li class="menu-item"><a href="{E(h)}">{E(t)}</a></li>' for t, h in its)
                     + "</ul></li>" for c, chh, its in cols)
        lis.append(f'<li class="menu-item menu-item--expanded"><a href="{ah}">{E(a)}</a><ul class="menu menu--level-2 panel" hidden>{cc}</ul></li>')
    return (head(site, title, extra + '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk3a9.css">\n')
            + f'</head>\n<body class="path-{"frontpage" if front else "node"} page-node-type-page">\n'
            + '<a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>'
            + '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>' + cookie(site)
            + f'<header role="banner" class="region region-header">{topbar_ul(site, "block block-menu menu--top topbar")}'
            + f'<div class="block block-system-branding-block">{logo(site)}</div><div class="block block-search">{search_form(site)}</div>'
            + f'<div class="block block-header-links">{header_links(site)}</div></header>'
            + '<nav role="navigation" aria-labelledby="block-huvudmeny-menu" id="block-huvudmeny" class="block block-menu navigation menu--main">'
            + f'<h2 class="visually-hidden" id="block-huvudmeny-menu">Huvudmeny</h2><ul class="menu menu--level-1 mega">{"".join(lis)}</ul></nav>\n'
            + f'<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">{main}</div></div></main>\n'
            + f'<footer role="contentinfo" class="site-footer footer"><div class="region region-footer">{footer_inner(site)}</div></footer></div>\n'
            + '<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>' + scripts(site, front) + '</body>\n</html>\n')


def umbraco(site, title, main, front, extra):
    menu = menu_model(site)
    lis = []
    for _i, (a, ah, cols) in enumerate(menu):
        cc = "".join(f'<div class="col-md-3"><p class="dropdown-header"><a href="{E(chh)}">{E(c)}</a></p>'
                     + "".join(f'<a class="dropdown-item" href="{E(h)}">{E(t)}</a>' for t, h in its) + "</div>" for c, chh, its in cols)
        lis.append(f'<li class="nav-item dropdown dropdown-mega"><a class="nav-link dropdown-toggle" href="{ah}" data-bs-toggle="dropdown" aria-expanded="false">{E(a)}</a>'
                   f'<div class="dropdown-menu panel"><div class="container"><div class="row">{cc}</div></div></div></li>')
    return (head(site, title, extra + '<link rel="stylesheet" href="/css/bootstrap.min.css"><link rel="stylesheet" href="/css/site.css?v=20261120">\n')
            + '</head>\n<body>\n' + cookie(site) + '<div class="page-wrapper">'
            + f'<header class="header">{topbar_ul(site, "header__top topbar")}<div class="container header__row">{logo(site)}'
            + f'{search_form(site, "header__search search")}<div class="header__links">{header_links(site)}</div></div>'
            + f'<nav class="navbar navbar-expand-lg" aria-label="Huvudmeny"><div class="container"><ul class="navbar-nav mega">{"".join(lis)}</ul></div></nav></header>\n'
            + f'<main><div class="umb-grid"><div class="grid-section"><div class="container">{main}</div></div></div></main>\n'
            + f'<footer class="footer"><div class="container">{footer_inner(site)}</div></footer></div>\n'
            + '<script src="/scripts/bootstrap.bundle.min.js"></script>' + scripts(site, front) + '</body>\n</html>\n')


def nextjs(site, title, main, front, extra):
    menu = menu_model(site)
    lis = []
    for i, (a, ah, cols) in enumerate(menu):
        cc = "".join(f'<div class="MegaMenu_column__Qm3x"><h3 class="MegaMenu_heading__p0Lw"><a href="{E(chh)}">{E(c)}</a></h3><ul class="MegaMenu_list__h2Tz">'
                     + "".join(f'<li><a class="MegaMenu_link__k9Rr" href="{E(h)}">{E(t)}</a></li>' for t, h, *_ in its) + "</ul></div>"
                     for c, chh, its in cols)
        lis.append(f'<li class="MainNav_item__f7Kd"><button class="MainNav_trigger__Zl1q" aria-expanded="false" data-toggle="mm{i}">{E(a)}</button>'
                   f'<div class="MegaMenu_panel__Y8bN panel" id="mm{i}" data-state="closed" hidden><p><a href="{ah}">Gå till {E(a)}</a></p>{cc}</div></li>')
    lis += [f'<li class="MainNav_item__f7Kd"><a class="MainNav_link__r2Qa" href="{E(h)}">{E(t)}</a></li>' for t, h in site.get("nav_top_extra", [])]
    nd = {"props": {"pageProps": {"title": title, "locale": "sv", "menu": [a for a, _, _ in menu]}}, "page": "/[[...slug]]",
          "query": {}, "buildId": "k2Xf9aQm1", "isFallback": False, "gsp": True, "scriptLoader": []}
    nd["props"]["pageProps"].update(site.get("next_extra", {}))
    return (head(site, title, extra + '<link rel="preload" href="/_next/static/css/8a1f2c.css" as="style"><link rel="stylesheet" href="/_next/static/css/8a1f2c.css">\n')
            + '</head>\n<body>\n<div id="__next">' + cookie(site)
            + f'<header class="Header_header__x1a2">{topbar_ul(site, "Header_toolbar__b7Qe topbar")}<div class="Header_row__u1Pz">{logo(site)}'
            + f'{search_form(site, "SearchBox_form__n3Vc search")}<div class="Header_links__a8Wd">{header_links(site)}</div></div>'
            + f'<nav class="MainNav_nav__3kd9" aria-label="Huvudmeny"><ul class="MainNav_list__9dE1 mega">{"".join(lis)}</ul></nav></header>\n'
            + f'<main class="Layout_main__c0Nq" id="main">{main}</main>\n'
            + f'<footer class="Footer_footer__e4Gm footer">{footer_inner(site)}</footer></div>\n'
            + f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(nd, ensure_ascii=False)}</script>\n'
            + '<script src="/_next/static/chunks/main-3b2a1f.js" defer></script><script src="/_next/static/chunks/pages/_app-9c1d.js" defer></script>'
            + scripts(site, front) + '</body>\n</html>\n')
