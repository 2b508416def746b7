"""Markup families of the eighth blind corpus (typing aid). Each family renders a whole page from
the site's data: head, cookie banner, top bar, header + search, primary menu, main, footer."""
from __future__ import annotations

from common import AO, ESERVICES, EVENTS, JOBS, OPERATIONS, QUICK, THEME, esc

FAMILY_CSS = {
    "dnn": "#dnnMenu .subLevel{display:none}#dnnMenu li:hover>.subLevel{display:block}.topBar{background:#1d3557;color:#fff}",
    "uikit": ".uk-navbar-dropdown{display:none;position:absolute}.uk-open>.uk-navbar-dropdown{display:block}",
    "mdc": ".mdc-drawer--modal{display:none;position:fixed;z-index:6}.mdc-drawer--open{display:flex}",
    "ghost": ".gh-dropdown-menu{display:none}.gh-dropdown:hover .gh-dropdown-menu{display:block}",
    "semantic-ui": ".ui.simple.dropdown .menu{display:none}.ui.simple.dropdown:hover .menu{display:block}",
    "silverstripe": "nav.primary ul.sub{display:none}nav.primary li:hover ul.sub{display:block}",
    "ember": ".main-nav__sub[hidden]{display:none}",
    "blazor": ".nav-sub.collapse{display:none}.sidebar{float:left;width:250px}",
    "minima": ".nav-dropdown{display:none}.nav-group:hover .nav-dropdown{display:block}",
    "polopoly": ".p_menuList{display:flex}",
    "grav": ".dropmenu ul ul{display:none}.dropmenu li:hover>ul{display:block}",
}


def head(site, page, extra=""):
    return (f"<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{esc(page['title'])}</title>\n"
            f"<link rel=\"canonical\" href=\"__ORIGIN__{page['path']}\">\n"
            f"<style>{FAMILY_CSS.get(site['fam'], '')}.visually-hidden{{position:absolute;left:-9999px}}</style>\n"
            f"{site.get('head_extra', '')}{page.get('head_extra', '')}{extra}</head>\n")


def cookie(site, cls="cookie-consent"):
    return (f"<div class=\"{cls}\" role=\"dialog\" aria-label=\"Kakor\"><p>{esc(site['gen'])} kommun använder kakor "
            f"(cookies) för att webbplatsen ska fungera och för att göra den bättre. Du väljer själv om du "
            f"godkänner statistikkakor.</p><button type=\"button\">Godkänn alla kakor</button> "
            f"<button type=\"button\">Bara nödvändiga</button> <a href=\"/kakor/\">Läs mer om kakor</a></div>\n")


def topbar_items(site):
    base = [("Lyssna", None), ("Lättläst", "/lattlast/"), ("Teckenspråk", "/teckensprak/"),
            ("Other languages", "/languages/")]
    return base + site.get("topbar_extra", [])


def tlink(t, h, btn):
    """A top-bar entry: a link, or a button-like element (btn = opening tag) when h is None."""
    if h is None:
        tag = btn.split()[0][1:].rstrip(">")
        return f"{btn}{esc(t)}</{tag}>"
    return f'<a href="{h}">{esc(t)}</a>'


def search_form(site, cls="search", extra=""):
    sp = site["search"]
    return (f"<form class=\"{cls}\" action=\"{sp['path']}\" method=\"get\" role=\"search\">"
            f"<label for=\"q-{cls.split()[0]}\">Sök på webbplatsen</label>"
            f"<input id=\"q-{cls.split()[0]}\" type=\"search\" name=\"{sp['param']}\" placeholder=\"Vad letar du efter?\">"
            f"<button type=\"submit\">Sök</button>{extra}</form>\n")


def footer_lines(site):
    f = site["footer"]
    return [f"{site['gen']} kommun", f["address"], f"Växel: {f['phone']}", f"E-post: {f['email']}",
            f"Organisationsnummer: {f['orgnr']}"]


FOOTER_LINKS = [("Tillgänglighetsredogörelse", "/tillganglighet/"), ("Om kakor", "/kakor/"),
                ("Behandling av personuppgifter", "/personuppgifter/"), ("Om webbplatsen", "/om-webbplatsen/"),
                ("Prenumerera på nyheter", "/prenumerera/")]
SOCIAL = [("Facebook", "https://facebook.example/"), ("Instagram", "https://instagram.example/"),
          ("LinkedIn", "https://linkedin.example/")]


AO_SLUG = {"Å": "aa", "Ä": "ae", "Ö": "oe"}


def ao_list(cls="ao"):
    return "".join(f"<li><a href=\"/a-o/{AO_SLUG.get(c, c.lower())}/\">{c}</a></li>" for c in AO)


