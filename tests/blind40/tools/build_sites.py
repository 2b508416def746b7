"""Typing aid that writes tests/blind40/sites/ (the HTML files are the corpus; labels are hand-written).

    python3 tests/blind40/tools/build_sites.py
"""
from __future__ import annotations

import json
from pathlib import Path

SITES = Path(__file__).resolve().parent.parent / "sites"

AREAS = [
    ("Barn och utbildning", "/barn-och-utbildning/", ["Förskola", "Grundskola", "Gymnasium", "Skolskjuts"]),
    ("Omsorg och stöd", "/omsorg-och-stod/", ["Äldreomsorg", "Funktionsnedsättning", "Ekonomiskt bistånd"]),
    ("Bygga, bo och miljö", "/bygga-bo-och-miljo/", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp"]),
    ("Kultur och fritid", "/kultur-och-fritid/", ["Bibliotek", "Idrott och motion", "Föreningar"]),
    ("Näringsliv och arbete", "/naringsliv-och-arbete/", ["Starta företag", "Lediga jobb", "Upphandling"]),
    ("Kommun och politik", "/kommun-och-politik/", ["Organisation", "Politik och nämnder", "Ekonomi"]),
]

FILL = ("Här hittar du information och e-tjänster inom området. Vill du veta mer är du välkommen att "
        "kontakta förvaltningen via kommunens växel.")


def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), (",", ""), (" ", "-")):
        t = t.replace(a, b)
    return t


def nav_items(site: dict) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """Primary menu: (label, href, [(sub label, sub href)])."""
    out = []
    for label, href, subs in AREAS:
        items = [(s, f"{href}#{slug(s)}") for s in subs]
        items += site.get("extra_sub", {}).get(href, [])
        out.append((label, href, items))
    out += [(lab, href, []) for lab, href in site.get("extra_top", [])]
    return out


# ----------------------------------------------------------------- shared pieces
def svg(name: str, title: str | None = None) -> str:
    t = f"<title>{title}</title>" if title else ""
    hidden = "" if title else ' aria-hidden="true" focusable="false"'
    return (f'<svg class="icon icon-{name}" viewBox="0 0 24 24" width="20" height="20"{hidden}'
            f' role="img">{t}<use href="#i-{name}"></use></svg>')


SPRITE = ('<svg xmlns="http://www.w3.org/2000/svg" style="display:none">'
          '<symbol id="i-search" viewBox="0 0 24 24"><path d="M10 2a8 8 0 1 0 4.9 14.3l5.4 5.4 1.4-1.4-5.4-5.4A8 8 0 0 0 10 2z"/></symbol>'
          '<symbol id="i-phone" viewBox="0 0 24 24"><path d="M6 2h4l2 5-3 2a11 11 0 0 0 6 6l2-3 5 2v4a2 2 0 0 1-2 2A18 18 0 0 1 4 4a2 2 0 0 1 2-2z"/></symbol>'
          '<symbol id="i-chat" viewBox="0 0 24 24"><path d="M2 3h20v14H6l-4 4z"/></symbol>'
          '<symbol id="i-menu" viewBox="0 0 24 24"><path d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z"/></symbol>'
          '<symbol id="i-arrow" viewBox="0 0 24 24"><path d="M8 4l8 8-8 8"/></symbol>'
          '{extra}</svg>')


def cookie_banner(site: dict) -> str:
    return ('<div class="cookie-consent" role="dialog" aria-modal="false" aria-labelledby="cc-h">'
            '<h2 id="cc-h">Vi använder kakor</h2><p>Nödvändiga kakor behövs för att webbplatsen ska fungera. '
            'Med ditt samtycke använder vi också kakor för statistik. '
            '<a href="/om-webbplatsen/kakor/">Läs mer om kakor</a></p>'
            '<button type="button" data-consent="all">Godkänn alla</button>'
            '<button type="button" data-consent="necessary">Endast nödvändiga</button></div>')


def skip_link() -> str:
    return '<a class="skip-link" href="#main-content">Hoppa till huvudinnehållet</a>'


