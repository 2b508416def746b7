"""Markup families of the sixth blind corpus: each wraps a page's main content in a whole page.

A typing aid for build_sites.py; the files under sites/ are the corpus.
"""
from __future__ import annotations

import html

PIX = "data:image/gif;base64,R0lGODlhAQABAAAAACw="


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def head(title: str, extra: str = "", html_attrs: str = "lang=\"sv\"") -> str:
    return (
        f"<!DOCTYPE html>\n<html {html_attrs}>\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{esc(title)}</title>\n"
        "<style>body{font-family:'Source Sans Pro',Arial,sans-serif;margin:0;color:#1b1b1b}a{color:#0b5c8a}"
        "[hidden]{display:none!important}.sr-only{position:absolute;left:-9999px}"
        "img{max-width:100%}table{border-collapse:collapse}td,th{padding:.25rem .5rem;text-align:left}</style>\n"
        f"{extra}</head>\n"
    )


def label_of(it: dict) -> str:
    return it.get("html") or esc(it["label"])


def topbar_items(s: dict) -> list[tuple[str, str]]:
    base = [("Lyssna", "/lyssna"), ("Lättläst", "/lattlast"), ("Teckenspråk", "/teckensprak"),
            ("Languages", "/languages")]
    return base + s.get("topbar_extra", [])


def topbar_html(s: dict, a_cls: str = "", sep: str = " ") -> str:
    out = []
    for t, h in topbar_items(s):
        txt = t if t.startswith("<") else esc(t)
        out.append(f"<a class=\"{a_cls}\" href=\"{h}\">{txt}</a>")
    return sep.join(out)


def search_form(s: dict, cls: str = "search") -> str:
    sp = s["search"]
    return (f"<form class=\"{cls}\" action=\"{sp['path']}\" method=\"get\" role=\"search\">"
            f"<label for=\"q-{s['code']}\" class=\"sr-only\">Sök på webbplatsen</label>"
            f"<input id=\"q-{s['code']}\" type=\"search\" name=\"{sp['param']}\" placeholder=\"Vad letar du efter?\">"
            "<button type=\"submit\">Sök</button></form>")


def cookie(cls: str = "cookie") -> str:
    return (f"<div class=\"{cls}\" id=\"cookie-consent\" role=\"dialog\" aria-label=\"Kakor\">"
            "<p>Vi använder kakor (cookies) för att förbättra webbplatsen. Nödvändiga kakor behövs för att "
            "sidorna ska fungera; statistikkakor sätts bara om du godkänner det.</p>"
            "<button type=\"button\" data-consent=\"all\">Godkänn alla</button> "
            "<button type=\"button\" data-consent=\"necessary\">Bara nödvändiga</button> "
            "<a href=\"/om-webbplatsen/kakor\">Om kakor</a></div>\n")


def footer_cols(s: dict, col: str = "col", h: str = "h2") -> str:
    extra = s.get("footer_extra", "")
    return (
        f"<div class=\"{col}\"><{h}>{esc(s['kommun'])} kommun</{h}>"
        f"<p>{s['address']}</p><p>Växel: {esc(s['vaxel'])}<br>E-post: {esc(s['email'])}</p>"
        f"<p>Organisationsnummer: {esc(s['orgnr'])}</p></div>\n"
        f"<div class=\"{col}\"><{h}>Genvägar</{h}><ul>"
        "<li><a href=\"/kommun-och-politik/\">Kommun och politik</a></li>"
        "<li><a href=\"/lediga-jobb/\">Lediga jobb</a></li>"
        "<li><a href=\"/press/\">Press och media</a></li>"
        "<li><a href=\"/synpunkter/\">Lämna synpunkter</a></li></ul></div>\n"
        f"<div class=\"{col}\"><{h}>Om webbplatsen</{h}><ul>"
        "<li><a href=\"/om-webbplatsen/tillganglighetsredogorelse\">Tillgänglighetsredogörelse</a></li>"
        "<li><a href=\"/om-webbplatsen/kakor\">Kakor</a></li>"
        "<li><a href=\"/om-webbplatsen/personuppgifter\">Så behandlar vi personuppgifter</a></li>"
        "<li><a href=\"/om-webbplatsen/\">Om webbplatsen</a></li></ul>"
        "<p class=\"social\"><a href=\"/facebook\">Facebook</a> <a href=\"/instagram\">Instagram</a> "
        "<a href=\"/linkedin\">LinkedIn</a></p></div>\n"
        f"{extra}"
    )


