"""The six blind66 sites (typing aid; labels are in labels.csv, written by hand)."""
from __future__ import annotations

from common import filler

HOURS = ('<table><caption>{cap}</caption><tr><th>Dag</th><th>Tid</th></tr>'
         '<tr><td>Måndag–torsdag</td><td>8.00–16.30</td></tr><tr><td>Fredag</td><td>8.00–15.00</td></tr>'
         '<tr><td>Lunch</td><td>Stängt 12.00–12.45</td></tr></table>')

# ---------------------------------------------------------------- 8011 Almsjö (semantic) 5
ALMSJO = dict(
    code="8011", kn="Almsjö kommun", kommun="Almsjö", lan_kod="03", lan="Uppsala län", family="semantic", domain="almsjo.se",
    vaxel="08-465 004 00", address="Kommunhuset, Torggatan 2, 999 11 Almsjö", orgnr="212000-9911",
    slogan="Nära till sjön, nära till staden.",
    top_extra=[("Kontaktcentret", "/kontaktcentret/")],
    hero='<div class="cards"><a class="card" href="/e-tjanster/">E-tjänster och blanketter</a>'
         '<a class="card" href="/barn-och-utbildning/forskola/">Ansök om förskoleplats</a></div>',
    footer_extra="<p>Frågor om busstrafik och sjukresor besvaras av Region Almlands kontaktcenter, 0771-00 00 00.</p>",
    jobs="<h2>IT-servicecenter söker supporttekniker</h2><p>Kommunens IT-servicecenter ger support till "
         "kommunens 2 400 medarbetare. Enhetschef för IT-servicecenter är Johan Rask.</p>",
    news=[
        ("servicecentrum-lindgarden", "Nytt servicecentrum för seniorer på Lindgården", "2026-11-20",
         "<p>Servicecentrum Lindgården är en träffpunkt för dig som är 65 år eller äldre. Här finns lunchservering, "
         "fotvård och gympa. Föreståndare för servicecentrum är Berit Holm.</p>" + filler(2)),
        ("sjukresor", "Region Almlands kontaktcenter tar över frågor om sjukresor", "2026-11-02",
         "<p>Från 1 december ringer du Region Almlands kontaktcenter om sjukresor och färdtjänst till vården.</p>" + filler(1)),
        ("sommarlov", "Sommarlovsaktiviteter för unga", "2026-05-15", filler(3)),
    ],
    pages={"/kontaktcentret/": ("kontaktcentret.html", "Kontaktcentret - Almsjö kommun",
        "<h1>Kontaktcentret</h1><p class=\"ingress\">Kontaktcentret är kommunens väg in för dig som har frågor. "
        "Vi svarar direkt på de flesta frågor och lotsar dig vidare när det behövs.</p>"
        "<h2>Det här kan vi hjälpa dig med</h2><ul><li>förskola, skola och skolskjuts</li><li>sophämtning, "
        "slamtömning och vatten och avlopp</li><li>bygglov och ritningar</li><li>parkeringstillstånd och färdtjänst</li>"
        "<li>felanmälan av gatubelysning och gator</li><li>lokalbokning och föreningsbidrag</li></ul>"
        "<h2>Så når du kontaktcentret</h2><p>Telefon: <a href=\"tel:+4684650041\">08-465 004 11</a><br>"
        "E-post: <a href=\"mailto:kontaktcentret@almsjo.se\">kontaktcentret@almsjo.se</a><br>"
        "Besöksadress: Kommunhuset, Torggatan 2, entréplan</p>" + HOURS.format(cap="Telefontider och öppettider") +
        "<h2>Om kontaktcentret</h2><p>På kontaktcentret arbetar elva kommunvägledare.</p>"
        "<p>Enhetschef för kontaktcentret: Ingrid Sandell</p>" + filler(2) +
        "<p class=\"meta\">Sidansvarig: Webbredaktionen</p>")},
    search=("/sok/", "q", {"kontaktcentret": ["/kontaktcentret/"], "kontaktcenter": ["/kontaktcentret/", "/nyheter/sjukresor/"]}),
)

