"""Shared filler text for the blind29 typing aid (area sections, news, events).

Nothing here names a service function; the texts that decide labels are written per site in
build_sites.py.
"""
from __future__ import annotations

import re

SUBTEXT: dict[str, str] = {
    "Förskola": "Barn från ett års ålder har rätt till plats i förskola när vårdnadshavarna arbetar, studerar eller söker arbete. Ansök senast fyra månader innan du behöver platsen.",
    "Förskola och pedagogisk omsorg": "Kommunen har förskolor i alla kommundelar och två familjedaghem. Ansökan görs i e-tjänsten, och du får besked om plats senast en månad före önskat datum.",
    "Grundskola": "Kommunens grundskolor tar emot elever från förskoleklass till årskurs nio. Skolvalet för kommande läsår görs i januari.",
    "Grundskola och förskoleklass": "Alla barn börjar förskoleklass det år de fyller sex. Du kan önska skola, och kommunen placerar utifrån närhet och syskonförtur.",
    "Fritidshem": "Fritidshemmet tar emot elever upp till och med vårterminen det år de fyller tretton, före och efter skoldagen och på lov.",
    "Gymnasieskola": "Gymnasieskolan erbjuder tolv nationella program och introduktionsprogram. Ansökan görs via den gemensamma antagningen i länet.",
    "Vuxenutbildning": "Komvux erbjuder kurser på grundläggande och gymnasial nivå, svenska för invandrare och yrkesutbildningar på distans och plats.",
    "Skolskjuts": "Elever i grundskolan kan ha rätt till skolskjuts beroende på avstånd, trafikmiljö och funktionsnedsättning. Ansökan gäller ett läsår i taget.",
    "Läsårstider": "Höstterminen börjar i mitten av augusti och vårterminen slutar i mitten av juni. Studiedagar och lov finns i läsårskalendern.",
    "Äldreomsorg": "Du som är äldre och behöver stöd i vardagen kan ansöka om insatser hos kommunens biståndshandläggare.",
    "Hemtjänst": "Hemtjänsten hjälper dig med omsorg och service i hemmet, till exempel personlig hygien, inköp och städning.",
    "Särskilt boende": "Om du inte längre kan bo kvar hemma kan du ansöka om plats på ett av kommunens fem särskilda boenden.",
    "Stöd vid funktionsnedsättning": "Personer med funktionsnedsättning kan få stöd enligt LSS och socialtjänstlagen, till exempel daglig verksamhet och ledsagarservice.",
    "Ekonomiskt bistånd": "Du som inte kan försörja dig kan ansöka om ekonomiskt bistånd. Ansökan prövas utifrån hela hushållets situation.",
    "Stöd till barn och familj": "Familjecentralen och familjebehandlarna ger stöd i föräldraskapet. Du kan vara anonym när du ringer för rådgivning.",
    "Våld i nära relationer": "Utsätts du för våld eller hot av någon närstående kan du få stöd och skydd. Ring 112 vid akut fara.",
    "Bygglov": "Bygglov krävs för att bygga nytt, bygga till och ändra användning av en byggnad. Vissa åtgärder kräver i stället en anmälan.",
    "Bygglov och anmälan": "Ansökan om bygglov görs i e-tjänsten. Handläggningstiden är högst tio veckor från det att ansökan är komplett.",
    "Detaljplaner": "Detaljplaner styr hur mark och vatten får användas. Här ser du pågående planarbeten och när du kan lämna synpunkter.",
    "Avfall och återvinning": "Hushållsavfallet hämtas varannan vecka. Grovavfall, farligt avfall och elavfall lämnar du på återvinningscentralen.",
    "Vatten och avlopp": "Kommunen ansvarar för dricksvatten och avlopp inom verksamhetsområdet. Vid vattenläcka eller stopp i avloppet ringer du felanmälan.",
    "Miljö och hälsa": "Miljöenheten handlägger bland annat enskilda avlopp, värmepumpar, livsmedelskontroll och klagomål på buller.",
    "Energi- och klimatrådgivning": "Energi- och klimatrådgivaren ger opartiska och kostnadsfria råd om uppvärmning, solceller och energieffektivisering.",
    "Kartor och mätning": "Beställ nybyggnadskarta, utstakning och lägeskontroll. Kommunens kartor finns också i en webbkarta.",
    "Bostadsanpassning": "Har du en varaktig funktionsnedsättning kan du söka bidrag för att anpassa din bostad, till exempel ta bort trösklar.",
    "Gator och vägar": "Kommunen sköter gator, gång- och cykelvägar inom tätorterna. Enskilda vägar sköts av vägföreningar.",
    "Parkering": "Parkeringstillstånd för personer med rörelsehinder söker du hos kommunen. I centrum gäller tidsbegränsad parkering vardagar.",
    "Kollektivtrafik": "Busstrafiken i kommunen sköts av länets kollektivtrafikmyndighet. Tidtabeller finns på deras webbplats och i appen.",
    "Snöröjning": "Vid snöfall plogas huvudgator, busslinjer och gång- och cykelvägar först, därefter bostadsgator.",
    "Färdtjänst": "Färdtjänst är för dig som på grund av funktionsnedsättning har svårt att resa med kollektivtrafik. Tillstånd söks hos kommunen.",
    "Trafiksäkerhet": "Kommunen arbetar med hastighetsdämpande åtgärder och säkra skolvägar. Lämna gärna förslag på platser som behöver ses över.",
    "Bibliotek": "Huvudbiblioteket och filialerna lånar ut böcker, ljudböcker och filmer. Med lånekort kan du också låna e-böcker.",
    "Idrott och motion": "Kommunen har en sporthall, ishall, simhall och elljusspår. Föreningar och privatpersoner kan boka tider i anläggningarna.",
    "Föreningsliv": "Registrerade föreningar kan söka bidrag för verksamhet, lokaler och arrangemang. Ansök senast den 1 mars.",
    "Kulturskola": "Kulturskolan erbjuder undervisning i musik, dans, teater och bild för barn och unga mellan sju och nitton år.",
    "Badplatser": "Kommunen har elva badplatser. Vattnet provtas tre gånger under sommaren och resultaten redovisas på badplatsernas skyltar.",
    "Fritidsgårdar": "Fritidsgårdarna är öppna för unga från årskurs sju. Personalen ordnar aktiviteter, läxhjälp och lovverksamhet.",
    "Starta företag": "Näringslivsenheten ger råd när du ska starta eller utveckla ett företag och kan hjälpa dig att hitta lokaler.",
    "Upphandling": "Kommunen köper varor och tjänster för omkring 600 miljoner kronor om året. Pågående upphandlingar annonseras i upphandlingsverktyget.",
    "Tillstånd för företag": "Serveringstillstånd, tillstånd för tobaksförsäljning och livsmedelsregistrering söks hos kommunen.",
    "Lediga jobb": "Kommunen är den största arbetsgivaren i kommunen med omkring 2 000 medarbetare. Alla lediga tjänster annonseras på jobbportalen.",
    "Mark och lokaler": "Kommunen säljer tomter för bostäder och verksamheter. Tomtkön är öppen för alla som är över 18 år.",
    "Politik och nämnder": "Kommunfullmäktige är kommunens högsta beslutande organ och har 41 ledamöter. Sammanträdena är öppna för allmänheten.",
    "Organisation": "Kommunens verksamhet är organiserad i fem förvaltningar under kommunstyrelsen och nämnderna.",
    "Ekonomi och budget": "Budgeten för nästa år beslutas av kommunfullmäktige i november. Årsredovisningen visar hur pengarna använts.",
    "Synpunkter och klagomål": "Dina synpunkter hjälper oss att bli bättre. Lämna beröm, klagomål eller förslag i e-tjänsten.",
    "Allmänna handlingar": "Alla har rätt att ta del av allmänna handlingar. Begäran kan göras anonymt och prövas skyndsamt.",
    "Val och demokrati": "Nästa allmänna val hålls i september. Här finns information om vallokaler och förtidsröstning.",
    "Kommunfakta": "Kommunen har drygt 18 000 invånare och en yta av 1 100 kvadratkilometer, varav en tredjedel är skog.",
    "Evenemang": "I evenemangskalendern hittar du konserter, marknader och föreställningar i hela kommunen.",
    "Natur och friluftsliv": "Vandringsleder, naturreservat och fiskevatten finns runt om i kommunen. Vindskydden är fria att använda.",
    "Sevärdheter": "Besök kyrkoruinen, hembygdsgården och konsthallen i det gamla tingshuset.",
    "Krisberedskap": "Kommunen har en krisledningsnämnd och planer för att kunna hålla igång viktiga verksamheter vid en kris.",
}

