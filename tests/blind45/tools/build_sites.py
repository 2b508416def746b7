"""Typing aid that writes tests/blind45/sites/ (the HTML files are the corpus; labels are hand-written).

    python3 tests/blind45/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
SITES = HERE.parent / "sites"

AREAS = [
    ("Barn och utbildning", "/barn-och-utbildning/", ["Förskola", "Grundskola", "Gymnasium", "Skolskjuts"]),
    ("Omsorg och stöd", "/omsorg-och-stod/", ["Äldreomsorg", "Hemtjänst", "Försörjningsstöd", "LSS"]),
    ("Bygga, bo och miljö", "/bygga-bo-och-miljo/", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa"]),
    ("Kultur och fritid", "/kultur-och-fritid/", ["Bibliotek", "Idrott", "Föreningar", "Evenemang"]),
    ("Kommun och politik", "/kommun-och-politik/", ["Politik", "Kommunens organisation", "Ekonomi", "Allmänna handlingar"]),
]

FILLER = {
    "/barn-och-utbildning/": "Här hittar du information om förskola, grundskola, fritidshem och gymnasium. Ansökan om plats i förskolan gör du i e-tjänsten.",
    "/omsorg-och-stod/": "Kommunen ger stöd till dig som behöver hjälp i vardagen: hemtjänst, särskilt boende, stöd till anhöriga och ekonomiskt bistånd.",
    "/bygga-bo-och-miljo/": "Information om bygglov, detaljplaner, avfallshämtning, vatten och avlopp samt miljötillsyn.",
    "/kultur-och-fritid/": "Bibliotek, simhall, idrottsplatser, kulturskola och föreningsliv. Se också evenemangskalendern.",
    "/kommun-och-politik/": "Kommunfullmäktige, nämnder, protokoll, budget och kommunens organisation.",
}


def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), (" ", "-"), (",", ""), ("é", "e")):
        t = t.replace(a, b)
    return t


def area_nav(extra_top=(), extra_sub=None):
    """Primary nav: [(label_html, href, [(sub_label, sub_href)])]."""
    extra_sub = extra_sub or {}
    nav = []
    for label, href, subs in AREAS:
        items = [(s, f"{href}#{slug(s)}") for s in subs]
        items += extra_sub.get(href, [])
        nav.append((label, href, items))
    nav += list(extra_top)
    return nav


def area_main(href: str, label: str, subs, extra: str = "") -> str:
    secs = "\n".join(f'<h2 id="{slug(s)}">{s}</h2>\n<p>Information om {s.lower()} i kommunen. Läs mer och ansök via e-tjänsterna.</p>' for s in subs)
    return f"<h1>{label}</h1>\n<p class=\"lead\">{FILLER[href]}</p>\n{extra}\n{secs}"


# ---------------------------------------------------------------- families
def fam_semantic(s, title, main, path):
    nav = "\n".join(
        f'<li class="top"><a href="{h}">{lab}</a>' + (
            "<ul class=\"sub\">" + "".join(f'<li><a href="{sh}">{sl}</a></li>' for sl, sh in subs) + "</ul>" if subs else "")
        + "</li>" for lab, h, subs in s["nav"])
    top = " ".join(f'<li><a href="{h}">{ic}{lab}</a></li>' for lab, h, ic in s["topbar"])
    return f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>{title} - {s['name']} kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>.sub{{display:none}} li.top:hover .sub{{display:block}} .icon{{font-family:'StenIcons'}} .sr-only{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}}</style>
</head>
<body>
<a class="skip" href="#innehall">Till innehållet</a>
<header class="site-header">
<ul class="topbar">{top}</ul>
<a class="logo" href="/"><img src="data:," alt="{s['name']} kommun – till startsidan"></a>
<form class="search" action="/sok/" method="get" role="search"><label for="q">Sök på webbplatsen</label><input id="q" name="q" type="search"><button type="submit"><span class="icon icon-search" aria-hidden="true"></span><span class="sr-only">Sök</span></button></form>
<nav class="primary" aria-label="Huvudmeny"><ul>
{nav}
</ul></nav>
</header>
<main id="innehall">
{main}
</main>
<footer class="site-footer">
{s['footer']}
</footer>
<div class="cookie" role="dialog" aria-label="Kakor"><p>Vi använder kakor för att webbplatsen ska fungera.</p><button>Godkänn</button></div>
<script>document.querySelectorAll('.cookie button').forEach(b=>b.onclick=()=>b.parentNode.remove());</script>
</body>
</html>
"""


