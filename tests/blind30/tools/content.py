"""Shared filler text for the blind30 typing aid (areas, sub-topics, misc pages).

Nothing here names a service function; build_sites.py asserts that.
"""
from __future__ import annotations

# area key -> (slug, default name, intro, [(anchor id, sub name, text)])
AREAS: dict[str, tuple[str, str, str, list[tuple[str, str, str]]]] = {
    "barn": ("barn-och-utbildning", "Barn och utbildning",
             "Förskola, grundskola, fritidshem, gymnasium och vuxenutbildning i kommunen.", [
                 ("forskola", "Förskola", "Barn från ett års ålder har rätt till plats i förskolan. Du ansöker i e-tjänsten senast fyra månader innan du behöver platsen. Avgiften beräknas enligt maxtaxan."),
                 ("grundskola", "Grundskola", "Kommunen har sex grundskolor för förskoleklass till årskurs 9. Skolvalet till förskoleklass och årskurs 7 görs i januari varje år."),
                 ("fritidshem", "Fritidshem", "Fritidshemmet tar emot elever från förskoleklass till årskurs 6 före och efter skoldagen och under loven."),
                 ("gymnasieskola", "Gymnasieskola", "Ungdomar som har gått ut grundskolan kan söka till nationella program på kommunens gymnasieskola eller i samverkansområdet."),
                 ("vuxenutbildning", "Vuxenutbildning", "Komvux erbjuder kurser på grundläggande och gymnasial nivå, yrkesutbildningar och svenska för invandrare (sfi)."),
                 ("skolskjuts", "Skolskjuts", "Elever som har lång väg till skolan eller en trafikfarlig skolväg kan ha rätt till skolskjuts. Ansökan gäller ett läsår i taget."),
             ]),
    "omsorg": ("omsorg-och-stod", "Omsorg och stöd",
               "Stöd och hjälp för dig som är äldre, har en funktionsnedsättning eller befinner dig i en svår situation.", [
                   ("hemtjanst", "Hemtjänst", "Med hemtjänst kan du få hjälp med städning, inköp, måltider och personlig omvårdnad i ditt eget hem. Du ansöker hos biståndshandläggaren."),
                   ("sarskilt-boende", "Särskilt boende", "Om du inte längre kan bo kvar hemma trots stöd kan du ansöka om plats på ett särskilt boende för äldre."),
                   ("funktionsnedsattning", "Funktionsnedsättning", "Kommunen ger stöd enligt LSS och socialtjänstlagen, till exempel daglig verksamhet, ledsagning och bostad med särskild service."),
                   ("ekonomiskt-bistand", "Ekonomiskt bistånd", "Om du inte kan försörja dig själv kan du ansöka om ekonomiskt bistånd. Vi gör alltid en individuell bedömning av din situation."),
                   ("fardtjanst", "Färdtjänst", "Färdtjänst är en form av kollektivtrafik för dig som har mycket svårt att resa med buss eller tåg på grund av en funktionsnedsättning."),
                   ("vald-i-nara-relationer", "Våld i nära relationer", "Är du utsatt för våld eller hot av någon närstående kan du få stöd och skydd. Vid akut fara, ring 112."),
               ]),
    "bygga": ("bygga-bo-och-miljo", "Bygga, bo och miljö",
              "Bygglov, detaljplaner, kartor, bostadsanpassning och miljö- och hälsoskydd.", [
                  ("bygglov", "Bygglov", "Du behöver bygglov för att bygga nytt, bygga till eller ändra användningen av en byggnad. Vissa åtgärder kräver bara en anmälan."),
                  ("detaljplaner", "Detaljplaner", "Detaljplaner styr hur mark och vatten får användas. Under samrådstiden kan du läsa förslagen och lämna synpunkter."),
                  ("kartor", "Kartor och mätning", "Beställ nybyggnadskarta, utstakning eller lägeskontroll från kommunens mätenhet."),
                  ("bostadsanpassning", "Bostadsanpassning", "Har du en varaktig funktionsnedsättning kan du söka bidrag för att anpassa din bostad, till exempel ta bort trösklar."),
                  ("miljo-och-halsa", "Miljö och hälsa", "Miljöenheten har tillsyn över livsmedel, enskilda avlopp, buller, radon och förorenad mark."),
                  ("energiradgivning", "Energi- och klimatrådgivning", "Kommunens energi- och klimatrådgivare ger kostnadsfria och opartiska råd till privatpersoner och företag."),
              ]),
    "trafik": ("trafik-och-gator", "Trafik och gator",
               "Gator, parkering, snöröjning, gatubelysning och kollektivtrafik.", [
                   ("parkering", "Parkering", "Här finns information om avgifter, boendeparkering och var du får parkera i centrum."),
                   ("gator-och-vagar", "Gator och vägar", "Kommunen sköter gator och gång- och cykelvägar inom tätorterna. Enskilda vägar sköts av vägföreningar."),
                   ("snorojning", "Snöröjning och halkbekämpning", "Vid snöfall plogas huvudgator, bussgator och gång- och cykelvägar först, därefter bostadsgator."),
                   ("gatubelysning", "Gatubelysning", "Kommunen ansvarar för gatubelysningen längs kommunala gator och gång- och cykelvägar."),
                   ("kollektivtrafik", "Kollektivtrafik", "Busstrafiken i kommunen körs av länstrafiken. Tidtabeller och biljetter finns hos länstrafiken."),
               ]),
    "avfall": ("vatten-och-avfall", "Vatten och avfall",
               "Dricksvatten, avlopp, sophämtning och återvinning.", [
                   ("sophamtning", "Sophämtning", "Hushållens matavfall och restavfall hämtas varannan vecka. Här ser du hämtdagar, abonnemang och taxor."),
                   ("atervinningscentral", "Återvinningscentral", "På återvinningscentralen lämnar du grovavfall, elavfall, trädgårdsavfall och farligt avfall."),
                   ("vatten-och-avlopp", "Vatten och avlopp", "Kommunen levererar dricksvatten och tar hand om avloppsvatten för fastigheter inom verksamhetsområdet."),
                   ("slamtomning", "Slamtömning", "Har du enskilt avlopp töms slamavskiljaren minst en gång per år enligt schema."),
               ]),
    "kultur": ("kultur-och-fritid", "Kultur och fritid",
               "Bibliotek, idrott, föreningsliv, kulturskola och evenemang.", [
                   ("bibliotek", "Bibliotek", "Huvudbiblioteket och två filialer erbjuder böcker, tidningar, datorer och program för alla åldrar."),
                   ("idrott", "Idrott och motion", "Sporthallar, simhall, motionsspår och konstgräsplaner finns att boka eller använda fritt."),
                   ("foreningar", "Föreningsliv", "Föreningar kan söka bidrag och boka kommunens lokaler och anläggningar."),
                   ("kulturskola", "Kulturskola", "Kulturskolan erbjuder kurser i musik, dans, teater och bild för barn och unga upp till 21 år."),
                   ("evenemang", "Evenemang", "I evenemangskalendern hittar du konserter, föreställningar, marknader och aktiviteter för barn."),
                   ("friluftsliv", "Friluftsliv", "Badplatser, vandringsleder och naturreservat för en dag ute i naturen."),
               ]),
    "naringsliv": ("naringsliv-och-arbete", "Näringsliv och arbete",
                   "För dig som driver eller vill starta företag, och för dig som söker jobb.", [
                       ("starta-foretag", "Starta företag", "Näringslivsenheten ger råd till dig som vill starta företag och berättar vilka tillstånd som behövs."),
                       ("tillstand", "Tillstånd och regler", "Serveringstillstånd, tillstånd för försäljning av tobak och folköl samt registrering av livsmedelsanläggning."),
                       ("upphandling", "Upphandling", "Kommunen köper varor och tjänster för flera hundra miljoner kronor varje år. Pågående upphandlingar publiceras i upphandlingsverktyget."),
                       ("lediga-jobb", "Lediga jobb", "Kommunen är en av de största arbetsgivarna i området. Alla lediga tjänster söker du i rekryteringssystemet."),
                       ("arbetsmarknad", "Arbetsmarknad", "Arbetsmarknadsenheten ger stöd till dig som står långt från arbetsmarknaden, bland annat genom praktik och studievägledning."),
                   ]),
    "kommun": ("kommun-och-politik", "Kommun och politik",
               "Organisation, politik, ekonomi, allmänna handlingar och synpunkter.", [
                   ("organisation", "Kommunens organisation", "Kommunen leds av kommunfullmäktige och kommunstyrelsen. Verksamheten är organiserad i fem förvaltningar."),
                   ("politik", "Politik och beslut", "Kommunfullmäktige sammanträder en gång i månaden och mötena är öppna för allmänheten. Protokoll publiceras här."),
                   ("ekonomi", "Ekonomi och budget", "Här finns budget, årsredovisning och information om kommunens skattesats."),
                   ("allmanna-handlingar", "Allmänna handlingar", "Alla har rätt att ta del av allmänna handlingar. Du begär ut handlingar hos registrator."),
                   ("overklaga", "Överklaga beslut", "Så överklagar du ett beslut som kommunen har fattat, och inom vilken tid det ska ske."),
                   ("synpunkter", "Synpunkter och klagomål", "Lämna synpunkter, beröm eller klagomål på kommunens verksamheter. Vi svarar inom tio arbetsdagar."),
               ]),
    "trygghet": ("trygghet-och-sakerhet", "Trygghet och säkerhet",
                 "Krisberedskap, brandskydd och brottsförebyggande arbete.", [
                     ("krisberedskap", "Krisberedskap", "Kommunen planerar för att kunna fortsätta sin verksamhet vid en kris. Så kan du förbereda dig hemma med vatten, mat och värme."),
                     ("brandskydd", "Brandskydd och sotning", "Räddningstjänsten ger råd om brandskydd i hemmet, sotning och eldning utomhus."),
                     ("brottsforebyggande", "Brottsförebyggande arbete", "Kommunen och polisen samarbetar i ett lokalt brottsförebyggande råd."),
                     ("trygghetsvandringar", "Trygghetsvandringar", "Följ med på en trygghetsvandring och berätta var du känner dig otrygg i ditt bostadsområde."),
                 ]),
    "turism": ("uppleva-och-gora", "Uppleva och göra",
               "Sevärdheter, boende, mat och aktiviteter för dig som besöker kommunen.", [
                   ("sevardheter", "Sevärdheter", "Gamla hamnen, kyrkbyn och hembygdsgården är några av våra mest besökta platser."),
                   ("boende", "Boende och camping", "Hotell, vandrarhem, stugor och två campingplatser vid vattnet."),
                   ("aktiviteter", "Aktiviteter", "Kanotleder, cykelturer och guidade vandringar under sommarhalvåret."),
                   ("turistinformation", "Turistinformation", "Turistinformationen i hamnen har öppet från midsommar till mitten av augusti."),
               ]),
}

