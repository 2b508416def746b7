"""Site data for blind65 (typing aid). The labels are in ../labels.csv, written by hand."""
from build_sites import STD_NEWS, footer, news, page
from chrome import a, menu

SITES = []

# ---------------------------------------------------------------- 8001 Norrbyholm: large, Sitevision, 5
SV = "/kommun-och-politik/kontaktcenter.4.61f2c1a18d.html"
SITES.append({
    "kod": "8001", "kommun": "Norrbyholm", "lan_kod": "01", "lan": "Stockholms län", "family": "sitevision",
    "footer": footer("999 10 Norrbyholm", "Stadshusplan 1", "08-465 004 00", "kommunen@norrbyholm.se", "212000-8001"),
    "topbar": [(SV, "Kontaktcenter"), ("/kommun-och-politik/synpunkter-och-klagomal/", "Lämna synpunkter")],
    "menu": menu({"naringsliv-och-arbete": [("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag.4.77aa.html")]}),
    "hero_text": "Här hittar du information om kommunens service, från förskola till äldreomsorg.",
    "hero_cards": [("/barn-och-utbildning/forskola/", "Ansök om förskola"), ("/bygga-bo-och-miljo/avfall-och-atervinning/", "Sophämtning"),
                   ("/jobb/", "Lediga jobb")],
    "news": [news("kontaktcenter-julhelgen", "Kontaktcenter har kortare telefontid i jul", "2026-12-02",
                  "Mellan jul och nyår svarar vi i telefon 9–12.",
                  "<p>Under helgerna har kontaktcenter kortare telefontider: vardagar mellan jul och nyår 9.00–12.00. "
                  f"E-post besvaras som vanligt inom två arbetsdagar.</p><p>{a(SV, 'Till kontaktcenter')}</p>"),
             STD_NEWS["budget"], STD_NEWS["snow"]],
    "pages": [page(SV, "kontaktcenter.html", "Kontaktcenter - Norrbyholms kommun", "Kontaktcenter",
                   "<p class=\"ingress\">Kontaktcenter är kommunens väg in. Vi svarar på dina frågor och hjälper dig att hitta rätt.</p>"
                   "<h2>Det här kan vi hjälpa dig med</h2><p>Du kan vända dig till oss med frågor om bland annat</p>"
                   "<ul><li>förskola, skola och skolskjuts</li><li>sophämtning, slamtömning och vatten</li><li>parkeringstillstånd och färdtjänst</li>"
                   "<li>bygglov – vi bokar tid med en bygglovshandläggare</li><li>felanmälan av gator, belysning och lekplatser</li></ul>"
                   "<p>Kan vi inte svara direkt ser vi till att rätt handläggare kontaktar dig.</p>"
                   "<h2>Kontakta oss</h2><p>Telefon: <a href=\"tel:+46846500410\">08-465 004 10</a><br>"
                   "E-post: <a href=\"mailto:kontaktcenter@norrbyholm.se\">kontaktcenter@norrbyholm.se</a></p>"
                   "<table><caption>Telefontider</caption><tr><th>Måndag–torsdag</th><td>8.00–17.00</td></tr><tr><th>Fredag</th><td>8.00–16.00</td></tr>"
                   "<tr><th>Lunch</th><td>Öppet</td></tr></table>"
                   "<p>Besök oss i stadshusets entré, Stadshusplan 1.</p>"
                   "<h2>Om kontaktcenter</h2><p>Kontaktcenter har 14 medarbetare och ingår i kommunledningsförvaltningen. "
                   "Ansvarig för kontaktcenter är enhetschef Therese Wallin.</p>"
                   "<p class=\"sidinfo\">Sidansvarig: Oskar Lund, webbredaktör. Senast uppdaterad 2026-10-12.</p>"),
              page("/naringsliv-och-arbete/servicecenter-for-foretag.4.77aa.html", "foretag.html", "Servicecenter för företag - Norrbyholms kommun",
                   "Servicecenter för företag",
                   "<p>Servicecenter för företag hjälper dig som driver eller vill starta företag med tillstånd, lokaler och kontakter. "
                   "Ring 08-465 004 30. Näringslivschef är Mats Ekberg.</p>")],
    "search": {"path": "/sok.html", "param": "query", "hits": {"kontaktcenter": [SV], "kundtjänst": [SV]}},
})

