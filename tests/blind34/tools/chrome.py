"""Markup families of the blind34 corpus (typing aid; the HTML files are the corpus).

Each family turns a site dict and one page (title, body, front flag) into a whole HTML
document with header, top bar, primary menu (with sub-menus), main part and footer.
"""
from __future__ import annotations

import html

E = html.escape


def head(s: dict, title: str, extra_css: str = "") -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n"
        f"<meta charset=\"{s.get('charset', 'utf-8')}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{E(title)}</title>\n"
        f"<link rel=\"canonical\" href=\"__ORIGIN__{E(s['_path'])}\">\n"
        f"<style>body{{font-family:Arial,sans-serif;margin:0}}.hidden{{display:none}}{extra_css}</style>\n"
        "</head>\n"
    )


def cookie(cls: str = "cookie") -> str:
    return (f"<div class=\"{cls}\" id=\"cookie-consent\"><p>Vi använder kakor (cookies) för att webbplatsen "
            "ska fungera och för att förbättra den. <a href=\"/om-webbplatsen/#kakor\">Läs mer om kakor</a></p>"
            "<button type=\"button\">Jag förstår</button></div>\n")


def script() -> str:
    return ("<script>document.querySelectorAll('[data-toggle]').forEach(function(b){b.addEventListener('click',"
            "function(){var t=document.getElementById(b.dataset.toggle);t.hidden=!t.hidden;"
            "b.setAttribute('aria-expanded',String(!t.hidden));});});</script>\n")


def title_of(s: dict, page: dict) -> str:
    return s["kommun"] if page["front"] else f"{page['title']} - {s['kommun']}"


def search_form(s: dict, cls: str = "search", label: str = "Sök på webbplatsen") -> str:
    return (f"<form class=\"{cls}\" action=\"{s['search_path']}\" method=\"get\" role=\"search\">"
            f"<label for=\"q-{cls}\">{label}</label><input id=\"q-{cls}\" type=\"search\" name=\"{s['search_param']}\">"
            "<button type=\"submit\">Sök</button></form>\n")


def footer_inner(s: dict) -> str:
    f = s["footer"]
    cols = "".join(
        f"<div class=\"{s['fclass']}-col\"><h2>{E(h)}</h2><ul>" + "".join(
            f"<li><a href=\"{E(u)}\">{E(t)}</a></li>" for t, u in links) + "</ul></div>\n"
        for h, links in f["cols"])
    return (
        f"<div class=\"{s['fclass']}-contact\"><h2>{E(s['kommun'])}</h2>"
        f"<p>{E(f['addr'])}<br>{E(f['post'])}</p>"
        f"<p>Växel: {E(f['switch'])}<br>E-post: {E(f['email'])}</p>"
        f"<p>Organisationsnummer: {E(f['orgnr'])}</p>{f.get('extra', '')}</div>\n{cols}"
        f"<p class=\"{s['fclass']}-bottom\"><a href=\"/tillganglighet/\">Tillgänglighetsredogörelse</a> | "
        f"<a href=\"/om-webbplatsen/\">Om webbplatsen</a> | <a href=\"/om-webbplatsen/#kakor\">Kakor</a> | "
        f"<a href=\"/sociala-medier/\">Följ oss i sociala medier</a></p>\n")


