"""Shared Swedish filler text and helpers for the blind33 typing aid (build_sites.py).

Nothing here names a service function: the unit, its channels and any responsible
role are written per site in build_sites.py, so that every naming is deliberate.
"""
from __future__ import annotations

import html


def esc(s: str) -> str:
    return html.escape(s, quote=True)


# area id -> (lead, [(anchor, title, paragraph)])
AREAS: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "barn": (
        "Förskola, skola och vuxenutbildning i kommunen: ansökan, skolval, läsårstider och stöd.",
        [
            ("forskola", "Förskola",
             "Barn mellan ett och fem år har rätt till plats i förskola. Du ansöker om plats i "
             "e-tjänsten senast fyra månader innan du behöver platsen. Avgiften följer maxtaxan."),
            ("fritidshem", "Fritidshem",
             "Fritidshemmet tar emot elever från förskoleklass till och med årskurs sex före och "
             "efter skoltid och på loven. Du ansöker samtidigt som du söker skola."),
            ("grundskola", "Grundskola",
             "Kommunen har sex grundskolor, varav två med årskurs 7–9. Här finns läsårstider, "
             "skolval inför förskoleklass och information om elevhälsan."),
            ("gymnasieskola", "Gymnasieskola",
             "Gymnasieskolan erbjuder tolv nationella program och introduktionsprogram. Ansökan "
             "görs via den gemensamma gymnasieantagningen i länet."),
            ("skolskjuts", "Skolskjuts",
             "Elever som har lång väg till skolan eller en trafikfarlig skolväg kan ha rätt till "
             "skolskjuts. Ansökan görs inför varje läsår, senast den 1 maj."),
            ("vuxenutbildning", "Vuxenutbildning",
             "Komvux ger dig möjlighet att läsa in grundskole- eller gymnasiekurser, svenska för "
             "invandrare och yrkesutbildningar inom vård, bygg och logistik."),
        ],
    ),
    "omsorg": (
        "Stöd i vardagen för dig som är äldre, har en funktionsnedsättning eller behöver hjälp "
        "med ekonomi, boende eller familj.",
        [
            ("hemtjanst", "Hemtjänst",
             "Med hemtjänst kan du få hjälp i vardagen, till exempel med städning, inköp och "
             "personlig omvårdnad. Du ansöker hos en biståndshandläggare."),
            ("sarskilt-boende", "Särskilt boende",
             "Om du behöver omsorg dygnet runt kan du ansöka om plats på ett särskilt boende. "
             "Kommunen har fyra boenden med sammanlagt 160 platser."),
            ("funktionsnedsattning", "Stöd vid funktionsnedsättning",
             "Insatser enligt LSS och socialtjänstlagen, till exempel daglig verksamhet, "
             "ledsagarservice och bostad med särskild service."),
            ("ekonomiskt-bistand", "Ekonomiskt bistånd",
             "Om du inte kan försörja dig själv kan du ansöka om ekonomiskt bistånd. Ansökan "
             "görs varje månad, helst i e-tjänsten."),
            ("fardtjanst", "Färdtjänst",
             "Färdtjänst är för dig som på grund av funktionsnedsättning har svårt att resa med "
             "den vanliga kollektivtrafiken. Tillståndet prövas individuellt."),
            ("individ-och-familj", "Individ och familj",
             "Stöd till barn, unga och familjer, familjerådgivning och hjälp för dig som har "
             "problem med alkohol, narkotika eller spel."),
        ],
    ),
    "bygga": (
        "Bygglov, avfall, vatten och avlopp, planer och miljötillsyn.",
        [
            ("bygglov", "Bygglov och anmälan",
             "Du behöver oftast bygglov för att bygga nytt, bygga till eller ändra användningen "
             "av en byggnad. Ansök i e-tjänsten och bifoga ritningar i skala."),
            ("avfall", "Avfall och återvinning",
             "Information om sophämtning, tömningsschema, återvinningscentralen, farligt avfall "
             "och hur du ändrar ditt abonnemang."),
            ("vatten", "Vatten och avlopp",
             "Kommunen ansvarar för dricksvatten och spillvatten i tätorterna. Här finns taxor, "
             "information om enskilda avlopp och råd vid vattenläcka."),
            ("detaljplaner", "Detaljplaner",
             "Pågående och gällande detaljplaner. Under samråd och granskning kan du lämna "
             "synpunkter på planförslagen."),
            ("miljo", "Miljö och hälsa",
             "Tillsyn av livsmedelsverksamheter, miljöfarlig verksamhet och hälsoskydd, till "
             "exempel buller, radon och inomhusmiljö."),
            ("energi", "Energi- och klimatrådgivning",
             "Opartisk och kostnadsfri rådgivning om energieffektivisering, solceller och "
             "uppvärmning för privatpersoner och bostadsrättsföreningar."),
        ],
    ),
    "trafik": (
        "Gator, parkering, snöröjning och kollektivtrafik.",
        [
            ("parkering", "Parkering",
             "Parkeringsregler, avgifter i centrum och parkeringstillstånd för dig som har en "
             "funktionsnedsättning."),
            ("gator", "Gator och vägar",
             "Kommunen sköter gator, gång- och cykelvägar i tätorterna. Pågående vägarbeten och "
             "avstängningar publiceras här."),
            ("snorojning", "Snöröjning och halkbekämpning",
             "Vi prioriterar huvudgator, gång- och cykelvägar till skolor och busshållplatser. "
             "Villagator plogas när snödjupet passerar åtta centimeter."),
            ("felanmalan", "Felanmälan",
             "Har en gatlykta slutat lysa, finns det ett hål i vägen eller klotter på en "
             "lekplats? Gör en felanmälan i e-tjänsten, dygnet runt."),
            ("kollektivtrafik", "Kollektivtrafik",
             "Buss och tåg i kommunen trafikeras av länets kollektivtrafikbolag. Tidtabeller "
             "och biljetter finns hos trafikbolaget."),
        ],
    ),
    "kultur": (
        "Bibliotek, idrott, bad, kulturskola och föreningsliv.",
        [
            ("bibliotek", "Bibliotek",
             "Huvudbiblioteket och de tre filialerna lånar ut böcker, ljudböcker, tidningar och "
             "e-medier. Meröppet gör att du kan låna även när personalen har gått hem."),
            ("idrott", "Idrott och motion",
             "Idrottshallar, elljusspår, utegym och bokning av lokaler för föreningar och "
             "privatpersoner."),
            ("bad", "Bad och simhall",
             "Öppettider och priser för simhallen, simskola för barn och badplatser där vi tar "
             "badvattenprov varannan vecka under sommaren."),
            ("kulturskola", "Kulturskolan",
             "Kurser i musik, dans, teater och bild för barn och unga mellan 7 och 19 år. "
             "Anmälan till vårterminen öppnar i november."),
            ("foreningar", "Föreningar och bidrag",
             "Föreningsregister, lokalbokning och information om aktivitetsstöd och andra "
             "föreningsbidrag."),
        ],
    ),
    "naring": (
        "För dig som driver eller vill starta företag, söker jobb eller vill arbeta hos oss.",
        [
            ("starta-foretag", "Starta och driva företag",
             "Råd till dig som vill starta företag, information om tillstånd för servering, "
             "livsmedel och handel, och om tillsyn."),
            ("upphandling", "Upphandling",
             "Pågående upphandlingar, direktupphandlingar och information till dig som vill "
             "bli leverantör till kommunen."),
            ("lediga-jobb", "Lediga jobb",
             "Kommunen är en av de största arbetsgivarna i området. Se aktuella lediga tjänster "
             "och läs om hur det är att arbeta hos oss."),
            ("mark-och-lokaler", "Mark och lokaler",
             "Lediga tomter för verksamheter i industriområdena och lokaler att hyra."),
            ("arbetsmarknad", "Arbetsmarknad",
             "Stöd till dig som söker arbete, feriearbete för ungdomar och praktikplatser."),
        ],
    ),
    "kommun": (
        "Politik, organisation, ekonomi och hur du kan påverka.",
        [
            ("politik", "Politik och demokrati",
             "Kommunfullmäktige, kommunstyrelsen och nämnderna. Här hittar du protokoll, "
             "sammanträdestider och hur du lämnar ett medborgarförslag."),
            ("organisation", "Kommunens organisation",
             "Kommunen har fyra förvaltningar och två helägda bolag. Kommundirektören leder "
             "förvaltningsorganisationen."),
            ("ekonomi", "Budget och ekonomi",
             "Budget, årsredovisning, delårsrapporter och skattesats. Kommunalskatten är 21,94 "
             "kronor per hundralapp."),
            ("allmanna-handlingar", "Allmänna handlingar",
             "Du har rätt att ta del av allmänna handlingar. Vänd dig till registrator, så "
             "lämnar vi ut handlingen så snart det går."),
            ("synpunkter", "Synpunkter och klagomål",
             "Tyck till om kommunens verksamheter. Dina synpunkter hjälper oss att bli bättre, "
             "och du får svar inom tio arbetsdagar om du vill."),
            ("statistik", "Fakta och statistik",
             "Befolkning, folkhälsa, bostadsbyggande och andra nyckeltal om kommunen."),
        ],
    ),
    "trygghet": (
        "Krisberedskap, räddningstjänst och trygghet i kommunen.",
        [
            ("krisberedskap", "Krisberedskap",
             "Så förbereder du dig för en kris: vatten, värme, mat och information. Lyssna på "
             "Sveriges Radio P4 när Viktigt meddelande sänds."),
            ("raddningstjanst", "Räddningstjänst",
             "Brandskydd, sotning, tillstånd för brandfarlig vara och eldningsförbud."),
            ("trygghet", "Trygghetsarbete",
             "Kommunen arbetar med polisen och föreningarna för att alla ska känna sig trygga i "
             "centrum, i bostadsområdena och på väg hem."),
        ],
    ),
}

