"""Ten markup families for the blind22 corpus (a typing aid for build_sites.py).

Every family renders the same site model (see build_sites.py) with the same visible text, the
same links and the same visual order; only the markup differs. A page model is a dict with
``path``, ``title``, ``h1``, ``body`` (an HTML fragment), ``crumbs`` and ``front`` (bool).
"""
from __future__ import annotations

import hashlib
import html
import json
import re

esc = html.escape


def gen_cls(salt: str, name: str) -> str:
    """A meaningless generated class name (the same for the same name on one site)."""
    return "c" + hashlib.md5(f"{salt}:{name}".encode()).hexdigest()[:5]


# --------------------------------------------------------------------------- shared bits

def jsonld(s: dict) -> str:
    data = {"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": f"{s['name']} kommun",
            "url": "__ORIGIN__/", "telephone": s["vaxel"],
            "address": {"@type": "PostalAddress", "postalCode": s["postnr"], "addressLocality": s["name"]}}
    return f"<script type=\"application/ld+json\">{json.dumps(data, ensure_ascii=False)}</script>"


COOKIE_JS = ("<script>document.addEventListener('click',function(e){var t=e.target;"
             "if(t&&t.getAttribute&&t.getAttribute('data-cookie-ok')!==null){var b=document.getElementById('cookie');"
             "if(b){b.style.display='none';}}});</script>")

TOGGLE_JS = ("<script>document.addEventListener('click',function(e){var t=e.target;"
             "if(t&&t.getAttribute&&t.getAttribute('data-toggle-id')){var d=document.getElementById("
             "t.getAttribute('data-toggle-id'));if(d){var open=d.hasAttribute('hidden');"
             "if(open){d.removeAttribute('hidden');}else{d.setAttribute('hidden','');}"
             "t.setAttribute('aria-expanded',open?'true':'false');}}});</script>")


def head(s: dict, page: dict, css: str, extra: str = "", charset: str = "utf-8") -> str:
    meta = (f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">" if charset != "utf-8"
            else "<meta charset=\"utf-8\">")
    ld = jsonld(s) if page["front"] else ""
    return (f"<head>{meta}<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{esc(page['title'])}</title>"
            f"<meta name=\"description\" content=\"{esc(s['name'])} kommuns webbplats\">"
            f"<link rel=\"canonical\" href=\"__ORIGIN__{page['path']}\">{extra}<style>{css}</style>{ld}</head>")


def crumbs_html(page: dict, sep: str = " / ") -> str:
    if page["front"] or not page["crumbs"]:
        return ""
    parts = [f"<a href=\"{h}\">{esc(t)}</a>" for t, h in page["crumbs"]] + [esc(page["h1"])]
    return "Du är här: " + sep.join(parts)


def front_sections(s: dict, wrap_section, wrap_list, card) -> str:
    """Front page main content in visual order; the family supplies three small wrappers."""
    f = s["front"]
    out = []
    shortcuts = "".join(card(t, h) for t, h in f["shortcuts"])
    out.append(wrap_section("hero", f"<h1>{esc(f['hero_h'])}</h1><p>{f['hero_p']}</p>"
                            + wrap_list("shortcuts", shortcuts)))
    news = "".join(f"<li><a href=\"{h}\">{esc(t)}</a><br>{esc(d)} – {esc(x)}</li>" for d, t, h, x in f["news"])
    out.append(wrap_section("news", "<h2>Aktuellt</h2>" + wrap_list("newslist", news)
                            + f"<p><a href=\"{s.get('news_path', '/nyheter/')}\">Fler nyheter</a></p>"))
    es = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in f["eservices"])
    out.append(wrap_section("eservices", "<h2>Populära e-tjänster</h2>" + wrap_list("eslist", es)))
    ev = "".join(f"<li>{esc(d)}: {esc(t)}</li>" for d, t in f["events"])
    out.append(wrap_section("events", "<h2>Evenemang</h2>" + wrap_list("evlist", ev)))
    dr = "".join(f"<p><strong>{esc(t)}</strong> {esc(x)}</p>" for t, x in f["drift"])
    out.append(wrap_section("drift", "<h2>Driftinformation</h2>" + dr))
    return "".join(out)


def cookie_text() -> str:
    return ("Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. "
            "<a href=\"/om-kakor/\">Läs mer om kakor</a>")


def footer_cols(s: dict, col, wrap) -> str:
    return wrap("".join(col(h, lines) for h, lines in s["footer"]))


# --------------------------------------------------------------------------- 1 semantic

BASE_CSS = ("body{font-family:Arial,sans-serif;margin:0;color:#222}a{color:#05527a}"
            ".skip{position:absolute;left:-9999px}.skip:focus{left:0}")


def _ul(items: str, cls: str = "") -> str:
    return f"<ul class=\"{cls}\">{items}</ul>" if cls else f"<ul>{items}</ul>"