# ---------------------------------------------------------------- 8002 Sjöhamra: small, Municipio (hidden drawer), 0
SITES.append({
    "kod": "8002", "kommun": "Sjöhamra", "lan_kod": "20", "lan": "Dalarnas län", "family": "municipio",
    "footer": footer("999 20 Sjöhamra", "Kyrkvägen 12", "0980-319 200", "info@sjohamra.se", "212000-8002"),
    "footer_extra": "<div class=\"ft-col\"><h2>Kommunala bolag</h2><p>Sjöhamra Energi AB – kundtjänst 0980-319 250, vardagar 8–16</p></div>",
    "header_links": [("/kontakta-oss/", "Kontakta oss"), ("/e-tjanster/", "E-tjänster")],
    "menu": menu(),
    "hero_text": "En kommun med närhet till fjäll och sjö.",
    "hero_cards": [("/barn-och-utbildning/forskola/", "Förskola"), ("/omsorg-och-stod/hemtjanst/", "Hemtjänst"), ("/kontakta-oss/", "Kontakta kommunen")],
    "news": [news("servicekontor-tisdagar", "Statens servicekontor har öppet i kommunhuset på tisdagar", "2026-11-28",
                  "Försäkringskassan, Skatteverket och Pensionsmyndigheten finns på plats varje tisdag.",
                  "<p>Från januari har Statens servicecenter ett servicekontor i kommunhusets entré varje tisdag 10–15. "
                  "Där får du hjälp med frågor till Försäkringskassan, Skatteverket och Pensionsmyndigheten.</p>"),
             STD_NEWS["snow"], STD_NEWS["lib"]],
    "pages": [page("/kontakta-oss/", "kontakt.html", "Kontakta oss - Sjöhamra kommun", "Kontakta oss",
                   "<p>Du når alla kommunens verksamheter via växeln.</p><p>Växel: 0980-319 200<br>E-post: info@sjohamra.se</p>"
                   "<p>Växeln har öppet vardagar 8.00–16.30 och kopplar dig vidare till rätt handläggare.</p>"
                   "<h2>Receptionen i kommunhuset</h2><p>Kyrkvägen 12. Här kan du lämna handlingar och hämta blanketter.</p>"
                   "<h2>Press</h2><p>Kommunikatör Eva Lindh, 0980-319 205</p>")],
    "search": {"path": "/", "param": "s", "hits": {"växel": ["/kontakta-oss/"]}},
})

# ---------------------------------------------------------------- 8003 Gruvåker: very small, table layout, 0
SITES.append({
    "kod": "8003", "kommun": "Gruvåker", "lan_kod": "23", "lan": "Jämtlands län", "family": "table",
    "front_path": "/default.asp", "redirects": {"/": ["/default.asp", 302]},
    "footer": footer("999 30 Gruvåker", "Storgatan 3", "0980-319 210", "kommun@gruvaker.se", "212000-8003"),
    "footer_extra": "<div class=\"ft-col\"><p>Gruvåker Vatten AB – Kundtjänst för VA och renhållning: 0980-319 215</p></div>",
    "topbar": [("/kontakt.asp", "Kontakt")],
    "menu": menu(),
    "hero_text": "Välkommen till en levande glesbygdskommun.",
    "hero_cards": [("/kontakt.asp", "Kontakt"), ("/bygga-bo-och-miljo/bygglov/", "Bygglovsservice"), ("/jobb/", "Jobba hos oss")],
    "news": [news("kundcenter-bostader", "Gruvåkers Bostäder AB:s kundcenter flyttar", "2026-11-20",
                  "Bostadsbolagets kundcenter finns från 1 december på Torget 2.",
                  "<p>Gruvåkers Bostäder AB:s kundcenter flyttar till Torget 2. Felanmälan till bostadsbolaget görs som vanligt på 0980-319 218.</p>"),
             STD_NEWS["budget"], STD_NEWS["snow"]],
    "pages": [page("/kontakt.asp", "kontakt.html", "Kontakt - Gruvåkers kommun", "Kontakt",
                   "<p>Ring kommunens växel på 0980-319 210, vardagar 8.00–16.00. Du kan också skicka e-post till kommun@gruvaker.se.</p>"
                   "<p>Bygglovsservice: telefontid tisdag och torsdag 9–11, 0980-319 212.</p>"
                   "<p>Kommunchef: Rolf Sundin</p>")],
    "search": {"path": "/sok.asp", "param": "q", "hits": {"kontakt": ["/kontakt.asp"]}},
    "jsonld_extra": ',"contactPoint":{"@type":"ContactPoint","name":"Kontaktcenter","telephone":"0980-319210"}',
})

