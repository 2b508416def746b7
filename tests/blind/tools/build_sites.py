"""Generate tests/blind/sites/<kommunkod>/ (HTML files + site.json).

Run: python3 tests/blind/tools/build_sites.py
The generated files are the corpus; this script only saves typing. Written from
RUBRIC.md alone. Labels live in tests/blind/labels.csv (hand-written).
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    ACCESS_BODY,
    COOKIES_BODY,
    esc,
    events_body,
    landing_body,
    make_areas,
    news_list_body,
    slug,
)
from families import RENDERERS, SVG_GRID, SVG_PHONE, SVG_USER

ROOT = Path(__file__).resolve().parent.parent / "sites"

DEFAULT_TOPBAR = [("Lyssna", "/lyssna", "class=\"rs-listen\""), ("Lättläst", "/lattlast", ""),
                  ("Teckenspråk", "/teckensprak", ""), ("In English", "/in-english", "lang=\"en\""),
                  ("Andra språk", "/andra-sprak", "")]

SEARCH_KEYS_ALL = ["kontaktcenter", "kontaktcentret", "servicecenter", "servicecentrum", "kundservice",
                   "kundtjänst", "kundtjanst", "kundcenter", "medborgarservice", "medborgarkontor",
                   "medborgarcenter", "servicekontor", "kommunservice", "invånarservice",
                   "medborgarservicecenter"]


def base_site(code, kommun, name, lan_kod, lan, domain, phone, phone_intl, family, **kw):
    town = kw.pop("town", kommun)
    S = {
        "code": code, "kommun": kommun, "name": name, "lan_kod": lan_kod, "lan": lan,
        "domain": domain, "phone": phone, "phone_intl": phone_intl, "family": family,
        "email": f"kommun@{domain}", "town": town,
        "street": kw.pop("street", "Storgatan 1"), "zip": kw.pop("zip", "999 00"),
        "sep": " - ", "topbar": list(DEFAULT_TOPBAR),
        "header_links": [("E-tjänster", "/e-tjanster", ""), ("Mina sidor", "/mina-sidor", "")],
        "news_href": "/nyheter/", "events_href": "/evenemang/",
        "access_href": "/om-webbplatsen/tillganglighetsredogorelse",
        "cookie_href": "/om-webbplatsen/kakor",
        "search_path": "/sok/", "search_param": "q",
    }
    S.update(kw)
    S.setdefault("orgnr", f"212000-99{code[-2:]}")
    S.setdefault("postal", f"{name}, Box 100, {S['zip']} {town}")
    S.setdefault("visit", f"Kommunhuset, {S['street']}, {town}")
    return S


def page(path, file, title, h1=None, body="", **kw):
    P = {"path": path, "file": file, "title": title, "h1": h1 or esc(title), "body": body}
    P.update(kw)
    return P


def std_pages(S, access_path, cookie_path, news_path, access_file="tillganglighet.html",
              cookie_file="kakor.html", news_file="nyheter.html", crumbs=()):
    return [
        page(access_path, access_file, "Tillgänglighetsredogörelse",
             body=ACCESS_BODY.format(name=esc(S["name"]), email=esc(S["email"]), phone=esc(S["phone"])),
             crumbs=list(crumbs)),
        page(cookie_path, cookie_file, "Om kakor", body=COOKIES_BODY, crumbs=list(crumbs)),
        page(news_path, news_file, "Nyheter", body=news_list_body(S["all_news"]) +
             "<h2 id=\"arkiv\">Evenemang</h2>\n" + events_body(S["events"])),
    ]


def area_page(S, key, path, file, intro=None, extra=""):
    a = next(x for x in S["areas"] if x["key"] == key)
    return page(path, file, a["label"], body=landing_body(a, intro) + extra)


def news_page(path, file, title, body, crumbs, date, h1=None):
    return page(path, file, title, h1=h1, body=f"<p class=\"news-date\"><time datetime=\"{date}\">{date}</time></p>\n{body}",
                crumbs=crumbs, updated=date, published=date)


def events(prefix, town):
    return [
        {"date": "2024-06-06", "title": "Nationaldagsfirande i stadsparken", "place": "Stadsparken", "href": f"{prefix}nationaldagen"},
        {"date": "2024-06-21", "title": "Midsommarfirande med dans kring stången", "place": f"Hembygdsgården, {town}", "href": f"{prefix}midsommar"},
        {"date": "2024-08-17", "title": "Kulturnatt – öppna ateljéer och konserter", "place": "Centrum", "href": f"{prefix}kulturnatt"},
    ]


# =========================================================================== 9301 Tallmora
def site_9301():
    S = base_site("9301", "Tallmora", "Tallmora kommun", "01", "Stockholms län", "tallmora.se",
                  "08-465 004 00", "+46 8 465 004 00", "semantic", street="Storgatan 12", zip="999 10")
    def url(a, s):
        return f"/{a}/" if s is None else f"/{a}/{s}"
    S["areas"] = make_areas(["BU", "OM", "BB", "KP", "UG", "NA", "TI"], url)
    S["areas"][0]["top_href"] = "/barn-och-utbildning/?ref=meny"
    S["header_links"] = [("Kontakta oss", "/kontakta-oss", ""), ("E-tjänster", "/e-tjanster", ""),
                         ("Mina sidor", "/mina-sidor", "")]
    S["hero"] = {"title": "Välkommen till Tallmora",
                 "text": "Skog, sjöar och tjugo minuter till stan. Här hittar du information om förskola, omsorg, bygglov och allt som händer i kommunen.",
                 "cards": [("Lediga jobb", "/kommun-och-politik/lediga-jobb", ""),
                           ("Förskola och skola", "/barn-och-utbildning/", ""),
                           ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning", ""),
                           ("Bygglov", "/bygga-bo-och-miljo/bygglov", "")]}
    S["front_news"] = [
        {"date": "2024-05-14", "title": "Nu öppnar badplatserna för säsongen", "href": "/nyheter/2024/nu-oppnar-badplatserna",
         "excerpt": "Bryggorna är på plats och vattenproverna tagna. Sex kommunala badplatser öppnar den 1 juni."},
        {"date": "2024-05-08", "title": "Samråd om ny detaljplan för Norra Strand", "href": "/nyheter/2024/samrad-norra-strand",
         "excerpt": "Planen ger plats för 300 nya bostäder och en förskola. Lämna synpunkter senast 15 juni."},
        {"date": "2024-04-29", "title": "Tallmora prisas för sitt klimatarbete", "href": "/nyheter/2024/klimatpris",
         "excerpt": "Kommunen får årets pris för minskade utsläpp från egna fordon."},
    ]
    S["all_news"] = [*S["front_news"][:1], {"date": "2024-05-02", "title": "Kontaktcentret får nya telefontider i sommar", "href": "/nyheter/2024/kontaktcentret-far-nya-telefontider", "excerpt": "Under juli har vi kortare telefontider."}, *S["front_news"][1:]]
    S["events"] = events("/evenemang/", "Tallmora")
    S["footer_extra"] = ("<section aria-labelledby=\"f-folj\"><h2 id=\"f-folj\">Följ oss</h2><ul><li><a href=\"/sociala-medier#facebook\">Facebook</a></li>"
                         "<li><a href=\"/sociala-medier#instagram\">Instagram</a></li><li><a href=\"/prenumerera\">Prenumerera på nyheter</a></li></ul></section>")
    kc_body = """<p class="lead">Kontaktcenter är din väg in till Tallmora kommun. Vi svarar på frågor om allt från bygglov och skola till äldreomsorg, avfall och parkering, och kan ofta lösa ditt ärende direkt.</p>
<h2>Det här kan vi hjälpa dig med</h2>
<ul>
<li>Förskola, skola och skolskjuts</li>
<li>Bygglov, kartor och tomter</li>
<li>Sophämtning, vatten och avlopp</li>
<li>Hemtjänst, färdtjänst och trygghetslarm</li>
<li>Felanmälan av gator, belysning och lekplatser</li>
</ul>
<h2>Ring eller mejla oss</h2>
<p>Telefon: <a href="tel:+46846500410">08-465 004 10</a><br>
E-post: <a href="mailto:kontaktcenter@tallmora.se">kontaktcenter@tallmora.se</a></p>
<table>
<caption>Telefontider</caption>
<tr><th scope="col">Dag</th><th scope="col">Tid</th></tr>
<tr><td>Måndag–torsdag</td><td>08.00–17.00</td></tr>
<tr><td>Fredag</td><td>08.00–16.00</td></tr>
<tr><td>Lunch</td><td>Stängt 12.00–12.45</td></tr>
</table>
<h2>Besök oss</h2>
<p>Du hittar oss i entrén till Stadshuset, Storgatan 12. Ingen tidsbokning behövs.</p>
<h2>Ansvarig</h2>
<p>Enhetschef för kontaktcenter: Maria Holm, <a href="mailto:maria.holm@tallmora.se">maria.holm@tallmora.se</a></p>"""
    pages = [
        page("/", "index.html", "Startsida", front=True),
        page("/kontaktcenter/", "kontaktcenter.html", "Kontaktcenter", body=kc_body,
             aside="<h2>Genvägar</h2><ul><li><a href=\"/kommun-och-politik/synpunkter-och-klagomal\">Lämna synpunkter</a></li><li><a href=\"/e-tjanster\">E-tjänster</a></li></ul>"),
        news_page("/nyheter/2024/kontaktcentret-far-nya-telefontider", "nyhet-telefontider.html",
                  "Kontaktcentret får nya telefontider i sommar",
                  "<p>Under juli månad har kontaktcentret öppet för samtal måndag–fredag 09.00–15.00. "
                  "E-post besvaras som vanligt inom två arbetsdagar.</p><p><a href=\"/kontaktcenter/\">Till kontaktcentrets sida</a></p>",
                  [("Nyheter", "/nyheter/")], "2024-05-02"),
        news_page("/nyheter/2024/nu-oppnar-badplatserna", "nyhet-badplatser.html", "Nu öppnar badplatserna för säsongen",
                  "<p>Bryggorna är på plats och vattenproverna tagna. Sex kommunala badplatser öppnar den 1 juni: Tallsjön, Norrviken, Lillsjöbadet, Strandparken, Ekudden och Björkviken.</p>"
                  "<p>Vattenkvaliteten provas varannan vecka under säsongen och resultaten publiceras på <a href=\"/uppleva-och-gora/friluftsliv-och-natur\">sidan om friluftsliv</a>.</p>",
                  [("Nyheter", "/nyheter/")], "2024-05-14"),
        area_page(S, "BU", "/barn-och-utbildning/", "barn-och-utbildning.html"),
        area_page(S, "OM", "/omsorg-och-hjalp/", "omsorg-och-hjalp.html"),
        area_page(S, "KP", "/kommun-och-politik/", "kommun-och-politik.html"),
    ]
    pages += std_pages(S, "/om-webbplatsen/tillganglighetsredogorelse", "/om-webbplatsen/kakor", "/nyheter/")
    man = {"redirects": {"/kontakta-oss": ["/kontaktcenter/", 301]},
           "robots": "User-agent: *\nDisallow: /sok/admin\nSitemap: __ORIGIN__/sitemap.xml\n",
           "sitemap": [p["path"] for p in pages],
           "search": {"path": "/sok/", "param": "q",
                      "hits": {k: ["/kontaktcenter/"] for k in ("kontaktcenter", "kundtjänst", "servicecenter")}}}
    return S, pages, man


# =========================================================================== 9302 Ekeviken
def site_9302():
    S = base_site("9302", "Ekeviken", "Ekevikens kommun", "14", "Västra Götalands län", "ekeviken.se",
                  "031-390 06 00", "+46 31 390 06 00", "soup", street="Torggatan 4", zip="999 20")
    def url(a, s):
        return f"/{a}" if s is None else f"/{a}/{s}"
    S["areas"] = make_areas(["BU", "OM", "BB", "KP", "UG", "NA", "TI"], url,
                            labels={"BB": "Bygga och bo"})
    S["header_icons"] = [
        "<a href=\"/e-tjanster\"><img src=\"/img/ikon-etjanst.svg\" alt=\"E-tjänster\" width=\"32\" height=\"32\"></a>",
        "<a href=\"/medborgarkontoret?ref=ikon\"><img src=\"/img/ikon-mk.svg\" alt=\"Medborgarkontoret\" width=\"32\" height=\"32\"></a>",
        "<a href=\"/lediga-jobb\"><img src=\"/img/ikon-jobb.svg\" alt=\"Lediga jobb\" width=\"32\" height=\"32\"></a>",
    ]
    S["news_href"] = "/aktuellt"
    S["events_href"] = "/aktuellt#evenemang"
    S["access_href"] = "/tillganglighet"
    S["cookie_href"] = "/kakor"
    S["hero"] = {"title": "Sommarlov i Ekeviken",
                 "text": "Badplatser, läsutmaning på biblioteket och gratis aktiviteter för unga hela sommaren.",
                 "cards": [("Sommarlovsaktiviteter", "/uppleva-och-gora/fritidsgardar", ""),
                           ("Badplatser", "/uppleva-och-gora/friluftsliv-och-natur", ""),
                           ("Feriearbete", "/naringsliv-och-arbete/feriearbete", "")]}
    S["front_news"] = [
        {"date": "2024-06-03", "title": "Sommarläsning på biblioteket", "href": "/aktuellt/sommarlasning-pa-biblioteket",
         "excerpt": "Läs fem böcker och få en bok att behålla. Anmälan på biblioteket."},
        {"date": "2024-05-27", "title": "Nya återvinningscentralen öppnar", "href": "/aktuellt/nya-atervinningscentralen",
         "excerpt": "Den nya centralen i Hamnen har längre öppettider och en återbruksbod."},
        {"date": "2024-05-20", "title": "Kommunfullmäktige sammanträder 12 juni", "href": "/kommun-och-politik/kommunfullmaktige",
         "excerpt": "Mötet sänds på webben och är öppet för allmänheten."},
    ]
    S["all_news"] = S["front_news"]
    S["events"] = events("/aktuellt/evenemang/", "Ekeviken")
    mk = """<p>Medborgarkontoret finns i Kulturhuset vid torget. Hos oss får du hjälp med:</p>
