"""Content of the ten blind35 sites (typing aid). Labels live in ../labels.csv, not here."""
from __future__ import annotations

from build_sites import areas


def a11y(org, path="/om-webbplatsen/tillganglighet/"):
    return (path, "tillganglighet.html", "Tillgänglighetsredogörelse",
            f"<h1>Tillgänglighetsredogörelse</h1><p>{org} står bakom den här webbplatsen. Vi vill att så många som möjligt "
            "ska kunna använda den. Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service.</p>"
            "<h2>Kända brister</h2><ul><li>Vissa PDF-dokument är inte tillgängliga.</li><li>Några inbäddade kartor saknar textalternativ.</li></ul>"
            "<h2>Tillsyn</h2><p>Myndigheten för digital förvaltning har ansvaret för tillsyn över lagen.</p>", {})


def kakor(path="/om-webbplatsen/kakor/"):
    return (path, "kakor.html", "Kakor",
            "<h1>Kakor</h1><p>En kaka är en liten textfil som sparas i din webbläsare. Vi använder nödvändiga kakor för att "
            "webbplatsen ska fungera och, om du godkänner det, kakor för anonym besöksstatistik.</p>", {})


def news(path, title, date, lead, *paras):
    return (path, title, date, lead, "".join(f"<p>{p}</p>" for p in paras))


COMMON_EVENTS = [("Öppet hus på kulturskolan", "kultur-och-fritid", "Kulturskola"),
                 ("Samråd om ny detaljplan", "bygga-bo-och-miljo", "Detaljplaner"),
                 ("Kommunfullmäktige sammanträder", "kommun-och-politik", "Politik och nämnder")]
COMMON_ES = [("Ansök om förskoleplats", "barn-och-utbildning", "Förskola"), ("Ansök om bygglov", "bygga-bo-och-miljo", "Bygglov"),
             ("Felanmälan gator och belysning", "trafik-och-gator", "Gator och vägar"), ("Boka lokal eller idrottshall", "kultur-och-fritid", "Idrott och motion")]


def links(site_areas, items):
    by = {a["slug"]: a for a in site_areas}
    out = []
    for t, slug, sub in items:
        a = by[slug]
        out.append((t, f'{a["path"]}#{sub.lower().replace(" ", "-").replace("å", "a").replace("ä", "a").replace("ö", "o")}'))
    return out


SITES = []

# ============================================================== 9377 Korpstad: a "stad"
A = areas("/{slug}/", rename={"kommun-och-politik": "Staden och politiken", "trafik-och-gator": "Trafik och stadsplanering"})
SITES.append(dict(
    code="9377", kommun="Korpstad", org="Korpstads stad", lan_kod="14", lan="Västra Götalands län", family="semantic",
    title_suffix=" - Korpstads stad", front_path="/", front_title="Korpstads stad - Välkommen till Korpstad",
    topbar=[("Lyssna", "/om-webbplatsen/lyssna/"), ("Lättläst", "/om-webbplatsen/lyssna/"), ("Other languages", "/other-languages/")],
    header_links=[("Kontakt Korpstad", "/kontakt-korpstad/", "header-cta header-cta--contact")],
    areas=A, hero={"title": "Välkommen till Korpstad", "text": "Staden vid älven – med 68 000 invånare, levande stadskärna och nära till naturen.",
                   "cards": [("Lediga jobb i staden", "/naringsliv-och-arbete/#lediga-jobb"), ("Ansök om bygglov", "/bygga-bo-och-miljo/#bygglov"),
                             ("Sophämtning och återvinning", "/bygga-bo-och-miljo/#avfall-och-atervinning")]},
    news_path="/nyheter/",
    news=[news("/nyheter/ny-bro-over-alven/", "Ny gång- och cykelbro över älven", "2026-03-02",
               "Den nya bron mellan Norra kajen och Stationsparken öppnar för trafik i maj.",
               "Bron är 140 meter lång och har belysning längs hela sträckan. Under de sista veckorna av bygget är kajpromenaden avstängd."),
          news("/nyheter/energibolaget-byter-system/", "Korpstads Energi byter faktureringssystem", "2026-02-20",
               "Stadens energibolag inför ett nytt system för fakturor under april.",
               "Korpstads Energi AB:s kundtjänst har begränsade telefontider under bytet. Frågor om elnät och fjärrvärme besvaras av bolaget, inte av staden."),
          news("/nyheter/budget-2027/", "Stadsfullmäktige har antagit budget för 2027", "2026-02-11",
               "Budgeten ger mer pengar till förskolan och till underhåll av gator.",
               "Stadsfullmäktige beslutade om budgeten efter en debatt som varade i sex timmar.")],
    events=links(A, COMMON_EVENTS), eservices=links(A, COMMON_ES),
    footer=[("Korpstads stad", "<p>Korpstads stadshus<br>Stora torget 1<br>999 10 Korpstad</p><p>Telefon: 031-390 06 00<br>"
             "E-post: <a href=\"mailto:stad@korpstad.se\">stad@korpstad.se</a></p><p>Org.nr 212000-9377</p>"),
            ("Genvägar", '<ul><li><a href="/kontakt-korpstad/">Kontakt Korpstad</a></li><li><a href="/kommun-och-politik/">Staden och politiken</a></li>'
             '<li><a href="/nyheter/">Nyheter</a></li></ul>'),
            ("Om webbplatsen", '<ul><li><a href="/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a></li><li><a href="/om-webbplatsen/kakor/">Kakor</a></li>'
             '<li><a href="/om-webbplatsen/lyssna/">Lyssna och lättläst</a></li></ul>')],
    cookie_href="/om-webbplatsen/kakor/",
    redirects={"/kontakt": ["/kontakt-korpstad/", 301]},
    extra=[("/kontakt-korpstad/", "kontakt-korpstad.html", "Kontakt Korpstad",
            "<h1>Kontakt Korpstad</h1>"
            "<p class=\"lead\">Kontakt Korpstad är stadens gemensamma väg in för dig som bor, arbetar eller driver företag i Korpstad. "
            "Du når oss på telefon, via e-post eller i receptionen i Korpstads stadshus.</p>"
            "<h2>Det här kan vi hjälpa dig med</h2><p>Våra stadsvägledare svarar direkt på de flesta frågor, till exempel om</p>"
            "<ul><li>förskoleplats och skolval</li><li>bygglov och anmälan om altan eller plank</li><li>sophämtning, avfallsabonnemang och återvinningscentralen</li>"
            "<li>parkeringstillstånd och boendeparkering</li><li>felanmälan om gator, parker och belysning</li></ul>"
            "<p>Kan vi inte svara direkt kopplar vi dig vidare till rätt handläggare.</p>"
            "<h2>Så når du oss</h2><p>Telefon: <a href=\"tel:+46313900600\">031-390 06 00</a><br>E-post: <a href=\"mailto:kontakt@korpstad.se\">kontakt@korpstad.se</a></p>"
            "<table class=\"hours\"><caption>Telefontider</caption><tr><th>Måndag–torsdag</th><td>08.00–17.00</td></tr><tr><th>Fredag</th><td>08.00–16.00</td></tr>"
            "<tr><th>Lunch</th><td>Öppet som vanligt</td></tr></table>"
            "<h2>Besök oss</h2><p>Receptionen i Korpstads stadshus, Stora torget 1. Öppet vardagar 09.00–16.00.</p>"
            "<h2>Organisation</h2><p>Kontakt Korpstad är en enhet inom stadsledningskontoret.<br>Enhetschef för Kontakt Korpstad: Helena Brink</p>", {}),
           ("/om-webbplatsen/lyssna/", "lyssna.html", "Lyssna och lättläst",
            "<h1>Lyssna och lättläst</h1><p>Du kan få texten på webbplatsen uppläst genom att klicka på Lyssna. Några sidor finns också på lättläst svenska.</p>", {}),
           ("/other-languages/", "other-languages.html", "Other languages",
            "<h1>Other languages</h1><p lang=\"en\">Korpstads stad is a city in western Sweden. Information in English about schools, housing and work. <a href=\"/kontakt\">Contact the city</a>.</p>", {"lang": "en"}),
           a11y("Korpstads stad"), kakor()],
    hits={"kontakt korpstad": ["/kontakt-korpstad/"], "kontaktcenter": ["/kontakt-korpstad/"], "kundtjänst": ["/nyheter/energibolaget-byter-system/"]},
))