def semantic(s: dict, page: dict) -> str:
    css = BASE_CSS + (".topbar ul,.primary>ul{display:flex;gap:1em;list-style:none}"
                      ".primary li{position:relative}.primary li ul{display:none;position:absolute}"
                      ".primary li:hover ul{display:block}")
    top = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in s["topbar"])
    menu = "".join(
        f"<li><a href=\"{it['href']}\">{esc(it['label'])}</a>"
        + (_ul("".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in it["subs"])) if it["subs"] else "")
        + "</li>" for it in s["menu"])
    header = (f"<header><div class=\"topbar\"><ul>{top}</ul></div>"
              f"<a class=\"logo\" href=\"/\"><img src=\"/logo.svg\" alt=\"{esc(s['name'])} kommun\"></a>"
              f"{search_form(s)}<button type=\"button\" class=\"menu-btn\">Meny</button></header>"
              f"<nav class=\"primary\" aria-label=\"Huvudmeny\"><ul>{menu}</ul></nav>")
    if page["front"]:
        main = front_sections(s, lambda c, x: f"<section class=\"{c}\">{x}</section>",
                              lambda c, x: f"<ul class=\"{c}\">{x}</ul>",
                              lambda t, h: f"<li><a href=\"{h}\">{esc(t)}</a></li>")
    else:
        main = (f"<nav class=\"crumbs\" aria-label=\"Brödsmulor\">{crumbs_html(page)}</nav><article><h1>"
                f"{esc(page['h1'])}</h1>{page['body']}</article>")
    foot = footer_cols(s,
                       lambda h, ls: f"<section><h2>{esc(h)}</h2>" + "".join(f"<p>{x}</p>" for x in ls) + "</section>",
                       lambda x: f"<footer>{x}</footer>")
    return ("<!DOCTYPE html><html lang=\"sv\">" + head(s, page, css) + "<body>"
            "<a class=\"skip\" href=\"#innehall\">Gå direkt till innehållet</a>"
            f"<div id=\"cookie\" class=\"cookie\"><p>{cookie_text()}</p><button type=\"button\" data-cookie-ok>Jag "
            "förstår</button></div>"
            f"{header}<main id=\"innehall\">{main}</main>{foot}{COOKIE_JS}</body></html>")


def search_form(s: dict, cls: str = "search") -> str:
    sp = s["search"]
    return (f"<form class=\"{cls}\" action=\"{sp['path']}\" method=\"get\"><label for=\"q\">Sök på webbplatsen</label>"
            f"<input id=\"q\" type=\"search\" name=\"{sp['param']}\"><button type=\"submit\">Sök</button></form>")


# --------------------------------------------------------------------------- 2 soup

def _soupify(body: str, c) -> str:
    body = re.sub(r"<p>", f"<div class=\"{c('p')}\">", body)
    body = body.replace("</p>", "</div>")
    body = re.sub(r"<ul>", f"<ul class=\"{c('ul')}\">", body)
    return body


def soup(s: dict, page: dict) -> str:
    def c(n):
        return gen_cls(s["name"], n)
    css = BASE_CSS + (f".{c('bar')}{{display:flex;gap:1em}}.{c('mi')}{{position:relative;display:inline-block}}"
                      f".{c('sub')}{{display:none;position:absolute}}.{c('mi')}:hover .{c('sub')}{{display:block}}")
    top = "".join(f"<span class=\"{c('tb')}\"><a href=\"{h}\">{esc(t)}</a></span>" for t, h in s["topbar"])
    menu = "".join(
        f"<div class=\"{c('mi')}\"><a class=\"{c('ma')}\" href=\"{it['href']}\">{esc(it['label'])}</a>"
        + (f"<div class=\"{c('sub')}\">" + "".join(f"<div class=\"{c('si')}\"><a href=\"{h}\">{esc(t)}</a></div>"
                                                    for t, h in it["subs"]) + "</div>" if it["subs"] else "")
        + "</div>" for it in s["menu"])
    sp = s["search"]
    header = (f"<div class=\"{c('top')}\"><div class=\"{c('bar')}\">{top}</div>"
              f"<div class=\"{c('lg')}\"><a href=\"/\"><img src=\"/logo.svg\" alt=\"{esc(s['name'])} kommun\"></a>"
              "</div>"
              f"<div class=\"{c('sf')}\"><form action=\"{sp['path']}\" method=\"get\"><label for=\"q\">Sök på "
              "webbplatsen</label>"
              f"<input id=\"q\" name=\"{sp['param']}\"><button>Sök</button></form></div>"
              f"<div class=\"{c('mb')}\"><button type=\"button\">Meny</button></div></div>"
              f"<div class=\"{c('nv')}\">{menu}</div>")
    if page["front"]:
        main = front_sections(s, lambda k, x: f"<div class=\"{c(k)}\">{_soupify(x, c)}</div>",
                              lambda k, x: f"<ul class=\"{c(k)}\">{x}</ul>",
                              lambda t, h: f"<li class=\"{c('card')}\"><a href=\"{h}\">{esc(t)}</a></li>")
    else:
        main = (f"<div class=\"{c('bc')}\">{crumbs_html(page)}</div><div class=\"{c('ct')}\">"
                f"<h1>{esc(page['h1'])}</h1>{_soupify(page['body'], c)}</div>")
    foot = footer_cols(s, lambda h, ls: f"<div class=\"{c('fc')}\"><div class=\"{c('fh')}\"><b>{esc(h)}</b></div>"
                       + "".join(f"<div class=\"{c('fl')}\">{x}</div>" for x in ls) + "</div>",
                       lambda x: f"<div class=\"{c('ft')}\">{x}</div>")
    return ("<!DOCTYPE html><html lang=\"sv\">" + head(s, page, css) + "<body>"
            f"<div class=\"{c('w')}\"><a class=\"skip\" href=\"#x\">Gå direkt till innehållet</a>"
            f"<div id=\"cookie\" class=\"{c('ck')}\"><div>{cookie_text()}</div><button type=\"button\" data-cookie-ok>"
            "Jag förstår</button></div>"
            f"{header}<div id=\"x\" class=\"{c('mn')}\">{main}</div>{foot}</div>{COOKIE_JS}</body></html>")


# --------------------------------------------------------------------------- 3 sitevision

