"""Ten markup families for the blind30 typing aid. Each family renders the chrome (header,
menus, footer) and wraps content; the sites in build_sites.py supply the words.

Families: drupal, sitevision, episerver, municipio, table, soup, bootstrap, joomla, bem, hugo.
"""
from __future__ import annotations

from content import AREAS


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def subs(s, k):
    return AREAS[k][3]


def logo_svg(s, cls="logo"):
    return (f'<svg class="{cls}" width="180" height="40" viewBox="0 0 180 40" role="img" '
            f'aria-label="{esc(s.kommun_full)}"><title>{esc(s.kommun_full)}</title>'
            f'<rect width="40" height="40" rx="6" fill="{s.color}"/><text x="48" y="27" font-size="18">'
            f'{esc(s.kommun_full)}</text></svg>')


COOKIE = ('<div class="{cls}" id="cookie-consent" role="dialog" aria-label="Kakor"><p>Vi använder kakor för att '
          'webbplatsen ska fungera och för att förbättra den. <a href="{href}">Läs mer om kakor</a></p>'
          '<button type="button" class="{btn}">Godkänn alla</button> <button type="button" class="{btn}">'
          'Endast nödvändiga</button></div>')


# --------------------------------------------------------------------------- drupal
class Drupal:
    name = "drupal"

    def doc(self, s, path, title, main, front=False):
        menu = []
        for n, k in enumerate(s.areas):
            items = "".join(
                f'<li class="menu-item"><a href="{href}" data-drupal-link-system-path="node/{100 + n * 10 + i}">{esc(nm)}</a></li>'
                for i, (nm, href) in enumerate(s.menu_subs(k)))
            menu.append(f'<li class="menu-item menu-item--expanded"><a href="{s.area_href(k)}" '
                        f'data-drupal-link-system-path="node/{n + 2}">{esc(s.area_name(k))}</a>\n'
                        f'<ul class="menu menu--level-2">{items}</ul></li>')
        top = "".join(f'<li class="menu-item"><a href="{h}">{esc(t)}</a></li>' for t, h in s.top_links)
        body_cls = "path-frontpage" if front else "path-node page-node-type-page"
        return f'''<!DOCTYPE html>
<html lang="sv" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="__ORIGIN__{path}">
<title>{esc(title)} | {esc(s.kommun_full)}</title>
<style>.visually-hidden{{position:absolute!important;clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px;width:1px}}
.menu--level-2{{display:none}}.menu-item--expanded:hover .menu--level-2,.menu-item--expanded:focus-within .menu--level-2{{display:block}}
.site-header{{background:#fff;border-bottom:4px solid {s.color}}}.region-header-top{{background:#f2f2f2;font-size:.9rem}}
.hero{{background:{s.color};color:#fff;padding:2rem}}.views-row{{margin-bottom:1rem}}</style>
</head>
<body class="{body_cls}">
<a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner" class="site-header">
<div class="region region-header-top">
<nav aria-label="Genvägar" id="block-genvagar" class="block block-menu navigation menu--genvagar">
<ul class="menu"><li class="menu-item"><button type="button" class="readspeaker-button">Lyssna</button></li>{top}</ul>
</nav>
</div>
<div class="region region-header">
<div id="block-ullvik-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo">{logo_svg(s)}</a>
</div>
<div class="search-block-form block block-search" role="search" id="block-sok">
<form action="/sok" method="get" id="search-block-form" accept-charset="UTF-8">
<div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">Sök</label>
<input title="Ange de ord du vill söka efter." type="search" id="edit-keys" name="keys" size="15" maxlength="128" class="form-search"></div>
<div class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" value="Sök" class="button js-form-submit form-submit"></div>
</form>
</div>
</div>
<div class="region region-primary-menu">
<nav role="navigation" aria-labelledby="block-huvudmeny-menu" id="block-huvudmeny" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-huvudmeny-menu">Huvudmeny</h2>
<ul class="menu menu--level-1">
{chr(10).join(menu)}
</ul>
</nav>
</div>
</header>
<div class="region region-highlighted"><div data-drupal-messages-fallback class="hidden"></div></div>
<main role="main">
<a id="main-content" tabindex="-1"></a>
<div class="layout-content">
{main}
</div>
</main>
<footer role="contentinfo" class="site-footer">
<div class="region region-footer">
<div id="block-sidfot-kontakt" class="block block-block-content">
<h2>{esc(s.kommun_full)}</h2>
<p>{esc(s.street)}<br>{esc(s.pnr)} {esc(s.ort)}</p>
<p>Växel: <a href="tel:{s.vx_tel}">{s.vx}</a><br>E-post: <a href="mailto:{s.email}">{s.email}</a></p>
</div>
<nav aria-label="Sidfot" id="block-sidfot-meny" class="block block-menu navigation menu--footer">
<ul class="menu">{"".join(f'<li class="menu-item"><a href="{h}">{esc(t)}</a></li>' for t, h in s.footer_links)}</ul>
</nav>
</div>
</footer>
</div>
</div>
{COOKIE.format(cls="eu-cookie-compliance-banner", href=s.p["kakor"], btn="agree-button button")}
<script>window.drupalSettings={{"path":{{"baseUrl":"/","currentPath":"{path}"}}}};</script>
</body>
</html>
'''

    def content(self, s, h1, body, crumbs=()):
        bc = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in crumbs)
        return (f'<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">'
                f'<h2 id="system-breadcrumb" class="visually-hidden">Länkstig</h2><ol><li><a href="/">Startsida</a></li>{bc}</ol></nav></div>\n'
                f'<div class="region region-content"><article class="node node--type-page node--view-mode-full">\n'
                f'<h1 class="page-title"><span class="field field--name-title field--type-string">{esc(h1)}</span></h1>\n'
                f'<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">\n'
                f'{body}\n</div></div></article></div>')

    def front(self, s):
        f = s.front
        cards = "".join(f'<div class="views-row"><a href="{h}" class="puff"><span class="puff__title">{esc(t)}</span></a></div>'
                        for t, h in f["eservices"])
        news = "".join(
            f'<div class="views-row"><article class="node node--type-nyhet node--view-mode-teaser"><h3 class="node__title"><a href="{h}" rel="bookmark">{esc(t)}</a></h3>'
            f'<div class="node__meta"><time datetime="{d}">{d}</time></div><div class="field field--name-body"><p>{esc(x)}</p></div></article></div>'
            for d, t, h, x in f["news"])
        ev = "".join(f'<li><a href="{h}"><span class="date">{esc(d)}</span> {esc(t)}</a></li>' for d, t, h in f["events"])
        return f'''<div class="region region-hero"><div class="hero block block-hero">
<h1>{esc(f["hero_title"])}</h1><p>{esc(f["hero_text"])}</p></div></div>
<div class="region region-content">
<section class="block block-views block-views-blockgenvagar"><h2>Populära e-tjänster</h2><div class="views-view-grid">{cards}</div></section>
<section class="block block-views block-views-blocknyheter-block-1"><h2>Nyheter</h2><div class="view-content">{news}</div>
<div class="more-link"><a href="{s.p["nyheter"]}">Fler nyheter</a></div></section>
<section class="block block-views block-views-blockevenemang"><h2>Evenemang</h2><ul>{ev}</ul></section>
<section class="block block-block-content block-driftinfo"><h2>Driftinformation</h2><p>{f["drift"]}</p></section>
</div>'''