# ============================================================== 9378 Övre Lidan: two-word name
A = areas("/{slug}.html")
for a in A:
    if a["slug"] == "kommun-och-politik":
        a["columns"] = [("Politik", ["Politik och nämnder", "Budget och ekonomi"]),
                        ("Service och kontakt", ["Medborgarservice", "Allmänna handlingar", "Synpunkter"]),
                        ("Organisation", ["Organisation"])]
        a["subs"] = ["Politik och nämnder", "Budget och ekonomi", "Medborgarservice", "Allmänna handlingar", "Synpunkter", "Organisation"]
SITES.append(dict(
    code="9378", kommun="Övre Lidan", org="Övre Lidans kommun", lan_kod="17", lan="Värmlands län", family="sitevision",
    title_suffix=" - Övre Lidans kommun", front_path="/", front_title="Startsida - Övre Lidans kommun",
    topbar=[("Lyssna", "/om-webbplatsen.html"), ("Lättläst", "/om-webbplatsen.html"), ("Teckenspråk", "/om-webbplatsen.html"), ("In English", "/om-webbplatsen.html")],
    header_links=[("Kontakta oss", "/kontakta-oss.html", "lp-contact-link")],
    areas=A, sub_pages={("kommun-och-politik", "Medborgarservice"): "/kommun-och-politik/medborgarservice.html",
                        ("kommun-och-politik", "Organisation"): "/kommun-och-politik/organisation.html"},
    hero={"title": "Livet längs Lidan", "text": "Övre Lidan – 11 400 invånare mellan skogen och sjöarna.",
          "cards": [("Lediga jobb", "/naringsliv-och-arbete.html#lediga-jobb"), ("Skola och förskola", "/barn-och-utbildning.html#forskola"),
                    ("Vatten och avlopp", "/bygga-bo-och-miljo.html#vatten-och-avlopp")]},
    news_path="/nyheter.html",
    news=[news("/nyheter/isbanan-spolas.html", "Isbanan på Lidavallen spolas", "2026-01-14", "Från och med helgen går det att åka skridskor på Lidavallen.",
               "Isen sköts av fritidsavdelningen. Belysningen är tänd till klockan 21 varje kväll."),
          news("/nyheter/ny-vattenledning.html", "Ny vattenledning till Nedre Lidan", "2026-01-09", "Arbetet med den nya överföringsledningen börjar i mars.",
               "Ledningen ska säkra dricksvattnet för de cirka 900 hushållen i Nedre Lidan och Sjöbyn."),
          news("/nyheter/val-av-skola.html", "Dags att välja skola inför hösten", "2025-12-18", "Skolvalet är öppet till den 31 januari.",
               "Du gör skolvalet i e-tjänsten. Har du frågor om skolvalet kan du vända dig till barn- och utbildningsförvaltningen.")],
    events=links(A, COMMON_EVENTS), eservices=links(A, COMMON_ES),
    footer=[("Övre Lidans kommun", "<p>Kommunhuset, Storgatan 12, 999 40 Övre Lidan</p><p>Växel: 0980-319 210<br>kommunen@ovrelidan.se</p><p>Org.nr 212000-9378</p>"),
            ("Genvägar", '<ul><li><a href="/kontakta-oss.html">Kontakta oss</a></li><li><a href="/nyheter.html">Nyheter</a></li><li><a href="/kommun-och-politik.html">Kommun och politik</a></li></ul>'),
            ("Om webbplatsen", '<ul><li><a href="/om-webbplatsen.html">Om webbplatsen</a></li><li><a href="/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a></li></ul>')],
    cookie_href="/om-webbplatsen.html",
    extra=[("/kontakta-oss.html", "kontakta-oss.html", "Kontakta oss",
            "<h1>Kontakta oss</h1><p>Kommunens växel: 0980-319 210, vardagar 8–16.30.</p><p>E-post till registrator: <a href=\"mailto:kommunen@ovrelidan.se\">kommunen@ovrelidan.se</a></p>"
            "<p>Postadress: Övre Lidans kommun, 999 40 Övre Lidan</p><p>Vill du besöka oss eller få vägledning? Läs mer om <a href=\"/kommun-och-politik/medborgarservice.html\">medborgarservice</a>.</p>"
            "<h2>Press</h2><p>Journalister når kommunens presstjänst på 0980-319 215.</p>", {}),
           ("/kommun-och-politik/medborgarservice.html", "medborgarservice.html", "Medborgarservice",
            "<div class=\"sv-text-portlet\"><h1 class=\"heading\">Medborgarservice</h1>"
            "<p class=\"normal\">Övre Lidans medborgarservice finns i kommunhusets entré. Hit kan du vända dig med frågor om kommunens verksamheter, få hjälp att fylla i blanketter "
            "och använda kommunens e-tjänster.</p><h2 class=\"subheading\">Vi hjälper dig bland annat med</h2><ul><li>ansökan om förskola och skolskjuts</li>"
            "<li>frågor om avgifter för vatten, avlopp och renhållning</li><li>bygglovsblanketter och ritningar</li><li>bokning av lokaler och idrottshallar</li>"
            "<li>lånekort och utskrifter</li></ul>"
            "<h2 class=\"subheading\">Kontakt</h2><p class=\"normal\">Telefon 0980-319 211<br>E-post medborgarservice@ovrelidan.se<br>Besöksadress: Kommunhuset, Storgatan 12</p>"
            "<p class=\"normal\">Öppettider: måndag–fredag 8.00–16.30, torsdagar till 18.00.</p>"
            "<p class=\"normal\">Medborgarservice ingår i kommunledningskontoret och leds av enhetschef Jonas Ahlgren.</p></div>", {}),
           ("/kommun-och-politik/organisation.html", "organisation.html", "Organisation",
            "<h1>Organisation</h1><p>Övre Lidans kommun har fyra förvaltningar: kommunledningskontoret, barn- och utbildningsförvaltningen, "
            "socialförvaltningen och samhällsbyggnadsförvaltningen.</p><p>Kommundirektör: Gunnel Sjöberg.</p>", {}),
           ("/om-webbplatsen.html", "om-webbplatsen.html", "Om webbplatsen",
            "<h1>Om webbplatsen</h1><p>Webbplatsen använder kakor. Du kan få texten uppläst och vissa sidor finns på lättläst svenska, teckenspråk och engelska.</p>", {}),
           a11y("Övre Lidans kommun", "/tillganglighetsredogorelse.html")],
    hits={"medborgarservice": ["/kommun-och-politik/medborgarservice.html"]},
))

