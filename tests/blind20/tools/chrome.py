"""Site chrome (header, menus, footer) for the nine markup families of tests/blind20.

A typing aid for build_sites.py; the written HTML files are the corpus.
"""
from __future__ import annotations

import html

esc = html.escape

TOPBAR = [("Lyssna", "/lyssna"), ("Lättläst", "/lattlast"), ("Teckenspråk", "/teckensprak"),
          ("In English", "/in-english")]

COOKIE_TEXT = ("Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. "
               "Du väljer själv om du godkänner statistikkakor.")

CSS = ("body{font-family:Arial,sans-serif;margin:0;color:#222}a{color:#0b4f8a}"
       ".skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px}"
       "[hidden]{display:none}.cookie{position:fixed;bottom:0;left:0;right:0;background:#fff;"
       "border-top:2px solid #0b4f8a;padding:12px}")

COOKIE_JS = ("<script>document.querySelectorAll('[data-cookie]').forEach(function(b){b.addEventListener('click',"
             "function(){document.getElementById('cookie').hidden=true;document.cookie='ck='+b.dataset.cookie;});});"
             "</script>")


def topbar_links(extra: str = "") -> str:
    return "".join(f"<li><a href=\"{h}\">{t}</a></li>" for t, h in TOPBAR) + extra


def cookie_banner(s: dict, tag: str = "div") -> str:
    text = s.get("cookie_text", COOKIE_TEXT)
    return (f"<{tag} id=\"cookie\" class=\"{s.get('cookie_class', 'cookie')}\" role=\"dialog\" "
            f"aria-label=\"Kakor\"><p>{text} <a href=\"/om-webbplatsen/kakor\">Läs mer om kakor</a></p>"
            "<button type=\"button\" data-cookie=\"all\">Godkänn alla</button>"
            "<button type=\"button\" data-cookie=\"min\">Endast nödvändiga</button></" + tag + ">")


def footer_text(s: dict) -> str:
    return (f"<p><strong>{esc(s['kommun_gen'])} kommun</strong><br>{s['post']}<br>"
            f"Besöksadress: {s['visit']}</p>"
            f"<p>Växel: <a href=\"tel:{s['tel_href']}\">{s['phone']}</a><br>"
            f"E-post: <a href=\"mailto:{s['email']}\">{s['email']}</a><br>Org.nr {s['orgnr']}</p>")


FOOTER_LINKS = [("Tillgänglighetsredogörelse", "/om-webbplatsen/tillganglighetsredogorelse"),
                ("Kakor", "/om-webbplatsen/kakor"),
                ("Behandling av personuppgifter", "/om-webbplatsen/personuppgifter"),
                ("Press", "/press"), ("Lediga jobb", "/lediga-jobb")]


def footer_links() -> str:
    return "".join(f"<li><a href=\"{h}\">{t}</a></li>" for t, h in FOOTER_LINKS)


def head(s: dict, title: str, extra: str = "", charset: str = "utf-8") -> str:
    return (f"<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"{charset}\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{esc(title)}</title>\n{extra}<style>{CSS}</style>\n</head>\n")


def search_form(action: str = "/sok/", param: str = "q", cls: str = "search") -> str:
    return (f"<form class=\"{cls}\" action=\"{action}\" method=\"get\" role=\"search\">"
            f"<label for=\"sok-{param}\">Sök på webbplatsen</label>"
            f"<input id=\"sok-{param}\" type=\"search\" name=\"{param}\" placeholder=\"Vad letar du efter?\">"
            "<button type=\"submit\">Sök</button></form>")


# --------------------------------------------------------------------------- families
def semantic(s, title, body, head_extra, front):
    items = ""
    for it in s["nav"]:
        subs = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in it.get("subs", []))
        sub = (f"<button class=\"toggle\" aria-expanded=\"false\">Visa undermeny för {esc(it['label'])}</button>"
               f"<ul class=\"sub\" hidden>{subs}</ul>") if subs else ""
        items += f"<li><a href=\"{it['href']}\">{esc(it['label'])}</a>{sub}</li>"
    return (head(s, title, head_extra) + "<body>\n<a class=\"skip\" href=\"#innehall\">Hoppa till innehållet</a>\n"
            + cookie_banner(s, "aside") + "\n<header class=\"site-header\">\n"
            f"<div class=\"topbar\"><ul>{topbar_links(s.get('topbar_extra', ''))}</ul></div>\n"
            f"<a class=\"logo\" href=\"/\"><img src=\"/static/logo.svg\" alt=\"{esc(s['kommun_gen'])} kommun, "
            "till startsidan\"></a>\n" + search_form() + "\n"
            f"<nav aria-label=\"Huvudmeny\"><ul class=\"menu\">{items}</ul></nav>\n</header>\n"
            f"<main id=\"innehall\">\n{body}\n</main>\n"
            f"<footer class=\"site-footer\">{footer_text(s)}{s.get('footer_extra', '')}"
            f"<ul>{footer_links()}</ul></footer>\n{COOKIE_JS}\n</body>\n</html>\n")


