"""Shared content for the blind24 typing aid: the area catalogue, filler and small helpers.

The HTML files under sites/ are the corpus; this is only what they were typed with.
"""
from __future__ import annotations

import html

E = html.escape

# area key -> (title, slug, [(anchor id, sub-item title, text)])
AREAS = {
    "omsorg": ("Omsorg och stöd", "omsorg-och-stod", [
        ("aldreomsorg", "Äldreomsorg", "Kommunen erbjuder stöd till dig som är äldre och behöver hjälp i vardagen, från trygghetslarm till särskilt boende. Du ansöker hos biståndshandläggarna."),
        ("hemtjanst", "Hemtjänst", "Hemtjänsten hjälper dig med till exempel städning, inköp och personlig omvårdnad. Du kan välja mellan kommunens hemtjänst och privata utförare."),
        ("funktionsnedsattning", "Stöd vid funktionsnedsättning", "Stöd enligt LSS och socialtjänstlagen: daglig verksamhet, ledsagarservice, korttidsvistelse och bostad med särskild service."),
        ("ekonomiskt-bistand", "Ekonomiskt bistånd", "Ekonomiskt bistånd är ett tillfälligt stöd när du inte kan försörja dig på annat sätt. Ansökan görs digitalt via e-tjänsten."),
        ("anhorigstod", "Stöd till anhöriga", "Anhörigkonsulenten erbjuder samtal, träffar och avlösning för dig som hjälper en närstående."),
    ]),
    "skola": ("Förskola och skola", "forskola-och-skola", [
        ("forskola", "Förskola", "Barn från ett års ålder har rätt till plats i förskolan. Ansök senast fyra månader innan du behöver platsen."),
        ("grundskola", "Grundskola", "Kommunen har grundskolor från förskoleklass till årskurs 9. Skolvalet för nästa läsår görs i januari."),
        ("gymnasieskola", "Gymnasieskola", "Gymnasieskolan erbjuder nationella program och introduktionsprogram. Ansökan görs i den gemensamma antagningen."),
        ("vuxenutbildning", "Vuxenutbildning", "Komvux, SFI och yrkesutbildningar för dig som är 20 år eller äldre."),
        ("skolskjuts", "Skolskjuts", "Elever som har långt till skolan kan ha rätt till skolskjuts. Ansökan görs inför varje läsår."),
    ]),
    "bygga": ("Bygga, bo och miljö", "bygga-bo-och-miljo", [
        ("bygglov", "Bygglov och anmälan", "För att bygga nytt, bygga till eller ändra användningen av en byggnad behöver du oftast bygglov. Ansökan görs via e-tjänsten."),
        ("detaljplaner", "Detaljplaner", "Här ser du pågående och antagna detaljplaner och hur du kan lämna synpunkter under samrådet."),
        ("avfall", "Avfall och återvinning", "Sophämtning, återvinningscentraler och slamtömning. Hämtningsschemat för ditt område finns i e-tjänsten."),
        ("vatten", "Vatten och avlopp", "Information om dricksvatten, avloppsanläggningar, VA-taxa och vattenläckor."),
        ("miljo", "Miljö och hälsa", "Miljö- och hälsoskydd, livsmedelskontroll, buller och radon."),
    ]),
    "trafik": ("Trafik och infrastruktur", "trafik-och-infrastruktur", [
        ("gator", "Gator och vägar", "Kommunen sköter gator, gång- och cykelvägar inom tätorterna. Enskilda vägar sköts av vägföreningar."),
        ("parkering", "Parkering", "Parkeringsregler, parkeringstillstånd för rörelsehindrade och boendeparkering."),
        ("snorojning", "Snöröjning och halkbekämpning", "Så prioriterar vi snöröjningen och när du kan vänta dig plogbilen på din gata."),
        ("kollektivtrafik", "Kollektivtrafik och färdtjänst", "Busslinjer, färdtjänst och riksfärdtjänst. Ansökan om färdtjänst görs hos kommunen."),
        ("felanmalan", "Felanmälan", "Anmäl fel på gatubelysning, skyltar, lekplatser och gator dygnet runt via e-tjänsten."),
    ]),
    "kultur": ("Kultur och fritid", "kultur-och-fritid", [
        ("bibliotek", "Bibliotek", "Huvudbiblioteket och filialerna lånar ut böcker, e-böcker och tidskrifter. Här finns också studieplatser och datorer."),
        ("idrott", "Idrott och motion", "Sporthallar, motionsspår, simhall och utegym. Boka lokaler via bokningssystemet."),
        ("foreningar", "Föreningsliv", "Föreningsregister, bidrag till föreningar och lokaler att hyra."),
        ("kulturskola", "Kulturskolan", "Kurser i musik, dans, teater och bild för barn och unga mellan 6 och 19 år."),
        ("badplatser", "Badplatser", "Kommunens badplatser med vattenprover och tillgänglighetsanpassning."),
    ]),
    "naring": ("Näringsliv och arbete", "naringsliv-och-arbete", [
        ("starta-foretag", "Starta och driva företag", "Råd och kontakter för dig som vill starta eller utveckla ett företag i kommunen."),
        ("tillstand", "Tillstånd och regler", "Serveringstillstånd, tillstånd för försäljning av tobak, torghandel och upplåtelse av offentlig plats."),
        ("upphandling", "Upphandling", "Kommunens pågående upphandlingar och hur du lämnar anbud."),
        ("lediga-jobb", "Lediga jobb", "Kommunen är en av de största arbetsgivarna i länet. Här finns våra lediga tjänster."),
        ("arbetsmarknad", "Arbetsmarknad och etablering", "Stöd för dig som söker arbete, praktik och feriearbete för ungdomar."),
    ]),
    "kommun": ("Kommun och politik", "kommun-och-politik", [
        ("organisation", "Kommunens organisation", "Kommunen är organiserad i förvaltningar som leds av en förvaltningschef. Kommundirektören är chef för hela organisationen."),
        ("politik", "Politik och beslut", "Kommunfullmäktige, kommunstyrelsen och nämnderna. Här finns protokoll, sammanträdesdagar och förtroendevalda."),
        ("ekonomi", "Ekonomi och budget", "Budget, årsredovisning och kommunalskatt."),
        ("handlingar", "Allmänna handlingar", "Du har rätt att ta del av allmänna handlingar. Begär ut handlingar hos registraturen."),
        ("synpunkter", "Synpunkter och klagomål", "Lämna beröm, klagomål eller förslag på kommunens verksamheter via e-tjänsten."),
    ]),
    "kris": ("Trygghet och beredskap", "trygghet-och-beredskap", [
        ("krisberedskap", "Krisberedskap", "Så förbereder du dig och ditt hushåll för kriser och hur kommunen informerar vid en allvarlig händelse."),
        ("brandskydd", "Brandskydd och sotning", "Räddningstjänsten, sotning och brandskyddskontroll."),
        ("trygghet", "Trygghet i offentlig miljö", "Det brottsförebyggande arbetet och trygghetsvandringar."),
    ]),
}

TOPBAR = ["Lyssna", "Lättläst", "Teckenspråk", "Other languages"]

EVENTS = [
    ("12 maj", "Vårkonsert med kulturskolan i Aulan"),
    ("18 maj", "Öppet hus på återvinningscentralen"),
    ("24 maj", "Kommunfullmäktige sammanträder"),
    ("3 jun", "Nationaldagsfirande i Folkets park"),
]

ESERVICES = ["Ansök om förskoleplats", "Ansök om bygglov", "Felanmälan gata och park",
             "Ansök om ekonomiskt bistånd", "Boka lokal", "Hämtningsschema för sopor"]

COOKIE = "Vi använder kakor för att webbplatsen ska fungera och för att förbättra den."


def latin1(s: str) -> bytes:
    return s.encode("iso-8859-1", errors="xmlcharrefreplace")
