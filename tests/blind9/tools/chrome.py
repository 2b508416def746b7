"""Page chrome (header, menus, footer) for the eleven markup skins of tests/blind9 (typing aid)."""
from __future__ import annotations

import html
import re
import unicodedata

AREAS = [
    ("Barn och utbildning", "barn-och-utbildning",
     ["Förskola", "Grundskola", "Gymnasieskola", "Skolskjuts", "Fritidshem", "Vuxenutbildning", "Skolval", "Modersmål"]),
    ("Omsorg och stöd", "omsorg-och-stod",
     ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Försörjningsstöd", "Budget- och skuldrådgivning",
      "Färdtjänst", "Stöd vid våld", "Anhörigstöd"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo",
     ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Energi- och klimatrådgivning", "Detaljplaner",
      "Miljö och hälsa", "Kartor och mätning", "Lediga tomter"]),
    ("Trafik och infrastruktur", "trafik-och-infrastruktur",
     ["Parkering", "Gator och vägar", "Snöröjning", "Felanmälan", "Cykel", "Kollektivtrafik", "Vägarbeten"]),
    ("Kultur och fritid", "kultur-och-fritid",
     ["Bibliotek", "Badhus och simhallar", "Föreningsliv", "Kulturskola", "Idrottsanläggningar", "Friluftsliv",
      "Evenemang", "Fritidsgårdar"]),
    ("Näringsliv och arbete", "naringsliv-och-arbete",
     ["Starta företag", "Tillstånd för företag", "Upphandling", "Lediga jobb", "Feriearbete", "Etablera dig"]),
    ("Kommun och politik", "kommun-och-politik",
     ["Kommunfullmäktige", "Nämnder och styrelser", "Organisation", "Budget och ekonomi", "Allmänna handlingar",
      "Synpunkter och klagomål", "Val", "Statistik"]),
]

ESERVICES = ["Ansök om förskoleplats", "Anmäl frånvaro", "Boka tid för bygglovsmöte", "Ansök om parkeringstillstånd",
             "Beställ sophämtning", "Ansök om bostadsanpassning", "Anmäl ett fel på gata eller park",
             "Ansök om ekonomiskt bistånd"]
EVENTS = [("12 dec", "Luciafirande på torget"), ("14 dec", "Julmarknad i parken"), ("17 dec", "Öppet samråd om översiktsplanen"),
          ("9 jan", "Vinterlov: aktiviteter för unga"), ("21 jan", "Kommunfullmäktige sammanträder")]
AO = "ABCDEFGHIJKLMNOPRSTUVÅÄÖ"
POPULAR = ["Lediga tomter", "Förskolekö", "Matsedlar", "Sophämtning och tömningsschema", "Bygglov steg för steg",
           "Parkeringstillstånd för rörelsehindrade", "Badtemperaturer", "Öppettider för återvinningscentralen",
           "Kommunfullmäktiges sammanträden", "Skollov och läsårstider", "Hemtjänst", "Föreningsregister",
           "Bibliotekets öppettider", "Detaljplaner under samråd", "Vattenkvalitet", "Kartor"]
JOBS = ["Förskollärare till Solrosens förskola", "Undersköterska, hemtjänst natt", "Lärare i svenska och SO, åk 7–9",
        "Miljöinspektör, livsmedel", "Socialsekreterare, barn och unga", "Fastighetstekniker"]
ICONS = "".join(f"<symbol id=\"i-{n}\" viewBox=\"0 0 24 24\"><path d=\"M{i} 2h{20 - i}v20H2z m3 3h14v14H5z M12 {i}l4 4-4 4-4-4z\"/></symbol>"
                for i, n in enumerate(["hus", "skola", "omsorg", "natur", "buss", "jobb", "kultur", "sok", "meny", "pil",
                                       "chatt", "tel", "post", "kalender", "info", "varning"], 1))
