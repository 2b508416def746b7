"""The six markup families of the seventh blind corpus (typing aid only).

Each family renders one page from a site dict and a page dict:
  site: kod, name (kommun), long ("Granhamra kommun"), phone, email, street, post, orgnr, ...
  page: path, title, h1, body (own content), crumbs, front (bool), updated, extra
The front page's main part is built from site["front"] (hero, shortcuts, news, events, ...).
"""
from __future__ import annotations

import hashlib

from common import AO, ESERVICES, EVENTS, MENU, E, area_path, slug, sub_path


def hx(*parts: str, n: int = 20) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:n]


def svid(site, *parts, kind="12"):
    return f"svid{kind}_{hx(site['kod'], *parts, n=22)}"


def menu_items(site):
    """MENU with the site's additions/removals: site['menu_add'] = {area: [(text, href)]}."""
    out = []
    ext = site.get("ext", "/")
    for area, subs in MENU:
        area_name = site.get("area_rename", {}).get(area, area)
        items = [(s, sub_path(area_name, s, ext)) for s in subs if s not in site.get("menu_drop", ())]
        items += site.get("menu_add", {}).get(area, [])
        out.append((area_name, area_path(area_name, ext), items))
    return out


def readspeaker(site, page, cls="rsbtn"):
    url = "https://app-eu.readspeaker.example/cgi-bin/rsent?customerid=" + site["rs_id"] + \
        "&amp;lang=sv_se&amp;readid=content&amp;url=" + E(page["path"])
    return (f'<div id="readspeaker_button1" class="rs_skip {cls} rs_preserve">'
            f'<a rel="nofollow" class="rsbtn_play" accesskey="L" title="Lyssna på sidans text med ReadSpeaker webReader" href="{url}">'
            '<span class="rsbtn_left rsimg rspart"><span class="rsbtn_text"><span>Lyssna</span></span></span>'
            '<span class="rsbtn_right rsimg rsplay rspart"></span></a></div>')


def gtranslate(label="Languages"):
    return ('<div class="translate-widget"><button type="button" class="translate-toggle" aria-expanded="false" '
            f'aria-controls="google_translate_element">{label}</button>'
            '<div id="google_translate_element" hidden></div>'
            '<script>function googleTranslateElementInit(){new google.translate.TranslateElement('
            '{pageLanguage:"sv",autoDisplay:false,layout:google.translate.TranslateElement.InlineLayout.SIMPLE},'
            '"google_translate_element");}</script>'
            '<script async src="https://translate.google.example/translate_a/element.js?cb=googleTranslateElementInit"></script></div>')


def feedback_sv(site, page):
    tid = hx(site["kod"], page["path"], n=12)
    return (f'<div class="sv-script-portlet sv-portlet" id="{svid(site, page["path"], "fb")}"><div id="Sidfeedback"><!-- Sidfeedback --></div>'
            f'<form class="gk-feedback" method="post" action="{E(page["path"])}?sv.target=12.{tid}&amp;sv.12.{tid}.route=/skicka">'
            '<fieldset><legend class="env-text-h4">Var den här sidan till hjälp?</legend>'
            '<button class="env-button env-button--secondary" name="svar" value="ja" type="submit">Ja</button> '
            '<button class="env-button env-button--secondary" name="svar" value="nej" type="submit">Nej</button></fieldset>'
            '<p class="env-text-small">Vi svarar inte på frågor som skickas via det här formuläret. '
            'Vill du ha svar, använd kontaktuppgifterna längst ner på sidan.</p></form></div>')


def share_links(page, cls="share"):
    u = E(page["path"])
    return (f'<div class="{cls}"><span>Dela sidan:</span> '
            f'<a href="https://www.facebook.example/sharer/sharer.php?u={u}">Facebook</a> '
            f'<a href="https://www.linkedin.example/sharing/share-offsite/?url={u}">LinkedIn</a> '
            f'<button type="button" class="share__copy" data-url="{u}">Kopiera länk</button></div>')


def cookie_dialog_sv(site):
    return (f'<div class="sv-cookie-consent-banner env-modal-dialog env-modal-dialog--inner-scroll" role="dialog" '
            f'aria-modal="true" aria-labelledby="cookie-heading" data-cookie-consent-version="3" id="{svid(site, "cookie")}">'
            '<div class="env-modal-dialog__dialog"><section class="env-modal-dialog__content">'
            '<header class="env-modal-dialog__header"><h2 class="env-text env-modal-dialog__header__title" id="cookie-heading">Kakor på '
            f'{E(site["long_short"])}</h2></header><div class="env-modal-dialog__body"><p class="env-text">{E(site["cookie"])}</p>'
            '<a class="env-link" href="/om-webbplatsen/kakor.html">Läs mer om kakor</a></div>'
            '<footer class="env-modal-dialog__footer env-modal-dialog__footer--right">'
            '<button type="button" class="env-button env-button--primary" data-cookie-consent-button="accept">Godkänn alla</button>'
            '<button type="button" class="env-button" data-cookie-consent-button="decline">Endast nödvändiga</button>'
            '<button type="button" class="env-button env-button--link" data-cookie-consent-button="settings">Inställningar</button>'
            '</footer></section></div></div>')


def crumbs_list(page, cls):
    if page.get("front"):
        return ""
    items = [("Startsida", "/"), *page.get("crumbs", [])]
    lis = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in items)
    return f'<nav class="{cls}" aria-label="Brödsmulor"><ol>{lis}<li aria-current="page">{E(page["h1"])}</li></ol></nav>'


# ---------------------------------------------------------------------------------------------------------------
# Sitevision (classic municipal template, optional mega-menu panels, optional regional theme)
# ---------------------------------------------------------------------------------------------------------------

