"""Typing aid that writes tests/blind42/sites/ (the HTML files are the corpus).

    python3 tests/blind42/tools/build_sites.py

Ten small fictional municipalities (kommunkod 9465-9474). Labels are not generated:
they are hand-written in labels.csv.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
OUT = CORPUS / "sites"

AREAS = {
    "skola": ("Barn och utbildning", "Förskola, grundskola, fritidshem och gymnasieval. Ansök om plats i förskolan via "
              "e-tjänsten eller blanketten. Skolskjuts söks hos skolan."),
    "omsorg": ("Omsorg och stöd", "Hemtjänst, särskilt boende, färdtjänst och stöd till personer med funktionsnedsättning. "
               "Biståndshandläggaren utreder din ansökan."),
    "bygga": ("Bygga, bo och miljö", "Bygglov, avfall och återvinning, vatten och avlopp, enskilda avlopp och "
              "livsmedelskontroll. Sophämtning sker varannan vecka."),
    "fritid": ("Kultur och fritid", "Bibliotek, badhus, idrottshallar, föreningsbidrag och evenemang. Biblioteket har "
               "meröppet alla dagar 6–22."),
    "kommun": ("Kommun och politik", "Kommunfullmäktige, kommunstyrelsen, nämnder, protokoll, budget och "
               "organisation. Sammanträden är öppna för allmänheten."),
}


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- chrome
def footer_lines(S: dict) -> str:
    return (f"<p><strong>{S['kommun']} kommun</strong><br>{S['adress']}, {S['postnr']} {S['ort']}<br>"
            f"Kommunens växel: {S['vaxel']}<br>E-post: kommun@{S['dom']}.se<br>Org.nr {S['orgnr']}</p>")


def footer_links(S: dict, sep: str = " | ") -> str:
    links = [("Tillgänglighetsredogörelse", S["p_tillg"]), ("Om kakor", S["p_tillg"] + "#kakor"),
             ("Kontakt", S["p_kontakt"])]
    return sep.join(f'<a href="{h}">{t}</a>' for t, h in links)


def menu_items(S: dict) -> list:
    return S["menu"]


def chrome_table(S, title, body, front):
    menu = " | ".join(f'<a href="{h}"><font color="#ffffff"><b>{esc(t)}</b></font></a>' for t, h, *_ in S["menu"])
    left = "<br>".join(f'<a href="{h}">{esc(t)}</a>' for t, h in S.get("left", []))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{esc(title)}</title></head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<table width="900" align="center" border="0" cellpadding="4" cellspacing="0">
<tr><td bgcolor="#2b5f2b" colspan="2"><a href="{S['home']}"><font size="5" color="#ffffff" face="Verdana">{S['kommun']} kommun</font></a>
&nbsp;&nbsp;<form action="/sok/" method="get" style="display:inline"><font size="1" color="#ffffff">Sök:</font> <input type="text" name="q" size="15"> <input type="submit" value="Sök"></form></td></tr>
<tr><td bgcolor="#3c7a3c" colspan="2"><font face="Verdana" size="2">{menu}</font></td></tr>
<tr><td width="170" valign="top" bgcolor="#eef5ee"><font face="Verdana" size="2"><b>Genvägar</b><br>{left}</font></td>
<td valign="top"><font face="Verdana" size="2">
{body}
</font></td></tr>
<tr><td colspan="2" bgcolor="#dddddd"><font face="Verdana" size="1">{footer_lines(S)}{S.get('footer_extra', '')}<p>{footer_links(S)}</p>
<p>Senast uppdaterad 2026-10-02</p></font></td></tr>
</table></body></html>
"""


def chrome_sitevision(S, title, body, front):
    nav = "\n".join(f'<li class="sv-menu-item"><a class="sv-menu-link" href="{h}">{esc(t)}</a></li>' for t, h, *_ in S["menu"])
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/sitevision/system-resource/css/sv-default.css" media="print" disabled>
<style>.sv-layout{{margin:0 auto;max-width:1100px}} .sv-menu-item{{display:inline-block;margin-right:1em}}</style></head>
<body class="sv-responsive">
<div class="sv-layout" id="svid10_header">
 <div class="sv-portlet sv-skip-spacer"><a href="#innehall">Till innehållet</a></div>
 <div class="sv-layout sv-template-portlet" id="svid12_toppen">
  <div class="sv-portlet"><a href="{S['home']}"><img alt="{S['kommun']} kommun, till startsidan" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></a></div>
  <div class="sv-portlet sv-searchform-portlet"><form action="/sok/" method="get"><label for="q">Sök på webbplatsen</label><input id="q" name="q" type="search"><button>Sök</button></form></div>
  <div class="sv-portlet"><a href="{S['p_tillg']}">Lyssna</a> <a href="{S['p_tillg']}">Lättläst</a></div>
 </div>
 <div class="sv-layout" id="svid12_meny"><ul class="sv-menu">
{nav}
 </ul></div>
</div>
<div class="sv-layout" id="innehall">
{body}
</div>
<div class="sv-layout sv-footer" id="svid10_sidfot">
 <div class="sv-portlet sv-text-portlet">{footer_lines(S)}</div>
 <div class="sv-portlet sv-text-portlet">{S.get('footer_extra', '')}<p>{footer_links(S)}</p></div>
</div>
<script>/* sv analytics stub */ var svDocReady = true;</script>
</body></html>
"""


def chrome_municipio(S, title, body, front):
    drawer = []
    for t, h, *sub in S["menu"]:
        subs = "".join(f'<li><a href="{sh}">{esc(st)}</a></li>' for st, sh in (sub[0] if sub else []))
        drawer.append(f'<li class="c-nav__item"><a href="{h}">{esc(t)}</a>' + (f'<ul class="c-nav__sub">{subs}</ul>' if subs else "") + "</li>")
    top = " ".join(f'<a class="c-topbar__link" href="{h}">{esc(t)}</a>' for t, h in S["topbar"])
    return f"""<!DOCTYPE html>
<html lang="sv-SE"><head><meta charset="UTF-8"><title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/wp-content/themes/municipio/assets/dist/css/app.css" media="print" disabled>
</head>
<body class="wp-theme-municipio page-template-default">
<header class="c-header" id="site-header">
 <div class="c-topbar">{top}</div>
 <div class="c-header__main"><a class="c-header__logo" href="{S['home']}"><span class="c-logo">{S['kommun']} kommun</span></a>
  <form class="c-search" role="search" action="/" method="get"><input type="search" name="s" aria-label="Sök" placeholder="Vad letar du efter?"><button>Sök</button></form>
  <button class="c-button js-drawer-toggle" aria-expanded="false" aria-controls="drawer">Meny</button></div>
 <div class="c-drawer" id="drawer" hidden><nav aria-label="Huvudmeny"><ul class="c-nav">
{"".join(drawer)}
 </ul></nav></div>
