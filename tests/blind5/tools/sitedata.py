"""Per-site data of the fifth blind corpus (typed by hand; read with labels.csv and README.md)."""
from __future__ import annotations

ALL_NAMES = ["kontaktcenter", "kontaktcentret", "servicecenter", "servicecentret", "servicecentrum", "kundservice",
             "kundtjänst", "kundtjänsten", "kundcenter", "kundcentret", "medborgarservice", "medborgarkontor",
             "medborgarkontoret", "medborgarcenter", "servicekontor", "servicekontoret", "kommunservice",
             "invånarservice", "medborgarservicecenter"]


def hits_all(target: str, extra: tuple[str, ...] = ()) -> dict:
    return {n: [target] for n in (*ALL_NAMES, *extra)}


def sitemap_xml(urls: list[str]) -> str:
    locs = "\n".join(f"  <url><loc>__ORIGIN__{u}</loc><lastmod>2026-10-28</lastmod></url>" for u in urls)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{locs}\n</urlset>\n")


SITES: list[dict] = []

# ---------------------------------------------------------------------------
# 9701 Ramsåker: header "Kontakta oss" -> 301 -> 302 -> /kontaktcenter; no trailing slashes
# ---------------------------------------------------------------------------
SITES.append(dict(
    code="9701", name="Ramsåker", lan_kod="14", lan="Västra Götalands län", family="kentico",
    prefix="", slash=False, front_path="/start.html", canonical=True, title_sep=" - ",
    address="Storgatan 14, 999 31 Ramsåker", phone="031-390 06 00", tel="+4631390600", mail="info@ramsaker.se",
    orgnr="212000-9901", real_subs=True,
    redirects={"/": ["/start.html", 302], "/kontakta-oss": ["/om-kommunen/kontakt", 301],
               "/om-kommunen/kontakt": ["/kontaktcenter", 302]},
    robots="User-agent: *\nDisallow: /CMSPages/\nDisallow: /CMSModules/\nDisallow: /sok\nSitemap: __ORIGIN__/sitemap.xml\n",
    sitemap="all",
    search=dict(path="/sok", param="searchtext", hits={"kontaktcenter": ["/kontaktcenter"]}),
    topbar_extra=[("Mitt Ramsåker", "/mitt-ramsaker", 'class="login"')],
    header_links=[("Kontakta oss", "/kontakta-oss", 'class="hdr-kontakt"'), ("Driftinformation", "/driftinformation", "")],
    nav_mods={"bygga-bo-och-miljo": {"add": [("Bygglovsservice", "/bygga-bo-och-miljo/bygglovsservice")]}},
    hero=dict(h1="Välkommen till Ramsåkers kommun",
              intro="Här bor 14 200 personer mellan Vänerns stränder och skogarna kring Ramsberget.",
              cards=[("Förskola och skola", "/barn-och-utbildning", "Ansök om plats, skolval och läsårstider"),
                     ("Bygga nytt eller bygga om", "/bygga-bo-och-miljo/bygglov", "Så söker du bygglov"),
                     ("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb", "Jobba hos oss"),
                     ("Felanmälan", "/trafik-och-infrastruktur/felanmalan", "Anmäl fel på gator och belysning"),
                     ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning", "Hämtningsdagar och taxor"),
                     ("Evenemang", "/evenemang", "Det händer i Ramsåker")]),
    n_events=16, n_eservices=20,
    pages={
        "/kontaktcenter": ("Kontaktcenter", """<h1>Kontaktcenter</h1>
<p class="ingress">Kontaktcenter är din väg in till Ramsåkers kommun när du har en fråga eller vill göra ett ärende. Våra kommunvägledare löser de flesta frågorna direkt i telefon, och när det behövs kopplar vi dig vidare till rätt handläggare.</p>
<h2>Det här kan vi hjälpa dig med</h2>
<ul>
<li>plats i förskola och fritidshem, skolval och skolskjuts</li>
<li>sophämtning, slamtömning och avgifter för vatten och avlopp</li>
<li>blanketter och handläggningstider för bygglov</li>
<li>felanmälan av gator, gatubelysning och lekplatser</li>
<li>bokning av lokaler och idrottshallar</li>
<li>inloggning i e-tjänsterna med e-legitimation</li>
</ul>
<h2>Så når du oss</h2>
<p>Telefon: <a href="tel:+4631390601">031-390 06 01</a><br>E-post: <a href="mailto:kontaktcenter@ramsaker.se">kontaktcenter@ramsaker.se</a></p>
<table class="tider"><caption>Telefontider</caption>
<tr><th scope="row">Måndag–torsdag</th><td>8.00–17.00</td></tr>
<tr><th scope="row">Fredag</th><td>8.00–15.00</td></tr>
<tr><th scope="row">Lunch</th><td>Stängt 12.00–12.45</td></tr></table>
<p>Du kan också besöka oss i kommunhusets entré, Storgatan 14. Där har vi öppet vardagar 9–16.</p>
<h2>Vem ansvarar?</h2>
<p>Ylva Sandberg är enhetschef och ansvarar för kontaktcentrets arbete. Du når henne via kontaktcentrets telefonnummer.</p>""",
                           [("Kommun och politik", "/kommun-och-politik")]),
        "/bygga-bo-och-miljo/bygglovsservice": ("Bygglovsservice", """<h1>Bygglovsservice</h1>
<p class="ingress">Bygglovsservice är bygglovsenhetens rådgivning för dig som planerar att bygga. Här får du råd om ritningar, ansökningshandlingar och vad som gäller för just din fastighet.</p>
<p>Bygglovsservice har telefontid måndag, onsdag och torsdag 9–11 på 031-390 06 20. E-post: bygglov@ramsaker.se.</p>
<p>Enhetschef för bygglovsenheten är Rikard Molin.</p>""", [("Bygga, bo och miljö", "/bygga-bo-och-miljo")]),
    },
))

