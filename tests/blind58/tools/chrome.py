"""Markup families of the blind58 corpus (typing aid): today's Swedish municipal CMS output.

Each family turns a site dict and one page (title, h1, body, breadcrumbs) into a whole HTML
document with the family's header, top bar (Lyssna / Translate), search form, primary menu,
breadcrumbs, footer and cookie dialog. Front pages get the site's own `front` body instead of
an h1 + body.
"""
from __future__ import annotations

import html
import zlib

E = html.escape


def _h(text: str, mod: int) -> int:
    return zlib.crc32(text.encode()) % mod


def _menu_items(site):
    return site["menu"]  # [(label, href, [(sub, href), ...]), ...]


def _topbar_links(site):
    return site.get("topbar", [])  # [(label, href, extra_attrs)]


def _crumbs(crumbs, wrap):
    if not crumbs:
        return ""
    return wrap(crumbs)


def _footer_facts(site):
    s = site
    return (f"{E(s['org'])}<br>{E(s['postadress'])}<br>Besöksadress: {E(s['besok'])}",
            f"Växel: <a href=\"tel:{s['tel_href']}\">{E(s['vaxel'])}</a>",
            f"E-post: <a href=\"mailto:{s['email']}\">{s['email']}</a>",
            f"Organisationsnummer: {s['orgnr']}")


def _script(site, extra=""):
    return ("<script>\n  window.rsConf = {general: {usePost: true}, ui: {lang: 'sv_se'}};\n"
            "  document.documentElement.classList.remove('no-js');\n" + extra + "</script>")


# ---------------------------------------------------------------- Sitevision 2024 (Envision)
def sitevision(site, page):
    s = site
    nav = []
    for i, (lab, href, subs) in enumerate(_menu_items(s)):
        cols = "".join(f"<li class=\"env-mega-menu__item\"><a class=\"env-link env-text-small\" href=\"{h}\">{E(t)}</a></li>" for t, h in subs)
        nav.append(
            f"<li class=\"env-nav__item env-nav__item--has-panel\"><div class=\"env-d--flex\">"
            f"<a class=\"env-nav__link\" href=\"{href}\">{E(lab)}</a>"
            f"<button class=\"env-button env-button--icon env-button--ghost\" aria-expanded=\"false\" aria-controls=\"mm-{i}\">"
            f"<span class=\"env-assistive-text\">Visa undersidor för {E(lab)}</span><svg class=\"env-icon\" aria-hidden=\"true\"><use href=\"#chevron\"></use></svg></button></div>"
            f"<div class=\"env-mega-menu__panel\" id=\"mm-{i}\" hidden><div class=\"sv-layout\"><ul class=\"env-list env-mega-menu__list\">{cols}</ul></div></div></li>")
    top = "".join(f"<li class=\"env-nav__item\"><a class=\"env-link\" href=\"{h}\" {a}>{t}</a></li>" for t, h, a in _topbar_links(s))
    crumbs = _crumbs(page.get("crumbs"), lambda cs: (
        "<div class=\"sv-portlet sv-skip-spacer sv-breadcrumb-portlet\"><nav aria-label=\"Du är här\"><ol class=\"env-breadcrumb\">"
        + "".join(f"<li class=\"env-breadcrumb__item\"><a href=\"{h}\">{E(t)}</a></li>" for t, h in cs)
        + f"<li class=\"env-breadcrumb__item\" aria-current=\"page\">{E(page['h1'])}</li></ol></nav></div>"))
    if page.get("front"):
        content = page["body"]
    else:
        content = (f"<div class=\"sv-layout sv-skip-spacer sv-template-portlet\" id=\"svid12_5b2\">{crumbs}"
                   f"<div class=\"sv-portlet sv-skip-spacer sv-text-portlet sv-use-margins\" id=\"svid12_5b3\">"
                   f"<div id=\"Rubrik\"><!-- Rubrik --></div><div class=\"sv-text-portlet-content\">"
                   f"<h1 class=\"heading\" id=\"h-{_h(page['h1'], 9999)}\">{page['h1']}</h1></div></div>"
                   f"<div class=\"sv-layout sv-skip-spacer\" id=\"svid94_5b4\">{page['body']}</div></div>")
    f1, f2, f3, f4 = _footer_facts(s)
    sv_js = _script(s, "  window.sv = window.sv || {}; sv.PageContext = {pageId: '4.1a2b3c4d18f0000001'};\n")
    return f"""<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-startsida">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{page['title']}</title>
<meta name="description" content="{E(page.get('desc', s['kommun'] + ' kommun'))}">
<style>.sv-layout{{box-sizing:border-box}}.env-assistive-text{{position:absolute;left:-9999px}}.env-mega-menu__panel[hidden]{{display:none}}</style>
{page.get('head', '')}
</head>
<body class="sv-responsive env-m-around--0">
<div class="sv-layout" id="svid10_1a2b3c4d5e6f">
<a class="env-assistive-text sv-skip-link" href="#Mittenspalt">Hoppa till huvudinnehållet</a>
<div class="sv-layout sv-skip-spacer sv-template-layout sv-grid-main header" id="svid10_7f1">
 <div class="sv-row sv-layout env-d--flex env-justify-content--end topbar">
  <div class="sv-script-portlet sv-portlet sv-skip-spacer">
   <ul class="env-list env-list--horizontal">
    <li class="env-nav__item"><button class="env-button env-button--link rs_skip" type="button" onclick="readpage()"><svg class="env-icon" aria-hidden="true"><use href="#sound"></use></svg>Lyssna</button></li>
    <li class="env-nav__item"><a class="env-link" href="#translate" aria-haspopup="dialog">Translate</a></li>
    {top}
   </ul>
  </div>
 </div>
 <div class="sv-row sv-layout env-d--flex env-align-items--center">
  <div class="sv-image-portlet sv-portlet sv-skip-spacer"><a href="/"><img class="sv-noborder" alt="{E(s['org'])}, till startsidan" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="180" height="48"></a></div>
  <div class="sv-searchform-portlet sv-portlet sv-skip-spacer">
   <form method="get" action="{s['search']['path']}" class="env-form" role="search"><div class="env-form-input-group">
    <label for="sv-search" class="env-assistive-text">Sök på webbplatsen</label>
    <input id="sv-search" class="env-form-input" type="search" name="{s['search']['param']}" placeholder="Vad letar du efter?" autocomplete="off">
    <button type="submit" class="env-button env-button--primary">Sök</button></div></form>
  </div>
 </div>
 <div class="sv-row sv-layout sv-menu-row">
  <div class="sv-script-portlet sv-portlet sv-skip-spacer"><nav aria-label="Huvudmeny"><ul class="env-nav env-nav--menubar env-nav--border">
   {''.join(nav)}
  </ul></nav></div>
 </div>
</div>
<div class="sv-layout sv-skip-spacer sv-template-layout" id="Mittenspalt">
{content}
</div>
<div class="sv-layout sv-skip-spacer sv-template-layout sv-grid-main sidfot" id="svid10_9c9">
 <div class="sv-row sv-layout env-d--flex">
  <div class="sv-layout sv-column-4 sv-portlet sv-text-portlet"><h2 class="subheading">Kontakt</h2><p class="normal">{f1}</p><p class="normal">{f2}<br>{f3}<br>{f4}</p></div>
  <div class="sv-layout sv-column-4 sv-portlet sv-text-portlet"><h2 class="subheading">Om webbplatsen</h2><ul class="env-list">
   <li><a href="{s['links']['tillg']}">Tillgänglighetsredogörelse</a></li><li><a href="{s['links']['kakor']}">Kakor (cookies)</a></li><li><a href="/om-webbplatsen/personuppgifter.html">Personuppgifter</a></li></ul></div>
  <div class="sv-layout sv-column-4 sv-portlet sv-text-portlet">{s.get('footer_extra', '')}</div>
 </div>
</div>
</div>
<div class="env-modal-dialog env-cookie-consent" role="dialog" aria-modal="false" aria-labelledby="cc-h">
 <div class="env-modal-dialog__dialog"><section class="env-modal-dialog__content"><header class="env-modal-dialog__header"><h2 class="env-text-h4" id="cc-h">Vi använder kakor</h2></header>
 <div class="env-modal-dialog__body"><p>Nödvändiga kakor gör att webbplatsen fungerar. Analyskakor hjälper oss att förbättra webbplatsen.</p></div>
 <footer class="env-modal-dialog__footer"><button class="env-button env-button--primary" type="button">Godkänn alla kakor</button><button class="env-button" type="button">Endast nödvändiga</button><a href="{s['links']['kakor']}" class="env-link">Läs mer om kakor</a></footer></section></div>
</div>
{sv_js}
</body>
</html>
"""


