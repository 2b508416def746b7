"""Ten markup families for the blind23 typing aid. Each renders one whole page.

P (page) keys: path, title, h1, body, front (bool), crumbs [(t, href)], related [(t, href)],
updated, editor.  S (site) keys: see build_sites.py.
"""
from __future__ import annotations

from common import COOKIE_TEXT, LANGS, E, slug, translate_href


def menu(S):
    """[(title, href, [(sub title, sub href)])] with fragment sub-items on the area page."""
    out = []
    for title, path, subs in S["areas"]:
        items = []
        for s in subs:
            if isinstance(s, tuple):
                items.append(s)
            else:
                items.append((s, f"{path}#{slug(s)}"))
        out.append((title, path, items))
    return out


CNI, CNL = ' class="c-nav__item"', ' class="c-nav__link"'


def lis(subs, li="", a=""):
    return "".join(f"<li{li}><a{a} href=\"{sh}\">{E(st)}</a></li>" for st, sh in subs)


def aktiv(P, h):
    return ' class="aktiv"' if P["path"].startswith(h) and h != "/" else ""


def news_teasers(S, n=3):
    return [(t, p, d, teaser) for (p, _f, t, d, teaser, _b) in S["news"][:n]]


def doc(S, P, body, head_extra="", lang="sv", bodyattr=""):
    title = P["title"] if P.get("front") else f"{P['title']} - {S['kommun']} kommun"
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{E(title)}</title>\n"
            f"<link rel=\"canonical\" href=\"__ORIGIN__{P['path']}\">\n{head_extra}</head>\n<body{bodyattr}>\n{body}\n</body>\n</html>\n")


def rs_href(S, P):
    return (f"https://app-eu.readspeaker.example/cgi-bin/rsent?customerid=1{S['kod']}&amp;lang=sv_se"
            f"&amp;readid=content&amp;url=__ORIGIN__{P['path']}")


def share_links(P, sep=" "):
    return sep.join([
        f"<a href=\"https://www.facebook.example/sharer/sharer.php?u=__ORIGIN__{P['path']}\">Facebook</a>",
        f"<a href=\"https://www.linkedin.example/sharing/share-offsite/?url=__ORIGIN__{P['path']}\">LinkedIn</a>",
        f"<a href=\"mailto:?subject={E(P['h1'])}&amp;body=__ORIGIN__{P['path']}\">E-post</a>"])


def social(S):
    k = slug(S["kommun"])
    return [("Facebook", f"https://www.facebook.example/{k}kommun"), ("Instagram", f"https://www.instagram.example/{k}kommun"),
            ("LinkedIn", f"https://www.linkedin.example/company/{k}-kommun"), ("YouTube", f"https://www.youtube.example/@{k}kommun")]


# ---------------------------------------------------------------- 1 sitevision
def sitevision(S, P):
    m = menu(S)
    cookie = (f"<div class=\"sv-cookie-consent-banner env-modal-dialog\" id=\"svid94_cookie\" role=\"dialog\" aria-modal=\"true\" aria-labelledby=\"svcc-h\">"
              f"<div class=\"sv-cookie-consent-banner__inner\"><h2 id=\"svcc-h\" class=\"env-text-h3\">Vi använder kakor på {E(S['kommun'])}.se</h2>"
              f"<p class=\"env-text\">{COOKIE_TEXT}</p>"
              "<fieldset class=\"sv-cookie-consent-banner__categories\"><legend>Välj vilka kakor du godkänner</legend>"
              "<h3 class=\"env-text-h4\">Nödvändiga kakor</h3><p><input type=\"checkbox\" checked disabled id=\"cc1\"><label for=\"cc1\">Nödvändiga</label> Krävs för inloggning, formulär och dina val.</p>"
              "<h3 class=\"env-text-h4\">Statistik</h3><p><input type=\"checkbox\" id=\"cc2\"><label for=\"cc2\">Statistik</label> Matomo, anonymiserad.</p>"
              "<h3 class=\"env-text-h4\">Tredjepartstjänster</h3><p><input type=\"checkbox\" id=\"cc3\"><label for=\"cc3\">Inbäddad video och kartor</label></p></fieldset>"
              "<p><a href=\"/om-webbplatsen/kakor.html\">Läs mer om hur vi använder kakor</a> · <a href=\"/om-webbplatsen/tillganglighet.html\">Tillgänglighetsredogörelse</a></p>"
              "<div class=\"env-button-group\"><button class=\"env-button\" data-cookie-consent=\"all\">Godkänn alla</button> <button class=\"env-button\" data-cookie-consent=\"necessary\">Endast nödvändiga</button> <button class=\"env-button env-button--link\">Spara mina val</button></div></div></div>")
    notice = ""
    if S.get("notice"):
        t, href = S["notice"]
        notice = (f"<div class=\"sv-layout sv-skip-spacer viktigt-meddelande\" id=\"svid10_notice\"><div class=\"sv-text-portlet\" role=\"alert\">"
                  f"<p class=\"normal\"><strong>Viktig information: </strong>{t} <a href=\"{href}\">Läs mer</a></p></div></div>")
    langs = "".join(f"<li><a lang=\"{c}\" href=\"{translate_href(c, S['kommun'])}\">{E(n)}</a></li>" for n, c in LANGS)
    top_extra = "".join(f"<li class=\"sv-channel-item\"><a href=\"{h}\">{E(t)}</a></li>" for t, h in S.get("topbar_extra", []))
    topbar = (f"<div class=\"sv-layout header-top\" id=\"svid10_top\"><div class=\"sv-linklist-portlet\"><ul class=\"sv-channel genvagar\">"
              f"<li class=\"sv-channel-item\"><a class=\"rs_skip rsbtn_play\" accesskey=\"L\" href=\"{rs_href(S, P)}\" title=\"Lyssna på sidans text med ReadSpeaker\">Lyssna</a></li>"
              "<li class=\"sv-channel-item\"><a href=\"/om-webbplatsen/lattlast.html\">Lättläst</a></li>"
              "<li class=\"sv-channel-item\"><a href=\"/om-webbplatsen/lattlast.html#teckensprak\">Teckenspråk</a></li>"
              f"<li class=\"sv-channel-item translate\"><button aria-expanded=\"false\" aria-controls=\"svlang\">Languages</button><ul id=\"svlang\" hidden>{langs}</ul></li>"
              f"{top_extra}</ul></div></div>")
    mega = []
    for i, (t, h, subs) in enumerate(m):
        cols = "".join(f"<li><a href=\"{sh}\">{E(st)}</a></li>" for st, sh in subs)
        mega.append(f"<li class=\"sv-mega-item\"><a href=\"{h}\" class=\"sv-mega-link\">{E(t)}</a><button class=\"sv-mega-toggle\" aria-expanded=\"false\" aria-controls=\"mega{i}\"><span class=\"env-assistive-text\">Visa undermeny för {E(t)}</span></button>"
                    f"<div class=\"sv-mega-panel\" id=\"mega{i}\" hidden><div class=\"sv-mega-col\"><ul>{cols}</ul></div></div></li>")
    mobile = "".join(f"<li><a href=\"{h}\">{E(t)}</a><ul>{lis(subs)}</ul></li>" for t, h, subs in m)
    pop = "".join(f"<li><a href=\"{h}\">{E(t)}</a></li>" for t, h in S.get("popular", []))
    header = (f"<div class=\"sv-layout header\" id=\"svid10_header\"><div class=\"sv-image-portlet logo\"><a href=\"/\"><img src=\"/images/18.3a1b2c/logo.svg\" alt=\"{E(S['kommun'])} kommun, startsida\"></a></div>"
              "<div class=\"sv-layout header-buttons\"><button class=\"env-button sok-knapp\" aria-controls=\"sokoverlay\" aria-expanded=\"false\">Sök</button> <button class=\"env-button meny-knapp\" aria-controls=\"mobilmeny\" aria-expanded=\"false\">Meny</button></div>"
              f"<div class=\"sv-layout sv-mega-menu\" id=\"svid12_mega\"><ul class=\"sv-mega-list\">{''.join(mega)}</ul></div></div>"
              f"<div class=\"sv-layout sokoverlay\" id=\"sokoverlay\" hidden><div class=\"sv-searchform-portlet\"><form action=\"/sok.html\" method=\"get\"><label for=\"svq\">Vad letar du efter?</label><input id=\"svq\" name=\"query\" type=\"search\"><button type=\"submit\">Sök</button></form>"
              f"<h2 class=\"env-text-h4\">Populära sökningar</h2><ul class=\"populara\">{pop}</ul></div></div>"
              f"<div class=\"sv-layout mobilmeny\" id=\"mobilmeny\" hidden><div class=\"sv-menu-portlet\"><ul class=\"sv-menu-list\">{mobile}</ul></div></div>")
    crumbs = ""
    if P.get("crumbs"):
        crumbs = "<div class=\"sv-layout brodsmulor\"><div class=\"sv-breadcrumb-portlet\"><nav aria-label=\"Du är här\"><ol>" + "".join(
            f"<li><a href=\"{h}\">{E(t)}</a></li>" for t, h in P["crumbs"]) + f"<li aria-current=\"page\">{E(P['h1'])}</li></ol></nav></div></div>"
    tools = ""
    if not P.get("front"):
        tools = (f"<div class=\"sv-layout sidverktyg\"><a class=\"rsbtn_play\" href=\"{rs_href(S, P)}\">Lyssna</a> <a href=\"javascript:window.print()\">Skriv ut</a> "
                 f"<span class=\"dela\">Dela sidan: {share_links(P)}</span></div>")
    related = ""
    if P.get("related"):
        related = "<div class=\"sv-layout relaterat\"><div class=\"sv-related-portlet\"><h2 class=\"env-text-h3\">Relaterade sidor</h2><ul>" + "".join(
            f"<li><a href=\"{h}\">{E(t)}</a></li>" for t, h in P["related"]) + "</ul></div></div>"
    meta = ""
    if not P.get("front"):
        meta = f"<div class=\"sv-layout sidinfo\"><p class=\"senast-uppdaterad\">Senast uppdaterad: {P.get('updated', '2025-01-20')}</p>"
        if P.get("editor"):
            meta += f"<p class=\"sidansvarig\">Sidansvarig: {E(P['editor'])}</p>"
        meta += "</div>"
    feedback = ("<div class=\"sv-layout feedback\"><div class=\"sv-form-portlet\"><form action=\"/feedback.html\" method=\"post\"><fieldset><legend>Var sidan till hjälp?</legend>"
                "<input type=\"radio\" name=\"hjalp\" id=\"fj\" value=\"ja\"><label for=\"fj\">Ja</label> <input type=\"radio\" name=\"hjalp\" id=\"fn\" value=\"nej\"><label for=\"fn\">Nej</label>"
                "<label for=\"fk\">Vad kan vi göra bättre? (Vi svarar inte på frågor här.)</label><textarea id=\"fk\" name=\"kommentar\"></textarea><button type=\"submit\">Skicka</button></fieldset></form></div></div>")
    main = (f"<div class=\"sv-layout mittspalt\" id=\"Mittspalt\"><div class=\"sv-text-portlet rubrik\"><h1 class=\"heading\">{E(P['h1'])}</h1></div>"
            f"{tools}<div class=\"sv-layout innehall\" id=\"content\">{P['body']}</div>{related}{meta}</div>")
    cols = "".join(f"<div class=\"sv-layout sv-column-3 sidfot-kolumn\"><h2 class=\"env-text-h4\">{E(h)}</h2>{c}</div>" for h, c in S["footer_cols"])
    some = "".join(f"<li><a href=\"{h}\">{t}</a></li>" for t, h in social(S))
    footer = (f"<div class=\"sv-layout sidfot\" id=\"svid10_footer\"><div class=\"sv-layout sv-horizontal\">{cols}</div>"
              f"<div class=\"sv-layout sociala\"><ul>{some}</ul></div><p class=\"copyright\">© {E(S['kommun'])} kommun</p></div>")
    sticky = ""
    if S.get("sticky"):
        t, h = S["sticky"]
        sticky = f"<a class=\"sticky-kontakt\" href=\"{h}\">{E(t)}</a>"
    body = (f"{cookie}<a class=\"sv-skip-link\" href=\"#Mittspalt\">Hoppa till innehållet</a>\n<div class=\"sv-layout sv-template-layout\" id=\"svid10_top\">"
            f"{notice}{topbar}{header}{crumbs}\n{main}\n{feedback if not P.get('front') else ''}\n{footer}{sticky}</div>"
            "<script src=\"/sitevision/system-resource/3b7c/js/jquery.js\"></script><script>window.sv=window.sv||{};sv.PageContext={pageId:'4.1a2b'};</script>")
    return doc(S, P, body, "<link rel=\"stylesheet\" href=\"/sitevision/system-resource/3b7c/css/portlets.css\">\n")


