"""Site specifications for blind24 (typing aid). The labels are in ../labels.csv, written by hand."""
from __future__ import annotations

DEF = dict(front="/", area=lambda s: f"/{s}/", news="/nyheter/", etj="/e-tjanster/", till="/tillganglighet/",
           search="/sok/", param="q")
SV = dict(front="/", area=lambda s: f"/{s}.html", news="/nyheter.html", etj="/e-tjanster.html",
          till="/tillganglighet.html", search="/sok.html", param="query")
TAB = dict(front="/default.asp", area=lambda s: f"/{s}.asp", news="/nyheter.asp", etj="/e-tjanster.asp",
           till="/tillganglighet.asp", search="/sok.asp", param="sokord")
MUN = dict(DEF, search="/", param="s")
JOO = dict(DEF, param="searchword")

ALL7 = ["omsorg", "skola", "bygga", "trafik", "kultur", "naring", "kommun"]


def news(path, title, date, teaser, body, front=True):
    return {"path": path, "title": title, "date": date, "teaser": teaser, "body": body, "front": front}


def base(kod, kommun, lan_kod, lan, family, dom, vx, addr, post, **kw):
    S = dict(kod=kod, kommun=kommun, lan_kod=lan_kod, lan=lan, family=family, mail=f"kommun@{dom}", vx=vx,
             addr=addr, post=post, orgnr=f"212000-{kod[1:]}0", areas=ALL7, paths=DEF,
             footer_links=[("Kontakta oss", "/kontakta-oss/"), ("Tillgänglighetsredogörelse", "/tillganglighet/"),
                           ("Om kakor", "/om-kakor/")])
    S.update(kw)
    S["kname"] = (kommun if kommun[-1] in "aeiouyåäös" else kommun + "s") + " kommun"
    return S


SITES = []

# ---------------------------------------------------------------- 9251 Aspenäs (semantic) 5
SITES.append(base(
    "9251", "Aspenäs", "03", "Uppsala län", "semantic", "aspenas.se", "08-465 004 00",
    "Kommunhuset, Kyrkogatan 2", "999 31 Aspenäs",
    areas=[*ALL7, "kris"],
    top_extra=[("Kontaktcenter", "/kontaktcenter/")],
    redirects={"/kontakta-oss/": ["/kontaktcenter/", 301]},
    footer_links=[("Kontakta oss", "/kontakta-oss/"), ("Tillgänglighetsredogörelse", "/tillganglighet/"),
                  ("Om kakor", "/om-kakor/"), ("Nyheter", "/nyheter/")],
    hero=("Välkommen till Aspenäs kommun", "Här bor och verkar drygt 14 000 människor mellan sjön och skogen.",
          [("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb", "Jobba hos oss – vi söker sjuksköterskor och lärare."),
           ("Sophämtning", "/bygga-bo-och-miljo/#avfall", "Se när ditt kärl töms."),
           ("Förskola", "/forskola-och-skola/#forskola", "Ansök om plats i förskolan.")]),
    drift="Vattenavstängning på Björkvägen tisdag 13 maj kl. 9–14.",
    news=[news("/nyheter/sms-till-kontaktcenter/", "Nu kan du sms:a till kontaktcenter", "2025-04-28",
               "Från och med maj kan du skicka sms med dina frågor.",
               "<p>Från och med den 5 maj kan du skicka sms till kommunens kontaktcenter. Svaret kommer under telefontid.</p>\n<p>Läs mer på sidan <a href=\"/kontaktcenter/\">Kontaktcenter</a>.</p>\n"),
          news("/nyheter/nya-cykelvagen/", "Cykelvägen till Norrby är klar", "2025-04-15",
               "Den nya gång- och cykelvägen mellan centrum och Norrby invigs.",
               "<p>Den 2,3 kilometer långa gång- och cykelvägen mellan centrum och Norrby är nu färdig. Arbetet har pågått sedan i höstas.</p>\n"),
          news("/nyheter/budget-2026/", "Kommunstyrelsen föreslår budget för 2026", "2025-04-02",
               "Förslaget innehåller satsningar på skola och äldreomsorg.",
               "<p>Kommunstyrelsen har lämnat sitt förslag till budget. Kommunfullmäktige fattar beslut i juni.</p>\n")],
    pages={"/kontaktcenter/": dict(title="Kontaktcenter", main="""<h1>Kontaktcenter</h1>
<p class="preamble">Kontaktcenter är din första kontakt med Aspenäs kommun. Vi svarar direkt på de flesta frågor och hjälper dig vidare när ditt ärende behöver en handläggare.</p>
<h2>Det här kan vi hjälpa dig med</h2>
<ul class="icon-grid">
<li class="icon-grid__item"><a href="/forskola-och-skola/#forskola"><svg class="icon" aria-hidden="true" width="32" height="32"><circle cx="16" cy="16" r="14"></circle></svg><span>Förskola och skola</span></a></li>
<li class="icon-grid__item"><a href="/bygga-bo-och-miljo/#bygglov"><svg class="icon" aria-hidden="true" width="32" height="32"><rect width="28" height="28"></rect></svg><span>Bygglov</span></a></li>
<li class="icon-grid__item"><a href="/bygga-bo-och-miljo/#avfall"><svg class="icon" aria-hidden="true" width="32" height="32"><rect width="28" height="28"></rect></svg><span>Avfall och sophämtning</span></a></li>
<li class="icon-grid__item"><a href="/bygga-bo-och-miljo/#vatten"><svg class="icon" aria-hidden="true" width="32" height="32"><rect width="28" height="28"></rect></svg><span>Vatten och avlopp</span></a></li>
<li class="icon-grid__item"><a href="/trafik-och-infrastruktur/#parkering"><svg class="icon" aria-hidden="true" width="32" height="32"><rect width="28" height="28"></rect></svg><span>Parkeringstillstånd</span></a></li>
<li class="icon-grid__item"><a href="/trafik-och-infrastruktur/#kollektivtrafik"><svg class="icon" aria-hidden="true" width="32" height="32"><rect width="28" height="28"></rect></svg><span>Färdtjänst</span></a></li>
<li class="icon-grid__item"><a href="/omsorg-och-stod/#hemtjanst"><svg class="icon" aria-hidden="true" width="32" height="32"><rect width="28" height="28"></rect></svg><span>Hemtjänst</span></a></li>
<li class="icon-grid__item"><a href="/trafik-och-infrastruktur/#felanmalan"><svg class="icon" aria-hidden="true" width="32" height="32"><rect width="28" height="28"></rect></svg><span>Felanmälan</span></a></li>
</ul>
<h2>Kontakta oss</h2>
<div class="channels">
<div class="channel channel--phone"><h3>Ring</h3><p><a href="tel:+46846500410">08-465 004 10</a></p></div>
<div class="channel channel--callback"><h3>Bli uppringd</h3>
<form class="callback" action="/kontaktcenter/" method="get">
<label for="cb-tel">Ditt telefonnummer</label> <input id="cb-tel" name="tel" type="tel" autocomplete="tel">
<label for="cb-amne">Vad gäller det?</label> <select id="cb-amne" name="amne"><option>Förskola och skola</option><option>Bygga och bo</option><option>Avfall</option><option>Annat</option></select>
<button type="submit">Bli uppringd</button>
</form>
<p>Vi ringer upp dig inom två arbetsdagar.</p></div>
<div class="channel channel--sms"><h3>Sms</h3><p>Skicka ett sms till 08-465 004 19 så svarar vi under telefontid.</p></div>
</div>
<h2>Telefontider</h2>
<dl class="hours">
<dt>Måndag–torsdag</dt><dd>08.00–17.00</dd>
<dt>Fredag</dt><dd>08.00–15.00</dd>
<dt>Dag före helgdag</dt><dd>08.00–12.00</dd>
</dl>
<h2>Om kontaktcenter</h2>
<p>Kontaktcenter är en del av kommunledningsförvaltningen. Hos oss arbetar nio kommunvägledare som tillsammans svarar på omkring 80 000 samtal om året.</p>
<p>Enhetschef för kontaktcenter: Helena Sundqvist</p>
""")},
    hits={"kontaktcenter": ["/kontaktcenter/", "/nyheter/sms-till-kontaktcenter/"]},
))

