"""Write tests/blind61/sites/ (a typing aid; the written files are the corpus, labels are by hand).

    python3 tests/blind61/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chrome import AREAS, area_href, esc, menu
from families import FAMILIES

ROOT = Path(__file__).resolve().parent.parent / "sites"
ISO = "text/html; charset=iso-8859-1"

EVENTS = [("14 mars", "Vårkonsert med kulturskolan"), ("21 mars", "Öppet hus på gymnasiet"),
          ("4 april", "Loppis i sporthallen"), ("18 april", "Föreläsning: Att bygga attefall")]
JOBS = [("Förskollärare", "31 mars"), ("Undersköterska till hemtjänsten", "5 april"),
        ("Lärare i matematik och NO", "12 april"), ("Byggnadsinspektör", "20 april")]


def hours_table(rows):
    tr = "".join(f"<tr><td>{d}</td><td>{t}</td></tr>" for d, t in rows)
    return f"<table class=\"hours\"><thead><tr><th>Dag</th><th>Tid</th></tr></thead><tbody>{tr}</tbody></table>"


def tel(num):
    digits = num.replace("-", "").replace(" ", "")
    return f"<a href=\"tel:+46{digits[1:]}\">{num}</a>"


def generic_kontakt(site, extra=""):
    return (f"<p>Här hittar du kontaktuppgifter till {esc(site['kommun'])} kommun.</p>"
            f"<h2>Växel</h2><p>Telefon: {tel(site['vaxel'])}<br>Växeln är öppen vardagar 8.00–16.30 och kopplar dig "
            "vidare till rätt verksamhet.</p>"
            f"<h2>E-post</h2><p>{site['email']}</p>"
            f"<h2>Postadress</h2><p>{esc(site['kommun'])} kommun<br>{site['postcode']} {site['kommun'].upper()}</p>"
            f"<h2>Besöksadress</h2><p>{esc(site['address'])}</p>{extra}"
            "<h2>Registrator</h2><p>Handlingar till kommunen skickas till registrator, "
            f"registrator@{site['domain']}.</p>"
            "<h2>Press</h2><p>Journalister når kommunikationsavdelningen via växeln.</p>")


# --------------------------------------------------------------------------------------- sites
SITES = []

SITES.append(dict(
    kod="9001", kommun="Almhöga", lan_kod="01", lan="Stockholms län", family="sitevision", url_style="html",
    domain="almhoga.se", address="Storgatan 12", postcode="999 10", vaxel="08-465 004 00",
    email="kommun@almhoga.se", orgnr="212000-9901",
    header_util=[("Kontaktcenter", "/kontaktcenter.html"), ("Lediga jobb", "/lediga-jobb/")],
    footer_extra=[("Kontakta oss", "/kontakta-oss.html"), ("Press", "/press/")],
    hero_h="Välkommen till Almhöga", hero_p="En växande kommun nära stad och skärgård.",
    hero=[("Ansök om förskoleplats", "/barn-och-utbildning/forskola.html"), ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning.html"),
          ("Bygglov", "/bygga-bo-och-miljo/bygglov.html"), ("Felanmälan", "/e-tjanster/felanmalan-gata-och-park/")],
    drift="Vattenavstängning på Björkvägen 3 mars kl. 9–13.",
    news_path="/nyheter/", news_fmt="/nyheter/{}.html",
    news=[("2026-02-27", "Ny förskola öppnar i Västerby", "ny-forskola-vasterby",
           "I augusti öppnar förskolan Tallkotten med plats för 120 barn.",
           "<p>Förskolan Tallkotten i Västerby öppnar i augusti. Ansökan görs i e-tjänsten för förskoleplats.</p>"),
          ("2026-02-20", "Budget för 2027 ute på remiss", "budget-2027",
           "Kommunstyrelsens förslag till budget kan nu läsas av alla.",
           "<p>Förslaget behandlas av kommunfullmäktige i juni.</p>"),
          ("2026-02-12", "Så blev vinterns snöröjning", "snorojning-vintern",
           "Trafikenheten summerar en snörik vinter.",
           "<p>Vintern gav sju utryckningar för plogbilarna. Synpunkter lämnas via felanmälan.</p>")],
    kontakt=("/kontakta-oss.html", "Kontakta oss", None),
    service=("/kontaktcenter.html", "Kontaktcenter", "Kontaktcenter",
             "<p class=\"lead\">Kontaktcenter är din väg in till Almhöga kommun. Vi svarar på frågor om allt från förskola "
             "och skola till bygglov, avfall, parkering och äldreomsorg. Kan vi inte svara direkt ser vi till att du kommer "
             "vidare till rätt handläggare.</p>"
             "<h2>Ring oss</h2><p>Telefon: " + tel("08-465 004 10") + "</p>"
             "<h2>Telefontider</h2>" + hours_table([("Måndag–torsdag", "8.00–17.00"), ("Fredag", "8.00–16.00")]) +
             "<h2>Mejla oss</h2><p>kontaktcenter@almhoga.se</p>"
             "<h2>Chatta med oss</h2><p>Chatten är öppen vardagar 9.00–15.00.</p>"
             "<button type=\"button\" class=\"chat-start\">Starta chatt</button>"
             "<h2>Besök oss</h2><p>Kommunhuset, Storgatan 12, entréplan. Besökstider vardagar 9.00–16.00.</p>"
             "<p class=\"updated\">Senast uppdaterad: 14 januari 2026</p>"),
    search={"path": "/sok.html", "param": "query"},
    robots="User-agent: *\nDisallow: /sitevision/\nSitemap: __ORIGIN__/sitemap.xml\n",
))

SITES.append(dict(
    kod="9002", kommun="Björkede", lan_kod="14", lan="Västra Götalands län", family="municipio", url_style="slash",
    domain="bjorkede.se", address="Rådhusgatan 4", postcode="999 20", vaxel="031-390 06 00",
    email="kommun@bjorkede.se", orgnr="212000-9902",
    header_util=[("Kontakta oss", "/kontakta-oss/"), ("Lediga jobb", "/lediga-jobb/")],
    menu_extra={"kommun-och-politik": [("Kontaktcenter", "/kommun-och-politik/kontaktcenter/")]},
    footer_extra=[("Kontakt", "/om-kommunen/kontakt/"), ("Press", "/press/")],
    hero_h="Björkede – mitt i Västsverige", hero_p="Här hittar du information och e-tjänster för dig som bor och verkar i Björkede.",
    hero=[("Förskola och skola", "/barn-och-utbildning/"), ("Lediga jobb", "/lediga-jobb/"),
          ("Avfall och återvinning", "/bygga-bo-och-miljo/avfall-och-atervinning/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/")],
    drift="Planerat elavbrott i centrala Björkede natten mot 5 mars.",
    news_path="/nyheter/", news_fmt="/nyheter/{}/",
    news=[("2026-03-01", "Sommarjobb för unga – ansök nu", "sommarjobb-for-unga",
           "Ungdomar födda 2008–2010 kan söka feriepraktik.",
           "<p>Ansökan är öppen till 31 mars i e-tjänsten för feriepraktik.</p>"),
          ("2026-02-24", "Ny gång- och cykelväg mot Lunden", "gang-och-cykelvag",
           "Bygget startar i april och blir klart till hösten.",
           "<p>Under byggtiden leds trafiken om via Skolgatan.</p>"),
          ("2026-02-10", "Biblioteket förlänger öppettiderna", "biblioteket-oppettider",
           "Från mars har huvudbiblioteket öppet till 20 på vardagar.",
           "<p>Meröppet gäller som tidigare alla dagar 7–22.</p>")],
    kontakt=("/om-kommunen/kontakt/", "Kontakt", None),
    redirects={"/kontakta-oss/": ["/kommun-och-politik/kontaktcenter/", 301]},
    service=("/kommun-och-politik/kontaktcenter/", "Kontaktcenter", "Kontaktcenter",
             "<p class=\"lead\">Kontaktcenter tar emot dina frågor om kommunens verksamheter, till exempel förskola och skola, "
             "vatten och avlopp, sophämtning, bygglov och hemtjänst. Vi hjälper dig också med kommunens e-tjänster och "
             "tar emot synpunkter och felanmälningar.</p>"
             "<h2>Så når du oss</h2><ul><li>Telefon: " + tel("031-390 06 00") + "</li>"
             "<li>E-post: kontaktcenter@bjorkede.se</li><li>Besöksadress: Rådhusgatan 4, Björkede</li></ul>"
             "<h2>Öppettider</h2><p>Måndag–fredag 8.00–16.30. Dag före helgdag 8.00–13.00.</p>"
             "<h2>Om kontaktcenter</h2><p>Kontaktcenter är en del av kommunledningskontoret och leds av enhetschef "
             "Maria Sjöberg. Vi är tolv kommunvägledare som besvarar de flesta frågor direkt.</p>"),
    search={"path": "/", "param": "s"},
    robots="User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nSitemap: __ORIGIN__/sitemap.xml\n",
))

SITES.append(dict(
    kod="9003", kommun="Hedemyra", lan_kod="20", lan="Dalarnas län", family="soup", url_style="slash",
    domain="hedemyra.se", address="Kyrkvägen 2", postcode="999 30", vaxel="0980-319 200",
    email="kommun@hedemyra.se", orgnr="212000-9903",
    header_util=[("Kontakta oss", "/kontakt/")],
    hero_h="Hedemyra kommun", hero_p="Skog, sjöar och fäbodar – välkommen till oss.",
    hero=[("Lediga jobb", "/lediga-jobb/"), ("Skola och förskola", "/barn-och-utbildning/"),
          ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning/"), ("Turism", "/kultur-och-fritid/")],
    drift="Hedemyra Energi: fjärrvärmen i Norrbyn är avstängd 4 mars kl. 8–15 på grund av arbete i ledningsnätet. "
          "Frågor besvaras av Hedemyra Energis kundtjänst, 0980-319 299.",
    news_path="/nyheter/", news_fmt="/nyheter/{}/",
    news=[("2026-02-26", "Skidspåren i Bysjön är preparerade", "skidsparen",
           "Elljusspåret och 10-kilometersslingan är körda.", "<p>Spårstatus uppdateras på kommunens webbplats.</p>"),
          ("2026-02-18", "Samråd om ny detaljplan för Kvarnbacken", "samrad-kvarnbacken",
           "Planförslaget visas i kommunhuset till 20 mars.", "<p>Synpunkter lämnas skriftligt till samhällsbyggnad.</p>"),
          ("2026-02-05", "Kommunen söker familjehem", "familjehem",
           "Kan du öppna ditt hem för ett barn?", "<p>Informationsträff i kommunhuset 12 mars.</p>")],
    kontakt=("/kontakt/", "Kontakta oss", generic_kontakt),
    kontakt_extra="<h2>Reception</h2><p>Receptionen i kommunhuset är öppen vardagar 9.00–12.00 och 13.00–15.00.</p>",
    search={"path": "/sok/", "param": "q"},
    robots="User-agent: *\nDisallow: /sok/\nSitemap: __ORIGIN__/sitemap.xml\n",
))

SITES.append(dict(
    kod="9004", kommun="Kroksjö", lan_kod="23", lan="Jämtlands län", family="table", url_style="asp",
    domain="kroksjo.se", address="Byvägen 7", postcode="999 40", vaxel="0980-319 230",
    email="kommun@kroksjo.se", orgnr="212000-9904",
    header_util=[("Kontakta kommunen", "/kontakt.asp")],
    hero_h="Välkommen till Kroksjö kommun", hero_p="Kommunen vid fjällen.",
    hero=[("Lediga tjänster", "/lediga-jobb/"), ("Blanketter", "/blanketter.asp"), ("Sammanträden", "/kommun-och-politik.asp")],
    drift="Inga driftstörningar just nu.",
    news_path="/nyheter.asp", news_fmt="/nyheter/{}.asp",
    news=[("2026-02-25", "Fiskekort för 2026 finns nu", "fiskekort",
           "Fiskekort säljs på macken och i kommunhuset.", "<p>Priserna är oförändrade.</p>"),
          ("2026-02-11", "Kommunfullmäktige sammanträder 9 mars", "kf-9-mars",
           "Sammanträdet är öppet för allmänheten.", "<p>Handlingarna finns att läsa i kommunhuset.</p>"),
          ("2026-01-30", "Snöskoterleder öppnade", "skoterleder",
           "Lederna är nu markerade och öppna.", "<p>Respektera markägarnas skyltar.</p>")],
    kontakt=("/kontakt.asp", "Kontakta kommunen", generic_kontakt),
    redirects={"/": ["/start.asp", 302]},
    search={"path": "/sok.asp", "param": "sokord"},
    robots=None, no_sitemap=True,
))

SITES.append(dict(
    kod="9005", kommun="Lervåga", lan_kod="12", lan="Skåne län", family="episerver", url_style="slash",
    domain="lervaga.se", address="Stortorget 3", postcode="999 50", vaxel="040-628 04 00",
    email="kommun@lervaga.se", orgnr="212000-9905",
    header_util=[("Kontakt", "/kontakt/"), ("Lediga jobb", "/lediga-jobb/")],
    menu_extra={"kommun-och-politik": [("Servicecenter", "/kommun-och-politik/servicecenter/")]},
    hero_h="Lervåga – där slätten möter havet", hero_p="Information och service för dig som bor, besöker eller driver företag.",
    hero=[("Förskola", "/barn-och-utbildning/forskola/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/"),
          ("Parkering", "/trafik-och-infrastruktur/parkering/"), ("Badplatser", "/kultur-och-fritid/badplatser/")],
    drift="Vägarbete på Hamngatan vecka 10–12.",
    news_path="/nyheter/", news_fmt="/nyheter/{}/",
    news=[("2026-02-28", "Ny simhall – förslag till utformning", "ny-simhall",
           "Tyck till om den nya simhallen senast 15 april.", "<p>Förslaget finns i medborgardialogen.</p>"),
          ("2026-02-19", "Lervåga får pris för cykelvägar", "cykelpris",
           "Kommunen utsågs till årets cykelkommun i Skåne.", "<p>Priset delades ut i Malmö.</p>"),
          ("2026-02-03", "Ändrade turer för skolbussen", "skolbussen",
           "Från 1 mars gäller en ny tidtabell.", "<p>Tidtabellen finns under Skolskjuts.</p>")],
    kontakt=("/kontakt/", "Kontakta oss", None),
    service=("/kommun-och-politik/servicecenter/", "Servicecenter", "Servicecenter",
             "<p class=\"lead\">På Servicecenter får du hjälp med frågor om bland annat förskola, skola, bygglov, avfall och "
             "vatten och avlopp. Vi hjälper dig också att komma igång med kommunens e-tjänster.</p>"
             "<h2>Kontakta Servicecenter</h2><p>Telefon: 040-628 04 10<br>E-post: servicecenter@lervaga.se</p>"
             "<h2>Telefontider</h2><p>Måndag–fredag 8.00–16.30</p>"
             "<h2>Besöksadress</h2><p>Stadshuset, Stortorget 3</p>"),
    search={"path": "/sok/", "param": "q"},
    robots="User-agent: *\nDisallow: /episerver/\nDisallow: /util/\nSitemap: __ORIGIN__/sitemap.xml\n",
))

SITES.append(dict(
    kod="9006", kommun="Norrtanna", lan_kod="05", lan="Östergötlands län", family="drupal", url_style="bare",
    domain="norrtanna.se", address="Torggatan 1", postcode="999 60", vaxel="08-465 004 40",
    email="kommun@norrtanna.se", orgnr="212000-9906",
    header_util=[("Kontakt", "/kontakt")],
    hero_h="Hej, vad vill du göra idag?", hero_p="Genvägar till det som flest söker efter.",
    hero=[("Medborgarservice", "/medborgarservice"), ("Lediga jobb", "/lediga-jobb/"),
          ("Skolval", "/barn-och-utbildning/grundskola"), ("Felanmälan", "/e-tjanster/felanmalan-gata-och-park/"),
          ("Bygglov", "/bygga-bo-och-miljo/bygglov")],
    drift="Inga kända störningar.",
    news_path="/nyheter", news_fmt="/nyheter/{}",
    news=[("2026-03-02", "Invigning av nya Ängsskolan", "angsskolan",
           "Välkommen på invigning lördag 21 mars.", "<p>Program och tider finns på skolans sida.</p>"),
          ("2026-02-21", "Trygghetsvandring i centrum", "trygghetsvandring",
           "Var med och tyck till om tryggheten i centrum.", "<p>Samling vid torget klockan 18.</p>"),
          ("2026-02-09", "Så används skattepengarna", "skattepengarna",
           "En hundralapp i skatt – vart går den?", "<p>Nästan hälften går till skola och förskola.</p>")],
    kontakt=("/kontakt", "Kontakta oss", None),
    service=("/medborgarservice", "Medborgarservice", "Medborgarservice",
             "<p class=\"lead\">Medborgarservice är kommunens gemensamma ingång för invånare, företagare och besökare.</p>"
             "<p>Hos oss kan du få hjälp med frågor om till exempel skolval, barnomsorg, bygglov, avfall, färdtjänst och "
             "bostadsanpassning. Vi hjälper dig också att fylla i blanketter och använda e-tjänster.</p>"
             "<h2>Kontaktuppgifter</h2><p>Telefon: " + tel("08-465 004 50") + "<br>E-post: medborgarservice@norrtanna.se</p>"
             "<h2>Besök oss</h2><p>Kommunhuset, Torggatan 1, entréplan.</p>" +
             hours_table([("Måndag–torsdag", "8.00–16.30"), ("Fredag", "8.00–15.00")])),
    search={"path": "/sok", "param": "keys"},
    robots="User-agent: *\nDisallow: /admin/\nDisallow: /user/\nDisallow: /sok\nSitemap: __ORIGIN__/sitemap.xml\n",
))

SITES.append(dict(
    kod="9007", kommun="Rödbacka", lan_kod="25", lan="Norrbottens län", family="bootstrap", url_style="slash",
    domain="rodbacka.se", address="Skolgatan 9", postcode="999 70", vaxel="0980-319 270",
    email="kommun@rodbacka.se", orgnr="212000-9907",
    header_util=[("Kontakta kommunen", "/kontakta-kommunen/"), ("Lediga jobb", "/lediga-jobb/")],
    hero_h="Rödbacka – norr om det vanliga", hero_p="Här bor du nära naturen och har nära till allt.",
    hero=[("Lediga jobb", "/lediga-jobb/"), ("Förskola och skola", "/barn-och-utbildning/"),
          ("Kontakta kommunen", "/kontakta-kommunen/"), ("Evenemang", "/evenemang/")],
    drift="Kallt vatten: spola i kranen om vattnet är missfärgat efter arbetet på Åvägen.",
    news_path="/nyheter/", news_fmt="/nyheter/{}/",
    news=[("2026-02-27", "Isbanan på Storsjön är plogad", "isbanan",
           "Fem kilometer bana är öppen för skridsko.", "<p>Åk aldrig ensam och ha alltid isdubbar.</p>"),
          ("2026-02-17", "Nytt äldreboende planeras i Rödbacka", "aldreboende",
           "Kommunfullmäktige har sagt ja till en förstudie.", "<p>Förstudien ska vara klar i höst.</p>"),
          ("2026-02-06", "Öppna förskolan flyttar", "oppna-forskolan",
           "Från 1 mars finns öppna förskolan i Folkets hus.", "<p>Öppettiderna är desamma.</p>")],
    kontakt=("/kontakta-kommunen/", "Kontakta kommunen", generic_kontakt),
    search={"path": "/sok/", "param": "q"},
    robots="User-agent: *\nAllow: /\nSitemap: __ORIGIN__/sitemap.xml\n",
))

SITES.append(dict(
    kod="9008", kommun="Sjöhammar", lan_kod="13", lan="Hallands län", family="nextjs", url_style="slash",
    domain="sjohammar.se", address="Hamngatan 20", postcode="999 80", vaxel="031-390 06 30",
    email="kommun@sjohammar.se", orgnr="212000-9908",
    header_util=[("Kontakta oss", "/kontakta-oss/"), ("Lediga jobb", "/lediga-jobb/")],
    hero_h="Välkommen till Sjöhammar", hero_p="Kustkommunen med stora möjligheter.",
    hero=[("Bygga och bo", "/bygga-bo-och-miljo/"), ("Lediga jobb", "/lediga-jobb/"),
          ("Förskola", "/barn-och-utbildning/forskola/"), ("Avfall", "/bygga-bo-och-miljo/avfall-och-atervinning/")],
    drift="Hamnbron stängd för biltrafik 2–6 mars.",
    news_path="/nyheter/", news_fmt="/nyheter/{}/",
    news=[("2026-03-03", "Båtplatser för säsongen 2026", "batplatser",
           "Ansök om båtplats senast 31 mars.", "<p>Ansökan görs i e-tjänsten.</p>"),
          ("2026-02-23", "Ny översiktsplan antagen", "oversiktsplan",
           "Kommunfullmäktige antog planen i februari.", "<p>Planen visar hur kommunen ska växa till 2045.</p>"),
          ("2026-02-14", "Kulturskolan startar dansgrupp", "dansgrupp",
           "Ny grupp för barn 7–9 år.", "<p>Anmälan via kulturskolans e-tjänst.</p>")],
    kontakt=("/kontakta-oss/", "Kontakta oss", None),
    kontakt_body=(
        "<p>Här hittar du kontaktuppgifter till Sjöhammars kommun.</p>"
        "<h2>Kundtjänst</h2><p>Kundtjänst är kommunens första kontakt för dig som invånare. Hos oss får du svar på dina "
        "frågor eller hjälp att komma vidare till rätt person.</p>"
        "<p>Telefon: 031-390 06 40<br>E-post: kundtjanst@sjohammar.se<br>Telefontider: måndag–fredag 8.00–16.00</p>"
        "<h2>Postadress</h2><p>Sjöhammars kommun, 999 80 SJÖHAMMAR</p>"
        "<h2>Registrator</h2><p>Handlingar skickas till registrator@sjohammar.se.</p>"
        "<h2>Press</h2><p>Pressfrågor: kommunikationsavdelningen, press@sjohammar.se.</p>"),
    search={"path": "/sok/", "param": "q"},
    robots="User-agent: *\nDisallow: /_next/\nSitemap: __ORIGIN__/sitemap.xml\n",
))

SITES.append(dict(
    kod="9009", kommun="Vallnäs", lan_kod="08", lan="Kalmar län", family="umbraco", url_style="slash",
    domain="vallnas.se", address="Kommunhuset, Strandvägen 5", postcode="999 90", vaxel="0980-319 250",
    email="kommun@vallnas.se", orgnr="212000-9909",
    header_util=[("Kontakta kommunen", "/kommun-och-politik/kontakta-kommunen/"), ("Lediga jobb", "/lediga-jobb/")],
    hero_h="Vallnäs – ön och fastlandet", hero_p="Välkommen till en kommun med hav, skog och gemenskap.",
    hero=[("Förskola och skola", "/barn-och-utbildning/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/"),
          ("Färjetider", "/trafik-och-infrastruktur/kollektivtrafik/"), ("Lediga jobb", "/lediga-jobb/")],
    drift="Färjan går enligt vintertidtabell.",
    news_path="/nyheter/", news_fmt="/nyheter/{}/",
    news=[("2026-02-26", "Fler laddplatser vid färjeläget", "laddplatser",
           "Tio nya laddplatser är klara.", "<p>Laddning betalas med app eller kort.</p>"),
          ("2026-02-16", "Välkommen på medborgardialog om skolan", "medborgardialog-skolan",
           "Hur ska skolorna på ön se ut i framtiden?", "<p>Dialogmöte i bygdegården 10 mars.</p>"),
          ("2026-02-02", "Årets företagare i Vallnäs", "arets-foretagare",
           "Priset gick till Sillfabriken i Hamnviken.", "<p>Priset delades ut på näringslivsgalan.</p>")],
    kontakt=("/kommun-och-politik/kontakta-kommunen/", "Kontakta kommunen", None),
    kontakt_body=(
        "<p>Du kan kontakta kommunen på flera sätt.</p>"
        "<h2>Växel</h2><p>Telefon: 0980-319 250, vardagar 8.00–16.30.</p>"
        "<h2>E-post</h2><p>kommun@vallnas.se</p>"
        "<div class=\"cards\"><div class=\"card\"><a href=\"/kommun-och-politik/kontakta-kommunen/medborgarkontoret/\">"
        "Medborgarkontoret</a></div><div class=\"card\"><a href=\"/kommun-och-politik/kontakta-kommunen/synpunkter/\">"
        "Lämna synpunkter</a></div><div class=\"card\"><a href=\"/kommun-och-politik/kontakta-kommunen/press/\">Press</a>"
        "</div></div>"),
    service=("/kommun-och-politik/kontakta-kommunen/medborgarkontoret/", "Medborgarkontoret", "Medborgarkontoret",
             "<p class=\"lead\">På medborgarkontoret i kommunhuset kan du få personlig service.</p>"
             "<p>Vi hjälper dig med att använda kommunens e-tjänster, lämna in ansökningar och blanketter och ger "
             "information om bygglov, färdtjänst och bostadsanpassning. Du kan också låna en dator och skriva ut.</p>"
             "<h2>Öppettider</h2>" + hours_table([("Måndag–onsdag", "9.00–16.00"), ("Torsdag", "9.00–18.00"),
                                                  ("Fredag", "9.00–14.00")]) +
             "<h2>Hitta hit</h2><p>Besöksadress: Kommunhuset, Strandvägen 5. Entré från torget.</p>"
             "<h2>Ring eller mejla</h2><p>Telefon: 0980-319 260<br>E-post: medborgarkontoret@vallnas.se</p>"
             "<p>Medborgarkontoret är en del av kommunledningsförvaltningen och leds av enhetschef Lina Ågren.</p>"),
    search={"path": "/sok/", "param": "query"},
    robots="User-agent: *\nDisallow: /umbraco/\nSitemap: __ORIGIN__/sitemap.xml\n",
))

SITES.append(dict(
    kod="9010", kommun="Fjärdvik", lan_kod="22", lan="Västernorrlands län", family="aria", url_style="slash",
    domain="fjardvik.se", address="Fjärdgatan 11", postcode="999 95", vaxel="0980-319 280",
    email="kommun@fjardvik.se", orgnr="212000-9910",
    header_util=[("Kontakta oss", "/kontakta-oss/")],
    footer_extra=[("Servicecenter", "/servicecenter/"), ("Lediga jobb", "/lediga-jobb/"), ("Press", "/press/")],
    hero_h="Fjärdvik – Höga kusten nära", hero_p="Upptäck kommunen vid fjärden.",
    hero=[("Lediga jobb", "/lediga-jobb/"), ("Skola", "/barn-och-utbildning/grundskola/"),
          ("Bygglov", "/bygga-bo-och-miljo/bygglov/"), ("Badplatser", "/kultur-och-fritid/badplatser/")],
    drift="Arbete på vattenledning i Östanvik, tillfälligt lågt tryck.",
    news_path="/nyheter/", news_fmt="/nyheter/{}/",
    news=[("2026-02-28", "Kommunen satsar på fler lärare", "fler-larare",
           "Tio nya lärartjänster i budgeten.", "<p>Tjänsterna tillsätts till hösten.</p>"),
          ("2026-02-18", "Vinterfiske i fjärden", "vinterfiske",
           "Isen är nu säker på de flesta platser.", "<p>Följ råden från räddningstjänsten.</p>"),
          ("2026-02-04", "Ny gång- och cykelbro öppnad", "cykelbro",
           "Bron över Åbäcken är klar.", "<p>Bron binder ihop Östanvik och centrum.</p>")],
    kontakt=("/kontakta-oss/", "Kontakta oss", generic_kontakt),
    service=("/servicecenter/", "Servicecenter", "Servicecenter",
             "<p class=\"lead\">Välkommen till Servicecenter!</p><p>Vi finns här för dig som har frågor till kommunen. "
             "Hör av dig så hjälper vi dig.</p>"
             "<p>Telefon: 0980-319 285<br>E-post: servicecenter@fjardvik.se</p>"),
    search={"path": "/sok/", "param": "q"},
    robots="User-agent: *\nSitemap: __ORIGIN__/sitemap.xml\n",
))

SEARCH_HITS = {
    "9001": {"kontaktcenter": ["/kontaktcenter.html"], "kontakt": ["/kontakta-oss.html", "/kontaktcenter.html"]},
    "9002": {"kontaktcenter": ["/kommun-och-politik/kontaktcenter/"], "kontakt": ["/om-kommunen/kontakt/",
                                                                               "/kommun-och-politik/kontaktcenter/"]},
    "9003": {"kontakt": ["/kontakt/"]},
    "9004": {"kontakt": ["/kontakt.asp"]},
    "9005": {"servicecenter": ["/kommun-och-politik/servicecenter/"], "kontakt": ["/kontakt/"]},
    "9006": {"medborgarservice": ["/medborgarservice"], "kontakt": ["/kontakt", "/medborgarservice"]},
    "9007": {"kontakt": ["/kontakta-kommunen/"]},
    "9008": {"kundtjänst": ["/kontakta-oss/"], "kontakt": ["/kontakta-oss/"]},
    "9009": {"medborgarkontor": ["/kommun-och-politik/kontakta-kommunen/medborgarkontoret/"],
             "medborgarkontoret": ["/kommun-och-politik/kontakta-kommunen/medborgarkontoret/"],
             "kontakt": ["/kommun-och-politik/kontakta-kommunen/"]},
    "9010": {"servicecenter": ["/servicecenter/"], "kontakt": ["/kontakta-oss/"]},
}


def kontakt_links_body(site):
    """A generic contact page that lists the unit as one link among others (a landing page)."""
    path = site["service"][0]
    return ("<p>Välj hur du vill komma i kontakt med oss.</p><ul class=\"link-list\">"
            f"<li><a href=\"{path}\">{esc(site['service'][1])}</a></li>"
            f"<li><a href=\"{site['kontakt'][0]}#vaxel\">Växel</a></li>"
            "<li><a href=\"/kommun-och-politik/organisation/\">Förvaltningar och bolag</a></li>"
            "<li><a href=\"/e-tjanster/felanmalan-gata-och-park/\">Felanmälan</a></li>"
            "<li><a href=\"/press/\">Press</a></li></ul>"
            f"<h2 id=\"vaxel\">Växel</h2><p>Telefon: {site['vaxel']}, vardagar 8.00–16.30.</p>"
            f"<h2>Postadress</h2><p>{esc(site['kommun'])} kommun, {site['postcode']} {site['kommun'].upper()}</p>"
            f"<p>Handlingar till kommunen skickas till registrator@{site['domain']}.</p>")


def pages_for(site):
    """[(path, file, title, h1, body, front)]"""
    out = []
    ext = "asp" if site["family"] == "table" else "html"
    front_path = "/start.asp" if site["family"] == "table" else "/"
    out.append((front_path, "index.html", f"{site['kommun']} kommun", "", "", True))
    for it in menu(site):
        subs = "".join(f"<li><a href=\"{esc(h)}\">{esc(t)}</a></li>" for t, h in it["subs"])
        intro = f"<p>Här hittar du information om {it['label'].lower()} i {esc(site['kommun'])} kommun.</p>"
        out.append((it["href"], f"{it['slug']}.html", it["label"], esc(it["label"]),
                    f"{intro}<ul class=\"child-pages\">{subs}</ul>", False))
    kpath, kh1, kfun = site["kontakt"]
    if "kontakt_body" in site:
        kbody = site["kontakt_body"]
    elif kfun:
        kbody = kfun(site, site.get("kontakt_extra", ""))
    else:
        kbody = kontakt_links_body(site)
    out.append((kpath, "kontakt.html", kh1, esc(kh1), kbody, False))
    if site.get("service"):
        sp, h1, title, body = site["service"]
        out.append((sp, "service.html", title, esc(h1), body, False))
    lis = ""
    for d, t, sl, lead, body in site["news"]:
        p = site["news_fmt"].format(sl)
        out.append((p, f"nyhet-{sl}.html", t, esc(t), f"<p class=\"date\">Publicerad {d}</p><p class=\"lead\">{esc(lead)}</p>{body}", False))
        lis += f"<li><a href=\"{p}\">{esc(t)}</a> <span>{d}</span></li>"
    out.append((site["news_path"], "nyheter.html", "Nyheter", "Nyheter", f"<ul class=\"news-list\">{lis}</ul>", False))
    out.append(("/om-webbplatsen/tillganglighetsredogorelse/", "tillganglighet.html", "Tillgänglighetsredogörelse",
                "Tillgänglighetsredogörelse",
                f"<p>{esc(site['kommun'])} kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna "
                "använda den. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig "
                "service, kända tillgänglighetsproblem och hur du kan rapportera brister till oss.</p>"
                "<h2>Kända brister</h2><p>Vissa äldre PDF-dokument är inte tillgängliga.</p>"
                f"<h2>Rapportera brister</h2><p>Mejla {site['email']}. Du kan också kontakta Myndigheten för digital "
                "förvaltning (Digg) om du inte är nöjd med hur vi hanterar dina synpunkter.</p>", False))
    _ = ext
    return out


def main() -> None:
    if ROOT.exists():
        shutil.rmtree(ROOT)
    for site in SITES:
        d = ROOT / site["kod"]
        d.mkdir(parents=True)
        render = FAMILIES[site["family"]]
        iso = site["family"] == "table"
        site["news_index"] = site["news_path"]
        site["events"] = EVENTS
        site["jobs"] = JOBS
        pages = {}
        allp = [*pages_for(site), ("__sok__", "sok.html", "Sök", "Sök", "<!--SEARCH_RESULTS-->", False)]
        for path, fname, title, h1, body, front in allp:
            html = render(site, {"path": "/sok/" if path == "__sok__" else path, "title": title, "h1": h1,
                                 "body": body, "front": front})
            (d / fname).write_bytes(html.encode("iso-8859-1" if iso else "utf-8", errors="xmlcharrefreplace"))
            if path != "__sok__":
                pages[path] = {"file": fname, "content_type": ISO} if iso else fname
        s = site["search"]
        man = {"kommunkod": site["kod"], "kommun": site["kommun"], "lan_kod": site["lan_kod"], "lan": site["lan"],
               "family": site["family"], "pages": pages, "redirects": site.get("redirects", {})}
        if site.get("robots"):
            man["robots"] = site["robots"]
        if not site.get("no_sitemap"):
            man["sitemap"] = list(pages)
        man["search"] = {"path": s["path"], "param": s["param"], "hits": SEARCH_HITS[site["kod"]],
                         "template": {"file": "sok.html", "content_type": ISO} if iso else "sok.html"}
        man["front_status"] = None
        (d / "site.json").write_text(json.dumps(man, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(SITES)} sites to {ROOT}")
    _ = (AREAS, area_href)


if __name__ == "__main__":
    main()