def search_form(site: dict, cls: str = "search") -> str:
    return (f'<form class="{cls}" role="search" action="{site["search_path"]}" method="get">'
            f'<label for="q-{cls}">Sök på webbplatsen</label><input id="q-{cls}" type="search" name="q" '
            f'autocomplete="off"><button type="submit">{svg("search", "Sök")}</button></form>')


def footer_inner(site: dict) -> str:
    k = site["kommun"]
    extra = site.get("footer_extra", "")
    return (f'<div class="footer-col"><h2>{k}s kommun</h2><p>Postadress: {k}s kommun, 999 {site["pnr"]} {k}<br>'
            f'Besöksadress: {site["address"]}<br>Växel: <a href="tel:{site["vaxel"].replace(" ", "").replace("-", "")}">{site["vaxel"]}</a><br>'
            f'E-post: <a href="mailto:kommun@{site["domain"]}">kommun@{site["domain"]}</a><br>'
            f'Org.nr: 212000-{site["kommunkod"]}</p></div>'
            f'<div class="footer-col"><h2>Om webbplatsen</h2><ul>'
            f'<li><a href="/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a></li>'
            f'<li><a href="/om-webbplatsen/kakor/">Kakor</a></li>'
            f'<li><a href="{site["kontakt_href"]}">Kontakt</a></li></ul></div>{extra}')


def jsonld(site: dict) -> str:
    data = {"@context": "https://schema.org", "@type": "GovernmentOrganization",
            "name": f"{site['kommun']}s kommun", "url": "__ORIGIN__/",
            "telephone": site["vaxel"], "address": {"@type": "PostalAddress",
            "streetAddress": site["address"], "postalCode": f"999 {site['pnr']}", "addressLocality": site["kommun"]}}
    if site.get("jsonld_contact"):
        data["contactPoint"] = {"@type": "ContactPoint", "contactType": site["jsonld_contact"],
                                "telephone": site["vaxel"]}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def head(site: dict, title: str, front: bool, css: str = "") -> str:
    desc = site.get("meta_description", f"Webbplats för {site['kommun']}s kommun")
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{title} - {site["kommun"]}s kommun</title>\n<meta name="description" content="{desc}">\n'
            + ('<link rel="canonical" href="__ORIGIN__/">\n' if front else "")
            + f'<style>.skip-link{{position:absolute;left:-9999px}}.skip-link:focus{{left:1rem}}'
            f'@media(min-width:992px){{.only-mobile{{display:none}}}}@media(max-width:991px){{.only-desktop{{display:none}}}}{css}</style>\n'
            + (jsonld(site) + "\n" if front else "") + "</head>\n")


def front_main(site: dict) -> str:
    cards = "".join(f'<li class="card"><a href="{h}">{svg("arrow")}<span>{t}</span></a></li>' for t, h in site["cards"])
    news = "".join(f'<article class="teaser"><h3><a href="{h}">{t}</a></h3><p>{p}</p></article>'
                   for t, h, p in site["news"])
    return (f'<section class="hero" aria-labelledby="hero-h"><h1 id="hero-h">Välkommen till {site["kommun"]}</h1>'
            f'<p>{site.get("hero_text", "Här finns kommunens service för dig som bor, verkar eller vistas här.")}</p>'
            f'<ul class="quick">{cards}</ul>{site.get("hero_extra", "")}</section>'
            f'<section class="news" aria-labelledby="news-h"><h2 id="news-h">Nyheter</h2>{news}'
            f'<p><a href="/nyheter/">Alla nyheter</a></p></section>'
            f'<section class="eservices"><h2>Populära e-tjänster</h2><ul>'
            f'<li><a href="/barn-och-utbildning/#forskola">Ansök om förskoleplats</a></li>'
            f'<li><a href="/bygga-bo-och-miljo/#bygglov">Ansök om bygglov</a></li>'
            f'<li><a href="/bygga-bo-och-miljo/#avfall-och-atervinning">Beställ extra tömning</a></li></ul></section>'
            f'<section class="events"><h2>Evenemang</h2><p>Marknadsdag på torget 14 maj. Konsert i kyrkan 21 maj.</p></section>'
            f'{site.get("front_extra", "")}')


