"""Markup families of the second blind corpus (page shells: header, menus, footer).

Each shell takes the site dict ``S``, a page title, the page's own content and
options, and returns a whole HTML document. A typing aid; the files are the corpus.
"""
from __future__ import annotations

import json

from common import BASE_CSS, COOKIE_SCRIPT, ESERVICES, EVENTS, NEWS, TOPBAR, esc, slug


def menu(S):
    """[(label, href, [(sub label, sub href), ...]), ...] for the site's primary menu."""
    return S["menu"]


def area_href(S, label):
    return f"{S['prefix']}/{slug(label)}{S['ts']}"


def news_href(S, key):
    return f"{S['prefix']}/nyheter/{key}{S['ts']}"


def cookie(tag="div", cls="cookie"):
    return (f'<{tag} class="{cls}" data-cookie-banner role="dialog" aria-label="Kakor">'
            '<p>Vi använder kakor för att webbplatsen ska fungera och för att förbättra den. '
            '<a href="{KAKOR}">Läs mer om kakor</a></p><button type="button">Jag förstår</button>'
            f'</{tag}>')


def fill(text, S):
    return text.replace("{KAKOR}", S["kakor"]).replace("{TILL}", S["tillganglighet"])


def footer_lines(S):
    return [
        f"{S['kommun_full']}",
        f"{S['post']}",
        f"Besöksadress: {S['visit']}",
        f"Växel: {S['vaxel']}",
        f"E-post: {S['mail']}",
        f"Organisationsnummer: {S['orgnr']}",
    ]


def title_of(S, title):
    return S["title_fmt"].format(t=title, site=S["kommun_full"]) if title else S["kommun_full"]


# --------------------------------------------------------------------------
# 1. Optimizely / Episerver-like
# --------------------------------------------------------------------------

def shell_epi(S, title, main, *, front=False, crumbs=None, head_extra=""):
    nav = []
    for i, (label, href, subs) in enumerate(menu(S)):
        sub = "".join(f'<li class="mega-menu__item"><a href="{esc(h)}" data-epi-link>{esc(t)}</a></li>'
                      for t, h in subs)
        nav.append(
            f'<li class="main-nav__item" data-epi-content-id="{120 + i}">'
            f'<a class="main-nav__link" href="{esc(href)}">{esc(label)}</a>'
            f'<button class="main-nav__expand" type="button" aria-expanded="false" '
            f'aria-controls="mega-{i}"><span class="vh">Visa undersidor till {esc(label)}</span></button>'
            f'<div class="mega-menu" id="mega-{i}" hidden><ul class="mega-menu__list">{sub}</ul></div></li>')
    top = "".join(f'<li><a href="{S["prefix"]}/{slug(t)}{S["ts"]}">{esc(t)}</a></li>' for t in TOPBAR)
    bc = ""
    if crumbs:
        items = "".join(f'<li class="breadcrumb__item"><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in crumbs[:-1])
        bc = (f'<nav class="breadcrumb" aria-label="Du är här"><ol class="breadcrumb__list">{items}'
              f'<li class="breadcrumb__item" aria-current="page">{esc(crumbs[-1][0])}</li></ol></nav>')
    foot = "".join(f"<li>{esc(x)}</li>" for x in footer_lines(S))
    return fill(f"""<!DOCTYPE html>
<html lang="sv" data-epi-site="{S['code']}">
<head>
<meta charset="utf-8">
<title>{esc(title_of(S, title))}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="__ORIGIN__{esc(S['canon'])}">
<link rel="stylesheet" href="/Static/dist/main.b41c9e.css">
<style>{BASE_CSS}
.site-header{{background:#fff;border-bottom:4px solid #1d6e3f}}.site-header__inner{{display:flex;gap:2rem;align-items:center;padding:1rem 2rem}}
.main-nav__list{{display:flex;list-style:none;margin:0;padding:0 2rem;background:#1d6e3f}}.main-nav__link{{color:#fff;display:block;padding:.8rem 1rem}}
.mega-menu[hidden]{{display:none}}.hero-block{{background:#e9f3ec;padding:2rem}}.contact-teaser{{background:#fff;border-left:6px solid #1d6e3f;padding:1rem;max-width:28rem}}
</style>
{head_extra}
</head>
<body class="{'startpage' if front else 'standardpage'}">
<a class="skip-link" href="#main-content">Gå direkt till innehållet</a>
{cookie()}
<div class="tool-bar"><ul class="tool-bar__list">{top}</ul></div>
<header class="site-header">
<div class="site-header__inner">
<a class="site-header__logo" href="{S['home']}"><img src="/globalassets/logo/{slug(S['name'])}-logo.svg" alt="{esc(S['kommun_full'])}, till startsidan" width="210" height="60"></a>
<form class="site-search" action="{S['search_path']}" method="get" role="search">
<label for="q" class="vh">Sök på webbplatsen</label><input id="q" name="q" type="search" placeholder="Vad letar du efter?"><button type="submit">Sök</button>
</form>
</div>
<nav class="main-nav" aria-label="Huvudmeny" data-epi-property-name="MainNavigation"><ul class="main-nav__list">{''.join(nav)}</ul></nav>
</header>
{bc}
<main id="main-content" class="page-content">
{main}
</main>
<footer class="site-footer" data-epi-property-name="Footer">
<div class="site-footer__col"><h2>Kontakt</h2><ul>{foot}</ul></div>
<div class="site-footer__col"><h2>Om webbplatsen</h2><ul><li><a href="{{TILL}}">Tillgänglighetsredogörelse</a></li><li><a href="{{KAKOR}}">Kakor</a></li><li><a href="{S['prefix']}/om-webbplatsen/personuppgifter{S['ts']}">Behandling av personuppgifter</a></li></ul></div>
{S.get('footer_extra', '')}
</footer>
<script src="/Static/dist/main.b41c9e.js" defer></script>
<script>{COOKIE_SCRIPT}</script>
</body>
</html>
""", S)


# --------------------------------------------------------------------------
# 2. Drupal-like
# --------------------------------------------------------------------------

def shell_drupal(S, title, main, *, front=False, crumbs=None, head_extra=""):
    items = []
    for label, href, subs in menu(S):
        sub = "".join(f'<li class="menu-item"><a href="{esc(h)}" data-drupal-link-system-path="node/{300 + n}">{esc(t)}</a></li>'
                      for n, (t, h) in enumerate(subs))
        cls = "menu-item menu-item--expanded" if subs else "menu-item"
        ul = f'<ul class="menu menu--level-2">{sub}</ul>' if subs else ""
        items.append(f'<li class="{cls}"><a href="{esc(href)}">{esc(label)}</a>{ul}</li>')
    top = "".join(f'<li class="menu-item"><a href="/{slug(t)}">{esc(t)}</a></li>' for t in TOPBAR)
    bc = ""
    if crumbs:
        li = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in crumbs[:-1])
        bc = (f'<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">'
              f'<h2 id="system-breadcrumb" class="visually-hidden">Länkstig</h2><ol>{li}<li>{esc(crumbs[-1][0])}</li></ol></nav></div>')
    foot = "<br>\n".join(esc(x) for x in footer_lines(S))
    return fill(f"""<!DOCTYPE html>
<html lang="sv" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title_of(S, title))}</title>
<link rel="canonical" href="__ORIGIN__{esc(S['canon'])}">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq1v.css">
<style>{BASE_CSS}
.region-header{{display:flex;justify-content:space-between;padding:1rem 2rem;background:#8a1538;color:#fff}}.region-header a{{color:#fff}}
.menu--main>ul{{display:flex;list-style:none;margin:0;padding:0 2rem;background:#f3e8ec}}.menu--main .menu--level-2{{display:none}}
.menu--main .menu-item--expanded:hover>.menu--level-2{{display:block;position:absolute;background:#fff}}
</style>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/{S['code'][-2:]}","currentLanguage":"sv"}},"ajaxTrustedUrl":{{}}}}</script>
{head_extra}
</head>
<body class="path-{'frontpage' if front else 'node'} page-node-type-{'landing' if front else 'page'}">
<a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
{cookie(cls='eu-cookie-compliance-banner')}
<div class="region region-top"><nav role="navigation" aria-label="Genvägar" class="block block-menu menu--top"><ul class="menu">{top}</ul></nav></div>
<header role="banner">
<div class="region region-header">
<div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home"><img src="/themes/custom/{slug(S['name'])}/logo.svg" alt="Startsida – {esc(S['kommun_full'])}"></a></div>
<div class="search-block-form block block-search" role="search"><form action="{S['search_path']}" method="get" accept-charset="UTF-8"><label for="edit-keys" class="visually-hidden">Sök</label><input type="search" id="edit-keys" name="keys" size="15" maxlength="128" class="form-search"><input type="submit" value="Sök" class="button js-form-submit form-submit"></form></div>
</div>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-huvudmeny-menu" id="block-huvudmeny" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-huvudmeny-menu">Huvudmeny</h2><ul class="menu menu--level-1">{''.join(items)}</ul></nav></div>
</header>
{bc}
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><div class="region region-content">
{main}
</div></div>
</main>
<footer role="contentinfo"><div class="region region-footer">
<div id="block-kontaktuppgifter" class="block block-block-content"><h2>Kontakta kommunen</h2><div class="clearfix text-formatted field field--name-body"><p>{foot}</p></div></div>
<nav role="navigation" class="block block-menu menu--footer"><ul class="menu"><li><a href="{{TILL}}">Tillgänglighetsredogörelse</a></li><li><a href="{{KAKOR}}">Om kakor</a></li></ul></nav>
{S.get('footer_extra', '')}
</div></footer>
</div></div>
<script src="/core/misc/drupal.js?v=10.2.4"></script>
<script>{COOKIE_SCRIPT}</script>
</body>
</html>
""", S)