def sitevision(s: dict, page: dict) -> str:
    n = [0]

    def svid(kind: int = 12) -> str:
        n[0] += 1
        return f"svid{kind}_{hashlib.md5((s['name'] + str(n[0])).encode()).hexdigest()[:8]}{n[0]:02d}"

    def portlet(x: str, kind: str = "sv-text-portlet") -> str:
        return (f"<div class=\"sv-portlet sv-skip-spacer {kind}\" id=\"{svid()}\">"
                f"<div class=\"sv-text-portlet-content\">{x}</div></div>")

    css = BASE_CSS + (".env-nav{display:flex;gap:1em;list-style:none}.env-mega-panel[hidden]{display:none}"
                      ".sv-layout{box-sizing:border-box}")
    top = "".join(f"<li class=\"sv-channel-item\"><a href=\"{h}\">{esc(t)}</a></li>" for t, h in s["topbar"])
    items = []
    for i, it in enumerate(s["menu"]):
        pid = f"mega{i}"
        sub = ""
        btn = ""
        if it["subs"]:
            btn = (f"<button type=\"button\" class=\"env-mega-toggle\" aria-expanded=\"false\" aria-controls=\"{pid}\" "
                   f"data-toggle-id=\"{pid}\" aria-label=\"Visa undermeny\"></button>")
            sub = (f"<div class=\"env-mega-panel sv-layout\" id=\"{pid}\" hidden><ul class=\"env-list\">"
                   + "".join(f"<li class=\"env-list__item\"><a href=\"{h}\">{esc(t)}</a></li>" for t, h in it["subs"])
                   + "</ul></div>")
        items.append(f"<li class=\"env-nav__item\"><a class=\"env-nav__link\" href=\"{it['href']}\">"
                     f"{esc(it['label'])}</a>{btn}{sub}</li>")
    sp = s["search"]
    header = (f"<div class=\"sv-layout sv-skip-spacer sv-template-layout\" id=\"{svid(10)}\">"
              f"<div class=\"sv-layout\" id=\"{svid(10)}\"><ul class=\"sv-channel\">{top}</ul></div>"
              f"<div class=\"sv-layout\" id=\"{svid(10)}\">"
              + portlet(f"<a href=\"/\"><img class=\"sv-image\" src=\"/logo.svg\" "
                        f"alt=\"{esc(s['name'])} kommun\"></a>", "sv-image-portlet")
              + portlet(f"<form class=\"env-form\" action=\"{sp['path']}\" method=\"get\"><label for=\"q\">Sök på "
                        "webbplatsen</label>"
                        f"<input id=\"q\" name=\"{sp['param']}\" class=\"env-form-input\"><button class=\"env-button\">"
                        "Sök</button></form>",
                        "sv-searchform-portlet")
              + portlet("<button type=\"button\" class=\"env-button\">Meny</button>", "sv-script-portlet")
              + "</div>"
              f"<div class=\"sv-layout\" id=\"{svid(10)}\"><ul class=\"env-nav\">{''.join(items)}</ul></div></div>")
    if page["front"]:
        main = front_sections(s,
                              lambda k, x: f"<div class=\"sv-layout sv-skip-spacer\" id=\"{svid(10)}\">"
                                           f"{portlet(x)}</div>",
                              lambda k, x: f"<ul class=\"env-list env-list--{k}\">{x}</ul>",
                              lambda t, h: f"<li class=\"env-card\"><a class=\"env-link\" href=\"{h}\">{esc(t)}</a>"
                                           "</li>")
    else:
        body = page["body"].replace("<p>", "<p class=\"normal\">").replace("<h2>", "<h2 class=\"subheading\">")
        main = (f"<div class=\"sv-layout\" id=\"{svid(10)}\">" + portlet(crumbs_html(page), "sv-breadcrumb-portlet")
                + portlet(f"<h1 class=\"heading\">{esc(page['h1'])}</h1>") + portlet(body) + "</div>")
    foot = footer_cols(s,
                       lambda h, ls: portlet(f"<h2 class=\"subheading\">{esc(h)}</h2>"
                                   + "".join(f"<p class=\"normal\">{x}</p>" for x in ls)),
                       lambda x: f"<div class=\"sv-layout sv-skip-spacer sv-template-layout\" id=\"{svid(10)}\">"
                                 f"{x}</div>")
    return ("<!DOCTYPE html><html lang=\"sv\" class=\"sv-no-js\">"
            + head(s, page, css, "<link rel=\"stylesheet\" href=\"/sitevision/system-resource/c3f1/css/portlets.css\">")
            + "<body><div id=\"svid10_main\" class=\"sv-layout\">"
            "<a class=\"skip\" href=\"#Mittenspalt\">Gå direkt till innehållet</a>"
            f"<div id=\"cookie\" class=\"sv-cookie-consent-banner\"><p>{cookie_text()}</p><button type=\"button\" "
            "data-cookie-ok>Jag förstår</button></div>"
            f"{header}<div id=\"Mittenspalt\" class=\"sv-layout\">{main}</div>{foot}</div>{TOGGLE_JS}{COOKIE_JS}</body>"
            "</html>")


# --------------------------------------------------------------------------- 4 bootstrap

