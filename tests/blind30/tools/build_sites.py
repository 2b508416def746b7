#!/usr/bin/env python3
"""Typing aid that wrote tests/blind30/sites/ (the HTML files are the corpus; labels.csv is
hand-coded and not generated). Standard library only.

    python3 tests/blind30/tools/build_sites.py

Chrome (header, menus, footer) comes from families.py, filler text from content.py; every
word that decides a label (service pages, contact pages, news about units, footer blocks) is
written out below, site by site.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from content import AREAS, ENGLISH, ESERVICES, EVENTS, KAKOR, LATTLAST, TILLGANGLIGHET  # noqa: E402
from families import FAMILIES, esc  # noqa: E402

SITES_DIR = HERE.parent / "sites"

class Site:
    def __init__(self, **kw):
        self.top_links: list = []
        self.header_links: list = []
        self.footer_links: list = []
        self.footer_block = ""
        self.drawer_extra: list = []
        self.menu_extra: list = []
        self.area_names: dict = {}
        self.area_extra: dict = {}
        self.extra_subs: dict = {}
        self.redirects: dict = {}
        self.relative = False
        self.pages: dict = {}     # path -> (file, html)
        self.extra: list = []     # (path, file, title, h1, body, crumbs)
        self.__dict__.update(kw)
        self.kommun_full = f"{self.gen} kommun"

    # paths and links ---------------------------------------------------------------
    def L(self, path: str) -> str:
        """manifest path -> href as written in this site's markup"""
        if not self.relative:
            return path
        return "default.asp" if path == "/" else path.lstrip("/")

    def area_path(self, k):
        return self.style.format(slug=AREAS[k][0])

    def area_href(self, k):
        return self.L(self.area_path(k))

    def sub_href(self, k, sid):
        return self.area_href(k) + "#" + sid

    def area_name(self, k):
        return self.area_names.get(k, AREAS[k][1])

    def menu_subs(self, k):
        out = [(nm, self.sub_href(k, sid)) for sid, nm, _ in AREAS[k][3]]
        return out + [(nm, self.L(p)) for nm, p in self.extra_subs.get(k, [])]


def area_body(s: Site, k: str) -> str:
    _slug, _name, intro, subs = AREAS[k]
    parts = [f'<p class="lead">{esc(intro)}</p>']
    for sid, nm, text in subs:
        parts.append(f'<section id="{sid}" class="topic"><h2>{esc(nm)}</h2><p>{esc(text)}</p></section>')
    parts.append(s.area_extra.get(k, ""))
    return "\n".join(parts)


