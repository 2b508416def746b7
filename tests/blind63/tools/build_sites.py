"""Typing aid for the blind63 corpus: writes sites/<kod>/ (site.json + pages).

    python3 tests/blind63/tools/build_sites.py

The files under sites/ are the corpus; this script only saved typing. Labels are
hand-written in labels.csv and are not generated.
"""
from __future__ import annotations

import json
import shutil
from html import escape
from pathlib import Path
from urllib.parse import quote_plus

HERE = Path(__file__).resolve().parent
SITES = HERE.parent / "sites"

AREAS = [
    ("Barn och utbildning", "barn-och-utbildning",
     ["Förskola", "Grundskola", "Gymnasieskola", "Vuxenutbildning", "Skolskjuts"]),
    ("Omsorg och stöd", "omsorg-och-stod",
     ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Ekonomiskt bistånd", "Stöd till anhöriga"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo",
     ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Energirådgivning", "Detaljplaner"]),
    ("Trafik och infrastruktur", "trafik-och-infrastruktur",
     ["Parkering", "Gator och vägar", "Kollektivtrafik", "Snöröjning", "Felanmälan"]),
    ("Uppleva och göra", "uppleva-och-gora",
     ["Bibliotek", "Idrott och motion", "Kultur", "Föreningsliv", "Evenemang"]),
    ("Kommun och politik", "kommun-och-politik",
     ["Politik och demokrati", "Organisation", "Budget och ekonomi", "Diarium", "Lediga jobb"]),
    ("Näringsliv och arbete", "naringsliv-och-arbete",
     ["Starta företag", "Upphandling", "Tillstånd", "Arbetsmarknad", "Mark och lokaler"]),
]

TR = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", " ": "-", ",": ""})


def slug(s: str) -> str:
    return s.lower().translate(TR).replace("--", "-")


def nav_items(extra_top=None, areas=AREAS, kp_page=True):
    """[(label, href, [(sub label, sub href)])]"""
    out = []
    for label, sl, subs in areas:
        href = f"/{sl}/"
        sub = [(x, f"/{sl}/{slug(x)}/") for x in subs]
        out.append((label, href, sub))
    for t in extra_top or []:
        out.append(t)
    return out


TOPBAR = [("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("Teckenspråk", "/teckensprak/"),
          ("In English", "/in-english/")]
ESERV = ["Ansök om förskoleplats", "Felanmälan gata och park", "Ansök om bygglov",
         "Ansök om parkeringstillstånd", "Beställ slamtömning"]
EVENTS = [("24 maj", "Vårmarknad på torget"), ("1 juni", "Konsert i stadsparken"),
          ("6 juni", "Nationaldagsfirande")]
JOBS = ["Lärare i matematik, åk 7–9", "Undersköterska, hemtjänst", "Nämndsekreterare"]
AO_LETTERS = "ABCDEFGHIJKLMNOPRSTUVÅÄÖ"


class Site:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.pages: dict[str, tuple[str, str]] = {}   # path -> (title, inner html)
        self.redirects: dict[str, list] = {}
        self.search_hits: dict[str, list[str]] = {}
        self.sitemap_extra: list[str] = []

    @property
    def name(self):
        return f"{self.kommun} kommun"


# --------------------------------------------------------------------------- helpers

def fn(path: str) -> str:
    if path == "/":
        return "index.html"
    p = path.strip("/").replace("/", "_").replace(".asp", "").replace(".html", "")
    return p + ".html"


def ul(items, cls=""):
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def a(href, text, **attrs):
    at = "".join(f' {k.rstrip("_").replace("_", "-")}="{escape(v)}"' for k, v in attrs.items())
    return f'<a href="{escape(href)}"{at}>{text}</a>'


def news_list(s):
    return [(d, t, h) for d, t, h in s.news]


def common_sections(s, sec, lst, mid=""):
    """News, (mid), e-services, events, jobs, A-Ö, in the family's own wrapper."""
    news = lst([f'<span class="date">{d}</span> {a(h, escape(t))}' for d, t, h in s.news]
               + [a("/nyheter/", "Alla nyheter")], "news")
    es = lst([a(f"/e-tjanster/{slug(x)}/", escape(x)) for x in ESERV] + [a("/e-tjanster/", "Alla e-tjänster")], "eservices")
    ev = lst([f"{d}: " + a(f"/evenemang/{slug(t)}/", escape(t)) for d, t in EVENTS], "events")
    jb = lst([a("/jobb/", escape(x)) for x in JOBS] + [a("/jobb/", "Se alla lediga jobb")], "jobs")
    ao = " ".join(a("/a-o/", x) for x in AO_LETTERS)
    return (sec("news", "Aktuellt", news) + mid + sec("eservices", "Populära e-tjänster", es)
            + sec("events", "Evenemang", ev) + sec("jobs", "Lediga jobb", jb)
            + sec("ao", "A–Ö", f'<p class="ao">{ao}</p>'))


def footer_lines(s):
    return [f"<strong>{s.name}</strong>", f"Postadress: {s.postal}", f"Besöksadress: {s.visit}",
            f"Växel: {s.vaxel}", f'E-post: <a href="mailto:{s.mail}">{s.mail}</a>', f"Org.nr: {s.orgnr}"]


def footer_links(s):
    return [a(s.contact_path, escape(s.contact_h1)), a("/tillganglighetsredogorelse/", "Tillgänglighetsredogörelse"), a("/kakor/", "Om kakor"),
            a("/om-webbplatsen/", "Om webbplatsen")]


COOKIE = ('<div class="cookie-banner" id="cookies"><p>Vi använder kakor (cookies) för att webbplatsen ska '
          'fungera och för att förbättra den.</p><button type="button">Godkänn alla</button> '
          '<button type="button">Bara nödvändiga</button> <a href="/kakor/">Läs mer om kakor</a></div>')

SCRIPT = ("<script>document.querySelectorAll('.cookie-banner button').forEach(function(b){b.addEventListener("
          "'click',function(){document.getElementById('cookies').style.display='none';});});</script>")


def jsonld(s):
    return ('<link rel="canonical" href="__ORIGIN__/">\n<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization",'
            f'"name":"{s.name}","telephone":"{s.vaxel}","url":"__ORIGIN__/"}}</script>')


def head(s, title, extra=""):
    cs = "iso-8859-1" if s.family == "table" else "utf-8"
    meta = (f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">' if cs != "utf-8"
            else '<meta charset="utf-8">')
    full = title if title == s.name else f"{title} - {s.name}"
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n{meta}\n<title>{escape(full)}</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<style>{s.css}</style>\n{extra}</head>\n')


# --------------------------------------------------------------------------- families

def fam_semantic(s, title, body, front):
    items = "".join(
        f'<li>{a(h, escape(lab))}' + (f'<button type="button" aria-expanded="false" aria-label="Visa undermeny för {escape(lab)}"></button>'
                                       f'<ul class="sub">' + "".join(f"<li>{a(sh, escape(sl))}</li>" for sl, sh in sub) + "</ul>" if sub else "")
        + "</li>" for lab, h, sub in s.nav)
    top = "".join(f"<li>{a(h, t)}</li>" for t, h in TOPBAR)
    return (head(s, title, jsonld(s) if front else "") + "<body>\n" + s.notice_html(front)
            + '<header class="site-header">\n'
            f'<div class="topbar"><ul>{top}</ul></div>\n'
            f'<div class="brand"><a href="/"><img src="/static/logo.svg" alt="{s.name}"></a></div>\n'
            f'<form class="header-search" action="{s.sp}" method="get" role="search"><label for="hq">Sök på webbplatsen</label>'
            f'<input id="hq" type="search" name="{s.param}"><button type="submit">Sök</button></form>\n'
            f'<div class="header-links">{s.header_links}</div>\n'
            f'<nav aria-label="Huvudmeny"><ul class="menu">{items}</ul></nav>\n</header>\n'
            f'<main id="main">\n{body}\n</main>\n'
            '<footer class="site-footer"><div class="col">' + "<br>".join(footer_lines(s)) + "</div>"
            '<div class="col">' + ul(footer_links(s)) + "</div></footer>\n" + COOKIE + s.sticky + SCRIPT + "\n</body>\n</html>\n")


def sem_sec(cls, h, inner):
    return f'<section class="{cls}"><h2>{h}</h2>{inner}</section>\n'


def fam_soup(s, title, body, front):
    items = "".join(
        f'<div class="m3i"><div class="m3t">{a(h, escape(lab))}</div><div class="m3s">'
        + "".join(f'<div class="m3x">{a(sh, escape(sl))}</div>' for sl, sh in sub) + "</div></div>"
        for lab, h, sub in s.nav)
    top = "".join(f'<span class="t2">{a(h, t)}</span>' for t, h in TOPBAR)
    return (head(s, title, jsonld(s) if front else "") + "<body>\n" + s.notice_html(front)
            + '<div class="zz">\n'
            f'<div class="t1">{top}</div>\n'
            f'<div class="q1"><div class="lg"><a href="/"><img src="/img/lg.png" alt="{s.name}"></a></div>'
            f'<div class="s9"><form action="{s.sp}" method="get"><input type="text" name="{s.param}" placeholder="Sök">'
            f'<input type="submit" value="Sök"></form></div><div class="hl">{s.header_links}</div></div>\n'
            f'<div class="m3">{items}</div>\n</div>\n'
            f'<div class="c4">\n{body}\n</div>\n'
            '<div class="f0"><div class="f1">' + "<br>".join(footer_lines(s)) + '</div><div class="f2">'
            + " | ".join(footer_links(s)) + "</div></div>\n" + COOKIE.replace('class="cookie-banner"', 'class="cookie-banner ck"')
            + s.sticky + SCRIPT + "\n</body>\n</html>\n")


def soup_sec(cls, h, inner):
    return f'<div class="bx {cls}"><div class="hh"><b>{h}</b></div>{inner}</div>\n'


def soup_lst(items, cls=""):
    return f'<div class="r2 {cls}">' + "".join(f'<div class="r3">{i}</div>' for i in items) + "</div>"


def fam_table(s, title, body, front):
    nav = "".join(
        f'<tr><td bgcolor="#e8eef4"><font face="Verdana" size="2"><b>{a(h, escape(lab))}</b></font></td></tr>'
        + "".join(f'<tr><td>&nbsp;&nbsp;<font face="Verdana" size="1">{a(sh, escape(sl))}</font></td></tr>' for sl, sh in sub)
        for lab, h, sub in s.nav)
    top = " | ".join(a(h, t) for t, h in TOPBAR)
    return (head(s, title, jsonld(s) if front else "") + '<body bgcolor="#ffffff" topmargin="0" leftmargin="0">\n'
            '<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">\n' + s.notice_html(front)
            + f'<tr><td colspan="2" bgcolor="#1f3f66" align="right"><font face="Verdana" size="1" color="#ffffff">{top}</font></td></tr>\n'
            f'<tr><td width="200"><a href="/"><img src="/bilder/logo.gif" alt="{s.name}" width="180" height="60" border="0"></a></td>'
            f'<td align="right"><form action="{s.sp}" method="get"><font face="Verdana" size="2">Sök: </font>'
            f'<input type="text" name="{s.param}" size="20"> <input type="submit" value="Sök"></form>'
            f'<font face="Verdana" size="2">{s.header_links}</font></td></tr>\n'
            f'<tr><td width="200" valign="top"><table width="200" border="0" cellpadding="3" cellspacing="0">{nav}</table></td>\n'
            f'<td valign="top"><font face="Verdana" size="2">\n{body}\n</font></td></tr>\n'
            '<tr><td colspan="2" bgcolor="#e8eef4"><font face="Verdana" size="1">' + " &middot; ".join(footer_lines(s))
            + "<br>" + " | ".join(footer_links(s)) + "</font></td></tr>\n</table>\n" + COOKIE + SCRIPT + "\n</body>\n</html>\n")


def table_sec(cls, h, inner):
    return (f'<table width="100%" border="0" cellpadding="4" class="{cls}"><tr><td bgcolor="#f3f3f3">'
            f'<font face="Verdana" size="3"><b>{h}</b></font></td></tr><tr><td><font face="Verdana" size="2">'
            f"{inner}</font></td></tr></table><br>\n")


def table_lst(items, cls=""):
    return "<br>\n".join(items)


def fam_sitevision(s, title, body, front):
    top = "".join(f'<li class="sv-menu-item">{a(h, t)}</li>' for t, h in TOPBAR)
    nav = "".join(f'<li class="sv-menu-item env-menu__item">{a(h, escape(lab), class_="env-link")}</li>' for lab, h, _ in s.nav)
    return (head(s, title, jsonld(s) if front else "") + '<body class="sv-responsive">\n' + s.notice_html(front)
            + '<div class="sv-layout" id="svid10_1a2b3c4d">\n'
            f'<div class="sv-layout sv-template-portlet header-top" id="svid12_1"><ul class="sv-menu">{top}</ul></div>\n'
            f'<div class="sv-layout header-main" id="svid12_2"><div class="sv-portlet sv-image-portlet"><a href="/">'
            f'<img src="/images/18.1a2b3c/logo.svg" alt="{s.name}"></a></div>'
            f'<div class="sv-portlet sv-searchform-portlet"><form action="{s.sp}" method="get"><label class="env-assistive-text" for="sq">Sök</label>'
            f'<input id="sq" name="{s.param}" type="search" class="env-form-input"><button class="env-button">Sök</button></form></div>'
            f'<div class="sv-portlet sv-menu-portlet" id="svid12_menu"><ul class="env-menu sv-menu sv-menu--tiny">{nav}</ul></div></div>\n'
            f'<div class="sv-layout sv-main" id="svid10_Innehall">\n{body}\n</div>\n'
            '<div class="sv-layout sv-footer" id="svid10_Sidfot"><div class="sv-portlet sv-text-portlet"><p class="normal">'
            + "<br>".join(footer_lines(s)) + "</p>" + ul(footer_links(s), "env-list") + "</div></div>\n</div>\n"
            + COOKIE + s.sticky + SCRIPT + '\n<script src="/sitevision/system-resource/abc/js/sv.js"></script>\n</body>\n</html>\n')


def sv_sec(cls, h, inner):
    return f'<div class="sv-layout sv-row {cls}"><div class="sv-portlet sv-text-portlet"><h2 class="subheading">{h}</h2>{inner}</div></div>\n'


def fam_municipio(s, title, body, front):
    items = "".join(
        f'<li class="menu-item">{a(h, escape(lab))}' + (
            '<ul class="sub-menu">' + "".join(f'<li class="menu-item">{a(sh, escape(sl))}</li>' for sl, sh in sub) + "</ul>" if sub else "")
        + "</li>" for lab, h, sub in s.nav)
    top = "".join(f'<li>{a(h, t)}</li>' for t, h in TOPBAR)
    return (head(s, title, jsonld(s) if front else "") + '<body class="home wp-theme-municipio">\n' + s.notice_html(front)
            + '<header class="c-header c-header--business" id="site-header">\n'
            f'<div class="c-header__top"><ul class="c-nav c-nav--horizontal">{top}</ul></div>\n'
            f'<div class="c-header__main"><a class="c-header__logo" href="/"><img src="/wp-content/uploads/logo.svg" alt="{s.name}"></a>'
            f'<form class="c-search" action="{s.sp}" method="get" role="search"><input type="search" name="{s.param}" aria-label="Sök">'
            '<button class="c-button">Sök</button></form>'
            '<button class="c-button c-button--menu" aria-controls="drawer" aria-expanded="false">Meny</button></div>\n</header>\n'
            '<nav id="drawer" class="c-drawer c-drawer--right" aria-label="Huvudmeny" aria-hidden="true">'
            '<button class="c-drawer__close" aria-label="Stäng menyn">Stäng</button>'
            f'<ul class="c-drawer__menu">{items}</ul></nav>\n'
            f'<main id="main-content" class="o-container">\n{body}\n</main>\n'
            '<footer class="c-footer"><div class="c-footer__col">' + "<br>".join(footer_lines(s)) + '</div><div class="c-footer__col">'
            + ul(footer_links(s)) + "</div></footer>\n" + COOKIE + s.sticky
            + "<script>document.querySelector('.c-button--menu').addEventListener('click',function(){var d=document.getElementById('drawer');"
            "d.setAttribute('aria-hidden',d.getAttribute('aria-hidden')==='true'?'false':'true');});</script>" + SCRIPT + "\n</body>\n</html>\n")


def mun_sec(cls, h, inner):
    return f'<section class="o-section c-card-list {cls}"><h2 class="c-typography">{h}</h2>{inner}</section>\n'


def fam_bootstrap(s, title, body, front):
    items = "".join(
        f'<li class="nav-item dropdown">{a(h, escape(lab), class_="nav-link dropdown-toggle", data_bs_toggle="dropdown")}'
        '<ul class="dropdown-menu">' + "".join(f'<li>{a(sh, escape(sl), class_="dropdown-item")}</li>' for sl, sh in sub) + "</ul></li>"
        if sub else f'<li class="nav-item">{a(h, escape(lab), class_="nav-link")}</li>' for lab, h, sub in s.nav)
    top = "".join(f'<li class="list-inline-item">{a(h, t)}</li>' for t, h in TOPBAR)
    return (head(s, title, jsonld(s) if front else "") + "<body>\n" + s.notice_html(front)
            + f'<div class="bg-light border-bottom small"><div class="container"><ul class="list-inline mb-0 text-end">{top}</ul></div></div>\n'
            '<nav class="navbar navbar-expand-lg navbar-light bg-white"><div class="container">'
            f'<a class="navbar-brand" href="/"><img src="/assets/img/logo.svg" alt="{s.name}" height="48"></a>'
            '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainnav" aria-label="Visa meny">'
            '<span class="navbar-toggler-icon"></span></button>'
            f'<div class="collapse navbar-collapse" id="mainnav"><ul class="navbar-nav me-auto">{items}</ul>'
            f'<form class="d-flex" action="{s.sp}" method="get" role="search"><input class="form-control me-2" type="search" name="{s.param}" '
            'aria-label="Sök"><button class="btn btn-outline-primary" type="submit">Sök</button></form></div></div></nav>\n'
            f'<main class="container py-4">\n{body}\n</main>\n'
            '<footer class="bg-dark text-white py-4"><div class="container"><div class="row"><div class="col-md-6">'
            + "<br>".join(footer_lines(s)) + '</div><div class="col-md-6">' + ul(footer_links(s), "list-unstyled")
            + "</div></div></div></footer>\n" + COOKIE + s.sticky + SCRIPT + "\n</body>\n</html>\n")


def bs_sec(cls, h, inner):
    return f'<section class="my-4 {cls}"><h2 class="h4">{h}</h2><div class="row"><div class="col">{inner}</div></div></section>\n'


def fam_custom(s, title, body, front):
    items = "".join(
        f'<gk-item>{a(h, escape(lab))}<gk-sub>' + "".join(a(sh, escape(sl)) for sl, sh in sub) + "</gk-sub></gk-item>"
        for lab, h, sub in s.nav)
    top = "".join(a(h, t) for t, h in TOPBAR)
    return (head(s, title, jsonld(s) if front else "") + "<body>\n" + s.notice_html(front)
            + '<gk-header>\n'
            f'<gk-topbar>{top}</gk-topbar>\n'
            f'<gk-logo><a href="/"><img src="/_gk/logo.svg" alt="{s.name}"></a></gk-logo>\n'
            f'<gk-search><form action="{s.sp}" method="get"><input type="search" name="{s.param}" aria-label="Sök på webbplatsen">'
            '<button>Sök</button></form></gk-search>\n'
            f'<gk-links>{s.header_links}</gk-links>\n'
            f'<gk-nav>{items}</gk-nav>\n</gk-header>\n'
            f'<gk-main>\n{body}\n</gk-main>\n'
            '<gk-footer><gk-col>' + "<br>".join(footer_lines(s)) + "</gk-col><gk-col>" + " ".join(footer_links(s))
            + "</gk-col></gk-footer>\n" + COOKIE + s.sticky
            + "<script>['gk-header','gk-nav','gk-item','gk-sub','gk-main','gk-footer','gk-hero','gk-iconrow','gk-section']"
            ".forEach(function(n){if(!customElements.get(n))customElements.define(n,class extends HTMLElement{});});</script>"
            + SCRIPT + "\n</body>\n</html>\n")


def gk_sec(cls, h, inner):
    return f'<gk-section class="{cls}"><h2>{h}</h2>{inner}</gk-section>\n'


def fam_aria(s, title, body, front):
    items = "".join(
        f'<div class="ni" role="none">{a(h, escape(lab))}<div class="ns">'
        + "".join(a(sh, escape(sl)) for sl, sh in sub) + "</div></div>" for lab, h, sub in s.nav)
    top = "".join(a(h, t) for t, h in TOPBAR)
    return (head(s, title, jsonld(s) if front else "") + "<body>\n" + s.notice_html(front)
            + '<div class="hd" role="banner">\n'
            f'<div class="tb">{top}</div>\n'
            f'<div class="lg"><a href="/"><img src="/res/logo.svg" alt="{s.name}"></a></div>\n'
            f'<div class="sr" role="search"><form action="{s.sp}" method="get"><input type="search" name="{s.param}" aria-label="Sök">'
            '<button>Sök</button></form></div>\n'
            f'<div class="hl">{s.header_links}</div>\n'
            f'<div class="nv" role="navigation" aria-label="Huvudmeny">{items}</div>\n</div>\n'
            f'<div class="mn" role="main">\n{body}\n</div>\n'
            '<div class="ft" role="contentinfo"><div>' + "<br>".join(footer_lines(s)) + "</div><div>" + " ".join(footer_links(s))
            + "</div></div>\n" + COOKIE + s.sticky + SCRIPT + "\n</body>\n</html>\n")


def aria_sec(cls, h, inner):
    return f'<div class="sc {cls}" role="region" aria-label="{h}"><div class="sh" role="heading" aria-level="2">{h}</div>{inner}</div>\n'


def fam_episerver(s, title, body, front):
    items = "".join(
        f'<li class="MainMenu__item">{a(h, escape(lab), class_="MainMenu__link")}<div class="MegaMenu" hidden><ul class="MegaMenu__list">'
        + "".join(f"<li>{a(sh, escape(sl))}</li>" for sl, sh in sub) + "</ul></div></li>" for lab, h, sub in s.nav)
    top = "".join(f"<li>{a(h, t)}</li>" for t, h in TOPBAR)
    return (head(s, title, jsonld(s) if front else "") + '<body class="StartPage" data-epi-page-id="5">\n'
            + s.notice_html(front)
            + '<header class="SiteHeader">\n'
            f'<div class="SiteHeader__tools"><ul class="ToolsMenu">{top}</ul></div>\n'
            f'<div class="SiteHeader__main"><a class="SiteHeader__logo" href="/"><img src="/globalassets/logo.svg" alt="{s.name}"></a>'
            f'<form class="SiteSearch" action="{s.sp}" method="get"><input type="search" name="{s.param}" aria-label="Sök">'
            f'<button type="submit">Sök</button></form><div class="SiteHeader__links">{s.header_links}</div></div>\n'
            f'<nav class="MainMenu" aria-label="Huvudmeny"><ul class="MainMenu__list">{items}</ul></nav>\n</header>\n'
            f'<main class="Page" id="maincontent">\n{body}\n</main>\n'
            '<footer class="SiteFooter"><div class="SiteFooter__contact">' + "<br>".join(footer_lines(s))
            + '</div><div class="SiteFooter__links">' + ul(footer_links(s)) + "</div></footer>\n" + COOKIE + s.sticky + SCRIPT
            + "\n</body>\n</html>\n")


def epi_sec(cls, h, inner):
    return f'<div class="ContentArea__item block {cls}Block"><h2 class="Block__heading">{h}</h2>{inner}</div>\n'


def fam_drupal(s, title, body, front):
    items = "".join(
        f'<li class="menu-item menu-item--expanded">{a(h, escape(lab))}<ul class="menu">'
        + "".join(f'<li class="menu-item">{a(sh, escape(sl))}</li>' for sl, sh in sub) + "</ul></li>" for lab, h, sub in s.nav)
    top = "".join(f'<li class="menu-item">{a(h, t)}</li>' for t, h in TOPBAR)
    return (head(s, title, jsonld(s) if front else "") + '<body class="path-frontpage">\n'
            '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n' + s.notice_html(front)
            + '<header role="banner" class="site-header"><div class="region region-header">\n'
            f'<nav role="navigation" aria-labelledby="block-toppmeny-menu" id="block-toppmeny" class="block block-menu">'
            f'<h2 class="visually-hidden" id="block-toppmeny-menu">Toppmeny</h2><ul class="menu menu--top">{top}</ul></nav>\n'
            f'<div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home">'
            f'<img src="/themes/custom/jv/logo.svg" alt="{s.name}"></a></div>\n'
            f'<div class="search-block-form block block-search" role="search"><form action="{s.sp}" method="get">'
            f'<input type="search" name="{s.param}" title="Ange de ord du vill söka efter."><input type="submit" value="Sök"></form></div>\n'
            f'<div class="block block-block-content header-links">{s.header_links}</div>\n'
            '<nav role="navigation" aria-labelledby="block-huvudmeny-menu" id="block-huvudmeny" class="block block-menu">'
            f'<h2 class="visually-hidden" id="block-huvudmeny-menu">Huvudmeny</h2><ul class="menu menu--main">{items}</ul></nav>\n'
            '</div></header>\n'
            f'<main role="main"><div class="region region-content">\n{body}\n</div></main>\n'
            '<footer role="contentinfo" class="site-footer"><div class="region region-footer"><div class="block">'
            + "<br>".join(footer_lines(s)) + "</div>" + ul(footer_links(s), "menu") + "</div></footer>\n</div>\n"
            + COOKIE + s.sticky + SCRIPT + "\n</body>\n</html>\n")


def dr_sec(cls, h, inner):
    return (f'<div class="block block-block-content paragraph paragraph--type--{cls}"><h2 class="block-title">{h}</h2>'
            f'<div class="field field--name-body">{inner}</div></div>\n')


FAMILIES = {
    "semantic": (fam_semantic, sem_sec, ul), "soup": (fam_soup, soup_sec, soup_lst),
    "table": (fam_table, table_sec, table_lst), "sitevision": (fam_sitevision, sv_sec, ul),
    "municipio": (fam_municipio, mun_sec, ul), "bootstrap": (fam_bootstrap, bs_sec, ul),
    "custom": (fam_custom, gk_sec, ul), "aria": (fam_aria, aria_sec, ul),
    "episerver": (fam_episerver, epi_sec, ul), "drupal": (fam_drupal, dr_sec, ul),
}


# --------------------------------------------------------------------------- site assembly

CSS = ("body{font-family:Arial,sans-serif;margin:0}.sub,.m3s,.ns,gk-sub,.dropdown-menu,.sub-menu{display:none}"
       ".cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:1rem}"
       ".hero{min-height:420px}")


def notice_html(self, front):
    return self.notice if front else ""


Site.notice_html = notice_html


def generic_contact(s, h1, extra=""):
    return (f"<h1>{h1}</h1><p>Du når kommunens växel på telefon {s.vaxel}, vardagar 8–16.30. Växeln kopplar dig vidare "
            f"till rätt förvaltning.</p><p>E-post: <a href=\"mailto:{s.mail}\">{s.mail}</a></p>"
            f"<p>Postadress: {s.postal}</p><p>Vill du lämna en synpunkt? Använd vår e-tjänst för synpunkter och klagomål.</p>{extra}")


def base_pages(s, ao_extra=(), kp_extra=(), contact_path="/kontakt/", contact_h1="Kontakt", contact_extra=""):
    P = s.pages
    s.contact_path, s.contact_h1 = contact_path, contact_h1
    P[contact_path] = (contact_h1, generic_contact(s, contact_h1, contact_extra))
    P["/nyheter/"] = ("Nyheter", "<h1>Nyheter</h1>" + ul([f"{d} " + a(h, escape(t)) for d, t, h in s.news]))
    for d, t, h in s.news:
        P[h] = (t, f'<h1>{escape(t)}</h1><p class="date">Publicerad {d} 2025</p>{s.news_text.get(h, "<p>" + s.kommun + " informerar. Läs mer på sidan.</p>")}'
                '<p>' + a("/nyheter/", "Till alla nyheter") + "</p>")
    P["/jobb/"] = ("Lediga jobb", "<h1>Lediga jobb</h1><p>Här hittar du våra lediga tjänster.</p>"
                   + ul([escape(x) + " – sista ansökningsdag 31 maj" for x in JOBS]))
    ao = [(x, f"/{sl}/{slug(x)}/") for _, sl, subs in AREAS for x in subs[:2]] + list(ao_extra)
    ao.sort(key=lambda t: t[0])
    P["/a-o/"] = ("A–Ö", "<h1>A–Ö</h1>" + ul([a(h, escape(t)) for t, h in ao]))
    P["/kommun-och-politik/"] = ("Kommun och politik", "<h1>Kommun och politik</h1><p>Här hittar du information om hur kommunen "
                                 "styrs, om politiken och om kommunens organisation.</p>"
                                 + ul([a(h, escape(t)) for t, h in [(x, f"/kommun-och-politik/{slug(x)}/") for x in AREAS[5][2]]
                                       + list(kp_extra)]))
    P["/tillganglighetsredogorelse/"] = ("Tillgänglighetsredogörelse",
                                         f"<h1>Tillgänglighetsredogörelse</h1><p>{s.name} står bakom denna webbplats. Vi vill att så "
                                         "många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om "
                                         "tillgänglighet till digital offentlig service.</p>")
    P["/kakor/"] = ("Om kakor", "<h1>Om kakor</h1><p>En kaka (cookie) är en liten textfil som lagras i din webbläsare.</p>")


def write_site(s):
    render, sec, lst = FAMILIES[s.family]
    d = SITES / s.code
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    enc = "iso-8859-1" if s.family == "table" else "utf-8"
    ctype = "text/html; charset=iso-8859-1" if enc != "utf-8" else None

    def save(name, text):
        (d / name).write_bytes(text.encode(enc, errors="xmlcharrefreplace"))

    f = s.front(sec, lst)
    first, mid = f if isinstance(f, tuple) else (f, "")
    front = first + common_sections(s, sec, lst, mid) + s.front_tail
    pages = {"/": ("index.html", render(s, s.name, front, True))}
    for path, (title, inner) in s.pages.items():
        pages[path] = (fn(path), render(s, title, f'<div class="page-content">{inner}</div>', False))
    manifest_pages = {}
    for path, (name, text) in pages.items():
        save(name, text)
        manifest_pages[path] = {"file": name, "content_type": ctype} if ctype else name
    save("sok.html", render(s, "Sök", "<h1>Sök</h1>\n<!--SEARCH_RESULTS-->\n", False))
    m = {"kommunkod": s.code, "kommun": s.kommun, "lan_kod": s.lan_kod, "lan": s.lan, "family": s.family,
         "pages": manifest_pages, "redirects": s.redirects,
         "robots": s.robots,
         "sitemap": list(pages),
         "search": {"path": s.sp, "param": s.param, "hits": s.search_hits,
                    "template": {"file": "sok.html", "content_type": ctype} if ctype else "sok.html"},
         "front_status": None}
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def mk(code, kommun, lan_kod, lan, family, dom, vaxel, postal, visit, **kw):
    s = Site(code=code, kommun=kommun, lan_kod=lan_kod, lan=lan, family=family, mail=f"kommunen@{dom}", dom=dom,
             vaxel=vaxel, postal=postal, visit=visit, orgnr=f"212099-{code}", css=CSS, nav=nav_items(),
             header_links="", notice="", front_tail="", sticky="", sp="/sok/", param="q", news_text={},
             robots="User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n")
    s.__dict__.update(kw)
    return s


# --------------------------------------------------------------------------- the ten sites
ALL: list[Site] = []


# 9021 Alvsunda: search-first hero; the unit only in search chips (hero) and a "Genvägar" grid (third section)
s = mk("9021", "Alvsunda", "01", "Stockholms län", "semantic", "alvsunda.se", "08-465 004 00",
       "Box 100, 999 21 Alvsunda", "Torget 1, Alvsunda",
       header_links=a("/kontakt/", "Kontakt", class_="header-contact"),
       news=[("14 maj", "Ny förskola öppnar i Norrängen", "/nyheter/ny-forskola-norrangen/"),
             ("9 maj", "Så blir sommarens vägarbeten", "/nyheter/sommarens-vagarbeten/"),
             ("2 maj", "Kommunfullmäktige sammanträder 26 maj", "/nyheter/kf-26-maj/")])


def front_9021(sec, lst, s=s):
    chips = ["Lediga jobb", "Bygglov", "Soptömning", "Kontaktcenter", "Förskola", "Parkeringstillstånd"]
    hero = ('<section class="hero hero--search" aria-labelledby="hero-h"><h1 id="hero-h">Vad vill du göra idag?</h1>'
            '<form class="hero-search" action="/sok/" method="get" role="search"><label for="big-q">Sök på alvsunda.se</label>'
            '<input id="big-q" type="search" name="q" placeholder="Skriv vad du letar efter, till exempel bygglov">'
            '<button type="submit">Sök</button></form>'
            '<p class="chips-label">Populära sökningar:</p>'
            + ul([a("/sok/?q=" + quote_plus(x.lower()), x, class_="chip") for x in chips], "chips") + "</section>\n")
    genv = sec("shortcuts", "Genvägar", ul([
        a("/barn-och-utbildning/forskola/", "Förskola"), a("/bygga-bo-och-miljo/bygglov/", "Bygglov"),
        a("/bygga-bo-och-miljo/avfall-och-atervinning/", "Avfall och återvinning"),
        a("/kontaktcenter/", '<span class="card-title">Kontaktcenter</span><span class="card-text">Frågor till kommunen</span>'),
        a("/jobb/", "Lediga jobb"), a("/naringsliv-och-arbete/tillstand/", "Tillstånd")], "cards"))
    return hero, genv   # hero = first section, Aktuellt second, Genvägar third


s.front = front_9021
s.search_hits = {"kontaktcenter": ["/kontaktcenter/"], "lediga jobb": ["/jobb/"]}
base_pages(s, ao_extra=[("Kontaktcenter", "/kontaktcenter/")],
           contact_extra="<h2>Hitta rätt</h2>" + ul([a("/kontaktcenter/", "Kontaktcenter"), a("/jobb/", "Lediga jobb"),
                                                        a("/kommun-och-politik/", "Kommun och politik")]))
s.pages["/kontaktcenter/"] = ("Kontaktcenter", """<h1>Kontaktcenter</h1>
<p class="lead">Kontaktcenter är kommunens gemensamma ingång för dig som bor, arbetar eller driver företag i Alvsunda.</p>
<p>Vi svarar på frågor om bland annat barnomsorg och skola, bygglov, avfall och återvinning, vatten och avlopp samt
hemtjänst. Enklare ärenden löser vi direkt, andra skickar vi vidare till rätt handläggare.</p>
<h2>Så når du oss</h2>
<ul><li>Telefon: <a href="tel:+46846500410">08-465 004 10</a></li>
<li>E-post: <a href="mailto:kontaktcenter@alvsunda.se">kontaktcenter@alvsunda.se</a></li></ul>
<table class="hours"><caption>Telefontider</caption><tr><th>Måndag–torsdag</th><td>8.00–16.30</td></tr>
<tr><th>Fredag</th><td>8.00–15.00</td></tr></table>
<h2>Ansvarig</h2><p>Enhetschef för kontaktcenter: Helena Strand</p>""")
ALL.append(s)


# 9022 Bergvreta: div soup; the unit only on slide 2 of 3 of the hero carousel (hidden until it rotates)
s = mk("9022", "Bergvreta", "14", "Västra Götalands län", "soup", "bergvreta.se", "031-390 06 00",
       "999 22 Bergvreta", "Kungsgatan 4, Bergvreta",
       header_links=a("/kontakta-oss/", "Kontakta oss"),
       news=[("15 maj", "Simhallen stänger för renovering", "/nyheter/simhallen-renoveras/"),
             ("8 maj", "Tyck till om nya cykelplanen", "/nyheter/cykelplanen/"),
             ("30 april", "Valborgsfirande i Bergvreta", "/nyheter/valborg/")])


def front_9022(sec, lst, s=s):
    return ('<div class="k7" data-rotate="6000">\n'
            '<div class="k7s k7on"><img src="/img/sl1.jpg" alt="Barn som badar i sjön">'
            '<div class="k7c"><div class="k7h">Sommar i Bergvreta</div><div class="k7t">Badplatser, läger och aktiviteter för alla åldrar</div>'
            + a("/uppleva-och-gora/", "Upptäck sommaren", class_="k7b") + "</div></div>\n"
            '<div class="k7s" aria-hidden="true" style="display:none"><img src="/img/sl2.jpg" alt="">'
            '<div class="k7c"><div class="k7h">Servicecenter</div><div class="k7t">En väg in med alla dina frågor till kommunen</div>'
            + a("/servicecenter/", "Så når du Servicecenter", class_="k7b") + "</div></div>\n"
            '<div class="k7s" aria-hidden="true" style="display:none"><img src="/img/sl3.jpg" alt="">'
            '<div class="k7c"><div class="k7h">Jobba hos oss</div><div class="k7t">Vi söker lärare, undersköterskor och ingenjörer</div>'
            + a("/jobb/", "Se lediga jobb", class_="k7b") + "</div></div>\n"
            '<div class="k7n"><span class="k7p" tabindex="0">Föregående</span> <span class="k7d">1 / 3</span> '
            '<span class="k7x" tabindex="0">Nästa</span> <span class="k7z" tabindex="0">Pausa</span></div>\n</div>\n'
            "<script>(function(){var s=document.querySelectorAll('.k7s'),i=0;setInterval(function(){s[i].style.display='none';"
            "s[i].setAttribute('aria-hidden','true');i=(i+1)%s.length;s[i].style.display='';s[i].removeAttribute('aria-hidden');"
            "document.querySelector('.k7d').textContent=(i+1)+' / '+s.length;},6000);})();</script>\n"
            + soup_sec("q5", "Snabbt till", soup_lst([a("/barn-och-utbildning/forskola/", "Förskola"),
                                                     a("/trafik-och-infrastruktur/felanmalan/", "Felanmälan"),
                                                     a("/bygga-bo-och-miljo/avfall-och-atervinning/", "Sophämtning"),
                                                     a("/jobb/", "Lediga jobb")])))


s.front = front_9022
s.search_hits = {"servicecenter": ["/servicecenter/"]}
base_pages(s, ao_extra=[("Servicecenter", "/servicecenter/")], contact_path="/kontakta-oss/", contact_h1="Kontakta oss")
s.pages["/servicecenter/"] = ("Servicecenter", """<h1>Servicecenter</h1>
<p>Hos oss på Servicecenter kan du få hjälp med frågor om äldreomsorg, skolskjuts, parkeringstillstånd, bygglov och
felanmälan av gator och belysning. Du möter våra kommunvägledare, som hjälper dig att hitta rätt.</p>
<p>Ring Servicecenter på 031-390 06 20.</p>
<p class="meta">Sidansvarig: Jonas Berg, kommunikationsavdelningen. Senast uppdaterad 2 maj 2025.</p>""")
ALL.append(s)


# 9023 Kolmby: 2000s tables in ISO-8859-1; a red "VIKTIGT" news notice above the header is the only front-page mention
s = mk("9023", "Kolmby", "25", "Norrbottens län", "table", "kolmby.se", "0980-319 200",
       "999 23 Kolmby", "Storgatan 20, Kolmby", sp="/sok.asp",
       news=[("12 maj", "Kontaktcenter håller stängt fredag 16 maj", "/nyheter/kontaktcenter-stangt-16-maj.asp"),
             ("6 maj", "Ny återvinningscentral i Kolmby", "/nyheter/ny-atervinningscentral.asp"),
             ("28 april", "Fiskekort för sommaren", "/nyheter/fiskekort.asp")],
       notice=('<tr><td colspan="2" bgcolor="#b00000"><font face="Verdana" size="2" color="#ffffff"><b>VIKTIGT</b> &ndash; '
               'Nyhet 12 maj 2025: Kontaktcenter håller stängt fredag 16 maj på grund av personalutbildning. '
               '<a href="/nyheter/kontaktcenter-stangt-16-maj.asp"><font color="#ffffff">Läs hela nyheten</font></a></font></td></tr>\n'))
s.nav = nav_items()
s.nav[5] = ("Kommun och politik", "/kommun-och-politik.asp", s.nav[5][2])


def front_9023(sec, lst, s=s):
    return ('<table width="100%" border="0" cellpadding="0"><tr><td><img src="/bilder/hamnen.jpg" width="760" height="240" '
            'alt="Hamnen i Kolmby en sommarkväll"></td></tr><tr><td bgcolor="#1f3f66"><font face="Verdana" size="4" color="#ffffff">'
            '<b>Välkommen till Kolmby kommun</b></font><br><font face="Verdana" size="2" color="#ffffff">'
            + " &middot; ".join([a("/barn-och-utbildning/forskola/", "Förskola"), a("/bygga-bo-och-miljo/bygglov/", "Bygglov"),
                                 a("/jobb/", "Lediga jobb"), a("/trafik-och-infrastruktur/felanmalan/", "Felanmälan")])
            + "</font></td></tr></table><br>\n")


s.front = front_9023
s.news_text = {"/nyheter/kontaktcenter-stangt-16-maj.asp":
               "<p>Fredag 16 maj håller Kontaktcenter stängt hela dagen på grund av personalutbildning. Telefonen och "
               "e-posten öppnar igen måndag 19 maj klockan 8. Läs mer om " + a("/kommun-och-politik/kontaktcenter.asp", "Kontaktcenter") + ".</p>"}
s.search_hits = {"kontaktcenter": ["/kommun-och-politik/kontaktcenter.asp", "/nyheter/kontaktcenter-stangt-16-maj.asp"]}
base_pages(s, contact_path="/kontakt.asp", kp_extra=[("Kontaktcenter", "/kommun-och-politik/kontaktcenter.asp")])
s.pages["/kommun-och-politik.asp"] = s.pages.pop("/kommun-och-politik/")
s.header_links = " | " + a("/kontakt.asp", "Kontakt")
s.pages["/kommun-och-politik/kontaktcenter.asp"] = ("Kontaktcenter", """<h1>Kontaktcenter</h1>
<p>Kontaktcenter svarar på frågor om hemtjänst, förskoleplats, bygglov, sophämtning och parkering. Kan vi inte svara
direkt ser vi till att rätt person hör av sig till dig.</p>
<p><b>Telefon:</b> 0980-319 210<br><b>E-post:</b> kontaktcenter(at)kolmby.se<br>
<b>Telefontid:</b> måndag&ndash;fredag 8.00&ndash;16.30</p>
<p>Kontaktcenter ingår i kommunledningskontoret, som leds av kommundirektör Bengt Nyström.</p>
<p><font size="1">Kontaktperson för sidan: Eva Lindgren</font></p>""")
ALL.append(s)


# 9024 Dunsjö: Sitevision; tiny primary menu of three items, the areas are tiles in the content.
# Top-level "Kontakt" -> 301 -> page headed Medborgarservice.
SVP = "/4.5e2c1d9a18c3f0a1b2.html"
s = mk("9024", "Dunsjö", "20", "Dalarnas län", "sitevision", "dunsjo.se", "08-465 004 40",
       "999 24 Dunsjö", "Storgatan 12, Dunsjö", sp="/sok.html", param="query",
       news=[("13 maj", "Dunsjö får ny idrottshall", "/nyheter/ny-idrottshall/"),
             ("7 maj", "Nya tider för sophämtning i sommar", "/nyheter/sophamtning-sommar/"),
             ("29 april", "Kulturpriset 2025 delas ut", "/nyheter/kulturpriset/")])
s.nav = [("Kontakt", "/kontakt", []), ("Jobba hos oss", "/jobb/", []), ("In English", "/in-english/", [])]
s.redirects = {"/kontakt": [SVP, 301]}


def front_9024(sec, lst, s=s):
    hero = ('<div class="sv-layout sv-row hero" style="background-image:url(/images/18.1a2b3c/sjon.jpg)">'
            '<div class="sv-portlet sv-text-portlet"><h1 class="heading">Välkommen till Dunsjö</h1>'
            '<p class="normal">Snabbval</p>' + ul([a("/jobb/", "Lediga jobb"), a("/bygga-bo-och-miljo/bygglov/", "Bygglov"),
                                                  a("/trafik-och-infrastruktur/felanmalan/", "Felanmälan"),
                                                  a("/barn-och-utbildning/forskola/", "Förskola")], "env-list quick") + "</div></div>\n")
    tiles = []
    for label, sl, subs in AREAS:
        links = [(x, f"/{sl}/{slug(x)}/") for x in subs]
        if sl == "kommun-och-politik":
            links = [("Medborgarservice", SVP), *links[:4], ("Organisation", "/kommun-och-politik/")]
        tiles.append(f'<div class="tile"><h3 class="subheading">{a(f"/{sl}/" if sl != "kommun-och-politik" else "/kommun-och-politik/", escape(label))}</h3>'
                     + ul([a(h, escape(t)) for t, h in links]) + "</div>")
    return hero + sec("areas", "Hitta inom kommunen", "".join(tiles))


s.front = front_9024
s.search_hits = {"medborgarservice": [SVP]}
base_pages(s, ao_extra=[("Medborgarservice", SVP)], kp_extra=[("Medborgarservice", SVP)], contact_path="/kontakt-vaxel/",
           contact_h1="Växel och registrator")
s.pages["/om-webbplatsen/"] = ("Om webbplatsen", "<h1>Om webbplatsen</h1><p>Webbplatsen drivs av kommunikationsenheten. "
                               + a("/kontakt-vaxel/", "Växel och registrator") + "</p>")
s.pages[SVP] = ("Medborgarservice", """<h1 class="heading">Medborgarservice</h1>
<p class="normal">Medborgarservice hjälper dig med frågor om bland annat bygglov, barnomsorg, avfallshämtning och
färdtjänst. Du kan också lämna in handlingar och få hjälp med kommunens e-tjänster.</p>
<h2 class="subheading">Kontakta Medborgarservice</h2>
<p class="normal">Telefon: <a href="tel:+46846500440">08-465 004 40</a><br>
E-post: medborgarservice(at)dunsjo.se<br>Besöksadress: Kommunhuset, Storgatan 12</p>
<p class="normal">Medborgarservice leds av enhetschef Maria Holm.</p>""")
ALL.append(s)


# 9025 Eskeröd: Municipio; whole menu in a closed drawer; "Kundtjänst" is a TOP-level drawer item.
# Hero "Populära sidor" names only the housing company's customer service (excluded).
s = mk("9025", "Eskeröd", "12", "Skåne län", "municipio", "eskerod.se", "040-628 04 00",
       "999 25 Eskeröd", "Rådhusgatan 3, Eskeröd", sp="/", param="s",
       news=[("14 maj", "Eskeröd satsar på fler laddplatser", "/nyheter/laddplatser/"),
             ("5 maj", "Sommarjobb för unga – ansök nu", "/nyheter/sommarjobb/"),
             ("25 april", "Ny detaljplan för hamnområdet", "/nyheter/detaljplan-hamnen/")])
s.nav = nav_items(extra_top=[("Kundtjänst", "/kundtjanst/", [])])


def front_9025(sec, lst, s=s):
    return ('<section class="o-section c-hero"><div class="c-hero__content"><h1 class="c-hero__title">Välkommen till Eskeröd</h1>'
            '<p>Här finns havet, slätten och nära till allt.</p></div>'
            '<div class="c-hero__cards"><h2 class="c-hero__cards-title">Populära sidor</h2>'
            + ul([a("/barn-och-utbildning/forskola/", "Förskola"), a("/bygga-bo-och-miljo/bygglov/", "Bygglov"),
                  a("/eskerodshem/", "Eskerödshem AB:s kundtjänst – för dig som hyr"),
                  a("/jobb/", "Lediga jobb")], "c-card-grid") + "</div></section>\n")


s.front = front_9025
s.search_hits = {"kundtjänst": ["/kundtjanst/"], "kundtjanst": ["/kundtjanst/"]}
base_pages(s, ao_extra=[("Kundtjänst", "/kundtjanst/")])
s.header_links = ""
s.pages["/eskerodshem/"] = ("Eskerödshem AB", """<h1>Eskerödshem AB</h1>
<p>Eskerödshem AB är kommunens bostadsbolag med 2 100 lägenheter. Eskerödshems kundtjänst svarar på frågor om
hyresavtal, felanmälan i lägenheten och bostadskön, telefon 040-628 04 90, kundtjanst@eskerodshem.se.</p>
<p>Kundtjänstchef på Eskerödshem: Anders Möller.</p>""")
s.pages["/kundtjanst/"] = ("Kundtjänst", """<h1>Kundtjänst</h1>
<p class="lead">Välkommen till kommunens kundtjänst! Vi finns här för dig. Hör av dig om du undrar något – vi hjälper dig
gärna med allt som rör kommunen.</p>
<h2>Kontakt</h2>
<p>Telefon: 040-628 04 10<br>E-post: <a href="mailto:kundtjanst@eskerod.se">kundtjanst@eskerod.se</a><br>
Öppettider: måndag–fredag 8.00–17.00</p>
<p>Kundtjänstchef: Per Lindqvist</p>""")
ALL.append(s)


# 9026 Flodala: Bootstrap; the unit only in a service banner (the SECOND section of main, right after the hero)
# and in a sticky floating button placed after the footer.
s = mk("9026", "Flodala", "03", "Uppsala län", "bootstrap", "flodala.se", "040-628 04 30",
       "999 26 Flodala", "Kyrkogatan 8, Flodala",
       news=[("15 maj", "Flodala bygger ny gång- och cykelbro", "/nyheter/ny-cykelbro/"),
             ("9 maj", "Äldreboendet Solgläntan firar 50 år", "/nyheter/solglantan-50/"),
             ("2 maj", "Budget 2026: så prioriterar kommunen", "/nyheter/budget-2026/")],
       sticky=('<a href="/kundcenter/" class="btn btn-primary btn-lg rounded-pill shadow sticky-contact" '
               'style="position:fixed;right:1.5rem;bottom:1.5rem;z-index:1030">Frågor? Kundcenter</a>\n'))
s.nav = nav_items(extra_top=[("Kontakt", "/kontakt/", [])])


def front_9026(sec, lst, s=s):
    hero = ('<section class="p-5 mb-4 bg-light rounded-3 hero"><h1 class="display-5">Välkommen till Flodala</h1>'
            '<p class="lead">Genvägar till det som flest söker just nu.</p><div class="d-flex flex-wrap gap-2">'
            + "".join(a(h, t, class_="btn btn-outline-primary") for t, h in [
                ("Förskola", "/barn-och-utbildning/forskola/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/"),
                ("Lediga jobb", "/jobb/"), ("Felanmälan", "/trafik-och-infrastruktur/felanmalan/")]) + "</div></section>\n")
    banner = ('<section class="service-banner bg-primary text-white p-4 my-4 rounded-3"><div class="row align-items-center">'
              '<div class="col-md-8"><h2 class="h4">Har du frågor till kommunen?</h2><p class="mb-0">Kundcenter hjälper dig – ring '
              '040-628 04 31 eller skriv till oss.</p></div><div class="col-md-4 text-md-end">'
              + a("/kundcenter/", "Till Kundcenter", class_="btn btn-light") + "</div></div></section>\n")
    return hero + banner


s.front = front_9026
s.search_hits = {"kundcenter": ["/kundcenter/"]}
base_pages(s, ao_extra=[("Kundcenter", "/kundcenter/")])
s.pages["/kundcenter/"] = ("Kundcenter", """<h1>Kundcenter</h1>
<p class="lead">Kundcenter hjälper dig med frågor om skola, omsorg, avfall, vatten och avlopp och parkering.</p>
<p>Ring oss på 040-628 04 31.</p>
<p>Hos Kundcenter arbetar sex kommunvägledare. Behöver ditt ärende en handläggare kopplar vi dig vidare.</p>""")
ALL.append(s)


# 9027 Granåsen: custom elements; icon row in the hero whose "Kontakta oss" icon has only a title attribute and
# goes /kontakta-oss -> 301 -> page headed Servicecenter. "Populära sidor" in the hero names an excluded unit.
s = mk("9027", "Granåsen", "22", "Västernorrlands län", "custom", "granasen.se", "08-465 004 70",
       "999 27 Granåsen", "Järnvägsgatan 5, Granåsen",
       news=[("12 maj", "Granåsen får ny simhall 2027", "/nyheter/ny-simhall/"),
             ("6 maj", "Fritidsgårdarna har sommaröppet", "/nyheter/fritidsgardar-sommar/"),
             ("29 april", "Ny översiktsplan på samråd", "/nyheter/oversiktsplan/")])
s.redirects = {"/kontakta-oss": ["/servicecenter/", 301]}
SVG = '<svg aria-hidden="true" width="32" height="32" viewBox="0 0 32 32"><circle cx="16" cy="16" r="14"/></svg>'


def front_9027(sec, lst, s=s):
    icons = "".join(f'<a href="{h}" title="{t}" class="ic">{SVG}</a>' for t, h in [
        ("Lediga jobb", "/jobb/"), ("Felanmälan", "/trafik-och-infrastruktur/felanmalan/"),
        ("Bibliotek", "/uppleva-och-gora/bibliotek/"), ("Kontakta oss", "/kontakta-oss"), ("Evenemang", "/evenemang/")])
    return ('<gk-hero><h1>Granåsen – nära till allt</h1><gk-iconrow>' + icons + '</gk-iconrow>'
            '<gk-quick><h2>Populära sidor</h2>' + ul([a("/barn-och-utbildning/forskola/", "Förskola"),
                                                     a("/bygga-bo-och-miljo/bygglov/", "Bygglov"),
                                                     a("/naringsliv/servicecenter-for-foretag/", "Servicecenter för företag"),
                                                     a("/omsorg-och-stod/hemtjanst/", "Hemtjänst")]) + "</gk-quick></gk-hero>\n")


s.front = front_9027
s.search_hits = {"servicecenter": ["/servicecenter/", "/naringsliv/servicecenter-for-foretag/"]}
base_pages(s, ao_extra=[("Servicecenter", "/servicecenter/"), ("Servicecenter för företag", "/naringsliv/servicecenter-for-foretag/")])
s.pages["/naringsliv/servicecenter-for-foretag/"] = ("Servicecenter för företag", """<h1>Servicecenter för företag</h1>
<p>Servicecenter för företag hjälper dig som driver eller vill starta företag med frågor om tillstånd, upphandling,
livsmedelskontroll och mark för etablering.</p>
<p>Telefon 08-465 004 79, e-post foretag@granasen.se, öppet vardagar 9–15.</p>
<p>Enhetschef för Servicecenter för företag: Tomas Wall</p>""")
s.pages["/servicecenter/"] = ("Servicecenter", """<h1>Servicecenter</h1>
<p>På Servicecenter får du svar på frågor om bland annat förskola och skola, bygglov, renhållning, vatten och avlopp
och hemtjänst.</p>
<h2>Kontakta Servicecenter</h2>
<p>Telefon 08-465 004 71, vardagar 8–16<br>E-post: servicecenter[at]granasen.se<br>
<button type="button" class="chat-open">Chatta med oss</button></p>
<p>Enhetschef Servicecenter: Lina Sundberg</p>""")
ALL.append(s)


# 9028 Hedvika: ARIA roles only; a labelled "Kontakta oss" widget inside the hero names "Kontakt Hedvika".
s = mk("9028", "Hedvika", "07", "Kronobergs län", "aria", "hedvika.se", "031-390 06 80",
       "999 28 Hedvika", "Storgatan 1, Hedvika",
       header_links=a("/kontakt/", "Kontakt"),
       news=[("14 maj", "Hedvika bjuder in till medborgardialog", "/nyheter/medborgardialog/"),
             ("7 maj", "Bredband till fler på landsbygden", "/nyheter/bredband/"),
             ("30 april", "Ny lekplats i Parkstaden", "/nyheter/lekplats/")])


def front_9028(sec, lst, s=s):
    return ('<div class="hr" role="region" aria-label="Välkommen"><div class="hr-img"><img src="/res/hero.jpg" alt="Sjön Hedviken i morgonljus"></div>'
            '<div class="hr-txt"><div role="heading" aria-level="1">Välkommen till Hedvika kommun</div>'
            '<div class="qk">' + " ".join(a(h, t) for t, h in [("Förskola", "/barn-och-utbildning/forskola/"),
                                                               ("Bygglov", "/bygga-bo-och-miljo/bygglov/"),
                                                               ("Lediga jobb", "/jobb/")]) + "</div></div>"
            '<div class="kw" role="complementary" aria-labelledby="kw-h"><div id="kw-h" role="heading" aria-level="2">Kontakta oss</div>'
            '<p>Kontakt Hedvika svarar på dina frågor vardagar 8–17.</p><p>Telefon 031-390 06 81</p>'
            + a("/kontakt-hedvika/", "Mer om oss") + "</div></div>\n")


s.front = front_9028
s.search_hits = {"kontakt hedvika": ["/kontakt-hedvika/"], "kundtjänst": ["/kontakt-hedvika/"]}
base_pages(s, contact_extra="<p>" + a("/kontakt-hedvika/", "Kontakt Hedvika – kommunens kundtjänst") + "</p>")
s.pages["/kontakt-hedvika/"] = ("Kontakt Hedvika", """<div role="heading" aria-level="1" class="h1">Kontakt Hedvika</div>
<p>Kontakt Hedvika är kommunens gemensamma kundtjänst. Vi svarar på frågor om avgifter, skolval, bygglov,
avfallshämtning och färdtjänst.</p>
<p>Telefon: 031-390 06 81<br>E-post: kontakt@hedvika.se<br>Öppettider: vardagar 8–17<br>Besök oss: Storgatan 1, entréplan</p>
<p>Kontakt Hedvika är en del av kommunikationsavdelningen.</p>
<p class="meta">Sidansvarig: Karin Ödman</p>""")
ALL.append(s)


# 9029 Ivarsfors: Episerver; the whole top of the page is full of near misses and nothing names the unit
s = mk("9029", "Ivarsfors", "18", "Örebro län", "episerver", "ivarsfors.se", "0980-319 230",
       "999 29 Ivarsfors", "Bruksgatan 2, Ivarsfors", param="query",
       header_links=a("/kontakta-oss/", "Kontakta oss"),
       news=[("16 maj", "Statens servicecenter i Ivarsfors håller stängt 19 maj", "/nyheter/statens-servicecenter-stangt/"),
             ("9 maj", "Bruksmuseet öppnar för säsongen", "/nyheter/bruksmuseet/"),
             ("2 maj", "Ny belysning längs älvpromenaden", "/nyheter/alvpromenaden/")],
       notice=('<div class="GlobalMessage GlobalMessage--warning" role="alert"><strong>Viktigt:</strong> Statens servicecenter i '
               'Ivarsfors håller stängt måndag 19 maj. ' + a("/nyheter/statens-servicecenter-stangt/", "Läs mer") + "</div>\n"))


def front_9029(sec, lst, s=s):
    hero = ('<div class="ContentArea"><div class="ContentArea__item block HeroBlock"><img src="/globalassets/bruket.jpg" alt="Bruksmiljön vid älven">'
            '<h1 class="HeroBlock__heading">Ivarsfors – bruksorten vid älven</h1>'
            '<div class="QuickLinksBlock"><h2>Snabbval</h2>' + ul([
                a("/naringsliv/servicecenter-for-foretagare/", "Servicecenter för företagare"),
                a("/bygga-bo-och-miljo/ivarsfors-energi/", "Ivarsfors Energi – kundtjänst och felanmälan"),
                a("/jobb/", "Lediga jobb"), a("/trafik-och-infrastruktur/felanmalan/", "Felanmälan")]) + "</div>"
            '<div class="ContactBlock" aria-labelledby="cb-h"><h2 id="cb-h">Kontakta oss</h2><p>Ring kommunens växel 0980-319 230, '
            'vardagar 8–16.30, eller mejla kommunen@ivarsfors.se.</p>' + a("/kontakta-oss/", "Fler kontaktvägar") + "</div></div>\n")
    banner = ('<div class="ContentArea__item block ServiceBannerBlock"><h2>Strömavbrott?</h2><p>Ivarsfors Energi AB:s kundtjänst tar '
              'emot felanmälan dygnet runt på 0980-319 240.</p></div></div>\n')
    return hero + banner


s.front = front_9029
s.search_hits = {"servicecenter": ["/naringsliv/servicecenter-for-foretagare/"]}
base_pages(s, contact_path="/kontakta-oss/", contact_h1="Kontakta oss",
           ao_extra=[("Servicecenter för företagare", "/naringsliv/servicecenter-for-foretagare/")])
s.news_text = {"/nyheter/statens-servicecenter-stangt/":
               "<p>Statens servicecenter på Bruksgatan 6, där du möter Försäkringskassan, Skatteverket och Pensionsmyndigheten, "
               "håller stängt måndag 19 maj på grund av ombyggnad. Statens servicecenter drivs av staten och inte av kommunen.</p>"}
s.pages["/naringsliv/servicecenter-for-foretagare/"] = ("Servicecenter för företagare", """<h1>Servicecenter för företagare</h1>
<p>Servicecenter för företagare hjälper dig med frågor om tillstånd, serveringstillstånd, livsmedel och lokaler.</p>
<p>Telefon 0980-319 235, e-post foretag@ivarsfors.se, öppet vardagar 9–15.</p>
<p>Enhetschef för Servicecenter för företagare: Johan Ring</p>""")
s.pages["/bygga-bo-och-miljo/ivarsfors-energi/"] = ("Ivarsfors Energi AB", """<h1>Ivarsfors Energi AB</h1>
<p>Ivarsfors Energi AB ägs av kommunen och levererar el och fjärrvärme. Kundtjänst för el och fjärrvärme:
0980-319 240, kundtjanst@ivarsforsenergi.se. Kundtjänstchef: Ulla Berg.</p>""")
ALL.append(s)


# 9030 Järnvika: Drupal; the unit's page is linked from nowhere, only listed in the sitemap (and found by search).
# The hero "Genvägar" lists only one-area services.
s = mk("9030", "Järnvika", "24", "Västerbottens län", "drupal", "jarnvika.se", "0980-319 250",
       "999 30 Järnvika", "Kommunvägen 1, Järnvika", sp="/search/node", param="keys",
       header_links=a("/kontakta-oss/", "Kontakta oss"),
       news=[("14 maj", "Järnvika Energi AB:s kundtjänst byter telefonnummer", "/nyheter/jarnvika-energi-nytt-nummer/"),
             ("8 maj", "Skolavslutning i alla skolor 13 juni", "/nyheter/skolavslutning/"),
             ("30 april", "Renhållningen tömmer grovsopor i maj", "/nyheter/grovsopor/")])


def front_9030(sec, lst, s=s):
    return ('<div class="block paragraph paragraph--type--hero hero"><h1>Välkommen till Järnvika</h1>'
            '<div class="hero__links"><h2>Genvägar</h2>' + ul([
                a("/bygga-bo-och-miljo/bygglovsservice/", "Bygglovsservice"), a("/naringsliv-och-arbete/foretagslotsen/", "Företagslotsen"),
                a("/barn-och-utbildning/skolservice/", "Skolservice"), a("/jobb/", "Lediga jobb")], "menu") + "</div></div>\n")


s.front = front_9030
s.search_hits = {"kontaktcenter": ["/kontaktcenter/"]}
base_pages(s, contact_path="/kontakta-oss/", contact_h1="Kontakta oss",
           contact_extra="<p>IT-support för elever och lärare: it-support@jarnvika.se</p>")
s.news_text = {"/nyheter/jarnvika-energi-nytt-nummer/":
               "<p>Från 1 juni når du Järnvika Energi AB:s kundtjänst på 0980-319 259. Kundtjänsten svarar på frågor om "
               "elavtal och fjärrvärme.</p>"}
s.pages["/kontaktcenter/"] = ("Kontaktcenter", """<h1>Kontaktcenter</h1>
<p>Kontaktcenter finns här för dig. Hör av dig om du undrar något.</p>
<p>Telefon: 0980-319 255</p>""")
ALL.append(s)


def main():
    SITES.mkdir(exist_ok=True)
    for site in ALL:
        write_site(site)
    print(f"wrote {len(ALL)} sites to {SITES}")


if __name__ == "__main__":
    main()
