"""Markup families for the blind15 corpus (typing aid; the written files are the corpus).

Each family renders a page from a site spec S (dict) and a page spec P (dict):
    P = {"path", "title", "h1", "body" (own content HTML), "front": bool}
S carries nav, topbar, header links, hero, news, footer extras etc. (see build_sites.py).
"""
from __future__ import annotations

import html
import re

E = html.escape


def slug(s: str) -> str:
    s = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


AREAS = [
    ("Omsorg och stöd", ["Hemtjänst", "Särskilt boende", "Funktionsnedsättning", "Ekonomiskt bistånd",
                         "Stöd till anhöriga", "Färdtjänst", "Missbruk och beroende"]),
    ("Barn och utbildning", ["Förskola", "Grundskola", "Gymnasieskola", "Vuxenutbildning", "Skolskjuts",
                             "Skolmåltider", "Fritidshem"]),
    ("Bygga, bo och miljö", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Gator och trafik",
                             "Miljö och hälsoskydd", "Detaljplaner", "Energi- och klimatrådgivning"]),
    ("Kultur och fritid", ["Bibliotek", "Idrott och motion", "Föreningsliv", "Evenemang",
                           "Natur och friluftsliv", "Kulturskola", "Badhus"]),
    ("Näringsliv och arbete", ["Starta och driva företag", "Tillstånd och tillsyn", "Upphandling",
                               "Lediga jobb", "Mark och lokaler", "Arbetsmarknad"]),
    ("Kommun och politik", ["Organisation", "Politik och nämnder", "Ekonomi och budget",
                            "Allmänna handlingar", "Synpunkter och klagomål", "Val och demokrati"]),
]


def nav_items(S):
    """-> list of (label, href, [(label, href), ...]) primary menu."""
    out = []
    for label, subs in AREAS:
        base = "/" + slug(label) + "/"
        href = S.get("area_href", {}).get(label, base)
        items = [(x, S.get("sub_href", {}).get(x, base + slug(x) + "/")) for x in subs]
        items = [i for i in items if i[0] not in S.get("drop_sub", ())]
        items += S.get("extra_sub", {}).get(label, [])
        out.append((label, href, items))
    out += [(l, h, []) for l, h in S.get("extra_top", [])]
    return out


def ul(items, cls=""):
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>" + "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in items) + "</ul>"


CSS = """body{margin:0;font-family:Arial,Helvetica,sans-serif;color:#222;line-height:1.5}
a{color:#0b4f8a}.cookie{position:fixed;bottom:0;left:0;right:0;background:#1b1b1b;color:#fff;padding:1em}
.cookie button{margin-left:1em}.hidden,[hidden]{display:none}img{max-width:100%}
"""

COOKIE = ("<div class=\"cookie\" id=\"cookie-consent\"><p>Vi använder kakor (cookies) för att webbplatsen ska "
          "fungera och för att förbättra den. <a href=\"/om-webbplatsen/kakor/\">Läs mer om kakor</a>"
          "<button type=\"button\" onclick=\"this.closest('div').remove()\">Godkänn alla</button>"
          "<button type=\"button\" onclick=\"this.closest('div').remove()\">Endast nödvändiga</button></p></div>")

SCRIPT = ("<script>(function(){var b=document.querySelectorAll('[data-toggle]');"
          "b.forEach(function(x){x.addEventListener('click',function(){var t=document.getElementById("
          "x.getAttribute('data-toggle'));if(t){t.hidden=!t.hidden;x.setAttribute('aria-expanded',String(!t.hidden));}});});"
          "window.dataLayer=window.dataLayer||[];})();</script>")

TOPBAR_STD = [("Lyssna", "/om-webbplatsen/lyssna/"), ("Lättläst", "/lattlast/"), ("Teckenspråk", "/teckensprak/"),
              ("In English", "/in-english/")]


def jsonld(S):
    return ("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"GovernmentOrganization\","
            f"\"name\":\"{S['kfull']}\",\"url\":\"__ORIGIN__/\",\"telephone\":\"{S['vaxel']}\","
            f"\"address\":{{\"@type\":\"PostalAddress\",\"streetAddress\":\"{S['gata']}\",\"postalCode\":\"{S['postnr']}\","
            f"\"addressLocality\":\"{S['ort']}\"}}}}</script>")


