"""Content of the ten blind40 sites (typing aid for build_sites.py)."""
from __future__ import annotations

HOURS = ('<table class="hours"><caption>Öppettider</caption><tr><th scope="row">Måndag–torsdag</th><td>8.00–16.30</td></tr>'
         '<tr><th scope="row">Fredag</th><td>8.00–15.00</td></tr></table>')


def news_page(title: str, body: str, date: str = "2026-04-02") -> tuple[str, str]:
    return title, f'<article><h1>{title}</h1><p class="meta"><time datetime="{date}">{date}</time></p>{body}</article>'


def generic_kontakt(k: str, dom: str, vaxel: str, extra: str = "") -> tuple[str, str]:
    return "Kontakt", (f'<h1>Kontakt</h1><p>Ring kommunens växel på {vaxel} så kopplar vi dig vidare. '
                       f'Skriv till kommun@{dom} eller till {k}s kommun, 999 00 {k}.</p>'
                       f'<h2>Registrator</h2><p>Handlingar till kommunen skickas till registrator@{dom}.</p>{extra}')


def org_page(k: str, rows: list[tuple[str, str, str]]) -> tuple[str, str]:
    trs = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    return "Organisation", (f'<h1>Organisation</h1><p>{k}s kommun leds av kommunstyrelsen. Förvaltningarna leds av '
                            f'kommundirektören.</p><table><thead><tr><th>Enhet</th><th>Titel</th><th>Namn</th></tr></thead>'
                            f'<tbody>{trs}</tbody></table>')


BASE_CARDS = [("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb"), ("Förskola och skola", "/barn-och-utbildning/"),
              ("Avfall och återvinning", "/bygga-bo-och-miljo/#avfall-och-atervinning")]

# ---------------------------------------------------------------- 9455 Vallbyås (vue) 5
S9455 = dict(
    kommunkod="9455", kommun="Vallbyås", lan_kod="03", lan="Uppsala län", family="vue", domain="vallbyas.se",
    pnr="01", address="Storgatan 12, Vallbyås", vaxel="08-465 004 00", kontakt_href="/kontakt/", search_path="/sok/",
    extra_top=[("Kontaktcenter", "/kontaktcenter/")],
    cards=[("Kontaktcenter – vi svarar på dina frågor", "/kontaktcenter/"), *BASE_CARDS],
    news=[("Kontaktcentret har fått nya telefontider i sommar", "/nyheter/nya-telefontider/", "Från 15 juni svarar vi 8–15."),
          ("Ny förskola invigd i Norrby", "/nyheter/ny-forskola/", "Förskolan Ekorren har 120 platser.")],
    footer_extra='<div class="footer-col"><h2>Bolag</h2><p>Vallbyås Vatten AB:s kundtjänst: 08-465 004 90</p></div>',
    hits={"kontaktcenter": ["/kontaktcenter/"]},
    pages={
        "/kontaktcenter/": ("Kontaktcenter", '<h1>Kontaktcenter</h1><p class="lead">Kontaktcenter är din väg in till '
                            'Vallbyås kommun.</p><p>Hos oss kan du få svar på frågor om skola och förskola, bygglov, '
                            'avfallshämtning, parkering och hemtjänst. Vi hjälper dig också med e-tjänster.</p>'
                            '<h2>Så når du oss</h2><ul><li>Telefon: <a href="tel:+46846500410">08-465 004 10</a></li>'
                            '<li>E-post: <a href="mailto:kontaktcenter@vallbyas.se">kontaktcenter@vallbyas.se</a></li></ul>'
                            + HOURS + '<h2>Ansvarig</h2><p>Enhetschef för kontaktcenter: Maria Holm</p>'),
        "/kontakt/": generic_kontakt("Vallbyås", "vallbyas.se", "08-465 004 00",
                                     '<p>Har du en fråga? Vänd dig till <a href="/kontaktcenter/">Kontaktcenter</a>.</p>'),
        "/nyheter/nya-telefontider/": news_page("Kontaktcentret har fått nya telefontider i sommar",
                                                "<p>Under sommaren svarar kontaktcentret vardagar 8–15.</p>"),
        "/nyheter/ny-forskola/": news_page("Ny förskola invigd i Norrby", "<p>Förskolan Ekorren har invigts.</p>"),
    },
)

