"""Ten markup families for the blind32 corpus (typing aid for build_sites.py).

Each family renders a whole page from the same site data (top bar, menu, hero, sections,
footer columns, cookie banner, chat widget) in the markup of one kind of 2024-2026 CMS or
front-end framework.  Everything is server-rendered: the menus are in the served HTML.
"""
from __future__ import annotations

import json
from html import escape as esc


def attrs(d: dict) -> str:
    return "".join(f' {k}="{esc(str(v))}"' if v is not True else f" {k}" for k, v in d.items() if v is not None)


def tb_item(it: dict, tag_a: str = "a", cls: str = "", btn_cls: str = "") -> str:
    """A top-bar item: a link, or a button when href is None."""
    if it.get("href") is None:
        return f'<button type="button" class="{btn_cls}"{attrs(it.get("attrs", {}))}>{esc(it["text"])}</button>'
    return f'<a class="{cls}" href="{esc(it["href"])}"{attrs(it.get("attrs", {}))}>{esc(it["text"])}</a>'


def crumbs_html(pg: dict, ol_cls: str, li_cls: str = "", label: str = "Brödsmulor") -> str:
    items = pg.get("crumbs") or []
    if not items:
        return ""
    lis = "".join(f'<li class="{li_cls}"><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in items)
    lis += f'<li class="{li_cls}" aria-current="page">{esc(pg["h1"])}</li>'
    return f'<nav aria-label="{label}"><ol class="{ol_cls}">{lis}</ol></nav>'


COOKIE_JS = """
document.addEventListener('click',function(e){var b=e.target.closest('[data-cookie]');
if(b){document.cookie='consent='+b.getAttribute('data-cookie')+';path=/;max-age=31536000';
var c=document.getElementById('cookie-consent');if(c){c.hidden=true;}}});
"""

MENU_JS = """
document.querySelectorAll('[aria-controls]').forEach(function(b){b.addEventListener('click',function(){
var p=document.getElementById(b.getAttribute('aria-controls'));if(!p){return;}
var open=b.getAttribute('aria-expanded')==='true';b.setAttribute('aria-expanded',open?'false':'true');
if(p.tagName==='DIALOG'){open?p.close():p.showModal();}else{p.hidden=open;p.setAttribute('aria-hidden',open?'true':'false');}});});
"""


def meta_head(S: dict, pg: dict, extra: str = "", css: str = "") -> str:
    title = pg["title"]
    desc = pg.get("desc") or f"{S['org']} – information och e-tjänster för dig som bor, arbetar eller driver företag i {S['kommun']}."
    return (
        f'<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n"
        f'<meta name="description" content="{esc(desc)}">\n'
        f'<link rel="canonical" href="__ORIGIN__{esc(pg["path"])}">\n'
        f'<meta property="og:site_name" content="{esc(S["org"])}">\n'
        f'<meta property="og:title" content="{esc(pg["h1"])}">\n'
        f"{extra}<style>{css}</style>\n"
    )


def jsonld(S: dict, pg: dict) -> str:
    if not pg.get("front"):
        return ""
    data = {"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": S["org"],
            "url": "__ORIGIN__/", "telephone": S["vaxel"], "address": {"@type": "PostalAddress",
            "streetAddress": S["street"], "postalCode": S["postcode"], "addressLocality": S["kommun"]}}
    data.update(S.get("jsonld_extra", {}))
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


WP_META = '<meta name="generator" content="WordPress 6.6.2">\n'
DRUPAL_META = '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n'
NG_BASE = '<base href="/">\n'


def simple_list(items: list[str], ul_cls: str = "", li_cls: str = "") -> str:
    return f'<ul class="{ul_cls}">' + "".join(f'<li class="{li_cls}">{x}</li>' for x in items) + "</ul>"


# ---------------------------------------------------------------------------------------
# 1. Sitevision 2024 (Sjövalla): sv-layout/sv-portlet divs, envision classes, header element,
#    mega-menu panels with `hidden`, footer as sv-layout div with role=contentinfo.
# ---------------------------------------------------------------------------------------
SV_CSS = (
    "body{margin:0;font-family:'Source Sans 3',Arial,sans-serif;color:#1c1c1c}"
    ".sol-skip{position:absolute;left:-9999px}.sol-skip:focus{left:1rem;top:1rem}"
    ".sol-top-bar{background:#00385f;color:#fff;font-size:.875rem}.sol-top-bar a,.sol-top-bar button{color:#fff}"
    ".env-list{list-style:none;margin:0;padding:0;display:flex;gap:1rem}"
    ".sol-mega-panel{position:absolute;left:0;right:0;background:#fff;box-shadow:0 4px 12px rgba(0,0,0,.2)}"
    ".sol-hero{background:#e6eff5;padding:3rem 1rem}.sol-hero__search input{font-size:1.4rem;width:70%}"
    ".sol-tiles{display:grid;grid-template-columns:repeat(3,1fr);gap:1rem}"
    ".sol-footer{background:#00385f;color:#fff}.sol-footer a{color:#fff}.sol-footer .sv-row{display:flex}"
    ".sol-chat{position:fixed;right:1.5rem;bottom:1.5rem;border-radius:2rem;background:#c8102e;color:#fff}"
    ".sol-cookie{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:4px solid #00385f}"
)


def render_sitevision(S: dict, pg: dict) -> str:
    tb = "".join(f'<li class="env-list__item">{tb_item(i, cls="sol-top-bar__link", btn_cls="sol-top-bar__btn")}</li>' for i in S["topbar"])
    mega = []
    for n, a in enumerate(S["areas"]):
        pid = f"sol-mega-{n}"
        cols = "".join(f'<li class="sol-mega-panel__item"><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in a["subs"])
        mega.append(
            f'<li class="env-list__item sol-mega__item">'
            f'<a class="sol-mega__link" href="{esc(a["href"])}">{esc(a["title"])}</a>'
            f'<button class="sol-mega__toggle" aria-expanded="false" aria-controls="{pid}"><span class="env-assistive-text">Visa undersidor till {esc(a["title"])}</span></button>'
            f'<div class="sol-mega-panel" id="{pid}" hidden><div class="sv-row"><div class="sv-column-4">'
            f'<a class="sol-mega-panel__title" href="{esc(a["href"])}">Allt om {esc(a["title"].lower())}</a></div>'
            f'<div class="sv-column-8"><ul class="sol-mega-panel__list">{cols}</ul></div></div></div></li>'
        )
    header = (
        f'<header class="sol-header">'
        f'<div class="sol-top-bar"><div class="sv-layout sv-template-portlet"><ul class="env-list sol-top-bar__list">{tb}</ul></div></div>'
        f'<div class="sv-layout sol-header__main"><div class="sv-portlet sv-image-portlet"><a href="/" class="sol-logo">'
        f'<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{esc(S["org"])}, till startsidan" width="180" height="48"></a></div>'
        f'<div class="sv-portlet sv-searchform-portlet"><form action="{S["search"][0]}" method="get" role="search">'
        f'<label class="env-assistive-text" for="sol-q">Sök på webbplatsen</label><input id="sol-q" name="{S["search"][1]}" type="search">'
        f'<button type="submit">Sök</button></form></div></div>'
        f'<nav class="sol-mega" aria-label="Huvudmeny"><ul class="env-list sol-mega__list">{"".join(mega)}</ul></nav></header>'
    )
    if pg.get("front"):
        main = sv_front(S)
    else:
        main = (f'<div class="sv-layout sol-page"><div class="sv-portlet sv-html-portlet">{crumbs_html(pg, "sol-breadcrumbs")}</div>'
                f'<div class="sv-portlet sv-text-portlet sv-use-margins"><h1 class="heading">{esc(pg["h1"])}</h1></div>'
                f'<div class="sv-portlet sv-text-portlet sol-article">{pg["body"]}</div>'
                f'<div class="sv-portlet sv-html-portlet sol-updated"><p>Senast uppdaterad: {pg.get("updated", "2025-09-02")}</p></div></div>')
    cols = "".join(
        f'<div class="sv-column-3 sol-footer__col"><h2 class="sol-footer__heading">{esc(c["heading"])}</h2>{simple_list(c["items"], "sol-footer__list")}</div>'
        for c in S["footer_cols"])
    footer = (f'<div class="sv-layout sol-footer" role="contentinfo"><div class="sv-row">{cols}</div>'
              f'<div class="sv-row sol-footer__bottom"><p>© {esc(S["org"])} 2025</p></div></div>')
    chat = (f'<div class="sv-portlet sol-chat-portlet"><button type="button" class="sol-chat" aria-controls="sol-chat-win" aria-expanded="false">{esc(S["chat"])}</button>'
            f'<div id="sol-chat-win" hidden><p>Chatten öppnas i ett nytt fönster.</p></div></div>') if S.get("chat") else ""
    cookie = (f'<div id="cookie-consent" class="sol-cookie" role="region" aria-label="Kakor"><p>{esc(S["cookie_text"])} '
              f'<a href="{S["kakor"]}">Läs mer om kakor</a></p><button data-cookie="all">Godkänn alla kakor</button>'
              f'<button data-cookie="necessary">Endast nödvändiga</button></div>')
    return (f'<!DOCTYPE html>\n<html lang="sv" class="sv-no-js">\n<head>\n{meta_head(S, pg, css=SV_CSS)}'
            f'<link rel="stylesheet" href="/sitevision/system-resource/6f2a/css/portlets.css" media="print">\n{jsonld(S, pg)}</head>\n'
            f'<body class="sv-responsive">\n<a class="sol-skip" href="#sol-main">Hoppa till huvudinnehållet</a>\n{cookie}\n'
            f'<div class="sv-layout" id="svid10_1a2b3c">{header}\n<div id="sol-main" class="sv-layout sol-main" role="main">{main}</div>\n{footer}</div>\n{chat}\n'
            f'<script>{COOKIE_JS}{MENU_JS}</script>\n</body>\n</html>\n')


def sv_front(S: dict) -> str:
    h = S["hero"]
    tiles = "".join(f'<li class="sol-tile"><a class="sol-tile__link" href="{esc(hh)}"><span class="sol-tile__icon" aria-hidden="true"></span>{esc(t)}</a></li>' for t, hh in h["tiles"])
    out = [f'<div class="sv-layout sol-hero"><div class="sv-portlet sv-text-portlet"><h1 class="sol-hero__title">{esc(h["h1"])}</h1><p>{esc(h["lead"])}</p></div>'
           f'<div class="sv-portlet sv-searchform-portlet sol-hero__search"><form action="{S["search"][0]}" method="get" role="search">'
           f'<label for="sol-hero-q">{esc(h["label"])}</label><input id="sol-hero-q" name="{S["search"][1]}" type="search" placeholder="{esc(h["placeholder"])}">'
           f'<button type="submit">Sök</button></form></div>'
           f'<div class="sv-portlet sv-html-portlet"><h2 class="sol-hero__subtitle">{esc(h["tiles_heading"])}</h2><ul class="sol-tiles">{tiles}</ul></div></div>']
    for sec in S["sections"]:
        out.append(f'<div class="sv-layout sol-section sol-section--{sec["kind"]}"><div class="sv-portlet sv-text-portlet"><h2>{esc(sec["heading"])}</h2></div>')
        if sec["kind"] == "news":
            for t, hh, d, s in sec["items"]:
                out.append(f'<div class="sv-portlet sv-archive-portlet sol-news-item"><a href="{esc(hh)}"><span class="sol-news-item__title">{esc(t)}</span></a>'
                           f'<time datetime="{d}">{d}</time><p>{esc(s)}</p></div>')
        else:
            lis = "".join(f'<li><a href="{esc(hh)}">{esc(t)}</a></li>' for t, hh in sec["items"])
            out.append(f'<div class="sv-portlet sv-html-portlet"><ul class="sol-link-list">{lis}</ul></div>')
        if sec.get("more"):
            out.append(f'<div class="sv-portlet"><a class="sol-more" href="{esc(sec["more"][1])}">{esc(sec["more"][0])}</a></div>')
        out.append("</div>")
    return "".join(out)


# ---------------------------------------------------------------------------------------
# 2. Municipio 4 (Norrhamra): WordPress, BEM c-/o- classes, the whole primary menu in a
#    drawer behind a "Meny" button (aria-hidden="true"), site search at /?s=.
# ---------------------------------------------------------------------------------------
MUN_CSS = (
    "body{font-family:Roboto,sans-serif;margin:0}.u-sr__only{position:absolute;clip:rect(0 0 0 0)}"
    ".c-header__top{background:#2e3d4f;color:#fff}.c-nav--helper{display:flex;gap:1rem;list-style:none}"
    ".c-drawer{position:fixed;top:0;right:0;width:22rem;height:100%;background:#fff;transform:translateX(100%)}"
    ".c-drawer[aria-hidden=false]{transform:none}.c-segment--hero{background:#dbe7df;padding:4rem 2rem}"
    ".c-card{border:1px solid #ddd;border-radius:.5rem;padding:1rem}.o-grid{display:grid;grid-template-columns:repeat(4,1fr);gap:1rem}"
    ".c-footer{background:#2e3d4f;color:#fff}.c-footer a{color:#fff}.c-chat{position:fixed;bottom:1rem;right:1rem}"
)


def render_municipio(S: dict, pg: dict) -> str:
    helper = "".join(f'<li class="c-nav__item">{tb_item(i, cls="c-nav__link", btn_cls="c-button c-button--basic")}</li>' for i in S["topbar"])
    drawer_items = []
    for n, a in enumerate(S["areas"]):
        subs = "".join(f'<li class="c-nav__item c-nav__item--depth-1"><a class="c-nav__link" href="{esc(h)}">{esc(t)}</a></li>' for t, h in a["subs"])
        drawer_items.append(
            f'<li class="c-nav__item c-nav__item--depth-0 has-children"><a class="c-nav__link" href="{esc(a["href"])}">{esc(a["title"])}</a>'
            f'<button class="c-nav__toggle" aria-controls="c-sub-{n}" aria-expanded="false" aria-label="Visa undermeny"></button>'
            f'<ul class="c-nav c-nav--depth-1" id="c-sub-{n}" hidden>{subs}</ul></li>')
    header = (
        '<header class="c-header c-header--business" id="site-header">'
        f'<div class="c-header__top"><div class="o-container"><nav aria-label="Hjälpmeny"><ul class="c-nav c-nav--helper">{helper}</ul></nav></div></div>'
        f'<div class="c-header__main o-container"><a class="c-header__logotype" href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{esc(S["org"])} logotyp"></a>'
        f'<form class="c-search c-search--header" method="get" action="/" role="search"><label class="u-sr__only" for="hs">Sök</label>'
        f'<input id="hs" type="search" name="s" placeholder="Sök på webbplatsen"><button class="c-button">Sök</button></form>'
        '<button class="c-button c-button--drawer" aria-controls="drawer" aria-expanded="false"><span class="c-icon c-icon--menu" aria-hidden="true"></span>Meny</button></div>'
        '</header>'
        f'<div class="c-drawer" id="drawer" aria-hidden="true"><div class="c-drawer__header"><span class="c-drawer__title">Meny</span>'
        '<button class="c-button c-drawer__close" aria-controls="drawer" aria-expanded="true">Stäng</button></div>'
        f'<nav class="c-drawer__body" aria-label="Huvudmeny"><ul class="c-nav c-nav--drawer c-nav--depth-0">{"".join(drawer_items)}</ul></nav></div>'
    )
    if pg.get("front"):
        h = S["hero"]
        tiles = "".join(f'<a class="c-card c-card--link" href="{esc(hh)}"><span class="c-card__heading">{esc(t)}</span></a>' for t, hh in h["tiles"])
        parts = [f'<section class="c-segment c-segment--hero"><div class="c-segment__inner"><h1 class="c-typography c-typography__variant--h1">{esc(h["h1"])}</h1>'
                 f'<p class="c-segment__text">{esc(h["lead"])}</p><form class="c-search c-search--hero" method="get" action="/" role="search">'
                 f'<label for="hero-s">{esc(h["label"])}</label><input id="hero-s" type="search" name="s" placeholder="{esc(h["placeholder"])}"><button class="c-button c-button--filled">Sök</button></form>'
                 f'<h2 class="u-sr__only">{esc(h["tiles_heading"])}</h2><div class="o-grid c-segment__tiles">{tiles}</div></div></section>']
        for sec in S["sections"]:
            if sec["kind"] == "news":
                cards = "".join(f'<article class="c-card c-card--news"><time class="c-card__meta" datetime="{d}">{d}</time>'
                                f'<h3 class="c-card__heading"><a href="{esc(hh)}">{esc(t)}</a></h3><p class="c-card__body">{esc(s)}</p></article>' for t, hh, d, s in sec["items"])
            else:
                cards = "".join(f'<a class="c-card c-card--icon" href="{esc(hh)}"><span class="c-card__heading">{esc(t)}</span></a>' for t, hh in sec["items"])
            more = f'<a class="c-button c-button--outlined" href="{esc(sec["more"][1])}">{esc(sec["more"][0])}</a>' if sec.get("more") else ""
            parts.append(f'<section class="c-segment c-segment--{sec["kind"]}"><h2 class="c-segment__heading">{esc(sec["heading"])}</h2><div class="o-grid">{cards}</div>{more}</section>')
        main = "".join(parts)
    else:
        main = (f'<div class="o-container">{crumbs_html(pg, "c-breadcrumb", "c-breadcrumb__item")}<article class="c-article s-article">'
                f'<h1 class="c-typography c-typography__variant--h1">{esc(pg["h1"])}</h1>{pg["body"]}'
                f'<footer class="c-article__footer"><p>Publicerad {pg.get("updated", "2025-08-18")}</p></footer></article></div>')
    cols = "".join(f'<div class="c-footer__column o-grid-3"><h2 class="c-footer__heading">{esc(c["heading"])}</h2>{simple_list(c["items"], "c-footer__links")}</div>' for c in S["footer_cols"])
    footer = f'<footer class="c-footer" id="site-footer"><div class="o-container o-grid">{cols}</div><div class="c-footer__sub">© {esc(S["org"])}</div></footer>'
    chat = f'<div class="c-chat"><button class="c-button c-button--filled c-chat__toggle" type="button">{esc(S["chat"])}</button></div>' if S.get("chat") else ""
    cookie = (f'<div id="cookie-consent" class="c-cookie-consent" role="dialog" aria-modal="false" aria-label="Cookies"><p>{esc(S["cookie_text"])}</p>'
              f'<a href="{S["kakor"]}">Om kakor</a><button class="c-button" data-cookie="all">Acceptera</button><button class="c-button" data-cookie="necessary">Neka</button></div>')
    return (f'<!DOCTYPE html>\n<html lang="sv-SE">\n<head>\n{meta_head(S, pg, css=MUN_CSS, extra=WP_META)}'
            f'<link rel="stylesheet" id="municipio-css" href="/wp-content/themes/municipio/assets/dist/css/app.css" media="print">\n{jsonld(S, pg)}</head>\n'
            f'<body class="{"home page-template-default" if pg.get("front") else "page-template-default page"} wp-theme-municipio">\n'
            f'<a class="c-button u-sr__only u-sr__only--focusable" href="#main-content">Hoppa till innehåll</a>\n{header}\n'
            f'<main id="main-content" class="c-main">{main}</main>\n{footer}\n{chat}\n{cookie}\n<script>{COOKIE_JS}{MENU_JS}</script>\n</body>\n</html>\n')


# ---------------------------------------------------------------------------------------
# 3. Optimizely CMS 12 (Ekestad): PascalCase BEM, mega-menu with buttons opening panels
#    (`aria-hidden="true"` + class is-hidden), blocks as ContentArea items, chat widget.
# ---------------------------------------------------------------------------------------
OPT_CSS = (
    "html{font-size:100%}body{margin:0;font-family:Inter,Arial,sans-serif}.SkipLink{position:absolute;top:-40px}"
    ".ServiceBar{background:#173f35;color:#fff;display:flex;justify-content:flex-end;gap:1.25rem;padding:.4rem 2rem}"
    ".ServiceBar a,.ServiceBar button{color:#fff;background:none;border:0}.MainNav__list{display:flex;list-style:none}"
    ".MegaMenu.is-hidden{display:none}.MegaMenu__columns{display:grid;grid-template-columns:repeat(3,1fr)}"
    ".Hero{background:#173f35 url(/globalassets/hero.jpg) center/cover;color:#fff;padding:5rem 2rem}"
    ".QuickLinks{display:flex;flex-wrap:wrap;gap:.75rem}.ContentArea__item{margin:2rem 0}"
    ".SiteFooter{background:#f2f2ee}.SiteFooter__columns{display:grid;grid-template-columns:repeat(4,1fr)}"
    ".ChatLauncher{position:fixed;right:1.5rem;bottom:1.5rem}.CookieBar{position:fixed;bottom:0;width:100%;background:#fff}"
)


def render_optimizely(S: dict, pg: dict) -> str:
    bar = "".join(tb_item(i, cls="ServiceBar__link", btn_cls="ServiceBar__button") for i in S["topbar"])
    items = []
    for n, a in enumerate(S["areas"]):
        groups = a.get("groups") or [("", a["subs"])]
        cols = "".join(
            f'<div class="MegaMenu__column">{f"<h3 class={chr(34)}MegaMenu__heading{chr(34)}>{esc(g)}</h3>" if g else ""}'
            f'<ul class="MegaMenu__links">{"".join(f"<li><a class={chr(34)}MegaMenu__link{chr(34)} href={chr(34)}{esc(h)}{chr(34)}>{esc(t)}</a></li>" for t, h in subs)}</ul></div>'
            for g, subs in groups)
        items.append(
            f'<li class="MainNav__item"><button class="MainNav__button" aria-expanded="false" aria-controls="mega-{n}">{esc(a["title"])}</button>'
            f'<div class="MegaMenu is-hidden" id="mega-{n}" aria-hidden="true"><div class="MegaMenu__inner">'
            f'<a class="MegaMenu__landing" href="{esc(a["href"])}">Gå till {esc(a["title"])}</a><div class="MegaMenu__columns">{cols}</div></div></div></li>')
    header = (f'<header class="SiteHeader"><div class="ServiceBar" aria-label="Genvägar">{bar}</div>'
              f'<div class="SiteHeader__main"><a class="SiteHeader__logo" href="/" aria-label="{esc(S["org"])} – startsida"><svg width="160" height="44" aria-hidden="true"><rect width="160" height="44"/></svg></a>'
              f'<form class="SiteHeader__search" action="{S["search"][0]}" method="get"><input type="search" name="{S["search"][1]}" aria-label="Sök"><button>Sök</button></form></div>'
              f'<nav class="MainNav" aria-label="Huvudnavigering"><ul class="MainNav__list">{"".join(items)}</ul></nav></header>')
    if pg.get("front"):
        h = S["hero"]
        ql = "".join(f'<a class="QuickLinks__link" href="{esc(hh)}">{esc(t)}</a>' for t, hh in h["tiles"])
        parts = [f'<section class="Hero" aria-labelledby="hero-h"><div class="Hero__content"><h1 id="hero-h" class="Hero__heading">{esc(h["h1"])}</h1>'
                 f'<p class="Hero__preamble">{esc(h["lead"])}</p><form class="Hero__search" action="{S["search"][0]}" method="get"><label for="hq">{esc(h["label"])}</label>'
                 f'<input id="hq" type="search" name="{S["search"][1]}" placeholder="{esc(h["placeholder"])}"><button class="Button Button--primary">Sök</button></form>'
                 f'<div class="QuickLinks"><h2 class="QuickLinks__heading">{esc(h["tiles_heading"])}</h2>{ql}</div></div></section>']
        parts.append('<div class="ContentArea">')
        for sec in S["sections"]:
            if sec["kind"] == "news":
                body = "".join(f'<article class="NewsTeaser"><a class="NewsTeaser__link" href="{esc(hh)}"><h3 class="NewsTeaser__heading">{esc(t)}</h3></a>'
                               f'<p class="NewsTeaser__date">{d}</p><p class="NewsTeaser__text">{esc(s)}</p></article>' for t, hh, d, s in sec["items"])
                block = "NewsListBlock"
            else:
                body = "".join(f'<li class="LinkTiles__item"><a href="{esc(hh)}">{esc(t)}</a></li>' for t, hh in sec["items"])
                body = f'<ul class="LinkTiles">{body}</ul>'
                block = "LinkTilesBlock"
            more = f'<a class="Button Button--secondary" href="{esc(sec["more"][1])}">{esc(sec["more"][0])}</a>' if sec.get("more") else ""
            parts.append(f'<div class="ContentArea__item {block}"><h2 class="Block__heading">{esc(sec["heading"])}</h2>{body}{more}</div>')
        parts.append("</div>")
        main = "".join(parts)
    else:
        main = (f'<div class="ArticlePage">{crumbs_html(pg, "Breadcrumbs__list", "Breadcrumbs__item")}<h1 class="ArticlePage__heading">{esc(pg["h1"])}</h1>'
                f'<div class="ArticlePage__body RichText">{pg["body"]}</div><p class="ArticlePage__updated">Uppdaterad {pg.get("updated", "2025-06-11")}</p></div>')
    cols = "".join(f'<section class="SiteFooter__column"><h2 class="SiteFooter__heading">{esc(c["heading"])}</h2>{simple_list(c["items"], "SiteFooter__list")}</section>' for c in S["footer_cols"])
    chat = f'<button class="ChatLauncher" type="button" aria-label="{esc(S["chat"])}"><span class="ChatLauncher__icon" aria-hidden="true"></span>{esc(S["chat"])}</button>' if S.get("chat") else ""
    cookie = (f'<div id="cookie-consent" class="CookieBar" role="region" aria-label="Cookieinställningar"><p class="CookieBar__text">{esc(S["cookie_text"])} '
              f'<a href="{S["kakor"]}">Mer om kakor</a></p><button class="Button" data-cookie="all">Tillåt alla</button><button class="Button" data-cookie="necessary">Bara nödvändiga</button></div>')
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n{meta_head(S, pg, css=OPT_CSS)}<link rel="stylesheet" href="/dist/main.7f3c1a.css" media="print">\n{jsonld(S, pg)}</head>\n'
            f'<body class="Layout Layout--{"StartPage" if pg.get("front") else "ArticlePage"}">\n<a class="SkipLink" href="#main">Gå direkt till innehållet</a>\n'
            f'{header}\n<main id="main" class="Layout__main">{main}</main>\n<footer class="SiteFooter"><div class="SiteFooter__columns">{cols}</div>'
            f'<p class="SiteFooter__bottom">{esc(S["org"])} · Org.nr {S["orgnr"]}</p></footer>\n{chat}\n{cookie}\n<script>{COOKIE_JS}{MENU_JS}</script>\n</body>\n</html>\n')


# ---------------------------------------------------------------------------------------
# 4. Drupal 10 (Lindfors): regions and blocks, menu--main with expanded items whose
#    sub-menus are hidden by CSS, views-row news, field--name-body.  No trailing slashes.
# ---------------------------------------------------------------------------------------
DRU_CSS = (
    "body{margin:0;font-family:'Open Sans',sans-serif}.visually-hidden{position:absolute!important;clip:rect(1px,1px,1px,1px)}"
    ".region-top-bar{background:#5a1f4b;color:#fff}.region-top-bar ul{display:flex;gap:1rem;list-style:none}"
    ".menu--main>ul.menu{display:flex;list-style:none}.menu--main ul.menu ul.menu{display:none}"
    ".menu--main li.menu-item--expanded:hover>ul.menu,.menu--main li.is-open>ul.menu{display:block}"
    ".paragraph--type--hero{background:#f3e8f0;padding:3rem}.paragraph--type--hero .field--name-field-links{display:flex;gap:1rem}"
    ".views-row{border-bottom:1px solid #ccc}.region-footer{background:#2b0f24;color:#fff}.region-footer a{color:#fff}"
    ".region-footer .block{display:inline-block;vertical-align:top;width:24%}"
)


def render_drupal(S: dict, pg: dict) -> str:
    tb = "".join(f'<li>{tb_item(i, cls="top-bar__link", btn_cls="top-bar__button")}</li>' for i in S["topbar"])
    menu = []
    for a in S["areas"]:
        subs = "".join(f'<li class="menu-item"><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in a["subs"])
        menu.append(f'<li class="menu-item menu-item--expanded"><a href="{esc(a["href"])}" data-drupal-link-system-path="node/{len(a["title"]) * 7 + 11}">{esc(a["title"])}</a><ul class="menu">{subs}</ul></li>')
    header = (f'<div class="region region-top-bar"><nav role="navigation" aria-label="Verktyg" id="block-toolbar" class="block block-menu menu--tools"><ul class="menu">{tb}</ul></nav></div>'
              f'<header role="banner" class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block">'
              f'<a href="/" rel="home" class="site-logo"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Hem – {esc(S["org"])}"></a></div>'
              f'<div class="search-block-form block block-search" role="search"><form action="{S["search"][0]}" method="get" id="search-block-form">'
              f'<div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">Sök</label><input type="search" id="edit-keys" name="{S["search"][1]}" size="15" class="form-search"></div>'
              '<div class="form-actions"><input type="submit" value="Sök" class="button"></div></form></div></header>'
              f'<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">'
              f'<h2 class="visually-hidden" id="block-mainnavigation-menu">Huvudnavigation</h2><ul class="menu">{"".join(menu)}</ul></nav></div>')
    if pg.get("front"):
        h = S["hero"]
        links = "".join(f'<div class="field__item"><a href="{esc(hh)}">{esc(t)}</a></div>' for t, hh in h["tiles"])
        parts = [f'<div class="paragraph paragraph--type--hero paragraph--view-mode--default"><h1 class="page-title">{esc(h["h1"])}</h1>'
                 f'<div class="field field--name-field-lead">{esc(h["lead"])}</div>'
                 f'<form action="{S["search"][0]}" method="get" class="hero-search"><label for="hero-keys">{esc(h["label"])}</label>'
                 f'<input type="search" id="hero-keys" name="{S["search"][1]}" placeholder="{esc(h["placeholder"])}" class="form-search"><input type="submit" value="Sök" class="button"></form>'
                 f'<div class="field field--name-field-links-title">{esc(h["tiles_heading"])}</div><div class="field field--name-field-links field__items">{links}</div></div>']
        for sec in S["sections"]:
            if sec["kind"] == "news":
                rows = "".join(f'<div class="views-row"><article class="node node--type-news node--view-mode-teaser"><h3><a href="{esc(hh)}" rel="bookmark"><span class="field field--name-title">{esc(t)}</span></a></h3>'
                               f'<div class="field field--name-created">{d}</div><div class="field field--name-field-summary">{esc(s)}</div></article></div>' for t, hh, d, s in sec["items"])
                body = f'<div class="view view-news view-display-id-block_1"><div class="view-content">{rows}</div></div>'
            else:
                body = "".join(f'<div class="field__item"><a href="{esc(hh)}">{esc(t)}</a></div>' for t, hh in sec["items"])
                body = f'<div class="field field--name-field-links field__items">{body}</div>'
            more = f'<div class="more-link"><a href="{esc(sec["more"][1])}">{esc(sec["more"][0])}</a></div>' if sec.get("more") else ""
            parts.append(f'<div class="paragraph paragraph--type--{sec["kind"]}"><h2 class="paragraph__title">{esc(sec["heading"])}</h2>{body}{more}</div>')
        main = f'<div class="layout-content">{"".join(parts)}</div>'
    else:
        main = (f'<div class="layout-content"><div class="region region-breadcrumb">{crumbs_html(pg, "breadcrumb__list")}</div>'
                f'<div class="region region-content"><h1 class="page-title"><span class="field field--name-title">{esc(pg["h1"])}</span></h1>'
                f'<article class="node node--type-page node--view-mode-full"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">{pg["body"]}</div>'
                f'<div class="field field--name-changed">Senast ändrad {pg.get("updated", "2025-05-27")}</div></article></div></div>')
    cols = "".join(f'<div class="block block-block-content"><h2>{esc(c["heading"])}</h2><div class="field field--name-body">{simple_list(c["items"])}</div></div>' for c in S["footer_cols"])
    cookie = (f'<div id="cookie-consent" class="eu-cookie-compliance-banner" role="dialog" aria-labelledby="popup-text"><div id="popup-text"><p>{esc(S["cookie_text"])}</p></div>'
              f'<a href="{S["kakor"]}" class="find-more-button">Mer information</a><button type="button" class="agree-button" data-cookie="all">Jag godkänner</button>'
              '<button type="button" class="decline-button" data-cookie="necessary">Nej tack</button></div>')
    return (f'<!DOCTYPE html>\n<html lang="sv" dir="ltr">\n<head>\n{meta_head(S, pg, css=DRU_CSS, extra=DRUPAL_META)}{jsonld(S, pg)}</head>\n'
            f'<body class="{"path-frontpage" if pg.get("front") else "path-node page-node-type-page"}">\n<a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>\n'
            f'<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">{header}\n'
            f'<main role="main"><a id="main-content" tabindex="-1"></a>{main}</main>\n<footer role="contentinfo" class="region region-footer">{cols}</footer></div></div>\n{cookie}\n'
            f'<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"/","currentPath":"{esc(pg["path"])}","currentLanguage":"sv"}}}}</script>\n'
            f'<script>{COOKIE_JS}</script>\n</body>\n</html>\n')


# ---------------------------------------------------------------------------------------
# 5. Next.js 14 pages router (Västerlunda): div#__next, CSS-module class names,
#    mega-menu panels as hidden role=region divs, __NEXT_DATA__ JSON, no trailing slashes.
# ---------------------------------------------------------------------------------------
NEXT_CSS = (
    "body{margin:0;font-family:system-ui,sans-serif}.Skip_link__Q1w2e{position:absolute;left:-10000px}"
    ".TopBar_root__k3Lx9{background:#0b3d91;color:#fff;display:flex;gap:1rem;justify-content:flex-end;padding:.3rem 1.5rem}"
    ".TopBar_root__k3Lx9 a,.TopBar_root__k3Lx9 button{color:#fff;background:none;border:0}"
    ".MegaNav_list__aZ81p{display:flex;list-style:none}.MegaNav_panel__c7Tt2{position:absolute;left:0;right:0;background:#fff}"
    ".Hero_root__Vb6nM{background:#eaf0fb;padding:4rem 2rem}.Hero_search__x0P1q input{font-size:1.5rem}"
    ".Tiles_grid__p9Rr2{display:grid;grid-template-columns:repeat(3,1fr);gap:1rem}"
    ".Footer_root__e4Hs8{background:#0b3d91;color:#fff}.Footer_grid__L2pa0{display:grid;grid-template-columns:repeat(4,1fr)}"
    ".Footer_root__e4Hs8 a{color:#fff}.Cookie_root__m1Bq3{position:fixed;bottom:0;background:#fff;width:100%}"
)


def render_next(S: dict, pg: dict) -> str:
    tb = "".join(tb_item(i, cls="TopBar_link__f8Hh2", btn_cls="TopBar_button__Ju7y1") for i in S["topbar"])
    items = []
    for n, a in enumerate(S["areas"]):
        groups = a.get("groups") or [("Mer inom " + a["title"].lower(), a["subs"])]
        cols = "".join(
            f'<div class="MegaNav_col__r5Dd0"><p class="MegaNav_colTitle__u2Wq6">{esc(g)}</p><ul>'
            + "".join(f'<li><a class="MegaNav_link__T0y3m" href="{esc(h)}">{esc(t)}</a></li>' for t, h in subs) + "</ul></div>"
            for g, subs in groups)
        items.append(f'<li class="MegaNav_item__s2Nn4"><button type="button" class="MegaNav_trigger__y9Ee1" aria-expanded="false" aria-controls="panel-{n}">{esc(a["title"])}</button>'
                     f'<div id="panel-{n}" role="region" aria-label="{esc(a["title"])}" class="MegaNav_panel__c7Tt2" hidden><a class="MegaNav_overview__B6gg3" href="{esc(a["href"])}">Översikt: {esc(a["title"])}</a>{cols}</div></li>')
    header = (f'<div class="TopBar_root__k3Lx9">{tb}</div>'
              f'<header class="Header_root__8Xm2v"><a class="Header_logo__nN4c1" href="/"><img alt="{esc(S["org"])}" src="/_next/static/media/logo.4f2a9c.svg" width="170" height="46"></a>'
              f'<form class="Header_search__wQ5r2" action="{S["search"][0]}" method="get" role="search"><input name="{S["search"][1]}" type="search" aria-label="Sök på webbplatsen"><button type="submit">Sök</button></form>'
              f'<nav class="MegaNav_root__h7Gg3" aria-label="Huvudmeny"><ul class="MegaNav_list__aZ81p">{"".join(items)}</ul></nav></header>')
    if pg.get("front"):
        h = S["hero"]
        parts = [f'<section class="Hero_root__Vb6nM"><h1 class="Hero_title__g3Cc8">{esc(h["h1"])}</h1><p class="Hero_lead__Zz2k1">{esc(h["lead"])}</p>'
                 f'<form class="Hero_search__x0P1q" action="{S["search"][0]}" method="get" role="search"><label for="hero-q">{esc(h["label"])}</label>'
                 f'<input id="hero-q" name="{S["search"][1]}" type="search" placeholder="{esc(h["placeholder"])}"><button type="submit">Sök</button></form></section>']
        for sec in S["sections"]:
            if sec["kind"] == "news":
                body = "".join(f'<li class="NewsList_item__wW4e5"><a class="NewsList_link__q8Rt7" href="{esc(hh)}"><span class="NewsList_title__b1Nn2">{esc(t)}</span>'
                               f'<span class="NewsList_date__oP3s4">{d}</span><span class="NewsList_excerpt__Kk9h0">{esc(s)}</span></a></li>' for t, hh, d, s in sec["items"])
                body = f'<ul class="NewsList_list__e2Ww6">{body}</ul>'
            else:
                body = "".join(f'<a class="Tiles_tile__m3Kk4" href="{esc(hh)}"><span class="Tiles_label__r7Ff1">{esc(t)}</span></a>' for t, hh in sec["items"])
                body = f'<div class="Tiles_grid__p9Rr2">{body}</div>'
            more = f'<a class="Section_more__j4Gg5" href="{esc(sec["more"][1])}">{esc(sec["more"][0])}</a>' if sec.get("more") else ""
            parts.append(f'<section class="Section_root__z6Yy8"><h2 class="Section_title__d5Tt3">{esc(sec["heading"])}</h2>{body}{more}</section>')
        main = "".join(parts)
    else:
        main = (f'<div class="Page_root__n2Bb7">{crumbs_html(pg, "Breadcrumbs_list__g6Hh1")}<h1 class="Page_title__v8Mm2">{esc(pg["h1"])}</h1>'
                f'<div class="RichText_root__c4Xx9">{pg["body"]}</div><p class="Page_meta__l1Qq3">Senast granskad {pg.get("updated", "2025-10-01")}</p></div>')
    cols = "".join(f'<div class="Footer_col__u7Jj2"><h2 class="Footer_heading__a3Ss9">{esc(c["heading"])}</h2>{simple_list(c["items"], "Footer_list__y1Pp6")}</div>' for c in S["footer_cols"])
    cookie = (f'<div id="cookie-consent" class="Cookie_root__m1Bq3" role="dialog" aria-label="Vi använder kakor"><p>{esc(S["cookie_text"])} <a href="{S["kakor"]}">Läs mer</a></p>'
              '<button data-cookie="all">Godkänn</button><button data-cookie="necessary">Endast nödvändiga</button></div>')
    nd = {"props": {"pageProps": {"page": {"title": pg["h1"], "path": pg["path"], "blocks": pg.get("next_blocks", [])},
                                  "settings": S.get("next_settings", {})}}, "page": "/[[...slug]]", "buildId": "v9Yk3Lq2", "isFallback": False, "gssp": True}
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n{meta_head(S, pg, css=NEXT_CSS)}<link rel="preload" href="/_next/static/css/8c1e2f.css" as="style">\n{jsonld(S, pg)}</head>\n'
            f'<body>\n<div id="__next"><a class="Skip_link__Q1w2e" href="#innehall">Till innehållet</a>{header}\n'
            f'<main id="innehall" class="Layout_main__r3Ee1">{main}</main>\n<footer class="Footer_root__e4Hs8"><div class="Footer_grid__L2pa0">{cols}</div></footer>\n{cookie}</div>\n'
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(nd, ensure_ascii=False)}</script>\n'
            f'<script>{COOKIE_JS}{MENU_JS}</script>\n</body>\n</html>\n')


