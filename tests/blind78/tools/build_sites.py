"""Typing aid that writes tests/blind78/sites/ (the files are the corpus; labels are hand-written).

    python3 tests/blind78/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
SITES = HERE.parent / "sites"

MENU = [
    ("Barn och utbildning", ["Förskola", "Grundskola", "Gymnasieskola", "Vuxenutbildning", "Skolskjuts", "Fritidshem"]),
    ("Omsorg och stöd", ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Individ- och familjeomsorg", "Ekonomiskt bistånd", "Färdtjänst"]),
    ("Bygga, bo och miljö", ["Bygglov", "Detaljplaner", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa", "Bostadsanpassning"]),
    ("Trafik och infrastruktur", ["Gator och vägar", "Parkering", "Snöröjning", "Kollektivtrafik", "Felanmälan", "Gång- och cykelvägar"]),
    ("Kultur och fritid", ["Bibliotek", "Idrottsanläggningar", "Föreningsliv", "Badplatser", "Kulturskola", "Evenemang"]),
    ("Näringsliv och arbete", ["Starta företag", "Upphandling", "Tillstånd", "Lediga jobb", "Etablera dig", "Turism"]),
    ("Kommun och politik", ["Organisation", "Kommunfullmäktige", "Nämnder", "Budget och ekonomi", "Diarium", "Överklaga beslut"]),
]
ESERV = ["Ansök om förskoleplats", "Felanmälan gata och park", "Ansök om bygglov", "Beställ sopkärl", "Boka lokal", "Ansök om parkeringstillstånd"]
EVENTS = ["Julmarknad på torget, 12 december", "Luciakonsert i kyrkan, 13 december", "Öppet hus på kulturskolan, 16 januari"]
AO = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "R", "S", "T", "U", "V", "Å", "Ä", "Ö"]


def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), (",", ""), (" ", "-"), ("--", "-")):
        t = t.replace(a, b)
    return t.strip("-")


def menu_items(S):
    """[(label, href, [(sub label, href)])] with the site's overrides."""
    out = []
    for area, subs in MENU:
        ah = S.get("area_href", {}).get(area, f"/{slug(area)}/")
        items = [(s, S.get("sub_href", {}).get((area, s), f"/{slug(area)}/{slug(s)}/")) for s in subs]
        items += S.get("sub_extra", {}).get(area, [])
        out.append((area, ah, items))
    out += S.get("top_extra", [])
    return out


def footer_lines(S):
    d = S["domain"]
    return (f"{S['kommun']}s kommun", f"Postadress: {S['post']}", f"Besöksadress: {S['visit']}",
            S["vaxel"], f"kommun@{d}", f"Org.nr {S['orgnr']}")


NEWS = [
    ("nyheter/vintervaghallning/", "Så plogar vi i vinter", "Nu börjar vintersäsongen och vi har sett över snöröjningen. Huvudgator och gång- och cykelvägar till skolor plogas först, när det har fallit mer än fem centimeter snö. Villagator plogas inom två dygn efter avslutat snöfall."),
    ("nyheter/ny-forskola/", "Ny förskola öppnar i augusti", "Den nya förskolan vid Skogsbrynet tar emot sina första barn i augusti. Förskolan har sex avdelningar och ett tillagningskök. Ansökan om plats görs som vanligt i e-tjänsten."),
    ("nyheter/budget-2027/", "Kommunfullmäktige har beslutat om budget för 2027", "Kommunfullmäktige fastställde på måndagens sammanträde budgeten för nästa år. Skattesatsen är oförändrad. Mest pengar går till förskola, skola och äldreomsorg."),
]


# ---------------------------------------------------------------- families
def head(S, title, extra=""):
    cs = "iso-8859-1" if S["family"] == "table" else "utf-8"
    return (f"<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"{cs}\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{title} - {S['kommun']}s kommun</title>\n"
            f"<link rel=\"canonical\" href=\"__ORIGIN__{S['_path']}\">\n"
            "<style>body{font-family:Arial,sans-serif;margin:0}a{color:#0b4f8a}.hid{display:none}"
            ".cookie{position:fixed;bottom:0;background:#222;color:#fff;padding:8px}</style>\n"
            f"{extra}</head>\n")


COOKIE = ("<div class=\"cookie\" id=\"cookie\"><p>Vi använder kakor för att webbplatsen ska fungera. "
          "<a href=\"/om-kakor/\">Läs mer om kakor</a></p><button type=\"button\" "
          "onclick=\"document.getElementById('cookie').style.display='none'\">Jag förstår</button></div>\n"
          "<script>window.dataLayer=window.dataLayer||[];</script>\n")


def topbar_links(S):
    return [("Lyssna", "#lyssna"), ("Lättläst", "/lattlast/"), ("Teckenspråk", "/teckensprak/"), ("In English", "/in-english/"), *S.get("topbar", [])]


def front_main(S):
    """Content of the front page main part: hero, cards, news, e-services, events, jobs, A-Ö."""
    cards = [*S.get("hero_cards", []), ("Lediga jobb", "/lediga-jobb/"), ("Förskola och skola", "/barn-och-utbildning/"), ("Avfall och återvinning", "/bygga-bo-och-miljo/avfall-och-atervinning/")]
    cards_html = "\n".join(f"<li><a href=\"{h}\">{t}</a></li>" for t, h in cards)
    news = list(S.get("news_extra", [])) + [(f"/{p}", t, x[:110] + " ...") for p, t, x in NEWS]
    news_html = "\n".join(f"<article><h3><a href=\"{p}\">{t}</a></h3><p>{x}</p></article>" for p, t, x in news)
    es = "\n".join(f"<li><a href=\"/e-tjanster/{slug(e)}/\">{e}</a></li>" for e in ESERV)
    ev = "\n".join(f"<li><a href=\"/evenemang/{i}/\">{e}</a></li>" for i, e in enumerate(EVENTS, 1))
    ao = " ".join(f"<a href=\"/a-o/{x.lower()}/\">{x}</a>" for x in AO)
    return (f"<div class=\"hero\"><h1>Välkommen till {S['kommun']}s kommun</h1>"
            f"<p>{S['tagline']}</p><ul class=\"shortcuts\">\n{cards_html}\n</ul></div>\n"
            "<div class=\"drift\"><h2>Driftinformation</h2><p>Vattenavstängning på Björkvägen 4–12 onsdag 9.00–13.00 "
            "på grund av ledningsarbete.</p></div>\n"
            f"<div class=\"news\"><h2>Nyheter</h2>\n{news_html}\n<p><a href=\"/nyheter/\">Fler nyheter</a></p></div>\n"
            f"<div class=\"eserv\"><h2>Populära e-tjänster</h2><ul>\n{es}\n</ul></div>\n"
            f"<div class=\"events\"><h2>Evenemang</h2><ul>\n{ev}\n</ul></div>\n"
            "<div class=\"jobs\"><h2>Jobba hos oss</h2><p>Vi är kommunens största arbetsgivare med över 1 800 "
            "medarbetare. <a href=\"/lediga-jobb/\">Se alla lediga jobb</a></p></div>\n"
            f"<div class=\"ao\"><h2>A–Ö</h2><p>{ao}</p></div>\n")