def script(s: dict, body: str = "") -> str:
    return ("<script>(function(){var c=document.getElementById('cookie-consent');if(c&&localStorage.getItem('consent'))"
            "c.remove();})();window.dataLayer=window.dataLayer||[];dataLayer.push({'site':'" + s["slug"] + "'});"
            + body + "</script>\n")


# ---------------------------------------------------------------- families
def angular(s, title, main, front):
    c = "_ngcontent-ng-c2817"
    items = []
    for i, it in enumerate(s["nav"]):
        subs = "".join(f"<li {c} class=\"submenu__item\"><a {c} class=\"submenu__link\" href=\"{h}\">{esc(t)}</a></li>"
                       for t, h in it.get("subs", []))
        items.append(
            f"<li {c} class=\"mainmenu__item ng-star-inserted\"><a {c} class=\"mainmenu__link\" routerlink=\"{it['href']}\" "
            f"href=\"{it['href']}\">{label_of(it)}</a><button {c} type=\"button\" class=\"mat-mdc-icon-button\" "
            f"aria-expanded=\"false\" aria-controls=\"sub-{i}\"><span class=\"sr-only\">Visa undermeny</span></button>"
            f"<div {c} id=\"sub-{i}\" class=\"submenu ng-star-inserted\" hidden><ul {c}>{subs}</ul></div></li>")
    return (head(title, "<link rel=\"stylesheet\" href=\"/styles.8c1e2f.css\">\n") + "<body class=\"mat-typography\">\n"
            "<app-root _nghost-ng-c2817 ng-version=\"17.3.4\" ng-server-context=\"ssr\">\n"
            f"<app-top-bar {c}><div {c} class=\"utility-bar mat-toolbar mat-toolbar-single-row\">"
            f"{topbar_html(s, 'utility-bar__link')}</div></app-top-bar>\n"
            f"<app-header {c}><header {c} class=\"site-header\"><a {c} class=\"site-header__logo\" href=\"/\">"
            f"<img {c} src=\"{PIX}\" alt=\"{esc(s['kommun'])} kommun – startsida\"></a>{search_form(s, 'site-search')}\n"
            f"<nav {c} class=\"mainmenu\" aria-label=\"Huvudmeny\"><ul {c} class=\"mainmenu__list\">{''.join(items)}</ul></nav>"
            "</header></app-header>\n"
            f"<main {c} id=\"innehall\" class=\"page-content\"><router-outlet {c}></router-outlet><app-page {c} class=\"ng-star-inserted\">\n{main}\n</app-page></main>\n"
            f"<app-footer {c}><footer {c} class=\"site-footer\"><div {c} class=\"site-footer__grid\">{footer_cols(s, 'site-footer__col')}</div></footer></app-footer>\n"
            f"<app-cookie-consent {c}>{cookie('cookie-consent mat-elevation-z4')}</app-cookie-consent>\n"
            "</app-root>\n"
            "<script id=\"ng-state\" type=\"application/json\">{\"__nghData__\":[{\"t\":{\"2\":\"t0\"}}],\"cms\":{\"site\":\""
            + s["slug"] + "\"}}</script>\n" + script(s) + "</body>\n</html>\n")


