"""The twelve sites of the eighth blind corpus (content typed by hand; see README.md for what each tests)."""
from __future__ import annotations

import json
from pathlib import Path

from common import AREAS, esc, menu

STD_ROBOTS = "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"


def foot(addr, phone, email, orgnr):
    return {"address": addr, "phone": phone, "email": email, "orgnr": orgnr}


def crumbs(*items):
    parts = ["<a href=\"/\">Startsida</a>"] + [f"<a href=\"{h}\">{esc(t)}</a>" if h else esc(t) for t, h in items]
    return "<p class=\"crumbs\">" + " › ".join(parts) + "</p>"


def news_page(title, date, body):
    return (crumbs(("Nyheter", "/nyheter/")) + f"<article class=\"news-article\"><h1>{esc(title)}</h1>"
            f"<p class=\"published\">Publicerad {date}</p>{body}</article>")


def shortcuts(items, cls="shortcut"):
    return "".join(f"<a class=\"{cls}\" href=\"{h}\">{esc(t)}</a> " for t, h in items)


SITES: list[dict] = []

# ------------------------------------------------------------------ 9951 Vadstorp (dnn) 5
SITES.append({
    "code": "9951", "kommun": "Vadstorp", "gen": "Vadstorps", "ort": "Vadstorp", "slug": "vadstorp",
    "lan_kod": "14", "lan": "Västra Götalands län", "fam": "dnn",
    "footer": foot("Rådhusgatan 2, 999 11 Vadstorp", "031-390 06 00", "info@vadstorp.example", "212000-9951"),
    "menu": menu(), "topbar_extra": [("Kontakt", "/kontakt"), ("E-tjänster", "/e-tjanster/")],
    "redirects": {"/kontakt": ["/servicecentrum/", 308]},
    "robots": "User-agent: *\nDisallow: /DesktopModules/\nDisallow: /Admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
    "search": {"path": "/sok/", "param": "q", "hits": {"servicecentrum": ["/servicecentrum/"]}},
    "front_head": ("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"GovernmentOrganization\","
                   "\"name\":\"Vadstorps kommun\",\"telephone\":\"+46313900600\",\"address\":\"Rådhusgatan 2, Vadstorp\"}</script>\n"),
    "hero": ("<div class=\"heroImage\"><img src=\"/Portals/0/hero-hamn.jpg\" alt=\"Hamnen i Vadstorp en sommarkväll\"></div>"
             "<div class=\"heroText\"><h1>Välkommen till Vadstorp</h1><p>Havet, skärgården och ett levande centrum – här "
             "finns plats för både stora planer och vardagens små bestyr.</p></div><div class=\"heroShortcuts\">"
             + shortcuts([("Förskola", "/barn-och-utbildning/forskola/"), ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning/"),
                          ("Bygglov", "/bygga-bo-och-miljo/bygglov/"), ("Lediga jobb", "/jobb/")], "heroLink") + "</div>"),
    "news": [("Statens servicecenter i Vadstorp får nya öppettider", "/nyheter/statens-servicecenter/",
              "Från januari har Statens servicecenter på Storgatan öppet även på lördagar.", "2026-11-28")],
    "extra_pages": {
        "/nyheter/statens-servicecenter/": ("nyhet-statens.html", "Statens servicecenter i Vadstorp får nya öppettider", news_page(
            "Statens servicecenter i Vadstorp får nya öppettider", "2026-11-28",
            "<p>Statens servicecenter, där du möter Skatteverket, Försäkringskassan och Pensionsmyndigheten, utökar sina "
            "öppettider i Vadstorp. Från den 10 januari är kontoret på Storgatan 14 öppet även lördagar 10–14.</p>"
            "<p>Statens servicecenter är en statlig myndighet och inte en del av kommunen. Frågor om kontoret ställer "
            "du direkt till myndigheten.</p>")),
        "/servicecentrum/": ("servicecentrum.html", "Servicecentrum - Vadstorps kommun", crumbs(("Servicecentrum", "/servicecentrum/"))
            + "<h1>Servicecentrum</h1><p class=\"lead\">Servicecentrum är din första kontakt med Vadstorps kommun, oavsett "
            "om du bor här, driver företag eller är på besök. Många frågor får du svar på direkt, och annars ser vi till "
            "att ditt ärende hamnar rätt från början.</p>"
            "<h2>Vanliga frågor vi hjälper dig med</h2>"
            "<h3>Hur ansöker jag om plats i förskola?</h3><p>Du ansöker i e-tjänsten senast fyra månader innan du behöver "
            "platsen. Saknar du e-legitimation hjälper vi dig att fylla i en pappersblankett.</p>"
            "<h3>När töms mitt sopkärl?</h3><p>Vi kan se ditt tömningsschema och ta emot din anmälan om ett kärl har "
            "glömts bort.</p>"
            "<h3>Hur får jag parkeringstillstånd för rörelsehindrade?</h3><p>Vi skickar ansökningsblanketten och berättar "
            "vilket läkarintyg som behövs.</p>"
            "<h3>Behöver jag bygglov för ett växthus?</h3><p>Det beror på storleken och var det ska stå. Vi svarar på de "
            "vanligaste frågorna och bokar vid behov tid med en bygglovshandläggare.</p>"
            "<h2>Så når du oss</h2><p><a class=\"btnCall\" href=\"tel:+46313900610\">Ring oss</a></p>"
            "<table class=\"hours\"><caption>Telefontider</caption><tr><th scope=\"row\">Måndag–torsdag</th><td>8.00–16.30</td></tr>"
            "<tr><th scope=\"row\">Fredag</th><td>8.00–15.00</td></tr><tr><th scope=\"row\">Lunch</th><td>stängt 12.00–12.45</td></tr></table>"
            "<p>Mejla oss: servicecentrum(at)vadstorp.example</p>"
            "<h2>Om oss</h2><p>Servicecentrum leds av en enhetschef och har tolv medarbetare. Vi hör till "
            "kommunledningsförvaltningen och finns i Rådhuset.</p>"
            "<p class=\"pageInfo\">Sidansvarig: Jon Persson, webbredaktör. Senast uppdaterad 2026-10-02.</p>"),
    },
})