# ---------------------------------------------------------------- Optimizely CMS 12
def optimizely(site, page):
    s = site
    nav = []
    for _i, (lab, href, subs) in enumerate(_menu_items(s)):
        sub = "".join(f"<li class=\"mega-menu__item\"><a class=\"mega-menu__link\" href=\"{h}\">{E(t)}</a></li>" for t, h in subs)
        nav.append(f"<li class=\"main-nav__item\"><a class=\"main-nav__link\" href=\"{href}\">{E(lab)}</a>"
                   f"<button class=\"main-nav__toggle js-mega-toggle\" aria-expanded=\"false\"><span class=\"sr-only\">Undersidor till {E(lab)}</span></button>"
                   f"<div class=\"mega-menu\" aria-hidden=\"true\"><div class=\"container\"><ul class=\"mega-menu__list\">{sub}</ul></div></div></li>")
    top = "".join(f"<li class=\"service-nav__item\"><a href=\"{h}\" {a}>{t}</a></li>" for t, h, a in _topbar_links(s))
    crumbs = _crumbs(page.get("crumbs"), lambda cs: (
        "<nav class=\"breadcrumbs\" aria-label=\"Brödsmulor\"><ol class=\"breadcrumbs__list\">"
        + "".join(f"<li class=\"breadcrumbs__item\"><a href=\"{h}\">{E(t)}</a></li>" for t, h in cs)
        + f"<li class=\"breadcrumbs__item breadcrumbs__item--current\"><span>{E(page['h1'])}</span></li></ol></nav>"))
    if page.get("front"):
        content = page["body"]
    else:
        content = (f"<div class=\"container\">{crumbs}<div class=\"row\"><div class=\"col-12 col-lg-8\"><article class=\"article-page\">"
                   f"<h1 class=\"article-page__heading\">{page['h1']}</h1>{page['body']}</article></div>"
                   f"<aside class=\"col-12 col-lg-4 sidebar\"><div class=\"block-area\">{page.get('aside', '')}</div></aside></div></div>")
    f1, f2, f3, f4 = _footer_facts(s)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{page['title']}</title>
<style>.sr-only{{position:absolute;width:1px;height:1px;overflow:hidden}}.mega-menu[aria-hidden=true]{{display:none}}</style>
{page.get('head', '')}
</head>
<body class="{'startpage' if page.get('front') else 'standardpage'}">
<a class="skip-link sr-only" href="#main-content">Gå direkt till innehållet</a>
<div id="CybotCookiebotDialog" role="dialog" aria-label="Cookieinställningar" class="CybotCookiebotDialog--active">
 <div id="CybotCookiebotDialogBody"><h2 id="CybotCookiebotDialogBodyContentTitle">Den här webbplatsen använder kakor</h2>
 <div id="CybotCookiebotDialogBodyContentText">Vi använder kakor för att webbplatsen ska fungera och för att förstå hur den används.</div></div>
 <div id="CybotCookiebotDialogBodyButtons"><button id="CybotCookiebotDialogBodyButtonDecline">Neka</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Tillåt alla</button></div>
</div>
<div class="page-wrapper">
<header class="site-header" id="site-header">
 <div class="service-nav"><div class="container"><ul class="service-nav__list">
  <li class="service-nav__item"><button type="button" class="rs-listen-button" aria-label="Lyssna på sidans text"><span class="icon icon--sound" aria-hidden="true"></span>Lyssna</button></li>
  <li class="service-nav__item"><div id="google_translate_element" class="translate"><button type="button" class="translate__toggle">Translate</button></div></li>
  {top}
 </ul></div></div>
 <div class="container site-header__inner">
  <a class="site-header__logo" href="{s['home']}"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{E(s['org'])} – startsida" width="200" height="52"></a>
  <form class="site-search" action="{s['search']['path']}" method="get" role="search">
   <label for="q" class="sr-only">Sök</label><input type="search" id="q" name="{s['search']['param']}" class="site-search__input" placeholder="Sök på {E(s['kommun'])}.se">
   <button type="submit" class="site-search__button">Sök</button>
  </form>
 </div>
 <nav class="main-nav" aria-label="Huvudnavigering"><div class="container"><ul class="main-nav__list">
  {''.join(nav)}
 </ul></div></nav>
</header>
<main id="main-content" class="main-content">
{content}
</main>
<footer class="site-footer">
 <div class="container"><div class="row">
  <div class="col-md-4 site-footer__col"><h2 class="site-footer__heading">{E(s['org'])}</h2><p>{f1}</p></div>
  <div class="col-md-4 site-footer__col"><h2 class="site-footer__heading">Kontakta oss</h2><p>{f2}<br>{f3}<br>{f4}</p>{s.get('footer_extra', '')}</div>
  <div class="col-md-4 site-footer__col"><h2 class="site-footer__heading">Om webbplatsen</h2><ul class="link-list"><li><a href="{s['links']['tillg']}">Tillgänglighetsredogörelse</a></li><li><a href="{s['links']['kakor']}">Om kakor</a></li></ul></div>
 </div></div>