def contao(s, title, main, front):
    lis = []
    n = len(s["nav"])
    for i, it in enumerate(s["nav"]):
        pos = " first" if i == 0 else (" last" if i == n - 1 else "")
        subs = it.get("subs", [])
        sub = ""
        if subs:
            sub = "<ul class=\"level_2\">" + "".join(
                f"<li class=\"sibling\"><a href=\"{h}\" title=\"{esc(t)}\" class=\"sibling\">{esc(t)}</a></li>" for t, h in subs) + "</ul>"
        lis.append(f"<li class=\"submenu{pos}\"><a href=\"{it['href']}\" title=\"{esc(it['label'])}\" "
                   f"class=\"submenu{pos}\" aria-haspopup=\"true\">{label_of(it)}</a>{sub}</li>")
    return (head(title, "<link rel=\"stylesheet\" href=\"/assets/css/layout.min.css,responsive.min.css-4d2f1a0b.css\">\n")
            + "<body id=\"top\" class=\"mac chrome blink ch120\">\n<div id=\"wrapper\">\n"
            "<header id=\"header\"><div class=\"inside\">\n<!-- indexer::stop -->\n"
            "<div class=\"mod_customnav block\" id=\"servicelinks\"><ul class=\"level_1\">"
            + "".join(f"<li><a href=\"{h}\">{t if t.startswith('<') else esc(t)}</a></li>" for t, h in topbar_items(s))
            + "</ul></div>\n"
            f"<div class=\"ce_image logo block\"><figure class=\"image_container\"><a href=\"/\"><img src=\"{PIX}\" "
            f"alt=\"{esc(s['kommun'])} kommun\"></a></figure></div>\n"
            f"<div class=\"mod_search block\">{search_form(s, 'formbody')}</div>\n"
            f"<nav class=\"mod_navigation block\" id=\"mainnav\" itemscope itemtype=\"http://schema.org/SiteNavigationElement\">"
            f"<a href=\"#skipNavigation1\" class=\"invisible\">Hoppa över navigeringen</a><ul class=\"level_1\">{''.join(lis)}</ul>"
            "<span id=\"skipNavigation1\" class=\"invisible\"></span></nav>\n<!-- indexer::continue -->\n"
            "</div></header>\n"
            f"<div id=\"container\"><main id=\"main\"><div class=\"inside\">\n{main}\n</div></main></div>\n"
            f"<footer id=\"footer\"><div class=\"inside\"><div class=\"mod_article block\" id=\"article-3\">{footer_cols(s, 'ce_text block', 'h3')}</div></div></footer>\n"
            f"</div>\n{cookie('mod_cookiebar block')}"
            + script(s) + "</body>\n</html>\n")


