"""Markup families of blind53: each renders a whole page around its main content.

A typing aid for build_sites.py; the files under sites/ are the corpus.
"""
from __future__ import annotations

import html

TOPBAR = [("Lyssna", "/lyssna"), ("Lättläst", "/lattlast"), ("Teckenspråk", "/teckensprak"),
          ("In English", "/in-english")]
LOGO = ("<svg width=\"40\" height=\"40\" viewBox=\"0 0 40 40\" aria-hidden=\"true\">"
        "<circle cx=\"20\" cy=\"20\" r=\"18\" fill=\"#1b5e7a\"/></svg>")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def head(s: dict, title: str, extra: str = "") -> str:
    cs = "iso-8859-1" if s["family"] == "table" else "utf-8"
    return (
        f"<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"{cs}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{esc(title)}</title>\n"
        "<style>body{font-family:Arial,sans-serif;margin:0}a{color:#0b4f6c}[hidden]{display:none}"
        ".cards{display:flex;gap:1rem}.vh{position:absolute;left:-9999px}</style>\n"
        f"{extra}</head>\n"
    )


def cookie(s: dict) -> str:
    return ("<div class=\"cookie-banner\" id=\"cookie\"><p>Vi använder kakor (cookies) för att webbplatsen "
            "ska fungera och för att förbättra den. <a href=\"/om-webbplatsen/kakor\">Läs mer om kakor</a></p>"
            "<button type=\"button\" onclick=\"document.getElementById('cookie').remove()\">Godkänn</button> "
            "<button type=\"button\" onclick=\"document.getElementById('cookie').remove()\">Endast nödvändiga</button>"
            "</div>\n")


def script(s: dict) -> str:
    return ("<script>document.documentElement.className+=' js';window.siteConfig={lang:'sv',k:'"
            + s["code"] + "'};</script>\n")


def footer_bits(s: dict) -> tuple[str, str]:
    left = (f"<strong>{esc(s['kn'])}</strong><br>{esc(s['street'])}<br>{esc(s['postnr'])}<br>"
            f"Växel: {esc(s['vaxel'])}<br>E-post: <a href=\"mailto:{s['email']}\">{esc(s['email'])}</a><br>"
            f"Org.nr: {esc(s['orgnr'])}")
    right = ("<a href=\"/om-webbplatsen/tillganglighetsredogorelse\">Tillgänglighetsredogörelse</a> | "
             "<a href=\"/om-webbplatsen/kakor\">Kakor</a> | "
             "<a href=\"/om-webbplatsen/personuppgifter\">Personuppgifter</a> | "
             "<a href=\"/om-webbplatsen/\">Om webbplatsen</a>")
    return left, right


def search_form(s: dict, cls: str = "search") -> str:
    sp = s["search"]
    return (f"<form class=\"{cls}\" action=\"{sp['path']}\" method=\"get\"><label for=\"q\">Sök på webbplatsen</label>"
            f"<input id=\"q\" type=\"search\" name=\"{sp['param']}\"><button type=\"submit\">Sök</button></form>")


def sublinks(area) -> list[tuple[str, str]]:
    return area["subs"]


# ---------------------------------------------------------------- families
def semantic(s, title, main, front):
    top = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in TOPBAR + s.get("topbar", []))
    nav = "".join(
        f"<li class=\"menu-item\"><a href=\"{a['href']}\">{esc(a['label'])}</a><ul class=\"sub-menu\">"
        + "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in a["subs"]) + "</ul></li>"
        for a in s["areas"])
    nav += "".join(f"<li class=\"menu-item\"><a href=\"{h}\">{esc(t)}</a></li>" for t, h in s.get("extra_nav", []))
    fl, fr = footer_bits(s)
    return (head(s, title) + "<body>\n" + cookie(s) +
            f"<header class=\"site-header\">\n<div class=\"topbar\"><ul>{top}</ul></div>\n"
            f"<a class=\"logo\" href=\"/\">{LOGO}<span>{esc(s['kn'])}</span></a>\n"
            f"<div role=\"search\">{search_form(s)}</div>\n"
            f"<nav aria-label=\"Huvudmeny\"><ul class=\"menu\">{nav}</ul></nav>\n</header>\n"
            f"<main id=\"innehall\">\n{main}\n</main>\n"
            f"<footer class=\"site-footer\"><div class=\"col\">{fl}</div><div class=\"col\">{s.get('footer_extra', '')}</div>"
            f"<p class=\"links\">{fr}</p></footer>\n" + script(s) + "</body>\n</html>\n")