# ---------------------------------------------------------------------------
# 9702 Lommared: / 301 -> /sv/, hero card Servicecenter, only /sv/servicecenter/ answers
# ---------------------------------------------------------------------------
SITES.append(dict(
    code="9702", name="Lommared", lan_kod="08", lan="Kalmar län", family="plone",
    prefix="/sv", slash=True, front_path="/sv/", title_sep=" — ",
    address="Rådhusgatan 3, 999 42 Lommared", phone="08-465 004 50", tel="+46846500450", mail="kommun@lommared.se",
    orgnr="212000-9902",
    redirects={"/": ["/sv/", 301]},
    robots="User-agent: *\nDisallow: /sv/sok/\nDisallow: /manage\n",
    search=dict(path="/sv/sok/", param="SearchableText", hits=hits_all("/sv/servicecenter/")),
    header_links=[("Kontakt", "/sv/kontakt/", "")],
    hero=dict(h1="Lommareds kommun",
              intro="Kommunen vid Lommaån – med 9 800 invånare, tre tätorter och en skärgård att upptäcka.",
              cards=[("Servicecenter", "/sv/servicecenter/", "Frågor om kommunens verksamheter? Ring, mejla eller kom förbi."),
                     ("Barn och skola", "/sv/barn-och-utbildning/", "Förskola, grundskola och fritids"),
                     ("Bygglov", "/sv/bygga-bo-och-miljo/bygglov/", "Det här behöver du veta innan du bygger"),
                     ("Lediga jobb", "/sv/naringsliv-och-arbete/lediga-jobb/", "Bli en av oss"),
                     ("Felanmälan", "/sv/trafik-och-infrastruktur/felanmalan/", "Något som behöver åtgärdas?"),
                     ("Turism", "/sv/naringsliv-och-arbete/turism/", "Skärgård, vandring och fiske")]),
    n_events=12, n_eservices=16,
    pages={
        "/sv/servicecenter/": ("Servicecenter", """<h1 class="documentFirstHeading">Servicecenter</h1>
<div class="documentDescription">På Servicecenter i Lommared får du svar på frågor om kommunens verksamheter – från skolskjuts och hemtjänst till bygglov, parkeringstillstånd och avfallstaxor.</div>
<p>Kan vi inte svara direkt ser vi till att rätt handläggare kontaktar dig inom två arbetsdagar. Hos oss arbetar sju kommunvägledare som också kan hjälpa dig att fylla i ansökningar och komma igång med e-tjänsterna.</p>
<h2>Kontakta Servicecenter</h2>
<dl class="kontaktlista">
<dt>Telefon</dt><dd>08-465 004 51</dd>
<dt>E-post</dt><dd>servicecenter(at)lommared.se</dd>
<dt>Öppettider</dt><dd>Måndag–fredag 8.00–16.30, torsdagar till 18.00</dd>
<dt>Besöksadress</dt><dd>Kommunhuset, Rådhusgatan 3</dd>
</dl>
<p class="documentByLine">Senast uppdaterad 2026-10-14 av webbansvarig Tove Ek</p>""", [("Kontakt", "/sv/kontakt/")]),
        "/sv/kontakt/": ("Kontakt", """<h1 class="documentFirstHeading">Kontakt</h1>
<p>Här hittar du kommunens gemensamma kontaktuppgifter.</p>
<ul>
<li>Växel: 08-465 004 50 (vardagar 7.30–16.30)</li>
<li>E-post: kommun@lommared.se</li>
<li>Postadress: Lommareds kommun, 999 42 Lommared</li>
</ul>
<h2>Hitta rätt</h2>
<ul>
<li><a href="/sv/servicecenter/">Servicecenter</a></li>
<li><a href="/sv/press/">Press och media</a></li>
<li><a href="/sv/kommun-och-politik/synpunkter-och-klagomal/">Synpunkter och klagomål</a></li>
<li><a href="/sv/kontakt/hitta-medarbetare/">Hitta medarbetare</a></li>
</ul>""", []),
    },
))

