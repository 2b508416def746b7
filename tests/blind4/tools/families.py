"""Markup families of the fourth blind corpus (typing aid)."""
from __future__ import annotations

from urllib.parse import quote

from common import AO, CSS, ESERV, EVENTS, JS, cookie_text, esc, slug, soupify


def front_sections(S: dict, c: str = "") -> str:
    """News, e-services, events, A-Ö, driftinfo, jobs: the lower part of every front page."""
    news = "".join(
        f'<li class="{c}news-item"><a href="{h}">{esc(t)}</a><p>{esc(x)}</p><p class="{c}date">{d}</p></li>\n'
        for t, h, x, d, *_ in S["news"])
    es = "".join(f'<li><a href="/e-tjanster/{slug(e)}">{esc(e)}</a></li>' for e in ESERV)
    ev = "".join(f'<li><a href="/evenemang/{s}">{esc(t)}</a> <span class="{c}when">{d}</span></li>' for d, t, s in EVENTS)
    ao = "".join(f'<a href="/a-o/?bokstav={quote(x)}">{x}</a> ' for x in AO)
    drift = S.get("drift", "Inga planerade avbrott i vatten och avlopp just nu.")
    pop = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for a in S["areas"][:6] for t, h in a["subs"][:2])
    about = (f'<div class="{c}section {c}about"><h2>Om {esc(S["kommun"])}</h2><p>{esc(S["kommun"])} är en kommun med '
             f'närhet till både natur och service. Här finns förskolor och skolor i alla kommundelar, ett rikt föreningsliv '
             f'och gott om mark för den som vill bygga eller starta företag. Kommunen är den största arbetsgivaren med '
             f'{S["staff"]} anställda.</p><p>Kommunfullmäktige är kommunens högsta beslutande organ och sammanträder ungefär '
             f'tio gånger om året. Sammanträdena är öppna för allmänheten och protokollen publiceras på webbplatsen.</p>'
             f'<p><a href="/kommun-och-politik/politik-och-beslut/">Politik och beslut</a> · '
             f'<a href="/kommun-och-politik/ekonomi-och-budget/">Ekonomi och budget</a> · '
             f'<a href="/statistik/">Kommunen i siffror</a></p></div>\n')
    return (
        f'<div class="{c}section {c}news"><h2>Nyheter</h2><ul>\n{news}</ul><p><a href="{S.get("news_index", "/nyheter/")}">Alla nyheter</a></p></div>\n'
        f'<div class="{c}section {c}eservices"><h2>Populära e-tjänster</h2><ul>{es}</ul>'
        f'<p><a href="/e-tjanster/">Alla e-tjänster</a></p></div>\n'
        f'<div class="{c}section {c}events"><h2>Evenemang</h2><ul>{ev}</ul><p><a href="/evenemang/">Evenemangskalendern</a></p></div>\n'
        f'<div class="{c}section {c}drift"><h2>Driftinformation</h2><p>{esc(drift)}</p>'
        f'<p><a href="/driftinformation/">Mer driftinformation</a></p></div>\n'
        f'<div class="{c}section {c}jobs"><h2>Jobba hos oss</h2><p>Vi är {S["staff"]} medarbetare i '
        f'{esc(S["gen"])} kommun. Just nu söker vi bland annat sjuksköterskor, förskollärare och en VA-ingenjör.</p>'
        f'<p><a href="/kommun-och-politik/lediga-jobb/">Se lediga jobb</a></p></div>\n'
        f'<div class="{c}section {c}popular"><h2>Mest besökta sidor</h2><ul>{pop}</ul></div>\n'
        + about +
        f'<div class="{c}section {c}ao"><h2>A–Ö</h2><p>{ao}</p></div>\n')


def footer_html(S: dict, c: str = "") -> str:
    return (
        f'<div class="{c}col"><h2>{esc(S["gen"])} kommun</h2><p>{esc(S["addr"])}<br/>{esc(S["post"])}</p>'
        f'<p>Växel: {S["vx"]}<br/>E-post: <a href="mailto:kommun@{S["dom"]}">kommun@{S["dom"]}</a></p>'
        f'<p>Organisationsnummer: {S["orgnr"]}</p></div>\n'
        f'<div class="{c}col"><h2>Genvägar</h2><ul><li><a href="/kommun-och-politik/lediga-jobb/">Lediga jobb</a></li>'
        f'<li><a href="/press/">Press och media</a></li><li><a href="/kommun-och-politik/allmanna-handlingar/">Allmänna handlingar</a></li>'
        f'<li><a href="/kommun-och-politik/synpunkter/">Synpunkter och klagomål</a></li><li><a href="/in-english/">In English</a></li></ul></div>\n'
        f'{S.get("footer_extra", "")}'
        f'<div class="{c}col"><h2>Om webbplatsen</h2><ul><li><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>'
        f'<li><a href="/om-webbplatsen/kakor/">Kakor</a></li><li><a href="/om-webbplatsen/personuppgifter/">Så hanterar vi personuppgifter</a></li></ul>'
        f'<p>Följ oss: <a href="/facebook/">Facebook</a> <a href="/instagram/">Instagram</a></p></div>\n')