def soup(s, title, main, front):
    top = " ".join(f"<a class=\"q1\" href=\"{h}\">{esc(t)}</a>" for t, h in TOPBAR + s.get("topbar", []))
    nav = "".join(
        f"<div class=\"zz\"><a class=\"zz-a\" href=\"{a['href']}\">{esc(a['label'])}</a><div class=\"zz-s\">"
        + "".join(f"<div class=\"zz-i\"><a href=\"{h}\">{esc(t)}</a></div>" for t, h in a["subs"]) + "</div></div>"
        for a in s["areas"])
    fl, fr = footer_bits(s)
    return (head(s, title) + "<body>\n" + cookie(s) +
            f"<div class=\"w0\">\n<div class=\"t9\">{top}</div>\n<div class=\"hd2\">"
            f"<a class=\"lg\" href=\"/\">{LOGO}<span class=\"lgt\">{esc(s['kn'])}</span></a>"
            f"<div class=\"s3\">{search_form(s, 's3f')}</div></div>\n"
            f"<div class=\"mn\">{nav}</div>\n</div>\n"
            f"<div class=\"c0\">\n{main}\n</div>\n"
            f"<div class=\"ft4\"><div class=\"ft4a\">{fl}</div><div class=\"ft4b\">{s.get('footer_extra', '')}</div>"
            f"<div class=\"ft4c\">{fr}</div></div>\n" + script(s) + "</body>\n</html>\n")


def table(s, title, main, front):
    top = " &middot; ".join(f"<a href=\"{h}\"><font color=\"#ffffff\">{esc(t)}</font></a>" for t, h in TOPBAR + s.get("topbar", []))
    menu = "".join(
        f"<tr><td bgcolor=\"#dde6ee\"><font face=\"Verdana\" size=\"2\"><b><a href=\"{a['href']}\">{esc(a['label'])}</a></b></font></td></tr>"
        + "".join(f"<tr><td>&nbsp;&nbsp;<font face=\"Verdana\" size=\"1\"><a href=\"{h}\">{esc(t)}</a></font></td></tr>" for t, h in a["subs"])
        for a in s["areas"])
    fl, fr = footer_bits(s)
    return (head(s, title) + "<body bgcolor=\"#ffffff\" topmargin=\"0\" leftmargin=\"0\">\n" + cookie(s) +
            "<table width=\"100%\" border=\"0\" cellpadding=\"4\" cellspacing=\"0\">\n"
            f"<tr><td colspan=\"2\" bgcolor=\"#003a5c\" align=\"right\"><font face=\"Verdana\" size=\"1\" color=\"#ffffff\">{top}</font></td></tr>\n"
            f"<tr><td width=\"200\" valign=\"middle\"><a href=\"/start.asp\">{LOGO}<font face=\"Georgia\" size=\"5\">{esc(s['kn'])}</font></a></td>"
            f"<td align=\"right\"><font face=\"Verdana\" size=\"2\">{search_form(s)}</font></td></tr>\n"
            f"<tr><td width=\"200\" valign=\"top\"><table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\">{menu}</table></td>\n"
            f"<td valign=\"top\"><font face=\"Verdana\" size=\"2\">\n{main}\n</font></td></tr>\n"
            f"<tr><td colspan=\"2\" bgcolor=\"#e4e4e4\"><table width=\"100%\"><tr><td valign=\"top\"><font face=\"Verdana\" size=\"1\">{fl}</font></td>"
            f"<td valign=\"top\"><font face=\"Verdana\" size=\"1\">{s.get('footer_extra', '')}</font></td></tr>"
            f"<tr><td colspan=\"2\"><font face=\"Verdana\" size=\"1\">{fr}</font></td></tr></table></td></tr>\n"
            "</table>\n" + script(s) + "</body>\n</html>\n")


