"""Typing aid that writes tests/blind26/sites/ (the HTML files are the corpus).

    python3 tests/blind26/tools/build_sites.py

Ten fictional municipalities, kommunkod 9271-9280. Labels are not generated: they are
hand-coded in labels.csv from the pages as written.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from families import render

HERE = Path(__file__).resolve().parent
SITES = HERE.parent / "sites"

# --------------------------------------------------------------------------- shared text
AREAS = [
    ("barn-och-utbildning", "Barn och utbildning", [
        ("Förskola", "forskola"), ("Grundskola", "grundskola"), ("Fritidshem", "fritidshem"),
        ("Gymnasieskola", "gymnasieskola"), ("Vuxenutbildning", "vuxenutbildning"), ("Skolskjuts", "skolskjuts")]),
    ("omsorg-och-stod", "Omsorg och stöd", [
        ("Äldreomsorg", "aldreomsorg"), ("Hemtjänst", "hemtjanst"),
        ("Stöd vid funktionsnedsättning", "funktionsnedsattning"), ("Ekonomiskt bistånd", "ekonomiskt-bistand"),
        ("Färdtjänst", "fardtjanst")]),
    ("bygga-bo-och-miljo", "Bygga, bo och miljö", [
        ("Bygglov", "bygglov"), ("Avfall och återvinning", "avfall"), ("Vatten och avlopp", "vatten-och-avlopp"),
        ("Miljö och hälsa", "miljo-och-halsa"), ("Energi och klimat", "energi")]),
    ("kultur-och-fritid", "Kultur och fritid", [
        ("Bibliotek", "bibliotek"), ("Idrott och motion", "idrott"), ("Föreningsliv", "foreningar"),
        ("Kulturskola", "kulturskola"), ("Friluftsliv", "friluftsliv")]),
    ("trafik-och-gator", "Trafik och gator", [
        ("Parkering", "parkering"), ("Snöröjning", "snorojning"), ("Gång och cykel", "gang-och-cykel"),
        ("Felanmälan", "felanmalan"), ("Kollektivtrafik", "kollektivtrafik")]),
    ("naringsliv-och-arbete", "Näringsliv och arbete", [
        ("Starta företag", "starta-foretag"), ("Tillstånd", "tillstand"), ("Upphandling", "upphandling"),
        ("Lediga jobb", "lediga-jobb"), ("Turism", "turism")]),
    ("kommun-och-politik", "Kommun och politik", [
        ("Politik och beslut", "politik"), ("Organisation", "organisation"), ("Ekonomi och budget", "ekonomi"),
        ("Allmänna handlingar", "allmanna-handlingar"), ("Synpunkter och klagomål", "synpunkter")]),
]

INTRO = {
    "barn-och-utbildning": "Här hittar du information om förskola, skola och utbildning för barn, unga och vuxna i {k}.",
    "omsorg-och-stod": "Kommunen ger stöd till dig som behöver hjälp i vardagen, på grund av ålder, sjukdom eller funktionsnedsättning.",
    "bygga-bo-och-miljo": "Information om bygglov, avfall, vatten och avlopp och om hur vi tillsammans tar hand om miljön i {k}.",
    "kultur-och-fritid": "Bibliotek, idrott, föreningsliv och natur – det finns mycket att göra i {k} på fritiden.",
    "trafik-och-gator": "Kommunen sköter gator, gång- och cykelvägar och parkeringar i tätorterna. Här kan du också anmäla fel.",
    "naringsliv-och-arbete": "Vi vill att det ska vara enkelt att starta, driva och utveckla företag i {k}.",
    "kommun-och-politik": "Så styrs {k}: politiska beslut, kommunens organisation, ekonomi och hur du kan påverka.",
}

SUBTEXT = {
    "forskola": "Barn från ett års ålder kan få plats i förskola. Ansök senast fyra månader innan du behöver platsen. Avgiften följer maxtaxan.",
    "grundskola": "Kommunen har grundskolor i centralorten och i flera byar. Du kan önska skola inför förskoleklass och vid byte av stadium.",
    "fritidshem": "Fritidshemmet tar emot elever före och efter skoltid och under lov, upp till och med vårterminen det år barnet fyller 13.",
    "gymnasieskola": "Gymnasieskolan har nationella program och introduktionsprogram. Ansökan görs i januari via den gemensamma antagningen.",
    "vuxenutbildning": "Komvux erbjuder kurser på grundläggande och gymnasial nivå, yrkesutbildningar och svenska för invandrare (sfi).",
    "skolskjuts": "Elever i grundskolan kan ha rätt till skolskjuts beroende på avstånd, trafikmiljö och funktionsnedsättning. Ansök inför varje läsår.",
    "aldreomsorg": "Du som är äldre och behöver stöd kan ansöka om insatser som trygghetslarm, matdistribution och särskilt boende.",
    "hemtjanst": "Hemtjänsten hjälper dig med personlig omvårdnad och service i hemmet. Du ansöker hos biståndshandläggare.",
    "funktionsnedsattning": "Stöd enligt LSS och socialtjänstlagen, till exempel ledsagning, daglig verksamhet och bostad med särskild service.",
    "ekonomiskt-bistand": "Ekonomiskt bistånd är ett tillfälligt stöd när du inte kan försörja dig på annat sätt. Ansökan görs via e-tjänst.",
    "fardtjanst": "Färdtjänst är för dig som på grund av funktionsnedsättning har väsentliga svårigheter att resa med allmänna kommunikationer.",
    "bygglov": "För att bygga nytt, bygga till eller ändra användning behöver du oftast bygglov. Ansökan handläggs av miljö- och byggnämnden.",
    "avfall": "Hushållsavfallet hämtas varannan vecka. Grovavfall, farligt avfall och elavfall lämnar du på återvinningscentralen.",
    "vatten-och-avlopp": "Kommunen levererar dricksvatten och tar hand om avloppsvatten i de kommunala verksamhetsområdena.",
    "miljo-och-halsa": "Miljöenheten arbetar med tillsyn av livsmedel, miljöfarlig verksamhet, hälsoskydd och enskilda avlopp.",
    "energi": "Kommunens energi- och klimatrådgivare ger kostnadsfri och opartisk rådgivning till privatpersoner och föreningar.",
    "bibliotek": "Huvudbiblioteket och filialerna lånar ut böcker, ljudböcker och filmer. Med meröppet kan du besöka biblioteket även kvällstid.",
    "idrott": "Kommunen har sporthall, simhall, motionsspår och konstgräsplan. Föreningar bokar tider via bokningssystemet.",
    "foreningar": "Föreningar kan söka bidrag för verksamhet, lokaler och arrangemang. Registrera din förening i föreningsregistret.",
    "kulturskola": "Kulturskolan erbjuder kurser i musik, dans, teater och bild för barn och unga upp till 19 år.",
    "friluftsliv": "Badplatser, vandringsleder, skidspår och vindskydd – kommunen sköter flera friluftsområden.",
    "parkering": "Parkeringsreglerna skyltas på plats. Du som har funktionsnedsättning kan ansöka om parkeringstillstånd.",
    "snorojning": "Vi plogar när snödjupet är mer än fem centimeter. Huvudgator och busslinjer prioriteras.",
    "gang-och-cykel": "Kommunen bygger ut gång- och cykelvägnätet för säkrare vägar till skolor och arbetsplatser.",
    "felanmalan": "Har du sett en trasig gatlampa, ett hål i vägen eller klotter? Gör en felanmälan via e-tjänsten.",
    "kollektivtrafik": "Busstrafiken planeras av länets kollektivtrafikmyndighet. Tidtabeller finns vid hållplatserna.",
    "starta-foretag": "Funderar du på att starta företag? Näringslivsenheten ger råd om tillstånd, lokaler och nätverk.",
    "tillstand": "Serveringstillstånd, livsmedelsregistrering och tillstånd för försäljning av tobak söker du hos kommunen.",
    "upphandling": "Kommunen köper varor och tjänster för flera miljoner kronor varje år. Aktuella upphandlingar publiceras i upphandlingsverktyget.",
    "lediga-jobb": "Kommunen är en av de största arbetsgivarna i {k}. Lediga tjänster annonseras i rekryteringsverktyget.",
    "turism": "Besöksnäringen växer. Kommunen samarbetar med lokala företag om evenemang och marknadsföring.",
    "politik": "Kommunfullmäktige är kommunens högsta beslutande organ och sammanträder ungefär tio gånger per år.",
    "organisation": "Kommunen är organiserad i nämnder och förvaltningar. Kommundirektören leder kommunens tjänstepersoner.",
    "ekonomi": "Budgeten beslutas av kommunfullmäktige i juni. Skattesatsen för nästa år är 22,45 kronor.",
    "allmanna-handlingar": "Du har rätt att ta del av allmänna handlingar. Begär ut handlingar hos registrator.",
    "synpunkter": "Dina synpunkter hjälper oss att bli bättre. Lämna beröm, klagomål eller förslag via e-tjänsten.",
}

ESERVICES = [("Ansök om förskoleplats", "forskoleplats"), ("Felanmälan", "felanmalan"), ("Ansök om bygglov", "bygglov"),
             ("Beställ extra sophämtning", "sophamtning"), ("Lämna synpunkter", "synpunkter"),
             ("Ansök om parkeringstillstånd", "parkeringstillstand")]
EVENTS = [("12 okt", "Höstmarknad på torget", "hostmarknad"), ("18 okt", "Sagostund på biblioteket", "sagostund"),
          ("25 okt", "Konsert med kulturskolan", "konsert"), ("8 nov", "Öppet hus på gymnasieskolan", "oppet-hus")]


def strip(s: str) -> str:
    s = re.sub(r"<[^>]+>", "", s)
    return " ".join(s.replace("&shy;", "").replace("&nbsp;", " ").replace("&amp;", "&").split())


def section_list(items: list[tuple[str, str, str]]) -> str:
    return "\n".join(f'<h2 id="{a}">{t}</h2>\n<p>{txt}</p>' for t, a, txt in items)


def footer_cols(site: dict, extra_cols: str = "", extra_links: list | None = None) -> str:
    links = [("Tillgänglighetsredogörelse", site["about_path"] + "#tillganglighet"),
             ("Om kakor", site["about_path"] + "#kakor"),
             ("Behandling av personuppgifter", site["about_path"] + "#personuppgifter")] + (extra_links or [])
    lk = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in links)
    return (f'<div class="footer-col"><h2>{site["brand"]}</h2><p>{site["address"]}<br>'
            f'Växel: {site["vaxel"]}<br>E-post: <a href="mailto:{site["email"]}">{site["email"]}</a><br>'
            f'Org.nr: {site["orgnr"]}</p></div>\n{extra_cols}\n'
            f'<div class="footer-col"><h2>Om webbplatsen</h2><ul>{lk}</ul></div>')


def base(code, kommun, brand, lan_kod, lan, family, pathfn, **kw) -> dict:
    s = {"code": code, "kommun": kommun, "brand": brand, "lan_kod": lan_kod, "lan": lan, "family": family,
         "P": pathfn, "pages": {}, "redirects": {}, "menu_by_lang": {}, "brand_by_lang": {}, "footer_by_lang": {},
         "toplinks_by_lang": {}, "header_links_by_lang": {}, "header_links": [], "area_extra": {},
         "title_sep": " – "}
    s.update(kw)
    P = pathfn
    s["about_path"] = P("om-webbplatsen")
    s["cookie_href"] = s["about_path"] + "#kakor"
    s["eservice_path"] = P("e-tjanster")
    s["events_path"] = P("evenemang")
    s["news_path"] = P("nyheter")
    s.setdefault("description", f"Officiell webbplats för {brand}.")
    s.setdefault("toplinks", [("Lyssna", s["about_path"] + "#lyssna"), ("Lättläst", s["about_path"] + "#lattlast"),
                              ("Other languages", s["about_path"] + "#languages")])
    s["menu"] = [{"slug": sl, "title": t, "path": P(sl), "subs": list(subs)} for sl, t, subs in AREAS]
    return s


def area(site: dict, slug: str) -> dict:
    return next(a for a in site["menu"] if a.get("slug") == slug)


def add_page(site: dict, path: str, h1: str, body: str, lead: str = "", title: str | None = None,
             crumbs: list | None = None, file: str | None = None, **kw) -> None:
    h1t = strip(h1)
    if file is None:
        file = (path.strip("/").replace("/", "_").replace(".html", "").replace(".asp", "") or "index") + ".html"
    site["pages"][path] = {"path": path, "h1": h1, "h1_text": h1t, "lead": lead, "body": body,
                           "title": title or f'{h1t}{site["title_sep"]}{site["brand"]}',
                           "crumbs": crumbs or [], "file": file, **kw}


def standard_pages(site: dict) -> None:
    """Area pages, news list, e-services, events, about page."""
    k = site["kommun"]
    for a in site["menu"]:
        if "slug" not in a:
            continue
        secs = [(t, anc, SUBTEXT[anc].format(k=k)) for t, anc in AREAS_SUBS[a["slug"]]]
        body = section_list(secs) + site["area_extra"].get(a["slug"], "")
        add_page(site, a["path"], a["title"], body, lead=INTRO[a["slug"]].format(k=k))
    news = "".join(f'<li><a href="{h}">{t}</a> <time>{d}</time><p>{x}</p></li>' for t, h, d, x in site["front"]["news"])
    news += "".join(f'<li><a href="{h}">{t}</a> <time>{d}</time><p>{x}</p></li>' for t, h, d, x in site.get("old_news", []))
    add_page(site, site["news_path"], "Nyheter", f'<ul class="news-archive">{news}</ul>',
             lead=f"Nyheter från {site['brand']}.")
    es = section_list([(t, a, "Logga in med BankID eller fyll i blanketten. Du får en bekräftelse via e-post när ärendet är mottaget.") for t, a in ESERVICES])
    add_page(site, site["eservice_path"], "E-tjänster", es, lead="Här hittar du kommunens e-tjänster och blanketter.")
    ev = section_list([(f"{t}, {d}", a, f"Välkommen! Fri entré. Mer information från arrangören. Plats: {k} centrum.") for d, t, a in EVENTS])
    add_page(site, site["events_path"], "Evenemang", ev, lead=f"Det här händer i {k} i höst.")
    about = section_list([
        ("Tillgänglighetsredogörelse", "tillganglighet", f"{site['brand']} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service."),
        ("Kakor", "kakor", "Vi använder nödvändiga kakor för att webbplatsen ska fungera, och analyskakor om du godkänner det."),
        ("Behandling av personuppgifter", "personuppgifter", "Kommunen behandlar personuppgifter enligt dataskyddsförordningen. Du kan kontakta vårt dataskyddsombud via registrator."),
        ("Lyssna på webbplatsen", "lyssna", "Du kan få texten uppläst med talsyntes. Klicka på Lyssna i verktygsfältet."),
        ("Lättläst", "lattlast", f"Här finns kort information om {k} på lättläst svenska."),
        ("Other languages", "languages", f"Information about {k} in other languages. Use the translation tool or call the switchboard."),
    ])
    add_page(site, site["about_path"], "Om webbplatsen", about)


AREAS_SUBS = {sl: subs for sl, _t, subs in AREAS}


def news_item(site: dict, path: str, h1: str, date: str, body: str, teaser: str, front: bool = True) -> None:
    add_page(site, path, h1, f'<p class="published">Publicerad {date}</p>\n{body}',
             crumbs=[("Nyheter", site["news_path"])])
    (site["front"]["news"] if front else site.setdefault("old_news", [])).append((h1, path, date, teaser))


def search_template(site: dict) -> None:
    add_page(site, "__search__", "Sök", '<div class="search-results"><!--SEARCH_RESULTS--></div>', file="sok.html",
             title=f'Sök{site["title_sep"]}{site["brand"]}')


def fill_front_defaults(site: dict) -> None:
    site["front"].setdefault("eservices", ESERVICES[:4])
    site["front"].setdefault("events", EVENTS[:3])
    site["front"].setdefault("news", [])


# =========================================================================== the ten sites
def s9271() -> dict:
    P = lambda sl: f"/{sl}/"  # noqa: E731
    s = base("9271", "Tallnäs", "Tallnäs kommun", "22", "Västernorrlands län", "semantic", P,
             address="Storgatan 12, 999 31 Tallnäs", vaxel="0980-319 200", email="kommun@tallnas.se", orgnr="212000-9271",
             search={"path": "/sok/", "param": "q"})
    s["menu"].append({"title": "Kontakt Tallnäs", "path": "/kontakt-tallnas/", "subs": []})
    s["front"] = {"hero": {"title": "Välkommen till Tallnäs kommun",
                           "text": "Här bor 11 400 människor mellan älven och kusten. Hitta information om kommunens service, bo och leva, och vad som händer just nu.",
                           "cards": [("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb"), ("Förskola och skola", "/barn-och-utbildning/"),
                                     ("Sophämtning", "/bygga-bo-och-miljo/#avfall"), ("Snöröjning", "/trafik-och-gator/#snorojning")]}}
    fill_front_defaults(s)
    news_item(s, "/nyheter/statens-servicekontor-oppnar/", "Skatteverket och Försäkringskassan öppnar servicekontor i Tallnäs",
              "2025-09-30",
              "<p>Den 12 januari öppnar Statens servicecenter ett servicekontor på Storgatan 4 i Tallnäs. Där får du hjälp med ärenden hos Skatteverket, Försäkringskassan och Pensionsmyndigheten, till exempel deklaration, id-kort och föräldrapenning.</p>"
              "<p>Servicekontoret är statligt och drivs inte av kommunen. Frågor om kommunens verksamheter svarar <a href=\"/kontakt-tallnas/\">Kontakt Tallnäs</a> på som vanligt.</p>",
              "Statens servicecenter öppnar ett servicekontor på Storgatan i januari.")
    news_item(s, "/nyheter/sophamtning-ostby/", "Nya hämtdagar för sopor i Östby", "2025-09-22",
              "<p>Från vecka 41 hämtas hushållsavfallet i Östby på tisdagar i stället för torsdagar. Tallnäs Vatten och Avfall AB skickar ut ett nytt hämtschema till alla berörda hushåll.</p>",
              "Från vecka 41 hämtas hushållsavfallet i Östby på tisdagar.")
    news_item(s, "/nyheter/kommunfullmaktige-oktober/", "Kommunfullmäktige sammanträder 20 oktober", "2025-09-15",
              "<p>Kommunfullmäktige sammanträder i Folkets hus klockan 18.00. Mötet sänds på webben. Föredragningslistan finns under Politik och beslut.</p>",
              "Mötet är öppet för allmänheten och sänds på webben.")
    body = """<p>Hos oss får du svar direkt på de flesta frågor, och när ditt ärende behöver en handläggare ser vi till att det hamnar rätt. Vi svarar bland annat på frågor om</p>
