"""Content of the nine served sites of tests/blind48 (typing aid for build_sites.py)."""
from __future__ import annotations


def base(code, name, full, domain, lan_kod, lan, family, vaxel, address, **kw):
    s = {"code": code, "name": name, "kommun_full": full, "domain": domain, "lan_kod": lan_kod, "lan": lan,
         "family": family, "vaxel": vaxel, "address": address, "front": "/", "front_h1": full,
         "area_path": lambda slug: f"/{slug}/", "news_path": "/nyheter/", "tillg": "/tillganglighetsredogorelse/",
         "hero_text": "Här hittar du information och e-tjänster för dig som bor, verkar eller vistas i kommunen.",
         "staff": "1 800", "news_body": {}, "pages": {}, "search_hits": {}}
    s.update(kw)
    return s


def table(rows, head=None):
    h = ("<thead><tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr></thead>") if head else ""
    return "<table>" + h + "<tbody>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>"


HOURS = table([("Måndag–torsdag", "8.00–16.30"), ("Fredag", "8.00–15.00"), ("Lunch", "Stängt 12.00–12.45")],
              ("Dag", "Tid"))
FAQ = ("<h2>Kan jag boka tid?</h2><p>Ja, du kan boka ett besök om ditt ärende tar längre tid.</p>"
       "<h2>Hur lång tid tar det att få svar?</h2><p>Vi svarar på e-post inom två arbetsdagar.</p>")


def localnav(items):
    return '<nav class="local-nav" aria-label="I den här delen"><ul>' + "".join(
        f'<li><a href="{h}">{t}</a></li>' for t, h in items) + "</ul></nav>"


# ---------------------------------------------------------------- 9545 Vallinge (sitevision) = 5
KC = "/kommun-och-politik/kontaktcenter.html"
KC_SUB = [("Öppettider", "/kommun-och-politik/kontaktcenter/oppettider.html"),
          ("Vanliga frågor", "/kommun-och-politik/kontaktcenter/vanliga-fragor.html"),
          ("Om oss", "/kommun-och-politik/kontaktcenter/om-oss.html")]
S9545 = base(
    "9545", "Vallinge", "Vallinge kommun", "vallinge.se", "01", "Stockholms län", "sitevision",
    "08-465 004 00", "Vallinge kommun, Storgatan 1, 999 40 Vallinge",
    area_path=lambda slug: f"/{slug}.html", news_path="/nyheter.html", tillg="/tillganglighetsredogorelse.html",
    extra_top=[("Kontaktcenter", KC)],
    hero_cards=[("Lediga jobb", "/kommun-och-politik.html#synpunkter"), ("Förskoleplats", "/forskola-och-skola.html#forskola"),
                ("Sophämtning", "/bygga-bo-och-miljo.html#avfall-och-atervinning")],
    news=[("/nyheter/ny-atervinningscentral.html", "Ny återvinningscentral öppnar i Norrmalm",
           "Den nya centralen tar emot grovavfall och farligt avfall från den 1 juni.", "2025-04-02"),
          ("/nyheter/statens-servicecenter.html", "Statens servicecenter öppnar kontor i Vallinge",
           "Försäkringskassan, Skatteverket och Pensionsmyndigheten får ett gemensamt servicekontor i stationshuset.",
           "2025-03-18")],
    news_body={"/nyheter/statens-servicecenter.html":
               "<p>Statens servicecenter har öppet vardagar 9–16. Frågor om skatt och pension besvaras där, inte i kommunhuset.</p>"},
    area_extra={"kommun-och-politik": f'<p>Har du frågor till kommunen? <a href="{KC}">Kontaktcenter</a> hjälper dig.</p>'},
    search_hits={"kontaktcenter": [KC, KC_SUB[2][1]]},
    pages={
        KC: {"title": "Kontaktcenter", "h1": "Kontaktcenter",
             "crumbs": '<a href="/">Start</a> / <a href="/kommun-och-politik.html">Kommun och politik</a>',
             "body": "<p class=\"lead\">Kontaktcenter är din väg in till Vallinge kommun.</p>"
                     "<p>Vi svarar på frågor om förskola och skola, bygglov, avfall och återvinning, parkering och "
                     "hemtjänst. Det mesta kan vi lösa direkt när du ringer.</p>"
                     "<div class=\"sv-contact\"><h2>Kontakta kontaktcenter</h2>"
                     "<p>Telefon: <a href=\"tel:+46846500410\">08-465 004 10</a><br>"
                     "E-post: <a href=\"mailto:kontaktcenter@vallinge.se\">kontaktcenter@vallinge.se</a></p></div>"
                     + localnav(KC_SUB)},
        KC_SUB[0][1]: {"title": "Öppettider", "h1": "Öppettider",
                       "crumbs": f'<a href="/">Start</a> / <a href="{KC}">Kontaktcenter</a>',
                       "body": "<p>Telefon och besök i kommunhuset:</p>" + HOURS},
        KC_SUB[1][1]: {"title": "Vanliga frågor", "h1": "Vanliga frågor",
                       "crumbs": f'<a href="/">Start</a> / <a href="{KC}">Kontaktcenter</a>', "body": FAQ},
        KC_SUB[2][1]: {"title": "Om oss", "h1": "Om oss",
                       "crumbs": f'<a href="/">Start</a> / <a href="{KC}">Kontaktcenter</a>',
                       "body": "<p>Kontaktcenter startade 2019 och har tolv medarbetare, kommunvägledare och "
                               "samhällsvägledare, som svarar i telefon och tar emot besök i kommunhuset.</p>"
                               "<p>Enhetschef för kontaktcenter är Maria Holm.</p>"},
    })