# ---------------------------------------------------------------------------
# 9703 Gäddvik: unit two landing pages deep (Kommun och politik -> Organisation -> Medborgarservice)
# ---------------------------------------------------------------------------
SITES.append(dict(
    code="9703", name="Gäddvik", lan_kod="23", lan="Jämtlands län", family="contao",
    prefix="", slash=True, front_path="/", title_sep=" | ",
    address="Sjövägen 8, 999 53 Gäddvik", phone="0980-319 230", tel="+46980319230", mail="kommunen@gaddvik.se",
    orgnr="212000-9903", real_subs=True,
    robots="User-agent: *\nDisallow: /contao/\nDisallow: /system/\n",
    search=dict(path="/sok/", param="keywords", hits={}),
    header_links=[("Kontakt", "/kontakt/", ""), ("Press", "/press/", "")],
    nav_mods={"kommun-och-politik": {"replace": ["Kommunfullmäktige", "Kommunstyrelsen", "Nämnder",
                                                 "Protokoll och handlingar", "Budget och ekonomi", "Vision och mål",
                                                 "Synpunkter och klagomål", "Allmänna handlingar"]}},
    hero=dict(h1="Gäddviks kommun",
              intro="Fjällnära, med älven genom centrum. Här hittar du kommunens service, nyheter och evenemang.",
              cards=[("Ansök om förskoleplats", "/e-tjanster/ansok-om-forskoleplats/", "Logga in med e-legitimation"),
                     ("Skoterleder", "/kultur-och-fritid/friluftsliv/", "Ledstatus och kartor"),
                     ("Bygglov", "/bygga-bo-och-miljo/bygglov/", "Så söker du"),
                     ("Jobba hos oss", "/naringsliv-och-arbete/lediga-jobb/", "Lediga tjänster")]),
    area_extra={"kommun-och-politik": '<h2>Så styrs Gäddvik</h2><p>Kommunen leds av politiker som väljs vart fjärde år. Verksamheterna sköts av förvaltningar. <a href="/kommun-och-politik/organisation/">Läs om kommunens organisation</a>.</p>'},
    n_events=18, n_eservices=22,
    pages={
        "/kontakt/": ("Kontakt", """<div class="ce_text block"><h1>Kontakt</h1>
<p>Du når Gäddviks kommun via växeln på 0980-319 230, vardagar 8–16. Du kan också skicka e-post till kommunen@gaddvik.se.</p>
<p>Har du frågor om en viss verksamhet hittar du kontaktuppgifter under respektive område i menyn.</p>
<p>Postadress: Gäddviks kommun, Sjövägen 8, 999 53 Gäddvik</p></div>""", []),
        "/kommun-och-politik/organisation/": ("Organisation", """<div class="ce_text block"><h1>Organisation</h1>
<p>Under kommunstyrelsen och nämnderna finns fyra förvaltningar. Kommundirektören leder tjänstemannaorganisationen.</p>
<h2>Kommunledningsförvaltningen</h2>
<p>Ekonomi, personal, kommunikation och IT samt <a href="/kommun-och-politik/organisation/medborgarservice/">Medborgarservice</a>.</p>
<h2>Barn- och utbildningsförvaltningen</h2><p>Förskola, grundskola, gymnasium och vuxenutbildning.</p>
<h2>Socialförvaltningen</h2><p>Äldreomsorg, individ- och familjeomsorg samt stöd till personer med funktionsnedsättning.</p>
<h2>Samhällsbyggnadsförvaltningen</h2><p>Bygglov, miljö, gator, vatten och avfall.</p></div>""",
                                               [("Kommun och politik", "/kommun-och-politik/")]),
        "/kommun-och-politik/organisation/medborgarservice/": ("Medborgarservice", """<div class="ce_text block"><h1>Medborgarservice</h1>
<p class="ingress">Medborgarservice finns i kommunhusets entré och svarar på frågor från dig som bor, arbetar eller driver företag i Gäddvik.</p>
<p>Vi hjälper dig bland annat med</p>
<ul>
<li>barnomsorgsavgifter och ansökan om förskoleplats</li>
<li>bostadsanpassningsbidrag och färdtjänst</li>
<li>avfallsabonnemang och hämtningsschema</li>
<li>att fylla i blanketter och använda kommunens e-tjänster</li>
<li>kopiering, utskrifter och bevittning av underskrifter</li>
</ul>
<h2>Kontaktuppgifter</h2>
<p>Ring 0980-319 231 eller skriv till medborgarservice@gaddvik.se. Vill du hellre träffas? Besöksadress: Kommunhuset, Sjövägen 8.</p>
<h2>Öppettider</h2>
<p>Måndag–fredag 8.00–16.00. Dag före helgdag stänger vi klockan 13.00.</p>
<p>Medborgarservice leds av Anders Nyqvist, enhetschef på kommunledningsförvaltningen.</p></div>""",
                                                                [("Kommun och politik", "/kommun-och-politik/"), ("Organisation", "/kommun-och-politik/organisation/")]),
    },
))

# ---------------------------------------------------------------------------
# 9704 Björkhamn: unit page only in a child sitemap of a sitemap index (/sitemap.xml is the index)
# ---------------------------------------------------------------------------
_9704_pages = ["/", "/barn-och-utbildning/", "/omsorg-och-stod/", "/bygga-bo-och-miljo/", "/trafik-och-infrastruktur/",
               "/kultur-och-fritid/", "/naringsliv-och-arbete/", "/kommun-och-politik/", "/kontakt/", "/kommunen/kundservice/",
               "/om-webbplatsen/tillganglighetsredogorelse/", "/om-webbplatsen/kakor/"]