<ul>
<li>frågor om förskola och skola</li>
<li>bygglov och andra tillstånd</li>
<li>avfall, vatten och avlopp</li>
<li>färdtjänst och parkeringstillstånd för rörelsehindrade</li>
<li>att komma igång med kommunens e-tjänster</li>
</ul>
<h2>Besök, ring eller mejla</h2>
<p>Besöksadress: Kulturhuset, Torggatan 4, Ekeviken<br>
Telefon: 031-390 06 10<br>
E-post: medborgarkontoret(at)ekeviken.se</p>
<h2>Personal på Medborgarkontoret</h2>
<table>
<tr><th>Namn</th><th>Befattning</th><th>Telefon</th></tr>
<tr><td>Jonas Berg</td><td>Enhetschef Medborgarkontoret</td><td>031-390 06 11</td></tr>
<tr><td>Leila Haddad</td><td>Kommunvägledare</td><td>031-390 06 12</td></tr>
<tr><td>Tomas Öhman</td><td>Kommunvägledare</td><td>031-390 06 13</td></tr>
</table>"""
    pages = [
        page("/", "index.html", "Startsida", front=True),
        page("/medborgarkontoret", "medborgarkontoret.html", "Medborgarkontoret", body=mk),
        news_page("/aktuellt/sommarlasning-pa-biblioteket", "nyhet-sommarlasning.html", "Sommarläsning på biblioteket",
                  "<p>Under sommarlovet kan alla barn mellan 6 och 12 år vara med i bibliotekets läsutmaning. Läs fem böcker, skriv en kort recension och få en bok att behålla.</p>"
                  "<p>Anmälan görs på huvudbiblioteket eller på bokbussen.</p>", [("Aktuellt", "/aktuellt")], "2024-06-03"),
        news_page("/aktuellt/nya-atervinningscentralen", "nyhet-atervinning.html", "Nya återvinningscentralen öppnar",
                  "<p>Den nya återvinningscentralen i Hamnen öppnar måndag 3 juni. Den har öppet vardagar 7–19 och helger 9–16 och har en återbruksbod där du kan lämna saker som kan användas igen.</p>",
                  [("Aktuellt", "/aktuellt")], "2024-05-27"),
        area_page(S, "BU", "/barn-och-utbildning", "barn-och-utbildning.html"),
        area_page(S, "OM", "/omsorg-och-hjalp", "omsorg-och-hjalp.html"),
        area_page(S, "BB", "/bygga-och-bo", "bygga-och-bo.html"),
    ]
    pages += std_pages(S, "/tillganglighet", "/kakor", "/aktuellt")
    man = {"robots": "User-agent: *\nAllow: /\n",
           "sitemap": [p["path"] for p in pages],
           "search": {"path": "/sok/", "param": "q", "hits": {"medborgarkontor": ["/medborgarkontoret"],
                                                           "medborgarkontoret": ["/medborgarkontoret"]}}}
    return S, pages, man


# =========================================================================== 9303 Björnvik (tables, latin-1)
def site_9303():
    S = base_site("9303", "Björnvik", "Björnviks kommun", "25", "Norrbottens län", "bjornvik.se",
                  "0980-319 200", "+46 980 319 200", "table", street="Storgatan 30", zip="999 30",
                  charset="iso-8859-1", slogan="Mellan fjäll och hav")
    S["sep"] = " - "
    S["home_href"] = "/start.asp"
    ids = iter(range(1101, 1400))
    def url(a, s):
        return f"/{a}.asp" if s is None else f"/sida.asp?id={next(ids)}"
    S["areas"] = make_areas(["BU", "OM", "BB", "KP", "UG", "NA", "TI"], url,
                            labels={"BU": "Barnomsorg och skola", "OM": "Omsorg", "BB": "Bygga och bo",
                                    "UG": "Kultur och fritid", "TI": "Trafik och gator"},
                            drop={"BU": {"Skolval", "Pedagogisk omsorg"}, "OM": {"Stöd vid våld i nära relation"}})
    S["top_items"] = [{"label": "Startsida", "href": "/start.asp"},
                      {"label": "KUNDTJÄNST", "href": "/kundtjanst.asp?id=12"}] + \
                     [{"label": a["label"], "href": a["href"]} for a in S["areas"]]
    S["topbar"] = [("Lyssna", "/lyssna.asp", ""), ("Lättläst", "/lattlast.asp", ""), ("In English", "/english.asp", ""),
                   ("Webbkarta", "/webbkarta.asp", "")]
    S["news_href"] = "/nyheter.asp"
    S["events_href"] = "/nyheter.asp#evenemang"
    S["access_href"] = "/tillganglighet.asp"
    S["cookie_href"] = "/kakor.asp"
    S["gdpr_href"] = "/personuppgifter.asp"
    S["about_href"] = "/om-webbplatsen.asp"
    S["press_href"] = "/press.asp"
    S["jobs_href"] = "/sida.asp?id=900"
    S["social_href"] = "/sida.asp?id=901"
    S["hero"] = {"title": "Välkommen till Björnvik!",
                 "text": "Skidspår, älvdal och ett rikt föreningsliv. Här finns information från kommunen.",
                 "cards": [("Lediga jobb", "/sida.asp?id=900", ""), ("Skolskjuts", "/sida.asp?id=1107", ""),
                           ("Snöröjning", "/sida.asp?id=1390", ""), ("Blanketter", "/blanketter.asp", "")]}
    S["front_news"] = [
        {"date": "2023-11-20", "title": "Kundtjänst svarar nu på fler frågor", "href": "/nyheter/kundtjanst-svarar-pa-fler-fragor.asp",
         "excerpt": "Från 1 december kan du ringa Kundtjänst om bygglov, avfall och snöröjning."},
        {"date": "2023-11-14", "title": "Nya turer för skolbussen", "href": "/nyheter/nya-turer-for-skolbussen.asp",
         "excerpt": "Efter önskemål från föräldrar körs en extra tur från Övre Byn."},
        {"date": "2023-11-02", "title": "Budget 2024 antagen", "href": "/sida.asp?id=950",
         "excerpt": "Kommunfullmäktige har antagit budgeten för nästa år."},
    ]
    S["all_news"] = S["front_news"]
    S["events"] = [
        {"date": "2023-12-09", "title": "Julmarknad på torget", "place": "Torget", "href": "/sida.asp?id=960"},
        {"date": "2023-12-13", "title": "Luciakonsert i kyrkan", "place": "Björnviks kyrka", "href": "/sida.asp?id=961"},
        {"date": "2024-02-17", "title": "Björnviksloppet", "place": "Skidstadion", "href": "/sida.asp?id=962"},
    ]
    S["footer_extra"] = "<b>Strömavbrott?</b><br>Björnviks Energi AB:s kundtjänst<br>Tel 0980-319 250<br>Dygnet runt vid avbrott"
    kt = """<p><b>Välkommen till Kundtjänst!</b></p>
<p>Hör av dig om du undrar något - vi finns här för dig.</p>
<p>Telefon: 0980-319 210<br>
E-post: <a href="mailto:kundtjanst@bjornvik.se">kundtjanst@bjornvik.se</a></p>
<p>Kundtjänstchef: Eva Sundin</p>"""
    crumbs = []
    pages = [
        page("/start.asp", "index.html", "Startsida", front=True),
        page("/kundtjanst.asp", "kundtjanst.html", "Kundtjänst", body=kt, crumbs=crumbs),
        news_page("/nyheter/kundtjanst-svarar-pa-fler-fragor.asp", "nyhet-kundtjanst.html", "Kundtjänst svarar nu på fler frågor",
                  "<p>Från och med den 1 december svarar Kundtjänst på frågor om bygglov, avfallshämtning, skolskjuts och snöröjning. "
                  "Tidigare fick du ringa respektive förvaltning.</p><p>Ring 0980-319 210 vardagar 8.00-16.30 eller mejla "
                  "<a href=\"mailto:kundtjanst@bjornvik.se\">kundtjanst@bjornvik.se</a>. Du kan också besöka oss i kommunhusets entré, Storgatan 30.</p>"
                  "<p><a href=\"/kundtjanst.asp\">Till Kundtjänst</a></p>", [("Nyheter", "/nyheter.asp")], "2023-11-20"),
        news_page("/nyheter/nya-turer-for-skolbussen.asp", "nyhet-skolbuss.html", "Nya turer för skolbussen",
                  "<p>Från vecka 48 körs en extra tur med skolbussen från Övre Byn klockan 7.05. Turen har kommit till efter önskemål från föräldrar.</p>",
                  [("Nyheter", "/nyheter.asp")], "2023-11-14"),
        area_page(S, "BU", "/barnomsorg-och-skola.asp", "barnomsorg.html"),
        area_page(S, "OM", "/omsorg.asp", "omsorg.html"),
        area_page(S, "BB", "/bygga-och-bo.asp", "bygga.html"),
    ]
    pages += std_pages(S, "/tillganglighet.asp", "/kakor.asp", "/nyheter.asp")
    man = {"redirects": {"/": ["/start.asp", 302]},
           "search": {"path": "/sok.asp", "param": "sokord",
                      "hits": {"kundtjänst": ["/kundtjanst.asp", "/nyheter/kundtjanst-svarar-pa-fler-fragor.asp"]}}}
    S["search_path"], S["search_param"] = "/sok.asp", "sokord"
    return S, pages, man


# =========================================================================== 9304 Rönnstad (Sitevision)
def site_9304():
    S = base_site("9304", "Rönnstad", "Rönnstads kommun", "12", "Skåne län", "ronnstad.se",
                  "040-628 04 00", "+46 40 628 04 00", "sitevision", street="Rådhusgatan 2", zip="999 40")
    S["sep"] = " - "
    def url(a, s):
        return f"/{a}.html" if s is None else f"/{a}/{s}.html"
    S["areas"] = make_areas(["BU", "OM", "BB", "KP", "UG", "NA", "TI"], url, extra={
        "NA": [("Servicecenter för företagare", "/naringsliv-och-arbete/servicecenter-for-foretagare.html")]})
    S["topbar"] = [("Lyssna", "/lyssna.html", ""), ("Lättläst", "/lattlast.html", ""), ("Teckenspråk", "/teckensprak.html", ""),
                   ("In English", "/in-english.html", "lang=\"en\""), ("Språk", "/sprak.html", "")]
    S["header_links"] = [("E-tjänster", "/e-tjanster.html", "class=\"env-button\""), ("Mina sidor", "/mina-sidor.html", "")]
    S["news_href"] = "/nyheter.html"
    S["events_href"] = "/evenemang.html"
    S["access_href"] = "/om-webbplatsen/tillganglighetsredogorelse.html"
    S["cookie_href"] = "/om-webbplatsen/kakor.html"
    S["gdpr_href"] = "/om-webbplatsen/personuppgifter.html"
    S["about_href"] = "/om-webbplatsen.html"
    S["press_href"] = "/press.html"
    S["jobs_href"] = "/kommun-och-politik/lediga-jobb.html"
    S["social_href"] = "/sociala-medier.html"
    S["hero"] = {"title": "Rönnstad växer",
                 "text": "Nya bostäder, ny skola och en levande stadskärna. Vi bygger för framtiden.",
                 "cards": [("Lediga jobb", "/kommun-och-politik/lediga-jobb.html", ""),
                           ("Skola och förskola", "/barn-och-utbildning.html", ""),
                           ("Kommunens servicecenter", "/kontakta-oss.html", ""),
                           ("Felanmälan", "/trafik-och-infrastruktur/felanmalan.html", "")]}
    S["front_news"] = [
        {"date": "2024-05-03", "title": "Ny lekplats i Stadsparken", "href": "/nyheter/2024-05-03-ny-lekplats-i-stadsparken.html",
         "excerpt": "Lekplatsen har ett piratskepp, gungor för alla och nya sittplatser."},
        {"date": "2024-04-22", "title": "Ombyggnad av Östra torget startar", "href": "/nyheter/2024-04-22-ombyggnad-ostra-torget.html",
         "excerpt": "Arbetet pågår till hösten. Busshållplatsen flyttas tillfälligt."},
        {"date": "2024-04-10", "title": "Rönnstad bäst i länet på återvinning", "href": "/nyheter/2024-04-10-atervinning.html",
         "excerpt": "Hushållen sorterar mer än någonsin."},
    ]
    S["all_news"] = S["front_news"]
    S["events"] = events("/evenemang/", "Rönnstad")
    S["footer_extra"] = "<p><b>Följ oss</b><br><a href=\"/sociala-medier.html\">Facebook och Instagram</a><br><a href=\"/nyheter/prenumerera.html\">Prenumerera på nyheter</a></p>"
    ko = """<p class="normal">Här hittar du kontaktvägar till Rönnstads kommun.</p>