</footer>
</div>
{_script(s)}
</body>
</html>
"""


# ---------------------------------------------------------------- Drupal 10, Olivero
def drupal(site, page):
    s = site
    nav = []
    for i, (lab, href, subs) in enumerate(_menu_items(s)):
        sub = "".join(f"<li class=\"primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-2\"><a href=\"{h}\" class=\"primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-2\" data-drupal-link-system-path=\"node/{100 + i * 10 + j}\">{E(t)}</a></li>" for j, (t, h) in enumerate(subs))
        nav.append(f"<li class=\"primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1 primary-nav__menu-item--has-children\" data-once=\"olivero-automatic-mobile-nav\">"
                   f"<a href=\"{href}\" class=\"primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1 primary-nav__menu-link--has-children\" data-drupal-link-system-path=\"node/{10 + i}\"><span class=\"primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1\">{E(lab)}</span></a>"
                   f"<button class=\"primary-nav__button-toggle\" aria-controls=\"primary-menu-item-{i}\" aria-expanded=\"false\" aria-hidden=\"true\" tabindex=\"-1\"><span class=\"visually-hidden\">{E(lab)} sub-navigation</span><span class=\"icon--menu-toggle\"></span></button>"
                   f"<span data-drupal-selector=\"primary-nav-menu-🥕\" class=\"primary-nav__menu-🥕\"></span>"
                   f"<ul class=\"primary-nav__menu primary-nav__menu--level-2\" data-drupal-selector=\"primary-nav-menu--level-2\" id=\"primary-menu-item-{i}\">{sub}</ul></li>")
    top = "".join(f"<li class=\"menu__item\"><a href=\"{h}\" class=\"menu__link\" {a}>{t}</a></li>" for t, h, a in _topbar_links(s))
    crumbs = _crumbs(page.get("crumbs"), lambda cs: (
        "<div id=\"block-olivero-breadcrumbs\" class=\"block block-system block-system-breadcrumb-block\"><div class=\"block__content\"><nav class=\"breadcrumb\" role=\"navigation\" aria-labelledby=\"system-breadcrumb\"><h2 id=\"system-breadcrumb\" class=\"visually-hidden\">Brödsmulor</h2><ol class=\"breadcrumb__list\">"
        + "".join(f"<li class=\"breadcrumb__item\"><a href=\"{h}\" class=\"breadcrumb__link\">{E(t)}</a></li>" for t, h in cs)
        + "</ol></nav></div></div>"))
    if page.get("front"):
        content = page["body"]
    else:
        content = (f"<div class=\"region region--breadcrumb grid-full layout--pass--content-medium\">{crumbs}</div>"
                   f"<div class=\"region region--content-above grid-full layout--pass--content-medium\"><div id=\"block-olivero-page-title\" class=\"block block-core block-page-title-block\"><h1 class=\"title page-title\"><span class=\"field field--name-title field--type-string field--label-hidden\">{page['h1']}</span></h1></div></div>"
                   f"<div class=\"region region--content grid-full layout--pass--content-medium\" id=\"content\"><div id=\"block-olivero-content\" class=\"block block-system block-system-main-block\"><div class=\"block__content\">"
                   f"<article data-history-node-id=\"{_h(page['h1'], 900) + 100}\" class=\"node node--type-page node--view-mode-full\"><div class=\"node__content\">"
                   f"<div class=\"text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item\">{page['body']}</div></div></article></div></div></div>")
    f1, f2, f3, f4 = _footer_facts(s)
    return f"""<!DOCTYPE html>
<html lang="sv" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{page['title']}</title>
<style>.visually-hidden{{position:absolute!important;clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px;width:1px}}.primary-nav__menu--level-2{{visibility:hidden;opacity:0}}.primary-nav__menu-item--has-children:hover .primary-nav__menu--level-2{{visibility:visible;opacity:1}}</style>
{page.get('head', '')}
</head>
<body class="{'path-frontpage' if page.get('front') else 'path-node page-node-type-page'}">
<a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper">
<div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
 <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
  <div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Fäst huvudmenyn" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
  <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
   <div class="container site-header__inner__container">
    <div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block">
     <div class="site-branding__inner"><a href="/" rel="home" class="site-branding__logo"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Hem" width="64" height="64"></a>
     <div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Hem" rel="home">{E(s['org'])}</a></div></div></div>
    </div>
    <div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
    <div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Huvudmeny" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Meny</span><span class="mobile-nav-button__icon"></span></button></div>
    <div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
     <div class="region region--secondary-menu">
      <div class="search-block-form block block-search block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
       <div class="content"><form action="{s['search']['path']}" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
        <div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label for="edit-keys" class="form-item__label visually-hidden">Sök</label>
        <input title="Ange de ord du vill söka efter." placeholder="Sök på webbplatsen" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="{s['search']['param']}" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search"></div>
        <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Sök"></div>
       </form></div>
      </div>
      <nav role="navigation" aria-labelledby="block-olivero-account-menu-menu" id="block-olivero-account-menu" class="block block-menu navigation menu--account secondary-nav">
       <h2 class="visually-hidden block__title" id="block-olivero-account-menu-menu">Genvägar</h2>
       <ul data-block="secondary_menu" class="menu secondary-nav__menu">
        <li class="menu__item"><button type="button" class="menu__link readspeaker-button" data-rs-listen>Lyssna</button></li>
        <li class="menu__item"><a href="#gtranslate" class="menu__link" aria-haspopup="true">Translate</a></li>
        {top}
       </ul>
      </nav>
     </div>
     <div class="region region--primary-menu">
      <nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="block block-menu navigation menu--main">
       <h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Huvudnavigering</h2>
       <div class="primary-nav"><ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
        {''.join(nav)}
       </ul></div>
      </nav>
     </div>
    </div>
   </div>
  </div>
 </div>
</header>
<div id="main-wrapper" class="layout-main-wrapper layout-container">
<div id="main" class="layout-main">
<div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container">
{content}
</div>
</div>
</div>
</div>
<footer class="site-footer">
 <div class="site-footer__inner container">
  <div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
   <div id="block-kontaktuppgifter" class="block block-block-content block-block-content7c1e"><h2 class="block__title">Kontakt</h2><div class="block__content"><div class="text-content clearfix field field--name-body"><p>{f1}</p><p>{f2}<br>{f3}<br>{f4}</p></div></div></div>
   {s.get('footer_extra', '')}
  </div></div>
  <div class="region region--footer-bottom grid-full"><nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer"><h2 class="visually-hidden" id="block-olivero-footer-menu">Sidfot</h2>
   <ul class="menu"><li class="menu__item"><a href="{s['links']['tillg']}" class="menu__link">Tillgänglighetsredogörelse</a></li><li class="menu__item"><a href="{s['links']['kakor']}" class="menu__link">Kakor</a></li></ul></nav></div>
 </div>