# news slug -> (date, title, lead, paragraphs)
NEWS: dict[str, tuple[str, str, str, list[str]]] = {
    "budget-2026": (
        "2025-10-02", "Budgeten för 2026 är beslutad",
        "Kommunfullmäktige har beslutat om budget för 2026. Skattesatsen är oförändrad.",
        ["Budgeten omfattar 1,4 miljarder kronor. Den största satsningen görs inom äldreomsorgen, "
         "där två nya avdelningar öppnar på särskilt boende under våren.",
         "Barn och utbildning får 18 miljoner kronor mer än i år, främst till fler elever i "
         "grundskolan. Investeringarna i vatten och avlopp fortsätter enligt plan."],
    ),
    "vagarbete": (
        "2025-09-22", "Vägarbete på Storgatan under hösten",
        "Från den 29 september byter vi vatten- och avloppsledningar under Storgatan.",
        ["Arbetet pågår till mitten av december. Storgatan stängs för genomfartstrafik mellan "
         "Järnvägsgatan och Kyrkogatan; busslinje 2 tar en tillfällig väg via Parkvägen.",
         "Gående och cyklister kommer förbi hela tiden. Fastigheter som berörs av kortare "
         "avbrott i vattnet får information i brevlådan i god tid."],
    ),
    "foreningsbidrag": (
        "2025-09-15", "Nu kan du söka föreningsbidrag för 2026",
        "Föreningar kan söka verksamhetsbidrag och lokalbidrag till och med den 31 oktober.",
        ["Ansökan görs i föreningsportalen. Bifoga verksamhetsberättelse, ekonomisk "
         "redovisning och revisionsberättelse för det senaste verksamhetsåret.",
         "Nytt för i år är ett särskilt bidrag till föreningar som ordnar lovaktiviteter för "
         "barn och unga."],
    ),
    "bibliotek": (
        "2025-09-08", "Biblioteket får meröppet även på söndagar",
        "Från och med oktober kan du låna och lämna böcker på huvudbiblioteket alla dagar "
        "mellan 07 och 22.",
        ["Du behöver ett lånekort med pinkod för att komma in under meröppna tider. Lånekortet "
         "hämtar du i lånedisken under bemannade tider.",
         "Under meröppet finns ingen personal på plats, men självbetjäningsautomaterna och "
         "datorerna fungerar som vanligt."],
    ),
    "kulturskolan": (
        "2025-08-28", "Kulturskolan öppnar dörrarna för nya elever",
        "Lördagen den 4 oktober har kulturskolan öppet hus med prova-på i alla ämnen.",
        ["Du kan prova instrument, dansa, spela teater och måla. Lärarna berättar om kurserna "
         "och hur du anmäler dig inför vårterminen.",
         "Öppet hus är gratis och pågår mellan 11 och 14 i Kulturhuset."],
    ),
}

