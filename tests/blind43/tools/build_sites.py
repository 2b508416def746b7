"""Typing aid that wrote tests/blind43/sites/ (the HTML files are the corpus; labels are not generated).

    python3 tests/blind43/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
SITES = CORPUS / "sites"

CSS = ("body{font-family:sans-serif;margin:0}a{color:#05507a}.hidden{display:none}"
       ".hero{background:#e8f0f4;padding:2em}.cards{display:flex;gap:1em}.card{border:1px solid #ccc;padding:1em}"
       "footer,.footer{background:#223;color:#fff;padding:1em}")
COOKIE = ('<div class="cookie-banner" id="cookies"><p>Vi använder kakor för att webbplatsen ska fungera. '
          '<a href="/kakor/">Läs mer om kakor</a></p><button type="button">Jag förstår</button></div>')
SCRIPT = "<script>document.documentElement.className+=' js';</script>"

AREAS = [
    ("Barn och utbildning", "/barn-och-utbildning/", [("Förskola", "forskola"), ("Grundskola", "grundskola"), ("Gymnasium", "gymnasium")]),
    ("Omsorg och stöd", "/omsorg-och-stod/", [("Äldreomsorg", "aldreomsorg"), ("Funktionsnedsättning", "funktionsnedsattning"), ("Ekonomiskt bistånd", "bistand")]),
    ("Bygga, bo och miljö", "/bygga-bo-och-miljo/", [("Bygglov", "bygglov"), ("Avfall och återvinning", "avfall"), ("Vatten och avlopp", "vatten")]),
    ("Kultur och fritid", "/kultur-och-fritid/", [("Bibliotek", "bibliotek"), ("Idrott och motion", "idrott"), ("Föreningsliv", "foreningar")]),
    ("Kommun och politik", "/kommun-och-politik/", [("Politik och nämnder", "politik"), ("Budget och ekonomi", "ekonomi"), ("Lediga jobb", "jobb")]),
]
FILLER = {
    "forskola": "Alla barn från ett års ålder har rätt till plats i förskola. Ansök i e-tjänsten senast fyra månader innan du behöver platsen.",
    "grundskola": "Kommunen har sju grundskolor. Skolvalet görs i januari varje år för barn som ska börja förskoleklass.",
    "gymnasium": "Gymnasieskolan erbjuder tolv nationella program och introduktionsprogram.",
    "aldreomsorg": "Hemtjänst, trygghetslarm och särskilt boende söks hos biståndshandläggarna.",
    "funktionsnedsattning": "Stöd enligt LSS och socialtjänstlagen kan ge daglig verksamhet, ledsagning och bostad med särskild service.",
    "bistand": "Ekonomiskt bistånd är ett skydd när andra möjligheter att försörja sig saknas.",
    "bygglov": "Du behöver bygglov för att bygga nytt, bygga till eller ändra användningen av en byggnad.",
    "avfall": "Hushållsavfall hämtas varannan vecka. Återvinningscentralen har öppet måndag till lördag.",
    "vatten": "Kommunen ansvarar för dricksvatten och avlopp inom verksamhetsområdet.",
    "bibliotek": "Huvudbiblioteket och två filialer lånar ut böcker, ljudböcker och tidskrifter.",
    "idrott": "Sporthallen, ishallen och elljusspåren är öppna för alla.",
    "foreningar": "Föreningar kan söka bidrag för verksamhet och lokaler två gånger per år.",
    "politik": "Kommunfullmäktige sammanträder åtta gånger per år. Sammanträdena är öppna för allmänheten.",
    "ekonomi": "Budgeten för nästa år beslutas av kommunfullmäktige i november.",
    "jobb": "Kommunen har omkring 1 800 anställda. Lediga tjänster annonseras i rekryteringssystemet.",
}


def area_body(label: str, subs) -> str:
    parts = [f"<h1>{label}</h1>", "<p class=\"lead\">Här hittar du information och e-tjänster inom området.</p>"]
    for sub, anchor in subs:
        parts.append(f"<h2 id=\"{anchor}\">{sub}</h2><p>{FILLER[anchor]}</p>")
    return "\n".join(parts)


# ---------------------------------------------------------------------------------- families


def topbar_items(s) -> list[tuple[str, str]]:
    return s.get("toplinks", [("Lyssna", "#lyssna"), ("Lättläst", "/lattlast/"), ("In English", "/en/")])


def footer_html(s) -> str:
    links = "".join(f"<li><a href=\"{h}\">{t}</a></li>" for t, h in s["footer_links"])
    extra = s.get("footer_extra", "")
    return (f"<div class=\"f-col\"><h2>{s['gen']} kommun</h2><p>Postadress: {s['post']}<br>"
            f"Besöksadress: {s['visit']}</p><p>Växel: {s['vaxel']}<br>E-post: {s['mail']}<br>"
            f"Org.nr: {s['orgnr']}</p></div>{extra}<div class=\"f-col\"><ul>{links}</ul></div>")


def head(s, title: str, charset: str = "utf-8") -> str:
    return (f"<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"{charset}\">\n<title>{title}</title>\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<style>{CSS}</style>\n</head>\n")


def fam_semantic(s, title, body) -> str:
    top = "".join(f"<li><a href=\"{h}\">{t}</a></li>" for t, h in topbar_items(s))
    nav = "".join(
        f"<li><a href=\"{h}\">{t}</a>" + ("<ul class=\"sub\">" + "".join(f"<li><a href=\"{h}#{a}\">{x}</a></li>" for x, a in subs) + "</ul>" if subs else "") + "</li>"
        for t, h, subs in s["menu"])
    return (head(s, title) + "<body>\n<a class=\"skip\" href=\"#main\">Till innehållet</a>\n"
            f"<header class=\"site-header\">\n<div class=\"topbar\"><ul>{top}</ul></div>\n"
            f"<a class=\"logo\" href=\"/\"><span class=\"logo-mark\" aria-hidden=\"true\"></span>{s['gen']} kommun</a>\n"
            "<form class=\"search\" role=\"search\" action=\"/sok/\" method=\"get\"><label for=\"q\">Sök på webbplatsen</label>"
            "<input id=\"q\" name=\"q\" type=\"search\"><button type=\"submit\">Sök</button></form>\n"
            f"{s.get('header_extra', '')}\n<nav class=\"primary\" aria-label=\"Huvudmeny\"><ul>{nav}</ul></nav>\n</header>\n"
            f"<main id=\"main\">\n{body}\n</main>\n<footer class=\"site-footer\">{footer_html(s)}</footer>\n{COOKIE}\n{SCRIPT}\n</body>\n</html>\n")


def fam_sitevision(s, title, body) -> str:
    top = "".join(f"<li class=\"sv-inline\"><a href=\"{h}\">{t}</a></li>" for t, h in topbar_items(s))
    nav = []
    for i, (t, h, subs) in enumerate(s["menu"]):
        panel = ""
        if subs:
            items = "".join(f"<li><a href=\"{h}#{a}\">{x}</a></li>" for x, a in subs)
            panel = (f"<div class=\"sv-megamenu-panel\" id=\"mm{i}\" hidden><div class=\"sv-col\"><h3>{t}</h3><ul>{items}</ul>"
                     f"<a class=\"sv-more\" href=\"{h}\">Allt om {t.lower()}</a></div></div>")
        nav.append(f"<li class=\"sv-megamenu-item\"><a href=\"{h}\" aria-controls=\"mm{i}\">{t}</a>{panel}</li>")
    return (head(s, title) + "<body>\n<div class=\"sv-layout\" id=\"svid10_1a2b3c\">\n"
            f"<div class=\"sv-layout sv-header\" id=\"svid94_top\"><div class=\"sv-portlet sv-toplinks\"><ul>{top}</ul></div>\n"
            f"<div class=\"sv-portlet sv-logo\"><a href=\"/\"><span class=\"sv-logo-img\" role=\"img\" aria-label=\"{s['gen']} kommun\"></span></a></div>\n"
            "<div class=\"sv-portlet sv-searchform-portlet\"><form action=\"/sok/\" method=\"get\"><input name=\"q\" aria-label=\"Sök\" type=\"text\">"
            "<button type=\"submit\">Sök</button></form></div>\n"
            f"{s.get('header_extra', '')}\n"
            f"<div class=\"sv-portlet sv-megamenu\"><ul class=\"sv-megamenu-list\">{''.join(nav)}</ul></div></div>\n"
            f"<div class=\"sv-layout sv-main\" id=\"svid94_content\">\n{body}\n</div>\n"
            f"<div class=\"sv-layout sv-footer\" id=\"svid94_footer\"><div class=\"sv-portlet sv-text-portlet\">{footer_html(s)}</div></div>\n"
            f"</div>\n{COOKIE}\n<script src=\"data:text/javascript,\"></script>\n</body>\n</html>\n")


def fam_municipio(s, title, body) -> str:
    nav = "".join(
        f"<li class=\"c-nav__item\"><a class=\"c-nav__link\" href=\"{h}\">{t}</a>"
        + ("<ul class=\"c-nav__sub\">" + "".join(f"<li class=\"c-nav__item c-nav__item--sub\"><a href=\"{sh}\">{x}</a></li>" for x, sh in subs) + "</ul>" if subs else "")
        + "</li>" for t, h, subs in s["menu"])
    top = "".join(f"<a class=\"c-toplink\" href=\"{h}\">{t}</a>" for t, h in topbar_items(s))
    return (head(s, title) + "<body class=\"municipio\">\n<header class=\"c-header\" id=\"site-header\">\n"
            f"<div class=\"c-header__top\">{top}</div>\n"
            f"<a class=\"c-logotype\" href=\"/\"><span class=\"u-sr-only\">{s['gen']} kommun</span><span class=\"c-logotype__img\" aria-hidden=\"true\"></span></a>\n"
            "<form class=\"c-search\" action=\"/sok/\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" placeholder=\"Vad letar du efter?\" aria-label=\"Sök\"><button>Sök</button></form>\n"
            f"{s.get('header_extra', '')}\n"
            "<button class=\"c-hamburger\" type=\"button\" aria-expanded=\"false\" aria-controls=\"drawer\">Meny</button>\n</header>\n"
            f"<nav id=\"drawer\" class=\"c-drawer\" aria-label=\"Huvudmeny\" hidden><ul class=\"c-nav c-nav--drawer\">{nav}</ul></nav>\n"
            f"<main id=\"main-content\" class=\"o-container\">\n{body}\n</main>\n"
            f"<footer class=\"c-footer\">{footer_html(s)}</footer>\n{COOKIE}\n"
            "<script>document.querySelector('.c-hamburger').onclick=function(){var d=document.getElementById('drawer');d.hidden=!d.hidden;};</script>\n</body>\n</html>\n")


def fam_bootstrap(s, title, body) -> str:
    top = "".join(f"<a class=\"px-2\" href=\"{h}\">{t}</a>" for t, h in topbar_items(s))
    nav = "".join(
        f"<li class=\"nav-item dropdown\"><a class=\"nav-link dropdown-toggle\" href=\"{h}\" data-bs-toggle=\"dropdown\">{t}</a>"
        + ("<ul class=\"dropdown-menu\">" + "".join(f"<li><a class=\"dropdown-item\" href=\"{h}#{a}\">{x}</a></li>" for x, a in subs) + "</ul>" if subs else "")
        + "</li>" for t, h, subs in s["menu"])
    return (head(s, title) + "<body>\n<div class=\"bg-light small text-end\">" + top + "</div>\n"
            "<nav class=\"navbar navbar-expand-lg navbar-light\"><div class=\"container\">"
            f"<a class=\"navbar-brand\" href=\"/\">{s['gen']} kommun</a>"
            "<button class=\"navbar-toggler\" type=\"button\" aria-label=\"Visa meny\"><span class=\"navbar-toggler-icon\"></span></button>"
            f"<div class=\"collapse navbar-collapse\"><ul class=\"navbar-nav me-auto\">{nav}</ul>"
            "<form class=\"d-flex\" action=\"/sok/\" method=\"get\"><input class=\"form-control\" name=\"q\" type=\"search\" aria-label=\"Sök\">"
            "<button class=\"btn btn-primary\">Sök</button></form></div></div></nav>\n"
            f"{s.get('header_extra', '')}\n<main class=\"container py-4\">\n{body}\n</main>\n"
            f"<footer class=\"bg-dark text-white py-4\"><div class=\"container row\">{footer_html(s)}</div></footer>\n{COOKIE}\n{SCRIPT}\n</body>\n</html>\n")


def fam_table(s, title, body) -> str:
    top = " | ".join(f"<a href=\"{h}\">{t}</a>" for t, h in topbar_items(s))
    menu = []
    for t, h, _subs in s["menu"]:
        menu.append(f"<tr><td class=\"m1\"><a href=\"{h}\"><b>{t}</b></a></td></tr>")
    return (head(s, title, "iso-8859-1") + "<body bgcolor=\"#ffffff\" leftmargin=\"0\" topmargin=\"0\">\n"
            "<table width=\"100%\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\">\n"
            f"<tr><td colspan=\"2\" bgcolor=\"#1d4f7a\"><table width=\"100%\"><tr><td><a href=\"/\"><font size=\"5\" color=\"#ffffff\">{s['gen']} kommun</font></a></td>"
            f"<td align=\"right\"><font size=\"1\" color=\"#ffffff\">{top}</font><br>"
            "<form action=\"/sok/\" method=\"get\"><input type=\"text\" name=\"q\" size=\"18\"> <input type=\"submit\" value=\"Sök\"></form></td></tr></table></td></tr>\n"
            f"<tr><td width=\"190\" valign=\"top\" bgcolor=\"#eef3f7\"><table width=\"100%\" cellpadding=\"6\">{''.join(menu)}</table></td>\n"
            f"<td valign=\"top\"><font face=\"Verdana, Arial\" size=\"2\">\n{body}\n</font></td></tr>\n"
            f"<tr><td colspan=\"2\" bgcolor=\"#dddddd\"><font size=\"1\">{footer_html(s)}</font></td></tr>\n</table>\n</body>\n</html>\n")


def fam_soup(s, title, body) -> str:
    top = "".join(f"<span class=\"t4\"><a href=\"{h}\">{t}</a></span>" for t, h in topbar_items(s))
    nav = "".join(f"<div class=\"m3i\"><a href=\"{h}\">{t}</a></div>" for t, h, _ in s["menu"])
    return (head(s, title) + "<body>\n<div class=\"w0\">\n"
            f"<div class=\"q1\"><div class=\"zz\"><a href=\"/\"><span class=\"lg\" aria-hidden=\"true\"></span>{s['gen']} kommun</a></div>"
            f"<div class=\"t3\">{top}</div>"
            "<div class=\"box7\"><form action=\"/sok/\" method=\"get\"><input name=\"q\" placeholder=\"Sök\" aria-label=\"Sök\"><button>Sök</button></form></div></div>\n"
            f"{s.get('header_extra', '')}\n<div class=\"m3\">{nav}</div>\n"
            f"<div class=\"c9\">\n{body}\n</div>\n<div class=\"ft2\">{footer_html(s)}</div>\n</div>\n{COOKIE}\n{SCRIPT}\n</body>\n</html>\n")


def fam_aria(s, title, body) -> str:
    top = "".join(f"<a class=\"tb\" href=\"{h}\">{t}</a>" for t, h in topbar_items(s))
    nav = "".join(
        f"<div role=\"listitem\" class=\"ni\"><a href=\"{h}\">{t}</a>"
        + ("<div class=\"ns\" role=\"list\">" + "".join(f"<div role=\"listitem\"><a href=\"{h}#{a}\">{x}</a></div>" for x, a in subs) + "</div>" if subs else "")
        + "</div>" for t, h, subs in s["menu"])
    return (head(s, title) + "<body>\n<div class=\"pg\">\n"
            f"<div role=\"banner\" class=\"hd\"><div class=\"tbar\">{top}</div>"
            f"<a href=\"/\" class=\"brand\" aria-label=\"{s['gen']} kommun, startsida\"><span class=\"brand-img\"></span></a>"
            "<div role=\"search\"><form action=\"/sok/\" method=\"get\"><input name=\"q\" aria-label=\"Sök\"><button>Sök</button></form></div>"
            f"{s.get('header_extra', '')}</div>\n"
            f"<div role=\"navigation\" aria-label=\"Huvudmeny\" class=\"nv\"><div role=\"list\">{nav}</div></div>\n"
            f"<div role=\"main\" class=\"mn\">\n{body}\n</div>\n"
            f"<div role=\"contentinfo\" class=\"ft\">{footer_html(s)}</div>\n</div>\n{COOKIE}\n{SCRIPT}\n</body>\n</html>\n")


def fam_wordpress(s, title, body) -> str:
    nav = "".join(
        f"<li class=\"menu-item menu-item-has-children\"><a href=\"{h}\">{t}</a>"
        + ("<ul class=\"sub-menu\">" + "".join(f"<li class=\"menu-item\"><a href=\"{h}#{a}\">{x}</a></li>" for x, a in subs) + "</ul>" if subs else "")
        + "</li>" for t, h, subs in s["menu"])
    top = "".join(f"<li><a href=\"{h}\">{t}</a></li>" for t, h in topbar_items(s))
    return (head(s, title) + "<body class=\"home page-template-default\">\n<div id=\"page\" class=\"site\">\n"
            f"<header id=\"masthead\" class=\"site-header\"><ul class=\"top-links\">{top}</ul>"
            f"<div class=\"site-branding\"><p class=\"site-title\"><a href=\"/\" rel=\"home\">{s['gen']} kommun</a></p></div>"
            "<form role=\"search\" method=\"get\" class=\"search-form\" action=\"/\"><label><span class=\"screen-reader-text\">Sök efter:</span>"
            "<input type=\"search\" class=\"search-field\" name=\"s\"></label><input type=\"submit\" class=\"search-submit\" value=\"Sök\"></form>"
            f"<nav id=\"site-navigation\" class=\"main-navigation\"><ul id=\"primary-menu\" class=\"menu\">{nav}</ul></nav></header>\n"
            f"<div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\"><main id=\"main\" class=\"site-main\">\n{body}\n</main></div></div>\n"
            f"<footer id=\"colophon\" class=\"site-footer\">{footer_html(s)}</footer>\n</div>\n{COOKIE}\n{SCRIPT}\n</body>\n</html>\n")


def fam_drupal(s, title, body) -> str:
    top = "".join(f"<li class=\"menu-item\"><a href=\"{h}\">{t}</a></li>" for t, h in topbar_items(s))
    nav = "".join(
        f"<li class=\"menu-item menu-item--expanded\"><a href=\"{h}\">{t}</a>"
        + ("<ul class=\"menu\">" + "".join(f"<li class=\"menu-item\"><a href=\"{h}#{a}\">{x}</a></li>" for x, a in subs) + "</ul>" if subs else "")
        + "</li>" for t, h, subs in s["menu"])
    return (head(s, title) + "<body class=\"path-frontpage\">\n<div class=\"dialog-off-canvas-main-canvas\" data-off-canvas-main-canvas>\n<div class=\"layout-container\">\n"
            f"<header role=\"banner\" class=\"region region-header\"><nav class=\"block-menu--secondary\"><ul class=\"menu\">{top}</ul></nav>"
            f"<div id=\"block-sitebranding\"><a href=\"/\" rel=\"home\">{s['gen']} kommun</a></div>"
            "<div id=\"block-searchform\"><form action=\"/sok/\" method=\"get\"><input type=\"search\" name=\"q\" title=\"Ange de ord du vill söka efter.\"><input type=\"submit\" value=\"Sök\"></form></div>"
            f"{s.get('header_extra', '')}</header>\n"
            f"<div class=\"region region-primary-menu\"><nav role=\"navigation\" aria-labelledby=\"block-main-menu\" id=\"block-main\"><h2 id=\"block-main-menu\" class=\"visually-hidden\">Huvudmeny</h2><ul class=\"menu\">{nav}</ul></nav></div>\n"
            f"<main role=\"main\"><div class=\"region region-content\"><div id=\"block-system-main-block\">\n{body}\n</div></div></main>\n"
            f"<footer role=\"contentinfo\" class=\"region region-footer\">{footer_html(s)}</footer>\n</div>\n</div>\n{COOKIE}\n{SCRIPT}\n</body>\n</html>\n")


FAMILIES = {"semantic": fam_semantic, "sitevision": fam_sitevision, "municipio": fam_municipio, "bootstrap": fam_bootstrap,
            "table": fam_table, "soup": fam_soup, "aria": fam_aria, "wordpress": fam_wordpress, "drupal": fam_drupal}


# ---------------------------------------------------------------------------------- helpers


def news_list(items) -> str:
    lis = "".join(f"<li><a href=\"{h}\">{t}</a> <span class=\"date\">{d}</span></li>" for t, h, d in items)
    return f"<h1>Nyheter</h1><ul class=\"news-list\">{lis}</ul>"


def teasers(items) -> str:
    arts = "".join(f"<article class=\"teaser\"><h3><a href=\"{h}\">{t}</a></h3><p class=\"date\">{d}</p></article>" for t, h, d in items)
    return f"<section class=\"news\"><h2>Nyheter</h2>{arts}<p><a href=\"/nyheter/\">Fler nyheter</a></p></section>"


def std_pages(s, news) -> dict:
    """Pages every site has: areas, news list, accessibility statement, cookies, easy Swedish."""
    pages = {}
    for label, path, subs in AREAS:
        pages[path] = (f"{label} - {s['gen']} kommun", area_body(label, subs))
    pages["/nyheter/"] = (f"Nyheter - {s['gen']} kommun", news_list(news))
    pages["/tillganglighet/"] = (f"Tillgänglighetsredogörelse - {s['gen']} kommun",
                                 "<h1>Tillgänglighetsredogörelse</h1><p>Vi vill att så många som möjligt ska kunna använda webbplatsen. "
                                 "Den här redogörelsen beskriver hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service.</p>"
                                 "<p>Om du behöver innehåll i ett annat format, skicka e-post till " + s["mail"] + ".</p>")
    pages["/kakor/"] = (f"Kakor - {s['gen']} kommun", "<h1>Kakor (cookies)</h1><p>Webbplatsen använder nödvändiga kakor och, om du godkänner, kakor för besöksstatistik.</p>")
    pages["/en/"] = ("Information in English - " + s["name"] + " municipality",
                     f"<h1>Information in English</h1><p>{s['name']} is a small municipality. "
                     f"Call the switchboard on {s['vaxel']} or e-mail {s['mail']}.</p>")
    pages["/lattlast/"] = (f"Lättläst - {s['gen']} kommun", f"<h1>Lättläst</h1><p>{s['name']} är en kommun. Kommunen bestämmer om skolor, äldreomsorg och sophämtning.</p>")
    return pages


def menu_std(extra=None, subs_as_paths=False):
    m = []
    for label, path, subs in AREAS:
        if subs_as_paths:
            m.append((label, path, [(x, f"{path}#{a}") for x, a in subs]))
        else:
            m.append((label, path, subs))
    if extra:
        m.extend(extra)
    return m


def write_site(s, pages: dict, manifest_extra: dict) -> None:
    d = SITES / s["code"]
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    fam = FAMILIES[s["family"]]
    enc = s.get("encoding", "utf-8")
    ctype = None if enc == "utf-8" else f"text/html; charset={enc}"
    man_pages: dict = {}
    for path, spec in pages.items():
        if isinstance(spec, bytes):  # raw file (pdf)
            name = spec_name(path)
            (d / name).write_bytes(spec)
            man_pages[path] = name
            continue
        title, body, *raw = spec
        html = body if raw and raw[0] == "raw" else fam(s, title, body)
        name = s.get("names", {}).get(path) or spec_name(path)
        (d / name).write_bytes(html.encode(enc, errors="xmlcharrefreplace"))
        man_pages[path] = name if ctype is None else {"file": name, "content_type": ctype}
    search = manifest_extra.pop("search")
    title, body = search["template_page"]
    (d / "sok.html").write_bytes(fam(s, title, body).encode(enc, errors="xmlcharrefreplace"))
    search_m = {"path": search["path"], "param": search["param"], "hits": search["hits"],
                "template": "sok.html" if ctype is None else {"file": "sok.html", "content_type": ctype}}
    manifest = {"kommunkod": s["code"], "kommun": s["name"], "lan_kod": s["lan_kod"], "lan": s["lan"],
                "family": s["family"], "pages": man_pages, "redirects": manifest_extra.get("redirects", {}),
                "robots": manifest_extra.get("robots", "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"),
                "sitemap": manifest_extra.get("sitemap", [p for p in man_pages]),
                "search": search_m, "front_status": None}
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def spec_name(path: str) -> str:
    if path == "/":
        return "index.html"
    p = path.strip("/").replace("/", "__")
    if p.endswith((".pdf", ".html", ".htm")):
        return p
    return p.replace(".", "_") + ".html"


def sok_page(s) -> tuple[str, str]:
    return (f"Sök - {s['gen']} kommun", "<h1>Sökresultat</h1>\n<!--SEARCH_RESULTS-->")


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with Helvetica text (Latin-1 via WinAnsi)."""
    text = "BT /F1 12 Tf 60 780 Td 16 TL " + " ".join(
        "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for ln in lines) + " ET"
    stream = text.encode("cp1252")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offs:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def base(code, name, slug, family, lan_kod, lan, vaxel, street, pc):
    gen = name if name[-1] in "aeiouyåäö" else name + "s"
    return {"code": code, "name": name, "gen": gen, "family": family, "lan_kod": lan_kod, "lan": lan, "vaxel": vaxel,
            "post": f"Box 100, {pc} {name}", "visit": f"{street}, {name}", "mail": f"kommun@{slug}.se",
            "orgnr": f"212000-{code}", "slug": slug,
            "footer_links": [("Tillgänglighetsredogörelse", "/tillganglighet/"), ("Om kakor", "/kakor/"), ("Nyheter", "/nyheter/")]}


# ---------------------------------------------------------------------------------- the ten sites

NEWS_FILL = {
    "forskola": ("Ny förskola i Norrbyn öppnar i augusti", "<p>Den nya förskolan har sex avdelningar och ett tillagningskök. Ansök om plats i e-tjänsten.</p>"),
    "va": ("Vattenläcka på Storgatan åtgärdad", "<p>Läckan är lagad och vattnet är tillbaka i hela området. Tack för ditt tålamod.</p>"),
    "bibliotek": ("Biblioteket får längre öppettider", "<p>Från 1 oktober har huvudbiblioteket öppet till 20 på vardagar.</p>"),
}


def fill_news(s, key, path):
    t, b = NEWS_FILL[key]
    return path, (f"{t} - {s['gen']} kommun", f"<article><h1>{t}</h1><p class=\"date\">Publicerad 2026-09-14</p>{b}</article>")


def hero(s, cards) -> str:
    c = "".join(f"<li class=\"card\"><a href=\"{h}\">{t}</a></li>" for t, h in cards)
    return (f"<section class=\"hero\"><h1>Välkommen till {s['gen']} kommun</h1><p>Här bor, arbetar och lever 14 000 invånare.</p>"
            f"<ul class=\"cards shortcuts\">{c}</ul></section>")


def events() -> str:
    return ("<section class=\"events\"><h2>Evenemang</h2><ul><li>Höstmarknad på torget, 4 oktober</li>"
            "<li>Kommunfullmäktige sammanträder, 27 oktober</li></ul></section>")


def s9475():
    s = base("9475", "Tjärnvik", "tjarnvik", "semantic", "01", "Stockholms län", "08-465 004 00", "Storgatan 1", "999 31")
    s["menu"] = menu_std([("Kontaktcenter", "/kontaktcenter/", [])])
    s["footer_links"] = s["footer_links"] + [("Kontakta oss", "/kontakta-oss/")]
    news_kc = "/nyheter/kontaktcenter-svarar-pa-fler-fragor/"
    news = [("Kontaktcenter svarar på fler frågor", news_kc, "2026-09-20"),
            ("Ny förskola i Norrbyn öppnar i augusti", "/nyheter/ny-forskola/", "2026-09-14"),
            ("Vattenläcka på Storgatan åtgärdad", "/nyheter/vattenlacka/", "2026-09-02")]
    front = hero(s, [("Lediga jobb", "/kommun-och-politik/#jobb"), ("Förskola", "/barn-och-utbildning/#forskola"),
                     ("Avfall och återvinning", "/bygga-bo-och-miljo/#avfall")]) + teasers(news) + events()
    pages = {"/": (f"{s['gen']} kommun", front)}
    pages.update(std_pages(s, news))
    pages["/kontaktcenter/"] = ("Kontaktcenter - Tjärnviks kommun",
        "<h1>Kontaktcenter</h1>"
        "<p class=\"lead\">Välkommen till Tjärnviks kontaktcenter. Vi finns här för dig och tar emot dina samtal och mejl. "
        "Hör av dig om du undrar något.</p>"
        "<div class=\"contact-box\"><h2>Så når du oss</h2><p>Telefon: <a href=\"tel:+46846500410\">08-465 004 10</a><br>"
        "E-post: <a href=\"mailto:kontaktcenter@tjarnvik.se\">kontaktcenter@tjarnvik.se</a></p></div>"
        "<h2>Om kontaktcenter</h2><p>Kontaktcenter är en enhet inom kommunledningskontoret. "
        "Enhetschef för kontaktcenter: Maja Holm.</p>"
        f"<p>Läs också: <a href=\"{news_kc}\">Kontaktcenter svarar på fler frågor</a></p>")
    pages[news_kc] = ("Kontaktcenter svarar på fler frågor - Tjärnviks kommun",
        "<article><h1>Kontaktcenter svarar på fler frågor</h1><p class=\"date\">Publicerad 2026-09-20</p>"
        "<p>Från och med den 1 oktober svarar kontaktcenter på frågor om bygglov, skolval, avfallshämtning och parkeringstillstånd. "
        "Ring 08-465 004 10 vardagar 8–17 eller mejla kontaktcenter@tjarnvik.se. Du kan också besöka oss i kommunhuset, Storgatan 1.</p>"
        "<p><a href=\"/kontaktcenter/\">Till kontaktcenter</a></p></article>")
    pages.update([fill_news(s, "forskola", "/nyheter/ny-forskola/"), fill_news(s, "va", "/nyheter/vattenlacka/")])
    pages["/en/"] = ("In English - Tjärnvik municipality",
        "<h1>Welcome to Tjärnvik</h1><p>Tjärnvik is a municipality of 14,000 inhabitants north of the capital.</p>"
        "<h2>Contact Centre (Kontaktcenter)</h2><p>Our Contact Centre answers questions about schools, building permits, "
        "waste collection and parking permits. Call +46 8 465 004 10 on weekdays 8–17 or e-mail kontaktcenter@tjarnvik.se.</p>")
    pages["/kontakta-oss/"] = ("Kontakta oss - Tjärnviks kommun",
        "<h1>Kontakta oss</h1><p>Växel: 08-465 004 00</p><p>Registrator: registrator@tjarnvik.se</p>"
        "<p>Har du frågor? <a href=\"/kontaktcenter/\">Kontakta kontaktcenter</a>.</p><p>Presskontakt: kommunikationsavdelningen, 08-465 004 05.</p>")
    write_site(s, pages, {"search": {"path": "/sok/", "param": "q", "template_page": sok_page(s),
                                     "hits": {"kontaktcenter": ["/kontaktcenter/", news_kc]}}})


def s9476():
    s = base("9476", "Almsjö", "almsjo", "sitevision", "14", "Västra Götalands län", "031-390 06 00", "Torget 3", "999 42")
    s["menu"] = menu_std()
    s["header_extra"] = "<div class=\"sv-portlet sv-headerlinks\"><a class=\"sv-contact-link\" href=\"/kontakta-oss\">Kontakta oss</a></div>"
    sp = "/4.18f3a2c1.html"
    news = [("Höstlovsaktiviteter för alla åldrar", "/4.18f3a2d7.html", "2026-10-01"),
            ("Biblioteket får längre öppettider", "/4.18f3a2e0.html", "2026-09-22")]
    s["names"] = {sp: "servicecenter.html", "/4.18f3a2d7.html": "nyhet_hostlov.html", "/4.18f3a2e0.html": "nyhet_bibliotek.html",
                  "/utskrift/4.18f3a2c1.html": "servicecenter_utskrift.html"}
    front = hero(s, [("Sök förskoleplats", "/barn-och-utbildning/#forskola"), ("Felanmälan", "/bygga-bo-och-miljo/#vatten"),
                     ("Lediga jobb", "/kommun-och-politik/#jobb")]) + teasers(news) + events()
    pages = {"/": (f"{s['gen']} kommun", front)}
    pages.update(std_pages(s, news))
    content = ("<p class=\"lead\">Servicecenter är kommunens gemensamma ingång för invånare och besökare.</p>"
               "<p>Hos oss får du svar på frågor om bygglov, förskola och skola, äldreomsorg, avfallshämtning samt vatten och avlopp. "
               "Kan vi inte svara direkt ser vi till att rätt handläggare kontaktar dig.</p>"
               "<h2>Kontaktuppgifter</h2><p>Telefon: <a href=\"tel:+46313900620\">031-390 06 20</a></p>"
               "<table class=\"hours\"><caption>Telefontider</caption><tr><th>Måndag–torsdag</th><td>8.00–17.00</td></tr>"
               "<tr><th>Fredag</th><td>8.00–15.00</td></tr></table>"
               "<p><button type=\"button\" class=\"chat-button\">Chatta med oss</button></p>"
               "<h2>Organisation</h2><p>Servicecenter tillhör kommunledningskontoret. Chef för servicecenter: Karin Åberg.</p>")
    pages[sp] = ("Kontakta oss - Almsjö kommun",
                 "<div class=\"sv-portlet sv-text-portlet\"><h1>Almsjö servicecenter</h1>" + content +
                 "<p><a href=\"/utskrift/4.18f3a2c1.html\">Skriv ut sidan</a></p></div>")
    pages["/utskrift/4.18f3a2c1.html"] = ("Kontakta oss - Almsjö kommun",
        "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Kontakta oss - Almsjö kommun</title>"
        "<meta name=\"robots\" content=\"noindex\"></head><body class=\"print\"><p>Almsjö kommun – utskriftsversion</p>"
        "<h1>Almsjö servicecenter</h1>" + content + f"<p><a href=\"{sp}\">Tillbaka till sidan</a></p></body></html>\n", "raw")
    pages["/4.18f3a2d7.html"] = ("Höstlovsaktiviteter för alla åldrar - Almsjö kommun",
        "<h1>Höstlovsaktiviteter för alla åldrar</h1><p>Under höstlovet ordnar fritidsgårdarna och biblioteket aktiviteter varje dag.</p>")
    pages["/4.18f3a2e0.html"] = ("Biblioteket får längre öppettider - Almsjö kommun",
        "<h1>Biblioteket får längre öppettider</h1><p>Från 1 oktober har huvudbiblioteket öppet till 20 på vardagar.</p>")
    pages["/kommun-och-politik/kommunens-organisation/"] = ("Kommunens organisation - Almsjö kommun",
        "<h1>Kommunens organisation</h1><p>Kommunen har fyra förvaltningar och ett kommunledningskontor.</p>"
        f"<ul><li>Kommunledningskontoret, med bland annat ekonomi, HR och <a href=\"{sp}\">servicecenter</a></li>"
        "<li>Barn- och utbildningsförvaltningen</li><li>Socialförvaltningen</li><li>Samhällsbyggnadsförvaltningen</li></ul>")
    pages["/kommun-och-politik/"] = (pages["/kommun-och-politik/"][0], pages["/kommun-och-politik/"][1] +
        "<p><a href=\"/kommun-och-politik/kommunens-organisation/\">Kommunens organisation</a></p>")
    write_site(s, pages, {"redirects": {"/kontakta-oss": [sp, 301], "/servicecenter/": [sp, 301]},
                          "sitemap": ["/", "/servicecenter/", "/kommun-och-politik/", "/kommun-och-politik/kommunens-organisation/"],
                          "search": {"path": "/sok/", "param": "q", "template_page": sok_page(s),
                                     "hits": {"servicecenter": [sp]}}})


def s9477():
    s = base("9477", "Gransätra", "gransatra", "municipio", "12", "Skåne län", "040-628 04 00", "Storgatan 5", "999 53")
    org = "/kommun-och-politik/organisation/"
    klf = "/kommun-och-politik/organisation/kommunledningsforvaltningen/"
    menu = []
    for label, path, subs in AREAS:
        sub = [(x, f"{path}#{a}") for x, a in subs]
        if path == "/kommun-och-politik/":
            sub = [*sub, ("Organisation", org), ("Kommunledningsförvaltningen", klf)]
        menu.append((label, path, sub))
    menu.append(("Kontakt", "/kontakta-oss/", []))
    s["menu"] = menu
    s["header_extra"] = "<a class=\"c-header__contact\" href=\"/kontakta-oss/\">Kontakta oss</a>"
    news = [("Ny förskola i Norrbyn öppnar i augusti", "/nyheter/ny-forskola/", "2026-09-14"),
            ("Biblioteket får längre öppettider", "/nyheter/bibliotek/", "2026-09-02")]
    front = hero(s, [("Lediga jobb", "/kommun-och-politik/#jobb"), ("Skola och förskola", "/barn-och-utbildning/"),
                     ("Sophämtning", "/bygga-bo-och-miljo/#avfall")]) + teasers(news) + events()
    pages = {"/": (f"{s['gen']} kommun", front)}
    pages.update(std_pages(s, news))
    pages.update([fill_news(s, "forskola", "/nyheter/ny-forskola/"), fill_news(s, "bibliotek", "/nyheter/bibliotek/")])
    pages["/kontakta-oss/"] = ("Kontakta oss - Gransätra kommun",
        "<h1>Kontakta oss</h1><div class=\"c-card\"><h2>Växel</h2><p>040-628 04 00</p></div>"
        "<div class=\"c-card\"><h2>Telefonnummer</h2><ul><li>Medborgarservice: 040-628 04 10</li>"
        "<li>Socialtjänstens mottagning: 040-628 04 30</li><li>Överförmyndaren: 040-628 04 35</li></ul></div>"
        "<div class=\"c-card\"><h2>Skriv till oss</h2><p>Gransätra kommun, Box 100, 999 53 Gransätra<br>kommun@gransatra.se</p></div>")
    pages[org] = ("Organisation - Gransätra kommun",
        "<h1>Organisation</h1><p>Gransätra kommun har tre förvaltningar under kommunstyrelsen.</p>"
        f"<ul><li><a href=\"{klf}\">Kommunledningsförvaltningen</a></li><li>Utbildningsförvaltningen</li><li>Vård- och omsorgsförvaltningen</li></ul>")
    pages[klf] = ("Kommunledningsförvaltningen - Gransätra kommun",
        "<h1>Kommunledningsförvaltningen</h1><p class=\"lead\">Kommunledningsförvaltningen stödjer kommunstyrelsen och samordnar kommunens verksamheter. "
        "Förvaltningschef: Jonas Berglund.</p>"
        "<h2>Kansli</h2><p>Kansliet ansvarar för diarium, arkiv och nämndadministration.</p>"
        "<h2>Medborgarservice</h2><p>Medborgarservice är kommunens första kontakt för invånarna. Vi tar emot frågor om skolskjuts, "
        "avgifter för hemtjänst, felanmälan av gatubelysning och bygglov, och hjälper dig med kommunens e-tjänster.</p>"
        "<p>Besök oss i kommunhuset, Storgatan 5, måndag–fredag 8.00–16.30.<br>Telefon 040-628 04 10<br>"
        "E-post medborgarservice@gransatra.se</p><p>Enhetschef: Lina Sjöberg</p>"
        "<h2>Ekonomi och HR</h2><p>Ekonomiavdelningen och HR-avdelningen stödjer förvaltningarna.</p>")
    write_site(s, pages, {"search": {"path": "/sok/", "param": "q", "template_page": sok_page(s),
                                     "hits": {"medborgarservice": [klf, "/kontakta-oss/"]}}})


def s9478():
    s = base("9478", "Hökeryd", "hokeryd", "bootstrap", "25", "Norrbottens län", "0980-319 200", "Järnvägsgatan 8", "999 64")
    s["menu"] = menu_std([("Kontakt", "/kontakt/", [])])
    news = [("Nya regler för bygglov från årsskiftet", "/nyheter/bygglov/", "2026-09-28"),
            ("Vattenläcka på Storgatan åtgärdad", "/nyheter/vattenlacka/", "2026-09-02")]
    front = hero(s, [("E-tjänster", "/kommun-och-politik/"), ("Bygglov", "/bygga-bo-och-miljo/#bygglov"),
                     ("Äldreomsorg", "/omsorg-och-stod/#aldreomsorg")]) + teasers(news) + events()
    pages = {"/": (f"{s['gen']} kommun", front)}
    pages.update(std_pages(s, news))
    pages["/nyheter/bygglov/"] = ("Nya regler för bygglov från årsskiftet - Hökeryds kommun",
        "<article><h1>Nya regler för bygglov från årsskiftet</h1><p>Fler åtgärder blir bygglovsbefriade. Läs mer på sidan om bygglov.</p></article>")
    pages.update([fill_news(s, "va", "/nyheter/vattenlacka/")])
    pages["/kontakt/"] = ("Kontakt - Hökeryds kommun",
        "<h1>Kontakt</h1><p>Växel: 0980-319 200 (vardagar 7.30–16.30)</p><p>E-post: kommun@hokeryd.se</p>"
        "<p>Postadress: Box 100, 999 64 Hökeryd</p><p>Vi hjälper dig gärna. Hör av dig om du undrar något.</p>")
    pages["/kundcenter/"] = ("Kundcenter - Hökeryds kommun",
        "<h1>Kundcenter</h1><p>Kundcenter finns här för dig. Ring oss så hjälper vi dig vidare.</p>"
        "<p>Telefon: 0980-319 210</p><p class=\"small\">Kontaktperson för sidan: Lisa Nyman, handläggare</p>")
    pages["/en/"] = ("Information in English - Hökeryd municipality",
        "<h1>Information in English</h1><p>Hökeryd is a municipality in the north of the country.</p>"
        "<h2>Contact us</h2><p>Hökeryd municipality's Customer Centre (Kundcenter) answers questions about schools, elderly care, "
        "building permits and waste collection. Phone +46 980 319 210, e-mail kundcenter@hokeryd.se, weekdays 8–16.</p>"
        "<p>Head of the Customer Centre: Erik Dahl.</p>")
    write_site(s, pages, {"sitemap": ["/", "/kontakt/", "/kundcenter/", "/en/", "/nyheter/"],
                          "search": {"path": "/sok/", "param": "q", "template_page": sok_page(s),
                                     "hits": {"kundcenter": ["/kundcenter/", "/en/"]}}})


def s9479():
    s = base("9479", "Lingmora", "lingmora", "table", "03", "Uppsala län", "08-465 004 50", "Kyrkvägen 2", "999 75")
    s["encoding"] = "iso-8859-1"
    s["menu"] = [("Barn och skola", "/barn-och-utbildning/", []), ("Omsorg och stöd", "/omsorg-och-stod/", []),
                 ("Bygga, bo och miljö", "/bygga-bo-och-miljo/", []), ("Kultur och fritid", "/kultur-och-fritid/", []),
                 ("Kommun och politik", "/kommun-och-politik/", []), ("Kontakt", "/kontakt.asp", [])]
    s["toplinks"] = [("Lyssna", "#lyssna"), ("Lättläst", "/lattlast/"), ("In English", "/en/"), ("Kontakt", "/kontakt.asp")]
    sp = "/kommun/medborgarkontoret.asp"
    news = [("Biblioteket får längre öppettider", "/nyheter/bibliotek.asp", "2026-09-22"),
            ("Ny förskola i Norrbyn öppnar i augusti", "/nyheter/forskola.asp", "2026-09-14")]
    front = ("<table width=\"100%\" cellpadding=\"8\"><tr><td bgcolor=\"#f4f0e0\"><h1>Välkommen till Lingmora kommun</h1>"
             "<p>Lingmora – där skogen möter sjön.</p></td></tr></table>"
             "<table width=\"100%\"><tr><td valign=\"top\" width=\"50%\">" + teasers(news) + "</td><td valign=\"top\">" + events() + "</td></tr></table>")
    pages = {"/": ("Lingmora kommun", front)}
    pages.update(std_pages(s, news))
    pages.update([fill_news(s, "bibliotek", "/nyheter/bibliotek.asp"), fill_news(s, "forskola", "/nyheter/forskola.asp")])
    pages["/kontakt.asp"] = ("Kontakt - Lingmora kommun",
        "<h1>Kontakt</h1><p>Växel: 08-465 004 50, vardagar 8–16.</p>"
        "<table border=\"1\" cellpadding=\"6\"><tr><td><b>Medborgarkontoret</b><br>Vi hjälper dig med dina ärenden.<br>"
        f"<a href=\"{sp}\">Till Medborgarkontoret</a></td>"
        "<td><b>Politiker</b><br>Kontaktuppgifter till förtroendevalda.<br><a href=\"/kommun-och-politik/\">Kommun och politik</a></td></tr></table>")
    body = ("<h1>Medborgarkontoret</h1><p>Medborgarkontoret i kommunhuset är öppet för alla. Vi hjälper dig med frågor om "
            "bostadsanpassning, färdtjänst, hemtjänst, skolskjuts och avgifter, och med att fylla i blanketter.</p>"
            "<p><b>Besöksadress:</b> Kyrkvägen 2, Lingmora</p>"
            "<table border=\"0\" cellpadding=\"3\"><tr><td colspan=\"2\"><b>Öppettider</b></td></tr>"
            "<tr><td>Måndag–torsdag</td><td>8.00–16.30</td></tr><tr><td>Fredag</td><td>8.00–15.00</td></tr></table>"
            "<p>Telefon: 08-465 004 55<br>E-post: medborgarkontoret(at)lingmora.se</p>"
            "<p>Ansvarig för medborgarkontoret: Anders Lööf</p>")
    pages[sp] = ("Medborgarkontoret - Lingmora kommun", body +
                 "<p><a href=\"/dokument/medborgarkontoret.pdf\">Broschyr om Medborgarkontoret (pdf, 1 sida)</a><br>"
                 "<a href=\"/kommun/medborgarkontoret_print.asp\">Utskriftsversion</a></p>")
    pages["/kommun/medborgarkontoret_print.asp"] = ("Medborgarkontoret - utskrift",
        "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"iso-8859-1\"><title>Medborgarkontoret - utskrift</title></head>"
        "<body onload=\"window.print()\"><p>Lingmora kommun</p>" + body + f"<p><a href=\"{sp}\">Tillbaka</a></p></body></html>\n", "raw")
    pages["/dokument/medborgarkontoret.pdf"] = make_pdf([
        "Medborgarkontoret i Lingmora", "Vi hjälper dig med frågor om bostadsanpassning, färdtjänst,",
        "hemtjänst, skolskjuts och avgifter.", "Besöksadress: Kyrkvägen 2. Telefon 08-465 004 55.",
        "Öppet måndag-torsdag 8.00-16.30, fredag 8.00-15.00."])
    write_site(s, pages, {"search": {"path": "/sok/", "param": "q", "template_page": sok_page(s),
                                     "hits": {"medborgarkontor": [sp], "medborgarkontoret": [sp]}}})


def s9480():
    s = base("9480", "Storbacka", "storbacka", "soup", "22", "Västernorrlands län", "040-628 04 50", "Rådhusgatan 4", "999 86")
    s["menu"] = menu_std([("Kontakt", "/kontakt/", [])])
    sp = "/servicecentrum/"
    news = [("Försäkringskassans servicekontor i Storbacka stänger", "/nyheter/servicekontor-stanger/", "2026-09-25"),
            ("Vattenläcka på Storgatan åtgärdad", "/nyheter/vattenlacka/", "2026-09-02")]
    front = ("<div class=\"hx\"><div class=\"hx-in\"><div class=\"t1\">Välkommen till Storbacka kommun</div>"
             "<div class=\"t2\">Här finns service för dig som bor och verkar i Storbacka.</div>"
             f"<div class=\"bx\"><a class=\"bx-a\" href=\"{sp}\">Frågor? Så når du oss</a></div>"
             "<div class=\"bx\"><a class=\"bx-a\" href=\"/bygga-bo-och-miljo/#avfall\">Sophämtning</a></div>"
             "<div class=\"bx\"><a class=\"bx-a\" href=\"/kommun-och-politik/#jobb\">Lediga jobb</a></div></div></div>"
             + teasers(news) + events())
    pages = {"/": ("Storbacka kommun", front)}
    pages.update(std_pages(s, news))
    pages["/nyheter/servicekontor-stanger/"] = ("Försäkringskassans servicekontor i Storbacka stänger - Storbacka kommun",
        "<div class=\"art\"><h1>Försäkringskassans servicekontor i Storbacka stänger</h1><p>Statens servicecenter samlar verksamheten i "
        "grannkommunen från 1 december. Frågor om föräldrapenning och sjukpenning besvaras av Försäkringskassans kundcenter.</p></div>")
    pages.update([fill_news(s, "va", "/nyheter/vattenlacka/")])
    pages[sp] = ("Servicecentrum - Storbacka kommun",
        "<div class=\"art\"><h1>Vi svarar på dina frågor</h1>"
        "<div class=\"p1\">Hos oss kan du få hjälp med frågor om bygglov, barnomsorg, avfall, vatten och avlopp samt färdtjänst. "
        "Vi hjälper dig också att hitta rätt e-tjänst.</div>"
        "<div class=\"k2\"><div>Telefon: 040-628 04 55</div><div>Telefontid: måndag–fredag 8–17</div>"
        "<div>E-post: servicecentrum@storbacka.se</div></div>"
        "<div class=\"p1\">Verksamheten leds av en enhetschef och är en del av kommunstyrelsens förvaltning.</div></div>")
    pages["/kontakt/"] = ("Kontakt - Storbacka kommun",
        "<div class=\"art\"><h1>Kontakt</h1><div>Växel: 040-628 04 50</div><div>Registrator: registrator@storbacka.se</div>"
        f"<div>Har du frågor om kommunens verksamheter? <a href=\"{sp}\">Ring eller mejla oss</a>.</div></div>")
    write_site(s, pages, {"search": {"path": "/sok/", "param": "q", "template_page": sok_page(s),
                                     "hits": {"servicecentrum": [sp], "servicekontor": ["/nyheter/servicekontor-stanger/"]}}})


def s9481():
    s = base("9481", "Vadsjö", "vadsjo", "aria", "07", "Kronobergs län", "031-390 06 40", "Kungsgatan 12", "999 97")
    s["menu"] = menu_std([("Kontakt", "/kontakt/", [])])
    sp = "/kommun/kundtjanst/"
    s["footer_links"] = [("Kundtjänst", "/kundtjanst"), ("Tillgänglighetsredogörelse", "/tillganglighet/"), ("Om kakor", "/kakor/")]
    s["footer_extra"] = ("<div class=\"f-col\"><h2>Kommunala bolag</h2><p>Vadsjö Bostäder AB – kundtjänst 031-390 06 90</p>"
                         "<p>Vadsjö Energi AB – felanmälan 031-390 06 95</p></div>")
    nk = "/nyheter/kundtjanst-flyttar/"
    news = [("Kundtjänst flyttar till Stationshuset", nk, "2026-09-30"),
            ("Ny förskola i Norrbyn öppnar i augusti", "/nyheter/ny-forskola/", "2026-09-14")]
    front = hero(s, [("Skola", "/barn-och-utbildning/"), ("Bygglov", "/bygga-bo-och-miljo/#bygglov"),
                     ("Bibliotek", "/kultur-och-fritid/#bibliotek")]) + teasers(news) + events()
    pages = {"/": (f"{s['gen']} kommun", front)}
    pages.update(std_pages(s, news))
    pages[nk] = ("Kundtjänst flyttar till Stationshuset - Vadsjö kommun",
        "<article><h1>Kundtjänst flyttar till Stationshuset</h1><p class=\"date\">2026-09-30</p>"
        "<p>Från 1 november finns kommunens kundtjänst i Stationshuset. I de nya lokalerna svarar kundtjänst på frågor om parkering, "
        "avfall, skolskjuts och bygglov. Telefon 031-390 06 50, e-post kundtjanst@vadsjo.se.</p>"
        f"<p><a href=\"{sp}\">Läs mer om kundtjänst</a></p></article>")
    pages.update([fill_news(s, "forskola", "/nyheter/ny-forskola/")])
    pages[sp] = ("Kundtjänst - Vadsjö kommun",
        "<h1>Kundtjänst</h1><p class=\"lead\">Kundtjänst är kommunens väg in. Vi hjälper dig med allt – stort som smått.</p>"
        "<p>Telefon: 031-390 06 50<br>E-post: kundtjanst@vadsjo.se<br>Öppet: vardagar 8–16</p>"
        "<p>Kundtjänst är en del av <a href=\"/kommun/organisation/\">kommunledningskontoret</a>.</p>")
    pages["/kommun/organisation/"] = ("Kommunledningskontoret - Vadsjö kommun",
        "<h1>Kommunledningskontoret</h1><p>Kommunledningskontoret leds av kommundirektören Per Ahlgren.</p>"
        "<table class=\"staff\"><tr><th>Funktion</th><th>Namn</th><th>Enhet</th></tr>"
        "<tr><td>Ekonomichef</td><td>Sanna Holm</td><td>Ekonomi</td></tr>"
        "<tr><td>Kundtjänstchef</td><td>Helena Brink</td><td>Kundtjänst</td></tr>"
        "<tr><td>HR-chef</td><td>Omar Said</td><td>HR</td></tr></table>")
    pages["/kontakt/"] = ("Kontakt - Vadsjö kommun",
        "<h1>Kontakt</h1><p>Växel: 031-390 06 40</p><p>E-post: kommun@vadsjo.se</p><p>Postadress: Box 100, 999 97 Vadsjö</p>")
    write_site(s, pages, {"redirects": {"/kundtjanst": [sp, 302]},
                          "search": {"path": "/sok/", "param": "q", "template_page": sok_page(s),
                                     "hits": {"kundtjänst": [sp, nk]}}})


def s9482():
    s = base("9482", "Ekmora", "ekmora", "wordpress", "17", "Värmlands län", "0980-319 250", "Bruksgatan 7", "999 18")
    s["menu"] = menu_std([("Kontakt", "/kontakt/", [])])
    s["footer_extra"] = ("<div class=\"f-col widget\"><h2 class=\"widget-title\">Ekmora Energi AB</h2>"
                         "<p>Kundtjänst för el och fjärrvärme: 0980-319 259</p></div>")
    ns = "/2026/09/statens-servicecenter-oppnar-servicekontor/"
    news = [("Statens servicecenter öppnar servicekontor i Ekmora", ns, "2026-09-18"),
            ("Biblioteket får längre öppettider", "/2026/09/bibliotek/", "2026-09-02")]
    front = hero(s, [("Bygglovsservice", "/bygga-bo-och-miljo/bygglovsservice/"), ("Skola", "/barn-och-utbildning/"),
                     ("Lediga jobb", "/kommun-och-politik/#jobb")]) + teasers(news) + events()
    pages = {"/": (f"{s['gen']} kommun", front)}
    pages.update(std_pages(s, news))
    pages[ns] = ("Statens servicecenter öppnar servicekontor i Ekmora - Ekmora kommun",
        "<article class=\"post\"><h1 class=\"entry-title\">Statens servicecenter öppnar servicekontor i Ekmora</h1>"
        "<p>I servicekontoret får du hjälp med ärenden till Skatteverket, Försäkringskassan och Pensionsmyndigheten. "
        "Statens servicecenter finns på Bruksgatan 9 och har öppet tisdag och torsdag 10–16.</p></article>")
    pages.update([fill_news(s, "bibliotek", "/2026/09/bibliotek/")])
    pages["/bygga-bo-och-miljo/bygglovsservice/"] = ("Bygglovsservice - Ekmora kommun",
        "<h1>Bygglovsservice</h1><p>Bygglovsservice svarar på frågor om bygglov, strandskydd och nybyggnadskartor.</p>"
        "<p>Telefon 0980-319 255, vardagar 9–12. E-post bygglov@ekmora.se</p><p>Enhetschef för bygglovsservice: Tove Lind</p>")
    pages["/kontakt/"] = ("Kontakt - Ekmora kommun",
        "<h1 class=\"entry-title\">Kontakt</h1><p>Vi hjälper dig gärna – hör av dig!</p><p>Växel: 0980-319 250<br>E-post: kommun@ekmora.se</p>"
        "<p>Under sommarveckorna 28–31 besvaras samtal till växeln av Grannåsa kommuns kontaktcenter.</p>")
    pages["/en/"] = ("In English - Ekmora municipality",
        "<h1>Contact us</h1><p>Call the switchboard on +46 980 319 250 or e-mail kommun@ekmora.se.</p>")
    write_site(s, pages, {"search": {"path": "/", "param": "s", "template_page": sok_page(s),
                                     "hits": {"bygglovsservice": ["/bygga-bo-och-miljo/bygglovsservice/"]}}})


def s9483():
    s = base("9483", "Rävlunda", "ravlunda", "semantic", "10", "Blekinge län", "0980-319 270", "Torggatan 1", "999 29")
    s["menu"] = menu_std([("Kontaktcenter", "/sv/kontaktcenter/", [])])
    front = hero(s, [("Kontaktcenter", "/sv/kontaktcenter/")]) + events()
    pages = {"/sv/start/": (f"{s['gen']} kommun", front),
             "/sv/kontaktcenter/": ("Kontaktcenter - Rävlunda kommun",
                                   "<h1>Kontaktcenter</h1><p>Vi svarar på frågor om skola, omsorg och avfall. Telefon 0980-319 271, "
                                   "e-post kontaktcenter@ravlunda.se. Enhetschef för kontaktcenter: Ida Nord.</p>")}
    pages.update(std_pages(s, []))
    write_site(s, pages, {"redirects": {"/": ["/sv/", 302], "/sv/": ["/", 302]},
                          "sitemap": ["/", "/sv/start/", "/sv/kontaktcenter/"],
                          "search": {"path": "/sok/", "param": "q", "template_page": sok_page(s), "hits": {}}})


def s9484():
    s = base("9484", "Björkstrand", "bjorkstrand", "drupal", "20", "Dalarnas län", "08-465 004 80", "Strandvägen 3", "999 40")
    s["menu"] = menu_std()
    s["header_extra"] = "<div id=\"block-kontaktlank\"><a href=\"/kontakta-oss/\">Kontakta oss</a></div>"
    nk = "/nyheter/nu-oppnar-kontakt-bjorkstrand/"
    news_front = [("Höstmarknad på torget", "/nyheter/hostmarknad/", "2026-09-29"),
                  ("Ny förskola i Norrbyn öppnar i augusti", "/nyheter/ny-forskola/", "2026-09-14"),
                  ("Vattenläcka på Storgatan åtgärdad", "/nyheter/vattenlacka/", "2026-09-02")]
    news_all = [*news_front, ("Nu öppnar Kontakt Björkstrand", nk, "2026-08-28")]
    front = hero(s, [("Förskola", "/barn-och-utbildning/#forskola"), ("Hemtjänst", "/omsorg-och-stod/#aldreomsorg"),
                     ("Sophämtning", "/bygga-bo-och-miljo/#avfall")]) + teasers(news_front) + events()
    pages = {"/": (f"{s['gen']} kommun", front)}
    pages.update(std_pages(s, news_all))
    pages["/nyheter/hostmarknad/"] = ("Höstmarknad på torget - Björkstrands kommun",
        "<article><h1>Höstmarknad på torget</h1><p>Lördag 4 oktober fylls torget av knallar, musik och lokala producenter.</p></article>")
    pages.update([fill_news(s, "forskola", "/nyheter/ny-forskola/"), fill_news(s, "va", "/nyheter/vattenlacka/")])
    pages[nk] = ("Nu öppnar Kontakt Björkstrand - Björkstrands kommun",
        "<article class=\"node node--type-news\"><h1>Nu öppnar Kontakt Björkstrand</h1><p class=\"date\">2026-08-28</p>"
        "<p>Den 2 september öppnar Kontakt Björkstrand, kommunens nya kontaktcenter. Där svarar kommunvägledare på frågor om barnomsorg, "
        "skola, äldreomsorg, avfall och gator – oftast direkt i telefon.</p>"
        "<p>Ring 08-465 004 85 vardagar 8–16.30 eller mejla kontakt@bjorkstrand.se.</p>"
        "<p>Kontaktperson för nyheten: Mira Ek, kommunikatör</p></article>")
    pages["/kontakta-oss/"] = ("Kontakta oss - Björkstrands kommun",
        "<h1>Kontakta oss</h1><p>Växel: 08-465 004 80</p>"
        "<p>Kontakt Björkstrand nås på 08-465 004 85 och kontakt@bjorkstrand.se.</p>"
        "<p>Postadress: Box 100, 999 40 Björkstrand</p>")
    write_site(s, pages, {"search": {"path": "/sok/", "param": "q", "template_page": sok_page(s),
                                     "hits": {"kontaktcenter": [nk], "kontakt björkstrand": [nk, "/kontakta-oss/"]}}})


SITE_BUILDERS = [s9475, s9476, s9477, s9478, s9479, s9480, s9481, s9482, s9483, s9484]



def main() -> None:
    SITES.mkdir(exist_ok=True)
    for build in SITE_BUILDERS:
        build()
    print("wrote", len(SITE_BUILDERS), "sites to", SITES)


if __name__ == "__main__":
    main()