# ---------------------------------------------------------------- 2 episerver (HTML5 landmarks, BEM)
def episerver(S, P):
    m = menu(S)
    cookie = ("<dialog open class=\"cookie-dialog\" aria-labelledby=\"cookie-dialog-title\"><form method=\"dialog\" class=\"cookie-dialog__form\">"
              "<h2 id=\"cookie-dialog-title\" class=\"cookie-dialog__title\">Din integritet</h2>"
              f"<p>{COOKIE_TEXT}</p><details class=\"cookie-dialog__details\"><summary>Visa detaljer</summary>"
              "<h3>Nödvändiga</h3><p>Sessionskakor för inloggning och formulär (EPi:StateMarker, ASP.NET_SessionId).</p>"
              "<h3>Analys</h3><p>Siteimprove Analytics, sparas i 12 månader.</p><h3>Marknadsföring</h3><p>Används inte.</p></details>"
              "<p><a href=\"/om-webbplatsen/kakor/\">Om kakor på webbplatsen</a></p>"
              "<div class=\"cookie-dialog__buttons\"><button value=\"all\" class=\"button button--primary\">Acceptera alla</button>"
              "<button value=\"necessary\" class=\"button\">Bara nödvändiga</button></div></form></dialog>")
    notice = ""
    if S.get("notice"):
        t, h = S["notice"]
        notice = f"<div class=\"alert-banner alert-banner--warning\" role=\"region\" aria-label=\"Viktigt meddelande\"><p class=\"alert-banner__text\"><span class=\"alert-banner__label\">Viktig information</span> {t} <a href=\"{h}\" class=\"alert-banner__link\">Mer information</a></p><button class=\"alert-banner__close\" aria-label=\"Stäng meddelandet\">×</button></div>"
    opts = "".join(f"<option value=\"{c}\">{E(n)}</option>" for n, c in LANGS)
    nav = "".join(f"<li class=\"main-nav__item\"><a class=\"main-nav__link\" href=\"{h}\">{E(t)}</a><button class=\"main-nav__toggle\" aria-expanded=\"false\"><span class=\"sr-only\">Öppna {E(t)}</span></button>"
                  f"<div class=\"main-nav__sub\" hidden><ul>{lis(subs)}</ul></div></li>" for t, h, subs in m)
    mob = "".join(f"<li class=\"mobile-nav__item\"><a href=\"{h}\">{E(t)}</a><ul class=\"mobile-nav__sub\">{lis(subs)}</ul></li>" for t, h, subs in m)
    pop = "".join(f"<li><a href=\"{h}\">{E(t)}</a></li>" for t, h in S.get("popular", []))
    header = (f"<header class=\"site-header\"><div class=\"site-header__tools\"><button class=\"tool-button rs-button\" data-rs-url=\"{rs_href(S, P)}\">Lyssna</button>"
              f"<form class=\"translate\" action=\"https://translate.example/translate\" method=\"get\"><label for=\"tl\">Translate</label><select id=\"tl\" name=\"tl\">{opts}</select><button>Översätt</button></form>"
              "<a class=\"tool-link\" href=\"/om-webbplatsen/lattlast/\">Lättläst</a></div>"
              f"<div class=\"site-header__main\"><a class=\"site-header__logo\" href=\"/\"><img src=\"/globalassets/logo.svg\" alt=\"{E(S['kommun'])} kommun\"></a>"
              f"<a class=\"site-header__contact\" href=\"{S['contact_path']}\">Kontakt</a>"
              "<button class=\"site-header__search-toggle\" aria-controls=\"search-overlay\" aria-expanded=\"false\">Sök</button>"
              "<button class=\"site-header__menu-toggle\" aria-controls=\"mobile-nav\" aria-expanded=\"false\">Meny</button></div>"
              f"<nav class=\"main-nav\" aria-label=\"Huvudmeny\"><ul class=\"main-nav__list\">{nav}</ul></nav></header>"
              f"<nav class=\"mobile-nav\" id=\"mobile-nav\" aria-label=\"Mobilmeny\" hidden><ul>{mob}</ul></nav>"
              f"<div class=\"search-overlay\" id=\"search-overlay\" hidden><form role=\"search\" action=\"/sok/\" method=\"get\"><label for=\"sq\">Sök på webbplatsen</label><input id=\"sq\" name=\"q\" type=\"search\" autocomplete=\"off\"><button>Sök</button></form>"
              f"<p class=\"search-overlay__heading\">Andra har sökt på</p><ul class=\"search-overlay__popular\">{pop}</ul></div>")
    crumbs = ""
    if P.get("crumbs"):
        crumbs = "<nav class=\"breadcrumbs\" aria-label=\"Brödsmulor\"><ol class=\"breadcrumbs__list\">" + "".join(f"<li><a href=\"{h}\">{E(t)}</a></li>" for t, h in P["crumbs"]) + f"<li><span aria-current=\"page\">{E(P['h1'])}</span></li></ol></nav>"
    if P.get("front"):
        main = f"<main id=\"main\" class=\"start\"><h1 class=\"sr-only\">{E(P['h1'])}</h1>{P['body']}</main>"
    else:
        rel = ""
        if P.get("related"):
            rel = "<aside class=\"related\" aria-labelledby=\"rel-h\"><h2 id=\"rel-h\">Relaterade sidor</h2><ul>" + "".join(f"<li><a href=\"{h}\">{E(t)}</a></li>" for t, h in P["related"]) + "</ul></aside>"
        ed = f" · Sidansvarig: {E(P['editor'])}" if P.get("editor") else ""
        main = (f"<main id=\"main\">{crumbs}<article class=\"article\"><div class=\"article__tools\"><button class=\"tool-button rs-button\">Lyssna</button> <button class=\"tool-button\" onclick=\"window.print()\">Skriv ut</button> "
                f"<details class=\"share\"><summary>Dela</summary>{share_links(P)}</details></div><h1 class=\"article__heading\">{E(P['h1'])}</h1>{P['body']}"
                f"<footer class=\"article__meta\"><p>Publicerad 2024-09-02 · Uppdaterad {P.get('updated', '2025-01-20')}{ed}</p></footer></article>{rel}"
                "<section class=\"page-feedback\" aria-labelledby=\"pf-h\"><h2 id=\"pf-h\">Var sidan till hjälp?</h2><form action=\"/api/feedback\" method=\"post\"><button name=\"v\" value=\"1\">Ja</button><button name=\"v\" value=\"0\">Nej</button></form></section></main>")
    cols = "".join(f"<div class=\"site-footer__col\"><h2 class=\"site-footer__heading\">{E(h)}</h2>{c}</div>" for h, c in S["footer_cols"])
    kris = ("<div class=\"site-footer__kris\"><h2>Krisinformation</h2><p>Vid allvarliga händelser informerar vi här och på "
            "<a href=\"https://www.krisinformation.example/\">Krisinformation.se</a>. Ring 113 13 för information om olyckor och kriser.</p></div>")
    some = " ".join(f"<a class=\"social-link\" href=\"{h}\" aria-label=\"{t}\"><svg aria-hidden=\"true\" width=\"24\" height=\"24\"></svg></a>" for t, h in social(S))
    footer = f"<footer class=\"site-footer\">{kris}<div class=\"site-footer__cols\">{cols}</div><div class=\"site-footer__social\">{some}</div></footer>"
    body = f"{cookie}<a class=\"skip-link\" href=\"#main\">Gå direkt till innehåll</a>{notice}{header}\n{main}\n{footer}<script src=\"/Static/js/main.bundle.js\" defer></script>"
    return doc(S, P, body)