# ---------------------------------------------------------------- 9456 Grönhamra (custom elements) 4
S9456 = dict(
    kommunkod="9456", kommun="Grönhamra", lan_kod="05", lan="Östergötlands län", family="custom", domain="gronhamra.se",
    pnr="02", address="Torget 1, Grönhamra", vaxel="031-390 06 00", kontakt_href="/kontakt/", search_path="/sok/",
    topbar_extra=('<a href="/medborgarservice/" class="tb-icon" aria-label="Medborgarservice">'
                  '<svg class="icon" viewBox="0 0 24 24" width="20" height="20" role="img"><title>Medborgarservice</title>'
                  '<use href="#i-chat"></use></svg></a>'),
    cards=[*BASE_CARDS, ("Kontakt", "/kontakt/")],
    news=[("Region Västlandas kundtjänst byter telefonnummer", "/nyheter/regionen/", "Regionens kundtjänst nås på ett nytt nummer."),
          ("Grönhamra bygger ny simhall", "/nyheter/simhall/", "Byggstart i höst.")],
    area_extra={"/naringsliv-och-arbete/": '<section><h2>Servicecenter för företag</h2><p>Servicecenter för företag hjälper '
                'dig som vill starta eller driva företag. Ring 031-390 06 40.</p></section>'},
    hits={"medborgarservice": ["/medborgarservice/"]},
    pages={
        "/medborgarservice/": ("Medborgarservice", '<h1>Medborgarservice</h1><p>Medborgarservice svarar på frågor om bland annat:</p>'
                               '<ul><li>bygglov och tillstånd</li><li>avgifter för förskola och fritids</li><li>avfall och '
                               'återvinning</li><li>färdtjänst</li></ul><h2>Kontakta Medborgarservice</h2>'
                               '<p>Telefon 031-390 06 10<br>E-post medborgarservice@gronhamra.se<br>Besöksadress: '
                               'Kommunhuset, Torget 1</p><p>Frågorna besvaras av våra kommunvägledare.</p>'
                               '<p class="page-owner">Sidansvarig: Eva Nord</p>'),
        "/kontakt/": generic_kontakt("Grönhamra", "gronhamra.se", "031-390 06 00"),
        "/nyheter/regionen/": news_page("Region Västlandas kundtjänst byter telefonnummer",
                                        "<p>Region Västlandas kundtjänst för sjukresor nås från maj på ett nytt nummer.</p>"),
        "/nyheter/simhall/": news_page("Grönhamra bygger ny simhall", "<p>Simhallen står klar 2028.</p>"),
    },
)

# ---------------------------------------------------------------- 9457 Lillmyra (municipio drawer) 4
S9457 = dict(
    kommunkod="9457", kommun="Lillmyra", lan_kod="23", lan="Jämtlands län", family="municipio", domain="lillmyra.se",
    pnr="03", address="Järnvägsgatan 4, Lillmyra", vaxel="0980-319 200", kontakt_href="/kontakt/", search_path="/",
    extra_sub={"/kommun-och-politik/": [("Medborgarservice", "/medborgarservice")]},
    redirects={"/medborgarservice": ["/kommun-och-politik/medborgarservice/", 302]},
    cards=[*BASE_CARDS, ("Kontakt", "/kontakt/")],
    news=[("Region Norrlandas kundtjänst byter telefonnummer", "/nyheter/region-kundtjanst/", "Sjukresor bokas på nytt nummer."),
          ("Ny gång- och cykelväg", "/nyheter/cykelvag/", "Nu kan du cykla hela vägen till sjön.")],
    hits={"medborgarservice": ["/kommun-och-politik/medborgarservice/"]},
    pages={
        "/kommun-och-politik/medborgarservice/": (
            "Medborgarservice", '<h1>Medborgarservice</h1><p>Medborgarservice i Lillmyra hjälper dig med frågor om '
            'bostadsanpassning, parkeringstillstånd, hemtjänst, skolval och avgifter.</p><div class="c-card"><h2>Kontakt</h2>'
            '<p>E-post: medborgarservice(at)lillmyra.se<br>Besöksadress: Järnvägsgatan 4, entréplan</p></div>'
            '<div class="c-card c-card--person"><h2>Ansvarig</h2><p>Ansvarig för medborgarservice: Karin Sjö</p></div>'),
        "/kontakt/": generic_kontakt("Lillmyra", "lillmyra.se", "0980-319 200"),
        "/nyheter/region-kundtjanst/": news_page("Region Norrlandas kundtjänst byter telefonnummer",
                                                 "<p>Region Norrlandas kundtjänst för sjukresor har fått ett nytt nummer.</p>"),
        "/nyheter/cykelvag/": news_page("Ny gång- och cykelväg", "<p>Den nya vägen är 4 km lång.</p>"),
    },
)