def head(S, P, extra_css=""):
    t = P["title"] if P["front"] else f"{P['title']} - {S['kfull']}"
    meta = S.get("meta_desc", f"Välkommen till {S['kfull']}.") if P["front"] else P["h1"]
    return (f"<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{E(t)}</title>\n"
            f"<meta name=\"description\" content=\"{E(meta)}\">\n"
            f"<link rel=\"canonical\" href=\"__ORIGIN__{P['path']}\">\n<style>{CSS}{extra_css}</style>\n"
            + (jsonld(S) if P["front"] else "") + S.get("head_extra", "") + "\n</head>\n")


def footer_text(S):
    return (f"<p><strong>{E(S['kfull'])}</strong><br>{E(S['gata'])}<br>{S['postnr']} {E(S['ort'])}</p>"
            f"<p>Växel: {S['vaxel']}<br>E-post: {S['epost']}<br>Org.nr: {S['orgnr']}</p>")


FOOT_LINKS = [("Tillgänglighetsredogörelse", "/om-webbplatsen/tillganglighetsredogorelse/"),
              ("Behandling av personuppgifter", "/om-webbplatsen/personuppgifter/"),
              ("Kakor", "/om-webbplatsen/kakor/"), ("Press", "/press/"), ("Lediga jobb", "/jobb/")]


# ---------------------------------------------------------------- front-page blocks

def events(S):
    ev = [("12 mars", "Författarkväll på biblioteket"), ("15 mars", "Vårmarknad på torget"),
          ("22 mars", "Konsert med kulturskolans elever"), ("2 april", "Öppet möte om nya detaljplanen")]
    return "".join(f'<li><a href="/evenemang/{slug(t)}/"><time>{d}</time> {E(t)}</a></li>' for d, t in ev)


ESERV = [("Ansök om förskoleplats", "/e-tjanster/forskoleplats/"), ("Ansök om bygglov", "/e-tjanster/bygglov/"),
         ("Felanmälan gata och park", "/e-tjanster/felanmalan/"), ("Ansök om bostadsanpassning", "/e-tjanster/bostadsanpassning/"),
         ("Beställ extra sophämtning", "/e-tjanster/sophamtning/"), ("Alla e-tjänster", "/e-tjanster/")]

DRIFT = [("Vattenavstängning Storgatan 10–14", "/driftinformation/vattenavstangning-storgatan/"),
         ("Gatuarbete vid Stationsvägen", "/driftinformation/gatuarbete-stationsvagen/")]

