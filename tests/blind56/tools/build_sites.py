"""Write tests/blind56/sites/ (a typing aid; the written files are the corpus, labels are by hand).

    python3 tests/blind56/tools/build_sites.py
"""
from __future__ import annotations

import html
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "sites"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


SL = {"å": "a", "ä": "a", "ö": "o", "é": "e", " ": "-", ",": "", "–": "", "/": "-"}


def slug(t: str) -> str:
    s = "".join(SL.get(c, c) for c in t.lower())
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")


# ---------------------------------------------------------------- site data

AREAS = [
    ("Barn och utbildning", ["Förskola", "Grundskola", "Gymnasieskola", "Skolskjuts", "Vuxenutbildning"]),
    ("Omsorg och stöd", ["Hemtjänst", "Särskilt boende", "Färdtjänst", "Ekonomiskt bistånd", "Stöd vid funktionsnedsättning"]),
    ("Bygga, bo och miljö", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Detaljplaner", "Miljö och hälsa"]),
    ("Trafik och infrastruktur", ["Parkering", "Gator och vägar", "Snöröjning", "Kollektivtrafik", "Felanmälan"]),
    ("Kultur och fritid", ["Bibliotek", "Idrott och motion", "Föreningar", "Badplatser", "Evenemang"]),
    ("Näringsliv och arbete", ["Starta företag", "Tillstånd", "Upphandling", "Lediga jobb", "Mark och lokaler"]),
    ("Kommun och politik", ["Organisation", "Politik och demokrati", "Ekonomi", "Allmänna handlingar", "Synpunkter och klagomål"]),
]

AO = ["Avfall", "Bibliotek", "Bygglov", "Detaljplaner", "Färdtjänst", "Förskola", "Grundskola", "Hemtjänst",
      "Lediga jobb", "Parkering", "Renhållning", "Simhall", "Snöröjning", "Vatten och avlopp"]


def std_site(**kw) -> dict:
    s = {
        "areas": AREAS[:7] if kw.get("n_areas", 7) == 7 else AREAS[:5] + AREAS[6:],
        "prefix": "/",            # path prefix of area pages
        "suffix": "/",            # "/" or ".html"
        "topbar": [("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("Teckenspråk", "/teckensprak/"),
                   ("Other languages", "/other-languages/")],
        "header_links": [],       # links in the header right of the logo (top of page)
        "sub_extra": {},          # area name -> list of (text, href) appended to its sub-items
        "sub_override": {},       # sub-item text -> href of a real page
        "hero_cards": [],         # (text, href)
        "news": [],               # (headline, href, teaser)
        "footer_extra": "",       # html inside the footer (after the address column)
        "pages": {},              # path -> (title, h1, html)
        "redirects": {},
        "extra_sitemap_only": [],
    }
    s.update(kw)
    return s


def area_path(s: dict, name: str) -> str:
    return f"{s['prefix']}{slug(name)}{s['suffix']}"


def sub_path(s: dict, area: str, sub: str) -> str:
    if sub in s["sub_override"]:
        return s["sub_override"][sub]
    base = f"{s['prefix']}{slug(area)}"
    return f"{base}/{slug(sub)}{s['suffix']}"


def menu(s: dict) -> list[tuple[str, str, list[tuple[str, str]]]]:
    out = []
    for name, subs in s["areas"]:
        items = [(t, sub_path(s, name, t)) for t in subs] + s["sub_extra"].get(name, [])
        out.append((name, area_path(s, name), items))
    return out


def p(s: dict, path: str) -> str:
    """Adjust a site-relative path for sites that use relative links (none here yet)."""
    return path


# ---------------------------------------------------------------- shared blocks

def cookie(s: dict) -> str:
    return (f"<div class=\"cookie-banner\" id=\"cookie-banner\"><p>{esc(s['org'])} använder kakor (cookies) "
            "för att webbplatsen ska fungera och för besöksstatistik.</p>"
            "<button type=\"button\" onclick=\"this.parentNode.style.display='none'\">Godkänn alla</button> "
            "<button type=\"button\" onclick=\"this.parentNode.style.display='none'\">Endast nödvändiga</button> "
            "<a href=\"/om-webbplatsen/kakor/\">Läs mer om kakor</a></div>\n")


def footer_text(s: dict) -> list[str]:
    return [
        s['org'],
        f"{s['addr']}, {s['post']}",
        f"Växel: {s['vaxel']}",
        f"E-post: {s['email']}",
        f"Organisationsnummer: {s['orgnr']}",
    ]


def front_main_parts(s: dict) -> dict:
    news = "".join(f"<li><a href=\"{h}\"><h3>{esc(t)}</h3></a><p>{esc(x)}</p></li>" for t, h, x in s["news"])
    cards = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in s["hero_cards"])
    return {
        "hero": (f"<h1>{esc(s['hero_h'])}</h1><p>{esc(s['hero_p'])}</p>"
                 + (f"<ul class=\"genvagar\">{cards}</ul>" if cards else "")),
        "news": f"<h2>Nyheter</h2><ul>{news}</ul><p><a href=\"{s['news_list']}\">Alla nyheter</a></p>",
        "eserv": ("<h2>Populära e-tjänster</h2><ul>"
                  "<li><a href=\"/e-tjanster/ansok-om-plats-i-forskola/\">Ansök om plats i förskola</a></li>"
                  "<li><a href=\"/e-tjanster/felanmalan/\">Felanmälan gata, park och belysning</a></li>"
                  "<li><a href=\"/e-tjanster/bygglov/\">Ansök om bygglov</a></li>"
                  "<li><a href=\"/e-tjanster/tomtko/\">Anmälan till tomtkö</a></li>"
                  "<li><a href=\"/e-tjanster/\">Alla e-tjänster</a></li></ul>"),
        "events": ("<h2>Evenemang</h2><ul>"
                   "<li><a href=\"/evenemang/sagostund/\">Sagostund på biblioteket</a> <time>12 mars</time></li>"
                   "<li><a href=\"/evenemang/varkonsert/\">Vårkonsert med kulturskolan</a> <time>21 mars</time></li>"
                   "<li><a href=\"/evenemang/kommunfullmaktige/\">Kommunfullmäktige sammanträder</a> <time>24 mars</time></li>"
                   "</ul><p><a href=\"/evenemang/\">Alla evenemang</a></p>"),
        "jobs": ("<h2>Lediga jobb</h2><p>Vi söker undersköterskor, lärare och en ingenjör inom VA.</p>"
                 f"<p><a href=\"/lediga-jobb/\">Se alla lediga jobb i {esc(s['org'])}</a></p>"),
        "drift": ("<h2>Driftinformation</h2><p><a href=\"/driftinformation/\">Vattenavstängning på Björkvägen "
                  "tisdag 8–12</a></p>"),
        "ao": "<h2>A–Ö</h2><p>" + " ".join(f"<a href=\"/a-o/#{slug(w)}\">{esc(w)}</a>" for w in AO)
              + " <a href=\"/a-o/\">Visa hela A–Ö</a></p>",
    }


SCRIPT = ("<script>document.documentElement.className+=' js';"
          "var b=document.getElementById('cookie-banner');if(localStorage.getItem('kakor')){b&&(b.style.display='none')}"
          "</script>\n")


def head(s: dict, title: str, extra: str = "", charset: str = "utf-8") -> str:
    return (f"<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"{charset}\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{esc(title)}</title>\n"
            f"<meta name=\"description\" content=\"Välkommen till {esc(s['org'])}.\">\n"
            "<style>body{font-family:sans-serif;margin:0}.cookie-banner{position:fixed;bottom:0;background:#eee;padding:1em}"
            "[hidden]{display:none}</style>\n" + extra + "</head>\n")


# ---------------------------------------------------------------- families

def fam_sitevision(s, title, main, front):
    m = menu(s)
    nav = "".join(
        f"<li class=\"sv-menu-item\"><a class=\"sv-menu-link\" href=\"{h}\">{esc(n)}</a>"
        f"<button class=\"env-button sv-expand\" aria-expanded=\"false\" aria-controls=\"mm{i}\">Visa undersidor för {esc(n)}</button>"
        f"<div class=\"sv-megamenu\" id=\"mm{i}\" hidden><ul>"
        + "".join(f"<li><a href=\"{sh}\">{esc(st)}</a></li>" for st, sh in subs) + "</ul></div></li>"
        for i, (n, h, subs) in enumerate(m))
    top = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in s["topbar"])
    hl = "".join(f"<li><a class=\"sv-header-link\" href=\"{h}\">{esc(t)}</a></li>" for t, h in s["header_links"])
    if front:
        f = front_main_parts(s)
        main = (f"<div class=\"sv-layout sv-hero sv-row\">{f['hero']}</div>\n"
                f"<div class=\"sv-layout sv-row\"><div class=\"sv-portlet sv-news\">{f['news']}</div>"
                f"<div class=\"sv-portlet\">{f['eserv']}</div></div>\n"
                f"<div class=\"sv-layout sv-row\"><div class=\"sv-portlet\">{f['drift']}</div><div class=\"sv-portlet\">{f['events']}</div>"
                f"<div class=\"sv-portlet\">{f['jobs']}</div></div>\n<div class=\"sv-layout sv-row\">{f['ao']}</div>\n")
    foot = "".join(f"<p class=\"sv-font-brodtext\">{esc(x)}</p>" for x in footer_text(s))
    return (head(s, title, "<link rel=\"stylesheet\" href=\"/sitevision/system-resource/css/sv.css\">\n")
            + "<body>\n<div class=\"sv-layout sv-skip-spacer\" id=\"svid10_top\">\n"
            f"<div class=\"sv-layout sv-topbar\"><ul class=\"sv-toplinks\">{top}</ul></div>\n"
            f"<div class=\"sv-layout sv-header\"><div class=\"sv-portlet sv-logo\"><a href=\"/\"><img src=\"/images/logo.svg\" alt=\"{esc(s['org'])}, till startsidan\"></a></div>"
            f"<div class=\"sv-portlet sv-search\"><form action=\"{s['search'][0]}\" method=\"get\" role=\"search\"><label for=\"q\">Sök på webbplatsen</label>"
            f"<input id=\"q\" name=\"{s['search'][1]}\" type=\"search\"><button type=\"submit\">Sök</button></form></div>"
            f"<ul class=\"sv-header-links\">{hl}</ul></div>\n"
            f"<nav class=\"sv-layout sv-mainmenu\" aria-label=\"Huvudmeny\"><ul>{nav}</ul></nav>\n"
            f"<div class=\"sv-layout sv-main\" id=\"svid10_content\">{main}</div>\n"
            f"<div class=\"sv-layout sv-footer\"><div class=\"sv-portlet\">{foot}</div>{s['footer_extra']}"
            f"<div class=\"sv-portlet\"><ul><li><a href=\"{s['till']}\">Tillgänglighetsredogörelse</a></li>"
            "<li><a href=\"/om-webbplatsen/kakor/\">Kakor</a></li><li><a href=\"/om-webbplatsen/\">Om webbplatsen</a></li>"
            "<li><a href=\"/om-webbplatsen/personuppgifter/\">Behandling av personuppgifter</a></li></ul></div></div>\n"
            f"</div>\n{cookie(s)}{SCRIPT}</body>\n</html>\n")