def sitevision(s, title, main, front):
    top = "".join(f"<li class=\"sv-inline\"><a href=\"{h}\">{esc(t)}</a></li>" for t, h in TOPBAR + s.get("topbar", []))
    nav = ""
    for i, a in enumerate(s["areas"]):
        cols = a.get("cols") or [("", a["subs"])]
        panel = "".join(
            "<div class=\"sv-layout mega-col\">" + (f"<h3 class=\"subheading\">{esc(h)}</h3>" if h else "") + "<ul>"
            + "".join(f"<li><a class=\"sv-link\" href=\"{u}\">{esc(t)}</a></li>" for t, u in subs) + "</ul></div>"
            for h, subs in cols)
        nav += (f"<li class=\"mega-item\"><a href=\"{a['href']}\">{esc(a['label'])}</a>"
                f"<button class=\"mega-toggle\" aria-expanded=\"false\" aria-controls=\"mp{i}\"><span class=\"vh\">Visa undermeny</span></button>"
                f"<div class=\"mega-panel sv-layout\" id=\"mp{i}\" hidden>{panel}</div></li>")
    fl, fr = footer_bits(s)
    return (head(s, title, "<link rel=\"stylesheet\" href=\"/sitevision/system-resource/c2a1/css/portlets.css\">\n")
            + "<body>\n" + cookie(s) +
            "<div class=\"sv-layout sv-skip-spacer\" id=\"svid10_1a2b3c\">\n"
            f"<div class=\"sv-layout header\" id=\"svid10_h\"><div class=\"sv-portlet sv-menu-portlet\"><ul class=\"topmenu\">{top}</ul></div>"
            f"<div class=\"sv-portlet sv-image-portlet\"><a href=\"/\">{LOGO}<span>{esc(s['kn'])}</span></a></div>"
            f"<div class=\"sv-portlet sv-searchform-portlet\">{search_form(s)}</div>"
            f"<div class=\"sv-portlet sv-menu-portlet\"><ul class=\"mega\">{nav}</ul></div></div>\n"
            f"<div class=\"sv-layout content\" id=\"svid10_c\">\n{main}\n</div>\n"
            f"<div class=\"sv-layout pagefooter\" id=\"svid10_f\"><div class=\"sv-portlet sv-text-portlet\"><p>{fl}</p></div>"
            f"<div class=\"sv-portlet sv-text-portlet\">{s.get('footer_extra', '')}</div>"
            f"<div class=\"sv-portlet sv-text-portlet\"><p>{fr}</p></div></div>\n</div>\n" + script(s) + "</body>\n</html>\n")


def municipio(s, title, main, front):
    nav = "".join(
        f"<li class=\"c-drawer__item has-children\"><a href=\"{a['href']}\">{esc(a['label'])}</a><ul class=\"sub-menu\">"
        + "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in a["subs"]) + "</ul></li>"
        for a in s["areas"])
    top = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in TOPBAR + s.get("topbar", []))
    hdr = "".join(f"<a class=\"c-button c-button--basic\" href=\"{h}\">{esc(t)}</a>" for t, h in s.get("header_links", []))
    fl, fr = footer_bits(s)
    return (head(s, title, "<link rel=\"stylesheet\" href=\"/wp-content/themes/municipio/assets/dist/css/app.css\">\n")
            + "<body class=\"wp-theme-municipio\">\n" + cookie(s) +
            f"<header class=\"c-header site-header\" id=\"site-header\"><div class=\"c-header__top\"><ul class=\"c-nav--tiles\">{top}</ul></div>"
            f"<div class=\"c-header__main\"><a class=\"c-logotype\" href=\"/\">{LOGO}<span>{esc(s['kn'])}</span></a>"
            f"<div class=\"c-header__search\">{search_form(s, 'c-form search-form')}</div>"
            f"{hdr}<button class=\"c-button c-button--menu\" aria-controls=\"drawer\" aria-expanded=\"false\">Meny</button></div></header>\n"
            f"<div class=\"c-drawer\" id=\"drawer\" hidden><nav class=\"c-drawer__nav\" aria-label=\"Meny\"><ul>{nav}</ul></nav></div>\n"
            f"<main id=\"main-content\" class=\"site-main\">\n{main}\n</main>\n"
            f"<footer class=\"c-footer\"><div class=\"o-grid\"><div class=\"o-grid-4\">{fl}</div><div class=\"o-grid-4\">{s.get('footer_extra', '')}</div>"
            f"<div class=\"o-grid-4\">{fr}</div></div></footer>\n" + script(s) + "</body>\n</html>\n")


