"""Typing aid for the blind18 corpus: writes sites/<kod>/ (HTML + site.json).

    python3 tests/blind18/tools/build_sites.py

The files it writes are the corpus; labels.csv is written by hand. Each site has its own
markup family (see README.md). Only the unit page's own content differs in substance; the
rest is realistic filler (menus whose sub-links 404 on purpose, news, events, footer).
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "sites"

AREAS = [
    ("Barn och utbildning", "barn-och-utbildning", ["Förskola", "Grundskola", "Gymnasium", "Skolskjuts", "Vuxenutbildning"]),
    ("Omsorg och hjälp", "omsorg-och-hjalp", ["Äldreomsorg", "Funktionsnedsättning", "Ekonomiskt bistånd", "Färdtjänst och serviceresor", "Stöd till anhöriga"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Energirådgivning", "Detaljplaner"]),
    ("Kultur och fritid", "kultur-och-fritid", ["Bibliotek", "Idrottsanläggningar", "Föreningsstöd", "Kulturskola", "Friluftsliv"]),
    ("Trafik och infrastruktur", "trafik-och-infrastruktur", ["Parkering", "Gator och vägar", "Snöröjning", "Kollektivtrafik", "Felanmälan"]),
    ("Kommun och politik", "kommun-och-politik", ["Kommunfullmäktige", "Nämnder", "Budget och ekonomi", "Allmänna handlingar", "Val"]),
]

NEWS = [
    ("/nyheter/ny-forskola-i-centrum/", "Ny förskola öppnar i centrum", "2026-11-24",
     "Till vårterminen öppnar en ny förskola med sex avdelningar vid Skolgatan. Ansökan görs i e-tjänsten för förskola."),
    ("/nyheter/vinterdack-och-snorojning/", "Så röjer vi snö i vinter", "2026-11-18",
     "Kommunen plogar huvudgator först, sedan bussgator och gång- och cykelvägar. Villagator plogas när snödjupet passerar tio centimeter."),
]
EVENTS = [("5 dec", "Julmarknad på torget"), ("9 dec", "Kommunfullmäktige sammanträder"),
          ("14 dec", "Luciakonsert i kyrkan"), ("20 dec", "Skridskodisco på isbanan")]
ESERV = ["Ansök om förskoleplats", "Beställ slamtömning", "Felanmälan gata och park", "Ansök om bygglov",
         "Boka lokal", "Ansök om parkeringstillstånd"]


def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), (" ", "-"), ("–", "-")):
        t = t.replace(a, b)
    t = "".join(c for c in t if c.isascii() and (c.isalnum() or c == "-"))
    return re.sub(r"-+", "-", t)


def e(s: str) -> str:
    return html.escape(s, quote=True)


class Site:
    def __init__(self, code, kommun, lan_kod, lan, family, dom, tel, unit, unit_path, unit_body,
                 extra_pages=None, charset="utf-8", search_words=None, title_unit=None, footer_extra=""):
        self.code, self.kommun, self.lan_kod, self.lan = code, kommun, lan_kod, lan
        self.family, self.dom, self.tel = family, dom, tel
        self.unit, self.unit_path, self.unit_body = unit, unit_path, unit_body
        self.title_unit = title_unit or unit
        self._footer_extra = footer_extra
        self.extra = extra_pages or {}
        self.charset = charset
        self.search_words = search_words or [unit.lower()]
        self.gen = kommun + ("s" if not kommun.endswith("s") else "")

    # ---------------------------------------------------------------- shared text blocks
    def topbar_items(self):
        return ["Lyssna", "Lättläst", "Teckenspråk", "In English", "Other languages"]

    def footer_text(self):
        k = self.kommun
        return {
            "addr": f"{k} kommun, Kommunhuset, Storgatan 1, 999 {self.code[-2:]} {k}",
            "vx": f"Växel: {self.tel}00",
            "mail": f"kommun@{self.dom}",
            "org": f"Org.nr: 212000-{self.code}",
        }

    def news_items(self):
        return NEWS

    # ---------------------------------------------------------------- families
    def page(self, title, body, front=False, path="/"):
        f = getattr(self, "fam_" + self.family)
        return f(title, body, front, path)

    def cookie(self):
        return ('<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Kakor">'
                f'<p>{e(self.kommun)} kommun använder kakor för att webbplatsen ska fungera och för att förbättra den. '
                '<a href="/kakor/">Läs mer om kakor</a></p>'
                '<button type="button" onclick="this.parentNode.style.display=\'none\'">Godkänn alla</button> '
                '<button type="button" onclick="this.parentNode.style.display=\'none\'">Endast nödvändiga</button></div>')

    def head(self, title, front, path="/"):
        cs = self.charset
        css = ("body{font-family:Arial,sans-serif;margin:0;color:#222}a{color:#0b4f8a}.hidden{display:none}"
               ".cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#f3f3f3;padding:1em}"
               "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}")
        ld = ""
        if front:
            ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization",'
                  f'"name":"{self.kommun} kommun","url":"__ORIGIN__/","telephone":"{self.tel}00"}}</script>')
        return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{cs}">\n'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{e(title)}</title>\n'
                f'<link rel="canonical" href="__ORIGIN__{path}">\n<style>{css}</style>\n{ld}\n'
                '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>\n</head>\n')

    def front_main(self):
        k = self.kommun
        news = "".join(f'<li><a href="{p}">{e(t)}</a> <span class="date">{d}</span><p>{e(x[:90])}…</p></li>'
                       for p, t, d, x in self.news_items())
        ev = "".join(f"<li><span>{d}</span> <a href=\"/evenemang/{slug(t)}/\">{e(t)}</a></li>" for d, t in EVENTS)
        es = "".join(f"<li><a href=\"/e-tjanster/{slug(t)}/\">{e(t)}</a></li>" for t in ESERV)
        return (f'<section class="hero"><h1>Välkommen till {e(k)} kommun</h1>'
                f'<p>Här bor och verkar drygt {int(self.code[-2:]) * 900 + 7400} invånare mellan sjöarna och skogen.</p>'
                '<ul class="hero-links"><li><a href="/lediga-jobb/">Lediga jobb</a></li>'
                '<li><a href="/e-tjanster/">Alla e-tjänster</a></li><li><a href="/driftinformation/">Driftinformation</a></li></ul></section>\n'
                f'<section class="news"><h2>Nyheter</h2><ul>{news}</ul><p><a href="/nyheter/">Alla nyheter</a></p></section>\n'
                f'<section class="eservices"><h2>Populära e-tjänster</h2><ul>{es}</ul></section>\n'
                f'<section class="events"><h2>Evenemang</h2><ul>{ev}</ul><p><a href="/evenemang/">Fler evenemang</a></p></section>\n'
                '<section class="drift"><h2>Driftinformation</h2><p>Vattenavstängning på Björkvägen 3 december kl. 9–12.</p></section>\n'
                '<section class="az"><h2>A–Ö</h2><p>' + " ".join(f'<a href="/a-o/#{c}">{c}</a>' for c in "ABDEFGHIKLMNOPRSTUVÅÄÖ") + '</p></section>\n')

    def nav_items(self):
        """[(label, href, [(sub label, href)])]"""
        items = []
        for label, s, subs in AREAS:
            items.append((label, f"/{s}/", [(x, f"/{s}/{slug(x)}/") for x in subs]))
        items.append((self.unit, self.unit_path, []))
        return items

    # -- 1 semantic
    def fam_semantic(self, title, body, front, path):
        nav = ""
        for label, href, subs in self.nav_items():
            sub = "".join(f'<li><a href="{h}">{e(t)}</a></li>' for t, h in subs)
            nav += f'<li class="menu-item"><a href="{h if (h:=href) else ""}">{e(label)}</a>' + (f'<ul class="sub-menu">{sub}</ul>' if sub else "") + "</li>"
        tb = "".join(f'<li><a href="/{slug(x)}/">{e(x)}</a></li>' for x in self.topbar_items())
        f = self.footer_text()
        return (self.head(title, front, path) + "<body>\n" + self.cookie() +
                f'\n<header class="site-header"><div class="topbar"><ul>{tb}</ul></div>'
                f'<a class="logo" href="/"><img src="/logo.svg" alt="{e(self.kommun)} kommun, till startsidan"></a>'
                '<form class="search" action="/sok/" method="get"><label for="q">Sök</label><input id="q" name="q" type="search"><button>Sök</button></form>'
                f'<nav class="primary" aria-label="Huvudmeny"><ul>{nav}</ul></nav></header>\n'
                f'<main id="main">\n{body}\n</main>\n'
                f'<footer class="site-footer"><div class="col"><h2>Kontakt</h2><p>{e(f["addr"])}<br>{e(f["vx"])}<br>'
                f'<a href="mailto:{f["mail"]}">{f["mail"]}</a><br>{f["org"]}</p></div>'
                '<div class="col"><h2>Om webbplatsen</h2><ul><li><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>'
                '<li><a href="/kakor/">Kakor</a></li><li><a href="/om-webbplatsen/personuppgifter/">Personuppgifter</a></li></ul></div>'
                f'{self.footer_extra()}</footer>\n</body>\n</html>\n')

    def footer_extra(self):
        return self._footer_extra

    # -- 2 sitevision
    def fam_sitevision(self, title, body, front, path):
        nav = ""
        for i, (label, href, subs) in enumerate(self.nav_items()):
            if subs:
                cols = "".join(f'<li class="sv-mega-item"><a class="sv-mega-link" href="{h}">{e(t)}</a></li>' for t, h in subs)
                nav += (f'<li class="sv-nav-item"><a class="sv-nav-link" href="{href}">{e(label)}</a>'
                        f'<button class="sv-mega-toggle" aria-expanded="false" aria-controls="mega{i}">Visa undermeny för {e(label)}</button>'
                        f'<div id="mega{i}" class="sv-mega-panel" hidden><ul>{cols}</ul></div></li>')
            else:
                nav += f'<li class="sv-nav-item"><a class="sv-nav-link" href="{href}">{e(label)}</a></li>'
        tb = "".join(f'<a class="sv-topbar-link" href="/{slug(x)}/">{e(x)}</a> ' for x in self.topbar_items())
        f = self.footer_text()
        return (self.head(title, front, path) + '<body class="sv-layout">\n' + self.cookie() +
                f'\n<div class="sv-layout sv-header" id="svid10_header"><div class="sv-portlet sv-topbar">{tb}</div>'
                f'<div class="sv-portlet sv-image-portlet"><a href="/"><img src="/sitevision/logo.png" alt="{e(self.kommun)} kommun"></a></div>'
                '<div class="sv-portlet sv-searchform-portlet"><form action="/sok/" method="get"><input name="query" aria-label="Sök på webbplatsen"><button>Sök</button></form></div>'
                f'<div class="sv-portlet sv-menu-portlet"><ul class="sv-nav">{nav}</ul></div></div>\n'
                f'<div class="sv-layout sv-content" id="svid10_content">\n{body}\n</div>\n'
                f'<div class="sv-layout sv-footer" id="svid10_footer"><div class="sv-portlet sv-text-portlet"><p class="sv-font-rubrik">{e(self.kommun)} kommun</p>'
                f'<p>{e(f["addr"])}</p><p>{e(f["vx"])} · E-post: <a href="mailto:{f["mail"]}">{f["mail"]}</a></p><p>{f["org"]}</p>'
                f'{self.footer_extra()}</div>'
                '<div class="sv-portlet"><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a> | <a href="/kakor/">Kakor</a></div></div>\n</body>\n</html>\n')

    # -- 3 table (latin-1)
    def fam_table(self, title, body, front, path):
        nav = ""
        for label, href, _subs in self.nav_items():
            nav += f'<td class="navcell"><a href="{href}"><font face="Verdana" size="2"><b>{e(label)}</b></font></a></td>'
        tb = " | ".join(f'<a href="/{slug(x)}/"><font size="1">{e(x)}</font></a>' for x in self.topbar_items())
        sub = "".join(f'<a href="{h}">{e(t)}</a><br>' for _, _, subs in self.nav_items() for t, h in subs[:2])
        f = self.footer_text()
        return (self.head(title, front, path) + '<body bgcolor="#ffffff" topmargin="0">\n' + self.cookie() +
                '\n<table width="960" border="0" cellpadding="0" cellspacing="0" align="center">'
                f'<tr><td colspan="2" align="right">{tb}</td></tr>'
                f'<tr><td><a href="/"><img src="/bilder/logo.gif" alt="{e(self.kommun)} kommun" border="0"></a></td>'
                '<td align="right"><form action="/sok/" method="get"><input name="sokord" size="20"> <input type="submit" value="Sök"></form></td></tr>'
                f'<tr><td colspan="2"><table width="100%" cellpadding="4"><tr>{nav}</tr></table></td></tr>'
                f'<tr><td width="180" valign="top"><font size="1">{sub}</font></td><td valign="top">\n{body}\n</td></tr>'
                f'<tr><td colspan="2" bgcolor="#dddddd"><font size="1">{e(f["addr"])} &nbsp; {e(f["vx"])} &nbsp; '
                f'<a href="mailto:{f["mail"]}">{f["mail"]}</a> &nbsp; {f["org"]} &nbsp; {self.footer_extra()}'
                '<a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a> &nbsp; <a href="/kakor/">Kakor</a></font></td></tr>'
                '</table>\n</body>\n</html>\n')

    # -- 4 municipio (drawer) with a top-bar shortcut to the unit
    def fam_municipio(self, title, body, front, path):
        nav = ""
        for label, href, subs in self.nav_items():
            sub = "".join(f'<li class="c-nav__item--sub"><a href="{h}">{e(t)}</a></li>' for t, h in subs)
            nav += f'<li class="c-nav__item"><a class="c-nav__link" href="{href}">{e(label)}</a>' + (f'<ul class="c-nav__sub">{sub}</ul>' if sub else "") + "</li>"
        f = self.footer_text()
        return (self.head(title, front, path) + '<body class="wp-theme-municipio">\n' + self.cookie() +
                '\n<header id="site-header" class="c-header"><div class="c-header__top">'
                + "".join(f'<a class="c-button c-button--sm" href="/{slug(x)}/">{e(x)}</a>' for x in self.topbar_items()[:3]) +
                f'<a class="c-button c-button--sm c-button--primary" href="{self.unit_path}">{e(self.unit)}</a></div>'
                f'<a class="c-header__logo" href="/"><img src="/wp-content/uploads/logo.svg" alt="{e(self.kommun)} kommun"></a>'
                '<form class="c-search" action="/" method="get"><input name="s" aria-label="Sök"><button>Sök</button></form>'
                '<button class="c-drawer__toggle" aria-controls="drawer" aria-expanded="false">Meny</button></header>\n'
                f'<div id="drawer" class="c-drawer" hidden><nav class="c-nav" aria-label="Meny"><ul>{nav}</ul></nav></div>\n'
                f'<main id="main-content" class="o-container">\n{body}\n</main>\n'
                f'<footer class="c-footer"><div class="c-footer__widget"><h2>{e(self.kommun)} kommun</h2><p>{e(f["addr"])}</p>'
                f'<p>{e(f["vx"])}</p><p><a href="mailto:{f["mail"]}">{f["mail"]}</a></p><p>{f["org"]}</p>{self.footer_extra()}</div>'
                '<div class="c-footer__widget"><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a><br><a href="/kakor/">Kakor</a></div></footer>\n</body>\n</html>\n')

    # -- 5 bootstrap
    def fam_bootstrap(self, title, body, front, path):
        nav = ""
        for i, (label, href, subs) in enumerate(self.nav_items()):
            if subs:
                sub = "".join(f'<li><a class="dropdown-item" href="{h}">{e(t)}</a></li>' for t, h in subs)
                nav += (f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{href}" id="dd{i}" role="button" data-bs-toggle="dropdown" aria-expanded="false">{e(label)}</a>'
                        f'<ul class="dropdown-menu" aria-labelledby="dd{i}">{sub}</ul></li>')
            else:
                nav += f'<li class="nav-item"><a class="nav-link fw-bold" href="{href}">{e(label)}</a></li>'
        f = self.footer_text()
        return (self.head(title, front, path) + '<body>\n' + self.cookie() +
                '\n<div class="bg-light py-1 small"><div class="container d-flex justify-content-end gap-3">'
                + "".join(f'<a href="/{slug(x)}/">{e(x)}</a>' for x in self.topbar_items()) + '</div></div>\n'
                f'<nav class="navbar navbar-expand-lg navbar-light bg-white border-bottom"><div class="container"><a class="navbar-brand" href="/"><img src="/img/logo.png" alt="{e(self.kommun)} kommun" height="48"></a>'
                '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nv" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>'
                f'<div class="collapse navbar-collapse" id="nv"><ul class="navbar-nav me-auto">{nav}</ul>'
                '<form class="d-flex" action="/sok/" method="get"><input class="form-control me-2" name="q" type="search" aria-label="Sök"><button class="btn btn-outline-primary">Sök</button></form></div></div></nav>\n'
                f'<main class="container py-4">\n{body}\n</main>\n'
                f'<footer class="bg-dark text-white py-4"><div class="container row"><div class="col-md-6"><h2 class="h5">{e(self.kommun)} kommun</h2>'
                f'<p>{e(f["addr"])}<br>{e(f["vx"])}<br><a class="text-white" href="mailto:{f["mail"]}">{f["mail"]}</a><br>{f["org"]}</p>{self.footer_extra()}</div>'
                '<div class="col-md-6"><a class="text-white" href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a><br><a class="text-white" href="/kakor/">Kakor</a></div></div></footer>\n</body>\n</html>\n')

    # -- 6 soup: no landmarks, meaningless class names
    def fam_soup(self, title, body, front, path):
        nav = ""
        for label, href, subs in self.nav_items():
            sub = "".join(f'<div class="q7"><a href="{h}">{e(t)}</a></div>' for t, h in subs)
            nav += f'<div class="q3"><a class="zz" href="{href}">{e(label)}</a>' + (f'<div class="q6" style="display:none">{sub}</div>' if sub else "") + "</div>"
        f = self.footer_text()
        return (self.head(title, front, path) + '<body>\n' + self.cookie() +
                '\n<div class="w0"><div class="box1">' + " · ".join(f'<a href="/{slug(x)}/">{e(x)}</a>' for x in self.topbar_items()) + '</div>'
                f'<div class="box2"><a href="/"><img src="/res/l.png" alt="{e(self.kommun)} kommun"></a>'
                '<div class="box3"><form action="/sok/" method="get"><input name="q" placeholder="Vad letar du efter?"><button>Sök</button></form></div></div>'
                f'<div class="box4">{nav}</div></div>\n'
                f'<div class="w1">\n{body}\n</div>\n'
                f'<div class="w9"><div class="box8"><b>{e(self.kommun)} kommun</b><br>{e(f["addr"])}<br>{e(f["vx"])}<br><a href="mailto:{f["mail"]}">{f["mail"]}</a><br>{f["org"]}</div>'
                f'{self.footer_extra()}<div class="box8"><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a> <a href="/kakor/">Kakor</a></div></div>\n</body>\n</html>\n')

    # -- 7 custom elements
    def fam_custom(self, title, body, front, path):
        nav = ""
        for label, href, subs in self.nav_items():
            sub = "".join(f'<x-sub><a href="{h}">{e(t)}</a></x-sub>' for t, h in subs)
            nav += f'<x-item><a href="{href}">{e(label)}</a>' + (f'<x-subs hidden>{sub}</x-subs>' if sub else "") + "</x-item>"
        f = self.footer_text()
        return (self.head(title, front, path) + '<body>\n' + self.cookie() +
                '\n<x-header><x-topbar>' + "".join(f'<a href="/{slug(x)}/">{e(x)}</a>' for x in self.topbar_items()) + '</x-topbar>'
                f'<x-logo><a href="/"><img src="/assets/logo.svg" alt="{e(self.kommun)} kommun"></a></x-logo>'
                '<x-search><form action="/sok/" method="get"><input name="q" aria-label="Sök"><button>Sök</button></form></x-search>'
                f'<x-nav>{nav}</x-nav></x-header>\n<x-main>\n{body}\n</x-main>\n'
                f'<x-footer><x-col><strong>{e(self.kommun)} kommun</strong><br>{e(f["addr"])}<br>{e(f["vx"])}<br><a href="mailto:{f["mail"]}">{f["mail"]}</a><br>{f["org"]}</x-col>'
                f'{self.footer_extra()}<x-col><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a><br><a href="/kakor/">Kakor</a></x-col></x-footer>\n'
                '<script>customElements.define("x-item",class extends HTMLElement{connectedCallback(){this.addEventListener("mouseenter",()=>{const s=this.querySelector("x-subs");if(s)s.hidden=false})}})</script>\n</body>\n</html>\n')

    # -- 8 aria roles on divs
    def fam_aria(self, title, body, front, path):
        nav = ""
        for label, href, subs in self.nav_items():
            sub = "".join(f'<div role="listitem"><a href="{h}">{e(t)}</a></div>' for t, h in subs)
            nav += f'<div role="listitem" class="mi"><a href="{href}">{e(label)}</a>' + (f'<div role="list" class="ms" aria-hidden="true">{sub}</div>' if sub else "") + "</div>"
        f = self.footer_text()
        return (self.head(title, front, path) + '<body>\n' + self.cookie() +
                '\n<div role="banner" class="hd"><div class="tb">' + "".join(f'<a href="/{slug(x)}/">{e(x)}</a> ' for x in self.topbar_items()) + '</div>'
                f'<a href="/" class="lg"><img src="/static/logo.svg" alt="{e(self.kommun)} kommun"></a>'
                '<div role="search"><form action="/sok/" method="get"><input name="q" aria-label="Sök"><button>Sök</button></form></div>'
                f'<div role="navigation" aria-label="Huvudmeny"><div role="list">{nav}</div></div></div>\n'
                f'<div role="main" class="mn">\n{body}\n</div>\n'
                f'<div role="contentinfo" class="ft"><p>{e(self.kommun)} kommun · {e(f["addr"])}</p><p>{e(f["vx"])} · <a href="mailto:{f["mail"]}">{f["mail"]}</a> · {f["org"]}</p>'
                f'{self.footer_extra()}<p><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a> · <a href="/kakor/">Kakor</a></p></div>\n</body>\n</html>\n')

    # -- 9 drupal
    def fam_drupal(self, title, body, front, path):
        nav = ""
        for label, href, subs in self.nav_items():
            sub = "".join(f'<li class="menu-item"><a href="{h}" data-drupal-link-system-path="node/{sum(map(ord, h)) % 900 + 100}">{e(t)}</a></li>' for t, h in subs)
            nav += (f'<li class="menu-item{" menu-item--expanded" if sub else ""}"><a href="{href}">{e(label)}</a>'
                    + (f'<ul class="menu menu--level-2">{sub}</ul>' if sub else "") + "</li>")
        f = self.footer_text()
        return (self.head(title, front, path) + '<body class="path-frontpage">\n<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n' + self.cookie() +
                '\n<div class="layout-container"><header role="banner" class="region-header"><div class="block-secondary-menu"><ul class="menu">'
                + "".join(f'<li><a href="/{slug(x)}/">{e(x)}</a></li>' for x in self.topbar_items()) + '</ul></div>'
                f'<div class="block-system-branding-block"><a href="/" rel="home"><img src="/themes/custom/kommun/logo.svg" alt="Hem – {e(self.kommun)} kommun"></a></div>'
                '<div class="block-search"><form action="/sok/" method="get"><input name="keys" aria-label="Sök"><button>Sök</button></form></div></header>'
                f'<div class="region-primary-menu"><nav role="navigation" aria-labelledby="block-mainnav-menu"><h2 class="visually-hidden" id="block-mainnav-menu">Huvudnavigering</h2><ul class="menu menu--level-1">{nav}</ul></nav></div>\n'
                f'<main role="main"><div class="region-content">\n{body}\n</div></main>\n'
                f'<footer role="contentinfo" class="region-footer"><div class="block-footer-contact"><h2>{e(self.kommun)} kommun</h2><p>{e(f["addr"])}</p><p>{e(f["vx"])}</p>'
                f'<p><a href="mailto:{f["mail"]}">{f["mail"]}</a></p><p>{f["org"]}</p></div>{self.footer_extra()}'
                '<div class="block-footer-links"><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a> <a href="/kakor/">Kakor</a></div></footer></div></div>\n</body>\n</html>\n')

    # -- 10 episerver-like XHTML with ids
    def fam_episerver(self, title, body, front, path):
        nav = ""
        for label, href, subs in self.nav_items():
            sub = "".join(f'<li><a href="{h}">{e(t)}</a></li>' for t, h in subs)
            nav += f'<li><a href="{href}">{e(label)}</a>' + (f'<ul class="level2" style="display:none">{sub}</ul>' if sub else "") + "</li>"
        f = self.footer_text()
        return (self.head(title, front, path) + '<body>\n<form id="aspnetForm" method="post" action="">\n<input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk">\n' + self.cookie() +
                '\n<div id="wrapper"><div id="header"><ul id="quicklinks">'
                + "".join(f'<li><a href="/{slug(x)}/">{e(x)}</a></li>' for x in self.topbar_items()) + '</ul>'
                f'<div id="logo"><a href="/"><img src="/Templates/Images/logo.png" alt="{e(self.kommun)} kommun"></a></div>'
                '<div id="searchbox"><input name="ctl00$q" aria-label="Sök"><a href="/sok/">Sök</a></div>'
                f'<ul id="mainmenu">{nav}</ul></div>\n<div id="content">\n{body}\n</div>\n'
                f'<div id="footer"><div class="footercol"><strong>{e(self.kommun)} kommun</strong><br>{e(f["addr"])}<br>{e(f["vx"])}<br><a href="mailto:{f["mail"]}">{f["mail"]}</a><br>{f["org"]}</div>'
                f'{self.footer_extra()}<div class="footercol"><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a><br><a href="/kakor/">Kakor</a></div></div></div>\n</form>\n</body>\n</html>\n')

    # ---------------------------------------------------------------- pages
    def pages(self):
        k = self.kommun
        out = {}
        out["/"] = ("index.html", self.page(f"Startsida - {k} kommun", self.front_main(), front=True))
        out[self.unit_path] = ("enhet.html", self.page(f"{self.title_unit} - {k} kommun", self.unit_body, path=self.unit_path))
        nl = "".join(f'<li><a href="{p}">{e(t)}</a> <time>{d}</time></li>' for p, t, d, _ in self.news_items())
        out["/nyheter/"] = ("nyheter.html", self.page(f"Nyheter - {k} kommun", f"<h1>Nyheter</h1><ul>{nl}</ul>", path="/nyheter/"))
        for i, (p, t, d, x) in enumerate(self.news_items()):
            out[p] = (f"nyhet{i + 1}.html", self.page(f"{t} - {k} kommun", path=p, body=
                      f'<article><h1>{e(t)}</h1><p class="date">Publicerad {d}</p><p>{e(x)}</p>'
                      '<p>Läs mer under respektive område i menyn.</p></article>'))
        out["/om-webbplatsen/tillganglighetsredogorelse/"] = ("tillganglighet.html", self.page(
            f"Tillgänglighetsredogörelse - {k} kommun",
            f"<h1>Tillgänglighetsredogörelse</h1><p>{e(k)} kommun står bakom den här webbplatsen. Vi vill att så många som möjligt "
            "ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, "
            "kända tillgänglighetsproblem och hur du kan rapportera brister till oss.</p><h2>Kända brister</h2>"
            "<ul><li>Vissa äldre PDF-dokument är inte tillgänglighetsanpassade.</li><li>Några inbäddade kartor saknar textalternativ.</li></ul>"
            "<h2>Tillsyn</h2><p>Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen.</p>",
            path="/om-webbplatsen/tillganglighetsredogorelse/"))
        out["/kakor/"] = ("kakor.html", self.page(f"Kakor - {k} kommun",
                          "<h1>Kakor (cookies)</h1><p>En kaka är en liten textfil som webbplatsen sparar på din dator. "
                          "Vi använder nödvändiga kakor för att komma ihåg ditt val i kakbannern och analyskakor för besöksstatistik.</p>",
                          path="/kakor/"))
        jobs = "".join(f"<li><a href=\"/lediga-jobb/{slug(t)}/\">{e(t)}</a> – sista ansökningsdag {d}</li>" for t, d in (
            ("Förskollärare till Solrosens förskola", "2026-12-15"), ("Undersköterska inom hemtjänsten", "2026-12-20"),
            ("Bygglovshandläggare", "2027-01-08"), ("Lärare i matematik, årskurs 7–9", "2027-01-10")))
        out["/lediga-jobb/"] = ("lediga-jobb.html", self.page(f"Lediga jobb - {k} kommun",
            f"<h1>Lediga jobb</h1><p>{e(k)} kommun är en av de största arbetsgivarna i området med drygt 1 200 medarbetare.</p>"
            f"<ul>{jobs}</ul><p>Alla tjänster söks via rekryteringssystemet.</p>", path="/lediga-jobb/"))
        es = "".join(f"<li><a href=\"/e-tjanster/{slug(t)}/\">{e(t)}</a></li>" for t in [*ESERV, "Ansök om serveringstillstånd", "Anmäl skada på kommunens mark"])
        out["/e-tjanster/"] = ("e-tjanster.html", self.page(f"E-tjänster - {k} kommun",
            f"<h1>E-tjänster</h1><p>Här hittar du kommunens e-tjänster. De flesta kräver att du loggar in med e-legitimation.</p><ul>{es}</ul>",
            path="/e-tjanster/"))
        for p, (fn, title, body) in self.extra.items():
            out[p] = (fn, self.page(f"{title} - {k} kommun", body, path=p))
        out["/sok/"] = ("sok.html", self.page(f"Sök - {k} kommun", "<h1>Sök</h1>\n<!--SEARCH_RESULTS-->\n", path="/sok/"))
        return out

    def write(self):
        d = ROOT / self.code
        d.mkdir(parents=True, exist_ok=True)
        for old in d.glob("*.html"):
            old.unlink()
        pages = self.pages()
        man_pages = {}
        spath = "/sok/"
        param = {"sitevision": "query", "table": "sokord", "drupal": "keys"}.get(self.family, "q")
        if self.family == "municipio":
            spath, param = "/", "s"
        for p, (fn, txt) in pages.items():
            if p == "/sok/":
                continue
            (d / fn).write_bytes(txt.encode(self.charset, errors="xmlcharrefreplace"))
            man_pages[p] = fn if self.charset == "utf-8" else {"file": fn, "content_type": f"text/html; charset={self.charset}"}
        fn, txt = pages["/sok/"]
        (d / fn).write_bytes(txt.encode(self.charset, errors="xmlcharrefreplace"))
        tpl = fn if self.charset == "utf-8" else {"file": fn, "content_type": f"text/html; charset={self.charset}"}
        sitemap = [p for p in man_pages]
        m = {"kommunkod": self.code, "kommun": self.kommun, "lan_kod": self.lan_kod, "lan": self.lan,
             "family": self.family, "pages": man_pages, "redirects": {},
             "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
             "sitemap": sitemap,
             "search": {"path": spath, "param": param, "hits": {w: [self.unit_path] for w in self.search_words}, "template": tpl},
             "front_status": None}
        (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


import sys  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unit_pages import SITE_DATA  # noqa: E402

SITES = [Site(**kw) for kw in SITE_DATA]

if __name__ == "__main__":
    for s in SITES:
        s.write()
        print(s.code, s.kommun, s.family)