# --------------------------------------------------------------------------- sitevision
class Sitevision:
    name = "sitevision"

    def doc(self, s, path, title, main, front=False):
        panels = []
        for n, k in enumerate(s.areas):
            items = "".join(f'<li class="mega-menu__item"><a href="{href}" class="mega-menu__link">{esc(nm)}</a></li>'
                            for nm, href in s.menu_subs(k))
            panels.append(
                f'<li class="mega-menu__top"><button type="button" class="mega-menu__toggle" aria-expanded="false" aria-controls="mm-{n}">{esc(s.area_name(k))}</button>\n'
                f'<div class="mega-menu__panel sv-layout" id="mm-{n}" hidden><div class="sv-text-portlet"><p class="mega-menu__heading">'
                f'<a href="{s.area_href(k)}">{esc(s.area_name(k))}</a></p><ul class="mega-menu__list">{items}</ul></div></div></li>')
        top = "".join(f'<li><a href="{h}" class="sv-font-topplank">{esc(t)}</a></li>' for t, h in s.top_links)
        return f'''<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-sida">
<head>
<meta charset="UTF-8">
<script>(function(c){{c.add('sv-js');c.remove('sv-no-js');}})(document.documentElement.classList);</script>
<title>{esc(title)} - {esc(s.kommun_full)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="__ORIGIN__{path}">
<style>.sv-layout{{box-sizing:border-box}}.mega-menu__panel[hidden]{{display:none}}.topplank{{background:#222;color:#fff}}
.sv-font-topplank{{color:#fff}}.startbild{{background:{s.color};color:#fff;padding:2rem}}.sv-column-4{{width:33%;float:left}}</style>
</head>
<body class="sv-responsive">
<div class="sv-layout" id="svid10_4a1f2c3e1880b3a2d9e1">
<div class="sv-vertical sv-layout topplank" id="svid93_4a1f2c3e1880b3a2d9e2">
<div class="sv-script-portlet sv-portlet" id="svid12_4a1f2c3e1880b3a2d9e3"><ul class="topplank__list"><li><button type="button" class="bapi-readspeaker">Lyssna</button></li>{top}</ul></div>
</div>
<div class="sv-vertical sv-layout sidhuvud" id="svid93_4a1f2c3e1880b3a2d9e4">
<div class="sv-image-portlet sv-portlet" id="svid12_logo"><a href="/">{logo_svg(s)}</a></div>
<div class="sv-searchform-portlet sv-portlet"><form method="get" action="/sok.html" class="sv-searchform"><label for="q" class="sv-visuallyhidden">Sök på webbplatsen</label>
<input id="q" type="search" name="query" placeholder="Vad letar du efter?"><button type="submit">Sök</button></form></div>
<div class="sv-script-portlet sv-portlet sidhuvud__genvag">{"".join(f'<a href="{h}" class="sidhuvud__lank">{esc(t)}</a>' for t, h in s.header_links)}</div>
<nav class="mega-menu" aria-label="Huvudmeny"><ul class="mega-menu__toplist">
{chr(10).join(panels)}
</ul></nav>
</div>
<div class="sv-layout sv-template-portlet" id="svid30_innehall">
{main}
</div>
<div class="sv-vertical sv-layout sidfot" id="svid93_sidfot">
<div class="sv-text-portlet sv-use-margins sv-column-4"><div class="sv-text-portlet-content">
<h2 class="subheading">{esc(s.kommun_full)}</h2><p class="normal">{esc(s.street)}<br>{esc(s.pnr)} {esc(s.ort)}</p>
<p class="normal">Växel: {s.vx}<br>E-post: {s.email}</p></div></div>
<div class="sv-text-portlet sv-use-margins sv-column-4"><div class="sv-text-portlet-content"><h2 class="subheading">Om webbplatsen</h2>
<ul class="normal">{"".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in s.footer_links)}</ul></div></div>
<div class="sv-text-portlet sv-use-margins sv-column-4"><div class="sv-text-portlet-content"><h2 class="subheading">Följ oss</h2>
<p class="normal">Facebook, Instagram och LinkedIn</p></div></div>
</div>
</div>
{COOKIE.format(cls="sv-cookie-consent-banner", href=s.p["kakor"], btn="sv-cookie-consent-button")}
<script>svDocReady(function(){{}});function svDocReady(f){{document.addEventListener('DOMContentLoaded',f);}}</script>
</body>
</html>
'''

    def content(self, s, h1, body, crumbs=()):
        bc = " / ".join(f'<a href="{h}">{esc(t)}</a>' for t, h in crumbs)
        return (f'<div class="sv-vertical sv-layout sv-skip-spacer brodsmulor"><nav aria-label="Du är här" class="sv-script-portlet">'
                f'<a href="/">Startsida</a>{" / " + bc if bc else ""}</nav></div>\n'
                f'<div class="sv-vertical sv-layout sv-skip-spacer innehall" id="svid94_innehall">\n'
                f'<div class="sv-text-portlet sv-use-margins"><div class="sv-text-portlet-content"><h1 class="heading">{esc(h1)}</h1></div></div>\n'
                f'{body}\n</div>')

    def front(self, s):
        f = s.front
        cards = "".join(f'<div class="sv-layout sv-column-4 genvag"><a href="{h}" class="genvag__lank">{esc(t)}</a></div>'
                        for t, h in f["eservices"])
        news = "".join(
            f'<li class="sv-channel-item"><div class="sv-decoration-content"><a href="{h}" class="nyhet__rubrik"><span class="font-heading3">{esc(t)}</span></a>'
            f'<p class="nyhet__datum">{d}</p><p class="nyhet__ingress">{esc(x)}</p></div></li>'
            for d, t, h, x in f["news"])
        ev = "".join(f'<li class="sv-channel-item"><a href="{h}">{esc(t)}</a> <span>{esc(d)}</span></li>' for d, t, h in f["events"])
        return f'''<div class="sv-vertical sv-layout startbild" id="svid94_startbild">
<div class="sv-text-portlet"><div class="sv-text-portlet-content"><h1 class="heading">{esc(f["hero_title"])}</h1><p class="ingress">{esc(f["hero_text"])}</p></div></div>
</div>
<div class="sv-vertical sv-layout genvagar"><div class="sv-text-portlet"><h2 class="subheading">Vanliga e-tjänster</h2></div>{cards}</div>
<div class="sv-vertical sv-layout nyheter"><div class="sv-text-portlet"><h2 class="subheading">Aktuellt</h2></div>
<div class="sv-channel sv-portlet"><ul class="sv-channel">{news}</ul></div><p><a href="{s.p["nyheter"]}">Fler nyheter</a></p></div>
<div class="sv-vertical sv-layout evenemang"><div class="sv-text-portlet"><h2 class="subheading">På gång</h2></div><ul class="sv-channel">{ev}</ul></div>
<div class="sv-vertical sv-layout driftinfo"><div class="sv-text-portlet"><h2 class="subheading">Driftinformation</h2><p class="normal">{f["drift"]}</p></div></div>'''


