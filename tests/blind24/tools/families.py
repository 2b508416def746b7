"""Ten markup families for blind24 (typing aid). Each renders one complete page.

family(S, P) -> str, where S is the site spec (see build_sites.py) and P the page:
{"path", "title", "main" (inner HTML of the main content), "front" (bool), "crumbs"}.
"""
from __future__ import annotations

from common import COOKIE, ESERVICES, EVENTS, TOPBAR, E


def _title(S, P):
    return f"{P['title']} - {S['kname']}" if not P["front"] else f"Startsida - {S['kname']}"


def _head(S, P, extra_css="", charset="utf-8"):
    return (f"<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"{charset}\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{E(_title(S, P))}</title>\n"
            f"<link rel=\"canonical\" href=\"__ORIGIN__{P['path']}\">\n"
            f"<style>body{{font-family:Arial,sans-serif;margin:0}}{extra_css}</style>\n</head>\n")


def _crumbs(P, cls="breadcrumbs", sep=" / "):
    if P["front"] or not P.get("crumbs"):
        return ""
    items = ["<a href=\"/\">Start</a>"] + [f"<a href=\"{h}\">{E(t)}</a>" for t, h in P["crumbs"]]
    return f"<div class=\"{cls}\">" + sep.join(items) + f"{sep}<span>{E(P['title'])}</span></div>\n"


def _news_list(S, tag="article", cls="news-item"):
    out = []
    for t, h, d, tz in S["news_front"]:
        out.append(f"<{tag} class=\"{cls}\"><time>{d}</time> <a href=\"{h}\">{E(t)}</a><p>{E(tz)}</p></{tag}>")
    return "\n".join(out)


def _ld(S):
    return ("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"GovernmentOrganization\","
            f"\"name\":\"{S['kname']}\",\"url\":\"__ORIGIN__/\",\"telephone\":\"{S['vx']}\"}}</script>\n")


def _cookie(cls="cookie-banner"):
    return (f"<div class=\"{cls}\" id=\"cookies\"><p>{COOKIE} <a href=\"/om-kakor/\">Läs mer om kakor</a></p>"
            "<button type=\"button\">Godkänn alla</button> <button type=\"button\">Endast nödvändiga</button></div>\n")


def _foot_contact(S):
    return (f"{S['kname']}<br>{E(S['addr'])}<br>{S['post']}<br>"
            f"Växel: {S['vx']}<br>E-post: {S['mail']}<br>Org.nr: {S['orgnr']}")


# ---------------------------------------------------------------- 1 semantic
def semantic(S, P):
    nav = []
    for t, h, subs in S["nav"]:
        sub = "".join(f"<li><a href=\"{sh}\">{E(st)}</a></li>" for st, sh in subs)
        nav.append(f"<li class=\"menu__item\"><a href=\"{h}\">{E(t)}</a>"
                   + (f"<ul class=\"submenu\">{sub}</ul>" if sub else "") + "</li>")
    for t, h in S.get("top_extra", []):
        nav.append(f"<li class=\"menu__item menu__item--highlight\"><a href=\"{h}\">{E(t)}</a></li>")
    topbar = "".join(f"<li><a href=\"/tillganglighet/#{i}\">{x}</a></li>" for i, x in
                     zip(["lyssna", "lattlast", "teckensprak", "languages"], TOPBAR, strict=False))
    if P["front"]:
        ht, hx, cards = S["hero"]
        cards_h = "".join(f"<li class=\"card\"><a href=\"{h}\"><span class=\"card__title\">{E(t)}</span></a><p>{E(d)}</p></li>" for t, h, d in cards)
        ev = "".join(f"<li><time>{d}</time> {E(t)}</li>" for d, t in EVENTS)
        es = "".join(f"<li><a href=\"/e-tjanster/#{i}\">{E(t)}</a></li>" for i, t in enumerate(ESERVICES))
        main = (f"<section class=\"hero\"><h1>{E(ht)}</h1><p>{E(hx)}</p><ul class=\"cards\">{cards_h}</ul></section>\n"
                f"<section class=\"news\"><h2>Nyheter</h2>\n{_news_list(S)}\n<p><a href=\"/nyheter/\">Fler nyheter</a></p></section>\n"
                f"<section class=\"eservices\"><h2>Populära e-tjänster</h2><ul>{es}</ul></section>\n"
                f"<section class=\"events\"><h2>Evenemang</h2><ul>{ev}</ul></section>\n"
                f"<aside class=\"drift\"><h2>Driftinformation</h2><p>{E(S['drift'])}</p></aside>\n")
    else:
        main = _crumbs(P) + P["main"]
    flinks = "".join(f"<li><a href=\"{h}\">{E(t)}</a></li>" for t, h in S["footer_links"])
    return (_head(S, P, ".submenu{display:none}.menu__item:hover .submenu{display:block}")
            + "<body>\n<a class=\"skip\" href=\"#main\">Till innehållet</a>\n" + _cookie()
            + f"<header class=\"site-header\">\n<ul class=\"topbar\">{topbar}</ul>\n"
            f"<a class=\"logo\" href=\"/\"><img src=\"/logo.svg\" alt=\"{S['kname']}, till startsidan\"></a>\n"
            f"<form role=\"search\" action=\"/sok/\" method=\"get\"><label for=\"q\">Sök</label><input id=\"q\" name=\"q\"><button>Sök</button></form>\n"
            f"<nav aria-label=\"Huvudmeny\"><ul class=\"menu\">{''.join(nav)}</ul></nav>\n</header>\n"
            f"<main id=\"main\">\n{main}</main>\n"
            f"<footer class=\"site-footer\"><div class=\"footer__contact\"><h2>Kontakt</h2><p>{_foot_contact(S)}</p></div>"
            f"<ul class=\"footer__links\">{flinks}</ul></footer>\n"
            + (_ld(S) if P["front"] else "") + "<script>document.documentElement.className='js';</script>\n</body>\n</html>\n")


