"""Typing aid that wrote tests/blind19/sites/ (the files are the corpus; labels.csv is hand-written).

    python3 tests/blind19/tools/build_sites.py

Ten fictional municipalities 9161-9170, each with a real service page; what varies is the form and
the place of the front page's entrance to it (see README.md).
"""
from __future__ import annotations

import html
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from chrome import FAMILIES, href, link  # noqa: E402

E = html.escape
SITES = HERE.parent / "sites"

AREAS = [
    ("Barn och utbildning", ["Förskola", "Grundskola", "Gymnasieskola", "Vuxenutbildning", "Skolskjuts"]),
    ("Omsorg och stöd", ["Äldreomsorg", "Funktionsnedsättning", "Ekonomiskt bistånd", "Individ- och familjeomsorg",
                         "Färdtjänst"]),
    ("Bygga, bo och miljö", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Detaljplaner",
                             "Miljö och hälsoskydd"]),
    ("Kultur och fritid", ["Bibliotek", "Idrottsanläggningar", "Föreningsbidrag", "Kulturskolan", "Evenemang"]),
    ("Trafik och infrastruktur", ["Gator och vägar", "Parkering", "Snöröjning", "Kollektivtrafik", "Felanmälan"]),
    ("Näringsliv och arbete", ["Starta företag", "Upphandling", "Lediga jobb", "Tillstånd", "Mark och lokaler"]),
    ("Kommun och politik", ["Organisation", "Politik och nämnder", "Ekonomi och budget",
                            "Diarium och allmänna handlingar", "Synpunkter och klagomål"]),
]

INTRO = {
    "Barn och utbildning": "Förskola, skola och utbildning för barn, unga och vuxna.",
    "Omsorg och stöd": "Stöd och omsorg för dig som är äldre, har en funktionsnedsättning eller behöver hjälp.",
    "Bygga, bo och miljö": "Bygglov, avfall, vatten och avlopp, planer och miljöfrågor.",
    "Kultur och fritid": "Bibliotek, idrott, föreningsliv och kultur för alla åldrar.",
    "Trafik och infrastruktur": "Gator, parkering, snöröjning och kollektivtrafik.",
    "Näringsliv och arbete": "För dig som driver eller vill starta företag, och för dig som söker jobb.",
    "Kommun och politik": "Så styrs kommunen: organisation, politik, ekonomi och allmänna handlingar.",
}


def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), (",", ""), (" ", "-")):
        t = t.replace(a, b)
    return "".join(ch for ch in t if ch.isalnum() or ch == "-").replace("--", "-")


STYLES = {
    "slash": lambda s: "/" + "".join(x + "/" for x in s),
    "noslash": lambda s: "/" + "/".join(s),
    "html": lambda s: ("/" + "/".join(s) + ".html") if s else "/",
    "sv": lambda s: "/sv/" + "".join(x + "/" for x in s),
    "asp": lambda s: ("/" + "/".join(s) + ".asp") if s else "/",
    "joomla": lambda s: ("/index.php/" + "/".join(s)) if s else "/",
}

TITLE_SEP = {"semantic": " - ", "sitevision": " - ", "municipio": " – ", "drupal": " | ", "episerver": " - ",
             "bootstrap": " | ", "table": " - ", "soup": " - ", "aria": " · ", "joomla": " - "}

NEWS = [
    ("budget-2027", "2027-11-24", "Budget för 2027 är antagen",
     "Kommunfullmäktige antog på måndagen budgeten för 2027. De största satsningarna görs på skolan och äldreomsorgen.",
     "Budgeten omfattar bland annat fler lärartjänster, ett nytt särskilt boende och underhåll av gator och broar. "
     "Skattesatsen är oförändrad."),
    ("vagarbete-storgatan", "2027-11-18", "Vägarbete på Storgatan under våren",
     "Från den 3 mars byts vatten- och avloppsledningar på Storgatan. Räkna med omledning av trafiken.",
     "Arbetet pågår i etapper fram till midsommar. Busshållplatsen vid torget flyttas tillfälligt till Kyrkvägen."),
    ("foreningsbidrag-2028", "2027-11-10", "Nu kan föreningar söka bidrag för 2028",
     "Föreningar som har verksamhet för barn och unga kan nu söka aktivitetsstöd och lokalbidrag.",
     "Sista dag för ansökan är den 31 januari. Ansökan görs via kommunens e-tjänst för föreningsbidrag."),
]


def tel(num: str) -> str:
    d = "".join(ch for ch in num if ch.isdigit())
    return "+46" + d[1:]


def base_site(kod, kommun, lan_kod, lan, family, style, color, domain, vaxel, besok, post, orgnr, **kw) -> dict:
    P = STYLES[style]
    s = {"kod": kod, "kommun": kommun, "lan_kod": lan_kod, "lan": lan, "family": family, "color": color,
         "email": f"kommun@{domain}", "domain": domain, "vaxel": vaxel, "vaxel_tel": tel(vaxel), "besok": besok,
         "post": post, "orgnr": orgnr, "P": P, "pages": {}, "redirects": {}, "sep": TITLE_SEP[family]}
    s["kn"] = kommun + (" kommun" if kommun[-1] in "aeiouyåäö" else "s kommun")
    s.update(kw)
    s["p_front"] = P([])
    s["p_nyheter"] = P(["nyheter"])
    s["p_tillg"] = P(["om-webbplatsen", "tillganglighetsredogorelse"])
    s["p_kakor"] = P(["om-webbplatsen", "kakor"])
    nav = []
    for label, subs in AREAS:
        sl = slug(label)
        nav.append({"label": label, "path": P([sl]), "subs": [(t, P([sl, slug(t)])) for t in subs]})
    s["nav"] = nav
    s["search"] = kw.get("search") or {"path": P(["sok"]), "param": "q"}
    return s