# ---------------------------------------------------------------- 9252 Bergsjöholm (sitevision) 4
SITES.append(base(
    "9252", "Bergsjöholm", "14", "Västra Götalands län", "sitevision", "bergsjoholm.se", "031-390 06 00",
    "Kommunhuset, Storgatan 12", "999 42 Bergsjöholm",
    paths=SV, areas=["omsorg", "skola", "bygga", "trafik", "kultur", "naring", "kommun"],
    footer_links=[("Kontakta oss", "/kontakta-oss.html"), ("Tillgänglighetsredogörelse", "/tillganglighet.html"),
                  ("Om kakor", "/om-kakor/"), ("Nyheter", "/nyheter.html")],
    hero=("Bergsjöholm – nära till allt", "Sveriges bästa skärgård för barnfamiljer, enligt oss själva.",
          [("Servicecenter", "/servicecenter.html", "Frågor om kommunens verksamheter? Vi hjälper dig på telefon och i chatten."),
           ("Bygglov", "/bygga-bo-och-miljo.html#bygglov", "Så ansöker du om bygglov."),
           ("Skolval", "/forskola-och-skola.html#grundskola", "Välj skola inför hösten.")]),
    drift="Störningar i vattenförsörjningen på Killingön. Koka dricksvattnet tills vidare.",
    news=[news("/nyheter/farjelage.html", "Nytt färjeläge på Killingön", "2025-05-02",
               "Bygget av det nya färjeläget startar i juni.",
               "<p>Trafikverket och kommunen bygger ett nytt färjeläge. Under byggtiden går färjan från den tillfälliga bryggan.</p>\n"),
          news("/nyheter/sommarjobb.html", "Sommarjobb för unga", "2025-04-20",
               "Över 200 ungdomar får sommarjobb i kommunen.",
               "<p>Kommunen erbjuder sommarjobb till ungdomar födda 2008 och 2009.</p>\n"),
          news("/nyheter/ny-forskola.html", "Förskolan Tången öppnar i augusti", "2025-04-04",
               "Sex nya avdelningar i centrala Bergsjöholm.",
               "<p>Förskolan Tången har plats för 120 barn och öppnar den 18 augusti.</p>\n")],
    pages={
        "/servicecenter.html": dict(title="Servicecenter", main="""<h1 class="heading">Servicecenter</h1>
<p class="lead">Servicecenter tar emot dina frågor på telefon, i chatten och i receptionen i kommunhuset. Vi kan svara på det mesta direkt.</p>
<h2 class="subheading">Vanliga frågor till servicecenter</h2>
<p class="normal">Här är några av de frågor vi oftast får. Klicka på en fråga för att se svaret.</p>
<div class="sv-portlet sv-accordion">
<details><summary>Hur ansöker jag om plats i förskolan?</summary><p class="normal">Du ansöker i e-tjänsten för förskola. Ansök senast fyra månader innan du behöver platsen.</p></details>
<details><summary>När töms mitt sopkärl?</summary><p class="normal">Hämtningsschemat för din adress finns i e-tjänsten Hämtningsschema. Hämtning sker varannan vecka.</p></details>
<details><summary>Behöver jag bygglov för att bygga ett förråd?</summary><p class="normal">Ett friggebod på högst 15 kvadratmeter behöver inte bygglov. Större byggnader kräver oftast lov.</p></details>
<details><summary>Hur får jag parkeringstillstånd för rörelsehindrade?</summary><p class="normal">Du ansöker med en blankett och ett läkarintyg. Handläggningstiden är cirka fyra veckor.</p></details>
<details><summary>Var betalar jag fakturan för vatten och avlopp?</summary><p class="normal">Fakturan betalas till kommunens bankgiro. Du kan också välja e-faktura i din internetbank.</p></details>
</div>
<h2 class="subheading">Så når du oss</h2>
<p class="normal"><button type="button" class="chat-start" data-chat="servicecenter">Chatta med servicecenter</button></p>
<p class="normal">Telefon: 031-390 06 10</p>
<p class="normal">Chatten och telefonen är öppna vardagar 8–16.</p>
<p class="normal">Hos oss arbetar sex kommunvägledare som har bred kunskap om kommunens verksamheter.</p>
<div class="sv-portlet page-info"><p class="normal">Sidansvarig: Karin Bergdahl, kommunikatör<br>Senast uppdaterad: 2025-03-14</p></div>
"""),
        "/kontakta-oss.html": dict(title="Kontakta oss", main="""<h1 class="heading">Kontakta oss</h1>
<p class="normal">Kommunens växel: 031-390 06 00<br>E-post: kommun@bergsjoholm.se<br>Postadress: Bergsjöholms kommun, 999 42 Bergsjöholm</p>
<p class="normal">Har du en fråga om någon av kommunens verksamheter? Kontakta <a href="/servicecenter.html">Servicecenter</a>.</p>
<p class="normal">Journalister når presstjänsten på 031-390 06 90.</p>
""")},
    hits={"servicecenter": ["/servicecenter.html"]},
))