</footer>
<div class="overlay" data-drupal-selector="overlay"></div>
</div>
</div>
</div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in" role="dialog" aria-labelledby="popup-text" aria-describedby="popup-text">
 <div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>Vi använder kakor</h2><p>Klicka på Godkänn för att tillåta analyskakor.</p></div>
 <div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Godkänn</button><button type="button" class="decline-button eu-cookie-compliance-default-button">Nej tack</button></div></div>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/1","isFront":{'true' if page.get('front') else 'false'},"currentLanguage":"sv"}},"ajaxTrustedUrl":{{"\\/search\\/node":true}}}}</script>
{_script(s)}
</body>
</html>
"""


# ---------------------------------------------------------------- WordPress block theme
def wpblock(site, page):
    s = site
    nav = []
    for _i, (lab, href, subs) in enumerate(_menu_items(s)):
        sub = "".join(f"<li class=\"wp-block-navigation-item wp-block-navigation-link\"><a class=\"wp-block-navigation-item__content\" href=\"{h}\"><span class=\"wp-block-navigation-item__label\">{E(t)}</span></a></li>" for t, h in subs)
        nav.append(f"<li data-wp-context='{{ \"submenuOpenedBy\": {{ \"click\": false, \"hover\": false, \"focus\": false }}, \"type\": \"submenu\" }}' data-wp-interactive=\"core/navigation\" class=\"wp-block-navigation-item has-child open-on-hover-click wp-block-navigation-submenu\">"
                   f"<a class=\"wp-block-navigation-item__content\" href=\"{href}\">{E(lab)}</a>"
                   f"<button data-wp-bind--aria-expanded=\"state.isMenuOpen\" aria-label=\"Undermeny för {E(lab)}\" class=\"wp-block-navigation__submenu-icon wp-block-navigation-submenu__toggle\" aria-expanded=\"false\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"12\" height=\"12\" viewBox=\"0 0 12 12\" fill=\"none\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M1.50002 4L6.00002 8L10.5 4\" stroke-width=\"1.5\"></path></svg></button>"
                   f"<ul data-wp-on--focus=\"actions.openMenuOnFocus\" class=\"wp-block-navigation__submenu-container wp-block-navigation-submenu\">{sub}</ul></li>")
    top = "".join(f"<div class=\"wp-block-navigation-item\"><a class=\"wp-block-navigation-item__content\" href=\"{h}\" {a}>{t}</a></div>" for t, h, a in _topbar_links(s))
    crumbs = _crumbs(page.get("crumbs"), lambda cs: (
        "<nav aria-label=\"Brödsmulor\" class=\"wp-block-group yoast-breadcrumbs\"><span>"
        + " » ".join(f"<span><a href=\"{h}\">{E(t)}</a></span>" for t, h in cs)
        + f" » <span class=\"breadcrumb_last\" aria-current=\"page\">{E(page['h1'])}</span></span></nav>"))
    if page.get("front"):
        content = page["body"]
    else:
        content = (f"<div class=\"wp-block-group alignfull has-global-padding is-layout-constrained wp-block-group-is-layout-constrained\" style=\"padding-top:var(--wp--preset--spacing--50)\">{crumbs}"
                   f"<h1 class=\"wp-block-post-title\">{page['h1']}</h1>"
                   f"<div class=\"entry-content wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained\">{page['body']}</div></div>")
    f1, f2, f3, f4 = _footer_facts(s)
    return f"""<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="WordPress 6.5.3">
<title>{page['title']}</title>
<style id="wp-block-navigation-inline-css">.wp-block-navigation__submenu-container{{visibility:hidden;width:0;height:0;overflow:hidden;opacity:0}}.has-child:hover>.wp-block-navigation__submenu-container{{visibility:visible;width:auto;height:auto;opacity:1}}.screen-reader-text{{clip:rect(1px,1px,1px,1px);position:absolute!important}}</style>
{page.get('head', '')}
</head>
<body class="{'home page-template-default page' if page.get('front') else 'page-template-default page'} wp-embed-responsive">
<div class="wp-site-blocks">
<a class="skip-link screen-reader-text" href="#wp--skip-link--target">Hoppa till innehåll</a>
<header class="wp-block-template-part">
 <div class="wp-block-group alignfull has-base-2-background-color has-background is-layout-flex wp-block-group-is-layout-flex toppmeny" style="padding:0.4rem 2rem">
  <div class="wp-block-group is-content-justification-right is-layout-flex">
   <div class="wp-block-buttons is-layout-flex"><div class="wp-block-button is-style-outline"><button type="button" class="wp-block-button__link wp-element-button rsbtn_play" aria-label="Lyssna på sidan">Lyssna</button></div></div>
   <div class="wp-block-gtranslate"><a href="#" class="glink" title="Translate">Translate</a></div>
   {top}
  </div>
 </div>
 <div class="wp-block-group alignwide is-content-justification-space-between is-nowrap is-layout-flex wp-block-group-is-layout-flex" style="padding-top:1rem;padding-bottom:1rem">
  <div class="wp-block-site-logo"><a href="/" class="custom-logo-link" rel="home"><img width="190" height="50" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="custom-logo" alt="{E(s['org'])}"></a></div>
  <form role="search" method="get" action="{s['search']['path']}" class="wp-block-search__button-outside wp-block-search__text-button wp-block-search"><label class="wp-block-search__label screen-reader-text" for="wp-block-search__input-1">Sök</label><div class="wp-block-search__inside-wrapper"><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="Sök på webbplatsen" value="" type="search" name="{s['search']['param']}" required><button aria-label="Sök" class="wp-block-search__button wp-element-button" type="submit">Sök</button></div></form>
 </div>
 <div class="wp-block-group alignfull is-layout-flow">
  <nav class="is-responsive items-justified-left wp-block-navigation is-horizontal is-content-justification-left is-layout-flex wp-container-core-navigation-is-layout-1" aria-label="Huvudmeny" data-wp-interactive="core/navigation" data-wp-context='{{"overlayOpenedBy":{{"click":false,"hover":false,"focus":false}},"type":"overlay","roleAttribute":"","ariaLabel":"Meny"}}'>
   <button aria-haspopup="dialog" aria-label="Öppna meny" class="wp-block-navigation__responsive-container-open" data-wp-on--click="actions.openMenuOnClick"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5"></rect><rect x="4" y="15" width="16" height="1.5"></rect></svg></button>
   <div class="wp-block-navigation__responsive-container" id="modal-1" data-wp-bind--aria-hidden="!state.isMenuOpen">
    <div class="wp-block-navigation__responsive-close" tabindex="-1"><div class="wp-block-navigation__responsive-dialog">
     <button aria-label="Stäng meny" class="wp-block-navigation__responsive-container-close" data-wp-on--click="actions.closeMenuOnClick"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M13 11.8l6.1-6.3-1-1-6.1 6.2-6.1-6.2-1 1 6.1 6.3-6.5 6.7 1 1 6.5-6.6 6.5 6.6 1-1z"></path></svg></button>
     <div class="wp-block-navigation__responsive-container-content" id="modal-1-content">
      <ul class="wp-block-navigation__container is-responsive items-justified-left wp-block-navigation">
       {''.join(nav)}
      </ul>
     </div>
    </div></div>
   </div>
  </nav>
 </div>
</header>
<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" id="wp--skip-link--target">
{content}
</main>
<footer class="wp-block-template-part">
 <div class="wp-block-group alignfull has-contrast-background-color has-background has-global-padding is-layout-constrained" style="padding-top:3rem;padding-bottom:3rem">
  <div class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-is-layout-1">
   <div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading has-medium-font-size">{E(s['org'])}</h2><p>{f1}</p></div>
   <div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading has-medium-font-size">Kontakt</h2><p>{f2}<br>{f3}<br>{f4}</p>{s.get('footer_extra', '')}</div>
   <div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading has-medium-font-size">Om webbplatsen</h2><ul class="wp-block-list"><li><a href="{s['links']['tillg']}">Tillgänglighetsredogörelse</a></li><li><a href="{s['links']['kakor']}">Kakor</a></li><li><a href="/om-webbplatsen/">Om webbplatsen</a></li></ul></div>
  </div>
 </div>
</footer>
</div>
<div class="cmplz-cookiebanner cmplz-categories-type-view-preferences cmplz-show" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
 <div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Hantera samtycke för kakor</div></div>
 <div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">Vi använder kakor för att optimera vår webbplats och vår service.</div></div>
 <div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Acceptera</button><button class="cmplz-btn cmplz-deny">Neka</button><a class="cmplz-link cookie-statement" href="{s['links']['kakor']}">Kakpolicy</a></div>
