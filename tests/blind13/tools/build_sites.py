"""Typing aid for the thirteenth blind corpus: writes sites/<kod>/ (the files are the corpus).

    python3 tests/blind13/tools/build_sites.py
"""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "sites"

AREAS = [
    ("barn-och-utbildning", "Barn och utbildning",
     ["Förskola", "Grundskola", "Gymnasieskola", "Vuxenutbildning", "Skolskjuts", "Fritidshem"]),
    ("omsorg-och-stod", "Omsorg och stöd",
     ["Hemtjänst", "Särskilt boende", "Färdtjänst", "Ekonomiskt bistånd", "LSS", "Anhörigstöd"]),
    ("bygga-bo-och-miljo", "Bygga, bo och miljö",
     ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Detaljplaner", "Tomter", "Miljötillsyn"]),
    ("kultur-och-fritid", "Kultur och fritid",
     ["Bibliotek", "Idrottshallar", "Föreningsbidrag", "Kulturskola", "Badplatser", "Evenemang"]),
    ("trafik-och-gator", "Trafik och gator",
     ["Parkering", "Snöröjning", "Gatubelysning", "Felanmälan", "Cykel", "Kollektivtrafik"]),
    ("kommun-och-politik", "Kommun och politik",
     ["Kommunfullmäktige", "Nämnder", "Budget", "Styrdokument", "Organisation", "Allmänna handlingar"]),
]
NEWS = [
    ("nyheter/budget-2027", "Budgeten för 2027 är antagen",
     "Kommunfullmäktige antog på måndagskvällen budgeten för nästa år. Mest pengar går till skolan och äldreomsorgen."),
    ("nyheter/ny-forskola", "Ny förskola i norra delen klar till hösten",
     "Bygget av förskolan vid Björkbacken går enligt plan. Sex avdelningar och en stor gård med plats för odling "
     "står klara i augusti, och ansökan till de nya platserna öppnar redan i april."),
    ("nyheter/sommarjobb", "Sök sommarjobb hos kommunen",
     "Är du född 2009 eller 2010? Nu kan du söka feriepraktik inom äldreomsorgen, parkförvaltningen och "
     "fritidsgårdarna. Sista ansökningsdag är den 31 mars."),
    ("nyheter/badhuset", "Badhuset stänger för renovering",
     "Simhallen stänger den 1 juni för byte av bassängduk och ventilation. Under tiden hänvisar vi till "
     "utomhusbaden och grannkommunernas simhallar. Skolsimmet flyttas till hösten."),
    ("nyheter/vagarbete-storgatan", "Vägarbete på Storgatan i vår",
     "Från den 3 mars byts vatten- och avloppsledningar under Storgatan. Räkna med omledning för bussarna."),
]
AO = ["Avfall", "Badplatser", "Bibliotek", "Bygglov", "Detaljplaner", "Ekonomiskt bistånd", "Förskola",
      "Färdtjänst", "Gatubelysning", "Grundskola", "Hemtjänst", "Idrottshallar", "Kulturskola", "LSS",
      "Parkering", "Skolskjuts", "Snöröjning", "Tomter", "Vatten och avlopp", "Äldreboende"]
EVENTS = [("12 mars", "Föreläsning om släktforskning på biblioteket"), ("15 mars", "Vårmarknad på torget"),
          ("20 mars", "Öppet hus på kulturskolan"), ("28 mars", "Medborgardialog om nya badhuset"),
          ("2 april", "Konsert med kommunens musikskola i kyrkan"), ("5 april", "Skräpplockardagen"),
          ("9 april", "Sagostund för de minsta"), ("14 april", "Kommunfullmäktige sammanträder")]
ABOUT = ("<p>Kommunen har drygt {n} invånare och ett rikt föreningsliv. Här finns {feat}. Varje år "
         "flyttar många barnfamiljer hit för närheten till naturen och de korta avstånden till skola och "
         "arbete. Kommunen är också en av de största arbetsgivarna i länet, med omkring {emp} medarbetare "
         "inom skola, vård och omsorg, teknik och kultur.</p><p>Vi arbetar ständigt med att göra våra "
         "tjänster enklare att använda. Många ärenden kan du i dag sköta själv via våra e-tjänster, dygnet "
         "runt. Logga in med e-legitimation för att följa dina ärenden, ändra ett abonnemang eller ansöka "
         "om plats i förskolan. Har du synpunkter på webbplatsen tar vi gärna emot dem.</p>")


def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), (" ", "-"), (",", "")):
        t = t.replace(a, b)
    return t