def sitevision(site, page):
    kod = site["kod"]
    reg = site.get("regional")  # regional shared theme: different prefix and header
    pfx = "rk" if reg else "gk"
    mega = site.get("mega")
    pid = "4." + hx(kod, page["path"], n=24)
    head = f"""<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-{'startsida' if page.get('front') else 'innehallssida'}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<script nonce="{hx(kod, 'n', n=16)}">(function(c){{c.add('sv-js');c.remove('sv-no-js');}})(document.documentElement.classList)</script>
<title>{E(page['title'])}</title>
<link rel="preload" href="/sitevision/{site['svver']}/css/portlets.min.css" as="style">
<link rel="stylesheet" type="text/css" href="/sitevision/{site['svver']}/css/portlets.min.css">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1, shrink-to-fit=no">
<meta name="referrer" content="no-referrer">
<link rel="stylesheet" type="text/css" href="/2.{hx(kod, 'css', n=22)}/1733129000000/sitevision-responsive-grids.css">
<link rel="stylesheet" type="text/css" href="/2.{hx(kod, 'css2', n=22)}/1733129000000/sitevision-spacing.css">
<link rel="stylesheet" type="text/css" href="/webdav/files/System/resources/{pfx}/css/{slug(site['name'])}.css">
<link rel="icon" href="/webdav/images/Icons/favicon.ico">
<link rel="canonical" href="__ORIGIN__{E(page['path'])}">
<meta name="description" content="{E(page.get('desc', page['h1']))}">
<script nonce="{hx(kod, 'n', n=16)}">window.sv = window.sv || {{}};sv.UNSAFE_MAX_AGE_MILLIS = 0;sv.PageContext = {{pageId: '{pid}', siteName: '{E(site['long'])}', userIdentityId: '', userIdentityReadTimeout: 0, userLocale: 'sv', dev: false, csrfToken: '', html5: true, useServerSideEvents: false}};</script>
<script src="/sitevision/{site['svver']}/js/jquery.js"></script>
<script src="/sitevision/{site['svver']}/js/sitevisionLtIE9.min.js"></script>
<script src="/sitevision/{site['svver']}/envision/envision.js"></script>
</head>
<body class=" sv-responsive  env-m-around--0">
"""
    top_links = "".join(
        f'<li class="{pfx}-toplinks__item"><a class="{pfx}-toplinks__link" href="{E(h)}"'
        f'{(" " + x) if x else ""}>{t}</a></li>' for t, h, x in site["topbar"])
    topbar = (f'<div class="sv-script-portlet sv-portlet sv-skip-spacer sv-template-portlet" id="{svid(site, "top")}">'
              f'<div id="Verktygsrad"><!-- Verktygsrad --></div><div class="{pfx}-toolbar env-d--flex">'
              f'{readspeaker(site, page)}<ul class="{pfx}-toplinks env-list env-list--horizontal">{top_links}</ul>'
              f'{gtranslate("Languages")}</div></div>')
    # menu
    items = menu_items(site)
    if mega:
        lis = []
        for i, (area, href, subs) in enumerate(items):
            cols = site.get("mega_cols", {}).get(area)
            if cols is None:
                half = (len(subs) + 1) // 2
                cols = [("Hitta inom " + area.lower(), subs[:half]), ("Mer inom " + area.lower(), subs[half:])]
            colhtml = "".join(
                f'<div class="sv-column-4 {pfx}-mega__col"><h2 class="{pfx}-mega__heading">{E(ch)}</h2><ul class="env-list">'
                + "".join(f'<li class="env-list__item"><a href="{E(h)}">{E(t)}</a></li>' for t, h in cs)
                + "</ul></div>" for ch, cs in cols)
            lis.append(
                f'<li class="{pfx}-mega__item"><button type="button" class="{pfx}-mega__toggle" aria-expanded="false" '
                f'aria-controls="mega-{i}">{E(area)}</button>'
                f'<div class="{pfx}-mega__panel sv-row" id="mega-{i}" hidden><div class="{pfx}-mega__intro">'
                f'<a class="{pfx}-mega__all" href="{E(href)}">Allt om {E(area.lower())}</a></div>{colhtml}</div></li>')
        nav = (f'<nav class="{pfx}-mega" aria-label="Huvudmeny"><ul class="{pfx}-mega__list">{"".join(lis)}</ul></nav>')
    else:
        lis = []
        for area, href, subs in items:
            sub = "".join(f'<li class="sv-menu-item"><a href="{E(h)}">{E(t)}</a></li>' for t, h in subs)
            lis.append(f'<li class="sv-menu-item {pfx}-menu__item"><a class="{pfx}-menu__link" href="{E(href)}">{E(area)}</a>'
                       f'<button class="{pfx}-menu__expand" type="button" aria-expanded="false" aria-label="Visa undersidor för {E(area)}"></button>'
                       f'<ul class="sv-defaultlist {pfx}-menu__sub" hidden>{sub}</ul></li>')
        nav = (f'<nav class="{pfx}-menu" aria-label="Huvudmeny"><ul class="sv-defaultlist {pfx}-menu__list">{"".join(lis)}</ul></nav>')
    logo = (f'<a class="{pfx}-logo" href="/"><img src="/images/18.{hx(kod, "logo", n=22)}/1700000000000/logo.svg" '
            f'alt="{E(site["long"])}, till startsidan" width="220" height="56"></a>')
    search = (f'<form class="{pfx}-search env-form" method="get" action="/sok.html" role="search">'
              f'<label for="search-{kod}" class="env-assistive-text">Sök på webbplatsen</label>'
              f'<input id="search-{kod}" class="env-form-input" type="search" name="query" placeholder="Vad letar du efter?" autocomplete="off">'
              '<button class="env-button env-button--primary" type="submit">Sök</button></form>')
    if reg:
        header = (f'<div class="sv-layout sv-template-layout" id="{svid(site, "hdr", kind="10")}"><div id="Decoration"><!-- Decoration --></div>'
                  f'<header class="{pfx}-header {pfx}-header--{reg}">{topbar}'
                  f'<div class="sv-grid-main sv-fluid-grid sv-layout"><div class="sv-row sv-layout"><div class="sv-layout sv-column-4">{logo}</div>'
                  f'<div class="sv-layout sv-column-8">{search}</div></div></div>'
                  f'<div class="{pfx}-header__nav sv-grid-main">{nav}</div></header></div>')
    else:
        header = (f'<div class="sv-layout sv-skip-spacer sv-template-layout" id="{svid(site, "hdr", kind="10")}"><div id="Decoration"><!-- Decoration --></div>'
                  f'<header class="{pfx}-header">{topbar}<div class="sv-grid-main sv-fluid-grid sv-layout"><div class="sv-row sv-layout">'
                  f'<div class="sv-layout sv-column-3">{logo}</div><div class="sv-layout sv-column-9">{search}</div></div></div>'
                  f'<div class="{pfx}-header__navbar">{nav}</div></header></div>')
    # main
    if page.get("front"):
        main_inner = sv_front(site, pfx)
    else:
        crumbs = crumbs_list(page, f"{pfx}-breadcrumbs")
        main_inner = (f'<div class="sv-grid-main sv-fluid-grid sv-layout"><div class="sv-row sv-layout">'
                      f'<div class="sv-layout sv-column-12">{crumbs}</div></div><div class="sv-row sv-layout">'
                      f'<div class="sv-layout sv-column-8 sv-vertical" id="{svid(site, page["path"], "col", kind="10")}">'
                      f'<div class="sv-text-portlet sv-use-margins sv-skip-spacer" id="{svid(site, page["path"], "h1")}"><div id="Rubrik"><!-- Rubrik --></div>'
                      f'<div class="sv-text-portlet-content"><h1 class="heading" id="h-{slug(page["h1"]).title()}">{E(page["h1"])}</h1></div></div>'
                      f'{page["body"]}'
                      f'<div class="sv-script-portlet sv-portlet" id="{svid(site, page["path"], "upd")}"><p class="{pfx}-updated env-text-small">'
                      f'Senast uppdaterad: <time datetime="{page["updated"]}">{page["updated"]}</time></p></div>'
                      f'{share_links(page, pfx + "-share")}{feedback_sv(site, page)}</div>'
                      f'<div class="sv-layout sv-column-4 sv-vertical {pfx}-aside">{page.get("aside", "")}</div></div></div>')
    main = (f'<div class="sv-layout sv-template-layout" id="{svid(site, "content", kind="10")}"><div id="Innehall"><!-- Innehåll --></div>'
            f'<main id="content" class="{pfx}-main">{main_inner}</main></div>')
    footer = sv_footer(site, pfx)
    body = (f'<div id="{svid(site, "root", kind="10")}" class="sv-layout">'
            f'<a class="{pfx}-skip env-assistive-text" href="#content">Till sidans innehåll</a>'
            f'{header}{main}{footer}{cookie_dialog_sv(site)}</div>'
            f'<script nonce="{hx(kod, "n", n=16)}">svDocReady(function(){{sv.initPortlets && sv.initPortlets();}});</script>'
            '<script src="/webapp-files/' + pfx + '-menu/1.4.2/menu.js"></script>\n</body>\n</html>\n')
    return head + body