# ---------------------------------------------------------------- 9253 Dalkarby (soup) 4
SITES.append(base(
    "9253", "Dalkarby", "12", "Skåne län", "soup", "dalkarby.se", "040-628 04 00",
    "Kommunhuset, Torggatan 3", "999 53 Dalkarby",
    topbar_links=[("Lyssna", "/tillganglighet/#lyssna"), ("Lättläst", "/tillganglighet/#lattlast"),
                  ("In English", "/tillganglighet/#languages"), ("Medborgarkontoret", "/medborgarkontoret/"),
                  ("Kontakt", "/kontakt/")],
    footer_links=[("Kontakt", "/kontakt/"), ("Tillgänglighetsredogörelse", "/tillganglighet/"), ("Om kakor", "/om-kakor/")],
    hero=("Dalkarby växer", "Nya bostäder, ny skola och ny simhall – följ utvecklingen av centrum.",
          [("Simhallen", "/kultur-och-fritid/#idrott", "Öppettider och priser i Dalkarbybadet."),
           ("Detaljplaner", "/bygga-bo-och-miljo/#detaljplaner", "Tyck till om nya planer."),
           ("Äldreomsorg", "/omsorg-och-stod/#aldreomsorg", "Stöd när du blir äldre.")]),
    drift="Gatubelysningen på Ringvägen är släckt på grund av kabelfel. Felet åtgärdas under veckan.",
    news=[news("/nyheter/simhallen/", "Dalkarbybadet öppnar igen", "2025-04-30",
               "Efter ett års renovering öppnar simhallen den 2 juni.",
               "<p>Simhallen har fått ny bassäng, nya omklädningsrum och ett varmvattenbad för rehabilitering.</p>\n"),
          news("/nyheter/valborg/", "Valborgsfirande i Stadsparken", "2025-04-22",
               "Körsång, brasa och korv.",
               "<p>Traditionsenligt firande med Dalkarby manskör. Brasan tänds klockan 20.</p>\n"),
          news("/nyheter/ny-skola/", "Beslut om ny skola i Östra Dalkarby", "2025-04-08",
               "Kommunfullmäktige har beslutat att bygga en F–6-skola.",
               "<p>Skolan ska stå klar hösten 2027 och ha plats för 450 elever.</p>\n")],
    pages={
        "/medborgarkontoret/": dict(title="Medborgarkontoret", main="""<div class="t1"><h1>Medborgarkontoret</h1></div>
<div class="p1">Medborgarkontoret är din väg in till kommunen. Vi finns här för dig som bor, arbetar eller besöker Dalkarby. Hör av dig om du undrar något, så hjälper vi dig vidare.</div>
<div class="p2"><div class="t3">Besök oss</div>Kommunhuset, Torggatan 3, entréplan<br>
<div class="mapbox"><img src="/gfx/karta-kommunhuset.png" width="400" height="240" alt="Karta som visar kommunhuset vid Torggatan 3"></div></div>
<div class="p2"><div class="t3">Öppettider</div>
<table class="oh"><tr><th>Måndag–torsdag</th><td>8.00–16.30</td></tr><tr><th>Fredag</th><td>8.00–15.00</td></tr><tr><th>Lunch</th><td>Stängt 12.00–13.00</td></tr></table></div>
<div class="p2"><div class="t3">Ring eller mejla</div>Telefon 040-628 04 10<br>E-post medborgarkontoret[at]dalkarby.se</div>
<div class="p3">Medborgarkontoret leds av en enhetschef och är en del av kommunledningskontoret.</div>
"""),
        "/kontakt/": dict(title="Kontakt", main="""<div class="t1"><h1>Kontakt</h1></div>
<div class="p1">Växel: 040-628 04 00<br>E-post: kommun@dalkarby.se<br>Registrator: registrator@dalkarby.se</div>
<div class="p1">Du kan också besöka <a href="/medborgarkontoret/">Medborgarkontoret</a> i kommunhuset.</div>
<div class="p1">Frågor från media: presstjänsten, 040-628 04 90.</div>
""")},
    hits={"medborgarkontor": ["/medborgarkontoret/"], "medborgarkontoret": ["/medborgarkontoret/"]},
))