def fam_semantic(S, title, main, front):
    tb = " ".join(f"<a href=\"{h}\">{t}</a>" for t, h in topbar_links(S))
    nav = []
    for t, h, subs in menu_items(S):
        sub = "".join(f"<li><a href=\"{sh}\">{st}</a></li>" for st, sh in subs)
        nav.append(f"<li><a href=\"{h}\">{t}</a>" + (f"<ul class=\"sub\">{sub}</ul>" if sub else "") + "</li>")
    f = footer_lines(S)
    return (head(S, title) + "<body>\n"
            f"<header class=\"site-header\"><div class=\"topbar\">{tb}</div>\n"
            f"<a class=\"logo\" href=\"/\"><img src=\"/logo.svg\" alt=\"{S['kommun']}s kommun, till startsidan\"></a>\n"
            "<form class=\"search\" action=\"/sok/\" method=\"get\"><label for=\"q\">Sök</label>"
            "<input id=\"q\" name=\"q\"><button>Sök</button></form>\n"
            f"<nav aria-label=\"Huvudmeny\"><ul class=\"mainmenu\">\n" + "\n".join(nav) + "\n</ul></nav></header>\n"
            f"<main id=\"main\">\n{main}\n</main>\n"
            f"<footer class=\"site-footer\"><div class=\"col\"><h2>{f[0]}</h2><p>{f[1]}<br>{f[2]}</p>"
            f"<p>Växel: <a href=\"tel:{S['vaxel'].replace(' ', '').replace('-', '')}\">{f[3]}</a><br>"
            f"E-post: <a href=\"mailto:{f[4]}\">{f[4]}</a><br>{f[5]}</p></div>\n"
            f"<div class=\"col\">{S.get('footer_extra', '')}</div>\n"
            "<ul class=\"legal\"><li><a href=\"/tillganglighetsredogorelse/\">Tillgänglighetsredogörelse</a></li>"
            "<li><a href=\"/om-kakor/\">Om kakor</a></li><li><a href=\"/personuppgifter/\">Personuppgifter</a></li>"
            "<li><a href=\"/lediga-jobb/\">Lediga jobb</a></li></ul></footer>\n" + COOKIE + "</body>\n</html>\n")


def fam_soup(S, title, main, front):
    for i, c in enumerate(("hero", "shortcuts", "drift", "news", "eserv", "events", "jobs", "ao"), 1):
        main = main.replace(f"class=\"{c}\"", f"class=\"b{i}\"")
    main = main.replace("<article>", "<div class=\"b9\">").replace("</article>", "</div>")
    tb = "".join(f"<span class=\"t2\"><a href=\"{h}\">{t}</a></span>" for t, h in topbar_links(S))
    nav = []
    for t, h, subs in menu_items(S):
        sub = "".join(f"<div class=\"zz3\"><a href=\"{sh}\">{st}</a></div>" for st, sh in subs)
        nav.append(f"<div class=\"zz\"><a class=\"zz1\" href=\"{h}\">{t}</a><div class=\"zz2\">{sub}</div></div>")
    f = footer_lines(S)
    return (head(S, title) + "<body>\n<div class=\"w0\">\n"
            f"<div class=\"q1\"><div class=\"t1\">{tb}</div>\n"
            f"<div class=\"q2\"><a href=\"/\"><img src=\"/img/logo.png\" alt=\"{S['kommun']}s kommun\"></a></div>\n"
            "<div class=\"q3\"><form action=\"/sok/\" method=\"get\"><input name=\"q\" placeholder=\"Sök på webbplatsen\">"
            "<input type=\"submit\" value=\"Sök\"></form></div>\n"
            "<div class=\"q4\">\n" + "\n".join(nav) + "\n</div></div>\n"
            f"<div class=\"box7\">\n{main}\n</div>\n"
            f"<div class=\"q8\"><div class=\"q9\"><b>{f[0]}</b><br>{f[1]}<br>{f[2]}<br>"
            f"Växel <a href=\"tel:{S['vaxel'].replace(' ', '').replace('-', '')}\">{f[3]}</a><br>"
            f"<a href=\"mailto:{f[4]}\">{f[4]}</a><br>{f[5]}</div>\n"
            f"<div class=\"q9\">{S.get('footer_extra', '')}</div>\n"
            "<div class=\"q10\"><a href=\"/tillganglighetsredogorelse/\">Tillgänglighetsredogörelse</a> | "
            "<a href=\"/om-kakor/\">Om kakor</a> | <a href=\"/personuppgifter/\">Personuppgifter</a></div></div>\n"
            "</div>\n" + COOKIE + "</body>\n</html>\n")