AO = "".join(f'<a href="/a-o/#{c}">{c}</a> ' for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ")


def news_list(S, tag="li"):
    out = []
    for n in S["news"]:
        out.append(f'<{tag} class="news-item"><a href="{E(n[1])}">{E(n[0])}</a> <span class="date">{n[2]}</span>'
                   f"<p>{E(n[3])}</p></{tag}>")
    return "".join(out)


def front_sections(S, wrap):
    """The sections after the hero. wrap(title, inner) -> section markup."""
    return (wrap("Nyheter", f"<ul class=\"news\">{news_list(S)}</ul><p><a href=\"/nyheter/\">Fler nyheter</a></p>")
            + wrap("Evenemang", f"<ul class=\"events\">{events(S)}</ul><p><a href=\"/evenemang/\">Se alla evenemang</a></p>")
            + wrap("E-tjänster", ul(ESERV, "eservices"))
            + wrap("Driftinformation", ul(DRIFT, "drift"))
            + wrap("Lediga jobb", f"<p>Vill du arbeta hos oss? Just nu har vi {S.get('jobs', 14)} lediga tjänster.</p>"
                   "<p><a href=\"/jobb/\">Se alla lediga jobb</a></p>")
            + wrap("A–Ö", f"<p class=\"ao\">{AO}</p>"))


def hero(S):
    cards = "".join(f'<li><a href="{E(h)}">{c}</a></li>' for c, h in S["hero_cards"])
    return (f"<h2>{E(S['hero_title'])}</h2><p>{E(S['hero_text'])}</p><ul class=\"hero-cards\">{cards}</ul>")


def crumbs(P):
    return f'<p class="breadcrumb"><a href="/">Startsida</a> › {E(P["h1"])}</p>'


def updated(S):
    return f"<p class=\"updated\">Senast uppdaterad: {S.get('updated', '2026-10-14')}</p>"


def search_form(S):
    action, name = S.get("search_path", "/sok/"), S.get("search_param", "q")
    return (f'<form action="{action}" method="get" role="search"><label for="q">Sök på webbplatsen</label>'
            f'<input id="q" type="search" name="{name}"><button type="submit">Sök</button></form>')


def main_inner(S, P, hero_fn=hero, wrap=None):
    if P["front"]:
        return hero_fn(S) + P.get("body", "") + front_sections(S, wrap)
    return crumbs(P) + f"<h1>{P['h1']}</h1>" + P["body"] + updated(S)


# ---------------------------------------------------------------- families

def semantic(S, P):
    nav = "".join(f'<li><a href="{E(h)}">{E(l)}</a>' + (ul(sub, "sub") if sub else "") + "</li>"
                  for l, h, sub in nav_items(S))
    top = ul(TOPBAR_STD + S.get("topbar", []), "topbar")
    hl = ul(S.get("header_links", []), "header-links")
    def wrap(t, i):
        return f"<section><h2>{E(t)}</h2>{i}</section>"
    if P["front"]:
        m = f'<section class="hero">{hero(S)}</section>' + P.get("body", "") + front_sections(S, wrap)
    else:
        m = main_inner(S, P)
    foot = (f"<footer><div class=\"footer-cols\"><div>{footer_text(S)}</div>{S.get('footer_extra', '')}"
            f"<div>{ul(FOOT_LINKS)}</div></div><p>© {S['kfull']}</p></footer>")
    return (head(S, P) + "<body>\n" + COOKIE + "\n<a class=\"skip\" href=\"#main\">Till innehållet</a>\n"
            f"<header><div class=\"top\">{top}</div><a class=\"logo\" href=\"/\"><img src=\"/img/logo.svg\" alt=\"{E(S['kfull'])}, till startsidan\"></a>"
            f"{search_form(S)}{hl}</header>\n<nav aria-label=\"Huvudmeny\"><ul class=\"menu\">{nav}</ul></nav>\n"
            f"<main id=\"main\">{m}</main>\n{foot}\n{SCRIPT}\n</body>\n</html>\n")


def soup(S, P):
    nav = "".join(f'<div class="r4"><a class="k2" href="{E(h)}">{E(l)}</a>'
                  + ("<div class=\"r5\">" + "".join(f'<div class="t1"><a href="{E(x)}">{E(y)}</a></div>' for y, x in sub) + "</div>" if sub else "")
                  + "</div>" for l, h, sub in nav_items(S))
    top = "".join(f'<span class="q9"><a href="{E(h)}">{E(t)}</a></span>' for t, h in TOPBAR_STD + S.get("topbar", []))
    hl = "".join(f'<span class="q8"><a href="{E(h)}">{E(t)}</a></span>' for t, h in S.get("header_links", []))
    def wrap(t, i):
        return f'<div class="bx7"><div class="h5x">{E(t)}</div>{i}</div>'
    if P["front"]:
        cards = "".join(f'<div class="c3"><a href="{E(h)}">{c}</a></div>' for c, h in S["hero_cards"])
        m = (f'<div class="zz1"><div class="big">{E(S["hero_title"])}</div><div>{E(S["hero_text"])}</div>'
             f'<div class="c2">{cards}</div></div>' + P.get("body", "") + front_sections(S, wrap))
    else:
        m = (crumbs(P).replace("<p", "<div").replace("</p>", "</div>") + f'<div class="hh1"><h1>{P["h1"]}</h1></div>'
             + P["body"] + updated(S))
    return (head(S, P) + "<body>\n" + COOKIE + "\n"
            f'<div class="w0"><div class="q1">{top}</div><div class="q2"><a href="/"><img src="/img/logo.png" alt="{E(S["kfull"])}"></a>'
            f'<div class="q3">{search_form(S)}</div><div class="q4">{hl}</div></div>\n'
            f'<div class="q5">{nav}</div>\n<div class="q6">{m}</div>\n'
            f'<div class="q7"><div class="f1">{footer_text(S)}</div>{S.get("footer_extra", "")}'
            f'<div class="f2">' + "".join(f'<a href="{h}">{E(t)}</a> ' for t, h in FOOT_LINKS) + "</div></div></div>\n"
            + SCRIPT + "\n</body>\n</html>\n")


def sitevision(S, P):
    items = []
    for i, (l, h, sub) in enumerate(nav_items(S)):
        panel = ""
        if sub:
            panel = (f'<div class="sv-megamenu-panel" id="mm{i}" hidden><div class="sv-layout sv-column-4">'
                     f'<h3 class="sv-heading">{E(l)}</h3>{ul(sub, "sv-megamenu-list")}</div></div>')
        items.append(f'<li class="sv-megamenu-item"><a href="{E(h)}">{E(l)}</a>'
                     + (f'<button type="button" data-toggle="mm{i}" aria-expanded="false" aria-label="Visa undermeny för {E(l)}">+</button>' if sub else "")
                     + panel + "</li>")
    top = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in TOPBAR_STD + S.get("topbar", []))
    hl = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in S.get("header_links", []))
    def wrap(t, i):
        return (f'<div class="sv-layout sv-row"><div class="sv-portlet sv-text-portlet">'
                             f'<h2 class="sv-heading">{E(t)}</h2>{i}</div></div>')
    if P["front"]:
        cards = "".join(f'<div class="sv-portlet sv-linklist-portlet env-card"><a href="{E(h)}">{c}</a></div>' for c, h in S["hero_cards"])
        m = (f'<div class="sv-layout sv-row env-hero"><div class="sv-portlet sv-text-portlet"><h2 class="sv-heading">{E(S["hero_title"])}</h2>'
             f'<p class="sv-font-ingress">{E(S["hero_text"])}</p></div><div class="sv-layout env-cards">{cards}</div></div>'
             + P.get("body", "") + front_sections(S, wrap))
    else:
        m = (f'<div class="sv-layout sv-row">{crumbs(P)}<div class="sv-portlet sv-text-portlet"><h1 class="sv-heading">{P["h1"]}</h1></div>'
             f'<div class="sv-portlet sv-text-portlet">{P["body"]}</div>{updated(S)}</div>')
    return (head(S, P, ".sv-megamenu-panel{position:absolute}") + '<body class="sv-responsive">\n' + COOKIE + "\n"
            f'<div class="sv-layout" id="svid10_header"><div class="sv-layout sv-row env-topbar"><ul>{top}</ul></div>'
            f'<div class="sv-layout sv-row"><div class="sv-portlet sv-image-portlet"><a href="/"><img src="/sitevision/proxy/logo.svg" alt="{E(S["kfull"])} - startsida"></a></div>'
            f'<div class="sv-portlet sv-searchform-portlet">{search_form(S)}</div><ul class="env-header-links">{hl}</ul></div>'
            f'<div class="sv-layout sv-row env-megamenu"><ul class="sv-megamenu">{"".join(items)}</ul></div></div>\n'
            f'<div class="sv-layout" id="svid10_content">{m}</div>\n'
            f'<div class="sv-layout" id="svid10_footer"><div class="sv-portlet sv-text-portlet">{footer_text(S)}</div>'
            f'{S.get("footer_extra", "")}<div class="sv-portlet">{ul(FOOT_LINKS)}</div></div>\n'
            f'<script src="/sitevision/system-resource/4.5/js/portlets.js" defer></script>{SCRIPT}\n</body>\n</html>\n')


