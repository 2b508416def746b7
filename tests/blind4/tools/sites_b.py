"""Sites 9606-9612 (content typed by hand; markup comes from families.py)."""
from __future__ import annotations

import json

from families import render_hugo
from stdpages import std_pages

# ----------------------------------------------------------------------------- 9606 Karpsjö: Angular Universal, aria-label-only icon link
K = {
    "code": "9606", "kommun": "Karpsjö", "gen": "Karpsjö", "lan_kod": "07", "lan": "Kronobergs län",
    "family": "angular", "dom": "karpsjo.example", "vx": "031-390 06 50", "addr": "Stationsgatan 2", "post": "999 81 Karpsjö",
    "orgnr": "212000-9906", "staff": "1 700", "title_suffix": " – Karpsjö kommun",
    "area_href": lambda sl: f"/{sl}", "sub_href": lambda sl, ss: f"/{sl}/{ss}",
    "ng_icons": [
        '<a _ngcontent-ng-c2817365401 class="quick__icon" href="/kundcenter" aria-label="Kundcenter" ng-reflect-router-link="/kundcenter">'
        '<svg _ngcontent-ng-c2817365401 aria-hidden="true" focusable="false" width="28" height="28" viewBox="0 0 24 24"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-6h2v6Zm0-8h-2V7h2v2Z"></path></svg></a>',
        '<a _ngcontent-ng-c2817365401 class="quick__icon" href="/mina-sidor" aria-label="Mina sidor"><svg _ngcontent-ng-c2817365401 aria-hidden="true" width="28" height="28" viewBox="0 0 24 24"><circle cx="12" cy="8" r="4"></circle></svg></a>',
        '<a _ngcontent-ng-c2817365401 class="quick__icon" href="/e-tjanster" aria-label="E-tjänster"><svg _ngcontent-ng-c2817365401 aria-hidden="true" width="28" height="28" viewBox="0 0 24 24"><rect x="4" y="4" width="16" height="16"></rect></svg></a>',
    ],
    "ng_state": json.dumps({"__nghData__": [{"t": {"2": "t0"}}], "page:/kundcenter": {"heading": "Kundcenter",
                            "contact": {"manager": "Lena Forsberg", "title": "Kundcenterchef", "phone": "031-390 06 59"}}},
                           ensure_ascii=False),
    "front_after": ('<section class="section partners"><h2>Boende</h2><p>Hyr du av kommunens bostadsbolag? '
                    'Karpsjöbostäder – kundcenter för hyresgäster nås på 031-390 06 80.</p></section>\n'),
    "news": [
        ("Karpsjö får ny idrottshall", "/nyheter/idrottshall", "Byggstart för Sjöhallen blir i april.", "2026-11-29",
         "<p>Hallen får plats för handboll, innebandy och 400 åskådare.</p>"),
        ("Kallelse till kommunfullmäktige", "/nyheter/kallelse-kf", "Fullmäktige sammanträder den 15 december i Folkets hus.", "2026-11-22",
         "<p>Sammanträdet är öppet för allmänheten och sänds på webben.</p>"),
        ("Höstens läsfrämjande satsning", "/nyheter/lasframjande", "Alla förstaklassare får en bok i present.", "2026-11-13",
         "<p>Satsningen görs tillsammans med biblioteket.</p>"),
        ("Gatubelysningen byts till LED", "/nyheter/led", "Över 900 armaturer byts under vintern.", "2026-11-04",
         "<p>Energiförbrukningen halveras.</p>"),
    ],
}
K["hero"] = (
    '<app-hero _nghost-ng-c1960735231><section _ngcontent-ng-c1960735231 class="hero"><img _ngcontent-ng-c1960735231 src="assets/hero-sjo.jpg" alt="Morgondimma över Karpsjön">'
    '<h1 _ngcontent-ng-c1960735231>Hej och välkommen till Karpsjö</h1><p _ngcontent-ng-c1960735231>Vad vill du göra idag?</p>'
    '<ul _ngcontent-ng-c1960735231 class="hero__links"><li><a href="/barn-och-utbildning/forskola">Söka förskoleplats</a></li>'
    '<li><a href="/trafik-och-gator/felanmalan">Felanmäla</a></li><li><a href="/kommun-och-politik/lediga-jobb">Söka jobb</a></li></ul></section></app-hero>\n')