# ---------------------------------------------------------------- 2 sitevision
def sitevision(S, P):
    top, _panels = [], []
    for n, (t, h, subs) in enumerate(S["nav"]):
        top.append(f"<li class=\"sv-menu-item\"><a href=\"{h}\">{E(t)}</a>"
                   f"<button class=\"sv-megamenu-toggle\" aria-expanded=\"false\" aria-controls=\"mm{n}\">Visa undermeny för {E(t)}</button>"
                   f"<div class=\"sv-megamenu\" id=\"mm{n}\" hidden><ul>"
                   + "".join(f"<li><a href=\"{sh}\">{E(st)}</a></li>" for st, sh in subs) + "</ul></div></li>")
    if P["front"]:
        ht, hx, cards = S["hero"]
        cards_h = "".join(f"<div class=\"sv-portlet sv-text-portlet puff\"><a class=\"puff__link\" href=\"{h}\"><h3 class=\"subheading\">{E(t)}</h3><p class=\"normal\">{E(d)}</p></a></div>" for t, h, d in cards)
        news = "".join(f"<li class=\"sv-channel-item\"><a href=\"{h}\"><span class=\"sv-channel-title\">{E(t)}</span></a><span class=\"sv-channel-date\">{d}</span><p>{E(tz)}</p></li>" for t, h, d, tz in S["news_front"])
        es = "".join(f"<li><a href=\"/e-tjanster.html#{i}\">{E(t)}</a></li>" for i, t in enumerate(ESERVICES))
        ev = "".join(f"<li>{d} – {E(t)}</li>" for d, t in EVENTS)
        content = (f"<div class=\"sv-layout sv-row hero\" id=\"svid10_1\"><div class=\"sv-portlet sv-image-portlet\"><img src=\"/images/18.4a1c/hamnen.jpg\" alt=\"Båtar i hamnen en sommarkväll\"></div>"
                   f"<div class=\"sv-portlet sv-text-portlet\"><h1 class=\"heading\">{E(ht)}</h1><p class=\"normal\">{E(hx)}</p></div>{cards_h}</div>\n"
                   f"<div class=\"sv-layout sv-row\" id=\"svid10_2\"><div class=\"sv-portlet sv-channel-portlet\"><h2 class=\"heading\">Nyheter</h2><ul>{news}</ul><a href=\"/nyheter.html\">Alla nyheter</a></div>"
                   f"<div class=\"sv-portlet\"><h2 class=\"heading\">E-tjänster</h2><ul>{es}</ul></div></div>\n"
                   f"<div class=\"sv-layout sv-row\" id=\"svid10_3\"><div class=\"sv-portlet\"><h2 class=\"heading\">På gång</h2><ul>{ev}</ul></div>"
                   f"<div class=\"sv-portlet drift\"><h2 class=\"heading\">Driftstörningar</h2><p class=\"normal\">{E(S['drift'])}</p></div></div>\n")
    else:
        content = f"<div class=\"sv-layout sv-row\" id=\"svid10_1\"><div class=\"sv-portlet sv-text-portlet\">{_crumbs(P, 'sv-breadcrumb', ' › ')}{P['main']}</div></div>\n"
    flinks = "".join(f"<li><a href=\"{h}\">{E(t)}</a></li>" for t, h in S["footer_links"])
    return (_head(S, P, ".sv-megamenu[hidden]{display:none}")
            + "<body>\n<div class=\"sv-layout\" id=\"svid10_0\">\n" + _cookie("sv-cookie-consent")
            + "<div class=\"sv-layout header\" id=\"svid12_hd\">\n<div class=\"sv-portlet toolbar\"><ul>"
            + "".join(f"<li><a href=\"/tillganglighet.html#{i}\">{x}</a></li>" for i, x in enumerate(TOPBAR))
            + f"</ul></div>\n<div class=\"sv-portlet sv-image-portlet logo\"><a href=\"/\"><img src=\"/images/18.4a1c/logo.png\" alt=\"{S['kname']}\"></a></div>\n"
            f"<div class=\"sv-portlet sv-searchform-portlet\"><form action=\"/sok.html\" method=\"get\"><input name=\"query\" aria-label=\"Sök på webbplatsen\"><button>Sök</button></form></div>\n"
            f"<div class=\"sv-portlet sv-menu-portlet mainmenu\"><ul class=\"sv-menu\">{''.join(top)}</ul></div>\n</div>\n"
            f"<div class=\"sv-layout content\" id=\"svid12_ct\">\n{content}</div>\n"
            f"<div class=\"sv-layout sidfot\" id=\"svid12_ft\"><div class=\"sv-portlet sv-text-portlet\"><p class=\"normal\">{_foot_contact(S)}</p></div>"
            f"<div class=\"sv-portlet\"><ul>{flinks}</ul></div></div>\n</div>\n"
            "<script src=\"/sitevision/system-resource/abc/js/jquery.js\"></script>\n</body>\n</html>\n")