def municipio(S, P):
    nav = "".join(f'<li class="menu-item{" menu-item-has-children" if sub else ""}"><a href="{E(h)}">{E(l)}</a>'
                  + (ul(sub, "sub-menu") if sub else "") + "</li>" for l, h, sub in nav_items(S))
    top = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in TOPBAR_STD + S.get("topbar", []))
    hl = "".join(f'<a class="c-button" href="{E(h)}">{E(t)}</a>' for t, h in S.get("header_links", []))
    def wrap(t, i):
        return f'<div class="o-container modularity-mod-posts"><h2 class="c-typography">{E(t)}</h2>{i}</div>'
    if P["front"]:
        cards = "".join(f'<div class="c-card"><a class="c-card__link" href="{E(h)}"><span class="c-card__heading">{c}</span></a></div>' for c, h in S["hero_cards"])
        m = (f'<div class="o-container c-segment modularity-mod-hero"><h2>{E(S["hero_title"])}</h2><p>{E(S["hero_text"])}</p>'
             f'<div class="o-grid">{cards}</div></div>' + P.get("body", "") + front_sections(S, wrap))
    else:
        m = (f'<div class="o-container">{crumbs(P)}<article class="c-article"><h1>{P["h1"]}</h1>{P["body"]}</article>{updated(S)}</div>')
    return (head(S, P) + '<body class="wp-theme-municipio">\n' + COOKIE + "\n"
            f'<header class="site-header" id="site-header"><div class="c-header__top"><ul>{top}</ul></div>'
            f'<div class="c-header__main"><a class="c-brand" href="/"><img src="/wp-content/uploads/logo.svg" alt="{E(S["kfull"])}"></a>'
            f'{search_form(S)}{hl}<button class="c-button hamburger" type="button" data-toggle="drawer" aria-controls="drawer" aria-expanded="false">Meny</button></div></header>\n'
            f'<div class="c-drawer" id="drawer" hidden><nav aria-label="Huvudmeny"><ul class="c-nav">{nav}</ul></nav></div>\n'
            f'<main id="main-content">{m}</main>\n'
            f'<footer class="site-footer"><div class="o-grid"><div class="widget">{footer_text(S)}</div>{S.get("footer_extra", "")}'
            f'<div class="widget">{ul(FOOT_LINKS)}</div></div></footer>\n'
            f'<script src="/wp-content/themes/municipio/assets/dist/js/app.js" defer></script>{SCRIPT}\n</body>\n</html>\n')