<h2 class="subheading">Kommunens&nbsp;servicecenter</h2>
<p class="normal">Kommunens servicecenter svarar på frågor om förskola och skola, bygglov, avfall och vatten, gator och parkering. Många frågor får du svar på direkt, och annars hjälper vi dig vidare till rätt handläggare.</p>
<p class="normal">Telefon: 040-628 04 10<br>
Telefontid: måndag–fredag 08.00–17.00</p>
<p class="normal"><button class="env-button" type="button" id="chat-start" data-chat="servicecenter">Chatta med servicecentret</button></p>
<p class="normal">I servicecentret arbetar kommunvägledare, bland andra Ahmed Ali och Stina Ek.</p>
<h2 class="subheading">Växel</h2>
<p class="normal">Kommunens växel: 040-628 04 00</p>
<h2 class="subheading">Skriv till oss</h2>
<p class="normal">E-post: <a href="mailto:kommun@ronnstad.se">kommun@ronnstad.se</a><br>Postadress: Rönnstads kommun, Box 100, 999 40 Rönnstad</p>
<h2 class="subheading">Synpunkter och klagomål</h2>
<p class="normal">Vill du tycka till om kommunens verksamheter? <a href="/kommun-och-politik/synpunkter-och-klagomal.html">Lämna en synpunkt</a>.</p>
<p class="ro-pageowner">Sidansvarig: Lotta Ström</p>"""
    sff = """<p class="normal">Servicecenter för företagare hjälper dig som driver eller vill starta företag i Rönnstad med tillstånd, lokaler, mark och kontakter med rätt handläggare.</p>
<p class="normal">Telefon: 040-628 04 15<br>E-post: <a href="mailto:foretag@ronnstad.se">foretag@ronnstad.se</a></p>
<p class="normal">Näringslivschef: Henrik Malm</p>"""
    pages = [
        page("/", "index.html", "Startsida", front=True),
        page("/kontakta-oss.html", "kontakta-oss.html", "Kontakta oss", body=ko),
        page("/naringsliv-och-arbete/servicecenter-for-foretagare.html", "servicecenter-for-foretagare.html",
             "Servicecenter för företagare", body=sff, crumbs=[("Näringsliv och arbete", "/naringsliv-och-arbete.html")]),
        news_page("/nyheter/2024-05-03-ny-lekplats-i-stadsparken.html", "nyhet-lekplats.html", "Ny lekplats i Stadsparken",
                  "<p>Den nya lekplatsen i Stadsparken är klar. Den har ett stort piratskepp, gungor som passar alla barn och nya sittplatser i skugga.</p>",
                  [("Nyheter", "/nyheter.html")], "2024-05-03"),
        news_page("/nyheter/2024-04-22-ombyggnad-ostra-torget.html", "nyhet-torget.html", "Ombyggnad av Östra torget startar",
                  "<p>Den 29 april startar ombyggnaden av Östra torget. Arbetet pågår till oktober. Busshållplatsen flyttas tillfälligt till Kyrkogatan.</p>",
                  [("Nyheter", "/nyheter.html")], "2024-04-22"),
        area_page(S, "BU", "/barn-och-utbildning.html", "barn-och-utbildning.html"),
        area_page(S, "OM", "/omsorg-och-hjalp.html", "omsorg-och-hjalp.html"),
        area_page(S, "NA", "/naringsliv-och-arbete.html", "naringsliv-och-arbete.html"),
    ]
    pages += std_pages(S, "/om-webbplatsen/tillganglighetsredogorelse.html", "/om-webbplatsen/kakor.html", "/nyheter.html")
    man = {"robots": "User-agent: *\nDisallow: /edit-\nDisallow: /sitevision/\nSitemap: __ORIGIN__/sitemap.xml\n",
           "sitemap": [p["path"] for p in pages],
           "search": {"path": "/sok.html", "param": "query",
                      "hits": {"servicecenter": ["/kontakta-oss.html", "/naringsliv-och-arbete/servicecenter-for-foretagare.html"],
                               "kontaktcenter": ["/kontakta-oss.html"]}}}
    S["search_path"], S["search_param"] = "/sok.html", "query"
    return S, pages, man


# =========================================================================== 9305 Hagaby (Municipio, drawer hidden)
def site_9305():
    S = base_site("9305", "Hagaby", "Hagaby kommun", "01", "Stockholms län", "hagaby.se",
                  "08-465 004 20", "+46 8 465 004 20", "municipio", trail=True, street="Torget 1", zip="999 50",
                  drawer_mode="hidden")
    S["email"] = "kommunen@hagaby.se"
    S["sep"] = " – "
    def url(a, s):
        return f"/{a}/" if s is None else f"/{a}/{s}/"
    S["areas"] = make_areas(["BU", "OM", "BB", "KP", "UG", "NA", "TI"], url, extra={
        "KP": [("Medborgarservice", "/medborgarservice"), ("Organisation", "/kommun-och-politik/organisation/")]})
    S["header_links"] = [("Kontakt", "/kontakt/", ""), ("E-tjänster", "/e-tjanster/", "")]
    S["search_path"], S["search_param"] = "/", "s"
    S["access_href"] = "/tillganglighet/"
    S["cookie_href"] = "/kakor/"
    S["hero"] = {"title": "Hagaby – nära till allt",
                 "text": "Pendeltåg, natur och småstadskänsla. Här hittar du det du behöver som bor, verkar eller besöker Hagaby.",
                 "cards": [("Förskola", "/barn-och-utbildning/forskola/", ""), ("Lediga jobb", "/kommun-och-politik/lediga-jobb/", ""),
                           ("Avfall och återvinning", "/bygga-bo-och-miljo/avfall-och-atervinning/", ""),
                           ("Bygglov", "/bygga-bo-och-miljo/bygglov/", "")]}
    S["front_news"] = [
        {"date": "2024-05-21", "title": "Ny förskola i Backa klar till hösten", "href": "/nyheter/ny-forskola-i-backa/",
         "excerpt": "Förskolan får sex avdelningar och en stor gård mot skogen."},
        {"date": "2024-05-15", "title": "Hagabydagen 25 maj", "href": "/nyheter/hagabydagen/",
         "excerpt": "Marknad, musik och föreningar i Centralparken."},
        {"date": "2024-05-06", "title": "Ändrade tider för sophämtning under helgerna", "href": "/nyheter/sophamtning-helger/",
         "excerpt": "Kolla när ditt kärl töms kring Kristi himmelsfärd."},
    ]
    S["all_news"] = S["front_news"]
    S["events"] = events("/evenemang/", "Hagaby")
    S["footer_extra"] = "<p><strong>Öppettider Kommunhuset</strong><br>Måndag–fredag 08.00–16.30</p><p><a href=\"/sociala-medier/\">Följ oss i sociala medier</a></p>"
    ms = """<p class="lead">Medborgarservice hjälper dig med frågor om bygglov, förskoleplats, avfallshämtning och parkeringstillstånd. Har vi inte svaret själva ser vi till att du kommer rätt.</p>
<h2>Så når du oss</h2>
<p>Kontaktuppgifter till oss hittar du längst ner på sidan.</p>
<h2>Organisation</h2>
<p>Medborgarservice är en del av kommunledningsförvaltningen. <a href="/kommun-och-politik/organisation/">Läs mer om hur kommunen är organiserad</a>.</p>"""
    org = """<p>Hagaby kommun har tre förvaltningar som arbetar på uppdrag av de politiska nämnderna.</p>
<h2>Kommunledningsförvaltningen</h2>
<ul>
<li>Kommundirektör: Anders Wik</li>
<li>Ekonomichef: Sara Borg</li>
<li>HR-chef: Malin Strand</li>
<li>Enhetschef Medborgarservice: Karin Åberg</li>
<li>Kommunikationschef: Johan Lilja</li>
</ul>
<h2>Barn- och utbildningsförvaltningen</h2>
<ul><li>Förvaltningschef: Eva Nord</li><li>Verksamhetschef förskola: Omid Rahimi</li></ul>
<h2>Samhällsbyggnadsförvaltningen</h2>
<ul><li>Förvaltningschef: Per Dahl</li><li>Bygglovschef: Lina Sjögren</li></ul>"""
    kontakt = f"""<p>Kommunens växel svarar vardagar 08.00–16.30.</p>
<p>Telefon: {S['phone']}<br>E-post: <a href="mailto:{S['email']}">{S['email']}</a></p>
<p>Postadress: {S['postal']}<br>Besöksadress: {S['visit']}</p>
<h2>Synpunkter</h2><p><a href="/kommun-och-politik/synpunkter-och-klagomal/">Lämna synpunkter och klagomål</a></p>"""
    kp = [("Kommun och politik", "/kommun-och-politik/")]
    pages = [
        page("/", "index.html", "Startsida", front=True),
        page("/kommun-och-politik/medborgarservice/", "medborgarservice.html", "Medborgarservice", body=ms, crumbs=kp),
        page("/kommun-och-politik/organisation/", "organisation.html", "Organisation", body=org, crumbs=kp),
        page("/kontakt/", "kontakt.html", "Kontakt", body=kontakt),
        news_page("/nyheter/ny-forskola-i-backa/", "nyhet-forskola.html", "Ny förskola i Backa klar till hösten",
                  "<p>Den nya förskolan i Backa får sex avdelningar och en stor gård som gränsar mot skogen. Ansök om plats i e-tjänsten.</p>",
                  [("Nyheter", "/nyheter/")], "2024-05-21"),
        area_page(S, "BU", "/barn-och-utbildning/", "barn-och-utbildning.html"),
        area_page(S, "KP", "/kommun-och-politik/", "kommun-och-politik.html"),
    ]
    pages += std_pages(S, "/tillganglighet/", "/kakor/", "/nyheter/")
    man = {"redirects": {"/medborgarservice": ["/kommun-och-politik/medborgarservice/", 302]},
           "robots": "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nSitemap: __ORIGIN__/sitemap.xml\n",
           "sitemap": [p["path"] for p in pages],
           "search": {"path": "/", "param": "s",
                      "hits": {"medborgarservice": ["/kommun-och-politik/medborgarservice/"]}}}
    return S, pages, man


# =========================================================================== 9306 Granlunda (Bootstrap)
def site_9306():
    S = base_site("9306", "Granlunda", "Granlunda kommun", "14", "Västra Götalands län", "granlunda.se",
                  "031-390 06 20", "+46 31 390 06 20", "bootstrap", street="Kyrkogatan 2", zip="999 60")
    S["sep"] = " | "
    def url(a, s):
        return f"/{a}" if s is None else f"/{a}/{s}"
    S["areas"] = make_areas(["BU", "OM", "BB", "KP", "UG", "NA", "TI"], url, extra={
        "NA": [("Servicecenter för företagare", "/naringsliv-och-arbete/servicecenter-for-foretagare")]},
        drop={"BU": {"Skolval"}, "OM": {"Missbruk och beroende"}})
    S["header_links"] = [("Kontakta oss", "/kontakta-oss", "")]
    S["topbar"] = [("Lyssna", "/lyssna", ""), ("Lättläst", "/lattlast", ""), ("In English", "/in-english", "lang=\"en\""),
                   ("E-tjänster", "/e-tjanster", "")]
    S["news_href"] = "/nyheter"
    S["events_href"] = "/evenemang"
    S["access_href"] = "/om-webbplatsen/tillganglighet"
    S["hero"] = {"title": "Välkommen till Granlunda",
                 "text": "Kommunen vid sjöarna – med bra skolor, levande landsbygd och nära till Göteborg.",
                 "cards": [("Lediga jobb", "/kommun-och-politik/lediga-jobb", ""), ("Förskola", "/barn-och-utbildning/forskola", ""),
                           ("Felanmälan", "/trafik-och-infrastruktur/felanmalan", ""), ("Bygglov", "/bygga-bo-och-miljo/bygglov", "")]}
    S["front_news"] = [
        {"date": "2024-08-19", "title": "Nytt medborgar&shy;kontor öppnar i biblioteket", "href": "/nyheter/nytt-medborgarkontor-oppnar-i-biblioteket",
         "excerpt": "Den 2 september öppnar kommunens medborgarkontor på stadsbiblioteket."},
        {"date": "2024-08-12", "title": "Vägarbete på Storgatan", "href": "/nyheter/vagarbete-pa-storgatan",
         "excerpt": "Storgatan stängs för genomfart mellan Kyrkogatan och Torget i tre veckor."},
        {"date": "2024-08-05", "title": "Skolstart 20 augusti", "href": "/barn-och-utbildning/grundskola",
         "excerpt": "Läsåret startar tisdag 20 augusti. Här är tiderna för skolskjutsen."},
    ]
    S["all_news"] = S["front_news"]
    S["events"] = [
        {"date": "2024-08-31", "title": "Skördefest på torget", "place": "Torget", "href": "/evenemang/skordefest"},
        {"date": "2024-09-07", "title": "Kulturnatt", "place": "Centrum", "href": "/evenemang/kulturnatt"},
        {"date": "2024-09-14", "title": "Granlundaloppet", "place": "Idrottsplatsen", "href": "/evenemang/granlundaloppet"},
    ]
    S["footer_extra"] = "<p><strong>Följ oss</strong></p><ul class=\"list-unstyled\"><li><a href=\"/sociala-medier\">Facebook</a></li><li><a href=\"/sociala-medier\">Instagram</a></li></ul>"
    nk = """<p class="lead">Den 2 september öppnar Granlunda kommun ett medborgarkontor på stadsbiblioteket. Där kan du få personlig hjälp med frågor om bygglov, skola, äldreomsorg och kommunens e-tjänster.</p>