SITES.append(dict(
    code="9704", name="Björkhamn", lan_kod="22", lan="Västernorrlands län", family="webflow",
    prefix="", slash=True, front_path="/", title_sep=" | ",
    address="Strandgatan 10, 999 61 Björkhamn", phone="0980-319 240", tel="+46980319240", mail="kommun@bjorkhamn.se",
    orgnr="212000-9904",
    robots="User-agent: *\nDisallow: /sok/\nSitemap: __ORIGIN__/sitemap.xml\n",
    search=dict(path="/sok/", param="query", hits={"kundservice": ["/kommunen/kundservice/"]}),
    header_links=[("Kontakt", "/kontakt/", 'class="nav-link w-nav-link"')],
    hero=dict(h1="Björkhamn – staden vid fjärden",
              intro="Välkommen till Björkhamns kommun. Vad vill du göra i dag?",
              cards=[("Söka förskola", "/barn-och-utbildning/forskola/", "Köer och ansökan"),
                     ("Hitta en badplats", "/kultur-och-fritid/friluftsliv/", "Badvattenprover och kartor"),
                     ("Anmäla ett fel", "/trafik-och-infrastruktur/felanmalan/", "Gator, parker och belysning"),
                     ("Läsa protokoll", "/kommun-och-politik/protokoll-och-handlingar/", "Fullmäktige och nämnder")]),
    n_events=15, n_eservices=20,
    static={
        "sitemap.xml": ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                        "  <sitemap><loc>__ORIGIN__/sitemap-sidor.xml</loc><lastmod>2026-10-28</lastmod></sitemap>\n"
                        "  <sitemap><loc>__ORIGIN__/sitemap-nyheter.xml</loc><lastmod>2026-10-28</lastmod></sitemap>\n"
                        "</sitemapindex>\n"),
        "sitemap-sidor.xml": sitemap_xml(_9704_pages),
        "sitemap-nyheter.xml": "__NEWS__",  # filled in by the build (news paths)
    },
    static_pages={"/sitemap.xml": "sitemap.xml", "/sitemap-sidor.xml": "sitemap-sidor.xml",
                  "/sitemap-nyheter.xml": "sitemap-nyheter.xml"},
    pages={
        "/kontakt/": ("Kontakt", """<div class="section wf-section"><div class="container w-container">
<h1 class="heading">Kontakt</h1>
<div class="rich-text w-richtext"><p>Välkommen att kontakta Björkhamns kommun.</p>
<p><strong>Växel</strong><br>0980-319 240, vardagar 7.30–16.00</p>
<p><strong>E-post</strong><br>kommun@bjorkhamn.se</p>
<p><strong>Post</strong><br>Björkhamns kommun, 999 61 Björkhamn</p>
<p>Journalist? Kontakta kommunikationsavdelningen på press@bjorkhamn.se.</p></div></div></div>""", []),
        "/kommunen/kundservice/": ("Kommunens kundservice", """<div class="section wf-section"><div class="container w-container">
<h1 class="heading">Kommunens kundservice</h1>
<div class="rich-text w-richtext">
<p>Hos kundservice kan du ställa frågor om det mesta som kommunen ansvarar för. Vanliga ärenden är förskolekön, blanketter för bygglov, sophämtning, felanmälan av gatubelysning och hur du betalar en faktura från kommunen.</p>
<p>Ring oss på 0980-319 245 eller mejla kundservice@bjorkhamn.se. Du kan också besöka oss på Strandgatan 10, entréplanet.</p>
<p>Kontaktperson för kundservice: Emil Roos</p>
</div></div></div>""", []),
    },
))

# ---------------------------------------------------------------------------
# 9705 Nyckelby: unit found only through the site search (?sv.query=)
# ---------------------------------------------------------------------------
SITES.append(dict(
    code="9705", name="Nyckelby", lan_kod="04", lan="Södermanlands län", family="sitecore",
    prefix="", slash=True, front_path="/", title_sep=" - ",
    address="Kungsgatan 21, 999 72 Nyckelby", phone="08-465 004 60", tel="+46846500460", mail="nyckelby@nyckelby.se",
    orgnr="212000-9905",
    robots="User-agent: *\nDisallow: /sitevision/\nDisallow: /edit/\n",
    search=dict(path="/sida/sok/", param="sv.query", hidden=[("sv.target", "12.4f3a9b")],
                hits=hits_all("/kommunen/servicekontoret/")),
    header_links=[("Kontakt", "/kontakt/", "")],
    hero=dict(h1="Nyckelby kommun",
              intro="Mälarkommunen med närhet till allt. Här finns service, nyheter och e-tjänster samlade.",
              cards=[("E-tjänster", "/e-tjanster/", "Gör ditt ärende när det passar dig"),
                     ("Skola och förskola", "/barn-och-utbildning/", "Ansökan och skolval"),
                     ("Bo och bygga", "/bygga-bo-och-miljo/", "Bygglov, avfall och vatten"),
                     ("Jobba i Nyckelby", "/naringsliv-och-arbete/lediga-jobb/", "Lediga tjänster")]),
    news=[("Statens servicekontor flyttar till Stationshuset", "/nyheter/statens-servicekontor-flyttar/",
           "Från den 1 december finns Statens servicekontor i Stationshuset. Där får du hjälp med ärenden hos Skatteverket, Försäkringskassan och Pensionsmyndigheten.", True)],
    n_events=14, n_eservices=18,
    pages={
        "/nyheter/statens-servicekontor-flyttar/": ("Statens servicekontor flyttar till Stationshuset", """<article><h1>Statens servicekontor flyttar till Stationshuset</h1>
<p class="datum">Publicerad 2026-10-19</p>
<p class="ingress">Från den 1 december finns Statens servicekontor i Stationshuset vid resecentrum.</p>
<p>Statens servicekontor drivs av Statens servicecenter och hjälper dig med ärenden hos Skatteverket, Försäkringskassan och Pensionsmyndigheten. Kommunen hyr ut lokalen men ansvarar inte för verksamheten. Frågor om servicekontoret ställer du till Statens servicecenter.</p></article>""",
                                                    [("Nyheter", "/nyheter/")]),
        "/kontakt/": ("Kontakt", """<div class="component rich-text"><div class="component-content">
<h1>Kontakt</h1>
<p>Växel: 08-465 004 60<br>E-post: nyckelby@nyckelby.se<br>Postadress: Nyckelby kommun, 999 72 Nyckelby</p>
<p>Växeln har öppet vardagar 8.00–16.30. Vid akuta ärenden efter kontorstid, ring tjänstemannaberedskapen via 112.</p>
</div></div>""", []),
        "/kommunen/servicekontoret/": ("Servicekontoret", """<div class="component rich-text"><div class="component-content">
<h1>Servicekontoret</h1>
<p>Servicekontoret är Nyckelby kommuns egen disk i kommunhuset, till för dig som bor i kommunen. Hit kan du vända dig om du undrar över något – vi finns här för att hjälpa dig.</p>
<p>Telefon 08-465 004 62.<br>Telefontid vardagar 9–12 och 13–15.</p>
<p class="sidansvar">Sidansvarig: Lina Berg</p>
</div></div>""", []),
    },
))