def front_main(s: dict, card_tag: str = "div", cls: str = "start") -> str:
    hero = s["hero"]
    cards = "".join(f"<{card_tag} class=\"{cls}-card\"><a href=\"{E(u)}\">{t}</a></{card_tag}>\n" for t, u in s["cards"])
    news = "".join(
        f"<article class=\"{cls}-news-item\"><h3><a href=\"{E(u)}\">{E(t)}</a></h3><p>{E(d)}</p></article>\n"
        for t, u, d in s["teasers"])
    events = "".join(f"<li>{E(e)}</li>" for e in s.get("events", DEFAULT_EVENTS))
    eserv = "".join(f"<li><a href=\"/e-tjanster/\">{E(e)}</a></li>" for e in s.get("eservices", DEFAULT_ESERV))
    return (
        f"<section class=\"{cls}-hero\"><h1>{hero[0]}</h1><p>{hero[1]}</p>\n<div class=\"{cls}-cards\">\n{cards}</div></section>\n"
        f"<section class=\"{cls}-news\"><h2>Nyheter</h2>\n{news}<p><a href=\"/nyheter/\">Fler nyheter</a></p></section>\n"
        f"<section class=\"{cls}-eservices\"><h2>Populära e-tjänster</h2><ul>{eserv}</ul>"
        f"<p><a href=\"/e-tjanster/\">Alla e-tjänster</a></p></section>\n"
        f"<section class=\"{cls}-events\"><h2>Evenemang</h2><ul>{events}</ul></section>\n"
        f"<section class=\"{cls}-drift\"><h2>Driftinformation</h2><p>{E(s.get('drift', 'Just nu finns inga störningar.'))}</p></section>\n"
        f"<section class=\"{cls}-jobs\"><h2>Jobba hos oss</h2><p>Vi har {s.get('jobs', 14)} lediga tjänster just nu. "
        f"<a href=\"{s['jobs_url']}\">Se lediga jobb</a></p></section>\n"
    )


DEFAULT_EVENTS = ["Julmarknad på torget, 13 december", "Sportlovsaktiviteter för barn och unga, vecka 8",
                  "Öppet hus på kulturskolan, 20 januari"]
DEFAULT_ESERV = ["Ansök om plats i förskola", "Felanmälan gata och park", "Ansök om bygglov", "Beställ extra sophämtning"]