AREA_INTRO: dict[str, str] = {
    "Barn och utbildning": "Förskola, skola och utbildning för barn, unga och vuxna.",
    "Förskola och skola": "Från förskolan till gymnasiet: ansökan, skolval och skolskjuts.",
    "Utbildning och barnomsorg": "Förskola, skola och vuxenutbildning i kommunen.",
    "Omsorg och stöd": "Stöd och omsorg för äldre, personer med funktionsnedsättning och familjer.",
    "Stöd och omsorg": "Hemtjänst, boenden, ekonomiskt bistånd och stöd till familjer.",
    "Bygga, bo och miljö": "Bygglov, planer, avfall, vatten och miljö.",
    "Bo och bygga": "Allt om att bygga, bo och leva i kommunen.",
    "Miljö och boende": "Avfall, vatten, bygglov och miljötillsyn.",
    "Trafik och infrastruktur": "Gator, parkering, kollektivtrafik och snöröjning.",
    "Trafik och resor": "Resor, parkering och vägar i kommunen.",
    "Kultur och fritid": "Bibliotek, idrott, föreningsliv och kulturskola.",
    "Fritid och kultur": "Det här kan du göra på fritiden i kommunen.",
    "Näringsliv och arbete": "Service till företagare, upphandling och lediga jobb.",
    "Företag och arbete": "För dig som driver företag eller vill jobba hos oss.",
    "Kommun och politik": "Så styrs kommunen, ekonomi, organisation och hur du påverkar.",
    "Politik och demokrati": "Kommunfullmäktige, nämnder, val och hur du kan påverka.",
    "Uppleva och göra": "Evenemang, natur och sevärdheter.",
    "Trygghet och säkerhet": "Krisberedskap, räddningstjänst och trygghetsarbete.",
}