def title(site, name):
    return f"{name}{site['sep']}{site['kn']}"


def add(site, path, file, name, main, **kw):
    site["pages"][path] = {"path": path, "file": file, "title": kw.pop("title", None) or title(site, name),
                           "main": main, **kw}


def area_path(site, label):
    return next(n["path"] for n in site["nav"] if n["label"] == label)


def common_pages(site, area_extra=None, news=None):
    """Area pages, news list + items, accessibility statement, cookies page, search template."""
    area_extra = area_extra or {}
    for n in site["nav"]:
        if n.get("virtual"):
            continue
        items = "".join(f"<li>{link(site, p, E(t))}</li>" for t, p in n.get("subs", []))
        main = (f'<h1>{E(n["label"])}</h1>\n<p class="ingress">{E(INTRO.get(n["label"], ""))}</p>\n'
                f'<ul class="area-links">{items}</ul>\n{area_extra.get(n["label"], "")}')
        add(site, n["path"], slug(n["label"]) + ".html", n["label"], main, open=n["path"])
    news = news or NEWS
    site["news"] = []
    lis = []
    for sl, date, head, ingress, body in news:
        p = site["P"](["nyheter", sl])
        site["news"].append((p, date, head, ingress))
        add(site, p, f"nyhet-{sl}.html", head,
            f'<article class="news"><h1>{E(head)}</h1><p class="date">Publicerad {date}</p>'
            f'<p class="ingress">{E(ingress)}</p><p>{body}</p></article>')
        lis.append(f'<li><span class="date">{date}</span> {link(site, p, E(head))}</li>')
    add(site, site["p_nyheter"], "nyheter.html", "Nyheter",
        f'<h1>Nyheter</h1><ul class="news-list">{"".join(lis)}</ul>')
    add(site, site["p_tillg"], "tillganglighet.html", "Tillgänglighetsredogörelse",
        f'<h1>Tillgänglighetsredogörelse</h1><p>{E(site["kn"])} står bakom den här webbplatsen. Vi vill '
        'att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om '
        'tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du kan rapportera '
        'brister.</p><h2>Kända brister</h2><ul><li>Vissa äldre PDF-dokument är inte tillgängliga.</li>'
        '<li>Några filmer saknar syntolkning.</li></ul><h2>Tillsyn</h2><p>Myndigheten för digital förvaltning '
        'har ansvaret för tillsyn över lagen.</p>')
    add(site, site["p_kakor"], "kakor.html", "Kakor",
        '<h1>Kakor (cookies)</h1><p>En kaka är en liten textfil som webbplatsen sparar i din webbläsare. Vi '
        'använder nödvändiga kakor och kakor för anonym besöksstatistik.</p>')
    site["search_template"] = {"path": "__search__", "title": title(site, "Sök"),
                               "main": '<h1>Sök på webbplatsen</h1>\n<div class="search-results">'
                                       '<!--SEARCH_RESULTS--></div>'}


def sections(site, hero, news_extra="", k=None):
    """Front page main: hero (site specific), news, e-services, events, driftinformation, jobs."""
    k = k or {}
    sec = k.get("sec", "section")
    pre = k.get("pre", "fp")
    P = site["P"]
    news = "".join(
        f'<li class="{pre}-teaser"><span class="date">{d}</span> <h3>{link(site, p, E(h))}</h3><p>{E(i)}</p></li>'
        for p, d, h, i in site["news"][:3])
    eserv = ["Ansök om förskoleplats", "Beställ extra sophämtning", "Felanmälan gata och park", "Ansök om bygglov",
             "Ansök om parkeringstillstånd"]
    es = "".join(f"<li>{link(site, P(['e-tjanster', slug(t)]), E(t))}</li>" for t in eserv)
    ev = [("2027-12-07", "Julmarknad på torget"), ("2027-12-12", "Luciakonsert i kyrkan"),
          ("2028-01-18", "Öppet hus på kulturskolan")]
    evs = "".join(f'<li><span class="date">{d}</span> {link(site, P(["evenemang", slug(t)]), E(t))}</li>'
                  for d, t in ev)
    return (f'{hero}\n'
            f'<{sec} class="{pre}-news"><h2>Nyheter</h2><ul>{news}</ul>{news_extra}'
            f'<p>{link(site, site["p_nyheter"], "Fler nyheter")}</p></{sec}>\n'
            f'<{sec} class="{pre}-eservices"><h2>Populära e-tjänster</h2><ul>{es}</ul></{sec}>\n'
            f'<{sec} class="{pre}-events"><h2>Evenemang</h2><ul>{evs}</ul></{sec}>\n'
            f'<{sec} class="{pre}-drift"><h2>Driftinformation</h2><p>Vattenavstängning på Björkvägen 4–12 '
            f'tisdag 9.00–13.00. Inga andra kända störningar.</p></{sec}>\n'
            f'<{sec} class="{pre}-jobs"><h2>Jobba hos oss</h2><p>Vi är en av kommunens största arbetsgivare. '
            f'{link(site, P(["jobb"]), "Se alla lediga jobb")}</p></{sec}>')


