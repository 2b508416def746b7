"""Shared filler for blind25 pages (typing aid)."""
from __future__ import annotations

import html

E = html.escape

SUBTEXT = {
    "Förskola": "Barn från ett år har rätt till förskola. Du ansöker om plats i e-tjänsten senast fyra månader innan du behöver platsen.",
    "Grundskola": "Kommunens grundskolor tar emot elever från förskoleklass till årskurs 9. Skolval görs i januari varje år.",
    "Gymnasieskola": "Gymnasieskolan erbjuder tolv nationella program och introduktionsprogram.",
    "Skolskjuts": "Elever som har långt till skolan kan ha rätt till skolskjuts. Ansökan görs inför varje läsår.",
    "Vuxenutbildning": "Läs in grundskola eller gymnasium, eller läs svenska för invandrare (sfi).",
    "Äldreomsorg": "Hemtjänst, trygghetslarm, dagverksamhet och särskilt boende. Ansökan görs hos biståndshandläggare.",
    "Hemtjänst": "Med hemtjänst kan du få hjälp med personlig omvårdnad och sysslor i hemmet.",
    "Funktionsnedsättning": "Stöd enligt LSS och socialtjänstlagen, till exempel boendestöd och daglig verksamhet.",
    "Ekonomiskt bistånd": "Om du inte kan försörja dig kan du ansöka om ekonomiskt bistånd (försörjningsstöd).",
    "Färdtjänst": "Färdtjänst är för dig som har svårt att resa med kollektivtrafik. Ansökan görs i e-tjänsten.",
    "Bygglov": "Du behöver bygglov för att bygga nytt, bygga till eller ändra användning av en byggnad.",
    "Avfall och återvinning": "Sophämtning, återvinningscentralen och farligt avfall. Hämtschema hittar du i e-tjänsten Mina sidor.",
    "Vatten och avlopp": "Kommunen ansvarar för det allmänna dricksvattnet och avloppet. Här finns taxor och driftstörningar.",
    "Detaljplaner": "Pågående och gällande detaljplaner, samråd och granskning.",
    "Bostäder": "Lediga tomter, tomtkö och bostäder hos kommunens bostadsbolag.",
    "Miljö och hälsa": "Tillsyn av livsmedel, miljöfarlig verksamhet och enskilda avlopp.",
    "Bibliotek": "Huvudbiblioteket och filialerna har e-böcker, lästips och programverksamhet för barn.",
    "Idrott och friluftsliv": "Idrottshallar, motionsspår, badplatser och elljusspår.",
    "Föreningar": "Föreningsregister, bidrag och lokaler att hyra.",
    "Evenemang": "Evenemangskalendern visar konserter, marknader och aktiviteter i hela kommunen.",
    "Kulturskola": "Kulturskolan erbjuder kurser i musik, dans, teater och bild för barn och unga.",
    "Starta företag": "Stöd för dig som vill starta eller utveckla ett företag i kommunen.",
    "Tillstånd": "Serveringstillstånd, tillstånd för tobak och torghandel.",
    "Upphandling": "Aktuella upphandlingar och hur du lämnar anbud till kommunen.",
    "Lediga jobb": "Kommunen är en av de största arbetsgivarna i området med över 1 500 medarbetare.",
    "Gator och vägar": "Snöröjning, gatubelysning och vägarbeten. Felanmälan gör du i e-tjänsten.",
    "Parkering": "Parkeringstillstånd för rörelsehindrade, boendeparkering och avgifter.",
    "Kollektivtrafik": "Buss och tåg inom kommunen och till grannorterna.",
    "Felanmälan": "Anmäl fel på gator, belysning, lekplatser och kommunens fastigheter.",
    "Kommunfullmäktige": "Kommunfullmäktige är kommunens högsta beslutande organ. Sammanträdena är öppna för allmänheten.",
    "Nämnder": "Nämnderna ansvarar för var sitt verksamhetsområde och har egna förvaltningar.",
    "Budget och ekonomi": "Budget, årsredovisning och delårsrapporter.",
    "Protokoll": "Kallelser och protokoll från kommunfullmäktige, kommunstyrelsen och nämnderna.",
    "Allmänna handlingar": "Du har rätt att ta del av allmänna handlingar. Begäran lämnas till registrator.",
    "Val": "Information om allmänna val, förtidsröstning och vallokaler.",
    "Krisberedskap": "Så förbereder du dig för en kris och hur kommunen arbetar med krisberedskap.",
}