# ---------------------------------------------------------------- 9458 Borgsjövik (next) 2
S9458 = dict(
    kommunkod="9458", kommun="Borgsjövik", lan_kod="21", lan="Gävleborgs län", family="next", domain="borgsjovik.se",
    pnr="04", address="Rådhusgatan 2, Borgsjövik", vaxel="040-628 04 00", kontakt_href="/kontakt/", search_path="/sok/",
    footer_extra='<div class="Footer_col__h2Lp0"><h2>Hjälp</h2><ul><li><a href="/kundcenter/">Kundcenter</a></li>'
                 '<li><a href="/kontakt/">Hitta kontaktuppgifter</a></li></ul></div>',
    next_footer_json=[{"label": "Kundcenter", "href": "/kundcenter/"}],
    cards=[*BASE_CARDS, ("Felanmälan", "/bygga-bo-och-miljo/#vatten-och-avlopp")],
    news=[("Borgsjövik Energi AB:s kundservice har ny adress", "/nyheter/energi/", "Bolaget flyttar till hamnen."),
          ("Budget för 2027 antagen", "/nyheter/budget/", "Fullmäktige har beslutat.")],
    hits={"kundcenter": ["/kundcenter/"]},
    pages={
        "/kundcenter/": ("Kundcenter", '<h1>Kundcenter</h1><p>Välkommen till Kundcenter! Vi finns här för dig och hjälper '
                         'dig gärna om du undrar över något.</p><p>Telefon: 040-628 04 10<br>E-post: kundcenter@borgsjovik.se</p>'
                         + HOURS + '<p>Kontaktperson: Jonas Ek</p><p>Sidansvarig: Lotta Frid</p>'),
        "/kontakt/": generic_kontakt("Borgsjövik", "borgsjovik.se", "040-628 04 00"),
        "/nyheter/energi/": news_page("Borgsjövik Energi AB:s kundservice har ny adress",
                                      "<p>Borgsjövik Energi AB:s kundservice för el och fjärrvärme finns nu i hamnen. "
                                      "Kundservicechef Per Lund hälsar välkommen.</p>"),
        "/nyheter/budget/": news_page("Budget för 2027 antagen", "<p>Kommunfullmäktige antog budgeten.</p>"),
    },
)

# ---------------------------------------------------------------- 9459 Tjärnheda (svelte) 0
S9459 = dict(
    kommunkod="9459", kommun="Tjärnheda", lan_kod="17", lan="Värmlands län", family="svelte", domain="tjarnheda.se",
    pnr="05", address="Kyrkvägen 8, Tjärnheda", vaxel="0980-319 230", kontakt_href="/kontakta-oss/", search_path="/sok/",
    meta_description="Tjärnheda kommun – kontaktcenter, e-tjänster och nyheter",
    jsonld_contact="Kontaktcenter",
    svelte_templates=('<template id="tpl-chat"><div class="chat-widget"><h2>Chatta med Kontaktcenter</h2>'
                      '<p>Vi svarar vardagar 8–16.</p></div></template>'),
    footer_extra='<div class="footer-col"><h2>Kommunala bolag</h2><p>Tjärnheda Energi AB – kundservice för el och '
                 'fjärrvärme: 0980-319 238</p></div>',
    cards=[*BASE_CARDS, ("Kontakta oss", "/kontakta-oss/")],
    news=[("Försäkringskassans servicekontor stänger i Tjärnheda", "/nyheter/servicekontor/", "Statens servicecenter flyttar."),
          ("Sommarlovsaktiviteter för alla", "/nyheter/sommarlov/", "Gratis aktiviteter för barn.")],
    area_extra={"/bygga-bo-och-miljo/": '<section><h2>Bygglovsservice</h2><p>Bygglovsservice svarar på frågor om bygglov '
                'tisdagar 9–11 på 0980-319 235.</p></section>',
                "/naringsliv-och-arbete/": '<section><h2>Servicecenter för företag</h2><p>Enhetschef för Servicecenter '
                'för företag: Ola Mark.</p></section>'},
    hits={"kontaktcenter": []},
    pages={
        "/kontakta-oss/": ("Kontakta oss", '<h1>Kontakta oss</h1><p>Hör av dig om du undrar något. Ring växeln på '
                           '0980-319 230 eller mejla kommun@tjarnheda.se.</p>'),
        "/nyheter/servicekontor/": news_page("Försäkringskassans servicekontor stänger i Tjärnheda",
                                             "<p>Statens servicecenter stänger servicekontoret i Tjärnheda. Närmaste "
                                             "servicekontor finns i grannkommunen.</p>"),
        "/nyheter/sommarlov/": news_page("Sommarlovsaktiviteter för alla", "<p>Anmäl dig senast 1 juni.</p>"),
    },
)