def bootstrap(s: dict, page: dict) -> str:
    css = BASE_CSS + ".dropdown-menu{display:none}.dropdown-menu.show{display:block}.navbar-nav{display:flex;gap:1em}"
    top = "".join(f"<li class=\"list-inline-item\"><a class=\"link-light\" href=\"{h}\">{esc(t)}</a></li>" for t,
                  h in s["topbar"])
    items = []
    for it in s["menu"]:
        if it["subs"]:
            sub = "".join(f"<li><a class=\"dropdown-item\" href=\"{h}\">{esc(t)}</a></li>" for t, h in it["subs"])
            items.append(f"<li class=\"nav-item dropdown\"><a class=\"nav-link dropdown-toggle\" href=\"{it['href']}\" "
                         f"data-bs-toggle=\"dropdown\" aria-expanded=\"false\">{esc(it['label'])}</a>"
                         f"<ul class=\"dropdown-menu\">{sub}</ul></li>")
        else:
            items.append(f"<li class=\"nav-item\"><a class=\"nav-link\" href=\"{it['href']}\">{esc(it['label'])}</a>"
                         "</li>")
    sp = s["search"]
    header = ("<header>"
              f"<div class=\"bg-dark py-1\"><div class=\"container\"><ul class=\"list-inline mb-0 text-end\">{top}</ul>"
              "</div></div>"
              "<div class=\"container d-flex align-items-center py-3\">"
              f"<a class=\"navbar-brand\" href=\"/\"><img src=\"/logo.svg\" alt=\"{esc(s['name'])} kommun\" "
              "height=\"48\"></a>"
              f"<form class=\"d-flex ms-auto\" role=\"search\" action=\"{sp['path']}\" method=\"get\"><label "
              "class=\"form-label me-2\" for=\"q\">Sök på webbplatsen</label>"
              f"<input class=\"form-control me-2\" id=\"q\" type=\"search\" name=\"{sp['param']}\"><button class=\"btn "
              "btn-primary\" type=\"submit\">Sök</button></form>"
              "</div>"
              "<nav class=\"navbar navbar-expand-lg navbar-light bg-light\"><div class=\"container\">"
              "<button class=\"navbar-toggler\" type=\"button\" data-bs-toggle=\"collapse\" data-bs-target=\"#nav\">"
              "Meny</button>"
              f"<div class=\"collapse navbar-collapse\" id=\"nav\"><ul class=\"navbar-nav\">{''.join(items)}</ul></div>"
              "</div></nav>"
              "</header>")
    if page["front"]:
        def sec(k, x):
            if k == "hero":
                return f"<div class=\"p-5 mb-4 bg-light rounded-3\"><div class=\"container-fluid py-4\">{x}</div></div>"
            return f"<div class=\"row my-4\"><div class=\"col\">{x}</div></div>"
        main = front_sections(s, sec,
                              lambda k, x: (f"<ul class=\"list-unstyled row\">{x}</ul>" if k == "shortcuts"
                                            else f"<ul class=\"list-group\">{x}</ul>"),
                              lambda t, h: f"<li class=\"col-md-3\"><a class=\"card card-body\" href=\"{h}\">"
                                           f"{esc(t)}</a></li>")
    else:
        body = page["body"].replace("<table>", "<table class=\"table table-striped\">")
        main = (f"<nav aria-label=\"breadcrumb\"><div class=\"breadcrumb\">{crumbs_html(page)}</div></nav>"
                f"<div class=\"row\"><div class=\"col-lg-8\"><h1 class=\"display-6\">{esc(page['h1'])}</h1>{body}</div>"
                "</div>")
    foot = footer_cols(s,
                       lambda h, ls: f"<div class=\"col-md-4\"><h2 class=\"h5\">{esc(h)}</h2>"
                           + "".join(f"<p>{x}</p>" for x in ls) + "</div>",
                       lambda x: "<footer class=\"bg-dark text-white py-4 mt-5\"><div class=\"container\"><div "
                                 f"class=\"row\">{x}</div></div></footer>")
    bs_js = ("<script>document.querySelectorAll('[data-bs-toggle=dropdown]').forEach(function(a){"
             "a.addEventListener('click',function(e){e.preventDefault();a.nextElementSibling.classList.toggle('show');});});</script>")
    return ("<!DOCTYPE html><html lang=\"sv\">" + head(s, page, css) + "<body>"
            "<a class=\"visually-hidden-focusable\" href=\"#main\">Gå direkt till innehållet</a>"
            f"<div id=\"cookie\" class=\"alert alert-info fixed-bottom mb-0\"><p>{cookie_text()}</p><button "
            "type=\"button\" class=\"btn btn-primary\" data-cookie-ok>Jag förstår</button></div>"
            f"{header}<main id=\"main\" class=\"container\">{main}</main>{foot}{bs_js}{COOKIE_JS}</body></html>")


# --------------------------------------------------------------------------- 5 municipio