def fam_sitevision(S, title, main, front):
    tb = "".join(f"<li class=\"sv-vertical\"><a href=\"{h}\">{t}</a></li>" for t, h in topbar_links(S))
    nav = []
    for i, (t, h, subs) in enumerate(menu_items(S)):
        half = (len(subs) + 1) // 2
        cols = [subs[:half], subs[half:]]
        panel = "".join("<div class=\"sv-column-6\"><ul>" + "".join(f"<li><a href=\"{sh}\">{st}</a></li>" for st, sh in c)
                        + "</ul></div>" for c in cols)
        nav.append(f"<li class=\"env-nav__item\"><a href=\"{h}\">{t}</a><button class=\"env-button\" aria-expanded=\"false\" "
                   f"aria-controls=\"mega{i}\">Visa undermeny för {t}</button>"
                   f"<div id=\"mega{i}\" class=\"sv-layout mega-panel\" hidden><div class=\"sv-row\">{panel}</div></div></li>")
    f = footer_lines(S)
    return (head(S, title, "<link rel=\"stylesheet\" href=\"/sitevision/system-resource/css/sv.css\">\n") +
            "<body>\n<div class=\"sv-layout\" id=\"svid10_top\">\n"
            f"<div class=\"sv-portlet sv-top\"><ul class=\"env-list\">{tb}</ul></div>\n"
            f"<div class=\"sv-portlet sv-image-portlet\"><a href=\"/\"><img src=\"/images/18.3a1b/logo.svg\" alt=\"{S['kommun']}s kommun\"></a></div>\n"
            "<div class=\"sv-portlet sv-searchform-portlet\"><form action=\"/sok/\" method=\"get\"><label>Sök "
            "<input name=\"q\"></label><button>Sök</button></form></div>\n"
            "<div class=\"sv-portlet sv-menu-portlet\"><ul class=\"env-nav\">\n" + "\n".join(nav) + "\n</ul></div></div>\n"
            f"<div class=\"sv-layout\" id=\"svid10_content\">\n{main}\n</div>\n"
            f"<div class=\"sv-layout\" id=\"svid10_foot\"><div class=\"sv-portlet sv-text-portlet\"><h2>{f[0]}</h2>"
            f"<p>{f[1]}<br>{f[2]}<br>Växel: <a href=\"tel:{S['vaxel'].replace(' ', '').replace('-', '')}\">{f[3]}</a><br>"
            f"<a href=\"mailto:{f[4]}\">{f[4]}</a><br>{f[5]}</p></div>\n"
            f"<div class=\"sv-portlet sv-text-portlet\">{S.get('footer_extra', '')}</div>\n"
            "<div class=\"sv-portlet\"><a href=\"/tillganglighetsredogorelse/\">Tillgänglighetsredogörelse</a> "
            "<a href=\"/om-kakor/\">Om kakor</a> <a href=\"/personuppgifter/\">Personuppgifter</a></div></div>\n"
            + COOKIE + "</body>\n</html>\n")


def fam_municipio(S, title, main, front):
    tb = "".join(f"<li><a href=\"{h}\">{t}</a></li>" for t, h in topbar_links(S))
    nav = []
    for t, h, subs in menu_items(S):
        sub = "".join(f"<li class=\"menu-item\"><a href=\"{sh}\">{st}</a></li>" for st, sh in subs)
        nav.append(f"<li class=\"menu-item menu-item-has-children\"><a href=\"{h}\">{t}</a>"
                   + (f"<ul class=\"sub-menu\">{sub}</ul>" if sub else "") + "</li>")
    f = footer_lines(S)
    return (head(S, title, "<link rel=\"stylesheet\" href=\"/wp-content/themes/municipio/assets/dist/css/app.css\">\n") +
            "<body class=\"wp-theme-municipio\">\n"
            f"<header id=\"site-header\" class=\"c-header\"><ul class=\"c-header__links\">{tb}</ul>\n"
            f"<a class=\"c-header__logo\" href=\"/\"><img src=\"/wp-content/uploads/logo.svg\" alt=\"{S['kommun']}s kommun\"></a>\n"
            "<form class=\"c-search\" action=\"/\" method=\"get\"><input name=\"s\" aria-label=\"Sök\"><button>Sök</button></form>\n"
            "<button class=\"c-button hamburger\" aria-controls=\"drawer\" aria-expanded=\"false\">Meny</button></header>\n"
            "<nav id=\"drawer\" class=\"c-drawer\" aria-label=\"Huvudmeny\" hidden><ul class=\"c-nav\">\n"
            + "\n".join(nav) + "\n</ul></nav>\n"
            f"<main id=\"main-content\" class=\"o-container\">\n{main}\n</main>\n"
            f"<footer class=\"c-footer\"><div class=\"widget\"><h2>{f[0]}</h2><p>{f[1]}<br>{f[2]}</p>"
            f"<p>Växel: <a href=\"tel:{S['vaxel'].replace(' ', '').replace('-', '')}\">{f[3]}</a><br>"
            f"<a href=\"mailto:{f[4]}\">{f[4]}</a><br>{f[5]}</p></div>\n"
            f"<div class=\"widget\">{S.get('footer_extra', '')}</div>\n"
            "<div class=\"widget\"><a href=\"/tillganglighetsredogorelse/\">Tillgänglighetsredogörelse</a> "
            "<a href=\"/om-kakor/\">Om kakor</a> <a href=\"/personuppgifter/\">Personuppgifter</a></div></footer>\n"
            + COOKIE + "</body>\n</html>\n")