# ---------------------------------------------------------------- 9460 Ravnsund (angular) 5
S9460 = dict(
    kommunkod="9460", kommun="Ravnsund", lan_kod="14", lan="Västra Götalands län", family="angular", domain="ravnsund.se",
    pnr="06", address="Hamngatan 3, Ravnsund", vaxel="031-390 06 50", kontakt_href="/kontakt", search_path="/sok/",
    extra_top=[("Kontakt", "/kontakt")],
    redirects={"/kontakt": ["/kundtjanst/", 301]},
    cards=[*BASE_CARDS, ("Bygglov", "/bygga-bo-och-miljo/#bygglov")],
    news=[("Ravnsunds Bostäder öppnar nytt kundcenter", "/nyheter/bostader/", "Bostadsbolaget har flyttat."),
          ("Ny detaljplan för Sjöstaden", "/nyheter/detaljplan/", "Samråd pågår.")],
    footer_extra='<div class="footer-col"><h2>Bolag</h2><p>Ravnsunds Bostäder AB kundcenter: 031-390 06 58</p></div>',
    hits={"kundtjänst": ["/kundtjanst/"], "kundtjanst": ["/kundtjanst/"]},
    pages={
        "/kundtjanst/": ("Kundtjänst", '<h1>Kundtjänst</h1><p>Kundtjänst svarar på frågor om:</p><ul><li>barnomsorg och '
                         'skola</li><li>vatten, avlopp och sophämtning</li><li>bygglov</li><li>äldreomsorg</li></ul>'
                         '<p><a href="tel:+46313900620">Ring 031-390 06 20</a> – telefontid vardagar 8–17.</p>'
                         '<button type="button" class="chat-button">Chatta med oss</button>'
                         '<p>Kundtjänst är en del av kommunledningskontoret, se <a href="/kommun-och-politik/organisation/">'
                         'organisation</a>.</p>'),
        "/kommun-och-politik/organisation/": org_page("Ravnsund", [("Kommunledningskontoret", "Kommundirektör", "Elin Strand"),
                                                                  ("Kundtjänst", "Kundtjänstchef", "Henrik Dahl"),
                                                                  ("Ekonomienheten", "Ekonomichef", "Mats Berg")]),
        "/nyheter/bostader/": news_page("Ravnsunds Bostäder öppnar nytt kundcenter",
                                        "<p>Ravnsunds Bostäder AB:s kundcenter finns nu på Hamngatan 9.</p>"),
        "/nyheter/detaljplan/": news_page("Ny detaljplan för Sjöstaden", "<p>Lämna synpunkter senast 30 maj.</p>"),
    },
)