# ---------------------------------------------------------------- 3 municipio (WordPress, drawer)
def municipio(S, P):
    m = menu(S)
    cookie = ("<div id=\"cookie-consent\" class=\"c-notice c-notice--cookie c-notice--info\" role=\"region\" aria-label=\"Kakor\">"
              "<div class=\"c-notice__content\"><h2 class=\"c-typography c-typography__variant--h4\">Den här webbplatsen använder kakor</h2>"
              f"<p class=\"c-typography\">{COOKIE_TEXT}</p><p><a class=\"c-link\" href=\"/om-webbplatsen/kakor/\">Läs mer om kakor</a></p></div>"
              "<div class=\"c-notice__actions\"><button class=\"c-button c-button__filled c-button__filled--primary\">Jag förstår</button></div></div>")
    notice = ""
    if S.get("notice"):
        t, h = S["notice"]
        notice = f"<div class=\"c-notice c-notice--warning notice-banner\"><span class=\"c-notice__icon material-icons\" aria-hidden=\"true\">report</span><span class=\"c-notice__message\"><strong>Driftinformation:</strong> {t} <a href=\"{h}\">Läs mer</a></span></div>"
    drawer = "".join(f"<li class=\"c-nav__item has-children\"><a class=\"c-nav__link\" href=\"{h}\">{E(t)}</a><button class=\"c-nav__toggle\" aria-label=\"Visa undersidor\"></button>"
                     f"<ul class=\"c-nav__sub\" aria-hidden=\"true\">{lis(subs, CNI, CNL)}</ul></li>" for t, h, subs in m)
    langs = "".join(f"<li><a href=\"{translate_href(c, S['kommun'])}\" lang=\"{c}\">{E(n)}</a></li>" for n, c in LANGS)
    header = (f"<header id=\"site-header\" class=\"c-site-header site-header--casual\"><div class=\"c-header__top\"><a class=\"c-link\" href=\"#translate\">Translate</a>"
              f"<a class=\"c-link\" href=\"{rs_href(S, P)}\">Lyssna</a></div>"
              f"<div class=\"c-header__main o-container\"><a href=\"/\" class=\"c-logotype\"><img src=\"/wp-content/uploads/2023/02/logo.svg\" alt=\"{E(S['kommun'])} kommun\"></a>"
              "<form class=\"c-search-form\" role=\"search\" method=\"get\" action=\"/\"><label class=\"u-sr__only\" for=\"s\">Sök</label><input id=\"s\" type=\"search\" name=\"s\" placeholder=\"Vad letar du efter?\"><button class=\"c-button\">Sök</button></form>"
              "<button class=\"c-button c-hamburger js-trigger-drawer\" aria-controls=\"drawer\" aria-expanded=\"false\"><span class=\"c-button__label-text\">Meny</span></button></div></header>"
              f"<div id=\"drawer\" class=\"c-drawer c-drawer--right\" aria-hidden=\"true\"><div class=\"c-drawer__header\"><button class=\"c-drawer__close\">Stäng</button></div>"
              f"<nav class=\"c-nav c-nav--drawer\" aria-label=\"Huvudmeny\"><ul class=\"c-nav__list\">{drawer}</ul></nav></div>"
              f"<div id=\"translate\" class=\"c-translate\" hidden><p>Translate this page:</p><ul>{langs}</ul></div>")
    crumbs = ""
    if P.get("crumbs"):
        crumbs = "<nav class=\"c-breadcrumb\" aria-label=\"Brödsmulor\"><ol class=\"c-breadcrumb__list\">" + "".join(f"<li class=\"c-breadcrumb__item\"><a href=\"{h}\">{E(t)}</a></li>" for t, h in P["crumbs"]) + f"<li class=\"c-breadcrumb__item c-breadcrumb__item--current\">{E(P['h1'])}</li></ol></nav>"
    if P.get("front"):
        main = f"<main id=\"main-content\" class=\"c-main o-container\"><h1 class=\"u-sr__only\">{E(P['h1'])}</h1>{P['body']}</main>"
    else:
        side = ""
        if P.get("related"):
            side = "<aside class=\"o-grid-12 o-grid-4@md c-sidebar\"><div class=\"c-widget c-widget--related\"><h2 class=\"c-widget__title\">Relaterat</h2><ul>" + "".join(f"<li><a href=\"{h}\">{E(t)}</a></li>" for t, h in P["related"]) + "</ul></div></aside>"
        main = (f"<main id=\"main-content\" class=\"c-main o-container\">{crumbs}<div class=\"o-grid\"><article class=\"o-grid-12 o-grid-8@md c-article\" id=\"article\">"
                f"<div class=\"c-article__tools\"><a href=\"{rs_href(S, P)}\" class=\"c-button c-button--sm\">Lyssna</a> <button class=\"c-button c-button--sm\" onclick=\"window.print()\">Skriv ut</button></div>"
                f"<h1 class=\"c-article__title\">{E(P['h1'])}</h1>{P['body']}"
                f"<div class=\"c-article__meta\"><span>Publicerad: 14 mars 2024</span> <span>Senast ändrad: {P.get('updated', '20 januari 2025')}</span></div>"
                f"<div class=\"c-share\"><span>Dela:</span> {share_links(P)}</div></article>{side}</div>"
                "<div class=\"c-feedback\"><h2 class=\"c-typography c-typography__variant--h3\">Hjälpte informationen på sidan dig?</h2><form method=\"post\" action=\"/wp-admin/admin-ajax.php\"><button class=\"c-button\" name=\"answer\" value=\"yes\">Ja</button> <button class=\"c-button\" name=\"answer\" value=\"no\">Nej</button></form></div></main>")
    cols = "".join(f"<div class=\"o-grid-12 o-grid-3@md c-footer__column\"><div class=\"c-widget widget_text\"><h2 class=\"c-widget__title\">{E(h)}</h2>{c}</div></div>" for h, c in S["footer_cols"])
    some = "".join(f"<li><a href=\"{h}\">{t}</a></li>" for t, h in social(S))
    footer = f"<footer id=\"site-footer\" class=\"c-footer\"><div class=\"o-container\"><div class=\"o-grid\">{cols}</div><ul class=\"c-footer__social\">{some}</ul></div></footer>"
    fab = ""
    if S.get("sticky"):
        t, h = S["sticky"]
        fab = f"<div class=\"c-fab c-fab--bottom-right\"><a class=\"c-button c-button__filled c-button--lg\" href=\"{h}\"><span class=\"material-icons\" aria-hidden=\"true\">chat</span> {E(t)}</a></div>"
    body = f"{cookie}<a class=\"screen-reader-text skip-link\" href=\"#main-content\">Hoppa till huvudinnehåll</a>{notice}{header}\n{main}\n{footer}{fab}<script src=\"/wp-content/themes/municipio/assets/dist/js/municipio.js\"></script>"
    return doc(S, P, body, "<link rel=\"stylesheet\" href=\"/wp-content/themes/municipio/assets/dist/css/styleguide.css\">\n",
               bodyattr=" class=\"wp-singular page-template-default page municipio\"")