def fam_bootstrap(S, title, main, front):
    tb = "".join(f"<a class=\"nav-link d-inline\" href=\"{h}\">{t}</a>" for t, h in topbar_links(S))
    nav = []
    for t, h, subs in menu_items(S):
        if not subs:
            nav.append(f"<li class=\"nav-item\"><a class=\"nav-link\" href=\"{h}\">{t}</a></li>")
            continue
        sub = "".join(f"<li><a class=\"dropdown-item\" href=\"{sh}\">{st}</a></li>" for st, sh in subs)
        nav.append(f"<li class=\"nav-item dropdown\"><a class=\"nav-link dropdown-toggle\" href=\"{h}\" "
                   f"data-bs-toggle=\"dropdown\">{t}</a><ul class=\"dropdown-menu\">{sub}</ul></li>")
    f = footer_lines(S)
    return (head(S, title, "<link rel=\"stylesheet\" href=\"/assets/bootstrap.min.css\">\n") +
            "<body>\n"
            f"<div class=\"bg-light py-1 small\"><div class=\"container\">{tb}</div></div>\n"
            "<nav class=\"navbar navbar-expand-lg navbar-light bg-white\"><div class=\"container\">"
            f"<a class=\"navbar-brand\" href=\"/\"><img src=\"/assets/logo.svg\" alt=\"{S['kommun']}s kommun\"></a>"
            "<button class=\"navbar-toggler\" data-bs-toggle=\"collapse\" data-bs-target=\"#nav\">Meny</button>"
            "<div class=\"collapse navbar-collapse\" id=\"nav\"><ul class=\"navbar-nav\">\n" + "\n".join(nav) +
            "\n</ul><form class=\"d-flex\" action=\"/sok/\" method=\"get\"><input class=\"form-control\" name=\"q\" "
            "aria-label=\"Sök\"><button class=\"btn btn-primary\">Sök</button></form></div></div></nav>\n"
            f"<div class=\"container py-4\" id=\"content\">\n{main}\n</div>\n"
            f"<div class=\"bg-dark text-white py-4\"><div class=\"container\"><div class=\"row\"><div class=\"col-md-4\">"
            f"<h2 class=\"h5\">{f[0]}</h2><p>{f[1]}<br>{f[2]}</p></div><div class=\"col-md-4\"><p>Växel: "
            f"<a class=\"text-white\" href=\"tel:{S['vaxel'].replace(' ', '').replace('-', '')}\">{f[3]}</a><br>"
            f"<a class=\"text-white\" href=\"mailto:{f[4]}\">{f[4]}</a><br>{f[5]}</p></div>\n"
            f"<div class=\"col-md-4\">{S.get('footer_extra', '')}<p><a class=\"text-white\" href=\"/tillganglighetsredogorelse/\">"
            "Tillgänglighetsredogörelse</a><br><a class=\"text-white\" href=\"/om-kakor/\">Om kakor</a><br>"
            "<a class=\"text-white\" href=\"/personuppgifter/\">Personuppgifter</a></p></div></div></div></div>\n"
            + COOKIE + "</body>\n</html>\n")


def fam_table(S, title, main, front):
    tb = " | ".join(f"<a href=\"{h}\"><font size=\"1\">{t}</font></a>" for t, h in topbar_links(S))
    rows = []
    for t, h, subs in menu_items(S):
        rows.append(f"<tr><td bgcolor=\"#003366\"><a href=\"{h}\"><font color=\"#ffffff\" face=\"Verdana\" size=\"2\">"
                    f"<b>{t.upper()}</b></font></a></td></tr>")
        for st, sh in subs:
            rows.append(f"<tr><td>&nbsp;&nbsp;<a href=\"{sh}\"><font face=\"Verdana\" size=\"1\">{st}</font></a></td></tr>")
    f = footer_lines(S)
    return (head(S, title) + "<body bgcolor=\"#ffffff\" topmargin=\"0\" leftmargin=\"0\">\n"
            "<table width=\"980\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" align=\"center\">\n"
            f"<tr><td colspan=\"2\" bgcolor=\"#dde6f0\" align=\"right\">{tb}</td></tr>\n"
            f"<tr><td><a href=\"/\"><img src=\"/bilder/logo.gif\" alt=\"{S['kommun']}s kommun\" border=\"0\"></a></td>"
            "<td align=\"right\"><form action=\"/sok.asp\" method=\"get\"><input name=\"q\" size=\"20\"> "
            "<input type=\"submit\" value=\"Sök\"></form></td></tr>\n"
            "<tr><td width=\"200\" valign=\"top\"><table width=\"200\" border=\"0\" cellpadding=\"3\">\n" + "\n".join(rows) +
            "\n</table></td>\n"
            f"<td valign=\"top\"><font face=\"Verdana\" size=\"2\">\n{main}\n</font></td></tr>\n"
            f"<tr><td colspan=\"2\" bgcolor=\"#e6e6e6\"><font face=\"Verdana\" size=\"1\"><b>{f[0]}</b> | {f[1]} | {f[2]} | "
            f"Växel {f[3]} | <a href=\"mailto:{f[4]}\">{f[4]}</a> | {f[5]}<br>{S.get('footer_extra', '')}"
            "<a href=\"/tillganglighetsredogorelse/\">Tillgänglighetsredogörelse</a> | <a href=\"/om-kakor/\">Om kakor</a></font></td></tr>\n"
            "</table>\n</body>\n</html>\n")


def fam_aria(S, title, main, front):
    tb = "".join(f"<div class=\"tb-i\"><a href=\"{h}\">{t}</a></div>" for t, h in topbar_links(S))
    nav = []
    for t, h, subs in menu_items(S):
        sub = "".join(f"<div role=\"menuitem\"><a href=\"{sh}\">{st}</a></div>" for st, sh in subs)
        nav.append(f"<div class=\"n-i\"><a href=\"{h}\">{t}</a><div role=\"menu\" aria-label=\"{t}\">{sub}</div></div>")
    f = footer_lines(S)
    return (head(S, title) + "<body>\n<div class=\"wrap\" style=\"display:flex;flex-direction:column\">\n"
            f"<div role=\"main\" style=\"order:2\">\n{main}\n</div>\n"
            f"<div role=\"banner\" style=\"order:1\"><div class=\"tb\">{tb}</div>"
            f"<a href=\"/\"><img src=\"/gfx/logo.svg\" alt=\"{S['kommun']}s kommun, startsida\"></a>"
            "<div role=\"search\"><form action=\"/sok/\" method=\"get\"><input name=\"q\" aria-label=\"Sök\"><button>Sök</button></form></div>"
            "<div role=\"navigation\" aria-label=\"Huvudmeny\">\n" + "\n".join(nav) + "\n</div></div>\n"
            f"<div role=\"contentinfo\" style=\"order:3\"><p><strong>{f[0]}</strong><br>{f[1]}<br>{f[2]}<br>"
            f"Växel: <a href=\"tel:{S['vaxel'].replace(' ', '').replace('-', '')}\">{f[3]}</a><br>"
            f"<a href=\"mailto:{f[4]}\">{f[4]}</a><br>{f[5]}</p>{S.get('footer_extra', '')}"
            "<p><a href=\"/tillganglighetsredogorelse/\">Tillgänglighetsredogörelse</a> <a href=\"/om-kakor/\">Om kakor</a> "
            "<a href=\"/personuppgifter/\">Personuppgifter</a></p></div>\n</div>\n" + COOKIE + "</body>\n</html>\n")