def plone(s, title, main, front):
    lis = []
    for i, it in enumerate(s["nav"]):
        subs = it.get("subs", [])
        sub = ""
        if subs:
            sub = (f"<ul class=\"has_subtree dropdown\" id=\"subnav-{i}\">" + "".join(
                f"<li class=\"{'plone-nav-item'}\"><a href=\"{h}\" class=\"state-published\">{esc(t)}</a></li>" for t, h in subs) + "</ul>")
        lis.append(f"<li class=\"{it['href'].strip('/').replace('/', '-') or 'index_html'} has_subtree\"><a href=\"{it['href']}\" "
                   f"class=\"state-published\" aria-haspopup=\"true\">{label_of(it)}</a>{sub}</li>")
    return (head(title, "<link rel=\"stylesheet\" href=\"/++plone++static/plone-compiled.css\">\n")
            + "<body class=\"frontend icons-on portaltype-document site-" + s["slug"] + " template-document_view "
            "thumbs-on userrole-anonymous viewpermission-view\">\n"
            "<div class=\"outer-wrapper\">\n<div id=\"portal-top\">\n"
            "<div id=\"portal-personaltools-wrapper\"><ul id=\"portal-siteactions\">"
            + "".join(f"<li class=\"portalaction\"><a href=\"{h}\">{t if t.startswith('<') else esc(t)}</a></li>" for t, h in topbar_items(s))
            + "</ul></div>\n"
            f"<div id=\"portal-header\"><a id=\"portal-logo\" title=\"{esc(s['kommun'])} kommun\" href=\"/\">"
            f"<img src=\"{PIX}\" alt=\"{esc(s['kommun'])} kommun\"></a>"
            f"<div id=\"portal-searchbox\">{search_form(s, 'pat-livesearch')}</div></div>\n"
            f"<div id=\"mainnavigation-wrapper\"><div id=\"mainnavigation\"><nav class=\"plone-navbar pat-navigationmarker\" id=\"portal-globalnav-wrapper\">"
            f"<ul class=\"plone-nav plone-navbar-nav\" id=\"portal-globalnav\">{''.join(lis)}</ul></nav></div></div>\n"
            "</div>\n"
            "<div id=\"above-content-wrapper\"><div id=\"viewlet-above-content\"></div></div>\n"
            f"<div class=\"container\"><div class=\"row\"><div id=\"portal-column-content\" class=\"cell width-full position-0\">"
            f"<article id=\"content\">\n{main}\n</article>"
            "<div id=\"viewlet-below-content\"><div class=\"documentByLine\">Senast ändrad "
            f"{s.get('modified', '2026-10-14')}</div></div></div></div></div>\n"
            f"<div id=\"portal-footer-wrapper\"><div class=\"container\" id=\"portal-footer\"><div class=\"row\">"
            f"{footer_cols(s, 'col-xs-12 col-md-4 portletWrapper', 'h3')}</div></div></div>\n"
            f"</div>\n{cookie('plone-cookieconsent')}" + script(s) + "</body>\n</html>\n")


def hubspot(s, title, main, front):
    lis = []
    for it in s["nav"]:
        subs = it.get("subs", [])
        sub = ""
        if subs:
            sub = ("<ul role=\"menu\" class=\"hs-menu-children-wrapper\">" + "".join(
                f"<li class=\"hs-menu-item hs-menu-depth-2\" role=\"none\"><a href=\"{h}\" role=\"menuitem\">{esc(t)}</a></li>"
                for t, h in subs) + "</ul>")
        lis.append(f"<li class=\"hs-menu-item hs-menu-depth-1 hs-item-has-children\" role=\"none\"><a href=\"{it['href']}\" "
                   f"aria-haspopup=\"true\" aria-expanded=\"false\" role=\"menuitem\">{label_of(it)}</a>{sub}</li>")
    util = "".join(f"<li class=\"hs-menu-item hs-menu-depth-1\"><a href=\"{h}\">{t if t.startswith('<') else esc(t)}</a></li>"
                   for t, h in topbar_items(s))
    return (head(title, "<link rel=\"stylesheet\" href=\"/hs-fs/hub/998877/hub_generated/template_assets/main.min.css\">\n")
            + "<body>\n<div class=\"body-wrapper hs-content-id-8821 hs-site-page page\">\n"
            "<div data-global-resource-path=\"kommun-theme/templates/partials/header.html\">"
            "<header class=\"header\"><div class=\"header__top\"><div class=\"hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_menu\">"
            f"<div class=\"hs-menu-wrapper hs-menu-flow-horizontal\"><ul role=\"menu\">{util}</ul></div></div></div>\n"
            f"<div class=\"header__container\"><div class=\"header__logo\"><a href=\"/\"><img src=\"{PIX}\" alt=\"{esc(s['kommun'])} kommun\" "
            "class=\"hs-image-widget\"></a></div>"
            f"<div class=\"header__search\">{search_form(s, 'hs-search-field__bar')}</div>\n"
            "<div class=\"header__menu\"><span id=\"hs_cos_wrapper_navigation-primary\" class=\"hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_menu\">"
            f"<div class=\"hs-menu-wrapper active-branch flyouts hs-menu-flow-horizontal\" role=\"navigation\" aria-label=\"Huvudmeny\">"
            f"<ul role=\"menu\">{''.join(lis)}</ul></div></span></div></div></header></div>\n"
            f"<main id=\"main-content\" class=\"body-container-wrapper\"><div class=\"container-fluid body-container\">\n{main}\n</div></main>\n"
            "<div data-global-resource-path=\"kommun-theme/templates/partials/footer.html\"><footer class=\"footer\">"
            f"<div class=\"footer__container\">{footer_cols(s, 'footer__column hs_cos_wrapper', 'h3')}</div></footer></div>\n"
            f"</div>\n{cookie('hs-cookie-notification-position-bottom')}"
            + script(s, "var _hsq=window._hsq=window._hsq||[];_hsq.push(['setPath','/']);") + "</body>\n</html>\n")