</header>
<main id="main-content" class="o-container">
{body}
</main>
<footer class="c-footer"><div class="o-grid"><div class="c-footer__col">{footer_lines(S)}</div>
<div class="c-footer__col">{S.get('footer_extra', '')}<p>{footer_links(S)}</p></div></div></footer>
<script>document.querySelector('.js-drawer-toggle').addEventListener('click',function(){{var d=document.getElementById('drawer');d.hidden=!d.hidden;}});</script>
</body></html>
"""


def chrome_bootstrap(S, title, body, front):
    items = []
    for t, h, *sub in S["menu"]:
        if sub and sub[0]:
            subs = "".join(f'<li><a class="dropdown-item" href="{sh}">{esc(st)}</a></li>' for st, sh in sub[0])
            items.append(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{h}" data-bs-toggle="dropdown">{esc(t)}</a>'
                         f'<ul class="dropdown-menu">{subs}</ul></li>')
        else:
            items.append(f'<li class="nav-item"><a class="nav-link" href="{h}">{esc(t)}</a></li>')
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>.dropdown-menu{{display:none}} .nav-item:hover .dropdown-menu{{display:block}}</style></head>
<body>
<div class="bg-light small py-1"><div class="container text-end"><a href="{S['p_tillg']}">Lyssna</a> · <a href="{S['p_tillg']}">In English</a></div></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">
 <a class="navbar-brand" href="{S['home']}">{S['kommun']} kommun</a>
 <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>
 <div class="collapse navbar-collapse" id="nav"><ul class="navbar-nav me-auto">{"".join(items)}</ul>
 <form class="d-flex" action="/sok/" method="get"><input class="form-control me-2" type="search" name="q" aria-label="Sök"><button class="btn btn-light">Sök</button></form></div>
</div></nav>
<div class="container my-4">
{body}
</div>
<div class="bg-dark text-white py-4"><div class="container"><div class="row"><div class="col-md-6">{footer_lines(S)}</div>
<div class="col-md-6">{S.get('footer_extra', '')}<p>{footer_links(S)}</p></div></div></div></div>
</body></html>
"""