EVENTS = [
    ("12 maj", "Vårkonsert med kulturskolan", "kultur", "kulturskola"),
    ("17 maj", "Loppis och hantverksmarknad på torget", "kultur", "evenemang"),
    ("6 juni", "Nationaldagsfirande i parken", "kultur", "evenemang"),
]

ESERVICES = [
    ("Ansök om plats i förskola", "barn", "forskola"),
    ("Ansök om bygglov", "bygga", "bygglov"),
    ("Felanmälan gata och park", "trafik", "gator-och-vagar"),
    ("Ansök om ekonomiskt bistånd", "omsorg", "ekonomiskt-bistand"),
    ("Boka lokal eller idrottshall", "kultur", "foreningar"),
    ("Lämna en synpunkt", "kommun", "synpunkter"),
]

TILLGANGLIGHET = (
    "<p>{kommun} kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda "
    "webbplatsen. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig "
    "service, kända tillgänglighetsproblem och hur du kan rapportera brister till oss.</p>"
    "<h2>Hur tillgänglig är webbplatsen?</h2><p>Vi är medvetna om att delar av webbplatsen inte är helt "
    "tillgängliga. Vissa äldre PDF-dokument är inte anpassade för skärmläsare, och en del inbäddade kartor "
    "saknar textalternativ.</p>"
    "<h2>Tillsyn</h2><p>Myndigheten för digital förvaltning (Digg) ansvarar för tillsyn över lagen om "
    "tillgänglighet till digital offentlig service.</p>"
    "<h2>Hur vi testat webbplatsen</h2><p>Vi har gjort en självskattning och en extern granskning. Senaste "
    "bedömningen gjordes den 14 februari 2025. Redogörelsen uppdaterades senast den 3 mars 2025.</p>"
)

