"""Site data for blind69 (typing aid). All names, people, numbers and addresses are invented."""
from __future__ import annotations


def base(kod, kommun, genitiv, family, lan_kod, lan, area, vaxel, vaxel_tel, dom, **kw):
    d = {"kod": kod, "kommun": kommun, "genitiv": genitiv, "family": family, "lan_kod": lan_kod, "lan": lan,
         "postadress": f"{genitiv} kommun, 999 {kod[-2:]} {kommun}", "besok": f"Stadshuset, {area}, {kommun}",
         "vaxel": vaxel, "vaxel_tel": vaxel_tel, "epost": f"kommunen@{dom}.se", "orgnr": f"212000-{kod}",
         "search": {"path": "/sok/", "param": "q", "hits": {}},
         "hero_text": f"Här hittar du information och e-tjänster för dig som bor, arbetar eller driver företag i {kommun}.",
         "drift": "Inga kända störningar just nu.",
         "cards": [("Lediga jobb", "/lediga-jobb/"), ("Förskola", "/barn-och-utbildning/forskola/"),
                   ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning/"), ("Felanmälan", "/trafik-och-infrastruktur/felanmalan/")],
         "own": {}}
    d.update(kw)
    return d


def n(slug, title, lead, body, date="2026-11-12"):
    return {"slug": slug, "title": title, "lead": lead, "body": body, "date": date}


GENERIC_NEWS = [
    n("ny-forskola", "Ny förskola öppnar i vår", "Den nya förskolan får plats för 120 barn.",
      "<p>Bygget går enligt plan och förskolan öppnar i april. Ansökan om plats görs i e-tjänsten som vanligt.</p>", "2026-11-20"),
    n("vinterväghallning".replace("ä", "a"), "Så plogar vi i vinter", "Huvudgator och gång- och cykelvägar till skolor plogas först.",
      "<p>Vid mer än fem centimeter snö börjar vi ploga. Bostadsgator kommer i sista hand. Tänk på att inte parkera på gatan när vi plogar.</p>", "2026-11-18"),
]

SITES = []

# ------------------------------------------------------------------ 8041 Vallmora (semantic) = 5
SITES.append(base("8041", "Vallmora", "Vallmora", "semantic", "01", "Stockholms län", "Storgatan 12", "08-465 004 00", "+46846500400", "vallmora",
    topbar_extra=[("Kontakta oss", "/kontaktcenter/")],
    news=[n("kontaktcenter-oppet-langre", "Kontaktcenter har öppet längre före jul", "Veckan före jul svarar vi i telefon till klockan 18.", "<p>Många hör av sig inför helgerna. Därför förlänger kontaktcentret sina telefontider måndag till torsdag vecka 51.</p>", "2026-11-25"), *GENERIC_NEWS],
    own={"/kontaktcenter/": ("kontaktcenter.html", "Kontaktcenter", """<h1>Kontaktcenter</h1>
<p class="lead">Kontaktcenter är din väg in till kommunen. Vi finns här för dig.</p>
<h2>Det här kan vi hjälpa dig med</h2>
<details><summary>Förskola och skola</summary><p>Vi svarar på frågor om förskoleplats, skolval, fritidshem och barnomsorgsavgift.</p></details>
<details><summary>Avfall, vatten och avlopp</summary><p>Frågor om sophämtning, byte av kärl, slamtömning och vattenmätare.</p></details>
<details><summary>Gator och parkering</summary><p>Parkeringstillstånd, felanmälan av gatlampor och snöröjning.</p></details>
<details><summary>Bygga och bo</summary><p>Vi hjälper dig att hitta rätt blankett för bygglov och bokar tid med en bygglovshandläggare om du behöver.</p></details>
<p>Kan vi inte svara direkt kopplar vi dig vidare till rätt handläggare.</p>
<h2>Så når du kontaktcenter</h2>
<p>Telefon: <a href="tel:+46846500410">08-465 004 10</a><br>E-post: <a href="mailto:kontaktcenter@vallmora.se">kontaktcenter@vallmora.se</a></p>
<table><caption>Telefontider</caption><tr><th>Dag</th><th>Tid</th></tr><tr><td>Måndag–torsdag</td><td>8.00–16.30</td></tr><tr><td>Fredag</td><td>8.00–15.00</td></tr><tr><td>Dag före helgdag</td><td>8.00–12.00</td></tr></table>
<p>Har du frågor om din faktura för vatten och avfall? Kontakta ekonomienheten på <a href="mailto:ekonomi@vallmora.se">ekonomi@vallmora.se</a>.</p>
<h2>Om kontaktcenter</h2>
<p>I kontaktcenter arbetar åtta kommunvägledare. Enhetschef för kontaktcenter: Ingrid Malm.</p>
<p class="meta">Sidansvarig: Johan Berg, webbredaktör</p>""")}))

# ------------------------------------------------------------------ 8042 Norrbyhed (soup) = 5
SITES.append(base("8042", "Norrbyhed", "Norrbyheds", "soup", "22", "Västernorrlands län", "Hedvägen 3", "0980-319 200", "+46980319200", "norrbyhed",
    topbar_extra=[("Kontakt", "/kontakt/")],
    cards=[("Servicecenter – vi hjälper dig", "/servicecenter/"), ("Lediga jobb", "/lediga-jobb/"),
           ("Förskola", "/barn-och-utbildning/forskola/"), ("Felanmälan", "/trafik-och-infrastruktur/felanmalan/")],
    news=[n("kompostpasar", "Nu delas kompostpåsar ut", "Hämta nya påsar på biblioteken.", "<p>Påsarna för matavfall finns på alla bibliotek och i simhallen.</p>", "2026-11-22"), *GENERIC_NEWS],
    own={"/servicecenter/": ("servicecenter.html", "Servicecenter", """<h1>Servicecenter</h1>
<p>Servicecenter tar emot dina frågor om kommunens verksamheter. Här är några exempel:</p>
<dl class="x4">
<dt>Avfall och återvinning</dt><dd>Tömningsschema, byte av kärl och hämtning av grovavfall.</dd>
<dt>Barn och skola</dt><dd>Förskoleplats, skolskjuts och avgifter.</dd>
<dt>Trafik</dt><dd>Parkeringstillstånd och felanmälan på gator och gångvägar.</dd>
<dt>Omsorg</dt><dd>Allmänna frågor om hemtjänst, färdtjänst och bostadsanpassning.</dd>
</dl>
<div class="x5"><b>Ring oss</b> 0980-319 210<br><b>Mejla</b> servicecenter(at)norrbyhed.se<br><b>Chatt</b> – kommer under hösten 2027</div>
<div class="x6"><b>Medarbetare</b>
<table><tr><th>Enhet</th><th>Befattning</th><th>Namn</th><th>Telefon</th></tr>
<tr><td>Servicecenter</td><td>Enhetschef</td><td>Petra Holm</td><td>0980-319 211</td></tr>
<tr><td>Servicecenter</td><td>Kommunvägledare</td><td>Ali Karimi</td><td>0980-319 212</td></tr></table></div>"""),
         "/kontakt/": ("kontakt.html", "Kontakt", """<h1>Kontakt</h1><p>Kommunens växel: 0980-319 200. Växeln är öppen vardagar 7.30–16.30.</p>
<p>Med frågor om kommunens service vänder du dig till <a href="/servicecenter/">Servicecenter</a>.</p>""")}))

# ------------------------------------------------------------------ 8043 Åsbrinken (sitevision) = 4 (d0)
SV = "/kommun-och-politik/medborgarservice.4.3a7b21.html"
SITES.append(base("8043", "Åsbrinken", "Åsbrinkens", "sitevision", "12", "Skåne län", "Brinkgatan 1", "040-628 04 00", "+46406280400", "asbrinken",
    top_extra=[("Medborgarservice", SV, [("Öppettider", "/medborgarservice/oppettider/"), ("Lämna en synpunkt", "/medborgarservice/synpunkt/")])],
    news=[n("budget-2027", "Budget för 2027 är antagen", "Kommunfullmäktige antog budgeten i måndags.", "<p>Mest pengar går till skola och äldreomsorg.</p>", "2026-11-24"), *GENERIC_NEWS],
    own={SV: ("medborgarservice.html", "Medborgarservice", """<div class="sv-portlet sv-text-portlet"><h1>Medborgarservice</h1>
<p class="sv-font-ingress">Medborgarservice finns här för dig. Hör av dig om du undrar något – vi tar emot frågor om kommunen och kommunens service och hjälper dig med allt.</p>
<p>Ingen fråga är för liten. Du är alltid välkommen att höra av dig till oss, så gör vi vårt bästa.</p>
<p>Frågor om bygglov och detaljplaner ställer du direkt till bygg- och miljöförvaltningen.</p></div>
<div class="sv-portlet sv-text-portlet"><h2>Kontakta medborgarservice</h2>
<p>Telefon: <a href="tel:+46406280420">040-628 04 20</a><br>E-post: <a href="mailto:medborgarservice@asbrinken.se">medborgarservice@asbrinken.se</a></p>
<table><caption>Öppettider</caption><tr><td>Måndag–fredag</td><td>8.00–17.00</td></tr><tr><td>Lunch</td><td>stängt 12.00–13.00</td></tr></table></div>
<div class="sv-portlet sv-text-portlet"><h2>Om Medborgarservice</h2><p>Medborgarservice är en del av kommunledningskontoret. Verksamheten leds av en enhetschef.</p></div>""")}))

# ------------------------------------------------------------------ 8044 Lillhärad (municipio) = 2
SITES.append(base("8044", "Lillhärad", "Lillhärads", "municipio", "19", "Västmanlands län", "Torggatan 3", "040-628 04 00", "+46406280400", "lillharad",
    search={"path": "/", "param": "s", "hits": {"kundcenter": ["/kundcenter/"]}},
    topbar_extra=[("Kontakt", "/kontakt/")],
    sub_extra={"Kommun och politik": [("Kundcenter", "/kundcenter/")]},
    news=[n("ombyggnad-kommunhuset", "Kommunhuset byggs om", "Entrén är stängd till hösten 2027.", "<p>Under ombyggnaden går du in via sidoingången på Torggatan.</p>", "2026-11-21"), *GENERIC_NEWS],
    own={"/kundcenter/": ("kundcenter.html", "Kundcenter", """<h1>Kundcenter</h1>
<p>Kundcenter svarar på dina frågor inom många av kommunens områden.</p>
<div class="c-card-grid">
<div class="c-card"><span class="c-icon" aria-hidden="true">&#128465;</span><h3>Avfall och återvinning</h3><p>Sophämtning, kärlbyte och återvinningscentralen.</p></div>
<div class="c-card"><span class="c-icon" aria-hidden="true">&#127979;</span><h3>Förskola och skola</h3><p>Ansökan om plats, skolskjuts och avgifter.</p></div>
<div class="c-card"><span class="c-icon" aria-hidden="true">&#127359;</span><h3>Parkering</h3><p>Parkeringstillstånd och felparkeringsavgifter.</p></div>
<div class="c-card"><span class="c-icon" aria-hidden="true">&#128295;</span><h3>Felanmälan</h3><p>Trasiga gatlampor, hål i vägen och klotter.</p></div>
</div>
<h2>Så når du oss</h2>
<p>Telefon: <a href="tel:+46406280430">040-628 04 30</a></p>
<p>E-post: kommer snart. Under tiden når du oss på telefon.</p>
<p>Besök: Vår besöksdisk i kommunhuset är stängd under ombyggnaden, preliminärt till hösten 2027.</p>
<p>Dina frågor besvaras av våra kommunvägledare.</p>
<p class="c-meta">Sidansvarig: Karin Ek</p>"""),
         "/kontakt/": ("kontakt.html", "Kontakt", """<h1>Kontakt</h1><p>Ring växeln på 040-628 04 00 eller mejla kommunen@lillharad.se.</p>
<p>Växeln är öppen vardagar 7.30–16.00.</p>""")}))

# ------------------------------------------------------------------ 8045 Storkärr (bootstrap) = 4 (e0)
SITES.append(base("8045", "Storkärr", "Storkärrs", "bootstrap", "14", "Västra Götalands län", "Kärrvägen 8", "031-390 06 00", "+46313900600", "storkarr",
    top_extra=[("Kontakta oss", "/kontakta-oss", [])],
    redirects={"/kontakta-oss": ["/kontaktcenter/", 301]},
    news=[n("chatta-med-kontaktcenter", "Nu kan du chatta med kontaktcenter", "Chatten är öppen vardagar.", "<p>Klicka på chattknappen på kontaktcentrets sida.</p>", "2026-11-23"), *GENERIC_NEWS],
    own={"/kontaktcenter/": ("kontaktcenter.html", "Kontaktcenter", """<h1>Kontaktcenter</h1>
<p class="lead">Hos kontaktcenter får du svar på de vanligaste frågorna direkt.</p>
<div class="row"><div class="col-md-8"><h2>Vanliga frågor till kontaktcenter</h2>
<h3>När töms mitt sopkärl?</h3><p>Vi kan berätta vilken vecka ditt kärl töms och hjälpa dig att beställa ett större kärl.</p>
<h3>Hur ansöker jag om plats i förskolan?</h3><p>Vi hjälper dig med e-tjänsten och svarar på frågor om kötid och avgifter.</p>
<h3>Var anmäler jag en trasig gatlampa?</h3><p>Gör en felanmälan hos oss, så skickar vi den vidare till gatuenheten.</p>
<h3>Hur får jag parkeringstillstånd för rörelsehindrade?</h3><p>Vi skickar blanketten och förklarar hur ansökan går till.</p></div>
<div class="col-md-4"><div class="card"><div class="card-body"><h2 class="h5">Så når du oss</h2>
<p><button type="button" class="btn btn-primary" data-chat="open">Chatta med oss</button></p>
<p>Ring 031.390.06.20</p>
<p><a href="/kontaktcenter/bli-uppringd/">Boka att bli uppringd</a></p>
<p>Videomöte: boka ett möte via Teams med en av våra handläggare.</p></div></div></div></div>
<h2>Om kontaktcenter</h2>
<p>Kontaktcenter är en del av kommunstyrelsens förvaltning, som leds av kommundirektör Eva Lund.</p>
<p>Ansvarig handläggare för e-tjänsterna: Tomas Berg.</p>""")}))

# ------------------------------------------------------------------ 8046 Hamreby (table, Latin-1) = 4 (c0)
SITES.append(base("8046", "Hamreby", "Hamreby", "table", "04", "Södermanlands län", "Stora torget 2", "0980-319 200", "+46980319200", "hamreby",
    latin1=True, front_path="/start.asp", redirects={"/": ["/start.asp", 302]},
    topbar_extra=[("Kontakt", "/kontakt.asp")],
    footer_extra='<p><b><a href="/kommunservice.asp">Kommunservice</a></b> – besök oss i stadshuset</p>',
    news=[n("bostader-kundcenter", "Hamreby Bostäder AB:s kundcenter flyttar", "Bostadsbolagets kundcenter flyttar till Järnvägsgatan.", "<p>Från den 1 december finns Hamreby Bostäder AB:s kundcenter på Järnvägsgatan 5. Frågor om din lägenhet ställer du till bostadsbolaget.</p>", "2026-11-19"), *GENERIC_NEWS],
    own={"/kommunservice.asp": ("kommunservice.html", "Kommunservice", """<h1>Kommunservice</h1>
<p>Kommunservice svarar på frågor från dig som bor i Hamreby.</p>
<table border="1" cellpadding="4"><tr><th>Område</th><th>Exempel på frågor vi svarar på</th></tr>
<tr><td>Bygga och bo</td><td>Blanketter för bygglov, tomtkö, bostadsanpassning</td></tr>
<tr><td>Barn och skola</td><td>Förskoleplats, skolskjuts, avgifter</td></tr>
<tr><td>Avfall och vatten</td><td>Tömningsschema, slamtömning, vattenavstängningar</td></tr>
<tr><td>Omsorg</td><td>Färdtjänst, trygghetslarm, hemtjänst</td></tr></table>
<p><b>Besöksadress:</b> Stora torget 2, Hamreby (entréplan)</p>
<p>Kommunservice har öppet måndag–torsdag 8.00–16.30 och fredag 8.00–15.00. Lunchstängt 12–13.</p>
<p>Ansvarig för kommunservice är Bengt Strid.</p>"""),
         "/kontakt.asp": ("kontakt.html", "Kontakt", """<h1>Kontakt</h1><p>Växel: 0980-319 200, vardagar 7.30–16.30.</p>
<p>E-post: kommunen@hamreby.se. Du kan också vända dig till Kommunservice i stadshuset.</p>""")}))

# ------------------------------------------------------------------ 8047 Grönlida (custom elements) = 3 (d0, e0)
SITES.append(base("8047", "Grönlida", "Grönlida", "custom", "08", "Kalmar län", "Lidvägen 4", "08-465 004 00", "+46846500400", "gronlida",
    topbar_extra=[("Kontakta oss", "/kontakta-oss/")],
    news=[n("ny-badplats", "Ny badplats vid Lidsjön", "Bryggan blir klar till sommaren.", "<p>Badplatsen får brygga, toalett och grillplats.</p>", "2026-11-17"), *GENERIC_NEWS],
    own={"/kontakta-oss/": ("kontakta-oss.html", "Kontakta oss", """<h1>Kontakta oss</h1>
<x-section><h2>Kommunens växel</h2><p>Växeln når du på <a href="tel:+46846500400">08-465 004 00</a>, vardagar 7.30–16.30.</p></x-section>
<x-section><h2>Invånarservice</h2>
<p>Invånarservice hjälper dig med frågor om förskola och skola, avfallshämtning, parkeringstillstånd, bygglov och bostadsanpassning. Vi hjälper dig också att fylla i blanketter och använda kommunens e-tjänster.</p>
<p>Ring invånarservice på <a href="tel:+46846500430">08-465 004 30</a>.</p>
<p>E-postadress till invånarservice kommer snart.</p>
<p>Kontaktperson för invånarservice: Sara Nyström.</p></x-section>
<x-section><h2>Överförmyndarkansliet</h2><p>E-post: <a href="mailto:overformyndare@gronlida.se">overformyndare@gronlida.se</a><br>Telefontid tisdag och torsdag 9.00–11.00 på 08-465 004 45.</p></x-section>
<x-section><h2>Press</h2><p>Journalister kan ringa presstjänsten på 08-465 004 49.</p></x-section>""")}))

# ------------------------------------------------------------------ 8048 Bäckarö (aria) = 3 (b0 c0)
SITES.append(base("8048", "Bäckarö", "Bäckarö", "aria", "14", "Västra Götalands län", "Bäckgatan 2", "031-390 06 00", "+46313900600", "backaro",
    footer_extra="<p>Bäckarö Vatten AB – Kundtjänst för VA och renhållning: 031-390 06 60</p>",
    search={"path": "/sok/", "param": "q", "hits": {"kundtjänst": ["/kommun-och-politik/kundtjanst/"]}},
    news=[n("va-taxa", "Ny VA-taxa från januari", "Bäckarö Vatten AB höjer taxan med fyra procent.", "<p>Höjningen beror på investeringar i ledningsnätet.</p>", "2026-11-16"), *GENERIC_NEWS],
    own={"/kommun-och-politik/": ("kommun-och-politik.html", "Kommun och politik", """<h1>Kommun och politik</h1>
<p>Här hittar du information om hur kommunen styrs och vart du vänder dig med frågor.</p>
<ul><li><a href="/kommun-och-politik/organisation/">Organisation</a></li><li><a href="/kommun-och-politik/kundtjanst/">Kundtjänst</a></li>
<li><a href="/kommun-och-politik/kommunfullmaktige/">Kommunfullmäktige</a></li><li><a href="/kommun-och-politik/diarium/">Diarium</a></li></ul>"""),
         "/kommun-och-politik/kundtjanst/": ("kundtjanst.html", "Kundtjänst", """<h1>Kundtjänst</h1>
<p>Kundtjänst svarar på frågor om avfallshämtning, förskola, skolskjuts, parkeringstillstånd och felanmälan. Har vi inte svaret själva tar vi reda på vem som kan hjälpa dig.</p>
<h2>Kontakta kundtjänst</h2>
<p>E-post: kundtjanst [at] backaro.se</p>
<p>Skriv till oss i <a href="/kommun-och-politik/kundtjanst/kontaktformular/">kontaktformuläret</a>.</p>
<p><a href="/kommun-och-politik/kundtjanst/videomote/">Boka ett videomöte med kundtjänst</a></p>
<p>Kundtjänst är en del av kommunledningskontoret. Läs mer under <a href="/kommun-och-politik/organisation/">Organisation</a>.</p>"""),
         "/kommun-och-politik/kundtjanst/kontaktformular/": ("kontaktformular.html", "Kontaktformulär", """<h1>Kontaktformulär</h1>
<form action="/kommun-och-politik/kundtjanst/kontaktformular/" method="post"><label>Namn <input name="namn"></label>
<label>E-post <input name="epost" type="email"></label><label>Ditt ärende <textarea name="arende"></textarea></label><button>Skicka</button></form>"""),
         "/kommun-och-politik/organisation/": ("organisation.html", "Organisation", """<h1>Organisation</h1>
<p>Kommunledningskontoret leds av kommundirektör Henrik Lööf.</p>
<table><tr><th>Enhet</th><th>Roll</th><th>Namn</th></tr>
<tr><td>Ekonomienheten</td><td>Ekonomichef</td><td>Anna Sjö</td></tr>
<tr><td>Kundtjänst</td><td>Kundtjänstchef</td><td>Maria Ek</td></tr>
<tr><td>Kommunikation</td><td>Kommunikationschef</td><td>Olof Dahl</td></tr></table>""")}))

# ------------------------------------------------------------------ 8049 Tjärnvik (semantic) = 0
SITES.append(base("8049", "Tjärnvik", "Tjärnviks", "semantic", "21", "Gävleborgs län", "Tjärnplan 1", "040-628 04 00", "+46406280400", "tjarnvik",
    topbar_extra=[("Kontakta oss", "/kontakta-oss/")],
    sub_extra={"Bygga, bo och miljö": [("Bygglovsservice", "/bygga-bo-och-miljo/bygglovsservice/")]},
    search={"path": "/sok/", "param": "q", "hits": {"kontaktcenter": [], "bygglovsservice": ["/bygga-bo-och-miljo/bygglovsservice/"]}},
    front_head='<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"Tjärnviks kommun",'
               '"contactPoint":{"@type":"ContactPoint","name":"Kontaktcenter","telephone":"+46406280400"}}</script>\n<!-- TODO: länka kontaktcenter här när enheten startar -->\n',
    news=[n("energi-kundtjanst", "Tjärnviks Energi AB:s kundtjänst får nya telefontider", "Energibolagets kundtjänst svarar nu även på lördagar.",
            "<p>Tjärnviks Energi AB:s kundtjänst svarar på frågor om elnät och fjärrvärme, vardagar 8–17 och lördagar 10–14 på 040-628 04 70. "
            "Kundtjänstchef på Tjärnviks Energi AB är Per Sund.</p>", "2026-11-26"),
          n("statens-servicekontor", "Statens servicekontor öppnar i Tjärnvik", "Skatteverket och Försäkringskassan flyttar in i stadshuset.",
            "<p>Statens servicekontor hjälper dig med frågor om folkbokföring, id-kort och föräldrapenning. Öppet tisdagar och torsdagar.</p>", "2026-11-15"),
          GENERIC_NEWS[0]],
    own={"/kontakta-oss/": ("kontakta-oss.html", "Kontakta oss", """<h1>Kontakta oss</h1>
<p>Ring kommunens växel på <a href="tel:+46406280400">040-628 04 00</a>, vardagar 7.30–16.30. Växeln kopplar dig vidare i frågor om skola, omsorg, avfall och bygglov.</p>
<p>E-post: <a href="mailto:kommunen@tjarnvik.se">kommunen@tjarnvik.se</a></p>
<p>Besöksadress: Stadshuset, Tjärnplan 1. Receptionen lämnar ut blanketter men svarar inte på frågor i sak.</p>"""),
         "/bygga-bo-och-miljo/bygglovsservice/": ("bygglovsservice.html", "Bygglovsservice", """<h1>Bygglovsservice</h1>
<p>Bygglovsservice svarar på frågor om bygglov, anmälan, strandskydd och detaljplaner.</p>
<p>Telefon: <a href="tel:+46406280450">040-628 04 50</a>, telefontid måndag–torsdag 9.00–11.00.<br>E-post: bygglov@tjarnvik.se</p>
<p>Enhetschef för bygglovsservice: Lena Hult.</p>""")}))

# ------------------------------------------------------------------ 8050 Rödkulla (sitevision) = 1
SK = "/kommun-och-politik/servicekontoret.4.9c2e11.html"
SITES.append(base("8050", "Rödkulla", "Rödkulla", "sitevision", "20", "Dalarnas län", "Kullgatan 6", "0980-319 200", "+46980319200", "rodkulla",
    topbar_extra=[("Kontakt", "/kontakt/")],
    search={"path": "/sok/", "param": "q", "hits": {"servicekontoret": [SK], "servicekontor": [SK]}},
    news=[n("nytt-bibliotek", "Biblioteket får meröppet", "Nu kan du låna böcker även på kvällar och helger.", "<p>Med ett lånekort och en pinkod kommer du in 6–22 alla dagar.</p>", "2026-11-14"), *GENERIC_NEWS],
    own={SK: ("servicekontoret.html", "Servicekontoret", """<div class="sv-portlet sv-text-portlet"><h1>Servicekontoret</h1>
<p>På servicekontoret kan du få hjälp med frågor om bygglov, avfall, förskola och äldreomsorg. Du kan också låna en dator för att använda kommunens e-tjänster.</p>
<p>Du hittar våra kontaktuppgifter längst ner på sidan.</p>
<p class="sv-font-liten">Sidansvarig: Lars Nord</p></div>"""),
         "/kontakt/": ("kontakt.html", "Kontakt", """<div class="sv-portlet sv-text-portlet"><h1>Kontakt</h1><p>Växel: 0980-319 200, vardagar 7.30–16.30.</p>
<p>E-post: kommunen@rodkulla.se</p></div>""")}))

# site-search words for the units (the search is GET /sok/?q=, or /?s= on 8044)
_HITS = {"8041": {"kontaktcenter": ["/kontaktcenter/"]}, "8042": {"servicecenter": ["/servicecenter/"]},
         "8043": {"medborgarservice": [SV]}, "8045": {"kontaktcenter": ["/kontaktcenter/"]},
         "8046": {"kommunservice": ["/kommunservice.asp"]}, "8047": {"invånarservice": ["/kontakta-oss/"]}}
for _s in SITES:
    _s["search"]["hits"].update(_HITS.get(_s["kod"], {}))