def bulma(s, title, main, front):
    foot = footer_cols(s, 'column is-4 content', 'h2').replace('<h2>', '<p class="title is-5">').replace('</h2>', '</p>')
    items = []
    for it in s["nav"]:
        subs = "".join(f"<a class=\"navbar-item\" href=\"{h}\">{esc(t)}</a>" for t, h in it.get("subs", []))
        items.append(f"<div class=\"navbar-item has-dropdown is-hoverable\"><a class=\"navbar-link\" href=\"{it['href']}\">{label_of(it)}</a>"
                     f"<div class=\"navbar-dropdown\">{subs}</div></div>")
    return (head(title, "<link rel=\"stylesheet\" href=\"/css/bulma.min.css\">\n") + "<body class=\"has-navbar-fixed-top\">\n"
            "<div class=\"level is-mobile utility\"><div class=\"level-right\">"
            + "".join(f"<p class=\"level-item\"><a href=\"{h}\">{t if t.startswith('<') else esc(t)}</a></p>" for t, h in topbar_items(s))
            + "</div></div>\n"
            "<nav class=\"navbar is-white\" role=\"navigation\" aria-label=\"huvudmeny\">\n"
            f"<div class=\"navbar-brand\"><a class=\"navbar-item\" href=\"/\"><img src=\"{PIX}\" alt=\"{esc(s['kommun'])} kommun\" width=\"160\" height=\"40\"></a>"
            "<a role=\"button\" class=\"navbar-burger\" aria-label=\"meny\" aria-expanded=\"false\" data-target=\"navMenu\">"
            "<span aria-hidden=\"true\"></span><span aria-hidden=\"true\"></span><span aria-hidden=\"true\"></span></a></div>\n"
            f"<div id=\"navMenu\" class=\"navbar-menu\"><div class=\"navbar-start\">{''.join(items)}</div>"
            f"<div class=\"navbar-end\"><div class=\"navbar-item\">{search_form(s, 'field has-addons')}</div></div></div></nav>\n"
            f"<div class=\"page\">\n{main}\n</div>\n"
            "<footer class=\"footer\"><div class=\"container\"><div class=\"columns\">" + foot + "</div></div></footer>\n"
            f"{cookie('notification is-dark cookie')}" + script(s) + "</body>\n</html>\n")