FAMILIES = {"semantic": fam_semantic, "soup": fam_soup, "sitevision": fam_sitevision, "municipio": fam_municipio,
            "bootstrap": fam_bootstrap, "table": fam_table, "aria": fam_aria}


# ---------------------------------------------------------------- site bodies
P = "<p>{}</p>"

S8131 = dict(code="8131", kommun="Lövsjöhamn", lan_kod="22", lan="Västernorrlands län", family="semantic",
    domain="lovsjohamn.se", post="Box 100, 999 31 Lövsjöhamn", visit="Storgatan 12, Lövsjöhamn",
    vaxel="08-465 004 00", orgnr="212000-9131", tagline="Här finns vi för dig som bor och verkar vid sjön.",
    top_extra=[("Kontaktcenter", "/kontaktcenter/", [])],
    pages={"/kontaktcenter/": ("Kontaktcenter", """<h1>Kontaktcenter</h1>
<p class="ingress">Kontaktcenter är din väg in till Lövsjöhamns kommun. Här får du svar direkt på de flesta frågor. Om vi inte kan svara kopplar vi dig vidare till rätt handläggare.</p>
<h2>Vanliga frågor till kontaktcenter</h2>
<details><summary>När töms mitt sopkärl?</summary><p>Vi ser ditt hämtschema och hjälper dig att anmäla missad tömning eller byta kärlstorlek.</p></details>
<details><summary>Hur ansöker jag om plats i förskolan?</summary><p>Vi hjälper dig med ansökan i e-tjänsten och svarar på frågor om kötid och avgifter för barnomsorg.</p></details>
<details><summary>Jag vill bygga ett uterum. Behöver jag bygglov?</summary><p>Vi berättar vad som gäller och vilka handlingar du behöver skicka in.</p></details>
<details><summary>Hur får jag parkeringstillstånd för rörelsehindrade?</summary><p>Vi skickar blanketten till dig och svarar på frågor om handläggningen.</p></details>
<h2>Så når du oss</h2>
<p>Ring kontaktcenter på <a href="tel:+46846500431">08-465 004 31</a>.</p>
<table class="hours"><caption>Telefontider</caption><tr><th>Måndag–torsdag</th><td>8.00–17.00</td></tr><tr><th>Fredag</th><td>8.00–15.00</td></tr><tr><th>Lunch</th><td>Stängt 12.00–12.45</td></tr></table>
<h2>Vi som arbetar här</h2>
<p>I kontaktcenter arbetar nio kommunvägledare som tillsammans svarar på omkring 400 samtal om dagen.</p>
<div class="contact-card"><p class="name">Anna Sund</p><p class="role">Enhetschef Kontaktcenter</p><p><a href="tel:+46846500432">08-465 004 32</a></p></div>
<h2>Tolk och personuppgifter</h2><p>Behöver du tolk? Säg till när du kontaktar oss, så bokar vi en tolk utan kostnad för dig. När du kontaktar oss behandlar vi dina personuppgifter enligt dataskyddsförordningen. Läs mer under <a href="/personuppgifter/">Personuppgifter</a>.</p>
<p class="page-meta">Sidansvarig: Maria Holm, webbredaktör. Senast uppdaterad 2026-11-18.</p>""")})

S8132 = dict(code="8132", kommun="Granhyttan", lan_kod="17", lan="Värmlands län", family="soup",
    domain="granhyttan.se", post="Granhyttans kommun, 999 32 Granhyttan", visit="Storgatan 14, Granhyttan",
    vaxel="031-390 06 00", orgnr="212000-8132", tagline="Bruksorten mitt i skogen.",
    hero_cards=[("Medborgarservice – hit vänder du dig med dina frågor", "/medborgarservice/")],
    pages={"/medborgarservice/": ("Medborgarservice", """<div class="x1"><h1>Medborgarservice</h1>
<div class="x2">Medborgarservice tar emot dina frågor till kommunen, oavsett ärende. Tabellen visar exempel på vad vi hjälper till med.</div>
<table class="x3"><tr><th>Ärende</th><th>Vad vi hjälper dig med</th></tr>
<tr><td>Avfall</td><td>Hämtschema, abonnemang, byte av kärl och anmälan av missad tömning</td></tr>
<tr><td>Förskola och skola</td><td>Ansökan om förskoleplats, skolskjuts och byte av skola</td></tr>
<tr><td>Bygga och bo</td><td>Blanketter för bygglov, handläggningstider och bostadsanpassning</td></tr>
<tr><td>Trafik</td><td>Felanmälan av gatubelysning, parkeringstillstånd och snöröjning</td></tr></table>
<div class="x4"><b>Kontakta medborgarservice</b><br>E-post: medborgarservice (snabel-a) granhyttan.se<br>
Besöksadress: Storgatan 14, Granhyttan (kommunhusets entréplan)<br>Öppet för besök: måndag–fredag 9.00–16.00</div>
<div class="x6">Vi har ofta kö på måndagar och efter helgdagar. Många svar finns också i våra e-tjänster, som är öppna dygnet runt.</div>
<div class="x5">Frågor om verksamheten besvaras av Karin Öst, samordnare för medborgarservice. Dina frågor tas emot av våra fem kommunvägledare.</div></div>""")})