# ----------------------------------------------------------------- families
def fam_vue(site, title, main, front):
    v = 'data-v-7a3f2c1e'
    w = 'data-v-0b91d4aa'

    def menu(cls, mid):
        lis = []
        for i, (lab, href, subs) in enumerate(nav_items(site)):
            sub = "".join(f'<li {w}><a {w} class="_sub_q8r2" href="{h}">{t}</a></li>' for t, h in subs)
            btn = (f'<button {w} class="_tgl_m1x" aria-expanded="false" aria-controls="{mid}-{i}">'
                   f'{svg("arrow")}<span class="sr-only">Visa undermeny för {lab}</span></button>'
                   f'<ul {w} id="{mid}-{i}" class="_lvl2_k3j" hidden>{sub}</ul>') if subs else ""
            lis.append(f'<li {w} class="_item_9fz2"><a {w} class="_top_3kd8" href="{href}">{lab}</a>{btn}</li>')
        return f'<nav {v} class="{cls}" aria-label="Huvudmeny" id="{mid}"><ul {w} class="_lvl1_a0p">{"".join(lis)}</ul></nav>'

    return (head(site, title, front) + f'<body>\n{SPRITE.format(extra="")}{skip_link()}{cookie_banner(site)}'
            f'<div id="app" data-server-rendered="true"><div {v} class="_layout_x2v9k">'
            f'<header {v} class="_header_h7c3q"><a {v} class="_logo_p1z" href="/"><img src="/logo.svg" alt="{site["kommun"]}s kommun – startsida"></a>'
            f'<ul {v} class="_tools_5t1"><li><a href="/om-webbplatsen/tillganglighet/#lyssna">Lyssna</a></li><li><a href="/om-webbplatsen/tillganglighet/#other-languages">Other languages</a></li></ul>'
            f'{search_form(site)}<button {v} class="_menubtn_2rq only-mobile" aria-expanded="false" aria-controls="mnav">{svg("menu")}Meny</button>'
            f'{menu("_nav_d9k only-desktop", "dnav")}</header>'
            f'<div {v} class="_drawer_b7 only-mobile">{menu("_mnav_c2", "mnav")}</div>'
            f'<main {v} id="main-content" class="_main_z8">{main}</main>'
            f'<footer {v} class="_footer_f4n">{footer_inner(site)}</footer></div></div>'
            f'<script>window.__INITIAL_STATE__={{"route":"{title}","consent":null}}</script>\n</body>\n</html>\n')


def fam_custom(site, title, main, front):
    lis = []
    for i, (lab, href, subs) in enumerate(nav_items(site)):
        sub = "".join(f'<kommun-nav-item level="2"><a href="{h}">{t}</a></kommun-nav-item>' for t, h in subs)
        lis.append(f'<kommun-nav-item level="1"><a href="{href}">{lab}</a>'
                   f'<kommun-disclosure><button aria-expanded="false" aria-controls="sub{i}" aria-label="Öppna {lab}">{svg("arrow")}</button>'
                   f'<div id="sub{i}" role="group" hidden>{sub}</div></kommun-disclosure></kommun-nav-item>')
    return (head(site, title, front, "kommun-header,kommun-footer,kommun-nav,kommun-main{display:block}")
            + f'<body>\n{SPRITE.format(extra="")}{skip_link()}<kommun-cookie-consent>{cookie_banner(site)}</kommun-cookie-consent>'
            f'<kommun-header><kommun-topbar><a href="/om-webbplatsen/tillganglighet/#lyssna">Lyssna</a>'
            f'<a href="/om-webbplatsen/tillganglighet/#lattlast">Lättläst</a>{site.get("topbar_extra", "")}</kommun-topbar>'
            f'<kommun-logo><a href="/"><img src="/logo.svg" alt="{site["kommun"]}s kommun"></a></kommun-logo>'
            f'<kommun-search>{search_form(site)}</kommun-search>'
            f'<kommun-nav label="Huvudmeny">{"".join(lis)}</kommun-nav></kommun-header>'
            f'<kommun-main id="main-content">{main}</kommun-main>'
            f'<kommun-footer>{footer_inner(site)}</kommun-footer>'
            f'<script type="module">customElements.define("kommun-disclosure", class extends HTMLElement {{}});</script>\n</body>\n</html>\n')