def hero_shortcuts(site, items):
    P = site["P"]
    return "".join(f"<li>{link(site, P(['genvag', slug(t)]), E(t))}</li>" for t in items)


# ================================================================ the sites

def s9161():
    s = base_site("9161", "Tjärnby", "22", "Västernorrlands län", "semantic", "slash", "#00653b", "tjarnby.se",
                  "0980-319 200", "Storgatan 1", "999 31 Tjärnby", "212900-9161",
                  header_links=['<a href="/kontakt/">Kontakt</a>'])
    svc = "/kontaktcenter/"
    icons = [("jobb", "Lediga jobb"), ("forskola", "Förskola"), ("avfall", "Sophämtning"),
             ("kontaktcenter", "Kontaktcenter"), ("bygglov", "Bygglov"), ("bibliotek", "Bibliotek")]
    targets = {"kontaktcenter": svc}
    tiles = "".join(
        f'<li><a href="{targets.get(f, "/genvag/" + f + "/")}"><img src="/bilder/ikon-{f}.svg" alt="{E(t)}" '
        f'width="96" height="96"></a></li>' for f, t in icons)
    hero = ('<section class="hero"><h1>Välkommen till Tjärnby kommun</h1><p>Här finns information och e-tjänster '
            'för dig som bor, verkar eller vistas i Tjärnby.</p>\n<nav class="hitta-snabbt" aria-label="Hitta snabbt">'
            f'<h2>Hitta snabbt</h2><ul class="icon-row">{tiles}</ul></nav></section>')
    common_pages(s)
    s["svg"] = {f"/bilder/ikon-{f}.svg": (f"ikon-{f}.svg", t) for f, t in icons}
    add(s, "/", "index.html", "Startsida", sections(s, hero), front=True, title="Tjärnby kommun")
    add(s, svc, "kontaktcenter.html", "Kontaktcenter", (
        '<h1>Kontaktcenter</h1>\n<p class="ingress">Kontaktcenter är din väg in till Tjärnby kommun. Hos oss får du '
        'svar direkt på de flesta frågor.</p>\n<h2>Vad kan vi hjälpa dig med?</h2><p>Vi svarar på frågor om bland '
        'annat förskola och skola, bygglov, avfall och återvinning, parkering och färdtjänst. Vi tar också emot '
        'felanmälningar och synpunkter.</p>\n<h2>Så når du oss</h2><p>Telefon: <a href="tel:+46980319210">0980-319 '
        '210</a><br>E-post: <a href="mailto:kontaktcenter@tjarnby.se">kontaktcenter@tjarnby.se</a><br>Besöksadress: '
        'Kommunhuset, Storgatan 1</p>\n<table class="hours"><caption>Telefontider</caption><tr><th>Måndag–torsdag'
        '</th><td>8.00–16.30</td></tr><tr><th>Fredag</th><td>8.00–15.00</td></tr></table>\n<h2>Ansvarig</h2><p>'
        'Enhetschef för kontaktcenter: Malin Sjöberg</p>'))
    add(s, "/kontakt/", "kontakt.html", "Kontakt", (
        '<h1>Kontakt</h1><p>Växel: 0980-319 200<br>E-post: kommun@tjarnby.se<br>Postadress: Tjärnby kommun, 999 31 '
        'Tjärnby</p><h2>Registrator</h2><p>Handlingar till kommunen skickas till registrator@tjarnby.se.</p>'
        '<h2>Press</h2><p>Journalister når kommunens presstjänst på press@tjarnby.se.</p>'))
    s["search_hits"] = {"kontaktcenter": [svc], "kontaktcentret": [svc]}
    return s