# ------------------------------------------------------------------ 9952 Ålsunda (uikit) 5
SITES.append({
    "code": "9952", "kommun": "Ålsunda", "gen": "Ålsunda", "ort": "Ålsunda", "slug": "alsunda",
    "lan_kod": "20", "lan": "Dalarnas län", "fam": "uikit", "suffix_dash": False,
    "footer": foot("Kommunhuset, Storvägen 1, 999 41 Ålsunda", "0980-319 200", "kommunen@alsunda.example", "212000-9952"),
    "menu": menu(), "robots": "User-agent: *\nDisallow: /sok/admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
    "search": {"path": "/sok/", "param": "q", "hits": {"medborgarservice": ["/medborgarservice/", "/nyheter/medborgarservice-flyttar/"]}},
    "hero": ("<div class=\"uk-container\"><div class=\"uk-grid\" uk-grid><div class=\"uk-width-2-3@m\">"
             "<h1 class=\"uk-heading-medium\">Ålsunda – mitt i älvdalen</h1><p class=\"uk-text-lead\">Skog, älv och "
             "fäbodar, men också en skola i framkant och ett företagsklimat i toppklass.</p>"
             "<div class=\"uk-child-width-1-3@s uk-grid-small\" uk-grid>"
             "<div><a class=\"uk-card uk-card-default uk-card-small uk-card-body uk-display-block\" href=\"/barn-och-utbildning/forskola/\">Söka förskola</a></div>"
             "<div><a class=\"uk-card uk-card-default uk-card-small uk-card-body uk-display-block\" href=\"/bygga-bo-och-miljo/bygglov/\">Bygga nytt</a></div>"
             "<div><a class=\"uk-card uk-card-default uk-card-small uk-card-body uk-display-block\" href=\"/jobb/\">Lediga jobb</a></div></div></div>"
             "<div class=\"uk-width-1-3@m\"><div class=\"uk-card uk-card-secondary uk-card-body tm-servicebox\" role=\"region\" aria-labelledby=\"ms-rubrik\">"
             "<h2 id=\"ms-rubrik\" class=\"uk-card-title\">Medborgarservice</h2><p>Har du en fråga till kommunen? Vi svarar vardagar 8–17.</p>"
             "<p><span uk-icon=\"receiver\"></span> 0980-319 220</p>"
             "<a class=\"uk-button uk-button-default\" href=\"/medborgarservice/\">Så kan vi hjälpa dig</a></div></div></div></div>"),
    "news": [("Medborgarservice flyttar till Kulturhuset", "/nyheter/medborgarservice-flyttar/",
              "Den 7 december öppnar vi i nya lokaler på Ågatan.", "2026-11-30")],
    "extra_pages": {
        "/nyheter/medborgarservice-flyttar/": ("nyhet-flytt.html", "Medborgarservice flyttar till Kulturhuset", news_page(
            "Medborgarservice flyttar till Kulturhuset", "2026-11-30",
            "<p>Måndagen den 7 december flyttar Medborgarservice från kommunhuset till Kulturhuset på Ågatan 12. Den "
            "4 december har vi stängt för besök på grund av flytten, men telefonen är öppen som vanligt.</p>"
            "<p>I Kulturhuset delar vi entré med biblioteket, vilket gör det lättare att ta sig hit även på kvällar.</p>"
            "<p><a href=\"/medborgarservice/\">Läs mer om Medborgarservice</a></p>")),
        "/medborgarservice/": ("medborgarservice.html", "Medborgarservice i Ålsunda | Ålsunda kommun", crumbs(("Medborgarservice", None))
            + "<h1>Medborgarservice i Ålsunda</h1><p class=\"uk-text-lead\">Medborgarservice är kommunens gemensamma "
            "ingång för dig som har frågor eller vill lämna ett ärende.</p>"
            "<p>Hos oss kan du få hjälp att söka bostadsanpassning, ställa frågor om fakturan för vatten, avlopp och "
            "sophämtning, boka hämtning av grovavfall, få vägledning inför en bygglovsansökan och låna en dator för att "
            "använda kommunens e-tjänster. Vi hjälper dig också att hitta rätt om du söker försörjningsstöd.</p>"
            "<h2>Besök oss</h2><p>Besöksadress: Kulturhuset, Ågatan 12, Ålsunda. Vi har öppet måndag–fredag 8–17.</p>"
            "<h2>Chatta eller lämna ett ärende</h2><p><button type=\"button\" class=\"uk-button uk-button-primary tm-chat-open\">"
            "Chatta med oss</button></p><p>Du kan också <a href=\"/e-tjanster/lamna-ett-arende/\">lämna ett ärende i "
            "e-tjänsten</a> när det passar dig, dygnet runt.</p>"
            "<p>Medborgarservice är en del av <a href=\"/kommun-och-politik/organisation/kommunledningskontoret/\">"
            "kommunledningskontoret</a>.</p>"),
        "/e-tjanster/lamna-ett-arende/": ("lamna-arende.html", "Lämna ett ärende | Ålsunda kommun", crumbs(("E-tjänster", "/e-tjanster/"))
            + "<h1>Lämna ett ärende</h1><p>Beskriv ditt ärende så utförligt du kan. Du får en bekräftelse med "
            "ärendenummer till din e-post.</p><form class=\"uk-form-stacked\" action=\"/e-tjanster/lamna-ett-arende/\" method=\"post\">"
            "<label for=\"namn\">Namn</label><input id=\"namn\" name=\"namn\"><label for=\"epost\">E-post</label>"
            "<input id=\"epost\" name=\"epost\" type=\"email\"><label for=\"arende\">Ditt ärende</label>"
            "<textarea id=\"arende\" name=\"arende\"></textarea><button type=\"submit\">Skicka</button></form>"),
        "/kommun-och-politik/organisation/kommunledningskontoret/": ("kommunledningskontoret.html", "Kommunledningskontoret | Ålsunda kommun",
            crumbs(("Kommun och politik", "/kommun-och-politik/"), ("Kommunledningskontoret", None))
            + "<h1>Kommunledningskontoret</h1><p>Kommunledningskontoret stödjer kommunstyrelsen och samordnar "
            "kommunens verksamheter. Här finns ekonomi, HR, kommunikation och kommunens gemensamma service.</p>"
            "<table class=\"uk-table uk-table-divider\"><caption>Enheter och chefer</caption><thead><tr><th>Enhet</th>"
            "<th>Chef</th><th>Telefon</th></tr></thead><tbody>"
            "<tr><td>Ekonomienheten</td><td>Karl Öst, ekonomichef</td><td>0980-319 205</td></tr>"
            "<tr><td>HR-enheten</td><td>Petra Lind, HR-chef</td><td>0980-319 206</td></tr>"
            "<tr><td>Medborgarservice</td><td>Ida Sandström, enhetschef</td><td>0980-319 221</td></tr>"
            "<tr><td>Kommunikationsenheten</td><td>Sven Alm, kommunikationschef</td><td>0980-319 207</td></tr>"
            "</tbody></table><p>Kommundirektör är Gunilla Ros.</p>"),
    },
})