def bootstrap(S, P):
    items = []
    for _i, (l, h, sub) in enumerate(nav_items(S)):
        if sub:
            dd = "".join(f'<li><a class="dropdown-item" href="{E(x)}">{E(y)}</a></li>' for y, x in sub)
            items.append(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{E(h)}" data-bs-toggle="dropdown" aria-expanded="false">{E(l)}</a>'
                         f'<ul class="dropdown-menu"><li><a class="dropdown-item" href="{E(h)}">Allt om {E(l.lower())}</a></li>{dd}</ul></li>')
        else:
            items.append(f'<li class="nav-item"><a class="nav-link" href="{E(h)}">{E(l)}</a></li>')
    top = "".join(f'<li class="list-inline-item"><a href="{E(h)}">{E(t)}</a></li>' for t, h in TOPBAR_STD + S.get("topbar", []))
    hl = "".join(f'<li class="nav-item"><a class="nav-link" href="{E(h)}">{E(t)}</a></li>' for t, h in S.get("header_links", []))
    def wrap(t, i):
        return f'<section class="container my-4"><h2 class="h3">{E(t)}</h2>{i}</section>'
    if P["front"]:
        cards = "".join(f'<div class="col-md-3"><div class="card"><div class="card-body"><a class="stretched-link" href="{E(h)}">{c}</a></div></div></div>' for c, h in S["hero_cards"])
        m = (f'<div class="p-5 mb-4 bg-light jumbotron"><div class="container"><h2 class="display-5">{E(S["hero_title"])}</h2>'
             f'<p class="lead">{E(S["hero_text"])}</p><div class="row g-3">{cards}</div></div></div>' + P.get("body", "") + front_sections(S, wrap))
    else:
        m = f'<div class="container">{crumbs(P)}<div class="row"><div class="col-lg-8"><h1>{P["h1"]}</h1>{P["body"]}{updated(S)}</div></div></div>'
    return (head(S, P) + '<link rel="stylesheet" href="/assets/bootstrap.min.css">\n<body>\n' + COOKIE + "\n"
            f'<div class="bg-dark text-white small py-1"><div class="container"><ul class="list-inline mb-0">{top}</ul></div></div>\n'
            f'<nav class="navbar navbar-expand-lg navbar-light bg-white"><div class="container"><a class="navbar-brand" href="/"><img src="/assets/logo.svg" alt="{E(S["kfull"])}"></a>'
            f'<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>'
            f'<div class="collapse navbar-collapse" id="nav"><ul class="navbar-nav me-auto">{"".join(items)}</ul><ul class="navbar-nav">{hl}</ul>'
            f'{search_form(S)}</div></div></nav>\n<div id="content">{m}</div>\n'
            f'<div class="bg-secondary text-white py-4 mt-5" id="footer"><div class="container"><div class="row"><div class="col-md-4">{footer_text(S)}</div>'
            f'{S.get("footer_extra", "")}<div class="col-md-4">{ul(FOOT_LINKS, "list-unstyled")}</div></div></div></div>\n'
            f'<script src="/assets/bootstrap.bundle.min.js"></script>{SCRIPT}\n</body>\n</html>\n')