# ---------------------------------------------------------------- 3 soup
def soup(S, P):
    menu = []
    for t, h, subs in S["nav"]:
        menu.append(f"<div class=\"m1\"><a class=\"m1a\" href=\"{h}\">{E(t)}</a><div class=\"m2\">"
                    + "".join(f"<a class=\"m2a\" href=\"{sh}\">{E(st)}</a>" for st, sh in subs) + "</div></div>")
    tb = "".join(f"<a class=\"zz\" href=\"{h}\">{E(t)}</a>" for t, h in S["topbar_links"])
    if P["front"]:
        ht, hx, cards = S["hero"]
        cards_h = "".join(f"<div class=\"box7\"><a href=\"{h}\">{E(t)}</a><div class=\"q9\">{E(d)}</div></div>" for t, h, d in cards)
        news = "".join(f"<div class=\"q4\"><div class=\"q5\">{d}</div><a href=\"{h}\">{E(t)}</a><div class=\"q6\">{E(tz)}</div></div>" for t, h, d, tz in S["news_front"])
        es = "".join(f"<a class=\"q8\" href=\"/e-tjanster/#{i}\">{E(t)}</a> " for i, t in enumerate(ESERVICES))
        ev = "".join(f"<div class=\"q7\"><b>{d}</b> {E(t)}</div>" for d, t in EVENTS)
        body = (f"<div class=\"q2\"><div class=\"t1\">{E(ht)}</div><div class=\"q3\">{E(hx)}</div><div class=\"q10\">{cards_h}</div></div>\n"
                f"<div class=\"q11\"><div class=\"t2\">Aktuellt</div>{news}<a href=\"/nyheter/\">Alla nyheter</a></div>\n"
                f"<div class=\"q11\"><div class=\"t2\">Självservice</div>{es}</div>\n"
                f"<div class=\"q11\"><div class=\"t2\">Evenemang</div>{ev}</div>\n"
                f"<div class=\"q12\"><div class=\"t2\">Driftinformation</div>{E(S['drift'])}</div>\n")
    else:
        body = _crumbs(P, "q13", " &gt; ") + P["main"]
    fl = " | ".join(f"<a href=\"{h}\">{E(t)}</a>" for t, h in S["footer_links"])
    return (_head(S, P, ".m2{display:none}.m1:hover .m2{display:block}.t1{font-size:2em}")
            + "<body>\n<div id=\"w\">\n" + _cookie("ck")
            + f"<div class=\"a1\">\n<div class=\"a2\">{tb}</div>\n"
            f"<div class=\"a3\"><a href=\"/\"><img src=\"/gfx/logo.gif\" alt=\"{S['kname']}\"></a></div>\n"
            f"<div class=\"a4\"><form action=\"/sok/\"><input name=\"q\" placeholder=\"Vad letar du efter?\"><input type=\"submit\" value=\"Sök\"></form></div>\n"
            f"<div class=\"a5\">{''.join(menu)}</div>\n</div>\n"
            f"<div class=\"b1\">\n{body}</div>\n"
            f"<div class=\"c1\"><div class=\"c2\">{_foot_contact(S)}</div><div class=\"c3\">{fl}</div></div>\n</div>\n"
            "<script>var zz=1;</script>\n</body>\n</html>\n")


# ---------------------------------------------------------------- 4 bootstrap
def bootstrap(S, P):
    items = []
    for n, (t, h, subs) in enumerate(S["nav"]):
        items.append(f"<li class=\"nav-item dropdown\"><a class=\"nav-link dropdown-toggle\" href=\"{h}\" id=\"dd{n}\" role=\"button\" data-bs-toggle=\"dropdown\" aria-expanded=\"false\">{E(t)}</a>"
                     f"<ul class=\"dropdown-menu\" aria-labelledby=\"dd{n}\">"
                     + "".join(f"<li><a class=\"dropdown-item\" href=\"{sh}\">{E(st)}</a></li>" for st, sh in subs) + "</ul></li>")
    if P["front"]:
        ht, hx, cards = S["hero"]
        cards_h = "".join(f"<div class=\"col-md-4\"><div class=\"card\"><div class=\"card-body\"><a class=\"stretched-link\" href=\"{h}\">{E(t)}</a><p class=\"card-text\">{E(d)}</p></div></div></div>" for t, h, d in cards)
        news = "".join(f"<div class=\"col-md-4\"><div class=\"card h-100\"><div class=\"card-body\"><small class=\"text-muted\">{d}</small><h3 class=\"h5\"><a href=\"{h}\">{E(t)}</a></h3><p>{E(tz)}</p></div></div></div>" for t, h, d, tz in S["news_front"])
        es = "".join(f"<a class=\"list-group-item\" href=\"/e-tjanster/#{i}\">{E(t)}</a>" for i, t in enumerate(ESERVICES))
        ev = "".join(f"<li class=\"list-group-item\">{d}: {E(t)}</li>" for d, t in EVENTS)
        body = (f"<div class=\"p-5 mb-4 bg-light jumbotron\"><h1 class=\"display-5\">{E(ht)}</h1><p class=\"lead\">{E(hx)}</p><div class=\"row\">{cards_h}</div></div>\n"
                f"<div class=\"row\"><h2>Nyheter</h2>{news}<p><a href=\"/nyheter/\">Alla nyheter</a></p></div>\n"
                f"<div class=\"row\"><div class=\"col-md-6\"><h2>E-tjänster</h2><div class=\"list-group\">{es}</div></div>"
                f"<div class=\"col-md-6\"><h2>Kalender</h2><ul class=\"list-group\">{ev}</ul><div class=\"alert alert-warning mt-3\"><strong>Driftinformation:</strong> {E(S['drift'])}</div></div></div>\n")
    else:
        body = ("<nav aria-label=\"breadcrumb\"><ol class=\"breadcrumb\"><li class=\"breadcrumb-item\"><a href=\"/\">Start</a></li>"
                + "".join(f"<li class=\"breadcrumb-item\"><a href=\"{h}\">{E(t)}</a></li>" for t, h in P.get("crumbs", []))
                + f"<li class=\"breadcrumb-item active\">{E(P['title'])}</li></ol></nav>\n" + P["main"])
    fl = "".join(f"<li><a class=\"text-white\" href=\"{h}\">{E(t)}</a></li>" for t, h in S["footer_links"])
    return (_head(S, P, ".dropdown-menu{display:none}")
            + "<body>\n" + _cookie("alert alert-info cookie")
            + "<div class=\"bg-secondary small\"><div class=\"container\">"
            + " · ".join(f"<a class=\"text-white\" href=\"/tillganglighet/#{i}\">{x}</a>" for i, x in enumerate(TOPBAR))
            + "</div></div>\n<nav class=\"navbar navbar-expand-lg navbar-light bg-white\"><div class=\"container\">"
            f"<a class=\"navbar-brand\" href=\"/\"><img src=\"/img/logo.svg\" alt=\"{S['kname']}\"></a>"
            "<button class=\"navbar-toggler\" type=\"button\" data-bs-toggle=\"collapse\" data-bs-target=\"#nb\" aria-label=\"Visa meny\"><span class=\"navbar-toggler-icon\"></span></button>"
            f"<div class=\"collapse navbar-collapse\" id=\"nb\"><ul class=\"navbar-nav me-auto\">{''.join(items)}</ul>"
            "<form class=\"d-flex\" action=\"/sok/\"><input class=\"form-control\" name=\"q\" type=\"search\" aria-label=\"Sök\"><button class=\"btn btn-primary\">Sök</button></form>"
            f"</div></div></nav>\n<main class=\"container py-4\">\n{body}</main>\n"
            f"<footer class=\"bg-dark text-white py-4\"><div class=\"container\"><div class=\"row\"><div class=\"col-md-6\"><p>{_foot_contact(S)}</p></div>"
            f"<div class=\"col-md-6\"><ul class=\"list-unstyled\">{fl}</ul></div></div></div></footer>\n"
            + (_ld(S) if P["front"] else "") + "<script src=\"/js/bootstrap.bundle.min.js\"></script>\n</body>\n</html>\n")