def filler_sections(sec, li_cls=""):
    """sec(cls, heading, inner_html) -> html; the front page's usual filler sections."""
    es = "".join(f"<li{li_cls}><a href=\"{h}\">{esc(t)}</a></li>" for t, h in ESERVICES)
    ev = "".join(f"<li{li_cls}><a href=\"{h}\">{esc(t)}</a> <span class=\"date\">{esc(d)}</span></li>"
                 for t, d, h in EVENTS)
    jb = "".join(f"<li{li_cls}><a href=\"{h}\">{esc(t)}</a></li>" for t, h in JOBS)
    op = "".join(f"<li{li_cls}><strong>{esc(t)}</strong> {esc(x)}</li>" for t, x in OPERATIONS)
    quick = "".join(f"<li{li_cls}><a href=\"{h}\">{esc(t)}</a></li>" for t, h in QUICK)
    return (sec("theme", "Aktuellt i kommunen", "".join(f"<p>{p}</p>" for p in THEME))
            + sec("quick", "Hitta snabbt", f"<ul>{quick}</ul>")
            + sec("eservices", "Populära e-tjänster", f"<ul>{es}</ul><p><a href=\"/e-tjanster/\">Alla e-tjänster</a></p>")
            + sec("events", "Evenemang", f"<ul>{ev}</ul><p><a href=\"/evenemang/\">Fler evenemang</a></p>")
            + sec("driftinfo", "Driftinformation", f"<ul>{op}</ul>")
            + sec("jobs", "Lediga jobb", f"<p>Vill du arbeta med något som gör skillnad på riktigt? Vi söker "
                  f"medarbetare till skola, omsorg och samhällsbyggnad.</p><ul>{jb}</ul>"
                  f"<p><a href=\"/jobb/\">Se alla lediga jobb</a></p>")
            + sec("ao", "A–Ö", f"<ul class=\"ao-list\">{ao_list()}</ul>"))


def news_items(news, tag="h3"):
    return "".join(f"<li><a href=\"{h}\"><{tag}>{esc(t)}</{tag}></a><p>{esc(x)}</p><span class=\"date\">{d}</span></li>"
                   for t, h, x, d in news)


def footer_links():
    return "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in FOOTER_LINKS)


def social_links():
    return "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in SOCIAL)


SCRIPT = ("<script>document.querySelectorAll('[data-toggle]').forEach(function(b){b.addEventListener('click',"
          "function(){var t=document.getElementById(b.getAttribute('aria-controls'));if(t){t.hidden=!t.hidden;"
          "b.setAttribute('aria-expanded',String(!t.hidden));}});});</script>\n")


# ---------------------------------------------------------------- dnn (DotNetNuke skin)
def dnn(site, page):
    tb = "".join("<li class=\"dnnTopItem\">" + tlink(t, h, "<button type=\"button\" class=\"listen\">") + "</li>"
                 for t, h in topbar_items(site))
    nav = ""
    for i, m in enumerate(site["menu"]):
        subs = "".join(f"<li class=\"item\"><a href=\"{h}\"><span>{esc(t)}</span></a></li>" for t, h in m["subs"])
        sub = f"<div class=\"subLevel\" id=\"dnnSub{i}\"><ul>{subs}</ul></div>" if subs else ""
        cls = "item haschild" if subs else "item"
        nav += f"<li class=\"{cls}\"><a href=\"{m['href']}\"><span>{esc(m['label'])}</span></a>{sub}</li>"
    fl = "".join(f"<span class=\"SkinObject\">{esc(x)}</span><br>" for x in footer_lines(site))
    body = (f"<body id=\"Body\" class=\"dnnSkin\">\n{cookie(site, 'dnnCookie')}"
            f"<div id=\"dnn_pnlTopBar\" class=\"topBar\"><ul class=\"dnnTopBar\">{tb}</ul></div>\n"
            f"<div id=\"siteHeaderInner\" class=\"dnnHeader\"><div id=\"dnn_dnnLOGO_hypLogo\" class=\"logo\"><a href=\"/\">"
            f"<img src=\"/Portals/0/logo.svg\" alt=\"{esc(site['gen'])} kommun – till startsidan\"></a></div>"
            f"<div id=\"dnn_dnnSearch_ClassicSearch\">{search_form(site, 'SearchContainer')}</div>\n"
            f"<nav id=\"dnnMenu\" aria-label=\"Huvudmeny\"><ul class=\"topLevel\">{nav}</ul></nav></div>\n"
            f"<div id=\"dnn_ContentPane\" class=\"contentPane\">\n"
            f"<div class=\"DnnModule DnnModule-DNN_HTML\"><div id=\"dnn_ctr412_ContentPane\" class=\"Normal\">\n"
            f"{page['main']}\n</div></div></div>\n"
            f"<div id=\"dnn_FooterPane\" class=\"footerPane\"><div class=\"footerCol\">{fl}</div>"
            f"{site.get('footer_extra', '')}<ul class=\"footerLinks\">{footer_links()}</ul>"
            f"<ul class=\"social\">{social_links()}</ul><p class=\"copyright\">© {esc(site['gen'])} kommun</p></div>\n"
            f"{SCRIPT}</body>\n</html>\n")
    return head(site, page) + body


def dnn_front(site, hero, news):
    def sec(cls, h, inner):
        return f"<div class=\"DnnModule DnnModule-{cls}\"><h2 class=\"Head\">{esc(h)}</h2>{inner}</div>\n"
    return (f"<div class=\"heroPane\">{hero}</div>\n"
            + sec("News", "Aktuellt", f"<ul class=\"newsList\">{news_items(news)}</ul><p><a href=\"/nyheter/\">Alla nyheter</a></p>")
            + filler_sections(sec))


