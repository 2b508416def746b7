"""Site data for tests/blind9 (real municipality names, everything else invented)."""
from __future__ import annotations


def footer(post, visit, tel, mail, org):
    href = "+46" + tel.split("-")[0][1:] + tel.split("-")[1].replace(" ", "")
    return {"post": post, "visit": visit, "tel": tel, "tel_href": href, "mail": mail, "org": org}


def filler_news(town: str, gen: str) -> list[dict]:
    return [
        {"title": f"Budgeten för 2027 klubbad i {town}", "path": "/nyheter/budget-2027/", "date": "2026-11-25",
         "lead": "Fullmäktige antog budgeten efter en lång debatt. Skattesatsen ligger kvar.",
         "body": [f"Kommunfullmäktige i {town} sammanträdde i måndags och antog budgeten för 2027 med rösterna 27 mot 22.",
                  "Mest pengar går som vanligt till skola och äldreomsorg. Investeringsbudgeten domineras av två nya "
                  "förskolor och en upprustning av reningsverket.",
                  "Protokollet justeras inom två veckor och publiceras sedan under Kommun och politik."]},
        {"title": "Nu kan du söka pengar till ditt kulturprojekt", "path": "/nyheter/kulturstod/", "date": "2026-11-12",
         "lead": "Föreningar och enskilda kulturutövare kan söka projektstöd fram till 31 januari.",
         "body": [f"{gen} kultur- och fritidsnämnd delar ut projektstöd två gånger per år. Stödet ska göra det lättare att "
                  "genomföra kulturarrangemang som riktar sig till barn och unga eller som sker utanför centralorten.",
                  "Ansökan görs i e-tjänsten. Beslut fattas i mars."]},
    ]


def base_ao(extra=()):
    links = [("/barn-och-utbildning/", "Barn och utbildning"), ("/bygga-bo-och-miljo/", "Bygga, bo och miljö"),
             ("/kommun-och-politik/", "Kommun och politik"), ("/kultur-och-fritid/", "Kultur och fritid"),
             ("/nyheter/", "Nyheter"), ("/omsorg-och-stod/", "Omsorg och stöd"), ("/tillganglighet/", "Tillgänglighetsredogörelse"),
             ("/trafik-och-infrastruktur/", "Trafik och infrastruktur"), ("/naringsliv-och-arbete/", "Näringsliv och arbete"),
             ("/a-o/servicegarantier/", "Servicegarantier"), ("/omsorg-och-stod/fardtjanst/", "Färdtjänst och riksfärdtjänst"),
             ("/kommun-och-politik/synpunkter-och-klagomal/", "Synpunkter och klagomål")]
    return sorted([*links, *extra], key=lambda x: x[1])


def crumb(*parts):
    inner = " › ".join(f"<a href=\"{h}\">{t}</a>" if h else t for h, t in parts)
    return f"<nav class=\"breadcrumb\" aria-label=\"Du är här\"><a href=\"/\">Startsida</a> › {inner}</nav>"


SITES: list[dict] = []

# ------------------------------------------------------------------ 9971 Upplands Väsby
SITES.append({
    "code": "9971", "kommun": "Upplands Väsby", "lan_kod": "01", "lan": "Stockholms län", "skin": "envision",
    "name": "Upplands Väsby kommun", "sep": " - ",
    "footer": footer("Upplands Väsby kommun, 999 80 Upplands Väsby", "Dragonvägen 99, Messingen",
                     "08-465 004 00", "kommunen@vasby-kommun.example", "212000-9990"),
    "hero_h1": "Välkommen till Upplands Väsby",
    "hero_p": "Här hittar du allt från förskoleköer till fritidsgårdar, och kan följa vad som händer i Väsby just nu.",
    "shortcuts": [("/barn-och-utbildning/", "Söka förskola"), ("/bygga-bo-och-miljo/", "Sophämtning"),
                  ("/omsorg-och-stod/", "Stöd och omsorg"), ("/naringsliv-och-arbete/", "Lediga jobb")],
    "hero_box": ("<div class=\"env-card hero-contact\" role=\"region\" aria-labelledby=\"kc-rubrik\">"
                 "<h2 id=\"kc-rubrik\">Upplands Väsbys kontaktcenter</h2><p>Ring, mejla eller chatta – vi svarar på "
                 "det mesta direkt.</p><a class=\"env-button\" href=\"/kontaktcenter/\">Så når du oss</a></div>"),
    "news": [
        {"title": "Sigtuna kommuns kontaktcenter byter telefonnummer", "path": "/nyheter/sigtuna-byter-nummer/",
         "date": "2026-11-28", "lead": "Bor du i Väsby men har ärenden i Märsta? Vår grannkommun har fått ett nytt nummer.",
         "body": ["Sigtuna kommuns kontaktcenter, som tar emot frågor från Sigtunas invånare, har fått ett nytt "
                  "telefonnummer från och med 1 december. Det gäller bland annat dig som har barn i skola i Märsta.",
                  "Kontaktcenterchef Petra Ålund i Sigtuna säger att det gamla numret kopplas vidare året ut.",
                  "Frågor som gäller Upplands Väsby besvarar vi som vanligt själva – se <a href=\"/kontaktcenter/\">"
                  "Upplands Väsbys kontaktcenter</a>."]},
        *filler_news("Upplands Väsby", "Upplands Väsbys"),
        {"title": "Ny gång- och cykelbro över Edsån", "path": "/nyheter/cykelbro-edsan/", "date": "2026-10-30",
         "lead": "Bron mellan Vilunda och Runby öppnar för trafik i slutet av december.",
         "body": ["Den nya bron ersätter den gamla träbron från 1970-talet. Under de sista veckorna målas räcken och "
                  "belysningen monteras."]},
    ],
    "jobs": "Just nu söker vi bland annat förskollärare, undersköterskor och en planarkitekt.",
    "area_lead": "Information och e-tjänster inom {area} för dig som bor i Upplands Väsby.",
    "ao_links": base_ao([("/kontaktcenter/", "Kontaktcenter")]),
    "pages": {
        "/kontaktcenter/": ("kontaktcenter.html", "Upplands Väsbys kontaktcenter",
            crumb(("/kommun-och-politik/", "Kommun och politik"), ("", "Kontaktcenter"))
            + "<h1>Upplands Väsbys kontaktcenter</h1><p class=\"ingress\">Kontaktcenter är din första kontakt med "
              "kommunen. Vi som arbetar här kan svara direkt på de flesta frågor, och om vi inte kan det ser vi till att "
              "rätt handläggare hör av sig till dig.</p><h2>Det här kan vi hjälpa dig med</h2><ul>"
              "<li>köplats och placering i förskola och fritidshem</li><li>sophämtning, slamtömning och abonnemang för "
              "vatten</li><li>bygglov: var din ansökan befinner sig och vilka handlingar som saknas</li>"
              "<li>parkeringstillstånd och felanmälan av gator och belysning</li></ul>"
              "<h2>Så når du oss</h2><p>Telefon: <a href=\"tel:+46846500410\">08-465 004 10</a><br>"
              "E-post: <a href=\"mailto:kontaktcenter@vasby-kommun.example\">kontaktcenter@vasby-kommun.example</a></p>"
              "<table class=\"env-table\"><caption>Telefontider</caption><tr><th>Måndag–torsdag</th><td>8.00–17.00</td></tr>"
              "<tr><th>Fredag</th><td>8.00–15.00</td></tr><tr><th>Lunch</th><td>stängt 12.00–12.30</td></tr></table>"
              "<h2>Bor du nära kommungränsen?</h2><p>Gäller ditt ärende Sigtuna kommun, till exempel en skolplats i Märsta, "
              "vänder du dig till Sigtuna kommuns kontaktcenter. Vi kan inte se eller handlägga deras ärenden.</p>"
              "<div class=\"sv-portlet env-profile\"><p><strong>Malin Torsk</strong><br>Enhetschef för kontaktcentret</p></div>"),
    },
    "hits": {"kontaktcenter": ["/kontaktcenter/", "/nyheter/sigtuna-byter-nummer/"]},
})