EVENTS = [
    ("4 okt", "Höstmarknad på torget"),
    ("13 okt", "Sagostund på biblioteket"),
    ("20 okt", "Kommunfullmäktige sammanträder"),
    ("8 nov", "Konsert med kulturskolans orkester"),
]

# e-service anchor -> title
ESERVICES = [
    ("forskoleplats", "Ansök om plats i förskola"),
    ("skolskjuts", "Ansök om skolskjuts"),
    ("bygglov", "Ansök om bygglov"),
    ("felanmalan", "Gör en felanmälan"),
    ("extra-tomning", "Beställ extra sophämtning"),
    ("ekonomiskt-bistand", "Ansök om ekonomiskt bistånd"),
]

ESERVICE_TEXT = {
    "forskoleplats": "Logga in med e-legitimation och välj upp till tre förskolor. Du får besked "
                     "om placering ungefär sex veckor innan önskat startdatum.",
    "skolskjuts": "Ansökan gäller ett läsår i taget. Bifoga läkarintyg om du söker skolskjuts av "
                  "medicinska skäl.",
    "bygglov": "Ansökan om bygglov, marklov, rivningslov och anmälan om attefallsåtgärder. "
               "Ritningar bifogas som pdf.",
    "felanmalan": "Felanmälan av gator, gatubelysning, lekplatser och parker. Du kan bifoga en "
                  "bild och markera platsen på en karta.",
    "extra-tomning": "Beställ extra tömning av kärl eller hämtning av grovavfall vid "
                     "fastigheten. Avgift enligt avfallstaxan.",
    "ekonomiskt-bistand": "Ansökan görs för en månad i taget. Du ser status på din ansökan när "
                          "du loggar in.",
}

