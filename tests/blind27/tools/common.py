"""Shared pieces for the blind27 typing aid: filler texts, areas, the Site model."""
from __future__ import annotations

import html
import json
from pathlib import Path

SITES_DIR = Path(__file__).resolve().parent.parent / "sites"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


# Filler topics: id -> (title, text). {k} = "Ramsviks kommun", {n} = "Ramsvik".
SUBS: dict[str, tuple[str, str]] = {
    "forskola": ("Förskola", "Barn från ett års ålder har rätt till förskola. Ansök om plats i e-tjänsten senast fyra månader innan ni behöver platsen. Avgiften följer maxtaxan och beräknas på hushållets inkomst."),
    "grundskola": ("Grundskola", "I {k} finns grundskolor med förskoleklass till årskurs 9. Skolvalet inför förskoleklass görs i januari, och alla vårdnadshavare får brev hem i december."),
    "fritidshem": ("Fritidshem", "Fritidshem erbjuds elever till och med årskurs 6 vars vårdnadshavare arbetar eller studerar. Ansökan görs i samma e-tjänst som för förskola."),
    "gymnasieskola": ("Gymnasieskola", "Ungdomar i {n} söker gymnasieskola genom den gemensamma antagningen i länet. Sista ansökningsdag är den 15 februari."),
    "vuxenutbildning": ("Vuxenutbildning", "Komvux erbjuder kurser på grundläggande och gymnasial nivå, svenska för invandrare (sfi) och yrkesutbildningar inom vård, bygg och logistik."),
    "skolskjuts": ("Skolskjuts", "Elever i grundskolan som har långt till skolan kan få skolskjuts. Ansökan för nästa läsår ska vara inne senast den 30 april."),
    "aldreomsorg": ("Äldreomsorg", "Om du har fyllt 65 år och behöver stöd i vardagen kan du ansöka om insatser hos biståndshandläggarna. Du kan också få träffa en anhörigkonsulent."),
    "hemtjanst": ("Hemtjänst", "Hemtjänsten hjälper dig med personlig omvårdnad och serviceinsatser som städning, tvätt och inköp, så att du kan bo kvar hemma."),
    "funktionsnedsattning": ("Funktionsnedsättning", "Stöd enligt LSS och socialtjänstlagen: bostad med särskild service, daglig verksamhet, ledsagning och personlig assistans."),
    "ekonomiskt-bistand": ("Ekonomiskt bistånd", "Om du inte kan försörja dig själv kan du ansöka om ekonomiskt bistånd. Ansökan görs i e-tjänsten eller på blankett som du skickar till socialtjänsten."),
    "fardtjanst": ("Färdtjänst", "Färdtjänst är för dig som på grund av en funktionsnedsättning har svårt att resa med kollektivtrafiken. Tillståndet gäller oftast i två år."),
    "stod-vid-vald": ("Stöd vid våld i nära relationer", "Utsätts du eller någon i din närhet för våld? Socialtjänsten kan ge stöd och skydd. Vid akut fara, ring 112."),
    "bygglov": ("Bygglov", "Du behöver bygglov för att bygga nytt, bygga till eller ändra användningen av en byggnad. Vissa åtgärder kräver i stället en anmälan. Ansök via e-tjänsten."),
    "avfall": ("Avfall och återvinning", "Hushållsavfallet hämtas varannan vecka. På återvinningscentralen kan du lämna grovavfall, farligt avfall och elavfall utan kostnad."),
    "vatten-och-avlopp": ("Vatten och avlopp", "Kommunen levererar dricksvatten och tar hand om avloppsvatten för fastigheter inom verksamhetsområdet. Taxan beslutas av kommunfullmäktige."),
    "miljo-och-halsa": ("Miljö och hälsa", "Miljö- och hälsoskydd handlar om tillsyn av livsmedelsföretag, enskilda avlopp, buller och inomhusmiljö i skolor och bostäder."),
    "energiradgivning": ("Energi- och klimatrådgivning", "Den kostnadsfria energi- och klimatrådgivningen svarar på frågor om uppvärmning, solceller och hur du kan sänka din energianvändning."),
    "detaljplaner": ("Detaljplaner", "Här ser du detaljplaner som är under arbete. Under samråd och granskning kan du lämna synpunkter på förslagen."),
    "gator-och-vagar": ("Gator och vägar", "Kommunen sköter gator, gång- och cykelvägar inom tätorterna. Enskilda vägar på landsbygden sköts av vägföreningar som kan söka driftbidrag."),
    "parkering": ("Parkering", "I centrum gäller avgiftsfri parkering i två timmar med p-skiva. Parkeringstillstånd för rörelsehindrade söker du hos kommunen."),
    "snorojning": ("Snöröjning och halkbekämpning", "Vi plogar när det har fallit fem centimeter snö. Huvudgator, gång- och cykelvägar till skolor och busshållplatser prioriteras."),
    "kollektivtrafik": ("Kollektivtrafik", "Busstrafiken körs av länets trafikbolag. Tidtabeller och biljetter finns i trafikbolagets app."),
    "bibliotek": ("Bibliotek", "Huvudbiblioteket har öppet alla vardagar och lördagar. Med lånekort lånar du böcker, ljudböcker och e-böcker, och du kan boka datorer."),
    "idrott": ("Idrott och motion", "Sporthallar, elljusspår, badplatser och simhall. Föreningar och privatpersoner bokar tider i kommunens bokningssystem."),
    "foreningsliv": ("Föreningsliv", "Föreningar kan söka bidrag för verksamhet och arrangemang. Ansökan om aktivitetsstöd görs två gånger per år."),
    "kulturskola": ("Kulturskolan", "Kulturskolan erbjuder kurser i musik, dans, teater och bild för barn och unga mellan 6 och 19 år. Anmälan öppnar i augusti."),
    "evenemang": ("Evenemang", "I evenemangskalendern hittar du konserter, föreläsningar, marknader och lovaktiviteter för barn och unga."),
    "starta-foretag": ("Starta och driva företag", "Har du en affärsidé? Näringslivsenheten hjälper dig med kontakter, tillstånd och lokaler, och ordnar frukostmöten för företagare."),
    "upphandling": ("Upphandling", "Kommunen köper varor och tjänster för flera hundra miljoner kronor per år. Pågående upphandlingar publiceras i upphandlingsverktyget."),
    "lediga-jobb": ("Lediga jobb", "Kommunen är en av de största arbetsgivarna i {n}. Här ser du våra lediga tjänster, sommarjobb och hur du ansöker."),
    "tillstand": ("Tillstånd och regler", "Serveringstillstånd, tillstånd för tobaksförsäljning och upplåtelse av offentlig mark söker du hos kommunen."),
    "feriearbete": ("Feriearbete", "Ungdomar som har gått ut årskurs 9 eller första året på gymnasiet kan söka feriearbete under sommarlovet. Ansökan öppnar i mars."),
    "kommunfullmaktige": ("Kommunfullmäktige", "Kommunfullmäktige är kommunens högsta beslutande organ. Sammanträdena är öppna för allmänheten och sänds på webben."),
    "namnder": ("Nämnder och styrelser", "Nämnderna beslutar i frågor inom sina områden. Här hittar du kallelser, handlingar och protokoll från sammanträdena."),
    "organisation": ("Organisation", "Kommunens verksamhet är organiserad i förvaltningar under kommunstyrelsen och nämnderna. Kommundirektören är kommunens högsta tjänsteperson."),
    "budget": ("Ekonomi och budget", "Budgeten för nästa år beslutas av kommunfullmäktige i juni. Årsredovisningen visar hur skattepengarna användes."),
    "diarium": ("Diarium och allmänna handlingar", "Du har rätt att ta del av allmänna handlingar. Begär ut handlingar hos registratorn eller sök i det digitala diariet."),
    "synpunkter": ("Synpunkter och klagomål", "Tyck till om kommunens verksamheter. Vi använder dina synpunkter för att bli bättre och svarar inom tio arbetsdagar om du vill ha svar."),
    "trygghet": ("Trygghet och krisberedskap", "Kommunen arbetar förebyggande med trygghet och förbereder sig för kriser. Läs hur du kan förbereda ditt hushåll."),
    "turism": ("Besöka oss", "Upptäck naturreservaten, vandringslederna och sommarens marknader. Boende och aktiviteter hittar du hos besöksnäringen."),
}