</div>
<script id="wp-interactivity-data" type="application/json">{{"config":{{"core/router":{{}}}}}}</script>
{_script(s)}
</body>
</html>
"""


# ---------------------------------------------------------------- Umbraco 13 (block grid)
def umbraco(site, page):
    s = site
    nav = []
    for i, (lab, href, subs) in enumerate(_menu_items(s)):
        sub = "".join(f"<li class=\"nav-main__subitem\"><a href=\"{h}\">{E(t)}</a></li>" for t, h in subs)
        nav.append(f"<li class=\"nav-main__item\" data-udi=\"umb://document/{i:032x}\"><a class=\"nav-main__link\" href=\"{href}\">{E(lab)}</a>"
                   f"<button class=\"nav-main__expand\" aria-expanded=\"false\" aria-controls=\"sub-{i}\"><span class=\"visually-hidden\">Öppna {E(lab)}</span></button>"
                   f"<ul class=\"nav-main__sub\" id=\"sub-{i}\" hidden>{sub}</ul></li>")
    top = "".join(f"<li><a href=\"{h}\" {a}>{t}</a></li>" for t, h, a in _topbar_links(s))
    crumbs = _crumbs(page.get("crumbs"), lambda cs: (
        "<nav class=\"breadcrumb\" aria-label=\"Sökväg\"><ul>"
        + "".join(f"<li><a href=\"{h}\">{E(t)}</a></li>" for t, h in cs)
        + f"<li class=\"active\"><span>{E(page['h1'])}</span></li></ul></nav>"))
    if page.get("front"):
        content = page["body"]
    else:
        content = (f"<div class=\"page-content\">{crumbs}<div class=\"umb-block-grid\" data-grid-columns=\"12\" style=\"--umb-block-grid--grid-columns: 12;\">"
                   f"<div class=\"umb-block-grid__layout-container\"><div class=\"umb-block-grid__layout-item\" data-content-element-type-alias=\"headlineBlock\" data-content-element-type-key=\"a1\" data-col-span=\"12\" data-row-span=\"1\" style=\"--umb-block-grid--item-column-span: 12; --umb-block-grid--item-row-span: 1;\">"
                   f"<div class=\"headline-block\"><h1 class=\"headline-block__title\">{page['h1']}</h1></div></div>"
                   f"<div class=\"umb-block-grid__layout-item\" data-content-element-type-alias=\"richTextBlock\" data-col-span=\"8\" style=\"--umb-block-grid--item-column-span: 8;\"><div class=\"rte\">{page['body']}</div></div>"
                   f"</div></div></div>")
    f1, f2, f3, f4 = _footer_facts(s)
    return f"""<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{page['title']}</title>
<style>.visually-hidden{{position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden}}</style>
{page.get('head', '')}
</head>
<body class="doctype-{'startPage' if page.get('front') else 'contentPage'}">
<a href="#content" class="skiplink">Till innehållet</a>
<div class="outer-wrapper">
<div class="site-header" id="top">
 <div class="site-header__utility"><div class="wrapper">
  <ul class="utility-nav">
   <li><a href="#" class="rs_href js-readspeaker" role="button">Lyssna</a></li>
   <li><a href="#" class="js-translate" role="button" lang="en">Translate</a></li>
   {top}
  </ul>
 </div></div>
 <div class="site-header__main"><div class="wrapper">
  <a class="site-header__logo" href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{E(s['org'])}" width="170" height="50"></a>
  <form action="{s['search']['path']}" method="get" class="search-form" role="search"><label for="search-q" class="visually-hidden">Sök</label><input id="search-q" type="search" name="{s['search']['param']}" placeholder="Sök"><button type="submit">Sök</button></form>
 </div></div>
 <div class="site-header__nav"><div class="wrapper">
  <nav class="nav-main" aria-label="Huvudmeny"><ul class="nav-main__list">{''.join(nav)}</ul></nav>
 </div></div>
</div>
<div id="content" class="site-main" role="main">
{content}
</div>
<div class="site-footer" role="contentinfo">
 <div class="wrapper"><div class="site-footer__grid">
  <div class="site-footer__col"><p class="site-footer__heading">{E(s['org'])}</p><p>{f1}</p></div>
  <div class="site-footer__col"><p>{f2}<br>{f3}<br>{f4}</p>{s.get('footer_extra', '')}</div>
  <div class="site-footer__col"><ul><li><a href="{s['links']['tillg']}">Tillgänglighetsredogörelse</a></li><li><a href="{s['links']['kakor']}">Kakor</a></li></ul></div>
 </div></div>
</div>
</div>
<div class="cookie-consent js-cookie-consent" role="region" aria-label="Kakor">
 <div class="wrapper"><p class="cookie-consent__text">Vi använder kakor (cookies) för att förbättra webbplatsen. <a href="{s['links']['kakor']}">Läs mer</a></p>
 <button class="cookie-consent__btn" type="button">Jag förstår</button></div>
</div>
{_script(s)}
</body>
</html>
"""


# ---------------------------------------------------------------- Municipio 3 (WordPress)
def municipio(site, page):
    s = site
    nav = []
    for i, (lab, href, subs) in enumerate(_menu_items(s)):
        sub = "".join(f"<li class=\"c-nav__item c-nav__item--depth-1\"><a class=\"c-nav__link\" href=\"{h}\"><span class=\"c-nav__text\">{E(t)}</span></a></li>" for t, h in subs)
        nav.append(f"<li class=\"c-nav__item c-nav__item--depth-0 has-children\" data-js-toggle-item=\"drawer-{i}\">"
                   f"<div class=\"c-nav__item-wrapper\"><a class=\"c-nav__link\" href=\"{href}\" aria-label=\"{E(lab)}\"><span class=\"c-nav__text\">{E(lab)}</span></a>"
                   f"<button class=\"c-nav__toggle c-button c-button--basic\" aria-label=\"Visa undersidor\" data-js-toggle-trigger=\"drawer-{i}\" aria-expanded=\"false\"><span class=\"c-icon c-icon--size-md material-icons\" aria-hidden=\"true\">keyboard_arrow_down</span></button></div>"
                   f"<ul class=\"c-nav c-nav--depth-1 c-nav--vertical\" aria-hidden=\"true\">{sub}</ul></li>")
    top = "".join(f"<li class=\"c-nav__item\"><a class=\"c-nav__link\" href=\"{h}\" {a}><span class=\"c-nav__text\">{t}</span></a></li>" for t, h, a in _topbar_links(s))
    crumbs = _crumbs(page.get("crumbs"), lambda cs: (
        "<nav aria-label=\"Brödsmulor\" class=\"c-breadcrumb\"><ol class=\"c-breadcrumb__list\" itemscope itemtype=\"http://schema.org/BreadcrumbList\">"
        + "".join(f"<li class=\"c-breadcrumb__item\"><a class=\"c-link\" href=\"{h}\">{E(t)}</a><span class=\"c-icon material-icons\" aria-hidden=\"true\">chevron_right</span></li>" for t, h in cs)
        + f"<li class=\"c-breadcrumb__item\" aria-current=\"page\">{E(page['h1'])}</li></ol></nav>"))
    if page.get("front"):
        content = page["body"]
    else:
        content = (f"<div class=\"o-container\">{crumbs}<div class=\"o-grid o-grid--no-gutter\"><div class=\"o-grid-12 o-grid-8@md\">"
                   f"<article class=\"c-article c-article--readable-width s-article u-clearfix\" id=\"article\">"
                   f"<h1 class=\"c-typography c-typography__variant--h1\">{page['h1']}</h1>{page['body']}</article></div>"
                   f"<aside class=\"o-grid-12 o-grid-4@md\">{page.get('aside', '')}</aside></div></div>")
    f1, f2, f3, f4 = _footer_facts(s)
    return f"""<!DOCTYPE html>
