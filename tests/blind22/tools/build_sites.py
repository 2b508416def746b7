"""Write tests/blind22/sites/ (a typing aid; the written files are the corpus, labels are by hand).

    python3 tests/blind22/tools/build_sites.py

Five site contents, each rendered twice in two different markup families (9191/9192 = pair 1,
9193/9194 = pair 2, ...). Within a pair only the municipality's name (and what is derived from
it: genitive, e-mail domain, org.nr, postcode) and the markup differ.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from families import FAMILIES, esc

ROOT = Path(__file__).resolve().parent.parent / "sites"

SLUGS = {"å": "a", "ä": "a", "ö": "o", " ": "-", ",": "", "é": "e"}


def slug(t: str) -> str:
    return "".join(SLUGS.get(c, c) for c in t.lower())


# --------------------------------------------------------------------------- municipalities

MUNIS = {
    "9191": dict(name="Tornviken", gen="Tornvikens", dom="tornviken.se", orgnr="212000-9191", postnr="999 31",
                 lan_kod="03", lan="Uppsala län", family="semantic"),
    "9192": dict(name="Almsjö", gen="Almsjös", dom="almsjo.se", orgnr="212000-9192", postnr="999 32",
                 lan_kod="04", lan="Södermanlands län", family="soup"),
    "9193": dict(name="Grävlinge", gen="Grävlinges", dom="gravlinge.se", orgnr="212000-9193", postnr="999 33",
                 lan_kod="22", lan="Västernorrlands län", family="sitevision"),
    "9194": dict(name="Sörmyra", gen="Sörmyras", dom="sormyra.se", orgnr="212000-9194", postnr="999 34",
                 lan_kod="23", lan="Jämtlands län", family="bootstrap"),
    "9195": dict(name="Lillåsa", gen="Lillåsas", dom="lillasa.se", orgnr="212000-9195", postnr="999 35",
                 lan_kod="14", lan="Västra Götalands län", family="municipio"),
    "9196": dict(name="Backebo", gen="Backebos", dom="backebo.se", orgnr="212000-9196", postnr="999 36",
                 lan_kod="13", lan="Hallands län", family="table"),
    "9197": dict(name="Ekesund", gen="Ekesunds", dom="ekesund.se", orgnr="212000-9197", postnr="999 37",
                 lan_kod="12", lan="Skåne län", family="drupal"),
    "9198": dict(name="Rävsta", gen="Rävstas", dom="ravsta.se", orgnr="212000-9198", postnr="999 38",
                 lan_kod="07", lan="Kronobergs län", family="headerlast"),
    "9199": dict(name="Hamnbo", gen="Hamnbos", dom="hamnbo.se", orgnr="212000-9199", postnr="999 39",
                 lan_kod="01", lan="Stockholms län", family="episerver"),
    "9200": dict(name="Norråker", gen="Norråkers", dom="norraker.se", orgnr="212000-9200", postnr="999 40",
                 lan_kod="24", lan="Västerbottens län", family="drawer"),
}

PAIR_OF = {k: (int(k) - 9191) // 2 + 1 for k in MUNIS}


# --------------------------------------------------------------------------- helpers

def menu(areas: list[tuple[str, list[str]]], real: dict[str, str] | None = None,
         extra: list[tuple[str, str]] | None = None) -> list[dict]:
    """areas -> menu model; ``real`` maps a sub-item label to the path of a real page."""
    real = real or {}
    out = []
    for label, subs in areas:
        href = f"/{slug(label)}/"
        out.append({"label": label, "href": href,
                    "subs": [(t, real.get(t, f"{href}{slug(t)}/")) for t in subs]})
    for label, href in extra or []:
        out.append({"label": label, "href": href, "subs": []})
    return out


def area_body(m: dict, it: dict, intro: str) -> str:
    lis = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in it["subs"])
    return f"<p>{intro}</p><ul>{lis}</ul>"


def news_body(date: str, paras: list[str]) -> str:
    return f"<p><small>Publicerad {date}</small></p>" + "".join(f"<p>{p}</p>" for p in paras)


def footer_std(m: dict, phone: str, help_links: list[str], extra_col: tuple[str, list[str]] | None = None):
    cols = [
        (f"{m['name']} kommun", [f"Postadress: {m['name']} kommun, {m['postnr']} {m['name']}",
                                 "Besöksadress: Stadshuset, Storgatan 1",
                                 f"Växel: <a href=\"tel:{tel(phone)}\">{phone}</a>",
                                 f"E-post: <a href=\"mailto:kommun@{m['dom']}\">kommun@{m['dom']}</a>",
                                 f"Organisationsnummer: {m['orgnr']}"]),
        ("Hjälp och kontakt", help_links),
        ("Om webbplatsen", ["<a href=\"/tillganglighetsredogorelse/\">Tillgänglighetsredogörelse</a>",
                            "<a href=\"/om-kakor/\">Om kakor</a>",
                            "Följ oss på Facebook och Instagram"]),
    ]
    if extra_col:
        cols.append(extra_col)
    return cols


def tel(phone: str) -> str:
    digits = "".join(c for c in phone if c.isdigit())
    return "+46" + digits[1:]


def common_pages(m: dict) -> dict:
    return {
        "/tillganglighetsredogorelse/": dict(
            h1="Tillgänglighetsredogörelse", file="tillganglighet.html",
            body=(f"<p>{m['name']} kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna "
                  "använda webbplatsen. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till "
                  "digital offentlig service, kända tillgänglighetsproblem och hur du kan rapportera brister.</p>"
                  "<h2>Kända brister</h2><ul><li>Vissa äldre PDF-dokument är inte tillgänglighetsanpassade.</li>"
                  "<li>Några filmer saknar syntolkning.</li></ul>"
                  "<h2>Tillsyn</h2><p>Myndigheten för digital förvaltning har ansvaret för tillsyn över lagen.</p>"
                  "<p>Redogörelsen uppdaterades senast den 3 februari 2025.</p>")),
        "/om-kakor/": dict(
            h1="Om kakor", file="kakor.html",
            body=("<p>En kaka (cookie) är en liten textfil som lagras i din webbläsare. Vi använder nödvändiga kakor "
                  "för att webbplatsen ska fungera och analyskakor för att se hur webbplatsen används.</p>"
                  "<h2>Så undviker du kakor</h2><p>Du kan ställa in din webbläsare så att den inte tar emot "
                  "kakor.</p>")),
    }


EVENTS = [("12 april", "Vårmarknad på torget"), ("Varje onsdag", "Sagostund på biblioteket"),
          ("3 maj", "Öppet hus på kulturskolan")]


# --------------------------------------------------------------------------- pair 1: semantic vs soup (score 5)

def pair1(m: dict) -> dict:
    K, D = m["name"], m["dom"]
    areas = [("Barn och utbildning", ["Förskola", "Grundskola", "Gymnasieskola", "Skolskjuts", "Vuxenutbildning"]),
             ("Omsorg och stöd", ["Äldreomsorg", "Funktionsnedsättning", "Ekonomiskt bistånd", "Färdtjänst",
                                  "Stöd till anhöriga"]),
             ("Bygga, bo och miljö", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa",
                                      "Detaljplaner"]),
             ("Kultur och fritid", ["Bibliotek", "Idrott och motion", "Föreningar", "Kulturskola", "Badplatser"]),
             ("Näringsliv och arbete", ["Starta företag", "Upphandling", "Lediga jobb", "Tillstånd",
                                        "Mark och lokaler"]),
             ("Kommun och politik", ["Organisation", "Kommunfullmäktige", "Budget och ekonomi",
                                     "Synpunkter och klagomål", "Allmänna handlingar"])]
    mn = menu(areas, real={"Organisation": "/kommun-och-politik/organisation/"},
              extra=[("Kontakta kommunen", "/kontakta-kommunen/")])
    news = [("2025-03-18", "Nya öppettider på biblioteket i sommar", "/nyheter/nya-oppettider-biblioteket/",
             "Från midsommar har huvudbiblioteket öppet även på lördagar."),
            ("2025-03-11", "Budget för 2026 är antagen", "/nyheter/budget-2026/",
             "Kommunfullmäktige har beslutat om nästa års budget."),
            ("2025-03-04", "Ombyggnaden av Storgatan börjar i maj", "/nyheter/ombyggnad-storgatan/",
             "Under ombyggnaden leds trafiken om via Kyrkvägen.")]
    front = dict(
        hero_h=f"Välkommen till {K} kommun",
        hero_p=f"Här hittar du information om kommunens service, e-tjänster och vad som händer i {K}.",
        shortcuts=[("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/"), ("Ansök om förskoleplats",
                                                                            "/e-tjanster/forskoleplats/"),
                   ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning/"), ("Bygglov",
                                                                                    "/bygga-bo-och-miljo/bygglov/"),
                   ("Felanmälan", "/e-tjanster/felanmalan/")],
        news=news,
        eservices=[("Ansök om förskoleplats", "/e-tjanster/forskoleplats/"), ("Felanmälan gata och park",
                                                                              "/e-tjanster/felanmalan/"),
                   ("Ansök om bygglov", "/e-tjanster/bygglov/"), ("Beställ slamtömning", "/e-tjanster/slamtomning/")],
        events=EVENTS,
        drift=[("Vattenavstängning på Björkvägen", "Onsdag 26 mars kl. 9–13 är vattnet avstängt på Björkvägen 2–18.")])
    footer = footer_std(m, "08-465 004 00", ["<a href=\"/kontakta-kommunen/\">Kontakta oss</a>",
                                             "<a href=\"/kommun-och-politik/synpunkter-och-klagomal/\">Lämna en "
                                             "synpunkt</a>",
                                             "<a href=\"/nyheter/\">Nyheter</a>"])
    pages = {
        "/kontaktcenter/": dict(h1="Kontaktcenter", file="kontaktcenter.html", crumbs=[("Startsida", "/")], body=(
            f"<p>Kontaktcenter är din väg in till {K} kommun. Här får du svar direkt på de flesta frågor, och kan vi "
            "inte svara själva ser vi till att ditt ärende hamnar rätt.</p>"
            "<h2>Vi svarar på frågor om</h2><ul><li>förskola, skola och skolskjuts</li><li>avfall och sophämtning</li>"
            "<li>vatten och avlopp</li><li>bygglov och nybyggnadskarta</li><li>felanmälan av gator, parker och "
            "belysning</li>"
            "<li>färdtjänst och parkeringstillstånd</li></ul>"
            "<h2>Så når du oss</h2>"
            "<p>Telefon: <a href=\"tel:+46846500410\">08-465 004 10</a></p>"
            f"<p>E-post: <a href=\"mailto:kontaktcenter@{D}\">kontaktcenter@{D}</a></p>"
            "<h3>Telefontider</h3><table><tr><th>Dag</th><th>Tid</th></tr><tr><td>Måndag–torsdag</td><td>"
            "8.00–17.00</td></tr>"
            "<tr><td>Fredag</td><td>8.00–15.00</td></tr><tr><td>Dag före helgdag</td><td>8.00–12.00</td></tr></table>"
            "<p>Kontaktcenter är en del av kommunledningskontoret. Läs mer om "
            "<a href=\"/kommun-och-politik/organisation/\">kommunens organisation</a>.</p>")),
        "/kommun-och-politik/organisation/": dict(
            h1="Organisation", file="organisation.html", crumbs=[("Startsida", "/"), ("Kommun och politik",
                                                                                      "/kommun-och-politik/")],
            body=(f"<p>{K} kommun leds av kommunfullmäktige och kommunstyrelsen. Verksamheten bedrivs i fyra "
                  "förvaltningar "
                  "och i kommunledningskontoret.</p>"
                  "<h2>Förvaltningar</h2><ul><li>Barn- och utbildningsförvaltningen</li><li>Socialförvaltningen</li>"
                  "<li>Samhällsbyggnadsförvaltningen</li><li>Kultur- och fritidsförvaltningen</li></ul>"
                  "<h2>Kommunledningskontorets enheter</h2>"
                  "<table><tr><th>Enhet</th><th>Titel</th><th>Namn</th><th>Telefon</th></tr>"
                  "<tr><td>Kommunledningskontoret</td><td>Kommundirektör</td><td>Göran Vestin</td><td>08-465 004 "
                  "01</td></tr>"
                  "<tr><td>Kommunikation</td><td>Kommunikationschef</td><td>Elin Strand</td><td>08-465 004 02</td></tr>"
                  "<tr><td>Kontaktcenter</td><td>Enhetschef</td><td>Maria Holm</td><td>08-465 004 03</td></tr>"
                  "<tr><td>Ekonomi</td><td>Ekonomichef</td><td>Ali Demir</td><td>08-465 004 04</td></tr>"
                  "<tr><td>HR</td><td>HR-chef</td><td>Karin Nord</td><td>08-465 004 05</td></tr></table>")),
        "/nyheter/nya-oppettider-biblioteket/": dict(h1="Nya öppettider på biblioteket i sommar",
                                                     file="nyhet-bibliotek.html",
            crumbs=[("Startsida", "/"), ("Nyheter", "/nyheter/")], body=news_body("2025-03-18", [
                "Från midsommar till mitten av augusti har huvudbiblioteket öppet lördagar kl. 10–14.",
                "Filialerna i Östby och Lunda har sommarstängt veckorna 28–31."])),
        "/nyheter/budget-2026/": dict(h1="Budget för 2026 är antagen", file="nyhet-budget.html",
            crumbs=[("Startsida", "/"), ("Nyheter", "/nyheter/")], body=news_body("2025-03-11", [
                "Kommunfullmäktige har antagit budgeten för 2026. Skattesatsen är oförändrad.",
                "Satsningar görs på förskolan och på underhåll av gator och vatten."])),
        "/nyheter/ombyggnad-storgatan/": dict(h1="Ombyggnaden av Storgatan börjar i maj", file="nyhet-storgatan.html",
            crumbs=[("Startsida", "/"), ("Nyheter", "/nyheter/")], body=news_body("2025-03-04", [
                "Storgatan får nya ledningar, bredare trottoarer och cykelbana. Arbetet pågår till oktober.",
                "Under ombyggnaden leds trafiken om via Kyrkvägen. Busshållplatsen Torget flyttas tillfälligt."])),
    }
    return dict(menu=mn, front=front, footer=footer, pages=pages, news=news, vaxel="08-465 004 00",
                topbar=[("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("Teckenspråk", "/teckensprak/"),
                        ("In English", "/in-english/")],
                search={"path": "/sok/", "param": "q", "hits": {
                    "kontaktcenter": ["/kontaktcenter/", "/kommun-och-politik/organisation/"],
                    "kontaktcentret": ["/kontaktcenter/"], "kontakta kommunen": ["/kontaktcenter/"]}},
                redirects={"/kontakta-kommunen/": ["/kontaktcenter/", 301]})


# --------------------------------------------------------------------------- pair 2: sitevision vs bootstrap (score 4)

def pair2(m: dict) -> dict:
    K, D = m["name"], m["dom"]
    areas = [("Utbildning och förskola", ["Förskola", "Grundskola", "Gymnasium", "Skolskjuts", "Vuxenutbildning"]),
             ("Stöd och omsorg", ["Hemtjänst", "Särskilt boende", "Ekonomiskt bistånd", "Färdtjänst",
                                  "Missbruk och beroende"]),
             ("Bo, bygga och miljö", ["Bygglov", "Sophämtning", "Vatten och avlopp", "Energirådgivning",
                                      "Detaljplaner"]),
             ("Uppleva och göra", ["Bibliotek", "Simhall", "Föreningar", "Evenemang", "Friluftsliv"]),
             ("Arbete och företagande", ["Lediga jobb", "Starta företag", "Upphandling", "Serveringstillstånd",
                                         "Feriearbete"]),
             ("Kommun och politik", ["Politik och demokrati", "Budget och ekonomi", "Statistik", "Synpunkter",
                                     "Allmänna handlingar"])]
    mn = menu(areas)
    news = [("2025-04-02", f"Statens servicecenter öppnar kontor i {K}", "/nyheter/statens-servicecenter/",
             "Från september kan du få hjälp med Försäkringskassans och Skatteverkets ärenden i bibliotekshuset."),
            ("2025-03-27", "Ny förskola i Norrmalm klar till hösten", "/nyheter/forskola-norrmalm/",
             "Förskolan Ekorren får plats för 120 barn."),
            ("2025-03-20", "Vattenläckan på Kyrkvägen är åtgärdad", "/nyheter/vattenlacka-kyrkvagen/",
             "Vattnet är tillbaka i hela området.")]
    front = dict(
        hero_h=f"{K} – nära till allt",
        hero_p="Sök förskoleplats, anmäl fel eller hitta rätt kontaktväg. Här finns de vanligaste ingångarna.",
        shortcuts=[("Kontakta oss", "/kontakta-oss/"), ("Lediga jobb", "/arbete-och-foretagande/lediga-jobb/"),
                   ("Skola och förskola", "/utbildning-och-forskola/"), ("Felanmälan", "/e-tjanster/felanmalan/"),
                   ("Sophämtning", "/bo-bygga-och-miljo/sophamtning/")],
        news=news,
        eservices=[("Ansök om förskoleplats", "/e-tjanster/forskoleplats/"), ("Felanmälan", "/e-tjanster/felanmalan/"),
                   ("Ansök om färdtjänst", "/e-tjanster/fardtjanst/"), ("Boka lokal", "/e-tjanster/boka-lokal/")],
        events=EVENTS,
        drift=[("Störning i fjärrvärmen", "Tisdag 8 april kan fjärrvärmen i Söderby vara avbruten kl. 8–12.")])
    footer = footer_std(m, "0980-319 200", ["<a href=\"/kontakta-oss/\">Kontakta oss</a>",
                                            "<a href=\"/kommun-och-politik/synpunkter/\">Lämna synpunkter</a>",
                                            "<a href=\"/nyheter/\">Nyheter</a>"])
    pages = {
        "/kontakta-oss/": dict(h1="Kontakta oss", file="kontakta-oss.html", crumbs=[("Startsida", "/")], body=(
            f"<p>Här hittar du de vanligaste sätten att komma i kontakt med {K} kommun.</p>"
            "<h2>Servicecenter</h2>"
            "<p>Servicecenter är kommunens första kontakt för dig som invånare. Vi svarar på frågor om bland annat "
            "förskoleplatser, skolskjuts, bygglov, sophämtning, parkeringstillstånd och föreningsbidrag. Kan vi inte "
            "svara direkt kopplar vi dig vidare till rätt handläggare.</p>"
            "<p>Telefon: 0980-319 210<br>Telefontid: måndag–fredag 8.00–16.30</p>"
            "<p><button type=\"button\" class=\"chat-start\">Chatta med Servicecenter</button> "
            "Chatten är öppen vardagar 9.00–15.00.</p>"
            "<p>Hos oss arbetar kommunvägledarna Amir Haddad, Linnea Berg och Oskar Lund.</p>"
            "<h2>Växel</h2><p>Växeln når du på 0980-319 200, vardagar 7.30–17.00.</p>"
            f"<h2>E-post och brev</h2><p>E-post: <a href=\"mailto:kommunen@{D}\">kommunen@{D}</a><br>"
            f"Postadress: {K} kommun, {m['postnr']} {K}</p>"
            "<h2>Synpunkter och klagomål</h2><p>Vill du lämna ett förslag eller klaga på något? "
            "<a href=\"/kommun-och-politik/synpunkter/\">Lämna en synpunkt</a>.</p>"
            "<h2>Press</h2><p>Journalister når kommunens presstjänst via växeln.</p>"
            "<p><small>Sidansvarig: Helena Ström<br>Senast uppdaterad: 2025-03-12</small></p>")),
        "/nyheter/statens-servicecenter/": dict(h1=f"Statens servicecenter öppnar kontor i {K}",
                                                file="nyhet-statens-servicecenter.html",
            crumbs=[("Startsida", "/"), ("Nyheter", "/nyheter/")], body=news_body("2025-04-02", [
                f"Statens servicecenter öppnar ett servicekontor i bibliotekshuset i {K} i september. Där kan du få "
                "hjälp med ärenden hos Försäkringskassan, Pensionsmyndigheten och Skatteverket.",
                "Statens servicecenter är en statlig myndighet och inte en del av kommunen. Har du frågor om "
                "kommunens verksamheter hittar du kontaktvägarna på <a href=\"/kontakta-oss/\">Kontakta oss</a>."])),
        "/nyheter/forskola-norrmalm/": dict(h1="Ny förskola i Norrmalm klar till hösten", file="nyhet-forskola.html",
            crumbs=[("Startsida", "/"), ("Nyheter", "/nyheter/")], body=news_body("2025-03-27", [
                "Förskolan Ekorren i Norrmalm tar emot de första barnen i augusti. Den får sex avdelningar.",
                "Du ansöker om plats via e-tjänsten för förskoleplats."])),
        "/nyheter/vattenlacka-kyrkvagen/": dict(h1="Vattenläckan på Kyrkvägen är åtgärdad",
                                                file="nyhet-vattenlacka.html",
            crumbs=[("Startsida", "/"), ("Nyheter", "/nyheter/")], body=news_body("2025-03-20", [
                "Läckan på Kyrkvägen är lagad och vattnet är tillbaka i hela området.",
                "Spola kranen en stund om vattnet är missfärgat."])),
    }
    return dict(menu=mn, front=front, footer=footer, pages=pages, news=news, vaxel="0980-319 200",
                topbar=[("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("Teckenspråk", "/teckensprak/"),
                        ("Other languages", "/other-languages/"), ("Kontakta oss", "/kontakta-oss/")],
                search={"path": "/sok/", "param": "q", "hits": {
                    "servicecenter": ["/kontakta-oss/", "/nyheter/statens-servicecenter/"],
                    "kontakta oss": ["/kontakta-oss/"]}},
                redirects={})


# --------------------------------------------------------------------------- pair 3: municipio vs table (score 3)

def pair3(m: dict) -> dict:
    K = m["name"]
    areas = [("Barn och skola", ["Förskola", "Grundskola", "Gymnasieskola", "Skolmat", "Skolskjuts"]),
             ("Omsorg och hjälp", ["Äldreomsorg", "Hemtjänst", "Färdtjänst", "Bostadsanpassning",
                                   "Ekonomiskt bistånd"]),
             ("Bygga och bo", ["Bygglov", "Avfall", "Vatten och avlopp", "Kartor", "Detaljplaner"]),
             ("Fritid och kultur", ["Bibliotek", "Badhus", "Föreningsstöd", "Kulturskola", "Motionsspår"]),
             ("Näringsliv", ["Företagsstöd", "Upphandling", "Tillstånd", "Mark och lokaler", "Lediga jobb"]),
             ("Kommun och politik", ["Kommunens organisation", "Medborgarservice", "Politik och beslut", "Ekonomi",
                                     "Överklaga beslut"])]
    mn = menu(areas, real={"Medborgarservice": "/kommun-och-politik/medborgarservice/"})
    news = [("2025-04-01", "Ny återvinningscentral öppnar i april", "/nyheter/ny-atervinningscentral/",
             "Den nya centralen i Norra industriområdet tar emot grovavfall och farligt avfall."),
            ("2025-03-25", "Kommunfullmäktige sammanträder den 24 april", "/nyheter/kommunfullmaktige-april/",
             "Sammanträdet sänds direkt på webben."),
            ("2025-03-14", f"Årets företagare i {K} är utsedd", "/nyheter/arets-foretagare/",
             "Priset delades ut på näringslivsgalan.")]
    front = dict(
        hero_h="Sommarjobb för unga",
        hero_p=f"Är du född 2008 eller 2009? Sök sommarjobb i {K} kommun senast den 31 mars.",
        shortcuts=[("Sök sommarjobb", "/naringsliv/lediga-jobb/"), ("Skolmat", "/barn-och-skola/skolmat/"),
                   ("Avfall", "/bygga-och-bo/avfall/"), ("Bygglov", "/bygga-och-bo/bygglov/")],
        news=news,
        eservices=[("Ansök om bygglov", "/e-tjanster/bygglov/"), ("Byt sopkärl", "/e-tjanster/sopkarl/"),
                   ("Anmäl frånvaro i skolan", "/e-tjanster/franvaro/"), ("Ansök om färdtjänst",
                                                                          "/e-tjanster/fardtjanst/")],
        events=EVENTS,
        drift=[("Vattenavstängning på Ängsvägen", "Torsdag 10 april kl. 8–15 är vattnet avstängt på Ängsvägen.")])
    footer = footer_std(m, "031-390 06 00", ["<a href=\"/kontakt/\">Kontakt</a>",
                                             "<a href=\"/kommun-och-politik/overklaga-beslut/\">Överklaga beslut</a>",
                                             "<a href=\"/nyheter/\">Nyheter</a>"])
    pages = {
        "/kommun-och-politik/medborgarservice/": dict(
            h1="Medborgarservice", file="medborgarservice.html",
            crumbs=[("Startsida", "/"), ("Kommun och politik", "/kommun-och-politik/")], body=(
                "<p>Medborgarservice hjälper dig med frågor om färdtjänst, parkeringstillstånd för personer med "
                "rörelsehinder, bostadsanpassningsbidrag och skolskjuts. Vi kan också hjälpa dig att fylla i "
                "blanketter "
                "och förklara hur ett beslut har fattats.</p>"
                "<p>Ring oss på 031-390 06 20.</p>"
                "<h2>Vem leder arbetet?</h2>"
                "<p>Enhetschef för medborgarservice är Henrik Sjöberg.</p>")),
        "/kontakt/": dict(h1="Kontakt", file="kontakt.html", crumbs=[("Startsida", "/")], body=(
            f"<p>Växel: 031-390 06 00, vardagar 7.30–16.30</p><p>E-post: kommun@{m['dom']}</p>"
            f"<p>Postadress: {K} kommun, {m['postnr']} {K}</p><p>Besöksadress: Stadshuset, Storgatan 1</p>"
            "<h2>Politiker</h2><p>Kontaktuppgifter till förtroendevalda finns under Politik och beslut.</p>")),
        "/nyheter/ny-atervinningscentral/": dict(h1="Ny återvinningscentral öppnar i april",
                                                 file="nyhet-atervinning.html",
            crumbs=[("Startsida", "/"), ("Nyheter", "/nyheter/")], body=news_body("2025-04-01", [
                "Den nya återvinningscentralen i Norra industriområdet öppnar den 14 april.",
                "Den gamla centralen vid Sjövägen stänger samtidigt."])),
        "/nyheter/kommunfullmaktige-april/": dict(h1="Kommunfullmäktige sammanträder den 24 april",
                                                  file="nyhet-kf.html",
            crumbs=[("Startsida", "/"), ("Nyheter", "/nyheter/")], body=news_body("2025-03-25", [
                "Kommunfullmäktige sammanträder i stadshusets sessionssal kl. 18.00. Mötet är öppet för allmänheten.",
                "Kallelse och handlingar publiceras en vecka före mötet."])),
        "/nyheter/arets-foretagare/": dict(h1=f"Årets företagare i {K} är utsedd", file="nyhet-foretagare.html",
            crumbs=[("Startsida", "/"), ("Nyheter", "/nyheter/")], body=news_body("2025-03-14", [
                "Priset gick i år till familjeföretaget Lindqvists Snickeri.",
                "Juryn lyfte fram företagets arbete med lärlingar."])),
    }
    return dict(menu=mn, front=front, footer=footer, pages=pages, news=news, vaxel="031-390 06 00",
                topbar=[("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("In English", "/in-english/"),
                        ("Kontakt", "/kontakt/")],
                search={"path": "/", "param": "s", "hits": {
                    "medborgarservice": ["/kommun-och-politik/medborgarservice/"]}},
                redirects={})


# --------------------------------------------------------------------------- pair 4: drupal vs headerlast (score 2)

def pair4(m: dict) -> dict:
    K, G, D = m["name"], m["gen"], m["dom"]
    areas = [("Förskola och skola", ["Förskola", "Grundskola", "Gymnasium", "Fritidshem", "Skolskjuts"]),
             ("Vård och omsorg", ["Hemtjänst", "Särskilt boende", "Stöd till personer med funktionsnedsättning",
                                  "Färdtjänst", "Socialt stöd"]),
             ("Bygga, bo och miljö", ["Bygglov", "Avfall", "Vatten och avlopp", "Miljötillsyn", "Planer"]),
             ("Trafik och gator", ["Parkering", "Gator och vägar", "Vinterväghållning", "Kollektivtrafik",
                                   "Gatubelysning"]),
             ("Kultur och fritid", ["Bibliotek", "Idrottsanläggningar", "Föreningar", "Kulturskola", "Naturreservat"]),
             ("Kommun och politik", ["Politik", "Ekonomi", "Styrdokument", "Statistik", "Allmänna handlingar"])]
    mn = menu(areas)
    news = [("2025-04-03", f"Följ arbetet med nya {G} centrum", "/nyheter/nya-centrum",
             "Den första etappen av ombyggnaden är klar."),
            ("2025-03-26", "Sopkärlen töms på nya dagar", "/nyheter/sopkarl-nya-dagar",
             "Från 1 maj ändras tömningsschemat i flera områden."),
            ("2025-03-19", "Ansök om kulturbidrag senast 15 april", "/nyheter/kulturbidrag",
             "Föreningar och kulturutövare kan söka bidrag för hösten.")]
    front = dict(
        hero_h=f"Följ arbetet med nya {G} centrum",
        hero_p="Torget, busstationen och biblioteket byggs om under 2025 och 2026. Se tidplanen och lämna synpunkter.",
        shortcuts=[("Tidplan för centrum", "/nyheter/nya-centrum"), ("Förskola", "/forskola-och-skola/forskola/"),
                   ("Parkering", "/trafik-och-gator/parkering/"), ("Lediga jobb", "/lediga-jobb")],
        news=news,
        eservices=[("Ansök om förskoleplats", "/e-tjanster/forskoleplats"), ("Felanmälan", "/e-tjanster/felanmalan"),
                   ("Ansök om parkeringstillstånd", "/e-tjanster/parkeringstillstand"), ("Anmäl värmepump",
                                                                                         "/e-tjanster/varmepump")],
        events=EVENTS,
        drift=[("Gatubelysningen i Västra Ek",
                "Belysningen är släckt på grund av kabelfel. Felet åtgärdas under veckan.")])
    footer = footer_std(m, "040-628 04 00", ["<a href=\"/kundcenter\">Kundcenter</a>",
                                             "<a href=\"/kontakt\">Kontakt</a>",
                                             "<a href=\"/nyheter\">Nyheter</a>"])
    pages = {
        "/kundcenter": dict(h1="Kundcenter", file="kundcenter.html", crumbs=[("Startsida", "/")], body=(
            f"<p>Välkommen till Kundcenter! Vi finns här för dig som bor, arbetar eller besöker {K}. Hör av dig om du "
            "undrar något – stort som smått – så hjälper vi dig vidare.</p>"
            "<h2>Kontakta Kundcenter</h2>"
            "<p>Telefon: 040-628 04 30</p>"
            f"<p>E-post: <a href=\"mailto:kundcenter@{D}\">kundcenter@{D}</a></p>"
            "<h2>Öppettider</h2><p>Måndag–fredag 8.00–16.30. Lunchstängt 12.00–13.00.</p>"
            "<p>Kundcenter är en del av kommunledningskontoret, som leds av kommundirektör Birgitta Alm.</p>")),
        "/kontakt": dict(h1="Kontakt", file="kontakt.html", crumbs=[("Startsida", "/")], body=(
            "<p>Växel: 040-628 04 00, vardagar 8.00–16.30</p>"
            f"<p>E-post: kommun@{D}</p><p>Postadress: {K} kommun, {m['postnr']} {K}</p>"
            "<h2>Registrator</h2><p>Handlingar som ska diarieföras skickar du till kommunens registrator.</p>")),
        "/lediga-jobb": dict(h1="Lediga jobb", file="lediga-jobb.html", crumbs=[("Startsida", "/")], body=(
            f"<p>{K} kommun har cirka 2 400 medarbetare. Just nu söker vi bland annat förskollärare, "
            "undersköterskor och en VA-ingenjör.</p><p>Alla lediga tjänster publiceras på Offentliga jobb.</p>")),
        "/nyheter/nya-centrum": dict(h1=f"Följ arbetet med nya {G} centrum", file="nyhet-centrum.html",
            crumbs=[("Startsida", "/"), ("Nyheter", "/nyheter")], body=news_body("2025-04-03", [
                "Den första etappen, den nya busstationen, är klar. Nu börjar arbetet med torget.",
                "Biblioteket håller öppet i tillfälliga lokaler på Järnvägsgatan under ombyggnaden."])),
        "/nyheter/sopkarl-nya-dagar": dict(h1="Sopkärlen töms på nya dagar", file="nyhet-sopkarl.html",
            crumbs=[("Startsida", "/"), ("Nyheter", "/nyheter")], body=news_body("2025-03-26", [
                "Från 1 maj ändras tömningsschemat för villor i Norrby, Västra Ek och Hamnen.",
                "Du som berörs får ett brev med din nya tömningsdag."])),
        "/nyheter/kulturbidrag": dict(h1="Ansök om kulturbidrag senast 15 april", file="nyhet-kulturbidrag.html",
            crumbs=[("Startsida", "/"), ("Nyheter", "/nyheter")], body=news_body("2025-03-19", [
                "Föreningar och kulturutövare kan söka bidrag för verksamhet under hösten.",
                "Ansökan görs i e-tjänsten för föreningsbidrag."])),
    }
    return dict(menu=mn, front=front, footer=footer, pages=pages, news=news, vaxel="040-628 04 00",
                news_path="/nyheter",
                topbar=[("Lyssna", "/lyssna"), ("Lättläst", "/lattlast"), ("Languages", "/languages"), ("Kontakt",
                                                                                                        "/kontakt")],
                search={"path": "/sok", "param": "keys", "hits": {"kundcenter": ["/kundcenter"]}},
                redirects={})


# --------------------------------------------------------------------------- pair 5: episerver vs drawer (score 1)

def pair5(m: dict) -> dict:
    K, D = m["name"], m["dom"]
    areas = [("Barn och utbildning", ["Förskola", "Grundskola", "Gymnasieskola", "Skolskjuts", "Vuxenutbildning"]),
             ("Omsorg och hälsa", ["Äldreomsorg", "Hemtjänst", "Färdtjänst", "Ekonomiskt bistånd", "Stöd vid våld"]),
             ("Bygga och miljö", ["Bygglov", "Avfall", "Vatten och avlopp", "Miljö och hälsoskydd", "Detaljplaner"]),
             ("Kultur och fritid", ["Bibliotek", "Idrott", "Föreningar", "Kulturskola", "Naturområden"]),
             ("Näringsliv och arbete", ["Starta och driva företag", "Servicecenter för företag", "Upphandling",
                                        "Lediga jobb", "Mark och lokaler"]),
             ("Kommun och politik", ["Organisation", "Politik", "Ekonomi", "Statistik", "Allmänna handlingar"])]
    mn = menu(areas, real={"Servicecenter för företag": "/naringsliv-och-arbete/servicecenter-for-foretag/",
                           "Organisation": "/kommun-och-politik/organisation/"})
    news = [("2025-04-04", "Hamnpromenaden får ny belysning", "/nyheter/hamnpromenaden/",
             "Arbetet pågår under april och maj."),
            ("2025-03-28", "Nu kan du söka plats i kulturskolan", "/nyheter/kulturskolan/",
             "Ansökan till hösten är öppen till och med 30 april."),
            ("2025-03-21", "Ny detaljplan för Sjöudden på samråd", "/nyheter/sjoudden-samrad/",
             "Lämna synpunkter senast 25 april.")]
    front = dict(
        hero_h=f"Välkommen till {K}",
        hero_p="Hitta information om förskola och skola, omsorg, bygglov och fritid.",
        shortcuts=[("Förskola", "/barn-och-utbildning/forskola/"), ("Bygglov", "/bygga-och-miljo/bygglov/"),
                   ("Avfall", "/bygga-och-miljo/avfall/"), ("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/"),
                   ("Bibliotek", "/kultur-och-fritid/bibliotek/")],
        news=news,
        eservices=[("Ansök om förskoleplats", "/e-tjanster/forskoleplats/"), ("Felanmälan", "/e-tjanster/felanmalan/"),
                   ("Ansök om bygglov", "/e-tjanster/bygglov/"), ("Ansök om färdtjänst", "/e-tjanster/fardtjanst/")],
        events=EVENTS,
        drift=[("Fibergrävning på Skolgatan", "Skolgatan är enkelriktad vecka 15–16.")])
    footer = footer_std(m, "08-465 004 40", ["<a href=\"/kontakt/\">Kontakta oss</a>",
                                             "<a href=\"/kommun-och-politik/organisation/\">Organisation</a>",
                                             "<a href=\"/nyheter/\">Nyheter</a>"],
                        extra_col=("Kommunala bolag", [f"{K} Energi AB – kundservice: 08-465 004 59",
                                                       f"{K} Bostäder AB – felanmälan: 08-465 004 58"]))
    pages = {
        "/kommun-och-politik/organisation/invanarservice/": dict(
            h1="Invånarservice", file="invanarservice.html",
            crumbs=[("Startsida", "/"), ("Kommun och politik", "/kommun-och-politik/"), ("Organisation",
                                                                                         "/kommun-och-politik/organisation/")],
            body=(f"<p>Invånarservice är kommunens service till dig som bor i {K}. Du är välkommen att höra av dig "
                  "till "
                  "oss om allt som rör kommunen.</p>"
                  "<h2>Kontakta Invånarservice</h2>"
                  "<p>Telefon: 08-465 004 50</p>"
                  f"<p>E-post: <a href=\"mailto:invanarservice@{D}\">invanarservice@{D}</a></p>"
                  "<p>Besöksadress: Kommunhuset, Torget 2</p>"
                  "<p>Öppettider: måndag–fredag 8.00–16.30</p>"
                  "<p>Kontaktperson: Petra Lund, handläggare</p>")),
        "/kommun-och-politik/organisation/": dict(
            h1="Organisation", file="organisation.html", crumbs=[("Startsida", "/"), ("Kommun och politik",
                                                                                      "/kommun-och-politik/")],
            body=(f"<p>{K} kommun har fyra förvaltningar under kommunstyrelsen och nämnderna.</p>"
                  "<h2>Förvaltningar</h2><ul><li>Kommunstyrelseförvaltningen</li><li>Barn- och "
                  "utbildningsförvaltningen</li>"
                  "<li>Socialförvaltningen</li><li>Samhällsbyggnadsförvaltningen</li></ul>"
                  "<h2>Gemensamma funktioner</h2><ul>"
                  "<li><a href=\"/kommun-och-politik/organisation/invanarservice/\">Invånarservice</a></li>"
                  "<li><a href=\"/naringsliv-och-arbete/servicecenter-for-foretag/\">Servicecenter för företag</a></li>"
                  "<li>Överförmyndarverksamheten</li><li>Kommunarkivet</li></ul>")),
        "/naringsliv-och-arbete/servicecenter-for-foretag/": dict(
            h1="Servicecenter för företag", file="servicecenter-for-foretag.html",
            crumbs=[("Startsida", "/"), ("Näringsliv och arbete", "/naringsliv-och-arbete/")],
            body=("<p>Servicecenter för företag hjälper dig som driver eller vill starta företag med frågor om "
                  "tillstånd, "
                  "lokaler, mark och kontakter med kommunens förvaltningar.</p>"
                  f"<p>Telefon: 08-465 004 55<br>E-post: <a href=\"mailto:foretag@{D}\">foretag@{D}</a><br>"
                  "Telefontid: vardagar 9.00–15.00</p>"
                  "<p>Enhetschef för Servicecenter för företag: Jonas Ek</p>")),
        "/kontakt/": dict(h1="Kontakta oss", file="kontakt.html", crumbs=[("Startsida", "/")], body=(
            "<p>Växel: 08-465 004 40, vardagar 7.30–17.00</p>"
            f"<p>E-post: kommun@{D}</p><p>Postadress: {K} kommun, {m['postnr']} {K}</p>"
            "<h2>Felanmälan</h2><p>Fel på gator, parker och belysning anmäler du i e-tjänsten Felanmälan.</p>")),
        "/nyheter/hamnpromenaden/": dict(h1="Hamnpromenaden får ny belysning", file="nyhet-hamn.html",
            crumbs=[("Startsida", "/"), ("Nyheter", "/nyheter/")], body=news_body("2025-04-04", [
                "Den gamla belysningen längs hamnpromenaden byts mot energisnåla armaturer.",
                "Delar av promenaden stängs av under arbetet."])),
        "/nyheter/kulturskolan/": dict(h1="Nu kan du söka plats i kulturskolan", file="nyhet-kulturskola.html",
            crumbs=[("Startsida", "/"), ("Nyheter", "/nyheter/")], body=news_body("2025-03-28", [
                "Kulturskolan erbjuder musik, dans, teater och bild för barn och unga 6–19 år.",
                "Ansökan till höstterminen är öppen till och med 30 april."])),
        "/nyheter/sjoudden-samrad/": dict(h1="Ny detaljplan för Sjöudden på samråd", file="nyhet-sjoudden.html",
            crumbs=[("Startsida", "/"), ("Nyheter", "/nyheter/")], body=news_body("2025-03-21", [
                "Planen gör det möjligt att bygga cirka 80 bostäder vid Sjöudden.",
                "Lämna dina synpunkter skriftligt senast den 25 april."])),
    }
    return dict(menu=mn, front=front, footer=footer, pages=pages, news=news, vaxel="08-465 004 40",
                topbar=[("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("In English", "/in-english/"),
                        ("Kontakt", "/kontakt/")],
                search={"path": "/sok/", "param": "q", "hits": {
                    "invånarservice": ["/kommun-och-politik/organisation/invanarservice/"],
                    "servicecenter": ["/naringsliv-och-arbete/servicecenter-for-foretag/"]}},
                redirects={})


PAIRS = {1: pair1, 2: pair2, 3: pair3, 4: pair4, 5: pair5}

AREA_INTROS = "Här hittar du information och e-tjänster om {x}."


# --------------------------------------------------------------------------- assemble

def build_site(kod: str) -> None:
    m = MUNIS[kod]
    c = PAIRS[PAIR_OF[kod]](m)
    news_path = c.get("news_path", "/nyheter/")
    s = dict(name=m["name"], vaxel=c["vaxel"], postnr=m["postnr"], topbar=c["topbar"], menu=c["menu"],
             front=c["front"], footer=c["footer"], search=c["search"], news_path=news_path)
    pages = {"/": dict(h1=m["name"] + " kommun", file="index.html", body="", crumbs=[], front=True)}
    for it in c["menu"]:
        if it["subs"]:
            fn = it["href"].strip("/") + ".html"
            pages[it["href"]] = dict(h1=it["label"], file=fn, crumbs=[("Startsida", "/")],
                                     body=area_body(m, it, AREA_INTROS.format(x=it["label"].lower())))
    lis = "".join(f"<li><a href=\"{h}\">{esc(t)}</a> <small>{d}</small><br>{esc(x)}</li>" for d, t, h, x in c["news"])
    pages[news_path] = dict(h1="Nyheter", file="nyheter.html", crumbs=[("Startsida", "/")],
                            body=f"<p>Nyheter från {m['name']} kommun.</p><ul>{lis}</ul>")
    pages.update(c["pages"])
    pages.update(common_pages(m))
    d = ROOT / kod
    d.mkdir(parents=True, exist_ok=True)
    for f in d.iterdir():
        f.unlink()
    render = FAMILIES[m["family"]]
    latin1 = m["family"] == "table"
    ctype = "text/html; charset=iso-8859-1"
    manifest_pages: dict = {}
    for path, p in pages.items():
        page = dict(path=path, h1=p["h1"], body=p["body"], crumbs=p.get("crumbs", []), front=p.get("front", False),
                    title=(f"{m['name']} kommun" if p.get("front") else f"{p['h1']} - {m['name']} kommun"))
        out = render(s, page)
        if latin1:
            (d / p["file"]).write_bytes(out.encode("iso-8859-1", errors="xmlcharrefreplace"))
            manifest_pages[path] = {"file": p["file"], "content_type": ctype}
        else:
            (d / p["file"]).write_text(out, encoding="utf-8")
            manifest_pages[path] = p["file"]
    # search results template: a normal page of the site
    spage = dict(path=c["search"]["path"], h1="Sök", body="<!--SEARCH_RESULTS-->", crumbs=[("Startsida", "/")],
                 front=False, title=f"Sök - {m['name']} kommun")
    out = render(s, spage)
    if latin1:
        (d / "sok.html").write_bytes(out.encode("iso-8859-1", errors="xmlcharrefreplace"))
        tpl = {"file": "sok.html", "content_type": ctype}
    else:
        (d / "sok.html").write_text(out, encoding="utf-8")
        tpl = "sok.html"
    (d / "logo.svg").write_text(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"60\"><rect width=\"200\" height=\"60\" "
        "fill=\"#05527a\"/>"
        f"<text x=\"10\" y=\"38\" font-size=\"20\" fill=\"#fff\">{esc(m['name'])} kommun</text></svg>\n",
                                encoding="utf-8")
    manifest_pages["/logo.svg"] = "logo.svg"
    html_paths = [p for p in manifest_pages if p != "/logo.svg"]
    manifest = {
        "kommunkod": kod, "kommun": m["name"], "lan_kod": m["lan_kod"], "lan": m["lan"], "family": m["family"],
        "pair": PAIR_OF[kod],
        "pages": manifest_pages, "redirects": c["redirects"],
        "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
        "sitemap": html_paths,
        "search": {**c["search"], "template": tpl},
        "front_status": None,
    }
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    for kod in MUNIS:
        build_site(kod)
        print("wrote", kod, MUNIS[kod]["name"], MUNIS[kod]["family"])


if __name__ == "__main__":
    main()