# --------------------------------------------------------------------------
# 3. Next.js server-rendered (complete HTML, hashed class names, data attributes)
# --------------------------------------------------------------------------

def shell_next(S, title, main, *, front=False, crumbs=None, head_extra=""):
    nav = []
    for i, (label, href, subs) in enumerate(menu(S)):
        sub = "".join(f'<li data-nav-level="2"><a class="MainNav_subLink__Rk2pQ" href="{esc(h)}">{esc(t)}</a></li>'
                      for t, h in subs)
        nav.append(f'<li class="MainNav_item__3kQf1" data-nav-level="1" data-index="{i}">'
                   f'<a class="MainNav_link__ZpV0w" href="{esc(href)}">{esc(label)}</a>'
                   f'<ul class="MainNav_sub__hW8sT" data-open="false" hidden>{sub}</ul></li>')
    bc = ""
    if crumbs:
        li = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in crumbs[:-1])
        bc = f'<nav class="Breadcrumbs_root__1a2B3" aria-label="Brödsmulor"><ol>{li}<li aria-current="page">{esc(crumbs[-1][0])}</li></ol></nav>'
    top = "".join(f'<a class="Topbar_link__9dK2e" href="/{slug(t)}">{esc(t)}</a>' for t in TOPBAR)
    foot = "".join(f'<p class="Footer_line__Yq0aP">{esc(x)}</p>' for x in footer_lines(S))
    data = {"props": {"pageProps": {"page": {"title": title or "Startsida", "type": "start" if front else "article"},
                                    "menu": [{"label": t, "href": h} for t, h, _ in menu(S)]},
                      "__N_SSP": True},
            "page": "/[[...slug]]", "query": {}, "buildId": "k9Xr2fQvT1", "isFallback": False, "gssp": True,
            "locale": "sv", "scriptLoader": []}
    data.update(S.get("next_extra", {}))
    return fill(f"""<!DOCTYPE html><html lang="sv"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>{esc(title_of(S, title))}</title><link rel="canonical" href="__ORIGIN__{esc(S['canon'])}"/><meta name="next-head-count" content="4"/><link rel="preload" href="/_next/static/css/7a1c0f3e2b.css" as="style"/><link rel="stylesheet" href="/_next/static/css/7a1c0f3e2b.css" data-n-g=""/><style>{BASE_CSS}
.Header_root__k3Jd9{{display:flex;align-items:center;justify-content:space-between;padding:1rem 2rem;background:#14213d;color:#fff}}.Header_root__k3Jd9 a{{color:#fff}}
.Button_primary__Q7r1T{{background:#fca311;color:#14213d!important;padding:.6rem 1rem;border-radius:2rem;font-weight:700;text-decoration:none}}
.MainNav_list__t5Gv2{{display:flex;list-style:none;margin:0;padding:0 2rem;background:#e5e5e5}}.MainNav_sub__hW8sT[hidden]{{display:none}}
</style>{head_extra}<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/framework-0c7baedefba6b077.js" defer=""></script><script src="/_next/static/chunks/pages/%5B%5B...slug%5D%5D-4d1a.js" defer=""></script></head><body><div id="__next"><div class="Layout_root__Jm2vX" data-theme="{slug(S['name'])}">
{cookie(cls='CookieBanner_root__f1Lq8')}
<div class="Topbar_root__mP4Rc" data-component="Topbar">{top}</div>
<header class="Header_root__k3Jd9" data-component="Header"><a class="Header_logo__u6Zs1" href="/"><img alt="{esc(S['kommun_full'])} – startsida" src="/_next/static/media/logo.4f3b2a.svg" width="190" height="56" decoding="async"/></a><form class="Search_root__aa1Vt" action="{S['search_path']}" method="get" role="search"><label class="vh" for="sok">Sök</label><input id="sok" name="q" type="search" placeholder="Sök på {esc(S['name'])}.se"/><button type="submit" data-testid="search-submit">Sök</button></form>{S.get('header_extra', '')}</header>
<nav class="MainNav_root__v2Jq8" data-component="MainNav" aria-label="Huvudnavigering"><ul class="MainNav_list__t5Gv2">{''.join(nav)}</ul></nav>
{bc}
<main class="Layout_main__P0c2s" id="innehall" data-page-type="{'start' if front else 'article'}">
{main}
</main>
<footer class="Footer_root__Zk7Fq" data-component="Footer"><div class="Footer_col__r3Wd1">{foot}</div><div class="Footer_col__r3Wd1"><a href="{{TILL}}">Tillgänglighetsredogörelse</a><a href="{{KAKOR}}">Kakor på webbplatsen</a></div>{S.get('footer_extra', '')}</footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script><script>{COOKIE_SCRIPT}</script></body></html>
""", S)