KAKOR = (
    "<p>En kaka (cookie) är en liten textfil som webbplatsen du besöker sparar på din dator. Vi använder "
    "nödvändiga kakor för att webbplatsen ska fungera och, om du godkänner det, kakor för besöksstatistik.</p>"
    "<h2>Nödvändiga kakor</h2><p>Sparar ditt val i kakrutan och håller ihop din session när du fyller i "
    "formulär.</p><h2>Statistik</h2><p>Vi använder ett statistikverktyg som körs på kommunens egna servrar. "
    "Ingen information lämnas till tredje part.</p><h2>Så ändrar du ditt val</h2><p>Du kan när som helst "
    "ändra ditt val genom att rensa kakorna i din webbläsare.</p>"
)

LATTLAST = (
    "<p>Här kan du läsa om {kommun} kommun på ett enkelt sätt.</p>"
    "<h2>Vad gör kommunen?</h2><p>Kommunen ansvarar för många saker där du bor. Kommunen ansvarar till "
    "exempel för förskolor och skolor. Kommunen hjälper också äldre människor som behöver stöd. Kommunen "
    "hämtar soporna och ser till att det finns rent vatten.</p>"
    "<h2>Vem bestämmer?</h2><p>Det är politiker som bestämmer i kommunen. Politikerna väljs i valet vart "
    "fjärde år.</p>"
    "<h2 id=\"teckensprak\">Teckenspråk</h2><p>Information på teckenspråk finns som filmer på den här sidan.</p>"
)

ENGLISH = (
    "<p>{kommun} municipality has about {inv} inhabitants. Here you find short information in English about "
    "the municipality's services.</p>"
    "<h2>Schools and preschool</h2><p>All children from the age of one are entitled to a place in preschool. "
    "Compulsory school starts the year the child turns six.</p>"
    "<h2>Waste and water</h2><p>Household waste is collected every second week.</p>"
    "<h2>Contact the municipality</h2><p>The switchboard is open on weekdays 8 am to 4.30 pm. Phone {vx_int}.</p>"
)