K["pages"] = [*std_pages(K),
    {"href": "/kundcenter", "file": "kundcenter.html", "title": "Kundcenter",
     "crumbs": [("Start", "/"), ("Kundcenter", "/kundcenter")],
     "main": (
         '<app-page _nghost-ng-c3301877610><article _ngcontent-ng-c3301877610 class="page">\n'
         '<h1 _ngcontent-ng-c3301877610 class="page__title">Kundcenter</h1>\n'
         '<p _ngcontent-ng-c3301877610 class="page__lead">Kundcenter är din väg in till Karpsjö kommun.</p>\n'
         '<p _ngcontent-ng-c3301877610>Här möts du av kunniga medarbetare som gärna hjälper dig vidare. Ingen fråga är för stor eller för liten, '
         'och vi gör vårt bästa för att du ska få ett bra bemötande varje gång du hör av dig.</p>\n'
         '<h2 _ngcontent-ng-c3301877610>Kontakta oss</h2>\n'
         '<p _ngcontent-ng-c3301877610>Telefon 031-390 06 55, vardagar 7.30–17.00</p>\n'
         '<p _ngcontent-ng-c3301877610><button _ngcontent-ng-c3301877610 type="button" class="btn btn--chat">Starta chatten</button></p>\n'
         '<h2 _ngcontent-ng-c3301877610>Om webbplatsens ärendesystem</h2>\n'
         '<p _ngcontent-ng-c3301877610>Systemägare för kundcentrets ärendehanteringssystem: Erik Lindh.</p>\n'
         '</article></app-page>')},
]
K["search"] = {"path": "/sok", "param": "q", "hits": {"kundcenter": ["/kundcenter"]}}