def s9162():
    s = base_site("9162", "Gransjö", "23", "Jämtlands län", "sitevision", "html", "#7a1f5c", "gransjo.se",
                  "08-465 004 00", "Rådhusgatan 4", "999 42 Gransjö", "212900-9162",
                  search={"path": "/sok.html", "param": "query"})
    svc = "/kundcenter.html"
    icon = ('<svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M2 3h16v10H7'
            'l-5 4z" fill="currentColor"/></svg>')
    pin = ('<svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><circle cx="10" '
           'cy="8" r="5" fill="currentColor"/></svg>')
    s["redirects"]["/kundcenter"] = [svc, 302]
    s["topbar_extra"] = [f'<a class="topbar__icon" href="/kundcenter" aria-label="Kundcenter">{icon}</a>',
                         f'<a class="topbar__icon" href="/hitta-hit.html" aria-label="Hitta hit">{pin}</a>']
    s["header_links"] = ['<a href="/kontakta-oss.html">Kontakta oss</a>']
    hero = ('<div class="sv-layout hero" id="svid12_hero"><div class="sv-portlet sv-text-portlet"><h1 '
            'class="heading">Gransjö – nära till allt</h1><p class="normal">Sjöar, skog och ett levande centrum.</p>'
            '</div><div class="sv-portlet sv-linklist-portlet"><ul class="hero__links">'
            + hero_shortcuts(s, ["Lediga jobb", "Skolval", "Sophämtning", "Bygglov"]) + '</ul></div></div>')
    common_pages(s)
    add(s, "/", "index.html", "Startsida", sections(s, hero, k={"sec": "div", "pre": "sv-layout fp"}), front=True,
        title="Startsida - Gransjö kommun")
    add(s, svc, "kundcenter.html", "Kundcenter", (
        '<div class="sv-portlet sv-text-portlet"><h1 class="heading">Kundcenter</h1><p class="normal">Kundcenter '
        'hjälper dig med frågor om bland annat:</p><ul><li>felanmälan av gatubelysning och vatten</li><li>'
        'sophämtning och slamtömning</li><li>plats i förskola och fritidshem</li><li>bygglov och anmälan</li>'
        '</ul><p class="normal">Hos oss arbetar kommunvägledare som kan svara på det mesta direkt.</p></div>'
        '<div class="sv-portlet sv-text-portlet"><h2 class="subheading">Kontakta Kundcenter</h2><p class="normal">'
        'Telefon 08-465 004 10<br>Öppet vardagar 8.00–17.00, lunchstängt 12–13</p><p><button type="button" '
        'class="chat-start">Chatta med Kundcenter</button></p></div><div class="sv-portlet sv-text-portlet">'
        '<p class="normal">Sidansvarig: Anna Ström. Senast uppdaterad 2027-10-02.</p></div>'))
    add(s, "/kontakta-oss.html", "kontakta-oss.html", "Kontakta oss", (
        '<h1 class="heading">Kontakta oss</h1><p>Växel 08-465 004 00, e-post kommun@gransjo.se.</p><p>Postadress: '
        'Gransjö kommun, 999 42 Gransjö</p><h2 class="subheading">Registrator</h2><p>registrator@gransjo.se</p>'))
    add(s, "/hitta-hit.html", "hitta-hit.html", "Hitta hit", (
        '<h1 class="heading">Hitta hit</h1><p>Kommunhuset ligger vid Rådhusgatan 4, fem minuters promenad från '
        'busstationen. Parkering finns på baksidan.</p>'))
    s["search_hits"] = {"kundcenter": [svc], "kundcentret": [svc]}
    return s


def s9163():
    s = base_site("9163", "Kvarnsund", "14", "Västra Götalands län", "municipio", "slash", "#1b4f8a",
                  "kvarnsund.se", "031-390 06 00", "Kvarngatan 10", "999 53 Kvarnsund", "212900-9163",
                  search={"path": "/", "param": "s"})
    svc = "/servicecenter/"
    s["nav"].append({"label": "Hjälp och kontakt", "path": "/Servicecenter", "virtual": True})
    s["redirects"]["/Servicecenter"] = [svc, 301]
    hero = ('<section class="c-segment c-segment--hero"><div class="c-segment__content"><h1 class="c-typography">'
            'Kvarnsund växer</h1><p>Tre nya bostadsområden planeras vid hamnen. Läs mer och tyck till.</p>'
            '<ul class="c-hero__shortcuts">' + hero_shortcuts(s, ["Lediga jobb", "Förskola", "Avfall"])
            + '</ul></div></section>')
    common_pages(s)
    add(s, "/", "index.html", "Startsida", sections(s, hero, k={"pre": "c-segment fp"}), front=True,
        title="Kvarnsunds kommun – Startsida")
    add(s, svc, "servicecenter.html", "Servicecenter", (
        '<article class="c-article"><h1>Servicecenter</h1><p class="lead">Servicecenter är kommunens gemensamma '
        'ingång. Vi svarar på frågor om skola och förskola, avfall, vatten och avlopp, bygglov, färdtjänst och '
        'föreningsbidrag, och hjälper dig med e-tjänsterna.</p><h2>Kontakt</h2><p>Telefon 031-390 06 30<br>'
        'E-post servicecenter@kvarnsund.se<br>Besöksadress Kvarngatan 10, entréplan</p><h2>Medarbetare</h2>'
        '<table class="c-table"><thead><tr><th>Namn</th><th>Roll</th><th>Enhet</th><th>Telefon</th></tr></thead>'
        '<tbody><tr><td>Jonas Ek</td><td>Enhetschef</td><td>Servicecenter</td><td>031-390 06 31</td></tr><tr><td>'
        'Sanna Berglund</td><td>Kommunvägledare</td><td>Servicecenter</td><td>031-390 06 32</td></tr><tr><td>'
        'Omar Haddad</td><td>Kommunvägledare</td><td>Servicecenter</td><td>031-390 06 33</td></tr></tbody></table>'
        '</article>'))
    s["search_hits"] = {"servicecenter": [svc], "servicecentret": [svc]}
    return s