def municipio(s: dict, page: dict) -> str:
    css = BASE_CSS + ".c-nav{display:flex;gap:1em;list-style:none}.c-mega-menu[hidden]{display:none}"
    top = "".join(f"<li class=\"c-nav__item\"><a class=\"c-nav__link\" href=\"{h}\">{esc(t)}</a></li>" for t,
                  h in s["topbar"])
    items = []
    for i, it in enumerate(s["menu"]):
        sub = ""
        btn = ""
        if it["subs"]:
            btn = ("<button class=\"c-nav__toggle\" aria-label=\"Visa undermeny\" aria-expanded=\"false\" "
                   f"data-toggle-id=\"mm{i}\"></button>")
            sub = (f"<div class=\"c-mega-menu\" id=\"mm{i}\" hidden><div class=\"o-grid\"><div class=\"o-grid-4\"><ul "
                   "class=\"c-mega-menu__list\">"
                   + "".join(f"<li class=\"c-mega-menu__item\"><a class=\"c-mega-menu__link\" href=\"{h}\">{esc(t)}</a>"
                             "</li>" for t, h in it["subs"])
                   + "</ul></div></div></div>")
        items.append(f"<li class=\"c-nav__item menu-item{' has-children' if it['subs'] else ''}\">"
                     f"<a class=\"c-nav__link\" href=\"{it['href']}\">{esc(it['label'])}</a>{btn}{sub}</li>")
    sp = s["search"]
    header = ("<header class=\"c-header c-header--business site-header\" id=\"site-header\">"
              "<nav class=\"c-header__menu c-header__menu--secondary\" aria-label=\"Genvägar\"><ul class=\"c-nav "
              f"c-nav--tertiary\">{top}</ul></nav>"
              "<div class=\"c-header__flex-content o-container\">"
              "<a class=\"c-header__logotype\" href=\"/\"><img class=\"c-logotype\" src=\"/logo.svg\" "
              f"alt=\"{esc(s['name'])} kommun\"></a>"
              f"<form class=\"c-form c-search\" action=\"{sp['path']}\" method=\"get\" role=\"search\"><label "
              "class=\"c-field__label\" for=\"q\">Sök på webbplatsen</label>"
              f"<input class=\"c-field__input\" id=\"q\" type=\"search\" name=\"{sp['param']}\"><button "
              "class=\"c-button c-button__filled\">Sök</button></form>"
              "<button class=\"c-button mobile-menu-trigger\" type=\"button\">Meny</button></div>"
              "<nav class=\"c-header__menu c-header__menu--primary\" aria-label=\"Huvudmeny\"><ul class=\"c-nav "
              f"c-nav--primary\">{''.join(items)}</ul></nav>"
              "</header>")
    if page["front"]:
        def sec(k, x):
            if k == "hero":
                return ("<section class=\"c-segment c-hero modularity-mod-hero\"><div class=\"c-hero__content\">"
                        f"{x}</div></section>")
            return ("<div class=\"modularity-mod-posts o-container\"><div class=\"c-card c-card--panel\"><div "
                    f"class=\"c-card__body\">{x}</div></div></div>")
        main = front_sections(s, sec, lambda k, x: f"<ul class=\"o-grid c-collection c-collection--{k}\">{x}</ul>",
                              lambda t, h: "<li class=\"o-grid-3 c-collection__item\"><a class=\"c-card "
                                           f"c-card--link\" href=\"{h}\">{esc(t)}</a></li>")
    else:
        main = (f"<div class=\"c-breadcrumb\">{crumbs_html(page)}</div><article class=\"c-article "
                "c-article--readable-width s-article\" id=\"article\">"
                f"<h1 class=\"c-typography c-typography__variant--h1\">{esc(page['h1'])}</h1>{page['body']}</article>")
    foot = footer_cols(s,
                       lambda h, ls: "<div class=\"o-grid-4 widget widget_text\"><h2 class=\"widget-title\">"
                                     f"{esc(h)}</h2><div "
                           "class=\"textwidget\">"
                       + "".join(f"<p>{x}</p>" for x in ls) + "</div></div>",
                       lambda x: "<footer class=\"c-footer site-footer\" id=\"site-footer\"><div class=\"o-container "
                                 f"o-grid\">{x}</div></footer>")
    return ("<!DOCTYPE html><html lang=\"sv-SE\">"
            + head(s, page, css,
                   "<meta name=\"generator\" content=\"WordPress 6.4.3\"><link rel=\"stylesheet\" "
                   "href=\"/wp-content/themes/municipio/assets/dist/css/app.css\">")
            + f"<body class=\"wp-theme-municipio {'home' if page['front'] else 'page-template-default page'}\"><div "
              "class=\"site-wrapper\">"
            "<a class=\"screen-reader-text\" href=\"#main-content\">Gå direkt till innehållet</a>"
            f"<div id=\"cookie\" class=\"c-notice cookie-consent\"><p>{cookie_text()}</p><button type=\"button\" "
            "class=\"c-button\" data-cookie-ok>Jag förstår</button></div>"
            f"{header}<main id=\"main-content\" class=\"o-container\">{main}</main>{foot}</div>"
            f"{TOGGLE_JS}{COOKIE_JS}</body></html>")


# --------------------------------------------------------------------------- 6 table (ISO-8859-1)

def table(s: dict, page: dict) -> str:
    f2 = "<font face=\"Verdana, Arial\" size=\"2\">"
    css = ("body{margin:0}a{color:#003366}.drop{position:absolute;background:#eef;border:1px solid #99a}"
           "td.nav{background:#336699}td.nav a{color:#fff}")
    top = " &nbsp; ".join(f"<a href=\"{h}\">{esc(t)}</a>" for t, h in s["topbar"])
    cells = []
    for i, it in enumerate(s["menu"]):
        drop = ""
        ev = ""
        if it["subs"]:
            ev = f" onmouseover=\"visa('m{i}')\" onmouseout=\"dolj('m{i}')\""
            drop = (f"<div id=\"m{i}\" class=\"drop\" style=\"visibility:hidden\"><table border=\"0\" "
                    "cellpadding=\"3\" cellspacing=\"0\">"
                    + "".join(f"<tr><td>{f2}<a href=\"{h}\">{esc(t)}</a></font></td></tr>" for t, h in it["subs"])
                    + "</table></div>")
        cells.append(f"<td class=\"nav\"{ev}>{f2}<b><a href=\"{it['href']}\">{esc(it['label'])}</a></b></font>"
                     f"{drop}</td>")
    sp = s["search"]
    dhtml = ("<script language=\"JavaScript\">function "
             "visa(id){document.getElementById(id).style.visibility='visible';}"
             "function dolj(id){document.getElementById(id).style.visibility='hidden';}</script>")
    if page["front"]:
        def sec(k, x):
            bg = " bgcolor=\"#e8eef4\"" if k == "hero" else ""
            return f"<tr><td{bg} valign=\"top\">{f2}{x}</font></td></tr>"
        inner = front_sections(s, sec, lambda k, x: f"<ul>{x}</ul>",
                               lambda t, h: f"<li><a href=\"{h}\"><b>{esc(t)}</b></a></li>")
        main = f"<table width=\"100%\" border=\"0\" cellpadding=\"8\" cellspacing=\"0\">{inner}</table>"
    else:
        body = page["body"].replace("<table>", "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">")
        main = (f"<table width=\"100%\" border=\"0\" cellpadding=\"8\"><tr><td>{f2}<small>{crumbs_html(page)}</small>"
                "</font></td></tr>"
                f"<tr><td>{f2}<h1><font size=\"5\">{esc(page['h1'])}</font></h1>{body}</font></td></tr></table>")
    foot_cells = "".join(f"<td valign=\"top\" width=\"33%\">{f2}<b>{esc(h)}</b><br>" + "<br>".join(ls) + "</font></td>"
                         for h, ls in s["footer"])
    return ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html>"
            + head(s, page, css, charset="iso-8859-1")
            + f"<body bgcolor=\"#ffffff\" leftmargin=\"0\" topmargin=\"0\">{dhtml}"
            f"<a class=\"skip\" href=\"#innehall\">Gå direkt till innehållet</a>"
            f"<div id=\"cookie\">{f2}{cookie_text()} <button type=\"button\" data-cookie-ok>Jag förstår</button></font>"
            "</div>"
            "<table width=\"100%\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\">"
            f"<tr><td align=\"right\" bgcolor=\"#dddddd\">{f2}{top}</font></td></tr>"
            "<tr><td><table width=\"100%\" border=\"0\" cellpadding=\"6\"><tr>"
            "<td width=\"50%\"><a href=\"/\"><img src=\"/logo.svg\" width=\"200\" height=\"60\" border=\"0\" "
            f"alt=\"{esc(s['name'])} kommun\"></a></td>"
            f"<td align=\"right\"><form action=\"{sp['path']}\" method=\"get\">{f2}<label for=\"q\">Sök på "
            "webbplatsen</label> "
            f"<input id=\"q\" name=\"{sp['param']}\" size=\"20\"> <input type=\"submit\" value=\"Sök\"></font></form>"
            "</td></tr></table></td></tr>"
            f"<tr><td><table width=\"100%\" border=\"0\" cellpadding=\"6\" cellspacing=\"1\"><tr>{''.join(cells)}</tr>"
            "</table></td></tr>"
            f"<tr><td><a name=\"innehall\"></a>{main}</td></tr>"
            f"<tr><td bgcolor=\"#eeeeee\"><table width=\"100%\" border=\"0\" cellpadding=\"8\"><tr>{foot_cells}</tr>"
            "</table></td></tr>"
            f"</table>{COOKIE_JS}</body></html>")