# ------------------------------------------------------------------ 9972 Lilla Edet
SITES.append({
    "code": "9972", "kommun": "Lilla Edet", "lan_kod": "14", "lan": "Västra Götalands län", "skin": "wagtail",
    "name": "Lilla Edets kommun", "sep": " - ",
    "footer": footer("Lilla Edets kommun, 999 31 Lilla Edet", "Slussgatan 99", "031-390 06 00",
                     "info@lillaedet-kommun.example", "212000-9991"),
    "hero_h1": "Lilla Edet – mitt i Göta älvdalen",
    "hero_p": "Nära till Göteborg och Trollhättan, nära till naturen. Här finns nyheter och service för dig som bor i kommunen.",
    "shortcuts": [("/barn-och-utbildning/", "Förskola och skola"), ("/bygga-bo-och-miljo/", "Avfall"),
                  ("/kultur-och-fritid/", "Fritid i Lilla Edet")],
    "topbar": [("/kontakt/", "Kontakt")],
    "nav_extra": [("/kontakt-lilla-edet/", "Kontakt Lilla Edet")],
    "news": [
        *filler_news("Lilla Edet", "Lilla Edets"),
        {"title": "Slussområdet får ny belysning", "path": "/nyheter/slussbelysning/", "date": "2026-11-03",
         "lead": "Promenadstråket längs älven blir tryggare när 40 nya armaturer kommer på plats.",
         "body": ["Arbetet pågår vardagar fram till jul. Gångvägen är öppen under hela tiden men kan vara smalare på vissa ställen."]},
    ],
    "jobs": "Vi söker lärare i matematik, sjuksköterskor och en VA-ingenjör.",
    "area_lead": "Här hittar du det du behöver veta om {area} i Lilla Edets kommun.",
    "ao_links": base_ao([("/kontakt-lilla-edet/", "Kontakt Lilla Edet"), ("/kontakt/", "Kontakt")]),
    "pages": {
        "/kontakt/": ("kontakt.html", "Kontakt",
            crumb(("", "Kontakt")) + "<h1>Kontakt</h1><p class=\"ingress\">Så kommer du i kontakt med kommunen, "
            "politiker och förvaltningar.</p><div class=\"block-cards\"><div class=\"card\"><h2><a href=\"/kontakt-lilla-edet/\">"
            "Kontakt Lilla Edet</a></h2></div><div class=\"card\"><h2><a href=\"/kommun-och-politik/\">Politiker</a></h2></div>"
            "<div class=\"card\"><h2><a href=\"/kommun-och-politik/organisation/\">Förvaltningar</a></h2></div></div>"
            "<p>Kommunens växel: 031-390 06 00. Registrator: registrator@lillaedet-kommun.example</p>"),
        "/kontakt-lilla-edet/": ("kontakt-lilla-edet.html", "Kontakt Lilla Edet",
            crumb(("", "Kontakt Lilla Edet")) + "<h1>Kontakt Lilla Edet</h1><div class=\"block-paragraph rich-text\">"
            "<p>Kontakt Lilla Edet är kommunens gemensamma ingång för dig som bor, driver företag eller besöker kommunen. "
            "Vi har samlat svaren på de vanligaste frågorna hos oss, så att du slipper leta rätt på rätt förvaltning.</p>"
            "<p>Vanliga ärenden hos oss är ansökan om skolskjuts, frågor om din faktura för vatten och avfall, "
            "bokning av lokaler i Ströms slott och Folkets hus, felanmälan av gatubelysning och hjälp att fylla i "
            "e-tjänster för bygglov.</p></div><div class=\"block-contact\"><h2>Besök, ring eller chatta</h2>"
            "<p>Du hittar oss i kommunhusets entré, Slussgatan 99. Ring oss på 031-390 06 10, vardagar 8–16.</p>"
            "<button class=\"chat-launcher\" type=\"button\">Chatta med Kontakt Lilla Edet</button></div>"
            "<p>Läs mer om hur kommunen är <a href=\"/kommun-och-politik/organisation/\">organiserad</a>.</p>"),
        "/kommun-och-politik/organisation/": ("organisation.html", "Organisation",
            crumb(("/kommun-och-politik/", "Kommun och politik"), ("", "Organisation")) + "<h1>Organisation</h1>"
            "<p>Kommunens förvaltningar och enheter, och vem som leder dem.</p><table class=\"block-table\"><thead><tr><th>Enhet</th>"
            "<th>Roll</th><th>Namn</th></tr></thead><tbody><tr><td>Kommunledningskontoret</td><td>Kommundirektör</td><td>Gunnar Strid</td></tr>"
            "<tr><td>Kontakt Lilla Edet</td><td>Enhetschef</td><td>Sara Holmér</td></tr>"
            "<tr><td>Samhällsbyggnadsförvaltningen</td><td>Förvaltningschef</td><td>Leila Nasser</td></tr>"
            "<tr><td>Bildningsförvaltningen</td><td>Förvaltningschef</td><td>Tomas Grip</td></tr></tbody></table>"),
    },
    "sub_links": {("kommun-och-politik", "Organisation"): "/kommun-och-politik/organisation/"},
    "hits": {"kontakt lilla edet": ["/kontakt-lilla-edet/"]},
})