def s9164():
    s = base_site("9164", "Ljusvik", "20", "Dalarnas län", "drupal", "noslash", "#b0451a", "ljusvik.se",
                  "040-628 04 00", "Torget 2", "999 64 Ljusvik", "212900-9164",
                  search={"path": "/search/node", "param": "keys"},
                  header_links=['<a href="/kontakt">Kontakt</a>'])
    svc = "/medborgarservice"
    hero = ('<div class="paragraph paragraph--type--hero"><div class="field field--name-field-title"><h1>Välkommen '
            'till Ljusvik</h1></div><div class="field field--name-field-shortcuts"><ul class="shortcuts">'
            + hero_shortcuts(s, ["Lediga jobb", "Skolval", "Sophämtning", "Snöröjning"]) + '</ul></div>'
            '<div class="paragraph paragraph--type--contact-box"><h2 class="contact-box__title">Medborgarservice</h2>'
            '<p class="contact-box__phone">Ring 040-628 04 50</p><p>Vardagar 8–17</p></div></div>')
    kop = ('<h2>Service och kontakt</h2><p>Har du frågor till kommunen? ' + link(s, svc, "Medborgarservice")
           + ' hjälper dig.</p>')
    common_pages(s, area_extra={"Kommun och politik": kop})
    add(s, "/", "index.html", "Startsida", sections(s, hero, k={"sec": "div", "pre": "paragraph fp"}), front=True,
        title="Startsida | Ljusviks kommun")
    add(s, svc, "medborgarservice.html", "Medborgarservice", (
        '<article class="node node--type-page"><h1 class="page-title"><span class="field field--name-title">'
        'Medborgarservice</span></h1><div class="field field--name-body"><p>Hos Medborgarservice får du hjälp med '
        'frågor om barnomsorg och skola, äldreomsorg, bygglov, avfall och gator. Vi hjälper dig också att fylla i '
        'ansökningar och använda kommunens e-tjänster.</p><h2>Kontakta oss</h2><p>Telefon: 040-628 04 50<br>'
        'E-post: medborgarservice@ljusvik.se<br>Besök oss: Torget 2, Ljusvik</p><h2>Öppettider</h2><p>Måndag–'
        'fredag 8.00–17.00</p><p>Medborgarservice leds av enhetschef Karin Vall.</p></div></article>'))
    add(s, "/kontakt", "kontakt.html", "Kontakt", (
        '<h1 class="page-title">Kontakt</h1><div class="view view-kontaktkort"><div class="views-row"><h2>'
        + link(s, svc, "Medborgarservice") + '</h2></div><div class="views-row"><h2>Registrator</h2><p>'
        'registrator@ljusvik.se</p></div><div class="views-row"><h2>Press</h2><p>press@ljusvik.se</p></div></div>'))
    s["search_hits"] = {"medborgarservice": [svc]}
    return s


def s9165():
    s = base_site("9165", "Björkala", "03", "Uppsala län", "episerver", "sv", "#2d5f2e", "bjorkala.se",
                  "08-465 004 40", "Kyrkogatan 7", "999 75 Björkala", "212900-9165", base="/sv/")
    svc = "/sv/kundtjanst/"
    s["header_links"] = [link(s, "/sv/kontakt/", "Kontakt")]
    s["redirects"]["/"] = ["/sv/", 301]
    tiles = [("Lediga jobb", "/sv/genvag/lediga-jobb/"), ("Förskola och skola", "/sv/genvag/forskola-och-skola/"),
             ("Sophämtning", "/sv/genvag/sophamtning/"), ("Frågor? Vi svarar", svc)]
    tl = "".join(f'<div class="block tileblock col-3"><a class="tile" href="{href(s, p)}"><span class="tile__icon" '
                 f'aria-hidden="true"></span><span class="tile__text">{E(t)}</span></a></div>' for t, p in tiles)
    hero = ('<div class="hero-block"><div class="hero-block__text"><h1>Björkala kommun</h1><p>Vad vill du göra '
            f'idag?</p></div><div class="ContentArea tiles row">{tl}</div></div>')
    common_pages(s)
    add(s, "/sv/", "index.html", "Startsida", sections(s, hero, k={"sec": "div", "pre": "block fp"}), front=True,
        title="Björkala kommun")
    add(s, svc, "kundtjanst.html", "Kundtjänst", (
        '<h1>Kundtjänst</h1><div class="introduction"><p>Kundtjänst svarar på frågor om skolskjuts, '
        'förskoleplatser, avgifter för vatten och avlopp, sophämtning och bygglov.</p></div><div class="ContentArea">'
        '<div class="block contactblock"><h2>Kontakta Kundtjänst</h2><p>Telefon 08-465 004 45<br>E-post: '
        'kundtjanst[at]bjorkala.se</p></div><div class="block formblock"><h2>Skriv till oss</h2>'
        '<form class="EPiServerForms" method="post" action="#"><label for="namn">Namn</label><input id="namn" '
        'name="namn"><label for="medd">Ditt meddelande</label><textarea id="medd" name="meddelande"></textarea>'
        '<button type="submit">Skicka</button></form></div><div class="block textblock"><p>Kundtjänst har sex '
        'handläggare som tar emot dina frågor.</p></div></div>'))
    add(s, "/sv/kontakt/", "kontakt.html", "Kontakt", (
        '<h1>Kontakt</h1><p>Växel 08-465 004 40<br>E-post kommun@bjorkala.se<br>Postadress: Björkala kommun, '
        '999 75 Björkala</p><h2>Allmänna handlingar</h2><p>Begär ut handlingar hos registrator@bjorkala.se.</p>'))
    s["search_hits"] = {"kundtjänst": [svc], "kundtjanst": [svc]}
    return s