# ----------------------------------------------------------------------------- 9607 Lomtorp: Enonic XP, carousel first screen
L = {
    "code": "9607", "kommun": "Lomtorp", "gen": "Lomtorps", "lan_kod": "17", "lan": "Värmlands län",
    "family": "enonic", "dom": "lomtorp.example", "vx": "0980-319 260", "addr": "Bruksgatan 11", "post": "999 91 Lomtorp",
    "orgnr": "212000-9907", "staff": "1 250", "title_suffix": " - Lomtorps kommun",
    "area_href": lambda sl: f"/{sl}", "sub_href": lambda sl, ss: f"/{sl}/{ss}",
    "footer_extra": '<div class="col"><h2>Hjälp</h2><ul><li><a href="/kontaktcenter">Kontaktcenter</a></li><li><a href="/a-o/">A–Ö</a></li></ul></div>\n',
    "news": [
        ("Ny gång- och cykelbro över Lomälven", "/nyheter/cykelbro", "Bron öppnar för trafik i mars.", "2026-11-27",
         "<p>Bron binder ihop Norrmalm med centrum.</p>"),
        ("Matlådor till äldre får nya leveransdagar", "/nyheter/matlador", "Från januari levereras matlådorna på måndagar och torsdagar.", "2026-11-19",
         "<p>Kontakta din hemtjänstgrupp om du har frågor.</p>"),
        ("Kulturpriset till Lomtorps spelmanslag", "/nyheter/kulturpris", "Årets kulturpris delas ut på nationaldagen.", "2026-11-11",
         "<p>Spelmanslaget har funnits sedan 1952.</p>"),
        ("Lediga tomter i Skogsbrynet", "/nyheter/tomter", "Tolv nya villatomter släpps till tomtkön.", "2026-11-02",
         "<p>Tomterna fördelas efter kötid.</p>"),
    ],
}
slides = [
    ("Vinterlov i Lomtorp", "Skridsko, pulka och prova-på-aktiviteter för alla mellan 7 och 16 år.", "/kultur-och-fritid", "Se vinterlovsprogrammet",
     '<img src="/_/image/a1b2c3d4:0/block-1200-400/vinterlov.jpg" alt="Barn som åker pulka">'),
    ("Tyck till om Lomtorp 2040", "Förslaget till ny översiktsplan är ute på samråd.", "/bygga-bo-och-miljo/detaljplaner", "Läs förslaget",
     '<img src="/_/image/e5f6a7b8:0/block-1200-400/oversiktsplan.jpg" alt="Karta över centrala Lomtorp">'),
    ("Kontaktcenter", "Ring, mejla eller chatta – vi hjälper dig vidare med dina frågor till kommunen.", "/kontaktcenter", "Till Kontaktcenter",
     '<img src="/_/image/c9d0e1f2:0/block-1200-400/kontaktcenter.jpg" alt="Medarbetare med headset">'),
    ("Sommarjobb 2027", "Är du född 2009 eller 2010? Sök sommarjobb hos kommunen.", "/kommun-och-politik/lediga-jobb", "Sök sommarjobb",
     '<img src="/_/image/f3a4b5c6:0/block-1200-400/sommarjobb.jpg" alt="Ungdomar som rensar ogräs i en park">'),
]
ACT, AH, TI = " is-active", ' aria-hidden="true"', ' tabindex="-1"'
L["hero"] = (
    '<div data-portal-component-type="layout" class="layout-hero">\n'
    '<div data-portal-component-type="part" class="carousel" role="region" aria-roledescription="karusell" aria-label="Utvalt från kommunen">\n'
    '<div class="carousel__controls"><button type="button" class="carousel__prev" aria-label="Föregående bild">‹</button>'
    '<button type="button" class="carousel__pause" aria-label="Pausa bildspelet">Paus</button>'
    '<button type="button" class="carousel__next" aria-label="Nästa bild">›</button></div>\n<div class="carousel__track" aria-live="off">\n'
    + "".join(
        f'<div class="carousel__slide{ACT if i == 0 else ""}" role="group" aria-roledescription="bild" aria-label="{i + 1} av 4"'
        f'{"" if i == 0 else AH}>{img}<div class="carousel__caption"><h2>{t}</h2><p>{x}</p>'
        f'<a class="carousel__link" href="{h}"{"" if i == 0 else TI}>{lt}</a></div></div>\n'
        for i, (t, x, h, lt, img) in enumerate(slides))
    + '</div>\n<div class="carousel__dots">' + "".join(f'<button type="button" aria-label="Visa bild {i}"></button>' for i in range(1, 5))
    + '</div></div></div>\n')
L["pages"] = [*std_pages(L),
    {"href": "/kontaktcenter", "file": "kontaktcenter.html", "title": "Kontaktcenter",
     "crumbs": [("Startsida", "/"), ("Kontaktcenter", "/kontaktcenter")],
     "main": (
         '<div data-portal-component-type="part" class="article">\n<h1>Kontaktcenter</h1>\n'
         '<p class="preface">Kontaktcentret är kommunens ansikte utåt.</p>\n'
         '<p>Tveka inte att höra av dig till oss – ingen fråga är för liten. Vi lyssnar, och vi ser till att du får svar '
         'så snart vi kan.</p>\n'
         '<h2>Så når du oss</h2>\n<p>Telefon: 0980-319 265<br>E-post: kontaktcenter@lomtorp.example<br>'
         '<a class="chat-start" href="#chatt">Chatta med oss</a></p>\n</div>\n'
         '<div data-portal-component-type="part" class="contact-person"><h2>Ansvarig</h2>'
         '<p>Chef för Kontaktcenter och växeln: Hanna Sjöberg, 0980-319 261</p></div>')},
]
L["search"] = {"path": "/sok", "param": "q", "hits": {"kontaktcenter": ["/kontaktcenter"]}}