# ---------------------------------------------------------------- 5 drupal
def drupal(S, P):
    lis = []
    for t, h, subs in S["nav"]:
        lis.append(f"<li class=\"expanded\"><a href=\"{h}\" title=\"\">{E(t)}</a><ul class=\"menu\">"
                   + "".join(f"<li class=\"leaf\"><a href=\"{sh}\">{E(st)}</a></li>" for st, sh in subs) + "</ul></li>")
    if P["front"]:
        ht, hx, cards = S["hero"]
        cards_h = "".join(f"<div class=\"views-row\"><div class=\"views-field-title\"><a href=\"{h}\">{E(t)}</a></div><div class=\"views-field-body\">{E(d)}</div></div>" for t, h, d in cards)
        news = "".join(f"<div class=\"views-row views-row-{i}\"><span class=\"date-display-single\">{d}</span><h3><a href=\"{h}\">{E(t)}</a></h3><div class=\"field-name-body\">{E(tz)}</div></div>" for i, (t, h, d, tz) in enumerate(S["news_front"], 1))
        es = "".join(f"<li class=\"leaf\"><a href=\"/e-tjanster/#{i}\">{E(t)}</a></li>" for i, t in enumerate(ESERVICES))
        ev = "".join(f"<li>{d}: {E(t)}</li>" for d, t in EVENTS)
        content = (f"<div id=\"block-views-hero-block\" class=\"block block-views\"><h1 class=\"title\">{E(ht)}</h1><p>{E(hx)}</p><div class=\"view-content\">{cards_h}</div></div>\n"
                   f"<div id=\"block-views-nyheter-block\" class=\"block block-views\"><h2>Nyheter</h2><div class=\"view-content\">{news}</div><div class=\"more-link\"><a href=\"/nyheter/\">Fler nyheter</a></div></div>\n"
                   f"<div id=\"block-menu-e-tjanster\" class=\"block block-menu\"><h2>E-tjänster</h2><ul class=\"menu\">{es}</ul></div>\n"
                   f"<div id=\"block-views-kalender-block\" class=\"block block-views\"><h2>Kalendarium</h2><ul>{ev}</ul></div>\n"
                   f"<div id=\"block-block-7\" class=\"block block-block drift\"><h2>Driftinformation</h2><p>{E(S['drift'])}</p></div>\n")
    else:
        content = (_crumbs(P, "breadcrumb", " » ")
                   + f"<div id=\"block-system-main\" class=\"block block-system\"><div class=\"node node-page\">{P['main']}</div></div>\n")
    fl = "".join(f"<li class=\"leaf\"><a href=\"{h}\">{E(t)}</a></li>" for t, h in S["footer_links"])
    return (_head(S, P, "#block-system-main-menu ul ul{display:none}")
            + f"<body class=\"html {'front' if P['front'] else 'not-front'} no-sidebars\">\n<div id=\"skip-link\"><a href=\"#main-content\" class=\"element-invisible\">Hoppa till huvudinnehåll</a></div>\n"
            + _cookie("eu-cookie-compliance-banner")
            + "<div id=\"page-wrapper\"><div id=\"page\">\n<div id=\"header\"><div class=\"section clearfix\">\n"
            "<div class=\"region region-header-top\"><ul class=\"links inline\">"
            + "".join(f"<li><a href=\"/tillganglighet/#{i}\">{x}</a></li>" for i, x in enumerate(TOPBAR))
            + f"</ul></div>\n<a href=\"/\" title=\"Hem\" rel=\"home\" id=\"logo\"><img src=\"/sites/default/files/logo.png\" alt=\"{S['kname']}\"></a>\n"
            "<div class=\"region region-header\"><div id=\"block-search-form\" class=\"block block-search\"><form action=\"/sok/\" method=\"get\"><input type=\"text\" name=\"q\" title=\"Ange termerna du vill söka efter.\"><input type=\"submit\" value=\"Sök\"></form></div></div>\n"
            f"</div></div>\n<div id=\"navigation\"><div id=\"block-system-main-menu\" class=\"block block-system block-menu\"><ul class=\"menu\">{''.join(lis)}</ul></div></div>\n"
            f"<div id=\"main-wrapper\"><div id=\"main\" class=\"clearfix\"><div id=\"content\" class=\"column\"><a id=\"main-content\"></a>\n<div class=\"region region-content\">\n{content}</div></div></div></div>\n"
            f"<div id=\"footer\"><div class=\"region region-footer\"><div class=\"block block-block\"><p>{_foot_contact(S)}</p></div><div class=\"block block-menu\"><ul class=\"menu\">{fl}</ul></div></div></div>\n"
            "</div></div>\n<script src=\"/misc/drupal.js\"></script>\n</body>\n</html>\n")