<p>Medborgarkontoret ersätter den tidigare receptionen i kommunhuset. Du behöver inte boka tid – kom förbi när det passar dig.</p>
<h2>Besök medborgarkontoret</h2>
<p>Besöksadress: Granlunda stadsbibliotek, Kyrkogatan 7</p>
<table class="table">
<caption>Öppettider</caption>
<tr><th scope="col">Dag</th><th scope="col">Tid</th></tr>
<tr><td>Måndag–torsdag</td><td>10.00–18.00</td></tr>
<tr><td>Fredag</td><td>10.00–15.00</td></tr>
</table>
<div class="card contact-card"><div class="card-body">
<h3 class="h6">Sofia Lind</h3>
<p>Enhetschef, Medborgarkontoret<br><a href="mailto:sofia.lind@granlunda.se">sofia.lind@granlunda.se</a></p>
</div></div>"""
    kontakt = f"""<p>Kommunens växel: {S['phone']}<br>E-post: <a href="mailto:{S['email']}">{S['email']}</a></p>
<p>Postadress: {S['postal']}</p>
<p>Besöksadress: {S['visit']}</p>
<p><a href="/kommun-och-politik/synpunkter-och-klagomal">Synpunkter och klagomål</a></p>"""
    pages = [
        page("/", "index.html", "Startsida", front=True),
        page("/kontakta-oss", "kontakta-oss.html", "Kontakta oss", body=kontakt),
        news_page("/nyheter/nytt-medborgarkontor-oppnar-i-biblioteket", "nyhet-medborgarkontor.html",
                  "Nytt medborgarkontor öppnar i biblioteket", nk, [("Nyheter", "/nyheter")], "2024-08-19",
                  h1="Nytt medborgar&shy;kontor öppnar i biblioteket"),
        news_page("/nyheter/vagarbete-pa-storgatan", "nyhet-vagarbete.html", "Vägarbete på Storgatan",
                  "<p>Storgatan stängs för genomfart mellan Kyrkogatan och Torget från 19 augusti i tre veckor. Omledning sker via Järnvägsgatan.</p>",
                  [("Nyheter", "/nyheter")], "2024-08-12"),
        area_page(S, "BU", "/barn-och-utbildning", "barn-och-utbildning.html"),
        area_page(S, "OM", "/omsorg-och-hjalp", "omsorg-och-hjalp.html"),
        area_page(S, "KP", "/kommun-och-politik", "kommun-och-politik.html"),
    ]
    pages += std_pages(S, "/om-webbplatsen/tillganglighet", "/om-webbplatsen/kakor", "/nyheter")
    man = {"robots": "User-agent: AhrefsBot\nDisallow: /\n\nUser-agent: *\nDisallow: /admin/\n",
           "sitemap": [p["path"] for p in pages],
           "search": {"path": "/sok", "param": "q",
                      "hits": {"medborgarkontor": ["/nyheter/nytt-medborgarkontor-oppnar-i-biblioteket"]}}}
    S["search_path"] = "/sok"
    return S, pages, man


# =========================================================================== 9307 Fjällåsen (custom elements, <base href>)
def site_9307():
    S = base_site("9307", "Fjällåsen", "Fjällåsens kommun", "25", "Norrbottens län", "fjallasen.se",
                  "0980-319 220", "+46 980 319 220", "custom", street="Fjällvägen 3", zip="999 70",
                  base="/sv/")
    S["sep"] = " - "
    S["home_href"] = "../"
    def url(a, s):
        return f"{a}/" if s is None else f"{a}/{s}/"
    S["areas"] = make_areas(["BU", "OM", "BB", "KP", "UG", "NA", "TI"], url, labels={"UG": "Uppleva och göra i fjällen"})
    S["topbar"] = [("Lyssna", "lyssna/", ""), ("Lättläst", "lattlast/", ""), ("In English", "in-english/", "lang=\"en\""),
                   ("Davvisámegiella", "samegiella/", "lang=\"se\""), ("Meänkieli", "meankieli/", "lang=\"fit\"")]
    S["header_icons"] = [
        f"<a class=\"icon-link\" href=\"e-tjanster/\" aria-label=\"E-tjänster\">{SVG_GRID}</a>",
        f"<a class=\"icon-link\" href=\"kontakt-fjallasen/\" aria-label=\"Kontakt Fjällåsen\">{SVG_PHONE}</a>",
        f"<a class=\"icon-link\" href=\"mina-sidor/\" aria-label=\"Mina sidor\">{SVG_USER}</a>",
    ]
    S["search_path"], S["search_rel"] = "/sv/sok/", "sok/"
    S["news_href"], S["events_href"] = "nyheter/", "evenemang/"
    S["cookie_href"] = "om-webbplatsen/kakor/"
    S["access_href"] = "om-webbplatsen/tillganglighetsredogorelse/"
    S["footer_links_rel"] = [("Tillgänglighetsredogörelse", "om-webbplatsen/tillganglighetsredogorelse/"),
                             ("Om kakor", "om-webbplatsen/kakor/"), ("Personuppgifter", "om-webbplatsen/personuppgifter/"),
                             ("Press", "press/"), ("Lediga jobb", "kommun-och-politik/lediga-jobb/")]
    S["hero"] = {"title": "Vintern är här",
                 "text": "Skoterlederna öppnar, skidspåren är preparerade och isbanan på sjön är plogad.",
                 "cards": [("Skoterleder", "uppleva-och-gora-i-fjallen/friluftsliv-och-natur/", ""),
                           ("Snöröjning", "trafik-och-infrastruktur/snorojning/", ""),
                           ("Lediga jobb", "kommun-och-politik/lediga-jobb/", "")]}
    S["front_news"] = [
        {"date": "2024-01-15", "title": "Skoterlederna öppnar", "href": "nyheter/skoterlederna-oppnar/",
         "excerpt": "Nu öppnar de kommunala skoterlederna. Kör försiktigt över isarna."},
        {"date": "2024-01-09", "title": "Ny skidbacke i Övre Ås", "href": "nyheter/ny-skidbacke/",
         "excerpt": "Backen har lift och belysning och är gratis för barn."},
        {"date": "2023-12-20", "title": "Sophämtning under helgerna", "href": "bygga-bo-och-miljo/avfall-och-atervinning/",
         "excerpt": "Hämtningen flyttas en dag kring jul och nyår."},
    ]
    S["all_news"] = S["front_news"]
    S["events"] = [
        {"date": "2024-02-03", "title": "Vintermarknad", "place": "Marknadsplatsen", "href": "evenemang/vintermarknad/"},
        {"date": "2024-02-17", "title": "Isfiskets dag", "place": "Storsjön", "href": "evenemang/isfiske/"},
        {"date": "2024-03-09", "title": "Fjällåsen Ski Race", "place": "Skidstadion", "href": "evenemang/ski-race/"},
    ]
    S["css_extra"] = "\nx-item>a[href$='/']{letter-spacing:.01em}"
    kf = """<p class="lead">Kontakt Fjällåsen är kommunens gemensamma väg in. Hos oss får du svar på frågor om till exempel förskola, bygglov, renhållning, snöröjning och bostadsanpassning.</p>
<h2>Så når du Kontakt Fjällåsen</h2>
<p>Ring 0980-319 230 vardagar 08.00–16.00.</p>
<p>Mejla kontakt[at]fjallasen.se så svarar vi inom två arbetsdagar.</p>
<h2>Om verksamheten</h2>
<p>Kontakt Fjällåsen ingår i kommunledningsförvaltningen. Verksamheten leds av en enhetschef.</p>"""
    crumbs_n = [("Nyheter", "nyheter/")]
    pages = [
        page("/", "index.html", "Startsida", front=True),
        page("/sv/kontakt-fjallasen/", "kontakt-fjallasen.html", "Kontakt Fjällåsen", body=kf),
        news_page("/sv/nyheter/skoterlederna-oppnar/", "nyhet-skoter.html", "Skoterlederna öppnar",
                  "<p>Från fredag 19 januari är de kommunala skoterlederna öppna. Isarna är fortfarande svaga vid inloppen – håll dig till markerade leder.</p>"
                  "<p><a href=\"uppleva-och-gora-i-fjallen/friluftsliv-och-natur/\">Karta över lederna</a></p>", crumbs_n, "2024-01-15"),
        news_page("/sv/nyheter/ny-skidbacke/", "nyhet-skidbacke.html", "Ny skidbacke i Övre Ås",
                  "<p>Den nya skidbacken i Övre Ås har knapplift och belysning till klockan 21. Barn under 16 år åker gratis.</p>", crumbs_n, "2024-01-09"),
        area_page(S, "BU", "/sv/barn-och-utbildning/", "barn-och-utbildning.html"),
        area_page(S, "OM", "/sv/omsorg-och-hjalp/", "omsorg-och-hjalp.html"),
        area_page(S, "BB", "/sv/bygga-bo-och-miljo/", "bygga-bo-och-miljo.html"),
    ]
    pages += std_pages(S, "/sv/om-webbplatsen/tillganglighetsredogorelse/", "/sv/om-webbplatsen/kakor/", "/sv/nyheter/")
    man = {"redirects": {"/sv/": ["/", 302]},
           "robots": "User-agent: *\nDisallow:\nSitemap: __ORIGIN__/sitemap.xml\n",
           "sitemap": [p["path"] for p in pages],
           "search": {"path": "/sv/sok/", "param": "q", "hits": {"kontakt fjällåsen": ["/sv/kontakt-fjallasen/"]}}}
    return S, pages, man


# =========================================================================== 9308 Stenbacka (ARIA roles only, banner after main)
def site_9308():
    S = base_site("9308", "Stenbacka", "Stenbacka kommun", "12", "Skåne län", "stenbacka.se",
                  "040-628 04 20", "+46 40 628 04 20", "aria", street="Rådhustorget 1", zip="999 80")
    S["sep"] = " | "
    def url(a, s):
        return f"/{a}" if s is None else f"/{a}/{s}"
    S["areas"] = make_areas(["BU", "OM", "BB", "KP", "UG", "NA", "TI"], url)
    S["topbar"] = [("Lyssna", "/lyssna", ""), ("Lättläst", "/lattlast", ""), ("In English", "/in-english", "lang=\"en\""),
                   ("<span class=\"ico\" aria-hidden=\"true\"></span>", "/servicecentrum",
                    "title=\"Servicecentrum – ring, mejla eller besök oss\" class=\"tb-icon\"")]
    S["news_href"], S["events_href"] = "/nyheter", "/kalender"
    S["access_href"], S["cookie_href"] = "/tillganglighet", "/kakor"
    S["hero"] = {"title": "Sommar i Stenbacka",
                 "text": "Stränder, cykelvägar och kultur i hela kommunen.",
                 "cards": [("Badplatser", "/uppleva-och-gora/friluftsliv-och-natur", ""),
                           ("Cykelkarta", "/trafik-och-infrastruktur/gang-och-cykel", ""),
                           ("Feriearbete", "/naringsliv-och-arbete/feriearbete", "")]}
    S["front_news"] = [
        {"date": "2024-06-10", "title": "Fler laddplatser i centrum", "href": "/nyheter/fler-laddplatser",
         "excerpt": "Tolv nya laddplatser för elbil vid Rådhustorget."},
        {"date": "2024-06-04", "title": "Stranden i Sandvik är Blå flagg-märkt", "href": "/nyheter/bla-flagg",
         "excerpt": "Märkningen visar att stranden håller hög miljöstandard."},
        {"date": "2024-05-28", "title": "Ny cykelväg till Norrby", "href": "/trafik-och-infrastruktur/gang-och-cykel",
         "excerpt": "Den nya cykelvägen är fyra kilometer lång och belyst."},
    ]
    S["all_news"] = S["front_news"]
    S["events"] = events("/kalender/", "Stenbacka")
    sc = """<p class="lead">Vi finns här för dig! Har du frågor om kommunen? Hör av dig så hjälper vi dig.</p>