# ---------------------------------------------------------------------------------------
# 6. Design system with a native <dialog> drawer (Almsta): ds- classes, top bar as <ul>
#    in the header, the whole menu in a closed <dialog>, paths under /sv/.
# ---------------------------------------------------------------------------------------
DS_CSS = (
    ":root{--ds-color-primary:#6b2c91}body{margin:0;font-family:'Noto Sans',sans-serif}"
    ".ds-skip{position:absolute;transform:translateY(-120%)}.ds-skip:focus{transform:none}"
    ".ds-topbar{background:var(--ds-color-primary);color:#fff}.ds-topbar__list{display:flex;gap:1rem;list-style:none;justify-content:flex-end}"
    ".ds-topbar a,.ds-topbar button{color:#fff;background:none;border:0}.ds-drawer{width:min(28rem,100%);height:100%;margin:0 0 0 auto}"
    ".ds-hero{display:grid;grid-template-columns:2fr 1fr;gap:2rem;background:#f4eef8;padding:3rem}"
    ".ds-hero__contact{background:#fff;border-left:6px solid var(--ds-color-primary);padding:1.5rem}"
    ".ds-grid{display:grid;grid-template-columns:repeat(4,1fr);gap:1rem}.ds-footer{background:#2d1240;color:#fff}"
    ".ds-footer a{color:#fff}.ds-footer__grid{display:grid;grid-template-columns:repeat(4,1fr)}"
    ".ds-cookie{position:fixed;inset:auto 1rem 1rem 1rem;background:#fff;box-shadow:0 0 1rem #0004}"
)