def sv_front(site, pfx):
    f = site["front"]
    sc = "".join(f'<li class="env-list__item"><a class="{pfx}-shortcut" href="{E(h)}">{E(t)}</a></li>' for t, h in f["shortcuts"])
    hero = (f'<div class="sv-layout {pfx}-hero" id="{svid(site, "hero", kind="10")}" style="background-image:url(/images/18.{hx(site["kod"], "hero", n=22)}/hero.jpg)">'
            f'<div class="sv-grid-main sv-fluid-grid"><div class="sv-text-portlet sv-use-margins {pfx}-hero__box"><div id="Puff"><!-- Puff --></div>'
            f'<div class="sv-text-portlet-content"><h1 class="heading">{E(f["hero_h"])}</h1><p class="normal">{E(f["hero_p"])}</p></div></div>'
            f'<div class="sv-script-portlet sv-portlet {pfx}-shortcuts"><h2 class="subheading">{E(f.get("sc_head", "Hitta snabbt"))}</h2>'
            f'<ul class="env-list env-list--horizontal">{sc}</ul></div></div></div>')
    news = "".join(
        f'<li class="{pfx}-news__item env-card"><a class="{pfx}-news__link" href="{E(h)}"><h3 class="env-card__title">{E(t)}</h3></a>'
        f'<time class="env-text-small" datetime="{d}">{d}</time><p class="normal">{E(x)}</p></li>' for t, h, d, x in f["news"])
    events = "".join(
        f'<li class="{pfx}-event"><a href="/evenemang.html#{slug(t)}"><span class="{pfx}-event__date">{d}</span> {E(t)}</a><p class="normal">{E(x)}</p></li>'
        for d, t, x in EVENTS)
    es = "".join(f'<li><a href="https://e-tjanster.{site["edomain"]}/{slug(t)}">{E(t)}</a></li>' for t in ESERVICES)
    ao = "".join(f'<li><a href="/a-o.html#{E(c)}">{E(c)}</a></li>' for c in AO)
    secs = [hero, f.get("after_hero", ""),
            f'<div class="sv-grid-main sv-fluid-grid sv-layout {pfx}-section"><div class="sv-script-portlet sv-portlet"><h2 class="subheading">Nyheter</h2>'
            f'<ul class="{pfx}-news env-list">{news}</ul><a class="env-button" href="/nyheter.html">Fler nyheter</a></div></div>',
            f'<div class="sv-grid-main sv-fluid-grid sv-layout {pfx}-section"><div class="sv-row"><div class="sv-column-6">'
            f'<h2 class="subheading">Evenemang</h2><ul class="env-list">{events}</ul><a href="/evenemang.html">Alla evenemang</a></div>'
            f'<div class="sv-column-6"><h2 class="subheading">E-tjänster</h2><ul class="env-list">{es}</ul>'
            f'<a href="https://e-tjanster.{site["edomain"]}/">Alla e-tjänster</a></div></div></div>',
            f'<div class="sv-grid-main sv-fluid-grid sv-layout {pfx}-section"><h2 class="subheading">Driftinformation</h2>'
            f'<p class="normal">{E(f["drift"])}</p><a href="/driftinformation.html">Mer driftinformation</a></div>',
            f.get("before_ao", ""),
            f'<div class="sv-grid-main sv-fluid-grid sv-layout {pfx}-section"><h2 class="subheading">Hitta från A till Ö</h2>'
            f'<ul class="env-list env-list--horizontal {pfx}-ao">{ao}</ul></div>']
    return "".join(secs)


def sv_footer(site, pfx):
    cols = "".join(
        f'<div class="sv-layout sv-column-3"><h2 class="{pfx}-footer__heading">{E(h)}</h2><ul class="env-list">'
        + "".join(f'<li><a href="{E(u)}">{E(t)}</a></li>' for t, u in links) + "</ul></div>"
        for h, links in site["footer_cols"])
    return (f'<div class="sv-layout sv-template-layout" id="{svid(site, "foot", kind="10")}"><div id="Sidfot"><!-- Sidfot --></div>'
            f'<footer class="{pfx}-footer"><div class="sv-grid-main sv-fluid-grid sv-layout"><div class="sv-row sv-layout">'
            f'<div class="sv-layout sv-column-3 sv-text-portlet"><div class="sv-text-portlet-content">{site["footer_contact"]}</div></div>'
            f'{cols}</div><div class="sv-row {pfx}-footer__bottom"><p class="normal">© {E(site["long"])} {site["year_line"]}</p></div></div></footer></div>')


# ---------------------------------------------------------------------------------------------------------------
# Optimizely / EPiServer CMS 12 (MVC, block areas, EPiServer Forms)
# ---------------------------------------------------------------------------------------------------------------

def episerver_form(site, page, guid):
    return (f'<form method="post" novalidate="novalidate" data-f-metadata="" enctype="multipart/form-data" '
            f'class="EPiServerForms" data-f-type="form" id="{guid}" action="{E(page["path"])}">'
            f'<script type="text/javascript" src="/EPiServer.Forms/DataAnnotations.js"></script>'
            '<input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="__FormGuid" '
            f'value="{guid}" data-f-type="hidden">'
            '<input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="__FormHostedPage" '
            f'value="{hx(site["kod"], page["path"], n=4)}" data-f-type="hidden">'
            '<input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="__FormLanguage" value="sv" data-f-type="hidden">'
            '<input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="__FormCurrentStepIndex" value="0" data-f-type="hidden">'
            '<h2 class="Form__Title">Var den här sidan till hjälp?</h2>'
            '<div class="Form__Status"><div class="Form__Status__Message hide" data-f-form-statusmessage></div></div>'
            '<div data-f-mainbody class="Form__MainBody"><section id="__field_" data-f-type="step" data-f-element-name="__field_" class="Form__Element FormStep Form__Element--NonData" data-f-stepindex="0">'
            f'<fieldset aria-required="true" data-f-element-name="__field_{hx(site["kod"], "q", n=5)}" class="Form__Element FormChoice ValidationRequired" data-f-type="choice" data-f-modifiedhash="">'
            '<legend class="Form_Choice_Legend Form__Element__Caption">Var informationen på sidan till hjälp?</legend>'
            f'<label for="{guid}_ja" class="FormChoice__Label"><input type="radio" id="{guid}_ja" name="hjalp" value="Ja" class="FormChoice__Input FormChoice__Input--Radio" data-f-datainput>Ja</label>'
            f'<label for="{guid}_nej" class="FormChoice__Label"><input type="radio" id="{guid}_nej" name="hjalp" value="Nej" class="FormChoice__Input FormChoice__Input--Radio" data-f-datainput>Nej</label>'
            '<span data-f-linked-name="hjalp" data-f-validationerror class="Form__Element__ValidationError" style="display:none;">*</span></fieldset>'
            f'<div class="Form__Element FormTextbox FormTextbox--Textarea" data-f-element-name="kommentar" data-f-type="textbox">'
            f'<label for="{guid}_k" class="Form__Element__Caption">Vad kan vi göra bättre? (valfritt)</label>'
            f'<textarea name="kommentar" id="{guid}_k" class="FormTextbox__Input" data-f-datainput rows="2" cols="40"></textarea>'
            '<p class="FormTextbox__Info">Skriv inga personuppgifter. Vi kan inte svara på frågor här.</p></div>'
            f'<button id="{guid}_s" name="submit" type="submit" value="{guid}_s" data-f-is-finalized="false" data-f-is-progressive-submit="true" '
            'data-f-type="submitbutton" data-f-element-name="skicka" class="Form__Element FormExcludeDataRebind FormSubmitButton">Skicka</button>'
            '</section></div></form>')