# ---------------------------------------------------------------- 8004 Brunnvik: bootstrap, footer-only unit, 2
SITES.append({
    "kod": "8004", "kommun": "Brunnvik", "lan_kod": "14", "lan": "Västra Götalands län", "family": "bootstrap",
    "footer": footer("999 40 Brunnvik", "Rådhustorget 2", "031-390 06 00", "brunnvik@brunnvik.se", "212000-8004"),
    "footer_extra": ("<div class=\"ft-col\"><h2>Servicecenter</h2><p>Telefon 031-390 06 10<br>servicecenter@brunnvik.se</p>"
                     f"<p>{a('/servicecenter/', 'Mer om Servicecenter')}</p></div>"),
    "navbar_extra": [("/kontakt/", "Kontakt")],
    "menu": menu({"naringsliv-och-arbete": [("Servicecenter för företagare", "/naringsliv-och-arbete/servicecenter-for-foretagare/")]}),
    "hero_text": "Brunnvik växer. Läs om nya bostadsområden och skolor.",
    "hero_cards": [("/bygga-bo-och-miljo/detaljplaner/", "Pågående planer"), ("/barn-och-utbildning/grundskola/", "Skolval"), ("/jobb/", "Lediga jobb")],
    "news": [STD_NEWS["budget"], STD_NEWS["snow"], STD_NEWS["lib"]],
    "pages": [page("/servicecenter/", "servicecenter.html", "Servicecenter - Brunnviks kommun", "Servicecenter",
                   "<p>Har du frågor? Hör av dig till oss, vi finns här för dig.</p><p>Vi svarar på frågor om kommunen.</p>"
                   "<p>Telefon: 031-390 06 10<br>E-post: servicecenter@brunnvik.se</p>"),
              page("/kontakt/", "kontakt.html", "Kontakt - Brunnviks kommun", "Kontakt",
                   "<p>Växel: 031-390 06 00, vardagar 7.30–16.30.</p><p>E-post: brunnvik@brunnvik.se</p>"
                   "<h2>Presskontakt</h2><p>Kommunikationschef Anders Falk, 031-390 06 05</p>"
                   "<h2>Sidansvarig</h2><p>Webbredaktör Linn Ek</p>")],
    "search": {"path": "/sok/", "param": "q", "hits": {"servicecenter": ["/servicecenter/"]}},
})