def render_ds(S: dict, pg: dict) -> str:
    tb = "".join(f'<li class="ds-topbar__item">{tb_item(i, cls="ds-link ds-link--inverted", btn_cls="ds-button ds-button--text")}</li>' for i in S["topbar"])
    items = []
    for n, a in enumerate(S["areas"]):
        subs = "".join(f'<li class="ds-menu__subitem"><a class="ds-menu__sublink" href="{esc(h)}">{esc(t)}</a></li>' for t, h in a["subs"])
        items.append(f'<li class="ds-menu__item"><div class="ds-menu__row"><a class="ds-menu__link" href="{esc(a["href"])}">{esc(a["title"])}</a>'
                     f'<button class="ds-menu__expand" aria-expanded="false" aria-controls="ds-sub-{n}"><span class="ds-sr-only">Visa mer under {esc(a["title"])}</span></button></div>'
                     f'<ul class="ds-menu__sublist" id="ds-sub-{n}" hidden>{subs}</ul></li>')
    header = (f'<header class="ds-header"><div class="ds-topbar"><ul class="ds-topbar__list">{tb}</ul></div>'
              f'<div class="ds-header__bar"><a class="ds-header__logo" href="{S["home"]}"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{esc(S["org"])} – startsida"></a>'
              f'<form class="ds-search ds-search--small" action="{S["search"][0]}" method="get" role="search"><input class="ds-input" type="search" name="{S["search"][1]}" aria-label="Sök"><button class="ds-button">Sök</button></form>'
              '<button class="ds-button ds-button--menu" aria-controls="ds-menu" aria-expanded="false" aria-haspopup="dialog"><span aria-hidden="true">☰</span> Meny</button></div></header>'
              f'<dialog class="ds-drawer" id="ds-menu" aria-label="Huvudmeny"><div class="ds-drawer__head"><p class="ds-drawer__title">Meny</p>'
              '<button class="ds-button ds-button--text" aria-controls="ds-menu" aria-expanded="true">Stäng</button></div>'
              f'<nav aria-label="Huvudmeny"><ul class="ds-menu">{"".join(items)}</ul></nav></dialog>')
    if pg.get("front"):
        h = S["hero"]
        tiles = "".join(f'<a class="ds-card ds-card--link" href="{esc(hh)}"><span class="ds-card__title">{esc(t)}</span></a>' for t, hh in h["tiles"])
        box = h.get("box", "")
        parts = [f'<section class="ds-hero"><div class="ds-hero__main"><h1 class="ds-heading ds-heading--xl">{esc(h["h1"])}</h1><p class="ds-lead">{esc(h["lead"])}</p>'
                 f'<form class="ds-search ds-search--large" action="{S["search"][0]}" method="get" role="search"><label class="ds-label" for="hero-q">{esc(h["label"])}</label>'
                 f'<input class="ds-input ds-input--large" id="hero-q" type="search" name="{S["search"][1]}" placeholder="{esc(h["placeholder"])}"><button class="ds-button ds-button--primary">Sök</button></form></div>'
                 f'{box}</section>']
        if h.get("tiles"):
            parts.append(f'<section class="ds-section"><h2 class="ds-heading ds-heading--l">{esc(h["tiles_heading"])}</h2><div class="ds-grid">{tiles}</div></section>')
        for sec in S["sections"]:
            if sec["kind"] == "news":
                body = "".join(f'<article class="ds-news-card"><p class="ds-news-card__date">{d}</p><h3 class="ds-news-card__title"><a href="{esc(hh)}">{esc(t)}</a></h3><p>{esc(s)}</p></article>' for t, hh, d, s in sec["items"])
            else:
                body = "".join(f'<a class="ds-card ds-card--link" href="{esc(hh)}"><span class="ds-card__title">{esc(t)}</span></a>' for t, hh in sec["items"])
            more = f'<a class="ds-link ds-link--arrow" href="{esc(sec["more"][1])}">{esc(sec["more"][0])}</a>' if sec.get("more") else ""
            parts.append(f'<section class="ds-section ds-section--{sec["kind"]}"><h2 class="ds-heading ds-heading--l">{esc(sec["heading"])}</h2><div class="ds-grid">{body}</div>{more}</section>')
        main = "".join(parts)
    else:
        main = (f'<div class="ds-container ds-page">{crumbs_html(pg, "ds-breadcrumbs", "ds-breadcrumbs__item")}<h1 class="ds-heading ds-heading--xl">{esc(pg["h1"])}</h1>'
                f'<div class="ds-prose">{pg["body"]}</div><p class="ds-page__updated">Senast uppdaterad {pg.get("updated", "2025-09-15")}</p></div>')
    cols = "".join(f'<div class="ds-footer__col"><h2 class="ds-heading ds-heading--s">{esc(c["heading"])}</h2>{simple_list(c["items"], "ds-footer__list")}</div>' for c in S["footer_cols"])
    cookie = (f'<div id="cookie-consent" class="ds-cookie" role="dialog" aria-label="Kakor på {esc(S["kommun"])}.se"><h2 class="ds-heading ds-heading--s">Kakor</h2><p>{esc(S["cookie_text"])}</p>'
              f'<a class="ds-link" href="{S["kakor"]}">Om kakor</a> <button class="ds-button ds-button--primary" data-cookie="all">Acceptera alla</button>'
              '<button class="ds-button" data-cookie="necessary">Bara nödvändiga</button></div>')
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n{meta_head(S, pg, css=DS_CSS)}{jsonld(S, pg)}</head>\n<body class="ds-body">\n'
            f'<a class="ds-skip" href="#huvudinnehall">Hoppa direkt till innehållet</a>\n{header}\n<main id="huvudinnehall" class="ds-main">{main}</main>\n'
            f'<footer class="ds-footer"><div class="ds-footer__grid">{cols}</div><p class="ds-footer__legal">{esc(S["org"])} · Org.nr {S["orgnr"]}</p></footer>\n{cookie}\n'
            f'<script>{COOKIE_JS}{MENU_JS}</script>\n</body>\n</html>\n')