# ------------------------------------------------------------------ 9973 Upplands-Bro
SITES.append({
    "code": "9973", "kommun": "Upplands-Bro", "lan_kod": "01", "lan": "Stockholms län", "skin": "primevue",
    "name": "Upplands-Bro kommun", "sep": " | ",
    "footer": footer("Upplands-Bro kommun, 999 81 Kungsängen", "Furuhällsplan 99, Kungsängen", "08-465 004 20",
                     "kommun@upplandsbro-kommun.example", "212000-9992"),
    "hero_h1": "Upplands-Bro – Bro, Kungsängen och landsbygden",
    "hero_p": "Aktuellt från kommunen, e-tjänster och genvägar till det som efterfrågas mest.",
    "shortcuts": [("/barn-och-utbildning/", "Skolval 2027"), ("/trafik-och-infrastruktur/", "Snöröjning"),
                  ("/omsorg-och-stod/", "Färdtjänst")],
    "hero_box": ("<div class=\"p-card hero-card\"><h2>Region Stockholms kundtjänst för färdtjänst</h2><p>Beställ resor och "
                 "få svar om ditt färdtjänsttillstånd hos regionen, som ansvarar för färdtjänsten i länet.</p>"
                 "<a href=\"/omsorg-och-stod/region-stockholm-fardtjanst/\">Så kontaktar du regionen</a></div>"),
    "nav_extra": [("/kundcenter/", "Kundcenter")],
    "news": [
        *filler_news("Upplands-Bro", "Upplands-Bros"),
        {"title": "Pendelparkeringen i Bro byggs ut", "path": "/nyheter/pendelparkering-bro/", "date": "2026-11-19",
         "lead": "120 nya platser vid stationen är klara i februari.",
         "body": ["Under byggtiden är en del av parkeringen avstängd. Cykelparkeringen påverkas inte."]},
    ],
    "jobs": "Vi söker elevassistenter, en bygglovshandläggare och sommarvikarier inom omsorgen.",
    "area_lead": "Allt om {area} i Upplands-Bro samlat på ett ställe.",
    "ao_links": base_ao([("/kundcenter/", "Kundcenter")]),
    "sub_links": {("omsorg-och-stod", "Region Stockholms färdtjänst"): "/omsorg-och-stod/region-stockholm-fardtjanst/"},
    "pages": {
        "/kundcenter/": ("kundcenter.html", "Upplands-Bros kundcenter",
            crumb(("", "Kundcenter")) + "<h1>Upplands-Bros kundcenter</h1><p class=\"lead\">Kundcenter finns i "
            "kommunhuset i Kungsängen och tar emot frågor från invånare i hela Upplands-Bro.</p>"
            "<p>Hos oss kan du få hjälp med frågor om bygglov och strandskydd, anmälan om skolskjuts, avgifter för "
            "vatten och avlopp, lån av lokaler och var ditt ärende om försörjningsstöd befinner sig.</p>"
            "<p>Ring 08-465 004 30 så kopplar vi dig rätt. Övriga kontaktuppgifter till kommunen hittar du längst ned "
            "på sidan.</p><p class=\"page-meta\">Sidansvarig: Emma Lund, kommunikationsavdelningen<br>"
            "Frågor om ditt ärende besvaras av våra kommunvägledare.</p>"),
        "/omsorg-och-stod/region-stockholm-fardtjanst/": ("region-fardtjanst.html", "Region Stockholms färdtjänst",
            crumb(("/omsorg-och-stod/", "Omsorg och stöd"), ("", "Färdtjänst")) + "<h1>Färdtjänst genom Region Stockholm</h1>"
            "<p>Färdtjänsten i Stockholms län sköts av Region Stockholm. Region Stockholms kundtjänst svarar på frågor "
            "om tillstånd, resor och avgifter, och tar emot beställningar dygnet runt på 08-465 004 99.</p>"
            "<p>Kommunen handlägger inte färdtjänst, men bostadsanpassning och riksfärdtjänst söker du hos oss.</p>"),
    },
    "hits": {"kundcenter": ["/kundcenter/"]},
})