# ============================================================== 9379 Hammarås: name ends in -s
A = areas("/{slug}/", skip=("naringsliv-och-arbete",))
SITES.append(dict(
    code="9379", kommun="Hammarås", org="Hammarås kommun", lan_kod="21", lan="Gävleborgs län", family="bootstrap",
    title_suffix=" | Hammarås kommun", front_path="/", front_title="Hammarås kommun",
    topbar=[("Lyssna", "/om-webbplatsen/"), ("Lättläst", "/om-webbplatsen/"), ("Teckenspråk", "/om-webbplatsen/"), ("English", "/om-webbplatsen/")],
    areas=[*A, {"title": "Servicecenter", "slug": "servicecenter-top", "subs": [], "path": "/servicecenter/"}],
    hero={"title": "Hammarås – där bruket möter skogen", "text": "Välkommen till Hammarås kommun med 8 900 invånare.",
          "cards": [("Skolval 2026", "/barn-och-utbildning/#grundskola"), ("Lediga tomter", "/bygga-bo-och-miljo/#lediga-tomter")]},
    news_path="/aktuellt/",
    news=[news("/aktuellt/bruksmuseet-oppnar/", "Bruksmuseet öppnar för säsongen", "2026-05-02", "Den 15 maj slår bruksmuseet upp portarna igen.",
               "I år visas en ny utställning om hammarsmedjan och arbetet i bruket under 1800-talet."),
          news("/aktuellt/bostader-kvarteret-smedjan/", "Nya hyresrätter i kvarteret Smedjan", "2026-04-22", "Det kommunala bostadsbolaget bygger 42 nya lägenheter.",
               "Intresseanmälan görs hos Hammarås Bostäder AB. Bolagets kundcenter svarar på frågor om bostadskön.")],
    events=links(A, COMMON_EVENTS), eservices=links(A, [e for e in COMMON_ES]),
    footer=[("Hammarås kommun", "<p>Besöksadress: Brukstorget 3, 999 50 Hammarås<br>Telefon: 0980-319 220<br>E-post: kommun@hammaras.se</p>"),
            ("Kommunala bolag", "<p>Hammarås Bostäder AB kundcenter: 0980-319 228</p><p>Hammarås Vatten AB</p>"),
            ("Om webbplatsen", '<ul class="list-unstyled"><li><a class="link-light" href="/om-webbplatsen/">Om webbplatsen och kakor</a></li>'
             '<li><a class="link-light" href="/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a></li></ul>')],
    cookie_href="/om-webbplatsen/",
    extra=[("/servicecenter/", "servicecenter.html", "Hammarås servicecenter",
            "<div class=\"row\"><div class=\"col-lg-8\"><h1>Hammarås servicecenter</h1>"
            "<p class=\"lead\">Hammarås servicecenter är din väg in till kommunen. Vi finns här för dig och hjälper dig gärna – "
            "hör av dig om du undrar något, så ser vi till att du får svar.</p>"
            "<p>Vi vill att det ska vara enkelt att ha kontakt med kommunen. Ingen fråga är för liten.</p></div>"
            "<div class=\"col-lg-4\"><div class=\"card\"><div class=\"card-body\"><h2 class=\"h5 card-title\">Kontakta servicecenter</h2>"
            "<p>Telefon: <a href=\"tel:0980319220\">0980-319 220</a><br>E-post: <a href=\"mailto:servicecenter@hammaras.se\">servicecenter@hammaras.se</a></p>"
            "<p>Telefontid: vardagar 8–16</p><p>Besök: Brukstorget 3</p></div></div>"
            "<p class=\"mt-3\">Chef för Hammarås servicecenter är Petra Öhman.</p></div></div>", {}),
           ("/om-webbplatsen/", "om-webbplatsen.html", "Om webbplatsen", "<h1>Om webbplatsen</h1><p>Vi använder kakor för statistik. Texten kan läsas upp med funktionen Lyssna.</p>", {}),
           a11y("Hammarås kommun")],
    hits={"servicecenter": ["/servicecenter/"], "kundcenter": ["/aktuellt/bostader-kvarteret-smedjan/"]},
))

# ============================================================== 9380 Skarvön: island, ferry and tourism
A = areas("/{slug}/", skip=("trafik-och-gator",),
          extra=[("Färja och resor", "farja-och-resor", ["Färjetider", "Gästhamn", "Parkering vid färjeläget", "Bilfria dagar"]),
                 ("Turism och besök", "turism-och-besok", ["Turistbyrån", "Boende", "Badplatser", "Fritidshus"])])