# ------------------------------------------------------------------ 9953 Kronvik (mdc) 3
SITES.append({
    "code": "9953", "kommun": "Kronvik", "gen": "Kronviks", "ort": "Kronvik", "slug": "kronvik",
    "lan_kod": "14", "lan": "Västra Götalands län", "fam": "mdc", "suffix_dash": False,
    "front_path": "/start/", "redirects": {"/": ["/start/", 302]},
    "footer": foot("Stadshuset, Stadshusgatan 3, 999 23 Kronvik", "031-390 06 30", "kronviks.kommun@kronvik.example", "212000-9953"),
    "menu": menu(extra_top=[("Kundcenter", "/kundcenter/")],
                 replace={("kommun-och-politik", "Organisation"): "/kommun-och-politik/organisation/"}),
    "robots": STD_ROBOTS,
    "search": {"path": "/sok/", "param": "q", "hits": {"kundcenter": ["/kundcenter/", "/nyheter/kronvikshem-kundcenter/"]}},
    "footer_extra": ("<div class=\"footer-kc\"><h2 class=\"mdc-typography--subtitle1\">Kundcenter</h2><p>031-390 06 40</p>"
                     "<p>kundcenter@kronvik.example</p><p>Stadshusgatan 3, Kronvik</p><p>Vardagar 8–17</p></div>"),
    "hero": ("<div class=\"mdc-card__media hero-media\" role=\"img\" aria-label=\"Vy över Kronviks hamn\"></div>"
             "<div class=\"mdc-card__content\"><h1 class=\"mdc-typography--headline3\">Kronvik – staden vid fjorden</h1>"
             "<p>Här hittar du allt om kommunens service, från förskola till färdtjänst.</p></div>"
             "<div class=\"mdc-card__actions\">" + shortcuts([("Skolval 2027", "/barn-och-utbildning/grundskola/"),
                                                             ("Trafikstörningar", "/trafik-och-gator/vagarbeten/"),
                                                             ("Sommarjobb", "/jobb/")], "mdc-button mdc-card__action") + "</div>"),
    "news": [("Kronvikshem öppnar nytt kundcenter för hyresgäster", "/nyheter/kronvikshem-kundcenter/",
              "Det kommunala bostadsbolaget samlar sin service i Centrumhuset.", "2026-11-26")],
    "extra_pages": {
        "/nyheter/kronvikshem-kundcenter/": ("nyhet-kronvikshem.html", "Kronvikshem öppnar nytt kundcenter för hyresgäster", news_page(
            "Kronvikshem öppnar nytt kundcenter för hyresgäster", "2026-11-26",
            "<p>Kronvikshem AB, kommunens bostadsbolag, öppnar ett nytt kundcenter i Centrumhuset den 1 december. "
            "Kronvikshems kundcenter hjälper hyresgäster med felanmälan, nycklar, parkeringsplatser och frågor om hyran.</p>"
            "<p>Kronvikshem nås på 031-390 06 90. Frågor till kommunen ställer du som vanligt till kommunen.</p>")),
        "/kundcenter/": ("kundcenter.html", "Kundcenter | Kronviks kommun", crumbs(("Kundcenter", None))
            + "<h1>Kundcenter</h1><p class=\"lead\">På Kundcenter får du svar på de flesta frågor redan när du ringer.</p>"
            "<h2>Vi hjälper dig bland annat med</h2><ul><li>frågor om avgiften för förskola och fritidshem</li>"
            "<li>felanmälan av gatubelysning, vägar och parker</li><li>ansökan om skolskjuts</li>"
            "<li>bokning av kommunens lokaler och idrottshallar</li><li>frågor om sophämtning och slamtömning</li></ul>"
            "<h2>Ring oss</h2><p>Telefon: 031-390 06 40</p><p>Övriga kontaktuppgifter hittar du längst ned på sidan.</p>"
            "<p>När du ringer svarar någon av våra kommunvägledare, till exempel Sara Nyqvist eller Emil Rask.</p>"
            "<p>Kundcenter tillhör <a href=\"/kommun-och-politik/organisation/\">kommunstyrelsens förvaltning</a>.</p>"
            "<p class=\"page-meta\">Kontaktperson för sidan: Lisa Ek, kommunikatör</p>"),
        "/kommun-och-politik/organisation/": ("organisation.html", "Organisation | Kronviks kommun",
            crumbs(("Kommun och politik", "/kommun-och-politik/"), ("Organisation", None))
            + "<h1>Organisation</h1><p>Kommunens verksamhet är organiserad i fyra förvaltningar under kommunstyrelsen "
            "och nämnderna.</p><h2>Kommunstyrelsens förvaltning</h2><p>Kommunstyrelsens förvaltning leds av "
            "kommundirektör Hans Björk. Här finns ekonomiavdelningen, HR-avdelningen, kommunikationsavdelningen och "
            "Kundcenter.</p><h2>Barn- och utbildningsförvaltningen</h2><p>Förskola, grundskola, gymnasium och "
            "vuxenutbildning.</p><h2>Socialförvaltningen</h2><p>Äldreomsorg, stöd och individ- och familjeomsorg.</p>"
            "<h2>Samhällsbyggnadsförvaltningen</h2><p>Bygglov, gator, vatten och avlopp samt miljö.</p>"),
    },
})