# ------------------------------------------------------------------ 9974 Malung-Sälen
SITES.append({
    "code": "9974", "kommun": "Malung-Sälen", "lan_kod": "20", "lan": "Dalarnas län", "skin": "digi",
    "name": "Malung-Sälens kommun", "sep": " – ",
    "footer": footer("Malung-Sälens kommun, 999 82 Malung", "Lisagatan 99, Malung", "0980-319 200",
                     "kommunen@malungsalen-kommun.example", "212000-9993"),
    "hero_h1": "Malung-Sälen – fjäll, älv och skog",
    "hero_p": "Säsongen har börjat i fjällen. Här hittar du kommunens service, nyheter och driftinformation.",
    "shortcuts": [("/bygga-bo-och-miljo/", "Fritidshus och avfall"), ("/trafik-och-infrastruktur/", "Vägar i fjällen"),
                  ("/kultur-och-fritid/", "Skidspår och leder")],
    "news": [
        {"title": "Malung-Sälens Vatten AB:s kundtjänst har utökade öppettider i vinter",
         "path": "/nyheter/vatten-kundtjanst-vinter/", "date": "2026-11-30",
         "lead": "Under högsäsongen svarar bolagets kundtjänst även på helger.",
         "body": ["Malung-Sälens Vatten AB, som sköter vatten, avlopp och renhållning i kommunen, har många "
                  "fritidshusägare som kunder. Därför har bolagets kundtjänst öppet lördagar 10–14 från vecka 51 till "
                  "vecka 15.", "Kundtjänsten nås på 0980-319 260. Frågor om fakturor för slamtömning går också dit."]},
        *filler_news("Malung-Sälen", "Malung-Sälens"),
    ],
    "jobs": "Vi söker säsongsanställda till fritidsverksamheten och en miljöinspektör.",
    "area_lead": "Om {area} i Malung-Sälens kommun – för dig som bor här året runt eller har fritidshus i fjällen.",
    "ao_links": base_ao(),
    "pages": {
        "/kommun-och-politik/servicecenter/": ("servicecenter.html", "Malung-Sälens servicecenter",
            crumb(("/kommun-och-politik/", "Kommun och politik"), ("", "Servicecenter")) + "<h1>Malung-Sälens servicecenter</h1>"
            "<p>Sedan december har kommunen ett gemensamt servicecenter i kommunhuset i Malung. Servicecentret ska göra det "
            "enklare för både åretruntboende och fritidshusägare att få svar.</p><h2>Vi svarar på frågor om</h2><ul>"
            "<li>fritidshus: avfall, slamtömning och eldningsförbud</li><li>skola, förskola och skolskjuts</li>"
            "<li>bygglov och anmälan om eldstad</li><li>bokning av idrottshallar och skidstadion</li></ul>"
            "<h2>Kontakt</h2><p>Telefon 0980-319 210<br>E-post servicecenter(at)malungsalen-kommun.example<br>"
            "Besöksadress: Lisagatan 99, entréplanet</p><p>Har du frågor om ett pågående ärende kan du också be att få "
            "prata med din kontaktperson på förvaltningen.</p>"),
    },
    "not_linked": ["/kommun-och-politik/servicecenter/"],
    "robots": "User-agent: *\nDisallow: /sok/\nSitemap: __ORIGIN__/sitemap.xml\n",
    "hits": {},
})

# ------------------------------------------------------------------ 9975 Dals-Ed
SITES.append({
    "code": "9975", "kommun": "Dals-Ed", "lan_kod": "14", "lan": "Västra Götalands län", "skin": "remix",
    "name": "Dals-Eds kommun", "sep": " | ",
    "footer": footer("Dals-Eds kommun, 999 84 Ed", "Storgatan 99, Ed", "031-390 06 20",
                     "kommun@dalsed-kommun.example", "212000-9994"),
    "hero_h1": "Välkommen till Dals-Ed",
    "hero_p": "Sjöar, skogar och ett levande centrum i Ed. Här finns kommunens nyheter och service.",
    "hero_box": ("<div class=\"_notice_zz1\" role=\"note\"><h2>Bengtsfors kommuns kontaktcenter svarar i vår växel i jul</h2>"
                 "<p>Mellan 23 december och 6 januari kopplas samtal till Dals-Eds växel till Bengtsfors kommuns "
                 "kontaktcenter, som vi samarbetar med under helgerna.</p></div>"),
    "shortcuts": [("/barn-och-utbildning/", "Barnomsorg"), ("/bygga-bo-och-miljo/", "Sophämtning"),
                  ("/kommun-och-politik/", "Kommun och politik")],
    "news": [*filler_news("Dals-Ed", "Dals-Eds"),
             {"title": "Badplatsen vid Lilla Le får ny brygga", "path": "/nyheter/brygga-lilla-le/", "date": "2026-10-21",
              "lead": "Den gamla bryggan har rivits och den nya byggs under vintern.",
              "body": ["Bryggan blir tillgänglighetsanpassad med ramp och räcke."]}],
    "jobs": "Vi söker en fritidsledare och sommarvikarier inom hemtjänsten.",
    "area_lead": "Det här gäller {area} i Dals-Eds kommun.",
    "ao_links": base_ao(),
    "area_extra": {"kommun-och-politik": (
        "<section class=\"_cards_p1\"><h2>Service och kontakt</h2><ul><li class=\"_card_p1\">"
        "<a href=\"/kommun-och-politik/medborgarservice/\"><h3>Medborgarservice</h3></a></li><li class=\"_card_p1\">"
        "<a href=\"/kommun-och-politik/synpunkter-och-klagomal/\"><h3>Synpunkter och klagomål</h3></a></li></ul></section>")},
    "pages": {
        "/kommun-och-politik/medborgarservice/": ("medborgarservice.html", "Medborgarservice",
            crumb(("/kommun-och-politik/", "Kommun och politik"), ("", "Medborgarservice")) + "<h1>Medborgarservice i Dals-Ed</h1>"
            "<p>Dals-Eds kommuns medborgarservice finns till för alla som bor eller vistas i kommunen. Vi finns här för "
            "dig – hör av dig om du undrar något!</p><p>Ring 031-390 06 25 eller skicka e-post till "
            "medborgarservice@dalsed-kommun.example.</p><p>Våra kommunvägledare tar emot dig i receptionen. "
            "Kommundirektör är Ingrid Vall.</p>"),
    },
    "hits": {"medborgarservice": ["/kommun-och-politik/medborgarservice/"]},
})