ORG8133 = "/kommun-och-politik/organisation.4.2b91c80.html"
S8133 = dict(code="8133", kommun="Bäckafors", lan_kod="06", lan="Jönköpings län", family="sitevision",
    domain="backafors.se", post="Box 33, 999 33 Bäckafors", visit="Torggatan 2, Bäckafors",
    vaxel="0980-319 200", orgnr="212000-8133", tagline="Småländsk småstad med nära till allt.",
    sub_href={("Kommun och politik", "Organisation"): ORG8133},
    sub_extra={"Kommun och politik": [("Servicecenter", "/kommun-och-politik/servicecenter.4.2b91c7a.html")]},
    pages={"/kommun-och-politik/servicecenter.4.2b91c7a.html": ("Servicecenter", """<div class="sv-portlet sv-text-portlet"><h1>Servicecenter</h1>
<p class="ingress">Servicecenter finns här för dig som bor, verkar eller vistas i Bäckafors kommun. Hör av dig om du undrar något – vi hjälper dig gärna.</p>
<p>Ingen fråga är för liten. Vi svarar på frågor om kommunens service och tar oss tid att lyssna på dig.</p>
<h2>Kontakta oss</h2><p>Telefon: <a href="tel:+46980319240">0980-319 240</a><br>Vi svarar måndag–fredag 8.00–16.30.</p>
<p><button type="button" class="env-button chat-open">Chatta med oss</button></p>
<p><a href="/kommun-och-politik/organisation.4.2b91c80.html">Så är servicecenter organiserat</a></p></div>""")
        , ORG8133: ("Organisation", """<div class="sv-portlet sv-text-portlet"><h1>Organisation</h1>
<p>Kommunstyrelseförvaltningen är kommunstyrelsens förvaltning och har fyra avdelningar och enheter.</p>
<table><tr><th>Enhet</th><th>Roll</th><th>Namn</th></tr>
<tr><td>Kommunstyrelseförvaltningen</td><td>Kommundirektör</td><td>Britt Malm</td></tr>
<tr><td>Kommunikationsavdelningen</td><td>Kommunikationschef</td><td>Jan Ström</td></tr>
<tr><td>Servicecenter</td><td>Enhetschef</td><td>Per Lindahl</td></tr>
<tr><td>Ekonomiavdelningen</td><td>Ekonomichef</td><td>Siv Ahl</td></tr></table></div>""")})

S8134 = dict(code="8134", kommun="Norrfjällby", lan_kod="25", lan="Norrbottens län", family="municipio",
    domain="norrfjallby.se", post="Box 34, 999 34 Norrfjällby", visit="Kyrkvägen 5, Norrfjällby",
    vaxel="0980-319 210", orgnr="212000-8134", tagline="Fjäll, älv och 8 400 invånare.",
    search={"path": "/", "param": "s"},
    top_extra=[("Kundcenter", "/kundcenter/", [])],
    hero_cards=[("Kontakta Kundcenter", "/kundcenter/")],
    pages={"/kundcenter/": ("Kundcenter", """<article class="c-article"><h1>Kundcenter</h1>
<p class="lead">Kundcenter svarar på frågor från invånare, företag och föreningar.</p>
<div class="c-tabs"><ul role="tablist"><li role="presentation"><a role="tab" aria-selected="true" href="#privat">Privatperson</a></li>
<li role="presentation"><a role="tab" aria-selected="false" href="#foretag">Företag</a></li>
<li role="presentation"><a role="tab" aria-selected="false" href="#forening">Förening</a></li></ul>
<div role="tabpanel" id="privat"><p>Vi hjälper dig med frågor om avfallsabonnemang, vatten och avlopp, förskola och skola, färdtjänst och hemtjänst.</p></div>
<div role="tabpanel" id="foretag" hidden><p>Vi hjälper företag med frågor om serveringstillstånd, livsmedelsregistrering och upphandling.</p></div>
<div role="tabpanel" id="forening" hidden><p>Vi hjälper föreningar med lokalbokning och föreningsbidrag.</p></div></div>
<h2>Kontakta Kundcenter</h2><p>E-post: kundcenter[at]norrfjallby.se</p>
<form class="c-form" action="/kundcenter/" method="post"><fieldset><legend>Bli uppringd</legend>
<label>Namn <input name="namn"></label><label>Telefonnummer <input name="tel"></label>
<label>Vad gäller din fråga? <textarea name="fraga"></textarea></label><button type="submit">Ring upp mig</button></fieldset></form>
<h2>Svarstider</h2><p>Vi svarar på e-post inom två arbetsdagar. Vill du bli uppringd ringer vi upp dig samma dag eller nästa vardag.</p>
<h2>Om Kundcenter</h2><p>Kundcenter är en enhet inom kommunledningskontoret och leds av en enhetschef. Hos oss arbetar åtta kundvägledare.</p></article>""")})

S8135 = dict(code="8135", kommun="Hagelstad", lan_kod="14", lan="Västra Götalands län", family="bootstrap",
    domain="hagelstad.se", post="Hagelstads kommun, 999 35 Hagelstad", visit="Torget 1, Hagelstad",
    vaxel="031-390 06 10", orgnr="212000-8135", tagline="Kommunen vid Hageln.",
    top_extra=[("Kontakta oss", "/kontakta-oss", [])],
    redirects={"/kontakta-oss": ["/kontakt-hagelstad/", 301]},
    footer_extra="<p><b>Kontakt Hagelstad</b><br>Telefon 031-390 06 60<br>kontakt@hagelstad.se<br>Torget 1, Hagelstad<br>Vardagar 8.00–16.30</p>",
    pages={"/kontakt-hagelstad/": ("Kontakt Hagelstad", """<h1>Kontakt Hagelstad</h1>
<p class="lead">Kontakt Hagelstad är kommunens gemensamma väg in för invånare och företag.</p>
<h2>Det här kan du få hjälp med</h2><ul class="list-unstyled"><li>Ansöka om förskoleplats och skolskjuts</li>
<li>Beställa, byta eller säga upp sopkärl</li><li>Felanmäla gatubelysning och vägar</li>
<li>Frågor om bygglov och bostadsanpassning</li><li>Boka idrottshallar och möteslokaler</li></ul>
<h2>Så kontaktar du oss</h2><p>Du hittar vårt telefonnummer, vår e-postadress och vår besöksadress längst ned på varje sida.</p>
<h2>Om Kontakt Hagelstad</h2><p>Kontakt Hagelstad är en del av kommunikationsavdelningen, som leds av kommunikationschef Johan Berg. Kommundirektör är Eva Lind.</p>""")})