# ----------------------------------------------------------------------------- 9608 Sälgeryd: Lotus Domino, ISO-8859-1 only in the HTTP header
NSF = "/web/salgeryd.nsf"
KH = f"{NSF}/0/7C2B5E0A41D93F6BC1258B1D00352A4E"
S8 = {
    "code": "9608", "kommun": "Sälgeryd", "gen": "Sälgeryds", "lan_kod": "06", "lan": "Jönköpings län",
    "family": "domino", "dom": "salgeryd.example", "vx": "040-628 04 50", "addr": "Kyrkvägen 4", "post": "999 21 Sälgeryd",
    "orgnr": "212000-9908", "staff": "700", "encoding": "latin-1", "ctype": "text/html; charset=iso-8859-1",
    "title_suffix": " - Sälgeryds kommun",
    "area_href": lambda sl: f"{NSF}/omrade/{sl}?OpenDocument", "sub_href": lambda sl, ss: f"{NSF}/omrade/{sl}/{ss}?OpenDocument",
    "front_path": f"{NSF}/start", "home_href": f"{NSF}/start?OpenDocument",
    "redirects": {"/": [f"{NSF}/start?OpenDocument", 302]},
    "nav_extra": [{"label": "Kontakta oss", "href": f"{NSF}/kontakta-oss?OpenDocument", "subs": []}],
    "area_extra": {"Kommun och politik": (
        '<h2>Kommunhuset</h2><p>Kommunens förvaltningar har sina kontor i kommunhuset vid Kyrkvägen. '
        f'<a href="{KH}?OpenDocument">Läs mer om kommunhuset</a></p>')},
    "footer_extra": '<div class="col"><h2>Bolag</h2><p>Sälgeryds Energi AB, kundtjänst för elnät: 040-628 04 90</p></div>\n',
    "news": [
        ("Nytt äldreboende invigt", f"{NSF}/nyheter/aldreboende", "Solbacken har 40 lägenheter och en stor trädgård.", "2026-11-26",
         "<p>Inflyttningen sker under december.</p>"),
        ("Vägarbete på Kyrkvägen", f"{NSF}/nyheter/vagarbete", "Kyrkvägen stängs av mellan skolan och kyrkan i tre veckor.", "2026-11-17",
         "<p>Omledning sker via Skolgatan.</p>"),
        ("Ny hemsida nästa år", f"{NSF}/nyheter/ny-webbplats", "Under 2027 byter kommunen webbplats.", "2026-11-07",
         "<p>Den nya webbplatsen blir lättare att använda i mobilen.</p>"),
        ("Julmarknad på torget", f"{NSF}/nyheter/julmarknad", "Lördag den 12 december är det julmarknad.", "2026-11-01",
         "<p>Anmäl dig som utställare senast den 1 december.</p>"),
    ],
    "news_index": f"{NSF}/nyheter",
}
S8["hero"] = (
    '<table width="100%" border="0" cellpadding="8"><tr><td valign="top">'
    '<h1>Välkommen till Sälgeryds kommun</h1><p>Här finns information om kommunens service för dig som bor och verkar i Sälgeryd.</p>'
    f'<p><a href="{NSF}/omrade/omsorg-och-stod/hemtjanst?OpenDocument">Hemtjänst</a> | <a href="{NSF}/omrade/barn-och-utbildning/forskola?OpenDocument">Förskola</a> | '
    f'<a href="{NSF}/omrade/bygga-bo-och-miljo/bygglov?OpenDocument">Bygglov</a></p></td>'
    '<td width="320"><img src="/web/salgeryd.nsf/kyrkan.jpg?OpenImageResource" width="300" height="200" alt="Sälgeryds kyrka i vinterskrud"></td></tr></table>\n')