def soup(s, title, body, head_extra, front):
    items = ""
    for it in s["nav"]:
        subs = "".join(f"<div class=\"k3\"><a href=\"{h}\">{esc(t)}</a></div>" for t, h in it.get("subs", []))
        items += (f"<div class=\"k1\"><a class=\"k2\" href=\"{it['href']}\">{esc(it['label'])}</a>"
                  f"<div class=\"k4\" style=\"display:none\">{subs}</div></div>")
    return (head(s, title, head_extra) + "<body>\n<div class=\"w0\">\n"
            "<a class=\"skip\" href=\"#c0\">Gå direkt till sidans innehåll</a>\n"
            + cookie_banner(s) + "\n<div class=\"q1\">\n"
            f"<div class=\"zz\">{topbar_links(s.get('topbar_extra', ''))}</div>\n"
            f"<div class=\"q2\"><a href=\"/\"><img src=\"/img/l.png\" "
            f"alt=\"{esc(s['kommun_gen'])} kommun\"></a></div>\n"
            + search_form(cls="q3") + f"\n<div class=\"box7\">{items}</div>\n</div>\n"
            f"<div class=\"q5\" id=\"c0\">\n{body}\n</div>\n"
            f"<div class=\"q9\"><div class=\"q9a\">{footer_text(s)}</div>{s.get('footer_extra', '')}"
            f"<div class=\"q9b\"><ul>{footer_links()}</ul></div></div>\n</div>\n{COOKIE_JS}\n</body>\n</html>\n")


def sitevision(s, title, body, head_extra, front):
    items = ""
    for n, it in enumerate(s["nav"]):
        subs = "".join(f"<li class=\"sv-mega__item\"><a href=\"{h}\">{esc(t)}</a></li>" for t, h in it.get("subs", []))
        items += (f"<li class=\"sv-menu__item\"><a class=\"sv-menu__link\" href=\"{it['href']}\">{esc(it['label'])}</a>"
                  f"<div class=\"sv-mega\" id=\"mega-{n}\" hidden><div class=\"sv-mega__col\"><ul>{subs}</ul></div>"
                  "</div></li>")
    return (head(s, title, head_extra + "<link rel=\"stylesheet\" href=\"/sitevision/system-resource/css/sv.css\">\n")
            + "<body>\n<div class=\"sv-layout\" id=\"svid10_top\">\n"
            "<a class=\"sv-skip skip\" href=\"#svid12_content\">Till innehållet</a>\n" + cookie_banner(s) + "\n"
            "<div class=\"sv-layout sv-template-layout header\" id=\"svid10_hdr\">\n"
            f"<div class=\"sv-portlet sv-html-portlet topbar\">"
            f"<ul>{topbar_links(s.get('topbar_extra', ''))}</ul></div>\n"
            f"<div class=\"sv-portlet sv-image-portlet\"><a href=\"/\"><img src=\"/images/18.3f1a.png\" "
            f"alt=\"{esc(s['kommun_gen'])} kommun\"></a></div>\n"
            f"<div class=\"sv-portlet sv-searchform-portlet\">{search_form()}</div>\n"
            f"{s.get('header_extra', '')}\n"
            f"<div class=\"sv-portlet sv-menu-portlet\"><ul class=\"sv-menu\">{items}</ul></div>\n</div>\n"
            f"<div class=\"sv-layout sv-template-layout content\" id=\"svid12_content\">\n{body}\n</div>\n"
            "<div class=\"sv-layout sv-template-layout bottom\" id=\"svid10_ftr\">"
            f"<div class=\"sv-portlet sv-text-portlet\">{footer_text(s)}</div>{s.get('footer_extra', '')}"
            f"<div class=\"sv-portlet sv-text-portlet\"><ul>{footer_links()}</ul></div></div>\n</div>\n"
            f"{COOKIE_JS}\n</body>\n</html>\n")