def fam_municipio(site, title, main, front):
    lis = []
    for i, (lab, href, subs) in enumerate(nav_items(site)):
        sub = "".join(f'<li class="c-nav__item c-nav__item--depth-1"><a class="c-nav__link" href="{h}">{t}</a></li>' for t, h in subs)
        lis.append(f'<li class="c-nav__item c-nav__item--depth-0"><a class="c-nav__link" href="{href}">{lab}</a>'
                   f'<button class="c-nav__toggle" aria-expanded="false" aria-controls="dsub{i}"><span class="u-sr__only">Visa undersidor</span>{svg("arrow")}</button>'
                   f'<ul class="c-nav c-nav--depth-1" id="dsub{i}" aria-hidden="true">{sub}</ul></li>')
    return (head(site, title, front, ".c-drawer[aria-hidden=true]{display:none}")
            + f'<body class="wp-theme-municipio">\n{SPRITE.format(extra="")}{skip_link()}'
            f'<div id="cookie-consent" class="c-notice">{cookie_banner(site)}</div>'
            f'<header class="c-header c-header--business" id="site-header"><div class="o-container">'
            f'<a class="c-header__logo" href="/"><img src="/logo.svg" alt="{site["kommun"]}s kommun"></a>'
            f'{search_form(site, "c-search")}<ul class="c-header__links"><li><a href="{site["kontakt_href"]}">Kontakt</a></li>'
            f'<li><a href="/om-webbplatsen/tillganglighet/#lyssna">Lyssna</a></li></ul>'
            f'<button class="c-button js-drawer-toggle" aria-expanded="false" aria-controls="drawer">{svg("menu")}<span>Meny</span></button>'
            f'</div></header><div class="c-drawer" id="drawer" aria-hidden="true"><nav aria-label="Huvudmeny"><ul class="c-nav c-nav--depth-0">{"".join(lis)}</ul></nav></div>'
            f'<main id="main-content" class="site-main"><div class="o-container">{main}</div></main>'
            f'<footer class="site-footer c-footer"><div class="o-grid">{footer_inner(site)}</div></footer>\n</body>\n</html>\n')


def fam_next(site, title, main, front):
    nav = []
    lis = []
    for i, (lab, href, subs) in enumerate(nav_items(site)):
        nav.append({"label": lab, "href": href, "children": [{"label": t, "href": h} for t, h in subs]})
        sub = "".join(f'<li><a class="Nav_subLink__Rk2pQ" href="{h}">{t}</a></li>' for t, h in subs)
        lis.append(f'<li class="Nav_item__x7Tq1"><a class="Nav_link__8uKfa" href="{href}">{lab}</a>'
                   f'<button type="button" class="Nav_toggle__d1Lw0" aria-expanded="false" aria-controls="n{i}" aria-label="Undermeny {lab}">{svg("arrow")}</button>'
                   f'<ul id="n{i}" class="Nav_sub__Jh3Zs" hidden>{sub}</ul></li>')
    data = {"props": {"pageProps": {"title": title, "navigation": nav,
                                    "footer": site.get("next_footer_json", [])}}, "page": "/[[...slug]]", "buildId": "k2Jd8sQ"}
    return (head(site, title, front) + f'<body>\n{SPRITE.format(extra="")}<div id="__next">{skip_link()}'
            f'<div class="CookieBanner_root__a8Kd2">{cookie_banner(site)}</div>'
            f'<header class="Header_root__Q1vbn"><div class="Header_inner__zP0s4"><a class="Header_logo__pL2s1" href="/">'
            f'<img src="/logo.svg" alt="{site["kommun"]}s kommun"></a>{search_form(site)}'
            f'<a class="Header_contact__y6Hh0" href="{site["kontakt_href"]}">Kontakt</a></div>'
            f'<nav class="Nav_root__mQ9x3" aria-label="Huvudmeny"><ul class="Nav_list__c0Pzz">{"".join(lis)}</ul></nav></header>'
            f'<main id="main-content" class="Page_main__U4e1k">{main}</main>'
            f'<footer class="Footer_root__s7Qm2">{footer_inner(site)}</footer></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>\n</body>\n</html>\n')