STATS = ("(function(w,d){var q=w._paq=w._paq||[];q.push(['disableCookies']);q.push(['trackPageView']);"
         "q.push(['enableLinkTracking']);var u='/stats/';q.push(['setTrackerUrl',u+'matomo.php']);q.push(['setSiteId','3']);"
         "var g=d.createElement('script');g.async=true;g.src=u+'matomo.js';d.head.appendChild(g);"
         "d.querySelectorAll('[aria-expanded]').forEach(function(b){b.addEventListener('click',function(){"
         "var o=b.getAttribute('aria-expanded')==='true';b.setAttribute('aria-expanded',String(!o));"
         "var n=b.nextElementSibling;if(n){n.hidden=o;n.setAttribute('aria-hidden',String(o));}});});"
         "})(window,document);")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def slug(s: str) -> str:
    s = s.lower().replace("å", "a").replace("ä", "a").replace("ö", "o").replace("é", "e")
    s = unicodedata.normalize("NFKD", s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def sub_href(area_slug: str, item: str, site: dict) -> str:
    return site.get("sub_links", {}).get((area_slug, item), f"/{area_slug}/{slug(item)}/")


def areas(site: dict) -> list:
    out = []
    for label, sl, subs in AREAS:
        subs = list(subs) + [t for (a, t) in site.get("sub_links", {}) if a == sl and t not in subs]
        out.append((label, sl, subs))
    return out


# ---------------------------------------------------------------- shared blocks
CSS = """body{margin:0;font-family:system-ui,sans-serif;color:#1b1b1b;line-height:1.5}
a{color:#0b4f7a}.cookie{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:2px solid #333;padding:1rem}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}.news,.events,.eserv{display:grid;gap:1rem}
.foot{background:#20303f;color:#fff}.foot a{color:#fff}.sr{position:absolute;left:-9999px}"""
JS = """(function(){var b=document.querySelector('[data-cookie]');if(!b)return;
if(localStorage.getItem('kakor'))b.remove();b.querySelectorAll('button').forEach(function(x){
x.addEventListener('click',function(){localStorage.setItem('kakor',x.value);b.remove();});});})();"""


def cookie(site):
    return (f"<div class=\"cookie\" data-cookie role=\"dialog\" aria-label=\"Kakor\"><p>{esc(site['name'])} använder kakor "
            "(cookies) för att webbplatsen ska fungera och för att förstå hur den används. Du väljer själv om du "
            "godkänner statistikkakor.</p><button value=\"alla\">Godkänn alla kakor</button> "
            "<button value=\"nodvandiga\">Bara nödvändiga</button> <a href=\"/kakor/\">Läs mer om kakor</a></div>")


def topbar_links(site):
    items = [("/lyssna/", "Lyssna"), ("/lattlast/", "Lättläst"), ("/teckensprak/", "Teckenspråk"),
             ("/languages/", "Other languages"), ("/a-o/", "A–Ö")]
    items = [*items, *site.get("topbar", [])]
    return items


def footer_inner(site):
    f = site["footer"]
    extra = site.get("footer_extra", "")
    return (f"<div class=\"fcol\"><h2>{esc(site['name'])}</h2><p>{f['post']}<br>Besöksadress: {f['visit']}</p>"
            f"<p>Växel: <a href=\"tel:{f['tel_href']}\">{f['tel']}</a><br>E-post: <a href=\"mailto:{f['mail']}\">{f['mail']}</a>"
            f"<br>Org.nr: {f['org']}</p></div>"
            "<div class=\"fcol\"><h2>Om webbplatsen</h2><ul><li><a href=\"/tillganglighet/\">Tillgänglighetsredogörelse</a></li>"
            "<li><a href=\"/kakor/\">Kakor</a></li><li><a href=\"/personuppgifter/\">Så behandlar vi personuppgifter</a></li>"
            "<li><a href=\"/nyheter/\">Nyhetsarkiv</a></li><li><a href=\"/press/\">Press och media</a></li></ul></div>"
            "<div class=\"fcol\"><h2>Följ oss</h2><ul><li><a href=\"https://facebook.example/kommun\">Facebook</a></li>"
            "<li><a href=\"https://instagram.example/kommun\">Instagram</a></li><li><a href=\"https://linkedin.example/kommun\">LinkedIn</a></li>"
            f"<li><a href=\"/prenumerera/\">Prenumerera på nyheter</a></li></ul></div>{extra}")


def front_main(site):
    """Main content of the front page (hero = first section)."""
    hero = site.get("hero_box", "")
    shortcuts = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for h, t in site["shortcuts"])
    news = "".join(f"<li class=\"teaser\"><a href=\"{n['path']}\"><span class=\"t\">{esc(n['title'])}</span></a>"
                   f"<p>{esc(n['lead'])}</p><time>{n['date']}</time></li>" for n in site["news"] if n.get("teaser", True))
    ev = "".join(f"<li><time>{d}</time> <a href=\"/evenemang/{slug(t)}/\">{esc(t)}</a></li>" for d, t in EVENTS)
    es = "".join(f"<li><a href=\"/e-tjanster/{slug(t)}/\">{esc(t)}</a></li>" for t in ESERVICES)
    ao = "".join(f"<a href=\"/a-o/#{c.lower()}\">{c}</a> " for c in AO)
    pop = "".join(f"<li><a href=\"/populart/{slug(t)}/\"><svg aria-hidden=\"true\" width=\"16\" height=\"16\"><use href=\"#i-pil\"/></svg>{esc(t)}</a></li>" for t in POPULAR)
    jobs = "".join(f"<li><a href=\"/jobb/{slug(t)}/\">{esc(t)}</a><span class=\"deadline\">Sista ansökningsdag 2027-01-{10 + i:02d}</span></li>" for i, t in enumerate(JOBS))
    drift = site.get("drift", "Inga större störningar just nu. Vattenavstängning på Linvägen 3–5 onsdag kl. 9–12.")
    return (f"<section class=\"hero\" data-section=\"1\"><h1>{esc(site['hero_h1'])}</h1><p>{esc(site['hero_p'])}</p>"
            f"<ul class=\"shortcuts\">{shortcuts}</ul>{hero}</section>"
            f"<section class=\"news\"><h2>Aktuellt</h2><ul>{news}</ul><a href=\"/nyheter/\">Alla nyheter</a></section>"
            f"<section class=\"drift\"><h2>Driftinformation</h2><p>{esc(drift)}</p></section>"
            f"<section class=\"eserv\"><h2>Populära e-tjänster</h2><ul>{es}</ul><a href=\"/e-tjanster/\">Alla e-tjänster</a></section>"
            f"<section class=\"events\"><h2>Evenemang</h2><ul>{ev}</ul><a href=\"/evenemang/\">Fler evenemang</a></section>"
            f"{site.get('front_extra', '')}"
            f"<section class=\"popular\"><h2>Mest besökt</h2><ul>{pop}</ul></section>"
            f"<section class=\"jobs\"><h2>Jobba hos oss</h2><p>{esc(site['jobs'])}</p><ul>{jobs}</ul><a href=\"/jobb/\">Se alla lediga jobb</a></section>"
            f"<section class=\"ao\"><h2>A–Ö</h2><p>{ao}</p></section>"
            f"<svg xmlns=\"http://www.w3.org/2000/svg\" style=\"display:none\" aria-hidden=\"true\">{ICONS}</svg>"
            f"<script>{STATS}</script>")