def area_href(area: str, sub: str | None = None) -> str:
    return f"/{area}/" + (f"#{slug(sub)}" if sub else "")


class Site:
    """One site: S = site settings; the HTML is built from blocks whose class names vary per site."""

    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.pages: dict[str, str] = {}
        self.redirects: dict[str, list] = {}
        self.extra_links: dict[str, str] = {}

    # --- chrome -------------------------------------------------------------
    def topbar(self) -> str:
        p = self.px
        return (f'<div class="{p}-topbar"><ul class="{p}-toptools">'
                '<li><a href="/lyssna/">Lyssna</a></li><li><a href="/lattlast/">Lättläst</a></li>'
                '<li><a href="/teckensprak/">Teckenspråk</a></li>'
                '<li><a href="/languages/" lang="en">Other languages</a></li>'
                f'{self.topbar_extra}</ul></div>')

    def megamenu(self) -> str:
        p = self.px
        out = [f'<nav class="{p}-mainnav" aria-label="Huvudmeny"><ul class="{p}-nav-l1">']
        for area, name, subs in AREAS:
            extra = self.sub_extra.get(area, "")
            items = "".join(f'<li><a href="{area_href(area, s)}">{s}</a></li>' for s in subs)
            out.append(f'<li class="{p}-nav-item"><a href="/{area}/">{name}</a>'
                       f'<button class="{p}-expand" aria-expanded="false" aria-label="Visa undermeny för {name}"></button>'
                       f'<div class="{p}-drop" hidden><p class="{p}-drop-intro">Allt om {name.lower()} – '
                       f'från ansökan och avgifter till regler och kontaktuppgifter.</p><ul class="{p}-nav-l2">{items}{extra}</ul></div></li>')
        out.append(self.nav_extra)
        out.append("</ul></nav>")
        return "".join(out)

    def header(self) -> str:
        p = self.px
        return (f'<div class="{p}-cookie" role="dialog" aria-label="Kakor"><p>{self.kommun} kommun använder kakor '
                'för att webbplatsen ska fungera och för att förbättra den. '
                '<a href="/om-webbplatsen/kakor/">Läs mer om kakor</a></p>'
                f'<button>Godkänn alla</button><button>Endast nödvändiga</button></div>'
                f'<header class="{p}-header">{self.topbar()}'
                f'<a class="{p}-logo" href="/"><img src="/logo.svg" alt="{self.kommun} kommun, till startsidan"></a>'
                f'<form class="{p}-search" action="/sok/" role="search"><label for="q">Sök på webbplatsen</label>'
                f'<input id="q" name="q" type="search" placeholder="{self.placeholder}"><button>Sök</button></form>'
                f'{self.header_extra}{self.megamenu()}</header>')

    def footer(self) -> str:
        p = self.px
        return (f'<footer class="{p}-footer"><div class="{p}-fcol"><h2>{self.kommun} kommun</h2>'
                f'<p>{self.addr}<br>Telefon (växel): {self.vaxel}<br>E-post: '
                f'<a href="mailto:{self.mail}">{self.mail}</a><br>Org.nr: {self.orgnr}</p></div>'
                f'<div class="{p}-fcol"><h2>Genvägar</h2><ul>'
                '<li><a href="/kommun-och-politik/">Lediga jobb</a></li>'
                '<li><a href="/nyheter/">Nyheter</a></li>'
                '<li><a href="/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a></li>'
                '<li><a href="/om-webbplatsen/kakor/">Kakor</a></li>'
                '<li><a href="/om-webbplatsen/personuppgifter/">Behandling av personuppgifter</a></li>'
                f'{self.footer_extra}</ul></div>'
                f'<div class="{p}-fcol"><h2>Följ oss</h2><ul>'
                f'<li><a href="https://facebook.example/{slug(self.kommun)}kommun">Facebook</a></li>'
                f'<li><a href="https://instagram.example/{slug(self.kommun)}kommun">Instagram</a></li>'
                f'<li><a href="https://linkedin.example/{slug(self.kommun)}-kommun">LinkedIn</a></li></ul></div></footer>')

    def page(self, path: str, title: str, main: str, *, front: bool = False) -> None:
        crumbs = "" if front else (f'<nav class="{self.px}-crumbs" aria-label="Brödsmulor"><a href="/">Start</a> › '
                                   f'<span>{title}</span></nav>')
        html = (f'<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8">'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">'
                f'<title>{title} - {self.kommun} kommun</title>'
                f'<link rel="stylesheet" href="/assets/{self.px}.css"></head>\n<body class="{self.px}">\n'
                f'{self.header()}\n<main id="innehall" class="{self.px}-main">{crumbs}{main}</main>\n'
                f'{self.footer()}\n<script src="/assets/{self.px}.js"></script></body></html>\n')
        fname = "index.html" if path == "/" else path.strip("/").replace("/", "__") + ".html"
        self.pages[path] = fname
        (self.dir / fname).write_text(html, encoding="utf-8")

    # --- standard pages ------------------------------------------------------
    def standard(self) -> None:
        for area, name, subs in AREAS:
            secs = "".join(
                f'<section id="{slug(s)}"><h2>{s}</h2><p>Här hittar du information om {s.lower()} i {self.kommun} '
                f'kommun: vem som kan få del av verksamheten, vad det kostar och hur du ansöker. '
                f'Har du frågor om {s.lower()} är du välkommen att höra av dig till oss.</p></section>' for s in subs)
            self.page(f"/{area}/", name, f"<h1>{name}</h1><p class=\"ingress\">{self.area_intro.get(area, '')}"
                      f"Samlad information om {name.lower()}.</p>{secs}{self.area_extra.get(area, '')}")
        items = "".join(f'<li><a href="/{u}/">{h}</a><p>{t}</p></li>' for u, h, t in NEWS) + self.news_extra_list
        self.page("/nyheter/", "Nyheter", f"<h1>Nyheter</h1><ul class=\"newslist\">{items}</ul>")
        for u, h, t in NEWS:
            self.page(f"/{u}/", h, f"<article><h1>{h}</h1><p class=\"date\">Publicerad 2027-02-14</p><p>{t}</p>"
                      "<p>Läs mer på sidorna om respektive verksamhet.</p></article>")
        for u, h in (("lyssna", "Lyssna"), ("lattlast", "Lättläst"), ("teckensprak", "Teckenspråk"),
                     ("languages", "Other languages")):
            self.page(f"/{u}/", h, f"<h1>{h}</h1><p>Information om {self.kommun} kommun på {h.lower()}.</p>")
        for u, h in (("tillganglighet", "Tillgänglighetsredogörelse"), ("kakor", "Kakor"),
                     ("personuppgifter", "Behandling av personuppgifter")):
            self.page(f"/om-webbplatsen/{u}/", h, f"<h1>{h}</h1><p>{self.kommun} kommun ansvarar för den här "
                      "webbplatsen. Här beskriver vi hur vi arbetar med frågan.</p>")
        for path, (title, main) in self.custom.items():
            self.page(path, title, main)

    def front(self) -> str:
        p = self.px
        es = "".join(f'<li><a href="{area_href(a, s)}">{s}</a></li>' for a, _, subs in AREAS[:4] for s in subs[:3])
        ao = "".join(f'<li><a href="{area_href(a, s)}">{s}</a></li>'
                     for s in AO for a, _, subs in AREAS if s in subs)
        ao += "".join(f'<li><a href="/bygga-bo-och-miljo/#avfall-och-atervinning">{s}</a></li>' for s in AO if not any(s in subs for _, _, subs in AREAS))
        news = "".join(f'<li><a href="/{u}/"><h3>{h}</h3></a><p>{t}</p></li>' for u, h, t in NEWS) + self.news_teaser
        ev = "".join(f'<li><time>{d}</time> <a href="/kultur-och-fritid/#evenemang">{t}</a></li>' for d, t in EVENTS)
        areas = "".join(f'<li><a href="/{a}/"><h3>{n}</h3></a><ul>'
                        + "".join(f'<li><a href="{area_href(a, x)}">{x}</a></li>' for x in subs[:4])
                        + '</ul></li>' for a, n, subs in AREAS)
        return (f'<section class="{p}-hero"><h1>{self.hero_h1}</h1>{self.hero_extra}'
                f'<ul class="{p}-shortcuts">{self.shortcuts}</ul></section>'
                f'<section class="{p}-areas"><h2>Hitta inom kommunen</h2><ul>{areas}</ul></section>'
                f'<section class="{p}-news"><h2>Aktuellt</h2><ul>{news}</ul>'
                f'<a href="/nyheter/">Alla nyheter</a></section>'
                f'<section class="{p}-events"><h2>Evenemang</h2><ul>{ev}</ul></section>'
                f'<section class="{p}-eservices"><h2>E-tjänster och blanketter</h2><ul>{es}</ul></section>'
                f'<section class="{p}-about"><h2>Om {self.kommun}</h2>'
                + ABOUT.format(n=self.invanare, feat=self.feat, emp=self.emp) + '</section>'
                f'<section class="{p}-drift"><h2>Driftinformation</h2><ul>'
                '<li><a href="/trafik-och-gator/#felanmalan">Vattenavstängning på Ekvägen 4–12, onsdag 9–14</a></li>'
                '<li><a href="/trafik-och-gator/#gatubelysning">Gatubelysningen ur funktion i Södra parken</a></li>'
                '<li><a href="/bygga-bo-och-miljo/#avfall-och-atervinning">Återvinningscentralen har '
                'sommaröppet från 1 maj</a></li></ul></section>'
                f'<section class="{p}-jobs"><h2>Jobba hos oss</h2><p>Vi söker just nu lärare, undersköterskor, '
                'socialsekreterare och en VA-ingenjör. Som medarbetare får du friskvårdsbidrag, möjlighet till '
                'flexibel arbetstid och ett meningsfullt uppdrag nära invånarna.</p>'
                '<a href="/kommun-och-politik/">Se alla lediga jobb</a></section>'
                f'{self.front_extra}'
                f'<section class="{p}-ao"><h2>A–Ö</h2><ul>{ao}</ul></section>')

    def build(self) -> None:
        self.dir = ROOT / self.kod
        self.dir.mkdir(parents=True, exist_ok=True)
        self.standard()
        self.page("/", "Startsida", self.front(), front=True)
        (self.dir / "sok.html").write_text(
            f'<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>Sök - {self.kommun} kommun'
            f'</title></head><body><header><a href="/">{self.kommun} kommun</a></header><main><h1>Sök</h1>'
            '<!--SEARCH_RESULTS--></main></body></html>\n', encoding="utf-8")
        sm = ["/", *[p for p in self.pages if p != "/"]]
        m = {"kommunkod": self.kod, "kommun": self.kommun, "lan_kod": self.lan_kod, "lan": self.lan,
             "family": self.px, "pages": self.pages, "redirects": self.redirects,
             "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
             "sitemap": sm,
             "search": {"path": "/sok/", "param": "q", "hits": self.hits, "template": "sok.html"},
             "front_status": None}
        (self.dir / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


DEFAULTS = dict(topbar_extra="", sub_extra={}, nav_extra="", header_extra="", footer_extra="",
                placeholder="Vad letar du efter?", area_intro={}, area_extra={}, news_extra_list="",
                news_teaser="", invanare="20 000", feat="sjöar, skog och en levande stadskärna", emp="1 800", hero_extra="", front_extra="", custom={}, hits={})


def chrome(px, kod, kommun, lan_kod, lan, vaxel, mail, addr, orgnr, **kw):
    d = dict(DEFAULTS)
    d.update(kw)
    return Site(px=px, kod=kod, kommun=kommun, lan_kod=lan_kod, lan=lan, vaxel=vaxel, mail=mail, addr=addr,
                orgnr=orgnr, **d)


SC = '<li><a href="/barn-och-utbildning/#forskola">Ansök om förskola</a></li>' \
     '<li><a href="/bygga-bo-och-miljo/#avfall-och-atervinning">Sophämtning</a></li>' \
     '<li><a href="/kommun-och-politik/">Lediga jobb</a></li>'

SITES = [
    # 9101 Storå: large city, top-level Kontaktcenter; e in a staff table on a linked organisation page
    chrome("stx", "9101", "Storå", "03", "Uppsala län", "08-465 004 00", "kommun@stora.example",
           "Storå kommun, 999 01 Storå. Besök: Stortorget 1", "212000-9101",
           hero_h1="Välkommen till Storå", shortcuts=SC,
           nav_extra='<li class="stx-nav-item"><a href="/kontaktcenter/">Kontaktcenter</a></li>',
           hits={"kontaktcenter": ["/kontaktcenter/"]},
           custom={
               "/kontaktcenter/": ("Kontaktcenter", (
                   "<h1>Kontaktcenter</h1><p class=\"ingress\">Kontaktcenter är din första kontakt med Storå kommun. "
                   "Många frågor får du svar på direkt i telefon.</p><h2>Det här kan vi hjälpa dig med</h2><ul>"
                   "<li>ansökan om plats i förskola och fritidshem</li><li>felanmälan av gatubelysning och "
                   "vägskador</li><li>frågor om sophämtning och slamtömning</li><li>bokning av idrottshallar</li>"
                   "</ul><h2>Så når du oss</h2><p>Ring <a href=\"tel:+46846500410\">08-465 004 10</a>, vardagar "
                   "7.30–17.00. Du kan också <a href=\"/kontaktcenter/#chatt\">chatta med oss</a> under samma tider."
                   "</p><p id=\"chatt\"><button class=\"stx-chat\">Starta chatten</button></p>"
                   "<p>Läs mer om <a href=\"/organisation/kommunledningsforvaltningen/\">hur "
                   "kommunledningsförvaltningen är organiserad</a>.</p>")),
               "/organisation/kommunledningsforvaltningen/": ("Kommunledningsförvaltningen", (
                   "<h1>Kommunledningsförvaltningen</h1><p>Förvaltningen stöder kommunstyrelsen och samordnar "
                   "kommunens gemensamma service.</p><table class=\"stx-staff\"><caption>Enheter och chefer</caption>"
                   "<thead><tr><th>Enhet</th><th>Roll</th><th>Namn</th></tr></thead><tbody>"
                   "<tr><td>Ekonomi</td><td>Ekonomichef</td><td>Hampus Dahl</td></tr>"
                   "<tr><td>Kontaktcenter</td><td>Enhetschef</td><td>Malin Örnsköld</td></tr>"
                   "<tr><td>HR</td><td>HR-chef</td><td>Yasmin Karimi</td></tr></tbody></table>")),
           }),
    # 9102 Vikby: mid-size; hero shortcut card Medborgarservice; only Kontaktperson + Kommundirektör
    chrome("vkb", "9102", "Vikby", "05", "Östergötlands län", "031-390 06 00", "info@vikby.example",
           "Box 17, 999 12 Vikby. Besöksadress: Kungsgatan 8", "212000-9102",
           hero_h1="Det händer i Vikby", shortcuts=SC + '<li class="vkb-card"><a href="/medborgarservice/">'
           '<img src="/img/hand.svg" alt=""><span>Medborgarservice</span><small>Vi svarar på dina frågor</small>'
           '</a></li>',
           hits={"medborgarservice": ["/medborgarservice/"]},
           custom={
               "/medborgarservice/": ("Medborgarservice", (
                   "<h1>Medborgarservice</h1><p>Hos medborgarservice får du hjälp med det mesta, till exempel "
                   "frågor om <strong>bygglov, parkeringstillstånd, färdtjänst och avgifter för barnomsorg</strong>."
                   "</p><dl class=\"vkb-contact\"><dt>Telefon</dt><dd>031-390 06 20</dd><dt>E-post</dt>"
                   "<dd>medborgarservice[at]vikby.example</dd><dt>Besök</dt><dd>Kungsgatan 8, entréplan</dd></dl>"
                   "<aside class=\"vkb-contactperson\"><h2>Kontaktperson</h2><p>Jonas Berg, kommunvägledare</p>"
                   "</aside><p>Övergripande ansvar för kommunens verksamheter har kommundirektör Anna Fors.</p>")),
           }),
    # 9103 Mellanås: footer-only Servicecenter; header Kontakt -> generic page linking onward
    chrome("mla", "9103", "Mellanås", "07", "Kronobergs län", "040-628 04 00", "kommunen@mellanas.example",
           "Mellanås kommun, Storgatan 22, 999 23 Mellanås", "212000-9103",
           hero_h1="Mellanås – mitt i skogen", shortcuts=SC,
           nav_extra='<li class="mla-nav-item"><a href="/kontakt/">Kontakt</a></li>',
           footer_extra='<li><a href="/servicecenter/">Servicecenter</a></li>',
           hits={"servicecenter": ["/servicecenter/"]},
           custom={
               "/kontakt/": ("Kontakt", (
                   "<h1>Kontakt</h1><p>Du når kommunens växel på 040-628 04 00. Vill du skicka en handling till "
                   "kommunen använder du kommunen@mellanas.example.</p><ul><li><a href=\"/kommun-och-politik/\">"
                   "Politiker och nämnder</a></li><li><a href=\"/om-webbplatsen/personuppgifter/\">Dataskydd</a>"
                   "</li></ul>")),
               "/servicecenter/": ("Servicecenter", (
                   "<h1>Servicecenter</h1><p>På Servicecenter svarar vi på frågor om bland annat skolskjuts, "
                   "hemtjänstavgifter, tomtkö och felanmälan av vatten och avlopp.</p><p>Telefon: 040-628 04 10"
                   "<br>Telefontid: måndag–torsdag 8–16, fredag 8–15<br>Du hittar oss i kommunhusets entré, "
                   "Storgatan 22.</p><p class=\"mla-pageinfo\">Sidansvarig: Lotta Sjö, webbredaktör</p>")),
           }),
    # 9104 Lillholm: small; footer contact block names Kundcenter; bare page; housing company kundcenter in header
    chrome("lho", "9104", "Lillholm", "08", "Kalmar län", "0980-319 200", "kommun@lillholm.example",
           "Lillholms kommun, Hamngatan 4, 999 34 Lillholm", "212000-9104",
           hero_h1="Lillholm – skärgårdskommunen", shortcuts=SC,
           header_extra='<p class="lho-partner"><a href="https://lillholmshem.example/kundcenter">'
           'Lillholmshem kundcenter</a></p>',
           footer_extra='<li class="lho-fblock"><a href="/kundcenter/">Kundcenter</a> 0980-319 210, '
           '<a href="mailto:kundcenter@lillholm.example">kundcenter@lillholm.example</a></li>',
           hits={"kundcenter": ["/kundcenter/"]},
           custom={
               "/kundcenter/": ("Kundcenter", (
                   "<h1>Kundcenter</h1><p>Vi finns här för dig! Hör av dig om du undrar något, så hjälper vi dig "
                   "vidare.</p><p>Telefon 0980-319 210<br>E-post kundcenter@lillholm.example</p>")),
           }),
    # 9105 Åsvik: service page only from the area page; search placeholder names it
    chrome("asv", "9105", "Åsvik", "10", "Blekinge län", "040-628 04 50", "asvik@asvik.example",
           "Åsviks kommun, Rådhusgatan 1, 999 45 Åsvik", "212000-9105",
           hero_h1="Välkommen till Åsvik", shortcuts=SC, placeholder="Sök, t.ex. kommunservice eller bygglov",
           area_extra={"kommun-och-politik": (
               "<section><h2>Kontakta kommunen</h2><p>Frågor om kommunens verksamheter tar "
               "<a href=\"/kommun-och-politik/kommunservice/\">Kommunservice</a> emot.</p></section>")},
           hits={"kommunservice": ["/kommun-och-politik/kommunservice/"]},
           custom={
               "/kommun-och-politik/kommunservice/": ("Kommunservice", (
                   "<h1>Kommunservice</h1><p>Kommunservice svarar på frågor om kommunens verksamheter, till exempel "
                   "äldreomsorg, skolval, bibliotekskort och avfallsabonnemang.</p><h2>Öppettider</h2><table>"
                   "<tr><th>Måndag–torsdag</th><td>8.00–16.30</td></tr><tr><th>Fredag</th><td>8.00–15.00</td></tr>"
                   "</table><p>E-post: kommunservice@asvik.example</p><p>Kommunservice leds av en enhetschef "
                   "och ingår i kommunledningskontoret.</p>")),
           }),
    # 9106 Bäckeby: named only in running text; commented-out header link; no channel
    chrome("bkb", "9106", "Bäckeby", "20", "Dalarnas län", "0980-319 250", "backeby@backeby.example",
           "Bäckeby kommun, Kyrkvägen 3, 999 56 Bäckeby", "212000-9106",
           hero_h1="Bäckeby – nära till allt", shortcuts=SC,
           header_extra='<!-- <a class="bkb-quick" href="/medborgarkontoret/">Medborgarkontoret</a> '
           'tillfälligt borttagen, sidan under omarbetning -->',
           custom={
               "/flytta-hit/": ("Flytta hit", (
                   "<h1>Flytta hit</h1><p>Funderar du på att flytta till Bäckeby? Här finns lediga tomter, "
                   "bra skolor och nära till naturen. Välkommen att kontakta vårt medborgarkontor om du vill veta "
                   "mer om att bo här.</p>")),
           },
           area_extra={"bygga-bo-och-miljo": "<p><a href=\"/flytta-hit/\">Flytta hit – så är det att bo i "
                       "Bäckeby</a></p>"},
           hits={"medborgarkontor": ["/flytta-hit/"]}),
    # 9107 Granfors: only excluded names; 'Kontakta Granfors kommun' generic
    chrome("grf", "9107", "Granfors", "22", "Västernorrlands län", "08-465 004 70", "granfors@granfors.example",
           "Granfors kommun, Bruksgatan 9, 999 67 Granfors", "212000-9107",
           hero_h1="Granfors kommun", shortcuts=SC,
           nav_extra='<li class="grf-nav-item"><a href="/kontakta-oss/">Kontakta Granfors kommun</a></li>',
           news_teaser='<li><a href="/nyheter/statens-servicecenter/"><h3>Statens servicecenter öppnar i '
           'Granfors</h3></a><p>Nu kan du få hjälp med Skatteverkets och Försäkringskassans ärenden i centrum.</p></li>',
           news_extra_list='<li><a href="/nyheter/statens-servicecenter/">Statens servicecenter öppnar i Granfors</a></li>',
           sub_extra={"bygga-bo-och-miljo": '<li><a href="/bygga-bo-och-miljo/#vatten-och-avlopp">Granfors Vatten AB:s '
                      'kundtjänst för VA och avfall</a></li>'},
           hits={"kundtjänst": ["/bygga-bo-och-miljo/"]},
           custom={
               "/kontakta-oss/": ("Kontakta oss", (
                   "<h1>Kontakta oss</h1><p>Ring växeln 08-465 004 70 vardagar 8–16.30 så kopplar vi dig rätt. "
                   "Brev och handlingar skickar du till registrator, granfors@granfors.example.</p>")),
               "/nyheter/statens-servicecenter/": ("Statens servicecenter öppnar i Granfors", (
                   "<article><h1>Statens servicecenter öppnar i Granfors</h1><p>Från den 1 april finns Statens "
                   "servicecenter på Bruksgatan 12. Där får du hjälp med ärenden hos Skatteverket, "
                   "Försäkringskassan och Pensionsmyndigheten.</p></article>")),
           }),
    # 9108 Hemsta: top-bar labelled block Invånarservice; 'allt' only; Chef för invånarservice
    chrome("hms", "9108", "Hemsta", "14", "Västra Götalands län", "031-390 06 50", "hemsta@hemsta.example",
           "Hemsta kommun, Torget 5, 999 78 Hemsta", "212000-9108",
           hero_h1="Hemsta växer", shortcuts=SC,
           topbar_extra='<li class="hms-service"><a href="/invanarservice/">Invånarservice</a> '
           '<a href="tel:+46313900651">031-390 06 51</a></li>',
           hits={"invånarservice": ["/invanarservice/"]},
           custom={
               "/invanarservice/": ("Invånarservice", (
                   "<h1>Invånarservice</h1><p>Vi hjälper dig med allt som rör kommunen – stort som smått.</p>"
                   "<p>Telefon 031-390 06 51, vardagar 8–17. E-post invanarservice@hemsta.example.</p>"
                   "<p>Chef för invånarservice: Petra Nyberg</p>")),
           }),
]

if __name__ == "__main__":
    for s in SITES:
        s.build()
    print("built", len(SITES), "sites")
