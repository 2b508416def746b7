"""Markup families of the tenth blind corpus (typing aid; the written files are the corpus)."""
from __future__ import annotations

import html

esc = html.escape

AREAS = [
    ("Barn och utbildning", "barn-och-utbildning",
     ["Förskola", "Grundskola", "Fritidshem", "Gymnasieskola", "Skolskjuts", "Vuxenutbildning", "Skolval", "Kulturskolan"]),
    ("Omsorg och stöd", "omsorg-och-stod",
     ["Hemtjänst", "Särskilt boende", "Färdtjänst", "Ekonomiskt bistånd", "Funktionsnedsättning", "Anhörigstöd", "Missbruk och beroende", "Våld i nära relationer"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo",
     ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Detaljplaner", "Miljö och hälsa", "Energirådgivning", "Lantmäteri och kartor", "Tomter"]),
    ("Trafik och infrastruktur", "trafik-och-infrastruktur",
     ["Parkering", "Gator och vägar", "Snöröjning", "Kollektivtrafik", "Gång och cykel", "Vägarbeten", "Belysning", "Trafiksäkerhet"]),
    ("Kultur och fritid", "kultur-och-fritid",
     ["Bibliotek", "Idrott och motion", "Föreningsliv", "Badplatser", "Evenemang", "Fritidsgårdar", "Friluftsliv", "Konsthallen"]),
    ("Näringsliv och arbete", "naringsliv-och-arbete",
     ["Starta företag", "Upphandling", "Tillstånd för företag", "Mark och lokaler", "Arbetsmarknad", "Turism", "Nyheter för företagare", "Evenemang för företag"]),
    ("Kommun och politik", "kommun-och-politik",
     ["Politik och beslut", "Kommunfullmäktige", "Ekonomi och budget", "Lediga jobb", "Allmänna handlingar", "Statistik", "Överklaga beslut", "Krisberedskap"]),
]

SLUGS = {"å": "a", "ä": "a", "ö": "o", " ": "-", ",": "", "é": "e"}


def slug(t: str) -> str:
    return "".join(SLUGS.get(c, c) for c in t.lower())


def areas(prefix: str = "/", inject: dict | None = None) -> list[dict]:
    """inject: {area slug: [(label, href), ...]} appended to that area's sub-items."""
    inject = inject or {}
    out = []
    for label, sl, subs in AREAS:
        href = f"{prefix}{sl}/"
        items = [(t, f"{href}{slug(t)}/") for t in subs] + inject.get(sl, [])
        out.append({"label": label, "href": href, "subs": items})
    return out


def links(items, cls="", li=""):
    c = f" class=\"{cls}\"" if cls else ""
    lc = f" class=\"{li}\"" if li else ""
    return f"<ul{c}>" + "".join(f"<li{lc}><a href=\"{h}\">{esc(t)}</a></li>" for t, h in items) + "</ul>"


COOKIE = ("<div class=\"{cls}\" role=\"dialog\" aria-label=\"Kakor\"><p>Vi använder kakor (cookies) för att webbplatsen ska "
          "fungera och för att förstå hur den används. Du väljer själv om du godkänner statistikkakor.</p>"
          "<button type=\"button\">Godkänn alla</button> <button type=\"button\">Bara nödvändiga</button> "
          "<a href=\"{p}om-webbplatsen/kakor\">Läs mer om kakor</a></div>\n")

CSS = "<style>body{{font-family:{font};margin:0;color:#1c1c1c}}a{{color:{col}}}.hidden{{display:none}}img{{max-width:100%}}</style>\n"


def page(fam: str, s: dict, title: str, body: str, *, front: bool = False, path: str = "/") -> str:
    return FAMILIES[fam](s, title, body, front, path)


def _head(s, title, extra=""):
    t = esc(title)
    return ("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{t}</title>\n" + extra + CSS.format(font=s.get("font", "Arial, sans-serif"), col=s.get("color", "#004b87")) +
            "</head>\n")


def _top(s):
    p = s["prefix"]
    items = [("Lyssna", "#lyssna"), ("Lättläst", f"{p}lattlast/"), ("Teckenspråk", f"{p}teckensprak/"), ("Other languages", f"{p}languages/"), *s.get("topbar", [])]
    return items


def _foot_text(s):
    return (f"<p><strong>{esc(s['kname'])}</strong><br>Postadress: {esc(s['post'])}<br>"
            f"Besöksadress: {esc(s['visit'])}<br>Växel: {s['vaxel']}<br>E-post: {s['mail']}<br>"
            f"Organisationsnummer: {s['orgnr']}</p>")


def _foot_links(s):
    p = s["prefix"]
    return [("Tillgänglighetsredogörelse", f"{p}om-webbplatsen/tillganglighetsredogorelse"), ("Kakor", f"{p}om-webbplatsen/kakor"), ("Om webbplatsen", f"{p}om-webbplatsen/"), ("Press och media", f"{p}press/"), ("Lediga jobb", s.get("jobs_href", f"{p}jobb/")), ("Personuppgifter (GDPR)", f"{p}om-webbplatsen/personuppgifter"), *s.get("footer_links", [])]


def _social():
    return ("<ul class=\"social\"><li><a href=\"https://facebook.example/kommunen\">Facebook</a></li>"
            "<li><a href=\"https://instagram.example/kommunen\">Instagram</a></li>"
            "<li><a href=\"https://linkedin.example/company/kommunen\">LinkedIn</a></li></ul>")


# --- families -------------------------------------------------------------------------------

def sitefinity(s, title, body, front, path):
    p = s["prefix"]
    nav = "".join(
        f"<li class=\"k-item rmItem\"><a class=\"k-link rmLink\" href=\"{a['href']}\">{esc(a['label'])}</a>"
        f"<ul class=\"k-group rmSlide\" style=\"display:none\">" +
        "".join(f"<li class=\"k-item\"><a class=\"k-link\" href=\"{h}\">{esc(t)}</a></li>" for t, h in a["subs"]) +
        "</ul></li>" for a in s["areas"]) + "".join(
        f"<li class=\"k-item rmItem\"><a class=\"k-link rmLink\" href=\"{h}\">{esc(t)}</a></li>" for t, h in s.get("nav_extra", []))
    return (_head(s, title, "<link rel=\"stylesheet\" href=\"/ResourcePackages/Bootstrap/assets/dist/css/main.min.css\">\n") +
            "<body class=\"sfPublicWrapper\">\n<form id=\"aspnetForm\" method=\"post\" action=\"" + path + "\">\n"
            "<div class=\"sf_cols sfTopBar\"><div class=\"sf_colsIn\">" + links(_top(s), "sfTopLinks") + "</div></div>\n"
            "<div id=\"Header\" class=\"sf_cols\"><div class=\"sf_colsIn sf_2cols_1_25\"><a class=\"sfLogo\" href=\"" + p + "\">"
            f"<img src=\"/images/default-source/logo.svg\" alt=\"{esc(s['kname'])}, till startsidan\"></a></div>"
            "<div class=\"sf_colsIn sf_2cols_2_75\"><div class=\"sfsearchBox\" role=\"search\">"
            "<input type=\"search\" name=\"q\" form=\"sok\" aria-label=\"Sök på webbplatsen\"><button form=\"sok\">Sök</button></div>"
            "<nav class=\"sfNavWrp\" aria-label=\"Huvudmeny\"><ul class=\"k-widget k-menu RadMenu\">" + nav + "</ul></nav></div></div>\n"
            "<div id=\"Content\" class=\"sf_cols\"><div class=\"sf_colsIn\" id=\"main-content\">\n" + body +
            "</div></div>\n<div id=\"Footer\" class=\"sf_cols\"><div class=\"sf_colsIn sf_3cols_1_33\">" + _foot_text(s) +
            "</div><div class=\"sf_colsIn sf_3cols_2_33\">" + links(_foot_links(s)) + "</div><div class=\"sf_colsIn sf_3cols_3_33\">" +
            s.get("footer_extra", "") + _social() + "</div></div>\n</form>\n"
            "<form id=\"sok\" action=\"" + s["search_path"] + "\" method=\"get\"></form>\n" + COOKIE.format(cls="sfCookieBanner", p=p) +
            "<script>var sfPageId='" + path + "';</script>\n</body>\n</html>\n")


def alpine(s, title, body, front, path):
    p = s["prefix"]
    nav = "".join(
        f"<li x-data=\"{{ open: false }}\" class=\"relative\"><a href=\"{a['href']}\">{esc(a['label'])}</a>"
        f"<button type=\"button\" @click=\"open = !open\" :aria-expanded=\"open\" aria-label=\"Visa undermeny för {esc(a['label'])}\">+</button>"
        f"<ul x-show=\"open\" x-cloak style=\"display:none\" class=\"submenu\">" +
        "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in a["subs"]) + "</ul></li>" for a in s["areas"]) + "".join(
        f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in s.get("nav_extra", []))
    return (_head(s, title, "<script defer src=\"/assets/alpine.min.js\"></script>\n<style>[x-cloak]{display:none}</style>\n") +
            "<body>\n<div class=\"skip\"><a href=\"#innehall\">Till innehållet</a></div>\n<header class=\"site-header\">\n"
            "<div class=\"toolbar\">" + links(_top(s)) + "</div>\n<div class=\"brand\"><a href=\"" + p + "\"><img src=\"/assets/logo.svg\" alt=\"" +
            esc(s["kname"]) + "\"></a><form role=\"search\" action=\"" + s["search_path"] + "\" method=\"get\">"
            "<label for=\"q\">Sök</label><input id=\"q\" name=\"q\" type=\"search\"><button>Sök</button></form></div>\n"
            "<nav aria-label=\"Huvudnavigering\" x-data><ul class=\"mainmenu\">" + nav + "</ul></nav>\n</header>\n"
            "<main id=\"innehall\">\n" + body + "</main>\n<footer class=\"site-footer\"><div class=\"cols\"><div>" + _foot_text(s) +
            "</div><div><h2>Genvägar</h2>" + links(_foot_links(s)) + "</div><div>" + s.get("footer_extra", "") + _social() + "</div></div></footer>\n" +
            COOKIE.format(cls="cookie-consent", p=p) + "</body>\n</html>\n")


def djangocms(s, title, body, front, path):
    p = s["prefix"]
    panels = ""
    for i, a in enumerate(s["areas"]):
        subs = a["subs"]
        cols = [subs[:4], subs[4:8], subs[8:]]
        heads = s.get("mega_heads", {}).get(a["href"], ["Mer om " + a["label"].lower(), "Självservice", "Kontakt och service"])
        colhtml = "".join(f"<div class=\"mega-col\"><h3>{esc(heads[j])}</h3>" + links(c) + "</div>" for j, c in enumerate(cols) if c)
        panels += (f"<li class=\"nav-item dropdown\"><a class=\"nav-link\" href=\"{a['href']}\">{esc(a['label'])}</a>"
                   f"<div class=\"mega-panel\" id=\"mega-{i}\" hidden>{colhtml}</div></li>")
    panels += "".join(f"<li class=\"nav-item\"><a class=\"nav-link\" href=\"{h}\">{esc(t)}</a></li>" for t, h in s.get("nav_extra", []))
    return (_head(s, title, "<link rel=\"stylesheet\" href=\"/static/css/base.css\">\n") +
            "<body class=\"cms-ready\">\n<div class=\"cms-plugin topstrip\">" + links(_top(s), "list-inline") + "</div>\n"
            "<header class=\"masthead\"><a class=\"navbar-brand\" href=\"" + p + "\"><img src=\"/static/img/logo.svg\" alt=\"" + esc(s["kommun"]) +
            "s kommun – startsida\"></a><form class=\"search\" action=\"" + s["search_path"] + "\"><input name=\"q\" type=\"search\" "
            "placeholder=\"Vad letar du efter?\" aria-label=\"Sök\"><button>Sök</button></form>\n<nav class=\"navbar\"><ul class=\"navbar-nav\">" +
            panels + "</ul></nav></header>\n<main class=\"container\">\n" + body + s.get("every_page_box", "") + "</main>\n"
            "<footer class=\"cms-plugin footer\"><div class=\"row\"><div class=\"col\">" + _foot_text(s) + "</div><div class=\"col\">" +
            links(_foot_links(s)) + "</div><div class=\"col\">" + s.get("footer_extra", "") + _social() + "</div></div></footer>\n" +
            COOKIE.format(cls="cms-cookie", p=p) + "<script src=\"/static/js/mega.js\"></script>\n</body>\n</html>\n")


def magnolia(s, title, body, front, path):
    p = s["prefix"]
    nav = "".join(
        f"<li class=\"lvl1\"><a href=\"{a['href']}\">{esc(a['label'])}</a><div class=\"lvl2-wrap\" aria-hidden=\"true\"><ul class=\"lvl2\">" +
        "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in a["subs"]) + "</ul></div></li>" for a in s["areas"]) + "".join(
        f"<li class=\"lvl1\"><a href=\"{h}\">{esc(t)}</a></li>" for t, h in s.get("nav_extra", []))
    return (_head(s, title, "<link rel=\"stylesheet\" href=\"/.resources/kommun-theme/css/styles.css\">\n") +
            "<body>\n<div id=\"wrapper\" class=\"mgnl-page\">\n<div id=\"top\" class=\"mgnl-area area-top\">\n"
            "<div class=\"service-links\">" + links(_top(s)) + "</div>\n<div class=\"logo-search\"><a href=\"" + p +
            "\" class=\"logo\"><img src=\"/.resources/kommun-theme/img/logo.png\" alt=\"" + esc(s["kname"]) + "\"></a>"
            "<form action=\"" + s["search_path"] + "\" class=\"searchform\"><input type=\"text\" name=\"q\" title=\"Sök\"><input type=\"submit\" value=\"Sök\"></form></div>\n"
            "<div id=\"nav\" class=\"mgnl-area area-nav\"><ul class=\"lvl1-list\">" + nav + "</ul></div>\n</div>\n"
            "<div id=\"main\" class=\"mgnl-area area-main\">\n" + body + "</div>\n"
            "<div id=\"footer\" class=\"mgnl-area area-footer\"><div class=\"footer-col\">" + _foot_text(s) + "</div><div class=\"footer-col\">" +
            links(_foot_links(s)) + "</div><div class=\"footer-col\">" + s.get("footer_extra", "") + _social() + "</div></div>\n</div>\n" +
            COOKIE.format(cls="cookie-bar", p=p) + "</body>\n</html>\n")


def remix(s, title, body, front, path):
    p = s["prefix"]
    nav = "".join(
        f"<li><a data-discover=\"true\" href=\"{a['href']}\">{esc(a['label'])}</a><ul hidden>" +
        "".join(f"<li><a data-discover=\"true\" href=\"{h}\">{esc(t)}</a></li>" for t, h in a["subs"]) + "</ul></li>" for a in s["areas"]) + "".join(
        f"<li><a data-discover=\"true\" href=\"{h}\">{esc(t)}</a></li>" for t, h in s.get("nav_extra", []))
    top = "".join(f"<a data-discover=\"true\" href=\"{h}\">{esc(t)}</a> " for t, h in _top(s))
    return (_head(s, title, "<link rel=\"modulepreload\" href=\"/build/entry.client-5HX2QJ.js\">\n") +
            "<body>\n<div class=\"_app_1x9k\">\n<div class=\"_topbar_p2d\">" + top + "</div>\n"
            "<header class=\"_header_q81\"><a class=\"_logo_7ya\" href=\"" + p + "\" aria-label=\"" + esc(s["kname"]) + ", startsida\">"
            "<svg width=\"40\" height=\"40\" aria-hidden=\"true\"><circle cx=\"20\" cy=\"20\" r=\"18\"></circle></svg><span>" + esc(s["kname"]) + "</span></a>"
            "<form method=\"get\" action=\"" + s["search_path"] + "\" role=\"search\"><input type=\"search\" name=\"q\" aria-label=\"Sök\"><button>Sök</button></form>"
            "<nav class=\"_nav_m3t\"><ul>" + nav + "</ul></nav></header>\n<main class=\"_main_a0c\">\n" + body + "</main>\n"
            "<footer class=\"_footer_z4e\">" + _foot_text(s) + links(_foot_links(s)) + s.get("footer_extra", "") + _social() + "</footer>\n</div>\n" +
            COOKIE.format(cls="_cookie_r2", p=p) +
            "<script>window.__remixContext = {\"url\":\"" + path + "\",\"state\":{\"loaderData\":{}}};</script>\n"
            "<script type=\"module\" src=\"/build/entry.client-5HX2QJ.js\"></script>\n</body>\n</html>\n")


def quasar(s, title, body, front, path):
    p = s["prefix"]
    nav = "".join(
        f"<div class=\"q-item q-expansion-item\"><a class=\"q-item__label\" href=\"{a['href']}\">{esc(a['label'])}</a>"
        f"<div class=\"q-expansion-item__content\" style=\"display:none\">" +
        "".join(f"<a class=\"q-item q-item--clickable\" href=\"{h}\">{esc(t)}</a>" for t, h in a["subs"]) + "</div></div>" for a in s["areas"]) + "".join(
        f"<div class=\"q-item\"><a class=\"q-item__label\" href=\"{h}\">{esc(t)}</a></div>" for t, h in s.get("nav_extra", []))
    top = "".join(f"<a class=\"q-btn q-btn--flat\" href=\"{h}\"><span class=\"q-btn__content\">{esc(t)}</span></a>" for t, h in _top(s))
    return (_head(s, title, "<link rel=\"stylesheet\" href=\"/css/app.4c1e.css\">\n") +
            "<body class=\"desktop no-touch body--light\">\n<div id=\"q-app\"><div class=\"q-layout q-layout--standard\">\n"
            "<div class=\"q-header q-layout__section--marginal fixed-top\"><div class=\"q-bar\">" + top + "</div>"
            "<div class=\"q-toolbar row no-wrap items-center\"><a class=\"q-toolbar__title\" href=\"" + p + "\"><img src=\"/img/logo.svg\" alt=\"" +
            esc(s["kname"]) + "\"></a><form class=\"q-field\" action=\"" + s["search_path"] + "\"><input class=\"q-field__native\" name=\"q\" aria-label=\"Sök\"></form></div>"
            "<div class=\"q-tabs q-list row\">" + nav + "</div></div>\n"
            "<div class=\"q-page-container\"><div class=\"q-page\">\n" + body + "</div></div>\n"
            "<div class=\"q-footer q-layout__section--marginal\"><div class=\"row q-col-gutter-md\"><div class=\"col\">" + _foot_text(s) +
            "</div><div class=\"col\">" + links(_foot_links(s)) + "</div><div class=\"col\">" + s.get("footer_extra", "") + _social() + "</div></div></div>\n"
            "</div></div>\n" + COOKIE.format(cls="q-dialog cookie", p=p) + "<script src=\"/js/app.8b2d.js\" defer></script>\n</body>\n</html>\n")


def turbo(s, title, body, front, path):
    p = s["prefix"]
    nav = "".join(
        f"<li data-controller=\"dropdown\"><a href=\"{a['href']}\" data-turbo-frame=\"_top\">{esc(a['label'])}</a>"
        f"<ul data-dropdown-target=\"menu\" class=\"hidden\">" +
        "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in a["subs"]) + "</ul></li>" for a in s["areas"]) + "".join(
        f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in s.get("nav_extra", []))
    return (_head(s, title, "<meta name=\"turbo-cache-control\" content=\"no-preview\">\n<script type=\"module\" src=\"/assets/application-d81f.js\"></script>\n") +
            "<body data-controller=\"cookie\">\n<header class=\"header\" data-turbo-permanent id=\"site-header\">\n<div class=\"header__tools\">" + links(_top(s)) +
            "</div>\n<div class=\"header__main\"><a href=\"" + p + "\" class=\"header__logo\"><img src=\"/assets/logo.svg\" alt=\"" + esc(s["kommun"]) +
            "s kommun\"></a><form action=\"" + s["search_path"] + "\" data-turbo=\"false\"><input type=\"search\" name=\"q\" aria-label=\"Sök\"><button>Sök</button></form></div>\n"
            "<nav class=\"header__nav\" aria-label=\"Meny\"><ul>" + nav + "</ul></nav>\n</header>\n"
            "<turbo-frame id=\"content\" target=\"_top\"><main>\n" + body + "</main></turbo-frame>\n"
            "<footer class=\"footer\"><div class=\"footer__col\">" + _foot_text(s) + "</div><div class=\"footer__col\">" + links(_foot_links(s)) +
            "</div><div class=\"footer__col\">" + s.get("footer_extra", "") + _social() + "</div></footer>\n" + COOKIE.format(cls="cookie", p=p) +
            "</body>\n</html>\n")


def pico(s, title, body, front, path):
    p = s["prefix"]
    nav = "".join(
        f"<li><details class=\"dropdown\"><summary>{esc(a['label'])}</summary><ul dir=\"rtl\"><li><a href=\"{a['href']}\">Allt om {esc(a['label'].lower())}</a></li>" +
        "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in a["subs"]) + "</ul></details></li>" for a in s["areas"]) + "".join(
        f"<li><a href=\"{h}\"><strong>{esc(t)}</strong></a></li>" for t, h in s.get("nav_extra", []))
    return (_head(s, title, "<link rel=\"stylesheet\" href=\"/css/pico.min.css\">\n") +
            "<body>\n<header class=\"container\">\n<nav aria-label=\"Verktyg\">" + links(_top(s)) + "</nav>\n"
            "<nav><ul><li><a href=\"" + p + "\"><img src=\"/img/logo.svg\" alt=\"" + esc(s["kname"]) + "\" width=\"160\"></a></li></ul>"
            "<ul>" + nav + "</ul></nav>\n<form role=\"search\" action=\"" + s["search_path"] + "\"><input name=\"q\" type=\"search\" placeholder=\"Sök\" aria-label=\"Sök\"><input type=\"submit\" value=\"Sök\"></form>\n"
            "</header>\n<main class=\"container\">\n" + body + "</main>\n<footer class=\"container\"><div class=\"grid\"><section>" + _foot_text(s) +
            "</section><section>" + links(_foot_links(s)) + "</section><section>" + s.get("footer_extra", "") + _social() + "</section></div></footer>\n" +
            COOKIE.format(cls="cookie", p=p) + "</body>\n</html>\n")


def kirby(s, title, body, front, path):
    p = s["prefix"]
    nav = "".join(
        f"<div class=\"menu-item has-children\"><a href=\"{a['href']}\">{esc(a['label'])}</a><div class=\"menu-children\" hidden>" +
        "".join(f"<a href=\"{h}\">{esc(t)}</a>" for t, h in a["subs"]) + "</div></div>" for a in s["areas"]) + "".join(
        f"<div class=\"menu-item\"><a href=\"{h}\">{esc(t)}</a></div>" for t, h in s.get("nav_extra", []))
    top = "".join(f"<a href=\"{h}\">{esc(t)}</a>" for t, h in _top(s))
    return (_head(s, title, "<link rel=\"stylesheet\" href=\"/assets/css/index.css\">\n") +
            "<body>\n<div class=\"page\">\n<div class=\"site-header\">\n<div class=\"site-header__utility\">" + top + "</div>\n"
            "<div class=\"site-header__bar\"><a class=\"logo\" href=\"" + p + "\">" + esc(s["kname"]) + "</a>"
            "<form class=\"search\" action=\"" + s["search_path"] + "\"><input type=\"search\" name=\"q\" aria-label=\"Sök\"><button>Sök</button></form></div>\n"
            "<div class=\"menu\">" + nav + "</div>\n</div>\n<div class=\"site-main\">\n" + body + "</div>\n"
            "<div class=\"site-footer\"><div class=\"grid\"><div class=\"column\">" + _foot_text(s) + "</div><div class=\"column\">" +
            links(_foot_links(s)) + "</div><div class=\"column\">" + s.get("footer_extra", "") + _social() + "</div></div></div>\n</div>\n" +
            COOKIE.format(cls="cookie", p=p) + "</body>\n</html>\n")


def squiz(s, title, body, front, path):
    p = s["prefix"]
    nav = "".join(
        f"<li class=\"main-nav__item\"><a href=\"{a['href']}\">{esc(a['label'])}</a><ul class=\"main-nav__sub\" style=\"display:none\">" +
        "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in a["subs"]) + "</ul></li>" for a in s["areas"]) + "".join(
        f"<li class=\"main-nav__item\"><a href=\"{h}\">{esc(t)}</a></li>" for t, h in s.get("nav_extra", []))
    return (_head(s, title, "<link rel=\"stylesheet\" href=\"/__data/assets/css_file/0021/1002/site.css\">\n") +
            "<body>\n<!--noindex-->\n<div id=\"header-strip\">" + s.get("header_strip", "") + links(_top(s), "strip-links") + "</div>\n"
            "<div id=\"header\"><a id=\"logo\" href=\"" + p + "\"><img src=\"/__data/assets/image/0012/1003/logo.png\" alt=\"" + esc(s["kommun"]) +
            "s kommun\"></a><form id=\"search\" action=\"" + s["search_path"] + "\"><input name=\"q\" aria-label=\"Sök\"><button>Sök</button></form></div>\n"
            "<div id=\"main-nav\"><ul>" + nav + "</ul></div>\n<!--endnoindex-->\n<div id=\"content\">\n" + body + "</div>\n<!--noindex-->\n"
            "<div id=\"footer\"><div class=\"footer__contact\">" + _foot_text(s) + "</div><div class=\"footer__links\">" + links(_foot_links(s)) +
            "</div><div>" + s.get("footer_extra", "") + _social() + "</div></div>\n<!--endnoindex-->\n" + COOKIE.format(cls="cookie-notice", p=p) +
            "</body>\n</html>\n")


FAMILIES = {"sitefinity": sitefinity, "alpine": alpine, "djangocms": djangocms, "magnolia": magnolia, "remix": remix,
            "quasar": quasar, "turbo": turbo, "pico": pico, "kirby": kirby, "squiz": squiz}