A = [A[-2], A[-1], *A[:-2]]
SITES.append(dict(
    code="9380", kommun="Skarvön", org="Skarvöns kommun", lan_kod="01", lan="Stockholms län", family="soup",
    title_suffix=" – Skarvöns kommun", front_path="/", front_title="Skarvöns kommun – ön i ytterskärgården",
    topbar=[("Lyssna", "/om-webbplatsen/"), ("Lättläst", "/om-webbplatsen/"), ("In English", "/turism-och-besok/#turistbyran")],
    areas=A,
    hero={"title": "Välkommen till Skarvön", "text": "2 900 året runt-boende och 14 000 sommargäster. Färjan går dygnet runt.",
          "cards": [("Färjetider", "/farja-och-resor/#farjetider"), ("Turistbyrån", "/turism-och-besok/#turistbyran"), ("Sophämtning fritidshus", "/turism-och-besok/#fritidshus")]},
    front_notice='<div class="dr"><b>Driftinformation:</b> Färjan har ändrade turer 3–7 mars på grund av isläget. Frågor om turerna besvaras av Färjerederiets kundtjänst.</div>\n',
    news_path="/nyheter/",
    news=[news("/nyheter/sommarturer-farjan/", "Sommarens färjetider är klara", "2026-04-10", "Från den 15 juni går färjan var tjugonde minut.",
               "Turlistan tas fram av Trafikverket Färjerederiet. Biljettfrågor och bokning av plats för lastbil hanteras av Färjerederiets kundtjänst."),
          news("/nyheter/turistbyran-nya-lokaler/", "Turistbyrån flyttar till hamnmagasinet", "2026-03-28", "Från maj finns turistbyrån i det renoverade hamnmagasinet.",
               "Turistbyrån drivs av Skarvö Turism AB på uppdrag av kommunen. Bokningar av gästhamnsplatser görs hos Skarvö Hamn AB:s kundservice."),
          news("/nyheter/nytt-vatten-verk/", "Avsaltningsverket byggs ut", "2026-02-15", "Kapaciteten för dricksvatten ökar med en tredjedel till sommaren.",
               "Utbyggnaden gör att vattenbristen under högsäsong bör bli mindre. Fortsätt gärna att spara på vattnet.")],
    events=[("Skärgårdsmarknad i hamnen", "/turism-och-besok/#boende"), ("Samråd om ny detaljplan", "/bygga-bo-och-miljo/#detaljplaner")],
    eservices=[("Ansök om bygglov", "/bygga-bo-och-miljo/#bygglov"), ("Sophämtning för fritidshus", "/turism-och-besok/#fritidshus"),
               ("Ansök om parkeringstillstånd vid färjeläget", "/farja-och-resor/#parkering-vid-farjelaget")],
    footer=[("Skarvöns kommun", "<p>Kommunhuset, Hamngatan 4<br>999 60 Skarvö by</p><p>Växel 08-465 004 10<br>kommunen@skarvon.se</p>"),
            ("Kontakt", '<ul><li><a href="/medborgarkontoret/">Medborgarkontoret</a></li><li><a href="/turism-och-besok/#turistbyran">Turistbyrån</a></li>'
             '<li><a href="/farja-och-resor/#farjetider">Färjetider</a></li></ul>'),
            ("Om webbplatsen", '<a href="/om-webbplatsen/">Om webbplatsen och kakor</a><br><a href="/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a>')],
    cookie_href="/om-webbplatsen/",
    extra=[("/medborgarkontoret/", "medborgarkontoret.html", "Medborgarkontoret",
            "<div class=\"pg\"><h1>Medborgarkontoret</h1><div class=\"in\">På medborgarkontoret i kommunhuset vid hamnen får du hjälp med dina ärenden till kommunen, "
            "både som året runt-boende och som fritidshusägare.</div>"
            "<div class=\"bx\"><div class=\"bh\">Vi kan hjälpa dig med</div><ul><li>bostadsanpassning och färdtjänst</li><li>avgifter för hemtjänst</li>"
            "<li>sophämtning och slamtömning för fritidshus</li><li>parkeringstillstånd vid färjeläget för öbor</li><li>blanketter och e-tjänster</li></ul>"
            "<p>Frågor om färjans turer och biljetter besvaras av Trafikverket Färjerederiet, inte av kommunen.</p></div>"
            "<div class=\"bx\"><div class=\"bh\">Besök och telefon</div><p>Besöksadress: Hamngatan 4, Skarvö by</p>"
            "<p>Öppet måndag–fredag 9–15, under juli även lördagar 10–13.</p><p>Telefon 08-465 004 11</p></div>"
            "<div class=\"bx\"><div class=\"bh\">Kontaktperson</div><p>Ida Strand, kommunvägledare</p></div></div>", {}),
           ("/om-webbplatsen/", "om-webbplatsen.html", "Om webbplatsen", "<h1>Om webbplatsen</h1><p>Webbplatsen använder kakor för att komma ihåg dina val.</p>", {}),
           a11y("Skarvöns kommun")],
    hits={"medborgarkontor": ["/medborgarkontoret/"], "medborgarkontoret": ["/medborgarkontoret/"], "kundtjänst": ["/nyheter/sommarturer-farjan/"]},
))

# ============================================================== 9381 Vuoksela: Finnish administrative area
A = areas("/sv/{slug}/", extra=[("Finskt förvaltningsområde", "finskt-forvaltningsomrade", [])])
A[-1]["subs"] = []
FI_AREAS = [{"title": "Lapset ja koulutus", "slug": "fi-koulutus", "subs": [], "path": "/fi/"},
            {"title": "Asiakaspalvelu – Kundtjänst", "slug": "fi-asiakaspalvelu", "subs": [], "path": "/fi/asiakaspalvelu/"},
            {"title": "Hallintoalue", "slug": "fi-hallintoalue", "subs": [], "path": "/fi/hallintoalue/"},
            {"title": "På svenska", "slug": "sv", "subs": [], "path": "/sv/"}]
FI_FOOT = [("Vuokselan kunta", "<p>Kunnantalo, Kirkkotie 2, 999 70 Vuoksela<br>Puhelin 0980-319 230</p>"),
           ("Verkkosivusto", '<a href="/sv/om-webbplatsen/">Saavutettavuus</a>')]