<html lang="sv-SE" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="pubdate" content="2024-05-20">
<title>{page['title']}</title>
<style>.c-drawer[aria-hidden=true]{{transform:translateX(100%);visibility:hidden}}.u-sr__only{{position:absolute;left:-10000px}}</style>
{page.get('head', '')}
</head>
<body class="{'home page' if page.get('front') else 'page-template-default page'} t-municipio s-municipio">
<a href="#main-content" class="screen-reader-text u-sr__only" tabindex="1">Gå till huvudinnehåll</a>
<div class="site-wrapper">
<header class="c-header c-header--business" id="site-header">
 <div class="c-header__top"><div class="o-container">
  <ul class="c-nav c-nav--horizontal c-nav--tertiary">
   <li class="c-nav__item"><button type="button" class="c-button c-button__basic rsbtn" data-rs="listen"><span class="c-icon material-icons" aria-hidden="true">volume_up</span><span class="c-button__label-text">Lyssna</span></button></li>
   <li class="c-nav__item"><button type="button" class="c-button c-button__basic" data-js-toggle-trigger="translate"><span class="c-icon material-icons" aria-hidden="true">translate</span><span class="c-button__label-text">Translate</span></button></li>
   {top}
  </ul>
 </div></div>
 <div class="c-header__main"><div class="o-container c-header__flex-content">
  <a href="/" class="c-brand c-brand--size-lg"><img class="c-brand__logotype" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Startsida – {E(s['org'])}" width="200" height="60"></a>
  <form class="c-form search-form" method="get" action="{s['search']['path']}" role="search"><div class="c-field c-field--search"><label class="c-field__label u-sr__only" for="input_search">Sök</label><input id="input_search" type="search" name="{s['search']['param']}" placeholder="Vad letar du efter?" class="c-field__input"></div><button class="c-button c-button__filled c-button__filled--primary" type="submit"><span class="c-button__label-text">Sök</span></button></form>
  <button class="c-button c-button__basic c-button--md hamburger-menu-trigger" data-js-toggle-trigger="navigation-drawer" aria-controls="navigation-drawer" aria-expanded="false" aria-label="Öppna meny"><span class="c-icon material-icons" aria-hidden="true">menu</span><span class="c-button__label-text">Meny</span></button>
 </div></div>
</header>
<div class="c-drawer c-drawer--right c-drawer--primary js-drawer" id="navigation-drawer" aria-hidden="true" data-js-toggle-item="navigation-drawer">
 <div class="c-drawer__header"><button class="c-drawer__close c-button c-button__basic" data-js-toggle-trigger="navigation-drawer" aria-label="Stäng meny"><span class="c-icon material-icons" aria-hidden="true">close</span><span class="c-button__label-text">Stäng</span></button></div>
 <div class="c-drawer__body">
  <nav aria-label="Huvudmeny" class="c-nav c-nav--drawer c-nav--vertical c-nav--depth-0 s-nav-drawer"><ul class="c-nav__list">
   {''.join(nav)}
  </ul></nav>
 </div>
</div>
<main id="main-content" class="t-main">
{content}
</main>
<footer class="site-footer c-footer c-footer--basic s-footer">
 <div class="o-container"><div class="o-grid">
  <div class="o-grid-12 o-grid-4@md"><div class="c-footer__widget widget_text"><h2 class="c-typography c-typography__variant--h4">{E(s['org'])}</h2><div class="textwidget"><p>{f1}</p></div></div></div>
  <div class="o-grid-12 o-grid-4@md"><div class="c-footer__widget widget_text"><div class="textwidget"><p>{f2}<br>{f3}<br>{f4}</p>{s.get('footer_extra', '')}</div></div></div>
  <div class="o-grid-12 o-grid-4@md"><div class="c-footer__widget widget_nav_menu"><ul class="menu"><li class="menu-item"><a href="{s['links']['tillg']}">Tillgänglighetsredogörelse</a></li><li class="menu-item"><a href="{s['links']['kakor']}">Kakor och personuppgifter</a></li></ul></div></div>
 </div></div>
</footer>
</div>
<div class="c-cookie-consent c-cookie-consent--bottom" role="dialog" aria-label="Samtycke till kakor" data-js-cookie-consent>
 <div class="o-container"><p class="c-typography">Den här webbplatsen använder kakor. Vissa är nödvändiga, andra använder vi för statistik.</p>
 <div class="c-cookie-consent__buttons"><button class="c-button c-button__filled c-button__filled--primary" data-js-cookie-accept>Godkänn alla</button><button class="c-button c-button__outlined" data-js-cookie-accept-necessary>Endast nödvändiga</button></div></div>