S8["pages"] = [*std_pages(S8),
    {"href": f"{KH}?OpenDocument", "file": "kommunhuset.html", "title": "Kommunhuset",
     "crumbs": [("Start", f"{NSF}/start?OpenDocument"), ("Kommun och politik", f"{NSF}/omrade/kommun-och-politik?OpenDocument")],
     "main": (
         '<h1>Kommunhuset</h1>\n'
         '<p>Kommunhuset ritades av arkitekten Sven Alm och invigdes 1968. Huset renoverades 2019 och har i dag hiss och '
         'tillgänglighetsanpassade entréer från både Kyrkvägen och parkeringen.</p>\n'
         '<h2>Kundtjänst i entrén</h2>\n'
         '<p>I kommunhusets entré finns kommunens kundtjänst. Hit kan du vända dig med dina ärenden, så ser vi till att de '
         'hamnar rätt.</p>\n'
         '<p>Kundtjänsten har öppet vardagar 8.00–16.30 och nås på telefon 040-628 04 55.</p>\n'
         '<p>Kundtjänsten leds av Birgitta Ström.</p>\n'
         '<h2>Parkering</h2>\n<p>Besöksparkering finns på baksidan av huset. Parkeringen är avgiftsfri i tre timmar.</p>')},
    {"href": f"{NSF}/kontakta-oss?OpenDocument", "file": "kontakta-oss.html", "title": "Kontakta oss",
     "main": ('<h1>Kontakta oss</h1>\n<p>Växel: 040-628 04 50<br>E-post: kommun@salgeryd.example<br>Postadress: Sälgeryds kommun, 999 21 Sälgeryd</p>\n'
              f'<p>Besöksadress: <a href="{KH}?OpenDocument">Kommunhuset</a>, Kyrkvägen 4.</p>')},
]
S8["search"] = {"path": f"{NSF}/sok", "param": "Query", "hits": {"kundtjänst": [KH], "kundtjanst": [KH]}}

# ----------------------------------------------------------------------------- 9609 Gräsmora: WordPress block theme
ORG = "/kommun-och-politik/kommunens-organisation/"
G = {
    "code": "9609", "kommun": "Gräsmora", "gen": "Gräsmora", "lan_kod": "03", "lan": "Uppsala län",
    "family": "wpblock", "dom": "grasmora.example", "vx": "08-465 004 70", "addr": "Storgatan 30", "post": "999 11 Gräsmora",
    "orgnr": "212000-9909", "staff": "1 900", "title_suffix": " – Gräsmora kommun",
    "sub_override": {"Organisation": ORG},
    "nav_extra": [{"label": "Turistbyrå", "href": "/turistbyra/", "subs": []}, {"label": "Kontakt", "href": "/kontakt/", "subs": []}],
    "news": [
        ("Turistbyrån flyttar till stationshuset", "/2026/11/turistbyran-flyttar/", "Från den 1 mars finns turistbyrån i det renoverade stationshuset.", "2026-11-25",
         "<p>Turistbyrån har vinteröppet fredag–söndag.</p>"),
        ("Konsumentvägledning på distans", "/2026/11/konsumentvagledning/", "Nu kan du boka ett videomöte med konsumentvägledaren.", "2026-11-18",
         "<p>Konsumentvägledningen hjälper dig inför köp och vid reklamationer.</p>"),
        ("Ny lekplats i Ekparken", "/2026/11/lekplats/", "Lekplatsen har fått nya gungor och en klätterställning.", "2026-11-10",
         "<p>Lekplatsen är anpassad för barn med funktionsnedsättning.</p>"),
        ("Budgetdialog med invånarna", "/2026/11/budgetdialog/", "Var med och prioritera i kommunens budget.", "2026-11-03",
         "<p>Dialogen hålls i Folkets hus den 9 december.</p>"),
    ],
}
G["hero"] = (
    '<div class="wp-block-cover alignfull is-light"><span aria-hidden="true" class="wp-block-cover__background has-background-dim"></span>'
    '<img class="wp-block-cover__image-background" alt="" src="/wp-content/uploads/2026/05/grasmora-ang.jpg" data-object-fit="cover" />'
    '<div class="wp-block-cover__inner-container is-layout-flow"><h1 class="wp-block-heading has-text-align-center">Välkommen till Gräsmora</h1>'
    '<p class="has-text-align-center">Här hittar du kommunens service och e-tjänster.</p>'
    '<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/e-tjanster/">E-tjänster</a></div>'
    '<div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button" href="/kommun-och-politik/lediga-jobb/">Lediga jobb</a></div></div></div></div>\n')