def optimizely(site, page):
    kod = site["kod"]
    ctid = hx(kod, page["path"], n=4)
    items = menu_items(site)
    mega = []
    for i, (area, href, subs) in enumerate(items):
        sub = "".join(f'<li class="mega-menu__item"><a class="mega-menu__link" href="{E(h)}">{E(t)}</a></li>' for t, h in subs)
        mega.append(f'<li class="main-nav__item" data-epi-content-id="{100 + i * 7}"><a class="main-nav__link" href="{E(href)}">{E(area)}</a>'
                    f'<button class="main-nav__toggle" type="button" aria-expanded="false" aria-controls="mm-{i}"><span class="visually-hidden">Visa undermeny för {E(area)}</span></button>'
                    f'<div class="mega-menu" id="mm-{i}" hidden><div class="mega-menu__inner container"><p class="mega-menu__heading"><a href="{E(href)}">{E(area)}</a></p>'
                    f'<ul class="mega-menu__list">{sub}</ul></div></div></li>')
    top = "".join(f'<li class="service-nav__item"><a class="service-nav__link" href="{E(h)}"{(" " + x) if x else ""}>{t}</a></li>'
                  for t, h, x in site["topbar"])
    header = (f'<header class="site-header" role="banner"><div class="service-nav"><div class="container">'
              f'{readspeaker(site, page, "rsbtn service-nav__rs")}<ul class="service-nav__list">{top}</ul>{gtranslate("Translate")}</div></div>'
              f'<div class="site-header__main container"><a class="site-header__logo" href="/"><img src="/globalassets/logotyp/{slug(site["name"])}-logo.svg" alt="{E(site["long"])} – startsida"></a>'
              f'<form class="site-search" action="/sok/" method="get" role="search"><label class="visually-hidden" for="q">Sök</label>'
              f'<input type="search" id="q" name="q" class="site-search__input" placeholder="Sök på {E(site["short_domain"])}"><button type="submit" class="site-search__button">Sök</button></form>'
              f'<button class="site-header__menu-button" type="button" aria-expanded="false" aria-controls="main-nav">Meny</button></div>'
              f'<nav class="main-nav" id="main-nav" aria-label="Huvudnavigation"><ul class="main-nav__list container">{"".join(mega)}</ul></nav></header>')
    contact = site.get("contact_block", "")
    if page.get("front"):
        f = site["front"]
        sc = "".join(f'<li class="quick-links__item"><a class="quick-links__link" href="{E(h)}">{E(t)}</a></li>' for t, h in f["shortcuts"])
        news = "".join(
            f'<div class="block newsteaserblock col-md-6 col-lg-3"><article class="news-teaser"><a class="news-teaser__link" href="{E(h)}">'
            f'<h3 class="news-teaser__heading">{E(t)}</h3></a><p class="news-teaser__date"><time datetime="{d}">{d}</time></p><p class="news-teaser__preamble">{E(x)}</p></article></div>'
            for t, h, d, x in f["news"])
        ev = "".join(f'<li class="event-list__item"><a href="/uppleva-och-gora/evenemang/?id={slug(t)}"><span class="event-list__date">{d}</span> <span>{E(t)}</span></a></li>' for d, t, _ in EVENTS)
        es = "".join(f'<li><a href="https://etjanster.{site["edomain"]}/{slug(t)}">{E(t)}</a></li>' for t in ESERVICES)
        main = (f'<main id="main-content" class="start-page" data-epi-content-id="{kod}">'
                f'<div class="block-area block-area--hero"><div class="block heroblock" data-epi-block-id="11"><section class="hero" style="background-image:url(/globalassets/bilder/startsida/hero-vinter.jpg)">'
                f'<div class="hero__content container"><h1 class="hero__heading">{E(f["hero_h"])}</h1><p class="hero__text">{E(f["hero_p"])}</p></div></section></div>'
                f'<div class="block quicklinksblock" data-epi-block-id="12"><nav class="quick-links container" aria-labelledby="ql-h"><h2 id="ql-h" class="quick-links__heading">{E(f.get("sc_head", "Genvägar"))}</h2>'
                f'<ul class="quick-links__list">{sc}</ul></nav></div></div>'
                f'{f.get("after_hero", "")}'
                f'<div class="block-area block-area--news container"><h2 class="block-area__heading">Aktuellt</h2><div class="row">{news}</div>'
                f'<a class="button button--secondary" href="/nyheter/">Alla nyheter</a></div>'
                f'<div class="block-area container"><div class="row"><div class="block eventlistblock col-md-6"><h2>Evenemang</h2><ul class="event-list">{ev}</ul></div>'
                f'<div class="block linklistblock col-md-6"><h2>Populära e-tjänster</h2><ul class="link-list">{es}</ul><a href="https://etjanster.{site["edomain"]}/">Till e-tjänsteportalen</a></div></div></div>'
                f'<div class="block-area container"><div class="block operationalinfoblock"><h2>Driftinformation</h2><p>{E(f["drift"])}</p><a href="/driftinformation/">Visa all driftinformation</a></div></div>'
                f'{contact}</main>')
    else:
        crumbs = crumbs_list(page, "breadcrumbs container")
        main = (f'<main id="main-content" class="standard-page" data-epi-content-id="{ctid}">{crumbs}<div class="container"><div class="row">'
                f'<article class="col-lg-8 standard-page__content"><h1 data-epi-property-name="Heading">{E(page["h1"])}</h1>'
                f'{page["body"]}<div class="block-area" data-epi-property-name="MainContentArea">{page.get("blocks", "")}</div>'
                f'<p class="page-meta">Senast uppdaterad: <time datetime="{page["updated"]}">{page["updated"]}</time>{page.get("meta", "")}</p>'
                f'{share_links(page, "share-page")}<div class="block formcontainerblock">{episerver_form(site, page, hx(kod, page["path"], "f", n=8) + "-5c1e-4e0b-9d2f-" + hx(kod, page["path"], n=12))}</div></article>'
                f'<aside class="col-lg-4 standard-page__aside block-area">{page.get("aside", "")}</aside></div></div>{contact}</main>')
    fcols = "".join(f'<div class="footer__col"><h2 class="footer__heading">{E(h)}</h2><ul>' +
                    "".join(f'<li><a href="{E(u)}">{E(t)}</a></li>' for t, u in links) + "</ul></div>" for h, links in site["footer_cols"])
    footer = (f'<footer class="site-footer"><div class="container footer__grid"><div class="footer__col footer__col--contact">{site["footer_contact"]}</div>{fcols}</div>'
              f'<div class="footer__bottom container"><p>{E(site["long"])} {site["year_line"]}</p></div></footer>')
    cookie = (f'<div id="cookie-consent" class="cookie-consent" role="region" aria-label="Kakor"><div class="cookie-consent__inner container">'
              f'<h2 class="cookie-consent__heading">Vi använder kakor</h2><p>{E(site["cookie"])}</p>'
              '<div class="cookie-consent__buttons"><button class="button" data-consent="all">Acceptera alla kakor</button>'
              '<button class="button button--secondary" data-consent="necessary">Acceptera nödvändiga kakor</button></div>'
              '<a href="/om-webbplatsen/kakor/">Mer om kakor</a></div></div>')
    return f"""<!DOCTYPE html>
<html lang="sv" data-epi-site="{E(site['name'])}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(page['title'])}</title>
<meta name="description" content="{E(page.get('desc', page['h1']))}">
<link rel="canonical" href="__ORIGIN__{E(page['path'])}">
<link rel="stylesheet" href="/dist/css/main.{hx(kod, 'css', n=8)}.css">
<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({{"pageType": "{'StartPage' if page.get('front') else 'StandardPage'}", "contentId": "{ctid}"}});</script>
<script src="/Util/Find/epi-util/find.js"></script>
</head>
<body class="{'startpage' if page.get('front') else 'standardpage'}">
<a class="skip-link" href="#main-content">Gå direkt till innehållet</a>
{cookie}
{header}
{main}
{footer}
<script src="/dist/js/main.{hx(kod, 'js', n=8)}.js" defer></script>
<script>if(typeof $$epiforms!=="undefined"){{$$epiforms(document).ready(function(){{}});}}</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# Municipio (WordPress, Helsingborg's theme): c-header, c-navbar, c-card, c-collection, o-grid
# ---------------------------------------------------------------------------------------------------------------

def municipio(site, page):
    kod = site["kod"]
    items = menu_items(site)
    nav = "".join(
        f'<li class="c-nav__item menu-item menu-item-type-post_type menu-item-object-page menu-item-{300 + i}" id="menu-item-{300 + i}">'
        f'<a class="c-nav__link" href="{E(h)}"><span class="c-nav__text">{E(a)}</span></a></li>' for i, (a, h, _) in enumerate(items))
    drawer = "".join(
        f'<li class="c-nav__item c-nav__item--has-children"><div class="c-nav__item-wrapper"><a class="c-nav__link" href="{E(h)}">{E(a)}</a>'
        f'<button class="c-nav__toggle" aria-label="Visa undermeny" aria-expanded="false" data-js-toggle-trigger="sub-{i}"></button></div>'
        f'<ul class="c-nav c-nav--depth-1" data-js-toggle-item="sub-{i}" aria-hidden="true">'
        + "".join(f'<li class="c-nav__item"><a class="c-nav__link" href="{E(sh)}">{E(st)}</a></li>' for st, sh in subs)
        + "</ul></li>" for i, (a, h, subs) in enumerate(items))
    top = "".join(f'<li class="c-nav__item"><a class="c-nav__link" href="{E(h)}"{(" " + x) if x else ""}>{t}</a></li>'
                  for t, h, x in site["topbar"])
    header = (f'<header id="site-header" class="c-header c-header--business site-header">'
              f'<div class="c-header__top o-container"><nav class="c-nav c-nav--horizontal c-header__tabs" aria-label="Verktyg"><ul class="c-nav__list">{top}</ul></nav>'
              f'{readspeaker(site, page, "rsbtn c-header__rs")}{gtranslate("Translate")}</div>'
              f'<div class="c-header__main o-container"><div class="o-grid o-grid--no-gutter"><div class="o-grid-12 o-grid-3@md">'
              f'<a href="/" class="c-logotype c-header__logotype"><img class="c-image__image" src="/wp-content/uploads/2024/03/{slug(site["name"])}-logotyp.svg" alt="{E(site["long"])}"></a></div>'
              f'<div class="o-grid-12 o-grid-6@md"><form class="c-form search-form" method="get" action="/" role="search"><div class="c-field c-field--icon">'
              f'<label class="u-sr__only" for="header-search">Sök</label><input id="header-search" class="c-field__input" type="search" name="s" placeholder="Vad letar du efter?">'
              f'</div><button class="c-button c-button__filled c-button__filled--primary" type="submit"><span class="c-button__label-text">Sök</span></button></form></div>'
              f'<div class="o-grid-12 o-grid-3@md u-display--flex"><button class="c-button c-button__basic js-trigger-drawer" aria-controls="drawer" aria-expanded="false">'
              f'<span class="c-icon material-icons">menu</span><span class="c-button__label-text">Meny</span></button></div></div></div>'
              f'<nav class="c-navbar c-navbar--primary" aria-label="Huvudmeny"><div class="o-container"><ul class="c-nav c-nav--horizontal c-navbar__nav">{nav}</ul></div></nav></header>'
              f'<div id="drawer" class="c-drawer c-drawer--right" aria-hidden="true"><div class="c-drawer__header"><button class="c-drawer__close js-close-drawer" aria-label="Stäng meny">Stäng</button></div>'
              f'<div class="c-drawer__body"><nav aria-label="Mobilmeny"><ul class="c-nav c-nav--vertical c-nav--depth-0">{drawer}</ul></nav></div></div>')
    if page.get("front"):
        f = site["front"]
        sc = "".join(
            f'<a class="c-collection__item c-collection__item--action" href="{E(h)}"><span class="c-collection__icon material-icons">arrow_forward</span>'
            f'<span class="c-collection__content"><span class="c-typography c-collection__title">{E(t)}</span></span></a>' for t, h in f["shortcuts"])
        cards = "".join(
            f'<div class="o-grid-12 o-grid-4@md"><a href="{E(h)}" class="c-card c-card--default c-card--has-image"><div class="c-card__image">'
            f'<div class="c-card__image-background" style="background-image:url(/wp-content/uploads/2026/11/nyhet-{i}.jpg)"></div></div>'
            f'<div class="c-card__body"><h3 class="c-typography c-card__heading">{E(t)}</h3><p class="c-typography c-card__meta"><time datetime="{d}">{d}</time></p>'
            f'<p class="c-typography c-card__content">{E(x)}</p></div></a></div>' for i, (t, h, d, x) in enumerate(f["news"]))
        ev = "".join(f'<li class="c-listing__item"><a class="c-link" href="/evenemang/{slug(t)}/"><span class="c-date">{d}</span> {E(t)}</a></li>' for d, t, _ in EVENTS)
        es = "".join(f'<a class="c-collection__item" href="https://e-tjanster.{site["edomain"]}/{slug(t)}"><span class="c-collection__title">{E(t)}</span></a>' for t in ESERVICES)
        main = (f'<main id="main-content" class="o-container t-front-page">'
                f'<section class="c-hero c-hero--overlay modularity-mod-hero" style="background-image:url(/wp-content/uploads/2026/10/hero-sjo.jpg)">'
                f'<div class="c-hero__content o-container"><h1 class="c-typography c-hero__title">{E(f["hero_h"])}</h1><p class="c-typography c-hero__byline">{E(f["hero_p"])}</p>'
                f'<div class="c-paper c-hero__shortcuts"><h2 class="c-typography c-typography__variant--h4">{E(f.get("sc_head", "Hitta snabbt"))}</h2>'
                f'<div class="c-collection c-collection--compact">{sc}</div></div></div></section>'
                f'{f.get("after_hero", "")}'
                f'<section class="modularity-mod-posts"><h2 class="c-typography module-title">Nyheter</h2><div class="o-grid">{cards}</div>'
                f'<a class="c-button c-button__outlined" href="/nyheter/">Visa fler nyheter</a></section>'
                f'<section class="o-grid"><div class="o-grid-12 o-grid-6@md modularity-mod-event"><h2 class="c-typography module-title">Evenemang</h2><ul class="c-listing">{ev}</ul></div>'
                f'<div class="o-grid-12 o-grid-6@md modularity-mod-manualinput"><h2 class="c-typography module-title">E-tjänster</h2><div class="c-collection">{es}</div></div></section>'
                f'<section class="modularity-mod-notice"><div class="c-notice c-notice--info"><span class="c-notice__icon material-icons">info</span>'
                f'<span class="c-notice__message"><strong>Driftinformation:</strong> {E(f["drift"])}</span></div></section>'
                f'{f.get("before_ao", "")}</main>')
    else:
        crumbs = crumbs_list(page, "c-breadcrumb")
        main = (f'<main id="main-content" class="o-container t-page"><div class="o-grid">{crumbs and ("<div class=o-grid-12>" + crumbs + "</div>")}'
                f'<article class="o-grid-12 o-grid-8@md c-article" id="article"><h1 class="c-typography c-typography__variant--h1">{E(page["h1"])}</h1>'
                f'{page["body"]}<div class="c-article__meta"><p class="c-typography c-typography__variant--meta">Senast uppdaterad: '
                f'<time datetime="{page["updated"]}">{page["updated"]}</time></p>{page.get("meta", "")}</div>'
                f'{share_links(page, "c-share")}<div class="c-form modularity-mod-form" id="feedback"><form method="post" action="/wp-json/municipio/v1/feedback">'
                f'<input type="hidden" name="post_id" value="{int(hx(kod, page["path"], n=4), 16)}"><h2 class="c-typography c-typography__variant--h4">Var den här sidan till hjälp?</h2>'
                '<button class="c-button c-button__outlined" name="answer" value="yes">Ja</button><button class="c-button c-button__outlined" name="answer" value="no">Nej</button></form></div></article>'
                f'<aside class="o-grid-12 o-grid-4@md sidebar-right-sidebar">{page.get("aside", "")}</aside></div></main>')
    fcols = "".join(f'<div class="o-grid-12 o-grid-3@md"><div class="c-footer__widget widget_nav_menu"><h2 class="c-typography c-footer__heading">{E(h)}</h2><ul class="c-nav">' +
                    "".join(f'<li class="c-nav__item"><a class="c-nav__link" href="{E(u)}">{E(t)}</a></li>' for t, u in links) + "</ul></div></div>"
                    for h, links in site["footer_cols"])
    footer = (f'<footer id="site-footer" class="c-footer c-footer--basic"><div class="o-container"><div class="o-grid">'
              f'<div class="o-grid-12 o-grid-3@md"><div class="c-footer__widget widget_text">{site["footer_contact"]}</div></div>{fcols}</div>'
              f'<div class="c-footer__subfooter"><p class="c-typography">{E(site["long"])} {site["year_line"]}</p></div></div></footer>')
    cookie = (f'<div class="cookie-consent" id="cookie-consent" role="dialog" aria-labelledby="cc-title" aria-live="polite"><div class="c-paper c-paper--padding-4">'
              f'<h2 id="cc-title" class="c-typography">Vi använder kakor</h2><p class="c-typography">{E(site["cookie"])}</p>'
              '<button class="c-button c-button__filled c-button__filled--primary js-cookie-accept">Okej, jag förstår</button>'
              '<button class="c-button c-button__outlined js-cookie-necessary">Bara nödvändiga</button>'
              '<a class="c-link" href="/om-webbplatsen/kakor/">Läs mer om hur vi använder kakor</a></div></div>')
    body_cls = "home page-template-default page wp-custom-logo" if page.get("front") else f"page-template-default page page-id-{int(hx(kod, page['path'], n=4), 16)}"
    return f"""<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(page['title'])}</title>