# ---------------------------------------------------------------- 8005 Hedmora: semantic, mega-menu sub-item, 4
MS = "/kommun-och-politik/medborgarservice/"
SITES.append({
    "kod": "8005", "kommun": "Hedmora", "lan_kod": "18", "lan": "Örebro län", "family": "semantic",
    "footer": footer("999 50 Hedmora", "Kungsgatan 20", "040-628 04 00", "hedmora.kommun@hedmora.se", "212000-8005"),
    "topbar": [("/kontakt/", "Kontakt")],
    "menu": menu({"kommun-och-politik": [("Medborgarservice", MS)]}),
    "hero_text": "Nu kan du söka plats i förskola och fritidshem för våren.",
    "hero_cards": [("/barn-och-utbildning/forskola/", "Förskola"), ("/trafik-och-infrastruktur/felanmalan-gata/", "Felanmälan"),
                   ("/bygga-bo-och-miljo/bygglov/", "Bygga nytt")],
    "news": [STD_NEWS["snow"], STD_NEWS["lib"], STD_NEWS["budget"]],
    "pages": [page(MS, "medborgarservice.html", "Medborgarservice - Hedmora kommun", "Medborgarservice",
                   "<p>Medborgarservice finns i kommunhusets entré och svarar på frågor om kommunens verksamheter.</p>"
                   "<h2>Vi kan hjälpa dig med</h2><ul><li>frågor om förskoleplats och barnomsorgsavgift</li><li>avfall och vatten</li>"
                   "<li>parkeringstillstånd</li><li>att fylla i blanketter och e-tjänster</li><li>lokalbokning</li></ul>"
                   "<h2>Kontakt</h2><p>Telefon 040-628 04 10<br>E-post medborgarservice@hedmora.se</p>"
                   "<p>Öppettider: måndag–fredag 8.00–16.30, torsdag till 18.00.</p>"
                   "<p>Medborgarservice leds av enhetschef Karin Ödman.</p>"),
              page("/kontakt/", "kontakt.html", "Kontakt - Hedmora kommun", "Kontakt",
                   "<p>Växel: 040-628 04 00. E-post: hedmora.kommun@hedmora.se</p>"
                   f"<ul><li>{a(MS, 'Medborgarservice')}</li><li>{a('/press/', 'Press')}</li><li>{a('/kommun-och-politik/synpunkter-och-klagomal/', 'Synpunkter')}</li></ul>")],
    "search": {"path": "/sok/", "param": "q", "hits": {"medborgarservice": [MS]}},
})

# ---------------------------------------------------------------- 8006 Lillkärra: soup, unit only one click deep, 1
SITES.append({
    "kod": "8006", "kommun": "Lillkärra", "lan_kod": "08", "lan": "Kalmar län", "family": "soup",
    "footer": footer("999 60 Lillkärra", "Torggatan 5", "040-628 04 20", "kommunen@lillkarra.se", "212000-8006"),
    "footer_extra": "<div class=\"ft-col\"><p>Lillkärra Energi AB:s kundtjänst: 040-628 04 29</p></div>",
    "topbar": [("/kontakta-oss/", "Kontakta oss")],
    "menu": menu(),
    "hero_text": "Sommarlovsaktiviteter, simskola och mycket mer.",
    "hero_cards": [("/kultur-och-fritid/badhus/", "Badhuset"), ("/omsorg-och-stod/aldreomsorg/", "Äldreomsorg"), ("/jobb/", "Jobba hos oss")],
    "news": [STD_NEWS["budget"], STD_NEWS["lib"], STD_NEWS["snow"]],
    "pages": [page("/kontakta-oss/", "kontakt.html", "Kontakta oss - Lillkärra kommun", "Kontakta oss",
                   "<p>Växel: 040-628 04 20, vardagar 8–16.</p>"
                   f"<p>Har du frågor om avgifter eller sophämtning? Vänd dig till {a('/kundtjanst/', 'vår kundtjänst')}.</p>"),
              page("/kundtjanst/", "kundtjanst.html", "Kundtjänst - Lillkärra kommun", "Kundtjänst",
                   "<p>Kundtjänst svarar på frågor om avgifter för barnomsorg och äldreomsorg, sophämtning och vatten.</p>"
                   "<p>Ring oss på 040-628 04 30.</p><p>Kontaktperson: Lena Holm, handläggare</p>")],
    "search": {"path": "/sok/", "param": "q", "hits": {"kundtjänst": ["/kundtjanst/"]}},
})