G["pages"] = [*std_pages(G),
    {"href": ORG + "medborgarcenter/", "file": "medborgarcenter.html", "title": "Medborgarcenter",
     "crumbs": [("Start", "/"), ("Kommunens organisation", ORG), ("Medborgarcenter", ORG + "medborgarcenter/")],
     "main": (
         '<div class="entry-content wp-block-post-content is-layout-constrained">\n'
         '<h1 class="wp-block-post-title">Medborgarcenter</h1>\n'
         '<p class="has-medium-font-size">Välkommen att höra av dig till oss med stort som smått – vi tar hand om dig.</p>\n'
         '<p>På Medborgarcenter möts du av ett glatt och serviceinriktat gäng som brinner för att ge dig ett gott bemötande.</p>\n'
         '<div class="wp-block-group has-background is-layout-flow"><h2 class="wp-block-heading">Kontakt</h2>'
         '<p>Telefon: 08-465 004 75<br />E-post: medborgarcenter@grasmora.example<br />Öppet vardagar 8–16.30</p></div>\n'
         '<p class="has-small-font-size">Webbansvarig för sidan: Kommunikationsavdelningen</p>\n</div>')},
    {"href": ORG, "file": "organisation.html", "title": "Kommunens organisation",
     "main": ('<h1 class="wp-block-post-title">Kommunens organisation</h1>\n'
              '<p>Gräsmora kommun leds av kommunfullmäktige. Verksamheterna är organiserade i tre förvaltningar.</p>\n'
              '<h2 class="wp-block-heading">Kommunledningsförvaltningen</h2><ul><li>Ekonomi</li><li>HR</li><li>Kommunikation</li>'
              f'<li><a href="{ORG}medborgarcenter/">Medborgarcenter</a></li></ul>\n'
              '<h2 class="wp-block-heading">Barn- och utbildningsförvaltningen</h2><ul><li>Förskola</li><li>Grundskola</li><li>Gymnasium</li></ul>\n'
              '<h2 class="wp-block-heading">Samhällsbyggnadsförvaltningen</h2><ul><li>Bygglov</li><li>Gata och park</li><li>Miljö</li></ul>')},
    {"href": "/kontakt/", "file": "kontakt.html", "title": "Kontakt",
     "main": ('<h1 class="wp-block-post-title">Kontakt</h1>\n<p>Ring kommunens växel på 08-465 004 70 (vardagar 8–16) eller mejla '
              'kommun@grasmora.example. Växeln kopplar dig till rätt handläggare.</p>')},
    {"href": "/turistbyra/", "file": "turistbyra.html", "title": "Turistbyrå",
     "main": ('<h1 class="wp-block-post-title">Turistbyrå</h1>\n<p>Turistbyrån hjälper besökare med boende, evenemang och '
              'utflyktstips. Telefon 08-465 004 79.</p>')},
]
G["search"] = {"path": "/", "param": "s", "hits": {"medborgarcenter": [ORG + "medborgarcenter/"]}}