def cookie_html(S: dict, c: str = "") -> str:
    return (f'<div id="cookie" class="cookie {c}cookie" role="dialog" aria-label="Kakor"><p>{esc(cookie_text(S["gen"]))}</p>'
            f'<button id="cookie-ok" type="button">Godkänn alla</button> <button type="button">Bara nödvändiga</button> '
            f'<a href="/om-webbplatsen/kakor/">Läs mer om kakor</a></div>\n')


def topbar_links(S: dict) -> list[tuple[str, str, str]]:
    return [("Lyssna", "/lyssna/", ""), ("Lättläst", "/lattlast/", ""), ("Teckenspråk", "/teckensprak/", ""),
            ("Other languages", "/languages/", ' lang="en"'), *S.get("topbar_extra", [])]


def nav_items(S: dict) -> list[dict]:
    return S["areas"] + S.get("nav_extra", [])


# ---------------------------------------------------------------- 1. HTML 4 tag soup, tables, image map
def render_soup(S, title, main, front=False, crumbs=None):
    areas = nav_items(S)
    left = "".join(
        f'<li><a href="{a["href"]}" class="vm1">{esc(a["label"])}</a>'
        + ("<ul>" + "".join(f'<li><a href="{h}" class="vm2">{esc(t)}</a></li>' for t, h in a["subs"]) + "</ul>" if front else "")
        + "</li>\n" for a in areas)
    areas_map = "".join(
        f'<area shape="rect" coords="{i * 120},0,{i * 120 + 118},26" href="{h}" alt="{esc(t)}">\n'
        for i, (t, h) in enumerate(S["imagemap"]))
    tb = " | ".join(f'<a href="{h}"{x}>{esc(t)}</a>' for t, h, x in topbar_links(S))
    body = f"""<table width="980" cellpadding="0" cellspacing="0" border="0" align="center" class="ram">
<tr><td colspan="2" class="toppband" bgcolor="#00467f"><font size="1" color="#ffffff">{tb}</font></td></tr>
<tr><td width="220" class="logo"><a href="/"><img src="/bilder/logo.gif" width="200" height="70" border="0" alt="{esc(S["gen"])} kommun - till startsidan"></a></td>
<td align="right" class="sok"><form action="/sok.asp" method="get">Sök: <input type="text" name="q" size="20"> <input type="submit" value="Sök"></form></td></tr>
<tr><td colspan="2" class="karta"><img src="/bilder/toppmeny.gif" width="980" height="26" border="0" usemap="#toppmeny" alt=""><map name="toppmeny">
{areas_map}</map></td></tr>
<tr><td valign="top" class="vanster" bgcolor="#eef3f7"><ul class="vmeny">
{left}</ul></td>
<td valign="top" class="innehall">{main}</td></tr>
<tr><td colspan="2" class="sidfot" bgcolor="#20303f"><font color="#ffffff" size="2">{footer_html(S)}</font></td></tr>
</table>
{cookie_html(S)}"""
    doc = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>{esc(title)}</title>
<link rel="stylesheet" type="text/css" href="/css/tranvik.css">
<style type="text/css">{CSS}</style>
<script language="JavaScript" type="text/javascript">{JS}</script>
</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
{body}
</body>
</html>
"""
    return soupify(doc)


# ---------------------------------------------------------------- 2. XHTML 1.0 Strict (application/xhtml+xml)
def render_xhtml(S, title, main, front=False, crumbs=None):
    nav = "".join(
        f'<li class="niva1"><a href="{a["href"]}">{esc(a["label"])}</a>'
        + ('<ul class="niva2">' + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in a["subs"]) + "</ul>")
        + "</li>\n" for a in nav_items(S))
    xl = ' xml:lang="en"'
    tb = "".join(f'<li><a href="{h}"{x}{xl if x else ""}>{esc(t)}</a></li>' for t, h, x in topbar_links(S))
    cr = ""
    if crumbs:
        cr = '<p id="dusarhar">Du är här: ' + " / ".join(f'<a href="{h}">{esc(t)}</a>' for t, h in crumbs) + "</p>\n"
    return f"""<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv" lang="sv">
