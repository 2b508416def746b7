"""Typing aid that writes tests/blind41/sites/ (the HTML files are the corpus).

    python3 tests/blind41/tools/build_sites.py

Labels are not generated; they are hand-written in labels.csv.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "sites"

LOGO = ('<svg class="logo-mark" width="40" height="40" viewBox="0 0 40 40" role="img" aria-hidden="true">'
        '<circle cx="20" cy="20" r="18" fill="#1b4d7a"/></svg>')

COOKIE = ('<div class="cookie-banner" id="cookie">Vi använder kakor för att webbplatsen ska fungera. '
          '<button type="button" onclick="this.parentNode.remove()">Jag förstår</button></div>')
CSS = "<style>body{font-family:sans-serif;margin:0}.cookie-banner{position:fixed;bottom:0;background:#eee}</style>"


def esc_title(site, title):
    return f"{title} - {site['name']} kommun"


# --------------------------------------------------------------------------- families
def fam_semantic(s, title, main, front):
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{esc_title(s, title)}</title>{CSS}</head>
<body>
<a class="skip" href="#main">Till innehållet</a>
<header class="site-header">
 <div class="topbar"><button type="button">Lyssna</button> <a href="{s['lattlast']}">Lättläst</a> <a href="{s['english']}">In English</a></div>
 <a class="logo" href="/">{LOGO}<span>{s['name']} kommun</span></a>
 {search_form(s)}
 {header_links(s)}
 <nav aria-label="Huvudmeny" class="main-nav">{menu_ul(s)}</nav>
</header>
<main id="main">
{main}
</main>
<footer class="site-footer">{footer_body(s)}</footer>
{COOKIE}
</body></html>
"""


def fam_sitevision(s, title, main, front):
    items = []
    for i, (label, path, subs) in enumerate(s["menu"]):
        panel = ""
        if subs:
            links = "".join(f'<li class="sv-menu-sub"><a href="{p}">{t}</a></li>' for t, p in subs)
            panel = (f'<div class="sv-mega-panel" id="mega{i}" hidden><div class="sv-column">'
                     f'<ul>{links}</ul></div></div>')
        items.append(f'<li class="sv-menu-item"><a href="{path}">{label}</a>'
                     f'{"<button class=sv-mega-toggle aria-expanded=false aria-controls=mega" + str(i) + ">Visa</button>" if subs else ""}'
                     f'{panel}</li>')
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{esc_title(s, title)}</title>
<link rel="stylesheet" href="/sitevision/system-resource/css/sv.css">{CSS}</head>
<body class="sv-responsive">
<div class="sv-layout sv-skip-spacer" id="svid10_1">
 <div class="sv-layout sv-template-portlet top-links"><a href="{s['lattlast']}">Lättläst</a> <a href="{s['english']}">In English</a> <span class="sv-readspeaker">Lyssna</span></div>
 <div class="sv-layout header-row">
  <div class="sv-portlet sv-image-portlet"><a href="/">{LOGO}<span class="sv-logo-text">{s['name']} kommun</span></a></div>
  <div class="sv-portlet sv-searchform-portlet">{search_form(s)}</div>
  <div class="sv-portlet sv-text-portlet header-links">{header_links(s)}</div>
 </div>
 <div class="sv-layout sv-menu-portlet"><ul class="sv-menu">{''.join(items)}</ul></div>