<ul>
<li>förskola, skola och skolskjuts</li>
<li>bygglov, strandskydd och tomter</li>
<li>avfallshämtning, vatten och avlopp</li>
<li>parkering, snöröjning och felanmälan av gator och gatubelysning</li>
<li>färdtjänst, bostadsanpassning och hemtjänst</li>
</ul>
<p>Du kan också få hjälp att använda kommunens e-tjänster eller att fylla i en ansökan.</p>
<h2>Så når du oss</h2>
<p>Telefon: <a href="tel:+46980319210">0980-319 210</a><br>
E-post: <a href="mailto:kontakt@tallnas.se">kontakt@tallnas.se</a></p>
<table class="hours">
<caption>Telefontider</caption>
<tr><th scope="row">Måndag–torsdag</th><td>8.00–17.00</td></tr>
<tr><th scope="row">Fredag</th><td>8.00–15.00</td></tr>
<tr><th scope="row">Dag före helgdag</th><td>8.00–12.00</td></tr>
</table>
<h2>Besök oss</h2>
<p>Kommunhuset, Storgatan 12. Entrén mot torget, vardagar 9.00–16.00.</p>
<h2>Om Kontakt Tallnäs</h2>
<p>Kontakt Tallnäs är en del av kommunledningskontoret och har tolv medarbetare. Kontakt Tallnäs leds av enhetschef Johanna Rask.</p>
<p>Frågor om vatten- och avfallsfakturor besvaras av Tallnäs Vatten och Avfall AB:s kundtjänst, telefon 0980-319 250.</p>"""
    add_page(s, "/kontakt-tallnas/", "Kontakt Tallnäs", body,
             lead="Kontakt Tallnäs är Tallnäs kommuns gemensamma väg in för frågor från invånare, företagare och besökare.")
    s["footer"] = footer_cols(s, '<div class="footer-col"><h2>Kontakta Tallnäs kommun</h2><p><a href="/kontakt-tallnas/">Kontakta oss</a></p>'
                                 '<p>Tallnäs Vatten och Avfall AB<br>Kundtjänst: 0980-319 250<br>kundtjanst@tallnasvatten.se</p></div>')
    s["search"]["hits"] = {"kontakt tallnäs": ["/kontakt-tallnas/"], "kontaktcenter": ["/kontakt-tallnas/"],
                           "kundtjänst": ["/kontakt-tallnas/", "/nyheter/sophamtning-ostby/"],
                           "servicekontor": ["/nyheter/statens-servicekontor-oppnar/"]}
    return s


def s9272() -> dict:
    P = lambda sl: f"/{sl}.html"  # noqa: E731
    s = base("9272", "Strand-Holma", "Strand-Holma kommun", "24", "Västerbottens län", "sitevision", P,
             address="Rådhusgatan 1, 999 52 Strand-Holma", vaxel="031-390 06 00", email="info@strand-holma.se",
             orgnr="212000-9272", search={"path": "/sok.html", "param": "query"}, title_sep=" - ")
    unit = "/kommun-och-politik/kontakt-strand-holma.html"
    org = "/kommun-och-politik/organisation.html"
    fc = "/naringsliv-och-arbete/servicecenter-for-foretagare.html"
    area(s, "kommun-och-politik")["columns"] = [
        ("Service och kontakt", [("Kontakt Strand-Holma", unit), ("Synpunkter och klagomål", "synpunkter"),
                                 ("Allmänna handlingar", "allmanna-handlingar")]),
        ("Politik och organisation", [("Politik och beslut", "politik"), ("Organisation", org), ("Ekonomi och budget", "ekonomi")])]
    area(s, "naringsliv-och-arbete")["columns"] = [
        ("Företagare", [("Servicecenter för företagare", fc), ("Starta företag", "starta-foretag"), ("Tillstånd", "tillstand"),
                        ("Upphandling", "upphandling")]),
        ("Arbete", [("Lediga jobb", "lediga-jobb"), ("Turism", "turism")])]
    s["header_links"] = [("Kontakta oss", "/kontakta-oss.html")]
    s["front"] = {"hero": {"title": "Strand-Holma – havet, skogen och du",
                           "text": "Välkommen till Strand-Holma kommun. Här hittar du service och information för dig som bor, verkar eller vill flytta hit.",
                           "cards": [("Lediga jobb", "/naringsliv-och-arbete.html#lediga-jobb"), ("Bygga nytt", "/bygga-bo-och-miljo.html#bygglov"),
                                     ("Ansök om förskola", "/barn-och-utbildning.html#forskola"), ("Sophämtning", "/bygga-bo-och-miljo.html#avfall")]}}
    fill_front_defaults(s)
    news_item(s, "/nyheter/fardtjanst-nytt-nummer.html", "Region Västerbottens kundtjänst för färdtjänst får nytt telefonnummer", "2025-10-01",
              "<p>Från 1 november bokar du färdtjänstresor och ställer frågor om resor hos Region Västerbottens kundtjänst på ett nytt nummer. Det gamla numret fungerar till årsskiftet.</p><p>Ansökan om färdtjänsttillstånd gör du som tidigare hos kommunen.</p>",
              "Från 1 november gäller ett nytt nummer för att boka färdtjänst.")
    news_item(s, "/nyheter/forskola-holma.html", "Ny förskola i Holma invigd", "2025-09-19",
              "<p>Förskolan Tallkotten i Holma har sex avdelningar och plats för 110 barn. Byggnaden värms med bergvärme och har solceller på taket.</p>",
              "Förskolan Tallkotten har plats för 110 barn.")
    news_item(s, "/nyheter/cykelbro.html", "Strand-Holma får en ny gång- och cykelbro", "2025-09-02",
              "<p>Bron över Holmaån byggs under våren och blir klar till sommaren. Under byggtiden leds gång- och cykeltrafiken om via Strandvägen.</p>",
              "Bron över Holmaån byggs under våren.")
    add_page(s, "/kontakta-oss.html", "Kontakta oss",
             """<div class="sv-portlet sv-text-portlet"><h2 class="subheading">Växel</h2><p>031-390 06 00. Växeln är öppen vardagar 7.30–16.30.</p></div>
