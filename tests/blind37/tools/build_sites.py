"""Typing aid for the blind37 corpus: writes sites/<kod>/ (HTML + site.json).

    python3 tests/blind37/tools/build_sites.py

The generated files are the corpus; labels.csv is written by hand.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
SITES = CORPUS / "sites"

LOGO = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='40' height='40'/%3E"

AREAS = [
    ("Barn och utbildning", "barn-och-utbildning", ["Förskola", "Grundskola", "Gymnasium", "Skolskjuts"]),
    ("Omsorg och stöd", "omsorg-och-stod", ["Hemtjänst", "Äldreboende", "Ekonomiskt bistånd", "Funktionsnedsättning"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa"]),
    ("Trafik och infrastruktur", "trafik-och-infrastruktur", ["Gator och vägar", "Parkering", "Snöröjning", "Felanmälan"]),
    ("Kultur och fritid", "kultur-och-fritid", ["Bibliotek", "Idrott och motion", "Föreningsliv", "Evenemang"]),
    ("Näringsliv och arbete", "naringsliv-och-arbete", ["Starta företag", "Upphandling", "Lediga jobb", "Tillstånd"]),
    ("Kommun och politik", "kommun-och-politik", ["Kommunfullmäktige", "Organisation", "Ekonomi", "Diarium"]),
]

FILLER = ("Här hittar du information om {t} i {k}. Sidan uppdateras löpande av "
          "förvaltningen. Kontakta växeln om du inte hittar det du söker.")


def slug(s: str) -> str:
    tr = str.maketrans({"å": "a", "ä": "a", "ö": "o", " ": "-", ",": ""})
    return s.lower().translate(tr)


class Site:
    def __init__(self, code, name, gen, lan_kod, lan, family, phone, domain, street, post):
        self.code, self.name, self.gen = code, name, gen
        self.lan_kod, self.lan, self.family = lan_kod, lan, family
        self.phone, self.domain, self.street, self.post = phone, domain, street, post
        self.pages: dict[str, tuple[str, str, str]] = {}  # path -> (file, title, body)
        self.redirects: dict[str, list] = {}
        self.hits: dict[str, list[str]] = {}
        self.extra_files: dict[str, bytes] = {}
        self.topbar = [("Lyssna", "/om-webbplatsen/#lyssna"), ("Lättläst", "/om-webbplatsen/#lattlast"),
                       ("In English", "/om-webbplatsen/#english")]
        self.header_links: list[tuple[str, str]] = []   # extra header links (label, href, attrs)
        self.menu_extra: dict[str, list[tuple[str, str]]] = {}  # area slug -> extra sub-items
        self.menu_top_extra: list[tuple[str, str]] = []
        self.footer_extra = ""
        self.encoding = "utf-8"
        self.search_path, self.search_param = "/sok/", "q"
        self.area_prefix = ""

    @property
    def kommun(self):
        return f"{self.gen} kommun"

    def add(self, path, title, body, file=None):
        file = file or (path.strip("/").replace("/", "_") or "index") + ".html"
        self.pages[path] = (file, title, body)

    def area_href(self, area_slug, sub=None):
        base = f"/{area_slug}/"
        return base + (f"#{slug(sub)}" if sub else "")


# ---------------------------------------------------------------- families
def nav_items(s: Site):
    out = []
    for label, sl, subs in AREAS:
        items = [(x, s.area_href(sl, x)) for x in subs] + s.menu_extra.get(sl, [])
        out.append((label, s.area_href(sl), items))
    return out


def footer_text(s: Site) -> str:
    return (f"<p><strong>{s.kommun}</strong><br>{s.street}<br>{s.post}</p>"
            f"<p>Växel: <a href=\"tel:{s.phone.replace(' ', '').replace('-', '')}00\">{s.phone}00</a><br>"
            f"E-post: <a href=\"mailto:kommun@{s.domain}\">kommun@{s.domain}</a><br>Org.nr 212000-{s.code}</p>"
            f"<p><a href=\"/tillganglighet/\">Tillgänglighetsredogörelse</a> · <a href=\"/om-webbplatsen/\">Om webbplatsen och kakor</a>"
            f" · <a href=\"/nyheter/\">Nyheter</a></p>{s.footer_extra}")


def search_form(s: Site, cls="search") -> str:
    return (f"<form class=\"{cls}\" action=\"{s.search_path}\" method=\"get\" role=\"search\">"
            f"<label for=\"q\">Sök på webbplatsen</label> <input id=\"q\" name=\"{s.search_param}\" type=\"search\">"
            f" <button type=\"submit\">Sök</button></form>")


def head(s: Site, title: str) -> str:
    cs = "iso-8859-1" if s.encoding != "utf-8" else "utf-8"
    return (f"<head><meta charset=\"{cs}\"><meta name=\"viewport\" content=\"width=device-width\">"
            f"<title>{title} - {s.kommun}</title><link rel=\"canonical\" href=\"__ORIGIN__/\">"
            f"<style>body{{font-family:sans-serif;margin:0}} .sub,[hidden]{{}} nav ul ul{{display:none}}"
            f" nav li:hover ul{{display:block}}</style></head>")


def cookie() -> str:
    return ("<div class=\"cookie-banner\" id=\"cookie\"><p>Vi använder kakor för att webbplatsen ska fungera."
            " <button type=\"button\" onclick=\"this.parentNode.parentNode.remove()\">Jag förstår</button></p></div>")


def extra_header(s: Site) -> str:
    return " ".join(f"<a href=\"{h}\"{a}>{t}</a>" for t, h, a in s.header_links)


def render_semantic(s, title, body):
    subs = "".join(
        f"<li><a href=\"{h}\">{t}</a><ul class=\"sub\">" + "".join(f"<li><a href=\"{h2}\">{t2}</a></li>" for t2, h2 in items) + "</ul></li>"
        for t, h, items in nav_items(s)) + "".join(f"<li><a href=\"{h}\">{t}</a></li>" for t, h in s.menu_top_extra)
    top = " ".join(f"<a href=\"{h}\">{t}</a>" for t, h in s.topbar)
    return (f"<!DOCTYPE html><html lang=\"sv\">{head(s, title)}<body>{cookie()}"
            f"<header class=\"site-header\"><div class=\"topbar\">{top}</div>"
            f"<a class=\"logo\" href=\"/\"><img src=\"{LOGO}\" alt=\"{s.kommun}, till startsidan\"></a> {extra_header(s)}"
            f"{search_form(s)}<nav aria-label=\"Huvudmeny\"><ul class=\"menu\">{subs}</ul></nav></header>"
            f"<main id=\"main\">{body}</main><footer class=\"site-footer\">{footer_text(s)}</footer></body></html>")


def render_bootstrap(s, title, body):
    items = ""
    for t, h, sub in nav_items(s):
        dd = "".join(f"<li><a class=\"dropdown-item\" href=\"{h2}\">{t2}</a></li>" for t2, h2 in sub)
        items += (f"<li class=\"nav-item dropdown\"><a class=\"nav-link dropdown-toggle\" href=\"{h}\" data-bs-toggle=\"dropdown\">{t}</a>"
                  f"<ul class=\"dropdown-menu\">{dd}</ul></li>")
    items += "".join(f"<li class=\"nav-item\"><a class=\"nav-link\" href=\"{h}\">{t}</a></li>" for t, h in s.menu_top_extra)
    top = " ".join(f"<a class=\"link-light\" href=\"{h}\">{t}</a>" for t, h in s.topbar)
    return (f"<!DOCTYPE html><html lang=\"sv\">{head(s, title)}<body>{cookie()}"
            f"<div class=\"bg-dark text-white small py-1\"><div class=\"container\">{top}</div></div>"
            f"<nav class=\"navbar navbar-expand-lg navbar-light bg-light\"><div class=\"container\">"
            f"<a class=\"navbar-brand\" href=\"/\"><img src=\"{LOGO}\" alt=\"{s.kommun}\"> {s.gen} kommun</a>"
            f"<button class=\"navbar-toggler\" type=\"button\" data-bs-toggle=\"collapse\" data-bs-target=\"#nv\" aria-label=\"Visa meny\">"
            f"<span class=\"navbar-toggler-icon\"></span></button><div class=\"collapse navbar-collapse\" id=\"nv\">"
            f"<ul class=\"navbar-nav me-auto\">{items}</ul>{search_form(s, 'd-flex')}</div></div></nav>"
            f"<div class=\"container my-4\" id=\"content\">{body}</div>"
            f"<div class=\"bg-secondary text-white py-4 mt-5\" id=\"sidfot\"><div class=\"container\">{footer_text(s)}</div></div>"
            f"<script src=\"/static/bootstrap.bundle.min.js\" defer></script></body></html>")


def render_sitevision(s, title, body):
    top = "".join(f"<li><a href=\"{h}\">{t}</a></li>" for t, h in s.topbar)
    menu, panels = "", ""
    for i, (t, h, sub) in enumerate(nav_items(s)):
        menu += (f"<li class=\"sv-menu-item\"><a href=\"{h}\">{t}</a> <button class=\"env-button\" aria-expanded=\"false\""
                 f" aria-controls=\"mega{i}\" aria-label=\"Visa undermeny för {t}\">+</button>"
                 f"<div class=\"sv-mega\" id=\"mega{i}\" hidden><div class=\"sv-column\"><h3>{t}</h3><ul>"
                 + "".join(f"<li><a href=\"{h2}\">{t2}</a></li>" for t2, h2 in sub) + "</ul></div></div></li>")
    return (f"<!DOCTYPE html><html lang=\"sv\">{head(s, title)}<body>{cookie()}"
            f"<div class=\"sv-layout sv-skip-spacer\" id=\"svid10_1\"><div class=\"sv-layout header-top\"><ul class=\"sv-toplinks\">{top}</ul></div>"
            f"<div class=\"sv-layout header-main\"><div class=\"sv-portlet sv-image-portlet\"><a href=\"/\"><img src=\"{LOGO}\" alt=\"{s.kommun} - startsida\"></a></div>"
            f"<div class=\"sv-portlet sv-searchform-portlet\">{search_form(s, 'env-form')}</div>"
            f"<div class=\"sv-portlet sv-script-portlet\">{extra_header(s)}</div></div>"
            f"<div class=\"sv-layout sv-menu\"><ul class=\"sv-menu-list\">{menu}</ul></div>{panels}</div>"
            f"<div class=\"sv-layout pagecontent\" id=\"svid10_2\"><div class=\"sv-portlet sv-text-portlet\">{body}</div></div>"
            f"<div class=\"sv-layout sidfot\" id=\"svid10_3\"><div class=\"sv-portlet sv-text-portlet\">{footer_text(s)}</div></div>"
            f"<script src=\"/sitevision/system-resource/abc/js/envision.js\" defer></script></body></html>")


def render_municipio(s, title, body):
    drawer = ""
    for t, h, sub in nav_items(s):
        drawer += (f"<li class=\"menu-item menu-item-has-children\"><a href=\"{h}\">{t}</a><ul class=\"sub-menu\">"
                   + "".join(f"<li class=\"menu-item\"><a href=\"{h2}\">{t2}</a></li>" for t2, h2 in sub) + "</ul></li>")
    drawer += "".join(f"<li class=\"menu-item\"><a href=\"{h}\">{t}</a></li>" for t, h in s.menu_top_extra)
    return (f"<!DOCTYPE html><html lang=\"sv\">{head(s, title)}<body class=\"wp-theme-municipio\">{cookie()}"
            f"<header id=\"site-header\" class=\"c-header\"><div class=\"c-header__top\">"
            + " ".join(f"<a class=\"c-link\" href=\"{h}\">{t}</a>" for t, h in s.topbar)
            + f"</div><div class=\"c-header__main\"><a class=\"c-logotype\" href=\"/\"><img src=\"{LOGO}\" alt=\"{s.kommun}\"></a>"
            f"<div class=\"c-header__search\">{search_form(s, 'c-form')}</div>"
            f"<div class=\"c-header__links\">{extra_header(s)}</div>"
            f"<button class=\"c-button js-trigger-drawer\" aria-controls=\"drawer\" aria-expanded=\"false\">Meny</button></div></header>"
            f"<div id=\"drawer\" class=\"c-drawer\" hidden><nav aria-label=\"Meny\"><ul class=\"c-nav\">{drawer}</ul></nav></div>"
            f"<main id=\"main-content\" class=\"o-container\"><article class=\"c-article\">{body}</article></main>"
            f"<footer class=\"site-footer\"><div class=\"o-grid\">{footer_text(s)}</div></footer></body></html>")


def render_table(s, title, body):
    menu = "".join(f"<tr><td class=\"meny\"><a href=\"{h}\"><font face=\"Verdana\" size=\"2\">{t.upper()}</font></a></td></tr>"
                   for t, h, _ in nav_items(s))
    menu += "".join(f"<tr><td class=\"meny\"><a href=\"{h}\"><font face=\"Verdana\" size=\"2\">{t.upper()}</font></a></td></tr>"
                    for t, h in s.menu_top_extra)
    top = " | ".join(f"<a href=\"{h}\"><font size=\"1\" color=\"#ffffff\">{t}</font></a>" for t, h in s.topbar)
    return (f"<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\"><html>{head(s, title)}<body bgcolor=\"#ffffff\">"
            f"<table width=\"960\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" align=\"center\">"
            f"<tr><td colspan=\"2\" bgcolor=\"#003366\" align=\"right\">{top}</td></tr>"
            f"<tr><td colspan=\"2\" bgcolor=\"#dde6ee\"><table width=\"100%\"><tr><td><a href=\"/\"><img src=\"{LOGO}\" alt=\"{s.kommun}\" border=\"0\"></a>"
            f" <font face=\"Georgia\" size=\"5\">{s.kommun}</font></td><td align=\"right\">{search_form(s, 'sok')}</td></tr></table></td></tr>"
            f"<tr><td width=\"200\" valign=\"top\" bgcolor=\"#eeeeee\"><table width=\"100%\">{menu}</table></td>"
            f"<td valign=\"top\"><font face=\"Verdana\" size=\"2\">{body}</font></td></tr>"
            f"<tr><td colspan=\"2\" bgcolor=\"#dde6ee\"><font face=\"Verdana\" size=\"1\">{footer_text(s)}</font></td></tr></table></body></html>")


def render_soup(s, title, body):
    menu = "".join(f"<div class=\"m1\"><a href=\"{h}\">{t}</a><div class=\"m2\">"
                   + "".join(f"<a href=\"{h2}\">{t2}</a>" for t2, h2 in sub) + "</div></div>" for t, h, sub in nav_items(s))
    top = "".join(f"<span class=\"t3\"><a href=\"{h}\">{t}</a></span>" for t, h in s.topbar)
    return (f"<!DOCTYPE html><html lang=\"sv\">{head(s, title)}<body><div class=\"w0\">{cookie()}"
            f"<div class=\"q1\"><div class=\"q2\">{top}</div><div class=\"q3\"><a href=\"/\"><img src=\"{LOGO}\" alt=\"{s.kommun}\"></a>"
            f"<span class=\"q4\">{extra_header(s)}</span></div><div class=\"q5\">{search_form(s, 'zz')}</div></div>"
            f"<div class=\"q6\">{menu}</div><div class=\"box7\">{body}</div>"
            f"<div class=\"q9\">{footer_text(s)}</div></div></body></html>")


def render_aria(s, title, body):
    menu = "".join(f"<div role=\"listitem\"><a href=\"{h}\">{t}</a></div>" for t, h, _ in nav_items(s))
    top = " ".join(f"<a href=\"{h}\">{t}</a>" for t, h in s.topbar)
    return (f"<!DOCTYPE html><html lang=\"sv\">{head(s, title)}<body>{cookie()}"
            f"<div role=\"banner\" class=\"hd\"><div class=\"hd-top\">{top}</div><a href=\"/\"><img src=\"{LOGO}\" alt=\"{s.kommun}\"></a>"
            f"{extra_header(s)}<div role=\"search\">{search_form(s, 'sf')}</div></div>"
            f"<div role=\"navigation\" aria-label=\"Huvudmeny\"><div role=\"list\">{menu}</div></div>"
            f"<div role=\"main\" class=\"ct\">{body}</div><div role=\"contentinfo\" class=\"ft\">{footer_text(s)}</div></body></html>")


def render_wordpress(s, title, body):
    items = "".join(f"<li class=\"menu-item\"><a href=\"{h}\">{t}</a><ul class=\"sub-menu\">"
                    + "".join(f"<li class=\"menu-item\"><a href=\"{h2}\">{t2}</a></li>" for t2, h2 in sub) + "</ul></li>"
                    for t, h, sub in nav_items(s))
    top = " · ".join(f"<a href=\"{h}\">{t}</a>" for t, h in s.topbar)
    return (f"<!DOCTYPE html><html lang=\"sv\">{head(s, title)}<body class=\"page wp-custom-logo\">{cookie()}"
            f"<div id=\"page\" class=\"site\"><div id=\"masthead\" class=\"site-header\"><div class=\"site-branding\">"
            f"<a href=\"/\" class=\"custom-logo-link\"><img src=\"{LOGO}\" alt=\"{s.kommun}\" class=\"custom-logo\"></a>"
            f"<p class=\"site-description\">{top}</p></div>"
            f"<div class=\"widget widget_search\">{search_form(s, 'search-form')}</div>"
            f"<nav id=\"site-navigation\" class=\"main-navigation\"><ul id=\"primary-menu\" class=\"menu\">{items}</ul></nav></div>"
            f"<div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\"><div class=\"entry-content\">{body}</div></div></div>"
            f"<div id=\"colophon\" class=\"site-footer\"><div class=\"widget-area\">{footer_text(s)}</div></div></div></body></html>")


def render_xhtml(s, title, body):
    items = "".join(f"<li><a href=\"{h}\">{t}</a></li>" for t, h, _ in nav_items(s))
    top = " | ".join(f"<a href=\"{h}\">{t}</a>" for t, h in s.topbar)
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">"
            f"<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"sv\">{head(s, title)}<body><div id=\"wrapper\">"
            f"<div id=\"header\"><div id=\"toplinks\">{top}</div><a href=\"/\" id=\"logo\"><img src=\"{LOGO}\" alt=\"{s.kommun}\" /></a>"
            f"<div id=\"sok\">{search_form(s, 'sokruta')}</div></div><div id=\"menu\"><ul>{items}</ul></div>"
            f"<div id=\"content\">{body}</div><div id=\"footer\">{footer_text(s)}</div></div></body></html>")


def render_drupal(s, title, body):
    items = "".join(f"<li class=\"menu__item menu__item--expanded\"><a href=\"{h}\" class=\"menu__link\">{t}</a><ul class=\"menu menu--level-2\">"
                    + "".join(f"<li class=\"menu__item\"><a href=\"{h2}\">{t2}</a></li>" for t2, h2 in sub) + "</ul></li>"
                    for t, h, sub in nav_items(s))
    items += "".join(f"<li class=\"menu__item\"><a href=\"{h}\" class=\"menu__link\">{t}</a></li>" for t, h in s.menu_top_extra)
    top = " ".join(f"<a href=\"{h}\">{t}</a>" for t, h in s.topbar)
    return (f"<!DOCTYPE html><html lang=\"sv\" dir=\"ltr\">{head(s, title)}<body class=\"path-frontpage\"><div class=\"dialog-off-canvas-main-canvas\">"
            f"<header role=\"banner\" class=\"region region-header\"><div class=\"region-top\">{top}</div>"
            f"<div class=\"block block-system-branding-block\"><a href=\"/\" rel=\"home\"><img src=\"{LOGO}\" alt=\"Hem\"> {s.kommun}</a></div>"
            f"<div class=\"block block-search\">{search_form(s, 'search-block-form')}</div>{extra_header(s)}</header>"
            f"<nav role=\"navigation\" class=\"block block-menu menu--main\"><ul class=\"menu menu--level-1\">{items}</ul></nav>"
            f"<main role=\"main\" class=\"layout-content\">{body}</main>"
            f"<footer role=\"contentinfo\" class=\"region region-footer\">{footer_text(s)}</footer></div></body></html>")


RENDER = {"semantic": render_semantic, "bootstrap": render_bootstrap, "sitevision": render_sitevision,
          "municipio": render_municipio, "table": render_table, "soup": render_soup, "aria": render_aria,
          "wordpress": render_wordpress, "xhtml": render_xhtml, "drupal": render_drupal}


# ---------------------------------------------------------------- common pages
def common_pages(s: Site, news: list[tuple[str, str, str]], area_extra: dict[str, str] | None = None):
    area_extra = area_extra or {}
    for label, sl, subs in AREAS:
        body = f"<h1>{label}</h1><p>{FILLER.format(t=label.lower(), k=s.name)}</p>"
        for sub in subs:
            body += f"<h2 id=\"{slug(sub)}\">{sub}</h2><p>{FILLER.format(t=sub.lower(), k=s.name)}</p>"
        body += area_extra.get(sl, "")
        s.add(f"/{sl}/", label, body)
    lst = "<h1>Nyheter</h1><ul class=\"news-list\">" + "".join(
        f"<li><a href=\"/nyheter/{ns}/\">{nt}</a> <span class=\"date\">2025-0{i + 3}-1{i}</span></li>" for i, (ns, nt, _) in enumerate(news)) + "</ul>"
    s.add("/nyheter/", "Nyheter", lst)
    for i, (ns, nt, nb) in enumerate(news):
        s.add(f"/nyheter/{ns}/", nt, f"<article><h1>{nt}</h1><p class=\"date\">Publicerad 2025-0{i + 3}-1{i}</p>{nb}</article>")
    s.add("/tillganglighet/", "Tillgänglighetsredogörelse",
          f"<h1>Tillgänglighetsredogörelse</h1><p>{s.kommun} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>"
          "<p>Lagen om tillgänglighet till digital offentlig service ställer krav på webbplatsen. Brister kan anmälas till Myndigheten för digital förvaltning.</p>")
    s.add("/om-webbplatsen/", "Om webbplatsen",
          "<h1>Om webbplatsen</h1><h2 id=\"lyssna\">Lyssna</h2><p>Du kan få texten uppläst.</p>"
          "<h2 id=\"lattlast\">Lättläst</h2><p>Information på lättläst svenska.</p><h2 id=\"english\">In English</h2>"
          f"<p>Information about {s.name} in English.</p><h2>Kakor</h2><p>Webbplatsen använder nödvändiga kakor.</p>")
    s.add("/sok/", "Sök", "<h1>Sök</h1><!--SEARCH_RESULTS-->", file="sok.html")


def front(s: Site, hero: str, cards: list[tuple[str, str]], news: list[tuple[str, str, str]], after: str = "") -> str:
    c = "".join(f"<li class=\"card\"><a href=\"{h}\">{t}</a></li>" for t, h in cards)
    n = "".join(f"<li class=\"teaser\"><a href=\"/nyheter/{ns}/\"><h3>{nt}</h3></a><p>{re.sub('<[^>]+>', '', nb.split('</p>')[0])[:140]}</p></li>"
                for ns, nt, nb in news)
    return (f"<h1 class=\"visually-hidden\">Startsida</h1><section class=\"hero\"><h2>{hero}</h2>"
            f"<ul class=\"shortcuts\">{c}</ul></section>"
            f"<section class=\"news\"><h2>Nyheter</h2><ul>{n}</ul><a href=\"/nyheter/\">Alla nyheter</a></section>"
            f"<section class=\"events\"><h2>Evenemang</h2><p>Vårmarknad på torget 17 maj. Sommarlovsaktiviteter för unga.</p></section>"
            f"<section class=\"driftinfo\"><h2>Driftinformation</h2><p>Inga störningar just nu.</p></section>{after}")


def write(s: Site):
    d = SITES / s.code
    d.mkdir(parents=True, exist_ok=True)
    for old in d.iterdir():
        old.unlink()
    pages = {}
    ctype = None if s.encoding == "utf-8" else "text/html; charset=iso-8859-1"
    for path, (file, title, body) in s.pages.items():
        html = RENDER[s.family](s, title, body)
        (d / file).write_bytes(html.encode(s.encoding))
        if file != "sok.html":
            pages[path] = {"file": file, "content_type": ctype} if ctype else file
    for name, data in s.extra_files.items():
        (d / name).write_bytes(data)
    for path, name in getattr(s, "extra_pages", {}).items():
        pages[path] = name
    tpl = {"file": "sok.html", "content_type": ctype} if ctype else "sok.html"
    sitemap = [p for p in pages if p not in getattr(s, "not_in_sitemap", set())]
    m = {"kommunkod": s.code, "kommun": s.name, "lan_kod": s.lan_kod, "lan": s.lan, "family": s.family,
         "pages": pages, "redirects": s.redirects,
         "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
         "sitemap": sitemap,
         "search": {"path": s.search_path, "param": s.search_param, "hits": s.hits, "template": tpl},
         "front_status": None}
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


from sites_content import build_all  # noqa: E402

if __name__ == "__main__":
    for site in build_all(Site, common_pages, front):
        write(site)
        print(site.code, site.name, len(site.pages), "pages")