def build(s: Site) -> dict:
    fam = FAMILIES[s.family]
    out_dir = SITES_DIR / s.kod
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    L = s.L
    s.p = {k: L(v) for k, v in s.paths.items()}
    s.front.setdefault("eservices", [(t, s.sub_href(k, sid)) for t, k, sid in ESERVICES if k in s.areas])
    s.front.setdefault("events", [(d, t, s.sub_href(k, sid)) for d, t, k, sid in EVENTS])
    s.front["news"] = [(n["date"], n["title"], L(n["path"]), n["teaser"]) for n in s.news]
    files: dict[str, str] = {}
    pages: dict[str, object] = {}

    def add(path, fname, title, h1, body, crumbs=(), front=False):
        main = fam.front(s) if front else fam.content(s, h1, body, [(t, L(p)) for t, p in crumbs])
        html = fam.doc(s, path, title, main, front=front)
        files[fname] = html
        pages[path] = {"file": fname, "content_type": "text/html; charset=iso-8859-1"} if s.family == "table" else fname

    add(s.paths["front"], "index.html", s.front.get("title", "Startsida"), None, None, front=True)
    for k in s.areas:
        add(s.area_path(k), AREAS[k][0] + ".html", s.area_name(k), s.area_name(k), area_body(s, k))
    items = "".join(f'<li><a href="{L(n["path"])}">{esc(n["title"])}</a> <span class="date">{n["date"]}</span><br>{esc(n["teaser"])}</li>'
                    for n in s.news)
    add(s.paths["nyheter"], "nyheter.html", "Nyheter", "Nyheter", f'<ul class="news-list">{items}</ul>')
    for i, n in enumerate(s.news, 1):
        body = f'<p class="date">Publicerad {n["date"]}</p>\n<p class="lead">{esc(n["teaser"])}</p>\n{n["body"]}'
        add(n["path"], f"nyhet{i}.html", n["title"], n["title"], body, crumbs=[("Nyheter", s.paths["nyheter"])])
    fmt = {"kommun": s.kommun, "inv": s.inv, "vx_int": s.vx_int}
    add(s.paths["tillg"], "tillganglighet.html", "Tillgänglighetsredogörelse", "Tillgänglighetsredogörelse", TILLGANGLIGHET.format(**fmt))
    add(s.paths["kakor"], "kakor.html", "Kakor", "Om kakor", KAKOR)
    add(s.paths["lattlast"], "lattlast.html", "Lättläst", "Lättläst", LATTLAST.format(**fmt))
    add(s.paths["english"], "english.html", "In English", "In English", ENGLISH.format(**fmt))
    for path, fname, title, h1, body, crumbs in s.extra:
        add(path, fname, title, h1, body, crumbs)
    # search template
    tpl_main = fam.content(s, "Sökresultat", '<div class="search-results">\n<!--SEARCH_RESULTS-->\n</div>')
    files["sok.html"] = fam.doc(s, s.search["path"], "Sök", tpl_main)

    for fname, html in files.items():
        if s.family == "table":
            (out_dir / fname).write_bytes(html.encode("iso-8859-1", errors="xmlcharrefreplace"))
        else:
            (out_dir / fname).write_text(html, encoding="utf-8")
    manifest = {
        "kommunkod": s.kod, "kommun": s.kommun, "lan_kod": s.lan_kod, "lan": s.lan, "family": s.family,
        "pages": dict(sorted(pages.items())),
        "redirects": s.redirects,
        "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
        "sitemap": sorted(pages),
        "search": {**s.search, "template": {"file": "sok.html", "content_type": "text/html; charset=iso-8859-1"}
                   if s.family == "table" else "sok.html"},
        "front_status": None,
    }
    (out_dir / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return manifest


def std_paths(style: str, **kw) -> dict:
    p = {"front": "/", "nyheter": style.format(slug="nyheter"), "tillg": style.format(slug="tillganglighetsredogorelse"),
         "kakor": style.format(slug="om-kakor"), "lattlast": style.format(slug="lattlast"),
         "english": style.format(slug="in-english")}
    p.update(kw)
    return p


def news(path, date, title, teaser, body):
    return {"path": path, "date": date, "title": title, "teaser": teaser, "body": body}


SITES: list[Site] = []

# =========================================================================== 9327 Ullvik
# drupal. a1 b1 c1 d1 e1 = 5
S = Site(kod="9327", kommun="Ullvik", gen="Ullviks", lan_kod="24", lan="Västerbottens län", family="drupal",
         color="#1d5c7a", style="/{slug}", vx="0980-319 200", vx_tel="+46980319200", vx_int="+46 980 319 200",
         email="kommun@ullvik.se", street="Storgatan 14", postbox="Box 14, 999 27 Ullvik", pnr="999 27", ort="Ullvik",
         inv="14 800", areas=["barn", "omsorg", "bygga", "trafik", "avfall", "kultur", "naringsliv", "kommun"])
S.paths = std_paths("/{slug}", kontakt="/kontakta-oss", service="/kontaktcenter")
S.top_links = [("Lättläst", "/lattlast"), ("Teckenspråk", "/lattlast#teckensprak"), ("Other languages", "/in-english"),
               ("Kontaktcenter", "/kontaktcenter")]
S.footer_links = [("Kontakt", "/kontakt"), ("Tillgänglighetsredogörelse", "/tillganglighetsredogorelse"), ("Om kakor", "/om-kakor")]
S.redirects = {"/kontakt": ["/kontakta-oss", 301]}
S.search = {"path": "/sok", "param": "keys", "hits": {"kontaktcenter": ["/kontaktcenter"], "kontaktcentret": ["/kontaktcenter", "/nyheter/kontaktcentret-rekordvinter"]}}
S.front = {"title": "Startsida", "hero_title": "Välkommen till Ullviks kommun",
           "hero_text": "Här hittar du information om kommunens verksamheter, e-tjänster och det som händer i Ullvik just nu.",
           "drift": "Inga kända driftstörningar just nu."}
S.news = [
    news("/nyheter/sok-sommarjobb", "2025-04-28", "Nu kan du söka sommarjobb i kommunen",
         "Ungdomar som är födda 2007–2009 och bor i Ullvik kan söka feriejobb fram till den 15 maj.",
         "<p>Kommunen erbjuder i år 180 feriejobb inom bland annat äldreomsorg, parkskötsel och fritidsgårdar. "
         "Jobben pågår i tre veckor under juni, juli eller augusti och lönen är 95 kronor i timmen.</p>"
         "<p>Du ansöker i kommunens rekryteringssystem. Alla som söker i tid och uppfyller kraven får ett erbjudande.</p>"),
    news("/nyheter/kontaktcentret-rekordvinter", "2025-03-10", "Kontaktcentret tog emot rekordmånga samtal i vintras",
         "Snön gav mycket att göra: under januari och februari svarade kontaktcentret på över 9 000 samtal.",
         "<p>Under januari och februari tog Ullviks kontaktcenter emot 9 340 samtal, nästan dubbelt så många som samma "
         "period i fjol. De flesta handlade om snöröjning och om sophämtning som blev försenad av ovädret.</p>"
         "<p>– Vi förstärkte med extra personal under de mest intensiva veckorna, och nästan åtta av tio frågor kunde vi "
         "lösa direkt i telefon, säger Malin Sundqvist.</p>"
         '<p>Läs mer om <a href="/kontaktcenter">kontaktcentret</a>.</p>'),
    news("/nyheter/samrad-norra-hamnen", "2025-02-20", "Samråd om ny detaljplan för Norra hamnen",
         "Förslaget omfattar cirka 200 nya bostäder och en ny förskola. Lämna dina synpunkter senast den 31 mars.",
         "<p>Planförslaget ställs ut i kommunhusets entré och på biblioteket under samrådstiden. Synpunkter lämnas "
         "skriftligt till samhällsbyggnadsnämnden.</p><p>Ett öppet samrådsmöte hålls i Folkets hus den 12 mars klockan 18.</p>"),
]
S.extra = [
    ("/kontaktcenter", "kontaktcenter.html", "Kontaktcenter", "Kontaktcenter", '''<p class="lead">Kontaktcentret är din väg in till Ullviks kommun. Ring, mejla eller kom förbi kommunhuset – vi tar emot dina frågor och ser till att du får svar.</p>
<h2>Det här kan vi hjälpa dig med</h2>
<p>Hos oss kan du ansöka om parkeringstillstånd, skolskjuts och plats i förskolan, och vi hjälper dig om du fastnar i en e-tjänst. Vi tar hand om felanmälningar om gator, gatubelysning, parker och lekplatser. Vi svarar också på frågor om sophämtning, vatten och avlopp, bygglov och bostadsanpassning.</p>
<p>De flesta frågor kan vi lösa direkt när du ringer. Är ditt ärende mer komplicerat bokar vi en tid åt dig hos en handläggare på rätt förvaltning.</p>
<h2>Så når du oss</h2>
<div class="paragraph paragraph--type--kontaktuppgifter">
<p><strong>Telefon:</strong> <a href="tel:+46980319201">0980-319 201</a><br>
<strong>E-post:</strong> <a href="mailto:kontaktcenter@ullvik.se">kontaktcenter@ullvik.se</a><br>
<strong>Besöksadress:</strong> Kommunhuset, Storgatan 14, Ullvik</p>
<table class="oppettider"><caption>Telefontider och öppettider i receptionen</caption>
<tbody><tr><th scope="row">Måndag–torsdag</th><td>8.00–17.00</td></tr><tr><th scope="row">Fredag</th><td>8.00–15.00</td></tr>
<tr><th scope="row">Dag före helgdag</th><td>8.00–12.00</td></tr></tbody></table>
</div>
<h2>Om kontaktcentret</h2>
<p>Ullviks kontaktcenter startade 2016 och är en del av kommunledningskontoret. Vi är tolv kommunvägledare med bred kunskap om kommunens verksamheter, och vi leds av Malin Sundqvist.</p>
<p>Kontaktcentrets servicelöfte: vi svarar i telefon inom fem minuter och på e-post inom två arbetsdagar.</p>''', []),
    ("/kontakta-oss", "kontakta-oss.html", "Kontakta oss", "Kontakta oss", '''<p>Ullviks kommun<br>Storgatan 14<br>999 27 Ullvik</p>
<p>Växel: 0980-319 200<br>E-post: kommun@ullvik.se</p>
<h2>Frågor om kommunens verksamheter</h2>
<p>Har du en fråga till kommunen? Börja med att kontakta <a href="/kontaktcenter">Kontaktcenter</a>.</p>
<h2>Registrator</h2><p>Handlingar till kommunen skickar du till registrator@ullvik.se.</p>
<h2>Press</h2><p>Journalister når kommunikationsenheten på 0980-319 209.</p>''', []),
]
SITES.append(S)

# =========================================================================== 9328 Sjöbrunna
# sitevision, mega-menu. a1 b1 (news teaser) c0 d1 e1 = 4
S = Site(kod="9328", kommun="Sjöbrunna", gen="Sjöbrunna", lan_kod="03", lan="Uppsala län", family="sitevision",
         color="#4b2e83", style="/{slug}.html", vx="08-465 004 00", vx_tel="+46846500400", vx_int="+46 8 465 004 00",
         email="kommun@sjobrunna.se", street="Stationsgatan 6", postbox="Box 6, 999 28 Sjöbrunna", pnr="999 28",
         ort="Sjöbrunna", inv="21 300", areas=["barn", "omsorg", "bygga", "trafik", "kultur", "naringsliv", "kommun"])
S.paths = std_paths("/{slug}.html", kontakt="/kontakt.html", service="/servicecenter.html")
S.paths["nyheter"] = "/nyheter.html"
S.top_links = [("Lättläst", "/lattlast.html"), ("Other languages", "/in-english.html")]
S.header_links = [("Kontakt", "/kontakt.html")]
S.footer_links = [("Tillgänglighetsredogörelse", "/tillganglighetsredogorelse.html"), ("Om kakor", "/om-kakor.html"), ("Kontakt", "/kontakt.html")]
S.search = {"path": "/sok.html", "param": "query", "hits": {"servicecenter": ["/servicecenter.html", "/nyheter/2025-05-20-servicecentret-har-oppet-langre-i-sommar.html"],
                                                          "servicecentret": ["/nyheter/2025-05-20-servicecentret-har-oppet-langre-i-sommar.html"]}}
S.front = {"hero_title": "Sjöbrunna – nära till allt",
           "hero_text": "Välkommen till Sjöbrunna kommun. Här finns e-tjänster, nyheter och information om kommunens verksamheter.",
           "drift": "Vattenavstängning på Bruksgatan 3–9 onsdag 21 maj kl. 8–12."}
S.news = [
    news("/nyheter/2025-05-20-servicecentret-har-oppet-langre-i-sommar.html", "2025-05-20", "Servicecentret har öppet längre i sommar",
         "Från midsommar till mitten av augusti har servicecentret öppet till klockan 18 på torsdagar.",
         "<p>Från den 23 juni till den 15 augusti har servicecentret öppet till klockan 18.00 på torsdagar. Övriga dagar "
         "gäller de vanliga tiderna.</p><p>– Många har hört av sig och önskat kvällsöppet när de är lediga, säger "
         "Hanna Berglund.</p>"
         '<p><a href="/servicecenter.html">Läs mer om Servicecenter och hur du kontaktar oss</a></p>'),
    news("/nyheter/2025-05-02-ny-forskola-i-norrbrunna.html", "2025-05-02", "Ny förskola i Norrbrunna öppnar i augusti",
         "Förskolan Humlan får sex avdelningar och plats för 110 barn.",
         "<p>Den nya förskolan byggs i trä och har en stor gård mot skogen. Platserna fördelas i den vanliga kön. "
         "Vårdnadshavare som vill byta till Humlan ansöker i e-tjänsten före den 1 juni.</p>"),
    news("/nyheter/2025-04-14-vattenlackan-pa-bruksgatan-ar-lagad.html", "2025-04-14", "Vattenläckan på Bruksgatan är lagad",
         "Alla hushåll på Bruksgatan har nu vatten igen. Gatan asfalteras under vecka 17.",
         "<p>Läckan upptäcktes på söndagskvällen och var lagad på måndag eftermiddag. Vi ber om ursäkt för "
         "besväret och tackar för tålamodet.</p>"),
]
S.extra = [
    ("/servicecenter.html", "servicecenter.html", "Servicecenter", "Servicecenter", '''<div class="sv-text-portlet sv-use-margins"><div class="sv-text-portlet-content">
<p class="ingress">Servicecentret är kommunens gemensamma kontaktpunkt för dig som bor, arbetar eller driver företag i Sjöbrunna.</p>
<p class="normal">Här får du svar på frågor om förskola och skola, hemtjänst och äldreomsorg, sophämtning och återvinning, bygglov, parkering och mycket annat. Kan vi inte svara direkt tar vi reda på vem som kan hjälpa dig och ser till att den personen kontaktar dig.</p>
</div></div>
<div class="sv-text-portlet sv-use-margins"><div class="sv-text-portlet-content">
<h2 class="subheading">Kontakta servicecentret</h2>
<p class="normal">Telefon: 08-465 004 10<br>E-post: servicecenter@sjobrunna.se</p>
<p class="normal">Telefon och chatt har öppet vardagar 8.00–16.30.</p>
<p class="normal"><button type="button" class="chat-button" aria-label="Chatta med servicecentret">Chatta med oss</button></p>
</div></div>
<div class="sv-text-portlet sv-use-margins"><div class="sv-text-portlet-content">
<h2 class="subheading">Vanliga frågor</h2>
<h3 class="heading3">Hur ansöker jag om plats i förskolan?</h3>
<p class="normal">Du ansöker i e-tjänsten Förskola och fritidshem med BankID. Vill du ha hjälp att fylla i ansökan kan du ringa oss.</p>
<h3 class="heading3">När töms mitt sopkärl?</h3>
<p class="normal">Hämtdagarna för din adress ser du i tömningskalendern. Vi kan också berätta när det är dags.</p>
<h3 class="heading3">Hur anmäler jag en trasig gatlykta?</h3>
<p class="normal">Ring eller chatta med oss, så skickar vi din felanmälan vidare till gatuenheten.</p>
</div></div>
<div class="sv-contact-portlet sv-portlet"><div class="contact-card">
<p class="contact-card__name">Hanna Berglund</p>
<p class="contact-card__title">Teamledare för servicecentret</p>
<p class="contact-card__phone">08-465 004 11</p>
</div></div>''', []),
    ("/kontakt.html", "kontakt.html", "Kontakt", "Kontakt", '''<div class="sv-text-portlet sv-use-margins"><div class="sv-text-portlet-content">
<p class="normal">Sjöbrunna kommun<br>Stationsgatan 6, 999 28 Sjöbrunna</p>
<p class="normal">Växel: 08-465 004 00 (vardagar 7.30–16.30)<br>E-post: kommun@sjobrunna.se</p>
<h2 class="subheading">Frågor till kommunen</h2>
<p class="normal">Vänd dig till <a href="/servicecenter.html">Servicecenter</a>.</p>
<h2 class="subheading">Registrator och press</h2>
<p class="normal">Registrator: registrator@sjobrunna.se<br>Presstjänst: 08-465 004 09</p>
</div></div>''', []),
]
SITES.append(S)

# =========================================================================== 9329 Granhamn
# episerver. a1 b1 c1 (hero card) d0 (bare offer) e1 (Funktionsansvarig) = 4
S = Site(kod="9329", kommun="Granhamn", gen="Granhamns", lan_kod="14", lan="Västra Götalands län", family="episerver",
         color="#00607a", style="/{slug}/", vx="031-390 06 00", vx_tel="+46313900600", vx_int="+46 31 390 06 00",
         email="kommun@granhamn.se", street="Rådhuset, Hamngatan 3", postbox="Granhamns kommun, 999 29 Granhamn",
         pnr="999 29", ort="Granhamn", inv="9 600", areas=["barn", "omsorg", "bygga", "trafik", "avfall", "kultur", "naringsliv", "kommun"])
S.paths = std_paths("/{slug}/", kontakt="/kontakt/", service="/kundcenter/")
S.top_links = [("Lättläst", "/lattlast/"), ("Teckenspråk", "/lattlast/#teckensprak"), ("Other languages", "/in-english/")]
S.header_links = [("Kontakt", "/kontakt/")]
S.footer_links = [("Kontakt", "/kontakt/"), ("Tillgänglighetsredogörelse", "/tillganglighetsredogorelse/"), ("Om kakor", "/om-kakor/")]
S.redirects = {"/kundcenter": ["/kundcenter/", 301]}
S.search = {"path": "/sok/", "param": "q", "hits": {"kundcenter": ["/kundcenter/"], "kundcentret": ["/kundcenter/"]}}
S.front = {"hero_title": "Välkommen till Granhamn",
           "hero_text": "Kommunen vid havet – med hamn, skärgård och närhet till staden.",
           "hero_cards": [("Fråga kundcentret", "/kundcenter", "Ring, mejla eller kom in till oss i Rådhuset."),
                          ("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb", "Jobba hos oss – vi söker bland annat lärare och undersköterskor."),
                          ("Felanmälan", "/trafik-och-gator/#gator-och-vagar", "Anmäl fel på gator, belysning och parker.")],
           "drift": "Inga driftstörningar rapporterade."}
S.news = [
    news("/nyheter/hamnfestivalen/", "2025-05-18", "Hamnfestivalen lockade 12 000 besökare",
         "Sol, musik och fiskrökeri – årets hamnfestival blev den största hittills.",
         "<p>Under tre dagar fylldes gästhamnen av marknadsstånd, konserter och aktiviteter för barn. Nästa år firar "
         "festivalen 25 år.</p>"),
    news("/nyheter/cykelvag-strandvagen/", "2025-05-06", "Ny gång- och cykelväg längs Strandvägen",
         "Arbetet börjar i juni och ska vara klart till hösten. Biltrafiken leds om under tiden.",
         "<p>Den nya gång- och cykelvägen blir 1,8 kilometer lång och knyter ihop centrum med badplatsen i Kvarnviken.</p>"),
    news("/nyheter/budget-2026/", "2025-04-22", "Budget 2026: mer pengar till skolan",
         "Kommunstyrelsens förslag till budget ger skolan 14 miljoner kronor mer nästa år.",
         "<p>Förslaget behandlas av kommunfullmäktige i juni. Skattesatsen föreslås vara oförändrad.</p>"),
]
S.extra = [
    ("/kundcenter/", "kundcenter.html", "Kundcenter", "Kundcenter", '''<p class="Article-preamble">Vi finns här för dig som bor i, verkar i eller besöker Granhamn.</p>
<div class="Article-body">
<p>Kundcentret är kommunens gemensamma ingång. Välkommen att kontakta oss med dina frågor – vi lyssnar, gör vårt bästa för att hjälpa dig och ser till att du kommer rätt om vi inte kan svara själva.</p>
<h2>Vårt servicelöfte</h2>
<ul><li>Vi svarar i telefon inom tre minuter.</li><li>Vi svarar på e-post inom två arbetsdagar.</li><li>Vi bemöter alla med respekt och ger ett tydligt besked om vad som händer härnäst.</li></ul>
<h2>Så är vi organiserade</h2>
<p>Kundcenter är en del av kommunledningskontorets avdelning för kommunikation och service och har fjorton medarbetare.</p>
</div>
<aside class="ContactBlock" aria-labelledby="cb-h"><h2 class="ContactBlock-heading" id="cb-h">Kontakta kundcenter</h2>
<dl class="ContactBlock-list"><dt>Telefon</dt><dd>031-390 06 20</dd><dt>E-post</dt><dd>kundcenter@granhamn.se</dd>
<dt>Öppettider</dt><dd>Måndag–fredag 8.00–17.00</dd><dt>Besöksadress</dt><dd>Rådhuset, Hamngatan 3</dd></dl></aside>
<div class="PersonBlock"><p class="PersonBlock-role">Funktionsansvarig</p><p class="PersonBlock-name">Johan Lindqvist</p><p class="PersonBlock-phone">031-390 06 25</p></div>''', []),
    ("/kontakt/", "kontakt.html", "Kontakt", "Kontakt", '''<p>Granhamns kommun, 999 29 Granhamn</p>
<p>Växel: 031-390 06 00<br>E-post: kommun@granhamn.se</p>
<h2>Har du frågor?</h2><p>Ring eller mejla <a href="/kundcenter/">Kundcenter</a>.</p>
<h2>Registrator</h2><p>registrator@granhamn.se</p>''', []),
]
SITES.append(S)

# =========================================================================== 9330 Björkdala
# municipio drawer. a1 b1 c1 (drawer top level) d1 e1 = 5
S = Site(kod="9330", kommun="Björkdala", gen="Björkdala", lan_kod="12", lan="Skåne län", family="municipio",
         color="#2f6b2f", style="/{slug}/", vx="040-628 04 00", vx_tel="+46406280400", vx_int="+46 40 628 04 00",
         email="kommun@bjorkdala.se", street="Stadshuset, Torggatan 1", postbox="999 30 Björkdala", pnr="999 30",
         ort="Björkdala", inv="17 200", areas=["barn", "omsorg", "bygga", "trafik", "avfall", "kultur", "naringsliv", "kommun"],
         area_names={"barn": "Barn & utbildning", "omsorg": "Omsorg & stöd", "bygga": "Bygga, bo & miljö", "trafik": "Trafik & gator",
                     "avfall": "Vatten & avfall", "kultur": "Kultur & fritid", "naringsliv": "Näringsliv & arbete", "kommun": "Kommun & politik"})
S.paths = std_paths("/{slug}/", service="/kontaktcenter/")
S.top_links = [("Lättläst", "/lattlast/"), ("Other languages", "/in-english/")]
S.drawer_extra = [("Kontaktcenter", "/kontaktcenter/")]
S.footer_links = [("Kontakt", "/kontakt/"), ("Tillgänglighetsredogörelse", "/tillganglighetsredogorelse/"), ("Om kakor", "/om-kakor/")]
S.redirects = {"/kontakt/": ["/kontaktcenter/", 301]}
S.search = {"path": "/", "param": "s", "hits": {"kontaktcenter": ["/kontaktcenter/", "/nyheter/chatta-med-kontaktcenter/"]}}
S.front = {"hero_title": "Björkdala – mitt i Skåne",
           "hero_text": "Nyheter, e-tjänster och information från Björkdala kommun.",
           "drift": "Planerat arbete på vattenledningen i Östra Björkdala torsdag 22 maj kl. 9–14."}
S.news = [
    news("/nyheter/chatta-med-kontaktcenter/", "2025-05-12", "Nu kan du chatta med Kontaktcenter",
         "Från och med i dag kan du ställa dina frågor i en chatt på webbplatsen, vardagar 8–16.",
         '<p>Chatten öppnar du med knappen på sidan <a href="/kontaktcenter/">Kontaktcenter</a>. Du behöver inte logga in, '
         "men skriv inga personnummer eller känsliga uppgifter i chatten.</p>"),
    news("/nyheter/hamtdagar-vecka-18/", "2025-04-24", "Ändrade hämtdagar för sophämtningen vecka 18",
         "På grund av valborg och första maj flyttas hämtningen en dag framåt.",
         "<p>Hushåll som har hämtning på torsdag får i stället hämtning på fredag. Ställ ut kärlet senast klockan 6.</p>"),
    news("/nyheter/sommarlasning/", "2025-04-10", "Bibliotekets sommarläsning startar",
         "Läs fem böcker i sommar och få en bok i present. Anmäl dig på biblioteket.",
         "<p>Sommarläsningen är för barn mellan 6 och 12 år och pågår från skolavslutningen till den 15 augusti.</p>"),
]
S.extra = [
    ("/kontaktcenter/", "kontaktcenter.html", "Kontaktcenter", "Kontaktcenter", '''<p class="lead">Välkommen med dina frågor om förskola och skola, äldreomsorg, avfall, vatten och avlopp, gator och parker – eller något helt annat som rör Björkdala kommun.</p>
<p>Kontaktcenter är kommunens första linje. Vi svarar direkt på de flesta frågor och lotsar dig vidare när ditt ärende behöver en handläggare. Kontaktcentrets medarbetare har lång erfarenhet av kommunens olika verksamheter.</p>
<h2>Exempel på ärenden vi hanterar</h2>
<ul>
<li>Ansökan om förskoleplats och byte av förskola</li>
<li>Felanmälan av gatubelysning, potthål och klotter</li>
<li>Frågor om fakturor för vatten, avlopp och sophämtning</li>
<li>Beställning av nytt sopkärl eller extra tömning</li>
<li>Bokning av kommunens lokaler och idrottshallar</li>
<li>Vägledning inför ansökan om bygglov</li>
</ul>
<div class="c-card c-card--panel"><div class="c-card__header"><h2 class="c-card__heading">Kontakta oss</h2></div><div class="c-card__body">
<ul class="unlist">
<li>Telefon: <a href="tel:+46406280410">040-628 04 10</a></li>
<li>E-post: <a href="mailto:kontaktcenter@bjorkdala.se">kontaktcenter@bjorkdala.se</a></li>
<li>Besök: Stadshuset, Torggatan 1</li>
</ul>
<table class="c-table"><caption>Öppettider</caption>
<thead><tr><th scope="col">Dag</th><th scope="col">Telefon och chatt</th><th scope="col">Besök</th></tr></thead>
<tbody><tr><td>Måndag–torsdag</td><td>8–16</td><td>9–16</td></tr><tr><td>Fredag</td><td>8–15</td><td>9–14</td></tr></tbody></table>
<button type="button" class="c-button c-button--primary js-open-chat">Starta chatten</button>
</div></div>
<div class="c-card c-card--person"><div class="c-card__body">
<p class="c-card__meta">Kontaktcenters chef</p>
<h3 class="c-card__title">Sara Lindholm</h3>
<p>040-628 04 15</p>
</div></div>''', []),
]
SITES.append(S)

# =========================================================================== 9331 Tornvalla
# table layout, ISO-8859-1, relative links, / 302 -> /default.asp.
# a1 b1 (footer block) c0 d1 e0 (kommunvägledare, Sidansvarig) = 3
S = Site(kod="9331", kommun="Tornvalla", gen="Tornvalla", lan_kod="20", lan="Dalarnas län", family="table",
         color="#7a1d1d", style="/{slug}.asp", relative=True, vx="0980-319 240", vx_tel="+46980319240", vx_int="+46 980 319 240",
         email="tornvalla.kommun@tornvalla.se", street="Kyrkogatan 2", postbox="Box 2, 999 31 Tornvalla", pnr="999 31",
         ort="Tornvalla", inv="6 100", areas=["barn", "omsorg", "bygga", "trafik", "kultur", "kommun"])
S.paths = std_paths("/{slug}.asp", front="/default.asp", kontakt="/kontakt.asp", service="/servicekontoret.asp")
S.top_links = [("In English", "in-english.asp"), ("Tillgänglighet", "tillganglighetsredogorelse.asp")]
S.header_links = [("Startsida", "default.asp"), ("Kontakt", "kontakt.asp"), ("Lättläst", "lattlast.asp")]
S.footer_links = [("Kontakt", "kontakt.asp"), ("Tillgänglighetsredogörelse", "tillganglighetsredogorelse.asp"), ("Om kakor", "om-kakor.asp")]
S.footer_block = ('<B>Servicekontoret</B><BR>Kulturhuset, Kyrkogatan 5<BR>Telefon 0980-319 245<BR>'
                  '<A HREF="servicekontoret.asp">Öppettider och mer om Servicekontoret</A>')
S.redirects = {"/": ["/default.asp", 302]}
S.search = {"path": "/sok.asp", "param": "sokord", "hits": {"servicekontoret": ["/servicekontoret.asp"], "servicekontor": ["/servicekontoret.asp", "/nyhet-statens-servicekontor.asp"]}}
S.front = {"title": "Välkommen", "hero_title": "Välkommen till Tornvalla kommun",
           "hero_text": "Tornvalla - en levande bygd vid älven.",
           "drift": "Inga störningar."}
S.news = [
    news("/nyhet-statens-servicekontor.asp", "2025-05-05", "Statens servicekontor i Tornvalla stänger 30 juni",
         "Skatteverket, Försäkringskassan och Pensionsmyndigheten stänger sitt gemensamma servicekontor på Storgatan. Närmaste statliga servicekontor finns i Norrmyra.",
         "<P>Beslutet är fattat av myndigheterna och kommunen har framfört att det försämrar servicen för invånarna.</P>"
         "<P>Kommunens servicekontor i Kulturhuset påverkas inte av beslutet och har öppet som vanligt. Där kan du "
         'fortfarande få hjälp att använda kommunens e-tjänster. <A HREF="servicekontoret.asp">Läs mer om Servicekontoret</A>.</P>'),
    news("/nyhet-simhall.asp", "2025-04-16", "Nya simhallen invigs i september",
         "Efter två års byggtid är den nya simhallen vid Älvvallen snart klar.",
         "<P>Simhallen får en 25-metersbassäng, en undervisningsbassäng och ett gym. Invigningen sker lördag 13 september.</P>"),
    news("/nyhet-kf-april.asp", "2025-04-02", "Kommunfullmäktige sammanträder den 23 april",
         "Mötet hålls i Kulturhusets hörsal och börjar klockan 18.30. Allmänheten är välkommen.",
         "<P>På dagordningen finns bland annat årsredovisningen för 2024 och en ny plan för skolskjutsar.</P>"),
]
S.extra = [
    ("/servicekontoret.asp", "servicekontoret.html", "Servicekontoret", "Servicekontoret", '''<P>På Servicekontoret i Kulturhuset får du personlig hjälp med dina kontakter med kommunen. Vi guidar dig i kommunens e-tjänster och hjälper dig att ansöka om bostadsanpassningsbidrag, färdtjänst och parkeringstillstånd för rörelsehindrade. Du kan också lämna in blanketter, hämta sopsäckar och låna en dator med skrivare.</P>
<P>Servicekontorets kommunvägledare talar svenska, engelska, arabiska och finska. Du behöver inte boka tid.</P>
<TABLE border="0" cellpadding="3" cellspacing="0" bgcolor="#F4F4EE">
<TR><TD colspan="2"><B>Öppettider</B></TD></TR>
<TR><TD>Måndag - onsdag</TD><TD>9.00 - 16.00</TD></TR>
<TR><TD>Torsdag</TD><TD>9.00 - 18.00</TD></TR>
<TR><TD>Fredag</TD><TD>9.00 - 14.00</TD></TR>
</TABLE>
<P><B>Telefon:</B> 0980-319 245<BR><B>E-post:</B> servicekontoret@tornvalla.se<BR><B>Besöksadress:</B> Kulturhuset, Kyrkogatan 5</P>
<P><B>Kommunvägledare:</B> Per Ek och Aisha Noor</P>
<HR noshade size="1"><FONT size="1">Sidansvarig: Maria Ström, informationsenheten<BR>Senast uppdaterad: 2025-03-12</FONT>''', []),
    ("/kontakt.asp", "kontakt.html", "Kontakt", "Kontakta kommunen", '''<P>Tornvalla kommun<BR>Box 2<BR>999 31 Tornvalla</P>
<P>Telefon (växel): 0980-319 240, vardagar 8.00 - 16.30<BR>E-post: tornvalla.kommun@tornvalla.se</P>
<P>Vill du ha hjälp på plats? Besök <A HREF="servicekontoret.asp">Servicekontoret</A>.</P>
<P><B>Registrator</B><BR>Handlingar skickas till kommunens postadress eller till e-postadressen ovan.</P>''', []),
]
SITES.append(S)

# =========================================================================== 9332 Lillmyra
# soup (no landmarks). a1 b1 c1 (top-level "Kontakt & medborgarservice") d0 (bare offer) e0 (politician) = 3
S = Site(kod="9332", kommun="Lillmyra", gen="Lillmyra", lan_kod="06", lan="Jönköpings län", family="soup",
         color="#9a4a00", style="/sida/{slug}", vx="040-628 04 30", vx_tel="+46406280430", vx_int="+46 40 628 04 30",
         email="kommun@lillmyra.se", street="Kommunhuset, Järnvägsgatan 8", postbox="999 32 Lillmyra", pnr="999 32",
         ort="Lillmyra", inv="8 900", areas=["barn", "omsorg", "bygga", "trafik", "avfall", "kultur", "kommun"])
S.paths = std_paths("/sida/{slug}", service="/medborgarservice")
S.paths["nyheter"] = "/nyheter"
S.top_links = [("Lättläst", "/sida/lattlast"), ("Teckenspråk", "/sida/lattlast#teckensprak"), ("In English", "/sida/in-english")]
S.menu_extra = [("Kontakt & medborgarservice", "/medborgarservice")]
S.footer_links = [("Kontakta kommunen", "/medborgarservice"), ("Tillgänglighetsredogörelse", "/sida/tillganglighetsredogorelse"), ("Kakor", "/sida/om-kakor")]
S.search = {"path": "/search", "param": "q", "hits": {"medborgarservice": ["/medborgarservice"]}}
S.front = {"hero_title": "Lillmyra kommun", "hero_text": "Småskaligt, grönt och nära. Välkommen hit!",
           "drift": "Storgatan är avstängd för biltrafik mellan Torget och Järnvägsgatan från 19 maj."}
S.news = [
    news("/nyheter/asfaltering-storgatan", "2025-05-14", "Asfaltering av Storgatan startar 19 maj",
         "Arbetet pågår i tre veckor. Bussarna leds om via Parkvägen.",
         "<p>Gatan asfalteras i etapper så att affärerna går att nå hela tiden. Parkeringen vid torget är stängd under vecka 22.</p>"),
    news("/nyheter/lovaktiviteter", "2025-04-30", "Föreningar kan söka bidrag för sommarlovsaktiviteter",
         "Föreningar som ordnar gratis aktiviteter för barn och unga i sommar kan söka bidrag senast 20 maj.",
         "<p>Bidraget är på högst 20 000 kronor per förening. Ansökan görs i kommunens bidragsportal.</p>"),
    news("/nyheter/ny-e-tjanst-bygglov", "2025-04-08", "Ny e-tjänst för bygglov",
         "Nu kan du ansöka om bygglov och göra anmälan helt digitalt.",
         "<p>E-tjänsten guidar dig genom ansökan och talar om vilka ritningar som behövs. Du loggar in med BankID.</p>"),
]
S.extra = [
    ("/medborgarservice", "medborgarservice.html", "Medborgarservice", "Medborgarservice", '''<div class="ing">Medborgarservice är kommunens kontaktväg för dig som bor och verkar i Lillmyra.</div>
<p>Välkommen att kontakta oss med dina frågor – vi hjälper dig vidare! Du kan ringa, skicka e-post eller komma förbi oss i kommunhuset.</p>
<div class="bx3"><div class="bx3h">Kontaktuppgifter</div>
<div class="bx3r">Telefon 040-628 04 35</div>
<div class="bx3r">E-post medborgarservice@lillmyra.se</div>
<div class="bx3r">Besöksadress Kommunhuset, Järnvägsgatan 8</div>
<div class="bx3r">Öppet vardagar 8.00–16.00</div></div>
<div class="bx4"><div class="bx3h">Politik</div>
<div class="bx3r">Politiskt ansvarig: Lars Nyström (C), kommunstyrelsens ordförande</div></div>''', []),
]
SITES.append(S)

# =========================================================================== 9333 Hästvik
# bootstrap. Unit page only behind the "Kontakta oss" landing page. a1 b0 c0 d0 ("allt som rör kommunen") e1 (Chef:) = 2
S = Site(kod="9333", kommun="Hästvik", gen="Hästviks", lan_kod="22", lan="Västernorrlands län", family="bootstrap",
         color="#123f6b", style="/{slug}/", vx="0980-319 260", vx_tel="+46980319260", vx_int="+46 980 319 260",
         email="kommun@hastvik.se", street="Nygatan 10", postbox="999 33 Hästvik", pnr="999 33", ort="Hästvik",
         inv="11 400", areas=["barn", "omsorg", "bygga", "trafik", "avfall", "kultur", "naringsliv", "kommun"])
S.paths = std_paths("/{slug}/", kontakt="/kontakta-oss/", service="/kundtjanst/")
S.top_links = [("Lättläst", "/lattlast/"), ("Other languages", "/in-english/")]
S.header_links = [("Kontakta oss", "/kontakta-oss/")]
S.footer_links = [("Kontakta oss", "/kontakta-oss/"), ("Tillgänglighetsredogörelse", "/tillganglighetsredogorelse/"), ("Om kakor", "/om-kakor/")]
S.search = {"path": "/sok/", "param": "q", "hits": {"kundtjänst": ["/kundtjanst/"], "kundtjanst": ["/kundtjanst/"]}}
S.front = {"hero_title": "Välkommen till Hästviks kommun", "hero_text": "Skog, sjöar och ett starkt näringsliv vid Bottenhavet.",
           "drift": "Hästviks Energi AB meddelar planerat elavbrott på Strandvägen och Lövuddsvägen tisdag 13 maj kl. 9–12. "
                    "Frågor om avbrottet besvaras av Hästviks Energi AB:s kundtjänst, 0980-319 270."}
S.news = [
    news("/nyheter/forskolan-lovudden/", "2025-05-15", "Förskolan i Lövudden byggs ut",
         "Två nya avdelningar står klara till årsskiftet och ger plats för 40 barn till.",
         "<p>Under byggtiden flyttar två avdelningar till tillfälliga lokaler vid skolan. Vårdnadshavare har fått information.</p>"),
    news("/nyheter/skolskjuts-ansokan/", "2025-04-29", "Dags att söka skolskjuts för nästa läsår",
         "Ansökan för läsåret 2025/26 ska vara inne senast den 31 maj.",
         "<p>Ansökan görs i e-tjänsten. Elever som redan har skolskjuts och inte byter skola behöver inte söka igen.</p>"),
    news("/nyheter/fritidsgardar-sommar/", "2025-04-11", "Fritidsgårdarna har öppet hela sommaren",
         "För första gången håller fritidsgårdarna öppet alla sommarveckor.",
         "<p>Öppettiderna är måndag till torsdag 13–21. Programmet finns på fritidsgårdarnas sociala medier.</p>"),
]
S.extra = [
    ("/kundtjanst/", "kundtjanst.html", "Kommunens kundtjänst", "Kommunens kundtjänst", '''<p class="lead">Kundtjänsten är Hästviks kommuns gemensamma ingång för dig som har frågor.</p>
<p>Hos oss får du svar på allt som rör kommunen. Kan vi inte svara direkt ser vi till att rätt person hör av sig till dig inom två arbetsdagar.</p>
<p>Kundtjänstens medarbetare nås på telefon och e-post.</p>
<div class="card mb-3"><div class="card-body">
<h2 class="h5 card-title">Kontakta kundtjänsten</h2>
<p class="card-text mb-1">Telefon: <a href="tel:+46980319261">0980-319 261</a></p>
<p class="card-text mb-1">E-post: <a href="mailto:kundtjanst@hastvik.se">kundtjanst@hastvik.se</a></p>
<p class="card-text">Telefontid: måndag–fredag 8.00–16.00</p>
</div></div>
<div class="card border-secondary"><div class="card-header">Kundtjänst</div>
<ul class="list-group list-group-flush"><li class="list-group-item">Chef: Linnea Åberg</li><li class="list-group-item">0980-319 266</li></ul></div>''', []),
    ("/kontakta-oss/", "kontakta-oss.html", "Kontakta oss", "Kontakta oss", '''<p>Här hittar du de vanligaste vägarna in till Hästviks kommun.</p>
<div class="row g-3">
<div class="col-md-6"><div class="card h-100"><div class="card-body"><h2 class="h5">Kundtjänst</h2><p>Kommunens kundtjänst tar emot dina samtal och din e-post.</p><a href="/kundtjanst/" class="btn btn-outline-primary">Till kundtjänsten</a></div></div></div>
<div class="col-md-6"><div class="card h-100"><div class="card-body"><h2 class="h5">Växel</h2><p>0980-319 260, vardagar 7.30–16.30</p></div></div></div>
<div class="col-md-6"><div class="card h-100"><div class="card-body"><h2 class="h5">Registrator</h2><p>registrator@hastvik.se</p></div></div></div>
<div class="col-md-6"><div class="card h-100"><div class="card-body"><h2 class="h5">Synpunkter</h2><p><a href="/kommun-och-politik/#synpunkter">Lämna synpunkter och klagomål</a></p></div></div></div>
</div>''', []),
]
SITES.append(S)

# =========================================================================== 9334 Ekebacka
# joomla. Sub-menu item only. a1 b1 c0 d0 (bare offer) e0 (Kontaktperson) = 2
S = Site(kod="9334", kommun="Ekebacka", gen="Ekebacka", lan_kod="05", lan="Östergötlands län", family="joomla",
         color="#5a3b1c", style="/index.php/{slug}", vx="08-465 004 70", vx_tel="+46846500470", vx_int="+46 8 465 004 70",
         email="info@ekebacka.se", street="Storgatan 22", postbox="999 34 Ekebacka", pnr="999 34", ort="Ekebacka",
         inv="12 700", areas=["barn", "omsorg", "bygga", "trafik", "kultur", "naringsliv", "kommun"])
S.paths = std_paths("/index.php/{slug}", kontakt="/index.php/kontakt", service="/index.php/kommun-och-politik/medborgarkontoret")
S.extra_subs = {"kommun": [("Medborgarkontoret", "/index.php/kommun-och-politik/medborgarkontoret")]}
S.top_links = [("Lättläst", "/index.php/lattlast"), ("Kontakt", "/index.php/kontakt"), ("In English", "/index.php/in-english")]
S.footer_links = [("Tillgänglighetsredogörelse", "/index.php/tillganglighetsredogorelse"), ("Om kakor", "/index.php/om-kakor")]
S.search = {"path": "/index.php/component/search/", "param": "searchword", "hits": {"medborgarkontoret": ["/index.php/kommun-och-politik/medborgarkontoret"], "medborgarkontor": ["/index.php/kommun-och-politik/medborgarkontoret"]}}
S.front = {"hero_title": "Välkommen till Ekebacka", "hero_text": "Ekebacka kommun – här växer framtiden.",
           "drift": "Inga aktuella störningar."}
S.news = [
    news("/index.php/nyheter/familjehem", "2025-05-08", "Vi söker fler familjehem",
         "Kan du ge ett barn en trygg vardag? Kommunen söker familjehem och kontaktfamiljer.",
         "<p>Som familjehem får du utbildning, handledning och ersättning. Välkommen på informationsträff den 3 juni.</p>"),
    news("/index.php/nyheter/detaljplan-ekbacksskolan", "2025-04-25", "Samråd om detaljplan för nya Ekbacksskolan",
         "Planen gör det möjligt att bygga en ny skola för 450 elever och en idrottshall.",
         "<p>Handlingarna finns att läsa i kommunhuset och på biblioteket. Lämna synpunkter senast den 20 maj.</p>"),
    news("/index.php/nyheter/kulturstipendier", "2025-04-03", "Årets kulturstipendiater är utsedda",
         "Stipendierna går till en ung violinist och en textilkonstnär från Ekebacka.",
         "<p>Stipendierna på 15 000 kronor vardera delas ut vid nationaldagsfirandet.</p>"),
]
S.extra = [
    ("/index.php/kommun-och-politik/medborgarkontoret", "medborgarkontoret.html", "Medborgarkontoret", "Medborgarkontoret", '''<dl class="article-info muted"><dt class="article-info-term">Detaljer</dt><dd class="modified"><time datetime="2025-02-03">Senast uppdaterad: 3 februari 2025</time></dd></dl>
<p>Medborgarkontoret ligger i entrén till kommunhuset på Storgatan 22. Oavsett ärende är du välkommen till oss – vi tar emot dina frågor och ser till att de hamnar hos rätt person.</p>
<p>Medborgarkontorets personal har tystnadsplikt.</p>
<h3>Öppettider</h3>
<p>Måndag–fredag 8.00–16.00</p>
<h3>Kontakt</h3>
<p>Telefon: 08-465 004 72<br>E-post: <a href="mailto:medborgarkontoret@ekebacka.se">medborgarkontoret@ekebacka.se</a></p>
<p>Kontaktperson för medborgarkontoret: Erik Nord, 08-465 004 73</p>''', [("Kommun och politik", "/index.php/kommun-och-politik")]),
    ("/index.php/kontakt", "kontakt.html", "Kontakt", "Kontakta Ekebacka kommun", '''<p>Växel: 08-465 004 70, vardagar 8.00–16.00<br>E-post: info@ekebacka.se</p>
<p>Postadress: Ekebacka kommun, 999 34 Ekebacka</p>
<p>Vill du besöka oss? Gå till <a href="/index.php/kommun-och-politik/medborgarkontoret">Medborgarkontoret</a>.</p>''', []),
]
SITES.append(S)

# =========================================================================== 9335 Rävsnäs
# BEM design system. Unit named only in running text on /trygghet-och-sakerhet/hittegods/.
# a1 b0 c0 d0 (no channel) e0 = 1
S = Site(kod="9335", kommun="Rävsnäs", gen="Rävsnäs", lan_kod="08", lan="Kalmar län", family="bem",
         color="#3c5a14", style="/{slug}/", vx="031-390 06 80", vx_tel="+46313900680", vx_int="+46 31 390 06 80",
         email="kommun@ravsnas.se", street="Stadshuset, Rådhusgatan 4", postbox="999 35 Rävsnäs", pnr="999 35", ort="Rävsnäs",
         inv="24 500", areas=["barn", "omsorg", "bygga", "trafik", "avfall", "kultur", "naringsliv", "trygghet", "kommun"])
S.paths = std_paths("/{slug}/", kontakt="/kontakt/", service="/trygghet-och-sakerhet/hittegods/")
S.top_links = [("Lättläst", "/lattlast/"), ("Other languages", "/in-english/")]
S.header_links = [("Kontakt", "/kontakt/")]
S.footer_links = [("Kontakt", "/kontakt/"), ("Tillgänglighetsredogörelse", "/tillganglighetsredogorelse/"), ("Om kakor", "/om-kakor/")]
S.area_extra = {"trygghet": '<section class="c-related"><h2>Mer inom området</h2><ul><li><a href="/trygghet-och-sakerhet/hittegods/">Hittegods</a></li></ul></section>'}
S.search = {"path": "/sok/", "param": "q", "hits": {"servicecenter": ["/trygghet-och-sakerhet/hittegods/", "/nyheter/servicecenter-for-foretag/", "/nyheter/statens-servicecenter-flyttar/"]}}
S.front = {"hero_title": "Rävsnäs kommun", "hero_text": "Kust, kultur och korta avstånd.",
           "drift": "Inga planerade avbrott."}
S.news = [
    news("/nyheter/servicecenter-for-foretag/", "2025-05-19", "Servicecenter för företag öppnar i Näringslivshuset",
         "Företagare får en gemensam ingång för tillstånd, bygglov och livsmedelsfrågor från den 2 juni.",
         "<p>Servicecenter för företag drivs av näringslivsenheten tillsammans med miljö- och byggenheten. Företagare kan "
         "boka ett möte där alla berörda handläggare är med.</p><p>– Vi vill göra det enklare att driva företag i Rävsnäs, "
         "säger Tove Ahl, näringslivschef.</p>"),
    news("/nyheter/statens-servicecenter-flyttar/", "2025-04-28", "Statens servicecenter flyttar till Stationshuset",
         "Statens servicecenter, där du får hjälp med ärenden hos Skatteverket, Försäkringskassan och Pensionsmyndigheten, flyttar i juni.",
         "<p>De nya lokalerna ligger i Stationshuset vid resecentrum. Öppettiderna är desamma som i dag.</p>"),
    news("/nyheter/trygghetsvandring-ostra/", "2025-04-09", "Trygghetsvandring i Östra Rävsnäs 14 maj",
         "Följ med polisen, bostadsbolaget och kommunen på en kvällsvandring genom området.",
         "<p>Vi samlas vid Östra torget klockan 18.30. Vandringen tar ungefär en timme och avslutas med fika.</p>"),
]
S.extra = [
    ("/trygghet-och-sakerhet/hittegods/", "hittegods.html", "Hittegods", "Hittegods", '''<p class="c-article__preamble">Har du tappat bort något, eller hittat något som någon annan har tappat? Här får du veta vart du ska vända dig.</p>
<h2>Saker som hittas i kommunens lokaler</h2>
<p>Det som glöms kvar i kommunens lokaler, till exempel i simhallen, på biblioteket eller i skolornas idrottshallar, lämnas till kommunens servicecenter i stadshuset. Där sparas sakerna i tre månader. Fråga servicecentret om du saknar något – servicecenterpersonalen hjälper dig att leta.</p>
<h2>Saker som hittas utomhus</h2>
<p>Hittegods som hittas på allmän plats, till exempel på gatan eller i en park, ska lämnas till Polisen. Du kan söka efter borttappade saker på Polisens webbplats.</p>
<p>Cyklar som kommunen har flyttat från allmän plats förvaras av gatuenheten i sex månader.</p>''', [("Trygghet och säkerhet", "/trygghet-och-sakerhet/")]),
    ("/kontakt/", "kontakt.html", "Kontakt", "Kontakt", '''<p>Rävsnäs kommun, Stadshuset, Rådhusgatan 4, 999 35 Rävsnäs</p>
<p>Växel: 031-390 06 80, vardagar 8–16<br>E-post: kommun@ravsnas.se</p>
<h2>Registrator</h2><p>registrator@ravsnas.se</p>
<h2>Press</h2><p>Kommunikationsavdelningen, 031-390 06 89</p>''', []),
]
SITES.append(S)

# =========================================================================== 9336 Källunda
# hugo, <details> menu. Only excluded names. a0 b0 c0 d0 e0 = 0
S = Site(kod="9336", kommun="Källunda", gen="Källunda", lan_kod="21", lan="Gävleborgs län", family="hugo",
         color="#005a5a", style="/{slug}/", vx="0980-319 280", vx_tel="+46980319280", vx_int="+46 980 319 280",
         email="kommun@kallunda.se", street="Kommunhuset, Bergsgatan 1", postbox="999 36 Källunda", pnr="999 36", ort="Källunda",
         inv="5 400", areas=["barn", "omsorg", "bygga", "trafik", "avfall", "kultur", "kommun"])
S.paths = std_paths("/{slug}/", kontakt="/kontakt/")
S.top_links = [("Lättläst", "/lattlast/"), ("In English", "/in-english/")]
S.header_links = [("Kontakt", "/kontakt/")]
S.footer_links = [("Kontakt", "/kontakt/"), ("Tillgänglighetsredogörelse", "/tillganglighetsredogorelse/"), ("Om kakor", "/om-kakor/")]
S.footer_block = ("<p>Frågor om vatten, avlopp och sophämtning: Källunda Vatten AB – Kundtjänst för VA och renhållning, 0980-319 295.</p>"
                  "<p>Frågor om bussar och färdbevis: Länstrafiken Mitts kundtjänst.</p>")
S.area_extra = {"bygga": '<section id="bygglovsservice"><h2>Bygglovsservice</h2><p>Bygglovsservice är bygglovsenhetens telefontid för frågor om din ansökan. Ring 0980-319 285 tisdagar och torsdagar 9–11.</p></section>'}
S.search = {"path": "/sok/", "param": "q", "hits": {"kundcenter": ["/nyheter/kallunda-bostader-kundcenter/"], "kontaktcenter": [], "servicecenter": []}}
S.front = {"title": "Källunda kommun", "hero_title": "Välkommen till Källunda", "hero_text": "Vi finns här för dig som bor i, besöker eller driver företag i Källunda.",
           "drift": "Källunda Vatten AB spolar ledningsnätet i Västerby vecka 21. Vattnet kan bli missfärgat."}
S.news = [
    news("/nyheter/kallunda-bostader-kundcenter/", "2025-05-16", "Källunda Bostäder öppnar kundcenter på Torget",
         "Kommunens bostadsbolag samlar uthyrning, felanmälan och nyckelhantering på ett ställe.",
         "<p>Källunda Bostäder AB öppnar den 2 juni ett kundcenter i gamla bankhuset på Torget.</p>"
         "<p>– Nu kan våra hyresgäster få hjälp på ett och samma ställe, säger Anna Falk, kundcenterchef på Källunda Bostäder.</p>"
         "<p>Källunda Bostäders kundcenter har öppet vardagar 8–16, telefon 0980-319 290.</p>"),
    news("/nyheter/ny-atervinningscentral/", "2025-04-22", "Ny återvinningscentral i Västerby öppnar",
         "Den nya återvinningscentralen har längre öppettider och plats för fler fraktioner.",
         "<p>Återvinningscentralen drivs av Källunda Vatten AB och öppnar lördag 10 maj klockan 10.</p>"),
    news("/nyheter/vaxeln-sommar/", "2025-04-01", "Växeln har kortare öppettider i sommar",
         "Under juli har kommunens växel öppet vardagar 8–15.",
         "<p>Akuta ärenden inom socialtjänsten hänvisas till socialjouren efter klockan 15.</p>"),
]
S.extra = [
    ("/kontakt/", "kontakt.html", "Kontakt", "Kontakta oss", '''<p>Vi finns här för dig. Ring kommunens växel på 0980-319 280, vardagar 8–16.30, så kopplar växeln dig vidare till rätt person.</p>
<p>Du kan också mejla <a href="mailto:kommun@kallunda.se">kommun@kallunda.se</a>.</p>
<p>Besöksadress: Kommunhuset, Bergsgatan 1</p>
<h2>Registrator</h2><p>Allmänna handlingar begär du ut hos registrator, registrator@kallunda.se.</p>''', []),
]
SITES.append(S)


def main() -> int:
    for s in SITES:
        m = build(s)
        print(f"{s.kod} {s.kommun}: {len(m['pages'])} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