# ---------------------------------------------------------------- 8012 Brännvik (soup) 4
BRANNVIK = dict(
    code="8012", kn="Brännviks kommun", kommun="Brännvik", lan_kod="14", lan="Västra Götalands län", family="soup", domain="brannvik.se",
    vaxel="031-390 06 00", address="Rådhuset, Kajgatan 5, 999 21 Brännvik", orgnr="212000-9922",
    slogan="Havet, hamnen och hela livet.",
    topbar_extra=[("Brännvikdirekt", "/brannvikdirekt/")],
    hero='<div class="k4"><a href="/barn-och-utbildning/skolval/">Skolvalet är öppet</a>'
         '<a href="/kultur-och-fritid/bad-och-simhallar/">Simhallens öppettider</a></div>',
    footer_extra="<p>Frågor om din hyresrätt? Kontakta Brännviksbostäder AB:s kundtjänst.</p>",
    news=[
        ("bibliotekets-kundtjanst", "Bibliotekets kundtjänst får nya öppettider", "2026-11-18",
         "<p>Bibliotekets kundtjänst svarar på frågor om lån, reservationer och e-böcker. Från januari har "
         "kundtjänsten på stadsbiblioteket öppet 10–18 alla vardagar.</p>" + filler(1)),
        ("brannviksbostader", "Brännviksbostäders kundtjänst flyttar till hamnen", "2026-10-30",
         "<p>Det kommunala bostadsbolaget Brännviksbostäder AB samlar sin kundtjänst på Hamnplan 3. "
         "– Vi får bättre lokaler, säger kundtjänstchef Ola Ström på Brännviksbostäder.</p>" + filler(1)),
        ("badsasong", "Nu börjar badsäsongen", "2026-06-01", filler(3)),
    ],
    pages={"/brannvikdirekt/": ("brannvikdirekt.html", "Brännvikdirekt - Brännviks kommun",
        "<h1>Brännvikdirekt – kommunens kundtjänst</h1><p>Brännvikdirekt är kommunens kundtjänst för alla som bor, "
        "arbetar eller driver företag i Brännvik.</p><h2>Vad kan vi hjälpa till med?</h2><p>Vi svarar på frågor om "
        "förskoleplats och barnomsorgsavgift, sophämtning och återvinningscentralen, vatten och avlopp, "
        "parkeringstillstånd, bygglov och snöröjning. Vi tar också emot felanmälningar.</p>"
        "<h2>Kontakta Brännvikdirekt</h2><p>Ring <a href=\"tel:+46313900612\">031-390 06 12</a></p>"
        "<p><button type=\"button\" class=\"k9\">Chatta med Brännvikdirekt</button></p>"
        + HOURS.format(cap="Telefon- och chattider") +
        "<h2>Om oss</h2><p>Dina frågor besvaras av våra kommunvägledare. Brännvikdirekt hör till "
        "kommunledningsförvaltningen, som leds av kommundirektör Sven Alm.</p>" + filler(2) +
        "<p>Sidansvarig: Hanna Lund</p>")},
    search=("/sok/", "q", {"kundtjänst": ["/brannvikdirekt/", "/nyheter/bibliotekets-kundtjanst/", "/nyheter/brannviksbostader/"],
                           "brännvikdirekt": ["/brannvikdirekt/"]}),
)