# --------------------------------------------------------------------------
# 4. Joomla-like (Protostar: article titles in h2, modules with h3)
# --------------------------------------------------------------------------

def shell_joomla(S, title, main, *, front=False, crumbs=None, head_extra=""):
    items = []
    for i, (label, href, subs) in enumerate(menu(S)):
        sub = "".join(f'<li class="item-{150 + 10 * i + n}"><a href="{esc(h)}">{esc(t)}</a></li>'
                      for n, (t, h) in enumerate(subs))
        items.append(f'<li class="item-{101 + i} deeper parent"><a href="{esc(href)}">{esc(label)}</a>'
                     f'<ul class="nav-child unstyled small">{sub}</ul></li>')
    bc = ""
    if crumbs:
        li = "".join(f'<li><a href="{esc(h)}" class="pathway">{esc(t)}</a><span class="divider">/</span></li>'
                     for t, h in crumbs[:-1])
        bc = (f'<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">'
              f'<li>Du är här: &#160;</li>{li}<li class="active"><span>{esc(crumbs[-1][0])}</span></li></ul></div>')
    foot = "<br />".join(esc(x) for x in footer_lines(S))
    top = " | ".join(f'<a href="/index.php/{slug(t)}">{esc(t)}</a>' for t in TOPBAR)
    return fill(f"""<!DOCTYPE html>
<html lang="sv-se" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title_of(S, title))}</title>
<link href="/templates/lerviken/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/lerviken/css/template.css?3f2a" rel="stylesheet" />
<style>{BASE_CSS}
.header{{background:#223;color:#fff;padding:1rem 2rem;display:flex;justify-content:space-between}}.header a{{color:#fff}}
.navigation .nav{{display:flex;list-style:none;margin:0;padding:0}}.nav-child{{display:none}}.deeper:hover .nav-child{{display:block;position:absolute;background:#fff}}
.moduletable{{margin:1rem 0}}</style>
{head_extra}
</head>
<body class="site com_content view-{'featured' if front else 'article'} no-layout no-task itemid-{101 if front else 133}">
<div class="body" id="top"><div class="container">
<div class="topmenu">{top}</div>
<header class="header" role="banner"><div class="header-inner clearfix">
<a class="brand pull-left" href="/index.php"><img src="/images/logo-lerviken.png" alt="{esc(S['kommun_full'])}" /></a>
<div class="header-search pull-right"><div class="search"><form action="{S['search_path']}" method="get" class="form-inline" role="search"><label for="mod-search-searchword93" class="element-invisible">Sök...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Sök..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /></form></div></div>
</div></header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Växla navigering</span></a></div>
<div class="nav-collapse"><ul class="nav menu nav-pills mod-list">{''.join(items)}</ul></div></nav>
{bc}
<div class="row-fluid"><main id="content" role="main" class="span12">
<div id="system-message-container"></div>
{main}
</main></div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr />
<div class="moduletable"><h3>Kontakt</h3><div class="custom"><p>{foot}</p></div></div>
<div class="moduletable"><ul class="nav menu mod-list"><li class="item-190"><a href="{{TILL}}">Tillgänglighetsredogörelse</a></li><li class="item-191"><a href="{{KAKOR}}">Kakor</a></li></ul></div>
{S.get('footer_extra', '')}
<p class="pull-right"><a href="#top" id="back-top">Till toppen</a></p><p>&copy; 2026 {esc(S['kommun_full'])}</p>
</div></footer>
<script src="/media/jui/js/jquery.min.js?3f2a"></script>
<script>{COOKIE_SCRIPT}</script>
</body>
</html>
""", S)