# ------------------------------------------------------------------ 9976 Borås
SITES.append({
    "code": "9976", "kommun": "Borås", "lan_kod": "14", "lan": "Västra Götalands län", "skin": "magnolia",
    "name": "Borås Stad", "sep": " - ",
    "footer": footer("Borås Stad, 999 85 Borås", "Kungsgatan 99", "031-390 06 30", "boras.stad@boras-stad.example",
                     "212000-9995"),
    "footer_extra": ("<div class=\"fcol contact-block\"><h2>Borås Stads kontaktcenter</h2><p>Frågor om stadens service? "
                     "Vi svarar vardagar.</p><a href=\"/kontaktcenter/\">Mer om kontaktcenter</a></div>"),
    "hero_h1": "Borås – textilstaden",
    "hero_p": "Nyheter, evenemang och e-tjänster från Borås Stad.",
    "shortcuts": [("/barn-och-utbildning/", "Förskola"), ("/omsorg-och-stod/", "Äldreomsorg"),
                  ("/kultur-och-fritid/", "Simhallar")],
    "hero_box": ("<div class=\"teaser-box\"><h2><a href=\"/bygga-bo-och-miljo/avfall-borasem/\">Borås Energi och Miljö kundservice</a></h2>"
                 "<p>Frågor om sophämtning, fjärrvärme och din faktura? Bolaget har egen kundservice.</p></div>"),
    "news": [
        {"title": "AB Bostäder i Borås kundcenter har nya öppettider", "path": "/nyheter/bostader-kundcenter/",
         "date": "2026-11-26", "lead": "Det kommunala bostadsbolagets kundcenter stänger tidigare på fredagar.",
         "body": ["AB Bostäder i Borås, som ägs av Borås Stad, har ändrat öppettiderna i sitt kundcenter på "
                  "Allégatan. Från 1 december stänger kundcentret klockan 14 på fredagar.",
                  "Frågor om lägenheter och bostadskö ställer du direkt till bolaget."]},
        *filler_news("Borås", "Borås Stads"),
    ],
    "jobs": "Borås Stad söker socialsekreterare, lärare och en projektledare till stadsutvecklingen.",
    "area_lead": "Borås Stad informerar om {area}.",
    "ao_links": base_ao([("/kontaktcenter/", "Kontaktcenter")]),
    "sub_links": {("bygga-bo-och-miljo", "Avfall och återvinning"): "/bygga-bo-och-miljo/avfall-borasem/"},
    "pages": {
        "/kontaktcenter/": ("kontaktcenter.html", "Borås Stads kontaktcenter",
            crumb(("", "Kontaktcenter")) + "<h1>Borås Stads kontaktcenter</h1><p class=\"ingress\">Kontaktcenter svarar "
            "när du ringer eller mejlar till Borås Stad.</p><p>Du kan vända dig till oss med frågor om förskoleplats och "
            "barnomsorgsavgifter, bygglov, parkering och boendeparkering, hemtjänst, föreningsbidrag och mycket mer. Enklare "
            "frågor löser vi direkt i samtalet.</p><ul class=\"contact-list\"><li>Telefon: <a href=\"tel:+46313900640\">031-390 06 40</a></li>"
            "<li>E-post: kontaktcenter@boras-stad.example</li></ul><table><caption>Öppettider</caption>"
            "<tr><td>Måndag–fredag</td><td>7.30–17.00</td></tr><tr><td>Dag före helgdag</td><td>7.30–13.00</td></tr></table>"
            "<p>Chef för Borås Stads kontaktcenter är Jonas Ekdahl.</p>"
            "<p>Frågor om sophämtning och fjärrvärme hänvisar vi till Borås Energi och Miljö kundservice.</p>"),
        "/bygga-bo-och-miljo/avfall-borasem/": ("avfall.html", "Avfall och återvinning",
            crumb(("/bygga-bo-och-miljo/", "Bygga, bo och miljö"), ("", "Avfall och återvinning")) + "<h1>Avfall och återvinning</h1>"
            "<p>Insamlingen av hushållsavfall i Borås sköts av det kommunala bolaget Borås Energi och Miljö AB. "
            "Borås Energi och Miljö kundservice svarar på frågor om sophämtning, kärlstorlekar och fakturor på "
            "031-390 06 90, vardagar 8–16.</p><p>Kundservicechef på bolaget är Anna Rydh.</p>"),
    },
    "hits": {"kontaktcenter": ["/kontaktcenter/"]},
})

# ------------------------------------------------------------------ 9977 Vännäs
SITES.append({
    "code": "9977", "kommun": "Vännäs", "lan_kod": "24", "lan": "Västerbottens län", "skin": "opencms",
    "name": "Vännäs kommun", "sep": " - ",
    "footer": footer("Vännäs kommun, 999 86 Vännäs", "Järnvägsgatan 99", "0980-319 230", "kommun@vannas-kommun.example",
                     "212000-9996"),
    "footer_extra": "<div class=\"fcol\"><h2>Fjärrvärme</h2><p>Vännäs Värme AB kundtjänst: 0980-319 289</p></div>",
    "hero_h1": "Vännäs – järnvägsknuten vid älven",
    "hero_p": "Nyheter och service från Vännäs kommun.",
    "shortcuts": [("/barn-och-utbildning/", "Skola"), ("/omsorg-och-stod/", "Hemtjänst"),
                  ("/trafik-och-infrastruktur/", "Snöröjning")],
    "news": [
        {"title": "Vännäs servicecenter öppnar i biblioteket", "path": "/nyheter/servicecenter-oppnar/",
         "date": "2026-11-27", "lead": "Från 7 december får kommunen en gemensam disk för frågor och ärenden.",
         "body": ["Vännäs servicecenter flyttar in i bibliotekets entré. Där kan du ställa frågor om skola, "
                  "avfall, bygglov och mycket annat.", "Servicecentret har telefon 0980-319 240 och öppet vardagar "
                  "9–16, torsdagar till 18.", "Läs mer på sidan om <a href=\"/servicecenter/\">servicecentret</a>."]},
        {"title": "Umeå kommuns kontaktcenter hjälper till med gymnasievalet", "path": "/nyheter/umea-gymnasieval/",
         "date": "2026-11-14", "lead": "Elever som söker till gymnasium i Umeå kan få svar av grannkommunen.",
         "body": ["Många ungdomar från Vännäs går gymnasiet i Umeå. Frågor om Umeås skolor besvaras av Umeå kommuns "
                  "kontaktcenter, medan frågor om busskort och inackorderingstillägg handläggs i Vännäs."]},
        *filler_news("Vännäs", "Vännäs"),
    ],
    "jobs": "Vi söker lärare, ett vikariat som ekonom och personal till hemtjänsten.",
    "area_lead": "Vännäs kommun: {area}.",
    "ao_links": base_ao(),
    "pages": {
        "/servicecenter/": ("servicecenter.html", "Vännäs servicecenter",
            crumb(("", "Servicecenter")) + "<h1>Vännäs servicecenter</h1><p>Vännäs servicecenter är kommunens gemensamma "
            "disk i bibliotekets entré. Vi svarar på frågor om skolskjuts, avfallshämtning, bygglov, "
            "föreningsbidrag och bokning av kommunens lokaler.</p><p>Du kan också lämna ett ärende i "
            "<a href=\"/e-tjanster/\">kommunens e-tjänster</a>.</p><p>Har du frågor om ett beslut i ditt ärende "
            "hänvisar vi till ansvarig handläggare.</p>"),
    },
    "hits": {"servicecenter": ["/servicecenter/", "/nyheter/servicecenter-oppnar/"]},
})