# ---------------------------------------------------------------- uikit
def uikit(site, page):
    tb = "".join("<li>" + tlink(t, h, "<a href=\"#\" uk-toggle class=\"listen\">") + "</li>"
                 for t, h in topbar_items(site))
    nav = ""
    for m in site["menu"]:
        subs = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in m["subs"])
        drop = f"<div class=\"uk-navbar-dropdown\"><ul class=\"uk-nav uk-navbar-dropdown-nav\">{subs}</ul></div>" if subs else ""
        nav += f"<li><a href=\"{m['href']}\">{esc(m['label'])}</a>{drop}</li>"
    fl = "".join(f"<li>{esc(x)}</li>" for x in footer_lines(site))
    body = (f"<body class=\"tm-page\">\n{cookie(site, 'uk-notification tm-cookie')}"
            f"<div class=\"tm-toolbar uk-visible@m\"><div class=\"uk-container uk-flex uk-flex-right\"><ul class=\"uk-subnav uk-subnav-divider\">{tb}</ul></div></div>\n"
            f"<div class=\"tm-header uk-visible@m\" uk-header><div class=\"uk-navbar-container\"><div class=\"uk-container\">"
            f"<div uk-navbar class=\"uk-navbar\"><div class=\"uk-navbar-left\"><a class=\"uk-navbar-item uk-logo\" href=\"/\">"
            f"<img alt=\"{esc(site['gen'])} kommun\" src=\"/templates/yootheme/logo.svg\"></a></div>"
            f"<div class=\"uk-navbar-right\"><div class=\"uk-navbar-item\">{search_form(site, 'uk-search uk-search-default')}</div></div></div>"
            f"<div class=\"uk-navbar\" uk-navbar=\"mode: click\"><ul class=\"uk-navbar-nav\">{nav}</ul></div></div></div></div>\n"
            f"<main id=\"tm-main\" class=\"tm-main uk-section uk-section-default\"><div class=\"uk-container\">\n{page['main']}\n</div></main>\n"
            f"<div class=\"tm-footer uk-section uk-section-secondary\"><div class=\"uk-container\"><div class=\"uk-grid\" uk-grid>"
            f"<div class=\"uk-width-1-3@m\"><h3 class=\"uk-h5\">Besök och post</h3><ul class=\"uk-list\">{fl}</ul></div>"
            f"<div class=\"uk-width-1-3@m\"><ul class=\"uk-list\">{footer_links()}</ul></div>"
            f"<div class=\"uk-width-1-3@m\">{site.get('footer_extra', '')}<ul class=\"uk-list\">{social_links()}</ul></div></div></div></div>\n"
            f"<script src=\"/templates/yootheme/vendor/uikit.min.js\"></script>\n</body>\n</html>\n")
    return head(site, page) + body


def uikit_front(site, hero, news):
    def sec(cls, h, inner):
        return f"<div class=\"uk-section uk-section-xsmall tm-{cls}\"><h2 class=\"uk-heading-line\"><span>{esc(h)}</span></h2>{inner}</div>\n"
    return (f"<div class=\"uk-section uk-section-primary tm-hero\">{hero}</div>\n"
            + sec("news", "Nyheter", f"<ul class=\"uk-list uk-list-divider\">{news_items(news)}</ul><a class=\"uk-button uk-button-text\" href=\"/nyheter/\">Fler nyheter</a>")
            + filler_sections(sec))


# ---------------------------------------------------------------- mdc (Material Components Web, modal drawer)
def mdc(site, page):
    tb = "".join(f"<a class=\"mdc-button mdc-button--dense\" href=\"{h}\"><span class=\"mdc-button__label\">{esc(t)}</span></a>" if h
                 else f"<button class=\"mdc-button mdc-button--dense\"><span class=\"mdc-button__label\">{esc(t)}</span></button>"
                 for t, h in topbar_items(site))
    nav = ""
    for i, m in enumerate(site["menu"]):
        if m["subs"]:
            subs = "".join(f"<a class=\"mdc-list-item mdc-list-item--nested\" href=\"{h}\"><span class=\"mdc-list-item__text\">{esc(t)}</span></a>" for t, h in m["subs"])
            nav += (f"<a class=\"mdc-list-item\" href=\"{m['href']}\"><span class=\"mdc-list-item__text\">{esc(m['label'])}</span></a>"
                    f"<button class=\"mdc-icon-button drawer-expand\" data-toggle aria-controls=\"grp{i}\" aria-expanded=\"false\" aria-label=\"Visa undersidor till {esc(m['label'])}\">expand_more</button>"
                    f"<div class=\"mdc-list-group\" id=\"grp{i}\" hidden>{subs}</div>")
        else:
            nav += f"<a class=\"mdc-list-item\" href=\"{m['href']}\"><span class=\"mdc-list-item__text\">{esc(m['label'])}</span></a>"
    fl = "".join(f"<p class=\"mdc-typography--body2\">{esc(x)}</p>" for x in footer_lines(site))
    body = (f"<body class=\"mdc-typography\">\n{cookie(site, 'mdc-banner')}"
            f"<div class=\"mdc-top-app-bar__row util-row\">{tb}</div>\n"
            f"<header class=\"mdc-top-app-bar\"><div class=\"mdc-top-app-bar__row\"><section class=\"mdc-top-app-bar__section mdc-top-app-bar__section--align-start\">"
            f"<button class=\"material-icons mdc-top-app-bar__navigation-icon mdc-icon-button\" data-toggle aria-controls=\"drawer\" aria-expanded=\"false\">menu</button>"
            f"<span class=\"mdc-top-app-bar__title\">Meny</span><a href=\"/start/\" class=\"brand\"><img src=\"/static/logo.svg\" alt=\"{esc(site['gen'])} kommun\"></a></section>"
            f"<section class=\"mdc-top-app-bar__section mdc-top-app-bar__section--align-end\" role=\"toolbar\">{search_form(site, 'mdc-text-field')}</section></div></header>\n"
            f"<aside class=\"mdc-drawer mdc-drawer--modal\" id=\"drawer\" inert><div class=\"mdc-drawer__header\"><h3 class=\"mdc-drawer__title\">Meny</h3></div>"
            f"<div class=\"mdc-drawer__content\"><nav class=\"mdc-list\" aria-label=\"Huvudmeny\">{nav}</nav></div></aside><div class=\"mdc-drawer-scrim\"></div>\n"
            f"<main class=\"mdc-top-app-bar--fixed-adjust\">\n{page['main']}\n</main>\n"
            f"<footer class=\"site-footer mdc-elevation--z2\"><div class=\"mdc-layout-grid\"><div class=\"mdc-layout-grid__inner\">"
            f"<div class=\"mdc-layout-grid__cell--span-4\">{fl}</div><div class=\"mdc-layout-grid__cell--span-4\">{site.get('footer_extra', '')}</div>"
            f"<div class=\"mdc-layout-grid__cell--span-4\"><ul class=\"mdc-list\">{footer_links()}{social_links()}</ul></div></div></div></footer>\n"
            f"{SCRIPT}</body>\n</html>\n")
    return head(site, page) + body