# ---------------------------------------------------------------------------
# 9706 Ormesta: complete unit page reachable only through /?s=, which robots.txt disallows
# ---------------------------------------------------------------------------
SITES.append(dict(
    code="9706", name="Ormesta", lan_kod="18", lan="Örebro län", family="astra",
    prefix="", slash=True, front_path="/", title_sep=" – ",
    address="Bergslagsvägen 5, 999 83 Ormesta", phone="040-628 04 10", tel="+46406280410", mail="ormesta.kommun@ormesta.se",
    orgnr="212000-9906",
    robots=("User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /?s=\nDisallow: /search/\n"
            "Sitemap: __ORIGIN__/sitemap.xml\n"),
    sitemap="all", sitemap_exclude=["/kontaktcenter/"],
    search=dict(path="/", param="s", hits=hits_all("/kontaktcenter/")),
    header_links=[("Kontakta oss", "/kontakta-oss/", 'class="menu-link"')],
    nav_mods={"naringsliv-och-arbete": {"add": [("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag/")]}},
    hero=dict(h1="Ormesta kommun",
              intro="Bergslagens gröna hjärta. Välkommen att bo, verka och besöka!",
              cards=[("Förskola", "/barn-och-utbildning/forskola/", "Ansök om plats"),
                     ("Avfall och återvinning", "/bygga-bo-och-miljo/avfall-och-atervinning/", "Hämtning och ÅVC"),
                     ("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/", "Se alla tjänster"),
                     ("Uppleva och göra", "/kultur-och-fritid/", "Bad, bibliotek och friluftsliv")]),
    news=[("Pensionsmyndighetens kundservice på plats i biblioteket", "/nyheter/pensionsmyndigheten-i-biblioteket/",
           "Den 14 november svarar Pensionsmyndighetens kundservice på frågor om pension i bibliotekets foajé.", True)],
    footer_extra=('<div class="sidfot-kol"><h2>Vatten och avfall</h2><p>Ormesta Vatten och Avfall AB – kundservice för VA och renhållning: '
                  '040-628 04 90, kundservice@ormestavatten.se</p></div>'),
    n_events=14, n_eservices=18,
    pages={
        "/nyheter/pensionsmyndigheten-i-biblioteket/": ("Pensionsmyndighetens kundservice på plats i biblioteket", """<article class="post"><h1 class="entry-title">Pensionsmyndighetens kundservice på plats i biblioteket</h1>
<p class="datum">Publicerad 2026-10-30</p>
<div class="entry-content"><p>Torsdagen den 14 november klockan 10–15 finns Pensionsmyndighetens kundservice i bibliotekets foajé. Du kan ställa frågor om allmän pension, bostadstillägg och hur du loggar in på minpension.</p>
<p>Ingen föranmälan behövs. Ta med legitimation.</p></div></article>""", [("Nyheter", "/nyheter/")]),
        "/kontakta-oss/": ("Kontakta oss", """<article class="page"><h1 class="entry-title">Kontakta oss</h1>
<div class="entry-content">
<p>Kommunens växel når du på 040-628 04 10, vardagar 7.30–16.30. E-post: ormesta.kommun@ormesta.se.</p>
<h2>Vatten, avlopp och sophämtning</h2>
<p>Frågor om vatten, avlopp och sophämtning besvaras av Ormesta Vatten och Avfall AB:s kundservice, 040-628 04 90.</p>
<h2>Företag</h2>
<p>Driver du företag? Vänd dig till <a href="/naringsliv-och-arbete/servicecenter-for-foretag/">Servicecenter för företag</a>.</p>
</div></article>""", []),
        "/naringsliv-och-arbete/servicecenter-for-foretag/": ("Servicecenter för företag", """<article class="page"><h1 class="entry-title">Servicecenter för företag</h1>
<div class="entry-content">
<p>Servicecenter för företag är näringslivsenhetens ingång för dig som driver eller vill starta företag. Vi svarar på frågor om tillstånd, livsmedelsregistrering, markupplåtelse och upphandling.</p>
<p>Telefon 040-628 04 30, e-post foretag@ormesta.se. Vi har öppet vardagar 8–16.</p>
<p>Enhetschef för Servicecenter för företag: Patrik Alm.</p>
</div></article>""", [("Näringsliv och arbete", "/naringsliv-och-arbete/")]),
        "/kontaktcenter/": ("Kontaktcenter", """<article class="page"><h1 class="entry-title">Kontaktcenter</h1>
<div class="entry-content">
<p>Ormesta kommuns kontaktcenter svarar på frågor om skola och förskola, äldreomsorg, bygglov, avfall, gator och parker. Vi tar också emot felanmälningar.</p>
<p>Telefon: 040-628 04 11<br>E-post: kontaktcenter@ormesta.se<br>Öppettider: vardagar 8.00–17.00</p>
<p>Enhetschef för kontaktcenter: Helena Fors</p>
</div></article>""", []),
    },
))

