"""Shared content of the sixth blind corpus (areas, filler sections, small pages). Typing aid only."""
from __future__ import annotations

from chrome import esc

AREAS = [
    ("Barn och utbildning", "barn-och-utbildning",
     ["Förskola", "Pedagogisk omsorg", "Grundskola", "Fritidshem", "Gymnasieskola", "Skolskjuts",
      "Vuxenutbildning", "Kulturskola"]),
    ("Omsorg och hjälp", "omsorg-och-hjalp",
     ["Hemtjänst", "Särskilt boende", "Färdtjänst", "Bostadsanpassning", "Ekonomiskt bistånd",
      "Stöd vid funktionsnedsättning", "Anhörigstöd", "Missbruk och beroende"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo",
     ["Bygglov", "Detaljplaner", "Kartor och mätning", "Avfall och återvinning", "Vatten och avlopp",
      "Energi- och klimatrådgivning", "Livsmedel", "Strandskydd"]),
    ("Trafik och infrastruktur", "trafik-och-infrastruktur",
     ["Parkering", "Gator och vägar", "Snöröjning och halkbekämpning", "Gång och cykel", "Kollektivtrafik",
      "Vägarbeten", "Bredband", "Felanmälan"]),
    ("Kultur och fritid", "kultur-och-fritid",
     ["Bibliotek", "Badhus och simhall", "Idrottsanläggningar", "Föreningsstöd", "Friluftsliv",
      "Fritidsgårdar", "Kulturarv", "Evenemangskalender"]),
    ("Näringsliv och arbete", "naringsliv-och-arbete",
     ["Starta företag", "Tillstånd", "Upphandling", "Mark och lokaler", "Arbetsmarknadsinsatser",
      "Feriejobb", "Turism", "Nyheter för företagare"]),
    ("Kommun och politik", "kommun-och-politik",
     ["Politisk organisation", "Sammanträden och protokoll", "Budget och ekonomi", "Styrdokument",
      "Allmänna handlingar", "Statistik", "Överklaga beslut", "Val"]),
]

SL = {"å": "a", "ä": "a", "ö": "o", " ": "-", ",": "", "é": "e"}


def slug(t: str) -> str:
    return "".join(SL.get(c, c) for c in t.lower()).replace("--", "-")


def area_nav(extra_subs: dict | None = None, extra_top: list | None = None, skip: tuple = ()) -> list[dict]:
    extra_subs = extra_subs or {}
    out = []
    for label, sl, subs in AREAS:
        if sl in skip:
            continue
        href = f"/{sl}/"
        items = [(t, f"{href}{slug(t)}/") for t in subs]
        for pos, t, h in extra_subs.get(sl, []):
            items.insert(pos, (t, h))
        out.append({"label": label, "href": href, "subs": items})
    for it in extra_top or []:
        out.append(it)
    return out


def area_page_main(label: str, sl: str, intro: str, extra: str = "") -> str:
    subs = next(s for lab, x, s in AREAS if x == sl)
    lis = "".join(f"<li><a href=\"/{sl}/{slug(t)}/\">{esc(t)}</a></li>" for t in subs)
    return (f"<h1>{esc(label)}</h1>\n<p class=\"lead\">{intro}</p>\n<ul class=\"link-list\">{lis}</ul>\n{extra}")


NEWS_POOL = [
    ("Nu öppnar anmälan till sommarens feriejobb", "feriejobb", "Är du född 2009 eller 2010? Sök feriejobb senast den 15 mars."),
    ("Budget för nästa år är beslutad", "budget", "Kommunfullmäktige beslutade om budgeten på tisdagens sammanträde."),
    ("Vägarbete på Järnvägsgatan", "vagarbete", "Från måndag leds trafiken om förbi stationen i cirka tre veckor."),
    ("Nya tider för återvinningscentralen", "atervinning", "Återvinningscentralen har kvällsöppet även på onsdagar."),
    ("Medborgardialog om den nya skolan", "dialog-skola", "Tyck till om gestaltningen av den nya F–6-skolan."),
    ("Så blev sommarens badvattenprover", "badvatten", "Alla kommunala badplatser hade bra vattenkvalitet hela säsongen."),
]

EVENTS = [
    ("14 nov", "Barnteater: Pippi i biblioteket", "/evenemang/barnteater"),
    ("18 nov", "Kommunfullmäktige sammanträder", "/evenemang/kf-november"),
    ("22 nov", "Julmarknad på torget", "/evenemang/julmarknad"),
    ("27 nov", "Föreläsning: Spara energi i villan", "/evenemang/energiforelasning"),
    ("3 dec", "Luciakonsert i kyrkan", "/evenemang/luciakonsert"),
]

ESERVICES = [
    ("Ansök om förskoleplats", "/e-tjanster/forskoleplats"), ("Felanmälan gata, park och belysning", "/e-tjanster/felanmalan"),
    ("Ansök om bygglov", "/e-tjanster/bygglov"), ("Beställ extra sophämtning", "/e-tjanster/extra-hamtning"),
    ("Ansök om parkeringstillstånd", "/e-tjanster/parkeringstillstand"), ("Boka lokal eller idrottshall", "/e-tjanster/boka-lokal"),
    ("Ansök om försörjningsstöd", "/e-tjanster/forsorjningsstod"), ("Sök feriejobb", "/e-tjanster/feriejobb"),
]

LETTERS = "ABCDEFGHIJKLMNOPRSTUVYÅÄÖ"

LIFE = ["Ny i kommunen", "Vänta och få barn", "Börja skolan", "Flytta hemifrån", "Bygga hus", "Starta företag",
        "Bli pensionär", "När någon dör", "Separation och skilsmässa", "Söka jobb"]

MORE = [
    "Kommunens vision är att vara en plats där alla kan växa. Till 2030 ska vi bygga 600 nya bostäder, två "
    "förskolor och en ny sporthall, och samtidigt halvera utsläppen från kommunens egna fordon och lokaler. Vill du "
    "veta mer om hur arbetet går? Följ kommunstyrelsens uppföljning varje kvartal eller kom på något av våra öppna "
    "möten i biblioteket.",
    "Varje år flyttar omkring 900 personer hit. Många lockas av närheten till naturen, de korta avstånden och de "
    "låga boendekostnaderna. Här finns elva förskolor, sex grundskolor, ett gymnasium och ett aktivt föreningsliv med "
    "över 150 föreningar – från bandyklubben till hembygdsföreningen som i år firar hundra år.",
    "Kommunen är den största arbetsgivaren med nära 2 000 medarbetare inom skola, omsorg, teknik och kultur. Vi "
    "söker ständigt nya kollegor. Samtidigt växer det privata näringslivet, och förra året startades 140 nya "
    "företag – flest inom bygg, handel och besöksnäring.",
]

DRIFT = [
    "Vattenavstängning på Björkvägen 4–12 onsdag 9–13.",
    "Gatubelysningen på Skolgatan är trasig. Felet är anmält.",
]


def front_sections(s: dict, sec, news: list | None = None, intro: str = "") -> str:
    """sec(kind, heading, inner) -> family markup for one front-page section."""
    news = news if news is not None else s.get("news", NEWS_POOL[:4])
    nl = "".join(f"<li class=\"teaser\"><a href=\"/nyheter/{h}\"><h3>{esc(t)}</h3></a><p>{esc(x)}</p>"
                 f"<time>2026-1{i % 2}-{10 + i:02d}</time></li>" for i, (t, h, x) in enumerate(news))
    ev = "".join(f"<li><span class=\"date\">{d}</span> <a href=\"{h}\">{esc(t)}</a></li>" for d, t, h in EVENTS)
    es = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in ESERVICES)
    ao_href = s.get("ao_href", "/a-o/")
    ao = "".join(f"<a href=\"{ao_href}#{c.lower()}\">{c}</a> " for c in LETTERS)
    dr = "".join(f"<li>{esc(x)}</li>" for x in DRIFT)
    jobs = ("<ul><li><a href=\"/lediga-jobb/larare-ma-no\">Lärare i matematik och NO, Centralskolan</a></li>"
            "<li><a href=\"/lediga-jobb/underskoterska\">Undersköterskor till hemtjänsten</a></li>"
            "<li><a href=\"/lediga-jobb/ingenjor-va\">VA-ingenjör</a></li></ul><p><a href=\"/lediga-jobb/\">Alla lediga jobb</a></p>")
    life = "".join(f"<li><a href=\"/livshandelser/{slug(x)}\">{esc(x)}</a></li>" for x in LIFE)
    more = MORE[int(s["code"]) % len(MORE)]
    out = [
        sec("life", "Livshändelser", f"<ul class=\"life-events\">{life}</ul>"),
        sec("news", "Nyheter", f"<ul class=\"news-list\">{nl}</ul><p><a href=\"/nyheter/\">Alla nyheter</a></p>"),
        sec("eservices", "Populära e-tjänster", f"<ul>{es}</ul><p><a href=\"/e-tjanster/\">Alla e-tjänster</a></p>"),
        sec("events", "Evenemang", f"<ul>{ev}</ul><p><a href=\"/evenemang/\">Fler evenemang</a></p>"),
        sec("drift", "Driftinformation", f"<ul>{dr}</ul>"),
        sec("jobs", "Lediga jobb", jobs),
        sec("about", f"Om {s['kommun']}", f"<p>{intro or s.get('about', '')}</p><p>{more}</p>"
            "<p><a href=\"/kommun-och-politik/\">Så styrs kommunen</a> · <a href=\"/om-kommunen/fakta\">Fakta och statistik</a> · "
            "<a href=\"/om-kommunen/vanorter\">Vänorter</a> · <a href=\"/om-kommunen/historia\">Historia</a></p>"),
        sec("ao", "A–Ö", f"<p class=\"ao\">{ao}</p>"),
    ]
    return "\n".join(out)


def simple_page(title: str, body: str) -> str:
    return f"<h1>{esc(title)}</h1>\n{body}"


KAKOR = ("<p>En kaka är en liten textfil som lagras i din webbläsare. Vi använder nödvändiga kakor för att "
         "webbplatsen ska fungera och, om du godkänner det, kakor för anonym besöksstatistik.</p>"
         "<h2>Så ändrar du ditt val</h2><p>Du kan när som helst ta bort kakorna i webbläsarens inställningar.</p>")

TILLG = ("<p>Kommunen står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>"
         "<h2>Kända brister</h2><ul><li>Vissa äldre PDF-dokument är inte tillgängliga.</li>"
         "<li>Några inbäddade kartor saknar textalternativ.</li></ul>"
         "<h2>Tillsyn</h2><p>Myndigheten för digital förvaltning (Digg) ansvarar för tillsyn enligt lagen om "
         "tillgänglighet till digital offentlig service.</p>")