# ---------------------------------------------------------------- skins
def _doc(site, page, head_extra, body):
    title = esc(page["title"])
    return (f"<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">{head_extra}"
            f"<style>{CSS}{site.get('css', '')}</style></head>\n{body}\n<script>{JS}</script></body></html>\n")


def search_form(site, cls="search"):
    return (f"<form class=\"{cls}\" action=\"/sok/\" method=\"get\" role=\"search\"><label for=\"q\" class=\"sr\">Sök på webbplatsen</label>"
            "<input id=\"q\" name=\"q\" type=\"search\" placeholder=\"Vad letar du efter?\"><button>Sök</button></form>")


def nav_items(site, li_open, sub_open, sub_close, top_cls="", sub_li="<li>"):
    out = []
    for (label, sl, subs) in areas(site):
        subl = "".join(f"{sub_li}<a href=\"{sub_href(sl, t, site)}\">{esc(t)}</a></li>" for t in subs)
        out.append(f"{li_open}<a class=\"{top_cls}\" href=\"/{sl}/\">{esc(label)}</a>{sub_open}{subl}{sub_close}</li>")
    for h, t in site.get("nav_extra", []):
        out.append(f"{li_open}<a class=\"{top_cls}\" href=\"{h}\">{esc(t)}</a></li>")
    return "".join(out)