# ---------------------------------------------------------------- 6 municipio (drawer)
def municipio(S, P):
    lis = []
    for t, h, subs in S["nav"]:
        lis.append(f"<li class=\"c-nav__item has-children\"><a class=\"c-nav__link\" href=\"{h}\">{E(t)}</a>"
                   "<button class=\"c-nav__toggle\" aria-label=\"Visa undersidor\"></button><ul class=\"c-nav c-nav--sub\">"
                   + "".join(f"<li class=\"c-nav__item\"><a class=\"c-nav__link\" href=\"{sh}\">{E(st)}</a></li>" for st, sh in subs) + "</ul></li>")
    for t, h in S.get("top_extra", []):
        lis.append(f"<li class=\"c-nav__item\"><a class=\"c-nav__link\" href=\"{h}\">{E(t)}</a></li>")
    if P["front"]:
        ht, hx, cards = S["hero"]
        cards_h = "".join(f"<a class=\"c-card c-card--link\" href=\"{h}\"><div class=\"c-card__body\"><h3 class=\"c-card__heading\">{E(t)}</h3><p>{E(d)}</p></div></a>" for t, h, d in cards)
        news = "".join(f"<a class=\"c-card c-card--post\" href=\"{h}\"><div class=\"c-card__body\"><span class=\"c-card__date\">{d}</span><h3 class=\"c-card__heading\">{E(t)}</h3><p>{E(tz)}</p></div></a>" for t, h, d, tz in S["news_front"])
        es = "".join(f"<li><a href=\"/e-tjanster/#{i}\">{E(t)}</a></li>" for i, t in enumerate(ESERVICES))
        ev = "".join(f"<li>{d} {E(t)}</li>" for d, t in EVENTS)
        content = (f"<section class=\"c-segment c-segment--hero\"><div class=\"c-segment__content\"><h1>{E(ht)}</h1><p>{E(hx)}</p></div></section>\n"
                   f"<div class=\"o-grid modularity-mod-index\">{cards_h}</div>\n"
                   f"<div class=\"modularity-mod-posts\"><h2 class=\"c-typography\">Nyheter</h2><div class=\"o-grid\">{news}</div><a class=\"c-button\" href=\"/nyheter/\">Visa alla nyheter</a></div>\n"
                   f"<div class=\"modularity-mod-manualinput\"><h2>Självservice</h2><ul>{es}</ul></div>\n"
                   f"<div class=\"modularity-mod-event\"><h2>Evenemang</h2><ul>{ev}</ul></div>\n"
                   f"<div class=\"modularity-mod-notice c-notice c-notice--warning\">{E(S['drift'])}</div>\n")
    else:
        content = _crumbs(P, "c-breadcrumb", " / ") + f"<article class=\"c-article\">{P['main']}</article>\n"
    fl = "".join(f"<li><a href=\"{h}\">{E(t)}</a></li>" for t, h in S["footer_links"])
    return (_head(S, P, ".c-drawer[aria-hidden=true]{display:none}")
            + "<body class=\"wp-theme-municipio\">\n" + _cookie("c-cookie-consent")
            + "<header class=\"c-header c-header--business\">\n<div class=\"c-header__top\">"
            + "".join(f"<a href=\"/tillganglighet/#{i}\">{x}</a> " for i, x in enumerate(TOPBAR))
            + f"</div>\n<a class=\"c-brand\" href=\"/\"><img src=\"/wp-content/uploads/logo.svg\" alt=\"{S['kname']}\"></a>\n"
            "<form class=\"c-search\" action=\"/\" method=\"get\"><input name=\"s\" aria-label=\"Sök\"><button>Sök</button></form>\n"
            "<button class=\"c-button c-button__toggle\" aria-controls=\"drawer\" aria-expanded=\"false\"><span>Meny</span></button>\n</header>\n"
            f"<div class=\"c-drawer\" id=\"drawer\" aria-hidden=\"true\"><button class=\"c-drawer__close\">Stäng</button><nav aria-label=\"Meny\"><ul class=\"c-nav c-nav--drawer\">{''.join(lis)}</ul></nav></div>\n"
            f"<main id=\"main-content\" class=\"o-container\">\n{content}</main>\n"
            f"<footer class=\"c-footer\"><div class=\"c-footer__main\"><p>{_foot_contact(S)}</p><ul>{fl}</ul></div></footer>\n"
            + (_ld(S) if P["front"] else "") + "<script src=\"/wp-content/themes/municipio/assets/dist/js/app.js\"></script>\n</body>\n</html>\n")