def fam_sitevision(s, title, main, path):
    cols = []
    for i, (lab, h, subs) in enumerate(s["nav"]):
        panel = ""
        if subs:
            panel = (f'<div class="sv-mega-panel" id="mp{i}" hidden><div class="sv-column"><ul class="sv-defaultlist">'
                     + "".join(f'<li><a class="sv-link" href="{sh}">{sl}</a></li>' for sl, sh in subs)
                     + "</ul></div></div>")
        cols.append(f'<li class="sv-menu-item"><a class="sv-menu-link" href="{h}" aria-controls="mp{i}">{lab}</a>{panel}</li>')
    top = "".join(f'<a class="sv-toolbar-link" href="{h}">{ic}{lab}</a> ' for lab, h, ic in s["topbar"])
    return f"""<!DOCTYPE html>
<html lang="sv" class="sv-no-js">
<head><meta charset="utf-8"><title>{title} - {s['name']} kommun</title>
<link rel="stylesheet" href="data:text/css,">
<style>.sv-font-rubrik-1,.sv-font-rubrik-2{{text-transform:uppercase;letter-spacing:.04em}} .sv-mega-panel[hidden]{{display:none}}</style>
</head>
<body class="sv-responsive">
<div class="sv-layout" id="svid10_1">
 <div class="sv-layout sv-skip-spacer sv-template-portlet" id="svid12_toolbar"><div class="sv-toolbar">{top}</div></div>
 <div class="sv-layout sv-template-layout" id="svid10_head">
  <div class="sv-image-portlet sv-portlet"><a href="/"><img src="data:," alt="{s['name']} kommun"></a></div>
  <div class="sv-searchform-portlet sv-portlet"><form action="/sok/" method="get"><input name="query" aria-label="Sök" type="text"><input type="submit" value="Sök"></form></div>
  <div class="sv-custom-module sv-portlet sv-megamenu"><ul class="sv-menu">{''.join(cols)}</ul></div>
 </div>
 <div class="sv-layout sv-template-layout" id="svid10_content">
{main}
 </div>
 <div class="sv-layout sv-template-layout" id="svid10_foot">
{s['footer']}
 </div>
</div>
<script>document.documentElement.className='sv-js';</script>
</body>
</html>
"""


def fam_municipio(s, title, main, path):
    items = []
    for lab, h, subs in s["nav"]:
        sub = ""
        if subs:
            sub = '<ul class="c-nav__sub" aria-hidden="true">' + "".join(
                f'<li class="c-nav__item"><a class="c-nav__link" href="{sh}">{sl}</a></li>' for sl, sh in subs) + "</ul>"
        items.append(f'<li class="c-nav__item c-nav__item--level-1"><a class="c-nav__link" href="{h}">{lab}</a>'
                     f'<button class="c-nav__toggle" aria-expanded="false"><span class="sr-only">Visa undersidor</span></button>{sub}</li>')
    top = "".join(f'<li class="c-header__toplink"><a href="{h}">{ic}{lab}</a></li>' for lab, h, ic in s["topbar"])
    return f"""<!DOCTYPE html>
<html lang="sv-SE">
<head><meta charset="UTF-8"><title>{title} &#8211; {s['name']} kommun</title>
<link rel="stylesheet" id="municipio-css" href="data:text/css," media="all">
<style>.sr-only{{position:absolute!important;clip:rect(1px,1px,1px,1px);width:1px;height:1px;overflow:hidden}}</style>
</head>
<body class="wp-singular page-template-default municipio">
<header class="c-header c-header--business" id="site-header">
 <ul class="c-header__toplinks">{top}<li class="c-header__toplink"><a href="/kontakt/"><i class="material-icons" aria-hidden="true">call</i> Kontakt</a></li></ul>
 <a class="c-header__logo" href="/"><img src="data:," alt="{s['name']} kommun logotyp"></a>
 <form class="c-search" action="/" method="get"><input type="search" name="s" placeholder="Vad letar du efter?" aria-label="Sök"><button class="c-button">Sök</button></form>
 <button class="c-button c-button--menu" aria-controls="drawer" aria-expanded="false"><i class="material-icons" aria-hidden="true">menu</i> Meny</button>
</header>
<nav class="c-drawer" id="drawer" hidden aria-label="Huvudmeny"><ul class="c-nav c-nav--drawer">{''.join(items)}</ul></nav>
<main class="o-container" id="main-content">
{main}
</main>
<footer class="c-footer">
{s['footer']}
</footer>
<script>document.querySelector('.c-button--menu').onclick=function(){{var d=document.getElementById('drawer');d.hidden=!d.hidden;}};</script>
</body>
</html>
"""