def bootstrap(s, title, main, front):
    top = "".join(f"<li class=\"list-inline-item\"><a href=\"{h}\">{esc(t)}</a></li>" for t, h in TOPBAR + s.get("topbar", []))
    nav = ""
    for i, a in enumerate(s["areas"]):
        nav += (f"<li class=\"nav-item dropdown\"><a class=\"nav-link dropdown-toggle\" href=\"{a['href']}\" id=\"dd{i}\" "
                f"role=\"button\" data-bs-toggle=\"dropdown\" aria-expanded=\"false\">{esc(a['label'])}</a>"
                f"<ul class=\"dropdown-menu\" aria-labelledby=\"dd{i}\">"
                + "".join(f"<li><a class=\"dropdown-item\" href=\"{h}\">{esc(t)}</a></li>" for t, h in a["subs"]) + "</ul></li>")
    nav += "".join(f"<li class=\"nav-item\"><a class=\"nav-link\" href=\"{h}\">{esc(t)}</a></li>" for t, h in s.get("extra_nav", []))
    fl, fr = footer_bits(s)
    return (head(s, title, "<link rel=\"stylesheet\" href=\"/assets/bootstrap.min.css\">\n") + "<body>\n" + cookie(s) +
            f"<header><div class=\"bg-light py-1\"><div class=\"container\"><ul class=\"list-inline mb-0 text-end\">{top}</ul></div></div>"
            f"<nav class=\"navbar navbar-expand-lg navbar-light bg-white\"><div class=\"container\">"
            f"<a class=\"navbar-brand\" href=\"/\">{LOGO} {esc(s['kn'])}</a>"
            f"<button class=\"navbar-toggler\" type=\"button\" data-bs-toggle=\"collapse\" data-bs-target=\"#nav\" aria-label=\"Visa meny\"><span class=\"navbar-toggler-icon\"></span></button>"
            f"<div class=\"collapse navbar-collapse\" id=\"nav\"><ul class=\"navbar-nav me-auto\">{nav}</ul>{search_form(s, 'd-flex')}</div></div></nav></header>\n"
            f"<main class=\"container my-4\">\n{main}\n</main>\n"
            f"<footer class=\"bg-dark text-white py-4\"><div class=\"container\"><div class=\"row\"><div class=\"col-md-4\">{fl}</div>"
            f"<div class=\"col-md-4\">{s.get('footer_extra', '')}</div><div class=\"col-md-4\">{fr}</div></div></div></footer>\n"
            + script(s) + "</body>\n</html>\n")


def custom(s, title, main, front):
    top = "".join(f"<x-link><a href=\"{h}\">{esc(t)}</a></x-link>" for t, h in TOPBAR + s.get("topbar", []))
    hdr = "".join(f"<x-link class=\"prominent\"><a href=\"{h}\">{esc(t)}</a></x-link>" for t, h in s.get("header_links", []))
    nav = "".join(
        f"<x-item><a href=\"{a['href']}\">{esc(a['label'])}</a><x-sub>"
        + "".join(f"<x-subitem><a href=\"{h}\">{esc(t)}</a></x-subitem>" for t, h in a["subs"]) + "</x-sub></x-item>"
        for a in s["areas"])
    fl, fr = footer_bits(s)
    return (head(s, title) + "<body>\n" + cookie(s) +
            f"<x-header><x-topbar>{top}</x-topbar><x-logo><a href=\"/\">{LOGO}<x-text>{esc(s['kn'])}</x-text></a></x-logo>"
            f"<x-search>{search_form(s)}</x-search>{hdr}<x-nav>{nav}</x-nav></x-header>\n"
            f"<x-main>\n{main}\n</x-main>\n"
            f"<x-footer><x-col>{fl}</x-col><x-col>{s.get('footer_extra', '')}</x-col><x-col>{fr}</x-col></x-footer>\n"
            "<script>for(const n of ['x-header','x-topbar','x-nav','x-item','x-main','x-footer'])"
            "customElements.define(n,class extends HTMLElement{});</script>\n" + script(s) + "</body>\n</html>\n")


def aria(s, title, main, front):
    top = "".join(f"<div class=\"tl\"><a href=\"{h}\">{esc(t)}</a></div>" for t, h in TOPBAR + s.get("topbar", []))
    nav = "".join(
        f"<div class=\"ni\"><a href=\"{a['href']}\">{esc(a['label'])}</a><div class=\"ns\">"
        + "".join(f"<a href=\"{h}\">{esc(t)}</a>" for t, h in a["subs"]) + "</div></div>"
        for a in s["areas"])
    fl, fr = footer_bits(s)
    return (head(s, title) + "<body>\n" + cookie(s) +
            f"<div role=\"banner\" class=\"b1\"><div class=\"tb\">{top}</div>"
            f"<a class=\"lg\" href=\"/\">{LOGO}<span>{esc(s['kn'])}</span></a>"
            f"<div role=\"search\">{search_form(s)}</div>"
            f"<div role=\"navigation\" aria-label=\"Huvudmeny\" class=\"nv\">{nav}</div></div>\n"
            f"<div role=\"main\" class=\"m1\">\n{main}\n</div>\n"
            f"<div role=\"contentinfo\" class=\"f1\"><div>{fl}</div><div>{s.get('footer_extra', '')}</div><div>{fr}</div></div>\n"
            + script(s) + "</body>\n</html>\n")