# ---------------------------------------------------------------- 4 drupal
def drupal(S, P):
    m = menu(S)
    cookie = ("<div id=\"sliding-popup\" class=\"sliding-popup-top clearfix\" role=\"dialog\" aria-describedby=\"popup-text\"><div class=\"eu-cookie-compliance-banner eu-cookie-compliance-banner-info\">"
              f"<div class=\"popup-content info eu-cookie-compliance-content\"><div id=\"popup-text\" class=\"eu-cookie-compliance-message\"><h2>Kakor på {E(S['kommun'])}.se</h2><p>{COOKIE_TEXT}</p>"
              "<button type=\"button\" class=\"find-more-button eu-cookie-compliance-more-button\">Mer information</button></div>"
              "<div id=\"eu-cookie-compliance-categories\" class=\"eu-cookie-compliance-categories\"><div class=\"eu-cookie-compliance-category\"><input type=\"checkbox\" checked disabled id=\"cat-n\"><label for=\"cat-n\">Nödvändiga</label></div>"
              "<div class=\"eu-cookie-compliance-category\"><input type=\"checkbox\" id=\"cat-s\"><label for=\"cat-s\">Statistik</label></div></div>"
              "<div id=\"popup-buttons\" class=\"eu-cookie-compliance-buttons\"><button type=\"button\" class=\"agree-button eu-cookie-compliance-default-button\">Godkänn alla</button>"
              "<button type=\"button\" class=\"eu-cookie-compliance-save-preferences-button\">Spara val</button><button type=\"button\" class=\"decline-button\">Neka</button></div></div></div></div>")
    def ul(items, lvl):
        return f"<ul class=\"menu menu--level-{lvl}\">" + "".join(items) + "</ul>"
    lvl1 = [f"<li class=\"menu__item menu__item--expanded\"><a href=\"{h}\" class=\"menu__link\" data-drupal-link-system-path=\"node/{100+i}\">{E(t)}</a>"
            + ul([f"<li class=\"menu__item\"><a href=\"{sh}\" class=\"menu__link\">{E(st)}</a></li>" for st, sh in subs], 2) + "</li>" for i, (t, h, subs) in enumerate(m)]
    mob = "".join(f"<li><a href=\"{h}\">{E(t)}</a></li>" for t, h, _ in m)
    notice = ""
    if S.get("notice"):
        t, h = S["notice"]
        notice = f"<div class=\"region region-highlighted\"><div id=\"block-driftinfo\" class=\"block block-block-content block-driftinfo\"><div class=\"field field--name-body\"><p><strong>Viktig information:</strong> {t} <a href=\"{h}\">Läs mer</a></p></div></div></div>"
    top_extra = "".join(f"<li><a href=\"{h}\">{E(t)}</a></li>" for t, h in S.get("topbar_extra", []))
    header = (f"<div class=\"region region-top-bar\"><nav id=\"block-verktyg\" class=\"block block-menu menu--verktyg\" aria-label=\"Verktyg\"><ul class=\"menu\">"
              f"<li><a href=\"{rs_href(S, P)}\" class=\"rs-link\">Lyssna</a></li><li><a href=\"/om-webbplatsen/lattlast\">Lättläst</a></li>"
              f"<li><a href=\"{translate_href('en', S['kommun'])}\" lang=\"en\">Translate</a></li>{top_extra}</ul></nav></div>"
              f"<header role=\"banner\" class=\"site-header\"><div class=\"region region-header\"><div id=\"block-site-branding\" class=\"block block-system block-system-branding-block\"><a href=\"/\" rel=\"home\"><img src=\"/sites/default/files/logo.svg\" alt=\"Hem\"></a></div>"
              f"<div class=\"search-block-form block block-search\" role=\"search\"><form action=\"/sok\" method=\"get\"><label for=\"edit-keys\" class=\"visually-hidden\">Sök</label><input id=\"edit-keys\" name=\"keys\" type=\"search\"><input type=\"submit\" value=\"Sök\"></form></div></div>"
              f"<div class=\"region region-primary-menu\"><nav role=\"navigation\" aria-labelledby=\"block-huvudmeny-menu\" id=\"block-huvudmeny\" class=\"block block-menu navigation menu--main\"><h2 class=\"visually-hidden\" id=\"block-huvudmeny-menu\">Huvudmeny</h2>{ul(lvl1, 1)}</nav>"
              f"<nav id=\"block-mobilmeny\" class=\"block block-menu menu--mobile\" aria-label=\"Mobilmeny\" style=\"display:none\"><ul class=\"menu\">{mob}</ul></nav></div></header>")
    crumbs = ""
    if P.get("crumbs"):
        crumbs = "<div class=\"region region-breadcrumb\"><nav class=\"breadcrumb\" role=\"navigation\" aria-labelledby=\"system-breadcrumb\"><h2 id=\"system-breadcrumb\" class=\"visually-hidden\">Brödsmulor</h2><ol>" + "".join(f"<li><a href=\"{h}\">{E(t)}</a></li>" for t, h in P["crumbs"]) + f"<li>{E(P['h1'])}</li></ol></nav></div>"
    rel = ""
    if P.get("related"):
        rel = "<div class=\"block block-views block-related\"><h2>Relaterade sidor</h2><div class=\"view-content\">" + "".join(f"<div class=\"views-row\"><a href=\"{h}\">{E(t)}</a></div>" for t, h in P["related"]) + "</div></div>"
    meta = "" if P.get("front") else f"<div class=\"node__meta\"><span class=\"field--name-changed\">Senast uppdaterad: {P.get('updated', '2025-01-20')}</span>{' | Sidansvarig: ' + E(P['editor']) if P.get('editor') else ''}</div>"
    tools = "" if P.get("front") else f"<div class=\"block block-sidverktyg\"><a href=\"{rs_href(S, P)}\">Lyssna</a> <a href=\"#\" onclick=\"window.print();return false;\">Skriv ut</a> <span>Dela: {share_links(P)}</span></div>"
    h1 = f"<h1 class=\"visually-hidden\">{E(P['h1'])}</h1>" if P.get("front") else f"<h1 class=\"page-title\"><span class=\"field field--name-title\">{E(P['h1'])}</span></h1>"
    feedback = ("<div class=\"region region-feedback\"><div id=\"block-sidfeedback\" class=\"block block-webform\"><h2>Var sidan till hjälp?</h2><form class=\"webform-submission-form\" action=\"/webform/sidfeedback\" method=\"post\">"
                "<input type=\"radio\" id=\"fb-ja\" name=\"svar\" value=\"ja\"><label for=\"fb-ja\">Ja</label><input type=\"radio\" id=\"fb-nej\" name=\"svar\" value=\"nej\"><label for=\"fb-nej\">Nej</label>"
                "<label for=\"fb-txt\">Berätta gärna vad som saknades. Du får inget svar på det du skriver här.</label><textarea id=\"fb-txt\" name=\"kommentar\"></textarea><input type=\"submit\" value=\"Skicka\"></form></div></div>")
    main = (f"<main role=\"main\"><a id=\"main-content\" tabindex=\"-1\"></a>{crumbs}<div class=\"layout-content\"><div class=\"region region-content\"><article class=\"node node--type-page\">"
            f"{tools}{h1}<div class=\"node__content clearfix\"><div class=\"clearfix text-formatted field field--name-body\">{P['body']}</div></div>{meta}</article>{rel}</div></div></main>")
    cols = "".join(f"<div class=\"region region-footer-{n}\"><div class=\"block block-block-content\"><h2>{E(h)}</h2><div class=\"field field--name-body\">{c}</div></div></div>"
                   for n, (h, c) in zip(["first", "second", "third", "fourth", "fifth", "sixth"], S["footer_cols"], strict=False))
    some = "".join(f"<li><a href=\"{h}\">{t}</a></li>" for t, h in social(S))
    footer = f"<footer role=\"contentinfo\" class=\"site-footer\"><div class=\"site-footer__top\">{cols}</div><div class=\"site-footer__bottom\"><ul class=\"social\">{some}</ul></div></footer>"
    body = (f"<a href=\"#main-content\" class=\"visually-hidden focusable skip-link\">Hoppa till huvudinnehåll</a>\n{cookie}<div class=\"dialog-off-canvas-main-canvas\" data-off-canvas-main-canvas><div class=\"layout-container\">"
            f"{header}{notice}\n{main}\n{feedback}\n{footer}</div></div>"
            "<script type=\"application/json\" data-drupal-selector=\"drupal-settings-json\">{\"path\":{\"baseUrl\":\"/\",\"currentLanguage\":\"sv\"},\"eu_cookie_compliance\":{\"popup_enabled\":true}}</script>")
    return doc(S, P, body, bodyattr=" class=\"path-node page-node-type-page\"")