</div>
{_script(s)}
</body>
</html>
"""


# ---------------------------------------------------------------- Next.js static export
def nextjs(site, page):
    s = site
    nav = []
    for _i, (lab, href, subs) in enumerate(_menu_items(s)):
        sub = "".join(f"<li><a class=\"MegaMenu_link__Yt6Qz\" href=\"{h}\">{E(t)}</a></li>" for t, h in subs)
        nav.append(f"<li class=\"Header_item__8sJ2k\"><a class=\"Header_link__kP0dQ\" href=\"{href}\">{E(lab)}</a>"
                   f"<button type=\"button\" class=\"Header_toggle__a9xQ1\" aria-expanded=\"false\" aria-label=\"Fler sidor om {E(lab)}\"><svg viewBox=\"0 0 24 24\" aria-hidden=\"true\" class=\"Icon_icon__q2Pf3\"><path d=\"M7 10l5 5 5-5z\"></path></svg></button>"
                   f"<div class=\"MegaMenu_panel__3RmT0\" hidden=\"\"><ul class=\"MegaMenu_list__vQ0Ox\">{sub}</ul></div></li>")
    top = "".join(f"<li><a class=\"Toolbar_link__m4Xbs\" href=\"{h}\" {a}>{t}</a></li>" for t, h, a in _topbar_links(s))
    crumbs = _crumbs(page.get("crumbs"), lambda cs: (
        "<nav aria-label=\"Brödsmulor\" class=\"Breadcrumbs_root__wF2aS\"><ol class=\"Breadcrumbs_list__pD8bN\">"
        + "".join(f"<li class=\"Breadcrumbs_item__eQ1nS\"><a href=\"{h}\">{E(t)}</a></li>" for t, h in cs)
        + f"<li class=\"Breadcrumbs_item__eQ1nS\" aria-current=\"page\">{E(page['h1'])}</li></ol></nav>"))
    if page.get("front"):
        content = page["body"]
    else:
        content = (f"<div class=\"Layout_container__Vx0wL\">{crumbs}<article class=\"ContentPage_root__c1P2Z\">"
                   f"<h1 class=\"Heading_h1__J3rGs\">{page['h1']}</h1><div class=\"RichText_root__uX9kl\">{page['body']}</div></article></div>")
    f1, f2, f3, f4 = _footer_facts(s)
    nd = page.get("next_data", '{"props":{"pageProps":{}},"page":"/[[...slug]]","query":{},"buildId":"k3Yw9xQ2pL","nextExport":true,"autoExport":true,"isFallback":false,"scriptLoader":[]}')
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>{page['title']}</title><meta name="next-head-count" content="3"/><link rel="preload" href="/_next/static/css/8f1a2b3c4d5e6f70.css" as="style"/><style>[hidden]{{display:none!important}}.sr-only{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}}</style>{page.get('head', '')}<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-78c92fac7aa8fdd8.js"></script><script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/framework-5429a50ba5373c56.js" defer=""></script><script src="/_next/static/chunks/main-930f9d1de4b3a0c2.js" defer=""></script></head><body><div id="__next"><a class="SkipLink_root__K2mZp sr-only" href="#main">Hoppa till innehållet</a><div class="CookieBanner_root__z8Qe1" role="dialog" aria-live="polite" aria-label="Kakor"><p class="CookieBanner_text__v1XyR">Vi använder kakor för statistik. Du väljer själv om du vill tillåta dem.</p><div class="CookieBanner_buttons__Gh0pL"><button type="button" class="Button_primary__Ak2d8">Tillåt alla</button><button type="button" class="Button_secondary__pQ7tT">Bara nödvändiga</button></div></div><header class="Header_root__hT7aK"><div class="Toolbar_root__oC3nY"><div class="Layout_container__Vx0wL"><ul class="Toolbar_list__d5Gke"><li><button type="button" class="Toolbar_button__s0Q2n" aria-label="Lyssna på sidan">Lyssna</button></li><li><button type="button" class="Toolbar_button__s0Q2n" lang="en">Translate</button></li>{top}</ul></div></div><div class="Layout_container__Vx0wL Header_bar__rW6yV"><a class="Header_logo__eV0cD" href="/"><img alt="{E(s['org'])}, startsida" loading="lazy" width="180" height="48" decoding="async" data-nimg="1" style="color:transparent" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="/></a><form class="Search_form__jY3kA" action="{s['search']['path']}" method="get" role="search"><label for="search" class="sr-only">Sök</label><input id="search" class="Search_input__t2LwP" type="search" name="{s['search']['param']}" placeholder="Sök" value=""/><button type="submit" class="Search_button__xB1vn">Sök</button></form></div><nav class="Header_nav__3kLqP" aria-label="Huvudmeny"><div class="Layout_container__Vx0wL"><ul class="Header_list__Rz5wC">{''.join(nav)}</ul></div></nav></header><main id="main" class="Layout_main__l3JcE">{content}</main><footer class="Footer_root__O9sLe"><div class="Layout_container__Vx0wL Footer_grid__cM7fT"><div><h2 class="Footer_heading__Wc9Ew">{E(s['org'])}</h2><p>{f1}</p></div><div><p>{f2}<br/>{f3}<br/>{f4}</p>{s.get('footer_extra', '')}</div><div><ul class="Footer_links__rV1oN"><li><a href="{s['links']['tillg']}">Tillgänglighetsredogörelse</a></li><li><a href="{s['links']['kakor']}">Kakor</a></li></ul></div></div></footer></div><script id="__NEXT_DATA__" type="application/json">{nd}</script></body></html>
"""


# ---------------------------------------------------------------- Nuxt 3 static (SSR) output
def nuxt(site, page):
    s = site
    v = "data-v-7a1c3e2f"
    nav = []
    for _i, (lab, href, subs) in enumerate(_menu_items(s)):
        sub = "<!--[-->" + "".join(f"<li {v}><a href=\"{h}\" class=\"\" {v}>{E(t)}</a></li>" for t, h in subs) + "<!--]-->"
        nav.append(f"<li class=\"main-menu__item\" {v}><a href=\"{href}\" class=\"main-menu__link\" {v}>{E(lab)}</a>"
                   f"<button class=\"main-menu__toggle\" aria-expanded=\"false\" {v}><span class=\"sr-only\" {v}>Visa fler</span></button>"
                   f"<ul class=\"main-menu__sub\" style=\"display:none;\" {v}>{sub}</ul></li>")
    top = "".join(f"<li data-v-1b2d4f6a><a href=\"{h}\" class=\"\" data-v-1b2d4f6a {a}>{t}</a></li>" for t, h, a in _topbar_links(s))
    crumbs = _crumbs(page.get("crumbs"), lambda cs: (
        "<nav aria-label=\"Brödsmulor\" class=\"breadcrumbs\" data-v-5e3b1c0d><ol data-v-5e3b1c0d><!--[-->"
        + "".join(f"<li data-v-5e3b1c0d><a href=\"{h}\" class=\"\" data-v-5e3b1c0d>{E(t)}</a></li>" for t, h in cs)
        + f"<!--]--><li aria-current=\"page\" data-v-5e3b1c0d>{E(page['h1'])}</li></ol></nav>"))
    if page.get("front"):
        content = page["body"]
    else:
        content = (f"<div class=\"container\" data-v-9c8e7d6b>{crumbs}<article class=\"content-page\" data-v-9c8e7d6b>"
                   f"<h1 data-v-9c8e7d6b>{page['h1']}</h1><div class=\"prose\" data-v-9c8e7d6b>{page['body']}</div><!----></article></div>")
    f1, f2, f3, f4 = _footer_facts(s)
    payload = page.get("nuxt_data", '[{"state":1,"once":3,"_errors":4,"serverRendered":5,"path":6},["Reactive",2],{},["Set"],["ShallowReactive",7],true,"/",{}]')
    return f"""<!DOCTYPE html><html lang="sv" data-capo=""><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{page['title']}</title>
<style>.sr-only{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}}</style>
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.B3kF9q1x.js">
{page.get('head', '')}
</head><body><div id="__nuxt"><!--[--><div class="layout-default" data-v-2f4e6a8c><a href="#innehall" class="skip-link sr-only" data-v-2f4e6a8c>Till innehållet</a><div class="cookie-consent" role="dialog" aria-labelledby="cc-title" data-v-3d5f7b9e><h2 id="cc-title" data-v-3d5f7b9e>Kakor på {E(s['kommun'])}.se</h2><p data-v-3d5f7b9e>Vi vill använda kakor för att se hur webbplatsen används.</p><button type="button" data-v-3d5f7b9e>Ja, det är okej</button><button type="button" data-v-3d5f7b9e>Nej tack</button></div><header class="site-header" data-v-1b2d4f6a><div class="toolbar" data-v-1b2d4f6a><ul data-v-1b2d4f6a><li data-v-1b2d4f6a><button type="button" class="toolbar__btn" data-v-1b2d4f6a>Lyssna</button></li><li data-v-1b2d4f6a><button type="button" class="toolbar__btn" lang="en" data-v-1b2d4f6a>Translate</button></li><!--[-->{top}<!--]--></ul></div><div class="site-header__bar" data-v-1b2d4f6a><a href="/" class="router-link-active router-link-exact-active site-header__logo" aria-current="page" data-v-1b2d4f6a><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{E(s['org'])}" width="180" height="50" data-v-1b2d4f6a></a><form action="{s['search']['path']}" method="get" role="search" class="site-search" data-v-1b2d4f6a><label for="q" class="sr-only" data-v-1b2d4f6a>Sök</label><input id="q" type="search" name="{s['search']['param']}" placeholder="Sök på webbplatsen" data-v-1b2d4f6a><button type="submit" data-v-1b2d4f6a>Sök</button></form></div><nav class="main-menu" aria-label="Huvudmeny" {v}><ul {v}><!--[-->{''.join(nav)}<!--]--></ul></nav></header><main id="innehall" data-v-2f4e6a8c>{content}</main><footer class="site-footer" data-v-8a0c2e4f><div class="site-footer__cols" data-v-8a0c2e4f><div data-v-8a0c2e4f><h2 data-v-8a0c2e4f>{E(s['org'])}</h2><p data-v-8a0c2e4f>{f1}</p></div><div data-v-8a0c2e4f><p data-v-8a0c2e4f>{f2}<br>{f3}<br>{f4}</p>{s.get('footer_extra', '')}</div><div data-v-8a0c2e4f><ul data-v-8a0c2e4f><li data-v-8a0c2e4f><a href="{s['links']['tillg']}" class="" data-v-8a0c2e4f>Tillgänglighetsredogörelse</a></li><li data-v-8a0c2e4f><a href="{s['links']['kakor']}" class="" data-v-8a0c2e4f>Kakor</a></li></ul></div></div></footer></div><!--]--></div><div id="teleports"></div><script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">{payload}</script>
<script>window.__NUXT__={{}};window.__NUXT__.config={{public:{{}},app:{{baseURL:"/",buildId:"4c1f0e2a",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}</script></body></html>
"""