# ---------------------------------------------------------------- 9254 Ekesund (bootstrap) 3
SITES.append(base(
    "9254", "Ekesund", "25", "Norrbottens län", "bootstrap", "ekesund.se", "0980-319 200",
    "Rådhuset, Rådhusgatan 1", "999 64 Ekesund",
    areas=["omsorg", "skola", "bygga", "trafik", "kultur", "naring", "kommun"],
    sub_href={"organisation": "/kommun-och-politik/organisation/"},
    add_subs={"kommun": [("Kundcenter", "/kommun-och-politik/kundcenter/")]},
    hero=("Ekesund – staden vid älven", "Välkommen till kommunens webbplats.",
          [("Snöröjning", "/trafik-och-infrastruktur/#snorojning", "Så plogar vi i vinter."),
           ("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb", "Sök jobb i kommunen."),
           ("Biblioteket", "/kultur-och-fritid/#bibliotek", "Öppettider och e-böcker.")]),
    drift="Fjärrvärmen är avstängd i kvarteret Gäddan onsdag kl. 8–12.",
    news=[news("/nyheter/isbanan/", "Isbanan på älven är öppen", "2025-02-14",
               "Den plogade banan är fyra kilometer lång.",
               "<p>Isbanan sköts av kommunen tillsammans med skridskoklubben. Åk bara på den markerade banan.</p>\n"),
          news("/nyheter/oversiktsplan/", "Ny översiktsplan på samråd", "2025-02-03",
               "Lämna dina synpunkter senast 31 mars.",
               "<p>Översiktsplanen visar hur kommunen kan utvecklas fram till 2045.</p>\n"),
          news("/nyheter/vinterparkering/", "Påminnelse om datumparkering", "2025-01-20",
               "Datumparkering gäller i centrum till 30 april.",
               "<p>På udda datum får du inte parkera på sidan med udda nummer.</p>\n")],
    pages={
        "/kommun-och-politik/kundcenter/": dict(title="Kundcenter", crumbs=[("Kommun och politik", "/kommun-och-politik/")], main="""<h1>Kundcenter</h1>
<p class="lead">Kundcenter är kommunens gemensamma kundtjänst för invånare. Vi ger information och vägledning och tar emot ansökningar och felanmälningar.</p>
<h2>Vi hjälper dig med</h2>
<table class="table table-striped">
<thead><tr><th scope="col">Område</th><th scope="col">Exempel på frågor</th></tr></thead>
<tbody>
<tr><td>Förskola och skola</td><td>Ansökan om förskoleplats, skolskjuts, avgifter</td></tr>
<tr><td>Avfall</td><td>Hämtningsdagar, byte av kärlstorlek, slamtömning</td></tr>
<tr><td>Bygga och bo</td><td>Hjälp med ansökan om bygglov, beställning av nybyggnadskarta</td></tr>
<tr><td>Gator och trafik</td><td>Parkeringstillstånd, felanmälan, snöröjning</td></tr>
<tr><td>Omsorg</td><td>Färdtjänst och hur du ansöker om hemtjänst</td></tr>
</tbody>
</table>
<p>Ring kommunens växel och fråga efter Kundcenter.</p>
<p>Kundcenter är en del av kommunledningsförvaltningen, se <a href="/kommun-och-politik/organisation/">Kommunens organisation</a>.</p>
"""),
        "/kommun-och-politik/organisation/": dict(title="Kommunens organisation", crumbs=[("Kommun och politik", "/kommun-och-politik/")], main="""<h1>Kommunens organisation</h1>
<p class="lead">Kommunen har fyra förvaltningar. Kommundirektören leder förvaltningsorganisationen.</p>
<table class="table">
<thead><tr><th scope="col">Enhet</th><th scope="col">Chef</th><th scope="col">Telefon</th></tr></thead>
<tbody>
<tr><td>Kommundirektör</td><td>Göran Åberg</td><td>0980-319 201</td></tr>
<tr><td>Kommunledningsförvaltningen</td><td>Förvaltningschef Åsa Nyberg</td><td>0980-319 202</td></tr>
<tr><td>Kundcenter</td><td>Kundcenterchef Lars Holm</td><td>0980-319 210</td></tr>
<tr><td>Ekonomienheten</td><td>Ekonomichef Pia Rask</td><td>0980-319 203</td></tr>
<tr><td>Barn- och utbildningsförvaltningen</td><td>Förvaltningschef Jonas Kero</td><td>0980-319 204</td></tr>
<tr><td>Socialförvaltningen</td><td>Förvaltningschef Lena Mäki</td><td>0980-319 205</td></tr>
<tr><td>Samhällsbyggnadsförvaltningen</td><td>Förvaltningschef Erik Stål</td><td>0980-319 206</td></tr>
</tbody>
</table>
"""),
        "/kontakta-oss/": dict(title="Kontakta oss", main="""<h1>Kontakta oss</h1>
<p>Växel: 0980-319 200, vardagar 7.30–16.00<br>E-post: kommun@ekesund.se<br>Besöksadress: Rådhuset, Rådhusgatan 1</p>
<p>Fakturafrågor: ekonomi@ekesund.se</p>
""")},
    hits={"kundcenter": ["/kommun-och-politik/kundcenter/"]},
))

# ---------------------------------------------------------------- 9255 Fjällmora (drupal) 2
SITES.append(base(
    "9255", "Fjällmora", "20", "Dalarnas län", "drupal", "fjallmora.se", "08-465 004 00",
    "Kommunhuset, Ågatan 7", "999 75 Fjällmora",
    area_extra={"kommun": "<h2>Service och kontakt</h2>\n<p>Frågor om kommunens verksamheter tar <a href=\"/servicecenter/\">Servicecenter</a> emot.</p>\n"},
    hero=("Fjällmora – året runt", "Skidor på vintern, fiske på sommaren och nära till allt.",
          [("Skidspåren", "/kultur-och-fritid/#idrott", "Spårstatus och preparering."),
           ("Bygglov", "/bygga-bo-och-miljo/#bygglov", "Så söker du bygglov."),
           ("Skolskjuts", "/forskola-och-skola/#skolskjuts", "Ansök inför hösten.")]),
    drift="Spårcentralen har begränsad preparering på grund av snöbrist.",
    news=[news("/nyheter/servicecenter-flyttar/", "Servicecenter flyttar till biblioteket", "2025-05-05",
               "Från 2 juni möter servicecenter dig i biblioteket.",
               "<p>Från den 2 juni finns servicecenter i biblioteket på Storgatan 5. Där får du längre öppettider än i kommunhuset.</p>\n<p>Läs mer på sidan <a href=\"/servicecenter/\">Servicecenter</a>.</p>\n"),
          news("/nyheter/fiskekort/", "Nu kan du köpa fiskekort digitalt", "2025-04-24",
               "Fiskekort för kommunens sjöar finns i appen.",
               "<p>Fiskekorten gäller för tolv sjöar i kommunen.</p>\n"),
          news("/nyheter/vagbelysning/", "Ny belysning längs Ågatan", "2025-04-11",
               "Energisnåla armaturer ersätter de gamla.",
               "<p>Bytet sker under april och maj.</p>\n")],
    pages={
        "/servicecenter/": dict(title="Servicecenter", main="""<h1 class="title">Servicecenter</h1>
<div class="field field-name-field-ingress"><p>Servicecenter ger dig svar och vägledning i frågor om kommunens verksamheter.</p></div>
<div class="field field-name-body">
<p>Vi hjälper dig bland annat med frågor om förskoleplatser och skolval, sophämtning och slamtömning, bygglov och nybyggnadskartor, bokning av idrottshallar och lokaler samt ansökan om färdtjänst och parkeringstillstånd.</p>
<p>Många ärenden kan du också sköta själv i våra <a href="/e-tjanster/">e-tjänster</a>.</p>
<h2>Kontakta servicecenter</h2>
<p>Telefontider, e-post och besöksadress hittar du på sidan <a href="/servicecenter/kontaktvagar/">Öppettider och kontaktvägar</a>.</p>
</div>
<div class="field field-name-field-sidansvarig">Sidansvarig: Johan Ek, kommunikatör</div>
"""),
        "/servicecenter/kontaktvagar/": dict(title="Öppettider och kontaktvägar", crumbs=[("Servicecenter", "/servicecenter/")], main="""<h1 class="title">Öppettider och kontaktvägar</h1>
<div class="field field-name-body">
<p>Så når du servicecenter.</p>
<h2>Telefon</h2><p>08-465 004 50, vardagar 8.00–16.30</p>
<h2>E-post</h2><p>servicecenter@fjallmora.se</p>
<h2>Besök</h2><p>Biblioteket, Storgatan 5. Öppet måndag–fredag 10–18, lördag 11–14.</p>
</div>
"""),
        "/kontakta-oss/": dict(title="Kontakta oss", main="""<h1 class="title">Kontakta oss</h1>
<div class="field field-name-body"><p>Växel: 08-465 004 00<br>E-post: kommun@fjallmora.se<br>Postadress: Fjällmora kommun, 999 75 Fjällmora</p></div>
""")},
    hits={"servicecenter": ["/servicecenter/", "/servicecenter/kontaktvagar/", "/nyheter/servicecenter-flyttar/"]},
))