# ------------------------------------------------------------------ 9954 Hästbo (ghost) 4
SITES.append({
    "code": "9954", "kommun": "Hästbo", "gen": "Hästbo", "ort": "Hästbo", "slug": "hastbo",
    "lan_kod": "22", "lan": "Västernorrlands län", "fam": "ghost",
    "footer": foot("Kommunhuset, Kyrkvägen 4, 999 62 Hästbo", "0980-319 250", "kommun@hastbo.example", "212000-9954"),
    "menu": menu(), "robots": STD_ROBOTS,
    "header_extra": "<a class=\"gh-head-link\" href=\"/kontakta-oss/\">Kontakta oss</a>",
    "search": {"path": "/sok/", "param": "q", "hits": {"kontaktcenter": ["/nyheter/nu-oppnar-hastbo-kontaktcenter/"]}},
    "hero": ("<div class=\"site-header-inner\"><h1 class=\"site-title\">Välkommen till Hästbo</h1><p class=\"site-description\">"
             "Nära till naturen, nära till varandra.</p><ul class=\"hero-links\">"
             "<li><a href=\"/barn-och-utbildning/forskola/\">Förskola</a></li><li><a href=\"/omsorg-och-stod/hemtjanst/\">Hemtjänst</a></li>"
             "<li><a href=\"/e-tjanster/\">E-tjänster</a></li></ul></div>"),
    "news": [("Nu öppnar Hästbo kontaktcenter", "/nyheter/nu-oppnar-hastbo-kontaktcenter/",
              "Från den 1 december når du kommunen på ett och samma nummer.", "2026-11-25")],
    "extra_pages": {
        "/nyheter/nu-oppnar-hastbo-kontaktcenter/": ("nyhet-kontaktcenter.html", "Nu öppnar Hästbo kontaktcenter", news_page(
            "Nu öppnar Hästbo kontaktcenter", "2026-11-25",
            "<p>Från den 1 december samlas kommunens telefonservice i Hästbo kontaktcenter. I stället för att leta rätt "
            "bland ett trettiotal nummer ringer du ett enda.</p>"
            "<p>Kontaktcentret tar emot frågor om förskola och skola, hemtjänst och färdtjänst, avfall och återvinning, "
            "gator och parker samt bygglov. Enklare ärenden löser vi direkt i telefon. Andra skickar vi vidare till rätt "
            "handläggare, och du får veta när du kan vänta dig svar.</p>"
            "<p>Kontaktcentret leds av Annika Vik, som tidigare var enhetschef inom äldreomsorgen. – Vi vill att det ska "
            "vara enkelt att få kontakt med kommunen, säger hon.</p>"
            "<h2>Så når du kontaktcentret</h2><ul><li>Telefon: 0980-319 230</li><li>E-post: kontaktcenter[at]hastbo.example</li>"
            "<li>Telefontid: måndag–fredag 8.00–16.30</li></ul>")),
        "/kontakta-oss/": ("kontakta-oss.html", "Kontakta oss - Hästbo kommun", crumbs(("Kontakta oss", None))
            + "<h1>Kontakta oss</h1><p>Du når alla kommunens verksamheter via växeln, telefon 0980-319 250, vardagar "
            "7.30–16.30.</p><p>Brev och handlingar skickar du till Hästbo kommun, Kyrkvägen 4, 999 62 Hästbo, eller med "
            "e-post till registrator@hastbo.example.</p><p>Vill du lämna en synpunkt? Använd e-tjänsten "
            "<a href=\"/kommun-och-politik/synpunkter-och-klagomal/\">Synpunkter och klagomål</a>.</p>"),
    },
})

# ------------------------------------------------------------------ 9955 Rosvalla (semantic-ui) 3
SITES.append({
    "code": "9955", "kommun": "Rosvalla", "gen": "Rosvalla", "ort": "Rosvalla", "slug": "rosvalla",
    "lan_kod": "01", "lan": "Stockholms län", "fam": "semantic-ui",
    "footer": foot("Rosvalla kommunhus, Slottsallén 6, 999 31 Rosvalla", "08-465 004 00", "rosvalla.kommun@rosvalla.example", "212000-9955"),
    "menu": menu(inject={"kommun-och-politik": [("Kontakt Rosvalla", "/kommun-och-politik/kontakt-rosvalla/")]}),
    "robots": STD_ROBOTS,
    "search": {"path": "/sok/", "param": "q", "hits": {"kontakt rosvalla": ["/kommun-och-politik/kontakt-rosvalla/"]}},
    "footer_extra": ("<h4 class=\"ui inverted header\">Vatten och avfall</h4><p>Rosvalla Vatten AB – kundtjänst för VA och "
                     "avfall: 08-465 004 30</p>"),
    "hero": ("<div class=\"ui text container\"><h1 class=\"ui inverted header\">Rosvalla – grönt och nära</h1>"
             "<p>Tjugo minuter från stan, med sjöar och skog runt knuten.</p></div>"
             "<div class=\"ui three stackable cards hero-cards\">"
             "<a class=\"ui card\" href=\"/bygga-bo-och-miljo/bygglov/\"><div class=\"content\"><div class=\"header\">Bygglovsservice</div>"
             "<div class=\"description\">Vi hjälper dig med din bygglovsansökan – boka ett förhandsmöte.</div></div></a>"
             "<a class=\"ui card\" href=\"/barn-och-utbildning/grundskola/\"><div class=\"content\"><div class=\"header\">Skolval 2027</div>"
             "<div class=\"description\">Välj skola senast 31 januari.</div></div></a>"
             "<a class=\"ui card\" href=\"/jobb/\"><div class=\"content\"><div class=\"header\">Sommarjobb</div>"
             "<div class=\"description\">Ansök om feriearbete.</div></div></a></div>"),
    "news": [],
    "extra_pages": {
        "/kommun-och-politik/kontakt-rosvalla/": ("kontakt-rosvalla.html", "Kontakt Rosvalla - Rosvalla kommun",
            crumbs(("Kommun och politik", "/kommun-och-politik/"), ("Kontakt Rosvalla", None))
            + "<h1>Kontakt Rosvalla</h1><p class=\"lead\">Kontakt Rosvalla är kommunens gemensamma ingång för dig som "
            "bor i, arbetar i eller besöker Rosvalla.</p><p>Vi svarar på frågor om allt som rör kommunen – stort som "
            "smått. Hör av dig, så hjälper vi dig vidare.</p>"
            "<div class=\"ui segment\"><dl class=\"contact-list\"><dt>Telefon</dt><dd>08-465 004 10</dd><dt>E-post</dt>"
            "<dd>kontakt@rosvalla.example</dd><dt>Öppettider</dt><dd>Vardagar 8.00–16.30</dd></dl></div>"
            "<div class=\"ui card\"><div class=\"content\"><div class=\"header\">Lina Forsberg</div>"
            "<div class=\"meta\">Enhetschef Kontakt Rosvalla</div><div class=\"description\">lina.forsberg@rosvalla.example</div></div></div>"),
    },
})