def fam_svelte(site, title, main, front):
    s = "svelte-1q8x2kd"
    lis = []
    for i, (lab, href, subs) in enumerate(nav_items(site)):
        sub = "".join(f'<li class="{s}"><a class="sub {s}" href="{h}">{t}</a></li>' for t, h in subs)
        lis.append(f'<li class="{s}"><a class="top {s}" href="{href}">{lab}</a><button class="tgl {s}" aria-expanded="false" '
                   f'aria-controls="m{i}">{svg("arrow")}<span class="visually-hidden">Visa mer</span></button><ul class="l2 {s}" id="m{i}" hidden>{sub}</ul></li>')
    return (head(site, title, front) + f'<body data-sveltekit-preload-data="hover">\n{SPRITE.format(extra="")}'
            f'<div style="display: contents">{skip_link()}{cookie_banner(site)}'
            f'<header class="site-header {s}"><a class="logo {s}" href="/"><img src="/logo.svg" alt="{site["kommun"]}s kommun"></a>'
            f'{search_form(site)}<nav class="{s}" aria-label="Huvudmeny"><ul class="{s}">{"".join(lis)}</ul></nav></header>'
            f'<main id="main-content" class="{s}">{main}</main>'
            f'<footer class="{s}">{footer_inner(site)}</footer>'
            f'{site.get("svelte_templates", "")}'
            f'<noscript><p>Vissa funktioner, till exempel kartan, kräver JavaScript.</p></noscript></div>'
            f'<script type="module">import("/_app/immutable/entry/start.Bx1k.js").then(m => m.start());</script>\n</body>\n</html>\n')


def fam_angular(site, title, main, front):
    c = '_ngcontent-ng-c2981374'
    lis = []
    for i, (lab, href, subs) in enumerate(nav_items(site)):
        sub = "".join(f'<li {c} role="none"><a {c} role="menuitem" href="{h}">{t}</a></li>' for t, h in subs)
        pop = (f'<ul {c} role="menu" id="mm{i}" aria-label="{lab}" hidden>{sub}</ul>') if subs else ""
        has = f' aria-haspopup="true" aria-expanded="false" aria-controls="mm{i}"' if subs else ""
        lis.append(f'<li {c} role="none"><a {c} role="menuitem" href="{href}"{has}>{lab}</a>{pop}</li>')
    return (head(site, title, front) + f'<body>\n{SPRITE.format(extra="")}{skip_link()}'
            f'<app-root _nghost-ng-c1804421 ng-version="17.3.4" ng-server-context="ssr">'
            f'<app-cookie-consent {c}>{cookie_banner(site)}</app-cookie-consent>'
            f'<app-header {c} role="banner"><div {c} class="header-top"><a {c} href="/" class="logo"><img {c} src="/logo.svg" alt="{site["kommun"]}s kommun"></a>'
            f'{search_form(site)}</div><nav {c} aria-label="Huvudmeny"><ul {c} role="menubar" class="menubar">{"".join(lis)}</ul></nav></app-header>'
            f'<main {c} id="main-content" role="main"><router-outlet {c}></router-outlet><app-page {c}>{main}</app-page></main>'
            f'<app-footer {c} role="contentinfo">{footer_inner(site)}</app-footer></app-root>'
            f'<script id="ng-state" type="application/json">{{"route":"{title}"}}</script>\n</body>\n</html>\n')