AREAS: dict[str, tuple[str, str, list[str]]] = {
    "barn": ("barn-och-utbildning", "Barn och utbildning", ["forskola", "grundskola", "fritidshem", "gymnasieskola", "vuxenutbildning", "skolskjuts"]),
    "omsorg": ("omsorg-och-stod", "Omsorg och stöd", ["aldreomsorg", "hemtjanst", "funktionsnedsattning", "ekonomiskt-bistand", "fardtjanst", "stod-vid-vald"]),
    "bygga": ("bygga-bo-och-miljo", "Bygga, bo och miljö", ["bygglov", "avfall", "vatten-och-avlopp", "miljo-och-halsa", "energiradgivning", "detaljplaner"]),
    "trafik": ("trafik-och-gator", "Trafik och gator", ["gator-och-vagar", "parkering", "snorojning", "kollektivtrafik"]),
    "kultur": ("kultur-och-fritid", "Kultur och fritid", ["bibliotek", "idrott", "foreningsliv", "kulturskola", "evenemang"]),
    "naring": ("naringsliv-och-arbete", "Näringsliv och arbete", ["starta-foretag", "upphandling", "lediga-jobb", "tillstand", "feriearbete"]),
    "kommun": ("kommun-och-politik", "Kommun och politik", ["kommunfullmaktige", "namnder", "organisation", "budget", "diarium", "synpunkter"]),
    "trygg": ("trygghet-och-sakerhet", "Trygghet och säkerhet", ["trygghet", "stod-vid-vald"]),
    "besok": ("uppleva-och-gora", "Uppleva och göra", ["turism", "evenemang", "idrott"]),
}