# ------------------------------------------------------------------ 9956 Tegelby (silverstripe) 4
SITES.append({
    "code": "9956", "kommun": "Tegelby", "gen": "Tegelby", "ort": "Tegelby", "slug": "tegelby",
    "lan_kod": "12", "lan": "Skåne län", "fam": "silverstripe",
    "footer": foot("Stadshuset, Torget 1, 999 52 Tegelby", "040-628 04 00", "tegelby.kommun@tegelby.example", "212000-9956"),
    "menu": menu(extra_top=[("Kontakt", "/kontakt/")]),
    "robots": ("# Tegelby kommun släpper bara in robotar som vi har godkänt.\nUser-agent: *\nDisallow: /\n\n"
               "User-agent: servicekoll\nAllow: /\nDisallow: /admin/\n\nSitemap: __ORIGIN__/sitemap.xml\n"),
    "search": {"path": "/sok/", "param": "Search", "hits": {"kundtjänst": ["/kontakt/"]}},
    "hero": ("<div class=\"hero-text\"><h2>Tegelby bygger framtiden</h2><p>Nya bostäder vid Lergravsparken, en ny "
             "simhall och fler förskoleplatser.</p>" + shortcuts([("Läs om Lergravsparken", "/bygga-bo-och-miljo/detaljplaner/"),
                                                                   ("Simhallen", "/kultur-och-fritid/badhus/")]) + "</div>"),
    "news": [],
    "extra_pages": {
        "/kontakt/": ("kontakt.html", "Kontakt - Tegelby kommun", crumbs(("Kontakt", None))
            + "<h1>Så når du kommunen</h1><p class=\"lead\">Här hittar du vägarna in till Tegelby kommun. Välj det som "
            "passar ditt ärende.</p>"
            "<h2>Kommunens kundtjänst</h2><p>Kundtjänsten svarar på frågor om skolskjuts, avgifter i äldreomsorgen, "
            "parkeringstillstånd och felanmälan av gator och belysning. Kan vi inte svara direkt tar vi reda på vem som "
            "kan.</p><p>Ring oss på 040-628 04 00 – det är samma nummer som till växeln. Välj 1 för kundtjänsten.</p>"
            "<p>Besök oss i Stadshuset, Torget 1, 999 52 Tegelby.</p>"
            "<h2>Synpunkter och klagomål</h2><p>Lämna synpunkter i <a href=\"/kommun-och-politik/synpunkter-och-klagomal/\">"
            "e-tjänsten</a>. En handläggare återkommer inom tio arbetsdagar.</p>"
            "<h2>Press</h2><p>Journalister når kommunikationsavdelningen via växeln.</p>"
            "<h2>Allmänna handlingar</h2><p>Begär ut handlingar hos registraturen.</p>"
            "<p class=\"ansvar\">Kommundirektör Björn Sand är ytterst ansvarig för kommunens förvaltning.</p>"
            "<p class=\"sidinfo\">Sidansvarig: Emma Holm</p>"),
    },
})

# ------------------------------------------------------------------ 9957 Ödeshult (ember) 2
SITES.append({
    "code": "9957", "kommun": "Ödeshult", "gen": "Ödeshults", "ort": "Ödeshult", "slug": "odeshult",
    "lan_kod": "01", "lan": "Stockholms län", "fam": "ember", "front_ct": "text/html;charset=UTF-8",
    "footer": foot("Kommunhuset, Bruksgatan 9, 999 71 Ödeshult", "08-465 004 50", "kommunen@odeshult.example", "212000-9957"),
    "menu": menu(), "topbar_extra": [("Kontakta oss", "#kontakt")], "robots": STD_ROBOTS,
    "search": {"path": "/sok/", "param": "fraga", "hits": {}},
    "footer_extra": ("<div class=\"site-foot__col site-foot__contact\" id=\"kontakt\"><h2 class=\"site-foot__h\">Kontaktcenter</h2>"
                     "<p>Vi finns här för dig – hör av dig om du undrar något!</p><p>Telefon 08-465 004 70</p>"
                     "<p>E-post kontaktcenter@odeshult.example</p></div>"),
    "hero": ("<div class=\"hero__inner\"><h1 class=\"hero__title\">Välkommen till Ödeshult</h1><p>Bruksorten vid sjön – "
             "med historia, natur och nya idéer.</p><div class=\"hero__links\">"
             + shortcuts([("Förskola och skola", "/barn-och-utbildning/"), ("Bygga och bo", "/bygga-bo-och-miljo/"),
                          ("Uppleva och göra", "/kultur-och-fritid/")], "ember-view hero__link") + "</div></div>"),
    "news": [],
})