<p>Telefon: 040-628 04 30<br>
E-post: <a href="mailto:servicecentrum@stenbacka.se">servicecentrum@stenbacka.se</a></p>
<p>Servicecentrum är en del av kommunledningskontoret. Kommundirektör är Nils Ek.</p>"""
    crumbs_n = [("Nyheter", "/nyheter")]
    pages = [
        page("/", "index.html", "Startsida", front=True),
        page("/servicecentrum", "servicecentrum.html", "Servicecentrum", h1="Service&shy;centrum", body=sc),
        news_page("/nyheter/fler-laddplatser", "nyhet-laddplatser.html", "Fler laddplatser i centrum",
                  "<p>Kommunen har satt upp tolv nya laddplatser för elbil vid Rådhustorget. Laddningen kostar 3 kronor per kilowattimme.</p>", crumbs_n, "2024-06-10"),
        news_page("/nyheter/bla-flagg", "nyhet-blaflagg.html", "Stranden i Sandvik är Blå flagg-märkt",
                  "<p>Sandviks strand har fått Blå flagg för tredje året i rad. Märkningen visar att stranden håller hög standard för vattenkvalitet och säkerhet.</p>", crumbs_n, "2024-06-04"),
        area_page(S, "BU", "/barn-och-utbildning", "barn-och-utbildning.html"),
        area_page(S, "OM", "/omsorg-och-hjalp", "omsorg-och-hjalp.html"),
        area_page(S, "KP", "/kommun-och-politik", "kommun-och-politik.html"),
    ]
    pages += std_pages(S, "/tillganglighet", "/kakor", "/nyheter")
    man = {"search": {"path": "/sok/", "param": "q", "hits": {"servicecentrum": ["/servicecentrum"]}}}
    return S, pages, man


# =========================================================================== 9309 Lövsjö (semantic, / -> /sv/, footer block only)
def site_9309():
    S = base_site("9309", "Lövsjö", "Lövsjö kommun", "01", "Stockholms län", "lovsjo.se",
                  "08-465 004 40", "+46 8 465 004 40", "semantic", trail=True, street="Sjövägen 2", zip="999 90",
                  home_href="/sv/")
    S["sep"] = " - "
    def url(a, s):
        return f"/sv/{a}/" if s is None else f"/sv/{a}/{s}/"
    S["areas"] = make_areas(["BU", "OM", "BB", "KP", "UG", "NA", "TI"], url)
    S["topbar"] = [(t, "/sv" + h + "/", a) for t, h, a in DEFAULT_TOPBAR]
    S["header_links"] = [("Kontakta oss", "/sv/kontakta-oss/", ""), ("E-tjänster", "/sv/e-tjanster/", "")]
    S["search_path"] = "/sv/sok/"
    S["news_href"], S["events_href"] = "/sv/nyheter/", "/sv/nyheter/#arkiv"
    S["access_href"], S["cookie_href"] = "/sv/om-webbplatsen/tillganglighetsredogorelse/", "/sv/om-webbplatsen/kakor/"
    S["gdpr_href"], S["about_href"], S["press_href"] = "/sv/om-webbplatsen/personuppgifter/", "/sv/om-webbplatsen/", "/sv/press/"
    S["jobs_href"], S["social_href"] = "/sv/kommun-och-politik/lediga-jobb/", "/sv/sociala-medier/"
    S["hero"] = {"title": "Lövsjö – mitt i naturen",
                 "text": "Sjöar, skog och en trygg uppväxt. Välkommen att bo, jobba och leva i Lövsjö.",
                 "cards": [("Lediga jobb", "/sv/kommun-och-politik/lediga-jobb/", ""), ("Förskola", "/sv/barn-och-utbildning/forskola/", ""),
                           ("Bygglov", "/sv/bygga-bo-och-miljo/bygglov/", ""), ("Felanmälan", "/sv/trafik-och-infrastruktur/felanmalan/", "")]}
    S["front_news"] = [
        {"date": "2024-03-18", "title": "Dags att söka sommarjobb", "href": "/sv/nyheter/sok-sommarjobb/",
         "excerpt": "Ungdomar födda 2007 och 2008 kan söka feriearbete till och med 15 april."},
        {"date": "2024-03-11", "title": "Vårstädning av gatorna börjar", "href": "/sv/nyheter/varstadning/",
         "excerpt": "Sopmaskinerna börjar i centrum och arbetar sig utåt."},
        {"date": "2024-03-01", "title": "Nytt äldreboende invigt", "href": "/sv/omsorg-och-hjalp/sarskilt-boende/",
         "excerpt": "Sjöbacken har 48 lägenheter och en egen trädgård."},
    ]
    S["all_news"] = S["front_news"]
    S["events"] = events("/sv/evenemang/", "Lövsjö")
    S["footer_extra"] = """<section aria-labelledby="f-kc"><h2 id="f-kc">Kontaktcentret</h2>
<p>Telefon 08-465 004 41<br>
E-post <a href="mailto:kontaktcenter@lovsjo.se">kontaktcenter@lovsjo.se</a></p></section>"""
    ko = f"""<p>Växel: {S['phone']}<br>E-post: <a href="mailto:{S['email']}">{S['email']}</a></p>
<p>Postadress: {S['postal']}<br>Besöksadress: Kommunhuset, Sjövägen 2</p>
<p>Kommunhuset har öppet måndag–fredag 08.00–16.00.</p>
<h2>Synpunkter och klagomål</h2>
<p><a href="/sv/kommun-och-politik/synpunkter-och-klagomal/">Lämna en synpunkt</a></p>"""
    crumbs_n = [("Nyheter", "/sv/nyheter/")]
    pages = [
        page("/sv/", "index.html", "Startsida", front=True),
        page("/sv/kontakta-oss/", "kontakta-oss.html", "Kontakta oss", title_full="Kontakt - Lövsjö kommun", body=ko),
        news_page("/sv/nyheter/sok-sommarjobb/", "nyhet-sommarjobb.html", "Dags att söka sommarjobb",
                  "<p>Ungdomar födda 2007 och 2008 som är folkbokförda i Lövsjö kan söka feriearbete i tre veckor under sommaren. Sista ansökningsdag är 15 april.</p>", crumbs_n, "2024-03-18"),
        news_page("/sv/nyheter/varstadning/", "nyhet-varstadning.html", "Vårstädning av gatorna börjar",
                  "<p>Nu börjar vi sopa upp vinterns grus. Vi börjar i centrum och arbetar oss utåt. Parkera gärna på tomten när sopmaskinen är på väg.</p>", crumbs_n, "2024-03-11"),
        area_page(S, "BU", "/sv/barn-och-utbildning/", "barn-och-utbildning.html"),
        area_page(S, "OM", "/sv/omsorg-och-hjalp/", "omsorg-och-hjalp.html"),
        area_page(S, "BB", "/sv/bygga-bo-och-miljo/", "bygga-bo-och-miljo.html"),
    ]
    pages += std_pages(S, "/sv/om-webbplatsen/tillganglighetsredogorelse/", "/sv/om-webbplatsen/kakor/", "/sv/nyheter/")
    for p in pages:
        if not p.get("front"):
            p.setdefault("crumbs", [])
    man = {"redirects": {"/": ["/sv/", 301]},
           "robots": "User-agent: *\nDisallow: /sv/sok/admin\nSitemap: __ORIGIN__/sitemap.xml\n",
           "sitemap": [p["path"] for p in pages],
           "search": {"path": "/sv/sok/", "param": "q", "hits": {}}}
    return S, pages, man


# =========================================================================== 9310 Kvarnholm (Municipio aria-hidden drawer; nothing named)
def site_9310():
    S = base_site("9310", "Kvarnholm", "Kvarnholms kommun", "14", "Västra Götalands län", "kvarnholm.se",
                  "031-390 06 40", "+46 31 390 06 40", "municipio", trail=True, street="Kvarngatan 10", zip="999 11",
                  drawer_mode="aria")
    S["sep"] = " – "
    S["description"] = "Kvarnholms kommuns officiella webbplats. Kontakta vårt kontaktcenter för frågor om kommunens service."
    S["jsonld_extra"] = {"contactPoint": {"@type": "ContactPoint", "name": "Kontaktcenter", "contactType": "customer service",
                                          "telephone": "+46 31 390 06 41", "areaServed": "SE"}}
    def url(a, s):
        return f"/{a}/" if s is None else f"/{a}/{s}/"
    S["areas"] = make_areas(["BU", "OM", "BB", "KP", "UG", "NA", "TI"], url)
    S["header_links"] = [("Kontakta oss", "/kontakta-oss/", ""), ("Självservice", "/e-tjanster/", "")]
    S["search_path"], S["search_param"] = "/", "s"
    S["access_href"], S["cookie_href"] = "/tillganglighet/", "/kakor/"
    S["hero"] = {"title": "Kvarnholm – staden vid forsen",
                 "text": "Industriarv, ny stadsdel vid vattnet och ett rikt kulturliv.",
                 "cards": [("Lediga jobb", "/kommun-och-politik/lediga-jobb/", ""), ("Skola", "/barn-och-utbildning/grundskola/", ""),
                           ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning/", ""),
                           ("Självservice", "/e-tjanster/", "")]}
    S["front_news"] = [
        {"date": "2024-04-16", "title": "Kvarnholmshem AB:s kundcenter flyttar till Stationshuset", "href": "/nyheter/kvarnholmshem-kundcenter-flyttar/",
         "excerpt": "Det kommunala bostadsbolaget samlar sin service för hyresgäster i Stationshuset från 2 maj."},
        {"date": "2024-04-09", "title": "Ny gång- och cykelbro över forsen", "href": "/nyheter/ny-gang-och-cykelbro/",
         "excerpt": "Bron knyter ihop nya Kvarnstaden med centrum."},
        {"date": "2024-04-02", "title": "Fullmäktige har beslutat om ny översiktsplan", "href": "/kommun-och-politik/styrdokument/",
         "excerpt": "Planen visar hur kommunen ska växa fram till 2045."},
    ]
    S["all_news"] = S["front_news"]
    S["events"] = events("/evenemang/", "Kvarnholm")
    S["footer_extra"] = ("<p><strong>Vatten och avlopp</strong><br>Kvarnholm Vatten AB – Kundtjänst för VA och renhållning<br>"
                         "Telefon 031-390 06 49</p><!-- Länken till Kontaktcenter är borttagen tills den nya sidan publiceras (ärende 2024-118) -->")
    S["body_end_extra"] = ("<script>window.kvhChat = {title: \"Kundtjänst\", greeting: \"Hej! Välkommen till kommunens kundtjänst.\", enabled: false};"
                           "</script>")
    ko = f"""<p>Kommunens växel {S['phone']} har öppet vardagar 08.00–16.00.</p>
<p>E-post: <a href="mailto:{S['email']}">{S['email']}</a><br>Postadress: {S['postal']}<br>Besöksadress: {S['visit']}</p>
<h2>Vem ska jag kontakta?</h2>
<p>Växeln kopplar dig vidare till rätt handläggare. Du kan också se kontaktuppgifter under varje ämnesområde.</p>
<!-- <h2>Kontaktcenter</h2><p>Kontaktcenter svarar på frågor om ... (avpublicerad)</p> -->"""
    kh = """<p>Det kommunala bostadsbolaget Kvarnholmshem AB flyttar sin service för hyresgäster till Stationshuset den 2 maj.</p>