# ---------------------------------------------------------------- 8013 Gråsjövik (sitevision) 4
MK = "/kommun-och-politik/medborgarkontoren.4.7a21c3.html"
GRASJOVIK = dict(
    code="8013", kn="Gråsjöviks kommun", kommun="Gråsjövik", lan_kod="20", lan="Dalarnas län", family="sitevision", domain="grasjovik.se",
    vaxel="040-628 04 00", address="Stora torget 1, 999 31 Gråsjövik", orgnr="212000-9933",
    slogan="Skog, fjäll och framtidstro.",
    topbar_extra=[("Kontakt", "/kontakt.4.11b2.html")],
    menu_extra={6: [('Medborgar<span class="sv-font-fet">kontoren</span>', MK)]},
    hero='<div class="sv-portlet sv-shortcuts"><a href="/nyheter/statens-servicecenter/">'
         '<span>Statens servicecenter</span> finns nu i Gråsjövik</a>'
         '<a href="/e-tjanster/felanmalan/">Felanmälan</a></div>',
    footer_extra="<p>Vårdfrågor: Region Dalmarks kontaktcenter, 1177.</p>",
    news=[
        ("statens-servicecenter", "Statens servicecenter öppnar i Gråsjövik", "2026-11-10",
         "<p>Statens servicecenter öppnar kontor på Stora torget. Där får du hjälp med frågor till "
         "Försäkringskassan, Pensionsmyndigheten och Skatteverket.</p>" + filler(1)),
        ("it-servicecenter", "IT-servicecenter byter system – korta avbrott i e-tjänsterna", "2026-10-22",
         "<p>Kommunens interna IT-servicecenter byter ärendesystem natten mot lördag.</p>" + filler(1)),
        ("lekplats", "Ny lekplats i Norrsand", "2026-09-05", filler(3)),
    ],
    pages={
        MK: ("medborgarkontoren.html", "Medborgarkontoren - Gråsjöviks kommun",
             "<h1>Medborgarkontoren</h1><p>Kommunen har tre medborgarkontor: i Gråsjövik centrum, i Norrsand och i Hälleby.</p>"
             "<h2>Här får du hjälp</h2><p>På medborgarkontoren kan du få hjälp med att söka förskoleplats, "
             "ansöka om färdtjänst och parkeringstillstånd, låna en dator för e-tjänster, få vägledning om "
             "bostadsanpassning och lämna in blanketter till bygglovsenheten.</p>"
             "<h2>Adresser och öppettider</h2><table><tr><th>Kontor</th><th>Besöksadress</th><th>Öppet</th></tr>"
             "<tr><td>Centrum</td><td>Stora torget 1</td><td>Mån–fre 9–16</td></tr>"
             "<tr><td>Norrsand</td><td>Skolvägen 4</td><td>Tis och tor 10–15</td></tr>"
             "<tr><td>Hälleby</td><td>Bygatan 12</td><td>Ons 10–14</td></tr></table>"
             "<p>Telefon till medborgarkontoren: 040-628 04 13</p>"
             "<h2>Ledning</h2><p>Chef för medborgarkontoren är Tove Ahlgren.</p>" + filler(2) +
             "<p>Sidansvarig: Kommunikationsenheten</p>"),
        "/kontakt.4.11b2.html": ("kontakt.html", "Kontakt - Gråsjöviks kommun",
             "<h1>Kontakt</h1><p>Växel: 040-628 04 00<br>E-post: kommun@grasjovik.se</p>"
             f'<div class="sv-portlet sv-card"><a href="{MK}">Medborgarkontoren</a></div>'
             "<p>Presskontakt: 040-628 04 05</p>"),
    },
    search=("/sok/", "q", {"medborgarkontor": [MK], "medborgarkontoren": [MK],
                           "servicecenter": ["/nyheter/statens-servicecenter/", "/nyheter/it-servicecenter/"]}),
)