</div>
<div class="sv-layout sv-content" id="svid10_2">
{main}
</div>
<div class="sv-layout sv-footer" id="svid10_3"><div class="sv-portlet sv-text-portlet">{footer_body(s)}</div></div>
{COOKIE}
</body></html>
"""


def fam_municipio(s, title, main, front):
    items = []
    for label, path, subs in s["menu"]:
        sub = ""
        if subs:
            sub = '<ul class="c-drawer__sub">' + "".join(f'<li><a href="{p}">{t}</a></li>' for t, p in subs) + "</ul>"
        items.append(f'<li class="c-drawer__item"><a href="{path}">{label}</a>{sub}</li>')
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{esc_title(s, title)}</title>
<link rel="stylesheet" href="/wp-content/themes/municipio/assets/dist/css/app.css">{CSS}</head>
<body class="wp-theme-municipio">
<header class="c-header site-header">
 <div class="c-header__top"><a href="{s['lattlast']}">Lättläst</a> <a href="{s['english']}">In English</a></div>
 <div class="c-header__main">
  <a class="c-logotype" href="/">{LOGO}<span>{s['name']} kommun</span></a>
  {search_form(s)}
  {header_links(s)}
  <button class="c-button js-drawer-toggle" type="button" aria-controls="drawer" aria-expanded="false">Meny</button>
 </div>
</header>
<div id="drawer" class="c-drawer" hidden><nav class="c-drawer__nav" aria-label="Meny"><ul>{''.join(items)}</ul></nav></div>
<main id="main-content" class="o-container">
{main}
</main>
<footer class="c-footer">{footer_body(s)}</footer>
{COOKIE}
<script>document.querySelector('.js-drawer-toggle').onclick=function(){{var d=document.getElementById('drawer');d.hidden=!d.hidden;}};</script>
</body></html>
"""


def fam_bootstrap(s, title, main, front):
    items = []
    for label, path, subs in s["menu"]:
        if subs:
            dd = "".join(f'<li><a class="dropdown-item" href="{p}">{t}</a></li>' for t, p in subs)
            items.append(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{path}" '
                         f'data-bs-toggle="dropdown">{label}</a><ul class="dropdown-menu">{dd}</ul></li>')
        else:
            items.append(f'<li class="nav-item"><a class="nav-link" href="{path}">{label}</a></li>')
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc_title(s, title)}</title><link href="/css/bootstrap.min.css" rel="stylesheet">{CSS}</head>
<body>
<div class="bg-light small py-1"><div class="container"><a href="{s['lattlast']}">Lättläst</a> | <a href="{s['english']}">In English</a></div></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary">
 <div class="container">
  <a class="navbar-brand" href="/">{LOGO} {s['name']} kommun</a>
  <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>
  <div class="collapse navbar-collapse" id="nav"><ul class="navbar-nav me-auto">{''.join(items)}</ul>
  {search_form(s)} {header_links(s)}</div>
 </div>
</nav>
<div class="container my-4" id="innehall">
{main}
</div>
<div class="bg-dark text-light py-4 mt-5"><div class="container">{footer_body(s)}</div></div>
{COOKIE}
</body></html>
"""


def fam_table(s, title, main, front):
    menu = "".join(f'<tr><td class="meny"><font face="Verdana" size="2"><a href="{p}">{t}</a></font></td></tr>'
                   for t, p, _ in s["menu"])
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{esc_title(s, title)}</title></head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2" bgcolor="#2a5d2a" height="80">
 <a href="/start.asp"><font face="Verdana" size="5" color="#ffffff">{s['name']} kommun</font></a>
 &nbsp;&nbsp;<font size="1" color="#ffffff"><a href="{s['lattlast']}"><font color="#ffffff">Lättläst</font></a> |
 <a href="{s['english']}"><font color="#ffffff">In English</font></a></font>
 &nbsp;&nbsp;{search_form(s)} {header_links(s)}
</td></tr>
<tr><td width="180" valign="top" bgcolor="#e8f0e8"><table width="180" border="0" cellpadding="4">{menu}</table></td>
<td valign="top"><font face="Verdana" size="2">
{main}
</font></td></tr>
<tr><td colspan="2" bgcolor="#dddddd"><font face="Verdana" size="1">{footer_body(s)}</font></td></tr>
</table>
</body></html>
"""