# ---------------------------------------------------------------------------------------
# 7. Umbraco + Bootstrap 5 (Granhamn): navbar-expand-xl with dropdown-menu sub-items,
#    offcanvas for small screens is the same list, cards, container-xxl.
# ---------------------------------------------------------------------------------------
BS_CSS = (
    "body{margin:0;font-family:'Lato',sans-serif}.visually-hidden-focusable:not(:focus){position:absolute;width:1px;height:1px;overflow:hidden}"
    ".topbar{background:#0e4c5a;font-size:.9rem}.topbar .nav-link{color:#fff}.navbar-nav{display:flex;list-style:none}"
    ".dropdown-menu{display:none;position:absolute}.dropdown-menu.show{display:block}.hero{background:#d7ecef;padding:4rem 0}"
    ".row{display:flex;flex-wrap:wrap}.col-md-3{width:25%}.col-md-4{width:33%}.card{border:1px solid #ccd;border-radius:.4rem}"
    "footer.site-footer{background:#0e4c5a;color:#fff}footer.site-footer a{color:#fff}"
    "#cookie-consent{position:fixed;bottom:0;left:0;right:0;background:#fff;z-index:1080}"
)


def render_bootstrap(S: dict, pg: dict) -> str:
    tb = "".join(f'<li class="nav-item">{tb_item(i, cls="nav-link", btn_cls="btn btn-link nav-link")}</li>' for i in S["topbar"])
    items = []
    for n, a in enumerate(S["areas"]):
        subs = "".join(f'<li><a class="dropdown-item" href="{esc(h)}">{esc(t)}</a></li>' for t, h in a["subs"])
        items.append(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{esc(a["href"])}" id="dd{n}" role="button" data-bs-toggle="dropdown" aria-expanded="false">{esc(a["title"])}</a>'
                     f'<ul class="dropdown-menu" aria-labelledby="dd{n}"><li><a class="dropdown-item fw-bold" href="{esc(a["href"])}">{esc(a["title"])} – översikt</a></li>{subs}</ul></li>')
    header = (f'<div class="topbar"><div class="container-xxl"><ul class="nav justify-content-end">{tb}</ul></div></div>'
              f'<header class="site-header border-bottom"><nav class="navbar navbar-expand-xl" aria-label="Huvudmeny"><div class="container-xxl">'
              f'<a class="navbar-brand" href="/"><img src="/media/1x2kq3/logo-granhamn.svg" alt="{esc(S["org"])}" width="190" height="50"></a>'
              '<button class="navbar-toggler" type="button" data-bs-toggle="offcanvas" data-bs-target="#offcanvasNav" aria-controls="offcanvasNav" aria-label="Öppna menyn">Meny</button>'
              '<div class="offcanvas offcanvas-end" tabindex="-1" id="offcanvasNav" aria-labelledby="offcanvasNavLabel"><div class="offcanvas-header"><h2 class="offcanvas-title h5" id="offcanvasNavLabel">Meny</h2>'
              '<button type="button" class="btn-close" data-bs-dismiss="offcanvas" aria-label="Stäng"></button></div>'
              f'<div class="offcanvas-body"><ul class="navbar-nav me-auto">{"".join(items)}</ul>'
              f'<form class="d-flex" role="search" action="{S["search"][0]}" method="get"><input class="form-control me-2" type="search" name="{S["search"][1]}" placeholder="Sök" aria-label="Sök"><button class="btn btn-outline-primary" type="submit">Sök</button></form>'
              '</div></div></div></nav></header>')
    if pg.get("front"):
        h = S["hero"]
        tiles = "".join(f'<div class="col-6 col-md-4 col-lg-2"><a class="btn btn-light w-100 shortcut" href="{esc(hh)}">{esc(t)}</a></div>' for t, hh in h["tiles"])
        parts = [f'<section class="hero"><div class="container-xxl"><h1 class="display-5">{esc(h["h1"])}</h1><p class="lead">{esc(h["lead"])}</p>'
                 f'<form class="hero-search input-group input-group-lg" action="{S["search"][0]}" method="get" role="search"><label class="visually-hidden" for="hero-q">{esc(h["label"])}</label>'
                 f'<input class="form-control" id="hero-q" type="search" name="{S["search"][1]}" placeholder="{esc(h["placeholder"])}"><button class="btn btn-primary" type="submit">Sök</button></form>'
                 f'<h2 class="h6 mt-4">{esc(h["tiles_heading"])}</h2><div class="row g-2">{tiles}</div></div></section>']
        for sec in S["sections"]:
            if sec["kind"] == "news":
                body = "".join(f'<div class="col-md-4"><div class="card h-100"><div class="card-body"><p class="card-subtitle text-muted">{d}</p>'
                               f'<h3 class="card-title h5"><a class="stretched-link" href="{esc(hh)}">{esc(t)}</a></h3><p class="card-text">{esc(s)}</p></div></div></div>' for t, hh, d, s in sec["items"])
            else:
                body = "".join(f'<div class="col-md-3"><a class="card card-body h-100" href="{esc(hh)}">{esc(t)}</a></div>' for t, hh in sec["items"])
            more = f'<p class="mt-3"><a class="btn btn-outline-primary" href="{esc(sec["more"][1])}">{esc(sec["more"][0])}</a></p>' if sec.get("more") else ""
            parts.append(f'<section class="py-5"><div class="container-xxl"><h2>{esc(sec["heading"])}</h2><div class="row g-3">{body}</div>{more}</div></section>')
        main = "".join(parts)
    else:
        main = (f'<div class="container-xxl py-4">{crumbs_html(pg, "breadcrumb", "breadcrumb-item")}<div class="row"><div class="col-lg-8"><h1>{esc(pg["h1"])}</h1>'
                f'<div class="umb-block-list">{pg["body"]}</div><p class="text-muted small">Sidan uppdaterades {pg.get("updated", "2025-04-30")}</p></div></div></div>')
    cols = "".join(f'<div class="col-md-3"><h2 class="h5">{esc(c["heading"])}</h2>{simple_list(c["items"], "list-unstyled")}</div>' for c in S["footer_cols"])
    cookie = (f'<div id="cookie-consent" class="p-3 shadow" role="dialog" aria-label="Kakor"><p class="mb-2">{esc(S["cookie_text"])} <a href="{S["kakor"]}">Läs mer om kakor</a></p>'
              '<button class="btn btn-primary" data-cookie="all">Godkänn alla</button> <button class="btn btn-secondary" data-cookie="necessary">Endast nödvändiga</button></div>')
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n{meta_head(S, pg, css=BS_CSS)}<link href="/css/bootstrap.min.css?v=5.3.3" rel="stylesheet" media="print">\n{jsonld(S, pg)}</head>\n'
            f'<body>\n<a class="visually-hidden-focusable" href="#main">Hoppa till innehållet</a>\n{header}\n<main id="main">{main}</main>\n'
            f'<footer class="site-footer py-5"><div class="container-xxl"><div class="row">{cols}</div><p class="small mt-4">Org.nr {S["orgnr"]}</p></div></footer>\n{cookie}\n'
            f'<script>{COOKIE_JS}</script>\n</body>\n</html>\n')