def skin_envision(site, page):
    tb = "".join(f"<li class=\"env-list__item\"><a class=\"env-link\" href=\"{h}\">{esc(t)}</a></li>" for h, t in topbar_links(site))
    nav = nav_items(site, "<li class=\"env-nav__item\">", "<ul class=\"env-nav__sub\" hidden>", "</ul>", "env-nav__link")
    body = (f"<body class=\"sv-responsive env-theme\">{cookie(site)}<div class=\"sv-layout\" id=\"svid10_1\">"
            f"<header class=\"sv-layout sv-header\"><div class=\"sv-portlet env-toolbar\"><ul class=\"env-list env-list--horizontal\">{tb}</ul></div>"
            f"<div class=\"sv-portlet sv-image-portlet\"><a href=\"/\"><img src=\"/sitevision/logo.svg\" alt=\"{esc(site['name'])}, startsida\"></a></div>"
            f"<div class=\"sv-portlet sv-searchform-portlet\">{search_form(site, 'env-form')}</div>"
            f"<nav class=\"env-nav\" aria-label=\"Huvudmeny\"><ul class=\"env-nav__list\">{nav}</ul></nav></header>"
            f"<main class=\"sv-layout sv-main\" id=\"svid12_main\">{page['main']}</main>"
            f"<footer class=\"sv-layout sv-footer foot\"><div class=\"env-d--flex\">{footer_inner(site)}</div></footer></div>")
    return _doc(site, page, "<link rel=\"stylesheet\" href=\"/sitevision/envision.css\">", body)


def skin_wagtail(site, page):
    tb = "".join(f"<a class=\"utility-nav__link\" href=\"{h}\">{esc(t)}</a>" for h, t in topbar_links(site))
    nav = nav_items(site, "<li class=\"navigation__item navigation__item--level-1\">",
                    "<button class=\"navigation__toggle\" aria-expanded=\"false\">Visa undermeny</button><ul class=\"navigation__list--level-2\" aria-hidden=\"true\">",
                    "</ul>", "navigation__link")
    body = (f"<body class=\"template-{page.get('tpl', 'standardpage')}\">{cookie(site)}<div class=\"utility-nav\">{tb}</div>"
            f"<header class=\"header\" role=\"banner\"><a class=\"header__logo\" href=\"/\">{esc(site['name'])}</a>{search_form(site, 'header__search')}"
            f"<nav class=\"navigation\" aria-label=\"Huvudnavigering\"><ul class=\"navigation__list--level-1\">{nav}</ul></nav></header>"
            f"<main class=\"page\" id=\"main-content\"><div class=\"streamfield\">{page['main']}</div></main>"
            f"<footer class=\"footer foot\"><div class=\"footer__inner\">{footer_inner(site)}</div></footer>")
    return _doc(site, page, "<link rel=\"stylesheet\" href=\"/static/css/main.css\">", body)


def skin_primevue(site, page):
    tb = "".join(f"<a class=\"p-button p-button-text\" href=\"{h}\">{esc(t)}</a>" for h, t in topbar_links(site))
    nav = nav_items(site, "<li class=\"p-menuitem\" role=\"none\" data-v-7a1f>",
                    "<ul class=\"p-submenu-list\" role=\"menu\" style=\"display:none\" data-v-7a1f>", "</ul>", "p-menuitem-link",
                    sub_li="<li class=\"p-menuitem\" role=\"none\">")
    body = (f"<body><div id=\"app\" data-v-app>{cookie(site)}<div class=\"p-toolbar\" data-v-2c11>{tb}</div>"
            f"<div class=\"layout-topbar\" data-v-2c11><a class=\"layout-topbar-logo\" href=\"/\"><img src=\"/img/logo.svg\" alt=\"{esc(site['name'])}\"></a>"
            f"{search_form(site, 'p-inputgroup')}</div>"
            f"<div class=\"p-menubar\" data-pc-name=\"menubar\"><ul class=\"p-menubar-root-list\" role=\"menubar\">{nav}</ul></div>"
            f"<div class=\"layout-content\" role=\"main\" data-v-9d0e>{page['main']}</div>"
            f"<div class=\"layout-footer foot\" data-v-2c11>{footer_inner(site)}</div></div>"
            "<script>window.__INITIAL_STATE__={\"route\":\"" + page["path"] + "\"}</script>")
    return _doc(site, page, "<link rel=\"modulepreload\" href=\"/assets/index-3f9a.js\">", body)