<div class="sv-portlet sv-text-portlet"><h2 class="subheading">Post och e-post</h2><p>Strand-Holma kommun, 999 52 Strand-Holma<br>info@strand-holma.se</p><p>Handlingar till kommunen skickar du till registrator.</p></div>
<div class="sv-portlet sv-text-portlet card"><h2 class="subheading"><a href="/kommun-och-politik/kontakt-strand-holma.html">Kontakt Strand-Holma</a></h2><p>Kommunens kontaktcenter. Läs mer om hur du når oss.</p></div>
<div class="sv-portlet sv-text-portlet"><h2 class="subheading">Press</h2><p>Journalister når kommunens presstjänst via växeln.</p></div>""",
             lead="Här hittar du kommunens kontaktvägar.")
    unit_body = """<p>Hit kan du vända dig med dina frågor till kommunen, oavsett vilken förvaltning som har hand om ärendet. Vi hjälper dig bland annat med</p>
<ul>
<li>ansökan om plats i förskola och skolval</li>
<li>frågor om bygglov och om ditt ärende hos byggnadsnämnden</li>
<li>sophämtning, slamtömning och latrin</li>
<li>bostadsanpassningsbidrag och färdtjänsttillstånd</li>
<li>felanmälan av gator, lekplatser och belysning</li>
</ul>
<h2 class="subheading">Ring, chatta eller skriv</h2>
<p>Telefon: 031-390 06 10, vardagar 8.00–16.30.</p>
<p><button class="sv-chat-button" type="button">Chatta med oss</button> Chatten är öppen vardagar 9.00–15.00.</p>
<p>Du kan också skriva till oss via e-tjänsten <a href="/e-tjanster.html#synpunkter">Fråga Kontakt Strand-Holma</a>.</p>
<h2 class="subheading">Organisation</h2>
<p>Kontakt Strand-Holma hör till kommunledningskontoret. Läs mer om <a href="/kommun-och-politik/organisation.html">kommunens organisation</a>.</p>
<p class="page-owner">Sidansvarig: Kommunikationsenheten</p>"""
    add_page(s, unit, "Kontakt Strand-Holma", unit_body,
             lead="Kontakt Strand-Holma är kommunens kontaktcenter. Vi tar emot frågor från invånare, företag och besökare.",
             crumbs=[("Kommun och politik", "/kommun-och-politik.html")])
    add_page(s, org, "Organisation", """<p>Kommunledningskontoret stödjer kommunstyrelsen och leder det kommunövergripande arbetet. Kontoret leds av kommundirektör Mats Ring.</p>
<table class="sv-table"><caption>Enheter inom kommunledningskontoret</caption>
<thead><tr><th>Enhet</th><th>Chef</th><th>Telefon</th></tr></thead>
<tbody>
<tr><td>Kansliet</td><td>Kanslichef Eva Nord</td><td>031-390 06 02</td></tr>
<tr><td>Ekonomienheten</td><td>Ekonomichef Jan Lindqvist</td><td>031-390 06 03</td></tr>
<tr><td>Kommunikationsenheten</td><td>Kommunikationschef Hanna Berg</td><td>031-390 06 04</td></tr>
<tr><td>Kontakt Strand-Holma</td><td>Enhetschef Lars Öhman</td><td>031-390 06 05</td></tr>
<tr><td>HR-enheten</td><td>HR-chef Sofie Falk</td><td>031-390 06 06</td></tr>
</tbody></table>
<p>Förvaltningarna under nämnderna är barn- och utbildningsförvaltningen, socialförvaltningen och samhällsbyggnadsförvaltningen.</p>""",
             lead="Så är Strand-Holma kommun organiserad.", crumbs=[("Kommun och politik", "/kommun-och-politik.html")])
    add_page(s, fc, "Servicecenter för företagare", """<p>Servicecenter för företagare är näringslivsenhetens samlade ingång för dig som driver eller vill starta företag i Strand-Holma. Vi hjälper dig med tillstånd, lokaler, upphandling och kontakter med andra myndigheter.</p>