# ---------------------------------------------------------------- 5 aria (custom CMS, roles on divs, offcanvas)
def aria(S, P):
    m = menu(S)
    cookie = ("<div class=\"lp-cookie\" role=\"dialog\" aria-modal=\"true\" aria-labelledby=\"lpc-t\" aria-describedby=\"lpc-d\"><div class=\"lp-cookie__box\">"
              "<div class=\"lp-cookie__title\" id=\"lpc-t\" role=\"heading\" aria-level=\"2\">Kakor och personuppgifter</div>"
              f"<div id=\"lpc-d\"><p>{COOKIE_TEXT}</p><p>Vi behandlar dina personuppgifter enligt dataskyddsförordningen. Läs mer på sidan om <a href=\"/sv/om-webbplatsen/kakor\">kakor och personuppgifter</a>.</p></div>"
              "<div class=\"lp-cookie__tabs\" role=\"tablist\"><span role=\"tab\" aria-selected=\"true\">Samtycke</span><span role=\"tab\">Detaljer</span></div>"
              "<ul class=\"lp-cookie__list\"><li>Nödvändiga (3)</li><li>Inställningar (1)</li><li>Statistik (4)</li></ul>"
              "<div class=\"lp-cookie__btns\"><span role=\"button\" tabindex=\"0\" class=\"lp-btn lp-btn--yes\">Tillåt alla</span> <span role=\"button\" tabindex=\"0\" class=\"lp-btn\">Tillåt urval</span> <span role=\"button\" tabindex=\"0\" class=\"lp-btn\">Neka</span></div></div></div>")
    notice = ""
    if S.get("notice"):
        t, h = S["notice"]
        notice = f"<div class=\"lp-important\" role=\"alert\"><div class=\"lp-important__inner\"><span class=\"lp-important__label\">Viktigt:</span> {t} <a href=\"{h}\">Läs mer här</a></div></div>"
    nav = "".join(f"<div class=\"lp-nav__item\" role=\"none\"><a role=\"menuitem\" class=\"lp-nav__link\" href=\"{h}\">{E(t)}</a><div class=\"lp-nav__drop\" role=\"menu\" aria-hidden=\"true\">"
                  + "".join(f"<a role=\"menuitem\" href=\"{sh}\">{E(st)}</a>" for st, sh in subs) + "</div></div>" for t, h, subs in m)
    off = "".join(f"<li><a href=\"{h}\">{E(t)}</a><ul>{lis(subs)}</ul></li>" for t, h, subs in m)
    pop = "".join(f"<a class=\"lp-chip\" href=\"{h}\">{E(t)}</a> " for t, h in S.get("popular", []))
    langs = "".join(f"<a href=\"{translate_href(c, S['kommun'])}\" lang=\"{c}\" role=\"menuitem\">{E(n)}</a>" for n, c in LANGS)
    header = (f"<div class=\"lp-header\" role=\"banner\"><div class=\"lp-utility\"><a class=\"lp-utility__link\" href=\"{rs_href(S, P)}\">Lyssna</a> <a class=\"lp-utility__link\" href=\"/sv/om-webbplatsen/lattlast\">Lättläst</a>"
              f"<div class=\"lp-lang\"><span role=\"button\" aria-haspopup=\"true\" aria-expanded=\"false\" tabindex=\"0\">Språk / Languages</span><div class=\"lp-lang__menu\" role=\"menu\" aria-hidden=\"true\">{langs}</div></div></div>"
              f"<div class=\"lp-brand\"><a href=\"/sv/\"><img src=\"/images/logo-{slug(S['kommun'])}.png\" alt=\"{E(S['kommun'])} kommun – till startsidan\"></a>"
              "<span role=\"button\" tabindex=\"0\" class=\"lp-search-btn\" aria-controls=\"lp-search\">Sök</span> <span role=\"button\" tabindex=\"0\" class=\"lp-menu-btn\" aria-controls=\"lp-offcanvas\">Meny</span></div>"
              f"<div class=\"lp-nav\" role=\"navigation\" aria-label=\"Huvudnavigation\"><div role=\"menubar\">{nav}</div></div></div>"
              f"<div class=\"lp-offcanvas\" id=\"lp-offcanvas\" aria-hidden=\"true\" role=\"navigation\" aria-label=\"Mobilmeny\"><ul>{off}</ul></div>"
              f"<div class=\"lp-search\" id=\"lp-search\" aria-hidden=\"true\"><form role=\"search\" action=\"/sv/sok\" method=\"get\"><input name=\"q\" type=\"search\" aria-label=\"Sök\"><button>Sök</button></form><div class=\"lp-search__pop\">Populärt: {pop}</div></div>")
    crumbs = ""
    if P.get("crumbs"):
        crumbs = "<div class=\"lp-crumbs\" role=\"navigation\" aria-label=\"Du är här\">" + " › ".join(f"<a href=\"{h}\">{E(t)}</a>" for t, h in P["crumbs"]) + f" › <span>{E(P['h1'])}</span></div>"
    if P.get("front"):
        main = f"<div class=\"lp-main lp-main--start\" role=\"main\" id=\"lp-main\"><h1 class=\"lp-hidden\">{E(P['h1'])}</h1>{P['body']}</div>"
    else:
        rel = ""
        if P.get("related"):
            rel = "<div class=\"lp-related\" role=\"complementary\" aria-labelledby=\"lpr\"><div id=\"lpr\" class=\"lp-related__title\" role=\"heading\" aria-level=\"2\">Relaterade sidor</div>" + "".join(f"<a class=\"lp-related__link\" href=\"{h}\">{E(t)}</a>" for t, h in P["related"]) + "</div>"
        main = (f"<div class=\"lp-main\" role=\"main\" id=\"lp-main\">{crumbs}<div class=\"lp-pagetools\"><a href=\"{rs_href(S, P)}\">Lyssna</a> <a href=\"javascript:print()\">Skriv ut</a> <span class=\"lp-share\">Dela: {share_links(P)}</span></div>"
                f"<div class=\"lp-content\"><h1>{E(P['h1'])}</h1>{P['body']}</div>{rel}"
                f"<div class=\"lp-updated\">Senast uppdaterad {P.get('updated', '2025-01-20')}{(' av ' + E(P['editor'])) if P.get('editor') else ''}</div>"
                "<div class=\"lp-feedback\"><div role=\"heading\" aria-level=\"2\">Hittade du det du sökte?</div><form action=\"/sv/feedback\" method=\"post\"><button name=\"f\" value=\"ja\">Ja</button> <button name=\"f\" value=\"nej\">Nej</button></form></div></div>")
    cols = "".join(f"<div class=\"lp-footer__col\"><div class=\"lp-footer__title\" role=\"heading\" aria-level=\"2\">{E(h)}</div>{c}</div>" for h, c in S["footer_cols"])
    some = " ".join(f"<a href=\"{h}\">{t}</a>" for t, h in social(S))
    footer = f"<div class=\"lp-footer\" role=\"contentinfo\"><div class=\"lp-footer__cols\">{cols}</div><div class=\"lp-footer__some\">Följ oss: {some}</div></div>"
    sticky = ""
    if S.get("sticky"):
        t, h = S["sticky"]
        sticky = f"<div class=\"lp-sticky\"><a href=\"{h}\">{E(t)}</a></div>"
    body = f"{cookie}<a class=\"lp-skip\" href=\"#lp-main\">Till innehållet</a>{notice}{header}\n{main}\n{footer}{sticky}<script src=\"/js/lp.min.js\"></script>"
    return doc(S, P, body)


# ---------------------------------------------------------------- 6 bootstrap 5
def bootstrap(S, P):
    m = menu(S)
    cookie = ("<div class=\"modal fade show d-block\" id=\"cookieModal\" tabindex=\"-1\" role=\"dialog\" aria-labelledby=\"cookieModalLabel\" aria-modal=\"true\"><div class=\"modal-dialog modal-lg modal-dialog-centered\"><div class=\"modal-content\">"
              "<div class=\"modal-header\"><h2 class=\"modal-title fs-5\" id=\"cookieModalLabel\">Inställningar för kakor</h2></div>"
              f"<div class=\"modal-body\"><p>{COOKIE_TEXT}</p><div class=\"accordion\" id=\"cookieAcc\">"
              "<div class=\"accordion-item\"><h3 class=\"accordion-header\"><button class=\"accordion-button collapsed\" data-bs-toggle=\"collapse\" data-bs-target=\"#ck1\">Nödvändiga kakor (alltid aktiva)</button></h3><div id=\"ck1\" class=\"accordion-collapse collapse\"><div class=\"accordion-body\">Sessionskaka och sparade val.</div></div></div>"
              "<div class=\"accordion-item\"><h3 class=\"accordion-header\"><button class=\"accordion-button collapsed\" data-bs-toggle=\"collapse\" data-bs-target=\"#ck2\">Analytiska kakor</button></h3><div id=\"ck2\" class=\"accordion-collapse collapse\"><div class=\"accordion-body\">Besöksstatistik med Matomo.</div></div></div>"
              "<div class=\"accordion-item\"><h3 class=\"accordion-header\"><button class=\"accordion-button collapsed\" data-bs-toggle=\"collapse\" data-bs-target=\"#ck3\">Kakor från tredje part</button></h3><div id=\"ck3\" class=\"accordion-collapse collapse\"><div class=\"accordion-body\">Filmer från YouTube och kartor.</div></div></div></div>"
              "<p class=\"mt-3\"><a href=\"/om-webbplatsen/kakor/\">Mer om kakor</a> · <a href=\"/om-webbplatsen/tillganglighet/\">Tillgänglighet</a></p></div>"
              "<div class=\"modal-footer\"><button class=\"btn btn-outline-secondary\">Endast nödvändiga</button><button class=\"btn btn-primary\">Godkänn alla kakor</button></div></div></div></div>")
    notice = ""
    if S.get("notice"):
        t, h = S["notice"]
        notice = f"<div class=\"alert alert-warning rounded-0 mb-0 text-center\" role=\"alert\"><strong>Viktig information:</strong> {t} <a href=\"{h}\" class=\"alert-link\">Läs mer</a></div>"
    drops = "".join(f"<li class=\"nav-item dropdown\"><a class=\"nav-link dropdown-toggle\" href=\"{h}\" role=\"button\" data-bs-toggle=\"dropdown\" aria-expanded=\"false\">{E(t)}</a><ul class=\"dropdown-menu\">"
                    + "".join(f"<li><a class=\"dropdown-item\" href=\"{sh}\">{E(st)}</a></li>" for st, sh in subs) + f"<li><hr class=\"dropdown-divider\"></li><li><a class=\"dropdown-item\" href=\"{h}\">Allt om {E(t.lower())}</a></li></ul></li>" for t, h, subs in m)
    off = "".join(f"<div class=\"accordion-item\"><h2 class=\"accordion-header\"><a class=\"accordion-button collapsed\" href=\"{h}\">{E(t)}</a></h2><div class=\"accordion-collapse collapse\"><ul class=\"list-unstyled\">"
                  + "".join(f"<li><a href=\"{sh}\">{E(st)}</a></li>" for st, sh in subs) + "</ul></div></div>" for t, h, subs in m)
    langs = "".join(f"<li><a class=\"dropdown-item\" lang=\"{c}\" href=\"{translate_href(c, S['kommun'])}\">{E(n)}</a></li>" for n, c in LANGS)
    header = (f"<div class=\"bg-light border-bottom small py-1\"><div class=\"container d-flex gap-3 justify-content-end\"><a href=\"{rs_href(S, P)}\" class=\"link-dark\">Lyssna</a>"
              "<a href=\"/om-webbplatsen/lattlast/\" class=\"link-dark\">Lättläst</a>"
              f"<div class=\"dropdown\"><button class=\"btn btn-link btn-sm link-dark dropdown-toggle p-0\" data-bs-toggle=\"dropdown\">Languages</button><ul class=\"dropdown-menu dropdown-menu-end\">{langs}</ul></div>"
              f"<a href=\"{S['contact_path']}\" class=\"link-dark\">Kontakta oss</a></div></div>"
              f"<header class=\"navbar navbar-expand-lg navbar-light bg-white shadow-sm\"><div class=\"container\"><a class=\"navbar-brand\" href=\"/\"><img src=\"/assets/img/logo.svg\" alt=\"{E(S['kommun'])} kommun\" height=\"48\"></a>"
              "<button class=\"btn btn-outline-primary ms-auto me-2\" data-bs-toggle=\"modal\" data-bs-target=\"#searchModal\">Sök</button>"
              "<button class=\"navbar-toggler\" type=\"button\" data-bs-toggle=\"offcanvas\" data-bs-target=\"#offcanvasNav\" aria-controls=\"offcanvasNav\" aria-label=\"Öppna menyn\"><span class=\"navbar-toggler-icon\"></span></button>"
              f"<nav class=\"collapse navbar-collapse\" id=\"mainNav\" aria-label=\"Huvudmeny\"><ul class=\"navbar-nav me-auto\">{drops}</ul></nav></div></header>"
              f"<div class=\"offcanvas offcanvas-end\" tabindex=\"-1\" id=\"offcanvasNav\" aria-labelledby=\"offcanvasNavLabel\"><div class=\"offcanvas-header\"><h2 class=\"offcanvas-title\" id=\"offcanvasNavLabel\">Meny</h2><button type=\"button\" class=\"btn-close\" data-bs-dismiss=\"offcanvas\" aria-label=\"Stäng\"></button></div>"
              f"<div class=\"offcanvas-body\"><div class=\"accordion accordion-flush\">{off}</div></div></div>"
              "<div class=\"modal fade\" id=\"searchModal\" tabindex=\"-1\" aria-hidden=\"true\"><div class=\"modal-dialog\"><div class=\"modal-content\"><form class=\"modal-body\" action=\"/sok/\" method=\"get\" role=\"search\">"
              "<label class=\"form-label\" for=\"qq\">Sök på webbplatsen</label><input class=\"form-control form-control-lg\" id=\"qq\" name=\"q\" type=\"search\"><button class=\"btn btn-primary mt-2\">Sök</button>"
              "<p class=\"mt-3 mb-1 small text-muted\">Vanliga sökningar</p><p>" + " ".join(f"<a class=\"badge text-bg-light\" href=\"{h}\">{E(t)}</a>" for t, h in S.get("popular", [])) + "</p></form></div></div></div>")
    crumbs = ""
    if P.get("crumbs"):
        crumbs = "<nav aria-label=\"breadcrumb\"><ol class=\"breadcrumb\">" + "".join(f"<li class=\"breadcrumb-item\"><a href=\"{h}\">{E(t)}</a></li>" for t, h in P["crumbs"]) + f"<li class=\"breadcrumb-item active\" aria-current=\"page\">{E(P['h1'])}</li></ol></nav>"
    if P.get("front"):
        main = f"<main id=\"innehall\" class=\"container py-4\"><h1 class=\"visually-hidden\">{E(P['h1'])}</h1>{P['body']}</main>"
    else:
        rel = ""
        if P.get("related"):
            rel = "<div class=\"col-lg-4\"><div class=\"card\"><div class=\"card-header\"><h2 class=\"h5 mb-0\">Relaterade sidor</h2></div><div class=\"list-group list-group-flush\">" + "".join(f"<a class=\"list-group-item list-group-item-action\" href=\"{h}\">{E(t)}</a>" for t, h in P["related"]) + "</div></div></div>"
        ed = f"<br>Sidansvarig: {E(P['editor'])}" if P.get("editor") else ""
        main = (f"<main id=\"innehall\" class=\"container py-4\">{crumbs}<div class=\"row\"><div class=\"col-lg-8\"><div class=\"d-flex gap-2 mb-3 small\"><a href=\"{rs_href(S, P)}\" class=\"btn btn-sm btn-outline-secondary\">Lyssna</a>"
                f"<button class=\"btn btn-sm btn-outline-secondary\" onclick=\"window.print()\">Skriv ut</button><div class=\"dropdown\"><button class=\"btn btn-sm btn-outline-secondary dropdown-toggle\" data-bs-toggle=\"dropdown\">Dela</button><div class=\"dropdown-menu p-2\">{share_links(P, '<br>')}</div></div></div>"
                f"<h1 class=\"display-6\">{E(P['h1'])}</h1>{P['body']}<p class=\"text-muted small mt-4\">Senast uppdaterad {P.get('updated', '2025-01-20')}{ed}</p></div>{rel}</div>"
                "<div class=\"border rounded p-3 mt-4 bg-light\"><h2 class=\"h6\">Var informationen på sidan till hjälp?</h2><form action=\"/feedback/\" method=\"post\" class=\"d-flex gap-2\"><button class=\"btn btn-sm btn-success\" name=\"r\" value=\"1\">Ja</button><button class=\"btn btn-sm btn-danger\" name=\"r\" value=\"0\">Nej</button></form></div></main>")
    cols = "".join(f"<div class=\"col-6 col-md-3\"><h2 class=\"h6 text-uppercase\">{E(h)}</h2>{c}</div>" for h, c in S["footer_cols"])
    some = " ".join(f"<a class=\"link-light me-2\" href=\"{h}\">{t}</a>" for t, h in social(S))
    footer = f"<footer class=\"bg-dark text-light pt-5 pb-3 mt-5\"><div class=\"container\"><div class=\"row g-4\">{cols}</div><hr><div class=\"d-flex justify-content-between small\"><span>© {E(S['kommun'])} kommun</span><span>{some}</span></div></div></footer>"
    sticky = ""
    if S.get("sticky"):
        t, h = S["sticky"]
        sticky = f"<a href=\"{h}\" class=\"btn btn-primary rounded-pill shadow position-fixed bottom-0 end-0 m-4\">{E(t)}</a>"
    body = (f"{cookie}<a class=\"visually-hidden-focusable\" href=\"#innehall\">Till huvudinnehållet</a>{notice}{header}\n{main}\n{footer}{sticky}"
            "<script src=\"/assets/js/bootstrap.bundle.min.js\"></script>")
    return doc(S, P, body, "<link href=\"/assets/css/bootstrap.min.css\" rel=\"stylesheet\">\n")