S8136 = dict(code="8136", kommun="Ödeby", lan_kod="08", lan="Kalmar län", family="table",
    domain="odeby.se", post="Box 36, 999 36 Ödeby", visit="Kyrkogatan 3, Ödeby",
    vaxel="0980-319 220", orgnr="212000-8136", tagline="Välkommen till Ödeby - landsbygd och skärgård.",
    search={"path": "/sok.asp", "param": "q"},
    footer_extra="<a href=\"/medborgarkontoret.asp\">Medborgarkontoret</a> | ",
    pages={"/medborgarkontoret.asp": ("Medborgarkontoret", """<h1><font face="Verdana">Medborgarkontoret</font></h1>
<p>På Medborgarkontoret får du hjälp med ärenden inom hela kommunen. Vi svarar på frågor om bygglov och tomter, hemtjänst och färdtjänst, skolval och skolskjuts, renhållning och vatten. Vi hjälper dig också att fylla i blanketter och att hitta rätt bland kommunens e-tjänster.</p>
<p><b>Telefon:</b> 0980-319 260<br><b>E-post:</b> medborgarkontoret[at]odeby.se<br><b>Besöksadress:</b> Kyrkogatan 3, Ödeby</p>
<p>Medborgarkontoret ligger i kommunhusets entré. Det finns parkering för rörelsehindrade vid huvudentrén och hörslinga vid disken.</p>
<p><b>Personal</b></p>
<table border="1" cellpadding="4" cellspacing="0"><tr bgcolor="#dde6f0"><td><b>Namn</b></td><td><b>Befattning</b></td><td><b>Telefon</b></td></tr>
<tr><td>Eva Lund</td><td>Enhetschef, Medborgarkontoret</td><td>0980-319 261</td></tr>
<tr><td>Ola Ek</td><td>Handläggare</td><td>0980-319 262</td></tr>
<tr><td>Sara Nyström</td><td>Kommunvägledare</td><td>0980-319 263</td></tr></table>""")})

S8137 = dict(code="8137", kommun="Sjöbotten", lan_kod="20", lan="Dalarnas län", family="aria",
    domain="sjobotten.se", post="Sjöbottens kommun, 999 37 Sjöbotten", visit="Stora torget 2, Sjöbotten",
    vaxel="040-628 04 00", orgnr="212000-8137", tagline="Dalasjöarnas kommun.",
    area_href={"Kommun och politik": "/kommun-och-politik/"},
    pages={"/kommun-och-politik/": ("Kommun och politik", """<h1>Kommun och politik</h1>
<p>Här hittar du information om hur kommunen styrs och är organiserad. Kommundirektör är Lars Wik.</p>
<ul><li><a href="/kommun-och-politik/organisation/">Organisation</a></li><li><a href="/kommun-och-politik/servicecentrum/">Servicecentrum</a></li>
<li><a href="/kommun-och-politik/kommunfullmaktige/">Kommunfullmäktige</a></li><li><a href="/kommun-och-politik/diarium/">Diarium</a></li></ul>"""),
        "/kommun-och-politik/servicecentrum/": ("Servicecentrum", """<h1>Servicecentrum</h1>
<p>Servicecentrum tar emot dina frågor till Sjöbottens kommun, på plats i kommunhuset eller i chatten.</p>
<div class="faq" role="region" aria-label="Vanliga frågor"><h2>Vanliga frågor</h2><dl>
<dt>Kan ni hjälpa mig att boka en lokal?</dt><dd>Ja, vi bokar idrottshallar och samlingslokaler åt dig.</dd>
<dt>Hur får jag ett nytt sopkärl?</dt><dd>Vi beställer kärlet och berättar när det levereras.</dd>
<dt>Vem ska jag prata med om ekonomiskt bistånd?</dt><dd>Vi förklarar hur du ansöker och bokar tid hos socialtjänsten.</dd></dl></div>
<h2>Besök och chatt</h2><p>Besöksadress: Stora torget 2, Sjöbotten<br>Öppettider: vardagar 8.00–16.30</p>
<p><button type="button" class="chat">Chatta med Servicecentrum</button></p>
<h2>Tolk och personuppgifter</h2><p>Behöver du tolk? Säg till när du kontaktar oss, så bokar vi en tolk utan kostnad för dig. När du kontaktar oss behandlar vi dina personuppgifter enligt dataskyddsförordningen. Läs mer under <a href="/personuppgifter/">Personuppgifter</a>.</p>
<p>Kontaktperson för servicecentrum: Nils Hedlund, handläggare.</p><p>Sidansvarig: Ida Persson</p>""")})

S8138 = dict(code="8138", kommun="Lillkärr", lan_kod="03", lan="Uppsala län", family="semantic",
    domain="lillkarr.se", post="Box 38, 999 38 Lillkärr", visit="Järnvägsgatan 8, Lillkärr",
    vaxel="08-465 004 50", orgnr="212000-8138", tagline="Nära Uppsala, nära naturen.",
    footer_extra="<p><a href=\"/kontakta-oss/\">Kontakta oss</a></p><p>Frågor om fjärrvärme? Kontakta Lillkärrs Energi AB:s kundtjänst, 08-465 004 90.</p>",
    pages={"/kontakta-oss/": ("Kontakta oss", """<h1>Kontakta oss</h1><p>Ring kommunens växel på 08-465 004 50, vardagar 7.30–16.30, eller mejla kommun@lillkarr.se.</p>
<ul><li><a href="/kontakta-oss/kundtjanst/">Kundtjänst</a></li><li><a href="/kontakta-oss/press/">Press</a></li></ul>"""),
        "/kontakta-oss/kundtjanst/": ("Kundtjänst", """<h1>Kundtjänst</h1>
<p class="ingress">Kundtjänst finns till för dig. Hör av dig om du undrar något – stort som smått.</p>
<p>Vi hjälper dig med det mesta som rör kommunen, och vi gör vårt bästa för att du ska få ett snabbt svar.</p>
<p>Du når oss på telefon och e-post – se längst ned på sidan.</p>
<p class="page-meta">Sidansvarig: Lena Dahl, kommunikatör. Kommundirektör: Göran Falk.</p>""")})