<p>Telefon 031-390 06 50, foretag@strand-holma.se.</p>
<p>Näringslivschef: Maria Sundin</p>""",
             lead="En väg in för företagare.", crumbs=[("Näringsliv och arbete", "/naringsliv-och-arbete.html")])
    s["footer"] = footer_cols(s, '<div class="footer-col"><h2>Följ oss</h2><p>Facebook · Instagram · LinkedIn</p></div>',
                              [("Kontakta oss", "/kontakta-oss.html")])
    s["search"]["hits"] = {"kontakt strand-holma": [unit], "kontaktcenter": [unit, "/kontakta-oss.html"],
                           "kontakt": ["/kontakta-oss.html", unit], "servicecenter": [fc],
                           "kundtjänst": ["/nyheter/fardtjanst-nytt-nummer.html"]}
    return s


def s9273() -> dict:
    P = lambda sl: f"/sv/{sl}"  # noqa: E731
    s = base("9273", "Kivilompolo", "Kivilompolo kommun", "25", "Norrbottens län", "drupal", P,
             address="Kyrkvägen 7, 999 81 Kivilompolo", vaxel="0980-319 220", email="kommun@kivilompolo.se",
             orgnr="212000-9273", search={"path": "/sv/sok", "param": "keys"})
    s["redirects"]["/"] = ["/sv/", 302]
    s["langlinks"] = [("Svenska", "/sv/", "sv"), ("Suomeksi", "/fi/", "fi")]
    s["home_word"] = {"sv": "Startsida", "fi": "Etusivu"}
    s["brand_by_lang"] = {"fi": "Kivilompolon kunta"}
    s["toplinks"] = [("Lyssna", "/sv/om-webbplatsen#lyssna"), ("Lättläst", "/sv/om-webbplatsen#lattlast"),
                     ("Finskt förvaltningsområde", "/sv/finskt-forvaltningsomrade")]
    s["menu_by_lang"]["fi"] = [
        {"title": "Etusivu", "path": "/fi/", "subs": []},
        {"title": "Asiointipiste", "path": "/fi/asiointipiste", "subs": []},
        {"title": "Suomen kielen hallintoalue", "path": "/fi/hallintoalue",
         "subs": [("Oikeutesi", "oikeutesi"), ("Kieliraati", "kieliraati"), ("Suomenkielinen esikoulu", "esikoulu")]},
        {"title": "På svenska", "path": "/sv/", "subs": []}]
    s["front"] = {"hero": {"title": "Välkommen till Kivilompolo kommun – Tervetuloa Kivilompolon kuntaan",
                           "text": "Kivilompolo ingår i förvaltningsområdet för finska. Du har rätt att använda finska i kontakter med kommunen.",
                           "cards": [("Lediga jobb", "/sv/naringsliv-och-arbete#lediga-jobb"), ("Förskola och skola", "/sv/barn-och-utbildning"),
                                     ("Bygglov", "/sv/bygga-bo-och-miljo#bygglov"), ("Suomeksi", "/fi/")]}}
    fill_front_defaults(s)
    news_item(s, "/sv/nyheter/eldningsforbud", "Eldningsförbudet upphävs", "2025-09-12",
              "<p>Räddningstjänsten har upphävt eldningsförbudet i kommunen. Var fortsatt försiktig och följ brandriskprognosen.</p>",
              "Räddningstjänsten har upphävt eldningsförbudet.")
    news_item(s, "/sv/nyheter/kulturbidrag", "Sök bidrag för finskspråkig kultur", "2025-09-04",
              "<p>Föreningar kan söka bidrag för kulturverksamhet på finska och meänkieli. Sista ansökningsdag är 31 oktober.</p>",
              "Sista ansökningsdag är 31 oktober.")
    unit_body = """<p>Vi hjälper dig med frågor om bland annat förskola och skola, bygglov, avfallshämtning, hemtjänst och färdtjänst. Du kan också få hjälp att fylla i ansökningar och blanketter.</p>
<p>Du kan alltid tala finska med oss. Voit asioida kanssamme suomeksi.</p>
<p>Ring oss på 0980-319 225.</p>
<p><a href="/fi/asiointipiste" hreflang="fi" lang="fi">Asiointipiste suomeksi</a></p>"""
    add_page(s, "/sv/servicecentrum", "Servicecentrum", unit_body,
             lead="Servicecentrum är kommunens gemensamma väg in för dina frågor, på svenska och finska.")
    add_page(s, "/sv/finskt-forvaltningsomrade", "Finskt förvaltningsområde",
             """<p>Sedan 2010 ingår Kivilompolo i förvaltningsområdet för finska. Det betyder att du har rätt att använda finska i muntliga och skriftliga kontakter med kommunen, och att få förskola och äldreomsorg helt eller delvis på finska.</p>
<h2 id="samrad">Samråd</h2><p>Kommunen samråder med finska språkrådet fyra gånger per år.</p>
<p>Samordnare för förvaltningsområdet: Aino Kallio, 0980-319 227.</p>""",
             lead="Dina rättigheter som sverigefinne.")
    s["pages"]["/sv/finskt-forvaltningsomrade"]["body"] += '<p><a href="/fi/hallintoalue" hreflang="fi">Suomeksi</a></p>'
    # Finnish pages
    fi = {"lang": "fi", "home_path": "/fi/"}
    add_page(s, "/fi/", "Tervetuloa Kivilompolon kuntaan", """<p>Kivilompolo kuuluu suomen kielen hallintoalueeseen. Sinulla on oikeus käyttää suomea asioidessasi kunnan kanssa.</p>
<h2>Ajankohtaista</h2><ul><li>Suomenkielisen kulttuurin avustukset: hakuaika päättyy 31. lokakuuta.</li><li>Metsäpalovaroitus on päättynyt.</li></ul>
<p><a href="/fi/asiointipiste">Asiointipiste – ota yhteyttä</a></p>""", title="Etusivu – Kivilompolon kunta", **fi)
    add_page(s, "/fi/asiointipiste", "Asiointipiste", """<p>Asiointipiste (ruotsiksi Servicecentrum) palvelee sinua suomeksi ja ruotsiksi. Autamme esimerkiksi päivähoitoon, kouluun, rakennuslupiin, jätehuoltoon, kotipalveluun ja kuljetuspalveluun liittyvissä kysymyksissä.</p>
<p>Soita meille: 0980-319 225.</p>
<p><a href="/sv/servicecentrum" hreflang="sv" lang="sv">Servicecentrum på svenska</a></p>""",
             title="Asiointipiste – Kivilompolon kunta", crumbs=[], **fi)
    add_page(s, "/fi/hallintoalue", "Suomen kielen hallintoalue", """<h2 id="oikeutesi">Oikeutesi</h2><p>Sinulla on oikeus käyttää suomea suullisesti ja kirjallisesti asioidessasi kunnan kanssa.</p>
<h2 id="kieliraati">Kieliraati</h2><p>Kunta neuvottelee suomen kielen raadin kanssa neljä kertaa vuodessa.</p>
<h2 id="esikoulu">Suomenkielinen esikoulu</h2><p>Lapsellasi on oikeus paikkaan esikoulussa, jossa toiminta on kokonaan tai osittain suomeksi.</p>
<p>Hallintoalueen koordinaattori: Aino Kallio, 0980-319 227.</p>""", title="Suomen kielen hallintoalue – Kivilompolon kunta", **fi)
    block = ('<div class="block block-block-content" id="block-servicecentrum"><h2>Servicecentrum</h2>'
             '<p>Har du frågor till kommunen? Ring Servicecentrum, 0980-319 225.</p>'
             '<p><a href="/sv/servicecentrum">Servicecentrum – så når du oss</a></p></div>')
    s["footer"] = footer_cols(s, block)
    s["footer_by_lang"]["fi"] = ('<div class="block"><h2>Kivilompolon kunta</h2><p>Kyrkvägen 7, 999 81 Kivilompolo<br>Vaihde: 0980-319 220<br>'
                                 'Sähköposti: kommun@kivilompolo.se</p></div><div class="block" id="block-asiointipiste"><h2>Asiointipiste</h2>'
                                 '<p>Soita asiointipisteeseen: 0980-319 225.</p><p><a href="/fi/asiointipiste">Asiointipiste</a></p></div>'
                                 '<div class="block"><ul><li><a href="/sv/om-webbplatsen#tillganglighet">Saavutettavuusseloste (ruotsiksi)</a></li></ul></div>')
    s["search"]["hits"] = {"servicecentrum": ["/sv/servicecentrum", "/fi/asiointipiste"], "servicecenter": ["/sv/servicecentrum"],
                           "kontakt": ["/sv/servicecentrum"], "asiointipiste": ["/fi/asiointipiste"]}
    return s


def s9274() -> dict:
    P = lambda sl: f"/{sl}/"  # noqa: E731
    s = base("9274", "Luokta", "Luokta kommun", "25", "Norrbottens län", "municipio", P,
             address="Storvägen 3, 999 62 Luokta", vaxel="0980-319 230", email="kommun@luokta.se", orgnr="212000-9274",
             search={"path": "/", "param": "s"})
    s["toplinks"] = [("Lyssna", "/om-webbplatsen/#lyssna"), ("Lättläst", "/om-webbplatsen/#lattlast"),
                     ("Sámegillii", "/sme/"), ("Samiskt förvaltningsområde", "/samiskt-forvaltningsomrade/")]
    s["header_links"] = [("Kontakta oss", "/kontakta-oss/")]
    s["front"] = {"hero": {"title": "Välkommen till Luokta – Bures boahtin Luktii",
                           "text": "Fjällen, sjöarna och byarna längs älven. Här hittar du kommunens service och nyheter."},
                  "hero_html": """<div class="c-hero__cards">