def mdc_front(site, hero, news):
    def sec(cls, h, inner):
        return f"<section class=\"mdc-layout-grid {cls}\"><h2 class=\"mdc-typography--headline5\">{esc(h)}</h2>{inner}</section>\n"
    return (f"<section class=\"hero mdc-card\">{hero}</section>\n"
            + sec("news", "Nyheter", f"<ul class=\"mdc-image-list\">{news_items(news, 'h3')}</ul><a href=\"/nyheter/\">Alla nyheter</a>")
            + filler_sections(sec))


# ---------------------------------------------------------------- ghost (Casper-like theme)
def ghost(site, page):
    tb = "".join("<li class=\"gh-secondary-item\">" + tlink(t, h, "<button class=\"gh-listen\">") + "</li>"
                 for t, h in topbar_items(site))
    nav = ""
    for m in site["menu"]:
        subs = "".join(f"<li class=\"nav-{t.lower().replace(' ', '-')}\"><a href=\"{h}\">{esc(t)}</a></li>" for t, h in m["subs"])
        nav += (f"<li class=\"nav-item gh-dropdown\"><a href=\"{m['href']}\">{esc(m['label'])}</a>"
                + (f"<ul class=\"gh-dropdown-menu\">{subs}</ul>" if subs else "") + "</li>")
    fl = "".join(f"<span>{esc(x)}</span> " for x in footer_lines(site))
    body = (f"<body class=\"{'home-template' if page.get('front') else 'post-template'} gh-font-body\">\n<div class=\"gh-viewport\">\n{cookie(site, 'gh-cookie')}"
            f"<div class=\"gh-secondary\"><ul>{tb}</ul></div>\n"
            f"<header id=\"gh-head\" class=\"gh-head outer\"><div class=\"gh-head-inner inner\"><div class=\"gh-head-brand\">"
            f"<a class=\"gh-head-logo\" href=\"/\"><img src=\"/content/images/logo.png\" alt=\"{esc(site['gen'])} kommun\"></a></div>"
            f"<nav class=\"gh-head-menu\"><ul class=\"nav\">{nav}</ul></nav>"
            f"<div class=\"gh-head-actions\">{search_form(site, 'gh-search')}{site.get('header_extra', '')}</div></div></header>\n"
            f"<main id=\"site-main\" class=\"site-main gh-main\">\n{page['main']}\n</main>\n"
            f"<footer class=\"gh-foot outer\"><div class=\"gh-foot-inner inner\"><section class=\"gh-copyright\">{fl}</section>"
            f"{site.get('footer_extra', '')}<nav class=\"gh-foot-menu\"><ul class=\"nav\">{footer_links()}</ul></nav>"
            f"<ul class=\"gh-social\">{social_links()}</ul></div></footer>\n</div>\n"
            f"<script src=\"/assets/built/casper.js?v=4f2e1a\"></script>\n</body>\n</html>\n")
    return head(site, page) + body


def ghost_front(site, hero, news):
    def sec(cls, h, inner):
        return f"<section class=\"gh-section gh-{cls}\"><h2 class=\"gh-section-title\">{esc(h)}</h2>{inner}</section>\n"
    cards = "".join(f"<article class=\"post-card post\"><a class=\"post-card-image-link\" href=\"{h}\">"
                    f"<img class=\"post-card-image\" src=\"/content/images/{i}.jpg\" alt=\"\"></a><div class=\"post-card-content\">"
                    f"<a class=\"post-card-content-link\" href=\"{h}\"><header class=\"post-card-header\"><h2 class=\"post-card-title\">{esc(t)}</h2></header>"
                    f"<div class=\"post-card-excerpt\">{esc(x)}</div></a><footer class=\"post-card-meta\"><time>{d}</time></footer></div></article>"
                    for i, (t, h, x, d) in enumerate(news))
    return (f"<div class=\"site-header-content outer\">{hero}</div>\n"
            f"<div class=\"inner posts\"><h2 class=\"gh-section-title\">Senaste nytt</h2><div class=\"post-feed\">{cards}</div>"
            f"<a class=\"gh-more\" href=\"/nyheter/\">Fler nyheter</a></div>\n" + filler_sections(sec))