def s9166():
    s = base_site("9166", "Stensjöholm", "12", "Skåne län", "bootstrap", "slash", "#5a2d82", "stensjoholm.se",
                  "040-628 04 60", "Slottsgatan 3", "999 86 Stensjöholm", "212900-9166",
                  header_links=['<a class="btn btn-outline-secondary btn-sm" href="/kontakta-oss/">Kontakta oss</a>'])
    svc = "/kommun-och-politik/kontaktcenter/"
    org = "/kommun-och-politik/organisation/"
    kp = "/kommun-och-politik/"
    for n in s["nav"]:
        subs = n["subs"]
        if n["label"] == "Kommun och politik":
            n["cols"] = [("Så styrs kommunen", [("Organisation", org), subs[1], subs[2]]),
                         ("Insyn", [subs[3], ("Protokoll", kp + "protokoll/")]),
                         ("Service och kontakt", [("Kontaktcenter", svc), subs[4], ("Felanmälan", kp + "felanmalan/")])]
        else:
            n["cols"] = [(n["label"], subs[:3]), ("Mer om " + n["label"].lower(), subs[3:])]
    hero = ('<div class="p-5 mb-4 bg-light rounded-3 hero"><h1 class="display-5">Stensjöholm – slottet, sjön och '
            'staden</h1><p class="lead">Kommunens nya översiktsplan är ute på samråd.</p><div class="row g-2">'
            + "".join(f'<div class="col-6 col-md-3"><a class="card card-body" href="/genvag/{slug(t)}/">{E(t)}</a>'
                      '</div>' for t in ["Lediga jobb", "Förskola", "Avfall", "Bygglov"]) + '</div></div>')
    common_pages(s)
    add(s, "/", "index.html", "Startsida", sections(s, hero, k={"pre": "fp"}), front=True, title="Stensjöholms kommun")
    add(s, svc, "kontaktcenter.html", "Kontaktcenter", (
        '<h1>Kontaktcenter</h1><p class="lead">Kontaktcenter tar emot dina frågor om förskola och skola, '
        'äldreomsorg, avfall, parkering, bygglov och mycket mer.</p><h2>Kontakta oss</h2><p>Telefon 040-628 04 65'
        '</p><h3>Telefontider</h3><p>Vardagar 7.30–17.00</p><p><a class="btn btn-primary" href="#chatt" role="button">'
        'Starta chatten</a></p><p>Kontaktcenter är en del av kommunledningskontoret. ' + link(s, org,
                                                                                            "Se kommunens organisation")
        + '.</p>'))
    add(s, org, "organisation.html", "Organisation", (
        '<h1>Organisation</h1><p>Kommunens förvaltning består av kommunledningskontoret och fyra förvaltningar.</p>'
        '<h2>Kommunledningskontoret</h2><ul><li>Kommundirektör: Henrik Moberg</li><li>Ekonomichef: Lina Åhman</li>'
        '<li>Chef för kontaktcenter: Emma Lindqvist</li><li>Kommunikationschef: Jesper Falk</li></ul>'
        '<h2>Förvaltningar</h2><ul><li>Barn- och utbildningsförvaltningen</li><li>Socialförvaltningen</li>'
        '<li>Samhällsbyggnadsförvaltningen</li><li>Kultur- och fritidsförvaltningen</li></ul>'))
    add(s, "/kontakta-oss/", "kontakta-oss.html", "Kontakta oss", (
        '<h1>Kontakta oss</h1><p>Växel 040-628 04 60<br>E-post kommun@stensjoholm.se<br>Postadress: Stensjöholms '
        'kommun, 999 86 Stensjöholm</p><h2>Registrator</h2><p>registrator@stensjoholm.se</p><h2>Press</h2><p>'
        'press@stensjoholm.se</p>'))
    s["search_hits"] = {"kontaktcenter": [svc], "kontaktcentret": [svc]}
    return s


def s9167():
    s = base_site("9167", "Rävmark", "08", "Kalmar län", "table", "asp", "#003a70", "ravmark.se",
                  "0980-319 230", "Torggatan 5", "999 97 Rävmark", "212900-9167", latin1=True,
                  search={"path": "/sok.asp", "param": "sokord"},
                  font="Verdana, Arial, sans-serif")
    svc = "/kontaktcenter/"
    env = ('<svg width="16" height="12" viewBox="0 0 16 12" aria-hidden="true"><rect width="16" height="12" '
           'fill="#003a70"/></svg>')
    s["header_links"] = ['<a href="/kontakt.asp">Kontakt</a>', f'<a href="/kontakt.asp" title="Kontakta oss">{env}</a>']
    s["footer_extra_links"] = ['<a href="/kontaktcenter">Kontakta oss</a>']
    s["redirects"]["/kontaktcenter"] = [svc, 301]
    hero = ('<table width="100%" cellpadding="8" cellspacing="0" border="0" class="puff"><tr><td bgcolor="#dfe8f0">'
            '<h1>Välkommen till Rävmarks kommun</h1><font size="2">Kommunen med skärgården runt knuten. '
            + " | ".join(link(s, "/genvag/" + slug(t) + ".asp", E(t)) for t in ["Lediga jobb", "Skola", "Avfall"])
            + '</font></td></tr></table>')
    common_pages(s)
    add(s, "/", "index.html", "Startsida", sections(s, hero, k={"sec": "div", "pre": "ruta"}), front=True,
        title="Rävmarks kommun - Startsida")
    add(s, svc, "kontaktcenter.html", "Kontaktcenter", (
        '<h1>Kontaktcenter</h1><p>Kontaktcenter hjälper dig med frågor om skolskjuts, bygglov, sophämtning, '
        'färdtjänst och bostadsanpassning.</p><p><b>Telefon:</b> 0980-319 235<br><b>Telefontid:</b> måndag-fredag '
        '8.00-16.00<br><b>E-post:</b> <a href="mailto:kontaktcenter@ravmark.se">kontaktcenter@ravmark.se</a></p>'
        '<p><i>Kontaktperson: Ove Lund, kommunvägledare</i><br><font size="1">Sidansvarig: webbredaktionen</font>'
        '</p>'))
    add(s, "/kontakt.asp", "kontakt.html", "Kontakt", (
        '<h1>Kontakt</h1><p>Växel: 0980-319 230<br>Fax: 0980-319 239<br>E-post: kommun@ravmark.se<br>'
        'Postadress: Rävmarks kommun, 999 97 Rävmark</p>'))
    s["search_hits"] = {"kontaktcenter": [svc], "kontaktcentret": [svc]}
    return s