<div class="c-card c-card--featured"><h2 class="c-card__title"><a href="/bygga-bo-och-miljo/#energi">Luokta Energis kundtjänst</a></h2><p class="c-card__text">Frågor om elnät, fjärrvärme och din faktura från Luokta Energi AB.</p></div>
<div class="c-card"><h2 class="c-card__title"><a href="/naringsliv-och-arbete/#lediga-jobb">Lediga jobb</a></h2><p class="c-card__text">Jobba i kommunen.</p></div>
<div class="c-card"><h2 class="c-card__title"><a href="/trafik-och-gator/#snorojning">Snöröjning</a></h2><p class="c-card__text">Så plogar vi i vinter.</p></div>
<div class="c-card"><h2 class="c-card__title"><a href="/barn-och-utbildning/#forskola">Ansök om förskola</a></h2><p class="c-card__text">Plats i förskola från ett års ålder.</p></div>
</div>"""}
    fill_front_defaults(s)
    news_item(s, "/nyheter/samernas-nationaldag/", "Samernas nationaldag firas i Luokta", "2025-10-02",
              "<p>Den 6 februari hissas samiska flaggan vid kommunhuset och det blir jojk och servering av souvas på torget.</p>",
              "Program för den 6 februari är klart.")
    news_item(s, "/nyheter/fjarrvarme/", "Luokta Energi bygger ut fjärrvärmen", "2025-09-18",
              "<p>Luokta Energi AB, som ägs av kommunen, bygger ut fjärrvärmenätet till Norrbyn. Frågor om anslutning besvaras av Luokta Energis kundtjänst, telefon 0980-319 240.</p>",
              "Fjärrvärmenätet byggs ut till Norrbyn.")
    news_item(s, "/nyheter/biblioteket/", "Nya öppettider på biblioteket", "2025-09-01",
              "<p>Biblioteket har öppet till 19.00 på tisdagar och torsdagar. Meröppet gäller alla dagar 7–22.</p>",
              "Längre öppet på tisdagar och torsdagar.")
    body = """<p>Kundtjänsten svarar på frågor om</p>
<ul>
<li>avgifter för förskola och äldreomsorg</li>
<li>sophämtning, slamtömning och återvinningscentralen</li>
<li>vatten och avlopp</li>
<li>bygglov och andra tillstånd</li>
<li>skolskjuts</li>
</ul>
<p>Har du frågor om el eller fjärrvärme vänder du dig till Luokta Energis kundtjänst.</p>
<h2>Kontakta kundtjänsten</h2>
<p>Telefon: 0980-319 235, vardagar 8.00–16.00<br>
E-post: kundtjanst(at)luokta.se</p>
<h2 lang="se">Sámegillii</h2>
<p lang="se">Sáhtát váldit oktavuođa minguin sámegillii.</p>
<p>Samordnare för samiskt förvaltningsområde: Ánte Labba, <a href="/samiskt-forvaltningsomrade/">läs mer om förvaltningsområdet</a>.</p>
<p class="c-article__meta">Sidansvarig: Kommunikationsenheten</p>"""
    add_page(s, "/kundtjanst/", "Kundtjänst", body,
             lead="Luokta kommuns kundtjänst tar emot dina frågor och hjälper dig vidare – på svenska och samiska.")
    add_page(s, "/kontakta-oss/", "Kontakta oss", """<p>Växel: 0980-319 230, vardagar 7.30–16.30. Växeln kopplar dig till rätt person.</p>
<p>Skicka e-post till kommun@luokta.se eller brev till Luokta kommun, Storvägen 3, 999 62 Luokta.</p>
<p>Frågor om avgifter, sophämtning eller vatten? Vänd dig till <a href="/kundtjanst/">kundtjänsten</a>.</p>""")
    add_page(s, "/samiskt-forvaltningsomrade/", "Samiskt förvaltningsområde",
             """<p>Luokta ingår i förvaltningsområdet för samiska. Du har rätt att använda samiska i kontakter med kommunen och att få förskola och äldreomsorg helt eller delvis på samiska.</p>
<p>Samordnare för samiskt förvaltningsområde: Ánte Labba, 0980-319 237.</p><p><a href="/sme/">Sámegillii</a></p>""")
    add_page(s, "/sme/", "Sámegillii", """<p>Bures boahtin Luokta gieldii! Luokta gielda gullá sámi hálddašanguvlui. Dus lea vuoigatvuohta geavahit sámegiela go leat oktavuođas gielddain.</p>
<p>Gieldda bálvalus: 0980-319 235.</p>
<p><a href="/samiskt-forvaltningsomrade/" lang="sv">Samiskt förvaltningsområde (på svenska)</a></p>""",
             title="Sámegillii – Luokta gielda", lang="se")
    cols = ('<div class="c-footer__col"><h2>Genvägar</h2><ul><li><a href="/kundtjanst/">Kommunens kund&shy;tjänst</a></li>'
            '<li><a href="/naringsliv-och-arbete/#lediga-jobb">Lediga jobb</a></li><li><a href="/sme/">Sámegillii</a></li></ul></div>'
            '<div class="c-footer__col"><h2>Kommunala bolag</h2><p>Luokta Energi AB, kundtjänst 0980-319 240<br>Luoktabostäder AB, 0980-319 245</p></div>')
    s["footer"] = footer_cols(s, cols)
    s["search"]["hits"] = {"kundtjänst": ["/kundtjanst/", "/nyheter/fjarrvarme/"], "kontakt": ["/kontakta-oss/", "/kundtjanst/"],
                           "kundcenter": [], "kontaktcenter": []}
    return s


def s9275() -> dict:
    P = lambda sl: f"/{sl}/"  # noqa: E731
    s = base("9275", "Södra Vallbo", "Södra Vallbo kommun", "14", "Västra Götalands län", "bootstrap", P,
             address="Torggatan 1, 999 70 Södra Vallbo", vaxel="031-390 06 20", email="kommun@sodravallbo.se",
             orgnr="212000-9275", search={"path": "/sok/", "param": "q"})
    unit = "/kontakt-sodra-vallbo/"
    s["toplinks"] = [("Lyssna", "/om-webbplatsen/#lyssna"), ("Lättläst", "/om-webbplatsen/#lattlast"), ("In English", "/en/")]
    s["header_links"] = [("KONTAKT SÖDRA VALLBO", unit)]
    s["toplinks_by_lang"]["en"] = [("På svenska", "/"), ("Listen", "/om-webbplatsen/#lyssna")]
    s["header_links_by_lang"]["en"] = [("CONTACT SÖDRA VALLBO", "/en/contact/")]
    s["brand_by_lang"]["en"] = "Södra Vallbo Municipality"
    s["menu_by_lang"]["en"] = [
        {"title": "Welcome", "path": "/en/", "subs": [("Living in Södra Vallbo", "living"), ("Schools", "schools"), ("Work", "work")]},
        {"title": "Contact", "path": "/en/contact/", "subs": []},
        {"title": "Svenska", "path": "/", "subs": []}]
    s["front"] = {"hero": {"title": "Välkommen till Södra Vallbo",
                           "text": "Landsbygd och småstad, tjugo minuter från Göteborg. Hitta kommunens service och nyheter.",
                           "cards": []}}
    s["front"]["hero"]["cards"] = [("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb"), ("Skolval", "/barn-och-utbildning/#grundskola"),
                                   ("Sophämtning", "/bygga-bo-och-miljo/#avfall")]
    fill_front_defaults(s)
    news_item(s, "/nyheter/vallbo-bostader-kundcenter/", "Vallbo Bostäder AB:s kundcenter flyttar till Stationshuset", "2025-09-29",
              "<p>Det kommunala bostadsbolaget Vallbo Bostäder AB samlar sitt kundcenter i Stationshuset från 3 november. Hyresgäster kan där göra felanmälan och ställa frågor om sitt kontrakt.</p>",
              "Hyresgäster möts i Stationshuset från 3 november.")
    news_item(s, "/nyheter/skolvag-norra/", "Säkrare skolväg i Norra Vallbo", "2025-09-17",
              "<p>En ny gång- och cykelväg mellan Norra Vallbo och Åsskolan byggs under hösten.</p>",
              "En ny gång- och cykelväg byggs under hösten.")
    news_item(s, "/nyheter/budget-2026/", "Budget för 2026 antagen", "2025-06-18",
              "<p>Kommunfullmäktige har antagit budget och verksamhetsplan för 2026. Skattesatsen är oförändrad.</p>",
              "Skattesatsen är oförändrad.")
    body = """<p>Vi finns här för dig som bor i, arbetar i eller besöker Södra Vallbo. Hör av dig om du undrar något, så hjälper vi dig – eller ser till att du kommer rätt.</p>
<div class="card my-3"><div class="card-body">
<h2 class="h4">Ring, mejla eller kom förbi</h2>
<p>Telefon: <a href="tel:+4631390630">031-390 06 30</a><br>
E-post: <a href="mailto:kontakt@sodravallbo.se">kontakt@sodravallbo.se</a></p>
<p>Öppettider: måndag–fredag 8.00–16.30</p>
<p>Besöksadress: Kommunhuset, Torggatan 1</p>
</div></div>
<p>Enhetschef för Kontakt Södra Vallbo är Per Strand.</p>
<p><a href="/en/contact/" hreflang="en">Contact Södra Vallbo in English</a></p>"""
    add_page(s, unit, "Kontakt Södra Vallbo", body, lead="Kontakt Södra Vallbo är din väg in till kommunen.")
    en = {"lang": "en", "home_path": "/en/"}
    add_page(s, "/en/", "Welcome to Södra Vallbo", """<p>Södra Vallbo is a municipality of 16 000 inhabitants in western Sweden, twenty minutes from Gothenburg.</p>