# ------------------------------------------------------------------ 9958 Grimsåker (blazor) 2
SITES.append({
    "code": "9958", "kommun": "Grimsåker", "gen": "Grimsåkers", "ort": "Grimsåker", "slug": "grimsaker",
    "lan_kod": "12", "lan": "Skåne län", "fam": "blazor",
    "footer": foot("Rådhuset, Kvarngatan 2, 999 81 Grimsåker", "040-628 04 60", "kommun@grimsaker.example", "212000-9958"),
    "menu": menu(), "robots": "User-agent: *\nDisallow: /_framework/\nSitemap: __ORIGIN__/sitemap.xml\n",
    "search": {"path": "/sok", "param": "q", "hits": {"kundtjänst": ["/kundtjanst/"], "förskola": ["/barn-och-utbildning/"],
                                                      "bygglov": ["/bygga-bo-och-miljo/"]}},
    "search_extra": ("<p class=\"popular-searches\">Populära sökningar: <a href=\"/sok?q=F%C3%B6rskola\">Förskola</a> "
                     "<a href=\"/sok?q=Bygglov\">Bygglov</a> <a href=\"/sok?q=Kundtj%C3%A4nst\">Kundtjänst</a> "
                     "<a href=\"/sok?q=Lediga+jobb\">Lediga jobb</a></p>"),
    "hero": ("<h1>Grimsåker växer</h1><p>Nya bostadsområden, en ny skola i Västra och snabbare tåg till Malmö – här "
             "berättar vi om allt som händer.</p>" + shortcuts([("Bostäder i Västra", "/bygga-bo-och-miljo/detaljplaner/"),
                                                                 ("Ny skola", "/barn-och-utbildning/grundskola/")], "btn btn-light")),
    "news": [],
    "extra_pages": {
        "/kundtjanst/": ("kundtjanst.html", "Kundtjänst – Grimsåkers kommun", crumbs(("Kundtjänst", None))
            + "<h1>Kundtjänst</h1><p class=\"lead\">Kundtjänsten svarar på frågor om kommunens service. Vi tar emot dina "
            "frågor och ser till att de hamnar hos rätt person.</p><p>Skriv till oss i "
            "<a href=\"/kundtjanst/kontaktformular/\">kontaktformuläret</a> eller <a href=\"#\" class=\"chat-start\">starta en "
            "chatt</a> vardagar 9–15.</p><p>Kundtjänsten tillhör kommunledningskontoret, som leds av kommundirektör Eva "
            "Strand.</p><p>Våra servicehandläggare Omar Said och Nora Lind svarar på dina meddelanden.</p>"),
        "/kundtjanst/kontaktformular/": ("kontaktformular.html", "Kontaktformulär – Grimsåkers kommun",
            crumbs(("Kundtjänst", "/kundtjanst/"), ("Kontaktformulär", None))
            + "<h1>Kontaktformulär</h1><form method=\"post\" action=\"/kundtjanst/kontaktformular/\"><label for=\"n\">Namn</label>"
            "<input id=\"n\" name=\"namn\"><label for=\"e\">E-post</label><input id=\"e\" name=\"epost\" type=\"email\">"
            "<label for=\"m\">Meddelande</label><textarea id=\"m\" name=\"meddelande\"></textarea><button>Skicka</button></form>"),
    },
})

# ------------------------------------------------------------------ 9959 Backavik (minima) 1
SITES.append({
    "code": "9959", "kommun": "Backavik", "gen": "Backaviks", "ort": "Backavik", "slug": "backavik",
    "lan_kod": "25", "lan": "Norrbottens län", "fam": "minima",
    "footer": foot("Torghuset, Storgatan 8, 999 91 Backavik", "0980-319 270", "backavik@backavik.example", "212000-9959"),
    "menu": menu(), "robots": STD_ROBOTS,
    "header_extra": "<a class=\"header-contact\" href=\"/kontakta-oss/\">Kontakta oss</a>",
    "search": {"path": "/sok/", "param": "q", "hits": {"medborgarkontoret": ["/medborgarkontoret/"],
                                                       "medborgarkontor": ["/medborgarkontoret/"]}},
    "area_extra": {"kommun-och-politik": "<p>Läs mer om hur kommunen är <a href=\"/kommun-och-politik/enheter-och-chefer/\">"
                                         "organiserad och vem som leder vad</a>.</p>"},
    "hero": ("<h1>Backavik – där älven möter havet</h1><p>Midnattssol, skoterleder och en stark gemenskap.</p>"
             + shortcuts([("Turistinformation", "/naringsliv-och-arbete/turism/"), ("Skoterleder", "/kultur-och-fritid/friluftsliv/")], "hero-link")),
    "news": [],
    "extra_pages": {
        "/kontakta-oss/": ("kontakta-oss.html", "Kontakta oss - Backaviks kommun", crumbs(("Kontakta oss", None))
            + "<h1>Kontakta oss</h1><p>Välj hur du vill komma i kontakt med oss.</p><div class=\"cards\">"
            "<a class=\"card\" href=\"/medborgarkontoret/\"><h2>Medborgarkontoret</h2><p>Personlig service i Torghuset</p></a>"
            "<a class=\"card\" href=\"/kontakta-oss/vaxeln/\"><h2>Växeln</h2><p>0980-319 270</p></a>"
            "<a class=\"card\" href=\"/kommun-och-politik/synpunkter-och-klagomal/\"><h2>Synpunkter och felanmälan</h2><p>Tyck till</p></a>"
            "<a class=\"card\" href=\"/kontakta-oss/press/\"><h2>Press och media</h2><p>För journalister</p></a></div>"),
        "/medborgarkontoret/": ("medborgarkontoret.html", "Medborgarkontoret - Backaviks kommun",
            crumbs(("Kontakta oss", "/kontakta-oss/"), ("Medborgarkontoret", None))
            + "<h1>Medborgarkontoret</h1><p class=\"lead\">Välkommen till Medborgarkontoret! Vi finns här för dig som bor i "
            "eller besöker Backavik.</p><p>Hör av dig om du undrar något – stort som smått. Du är alltid välkommen att "
            "titta in.</p><h2>Öppettider</h2><p>Måndag–torsdag 9–16, fredag 9–14</p><h2>Här finns vi</h2>"
            "<p>Torghuset, Storgatan 8, Backavik</p><p>Telefon 0980-319 275</p><p>I receptionen möter du våra "
            "kommunvägledare Jonas Berg och Fatima Ali.</p><p class=\"meta\">Sidansvarig: Hanna Strid</p>"),
        "/kommun-och-politik/enheter-och-chefer/": ("enheter-och-chefer.html", "Enheter och chefer - Backaviks kommun",
            crumbs(("Kommun och politik", "/kommun-och-politik/"), ("Enheter och chefer", None))
            + "<h1>Enheter och chefer</h1><p>Så här är kommunens förvaltning organiserad.</p><ul class=\"org\">"
            "<li>Kommundirektör – Lars Nyberg</li><li>Ekonomienheten – ekonomichef Britt Sund</li>"
            "<li>Medborgarkontoret – enhetschef Per Alm</li><li>Kost och städ – enhetschef Mona Lax</li>"
            "<li>IT-enheten – IT-chef Dan Ek</li></ul>"),
    },
})