# ---------------------------------------------------------------- 9546 Bergsjöhed (episerver) = 3
MS = "/kommun-och-politik/medborgarservice/"
MS_SUB = [("Så kan vi hjälpa dig", MS + "sa-kan-vi-hjalpa-dig/"), ("Vanliga frågor", MS + "vanliga-fragor/"),
          ("Öppettider", MS + "oppettider/"), ("Medarbetare", MS + "medarbetare/")]
S9546 = base(
    "9546", "Bergsjöhed", "Bergsjöheds kommun", "bergsjohed.se", "14", "Västra Götalands län", "episerver",
    "031-390 06 00", "Bergsjöheds kommun, Stadshuset, Storgatan 4, 999 41 Bergsjöhed", svc_prefix=MS,
    extra_subs={"kommun-och-politik": [("Medborgarservice", MS), ("Kontakta oss", "/kontakta-oss/")]},
    hero_cards=[("Lediga jobb", "/kommun-och-politik/#synpunkter"), ("Skolskjuts", "/forskola-och-skola/#skolskjuts"),
                ("Parkering", "/trafik-och-infrastruktur/#parkering")],
    news=[("/nyheter/forsakringskassans-kundcenter/", "Försäkringskassans kundcenter flyttar till Torget",
           "Försäkringskassans kundcenter har nya lokaler från den 1 maj.", "2025-04-10"),
          ("/nyheter/nya-cykelvagar/", "Nya cykelvägar längs ån", "Arbetet pågår hela sommaren.", "2025-03-30")],
    pages={
        "/kontakta-oss/": {"title": "Kontakta oss", "h1": "Kontakta oss",
                           "body": "<p>Ring kommunens växel 031-390 06 00 eller skicka e-post till kommun@bergsjohed.se.</p>"
                                   f'<p>Du kan också vända dig till <a href="{MS}">Medborgarservice</a>.</p>'},
        MS: {"title": "Medborgarservice", "h1": "Medborgarservice",
             "crumbs": '<a href="/">Start</a> › <a href="/kommun-och-politik/">Kommun och politik</a>',
             "body": "<p class=\"lead\">Välkommen till medborgarservice! Vi finns här för dig, och du är alltid välkommen "
                     "att höra av dig om du undrar något.</p>"
                     "<p>Ring oss på 031-390 06 20 eller mejla "
                     "<a href=\"mailto:medborgarservice@bergsjohed.se\">medborgarservice@bergsjohed.se</a>. "
                     "Du kan också besöka oss i Stadshuset, Storgatan 4.</p>"
                     + localnav(MS_SUB)},
        MS_SUB[0][1]: {"title": "Så kan vi hjälpa dig", "h1": "Så kan vi hjälpa dig",
                       "crumbs": f'<a href="/">Start</a> › <a href="{MS}">Medborgarservice</a>',
                       "body": "<p>Medborgarservice kan hjälpa dig med:</p><ul><li>ansökan om förskoleplats</li>"
                               "<li>frågor om avfallshämtning och vatten</li><li>parkeringstillstånd</li>"
                               "<li>bygglovsfrågor och blanketter</li><li>synpunkter och felanmälan</li></ul>"},
        MS_SUB[1][1]: {"title": "Vanliga frågor", "h1": "Vanliga frågor",
                       "crumbs": f'<a href="/">Start</a> › <a href="{MS}">Medborgarservice</a>', "body": FAQ},
        MS_SUB[2][1]: {"title": "Öppettider", "h1": "Öppettider",
                       "crumbs": f'<a href="/">Start</a> › <a href="{MS}">Medborgarservice</a>', "body": HOURS},
        MS_SUB[3][1]: {"title": "Medarbetare", "h1": "Medarbetare",
                       "crumbs": f'<a href="/">Start</a> › <a href="{MS}">Medborgarservice</a>',
                       "body": table([("Jonas Ek", "Enhetschef", "Medborgarservice", "031-390 06 21"),
                                      ("Lina Borg", "Kommunvägledare", "Medborgarservice", "031-390 06 22"),
                                      ("Amir Haddad", "Kommunvägledare", "Medborgarservice", "031-390 06 23")],
                                     ("Namn", "Titel", "Enhet", "Telefon"))},
    },
    search_hits={"medborgarservice": [MS, MS_SUB[3][1]]})