# ---------------------------------------------------------------------------
# 9707 Säbyholm: unit one click behind "Kontakta oss"; on the front page only a footer link
# ---------------------------------------------------------------------------
SITES.append(dict(
    code="9707", name="Säbyholm", lan_kod="03", lan="Uppsala län", family="bulma",
    prefix="", slash=True, front_path="/", title_sep=" | ",
    address="Slottsallén 2, 999 14 Säbyholm", phone="08-465 004 70", tel="+46846500470", mail="info@sabyholm.se",
    orgnr="212000-9907",
    robots="User-agent: *\nCrawl-delay: 2\nDisallow: /print/\nSitemap: __ORIGIN__/sitemap.xml\n",
    sitemap="all",
    search=dict(path="/sok/", param="q", hits={"kundtjänst": ["/kontakta-oss/kundtjanst/"]}),
    header_links=[("Kontakta oss", "/kontakta-oss/", 'class="button is-light"')],
    footer_links=[("Kundtjänst", "/kontakta-oss/kundtjanst/")],
    hero=dict(h1="Säbyholms kommun",
              intro="Slottet, sjön och slätten – och 21 000 invånare som gör kommunen levande.",
              cards=[("Ansök om förskola", "/barn-och-utbildning/forskola/", "Så fungerar kön"),
                     ("Bygglov", "/bygga-bo-och-miljo/bygglov/", "Innan du bygger"),
                     ("Slottsparken", "/kultur-och-fritid/friluftsliv/", "Öppettider och guidningar"),
                     ("Felanmälan", "/trafik-och-infrastruktur/felanmalan/", "Anmäl fel i gatumiljön"),
                     ("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/", "Jobba hos oss")]),
    n_events=16, n_eservices=20,
    pages={
        "/kontakta-oss/": ("Kontakta oss", """<section class="section"><div class="container content">
<h1 class="title">Kontakta oss</h1>
<p>Välj det som passar ditt ärende bäst.</p>
<div class="columns">
<div class="column box"><h2><a href="/kontakta-oss/kundtjanst/">Kundtjänst</a></h2><p>Frågor och ärenden till kommunen.</p></div>
<div class="column box"><h2><a href="/trafik-och-infrastruktur/felanmalan/">Felanmälan</a></h2><p>Trasig belysning, potthål och klotter.</p></div>
<div class="column box"><h2><a href="/press/">Press</a></h2><p>För journalister.</p></div>
<div class="column box"><h2><a href="/kommun-och-politik/politiker/">Politiker</a></h2><p>E-post till förtroendevalda.</p></div>
</div>
<p>Växel 08-465 004 70 · info@sabyholm.se</p>
</div></section>""", []),
        "/kontakta-oss/kundtjanst/": ("Kundtjänst", """<section class="section"><div class="container content">
<h1 class="title">Kundtjänst</h1>
<p class="subtitle">Kundtjänst är kommunens första kontakt med invånarna.</p>
<p>Vi svarar på dina frågor om kommunens service och ser till att ditt ärende hamnar rätt från början.</p>
<p>Ring 08-465 004 77, måndag–fredag 7.30–17.00, eller skicka e-post till kundtjanst@sabyholm.se. Du kan också använda vårt <a href="/kontakta-oss/kundtjanst/formular/">kontaktformulär</a>.</p>
<p>Läs mer om <a href="/kommun-och-politik/organisation/">hur kommunen är organiserad</a>.</p>
</div></section>""", [("Kontakta oss", "/kontakta-oss/")]),
        "/kommun-och-politik/organisation/": ("Organisation", """<section class="section"><div class="container content">
<h1 class="title">Organisation</h1>
<p>Kommunens verksamheter är samlade i fem förvaltningar. Här ser du cheferna för de enheter som har mest kontakt med allmänheten.</p>
<table class="table is-striped">
<thead><tr><th>Enhet</th><th>Chef</th><th>Telefon</th></tr></thead>
<tbody>
<tr><td>Kundtjänst</td><td>Kundtjänstchef Hedvig Strand</td><td>08-465 004 78</td></tr>
<tr><td>Biblioteket</td><td>Bibliotekschef Jonas Brink</td><td>08-465 004 80</td></tr>
<tr><td>Bygglov</td><td>Bygglovschef Amir Haddad</td><td>08-465 004 81</td></tr>
<tr><td>Kommunledningskontoret</td><td>Kommundirektör Cecilia Lööf</td><td>08-465 004 71</td></tr>
</tbody></table>
</div></section>""", [("Kommun och politik", "/kommun-och-politik/")]),
    },
))