def skin_digi(site, page):
    tb = "".join(f"<digi-link af-href=\"{h}\"><a href=\"{h}\">{esc(t)}</a></digi-link>" for h, t in topbar_links(site))
    nav = nav_items(site, "<li class=\"digi-navigation-main-menu__item\">",
                    "<digi-navigation-sub-menu af-expanded=\"false\"><ul hidden>", "</ul></digi-navigation-sub-menu>", "")
    body = (f"<body>{cookie(site)}<digi-layout-block af-variation=\"secondary\" class=\"toolbar\">{tb}</digi-layout-block>"
            f"<digi-header af-system-name=\"{esc(site['name'])}\"><div slot=\"header-logo\"><a href=\"/\"><img src=\"/logo.svg\" alt=\"{esc(site['name'])} startsida\"></a></div>"
            f"<div slot=\"header-content\">{search_form(site)}</div></digi-header>"
            f"<digi-navigation-main-menu><ul class=\"digi-navigation-main-menu__list\">{nav}</ul></digi-navigation-main-menu>"
            f"<digi-layout-container af-margin-top id=\"innehall\"><div class=\"content\">{page['main']}</div></digi-layout-container>"
            f"<digi-footer class=\"foot\">{footer_inner(site)}</digi-footer>"
            "<script type=\"module\">import('/digi/loader.js').then(function(m){m.defineCustomElements();});</script>")
    return _doc(site, page, "", body)


def skin_remix(site, page):
    tb = "".join(f"<li><a data-discover=\"true\" href=\"{h}\">{esc(t)}</a></li>" for h, t in topbar_links(site))
    nav = nav_items(site, "<li class=\"_navItem_1x9k2\">", "<ul class=\"_subList_1x9k2\" hidden>", "</ul>", "_navLink_1x9k2")
    body = (f"<body>{cookie(site)}<header class=\"_header_q81mz\"><ul class=\"_tools_q81mz\">{tb}</ul>"
            f"<a href=\"/\" class=\"_logo_q81mz\" aria-label=\"{esc(site['name'])} – till startsidan\"><svg width=\"160\" height=\"40\" aria-hidden=\"true\"></svg></a>"
            f"{search_form(site)}<nav aria-label=\"Meny\"><ul class=\"_navList_1x9k2\">{nav}</ul></nav></header>"
            f"<main class=\"_main_ab12\">{page['main']}</main><footer class=\"_footer_77tz foot\">{footer_inner(site)}</footer>"
            "<script>window.__remixContext={\"url\":\"" + page["path"] + "\",\"state\":{\"loaderData\":{}}};</script>")
    return _doc(site, page, "<link rel=\"modulepreload\" href=\"/build/entry.client-NK2S.js\">", body)


def skin_magnolia(site, page):
    tb = "".join(f"<a class=\"quicklink\" href=\"{h}\">{esc(t)}</a> " for h, t in topbar_links(site))
    nav = nav_items(site, "<li class=\"level1\">", "<div class=\"flyout\" style=\"display:none\"><ul class=\"level2\">", "</ul></div>", "")
    body = (f"<body class=\"mgnl-page\">{cookie(site)}<!-- cms:area name=\"header\" --><div class=\"header-area\">"
            f"<div class=\"quicklinks\">{tb}</div><div class=\"brand\"><a href=\"/\"><img src=\"/.resources/logo.png\" alt=\"{esc(site['name'])}\"></a></div>"
            f"{search_form(site)}<div class=\"mainnav\"><ul class=\"level1-list\">{nav}</ul></div></div><!-- /cms:area -->"
            f"<div class=\"content-area\" id=\"content\">{page['main']}</div>"
            f"<!-- cms:area name=\"footer\" --><div class=\"footer-area foot\">{footer_inner(site)}</div>")
    return _doc(site, page, "", body)


