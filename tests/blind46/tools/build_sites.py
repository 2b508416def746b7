"""Typing aid that writes tests/blind46/sites/ (the HTML files are the corpus).

    python3 tests/blind46/tools/build_sites.py
"""
from __future__ import annotations

import json
from pathlib import Path

SITES = Path(__file__).resolve().parent.parent / "sites"

AREAS = [
    ("barn", "Barn och utbildning", ["Förskola", "Grundskola", "Gymnasieskola", "Skolskjuts"]),
    ("omsorg", "Omsorg och stöd", ["Hemtjänst", "Äldreboende", "Försörjningsstöd", "LSS"]),
    ("bygga", "Bygga, bo och miljö", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Gator och parker"]),
    ("kultur", "Kultur och fritid", ["Bibliotek", "Idrottsanläggningar", "Föreningsliv", "Kulturskola"]),
    ("naring", "Näringsliv och arbete", ["Starta företag", "Upphandling", "Lediga jobb", "Tillstånd"]),
    ("kommun", "Kommun och politik", ["Organisation", "Politik och beslut", "Budget", "Synpunkter"]),
]
SLUG = {"barn": "barn-och-utbildning", "omsorg": "omsorg-och-stod", "bygga": "bygga-bo-och-miljo",
        "kultur": "kultur-och-fritid", "naring": "naringsliv-och-arbete", "kommun": "kommun-och-politik"}
AREA_TEXT = {
    "barn": "Här hittar du information om förskola, skola och fritidshem i kommunen. Ansök om plats via e-tjänsten.",
    "omsorg": "Kommunen erbjuder stöd och omsorg till dig som behöver hjälp i vardagen. Kontakta en biståndshandläggare för att ansöka.",
    "bygga": "Information om bygglov, avfall, vatten och avlopp samt gator och parker.",
    "kultur": "Bibliotek, badhus, idrottshallar och kulturskola. Boka lokal eller hitta en förening.",
    "naring": "Vi hjälper företag att starta, växa och etablera sig. Här finns också lediga jobb i kommunen.",
    "kommun": "Om kommunens organisation, politiska beslut, budget och hur du lämnar synpunkter.",
}


def esc_path(kind: str, key: str) -> str:
    """URL of an area page in each CMS's style."""
    s = SLUG[key]
    if kind == "sitevision":
        return f"/{s}.html"
    if kind == "drupal":
        return f"/{s}"
    if kind == "table":
        return f"/{key}.asp"
    return f"/{s}/"


class Site:
    def __init__(self, code, kommun, gen, lan_kod, lan, family, domain, vaxel, address):
        self.code, self.kommun, self.gen, self.family = code, kommun, gen, family
        self.lan_kod, self.lan, self.domain, self.vaxel, self.address = lan_kod, lan, domain, vaxel, address
        self.pages: dict[str, tuple[str, str, str]] = {}   # path -> (file, title, body)
        self.redirects: dict[str, list] = {}
        self.nav_extra: dict[str, list[tuple[str, str]]] = {}   # area key -> extra sub-items
        self.nav_top_extra: list[tuple[str, str]] = []
        self.topbar: list[tuple[str, str]] = []
        self.header_links: list[tuple[str, str]] = []
        self.cards: list[tuple[str, str, str]] = []
        self.news: list[tuple[str, str, str]] = []
        self.footer_extra = ""
        self.head_extra = ""
        self.sitemap: list[str] | None = None
        self.search_hits: dict[str, list[str]] = {}
        self.search_path = "/sok/"
        self.search_param = "q"
        self.front = "/"
        self.unlinked: list[str] = []
        self.encoding = "utf-8"

    def area(self, key):
        return esc_path(self.family, key)

    def add(self, path, file, title, body):
        self.pages[path] = (file, title, body)


# ---------------------------------------------------------------- markup families

def menu_items(s: Site):
    items = []
    for key, label, subs in AREAS:
        href = s.area(key)
        sub = [(t, f"{href}#{t.lower().replace(' ', '-')}") for t in subs[:3]] + s.nav_extra.get(key, [])
        items.append((label, href, sub))
    return items + [(t, h, []) for t, h in s.nav_top_extra]


def li_links(links, cls=""):
    c = f' class="{cls}"' if cls else ""
    return "".join(f'<li{c}><a href="{h}">{t}</a></li>' for t, h in links)


def footer_text(s: Site):
    return (f"<p><strong>{s.kommun} kommun</strong><br>{s.address}<br>Växel: {s.vaxel}<br>"
            f"E-post: kommun@{s.domain}<br>Org.nr: 212000-{s.code}</p>")


def footer_links(s: Site):
    base = [("Tillgänglighetsredogörelse", s.tillg), ("Om kakor", s.tillg + "#kakor"), ("Nyheter", s.newslist)]
    return base


def shell(s: Site, title, body, front=False):
    canon = f'<link rel="canonical" href="__ORIGIN__{s.front}">\n' if front else ''
    fam = s.family
    items = menu_items(s)
    logo_alt = f"{s.kommun} kommun, till startsidan"
    search = (f'<form action="{s.search_path}" method="get" role="search"><label for="q{fam}">Sök</label>'
              f'<input id="q{fam}" type="search" name="{s.search_param}"><button>Sök</button></form>')
    tb = [("Lyssna", "#lyssna"), ("Lättläst", s.tillg + "#lattlast"), ("In English", s.tillg + "#english"), *s.topbar]
    hl = s.header_links
    cookie = '<div class="cookie-banner" id="cookies"><p>Vi använder kakor för att webbplatsen ska fungera.</p><button>Jag förstår</button></div>'
    script = "<script>document.querySelectorAll('[data-toggle]').forEach(function(b){b.addEventListener('click',function(){var t=document.getElementById(b.dataset.toggle);t.hidden=!t.hidden;});});</script>"
    head = (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{s.encoding}">\n<title>{title}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n{canon}'
            f'<style>body{{font-family:sans-serif;margin:0}}.hidden{{display:none}}</style>\n{s.head_extra if front else ""}</head>\n')
    if fam == "sitevision":
        mega = "".join(
            f'<li class="sv-menu-item"><a href="{h}">{t}</a><button data-toggle="mp{i}" aria-expanded="false">Visa</button>'
            f'<div class="sv-mega-panel" id="mp{i}" hidden><ul>{li_links(sub)}</ul></div></li>' for i, (t, h, sub) in enumerate(items))
        return head + (
            f'<body>\n<div class="sv-layout" id="svid10_1">\n<div class="sv-layout sv-template-portlet" id="svid12_top">'
            f'<div class="sv-portlet sv-linklist top-links"><ul>{li_links(tb)}</ul></div>'
            f'<div class="sv-image-portlet"><a href="/"><img src="/sitevision/logo.svg" alt="{logo_alt}"></a></div>'
            f'<div class="sv-search-portlet">{search}</div>'
            f'<div class="sv-linklist header-links"><ul>{li_links(hl)}</ul></div></div>\n'
            f'<div class="sv-layout" id="svid12_menu"><div class="sv-portlet sv-menu-portlet"><ul class="sv-menu">{mega}</ul></div></div>\n'
            f'<div class="sv-layout sv-template-main" id="svid12_main">\n{body}\n</div>\n'
            f'<div class="sv-layout sv-template-footer" id="svid12_foot"><div class="sv-text-portlet">{footer_text(s)}{s.footer_extra}</div>'
            f'<div class="sv-linklist"><ul>{li_links(footer_links(s))}</ul></div></div>\n'
            f'</div>\n{cookie}{script}\n</body>\n</html>\n')
    if fam == "episerver":
        mega = "".join(
            f'<li class="main-nav__item"><a class="main-nav__link" href="{h}">{t}</a>'
            f'<button class="main-nav__toggle" data-toggle="mm{i}" aria-expanded="false" aria-label="Visa undermeny för {t}"></button>'
            f'<div class="mega-menu" id="mm{i}" hidden><ul class="mega-menu__list">{li_links(sub)}</ul></div></li>'
            for i, (t, h, sub) in enumerate(items))
        return head + (
            f'<body class="epi-page">\n<a class="skip-link" href="#main-content">Till innehållet</a>\n'
            f'<header class="site-header"><div class="utility-bar"><ul>{li_links(tb + hl)}</ul></div>'
            f'<a class="site-header__logo" href="/"><img src="/globalassets/logo.svg" alt="{logo_alt}"></a>'
            f'<div class="site-header__search">{search}</div>\n'
            f'<nav class="main-nav" aria-label="Huvudmeny"><ul class="main-nav__list">{mega}</ul></nav></header>\n'
            f'<main id="main-content"><div class="content-area">\n{body}\n</div></main>\n'
            f'<footer class="site-footer"><div class="site-footer__contact">{footer_text(s)}{s.footer_extra}</div>'
            f'<ul class="site-footer__links">{li_links(footer_links(s))}</ul></footer>\n{cookie}{script}\n</body>\n</html>\n')
    if fam == "municipio":
        drawer = "".join(
            f'<li class="c-nav__item"><a href="{h}">{t}</a><ul class="c-nav__sub">{li_links(sub)}</ul></li>' for t, h, sub in items)
        horiz = ""
        if getattr(s, "horizontal", False):
            horiz = f'<nav class="c-nav c-nav--horizontal" aria-label="Huvudmeny"><ul>{li_links([(t, h) for t, h, _ in items])}</ul></nav>'
        return head + (
            f'<body class="wp-theme-municipio">\n<header class="c-header c-header--business">'
            f'<div class="c-header__top"><ul class="c-nav c-nav--tiles">{li_links(tb + hl)}</ul></div>'
            f'<a class="c-header__logotype" href="/"><img src="/wp-content/uploads/logo.svg" alt="{logo_alt}"></a>'
            f'<div class="c-header__search">{search}</div>'
            f'<button class="c-button c-button--menu" data-toggle="drawer" aria-controls="drawer" aria-expanded="false">Meny</button>{horiz}</header>\n'
            f'<div id="drawer" class="c-drawer" hidden><nav aria-label="Meny"><ul class="c-nav c-nav--drawer">{drawer}</ul></nav></div>\n'
            f'<main id="main-content" class="o-container">\n{body}\n</main>\n'
            f'<footer class="c-footer"><div class="c-footer__widget">{footer_text(s)}{s.footer_extra}</div>'
            f'<ul class="c-footer__links">{li_links(footer_links(s))}</ul></footer>\n{cookie}{script}\n</body>\n</html>\n')
    if fam == "drupal":
        nav = "".join(
            f'<li class="menu-item menu-item--expanded"><a href="{h}">{t}</a><ul class="menu menu--sub">{li_links(sub, "menu-item")}</ul></li>'
            for t, h, sub in items)
        return head + (
            f'<body class="path-frontpage">\n<div class="dialog-off-canvas-main-canvas">\n'
            f'<header role="banner" class="region region-header"><div class="block block-system-branding-block">'
            f'<a href="/" rel="home"><img src="/sites/default/files/logo.svg" alt="{logo_alt}"></a></div>'
            f'<div class="block block-menu top-links"><ul class="menu">{li_links(tb + hl, "menu-item")}</ul></div>'
            f'<div class="block block-search">{search}</div>\n'
            f'<nav role="navigation" id="block-mainnavigation" aria-labelledby="mainnav-title"><h2 id="mainnav-title" class="visually-hidden">Huvudmeny</h2>'
            f'<ul class="menu">{nav}</ul></nav></header>\n'
            f'<main role="main"><div class="region region-content">\n{body}\n</div></main>\n'
            f'<footer class="site-footer"><div class="region region-footer"><div class="block">{footer_text(s)}{s.footer_extra}</div>'
            f'<ul class="menu">{li_links(footer_links(s), "menu-item")}</ul></div></footer>\n</div>\n{cookie}{script}\n</body>\n</html>\n')
    if fam == "table":
        nav = "".join(f'<tr><td class="menu"><a href="{h}"><font size="2">{t}</font></a></td></tr>' for t, h, _ in items)
        return head + (
            f'<body bgcolor="#ffffff">\n<table width="100%" cellpadding="0" cellspacing="0" border="0">\n'
            f'<tr><td colspan="2" bgcolor="#003366"><a href="/"><img src="/bilder/logo.gif" alt="{logo_alt}" border="0"></a>'
            f'<font color="#ffffff" size="1"> {" | ".join(f"<a href={chr(34)}{h}{chr(34)}>{t}</a>" for t, h in tb + hl)}</font> {search}</td></tr>\n'
            f'<tr><td width="180" valign="top" bgcolor="#e0e8f0"><table width="100%">{nav}</table></td>\n'
            f'<td valign="top"><font face="Verdana, Arial" size="2">\n{body}\n</font></td></tr>\n'
            f'<tr><td colspan="2" bgcolor="#cccccc"><font size="1">{footer_text(s)}{s.footer_extra} '
            f'{" | ".join(f"<a href={chr(34)}{h}{chr(34)}>{t}</a>" for t, h in footer_links(s))}</font></td></tr>\n'
            f'</table>\n</body>\n</html>\n')
    # bootstrap (in-house)
    nav = "".join(
        f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{h}" data-bs-toggle="dropdown">{t}</a>'
        f'<div class="dropdown-menu">{"".join(f"<a class={chr(34)}dropdown-item{chr(34)} href={chr(34)}{sh}{chr(34)}>{st}</a>" for st, sh in sub)}</div></li>'
        for t, h, sub in items)
    return head + (
        f'<body>\n<div class="topbar bg-light"><div class="container"><ul class="list-inline">{li_links(tb + hl, "list-inline-item")}</ul></div></div>\n'
        f'<nav class="navbar navbar-expand-lg navbar-light"><div class="container"><a class="navbar-brand" href="/"><img src="/img/logo.png" alt="{logo_alt}"></a>'
        f'<button class="navbar-toggler" data-toggle="nb" aria-label="Meny"><span class="navbar-toggler-icon"></span></button>'
        f'<div class="collapse navbar-collapse" id="nb"><ul class="navbar-nav">{nav}</ul>{search}</div></div></nav>\n'
        f'<main class="container py-4">\n{body}\n</main>\n'
        f'<footer class="bg-dark text-white py-4"><div class="container"><div class="row"><div class="col-md-6">{footer_text(s)}{s.footer_extra}</div>'
        f'<div class="col-md-6"><ul class="list-unstyled">{li_links(footer_links(s))}</ul></div></div></div></footer>\n{cookie}{script}\n</body>\n</html>\n')


def front_body(s: Site):
    cards = "".join(f'<li class="card"><a href="{h}"><span class="card-title">{t}</span></a><p>{d}</p></li>' for t, h, d in s.cards)
    news = "".join(f'<article class="news-teaser"><h3><a href="{h}">{t}</a></h3><p>{d}</p></article>' for t, h, d in s.news)
    return (f'<section class="hero"><h1>Välkommen till {s.kommun} kommun</h1><p>Här finns service och information för dig som bor, '
            f'arbetar eller besöker {s.kommun}.</p><ul class="shortcuts">{cards}</ul></section>\n'
            f'<section class="news"><h2>Nyheter</h2>{news}<p><a href="{s.newslist}">Fler nyheter</a></p></section>\n'
            f'<section class="events"><h2>Evenemang</h2><ul><li>12 mars: Öppet hus på kulturskolan</li><li>20 mars: Kommunfullmäktige sammanträder</li></ul></section>\n'
            f'<section class="drift"><h2>Driftinformation</h2><p>Vattenavstängning på Lärkvägen tisdag kl. 9–12.</p></section>')


def area_body(s: Site, key, label, subs, extra_html=""):
    secs = "".join(f'<h2 id="{t.lower().replace(" ", "-")}">{t}</h2><p>Information om {t.lower()} i {s.kommun} kommun.</p>' for t in subs)
    return f'<h1>{label}</h1><p class="lead">{AREA_TEXT[key]}</p>{secs}{extra_html}'


def build(s: Site, area_extra: dict[str, str] | None = None):
    area_extra = area_extra or {}
    d = SITES / s.code
    d.mkdir(parents=True, exist_ok=True)
    for f in d.iterdir():
        f.unlink()
    site_name = f"{s.kommun} kommun"
    pages = {}
    pages[s.front] = ("index.html", site_name, front_body(s), True)
    for key, label, subs in AREAS:
        pages[s.area(key)] = (f"{key}.html", f"{label} - {site_name}", area_body(s, key, label, subs, area_extra.get(key, "")), False)
    for path, (file, title, body) in s.pages.items():
        pages[path] = (file, f"{title} - {site_name}", body, False)
    manifest_pages = {}
    for path, (file, title, body, fr) in pages.items():
        html = shell(s, title, body, fr)
        (d / file).write_bytes(html.encode(s.encoding, errors="xmlcharrefreplace"))
        manifest_pages[path] = file if s.encoding == "utf-8" else {"file": file, "content_type": "text/html; charset=iso-8859-1"}
    tpl = shell(s, f"Sök - {site_name}", "<h1>Sök</h1><!--SEARCH_RESULTS-->")
    (d / "sok.html").write_bytes(tpl.encode(s.encoding, errors="xmlcharrefreplace"))
    tspec = "sok.html" if s.encoding == "utf-8" else {"file": "sok.html", "content_type": "text/html; charset=iso-8859-1"}
    m = {"kommunkod": s.code, "kommun": s.kommun, "lan_kod": s.lan_kod, "lan": s.lan, "family": s.family,
         "pages": manifest_pages, "redirects": s.redirects,
         "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
         "sitemap": s.sitemap if s.sitemap is not None else list(manifest_pages),
         "search": {"path": s.search_path, "param": s.search_param, "hits": s.search_hits, "template": tspec},
         "front_status": None, "unlinked": s.unlinked}
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def common(s: Site):
    """Paths for news list and accessibility page in the family's URL style."""
    suf = {"sitevision": ".html", "drupal": "", "table": ".asp"}.get(s.family, "/")
    s.newslist = f"/nyheter{suf}"
    s.tillg = f"/tillganglighetsredogorelse{suf}"
    s.suf = suf
    return suf


def std_pages(s: Site, news_items: list[tuple[str, str, str]]):
    """News list, news items (slug, headline, body) and the accessibility statement."""
    suf = s.suf
    lst = ""
    for slug, head, body in news_items:
        p = f"/nyheter/{slug}{suf}"
        s.add(p, f"nyhet-{slug}.html", head, f'<article><h1>{head}</h1><p class="date">2026-02-1{len(lst) % 9}</p>{body}</article>')
        lst += f'<li><a href="{p}">{head}</a></li>'
    s.add(s.newslist, "nyheter.html", "Nyheter", f"<h1>Nyheter</h1><ul class=\"news-list\">{lst}</ul>")
    s.add(s.tillg, "tillganglighet.html", "Tillgänglighetsredogörelse",
          f'<h1>Tillgänglighetsredogörelse</h1><p>{s.kommun} kommun står bakom denna webbplats. Vi vill att så många som möjligt ska kunna använda den.</p>'
          f'<h2 id="kakor">Kakor</h2><p>Webbplatsen använder nödvändiga kakor.</p><h2 id="lattlast">Lättläst</h2><p>Texter på lättläst svenska.</p>'
          f'<h2 id="english">In English</h2><p>Information in English.</p><p>Brister i tillgänglighet kan anmälas till webbredaktionen, webb@{s.domain}.</p>')
    s.news = [(h, f"/nyheter/{slug}{suf}", b.split("</p>")[0].replace("<p>", "")[:120]) for slug, h, b in news_items]


STD_NEWS = [
    ("budget-2027", "Kommunfullmäktige har beslutat om budget för 2027", "<p>Budgeten innebär satsningar på skola och äldreomsorg.</p>"),
    ("ny-forskola", "Ny förskola öppnar i höst", "<p>Förskolan får sex avdelningar och ett tillagningskök.</p>"),
]
HOURS_TABLE = ('<table class="hours"><caption>Öppettider</caption><tr><th>Måndag–torsdag</th><td>08.00–17.00</td></tr>'
               '<tr><th>Fredag</th><td>08.00–16.00</td></tr></table>')


def s9525():
    s = Site("9525", "Fårvika", "Fårvikas", "01", "Stockholms län", "sitevision", "farvika.se", "08-465 004 00",
             "Fårvika kommun, Storgatan 1, 999 25 Fårvika")
    common(s)
    kc = "/kommun-och-politik/kontakta-kommunen/kontaktcenter.html"
    org = "/kommun-och-politik/organisation.html"
    s.topbar = [("Kontaktcenter", kc)]
    s.cards = [("Lediga jobb", s.area("naring") + "#lediga-jobb", "Sök jobb hos oss"), ("Förskola", s.area("barn") + "#förskola", "Ansök om plats"),
               ("Bygglov", s.area("bygga") + "#bygglov", "Så söker du bygglov"), ("Avfall", s.area("bygga") + "#avfall-och-återvinning", "Hämtning och taxor")]
    std_pages(s, [*STD_NEWS, ("skatteverket-servicekontor", "Skatteverkets servicekontor i Fårvika får nya öppettider", "<p>Statens servicecenter i Fårvika har öppet tisdagar och torsdagar. Frågor om skatt och folkbokföring besvaras av Skatteverket.</p>")])
    s.nav_extra = {"kommun": [("Kontaktcenter", kc), ("Organisation", org)]}
    s.add(kc, "kontaktcenter.html", "Kontaktcenter",
          '<div class="sv-text-portlet"><h1>Kontaktcenter</h1><p class="lead">Kontaktcenter är kommunens gemensamma ingång för dig som har frågor.</p>'
          '<p>Vi svarar på frågor om bland annat:</p><ul><li>förskola och skola</li><li>bygglov och detaljplaner</li><li>avfall, vatten och avlopp</li>'
          '<li>hemtjänst och färdtjänst</li></ul><p>Det vi inte kan svara på direkt kopplar vi vidare till rätt handläggare.</p>'
          '<h2>Kontakta oss</h2><p>Telefon: <a href="tel:+46846500410">08-465 004 10</a><br>E-post: kontaktcenter@farvika.se</p>'
          f'{HOURS_TABLE}<h2>Ansvarig</h2><p>Enhetschef för kontaktcenter: Maria Holm</p>'
          f'<p><a href="{org}">Så är kommunen organiserad</a></p></div>')
    s.add(org, "organisation.html", "Organisation",
          '<h1>Organisation</h1><p>Kommunen leds av kommunstyrelsen. Kommundirektör är Henrik Brandt.</p><p>Kommunledningsförvaltningen omfattar ekonomi, HR, kommunikation och kontaktcenter.</p>')
    s.footer_extra = '<p>Fårvika Energi AB – kundtjänst 08-465 004 90</p>'
    s.search_hits = {"kontaktcenter": [kc]}
    build(s)


def s9526():
    s = Site("9526", "Granhed", "Granheds", "03", "Uppsala län", "episerver", "granhed.se", "031-390 06 00",
             "Granheds kommun, Rådhusgatan 4, 999 26 Granhed")
    common(s)
    sc = "/kommun-och-politik/servicecenter/"
    ft = "/naringsliv-och-arbete/servicecenter-for-foretag/"
    s.header_links = [("Kontakta oss", "/kontakta-oss")]
    s.redirects = {"/kontakta-oss": [sc, 301]}
    s.cards = [("Servicecenter – vi hjälper dig", sc, "Ring, mejla eller chatta med oss"), ("Lediga jobb", s.area("naring") + "#lediga-jobb", "Jobba hos oss"),
               ("Skolval", s.area("barn") + "#grundskola", "Välj skola"), ("Felanmälan", s.area("bygga") + "#gator-och-parker", "Gator och belysning")]
    std_pages(s, STD_NEWS)
    s.nav_extra = {"naring": [("Servicecenter för företag", ft)]}
    s.add(sc, "servicecenter.html", "Servicecenter",
          '<div class="block text-block"><h1>Servicecenter</h1><p class="preamble">Servicecenter svarar på frågor om bland annat bygglov, skolskjuts, hemtjänst och avgifter.</p>'
          '<p>Våra kommunvägledare hjälper dig också att fylla i ansökningar och e-tjänster.</p>'
          '<div class="contact-block"><h2>Så når du oss</h2><p>Telefon 031-390 06 10, vardagar 8–16.30</p><p>E-post: servicecenter@granhed.se</p>'
          '<button class="chat-button" type="button">Chatta med oss</button></div>'
          '<p class="page-owner">Sidansvarig: Kommunikationsavdelningen</p></div>')
    s.add(ft, "foretag.html", "Servicecenter för företag",
          '<h1>Servicecenter för företag</h1><p>Vi hjälper företagare med tillstånd, lokaler och etablering. Näringslivschef: Tobias Kron, 031-390 06 30.</p>')
    s.search_hits = {"servicecenter": [sc, ft]}
    build(s)


def s9527():
    s = Site("9527", "Ljusmyra", "Ljusmyras", "20", "Dalarnas län", "municipio", "ljusmyra.se", "0980-319 200",
             "Ljusmyra kommun, Kyrkvägen 2, 999 27 Ljusmyra")
    common(s)
    ms = "/kommun-och-politik/medborgarservice/"
    org = "/kommun-och-politik/organisation/"
    s.header_links = [("Kontakt", "/kontakt/")]
    s.cards = [("Lediga jobb", s.area("naring") + "#lediga-jobb", "Sök jobb"), ("Snöröjning", s.area("bygga") + "#gator-och-parker", "Var plogar vi?"),
               ("Bibliotek", s.area("kultur") + "#bibliotek", "Öppettider och e-böcker")]
    std_pages(s, STD_NEWS)
    s.nav_extra = {"kommun": [("Medborgarservice", ms), ("Organisation", org)]}
    s.add("/kontakt/", "kontakt.html", "Kontakt",
          '<h1>Kontakt</h1><p>Ring kommunens växel 0980-319 200 eller skicka e-post till kommun@ljusmyra.se.</p><p>Postadress: Ljusmyra kommun, 999 27 Ljusmyra</p>')
    s.add(ms, "medborgarservice.html", "Medborgarservice",
          '<article class="c-article"><h1>Medborgarservice</h1><p>Medborgarservice hjälper dig med frågor om barnomsorg, äldreomsorg, bygglov och felanmälan.</p>'
          '<p>Ring oss på 0980-319 220 så hjälper vi dig vidare.</p>'
          f'<p>Läs mer om <a href="{org}">kommunens organisation</a>.</p></article>')
    s.add(org, "organisation.html", "Organisation",
          '<h1>Organisation</h1><p>Kommunledningskontoret ansvarar för ekonomi, personal och kommunikation.</p>'
          '<p>Medborgarservice leds av enhetschef Karin Ås.</p>')
    s.search_param = "s"
    s.search_path = "/"
    s.search_hits = {"medborgarservice": [ms]}
    build(s)


def s9528():
    s = Site("9528", "Björkeda", "Björkedas", "07", "Kronobergs län", "drupal", "bjorkeda.se", "040-628 04 00",
             "Björkeda kommun, Torget 1, 999 28 Björkeda")
    common(s)
    kc = "/kundcenter"
    s.header_links = [("Kontakta oss", "/kontakta-oss")]
    s.cards = [("Förskola", s.area("barn") + "#förskola", "Ansök om plats"), ("Bygglov", s.area("bygga") + "#bygglov", "Så går det till"),
               ("Lediga jobb", s.area("naring") + "#lediga-jobb", "Jobba hos oss")]
    std_pages(s, [*STD_NEWS, ("bjorkedahem", "Björkedahems kundcenter flyttar till Torget", "<p>Bostadsbolaget Björkedahem AB öppnar sitt kundcenter i nya lokaler. Hyresgäster når kundcentret på 040-628 04 95.</p>")])
    s.footer_extra = f'<div class="block footer-kundcenter"><h2>Kundcenter</h2><p>040-628 04 10<br>kundcenter@bjorkeda.se</p><p><a href="{kc}">Kundcenter</a></p></div>'
    s.add("/kontakta-oss", "kontakta-oss.html", "Kontakta oss",
          '<h1>Kontakta oss</h1><p>Du kan alltid ringa växeln eller skicka e-post. Vill du lämna en synpunkt använder du e-tjänsten.</p><p>Kommundirektör: Lars Ekberg</p>')
    s.add(kc, "kundcenter.html", "Kundcenter",
          '<div class="field field--name-body"><h1>Kundcenter</h1><p>Välkommen till Kundcenter! Vi finns här för dig. Hör av dig om du undrar något.</p>'
          '<p>Telefon: 040-628 04 10<br>E-post: kundcenter@bjorkeda.se</p><p>Kontaktperson för webbplatsen: Emma Sundin</p></div>')
    s.search_hits = {"kundcenter": [kc, "/nyheter/bjorkedahem"]}
    build(s)


def s9529():
    s = Site("9529", "Rävlunda", "Rävlundas", "10", "Blekinge län", "table", "ravlunda.se", "0980-319 250",
             "Rävlunda kommun, Box 1, 999 29 Rävlunda")
    s.encoding = "iso-8859-1"
    common(s)
    s.front = "/index.asp"
    s.redirects = {"/": ["/index.asp", 302]}
    s.header_links = [("Kontakta oss", "/kontakt.asp")]
    s.cards = [("Bygglovsservice", "/bygglovsservice.asp", "Frågor om bygglov"), ("Lediga jobb", s.area("naring") + "#lediga-jobb", "Jobba hos oss")]
    std_pages(s, [*STD_NEWS, ("statens-servicekontor", "Statens servicekontor öppnar i Rävlunda", "<p>Försäkringskassans kundcenter och Skatteverket finns nu på plats i Statens servicecenter på Järnvägsgatan.</p>")])
    s.add("/kontakt.asp", "kontakt.html", "Kontakta oss",
          '<h1>Kontakta oss</h1><p>Kommunens växel: 0980-319 250. Vardagar 8–16.</p><p>E-post: kommun@ravlunda.se</p><p>Postadress: Box 1, 999 29 Rävlunda</p>')
    s.add("/bygglovsservice.asp", "bygglovsservice.html", "Bygglovsservice",
          '<h1>Bygglovsservice</h1><p>Bygglovsservice svarar på frågor om bygglov, marklov och anmälan. Telefontid tisdag och torsdag 9–11 på 0980-319 260.</p>'
          '<p>Ansvarig: bygglovschef Anna Rask</p>')
    s.footer_extra = '<br>Rävlunda Energi AB kundtjänst: 0980-319 270'
    s.search_hits = {}
    build(s)


def s9530():
    s = Site("9530", "Kronvik", "Kronviks", "22", "Västernorrlands län", "sitevision", "kronvik.se", "0980-319 280",
             "Kronviks kommun, Hamngatan 3, 999 30 Kronvik")
    common(s)
    old = "/4.2f1c9a7d18b3e5a0c1f.html"
    s.header_links = [("Kontakt", "/kontakt.html")]
    s.cards = [("Skola", s.area("barn") + "#grundskola", "Skolval och skolskjuts"), ("Hemtjänst", s.area("omsorg") + "#hemtjänst", "Ansök om stöd")]
    std_pages(s, STD_NEWS)
    s.add("/kontakt.html", "kontakt.html", "Kontakt",
          '<h1>Kontakt</h1><p>Växel 0980-319 280, vardagar 7.30–16.30.</p><p>E-post kommun@kronvik.se</p><p>Besöksadress: Hamngatan 3</p>')
    s.add(old, "kontaktcenter.html", "Kontaktcenter",
          '<div class="sv-text-portlet"><h1>Kontaktcenter</h1><p>Vi svarar på dina frågor. Hör av dig till oss!</p><p>Telefon 0980-319 281</p></div>')
    s.unlinked = [old]
    s.search_hits = {"kontaktcenter": [old]}
    build(s)


def s9531():
    s = Site("9531", "Älvtorp", "Älvtorps", "12", "Skåne län", "episerver", "alvtorp.se", "040-628 04 00",
             "Älvtorps kommun, Stadshuset, Kanalgatan 10, 999 31 Älvtorp")
    common(s)
    ka = "/kontakt-alvtorp/"
    s.front = "/sv/"
    s.redirects = {"/": ["/sv/", 301]}
    s.cards = [("Kontakt Älvtorp", ka, "Ring, mejla eller chatta med Kontakt Älvtorp – vi svarar på dina frågor"),
               ("Förskola", s.area("barn") + "#förskola", "Ansök om plats"), ("Parkering", s.area("bygga") + "#gator-och-parker", "Tillstånd och avgifter"),
               ("Lediga jobb", s.area("naring") + "#lediga-jobb", "Jobba hos oss")]
    std_pages(s, STD_NEWS)
    s.add(ka, "kontakt-alvtorp.html", "Kontakt Älvtorp",
          '<div class="block text-block"><h1>Kontakt Älvtorp</h1><p class="preamble">Kontakt Älvtorp är kommunens gemensamma kundtjänst.</p>'
          '<p>Hos oss får du svar på frågor om förskola, skola, bygglov, parkering, avfall och mycket mer.</p>'
          '<h2>Kontaktuppgifter</h2><p>Telefon 040-628 04 10 (vardagar 8–17)</p><p>E-post: kontakt(at)alvtorp.se</p><button class="chat-button">Starta chatt</button>'
          '<h2>Medarbetare</h2><table class="staff"><tr><th>Enhet</th><th>Roll</th><th>Namn</th></tr>'
          '<tr><td>Kontakt Älvtorp</td><td>Enhetschef</td><td>Jonas Rehn</td></tr>'
          '<tr><td>Kontakt Älvtorp</td><td>Kommunvägledare</td><td>Sara Nyman</td></tr></table></div>')
    s.footer_extra = '<p>Älvtorps Energi AB kundservice: 040-628 04 90</p>'
    s.search_hits = {"kontakt älvtorp": [ka], "kundtjänst": [ka]}
    build(s)


def s9532():
    s = Site("9532", "Hjortsala", "Hjortsalas", "18", "Örebro län", "municipio", "hjortsala.se", "031-390 06 50",
             "Hjortsala kommun, Bruksgatan 8, 999 32 Hjortsala")
    common(s)
    s.horizontal = True
    sc = "/servicecenter/"
    s.nav_top_extra = [("Servicecenter", sc)]
    s.cards = [("Bygglov", s.area("bygga") + "#bygglov", "Ansök om bygglov"), ("Lediga jobb", s.area("naring") + "#lediga-jobb", "Jobba hos oss")]
    std_pages(s, STD_NEWS)
    s.add(sc, "servicecenter.html", "Servicecenter",
          '<article class="c-article"><h1>Servicecenter</h1><p>Servicecenter är din väg in till kommunen. Vi hjälper dig med allt som rör kommunens service.</p>'
          '<p>Telefon: 031-390 06 60</p><p>E-post: servicecenter@hjortsala.se</p><p>Öppet vardagar 8–16</p>'
          '<p>Servicecenter tillhör kommunledningskontoret, som leds av kommundirektör Peter Alm.</p></article>')
    s.search_path = "/"
    s.search_param = "s"
    s.search_hits = {"servicecenter": [sc]}
    build(s)


def s9533():
    s = Site("9533", "Sälgås", "Sälgås", "25", "Norrbottens län", "drupal", "salgas.se", "0980-319 290",
             "Sälgås kommun, Skolgatan 2, 999 33 Sälgås")
    common(s)
    va = "/salgas-vatten-och-avfall"
    ft = "/servicecenter-for-foretag"
    s.head_extra = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization",'
                    '"name":"Sälgås kommun","contactPoint":{"@type":"ContactPoint","contactType":"Kontaktcenter","telephone":"+46980319290"}}</script>\n'
                    '<meta name="description" content="Sälgås kommun – kontaktcenter, e-tjänster och nyheter">\n')
    s.header_links = [("Kontakta oss", "/kontakta-oss")]
    s.nav_top_extra = [("Vatten och avfall", va)]
    s.nav_extra = {"naring": [("Servicecenter för företag", ft)]}
    s.cards = [("Kundtjänst för VA och renhållning", va, "Sälgås Vatten och Avfall AB"), ("Lediga jobb", s.area("naring") + "#lediga-jobb", "Jobba hos oss")]
    std_pages(s, [*STD_NEWS, ("region-kundtjanst", "Region Norrkustens kundtjänst för färdtjänst byter nummer", "<p>Region Norrkustens kundtjänst för färdtjänst nås från 1 mars på 0980-319 299.</p>")])
    s.add("/kontakta-oss", "kontakta-oss.html", "Kontakta oss",
          '<h1>Kontakta oss</h1><!-- gamla kontaktcenter-sidan borttagen 2025 --><p>Ring växeln 0980-319 290, vardagar 8–16, eller mejla kommun@salgas.se.</p>'
          '<p>Kommunens handläggare svarar på frågor inom sina områden.</p>')
    s.add(va, "vatten-avfall.html", "Sälgås Vatten och Avfall AB",
          '<h1>Sälgås Vatten och Avfall AB</h1><p>Det kommunala bolaget sköter vatten, avlopp och sophämtning.</p>'
          '<h2>Kundtjänst för VA och renhållning</h2><p>Vi svarar på frågor om taxor, tömning och vattenläckor. Telefon 0980-319 295, e-post kundtjanst@salgasvatten.se.</p>'
          '<p>Kundtjänstchef: Ola Lindqvist</p>')
    s.add(ft, "foretag.html", "Servicecenter för företag",
          '<h1>Servicecenter för företag</h1><p>Vi hjälper dig som driver företag med tillstånd och lokaler. Telefon 0980-319 296.</p><p>Enhetschef: Malin Öst</p>')
    s.search_hits = {"kontaktcenter": [], "kundtjänst": [va]}
    build(s)