# ---------------------------------------------------------------- 7 soup (no landmarks, Cookiebot)
def soup(S, P):
    m = menu(S)
    cookie = ("<div id=\"CybotCookiebotDialog\" name=\"CybotCookiebotDialog\" role=\"dialog\" aria-modal=\"true\" aria-labelledby=\"CybotCookiebotDialogBodyContentTitle\" tabindex=\"-1\" lang=\"sv\" class=\"CybotCookiebotDialogActive\">"
              "<div class=\"CybotCookiebotDialogContentWrapper\"><div id=\"CybotCookiebotDialogHeader\"><div id=\"CybotCookiebotDialogPoweredbyCybot\">Cookiebot</div></div>"
              "<div id=\"CybotCookiebotDialogNav\" role=\"tablist\"><a id=\"CybotCookiebotDialogNavDeclaration\" href=\"#\" role=\"tab\">Detaljer</a> <a id=\"CybotCookiebotDialogNavAbout\" href=\"#\" role=\"tab\">Om kakor</a></div>"
              f"<div id=\"CybotCookiebotDialogBody\"><h2 id=\"CybotCookiebotDialogBodyContentTitle\">Denna webbplats använder kakor</h2><div id=\"CybotCookiebotDialogBodyContentText\">{COOKIE_TEXT} "
              "Vi delar information om din användning av vår webbplats med våra partners inom analys, som kan kombinera den med annan information.</div>"
              "<div id=\"CybotCookiebotDialogBodyLevelWrapper\"><label><input type=\"checkbox\" checked disabled> Nödvändiga</label> <label><input type=\"checkbox\"> Inställningar</label> <label><input type=\"checkbox\"> Statistik</label> <label><input type=\"checkbox\"> Marknadsföring</label></div></div>"
              "<div id=\"CybotCookiebotDialogFooter\"><button id=\"CybotCookiebotDialogBodyButtonDecline\">Neka</button> <button id=\"CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection\">Tillåt urval</button> <button id=\"CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll\">Tillåt alla</button></div></div></div>")
    notice = ""
    if S.get("notice"):
        t, h = S["notice"]
        notice = f"<div class=\"w9 w9-alert\"><b>Viktig information</b> – {t} <a href=\"{h}\">Läs mer »</a></div>"
    nav = "".join(f"<div class=\"m1i\"><a class=\"m1a\" href=\"{h}\">{E(t)}</a><div class=\"m2\" style=\"display:none\">" + "".join(f"<a class=\"m2a\" href=\"{sh}\">{E(st)}</a>" for st, sh in subs) + "</div></div>" for t, h, subs in m)
    mob = "".join(f"<div class=\"mm-i\"><a href=\"{h}\">{E(t)}</a></div>" for t, h, _ in m)
    langs = " ".join(f"<a lang=\"{c}\" href=\"{translate_href(c, S['kommun'])}\">{E(n)}</a>" for n, c in LANGS[:5])
    top = (f"<div class=\"t0\"><div class=\"t0l\"><a href=\"{rs_href(S, P)}\" class=\"rs\">Lyssna</a> | <a href=\"/lattlast.html\">Lättläst</a> | <span class=\"lng\">Languages: {langs}</span></div></div>"
           f"<div class=\"h0\"><div class=\"h0l\"><a href=\"/\"><img src=\"/bilder/logga.png\" alt=\"{E(S['kommun'])} kommun\" width=\"220\"></a></div>"
           f"<div class=\"h0r\"><a class=\"k1\" href=\"{S['contact_path']}\">Kontakt</a> <div class=\"s1\"><form action=\"/sok.html\" method=\"get\"><input name=\"sokord\" type=\"text\" title=\"Sök på webbplatsen\" placeholder=\"Sök...\"><input type=\"submit\" value=\"Sök\"></form></div>"
           "<div class=\"mm-btn\" onclick=\"toggleMenu()\">&#9776; Meny</div></div></div>"
           f"<div class=\"m1\">{nav}</div><div class=\"mm\" id=\"mm\" style=\"display:none\">{mob}</div>")
    crumbs = ""
    if P.get("crumbs"):
        crumbs = "<div class=\"bc\">Du är här: " + " / ".join(f"<a href=\"{h}\">{E(t)}</a>" for t, h in P["crumbs"]) + f" / {E(P['h1'])}</div>"
    if P.get("front"):
        mid = f"<div class=\"c0 c0-start\"><div class=\"hh\">{E(P['h1'])}</div>{P['body']}</div>"
    else:
        rel = ""
        if P.get("related"):
            rel = "<div class=\"r0\"><div class=\"r0h\">Relaterade sidor</div>" + "".join(f"<div><a href=\"{h}\">{E(t)}</a></div>" for t, h in P["related"]) + "</div>"
        mid = (f"<div class=\"c0\">{crumbs}<div class=\"tl\"><a href=\"{rs_href(S, P)}\">Lyssna</a> <a href=\"javascript:window.print()\">Skriv ut</a> Dela: {share_links(P)}</div>"
               f"<div class=\"c1\"><h1>{E(P['h1'])}</h1>{P['body']}</div>{rel}<div class=\"upd\">Senast uppdaterad: {P.get('updated', '2025-01-20')}</div>"
               "<div class=\"fb0\"><div class=\"fb0h\">Var sidan till hjälp?</div><form action=\"/feedback.html\" method=\"post\"><input type=\"submit\" name=\"ja\" value=\"Ja\"> <input type=\"submit\" name=\"nej\" value=\"Nej\"></form></div></div>")
    cols = "".join(f"<div class=\"f1\"><div class=\"f1h\">{E(h)}</div>{c}</div>" for h, c in S["footer_cols"])
    some = " ".join(f"<a href=\"{h}\">{t}</a>" for t, h in social(S)[:3])
    foot = f"<div class=\"f0\">{cols}<div class=\"f2\">{some}</div></div>"
    body = f"{cookie}<a class=\"skp\" href=\"#c\">Hoppa till innehåll</a>{notice}<div class=\"w0\">{top}<div id=\"c\"></div>{mid}{foot}</div><script src=\"/js/site.js\"></script>"
    return doc(S, P, body)