<h2 id="living">Living in Södra Vallbo</h2><p>Housing is offered by private landlords and by the municipal housing company. The municipality provides schools, elderly care, water and waste collection.</p>
<h2 id="schools">Schools</h2><p>There are eight primary schools and one upper secondary school. Swedish for immigrants (sfi) is offered by the adult education centre.</p>
<h2 id="work">Work</h2><p>The municipality is the largest employer in Södra Vallbo.</p>
<p><a href="/en/contact/">Contact Södra Vallbo</a></p>""", title="Welcome – Södra Vallbo Municipality", **en)
    add_page(s, "/en/contact/", "Contact Södra Vallbo", """<p>Contact Södra Vallbo is your way into the municipality. We are here for you – get in touch if you are wondering about anything.</p>
<p>Phone: +46 31 390 06 30<br>E-mail: kontakt@sodravallbo.se<br>Opening hours: Monday–Friday 8.00–16.30</p>
<p>Head of unit: Per Strand</p>
<p><a href="/kontakt-sodra-vallbo/" hreflang="sv">På svenska</a></p>""", title="Contact Södra Vallbo – Södra Vallbo Municipality", **en)
    s["footer"] = footer_cols(s, '<div class="col-md-4"><h2 class="h5">Genvägar</h2><ul><li><a href="/kontakt-sodra-vallbo/">Kontakt Södra Vallbo</a></li>'
                                 '<li><a href="/en/">In English</a></li></ul></div>')
    s["footer_by_lang"]["en"] = ('<div class="col-md-6"><h2 class="h5">Södra Vallbo Municipality</h2><p>Torggatan 1, SE-999 70 Södra Vallbo<br>'
                                 'Switchboard: +46 31 390 06 20</p></div><div class="col-md-6"><ul><li><a href="/en/contact/">Contact Södra Vallbo</a></li>'
                                 '<li><a href="/om-webbplatsen/#tillganglighet">Accessibility statement (in Swedish)</a></li></ul></div>')
    s["search"]["hits"] = {"kontakt södra vallbo": [unit, "/en/contact/"], "kontaktcenter": [unit], "kontakt": [unit],
                           "kundcenter": ["/nyheter/vallbo-bostader-kundcenter/"]}
    return s


def s9276() -> dict:
    P = lambda sl: f"/{sl}.asp"  # noqa: E731
    s = base("9276", "Kundtjärn", "Kundtjärns kommun", "18", "Örebro län", "table", P,
             address="Tjärnvägen 2, 999 41 Kundtjärn", vaxel="040-628 04 00", email="kommunen@kundtjarn.se",
             orgnr="212000-9276", search={"path": "/sok.asp", "param": "sokord"}, title_sep=" - ",
             charset="iso-8859-1")
    s["toplinks"] = [("Lyssna", "/om-webbplatsen.asp#lyssna"), ("Lättläst", "/om-webbplatsen.asp#lattlast"),
                     ("In English", "/om-webbplatsen.asp#languages")]
    s["header_links"] = [("Kontakta Kundtjärns kommun", "/kontakt.asp")]
    area(s, "bygga-bo-och-miljo")["subs"].insert(1, ("Bygglovsservice", "bygglovsservice"))
    area(s, "barn-och-utbildning")["subs"].append(("Skolservice", "skolservice"))
    area(s, "naringsliv-och-arbete")["subs"].insert(0, ("Servicecenter för företagare", "servicecenter-foretagare"))
    AREAS_LOCAL = {"bygga-bo-och-miljo": '<h2 id="bygglovsservice">Bygglovsservice</h2><p>Bygglovsservice är bygglovsenhetens rådgivning till dig som ska söka bygglov. Ring 040-628 04 20 tisdagar och torsdagar 9–11.</p>',
                   "barn-och-utbildning": '<h2 id="skolservice">Skolservice</h2><p>Skolservice hanterar skolskjutsar, skolmåltider och lokalbokning för skolorna.</p>',
                   "naringsliv-och-arbete": '<h2 id="servicecenter-foretagare">Servicecenter för företagare</h2><p>Servicecenter för företagare hjälper dig med tillstånd, lokaler och upphandling. Enhetschef för Servicecenter för företagare: Göran Alm, 040-628 04 25.</p>'}
    s["area_extra"] = AREAS_LOCAL
    s["front"] = {"hero": {"title": "Välkommen till Kundtjärns kommun",
                           "text": "Kundtjärn – skogen, sjöarna och bruksorten. Här finns kommunens information och e-tjänster.",
                           "cards": [("Kundtjärn Energis kundtjänst – el, fjärrvärme och bredband", "/bygga-bo-och-miljo.asp#energi"),
                                     ("Lediga jobb", "/naringsliv-och-arbete.asp#lediga-jobb"),
                                     ("Skolmat", "/barn-och-utbildning.asp#grundskola")]}}
    fill_front_defaults(s)
    news_item(s, "/nyheter/servicekontor.asp", "Statens servicekontor öppnar i Kundtjärn", "2025-09-25",
              "<p>Skatteverket, Försäkringskassan och Pensionsmyndigheten öppnar ett gemensamt servicekontor på Storgatan 8 den 1 december. Servicekontoret drivs av Statens servicecenter och har öppet måndag–fredag 10–16.</p>"
              "<p>Kommunen har inga handläggare på servicekontoret.</p>",
              "Statens servicecenter öppnar kontor på Storgatan 8.")
    news_item(s, "/nyheter/sjukresor.asp", "Region Örebro läns kundtjänst för sjukresor byter nummer", "2025-09-10",
              "<p>Region Örebro läns kundtjänst för sjukresor och färdtjänst har fått ett nytt telefonnummer. Bokning av resor görs som tidigare.</p>",
              "Nytt telefonnummer för att boka sjukresor.")
    news_item(s, "/nyheter/overformyndare.asp", "Gemensam överförmyndare med Hedeby", "2025-08-28",
              "<p>Från 1 januari har Kundtjärn och Hedeby en gemensam överförmyndarnämnd. Frågor om gode män besvaras av Hedeby kommuns kontaktcenter, 040-628 04 80.</p>",
              "Hedeby och Kundtjärn samarbetar om överförmyndare.")
    add_page(s, "/kontakt.asp", "Kontakt", """<p><b>Kundtjärns kommun</b><br>Postadress: Box 100, 999 41 Kundtjärn<br>Besöksadress: Kommunhuset, Tjärnvägen 2</p>
<p>Växel: 040-628 04 00, vardagar 8.00–16.30<br>E-post: kommunen@kundtjarn.se</p>
<p>Växeln kopplar dig till rätt handläggare. Du kan också lämna en <a href="/e-tjanster.asp#synpunkter">synpunkt via e-tjänst</a>.</p>
<p>Kundtjärnshem AB, kundcenter: 040-628 04 15<br>Kundtjärn Energi AB, kundtjänst: 040-628 04 10</p>""")
    s["footer"] = footer_cols(s, '<div class="footer-col"><p>Kundtjärnshem AB:s kundcenter 040-628 04 15 · Kundtjärn Energi AB:s kundtjänst 040-628 04 10</p></div>')
    s["search"]["hits"] = {"kundtjänst": ["/nyheter/sjukresor.asp", "/kontakt.asp"], "kontaktcenter": ["/nyheter/overformyndare.asp"],
                           "servicekontor": ["/nyheter/servicekontor.asp"], "servicecenter": ["/naringsliv-och-arbete.asp"],
                           "kundcenter": ["/kontakt.asp"]}
    return s


def s9277() -> dict:
    P = lambda sl: f"/{sl}/"  # noqa: E731
    s = base("9277", "Hällsäter", "Hällsäters kommun", "05", "Östergötlands län", "soup", P,
             address="Sätersgatan 5, 999 21 Hällsäter", vaxel="08-465 004 10", email="kommun@hallsater.se",
             orgnr="212000-9277", search={"path": "/sok/", "param": "q"})
    s["header_links"] = [("Kontakt", "/kontakt/")]
    org = "/kommun-och-politik/organisation/"
    area(s, "kommun-och-politik")["subs"][1] = ("Organisation", org)
    s["front"] = {"alert": '<div class="box7 drift"><b>Driftinformation:</b> Vecka 42 byter kommunen telefonsystem. Under veckan besvaras samtal till Hällsäters växel av Grönvikens kontaktcenter. <a href="/nyheter/vaxeln-vecka-42/">Läs mer</a></div>',
                  "hero": {"title": "Hällsäter – mitt i Östergötland",
                           "text": "Välkommen till Hällsäters kommun. Här hittar du information och e-tjänster.",
                           "cards": [("Förskola", "/barn-och-utbildning/#forskola"), ("Bygglov", "/bygga-bo-och-miljo/#bygglov"),
                                     ("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb"), ("Felanmälan", "/trafik-och-gator/#felanmalan")]}}
    fill_front_defaults(s)
    news_item(s, "/nyheter/nya-oppettider-kontaktcenter/", "Hällsäter kommuns kontaktcenter har fått nya öppettider", "2025-10-03",
              "<p>Från 1 oktober har kontaktcentret öppet längre på torsdagar, till klockan 18.00. Övriga tider är oförändrade.</p><p>Läs mer om <a href=\"/kontaktcenter/\">kontaktcentret</a>.</p>",
              "Längre öppet på torsdagar från 1 oktober.")
    news_item(s, "/nyheter/vaxeln-vecka-42/", "Nytt telefonsystem vecka 42", "2025-10-01",
              "<p>Under vecka 42 byter kommunen telefonsystem. Enligt vårt samverkansavtal besvaras samtal till Hällsäters växel under veckan av Grönvikens kontaktcenter, som kopplar vidare till våra verksamheter.</p>",
              "Grönvikens kontaktcenter svarar i växeln under bytet.")
    news_item(s, "/nyheter/simhallen/", "Simhallen öppnar efter renovering", "2025-09-20",
              "<p>Simhallen har fått ny bassäng och nya omklädningsrum. Välkommen på invigning lördag 25 oktober.</p>",
              "Invigning lördag 25 oktober.")
    body = """<p>Hos oss kan du få svar på frågor om bland annat:</p>