# ---------------------------------------------------------------- 7 table (ISO-8859-1)
def table(S, P):
    left = []
    for t, h, subs in S["nav"]:
        left.append(f"<tr><td class=\"nav1\"><a href=\"{h}\"><font face=\"Verdana\" size=\"2\"><b>{E(t)}</b></font></a></td></tr>")
        for st, sh in subs:
            left.append(f"<tr><td class=\"nav2\">&nbsp;&nbsp;<a href=\"{sh}\"><font face=\"Verdana\" size=\"1\">{E(st)}</font></a></td></tr>")
    if P["front"]:
        ht, hx, cards = S["hero"]
        cards_h = "".join(f"<td width=\"33%\" valign=\"top\"><a href=\"{h}\"><font size=\"2\"><b>{E(t)}</b></font></a><br><font size=\"1\">{E(d)}</font></td>" for t, h, d in cards)
        news = "".join(f"<tr><td><font size=\"1\">{d}</font><br><a href=\"{h}\"><font size=\"2\"><b>{E(t)}</b></font></a><br><font size=\"2\">{E(tz)}</font></td></tr>" for t, h, d, tz in S["news_front"])
        es = "<br>".join(f"<a href=\"/e-tjanster.asp#{i}\">{E(t)}</a>" for i, t in enumerate(ESERVICES))
        ev = "<br>".join(f"{d} {E(t)}" for d, t in EVENTS)
        body = (f"<table width=\"100%\" cellpadding=\"6\" bgcolor=\"#eef3f8\"><tr><td colspan=\"3\"><font face=\"Verdana\" size=\"5\"><b>{E(ht)}</b></font><br><font size=\"2\">{E(hx)}</font></td></tr><tr>{cards_h}</tr></table>\n"
                f"<table width=\"100%\" cellpadding=\"4\"><tr><td bgcolor=\"#336699\"><font color=\"#ffffff\"><b>Nyheter</b></font></td></tr>{news}<tr><td><a href=\"/nyheter.asp\">Nyhetsarkiv</a></td></tr></table>\n"
                f"<table width=\"100%\" cellpadding=\"4\"><tr><td width=\"50%\" valign=\"top\"><b>E-tjänster</b><br><font size=\"2\">{es}</font></td>"
                f"<td valign=\"top\"><b>Evenemang</b><br><font size=\"2\">{ev}</font><br><br><b>Driftinformation</b><br><font size=\"2\">{E(S['drift'])}</font></td></tr></table>\n")
    else:
        body = _crumbs(P, "crumb", " &raquo; ") + P["main"]
    fl = " &nbsp;|&nbsp; ".join(f"<a href=\"{h}\"><font color=\"#ffffff\">{E(t)}</font></a>" for t, h in S["footer_links"])
    return (_head(S, P, "td.nav2{padding-left:8px}", charset="iso-8859-1")
            + "<body bgcolor=\"#ffffff\" topmargin=\"0\" leftmargin=\"0\">\n" + _cookie("cookiebar")
            + "<table width=\"980\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\">\n"
            "<tr><td colspan=\"2\" bgcolor=\"#336699\" align=\"right\"><font face=\"Verdana\" size=\"1\" color=\"#ffffff\">"
            + " &nbsp; ".join(f"<a href=\"/tillganglighet.asp#{i}\"><font color=\"#ffffff\">{x}</font></a>" for i, x in enumerate(TOPBAR))
            + "</font></td></tr>\n"
            f"<tr><td width=\"220\"><a href=\"/default.asp\"><img src=\"/bilder/logo.gif\" width=\"200\" height=\"60\" border=\"0\" alt=\"{S['kname']}\"></a></td>"
            "<td align=\"right\"><form action=\"/sok.asp\" method=\"get\"><input type=\"text\" name=\"sokord\" size=\"20\"> <input type=\"submit\" value=\"S&ouml;k\"></form></td></tr>\n"
            f"<tr><td width=\"220\" valign=\"top\" bgcolor=\"#f0f0f0\"><table width=\"100%\" cellpadding=\"3\">{''.join(left)}</table></td>\n"
            f"<td valign=\"top\" style=\"padding:10px\">\n{body}</td></tr>\n"
            f"<tr><td colspan=\"2\" bgcolor=\"#336699\" style=\"padding:8px\"><font face=\"Verdana\" size=\"1\" color=\"#ffffff\">{_foot_contact(S).replace('<br>', ' &middot; ')}<br>{fl}</font></td></tr>\n"
            "</table>\n<script language=\"JavaScript\">function MM_swapImage(){}</script>\n</body>\n</html>\n")