# ---------------------------------------------------------------- 9256 Granvika (municipio) 5
SITES.append(base(
    "9256", "Granvika", "13", "Hallands län", "municipio", "granvika.se", "031-390 06 00",
    "Stadshuset, Hamngatan 20", "999 86 Granvika",
    paths=MUN, sitemap=False,
    top_extra=[("Kundtjänst", "/kundtjanst/"), ("Kontakta oss", "/kontakta-oss/")],
    hero=("Granvika kommun", "Havet, hamnen och handeln – välkommen hit.",
          [("Badplatser", "/kultur-och-fritid/#badplatser", "Vattentemperatur och badvärdar."),
           ("Sophämtning", "/bygga-bo-och-miljo/#avfall", "Hämtningsschema och återvinning."),
           ("Jobba hos oss", "/naringsliv-och-arbete/#lediga-jobb", "Lediga tjänster.")]),
    drift="Hamnbron är avstängd för biltrafik 12–16 maj.",
    news=[news("/nyheter/hamnfest/", "Hamnfesten 2025", "2025-05-06",
               "Program för årets hamnfest är klart.",
               "<p>Hamnfesten pågår 4–6 juli med musik, marknad och veteranbåtar.</p>\n"),
          news("/nyheter/strandstadning/", "Var med och städa stränderna", "2025-04-25",
               "Kommunen bjuder på fika till alla som hjälper till.",
               "<p>Samling vid Norra stranden lördag 10 maj klockan 10.</p>\n"),
          news("/nyheter/laxtrappan/", "Laxtrappan renoveras", "2025-04-09",
               "Arbetet klart före sommaren.",
               "<p>Den gamla laxtrappan vid kraftverket får nytt betongfundament.</p>\n")],
    pages={
        "/kundtjanst/": dict(title="Kundtjänst", main="""<h1>Kundtjänst</h1>
<p class="lead">Kundtjänst är kommunens väg in för invånare, företagare och besökare. Vi svarar på de flesta frågor direkt, och om vi inte kan svara tar vi reda på vem som kan.</p>
<h2>Vanliga frågor</h2>
<p>Det här får vi ofta frågor om:</p>
<ul class="c-list c-list--links">
<li><a href="/bygga-bo-och-miljo/#avfall">Vanliga frågor om sophämtning och återvinning</a></li>
<li><a href="/forskola-och-skola/#forskola">Vanliga frågor om förskoleplats</a></li>
<li><a href="/bygga-bo-och-miljo/#bygglov">Vanliga frågor om bygglov</a></li>
<li><a href="/trafik-och-infrastruktur/#parkering">Vanliga frågor om parkering</a></li>
<li><a href="/omsorg-och-stod/#hemtjanst">Vanliga frågor om hemtjänst</a></li>
</ul>
<h2>Boka tid eller videomöte</h2>
<p>Behöver du hjälp med en ansökan kan du boka en tid hos oss, på plats i stadshuset eller som videomöte.</p>
<form class="c-form" action="/kundtjanst/boka-tid/" method="get"><button class="c-button c-button--primary" type="submit">Boka tid</button></form>
<h2>Skriv till oss</h2>
<p>E-post: kundtjanst(at)granvika.se</p>
<p>Vill du lämna beröm eller klagomål? <a href="/kommun-och-politik/#synpunkter">Lämna en synpunkt</a>.</p>
<h2>Ansvarig</h2>
<p>Ansvarig för kundtjänst är Maria Lindgren, enhetschef.</p>
"""),
        "/kundtjanst/boka-tid/": dict(title="Boka tid", crumbs=[("Kundtjänst", "/kundtjanst/")], main="""<h1>Boka tid</h1>
<p>Välj om du vill komma till stadshuset eller träffas i ett videomöte. Du får en bekräftelse via e-post.</p>
<form class="c-form" action="/kundtjanst/boka-tid/" method="get">
<fieldset><legend>Typ av möte</legend><label><input type="radio" name="typ" value="besok"> Besök i stadshuset</label> <label><input type="radio" name="typ" value="video"> Videomöte</label></fieldset>
<label for="bt-datum">Datum</label> <input id="bt-datum" name="datum" type="date">
<label for="bt-epost">Din e-post</label> <input id="bt-epost" name="epost" type="email">
<button class="c-button" type="submit">Skicka bokning</button>
</form>
"""),
        "/kontakta-oss/": dict(title="Kontakta oss", main="""<h1>Kontakta oss</h1>
<p>Växel: 031-390 06 00<br>E-post: kommun@granvika.se<br>Besöksadress: Stadshuset, Hamngatan 20</p>
<p>De flesta frågor besvaras av <a href="/kundtjanst/">Kundtjänst</a>.</p>
""")},
    hits={"kundtjänst": ["/kundtjanst/"], "kundtjanst": ["/kundtjanst/"]},
))