def foundation(s, title, main, front):
    def menu(cls_top: str, cls_sub: str, attrs: str) -> str:
        out = []
        for it in s["nav"]:
            subs = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in it.get("subs", []))
            out.append(f"<li class=\"is-dropdown-submenu-parent\"><a href=\"{it['href']}\">{label_of(it)}</a>"
                       f"<ul class=\"{cls_sub}\">{subs}</ul></li>")
        return f"<ul class=\"{cls_top}\" {attrs}>{''.join(out)}</ul>"
    return (head(title, "<link rel=\"stylesheet\" href=\"/dist/assets/css/app.css\">\n") + "<body>\n"
            "<div class=\"off-canvas-wrapper\">\n"
            "<div class=\"off-canvas position-left\" id=\"offCanvas\" data-off-canvas aria-hidden=\"true\">"
            "<button class=\"close-button\" aria-label=\"Stäng meny\" type=\"button\" data-close>&times;</button>"
            + menu("vertical menu accordion-menu", "menu vertical nested", "data-accordion-menu") + "</div>\n"
            "<div class=\"off-canvas-content\" data-off-canvas-content>\n"
            "<div class=\"utility-links text-right\"><ul class=\"menu align-right\">"
            + "".join(f"<li><a href=\"{h}\">{t if t.startswith('<') else esc(t)}</a></li>" for t, h in topbar_items(s))
            + "</ul></div>\n"
            "<div class=\"title-bar hide-for-large\"><button class=\"menu-icon\" type=\"button\" data-open=\"offCanvas\"></button>"
            "<div class=\"title-bar-title\">Meny</div></div>\n"
            f"<div class=\"top-bar\" id=\"main-menu\"><div class=\"top-bar-left\"><ul class=\"menu\"><li class=\"menu-text\">"
            f"<a href=\"/\"><img src=\"{PIX}\" alt=\"{esc(s['kommun'])} kommun\"></a></li></ul></div>"
            f"<div class=\"top-bar-right\">{search_form(s, 'input-group')}</div></div>\n"
            "<div class=\"nav-bar show-for-large\">"
            + menu("dropdown menu", "menu vertical nested is-dropdown-submenu", "data-dropdown-menu") + "</div>\n"
            f"<div class=\"grid-container main-content\" role=\"main\">\n{main}\n</div>\n"
            f"<div class=\"site-footer\"><div class=\"grid-container\"><div class=\"grid-x grid-margin-x\">"
            f"{footer_cols(s, 'cell medium-4', 'h4')}</div></div></div>\n"
            f"</div></div>\n{cookie('callout secondary cookie-callout')}" + script(s) + "</body>\n</html>\n")


def svelte(s, title, main, front):
    k = "svelte-1m7qj2x"
    items = []
    for it in s["nav"]:
        subs = "".join(f"<li class=\"{k}\"><a href=\"{h}\" class=\"{k}\">{esc(t)}</a></li>" for t, h in it.get("subs", []))
        items.append(f"<li class=\"level-1 {k}\"><a href=\"{it['href']}\" class=\"{k}\">{label_of(it)}</a>"
                     f"<ul class=\"level-2 {k}\">{subs}</ul></li>")
    strip = s.get("header_strip", "")
    return (head(title, "<link href=\"/_app/immutable/assets/0.c3f1d2.css\" rel=\"stylesheet\">\n"
                 "<link href=\"/_app/immutable/entry/start.a81b2c.js\" rel=\"modulepreload\">\n")
            + "<body data-sveltekit-preload-data=\"hover\">\n<div style=\"display: contents\">\n"
            f"<div class=\"skip {k}\"><a href=\"#content\" class=\"{k}\">Hoppa till innehållet</a></div>\n"
            f"<header class=\"site-header {k}\"><div class=\"toolbar {k}\">{topbar_html(s, k)}</div>\n"
            f"{strip}"
            f"<div class=\"brand {k}\"><a href=\"/\" class=\"{k}\"><img src=\"{PIX}\" alt=\"{esc(s['kommun'])} kommun\" class=\"{k}\"></a>"
            f"{search_form(s, 'search ' + k)}"
            f"<button type=\"button\" class=\"menu-toggle {k}\" aria-controls=\"huvudmeny\" aria-expanded=\"false\" "
            "onclick=\"document.getElementById('huvudmeny').showModal()\">Meny</button></div></header>\n"
            f"<dialog id=\"huvudmeny\" class=\"drawer {k}\" aria-label=\"Huvudmeny\"><form method=\"dialog\"><button class=\"{k}\">Stäng</button></form>"
            f"<nav class=\"{k}\"><ul class=\"level-1-list {k}\">{''.join(items)}</ul></nav></dialog>\n"
            f"<main id=\"content\" class=\"{k}\">\n{main}\n</main>\n"
            f"<footer class=\"site-footer {k}\"><div class=\"cols {k}\">{footer_cols(s, 'col ' + k)}</div></footer>\n"
            f"{cookie('consent ' + k)}</div>\n"
            "<script type=\"module\" data-sveltekit-hydrate=\"1k3j9p\">import { start } from \"/_app/immutable/entry/start.a81b2c.js\";"
            "start({ target: document.querySelector('[data-sveltekit-hydrate=\"1k3j9p\"]').parentNode });</script>\n"
            + script(s) + "</body>\n</html>\n")