# ---------------------------------------------------------------- Webflow
def webflow(site, page):
    s = site
    nav = []
    for i, (lab, href, subs) in enumerate(_menu_items(s)):
        sub = "".join(f"<a href=\"{h}\" class=\"navbar_dropdown-link w-dropdown-link\">{E(t)}</a>" for t, h in subs)
        nav.append(f"<div data-hover=\"true\" data-delay=\"200\" data-w-id=\"{i:02x}7c3d1e-5a2b-4c1d-9e8f-0a1b2c3d4e{i:02x}\" class=\"navbar_menu-dropdown w-dropdown\">"
                   f"<div class=\"navbar_dropdown-toggle w-dropdown-toggle\"><a href=\"{href}\" class=\"navbar_link-top\">{E(lab)}</a><div class=\"dropdown-chevron w-embed\"><svg width=\"100%\" height=\"100%\" viewBox=\"0 0 16 16\" fill=\"none\" aria-hidden=\"true\"><path d=\"M2.55 5.96L3.6 4.9 8 9.3l4.4-4.4 1.05 1.06L8 11.4z\" fill=\"currentColor\"></path></svg></div></div>"
                   f"<nav class=\"navbar_dropdown-list w-dropdown-list\">{sub}</nav></div>")
    top = "".join(f"<a href=\"{h}\" class=\"topbar_link w-inline-block\" {a}><div>{t}</div></a>" for t, h, a in _topbar_links(s))
    crumbs = _crumbs(page.get("crumbs"), lambda cs: (
        "<div class=\"breadcrumb_component\">"
        + "".join(f"<a href=\"{h}\" class=\"breadcrumb_link w-inline-block\"><div>{E(t)}</div></a><div class=\"breadcrumb_divider\">/</div>" for t, h in cs)
        + f"<div class=\"breadcrumb_current\">{E(page['h1'])}</div></div>"))
    if page.get("front"):
        content = page["body"]
    else:
        content = (f"<section class=\"section_page-header\"><div class=\"padding-global\"><div class=\"container-large\">{crumbs}"
                   f"<h1 class=\"heading-style-h1\">{page['h1']}</h1></div></div></section>"
                   f"<section class=\"section_content\"><div class=\"padding-global\"><div class=\"container-medium\"><div class=\"text-rich-text w-richtext\">{page['body']}</div></div></div></section>")
    f1, f2, f3, f4 = _footer_facts(s)
    return f"""<!DOCTYPE html><!-- Last Published: Tue May 21 2024 08:14:03 GMT+0000 (Coordinated Universal Time) --><html data-wf-domain="www.{s['domain']}" data-wf-page="6650a1b2c3d4e5f6a7b8c9{_h(page['title'], 90) + 10}" data-wf-site="6650a1b2c3d4e5f6a7b8c901" lang="sv"><head><meta charset="utf-8"/><title>{page['title']}</title><meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/><style>.w-dropdown-list{{display:none}}.w-dropdown:hover .w-dropdown-list{{display:block}}.hide{{display:none}}</style>{page.get('head', '')}<script type="text/javascript">!function(o,c){{var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}}(window,document);</script></head><body><div class="page-wrapper"><div class="global-styles w-embed"><style>.skip-link:focus{{left:1rem}}</style></div><a href="#main" class="skip-link">Hoppa till innehållet</a><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">Genom att klicka på ”Godkänn” samtycker du till att kakor lagras på din enhet. Läs mer i vår <a href="{s['links']['kakor']}" class="fs-cc-banner_text-link">kakpolicy</a>.</div><div class="fs-cc-banner_buttons-wrapper"><a fs-cc="deny" href="#" class="fs-cc-banner_text-link">Neka</a><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Godkänn</a></div></div></div><div class="topbar_component"><div class="padding-global"><div class="topbar_wrapper"><a href="#" class="topbar_link w-inline-block" role="button"><div>Lyssna</div></a><a href="#" class="topbar_link w-inline-block" role="button" lang="en"><div>Translate</div></a>{top}</div></div></div><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar_component w-nav"><div class="navbar_container"><a href="/" aria-current="page" class="navbar_logo-link w-nav-brand w--current"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" loading="lazy" alt="{E(s['org'])}" class="navbar_logo"/></a><form action="{s['search']['path']}" class="navbar_search w-form"><label for="search" class="hide">Sök</label><input class="navbar_search-input w-input" maxlength="256" name="{s['search']['param']}" placeholder="Sök…" type="search" id="search" required=""/><input type="submit" class="navbar_search-button w-button" value="Sök"/></form><nav role="navigation" class="navbar_menu is-page-height-tablet w-nav-menu">{''.join(nav)}</nav><div class="navbar_menu-button w-nav-button"><div class="menu-icon"><div class="menu-icon_line-top"></div><div class="menu-icon_line-middle"></div><div class="menu-icon_line-bottom"></div></div></div></div></div><main id="main" class="main-wrapper">{content}</main><footer class="footer_component"><div class="padding-global"><div class="container-large"><div class="w-layout-grid footer_top-wrapper"><div class="footer_left-wrapper"><div class="footer_heading">{E(s['org'])}</div><div class="footer_text">{f1}</div></div><div class="footer_column"><div class="footer_text">{f2}<br/>{f3}<br/>{f4}</div>{s.get('footer_extra', '')}</div><div class="footer_column"><a href="{s['links']['tillg']}" class="footer_link">Tillgänglighetsredogörelse</a><a href="{s['links']['kakor']}" class="footer_link">Kakor</a></div></div></div></div></footer></div><script src="/js/webflow.a1b2c3d4.js" type="text/javascript"></script></body></html>
"""


FAMILIES = {"sitevision": sitevision, "optimizely": optimizely, "drupal": drupal, "wpblock": wpblock,
            "umbraco": umbraco, "municipio": municipio, "nextjs": nextjs, "nuxt": nuxt, "webflow": webflow}