# ---------------------------------------------------------------- 8007 Grönåsa: custom elements, hero card, 5
KC = "/kundcenter/"
SITES.append({
    "kod": "8007", "kommun": "Grönåsa", "lan_kod": "12", "lan": "Skåne län", "family": "custom",
    "footer": footer("999 70 Grönåsa", "Stortorget 1", "040-628 04 40", "kommunen@gronasa.se", "212000-8007"),
    "topbar": [("/kontakta-oss", "Kontakta oss")], "redirects": {"/kontakta-oss": [KC, 301]},
    "menu": menu(),
    "hero_text": "Grönåsa – här möts stad och land.",
    "hero_cards": [(KC, "Kundcenter – vi hjälper dig"), ("/barn-och-utbildning/grundskola/", "Skolval 2027"),
                   ("/bygga-bo-och-miljo/avfall-och-atervinning/", "Hämtning av avfall")],
    "news": [news("gronasahem-kundcenter", "Grönåsahem AB:s kundcenter har ny adress", "2026-11-30",
                  "Bostadsbolagets kundcenter finns nu på Västergatan 9.",
                  "<p>Grönåsahem AB:s kundcenter har flyttat. Kundcenterchef Pia Ros hälsar hyresgästerna välkomna.</p>"),
             STD_NEWS["budget"], STD_NEWS["snow"]],
    "pages": [page(KC, "kundcenter.html", "Kundcenter - Grönåsa kommun", "Kundcenter",
                   "<p>Kundcenter är din första kontakt med kommunen. Vi svarar på frågor om bygglov, förskola och skola, avfall, "
                   "vatten och avlopp, gator och parker, och om kommunens e-tjänster.</p>"
                   "<p>Ring <a href=\"tel:+46406280441\">040-628 04 41</a> eller <button class=\"chat\">Chatta med oss</button></p>"
                   "<table><caption>Öppettider</caption><tr><td>Måndag–fredag</td><td>8.00–17.00</td></tr></table>"
                   "<h2>Organisation</h2><p>Chef för kundcenter: Johan Persson</p>")],
    "search": {"path": "/sok/", "param": "q", "hits": {"kundcenter": [KC]}},
})

# ---------------------------------------------------------------- 8008 Tjärnvik: aria roles, switchboard only, 0
SITES.append({
    "kod": "8008", "kommun": "Tjärnvik", "lan_kod": "24", "lan": "Västerbottens län", "family": "aria",
    "footer": footer("999 80 Tjärnvik", "Skolgatan 1", "0980-319 260", "tjarnvik@tjarnvik.se", "212000-8008"),
    "topbar": [("/kontakt/", "Kontakt")],
    "menu": menu(),
    "hero_text": "Upplev vintern i Tjärnvik – skidspår, skoter och norrsken.",
    "hero_cards": [("/kultur-och-fritid/idrott-och-motion/", "Skidspår"), ("/kontakt/", "Kontakta kommunen"), ("/jobb/", "Lediga jobb")],
    "news": [news("fardtjanst-region", "Region Västerbottens kundtjänst tar över färdtjänsten", "2026-11-15",
                  "Från 1 januari bokar du färdtjänst via regionen.",
                  "<p>Från den 1 januari sköter Region Västerbottens kundtjänst bokning av färdtjänst och sjukresor.</p>"),
             STD_NEWS["snow"], STD_NEWS["lib"]],
    "pages": [page("/kontakt/", "kontakt.html", "Kontakt - Tjärnviks kommun", "Kontakt",
                   "<p>Kommunens växel: 0980-319 260, vardagar 8–16.</p><p>E-post: tjarnvik@tjarnvik.se</p>"
                   "<p>Kommunens samhällsvägledare hjälper dig som är ny i Sverige, tisdagar 13–15 i kommunhuset.</p>"
                   "<p>Företagslotsen: Jan Berg, 0980-319 265</p>")],
    "search": {"path": "/sok/", "param": "q", "hits": {"kontakt": ["/kontakt/"]}},
})