<head>
<title>{esc(title)}</title>
<link rel="stylesheet" type="text/css" href="/stil/bas.css" />
<style type="text/css">/*<![CDATA[*/{CSS}
#huvudmeny ul.niva2{{display:none}}#huvudmeny li:hover ul.niva2{{display:block}}/*]]>*/</style>
<script type="text/javascript">//<![CDATA[
{JS}
//]]></script>
</head>
<body>
<div id="sidhuvud">
<ul id="genvagar">{tb}</ul>
<div id="logga"><a href="/"><img src="/bilder/bjorkudden-logga.png" alt="{esc(S["gen"])} kommun, till startsidan" width="210" height="64" /></a></div>
<form id="sok" action="/sok/" method="get"><div><label for="q">Sök på webbplatsen</label> <input type="text" id="q" name="q" /> <input type="submit" value="Sök" /></div></form>
<ul id="huvudmeny">
{nav}</ul>
</div>
<div id="innehall">
{cr}{main}
</div>
<div id="sidfot">
{footer_html(S)}
</div>
{cookie_html(S)}</body>
</html>
"""


# ---------------------------------------------------------------- 3. Drupal 10 Olivero
def render_olivero(S, title, main, front=False, crumbs=None):
    lis = []
    for i, a in enumerate(nav_items(S)):
        sid = f"{slug(a['label'])}-submenu-{i + 3}"
        if a["subs"]:
            sub = "".join(
                f'<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-2">'
                f'<a href="{h}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-2" '
                f'data-drupal-link-system-path="node/{100 + i * 10 + j}"><span class="primary-nav__menu-link-inner '
                f'primary-nav__menu-link-inner--level-2">{esc(t)}</span></a></li>\n' for j, (t, h) in enumerate(a["subs"]))
            lis.append(
                f'<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1 primary-nav__menu-item--has-children" data-once="olivero-primary-nav">'
                f'<a href="{a["href"]}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1 primary-nav__menu-link--has-children">'
                f'<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{esc(a["label"])}</span></a>'
                f'<button class="primary-nav__button-toggle" aria-controls="{sid}" aria-expanded="false" aria-hidden="true" tabindex="-1" data-drupal-selector="primary-nav-submenu-toggle-button">'
                f'<span class="visually-hidden">{esc(a["label"])} undermeny</span><span class="icon--menu-toggle"></span></button>'
                f'<span data-drupal-selector="primary-nav-menu-🥕" class="primary-nav__menu-🥕"></span>'
                f'<ul class="menu primary-nav__menu primary-nav__menu--level-2" data-drupal-selector="primary-nav-menu--level-2" id="{sid}">\n{"".join(sub)}</ul></li>\n')
        else:
            lis.append(
                f'<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">'
                f'<a href="{a["href"]}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1">'
                f'<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{esc(a["label"])}</span></a></li>\n')
    tb = "".join(f'<li class="menu__item"><a href="{h}" class="menu__link"{x}>{esc(t)}</a></li>' for t, h, x in topbar_links(S))
    cr = ""
    if crumbs:
        cr = ('<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">'
              '<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Sökväg</h2><ol>'
              + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in crumbs) + "</ol></nav></div>\n")
    return f"""<!DOCTYPE html>