SITES.append(dict(
    code="9381", kommun="Vuoksela", org="Vuoksela kommun", lan_kod="25", lan="Norrbottens län", family="aria",
    title_suffix=" - Vuoksela kommun", front_path="/sv/", front_title="Vuoksela kommun – Vuokselan kunta", home="/sv/",
    topbar=[("Suomeksi", "/fi/"), ("Lyssna", "/sv/om-webbplatsen/"), ("Lättläst", "/sv/om-webbplatsen/")],
    areas=[*A[:-1], {"title": "Kundtjänst", "slug": "kundtjanst-top", "subs": [], "path": "/sv/kundtjanst/"}, A[-1]],
    hero={"title": "Välkommen till Vuoksela – Tervetuloa Vuokselaan", "text": "En tvåspråkig kommun vid Torneälven. Service på svenska och finska.",
          "cards": [("Suomeksi", "/fi/"), ("Förskola på finska", "/sv/barn-och-utbildning/#forskola"), ("Lediga jobb", "/sv/naringsliv-och-arbete/#lediga-jobb")]},
    news_path="/sv/nyheter/",
    news=[news("/sv/nyheter/finska-forskolan/", "Fler platser i finskspråkig förskola", "2026-03-12", "Förskolan Kotipesä utökas med en avdelning.",
               "Inom förvaltningsområdet har du rätt till förskola helt eller delvis på finska."),
          news("/sv/nyheter/alvdagarna/", "Älvdagarna 2026 – Jokipäivät", "2026-03-01", "Festivalen vid älven hålls den 20–22 juni.",
               "Programmet finns på svenska, finska och meänkieli.")],
    events=links(A, COMMON_EVENTS), eservices=links(A, COMMON_ES),
    footer=[("Vuoksela kommun", "<p>Kommunhuset, Kyrkvägen 2, 999 70 Vuoksela</p><p>Telefon 0980-319 230<br>E-post: kommun@vuoksela.se</p>"),
            ("Genvägar", '<a href="/sv/kundtjanst/">Kundtjänst</a><br><a href="/fi/">Suomeksi</a><br><a href="/sv/nyheter/">Nyheter</a>'),
            ("Om webbplatsen", '<a href="/sv/om-webbplatsen/">Om webbplatsen, kakor och tillgänglighet</a>')],
    cookie_href="/sv/om-webbplatsen/",
    redirects={"/": ["/sv/", 301]},
    extra=[("/sv/kundtjanst/", "kundtjanst.html", "Kundtjänst",
            "<div class=\"article\"><h1>Kundtjänst</h1><p class=\"preamble\">Vuoksela kommuns kundtjänst svarar på dina frågor på svenska och finska. "
            "<span lang=\"fi\">Palvelemme myös suomeksi.</span></p>"
            "<h2>Vad kan kundtjänst hjälpa till med?</h2><p>Vi svarar på frågor om förskola och skola, äldreomsorg och hemtjänst, sophämtning, "
            "vatten och avlopp, bygglov och kommunens e-tjänster. Du kan också få hjälp att hitta rätt handläggare.</p>"
            "<h2>Kontaktuppgifter</h2><ul class=\"contact\"><li>Telefon: 0980-319 231</li><li>E-post: kundtjanst(at)vuoksela.se</li>"
            "<li>Telefontider: måndag–fredag 8.00–16.00</li><li>Besöksadress: Kommunhuset, Kyrkvägen 2</li></ul>"
            "<h2>Ansvarig</h2><p>Kundtjänstchef: Aino Lahti</p>"
            "<p><a href=\"/fi/asiakaspalvelu/\">Asiakaspalvelu suomeksi</a></p></div>", {}),
           ("/sv/finskt-forvaltningsomrade/", "finskt-forvaltningsomrade.html", "Finskt förvaltningsområde",
            "<h1>Finskt förvaltningsområde</h1><p>Vuoksela ingår sedan 2010 i förvaltningsområdet för finska. Det betyder att du har rätt att använda finska "
            "i kontakt med kommunen, och rätt till förskola och äldreomsorg helt eller delvis på finska.</p>"
            "<p>Kommunens <a href=\"/sv/kundtjanst/\">kundtjänst</a> har finsktalande personal.</p>", {}),
           ("/fi/", "fi-index.html", "Vuokselan kunta",
            "<h1>Tervetuloa Vuokselaan</h1><p>Vuoksela kuuluu suomen kielen hallintoalueeseen. Sinulla on oikeus käyttää suomea asioidessasi kunnan kanssa.</p>"
            "<ul><li><a href=\"/fi/asiakaspalvelu/\">Asiakaspalvelu</a></li><li><a href=\"/fi/hallintoalue/\">Suomen kielen hallintoalue</a></li></ul>",
            {"lang": "fi", "title": "Vuokselan kunta", "areas": FI_AREAS, "footer": FI_FOOT, "nav_label": "Päävalikko", "search_label": "Hae", "search_btn": "Hae", "org": "Vuokselan kunta"}),
           ("/fi/asiakaspalvelu/", "fi-asiakaspalvelu.html", "Asiakaspalvelu",
            "<h1>Asiakaspalvelu</h1><p>Kunnan asiakaspalvelu vastaa kysymyksiin esimerkiksi päivähoidosta, koulusta, vanhustenhuollosta ja jätehuollosta. "
            "Palvelemme suomeksi ja ruotsiksi.</p><p>Puhelin 0980-319 231, arkisin klo 8–16.<br>Sähköposti: kundtjanst(at)vuoksela.se</p>"
            "<p>Asiakaspalvelupäällikkö: Aino Lahti</p><p><a href=\"/sv/kundtjanst/\">Kundtjänst på svenska</a></p>",
            {"lang": "fi", "title": "Asiakaspalvelu - Vuokselan kunta", "areas": FI_AREAS, "footer": FI_FOOT, "nav_label": "Päävalikko", "search_label": "Hae", "search_btn": "Hae", "org": "Vuokselan kunta"}),
           ("/fi/hallintoalue/", "fi-hallintoalue.html", "Suomen kielen hallintoalue",
            "<h1>Suomen kielen hallintoalue</h1><p>Vuoksela on ollut suomen kielen hallintoalueen kunta vuodesta 2010. Kunta tarjoaa varhaiskasvatusta ja vanhustenhuoltoa suomeksi.</p>",
            {"lang": "fi", "title": "Suomen kielen hallintoalue - Vuokselan kunta", "areas": FI_AREAS, "footer": FI_FOOT, "nav_label": "Päävalikko", "search_label": "Hae", "search_btn": "Hae", "org": "Vuokselan kunta"}),
           ("/sv/om-webbplatsen/", "om-webbplatsen.html", "Om webbplatsen",
            "<h1>Om webbplatsen</h1><p>Webbplatsen finns på svenska och finska. Vi använder kakor för statistik.</p><h2>Tillgänglighetsredogörelse</h2>"
            "<p>Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service.</p>", {})],
    hits={"kundtjänst": ["/sv/kundtjanst/"], "asiakaspalvelu": ["/fi/asiakaspalvelu/"]},
))