def fam_bootstrap(site, title, main, front):
    def items(prefix):
        out = []
        for _i, (lab, href, subs) in enumerate(nav_items(site)):
            if subs:
                sub = "".join(f'<li><a class="dropdown-item" href="{h}">{t}</a></li>' for t, h in subs)
                out.append(f'<li class="nav-item dropdown"><a class="nav-link" href="{href}">{lab}</a>'
                           f'<button class="btn btn-link dropdown-toggle dropdown-toggle-split" data-bs-toggle="dropdown" aria-expanded="false">'
                           f'<span class="visually-hidden">Visa undermeny {lab}</span></button><ul class="dropdown-menu">{sub}</ul></li>')
            else:
                out.append(f'<li class="nav-item"><a class="nav-link" href="{href}">{lab}</a></li>')
        return "".join(out)

    top = "".join(f'<li class="nav-item"><a class="nav-link" href="{h}">{t}</a></li>' for t, h in site.get("bs_topbar", []))
    return (head(site, title, front) + f'<body>\n{SPRITE.format(extra="")}{skip_link()}'
            f'<div class="position-fixed bottom-0 w-100 bg-light p-3" id="cookieBanner">{cookie_banner(site)}</div>'
            f'<div class="bg-dark text-white"><div class="container"><ul class="nav justify-content-end">'
            f'<li class="nav-item"><a class="nav-link" href="/om-webbplatsen/tillganglighet/#lyssna">Lyssna</a></li>{top}</ul></div></div>'
            f'<header class="navbar navbar-expand-lg bg-white border-bottom"><div class="container">'
            f'<a class="navbar-brand" href="/"><img src="/logo.svg" alt="{site["kommun"]}s kommun" height="48"></a>'
            f'<button class="navbar-toggler" type="button" data-bs-toggle="offcanvas" data-bs-target="#offcanvasNav" aria-controls="offcanvasNav" aria-label="Öppna meny">'
            f'<span class="navbar-toggler-icon"></span></button>'
            f'<nav class="collapse navbar-collapse d-none d-lg-flex" aria-label="Huvudmeny"><ul class="navbar-nav">{items("d")}</ul></nav>'
            f'{search_form(site, "d-flex")}</div></header>'
            f'<div class="offcanvas offcanvas-end" tabindex="-1" id="offcanvasNav" aria-labelledby="offcanvasLabel">'
            f'<div class="offcanvas-header"><h2 class="offcanvas-title" id="offcanvasLabel">Meny</h2>'
            f'<button type="button" class="btn-close" data-bs-dismiss="offcanvas" aria-label="Stäng"></button></div>'
            f'<div class="offcanvas-body"><nav aria-label="Mobilmeny"><ul class="navbar-nav">{items("m")}</ul></nav></div></div>'
            f'<main id="main-content" class="container py-4">{main}</main>'
            f'<footer class="bg-dark text-white py-5"><div class="container"><div class="row">{footer_inner(site)}</div></div></footer>'
            f'<script src="/assets/bootstrap.bundle.min.js" defer></script>\n</body>\n</html>\n')


def fam_lit(site, title, main, front):
    lis = "".join(f'<li><a part="link" href="{href}">{lab}</a></li>' for lab, href, _ in nav_items(site))
    subs = "".join(f'<section><h2>{lab}</h2><ul>' + "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in s)
                   + '</ul></section>' for lab, _, s in nav_items(site) if s)
    return (head(site, title, front, "kf-site-header,kf-footer{display:block}")
            + f'<body>\n{SPRITE.format(extra="")}{skip_link()}<kf-cookie-banner>{cookie_banner(site)}</kf-cookie-banner>'
            f'<kf-site-header><template shadowrootmode="open"><style>:host{{display:block}}nav ul{{display:flex;gap:1rem}}</style>'
            f'<header><a href="/"><img src="/logo.svg" alt="{site["kommun"]}s kommun"></a>'
            f'<nav aria-label="Huvudmeny"><ul>{lis}</ul></nav><slot name="search"></slot></header></template>'
            f'<div slot="search">{search_form(site)}</div></kf-site-header>'
            f'<kf-mega-menu hidden aria-label="Alla områden">{subs}</kf-mega-menu>'
            f'<main id="main-content">{main}</main>'
            f'<kf-footer><footer>{footer_inner(site)}</footer></kf-footer>'
            f'<script type="module" src="/assets/components.js"></script>\n</body>\n</html>\n')