def municipio(s, title, body, head_extra, front):
    items = ""
    for it in s["nav"]:
        subs = "".join(f"<li class=\"c-nav__item c-nav__item--sub\"><a href=\"{h}\">{esc(t)}</a></li>"
                       for t, h in it.get("subs", []))
        items += (f"<li class=\"c-nav__item\"><a class=\"c-nav__link\" href=\"{it['href']}\">{esc(it['label'])}</a>"
                  f"<ul class=\"c-nav__sub\" aria-hidden=\"true\">{subs}</ul></li>")
    return (head(s, title, head_extra + "<link rel=\"stylesheet\" href=\"/wp-content/themes/municipio/style.css\">\n")
            + "<body class=\"wp-theme-municipio\">\n"
            "<a class=\"skip\" href=\"#main-content\">Hoppa till huvudinnehåll</a>\n"
            + cookie_banner(s) + "\n<header class=\"c-header c-header--business\">\n"
            f"<div class=\"c-header__top\"><ul>{topbar_links(s.get('topbar_extra', ''))}</ul></div>\n"
            f"<a class=\"c-header__logo\" href=\"/\"><img src=\"/wp-content/uploads/logo.svg\" "
            f"alt=\"{esc(s['kommun_gen'])} kommun\"></a>\n" + search_form("/", "s", "c-search") + "\n"
            "<button class=\"c-button js-drawer-toggle\" "
            "aria-controls=\"drawer\" aria-expanded=\"false\">Meny</button>\n"
            "</header>\n<div id=\"drawer\" class=\"c-drawer\" aria-hidden=\"true\" hidden>\n"
            f"<nav class=\"c-nav c-nav--drawer\" aria-label=\"Huvudmeny\"><ul>{items}</ul></nav>\n</div>\n"
            f"<main id=\"main-content\" class=\"o-container\">\n{body}\n</main>\n"
            "<footer class=\"c-footer\"><div class=\"o-grid\">"
            f"<div class=\"o-grid-4 c-footer__widget\">{footer_text(s)}</div>{s.get('footer_extra', '')}"
            f"<div class=\"o-grid-4 c-footer__widget\"><ul>{footer_links()}</ul></div></div></footer>\n"
            f"{COOKIE_JS}\n</body>\n</html>\n")


def episerver(s, title, body, head_extra, front):
    items = ""
    for it in s["nav"]:
        subs = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in it.get("subs", []))
        items += (f"<li class=\"MainMenu__item\"><a href=\"{it['href']}\">{esc(it['label'])}</a>"
                  f"<ul class=\"MainMenu__sub is-collapsed\">{subs}</ul></li>")
    return (head(s, title, head_extra) + "<body>\n<a class=\"skip\" href=\"#MainContent\">Till sidans innehåll</a>\n"
            + cookie_banner(s) + "\n<header class=\"Header\">\n"
            f"<div class=\"Header__tools\"><ul>{topbar_links(s.get('topbar_extra', ''))}</ul></div>\n"
            f"<div class=\"Header__brand\"><a href=\"/\"><img src=\"/globalassets/logo.svg\" "
            f"alt=\"{esc(s['kommun_gen'])} kommun\"></a></div>\n" + search_form("/sok/", "q", "Header__search") + "\n"
            f"<nav class=\"MainMenu\" aria-label=\"Huvudmeny\"><ul>{items}</ul></nav>\n</header>\n"
            f"<main id=\"MainContent\" class=\"Page\">\n{body}\n</main>\n"
            f"<footer class=\"Footer\">"
            f"<div class=\"Footer__block\" data-epi-block=\"ContactBlock\">{footer_text(s)}</div>"
            f"{s.get('footer_extra', '')}<div class=\"Footer__block\"><ul>{footer_links()}</ul></div></footer>\n"
            f"{COOKIE_JS}\n</body>\n</html>\n")