# ============================================================== 9382 Ruvdevare: Sami administrative area
A = areas("/{slug}/", extra=[("Samiskt förvaltningsområde", "samiskt-forvaltningsomrade", ["Samisk förskola", "Samiska språket", "Renskötsel och markfrågor"])])
SITES.append(dict(
    code="9382", kommun="Ruvdevare", org="Ruvdevare kommun", lan_kod="25", lan="Norrbottens län", family="municipio",
    title_suffix=" – Ruvdevare kommun", front_path="/", front_title="Ruvdevare kommun – Ruvdevári gielda",
    topbar=[("Sámegillii", "/samegillii/"), ("Kontakta oss", "/kontakta-oss/"), ("Lyssna", "/om-webbplatsen/")],
    areas=A,
    hero={"title": "Ruvdevare – fjällen, älven och samiska kulturen", "text": "Välkommen till en kommun i Sápmi med 4 700 invånare.",
          "cards": [("Sámegillii", "/samegillii/"), ("Skoterleder", "/kultur-och-fritid/#friluftsliv"), ("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb")]},
    news_path="/nyheter/",
    news=[news("/nyheter/samiska-veckan/", "Samiska veckan firas med konserter och slöjd", "2026-02-01", "Den 6 februari är samernas nationaldag.",
               "Under veckan ordnas jojk, slöjdutställning och en föreläsning om samisk historia på biblioteket."),
          news("/nyheter/snoskoterleder/", "Skoterlederna är öppna", "2026-01-05", "Lederna mot fjället är nu märkta och öppna.",
               "Respektera avstängningar vid renbetesområden. Leder som passerar kalvningsland stängs i maj.")],
    events=links(A, COMMON_EVENTS), eservices=links(A, COMMON_ES),
    footer=[("Ruvdevare kommun", "<p>Kommunhuset, Fjällvägen 8<br>999 80 Ruvdevare</p><p>Växel 0980-319 240<br>kommun@ruvdevare.se</p>"),
            ("Genvägar", '<ul><li><a href="/kontakta-oss/">Kontakta oss</a></li><li><a href="/samegillii/">Sámegillii</a></li><li><a href="/nyheter/">Nyheter</a></li></ul>'),
            ("Om webbplatsen", '<ul><li><a href="/om-webbplatsen/">Om webbplatsen och kakor</a></li><li><a href="/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a></li></ul>')],
    cookie_href="/om-webbplatsen/",
    search_path="/", search_param="s",
    extra=[("/kontakta-oss/", "kontakta-oss.html", "Kontakta oss",
            "<article class=\"c-article\"><h1>Kontakta oss</h1><p>Växel: 0980-319 240 (vardagar 7.30–16.00)</p><p>E-post: kommun@ruvdevare.se</p>"
            "<p>Postadress: Ruvdevare kommun, Box 40, 999 80 Ruvdevare</p>"
            "<p>Har du en fråga om någon av kommunens verksamheter? <a href=\"/kontaktcenter/\">Vänd dig till kontaktcenter</a>.</p>"
            "<h2>Sámegillii</h2><p>Du kan kontakta kommunen på nordsamiska. <a href=\"/samegillii/\">Loga eanet</a>.</p></article>", {}),
           ("/kontaktcenter/", "kontaktcenter.html", "Kontaktcenter",
            "<article class=\"c-article\"><h1>Kontaktcenter</h1><p class=\"lead\">Ruvdevare kommuns kontaktcenter är den första kontakten med kommunen för dig som "
            "ringer, mejlar eller chattar. Vi ger service på svenska och nordsamiska.</p>"
            "<h2>Vi svarar på frågor om</h2><ul><li>barnomsorg och skola, även samisk förskola</li><li>bygglov och strandskydd</li><li>renhållning och slamtömning</li>"
            "<li>snöröjning och skoterleder</li><li>bostadsanpassning och färdtjänst</li></ul>"
            "<h2>Kontakt</h2><p>Telefon 0980-319 241, vardagar 8–16<br>E-post: kontaktcenter@ruvdevare.se</p>"
            "<p><button class=\"c-button\" type=\"button\">Chatta med oss</button></p>"
            "<p class=\"c-meta\">Hos kontaktcenter arbetar fyra kommunvägledare, varav två talar nordsamiska.<br>Sidansvarig: Elsa Nutti, kommunikationsavdelningen</p></article>", {}),
           ("/samegillii/", "samegillii.html", "Sámegillii",
            "<article class=\"c-article\" lang=\"se\"><h1>Sámegillii</h1><p>Ruvdevári gielda gullá sámegiela hálddašanguvlui. Dus lea vuoigatvuohta geavahit sámegiela "
            "go váldát oktavuođa gielddain.</p><p>Sáhtát riŋget <a href=\"/kontaktcenter/\">kontaktcentrii</a> ja oažžut veahki davvisámegillii.</p></article>",
            {"lang": "se"}),
           ("/om-webbplatsen/", "om-webbplatsen.html", "Om webbplatsen", "<h1>Om webbplatsen</h1><p>Vi använder kakor. Texten kan läsas upp.</p>", {}),
           a11y("Ruvdevare kommun")],
    hits={"kontaktcenter": ["/kontaktcenter/"]},
))
for a in SITES[-1]["areas"]:
    if a["slug"] == "samiskt-forvaltningsomrade":
        a["intro"] = ("Ruvdevare ingår i förvaltningsområdet för samiska språket. Du har rätt att använda samiska i kontakt med kommunen. "
                      "Ring <a href=\"/kontaktcenter/\">kommunens kontaktcenter</a> så får du hjälp på nordsamiska.")

# ============================================================== 9383 Region Skarholm: municipality that is also a region
A = areas("/{slug}/", extra=[("Hälsa och vård", "halsa-och-vard", ["Vårdcentraler", "Tandvård", "Sjukhuset"])],
          rename={"kommun-och-politik": "Regionen och politik"})
A.insert(0, {"title": "Kundcenter", "slug": "kundcenter-top", "subs": [], "path": "/kundcenter/"})
SITES.append(dict(
    code="9383", kommun="Skarholm", org="Region Skarholm", lan_kod="08", lan="Kalmar län", family="tailwind",
    title_suffix=" - Region Skarholm", front_path="/", front_title="Region Skarholm",
    topbar=[("Lyssna", "/om-webbplatsen/"), ("Lättläst", "/om-webbplatsen/"), ("English", "/om-webbplatsen/")],
    areas=A,
    hero={"title": "Region Skarholm – kommun och region i ett", "text": "Region Skarholm ansvarar för både kommunens uppgifter och hälso- och sjukvården på ön.",
          "cards": [("Hitta vårdcentral", "/halsa-och-vard/#vardcentraler"), ("Bygglov", "/bygga-bo-och-miljo/#bygglov")]},
    news_path="/nyheter/",
    news=[news("/nyheter/sjukhuset-ny-akutmottagning/", "Ny akutmottagning på sjukhuset", "2026-03-20", "Den nya akutmottagningen tas i bruk i oktober.",
               "Under ombyggnaden är ingången flyttad till norra sidan."),
          news("/nyheter/regionfullmaktige-budget/", "Regionfullmäktige beslutade om budget", "2026-02-25", "Budgeten för 2027 omfattar både kommunala och regionala verksamheter.",
               "Störst ökning går till äldreomsorgen och till kollektivtrafiken.")],
    events=links(A[1:], COMMON_EVENTS), eservices=links(A[1:], COMMON_ES),
    footer=[("Region Skarholm", "<p>Regionens hus, Östra hamnen 1<br>999 90 Skarholm</p><p>Växel 040-628 04 00<br>region@skarholm.se</p>"),
            ("Vård", "<p>Sjukvårdsrådgivning: ring 1177</p>"),
            ("Om webbplatsen", '<a class="underline" href="/om-webbplatsen/">Om webbplatsen och kakor</a><br><a class="underline" href="/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a>')],
    cookie_href="/om-webbplatsen/",
    extra=[("/kundcenter/", "kundcenter.html", "Region Skarholms kundcenter",
            "<div class=\"prose max-w-none\"><h1 class=\"text-4xl font-bold\">Region Skarholms kundcenter</h1>"
            "<p class=\"text-xl\">Region Skarholm är både kommun och region. Kundcenter är regionens gemensamma ingång för frågor om de kommunala verksamheterna.</p>"
            "<div class=\"mt-6\"><p class=\"font-bold\">Vi hjälper dig med frågor om</p><ul class=\"list-disc pl-6\"><li>förskola, skola och skolskjuts</li>"
            "<li>bygglov, tomter och detaljplaner</li><li>avfall, vatten och avlopp</li><li>färdtjänst och parkeringstillstånd</li></ul>"
            "<p>Frågor om din vård besvaras av din vårdcentral eller 1177.</p></div>"
            "<div class=\"mt-6 rounded bg-emerald-50 p-4\"><p>Telefon: 040-628 04 01 (vardagar 8–17)</p><p>E-post: kundcenter@skarholm.se</p>"
            "<button class=\"rounded bg-emerald-700 px-4 py-2 text-white\" type=\"button\">Starta chatt</button></div></div>", {}),
           ("/organisation/", "organisation.html", "Organisation",
            "<h1 class=\"text-4xl font-bold\">Organisation</h1><p>Region Skarholm leds politiskt av regionfullmäktige och regionstyrelsen.</p>"
            "<p>Regiondirektör: Anders Frid. Under regiondirektören finns fem förvaltningar och regionens stab, där kundcenter och kommunikation ingår.</p>", {}),
           ("/om-webbplatsen/", "om-webbplatsen.html", "Om webbplatsen", "<h1>Om webbplatsen</h1><p>Webbplatsen använder kakor.</p><p><a href=\"/organisation/\">Så är regionen organiserad</a></p>", {}),
           a11y("Region Skarholm")],
    hits={"kundcenter": ["/kundcenter/"]},
))
for a in SITES[-1]["areas"]:
    if a["slug"] == "kommun-och-politik":
        a["after"] = '<p><a href="/organisation/">Så är Region Skarholm organiserad</a></p>'