# ------------------------------------------------------------------ 9978 Höganäs
SITES.append({
    "code": "9978", "kommun": "Höganäs", "lan_kod": "12", "lan": "Skåne län", "skin": "generatepress",
    "name": "Höganäs kommun", "sep": " – ",
    "footer": footer("Höganäs kommun, 999 87 Höganäs", "Centralgatan 99", "040-628 04 00", "kommunen@hoganas-kommun.example",
                     "212000-9997"),
    "footer_extra": ("<div class=\"fcol\"><h2>Vatten och avlopp</h2><p>Höganäs Vatten AB – Kundtjänst för VA och "
                     "renhållning: 040-628 04 90</p></div>"),
    "topbar": [("/kontakta-oss/", "Kontakta oss")],
    "hero_h1": "Höganäs – på Kullahalvön",
    "hero_p": "Hav, keramik och kulturmiljöer. Nyheter och service från Höganäs kommun.",
    "shortcuts": [("/barn-och-utbildning/", "Förskola"), ("/bygga-bo-och-miljo/", "Bygglov"),
                  ("/kultur-och-fritid/", "Badplatser")],
    "hero_box": ("<div class=\"wp-block-group hero-card\"><h2><a href=\"/bygga-bo-och-miljo/hoganashem/\">Höganäshem kundcenter</a></h2>"
                 "<p>Söker du lägenhet eller vill felanmäla i din bostad? Kontakta det kommunala bostadsbolaget.</p></div>"),
    "news": [
        {"title": "Helsingborgs stads kontaktcenter tar emot frågor om Kullabanan", "path": "/nyheter/kullabanan/",
         "date": "2026-11-24", "lead": "Ombyggnaden av banan styrs från Helsingborg – så får du svar.",
         "body": ["Projektet med persontrafik på Kullabanan leds av Helsingborgs stad tillsammans med Region Skåne. "
                  "Frågor om byggtrafik och avstängningar på Helsingborgssidan tar Helsingborgs stads kontaktcenter emot.",
                  "Frågor om tåg och biljetter besvaras av Skånetrafikens kundtjänst."]},
        *filler_news("Höganäs", "Höganäs"),
    ],
    "jobs": "Höganäs kommun söker en kommunekolog, förskollärare och undersköterskor.",
    "area_lead": "Information om {area} i Höganäs kommun.",
    "ao_links": base_ao([("/kontakta-oss/", "Kontakta oss")]),
    "sub_links": {("bygga-bo-och-miljo", "Bostäder och Höganäshem"): "/bygga-bo-och-miljo/hoganashem/"},
    "pages": {
        "/kontakta-oss/": ("kontakta-oss.html", "Kontakta oss",
            crumb(("", "Kontakta oss")) + "<h1>Kontakta oss</h1><p>Du når alla kommunens verksamheter via växeln på "
            "040-628 04 00, vardagar 8–16.30. Skriftliga ärenden skickar du till kommunen@hoganas-kommun.example.</p>"
            "<p>Postadress: Höganäs kommun, 999 87 Höganäs. Registrator tar emot handlingar som ska diarieföras.</p>"),
        "/bygga-bo-och-miljo/hoganashem/": ("hoganashem.html", "Höganäshem",
            crumb(("/bygga-bo-och-miljo/", "Bygga, bo och miljö"), ("", "Höganäshem")) + "<h1>Höganäshem kundcenter</h1>"
            "<p>Höganäshem är kommunens bostadsbolag med drygt 2 000 lägenheter. I kundcentret får hyresgäster och "
            "bostadssökande hjälp med bostadskö, hyresavtal, felanmälan och parkeringsplatser.</p>"
            "<p>Telefon 040-628 04 80, e-post kundcenter@hoganashem.example. Öppet vardagar 9–15.</p>"
            "<p>Kundcenterchef: Fredrik Alm.</p>"),
    },
    "hits": {"kundcenter": ["/bygga-bo-och-miljo/hoganashem/"]},
})