def fam_bootstrap(s, title, main, path):
    items = []
    for i, (lab, h, subs) in enumerate(s["nav"]):
        if subs:
            items.append(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{h}" id="dd{i}" data-bs-toggle="dropdown" aria-expanded="false">{lab}</a>'
                         f'<ul class="dropdown-menu" aria-labelledby="dd{i}">'
                         + "".join(f'<li><a class="dropdown-item" href="{sh}">{sl}</a></li>' for sl, sh in subs) + "</ul></li>")
        else:
            items.append(f'<li class="nav-item"><a class="nav-link" href="{h}">{lab}</a></li>')
    top = "".join(f'<a class="link-light me-3" href="{h}">{ic}{lab}</a>' for lab, h, ic in s["topbar"])
    return f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {s['name']} kommun</title>
<link href="data:text/css," rel="stylesheet"><style>.visually-hidden{{position:absolute!important;width:1px!important;height:1px!important;overflow:hidden!important;clip:rect(0,0,0,0)!important}}</style>
</head>
<body>
<div class="bg-dark text-white small py-1"><div class="container d-flex justify-content-end">{top}</div></div>
<nav class="navbar navbar-expand-lg navbar-light bg-light">
 <div class="container">
  <a class="navbar-brand" href="/"><img src="data:," alt="" width="40"> {s['name']} kommun</a>
  <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nb"><span class="navbar-toggler-icon"></span><span class="visually-hidden">Meny</span></button>
  <div class="collapse navbar-collapse" id="nb"><ul class="navbar-nav me-auto">{''.join(items)}</ul>
  <form class="d-flex" action="/sok/" method="get"><input class="form-control me-2" type="search" name="q" aria-label="Sök"><button class="btn btn-outline-success" type="submit"><i class="bi bi-search"></i><span class="visually-hidden">Sök</span></button></form></div>
 </div>
</nav>
<div class="container py-4" id="content">
{main}
</div>
<footer class="bg-secondary text-white py-4"><div class="container">
{s['footer']}
</div></footer>
</body>
</html>
"""


def fam_table(s, title, main, path):
    nav = "".join(f'<td bgcolor="#003366" align="center"><a href="{h}"><font face="Verdana" size="2" color="#FFFFFF"><b>{lab}</b></font></a></td>'
                  for lab, h, _ in s["nav"])
    top = " | ".join(f'<a href="{h}"><font size="1" color="#003366">{lab}</font></a>' for lab, h, _ in s["topbar"])
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>{title} - {s['name']} kommun</title></head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="960" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" align="right">{top}</td></tr>
<tr><td width="300"><a href="/start.asp"><img src="data:," alt="{s['name']} kommun" border="0" width="280" height="70"></a></td>
<td align="right"><form action="/sok.asp" method="get"><font face="Verdana" size="2">Sök:</font> <input type="text" name="sokord" size="20"> <input type="submit" value="Sök"></form></td></tr>
<tr><td colspan="2"><table width="100%" border="0" cellpadding="6" cellspacing="1"><tr>{nav}</tr></table></td></tr>
<tr><td colspan="2" valign="top"><font face="Verdana" size="2">
{main}
</font></td></tr>
<tr><td colspan="2" bgcolor="#DDDDDD"><font face="Verdana" size="1">
{s['footer']}
</font></td></tr>
</table>
</body>
</html>
"""


def fam_soup(s, title, main, path):
    nav = "".join(f'<div class="q4"><a href="{h}">{lab}</a>' + (
        '<div class="q5">' + "".join(f'<a href="{sh}">{sl}</a>' for sl, sh in subs) + "</div>" if subs else "") + "</div>"
        for lab, h, subs in s["nav"])
    return f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>{title} | {s['name']} kommun</title>
<style>.q5{{display:none}} .q4:hover .q5{{display:block}} .gi{{font-family:'GravIcons';font-style:normal}} .gi-headset:before{{content:'\\e901'}} .gi-ear:before{{content:'\\e902'}} .gi-globe:before{{content:'\\e903'}} .gi-book:before{{content:'\\e904'}} .gi-search:before{{content:'\\e905'}} .vh{{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}}</style>
</head>
<body>
<div class="zz">
 <div class="q1">
  <div class="q2"><a href="/"><img src="data:," alt="{s['name']} kommun"></a></div>
  <div class="q3">{s['iconbar']}</div>
  <div class="q9"><form action="/sok/" method="get"><input name="q" aria-label="Sök på webbplatsen"><button><i class="gi gi-search"></i><span class="vh">Sök</span></button></form></div>
 </div>
 <div class="q6">{nav}</div>
 <div class="box7">
{main}
 </div>
 <div class="box9">
{s['footer']}
 </div>
