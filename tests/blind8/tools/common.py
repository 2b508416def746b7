"""Shared data and helpers for the eighth blind corpus's typing aid (build_sites.py)."""
from __future__ import annotations

import html

SLUGS = {"å": "a", "ä": "a", "ö": "o", "é": "e", " ": "-", ",": "", "–": "", "(": "", ")": ""}


def esc(t: str) -> str:
    return html.escape(t, quote=True)


def slug(t: str) -> str:
    s = "".join(SLUGS.get(c, c) for c in t.lower())
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")


AREAS = [
    ("Barn och utbildning", "barn-och-utbildning",
     ["Förskola", "Grundskola", "Fritidshem", "Gymnasieskola", "Vuxenutbildning", "Skolskjuts",
      "Kulturskolan", "Elevhälsa"]),
    ("Omsorg och stöd", "omsorg-och-stod",
     ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Ekonomiskt bistånd", "Individ och familj",
      "Anhörigstöd", "Färdtjänst", "Budget- och skuldrådgivning"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo",
     ["Bygglov", "Detaljplaner", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa",
      "Energi- och klimatrådgivning", "Kartor och mätning", "Bostadsanpassning"]),
    ("Trafik och gator", "trafik-och-gator",
     ["Parkering", "Gator och vägar", "Snöröjning", "Kollektivtrafik", "Cykel", "Trafiksäkerhet",
      "Vägarbeten", "Fyrverkerier och eldning"]),
    ("Kultur och fritid", "kultur-och-fritid",
     ["Bibliotek", "Idrott och motion", "Föreningsliv", "Badhus", "Evenemang", "Friluftsliv",
      "Ungdomsgårdar", "Konsthallen"]),
    ("Näringsliv och arbete", "naringsliv-och-arbete",
     ["Starta företag", "Tillstånd och regler", "Upphandling", "Lediga jobb", "Feriearbete",
      "Mark och lokaler", "Frukostmöten", "Turism"]),
    ("Kommun och politik", "kommun-och-politik",
     ["Organisation", "Kommunfullmäktige", "Nämnder", "Protokoll och handlingar", "Budget och ekonomi",
      "Statistik", "Synpunkter och klagomål", "Allmänna handlingar"]),
]


def menu(inject: dict | None = None, replace: dict | None = None, extra_top: list | None = None) -> list[dict]:
    """Primary menu: [{'label','href','subs':[(label, href)]}]. inject: area slug -> [(label, href)]
    appended; replace: (area slug, sub label) -> href; extra_top: [(label, href)] appended top-level."""
    inject = inject or {}
    replace = replace or {}
    out = []
    for label, sl, subs in AREAS:
        href = f"/{sl}/"
        items = [(t, replace.get((sl, t), f"{href}{slug(t)}/")) for t in subs] + inject.get(sl, [])
        out.append({"label": label, "href": href, "subs": items})
    for label, href in extra_top or []:
        out.append({"label": label, "href": href, "subs": []})
    return out


ESERVICES = [
    ("Ansök om plats i förskola", "/e-tjanster/forskoleplats/"),
    ("Felanmälan gata, park och belysning", "/e-tjanster/felanmalan/"),
    ("Ansök om bygglov", "/e-tjanster/bygglov/"),
    ("Beställ tömning av slambrunn", "/e-tjanster/slamtomning/"),
    ("Ansök om parkeringstillstånd", "/e-tjanster/parkeringstillstand/"),
    ("Ansök om skolskjuts", "/e-tjanster/skolskjuts/"),
    ("Boka lokal eller idrottshall", "/e-tjanster/lokalbokning/"),
    ("Ansök om ekonomiskt bistånd", "/e-tjanster/ekonomiskt-bistand/"),
]

EVENTS = [
    ("Vårkonsert med kulturskolan", "14 maj", "/evenemang/varkonsert/"),
    ("Loppis på torget", "17 maj", "/evenemang/loppis/"),
    ("Sagostund för de minsta", "varje onsdag", "/evenemang/sagostund/"),
    ("Öppet möte om den nya översiktsplanen", "22 maj", "/evenemang/oversiktsplan/"),
    ("Seniordans i Folkets hus", "26 maj", "/evenemang/seniordans/"),
]

JOBS = [
    ("Undersköterska till hemtjänsten", "/jobb/underskoterska/"),
    ("Lärare i matematik, åk 7–9", "/jobb/larare-matematik/"),
    ("VA-ingenjör", "/jobb/va-ingenjor/"),
]

AO = "ABCDEFGHIJKLMNOPRSTUVYÅÄÖ"

OPERATIONS = [
    ("Vattenavstängning på Björkvägen", "Mellan klockan 9 och 13 på tisdag är vattnet avstängt på Björkvägen 2–18."),
    ("Ändrad hämtning av matavfall", "Under veckan med helgdag flyttas tömningen en dag framåt."),
]

LOREM = [
    "Kommunen arbetar för att det ska vara enkelt att bo, leva och verka här. Här på webbplatsen hittar du "
    "information om allt från förskola och äldreomsorg till bygglov, gator och fritid.",
    "Många ärenden kan du sköta direkt i våra e-tjänster, när det passar dig. Du loggar in med e-legitimation "
    "och kan följa ditt ärende hela vägen.",
    "Vi vill gärna veta vad du tycker. Lämna gärna synpunkter på hur vi kan bli bättre, både stort och smått.",
]

QUICK = [
    ("Lediga tomter", "/bygga-bo-och-miljo/lediga-tomter/"), ("Taxor och avgifter", "/kommun-och-politik/taxor-och-avgifter/"),
    ("Skollunch – veckans meny", "/barn-och-utbildning/skolmaten/"), ("Sophämtning och tömningsschema", "/bygga-bo-och-miljo/tomningsschema/"),
    ("Bibliotekets öppettider", "/kultur-och-fritid/bibliotek/oppettider/"), ("Felanmälan", "/e-tjanster/felanmalan/"),
    ("Politiska sammanträden", "/kommun-och-politik/sammantraden/"), ("Krisinformation", "/krisinformation/"),
    ("Dricksvattenkvalitet", "/bygga-bo-och-miljo/dricksvatten/"), ("Badplatser och vattenkvalitet", "/kultur-och-fritid/badplatser/"),
]

THEME = [
    "Just nu pågår arbetet med en ny översiktsplan som visar hur kommunen ska utvecklas fram till 2050. Planen "
    "handlar om var nya bostäder och verksamheter ska byggas, hur vi tar vara på naturen och hur det ska bli enklare "
    "att resa hållbart. Under våren har du möjlighet att lämna synpunkter, både digitalt och på öppna möten i "
    "kommunens olika delar.",
    "Vintern är här och med den snöröjningen. Kommunen ansvarar för de flesta gator och gång- och cykelvägar, medan "
    "Trafikverket sköter de större vägarna och samfälligheter de enskilda vägarna. Prioriterat är stråk till skolor, "
    "förskolor och busshållplatser. På sidan om snöröjning kan du se vilka områden som plogas först.",
    "Kommunens simhall har nya öppettider från januari, och kulturskolan tar emot anmälningar till vårterminens "
    "kurser i dans, teater, bild och musik. Många aktiviteter är avgiftsfria för barn och unga upp till 20 år.",
]