# --------------------------------------------------------------------------- episerver
class Episerver:
    name = "episerver"

    def doc(self, s, path, title, main, front=False):
        items = []
        for n, k in enumerate(s.areas):
            sub = "".join(f'<li class="MainNav-subItem"><a href="{href}" class="MainNav-subLink">{esc(nm)}</a></li>'
                          for nm, href in s.menu_subs(k))
            items.append(f'<li class="MainNav-item"><a href="{s.area_href(k)}" class="MainNav-link">{esc(s.area_name(k))}</a>'
                         f'<button class="MainNav-expand" aria-expanded="false" aria-controls="sub-{n}"><span class="u-visuallyHidden">Visa undersidor till {esc(s.area_name(k))}</span></button>'
                         f'<ul class="MainNav-sub" id="sub-{n}" hidden>{sub}</ul></li>')
        top = "".join(f'<li class="ServiceMenu-item"><a href="{h}" class="ServiceMenu-link">{esc(t)}</a></li>' for t, h in s.top_links)
        return f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {esc(s.kommun_full)}</title>
<link rel="canonical" href="__ORIGIN__{path}">
<style>.u-visuallyHidden{{position:absolute;left:-9999px}}.MainNav-sub[hidden]{{display:none}}.Header{{border-top:6px solid {s.color}}}
.Hero{{background:{s.color};color:#fff}}.TeaserBlock{{display:inline-block;width:30%;vertical-align:top}}</style>
<script>var epi = window.epi || {{}}; epi.pageId = {abs(hash(path)) % 9000 + 1000};</script>
</head>
<body class="{"StartPage" if front else "StandardPage"}">
<a class="SkipLink u-visuallyHidden" href="#main">Gå direkt till innehållet</a>
<header class="Header">
<div class="Header-top"><ul class="ServiceMenu"><li class="ServiceMenu-item"><button class="ServiceMenu-link js-listen">Lyssna</button></li>{top}</ul></div>
<div class="Header-main">
<a href="/" class="Header-logo">{logo_svg(s)}</a>
<form class="Header-search" action="/sok/" method="get" role="search"><label for="hs" class="u-visuallyHidden">Sök</label><input id="hs" name="q" type="search" placeholder="Sök på {esc(s.ort)}.se"><button type="submit">Sök</button></form>
<ul class="Header-links">{"".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in s.header_links)}</ul>
</div>
<nav class="MainNav" aria-label="Huvudmeny"><ul class="MainNav-list">
{chr(10).join(items)}
</ul></nav>
</header>
<main id="main" class="Page">
{main}
</main>
<footer class="Footer">
<div class="Footer-inner">
<div class="Footer-col"><h2 class="Footer-heading">{esc(s.kommun_full)}</h2><p>Postadress: {esc(s.postbox)}<br>Besöksadress: {esc(s.street)}</p>
<p>Telefon (växel): {s.vx}<br>E-post: {s.email}</p></div>
<div class="Footer-col"><h2 class="Footer-heading">Genvägar</h2><ul>{"".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in s.footer_links)}</ul></div>
</div>
</footer>
{COOKIE.format(cls="CookieBar", href=s.p["kakor"], btn="Button")}
</body>
</html>
'''

    def content(self, s, h1, body, crumbs=()):
        bc = "".join(f'<li class="Breadcrumbs-item"><a href="{h}">{esc(t)}</a></li>' for t, h in crumbs)
        return (f'<nav class="Breadcrumbs" aria-label="Brödsmulor"><ol><li class="Breadcrumbs-item"><a href="/">Start</a></li>{bc}</ol></nav>\n'
                f'<div class="Page-content"><article class="Article" data-epi-property-name="MainBody">\n<h1 class="Article-heading">{esc(h1)}</h1>\n{body}\n</article></div>')

    def front(self, s):
        f = s.front
        cards = "".join(f'<div class="block teaserblock TeaserBlock"><a href="{h}" class="TeaserBlock-link"><h2 class="TeaserBlock-heading">{esc(t)}</h2>'
                        f'<p class="TeaserBlock-text">{esc(x)}</p></a></div>' for t, h, x in f["hero_cards"])
        es = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in f["eservices"])
        news = "".join(f'<article class="NewsTeaser"><h3 class="NewsTeaser-heading"><a href="{h}">{esc(t)}</a></h3><p class="NewsTeaser-date">{d}</p><p>{esc(x)}</p></article>'
                       for d, t, h, x in f["news"])
        ev = "".join(f'<li><a href="{h}">{esc(t)}</a> – {esc(d)}</li>' for d, t, h in f["events"])
        return f'''<section class="Hero">
<div class="Hero-text"><h1 class="Hero-heading">{esc(f["hero_title"])}</h1><p>{esc(f["hero_text"])}</p></div>
<div class="ContentArea Hero-blocks" data-epi-edit="HeroContentArea">{cards}</div>
</section>
<section class="Section Section--eservices"><h2>Populära e-tjänster</h2><ul class="LinkList">{es}</ul></section>
<section class="Section Section--news"><h2>Nyheter</h2>{news}<p><a href="{s.p["nyheter"]}" class="MoreLink">Alla nyheter</a></p></section>
<section class="Section Section--events"><h2>Evenemang</h2><ul>{ev}</ul></section>
<section class="Section Section--drift"><h2>Driftstörningar</h2><p>{f["drift"]}</p></section>'''


# --------------------------------------------------------------------------- municipio
class Municipio:
    name = "municipio"

    def doc(self, s, path, title, main, front=False):
        items = []
        for k in s.areas:
            sub = "".join(f'<li class="menu-item"><a href="{href}">{esc(nm)}</a></li>' for nm, href in s.menu_subs(k))
            items.append(f'<li class="menu-item menu-item-has-children"><a href="{s.area_href(k)}">{esc(s.area_name(k))}</a>'
                         f'<button class="c-nav__toggle" aria-expanded="false"><span class="u-sr__only">Visa undermeny</span></button><ul class="sub-menu">{sub}</ul></li>')
        for t, h in s.drawer_extra:
            items.append(f'<li class="menu-item"><a href="{h}">{esc(t)}</a></li>')
        return f'''<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; {esc(s.kommun_full)}</title>