def menu_ul(menu, ul_cls="", li_cls="", sub_cls="", sub_attr="", link_cls=""):
    out = [f"<ul class=\"{ul_cls}\">"]
    for i, (label, href, subs) in enumerate(menu):
        out.append(f"<li class=\"{li_cls}\"><a class=\"{link_cls}\" href=\"{E(href)}\">{E(label)}</a>")
        if subs:
            out.append(f"<ul class=\"{sub_cls}\" id=\"sub{i}\"{sub_attr}>" + "".join(
                f"<li><a href=\"{E(u)}\">{E(t)}</a></li>" for t, u in subs) + "</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out) + "\n"


def topbar_links(s, sep=" "):
    return sep.join(f"<a href=\"{E(u)}\"{a}>{t}</a>" for t, u, a in s["topbar"])


# ---------------------------------------------------------------- families

def semantic(s, page):
    body = front_main(s, "article", "start") if page["front"] else f"<article class=\"content\">{page['body']}</article>"
    return head(s, title_of(s, page)) + (
        "<body>\n<a class=\"skip\" href=\"#main\">Till innehållet</a>\n"
        f"<header class=\"site-header\">\n<div class=\"toolbar\">{topbar_links(s)}</div>\n"
        f"<a class=\"logo\" href=\"/\"><img src=\"/static/logo.svg\" alt=\"{E(s['kommun'])}, till startsidan\"></a>\n"
        f"{search_form(s)}<nav class=\"primary\" aria-label=\"Huvudmeny\">\n"
        + menu_ul(s["menu"], "menu", "menu-item", "submenu", " hidden")
        + "</nav>\n</header>\n"
        f"<main id=\"main\">\n{body}</main>\n"
        f"<footer class=\"site-footer\">\n{footer_inner(s)}</footer>\n{cookie()}{script()}</body>\n</html>\n")


def sitevision(s, page):
    body = front_main(s, "div", "sv-start") if page["front"] else page["body"]
    panels = []
    for i, (label, href, subs) in enumerate(s["menu"]):
        sub = "".join(f"<li class=\"sv-mega-item\"><a href=\"{E(u)}\">{E(t)}</a></li>" for t, u in subs)
        panels.append(
            f"<li class=\"sv-nav-top\"><a class=\"sv-nav-link\" href=\"{E(href)}\">{E(label)}</a>"
            f"<button class=\"sv-mega-toggle\" data-toggle=\"mega{i}\" aria-expanded=\"false\" aria-label=\"Visa undermeny för {E(label)}\"></button>"
            f"<div class=\"sv-mega-panel\" id=\"mega{i}\" hidden><ul>{sub}</ul></div></li>")
    return head(s, title_of(s, page)) + (
        "<body>\n<div class=\"sv-layout\" id=\"svid10_1\">\n"
        f"<div class=\"sv-layout sv-header\" id=\"svid10_2\">\n<div class=\"sv-portlet sv-toplinks\">{topbar_links(s, ' ')}</div>\n"
        f"<div class=\"sv-portlet sv-image-portlet\"><a href=\"/\"><img src=\"/sitevision/logo.png\" alt=\"{E(s['kommun'])} logotyp\"></a></div>\n"
        f"<div class=\"sv-portlet sv-searchform-portlet\">{search_form(s, 'sv-search')}</div>\n"
        "<div class=\"sv-portlet sv-menu-portlet\"><ul class=\"sv-nav\">\n" + "\n".join(panels) + "\n</ul></div>\n</div>\n"
        f"<div class=\"sv-layout sv-content\" id=\"svid10_3\">\n<div class=\"sv-portlet sv-text-portlet\">\n{body}</div>\n</div>\n"
        f"<div class=\"sv-layout sv-footer\" id=\"svid10_4\">\n<div class=\"sv-portlet sv-text-portlet\">\n{footer_inner(s)}</div></div>\n"
        f"</div>\n{cookie('sv-cookie')}{script()}</body>\n</html>\n")


def soup(s, page):
    body = front_main(s, "div", "b3") if page["front"] else f"<div class=\"zz\">{page['body']}</div>"
    items = []
    for i, (label, href, subs) in enumerate(s["menu"]):
        sub = "".join(f"<div class=\"q9\"><a href=\"{E(u)}\">{E(t)}</a></div>" for t, u in subs)
        items.append(f"<div class=\"q3\"><a class=\"q4\" href=\"{E(href)}\">{E(label)}</a>"
                     f"<span class=\"q5\" data-toggle=\"dd{i}\">+</span><div class=\"q8 hidden\" id=\"dd{i}\" hidden>{sub}</div></div>")
    return head(s, title_of(s, page), ".q1{background:#234}.q2{display:flex}") + (
        "<body>\n<div class=\"w0\">\n"
        f"<div class=\"q1\">\n<div class=\"q0\">{topbar_links(s, ' · ')}</div>\n"
        f"<div class=\"q6\"><a href=\"/\"><img src=\"/img/vapen.png\" alt=\"{E(s['kommun'])}\"></a></div>\n"
        f"<div class=\"q7\">{search_form(s, 'q7f')}</div>\n<div class=\"q2\">\n" + "\n".join(items) + "\n</div>\n</div>\n"
        f"<div class=\"box7\">\n{body}</div>\n"
        f"<div class=\"box9\">\n{footer_inner(s)}</div>\n</div>\n{cookie('ck1')}{script()}</body>\n</html>\n")


def bootstrap(s, page):
    body = front_main(s, "div", "col") if page["front"] else f"<div class=\"row\"><div class=\"col-lg-8\">{page['body']}</div></div>"
    items = []
    for _i, (label, href, subs) in enumerate(s["menu"]):
        sub = "".join(f"<li><a class=\"dropdown-item\" href=\"{E(u)}\">{E(t)}</a></li>" for t, u in subs)
        items.append(f"<li class=\"nav-item dropdown\"><a class=\"nav-link dropdown-toggle\" href=\"{E(href)}\" role=\"button\" "
                     f"data-bs-toggle=\"dropdown\" aria-expanded=\"false\">{E(label)}</a><ul class=\"dropdown-menu\">{sub}</ul></li>")
    return head(s, title_of(s, page), ".dropdown-menu{display:none}") + (
        "<body>\n<div class=\"bg-light small py-1\"><div class=\"container\">" + topbar_links(s, " ") + "</div></div>\n"
        "<nav class=\"navbar navbar-expand-lg navbar-dark bg-primary\"><div class=\"container\">\n"
        f"<a class=\"navbar-brand\" href=\"/\"><img src=\"/assets/logo.svg\" alt=\"\" width=\"40\"> {E(s['kommun'])}</a>\n"
        "<button class=\"navbar-toggler\" type=\"button\" data-bs-toggle=\"collapse\" data-bs-target=\"#nav\" aria-label=\"Visa meny\">"
        "<span class=\"navbar-toggler-icon\"></span></button>\n<div class=\"collapse navbar-collapse\" id=\"nav\">"
        "<ul class=\"navbar-nav me-auto\">\n" + "\n".join(items) + "\n</ul>\n"
        + search_form(s, "d-flex") + "</div></div></nav>\n"
        f"<div class=\"container py-4\" id=\"innehall\">\n{body}</div>\n"
        f"<div class=\"bg-dark text-white py-5 mt-5\"><div class=\"container\">\n{footer_inner(s)}</div></div>\n"
        f"{cookie('alert alert-info fixed-bottom')}{script()}</body>\n</html>\n")


def municipio(s, page):
    body = front_main(s, "div", "c-card") if page["front"] else f"<article class=\"c-article\">{page['body']}</article>"
    items = []
    for _i, (label, href, subs) in enumerate(s["menu"]):
        sub = "".join(f"<li class=\"c-drawer__subitem\"><a href=\"{E(u)}\">{E(t)}</a></li>" for t, u in subs)
        items.append(f"<li class=\"c-drawer__item\"><a class=\"c-drawer__link\" href=\"{E(href)}\">{E(label)}</a>"
                     + (f"<ul class=\"c-drawer__sub\">{sub}</ul>" if sub else "") + "</li>")
    return head(s, title_of(s, page)) + (
        "<body class=\"wp-theme-municipio\">\n<div class=\"site-wrapper\">\n"
        "<header id=\"site-header\" class=\"c-header\">\n"
        f"<div class=\"c-header__top\">{topbar_links(s, ' ')}</div>\n"
        f"<a class=\"c-header__logo\" href=\"/\"><img src=\"/wp-content/uploads/logo.svg\" alt=\"{E(s['kommun'])}\"></a>\n"
        f"{search_form(s, 'c-search')}"
        "<button class=\"c-button c-drawer-toggle\" data-toggle=\"drawer\" aria-expanded=\"false\" aria-controls=\"drawer\">Meny</button>\n"
        "</header>\n<div id=\"drawer\" class=\"c-drawer\" hidden>\n<nav aria-label=\"Huvudmeny\"><ul class=\"c-drawer__list\">\n"
        + "\n".join(items) + "\n</ul></nav>\n</div>\n"
        f"<main id=\"main-content\" class=\"o-container\">\n{body}</main>\n"
        f"<footer class=\"c-footer\">\n{footer_inner(s)}</footer>\n</div>\n{cookie('c-cookie')}{script()}</body>\n</html>\n")


def table(s, page):
    body = front_main(s, "p", "t") if page["front"] else page["body"]
    top = "".join(f"<td class=\"m\"><a href=\"{E(h)}\"><font color=\"#ffffff\"><b>{E(lab)}</b></font></a></td>" for lab, h, _ in s["menu"])
    subs = "".join(
        f"<tr><td class=\"v\"><b>{E(lab)}</b><br>" + "<br>".join(f"<a href=\"{E(u)}\">{E(t)}</a>" for t, u in sb) + "</td></tr>"
        for lab, h, sb in s["menu"])
    return head(s, title_of(s, page)) + (
        "<body bgcolor=\"#ffffff\">\n<table width=\"980\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" align=\"center\">\n"
        f"<tr><td colspan=\"2\" align=\"right\" bgcolor=\"#dde6ee\"><font size=\"1\">{topbar_links(s, ' &nbsp;|&nbsp; ')}</font></td></tr>\n"
        f"<tr><td><a href=\"/\"><img src=\"/bilder/logga.gif\" alt=\"{E(s['kommun'])}\" border=\"0\"></a></td>"
        f"<td align=\"right\">{search_form(s, 'sok')}</td></tr>\n"
        f"<tr><td colspan=\"2\" bgcolor=\"#003366\"><table cellpadding=\"6\"><tr>{top}</tr></table></td></tr>\n"
        "<tr><td width=\"200\" valign=\"top\" bgcolor=\"#f2f2f2\"><table width=\"200\">" + subs + "</table></td>\n"
        f"<td valign=\"top\" class=\"innehall\">\n{body}</td></tr>\n"
        f"<tr><td colspan=\"2\" bgcolor=\"#dde6ee\"><font size=\"2\">\n{footer_inner(s)}</font></td></tr>\n</table>\n"
        f"{script()}</body>\n</html>\n")


def aria(s, page):
    body = front_main(s, "div", "k") if page["front"] else page["body"]
    items = []
    for _i, (label, href, subs) in enumerate(s["menu"]):
        sub = "".join(f"<div role=\"none\"><a role=\"menuitem\" href=\"{E(u)}\">{E(t)}</a></div>" for t, u in subs)
        items.append(f"<div role=\"none\" class=\"k-mi\"><a role=\"menuitem\" aria-haspopup=\"true\" href=\"{E(href)}\">{E(label)}</a>"
                     f"<div role=\"menu\" class=\"k-sub\" aria-label=\"{E(label)}\" hidden>{sub}</div></div>")
    return head(s, title_of(s, page)) + (
        "<body>\n<div class=\"k-app\">\n<div role=\"banner\" class=\"k-top\">\n"
        f"<div class=\"k-tools\" role=\"navigation\" aria-label=\"Verktyg\">{topbar_links(s, ' ')}</div>\n"
        f"<a href=\"/\" class=\"k-logo\" aria-label=\"{E(s['kommun'])} startsida\"><img src=\"/media/logo.svg\" alt=\"\"></a>\n"
        f"<div role=\"search\">{search_form(s, 'k-s')}</div>\n"
        "<div role=\"navigation\" aria-label=\"Huvudmeny\"><div role=\"menubar\" class=\"k-menu\">\n" + "\n".join(items) + "\n</div></div>\n</div>\n"
        f"<div role=\"main\" class=\"k-main\">\n{body}</div>\n"
        f"<div role=\"contentinfo\" class=\"k-foot\">\n{footer_inner(s)}</div>\n</div>\n{cookie('k-cookie')}{script()}</body>\n</html>\n")


def drupal(s, page):
    body = front_main(s, "div", "views-row") if page["front"] else (
        f"<div class=\"node node--type-page\"><div class=\"field field--name-body field--type-text-with-summary\">{page['body']}</div></div>")
    return head(s, title_of(s, page)) + (
        "<body class=\"path-node page-node-type-page\">\n<div class=\"dialog-off-canvas-main-canvas\">\n"
        "<div class=\"layout-container\">\n<header role=\"banner\" class=\"region region-header\">\n"
        f"<div class=\"block block-menu block-secondary\">{topbar_links(s, ' ')}</div>\n"
        f"<div class=\"block block-system-branding-block\"><a href=\"/\" rel=\"home\"><img src=\"/sites/default/files/logo.svg\" alt=\"Hem\">"
        f"<span class=\"site-name\">{E(s['kommun'])}</span></a></div>\n"
        f"<div class=\"block block-search\">{search_form(s, 'search-block-form')}</div>\n</header>\n"
        "<div class=\"region region-primary-menu\"><nav role=\"navigation\" aria-labelledby=\"block-main-menu\" class=\"block block-menu\">"
        "<h2 id=\"block-main-menu\" class=\"visually-hidden\">Huvudnavigering</h2>\n"
        + menu_ul(s["menu"], "menu menu--main", "menu-item menu-item--expanded", "menu menu--sub", " hidden")
        + "</nav></div>\n"
        f"<main role=\"main\"><div class=\"region region-content\">\n{body}</div></main>\n"
        f"<footer role=\"contentinfo\" class=\"region region-footer\">\n{footer_inner(s)}</footer>\n</div></div>\n"
        f"{cookie('eu-cookie-compliance')}{script()}</body>\n</html>\n")


def episerver(s, page):
    body = front_main(s, "div", "block") if page["front"] else f"<div class=\"page-content\">{page['body']}</div>"
    items = []
    for i, (label, href, subs) in enumerate(s["menu"]):
        sub = "".join(f"<li class=\"main-nav__subitem\"><a href=\"{E(u)}\">{E(t)}</a></li>" for t, u in subs)
        items.append(f"<li class=\"main-nav__item\"><a class=\"main-nav__link\" href=\"{E(href)}\">{E(label)}</a>"
                     f"<button class=\"main-nav__expand\" data-toggle=\"mn{i}\" aria-expanded=\"false\"><span class=\"sr-only\">Öppna</span></button>"
                     f"<ul class=\"main-nav__sub\" id=\"mn{i}\" hidden>{sub}</ul></li>")
    return head(s, title_of(s, page)) + (
        "<body>\n<form id=\"epiform\" class=\"epi-wrapper\" action=\"/\" method=\"get\" onsubmit=\"return false\">\n"
        "<div class=\"page-header\">\n"
        f"<div class=\"service-menu\">{topbar_links(s, ' ')}</div>\n"
        f"<a class=\"page-header__logo\" href=\"/\"><img src=\"/globalassets/logo.svg\" alt=\"{E(s['kommun'])} - startsida\"></a>\n"
        "</div>\n<nav class=\"main-nav\" aria-label=\"Huvudmeny\"><ul class=\"main-nav__list\">\n" + "\n".join(items) + "\n</ul></nav>\n"
        f"<div class=\"page-main\" id=\"content\">\n{body}</div>\n"
        f"<div class=\"page-footer\">\n{footer_inner(s)}</div>\n</form>\n"
        f"{search_form(s, 'page-header__search')}{cookie('cookie-panel')}{script()}</body>\n</html>\n")


def joomla(s, page):
    body = front_main(s, "div", "moduletable") if page["front"] else f"<div class=\"item-page\">{page['body']}</div>"
    items = []
    for i, (label, href, subs) in enumerate(s["menu"]):
        sub = "".join(f"<li class=\"item-{200 + i * 10 + j}\"><a href=\"{E(u)}\">{E(t)}</a></li>" for j, (t, u) in enumerate(subs))
        items.append(f"<li class=\"item-{101 + i} deeper parent\"><a href=\"{E(href)}\">{E(label)}</a><ul class=\"nav-child unstyled small\">{sub}</ul></li>")
    return head(s, title_of(s, page), ".nav-child{display:none}") + (
        "<body class=\"site com_content view-article\">\n<div class=\"body\"><div class=\"container\">\n"
        f"<div class=\"top-links moduletable\">{topbar_links(s, ' ')}</div>\n"
        f"<div class=\"header\"><a class=\"brand pull-left\" href=\"/\"><span class=\"site-title\">{E(s['kommun'])}</span></a>"
        f"<div class=\"header-search pull-right\">{search_form(s, 'mod-search')}</div></div>\n"
        "<div class=\"navigation\"><ul class=\"nav menu nav-pills mod-list\">\n" + "\n".join(items) + "\n</ul></div>\n"
        f"<div class=\"row-fluid\"><div id=\"content\" class=\"span9\">\n{body}</div></div>\n"
        f"</div></div>\n<div class=\"footer\"><div class=\"container\">\n{footer_inner(s)}</div></div>\n"
        f"{cookie('cookie-bar')}{script()}</body>\n</html>\n")


FAMILIES = {f.__name__: f for f in (semantic, sitevision, soup, bootstrap, municipio, table, aria, drupal, episerver, joomla)}