# ---------------------------------------------------------------- 9547 Norrlida (bootstrap) = 4
S9547 = base(
    "9547", "Norrlida", "Norrlida kommun", "norrlida.se", "12", "Skåne län", "bootstrap",
    "040-628 04 00", "Norrlida kommun, Rådhusgatan 2, 999 42 Norrlida",
    extra_top=[("Kontakta oss", "/kontakta-oss")], redirects={"/kontakta-oss": ["/kontakta-oss/", 301]},
    hero_cards=[("Felanmälan", "/trafik-och-infrastruktur/#gator-och-vagar"), ("Bygglov", "/bygga-bo-och-miljo/#bygglov"),
                ("Bibliotek", "/kultur-och-fritid/#bibliotek")],
    news=[("/nyheter/skatteverket/", "Skatteverkets servicekontor har sommaröppet",
           "Skatteverkets servicekontor i Norrlida har kortare öppettider i juli.", "2025-06-01"),
          ("/nyheter/badhuset/", "Badhuset öppnar igen", "Renoveringen är klar.", "2025-05-12")],
    area_extra={"kommun-och-politik": '<p><a href="/kommun-och-politik/organisation/">Kommunens organisation</a></p>'},
    pages={
        "/kontakta-oss/": {"title": "Kontakta oss", "h1": "Kontakta oss",
                           "body": "<h2>Kommunens växel</h2><p>Telefon 040-628 04 00, vardagar 7.30–17.</p>"
                                   "<h2>Servicecenter</h2><p>Servicecenter är kommunens gemensamma kundtjänst. Vi svarar på "
                                   "frågor om bygglov, skolskjuts, avfallshämtning och parkeringstillstånd.</p>"
                                   "<p>Telefon <a href=\"tel:+46406280410\">040-628 04 10</a>, telefontid vardagar 8–16.<br>"
                                   "E-post servicecenter@norrlida.se</p>"
                                   "<h2>Post och registratur</h2><p>Norrlida kommun, 999 42 Norrlida.</p>"},
        "/kommun-och-politik/organisation/": {
            "title": "Organisation", "h1": "Organisation",
            "body": "<h2>Kommunstyrelseförvaltningen</h2><p>Kommundirektör: Henrik Sjö</p><ul>"
                    "<li>Ekonomiavdelningen – ekonomichef Sara Lund</li>"
                    "<li>Kommunikationsavdelningen – kommunikationschef Tove Ring<ul>"
                    "<li>Servicecenter – enhetschef Lisa Bro</li></ul></li></ul>"
                    "<h2>Samhällsbyggnadsförvaltningen</h2><p>Förvaltningschef: Omar Nilsson</p>"},
    },
    search_hits={"servicecenter": ["/kontakta-oss/", "/kommun-och-politik/organisation/"]})