def fam_nuxt(site, title, main, front):
    v = 'data-v-inspector="components/TheHeader.vue" data-v-3c1f9a02'
    lis = []
    for i, (lab, href, subs) in enumerate(nav_items(site)):
        sub = "".join(f'<li data-v-3c1f9a02><a data-v-3c1f9a02 href="{h}" class="sub-link">{t}</a></li>' for t, h in subs)
        lis.append(f'<li data-v-3c1f9a02 class="menu-item"><a data-v-3c1f9a02 href="{href}" class="router-link">{lab}</a>'
                   f'<button data-v-3c1f9a02 aria-expanded="false" aria-controls="s{i}" class="expander">{svg("arrow", "Visa undermeny")}</button>'
                   f'<ul data-v-3c1f9a02 id="s{i}" style="display:none">{sub}</ul></li>')
    menu = "".join(lis)
    return (head(site, title, front) + f'<body>\n{SPRITE.format(extra="")}<div id="__nuxt"><div id="__layout">{skip_link()}'
            f'<div class="cookie" data-v-8d21e0c4>{cookie_banner(site)}</div>'
            f'<header {v} class="header"><a data-v-3c1f9a02 href="/" class="logo"><img src="/logo.svg" alt="{site["kommun"]}s kommun"></a>'
            f'{search_form(site)}<a data-v-3c1f9a02 href="{site["kontakt_href"]}" class="contact-link">Kontakt</a>'
            f'<nav data-v-3c1f9a02 aria-label="Huvudmeny" class="only-desktop"><ul data-v-3c1f9a02>{menu}</ul></nav></header>'
            f'<div data-v-5e7a0b11 class="mobile-menu only-mobile" role="dialog" aria-label="Meny"><nav aria-label="Mobilmeny"><ul>{menu}</ul></nav></div>'
            f'<main data-v-a0e4c2f9 id="main-content">{main}</main>'
            f'<footer data-v-f21b7c30>{footer_inner(site)}</footer></div></div>'
            f'<script type="application/json" id="__NUXT_DATA__" data-ssr="true">[{{"state":1}},"{title}"]</script>\n</body>\n</html>\n')


def fam_astro(site, title, main, front):
    a = "astro-j7pv25f6"
    lis = []
    for _i, (lab, href, subs) in enumerate(nav_items(site)):
        sub = "".join(f'<li class="{a}"><a class="{a}" href="{h}">{t}</a></li>' for t, h in subs)
        lis.append(f'<li class="{a}"><details class="{a}"><summary class="{a}">{lab}</summary><ul class="{a}">'
                   f'<li class="{a}"><a class="{a}" href="{href}">Översikt: {lab}</a></li>{sub}</ul></details></li>')
    return (head(site, title, front) + f'<body class="{a}">\n{SPRITE.format(extra=site.get("sprite_extra", ""))}{skip_link()}'
            f'<astro-island uid="Z1x9" component-url="/_astro/CookieConsent.3kd.js" client="idle" ssr>{cookie_banner(site)}</astro-island>'
            f'<header class="{a}"><a class="{a}" href="/"><img src="/logo.svg" alt="{site["kommun"]}s kommun"></a>{search_form(site)}'
            f'<a class="{a}" href="{site["kontakt_href"]}">Kontakt</a>'
            f'<astro-island uid="Qm3c" component-url="/_astro/MainNav.8fb.js" client="load" ssr>'
            f'<nav class="{a}" aria-label="Huvudmeny"><ul class="{a}">{"".join(lis)}</ul></nav></astro-island></header>'
            f'<main id="main-content" class="{a}">{main}</main><footer class="{a}">{footer_inner(site)}</footer>'
            f'{site.get("astro_templates", "")}\n</body>\n</html>\n')