def table(S, P):
    """2000s table layout with <font>; encoded as ISO-8859-1 by the builder."""
    top = " | ".join(f'<a href="{E(h)}"><font size="1" color="#ffffff">{E(t)}</font></a>' for t, h in TOPBAR_STD + S.get("topbar", []))
    navrow = "".join(f'<td bgcolor="#336699" align="center"><a href="{E(h)}"><font face="Verdana" size="2" color="#ffffff"><b>{E(l.upper() if S.get("caps") else l)}</b></font></a></td>'
                     for l, h, _ in nav_items(S))
    left = "".join(f'<tr><td><b><font face="Verdana" size="2">{E(l)}</font></b><br>'
                   + "<br>".join(f'&nbsp;&middot; <a href="{E(x)}"><font face="Verdana" size="1">{E(y)}</font></a>' for y, x in sub) + "</td></tr>"
                   for l, h, sub in nav_items(S) if sub)
    if P["front"]:
        cards = "".join(f'<td width="25%" bgcolor="#e8eef5"><a href="{E(h)}"><font face="Verdana" size="2"><b>{c}</b></font></a></td>' for c, h in S["hero_cards"])
        def wrap(t, i):
            return f'<table width="100%" cellpadding="4"><tr><td bgcolor="#dddddd"><font face="Verdana" size="2"><b>{E(t)}</b></font></td></tr><tr><td><font face="Verdana" size="2">{i}</font></td></tr></table>'
        m = (f'<table width="100%" cellpadding="8"><tr><td colspan="4"><font face="Verdana" size="4"><b>{E(S["hero_title"])}</b></font><br>'
             f'<font face="Verdana" size="2">{E(S["hero_text"])}</font></td></tr><tr>{cards}</tr></table>' + P.get("body", "") + front_sections(S, wrap))
    else:
        m = f'<font face="Verdana" size="2">{crumbs(P)}<h1>{P["h1"]}</h1>{P["body"]}{updated(S)}</font>'
    t = P["title"] if P["front"] else f"{P['title']} - {S['kfull']}"
    return (f'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n<title>{E(t)}</title>\n'
            f'<style>{CSS}</style>\n' + (jsonld(S) if P["front"] else "") + "\n</head>\n"
            f'<body bgcolor="#ffffff" topmargin="0" leftmargin="0">\n{COOKIE}\n'
            f'<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">\n'
            f'<tr><td colspan="2" bgcolor="#1d3d5c" align="right">{top}</td></tr>\n'
            f'<tr><td colspan="2"><table width="100%"><tr><td><a href="/"><img src="/bilder/logga.gif" alt="{E(S["kfull"])}" border="0"></a></td>'
            f'<td align="right">{search_form(S)}<br>' + " ".join(f'<a href="{E(h)}"><font face="Verdana" size="2">{E(t)}</font></a>' for t, h in S.get("header_links", []))
            + f'</td></tr></table></td></tr>\n<tr><td colspan="2"><table width="100%" cellspacing="1"><tr>{navrow}</tr></table></td></tr>\n'
            f'<tr><td width="200" valign="top" bgcolor="#f0f0f0"><table width="100%" cellpadding="4">{left}</table>{S.get("left_extra", "")}</td>'
            f'<td valign="top" style="padding:10px">{m}</td></tr>\n'
            f'<tr><td colspan="2" bgcolor="#1d3d5c"><font face="Verdana" size="1" color="#ffffff">{footer_text(S)}{S.get("footer_extra", "")}'
            + " | ".join(f'<a href="{h}"><font color="#ffffff">{E(x)}</font></a>' for x, h in FOOT_LINKS)
            + f'</font></td></tr>\n</table>\n{SCRIPT}\n</body>\n</html>\n')