# ---------------------------------------------------------------- semantic-ui
def as_items(lis):
    return lis.replace("<li>", "<div class=\"item\">").replace("</li>", "</div>")


def sui(site, page):
    tb = "".join(f"<a class=\"item\" href=\"{h}\">{esc(t)}</a>" if h else f"<div class=\"item listen\" tabindex=\"0\">{esc(t)}</div>"
                 for t, h in topbar_items(site))
    nav = ""
    for m in site["menu"]:
        subs = "".join(f"<a class=\"item\" href=\"{h}\">{esc(t)}</a>" for t, h in m["subs"])
        if subs:
            nav += (f"<div class=\"ui simple dropdown item\"><a class=\"text\" href=\"{m['href']}\">{esc(m['label'])}</a>"
                    f"<i class=\"dropdown icon\"></i><div class=\"menu\">{subs}</div></div>")
        else:
            nav += f"<a class=\"item\" href=\"{m['href']}\">{esc(m['label'])}</a>"
    fl = "".join(f"<div class=\"item\">{esc(x)}</div>" for x in footer_lines(site))
    body = (f"<body class=\"pushable\">\n{cookie(site, 'ui bottom fixed message cookie')}"
            f"<div class=\"ui mini secondary menu util\"><div class=\"right menu\">{tb}</div></div>\n"
            f"<div class=\"ui container masthead\"><div class=\"ui grid\"><div class=\"eight wide column\"><a href=\"/\" class=\"logo\">"
            f"<img class=\"ui image\" src=\"/assets/logo.svg\" alt=\"{esc(site['gen'])} kommun\"></a></div>"
            f"<div class=\"eight wide column\"><div class=\"ui category search\">{search_form(site, 'ui form')}</div></div></div>"
            f"<div class=\"ui large stackable menu primary-menu\">{nav}</div></div>\n"
            f"<div class=\"ui container pusher content-area\">\n{page['main']}\n</div>\n"
            f"<div class=\"ui inverted vertical segment site-foot\"><div class=\"ui container\"><div class=\"ui stackable inverted divided equal height grid\">"
            f"<div class=\"five wide column\"><h4 class=\"ui inverted header\">Så når du oss</h4><div class=\"ui inverted link list\">{fl}</div></div>"
            f"<div class=\"five wide column\"><div class=\"ui inverted link list\">{as_items(footer_links())}</div></div>"
            f"<div class=\"six wide column\">{site.get('footer_extra', '')}<div class=\"ui inverted link list\">{as_items(social_links())}</div></div>"
            f"</div></div></div>\n<script src=\"/assets/semantic.min.js\"></script>\n</body>\n</html>\n")
    return head(site, page) + body


def sui_front(site, hero, news):
    def sec(cls, h, inner):
        return f"<div class=\"ui basic segment {cls}\"><h2 class=\"ui dividing header\">{esc(h)}</h2>{inner}</div>\n"
    items = "".join(f"<div class=\"item\"><div class=\"content\"><a class=\"header\" href=\"{h}\">{esc(t)}</a>"
                    f"<div class=\"meta\">{d}</div><div class=\"description\">{esc(x)}</div></div></div>" for t, h, x, d in news)
    return (f"<div class=\"ui vertical masthead center aligned segment hero\">{hero}</div>\n"
            + sec("news", "Nyheter", f"<div class=\"ui divided items\">{items}</div><a href=\"/nyheter/\">Fler nyheter</a>")
            + filler_sections(sec))


# ---------------------------------------------------------------- silverstripe (simple theme)
def silverstripe(site, page):
    tb = "".join("<li>" + tlink(t, h, "<button class=\"readspeaker\">") + "</li>"
                 for t, h in topbar_items(site))
    nav = ""
    for m in site["menu"]:
        subs = "".join(f"<li class=\"link\"><a href=\"{h}\" title=\"Gå till sidan {esc(t)}\">{esc(t)}</a></li>" for t, h in m["subs"])
        nav += (f"<li class=\"{'section' if subs else 'link'}\"><a href=\"{m['href']}\">{esc(m['label'])}</a>"
                + (f"<ul class=\"sub\">{subs}</ul>" if subs else "") + "</li>")
    fl = "".join(f"<p>{esc(x)}</p>" for x in footer_lines(site))
    body = (f"<body class=\"{page.get('ss_class', 'Page')}\" dir=\"ltr\">\n{cookie(site, 'cookie-notice')}"
            f"<header class=\"header\" role=\"banner\"><div class=\"inner\"><ul class=\"utility\">{tb}</ul>"
            f"<div class=\"unit size4of4 lastUnit\"><a href=\"/\" class=\"brand\" rel=\"home\"><h1>{esc(site['gen'])} kommun</h1>"
            f"<p>Mitt i Skåne, nära till allt</p></a>{search_form(site, 'search-bar')}"
            f"<nav class=\"primary\"><span class=\"nav-open-button\">²</span><ul>{nav}</ul></nav></div></div></header>\n"
            f"<div class=\"main\" role=\"main\"><div class=\"inner typography line\">\n{page['main']}\n</div></div>\n"
            f"<footer class=\"footer\" role=\"contentinfo\"><div class=\"inner\"><div class=\"unit size4of4 lastUnit\">{fl}"
            f"{site.get('footer_extra', '')}<ul class=\"footer-links\">{footer_links()}{social_links()}</ul></div></div></footer>\n"
            f"<script src=\"/_resources/themes/simple/javascript/script.js\"></script>\n</body>\n</html>\n")
    return head(site, page) + body


