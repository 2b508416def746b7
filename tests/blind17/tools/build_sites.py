"""Typing aid for the blind17 corpus: writes sites/<kod>/ (pages + site.json).

    python3 tests/blind17/tools/build_sites.py

The files it writes are the corpus; labels.csv is written by hand.
"""
from __future__ import annotations

import json
import shutil
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "sites"

AREAS = [
    ("Omsorg och stöd", "omsorg-och-stod", ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Försörjningsstöd", "Färdtjänst"]),
    ("Barn och utbildning", "barn-och-utbildning", ["Förskola", "Grundskola", "Gymnasieskola", "Skolskjuts", "Skolmat"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Detaljplaner", "Miljö och hälsa"]),
    ("Kultur och fritid", "kultur-och-fritid", ["Bibliotek", "Badhus", "Föreningsliv", "Friluftsliv", "Kulturskola"]),
    ("Näringsliv och arbete", "naringsliv-och-arbete", ["Starta företag", "Upphandling", "Lediga jobb", "Feriearbete", "Tillstånd"]),
    ("Kommun och politik", "kommun-och-politik", ["Politik och demokrati", "Kommunens organisation", "Ekonomi", "Protokoll och handlingar", "Synpunkter och klagomål"]),
]
SLUG = {"Äldreomsorg": "aldreomsorg", "Hemtjänst": "hemtjanst", "Funktionsnedsättning": "funktionsnedsattning",
        "Försörjningsstöd": "forsorjningsstod", "Färdtjänst": "fardtjanst", "Förskola": "forskola",
        "Grundskola": "grundskola", "Gymnasieskola": "gymnasieskola", "Skolskjuts": "skolskjuts",
        "Skolmat": "skolmat", "Bygglov": "bygglov", "Avfall och återvinning": "avfall-och-atervinning",
        "Vatten och avlopp": "vatten-och-avlopp", "Detaljplaner": "detaljplaner", "Miljö och hälsa": "miljo-och-halsa",
        "Bibliotek": "bibliotek", "Badhus": "badhus", "Föreningsliv": "foreningsliv", "Friluftsliv": "friluftsliv",
        "Kulturskola": "kulturskola", "Starta företag": "starta-foretag", "Upphandling": "upphandling",
        "Lediga jobb": "lediga-jobb", "Feriearbete": "feriearbete", "Tillstånd": "tillstand",
        "Politik och demokrati": "politik-och-demokrati", "Kommunens organisation": "kommunens-organisation",
        "Ekonomi": "ekonomi", "Protokoll och handlingar": "protokoll-och-handlingar",
        "Synpunkter och klagomål": "synpunkter-och-klagomal"}

ESERV = ["Ansök om förskoleplats", "Felanmälan gata och park", "Ansök om bygglov", "Boka lokal", "Ansök om parkeringstillstånd"]


def menu(site, ext=""):
    """[(label, href, [(sub, href)])] with per-site overrides."""
    out = []
    for label, slug, subs in AREAS:
        items = [(s, f"/{slug}/{SLUG[s]}{ext}") for s in subs]
        items += site.get("extra_sub", {}).get(slug, [])
        out.append((label, f"/{slug}/{ext}" if not ext else f"/{slug}{ext}", items))
    return out


def footer_lines(s):
    return [f"{s['kommun']}s kommun", f"Postadress: Box {s['box']}, {s['postnr']} {s['kommun'].upper()}",
            f"Besöksadress: {s['besok']}", f"Växel: {s['vaxel']}", f"E-post: {s['mail']}", f"Org.nr: {s['orgnr']}"]


def cookie():
    return ('<div class="cookie-banner" id="cookie"><p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för '
            'att förbättra den. <a href="/om-webbplatsen/kakor/">Läs mer om kakor</a></p>'
            '<button type="button" onclick="document.getElementById(\'cookie\').remove()">Jag förstår</button></div>')


SCRIPT = ("<script>document.documentElement.className+=' js';"
          "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>")
CSS = ("<style>body{font-family:Arial,sans-serif;margin:0;color:#222}a{color:#0b5394}.cookie-banner{position:fixed;bottom:0;"
       "left:0;right:0;background:#333;color:#fff;padding:1em}.sub{display:none}.hidden{display:none}"
       ".hero{background:#e8f0e4;padding:2em}.card{display:inline-block;width:22%;margin:1%;}</style>")


# ---------------------------------------------------------------- families

def fam_semantic(s, title, h1, body, front):
    m = menu(s)
    nav = "".join(f'<li class="nav-item"><a href="{u}">{escape(l)}</a><ul class="sub">'
                  + "".join(f'<li><a href="{su}">{escape(sl)}</a></li>' for sl, su in subs) + "</ul></li>"
                  for l, u, subs in m)
    top = "".join(f'<li><a href="{u}">{escape(t)}</a></li>' for t, u in s["topbar"])
    if front:
        cards = "".join(f'<li class="card"><a href="{u}">{escape(t)}</a></li>' for t, u in s["cards"])
        news = "".join(f'<article class="teaser"><h3><a href="{u}">{escape(t)}</a></h3><time>{dt}</time><p>{escape(d)}</p></article>'
                       for t, u, d, dt in s["news"])
        ev = "".join(f'<li><a href="/evenemang/{i}">{escape(d)} – {escape(t)}</a></li>' for i, (d, t) in enumerate(s["events"], 1))
        es = "".join(f'<li><a href="/e-tjanster/{i}">{escape(t)}</a></li>' for i, t in enumerate(ESERV, 1))
        main = (f'<section class="hero"><h1>{escape(h1)}</h1><p>{s["hero"]}</p><ul class="shortcuts">{cards}</ul></section>'
                f'<section class="news"><h2>Nyheter</h2>{news}<p><a href="/nyheter/">Fler nyheter</a></p></section>'
                f'<section class="events"><h2>Evenemang</h2><ul>{ev}</ul></section>'
                f'<section class="eservices"><h2>Populära e-tjänster</h2><ul>{es}</ul></section>'
                f'<section class="drift"><h2>Driftinformation</h2><p>{s["drift"]}</p></section>')
    else:
        main = f'<div class="breadcrumb"><a href="/">Start</a> / {escape(h1)}</div><article><h1>{escape(h1)}</h1>{body}</article>'
    foot = "".join(f"<p>{escape(x)}</p>" for x in footer_lines(s)) + s.get("footer_extra", "")
    return f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>{CSS}{SCRIPT}</head>
<body>
{cookie()}
<a class="skip" href="#main">Till innehållet</a>
<header class="site-header">
<ul class="topbar">{top}</ul>
<a class="logo" href="/"><img src="/static/logo.svg" alt="{escape(s['kommun'])}s kommun, till startsidan"></a>
<form role="search" action="{s['search']['path']}" method="get"><label for="q">Sök på webbplatsen</label>
<input id="q" name="{s['search']['param']}" type="search"><button type="submit">Sök</button></form>
<nav aria-label="Huvudmeny"><ul class="nav">{nav}</ul></nav>
</header>
<main id="main">
<!--SEARCH_RESULTS_PLACE-->
{main}
</main>
<footer class="site-footer">
<div class="footer-contact">{foot}</div>
<ul class="footer-links"><li><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>
<li><a href="/om-webbplatsen/kakor/">Kakor</a></li><li><a href="/om-webbplatsen/personuppgifter">Behandling av personuppgifter</a></li></ul>
</footer>
</body>
</html>
"""


def fam_soup(s, title, h1, body, front):
    m = menu(s)
    nav = "".join(f'<div class="m1"><a class="m1a" href="{u}">{escape(l)}</a><div class="m2 zz">'
                  + "".join(f'<div class="m2i"><a href="{su}">{escape(sl)}</a></div>' for sl, su in subs) + "</div></div>"
                  for l, u, subs in m)
    top = " ".join(f'<span class="q3"><a href="{u}">{escape(t)}</a></span>' for t, u in s["topbar"])
    if front:
        cards = "".join(f'<div class="box7"><a href="{u}"><span>{escape(t)}</span></a></div>' for t, u in s["cards"])
        news = "".join(f'<div class="nw"><div class="nwh"><a href="{u}">{escape(t)}</a></div><div class="nwd">{dt}</div><div>{escape(d)}</div></div>'
                       for t, u, d, dt in s["news"])
        ev = "".join(f'<div class="ev"><a href="/evenemang/{i}">{escape(d)} – {escape(t)}</a></div>' for i, (d, t) in enumerate(s["events"], 1))
        es = "".join(f'<div class="es"><a href="/e-tjanster/{i}">{escape(t)}</a></div>' for i, t in enumerate(ESERV, 1))
        main = (f'<div class="q9"><div class="big">{escape(h1)}</div><div>{s["hero"]}</div><div class="boxes">{cards}</div></div>'
                f'<div class="q10"><div class="hh">Nyheter</div>{news}<div><a href="/nyheter/">Alla nyheter</a></div></div>'
                f'<div class="q11"><div class="hh">På gång</div>{ev}</div>'
                f'<div class="q12"><div class="hh">E-tjänster</div>{es}</div>'
                f'<div class="q13"><div class="hh">Driftstörningar</div><div>{s["drift"]}</div></div>')
    else:
        main = f'<div class="crumbs"><a href="/">Hem</a> &gt; {escape(h1)}</div><div class="pg"><h1>{escape(h1)}</h1>{body}</div>'
    foot = "".join(f"<div>{escape(x)}</div>" for x in footer_lines(s)) + s.get("footer_extra", "")
    return f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>{escape(title)}</title>{CSS}{SCRIPT}</head>
<body>
<div class="w0">
{cookie()}
<div class="q1">{top}</div>
<div class="q2"><div class="lg"><a href="/"><img src="/img/logga.png" alt="{escape(s['kommun'])}s kommun"></a></div>
<div class="sx"><form action="{s['search']['path']}" method="get"><input name="{s['search']['param']}" placeholder="Vad letar du efter?"><input type="submit" value="Sök"></form></div></div>
<div class="q4">{nav}</div>
<div class="q5">
<!--SEARCH_RESULTS_PLACE-->
{main}
</div>
<div class="q6"><div class="f1">{foot}</div>
<div class="f2"><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a> | <a href="/om-webbplatsen/kakor/">Om kakor</a> | <a href="/om-webbplatsen/">Om webbplatsen</a></div></div>
</div>
</body>
</html>
"""


def fam_table(s, title, h1, body, front):
    m = menu(s, ".asp")
    nav = "".join(f'<td class="menu"><a href="{u}"><font color="#ffffff"><b>{escape(l)}</b></font></a></td>' for l, u, subs in m)
    left = "".join(f'<tr><td><font size="2"><a href="{su}">{escape(sl)}</a></font></td></tr>'
                   for _, _, subs in m[-1:] + m[:1] for sl, su in subs)
    top = " | ".join(f'<a href="{u}"><font size="1">{escape(t)}</font></a>' for t, u in s["topbar"])
    if front:
        cards = "".join(f'<td width="25%" align="center" bgcolor="#dde6cc"><a href="{u}"><b>{escape(t)}</b></a></td>' for t, u in s["cards"])
        news = "".join(f'<tr><td><font size="2"><b><a href="{u}">{escape(t)}</a></b> <i>{dt}</i><br>{escape(d)}</font></td></tr>'
                       for t, u, d, dt in s["news"])
        ev = "".join(f'<tr><td><font size="2"><a href="/evenemang.asp?id={i}">{escape(d)} – {escape(t)}</a></font></td></tr>' for i, (d, t) in enumerate(s["events"], 1))
        es = "".join(f'<tr><td><font size="2"><a href="/etjanst.asp?id={i}">{escape(t)}</a></font></td></tr>' for i, t in enumerate(ESERV, 1))
        main = (f'<table width="100%" cellpadding="8"><tr><td colspan="4" bgcolor="#f3f6ea"><font size="5"><b>{escape(h1)}</b></font><br>{s["hero"]}</td></tr><tr>{cards}</tr></table>'
                f'<table width="100%"><tr><td valign="top" width="60%"><font size="3"><b>Aktuellt</b></font><table>{news}</table><a href="/nyheter.asp">Fler nyheter</a></td>'
                f'<td valign="top"><font size="3"><b>Evenemang</b></font><table>{ev}</table><font size="3"><b>E-tjänster</b></font><table>{es}</table>'
                f'<font size="3"><b>Driftinfo</b></font><br><font size="2">{s["drift"]}</font></td></tr></table>')
    else:
        main = f'<font size="2"><a href="/">Startsida</a> &raquo; {escape(h1)}</font><h1><font face="Verdana">{escape(h1)}</font></h1><font face="Verdana" size="2">{body}</font>'
    foot = "<br>".join(escape(x) for x in footer_lines(s)) + s.get("footer_extra", "")
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>{escape(title)}</title>{SCRIPT}</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
{cookie()}
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2" align="right" bgcolor="#eeeeee">{top}</td></tr>
<tr><td><a href="/"><img src="/bilder/vapen.gif" alt="{escape(s['kommun'])}s kommun" border="0"></a></td>
<td align="right"><form action="{s['search']['path']}" method="get"><font size="2">Sök:</font> <input name="{s['search']['param']}" size="20"> <input type="submit" value="Sök"></form></td></tr>
<tr><td colspan="2" bgcolor="#4a6b22"><table cellpadding="6"><tr>{nav}</tr></table></td></tr>
<tr><td valign="top" width="200" bgcolor="#f7f7f7"><table cellpadding="4">{left}</table></td>
<td valign="top">
<!--SEARCH_RESULTS_PLACE-->
{main}
</td></tr>
<tr><td colspan="2" bgcolor="#4a6b22"><font color="#ffffff" size="2">{foot}<br>
<a href="/tillganglighet.asp"><font color="#ffffff">Tillgänglighetsredogörelse</font></a> | <a href="/kakor.asp"><font color="#ffffff">Kakor</font></a></font></td></tr>
</table>
</body>
</html>
"""


def fam_municipio(s, title, h1, body, front):
    m = menu(s)
    nav = "".join(f'<li class="c-nav__item"><a class="c-nav__link" href="{u}">{escape(l)}</a><ul class="c-nav__sub">'
                  + "".join(f'<li class="c-nav__item"><a class="c-nav__link" href="{su}">{escape(sl)}</a></li>' for sl, su in subs) + "</ul></li>"
                  for l, u, subs in m)
    top = "".join(f'<li class="menu-item"><a href="{u}">{escape(t)}</a></li>' for t, u in s["topbar"])
    if front:
        cards = "".join(f'<div class="c-card"><a class="c-card__link" href="{u}"><span class="c-card__title">{escape(t)}</span></a></div>' for t, u in s["cards"])
        news = "".join(f'<div class="c-segment"><h3 class="c-segment__title"><a href="{u}">{escape(t)}</a></h3><span class="c-date">{dt}</span><p>{escape(d)}</p></div>'
                       for t, u, d, dt in s["news"])
        ev = "".join(f'<li><a href="/evenemang/{i}/">{escape(d)} – {escape(t)}</a></li>' for i, (d, t) in enumerate(s["events"], 1))
        es = "".join(f'<li><a href="/e-tjanster/{i}/">{escape(t)}</a></li>' for i, t in enumerate(ESERV, 1))
        main = (f'<div class="modularity-mod-hero"><h1>{escape(h1)}</h1><p>{s["hero"]}</p></div>'
                f'<div class="modularity-mod-posts o-grid">{cards}</div>'
                f'<div class="modularity-mod-posts"><h2>Nyheter</h2>{news}<a href="/nyheter/">Visa fler nyheter</a></div>'
                f'<div class="modularity-mod-event"><h2>Evenemang</h2><ul>{ev}</ul></div>'
                f'<div class="modularity-mod-index"><h2>Självservice</h2><ul>{es}</ul></div>'
                f'<div class="modularity-mod-notice"><h2>Driftinformation</h2><p>{s["drift"]}</p></div>')
    else:
        main = f'<nav class="c-breadcrumbs"><a href="/">Hem</a> › {escape(h1)}</nav><article class="c-article"><h1>{escape(h1)}</h1>{body}</article>'
    foot = "".join(f"<li>{escape(x)}</li>" for x in footer_lines(s))
    return f"""<!DOCTYPE html>
<html lang="sv-SE">
<head><meta charset="UTF-8"><title>{escape(title)}</title>
<link rel="stylesheet" href="/wp-content/themes/municipio/assets/dist/css/app.css">{CSS}{SCRIPT}</head>
<body class="wp-theme-municipio">
{cookie()}
<header class="c-header">
<nav class="c-header__tabs"><ul class="menu">{top}</ul></nav>
<a class="c-header__logo" href="/"><img src="/wp-content/uploads/logo.svg" alt="{escape(s['kommun'])}s kommun"></a>
<form class="c-search" action="/" method="get"><input type="search" name="s" aria-label="Sök"><button>Sök</button></form>
<button class="c-header__menu-trigger" aria-controls="drawer" aria-expanded="false">Meny</button>
</header>
<div id="drawer" class="c-drawer" aria-hidden="true" hidden>
<nav aria-label="Huvudmeny"><ul class="c-nav">{nav}</ul></nav>
</div>
<main id="main-content" class="o-container">
<!--SEARCH_RESULTS_PLACE-->
{main}
</main>
<footer class="c-footer"><div class="widget widget_text"><h2 class="widget-title">Kontakt</h2><ul>{foot}</ul></div>
<div class="widget widget_nav_menu"><ul><li><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li><li><a href="/om-webbplatsen/kakor/">Kakor</a></li></ul></div>
{s.get('footer_extra', '')}</footer>
<script src="/wp-includes/js/jquery/jquery.min.js"></script>
</body>
</html>
"""


def fam_bootstrap(s, title, h1, body, front):
    m = menu(s)
    nav = "".join(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{u}" data-bs-toggle="dropdown">{escape(l)}</a>'
                  f'<ul class="dropdown-menu">' + "".join(f'<li><a class="dropdown-item" href="{su}">{escape(sl)}</a></li>' for sl, su in subs) + "</ul></li>"
                  for l, u, subs in m)
    top = "".join(f'<a class="btn btn-sm btn-link" href="{u}">{escape(t)}</a>' for t, u in s["topbar"])
    if front:
        cards = "".join(f'<div class="col-md-3"><div class="card"><div class="card-body"><a class="stretched-link" href="{u}">{escape(t)}</a></div></div></div>' for t, u in s["cards"])
        news = "".join(f'<div class="col-md-4"><div class="card"><div class="card-body"><h3 class="card-title h5"><a href="{u}">{escape(t)}</a></h3><p class="small">{dt}</p><p>{escape(d)}</p></div></div></div>'
                       for t, u, d, dt in s["news"])
        ev = "".join(f'<li class="list-group-item"><a href="/evenemang/{i}">{escape(d)} – {escape(t)}</a></li>' for i, (d, t) in enumerate(s["events"], 1))
        es = "".join(f'<li class="list-group-item"><a href="/e-tjanster/{i}">{escape(t)}</a></li>' for i, t in enumerate(ESERV, 1))
        main = (f'<div class="p-5 mb-4 bg-light rounded-3 hero"><h1 class="display-5">{escape(h1)}</h1><p class="lead">{s["hero"]}</p><div class="row">{cards}</div></div>'
                f'<section class="container"><h2>Nyheter</h2><div class="row">{news}</div><a href="/nyheter/">Alla nyheter</a></section>'
                f'<section class="container"><div class="row"><div class="col-md-6"><h2>Evenemang</h2><ul class="list-group">{ev}</ul></div>'
                f'<div class="col-md-6"><h2>E-tjänster</h2><ul class="list-group">{es}</ul></div></div></section>'
                f'<section class="container"><div class="alert alert-warning"><strong>Driftinformation:</strong> {s["drift"]}</div></section>')
    else:
        main = (f'<div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Start</a></li>'
                f'<li class="breadcrumb-item active">{escape(h1)}</li></ol></nav><h1>{escape(h1)}</h1>{body}</div>')
    foot = "".join(f"<p class=\"mb-1\">{escape(x)}</p>" for x in footer_lines(s))
    return f"""<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title><link href="/css/bootstrap.min.css" rel="stylesheet">{CSS}{SCRIPT}</head>
<body>
{cookie()}
<div class="bg-dark text-white small"><div class="container text-end">{top}</div></div>
<nav class="navbar navbar-expand-lg navbar-light bg-white border-bottom">
<div class="container"><a class="navbar-brand" href="/"><img src="/img/logo.png" alt="{escape(s['kommun'])}s kommun" height="48"></a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="nav"><ul class="navbar-nav me-auto">{nav}</ul>
<form class="d-flex" role="search" action="{s['search']['path']}" method="get"><input class="form-control me-2" type="search" name="{s['search']['param']}" placeholder="Sök"><button class="btn btn-outline-success" type="submit">Sök</button></form></div></div>
</nav>
<main>
<!--SEARCH_RESULTS_PLACE-->
{main}
</main>
<footer class="bg-secondary text-white py-4 mt-5"><div class="container"><div class="row">
<div class="col-md-4">{foot}</div>
{s.get('footer_extra', '')}
<div class="col-md-4"><ul class="list-unstyled"><li><a class="text-white" href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li><li><a class="text-white" href="/om-webbplatsen/kakor/">Kakor</a></li></ul></div>
</div></div></footer>
<script src="/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""


def fam_sitevision(s, title, h1, body, front):
    m = menu(s)
    panels = []
    for l, u, subs in m:
        cols = s.get("mega_cols", {}).get(u.strip("/"))
        if cols is None:
            cols = [("Mer inom " + l.lower(), subs)]
        inner = "".join(f'<div class="sv-column-4"><h3 class="mega-col-head">{escape(ch)}</h3><ul>'
                        + "".join(f'<li><a href="{su}">{escape(sl)}</a></li>' for sl, su in items) + "</ul></div>"
                        for ch, items in cols)
        panels.append(f'<li class="sv-mega-item"><a class="sv-mega-toggle" href="{u}" aria-expanded="false">{escape(l)}</a>'
                      f'<div class="sv-mega-panel" hidden><div class="sv-layout sv-row">{inner}</div></div></li>')
    top = "".join(f'<li><a href="{u}">{escape(t)}</a></li>' for t, u in s["topbar"])
    if front:
        cards = "".join(f'<div class="sv-portlet sv-text-portlet puff"><a href="{u}">{escape(t)}</a></div>' for t, u in s["cards"])
        news = "".join(f'<li class="sv-channel-item"><a href="{u}"><span class="rubrik">{escape(t)}</span></a><span class="datum">{dt}</span><p>{escape(d)}</p></li>'
                       for t, u, d, dt in s["news"])
        ev = "".join(f'<li><a href="/evenemang/{i}">{escape(d)} – {escape(t)}</a></li>' for i, (d, t) in enumerate(s["events"], 1))
        es = "".join(f'<li><a href="/e-tjanster/{i}">{escape(t)}</a></li>' for i, t in enumerate(ESERV, 1))
        main = (f'<div class="sv-layout hero"><div class="sv-portlet"><h1>{escape(h1)}</h1><p>{s["hero"]}</p></div><div class="sv-layout puffar">{cards}</div></div>'
                f'<div class="sv-layout"><div class="sv-portlet"><h2>Nyheter</h2><ul class="sv-channel">{news}</ul><a href="/nyheter/">Fler nyheter</a></div></div>'
                f'<div class="sv-layout"><div class="sv-portlet"><h2>Kalender</h2><ul>{ev}</ul></div><div class="sv-portlet"><h2>E-tjänster</h2><ul>{es}</ul></div></div>'
                f'<div class="sv-layout"><div class="sv-portlet"><h2>Driftinformation</h2><p>{s["drift"]}</p></div></div>')
    else:
        main = f'<div class="sv-layout"><div class="sv-portlet sv-text-portlet"><h1 class="heading">{escape(h1)}</h1>{body}</div></div>'
    foot = "".join(f'<p class="normal">{escape(x)}</p>' for x in footer_lines(s)) + s.get("footer_extra", "")
    return f"""<!DOCTYPE html>
<html lang="sv" class="sv-no-js">
<head><meta charset="utf-8"><title>{escape(title)}</title>
<link rel="stylesheet" href="/sitevision/system-resource/css/sv-portlets.css">{CSS}{SCRIPT}</head>
<body class="sv-responsive">
{cookie()}
<div class="sv-layout sv-template-portlet" id="svid12_topp">
<ul class="toppmeny">{top}</ul>
<div class="sv-image-portlet logo"><a href="/"><img src="/images/18.4f1a/logo.svg" alt="{escape(s['kommun'])}s kommun"></a></div>
<div class="sv-searchform-portlet"><form action="{s['search']['path']}" method="get"><input name="{s['search']['param']}" aria-label="Sök"><button>Sök</button></form></div>
<ul class="sv-mega-menu">{''.join(panels)}</ul>
</div>
<div class="sv-layout" id="svid12_innehall">
<!--SEARCH_RESULTS_PLACE-->
{main}
</div>
<div class="sv-layout sidfot" id="svid12_sidfot">{foot}
<p><a href="/om-webbplatsen/tillganglighetsredogorelse.4.1a2b.html">Tillgänglighetsredogörelse</a> · <a href="/om-webbplatsen/kakor.4.1a2c.html">Kakor</a></p></div>
</body>
</html>
"""


def fam_episerver(s, title, h1, body, front):
    m = menu(s)
    nav = "".join(f'<li><a href="{u}">{escape(l)}</a></li>' for l, u, subs in m)
    top = "".join(f'<li><a href="{u}">{escape(t)}</a></li>' for t, u in s["topbar"])
    sub = "".join(f'<li><a href="{su}">{escape(sl)}</a></li>' for sl, su in m[5][2])
    if front:
        cards = "".join(f'<div class="genvag"><a href="{u}">{escape(t)}</a></div>' for t, u in s["cards"])
        news = "".join(f'<div class="newsitem"><h3><a href="{u}">{escape(t)}</a></h3><span class="date">{dt}</span><p>{escape(d)}</p></div>'
                       for t, u, d, dt in s["news"])
        ev = "".join(f'<li><a href="/evenemang/{i}">{escape(d)} – {escape(t)}</a></li>' for i, (d, t) in enumerate(s["events"], 1))
        es = "".join(f'<li><a href="/e-tjanster/{i}">{escape(t)}</a></li>' for i, t in enumerate(ESERV, 1))
        main = (f'<div id="puff"><h1>{escape(h1)}</h1><p>{s["hero"]}</p><div class="genvagar">{cards}</div></div>'
                f'<div id="news"><h2>Nyheter</h2>{news}<p><a href="/nyheter/">Nyhetsarkiv</a></p></div>'
                f'<div id="kalender"><h2>Kalender</h2><ul>{ev}</ul></div><div id="etjanster"><h2>E-tjänster</h2><ul>{es}</ul></div>'
                f'<div id="drift"><h2>Driftinformation</h2><p>{s["drift"]}</p></div>')
        left = ""
    else:
        main = f'<div id="breadcrumbs"><a href="/">Startsida</a> / {escape(h1)}</div><div id="maincontent"><h1>{escape(h1)}</h1>{body}</div>'
        left = f'<div id="submenu"><ul>{sub}</ul></div>'
    foot = "".join(f"{escape(x)}<br />" for x in footer_lines(s))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv" lang="sv">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{escape(title)}</title>{CSS}{SCRIPT}</head>
<body>
<form method="post" action="" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTk1MjA0NzE2" /></form>
{cookie()}
<div id="wrapper">
<div id="header"><ul id="quicklinks">{top}</ul>
<div id="logo"><a href="/"><img src="/Templates/Kvarn/img/logo.gif" alt="{escape(s['kommun'])}s kommun" /></a></div>
<div id="search"><form action="{s['search']['path']}" method="get"><input type="text" name="{s['search']['param']}" /><input type="submit" value="Sök" /></form></div>
<ul id="mainmenu">{nav}</ul></div>
<div id="content">{left}
<!--SEARCH_RESULTS_PLACE-->
{main}
</div>
<div id="footer"><p>{foot}</p><p><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a> | <a href="/om-webbplatsen/kakor/">Kakor</a></p></div>
</div>
</body>
</html>
"""


FAMILIES = {"semantic": fam_semantic, "soup": fam_soup, "table": fam_table, "municipio": fam_municipio,
            "bootstrap": fam_bootstrap, "sitevision": fam_sitevision, "episerver": fam_episerver}


# ---------------------------------------------------------------- sites

def base(kod, kommun, lan_kod, lan, fam, pre, **kw):
    mail_dom = kw.pop("dom")
    s = dict(kommunkod=kod, kommun=kommun, lan_kod=lan_kod, lan=lan, family=fam, box=kw.pop("box", "100"),
             postnr=kw.pop("postnr"), besok=kw.pop("besok"), vaxel=pre + "00", mail=f"kommun@{mail_dom}",
             orgnr=kw.pop("orgnr"), dom=mail_dom, pre=pre,
             topbar=[("Lyssna", "/lyssna"), ("Lättläst", "/lattlast/"), ("Teckenspråk", "/teckensprak/"), ("In English", "/in-english/")],
             cards=[("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/"), ("Felanmälan", "/felanmalan/"),
                    ("Skolmat", "/barn-och-utbildning/skolmat/"), ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning/")],
             events=[("12 dec", "Luciakonsert i kyrkan"), ("15 dec", "Julmarknad på torget"), ("9 jan", "Kommunfullmäktige sammanträder")],
             drift=f"Vattenavstängning på Skolgatan i {kommun} tisdag 8–12 på grund av ledningsarbete.",
             hero=f"Välkommen till {kommun}s kommun – här hittar du information om kommunens service.",
             search={"path": "/sok/", "param": "q"}, pages={}, redirects={}, hits={})
    s.update(kw)
    return s


STD_BODY_TILL = ("<p>{k}s kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>"
                 "<h2>Hur tillgänglig är webbplatsen?</h2><p>Vi vet att vissa delar inte är helt tillgängliga, till exempel "
                 "äldre PDF-dokument.</p><h2>Kontakta oss om du upptäcker brister</h2><p>Skicka e-post till {m}.</p>"
                 "<h2>Tillsyn</h2><p>Myndigheten för digital förvaltning har ansvaret för tillsyn.</p>")
STD_BODY_KAKOR = ("<p>En kaka (cookie) är en liten textfil som lagras i din dator. Vi använder nödvändiga kakor för att "
                  "webbplatsen ska fungera och analyskakor för att se hur den används.</p>")


def news_page(text):
    return f"<p class=\"date\">Publicerad 2026-11-20</p>{text}"


SITES = []

# 9141 Härnevik: contact information everywhere, no named unit (0)
s = base("9141", "Härnevik", "03", "Uppsala län", "semantic", "08-465 004 ", postnr="999 41", besok="Kommunhuset, Storgatan 12",
         orgnr="212000-9141", dom="harnevik.se")
s["topbar"] = [("Kontakta oss", "/kontakta-oss/")] + s["topbar"]
s["news"] = [("Ny förskola öppnar i Norrbyn", "/nyheter/ny-forskola/", "I januari öppnar Norrbyns förskola med sex avdelningar.", "2026-11-20"),
             ("Budget för 2027 antagen", "/nyheter/budget-2027/", "Kommunfullmäktige har antagit budgeten för nästa år.", "2026-11-14"),
             ("Vinterväghållning – så prioriterar vi", "/nyheter/vintervaghallning/", "Läs om vilka gator som plogas först.", "2026-11-02")]
s["pages"] = {
    "/kontakta-oss/": ("Kontakta oss - Härneviks kommun", "Kontakta oss",
        "<p>Du är välkommen att kontakta Härneviks kommun på det sätt som passar dig.</p>"
        "<h2>Växel</h2><p>Telefon: <a href=\"tel:+46846500400\">08-465 004 00</a><br>Växeln har öppet vardagar 7.30–16.30.</p>"
        "<h2>E-post</h2><p><a href=\"mailto:kommun@harnevik.se\">kommun@harnevik.se</a>. Vi svarar inom två arbetsdagar.</p>"
        "<h2>Besök oss</h2><p>Kommunhuset, Storgatan 12. Receptionen är öppen vardagar 8–16.</p>"
        "<h2>Registrator</h2><p>Handlingar som ska diarieföras skickar du till registrator@harnevik.se.</p>"
        "<h2>Frågor om bygglov</h2><p>Ring bygglovshandläggaren på telefontid tisdag och torsdag 9–11, 08-465 004 15.</p>"
        "<h2>Hitta en medarbetare</h2><p>Ring växeln så kopplar vi dig rätt.</p>"
        "<p class=\"page-owner\">Sidansvarig: Kommunikationsenheten</p>"),
    "/kommun-och-politik/kommunens-organisation/": ("Kommunens organisation - Härneviks kommun", "Kommunens organisation",
        "<p>Kommunen är organiserad i tre förvaltningar under kommunstyrelsen.</p><ul><li>Kommunledningsförvaltningen – "
        "kommundirektör Göran Ahlqvist</li><li>Utbildningsförvaltningen – förvaltningschef Sara Nordin</li>"
        "<li>Samhällsbyggnadsförvaltningen – förvaltningschef Jonas Berg</li></ul>"),
    "/nyheter/ny-forskola/": ("Ny förskola öppnar i Norrbyn - Härneviks kommun", "Ny förskola öppnar i Norrbyn",
        news_page("<p>Den nya förskolan har plats för 110 barn. Ansök om plats via e-tjänsten.</p>"
                  "<p>Har du frågor? Kontakta förskoleadministrationen på 08-465 004 22.</p>")),
    "/nyheter/budget-2027/": ("Budget för 2027 antagen - Härneviks kommun", "Budget för 2027 antagen",
        news_page("<p>Skattesatsen är oförändrad. Mer pengar går till äldreomsorgen.</p>")),
}
s["extra_sub"] = {"kommun-och-politik": [("Kontakta oss", "/kontakta-oss/")]}
s["redirects"] = {"/kommun-och-politik/kommunens-organisation": ["/kommun-och-politik/kommunens-organisation/", 301]}
s["footer_extra"] = '<p><a href="/kontakta-oss/">Fler kontaktuppgifter</a></p>'
s["hits"] = {"kontakt": ["/kontakta-oss/"], "växel": ["/kontakta-oss/"], "organisation": ["/kommun-och-politik/kommunens-organisation/"]}
s["news_links_to"] = True
SITES.append(s)

# 9142 Ulvsjö: div soup, only excluded names (0)
s = base("9142", "Ulvsjö", "14", "Västra Götalands län", "soup", "031-390 06 ", postnr="999 42", besok="Rådhuset, Torget 1",
         orgnr="212000-9142", dom="ulvsjo.se")
s["topbar"] = s["topbar"] + [("Kontakt", "/kontakt/")]
s["news"] = [("Statens servicecenter öppnar kontor i Ulvsjö", "/nyheter/statens-servicecenter/", "Från mars kan du besöka Statens servicecenter i Rådhuset.", "2026-11-18"),
             ("Ny taxa för vatten och avlopp", "/nyheter/va-taxa/", "Kommunfullmäktige har beslutat om ny VA-taxa från 1 januari.", "2026-11-10"),
             ("Simhallen stänger för renovering", "/nyheter/simhallen/", "Ulvsjöbadet är stängt till och med februari.", "2026-10-29")]
s["extra_sub"] = {"bygga-bo-och-miljo": [("Bygglovsservice", "/bygga-bo-och-miljo/bygglovsservice/")]}
s["pages"] = {
    "/kontakt/": ("Kontakt - Ulvsjö kommun", "Kontakt",
        "<div class=\"t1\">Ulvsjö kommuns växel: 031-390 06 00, vardagar 8–16.</div><div class=\"t1\">E-post: kommun@ulvsjo.se</div>"
        "<div class=\"t1\">Postadress: Box 100, 999 42 Ulvsjö</div>"
        "<div class=\"t2\">Frågor om vatten, avlopp och sophämtning besvaras av <a href=\"/bygga-bo-och-miljo/vatten-och-avlopp/\">Ulvsjö Vatten AB</a>.</div>"
        "<div class=\"t2\">Frågor om bygglov: se <a href=\"/bygga-bo-och-miljo/bygglovsservice/\">Bygglovsservice</a>.</div>"),
    "/bygga-bo-och-miljo/vatten-och-avlopp/": ("Vatten och avlopp - Ulvsjö kommun", "Vatten och avlopp",
        "<div>Vatten, avlopp och renhållning i Ulvsjö sköts av det kommunägda bolaget Ulvsjö Vatten AB.</div>"
        "<div class=\"box3\"><div class=\"bh\">Ulvsjö Vatten AB – Kundtjänst för VA och renhållning</div>"
        "<div>Telefon 031-390 06 30, vardagar 8–15</div><div>kundtjanst@ulvsjovatten.se</div>"
        "<div>Vi svarar på frågor om fakturor, vattenmätare och sophämtning.</div><div>Kundtjänstchef: Lars Öhman</div></div>"),
    "/bygga-bo-och-miljo/bygglovsservice/": ("Bygglovsservice - Ulvsjö kommun", "Bygglovsservice",
        "<div>Bygglovsservice hjälper dig med frågor om bygglov, marklov och anmälan.</div><div>Telefontid måndag–torsdag 9–11: 031-390 06 20.</div>"
        "<div>E-post: bygglov@ulvsjo.se</div><div>Ansvarig: bygglovschef Maria Dahl</div>"),
    "/nyheter/statens-servicecenter/": ("Statens servicecenter öppnar kontor i Ulvsjö - Ulvsjö kommun", "Statens servicecenter öppnar kontor i Ulvsjö",
        news_page("<div>Statens servicecenter öppnar ett servicekontor i Rådhuset. Där får du hjälp med ärenden till Försäkringskassan, "
                  "Pensionsmyndigheten och Skatteverket.</div>")),
    "/nyheter/va-taxa/": ("Ny taxa för vatten och avlopp - Ulvsjö kommun", "Ny taxa för vatten och avlopp",
        news_page("<div>Frågor om taxan besvaras av Ulvsjö Vatten AB:s kundtjänst på 031-390 06 30.</div>")),
}
s["footer_extra"] = ('<div class="f3">Ulvsjö Energi AB – kundtjänst 031-390 06 50</div>'
                     '<div class="f3"><a href="/kontakt/">Kontakta kommunen</a></div>')
s["hits"] = {"kundtjänst": ["/bygga-bo-och-miljo/vatten-och-avlopp/"], "kontakt": ["/kontakt/"]}
s["news_links_to"] = True
SITES.append(s)

# 9143 Bergsmåla: table layout, Latin-1; kontaktcenter page reachable only through site search (1)
s = base("9143", "Bergsmåla", "08", "Kalmar län", "table", "0980-319 2", postnr="999 43", besok="Kommunhuset, Bygatan 3",
         orgnr="212000-9143", dom="bergsmala.se")
s["vaxel"] = "0980-319 200"
s["search"] = {"path": "/sok.asp", "param": "sokord"}
s["topbar"] = [("Kontakta kommunen", "/kontakt.asp"), ("Lyssna", "/lyssna.asp"), ("Lättläst", "/lattlast.asp"), ("In English", "/english.asp")]
s["cards"] = [("Lediga jobb", "/jobb.asp"), ("Felanmälan", "/felanmalan.asp"), ("Skolmat", "/skolmat.asp"), ("Sophämtning", "/sophamtning.asp")]
s["news"] = [("Nya öppettider på biblioteket", "/nyhet.asp?id=311", "Från januari har biblioteket öppet även lördagar.", "2026-11-19"),
             ("Samråd om ny detaljplan för Åsen", "/nyhet.asp?id=309", "Planförslaget visas i kommunhuset till 15 december.", "2026-11-11"),
             ("Brandriskvarning upphävd", "/nyhet.asp?id=305", "Eldningsförbudet gäller inte längre.", "2026-10-20")]
s["pages"] = {
    "/kontakt.asp": ("Kontakta kommunen", "Kontakta kommunen",
        "<p>Bergsmåla kommun<br>Box 100<br>999 43 BERGSMÅLA</p><p>Växel: 0980-319 200<br>Fax: 0980-319 299<br>"
        "E-post: kommun@bergsmala.se</p><p>Växeln är öppen måndag–fredag 8.00–16.30, lunchstängt 12–13.</p>"
        "<table border=\"1\" cellpadding=\"4\"><tr><th>Förvaltning</th><th>Telefon</th></tr>"
        "<tr><td>Barn- och utbildningsförvaltningen</td><td>0980-319 230</td></tr>"
        "<tr><td>Socialförvaltningen</td><td>0980-319 240</td></tr>"
        "<tr><td>Tekniska förvaltningen</td><td>0980-319 250</td></tr></table>"),
    "/kontaktcenter.asp": ("Kontaktcenter", "Kontaktcenter",
        "<p>Välkommen att höra av dig till kontaktcenter i Bergsmåla kommun!</p>"
        "<p>Kontaktcenter nås på telefon 0980-319 210.</p><p><i>Sidansvarig: Webbredaktionen</i></p>"),
    "/nyhet.asp": ("Nyhet", "Nya öppettider på biblioteket",
        news_page("<p>Biblioteket i Bergsmåla har från januari öppet lördagar 10–14.</p>")),
}
s["hits"] = {"kontaktcenter": ["/kontaktcenter.asp"], "kontaktcentret": ["/kontaktcenter.asp"],
             "kontaktcenter bergsmåla": ["/kontaktcenter.asp"], "kontakt": ["/kontakt.asp", "/kontaktcenter.asp"]}
s["unlinked"] = ["/kontaktcenter.asp"]
s["no_sitemap"] = True
s["news_links_to"] = True
SITES.append(s)

# 9144 Tjärnby: Municipio drawer; Medborgarservice only two clicks deep (2)
s = base("9144", "Tjärnby", "20", "Dalarnas län", "municipio", "040-628 04 ", postnr="999 44", besok="Stadshuset, Kyrkogatan 5",
         orgnr="212000-9144", dom="tjarnby.se")
s["search"] = {"path": "/", "param": "s"}
s["topbar"] = [("Kontakt", "/kontakt/")] + s["topbar"]
s["news"] = [("Nu kan du söka föreningsbidrag", "/nyheter/foreningsbidrag/", "Sista ansökningsdag är 31 januari.", "2026-11-21"),
             ("Ny gång- och cykelväg vid Tjärnen", "/nyheter/cykelvag/", "Arbetet pågår till och med maj.", "2026-11-12"),
             ("Julbelysningen tänds på lördag", "/nyheter/julbelysning/", "Välkommen till torget klockan 16.", "2026-11-05")]
s["pages"] = {
    "/kontakt/": ("Kontakt – Tjärnby kommun", "Kontakt",
        "<p>Tjärnby kommuns växel: 040-628 04 00 (vardagar 7.30–16.30).</p><p>E-post: kommun@tjarnby.se</p>"
        "<p>Postadress: Box 100, 999 44 Tjärnby</p><p>Besöksadress: Stadshuset, Kyrkogatan 5</p>"
        "<p>Vill du lämna en synpunkt? Använd vår <a href=\"/kommun-och-politik/synpunkter-och-klagomal/\">e-tjänst för synpunkter</a>.</p>"),
    "/kommun-och-politik/kommunens-organisation/": ("Kommunens organisation – Tjärnby kommun", "Kommunens organisation",
        "<p>Kommunens verksamhet leds av kommunstyrelsen. Under kommunstyrelsen finns kommunledningskontoret och fyra förvaltningar.</p>"
        "<h2>Kommunledningskontoret</h2><p>Kommundirektör: Annika Holm. På kommunledningskontoret finns ekonomi, HR, kommunikation och "
        "<a href=\"/kommun-och-politik/kommunens-organisation/medborgarservice/\">Medborgarservice</a>.</p>"
        "<h2>Förvaltningar</h2><ul><li>Barn- och utbildningsförvaltningen</li><li>Socialförvaltningen</li>"
        "<li>Samhällsbyggnadsförvaltningen</li><li>Kultur- och fritidsförvaltningen</li></ul>"),
    "/kommun-och-politik/kommunens-organisation/medborgarservice/": ("Medborgarservice – Tjärnby kommun", "Medborgarservice",
        "<p class=\"lead\">Medborgarservice är kommunens första kontakt för dig som bor i eller besöker Tjärnby.</p>"
        "<p>Vi hjälper dig med frågor om förskola och skola, bygglov, avfallshämtning, färdtjänst och parkeringstillstånd. "
        "Kan vi inte svara direkt ser vi till att rätt handläggare kontaktar dig.</p>"
        "<h2>Så når du oss</h2><p>Telefon: <a href=\"tel:+46406280410\">040-628 04 10</a></p>"
        "<p>Telefontid: måndag–fredag 8–16.30</p>"
        "<p>Medborgarservice tillhör kommunledningskontoret.</p><p class=\"c-updated\">Kontaktperson för sidan: Emma Sjögren, webbredaktör</p>"),
    "/nyheter/foreningsbidrag/": ("Nu kan du söka föreningsbidrag – Tjärnby kommun", "Nu kan du söka föreningsbidrag",
        news_page("<p>Ansök via e-tjänsten senast 31 januari.</p>")),
}
s["redirects"] = {"/kommun-och-politik/kommunens-organisation": ["/kommun-och-politik/kommunens-organisation/", 301]}
s["hits"] = {"medborgarservice": ["/kommun-och-politik/kommunens-organisation/medborgarservice/"], "kontakt": ["/kontakt/"]}
s["news_links_to"] = True
SITES.append(s)

# 9145 Hagaberga: Bootstrap; servicecenter only in footer, page with a bare offer (2)
s = base("9145", "Hagaberga", "12", "Skåne län", "bootstrap", "040-628 04 ", postnr="999 45", besok="Rådhuset, Stortorget 2",
         orgnr="212000-9145", dom="hagaberga.se")
s["vaxel"] = "040-628 04 50"
s["topbar"] = s["topbar"] + [("Kontakt", "/kontakt/")]
s["news"] = [("Hagabergas nya bibliotek invigs", "/nyheter/biblioteket/", "Välkommen på invigning den 10 januari.", "2026-11-22"),
             ("Ny återvinningscentral i Söder", "/nyheter/atervinningscentral/", "Den nya centralen har längre öppettider.", "2026-11-15"),
             ("Sök sommarjobb för unga", "/nyheter/sommarjobb/", "Ansökan öppnar 1 februari.", "2026-11-03")]
s["footer_extra"] = ('<div class="col-md-4"><h2 class="h6">Servicecenter</h2><p class="mb-1">Telefon 040-628 04 55</p>'
                     '<p class="mb-1"><a class="text-white" href="mailto:servicecenter@hagaberga.se">servicecenter@hagaberga.se</a></p>'
                     '<p><a class="text-white" href="/servicecenter/">Läs mer om Servicecenter</a></p></div>')
s["pages"] = {
    "/kontakt/": ("Kontakt - Hagaberga kommun", "Kontakt",
        "<p>Här hittar du kommunens kontaktuppgifter.</p><dl><dt>Växel</dt><dd>040-628 04 50</dd><dt>E-post</dt><dd>kommun@hagaberga.se</dd>"
        "<dt>Postadress</dt><dd>Box 100, 999 45 Hagaberga</dd><dt>Besöksadress</dt><dd>Rådhuset, Stortorget 2</dd></dl>"
        "<p>Kommunens förvaltningar når du via växeln.</p>"),
    "/servicecenter/": ("Servicecenter - Hagaberga kommun", "Servicecenter",
        "<p class=\"lead\">Välkommen till Servicecenter!</p><p>Vi finns här för dig som har frågor till kommunen. "
        "Hör av dig så hjälper vi dig.</p>"
        "<div class=\"card\"><div class=\"card-body\"><p>Telefon: 040-628 04 55</p><p>E-post: servicecenter@hagaberga.se</p>"
        "<p>Öppettider: vardagar 8–17</p></div></div>"),
    "/nyheter/biblioteket/": ("Hagabergas nya bibliotek invigs - Hagaberga kommun", "Hagabergas nya bibliotek invigs",
        news_page("<p>Det nya biblioteket ligger vid Stortorget.</p>")),
}
s["hits"] = {"servicecenter": ["/servicecenter/"], "kontakt": ["/kontakt/"]}
s["news_links_to"] = True
SITES.append(s)

# 9146 Noraholm: Sitevision mega-menu column item; page names matters but has one channel of its own (2)
s = base("9146", "Noraholm", "18", "Örebro län", "sitevision", "0980-319 2", postnr="999 46", besok="Kommunhuset, Bergslagsvägen 8",
         orgnr="212000-9146", dom="noraholm.se")
s["vaxel"] = "0980-319 220"
s["topbar"] = s["topbar"] + [("Kontakt", "/kontakt/")]
s["mega_cols"] = {"kommun-och-politik": [
    ("Politik", [("Politik och demokrati", "/kommun-och-politik/politik-och-demokrati/"), ("Protokoll och handlingar", "/kommun-och-politik/protokoll-och-handlingar/")]),
    ("Organisation", [("Kommunens organisation", "/kommun-och-politik/kommunens-organisation/"), ("Ekonomi", "/kommun-och-politik/ekonomi/")]),
    ("Kontakt och service", [("Kundcenter", "/kommun-och-politik/kundcenter/"), ("Synpunkter och klagomål", "/kommun-och-politik/synpunkter-och-klagomal/")])]}
s["news"] = [("Skidspåren är öppna", "/nyheter/skidsparen/", "Elljusspåret vid Kyrktjärn är preparerat.", "2026-11-24"),
             ("Ny rektor på Noraskolan", "/nyheter/rektor/", "Linnea Wahl börjar i januari.", "2026-11-16"),
             ("Fibernätet byggs ut", "/nyheter/fiber/", "Nu ansluts fler byar till fibernätet.", "2026-11-01")]
s["footer_extra"] = '<p class="normal">Bostäder: Noraholmshem AB kundcenter, 0980-319 270</p>'
s["pages"] = {
    "/kontakt/": ("Kontakt - Noraholms kommun", "Kontakt",
        "<p>Noraholms kommun<br>Box 100, 999 46 Noraholm</p><p>Växel 0980-319 220, vardagar 8–16</p><p>kommun@noraholm.se</p>"),
    "/kommun-och-politik/kundcenter/": ("Kundcenter - Noraholms kommun", "Kundcenter",
        "<p class=\"ingress\">I Kundcenter får du svar på frågor om avfallshämtning, parkeringstillstånd, skolskjuts och felanmälan "
        "av gator och belysning.</p><p>Ring oss på 0980-319 225.</p>"
        "<p>Övriga kontaktuppgifter till kommunen hittar du längst ner på sidan.</p>"
        "<p class=\"sidansvarig\">Sidansvarig: Maria Ekström</p><p>Senast uppdaterad: 2026-10-02</p>"),
    "/nyheter/skidsparen/": ("Skidspåren är öppna - Noraholms kommun", "Skidspåren är öppna",
        news_page("<p>Spåren prepareras varje morgon vid snöfall.</p>")),
}
s["hits"] = {"kundcenter": ["/kommun-och-politik/kundcenter/"], "kontakt": ["/kontakt/"]}
s["news_links_to"] = True
SITES.append(s)

# 9147 Kvarnlunda: Episerver XHTML; Servicekontoret page only in sitemap and search (2)
s = base("9147", "Kvarnlunda", "05", "Östergötlands län", "episerver", "031-390 06 ", postnr="999 47", besok="Stadshuset, Storgatan 4",
         orgnr="212000-9147", dom="kvarnlunda.se")
s["topbar"] = [("Kontakta oss", "/kontakta-oss/")] + s["topbar"]
s["news"] = [("Ny cykelbana längs Ån", "/nyheter/cykelbana/", "Den nya cykelbanan är klar i maj.", "2026-11-20"),
             ("Kvarnlunda växer – 200 nya bostäder", "/nyheter/bostader/", "Detaljplanen för Kvarnbacken är antagen.", "2026-11-08"),
             ("Öppet hus på kulturskolan", "/nyheter/kulturskolan/", "Prova på instrument den 6 december.", "2026-10-30")]
s["pages"] = {
    "/kontakta-oss/": ("Kontakta oss - Kvarnlunda kommun", "Kontakta oss",
        "<p>Växel: 031-390 06 00<br />E-post: kommun@kvarnlunda.se<br />Postadress: Box 100, 999 47 Kvarnlunda</p>"
        "<p>Du når alla medarbetare via växeln, vardagar 8–16.</p>"),
    "/kommun-och-politik/kommunens-organisation/servicekontoret/": ("Servicekontoret - Kvarnlunda kommun", "Servicekontoret",
        "<p class=\"introduction\">Servicekontoret i stadshuset är kommunens gemensamma ingång för besökare.</p>"
        "<p>Servicekontoret tillhör kommunledningsförvaltningen och verksamheten leds av en enhetschef.</p>"
        "<p>Besöksadress: Stadshuset, Storgatan 4, entréplan.</p>"),
    "/nyheter/cykelbana/": ("Ny cykelbana längs Ån - Kvarnlunda kommun", "Ny cykelbana längs Ån",
        news_page("<p>Cykelbanan blir 2,4 kilometer lång.</p>")),
}
s["hits"] = {"servicekontoret": ["/kommun-och-politik/kommunens-organisation/servicekontoret/"],
             "servicekontor": ["/kommun-och-politik/kommunens-organisation/servicekontoret/"], "kontakt": ["/kontakta-oss/"]}
s["unlinked"] = ["/kommun-och-politik/kommunens-organisation/servicekontoret/"]
s["news_links_to"] = True
SITES.append(s)


def std_paths(fam):
    if fam == "table":
        return {"till": ["/tillganglighet.asp"], "kakor": ["/kakor.asp", "/om-webbplatsen/kakor/"], "nyheter": "/nyheter.asp"}
    if fam == "sitevision":
        return {"till": ["/om-webbplatsen/tillganglighetsredogorelse.4.1a2b.html"],
                "kakor": ["/om-webbplatsen/kakor.4.1a2c.html", "/om-webbplatsen/kakor/"], "nyheter": "/nyheter/"}
    return {"till": ["/om-webbplatsen/tillganglighetsredogorelse/"], "kakor": ["/om-webbplatsen/kakor/"], "nyheter": "/nyheter/"}


def slugfile(path):
    p = path.strip("/").replace("/", "_").replace(".", "-") or "index"
    return p + ".html"


def write_site(s):
    d = ROOT / s["kommunkod"]
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    fam = FAMILIES[s["family"]]
    k = s["kommun"]
    suffix = {"semantic": f" - {k}s kommun", "soup": f" - {k} kommun", "table": f" - {k} kommun"}.get(s["family"], f" - {k} kommun")
    latin = s["family"] == "table"
    ctype = "text/html; charset=iso-8859-1" if latin else None
    files: dict[str, object] = {}

    def put(path, fname, html_text):
        html_text = html_text.replace("<!--SEARCH_RESULTS_PLACE-->\n", "")
        data = html_text.encode("iso-8859-1", errors="xmlcharrefreplace") if latin else html_text.encode("utf-8")
        (d / fname).write_bytes(data)
        if path is not None:
            files[path] = {"file": fname, "content_type": ctype} if latin else fname

    put("/", "index.html", fam(s, f"Startsida{suffix}", f"Välkommen till {k}", "", True))
    sp = std_paths(s["family"])
    till = STD_BODY_TILL.format(k=k, m=s["mail"])
    for i, p in enumerate(sp["till"]):
        put(p, f"tillganglighet{i}.html", fam(s, f"Tillgänglighetsredogörelse{suffix}", "Tillgänglighetsredogörelse", till, False))
    for i, p in enumerate(sp["kakor"]):
        put(p, f"kakor{i}.html", fam(s, f"Kakor{suffix}", "Kakor på webbplatsen", STD_BODY_KAKOR, False))
    items = "".join(f'<li><a href="{u}">{escape(t)}</a> <span>{dt}</span></li>' for t, u, _, dt in s["news"])
    put(sp["nyheter"], "nyheter.html", fam(s, f"Nyheter{suffix}", "Nyheter", f"<ul class=\"news-list\">{items}</ul>", False))
    for path, (title, h1, body) in s["pages"].items():
        if latin:
            title = title + suffix if " - " not in title else title
        put(path, slugfile(path), fam(s, title, h1, body, False))
    for t, u, desc, _dt in s["news"]:
        pth = u.split("?")[0]
        if pth not in files:
            put(pth, slugfile(pth), fam(s, f"{t}{suffix}", t, news_page(f"<p>{escape(desc)}</p><p>Frågor? Ring växeln {s['vaxel']}.</p>"), False))
    # search template
    put(None, "sok.html", fam(s, f"Sök{suffix}", "Sökresultat", "<!--SEARCH_RESULTS-->", False))
    man = {"kommunkod": s["kommunkod"], "kommun": k, "lan_kod": s["lan_kod"], "lan": s["lan"], "family": s["family"],
           "pages": files, "redirects": s.get("redirects", {}),
           "robots": "User-agent: *\nDisallow: /admin/\n" + ("" if s.get("no_sitemap") else "Sitemap: __ORIGIN__/sitemap.xml\n"),
           "search": {"path": s["search"]["path"], "param": s["search"]["param"], "hits": s["hits"],
                      "template": {"file": "sok.html", "content_type": ctype} if latin else "sok.html"},
           "front_status": None}
    if not s.get("no_sitemap"):
        man["sitemap"] = list(files)
    (d / "site.json").write_text(json.dumps(man, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_status_sites():
    # 9148 Sälgvik: a WAF answers 403 on every path (blocked). The pages behind it are an ordinary site.
    s = base("9148", "Sälgvik", "22", "Västernorrlands län", "semantic", "0980-319 2", postnr="999 48", besok="Kommunhuset, Hamngatan 1",
             orgnr="212000-9148", dom="salgvik.se")
    s["vaxel"] = "0980-319 240"
    s["news"] = [("Hamnen muddras", "/nyheter/hamnen/", "Arbetet pågår i två veckor.", "2026-11-20")]
    s["topbar"] = [("Kontaktcenter", "/kontaktcenter/")] + s["topbar"]
    d = ROOT / "9148"
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    (d / "index.html").write_text(fam_semantic(s, "Startsida - Sälgviks kommun", "Välkommen till Sälgvik", "", True)
                                  .replace("<!--SEARCH_RESULTS_PLACE-->\n", ""), encoding="utf-8")
    (d / "kontaktcenter.html").write_text(fam_semantic(s, "Kontaktcenter - Sälgviks kommun", "Kontaktcenter",
        "<p>Vi svarar på frågor om skola, omsorg och avfall. Telefon 0980-319 245, kontaktcenter@salgvik.se.</p>", False)
        .replace("<!--SEARCH_RESULTS_PLACE-->\n", ""), encoding="utf-8")
    man = {"kommunkod": "9148", "kommun": "Sälgvik", "lan_kod": "22", "lan": "Västernorrlands län", "family": "semantic (behind a WAF)",
           "pages": {"/": "index.html", "/kontaktcenter/": "kontaktcenter.html"}, "redirects": {},
           "robots": "User-agent: *\nDisallow: /admin/\n", "front_status": 403}
    (d / "site.json").write_text(json.dumps(man, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    # 9149 Rönnåker: language redirect that loops: / -> /sv/ -> /sv/start -> / (unreachable)
    d = ROOT / "9149"
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    man = {"kommunkod": "9149", "kommun": "Rönnåker", "lan_kod": "07", "lan": "Kronobergs län", "family": "(redirect loop)",
           "pages": {}, "redirects": {"/": ["/sv/", 301], "/sv/": ["/sv/start", 302], "/sv/start": ["/", 302]},
           "robots": "User-agent: *\nDisallow: /umbraco/\n", "front_status": None}
    (d / "site.json").write_text(json.dumps(man, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    # 9150 Ljungmora: / 302 -> a PDF "the website is being rebuilt" (not_html)
    d = ROOT / "9150"
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    (d / "ljungmora-informerar.pdf").write_bytes(make_pdf([
        "Ljungmora kommun informerar",
        "Vi bygger om var webbplats. Under tiden nar du kommunen via",
        "vaxeln 08-465 004 80 eller kommun@ljungmora.se.",
        "Kontaktcenter svarar vardagar 8-17."]))
    man = {"kommunkod": "9150", "kommun": "Ljungmora", "lan_kod": "25", "lan": "Norrbottens län", "family": "(pdf front page)",
           "pages": {"/dokument/ljungmora-informerar.pdf": "ljungmora-informerar.pdf"},
           "redirects": {"/": ["/dokument/ljungmora-informerar.pdf", 302]},
           "robots": "User-agent: *\nDisallow:\n", "front_status": None}
    (d / "site.json").write_text(json.dumps(man, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def make_pdf(lines):
    text = "BT /F1 14 Tf 72 760 Td 18 TL " + " ".join(f"({ln}) Tj T*" for ln in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(text)} >>\nstream\n{text}\nendstream", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


if __name__ == "__main__":
    for site in SITES:
        write_site(site)
    write_status_sites()
    print("wrote", len(SITES) + 3, "sites to", ROOT)