def drupal(s, title, body, head_extra, front):
    items = ""
    for it in s["nav"]:
        subs = "".join(f"<li class=\"menu-item\"><a href=\"{h}\">{esc(t)}</a></li>" for t, h in it.get("subs", []))
        items += (f"<li class=\"menu-item menu-item--expanded\"><a href=\"{it['href']}\">{esc(it['label'])}</a>"
                  f"<ul class=\"menu menu--level-2\" hidden>{subs}</ul></li>")
    return (head(s, title, head_extra + "<meta name=\"Generator\" content=\"Drupal 10 (https://www.drupal.org)\">\n")
            + "<body class=\"path-frontpage\">\n<a href=\"#main-content\" class=\"visually-hidden focusable skip\">"
            "Hoppa till huvudinnehåll</a>\n<div class=\"dialog-off-canvas-main-canvas\">\n" + cookie_banner(s) + "\n"
            "<header role=\"banner\" class=\"region region-header\">\n"
            f"<div class=\"block block-topbar\"><ul>{topbar_links(s.get('topbar_extra', ''))}</ul></div>\n"
            f"<div class=\"block block-system-branding-block\"><a href=\"/\" rel=\"home\">"
            f"<img src=\"/sites/default/files/"
            f"logo.svg\" alt=\"Hem\"></a><span class=\"site-name\">{esc(s['kommun_gen'])} kommun</span></div>\n"
            f"<div class=\"block block-search\">{search_form('/search/node', 'keys', 'search-block-form')}</div>\n"
            "<nav role=\"navigation\" aria-labelledby=\"block-huvudmeny-menu\" class=\"block block-menu\">"
            "<h2 class=\"visually-hidden\" id=\"block-huvudmeny-menu\">Huvudmeny</h2>"
            f"<ul class=\"menu menu--level-1\">{items}</ul></nav>\n</header>\n"
            f"<main role=\"main\"><a id=\"main-content\" tabindex=\"-1\"></a>\n<div class=\"region region-content\">"
            f"\n{body}\n</div></main>\n"
            f"<footer role=\"contentinfo\" class=\"region region-footer\"><div class=\"block\">{footer_text(s)}</div>"
            f"{s.get('footer_extra', '')}<div class=\"block\"><ul class=\"menu\">{footer_links()}</ul></div></footer>\n"
            f"</div>\n{COOKIE_JS}\n</body>\n</html>\n")


def bootstrap(s, title, body, head_extra, front):
    items = ""
    for _n, it in enumerate(s["nav"]):
        subs = "".join(f"<li><a class=\"dropdown-item\" href=\"{h}\">{esc(t)}</a></li>" for t, h in it.get("subs", []))
        items += (f"<li class=\"nav-item dropdown\"><a class=\"nav-link\" href=\"{it['href']}\">{esc(it['label'])}</a>"
                  f"<button class=\"btn dropdown-toggle\" data-bs-toggle=\"dropdown\" aria-expanded=\"false\">"
                  f"<span class=\"visually-hidden\">Undermeny</span></button>"
                  f"<ul class=\"dropdown-menu\">{subs}</ul></li>")
    return (head(s, title, head_extra + "<link rel=\"stylesheet\" href=\"/css/bootstrap.min.css\">\n")
            + "<body>\n<a class=\"visually-hidden-focusable skip\" href=\"#content\">Hoppa till innehåll</a>\n"
            + cookie_banner(s) + "\n<div class=\"bg-light border-bottom\"><div class=\"container\"><ul class=\"nav "
            f"small\">{topbar_links(s.get('topbar_extra', ''))}</ul></div></div>\n"
            "<nav class=\"navbar navbar-expand-lg navbar-light\"><div class=\"container\">"
            f"<a class=\"navbar-brand\" href=\"/\"><img src=\"/img/logo.svg\" "
            f"alt=\"{esc(s['kommun_gen'])} kommun\"></a>"
            "<button class=\"navbar-toggler\" data-bs-toggle=\"collapse\" data-bs-target=\"#nav\">"
            "<span class=\"navbar-toggler-icon\"></span></button>"
            f"<div class=\"collapse navbar-collapse\" id=\"nav\"><ul class=\"navbar-nav\">{items}</ul></div>"
            + search_form(cls="d-flex") + "</div></nav>\n"
            f"<div class=\"container\" id=\"content\">\n{body}\n</div>\n"
            f"<div class=\"bg-dark text-white py-4\"><div class=\"container\"><div class=\"row\">"
            f"<div class=\"col-md-4\">{footer_text(s)}</div>{s.get('footer_extra', '')}"
            f"<div class=\"col-md-4\"><ul>{footer_links()}</ul></div></div></div></div>\n"
            f"{COOKIE_JS}\n</body>\n</html>\n")