def silverstripe_front(site, hero, news):
    def sec(cls, h, inner):
        return f"<div class=\"content-container unit size4of4 {cls}\"><h2>{esc(h)}</h2>{inner}</div>\n"
    return (f"<div class=\"hero-banner\">{hero}</div>\n"
            + sec("news", "Nyheter", f"<ul class=\"news-list\">{news_items(news)}</ul><p><a href=\"/nyheter/\">Visa alla nyheter</a></p>")
            + filler_sections(sec))


# ---------------------------------------------------------------- ember (FastBoot-rendered)
def ember(site, page):
    tb = "".join(f"<a id=\"ember{30 + i}\" class=\"ember-view util-link\" href=\"{h}\">{esc(t)}</a>" if h
                 else f"<button id=\"ember{30 + i}\" class=\"ember-view util-link\" type=\"button\" data-ember-action=\"\">{esc(t)}</button>"
                 for i, (t, h) in enumerate(topbar_items(site)))
    nav = ""
    for i, m in enumerate(site["menu"]):
        subs = "".join(f"<li><a class=\"ember-view\" href=\"{h}\">{esc(t)}</a></li>" for t, h in m["subs"])
        nav += (f"<li class=\"main-nav__item\"><a id=\"ember{60 + i}\" class=\"ember-view main-nav__link\" href=\"{m['href']}\">{esc(m['label'])}</a>"
                + (f"<button class=\"main-nav__toggle\" data-ember-action=\"\" aria-expanded=\"false\" aria-controls=\"sub{i}\">"
                   f"<span class=\"visually-hidden\">Undersidor</span></button><ul class=\"main-nav__sub\" id=\"sub{i}\" hidden>{subs}</ul>" if subs else "")
                + "</li>")
    fl = "".join(f"<li>{esc(x)}</li>" for x in footer_lines(site))
    body = (f"<body class=\"ember-application\">\n<script type=\"x/boundary\" id=\"fastboot-body-start\"></script>\n"
            f"<div id=\"ember4\" class=\"ember-view app-shell\">{cookie(site, 'cookie-consent ember-view')}"
            f"<div id=\"ember12\" class=\"ember-view util-bar\">{tb}</div>\n"
            f"<div id=\"ember14\" class=\"ember-view site-head\"><a id=\"ember15\" class=\"ember-view site-head__logo\" href=\"/\">"
            f"<img src=\"/assets/logo-5c1d.svg\" alt=\"{esc(site['gen'])} kommun\"></a>{search_form(site, 'site-head__search')}"
            f"<div id=\"ember20\" class=\"ember-view main-nav\"><ul class=\"main-nav__list\">{nav}</ul></div></div>\n"
            f"<div id=\"ember40\" class=\"ember-view page-outlet\">\n{page['main']}\n</div>\n"
            f"<div id=\"ember90\" class=\"ember-view site-foot\"><div class=\"site-foot__cols\"><div class=\"site-foot__col\">"
            f"<h2 class=\"site-foot__h\">{esc(site['gen'])} kommun</h2><ul>{fl}</ul></div>{site.get('footer_extra', '')}"
            f"<div class=\"site-foot__col\"><ul>{footer_links()}{social_links()}</ul></div></div></div>\n</div>\n"
            f"<script type=\"x/boundary\" id=\"fastboot-body-end\"></script>\n"
            f"<script src=\"/assets/vendor-9f1a2b.js\"></script><script src=\"/assets/{site['slug']}-3c4d5e.js\"></script>\n</body>\n</html>\n")
    return head(site, page, f"<meta name=\"{site['slug']}/config/environment\" content=\"%7B%22modulePrefix%22%3A%22{site['slug']}%22%2C%22environment%22%3A%22production%22%7D\">\n") + body


def ember_front(site, hero, news):
    def sec(cls, h, inner):
        return f"<div class=\"ember-view block block--{cls}\"><h2 class=\"block__title\">{esc(h)}</h2>{inner}</div>\n"
    return (f"<div class=\"ember-view block block--hero\">{hero}</div>\n"
            + sec("news", "Nyheter", f"<ul class=\"teaser-list\">{news_items(news)}</ul><a class=\"ember-view\" href=\"/nyheter/\">Alla nyheter</a>")
            + filler_sections(sec))