# ------------------------------------------------------------------ 9960 Snöhamra (polopoly) 0
SITES.append({
    "code": "9960", "kommun": "Snöhamra", "gen": "Snöhamra", "ort": "Snöhamra", "slug": "snohamra",
    "lan_kod": "14", "lan": "Västra Götalands län", "fam": "polopoly",
    "footer": foot("Kommunhuset, Hamngatan 1, 999 95 Snöhamra", "031-390 06 80", "info@snohamra.example", "212000-9960"),
    "menu": menu(extra_top=[("Snöhamra Bostäder – kundcenter", "/snohamra-bostader-kundcenter/")]),
    "topbar_extra": [("Kontakt", "/kontakt/")], "robots": STD_ROBOTS,
    "search": {"path": "/sok/", "param": "q", "hits": {"kundcenter": ["/snohamra-bostader-kundcenter/"]}},
    "front_head": ("<meta name=\"description\" content=\"Snöhamra kommuns kontaktcenter hjälper dig med dina frågor om kommunen.\">\n"
                   "<meta name=\"keywords\" content=\"kontaktcenter, kundtjänst, medborgarservice, Snöhamra\">\n"
                   "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"GovernmentOrganization\","
                   "\"name\":\"Snöhamra kommun\",\"contactPoint\":{\"@type\":\"ContactPoint\",\"name\":\"Kontaktcenter\","
                   "\"telephone\":\"+46313900680\",\"contactType\":\"customer service\"}}</script>\n"),
    "body_end": ("<!-- Puff \"Kontaktcenter – vi svarar på dina frågor\" avpublicerad 2026-05-12, projektet pausat -->\n"
                 "<div class=\"p_tracking\" data-analytics-area=\"kontaktcenter\"></div>\n"
                 "<script>window.chatConfig={enabled:false,title:\"Chatta med Kontaktcenter\",queue:\"kontaktcenter\"};</script>\n"),
    "hero": ("<h1>Snöhamra – året runt</h1><p>Fjäll, sjöar och ett levande föreningsliv.</p><div class=\"p_heroCards\">"
             "<a class=\"p_heroCard\" href=\"/nyheter/region-sjukresor/\">Region Norrhavs kundtjänst för sjukresor får nytt telefonnummer</a> "
             "<a class=\"p_heroCard\" href=\"/jobb/\">Sommarjobb 2027</a> "
             "<a class=\"p_heroCard\" href=\"/bygga-bo-och-miljo/detaljplaner/\">Översiktsplanen – tyck till</a></div>"),
    "news": [("Försäkringskassans kundcenter stänger i Snöhamra", "/nyheter/forsakringskassan/",
              "Myndigheten flyttar sin personliga service till Statens servicecenter i Kronvik.", "2026-11-27")],
    "extra_pages": {
        "/nyheter/forsakringskassan/": ("nyhet-fk.html", "Försäkringskassans kundcenter stänger i Snöhamra", news_page(
            "Försäkringskassans kundcenter stänger i Snöhamra", "2026-11-27",
            "<p>Försäkringskassan har beslutat att stänga sitt kundcenter på Hamngatan den 31 januari. Besökare hänvisas "
            "till Statens servicecenter i Kronvik eller till Försäkringskassans kundtjänst på telefon.</p><p>Kommunen "
            "har framfört att beslutet drabbar äldre och personer utan e-legitimation.</p>")),
        "/nyheter/region-sjukresor/": ("nyhet-region.html", "Region Norrhavs kundtjänst för sjukresor får nytt telefonnummer", news_page(
            "Region Norrhavs kundtjänst för sjukresor får nytt telefonnummer", "2026-11-20",
            "<p>Från den 1 december når du Region Norrhavs kundtjänst för sjukresor på ett nytt nummer. Sjukresor är "
            "regionens ansvar; kommunen kan inte boka resor åt dig.</p>")),
        "/snohamra-bostader-kundcenter/": ("bostader.html", "Snöhamra Bostäder – kundcenter", crumbs(("Snöhamra Bostäder", None))
            + "<h1>Snöhamra Bostäder – kundcenter</h1><p>Snöhamra Bostäder AB är kommunens bostadsbolag med 1 800 "
            "lägenheter. På vårt kundcenter får du hjälp med felanmälan i lägenheten, frågor om hyran, bostadskön och "
            "parkeringsplatser.</p><p>Telefon 031-390 06 85, e-post kundcenter@snohamrabostader.example. Öppet vardagar "
            "8–16 på Hamngatan 5.</p><p>Kundcenterchef: Olle Rask</p>"),
        "/kontakt/": ("kontakt.html", "Kontakt - Snöhamra kommun", crumbs(("Kontakt", None))
            + "<h1>Kontakt</h1><p>Vi finns här för dig. Ring växeln på 031-390 06 80 vardagar 8–16 eller skicka e-post "
            "till info@snohamra.example.</p><p>Postadress: Snöhamra kommun, Hamngatan 1, 999 95 Snöhamra.</p>"),
    },
})