def fam_municipio(s, title, main, front):
    m = menu(s)
    drawer = "".join(
        f"<li class=\"c-nav__item\"><a href=\"{h}\">{esc(n)}</a><button class=\"c-nav__toggle\" aria-label=\"Visa undermeny\"></button>"
        "<ul class=\"c-nav__sub\">" + "".join(f"<li><a href=\"{sh}\">{esc(st)}</a></li>" for st, sh in subs) + "</ul></li>"
        for n, h, subs in m)
    top = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in s["topbar"])
    hl = "".join(f"<a class=\"c-button c-header__link\" href=\"{h}\">{esc(t)}</a>" for t, h in s["header_links"])
    if front:
        f = front_main_parts(s)
        main = (f"<section class=\"c-hero\">{f['hero']}</section>\n<div class=\"o-grid\">"
                f"<div class=\"o-grid-8 c-card-list\">{f['news']}</div><div class=\"o-grid-4\">{f['drift']}</div></div>\n"
                f"<div class=\"o-grid\"><div class=\"o-grid-4\">{f['eserv']}</div><div class=\"o-grid-4\">{f['events']}</div>"
                f"<div class=\"o-grid-4\">{f['jobs']}</div></div>\n<div class=\"c-ao\">{f['ao']}</div>\n")
    foot = "<br>".join(esc(x) for x in footer_text(s))
    return (head(s, title, "<link rel=\"stylesheet\" href=\"/wp-content/themes/municipio/assets/dist/css/app.css\">\n")
            + "<body class=\"home page-template-default wp-theme-municipio\">\n"
            f"<div class=\"c-topbar\"><ul>{top}</ul></div>\n"
            "<header class=\"c-header site-header\" id=\"site-header\"><div class=\"o-container\">"
            f"<a class=\"c-logo\" href=\"/\"><img src=\"/wp-content/uploads/logo.svg\" alt=\"{esc(s['org'])}\"></a>"
            f"<form class=\"c-search\" action=\"/\" method=\"get\"><input name=\"s\" type=\"search\" placeholder=\"Vad letar du efter?\" aria-label=\"Sök\"><button>Sök</button></form>"
            f"{hl}<button class=\"c-button js-drawer-toggle\" aria-controls=\"drawer\" aria-expanded=\"false\">Meny</button></div></header>\n"
            f"<div class=\"c-drawer\" id=\"drawer\" aria-hidden=\"true\" hidden><nav aria-label=\"Huvudmeny\"><ul class=\"c-nav\">{drawer}</ul></nav></div>\n"
            f"<main id=\"main-content\" class=\"o-container\">{main}</main>\n"
            f"<footer class=\"c-footer site-footer\"><div class=\"o-grid\"><div class=\"o-grid-4\"><p>{foot}</p></div>{s['footer_extra']}"
            f"<div class=\"o-grid-4\"><ul><li><a href=\"{s['till']}\">Tillgänglighetsredogörelse</a></li>"
            "<li><a href=\"/om-kakor/\">Om kakor</a></li><li><a href=\"/personuppgifter/\">Så hanterar vi personuppgifter</a></li></ul></div>"
            f"</div></footer>\n{cookie(s)}"
            "<script>document.querySelector('.js-drawer-toggle').addEventListener('click',function(){var d=document.getElementById('drawer');d.hidden=!d.hidden;d.setAttribute('aria-hidden',d.hidden)});</script>\n"
            "</body>\n</html>\n")


def fam_episerver(s, title, main, front):
    m = menu(s)
    nav = "".join(
        f"<li class=\"main-nav__item\"><a class=\"main-nav__link\" href=\"{h}\">{esc(n)}</a>"
        f"<div class=\"mega-menu\" hidden><div class=\"mega-menu__inner\"><h2 class=\"mega-menu__heading\"><a href=\"{h}\">{esc(n)}</a></h2><ul>"
        + "".join(f"<li><a href=\"{sh}\">{esc(st)}</a></li>" for st, sh in subs) + "</ul></div></div></li>"
        for n, h, subs in m)
    top = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in s["topbar"])
    if front:
        f = front_main_parts(s)
        main = (f"<div class=\"block heroblock\">{f['hero']}</div>\n<div class=\"block-area\">"
                f"<div class=\"block newslistblock\">{f['news']}</div><div class=\"block linklistblock\">{f['eserv']}</div>"
                f"<div class=\"block\">{f['drift']}</div><div class=\"block calendarblock\">{f['events']}</div>"
                f"<div class=\"block\">{f['jobs']}</div><div class=\"block\">{f['ao']}</div></div>\n")
    foot = "".join(f"<li>{esc(x)}</li>" for x in footer_text(s))
    return (head(s, title, "<link rel=\"stylesheet\" href=\"/Static/css/main.min.css\">\n")
            + "<body>\n<a class=\"skip-link\" href=\"#main\">Gå direkt till innehåll</a>\n"
            f"<header class=\"site-header\"><div class=\"service-bar\"><ul>{top}</ul></div>"
            f"<div class=\"site-header__inner\"><a class=\"site-header__logo\" href=\"/\"><img src=\"/globalassets/logo.svg\" alt=\"{esc(s['org'])}\"></a>"
            f"<form class=\"site-search\" action=\"{s['search'][0]}\" method=\"get\"><label class=\"visually-hidden\" for=\"q\">Sök</label>"
            f"<input id=\"q\" name=\"{s['search'][1]}\" type=\"search\"><button type=\"submit\">Sök</button></form></div>"
            f"<nav class=\"main-nav\" aria-label=\"Huvudnavigering\"><ul>{nav}</ul></nav></header>\n"
            f"<main id=\"main\">{main}</main>\n"
            f"<footer class=\"site-footer\"><div class=\"site-footer__col\"><h2>{esc(s['org'])}</h2><ul>{foot}</ul></div>"
            f"{s['footer_extra']}<div class=\"site-footer__col\"><h2>Om webbplatsen</h2><ul>"
            f"<li><a href=\"{s['till']}\">Tillgänglighetsredogörelse</a></li>"
            "<li><a href=\"/om-webbplatsen/kakor/\">Kakor</a></li><li><a href=\"/om-webbplatsen/\">Om webbplatsen</a></li></ul></div></footer>\n"
            f"{cookie(s)}{SCRIPT}</body>\n</html>\n")