# ---------------------------------------------------------------- 9257 Hjortvalla (table, Latin-1) 3
SITES.append(base(
    "9257", "Hjortvalla", "07", "Kronobergs län", "table", "hjortvalla.se", "040-628 04 00",
    "Kommunhuset, Stora torget 4", "999 97 Hjortvalla",
    paths=TAB, areas=["omsorg", "skola", "bygga", "trafik", "kultur", "kommun"],
    redirects={"/": ["/default.asp", 302]},
    footer_links=[("Kontakta oss", "/kontakta-oss.asp"), ("Kommunservice", "/kommunservice.asp"),
                  ("Tillgänglighet", "/tillganglighet.asp"), ("Om kakor", "/om-kakor/")],
    hero=("Välkommen till Hjortvalla", "Kommunen mitt i skogen, med 38 sjöar och 7 000 invånare.",
          [("Bibliotek", "/kultur-och-fritid.asp#bibliotek", "Låna e-böcker."),
           ("Hemtjänst", "/omsorg-och-stod.asp#hemtjanst", "Stöd i hemmet."),
           ("Felanmälan", "/trafik-och-infrastruktur.asp#felanmalan", "Anmäl fel på gata och belysning.")]),
    drift="Inga driftstörningar just nu.",
    news=[news("/nyheter/brandvarnare.asp", "Kontrollera din brandvarnare", "2025-03-01",
               "Räddningstjänsten påminner.",
               "<p>Testa brandvarnaren en gång i månaden.</p>\n"),
          news("/nyheter/valjakt.asp", "Information om älgjakten", "2025-02-10",
               "Jaktområden på kommunens mark.",
               "<p>Kommunen arrenderar ut jakten på sina marker.</p>\n"),
          news("/nyheter/mottagning.asp", "Ny vårdcentral i Hjortvalla", "2025-01-15",
               "Regionen öppnar vårdcentral i centrum.",
               "<p>Vårdcentralen öppnar i mars i det gamla posthuset.</p>\n")],
    pages={
        "/kommunservice.asp": dict(title="Kommunservice", main="""<h1><font face="Verdana" size="5">Kommunservice</font></h1>
<p><font face="Verdana" size="2">På Kommunservice får du hjälp med det mesta som rör kommunen i vardagen. Vi lämnar ut och tar emot blanketter för bygglov och bostadsanpassning, säljer soppåsar och sopsäckar, tar emot felanmälningar om gator och gatubelysning och hjälper dig att söka förskoleplats i e-tjänsten. Du kan också låna en dator för att sköta dina ärenden.</font></p>
<table cellpadding="4" border="0"><tr>
<td valign="top"><font face="Verdana" size="2"><b>Besök oss</b><br>Kommunhuset, Stora torget 4, entréplan<br><a href="/hitta-hit.asp">Hitta till kommunhuset</a></font></td>
<td valign="top"><img src="/bilder/karta_kommunhuset.gif" width="300" height="200" border="1" alt="Karta: Kommunhuset vid Stora torget 4"></td>
</tr></table>
<p><font face="Verdana" size="2">Vi har öppet vardagar 8.00–16.30, torsdagar till 18.00. I juli stänger vi 15.00.</font></p>
<p><font face="Verdana" size="2">Du kan också ringa oss på 040-628 04 30.</font></p>
<p><font face="Verdana" size="2">Hos oss arbetar fyra kommunvägledare. Frågor om ett pågående bygglovsärende besvaras av din handläggare på bygglovsenheten.</font></p>
"""),
        "/hitta-hit.asp": dict(title="Hitta till kommunhuset", main="""<h1><font face="Verdana" size="5">Hitta till kommunhuset</font></h1>
<p><font face="Verdana" size="2">Kommunhuset ligger vid Stora torget, mitt emot kyrkan. Busshållplatsen Torget ligger 50 meter bort. Det finns tio parkeringsplatser bakom huset, varav två för rörelsehindrade.</font></p>
"""),
        "/kontakta-oss.asp": dict(title="Kontakta oss", main="""<h1><font face="Verdana" size="5">Kontakta oss</font></h1>
<p><font face="Verdana" size="2">Växel: 040-628 04 00<br>E-post: kommun@hjortvalla.se<br>Postadress: Hjortvalla kommun, Box 12, 999 97 Hjortvalla</font></p>
""")},
    hits={"kommunservice": ["/kommunservice.asp"]},
))