S8139 = dict(code="8139", kommun="Vallåsen", lan_kod="12", lan="Skåne län", family="bootstrap",
    domain="vallasen.se", post="Vallåsens kommun, 999 39 Vallåsen", visit="Rådhustorget 1, Vallåsen",
    vaxel="040-628 04 20", orgnr="212000-8139", tagline="Åsen, slätten och havet.",
    topbar=[("Kontakta oss", "/kontakta-oss/")],
    news_extra=[("/nyheter/statens-servicekontor/", "Statens servicekontor öppnar i Vallåsen", "Från i vår kan du besöka Statens servicekontor i Vallåsen ...")],
    pages={"/kontakta-oss/": ("Kontakta oss", """<h1>Kontakta oss</h1>
<h2>Växeln</h2><p>Telefon 040-628 04 20, vardagar 8.00–16.00. Växeln kopplar dig vidare till rätt person.</p>
<h2>Servicecenter för företag</h2><p>Företagare får hjälp med tillstånd och etablering. Näringslivschef Maja Sand, 040-628 04 25.</p>
<h2>Bygglovsservice</h2><p>Frågor om bygglov, tisdagar och torsdagar 9.00–11.00.</p>
<h2>Hyresgäst?</h2><p>Vallåsens Bostäder AB:s kundcenter svarar på frågor om lägenheter och felanmälan.</p>"""),
        "/nyheter/statens-servicekontor/": ("Statens servicekontor öppnar i Vallåsen", """<h1>Statens servicekontor öppnar i Vallåsen</h1>
<p>Från i vår kan du besöka Statens servicekontor i Vallåsen för frågor till Försäkringskassan, Skatteverket och Pensionsmyndigheten. Kontoret ligger i stationshuset.</p>""")})

S8140 = dict(code="8140", kommun="Myrviken", lan_kod="23", lan="Jämtlands län", family="semantic",
    domain="myrviken.se", post="Box 40, 999 40 Myrviken", visit="Byvägen 1, Myrviken",
    vaxel="0980-319 280", orgnr="212000-8140", tagline="Vid Storsjöns södra strand.",
    robots="User-agent: *\nDisallow: /\n",
    top_extra=[("Kontaktcenter", "/kontaktcenter/", [])],
    pages={"/kontaktcenter/": ("Kontaktcenter", """<h1>Kontaktcenter</h1><p>Vi svarar på frågor om skola, omsorg och avfall. Ring 0980-319 281, vardagar 8–16.</p><p>Enhetschef för kontaktcenter: Berit Ols.</p>""")})

ALL = [S8131, S8132, S8133, S8134, S8135, S8136, S8137, S8138, S8139, S8140]

STD = {
    "/tillganglighetsredogorelse/": ("Tillgänglighetsredogörelse", "<h1>Tillgänglighetsredogörelse</h1><p>{k}s kommun står bakom denna webbplats. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service och hur du kan rapportera problem.</p>"),
    "/om-kakor/": ("Om kakor", "<h1>Om kakor</h1><p>En kaka är en liten textfil som lagras i din webbläsare. Vi använder nödvändiga kakor och, om du godkänner det, kakor för besöksstatistik.</p>"),
    "/lediga-jobb/": ("Lediga jobb", "<h1>Lediga jobb</h1><p>Just nu söker vi undersköterskor, förskollärare och en projektledare inom VA. Alla tjänster söks via vår rekryteringsportal.</p>"),
}


def build_site(S):
    code = S["code"]
    d = SITES / code
    fam = FAMILIES[S["family"]]
    files: dict[str, str] = {}
    pages: dict = {}

    def add(path, fname, title, main, front=False):
        S["_path"] = path
        files[fname] = fam(S, title, main, front)
        pages[path] = fname

    add("/", "index.html", "Startsida", front_main(S), True)
    for p, (t, body) in STD.items():
        add(p, slug(t) + ".html", t, body.format(k=S["kommun"]))
    nl = "<h1>Nyheter</h1><ul>" + "".join(f"<li><a href=\"/{p}\">{t}</a></li>" for p, t, _ in NEWS) + "</ul>"
    add("/nyheter/", "nyheter.html", "Nyheter", nl)
    for i, (p, t, x) in enumerate(NEWS, 1):
        add("/" + p, f"nyhet{i}.html", t, f"<h1>{t}</h1><p class=\"date\">Publicerad 2026-11-{10 + i}</p><p>{x}</p>")
    for i, (p, (t, body)) in enumerate(S["pages"].items(), 1):
        add(p, f"sida{i}.html", t, body)
    search = dict(S.get("search", {"path": "/sok/", "param": "q"}))
    if search["path"] != "/":
        S["_path"] = search["path"]
        files["sok.html"] = fam(S, "Sök", "<h1>Sök</h1>\n<!--SEARCH_RESULTS-->", False)
        search["template"] = "sok.html"
    else:
        S["_path"] = "/"
        files["sok.html"] = fam(S, "Sök", "<h1>Sökresultat</h1>\n<!--SEARCH_RESULTS-->", False)
        search["template"] = "sok.html"
    hits = {}
    for p, (t, _) in S["pages"].items():
        if p.startswith("/nyheter/"):
            continue
        hits[t.lower()] = [p]
    search["hits"] = hits
    enc = "iso-8859-1" if S["family"] == "table" else "utf-8"
    if enc != "utf-8":
        ct = "text/html; charset=iso-8859-1"
        pages = {p: {"file": f, "content_type": ct} for p, f in pages.items()}
        search["template"] = {"file": "sok.html", "content_type": ct}
    m = {"kommunkod": code, "kommun": S["kommun"], "lan_kod": S["lan_kod"], "lan": S["lan"], "family": S["family"],
         "pages": pages, "redirects": S.get("redirects", {}),
         "robots": S.get("robots", "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"),
         "sitemap": list(pages), "search": search, "front_status": None}
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    for f, text in files.items():
        (d / f).write_bytes(text.encode(enc, errors="xmlcharrefreplace"))
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for S in ALL:
        build_site(S)
    print("wrote", len(ALL), "sites")