# ----------------------------------------------------------------------------- 9610 Uddeby: Astro, only excluded names
U = {
    "code": "9610", "kommun": "Uddeby", "gen": "Uddeby", "lan_kod": "05", "lan": "Östergötlands län",
    "family": "astro", "dom": "uddeby.example", "vx": "0980-319 270", "addr": "Hamngatan 6", "post": "999 01 Uddeby",
    "orgnr": "212000-9910", "staff": "2 600", "title_suffix": " | Uddeby kommun",
    "inject": {"Kommun och politik": [("Servicecenter för ekonomi och lön", "/kommun-och-politik/servicecenter-for-ekonomi-och-lon/")]},
    "nav_extra": [{"label": "Kontakt", "href": "/kontakt/", "subs": []}],
    "footer_extra": ('<div class="col"><h2>Vatten och avfall</h2><p>Uddeby Vatten och Avfall AB – kundservice: 0980-319 279, '
                     'vardagar 8–15</p></div>\n'),
    "news": [
        ("Arbetsförmedlingens kundtjänst på plats i Uddeby", "/nyheter/arbetsformedlingen/",
         "Arbetsförmedlingens kundtjänst finns i stadshusets entré varje onsdag.", "2026-11-27",
         "<p>Arbetsförmedlingens personal svarar på frågor om arbetssökande och stöd. Kommunen upplåter lokalen.</p>"),
        ("Hamnen muddras", "/nyheter/hamnen/", "Muddringen av inloppet pågår till februari.", "2026-11-20",
         "<p>Båttrafiken kan påverkas under arbetstid.</p>"),
        ("Ny cykelstrategi antagen", "/nyheter/cykelstrategi/", "Målet är att fördubbla cyklandet till 2035.", "2026-11-12",
         "<p>Strategin innehåller 40 åtgärder.</p>"),
        ("Julbord för seniorer", "/nyheter/julbord/", "Anmäl dig till träffpunkternas julbord.", "2026-11-04",
         "<p>Anmälan senast den 10 december.</p>"),
    ],
}
U["hero"] = (
    '<section data-astro-cid-j7pv25f6 class="hero"><img data-astro-cid-j7pv25f6 src="/_astro/hamnen.Dq2Lx.webp" alt="Segelbåtar i Uddeby hamn" width="1400" height="500" loading="eager">'
    '<h1 data-astro-cid-j7pv25f6>Välkommen till Uddeby</h1><p data-astro-cid-j7pv25f6>Staden vid hamnen.</p>'
    '<ul data-astro-cid-j7pv25f6 class="shortcuts"><li><a href="/barn-och-utbildning/forskola/">Förskola</a></li>'
    '<li><a href="/omsorg-och-stod/hemtjanst/">Hemtjänst</a></li><li><a href="/bygga-bo-och-miljo/bygglov/">Bygglov</a></li></ul></section>\n')
U["pages"] = [*std_pages(U),
    {"href": "/kommun-och-politik/servicecenter-for-ekonomi-och-lon/", "file": "servicecenter-ekonomi-lon.html",
     "title": "Servicecenter för ekonomi och lön",
     "main": ('<h1>Servicecenter för ekonomi och lön</h1>\n<p>Servicecenter för ekonomi och lön är kommunens interna servicefunktion '
              'för chefer och medarbetare. Vi sköter löneutbetalningar, leverantörsfakturor och frågor om tidrapportering och '
              'semesterlöner.</p>\n<p>Telefon 0980-319 277, e-post lonservice@uddeby.example.</p>\n'
              '<p>Enhetschef: Per Sandell.</p>')},
    {"href": "/kontakt/", "file": "kontakt.html", "title": "Kontakta Uddeby kommun",
     "main": ('<h1>Kontakta Uddeby kommun</h1>\n<p>Ring växeln på 0980-319 270, vardagar 8–16. Växeln kopplar dig vidare till '
              'den handläggare eller verksamhet som kan svara på din fråga.</p>\n<p>E-post: kommun@uddeby.example<br>'
              'Postadress: Uddeby kommun, 999 01 Uddeby<br>Besöksadress: Stadshuset, Hamngatan 6</p>\n'
              '<p>Är du anställd i kommunen och har frågor om din lön? Kontakta '
              '<a href="/kommun-och-politik/servicecenter-for-ekonomi-och-lon/">Servicecenter för ekonomi och lön</a>.</p>')},
]
U["search"] = {"path": "/sok/", "param": "q", "hits": {"servicecenter": ["/kommun-och-politik/servicecenter-for-ekonomi-och-lon/"]}}