# --------------------------------------------------------------------------- 7 drupal

def drupal(s: dict, page: dict) -> str:
    css = BASE_CSS + (".menu--main>ul{display:flex;gap:1em;list-style:none}.menu--main li ul{display:none}.menu--main "
                      "li:hover ul{display:block}")
    top = "".join(f"<li class=\"menu-item\"><a href=\"{h}\">{esc(t)}</a></li>" for t, h in s["topbar"])
    items = "".join(
        f"<li class=\"menu-item{' menu-item--expanded' if it['subs'] else ''}\"><a href=\"{it['href']}\" "
        f"data-drupal-link-system-path=\"node/{10 + i}\">{esc(it['label'])}</a>"
        + ("<ul class=\"menu\">" + "".join(f"<li class=\"menu-item\"><a href=\"{h}\">{esc(t)}</a></li>" for t,
                                           h in it["subs"]) + "</ul>" if it["subs"] else "")
        + "</li>" for i, it in enumerate(s["menu"]))
    sp = s["search"]
    header = ("<header role=\"banner\" class=\"site-header\"><div class=\"region region-secondary-menu\">"
              "<nav role=\"navigation\" aria-label=\"Genvägar\" id=\"block-genvagar\" class=\"block block-menu "
              f"menu--secondary\"><ul class=\"menu\">{top}</ul></nav></div>"
              "<div class=\"region region-header\">"
              "<div id=\"block-sitebranding\" class=\"block block-system block-system-branding-block\"><a href=\"/\" "
              f"rel=\"home\" class=\"site-logo\"><img src=\"/logo.svg\" alt=\"{esc(s['name'])} kommun\"></a></div>"
              f"<div class=\"search-block-form block block-search\" id=\"block-search\"><form action=\"{sp['path']}\" "
              "method=\"get\" class=\"search-form\">"
              "<div class=\"js-form-item form-item\"><label for=\"edit-keys\">Sök på webbplatsen</label><input "
              f"id=\"edit-keys\" name=\"{sp['param']}\" class=\"form-search\" type=\"search\"></div>"
              "<div class=\"form-actions js-form-wrapper\"><input type=\"submit\" value=\"Sök\" class=\"button "
              "js-form-submit form-submit\"></div></form></div>"
              "<button class=\"menu-toggle\" type=\"button\">Meny</button></div>"
              "<div class=\"region region-primary-menu\">"
              "<nav role=\"navigation\" aria-label=\"Huvudmeny\" id=\"block-mainnavigation\" class=\"block block-menu "
              f"navigation menu--main\"><ul class=\"menu\">{items}</ul></nav></div></header>")
    if page["front"]:
        def sec(k, x):
            return (f"<div class=\"block block-block-content block-{k}\"><div class=\"clearfix text-formatted field "
                    f"field--name-body field--type-text-with-summary\">{x}</div></div>")
        main = front_sections(s, sec, lambda k, x: f"<ul class=\"view-content views-{k}\">{x}</ul>",
                              lambda t, h: f"<li class=\"views-row\"><a href=\"{h}\">{esc(t)}</a></li>")
    else:
        main = ("<div class=\"region region-breadcrumb\"><nav class=\"breadcrumb\" aria-label=\"Brödsmulor\">"
                f"{crumbs_html(page)}</nav></div>"
                "<article class=\"node node--type-page node--view-mode-full\"><h1 class=\"page-title\"><span "
                f"class=\"field field--name-title\">{esc(page['h1'])}</span></h1>"
                "<div class=\"node__content\"><div class=\"clearfix text-formatted field field--name-body\">"
                f"{page['body']}</div></div></article>")
    foot = footer_cols(s,
                       lambda h, ls: f"<div class=\"block block-block-content\"><h2>{esc(h)}</h2><div class=\"field "
                           "field--name-body\">" + "".join(f"<p>{x}</p>" for x in ls) + "</div></div>",
                       lambda x: "<footer role=\"contentinfo\" class=\"site-footer\"><div class=\"region "
                                 f"region-footer\">{x}</div></footer>")
    return ("<!DOCTYPE html><html lang=\"sv\" dir=\"ltr\">"
            + head(s, page, css, "<meta name=\"Generator\" content=\"Drupal 10 (https://www.drupal.org)\">")
            + f"<body class=\"{'path-frontpage' if page['front'] else 'path-node page-node-type-page'}\">"
            "<a href=\"#main-content\" class=\"visually-hidden focusable skip-link\">Gå direkt till innehållet</a>"
            "<div class=\"dialog-off-canvas-main-canvas\" data-off-canvas-main-canvas>"
            f"<div id=\"cookie\" class=\"eu-cookie-compliance-banner\"><p>{cookie_text()}</p><button type=\"button\" "
            "data-cookie-ok>Jag förstår</button></div>"
            f"<div class=\"layout-container\">{header}<main role=\"main\"><a id=\"main-content\" tabindex=\"-1\"></a>"
            f"<div class=\"layout-content\"><div class=\"region region-content\">{main}</div></div></main>{foot}</div>"
            f"</div>{COOKIE_JS}</body></html>")