<meta name="description" content="{E(page.get('desc', page['h1']))}">
<link rel="canonical" href="__ORIGIN__{E(page['path'])}">
<link rel="stylesheet" id="municipio-css" href="/wp-content/themes/municipio/assets/dist/css/municipio.{hx(kod, 'c', n=8)}.css" media="all">
<link rel="stylesheet" id="styleguide-css" href="/wp-content/themes/municipio/assets/dist/css/styleguide.{hx(kod, 's', n=8)}.css" media="all">
<link rel="https://api.w.org/" href="/wp-json/">
<script id="municipio-js-extra">var municipioIntl = {{"close":"Stäng","search":"Sök"}}; var pageData = {{"postId":"{int(hx(kod, page['path'], n=4), 16)}"}};</script>
</head>
<body class="{body_cls} s-header-business">
<a href="#main-content" class="screen-reader-text c-button">Gå till innehållet</a>
{cookie}
{header}
{main}
{footer}
<script src="/wp-content/themes/municipio/assets/dist/js/municipio.{hx(kod, 'j', n=8)}.js" id="municipio-js"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# Umbraco 13 (Razor views, block list, /media/ URLs)
# ---------------------------------------------------------------------------------------------------------------

def umbraco(site, page):
    kod = site["kod"]
    items = menu_items(site)
    nav = "".join(
        f'<li class="nav-main__item"><a class="nav-main__link" href="{E(h)}">{E(a)}</a>'
        f'<button class="nav-main__expand" aria-expanded="false" aria-label="Öppna {E(a)}"></button>'
        f'<div class="nav-main__flyout" aria-hidden="true"><ul class="nav-main__sub">'
        + "".join(f'<li><a href="{E(sh)}">{E(st)}</a></li>' for st, sh in subs) + "</ul></div></li>"
        for a, h, subs in items)
    top = "".join(f'<li><a href="{E(h)}"{(" " + x) if x else ""}>{t}</a></li>' for t, h, x in site["topbar"])
    header = (f'<header class="page-header"><div class="page-header__utility"><div class="wrapper">{readspeaker(site, page)}'
              f'<ul class="utility-links">{top}</ul>{gtranslate("Other languages")}</div></div>'
              f'<div class="wrapper page-header__brand"><a class="brand" href="/"><img src="/media/{hx(kod, "logo", n=8)}/logotyp-{slug(site["name"])}.svg" alt="{E(site["long"])}"></a>'
              f'<form class="quick-search" action="/sok/" method="get" role="search"><label for="query" class="sr-only">Sök på webbplatsen</label>'
              f'<input type="text" id="query" name="query" placeholder="Sök"><button type="submit">Sök</button></form></div>'
              f'<nav class="nav-main" aria-label="Huvudmeny"><div class="wrapper"><ul class="nav-main__list">{nav}</ul></div></nav></header>')
    if page.get("front"):
        f = site["front"]
        sc = "".join(f'<li><a class="shortcut-tile" href="{E(h)}"><span class="shortcut-tile__icon" aria-hidden="true"></span><span class="shortcut-tile__label">{E(t)}</span></a></li>' for t, h in f["shortcuts"])
        news = "".join(
            f'<li class="news-list__item"><a href="{E(h)}" class="news-list__link"><img src="/media/{hx(kod, t, n=8)}/nyhet.jpg?width=400&amp;height=225&amp;rnd=13346" alt="">'
            f'<span class="news-list__title">{E(t)}</span></a><span class="news-list__date">{d}</span><p>{E(x)}</p></li>' for t, h, d, x in f["news"])
        ev = "".join(f'<li><a href="/uppleva-och-gora/evenemang/{slug(t)}/"><strong>{d}</strong> {E(t)}</a> <span>{E(x)}</span></li>' for d, t, x in EVENTS)
        es = "".join(f'<li><a href="https://minasidor.{site["edomain"]}/{slug(t)}">{E(t)}</a></li>' for t in ESERVICES)
        main = (f'<main id="main" class="startpage"><div class="umb-block-list">'
                f'<section class="block block--hero" data-content-udi="umb://element/{hx(kod, "hero", n=32)}"><div class="hero" style="background-image:url(/media/{hx(kod, "h", n=8)}/hero.jpg?rmode=crop&amp;width=1920)">'
                f'<div class="wrapper hero__inner"><h1 class="hero__title">{E(f["hero_h"])}</h1><p class="hero__lead">{E(f["hero_p"])}</p>'
                f'<h2 class="hero__shortcuts-title">{E(f.get("sc_head", "Genvägar"))}</h2><ul class="hero__shortcuts">{sc}</ul></div></div></section>'
                f'{f.get("after_hero", "")}'
                f'<section class="block block--news" data-content-udi="umb://element/{hx(kod, "news", n=32)}"><div class="wrapper"><h2>Nyheter</h2><ul class="news-list">{news}</ul><a href="/nyheter/" class="btn">Fler nyheter</a></div></section>'
                f'<section class="block block--columns"><div class="wrapper grid"><div class="grid__col"><h2>På gång</h2><ul class="event-list">{ev}</ul></div>'
                f'<div class="grid__col"><h2>Mina sidor och e-tjänster</h2><ul class="link-list">{es}</ul></div></div></section>'
                f'<section class="block block--alert"><div class="wrapper"><h2>Driftstörningar</h2><p>{E(f["drift"])}</p></div></section>'
                f'{f.get("before_ao", "")}</div></main>')
    else:
        crumbs = crumbs_list(page, "breadcrumb wrapper")
        main = (f'<main id="main" class="contentpage">{crumbs}<div class="wrapper contentpage__grid"><article class="contentpage__main">'
                f'<h1>{E(page["h1"])}</h1>{page["body"]}<div class="contentpage__footer"><p class="last-updated">Senast uppdaterad {page["updated"]}</p>'
                f'{page.get("meta", "")}{share_links(page, "share")}</div>'
                f'<form class="page-feedback" method="post" action="/umbraco/surface/feedback/submit"><input type="hidden" name="ufprt" value="{hx(kod, page["path"], n=40)}">'
                f'<input type="hidden" name="nodeId" value="{int(hx(kod, page["path"], n=4), 16)}"><p class="page-feedback__q">Var den här sidan till hjälp?</p>'
                '<button type="submit" name="helpful" value="1">Ja</button><button type="submit" name="helpful" value="0">Nej</button></form></article>'
                f'<aside class="contentpage__aside">{page.get("aside", "")}</aside></div></main>')
    fcols = "".join(f'<div class="footer-col"><h2>{E(h)}</h2><ul>' + "".join(f'<li><a href="{E(u)}">{E(t)}</a></li>' for t, u in links) + "</ul></div>"
                    for h, links in site["footer_cols"])
    footer = (f'<footer class="page-footer"><div class="wrapper page-footer__grid"><div class="footer-col footer-col--address">{site["footer_contact"]}</div>{fcols}</div>'
              f'<div class="wrapper page-footer__legal"><p>{E(site["long"])} {site["year_line"]}</p></div></footer>')
    cookie = (f'<div class="cookie-bar" id="cookieBar" role="dialog" aria-label="Kakor"><p>{E(site["cookie"])} '
              '<a href="/om-webbplatsen/kakor/">Vad är kakor?</a></p><button type="button" class="btn" data-accept="all">Jag godkänner</button>'
              '<button type="button" class="btn btn--ghost" data-accept="necessary">Neka statistikkakor</button></div>')
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{E(page['title'])}</title>
<meta name="description" content="{E(page.get('desc', page['h1']))}">
<link rel="canonical" href="__ORIGIN__{E(page['path'])}">
<link href="/css/site.min.css?v={hx(kod, 'v', n=10)}" rel="stylesheet">
<script src="/scripts/vendor/modernizr.min.js"></script>
</head>
<body class="{'home' if page.get('front') else 'content'}" data-node="{int(hx(kod, page['path'], n=4), 16)}">
<a href="#main" class="skip">Hoppa till innehållet</a>
{header}
{main}
{footer}
{cookie}
<script src="/scripts/site.min.js?v={hx(kod, 'v', n=10)}"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# Drupal 10 (custom theme on Claro-era core markup)
# ---------------------------------------------------------------------------------------------------------------