<html lang="sv" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?t4k2p1" />
<style>{CSS}</style>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentLanguage":"sv"}},"olivero":{{"mobileNavButton":true}}}}</script>
</head>
<body class="path-{ "frontpage" if front else "node" } page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper">
<div id="page">
<div id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Fäst sidhuvud" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
<div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block">
<div class="site-branding__inner"><a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/ravsala-logo.svg" alt="Startsida" fetchpriority="high" /></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Startsida" rel="home">{esc(S["gen"])} kommun</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Huvudmeny" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Meny</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form-2" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form-2" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label for="edit-keys--2" class="form-item__label visually-hidden">Sök</label>
<input title="Ange de termer du vill söka efter." placeholder="Sök på webbplatsen" data-drupal-selector="edit-keys" type="search" id="edit-keys--2" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" /></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" value="Sök" /></div>
</form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Huvudmeny</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
{"".join(lis)}</ul>
</nav>
<nav role="navigation" aria-labelledby="block-olivero-account-menu-menu" id="block-olivero-account-menu" class="block block-menu navigation menu--account secondary-nav">
<span class="secondary-nav__label" id="block-olivero-account-menu-menu">Verktyg</span>
<ul class="menu secondary-nav__menu">{tb}</ul>
</nav>
</div>
</div></div></div></div>
<div id="main-wrapper" class="layout-main-wrapper layout-container">
<div id="main" class="layout-main">
<div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container">
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium">{cr}</div>
<main role="main">
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
{main}
</div></div>
</main>
</div></div></div></div>
<footer class="site-footer">
<div class="site-footer__inner container">
<div class="region region--footer-top grid-full"><div class="region--footer_top__inner">{footer_html(S, "footer-")}</div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Drivs med <a href="/om-webbplatsen/">Drupal</a></span></div></div>
</div></footer>
<div class="overlay" data-drupal-selector="overlay"></div>
</div></div></div>
{cookie_html(S, "eu-")}<script>{JS}</script>
</body>
</html>
"""


# ---------------------------------------------------------------- 4. Plone (absolute links)
def absolutize(doc: str) -> str:
    return doc.replace('href="/', 'href="__ORIGIN__/').replace('action="/', 'action="__ORIGIN__/').replace('src="/', 'src="__ORIGIN__/')


def render_plone(S, title, main, front=False, crumbs=None):
    nav = "".join(
        f'<li class="{slug(a["label"])} has_subtree"><a href="{a["href"]}" class="state-published" aria-haspopup="true">{esc(a["label"])}</a>'
        + ('<ul class="has_subtree dropdown">' + "".join(
            f'<li class="{slug(t)}"><a href="{h}" class="state-published">{esc(t)}</a></li>' for t, h in a["subs"]) + "</ul>" if a["subs"] else "")
        + "</li>\n" for a in nav_items(S))
    acts = "".join(f'<li class="portalAction"><a href="{h}"{x}>{esc(t)}</a></li>' for t, h, x in topbar_links(S))
    icons = "".join(S.get("plone_icons", []))
    cr = ""
    if crumbs:
        cr = ('<nav id="portal-breadcrumbs" class="plone-breadcrumb" aria-label="Brödsmulor"><div class="container"><span id="breadcrumbs-you-are-here" class="hiddenStructure">Du är här:</span><ol>'
              + "".join(f'<li id="breadcrumbs-{i}"><a href="{h}">{esc(t)}</a></li>' for i, (t, h) in enumerate(crumbs)) + "</ol></div></nav>\n")
    doc = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="sv" xml:lang="sv">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="generator" content="Plone - https://plone.org/" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="/" />
<link rel="stylesheet" href="/++plone++static/plone-compiled.css" />
<style>{CSS}</style>
</head>
<body class="frontend icons-on portaltype-document section-{ "front-page" if front else "kommun" } site-mortnas template-document_view thumbs-on userrole-anonymous viewpermission-view" id="visual-portal-wrapper" dir="ltr" data-i18ncatalogurl="/plonejsi18n" data-portal-url="/" data-view-url="/">
<div class="outer-wrapper">
<header id="content-header">
<div class="container">
<div id="portal-top" class="row">
<div class="col-xs-12">
<div id="portal-header">
<div id="portal-personaltools-wrapper"><ul id="portal-siteactions">{acts}</ul><div id="portal-iconlinks">{icons}</div></div>
<a id="portal-logo" title="{esc(S["gen"])} kommun" href="/"><img src="/++resource++mortnas/logo.png" alt="{esc(S["gen"])} kommun" title="{esc(S["gen"])} kommun" /></a>
<div id="portal-searchbox"><form id="searchGadget_form" action="/@@search" role="search" data-pat-livesearch="ajaxUrl:/@@ajax-search" class="pat-livesearch">
<div class="LSBox"><label class="hiddenStructure" for="searchGadget">Sök webbplatsen</label><input name="SearchableText" type="text" size="18" id="searchGadget" title="Sök webbplatsen" placeholder="Sök webbplatsen" class="searchField" />
<input class="searchButton" type="submit" value="Sök" /></div></form></div>
</div></div></div></div>
</header>
<div id="mainnavigation-wrapper"><div id="mainnavigation">
<nav class="plone-navbar pat-navigationmarker" id="portal-globalnav-wrapper"><div class="container">
<div class="plone-navbar-header"><button type="button" class="plone-navbar-toggle" data-toggle="collapse" data-target="#portal-globalnav-collapse"><span class="sr-only">Visa/dölj navigering</span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
<div class="plone-collapse plone-navbar-collapse" id="portal-globalnav-collapse">
<ul class="plone-nav plone-navbar-nav" id="portal-globalnav"><li class="index_html"><a href="/" class="state-None">Start</a></li>
{nav}</ul></div></div></nav></div></div>
<div id="above-content-wrapper"><section id="viewlet-above-content">{cr}</section></div>
<div class="container"><div class="row"><aside id="global_statusmessage"></aside></div>
<main id="main-container" class="row row-offcanvas row-offcanvas-right" role="main">
<div id="column1-container"></div>
<div class="col-xs-12 col-sm-12 col-md-12"><div class="row"><div class="col-xs-12 col-sm-12">
<article id="content">
{main}
</article></div></div></div>
<div id="column2-container"></div>
</main></div>
<footer id="portal-footer-wrapper"><div class="container" id="portal-footer">
<div class="row"><div class="col-xs-12">{footer_html(S, "portlet ")}</div></div>
<div class="row"><div class="col-xs-12"><div id="portal-colophon"><div class="colophon"><a href="/om-webbplatsen/">Webbplatsen byggd med Plone</a></div></div></div></div>
</div></footer></div>
{cookie_html(S)}<script>{JS}</script>
</body>
</html>
"""
    return absolutize(doc)