<p>Kvarnholmshem AB:s kundcenter svarar på frågor om hyreskontrakt, bostadskö och felanmälan i lägenheten. Telefon 031-390 06 48, e-post kundcenter@kvarnholmshem.se.</p>
<p>Kvarnholmshems kundchef Petra Ahl hälsar alla hyresgäster välkomna till de nya lokalerna.</p>"""
    crumbs_n = [("Nyheter", "/nyheter/")]
    pages = [
        page("/", "index.html", "Startsida", front=True),
        page("/kontakta-oss/", "kontakta-oss.html", "Kontakta oss", title_full="Kontakt – Kvarnholms kommun", body=ko),
        news_page("/nyheter/kvarnholmshem-kundcenter-flyttar/", "nyhet-kvarnholmshem.html",
                  "Kvarnholmshem AB:s kundcenter flyttar till Stationshuset", kh, crumbs_n, "2024-04-16"),
        news_page("/nyheter/ny-gang-och-cykelbro/", "nyhet-cykelbro.html", "Ny gång- och cykelbro över forsen",
                  "<p>Den nya bron är 84 meter lång och har uppvärmd gångbana. Den invigs den 15 maj.</p>", crumbs_n, "2024-04-09"),
        area_page(S, "BU", "/barn-och-utbildning/", "barn-och-utbildning.html"),
        area_page(S, "BB", "/bygga-bo-och-miljo/", "bygga-bo-och-miljo.html"),
        area_page(S, "KP", "/kommun-och-politik/", "kommun-och-politik.html"),
    ]
    pages += std_pages(S, "/tillganglighet/", "/kakor/", "/nyheter/")
    man = {"robots": "User-agent: *\nDisallow: /wp-admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
           "sitemap": [p["path"] for p in pages],
           "search": {"path": "/", "param": "s", "hits": {"bygglov": ["/bygga-bo-och-miljo/"]}}}
    return S, pages, man


# =========================================================================== 9311 Örnsberga (Bootstrap, no <header>; unit only via site search)
def site_9311():
    S = base_site("9311", "Örnsberga", "Örnsberga kommun", "12", "Skåne län", "ornsberga.se",
                  "040-628 04 40", "+46 40 628 04 40", "bootstrap", street="Slottsgatan 5", zip="999 21",
                  bs_header=False)
    S["sep"] = " - "
    def url(a, s):
        return f"/{a}" if s is None else f"/{a}/{s}"
    S["areas"] = make_areas(["BU", "OM", "BB", "KP", "UG", "NA", "TI"], url, labels={"BB": "Bygga och bo"})
    S["header_links"] = [("Kontakt", "/kontakt", "")]
    S["search_path"] = "/sok"
    S["news_href"], S["events_href"] = "/nyheter", "/nyheter#evenemang"
    S["access_href"] = "/om-webbplatsen/tillganglighet"
    S["hero"] = {"title": "Örnsberga – slottsstaden",
                 "text": "Historia, handel och hav. Här finns allt om service och aktiviteter i kommunen.",
                 "cards": [("Lediga jobb", "/kommun-och-politik/lediga-jobb", ""), ("Skolval", "/barn-och-utbildning/skolval", ""),
                           ("Hemtjänst", "/omsorg-och-hjalp/hemtjanst", ""), ("Parkering", "/trafik-och-infrastruktur/parkering", "")]}
    S["front_news"] = [
        {"date": "2024-02-26", "title": "Skolvalet är öppet", "href": "/nyheter/skolvalet-ar-oppet",
         "excerpt": "Välj skola för förskoleklass och årskurs 7 senast 15 mars."},
        {"date": "2024-02-19", "title": "Slottsparken rustas upp", "href": "/nyheter/slottsparken-rustas-upp",
         "excerpt": "Nya gångar, belysning och en scen för sommarens konserter."},
        {"date": "2024-02-12", "title": "Sportlovsaktiviteter för alla", "href": "/uppleva-och-gora/fritidsgardar",
         "excerpt": "Gratis aktiviteter för barn och unga under vecka 8."},
    ]
    S["all_news"] = S["front_news"]
    S["events"] = events("/evenemang/", "Örnsberga")
    S["footer_extra"] = "<p><strong>Följ oss</strong><br><a href=\"/sociala-medier\">Facebook, Instagram och LinkedIn</a></p>"
    kt = """<p class="lead">Kund-tjänst svarar på frågor om bygglov, förskola, avfall och felanmälan på gator och vägar.</p>
<p>Ring oss på 040-628 04 41.</p>
<p>Dina frågor tas emot av våra handläggare. Kontaktperson för sidan: Lars Berg.</p>"""
    kontakt = f"""<p>Kommunens växel: {S['phone']}</p>
<p>E-post: <a href="mailto:{S['email']}">{S['email']}</a><br>Postadress: {S['postal']}</p>
<p><a href="/kommun-och-politik/synpunkter-och-klagomal">Synpunkter och klagomål</a></p>"""
    crumbs_n = [("Nyheter", "/nyheter")]
    pages = [
        page("/", "index.html", "Startsida", front=True),
        page("/kontakt", "kontakt.html", "Kontakt", body=kontakt),
        news_page("/nyheter/skolvalet-ar-oppet", "nyhet-skolval.html", "Skolvalet är öppet",
                  "<p>Nu kan du välja skola för ditt barn inför förskoleklass och årskurs 7. Valet görs i e-tjänsten senast 15 mars.</p>", crumbs_n, "2024-02-26"),
        news_page("/nyheter/slottsparken-rustas-upp", "nyhet-slottsparken.html", "Slottsparken rustas upp",
                  "<p>Under våren får Slottsparken nya grusgångar, ny belysning och en scen som kan användas för sommarens konserter.</p>", crumbs_n, "2024-02-19"),
        area_page(S, "BU", "/barn-och-utbildning", "barn-och-utbildning.html"),
        area_page(S, "OM", "/omsorg-och-hjalp", "omsorg-och-hjalp.html"),
        area_page(S, "KP", "/kommun-och-politik", "kommun-och-politik.html"),
    ]
    pages += std_pages(S, "/om-webbplatsen/tillganglighet", "/om-webbplatsen/kakor", "/nyheter")
    sitemap = [p["path"] for p in pages]
    hidden = page("/kommun-och-politik/kund-tjanst", "kund-tjanst.html", "Kund-tjänst", body=kt,
                  crumbs=[("Kommun och politik", "/kommun-och-politik")])
    pages.append(hidden)
    man = {"robots": "User-agent: *\nDisallow: /admin\nSitemap: __ORIGIN__/sitemap.xml\n",
           "sitemap": sitemap,
           "search": {"path": "/sok", "param": "q", "hits": {k: [hidden["path"]] for k in SEARCH_KEYS_ALL}}}
    return S, pages, man


# =========================================================================== 9312 Sälleby (div soup; only excluded names)
def site_9312():
    S = base_site("9312", "Sälleby", "Sälleby kommun", "25", "Norrbottens län", "salleby.se",
                  "0980-319 240", "+46 980 319 240", "soup", street="Storgatan 5", zip="999 31")
    S["sep"] = " | "
    def url(a, s):
        return f"/{a}" if s is None else f"/{a}/{s}"
    S["areas"] = make_areas(["BU", "OM", "BB", "KP", "UG", "NA", "TI"], url, extra={
        "BU": [("Skolservice", "/barn-och-utbildning/skolservice")],
        "BB": [("Bygglovsservice", "/bygga-bo-och-miljo/bygglovsservice")],
        "KP": [("IT-support för förtroendevalda", "/kommun-och-politik/it-support")],
        "NA": [("Servicecenter för företagare", "/naringsliv-och-arbete/servicecenter-for-foretagare")]})
    S["header_icons"] = [
        "<a href=\"/e-tjanster\"><img src=\"/img/ikon-etjanst.svg\" alt=\"E-tjänster\" width=\"32\" height=\"32\"></a>",
        "<a href=\"/kontakta-oss\"><img src=\"/img/ikon-kontakt.svg\" alt=\"Kontakta oss\" width=\"32\" height=\"32\"></a>",
        "<a href=\"/lediga-jobb\"><img src=\"/img/ikon-jobb.svg\" alt=\"Lediga jobb\" width=\"32\" height=\"32\"></a>",
    ]
    S["head_extra"] = "<meta name=\"keywords\" content=\"Sälleby kommun, kontaktcenter, kundtjänst, servicecenter, medborgarservice\">"
    S["news_href"], S["events_href"] = "/nyheter", "/nyheter#evenemang"
    S["access_href"], S["cookie_href"] = "/tillganglighet", "/kakor"
    S["hero"] = {"title": "Sälleby – porten till fjällen",
                 "text": "Ny järnvägsstation, nya jobb och fler bostäder. Sälleby växer.",
                 "cards": [("Lediga jobb", "/lediga-jobb", ""), ("Lediga tomter", "/bygga-bo-och-miljo/lediga-tomter", ""),
                           ("Kollektivtrafik", "/trafik-och-infrastruktur/kollektivtrafik", "")]}
    S["front_news"] = [
        {"date": "2024-03-20", "title": "Skatteverket och Försäkringskassan öppnar ett servicekontor i Sälleby",
         "href": "/nyheter/statligt-servicekontor-oppnar",
         "excerpt": "Från hösten kan du få hjälp med skatt, id-kort och föräldrapenning på Storgatan 5."},
        {"date": "2024-03-12", "title": "Studiebesök från Björnviks kontaktcenter", "href": "/nyheter/studiebesok-fran-bjornvik",
         "excerpt": "Grannkommunen berättade för politikerna om hur de tar emot invånarnas frågor."},
        {"date": "2024-03-05", "title": "Region Norrbottens kundtjänst för sjukresor har nytt nummer",
         "href": "/nyheter/regionens-kundtjanst-sjukresor",
         "excerpt": "Beställ sjukresor på det nya numret från 1 april."},
    ]
    S["all_news"] = S["front_news"]
    S["events"] = events("/nyheter/evenemang/", "Sälleby")
    S["footer_extra"] = "<div><b>Elavbrott?</b><br>Sälleby Energi AB:s kundtjänst<br>0980-319 250</div>"
    ko = f"""<p>Kommunens växel: {S['phone']}<br>E-post: <a href="mailto:{S['email']}">{S['email']}</a><br>Postadress: {S['postal']}</p>
<h2>Frågor om el och fjärrvärme</h2>
<p>Kontakta Sälleby Energi AB:s kundtjänst på 0980-319 250. Kundtjänstchef på Sälleby Energi AB är Olof Rask.</p>
<h2>Frågor om skatt och försäkring</h2>
<p>Skatteverket och Försäkringskassan har ett gemensamt servicekontor på Storgatan 5.</p>"""
    sff = """<p>Servicecenter för företagare hjälper dig som driver företag i Sälleby med tillstånd, lokaler och rådgivning.</p>
<p>Telefon: 0980-319 245<br>E-post: foretag@salleby.se<br>Besöksadress: Näringslivshuset, Stationsgatan 1</p>
<p>Enhetschef för Servicecenter för företagare: Karl Nyström</p>"""
    stat = """<p>Från och med den 1 oktober öppnar Skatteverket och Försäkringskassan ett gemensamt servicekontor på Storgatan 5 i Sälleby.</p>
<p>På Statens servicekontor kan du få hjälp med frågor om skatt, folkbokföring, id-kort, föräldrapenning och sjukpenning. Kontoret drivs av Statens servicecenter.</p>
<p>Kommunstyrelsens ordförande välkomnar beslutet: – Det är viktigt att staten finns nära invånarna.</p>"""
    bjv = """<p>Medarbetare från Björnviks kontaktcenter besökte kommunstyrelsen i Sälleby den 11 mars.</p>
<p>Björnviks kontaktcenter tar emot omkring 200 samtal om dagen och löser de flesta frågor direkt. Politikerna i Sälleby ska nu utreda om en liknande lösning kan passa här.</p>"""
    reg = """<p>Region Norrbottens kundtjänst för sjukresor byter telefonnummer den 1 april. Det nya numret är 0980-319 299.</p>
<p>Sjukresor beställs som tidigare senast dagen före resan.</p>"""
    hidden_kc = """<p>Sälleby kommuns kontaktcenter svarar på frågor om skola, omsorg, bygglov och avfall.</p>