def skin_opencms(site, page):
    tb = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for h, t in topbar_links(site))
    nav = nav_items(site, "<li class=\"nav-item\">", "<ul class=\"nav-menu\" aria-expanded=\"false\" hidden>", "</ul>", "nav-label")
    body = (f"<body>{cookie(site)}<div id=\"mercury-page\"><header class=\"area-header fh\"><div class=\"header-group\">"
            f"<ul class=\"nav-meta-links\">{tb}</ul><div class=\"h-logo\"><a href=\"/\"><img src=\"/export/system/logo.svg\" alt=\"{esc(site['name'])}\"></a></div>"
            f"{search_form(site)}</div><div class=\"nav-main-container\"><ul class=\"nav-main-items\">{nav}</ul></div></header>"
            f"<main class=\"area-content\"><div class=\"element type-section\">{page['main']}</div></main>"
            f"<footer class=\"area-foot foot\"><div class=\"element\">{footer_inner(site)}</div></footer></div>")
    return _doc(site, page, "", body)


def skin_generatepress(site, page):
    tb = "".join(f"<a href=\"{h}\">{esc(t)}</a> " for h, t in topbar_links(site))
    nav = nav_items(site, "<li class=\"menu-item menu-item-has-children\">",
                    "<span class=\"dropdown-menu-toggle\" aria-expanded=\"false\"></span><ul class=\"sub-menu\">", "</ul>", "")
    body = (f"<body class=\"home wp-custom-logo\">{cookie(site)}<div class=\"top-bar\"><div class=\"inside-top-bar\">{tb}</div></div>"
            f"<header class=\"site-header\" id=\"masthead\"><div class=\"inside-header\"><div class=\"site-logo\"><a href=\"/\" rel=\"home\"><img src=\"/wp-content/uploads/logo.png\" alt=\"{esc(site['name'])}\"></a></div>"
            f"{search_form(site, 'search-form')}</div></header>"
            f"<nav class=\"main-navigation\" id=\"site-navigation\"><button class=\"menu-toggle\" aria-controls=\"primary-menu\">Meny</button>"
            f"<ul id=\"primary-menu\" class=\"menu sf-menu\">{nav}</ul></nav>"
            f"<div class=\"site grid-container\" id=\"page\"><main class=\"site-main\" id=\"main\"><div class=\"inside-article\">{page['main']}</div></main></div>"
            f"<div class=\"site-footer foot\"><footer class=\"site-info\">{footer_inner(site)}</footer></div>")
    css = ".sub-menu{position:absolute;left:-99999px}.menu-item:hover .sub-menu{left:auto}"
    return _doc(site, page, f"<style>{css}</style>", body)


def skin_alpine(site, page):
    tb = "".join(f"<a class=\"px-2 text-sm underline\" href=\"{h}\">{esc(t)}</a>" for h, t in topbar_links(site))
    nav = nav_items(site, "<li class=\"relative\" x-data=\"{open:false}\" @mouseleave=\"open=false\">",
                    "<ul class=\"absolute bg-white shadow\" x-show=\"open\" x-cloak style=\"display:none\">", "</ul>",
                    "block px-3 py-2 font-semibold")
    body = (f"<body class=\"antialiased\">{cookie(site)}<div class=\"bg-slate-800 text-white flex justify-end\">{tb}</div>"
            f"<header class=\"bg-white border-b\"><div class=\"container mx-auto flex items-center gap-4\"><a href=\"/\" class=\"shrink-0\"><img src=\"/img/logo.svg\" alt=\"{esc(site['name'])}\" class=\"h-10\"></a>"
            f"{search_form(site, 'flex-1')}</div><nav class=\"container mx-auto\" aria-label=\"Huvudmeny\"><ul class=\"flex flex-wrap gap-2\">{nav}</ul></nav></header>"
            f"<main class=\"container mx-auto py-8\">{page['main']}</main><footer class=\"foot py-10\"><div class=\"container mx-auto grid md:grid-cols-3\">{footer_inner(site)}</div></footer>"
            "<script defer src=\"/js/alpine.min.js\"></script>")
    return _doc(site, page, "<style>[x-cloak]{display:none!important}</style>", body)