# ---------------------------------------------------------------- blazor (prerendered Blazor Web App)
def blazor(site, page):
    tb = "".join(f"<a b-k3x9q2 href=\"{h}\">{esc(t)}</a>" if h else f"<button b-k3x9q2 class=\"btn btn-link\">{esc(t)}</button>"
                 for t, h in topbar_items(site))
    nav = ""
    for m in site["menu"]:
        subs = "".join(f"<div b-7hf2k1 class=\"nav-item px-3 sub\"><a class=\"nav-link\" href=\"{h}\">{esc(t)}</a></div>" for t, h in m["subs"])
        nav += (f"<div b-7hf2k1 class=\"nav-item px-3\"><a class=\"nav-link\" href=\"{m['href']}\"><span class=\"bi bi-folder\" aria-hidden=\"true\"></span> {esc(m['label'])}</a>"
                + (f"<div b-7hf2k1 class=\"nav-sub collapse\">{subs}</div>" if subs else "") + "</div>")
    fl = "".join(f"<span b-pq81z0>{esc(x)}</span><br>" for x in footer_lines(site))
    body = (f"<body>\n<!--Blazor:{{\"type\":\"server\",\"prerenderId\":\"a41f0c\",\"key\":{{\"locationHash\":\"77D1\"}}}}-->\n"
            f"<div b-pq81z0 class=\"page\">{cookie(site, 'cookie-banner')}"
            f"<div b-pq81z0 class=\"top-row px-4 util\">{tb}</div>\n"
            f"<div b-pq81z0 class=\"brand-row\"><a b-pq81z0 class=\"navbar-brand\" href=\"/\"><img src=\"/img/logo.svg\" alt=\"{esc(site['gen'])} kommun\"></a>"
            f"{search_form(site, 'search-row', site.get('search_extra', ''))}</div>\n"
            f"<div b-pq81z0 class=\"sidebar\"><div b-7hf2k1 class=\"nav-scrollable\"><nav b-7hf2k1 class=\"flex-column\">{nav}</nav></div></div>\n"
            f"<main b-pq81z0><article b-pq81z0 class=\"content px-4\">\n{page['main']}\n</article></main>\n"
            f"<div b-pq81z0 class=\"bottom-row px-4\"><div class=\"foot-cols\"><div>{fl}</div>{site.get('footer_extra', '')}"
            f"<ul>{footer_links()}{social_links()}</ul></div></div></div>\n<!--Blazor:{{\"prerenderId\":\"a41f0c\"}}-->\n"
            f"<script src=\"_framework/blazor.web.js\"></script>\n</body>\n</html>\n")
    return head(site, page, "<base href=\"/\">\n<link rel=\"stylesheet\" href=\"/Grimsaker.Web.styles.css\">\n") + body


def blazor_front(site, hero, news):
    def sec(cls, h, inner):
        return f"<div b-e2r5t8 class=\"card mb-3 {cls}\"><div class=\"card-body\"><h2 class=\"card-title h5\">{esc(h)}</h2>{inner}</div></div>\n"
    return (f"<div b-e2r5t8 class=\"hero\">{hero}</div>\n"
            + sec("news", "Nyheter", f"<ul class=\"list-unstyled\">{news_items(news)}</ul><a href=\"/nyheter/\">Fler nyheter</a>")
            + filler_sections(sec))


# ---------------------------------------------------------------- minima (Jekyll)
def minima(site, page):
    tb = "".join(f"<a class=\"access-link\" href=\"{h}\">{esc(t)}</a>" if h else f"<button class=\"access-link\">{esc(t)}</button>"
                 for t, h in topbar_items(site))
    nav = ""
    for m in site["menu"]:
        subs = "".join(f"<a class=\"page-link sub-link\" href=\"{h}\">{esc(t)}</a>" for t, h in m["subs"])
        nav += (f"<div class=\"nav-group\"><a class=\"page-link\" href=\"{m['href']}\">{esc(m['label'])}</a>"
                + (f"<div class=\"nav-dropdown\">{subs}</div>" if subs else "") + "</div>")
    fl = "".join(f"<li>{esc(x)}</li>" for x in footer_lines(site))
    body = (f"<body>\n{cookie(site, 'cookie-bar')}<div class=\"access-bar\"><div class=\"wrapper\">{tb}</div></div>\n"
            f"<header class=\"site-header\"><div class=\"wrapper\"><a class=\"site-title\" rel=\"author\" href=\"/\">{esc(site['gen'])} kommun</a>"
            f"{search_form(site, 'site-search')}{site.get('header_extra', '')}"
            f"<nav class=\"site-nav\"><input type=\"checkbox\" id=\"nav-trigger\" class=\"nav-trigger\"><label for=\"nav-trigger\"><span class=\"menu-icon\"></span></label>"
            f"<div class=\"trigger\">{nav}</div></nav></div></header>\n"
            f"<main class=\"page-content\" aria-label=\"Innehåll\"><div class=\"wrapper\">\n{page['main']}\n</div></main>\n"
            f"<footer class=\"site-footer h-card\"><data class=\"u-url\" href=\"/\"></data><div class=\"wrapper\"><div class=\"footer-col-wrapper\">"
            f"<div class=\"footer-col\"><ul class=\"contact-list\">{fl}</ul></div><div class=\"footer-col\">{site.get('footer_extra', '')}<ul>{footer_links()}</ul></div>"
            f"<div class=\"footer-col\"><ul class=\"social-media-list\">{social_links()}</ul></div></div></div></footer>\n</body>\n</html>\n")
    return head(site, page, "<meta name=\"generator\" content=\"Jekyll v4.3.3\">\n") + body


def minima_front(site, hero, news):
    def sec(cls, h, inner):
        return f"<section class=\"home-{cls}\"><h2 class=\"post-list-heading\">{esc(h)}</h2>{inner}</section>\n"
    items = "".join(f"<li><span class=\"post-meta\">{d}</span><h3><a class=\"post-link\" href=\"{h}\">{esc(t)}</a></h3><p>{esc(x)}</p></li>"
                    for t, h, x, d in news)
    return (f"<div class=\"home\"><section class=\"home-hero\">{hero}</section>\n"
            + sec("news", "Nyheter", f"<ul class=\"post-list\">{items}</ul><p class=\"rss-subscribe\"><a href=\"/nyheter/\">Alla nyheter</a></p>")
            + filler_sections(sec) + "</div>")