DRIFT = "Vattenavstängning på Björkvägen 14 oktober kl. 09–13."

TILLGANGLIGHET = [
    ("Tillgänglighetsredogörelse",
     "Kommunen står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna "
     "använda den. Den här redogörelsen beskriver hur webbplatsen uppfyller lagen om "
     "tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du "
     "kan rapportera brister till oss så att vi kan åtgärda dem."),
    ("Hur tillgänglig är webbplatsen?",
     "Vi är medvetna om att delar av webbplatsen inte är helt tillgängliga. Några äldre "
     "pdf-dokument saknar struktur och en del inbäddade kartor går inte att använda med "
     "tangentbord."),
    ("Lyssna", "Du kan få texten på webbplatsen uppläst. Klicka på Lyssna högst upp på sidan."),
    ("Lättläst", "Vi har samlat information om kommunen på lättläst svenska."),
    ("Teckenspråk", "Filmer på svenskt teckenspråk om kommunens verksamheter."),
    ("Tillsyn",
     "Myndigheten för digital förvaltning, Digg, ansvarar för tillsynen över lagen. Om du inte "
     "är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg."),
]

KAKOR = [
    ("Kakor (cookies)",
     "En kaka är en liten textfil som lagras i din webbläsare. Vi använder nödvändiga kakor för "
     "att webbplatsen ska fungera och, om du godkänner det, kakor för besöksstatistik."),
    ("Nödvändiga kakor", "Sparar ditt val i kakbannern och håller reda på din session."),
    ("Statistikkakor",
     "Används för att se hur många som besöker webbplatsen och vilka sidor som läses mest. "
     "Uppgifterna är anonyma."),
    ("Personuppgifter",
     "Kommunen behandlar personuppgifter enligt dataskyddsförordningen. Du har rätt att få "
     "veta vilka uppgifter vi har om dig och att begära rättelse."),
]


def english(kommun: str, gen: str, vaxel_intl: str, mail: str) -> str:
    return (
        f'<p lang="en">Welcome to {esc(kommun)} Municipality. {esc(kommun)} is a municipality of '
        "about 14 000 inhabitants, with lakes, forests and a small town centre where most of "
        "the municipal services are located.</p>"
        '<h2 lang="en">Living here</h2><p lang="en">Information about schools, elderly care, '
        "waste collection and building permits is available in Swedish. Many of our staff "
        "speak English and are happy to help.</p>"
        f'<h2 lang="en">Contact the municipality</h2><p lang="en">Switchboard: {esc(vaxel_intl)}'
        f"<br>E-mail: {esc(mail)}</p>"
    )