# ============================================================== 9384 Brattfors: joint service centre, table layout, ISO-8859-1
A = areas("/{slug}.asp", skip=("naringsliv-och-arbete",))
SITES.append(dict(
    code="9384", kommun="Brattfors", org="Brattfors kommun", lan_kod="18", lan="Örebro län", family="table", charset="iso-8859-1",
    title_suffix=" - Brattfors kommun", front_path="/index.asp", front_title="Brattfors kommun - Startsida",
    topbar=[("Lyssna", "/om-webbplatsen.asp"), ("Lättläst", "/om-webbplatsen.asp"), ("In English", "/om-webbplatsen.asp")],
    header_links=[("Kontakta kommunen", "/kontakt.asp", "hl")],
    areas=A,
    hero={"title": "Välkommen till Brattfors", "text": "Bergslagskommunen med 6 300 invånare.",
          "cards": [("Lediga tomter vid Brattsjön", "/bygga-bo-och-miljo.asp#lediga-tomter"), ("Ansök om förskola", "/barn-och-utbildning.asp#forskola")]},
    news_path="/nyheter.asp",
    news=[news("/nyheter/gruvmuseet.asp", "Gruvmuseet får nytt tak", "2026-04-03", "Renoveringen av gruvmuseet är klar före sommaren.",
               "Museet håller stängt under april. Guidade turer i gruvan börjar igen den 1 juni."),
          news("/nyheter/skolskjuts.asp", "Nya hållplatser för skolskjuts", "2026-03-18", "Inför hösten ändras tre hållplatser längs Bergsvägen.",
               "Vårdnadshavare till berörda elever får brev hem.")],
    events=links(A, COMMON_EVENTS), eservices=links(A, COMMON_ES),
    footer=[("Brattfors kommun", "Kommunhuset, Bergsvägen 1<br>999 30 Brattfors<br>Växel 0980-319 200<br>kommunen@brattfors.se"),
            ("Gemensamt servicecenter", '<a href="/servicecenter.asp">Servicecenter för Brattfors, Ljusmo och Tjärnviks kommuner</a><br>Tel 0980-319 201'),
            ("Om webbplatsen", '<a href="/om-webbplatsen.asp">Om webbplatsen och kakor</a><br><a href="/tillganglighet.asp">Tillgänglighetsredogörelse</a>')],
    cookie_href="/om-webbplatsen.asp",
    redirects={"/": ["/index.asp", 302]},
    extra=[("/kontakt.asp", "kontakt.html", "Kontakta kommunen",
            "<h1>Kontakta kommunen</h1><p>Växel: 0980-319 200<br>E-post: kommunen@brattfors.se<br>Postadress: Brattfors kommun, Box 1, 999 30 Brattfors</p>"
            "<p>Kommunhuset är öppet vardagar 8&ndash;16.</p><h2>Förtroendevalda</h2><p>Kommunstyrelsens ordförande nås via växeln.</p>", {}),
           ("/servicecenter.asp", "servicecenter.html", "Servicecenter för Brattfors, Ljusmo och Tjärnviks kommuner",
            "<h1>Servicecenter för Brattfors, Ljusmo och Tjärnviks kommuner</h1>"
            "<p>Sedan 2024 har Brattfors, Ljusmo och Tjärnvik ett gemensamt servicecenter. Servicecentret tar emot alla frågor till de tre kommunerna, "
            "oavsett vilken kommun du bor i. Vi hjälper dig med det mesta och du ska alltid få ett svar.</p>"
            "<table border=\"0\" cellpadding=\"4\"><tr><td><b>Telefon</b></td><td>0980-319 201</td></tr>"
            "<tr><td><b>E-post</b></td><td>servicecenter@bergslagsservice.se</td></tr>"
            "<tr><td><b>Telefontid</b></td><td>Måndag&ndash;fredag 8.00&ndash;16.30</td></tr></table>"
            "<p>Servicecentret är placerat i Ljusmo och drivs gemensamt av de tre kommunerna. Chef för servicecentret: Maria Holm, anställd av Ljusmo kommun.</p>", {}),
           ("/om-webbplatsen.asp", "om-webbplatsen.html", "Om webbplatsen", "<h1>Om webbplatsen</h1><p>Webbplatsen använder kakor.</p>", {}),
           a11y("Brattfors kommun", "/tillganglighet.asp")],
    hits={"servicecenter": ["/servicecenter.asp"]},
))

# ============================================================== 9385 Lillvreta: tiny, 2 500 inhabitants, switchboard only
A = areas("/{slug}/", skip=("naringsliv-och-arbete",))
for a in A:
    a["subs"] = a["subs"][:4]