# --------------------------------------------------------------------------- 8 headerlast (hand-written)

def headerlast(s: dict, page: dict) -> str:
    css = BASE_CSS + (".page{display:flex;flex-direction:column;min-height:100vh}.page>header{order:1}.page>"
                      "main{order:2}"
                      ".page>footer{order:3}.page>.cookie{order:0}#meny ul{display:flex;gap:1em;list-style:none}"
                      "#meny li ul{display:none}#meny li:hover ul{display:block}")
    top = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in s["topbar"])
    items = "".join(
        f"<li><a href=\"{it['href']}\">{esc(it['label'])}</a>"
        + ("<ul>" + "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t,
                            h in it["subs"]) + "</ul>" if it["subs"] else "")
        + "</li>" for it in s["menu"])
    sp = s["search"]
    header = (f"<header id=\"sidhuvud\"><ul class=\"genvagar\">{top}</ul>"
              f"<a href=\"/\" id=\"logga\"><img src=\"/logo.svg\" alt=\"{esc(s['name'])} kommun\"></a>"
              f"<form id=\"sok\" action=\"{sp['path']}\" method=\"get\"><label for=\"q\">Sök på webbplatsen</label>"
              f"<input id=\"q\" name=\"{sp['param']}\"><button>Sök</button></form>"
              f"<button type=\"button\" id=\"menyknapp\">Meny</button>"
              f"<nav id=\"meny\" aria-label=\"Huvudmeny\"><ul>{items}</ul></nav></header>")
    if page["front"]:
        main = front_sections(s, lambda k, x: f"<section id=\"{k}\">{x}</section>",
                              lambda k, x: f"<ul class=\"{k}\">{x}</ul>",
                              lambda t, h: f"<li><a href=\"{h}\">{esc(t)}</a></li>")
    else:
        main = f"<p class=\"smulor\">{crumbs_html(page)}</p><h1>{esc(page['h1'])}</h1>{page['body']}"
    foot = footer_cols(s,
                       lambda h, ls: f"<div class=\"kol\"><h2>{esc(h)}</h2>" + "".join(f"<p>{x}</p>" for x in ls)
                           + "</div>",
                       lambda x: f"<footer id=\"sidfot\">{x}</footer>")
    # source order: skip link, cookie, main, header, footer; CSS order shows header first
    return ("<!DOCTYPE html><html lang=\"sv\">" + head(s, page, css) + "<body><div class=\"page\">"
            "<a class=\"skip\" href=\"#innehall\">Gå direkt till innehållet</a>"
            f"<div id=\"cookie\" class=\"cookie\"><p>{cookie_text()}</p><button type=\"button\" data-cookie-ok>Jag "
            "förstår</button></div>"
            f"<main id=\"innehall\">{main}</main>{header}{foot}</div>{COOKIE_JS}</body></html>")


# --------------------------------------------------------------------------- 9 episerver