<ul><li>barnomsorg och skola</li><li>bygglov och detaljplaner</li><li>avfall, vatten och avlopp</li><li>äldreomsorg och hemtjänst</li><li>gator, parker och snöröjning</li></ul>
<div class="bx2"><div class="bh">Kontakta kontaktcentret</div>
<p>Telefon: 08-465 004 11<br>E-post: kontaktcenter@hallsater.se</p>
<p>Öppettider: måndag–onsdag 8–17, torsdag 8–18, fredag 8–15</p>
<p>Besöksadress: Kommunhuset, Sätersgatan 5</p></div>
<div class="bh">Vi som arbetar här</div>
<p>I kontaktcentret arbetar kommunvägledarna Anna Dahl, Cem Yilmaz och Berit Sand. Kontaktcentret är en del av kommunledningskontoret, se <a href="/kommun-och-politik/organisation/">organisation</a>.</p>
<p>Bor du i Grönviken? Då vänder du dig till Grönvikens kontaktcenter.</p>"""
    add_page(s, "/kontaktcenter/", "Kontaktcentret", body,
             lead="Kontaktcentret är Hällsäter kommuns väg in för alla som har frågor till kommunen.")
    add_page(s, "/kontakt/", "Kontakt", """<p>Växel: 08-465 004 10<br>Postadress: Hällsäters kommun, 999 21 Hällsäter<br>E-post: kommun@hallsater.se</p>
<p>Handlingar till kommunen skickar du till registrator@hallsater.se.</p>
<p>Har du en fråga om kommunens verksamheter? Läs om <a href="/kontaktcenter/">kontaktcentret</a>.</p>
<p>Press: kommunikationsavdelningen nås via växeln.</p>""", title="Kontakt - Hällsäters kommun")
    add_page(s, org, "Organisation", """<p>Kommunen leds politiskt av kommunstyrelsen. Kommundirektör Bengt Ferm är chef för kommunens tjänstepersoner.</p>
<p>Kommunledningskontoret består av kansliet, ekonomiavdelningen, HR-avdelningen, kommunikationsavdelningen och kontaktcentret.</p>
<p>Förvaltningar: barn- och utbildningsförvaltningen, socialförvaltningen, samhällsbyggnadsförvaltningen samt kultur- och fritidsförvaltningen.</p>""",
             crumbs=[("Kommun och politik", "/kommun-och-politik/")])
    s["footer"] = footer_cols(s, '<div class="footer-col"><h2>Följ oss</h2><p>Facebook · Instagram</p></div>', [("Kontakt", "/kontakt/")])
    s["search"]["hits"] = {"kontaktcenter": ["/kontaktcenter/", "/nyheter/nya-oppettider-kontaktcenter/", "/nyheter/vaxeln-vecka-42/"],
                           "kontaktcentret": ["/kontaktcenter/"], "kontakt": ["/kontakt/", "/kontaktcenter/"]}
    return s


def s9278() -> dict:
    P = lambda sl: f"/{sl}/"  # noqa: E731
    s = base("9278", "Ljusterby", "Ljusterby kommun", "01", "Stockholms län", "episerver", P,
             address="Torget 4, 999 11 Ljusterby", vaxel="08-465 004 40", email="kommunen@ljusterby.se",
             orgnr="212000-9278", search={"path": "/sok/", "param": "q"})
    s["header_links"] = [("Kontakta oss", "/kontakta-oss/")]
    unit = "/kommun-och-politik/medborgarkontoret/"
    s["area_extra"] = {"kommun-och-politik": '<h2 id="service">Service och bemötande</h2><p>Behöver du hjälp med en ansökan eller med kommunens e-tjänster? Vänd dig till <a href="/kommun-och-politik/medborgarkontoret/">medborgarkontoret</a>.</p>'}
    s["front"] = {"hero": {"title": "Välkommen till Ljusterby",
                           "text": "Skärgårdskommunen med närhet till stan. Här finns kommunens service, nyheter och e-tjänster.",
                           "cards": [("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb"), ("Förskola", "/barn-och-utbildning/#forskola"),
                                     ("Bygglov", "/bygga-bo-och-miljo/#bygglov"), ("Sophämtning", "/bygga-bo-och-miljo/#avfall")]}}
    fill_front_defaults(s)
    news_item(s, "/nyheter/torghuset-byggs-om/", "Torghuset byggs om – så påverkas du", "2025-09-26",
              "<p>Ombyggnaden av Torghuset startar 1 september och pågår hela hösten. Biblioteket flyttar tillfälligt till Skolgatan 3. Medborgarkontoret och Statens servicekontor håller stängt för besök under ombyggnaden.</p>",
              "Ombyggnaden pågår hela hösten. Biblioteket flyttar tillfälligt till Skolgatan.")
    news_item(s, "/nyheter/batbryggor/", "Nya båtbryggor i Norrviken", "2025-09-12",
              "<p>Kommunen bygger 40 nya båtplatser i Norrviken. Ansök om båtplats via e-tjänsten.</p>",
              "40 nya båtplatser.")
    news_item(s, "/nyheter/valdsprevention/", "Ljusterby satsar på våldsprevention", "2025-08-30",
              "<p>Kommunfullmäktige har beslutat om en ny handlingsplan mot våld i nära relationer.</p>",
              "Ny handlingsplan antagen.")
    body = """<p>Medborgarkontoret och Statens servicekontor finns i samma lokaler i Torghuset, men det är två olika verksamheter. Hos oss får du hjälp med kommunens ärenden, till exempel ansökan om parkeringstillstånd för rörelsehindrade, färdtjänst, bostadsanpassningsbidrag och plats i förskola. Frågor om skatt, pension och försäkringar besvaras av Statens servicekontor.</p>
<h2>Stängt för besök hösten 2025</h2>
<p>Medborgarkontoret håller stängt för besök under ombyggnaden av Torghuset. Under tiden når du oss på telefon 08-465 004 42.</p>
<h2>Medborgarkontorets medarbetare</h2>
<p>Medborgarkontorets enhetschef är Camilla Berg. Hos oss arbetar fyra samhällsvägledare.</p>"""
    add_page(s, unit, "Medborgar&shy;kontoret", body,
             lead="På medborgarkontoret får du hjälp med ansökningar och blanketter, och med att använda kommunens e-tjänster.",
             title="Medborgarkontoret - Ljusterby kommun", crumbs=[("Kommun och politik", "/kommun-och-politik/")])
    add_page(s, "/kontakta-oss/", "Kontakta oss", """<p>Växel: 08-465 004 40<br>E-post: kommunen@ljusterby.se<br>Postadress: Ljusterby kommun, 999 11 Ljusterby</p>
<p>Växeln är öppen vardagar 8.00–16.30. Registrator tar emot handlingar via kommunens e-post.</p>""")
    s["footer"] = footer_cols(s, '<div class="footer-col"><h2>Följ Ljusterby</h2><p>Facebook · Instagram · Youtube</p></div>', [("Kontakta oss", "/kontakta-oss/")])
    s["search"]["hits"] = {"medborgarkontor": [unit], "medborgarkontoret": [unit], "servicekontor": [unit, "/nyheter/torghuset-byggs-om/"],
                           "kontakt": ["/kontakta-oss/"]}
    return s


def s9279() -> dict:
    P = lambda sl: f"/{sl}/"  # noqa: E731
    s = base("9279", "Ekstad", "Ekstads stad", "12", "Skåne län", "custom", P,
             address="Stadshuset, Rådhustorget 1, 999 45 Ekstad", vaxel="040-628 04 30", email="stad@ekstad.se",
             orgnr="212000-9279", search={"path": "/sok/", "param": "q"}, title_sep=" | ")
    unit = "/kontakt-ekstad/"
    s["front"] = {"hero": {"title": "Välkommen till Ekstads stad", "text": ""},
                  "hero_html": """<h1>Välkommen till Ekstads stad</h1>
<p>Staden vid slätten och havet. Här hittar du stadens service, nyheter och e-tjänster.</p>
<ek-hero-box><a href="/kontakt-ekstad/"><span class="spaced">K O N T A K T&emsp;E K S T A D</span><span class="sub">Vi svarar på dina frågor vardagar 8–17</span></a></ek-hero-box>
<ek-cards><a href="/naringsliv-och-arbete/#lediga-jobb">Lediga jobb</a><a href="/barn-och-utbildning/#forskola">Förskola</a><a href="/trafik-och-gator/#parkering">Parkering</a></ek-cards>"""}
    fill_front_defaults(s)
    news_item(s, "/nyheter/hamnen-kundservice/", "Ekstads Hamn AB:s kundservice flyttar till färjeterminalen", "2025-10-02",
              "<p>Stadens hamnbolag Ekstads Hamn AB samlar sin kundservice för gästhamn och båtplatser i färjeterminalen.</p>",
              "Hamnbolagets kundservice för gästhamnen finns nu i färjeterminalen.")
    news_item(s, "/nyheter/stadsparken/", "Stadsparken rustas upp", "2025-09-21",
              "<p>Ny lekplats, fler bänkar och ny belysning – stadsparken rustas upp under hösten.</p>",
              "Ny lekplats och belysning i stadsparken.")
    news_item(s, "/nyheter/parkeringsavgifter/", "Nya parkeringsavgifter i centrum", "2025-09-05",
              "<p>Från 1 januari kostar det 15 kronor i timmen att parkera i centrum.</p>",
              "Från 1 januari gäller nya avgifter.")
    body = """<p>Vi svarar på frågor om parkering och p-tillstånd, bygglov, avfall och återvinning, förskola och skola och stöd och omsorg, och tar emot felanmälningar om gator och parker.</p>