# ---------------------------------------------------------------- 9548 Kärrby (soup) = 4
KU = "/kundcenter/"
KU_SUB = [("Öppettider", KU + "oppettider/"), ("Vanliga frågor", KU + "vanliga-fragor/"),
          ("Kontakta oss", KU + "kontakta-oss/")]
S9548 = base(
    "9548", "Kärrby", "Kärrby kommun", "karrby.se", "25", "Norrbottens län", "soup",
    "0980-319 200", "Kärrby kommun, Torget 1, 999 43 Kärrby",
    hero_cards=[("Kundcenter", KU), ("Lediga jobb", "/kommun-och-politik/#synpunkter"),
                ("Snöröjning", "/trafik-och-infrastruktur/#snorojning")],
    news=[("/nyheter/vinterns-snorojning/", "Så plogar vi i vinter", "Huvudgator plogas först.", "2025-01-12"),
          ("/nyheter/nytt-bibliotek/", "Nytt bibliotek i Östra", "Öppnar i augusti.", "2025-02-20")],
    footer_extra='<div class="footer-col"><h2>Kommunala bolag</h2><p>Kärrby Energi AB – kundtjänst 0980-319 290</p></div>',
    pages={
        KU: {"title": "Kundcenter", "h1": "Kundcenter",
             "body": "<p>Kundcenter tar emot dina frågor om avfallshämtning, vatten och avlopp, bygglov, förskoleplats "
                     "och färdtjänst. Många ärenden löser vi direkt.</p>"
                     "<p>Här hittar du våra öppettider och hur du når oss.</p>" + localnav(KU_SUB)},
        KU_SUB[0][1]: {"title": "Öppettider", "h1": "Öppettider", "body": HOURS},
        KU_SUB[1][1]: {"title": "Vanliga frågor", "h1": "Vanliga frågor", "body": FAQ},
        KU_SUB[2][1]: {"title": "Kontakta oss", "h1": "Kontakta oss",
                       "body": '<div class="kort"><h2>Kundcenter</h2><p>Telefon 0980-319 210<br>'
                               "E-post kundcenter@karrby.se<br>Besöksadress: Kommunhuset, Torget 1</p></div>"
                               '<div class="kort"><h2>Ulla Berg</h2><p>Kundcenterchef<br>Telefon 0980-319 215</p></div>'},
    },
    search_hits={"kundcenter": [KU, KU_SUB[2][1]]})