# ---------------------------------------------------------------- 5. Hugo (desktop + mobile duplicate, relative + percent-encoded links)
def relativize(doc: str, page_path: str) -> str:
    depth = len([p for p in page_path.split("/") if p]) if page_path.endswith("/") else len([p for p in page_path.split("/") if p]) - 1
    pre = "../" * depth if depth else "./"

    def fix(m):
        h = m.group(1)
        return f'href="{pre}{h[1:]}"'
    import re
    return re.sub(r'href="(/[^"/][^"]*|/)"', fix, doc)


def render_hugo(S, title, main, front=False, crumbs=None, page_path="/"):
    def enc(h):
        return quote(h, safe="/?=&#")
    desk = "".join(
        f'<li class="site-nav__item"><a class="site-nav__link" href="{enc(a["href"])}">{esc(a["label"])}</a>'
        + ('<ul class="site-nav__sub">' + "".join(f'<li><a href="{enc(h)}">{esc(t)}</a></li>' for t, h in a["subs"]) + "</ul>" if a["subs"] else "")
        + "</li>\n" for a in nav_items(S))
    mob = "".join(
        f'<li class="mnav__item"><a href="{a["href"]}">{esc(a["label"])}</a>'
        + ('<button class="mnav__expand" aria-expanded="false">Visa undersidor till ' + esc(a["label"]) + '</button><ul class="mnav__sub" hidden>'
           + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in a["subs"]) + "</ul>" if a["subs"] else "")
        + "</li>\n" for a in nav_items(S))
    tb = "".join(f'<li><a href="{enc(h)}"{x}>{esc(t)}</a></li>' for t, h, x in topbar_links(S))
    cr = ""
    if crumbs:
        cr = '<nav class="crumbs" aria-label="Du är här"><ol>' + "".join(f'<li><a href="{enc(h)}">{esc(t)}</a></li>' for t, h in crumbs) + "</ol></nav>\n"
    doc = f"""<!doctype html>
<html lang="sv-se">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="Hugo 0.139.3">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/css/main.min.3f9c1e.css" integrity="sha256-q1w2e3r4">
<style>{CSS}
@media (max-width:900px){{.site-nav{{display:none}}}}@media (min-width:901px){{.hamburger,.offcanvas{{display:none}}}}</style>
</head>
<body class="{ "home" if front else "page" }">
<a class="skip" href="#innehall">Gå direkt till innehållet</a>
<header class="site-header">
<div class="wrap topbar"><ul class="topbar__list">{tb}</ul></div>
<div class="wrap brand"><a class="brand__logo" href="/"><img src="/images/alvangsby-logo.svg" alt="{esc(S["gen"])} kommun" width="190" height="56"></a>
<form class="search" action="/sok/" method="get" role="search"><label for="s" class="sr-only">Sök</label><input id="s" name="q" type="search" placeholder="Vad letar du efter?"><button>Sök</button></form>
<button class="hamburger" aria-controls="mobilmeny" aria-expanded="false" data-toggle="mobilmeny">Meny</button></div>
<nav class="site-nav wrap" aria-label="Huvudmeny"><ul class="site-nav__list">
{desk}</ul></nav>
<div class="offcanvas" id="mobilmeny" hidden><nav class="mnav" aria-label="Mobilmeny"><ul>
{mob}</ul></nav></div>
</header>
<main id="innehall" class="wrap">
{cr}{main}
</main>
<footer class="site-footer"><div class="wrap footer-cols">
{footer_html(S)}
</div></footer>
{cookie_html(S)}<script src="/js/bundle.min.2b8e.js" defer></script><script>{JS}</script>
</body>
</html>
"""
    return relativize(doc, page_path) if not front else doc


# ---------------------------------------------------------------- 6. Angular Universal
NG = "ng-c2817365401"
NGH = "ng-c1960735231"


def ng_headings(doc: str) -> str:
    import re
    return re.sub(r"<h([1-6])([^>]*)>(.*?)</h\1>", lambda m: f'<div role="heading" aria-level="{m.group(1)}"{m.group(2)}>{m.group(3)}</div>', doc, flags=re.S)


def render_angular(S, title, main, front=False, crumbs=None):
    return ng_headings(_render_angular(S, title, main, front, crumbs))