def s9168():
    s = base_site("9168", "Vedalund", "17", "Värmlands län", "soup", "slash", "#8a1b1b", "vedalund.se",
                  "031-390 06 50", "Kungsgatan 12", "999 08 Vedalund", "212900-9168",
                  header_links=['<a href="/kontakt/">Kontakt</a>'])
    svc = "/kundtjanst/"
    news = list(NEWS)
    news.insert(0, ("kundtjanst-oppet-langre", "2027-11-28", "Kundtjänst har öppet längre i december",
                    "Under december har kundtjänst öppet till klockan 18 på torsdagar.",
                    "De längre öppettiderna gäller torsdagarna 2, 9 och 16 december. Mellandagarna har vi öppet "
                    "som vanligt 9–15. " + '<a href="/kundtjanst/">Till kundtjänst</a>'))
    hero = ('<div class="h0"><div class="h1x"><h1>Vinter i Vedalund</h1><p>Skridskobanan på Stora dammen är öppen. '
            'Se var det är plogat och sandat.</p></div><div class="h2x">'
            + "".join(f'<a class="h2l" href="{p}">{E(t)}</a>' for t, p in [
                ("Lediga jobb", "/genvag/lediga-jobb/"), ("Snöröjning", "/genvag/snorojning/"),
                ("Hyra bostad hos Vedalundshem AB:s kundcenter", "/bygga-bo-och-miljo/")]) + '</div></div>')
    common_pages(s, news=news[:4])
    add(s, "/", "index.html", "Startsida", sections(s, hero, k={"sec": "div", "pre": "box"}), front=True,
        title="Vedalunds kommun")
    add(s, svc, "kundtjanst.html", "Kundtjänst", (
        '<div class="c1"><h1>Kundtjänst</h1><div class="c2"><p>Kundtjänst finns här för dig. Hör av dig om du '
        'undrar något, stort som smått!</p></div><div class="c3"><p>Telefon 031-390 06 55<br>E-post '
        'kundtjanst@vedalund.se</p><p>Öppettider: måndag–fredag 8–16.30</p></div><div class="c4"><p>'
        'Kundtjänstchef: Petra Nordin</p></div></div>'))
    add(s, "/kontakt/", "kontakt.html", "Kontakt", (
        '<div class="c1"><h1>Kontakt</h1><p>Växel 031-390 06 50, e-post kommun@vedalund.se.</p><div class="k1">'
        '<a class="k1a" href="/kundtjanst/">Kundtjänst</a></div><div class="k1"><a class="k1a" '
        'href="/kommun-och-politik/">Politiker</a></div></div>'))
    s["search_hits"] = {"kundtjänst": [svc], "kundtjanst": [svc]}
    return s


def s9169():
    s = base_site("9169", "Sjöhamra", "21", "Gävleborgs län", "aria", "slash", "#0b5e73", "sjohamra.se",
                  "08-465 004 70", "Hamngatan 1", "999 19 Sjöhamra", "212900-9169",
                  header_links=['<a href="/kontakt/">Kontakt</a>'])
    svc = "/kommun-och-politik/servicekontoret/"
    s["side_tab"] = ('<div class="side-tab" style="position:fixed;right:0;top:45%;z-index:50">'
                     '<a class="side-tab__link" href="/kontakt/">Frågor?</a></div>\n')
    hero = ('<div class="r-hero" role="region" aria-label="Aktuellt"><h1>Sjöhamra kommun</h1><p>Sommarlovsaktiviteter '
            'för unga – anmälan öppnar 1 maj.</p><ul class="r-quick">'
            + hero_shortcuts(s, ["Lediga jobb", "Förskola", "Avfall", "Bygglov"]) + '</ul></div>')
    kop = ('<h2>Service</h2><p>' + link(s, svc, "Servicekontoret") + ' i kommunhuset hjälper dig med frågor och '
           'ansökningar.</p>')
    common_pages(s, area_extra={"Kommun och politik": kop})
    add(s, "/", "index.html", "Startsida", sections(s, hero, k={"sec": "div", "pre": "r-sec"}), front=True,
        title="Startsida · Sjöhamra kommun")
    add(s, svc, "servicekontoret.html", "Servicekontoret", (
        '<h1>Servicekontoret</h1><p>På Servicekontoret kan du få hjälp med bostadsanpassning, färdtjänst, '
        'parkeringstillstånd för rörelsehindrade och ansökan om plats i förskola. Du kan också låna en dator för '
        'att använda kommunens e-tjänster.</p><h2>Besök och kontakt</h2><p>Besöksadress: Hamngatan 1, '
        'kommunhusets entré<br>Telefon: 08-465 004 75</p><h2>Öppettider</h2><p>Måndag–fredag 9.00–16.00, '
        'torsdagar till 18.00</p><p>Du möter våra kommunvägledare Sara Ali och Tomas Ek.</p>'))
    add(s, "/kontakt/", "kontakt.html", "Kontakta oss", (
        '<h1>Kontakta oss</h1><p>Växel 08-465 004 70<br>E-post kommun@sjohamra.se</p><div class="r-cards">'
        '<div class="r-card">' + link(s, svc, "Servicekontoret") + '</div><div class="r-card">'
        + link(s, "/kommun-och-politik/", "Förtroendevalda") + '</div></div>'))
    s["search_hits"] = {"servicekontoret": [svc], "servicekontor": [svc]}
    return s