# ------------------------------------------------------------------ 9979 Göteborg
SITES.append({
    "code": "9979", "kommun": "Göteborg", "lan_kod": "14", "lan": "Västra Götalands län", "skin": "alpine",
    "name": "Göteborgs Stad", "sep": " - ",
    "footer": footer("Göteborgs Stad, 999 88 Göteborg", "Gustaf Adolfs torg 99", "031-390 06 50",
                     "goteborgs.stad@goteborgs-stad.example", "212000-9998"),
    "footer_extra": ("<div class=\"fcol\"><h2>Vatten och avfall</h2><p>Kretslopp och vattens kundservice svarar på frågor "
                     "om sophämtning och VA-abonnemang: 031-390 06 95.</p></div>"),
    "nav_extra": [("/kontakta-oss", "Kontakta oss")],
    "hero_h1": "Göteborgs Stad",
    "hero_p": "Här finns stadens service, e-tjänster och nyheter för dig som bor och verkar i Göteborg.",
    "shortcuts": [("/barn-och-utbildning/", "Förskola"), ("/trafik-och-infrastruktur/", "Parkering"),
                  ("/bygga-bo-och-miljo/", "Bygglov")],
    "hero_box": ("<div class=\"rounded-xl bg-amber-100 p-4\"><h2>Göteborg Energi kundservice</h2><p>Strömavbrott eller "
                 "frågor om fjärrvärme? Kontakta Göteborg Energi, stadens energibolag.</p></div>"),
    "news": [
        {"title": "Västtrafiks kundtjänst flyttar från Centralstationen", "path": "/nyheter/vasttrafik-kundtjanst/",
         "date": "2026-11-20", "lead": "Regionens kollektivtrafikbolag samlar sin service i Nils Ericson-terminalen.",
         "body": ["Västtrafik, som ägs av Västra Götalandsregionen, flyttar sin kundtjänst i januari.",
                  "Frågor om busskort för skolelever ställer du fortfarande till din skola."]},
        *filler_news("Göteborg", "Göteborgs Stads"),
    ],
    "jobs": "Göteborgs Stad söker just nu 300 medarbetare, bland annat lärare, socionomer och ingenjörer.",
    "area_lead": "Göteborgs Stad om {area}.",
    "ao_links": base_ao([("/kontaktcenter/", "Kontaktcenter")]),
    "redirects": {"/kontakta-oss": ["/kontaktcenter/", 301]},
    "pages": {
        "/kontaktcenter/": ("kontaktcenter.html", "Göteborgs Stads kontaktcenter",
            crumb(("", "Kontakta oss")) + "<h1>Göteborgs Stads kontaktcenter</h1><p class=\"text-lg\">När du ringer eller "
            "mejlar Göteborgs Stad kommer du till kontaktcenter. Vi tar emot frågor om allt som staden ansvarar för, "
            "till exempel ansökan om förskoleplats, ekonomiskt bistånd, felanmälan av gator och parker och "
            "bygglovsärenden.</p><div class=\"grid md:grid-cols-3 gap-4\"><div><h2>Ring</h2><p>031-390 06 60<br>"
            "Vardagar 8–18</p></div><div><h2>Chatta</h2><button type=\"button\" class=\"chat-open\">Starta chatten</button></div>"
            "<div><h2>Skriv till oss</h2><a href=\"/kontaktcenter/formular/\">Kontaktformulär</a></div></div>"
            "<p>Kontaktcenter är en del av stadsledningskontoret. Stadsdirektör är Lars Hamre.</p>"
            "<p class=\"text-sm\">Sidan uppdaterades av webbredaktionen 2026-10-02.</p>"),
        "/kontaktcenter/formular/": ("formular.html", "Kontaktformulär",
            crumb(("/kontaktcenter/", "Kontaktcenter"), ("", "Kontaktformulär")) + "<h1>Skriv till Göteborgs Stad</h1>"
            "<form method=\"post\" action=\"/kontaktcenter/formular/skicka\"><label>Ditt namn <input name=\"namn\"></label>"
            "<label>E-post <input name=\"epost\" type=\"email\"></label><label>Ditt ärende <textarea name=\"arende\"></textarea></label>"
            "<button>Skicka</button></form>"),
    },
    "hits": {"kontaktcenter": ["/kontaktcenter/"]},
})

# ------------------------------------------------------------------ 9980 Stockholm
SITES.append({
    "code": "9980", "kommun": "Stockholm", "lan_kod": "01", "lan": "Stockholms län", "skin": "htmx",
    "name": "Stockholms stad", "sep": " | ",
    "footer": footer("Stockholms stad, 999 89 Stockholm", "Ragnar Östbergs plan 99", "08-465 004 50",
                     "stockholms.stad@stockholm-stad.example", "212000-9999"),
    "topbar": [("/kontakt/", "Kontakt")],
    "hero_h1": "Stockholms stad",
    "hero_p": "Service, e-tjänster och nyheter för dig som bor, arbetar och driver företag i Stockholm.",
    "shortcuts": [("/barn-och-utbildning/", "Förskola"), ("/trafik-och-infrastruktur/", "Parkering"),
                  ("/omsorg-och-stod/", "Äldreomsorg")],
    "hero_box": ("<article class=\"hero-card\"><h2><a href=\"/bygga-bo-och-miljo/vatten-och-avlopp/\">Stockholm Vatten och "
                 "Avfall kundservice</a></h2><p>Frågor om sophämtning, vattenmätare eller din VA-faktura.</p></article>"),
    "sub_links": {("kommun-och-politik", "Stockholms stads kontaktcenter"): "/kontaktcenter/",
                  ("bygga-bo-och-miljo", "Vatten och avlopp"): "/bygga-bo-och-miljo/vatten-och-avlopp/"},
    "news": [
        {"title": "Stockholmshem kundcenter öppnar i Farsta", "path": "/nyheter/stockholmshem-farsta/",
         "date": "2026-11-22", "lead": "Stadens bostadsbolag öppnar ett nytt kundcenter söder om stan.",
         "body": ["Stockholmshem kundcenter i Farsta centrum tar emot hyresgäster från 11 januari.",
                  "Frågor om bostadskön ställer du till bostadsförmedlingen."]},
        *filler_news("Stockholm", "Stockholms stads"),
    ],
    "jobs": "Stockholms stad söker förskollärare, biståndshandläggare och trafikplanerare.",
    "area_lead": "Stockholms stad om {area}.",
    "ao_links": base_ao([("/kontaktcenter/", "Kontaktcenter")]),
    "pages": {
        "/kontakt/": ("kontakt.html", "Kontakt",
            crumb(("", "Kontakt")) + "<h1>Kontakt</h1><p>Stadens växel 08-465 004 50. Registrator tar emot handlingar "
            "till stadens nämnder och bolag.</p><p>Pressfrågor: presstjanst@stockholm-stad.example</p>"),
        "/kontaktcenter/": ("kontaktcenter.html", "Stockholms stads kontaktcenter",
            crumb(("/kommun-och-politik/", "Kommun och politik"), ("", "Kontaktcenter")) + "<h1>Stockholms stads kontaktcenter</h1>"
            "<p>Vi svarar på frågor om förskola och skola, äldreomsorg, parkeringstillstånd, bygglov och stadens "
            "e-tjänster. Vi hjälper dig också att hitta rätt förvaltning eller stadsdelsförvaltning.</p>"
            "<h2>Kontakta oss</h2><dl><dt>Telefon</dt><dd>08-465 004 60</dd><dt>E-post</dt><dd>kontaktcenter@stockholm-stad.example</dd>"
            "<dt>Öppettider</dt><dd>Vardagar 8–18, helger 10–14</dd></dl>"
            "<p>Sidansvarig: Kommunikationsavdelningen, stadsledningskontoret.</p>"),
        "/bygga-bo-och-miljo/vatten-och-avlopp/": ("vatten.html", "Vatten och avlopp",
            crumb(("/bygga-bo-och-miljo/", "Bygga, bo och miljö"), ("", "Vatten och avlopp")) + "<h1>Vatten och avlopp</h1>"
            "<p>Dricksvatten, avlopp och hushållsavfall sköts av Stockholm Vatten och Avfall, ett bolag som ägs av staden.</p>"
            "<p>Stockholm Vatten och Avfall kundservice: 08-465 004 95, vardagar 8–16. Kundservicechef är Ulla Brandt.</p>"),
    },
    "hits": {"kontaktcenter": ["/kontaktcenter/"]},
})