# ---------------------------------------------------------------------------------------
# 8. Angular 17 SSR (Ringvik): <app-root ng-version>, component elements with _ngcontent-*
#    attributes, mega-menu panels `hidden`, transfer-state JSON; judged as served.
# ---------------------------------------------------------------------------------------
NG_CSS = (
    "body{margin:0;font-family:Montserrat,sans-serif}app-skip-link a{position:absolute;left:-999px}"
    ".rk-topbar[_ngcontent-ng-c1402]{display:flex;gap:1rem;justify-content:flex-end;background:#8a3b12;color:#fff}"
    ".rk-topbar a,.rk-topbar button{color:#fff;background:none;border:0}.rk-nav__list{display:flex;list-style:none}"
    ".rk-panel[hidden]{display:none}.rk-hero{background:#fbeee6;padding:4rem 2rem}.rk-shortcuts{display:flex;gap:1rem;flex-wrap:wrap}"
    ".rk-footer{background:#3b1a08;color:#fff}.rk-footer a{color:#fff}.rk-footer__cols{display:grid;grid-template-columns:repeat(4,1fr)}"
    "app-cookie-banner .rk-cookie{position:fixed;bottom:0;left:0;right:0;background:#fff}"
)


def render_angular(S: dict, pg: dict) -> str:
    c = '_ngcontent-ng-c1402=""'
    tb = "".join(f'<li {c}>{tb_item(i, cls="rk-topbar__link", btn_cls="rk-topbar__btn")}</li>' for i in S["topbar"])
    items = []
    for n, a in enumerate(S["areas"]):
        subs = "".join(f'<li _ngcontent-ng-c2210=""><a _ngcontent-ng-c2210="" class="rk-panel__link" href="{esc(h)}">{esc(t)}</a></li>' for t, h in a["subs"])
        items.append(f'<li _ngcontent-ng-c2210="" class="rk-nav__item"><a _ngcontent-ng-c2210="" class="rk-nav__link" href="{esc(a["href"])}">{esc(a["title"])}</a>'
                     f'<button _ngcontent-ng-c2210="" class="rk-nav__toggle" aria-expanded="false" aria-controls="rk-panel-{n}" aria-label="Öppna {esc(a["title"])}"></button>'
                     f'<div _ngcontent-ng-c2210="" class="rk-panel" id="rk-panel-{n}" hidden><ul _ngcontent-ng-c2210="" class="rk-panel__list">{subs}</ul></div></li>')
    header = (f'<app-header _nghost-ng-c1402=""><div {c} class="rk-topbar"><ul {c} class="rk-topbar__list" style="display:flex;list-style:none;gap:1rem">{tb}</ul></div>'
              f'<div {c} class="rk-header" role="banner"><a {c} class="rk-logo" href="/"><img {c} src="/assets/logo-ringvik.svg" alt="{esc(S["org"])}"></a>'
              f'<app-search-box {c}><form class="rk-search" action="{S["search"][0]}" method="get" role="search"><input type="search" name="{S["search"][1]}" aria-label="Sök"><button type="submit">Sök</button></form></app-search-box></div>'
              f'<app-mega-menu {c} _nghost-ng-c2210=""><nav _ngcontent-ng-c2210="" class="rk-nav" aria-label="Huvudmeny"><ul _ngcontent-ng-c2210="" class="rk-nav__list">{"".join(items)}</ul></nav></app-mega-menu></app-header>')
    if pg.get("front"):
        h = S["hero"]
        sc = "".join(f'<a _ngcontent-ng-c3391="" class="rk-shortcut" href="{esc(hh)}">{esc(t)}</a>' for t, hh in h["tiles"])
        parts = [f'<app-hero _nghost-ng-c3391=""><section _ngcontent-ng-c3391="" class="rk-hero"><h1 _ngcontent-ng-c3391="">{esc(h["h1"])}</h1><p _ngcontent-ng-c3391="">{esc(h["lead"])}</p>'
                 f'<form _ngcontent-ng-c3391="" action="{S["search"][0]}" method="get" role="search" class="rk-hero__search"><label _ngcontent-ng-c3391="" for="hq">{esc(h["label"])}</label>'
                 f'<input _ngcontent-ng-c3391="" id="hq" type="search" name="{S["search"][1]}" placeholder="{esc(h["placeholder"])}"><button _ngcontent-ng-c3391="">Sök</button></form>'
                 f'<div _ngcontent-ng-c3391="" class="rk-shortcuts" role="group" aria-label="{esc(h["tiles_heading"])}">{sc}</div></section></app-hero>']
        for sec in S["sections"]:
            if sec["kind"] == "news":
                body = "".join(f'<app-news-card _ngcontent-ng-c4410=""><a class="rk-news" href="{esc(hh)}"><h3>{esc(t)}</h3><time datetime="{d}">{d}</time><p>{esc(s)}</p></a></app-news-card>' for t, hh, d, s in sec["items"])
                tag = "app-news-list"
            else:
                body = "".join(f'<a class="rk-tile" href="{esc(hh)}">{esc(t)}</a>' for t, hh in sec["items"])
                tag = "app-link-tiles"
            more = f'<a class="rk-more" href="{esc(sec["more"][1])}">{esc(sec["more"][0])}</a>' if sec.get("more") else ""
            parts.append(f'<{tag} _nghost-ng-c4410=""><section _ngcontent-ng-c4410="" class="rk-section"><h2 _ngcontent-ng-c4410="">{esc(sec["heading"])}</h2>{body}{more}</section></{tag}>')
        main = "".join(parts)
    else:
        main = (f'<app-content-page _nghost-ng-c5120=""><div _ngcontent-ng-c5120="" class="rk-page">{crumbs_html(pg, "rk-breadcrumbs")}<h1 _ngcontent-ng-c5120="">{esc(pg["h1"])}</h1>'
                f'<div _ngcontent-ng-c5120="" class="rk-richtext">{pg["body"]}</div><p _ngcontent-ng-c5120="" class="rk-updated">Uppdaterad {pg.get("updated", "2025-07-03")}</p></div></app-content-page>')
    cols = "".join(f'<div _ngcontent-ng-c6001="" class="rk-footer__col"><h2 _ngcontent-ng-c6001="">{esc(col["heading"])}</h2>{simple_list(col["items"])}</div>' for col in S["footer_cols"])
    cookie = (f'<app-cookie-banner><div id="cookie-consent" class="rk-cookie" role="dialog" aria-label="Kakor"><p>{esc(S["cookie_text"])} <a href="{S["kakor"]}">Mer om kakor</a></p>'
              '<button data-cookie="all">Godkänn alla</button><button data-cookie="necessary">Endast nödvändiga</button></div></app-cookie-banner>')
    state = {"cms-page": {"path": pg["path"], "title": pg["h1"]}, "menu-version": 42}
    return (f'<!DOCTYPE html>\n<html lang="sv" data-critters-container>\n<head>\n{meta_head(S, pg, css=NG_CSS, extra=NG_BASE)}{jsonld(S, pg)}</head>\n'
            f'<body>\n<app-root ng-version="17.3.4" ng-server-context="ssr"><app-skip-link><a href="#innehall">Gå till innehållet</a></app-skip-link>{header}\n'
            f'<main id="innehall" class="rk-main"><router-outlet></router-outlet>{main}</main>\n'
            f'<app-footer _nghost-ng-c6001=""><footer _ngcontent-ng-c6001="" class="rk-footer"><div _ngcontent-ng-c6001="" class="rk-footer__cols">{cols}</div><p _ngcontent-ng-c6001="">Org.nr {S["orgnr"]}</p></footer></app-footer>\n{cookie}</app-root>\n'
            f'<script id="ng-state" type="application/json">{json.dumps(state, ensure_ascii=False)}</script>\n<script src="/main-4KQ2XJ7Y.js" type="module" async></script>\n'
            f'<script>{COOKIE_JS}{MENU_JS}</script>\n</body>\n</html>\n')