FAMILIES = {"vue": fam_vue, "custom": fam_custom, "municipio": fam_municipio, "next": fam_next,
            "svelte": fam_svelte, "angular": fam_angular, "bootstrap": fam_bootstrap, "lit": fam_lit,
            "nuxt": fam_nuxt, "astro": fam_astro}


LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" role="img"><title>{k}s kommun</title>'
        '<rect width="40" height="40" fill="#0a5"/><text x="46" y="26">{k}</text></svg>\n')


# ----------------------------------------------------------------- standard pages
def area_page(label: str, subs: list[str], extra: str = "") -> tuple[str, str]:
    secs = "".join(f'<section id="{slug(s)}"><h2>{s}</h2><p>{FILL}</p></section>' for s in subs)
    return label, f'<h1>{label}</h1><p class="lead">{FILL}</p>{secs}{extra}'


def std_pages(site: dict) -> dict[str, tuple[str, str]]:
    k = site["kommun"]
    pages = {}
    for label, href, subs in AREAS:
        pages[href] = area_page(label, subs, site.get("area_extra", {}).get(href, ""))
    news_items = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h, _ in site["news"])
    pages["/nyheter/"] = ("Nyheter", f"<h1>Nyheter</h1><ul>{news_items}</ul>")
    pages["/om-webbplatsen/tillganglighet/"] = (
        "Tillgänglighetsredogörelse",
        f'<h1>Tillgänglighetsredogörelse</h1><p>{k}s kommun står bakom den här webbplatsen. Vi vill att så många som '
        f'möjligt ska kunna använda den.</p><h2 id="lyssna">Lyssna</h2><p>Du kan få texten uppläst.</p>'
        f'<h2 id="lattlast">Lättläst</h2><p>Några sidor finns på lättläst svenska.</p>'
        f'<h2 id="other-languages">Other languages</h2><p>Information in English.</p>'
        f'<h2>Rapportera brister</h2><p>Mejla webbredaktionen på webb@{site["domain"]}.</p>')
    pages["/om-webbplatsen/kakor/"] = ("Kakor", "<h1>Kakor</h1><p>Vi använder nödvändiga kakor och, med ditt samtycke, kakor för statistik.</p>")
    return pages


def write_site(site: dict) -> None:
    d = SITES / site["kommunkod"]
    d.mkdir(parents=True, exist_ok=True)
    for f in d.glob("*.html"):
        f.unlink()
    render = FAMILIES[site["family"]]
    pages = std_pages(site)
    pages.update(site["pages"])
    manifest_pages = {}
    index = render(site, "Startsida", front_main(site), True)
    (d / "index.html").write_text(index, encoding="utf-8")
    manifest_pages[site.get("front_path", "/")] = "index.html"
    for path, (title, body) in pages.items():
        name = path.strip("/").replace("/", "_") + ".html"
        (d / name).write_text(render(site, title, body, False), encoding="utf-8")
        manifest_pages[path] = name
    (d / "logo.svg").write_text(LOGO.format(k=site["kommun"]), encoding="utf-8")
    (d / "sok.html").write_text(render(site, "Sök", "<h1>Sök</h1><!--SEARCH_RESULTS-->", False), encoding="utf-8")
    sitemap = list(manifest_pages)
    manifest_pages["/logo.svg"] = "logo.svg"
    manifest = {"kommunkod": site["kommunkod"], "kommun": site["kommun"], "lan_kod": site["lan_kod"], "lan": site["lan"],
                "family": site["family"], "pages": manifest_pages, "redirects": site.get("redirects", {}),
                "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
                "sitemap": sitemap,
                "search": {"path": site["search_path"], "param": "q", "hits": site.get("hits", {}), "template": "sok.html"},
                "front_status": None}
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    from sites_data import ALL

    for s in ALL:
        write_site(s)
        print("wrote", s["kommunkod"], s["kommun"])


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