def amp(s, title, main, front):
    secs = []
    for it in s["nav"]:
        subs = "".join(f"<li><a href=\"{h}\" class=\"ampstart-nav-link\">{esc(t)}</a></li>" for t, h in it.get("subs", []))
        secs.append(f"<section><h3 class=\"ampstart-nav-item\">{label_of(it)}</h3><ul class=\"ampstart-dropdown-items list-reset\">"
                    f"<li><a href=\"{it['href']}\" class=\"ampstart-nav-link\">Allt om {esc(it['label'].lower())}</a></li>{subs}</ul></section>")
    return (head(title, "<script async src=\"https://cdn.ampproject.example/v0.js\"></script>\n"
                 "<script async custom-element=\"amp-sidebar\" src=\"https://cdn.ampproject.example/v0/amp-sidebar-0.1.js\"></script>\n"
                 "<script async custom-element=\"amp-accordion\" src=\"https://cdn.ampproject.example/v0/amp-accordion-0.1.js\"></script>\n"
                 "<style amp-boilerplate>body{visibility:visible}</style>\n", "\u26a1 lang=\"sv\"")
            + "<body>\n"
            f"<div class=\"ampstart-topbar\">{topbar_html(s, 'ampstart-topbar-link')}</div>\n"
            "<header class=\"ampstart-headerbar fixed flex justify-start items-center top-0 left-0 right-0 pl2 pr4\">"
            "<div role=\"button\" aria-label=\"Öppna menyn\" on=\"tap:sidebar.toggle\" tabindex=\"0\" class=\"ampstart-navbar-trigger pr2\">☰ Meny</div>"
            f"<a href=\"/\" class=\"my0 mx-auto\"><amp-img src=\"{PIX}\" width=\"160\" height=\"40\" layout=\"fixed\" alt=\"{esc(s['kommun'])} kommun\"></amp-img></a>"
            f"{search_form(s, 'ampstart-search')}</header>\n"
            "<amp-sidebar id=\"sidebar\" class=\"ampstart-sidebar px3\" layout=\"nodisplay\" side=\"left\">"
            "<div role=\"button\" aria-label=\"Stäng menyn\" on=\"tap:sidebar.toggle\" tabindex=\"0\" class=\"ampstart-navbar-trigger\">✕</div>"
            f"<nav class=\"ampstart-sidebar-nav ampstart-nav\"><amp-accordion layout=\"container\" disable-session-states>{''.join(secs)}</amp-accordion></nav>"
            "</amp-sidebar>\n"
            f"<main id=\"content\" role=\"main\" class=\"main\">\n{main}\n</main>\n"
            f"<footer class=\"ampstart-footer flex flex-column items-center px3\">{footer_cols(s, 'ampstart-footer-col', 'h4')}</footer>\n"
            f"{cookie('amp-consent-ui')}</body>\n</html>\n")