def _render_angular(S, title, main, front=False, crumbs=None):
    a_ = f"_ngcontent-{NG}"
    nav = "".join(
        f'<li {a_} class="menu__item"><a {a_} routerlinkactive="is-active" class="menu__link" href="{a["href"]}" ng-reflect-router-link="{a["href"]}">{esc(a["label"])}</a>'
        + (f'<button {a_} type="button" class="menu__toggle" aria-expanded="false"><span {a_} class="visually-hidden">Öppna undermeny {esc(a["label"])}</span></button>'
           f'<ul {a_} class="menu__sub" hidden>' + "".join(f'<li {a_}><a {a_} href="{h}" ng-reflect-router-link="{h}">{esc(t)}</a></li>' for t, h in a["subs"]) + "</ul>" if a["subs"] else "")
        + "</li>\n" for a in nav_items(S))
    tb = "".join(f'<li {a_}><a {a_} href="{h}"{x}>{esc(t)}</a></li>' for t, h, x in topbar_links(S))
    icons = "".join(S.get("ng_icons", []))
    cr = ""
    if crumbs:
        cr = (f'<app-breadcrumbs _nghost-{NGH}><nav _ngcontent-{NGH} aria-label="Brödsmulor"><ol _ngcontent-{NGH}>'
              + "".join(f'<li _ngcontent-{NGH}><a _ngcontent-{NGH} href="{h}">{esc(t)}</a></li>' for t, h in crumbs) + "</ol></nav></app-breadcrumbs>\n")
    state = S.get("ng_state", '{"__nghData__":[{"t":{"2":"t0"},"c":{"2":[]}}]}')
    return f"""<!DOCTYPE html><html lang="sv" data-critters-container><head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<base href="/">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" type="image/x-icon" href="favicon.ico">
<style>{CSS}</style><link rel="stylesheet" href="styles-5INURTSO.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="styles-5INURTSO.css"></noscript>
<style ng-app-id="ng">.menu__sub[{a_}]{{position:absolute}}.quick[{a_}]{{display:flex;gap:8px}}</style>
</head>
<body><!--nghm-->
<noscript><iframe src="/gtm/ns.html?id=GTM-K4RP5J" height="0" width="0" style="display:none;visibility:hidden" title="Statistik"></iframe><p class="noscript-info">Vissa delar av webbplatsen, till exempel e-tjänsterna, fungerar bäst med JavaScript påslaget.</p></noscript>
<app-root ng-version="17.3.4" ngh="3" ng-server-context="ssr">
<app-header _nghost-{NG} ngh="1">
<header {a_} class="header">
<a {a_} class="skip-link" href="#main">Till huvudinnehållet</a>
<div {a_} class="header__top"><ul {a_} class="toolbar">{tb}</ul></div>
<div {a_} class="header__main">
<a {a_} href="/" class="logo" ng-reflect-router-link="/"><img {a_} src="assets/karpsjo-logo.svg" alt="{esc(S["gen"])} kommun, startsida" width="200" height="60"></a>
<form {a_} class="search" action="/sok" method="get" novalidate><label {a_} for="q" class="visually-hidden">Sök</label><input {a_} id="q" name="q" type="search" placeholder="Sök på karpsjo.se"><button {a_} type="submit">Sök</button></form>
<div {a_} class="quick">{icons}</div>
</div>
<nav {a_} class="menu" aria-label="Huvudmeny"><ul {a_} class="menu__list">
{nav}</ul></nav>
</header>
</app-header>
<main id="main" class="main">{cr}
<router-outlet></router-outlet>
{main}
</main>
<app-footer _nghost-{NGH} ngh="2"><footer _ngcontent-{NGH} class="footer">{footer_html(S)}</footer></app-footer>
<app-cookie-consent>{cookie_html(S)}</app-cookie-consent>
</app-root>
<script src="polyfills-FFHMD2TL.js" type="module"></script><script src="main-6QQGBZ2A.js" type="module"></script>
<script id="ng-state" type="application/json">{state}</script>
</body></html>
"""


