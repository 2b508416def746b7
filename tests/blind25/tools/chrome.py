"""Markup families for the blind25 corpus (typing aid for build_sites.py).

Each family renders one page: chrome(site, path, title, main_html, front) -> str.
site is the dict from build_sites.SITES.  All links are root-relative and resolve
to a manifest page (sub-menu items point at anchors on the area pages).
"""
from __future__ import annotations

import html

E = html.escape


def page_title(s, title):
    return f"{title} - {s['full']}" if title else s["full"]


def num(text):
    return sum(map(ord, text)) % 9000 + 1000


def nav_items(s):
    """[(href, label, [(href, label)])] : the areas plus extra top-level links."""
    out = []
    for href, label, subs in s["areas"]:
        out.append((href, label, [(a if a.startswith("/") else f"{href}#{a}", t) for a, t in subs]))
    for href, label, subs in s.get("nav_extra", []):
        out.append((href, label, subs))
    return out


def news_list(s, n=3):
    return [x for x in s["news"] if x.get("front", True)][:n]


def topbar_links(s):
    return [(s.get("lattlast", "/lattlast/"), "Lättläst"), (s.get("en", "/en/"), "In English"), *s.get("topbar_extra", [])]


# ---------------------------------------------------------------- semantic (9261)
def semantic(s, path, title, main, front):
    nav = "\n".join(
        f'<li class="menu__item"><a href="{h}">{E(l)}</a>'
        + ('<ul class="menu__sub">' + "".join(f'<li><a href="{sh}">{E(sl)}</a></li>' for sh, sl in subs) + "</ul>" if subs else "")
        + "</li>" for h, l, subs in nav_items(s))
    util = "".join(f'<li><a href="{h}">{E(l)}</a></li>' for h, l in s.get("header_links", []))
    tb = "".join(f'<li><a href="{h}">{E(l)}</a></li>' for h, l in topbar_links(s))
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(page_title(s, title))}</title>
<link rel="canonical" href="__ORIGIN__{path}">
<style>
body{{font-family:Arial,sans-serif;margin:0;color:#222}} .topbar{{background:#1d3b5a;color:#fff;font-size:.85rem}}
.topbar ul,.menu,.util{{list-style:none;margin:0;padding:0;display:flex;gap:1rem}} .menu__sub{{display:none}}
.menu__item:hover .menu__sub{{display:block;position:absolute;background:#fff}} main{{max-width:70rem;margin:auto;padding:1rem}}
footer{{background:#eee;padding:1rem}} .cards{{display:grid;grid-template-columns:repeat(4,1fr);gap:1rem}}
</style>
</head>
<body>
<a class="skip" href="#innehall">Till innehållet</a>
<div class="topbar"><ul><li><button type="button" class="listen">Lyssna</button></li>{tb}</ul></div>
<header class="site-header">
  <a class="logo" href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{E(s['full'])} – till startsidan"></a>
  <form class="search" action="{s['search']['path']}" method="get" role="search"><label for="q">Sök på webbplatsen</label><input id="q" name="q" type="search"><button>Sök</button></form>
  <ul class="util">{util}</ul>
  <nav class="main-nav" aria-label="Huvudmeny"><ul class="menu">
{nav}
  </ul></nav>
</header>
<main id="innehall">
{main}
</main>
<footer class="site-footer">
{s['footer']}
</footer>
<div class="cookie" id="cookie"><p>Vi använder kakor för att webbplatsen ska fungera. <a href="/om-webbplatsen/#kakor">Läs om kakor</a></p><button type="button">Jag förstår</button></div>
<script>document.querySelector('#cookie button').onclick=function(){{document.getElementById('cookie').remove()}};</script>
</body>
</html>
"""


# ---------------------------------------------------------------- sitevision (9262)
def sitevision(s, path, title, main, front):
    tops = []
    panels = []
    for i, (h, l, subs) in enumerate(nav_items(s)):
        if subs:
            tops.append(f'<li class="sv-nav-item"><a class="sv-nav-link" href="{h}">{E(l)}</a>'
                        f'<button class="env-button" aria-expanded="false" aria-controls="mega-{i}" title="Visa undermeny för {E(l)}"></button></li>')
            cols = "".join(f'<li><a href="{sh}" class="sv-mega-link">{E(sl)}</a></li>' for sh, sl in subs)
            panels.append(f'<div class="sv-layout mega-panel" id="mega-{i}" hidden><div class="sv-text-portlet"><h2 class="subheading">{E(l)}</h2><ul>{cols}</ul></div></div>')
        else:
            tops.append(f'<li class="sv-nav-item"><a class="sv-nav-link" href="{h}">{E(l)}</a></li>')
    tb = " | ".join(f'<a href="{h}">{E(l)}</a>' for h, l in topbar_links(s))
    return f"""<!DOCTYPE html>
<html lang="sv" class="sv-no-js">
<head>
<meta charset="utf-8">
<title>{E(page_title(s, title))}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="/sitevision/system-resource/abc123/css/portlets.css" media="none">
<style>.sv-grid-main{{max-width:1200px;margin:0 auto}} .mega-panel[hidden]{{display:none}} .sv-nav{{display:flex;list-style:none}} .sv-vertical{{display:block}}</style>
<script>svDocReady=[];</script>
</head>
<body class="sv-responsive">
<div class="sv-layout" id="svid10_1a2b3c">
  <div class="sv-layout sv-template-portlet topp" id="svid12_topp">
    <div class="sv-text-portlet sv-use-margins verktyg"><button class="lyssna">Lyssna</button> | {tb}</div>
    <div class="sv-image-portlet logo"><a href="/"><img alt="{E(s['full'])}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></a></div>
    <div class="sv-searchform-portlet"><form method="get" action="{s['search']['path']}"><label for="search12" class="env-assistive-text">Sök</label><input id="search12" name="{s['search']['param']}" type="text" placeholder="Vad letar du efter?"><button type="submit">Sök</button></form></div>
    <div class="sv-layout sv-template-portlet huvudmeny" id="svid12_meny">
      <ul class="sv-nav">
{chr(10).join(tops)}
      </ul>
{chr(10).join(panels)}
    </div>
  </div>
  <div class="sv-layout sv-grid-main" id="svid10_innehall">
{main}
  </div>
  <div class="sv-layout sidfot" id="svid12_sidfot">
{s['footer']}
  </div>
</div>
<div class="sv-cookie-consent-banner" role="dialog" aria-label="Kakor"><p>Vi använder kakor (cookies). <a href="/om-webbplatsen.html#kakor">Läs mer</a></p><button>Godkänn</button></div>
<script>svDocReady.push(function(){{document.querySelectorAll('.env-button').forEach(function(b){{b.onclick=function(){{var p=document.getElementById(b.getAttribute('aria-controls'));p.hidden=!p.hidden;}}}})}});</script>
</body>
</html>
"""


# ---------------------------------------------------------------- municipio drawer (9263)
def municipio(s, path, title, main, front):
    items = []
    for h, l, subs in nav_items(s):
        sub = "".join(f'<li class="menu-item"><a href="{sh}">{E(sl)}</a></li>' for sh, sl in subs)
        items.append(f'<li class="menu-item menu-item-has-children"><a href="{h}">{E(l)}</a><ul class="sub-menu">{sub}</ul></li>')
    tb = "".join(f'<a class="c-button c-button--basic" href="{h}">{E(l)}</a>' for h, l in topbar_links(s))
    return f"""<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(page_title(s, title))}</title>
<link rel="stylesheet" id="municipio-css" href="/wp-content/themes/municipio/assets/dist/css/app.css" media="print">
<style>.c-drawer[aria-hidden=true]{{display:none}} .c-header{{display:flex;justify-content:space-between}}</style>
</head>
<body class="page-template-default page wp-theme-municipio">
<div class="c-header c-header--business" id="site-header">
  <div class="c-header__logo"><a href="/" class="c-logotype"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{E(s['full'])}"></a></div>
  <div class="c-header__tools">{tb}<button class="c-button">Lyssna</button>
    <form class="c-form search-form" action="/" method="get"><input type="search" name="s" placeholder="Sök på {E(s['domain'])}"><button class="c-button">Sök</button></form>
    <button class="c-button c-button__toggle js-trigger-drawer" aria-controls="drawer" aria-expanded="false"><span class="c-icon">menu</span> Meny</button>
  </div>
</div>
<div class="c-drawer c-drawer--right" id="drawer" aria-hidden="true">
  <button class="c-drawer__close" aria-label="Stäng menyn">×</button>
  <nav class="c-drawer__body" aria-label="Meny"><ul id="menu-huvudmeny" class="c-nav c-nav--drawer">
{chr(10).join(items)}
  </ul></nav>
</div>
<div class="o-container site-content" id="main-content">
{main}
</div>
<div class="c-footer" id="site-footer">
{s['footer']}
</div>
<script>document.querySelector('.js-trigger-drawer').addEventListener('click',function(){{var d=document.getElementById('drawer');d.setAttribute('aria-hidden',d.getAttribute('aria-hidden')==='true'?'false':'true');}});</script>
</body>
</html>
"""


# ---------------------------------------------------------------- drupal (9264)
def drupal(s, path, title, main, front):
    items = []
    for h, l, subs in nav_items(s):
        if subs:
            sub = "".join(f'<li class="menu-item"><a href="{sh}" data-drupal-link-system-path="node/{num(sh)}">{E(sl)}</a></li>' for sh, sl in subs)
            items.append(f'<li class="menu-item menu-item--expanded"><a href="{h}">{E(l)}</a><ul class="menu menu--level-2">{sub}</ul></li>')
        else:
            items.append(f'<li class="menu-item"><a href="{h}">{E(l)}</a></li>')
    tb = "".join(f'<li><a href="{h}">{E(l)}</a></li>' for h, l in topbar_links(s))
    return f"""<!DOCTYPE html>
<html lang="sv" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{E(page_title(s, title))}</title>
<style>.menu--level-2{{display:none}} .menu-item--expanded:focus-within .menu--level-2{{display:block}}</style>
</head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
  <div class="region region-top-bar"><ul class="menu menu--top">{tb}<li><button class="readspeaker">Lyssna</button></li></ul></div>
  <header role="banner" class="region region-header">
    <div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Hem"></a><div class="site-name">{E(s['full'])}</div></div>
    <div class="search-block-form block block-search" id="block-search"><form action="{s['search']['path']}" method="get"><input title="Ange de termer du vill söka efter." type="search" name="{s['search']['param']}" size="15"><input type="submit" value="Sök"></form></div>
  </header>
  <div class="region region-primary-menu">
    <nav role="navigation" aria-labelledby="block-huvudmeny-menu" id="block-huvudmeny" class="block block-menu navigation menu--main">
      <h2 class="visually-hidden" id="block-huvudmeny-menu">Huvudmeny</h2>
      <ul class="menu menu--level-1">
{chr(10).join(items)}
      </ul>
    </nav>
  </div>
  <main role="main">
    <a id="main-content" tabindex="-1"></a>
    <div class="layout-content"><div class="region region-content">
{main}
    </div></div>
  </main>
  <footer role="contentinfo" class="region region-footer">
{s['footer']}
  </footer>
</div>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/1"}}}}</script>
</body>
</html>
"""


# ---------------------------------------------------------------- table / Latin-1 (9265)
def table(s, path, title, main, front):
    rows = []
    for h, l, subs in nav_items(s):
        rows.append(f'<tr><td class="nav1"><a href="{h}"><font face="Verdana" size="2"><b>{E(l)}</b></font></a></td></tr>')
        for sh, sl in subs:
            rows.append(f'<tr><td class="nav2">&nbsp;&nbsp;<a href="{sh}"><font face="Verdana" size="1">{E(sl)}</font></a></td></tr>')
    tb = " &nbsp;|&nbsp; ".join(f'<a href="{h}"><font color="#ffffff">{E(l)}</font></a>' for h, l in topbar_links(s))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{E(page_title(s, title))}</title>
<style type="text/css">td.nav1{{padding:4px;border-bottom:1px solid #ccc}} td.nav2{{padding:2px}}</style>
</head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" bgcolor="#2b5d2b" height="24" align="right"><font face="Verdana" size="1" color="#ffffff">Lyssna &nbsp;|&nbsp; {tb}</font></td></tr>
<tr><td colspan="2" height="90" background="/bilder/topp.jpg">
  <table width="100%" border="0"><tr>
    <td><a href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="260" height="70" border="0" alt="{E(s['full'])}"></a></td>
    <td align="right"><form action="{s['search']['path']}" method="get"><font face="Verdana" size="1">Sök:</font> <input type="text" name="{s['search']['param']}" size="18"> <input type="submit" value="Sök"></form></td>
  </tr></table>
</td></tr>
<tr>
<td width="200" valign="top" bgcolor="#eef3ee">
  <table width="200" border="0" cellspacing="0" cellpadding="0">
{chr(10).join(rows)}
  </table>
</td>
<td width="760" valign="top"><div style="padding:12px">
<font face="Verdana" size="2">
{main}
</font>
</div></td>
</tr>
<tr><td colspan="2" bgcolor="#dddddd"><font face="Verdana" size="1">
{s['footer']}
</font></td></tr>
</table>
</body>
</html>
"""


# ---------------------------------------------------------------- soup (9266)
def soup(s, path, title, main, front):
    items = []
    for h, l, subs in nav_items(s):
        sub = "".join(f'<div class="k2"><a href="{sh}">{E(sl)}</a></div>' for sh, sl in subs)
        items.append(f'<div class="k1"><a href="{h}" class="t">{E(l)}</a><div class="k1d" style="display:none">{sub}</div></div>')
    tb = "".join(f'<span class="q7"><a href="{h}">{E(l)}</a></span>' for h, l in topbar_links(s))
    util = "".join(f'<span class="q7"><a href="{h}">{E(l)}</a></span>' for h, l in s.get("header_links", []))
    return f"""<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{E(page_title(s, title))}</title>
<style>.w0{{max-width:1100px;margin:auto}} .q1{{display:flex;justify-content:space-between;background:#f4f0e8}} .q2{{display:flex;gap:18px}} .k1{{position:relative}} .zz{{background:#333;color:#ddd;padding:20px}}</style>
</head>
<body>
<div class="w0">
  <div class="q0">{tb}<span class="q7"><a href="#" onclick="return false">Lyssna</a></span>{util}</div>
  <div class="q1">
    <div class="q3"><a href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{E(s['full'])}"></a></div>
    <div class="q4"><form action="/sok/" method="get"><input name="q" placeholder="Sök"><button>Sök</button></form></div>
  </div>
  <div class="q2">
{chr(10).join(items)}
  </div>
  <div class="box7">
{main}
  </div>
  <div class="zz">
{s['footer']}
  </div>
</div>
<script>document.querySelectorAll('.k1').forEach(function(k){{k.onmouseenter=function(){{k.querySelector('.k1d').style.display='block'}};k.onmouseleave=function(){{k.querySelector('.k1d').style.display='none'}}}});</script>
</body>
</html>
"""


# ---------------------------------------------------------------- bootstrap (9267)
def bootstrap(s, path, title, main, front):
    items = []
    for i, (h, l, subs) in enumerate(nav_items(s)):
        if subs:
            sub = "".join(f'<li><a class="dropdown-item" href="{sh}">{E(sl)}</a></li>' for sh, sl in subs)
            items.append(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{h}" id="dd{i}" role="button" data-bs-toggle="dropdown" aria-expanded="false">{E(l)}</a>'
                         f'<ul class="dropdown-menu" aria-labelledby="dd{i}"><li><a class="dropdown-item" href="{h}">Allt om {E(l.lower())}</a></li>{sub}</ul></li>')
        else:
            items.append(f'<li class="nav-item"><a class="nav-link" href="{h}">{E(l)}</a></li>')
    tb = "".join(f'<a class="link-light me-3" href="{h}">{E(l)}</a>' for h, l in topbar_links(s))
    return f"""<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(page_title(s, title))}</title>
<link href="/assets/css/bootstrap.min.css" rel="stylesheet" media="print">
<style>.dropdown-menu{{display:none}} .dropdown-menu.show{{display:block}}</style>
</head>
<body>
<div class="bg-dark text-light small py-1"><div class="container">{tb}<button class="btn btn-sm btn-outline-light">Lyssna</button></div></div>
<nav class="navbar navbar-expand-lg navbar-light bg-light">
  <div class="container">
    <a class="navbar-brand" href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" width="40"> {E(s['full'])}</a>
    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav" aria-controls="nav" aria-expanded="false" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse" id="nav">
      <ul class="navbar-nav me-auto">
{chr(10).join(items)}
      </ul>
      <form class="d-flex" role="search" action="/sok/" method="get"><input class="form-control me-2" type="search" name="q" placeholder="Sök" aria-label="Sök"><button class="btn btn-outline-success" type="submit">Sök</button></form>
    </div>
  </div>
</nav>
<div class="container my-4" id="content">
{main}
</div>
<footer class="bg-secondary text-white py-4 mt-5"><div class="container">
{s['footer']}
</div></footer>
<script>document.querySelectorAll('[data-bs-toggle=dropdown]').forEach(function(a){{a.addEventListener('click',function(e){{e.preventDefault();a.nextElementSibling.classList.toggle('show')}})}});</script>
</body>
</html>
"""


# ---------------------------------------------------------------- aria roles (9268)
def aria(s, path, title, main, front):
    items = []
    for h, l, subs in nav_items(s):
        sub = "".join(f'<div role="listitem"><a href="{sh}">{E(sl)}</a></div>' for sh, sl in subs)
        items.append(f'<div role="listitem" class="n-top"><a href="{h}">{E(l)}</a><div role="list" class="n-sub" hidden>{sub}</div></div>')
    util = "".join(f'<a class="hl" href="{h}">{E(l)}</a>' for h, l in s.get("header_links", []))
    tb = "".join(f'<a href="{h}">{E(l)}</a> ' for h, l in topbar_links(s))
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{E(page_title(s, title))}</title>
<style>.pg{{display:flex;flex-direction:column}} .n-sub[hidden]{{display:none}} .r-ban{{display:flex;gap:2rem;align-items:center}} .r-nav{{display:flex;gap:1.2rem}}</style>
</head>
<body>
<div class="pg">
  <div role="banner" class="r-ban">
    <div class="tb">{tb}<span class="lyssna" tabindex="0">Lyssna</span></div>
    <a href="/" class="brand" aria-label="{E(s['full'])}, startsida"><span class="brand-mark"></span></a>
    <div role="search"><form action="/sok/" method="get"><input name="q" aria-label="Sökord"><button>Sök</button></form></div>
    <div class="hlinks">{util}</div>
  </div>
  <div role="navigation" aria-label="Huvudmeny"><div role="list" class="r-nav">
{chr(10).join(items)}
  </div></div>
  <div role="main" class="r-main">
{main}
  </div>
  <div role="contentinfo" class="r-foot">
{s['footer']}
  </div>
</div>
<script>document.querySelectorAll('.n-top').forEach(function(n){{n.addEventListener('mouseenter',function(){{n.querySelector('.n-sub').hidden=false}});n.addEventListener('mouseleave',function(){{n.querySelector('.n-sub').hidden=true}})}});</script>
</body>
</html>
"""


# ---------------------------------------------------------------- joomla (9269)
def joomla(s, path, title, main, front):
    items = []
    for i, (h, l, subs) in enumerate(nav_items(s)):
        cls = f"item-{101 + i * 7}"
        if subs:
            sub = "".join(f'<li class="item-{102 + i * 7 + j}"><a href="{sh}">{E(sl)}</a></li>' for j, (sh, sl) in enumerate(subs))
            items.append(f'<li class="nav-item {cls} deeper parent"><a href="{h}">{E(l)}</a><button class="mm-toggler mm-toggler-link" aria-haspopup="true" aria-expanded="false" aria-label="{E(l)}"></button><ul class="mm-collapse">{sub}</ul></li>')
        else:
            items.append(f'<li class="nav-item {cls}"><a href="{h}">{E(l)}</a></li>')
    tb = "".join(f'<li><a href="{h}">{E(l)}</a></li>' for h, l in topbar_links(s))
    return f"""<!DOCTYPE html>
<html lang="sv-se" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(page_title(s, title))}</title>
<style>.mm-collapse{{display:none}} .container-header{{background:#5a2d1d;color:#fff}}</style>
</head>
<body class="site com_content view-article layout-blog no-task itemid-101">
<header class="header container-header full-width">
  <div class="container-topbar"><ul class="mod-menu mod-list nav">{tb}<li><a href="#" role="button">Lyssna</a></li></ul></div>
  <div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{E(s['full'])}"></a></div></div>
  <div class="grid-child container-nav">
    <nav class="navbar navbar-expand-md" aria-label="Huvudmeny">
      <ul class="mod-menu mod-menu_dropdown-metismenu metismenu mod-list">
{chr(10).join(items)}
      </ul>
    </nav>
    <div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/index.php/sok" method="get" role="search"><label for="mod-finder-searchword" class="visually-hidden finder">Sök</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" placeholder="Sök ..."></form></div>
  </div>
</header>
<div class="site-grid">
  <div class="grid-child container-component">
  <main>
{main}
  </main>
  </div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child">
{s['footer']}
</div></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- optimizely BEM (9270)
def optimizely(s, path, title, main, front):
    items = []
    for i, (h, l, subs) in enumerate(nav_items(s)):
        sub = "".join(f'<li class="c-megamenu__item"><a class="c-megamenu__link" href="{sh}">{E(sl)}</a></li>' for sh, sl in subs)
        items.append(f'<li class="c-mainnav__item"><a class="c-mainnav__link" href="{h}" data-epi-id="{3100 + i}">{E(l)}</a>'
                     f'<div class="c-megamenu" aria-hidden="true"><ul class="c-megamenu__list">{sub}</ul></div></li>')
    util = "".join(f'<li class="c-servicenav__item"><a href="{h}">{E(l)}</a></li>' for h, l in s.get("header_links", []))
    tb = "".join(f'<li class="c-servicenav__item"><a href="{h}">{E(l)}</a></li>' for h, l in topbar_links(s))
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(page_title(s, title))}</title>
<link rel="stylesheet" href="/static/css/main.7f3a.css" media="print">
<style>.c-megamenu[aria-hidden=true]{{display:none}} .c-mainnav__list{{display:flex;list-style:none}}</style>
</head>
<body class="t-standardpage" data-epi-page="{num(path)}">
<div class="l-page">
<header class="c-header">
  <div class="c-header__top"><ul class="c-servicenav">{tb}<li class="c-servicenav__item"><button class="c-listen">Lyssna</button></li>{util}</ul></div>
  <div class="c-header__main">
    <a class="c-header__logo" href="/"><svg role="img" aria-label="{E(s['full'])}" width="180" height="48"><rect width="180" height="48" fill="#004b6b"></rect></svg></a>
    <form class="c-search" action="/sok/" method="get"><label class="u-visually-hidden" for="hq">Sök</label><input id="hq" name="q" type="search"><button class="c-search__btn">Sök</button></form>
  </div>
  <nav class="c-mainnav" aria-label="Huvudnavigering"><ul class="c-mainnav__list">
{chr(10).join(items)}
  </ul></nav>
</header>
<main class="l-main" id="main">
{main}
</main>
<footer class="c-footer">
{s['footer']}
</footer>
</div>
<script src="/static/js/main.7f3a.js" defer></script>
</body>
</html>
"""


FAMILIES = {f.__name__: f for f in (semantic, sitevision, municipio, drupal, table, soup, bootstrap, aria, joomla, optimizely)}