# ---------------------------------------------------------------- polopoly (2010s portal, table-free divs, Latin names)
def polopoly(site, page):
    tb = "".join(f"<li class=\"p_toolItem\"><a href=\"{h}\">{esc(t)}</a></li>" if h else f"<li class=\"p_toolItem\"><span role=\"button\" tabindex=\"0\">{esc(t)}</span></li>"
                 for t, h in topbar_items(site))
    nav = ""
    for m in site["menu"]:
        subs = "".join(f"<li class=\"p_menuItem p_level2\"><a href=\"{h}\">{esc(t)}</a></li>" for t, h in m["subs"])
        nav += (f"<li class=\"p_menuItem p_level1\"><a href=\"{m['href']}\">{esc(m['label'])}</a>"
                + (f"<ul class=\"p_subMenu\" style=\"display:none\">{subs}</ul>" if subs else "") + "</li>")
    fl = "".join(f"<div class=\"p_footRow\">{esc(x)}</div>" for x in footer_lines(site))
    body = (f"<body class=\"p_body\" data-section=\"{page.get('section', 'start')}\">\n{cookie(site, 'p_cookieInfo')}"
            f"<div class=\"p_pageLayout\"><div class=\"p_toolBar\"><ul>{tb}</ul></div>\n"
            f"<div class=\"p_top\"><div class=\"p_logo\"><a href=\"/\"><img src=\"/polopoly_fs/1.100!/logo.gif\" alt=\"{esc(site['gen'])} kommun\"></a></div>"
            f"{search_form(site, 'p_search')}</div>\n<div class=\"p_menu\"><ul class=\"p_menuList\">{nav}</ul></div>\n"
            f"<div class=\"p_content\"><div class=\"p_col p_colMain\">\n{page['main']}\n</div></div>\n"
            f"<div class=\"p_foot\">{fl}{site.get('footer_extra', '')}<ul class=\"p_footLinks\">{footer_links()}{social_links()}</ul></div></div>\n"
            f"{site.get('body_end', '')}</body>\n</html>\n")
    return head(site, page) + body


def polopoly_front(site, hero, news):
    def sec(cls, h, inner):
        return f"<div class=\"p_box p_box-{cls}\"><h2 class=\"p_boxHead\">{esc(h)}</h2><div class=\"p_boxBody\">{inner}</div></div>\n"
    return (f"<div class=\"p_box p_box-hero\">{hero}</div>\n"
            + sec("news", "Nyheter", f"<ul class=\"p_newsList\">{news_items(news, 'h3')}</ul><a href=\"/nyheter/\">Nyhetsarkiv</a>")
            + filler_sections(sec))


# ---------------------------------------------------------------- grav (Quark theme)
def grav(site, page):
    tb = "".join(f"<a href=\"{h}\">{esc(t)}</a>" if h else f"<button class=\"btn btn-link\">{esc(t)}</button>"
                 for t, h in topbar_items(site))
    nav = ""
    for m in site["menu"]:
        subs = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in m["subs"])
        nav += (f"<li class=\"has-children\"><a href=\"{m['href']}\">{esc(m['label'])}</a>"
                + (f"<ul>{subs}</ul>" if subs else "") + "</li>")
    fl = "".join(f"<p>{esc(x)}</p>" for x in footer_lines(site))
    body = (f"<body id=\"top\" class=\"header-fixed header-animated sticky-footer\">\n{cookie(site, 'toast cookie')}"
            f"<div class=\"toolbar\">{tb}</div><section id=\"header\" class=\"section\"><section class=\"container grid-lg\">"
            f"<nav class=\"navbar\"><section class=\"navbar-section logo\"><a href=\"/\" class=\"navbar-brand mr-10\">{esc(site['gen'])} kommun</a></section>"
            f"<section class=\"navbar-section desktop-menu\"><nav class=\"dropmenu animated\"><ul class=\"navigation\">{nav}</ul></nav></section></nav>"
            f"{search_form(site, 'search-input')}</section></section>\n"
            f"<section id=\"start\"><section id=\"body-wrapper\" class=\"section\"><section class=\"container grid-lg\">\n{page['main']}\n</section></section></section>\n"
            f"<section id=\"footer\" class=\"section bg-gray\"><section class=\"container grid-lg\">{fl}<ul>{footer_links()}</ul></section></section>\n</body>\n</html>\n")
    return head(site, page) + body


def grav_front(site, hero, news):
    def sec(cls, h, inner):
        return f"<div class=\"modular-row {cls}\"><h2>{esc(h)}</h2>{inner}</div>\n"
    return (f"<div class=\"modular-row hero\">{hero}</div>\n"
            + sec("news", "Nyheter", f"<ul>{news_items(news)}</ul><a href=\"/nyheter/\">Alla nyheter</a>") + filler_sections(sec))


FAMILIES = {
    "dnn": (dnn, dnn_front), "uikit": (uikit, uikit_front), "mdc": (mdc, mdc_front), "ghost": (ghost, ghost_front),
    "semantic-ui": (sui, sui_front), "silverstripe": (silverstripe, silverstripe_front), "ember": (ember, ember_front),
    "blazor": (blazor, blazor_front), "minima": (minima, minima_front), "polopoly": (polopoly, polopoly_front),
    "grav": (grav, grav_front),
}
