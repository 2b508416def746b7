"""Shared text and output helpers for the blind31 typing aid (build_sites.py).

The HTML files under sites/ are the corpus; this module only saves typing. Each site in
build_sites.py has its own markup; what is shared here is filler text for the area pages
(one short paragraph per sub-menu topic) and the writer that lays out a site folder.
"""
from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

SITES = Path(__file__).resolve().parent.parent / "sites"


def e(s: str) -> str:
    return html.escape(s, quote=True)


# topic id -> (heading, paragraph). {kk} = the municipality's official name ("Tjärnviks kommun"),
# {k} = the place name. Filler only: none of it names a service function or a responsible role.
TOPICS: dict[str, tuple[str, str]] = {
    "forskola": ("Förskola", "Förskolan tar emot barn från ett års ålder fram till att de börjar i förskoleklass. Du ansöker om plats senast fyra månader innan du behöver den, via e-tjänsten eller på blankett. Avgiften följer maxtaxan och beräknas på hushållets inkomst."),
    "pedagogisk-omsorg": ("Pedagogisk omsorg", "Pedagogisk omsorg, det som tidigare kallades familjedaghem, är ett alternativ till förskola. Barnen är i en mindre grupp i en dagbarnvårdares hem. Ansökan görs på samma sätt som till förskolan."),
    "fritidshem": ("Fritidshem", "Fritidshemmet tar emot elever från förskoleklass till och med årskurs 6 före och efter skoltid och på loven. Du har rätt till plats om du arbetar eller studerar. Ansökan lämnas till skolans expedition."),
    "grundskola": ("Grundskola", "{kk} har grundskolor från förskoleklass till årskurs 9. Du har rätt att önska skola för ditt barn och skolvalet görs i februari. Läsårstider och lovdagar finns under respektive skola."),
    "gymnasium": ("Gymnasieskola", "Gymnasieutbildning erbjuds i samverkan med grannkommunerna. Du söker via den gemensamma antagningen senast den 1 februari. Elever som studerar på annan ort kan ha rätt till inackorderingstillägg."),
    "komvux": ("Vuxenutbildning (Komvux)", "Komvux erbjuder kurser på grundläggande och gymnasial nivå, svenska för invandrare (SFI) och yrkesutbildningar inom vård och omsorg. Många kurser går att läsa på distans. Studie- och yrkesvägledaren hjälper dig att planera dina studier."),
    "skolskjuts": ("Skolskjuts", "Elever i grundskolan som har lång eller trafikfarlig skolväg kan ha rätt till skolskjuts. Ansökan görs inför varje läsår. Åktider och hållplatser skickas hem i början av augusti."),
    "skolmat": ("Skolmat", "Maten lagas i skolornas egna kök av råvaror från närområdet när det går. Veckans matsedel sitter på skolornas anslagstavlor. Behöver ditt barn specialkost lämnar du ett läkarintyg till skolan."),
    "kulturskola": ("Kulturskolan", "Kulturskolan ger undervisning i instrument, sång, dans och teater för barn och unga mellan 7 och 19 år. Anmälan till höstterminen görs i maj."),
    "hemtjanst": ("Hemtjänst", "Hemtjänst är hjälp i hemmet med till exempel städning, inköp, personlig omvårdnad och trygghetslarm. Du ansöker hos en biståndshandläggare, som tillsammans med dig går igenom vad du behöver hjälp med."),
    "sarskilt-boende": ("Särskilt boende", "Den som inte längre kan bo kvar hemma trots stöd kan ansöka om plats på ett särskilt boende. Kommunen har boenden med både omvårdnads- och demensinriktning."),
    "lss": ("Stöd enligt LSS", "Lagen om stöd och service till vissa funktionshindrade (LSS) ger rätt till bland annat personlig assistans, ledsagning, korttidsvistelse och bostad med särskild service. Kontakta en LSS-handläggare för att ansöka."),
    "fardtjanst": ("Färdtjänst", "Färdtjänst är för dig som på grund av en funktionsnedsättning har stora svårigheter att resa med vanliga bussar och tåg. Ansökan görs på blankett och ett läkarintyg ska bifogas. Resorna beställs senast en timme före avresa."),
    "ekonomiskt-bistand": ("Ekonomiskt bistånd", "Om du inte kan försörja dig själv kan du ansöka om ekonomiskt bistånd (försörjningsstöd). Först bokar du en tid för ett nybesök. Ta med underlag om inkomster, hyra och andra utgifter."),
    "ifo": ("Stöd till barn och familj", "Socialtjänsten ger råd och stöd till familjer, till exempel familjebehandling och samtal. Är du orolig för ett barn kan du göra en orosanmälan. Utanför kontorstid når du socialjouren via polisen."),
    "anhorig": ("Anhörigstöd", "Du som vårdar eller stödjer en närstående kan få stöd av kommunens anhörigkonsulent: enskilda samtal, anhöriggrupper och avlösning i hemmet."),
    "bostadsanpassning": ("Bostadsanpassning", "Har du en funktionsnedsättning kan du söka bidrag för att anpassa din bostad, till exempel för att ta bort trösklar eller sätta upp stödhandtag. Ansökan ska göras innan arbetet påbörjas."),
    "bygglov": ("Bygglov", "För att bygga nytt, bygga till eller ändra användningen av en byggnad behöver du oftast bygglov. Skicka in ansökan med ritningar i god tid; handläggningstiden är högst tio veckor från det att ansökan är komplett. Vissa åtgärder som inte kräver lov ska i stället anmälas."),
    "detaljplaner": ("Detaljplaner", "En detaljplan bestämmer hur mark och vatten får användas och bebyggas. När ett planförslag är ute på samråd eller granskning kan du lämna synpunkter. Planerna visas också på anslagstavlan i kommunhuset."),
    "avfall": ("Avfall och återvinning", "Sophämtningen sker varannan vecka för villahushåll. Grovavfall, farligt avfall och elavfall lämnar du på återvinningscentralen. Förpackningar och tidningar sorterar du på någon av återvinningsstationerna."),
    "vatten": ("Vatten och avlopp", "Kommunen ansvarar för det allmänna vatten- och avloppsnätet. Vid vattenläcka eller avbrott informerar vi här och med utskick till de berörda. Har du eget avlopp ska slammet tömmas minst en gång om året."),
    "gator": ("Gator och vägar", "Kommunen sköter gator, gång- och cykelvägar och gatubelysning inom tätorterna. Snöröjningen börjar när det har kommit ungefär fem centimeter snö. Trasig gatubelysning och potthål kan du felanmäla dygnet runt."),
    "parkering": ("Parkering", "I centrum är parkeringen tidsbegränsad vardagar 9-18. Har du en funktionsnedsättning kan du söka parkeringstillstånd."),
    "kollektivtrafik": ("Kollektivtrafik", "Busstrafiken sköts av länstrafiken. Tidtabeller finns vid hållplatserna och i kommunhusets entré. Elever med skolskjuts åker på busskort."),
    "miljo": ("Miljö och hälsa", "Miljö- och hälsoskyddsinspektörerna kontrollerar livsmedelsföretag, skolor och andra verksamheter. Hit vänder du dig också med frågor om buller, mögel och enskilda avlopp."),
    "tomter": ("Lediga tomter", "Kommunen säljer villatomter i flera av byarna. Tomterna fördelas efter tomtkön och det kostar inget att stå i kön."),
    "bibliotek": ("Bibliotek", "Huvudbiblioteket ligger i centrum och det finns filialer i flera byar. Du kan låna böcker, ljudböcker, tidningar och filmer och få hjälp att söka information. Lånekort får du gratis mot legitimation."),
    "idrott": ("Idrott och motion", "Kommunen har simhall, sporthall, ishall och elljusspår. Simhallen har öppet alla dagar utom måndagar. Tider för allmänhetens åkning sitter uppe i ishallen."),
    "foreningar": ("Föreningsstöd", "Ideella föreningar med verksamhet i kommunen kan söka aktivitetsbidrag och lokalbidrag. Ansökan ska vara inne senast den 1 mars respektive den 1 oktober."),
    "evenemang": ("Evenemang", "Marknader, konserter och andra evenemang i kommunen samlas i evenemangskalendern. Arrangörer kan själva anmäla sina evenemang."),
    "turism": ("Turism och friluftsliv", "Under sommaren har turistbyrån öppet vid torget. Det finns vandringsleder, badplatser och rastplatser som kommunen sköter."),
    "fiske": ("Fiske", "Fiskekort för de kommunala vattnen säljs på turistbyrån och på bensinstationerna. Barn under 16 år fiskar gratis i sällskap med en vuxen som har fiskekort."),
    "foretagsstod": ("Starta och driva företag", "Näringslivsenheten hjälper dig som vill starta, driva eller utveckla ett företag i {k}, med kontakter, lokaler och mark för etablering."),
    "upphandling": ("Upphandling", "Kommunen köper varor och tjänster enligt lagen om offentlig upphandling. Pågående upphandlingar annonseras i upphandlingsdatabasen."),
    "lediga-jobb": ("Lediga jobb", "{kk} är en av de största arbetsgivarna i trakten. Lediga tjänster annonseras här och hos Arbetsförmedlingen. Vi tar gärna emot ansökningar till vikariepoolen."),
    "tillstand": ("Tillstånd", "Serveringstillstånd för alkohol söker du hos kommunen. Tillstånd att använda offentlig plats, till exempel för en uteservering, söker du hos polisen."),
    "feriearbete": ("Feriearbete", "Ungdomar som går i årskurs 9 eller första året på gymnasiet kan söka feriearbete under tre veckor på sommaren. Ansökan öppnar i mars."),
    "fullmaktige": ("Kommunfullmäktige", "Kommunfullmäktige är kommunens högsta beslutande organ. Sammanträdena är öppna för allmänheten och sänds i närradion. Kallelser och protokoll läggs ut här."),
    "namnder": ("Nämnder och styrelser", "Kommunstyrelsen leder och samordnar kommunens arbete. Därutöver finns nämnder för bland annat barn och utbildning, socialtjänst och bygg och miljö."),
    "budget": ("Budget och årsredovisning", "Budgeten beslutas av kommunfullmäktige i november. I årsredovisningen redovisar kommunen hur pengarna har använts och vilka mål som har nåtts."),
    "allmanna-handlingar": ("Allmänna handlingar", "Du har rätt att ta del av allmänna handlingar. Vänd dig till registrator om du vill beställa en kopia. Du behöver inte tala om vem du är eller varför du vill läsa handlingen."),
    "overklaga": ("Överklaga beslut", "Är du inte nöjd med ett beslut kan du överklaga det. Hur du gör står i beslutet. Överklagandet ska ha kommit in inom tre veckor."),
    "synpunkter": ("Synpunkter och klagomål", "Vi vill gärna veta vad du tycker om kommunens verksamheter. Lämna dina synpunkter på blankett i kommunhuset eller skicka dem med post."),
    "kris": ("Krisberedskap", "Vid en allvarlig händelse informerar kommunen här och i lokalradion. Du kan själv förbereda dig genom att ha vatten, mat och värme hemma för några dygn."),
    "val": ("Val", "Nästa val till riksdag, landsting och kommunfullmäktige hålls i september 2014. Röstkorten skickas ut senast tre veckor före valdagen."),
}


