"""Content of the ten blind37 sites (used by build_sites.py)."""
from __future__ import annotations

NEWS_GENERIC = [
    ("budget-2026", "Kommunfullmäktige har beslutat om budget 2026",
     "<p>Budgeten innebär satsningar på skola och äldreomsorg.</p><p>Beslutet togs i april.</p>"),
    ("sommarjobb", "Sök sommarjobb för unga",
     "<p>Ungdomar födda 2008 och 2009 kan söka sommarjobb hos kommunen.</p>"),
    ("vattenledning", "Byte av vattenledning på Storgatan",
     "<p>Arbetet pågår under maj och juni. Trafiken leds om.</p>"),
]


def hours_table():
    return ("<table class=\"hours\"><caption>Öppettider</caption><tr><th>Måndag–torsdag</th><td>08.00–16.30</td></tr>"
            "<tr><th>Fredag</th><td>08.00–15.00</td></tr></table>")


def build_all(Site, common_pages, front):
    out = []

    # 9425 Albymark -- semantic, named head in running text ---------------------------
    s = Site("9425", "Albymark", "Albymarks", "03", "Uppsala län", "semantic", "08-465 004 ", "albymark.se",
             "Stationsgatan 4", "999 21 Albymark")
    s.menu_top_extra = [("Kontaktcenter", "/kontaktcenter/")]
    news = [*NEWS_GENERIC[:2], ("grannkommun-kontaktcenter", "Samarbete med Norrlinge kommuns kontaktcenter", "<p>Norrlinge kommuns kontaktcenter och kommunens bibliotek delar lokal i Ekbacka under sommaren.</p>")]
    common_pages(s, news)
    s.add("/", "Startsida", front(s, "Välkommen till Albymark", [("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb"),
          ("Förskola", "/barn-och-utbildning/#forskola"), ("Felanmälan", "/trafik-och-infrastruktur/#felanmalan")], news), file="index.html")
    s.add("/kontaktcenter/", "Kontaktcenter",
          "<h1>Kontaktcenter</h1><p>Kontaktcenter är din första kontakt med Albymarks kommun. Vi svarar på frågor om "
          "förskola och skola, bygglov, avfallshämtning, vatten och avlopp och hemtjänst, och vi tar emot felanmälningar.</p>"
          "<h2>Så når du oss</h2><ul><li>Telefon: <a href=\"tel:084650041\">08-465 004 10</a></li>"
          "<li>E-post: <a href=\"mailto:kontaktcenter@albymark.se\">kontaktcenter@albymark.se</a></li></ul>"
          + hours_table() +
          "<h2>Om oss</h2><p>Vi är åtta kommunvägledare som arbetar i stadshuset. Kontaktcenter leds av enhetschef Maria Holm"
          " och är en del av kommunledningskontoret.</p><p class=\"page-meta\">Sidansvarig: Jonas Berg, webbredaktör</p>")
    s.hits = {"kontaktcenter": ["/kontaktcenter/"]}
    out.append(s)

    # 9426 Brunnsvik -- bootstrap, staff table, one channel --------------------------
    s = Site("9426", "Brunnsvik", "Brunnsviks", "20", "Dalarnas län", "bootstrap", "031-390 06 ", "brunnsvik.se",
             "Kyrkvägen 12", "999 32 Brunnsvik")
    s.menu_top_extra = [("Kundcenter", "/kundcenter/")]
    common_pages(s, NEWS_GENERIC)
    s.add("/", "Startsida", front(s, "Brunnsviks kommun", [("Skolskjuts", "/barn-och-utbildning/#skolskjuts"),
          ("Bygglov", "/bygga-bo-och-miljo/#bygglov"), ("Bibliotek", "/kultur-och-fritid/#bibliotek")], NEWS_GENERIC), file="index.html")
    s.add("/kundcenter/", "Kundcenter",
          "<h1>Kundcenter</h1><p class=\"lead\">Hos kundcenter får du svar på frågor om avgifter för barnomsorg, "
          "sophämtning, parkeringstillstånd och bostadsanpassning.</p><p>Ring oss på 031-390 06 10.</p>"
          "<h2>Medarbetare</h2><table class=\"table\"><thead><tr><th>Namn</th><th>Befattning</th><th>Enhet</th></tr></thead><tbody>"
          "<tr><td>Johan Ek</td><td>Enhetschef</td><td>Kundcenter</td></tr>"
          "<tr><td>Sara Lind</td><td>Kundvägledare</td><td>Kundcenter</td></tr>"
          "<tr><td>Amir Haddad</td><td>Kundvägledare</td><td>Kundcenter</td></tr></tbody></table>")
    s.hits = {"kundcenter": ["/kundcenter/"]}
    out.append(s)

    # 9427 Dalsjö -- sitevision, mega-menu sub item, contact card tf. ---------------
    s = Site("9427", "Dalsjö", "Dalsjö", "22", "Västernorrlands län", "sitevision", "040-628 04 ", "dalsjo.se",
             "Rådhusgatan 1", "999 43 Dalsjö")
    sp = "/kommun-och-politik/servicecenter.4.51e2a9.html"
    s.menu_extra = {"kommun-och-politik": [("Servicecenter", sp)]}
    common_pages(s, NEWS_GENERIC)
    s.add("/", "Startsida", front(s, "Upptäck Dalsjö", [("Jobba hos oss", "/naringsliv-och-arbete/#lediga-jobb"),
          ("Avfall och återvinning", "/bygga-bo-och-miljo/#avfall-och-atervinning"), ("Evenemang", "/kultur-och-fritid/#evenemang")],
          NEWS_GENERIC), file="index.html")
    s.add(sp, "Servicecenter",
          "<h1>Servicecenter</h1><p>Servicecenter hjälper dig med frågor om bygglov, skolval, färdtjänst, "
          "avgifter och felanmälan av gator och belysning.</p>"
          "<div class=\"sv-portlet sv-contact\"><h2>Kontakta servicecenter</h2><p>Telefon 040-628 04 10<br>"
          "E-post <a href=\"mailto:servicecenter@dalsjo.se\">servicecenter@dalsjo.se</a></p>"
          "<p>Telefontider: vardagar 8–17, lunchstängt 12–13.</p></div>"
          "<div class=\"sv-portlet contact-card\"><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"\">"
          "<p class=\"name\"><strong>Lisa Norén</strong></p><p class=\"title\">Tf. enhetschef, Servicecenter</p>"
          "<p>040-628 04 11</p></div>")
    s.hits = {"servicecenter": [sp]}
    out.append(s)

    # 9428 Edsholm -- municipio, organisation page linked from service page -----------
    s = Site("9428", "Edsholm", "Edsholms", "14", "Västra Götalands län", "municipio", "0980-319 2", "edsholm.se",
             "Torget 3", "999 54 Edsholm")
    s.header_links = [("Kontakta oss", "/kontakta-oss", "")]
    s.redirects = {"/kontakta-oss": ["/medborgarservice/", 301]}
    org = ("<h2>Kommunledningskontoret</h2><p>Kommunledningskontoret leds av kommundirektör Tove Rask.</p>"
           "<table><tr><th>Enhet</th><th>Chef</th></tr>"
           "<tr><td>Medborgarservice</td><td>Enhetschef Karin Sjö</td></tr>"
           "<tr><td>Ekonomi</td><td>Ekonomichef Hans Olsson</td></tr>"
           "<tr><td>Personal</td><td>HR-chef Mona Frid</td></tr></table>")
    common_pages(s, NEWS_GENERIC)
    s.add("/kommun-och-politik/organisation/", "Organisation", "<h1>Organisation</h1><p>Kommunens förvaltningar och enheter.</p>" + org)
    s.menu_extra = {"kommun-och-politik": [("Kommunens organisation", "/kommun-och-politik/organisation/")]}
    s.add("/", "Startsida", front(s, "Välkommen till Edsholm", [("Bygglov", "/bygga-bo-och-miljo/#bygglov"),
          ("Hemtjänst", "/omsorg-och-stod/#hemtjanst"), ("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb")], NEWS_GENERIC), file="index.html")
    s.add("/medborgarservice/", "Medborgarservice",
          "<h1>Medborgarservice</h1><p>Medborgarservice svarar på dina frågor om skola, omsorg, avfall, bygglov och "
          "trafik. Vi hjälper dig också att fylla i ansökningar och e-tjänster.</p>"
          "<div class=\"c-card\"><h2>Kontakt</h2><p>Telefon: 0980-319 210<br>Telefontid: måndag–fredag 8–16</p>"
          "<p>Besöksadress: Torget 3, entréplan</p></div>"
          "<p>Medborgarservice är en enhet inom kommunledningskontoret. Läs mer om <a href=\"/kommun-och-politik/organisation/\">"
          "kommunens organisation</a>.</p><p class=\"c-meta\">Sidansvarig: webbredaktionen</p>")
    s.hits = {"medborgarservice": ["/medborgarservice/"]}
    out.append(s)

    # 9429 Fagerås -- table layout, Latin-1, vacancy + politician --------------------
    s = Site("9429", "Fagerås", "Fagerås", "17", "Värmlands län", "table", "08-465 004 ", "fageras.se",
             "Storgatan 20", "999 65 Fagerås")
    s.encoding = "iso-8859-1"
    s.menu_top_extra = [("Kundtjänst", "/kundtjanst/")]
    common_pages(s, NEWS_GENERIC)
    s.add("/", "Startsida", front(s, "Fagerås - mitt i Värmland", [("Skola", "/barn-och-utbildning/"),
          ("Omsorg", "/omsorg-och-stod/"), ("Kultur", "/kultur-och-fritid/")], NEWS_GENERIC), file="index.html")
    s.add("/kundtjanst/", "Kundtjänst",
          "<h1>Kundtjänst</h1><p>Välkommen till kundtjänst! Vi finns här för dig och tar gärna emot ditt samtal. "
          "Hör av dig om du undrar något.</p><p>Telefon 08-465 004 20. Telefontid vardagar 9-15.</p>"
          "<h2>Ledning</h2><p>Tjänsten som kundtjänstchef är vakant. Rekrytering pågår och en ny chef väntas börja i höst.</p>"
          "<p>Politiskt ansvarig för kommunens service är kommunstyrelsens ordförande Bengt Ros (C).</p>")
    s.hits = {"kundtjänst": ["/kundtjanst/"], "kundtjanst": ["/kundtjanst/"]}
    out.append(s)

    # 9430 Granvik -- soup, news teaser entrance, role without name -----------------
    s = Site("9430", "Granvik", "Granviks", "25", "Norrbottens län", "soup", "0980-319 2", "granvik.se",
             "Bergsgatan 8", "999 76 Granvik")
    s.header_links = [("Kontakt", "/kontakt/", "")]
    news = [("kontakt-granvik-oppettider", "Kontakt Granvik får nya öppettider", "<p>Från den 1 juni har Kontakt Granvik öppet även på torsdagskvällar. " 'Läs mer på sidan om <a href="/kontakt-granvik/">Kontakt Granvik</a>.</p>'), *NEWS_GENERIC[:2]]
    common_pages(s, news)
    s.add("/", "Startsida", front(s, "Granvik - vid älven", [("Snöröjning", "/trafik-och-infrastruktur/#snorojning"),
          ("Förskola", "/barn-och-utbildning/#forskola"), ("Idrott", "/kultur-och-fritid/#idrott-och-motion")], news), file="index.html")
    s.add("/kontakt/", "Kontakt", "<h1>Kontakt</h1><p>Växel 0980-319 200. Postadress Box 100, 999 76 Granvik.</p>"
          "<p>Registrator: registrator@granvik.se</p>")
    s.add("/kontakt-granvik/", "Kontakt Granvik",
          "<h1>Kontakt Granvik</h1><p>Kontakt Granvik är kommunens gemensamma service. Vi svarar på frågor om "
          "bostadsanpassning, färdtjänst, avfallsabonnemang och parkeringstillstånd.</p>"
          "<p>E-post: kontakt(at)granvik.se</p>"
          "<p>Kontakt Granvik leds av en enhetschef och har tio medarbetare.</p>")
    s.hits = {"kontakt granvik": ["/kontakt-granvik/"]}
    out.append(s)

    # 9431 Hällestad -- aria, deep page, head of other unit + kommundirektör ---------
    s = Site("9431", "Hällestad", "Hällestads", "05", "Östergötlands län", "aria", "031-390 06 ", "hallestad.se",
             "Kungsgatan 2", "999 87 Hällestad")
    sp = "/kommun-och-politik/servicecentrum/"
    common_pages(s, NEWS_GENERIC, {"kommun-och-politik": "<h2>Service</h2><p>Besök <a href=\"" + sp + "\">Servicecentrum</a> i kommunhuset.</p>"})
    s.add("/", "Startsida", front(s, "Hällestad - nära till allt", [("Hemtjänst", "/omsorg-och-stod/#hemtjanst"),
          ("Bygglov", "/bygga-bo-och-miljo/#bygglov"), ("Bibliotek", "/kultur-och-fritid/#bibliotek")], NEWS_GENERIC), file="index.html")
    s.add(sp, "Servicecentrum och bibliotek",
          "<h1>Servicecentrum</h1><p>Servicecentrum och biblioteket delar entré i kommunhuset. Vi hjälper dig med allt som rör kommunen.</p>"
          "<p>Telefon 031-390 06 30, e-post servicecentrum@hallestad.se.</p>"
          "<h2>Personal i huset</h2><table><tr><th>Namn</th><th>Roll</th></tr>"
          "<tr><td>Eva Alm</td><td>Enhetschef, Bibliotek och kulturhus</td></tr>"
          "<tr><td>Leo Strand</td><td>Bibliotekarie</td></tr>"
          "<tr><td>Nora Vik</td><td>Servicevärd</td></tr></table>"
          "<p>Servicecentrum ingår i kommunledningsförvaltningen, som leds av kommundirektör Olle Berg.</p>")
    s.hits = {"servicecentrum": [sp]}
    out.append(s)

    # 9432 Iggesby -- wordpress, deep page, head in image caption ------------------
    s = Site("9432", "Iggesby", "Iggesby", "21", "Gävleborgs län", "wordpress", "040-628 04 ", "iggesby.se",
             "Parkvägen 5", "999 98 Iggesby")
    sp = "/omsorg-och-stod/medborgarkontoret/"
    common_pages(s, NEWS_GENERIC, {"omsorg-och-stod": "<h2>Hjälp med ärenden</h2><p>På <a href=\"" + sp + "\">Medborgarkontoret</a> får du personlig hjälp.</p>"})
    s.add("/kontakt/", "Kontakt", "<h1>Kontakt</h1><p>Växel 040-628 04 00, kommun@iggesby.se.</p>")
    s.topbar = [*s.topbar, ("Kontakt", "/kontakt/")]
    s.add("/", "Startsida", front(s, "Iggesby kommun", [("Förskola", "/barn-och-utbildning/#forskola"),
          ("Felanmälan", "/trafik-och-infrastruktur/#felanmalan"), ("Kontakt", "/kontakt/")], NEWS_GENERIC), file="index.html")
    s.add(sp, "Medborgarkontoret",
          "<h1>Medborgarkontoret</h1><figure class=\"wp-block-image\"><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"Väntrummet på medborgarkontoret\">"
          "<figcaption>Anna Lindqvist, chef för medborgarkontoret, visar det nya väntrummet.</figcaption></figure>"
          "<p>På medborgarkontoret kan du få hjälp med ansökan om ekonomiskt bistånd, färdtjänst, bostadsanpassning och "
          "blanketter till Försäkringskassan.</p><p>Besöksadress: Parkvägen 5, Iggesby</p>" + hours_table())
    s.hits = {"medborgarkontor": [sp], "medborgarkontoret": [sp]}
    out.append(s)

    # 9433 Järnboda -- xhtml, footer entrance, names without role ------------------
    s = Site("9433", "Järnboda", "Järnboda", "19", "Västmanlands län", "xhtml", "08-465 004 ", "jarnboda.se",
             "Bruksgatan 1", "999 19 Järnboda")
    s.footer_extra = "<p><a href=\"/kundtjanst/\">Kundtjänst</a></p>"
    common_pages(s, NEWS_GENERIC)
    s.add("/", "Startsida", front(s, "Järnboda - bruksorten", [("Skola", "/barn-och-utbildning/"),
          ("Bygglov", "/bygga-bo-och-miljo/#bygglov"), ("Jobb", "/naringsliv-och-arbete/#lediga-jobb")], NEWS_GENERIC), file="index.html")
    s.add("/kundtjanst/", "Kundtjänst",
          "<h1>Kundtjänst</h1><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"Receptionen i kommunhuset\" />"
          "<p class=\"caption\">Per Ström och Lina Ek i receptionen. Foto: Jonas Berg</p>"
          "<p>Välkommen! Hör av dig om du undrar något, så hjälper vi dig vidare.</p>"
          "<p>Telefon 08-465 004 40<br />E-post kundtjanst@jarnboda.se</p>"
          "<p><a href=\"/dokument/verksamhetsplan-kundtjanst-2025.pdf\">Kundtjänstens verksamhetsplan 2025, Per Ström (pdf, 1 kB)</a></p>")
    pdf = _pdf("Verksamhetsplan 2025 Kundtjanst. Upprattad av Per Strom, kvalitetssamordnare.")
    s.extra_files = {"verksamhetsplan.pdf": pdf}
    s.extra_pages = {"/dokument/verksamhetsplan-kundtjanst-2025.pdf": "verksamhetsplan.pdf"}
    s.hits = {"kundtjänst": ["/kundtjanst/"], "kundtjanst": ["/kundtjanst/"]}
    out.append(s)

    # 9434 Kallbo -- drupal, only excluded names --------------------------------------
    s = Site("9434", "Kallbo", "Kallbo", "08", "Kalmar län", "drupal", "031-390 06 ", "kallbo.se",
             "Hamngatan 6", "999 29 Kallbo")
    s.header_links = [("Kontakta oss", "/kontakta-oss/", " class=\"header-link\"")]
    s.footer_extra = ("<p>Kallbo Energi AB kundtjänst: 031-390 06 90, <a href=\"/kallbo-energi/\">kallboenergi.se</a></p>")
    news = [("statens-servicecenter", "Statens servicecenter öppnar servicekontor i Kallbo", "<p>Statens servicecenter öppnar ett servicekontor i stationshuset. Där får du hjälp med Försäkringskassans, " "Skatteverkets och Pensionsmyndighetens tjänster.</p>"), ("ringsby-kontaktcenter", "Ringsby kommuns kontaktcenter svarar på frågor om färdtjänst", "<p>Färdtjänsten är gemensam med Ringsby. Frågor besvaras av Ringsby kommuns kontaktcenter, som leds av enhetschef Åsa Nord.</p>"), *NEWS_GENERIC[:1]]
    common_pages(s, news)
    s.menu_extra = {"bygga-bo-och-miljo": [("Bygglovsservice", "/bygglovsservice/")]}
    s.add("/", "Startsida", front(s, "Välkommen till Kallbo", [("Bygglovsservice", "/bygglovsservice/"),
          ("Kallbo Energi kundtjänst", "/kallbo-energi/"), ("Förskola", "/barn-och-utbildning/#forskola")], news), file="index.html")
    s.add("/kontakta-oss/", "Kontakta oss", "<h1>Kontakta oss</h1><p>Ring växeln på 031-390 06 00 vardagar 8–16.</p>"
          "<p>E-post: kommun@kallbo.se. Besöksadress: Hamngatan 6.</p><p>Kommundirektör: Siv Ek</p>")
    s.add("/bygglovsservice/", "Bygglovsservice", "<h1>Bygglovsservice</h1><p>Bygglovsservice svarar på frågor om bygglov, "
          "strandskydd och anmälan. Telefon 031-390 06 50, telefontid tisdag och torsdag 9–11.</p>"
          "<p>Enhetschef för bygglovsservice: Kent Falk</p>")
    s.add("/kallbo-energi/", "Kallbo Energi AB", "<h1>Kallbo Energi AB</h1><p>Kallbo Energi AB ägs av kommunen. "
          "Kallbo Energis kundtjänst svarar på frågor om el, fjärrvärme och bredband.</p>"
          "<p>Kundtjänstchef på Kallbo Energi: Rolf Ahl. Telefon 031-390 06 90.</p>")
    s.hits = {"kundtjänst": ["/kallbo-energi/"], "servicecenter": ["/nyheter/statens-servicecenter/"]}
    out.append(s)
    return out


def _pdf(text: str) -> bytes:
    stream = f"BT /F1 11 Tf 50 780 Td ({text}) Tj ET".encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out
