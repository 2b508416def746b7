"""Shared filler content for blind16 (full-size municipal sites). Typing aid only."""
import re


def slug(s):
    s = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), ("ü", "u")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s

# area -> [(column heading, [items])]
AREAS = [
    ("Barn och utbildning", [
        ("Förskola", ["Söka förskoleplats", "Förskolor i kommunen", "Avgifter för förskola", "Pedagogisk omsorg", "Öppen förskola", "Förskolans läroplan"]),
        ("Grundskola", ["Skolval", "Grundskolor A-Ö", "Skolskjuts", "Fritidshem", "Skollunch och matsedel", "Elevhälsa"]),
        ("Gymnasium och vuxenutbildning", ["Gymnasieskolor", "Ansöka till gymnasiet", "Komvux", "SFI – svenska för invandrare", "Yrkeshögskola", "Studievägledning"]),
        ("Stöd i skolan", ["Modersmålsundervisning", "Särskild undervisning", "Skolpsykolog", "Frånvaro och ledighet", "Kränkande behandling", "Anpassad grundskola"]),
    ]),
    ("Omsorg och stöd", [
        ("Äldre", ["Hemtjänst", "Särskilt boende", "Trygghetslarm", "Dagverksamhet", "Anhörigstöd", "Mötesplatser för seniorer"]),
        ("Funktionsnedsättning", ["LSS-insatser", "Personlig assistans", "Daglig verksamhet", "Bostad med särskild service", "Ledsagarservice", "Korttidsvistelse"]),
        ("Individ och familj", ["Ekonomiskt bistånd", "Familjerådgivning", "Barn och unga", "Missbruk och beroende", "Våld i nära relationer", "Budget- och skuldrådgivning"]),
        ("Hälsa och vård", ["Hemsjukvård", "Rehabilitering", "Hjälpmedel", "Färdtjänst", "Bostadsanpassning", "Demens"]),
    ]),
    ("Bygga, bo och miljö", [
        ("Bygga nytt och ändra", ["Bygglov", "Anmälan", "Strandskydd", "Kartor och mätning", "Detaljplaner", "Rivningslov"]),
        ("Avfall och återvinning", ["Sophämtning", "Återvinningscentraler", "Farligt avfall", "Slam och fettavskiljare", "Grovsopor", "Avfallstaxa"]),
        ("Vatten och avlopp", ["Dricksvatten", "Enskilt avlopp", "Vattenmätare", "Dagvatten", "VA-taxa", "Driftstörningar"]),
        ("Miljö och hälsa", ["Livsmedelskontroll", "Buller", "Radon", "Miljöfarlig verksamhet", "Energi- och klimatrådgivning", "Skadedjur"]),
    ]),
    ("Trafik och infrastruktur", [
        ("Gator och vägar", ["Vägarbeten", "Snöröjning", "Gatubelysning", "Felanmälan gata", "Trafiksäkerhet", "Enskilda vägar"]),
        ("Parkering", ["Parkeringstillstånd", "Boendeparkering", "Felparkeringsavgift", "Laddplatser", "Parkering för rörelsehindrade", "Pendlarparkering"]),
        ("Kollektivtrafik", ["Busslinjer", "Skolkort", "Resecentrum", "Anropsstyrd trafik", "Cykelparkering", "Färdplan"]),
        ("Park och natur", ["Lekplatser", "Naturreservat", "Badplatser", "Skog och mark", "Hundrastgårdar", "Koloniområden"]),
    ]),
    ("Kultur och fritid", [
        ("Bibliotek", ["Bibliotek och öppettider", "Låna e-böcker", "Bokbuss", "Meröppet", "Läsfrämjande", "Lokalhistoria"]),
        ("Idrott och motion", ["Simhall", "Idrottsanläggningar", "Motionsspår", "Boka lokal", "Ishall", "Utegym"]),
        ("Kultur", ["Kulturskola", "Konsthall", "Museum", "Kulturstipendier", "Offentlig konst", "Scen och teater"]),
        ("Föreningar", ["Föreningsregister", "Föreningsbidrag", "Fritidsgårdar", "Lovaktiviteter", "Ungdomens hus", "Evenemangskalender"]),
    ]),
    ("Näringsliv och arbete", [
        ("Starta och driva företag", ["Starta företag", "Tillstånd för företag", "Serveringstillstånd", "Upphandling", "Lediga lokaler", "Mark för företag"]),
        ("Arbete", ["Lediga jobb", "Sommarjobb", "Praktik", "Arbetsmarknadsenheten", "Feriearbete", "Jobba hos oss"]),
        ("Besöksnäring", ["Turism", "Evenemang för företag", "Torghandel", "Marknader", "Besökskarta", "Filminspelning"]),
        ("Utveckling", ["Näringslivsstrategi", "Företagsklimat", "Bredband", "Etableringar", "Nätverk", "Näringslivsråd"]),
    ]),
    ("Kommun och politik", [
        ("Politik och demokrati", ["Kommunfullmäktige", "Kommunstyrelsen", "Nämnder", "Sammanträden och protokoll", "Förtroendevalda", "Val och röstning"]),
        ("Ekonomi och styrning", ["Budget", "Årsredovisning", "Skatter och avgifter", "Mål och visioner", "Styrdokument", "Revision"]),
        ("Insyn och rättssäkerhet", ["Allmänna handlingar", "Offentlighetsprincipen", "Diarium", "Behandling av personuppgifter", "Visselblåsning", "Överklaga beslut"]),
        ("Om kommunen", ["Fakta om kommunen", "Kommunens historia", "Vänorter", "Kommunala bolag", "Statistik", "Kommunkarta"]),
    ]),
]