# ---------------------------------------------------------------- 9549 Tornvik (table, Latin-1) = 1
MK = "/medborgarkontoret.asp"
S9549 = base(
    "9549", "Tornvik", "Tornviks kommun", "tornvik.se", "23", "Jämtlands län", "table",
    "031-390 06 40", "Tornviks kommun, Kyrkogatan 3, 999 44 Tornvik",
    front="/default.asp", redirects={"/": ["/default.asp", 302]},
    area_path=lambda slug: f"/{slug}.asp", news_path="/nyheter.asp", tillg="/tillganglighet.asp",
    hero_cards=[("Sophämtning", "/bygga-bo-och-miljo.asp#avfall-och-atervinning"),
                ("Bibliotek", "/kultur-och-fritid.asp#bibliotek")],
    news=[("/nyheter-badplatser.asp", "Badplatserna är öppna", "Vattenprover tas varje vecka.", "2025-06-10"),
          ("/nyheter-budget.asp", "Budget för 2026 antagen", "Fullmäktige beslutade i juni.", "2025-06-20")],
    area_extra={"kommun-och-politik": f'<p><a href="{MK}">Medborgarkontoret</a> | '
                                      '<a href="/personal.asp">Personal och telefonlista</a></p>'},
    pages={
        MK: {"title": "Medborgarkontoret", "h1": "Medborgarkontoret",
             "crumbs": '<a href="/default.asp">Startsida</a> &gt; <a href="/kommun-och-politik.asp">Kommun och politik</a>',
             "body": "<p>Välkommen till Medborgarkontoret i Tornvik! Hos oss får du personlig service.</p>"
                     "<p>Telefon 031-390 06 50<br>Besöksadress: Kyrkogatan 3</p>"
                     '<p><a href="/medborgarkontoret-oppettider.asp">Öppettider</a> | '
                     '<a href="/medborgarkontoret-fragor.asp">Vanliga frågor</a></p>'
                     "<p><i>Sidansvarig: Anna Ny</i></p>"},
        "/medborgarkontoret-oppettider.asp": {"title": "Öppettider", "h1": "Öppettider", "body": HOURS},
        "/medborgarkontoret-fragor.asp": {
            "title": "Vanliga frågor", "h1": "Vanliga frågor",
            "body": "<h2>Vad kan jag få hjälp med?</h2><p>Medborgarkontoret hjälper dig med bostadsanpassning, "
                    "färdtjänst, parkeringstillstånd och blanketter för bygglov.</p>" + FAQ},
        "/personal.asp": {"title": "Personal och telefonlista", "h1": "Personal och telefonlista",
                          "body": table([("Kommunledning", "Ingrid Dahl", "Kommundirektör", "031-390 06 41"),
                                         ("Medborgarkontoret", "Per Ström", "Enhetschef", "031-390 06 51"),
                                         ("Medborgarkontoret", "Sami Lahti", "Kommunvägledare", "031-390 06 52")],
                                        ("Enhet", "Namn", "Titel", "Telefon"))},
    },
    search_hits={"medborgarkontoret": [MK, "/personal.asp"]})

# ---------------------------------------------------------------- 9550 Solhamra (semantic) = 4
SC = "/servicecenter/"
S9550 = base(
    "9550", "Solhamra", "Solhamra kommun", "solhamra.se", "03", "Uppsala län", "semantic",
    "08-465 004 60", "Solhamra kommun, Järnvägsgatan 8, 999 45 Solhamra",
    extra_top=[("Servicecenter", SC)],
    hero_cards=[("Skolval", "/forskola-och-skola/#grundskola"), ("Hemtjänst", "/omsorg-och-stod/#hemtjanst")],
    news=[("/nyheter/lekplats/", "Ny lekplats i Solparken", "Invigs i september.", "2025-08-01"),
          ("/nyheter/kundtjanst-energi/", "Solhamra Energis kundtjänst byter nummer",
           "Solhamra Energi AB:s kundtjänst nås från 1 oktober på ett nytt nummer.", "2025-09-01")],
    area_extra={"kommun-och-politik": '<p><a href="/organisation/">Kommunens organisation</a></p>'},
    pages={
        SC: {"title": "Servicecenter", "h1": "Servicecenter",
             "body": "<p>Vi hjälper dig med frågor om hemtjänst, skolskjuts, parkering, bygglov och avgifter.</p>"
                     "<p>Ring <a href=\"tel:+46846500461\">08-465 004 61</a> eller "
                     "<button class=\"chat-button\" type=\"button\">Chatta med oss</button></p>"
                     "<h2>Telefontider</h2>" + HOURS +
                     localnav([("Om oss", SC + "om-oss/"), ("Vanliga frågor", SC + "vanliga-fragor/")])},
        SC + "om-oss/": {"title": "Om oss", "h1": "Om oss",
                         "body": "<p>Servicecenter öppnade 2021 och ingår i "
                                 '<a href="/organisation/kommunikationsavdelningen/">kommunikationsavdelningen</a>. '
                                 "Här arbetar åtta kommunvägledare.</p>"},
        SC + "vanliga-fragor/": {"title": "Vanliga frågor", "h1": "Vanliga frågor", "body": FAQ},
        "/organisation/": {"title": "Organisation", "h1": "Organisation",
                           "body": "<ul><li><a href=\"/organisation/kommunikationsavdelningen/\">Kommunikationsavdelningen</a></li>"
                                   "<li>Ekonomiavdelningen</li><li>HR-avdelningen</li></ul>"},
        "/organisation/kommunikationsavdelningen/": {
            "title": "Kommunikationsavdelningen", "h1": "Kommunikationsavdelningen",
            "body": "<p>Kommunikationschef: Petra Alm</p><p>Enhetschef servicecenter: Karin Ahl</p>"
                    "<p>Enhetschef webb och press: Leo Brink</p>"},
    },
    search_hits={"servicecenter": [SC, "/organisation/kommunikationsavdelningen/"]})