# ---------------------------------------------------------------------------
# 9708 Vretlanda: top-level "Kommunservice" -> soft 404 (200); the real page only in sitemap.xml (and search)
# ---------------------------------------------------------------------------
SITES.append(dict(
    code="9708", name="Vretlanda", lan_kod="06", lan="Jönköpings län", family="foundation",
    prefix="", slash=True, front_path="/", title_sep=" - ", real_subs=True,
    address="Torget 1, 999 25 Vretlanda", phone="040-628 04 30", tel="+46406280430", mail="kommunen@vretlanda.se",
    orgnr="212000-9908",
    robots="User-agent: *\nDisallow: /internt/\nSitemap: __ORIGIN__/sitemap.xml\n",
    sitemap="all",
    search=dict(path="/sok/", param="q", hits={"kommunservice": ["/kontakt/kommunservice/"]}),
    header_links=[("Kontakt", "/kontakt/", "")],
    nav_extra=[("Kommunservice", "/kommunservice/", [])],
    hero=dict(h1="Vretlanda kommun",
              intro="Småländsk småstad med stor gemenskap. Vi finns här för dig som bor och verkar i Vretlanda.",
              cards=[("Förskola och skola", "/barn-och-utbildning/", "Allt om barnens skolgång"),
                     ("Hemtjänst", "/omsorg-och-stod/hemtjanst/", "Stöd i vardagen"),
                     ("Avfall", "/bygga-bo-och-miljo/avfall-och-atervinning/", "Hämtning och taxor"),
                     ("Parkering", "/trafik-och-infrastruktur/parkering/", "Avgifter och tillstånd"),
                     ("Badhuset", "/kultur-och-fritid/badhus/", "Öppettider och priser")]),
    n_events=18, n_eservices=22,
    pages={
        "/kommunservice/": ("Sidan kunde inte hittas", """<div class="callout alert">
<h1>Sidan kunde inte hittas</h1>
<p>Sidan du söker kan ha flyttats eller tagits bort. Kontrollera adressen, använd sökfunktionen eller gå till <a href="/">startsidan</a>.</p>
</div>"""),
        "/kontakt/": ("Kontakt", """<div class="grid-x"><div class="cell">
<h1>Kontakt</h1>
<p>Välkommen att kontakta oss! Växeln kopplar dig till rätt person.</p>
<p>Telefon 040-628 04 30<br>E-post kommunen@vretlanda.se<br>Besöksadress Torget 1</p>
<p>Vill du lämna en synpunkt? Använd <a href="/kommun-och-politik/synpunkter-och-klagomal/">synpunktsformuläret</a>.</p>
</div></div>""", []),
        "/kontakt/kommunservice/": ("Kommunservice", """<div class="grid-x"><div class="cell">
<h1>Kommunservice</h1>
<p class="lead">Kommunservice svarar på frågor om kommunens verksamheter, till exempel om barnomsorg, äldreomsorg, bygglov och avfall. Vi tar också emot felanmälningar och synpunkter.</p>
<ul class="no-bullet">
<li>Telefon: 040-628 04 35</li>
<li>E-post: kommunservice@vretlanda.se</li>
<li>Chatt: vardagar 9–15</li>
</ul>
<button type="button" class="button chatt-knapp">Chatta med Kommunservice</button>
<p class="sidansvar">Sidansvarig: Malin Öst, webbredaktör</p>
</div></div>""", [("Kontakt", "/kontakt/")]),
    },
))

# ---------------------------------------------------------------------------
# 9709 Kälvik: only a front-page news teaser names the unit; own page linked from the news item (?fran=nyhet, canonical)
# ---------------------------------------------------------------------------
SITES.append(dict(
    code="9709", name="Kälvik", lan_kod="13", lan="Hallands län", family="sveltekit",
    prefix="", slash=True, front_path="/", title_sep=" · ", canonical=True,
    address="Hamngatan 4, 999 36 Kälvik", phone="031-390 06 40", tel="+4631390640", mail="kommun@kalvik.se",
    orgnr="212000-9909",
    robots="User-agent: *\nDisallow: /kalender/\n",
    search=dict(path="/sok/", param="sokord", hits={"kontaktcenter": ["/kontaktcenter/"]}),
    header_links=[("Kontakt", "/kontakt/", "")],
    hero=dict(h1="Kälviks kommun",
              intro="Västkust, ljung och långa stränder.",
              cards=[("Förskola", "/barn-och-utbildning/forskola/", "Ansök om plats"),
                     ("Hemtjänst", "/omsorg-och-stod/hemtjanst/", "Så ansöker du"),
                     ("Badplatser", "/kultur-och-fritid/friluftsliv/", "Badtemperaturer i sommar"),
                     ("Bygglov", "/bygga-bo-och-miljo/bygglov/", "Guide till din ansökan")]),
    news=[("Kontaktcentret har sommaröppet från midsommar", "/nyheter/2026/kontaktcentret-sommaroppet/",
           "Under sommaren har kontaktcentret kortare telefontider. Se vilka tider som gäller.", True)],
    n_events=24, n_eservices=22, events_base="kalender",
    body_extra='<script>__sveltekit_1q2w3e = {base: "", env: {}};</script>\n',
    pages={
        "/nyheter/2026/kontaktcentret-sommaroppet/": ("Kontaktcentret har sommaröppet från midsommar", """<article class="svelte-4hq0n1"><h1>Kontaktcentret har sommaröppet från midsommar</h1>
<p class="datum">Publicerad 2026-06-10</p>
<p class="ingress">Från midsommar till den 14 augusti svarar kontaktcentret i telefon vardagar 9–15.</p>
<p>Under sommaren är vi färre i tjänst. E-post besvarar vi inom tre arbetsdagar. <a href="/kontaktcenter/?fran=nyhet">Läs mer om kontaktcentret</a>.</p></article>""",
                                                      [("Nyheter", "/nyheter/")]),
        "/kontakt/": ("Kontakt", """<section class="block svelte-4hq0n1"><h1>Kontakt</h1>
<p>Kälviks kommun, Hamngatan 4, 999 36 Kälvik</p>
<p>Växel 031-390 06 40 · kommun@kalvik.se</p>
<p>Organisationsnummer 212000-9909</p></section>""", []),
        "/kontaktcenter/": ("Kontaktcenter", """<section class="block svelte-4hq0n1"><h1>Kontaktcenter</h1>
<p class="ingress">Kontaktcenter hjälper dig med det mesta när du har kontakt med Kälviks kommun. Vi finns här för dig, oavsett vad du undrar över.</p>
<p>Telefon 031-390 06 44 · E-post kontaktcenter@kalvik.se</p>
<p>I telefon svarar kommunvägledarna Lisa Ahl, Omar Said och Britt Sjöholm.</p></section>""", []),
    },
    canonical_map={},
))