def aria(S, P):
    """Divs with ARIA roles only; no landmark elements."""
    nav = "".join(f'<div role="listitem" class="n-i"><a href="{E(h)}">{E(l)}</a>'
                  + ('<div role="list" class="n-s">' + "".join(f'<div role="listitem"><a href="{E(x)}">{E(y)}</a></div>' for y, x in sub) + "</div>" if sub else "")
                  + "</div>" for l, h, sub in nav_items(S))
    top = "".join(f'<a class="tb" href="{E(h)}">{E(t)}</a> ' for t, h in TOPBAR_STD + S.get("topbar", []))
    hl = "".join(f'<a class="hl" href="{E(h)}">{E(t)}</a> ' for t, h in S.get("header_links", []))
    def wrap(t, i):
        return f'<div role="region" aria-label="{E(t)}" class="blk"><div role="heading" aria-level="2">{E(t)}</div>{i}</div>'
    if P["front"]:
        cards = "".join(f'<div class="crd"><a href="{E(h)}">{c}</a></div>' for c, h in S["hero_cards"])
        m = (f'<div class="hero"><div role="heading" aria-level="2">{E(S["hero_title"])}</div><p>{E(S["hero_text"])}</p>'
             f'<div class="crds">{cards}</div></div>' + P.get("body", "") + front_sections(S, wrap))
    else:
        m = main_inner(S, P)
    return (head(S, P) + "<body>\n" + COOKIE + "\n"
            f'<div role="banner" class="hd"><div class="tbar">{top}</div><a href="/"><img src="/static/logo.svg" alt="{E(S["kfull"])}"></a>'
            f'{search_form(S)}<div class="hls">{hl}</div></div>\n'
            f'<div role="navigation" aria-label="Huvudmeny"><div role="list">{nav}</div></div>\n'
            f'<div role="main" id="main">{m}</div>\n'
            f'<div role="contentinfo" class="ft"><div>{footer_text(S)}</div>{S.get("footer_extra", "")}<div>{ul(FOOT_LINKS)}</div></div>\n'
            f'{SCRIPT}\n</body>\n</html>\n')