# ---------------------------------------------------------------- 9258 Kronäng (optimizely) 3
SITES.append(base(
    "9258", "Kronäng", "24", "Västerbottens län", "optimizely", "kronang.se", "0980-319 200",
    "Kommunhuset, Skolgatan 15", "999 18 Kronäng",
    areas=[*ALL7, "kris"],
    header_links=[("Kontakta oss", "/kontakta-oss/")],
    area_extra={"kommun": "<h2>Service och kontakt</h2>\n<p>Har du frågor om kommunens verksamheter? <a href=\"/kommun-och-politik/medborgarservice/\">Medborgarservice</a> hjälper dig.</p>\n"},
    hero=("Kronäng", "Kommunen där älven möter kusten.",
          [("Förskola", "/forskola-och-skola/#forskola", "Ansök om plats."),
           ("Vatten och avlopp", "/bygga-bo-och-miljo/#vatten", "Taxor och vattenläckor."),
           ("Kulturskolan", "/kultur-och-fritid/#kulturskola", "Anmälan till höstens kurser.")]),
    drift="Planerat elavbrott i Västra Kronäng torsdag natt.",
    news=[news("/nyheter/kustleden/", "Kustleden får ny etapp", "2025-05-03",
               "Tolv nya kilometer vandringsled.",
               "<p>Den nya etappen går mellan Storudden och fiskeläget.</p>\n"),
          news("/nyheter/solceller/", "Solceller på tre skolor", "2025-04-17",
               "Kommunen investerar i egen elproduktion.",
               "<p>Anläggningarna ska ge en fjärdedel av skolornas elbehov.</p>\n"),
          news("/nyheter/matlada/", "Ny leverantör av matlådor", "2025-04-01",
               "Matlådor till äldre levereras av kommunens kök.",
               "<p>Från maj tillagas matlådorna i Centralköket.</p>\n")],
    pages={
        "/kommun-och-politik/medborgarservice/": dict(title="Medborgarservice", crumbs=[("Kommun och politik", "/kommun-och-politik/")], main="""<h1>Medborgarservice</h1>
<p class="Preamble">Medborgarservice svarar på frågor om kommunens verksamheter och hjälper dig att hitta rätt.</p>
<div class="block AccordionBlock">
<h2>Vanliga frågor</h2>
<div class="Accordion">
<h3 class="Accordion__heading"><button class="Accordion__trigger" type="button" aria-expanded="false" aria-controls="acc1">Hur ansöker jag om färdtjänst?</button></h3>
<div class="Accordion__panel" id="acc1" hidden><p>Du ansöker med blanketten Ansökan om färdtjänst. Bifoga ett läkarintyg.</p></div>
<h3 class="Accordion__heading"><button class="Accordion__trigger" type="button" aria-expanded="false" aria-controls="acc2">Kan jag få hjälp att söka bostadsanpassningsbidrag?</button></h3>
<div class="Accordion__panel" id="acc2" hidden><p>Ja, vi hjälper dig att fylla i ansökan och skickar den vidare till handläggaren.</p></div>
<h3 class="Accordion__heading"><button class="Accordion__trigger" type="button" aria-expanded="false" aria-controls="acc3">Hur gör jag en felanmälan om gatubelysning?</button></h3>
<div class="Accordion__panel" id="acc3" hidden><p>Använd e-tjänsten Felanmälan eller ring oss.</p></div>
<h3 class="Accordion__heading"><button class="Accordion__trigger" type="button" aria-expanded="false" aria-controls="acc4">Var hämtar jag nya soppåsar?</button></h3>
<div class="Accordion__panel" id="acc4" hidden><p>Soppåsar finns i receptionen i kommunhuset och i livsmedelsbutikerna.</p></div>
<h3 class="Accordion__heading"><button class="Accordion__trigger" type="button" aria-expanded="false" aria-controls="acc5">Hur byter mitt barn skola?</button></h3>
<div class="Accordion__panel" id="acc5" hidden><p>Du ansöker om skolbyte i e-tjänsten Skolval.</p></div>
</div>
</div>
<h2>Kontaktvägar</h2>
<table class="ContactTable">
<tbody>
<tr><th scope="row">Telefon</th><td><a href="tel:+46980319220">0980-319 220</a></td></tr>
<tr><th scope="row">Telefontid</th><td>Vardagar 8–17</td></tr>
<tr><th scope="row">E-post</th><td><a href="&#109;&#97;&#105;&#108;&#116;&#111;&#58;&#109;&#101;&#100;&#98;&#111;&#114;&#103;&#97;&#114;&#115;&#101;&#114;&#118;&#105;&#99;&#101;&#64;&#107;&#114;&#111;&#110;&#97;&#110;&#103;&#46;&#115;&#101;">&#109;&#101;&#100;&#98;&#111;&#114;&#103;&#97;&#114;&#115;&#101;&#114;&#118;&#105;&#99;&#101;&#64;&#107;&#114;&#111;&#110;&#97;&#110;&#103;&#46;&#115;&#101;</a></td></tr>
<tr><th scope="row">Synpunkter</th><td><a href="/kommun-och-politik/#synpunkter">Lämna en synpunkt</a></td></tr>
</tbody>
</table>
<div class="block ContactCardBlock">
<div class="ContactCard"><p class="ContactCard__name">Tove Ahl</p><p class="ContactCard__title">Chef för medborgarservice</p><p class="ContactCard__phone">0980-319 221</p></div>
</div>
"""),
        "/kontakta-oss/": dict(title="Kontakta oss", main="""<h1>Kontakta oss</h1>
<p>Växel: 0980-319 200<br>E-post: kommun@kronang.se<br>Registrator: registrator@kronang.se<br>Besöksadress: Kommunhuset, Skolgatan 15</p>
<p>Presskontakt: kommunikationsavdelningen, 0980-319 290.</p>
""")},
    hits={"medborgarservice": ["/kommun-och-politik/medborgarservice/"]},
))