# ---------------------------------------------------------------- 9461 Ekdalsby (bootstrap 5) 3
S9461 = dict(
    kommunkod="9461", kommun="Ekdalsby", lan_kod="07", lan="Kronobergs län", family="bootstrap", domain="ekdalsby.se",
    pnr="07", address="Stadshuset, Västra vägen 1, Ekdalsby", vaxel="040-628 04 60", kontakt_href="/kontakta-oss/",
    search_path="/sok/", bs_topbar=[("Kontakta oss", "/kontakta-oss/")],
    cards=[*BASE_CARDS, ("Trafik och gator", "/bygga-bo-och-miljo/")],
    news=[("Ekdalsby firar 50 år", "/nyheter/jubileum/", "Fest i parken i augusti."),
          ("Grannviks kontaktcenter hjälper till i sommar", "/nyheter/grannvik/", "Samarbete under semestern.")],
    hits={"medborgarkontoret": ["/kontakta-oss/"], "medborgarkontor": ["/kontakta-oss/"]},
    pages={
        "/kontakta-oss/": ("Kontakta oss", '<h1>Kontakta oss</h1><section><h2>Växel</h2><p>Växeln nås på 040-628 04 60 '
                           'vardagar 7.30–17.</p></section><section><h2>Medborgarkontoret</h2><p>Medborgarkontoret finns '
                           'i stadshusets entré. Välkommen in – vi finns här för dig!</p>' + HOURS +
                           '<p>Besöksadress: Västra vägen 1</p></section><p class="text-muted">Sidansvarig: Tove Ring</p>'
                           '<p><a href="/kommun-och-politik/organisation/">Så är kommunen organiserad</a></p>'),
        "/kommun-och-politik/organisation/": org_page("Ekdalsby", [("Kommunledningsförvaltningen", "Kommundirektör", "Gustav Lönn"),
                                                                  ("Samhällsbyggnad", "Förvaltningschef", "Ylva Ahl")]),
        "/nyheter/jubileum/": news_page("Ekdalsby firar 50 år", "<p>Välkommen till parken.</p>"),
        "/nyheter/grannvik/": news_page("Grannviks kontaktcenter hjälper till i sommar",
                                        "<p>Under juli svarar Grannviks kommuns kontaktcenter i Ekdalsbys växel.</p>"),
    },
)

# ---------------------------------------------------------------- 9462 Klintholm (lit, declarative shadow DOM) 4
S9462 = dict(
    kommunkod="9462", kommun="Klintholm", lan_kod="08", lan="Kalmar län", family="lit", domain="klintholm.se",
    pnr="08", address="Skeppsbron 5, Klintholm", vaxel="040-628 04 70", kontakt_href="/kontakt/", search_path="/sok/",
    extra_top=[("Kommunservice", "/kommunservice/")],
    cards=[*BASE_CARDS, ("Kontakt", "/kontakt/")],
    news=[("Hamnen rustas upp", "/nyheter/hamnen/", "Arbetet pågår hela sommaren."),
          ("Klintholms Vatten AB kundtjänst stänger tidigare", "/nyheter/vatten/", "Kortare telefontid i juli.")],
    hits={"kommunservice": ["/kommunservice/"]},
    pages={
        "/kommunservice/": ("Kommunservice", '<h1>Kommunservice</h1><p>Kommunservice hjälper dig med frågor om '
                            'avfallshämtning, parkeringstillstånd, skolskjuts och bygglov.</p><p>Ring 040-628 04 71.</p>'
                            '<p>Kommunservice leds av enhetschef Lina Berg.</p>'),
        "/kontakt/": generic_kontakt("Klintholm", "klintholm.se", "040-628 04 70"),
        "/nyheter/hamnen/": news_page("Hamnen rustas upp", "<p>Kajen byggs om.</p>"),
        "/nyheter/vatten/": news_page("Klintholms Vatten AB kundtjänst stänger tidigare",
                                      "<p>Kundtjänst för VA och renhållning hos Klintholms Vatten AB har kortare telefontid.</p>"),
    },
)