def subtext(label: str, kommun: str) -> str:
    return SUBTEXT.get(label, f"Här hittar du information om {label.lower()} i {kommun}.")


def area_page(s, href, label, subs, extra=""):
    secs = "\n".join(f'<h2 id="{a}">{E(t)}</h2>\n<p>{E(subtext(t, s["full"]))}</p>' for a, t in subs)
    return (f'<h1>{E(label)}</h1>\n<p class="lead">Här hittar du information och e-tjänster inom området {E(label.lower())}.</p>\n'
            f'{secs}\n{extra}')


def std_subs(kind):
    return {
        "skola": [("forskola", "Förskola"), ("grundskola", "Grundskola"), ("gymnasieskola", "Gymnasieskola"), ("skolskjuts", "Skolskjuts"), ("vuxenutbildning", "Vuxenutbildning")],
        "omsorg": [("aldreomsorg", "Äldreomsorg"), ("hemtjanst", "Hemtjänst"), ("funktionsnedsattning", "Funktionsnedsättning"), ("ekonomiskt-bistand", "Ekonomiskt bistånd"), ("fardtjanst", "Färdtjänst")],
        "bygga": [("bygglov", "Bygglov"), ("avfall", "Avfall och återvinning"), ("vatten", "Vatten och avlopp"), ("detaljplaner", "Detaljplaner"), ("bostader", "Bostäder"), ("miljo", "Miljö och hälsa")],
        "kultur": [("bibliotek", "Bibliotek"), ("idrott", "Idrott och friluftsliv"), ("foreningar", "Föreningar"), ("evenemang", "Evenemang"), ("kulturskola", "Kulturskola")],
        "naring": [("starta", "Starta företag"), ("tillstand", "Tillstånd"), ("upphandling", "Upphandling"), ("jobb", "Lediga jobb")],
        "trafik": [("gator", "Gator och vägar"), ("parkering", "Parkering"), ("kollektivtrafik", "Kollektivtrafik"), ("felanmalan", "Felanmälan")],
        "kommun": [("fullmaktige", "Kommunfullmäktige"), ("namnder", "Nämnder"), ("budget", "Budget och ekonomi"), ("protokoll", "Protokoll"), ("handlingar", "Allmänna handlingar"), ("val", "Val"), ("kris", "Krisberedskap")],
    }[kind]


def tillganglighet(s):
    return (f"<h1>Tillgänglighetsredogörelse</h1>\n<p>{E(s['full'])} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. "
            "Den här redogörelsen beskriver hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service.</p>\n"
            "<h2>Kända brister</h2>\n<ul><li>Vissa äldre pdf-dokument är inte tillgängliga.</li><li>Några inbäddade kartor saknar textalternativ.</li></ul>\n"
            "<h2>Tillsyn</h2>\n<p>Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen.</p>")


def om_webbplatsen(s):
    return (f"<h1>Om webbplatsen</h1>\n<p>Webbplatsen ges ut av {E(s['full'])}. Innehållet uppdateras av redaktörer på respektive förvaltning.</p>\n"
            '<h2 id="kakor">Kakor</h2>\n<p>Vi använder nödvändiga kakor för att webbplatsen ska fungera och, om du samtycker, kakor för besöksstatistik.</p>\n'
            '<h2 id="personuppgifter">Personuppgifter</h2>\n<p>Så behandlar kommunen dina personuppgifter enligt dataskyddsförordningen.</p>')


def search_tpl(s):
    return '<h1>Sök</h1>\n<div class="search-results">\n<!--SEARCH_RESULTS-->\n</div>'