def enonic(s, title, main, front):
    lis = []
    for it in s["nav"]:
        subs = "".join(f"<li class=\"menu-item\"><a href=\"{h}\">{esc(t)}</a></li>" for t, h in it.get("subs", []))
        lis.append(f"<li class=\"menu-item has-children\"><a href=\"{it['href']}\">{label_of(it)}</a>"
                   f"<ul class=\"menu-level-2\">{subs}</ul></li>")
    return (head(title, "<link rel=\"stylesheet\" href=\"/_/asset/se.kommun.app:1731405920/css/main.css\">\n")
            + "<body>\n<div data-portal-component-type=\"page\" class=\"xp-page\">\n"
            "<div data-portal-region=\"header\" class=\"region-header\">\n"
            f"<div data-portal-component-type=\"part\" class=\"xp-part-toplinks\">{topbar_html(s, 'toplink', ' | ')}</div>\n"
            f"<div data-portal-component-type=\"part\" class=\"xp-part-logo\"><a href=\"/\"><img src=\"{PIX}\" alt=\"{esc(s['kommun'])} kommun\"></a></div>\n"
            f"<div data-portal-component-type=\"part\" class=\"xp-part-search\">{search_form(s, 'search-part')}</div>\n"
            f"<div data-portal-component-type=\"part\" class=\"xp-part-menu\"><ul class=\"menu-level-1\">{''.join(lis)}</ul></div>\n"
            "</div>\n"
            f"<div data-portal-region=\"main\" class=\"region-main\">\n{main}\n</div>\n"
            f"<div data-portal-region=\"footer\" class=\"region-footer\"><div data-portal-component-type=\"layout\" class=\"layout-3-col\">"
            f"{footer_cols(s, 'col', 'h3')}</div></div>\n"
            f"</div>\n{cookie('xp-part-cookies')}" + script(s) + "</body>\n</html>\n")


def concrete(s, title, main, front):
    lis = []
    for it in s["nav"]:
        subs = "".join(f"<li class=\"\"><a href=\"{h}\" target=\"_self\" class=\"\">{esc(t)}</a></li>" for t, h in it.get("subs", []))
        sel = " nav-path-selected" if it.get("selected") else ""
        lis.append(f"<li class=\"{sel.strip()}\"><a href=\"{it['href']}\" target=\"_self\" class=\"{sel.strip()}\">{label_of(it)}</a><ul>{subs}</ul></li>")
    return (head(title, "<link href=\"/application/files/cache/css/elemental/main.css\" rel=\"stylesheet\">\n")
            + "<body>\n<div class=\"ccm-page ccm-page-id-" + str(s.get("page_id", 1)) + " page-type-page page-template-full\">\n"
            "<header><div class=\"container\"><div class=\"row\">\n"
            f"<div class=\"col-sm-12 ccm-custom-style-container\"><div class=\"ccm-block-page-list-wrapper toplinks\">{topbar_html(s, '')}</div></div>\n"
            f"<div class=\"col-sm-4 col-xs-6\"><div class=\"ccm-custom-style-container ccm-custom-style-logo\"><a href=\"/\"><img src=\"{PIX}\" "
            f"alt=\"{esc(s['kommun'])} kommun\" class=\"ccm-image-block img-responsive bID-42\"></a></div></div>\n"
            f"<div class=\"col-sm-8 col-xs-6\"><nav class=\"ccm-responsive-navigation original\"><ul>{''.join(lis)}</ul></nav>"
            "<div class=\"ccm-responsive-menu-launch\"><i></i></div></div>\n"
            f"<div class=\"col-sm-3 col-xs-12\"><div class=\"ccm-block-search\">{search_form(s, 'ccm-search-block-form')}</div></div>\n"
            "</div></div></header>\n"
            f"<div class=\"ccm-area\" id=\"main\"><div class=\"container\">\n{main}\n</div></div>\n"
            f"<footer id=\"footer-theme\"><section><div class=\"container\"><div class=\"row\">{footer_cols(s, 'col-sm-4 ccm-block-content', 'h4')}</div></div></section></footer>\n"
            f"</div>\n{cookie('ccm-cookie-disclosure')}" + script(s) + "</body>\n</html>\n")


FAMILIES = {"angular": angular, "contao": contao, "plone": plone, "hubspot": hubspot, "bulma": bulma,
            "foundation": foundation, "svelte": svelte, "amp": amp, "enonic": enonic, "concrete": concrete}