def skin_htmx(site, page):
    tb = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for h, t in topbar_links(site))
    cols = []
    for (label, sl, subs) in areas(site):
        half = (len(subs) + 1) // 2
        c1 = "".join(f"<li><a href=\"{sub_href(sl, t, site)}\">{esc(t)}</a></li>" for t in subs[:half])
        c2 = "".join(f"<li><a href=\"{sub_href(sl, t, site)}\">{esc(t)}</a></li>" for t in subs[half:])
        cols.append(f"<li><a href=\"/{sl}/\" hx-get=\"/{sl}/\" hx-target=\"#mega-{sl}\">{esc(label)}</a>"
                    f"<div class=\"mega\" id=\"mega-{sl}\" hidden><div class=\"mega-col\"><h3>Hitta snabbt</h3><ul>{c1}</ul></div>"
                    f"<div class=\"mega-col\"><h3>Mer inom {esc(label.lower())}</h3><ul>{c2}</ul></div></div></li>")
    for h, t in site.get("nav_extra", []):
        cols.append(f"<li><a href=\"{h}\">{esc(t)}</a></li>")
    body = (f"<body hx-boost=\"true\">{cookie(site)}<header class=\"container\"><nav class=\"tools\"><ul>{tb}</ul></nav>"
            f"<nav class=\"brand\"><ul><li><a href=\"/\"><strong>{esc(site['name'])}</strong></a></li></ul><ul><li>{search_form(site)}</li></ul></nav>"
            f"<nav class=\"primary\" aria-label=\"Huvudmeny\"><ul>{''.join(cols)}</ul></nav></header>"
            f"<main class=\"container\">{page['main']}</main><footer class=\"container foot\">{footer_inner(site)}</footer>"
            "<script src=\"/js/htmx.min.js\"></script>")
    return _doc(site, page, "<link rel=\"stylesheet\" href=\"/css/pico.min.css\">", body)


def skin_tridion(site, page):
    tb = "".join(f"<a href=\"{h}\" data-tcm=\"tcm:5-{100 + i}\">{esc(t)}</a> " for i, (h, t) in enumerate(topbar_links(site)))
    nav = nav_items(site, "<li class=\"mm-item\">", "<ul class=\"mm-sub\" aria-hidden=\"true\" style=\"visibility:hidden\">", "</ul>", "mm-link")
    body = (f"<body data-tcm-page=\"tcm:5-2231-64\">{cookie(site)}<div id=\"siteHeader\" role=\"banner\"><div class=\"serviceLinks\">{tb}</div>"
            f"<div class=\"logoRow\"><a href=\"/\"><img src=\"/images/logotyp.svg\" alt=\"{esc(site['name'])}\"></a>{search_form(site)}</div>"
            f"<div class=\"megamenu\" role=\"navigation\" aria-label=\"Huvudmeny\"><ul class=\"mm-list\">{nav}</ul></div></div>"
            f"<div id=\"pageContent\" role=\"main\"><div data-tcm-component=\"tcm:5-4411\">{page['main']}</div></div>"
            f"<div id=\"siteFooter\" role=\"contentinfo\" class=\"foot\">{footer_inner(site)}</div>")
    return _doc(site, page, "", body)


SKINS = {"envision": skin_envision, "wagtail": skin_wagtail, "primevue": skin_primevue, "digi": skin_digi,
         "remix": skin_remix, "magnolia": skin_magnolia, "opencms": skin_opencms, "generatepress": skin_generatepress,
         "alpine": skin_alpine, "htmx": skin_htmx, "tridion": skin_tridion}