</div>
<script>var gk=1;</script>
</body>
</html>
"""


def fam_aria(s, title, main, path):
    nav = "".join(f'<div role="listitem" class="mn-i"><a href="{h}">{lab}</a>' + (
        '<div class="mn-sub" role="list" hidden>' + "".join(f'<div role="listitem"><a href="{sh}">{sl}</a></div>' for sl, sh in subs) + "</div>" if subs else "") + "</div>"
        for lab, h, subs in s["nav"])
    top = "".join(f'<a class="tb" href="{h}">{ic}{lab}</a>' for lab, h, ic in s["topbar"])
    return f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>{title} – {s['name']} kommun</title>
<style>.wrap{{display:flex;flex-direction:column}} .bnr{{order:1}} .mn{{order:2}} .mc{{order:3}} .ft{{order:4}}</style>
</head>
<body>
<div class="wrap">
<div class="bnr" role="banner"><div class="tbar">{top}</div><a href="/" class="lg"><img src="data:," alt="{s['name']} kommun, startsida"></a>
<form role="search" action="/sok/" method="get"><input name="q" aria-label="Sök"><button>Sök</button></form></div>
<div class="mn" role="navigation" aria-label="Huvudmeny"><div role="list">{nav}</div></div>
<div class="mc" role="main">
{main}
</div>
<div class="ft" role="contentinfo">
{s['footer']}
</div>
</div>
</body>
</html>
"""


def fam_drupal(s, title, main, path):
    nav = "".join(f'<li class="menu-item menu-item--expanded"><a href="{h}" data-drupal-link-system-path="node">{lab}</a>' + (
        '<ul class="menu menu--level-2">' + "".join(f'<li class="menu-item"><a href="{sh}">{sl}</a></li>' for sl, sh in subs) + "</ul>" if subs else "") + "</li>"
        for lab, h, subs in s["nav"])
    top = "".join(f'<li><a href="{h}">{ic}{lab}</a></li>' for lab, h, ic in s["topbar"])
    return f"""<!DOCTYPE html>
<html lang="sv" dir="ltr">
<head><meta charset="utf-8"><title>{title} | {s['name']} kommun</title>
<style>h1,h2,.block-title{{text-transform:uppercase}} .visually-hidden{{position:absolute!important;clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px;width:1px}} .fa{{font-family:FontAwesome}}</style>
</head>
<body class="path-node page-node-type-page">
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner" class="region region-header">
 <div class="block block-toolbar"><ul class="menu menu--toolbar">{top}</ul></div>
 <div class="block block-system-branding-block"><a href="/" rel="home"><img src="data:," alt="Hem"></a><span class="site-name">{s['name']} kommun</span></div>
 <div class="block block-search"><form action="/sok/" method="get"><label class="visually-hidden" for="edit-keys">Sök</label><input id="edit-keys" name="keys" type="search"><button><i class="fa fa-search" aria-hidden="true"></i><span class="visually-hidden">Sök</span></button></form></div>
</header>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-huvudmeny-menu" class="block block-menu"><h2 class="visually-hidden" id="block-huvudmeny-menu">Huvudmeny</h2><ul class="menu menu--level-1">{nav}</ul></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
{main}
</div></main>
<footer role="contentinfo" class="region region-footer">
{s['footer']}
</footer>
</div></div>
</body>
</html>
"""


def fam_episerver(s, title, main, path):
    nav = "".join(f'<li class="MainMenu__item"><a class="MainMenu__link" href="{h}">{lab}</a>' + (
        '<div class="MainMenu__flyout" aria-hidden="true"><ul>' + "".join(f'<li><a href="{sh}">{sl}</a></li>' for sl, sh in subs) + "</ul></div>" if subs else "") + "</li>"
        for lab, h, subs in s["nav"])
    top = "".join(f'<a class="ServiceMenu__link" href="{h}">{ic}{lab}</a>' for lab, h, ic in s["topbar"])
    return f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>{title} - {s['name']} kommun</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"{s['name']} kommun","contactPoint":{{"@type":"ContactPoint","contactType":"Kontaktcenter","telephone":"+46-980-319240"}}}}</script>