<p>Telefon: 0980-319 241<br>E-post: kontaktcenter@salleby.se</p>
<p>Enhetschef för kontaktcenter: Britt Lund</p>"""
    crumbs_n = [("Nyheter", "/nyheter")]
    pages = [
        page("/", "index.html", "Startsida", front=True),
        page("/kontakta-oss", "kontakta-oss.html", "Kontakta oss", title_full="Kontakt | Sälleby kommun", body=ko),
        page("/naringsliv-och-arbete/servicecenter-for-foretagare", "servicecenter-for-foretagare.html", "Servicecenter för företagare",
             body=sff, crumbs=[("Näringsliv och arbete", "/naringsliv-och-arbete")]),
        news_page("/nyheter/statligt-servicekontor-oppnar", "nyhet-servicekontor.html",
                  "Skatteverket och Försäkringskassan öppnar ett servicekontor i Sälleby", stat, crumbs_n, "2024-03-20"),
        news_page("/nyheter/studiebesok-fran-bjornvik", "nyhet-studiebesok.html", "Studiebesök från Björnviks kontaktcenter", bjv, crumbs_n, "2024-03-12"),
        news_page("/nyheter/regionens-kundtjanst-sjukresor", "nyhet-sjukresor.html",
                  "Region Norrbottens kundtjänst för sjukresor har nytt nummer", reg, crumbs_n, "2024-03-05"),
        area_page(S, "BU", "/barn-och-utbildning", "barn-och-utbildning.html"),
        area_page(S, "BB", "/bygga-bo-och-miljo", "bygga-bo-och-miljo.html"),
        area_page(S, "NA", "/naringsliv-och-arbete", "naringsliv-och-arbete.html"),
    ]
    pages += std_pages(S, "/tillganglighet", "/kakor", "/nyheter")
    sitemap = [p["path"] for p in pages]
    pages.append(page("/kontaktcenter", "kontaktcenter.html", "Kontaktcenter", body=hidden_kc))
    man = {"robots": "User-agent: *\nDisallow: /sok/\nSitemap: __ORIGIN__/sitemap.xml\n",
           "sitemap": sitemap,
           "search": {"path": "/sok/", "param": "q", "hits": {k: ["/kontaktcenter"] for k in SEARCH_KEYS_ALL}}}
    return S, pages, man


# =========================================================================== 9313 Åkervik (Sitevision, no <header>; landing card only)
def site_9313():
    S = base_site("9313", "Åkervik", "Åkerviks kommun", "01", "Stockholms län", "akervik.se",
                  "08-465 004 60", "+46 8 465 004 60", "sitevision", street="Kungsgatan 3", zip="999 41",
                  sv_header_tag="div")
    S["sep"] = " - "
    def url(a, s):
        return f"/{a}.html" if s is None else f"/{a}/{s}.html"
    S["areas"] = make_areas(["BU", "OM", "BB", "KP", "UG", "NA", "TI"], url)
    S["topbar"] = [("Lyssna", "/lyssna.html", ""), ("Lättläst", "/lattlast.html", ""),
                   ("In English", "/in-english.html", "lang=\"en\""), ("Teckenspråk", "/teckensprak.html", "")]
    S["header_links"] = [("Kontakt", "/kontakt.html", ""), ("E-tjänster", "/e-tjanster.html", "")]
    S["search_path"], S["search_param"] = "/sok.html", "query"
    S["news_href"], S["events_href"] = "/nyheter.html", "/evenemang.html"
    S["access_href"] = "/om-webbplatsen/tillganglighetsredogorelse.html"
    S["cookie_href"] = "/om-webbplatsen/kakor.html"
    S["gdpr_href"], S["about_href"], S["press_href"] = "/om-webbplatsen/personuppgifter.html", "/om-webbplatsen.html", "/press.html"
    S["jobs_href"], S["social_href"] = "/kommun-och-politik/lediga-jobb.html", "/sociala-medier.html"
    S["hero"] = {"title": "Åkervik – landet nära staden",
                 "text": "Åkrar, skärgård och pendeltåg in till stan.",
                 "cards": [("Lediga jobb", "/kommun-och-politik/lediga-jobb.html", ""), ("Förskola", "/barn-och-utbildning/forskola.html", ""),
                           ("Bygglov", "/bygga-bo-och-miljo/bygglov.html", ""), ("Felanmälan", "/trafik-och-infrastruktur/felanmalan.html", "")]}
    S["front_news"] = [
        {"date": "2024-09-02", "title": "Skördefest i Åkervik", "href": "/nyheter/2024-09-02-skordefest.html",
         "excerpt": "Gårdsbutiker och hantverkare visar upp sig på torget."},
        {"date": "2024-08-26", "title": "Nya busslinjer från december", "href": "/trafik-och-infrastruktur/kollektivtrafik.html",
         "excerpt": "Fler turer till pendeltåget i Västerby."},
        {"date": "2024-08-19", "title": "Höstens föreläsningar på biblioteket", "href": "/uppleva-och-gora/bibliotek.html",
         "excerpt": "Författarbesök och släktforskning varje torsdag."},
    ]
    S["all_news"] = S["front_news"]
    S["events"] = events("/evenemang/", "Åkervik")
    kontakt = """<p class="normal">Välj vad du vill ha kontakt om.</p>
<div class="ro-cards">
<div class="ro-card"><h2 class="subheading"><a href="/kontakt/medborgarcenter.html">Medborgarcenter</a></h2><p class="normal">Besök, ring eller mejla oss med dina frågor.</p></div>
<div class="ro-card"><h2 class="subheading"><a href="/kommun-och-politik/synpunkter-och-klagomal.html">Synpunkter och klagomål</a></h2><p class="normal">Tyck till om kommunens verksamheter.</p></div>
<div class="ro-card"><h2 class="subheading"><a href="/press.html">Press och media</a></h2><p class="normal">Kontakt för journalister.</p></div>
<div class="ro-card"><h2 class="subheading"><a href="/trafik-och-infrastruktur/felanmalan.html">Felanmälan</a></h2><p class="normal">Anmäl fel på gator, parker och belysning.</p></div>
</div>"""
    mc = """<p class="normal">Kommunens&nbsp;medborgarcenter hjälper dig med frågor om bygglov, förskola och skola, äldreomsorg, avfall och parkering.</p>
<h2 class="subheading">Kontakta Medborgarcenter</h2>
<p class="normal">Telefon: 08-465 004 61</p>
<p class="normal">Besöksadress: Åkerviks stadshus, Kungsgatan 3</p>
<p class="normal"><a href="/e-tjanster/kontaktformular.html">Skicka din fråga via kontaktformuläret</a></p>"""
    form = """<p class="normal">Fyll i formuläret så återkommer vi inom tre arbetsdagar.</p>
<form action="/e-tjanster/kontaktformular/skicka" method="post" class="env-form">
<p><label for="f-namn">Namn</label><br><input id="f-namn" name="namn" type="text" required></p>
<p><label for="f-epost">E-post</label><br><input id="f-epost" name="epost" type="email" required></p>
<p><label for="f-amne">Ämne</label><br><select id="f-amne" name="amne"><option>Skola och förskola</option><option>Bygga och bo</option><option>Omsorg</option><option>Övrigt</option></select></p>
<p><label for="f-fraga">Din fråga</label><br><textarea id="f-fraga" name="fraga" rows="6" cols="50"></textarea></p>
<p><button class="env-button" type="submit">Skicka</button></p>
</form>"""
    org = """<p class="normal">Åkerviks kommun leds av kommunfullmäktige. Förvaltningen är organiserad i kommunledningskontoret och tre förvaltningar.</p>
<h2 class="subheading">Kommunledningskontoret</h2>
<p class="normal">Kommundirektör: Gunilla Ros. Kommunledningskontoret omfattar ekonomi, HR, kommunikation och Medborgarcenter. Medborgarcenter leds av enhetschef Helena Sjö.</p>
<h2 class="subheading">Utbildningsförvaltningen</h2><p class="normal">Förvaltningschef: Mats Ekberg</p>
<h2 class="subheading">Socialförvaltningen</h2><p class="normal">Förvaltningschef: Yasmin Karimi</p>
<h2 class="subheading">Samhällsbyggnadsförvaltningen</h2><p class="normal">Förvaltningschef: Olle Brandt</p>"""
    pages = [
        page("/", "index.html", "Startsida", front=True),
        page("/kontakt.html", "kontakt.html", "Kontakt", body=kontakt),
        page("/kontakt/medborgarcenter.html", "medborgarcenter.html", "Medborgarcenter", body=mc, crumbs=[("Kontakt", "/kontakt.html")]),
        page("/e-tjanster/kontaktformular.html", "kontaktformular.html", "Kontaktformulär", body=form, crumbs=[("E-tjänster", "/e-tjanster.html")]),
        area_page(S, "KP", "/kommun-och-politik.html", "kommun-och-politik.html",
                  extra="<h2 class=\"subheading\">Organisation</h2><p class=\"normal\"><a href=\"/kommun-och-politik/organisation.html\">Så är kommunen organiserad</a></p>"),
        page("/kommun-och-politik/organisation.html", "organisation.html", "Organisation", body=org,
             crumbs=[("Kommun och politik", "/kommun-och-politik.html")]),
        news_page("/nyheter/2024-09-02-skordefest.html", "nyhet-skordefest.html", "Skördefest i Åkervik",
                  "<p>Lördag 14 september fylls torget av gårdsbutiker, hantverkare och musik. Barnen kan klappa djur och åka traktorvagn.</p>",
                  [("Nyheter", "/nyheter.html")], "2024-09-02"),
        area_page(S, "BU", "/barn-och-utbildning.html", "barn-och-utbildning.html"),
    ]
    pages += std_pages(S, "/om-webbplatsen/tillganglighetsredogorelse.html", "/om-webbplatsen/kakor.html", "/nyheter.html")
    man = {"robots": "User-agent: *\nDisallow: /edit-\nDisallow: /sitevision/\nSitemap: __ORIGIN__/sitemap.xml\n",
           "sitemap": [p["path"] for p in pages],
           "search": {"path": "/sok.html", "param": "query",
                      "hits": {"medborgarcenter": ["/kontakt/medborgarcenter.html"]}}}
    return S, pages, man


# =========================================================================== 9314 Myrvik (503 everywhere)
def site_9314():
    S = base_site("9314", "Myrvik", "Myrviks kommun", "14", "Västra Götalands län", "myrvik.se",
                  "031-390 06 60", "+46 31 390 06 60", "semantic", trail=True, street="Myrvägen 1", zip="999 51")
    def url(a, s):
        return f"/{a}/" if s is None else f"/{a}/{s}/"
    S["areas"] = make_areas(["BU", "OM", "BB", "KP", "UG", "NA"], url)
    S["header_links"] = [("Kontaktcenter", "/kontaktcenter/", ""), ("E-tjänster", "/e-tjanster/", "")]
    S["hero"] = {"title": "Välkommen till Myrvik", "text": "Myrar, myggor och mycket mer.",
                 "cards": [("Lediga jobb", "/kommun-och-politik/lediga-jobb/", ""), ("Förskola", "/barn-och-utbildning/forskola/", "")]}
    S["front_news"] = [{"date": "2024-05-01", "title": "Ny webbplats på gång", "href": "/nyheter/ny-webbplats/",
                        "excerpt": "Vi bygger om webbplatsen under våren."}]
    S["all_news"] = S["front_news"]
    S["events"] = events("/evenemang/", "Myrvik")
    kc = """<p>Kontaktcenter svarar på frågor om skola, omsorg och bygglov.</p><p>Telefon 031-390 06 61, e-post kontaktcenter@myrvik.se.</p><p>Enhetschef för kontaktcenter: Åsa Lind.</p>"""
    pages = [page("/", "index.html", "Startsida", front=True),
             page("/kontaktcenter/", "kontaktcenter.html", "Kontaktcenter", body=kc),
             news_page("/nyheter/ny-webbplats/", "nyhet-webbplats.html", "Ny webbplats på gång", "<p>Vi bygger om webbplatsen under våren.</p>", [("Nyheter", "/nyheter/")], "2024-05-01"),
             area_page(S, "BU", "/barn-och-utbildning/", "barn-och-utbildning.html")]
    pages += std_pages(S, "/om-webbplatsen/tillganglighetsredogorelse/", "/om-webbplatsen/kakor/", "/nyheter/")
    man = {"robots": "User-agent: *\nDisallow:\n", "sitemap": [p["path"] for p in pages], "front_status": 503,
           "search": {"path": "/sok/", "param": "q", "hits": {}}}
    return S, pages, man


# =========================================================================== 9315 Ljungvalla (robots.txt blocks *)
def site_9315():
    S = base_site("9315", "Ljungvalla", "Ljungvalla kommun", "12", "Skåne län", "ljungvalla.se",
                  "040-628 04 60", "+46 40 628 04 60", "sitevision", street="Ljungvägen 4", zip="999 61")
    def url(a, s):
        return f"/{a}.html" if s is None else f"/{a}/{s}.html"
    S["areas"] = make_areas(["BU", "OM", "BB", "KP", "UG", "NA", "TI"], url)
    S["header_links"] = [("Kontaktcenter", "/kontaktcenter.html", ""), ("E-tjänster", "/e-tjanster.html", "")]
    S["search_path"], S["search_param"] = "/sok.html", "query"
    S["news_href"], S["events_href"] = "/nyheter.html", "/evenemang.html"
    S["access_href"], S["cookie_href"] = "/om-webbplatsen/tillganglighetsredogorelse.html", "/om-webbplatsen/kakor.html"
    S["hero"] = {"title": "Ljungvalla – ljung och hav", "text": "Hedar, stränder och ett hjärtligt välkomnande.",
                 "cards": [("Lediga jobb", "/kommun-och-politik/lediga-jobb.html", ""), ("Förskola", "/barn-och-utbildning/forskola.html", ""),
                           ("Bygglov", "/bygga-bo-och-miljo/bygglov.html", "")]}
    S["front_news"] = [{"date": "2024-06-01", "title": "Badsäsongen har börjat", "href": "/nyheter/badsasong.html",
                        "excerpt": "Livräddare finns på Ljungstrand alla dagar i juli."},
                       {"date": "2024-05-20", "title": "Ny fritidsgård i Hedby", "href": "/nyheter/fritidsgard.html",
                        "excerpt": "Öppet fyra kvällar i veckan för unga 13–17 år."}]
    S["all_news"] = S["front_news"]
    S["events"] = events("/evenemang/", "Ljungvalla")
    kc = """<p class="normal">Kontaktcenter svarar på frågor om skola, omsorg, bygglov och avfall.</p>