def topic(tid: str, ctx: dict) -> tuple[str, str]:
    title, text = TOPICS[tid]
    return title, text.format(**ctx)


class Out:
    """One site folder: manifest + files."""

    def __init__(self, code: str, kommun: str, lan_kod: str, lan: str, family: str, encoding: str = "utf-8"):
        self.code = code
        self.m: dict = {"kommunkod": code, "kommun": kommun, "lan_kod": lan_kod, "lan": lan,
                        "family": family, "pages": {}, "redirects": {}}
        self.files: dict[str, str] = {}
        self.encoding = encoding

    def spec(self, fname: str):
        if self.encoding == "utf-8":
            return fname
        return {"file": fname, "content_type": f"text/html; charset={self.encoding}"}

    def page(self, path: str, fname: str, text: str | None = None) -> None:
        if text is not None:
            self.files[fname] = text
        self.m["pages"][path] = self.spec(fname)

    def redirect(self, path: str, target: str, status: int) -> None:
        self.m["redirects"][path] = [target, status]

    def write(self) -> None:
        d = SITES / self.code
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
        for name, text in self.files.items():
            (d / name).write_bytes(text.encode(self.encoding))
        m = dict(self.m)
        m.setdefault("front_status", None)
        (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def latin1_safe(s: str) -> str:
    """Typographic characters an ISO-8859-1 editor would not have had."""
    for a, b in (("\u2013", "-"), ("\u2014", "-"), ("\u2019", "'"), ("\u201d", '"'), ("\u2026", "...")):
        s = s.replace(a, b)
    return s