# ------------------------------------------------------------------ 9981 Gotland
SITES.append({
    "code": "9981", "kommun": "Gotland", "lan_kod": "09", "lan": "Gotlands län", "skin": "tridion",
    "name": "Region Gotland", "sep": " - ",
    "footer": footer("Region Gotland, 999 90 Visby", "Stenkumlavägen 99, Visby", "0980-319 250", "region@gotland-region.example",
                     "212000-9989"),
    "footer_extra": "<div class=\"fcol\"><h2>El och energi</h2><p>Gotlands Elnät AB kundservice: 0980-319 298</p></div>",
    "hero_h1": "Region Gotland",
    "hero_p": "Kommun och region i ett. Här finns service, nyheter och e-tjänster för dig som bor på eller besöker Gotland.",
    "shortcuts": [("/barn-och-utbildning/", "Förskola och skola"), ("/bygga-bo-och-miljo/", "Avfall på landsbygden"),
                  ("/trafik-och-infrastruktur/", "Kollektivtrafik")],
    "hero_box": ("<div class=\"contactTeaser\" data-tcm=\"tcm:5-8812\"><h2>Region Gotlands kundcenter</h2><p>Ett samtal, "
                 "ett mejl eller ett besök i Visby.</p><a href=\"/kundcenter/\">Till kundcenter</a></div>"),
    "news": [
        {"title": "Gotlandshem kundcenter byter lokal", "path": "/nyheter/gotlandshem-kundcenter/", "date": "2026-11-21",
         "lead": "Det regionägda bostadsbolaget flyttar sitt kundcenter till Östercentrum.",
         "body": ["Gotlandshem kundcenter stänger på nuvarande adress 18 december och öppnar i nya lokaler i januari.",
                  "Frågor om lägenheter och felanmälan ställer du direkt till bolaget."]},
        {"title": "Destination Gotland kundservice: så påverkas vinterturerna", "path": "/nyheter/farjetrafik-vinter/",
         "date": "2026-11-16", "lead": "Rederiets kundservice svarar på frågor om ändrade avgångar.",
         "body": ["Färjetrafiken drivs av rederiet på uppdrag av Trafikverket. Region Gotland ansvarar inte för "
                  "bokningar; vänd dig till Destination Gotland kundservice."]},
        *filler_news("Visby", "Region Gotlands"),
    ],
    "jobs": "Region Gotland söker sjuksköterskor, lärare och en hamnkapten.",
    "area_lead": "Region Gotland: {area}.",
    "ao_links": base_ao([("/kundcenter/", "Kundcenter")]),
    "pages": {
        "/kundcenter/": ("kundcenter.html", "Region Gotlands kundcenter",
            crumb(("", "Kundcenter")) + "<h1>Region Gotlands kundcenter</h1><p>Välkommen till Region Gotlands kundcenter. "
            "Vi finns här för dig, oavsett var på ön du bor. Hör av dig om du undrar något som rör Region Gotland, så "
            "hjälps vi åt att hitta svaret.</p><h2>Så når du oss</h2><p>Telefon: 0980-319 270<br>E-post: "
            "kundcenter[at]gotland-region.example<br>Besök: Stenkumlavägen 99, Visby, vardagar 8–16.30</p>"
            "<p>Kundcentret leds av enhetschef Ylva Stenkvist.</p>"),
    },
    "hits": {"kundcenter": ["/kundcenter/"]},
})

# ------------------------------------------------------------------ 9982 Mark (unreachable)
SITES.append({
    "code": "9982", "kommun": "Mark", "lan_kod": "14", "lan": "Västra Götalands län", "skin": "envision",
    "name": "Marks kommun", "sep": " - ",
    "footer": footer("Marks kommun, 999 91 Kinna", "Storgatan 99, Kinna", "031-390 06 70", "kommun@mark-kommun.example",
                     "212000-9988"),
    "hero_h1": "Marks kommun", "hero_p": "Välkommen till Mark.",
    "shortcuts": [("/barn-och-utbildning/", "Förskola")],
    "nav_extra": [("/kontaktcenter/", "Marks kontaktcenter")],
    "news": filler_news("Kinna", "Marks"), "jobs": "Vi söker lärare.", "area_lead": "Marks kommun: {area}.",
    "ao_links": base_ao(),
    "pages": {"/kontaktcenter/": ("kontaktcenter.html", "Marks kontaktcenter",
              "<h1>Marks kontaktcenter</h1><p>Vi svarar på frågor om skola, avfall och bygglov. Telefon 031-390 06 75, "
              "e-post kontaktcenter@mark-kommun.example. Enhetschef: Eva Dahl.</p>")},
    "front_status": 500,
})