# ---------------------------------------------------------------------------------------
# 9. Liferay DXP 7.4 (Österbacka): #wrapper, header#banner, nav#navigation with
#    dropdown child-menus, portlet-boundary/journal-content-article, /web/<site>/ paths.
# ---------------------------------------------------------------------------------------
LR_CSS = (
    "body{margin:0;font-family:'Fira Sans',sans-serif}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden}"
    "#wrapper{max-width:80rem;margin:0 auto}.ob-topbar{background:#24585a;color:#fff;text-align:right}.ob-topbar a,.ob-topbar button{color:#fff;background:none;border:0}"
    "#navigation>ul{display:flex;list-style:none}#navigation .child-menu{display:none}#navigation li.open>.child-menu{display:block}"
    ".ob-hero{background:#e3efef;padding:3rem}.ob-hero__links{display:flex;gap:1rem}.portlet-boundary{margin:1.5rem 0}"
    "#footer{background:#143233;color:#fff}#footer a{color:#fff}#footer .ob-footer__row{display:flex;justify-content:space-between}"
    ".ob-cookie{position:fixed;bottom:0;width:100%;background:#fff}"
)


def render_liferay(S: dict, pg: dict) -> str:
    tb = "".join(tb_item(i, cls="ob-topbar__link", btn_cls="ob-topbar__btn") + " " for i in S["topbar"])
    items = []
    for n, a in enumerate(S["areas"]):
        subs = "".join(f'<li class="lfr-nav-item" role="presentation"><a href="{esc(h)}" role="menuitem">{esc(t)}</a></li>' for t, h in a["subs"])
        items.append(f'<li class="lfr-nav-item dropdown" id="layout_{n + 11}" role="presentation"><a aria-haspopup="true" class="dropdown-toggle" href="{esc(a["href"])}" role="menuitem"><span>{esc(a["title"])}</span></a>'
                     f'<ul class="child-menu dropdown-menu" role="menu">{subs}</ul></li>')
    header = (f'<div class="ob-topbar" role="toolbar" aria-label="Verktyg">{tb}</div>'
              f'<header id="banner" role="banner"><div id="heading"><a class="logo custom-logo" href="/" title="Gå till {esc(S["org"])}">'
              f'<img alt="{esc(S["org"])}" src="/image/layout_set_logo?img_id=40123" width="200" height="52"></a></div>'
              f'<div class="portlet-boundary portlet-boundary_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_"><form action="{S["search"][0]}" method="get" class="form-inline">'
              f'<label class="sr-only" for="sb-q">Sök</label><input id="sb-q" class="search-bar-keywords-input" name="{S["search"][1]}" type="text"><button type="submit" class="btn btn-unstyled">Sök</button></form></div>'
              f'<nav class="sort-pages modify-pages" id="navigation" role="navigation" aria-label="Webbplatsens sidor"><ul aria-label="Webbplatsens sidor" role="menubar">{"".join(items)}</ul></nav></header>')
    if pg.get("front"):
        h = S["hero"]
        links = "".join(f'<a class="ob-hero__link" href="{esc(hh)}">{esc(t)}</a>' for t, hh in h["tiles"])
        parts = [f'<div class="portlet-boundary portlet-journal-content ob-hero"><div class="journal-content-article"><h1>{esc(h["h1"])}</h1><p>{esc(h["lead"])}</p>'
                 f'<form action="{S["search"][0]}" method="get" class="ob-hero__search"><label for="hq">{esc(h["label"])}</label><input id="hq" name="{S["search"][1]}" type="text" placeholder="{esc(h["placeholder"])}"><button>Sök</button></form>'
                 f'<p class="ob-hero__links-title">{esc(h["tiles_heading"])}</p><div class="ob-hero__links">{links}</div></div></div>']
        for sec in S["sections"]:
            if sec["kind"] == "news":
                body = "".join(f'<div class="asset-abstract"><h3 class="asset-title"><a href="{esc(hh)}">{esc(t)}</a></h3><span class="metadata-entry">{d}</span><div class="asset-summary">{esc(s)}</div></div>' for t, hh, d, s in sec["items"])
                pname = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
            else:
                body = "".join(f'<li><a href="{esc(hh)}">{esc(t)}</a></li>' for t, hh in sec["items"])
                body = f'<ul class="ob-links">{body}</ul>'
                pname = "com_liferay_journal_content_web_portlet_JournalContentPortlet"
            more = f'<p><a href="{esc(sec["more"][1])}">{esc(sec["more"][0])}</a></p>' if sec.get("more") else ""
            parts.append(f'<section class="portlet-boundary portlet-boundary_{pname}_"><div class="portlet-content"><h2 class="portlet-title-text">{esc(sec["heading"])}</h2>{body}{more}</div></section>')
        main = f'<div class="columns-1" id="main-content" role="main">{"".join(parts)}</div>'
    else:
        main = (f'<div class="columns-1" id="main-content" role="main"><div class="portlet-boundary portlet-breadcrumb">{crumbs_html(pg, "breadcrumb")}</div>'
                f'<div class="portlet-boundary portlet-journal-content"><div class="journal-content-article"><h1>{esc(pg["h1"])}</h1>{pg["body"]}</div></div>'
                f'<p class="ob-modified">Senast ändrad {pg.get("updated", "2025-03-20")}</p></div>')
    cols = "".join(f'<div class="ob-footer__col"><h2>{esc(c["heading"])}</h2>{simple_list(c["items"])}</div>' for c in S["footer_cols"])
    cookie = (f'<div id="cookie-consent" class="ob-cookie lfr-cookie-banner" role="dialog" aria-label="Kakor"><p>{esc(S["cookie_text"])} <a href="{S["kakor"]}">Om kakor</a></p>'
              '<button class="btn btn-primary" data-cookie="all">Godkänn</button><button class="btn btn-secondary" data-cookie="necessary">Avböj</button></div>')
    return (f'<!DOCTYPE html>\n<html class="ltr" dir="ltr" lang="sv-SE">\n<head>\n{meta_head(S, pg, css=LR_CSS)}{jsonld(S, pg)}'
            '<script>var Liferay={ThemeDisplay:{getLanguageId:function(){return "sv_SE";}}};</script>\n</head>\n'
            f'<body class="controls-visible signed-out public-page site">\n<nav aria-label="Snabblänkar" class="quick-access-nav"><a href="#main-content">Hoppa till huvudinnehåll</a></nav>\n'
            f'<div class="container-fluid" id="wrapper">{header}\n<section id="content">{main}</section>\n'
            f'<footer id="footer" role="contentinfo"><div class="ob-footer__row">{cols}</div><p>Org.nr {S["orgnr"]}</p></footer></div>\n{cookie}\n<script>{COOKIE_JS}</script>\n</body>\n</html>\n')