def episerver(s, title, main, front):
    top = "".join(f"<li class=\"ServiceMenu__item\"><a class=\"ServiceMenu__link\" href=\"{h}\">{esc(t)}</a></li>" for t, h in TOPBAR + s.get("topbar", []))
    hdr = "".join(f"<a class=\"Header__link\" href=\"{h}\">{esc(t)}</a>" for t, h in s.get("header_links", []))
    nav = ""
    for i, a in enumerate(s["areas"]):
        nav += (f"<li class=\"MainNavigation__item\"><a class=\"MainNavigation__link\" href=\"{a['href']}\">{esc(a['label'])}</a>"
                f"<button class=\"MainNavigation__toggle\" aria-expanded=\"false\" aria-controls=\"mn-{i}\" aria-label=\"Öppna {esc(a['label'])}\"></button>"
                f"<ul class=\"MainNavigation__sub\" id=\"mn-{i}\" style=\"display:none\">"
                + "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in a["subs"]) + "</ul></li>")
    fl, fr = footer_bits(s)
    return (head(s, title, "<link rel=\"stylesheet\" href=\"/dist/main.3f9c.css\">\n") + "<body class=\"StartPage\" data-epi-page-id=\"" + s["code"] + "\">\n" + cookie(s) +
            f"<div id=\"root\" class=\"Layout\"><header class=\"Header\"><ul class=\"ServiceMenu\">{top}</ul>"
            f"<div class=\"Header__inner\"><a class=\"Header__logo\" href=\"/\">{LOGO}<span>{esc(s['kn'])}</span></a>"
            f"{search_form(s, 'Header__search')}{hdr}</div>"
            f"<nav class=\"MainNavigation\" aria-label=\"Huvudnavigering\"><ul class=\"MainNavigation__list\">{nav}</ul></nav></header>\n"
            f"<main class=\"Layout__main\" id=\"main-content\" data-epi-property-name=\"MainContentArea\">\n{main}\n</main>\n"
            f"<footer class=\"Footer\"><div class=\"Footer__col\">{fl}</div><div class=\"Footer__col\">{s.get('footer_extra', '')}</div>"
            f"<div class=\"Footer__col\">{fr}</div></footer></div>\n" + script(s) + "</body>\n</html>\n")


def drupal(s, title, main, front):
    top = "".join(f"<li class=\"menu-item\"><a href=\"{h}\">{esc(t)}</a></li>" for t, h in TOPBAR + s.get("topbar", []))
    hdr = "".join(f"<a class=\"header-link\" href=\"{h}\">{esc(t)}</a>" for t, h in s.get("header_links", []))
    nav = "".join(
        f"<li class=\"menu-item menu-item--expanded\"><a href=\"{a['href']}\">{esc(a['label'])}</a><ul class=\"menu\">"
        + "".join(f"<li class=\"menu-item\"><a href=\"{h}\">{esc(t)}</a></li>" for t, h in a["subs"]) + "</ul></li>"
        for a in s["areas"])
    fl, fr = footer_bits(s)
    return (head(s, title, "<link rel=\"stylesheet\" href=\"/sites/default/files/css/css_a1b2.css\">\n")
            + "<body class=\"path-frontpage\">\n" + cookie(s) +
            "<div class=\"dialog-off-canvas-main-canvas\" data-off-canvas-main-canvas><div class=\"layout-container\">\n"
            f"<header role=\"banner\" class=\"region region-header\"><nav class=\"block block-menu\" aria-label=\"Genvägar\"><ul class=\"menu\">{top}</ul></nav>"
            f"<div class=\"block block-system-branding-block\"><a href=\"/\" rel=\"home\">{LOGO}<span class=\"site-name\">{esc(s['kn'])}</span></a></div>"
            f"<div class=\"block block-search\">{search_form(s, 'search-block-form')}</div>{hdr}"
            f"<nav role=\"navigation\" aria-labelledby=\"block-main-menu-menu\" class=\"block block-system-menu-block\">"
            f"<h2 class=\"visually-hidden\" id=\"block-main-menu-menu\">Huvudnavigering</h2><ul class=\"menu menu--main\">{nav}</ul></nav></header>\n"
            f"<main role=\"main\"><div class=\"region region-content\">\n{main}\n</div></main>\n"
            f"<footer role=\"contentinfo\" class=\"region region-footer\"><div class=\"block\">{fl}</div><div class=\"block\">{s.get('footer_extra', '')}</div>"
            f"<div class=\"block\">{fr}</div></footer>\n</div></div>\n" + script(s) + "</body>\n</html>\n")


FAMILIES = {f.__name__: f for f in (semantic, soup, table, sitevision, municipio, bootstrap, custom, aria, episerver, drupal)}