</head>
<body class="StandardPage">
<!-- EPiServer: block 'Kontaktcenter' avpublicerad 2024-02-01 -->
<div class="Page">
<header class="Header"><div class="ServiceMenu">{top}</div><a class="Header__logo" href="/"><img src="data:," alt="{s['name']} kommun"></a>
<form class="Header__search" action="/sok/" method="get"><input name="q" aria-label="Sök"><button>Sök</button></form>
<nav class="MainMenu" aria-label="Huvudmeny"><ul>{nav}</ul></nav></header>
<main class="Content">
{main}
</main>
<footer class="Footer">
{s['footer']}
</footer>
</div>
</body>
</html>
"""


FAMILIES = {"semantic": fam_semantic, "sitevision": fam_sitevision, "municipio": fam_municipio,
            "bootstrap": fam_bootstrap, "table": fam_table, "soup": fam_soup, "aria": fam_aria,
            "drupal": fam_drupal, "episerver": fam_episerver}


def footer(s, extra=""):
    return (f'<div class="footer-col"><h2>{s["name"]} kommun</h2><p>{s["address"]}<br>Växel: {s["vaxel"]}<br>'
            f'E-post: {s["email"]}<br>Org.nr {s["orgnr"]}</p></div>'
            f'<div class="footer-col"><h2>Om webbplatsen</h2><ul><li><a href="/tillganglighet/">Tillgänglighetsredogörelse</a></li>'
            f'<li><a href="/om-kakor/">Om kakor</a></li></ul></div>{extra}')


STD_EXTRA_PAGES = {
    "/tillganglighet/": ("Tillgänglighetsredogörelse", "<h1>Tillgänglighetsredogörelse</h1><p>Kommunen vill att så många som möjligt ska kunna använda webbplatsen. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem.</p><h2>Rapportera brister</h2><p>Skicka e-post till webbredaktionen.</p><p>Sidansvarig: webbredaktionen</p>"),
    "/om-kakor/": ("Om kakor", "<h1>Om kakor</h1><p>Webbplatsen använder nödvändiga kakor och, om du godkänner det, kakor för besöksstatistik.</p>"),
}


def write_site(s):
    d = SITES / s["code"]
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    fam = FAMILIES[s["family"]]
    pages = dict(s["pages"])
    for h, sub in [(a[1], a) for a in AREAS]:
        if h not in pages:
            pages[h] = (sub[0], area_main(h, sub[0], sub[2], s.get("area_extra", {}).get(h, "")))
    for p, v in STD_EXTRA_PAGES.items():
        pages.setdefault(p, v)
    enc = s.get("encoding", "utf-8")
    manifest_pages = {}
    files = {}
    for p, (title, main) in pages.items():
        name = s.get("files", {}).get(p) or ("index.html" if p == "/" else p.strip("/").replace("/", "_").replace(".", "_") + ".html")
        html = fam(s, title, main, p)
        (d / name).write_bytes(html.encode(enc, errors="xmlcharrefreplace"))
        files[p] = name
        manifest_pages[p] = name if enc == "utf-8" else {"file": name, "content_type": "text/html; charset=iso-8859-1"}
    # search template
    tpl = fam(s, "Sök", "<h1>Sök</h1>\n<!--SEARCH_RESULTS-->", "/sok/")
    (d / "sok.html").write_bytes(tpl.encode(enc, errors="xmlcharrefreplace"))
    tpl_spec = "sok.html" if enc == "utf-8" else {"file": "sok.html", "content_type": "text/html; charset=iso-8859-1"}
    for alias, target in s.get("aliases", {}).items():
        manifest_pages[alias] = manifest_pages[target]
    m = {
        "kommunkod": s["code"], "kommun": s["name"], "lan_kod": s["lan_kod"], "lan": s["lan"], "family": s["family"],
        "pages": manifest_pages,
        "redirects": s.get("redirects", {}),
        "robots": s.get("robots", "User-agent: *\nDisallow: /sok/admin\nSitemap: __ORIGIN__/sitemap.xml\n"),
        "sitemap": s.get("sitemap") or [p for p in manifest_pages if p not in s.get("redirects", {})],
        "search": {"path": s.get("search_path", "/sok/"), "param": s.get("search_param", "q"), "hits": s.get("hits", {}), "template": tpl_spec},
        "front_status": s.get("front_status"),
    }
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main():
    from sites_data import SITES_DATA

    SITES.mkdir(exist_ok=True)
    for s in SITES_DATA:
        s["footer"] = footer(s, s.get("footer_extra", ""))
        write_site(s)
        print(s["code"], s["name"], len(s["pages"]))


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    main()