# ---------------------------------------------------------------- 8 optimizely
def optimizely(S, P):
    top, mega = [], []
    for n, (t, h, subs) in enumerate(S["nav"]):
        top.append(f"<li class=\"MainMenu__item\"><a class=\"MainMenu__link\" href=\"{h}\" data-megamenu=\"mm-{n}\">{E(t)}</a></li>")
        mega.append(f"<div class=\"MegaMenu__panel\" id=\"mm-{n}\" aria-hidden=\"true\"><p class=\"MegaMenu__heading\">{E(t)}</p><ul>"
                    + "".join(f"<li><a href=\"{sh}\">{E(st)}</a></li>" for st, sh in subs) + "</ul></div>")
    if P["front"]:
        ht, hx, cards = S["hero"]
        cards_h = "".join(f"<div class=\"block PuffBlock\"><a class=\"PuffBlock__link\" href=\"{h}\"><span class=\"PuffBlock__title\">{E(t)}</span><span class=\"PuffBlock__text\">{E(d)}</span></a></div>" for t, h, d in cards)
        news = "".join(f"<li class=\"NewsList__item\"><a href=\"{h}\"><span class=\"NewsList__title\">{E(t)}</span></a><span class=\"NewsList__date\">{d}</span><p>{E(tz)}</p></li>" for t, h, d, tz in S["news_front"])
        es = "".join(f"<li><a href=\"/e-tjanster/#{i}\">{E(t)}</a></li>" for i, t in enumerate(ESERVICES))
        ev = "".join(f"<li>{d}<br>{E(t)}</li>" for d, t in EVENTS)
        content = (f"<div class=\"HeroBlock\"><h1 class=\"HeroBlock__heading\">{E(ht)}</h1><p>{E(hx)}</p><div class=\"ContentArea ContentArea--puffs\">{cards_h}</div></div>\n"
                   f"<div class=\"block NewsListBlock\"><h2>Nyheter</h2><ul class=\"NewsList\">{news}</ul><a href=\"/nyheter/\">Till nyhetsarkivet</a></div>\n"
                   f"<div class=\"block LinkListBlock\"><h2>Vanliga e-tjänster</h2><ul>{es}</ul></div>\n"
                   f"<div class=\"block CalendarBlock\"><h2>Kalender</h2><ul>{ev}</ul></div>\n"
                   f"<div class=\"block AlertBlock\"><h2>Driftstörningar</h2><p>{E(S['drift'])}</p></div>\n")
    else:
        content = ("<nav class=\"Breadcrumbs\" aria-label=\"Du är här\"><ol><li><a href=\"/\">Start</a></li>"
                   + "".join(f"<li><a href=\"{h}\">{E(t)}</a></li>" for t, h in P.get("crumbs", []))
                   + f"<li aria-current=\"page\">{E(P['title'])}</li></ol></nav>\n<div class=\"StandardPage\">{P['main']}</div>\n")
    fl = "".join(f"<li><a href=\"{h}\">{E(t)}</a></li>" for t, h in S["footer_links"])
    return (_head(S, P, ".MegaMenu__panel[aria-hidden=true]{display:none}")
            + "<body>\n" + _cookie("CookieBar")
            + "<header class=\"Header\">\n<div class=\"Header__tools\"><ul>"
            + "".join(f"<li><a href=\"/tillganglighet/#{i}\">{x}</a></li>" for i, x in enumerate(TOPBAR))
            + f"</ul></div>\n<div class=\"Header__main\"><a class=\"Header__logo\" href=\"/\"><img src=\"/globalassets/logo.svg\" alt=\"{S['kname']} - startsida\"></a>"
            "<form class=\"Header__search\" action=\"/sok/\"><input name=\"q\" aria-label=\"Sök\"><button>Sök</button></form>"
            + "".join(f"<a class=\"Header__quick\" href=\"{h}\">{E(t)}</a>" for t, h in S.get("header_links", []))
            + f"</div>\n<nav class=\"MainMenu\" aria-label=\"Huvudmeny\"><ul class=\"MainMenu__list\">{''.join(top)}</ul>"
            f"<div class=\"MegaMenu\">{''.join(mega)}</div></nav>\n</header>\n"
            f"<main class=\"Page\" id=\"content\">\n{content}</main>\n"
            f"<footer class=\"Footer\"><div class=\"Footer__contact\"><p>{_foot_contact(S)}</p></div><ul class=\"Footer__links\">{fl}</ul></footer>\n"
            + (_ld(S) if P["front"] else "") + "<script src=\"/dist/main.js\" defer></script>\n</body>\n</html>\n")


# ---------------------------------------------------------------- 9 aria + tailwind
def aria(S, P):
    lis = []
    for t, h, subs in S["nav"]:
        lis.append(f"<div class=\"group relative\" role=\"none\"><a role=\"menuitem\" class=\"px-3 py-2 font-semibold\" href=\"{h}\">{E(t)}</a>"
                   f"<div role=\"menu\" class=\"absolute hidden group-hover:block bg-white shadow\">"
                   + "".join(f"<a role=\"menuitem\" class=\"block px-4 py-1\" href=\"{sh}\">{E(st)}</a>" for st, sh in subs) + "</div></div>")
    if P["front"]:
        ht, hx, cards = S["hero"]
        cards_h = "".join(f"<a class=\"rounded-lg bg-sky-50 p-4 hover:bg-sky-100\" href=\"{h}\"><span class=\"block text-lg font-bold\">{E(t)}</span><span class=\"text-sm\">{E(d)}</span></a>" for t, h, d in cards)
        news = "".join(f"<div class=\"border-b py-3\"><span class=\"text-xs text-gray-500\">{d}</span><a class=\"block font-bold underline\" href=\"{h}\">{E(t)}</a><span class=\"text-sm\">{E(tz)}</span></div>" for t, h, d, tz in S["news_front"])
        es = "".join(f"<a class=\"rounded border px-3 py-1\" href=\"/e-tjanster/#{i}\">{E(t)}</a>" for i, t in enumerate(ESERVICES))
        ev = "".join(f"<div class=\"py-1\"><span class=\"font-mono\">{d}</span> {E(t)}</div>" for d, t in EVENTS)
        content = (f"<div class=\"bg-sky-900 text-white p-8\"><div class=\"text-4xl font-bold\" role=\"heading\" aria-level=\"1\">{E(ht)}</div><div class=\"mt-2\">{E(hx)}</div></div>\n"
                   f"<div class=\"grid grid-cols-3 gap-4 p-4\">{cards_h}</div>\n"
                   f"<div class=\"p-4\"><div role=\"heading\" aria-level=\"2\" class=\"text-2xl\">Nyheter</div>{news}<a class=\"underline\" href=\"/nyheter/\">Alla nyheter</a></div>\n"
                   f"<div class=\"p-4 flex flex-wrap gap-2\"><div role=\"heading\" aria-level=\"2\" class=\"w-full text-2xl\">E-tjänster</div>{es}</div>\n"
                   f"<div class=\"p-4\"><div role=\"heading\" aria-level=\"2\" class=\"text-2xl\">Evenemang</div>{ev}</div>\n"
                   f"<div class=\"p-4 bg-amber-100\" role=\"status\">{E(S['drift'])}</div>\n")
    else:
        content = _crumbs(P, "text-sm p-4", " / ") + f"<div class=\"prose p-4\">{P['main']}</div>\n"
    fl = "".join(f"<a class=\"block\" href=\"{h}\">{E(t)}</a>" for t, h in S["footer_links"])
    return (_head(S, P, ".hidden{display:none}")
            + "<body class=\"antialiased\">\n" + _cookie("fixed bottom-0 bg-white p-4")
            + "<div role=\"banner\" class=\"border-b\">\n<div class=\"bg-gray-100 text-sm flex gap-4 px-4\">"
            + "".join(f"<a href=\"/tillganglighet/#{i}\">{x}</a>" for i, x in enumerate(TOPBAR))
            + f"</div>\n<div class=\"flex items-center justify-between px-4 py-3\"><a href=\"/\"><img class=\"h-12\" src=\"/assets/logo.svg\" alt=\"{S['kname']}\"></a>"
            "<form role=\"search\" action=\"/sok/\"><input class=\"border px-2\" name=\"q\" aria-label=\"Sök på webbplatsen\"><button class=\"bg-sky-800 text-white px-3\">Sök</button></form></div>\n"
            f"<div role=\"navigation\" aria-label=\"Huvudmeny\"><div role=\"menubar\" class=\"flex gap-2 px-4\">{''.join(lis)}</div></div>\n</div>\n"
            f"<div role=\"main\" class=\"max-w-5xl mx-auto\">\n{content}</div>\n"
            f"<div role=\"contentinfo\" class=\"bg-sky-950 text-white p-6 grid grid-cols-2\"><div>{_foot_contact(S)}</div><div>{fl}</div></div>\n"
            "<script>window.addEventListener('load',function(){});</script>\n</body>\n</html>\n")