def s9170():
    s = base_site("9170", "Lommeby", "25", "Norrbottens län", "joomla", "joomla", "#3b3b8f", "lommeby.se",
                  "0980-319 250", "Älvgatan 9", "999 29 Lommeby", "212900-9170",
                  search={"path": "/index.php/sok", "param": "searchword"})
    svc = "/index.php/kontakt/servicecenter"
    kontakt = "/index.php/kontakt"
    s["nav"].append({"label": "Kontakt", "path": kontakt, "virtual": True, "subs": [
        ("Växel och e-post", kontakt), ("Servicecenter", svc), ("Felanmälan", kontakt + "/felanmalan"),
        ("Synpunkter och klagomål", kontakt + "/synpunkter"), ("Press", kontakt + "/press")]})
    hero = ('<div class="moduletable hero"><div class="custom"><h1>Lommeby – mitt i älvdalen</h1><p>Vintervägarna '
            'är öppna. Här hittar du information om plogning och sandning.</p><ul class="nav menu">'
            + hero_shortcuts(s, ["Lediga jobb", "Skola", "Snöröjning", "Bygglov"]) + '</ul></div></div>')
    common_pages(s)
    add(s, "/", "index.html", "Startsida", sections(s, hero, k={"sec": "div", "pre": "moduletable fp"}), front=True,
        title="Lommeby kommun - Startsida")
    add(s, svc, "servicecenter.html", "Servicecenter", (
        '<div class="item-page"><div class="page-header"><h1>Servicecenter</h1></div><div itemprop="articleBody">'
        '<p>Servicecenter svarar på frågor om avfall, vatten och avlopp, skola och omsorg.</p><p>Ring '
        'Servicecenter på 0980-319 251.</p></div><p class="small">Sidansvarig: Lisa Holm, kommunikationsenheten</p>'
        '</div>'))
    add(s, kontakt, "kontakt.html", "Kontakt", (
        '<div class="item-page"><div class="page-header"><h1>Kontakt</h1></div><div itemprop="articleBody"><p>'
        'Växel 0980-319 250<br>E-post kommun@lommeby.se<br>Postadress: Lommeby kommun, 999 29 Lommeby</p></div>'
        '</div>'))
    s["search_hits"] = {"servicecenter": [svc], "servicecentret": [svc]}
    return s


BUILDERS = [s9161, s9162, s9163, s9164, s9165, s9166, s9167, s9168, s9169, s9170]


def svg_icon(label: str, color: str) -> str:
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">'
            f'<rect width="96" height="96" rx="12" fill="{color}"/><circle cx="48" cy="38" r="18" fill="#fff"/>'
            f'<text x="48" y="84" font-family="Arial" font-size="11" fill="#fff" text-anchor="middle">{E(label)}</text>'
            '</svg>\n')


def write_site(s: dict) -> None:
    d = SITES / s["kod"]
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    render = FAMILIES[s["family"]]
    ctype = "text/html; charset=iso-8859-1" if s.get("latin1") else None

    def write(name, page):
        text = render(s, page)
        if s.get("latin1"):
            (d / name).write_bytes(text.encode("iso-8859-1", errors="xmlcharrefreplace"))
        else:
            (d / name).write_text(text, encoding="utf-8")

    pages = {}
    for path, page in sorted(s["pages"].items()):
        write(page["file"], page)
        pages[path] = {"file": page["file"], "content_type": ctype} if ctype else page["file"]
    for path, (name, label) in s.get("svg", {}).items():
        (d / name).write_text(svg_icon(label, s["color"]), encoding="utf-8")
        pages[path] = name
    write("sok.html", s["search_template"])
    sp = s["search"]
    man = {"kommunkod": s["kod"], "kommun": s["kommun"], "lan_kod": s["lan_kod"], "lan": s["lan"],
           "family": s["family"], "pages": pages, "redirects": s["redirects"],
           "robots": "User-agent: *\nDisallow: /admin/\nDisallow: /episerver/\nSitemap: __ORIGIN__/sitemap.xml\n",
           "sitemap": sorted(p for p in s["pages"]),
           "search": {"path": sp["path"], "param": sp["param"], "hits": s["search_hits"],
                      "template": {"file": "sok.html", "content_type": ctype} if ctype else "sok.html"},
           "front_status": None}
    (d / "site.json").write_text(json.dumps(man, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    SITES.mkdir(exist_ok=True)
    for b in BUILDERS:
        s = b()
        write_site(s)
        print(s["kod"], s["kommun"], len(s["pages"]), "pages")


if __name__ == "__main__":
    main()
