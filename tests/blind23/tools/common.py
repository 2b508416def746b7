"""Shared text for the blind23 typing aid (stdlib only). The HTML files are the corpus."""
from __future__ import annotations

import html
import re

E = html.escape


def slug(t: str) -> str:
    t = t.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), ("ü", "u")):
        t = t.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


SUBTEXT = {
    "Förskola": "Förskolan är till för barn från ett års ålder. Du ansöker om plats via e-tjänsten senast fyra månader innan du behöver platsen.",
    "Grundskola": "Kommunens grundskolor tar emot elever från förskoleklass till årskurs nio. Skolvalet för nästa läsår pågår under januari.",
    "Gymnasieskola": "Gymnasieskolan erbjuder nationella program och introduktionsprogram. Ansökan görs via den gemensamma antagningen.",
    "Gymnasium": "Gymnasiet erbjuder tolv nationella program. Ansökan görs via den gemensamma antagningen i länet.",
    "Skolskjuts": "Elever som har lång väg till skolan kan ha rätt till skolskjuts. Ansök inför varje nytt läsår.",
    "Vuxenutbildning": "Komvux och SFI finns i Lärcentrum. Kurserna startar i augusti och januari, och vissa kurser går på distans.",
    "Kulturskola": "Kulturskolan erbjuder kurser i musik, dans, teater och bild för barn och unga mellan 6 och 19 år.",
    "Äldreomsorg": "Du som är äldre kan få stöd i vardagen, till exempel hemtjänst, trygghetslarm eller plats på särskilt boende.",
    "Hemtjänst": "Hemtjänst är hjälp i hemmet med till exempel städning, inköp och personlig omvårdnad. Du ansöker hos biståndshandläggare.",
    "Särskilt boende": "Särskilt boende är till för dig som behöver vård och omsorg dygnet runt. Ansökan prövas enligt socialtjänstlagen.",
    "Funktionsnedsättning": "Kommunen ger stöd enligt LSS och socialtjänstlagen, till exempel ledsagning, daglig verksamhet och bostad med särskild service.",
    "Ekonomiskt bistånd": "Ekonomiskt bistånd är ett tillfälligt stöd när du inte kan försörja dig på annat sätt. Ansök via e-tjänst eller blankett.",
    "Färdtjänst": "Färdtjänst är för dig som har svårt att resa med allmänna kommunikationer på grund av en funktionsnedsättning.",
    "Individ och familj": "Individ- och familjeomsorgen ger stöd till barn, unga och vuxna, bland annat familjerådgivning och missbruksvård.",
    "Bygglov": "Du behöver bygglov för att bygga nytt, bygga till eller ändra användningen av en byggnad. Ansök via e-tjänsten.",
    "Avfall och återvinning": "Hushållsavfallet hämtas varannan vecka. Återvinningscentralen vid Kvarnvägen har öppet alla vardagar och lördagar.",
    "Vatten och avlopp": "Kommunen ansvarar för dricksvatten och avlopp för fastigheter som är anslutna till det allmänna nätet.",
    "Miljö och hälsa": "Miljöenheten arbetar med tillsyn av livsmedel, miljöfarlig verksamhet och hälsoskydd.",
    "Energi- och klimatrådgivning": "Kostnadsfri och opartisk rådgivning om energieffektivisering, solceller och uppvärmning.",
    "Detaljplaner": "Detaljplaner styr hur mark och vatten får användas. Här ser du pågående planer och när du kan lämna synpunkter.",
    "Bostäder": "Information om lediga tomter, tomtkön och bostadsanpassningsbidrag.",
    "Gator och vägar": "Kommunen sköter gator, gång- och cykelvägar inom tätorterna. Enskilda vägar sköts av vägföreningar.",
    "Parkering": "Här finns information om parkeringsregler, avgifter och parkeringstillstånd för personer med rörelsehinder.",
    "Kollektivtrafik": "Busstrafiken sköts av regionens trafikbolag. Tidtabeller finns hos trafikbolaget.",
    "Snöröjning": "Vid snöfall plogas huvudgator, busslinjer och gång- och cykelvägar först, därefter bostadsgator.",
    "Bibliotek": "Stadsbiblioteket och tre filialer lånar ut böcker, ljudböcker och tidskrifter. Lånekortet är gratis.",
    "Idrott och motion": "Kommunen har sporthall, simhall, elljusspår och naturreservat med vandringsleder.",
    "Föreningsliv": "Föreningar kan söka bidrag och boka kommunens lokaler. Föreningsregistret uppdateras varje år.",
    "Evenemang": "I evenemangskalendern hittar du konserter, marknader, föreläsningar och aktiviteter för barn.",
    "Uteliv och natur": "Badplatser, vandringsleder och grillplatser finns runt om i kommunen.",
    "Starta företag": "Är du ny företagare? Näringslivsenheten hjälper dig med kontakter, tillstånd och lokaler.",
    "Upphandling": "Kommunen köper varor och tjänster för många miljoner varje år. Aktuella upphandlingar publiceras i upphandlingsverktyget.",
    "Lediga jobb": "Kommunen är en av de största arbetsgivarna i området. Här ser du alla lediga tjänster.",
    "Tillstånd": "Serveringstillstånd, tillstånd för tobaksförsäljning och upplåtelse av offentlig plats söks hos kommunen.",
    "Politik och beslut": "Kommunfullmäktige är kommunens högsta beslutande organ. Sammanträdena är öppna för allmänheten och sänds på webben.",
    "Organisation": "Kommunen är organiserad i förvaltningar som leds av kommundirektören och förvaltningscheferna.",
    "Ekonomi": "Budget, årsredovisning och delårsrapporter finns att läsa här.",
    "Diarium och allmänna handlingar": "Du har rätt att ta del av allmänna handlingar. Sök i diariet eller kontakta registraturen.",
    "Synpunkter och klagomål": "Dina synpunkter hjälper oss att bli bättre. Lämna dem via e-tjänsten eller på papper.",
    "Trygghet och säkerhet": "Kommunen arbetar förebyggande med trygghet, krisberedskap och brandskydd.",
    "Turism": "Upptäck sjöarna, skogen och de gamla bruksmiljöerna. Turistbyrån finns i biblioteket under sommaren.",
}


def subtext(t: str) -> str:
    return SUBTEXT.get(t, f"Här samlar vi information om {t.lower()}. Sidan uppdateras löpande.")


COOKIE_TEXT = ("Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förstå hur den används. "
               "Nödvändiga kakor kan inte stängas av. Statistikkakor hjälper oss att förbättra webbplatsen och "
               "sätts bara om du godkänner dem.")

LANGS = [("English", "en"), ("Suomeksi", "fi"), ("Meänkieli", "fit"), ("العربية", "ar"), ("Soomaali", "so"),
         ("Українська", "uk"), ("Polski", "pl"), ("فارسی", "fa"), ("Tigrinya", "ti")]


def translate_href(lang: str, kommun: str) -> str:
    return f"https://translate.example/translate?sl=sv&tl={lang}&u={slug(kommun)}.example"