# ---------------------------------------------------------------- 10 joomla
def joomla(S, P):
    lis = []
    for n, (t, h, subs) in enumerate(S["nav"]):
        lis.append(f"<li class=\"item-{100 + n} deeper parent\"><a href=\"{h}\">{E(t)}</a><ul class=\"nav-child unstyled small\">"
                   + "".join(f"<li class=\"item-{200 + 10 * n + i}\"><a href=\"{sh}\">{E(st)}</a></li>" for i, (st, sh) in enumerate(subs)) + "</ul></li>")
    for t, h in S.get("top_extra", []):
        lis.append(f"<li class=\"item-199\"><a href=\"{h}\">{E(t)}</a></li>")
    if P["front"]:
        ht, hx, cards = S["hero"]
        cards_h = "".join(f"<li><a href=\"{h}\">{E(t)}</a> <span>{E(d)}</span></li>" for t, h, d in cards)
        news = "".join(f"<div class=\"items-row\"><div class=\"item\"><h2 class=\"item-title\"><a href=\"{h}\">{E(t)}</a></h2><dl class=\"article-info\"><dd class=\"published\">{d}</dd></dl><p>{E(tz)}</p></div></div>" for t, h, d, tz in S["news_front"])
        es = "".join(f"<li><a href=\"/e-tjanster/#{i}\">{E(t)}</a></li>" for i, t in enumerate(ESERVICES))
        ev = "".join(f"<li>{d} – {E(t)}</li>" for d, t in EVENTS)
        content = (f"<div class=\"moduletable hero\"><h1>{E(ht)}</h1><p>{E(hx)}</p><ul class=\"quicklinks\">{cards_h}</ul></div>\n"
                   f"<div class=\"blog-featured\"><h2 class=\"page-header\">Aktuellt</h2>{news}<p class=\"readmore\"><a href=\"/nyheter/\">Fler nyheter</a></p></div>\n"
                   f"<div class=\"moduletable\"><h3>E-tjänster</h3><ul class=\"menu\">{es}</ul></div>\n"
                   f"<div class=\"moduletable\"><h3>Evenemang</h3><ul>{ev}</ul></div>\n"
                   f"<div class=\"moduletable alert\"><h3>Driftinformation</h3><p>{E(S['drift'])}</p></div>\n")
    else:
        content = (_crumbs(P, "breadcrumb", " / ")
                   + f"<div class=\"item-page\" itemscope itemtype=\"https://schema.org/Article\"><div itemprop=\"articleBody\">{P['main']}</div></div>\n")
    fl = "".join(f"<li><a href=\"{h}\">{E(t)}</a></li>" for t, h in S["footer_links"])
    return (_head(S, P, ".nav-child{display:none}.parent:hover .nav-child{display:block}")
            + "<body class=\"site com_content\">\n" + _cookie("jb-cookie")
            + "<div class=\"t3-wrapper\">\n<div id=\"t3-header\" class=\"t3-header\"><div class=\"container\">\n<div class=\"top-links\"><ul class=\"menu\">"
            + "".join(f"<li><a href=\"/tillganglighet/#{i}\">{x}</a></li>" for i, x in enumerate(TOPBAR))
            + f"</ul></div>\n<div class=\"logo\"><a href=\"/\" title=\"{S['kname']}\"><img src=\"/images/logo.png\" alt=\"{S['kname']}\"></a></div>\n"
            "<div class=\"head-search\"><form action=\"/sok/\" method=\"get\" class=\"form-inline\"><input name=\"searchword\" class=\"inputbox search-query\" placeholder=\"Sök...\"><button class=\"button\">Sök</button></form></div>\n"
            f"</div></div>\n<nav id=\"t3-mainnav\" class=\"t3-mainnav navbar\"><div class=\"container\"><ul class=\"nav navbar-nav menu\">{''.join(lis)}</ul></div></nav>\n"
            f"<div id=\"t3-mainbody\" class=\"container t3-mainbody\"><div class=\"row\"><div id=\"t3-content\" class=\"t3-content col-xs-12\">\n{content}</div></div></div>\n"
            f"<div id=\"t3-footer\" class=\"t3-footer\"><div class=\"container\"><div class=\"moduletable\"><p>{_foot_contact(S)}</p></div><ul class=\"menu\">{fl}</ul></div></div>\n"
            "</div>\n<script src=\"/media/jui/js/jquery.min.js\"></script>\n</body>\n</html>\n")


FAMILIES = {f.__name__: f for f in (semantic, sitevision, soup, bootstrap, drupal, municipio, table,
                                     optimizely, aria, joomla)}