# ---------------------------------------------------------------- 8 xhtml (2008-era XHTML, left column sub-navigation)
def xhtml(S, P):
    m = menu(S)
    cookie = (f"<div id=\"cookiebar\"><div id=\"cookiebar-inner\"><h2>Om kakor</h2><p>{E(S['kommun'])}s webbplats använder kakor. Genom att fortsätta godkänner du att vi använder kakor. "
              "<a href=\"/om-webbplatsen/kakor.html\">Vad är kakor?</a></p><p><input type=\"button\" id=\"cookiebar-ok\" value=\"OK, jag förstår\" /></p></div></div>")
    notice = ""
    if S.get("notice"):
        t, h = S["notice"]
        notice = f"<div id=\"viktigt\"><h2 class=\"viktigt-rubrik\">Viktig information</h2><p>{t} <a href=\"{h}\">Läs mer</a></p></div>"
    topnav = "".join(f"<li{aktiv(P, h)}><a href=\"{h}\">{E(t)}</a></li>" for t, h, _ in m)
    drop = "".join(f"<ul id=\"dd{i}\" class=\"dropdown\" style=\"display:none\">" + "".join(f"<li><a href=\"{sh}\">{E(st)}</a></li>" for st, sh in subs) + "</ul>" for i, (t, h, subs) in enumerate(m))
    langs = "".join(f"<option value=\"{c}\">{E(n)}</option>" for n, c in LANGS)
    header = (f"<div id=\"header\"><div id=\"verktyg\"><ul><li><a href=\"{rs_href(S, P)}\" onclick=\"readpage(this.href,'xp1');return false;\">Lyssna</a></li><li><a href=\"/om-webbplatsen/lattlast.html\">Lättläst</a></li>"
              f"<li><form action=\"https://translate.example/translate\" method=\"get\"><select name=\"tl\" title=\"Välj språk / Choose language\">{langs}</select><input type=\"submit\" value=\"Translate\" /></form></li></ul></div>"
              f"<div id=\"logo\"><a href=\"/\"><img src=\"/images/hagavik_logo.gif\" alt=\"{E(S['kommun'])} kommun\" width=\"240\" height=\"60\" /></a></div>"
              "<div id=\"sok\"><form action=\"/sok.html\" method=\"get\"><label for=\"sokfalt\">Sök:</label><input type=\"text\" id=\"sokfalt\" name=\"q\" /><input type=\"submit\" value=\"Sök\" class=\"knapp\" /></form></div>"
              f"<ul id=\"topnav\">{topnav}</ul><div id=\"dropdowns\">{drop}</div>"
              f"<div id=\"mobilmeny\" style=\"display:none\"><select onchange=\"location=this.value\" title=\"Meny\">" + "".join(f"<option value=\"{h}\">{E(t)}</option>" for t, h, _ in m) + "</select></div></div>")
    crumbs = ""
    if P.get("crumbs"):
        crumbs = "<p id=\"brodsmulor\">Du är här: " + " &gt; ".join(f"<a href=\"{h}\">{E(t)}</a>" for t, h in P["crumbs"]) + f" &gt; <strong>{E(P['h1'])}</strong></p>"
    left = ""
    if P.get("leftnav"):
        left = "<div id=\"vanster\"><ul class=\"undermeny\">" + "".join(f"<li><a href=\"{h}\">{E(t)}</a></li>" for t, h in P["leftnav"]) + "</ul></div>"
    right = ""
    if P.get("related"):
        right = "<div id=\"hoger\"><div class=\"puff\"><h2>Relaterade sidor</h2><ul>" + "".join(f"<li><a href=\"{h}\">{E(t)}</a></li>" for t, h in P["related"]) + "</ul></div></div>"
    if P.get("front"):
        content = f"<div id=\"innehall\" class=\"startsida\"><h1 class=\"dold\">{E(P['h1'])}</h1>{P['body']}</div>"
    else:
        content = (f"<div id=\"innehall\">{crumbs}<div id=\"sidverktyg\"><a href=\"{rs_href(S, P)}\">Lyssna</a> | <a href=\"javascript:window.print();\">Skriv ut</a> | Tipsa: {share_links(P, ' | ')}</div>"
                   f"<h1>{E(P['h1'])}</h1>{P['body']}<p class=\"uppdaterad\">Sidan uppdaterades {P.get('updated', '2025-01-20')}{('. Ansvarig för sidans innehåll: ' + E(P['editor'])) if P.get('editor') else ''}</p>"
                   "<div id=\"tyckto\"><h2>Var sidan till hjälp?</h2><form action=\"/tyck-till.html\" method=\"post\"><p><input type=\"radio\" name=\"s\" value=\"j\" id=\"tj\" /><label for=\"tj\">Ja</label> <input type=\"radio\" name=\"s\" value=\"n\" id=\"tn\" /><label for=\"tn\">Nej</label> <input type=\"submit\" value=\"Skicka\" /></p></form></div></div>")
    cols = "".join(f"<div class=\"fotkolumn\"><h2>{E(h)}</h2>{c}</div>" for h, c in S["footer_cols"])
    some = " | ".join(f"<a href=\"{h}\">{t}</a>" for t, h in social(S)[:2])
    footer = f"<div id=\"footer\">{cols}<div class=\"clear\"></div><p id=\"sociala\">{some}</p></div>"
    sticky = ""
    if S.get("sticky"):
        t, h = S["sticky"]
        sticky = f"<div id=\"kontakta-knapp\"><a href=\"{h}\"><img src=\"/images/ikon_kontakt.gif\" alt=\"\" width=\"16\" height=\"16\" /> {E(t)}</a></div>"
    body = (f"<div id=\"hoppa\"><a href=\"#innehall\">Hoppa till innehållet</a></div>{cookie}<div id=\"wrapper\">{notice}{header}<div id=\"kolumner\">{left}{content}{right}<div class=\"clear\"></div></div>{footer}</div>{sticky}"
            "<script type=\"text/javascript\" src=\"/js/jquery-1.4.2.min.js\"></script>")
    title = P["title"] if P.get("front") else f"{P['title']} - {S['kommun']} kommun"
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"sv\" lang=\"sv\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />\n"
            f"<title>{E(title)}</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"/css/screen.css\" media=\"screen\" />\n</head>\n<body>\n{body}\n</body>\n</html>\n")


