"""Typing aid that wrote tests/blind73/sites/ (the written files are the corpus; labels are NOT generated).

    python3 tests/blind73/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from chrome import FAMILIES, slug  # noqa: E402

SITES_DIR = HERE.parent / "sites"

ROBOTS = "User-agent: *\nDisallow: /sok/admin/\nDisallow: /wp-admin/\nSitemap: __ORIGIN__/sitemap.xml\n"


def p(*paras: str) -> str:
    return "\n".join(f"<p>{x}</p>" for x in paras)


def ul(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


def hours_table(caption: str, rows) -> str:
    return (f'<table class="hours"><caption>{caption}</caption><tr><th scope="col">Dag</th><th scope="col">Tid</th></tr>'
            + "".join(f"<tr><td>{d}</td><td>{t}</td></tr>" for d, t in rows) + "</table>")


# ------------------------------------------------------------------ shared inner pages
def common_pages(s: dict) -> dict:
    k = s["kommun"]
    pages = {}
    news_items = s["news"]
    lst = "".join(f'<li><span class="date">{d}</span> <a href="{h}">{t}</a><p>{pp}</p></li>' for t, h, d, pp in news_items)
    pages["/nyheter/"] = dict(file="nyheter.html", title="Nyheter", crumbs=[("Nyheter", "/nyheter/")],
                              main=f"<h1>Nyheter</h1>\n<p>Här hittar du nyheter från {k} kommun.</p>\n<ul class=\"news-list\">{lst}</ul>")
    for t, h, d, _pp in news_items:
        body = s["news_bodies"][h]
        pages[h] = dict(file="nyhet-" + h.strip("/").split("/")[-1] + ".html", title=t.replace("&shy;", ""),
                        crumbs=[("Nyheter", "/nyheter/"), (t, h)],
                        main=f'<article class="news-article"><h1>{t}</h1><p class="date">Publicerad {d}</p>\n{body}\n</article>')
    pages["/tillganglighetsredogorelse/"] = dict(
        file="tillganglighet.html", title="Tillgänglighetsredogörelse",
        crumbs=[("Om webbplatsen", "/om-webbplatsen/"), ("Tillgänglighetsredogörelse", "/tillganglighetsredogorelse/")],
        main="<h1>Tillgänglighetsredogörelse</h1>\n" + p(
            f"{k} kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. "
            "Den här redogörelsen beskriver hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, "
            "kända tillgänglighetsproblem och hur du kan rapportera brister till oss så att vi kan åtgärda dem.",
            "Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service. Vissa äldre "
            "PDF-dokument är inte tillgängliga, och en del inbäddade kartor saknar textalternativ.",
            f'Om du upptäcker problem som inte är beskrivna på den här sidan kan du meddela oss via e-post till '
            f'<a href="mailto:{s["webmail"]}">{s["webmail"]}</a>. Vi svarar inom två arbetsdagar.',
            "Myndigheten för digital förvaltning (Digg) ansvarar för tillsyn över lagen. Om du inte är nöjd med hur vi "
            "hanterar dina synpunkter kan du kontakta Digg.",
            f"Redogörelsen uppdaterades senast den {s['a11y_date']}."))
    pages["/om-kakor/"] = dict(
        file="kakor.html", title="Om kakor", crumbs=[("Om webbplatsen", "/om-webbplatsen/"), ("Om kakor", "/om-kakor/")],
        main="<h1>Om kakor</h1>\n" + p(
            "En kaka (cookie) är en liten textfil som sparas i din webbläsare. Vi använder nödvändiga kakor för att "
            "webbplatsen ska fungera, till exempel för att komma ihåg ditt val i kakbannern.",
            "Om du godkänner det använder vi också kakor för anonym besöksstatistik. Statistiken hjälper oss att förbättra "
            "webbplatsen. Du kan ändra ditt val när som helst genom att rensa kakorna i din webbläsare.")
        + '<table><caption>Kakor på webbplatsen</caption><tr><th>Namn</th><th>Syfte</th><th>Lagringstid</th></tr>'
          '<tr><td>consent</td><td>Sparar ditt val av kakor</td><td>12 månader</td></tr>'
          '<tr><td>_pk_id</td><td>Besöksstatistik</td><td>13 månader</td></tr>'
          '<tr><td>JSESSIONID</td><td>Håller ihop ditt besök</td><td>Sessionen</td></tr></table>')
    jobs = "".join(f"<li><a href=\"/lediga-jobb/{slug(j)}/\">{j}</a> – sista ansökningsdag {d}</li>" for j, d in s["jobs"])
    pages["/lediga-jobb/"] = dict(
        file="jobb.html", title="Lediga jobb", crumbs=[("Lediga jobb", "/lediga-jobb/")],
        main=f"<h1>Lediga jobb</h1>\n<p>{k} kommun är en av de största arbetsgivarna i kommunen. Här är några av våra "
             f"lediga tjänster just nu. Alla tjänster söks via Offentliga jobb.</p>\n<ul>{jobs}</ul>")
    return pages


def sok_page(s: dict) -> dict:
    return dict(file="sok.html", title="Sök", crumbs=[("Sök", s["search"]["path"])],
                main="<h1>Sökresultat</h1>\n<div class=\"search-results\">\n<!--SEARCH_RESULTS-->\n</div>")


# ------------------------------------------------------------------ site data
def base_site(**kw) -> dict:
    d = dict(suffix="kommun", staff="2 400", a11y_date="12 mars 2025",
             drift=[("Vattenavstängning på Lindvägen den 14 maj", "/driftinformation/vattenavstangning-lindvagen/"),
                    ("Tillfälligt stängt återvinningscentral på måndag", "/driftinformation/atervinningscentral/")],
             events=[("Vårmarknad på torget", "17 maj"), ("Sagostund på biblioteket", "21 maj"),
                     ("Nationaldagsfirande i parken", "6 juni")],
             jobs=[("Undersköterska till hemtjänsten", "31 maj"), ("Förskollärare", "2 juni"),
                   ("Bygglovshandläggare", "9 juni")])
    d.update(kw)
    d["webmail"] = "webbredaktion@" + d["domain"]
    d["email"] = d.get("email") or "kommun@" + d["domain"]
    d["vaxel_tel"] = "+46" + d["vaxel"].replace(" ", "").replace("-", "")[1:]
    return d


SITES = []

# ---------------------------------------------------------------- 8081 Korpelunda: mega-menu column item
S = base_site(kommunkod="8081", kommun="Korpelunda", lan_kod="03", lan="Uppsala län", family="sitevision",
              domain="korpelunda.se", town="Korpelunda", street="Stora torget 1", postbox="Box 101", postcode="999 11",
              orgnr="212000-9811", vaxel="08-465 004 00", staff="3 100")
S["menu_extra"] = {"Kommun och politik": [(4, "Kontaktcenter", "/kommun-och-politik/kontaktcenter.4.71ab2c.html")]}
S["mega_col2"] = {"Kommun och politik": "Service och kontakt"}
S["topbar_extra"] = [("Kontakt", "/kontakt.4.1f00a1.html", {})]
S["hero"] = dict(title="Välkommen till Korpelunda kommun",
                 lead="Här bor 24 000 invånare mellan skogen och Storsjön. Hitta information om service, utbildning och fritid.",
                 ctas=[("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag.4.33c1d0.html", None),
                       ("Lediga jobb", "/lediga-jobb/", None)],
                 cards=[("Förskola", "/forskola-och-skola/forskola/"), ("Avfall och återvinning", "/bygga-bo-och-miljo/avfall-och-atervinning/"),
                        ("Bygglov", "/bygga-bo-och-miljo/bygglov/")])
S["news"] = [("Nya badplatsen vid Storsjön invigs", "/nyheter/ny-badplats/", "6 maj 2025",
              "Den nya badplatsen har en tillgänglig brygga och ramp."),
             ("Budget 2026: mer pengar till skolan", "/nyheter/budget-2026/", "29 april 2025",
              "Kommunstyrelsen föreslår en ökad skolpeng."),
             ("Företagsfrukost i stadshuset", "/nyheter/foretagsfrukost/", "22 april 2025",
              "Servicecenter för företag bjuder in till frukostmöte om upphandling.")]
S["news_bodies"] = {
    "/nyheter/ny-badplats/": p("Den nya badplatsen vid Storsjön öppnar den 1 juni. Bryggan har en ramp och ett räcke, "
                               "och det finns en parkering för rörelsehindrade nära stranden.",
                               "Badvattnet provtas varannan vecka under sommaren."),
    "/nyheter/budget-2026/": p("Kommunstyrelsen har lagt sitt förslag till budget för 2026. Skolpengen höjs med tre procent, "
                               "och investeringarna i vägar och va-nät fortsätter.", "Kommunfullmäktige beslutar i juni."),
    "/nyheter/foretagsfrukost/": p("Servicecenter för företag bjuder in företagare till frukost i stadshuset den 15 maj. "
                                   "Temat är hur man lämnar anbud i kommunens upphandlingar.",
                                   "Anmäl dig senast den 12 maj till naringsliv@korpelunda.se.")}
SP = common_pages(S)
SP["/kommun-och-politik/kontaktcenter.4.71ab2c.html"] = dict(
    file="kontaktcenter.html", title="Kontaktcenter",
    crumbs=[("Kommun och politik", "/kommun-och-politik/"), ("Kontaktcenter", "/kommun-och-politik/kontaktcenter.4.71ab2c.html")],
    main="<h1>Kontaktcenter</h1>\n" + p(
        "Kontaktcenter är din första kontakt med Korpelunda kommun. Hos oss får du svar direkt på de flesta frågor, "
        "och behöver du prata med en handläggare kopplar vi dig vidare.")
    + "<h2>Det här kan vi hjälpa dig med</h2>\n" + ul(
        "Frågor om förskola, skola och skolskjuts", "Sophämtning, slamtömning och återvinning",
        "Vatten och avlopp, till exempel vattenmätare och avgifter", "Parkeringstillstånd och felanmälan av gator och belysning",
        "Hur du ansöker om bygglov och vilka handlingar som behövs")
    + "<h2>Så når du oss</h2>\n" + p('Telefon: <a href="tel:+46846500410">08-465 004 10</a>',
                                     "E-post: kontaktcenter@korpelunda.se")
    + hours_table("Telefontider för kontaktcenter", [("Måndag–torsdag", "8.00–16.30"), ("Fredag", "8.00–15.00"),
                                                     ("Lunch", "Stängt 12.00–12.30")])
    + "<h2>Om kontaktcenter</h2>\n" + p("Kontaktcenter finns på kommunledningskontoret och har elva medarbetare.",
                                         "Enhetschef för kontaktcenter: Johanna Alm"))
SP["/kontakt.4.1f00a1.html"] = dict(
    file="kontakt.html", title="Kontakt", crumbs=[("Kontakt", "/kontakt.4.1f00a1.html")],
    main="<h1>Kontakt</h1>\n" + p("Korpelunda kommun, Box 101, 999 11 Korpelunda.",
                                  'Växel: <a href="tel:+46846500400">08-465 004 00</a>',
                                  "E-post: kommun@korpelunda.se",
                                  "Registrator tar emot post och handlingar till kommunens nämnder: registrator@korpelunda.se")
    + "<h2>Press</h2>\n" + p("Journalister kan ringa kommunens presstelefon 08-465 004 99."))
SP["/naringsliv-och-arbete/servicecenter-for-foretag.4.33c1d0.html"] = dict(
    file="foretag.html", title="Servicecenter för företag",
    crumbs=[("Näringsliv och arbete", "/naringsliv-och-arbete/"), ("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag.4.33c1d0.html")],
    main="<h1>Servicecenter för företag</h1>\n" + p(
        "Servicecenter för företag hjälper dig som driver eller vill starta företag i Korpelunda med tillstånd, "
        "lokaler och kontakter med kommunen.", "Telefon: 08-465 004 60. E-post: naringsliv@korpelunda.se.",
        "Näringslivschef och chef för Servicecenter för företag: Erik Sandahl"))
SP["/sok/"] = sok_page(S | {"search": {"path": "/sok/"}})
S["pages"] = SP
S["search"] = {"path": "/sok/", "param": "q", "template": "sok.html",
               "hits": {"kontaktcenter": ["/kommun-och-politik/kontaktcenter.4.71ab2c.html"]}}
SITES.append(S)

# ---------------------------------------------------------------- 8082 Ekestad: sticky header, icon row with aria-label only
S = base_site(kommunkod="8082", kommun="Ekestad", lan_kod="05", lan="Östergötlands län", family="semantic",
              domain="ekestad.se", town="Ekestad", street="Rådhusgatan 4", postbox="Box 220", postcode="999 21",
              orgnr="212000-9822", vaxel="031-390 06 00", staff="1 900", sticky=True)
S["icon_row"] = [("Driftinformation", "/driftinformation/"), ("Medborgarservice", "/medborgarservice/"),
                 ("Självservice och e-tjänster", "/e-tjanster/")]
S["hero"] = dict(title="Ekestad – nära till allt",
                 lead="Välkommen till Ekestads kommun. Här hittar du service, nyheter och e-tjänster.",
                 cards=[("Skola och förskola", "/forskola-och-skola/"), ("Bygga och bo", "/bygga-bo-och-miljo/"),
                        ("Uppleva och göra", "/kultur-och-fritid/")])
S["news"] = [("Ny cykelväg mellan Ekestad och Bäckeby", "/nyheter/ny-cykelvag/", "5 maj 2025",
              "Cykelvägen längs väg 610 blir klar i höst."),
             ("Sommarjobb för unga – ansök nu", "/nyheter/sommarjobb/", "28 april 2025",
              "Är du född 2008 eller 2009? Sök feriejobb senast den 15 maj."),
             ("Biblioteket får längre öppettider", "/nyheter/biblioteket/", "14 april 2025",
              "Från maj har huvudbiblioteket öppet till 20.00 på torsdagar.")]
S["news_bodies"] = {
    "/nyheter/ny-cykelvag/": p("Arbetet med den nya gång- och cykelvägen mellan Ekestad och Bäckeby har börjat. Vägen blir 4,2 kilometer lång och belyst hela sträckan."),
    "/nyheter/sommarjobb/": p("Kommunen erbjuder sommarjobb inom äldreomsorg, park och fritid. Du ansöker i e-tjänsten för feriejobb."),
    "/nyheter/biblioteket/": p("Huvudbiblioteket har öppet längre på torsdagar från den 1 maj. Meröppet med bibliotekskort gäller som tidigare.")}
SP = common_pages(S)
SP["/medborgarservice/"] = dict(
    file="medborgarservice.html", title="Medborgarservice", crumbs=[("Medborgarservice", "/medborgarservice/")],
    main="<h1>Medborgarservice</h1>\n" + p(
        "Medborgarservice tar emot dina frågor om kommunens verksamheter, på telefon, via e-post och i receptionen i kommunhuset.")
    + "<h2>Vi kan hjälpa dig med</h2>\n" + ul(
        "förskoleplats, skolval och avgifter för barnomsorg", "sophämtning, latrin och slamtömning",
        "färdtjänst och parkeringstillstånd för rörelsehindrade", "bokning av lokaler och idrottshallar",
        "blanketter för bygglov och anmälan")
    + "<h2>Kontakta medborgarservice</h2>\n" + p(
        "E-post: medborgarservice(at)ekestad.se",
        "Besöksadress: Kommunhuset, Rådhusgatan 4, entréplan")
    + hours_table("Öppettider i receptionen", [("Måndag–fredag", "8.00–16.00"), ("Torsdag", "8.00–18.00")])
    + "<h2>Organisation</h2>\n" + p(
        "Medborgarservice är en enhet inom kommunledningsförvaltningen.", "Enhetschef för medborgarservice: Karl Wiklund"))
SP["/driftinformation/"] = dict(
    file="driftinfo.html", title="Driftinformation", crumbs=[("Driftinformation", "/driftinformation/")],
    main="<h1>Driftinformation</h1>\n" + ul(
        "Vattenavstängning på Lindvägen den 14 maj kl. 9–12.", "Återvinningscentralen är stängd måndag den 19 maj.",
        "Gatubelysningen på Skolgatan lagas under vecka 21."))
SP["/sok/"] = sok_page(S | {"search": {"path": "/sok/"}})
S["pages"] = SP
S["search"] = {"path": "/sok/", "param": "q", "template": "sok.html", "hits": {"medborgarservice": ["/medborgarservice/"]}}
SITES.append(S)

# ---------------------------------------------------------------- 8083 Granhamra: Genvägar box beside the hero (first section)
S = base_site(kommunkod="8083", kommun="Granhamra", lan_kod="12", lan="Skåne län", family="municipio",
              domain="granhamra.se", town="Granhamra", street="Torggatan 9", postbox="Box 33", postcode="999 31",
              orgnr="212000-9833", vaxel="040-628 04 00", staff="2 200")
S["menu_top_extra"] = [("Kontakt", "/kontakt/")]
S["hero"] = dict(title="Granhamra kommun", lead="Hamnstaden vid Öresund. Här hittar du allt om service och tjänster i kommunen.")
S["genvagar"] = [("Lediga jobb", "/lediga-jobb/"), ("Servicecenter", "/servicecenter/"), ("Skolmat", "/forskola-och-skola/skolmat/"),
                 ("Felanmälan", "/trafik-och-infrastruktur/felanmalan/"), ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning/")]
S["news"] = [("Hamnpromenaden rustas upp", "/nyheter/hamnpromenaden/", "7 maj 2025", "Nya bänkar och belysning längs kajen."),
             ("Ny förskola i Västerhamn", "/nyheter/ny-forskola/", "30 april 2025", "Förskolan Tången öppnar i augusti."),
             ("Valborg i Stadsparken", "/nyheter/valborg/", "25 april 2025", "Sång, brasa och korvgrillning.")]
S["news_bodies"] = {
    "/nyheter/hamnpromenaden/": p("Under sommaren rustar kommunen upp hamnpromenaden. Arbetet pågår till september."),
    "/nyheter/ny-forskola/": p("Förskolan Tången får sex avdelningar och en stor gård mot havet. Du ansöker om plats i e-tjänsten."),
    "/nyheter/valborg/": p("Välkommen till valborgsfirande i Stadsparken den 30 april. Körerna sjunger in våren klockan 20.")}
SP = common_pages(S)
SP["/servicecenter/"] = dict(
    file="servicecenter.html", title="Servicecenter", crumbs=[("Servicecenter", "/servicecenter/")],
    main="<h1>Servicecenter</h1>\n" + p(
        "Välkommen till Servicecenter i Granhamra kommun! Vi finns här för dig och svarar på dina frågor om kommunen "
        "och kommunens service. Hör av dig om du undrar något – ingen fråga är för liten.",
        "Vårt mål är att du ska få ett bra bemötande och ett snabbt svar, oavsett hur du kontaktar oss.")
    + "<h2>Kontakta Servicecenter</h2>\n" + p(
        'Ring oss på <a href="tel:+46406280410">040-628 04 10</a>.', "Skriv till servicecenter@granhamra.se.")
    + hours_table("Telefontider", [("Måndag–fredag", "8.00–17.00")])
    + "<h2>Vem leder Servicecenter?</h2>\n" + p("Chef för servicecenter är Ingrid Nåhl. Servicecenter hör till kommunstyrelsens förvaltning."))
SP["/kontakt/"] = dict(
    file="kontakt.html", title="Kontakt", crumbs=[("Kontakt", "/kontakt/")],
    main="<h1>Kontakt</h1>\n" + p("Granhamra kommun, Box 33, 999 31 Granhamra.", "Växel: 040-628 04 00.",
                                  "E-post: kommun@granhamra.se.", "Registrator: registrator@granhamra.se."))
S["pages"] = SP
S["search"] = {"path": "/", "param": "s", "template": "sok.html", "hits": {"servicecenter": ["/servicecenter/"]}}
S["search_page"] = sok_page(S)
SITES.append(S)

# ---------------------------------------------------------------- 8084 Tjärnås: bootstrap, second-level item, mobile duplicate
S = base_site(kommunkod="8084", kommun="Tjärnås", lan_kod="22", lan="Västernorrlands län", family="bootstrap",
              domain="tjarnas.se", town="Tjärnås", street="Storgatan 21", postbox="Box 400", postcode="999 41",
              orgnr="212000-9844", vaxel="0980-319 200", staff="1 300")
S["menu_extra"] = {"Kommun och politik": [(4, "Kundcenter", "/kommun-och-politik/kundcenter/")]}
S["topbar_extra"] = [("Kontakta oss", "/kontakta-oss/", {}), ("Tjärnåshem AB:s kundcenter", "/bygga-bo-och-miljo/bostader/", {})]
S["hero"] = dict(title="Välkommen till Tjärnås", lead="Kommunen vid älven. Sök förskoleplats, anmäl fel och läs om vad som händer.",
                 ctas=[("Ansök om förskoleplats", "/e-tjanster/ansok-om-forskoleplats/", None),
                       ("Gör en felanmälan", "/trafik-och-infrastruktur/felanmalan/", None)])
S["news"] = [("Älvpromenaden stängs för reparation", "/nyheter/alvpromenaden/", "8 maj 2025", "Stenmuren längs älven lagas i juni."),
             ("Tjärnåshem bygger 40 nya lägenheter", "/nyheter/tjarnashem/", "2 maj 2025",
              "Frågor om lägenheterna besvaras av Tjärnåshem AB:s kundcenter."),
             ("Simhallen öppnar igen", "/nyheter/simhallen/", "22 april 2025", "Efter renoveringen öppnar simhallen den 2 juni.")]
S["news_bodies"] = {
    "/nyheter/alvpromenaden/": p("Stenmuren längs älvpromenaden lagas under juni. Gångtrafiken leds om via Parkgatan."),
    "/nyheter/tjarnashem/": p("Det kommunala bostadsbolaget Tjärnåshem AB bygger 40 hyreslägenheter vid Norra torget.",
                              "Frågor om lägenheterna och bostadskön besvaras av Tjärnåshem AB:s kundcenter på 0980-319 290."),
    "/nyheter/simhallen/": p("Simhallen har fått ny bassäng och nya omklädningsrum. Välkommen från den 2 juni!")}
SP = common_pages(S)
SP["/kommun-och-politik/kundcenter/"] = dict(
    file="kundcenter.html", title="Kundcenter",
    crumbs=[("Kommun och politik", "/kommun-och-politik/"), ("Kundcenter", "/kommun-och-politik/kundcenter/")],
    main="<h1>Kundcenter</h1>\n" + p(
        "Kundcenter är kommunens gemensamma ingång för invånare, företag och besökare.",
        "Vi svarar på frågor om bland annat förskola och skola, avfallshämtning, vatten och avlopp, snöröjning, "
        "parkering och bygglov. Kan vi inte svara direkt ser vi till att rätt handläggare kontaktar dig.")
    + "<h2>Så når du Kundcenter</h2>\n" + p(
        'Telefon: <a href="tel:+46980319210">0980-319 210</a>, vardagar 8.00–16.00.',
        "E-post: kundcenter@tjarnas.se")
    + "<h2>Vilka arbetar här?</h2>\n" + p(
        "I Kundcenter arbetar sju kommunvägledare. Kontaktperson för frågor om Kundcenters arbetssätt är kommunvägledare Elin Strand.",
        "Sidansvarig: Mattias Berg, webbredaktör"))
SP["/kontakta-oss/"] = dict(
    file="kontakta-oss.html", title="Kontakta oss", crumbs=[("Kontakta oss", "/kontakta-oss/")],
    main="<h1>Kontakta oss</h1>\n" + p("Tjärnås kommun, Box 400, 999 41 Tjärnås.", "Växel: 0980-319 200 (vardagar 7.30–16.30).",
                                       "E-post: kommun@tjarnas.se.", "Vill du lämna en synpunkt? Använd e-tjänsten Synpunkter och klagomål."))
SP["/sok/"] = sok_page(S | {"search": {"path": "/sok/"}})
S["pages"] = SP
S["search"] = {"path": "/sok/", "param": "q", "template": "sok.html", "hits": {"kundcenter": ["/kommun-och-politik/kundcenter/"]}}
SITES.append(S)

# ---------------------------------------------------------------- 8085 Vintermåla: hero CTA button via redirect
S = base_site(kommunkod="8085", kommun="Vintermåla", lan_kod="08", lan="Kalmar län", family="custom",
              domain="vintermala.se", town="Vintermåla", street="Kyrkvägen 2", postbox="Box 5", postcode="999 51",
              orgnr="212000-9855", vaxel="08-465 004 20", staff="900")
S["hero"] = dict(title="Vintermåla kommun", lead="Skog, sjöar och småskalighet. Vad kan vi hjälpa dig med i dag?",
                 ctas=[("Ansök om förskoleplats", "/e-tjanster/ansok-om-forskoleplats/", None),
                       ("Gör en felanmälan", "/trafik-och-infrastruktur/felanmalan/", None),
                       ("Kontakta oss", "/kontakta-oss", None)])
S["news"] = [("Fiberutbyggnaden når Norrby", "/nyheter/fiber-norrby/", "9 maj 2025", "Nu kan hushållen i Norrby beställa fiber."),
             ("Kommunen söker familjehem", "/nyheter/familjehem/", "30 april 2025", "Kan du öppna ditt hem för ett barn?"),
             ("Ny lekplats i Folkparken", "/nyheter/lekplats/", "15 april 2025", "Lekplatsen har gungor för alla åldrar.")]
S["news_bodies"] = {
    "/nyheter/fiber-norrby/": p("Fiberutbyggnaden i Norrby är klar i juni. Anmäl intresse hos nätägaren."),
    "/nyheter/familjehem/": p("Socialtjänsten söker fler familjehem. Välkommen till en informationsträff den 20 maj."),
    "/nyheter/lekplats/": p("Den nya lekplatsen i Folkparken har en tillgänglig gunga och en sandlåda med ramp.")}
SP = common_pages(S)
SP["/kontaktcenter/"] = dict(
    file="kontaktcenter.html", title="Kontaktcenter", crumbs=[("Kontaktcenter", "/kontaktcenter/")],
    main="<h1>Kontaktcenter</h1>\n" + p(
        "Kontaktcenter svarar på dina frågor till Vintermåla kommun. Vi hjälper dig med frågor om bland annat "
        "barnomsorg och skola, avfall och återvinning, vatten och avlopp, bostadsanpassning och färdtjänst. "
        "Vi tar också emot felanmälningar om gator, belysning och parker.")
    + "<h2>Ring eller chatta</h2>\n" + p(
        'Telefon: <a href="tel:+46846500430">08-465 004 30</a>, måndag–fredag 8.00–16.30.',
        '<button type="button" class="chat-button">Chatta med kontaktcenter</button> Chatten är öppen vardagar 9.00–15.00.')
    + "<h2>Ledning</h2>\n" + p("Kontaktcenterchef är Mira Holm. Kontaktcenter ingår i kommunledningsförvaltningen."))
SP["/sok/"] = sok_page(S | {"search": {"path": "/sok/"}})
S["pages"] = SP
S["redirects"] = {"/kontakta-oss": ["/kontaktcenter/", 301]}
S["search"] = {"path": "/sok/", "param": "q", "template": "sok.html", "hits": {"kontaktcenter": ["/kontaktcenter/"]}}
SITES.append(S)

# ---------------------------------------------------------------- 8086 Lommarö: footer-only link, table layout, Latin-1
S = base_site(kommunkod="8086", kommun="Lommarö", lan_kod="01", lan="Stockholms län", family="table",
              domain="lommaro.se", town="Lommarö", street="Hamngatan 3", postbox="Box 12", postcode="999 61",
              orgnr="212000-9866", vaxel="031-390 06 20", staff="1 100")
S["topbar_extra"] = [("Kontakt", "/kontakt.asp", {})]
S["footer_links"] = [("Medborgarkontoret", "/medborgarkontoret.asp")]
S["hero"] = dict(title="Välkommen till Lommarö kommun", lead="Skärgårdskommunen med närhet till staden.",
                 cards=[("Båtplatser", "/kultur-och-fritid/friluftsliv-och-natur/"), ("Färjetider", "/trafik-och-infrastruktur/kollektivtrafik/"),
                        ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning/")])
S["news"] = [("Nya färjetider från juni", "/nyheter/farjetider/", "8 maj 2025", "Sommartidtabellen gäller från den 15 juni."),
             ("Skärgårdsskolan firar 100 år", "/nyheter/skargardsskolan/", "28 april 2025", "Välkommen på jubileum."),
             ("Eldningsförbud kan införas", "/nyheter/eldning/", "20 april 2025", "Håll koll på brandrisken.")]
S["news_bodies"] = {
    "/nyheter/farjetider/": p("Från den 15 juni går färjan varje halvtimme mellan Lommarö brygga och fastlandet."),
    "/nyheter/skargardsskolan/": p("Skärgårdsskolan på Östra Lommarö fyller 100 år. Firandet sker den 24 maj."),
    "/nyheter/eldning/": p("Räddningstjänsten kan införa eldningsförbud om det blir torrt. Följ informationen här.")}
SP = common_pages(S)
SP["/medborgarkontoret.asp"] = dict(
    file="medborgarkontoret.html", title="Medborgarkontoret", crumbs=[("Medborgarkontoret", "/medborgarkontoret.asp")],
    main="<h1>Medborgarkontoret</h1>\n" + p(
        "På Medborgarkontoret kan du få hjälp med frågor om färjekort och båtplatser, ansökan om bostadsanpassning, "
        "parkeringstillstånd och blanketter till bygglovsenheten. Du kan också låna en dator och skriva ut handlingar.",
        "Besök oss i Medborgarhuset, Hamngatan 3, bottenvåningen.",
        "Medborgarkontorets öppettider ses över och publiceras här så snart de är beslutade. Medborgarkontoret har inget eget "
        "telefonnummer eller egen e-postadress.",
        "På kontoret arbetar två handläggare."))
SP["/kontakt.asp"] = dict(
    file="kontakt.html", title="Kontakt", crumbs=[("Kontakt", "/kontakt.asp")],
    main="<h1>Kontakt</h1>\n" + p("Lommarö kommun, Box 12, 999 61 Lommarö.", "Växel: 031-390 06 20.", "E-post: kommun@lommaro.se."))
SP["/sok/"] = sok_page(S | {"search": {"path": "/sok/"}})
S["pages"] = SP
S["redirects"] = {"/": ["/default.asp", 302]}
S["front_path"] = "/default.asp"
S["search"] = {"path": "/sok/", "param": "q", "template": "sok.html",
               "hits": {"medborgarkontoret": ["/medborgarkontoret.asp"], "medborgarkontor": ["/medborgarkontoret.asp"]}}
S["latin1"] = True
SITES.append(S)

# ---------------------------------------------------------------- 8087 Rävsnäs: div soup, image link with alt only in the header
S = base_site(kommunkod="8087", kommun="Rävsnäs", lan_kod="14", lan="Västra Götalands län", family="soup",
              domain="ravsnas.se", town="Rävsnäs", street="Strandvägen 7", postbox="Box 70", postcode="999 71",
              orgnr="212000-9877", vaxel="040-628 04 20", staff="1 600")
S["topbar_extra"] = [("Kontakt", "/kontakt/", {})]
S["img_links"] = [("Kundtjänst", "/kundtjanst/?ref=ikon"), ("Lediga jobb", "/lediga-jobb/"), ("Facebook", "/sociala-medier/facebook/")]
S["hero"] = dict(title="Rävsnäs kommun", lead="Västkustens pärla. Här hittar du kommunens service och tjänster.",
                 cards=[("Förskola och skola", "/forskola-och-skola/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/"),
                        ("Badplatser", "/kultur-och-fritid/friluftsliv-och-natur/")])
S["news"] = [("Sommarens badvakter på plats", "/nyheter/badvakter/", "9 maj 2025", "Badvakter finns på tre stränder."),
             ("Ny översiktsplan på samråd", "/nyheter/oversiktsplan/", "2 maj 2025", "Tyck till om framtidens Rävsnäs."),
             ("Gratis sommarlov för barn", "/nyheter/sommarlov/", "24 april 2025", "Aktiviteter hela sommaren.")]
S["news_bodies"] = {
    "/nyheter/badvakter/": p("Från midsommar finns badvakter på Norra stranden, Kyrkviken och Sandön."),
    "/nyheter/oversiktsplan/": p("Förslaget till ny översiktsplan finns på samråd till den 30 juni."),
    "/nyheter/sommarlov/": p("Barn mellan 6 och 15 år kan delta i gratis aktiviteter under sommarlovet.")}
SP = common_pages(S)
SP["/kundtjanst/"] = dict(
    file="kundtjanst.html", title="Kundtjänst", crumbs=[("Kundtjänst", "/kundtjanst/")],
    main="<h1>Kundtjänst</h1>\n" + p(
        "Rävsnäs kommuns kundtjänst svarar på frågor om kommunens verksamheter.")
    + "<h2>Vanliga frågor till oss</h2>\n" + ul(
        "När töms mitt sopkärl?", "Hur ansöker jag om plats i förskolan?", "Var anmäler jag en trasig gatlampa?",
        "Hur bokar jag en idrottshall?", "Vad kostar ett bygglov för en carport?")
    + "<h2>Kontakta kundtjänst</h2>\n" + p(
        'Telefon: <a href="tel:+46406280430">040-628 04 30</a>',
        'Du kan också skriva till oss i <a href="/kundtjanst/kontaktformular/">kontaktformuläret</a>.')
    + "<h2>Om kundtjänst</h2>\n" + p(
        "Kundtjänst hör till kommunstyrelseförvaltningen, som leds av kommundirektör Lars Öhman.",
        "Sidansvarig: Sanna Krook"))
SP["/kundtjanst/kontaktformular/"] = dict(
    file="formular.html", title="Kontaktformulär", crumbs=[("Kundtjänst", "/kundtjanst/"), ("Kontaktformulär", "/kundtjanst/kontaktformular/")],
    main='<h1>Kontaktformulär</h1>\n<form action="/kundtjanst/kontaktformular/" method="post"><label>Namn <input name="namn"></label>'
         '<label>E-post <input name="epost" type="email"></label><label>Ditt ärende <textarea name="arende"></textarea></label>'
         '<button type="submit">Skicka</button></form>')
SP["/kontakt/"] = dict(
    file="kontakt.html", title="Kontakt", crumbs=[("Kontakt", "/kontakt/")],
    main="<h1>Kontakt</h1>\n" + p("Rävsnäs kommun, Box 70, 999 71 Rävsnäs.", "Växel: 040-628 04 20.", "E-post: kommun@ravsnas.se."))
SP["/sok/"] = sok_page(S | {"search": {"path": "/sok/"}})
S["pages"] = SP
S["search"] = {"path": "/sok/", "param": "q", "template": "sok.html", "hits": {"kundtjänst": ["/kundtjanst/"]}}
SITES.append(S)

# ---------------------------------------------------------------- 8088 Ulvbacka: aria roles, a0 with traps at the top
S = base_site(kommunkod="8088", kommun="Ulvbacka", lan_kod="20", lan="Dalarnas län", family="aria",
              domain="ulvbacka.se", town="Ulvbacka", street="Bergsgatan 11", postbox="Box 88", postcode="999 81",
              orgnr="212000-9888", vaxel="0980-319 220", staff="1 000")
S["menu_top_extra"] = [("Kontakta kommunen", "/kontakta-kommunen")]
S["title_icons"] = [("Servicecenter för företagare", "/naringsliv-och-arbete/servicecenter-for-foretagare/")]
S["footer_extra"] = ["<b>Ulvbacka Vatten AB</b><br>Kundtjänst för VA och avfall: 0980-319 260"]
S["hero"] = dict(title="Ulvbacka – i hjärtat av Bergslagen",
                 lead="Välkommen till Ulvbacka kommun. Här hittar du service, nyheter och evenemang.",
                 ctas=[("Ulvbacka Energis kundtjänst", "/bygga-bo-och-miljo/energi-och-klimatradgivning/", None)])
S["news"] = [("Ulvbacka Energi AB:s kundtjänst får nya telefontider", "/nyheter/energi-telefontider/", "6 maj 2025",
              "Från juni svarar energibolagets kundtjänst även på lördagar."),
             ("Gruvmuseet öppnar för säsongen", "/nyheter/gruvmuseet/", "29 april 2025", "Guidade turer varje dag i sommar."),
             ("Ny detaljplan för Södra berget", "/nyheter/detaljplan/", "16 april 2025", "Planen ger plats för 120 bostäder.")]
S["news_bodies"] = {
    "/nyheter/energi-telefontider/": p("Ulvbacka Energi AB är ett helägt kommunalt bolag. Energibolagets kundtjänst svarar från juni "
                                       "även på lördagar 10–14 på 0980-319 270."),
    "/nyheter/gruvmuseet/": p("Gruvmuseet har öppet dagligen 11–17 från midsommar till mitten av augusti."),
    "/nyheter/detaljplan/": p("Detaljplanen för Södra berget har antagits av kommunfullmäktige.")}
SP = common_pages(S)
SP["/kontakt/"] = dict(
    file="kontakt.html", title="Kontakta kommunen", crumbs=[("Kontakta kommunen", "/kontakt/")],
    main="<h1>Kontakta kommunen</h1>\n" + p("Här hittar du kommunens kontaktuppgifter.")
    + "<h2>Växel</h2>\n" + p("Kommunens växel: 0980-319 220, vardagar 7.30–16.00. Växeln kopplar dig till rätt handläggare.")
    + "<h2>Registrator</h2>\n" + p("Handlingar till nämnderna skickas till registrator@ulvbacka.se.")
    + "<h2>Bygglovsservice</h2>\n" + p("Frågor om bygglov: ring Bygglovsservice 0980-319 240, tisdag och torsdag 9–11.")
    + "<h2>Felanmälan</h2>\n" + p("Fel på gator, belysning och parker anmäler du i e-tjänsten Felanmälan."))
SP["/naringsliv-och-arbete/servicecenter-for-foretagare/"] = dict(
    file="foretag.html", title="Servicecenter för företagare",
    crumbs=[("Näringsliv och arbete", "/naringsliv-och-arbete/"), ("Servicecenter för företagare", "/naringsliv-och-arbete/servicecenter-for-foretagare/")],
    main="<h1>Servicecenter för företagare</h1>\n" + p(
        "Servicecenter för företagare hjälper dig med tillstånd, lokaler och kontakter när du driver företag i Ulvbacka.",
        "Telefon 0980-319 250, e-post foretag@ulvbacka.se.", "Enhetschef för Servicecenter för företagare: Per Dahl"))
SP["/sok/"] = sok_page(S | {"search": {"path": "/sok/"}})
S["pages"] = SP
S["redirects"] = {"/kontakta-kommunen": ["/kontakt/", 301]}
S["search"] = {"path": "/sok/", "param": "q", "template": "sok.html", "hits": {}}
SITES.append(S)

# ---------------------------------------------------------------- 8089 Svanåker: link only on an inner page; skip links, breadcrumbs
S = base_site(kommunkod="8089", kommun="Svanåker", lan_kod="17", lan="Värmlands län", family="semantic",
              domain="svanaker.se", town="Svanåker", street="Kanalgatan 5", postbox="Box 150", postcode="999 91",
              orgnr="212000-9899", vaxel="08-465 004 40", staff="1 400")
S["menu_href"] = {"Kommun och politik": "/kommun-och-politik/"}
S["skips"] = [("Hoppa till innehållet", "#main"), ("Hoppa till huvudmenyn", "#mainnav"), ("Hoppa till sidfoten", "#sidfot")]
S["topbar_extra"] = [("Kontakt", "/kontakt/", {})]
S["hero"] = dict(title="Svanåker kommun", lead="Kanalstaden i Värmland. Välkommen!",
                 ctas=[("Våra e-tjänster", "/e-tjanster/", None), ("Kommun och politik", "/kommun-och-politik/", None)])
S["news"] = [("Kanalfestivalen 2025", "/nyheter/kanalfestivalen/", "5 maj 2025", "Tre dagar med musik vid kanalen."),
             ("Ny äldreboende i Tallnäs", "/nyheter/aldreboende/", "25 april 2025", "Första spadtaget för 60 lägenheter."),
             ("Så blev kommunens bokslut", "/nyheter/bokslut/", "10 april 2025", "Överskott på 18 miljoner kronor.")]
S["news_bodies"] = {
    "/nyheter/kanalfestivalen/": p("Kanalfestivalen pågår 11–13 juli med musik, mat och båtparad."),
    "/nyheter/aldreboende/": p("Det nya äldreboendet i Tallnäs blir klart 2027."),
    "/nyheter/bokslut/": p("Kommunens bokslut för 2024 visar ett överskott på 18 miljoner kronor.")}
SP = common_pages(S)
SP["/kommun-och-politik/"] = dict(
    file="kommun-och-politik.html", title="Kommun och politik", crumbs=[("Kommun och politik", "/kommun-och-politik/")],
    main="<h1>Kommun och politik</h1>\n" + p("Här hittar du information om hur kommunen styrs och är organiserad.")
    + '<ul class="link-list">'
    + "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in [
        ("Kommunens organisation", "/kommun-och-politik/kommunens-organisation/"),
        ("Politik och beslut", "/kommun-och-politik/politik-och-beslut/"),
        ("Kommunservice", "/kommun-och-politik/kommunservice/"),
        ("Budget och ekonomi", "/kommun-och-politik/budget-och-ekonomi/"),
        ("Synpunkter och klagomål", "/kommun-och-politik/synpunkter-och-klagomal/")]) + "</ul>")
SP["/kommun-och-politik/kommunservice/"] = dict(
    file="kommunservice.html", title="Kommunservice",
    crumbs=[("Kommun och politik", "/kommun-och-politik/"), ("Kommunservice", "/kommun-och-politik/kommunservice/")],
    main="<h1>Kommunservice</h1>\n" + p(
        "Kommunservice är Svanåker kommuns samlade service för invånare. Vi svarar på frågor om bland annat skolskjuts, "
        "avgifter för barnomsorg, sophämtning, vatten och avlopp och hur du ansöker om färdtjänst.",
        'Ring Kommunservice på <a href="tel:+46846500450">08-465 004 50</a>.',
        "Vi tar inte emot besök och svarar inte på e-post; kommunens gemensamma e-postadress finns längst ner på sidan.")
    + "<h2>Frågor om Kommunservice</h2>\n" + p("Kontaktperson: Hanna Ryd, kommunvägledare."))
SP["/kontakt/"] = dict(
    file="kontakt.html", title="Kontakt", crumbs=[("Kontakt", "/kontakt/")],
    main="<h1>Kontakt</h1>\n" + p("Svanåker kommun, Box 150, 999 91 Svanåker.", "Växel: 08-465 004 40.", "E-post: kommun@svanaker.se.",
                                  "Registrator: registrator@svanaker.se."))
SP["/sok/"] = sok_page(S | {"search": {"path": "/sok/"}})
S["pages"] = SP
S["search"] = {"path": "/sok/", "param": "q", "template": "sok.html", "hits": {"kommunservice": ["/kommun-och-politik/kommunservice/"]}}
SITES.append(S)

# ---------------------------------------------------------------- 8090 Björsjövik: sitevision, a0, excluded names in the top
S = base_site(kommunkod="8090", kommun="Björsjövik", lan_kod="25", lan="Norrbottens län", family="sitevision",
              domain="bjorsjovik.se", town="Björsjövik", street="Centralplan 1", postbox="Box 900", postcode="999 92",
              orgnr="212000-9900", vaxel="031-390 06 40", staff="1 200")
S["menu_top_extra"] = [("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag.4.9a0b1c.html")]
S["topbar_extra"] = [("Kontakta oss", "/kontakta-oss.4.5d6e7f.html", {"aria-label": "Kontakta oss"})]
S["footer_extra"] = ["<h2>Björsjövik Vatten AB</h2><p>Kundtjänst för VA och renhållning: 031-390 06 70</p>"]
S["jsonld_extra"] = {"contactPoint": {"@type": "ContactPoint", "name": "Kundcenter", "telephone": "031-390 06 41"}}
S["hero"] = dict(title="Välkommen till Björsjövik", lead="Fjällnära kommun med plats för dig.",
                 ctas=[("Boka tid hos Statens servicekontor", "/nyheter/statens-servicekontor/", None)],
                 cards=[("Skola", "/forskola-och-skola/"), ("Omsorg", "/omsorg-och-stod/"), ("Fritid", "/kultur-och-fritid/")])
S["news"] = [("Statens servicekontor öppnar i Björsjövik", "/nyheter/statens-servicekontor/", "7 maj 2025",
              "Försäkringskassan, Skatteverket och Pensionsmyndigheten samlas i kommunhuset."),
             ("Region Norrbottens kundtjänst för färdtjänst byter nummer", "/nyheter/region-kundtjanst/", "30 april 2025",
              "Det nya numret gäller från 1 juni."),
             ("Skoterleder öppnade tidigt", "/nyheter/skoterleder/", "18 april 2025", "Lederna är märkta.")]
S["news_bodies"] = {
    "/nyheter/statens-servicekontor/": p("Statens servicekontor i Björsjövik öppnar den 2 juni på entréplanet i kommunhuset. "
                                         "Där får du hjälp med frågor till Försäkringskassan, Skatteverket och Pensionsmyndigheten.",
                                         "Statens servicekontor drivs av Statens servicecenter, inte av kommunen. Boka tid på 0771-00 00 00."),
    "/nyheter/region-kundtjanst/": p("Region Norrbottens kundtjänst för färdtjänst och sjukresor byter telefonnummer från den 1 juni."),
    "/nyheter/skoterleder/": p("Kommunens skoterleder är öppna och märkta. Kör försiktigt över sjöisarna.")}
SP = common_pages(S)
SP["/kontakta-oss.4.5d6e7f.html"] = dict(
    file="kontakta-oss.html", title="Kontakta oss", crumbs=[("Kontakta oss", "/kontakta-oss.4.5d6e7f.html")],
    main="<h1>Kontakta oss</h1>\n<!-- Kundcenter planeras 2026, sidan uppdateras då -->\n" + p(
        "Du når Björsjöviks kommun via växeln, 031-390 06 40, vardagar 8.00–16.00.",
        "E-post: kommun@bjorsjovik.se. Registrator: registrator@bjorsjovik.se.")
    + "<h2>Skolservice</h2>\n" + p("Frågor om skolskjuts och skolval: Skolservice, 031-390 06 45.")
    + "<h2>IT-support för elever</h2>\n" + p("Elever och vårdnadshavare når IT-support på 031-390 06 46."))
SP["/naringsliv-och-arbete/servicecenter-for-foretag.4.9a0b1c.html"] = dict(
    file="foretag.html", title="Servicecenter för företag",
    crumbs=[("Näringsliv och arbete", "/naringsliv-och-arbete/"), ("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag.4.9a0b1c.html")],
    main="<h1>Servicecenter för företag</h1>\n" + p(
        "Vi hjälper företag med tillstånd för servering, bygglov för verksamhetslokaler och kontakter med kommunen.",
        "Telefon 031-390 06 50. E-post foretag@bjorsjovik.se.", "Chef för Servicecenter för företag är näringslivschef Åsa Niemi."))
SP["/sok/"] = sok_page(S | {"search": {"path": "/sok/"}})
S["pages"] = SP
S["search"] = {"path": "/sok/", "param": "q", "template": "sok.html", "hits": {}}
SITES.append(S)


# ------------------------------------------------------------------ writer
def write_site(s: dict) -> None:
    d = SITES_DIR / s["kommunkod"]
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    render = FAMILIES[s["family"]]
    latin1 = s.get("latin1")
    ctype = "text/html; charset=iso-8859-1" if latin1 else None

    def out(name: str, text: str) -> None:
        if latin1:
            (d / name).write_bytes(text.encode("latin-1", errors="xmlcharrefreplace"))
        else:
            (d / name).write_text(text, encoding="utf-8")

    manifest_pages: dict = {}
    front_path = s.get("front_path", "/")
    front = dict(path=front_path, title="Startsida", front=True,
                 description=f"Officiell webbplats för {s['kommun']} kommun.")
    out("index.html", render(s, front))
    manifest_pages[front_path] = {"file": "index.html", "content_type": ctype} if latin1 else "index.html"
    pages = dict(s["pages"])
    if "search_page" in s:  # WordPress-style search on "/" (template only, not a page)
        sp = s["search_page"] | {"path": "/"}
        out(sp["file"], render(s, sp))
    for path, pg in pages.items():
        pg = pg | {"path": path}
        out(pg["file"], render(s, pg))
        if path == s["search"]["path"]:
            continue  # the search path is served by the search, not as a page
        manifest_pages[path] = {"file": pg["file"], "content_type": ctype} if latin1 else pg["file"]
    m = {"kommunkod": s["kommunkod"], "kommun": s["kommun"], "lan_kod": s["lan_kod"], "lan": s["lan"],
         "family": s["family"], "pages": manifest_pages, "redirects": s.get("redirects", {}), "robots": ROBOTS,
         "sitemap": list(manifest_pages), "search": s["search"] | (
             {"template": {"file": "sok.html", "content_type": ctype}} if latin1 else {}),
         "front_status": None}
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    SITES_DIR.mkdir(exist_ok=True)
    for s in SITES:
        write_site(s)
        print(s["kommunkod"], s["kommun"], s["family"], len(s["pages"]) + 1, "files")


if __name__ == "__main__":
    main()