def fam_bootstrap(s, title, main, front):
    m = menu(s)
    nav = "".join(
        f"<li class=\"nav-item dropdown\"><a class=\"nav-link dropdown-toggle\" href=\"{h}\" data-bs-toggle=\"dropdown\" aria-expanded=\"false\">{esc(n)}</a>"
        "<ul class=\"dropdown-menu\">" + "".join(f"<li><a class=\"dropdown-item\" href=\"{sh}\">{esc(st)}</a></li>" for st, sh in subs) + "</ul></li>"
        for n, h, subs in m)
    top = "".join(f"<a class=\"me-3\" href=\"{h}\">{esc(t)}</a>" for t, h in s["topbar"])
    hl = "".join(f"<a class=\"btn btn-outline-light ms-2\" href=\"{h}\">{esc(t)}</a>" for t, h in s["header_links"])
    if front:
        f = front_main_parts(s)
        main = (f"<div class=\"p-5 mb-4 bg-light rounded-3 hero\">{f['hero']}</div>\n<div class=\"row\">"
                f"<div class=\"col-md-8\">{f['news']}</div><div class=\"col-md-4\">{f['drift']}{f['eserv']}</div></div>\n"
                f"<div class=\"row\"><div class=\"col-md-6\">{f['events']}</div><div class=\"col-md-6\">{f['jobs']}</div></div>\n"
                f"<div class=\"row\"><div class=\"col\">{f['ao']}</div></div>\n")
    foot = "".join(f"<li>{esc(x)}</li>" for x in footer_text(s))
    return (head(s, title, "<link rel=\"stylesheet\" href=\"/assets/css/bootstrap.min.css\">\n")
            + "<body>\n"
            f"<div class=\"bg-dark text-white small py-1\"><div class=\"container\">{top}</div></div>\n"
            "<header class=\"navbar navbar-expand-lg navbar-dark bg-primary\"><div class=\"container\">"
            f"<a class=\"navbar-brand\" href=\"/\"><img src=\"/assets/img/logo.svg\" alt=\"{esc(s['org'])}\" height=\"40\"></a>"
            f"<form class=\"d-flex\" action=\"{s['search'][0]}\" method=\"get\"><input class=\"form-control\" name=\"{s['search'][1]}\" type=\"search\" aria-label=\"Sök\"><button class=\"btn btn-light\">Sök</button></form>"
            f"{hl}</div></header>\n"
            "<nav class=\"navbar navbar-expand-lg navbar-light bg-light\" aria-label=\"Huvudmeny\"><div class=\"container\">"
            f"<ul class=\"navbar-nav\">{nav}</ul></div></nav>\n"
            f"<main class=\"container my-4\">{main}</main>\n"
            f"<footer class=\"bg-dark text-white py-4\"><div class=\"container\"><div class=\"row\"><div class=\"col-md-4\"><ul class=\"list-unstyled\">{foot}</ul></div>"
            f"{s['footer_extra']}<div class=\"col-md-4\"><ul class=\"list-unstyled\"><li><a href=\"{s['till']}\">Tillgänglighetsredogörelse</a></li>"
            "<li><a href=\"/kakor/\">Kakor</a></li></ul></div></div></div></footer>\n"
            f"{cookie(s)}<script src=\"/assets/js/bootstrap.bundle.min.js\"></script>\n{SCRIPT}</body>\n</html>\n")


def fam_nextjs(s, title, main, front):
    m = menu(s)
    nav = "".join(
        f"<li class=\"Nav_item__x8Rt2\"><a class=\"Nav_link__p1Qz7\" href=\"{h}\">{esc(n)}</a>"
        "<ul class=\"Nav_sub__Lm3vA\" style=\"display:none\">" + "".join(f"<li><a href=\"{sh}\">{esc(st)}</a></li>" for st, sh in subs) + "</ul></li>"
        for n, h, subs in m)
    top = "".join(f"<a href=\"{h}\">{esc(t)}</a>" for t, h in s["topbar"])
    hl = "".join(f"<a class=\"Header_link__k2Wq1\" href=\"{h}\">{esc(t)}</a>" for t, h in s["header_links"])
    if front:
        f = front_main_parts(s)
        main = (f"<section class=\"Hero_hero__G7hQk\">{f['hero']}</section>\n"
                f"<section class=\"News_news__aZ0pP\">{f['news']}</section>\n<section class=\"Grid_grid__hT4s9\">"
                f"<div>{f['eserv']}</div><div>{f['drift']}</div><div>{f['events']}</div><div>{f['jobs']}</div></section>\n"
                f"<section>{f['ao']}</section>\n")
    foot = "".join(f"<p>{esc(x)}</p>" for x in footer_text(s))
    return (head(s, title, "<link rel=\"stylesheet\" href=\"/_next/static/css/3f1c2a9b8e.css\">\n"
                 "<meta name=\"next-head-count\" content=\"5\">\n")
            + "<body><div id=\"__next\">\n"
            f"<div class=\"Topbar_topbar__Q2sLd\">{top}</div>\n"
            f"<header class=\"Header_header__r9Kd1\"><a href=\"/\"><img src=\"/_next/static/media/logo.8c1d.svg\" alt=\"{esc(s['org'])}\"></a>"
            f"<form action=\"{s['search'][0]}\" method=\"get\"><input name=\"{s['search'][1]}\" type=\"search\" aria-label=\"Sök på webbplatsen\"><button>Sök</button></form>"
            f"{hl}</header>\n<nav class=\"Nav_nav__bT6s0\" aria-label=\"Huvudmeny\"><ul>{nav}</ul></nav>\n"
            f"<main class=\"Layout_main__Vp3e8\">{main}</main>\n"
            f"<footer class=\"Footer_footer__Ck4Ha\"><div>{foot}</div>{s['footer_extra']}"
            f"<div><a href=\"{s['till']}\">Tillgänglighetsredogörelse</a> <a href=\"/kakor/\">Kakor</a></div></footer>\n"
            f"{cookie(s)}</div>\n<script id=\"__NEXT_DATA__\" type=\"application/json\">{{\"props\":{{\"pageProps\":{{}}}},\"page\":\"/[[...slug]]\",\"buildId\":\"k3Jq9\",\"nextExport\":true}}</script>\n"
            "<script src=\"/_next/static/chunks/main-4b2e.js\" defer></script>\n</body>\n</html>\n")


def fam_drupal(s, title, main, front):
    m = menu(s)
    nav = "".join(
        f"<li class=\"menu-item menu-item--expanded\"><a href=\"{h}\" data-drupal-link-system-path=\"node/{i + 10}\">{esc(n)}</a>"
        "<ul class=\"menu\">" + "".join(f"<li class=\"menu-item\"><a href=\"{sh}\">{esc(st)}</a></li>" for st, sh in subs) + "</ul></li>"
        for i, (n, h, subs) in enumerate(m))
    top = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in s["topbar"])
    if front:
        f = front_main_parts(s)
        main = (f"<div class=\"block block-views block-hero\">{f['hero']}</div>\n"
                f"<div class=\"region region-content\"><div class=\"block block-views-blocknyheter\">{f['news']}</div>"
                f"<div class=\"block\">{f['eserv']}</div><div class=\"block\">{f['drift']}</div><div class=\"block\">{f['events']}</div>"
                f"<div class=\"block\">{f['jobs']}</div><div class=\"block\">{f['ao']}</div></div>\n")
    foot = "".join(f"<p>{esc(x)}</p>" for x in footer_text(s))
    return (head(s, title, "<meta name=\"Generator\" content=\"Drupal 10 (https://www.drupal.org)\">\n"
                 "<link rel=\"stylesheet\" href=\"/sites/default/files/css/css_aB3x.css\">\n")
            + "<body class=\"path-frontpage\">\n<div class=\"dialog-off-canvas-main-canvas\" data-off-canvas-main-canvas>\n"
            f"<header role=\"banner\" class=\"region-header\"><div class=\"region region-secondary-menu\"><ul class=\"menu\">{top}</ul></div>"
            f"<div class=\"block-system-branding-block\"><a href=\"/\" rel=\"home\"><img src=\"/sites/default/files/logo.svg\" alt=\"Hem\"></a>"
            f"<span class=\"site-name\">{esc(s['org'])}</span></div>"
            f"<form class=\"search-block-form\" action=\"{s['search'][0]}\" method=\"get\"><label for=\"edit-keys\">Sök</label>"
            f"<input id=\"edit-keys\" name=\"{s['search'][1]}\" type=\"search\"><input type=\"submit\" value=\"Sök\"></form></header>\n"
            f"<nav role=\"navigation\" aria-labelledby=\"block-main-menu\" class=\"block-menu\"><h2 id=\"block-main-menu\" class=\"visually-hidden\">Huvudmeny</h2><ul class=\"menu\">{nav}</ul></nav>\n"
            f"<main role=\"main\"><div class=\"layout-content\">{main}</div></main>\n"
            f"<footer role=\"contentinfo\" class=\"site-footer\"><div class=\"region region-footer\">{foot}</div>{s['footer_extra']}"
            f"<ul class=\"menu\"><li><a href=\"{s['till']}\">Tillgänglighetsredogörelse</a></li><li><a href=\"/kakor\">Kakor</a></li></ul></footer>\n"
            f"</div>\n{cookie(s)}{SCRIPT}</body>\n</html>\n")