def drupal(site, page):
    kod = site["kod"]
    items = menu_items(site)
    nav = "".join(
        f'<li class="menu-item menu-item--expanded"><a href="{E(h)}" data-drupal-link-system-path="node/{100 + i}">{E(a)}</a>'
        f'<button class="menu-toggle" aria-expanded="false"><span class="visually-hidden">Visa undermeny {E(a)}</span></button>'
        f'<ul class="menu menu--level-2" hidden>' + "".join(f'<li class="menu-item"><a href="{E(sh)}">{E(st)}</a></li>' for st, sh in subs)
        + "</ul></li>" for i, (a, h, subs) in enumerate(items))
    nav += "".join(f'<li class="menu-item"><a href="{E(h)}">{E(t)}</a></li>' for t, h in site.get("nav_extra", []))
    top = "".join(f'<li class="menu-item"><a href="{E(h)}"{(" " + x) if x else ""}>{t}</a></li>' for t, h, x in site["topbar"])
    header = (f'<div class="region region-top-bar"><nav role="navigation" aria-labelledby="block-servicemeny-menu" id="block-servicemeny" class="block block-menu navigation menu--service">'
              f'<h2 class="visually-hidden" id="block-servicemeny-menu">Servicemeny</h2><ul class="menu">{top}</ul></nav>'
              f'<div id="block-readspeaker" class="block block-readspeaker-hl">{readspeaker(site, page)}</div>'
              f'<div id="block-gtranslate" class="block block-gtranslate">{gtranslate("Languages")}</div></div>'
              f'<header role="banner" class="site-header"><div class="region region-header">'
              f'<div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo">'
              f'<img src="/themes/custom/{slug(site["name"])}/logo.svg" alt="{E(site["long"])} – Hem"></a></div>'
              f'<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-sok" role="search">'
              f'<form action="/sok" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item js-form-type-search form-type-search">'
              f'<label for="edit-keys" class="visually-hidden">Sök</label><input title="Ange de termer du vill söka efter." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="search_api_fulltext" size="15" maxlength="128" class="form-search"></div>'
              f'<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper"><input data-drupal-selector="edit-submit" type="submit" value="Sök" class="button js-form-submit form-submit"></div></form></div></div>'
              f'<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-huvudmeny-menu" id="block-huvudmeny" class="block block-menu navigation menu--main">'
              f'<h2 class="visually-hidden" id="block-huvudmeny-menu">Huvudmeny</h2><ul class="menu menu--level-1">{nav}</ul></nav></div></header>')
    if page.get("front"):
        f = site["front"]
        sc = "".join(f'<div class="paragraph paragraph--type--shortcut"><a href="{E(h)}" class="shortcut">{E(t)}</a></div>' for t, h in f["shortcuts"])
        news = "".join(
            f'<div class="views-row"><article role="article" class="node node--type-news node--view-mode-teaser"><h3 class="node__title"><a href="{E(h)}" rel="bookmark">'
            f'<span class="field field--name-title field--type-string">{E(t)}</span></a></h3><div class="node__meta"><time datetime="{d}T08:00:00Z">{d}</time></div>'
            f'<div class="field field--name-field-ingress field--type-string-long">{E(x)}</div></article></div>' for t, h, d, x in f["news"])
        ev = "".join(f'<div class="views-row"><a href="/evenemang/{slug(t)}">{d} – {E(t)}</a></div>' for d, t, _ in EVENTS)
        es = "".join(f'<li><a href="https://e-tjanster.{site["edomain"]}/{slug(t)}">{E(t)}</a></li>' for t in ESERVICES)
        content = (f'<div class="paragraph paragraph--type--hero"><div class="hero" style="background-image:url(/sites/default/files/styles/hero/public/2026-09/hero.jpg)">'
                   f'<h1 class="hero__title">{E(f["hero_h"])}</h1><p class="hero__text">{E(f["hero_p"])}</p></div>'
                   f'<div class="paragraph paragraph--type--shortcuts"><h2>{E(f.get("sc_head", "Hitta snabbt"))}</h2><div class="shortcuts">{sc}</div></div></div>'
                   f'{f.get("after_hero", "")}'
                   f'<div class="views-element-container block block-views" id="block-views-block-nyheter-block-1"><h2>Nyheter</h2><div class="view view-nyheter view-display-id-block_1"><div class="view-content">{news}</div>'
                   f'<div class="more-link"><a href="/nyheter">Fler nyheter</a></div></div></div>'
                   f'<div class="layout layout--twocol-section"><div class="layout__region layout__region--first"><div class="block block-views"><h2>Evenemang</h2><div class="view-content">{ev}</div></div></div>'
                   f'<div class="layout__region layout__region--second"><div class="block block-block-content"><h2>E-tjänster</h2><ul>{es}</ul></div></div></div>'
                   f'<div class="block block-block-content block-driftinfo"><h2>Driftinformation</h2><div class="field field--name-body"><p>{E(f["drift"])}</p></div></div>'
                   f'{f.get("before_ao", "")}')
    else:
        crumbs = crumbs_list(page, "breadcrumb")
        content = (f'<div id="block-breadcrumbs" class="block block-system block-system-breadcrumb-block">{crumbs}</div>'
                   f'<article role="article" class="node node--type-page node--view-mode-full"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{E(page["h1"])}</span></h1>'
                   f'<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{page["body"]}</div></div>'
                   f'<div class="node__updated">Senast uppdaterad: <time datetime="{page["updated"]}">{page["updated"]}</time></div>{page.get("meta", "")}</article>'
                   f'{share_links(page, "block block-share")}'
                   f'<div class="block block-webform"><form class="webform-submission-form webform-submission-add-form webform-submission-sidans-nytta-form js-webform-details-toggle" '
                   f'data-drupal-selector="webform-submission-sidans-nytta-add-form" action="{E(page["path"])}" method="post" id="webform-submission-sidans-nytta-add-form" accept-charset="UTF-8">'
                   '<fieldset class="radios--wrapper fieldgroup form-composite webform-composite-visible-title js-webform-type-radios webform-type-radios"><legend><span class="fieldset-legend">Var den här sidan till hjälp?</span></legend>'
                   '<input type="radio" id="edit-svar-ja" name="svar" value="ja" class="form-radio"><label for="edit-svar-ja" class="option">Ja</label>'
                   '<input type="radio" id="edit-svar-nej" name="svar" value="nej" class="form-radio"><label for="edit-svar-nej" class="option">Nej</label></fieldset>'
                   f'<input autocomplete="off" data-drupal-selector="form-{hx(kod, page["path"], n=22)}" type="hidden" name="form_build_id" value="form-{hx(kod, page["path"], "b", n=40)}">'
                   '<input data-drupal-selector="edit-webform-submission-sidans-nytta-add-form" type="hidden" name="form_id" value="webform_submission_sidans_nytta_add_form">'
                   '<div class="form-actions webform-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" type="submit" name="op" value="Skicka"></div></form></div>'
                   f'<aside class="region region-sidebar">{page.get("aside", "")}</aside>')
    fcols = "".join(f'<nav class="block block-menu menu--footer-{i}"><h2>{E(h)}</h2><ul class="menu">' +
                    "".join(f'<li class="menu-item"><a href="{E(u)}">{E(t)}</a></li>' for t, u in links) + "</ul></nav>"
                    for i, (h, links) in enumerate(site["footer_cols"]))
    footer = (f'<footer role="contentinfo" class="site-footer"><div class="region region-footer"><div id="block-sidfotkontakt" class="block block-block-content">'
              f'<div class="clearfix text-formatted field field--name-body">{site["footer_contact"]}</div></div>{fcols}</div>'
              f'<div class="region region-footer-bottom"><p>{E(site["long"])} {site["year_line"]}</p></div></footer>')
    cookie = (f'<div id="sliding-popup" class="sliding-popup-bottom" role="region" aria-label="Kakor" style="display:none"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">'
              f'<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>Kakor</h2><p>{E(site["cookie"])}</p>'
              '<button type="button" class="find-more-button eu-cookie-compliance-more-button">Mer information</button></div>'
              '<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Godkänn</button>'
              '<button type="button" class="decline-button eu-cookie-compliance-default-button">Neka</button></div></div></div></div>')
    settings = ('{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"' + ("node" if page.get("front") else "node/" + str(int(hx(kod, page["path"], n=3), 16)))
                + '","currentLanguage":"sv"},"eu_cookie_compliance":{"popup_enabled":true,"popup_position":false}}')
    return f"""<!DOCTYPE html>
<html lang="sv" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{E(page['title'])}</title>
<link rel="canonical" href="__ORIGIN__{E(page['path'])}">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{hx(kod, 'css', n=43)}.css?delta=0&amp;language=sv&amp;theme={slug(site['name'])}&amp;include=eJx">
<script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>
</head>
<body class="{'path-frontpage' if page.get('front') else 'path-node page-node-type-page'}">
<a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
{header}
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">{content}</div></div></main>
{footer}
</div>
</div>
{cookie}
<script src="/sites/default/files/js/js_{hx(kod, 'js', n=43)}.js?scope=footer&amp;delta=0&amp;language=sv"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# Hand-made old site (Dreamweaver era, tables, Latin-1, .htm)
# ---------------------------------------------------------------------------------------------------------------

def oldsite(site, page):
    menu = "".join(
        f'<tr><td class="{"meny_aktiv" if h == page["path"] else "meny"}"><a href="{E(h)}" class="menylank">{E(t)}</a></td></tr>\n'
        for t, h in site["leftmenu"])
    sub = page.get("submenu", "")
    top = " | ".join(f'<a href="{E(h)}" class="topplank">{t}</a>' for t, h, _ in site["topbar"])
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{E(page['title'])}</title>
<meta name="keywords" content="{E(site['name'])}, kommun, {E(site['landskap'])}">
<link href="/stil/fallinge.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/script/meny.js"></script>
<script type="text/javascript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<div id="kakor" style="background:#ffffcc;border-bottom:1px solid #999;padding:4px;font:11px Verdana"><font face="Verdana" size="1">{E(site['cookie'])}
<a href="/kakor.htm">Läs mer</a> &nbsp; <a href="#" onclick="document.getElementById('kakor').style.display='none';return false;">[Stäng]</a></font></div>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
<td colspan="2" bgcolor="#1F4E79" height="26" align="right"><font face="Verdana" size="1" color="#FFFFFF">{top} &nbsp;</font></td>
</tr>
<tr>
<td colspan="2" height="110" background="/bilder/topp.jpg"><a href="/index.htm"><img src="/bilder/logga.gif" alt="{E(site['long'])}" width="300" height="90" border="0"></a>
<form action="/sok.asp" method="get" style="display:inline;float:right;margin:40px 12px 0 0"><font face="Verdana" size="1">Sök: </font><input type="text" name="sokord" size="18"> <input type="submit" value="Sök"></form></td>
</tr>
<tr>
<td width="190" valign="top" bgcolor="#DDE7F0">
<table width="190" border="0" cellspacing="0" cellpadding="4">
{menu}</table>
{sub}
<br><center><img src="/bilder/vapen.gif" alt="Kommunvapen" width="80" height="96"></center><br>
<font face="Verdana" size="1">&nbsp;Besöksräknare: 0184213</font>
</td>
<td width="770" valign="top" style="padding:12px 16px">
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">
{'' if page.get('front') else '<font size="1"><a href="/index.htm">Startsida</a> &gt; ' + E(page['h1']) + '</font><br>'}
<h1><font face="Georgia" color="#1F4E79">{E(page['h1'])}</font></h1>
{page['body']}
<br><br><font size="1" color="#666666">Senast uppdaterad {page['updated']} av {E(site['webmaster'])}</font>
</font>
</td>
</tr>
<tr>
<td colspan="2" bgcolor="#1F4E79" align="center" height="60"><font face="Verdana" size="1" color="#FFFFFF">{site['footer_contact']}</font></td>
</tr>
</table>
</body>
</html>
"""


FAMILIES = {"sitevision": sitevision, "optimizely": optimizely, "municipio": municipio,
            "umbraco": umbraco, "drupal": drupal, "oldsite": oldsite}