def fam_soup(s, title, main, front):
    menu = "".join(f'<div class="zz"><a href="{p}">{t}</a></div>' for t, p, _ in s["menu"])
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{esc_title(s, title)}</title>{CSS}</head>
<body>
<div class="w0">
 <div class="q1">
  <div class="q1a"><a href="{s['lattlast']}">Lättläst</a> <a href="{s['english']}">In English</a></div>
  <div class="q1b"><a href="/">{LOGO}<b>{s['name']} kommun</b></a></div>
  <div class="q1c">{search_form(s)} {header_links(s)}</div>
 </div>
 <div class="q2">{menu}</div>
 <div class="q3">
{main}
 </div>
 <div class="q9">{footer_body(s)}</div>
</div>
{COOKIE}
</body></html>
"""


def fam_drupal(s, title, main, front):
    menu = "".join(f'<li class="menu-item"><a href="{p}" data-drupal-link-system-path="node/{i + 10}">{t}</a></li>'
                   for i, (t, p, _) in enumerate(s["menu"]))
    return f"""<!DOCTYPE html>
<html lang="sv" dir="ltr"><head><meta charset="utf-8"><title>{esc_title(s, title)}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_x1.css">{CSS}</head>
<body class="path-node page-node-type-page">
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
 <header role="banner" class="region region-header">
  <div class="block block-system-branding-block"><a href="/" rel="home">{LOGO}<span class="site-name">{s['name']} kommun</span></a></div>
  <div class="block block-search">{search_form(s)}</div>
  <div class="block block-links"><a href="{s['lattlast']}">Lättläst</a> <a href="{s['english']}">In English</a> {header_links(s)}</div>
 </header>
 <div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-main-menu" class="block block-menu menu--main">
  <h2 class="visually-hidden" id="block-main-menu">Huvudmeny</h2><ul class="menu">{menu}</ul></nav></div>
 <main role="main"><div class="layout-content"><div class="region region-content">
{main}
 </div></div></main>
 <footer role="contentinfo" class="region region-footer">{footer_body(s)}</footer>
</div></div>
{COOKIE}
</body></html>
"""


def fam_episerver(s, title, main, front):
    menu = "".join(f'<li class="main-nav__item"><a class="main-nav__link" href="{p}">{t}</a></li>'
                   for t, p, _ in s["menu"])
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{esc_title(s, title)}</title>
<link rel="stylesheet" href="/Static/css/main.min.css">{CSS}</head>
<body>
<div class="page-wrapper">
 <div class="page-header">
  <div class="service-bar"><a href="{s['lattlast']}">Lättläst</a> <a href="{s['english']}">In English</a> <a href="#" class="rs_skip">Lyssna</a></div>
  <div class="page-header__inner"><a class="page-header__logo" href="/">{LOGO}<span>{s['name']} kommun</span></a>
  {search_form(s)} {header_links(s)}</div>
  <div class="main-nav"><ul class="main-nav__list">{menu}</ul></div>
 </div>
 <div class="content-area" id="content">
{main}
 </div>
 <div class="page-footer">{footer_body(s)}</div>
</div>
{COOKIE}
</body></html>
"""


def fam_wordpress(s, title, main, front):
    menu = "".join(f'<li id="menu-item-{i + 20}" class="menu-item"><a href="{p}">{t}</a></li>'
                   for i, (t, p, _) in enumerate(s["menu"]))
    return f"""<!DOCTYPE html>
<html lang="sv-SE"><head><meta charset="UTF-8"><title>{esc_title(s, title)}</title>
<link rel="stylesheet" id="twentytwenty-style-css" href="/wp-content/themes/kommun/style.css">{CSS}</head>
<body class="page-template-default page">
<div id="page" class="site">
 <header id="masthead" class="site-header">
  <div class="site-branding"><a href="/" rel="home">{LOGO}<p class="site-title">{s['name']} kommun</p></a></div>
  <div class="header-widgets"><a href="{s['lattlast']}">Lättläst</a> <a href="{s['english']}">In English</a> {search_form(s)} {header_links(s)}</div>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{menu}</ul></nav>
 </header>
 <div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
{main}
 </main></div></div>
 <footer id="colophon" class="site-footer"><div class="widget-area">{footer_body(s)}</div></footer>
</div>
{COOKIE}
</body></html>
"""