<h2>Så når du Kontakt Ekstad</h2>
<ul class="channels">
<li>Telefon: 040-628 04 31 (vardagar 8–17)</li>
<li>E-post: kontakt[at]ekstad.se</li>
<li><button class="ek-chat" type="button" aria-label="Öppna chatten">Chatta med Kontakt Ekstad</button> – chatten är öppen vardagar 9–16</li>
</ul>
<h2>Om oss</h2>
<p>Kontakt Ekstad är en del av stadsledningsförvaltningen. Chef för Kontakt Ekstad är Omar Haddad.</p>"""
    add_page(s, unit, "Kontakt Ekstad", body, lead="Kontakt Ekstad är Ekstads stads kontaktcenter – en väg in till staden.")
    s["footer"] = footer_cols(s, '<div class="footer-col"><h2>Kontakt</h2><p><a href="/kontakt-ekstad/">Kontakt Ekstad</a></p>'
                                 '<p>Ekstads Hamn AB, kundservice 040-628 04 35</p></div>')
    s["search"]["hits"] = {"kontakt ekstad": [unit], "kontaktcenter": [unit], "kontakt": [unit],
                           "kundservice": ["/nyheter/hamnen-kundservice/"]}
    return s


def s9280() -> dict:
    P = lambda sl: f"/{sl}/"  # noqa: E731
    s = base("9280", "Ormsala", "Ormsala kommun", "20", "Dalarnas län", "tailwind", P,
             address="Kyrkogatan 9, 999 90 Ormsala", vaxel="0980-319 260", email="kommun@ormsala.se",
             orgnr="212000-9280", search={"path": "/sok/", "param": "q"})
    fc = "/servicecenter-for-foretagare/"
    s["menu"].append({"title": "Servicecenter för företagare", "path": fc, "subs": []})
    area(s, "bygga-bo-och-miljo")["subs"].insert(1, ("Bygglovsservice", "bygglovsservice"))
    area(s, "barn-och-utbildning")["subs"].append(("Skolservice", "skolservice"))
    s["area_extra"] = {"bygga-bo-och-miljo": '<h2 id="bygglovsservice">Bygglovsservice</h2><p>Bygglovsservice ger råd inför din ansökan om bygglov, marklov eller rivningslov. Ring 0980-319 270 måndag–torsdag 9–12.</p>',
                       "barn-och-utbildning": '<h2 id="skolservice">Skolservice</h2><p>Skolservice sköter skolskjuts, skolmåltider och lokaler för kommunens skolor.</p>'}
    s["toplinks"] = [("Lyssna", "/om-webbplatsen/#lyssna"), ("Lättläst", "/om-webbplatsen/#lattlast"), ("A–Ö", "/a-o/")]
    s["header_links"] = [("Kontakta oss", "/kontakta-oss/")]
    s["front"] = {"hero": {"title": "Välkommen till Ormsala kommun",
                           "text": "Bergslagsbygd med sjöar, fäbodar och levande byar. Här finns kommunens service och nyheter.",
                           "cards": [("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb"), ("Förskola", "/barn-och-utbildning/#forskola"),
                                     ("Servicecenter för företagare", fc)]}}
    fill_front_defaults(s)
    news_item(s, "/nyheter/region-dalarna-kundtjanst/", "Region Dalarnas kundtjänst för kollektivtrafik har flyttat", "2025-09-30",
              "<p>Region Dalarnas kundtjänst för buss och tåg finns nu på resecentrum i Ormsala. Där kan du köpa periodkort och ställa frågor om tidtabeller.</p>",
              "Regionens kundtjänst för buss och tåg finns nu på resecentrum.")
    news_item(s, "/nyheter/servicekontor-oppettider/", "Statens servicekontor i Ormsala får längre öppettider", "2025-09-16",
              "<p>Statens servicekontor på Kyrkogatan 4, där du får hjälp med ärenden hos Skatteverket, Försäkringskassan och Pensionsmyndigheten, har öppet till 18.00 på torsdagar.</p>",
              "Öppet till 18.00 på torsdagar.")
    news_item(s, "/nyheter/badplats/", "Ny badplats vid Ormsjön", "2025-06-10",
              "<p>Den nya badplatsen har sandstrand, brygga och tillgänglighetsanpassad ramp.</p>", "Sandstrand, brygga och ramp.")
    add_page(s, fc, "Servicecenter för företagare", """<p>Servicecenter för företagare är Ormsala kommuns samlade ingång för dig som driver eller vill starta företag. Vi hjälper dig med tillstånd, livsmedelsregistrering, serveringstillstånd och upphandling.</p>
<p>Telefon: 0980-319 265<br>E-post: foretag@ormsala.se<br>Öppet vardagar 8–16</p>
<p>Enhetschef för Servicecenter för företagare: Jonas Bergqvist</p>""", lead="En väg in för företagare i Ormsala.")
    add_page(s, "/kundcenter/", "Kundcenter", """<p>Kundcenter tar emot samtal till kommunen och hjälper dig att komma i kontakt med rätt person.</p>
<p>Ring 0980-319 261.</p>
<p>Kontaktperson: Linnea Ström, kommunvägledare</p>
<p class="text-sm">Sidansvarig: Kommunikationsavdelningen</p>""", crumbs=[("A–Ö", "/a-o/")])
    add_page(s, "/kontakta-oss/", "Kontakta oss", """<p>Växel: 0980-319 260, vardagar 8–16.30<br>E-post: kommun@ormsala.se<br>Postadress: Ormsala kommun, Kyrkogatan 9, 999 90 Ormsala</p>
<p>Företagare kan vända sig till <a href="/servicecenter-for-foretagare/">Servicecenter för företagare</a>.</p>""")
    ao = [("Avfall", "/bygga-bo-och-miljo/#avfall"), ("Bibliotek", "/kultur-och-fritid/#bibliotek"), ("Bygglov", "/bygga-bo-och-miljo/#bygglov"),
          ("Ekonomiskt bistånd", "/omsorg-och-stod/#ekonomiskt-bistand"), ("Färdtjänst", "/omsorg-och-stod/#fardtjanst"),
          ("Förskola", "/barn-och-utbildning/#forskola"), ("Hemtjänst", "/omsorg-och-stod/#hemtjanst"),
          ("Kundcenter", "/kundcenter/"), ("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb"),
          ("Parkering", "/trafik-och-gator/#parkering"), ("Skolskjuts", "/barn-och-utbildning/#skolskjuts"),
          ("Snöröjning", "/trafik-och-gator/#snorojning"), ("Vatten och avlopp", "/bygga-bo-och-miljo/#vatten-och-avlopp")]
    add_page(s, "/a-o/", "A–Ö", '<ul class="columns-3">' + "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in ao) + "</ul>",
             lead="Alla ämnen på webbplatsen i bokstavsordning.")
    s["footer"] = footer_cols(s, '<div><h2 class="font-bold">Genvägar</h2><ul><li><a href="/kontakta-oss/">Kontakta oss</a></li>'
                                 '<li><a href="/a-o/">A–Ö</a></li></ul></div>')
    s["search"]["hits"] = {"kundcenter": ["/kundcenter/"], "servicecenter": [fc], "kundtjänst": ["/nyheter/region-dalarna-kundtjanst/"],
                           "servicekontor": ["/nyheter/servicekontor-oppettider/"], "kontakt": ["/kontakta-oss/"]}
    return s


BUILDERS = [s9271, s9272, s9273, s9274, s9275, s9276, s9277, s9278, s9279, s9280]


def build(s: dict) -> None:
    standard_pages(s)
    search_template(s)
    d = SITES / s["code"]
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    front_path = "/sv/" if s["code"] == "9273" else "/"
    front = {"path": front_path, "front": True, "title": f'{s["brand"]}{s["title_sep"]}Startsida' if s["code"] != "9279" else "Ekstads stad",
             "h1": "", "h1_text": "", "lead": "", "body": ""}
    pages_manifest: dict = {}
    charset = s.get("charset", "utf-8")

    def write(name: str, text: str) -> None:
        (d / name).write_bytes(text.encode(charset, errors="xmlcharrefreplace"))

    def spec(name: str):
        return name if charset == "utf-8" else {"file": name, "content_type": f"text/html; charset={charset}"}

    write("index.html", render(s, front))
    pages_manifest[front_path] = spec("index.html")
    for path, page in s["pages"].items():
        write(page["file"], render(s, page))
        if path != "__search__":
            pages_manifest[path] = spec(page["file"])
    s["search"]["template"] = spec("sok.html")
    manifest = {"kommunkod": s["code"], "kommun": s["kommun"], "lan_kod": s["lan_kod"], "lan": s["lan"],
                "family": s["family"], "pages": pages_manifest, "redirects": s["redirects"],
                "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
                "sitemap": list(pages_manifest), "search": s["search"], "front_status": None}
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    SITES.mkdir(exist_ok=True)
    for b in BUILDERS:
        s = b()
        build(s)
        print(s["code"], s["kommun"], len(s["pages"]), "pages")


if __name__ == "__main__":
    main()