# ---------------------------------------------------------------- 9463 Sörmossa (nuxt, unit page in sitemap only) 3
S9463 = dict(
    kommunkod="9463", kommun="Sörmossa", lan_kod="19", lan="Västmanlands län", family="nuxt", domain="sormossa.se",
    pnr="09", address="Bruksgatan 10, Sörmossa", vaxel="0980-319 250", kontakt_href="/kontakt/", search_path="/sok/",
    cards=[("Sörmossabostäder kundcenter", "/hyra-bostad/"), *BASE_CARDS],
    news=[("Nytt äldreboende klart", "/nyheter/aldreboende/", "Inflyttning i september."),
          ("Vägarbete på Bruksgatan", "/nyheter/vagarbete/", "Omledning i två veckor.")],
    hits={"servicecentrum": ["/servicecentrum/"]},
    unlinked=["/servicecentrum/"],
    pages={
        "/servicecentrum/": ("Servicecentrum", '<h1>Servicecentrum</h1><p>Servicecentrum svarar på frågor om förskola, '
                             'hemtjänst, avgifter, avfall och bygglov.</p><p>Telefon: 0980-319 255<br>'
                             'E-post: servicecentrum@sormossa.se<br>Telefontid: vardagar 8–16</p>'
                             '<p>Chef för Servicecentrum: Oskar Nyman</p>'),
        "/hyra-bostad/": ("Hyra bostad", '<h1>Hyra bostad</h1><p>Sörmossabostäder AB är kommunens bostadsbolag. '
                          'Sörmossabostäders kundcenter nås på 0980-319 259 och svarar på frågor om lägenheter och '
                          'felanmälan.</p>'),
        "/kontakt/": generic_kontakt("Sörmossa", "sormossa.se", "0980-319 250"),
        "/nyheter/aldreboende/": news_page("Nytt äldreboende klart", "<p>Boendet har 60 platser.</p>"),
        "/nyheter/vagarbete/": news_page("Vägarbete på Bruksgatan", "<p>Följ skyltningen.</p>"),
    },
)

# ---------------------------------------------------------------- 9464 Fagerbro (astro) 1
S9464 = dict(
    kommunkod="9464", kommun="Fagerbro", lan_kod="24", lan="Västerbottens län", family="astro", domain="fagerbro.se",
    pnr="10", address="Apotekargatan 1, Fagerbro", vaxel="0980-319 270", kontakt_href="/kontakt/", search_path="/sok/",
    sprite_extra='<symbol id="i-servicekontor" viewBox="0 0 24 24"><title>Servicekontoret</title><path d="M2 2h20v20H2z"/></symbol>',
    astro_templates=('<template id="promo-servicekontor"><aside class="promo"><h2>Besök Servicekontoret</h2>'
                     '<p>Vi hjälper dig med frågor om parkeringstillstånd och färdtjänst.</p></aside></template>'),
    jsonld_contact="Servicekontoret",
    cards=[*BASE_CARDS, ("Kontakt", "/kontakt/")],
    news=[("Statens servicecenter öppnar i Fagerbro", "/nyheter/statens-servicecenter/", "Skatteverket och Försäkringskassan på plats."),
          ("Isbanan är spolad", "/nyheter/isbanan/", "Välkommen att åka skridskor.")],
    area_extra={"/kommun-och-politik/": '<section><h2>Service och bemötande</h2><p>Vill du besöka kommunen? '
                '<a href="/kommun-och-politik/servicekontoret/">Servicekontoret</a> finns i kommunhuset.</p></section>'},
    hits={"servicekontoret": ["/kommun-och-politik/servicekontoret/"], "servicekontor": ["/kommun-och-politik/servicekontoret/"]},
    pages={
        "/kommun-och-politik/servicekontoret/": (
            "Servicekontoret", '<h1>Servicekontoret</h1><p>Servicekontoret hjälper dig med frågor om parkeringstillstånd, '
            'färdtjänst och hyra av kommunens lokaler.</p><p>Ring oss på 0980-319 274.</p>'
            '<p>Handläggare: Anders Berg. Kontaktperson för lokaler: Sara Ling.</p>'),
        "/kontakt/": generic_kontakt("Fagerbro", "fagerbro.se", "0980-319 270"),
        "/nyheter/statens-servicecenter/": news_page("Statens servicecenter öppnar i Fagerbro",
                                                     "<p>Statens servicecenter öppnar ett servicekontor på Apotekargatan 6.</p>"),
        "/nyheter/isbanan/": news_page("Isbanan är spolad", "<p>Öppet alla dagar.</p>"),
    },
)

ALL = [S9455, S9456, S9457, S9458, S9459, S9460, S9461, S9462, S9463, S9464]