<p class="normal">Telefon 040-628 04 61<br>E-post kontaktcenter@ljungvalla.se</p>
<p class="normal">Enhetschef för kontaktcenter: Jenny Holm</p>"""
    pages = [page("/", "index.html", "Startsida", front=True),
             page("/kontaktcenter.html", "kontaktcenter.html", "Kontaktcenter", body=kc),
             news_page("/nyheter/badsasong.html", "nyhet-bad.html", "Badsäsongen har börjat",
                       "<p>Livräddare finns på Ljungstrand alla dagar i juli mellan 10 och 17.</p>", [("Nyheter", "/nyheter.html")], "2024-06-01"),
             area_page(S, "BU", "/barn-och-utbildning.html", "barn-och-utbildning.html"),
             area_page(S, "OM", "/omsorg-och-hjalp.html", "omsorg-och-hjalp.html")]
    pages += std_pages(S, "/om-webbplatsen/tillganglighetsredogorelse.html", "/om-webbplatsen/kakor.html", "/nyheter.html")
    man = {"robots": "User-agent: Googlebot\nAllow: /\n\nUser-agent: *\nDisallow: /\n",
           "sitemap": [p["path"] for p in pages],
           "search": {"path": "/sok.html", "param": "query", "hits": {"kontaktcenter": ["/kontaktcenter.html"]}}}
    return S, pages, man


# =========================================================================== 9316 Norrfjäll (front page is a PDF)
def site_9316():
    S = base_site("9316", "Norrfjäll", "Norrfjälls kommun", "25", "Norrbottens län", "norrfjall.se",
                  "0980-319 260", "+46 980 319 260", "table", street="Fjällgatan 1", zip="999 71",
                  charset="iso-8859-1", slogan="Under midnattssolen")
    ids = iter(range(2101, 2400))
    def url(a, s):
        return f"/{a}.asp" if s is None else f"/sida.asp?id={next(ids)}"
    S["areas"] = make_areas(["BU", "OM", "BB", "KP", "UG", "NA"], url)
    S["top_items"] = [{"label": "Startsida", "href": "/"}, {"label": "Kundtjänst", "href": "/kundtjanst.asp"}] + \
                     [{"label": a["label"], "href": a["href"]} for a in S["areas"]]
    S["topbar"] = [("Lyssna", "/lyssna.asp", ""), ("In English", "/english.asp", "")]
    S["news_href"], S["events_href"] = "/nyheter.asp", "/nyheter.asp#evenemang"
    S["access_href"], S["cookie_href"] = "/tillganglighet.asp", "/kakor.asp"
    S["all_news"] = [{"date": "2024-01-10", "title": "Webbplatsen byggs om", "href": "/nyheter.asp",
                      "excerpt": "Under tiden finns startsidan som PDF."}]
    S["events"] = [{"date": "2024-03-16", "title": "Fjällmarknad", "place": "Torget", "href": "/sida.asp?id=3001"}]
    kt = """<p>Kundtjänst svarar på frågor om skola, omsorg och bygglov.</p><p>Telefon 0980-319 261<br>E-post kundtjanst@norrfjall.se</p><p>Kundtjänstchef: Nils Päiviö</p>"""
    pages = [page("/kundtjanst.asp", "kundtjanst.html", "Kundtjänst", body=kt),
             area_page(S, "BU", "/barn-och-utbildning.asp", "barn.html"),
             area_page(S, "OM", "/omsorg-och-hjalp.asp", "omsorg.html"),
             area_page(S, "KP", "/kommun-och-politik.asp", "kommun.html")]
    pages += std_pages(S, "/tillganglighet.asp", "/kakor.asp", "/nyheter.asp")
    man = {"robots": "User-agent: *\nDisallow:\n",
           "pdf_front": True,
           "search": {"path": "/sok.asp", "param": "sokord", "hits": {}}}
    S["search_path"], S["search_param"] = "/sok.asp", "sokord"
    return S, pages, man


SITES = [site_9301, site_9302, site_9303, site_9304, site_9305, site_9306, site_9307, site_9308,
         site_9309, site_9310, site_9311, site_9312, site_9313, site_9314, site_9315, site_9316]


# --------------------------------------------------------------------------- PDF front page for 9316

def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi), xref offsets computed."""
    def pdf_str(s):
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    content = b"BT /F1 18 Tf 72 770 Td (" + pdf_str(lines[0]) + b") Tj /F1 11 Tf"
    for ln in lines[1:]:
        content += b" 0 -18 Td (" + pdf_str(ln) + b") Tj"
    content += b" ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


# --------------------------------------------------------------------------- front-page filler
# Neutral content every municipal front page has; placed after the news, never
# naming a service function.

ESERVICES = ["Ansök om förskoleplats", "Ansök om bygglov", "Anmäl frånvaro i skolan", "Beställ slamtömning",
             "Ansök om bostadsanpassning", "Ansök om parkeringstillstånd", "Boka lokal eller idrottshall",
             "Ansök om ekonomiskt bistånd", "Lämna synpunkter och klagomål", "Ansök om färdtjänst"]
JOBS = [("Förskollärare till Solrosens förskola", "2024-06-30"), ("Undersköterska till hemtjänsten", "2024-06-23"),
        ("Bygglovshandläggare", "2024-06-16"), ("Lärare i matematik åk 7–9", "2024-06-30"),
        ("Personlig assistent, timvikarie", "2024-07-15")]
EXTRA_NEWS = [("Så påverkas du av sommarens vägarbeten", "vagarbeten-sommar", "Här är listan över gator som grävs upp och hur trafiken leds om."),
              ("Nu kan du söka föreningsbidrag", "foreningsbidrag", "Sista dag att söka aktivitetsstöd för våren är 31 augusti."),
              ("Ny taxa för bygglov från 1 juli", "ny-taxa-bygglov", "Kommunfullmäktige har beslutat om en ny plan- och bygglovstaxa.")]


def href_in(S, prefix, leaf):
    """A link in the site's own URL style under prefix (e.g. /nyheter/)."""
    if S["family"] == "custom":
        return f"{prefix.strip('/')}/{leaf}/"
    ext = ".html" if S["family"] == "sitevision" else ".asp" if S["family"] == "table" else ""
    base = prefix.split("#")[0]
    home = S.get("home_href", "/")
    if home.endswith("/") and home != "/" and not base.startswith(home):
        base = home.rstrip("/") + base
    for e in (".html", ".asp"):
        if base.endswith(e):
            base = base[: -len(e)]
    return f"{base.rstrip('/')}/{leaf}{ext}" + ("/" if S.get("trail") and not ext else "")


def front_filler(S):
    es = "\n".join(f"<li><a href=\"{href_in(S, '/e-tjanster/', slug(t))}\">{esc(t)}</a></li>" for t in ESERVICES)
    jobs = "\n".join(f"<li><a href=\"{href_in(S, '/lediga-jobb/', slug(t))}\">{esc(t)}</a> <span class=\"deadline\">Sista ansökningsdag {d}</span></li>" for t, d in JOBS)
    letters = "ABCDEFGHIJKLMNOPRSTUVÅÄÖ"
    az = " ".join(f"<a href=\"{href_in(S, '/', 'a-o')}#{c}\">{c}</a>" for c in letters)
    return f"""<div class="front-blocks">
<div class="blk blk-az"><h2>Hitta snabbt från A till Ö</h2><p class="az">{az}</p></div>
<div class="blk blk-eservices">
<h2>Populära e-tjänster</h2>
<ul class="eservice-list">
{es}
</ul>
<p><a href="{href_in(S, '/e-tjanster/', 'alla')}">Alla e-tjänster</a></p>
</div>
<div class="blk blk-drift">
<h2>Driftinformation</h2>
<ul>
<li><strong>Vattenavstängning</strong> på Björkvägen 12–30 tisdag 08.00–12.00 på grund av ledningsbyte.</li>
<li><strong>Gatubelysning</strong> ur funktion längs Skolvägen. Felet är anmält och åtgärdas under veckan.</li>
</ul>
<p><a href="{href_in(S, '/trafik-och-infrastruktur/', 'driftinformation')}">All driftinformation</a></p>
</div>
<div class="blk blk-jobs">
<h2>Lediga jobb just nu</h2>
<ul>
{jobs}
</ul>
</div>
<div class="blk blk-facts">
<h2>{esc(S['kommun'])} i siffror</h2>
<dl>
<dt>Invånare</dt><dd>{12000 + int(S['code'][-2:]) * 731}</dd>
<dt>Förskolor</dt><dd>{14 + int(S['code'][-2:]) % 7}</dd>
<dt>Grundskolor</dt><dd>{9 + int(S['code'][-2:]) % 5}</dd>
<dt>Kilometer cykelväg</dt><dd>{48 + int(S['code'][-2:]) * 3}</dd>
</dl>
<p><a href="{href_in(S, '/kommun-och-politik/', 'statistik')}">Mer statistik om kommunen</a></p>
</div>
</div>
"""


def pad_front(S):
    if "front_news" in S:
        S["front_news"] = S["front_news"] + [
            {"date": f"2024-0{4 - i}-0{i + 2}", "title": t, "href": href_in(S, S["news_href"], leaf), "excerpt": ex}
            for i, (t, leaf, ex) in enumerate(EXTRA_NEWS)]
    S["front_extra"] = S.get("front_extra", "") + front_filler(S)


# --------------------------------------------------------------------------- writer

LATIN1_FIX = {"–": "-", "—": "-", "›": "&rsaquo;", "’": "'", "…": "...", "→": "-&gt;"}


def encode(html: str, charset: str) -> bytes:
    if charset.lower() == "utf-8":
        return html.encode("utf-8")
    for a, b in LATIN1_FIX.items():
        html = html.replace(a, b)
    return html.encode(charset)  # strict: fail loudly on anything not representable


def build_one(fn, root: Path) -> dict:
    S, pages, man = fn()
    paths = {p["path"] for p in pages}
    ev = S["events_href"].split("#")[0]
    if (S.get("base", "") + ev if not ev.startswith("/") else ev) not in paths:
        S["events_href"] = S["news_href"].split("#")[0] + "#arkiv"  # the news list carries the calendar
    pad_front(S)
    d = root / S["code"]
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    render = RENDERERS[S["family"]]
    charset = S.get("charset", "utf-8")
    ctype = None if charset == "utf-8" else f"text/html; charset={charset}"
    files = {}
    for P in pages:
        html = render(S, P)
        (d / P["file"]).write_bytes(encode(html, charset))
        files[P["path"]] = {"file": P["file"], "content_type": ctype} if ctype else P["file"]
    # search results template: a normal page of the site whose body is a marker
    sp = page(S["search_path"], "sok.html", "Sök", body="<!--SEARCH_RESULTS-->")
    (d / "sok.html").write_bytes(encode(render(S, sp), charset))
    if man.pop("pdf_front", False):
        pdf = make_pdf([f"{S['name']}", "Webbplatsen byggs om.", f"Växel: {S['phone']}",
                        f"E-post: {S['email']}", "Kundtjänst: 0980-319 261", "Välkommen tillbaka snart!"])
        (d / "index.pdf").write_bytes(pdf)
        files["/"] = {"file": "index.pdf", "content_type": "application/pdf"}
    search = man.pop("search")
    search["template"] = {"file": "sok.html", "content_type": ctype} if ctype else "sok.html"
    manifest = {"kommunkod": S["code"], "kommun": S["kommun"], "lan_kod": S["lan_kod"], "lan": S["lan"],
                "family": S["family"], "pages": files, "redirects": man.pop("redirects", {})}
    if "robots" in man:
        manifest["robots"] = man.pop("robots")
    if "sitemap" in man:
        manifest["sitemap"] = man.pop("sitemap")
    manifest["search"] = search
    manifest["front_status"] = man.pop("front_status", None)
    assert not man, man
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return manifest


def main(argv=None):
    ROOT.mkdir(parents=True, exist_ok=True)
    for fn in SITES:
        m = build_one(fn, ROOT)
        print(m["kommunkod"], m["kommun"], len(m["pages"]), "pages")


if __name__ == "__main__":
    main()