def s9534():
    s = Site("9534", "Tjärnvik", "Tjärnviks", "21", "Gävleborgs län", "bootstrap", "tjarnvik.se", "08-465 004 50",
             "Tjärnviks kommun, Stadshuset, Nygatan 12, 999 34 Tjärnvik")
    common(s)
    mk = "/kontakt/medborgarkontoret/"
    s.header_links = [("Kontakt", "/kontakt/")]
    s.cards = [("Skolskjuts", s.area("barn") + "#skolskjuts", "Ansök om skolskjuts"), ("Avfall", s.area("bygga") + "#avfall-och-återvinning", "Sophämtning"),
               ("Lediga jobb", s.area("naring") + "#lediga-jobb", "Jobba hos oss")]
    std_pages(s, STD_NEWS)
    s.add("/kontakt/", "kontakt.html", "Kontakt",
          '<h1>Kontakt</h1><div class="row"><div class="col-md-4"><div class="card"><div class="card-body"><h2 class="h5"><a href="/kontakt/medborgarkontoret/">Medborgarkontoret</a></h2>'
          '<p>Besök oss i stadshuset.</p></div></div></div><div class="col-md-4"><div class="card"><div class="card-body"><h2 class="h5">Växel</h2><p>08-465 004 50</p></div></div></div>'
          '<div class="col-md-4"><div class="card"><div class="card-body"><h2 class="h5">Felanmälan</h2><p>Anmäl fel på gator och belysning via e-tjänsten.</p></div></div></div></div>')
    s.add(mk, "medborgarkontoret.html", "Tjärnviks medborgarkontor",
          '<h1>Tjärnviks medborgarkontor</h1><p>På medborgarkontoret får du hjälp med ansökningar om bostadsanpassning, färdtjänst och parkeringstillstånd, '
          'och du kan låna dator för att använda kommunens e-tjänster.</p>'
          f'<p>Besöksadress: Stadshuset, Nygatan 12</p>{HOURS_TABLE}'
          '<p>Frågor om innehållet: handläggare Eva Berg</p><p class="small">Sidansvarig: Webbredaktionen</p>')
    s.search_hits = {"medborgarkontor": [mk], "medborgarkontoret": [mk]}
    build(s)


def main():
    for f in (s9525, s9526, s9527, s9528, s9529, s9530, s9531, s9532, s9533, s9534):
        f()
    print("sites written to", SITES)


if __name__ == "__main__":
    main()