SITES.append(dict(
    code="9385", kommun="Lillvreta", org="Lillvreta kommun", lan_kod="23", lan="Jämtlands län", family="episerver",
    title_suffix=" - Lillvreta kommun", front_path="/", front_title="Lillvreta kommun",
    topbar=[("Lyssna", "/om-webbplatsen/"), ("Kontakta oss", "/kontakta-oss/")],
    areas=A,
    hero={"title": "Lillvreta – liten kommun, stora möjligheter", "text": "2 500 invånare, sex byar och en skola i varje dalgång.",
          "cards": [("Lediga jobb", "/kommun-och-politik/#organisation"), ("Kontakta oss", "/kontakta-oss/")]},
    news_path="/nyheter/",
    news=[news("/nyheter/statens-servicekontor/", "Statens servicekontor i Storvik utökar öppettiderna", "2026-02-10",
               "Närmaste statliga servicekontor håller nu öppet även på torsdagskvällar.",
               "Hos Statens servicekontor i Storvik får du hjälp med frågor till Försäkringskassan, Skatteverket och Pensionsmyndigheten. "
               "Kontoret drivs av Statens servicecenter och är inte en del av kommunen."),
          news("/nyheter/servicehuset/", "Servicehuset Solgården får nytt kök", "2026-01-20", "Köket på servicehuset byggs om under våren.",
               "Under ombyggnaden levereras maten från skolköket i Lillvreta by.")],
    events=links(A, COMMON_EVENTS[:2]), eservices=links(A, COMMON_ES[:3]),
    footer=[("Lillvreta kommun", "<p>Kommunkansliet, Byvägen 5, 999 20 Lillvreta</p><p>Växel: 0980-319 250<br>E-post: kommun@lillvreta.se</p>"),
            ("Om webbplatsen", '<p><a href="/om-webbplatsen/">Om webbplatsen och kakor</a><br><a href="/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a></p>')],
    cookie_href="/om-webbplatsen/",
    extra=[("/kontakta-oss/", "kontakta-oss.html", "Kontakta oss",
            "<h1>Kontakta oss</h1><p class=\"Page__preamble\">Kommunens växel är öppen vardagar 8.00–16.00. Växeln kopplar dig till rätt person i kommunen.</p>"
            "<p>Telefon: 0980-319 250<br>E-post: kommun@lillvreta.se<br>Besöksadress: Kommunkansliet, Byvägen 5</p>"
            "<h2>Felanmälan</h2><p>Fel på gatubelysning, vatten eller vägar anmäler du till växeln dagtid. Efter kontorstid: 0980-319 259.</p>"
            "<h2>Statliga myndigheter</h2><p>Närmaste servicekontor för Försäkringskassan och Skatteverket är Statens servicekontor i Storvik.</p>", {}),
           ("/om-webbplatsen/", "om-webbplatsen.html", "Om webbplatsen", "<h1>Om webbplatsen</h1><p>Webbplatsen använder kakor för att fungera.</p>", {}),
           a11y("Lillvreta kommun")],
    hits={"servicekontor": ["/nyheter/statens-servicekontor/"], "kontaktcenter": [], "servicecenter": ["/nyheter/statens-servicekontor/"]},
))

# ============================================================== 9386 Fjärdsjö: unit run by the municipality's own company
A = areas("/{slug}", subs_extra={"kommun-och-politik": ["Kommunala bolag"]})
SITES.append(dict(
    code="9386", kommun="Fjärdsjö", org="Fjärdsjö kommun", lan_kod="22", lan="Västernorrlands län", family="drupal",
    title_suffix=" | Fjärdsjö kommun", front_path="/", front_title="Startsida | Fjärdsjö kommun",
    topbar=[("Kontakta oss", "/kontakta-oss"), ("Lyssna", "/om-webbplatsen"), ("Lättläst", "/om-webbplatsen")],
    areas=A, sub_pages={("kommun-och-politik", "Kommunala bolag"): "/kommun-och-politik/kommunala-bolag"},
    hero={"title": "Fjärdsjö – kusten och skogen", "text": "Välkommen till Fjärdsjö kommun, 15 200 invånare vid Bottenhavet.",
          "cards": [("Ansök om bygglov", "/bygga-bo-och-miljo#bygglov"), ("Lediga jobb", "/naringsliv-och-arbete#lediga-jobb"), ("Biblioteket", "/kultur-och-fritid#bibliotek")]},
    news_path="/nyheter",
    news=[news("/nyheter/elnatsavgift", "Fjärdsjö Energi höjer elnätsavgiften", "2026-03-05", "Det kommunägda energibolaget höjer avgiften från 1 april.",
               "Frågor om din faktura besvaras av Fjärdsjö Energi AB:s kundtjänst på 031-390 06 75."),
          news("/nyheter/hamnpromenaden", "Hamnpromenaden förlängs", "2026-02-18", "Nu byggs den sista etappen av promenaden längs kajen.",
               "Promenaden blir 2,4 kilometer lång och får nya bänkar och belysning.")],
    events=links(A, COMMON_EVENTS), eservices=links(A, COMMON_ES),
    footer=[("Fjärdsjö kommun", "<p>Stadshuset, Kajgatan 10, 999 00 Fjärdsjö</p><p>Växel: 031-390 06 60<br>E-post: kommun@fjardsjo.se</p>"),
            ("Bolag", "<p>Fjärdsjö Energi AB:s kundtjänst: 031-390 06 75<br>Fjärdsjöhem AB kundcenter: 031-390 06 80</p>"),
            ("Om webbplatsen", '<ul><li><a href="/om-webbplatsen">Om webbplatsen och kakor</a></li><li><a href="/om-webbplatsen/tillganglighet">Tillgänglighetsredogörelse</a></li></ul>')],
    cookie_href="/om-webbplatsen",
    extra=[("/kontakta-oss", "kontakta-oss.html", "Kontakta oss",
            "<h1>Kontakta oss</h1><div class=\"field field--name-body\"><p>Växel: 031-390 06 60, vardagar 8–16</p><p>E-post: kommun@fjardsjo.se</p>"
            "<p>Postadress: Fjärdsjö kommun, 999 00 Fjärdsjö</p><p>Besöksadress: Stadshuset, Kajgatan 10</p></div>", {}),
           ("/kommun-och-politik/kommunala-bolag", "kommunala-bolag.html", "Kommunala bolag",
            "<h1>Kommunala bolag</h1><div class=\"views-element-container\"><div class=\"views-row\"><h2>Fjärdsjö Stadshus AB</h2><p>Moderbolag i koncernen.</p></div>"
            "<div class=\"views-row\"><h2>Fjärdsjö Energi AB</h2><p>Elnät, fjärrvärme och bredband.</p></div>"
            "<div class=\"views-row\"><h2>Fjärdsjöhem AB</h2><p>Kommunens bostadsbolag med 2 100 lägenheter.</p></div>"
            "<div class=\"views-row\"><h2>Fjärdsjö Kommunservice AB</h2><p>Sköter kommunens lokalvård, måltider och <a href=\"/kommun-och-politik/kommunala-bolag/kundtjanst\">kommunens kundtjänst</a> "
            "på uppdrag av kommunen.</p></div></div>", {}),
           ("/kommun-och-politik/kommunala-bolag/kundtjanst", "kundtjanst.html", "Kundtjänst",
            "<h1>Kundtjänst</h1><div class=\"field field--name-body\"><p>Fjärdsjö kommuns kundtjänst drivs av det helägda bolaget Fjärdsjö Kommunservice AB "
            "på uppdrag av kommunen. Kundtjänsten är kommunens gemensamma ingång och hjälper dig vidare, oavsett vad ditt ärende gäller.</p>"
            "<p>Ring 031-390 06 61 eller skicka e-post till kundtjanst@fjardsjo.se.</p>"
            "<p>Har du frågor om den här sidan? Kontakta webbredaktionen.</p></div>", {}),
           ("/om-webbplatsen", "om-webbplatsen.html", "Om webbplatsen", "<h1>Om webbplatsen</h1><p>Webbplatsen använder kakor.</p>", {}),
           a11y("Fjärdsjö kommun", "/om-webbplatsen/tillganglighet")],
    hits={"kundtjänst": ["/kommun-och-politik/kommunala-bolag/kundtjanst", "/nyheter/elnatsavgift"]},
))