def fam_aria(s, title, main, front):
    menu = "".join(f'<div role="listitem" class="nv-i"><a href="{p}">{t}</a></div>' for t, p, _ in s["menu"])
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{esc_title(s, title)}</title>{CSS}</head>
<body>
<div class="app">
 <div role="banner" class="hd">
  <div class="hd-top"><a href="{s['lattlast']}">Lättläst</a> <a href="{s['english']}">In English</a></div>
  <a href="/" class="hd-logo">{LOGO}<span>{s['name']} kommun</span></a>
  <div role="search">{search_form(s)}</div>
  {header_links(s)}
  <div role="navigation" aria-label="Huvudmeny"><div role="list" class="nv">{menu}</div></div>
 </div>
 <div role="main" class="mn">
{main}
 </div>
 <div role="contentinfo" class="ft">{footer_body(s)}</div>
</div>
{COOKIE}
</body></html>
"""


FAMILIES = {f.__name__[4:]: f for f in [fam_semantic, fam_sitevision, fam_municipio, fam_bootstrap, fam_table,
                                        fam_soup, fam_drupal, fam_episerver, fam_wordpress, fam_aria]}


# --------------------------------------------------------------------------- parts
def search_form(s):
    sp = s["search"]
    return (f'<form role="search" class="search" action="{sp["path"]}" method="get">'
            f'<label for="q">Sök på webbplatsen</label> <input id="q" type="search" name="{sp["param"]}">'
            f'<button type="submit">Sök</button></form>')


def header_links(s):
    return " ".join(f'<a class="header-link" href="{p}">{t}</a>' for t, p in s.get("header_links", []))


def menu_ul(s):
    out = []
    for t, p, subs in s["menu"]:
        sub = ""
        if subs:
            sub = '<ul class="sub">' + "".join(f'<li><a href="{sp}">{st}</a></li>' for st, sp in subs) + "</ul>"
        out.append(f'<li><a href="{p}">{t}</a>{sub}</li>')
    return "<ul>" + "".join(out) + "</ul>"


def footer_body(s):
    return f"""<div class="footer-col"><h2>{s['name']} kommun</h2>
<p>{s['postaddr']}<br>Besöksadress: {s['visit']}<br>Växel: {s['vaxel']}<br>E-post: {s['email']}<br>Org.nr: {s['orgnr']}</p></div>
<div class="footer-col"><h2>Om webbplatsen</h2><ul><li><a href="{s['tillg']}">Tillgänglighetsredogörelse</a></li>
<li><a href="#cookie">Om kakor</a></li>{s.get('footer_links', '')}</ul></div>{s.get('footer_extra', '')}"""


def front_main(s):
    cards = "".join(f'<li class="card"><a href="{p}">{t}</a></li>' for t, p in s["hero_cards"])
    news = "".join(f'<li class="teaser"><a href="{p}"><h3>{t}</h3></a><span class="date">{d}</span>'
                   f'<p>{lead}</p></li>' for p, t, d, lead, _ in s["news"])
    return f"""<section class="hero"><h1>Välkommen till {s['name']} kommun</h1><p>{s['slogan']}</p>