# ---------------------------------------------------------------------------------------
# 10. SvelteKit (Kvarnby): svelte-hash classes, data-sveltekit-preload-data, header with a
#     top bar, primary nav with <details> sub-menus (closed), hydration script data.
# ---------------------------------------------------------------------------------------
SK_CSS = (
    "body{margin:0;font-family:'IBM Plex Sans',sans-serif}.skip.svelte-1k9x2{position:absolute;left:-9999px}"
    ".topbar.svelte-8fq1v{background:#345c2a;color:#fff;display:flex;gap:1rem;justify-content:flex-end;padding:.3rem 1rem}"
    ".topbar.svelte-8fq1v a,.topbar.svelte-8fq1v button{color:#fff;background:none;border:0}"
    ".primary.svelte-3hd8w{display:flex;list-style:none;gap:1rem}details.sub.svelte-3hd8w>ul{position:absolute;background:#fff}"
    ".hero.svelte-q0p4n{background:#eaf3e6;padding:4rem 2rem}.grid.svelte-q0p4n{display:grid;grid-template-columns:repeat(4,1fr);gap:1rem}"
    "footer.svelte-z2m8d{background:#1e3618;color:#fff}footer.svelte-z2m8d a{color:#fff}.cols.svelte-z2m8d{display:grid;grid-template-columns:repeat(4,1fr)}"
    ".cookie.svelte-7yy1s{position:fixed;bottom:0;width:100%;background:#fff}"
)