def fam_soup(s, title, main, front):
    m = menu(s)
    nav = "".join(
        f"<div class=\"k4\"><a class=\"k4a\" href=\"{h}\">{esc(n)}</a><div class=\"k5\">"
        + "".join(f"<a class=\"k6\" href=\"{sh}\">{esc(st)}</a>" for st, sh in subs) + "</div></div>"
        for n, h, subs in m)
    top = " | ".join(f"<a href=\"{h}\">{esc(t)}</a>" for t, h in s["topbar"])
    hl = "".join(f"<a class=\"t9\" href=\"{h}\">{esc(t)}</a>" for t, h in s["header_links"])
    if front:
        f = front_main_parts(s)
        main = (f"<div class=\"b1 big\">{f['hero']}</div>\n<div class=\"b2\"><div class=\"c3\">{f['news']}</div>"
                f"<div class=\"c3\">{f['eserv']}</div></div>\n<div class=\"b2\"><div class=\"c3\">{f['drift']}{f['events']}</div>"
                f"<div class=\"c3\">{f['jobs']}</div></div>\n<div class=\"b3\">{f['ao']}</div>\n")
    foot = "<br>".join(esc(x) for x in footer_text(s))
    return (head(s, title)
            + "<body>\n<div class=\"w0\">\n"
            f"<div class=\"t1\">{top}</div>\n"
            f"<div class=\"t2\"><a href=\"/\" class=\"t3\"><img src=\"/img/logo.png\" alt=\"{esc(s['org'])}\"></a>"
            f"<div class=\"t5\"><form action=\"{s['search'][0]}\" method=\"get\"><input name=\"{s['search'][1]}\" type=\"text\" placeholder=\"Sök\"> <input type=\"submit\" value=\"Sök\"></form></div>{hl}</div>\n"
            f"<div class=\"t7\">{nav}</div>\n"
            f"<div class=\"m1\">{main}</div>\n"
            f"<div class=\"f1\"><div class=\"f2\">{foot}</div>{s['footer_extra']}<div class=\"f2\"><a href=\"{s['till']}\">Tillgänglighetsredogörelse</a><br><a href=\"/kakor/\">Om kakor</a></div></div>\n"
            f"</div>\n{cookie(s)}{SCRIPT}</body>\n</html>\n")


def fam_table(s, title, main, front):
    m = menu(s)
    left = "".join(
        f"<tr><td class=\"meny1\"><a href=\"{h}\"><font face=\"Verdana\" size=\"2\"><b>{esc(n)}</b></font></a></td></tr>"
        + "".join(f"<tr><td class=\"meny2\">&nbsp;&nbsp;<a href=\"{sh}\"><font face=\"Verdana\" size=\"1\">{esc(st)}</font></a></td></tr>" for st, sh in subs)
        for n, h, subs in m)
    top = " &middot; ".join(f"<a href=\"{h}\"><font size=\"1\">{esc(t)}</font></a>" for t, h in s["topbar"])
    if front:
        f = front_main_parts(s)
        main = (f"<table width=\"100%\" cellpadding=\"6\"><tr><td bgcolor=\"#dde8f0\">{f['hero']}</td></tr></table>\n"
                f"<table width=\"100%\" cellpadding=\"4\"><tr><td valign=\"top\" width=\"60%\"><font face=\"Verdana\" size=\"2\">{f['news']}</font></td>"
                f"<td valign=\"top\"><font face=\"Verdana\" size=\"2\">{f['eserv']}{f['drift']}</font></td></tr>"
                f"<tr><td valign=\"top\"><font face=\"Verdana\" size=\"2\">{f['events']}</font></td><td valign=\"top\"><font face=\"Verdana\" size=\"2\">{f['jobs']}</font></td></tr>"
                f"<tr><td colspan=\"2\"><font face=\"Verdana\" size=\"1\">{f['ao']}</font></td></tr></table>\n")
    else:
        main = f"<font face=\"Verdana\" size=\"2\">{main}</font>"
    foot = " &nbsp;|&nbsp; ".join(esc(x) for x in footer_text(s))
    return ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html lang=\"sv\">\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">\n"
            f"<title>{esc(title)}</title>\n<link rel=\"stylesheet\" href=\"/css/stil.css\" type=\"text/css\">\n</head>\n"
            "<body bgcolor=\"#ffffff\" topmargin=\"0\" leftmargin=\"0\">\n"
            "<table width=\"980\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" align=\"center\">\n"
            f"<tr><td colspan=\"2\" align=\"right\" bgcolor=\"#003366\">{top}</td></tr>\n"
            f"<tr><td width=\"220\"><a href=\"/\"><img src=\"/bilder/logga.gif\" width=\"200\" height=\"70\" border=\"0\" alt=\"{esc(s['org'])}\"></a></td>"
            f"<td align=\"right\"><form action=\"{s['search'][0]}\" method=\"get\"><font face=\"Verdana\" size=\"1\">Sök:</font> <input type=\"text\" name=\"{s['search'][1]}\" size=\"20\"> <input type=\"submit\" value=\"Sök\"></form></td></tr>\n"
            f"<tr><td valign=\"top\" width=\"220\" bgcolor=\"#eef3f7\"><table width=\"100%\" cellpadding=\"3\">{left}</table></td>\n"
            f"<td valign=\"top\">{main}</td></tr>\n"
            f"<tr><td colspan=\"2\" bgcolor=\"#003366\" align=\"center\"><font face=\"Verdana\" size=\"1\" color=\"#ffffff\">{foot}<br>"
            f"{s['footer_extra']}<a href=\"{s['till']}\"><font color=\"#ffffff\">Tillgänglighetsredogörelse</font></a> | "
            "<a href=\"/kakor.asp\"><font color=\"#ffffff\">Kakor</font></a></font></td></tr>\n</table>\n"
            f"{cookie(s)}</body>\n</html>\n")


def fam_semantic(s, title, main, front):
    m = menu(s)
    nav = "".join(
        f"<li><a href=\"{h}\">{esc(n)}</a><ul>" + "".join(f"<li><a href=\"{sh}\">{esc(st)}</a></li>" for st, sh in subs) + "</ul></li>"
        for n, h, subs in m)
    top = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in s["topbar"])
    hl = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in s["header_links"])
    if front:
        f = front_main_parts(s)
        main = (f"<section class=\"hero\">{f['hero']}</section>\n<section class=\"news\">{f['news']}</section>\n"
                f"<section class=\"services\">{f['eserv']}</section>\n<aside class=\"drift\">{f['drift']}</aside>\n"
                f"<section class=\"events\">{f['events']}</section>\n<section class=\"jobs\">{f['jobs']}</section>\n"
                f"<section class=\"ao\">{f['ao']}</section>\n")
    foot = "".join(f"<p>{esc(x)}</p>" for x in footer_text(s))
    return (head(s, title)
            + "<body>\n<header>\n"
            f"<nav class=\"toolbar\" aria-label=\"Verktyg\"><ul>{top}{hl}</ul></nav>\n"
            f"<a class=\"logo\" href=\"/\"><img src=\"/static/logo.svg\" alt=\"{esc(s['org'])} – startsida\"></a>\n"
            f"<form role=\"search\" action=\"{s['search'][0]}\" method=\"get\"><label for=\"sok\">Sök</label>"
            f"<input id=\"sok\" name=\"{s['search'][1]}\" type=\"search\"><button>Sök</button></form>\n"
            f"<nav class=\"primary\" aria-label=\"Huvudmeny\"><ul>{nav}</ul></nav>\n</header>\n"
            f"<main>{main}</main>\n"
            f"<footer><div class=\"contact\">{foot}</div>{s['footer_extra']}<ul><li><a href=\"{s['till']}\">Tillgänglighetsredogörelse</a></li>"
            "<li><a href=\"/kakor/\">Kakor</a></li></ul></footer>\n"
            f"{cookie(s)}{SCRIPT}</body>\n</html>\n")