# ---------------------------------------------------------------- 7. Enonic XP
def render_enonic(S, title, main, front=False, crumbs=None):
    nav = "".join(
        f'<li class="main-menu__item"><a class="main-menu__link" href="{a["href"]}">{esc(a["label"])}</a>'
        + ('<div class="main-menu__panel" hidden><ul>' + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in a["subs"]) + "</ul></div>" if a["subs"] else "")
        + "</li>\n" for a in nav_items(S))
    tb = "".join(f'<a class="util__link" href="{h}"{x}>{esc(t)}</a>' for t, h, x in topbar_links(S))
    cr = ""
    if crumbs:
        cr = ('<div data-portal-component-type="part" class="breadcrumbs"><ul>' + "".join(
            f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in crumbs) + "</ul></div>\n")
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/_/asset/no.lomtorp.web:1733120000/css/main.css">
<style>{CSS}.carousel__slide[hidden]{{display:none}}</style>
</head>
<body data-portal-component-type="page">
<div class="util-bar" role="region" aria-label="Verktyg">{tb}</div>
<div class="site-head" data-portal-region="header">
<div data-portal-component-type="part" class="logo"><a href="/"><img src="/_/image/4c1f2b9e:7d0e/width-220/lomtorp-logo.png" alt="{esc(S["gen"])} kommun"></a></div>
<div data-portal-component-type="part" class="search"><form action="/sok" method="get"><input type="search" name="q" aria-label="Sök"><button>Sök</button></form></div>
<div data-portal-component-type="part" class="main-menu"><button class="main-menu__open" data-toggle="mm" aria-expanded="false">Meny</button><ul class="main-menu__list" id="mm">
{nav}</ul></div>
</div>
<div data-portal-region="main" class="region-main" id="hovedinnhold">
{cr}{main}
</div>
<div data-portal-region="footer" class="site-foot footer">{footer_html(S)}</div>
{cookie_html(S)}<script src="/_/asset/no.lomtorp.web:1733120000/js/carousel.js"></script><script>{JS}</script>
</body>
</html>
"""


# ---------------------------------------------------------------- 8. Lotus Domino (Latin-1 by HTTP header only)
def render_domino(S, title, main, front=False, crumbs=None):
    nav = "".join(
        f'<td class="nav1"><a href="{a["href"]}">{esc(a["label"])}</a>'
        + ('<div class="nav2" style="display:none">' + "<br>".join(f'<a href="{h}">{esc(t)}</a>' for t, h in a["subs"]) + "</div>" if a["subs"] else "")
        + "</td>\n" for a in nav_items(S))
    tb = " &middot; ".join(f'<a href="{h}"{x}>{esc(t)}</a>' for t, h, x in topbar_links(S))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{esc(title)}</title>
<script language="JavaScript" type="text/javascript">
<!--
document._domino_target = "_self";
function _doClick(v, o, t) {{ var url="/web/salgeryd.nsf/start?OpenForm&Seq=1&Click=" + v; }}
// -->
</script>
<style type="text/css">{CSS}</style>
</head>
<body text="#000000" bgcolor="#FFFFFF">
<form method="post" action="/web/salgeryd.nsf/start?OpenForm&amp;Seq=1" name="_Start">
<input type="hidden" name="__Click" value="0">
<div class="toppyta"><span class="snabb">{tb}</span></div>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr valign="top">
<td width="240"><a href="/"><img src="/web/salgeryd.nsf/logga.gif?OpenImageResource" width="230" height="72" border="0" alt="{esc(S["gen"])} kommun"></a></td>
<td align="right"><a href="/web/salgeryd.nsf/sok">Sök på webbplatsen</a></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="4" class="meny"><tr>
{nav}</tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="12"><tr valign="top"><td class="mitt">
{main}
</td></tr></table>
<div class="fot footer">{footer_html(S)}</div>
</form>
{cookie_html(S)}<script>{JS}</script>
</body>
</html>
"""