<meta name="generator" content="WordPress 6.5.3">
<link rel="canonical" href="__ORIGIN__{path}">
<style>.c-drawer[aria-hidden=true]{{transform:translateX(100%)}}.c-drawer{{position:fixed;top:0;right:0;width:320px;height:100%;background:#fff}}
.u-sr__only{{position:absolute;left:-9999px}}.c-header{{border-bottom:3px solid {s.color}}}.c-hero{{background:{s.color};color:#fff}}
.sub-menu{{display:none}}.o-grid{{display:flex;flex-wrap:wrap}}</style>
</head>
<body class="{"home page-template-default page" if front else "page-template-default page"} wp-theme-municipio">
<a href="#main-content" class="u-sr__only">Hoppa till huvudinnehåll</a>
<div class="site-wrapper">
<header id="site-header" class="c-header c-header--business site-header">
<div class="c-header__top o-container"><ul class="c-nav c-nav--tiles u-display--flex">{"".join(f'<li class="c-nav__item"><a href="{h}" class="c-nav__link">{esc(t)}</a></li>' for t, h in s.top_links)}</ul></div>
<div class="c-header__main o-container">
<a href="/" class="c-header__logotype u-margin__right--auto">{logo_svg(s, "c-logotype")}</a>
<form class="c-form c-search" role="search" method="get" action="/"><label for="search-form-header" class="u-sr__only">Sök</label>
<input id="search-form-header" class="c-field__input" type="search" name="s" placeholder="Vad letar du efter?"><button class="c-button" type="submit">Sök</button></form>
<button class="c-button c-button__basic js-trigger-drawer" aria-controls="drawer" aria-expanded="false"><span class="c-icon material-icons" aria-hidden="true">menu</span><span class="c-button__label-text">Meny</span></button>
</div>
</header>
<div id="drawer" class="c-drawer c-drawer--right" aria-hidden="true">
<div class="c-drawer__header"><button class="c-button js-close-drawer" aria-controls="drawer">Stäng</button></div>
<nav class="c-nav c-nav--drawer c-nav--vertical" aria-label="Huvudmeny"><ul class="c-nav__list">
{chr(10).join(items)}
</ul></nav>
</div>
<main id="main-content" class="s-main">
<div class="o-container">
{main}
</div>
</main>
<footer id="footer" class="c-footer site-footer">
<div class="o-container o-grid">
<div class="o-grid-4@md"><div class="c-card c-card--panel widget_text"><div class="c-card__body"><h2 class="widget-title">{esc(s.kommun_full)}</h2>
<div class="textwidget"><p>{esc(s.street)}, {esc(s.pnr)} {esc(s.ort)}</p><p>Växel: {s.vx}<br>E-post: {s.email}</p></div></div></div></div>
<div class="o-grid-4@md"><div class="c-card c-card--panel widget_nav_menu"><div class="c-card__body"><h2 class="widget-title">Om webbplatsen</h2>
<ul class="menu">{"".join(f'<li class="menu-item"><a href="{h}">{esc(t)}</a></li>' for t, h in s.footer_links)}</ul></div></div></div>
</div>
</footer>
</div>
{COOKIE.format(cls="c-notice c-notice--cookie", href=s.p["kakor"], btn="c-button")}
<script>var municipioDrawer={{"selector":"#drawer"}};</script>
</body>
</html>
'''

    def content(self, s, h1, body, crumbs=()):
        bc = "".join(f'<li class="c-breadcrumb__item"><a href="{h}">{esc(t)}</a></li>' for t, h in crumbs)
        return (f'<nav class="c-breadcrumb" aria-label="Brödsmulor"><ol class="c-breadcrumb__list"><li class="c-breadcrumb__item"><a href="/">Hem</a></li>{bc}</ol></nav>\n'
                f'<div class="o-grid"><div class="o-grid-8@md"><article class="c-article s-article clearfix" id="article">\n<h1>{esc(h1)}</h1>\n{body}\n</article></div></div>')

    def front(self, s):
        f = s.front
        es = "".join(f'<div class="o-grid-4@md"><a href="{h}" class="c-card c-card--action"><div class="c-card__body"><h3 class="c-card__title">{esc(t)}</h3></div></a></div>'
                     for t, h in f["eservices"])
        news = "".join(f'<div class="o-grid-4@md"><a href="{h}" class="c-card c-card--news"><div class="c-card__body"><span class="c-card__meta">{d}</span>'
                       f'<h3 class="c-card__title">{esc(t)}</h3><p>{esc(x)}</p></div></a></div>' for d, t, h, x in f["news"])
        ev = "".join(f'<li><a href="{h}">{esc(t)}</a> <span class="c-date">{esc(d)}</span></li>' for d, t, h in f["events"])
        return f'''<section class="c-hero c-hero--overlay"><div class="c-hero__content"><h1 class="c-hero__title">{esc(f["hero_title"])}</h1><p>{esc(f["hero_text"])}</p></div></section>
<section class="c-segment"><h2 class="c-segment__title">Snabbval</h2><div class="o-grid">{es}</div></section>
<section class="c-segment c-segment--news"><h2 class="c-segment__title">Nyheter</h2><div class="o-grid">{news}</div><a href="{s.p["nyheter"]}" class="c-button">Visa alla nyheter</a></section>
<section class="c-segment"><h2 class="c-segment__title">Evenemang</h2><ul>{ev}</ul></section>
<section class="c-segment"><h2 class="c-segment__title">Driftinformation</h2><p>{f["drift"]}</p></section>'''


# --------------------------------------------------------------------------- table (ISO-8859-1, relative links)
class Table:
    name = "table"

    def doc(self, s, path, title, main, front=False):
        nav = []
        for k in s.areas:
            nav.append(f'<TR><TD class="nav1"><A HREF="{s.area_href(k)}"><FONT face="Verdana,Arial" size="2" color="#FFFFFF"><B>{esc(s.area_name(k))}</B></FONT></A></TD></TR>')
            for nm, href in s.menu_subs(k):
                nav.append(f'<TR><TD class="nav2">&nbsp;&nbsp;<A HREF="{href}"><FONT face="Verdana,Arial" size="1">{esc(nm)}</FONT></A></TD></TR>')
        top = " | ".join(f'<A HREF="{h}"><FONT color="#FFFFFF">{esc(t)}</FONT></A>' for t, h in s.top_links)
        return f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<HTML>
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<TITLE>{esc(s.kommun_full)} - {esc(title)}</TITLE>
<STYLE type="text/css">
body {{ margin:0; background:#E8E8E0; }}
td.nav1 {{ background:{s.color}; padding:3px; }}
td.nav2 {{ background:#F4F4EE; padding:1px; }}
a {{ color:#003366; }}
</STYLE>
<SCRIPT language="JavaScript" type="text/javascript">function popup(u){{window.open(u,'p','width=400,height=300');}}</SCRIPT>
</HEAD>
<BODY bgcolor="#E8E8E0" topmargin="0" leftmargin="0">
<TABLE width="960" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#FFFFFF">
<TR><TD colspan="3" bgcolor="{s.color}" height="24" align="right"><FONT face="Verdana,Arial" size="1" color="#FFFFFF">{top}&nbsp;&nbsp;</FONT></TD></TR>
<TR>
<TD colspan="2" height="90" valign="middle"><A HREF="default.asp">{logo_svg(s)}</A></TD>
<TD align="right" valign="middle"><FORM action="sok.asp" method="get" name="sok"><FONT face="Verdana,Arial" size="2">Sök: </FONT><INPUT type="text" name="sokord" size="18"> <INPUT type="submit" value="Sök"></FORM>
<FONT face="Verdana,Arial" size="2">{" | ".join(f'<A HREF="{h}">{esc(t)}</A>' for t, h in s.header_links)}</FONT>&nbsp;</TD>
</TR>
<TR><TD colspan="3" bgcolor="#999999" height="2"></TD></TR>
<TR>
<TD width="190" valign="top" bgcolor="#F4F4EE">
<TABLE width="190" border="0" cellspacing="0" cellpadding="2">
{chr(10).join(nav)}
</TABLE>
</TD>
<TD width="10">&nbsp;</TD>
<TD width="760" valign="top"><FONT face="Verdana,Arial" size="2">
{main}
</FONT></TD>
</TR>
<TR><TD colspan="3" bgcolor="#999999" height="2"></TD></TR>
<TR><TD colspan="3"><TABLE width="100%" cellpadding="6"><TR>
<TD valign="top" width="40%"><FONT face="Verdana,Arial" size="1"><B>{esc(s.kommun_full)}</B><BR>{esc(s.postbox)}<BR>Telefon (växel): {s.vx}<BR>E-post: {s.email}</FONT></TD>
<TD valign="top" width="30%"><FONT face="Verdana,Arial" size="1">{s.footer_block}</FONT></TD>
<TD valign="top" width="30%"><FONT face="Verdana,Arial" size="1">{"<BR>".join(f'<A HREF="{h}">{esc(t)}</A>' for t, h in s.footer_links)}</FONT></TD>
</TR></TABLE></TD></TR>
</TABLE>
</BODY>
</HTML>
'''

    def content(self, s, h1, body, crumbs=()):
        bc = " &gt; ".join(f'<A HREF="{h}">{esc(t)}</A>' for t, h in crumbs)
        return (f'<FONT size="1"><A HREF="default.asp">Startsida</A>{" &gt; " + bc if bc else ""}</FONT><BR><BR>\n'
                f'<H1><FONT face="Verdana,Arial" size="4" color="{s.color}">{esc(h1)}</FONT></H1>\n{body}\n')

    def front(self, s):
        f = s.front
        news = "".join(f'<TR><TD valign="top"><FONT size="1">{d}</FONT><BR><A HREF="{h}"><B>{esc(t)}</B></A><BR>{esc(x)}</TD></TR>'
                       for d, t, h, x in f["news"])
        es = "<BR>".join(f'&raquo; <A HREF="{h}">{esc(t)}</A>' for t, h in f["eservices"])
        ev = "<BR>".join(f'{esc(d)}: <A HREF="{h}">{esc(t)}</A>' for d, t, h in f["events"])
        return f'''<TABLE width="100%" cellpadding="8" cellspacing="0"><TR><TD bgcolor="#FFF8DC">
<H1><FONT face="Verdana,Arial" size="4" color="{s.color}">{esc(f["hero_title"])}</FONT></H1>{esc(f["hero_text"])}</TD></TR></TABLE>
<TABLE width="100%" cellpadding="4" cellspacing="0"><TR>
<TD width="60%" valign="top"><FONT face="Verdana,Arial" size="3"><B>Nyheter</B></FONT><TABLE cellpadding="3">{news}</TABLE>
<A HREF="{s.p["nyheter"]}">Fler nyheter &raquo;</A></TD>
<TD width="40%" valign="top" bgcolor="#F4F4EE"><FONT face="Verdana,Arial" size="3"><B>E-tjänster</B></FONT><BR>{es}<BR><BR>
<FONT face="Verdana,Arial" size="3"><B>Evenemang</B></FONT><BR>{ev}<BR><BR>
<FONT face="Verdana,Arial" size="3"><B>Driftinformation</B></FONT><BR>{f["drift"]}</TD>
</TR></TABLE>'''


# --------------------------------------------------------------------------- soup (no landmarks, no roles)
class Soup:
    name = "soup"

    def doc(self, s, path, title, main, front=False):
        items = []
        for k in s.areas:
            sub = "".join(f'<div class="m0s-i"><a href="{href}">{esc(nm)}</a></div>' for nm, href in s.menu_subs(k))
            items.append(f'<div class="m0i"><a class="m0a" href="{s.area_href(k)}">{esc(s.area_name(k))}</a><div class="m0s" style="display:none">{sub}</div></div>')
        for t, h in s.menu_extra:
            items.append(f'<div class="m0i"><a class="m0a" href="{h}">{esc(t)}</a></div>')
        return f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{esc(title)} | {esc(s.kommun_full)}</title>
<style>.q0{{background:#333;color:#eee;font-size:13px}}.x1{{display:flex;align-items:center;padding:12px}}.m0{{display:flex;background:{s.color}}}
.m0i{{position:relative}}.m0a{{color:#fff;padding:10px;display:block}}.m0i:hover .m0s{{display:block!important;position:absolute}}
.z9{{background:#f6f6f6;padding:24px}}.k4{{display:flex;gap:16px}}.ff{{background:#222;color:#ccc}}</style>
</head>
<body>
<div class="w0">
<div class="q0"><div class="q0i"><span class="q0b" tabindex="0">Lyssna</span>{"".join(f' <a href="{h}">{esc(t)}</a>' for t, h in s.top_links)}</div></div>
<div class="x1">
<div class="x1l"><a href="/">{logo_svg(s)}</a></div>
<div class="x1s"><form action="/search" method="get"><input type="text" name="q" placeholder="Sök" aria-label="Sök"><button>Sök</button></form></div>
</div>
<div class="m0">
{chr(10).join(items)}
</div>
<div class="c7">
{main}
</div>
<div class="ff">
<div class="ff1"><b>{esc(s.kommun_full)}</b><br>{esc(s.street)}, {esc(s.pnr)} {esc(s.ort)}<br>Växel {s.vx} · {s.email}</div>
<div class="ff2">{" · ".join(f'<a href="{h}">{esc(t)}</a>' for t, h in s.footer_links)}</div>
</div>
</div>
{COOKIE.format(cls="ck1", href=s.p["kakor"], btn="ck1b")}
<script>document.querySelectorAll('.m0i').forEach(function(e){{e.addEventListener('click',function(){{}});}});</script>
</body>
</html>
'''

    def content(self, s, h1, body, crumbs=()):
        bc = " › ".join(f'<a href="{h}">{esc(t)}</a>' for t, h in crumbs)
        return f'<div class="bc2"><a href="/">Start</a>{" › " + bc if bc else ""}</div>\n<div class="t1"><h1>{esc(h1)}</h1></div>\n<div class="p7">{body}</div>'

    def front(self, s):
        f = s.front
        es = "".join(f'<div class="k4i"><a href="{h}">{esc(t)}</a></div>' for t, h in f["eservices"])
        news = "".join(f'<div class="n3"><div class="n3d">{d}</div><a class="n3h" href="{h}">{esc(t)}</a><div class="n3t">{esc(x)}</div></div>'
                       for d, t, h, x in f["news"])
        ev = "".join(f'<div class="e2"><span>{esc(d)}</span> <a href="{h}">{esc(t)}</a></div>' for d, t, h in f["events"])
        return f'''<div class="z9"><div class="z9t">{esc(f["hero_title"])}</div><div class="z9p">{esc(f["hero_text"])}</div></div>
<div class="b5"><div class="b5h">Genvägar</div><div class="k4">{es}</div></div>
<div class="b6"><div class="b5h">Nyheter</div>{news}<div><a href="{s.p["nyheter"]}">Alla nyheter</a></div></div>
<div class="b7"><div class="b5h">Evenemang</div>{ev}</div>
<div class="b8"><div class="b5h">Driftinformation</div><div>{f["drift"]}</div></div>'''


# --------------------------------------------------------------------------- bootstrap 5
class Bootstrap:
    name = "bootstrap"

    def doc(self, s, path, title, main, front=False):
        items = []
        for _n, k in enumerate(s.areas):
            sub = "".join(f'<li><a class="dropdown-item" href="{href}">{esc(nm)}</a></li>' for nm, href in s.menu_subs(k))
            items.append(f'<li class="nav-item dropdown"><a class="nav-link" href="{s.area_href(k)}">{esc(s.area_name(k))}</a>'
                         f'<button class="btn btn-link dropdown-toggle dropdown-toggle-split" data-bs-toggle="dropdown" aria-expanded="false" aria-label="Undermeny {esc(s.area_name(k))}"></button>'
                         f'<ul class="dropdown-menu">{sub}</ul></li>')
        return f'''<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} – {esc(s.kommun_full)}</title>
<link rel="canonical" href="__ORIGIN__{path}">
<style>.dropdown-menu{{display:none}}.dropdown-menu.show{{display:block}}.bg-brand{{background:{s.color}}}.visually-hidden{{position:absolute;left:-9999px}}</style>
</head>
<body>
<a class="visually-hidden-focusable" href="#innehall">Till innehållet</a>
<header class="border-bottom">
<div class="bg-light small py-1"><div class="container d-flex justify-content-end gap-3"><button class="btn btn-sm btn-link">Lyssna</button>{"".join(f'<a href="{h}" class="link-dark">{esc(t)}</a>' for t, h in s.top_links)}</div></div>
<div class="container d-flex align-items-center py-3">
<a class="navbar-brand me-auto" href="/">{logo_svg(s)}</a>
<form class="d-flex me-3" role="search" action="/sok/" method="get"><input class="form-control me-2" type="search" name="q" placeholder="Sök" aria-label="Sök"><button class="btn btn-outline-dark" type="submit">Sök</button></form>
{"".join(f'<a class="btn btn-dark" href="{h}">{esc(t)}</a>' for t, h in s.header_links)}
</div>
<nav class="navbar navbar-expand-lg navbar-dark bg-brand" aria-label="Huvudmeny">
<div class="container"><button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#huvudmeny" aria-controls="huvudmeny" aria-expanded="false" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="huvudmeny"><ul class="navbar-nav me-auto">
{chr(10).join(items)}
</ul></div></div>
</nav>
</header>
<main id="innehall" class="container py-4">
{main}
</main>
<footer class="bg-dark text-light py-4 mt-5">
<div class="container"><div class="row">
<div class="col-md-4"><h2 class="h5">{esc(s.kommun_full)}</h2><p>{esc(s.street)}<br>{esc(s.pnr)} {esc(s.ort)}</p><p>Växel: {s.vx}<br>{s.email}</p></div>
<div class="col-md-4"><h2 class="h5">Om webbplatsen</h2><ul class="list-unstyled">{"".join(f'<li><a class="link-light" href="{h}">{esc(t)}</a></li>' for t, h in s.footer_links)}</ul></div>
</div></div>
</footer>
{COOKIE.format(cls="toast cookie-toast show", href=s.p["kakor"], btn="btn btn-primary btn-sm")}
<script>/* bootstrap.bundle.min.js inlined in production build */</script>
</body>
</html>
'''

    def content(self, s, h1, body, crumbs=()):
        bc = "".join(f'<li class="breadcrumb-item"><a href="{h}">{esc(t)}</a></li>' for t, h in crumbs)
        return (f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Start</a></li>{bc}</ol></nav>\n'
                f'<div class="row"><div class="col-lg-8"><h1 class="display-6">{esc(h1)}</h1>\n{body}\n</div></div>')

    def front(self, s):
        f = s.front
        es = "".join(f'<div class="col-md-4 mb-3"><a class="card h-100 text-decoration-none" href="{h}"><div class="card-body"><h3 class="h6 card-title">{esc(t)}</h3></div></a></div>'
                     for t, h in f["eservices"])
        news = "".join(f'<div class="col-md-4"><div class="card h-100"><div class="card-body"><p class="text-muted small">{d}</p><h3 class="h5 card-title"><a href="{h}" class="stretched-link">{esc(t)}</a></h3>'
                       f'<p class="card-text">{esc(x)}</p></div></div></div>' for d, t, h, x in f["news"])
        ev = "".join(f'<li class="list-group-item"><a href="{h}">{esc(t)}</a> <span class="badge bg-secondary">{esc(d)}</span></li>' for d, t, h in f["events"])
        return f'''<div class="p-5 mb-4 bg-light rounded-3"><h1 class="display-5">{esc(f["hero_title"])}</h1><p class="lead">{esc(f["hero_text"])}</p></div>
<div class="alert alert-warning" role="status"><strong>Driftinformation:</strong> {f["drift"]}</div>
<section><h2 class="h4">Vanliga e-tjänster</h2><div class="row">{es}</div></section>
<section class="mt-4"><h2 class="h4">Nyheter</h2><div class="row g-3">{news}</div><p class="mt-3"><a href="{s.p["nyheter"]}">Fler nyheter</a></p></section>
<section class="mt-4"><h2 class="h4">Evenemang</h2><ul class="list-group">{ev}</ul></section>'''


# --------------------------------------------------------------------------- joomla 3
class Joomla:
    name = "joomla"

    def doc(self, s, path, title, main, front=False):
        items = [f'<li class="item-101{" default current active" if front else " default"}"><a href="/">Hem</a></li>']
        for n, k in enumerate(s.areas):
            sub = "".join(f'<li class="item-{200 + n * 10 + i}"><a href="{href}">{esc(nm)}</a></li>'
                          for i, (nm, href) in enumerate(s.menu_subs(k)))
            items.append(f'<li class="item-{110 + n} deeper parent"><a href="{s.area_href(k)}">{esc(s.area_name(k))}</a><ul class="nav-child unstyled small">{sub}</ul></li>')
        return f'''<!DOCTYPE html>
<html lang="sv-se" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)} - {esc(s.kommun_full)}</title>
<link href="__ORIGIN__{path}" rel="canonical">
<style>.nav-child{{display:none}}.deeper:hover>.nav-child{{display:block}}.header{{border-top:5px solid {s.color}}}.moduletable{{margin-bottom:18px}}.element-invisible{{position:absolute;left:-9999px}}</style>
<script type="application/json" class="joomla-script-options new">{{"csrf.token":"9f0b1c2d3e4f","system.paths":{{"root":"","base":""}}}}</script>
</head>
<body class="site com_content view-{"featured" if front else "article"} no-layout no-task itemid-101">
<div class="body" id="top">
<div class="container">
<header class="header" role="banner">
<div class="header-inner clearfix">
<div class="header-search pull-right"><div class="moduletable"><div class="custom"><p>{" | ".join([f'<a href="{h}">{esc(t)}</a>' for t, h in s.top_links])}</p></div></div>
<div class="search"><form action="/index.php/component/search/" method="get" class="form-inline"><label for="mod-search-searchword" class="element-invisible">Sök</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Sök..."><button class="button btn btn-primary">Sök</button></form></div></div>
<a class="brand pull-left" href="/">{logo_svg(s)}</a>
</div>
</header>
<nav class="navigation" role="navigation">
<div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Växla navigering</span></a></div>
<div class="nav-collapse">
<ul class="nav menu nav-pills mod-list">
{chr(10).join(items)}
</ul>
</div>
</nav>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
{main}
</main>
<div id="aside" class="span3">
<div class="well "><h3 class="page-header">Genvägar</h3><ul class="nav menu">{"".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in s.front["eservices"][:4])}</ul></div>
</div>
</div>
</div>
</div>
<footer class="footer" role="contentinfo">
<div class="container"><hr>
<div class="moduletable"><div class="custom"><p><strong>{esc(s.kommun_full)}</strong>, {esc(s.street)}, {esc(s.pnr)} {esc(s.ort)}<br>Växel {s.vx} | {s.email}</p></div></div>
<p class="pull-right"><a href="#top" id="back-top">Till toppen</a></p>
<p>{" | ".join(f'<a href="{h}">{esc(t)}</a>' for t, h in s.footer_links)}</p>
</div>
</footer>
{COOKIE.format(cls="cookiesaccept", href=s.p["kakor"], btn="btn")}
</body>
</html>
'''

    def content(self, s, h1, body, crumbs=()):
        bc = "".join(f'<li><span class="divider">/</span><a href="{h}" class="pathway">{esc(t)}</a></li>' for t, h in crumbs)
        return (f'<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="active"><span class="divider icon-location"></span></li>'
                f'<li><a href="/" class="pathway">Hem</a></li>{bc}</ul>\n'
                f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="sv-SE">\n'
                f'<div class="page-header"><h1 itemprop="headline">{esc(h1)}</h1></div>\n'
                f'<div itemprop="articleBody">\n{body}\n</div></div>')

    def front(self, s):
        f = s.front
        news = "".join(f'<div class="items-row cols-1 row-{i} row-fluid clearfix"><div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
                       f'<div class="page-header"><h2 itemprop="name"><a href="{h}" itemprop="url">{esc(t)}</a></h2></div><dl class="article-info muted"><dd class="published">'
                       f'<time datetime="{d}" itemprop="datePublished">Publicerad: {d}</time></dd></dl><p>{esc(x)}</p>'
                       f'<p class="readmore"><a class="btn" href="{h}" itemprop="url">Läs mer: {esc(t)}</a></p></div></div></div>'
                       for i, (d, t, h, x) in enumerate(f["news"]))
        ev = "".join(f'<li><a href="{h}">{esc(d)} – {esc(t)}</a></li>' for d, t, h in f["events"])
        return f'''<div class="moduletable banner-start"><div class="custom"><h1>{esc(f["hero_title"])}</h1><p>{esc(f["hero_text"])}</p></div></div>
<div class="moduletable driftinfo"><h3>Driftinformation</h3><div class="custom"><p>{f["drift"]}</p></div></div>
<div class="blog-featured" itemscope itemtype="https://schema.org/Blog"><h2>Nyheter</h2>{news}<p><a href="{s.p["nyheter"]}">Nyhetsarkiv</a></p></div>
<div class="moduletable"><h3>Evenemang</h3><ul class="latestnews mod-list">{ev}</ul></div>'''


# --------------------------------------------------------------------------- BEM design system
class Bem:
    name = "bem"

    def doc(self, s, path, title, main, front=False):
        items = []
        for n, k in enumerate(s.areas):
            sub = "".join(f'<li class="c-main-nav__subitem"><a class="c-main-nav__sublink" href="{href}">{esc(nm)}</a></li>' for nm, href in s.menu_subs(k))
            items.append(f'<li class="c-main-nav__item"><a class="c-main-nav__link" href="{s.area_href(k)}">{esc(s.area_name(k))}</a>'
                         f'<div class="c-main-nav__flyout" id="flyout-{n}" hidden><ul class="c-main-nav__sublist">{sub}</ul></div></li>')
        return f'''<!DOCTYPE html>
<html lang="sv" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} – {esc(s.kommun_full)}</title>
<link rel="canonical" href="__ORIGIN__{path}">
<style>.c-main-nav__flyout[hidden]{{display:none}}.o-container{{max-width:1140px;margin:0 auto}}.c-site-header{{border-bottom:2px solid {s.color}}}
.c-hero{{background:{s.color};color:#fff}}.u-hidden-visually{{position:absolute;clip:rect(0 0 0 0)}}</style>
</head>
<body class="t-{s.ort.lower()}">
<a class="c-skiplink u-hidden-visually" href="#innehall">Gå till innehållet</a>
<header class="c-site-header">
<div class="c-site-header__utility o-container"><ul class="c-utility-nav">{"".join(f'<li class="c-utility-nav__item"><a class="c-utility-nav__link" href="{h}">{esc(t)}</a></li>' for t, h in s.top_links)}</ul></div>
<div class="c-site-header__main o-container">
<a class="c-site-header__logo" href="/">{logo_svg(s)}</a>
<form class="c-search c-site-header__search" action="/sok/" method="get" role="search"><label class="u-hidden-visually" for="sok-q">Sök</label><input class="c-search__input" id="sok-q" name="q" type="search"><button class="c-search__button c-button">Sök</button></form>
<ul class="c-site-header__links">{"".join(f'<li><a class="c-button c-button--ghost" href="{h}">{esc(t)}</a></li>' for t, h in s.header_links)}</ul>
</div>
<nav class="c-main-nav o-container" aria-label="Huvudmeny"><ul class="c-main-nav__list">
{chr(10).join(items)}
</ul></nav>
</header>
<main id="innehall" class="o-container">
{main}
</main>
<footer class="c-site-footer">
<div class="c-site-footer__inner o-container">
<section class="c-site-footer__section"><h2 class="c-site-footer__heading">{esc(s.kommun_full)}</h2>
<address class="c-site-footer__address">{esc(s.street)}<br>{esc(s.pnr)} {esc(s.ort)}</address>
<p>Växel: <a href="tel:{s.vx_tel}">{s.vx}</a><br>E-post: <a href="mailto:{s.email}">{s.email}</a></p></section>
<section class="c-site-footer__section"><h2 class="c-site-footer__heading">Om webbplatsen</h2><ul>{"".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in s.footer_links)}</ul></section>
</div>
</footer>
{COOKIE.format(cls="c-cookie-banner", href=s.p["kakor"], btn="c-button")}
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
</body>
</html>
'''

    def content(self, s, h1, body, crumbs=()):
        bc = "".join(f'<li class="c-breadcrumbs__item"><a class="c-breadcrumbs__link" href="{h}">{esc(t)}</a></li>' for t, h in crumbs)
        return (f'<nav class="c-breadcrumbs" aria-label="Du är här"><ol class="c-breadcrumbs__list"><li class="c-breadcrumbs__item"><a class="c-breadcrumbs__link" href="/">Startsida</a></li>{bc}</ol></nav>\n'
                f'<article class="c-article">\n<h1 class="c-article__title">{esc(h1)}</h1>\n{body}\n'
                f'<footer class="c-article__meta"><p>Sidan uppdaterades <time datetime="2025-04-02">2 april 2025</time></p></footer></article>')

    def front(self, s):
        f = s.front
        es = "".join(f'<li class="c-shortcuts__item"><a class="c-shortcuts__link" href="{h}">{esc(t)}</a></li>' for t, h in f["eservices"])
        news = "".join(f'<li class="c-news-list__item"><article class="c-news-teaser"><h3 class="c-news-teaser__title"><a href="{h}">{esc(t)}</a></h3>'
                       f'<time class="c-news-teaser__date">{d}</time><p class="c-news-teaser__text">{esc(x)}</p></article></li>' for d, t, h, x in f["news"])
        ev = "".join(f'<li><a href="{h}">{esc(t)}</a>, {esc(d)}</li>' for d, t, h in f["events"])
        return f'''<section class="c-hero"><div class="c-hero__body"><h1 class="c-hero__title">{esc(f["hero_title"])}</h1><p class="c-hero__text">{esc(f["hero_text"])}</p></div>
<ul class="c-shortcuts">{es}</ul></section>
<section class="c-section"><h2 class="c-section__title">Nyheter</h2><ul class="c-news-list">{news}</ul><a class="c-link-more" href="{s.p["nyheter"]}">Fler nyheter</a></section>
<section class="c-section"><h2 class="c-section__title">Evenemang</h2><ul>{ev}</ul></section>
<section class="c-section c-section--notice"><h2 class="c-section__title">Driftinformation</h2><p>{f["drift"]}</p></section>'''


# --------------------------------------------------------------------------- hugo (static site, <details> menu)
class Hugo:
    name = "hugo"

    def doc(self, s, path, title, main, front=False):
        items = []
        for k in s.areas:
            sub = "".join(f'<li><a href="{href}">{esc(nm)}</a></li>' for nm, href in s.menu_subs(k))
            items.append(f'<li><a href="{s.area_href(k)}">{esc(s.area_name(k))}</a><ul>{sub}</ul></li>')
        return f'''<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.126.1">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(title)}{"" if front else " - " + esc(s.kommun_full)}</title>
<link rel="canonical" href="__ORIGIN__{path}">
<style>details.menu>nav{{position:absolute;background:#fff;border:1px solid #ccc}}.site-header{{display:flex;gap:1rem;align-items:center;border-bottom:3px solid {s.color}}}
.intro{{background:#f3f1ea;padding:1.5rem}}.grid{{display:grid;grid-template-columns:repeat(3,1fr);gap:1rem}}</style>
</head>
<body>
<header class="site-header">
<a class="brand" href="/">{logo_svg(s)}</a>
<details class="menu"><summary>Meny</summary>
<nav aria-label="Huvudmeny"><ul class="menu-list">
{chr(10).join(items)}
</ul></nav>
</details>
<form action="/sok/" method="get" class="search"><input type="search" name="q" aria-label="Sök" placeholder="Sök"></form>
<ul class="quick">{"".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in s.top_links + s.header_links)}</ul>
</header>
<main>
{main}
</main>
<footer class="site-footer">
<p><strong>{esc(s.kommun_full)}</strong> · {esc(s.street)} · {esc(s.pnr)} {esc(s.ort)}</p>
<p>Växel {s.vx} · <a href="mailto:{s.email}">{s.email}</a></p>
{s.footer_block}
<ul class="footer-links">{"".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in s.footer_links)}</ul>
</footer>
{COOKIE.format(cls="cookie", href=s.p["kakor"], btn="cookie-btn")}
</body>
</html>
'''

    def content(self, s, h1, body, crumbs=()):
        return f'<article class="page">\n<h1>{esc(h1)}</h1>\n{body}\n</article>'

    def front(self, s):
        f = s.front
        es = "".join(f'<a class="tile" href="{h}">{esc(t)}</a>' for t, h in f["eservices"])
        news = "".join(f'<article class="post-summary"><h3><a href="{h}">{esc(t)}</a></h3><time>{d}</time><p>{esc(x)}</p></article>' for d, t, h, x in f["news"])
        ev = "".join(f'<li>{esc(d)}: <a href="{h}">{esc(t)}</a></li>' for d, t, h in f["events"])
        return f'''<section class="intro"><h1>{esc(f["hero_title"])}</h1><p>{esc(f["hero_text"])}</p><div class="grid">{es}</div></section>
<section class="news"><h2>Nyheter</h2>{news}<p><a href="{s.p["nyheter"]}">Alla nyheter</a></p></section>
<section class="events"><h2>Evenemang</h2><ul>{ev}</ul></section>
<section class="drift"><h2>Driftinformation</h2><p>{f["drift"]}</p></section>'''


FAMILIES = {c.name: c() for c in (Drupal, Sitevision, Episerver, Municipio, Table, Soup, Bootstrap, Joomla, Bem, Hugo)}