def episerver(s: dict, page: dict) -> str:
    css = BASE_CSS + (".MainMenu__list{display:flex;gap:1em;list-style:none}.MegaMenu[hidden]{display:none}"
                      ".Header__menuButton{display:none}")
    top = "".join(f"<li class=\"ServiceMenu__item\"><a href=\"{h}\">{esc(t)}</a></li>" for t, h in s["topbar"])
    items = []
    for i, it in enumerate(s["menu"]):
        sub = ""
        btn = ""
        if it["subs"]:
            btn = (f"<button class=\"MainMenu__expand\" aria-expanded=\"false\" data-toggle-id=\"mega-{i}\" "
                   "aria-label=\"Visa undermeny\"></button>")
            sub = (f"<div class=\"MegaMenu\" id=\"mega-{i}\" hidden><div class=\"MegaMenu__column\"><ul "
                   "class=\"MegaMenu__list\">"
                   + "".join(f"<li class=\"MegaMenu__item\"><a class=\"MegaMenu__link\" href=\"{h}\">{esc(t)}</a></li>"
                             for t, h in it["subs"])
                   + "</ul></div></div>")
        items.append(f"<li class=\"MainMenu__item\"><a class=\"MainMenu__link\" href=\"{it['href']}\">"
                     f"{esc(it['label'])}</a>{btn}{sub}</li>")
    sp = s["search"]
    header = ("<header class=\"Header\" data-epi-type=\"header\">"
              f"<nav class=\"ServiceMenu\" aria-label=\"Genvägar\"><ul class=\"ServiceMenu__list\">{top}</ul></nav>"
              "<div class=\"Header__inner\">"
              f"<a class=\"Header__logo\" href=\"/\"><img src=\"/logo.svg\" alt=\"{esc(s['name'])} kommun\"></a>"
              f"<form class=\"HeaderSearch\" action=\"{sp['path']}\" method=\"get\"><label "
              "class=\"HeaderSearch__label\" for=\"q\">Sök på webbplatsen</label>"
              f"<input class=\"HeaderSearch__input\" id=\"q\" name=\"{sp['param']}\"><button "
              "class=\"HeaderSearch__button\">Sök</button></form>"
              "<button class=\"Header__menuButton\" type=\"button\">Meny</button></div>"
              f"<nav class=\"MainMenu\" aria-label=\"Huvudmeny\"><ul class=\"MainMenu__list\">{''.join(items)}</ul>"
              "</nav></header>")
    if page["front"]:
        def sec(k, x):
            if k == "hero":
                return ("<div class=\"HeroBlock\" data-epi-block=\"HeroBlock\"><div class=\"HeroBlock__content\">"
                        f"{x}</div></div>")
            return f"<div class=\"block {k}block\" data-epi-block=\"{k}\"><div class=\"block__inner\">{x}</div></div>"
        main = ("<div class=\"ContentArea\" data-epi-property-name=\"MainContentArea\">"
                + front_sections(s, sec, lambda k, x: f"<ul class=\"LinkList LinkList--{k}\">{x}</ul>",
                                 lambda t, h: f"<li class=\"PuffLink\"><a href=\"{h}\">{esc(t)}</a></li>") + "</div>")
    else:
        main = (f"<nav class=\"Breadcrumbs\" aria-label=\"Brödsmulor\">{crumbs_html(page)}</nav><div "
                "class=\"ArticlePage\">"
                f"<h1 class=\"ArticlePage__heading\">{esc(page['h1'])}</h1><div class=\"ArticlePage__body xhtml\">"
                f"{page['body']}</div></div>")
    foot = footer_cols(s,
                       lambda h, ls: f"<div class=\"Footer__column\"><h2 class=\"Footer__heading\">{esc(h)}</h2>"
                           + "".join(f"<p>{x}</p>" for x in ls) + "</div>",
                       lambda x: f"<footer class=\"Footer\"><div class=\"Footer__inner\">{x}</div></footer>")
    return ("<!DOCTYPE html><html lang=\"sv\">" + head(s, page, css,
                                                       "<link rel=\"stylesheet\" href=\"/Static/dist/main.css\">")
            + "<body class=\"StartPage\"><a class=\"SkipLink\" href=\"#maincontent\">Gå direkt till innehållet</a>"
            f"<div id=\"cookie\" class=\"CookieBar\"><p>{cookie_text()}</p><button type=\"button\" data-cookie-ok>Jag "
            "förstår</button></div>"
            f"{header}<main id=\"maincontent\" class=\"Main\">{main}</main>{foot}{TOGGLE_JS}{COOKIE_JS}</body></html>")


# --------------------------------------------------------------------------- 10 drawer

def drawer(s: dict, page: dict) -> str:
    css = BASE_CSS + (".drawer[hidden]{display:none}"
                      ".drawer{position:fixed;top:0;right:0;width:320px;height:100%;background:#fff}")
    top = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in s["topbar"])
    items = "".join(
        f"<li class=\"drawer__item\"><a class=\"drawer__link\" href=\"{it['href']}\">{esc(it['label'])}</a>"
        + ("<ul class=\"drawer__sub\">" + "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t,
                                                  h in it["subs"]) + "</ul>" if it["subs"] else "")
        + "</li>" for it in s["menu"])
    sp = s["search"]
    header = ("<header class=\"site-head\">"
              f"<ul class=\"site-head__tools\">{top}</ul>"
              f"<a class=\"site-head__logo\" href=\"/\"><img src=\"/logo.svg\" alt=\"{esc(s['name'])} kommun\"></a>"
              f"<form class=\"site-head__search\" action=\"{sp['path']}\" method=\"get\"><label for=\"q\">Sök på "
              f"webbplatsen</label><input id=\"q\" name=\"{sp['param']}\"><button>Sök</button></form>"
              "<button class=\"site-head__menu\" type=\"button\" aria-expanded=\"false\" aria-controls=\"drawer\" "
              "data-toggle-id=\"drawer\">Meny</button>"
              "</header>"
              "<div class=\"drawer\" id=\"drawer\" hidden><nav aria-label=\"Huvudmeny\"><ul class=\"drawer__list\">"
              f"{items}</ul></nav></div>")
    if page["front"]:
        main = front_sections(s, lambda k, x: f"<section class=\"block block--{k}\">{x}</section>",
                              lambda k, x: f"<ul class=\"block__list\">{x}</ul>",
                              lambda t, h: f"<li class=\"tile\"><a href=\"{h}\">{esc(t)}</a></li>")
    else:
        main = (f"<div class=\"crumbs\">{crumbs_html(page)}</div><article class=\"content\"><h1>{esc(page['h1'])}</h1>"
                f"{page['body']}</article>")
    foot = footer_cols(s,
                       lambda h, ls: f"<section class=\"foot__col\"><h2>{esc(h)}</h2>"
                           + "".join(f"<p>{x}</p>" for x in ls)
                           + "</section>",
                       lambda x: f"<footer class=\"foot\">{x}</footer>")
    return ("<!DOCTYPE html><html lang=\"sv\">" + head(s, page, css) + "<body>"
            "<a class=\"skip\" href=\"#content\">Gå direkt till innehållet</a>"
            f"<div id=\"cookie\" class=\"cookie\"><p>{cookie_text()}</p><button type=\"button\" data-cookie-ok>Jag "
            "förstår</button></div>"
            f"{header}<main id=\"content\">{main}</main>{foot}{TOGGLE_JS}{COOKIE_JS}</body></html>")


FAMILIES = {"semantic": semantic, "soup": soup, "sitevision": sitevision, "bootstrap": bootstrap,
            "municipio": municipio, "table": table, "drupal": drupal, "headerlast": headerlast,
            "episerver": episerver, "drawer": drawer}