# ----------------------------------------------------------------------------- 9611 Östanbäck: front page served as text/plain
def build_9611(root):
    d = root / "9611"
    import shutil
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    from build_sites import make_areas
    from families import front_sections
    OS = {"code": "9611", "kommun": "Östanbäck", "gen": "Östanbäcks", "dom": "ostanback.example", "vx": "031-390 06 70",
         "addr": "Byvägen 1", "post": "999 02 Östanbäck", "orgnr": "212000-9911", "staff": "600",
         "nav_extra": [{"label": "Kontaktcenter", "href": "/kontaktcenter/", "subs": []}],
         "news": [("Nytt bibliotek", "/nyheter/bibliotek/", "Biblioteket flyttar in i skolan.", "2026-11-20", "")]}
    OS["areas"] = make_areas(OS)
    hero = '<section class="hero"><h1>Välkommen till Östanbäck</h1><p>Kommunen mellan skogen och sjön.</p></section>\n'
    (d / "index.html").write_text(render_hugo(OS, "Östanbäcks kommun", hero + front_sections(OS), front=True), encoding="utf-8")
    kc = ('<h1>Kontaktcenter</h1><p>Kontaktcenter svarar på frågor om skola, omsorg, avfall och bygglov. Telefon 031-390 06 75, '
          'e-post kontaktcenter@ostanback.example. Enhetschef för kontaktcenter: Åsa Nilsson.</p>')
    (d / "kontaktcenter.html").write_text(render_hugo(OS, "Kontaktcenter | Östanbäcks kommun", kc, page_path="/kontaktcenter/"), encoding="utf-8")
    man = {"kommunkod": "9611", "kommun": "Östanbäck", "lan_kod": "13", "lan": "Hallands län", "family": "hugo (text/plain front)",
           "pages": {"/": {"file": "index.html", "content_type": "text/plain; charset=utf-8"},
                     "/kontaktcenter/": "kontaktcenter.html"},
           "redirects": {}, "robots": "User-agent: *\nDisallow:\n", "front_status": None}
    (d / "site.json").write_text(json.dumps(man, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------- 9612 Kroksta: bot wall (200 challenge page)
WALL = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Säkerhetskontroll</title>
<style>body{font-family:system-ui,sans-serif;background:#f4f5f7;margin:0}.box{max-width:560px;margin:10vh auto;background:#fff;padding:32px;border-radius:8px;box-shadow:0 2px 12px rgba(0,0,0,.12)}
.ref{color:#666;font-size:13px}.cb{display:flex;gap:12px;align-items:center;border:1px solid #ccd;padding:16px;border-radius:4px}</style>
</head>
<body>
<div class="box" id="challenge-body" data-ray="8f3a2c91d04e">
<h1>Vi behöver kontrollera att du inte är en robot</h1>
<p>Skyddet mot överbelastningsattacker har upptäckt ovanlig trafik från din uppkoppling. Bekräfta att du är en människa för att fortsätta till webbplatsen.</p>
<form id="challenge-form" action="/__waf/verify" method="post">
<input type="hidden" name="ray" value="8f3a2c91d04e">
<div class="cb"><input type="checkbox" id="human" name="human" required><label for="human">Jag är inte en robot</label></div>
<div class="captcha" data-sitekey="6Lf-fiktiv-0000" aria-label="Bildkontroll"></div>
<p><button type="submit">Fortsätt</button></p>
</form>
<noscript><p><strong>Du måste aktivera JavaScript för att passera kontrollen.</strong></p></noscript>
<p class="ref">Referens: 8f3a2c91d04e · Din IP-adress har registrerats · Skydd: EdgeShield WAF</p>
</div>
<script>(function(){var t=Date.now();document.getElementById('challenge-form').addEventListener('submit',function(){this.insertAdjacentHTML('beforeend','<input type="hidden" name="t" value="'+(Date.now()-t)+'">');});})();</script>
</body>
</html>
"""


def build_9612(root):
    d = root / "9612"
    import shutil
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    (d / "challenge.html").write_text(WALL, encoding="utf-8")
    man = {"kommunkod": "9612", "kommun": "Kroksta", "lan_kod": "20", "lan": "Dalarnas län", "family": "bot wall",
           "pages": {"/": "challenge.html"},
           "redirects": {}, "front_status": None}
    (d / "site.json").write_text(json.dumps(man, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


SITES_B = [K, L, S8, G, U, {"code": "9611", "kommun": "Östanbäck", "special": build_9611},
           {"code": "9612", "kommun": "Kroksta", "special": build_9612}]