# ---------------------------------------------------------------- 9. WordPress block theme
def render_wpblock(S, title, main, front=False, crumbs=None):
    items = []
    for a in nav_items(S):
        if a["subs"]:
            sub = "".join(f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{h}"><span class="wp-block-navigation-item__label">{esc(t)}</span></a></li>' for t, h in a["subs"])
            items.append(
                f'<li class="wp-block-navigation-item has-child open-on-hover-click wp-block-navigation-submenu"><a class="wp-block-navigation-item__content" href="{a["href"]}">'
                f'<span class="wp-block-navigation-item__label">{esc(a["label"])}</span></a>'
                f'<button aria-label="Undermeny för {esc(a["label"])}" class="wp-block-navigation__submenu-icon wp-block-navigation-submenu__toggle" aria-expanded="false"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" viewBox="0 0 12 12" fill="none" aria-hidden="true" focusable="false"><path d="M1.50002 4L6.00002 8L10.5 4" stroke-width="1.5"></path></svg></button>'
                f'<ul class="wp-block-navigation__submenu-container wp-block-navigation-submenu">{sub}</ul></li>\n')
        else:
            items.append(f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{a["href"]}"><span class="wp-block-navigation-item__label">{esc(a["label"])}</span></a></li>\n')
    tb = "".join(f'<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="{h}"{x}>{esc(t)}</a></li>' for t, h, x in topbar_links(S))
    return f"""<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>{esc(title)}</title>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all' />
<style id='global-styles-inline-css'>{CSS}</style>
<script type="speculationrules">{{"prefetch":[{{"source":"document","where":{{"and":[{{"href_matches":"/*"}}]}},"eagerness":"conservative"}}]}}</script>
</head>
<body class="{ "home page-template-default" if front else "page-template-default page" } wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<nav class="wp-block-navigation is-layout-flex" aria-label="Verktyg"><ul class="wp-block-navigation__container">{tb}</ul></nav>
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex">
<p class="wp-block-site-title"><a href="/" rel="home">{esc(S["gen"])} kommun</a></p>
<form role="search" method="get" action="/" class="wp-block-search__button-outside wp-block-search__text-button wp-block-search"><label class="wp-block-search__label screen-reader-text" for="wp-block-search__input-1">Sök</label><div class="wp-block-search__inside-wrapper"><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="Sök" value="" type="search" name="s" required /><button aria-label="Sök" class="wp-block-search__button wp-element-button" type="submit">Sök</button></div></form>
<nav class="is-responsive items-justified-right wp-block-navigation is-horizontal is-content-justification-right is-layout-flex wp-container-core-navigation-is-layout-1" aria-label="Huvudmeny" data-wp-interactive="core/navigation" data-wp-context='{{"overlayOpenedBy":{{"click":false,"hover":false,"focus":false}},"type":"overlay","roleAttribute":"","ariaLabel":"Meny"}}'>
<button aria-haspopup="dialog" aria-label="Öppna meny" class="wp-block-navigation__responsive-container-open" data-wp-on-async--click="actions.openMenuOnClick"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5" /><rect x="4" y="15" width="16" height="1.5" /></svg></button>
<div class="wp-block-navigation__responsive-container" id="modal-1" data-wp-class--has-modal-open="state.isMenuOpen" data-wp-class--is-menu-open="state.isMenuOpen">
<div class="wp-block-navigation__responsive-close" tabindex="-1"><div class="wp-block-navigation__responsive-dialog" data-wp-bind--aria-modal="state.ariaModal" data-wp-bind--role="state.roleAttribute">
<button aria-label="Stäng meny" class="wp-block-navigation__responsive-container-close" data-wp-on-async--click="actions.closeMenuOnClick"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="m13.06 12 6.47-6.47-1.06-1.06L12 10.94 5.53 4.47 4.47 5.53 10.94 12l-6.47 6.47 1.06 1.06L12 13.06l6.47 6.47 1.06-1.06L13.06 12Z"></path></svg></button>
<div class="wp-block-navigation__responsive-container-content" data-wp-watch="callbacks.focusFirstElement" id="modal-1-content">
<ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">
{"".join(items)}</ul>
</div></div></div></div></nav>
</div></div>
</header>
<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:0">
{main}
</main>
<footer class="wp-block-template-part footer">
<div class="wp-block-group has-global-padding is-layout-constrained"><div class="wp-block-columns is-layout-flex">{footer_html(S, "wp-block-column ")}</div></div>
</footer>
</div>
{cookie_html(S)}<script id="wp-interactivity-js-module" type="module" src="/wp-includes/js/dist/script-modules/interactivity/index.min.js?ver=55aebb6e0a16726baffb"></script><script>{JS}</script>
</body>
</html>
"""


# ---------------------------------------------------------------- 10. Astro
CID = "data-astro-cid-j7pv25f6"


def render_astro(S, title, main, front=False, crumbs=None):
    nav = "".join(
        f'<li {CID}><a {CID} href="{a["href"]}">{esc(a["label"])}</a>'
        + (f'<details {CID} class="sub"><summary {CID}><span class="sr-only">Visa undersidor för {esc(a["label"])}</span></summary><ul {CID}>'
           + "".join(f'<li {CID}><a {CID} href="{h}">{esc(t)}</a></li>' for t, h in a["subs"]) + "</ul></details>" if a["subs"] else "")
        + "</li>\n" for a in nav_items(S))
    tb = "".join(f'<a {CID} href="{h}"{x}>{esc(t)}</a> ' for t, h, x in topbar_links(S))
    return f"""<!DOCTYPE html><html lang="sv" {CID}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="generator" content="Astro v4.16.7">
<title>{esc(title)}</title><link rel="stylesheet" href="/_astro/index.C2q9hXk1.css"><style>{CSS}</style>
<script type="module" src="/_astro/hoisted.Dk3mN9a.js"></script></head>
<body {CID}>
<header {CID} class="site-header"><div {CID} class="util">{tb}</div>
<a {CID} class="logo" href="/"><img {CID} src="/_astro/uddeby-logo.B7xk2.svg" alt="{esc(S["gen"])} kommun" width="180" height="54"></a>
<form {CID} action="/sok/" method="get"><input {CID} name="q" type="search" aria-label="Sök"><button {CID}>Sök</button></form>
<nav {CID} aria-label="Huvudmeny"><ul {CID} class="nav">
{nav}</ul></nav></header>
<main {CID}>
{main}
</main>
<footer {CID} class="footer">{footer_html(S)}</footer>
<astro-island uid="Z1pqR6k" prefix="r2" component-url="/_astro/ChatWidget.Cw3Hs.js" component-export="default" renderer-url="/_astro/client.Bq1nW.js" props='{{"label":[0,"Kontaktcenter"],"queue":[0,"kundtjanst-allmant"],"open":[0,false]}}' ssr client="idle" opts='{{"name":"ChatWidget","value":true}}' await-children><div class="chat-launcher" hidden></div></astro-island>
{cookie_html(S)}<script>{JS}</script>
</body></html>
"""


FAMILIES = {"soup": render_soup, "xhtml": render_xhtml, "olivero": render_olivero, "plone": render_plone,
            "hugo": render_hugo, "angular": render_angular, "enonic": render_enonic, "domino": render_domino,
            "wpblock": render_wpblock, "astro": render_astro}