def slugify(s: str) -> str:
    s = s.lower().replace("å", "a").replace("ä", "a").replace("ö", "o").replace("é", "e")
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")


def subtext(title: str) -> str:
    return SUBTEXT.get(title, f"Här hittar du information om {title.lower()} i kommunen.")


# Generic news, {k} = kommun name, {g} = genitive ("Hjortsundas"), {st} = a street
NEWS_POOL: list[dict] = [
    {"slug": "budget-2026-antagen", "title": "Budget för 2026 antagen",
     "teaser": "Kommunfullmäktige har antagit budgeten för nästa år. Mest pengar går till skola och omsorg.",
     "body": "<p>Kommunfullmäktige antog på måndagens sammanträde budgeten för 2026. Skattesatsen är oförändrad.</p><p>Den största satsningen görs inom förskola och skola, där två nya förskoleavdelningar öppnar under våren. Äldreomsorgen får ett tillskott för att bemanna nattpatrullen.</p><p>Budgetdokumentet finns under Ekonomi och budget.</p>"},
    {"slug": "vagarbete-{st_slug}", "title": "Vägarbete på {st} under hösten",
     "teaser": "Från den 15 september byts vatten- och avloppsledningar på {st}. Räkna med omledning.",
     "body": "<p>Från den 15 september till och med november byter kommunen vatten- och avloppsledningar på {st}. Gatan stängs etappvis för genomfart och trafiken leds om via skyltad omväg.</p><p>Fastighetsägare längs gatan har fått information per brev. Bussarna stannar vid tillfälliga hållplatser.</p>"},
    {"slug": "sommarlovsaktiviteter", "title": "Gratis aktiviteter på sommarlovet",
     "teaser": "Fiske, klättring, teater och simskola: nu kan barn och unga anmäla sig till sommarens aktiviteter.",
     "body": "<p>Under sommarlovet erbjuder kommunen och föreningslivet ett sextiotal kostnadsfria aktiviteter för barn och unga mellan 6 och 16 år.</p><p>Anmälan öppnar den 20 maj. Vissa aktiviteter har begränsat antal platser.</p>"},
    {"slug": "ny-forskola-invigs", "title": "Ny förskola invigs i Norrängen",
     "teaser": "Förskolan Lärkan med sex avdelningar tar emot de första barnen i januari.",
     "body": "<p>Förskolan Lärkan i Norrängen är byggd i trä och har plats för 110 barn. Gården har odlingslådor, cykelbana och en skogsdunge.</p><p>Du som har barn i kö kan önska Lärkan i e-tjänsten.</p>"},
    {"slug": "vattenprover-badplatser", "title": "Bra vattenkvalitet vid kommunens badplatser",
     "teaser": "Sommarens första vattenprover visar tjänligt badvatten vid alla badplatser.",
     "body": "<p>Miljöenheten tog de första proverna vid kommunens badplatser i juni. Samtliga prover visar tjänligt vatten.</p><p>Nästa provtagning görs i mitten av juli.</p>"},
    {"slug": "oversiktsplan-samrad", "title": "Tyck till om den nya översiktsplanen",
     "teaser": "Förslaget till ny översiktsplan är ute på samråd till den 30 november.",
     "body": "<p>Översiktsplanen visar hur kommunen vill att mark och vatten ska användas de kommande tjugo åren. Förslaget finns att läsa på biblioteken och i kommunhuset.</p><p>Skriftliga synpunkter lämnas senast den 30 november. Den 12 oktober hålls ett öppet möte i {k} folkets hus.</p>"},
    {"slug": "biblioteket-meroppet", "title": "Biblioteket får meröppet",
     "teaser": "Med lånekort och pinkod kan du nu besöka huvudbiblioteket från sju på morgonen till tio på kvällen.",
     "body": "<p>Från och med 1 februari är huvudbiblioteket meröppet. Det betyder att du kan låna och lämna böcker, läsa tidningar och studera även när det inte finns personal på plats.</p><p>Du registrerar dig för meröppet i lånedisken.</p>"},
    {"slug": "snorojning-vintern", "title": "Så prioriteras snöröjningen i vinter",
     "teaser": "Huvudgator och gång- och cykelvägar plogas först när det har kommit mer än fem centimeter snö.",
     "body": "<p>Kommunens snöröjning startar när det har kommit fem centimeter snö, eller tre centimeter blötsnö. Först plogas huvudgator, busslinjer och prioriterade gång- och cykelvägar.</p><p>Fastighetsägare ansvarar för att skotta trottoaren utanför sin fastighet.</p>"},
    {"slug": "ny-atervinningscentral", "title": "Ny återvinningscentral öppnar i {k}",
     "teaser": "Den nya återvinningscentralen vid Industrivägen har längre öppettider och fler fraktioner.",
     "body": "<p>Den nya återvinningscentralen vid Industrivägen öppnar den 3 april. Den är öppen vardagar 7–19 och lördagar 9–15.</p><p>Den gamla återvinningscentralen stänger samma dag.</p>"},
]

EVENTS = [
    ("12 okt", "Höstmarknad på torget", "Lokala producenter, hantverk och musik."),
    ("18 okt", "Författarbesök på biblioteket", "Samtal och signering, fri entré."),
    ("25 okt", "Konsert med kulturskolan", "Elever från årskurs 4–9 spelar i aulan."),
    ("2 nov", "Öppet möte om översiktsplanen", "Kom och ställ frågor till planerarna."),
    ("8 nov", "Familjebad i simhallen", "Halva priset för barn under 12 år."),
]