# ---------------------------------------------------------------- 9551 Lövåsa (drupal) = 0
BL = "/bygga-bo-och-miljo/bygglovsservice/"
BL_SUB = [("Om oss", BL + "om-oss/"), ("Öppettider", BL + "oppettider/"), ("Vanliga frågor", BL + "vanliga-fragor/"),
          ("Kontakta oss", BL + "kontakta-oss/")]
S9551 = base(
    "9551", "Lövåsa", "Lövåsa kommun", "lovasa.se", "20", "Dalarnas län", "drupal",
    "040-628 04 70", "Lövåsa kommun, Kyrkvägen 5, 999 46 Lövåsa",
    hero_cards=[("Bygglovsservice", BL), ("Felanmälan", "/trafik-och-infrastruktur/#gator-och-vagar")],
    news=[("/nyheter/forsakringskassan/", "Försäkringskassans servicekontor stänger i sommar",
           "Servicekontoret på Stora torget håller stängt i juli.", "2025-06-05"),
          ("/nyheter/valborg/", "Valborg vid Kvarnsjön", "Brasa och kör klockan 20.", "2025-04-25")],
    footer_extra='<div class="footer-col"><p>Lövåsa Energi AB kundtjänst 040-628 04 99</p></div>',
    pages={
        "/kontakta-oss/": {"title": "Kontakta oss", "h1": "Kontakta oss",
                           "body": "<p>Kommunens växel: 040-628 04 70, vardagar 8–16.</p><p>E-post: kommun@lovasa.se</p>"
                                   "<p>Besök oss i kommunhuset, Kyrkvägen 5.</p>"},
        BL: {"title": "Bygglovsservice", "h1": "Bygglovsservice",
             "body": "<p>Bygglovsservice svarar på frågor om bygglov, marklov och anmälan.</p>"
                     "<p>Telefon 040-628 04 80, e-post bygglov@lovasa.se</p>" + localnav(BL_SUB)},
        BL_SUB[0][1]: {"title": "Om oss", "h1": "Om oss", "body": "<p>Vi är sex bygglovshandläggare och en byggnadsinspektör.</p>"},
        BL_SUB[1][1]: {"title": "Öppettider", "h1": "Öppettider", "body": HOURS},
        BL_SUB[2][1]: {"title": "Vanliga frågor", "h1": "Vanliga frågor", "body": FAQ},
        BL_SUB[3][1]: {"title": "Kontakta oss", "h1": "Kontakta oss",
                       "body": "<p>Enhetschef för Bygglovsservice: Hanna Öst, 040-628 04 81</p>"},
    },
    search_hits={"bygglovsservice": [BL]})

# ---------------------------------------------------------------- 9553 Ängsvik (municipio) = 5
KA = "/kontakt-angsvik/"
KA_SUB = [("Så kan vi hjälpa dig", KA + "sa-kan-vi-hjalpa-dig/"), ("Vanliga frågor", KA + "vanliga-fragor/"),
          ("Medarbetare", KA + "medarbetare/")]