def fam_aria(s, title, main, front):
    m = menu(s)
    nav = "".join(
        f"<div role=\"listitem\" class=\"nv-i\"><a href=\"{h}\">{esc(n)}</a><div role=\"list\" class=\"nv-sub\" aria-label=\"{esc(n)}\">"
        + "".join(f"<div role=\"listitem\"><a href=\"{sh}\">{esc(st)}</a></div>" for st, sh in subs) + "</div></div>"
        for n, h, subs in m)
    top = "".join(f"<a href=\"{h}\">{esc(t)}</a> " for t, h in s["topbar"])
    if front:
        f = front_main_parts(s)
        main = (f"<div class=\"hero\" role=\"region\" aria-label=\"Välkommen\">{f['hero']}</div>\n"
                f"<div role=\"region\" aria-label=\"Nyheter\">{f['news']}</div>\n<div role=\"region\" aria-label=\"E-tjänster\">{f['eserv']}</div>\n"
                f"<div role=\"complementary\">{f['drift']}</div>\n<div role=\"region\" aria-label=\"Evenemang\">{f['events']}</div>\n"
                f"<div role=\"region\" aria-label=\"Lediga jobb\">{f['jobs']}</div>\n<div>{f['ao']}</div>\n")
    foot = "".join(f"<div>{esc(x)}</div>" for x in footer_text(s))
    return (head(s, title)
            + "<body>\n"
            f"<div role=\"banner\" class=\"hd\"><div class=\"hd-top\">{top}</div>"
            f"<a href=\"/\" class=\"hd-logo\"><img src=\"/res/logo.svg\" alt=\"{esc(s['org'])}\"></a>"
            f"<div role=\"search\"><form action=\"{s['search'][0]}\" method=\"get\"><input name=\"{s['search'][1]}\" type=\"search\" aria-label=\"Sök\"><button>Sök</button></form></div></div>\n"
            f"<div role=\"navigation\" aria-label=\"Huvudmeny\"><div role=\"list\">{nav}</div></div>\n"
            f"<div role=\"main\" id=\"innehall\">{main}</div>\n"
            f"<div role=\"contentinfo\" class=\"ft\">{foot}{s['footer_extra']}<div><a href=\"{s['till']}\">Tillgänglighetsredogörelse</a> "
            "<a href=\"/kakor/\">Kakor</a></div></div>\n"
            f"{cookie(s)}{SCRIPT}</body>\n</html>\n")


FAMILIES = {"sitevision": fam_sitevision, "municipio": fam_municipio, "episerver": fam_episerver,
            "bootstrap": fam_bootstrap, "nextjs": fam_nextjs, "drupal": fam_drupal, "soup": fam_soup,
            "table": fam_table, "semantic": fam_semantic, "aria": fam_aria}


# ---------------------------------------------------------------- the ten sites

def news_list(items: list[tuple[str, str, str]]) -> str:
    return "<ul class=\"news-list\">" + "".join(
        f"<li><a href=\"{h}\">{esc(t)}</a> <span class=\"date\">{esc(d)}</span></li>" for t, h, d in items) + "</ul>"


def site_base(code, kommun, lan_kod, lan, family, size, tel, domain, **kw):
    slugk = slug(kommun)
    base = dict(
        kommunkod=code, kommun=kommun, lan_kod=lan_kod, lan=lan, family=family, size=size,
        org=kw.pop("org", f"{kommun if kommun[-1] in 'aeiouyåäös' else kommun + 's'} kommun"),
        addr=kw.pop("addr", "Storgatan 1"), post=kw.pop("post", f"999 {code[-2:]} {kommun}"),
        vaxel=tel, email=f"kommun@{domain}",
        orgnr=f"212000-{code}", domain=domain, slugk=slugk,
        hero_h=kw.pop("hero_h", f"Välkommen till {kommun}"),
        hero_p=kw.pop("hero_p", "Här hittar du information om kommunens service och verksamheter."),
        news_list=kw.pop("news_list", "/nyheter/"), till=kw.pop("till", "/tillganglighetsredogorelse/"),
    )
    s = std_site(**kw)
    s.update(base)
    return s