# ---------------------------------------------------------------- 8014 Kvistfors (municipio) 3
KVISTFORS = dict(
    code="8014", kn="Kvistfors kommun", kommun="Kvistfors", lan_kod="22", lan="Västernorrlands län", family="municipio", domain="kvistfors.se",
    vaxel="0980-319 200", address="Kommunhuset, Älvgatan 8, 999 41 Kvistfors", orgnr="212000-9944",
    slogan="Där älven möter skogen.",
    topbar_extra=[("Fråga oss", "/fraga-oss/")],
    top_extra=[("Kontakt", "/kontakt/")],
    hero='<div class="c-card-group"><a class="c-card" href="/bygga-bo-och-miljo/avfall-och-atervinning/">Sophämtning</a>'
         '<a class="c-card" href="/e-tjanster/">E-tjänster</a></div>',
    footer_extra="<p>Kvistfors Energi AB – kundtjänst 0980-319 290 (el, fjärrvärme, VA)</p>",
    news=[
        ("kvistforshem", "Kvistforshem kundcenter har sommarstängt i juli", "2026-06-12",
         "<p>Det kommunala bostadsbolaget Kvistforshem AB håller sitt kundcenter stängt vecka 28–31.</p>" + filler(1)),
        ("ny-skola", "Spadtag för nya skolan i Forsby", "2026-10-01", filler(3)),
        ("valvaka", "Valvaka i kommunhuset", "2026-09-10", filler(2)),
    ],
    pages={
        "/fraga-oss/": ("fraga-oss.html", "Kontakt Kvistfors - Kvistfors kommun",
            "<h1>Fråga oss – vi hjälper dig</h1><p>Undrar du något? Hör av dig till oss, vi finns här för dig. "
            "Ingen fråga är för liten och vi svarar på frågor om kommunen och kommunens service.</p>"
            "<p>Telefon: 0980-319 214<br>E-post: <a href=\"mailto:fragaoss@kvistfors.se\">fragaoss@kvistfors.se</a></p>"
            + HOURS.format(cap="Telefontider") +
            "<p>Dina frågor tas emot av våra handläggare. Verksamheten hör till kommunledningskontoret; "
            "kommundirektör är Elin Vass.</p>" + filler(2) + "<p>Sidansvarig: Per Nord</p>"),
        "/kontakt/": ("kontakt.html", "Kontakt - Kvistfors kommun",
            "<h1>Kontakt</h1><p>Växel: 0980-319 200<br>Registrator: registrator@kvistfors.se</p>"
            "<p>Presskontakt: 0980-319 205</p><p><a href=\"/fraga-oss/\">Fråga oss</a></p>"),
    },
    search=("/", "s", {"fråga oss": ["/fraga-oss/"], "kontakt kvistfors": ["/fraga-oss/"], "kontakt": ["/kontakt/", "/fraga-oss/"]}),
)

# ---------------------------------------------------------------- 8015 Lommared (bootstrap) 2
SL = "/kommun-och-politik/servicecenter-lommared/"
LOMMARED = dict(
    code="8015", kn="Lommareds kommun", kommun="Lommared", lan_kod="12", lan="Skåne län", family="bootstrap", domain="lommared.se",
    vaxel="040-628 04 50", address="Stadshuset, Järnvägsgatan 1, 999 51 Lommared", orgnr="212000-9955",
    slogan="Slätten, staden och havet.",
    area_href={6: "/kommun-och-politik/"},
    menu_extra={5: [("IT-servicecenter (för medarbetare)", "/naringsliv-och-arbete/it-servicecenter/")]},
    hero='<div class="row"><div class="col card"><a href="/lommaredshem/">Lommaredshem kundtjänst – '
         'felanmälan i din lägenhet</a></div><div class="col card"><a href="/e-tjanster/">E-tjänster</a></div></div>',
    news=[
        ("servicecentrum-norrby", "Servicecentrum för äldre i Norrby flyttar", "2026-11-12",
         "<p>Servicecentrum Norrby, mötesplatsen för pensionärer, flyttar till Ängsgården. Träffpunktens "
         "verksamhetschef Kjell Ros hälsar alla välkomna.</p>" + filler(1)),
        ("julmarknad", "Julmarknad på Stortorget", "2026-11-01", filler(2)),
        ("budget", "Fullmäktige har antagit budgeten", "2026-10-20", filler(2)),
    ],
    pages={
        "/kommun-och-politik/": ("kommun-och-politik.html", "Kommun och politik - Lommareds kommun",
            "<h1>Kommun och politik</h1><p>Här hittar du information om hur kommunen styrs och är organiserad.</p>"
            f'<ul><li><a href="/kommun-och-politik/kommunfullmaktige/">Kommunfullmäktige</a></li>'
            f'<li><a href="{SL}">Servicecenter Lommared</a></li><li><a href="/kommun-och-politik/organisation/">Organisation</a></li></ul>'),
        SL: ("servicecenter.html", "Servicecenter Lommared - Lommareds kommun",
            "<h1>Servicecenter<br>\nLommared</h1><p>Servicecenter Lommared svarar på frågor om kommunen och kommunens service. "
            "Vi finns här för dig, hör av dig om du undrar något.</p><h2>Kontakta oss</h2>"
            "<p>Telefon: 040-628 04 51<br>E-post: servicecenter@lommared.se<br>Besöksadress: Stadshuset, Järnvägsgatan 1</p>"
            + HOURS.format(cap="Öppettider") +
            "<h2>Medarbetare</h2><table class=\"table\"><tr><th>Enhet</th><th>Befattning</th><th>Namn</th></tr>"
            "<tr><td>Servicecenter Lommared</td><td>Enhetschef</td><td>Malin Öberg</td></tr>"
            "<tr><td>Servicecenter Lommared</td><td>Kommunvägledare</td><td>Ali Demir</td></tr>"
            "<tr><td>Servicecenter Lommared</td><td>Kommunvägledare</td><td>Sara Wik</td></tr></table>" + filler(2)),
    },
    search=("/sok/", "q", {"servicecenter": [SL], "servicecenter lommared": [SL]}),
)