class Site:
    """One fictional municipality: manifest data plus the pages written so far."""

    def __init__(self, code, kommun, gen, lan_kod, lan, family, domain, vaxel, tel, postnr, street):
        self.code, self.kommun, self.gen = code, kommun, gen  # gen: "Ramsviks kommun"
        self.lan_kod, self.lan, self.family = lan_kod, lan, family
        self.domain, self.vaxel, self.tel = domain, vaxel, tel  # tel: "+4640628040 0" digits for tel:
        self.postnr, self.street = postnr, street
        self.files: dict[str, str] = {}            # file name -> text
        self.encoding = "utf-8"
        self.pages: dict[str, object] = {}         # path -> file or {"file","content_type"}
        self.redirects: dict[str, list] = {}
        self.search: dict = {}
        self.areas: list[dict] = []
        self.robots = "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"

    # areas --------------------------------------------------------------
    def set_areas(self, spec, apath):
        """spec: list of (key, title override or None, extra [(title, href)] inserted, drop list)."""
        self.apath = apath
        for key, title, extra, drop in spec:
            slug, t, subs = AREAS[key]
            t = title or t
            items = [(sid, SUBS[sid][0], apath(slug) + "#" + sid) for sid in subs if sid not in drop]
            for pos, (xt, href) in extra:
                items.insert(pos if pos >= 0 else len(items), (None, xt, href))
            self.areas.append({"slug": slug, "title": t, "path": apath(slug), "items": items,
                               "subs": [s for s in subs if s not in drop]})

    def fill(self, text: str) -> str:
        return text.replace("{k}", self.gen).replace("{n}", self.kommun)

    def add(self, path: str, file: str, text: str, content_type: str | None = None):
        self.files[file] = text
        self.pages[path] = {"file": file, "content_type": content_type} if content_type else file

    def write(self):
        d = SITES_DIR / self.code
        d.mkdir(parents=True, exist_ok=True)
        for old in d.iterdir():
            old.unlink()
        for name, text in self.files.items():
            (d / name).write_bytes(text.encode(self.encoding, errors="xmlcharrefreplace"))
        m = {"kommunkod": self.code, "kommun": self.kommun, "lan_kod": self.lan_kod, "lan": self.lan,
             "family": self.family, "pages": dict(sorted(self.pages.items())),
             "redirects": self.redirects, "robots": self.robots,
             "sitemap": sorted(self.pages), "search": self.search, "front_status": None}
        (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