def area_page_html(s, name, subs, intro):
    return (f"<p class=\"ingress\">{esc(intro)}</p><ul class=\"area-links\">"
            + "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in subs) + "</ul>")


AREA_INTRO = {
    "Barn och utbildning": "Förskola, skola, fritidshem och vuxenutbildning.",
    "Omsorg och stöd": "Stöd och omsorg för äldre, personer med funktionsnedsättning och den som behöver ekonomiskt bistånd.",
    "Bygga, bo och miljö": "Bygglov, avfall, vatten och avlopp, planer och miljötillsyn.",
    "Trafik och infrastruktur": "Gator, parkering, snöröjning och kollektivtrafik.",
    "Kultur och fritid": "Bibliotek, idrott, föreningsliv och evenemang.",
    "Näringsliv och arbete": "För dig som driver eller vill starta företag, och för dig som söker jobb.",
    "Kommun och politik": "Hur kommunen styrs och är organiserad, ekonomi, allmänna handlingar och synpunkter.",
}

TILL_TEXT = ("<p>{org} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. "
             "Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, "
             "kända brister och hur du kan rapportera problem.</p><h2>Kända brister</h2><ul><li>Vissa äldre "
             "PDF-dokument är inte tillgänglighetsanpassade.</li><li>Några filmer saknar syntolkning.</li></ul>"
             "<h2>Rapportera brister</h2><p>Kontakta oss på {email} om du upptäcker problem.</p>"
             "<p>Redogörelsen uppdaterades den 12 januari 2026.</p>")


def finish(s: dict, extra_pages: dict, news_items: dict, older_news: list, search_hits: dict,
           search=("/sok/", "q"), robots=True, sitemap=True, front_path="/", redirects=None, unlinked_sitemap=()):
    """Build the page set of one site and write it."""
    s["search"] = search
    fam = FAMILIES[s["family"]]
    org = s["org"]
    pages: dict[str, tuple[str, str, str]] = {}
    for name, h, subs in menu(s):
        pages[h] = (name, name, area_page_html(s, name, subs, AREA_INTRO[name]) + s.get("area_extra", {}).get(name, ""))
    pages[s["till"]] = ("Tillgänglighetsredogörelse", "Tillgänglighetsredogörelse",
                        TILL_TEXT.format(org=esc(org), email=esc(s["email"])))
    for path, (h1, date, body) in news_items.items():
        pages[path] = (h1, h1, f"<p class=\"date\">Publicerad {esc(date)}</p>{body}")
    listed = [(t, h, "") for t, h, _ in s["news"]] + older_news
    pages[s["news_list"]] = ("Nyheter", "Nyheter", news_list(listed))
    pages.update(extra_pages)
    d = ROOT / s["kommunkod"]
    d.mkdir(parents=True, exist_ok=True)
    for old in d.iterdir():
        old.unlink()
    latin = s["family"] == "table"
    enc = "iso-8859-1" if latin else "utf-8"
    ctype = "text/html; charset=iso-8859-1"

    def write(name: str, text: str) -> None:
        (d / name).write_bytes(text.encode(enc, "xmlcharrefreplace"))

    manifest_pages: dict = {}
    write("index.html", fam(s, f"Startsida - {org}", "", True))
    manifest_pages[front_path] = {"file": "index.html", "content_type": ctype} if latin else "index.html"
    for i, (path, (title, h1, body)) in enumerate(pages.items()):
        fname = f"p{i:02d}-{slug(title)[:40]}.html"
        write(fname, fam(s, f"{title} - {org}", f"<h1>{esc(h1)}</h1>\n{body}", False))
        manifest_pages[path] = {"file": fname, "content_type": ctype} if latin else fname
    write("sok.html", fam(s, f"Sök - {org}", "<h1>Sök</h1>\n<!--SEARCH_RESULTS-->", False))
    m = {"kommunkod": s["kommunkod"], "kommun": s["kommun"], "lan_kod": s["lan_kod"], "lan": s["lan"],
         "family": s["family"], "pages": manifest_pages, "redirects": redirects or {}}
    if robots:
        m["robots"] = ("User-agent: *\nDisallow: /wp-admin/\n" if s["family"] == "municipio" else "User-agent: *\nDisallow: /admin/\n") + (
            "Sitemap: __ORIGIN__/sitemap.xml\n" if sitemap else "")
    if sitemap:
        m["sitemap"] = list(manifest_pages)
    m["search"] = {"path": search[0], "param": search[1], "hits": search_hits,
                   "template": {"file": "sok.html", "content_type": ctype} if latin else "sok.html"}
    m["front_status"] = None
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(s["kommunkod"], s["kommun"], len(manifest_pages), "pages")


STD_NEWS = [
    ("Nu öppnar ansökan till sommarjobb för unga", "/nyheter/sommarjobb-for-unga/",
     "Är du född 2008 eller 2009? Sök sommarjobb hos kommunen senast 31 mars."),
    ("Ny förskola invigs i höst", "/nyheter/ny-forskola/", "Förskolan får plats för 120 barn och öppnar i augusti."),
    ("Vårstädning: hämta säckar på återvinningscentralen", "/nyheter/varstadning/",
     "Under april kan föreningar och privatpersoner hämta gratis säckar."),
]
SOMMARJOBB = ("Nu öppnar ansökan till sommarjobb för unga", "4 mars 2026",
              "<p>Kommunen erbjuder sommarjobb för ungdomar som är folkbokförda i kommunen och går första eller andra året "
              "på gymnasiet. Jobben finns inom bland annat äldreomsorg, park och fritid.</p><p>Ansök via e-tjänsten senast 31 mars.</p>")


def build_all() -> None:
    # 9637 Älvstad: large city, Sitevision, Kontaktcenter in the header -----------------
    svc = "/kommun-och-politik/kontakta-staden/kontaktcenter.html"
    s = site_base("9637", "Älvstad", "14", "Västra Götalands län", "sitevision", "stor stad", "031-390 06 00", "alvstad.se",
                  org="Älvstads stad", addr="Stadshuset, Storgatan 1", prefix="/", suffix=".html",
                  till="/om-webbplatsen/tillganglighetsredogorelse.html", news_list="/nyheter.html",
                  hero_h="Älvstad – staden vid älven", hero_p="Här hittar du information och service från Älvstads stad.",
                  header_links=[("Kontaktcenter", svc), ("Lediga jobb", "/lediga-jobb/")],
                  sub_extra={"Kommun och politik": [("Kontakta staden", "/kommun-och-politik/kontakta-staden.html")],
                             "Näringsliv och arbete": [("Företagslots", "/naringsliv-och-arbete/foretagslots.html")]},
                  news=[(t, h.replace("/nyheter/", "/nyheter/").rstrip("/") + ".html", x) for t, h, x in STD_NEWS])
    s["email"] = "info@alvstad.se"
    kc = ("<p class=\"ingress\">Kontaktcenter är stadens gemensamma ingång. Vi svarar på dina frågor och hjälper dig vidare.</p>"
          "<h2>Det här kan vi hjälpa dig med</h2><p>Hos Kontaktcenter får du svar på frågor om stadens verksamheter, till exempel:</p>"
          "<ul><li>förskola, skola och skolskjuts</li><li>bygglov och detaljplaner</li><li>avfall och återvinning</li>"
          "<li>parkering och felanmälan på gator och parker</li><li>äldreomsorg och färdtjänst</li><li>föreningsbidrag och lokalbokning</li></ul>"
          "<p>Vi hjälper dig också att lämna synpunkter och klagomål. Kan vi inte svara direkt kopplar vi dig till rätt handläggare.</p>"
          "<h2>Så når du oss</h2><ul><li>Telefon: <a href=\"tel:+46313900600\">031-390 06 00</a></li>"
          "<li>E-post: <a href=\"mailto:kontaktcenter@alvstad.se\">kontaktcenter@alvstad.se</a></li>"
          "<li>Chatt: vardagar 9–15 <button type=\"button\" class=\"chat-start\">Starta chatten</button></li></ul>"
          "<h3>Telefontider</h3><table><tr><th>Dag</th><th>Tid</th></tr><tr><td>Måndag–torsdag</td><td>8.00–17.00</td></tr>"
          "<tr><td>Fredag</td><td>8.00–16.00</td></tr></table>"
          "<h3>Besök oss</h3><p>Stadshuset, Storgatan 1. Entrén är öppen vardagar 8–16.</p>"
          "<h2>Om Kontaktcenter</h2><p>Kontaktcenter är en enhet inom stadsledningskontoret med 28 medarbetare. "
          "Enhetschef för Kontaktcenter är Helena Sjöberg.</p>")
    kontakta = ("<p>Det enklaste sättet att nå Älvstads stad är att kontakta Kontaktcenter.</p>"
                f"<ul><li><a href=\"{svc}\">Kontaktcenter</a></li><li><a href=\"/kommun-och-politik/kontakta-staden/press.html\">Press och media</a></li>"
                "<li><a href=\"/kommun-och-politik/kontakta-staden/registrator.html\">Registrator och diarium</a></li></ul>")
    news_items = {"/nyheter/sommarjobb-for-unga.html": SOMMARJOBB}
    finish(s, {svc: ("Kontaktcenter", "Kontaktcenter", kc),
               "/kommun-och-politik/kontakta-staden.html": ("Kontakta staden", "Kontakta staden", kontakta)},
           news_items, [("Stadsbiblioteket får nya öppettider", "/nyheter/biblioteket-oppettider.html", "2 februari 2026")],
           {"kontaktcenter": [svc], "kontakt": ["/kommun-och-politik/kontakta-staden.html", svc]},
           search=("/sok.html", "query"))

    # 9638 Norrhamn: mid-size town, Municipio drawer, Servicecenter as a section of Kontakta oss
    s = site_base("9638", "Norrhamn", "12", "Skåne län", "municipio", "mellanstor", "040-628 04 00", "norrhamn.se",
                  addr="Rådhusgatan 4", header_links=[("Kontakta oss", "/kontakta-oss/")],
                  sub_extra={"Kommun och politik": [("Kontakta oss", "/kontakta-oss/")]}, news=STD_NEWS)
    ko = ("<p class=\"ingress\">Här hittar du kontaktuppgifter till Norrhamns kommun.</p>"
          "<h2>Servicecenter</h2><p>Servicecenter är kommunens gemensamma ingång för dig som bor, verkar eller vistas i Norrhamn. "
          "Hos oss kan du få svar på frågor om till exempel barnomsorg och skola, avgifter och fakturor, bygglov, "
          "avfallshämtning och färdtjänst. Kan vi inte svara direkt hjälper vi dig vidare till rätt handläggare.</p>"
          "<p>Telefon: 040-628 04 00<br>E-post: servicecenter@norrhamn.se<br>Telefontider: vardagar 8.00–16.30, lunchstängt 12–13<br>"
          "Besöksadress: Kommunhuset, Rådhusgatan 4</p>"
          "<h2>Registrator</h2><p>Post och handlingar till kommunen skickas till Norrhamns kommun, 999 38 Norrhamn, "
          "eller registrator@norrhamn.se.</p>"
          "<h2>Press</h2><p>Journalister kan kontakta kommunikationsenheten på 040-628 04 09.</p>"
          "<h2>Synpunkter</h2><p>Lämna gärna synpunkter via vår e-tjänst <a href=\"/e-tjanster/synpunkter/\">Tyck till</a>.</p>"
          "<p class=\"meta\">Senast uppdaterad 14 januari 2026. Sidansvarig: Webbredaktionen</p>")
    finish(s, {"/kontakta-oss/": ("Kontakta oss", "Kontakta oss", ko)},
           {"/nyheter/sommarjobb-for-unga/": SOMMARJOBB}, [("Norrhamns hamnfest blir av i år", "/nyheter/hamnfest/", "20 januari 2026")],
           {"servicecenter": ["/kontakta-oss/"], "kontakta oss": ["/kontakta-oss/"], "kontakt": ["/kontakta-oss/"]},
           search=("/", "s"))

    # 9639 Sjöhamra: mid-size, Episerver, Kundcenter in the footer and a mega-menu sub-item
    svc = "/kommun-och-politik/kundcenter/"
    s = site_base("9639", "Sjöhamra", "01", "Stockholms län", "episerver", "mellanstor", "08-465 004 10", "sjohamra.se",
                  addr="Medborgarhuset, Torget 3", sub_extra={"Kommun och politik": [("Kundcenter", svc)]}, news=STD_NEWS,
                  till="/om-webbplatsen/tillganglighetsredogorelse/",
                  footer_extra=("<div class=\"site-footer__col\"><h2>Kundcenter</h2><ul><li>Telefon 08-465 004 10</li>"
                                "<li>kundcenter@sjohamra.se</li><li>Öppet vardagar 8–17</li>"
                                f"<li><a href=\"{svc}\">Mer om Kundcenter</a></li></ul></div>"))
    kc = ("<p class=\"ingress\">Kundcenter tar emot dina frågor till kommunen, oavsett om du ringer, mejlar eller kommer förbi.</p>"
          "<h2>Vi kan hjälpa dig med</h2><ul><li>frågor om förskola, skola och fritidshem</li><li>avgifter och fakturor</li>"
          "<li>sophämtning, vatten och avlopp</li><li>felanmälan av gator, parker och belysning</li><li>bokning av lokaler och idrottshallar</li></ul>"
          "<h2>Kontakta Kundcenter</h2><p>Telefon: 08-465 004 10<br>E-post: kundcenter@sjohamra.se<br>"
          "Besöksadress: Medborgarhuset, Torget 3</p><h3>Öppettider</h3><p>Måndag–torsdag 8–17, fredag 8–15. Dag före röd dag 8–13.</p>"
          "<p>Kundcenter är en del av kommunledningskontorets kommunikationsavdelning.</p>"
          "<p>Frågor om din hyreslägenhet besvaras av Sjöhamrahems kundtjänst.</p>")
    finish(s, {svc: ("Kundcenter", "Kundcenter", kc)}, {"/nyheter/sommarjobb-for-unga/": SOMMARJOBB},
           [("Simhallen stänger för renovering", "/nyheter/simhallen-renovering/", "15 januari 2026")],
           {"kundcenter": [svc], "kontakt": [svc]})

    # 9640 Granvik: smaller town, Bootstrap, Kontaktcenter page linked from the footer, bare offer
    svc = "/kontaktcenter/"
    s = site_base("9640", "Granvik", "14", "Västra Götalands län", "bootstrap", "mindre stad", "031-390 06 50", "granvik.se",
                  addr="Kommunhuset, Kyrkogatan 7", header_links=[("Kontakta oss", "/kontakta-oss/")], news=STD_NEWS,
                  footer_extra=("<div class=\"col-md-4\"><h2 class=\"h6\">Kontakt</h2><ul class=\"list-unstyled\">"
                                "<li><a href=\"/kontaktcenter\">Kontaktcenter</a></li><li><a href=\"/e-tjanster/felanmalan/\">Felanmälan</a></li>"
                                "<li><a href=\"/e-tjanster/synpunkter/\">Synpunkter och klagomål</a></li></ul></div>"))
    kc = ("<p class=\"ingress\">Välkommen till Kontaktcenter!</p><p>Vi finns här för dig som har frågor till kommunen. "
          "Hör av dig så hjälper vi dig.</p><p>Telefon: 031-390 06 55<br>E-post: kontaktcenter@granvik.se</p>")
    ko = ("<p>Kommunens växel: 031-390 06 50, vardagar 7.30–16.30.</p><p>E-post: kommun@granvik.se</p>"
          "<p>Postadress: Granviks kommun, 999 40 Granvik</p><h2>Registrator</h2><p>registrator@granvik.se</p>"
          "<h2>Sociala medier</h2><p>Följ oss på Facebook och Instagram.</p>")
    finish(s, {svc: ("Kontaktcenter", "Kontaktcenter", kc), "/kontakta-oss/": ("Kontakta oss", "Kontakta oss", ko)},
           {"/nyheter/sommarjobb-for-unga/": SOMMARJOBB}, [("Granviks kommun har ny kommundirektör", "/nyheter/ny-kommundirektor/", "9 januari 2026")],
           {"kontaktcenter": [svc], "kontakt": ["/kontakta-oss/", svc]}, redirects={"/kontaktcenter": [svc, 301]})

    # 9641 Vårsta: mid-size, Next.js static export, Medborgarservice three clicks deep ---------
    org = "/kommun-och-politik/organisation/"
    klf = org + "kommunledningsforvaltningen/"
    svc = klf + "medborgarservice/"
    s = site_base("9641", "Vårsta", "01", "Stockholms län", "nextjs", "mellanstor", "08-465 004 40", "varsta.se",
                  addr="Kommunhuset, Vårsta torg 1", header_links=[("Kontakt", "/kontakt/")],
                  sub_override={"Organisation": org}, news=STD_NEWS)
    orgp = ("<p class=\"ingress\">Kommunens verksamhet är organiserad i fem förvaltningar under kommunstyrelsen och nämnderna.</p><ul>"
            f"<li><a href=\"{klf}\">Kommunledningsförvaltningen</a></li><li><a href=\"{org}utbildningsforvaltningen/\">Utbildningsförvaltningen</a></li>"
            f"<li><a href=\"{org}socialforvaltningen/\">Socialförvaltningen</a></li><li><a href=\"{org}samhallsbyggnadsforvaltningen/\">Samhällsbyggnadsförvaltningen</a></li>"
            f"<li><a href=\"{org}kultur-och-fritidsforvaltningen/\">Kultur- och fritidsförvaltningen</a></li></ul>")
    klfp = ("<p class=\"ingress\">Kommunledningsförvaltningen stödjer kommunstyrelsen och leder och samordnar kommunens arbete.</p>"
            "<p>Förvaltningen består av avdelningarna ekonomi, HR, kommunikation och digitalisering samt "
            f"<a href=\"{svc}\">Medborgarservice</a>.</p><p>Förvaltningschef: Karin Ödman, 08-465 004 41</p>")
    ms = ("<p class=\"ingress\">Medborgarservice hjälper dig med frågor om bland annat bostadsanpassning, färdtjänst, "
          "parkeringstillstånd, avgifter för förskola och äldreomsorg samt borgerlig vigsel.</p>"
          "<p>Du kan ringa oss på 08-465 004 40 eller mejla medborgarservice@varsta.se. Vi svarar vardagar 8–16.</p>")
    kontakt = ("<p>Växel: 08-465 004 40</p><p>E-post: kommun@varsta.se</p><p>Postadress: Vårsta kommun, 999 41 Vårsta</p>"
               "<h2>Press</h2><p>Presstjänst: 08-465 004 49</p><h2>Sociala medier</h2><p>Vårsta kommun finns på Facebook och LinkedIn.</p>")
    finish(s, {org: ("Organisation", "Organisation", orgp), klf: ("Kommunledningsförvaltningen", "Kommunledningsförvaltningen", klfp),
               svc: ("Medborgarservice", "Medborgarservice", ms), "/kontakt/": ("Kontakt", "Kontakt", kontakt)},
           {"/nyheter/sommarjobb-for-unga/": SOMMARJOBB}, [("Medborgardialog om nya centrum", "/nyheter/medborgardialog-centrum/", "28 januari 2026")],
           {"medborgarservice": [svc], "kontakt": ["/kontakt/"]})

    # 9642 Vallsjö: small rural, Drupal, Medborgarkontoret two clicks deep, no "what" ----------
    org = "/kommun-och-politik/organisation"
    svc = org + "/medborgarkontoret"
    s = site_base("9642", "Vallsjö", "25", "Norrbottens län", "drupal", "liten landsbygdskommun", "0980-319 200", "vallsjo.se",
                  addr="Storgatan 12", prefix="/", suffix="", till="/tillganglighetsredogorelse", news_list="/nyheter",
                  topbar=[("Lyssna", "/lyssna"), ("Lättläst", "/lattlast"), ("Kontakta oss", "/kontakta-oss"), ("In English", "/in-english")],
                  sub_override={"Organisation": org}, n_areas=6,
                  news=[(t, h.rstrip("/"), x) for t, h, x in STD_NEWS])
    orgp = ("<p>Vallsjö kommun har cirka 420 anställda. Verksamheten är organiserad i tre förvaltningar.</p><ul>"
            f"<li><a href=\"{org}/kommunkontoret\">Kommunkontoret</a></li><li><a href=\"{org}/barn-och-utbildning\">Barn- och utbildningsförvaltningen</a></li>"
            f"<li><a href=\"{org}/socialtjansten\">Socialtjänsten</a></li></ul><p>I kommunhuset finns också <a href=\"{svc}\">Medborgarkontoret</a>.</p>")
    mk = ("<p>Medborgarkontoret finns i entrén till kommunhuset, Storgatan 12 i Vallsjö. Välkommen in!</p>"
          "<p>Öppettider: måndag–fredag 9–15.</p>")
    ko = ("<p>Växel: 0980-319 200. Växeln är öppen vardagar 8–16.</p><p>E-post: kommun@vallsjo.se</p>"
          "<p>Postadress: Vallsjö kommun, Box 12, 999 42 Vallsjö</p>")
    finish(s, {org: ("Organisation", "Organisation", orgp), svc: ("Medborgarkontoret", "Medborgarkontoret", mk),
               "/kontakta-oss": ("Kontakta oss", "Kontakta oss", ko)},
           {"/nyheter/sommarjobb-for-unga": SOMMARJOBB}, [("Ny skoterled mot fjället", "/nyheter/ny-skoterled", "3 februari 2026")],
           {"medborgarkontor": [svc], "medborgarkontoret": [svc], "kontakt": ["/kontakta-oss"]},
           search=("/sok", "keys"))

    # 9643 Rödberga: small town, div soup, kundtjänst only in an older news item ---------------
    item = "/nyheter/kundtjanst-nya-telefontider/"
    s = site_base("9643", "Rödberga", "12", "Skåne län", "soup", "mindre kommun", "040-628 04 50", "rodberga.se",
                  addr="Kommunhuset, Järnvägsgatan 2", header_links=[("Kontakt", "/kontakt/")], news=STD_NEWS)
    kt = ("<p>Från och med den 2 februari har kommunens kundtjänst nya telefontider. Du når oss på telefon "
          "040-628 04 50 måndag–torsdag 8–16 och fredag 8–15.</p>")
    kontakt = ("<p>Ring kommunens växel på 040-628 04 50.</p><p>E-post: kommun@rodberga.se</p>"
               "<p>Besöksadress: Kommunhuset, Järnvägsgatan 2</p><p>Postadress: Rödberga kommun, 999 43 Rödberga</p>")
    finish(s, {"/kontakt/": ("Kontakt", "Kontakt", kontakt)},
           {"/nyheter/sommarjobb-for-unga/": SOMMARJOBB, item: ("Kommunens kundtjänst har nya telefontider", "26 januari 2026", kt)},
           [("Kommunens kundtjänst har nya telefontider", item, "26 januari 2026"),
            ("Julmarknad på torget", "/nyheter/julmarknad/", "1 december 2025")],
           {"kundtjänst": [item], "kundtjanst": [item], "kontakt": ["/kontakt/"]}, search=("/sok.aspx", "q"))

    # 9644 Björkå: tiny rural, 2000s tables in ISO-8859-1, switchboard only ------------------
    item = "/nyheter/statens-servicekontor.asp"
    s = site_base("9644", "Björkå", "25", "Norrbottens län", "table", "liten landsbygdskommun", "0980-319 250", "bjorka.se",
                  addr="Kommunhuset, Skolvägen 3", prefix="/", suffix=".asp", till="/tillganglighetsredogorelse.asp",
                  news_list="/nyheter.asp", n_areas=6,
                  topbar=[("Lyssna", "/lyssna.asp"), ("Lättläst", "/lattlast.asp"), ("Kontakt", "/kontakt.asp")],
                  news=[("Statens servicekontor har öppet i kommunhuset", item, "Varannan torsdag kan du träffa Försäkringskassan och Skatteverket i Björkå."),
                        ("Sotning i Björkå by vecka 12", "/nyheter/sotning.asp", "Sotaren besöker fastigheterna i byn under vecka 12."),
                        ("Ny öppettid på återvinningscentralen", "/nyheter/avc.asp", "Återvinningscentralen har öppet även lördagar.")])
    ss = ("<p>Statens servicekontor (Försäkringskassan, Skatteverket och Pensionsmyndigheten) har öppet i kommunhusets "
          "sammanträdesrum varannan torsdag kl 10–14. Tidsbokning sker hos Statens servicecenter. Kommunens personal kan inte svara på frågor om dina ärenden hos myndigheterna.</p>")
    kontakt = ("<p><b>Växel:</b> 0980-319 250</p><p>Receptionen i kommunhuset är öppen vardagar 8–16 (lunch 12–13).</p>"
               "<p><b>E-post:</b> kommun@bjorka.se</p><p><b>Postadress:</b> Björkå kommun, Skolvägen 3, 999 44 Björkå</p>")
    finish(s, {"/kontakt.asp": ("Kontakt", "Kontakt", kontakt)},
           {item: ("Statens servicekontor har öppet i kommunhuset", "10 februari 2026", ss)},
           [("Nytt bredband i Övre Björkå", "/nyheter/bredband.asp", "5 december 2025")],
           {"servicekontor": [item], "kontakt": ["/kontakt.asp"]}, search=("/sok.asp", "sokord"),
           robots=False, sitemap=False, front_path="/default.asp", redirects={"/": ["/default.asp", 302]})

    # 9645 Lindmark: small town, semantic HTML5, switchboard only, company kundtjänst ---------
    s = site_base("9645", "Lindmark", "14", "Västra Götalands län", "semantic", "mindre kommun", "031-390 06 70", "lindmark.se",
                  addr="Kommunhuset, Ågatan 5", header_links=[("Kontakta oss", "/kontakta-oss/")], news=STD_NEWS,
                  footer_extra="<p>Kommunens bolag: <a href=\"/bygga-bo-och-miljo/\">Lindmark Vatten AB</a>, Lindmarksbostäder AB</p>")
    ko = ("<p>Kommunens växel: 031-390 06 70, vardagar 8–16.30.</p><p>E-post: kommun@lindmark.se</p>"
          "<p>Besöksadress: Kommunhuset, Ågatan 5</p><p>Postadress: Lindmarks kommun, 999 45 Lindmark</p>"
          "<h2>Felanmälan</h2><p>Gator, parker och belysning: <a href=\"/e-tjanster/felanmalan/\">gör en felanmälan</a>.</p>")
    s["area_extra"] = {"Bygga, bo och miljö": (
        "<h2>Vatten, avlopp och sophämtning</h2><p>Vatten, avlopp och avfall sköts av det kommunala bolaget Lindmark Vatten AB. "
        "Har du frågor om din faktura, sophämtningen eller en vattenläcka? Kontakta Lindmark Vatten AB:s kundtjänst "
        "på 031-390 06 79, vardagar 8–16.</p>")}
    finish(s, {"/kontakta-oss/": ("Kontakta oss", "Kontakta oss", ko)}, {"/nyheter/sommarjobb-for-unga/": SOMMARJOBB},
           [("Lindmarksdagen 2026", "/nyheter/lindmarksdagen/", "22 januari 2026")],
           {"kontakt": ["/kontakta-oss/"], "kontakta oss": ["/kontakta-oss/"]})

    # 9646 Kvillsfors: mid-size, ARIA roles only, switchboard + Företagslotsen ---------------
    fl = "/naringsliv-och-arbete/foretagslotsen/"
    s = site_base("9646", "Kvillsfors", "12", "Skåne län", "aria", "mellanstor", "040-628 04 60", "kvillsfors.se",
                  addr="Stadshuset, Bruksgatan 10",
                  topbar=[("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("Other languages", "/other-languages/"),
                          ("Kontakta kommunen", "/kontakta-kommunen/")],
                  sub_extra={"Näringsliv och arbete": [("Företagslotsen", fl)]}, news=STD_NEWS)
    flp = ("<p class=\"ingress\">Företagslotsen är din väg in till kommunen när du driver eller vill starta företag.</p>"
           "<p>Vi hjälper dig med frågor om tillstånd, lokaler, mark och upphandling. Telefon 040-628 04 65, "
           "e-post foretagslotsen@kvillsfors.se.</p><p>Näringslivschef: Emil Rask</p>")
    kk = ("<p>Växel: 040-628 04 60, vardagar 8–16.</p><p>E-post: kommun@kvillsfors.se</p>"
          "<p>Postadress: Kvillsfors kommun, 999 46 Kvillsfors</p><p>Besöksadress: Stadshuset, Bruksgatan 10</p>"
          "<h2>Hitta rätt</h2><ul><li><a href=\"/e-tjanster/felanmalan/\">Felanmälan</a></li>"
          "<li><a href=\"/e-tjanster/synpunkter/\">Synpunkter och klagomål</a></li><li><a href=\"/press/\">Press</a></li></ul>")
    finish(s, {fl: ("Företagslotsen", "Företagslotsen", flp), "/kontakta-kommunen/": ("Kontakta kommunen", "Kontakta kommunen", kk)},
           {"/nyheter/sommarjobb-for-unga/": SOMMARJOBB}, [("Bruksparken rustas upp", "/nyheter/bruksparken/", "18 januari 2026")],
           {"företagslotsen": [fl], "kontakt": ["/kontakta-kommunen/"]})


if __name__ == "__main__":
    build_all()