# ---------------------------------------------------------------- 8016 Ulvsby (table) 0
ULVSBY = dict(
    code="8016", kn="Ulvsby kommun", kommun="Ulvsby", lan_kod="08", lan="Kalmar län", family="table", domain="ulvsby.se",
    vaxel="0980-319 250", address="Kommunkontoret, Kyrkogatan 3, 999 61 Ulvsby", orgnr="212000-9966",
    slogan="Välkommen till Ulvsby.", front_path="/default.asp", redirects={"/": ["/default.asp", 302]},
    topbar_extra=[("Kontakta oss", "/kontakta-oss.asp")],
    hero='<p><a href="/e-tjanster/">E-tjänster</a> | <a href="/lediga-jobb/">Lediga jobb</a></p>',
    footer_extra="<p>Ulvsby Energi AB kundtjänst: 0980-319 290</p>",
    jobs="<h2>Kundtjänstchef till Ulvsbyhem AB</h2><p>Ulvsbyhem AB, kommunens bostadsbolag, söker en kundtjänstchef.</p>",
    news=[
        ("solgarden", "Servicecentrum Solgården – ny träffpunkt för seniorer", "2026-11-15",
         "<p>Servicecentrum Solgården öppnar för dig som är pensionär. Enhetschef för äldreomsorgens träffpunkter "
         "är Maj Lind.</p>" + filler(1)),
        ("statens-servicecenter", "Statens servicecenter flyttar till Storgatan", "2026-10-28", filler(2)),
        ("it-servicecenter", "IT-servicecenter: planerat underhåll på söndag", "2026-10-10",
         "<p>Kommunens IT-servicecenter, som ger support till medarbetarna, uppdaterar servrar.</p>" + filler(1)),
    ],
    pages={"/kontakta-oss.asp": ("kontakta-oss.html", "Kontakta oss - Ulvsby kommun",
        "<h1>Kontakta oss</h1><!-- TODO: byt rubrik till Kontaktcenter när det öppnar -->"
        "<p>Växel: 0980-319 250, vardagar 8–16. E-post: kommun@ulvsby.se</p>"
        "<h2>Andra organisationer</h2><p>Frågor om din hyresrätt: Ulvsbyhem AB:s kundtjänst, 0980-319 291.<br>"
        "Frågor om vård: Region Kalmarlands kontaktcenter.<br>Frågor om skatt och pension: Statens servicecenter, Storgatan 9.</p>"
        "<h2>Bygglovsservice</h2><p>Bygglovsservice har telefontid tisdagar 9–11.</p>" + filler(2))},
    search=("/sok/", "q", {"kundtjänst": ["/kontakta-oss.asp"], "servicecenter": ["/nyheter/statens-servicecenter/", "/nyheter/it-servicecenter/"]}),
)

ALL = [ALMSJO, BRANNVIK, GRASJOVIK, KVISTFORS, LOMMARED, ULVSBY]