AO = ["Avfall", "Arbetsmarknad", "Badplatser", "Bibliotek", "Bygglov", "Budget", "Detaljplaner", "Dricksvatten",
      "Ekonomiskt bistånd", "Evenemang", "Familjerådgivning", "Felanmälan", "Förskola", "Färdtjänst", "Gymnasieskola",
      "Hemtjänst", "Hemsjukvård", "Idrottsanläggningar", "Jobb", "Komvux", "Kulturskola", "Lekplatser", "Livsmedel",
      "LSS", "Matsedel", "Miljö", "Naturreservat", "Näringsliv", "Overformyndare", "Parkering", "Politik", "Protokoll",
      "Renhållning", "Simhall", "Skolskjuts", "Skolval", "Snöröjning", "Trafik", "Turism", "Upphandling", "Val",
      "Vatten och avlopp", "Vuxenutbildning", "Äldreomsorg", "Återvinning", "Översiktsplan"]
AO = ["Överförmyndare" if x == "Overformyndare" else x for x in AO]

ESERVICES = ["Ansök om förskoleplats", "Anmäl frånvaro", "Ansök om bygglov", "Beställ slamtömning", "Felanmälan gata och park",
             "Ansök om parkeringstillstånd", "Boka lokal", "Ansök om föreningsbidrag", "Lämna synpunkt", "Byt abonnemang för sophämtning",
             "Ansök om skolskjuts", "Ansök om serveringstillstånd"]

EVENTS = [("12 dec", "Julmarknad på torget"), ("14 dec", "Luciakonsert i kyrkan"), ("16 dec", "Kommunfullmäktige sammanträder"),
          ("9 jan", "Sagostund på biblioteket"), ("15 jan", "Öppet hus på gymnasiet"), ("22 jan", "Informationsmöte om ny detaljplan")]

TOPBAR = ["Lyssna", "Lättläst", "Teckenspråk", "Other languages", "Webbplatskarta"]

FOOTER_COLS = [
    ("Genvägar", ["Lediga jobb", "Press och media", "Nyheter", "Evenemang", "Webbplatskarta", "Om webbplatsen"]),
    ("Följ oss", ["Facebook", "Instagram", "LinkedIn", "YouTube", "Nyhetsbrev", "RSS"]),
    ("Om webbplatsen", ["Tillgänglighetsredogörelse", "Kakor", "Behandling av personuppgifter", "Webbredaktionen"]),
]

LOREM = ("Kommunen arbetar för att skapa goda förutsättningar för alla som bor, arbetar och verkar här. "
         "Här hittar du information om vad som gäller, hur du ansöker och vilka regler som finns. ")

def para(n=2):
    txt = [
        "Här hittar du information om hur du går tillväga, vilka regler som gäller och vad du behöver tänka på.",
        "Informationen uppdateras löpande. Hittar du inte det du söker kan du använda sökfunktionen högst upp på sidan.",
        "Många ärenden kan du sköta digitalt dygnet runt via våra e-tjänster. Du loggar in med e-legitimation.",
        "Kommunen följer de lagar och föreskrifter som gäller för verksamheten och arbetar ständigt med att förbättra kvaliteten.",
        "Beslut fattas av den nämnd som ansvarar för området. Protokoll publiceras på webbplatsen efter justering.",
    ]
    return "\n".join(f"<p>{txt[i % len(txt)]}</p>" for i in range(n))