def render_svelte(S: dict, pg: dict) -> str:
    tb = "".join(tb_item(i, cls="svelte-8fq1v", btn_cls="svelte-8fq1v") for i in S["topbar"])
    items = []
    for a in S["areas"]:
        subs = "".join(f'<li class="svelte-3hd8w"><a href="{esc(h)}" class="svelte-3hd8w">{esc(t)}</a></li>' for t, h in a["subs"])
        items.append(f'<li class="svelte-3hd8w"><details class="sub svelte-3hd8w"><summary class="svelte-3hd8w">{esc(a["title"])}</summary>'
                     f'<ul class="svelte-3hd8w"><li class="svelte-3hd8w"><a href="{esc(a["href"])}" class="svelte-3hd8w">Allt inom {esc(a["title"].lower())}</a></li>{subs}</ul></details></li>')
    header = (f'<header class="svelte-1k9x2"><div class="topbar svelte-8fq1v">{tb}</div><div class="bar svelte-1k9x2"><a href="/" class="logo svelte-1k9x2" aria-label="{esc(S["org"])} startsida">'
              f'<svg viewBox="0 0 120 32" width="150" height="40" aria-hidden="true"><circle cx="16" cy="16" r="14"></circle></svg><span class="svelte-1k9x2">{esc(S["org"])}</span></a>'
              f'<form action="{S["search"][0]}" method="get" role="search" class="svelte-1k9x2" data-sveltekit-keepfocus><input type="search" name="{S["search"][1]}" aria-label="Sök" class="svelte-1k9x2"><button class="svelte-1k9x2">Sök</button></form></div>'
              f'<nav aria-label="Huvudmeny" class="svelte-3hd8w"><ul class="primary svelte-3hd8w">{"".join(items)}</ul></nav></header>')
    if pg.get("front"):
        h = S["hero"]
        tiles = "".join(f'<a href="{esc(hh)}" class="tile svelte-q0p4n">{esc(t)}</a>' for t, hh in h["tiles"])
        parts = [f'<section class="hero svelte-q0p4n"><h1 class="svelte-q0p4n">{esc(h["h1"])}</h1><p class="svelte-q0p4n">{esc(h["lead"])}</p>'
                 f'<form action="{S["search"][0]}" method="get" role="search" class="big svelte-q0p4n"><label for="hq" class="svelte-q0p4n">{esc(h["label"])}</label>'
                 f'<input id="hq" type="search" name="{S["search"][1]}" placeholder="{esc(h["placeholder"])}" class="svelte-q0p4n"><button class="svelte-q0p4n">Sök</button></form>'
                 f'<h2 class="svelte-q0p4n">{esc(h["tiles_heading"])}</h2><div class="grid svelte-q0p4n">{tiles}</div></section>']
        for sec in S["sections"]:
            if sec["kind"] == "news":
                body = "".join(f'<article class="svelte-f3m1c"><a href="{esc(hh)}" class="svelte-f3m1c"><h3 class="svelte-f3m1c">{esc(t)}</h3></a><p class="date svelte-f3m1c">{d}</p><p class="svelte-f3m1c">{esc(s)}</p></article>' for t, hh, d, s in sec["items"])
            else:
                body = "".join(f'<a href="{esc(hh)}" class="tile svelte-q0p4n">{esc(t)}</a>' for t, hh in sec["items"])
            more = f'<a href="{esc(sec["more"][1])}" class="more svelte-f3m1c">{esc(sec["more"][0])}</a>' if sec.get("more") else ""
            parts.append(f'<section class="svelte-f3m1c"><h2 class="svelte-f3m1c">{esc(sec["heading"])}</h2><div class="grid svelte-q0p4n">{body}</div>{more}</section>')
        main = "".join(parts)
    else:
        main = (f'<div class="page svelte-p1x7k">{crumbs_html(pg, "crumbs svelte-p1x7k")}<h1 class="svelte-p1x7k">{esc(pg["h1"])}</h1>'
                f'<div class="prose svelte-p1x7k">{pg["body"]}</div><p class="svelte-p1x7k">Senast uppdaterad {pg.get("updated", "2025-08-29")}</p></div>')
    cols = "".join(f'<div class="svelte-z2m8d"><h2 class="svelte-z2m8d">{esc(c["heading"])}</h2>{simple_list(c["items"], "svelte-z2m8d")}</div>' for c in S["footer_cols"])
    chat = f'<button type="button" class="chat svelte-c8h2a" aria-label="{esc(S["chat"])}">{esc(S["chat"])}</button>' if S.get("chat") else ""
    cookie = (f'<div id="cookie-consent" class="cookie svelte-7yy1s" role="dialog" aria-label="Kakor"><p class="svelte-7yy1s">{esc(S["cookie_text"])} <a href="{S["kakor"]}" class="svelte-7yy1s">Läs mer</a></p>'
              '<button class="svelte-7yy1s" data-cookie="all">Tillåt alla</button><button class="svelte-7yy1s" data-cookie="necessary">Bara nödvändiga</button></div>')
    extra_js = S.get("svelte_js", "")
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n{meta_head(S, pg, css=SK_CSS)}<link href="/_app/immutable/assets/0.c2b1e8.css" rel="stylesheet" media="print">\n{jsonld(S, pg)}</head>\n'
            f'<body data-sveltekit-preload-data="hover">\n<div style="display: contents"><a href="#innehall" class="skip svelte-1k9x2">Hoppa till innehållet</a>{header}\n'
            f'<main id="innehall" class="svelte-1k9x2">{main}</main>\n<footer class="svelte-z2m8d"><div class="cols svelte-z2m8d">{cols}</div><p class="svelte-z2m8d">Org.nr {S["orgnr"]}</p></footer>\n{chat}\n{cookie}\n'
            f'<script>{{__sveltekit_1q2w3e={{base:"",env:{{}}}};{extra_js}}}</script></div>\n<script>{COOKIE_JS}</script>\n</body>\n</html>\n')


FAMILIES = {
    "sitevision": render_sitevision, "municipio": render_municipio, "optimizely": render_optimizely,
    "drupal": render_drupal, "next": render_next, "ds-dialog": render_ds, "bootstrap5": render_bootstrap,
    "angular": render_angular, "liferay": render_liferay, "sveltekit": render_svelte,
}