def drupal(S, P):
    """Drupal 7/9-like regions and blocks, <header>/<footer> present but nav is a block in region-header."""
    nav = "".join(f'<li class="menu-item{" menu-item--expanded" if sub else ""}"><a href="{E(h)}" class="menu-link">{E(l)}</a>'
                  + (ul(sub, "menu menu--level-2") if sub else "") + "</li>" for l, h, sub in nav_items(S))
    top = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in TOPBAR_STD + S.get("topbar", []))
    hl = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in S.get("header_links", []))
    def wrap(t, i):
        return f'<div class="block block-views"><h2 class="block-title">{E(t)}</h2><div class="view-content">{i}</div></div>'
    if P["front"]:
        cards = "".join(f'<div class="paragraph paragraph--type--shortcut"><a href="{E(h)}">{c}</a></div>' for c, h in S["hero_cards"])
        m = (f'<div class="region region-hero"><div class="paragraph paragraph--type--hero"><h2>{E(S["hero_title"])}</h2><p>{E(S["hero_text"])}</p>'
             f'<div class="shortcuts">{cards}</div></div></div><div class="region region-content">' + P.get("body", "") + front_sections(S, wrap) + "</div>")
    else:
        m = f'<div class="region region-content">{crumbs(P)}<h1 class="page-title">{P["h1"]}</h1><div class="field field--name-body">{P["body"]}</div>{updated(S)}</div>'
    return (head(S, P) + '<body class="path-frontpage">\n' + COOKIE + "\n"
            f'<div class="dialog-off-canvas-main-canvas"><header role="banner"><div class="region region-top"><ul class="menu menu--utility">{top}</ul></div>'
            f'<div class="region region-header"><a href="/" rel="home" class="site-logo"><img src="/sites/default/files/logo.svg" alt="Hem"></a>'
            f'<div class="block block-search">{search_form(S)}</div><ul class="menu menu--header">{hl}</ul>'
            f'<div class="block block-menu navigation menu--main"><ul class="menu">{nav}</ul></div></div></header>\n'
            f'<main role="main">{m}</main>\n'
            f'<footer role="contentinfo"><div class="region region-footer"><div class="block">{footer_text(S)}</div>{S.get("footer_extra", "")}'
            f'<div class="block">{ul(FOOT_LINKS, "menu")}</div></div></footer></div>\n{SCRIPT}\n</body>\n</html>\n')


def vue(S, P):
    """Nuxt/Vue server-rendered markup with data-v attributes, <header> + custom BEM classes."""
    dv = 'data-v-7a1f3c2e'
    nav = "".join(f'<li {dv} class="main-nav__item"><a {dv} class="main-nav__link" href="{E(h)}">{E(l)}</a>'
                  + (f'<div {dv} class="main-nav__flyout" aria-hidden="true">{ul(sub, "main-nav__sub")}</div>' if sub else "") + "</li>"
                  for l, h, sub in nav_items(S))
    top = "".join(f'<a {dv} class="service-bar__link" href="{E(h)}">{E(t)}</a>' for t, h in TOPBAR_STD + S.get("topbar", []))
    hl = "".join(f'<a {dv} class="site-header__quick" href="{E(h)}">{E(t)}</a>' for t, h in S.get("header_links", []))
    def wrap(t, i):
        return f'<section {dv} class="block"><h2 {dv} class="block__title">{E(t)}</h2>{i}</section>'
    if P["front"]:
        cards = "".join(f'<a {dv} class="promo-card" href="{E(h)}"><span class="promo-card__title">{c}</span></a>' for c, h in S["hero_cards"])
        m = (f'<section {dv} class="hero-block"><h2 {dv}>{E(S["hero_title"])}</h2><p>{E(S["hero_text"])}</p><div class="promo-grid">{cards}</div></section>'
             + P.get("body", "") + front_sections(S, wrap))
    else:
        m = f'<div {dv} class="page">{crumbs(P)}<h1 {dv} class="page__title">{P["h1"]}</h1><div class="rich-text">{P["body"]}</div>{updated(S)}</div>'
    return (head(S, P) + '<body>\n<div id="__nuxt"><div id="__layout">\n' + COOKIE + "\n"
            f'<header {dv} class="site-header"><div class="service-bar">{top}</div><div class="site-header__inner"><a {dv} class="site-header__logo" href="/">'
            f'<img src="/_nuxt/img/logo.svg" alt="{E(S["kfull"])}"></a>{search_form(S)}{hl}</div>'
            f'<nav {dv} class="main-nav" aria-label="Huvudnavigering"><ul class="main-nav__list">{nav}</ul></nav></header>\n'
            f'<main {dv} id="main">{m}</main>\n'
            f'<footer {dv} class="site-footer"><div class="site-footer__grid"><div>{footer_text(S)}</div>{S.get("footer_extra", "")}<div>{ul(FOOT_LINKS)}</div></div></footer>\n'
            f'</div></div>\n<script>window.__NUXT__={{config:{{app:{{baseURL:"/"}}}}}}</script>{SCRIPT}\n</body>\n</html>\n')


FAMILIES = {"semantic": semantic, "soup": soup, "sitevision": sitevision, "municipio": municipio,
            "bootstrap": bootstrap, "table": table, "aria": aria, "drupal": drupal, "vue": vue}