# ---------------------------------------------------------------- 9259 Lövsala (aria/tailwind) 1
SITES.append(base(
    "9259", "Lövsala", "01", "Stockholms län", "aria", "lovsala.se", "08-465 004 00",
    "Kommunhuset, Lindvägen 1", "999 29 Lövsala",
    area_extra={"kommun": "<h2>Frågor om bostadsanpassning, färdtjänst och parkeringstillstånd</h2>\n<p>Vänd dig till <a href=\"/kommun-och-politik/invanarservice/\">Invånarservice</a>.</p>\n"},
    hero=("Lövsala kommun", "Grönt, nära och tryggt – 25 minuter från city.",
          [("Pendelparkering", "/trafik-och-infrastruktur/#parkering", "Nya platser vid stationen."),
           ("Förskola", "/forskola-och-skola/#forskola", "Ansök om plats."),
           ("Föreningsbidrag", "/kultur-och-fritid/#foreningar", "Sök bidrag senast 1 oktober.")]),
    drift="Pendeltågen går med ersättningsbuss mellan Lövsala och Söderby 17–18 maj.",
    news=[news("/nyheter/pendelparkering/", "200 nya platser på pendelparkeringen", "2025-05-04",
               "Parkeringen vid stationen byggs ut.",
               "<p>Utbyggnaden är klar i september.</p>\n"),
          news("/nyheter/lekplats/", "Ny lekplats i Ekparken", "2025-04-26",
               "Temat är sagor och troll.",
               "<p>Lekplatsen invigs den 24 maj.</p>\n"),
          news("/nyheter/skolresultat/", "Bättre resultat i årskurs 9", "2025-04-12",
               "Andelen behöriga till gymnasiet ökar.",
               "<p>92 procent av eleverna var behöriga till gymnasiet i fjol.</p>\n"),
          news("/nyheter/telefontider-invanarservice/", "Nya telefontider för Invånarservice", "2025-03-28",
               "Från 1 april ändras telefontiderna.",
               "<p>Från den 1 april har Invånarservice telefontid måndag–fredag 9–15. Du kan även mejla till invanarservice@lovsala.se.</p>\n", front=False)],
    pages={
        "/kommun-och-politik/invanarservice/": dict(title="Invånarservice", crumbs=[("Kommun och politik", "/kommun-och-politik/")], main="""<h1>Invånarservice</h1>
<p>Invånarservice svarar på frågor om bostadsanpassning, färdtjänst, parkeringstillstånd för rörelsehindrade och avgifter inom äldreomsorgen. Vi kan också hjälpa dig att fylla i ansökningar.</p>
<p>Ring oss på 08-465 004 70.</p>
<div id="lovsala-chat" class="chat-widget min-h-0" data-queue="invanarservice"></div>
<script src="/assets/chat-loader.js" async></script>
<p class="text-sm text-gray-600">Kontaktperson för Invånarservice: Sofia Berg, kommunvägledare.</p>
"""),
        "/kontakta-oss/": dict(title="Kontakta oss", main="""<h1>Kontakta oss</h1>
<p>Växel: 08-465 004 00<br>E-post: kommun@lovsala.se<br>Besöksadress: Kommunhuset, Lindvägen 1</p>
""")},
    hits={"invånarservice": ["/kommun-och-politik/invanarservice/", "/nyheter/telefontider-invanarservice/"],
          "invanarservice": ["/kommun-och-politik/invanarservice/", "/nyheter/telefontider-invanarservice/"]},
))

# ---------------------------------------------------------------- 9260 Myrtorp (joomla) 0
SITES.append(base(
    "9260", "Myrtorp", "18", "Örebro län", "joomla", "myrtorp.se", "031-390 06 00",
    "Kommunhuset, Järnvägsgatan 9", "999 10 Myrtorp",
    paths=JOO, sitemap=False,
    top_extra=[("Kontakt", "/kontakta-oss/")],
    add_subs={"naring": [("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag/")]},
    footer_links=[("Kontakta oss", "/kontakta-oss/"), ("Tillgänglighetsredogörelse", "/tillganglighet/"),
                  ("Om kakor", "/om-kakor/"), ("Myrtorps Energi AB", "/kontakta-oss/#energi")],
    hero=("Myrtorp – bergslagens pärla", "Välkommen till Myrtorps kommun.",
          [("Lediga tomter", "/bygga-bo-och-miljo/#detaljplaner", "Bygg ditt hus i Myrtorp."),
           ("Gymnasieskolan", "/forskola-och-skola/#gymnasieskola", "Program och ansökan."),
           ("Hemtjänst", "/omsorg-och-stod/#hemtjanst", "Stöd i vardagen.")]),
    drift="Myrtorps Energi AB meddelar: fjärrvärmen avstängd på Bruksgatan 14 maj.",
    news=[news("/nyheter/gruvmuseet/", "Gruvmuseet öppnar för säsongen", "2025-05-01",
               "Guidade turer varje dag i sommar.",
               "<p>Museet har öppet 1 juni–31 augusti.</p>\n"),
          news("/nyheter/bredband/", "Bredband till fler byar", "2025-04-18",
               "Ytterligare 300 hushåll får fiber.",
               "<p>Utbyggnaden görs av kommunens stadsnät.</p>\n"),
          news("/nyheter/foretagsfrukost/", "Företagsfrukost i maj", "2025-04-05",
               "Träffa näringslivsenheten.",
               "<p>Frukosten hålls på Hotell Bruket den 21 maj.</p>\n")],
    area_extra={"kommun": "<h2>Kommundirektör</h2>\n<p>Kommundirektör är Ulf Hagström. Kommundirektören leder arbetet i förvaltningarna.</p>\n"},
    pages={
        "/kontakta-oss/": dict(title="Kontakta oss", main="""<h1>Kontakta oss</h1>
<p>Har du frågor om kommunens verksamheter? Vi som svarar i växeln hjälper dig med frågor om till exempel förskola, sophämtning, bygglov och parkering, eller kopplar dig vidare till rätt handläggare.</p>
<h2>Telefon</h2>
<p>Växel: <a href="tel:+46313900600">031-390 06 00</a>, vardagar 7.30–16.30</p>
<h2>E-post</h2>
<p>kommun@myrtorp.se</p>
<h2>Besöksadress</h2>
<p>Kommunhuset, Järnvägsgatan 9</p>
<h2>Andra kontaktvägar</h2>
<ul><li><a href="/kommun-och-politik/#synpunkter">Lämna en synpunkt</a></li>
<li><a href="/naringsliv-och-arbete/servicecenter-for-foretag/">Servicecenter för företag</a></li></ul>
<h2 id="energi">El och fjärrvärme</h2>
<p>Frågor om el, fjärrvärme och stadsnät besvaras av Myrtorps Energi AB:s kundtjänst, 031-390 06 80.</p>
"""),
        "/naringsliv-och-arbete/servicecenter-for-foretag/": dict(title="Servicecenter för företag", crumbs=[("Näringsliv och arbete", "/naringsliv-och-arbete/")], main="""<h1>Servicecenter för företag</h1>
<p>Servicecenter för företag är en väg in för dig som driver eller vill starta företag. Vi hjälper dig med tillstånd, lokaler och kontakter med kommunens handläggare.</p>
<p>Telefon 031-390 06 70, foretag@myrtorp.se</p>
<p>Näringslivschef: Anders Wiik</p>
""")},
    hits={"servicecenter": ["/naringsliv-och-arbete/servicecenter-for-foretag/"], "kontakt": ["/kontakta-oss/"]},
))