S9553 = base(
    "9553", "Ängsvik", "Ängsviks kommun", "angsvik.se", "24", "Västerbottens län", "municipio",
    "0980-319 260", "Ängsviks kommun, Strandgatan 2, 999 47 Ängsvik",
    shortcuts=[("Kontakt Ängsvik", KA), ("Lediga jobb", "/kommun-och-politik/#synpunkter")],
    hero_cards=[("Förskola", "/forskola-och-skola/#forskola"), ("Avfall", "/bygga-bo-och-miljo/#avfall-och-atervinning")],
    news=[("/nyheter/furuvik/", "Furuviks kommuns kontaktcenter svarar i vår växel i jul",
           "Under julhelgen tar Furuviks kommuns kontaktcenter emot samtal till Ängsviks växel.", "2024-12-15"),
          ("/nyheter/isbana/", "Isbanan spolas", "Isbanan vid skolan öppnar när kylan kommer.", "2025-01-05")],
    pages={
        KA: {"title": "Kontakt Ängsvik", "h1": "Kontakt Ängsvik",
             "body": "<p class=\"lead\">Kontakt Ängsvik svarar på frågor om allt från skola och barnomsorg till avfall, "
                     "vatten och bygglov.</p><p>Telefon 0980-319 265<br>E-post kontakt[at]angsvik.se</p>"
                     "<h2>Öppettider</h2>" + HOURS + localnav(KA_SUB)},
        KA_SUB[0][1]: {"title": "Så kan vi hjälpa dig", "h1": "Så kan vi hjälpa dig",
                       "body": "<ul><li>Ansökningar och blanketter</li><li>Felanmälan</li><li>Vägledning i e-tjänster</li></ul>"},
        KA_SUB[1][1]: {"title": "Vanliga frågor", "h1": "Vanliga frågor", "body": FAQ},
        KA_SUB[2][1]: {"title": "Medarbetare", "h1": "Medarbetare",
                       "body": table([("Eva Sund", "Enhetschef", "Kontakt Ängsvik"),
                                      ("Nils Berg", "Kommunvägledare", "Kontakt Ängsvik"),
                                      ("Maja Lind", "Kommunvägledare", "Kontakt Ängsvik")], ("Namn", "Roll", "Enhet"))},
    },
    search_hits={"kontakt ängsvik": [KA]})

# ---------------------------------------------------------------- 9554 Rydsberga (aria) = 2
S9554 = base(
    "9554", "Rydsberga", "Rydsberga kommun", "rydsberga.se", "08", "Kalmar län", "aria",
    "031-390 06 80", "Rydsberga kommun, Box 80, 999 48 Rydsberga",
    extra_top=[("Kontakt", "/kontakt/")],
    hero_cards=[("Bygglov", "/bygga-bo-och-miljo/#bygglov"), ("Färdtjänst", "/omsorg-och-stod/#fardtjanst")],
    news=[("/nyheter/vattenlakning/", "Läcka på Västra vägen", "Vattnet är tillbaka.", "2025-03-03"),
          ("/nyheter/kulturpris/", "Årets kulturpris", "Nominera senast 1 maj.", "2025-03-20")],
    footer_extra='<div class="footer-col"><p>Rydsberga Bostäder AB kundtjänst 031-390 06 95</p></div>',
    area_extra={"kommun-och-politik": '<p><a href="/kommun-och-politik/organisation/">Organisation</a></p>'},
    pages={
        "/kontakt/": {"title": "Kontakt", "h1": "Kontakt",
                      "body": "<p>Växel 031-390 06 80. E-post kommun@rydsberga.se.</p>"},
        "/kommun-och-politik/organisation/": {
            "title": "Organisation", "h1": "Organisation",
            "body": "<h2>Kommunledningsförvaltningen</h2><p>Kommundirektör: Ida Vik</p><ul>"
                    "<li>Ekonomi – ekonomichef Bo Kask</li><li>HR – HR-chef Elin Roos</li>"
                    "<li>Kundtjänst – kundtjänstchef Olle Frid. Kundtjänst tar emot samtal till kommunens växel och "
                    "kopplar vidare.</li></ul><h2>Omsorgsförvaltningen</h2><p>Förvaltningschef: Aino Lehto</p>"},
    },
    search_hits={"kundtjänst": ["/kommun-och-politik/organisation/"]})

ALL = [S9545, S9546, S9547, S9548, S9549, S9550, S9551, S9553, S9554]