<ul class="hero-cards">{cards}</ul></section>
<section class="news"><h2>Nyheter</h2><ul>{news}</ul><p><a href="{s['news_list']}">Alla nyheter</a></p></section>
<section class="driftinfo"><h2>Driftinformation</h2><p>{s.get('drift', 'Inga störningar just nu.')}</p></section>
<section class="events"><h2>Evenemang</h2><ul><li>Loppis i {s['name']} torg, lördag kl. 10</li><li>Kulturnatt i biblioteket</li></ul></section>
{s.get('front_extra', '')}"""


def news_list_main(s):
    items = "".join(f'<li><a href="{p}">{t}</a> <span class="date">{d}</span></li>' for p, t, d, _, _ in s["news"])
    return f"<h1>Nyheter</h1><ul class=\"news-list\">{items}</ul>"


def news_main(item):
    _p, t, d, lead, body = item
    return f'<article class="news-item"><h1>{t}</h1><p class="date">Publicerad {d}</p><p class="lead">{lead}</p>{body}</article>'


def build_site(s):
    fam = FAMILIES[s["family"]]
    d = OUT / s["code"]
    d.mkdir(parents=True, exist_ok=True)
    for f in d.iterdir():
        f.unlink()
    pages: dict = {}
    enc = s.get("encoding", "utf-8")

    def write(path, fname, title, main, front=False):
        html = fam(s, title, main, front)
        (d / fname).write_bytes(html.encode(enc, errors="xmlcharrefreplace"))
        if enc == "utf-8":
            pages[path] = fname
        else:
            pages[path] = {"file": fname, "content_type": "text/html; charset=iso-8859-1"}

    write(s["front_path"], "index.html", "Startsida", front_main(s), True)
    write(s["news_list"], "nyheter.html", "Nyheter", news_list_main(s))
    for i, item in enumerate(s["news"], 1):
        write(item[0], f"nyhet{i}.html", item[1], news_main(item))
    for path, (fname, title, main) in {**common_pages(s), **s["pages"]}.items():
        write(path, fname, title, main)
    # search template
    sok = fam(s, "Sök", '<h1>Sök</h1>\n<!--SEARCH_RESULTS-->', False)
    (d / "sok.html").write_bytes(sok.encode(enc, errors="xmlcharrefreplace"))
    tpl = "sok.html" if enc == "utf-8" else {"file": "sok.html", "content_type": "text/html; charset=iso-8859-1"}
    manifest = {
        "kommunkod": s["code"], "kommun": s["name"], "lan_kod": s["lan_kod"], "lan": s["lan"],
        "family": s["family"], "pages": pages, "redirects": s.get("redirects", {}),
        "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
        "sitemap": s.get("sitemap") or [p for p in pages],
        "search": {"path": s["search"]["path"], "param": s["search"]["param"], "hits": s["search"]["hits"],
                   "template": tpl},
        "front_status": None,
    }
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def area(h1, intro, links=()):
    li = "".join(f'<li><a href="{p}">{t}</a></li>' for t, p in links)
    return f"<h1>{h1}</h1><p>{intro}</p>" + (f'<ul class="area-links">{li}</ul>' if li else "")


def common_pages(s):
    """Tillgänglighet, Lättläst, In English pages every site has."""
    return {
        s["tillg"]: ("tillganglighet.html", "Tillgänglighetsredogörelse",
                                            f"<h1>Tillgänglighetsredogörelse</h1><p>{s['name']} kommun står bakom "
                                            "denna webbplats. Vi vill att så många som möjligt ska kunna använda den. "
                                            "Delar av webbplatsen uppfyller inte lagkraven, till exempel vissa "
                                            "PDF-dokument.</p>"),
        s["lattlast"]: ("lattlast.html", "Lättläst",
                                      f"<h1>Lättläst</h1><p>Här kan du läsa om {s['name']} kommun på ett enkelt sätt. "
                                      "Kommunen bestämmer om skolor, äldreomsorg och sophämtning.</p>"),
        s["english"]: ("in-english.html", "In English",
                                        f"<h1>In English</h1><p>Welcome to {s['name']} municipality. "
                                        "Call the switchboard on weekdays for any question.</p>"),
    }


import sys  # noqa: E402

sys.path.insert(0, str(HERE))
from sites_data import SITES  # noqa: E402


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for s in SITES:
        build_site(s)
        print(s["code"], s["name"], len(list((OUT / s["code"]).glob("*.html"))), "html files")


if __name__ == "__main__":
    main()