# ---------------------------------------------------------------------------
# 9710 Hjortsjö: / 302 -> /sv 301 -> /sv/; top bar "Kontakt Hjortsjö"; top-level menu items are buttons
# ---------------------------------------------------------------------------
SITES.append(dict(
    code="9710", name="Hjortsjö", lan_kod="25", lan="Norrbottens län", family="hugo",
    prefix="/sv", slash=True, front_path="/sv/", title_sep=" – ", real_subs=True,
    address="Älvgatan 12, 999 91 Hjortsjö", phone="0980-319 270", tel="+46980319270", mail="kommun@hjortsjo.se",
    orgnr="212000-9910",
    redirects={"/": ["/sv", 302], "/sv": ["/sv/", 301]},
    robots="User-agent: *\nDisallow: /sv/sok\nDisallow: /sv/kalender/\nSitemap: __ORIGIN__/sitemap.xml\n",
    sitemap="all",
    search=dict(path="/sv/sok", param="query", hits={"kontakt hjortsjö": ["/sv/kontakt-hjortsjo/"]}),
    topbar_extra=[('<svg aria-hidden="true" width="14" height="14"><circle cx="7" cy="7" r="6"/></svg> Kontakt Hjortsjö', "/sv/kontakt-hjortsjo/", 'class="topbar-kontakt"')],
    hero=dict(h1="Hjortsjö kommun",
              intro="Mellan fjäll och älvdal. Upptäck kommunen, hitta service och följ det som händer.",
              cards=[("Skola och förskola", "/sv/barn-och-utbildning/", "Ansökan och läsårstider"),
                     ("Snöröjning", "/sv/trafik-och-infrastruktur/snorojning/", "Så plogar vi"),
                     ("Skoter och fritid", "/sv/kultur-och-fritid/friluftsliv/", "Leder och stugor"),
                     ("Bygglov", "/sv/bygga-bo-och-miljo/bygglov/", "Ansök om lov"),
                     ("Lediga jobb", "/sv/naringsliv-och-arbete/lediga-jobb/", "Jobba i Hjortsjö"),
                     ("Budget och ekonomi", "/sv/kommun-och-politik/budget-och-ekonomi/", "Så används skattepengarna")]),
    n_events=30, n_eservices=22, events_base="kalender",
    pages={
        "/sv/kontakt-hjortsjo/": ("Kontakt Hjortsjö", """<section class="c-section"><div class="l-container">
<h1>Kontakt Hjortsjö</h1>
<p class="ingress">Kontakt Hjortsjö är kommunens kundtjänst. Här svarar vi på frågor om allt från förskolekö och skolskjuts till snöröjning, renhållning och bygglov, och vi hjälper dig att använda e-tjänsterna.</p>
<h2>Så kontaktar du oss</h2>
<ul>
<li>Ring <a href="tel:+46980319271">0980-319 271</a> – vi svarar vardagar 8.00–16.30</li>
<li><button type="button" class="c-chat" data-chat="kontakt">Chatta med Kontakt Hjortsjö</button></li>
<li><a href="/sv/e-tjanster/stall-en-fraga/">Ställ en fråga via e-tjänsten</a></li>
</ul>
<p>Ansvarig för Kontakt Hjortsjö: Sanna Lejon, enhetschef.</p>
</div></section>""", []),
    },
))

# ---------------------------------------------------------------------------
# 9711 Mörtfors: 502 on every path
# ---------------------------------------------------------------------------
SITES.append(dict(
    code="9711", name="Mörtfors", lan_kod="20", lan="Dalarnas län", family="bulma",
    prefix="", slash=True, front_path="/", title_sep=" | ",
    address="Brukstorget 1, 999 45 Mörtfors", phone="0980-319 280", tel="+46980319280", mail="kommun@mortfors.se",
    orgnr="212000-9911", front_status=502,
    search=dict(path="/sok/", param="q", hits={}),
    header_links=[("Kundcenter", "/kundcenter/", "")],
    hero=dict(h1="Mörtfors kommun", intro="Bruksorten vid forsen.",
              cards=[("Kundcenter", "/kundcenter/", "Vi svarar på dina frågor")]),
    pages={"/kundcenter/": ("Kundcenter", "<h1>Kundcenter</h1><p>Kundcenter svarar på frågor om skola, omsorg och avfall. Telefon 0980-319 281, kundcenter@mortfors.se. Kundcenterchef: Eva Brunn.</p>", [])},
))

# ---------------------------------------------------------------------------
# 9712 Ängsvik: / 301 -> /sv/, and robots.txt disallows /sv/ to every crawler
# ---------------------------------------------------------------------------
SITES.append(dict(
    code="9712", name="Ängsvik", lan_kod="12", lan="Skåne län", family="sitecore",
    prefix="/sv", slash=True, front_path="/sv/", title_sep=" - ",
    address="Ängsgatan 9, 999 57 Ängsvik", phone="040-628 04 50", tel="+46406280450", mail="kommun@angsvik.se",
    orgnr="212000-9912",
    redirects={"/": ["/sv/", 301]},
    robots="User-agent: *\nDisallow: /sv/\n",
    search=dict(path="/sv/sok/", param="q", hits={}),
    nav_extra=[("Medborgarkontoret", "/sv/medborgarkontoret/", [])],
    hero=dict(h1="Ängsviks kommun", intro="Slätten, havet och staden.",
              cards=[("Förskola", "/sv/barn-och-utbildning/forskola/", "Ansök om plats"),
                     ("Bygglov", "/sv/bygga-bo-och-miljo/bygglov/", "Så söker du")]),
    pages={"/sv/medborgarkontoret/": ("Medborgarkontoret", """<h1>Medborgarkontoret</h1>
<p>Medborgarkontoret hjälper dig med frågor om bostadsanpassning, färdtjänst, förskola och avfall. Ring 040-628 04 51, mejla medborgarkontoret@angsvik.se eller besök oss på Ängsgatan 9 vardagar 9–16.</p>
<p>Enhetschef för medborgarkontoret: Tomas Ljung.</p>""", [])},
))