# ---------------------------------------------------------------- 9 joomla
def joomla(S, P):
    m = menu(S)
    cookie = ("<div id=\"cookieConsent\" class=\"moduletable cookie-consent\" role=\"dialog\" aria-label=\"Samtycke till kakor\"><h3>Kakor</h3>"
              f"<p>{COOKIE_TEXT}</p><p><a href=\"/om-webbplatsen/kakor\">Läs mer</a> <button class=\"btn btn-success\">Acceptera</button> <button class=\"btn\">Avböj</button></p></div>")
    notice = ""
    if S.get("notice"):
        t, h = S["notice"]
        notice = f"<div class=\"moduletable viktigt\"><div class=\"custom viktigt\"><p><span class=\"label label-important\">Viktig information</span> {t} <a href=\"{h}\">Läs mer</a></p></div></div>"
    items = "".join(f"<li class=\"item-{110+i} deeper parent\"><a href=\"{h}\">{E(t)}</a><ul class=\"nav-child unstyled small\">"
                    + "".join(f"<li class=\"item-{200+10*i+j}\"><a href=\"{sh}\">{E(st)}</a></li>" for j, (st, sh) in enumerate(subs)) + "</ul></li>" for i, (t, h, subs) in enumerate(m))
    header = (f"<div class=\"topbar\"><div class=\"moduletable verktyg\"><ul class=\"nav menu\"><li><a href=\"{rs_href(S, P)}\">Lyssna</a></li><li><a href=\"/om-webbplatsen/lattlast\">Lättläst</a></li>"
              f"<li class=\"gtranslate\"><a href=\"{translate_href('en', S['kommun'])}\" lang=\"en\">English</a></li><li><a href=\"{translate_href('ar', S['kommun'])}\" lang=\"ar\">العربية</a></li></ul></div></div>"
              f"<header class=\"header\" role=\"banner\"><div class=\"header-inner clearfix\"><a class=\"brand pull-left\" href=\"/\"><img src=\"/images/logo.png\" alt=\"{E(S['kommun'])} kommun\"></a>"
              "<div class=\"header-search pull-right\"><div class=\"search\"><form action=\"/sok\" method=\"get\" class=\"form-inline\"><label for=\"mod-search-searchword\" class=\"element-invisible\">Sök</label><input name=\"searchword\" id=\"mod-search-searchword\" class=\"inputbox search-query\" type=\"search\" placeholder=\"Sök ...\"></form></div></div></div></header>"
              f"<nav class=\"navigation\" role=\"navigation\"><div class=\"navbar pull-left\"><a class=\"btn btn-navbar collapsed\" data-toggle=\"collapse\" data-target=\".nav-collapse\"><span class=\"element-invisible\">Växla navigering</span>Meny</a></div>"
              f"<div class=\"nav-collapse\"><ul class=\"nav menu nav-pills mod-list\">{items}</ul></div></nav>")
    crumbs = ""
    if P.get("crumbs"):
        crumbs = "<div class=\"moduletable\"><ul itemscope itemtype=\"https://schema.org/BreadcrumbList\" class=\"breadcrumb\"><li>Du är här: &#160;</li>" + "".join(f"<li><a href=\"{h}\" class=\"pathway\">{E(t)}</a><span class=\"divider\"> / </span></li>" for t, h in P["crumbs"]) + f"<li class=\"active\"><span>{E(P['h1'])}</span></li></ul></div>"
    rel = ""
    if P.get("related"):
        rel = "<div id=\"aside\" class=\"span3\"><div class=\"well\"><h3 class=\"page-header\">Relaterade sidor</h3><ul class=\"relateditems mod-list\">" + "".join(f"<li><a href=\"{h}\">{E(t)}</a></li>" for t, h in P["related"]) + "</ul></div></div>"
    if P.get("front"):
        content = f"<main id=\"content\" role=\"main\" class=\"span12\"><div class=\"blog-featured\"><h1 class=\"element-invisible\">{E(P['h1'])}</h1>{P['body']}</div></main>"
    else:
        content = (f"<main id=\"content\" role=\"main\" class=\"span9\">{crumbs}<div class=\"item-page\" itemscope itemtype=\"https://schema.org/Article\"><div class=\"icons\"><div class=\"btn-group pull-right\"><ul class=\"dropdown-menu\">"
                   f"<li class=\"print-icon\"><a href=\"{P['path']}?tmpl=component&amp;print=1\" rel=\"nofollow\">Skriv ut</a></li><li class=\"email-icon\"><a href=\"mailto:?subject={E(P['h1'])}\">E-post</a></li></ul></div></div>"
                   f"<div class=\"page-header\"><h1 itemprop=\"headline\">{E(P['h1'])}</h1></div><dl class=\"article-info muted\"><dd class=\"modified\">Senast uppdaterad: {P.get('updated', '2025-01-20')}</dd></dl>"
                   f"<div itemprop=\"articleBody\">{P['body']}</div></div></main>{rel}")
    cols = "".join(f"<div class=\"span3\"><div class=\"moduletable\"><h3>{E(h)}</h3><div class=\"custom\">{c}</div></div></div>" for h, c in S["footer_cols"])
    footer = f"<footer class=\"footer\" role=\"contentinfo\"><div class=\"container\"><div class=\"row-fluid\">{cols}</div><p class=\"pull-right\"><a href=\"#top\" id=\"back-top\">Till toppen</a></p></div></footer>"
    sticky = ""
    if S.get("sticky"):
        t, h = S["sticky"]
        sticky = f"<div class=\"moduletable sticky-kontakt\"><a class=\"btn btn-primary\" href=\"{h}\">{E(t)}</a></div>"
    body = (f"<a id=\"top\"></a>{cookie}<a href=\"#content\" class=\"element-invisible element-focusable\">Hoppa till innehåll</a>{notice}<div class=\"body\"><div class=\"container\">{header}"
            f"<div class=\"row-fluid\">{content}</div></div></div>{footer}{sticky}<script src=\"/media/jui/js/jquery.min.js\"></script>")
    return doc(S, P, body, "<meta name=\"generator\" content=\"Joomla! - Open Source Content Management\">\n", bodyattr=" class=\"site com_content view-article no-layout no-task\"")


# ---------------------------------------------------------------- 10 next.js (SSR, CSS-module class names, __NEXT_DATA__)
def nextjs(S, P):
    import json as _json
    m = menu(S)
    h = "_" + S["kod"][-2:]
    cookie = (f"<section class=\"CookieConsent_root{h}a\" aria-label=\"Samtycke till kakor\" role=\"dialog\"><div class=\"CookieConsent_inner{h}b\"><h2 class=\"CookieConsent_title{h}c\">Får vi använda kakor?</h2>"
              f"<p>{COOKIE_TEXT}</p><ul class=\"CookieConsent_list{h}d\"><li><strong>Nödvändiga</strong> – krävs för att webbplatsen ska fungera.</li><li><strong>Statistik</strong> – hjälper oss förstå hur sidorna används.</li></ul>"
              f"<a class=\"CookieConsent_link{h}e\" href=\"/om-webbplatsen/kakor\">Cookiepolicy</a><div class=\"CookieConsent_actions{h}f\"><button>Godkänn alla</button><button>Bara nödvändiga</button><button>Anpassa</button></div></div></section>")
    notice = ""
    if S.get("notice"):
        t, hr = S["notice"]
        notice = f"<div class=\"AlertBar_bar{h}1\" role=\"status\"><span class=\"AlertBar_tag{h}2\">Viktig information</span><span>{t}</span> <a href=\"{hr}\">Läs mer</a></div>"
    nav = "".join(f"<li class=\"MainNav_item{h}3\"><a class=\"MainNav_link{h}4\" href=\"{hr}\">{E(t)}</a><div class=\"MainNav_panel{h}5\" aria-hidden=\"true\"><ul>"
                  + "".join(f"<li><a href=\"{sh}\">{E(st)}</a></li>" for st, sh in subs) + "</ul></div></li>" for t, hr, subs in m)
    mob = "".join(f"<li><a href=\"{hr}\">{E(t)}</a></li>" for t, hr, _ in m)
    header = (f"<div class=\"TopBar_bar{h}6\"><a href=\"{rs_href(S, P)}\">Lyssna</a><a href=\"/om-webbplatsen/lattlast\">Lättläst</a>"
              f"<details class=\"Lang_details{h}7\"><summary>Languages</summary><ul>" + "".join(f"<li><a lang=\"{c}\" href=\"{translate_href(c, S['kommun'])}\">{E(n)}</a></li>" for n, c in LANGS) + "</ul></details></div>"
              f"<header class=\"Header_header{h}8\"><a class=\"Header_logo{h}9\" href=\"/\"><img alt=\"{E(S['kommun'])} kommun\" src=\"/_next/static/media/logo.3c1f.svg\" width=\"200\" height=\"56\"></a>"
              f"<a class=\"Header_contact{h}a\" href=\"{S['contact_path']}\">Kontakt</a><button class=\"Header_search{h}b\" aria-controls=\"search\">Sök</button><button class=\"Header_burger{h}c\" aria-controls=\"mobilemenu\" aria-expanded=\"false\">Meny</button>"
              f"<nav aria-label=\"Huvudmeny\" class=\"MainNav_nav{h}d\"><ul class=\"MainNav_list{h}e\">{nav}</ul></nav></header>"
              f"<div id=\"mobilemenu\" class=\"MobileMenu_root{h}f\" hidden><ul>{mob}</ul></div>"
              f"<div id=\"search\" class=\"SearchOverlay_root{h}g\" hidden><form action=\"/sok\" method=\"get\" role=\"search\"><input name=\"q\" type=\"search\" aria-label=\"Sök\"><button>Sök</button></form>"
              "<p>Populära sökningar:</p><ul>" + "".join(f"<li><a href=\"{hr}\">{E(t)}</a></li>" for t, hr in S.get("popular", [])) + "</ul></div>")
    crumbs = ""
    if P.get("crumbs"):
        crumbs = f"<nav aria-label=\"Brödsmulor\" class=\"Breadcrumbs_nav{h}h\"><ol>" + "".join(f"<li><a href=\"{hr}\">{E(t)}</a></li>" for t, hr in P["crumbs"]) + f"<li aria-current=\"page\">{E(P['h1'])}</li></ol></nav>"
    if P.get("front"):
        main = f"<main id=\"main\" class=\"Start_main{h}i\"><h1 class=\"sr-only\">{E(P['h1'])}</h1>{P['body']}</main>"
    else:
        rel = ""
        if P.get("related"):
            rel = f"<aside class=\"Related_aside{h}j\"><h2>Relaterade sidor</h2><ul>" + "".join(f"<li><a href=\"{hr}\">{E(t)}</a></li>" for t, hr in P["related"]) + "</ul></aside>"
        main = (f"<main id=\"main\" class=\"Page_main{h}k\">{crumbs}<div class=\"PageTools_tools{h}l\"><button>Lyssna</button><button>Skriv ut</button><span>Dela: {share_links(P)}</span></div>"
                f"<h1>{E(P['h1'])}</h1><div class=\"RichText_rt{h}m\">{P['body']}</div>{rel}<p class=\"Page_updated{h}n\">Senast uppdaterad {P.get('updated', '2025-01-20')}</p>"
                f"<section class=\"Feedback_root{h}o\"><h2>Var sidan till hjälp?</h2><button>Ja</button><button>Nej</button></section></main>")
    cols = "".join(f"<div class=\"Footer_col{h}p\"><h2>{E(hh)}</h2>{c}</div>" for hh, c in S["footer_cols"])
    some = "".join(f"<li><a href=\"{hr}\">{t}</a></li>" for t, hr in social(S))
    footer = f"<footer class=\"Footer_footer{h}q\"><div class=\"Footer_cols{h}r\">{cols}</div><ul class=\"Footer_social{h}s\">{some}</ul></footer>"
    data = {"props": {"pageProps": {"page": {"path": P["path"], "title": P["h1"]}, "settings": S.get("next_data", {})}}, "page": "/[[...slug]]", "buildId": "k3F9xQ2", "isFallback": False}
    body = (f"<div id=\"__next\">{cookie}<a class=\"SkipLink_skip{h}t\" href=\"#main\">Hoppa till innehållet</a>{notice}{header}\n{main}\n{footer}</div>"
            f"<script id=\"__NEXT_DATA__\" type=\"application/json\">{_json.dumps(data, ensure_ascii=False)}</script>"
            "<script src=\"/_next/static/chunks/main-4a1b.js\" defer></script>")
    return doc(S, P, body, "<link rel=\"preload\" href=\"/_next/static/css/8f2a.css\" as=\"style\">\n")


FAMILIES = {"sitevision": sitevision, "episerver": episerver, "municipio": municipio, "drupal": drupal, "aria": aria,
            "bootstrap": bootstrap, "soup": soup, "xhtml": xhtml, "joomla": joomla, "nextjs": nextjs}