def chrome_soup(S, title, body, front):
    nav = "".join(f'<div class="m3"><a href="{h}">{esc(t)}</a></div>' for t, h, *_ in S["menu"])
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="description" content="{esc(S.get('meta', ''))}">
<style>.q1{{background:#334}} .m3{{display:inline-block;padding:6px}} .zz{{max-width:980px;margin:auto}}</style></head>
<body><div class="zz">
<div class="q1"><div class="q2"><a href="{S['home']}"><span class="lg">{S['kommun'].upper()} KOMMUN</span></a></div>
<div class="q3"><form action="/sok/" method="get"><input name="q" placeholder="Sök"><input type="submit" value="Sök"></form></div></div>
<div class="q4">{nav}</div>
<div class="c9">
{body}
</div>
<div class="b7">{footer_lines(S)}{S.get('footer_extra', '')}<div>{footer_links(S)}</div></div>
</div></body></html>
"""


def chrome_semantic(S, title, body, front):
    nav = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h, *_ in S["menu"])
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<header><a href="{S['home']}" class="logo"><svg width="40" height="40" aria-hidden="true"><circle cx="20" cy="20" r="18"/></svg> {S['kommun']} kommun</a>
<form action="/sok/" method="get" role="search"><label>Sök <input type="search" name="q"></label> <button>Sök</button></form>
<nav aria-label="Huvudmeny"><ul>{nav}</ul></nav></header>
<main>
{body}
</main>
<footer>{footer_lines(S)}{S.get('footer_extra', '')}<p>{footer_links(S)}</p></footer>
</body></html>
"""


def chrome_smallvendor(S, title, body, front):
    nav = "".join(f'<a class="menylank" href="{h}">{esc(t)}</a>' for t, h, *_ in S["menu"])
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="generator" content="WebbKit 3.2 (Kommunwebb i Dalarna AB)">
<style>#top{{background:#a22;color:#fff}} .menylank{{margin-right:14px}} #puff{{border:2px solid #a22;padding:1em}}</style></head>
<body>
<div id="top"><div id="logga"><a href="{S['home']}"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{S['kommun']} kommun"></a></div>
<div id="sokruta"><form action="/sok/" method="get"><input type="text" name="q" title="Sök"><input type="submit" value="Sök"></form></div>
<div id="verktyg"><a href="{S['p_tillg']}">Lyssna</a> <a href="{S['p_tillg']}">Textstorlek</a></div></div>
<div id="meny">{nav}</div>
<div id="innehall">
{body}
</div>
<div id="sidfot">{footer_lines(S)}{S.get('footer_extra', '')}<p>{footer_links(S)}</p><p>Webbplatsen levereras av Kommunwebb i Dalarna AB</p></div>
</body></html>
"""


def chrome_wpclassic(S, title, body, front):
    nav = "".join(f'<li class="menu-item"><a href="{h}">{esc(t)}</a></li>' for t, h, *_ in S["menu"])
    return f"""<!DOCTYPE html>
<html lang="sv-SE"><head><meta charset="UTF-8"><title>{esc(title)}</title>
<link rel="stylesheet" id="twentysixteen-style-css" href="/wp-content/themes/twentysixteen/style.css" media="print" disabled></head>
<body class="page wp-custom-logo">
<div id="page" class="site">
<div class="site-inner">
<div id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="{S['home']}" rel="home">{S['kommun']} kommun</a></p>
<p class="site-description">Här är det nära till allt</p></div>
<div id="site-header-menu" class="site-header-menu"><div id="site-navigation" class="main-navigation"><ul id="menu-huvudmeny" class="primary-menu">{nav}</ul></div></div>
<form role="search" method="get" class="search-form" action="/sok/"><label><span class="screen-reader-text">Sök efter:</span><input type="search" class="search-field" name="q"></label><button type="submit" class="search-submit">Sök</button></form>
</div>
<div id="content" class="site-content"><div id="primary" class="content-area"><div id="main" class="site-main"><article class="page"><div class="entry-content">
{body}
</div></article></div></div></div>
<div id="colophon" class="site-footer"><div class="widget">{footer_lines(S)}</div><div class="widget">{S.get('footer_extra', '')}<p>{footer_links(S)}</p></div>
<div class="site-info">Drivs med WordPress</div></div>
</div></div></body></html>
"""


def chrome_joomla(S, title, body, front):
    items = []
    for i, (t, h, *sub) in enumerate(S["menu"]):
        subs = "".join(f'<li class="item-{200 + i * 10 + j}"><a href="{sh}">{esc(st)}</a></li>' for j, (st, sh) in enumerate(sub[0] if sub else []))
        items.append(f'<li class="item-{101 + i}{" deeper parent" if subs else ""}"><a href="{h}">{esc(t)}</a>' +
                     (f'<ul class="nav-child unstyled small">{subs}</ul>' if subs else "") + "</li>")
    return f"""<!DOCTYPE html>
<html lang="sv-se" dir="ltr"><head><meta charset="utf-8"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
<style>.nav-child{{display:none}} .deeper:hover .nav-child{{display:block}}</style></head>
<body class="site com_content view-article">
<div class="body"><div class="container">
<div class="header"><div class="header-inner clearfix"><a class="brand pull-left" href="{S['home']}"><span class="site-title" title="{S['kommun']} kommun">{S['kommun']} kommun</span></a>
<div class="header-search pull-right"><div class="moduletable"><form action="/sok/" method="get" class="form-inline"><label for="mod-search-searchword" class="element-invisible">Sök</label><input name="q" id="mod-search-searchword" class="inputbox search-query" type="search" placeholder="Sök ..."></form></div></div></div></div>
<div class="navigation"><div class="moduletable_menu"><ul class="nav menu nav-pills mod-list" id="top-menu">{"".join(items)}</ul></div></div>
<div class="row-fluid"><div id="content" class="span12"><div class="item-page">
{body}
</div></div></div>
<div class="footer"><div class="moduletable">{footer_lines(S)}</div><div class="moduletable">{S.get('footer_extra', '')}<p>{footer_links(S)}</p></div></div>
</div></div></body></html>
"""


def chrome_xhtml(S, title, body, front):
    nav = "\n".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h, *_ in S["menu"])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv" lang="sv"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{esc(title)}</title>
<style type="text/css">#vanster{{float:left;width:200px}} #mitten{{margin-left:220px}} #huvud{{height:90px}}</style></head>
<body>
<div id="wrapper">
<div id="huvud"><a href="{S['home']}"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{S['kommun']} kommun - startsida" width="300" height="80" /></a>
<div id="sok"><form action="/sok/" method="get"><div><input type="text" name="q" value="" /> <input type="submit" value="Sök" /></div></form></div></div>
<div id="vanster"><ul id="huvudmeny">
{nav}
</ul></div>
<div id="mitten">
{body}
</div>
<div id="fot" style="clear:both">{footer_lines(S)}{S.get('footer_extra', '')}<p>{footer_links(S)}</p></div>
</div></body></html>
"""


CHROME = {"table": chrome_table, "sitevision": chrome_sitevision, "municipio": chrome_municipio,
          "bootstrap": chrome_bootstrap, "soup": chrome_soup, "semantic": chrome_semantic,
          "smallvendor": chrome_smallvendor, "wpclassic": chrome_wpclassic, "joomla": chrome_joomla,
          "xhtml": chrome_xhtml}


# ---------------------------------------------------------------- helpers
def area_body(key: str, links: list[tuple[str, str]], extra: str = "") -> tuple[str, str]:
    t, txt = AREAS[key]
    lis = "".join(f'<li><a href="{h}">{esc(x)}</a></li>' for x, h in links)
    return t, f"<h1>{t}</h1>\n<p>{txt}</p>\n{extra}" + (f"<h2>Läs mer</h2><ul>{lis}</ul>" if lis else "")


def news_list(items: list[tuple[str, str, str]]) -> str:
    return "<ul class=\"nyheter\">" + "".join(
        f'<li><span class="datum">{d}</span> <a href="{h}">{esc(t)}</a></li>' for t, h, d in items) + "</ul>"


def tillg_body(S: dict) -> tuple[str, str]:
    return "Tillgänglighetsredogörelse", (
        f"<h1>Tillgänglighetsredogörelse</h1><p>{S['kommun']} kommun står bakom den här webbplatsen. Vi vill att så många "
        "som möjligt ska kunna använda den.</p><p>Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital "
        "offentlig service. Kontakta oss om du upptäcker brister.</p><h2 id=\"kakor\">Om kakor</h2><p>Vi använder "
        "endast nödvändiga kakor.</p>")


# ---------------------------------------------------------------- the sites
def base(code, kommun, lan_kod, lan, family, dom, vaxel, postnr, ort, adress, orgnr):
    return {"code": code, "kommun": kommun, "lan_kod": lan_kod, "lan": lan, "family": family, "dom": dom,
            "vaxel": vaxel, "postnr": postnr, "ort": ort, "adress": adress, "orgnr": orgnr,
            "home": "/", "p_tillg": "/tillganglighet/", "p_kontakt": "/kontakt/", "redirects": {},
            "hits": {}, "pages": {}}


def std_menu(paths: dict, last: list) -> list:
    return [(AREAS[k][0], paths[k]) for k in ("skola", "omsorg", "bygga", "fritid", "kommun")] + last


SITES: list[dict] = []

# 9465 Ormsjö: old table layout, Latin-1; only a switchboard ("Kommunens växel") -> 0
S = base("9465", "Ormsjö", "23", "Jämtlands län", "table", "ormsjo", "0980-319 200", "999 31", "Ormsjö",
         "Kommunhuset, Storgatan 4", "212000-9465")
S.update(home="/start.htm", p_tillg="/tillganglighet.htm", p_kontakt="/kontakt.htm", charset="iso-8859-1")
S["redirects"] = {"/": ["/start.htm", 302]}
P = {"skola": "/skola.htm", "omsorg": "/omsorg.htm", "bygga": "/bygga.htm", "fritid": "/fritid.htm", "kommun": "/kommunen.htm"}
S["menu"] = [("Startsida", "/start.htm"), *std_menu(P, [("Kontakta oss", "/kontakt.htm")])]
S["left"] = [("Nyheter", "/nyheter.htm"), ("Ormsjö Energi AB", "/energi.htm"), ("Lediga jobb", "/kommunen.htm")]
S["footer_extra"] = "<p>Ormsjö Energi AB, kundtjänst 0980-319 250 (el och fjärrvärme)</p>"
S["pages"] = {
    "/start.htm": ("index.html", None,
                   "<h1>Välkommen till Ormsjö kommun</h1><p>Ormsjö är en liten kommun vid sjön med 2 400 invånare.</p>"
                   "<h2>Aktuellt</h2>" + news_list([
                       ("Försäkringskassans och Skatteverkets servicekontor i Grannvik stänger", "/nyhet-servicekontor.htm", "2026-09-14"),
                       ("Ny tömningsdag för sopor i Västbyn", "/nyhet-sopor.htm", "2026-08-30")]) +
                   "<p><a href=\"/nyheter.htm\">Fler nyheter</a></p><h2>Driftinformation</h2><p>Inga störningar just nu.</p>"),
    "/nyheter.htm": ("nyheter.html", "Nyheter", "<h1>Nyheter</h1>" + news_list([
        ("Försäkringskassans och Skatteverkets servicekontor i Grannvik stänger", "/nyhet-servicekontor.htm", "2026-09-14"),
        ("Ny tömningsdag för sopor i Västbyn", "/nyhet-sopor.htm", "2026-08-30")])),
    "/nyhet-servicekontor.htm": ("nyhet-servicekontor.html", "Servicekontoret i Grannvik stänger",
        "<h1>Försäkringskassans och Skatteverkets servicekontor i Grannvik stänger</h1><p class=\"datum\">2026-09-14</p>"
        "<p>Statens servicecenter stänger sitt servicekontor i Grannvik den 1 december. Närmaste servicekontor finns "
        "därefter i Länsstaden. Kommunen har framfört att beslutet drabbar våra invånare.</p>"),
    "/nyhet-sopor.htm": ("nyhet-sopor.html", "Ny tömningsdag",
        "<h1>Ny tömningsdag för sopor i Västbyn</h1><p>Från vecka 37 töms kärlen i Västbyn på onsdagar.</p>"),
    "/energi.htm": ("energi.html", "Ormsjö Energi AB",
        "<h1>Ormsjö Energi AB</h1><p>Kommunens helägda bolag levererar el och fjärrvärme. Ormsjö Energi AB:s kundtjänst "
        "svarar på frågor om elavtal, fakturor och avbrott, telefon 0980-319 250, vardagar 8–16, kundtjanst@ormsjoenergi.se.</p>"
        "<p>Kundtjänstchef på Ormsjö Energi AB: Rolf Nordin.</p>"),
    "/kontakt.htm": ("kontakt.html", "Kontakta oss",
        "<h1>Kontakta oss</h1><h2>Kommunens växel</h2><p>Ring växeln om du inte vet vem du ska prata med. Växeln hjälper "
        "dig med frågor om till exempel sophämtning, skolskjuts och bygglov, eller kopplar dig vidare till rätt "
        "handläggare.</p><table border=\"1\" cellpadding=\"3\"><tr><td>Telefon</td><td>0980-319 200</td></tr>"
        "<tr><td>Telefontider</td><td>Måndag–fredag 8.00–16.00</td></tr><tr><td>E-post</td><td>kommun@ormsjo.se</td></tr>"
        "<tr><td>Besöksadress</td><td>Storgatan 4, Ormsjö</td></tr></table>"
        "<p>Ansvarig för växel och reception: Kerstin Nyman, administratör.</p>"
        "<h2>Politiker</h2><p>Kommunstyrelsens ordförande Sven Holm, 0980-319 201.</p>"),
}
for k in P:
    t, b = area_body(k, [("Kontakta oss", "/kontakt.htm")])
    S["pages"][P[k]] = (P[k].strip("/").replace(".htm", ".html"), t, b)
S["pages"]["/tillganglighet.htm"] = ("tillganglighet.html", *tillg_body(S))
S["hits"] = {"växel": ["/kontakt.htm"]}
SITES.append(S)

# 9466 Lillmyra: Sitevision-like, top-level "Servicecenter" (the switchboard is part of it) -> 5
S = base("9466", "Lillmyra", "21", "Gävleborgs län", "sitevision", "lillmyra", "031-390 06 00", "999 41", "Lillmyra",
         "Kommunhuset, Torget 1", "212000-9466")
P = {"skola": "/barn-och-utbildning.html", "omsorg": "/omsorg-och-stod.html", "bygga": "/bygga-bo-och-miljo.html",
     "fritid": "/kultur-och-fritid.html", "kommun": "/kommun-och-politik.html"}
SVC = "/servicecenter.4.61a2b3c4.html"
S["p_tillg"] = "/tillganglighet.4.11aa.html"
S["p_kontakt"] = SVC
S["menu"] = std_menu(P, [("Servicecenter", SVC)])
S["footer_extra"] = "<p>Följ oss på Facebook</p>"
S["pages"] = {
    "/": ("index.html", None,
          "<div class=\"sv-layout sv-hero\"><h1>Välkommen till Lillmyra</h1><p>Kommunen mitt i skogslandet, 4 100 invånare.</p>"
          "<ul class=\"sv-shortcuts\"><li><a href=\"" + P["skola"] + "\">Ansök om förskola</a></li><li><a href=\"" + P["bygga"] +
          "\">Sophämtning</a></li><li><a href=\"/lediga-jobb.4.22bb.html\">Lediga jobb</a></li></ul></div>"
          "<div class=\"sv-layout sv-news\"><h2>Nyheter</h2>" + news_list([
              ("Statens servicecenter har öppet i biblioteket varannan tisdag", "/nyheter/statens-servicecenter.html", "2026-10-01"),
              ("Julmarknad på torget", "/nyheter/julmarknad.html", "2026-09-20")]) + "</div>"),
    SVC: ("servicecenter.html", "Servicecenter",
          "<h1>Servicecenter</h1><p class=\"sv-ingress\">Servicecenter är kommunens väg in. Kommunens växel ingår i Servicecenter.</p>"
          "<p>Hos oss kan du få hjälp med frågor om skolskjuts, förskoleplats, avfallshämtning, bygglov och felanmälan av "
          "gatubelysning. Kan vi inte svara direkt ser vi till att rätt handläggare kontaktar dig.</p>"
          "<h2>Så når du oss</h2><p>Telefon: <a href=\"tel:+46313900600\">031-390 06 00</a><br>E-post: servicecenter@lillmyra.se<br>"
          "Besöksadress: Torget 1, Lillmyra</p><table class=\"sv-table\"><caption>Öppettider</caption><tr><th>Måndag–torsdag</th>"
          "<td>8.00–16.30</td></tr><tr><th>Fredag</th><td>8.00–15.00</td></tr></table>"
          "<h2>Vilka är vi?</h2><p>Servicecenter leds av Maria Alm, som också är kommunens kommunikatör och webbredaktör. "
          "Tillsammans med en kollega svarar hon i telefon och tar emot besökare.</p>"),
    "/organisation.4.33cc.html": ("organisation.html", "Organisation",
          "<h1>Organisation</h1><p>Kommunchef: Bengt Ros. Kommunledningskontoret består av ekonomi, personal och "
          "<a href=\"" + SVC + "\">Servicecenter</a>.</p>"),
    "/lediga-jobb.4.22bb.html": ("jobb.html", "Lediga jobb", "<h1>Lediga jobb</h1><p>Just nu söker vi en undersköterska till hemtjänsten.</p>"),
    "/nyheter.4.44dd.html": ("nyheter.html", "Nyheter", "<h1>Nyheter</h1>" + news_list([
        ("Statens servicecenter har öppet i biblioteket varannan tisdag", "/nyheter/statens-servicecenter.html", "2026-10-01"),
        ("Julmarknad på torget", "/nyheter/julmarknad.html", "2026-09-20")])),
    "/nyheter/statens-servicecenter.html": ("nyhet-statens.html", "Statens servicecenter i biblioteket",
        "<h1>Statens servicecenter har öppet i biblioteket varannan tisdag</h1><p>Från oktober finns Statens servicecenter "
        "på plats i biblioteket varannan tisdag 10–14. Där får du hjälp med ärenden hos Försäkringskassan, Skatteverket och "
        "Pensionsmyndigheten.</p><p><a href=\"/nyheter.4.44dd.html\">Alla nyheter</a></p>"),
    "/nyheter/julmarknad.html": ("nyhet-jul.html", "Julmarknad", "<h1>Julmarknad på torget</h1><p>Välkommen till julmarknad den 13 december.</p>"),
}
for k in P:
    links = [("Organisation", "/organisation.4.33cc.html")] if k == "kommun" else [("Servicecenter", SVC)]
    t, b = area_body(k, links)
    S["pages"][P[k]] = (P[k].strip("/"), t, b)
S["pages"][S["p_tillg"]] = ("tillganglighet.html", *tillg_body(S))
S["hits"] = {"servicecenter": [SVC], "kontaktcenter": []}
SITES.append(S)

# 9467 Backfors: Municipio drawer; top bar "Kontakta oss" -> page that names the kontaktcenter in passing -> 3
S = base("9467", "Backfors", "17", "Värmlands län", "municipio", "backfors", "031-390 06 20", "999 51", "Backfors",
         "Kommunhuset, Bruksgatan 9", "212000-9467")
P = {"skola": "/barn-och-utbildning/", "omsorg": "/omsorg-och-stod/", "bygga": "/bygga-bo-och-miljo/",
     "fritid": "/kultur-och-fritid/", "kommun": "/kommun-och-politik/"}
S["p_kontakt"] = "/kontakta-oss/"
S["menu"] = [(AREAS["skola"][0], P["skola"], [("Förskola", P["skola"]), ("Grundskola", P["skola"])]),
             (AREAS["omsorg"][0], P["omsorg"], [("Hemtjänst", P["omsorg"])]),
             (AREAS["bygga"][0], P["bygga"], [("Bygglov", P["bygga"]), ("Avfall", P["bygga"])]),
             (AREAS["fritid"][0], P["fritid"], []),
             (AREAS["kommun"][0], P["kommun"], [("Nämnder och styrelser", P["kommun"]), ("Kontakta oss", "/kontakta-oss/")])]
S["topbar"] = [("Kontakta oss", "/kontakta-oss/"), ("Lyssna", "/tillganglighet/"), ("In English", "/in-english/")]
S["redirects"] = {"/kontakt": ["/kontakta-oss/", 301], "/kontakt/": ["/kontakta-oss/", 301]}
S["footer_extra"] = "<p>Bostäder: <a href=\"/backforshem/\">Backforshem AB</a>, kundtjänst 031-390 06 40</p>"
S["pages"] = {
    "/": ("index.html", None,
          "<section class=\"c-hero\"><h1>Backfors – bruksorten vid älven</h1><p>3 200 invånare, en skola och mycket skog.</p></section>"
          "<section class=\"c-cards\"><h2>Genvägar</h2><div class=\"c-card\"><a href=\"" + P["skola"] + "\">Förskola och skola</a></div>"
          "<div class=\"c-card\"><a href=\"" + P["bygga"] + "\">Avfall och återvinning</a></div>"
          "<div class=\"c-card\"><a href=\"/backforshem/\">Söker du bostad?</a></div></section>"
          "<section class=\"c-news\"><h2>Nyheter</h2>" + news_list([
              ("Backforshem AB öppnar ny kundtjänst i centrum", "/nyheter/backforshem-kundtjanst/", "2026-09-28"),
              ("Älvdagen lockade 800 besökare", "/nyheter/alvdagen/", "2026-09-02")]) + "</section>"),
    "/kontakta-oss/": ("kontakta-oss.html", "Kontakta oss",
          "<h1>Kontakta oss</h1><p>Ring kommunens växel på 031-390 06 20. Växeln bemannas av vårt kontaktcenter vardagar "
          "8–16. Du kan också skicka e-post till kommunen@backfors.se.</p><p>Postadress: Backfors kommun, 999 51 Backfors<br>"
          "Besöksadress: Bruksgatan 9</p><h2>Politiker och ledning</h2><p>Kommunstyrelsens ordförande: Ulla Bäck<br>"
          "Kommunchef: Lars Ekström</p><p class=\"c-page-meta\">Sidansvarig: Jonas Lilja</p>"),
    "/backforshem/": ("backforshem.html", "Backforshem AB",
          "<h1>Backforshem AB</h1><p>Backforshem AB är kommunens bostadsbolag. Bostadskön och felanmälan sköts av "
          "Backforshems kundtjänst, 031-390 06 40, kundtjanst@backforshem.se.</p>"),
    "/nyheter/backforshem-kundtjanst/": ("nyhet-backforshem.html", "Backforshem AB öppnar ny kundtjänst",
          "<h1>Backforshem AB öppnar ny kundtjänst i centrum</h1><p>Bostadsbolagets kundtjänst flyttar till Bruksgatan 3 och "
          "får längre öppettider.</p><p><a href=\"/nyheter/\">Alla nyheter</a></p>"),
    "/nyheter/alvdagen/": ("nyhet-alvdagen.html", "Älvdagen", "<h1>Älvdagen lockade 800 besökare</h1><p>Tack alla som kom!</p>"),
    "/nyheter/": ("nyheter.html", "Nyheter", "<h1>Nyheter</h1>" + news_list([
        ("Backforshem AB öppnar ny kundtjänst i centrum", "/nyheter/backforshem-kundtjanst/", "2026-09-28"),
        ("Älvdagen lockade 800 besökare", "/nyheter/alvdagen/", "2026-09-02")])),
    "/in-english/": ("in-english.html", "In English", "<h1>In English</h1><p>Backfors is a small municipality in Värmland. "
                     "Call the switchboard, 031-390 06 20.</p>"),
}
for k in P:
    t, b = area_body(k, [("Kontakta oss", "/kontakta-oss/")])
    S["pages"][P[k]] = (P[k].strip("/") + ".html", t, b)
S["pages"]["/tillganglighet/"] = ("tillganglighet.html", *tillg_body(S))
S["search_path"], S["search_param"], S["search_tpl_path"] = "/", "s", None
S["hits"] = {"kontaktcenter": ["/kontakta-oss/"]}
SITES.append(S)

# 9468 Tjärnå: Bootstrap; "servicecentret" only in the body of an old news item in the archive -> 1
S = base("9468", "Tjärnå", "24", "Västerbottens län", "bootstrap", "tjarna", "0980-319 230", "999 61", "Tjärnå",
         "Kommunhuset, Skolvägen 2", "212000-9468")
P = {"skola": "/skola/", "omsorg": "/omsorg/", "bygga": "/bygga-bo/", "fritid": "/fritid/", "kommun": "/kommunen/"}
NEWS = [("Höstlov med aktiviteter för alla", "/nyheter/hostlov/", "2026-10-12"),
        ("Nya taxor för vatten och avlopp 2027", "/nyheter/va-taxa/", "2026-10-03"),
        ("Kommunen söker sommarvikarier", "/nyheter/sommarvikarier/", "2026-09-25"),
        ("Sommartider i kommunhuset", "/nyheter/sommartider/", "2026-06-18")]
S["menu"] = [(AREAS["skola"][0], P["skola"], [("Förskola", P["skola"]), ("Skolskjuts", P["skola"])]),
             (AREAS["omsorg"][0], P["omsorg"], []),
             (AREAS["bygga"][0], P["bygga"], [("Bygglov", P["bygga"]), ("Vatten och avlopp", "/nyheter/va-taxa/")]),
             (AREAS["fritid"][0], P["fritid"], []),
             (AREAS["kommun"][0], P["kommun"], [("Nyheter", "/nyheter/"), ("Kontakt", "/kontakt/")]),
             ("Kontakt", "/kontakt/")]
S["pages"] = {
    "/": ("index.html", None,
          "<div class=\"p-5 mb-4 bg-light rounded-3\"><h1>Välkommen till Tjärnå kommun</h1><p class=\"lead\">Fjällnära, "
          "1 900 invånare.</p></div><div class=\"row\"><div class=\"col-md-8\"><h2>Nyheter</h2>" + news_list(NEWS[:3]) +
          "<p><a class=\"btn btn-outline-primary\" href=\"/nyheter/\">Alla nyheter</a></p></div><div class=\"col-md-4\">"
          "<h2>Snabblänkar</h2><ul><li><a href=\"" + P["skola"] + "\">Ansök om förskoleplats</a></li><li><a href=\"" + P["bygga"] +
          "\">Sök bygglov</a></li><li><a href=\"/nyheter/sommarvikarier/\">Jobba hos oss</a></li></ul></div></div>"),
    "/nyheter/": ("nyheter.html", "Nyheter", "<h1>Nyheter</h1>" + news_list(NEWS)),
    "/nyheter/hostlov/": ("nyhet-hostlov.html", "Höstlov", "<h1>Höstlov med aktiviteter för alla</h1><p>Fritidsgården har öppet varje dag under höstlovet.</p>"),
    "/nyheter/va-taxa/": ("nyhet-va.html", "VA-taxa", "<h1>Nya taxor för vatten och avlopp 2027</h1><p>Kommunfullmäktige har beslutat om en höjning med 4 procent.</p>"),
    "/nyheter/sommarvikarier/": ("nyhet-vikarier.html", "Sommarvikarier", "<h1>Kommunen söker sommarvikarier</h1><p>Vi söker vikarier till hemtjänsten och förskolan.</p>"),
    "/nyheter/sommartider/": ("nyhet-sommartider.html", "Sommartider i kommunhuset",
          "<h1>Sommartider i kommunhuset</h1><p class=\"text-muted\">2026-06-18</p><p>Under veckorna 27–32 har receptionen "
          "och servicecentret i kommunhuset öppet 9–12. Växeln svarar som vanligt vardagar 8–16 på 0980-319 230.</p>"
          "<p>Trevlig sommar!</p>"),
    "/kontakt/": ("kontakt.html", "Kontakt",
          "<h1>Kontakt</h1><p>Kommunens växel: 0980-319 230, vardagar 8–16.<br>E-post: kommun@tjarna.se</p>"
          "<p>Registrator tar emot handlingar till kommunen.</p>"),
}
for k in P:
    t, b = area_body(k, [("Kontakt", "/kontakt/")])
    S["pages"][P[k]] = (P[k].strip("/") + ".html", t, b)
S["pages"]["/tillganglighet/"] = ("tillganglighet.html", *tillg_body(S))
S["hits"] = {"servicecenter": ["/nyheter/sommartider/"], "servicecentret": ["/nyheter/sommartider/"]}
SITES.append(S)

# 9469 Svartlida: div soup; only excluded names (Bygglovsservice, housing company, Region, meta) -> 0
S = base("9469", "Svartlida", "25", "Norrbottens län", "soup", "svartlida", "0980-319 240", "999 71", "Svartlida",
         "Kommunhuset, Älvgatan 12", "212000-9469")
P = {"skola": "/forskola-skola/", "omsorg": "/omsorg/", "bygga": "/bygga-bo/", "fritid": "/fritid/", "kommun": "/kommunen/"}
S["meta"] = "Svartlida kommuns webbplats. Kommunens kundcenter hjälper dig."
S["menu"] = [(AREAS["skola"][0], P["skola"]), (AREAS["omsorg"][0], P["omsorg"]), (AREAS["bygga"][0], P["bygga"]),
             ("Bygglovsservice", "/bygglovsservice/"), (AREAS["fritid"][0], P["fritid"]),
             ("Näringsliv", "/naringsliv/"), (AREAS["kommun"][0], P["kommun"]), ("Kontakt", "/kontakt/")]
S["footer_extra"] = "<div>IT-support för anställda: 0980-319 249</div>"
S["pages"] = {
    "/": ("index.html", None,
          "<div class=\"h5\"><h1>Svartlida kommun</h1><p>Välkommen till oss i norr – 2 700 invånare.</p></div>"
          "<div class=\"k2\"><div class=\"k3\"><a href=\"/svartlidahus/\"><b>Svartlidahus AB</b><br>Kundtjänst för hyresgäster – "
          "felanmälan och bostadskö</a></div><div class=\"k3\"><a href=\"/bygglovsservice/\"><b>Bygglovsservice</b><br>"
          "Vi hjälper dig med ditt bygge</a></div><div class=\"k3\"><a href=\"/naringsliv/\"><b>Företagslots</b><br>Starta företag</a></div></div>"
          "<div class=\"n1\"><h2>Nyheter</h2>" + news_list([
              ("Region Norrbottens kundtjänst byter telefonnummer", "/nyheter/region-kundtjanst/", "2026-10-05"),
              ("Isbanan spolas i helgen", "/nyheter/isbanan/", "2026-11-20")]) + "</div>"),
    "/bygglovsservice/": ("bygglovsservice.html", "Bygglovsservice",
          "<h1>Bygglovsservice</h1><p>Bygglovsservice svarar på frågor om bygglov, anmälan, strandskydd och "
          "ritningar. Telefon 0980-319 245, bygglov@svartlida.se, telefontid tisdag och torsdag 9–11.</p>"
          "<p>Enhetschef för bygglovsservice: Tomas Lind.</p>"),
    "/naringsliv/": ("naringsliv.html", "Näringsliv",
          "<h1>Näringsliv</h1><p>Kommunens företagslots hjälper dig som vill starta eller utveckla företag. "
          "Näringslivsansvarig: Eva Mark, 0980-319 246.</p>"),
    "/svartlidahus/": ("svartlidahus.html", "Svartlidahus AB",
          "<h1>Svartlidahus AB</h1><p>Kommunens bostadsbolag. Svartlidahus kundtjänst: 0980-319 247, vardagar 8–15. "
          "Kundtjänstchef: Leif Berg.</p>"),
    "/nyheter/region-kundtjanst/": ("nyhet-region.html", "Region Norrbottens kundtjänst",
          "<h1>Region Norrbottens kundtjänst byter telefonnummer</h1><p>Regionens kundtjänst för sjukresor och "
          "patientavgifter har fått nytt nummer.</p><p><a href=\"/nyheter/\">Alla nyheter</a></p>"),
    "/nyheter/isbanan/": ("nyhet-isbanan.html", "Isbanan", "<h1>Isbanan spolas i helgen</h1><p>Isbanan vid skolan spolas.</p>"),
    "/nyheter/": ("nyheter.html", "Nyheter", "<h1>Nyheter</h1>" + news_list([
        ("Region Norrbottens kundtjänst byter telefonnummer", "/nyheter/region-kundtjanst/", "2026-10-05"),
        ("Isbanan spolas i helgen", "/nyheter/isbanan/", "2026-11-20")])),
    "/kontakt/": ("kontakt.html", "Kontakt",
          "<h1>Kontakt</h1><p>Kommunens växel: 0980-319 240, vardagar 8–16. E-post: kommun@svartlida.se.</p>"
          "<p>Kommunchef: Per Nilsson.</p>"),
}
for k in P:
    t, b = area_body(k, [("Kontakt", "/kontakt/")])
    S["pages"][P[k]] = (P[k].strip("/") + ".html", t, b)
S["pages"]["/tillganglighet/"] = ("tillganglighet.html", *tillg_body(S))
S["hits"] = {"bygglovsservice": ["/bygglovsservice/"], "kundtjänst": ["/svartlidahus/"]}
SITES.append(S)

# 9470 Rävsund: hand-written semantic; footer block "Medborgarservice och växel", no page -> 2
S = base("9470", "Rävsund", "08", "Kalmar län", "semantic", "ravsund", "040-628 04 10", "999 81", "Rävsund",
         "Kommunhuset, Hamngatan 5", "212000-9470")
P = {"skola": "/skola/", "omsorg": "/omsorg/", "bygga": "/bygga-bo/", "fritid": "/fritid/", "kommun": "/kommun-politik/"}
S["menu"] = std_menu(P, [("Kontakt", "/kontakt/")])
S["footer_extra"] = ("<section class=\"footer-contact\"><h2>Medborgarservice och växel</h2><p>Tel 040-628 04 10<br>"
                     "Vardagar 8–16<br>medborgarservice@ravsund.se</p></section>")
S["pages"] = {
    "/": ("index.html", None,
          "<section class=\"hero\"><h1>Rävsund – skärgårdskommunen</h1><p>5 600 invånare och 300 öar.</p>"
          "<p><a href=\"/faerjor/\">Färjetider</a> · <a href=\"" + P["skola"] + "\">Skolval</a></p></section>"
          "<section><h2>Nyheter</h2>" + news_list([
              ("Nya färjetider från 1 december", "/faerjor/", "2026-11-02"),
              ("Rävsunds Energi byter kundtjänstsystem", "/nyheter/energi/", "2026-10-15")]) + "</section>"),
    "/faerjor/": ("faerjor.html", "Färjetider", "<h1>Färjetider</h1><p>Vintertidtabellen gäller från 1 december. Färjan går varje timme 6–22.</p>"),
    "/nyheter/energi/": ("nyhet-energi.html", "Rävsunds Energi",
          "<h1>Rävsunds Energi byter kundtjänstsystem</h1><p>Rävsunds Energi AB:s kundtjänst har begränsade öppettider "
          "vecka 44 på grund av systembyte.</p>"),
    "/kontakt/": ("kontakt.html", "Kontakt",
          "<h1>Kontakt</h1><p>Ring växeln om du har frågor till kommunen. Telefonnummer och e-post hittar du längst ner på sidan.</p>"
          "<h2>Registrator</h2><p>Handlingar till kommunen skickas till registrator@ravsund.se.</p>"
          "<h2>Förtroendevalda</h2><p>Kommunstyrelsens ordförande: Maj Strand.</p>"),
    "/kommun-politik/organisation/": ("organisation.html", "Organisation",
          "<h1>Organisation</h1><p>Kommunchef: Henrik Ahl. Förvaltningen består av kommunkansliet, "
          "barn- och utbildningsförvaltningen, socialförvaltningen och samhällsbyggnadsförvaltningen.</p>"),
}
for k in P:
    links = [("Organisation", "/kommun-politik/organisation/")] if k == "kommun" else [("Kontakt", "/kontakt/")]
    t, b = area_body(k, links)
    S["pages"][P[k]] = (P[k].strip("/") + ".html", t, b)
S["pages"]["/tillganglighet/"] = ("tillganglighet.html", *tillg_body(S))
S["hits"] = {"medborgarservice": []}
SITES.append(S)

# 9471 Kvistaby: small vendor; hero box -> page "Kontakt Kvistaby", one person (kommunvägledare) does everything -> 4
S = base("9471", "Kvistaby", "20", "Dalarnas län", "smallvendor", "kvistaby", "08-465 004 10", "999 91", "Kvistaby",
         "Kommunhuset, Kyrkvägen 3", "212000-9471")
P = {"skola": "/skola.php", "omsorg": "/omsorg.php", "bygga": "/bygga.php", "fritid": "/fritid.php", "kommun": "/kommunen.php"}
S.update(p_tillg="/tillganglighet.php", p_kontakt="/kontakt-kvistaby.php")
S["menu"] = [("Start", "/"), *std_menu(P, [])]
S["pages"] = {
    "/": ("index.html", None,
          "<div id=\"puff\"><h1><a href=\"/kontakt-kvistaby.php\">Kontakt Kvistaby</a></h1><p>Ring, mejla eller kom in – vi "
          "hjälper dig vidare.</p></div><div id=\"nyheter\"><h2>Nyheter</h2>" + news_list([
              ("Vattenläcka på Bygatan åtgärdad", "/nyhet.php", "2026-11-03")]) +
          "<p><a href=\"/nyheter.php\">Fler nyheter</a></p></div><div id=\"genvagar\"><h2>Genvägar</h2><a href=\"" + P["skola"] +
          "\">Skolskjuts</a> <a href=\"" + P["bygga"] + "\">Bygglov</a></div>"),
    "/kontakt-kvistaby.php": ("kontakt-kvistaby.html", "Kontakt Kvistaby",
          "<h1>Kontakt Kvistaby</h1><p>Kontakt Kvistaby är kommunens gemensamma service för alla som bor i eller besöker "
          "Kvistaby. Här får du hjälp med frågor om förskola och skola, bygglov, avfall och vatten, och du kan lämna "
          "synpunkter och felanmälningar.</p><p>Oftast är det Anna Ek, kommunvägledare, som svarar. Hon sköter också "
          "växeln, kommunens webbplats och bokningen av lokaler.</p><h2>Kontaktuppgifter</h2><p>Telefon 08-465 004 10 "
          "(vardagar 8–12 och 13–16)<br>E-post: kontakt@kvistaby.se<br>Besök: Kyrkvägen 3</p>"
          "<p><a href=\"/organisation.php\">Så är kommunen organiserad</a></p><p class=\"sidinfo\">Sidansvarig: Anna Ek</p>"),
    "/organisation.php": ("organisation.html", "Organisation",
          "<h1>Organisation</h1><p>Kommunchef: Göran Tall. Kommunen har en förvaltning med tre avdelningar: "
          "utbildning, omsorg och samhällsbyggnad. Kontakt Kvistaby finns i kommunhuset.</p>"),
    "/nyhet.php": ("nyhet.html", "Vattenläcka", "<h1>Vattenläcka på Bygatan åtgärdad</h1><p>Vattnet är tillbaka.</p>"),
    "/nyheter.php": ("nyheter.html", "Nyheter", "<h1>Nyheter</h1>" + news_list([("Vattenläcka på Bygatan åtgärdad", "/nyhet.php", "2026-11-03")])),
}
for k in P:
    links = [("Organisation", "/organisation.php")] if k == "kommun" else [("Kontakt Kvistaby", "/kontakt-kvistaby.php")]
    t, b = area_body(k, links)
    S["pages"][P[k]] = (P[k].strip("/").replace(".php", ".html"), t, b)
S["pages"]["/tillganglighet.php"] = ("tillganglighet.html", *tillg_body(S))
S["hits"] = {"kontakt kvistaby": ["/kontakt-kvistaby.php"]}
SITES.append(S)

# 9472 Nordmossa: WordPress classic; kundtjänsten named in passing on the organisation page, with who leads it -> 2
S = base("9472", "Nordmossa", "04", "Södermanlands län", "wpclassic", "nordmossa", "08-465 004 20", "999 25", "Nordmossa",
         "Kommunhuset, Järnvägsgatan 7", "212000-9472")
P = {"skola": "/barn-och-skola/", "omsorg": "/omsorg/", "bygga": "/bygga-och-bo/", "fritid": "/fritid/", "kommun": "/kommun-och-politik/"}
S["menu"] = std_menu(P, [("Kontakt", "/kontakt/")])
S["redirects"] = {"/kontakt": ["/kontakt/", 301]}
S["pages"] = {
    "/": ("index.html", None,
          "<h1 class=\"entry-title\">Välkommen till Nordmossa</h1><p>Nordmossa är en kommun med 6 300 invånare.</p>"
          "<div class=\"wp-block-columns\"><div class=\"wp-block-column\"><h2>Nyheter</h2>" + news_list([
              ("Nordmossa Vatten AB:s kundtjänst har nytt nummer", "/2026/10/vatten-kundtjanst/", "2026-10-20"),
              ("Budget 2027 antagen", "/2026/10/budget/", "2026-10-10")]) + "</div>"
          "<div class=\"wp-block-column\"><h2>Hitta snabbt</h2><ul><li><a href=\"" + P["skola"] + "\">Skola</a></li>"
          "<li><a href=\"" + P["bygga"] + "\">Sophämtning</a></li><li><a href=\"/kontakt\">Kontakta kommunen</a></li></ul></div></div>"),
    "/kommun-och-politik/organisation/": ("organisation.html", "Organisation",
          "<h1 class=\"entry-title\">Organisation</h1><p>Kommunchef är Karin Öst. Under kommunchefen finns "
          "kommunledningskontoret med ekonomi, personal och IT. Här finns också kommunens kundtjänst, som sköter växeln "
          "och receptionen i kommunhuset. Kundtjänsten leds av Lisa Berg, som även är nämndsekreterare.</p>"
          "<p>Förvaltningar: barn och utbildning, vård och omsorg, samhällsbyggnad.</p>"),
    "/kontakt/": ("kontakt.html", "Kontakta oss",
          "<h1 class=\"entry-title\">Kontakta oss</h1><p>Växel: 08-465 004 20, vardagar 8–16.30<br>E-post: kommun@nordmossa.se"
          "</p><p>Besöksadress: Järnvägsgatan 7</p>"),
    "/2026/10/vatten-kundtjanst/": ("nyhet-vatten.html", "Nordmossa Vatten AB:s kundtjänst har nytt nummer",
          "<h1 class=\"entry-title\">Nordmossa Vatten AB:s kundtjänst har nytt nummer</h1><p>Kundtjänsten för vatten, "
          "avlopp och renhållning hos Nordmossa Vatten AB nås nu på 08-465 004 28.</p>"),
    "/2026/10/budget/": ("nyhet-budget.html", "Budget 2027", "<h1 class=\"entry-title\">Budget 2027 antagen</h1><p>Fullmäktige antog budgeten.</p>"),
}
for k in P:
    extra = ("<p>Läs om hur kommunen är <a href=\"/kommun-och-politik/organisation/\">organiserad</a>.</p>" if k == "kommun" else "")
    t, b = area_body(k, [("Kontakta oss", "/kontakt/")], extra)
    S["pages"][P[k]] = (P[k].strip("/") + ".html", t, b)
S["pages"]["/tillganglighet/"] = ("tillganglighet.html", *tillg_body(S))
S["hits"] = {"kundtjänst": ["/kommun-och-politik/organisation/", "/2026/10/vatten-kundtjanst/"]}
SITES.append(S)

# 9473 Grönhult: Joomla; "Kundcenter" only as a sub-item of "Kommun och politik" -> 4
S = base("9473", "Grönhult", "13", "Hallands län", "joomla", "gronhult", "031-390 06 60", "999 35", "Grönhult",
         "Kommunhuset, Ågatan 1", "212000-9473")
P = {"skola": "/index.php/barn-och-utbildning", "omsorg": "/index.php/omsorg", "bygga": "/index.php/bygga-och-bo",
     "fritid": "/index.php/fritid", "kommun": "/index.php/kommun-och-politik"}
KC = "/index.php/kommun-och-politik/kundcenter"
S.update(p_tillg="/index.php/tillganglighet", p_kontakt="/index.php/kontakt")
S["menu"] = [("Hem", "/", []), (AREAS["skola"][0], P["skola"], []), (AREAS["omsorg"][0], P["omsorg"], []),
             (AREAS["bygga"][0], P["bygga"], []), (AREAS["fritid"][0], P["fritid"], []),
             (AREAS["kommun"][0], P["kommun"], [("Kundcenter", KC), ("Organisation", "/index.php/kommun-och-politik/organisation"),
                                                 ("Protokoll", P["kommun"])]),
             ("Kontakt", "/index.php/kontakt", [])]
S["pages"] = {
    "/": ("index.html", None,
          "<div class=\"page-header\"><h1>Välkommen till Grönhult</h1></div><p>En grön kommun med 8 900 invånare.</p>"
          "<div class=\"blog-featured\"><h2>Senaste nytt</h2>" + news_list([
              ("Ny förskola i Västerby klar", "/index.php/nyheter/ny-forskola", "2026-10-30"),
              ("Statens servicecenter i Grönhult får nya öppettider", "/index.php/nyheter/statens-servicecenter", "2026-10-08")]) +
          "</div>"),
    KC: ("kundcenter.html", "Kundcenter",
         "<div class=\"page-header\"><h2 itemprop=\"headline\">Kundcenter</h2></div><div itemprop=\"articleBody\"><p>Kundcenter är "
         "kommunens växel och reception. Vi svarar på frågor om barnomsorgsavgifter, avfallsabonnemang, "
         "parkeringstillstånd och bokning av idrottshallar.</p><p>Telefon: 031-390 06 60<br>E-post: kundcenter@gronhult.se<br>"
         "Öppet: måndag–fredag 8–16, lunchstängt 12–13</p><p>Kundcenterchef är Olle Berg, som också är kommunens registrator.</p></div>"),
    "/index.php/kommun-och-politik/organisation": ("organisation.html", "Organisation",
         "<div class=\"page-header\"><h2>Organisation</h2></div><p>Kommundirektör: Sara Nord. Kommunstyrelsens förvaltning "
         "omfattar ekonomi, personal och <a href=\"" + KC + "\">Kundcenter</a>.</p>"),
    "/index.php/kontakt": ("kontakt.html", "Kontakt",
         "<div class=\"page-header\"><h2>Kontakt</h2></div><p>Kommunens växel 031-390 06 60. Skriv till kommun@gronhult.se.</p>"
         "<p>Frågor om webbplatsen: webbredaktionen.</p>"),
    "/index.php/nyheter/ny-forskola": ("nyhet-forskola.html", "Ny förskola", "<div class=\"page-header\"><h2>Ny förskola i Västerby klar</h2></div><p>Inflyttning i januari.</p>"),
    "/index.php/nyheter/statens-servicecenter": ("nyhet-statens.html", "Statens servicecenter",
         "<div class=\"page-header\"><h2>Statens servicecenter i Grönhult får nya öppettider</h2></div><p>Statens "
         "servicecenter på Storgatan har från november öppet tisdag–torsdag 10–16.</p>"),
}
for k in P:
    t, b = area_body(k, [("Kontakt", "/index.php/kontakt")])
    b = b.replace("<h1>", "<div class=\"page-header\"><h2>").replace("</h1>", "</h2></div>", 1)
    S["pages"][P[k]] = (P[k].rsplit("/", 1)[1] + ".html", t, b)
S["pages"]["/index.php/tillganglighet"] = ("tillganglighet.html", *tillg_body(S))
S["hits"] = {"kundcenter": [KC]}
SITES.append(S)

# 9474 Stormyra: XHTML, left-column flat menu with "Växel & servicekontor" -> 5
S = base("9474", "Stormyra", "22", "Västernorrlands län", "xhtml", "stormyra", "0980-319 260", "999 45", "Stormyra",
         "Kommunhuset, Centrumgatan 2", "212000-9474")
P = {"skola": "/skola.html", "omsorg": "/omsorg.html", "bygga": "/bygga-bo.html", "fritid": "/fritid.html", "kommun": "/kommunen.html"}
S.update(p_tillg="/tillganglighet.html", p_kontakt="/servicekontor.html")
S["menu"] = [("Startsida", "/"), *std_menu(P, [("Växel & servicekontor", "/servicekontor.html")])]
S["pages"] = {
    "/": ("index.html", None,
          "<h1>Välkommen till Stormyra kommun</h1><p>Stormyra – 3 800 invånare mellan myrarna och havet.</p>"
          "<h2>Aktuellt</h2>" + news_list([("Höstens byggnadsnämnd ställs in", "/nyhet-byggnadsnamnd.html", "2026-10-22")]) +
          "<h2>Lediga jobb</h2><p>Vi söker en lärare i matematik. Läs mer under <a href=\"" + P["skola"] + "\">Skola</a>.</p>"),
    "/servicekontor.html": ("servicekontor.html", "Växel och servicekontor",
          "<h1>Kommunens växel och servicekontor</h1><p>Servicekontoret i kommunhuset är kommunens växel och din första "
          "kontakt med kommunen. Vi hjälper dig med blanketter, felanmälan av gator och belysning, ansökan om "
          "färdtjänst, bokning av lokaler och frågor om avgifter.</p><p>Telefon: 0980-319 260<br>"
          "E-post: servicekontor(at)stormyra.se<br>Besöksadress: Centrumgatan 2<br>Öppettider: vardagar 8.30–16.00</p>"
          "<p>Ansvarig för servicekontoret: Eva Strand, administrativ chef.</p>"
          "<h2>Försäkringskassan och Skatteverket</h2><p>Kommunen kan inte svara på frågor om Försäkringskassans och "
          "Skatteverkets ärenden. Närmaste servicekontor hos Statens servicecenter finns i Grannby.</p>"),
    "/nyhet-byggnadsnamnd.html": ("nyhet.html", "Byggnadsnämnd inställd", "<h1>Höstens byggnadsnämnd ställs in</h1><p>Nästa sammanträde blir i december.</p>"),
}
for k in P:
    t, b = area_body(k, [("Växel & servicekontor", "/servicekontor.html")])
    S["pages"][P[k]] = ("sida-" + P[k].strip("/"), t, b)
S["pages"]["/tillganglighet.html"] = ("tillganglighet.html", *tillg_body(S))
S["hits"] = {"servicekontor": ["/servicekontor.html"]}
SITES.append(S)


# ---------------------------------------------------------------- write
def build() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    for S in SITES:
        d = OUT / S["code"]
        d.mkdir(parents=True)
        render = CHROME[S["family"]]
        cs = S.get("charset", "utf-8")
        ctype = f"text/html; charset={cs}"
        pages = {}
        for path, (fname, title, body) in S["pages"].items():
            full = f"{title} - {S['kommun']} kommun" if title else f"{S['kommun']} kommun"
            html = render(S, full, body, title is None)
            (d / fname).write_bytes(html.encode(cs, errors="xmlcharrefreplace"))
            pages[path] = fname if cs == "utf-8" else {"file": fname, "content_type": ctype}
        sp = S.get("search_path", "/sok/")
        tpl = render(S, f"Sök - {S['kommun']} kommun", "<h1>Sök</h1>\n<!--SEARCH_RESULTS-->", False)
        (d / "sok.html").write_bytes(tpl.encode(cs, errors="xmlcharrefreplace"))
        manifest = {
            "kommunkod": S["code"], "kommun": S["kommun"], "lan_kod": S["lan_kod"], "lan": S["lan"],
            "family": S["family"], "pages": pages, "redirects": S["redirects"],
            "robots": "User-agent: *\nDisallow: /wp-admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
            "sitemap": list(pages),
            "search": {"path": sp, "param": S.get("search_param", "q"),
                       "hits": {k: v for k, v in S["hits"].items() if v},
                       "template": "sok.html" if cs == "utf-8" else {"file": "sok.html", "content_type": ctype}},
            "front_status": None,
        }
        (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(S["code"], S["kommun"], len(pages), "pages")


if __name__ == "__main__":
    build()