def table(s, title, body, head_extra, front):
    items = "".join(f"<tr><td class=\"mnu\"><font size=\"2\"><a href=\"{it['href']}\">{esc(it['label'])}</a></font>"
                    "</td></tr>" for it in s["nav"])
    return (head(s, title, head_extra, "iso-8859-1") + "<body bgcolor=\"#ffffff\">\n"
            "<a class=\"skip\" href=\"#innehall\">Till innehållet</a>\n" + cookie_banner(s) + "\n"
            "<table width=\"980\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" align=\"center\">\n"
            f"<tr><td colspan=\"2\" bgcolor=\"#e8eef4\"><font size=\"1\">"
            f"{' | '.join(f'<a href={h}>{t}</a>' for t, h in TOPBAR)}"
            f"</font></td></tr>\n<tr><td width=\"200\"><a href=\"/\"><img src=\"/bilder/logo.gif\" "
            f"alt=\"{esc(s['kommun_gen'])} kommun\" border=\"0\"></a></td><td align=\"right\">"
            + search_form() + "</td></tr>\n"
            f"<tr><td width=\"200\" valign=\"top\"><table width=\"100%\" cellpadding=\"4\">{items}</table></td>\n"
            f"<td valign=\"top\"><a name=\"innehall\"></a>"
            f"<font face=\"Verdana\" size=\"2\">\n{body}\n</font></td></tr>\n"
            f"<tr><td colspan=\"2\" bgcolor=\"#e8eef4\"><font size=\"1\">{footer_text(s)}{s.get('footer_extra', '')}"
            f"<ul>{footer_links()}</ul></font></td></tr>\n</table>\n{COOKIE_JS}\n</body>\n</html>\n")


def aria(s, title, body, head_extra, front):
    items = ""
    for it in s["nav"]:
        subs = "".join(f"<div role=\"listitem\"><a href=\"{h}\">{esc(t)}</a></div>" for t, h in it.get("subs", []))
        items += (f"<div role=\"listitem\" class=\"n-i\"><a href=\"{it['href']}\">{esc(it['label'])}</a>"
                  f"<div role=\"list\" class=\"n-sub\" hidden>{subs}</div></div>")
    return (head(s, title, head_extra) + "<body>\n<div class=\"app\">\n"
            "<a class=\"skip\" href=\"#m\">Hoppa till innehållet</a>\n" + cookie_banner(s) + "\n"
            "<div role=\"banner\" class=\"b\">\n"
            f"<div class=\"tb\" role=\"list\">"
            f"{''.join(f'<div role=listitem><a href={h}>{t}</a></div>' for t, h in TOPBAR)}"
            f"{s.get('topbar_extra', '')}</div>\n"
            f"<a href=\"/\" class=\"lg\"><img src=\"/assets/logo.svg\" alt=\"{esc(s['kommun_gen'])} kommun\"></a>\n"
            + search_form() + "\n"
            f"<div role=\"navigation\" aria-label=\"Huvudmeny\"><div role=\"list\">{items}</div></div>\n</div>\n"
            f"<div role=\"main\" id=\"m\" class=\"c\">\n{body}\n</div>\n"
            f"<div role=\"contentinfo\" class=\"f\">{footer_text(s)}{s.get('footer_extra', '')}"
            f"<ul>{footer_links()}</ul></div>\n</div>\n{COOKIE_JS}\n</body>\n</html>\n")


FAMILIES = {"semantic": semantic, "soup": soup, "sitevision": sitevision, "municipio": municipio,
            "episerver": episerver, "drupal": drupal, "bootstrap": bootstrap, "table": table, "aria": aria}