# ------------------------------------------------------------------ 9962 Korpebo (grav) blocked
SITES.append({
    "code": "9962", "kommun": "Korpebo", "gen": "Korpebo", "ort": "Korpebo", "slug": "korpebo",
    "lan_kod": "12", "lan": "Skåne län", "fam": "grav",
    "footer": foot("Kommunhuset, Ringvägen 3, 999 99 Korpebo", "040-628 04 80", "kommun@korpebo.example", "212000-9962"),
    "menu": menu(extra_top=[("Medborgarkontor", "/medborgarkontor/")]),
    "robots": ("User-agent: *\nDisallow: /user/\nDisallow: /sok/\nSitemap: __ORIGIN__/sitemap.xml\n\n"
               "# Forskningsroboten belastade servern vid driftsättningen 2026\nUser-agent: servicekoll\nDisallow: /\n"),
    "search": {"path": "/sok/", "param": "q", "hits": {}},
    "hero": "<h1>Välkommen till Korpebo</h1><p>Slätten, åsen och havet – allt inom en mil.</p>",
    "news": [],
    "extra_pages": {
        "/medborgarkontor/": ("medborgarkontor.html", "Medborgarkontor - Korpebo kommun", crumbs(("Medborgarkontor", None))
            + "<h1>Medborgarkontor</h1><p>Medborgarkontoret hjälper dig med frågor om bygglov, förskola, hemtjänst och "
            "avfall.</p><p>Telefon 040-628 04 85, e-post medborgarkontor@korpebo.example, öppet vardagar 8–16.</p>"
            "<p>Enhetschef för medborgarkontoret: Sofia Brand.</p>"),
    },
})


# ------------------------------------------------------------------ 9961 Furuvalla (script-built front page)
FURUVALLA = {
    "code": "9961", "kommun": "Furuvalla", "gen": "Furuvalla", "ort": "Furuvalla", "slug": "furuvalla",
    "lan_kod": "20", "lan": "Dalarnas län", "fam": "grav",
    "footer": foot("Kommunhuset, Furuvägen 10, 999 05 Furuvalla", "08-465 004 80", "kommun@furuvalla.example", "212000-9961"),
    "menu": menu(extra_top=[("Kontaktcenter", "/kontaktcenter/")]), "robots": STD_ROBOTS,
    "search": {"path": "/sok/", "param": "q", "hits": {"kontaktcenter": ["/kontaktcenter/"]}},
    "hero": "<h1>Välkommen till Furuvalla</h1>", "news": [],
    "extra_pages": {
        "/kontaktcenter/": ("kontaktcenter.html", "Kontaktcenter - Furuvalla kommun", crumbs(("Kontaktcenter", None))
            + "<h1>Kontaktcenter</h1><p>Kontaktcenter svarar på frågor om förskola, skola, hemtjänst, avfall och "
            "bygglov.</p><p>Telefon 08-465 004 85, e-post kontaktcenter@furuvalla.example. Telefontid vardagar 8–16.</p>"
            "<p>Ansvarig för Kontaktcenter: Elin Granath, enhetschef.</p>"),
    },
}
SITES.append(FURUVALLA)

SPA_SHELL = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Furuvalla kommun</title>
<link rel="canonical" href="__ORIGIN__/">
<style>body{font-family:system-ui,sans-serif;margin:0}.app-loading{padding:4rem;text-align:center;color:#555}
#app header{background:#0b4a3b;color:#fff}#app nav ul{display:flex;gap:1rem;list-style:none}#app nav ul ul{display:none}</style>
</head>
<body>
<div id="app"><div class="app-loading" role="status">Sidan laddas …</div></div>
<noscript><p>För att använda webbplatsen behöver du aktivera JavaScript i din webbläsare.</p></noscript>
<script type="application/json" id="site-data">__DATA__</script>
<script>
(function () {
  var data = JSON.parse(document.getElementById('site-data').textContent);
  function el(tag, attrs, kids) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    (kids || []).forEach(function (c) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  function link(i) { return el('a', {href: i.href}, [i.label]); }
  var app = document.getElementById('app');
  app.innerHTML = '';
  var top = el('div', {'class': 'topbar'}, data.topbar.map(link));
  var nav = el('nav', {'aria-label': 'Huvudmeny'}, [el('ul', {}, data.menu.map(function (m) {
    var li = el('li', {}, [link(m)]);
    if (m.subs && m.subs.length) { li.appendChild(el('ul', {}, m.subs.map(function (s) { return el('li', {}, [link(s)]); }))); }
    return li;
  }))]);
  var header = el('header', {}, [top, el('a', {href: '/', 'class': 'logo'}, [data.name]),
    el('form', {action: '/sok/', method: 'get', role: 'search'}, [el('input', {type: 'search', name: 'q', 'aria-label': 'Sök'})]), nav]);
  var main = el('main', {}, [el('h1', {}, [data.hero.title]), el('p', {}, [data.hero.text]),
    el('section', {'class': 'news'}, [el('h2', {}, ['Nyheter'])].concat(data.news.map(function (n) { return el('p', {}, [link(n)]); })))]);
  var footer = el('footer', {}, data.footer.map(function (t) { return el('p', {}, [t]); })
    .concat(data.footerLinks.map(link)));
  app.appendChild(header); app.appendChild(main); app.appendChild(footer);
})();
</script>
</body>
</html>
"""


def build_spa(root: Path) -> None:
    """Overwrite 9961's front page with a shell whose inline script builds header, menu, main and footer."""
    s = FURUVALLA
    data = {
        "name": "Furuvalla kommun",
        "topbar": [{"label": "Lyssna", "href": "#lyssna"}, {"label": "Lättläst", "href": "/lattlast/"},
                   {"label": "Other languages", "href": "/languages/"}],
        "menu": [{"label": m["label"], "href": m["href"], "subs": [{"label": t, "href": h} for t, h in m["subs"]]}
                 for m in s["menu"]],
        "hero": {"title": "Välkommen till Furuvalla", "text": "Skogen, sjöarna och gemenskapen – det är Furuvalla."},
        "news": [{"label": "Budget för 2027 är antagen", "href": "/nyheter/budget-2027/"},
                 {"label": "Ny förskola byggs i Norra Hagen", "href": "/nyheter/ny-forskola/"}],
        "footer": ["Furuvalla kommun", s["footer"]["address"], "Växel: " + s["footer"]["phone"],
                   "E-post: " + s["footer"]["email"], "Organisationsnummer: " + s["footer"]["orgnr"]],
        "footerLinks": [{"label": "Tillgänglighetsredogörelse", "href": "/tillganglighet/"}, {"label": "Om kakor", "href": "/kakor/"}],
    }
    txt = SPA_SHELL.replace("__DATA__", json.dumps(data, ensure_ascii=False).replace("</", "<\\/"))
    (root / "9961" / "index.html").write_text(txt, encoding="utf-8")


__all__ = ["AREAS", "SITES", "build_spa"]