# ---------------------------------------------------------------- 8009 Hässlinge: municipio aria-hidden, news teaser, 3
MK = "/medborgarkontoret/"
SITES.append({
    "kod": "8009", "kommun": "Hässlinge", "lan_kod": "03", "lan": "Uppsala län", "family": "municipio-aria",
    "footer": footer("999 90 Hässlinge", "Järnvägsgatan 4", "08-465 004 50", "info@hasslinge.se", "212000-8009"),
    "header_links": [("/kontakt/", "Kontakt")],
    "menu": menu(),
    "hero_text": "Hässlinge – nära till allt.",
    "hero_cards": [("/bygga-bo-och-miljo/bygglov/", "Bygglov"), ("/barn-och-utbildning/forskola/", "Förskola"), ("/kontakt/", "Kontakt")],
    "news": [news("medborgarkontoret-sommar", "Medborgarkontoret får nya öppettider", "2026-11-26",
                  "Från januari har Medborgarkontoret öppet längre på onsdagar.",
                  "<p>Från januari har Medborgarkontoret öppet till 18 på onsdagar. Hos Medborgarkontoret kan du få hjälp med "
                  f"bygglovsfrågor, avgifter och färdtjänst. {a(MK, 'Läs mer om Medborgarkontoret')}</p>"),
             STD_NEWS["budget"], STD_NEWS["lib"]],
    "pages": [page(MK, "medborgarkontoret.html", "Medborgarkontoret - Hässlinge kommun", "Medborgarkontoret",
                   "<p>Välkommen till Medborgarkontoret! Vi finns här för dig som bor, arbetar eller vistas i Hässlinge. "
                   "Hör av dig om du undrar något.</p><p>Besöksadress: Järnvägsgatan 4, entréplan</p>"
                   "<table><caption>Öppettider</caption><tr><td>Måndag–fredag</td><td>9.00–16.00</td></tr><tr><td>Onsdag</td><td>9.00–18.00</td></tr></table>"
                   "<p>Medborgarkontoret leds av enhetschef Sanna Berglund.</p>"),
              page("/kontakt/", "kontakt.html", "Kontakt - Hässlinge kommun", "Kontakt",
                   "<p>Växel: 08-465 004 50. E-post: info@hasslinge.se</p><p>Kommundirektör: Peter Åkesson</p>")],
    "search": {"path": "/", "param": "s", "hits": {"medborgarkontoret": [MK], "medborgarkontor": [MK]}},
})

# ---------------------------------------------------------------- 8010 Rävsnäs: Drupal behind a bot wall (403 everywhere)
SITES.append({
    "kod": "8010", "kommun": "Rävsnäs", "lan_kod": "07", "lan": "Kronobergs län", "family": "drupal", "front_status": 403,
    "footer": footer("999 95 Rävsnäs", "Sjögatan 2", "031-390 06 70", "kommunen@ravsnas.se", "212000-8010"),
    "topbar": [("/kontaktcenter/", "Kontaktcenter")],
    "menu": menu(),
    "hero_text": "Rävsnäs – sjöarnas kommun.",
    "hero_cards": [("/kontaktcenter/", "Kontaktcenter"), ("/jobb/", "Lediga jobb")],
    "news": [STD_NEWS["budget"], STD_NEWS["snow"], STD_NEWS["lib"]],
    "pages": [page("/kontaktcenter/", "kontaktcenter.html", "Kontaktcenter - Rävsnäs kommun", "Kontaktcenter",
                   "<p>Kontaktcenter svarar på frågor om skola, omsorg och avfall. Telefon 031-390 06 71, e-post kontaktcenter@ravsnas.se. "
                   "Enhetschef för kontaktcenter: Ulla Krantz.</p>")],
    "search": {"path": "/sok/", "param": "q", "hits": {"kontaktcenter": ["/kontaktcenter/"]}},
})