# --------------------------------------------------------------------------
# 5. Old XHTML 1.0 with nested layout tables, windows-1252
# --------------------------------------------------------------------------

def shell_xhtml(S, title, main, *, front=False, crumbs=None, head_extra="", left=None):
    nav = "".join(f'<td class="navcell"><a href="{esc(h)}" class="nav">{esc(t)}</a></td>'
                  f'<td width="1" bgcolor="#ffffff"><img src="/bilder/spacer.gif" width="1" height="1" alt="" /></td>'
                  for t, h, _ in menu(S))
    bc = ""
    if crumbs:
        bc = ('<p class="brodsmulor">Du är här: ' + " &gt; ".join(f'<a href="{esc(h)}">{esc(t)}</a>' for t, h in crumbs[:-1])
              + f" &gt; {esc(crumbs[-1][0])}</p>")
    if left is None:
        left = "".join(f'<tr><td class="vlank"><a href="{esc(h)}">{esc(t)}</a></td></tr>' for t, h, _ in menu(S))
        left = f'<table width="100%" cellpadding="4" cellspacing="0" border="0"><tr><td class="rubrik">Genvägar</td></tr>{left}</table>'
    foot = " &nbsp;|&nbsp; ".join(esc(x) for x in footer_lines(S))
    return fill(f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv" lang="sv">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252" />
<title>{esc(title_of(S, title))}</title>
<link rel="stylesheet" type="text/css" href="/css/norrhamra.css" />
<style type="text/css">/*<![CDATA[*/{BASE_CSS}
body{{background:#dfe6ee}}.nav{{color:#fff;font-weight:bold;text-decoration:none}}.navcell{{padding:6px 12px}}.rubrik{{background:#36577a;color:#fff;font-weight:bold}}
/*]]>*/</style>
{head_extra}
</head>
<body>
<table width="960" align="center" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td>
<table width="100%" cellpadding="8" cellspacing="0" border="0">
<tr><td width="300"><a href="/"><img src="/bilder/logo.gif" width="260" height="70" alt="{esc(S['kommun_full'])}" border="0" /></a></td>
<td align="right" class="smatt">{' | '.join(f'<a href="/{slug(t)}.htm">{esc(t)}</a>' for t in TOPBAR)}<br /><br />
<form action="{S['search_path']}" method="get"><input type="text" name="q" size="22" /> <input type="submit" value="Sök" /></form></td></tr>
</table>
</td></tr>
<tr><td bgcolor="#36577a"><table cellpadding="0" cellspacing="0" border="0"><tr>{nav}</tr></table></td></tr>
<tr><td>
<table width="100%" cellpadding="10" cellspacing="0" border="0"><tr>
<td width="190" valign="top" bgcolor="#eef2f6">{left}</td>
<td valign="top">
{bc}
{main}
</td>
</tr></table>
</td></tr>
<tr><td bgcolor="#36577a" class="sidfot"><font color="#ffffff" size="2">{foot}<br />
<a href="{{TILL}}"><font color="#ffffff">Tillgänglighetsredogörelse</font></a> &nbsp; <a href="{{KAKOR}}"><font color="#ffffff">Kakor</font></a>{S.get('footer_extra', '')}</font></td></tr>
</table>
<script type="text/javascript">//<![CDATA[
{COOKIE_SCRIPT}
//]]></script>
</body>
</html>
""", S)


# --------------------------------------------------------------------------
# 6. <details>/<summary> menus
# --------------------------------------------------------------------------

def shell_details(S, title, main, *, front=False, crumbs=None, head_extra=""):
    nav = []
    for label, href, subs in menu(S):
        sub = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in subs)
        nav.append(f'<li class="meny__omrade"><details><summary>{esc(label)}</summary>'
                   f'<ul class="meny__undersidor"><li><a href="{esc(href)}">Allt om {esc(label.lower())}</a></li>{sub}</ul>'
                   f'</details></li>')
    bc = ""
    if crumbs:
        li = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in crumbs[:-1])
        bc = f'<nav class="smulor" aria-label="Brödsmulor"><ol>{li}<li><span aria-current="page">{esc(crumbs[-1][0])}</span></li></ol></nav>'
    hl = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in S.get("header_links", []))
    foot = "".join(f"<p>{esc(x)}</p>" for x in footer_lines(S))
    return fill(f"""<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(title_of(S, title))}</title>
<link rel="canonical" href="__ORIGIN__{esc(S['canon'])}">
<style>{BASE_CSS}
.sidhuvud{{display:flex;flex-wrap:wrap;align-items:center;gap:1.5rem;padding:1rem 2rem;background:#fff8e6}}
.meny>ul{{display:flex;gap:.5rem;list-style:none;margin:0;padding:0 2rem;background:#7a4b00}}.meny summary{{color:#fff;cursor:pointer;padding:.7rem 1rem;font-weight:700}}
.meny details[open] .meny__undersidor{{position:absolute;background:#fff;list-style:none;padding:1rem;box-shadow:0 4px 12px #0003}}
</style>
{head_extra}
</head>
<body>
{cookie(tag='section', cls='kakruta')}
<div class="sidhuvud" role="banner">
<a class="logga" href="/"><img src="/assets/fagelsta-logga.svg" alt="{esc(S['kommun_full'])}" width="200" height="54"></a>
<ul class="snabblankar">{''.join(f'<li><a href="/{slug(t)}/">{esc(t)}</a></li>' for t in TOPBAR[:3])}{hl}</ul>
<form class="sok" action="{S['search_path']}" method="get" role="search"><label class="vh" for="s">Sök</label><input id="s" name="q" type="search"><button>Sök</button></form>
</div>
<nav class="meny" aria-label="Huvudmeny"><ul>{''.join(nav)}</ul></nav>
{bc}
<main>
{main}
</main>
<footer class="sidfot">
<section><h2>{esc(S['kommun_full'])}</h2>{foot}</section>
<section><h2>Om webbplatsen</h2><p><a href="{{TILL}}">Tillgänglighetsredogörelse</a></p><p><a href="{{KAKOR}}">Kakor</a></p></section>
{S.get('footer_extra', '')}
</footer>
<script>{COOKIE_SCRIPT}
document.querySelectorAll('.meny details').forEach(function(d){{d.addEventListener('toggle',function(){{if(d.open)document.querySelectorAll('.meny details').forEach(function(o){{if(o!==d)o.open=false;}});}});}});
</script>
</body>
</html>
""", S)


# --------------------------------------------------------------------------
# 7. Left <aside> menu (after <main> in source, shown on the left by CSS)
# --------------------------------------------------------------------------

def shell_aside(S, title, main, *, front=False, crumbs=None, head_extra="", current=None):
    items = []
    for label, href, subs in menu(S):
        sub = ""
        if current and current == label and subs:
            sub = '<ul class="niva-2">' + "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in subs) + "</ul>"
        items.append(f'<li class="niva-1__punkt"><a href="{esc(href)}">{esc(label)}</a>{sub}</li>')
    bc = ""
    if crumbs:
        bc = ('<p class="sokvag">' + " / ".join(f'<a href="{esc(h)}">{esc(t)}</a>' for t, h in crumbs[:-1])
              + f" / <strong>{esc(crumbs[-1][0])}</strong></p>")
    foot = "<br>".join(esc(x) for x in footer_lines(S))
    return fill(f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title_of(S, title))}</title>
<link rel="canonical" href="__ORIGIN__{esc(S['canon'])}">
<style>{BASE_CSS}
.ram{{display:flex;flex-direction:row-reverse;align-items:flex-start;max-width:1200px;margin:0 auto}}
.innehall{{flex:1;padding:1rem 2rem}}.vansterspalt{{width:260px;background:#f0f4f8;border-right:1px solid #cdd;min-height:80vh}}
.vansterspalt .niva-1{{list-style:none;margin:0;padding:0}}.niva-1__punkt>a{{display:block;padding:.7rem 1rem;border-bottom:1px solid #dde;font-weight:700}}
.topp{{display:flex;justify-content:space-between;align-items:center;padding:.8rem 2rem;background:#003a5d;color:#fff}}.topp a{{color:#fff}}
</style>
{head_extra}
</head>
<body>
{cookie()}
<header class="topp">
<a href="/" class="logotyp"><img src="/media/hedemyra-logotyp.png" alt="{esc(S['kommun_full'])} – startsida" width="180" height="50"></a>
<div class="verktyg">{' '.join(f'<a href="/{slug(t)}/">{esc(t)}</a>' for t in TOPBAR)}</div>
<form action="{S['search_path']}" method="get" role="search"><label class="vh" for="fraga">Sök</label><input id="fraga" name="q" type="search"><button type="submit">Sök</button></form>
</header>
<div class="ram">
<main class="innehall">
{bc}
{main}
</main>
<aside class="vansterspalt" aria-label="Huvudmeny">
<p class="vh">Meny</p>
<ul class="niva-1">{''.join(items)}</ul>
</aside>
</div>
<footer class="sidfot"><p>{foot}</p><p><a href="{{TILL}}">Tillgänglighetsredogörelse</a> · <a href="{{KAKOR}}">Kakor</a></p>{S.get('footer_extra', '')}</footer>
<script>{COOKIE_SCRIPT}</script>
</body>
</html>
""", S)


# --------------------------------------------------------------------------
# 8. Portal-like with definition lists, hCard and microdata (semantic-ish, own class names)
# --------------------------------------------------------------------------

def shell_portal(S, title, main, *, front=False, crumbs=None, head_extra=""):
    nav = []
    for label, href, subs in menu(S):
        sub = "".join(f'<li class="pnav__sub-item"><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in subs)
        nav.append(f'<li class="pnav__item"><a href="{esc(href)}">{esc(label)}</a><ul class="pnav__sub" aria-hidden="true">{sub}</ul></li>')
    bc = ""
    if crumbs:
        li = "".join(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{esc(h)}"><span itemprop="name">{esc(t)}</span></a></li>'
                     for t, h in crumbs[:-1])
        bc = f'<ol class="p-crumbs" itemscope itemtype="https://schema.org/BreadcrumbList">{li}<li>{esc(crumbs[-1][0])}</li></ol>'
    foot = "".join(f"<dd>{esc(x)}</dd>" for x in footer_lines(S)[1:])
    return fill(f"""<!DOCTYPE html>
<html lang="sv" class="p-site">
<head>
<meta charset="utf-8">
<title>{esc(title_of(S, title))}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="__ORIGIN__{esc(S['canon'])}">
<style>{BASE_CSS}
.p-head{{background:#f6f1fa;padding:1rem 2rem;display:flex;justify-content:space-between}}.pnav{{display:flex;list-style:none;margin:0;padding:0 2rem;background:#4b2a6b}}
.pnav__item>a{{color:#fff;display:block;padding:.8rem 1rem}}.pnav__sub{{display:none}}.hero-shortcuts{{display:grid;grid-template-columns:repeat(4,1fr);gap:1rem;list-style:none;padding:0}}
.hero-shortcuts a{{display:block;background:#fff;border-radius:8px;padding:1rem;text-align:center}}.p-foot dl{{display:inline-block;vertical-align:top;margin-right:3rem}}
</style>
{head_extra}
</head>
<body class="p-body">
{cookie()}
<header class="p-head">
<a href="/"><img src="/static/gransjo-logo.svg" alt="{esc(S['kommun_full'])}" width="200" height="56"></a>
<ul class="p-tools">{''.join(f'<li><a href="/{slug(t)}">{esc(t)}</a></li>' for t in TOPBAR)}</ul>
<form action="{S['search_path']}" method="get" role="search"><label class="vh" for="q">Sök</label><input id="q" name="q" type="search"><button>Sök</button></form>
</header>
<nav aria-label="Huvudmeny"><ul class="pnav">{''.join(nav)}</ul></nav>
{bc}
<main id="main">
{main}
</main>
<footer class="p-foot">
<dl><dt>{esc(S['kommun_full'])}</dt>{foot}</dl>
{S.get('footer_extra', '')}
<p><a href="{{TILL}}">Tillgänglighetsredogörelse</a> | <a href="{{KAKOR}}">Kakor</a></p>
</footer>
<script>{COOKIE_SCRIPT}</script>
</body>
</html>
""", S)


# --------------------------------------------------------------------------
# 9. Umbraco-like block grid
# --------------------------------------------------------------------------

def shell_umbraco(S, title, main, *, front=False, crumbs=None, head_extra=""):
    nav = []
    for label, href, subs in menu(S):
        sub = "".join(f'<a class="navigation__sublink" href="{esc(h)}">{esc(t)}</a>' for t, h in subs)
        nav.append(f'<div class="navigation__group"><a class="navigation__link" href="{esc(href)}">{esc(label)}</a>'
                   f'<div class="navigation__flyout" aria-hidden="true">{sub}</div></div>')
    bc = ""
    if crumbs:
        bc = ('<div class="umb-block-grid__layout-item breadcrumbs">' + " › ".join(f'<a href="{esc(h)}">{esc(t)}</a>' for t, h in crumbs[:-1])
              + f" › <span>{esc(crumbs[-1][0])}</span></div>")
    hl = "".join(f'<a class="header__link" href="{esc(h)}">{esc(t)}</a>' for t, h in S.get("header_links", []))
    foot = "".join(f"<span>{esc(x)}</span><br>" for x in footer_lines(S))
    return fill(f"""<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title_of(S, title))}</title>
<link rel="canonical" href="__ORIGIN__{esc(S['canon'])}">
<link rel="stylesheet" href="/css/site.min.css?v=5b8d">
<style>{BASE_CSS}
.header{{display:flex;justify-content:space-between;align-items:center;padding:1rem 2rem;background:#0f4c5c;color:#fff}}.header a{{color:#fff}}
.navigation{{display:flex;background:#e36414;padding:0 2rem}}.navigation__link{{color:#fff;display:block;padding:.8rem 1rem}}.navigation__flyout{{display:none}}
.umb-block-grid{{display:grid;grid-template-columns:repeat(12,1fr);gap:1rem;padding:1rem 2rem}}.umb-block-grid__layout-item{{grid-column:span 12}}
</style>
{head_extra}
</head>
<body>
{cookie()}
<header class="header">
<a class="header__logo" href="/"><img src="/media/ivarsbo/logga.svg" alt="{esc(S['kommun_full'])}"></a>
<div class="header__links">{hl}{''.join(f'<a class="header__link" href="/{slug(t)}/">{esc(t)}</a>' for t in TOPBAR[:2])}</div>
<form class="header__search" action="{S['search_path']}" method="get" role="search"><input name="q" type="search" aria-label="Sök"><button>Sök</button></form>
</header>
<nav class="navigation" aria-label="Huvudmeny">{''.join(nav)}</nav>
<main class="umb-block-grid" data-grid-columns="12">
{bc}
{main}
</main>
<footer class="footer"><div class="footer__contact">{foot}</div><a href="{{TILL}}">Tillgänglighetsredogörelse</a> <a href="{{KAKOR}}">Kakor</a>{S.get('footer_extra', '')}</footer>
<script>{COOKIE_SCRIPT}</script>
</body>
</html>
""", S)


# --------------------------------------------------------------------------
# 10. Gatsby static site (server-complete)
# --------------------------------------------------------------------------

def shell_gatsby(S, title, main, *, front=False, crumbs=None, head_extra=""):
    nav = []
    for label, href, subs in menu(S):
        sub = "".join(f'<li><a href="{esc(h)}" data-gtm="nav-sub">{esc(t)}</a></li>' for t, h in subs)
        nav.append(f'<li class="css-1h2ruwl"><a class="css-9z1lrf" href="{esc(href)}">{esc(label)}</a><ul class="css-q9x3rt" hidden>{sub}</ul></li>')
    bc = ""
    if crumbs:
        bc = ('<nav class="css-b7yc1m" aria-label="Brödsmulor"><ol>' + "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in crumbs[:-1])
              + f'<li aria-current="page">{esc(crumbs[-1][0])}</li></ol></nav>')
    hl = "".join(f'<a class="css-1x8c3mb {c}" href="{esc(h)}" {a}>{esc(t)}</a>' for t, h, c, a in S.get("header_links", []))
    foot = "".join(f"<p>{esc(x)}</p>" for x in footer_lines(S))
    return fill(f"""<!DOCTYPE html><html lang="sv"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.13.3"/><title data-gatsby-head="true">{esc(title_of(S, title))}</title><link rel="canonical" href="__ORIGIN__{esc(S['canon'])}" data-gatsby-head="true"/><style>{BASE_CSS}
.css-1l7w2jk{{display:flex;justify-content:space-between;align-items:center;padding:1rem 2rem;background:#2b2d42;color:#fff}}.css-1l7w2jk a{{color:#fff}}
.css-1p0q1m2{{display:flex;list-style:none;margin:0;padding:0 2rem;background:#8d99ae}}.css-9z1lrf{{display:block;padding:.8rem 1rem;color:#fff}}.css-q9x3rt[hidden]{{display:none}}
</style>{head_extra}</head><body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
{cookie(cls='css-cookie')}
<div class="css-1l7w2jk"><a href="/" aria-label="{esc(S['kommun_full'])} – till startsidan"><img src="/static/logo-jarnboda-9c1f.svg" alt="" width="190" height="52"/></a><div class="css-4cffwv">{hl}</div><form action="{S['search_path']}" method="get" role="search"><label class="vh" for="sok">Sök</label><input id="sok" name="q" type="search"/><button type="submit">Sök</button></form></div>
<nav aria-label="Huvudmeny"><ul class="css-1p0q1m2">{''.join(nav)}</ul></nav>
{bc}
<main class="css-1wbll6u">
{main}
</main>
<footer class="css-1dn8b6y"><div>{foot}</div><div><a href="{{TILL}}">Tillgänglighetsredogörelse</a> <a href="{{KAKOR}}">Kakor</a></div>{S.get('footer_extra', '')}</footer>
</div><div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div><script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="{esc(S['canon'])}";/*]]>*/</script><script src="/webpack-runtime-2b4e.js" async></script><script>{COOKIE_SCRIPT}</script></body></html>
""", S)


# --------------------------------------------------------------------------
# 11. Liferay-like portlets
# --------------------------------------------------------------------------

def shell_liferay(S, title, main, *, front=False, crumbs=None, head_extra=""):
    nav = []
    for i, (label, href, subs) in enumerate(menu(S)):
        sub = "".join(f'<li class="lfr-nav-item" role="presentation"><a href="{esc(h)}" role="menuitem">{esc(t)}</a></li>' for t, h in subs)
        nav.append(f'<li class="lfr-nav-item dropdown" id="layout_{20 + i}" role="presentation"><a href="{esc(href)}" role="menuitem" aria-haspopup="true"><span>{esc(label)}</span></a>'
                   f'<ul class="dropdown-menu child-menu" role="menu">{sub}</ul></li>')
    bc = ""
    if crumbs:
        bc = ('<section class="portlet" id="portlet_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet"><ol class="breadcrumb">'
              + "".join(f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{esc(h)}">{esc(t)}</a></li>' for t, h in crumbs[:-1])
              + f'<li class="breadcrumb-item active">{esc(crumbs[-1][0])}</li></ol></section>')
    hl = "".join(f'<a class="header-link" href="{esc(h)}">{esc(t)}</a>' for t, h in S.get("header_links", []))
    foot = "<br>".join(esc(x) for x in footer_lines(S))
    return fill(f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="sv-SE">
<head>
<title>{esc(title_of(S, title))}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="__ORIGIN__{esc(S['canon'])}" rel="canonical" />
<link class="lfr-css-file" href="/o/kareby-theme/css/main.css?browserId=other&amp;themeId=karebytheme_WAR_karebytheme" rel="stylesheet" type="text/css" />
<style>{BASE_CSS}
#banner{{display:flex;justify-content:space-between;align-items:center;padding:1rem 2rem;background:#264653;color:#fff}}#banner a{{color:#fff}}
#navigation .navbar-site{{display:flex;list-style:none;margin:0;padding:0 2rem;background:#2a9d8f}}#navigation .navbar-site>li>a{{display:block;color:#fff;padding:.8rem 1rem}}.child-menu{{display:none}}
</style>
{head_extra}
</head>
<body class="controls-visible signed-out public-page site">
<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper">
{cookie(cls='cookie-consent')}
<header id="banner" role="banner">
<div id="heading"><a class="logo custom-logo" href="/web/guest/start" title="Gå till {esc(S['kommun_full'])}"><img alt="{esc(S['kommun_full'])}" height="56" src="/image/layout_set_logo?img_id=33101" width="200" /></a></div>
<div class="header-links">{hl}</div>
<div class="portlet-boundary portlet-boundary_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_"><form action="{S['search_path']}" method="get"><input class="search-bar-keywords-input" name="q" placeholder="Sök" type="text" /><button class="btn" type="submit">Sök</button></form></div>
</header>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><h1 class="hide-accessible">Navigering</h1><ul aria-label="Webbplatssidor" class="navbar-site" role="menubar">{''.join(nav)}</ul></nav>
<section class="flex-fill" id="content">
{bc}
<div class="columns-1" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-12 portlet-column portlet-column-only" id="column-1">
{main}
</div></div></div>
</section>
<footer id="footer" role="contentinfo"><div class="portlet-boundary portlet-journal-content"><p>{foot}</p><p><a href="{{TILL}}">Tillgänglighetsredogörelse</a> | <a href="{{KAKOR}}">Kakor</a></p>{S.get('footer_extra', '')}</div></footer>
</div></div>
<script src="/o/frontend-js-web/liferay/global.bundle.js" type="text/javascript"></script>
<script>{COOKIE_SCRIPT}</script>
</body>
</html>
""", S)


# --------------------------------------------------------------------------
# 12. WordPress + Elementor
# --------------------------------------------------------------------------

def shell_elementor(S, title, main, *, front=False, crumbs=None, head_extra=""):
    nav = []
    for i, (label, href, subs) in enumerate(menu(S)):
        sub = "".join(f'<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{900 + 10 * i + n}"><a href="{esc(h)}" class="elementor-sub-item">{esc(t)}</a></li>'
                      for n, (t, h) in enumerate(subs))
        nav.append(f'<li class="menu-item menu-item-has-children menu-item-{800 + i}"><a href="{esc(href)}" class="elementor-item">{esc(label)}</a><ul class="sub-menu elementor-nav-menu--dropdown">{sub}</ul></li>')
    hl = "".join(f'<div class="elementor-element elementor-widget elementor-widget-button" data-widget_type="button.default" {a}><a class="elementor-button elementor-size-sm" href="{esc(h)}"><span class="elementor-button-text">{esc(t)}</span></a></div>'
                 for t, h, a in S.get("header_links", []))
    foot = "<br>".join(esc(x) for x in footer_lines(S))
    return fill(f"""<!doctype html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title_of(S, title))}</title>
<meta name="description" content="{esc(S.get('meta_description', ''))}">
<link rel="canonical" href="__ORIGIN__{esc(S['canon'])}">
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4' media='all' />
<style>{BASE_CSS}
.elementor-location-header{{background:#fff;border-bottom:3px solid #6a994e}}.elementor-nav-menu{{display:flex;list-style:none;margin:0;padding:0}}.sub-menu{{display:none}}
</style>
{head_extra}
</head>
<body class="{'home page-template-default page page-id-2' if front else 'page-template-default page'} elementor-default elementor-kit-5">
<a class="skip-link screen-reader-text" href="#content">Hoppa till innehåll</a>
{cookie(cls='cmplz-cookiebanner')}
<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element" data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><a href="/"><img width="200" height="56" src="/wp-content/uploads/2023/02/lillmossa-logo.svg" class="attachment-full size-full" alt="{esc(S['kommun_full'])}"></a></div></div></div>
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">{hl}<div class="elementor-element elementor-widget elementor-widget-search-form"><form class="elementor-search-form" role="search" action="/" method="get"><input placeholder="Sök..." class="elementor-search-form__input" type="search" name="s" title="Sök" value=""><button class="elementor-search-form__submit" type="submit" aria-label="Sök">Sök</button></form></div></div></div>
</div></section>
<section class="elementor-section elementor-element"><div class="elementor-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container" aria-label="Meny"><ul id="menu-1-huvudmeny" class="elementor-nav-menu">{''.join(nav)}</ul></nav></div></section>
</div>
<div id="content" class="site-main">
<div data-elementor-type="wp-page" class="elementor">
{main}
</div>
</div>
<div data-elementor-type="footer" class="elementor elementor-location-footer"><section class="elementor-section"><div class="elementor-container"><div class="elementor-widget-text-editor"><p>{foot}</p></div><div class="elementor-widget-text-editor"><p><a href="{{TILL}}">Tillgänglighetsredogörelse</a> · <a href="{{KAKOR}}">Cookies</a></p></div>{S.get('footer_extra', '')}</div></section></div>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script>{COOKIE_SCRIPT}</script>
{S.get('body_end', '')}
</body>
</html>
""", S)


SHELLS = {
    "optimizely": shell_epi, "drupal": shell_drupal, "nextjs": shell_next, "joomla": shell_joomla,
    "xhtml-tables": shell_xhtml, "details-menu": shell_details, "aside-menu": shell_aside,
    "portal-dl-hcard": shell_portal, "umbraco": shell_umbraco, "gatsby": shell_gatsby,
    "liferay": shell_liferay, "elementor": shell_elementor,
}


# --------------------------------------------------------------------------
# shared front-page sections (markup varies a little with a class prefix)
# --------------------------------------------------------------------------

def news_block(S, items, *, heading="Nyheter", tag="section", cls="news", h="h3"):
    arts = "".join(f'<article class="{cls}__item"><{h} class="{cls}__title"><a href="{esc(href)}">{esc(t)}</a></{h}><p>{esc(p)}</p>'
                   f'<time datetime="2026-11-{10 + n:02d}">{10 + n} november 2026</time></article>'
                   for n, (t, href, p) in enumerate(items))
    return f'<{tag} class="{cls}"><h2>{esc(heading)}</h2><div class="{cls}__list">{arts}</div><p><a href="{S["news_index"]}">Fler nyheter</a></p></{tag}>'


def default_news(S, extra=None, skip=0):
    items = [(t, news_href(S, k), p) for t, k, p in NEWS[skip:]]
    if extra:
        items = list(extra) + items
    return items[:4]


def events_block(S, *, tag="section", cls="events"):
    li = "".join(f'<li><a href="{S["prefix"]}/evenemang/{slug(t)}{S["ts"]}">{esc(t)}</a> <span>{esc(d)}</span></li>' for t, d in EVENTS)
    return f'<{tag} class="{cls}"><h2>Evenemang</h2><ul>{li}</ul></{tag}>'


def eservices_block(S, *, tag="section", cls="eservices", heading="Populära e-tjänster"):
    li = "".join(f'<li><a href="{S["prefix"]}/e-tjanster/{slug(t)}{S["ts"]}">{esc(t)}</a></li>' for t in ESERVICES)
    return f'<{tag} class="{cls}"><h2>{esc(heading)}</h2><ul>{li}</ul></{tag}>'


def drift_block(S, *, tag="section", cls="drift"):
    return (f'<{tag} class="{cls}"><h2>Driftinformation</h2><ul>'
            f'<li><a href="{S["prefix"]}/driftinformation/vattenlacka-norra{S["ts"]}">Vattenläcka i norra delen – åtgärdas under dagen</a></li>'
            f'<li><a href="{S["prefix"]}/driftinformation/sophamtning-helger{S["ts"]}">Ändrade tider för sophämtning under helgerna</a></li></ul></{tag}>')


def jobs_block(S, *, tag="section", cls="jobs"):
    return (f'<{tag} class="{cls}"><h2>Jobba hos oss</h2><p>Vi är en av de största arbetsgivarna i {esc(S["name"])}. '
            f'<a href="{S["prefix"]}/lediga-jobb{S["ts"]}">Se lediga jobb</a></p></{tag}>')
