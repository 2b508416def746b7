"""Typing aid that wrote tests/blind32/sites/ (the HTML files are the corpus; labels are not generated).

    python3 tests/blind32/tools/build_sites.py

Site data and page texts are below; tools/families.py holds the ten markup families.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from families import FAMILIES  # noqa: E402

SITES_DIR = HERE.parent / "sites"

# ---------------------------------------------------------------------------------------
# Shared filler: sub-topics of the area pages (no service-function words in here).
# ---------------------------------------------------------------------------------------
FILLER = {
    "forskola": ("Förskola", "Förskolan tar emot barn från ett års ålder. Du ansöker om plats i e-tjänsten senast fyra månader innan du behöver platsen och får besked om placering på Mina sidor."),
    "grundskola": ("Grundskola", "Alla barn har rätt till en plats i grundskolan från förskoleklass till årskurs 9. Skolvalet görs i januari inför höstterminen och du kan önska tre skolor."),
    "fritidshem": ("Fritidshem", "Fritidshemmet tar emot elever före och efter skoldagen och under loven. Avgiften beräknas på hushållets inkomst och betalas tolv månader om året."),
    "gymnasieskola": ("Gymnasieskola", "Kommunens gymnasieskolor erbjuder fjorton nationella program och flera introduktionsprogram. Ansökan görs via den gemensamma antagningen i länet."),
    "vuxenutbildning": ("Vuxenutbildning", "Inom vuxenutbildningen kan du läsa grundskole- och gymnasiekurser, yrkesutbildningar och svenska för invandrare (sfi). Nya kurser startar varje månad."),
    "skolskjuts": ("Skolskjuts", "Elever som har lång eller trafikfarlig väg till skolan kan ha rätt till skolskjuts. Ansökan görs inför varje läsår och prövas utifrån avstånd och trafikmiljö."),
    "hemtjanst": ("Hemtjänst", "Med hemtjänst kan du få hjälp i hemmet med till exempel städning, inköp och personlig omvårdnad. En biståndshandläggare utreder dina behov tillsammans med dig."),
    "sarskilt-boende": ("Särskilt boende", "Den som inte längre kan bo kvar hemma trots stöd kan ansöka om plats på ett särskilt boende. Kommunen har elva boenden med sammanlagt 640 lägenheter."),
    "anhoriga": ("Stöd till anhöriga", "Du som hjälper en närstående kan få råd, samtalsstöd och avlösning. Anhörigkonsulenterna ordnar också träffar och kurser för anhöriga."),
    "funktionsnedsattning": ("Funktionsnedsättning", "Personer med funktionsnedsättning kan få stöd enligt LSS och socialtjänstlagen, till exempel daglig verksamhet, ledsagning och korttidsvistelse."),
    "ekonomiskt-bistand": ("Ekonomiskt bistånd", "Om du inte kan försörja dig själv kan du ansöka om ekonomiskt bistånd. Du behöver lämna underlag om inkomster, utgifter och tillgångar för hela hushållet."),
    "vald": ("Våld i nära relationer", "Är du eller någon i din närhet utsatt för våld kan du få stöd och skydd. I akuta lägen ringer du alltid 112."),
    "bygglov": ("Bygglov", "För att bygga nytt, bygga till eller ändra användningen av en byggnad behöver du oftast bygglov. Ansök digitalt och bifoga situationsplan och ritningar i skala."),
    "detaljplaner": ("Detaljplaner", "Detaljplanen bestämmer hur mark och vatten får användas. Här kan du följa pågående planer och lämna synpunkter under samråd och granskning."),
    "avfall": ("Avfall och återvinning", "Mat- och restavfall hämtas varannan vecka. Grovavfall, elavfall och farligt avfall lämnar du på någon av kommunens tre återvinningscentraler."),
    "vatten": ("Vatten och avlopp", "Kommunen levererar dricksvatten till drygt 60 000 hushåll. Vid driftstörningar informerar vi här och med sms till de hushåll som berörs."),
    "miljo": ("Miljö och hälsoskydd", "Miljöinspektörerna arbetar med tillsyn av bland annat livsmedelslokaler, enskilda avlopp, buller och inomhusmiljö i skolor."),
    "energiradgivning": ("Energi- och klimatrådgivning", "Energi- och klimatrådgivningen är opartisk och kostnadsfri för privatpersoner, bostadsrättsföreningar och små företag."),
    "parkering": ("Parkering", "Avgiftsbelagd parkering gäller i centrum vardagar 9–19 och lördagar 9–15. Du betalar i parkeringsappen eller i automaterna."),
    "gator": ("Gator och vägar", "Kommunen sköter drygt 600 kilometer gator och vägar. Hål i vägen, trasig belysning och klotter kan du felanmäla dygnet runt."),
    "snorojning": ("Snöröjning och halkbekämpning", "Vid snöfall plogar vi först huvudgator, bussgator och gång- och cykelvägar till skolor. Bostadsgator röjs när snödjupet passerat åtta centimeter."),
    "cykel": ("Cykel", "Cykelnätet byggs ut varje år. På cykelkartan ser du gång- och cykelvägar, cykelparkeringar och pumpstationer."),
    "fardtjanst": ("Färdtjänst och riksfärdtjänst", "Färdtjänst är en särskild kollektivtrafik för dig som har svårt att resa med vanliga bussar och tåg. Tillstånd söks hos kommunen."),
    "parker": ("Parker och lekplatser", "I kommunen finns ett hundratal lekplatser och åtta stadsparker. Lekplatserna besiktigas varje vår."),
    "bibliotek": ("Bibliotek", "Stadsbiblioteket och de sju filialerna lånar ut böcker, ljudböcker, tidningar och filmer. Med lånekortet kan du även låna e-böcker."),
    "bad": ("Bad och simhallar", "Simhallen har 50-metersbassäng, undervisningsbassäng och äventyrsbad. På sommaren provtas badvattnet på de kommunala badplatserna varannan vecka."),
    "idrott": ("Idrott och motion", "Kommunen har idrottshallar, konstgräsplaner, elljusspår och två ishallar. Föreningar och privatpersoner kan boka tider."),
    "foreningsliv": ("Föreningsliv", "Registrerade föreningar kan söka bidrag för verksamhet, lokaler och arrangemang. Ansökningsperioderna är i mars och september."),
    "kulturskola": ("Kulturskola", "Kulturskolan erbjuder kurser i musik, dans, teater, film och bild för barn och unga mellan 6 och 19 år."),
    "evenemang": ("Evenemang", "I evenemangskalendern hittar du konserter, föreläsningar, marknader och aktiviteter för barn och familj."),
    "starta-foretag": ("Starta och driva företag", "Funderar du på att starta företag? Näringslivsutvecklarna ger råd om lokaler, nätverk och finansiering."),
    "tillstand": ("Tillstånd och regler", "Serveringstillstånd, tillstånd att sälja tobak och tillstånd att använda offentlig plats söker du hos kommunen."),
    "upphandling": ("Upphandling", "Kommunen köper varor och tjänster för omkring fyra miljarder kronor om året. Pågående upphandlingar annonseras i upphandlingsverktyget."),
    "arbetsmarknad": ("Arbetsmarknad", "Arbetsmarknadsenheten stöttar dig som står långt från arbete med praktik, studie- och yrkesvägledning och feriejobb för unga."),
    "lediga-jobb": ("Lediga jobb", "Kommunen är en av regionens största arbetsgivare med omkring 9 000 medarbetare. Här ser du alla lediga tjänster och kan anmäla intresse för timanställning."),
    "politik": ("Politik och nämnder", "Kommunfullmäktige är kommunens högsta beslutande organ och har 71 ledamöter. Sammanträdena är öppna för allmänheten och sänds på webben."),
    "ekonomi": ("Ekonomi och budget", "Budgeten för nästa år antas av kommunfullmäktige i november. Årsredovisningen visar hur skattepengarna har använts."),
    "handlingar": ("Allmänna handlingar", "Du har rätt att ta del av allmänna handlingar. Begär ut handlingar hos registrator eller sök i det digitala diariet."),
    "synpunkter": ("Synpunkter och klagomål", "Vi vill gärna veta vad du tycker om kommunens verksamheter. Lämna beröm, förslag eller klagomål i e-tjänsten, så får du svar inom tio arbetsdagar."),
    "natur": ("Natur och friluftsliv", "Kommunen har sex naturreservat, vandringsleder och vindskydd. Grillplatserna är fria att använda när det inte är eldningsförbud."),
    "sevardheter": ("Sevärdheter", "Besök den gamla hamnen, konsthallen och hembygdsgården. Under sommaren ordnas guidade stadsvandringar varje torsdag."),
    "hitta-hit": ("Hitta hit", "Tåg och regionbussar går till resecentrum flera gånger i timmen. Långtidsparkering finns vid pendelparkeringen."),
}

ESERVICES = [
    ("forskola", "Ansök om plats i förskola", "Ansökan görs med e-legitimation. Du kan önska upp till tre förskolor."),
    ("skolskjuts", "Ansök om skolskjuts", "Ansök inför varje läsår. Beslutet skickas till Mina sidor."),
    ("bygglov", "Ansök om bygglov", "Bifoga situationsplan, fasadritningar och planritning."),
    ("felanmalan", "Felanmälan", "Anmäl fel på gator, belysning, lekplatser och parker. Bifoga gärna en bild."),
    ("parkeringstillstand", "Ansök om parkeringstillstånd för rörelsehindrade", "Du behöver ett läkarintyg som styrker behovet."),
    ("boka-lokal", "Boka lokal eller idrottshall", "Se lediga tider och boka direkt. Föreningar loggar in med föreningens konto."),
    ("bistand", "Ansök om ekonomiskt bistånd", "Ansök digitalt och ladda upp underlag för inkomster och utgifter."),
    ("synpunkt", "Lämna en synpunkt", "Beröm, förslag eller klagomål. Du kan vara anonym."),
    ("mina-sidor", "Mina sidor", "På Mina sidor ser du dina pågående ärenden, beslut och fakturor. Logga in med BankID eller Freja eID."),
]

COOKIE_TEXT = "Vi använder kakor (cookies) för att webbplatsen ska fungera och för att kunna förbättra den. Du väljer själv om du godkänner statistikkakor."


def P(S: dict, slug: str) -> str:
    """URL path of a page slug in the site's URL style."""
    if slug == "":
        return S["home"]
    style = S["style"]
    if style == "html":
        return f"/{slug}.html"
    if style == "slash":
        return f"{S['prefix']}/{slug}/"
    return f"{S['prefix']}/{slug}"


def fname(slug: str) -> str:
    return (slug.replace("/", "__") or "index") + ".html"


def base_site(**kw) -> dict:
    S = {"prefix": "", "home": "/", "redirects": {}, "chat": None, "cookie_text": COOKIE_TEXT, "pages": {}, "front_extra": ""}
    S.update(kw)
    S["kakor"] = P(S, "om-webbplatsen") + "#kakor"
    return S


def add_page(S: dict, slug: str, title: str, h1: str, body: str, crumbs=None, **extra) -> str:
    path = P(S, slug)
    pg = {"path": path, "slug": slug, "title": f"{title} - {S['org']}" if slug else title, "h1": h1, "body": body,
          "crumbs": [("Startsida", S["home"])] + (crumbs or []) if slug else []}
    pg.update(extra)
    S["pages"][path] = pg
    return path


def area_defs(S: dict, areas: list) -> None:
    """areas: (title, slug, [filler key | (text, slug_of_real_page)], groups?) -> S['areas'] with hrefs."""
    out = []
    for spec in areas:
        title, slug, subs = spec[:3]
        extra_html = spec[3] if len(spec) > 3 else ""
        href = P(S, slug)
        links = []
        for s in subs:
            if isinstance(s, tuple):
                links.append((s[0], P(S, s[1])))
            else:
                links.append((FILLER[s][0], f"{href}#{s}"))
        out.append({"title": title, "slug": slug, "href": href, "subs": links, "keys": subs, "extra": extra_html})
    S["areas"] = out


def group(S: dict, area_slug: str, groups: list) -> None:
    """Mega-menu column groups for one area: [(heading, [sub link texts])]."""
    for a in S["areas"]:
        if a["slug"] == area_slug:
            by_text = dict(a["subs"])
            a["groups"] = [(g, [(t, by_text[t]) for t in texts]) for g, texts in groups]


def area_pages(S: dict) -> None:
    for a in S["areas"]:
        secs = []
        for k in a["keys"]:
            if isinstance(k, tuple):
                continue
            t, txt = FILLER[k]
            es = next((e for e in ESERVICES if e[0] == k), None)
            link = f' <a href="{P(S, "e-tjanster")}#{k}">{es[1]}</a>' if es else ""
            secs.append(f'<h2 id="{k}">{t}</h2><p>{txt}{link}</p>')
        real = [s for s in a["keys"] if isinstance(s, tuple)]
        rel = ""
        if real:
            rel = "<h2>Fler sidor</h2><ul>" + "".join(f'<li><a href="{P(S, s[1])}">{s[0]}</a></li>' for s in real) + "</ul>"
        intro = f"<p class=\"preamble\">Här hittar du information om {a['title'].lower()} i {S['kommun']}.</p>"
        add_page(S, a["slug"], a["title"], a["title"], intro + "".join(secs) + a["extra"] + rel)


def eservice_page(S: dict) -> None:
    body = "<p class=\"preamble\">Med våra e-tjänster kan du göra dina ärenden när det passar dig. De flesta kräver e-legitimation.</p>"
    body += "".join(f'<h2 id="{k}">{t}</h2><p>{d}</p>' for k, t, d in ESERVICES)
    add_page(S, "e-tjanster", "E-tjänster", "E-tjänster", body)


def eservice_tiles(S: dict, keys=("forskola", "bygglov", "felanmalan", "parkeringstillstand", "boka-lokal", "mina-sidor")) -> list:
    d = {k: t for k, t, _ in ESERVICES}
    return [(d[k], f"{P(S, 'e-tjanster')}#{k}") for k in keys]


def news_pages(S: dict, items: list) -> list:
    """items: (slug, title, date, summary, body) -> teasers [(title, href, date, summary)]."""
    teasers = []
    for slug, title, date, summary, body in items:
        path = add_page(S, f"nyheter/{slug}", title, title, f'<p class="preamble"><time datetime="{date}">{date}</time></p>{body}',
                        crumbs=[("Nyheter", P(S, "nyheter"))], updated=date)
        teasers.append((title, path, date, summary))
    lis = "".join(f'<li><a href="{h}">{t}</a> <span class="date">{d}</span><p>{s}</p></li>' for t, h, d, s in teasers)
    add_page(S, "nyheter", "Nyheter", "Nyheter", f"<p class=\"preamble\">Nyheter från {S['org']}.</p><ul class=\"news-list\">{lis}</ul>")
    return teasers


def std_pages(S: dict, lattlast_extra: str = "") -> None:
    k, org = S["kommun"], S["org"]
    add_page(S, "lattlast", "Lättläst", "Lättläst om " + org,
             f"<p>{org} är en kommun i {S['lan']}. Här bor många människor.</p>"
             "<p>Kommunen har hand om förskolor och skolor. Kommunen hjälper äldre människor som behöver stöd. "
             "Kommunen ser till att det finns rent vatten och att soporna hämtas.</p>"
             f"<p>Du kan ringa till kommunen. Numret är {S['vaxel']}.</p>{lattlast_extra}")
    add_page(S, S.get("lang_slug", "in-english"), "In English", f"Welcome to {org}",
             f"<p lang=\"en\">{k} is a growing municipality in {S['lan_en']}. On this page you will find basic information in English.</p>"
             f"<h2 lang=\"en\">Contact</h2><p lang=\"en\">The municipality's switchboard: {S['vaxel_int']}. E-mail: {S['email']}.</p>"
             "<h2 lang=\"en\">Other languages</h2><p lang=\"en\">Use the translation function in your browser to read the website in other languages.</p>")
    add_page(S, "om-webbplatsen", "Om webbplatsen", "Om webbplatsen",
             f"<p>Webbplatsen ägs av {org} och drivs av kommunikationsavdelningen.</p>"
             "<h2 id=\"kakor\">Kakor</h2><p>En kaka är en liten textfil som sparas i din webbläsare. Vi använder nödvändiga kakor och, om du godkänner det, kakor för besöksstatistik.</p>"
             "<h2 id=\"personuppgifter\">Behandling av personuppgifter</h2><p>Kommunen behandlar personuppgifter enligt dataskyddsförordningen. Du har rätt att få veta vilka uppgifter vi har om dig.</p>"
             f"<h2 id=\"sociala-medier\">Sociala medier</h2><p>{org} finns på Facebook, Instagram, LinkedIn och YouTube. Vi svarar på kommentarer vardagar 8–16.</p>")
    add_page(S, "tillganglighetsredogorelse", "Tillgänglighetsredogörelse", "Tillgänglighetsredogörelse",
             f"<p>{org} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>"
             "<h2>Hur tillgänglig är webbplatsen?</h2><p>Vi är medvetna om att delar av webbplatsen inte är helt tillgängliga. Vissa PDF-dokument saknar taggar och några filmer saknar syntolkning.</p>"
             "<h2>Anmäl brister</h2><p>Om du upptäcker problem som inte beskrivs på den här sidan kan du meddela oss via e-tjänsten Lämna en synpunkt.</p>"
             "<h2>Tillsyn</h2><p>Myndigheten för digital förvaltning (Digg) ansvarar för tillsyn över lagen om tillgänglighet till digital offentlig service.</p>")


def std_topbar(S: dict, extra: list | None = None, lang_text: str = "In English") -> list:
    es = P(S, "e-tjanster")
    items = [{"text": lang_text, "href": P(S, S.get("lang_slug", "in-english")), "attrs": {"lang": "en"}},
             {"text": "Lyssna", "href": None, "attrs": {"aria-pressed": "false"}},
             {"text": "Lättläst", "href": P(S, "lattlast")},
             {"text": "E-tjänster", "href": es},
             {"text": "Logga in", "href": es + "#mina-sidor"}]
    return items + (extra or [])


def std_footer(S: dict, contact_heading: str, contact_items: list, org_items: list | None = None) -> list:
    om = P(S, "om-webbplatsen")
    return [
        {"heading": contact_heading, "items": contact_items},
        {"heading": "Om webbplatsen", "items": [f'<a href="{om}">Om webbplatsen</a>', f'<a href="{P(S, "tillganglighetsredogorelse")}">Tillgänglighetsredogörelse</a>',
                                                 f'<a href="{om}#kakor">Kakor</a>', f'<a href="{om}#personuppgifter">Behandling av personuppgifter</a>']},
        {"heading": "Sociala medier", "items": [f'<a href="{om}#sociala-medier">{n}</a>' for n in ("Facebook", "Instagram", "LinkedIn", "YouTube")]},
        {"heading": "Organisation", "items": [f"{S['org']}", f"{S['postcode']} {S['kommun']}", f"Org.nr {S['orgnr']}",
                                               f'<a href="{P(S, "kommun-och-politik/organisation")}">Förvaltningar och bolag</a>',
                                               f'<a href="{P(S, "naringsliv-och-arbete")}#lediga-jobb">Jobba hos oss</a>'] + (org_items or [])},
    ]


def org_page(S: dict, body: str) -> None:
    add_page(S, "kommun-och-politik/organisation", "Organisation", "Organisation", body, crumbs=[("Kommun och politik", P(S, "kommun-och-politik"))])


def search_template(S: dict) -> dict:
    return {"path": S["search"][0], "slug": "sok", "title": f"Sök - {S['org']}", "h1": "Sök", "crumbs": [("Startsida", S["home"])],
            "body": "<!--SEARCH_RESULTS-->"}


def tel(num: str) -> str:
    digits = "".join(c for c in num if c.isdigit())
    return f'<a href="tel:+46{digits[1:]}">{num}</a>'


def mail(addr: str) -> str:
    return f'<a href="mailto:{addr}">{addr}</a>'


STD_AREAS = {
    "barn": ("Barn och utbildning", "barn-och-utbildning", ["forskola", "grundskola", "fritidshem", "gymnasieskola", "vuxenutbildning", "skolskjuts"]),
    "omsorg": ("Omsorg och stöd", "omsorg-och-stod", ["hemtjanst", "sarskilt-boende", "anhoriga", "funktionsnedsattning", "ekonomiskt-bistand", "vald"]),
    "bygga": ("Bygga, bo och miljö", "bygga-bo-och-miljo", ["bygglov", "detaljplaner", "avfall", "vatten", "miljo", "energiradgivning"]),
    "trafik": ("Trafik och infrastruktur", "trafik-och-infrastruktur", ["parkering", "gator", "snorojning", "cykel", "fardtjanst", "parker"]),
    "kultur": ("Kultur och fritid", "kultur-och-fritid", ["bibliotek", "bad", "idrott", "foreningsliv", "kulturskola", "evenemang"]),
    "naring": ("Näringsliv och arbete", "naringsliv-och-arbete", ["starta-foretag", "tillstand", "upphandling", "arbetsmarknad", "lediga-jobb"]),
    "uppleva": ("Uppleva och besöka", "uppleva-och-besoka", ["natur", "sevardheter", "evenemang", "hitta-hit"]),
}


def area(key: str, title: str | None = None, subs: list | None = None, extra: str = ""):
    t, slug, s = STD_AREAS[key]
    return (title or t, slug, subs if subs is not None else list(s), extra)


def kommun_area(real: list, title: str = "Kommun och politik", extra: str = ""):
    """Kommun och politik: real pages first (text, slug), then filler keys."""
    return (title, "kommun-och-politik", [("Organisation", "kommun-och-politik/organisation"), *real, "politik", "ekonomi", "handlingar", "synpunkter"], extra)


def org_body(S: dict, rows: list, extra: str = "") -> str:
    trs = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    return (f"<p class=\"preamble\">{S['org']} leds av kommunfullmäktige och kommunstyrelsen. Verksamheten bedrivs i förvaltningar och kommunala bolag.</p>"
            f"<h2>Förvaltningar</h2><table class=\"org-table\"><thead><tr><th scope=\"col\">Förvaltning</th><th scope=\"col\">Ansvarig</th><th scope=\"col\">Telefon</th></tr></thead><tbody>{trs}</tbody></table>{extra}"
            f"<h2>Kommunala bolag</h2><p>{S['bolag']}</p>")


# =======================================================================================
# The ten sites
# =======================================================================================

def sjovalla() -> dict:
    S = base_site(kod="9347", kommun="Sjövalla", org="Sjövalla kommun", lan_kod="14", lan="Västra Götalands län", lan_en="Västra Götaland County",
                  family="sitevision", style="html", vaxel="031-390 06 00", vaxel_int="+46 31 390 06 00", email="kommun@sjovalla.se",
                  street="Storgatan 12", postcode="999 31", orgnr="212000-1347", search=("/sok.html", "query"),
                  bolag="Sjövalla Energi AB, Sjövallabostäder AB och Sjövalla Hamn AB ägs helt av kommunen.",
                  chat="Chatta med Kontaktcenter")
    svc = "kommun-och-politik/kontaktcenter"
    area_defs(S, [area("barn"), area("omsorg"), area("bygga"), area("trafik"), area("kultur"), area("naring"),
                  kommun_area([("Kontaktcenter", svc)]), area("uppleva")])
    S["topbar"] = std_topbar(S, [{"text": "Kontaktcenter", "href": P(S, svc), "attrs": {"data-icon": "phone"}}])
    news = news_pages(S, [
        ("ansok-om-skolskjuts", "Nu kan du söka skolskjuts för vårterminen", "2025-10-02", "Ansökan för vårterminen är öppen till den 15 november.",
         "<p>Elever som börjar på en ny skola efter jul eller som har flyttat kan behöva söka skolskjuts på nytt. Ansökan görs i e-tjänsten och är öppen till den 15 november.</p>"
         f'<p><a href="{P(S, "e-tjanster")}#skolskjuts">Till e-tjänsten Ansök om skolskjuts</a></p>'),
        ("storgatan-stangs", "Storgatan stängs av för ledningsarbete", "2025-09-22", "Mellan 6 oktober och 19 december leds trafiken om via Järnvägsgatan.",
         "<p>Sjövalla Energi byter fjärrvärmeledningar under Storgatan. Under arbetet är gatan avstängd för biltrafik mellan Torget och Brogatan. Gående och cyklister kommer förbi hela tiden.</p>"),
        ("hostlov", "Höstlovsprogrammet är här", "2025-09-15", "Aktiviteter för barn och unga på bibliotek, simhall och fritidsgårdar.",
         "<p>Under höstlovet ordnar kultur- och fritidsförvaltningen pyssel, film, simskola och lovcafé. Alla aktiviteter är gratis och de flesta kräver ingen anmälan.</p>"),
    ])
    S["hero"] = {"h1": "Välkommen till Sjövalla kommun", "lead": "Information och e-tjänster för dig som bor, arbetar eller driver företag i Sjövalla.",
                 "label": "Vad letar du efter?", "placeholder": "Sök på sjovalla.se", "tiles_heading": "Populära sidor",
                 "tiles": [("Lediga jobb", P(S, "naringsliv-och-arbete") + "#lediga-jobb"), ("Förskola", P(S, "barn-och-utbildning") + "#forskola"),
                           ("Sophämtning", P(S, "bygga-bo-och-miljo") + "#avfall"), ("Bygglov", P(S, "bygga-bo-och-miljo") + "#bygglov"),
                           ("Kontaktcenter", P(S, svc)), ("Simhallen", P(S, "kultur-och-fritid") + "#bad")]}
    S["sections"] = [{"kind": "tiles", "heading": "Vanliga e-tjänster", "items": eservice_tiles(S), "more": ("Alla e-tjänster", P(S, "e-tjanster"))},
                     {"kind": "news", "heading": "Nyheter", "items": news, "more": ("Fler nyheter", P(S, "nyheter"))}]
    S["footer_cols"] = std_footer(S, "Kontaktcenter", [f"Telefon: {tel('031-390 06 00')}", f"E-post: {mail('kontaktcenter@sjovalla.se')}",
                                                       "Telefontid: vardagar 7.30–17.00", "Besöksadress: Stadshuset, Storgatan 12"])
    add_page(S, svc, "Kontaktcenter", "Kontaktcenter", (
        "<p class=\"preamble\">Kontaktcenter är din väg in till Sjövalla kommun. Våra kommunvägledare svarar på frågor i telefon, via e-post och chatt och i receptionen i Stadshuset.</p>"
        "<h2>Det här kan vi hjälpa dig med</h2><p>Vi svarar på frågor om det mesta som kommunen ansvarar för, till exempel:</p>"
        "<ul><li>förskola och skola – köplats, skolval och skolskjuts</li><li>avfall och vatten – sophämtning, abonnemang och fakturor</li>"
        "<li>bygglov och planer – hur du ansöker och var ditt ärende befinner sig</li><li>gator och parkering – felanmälan och parkeringstillstånd</li>"
        "<li>äldreomsorg – hur du ansöker om hemtjänst eller plats på särskilt boende</li><li>e-tjänster och Mina sidor – inloggning och hjälp att fylla i</li></ul>"
        "<p>Kan vi inte svara direkt ser vi till att du kommer i kontakt med rätt handläggare.</p>"
        "<h2>Så når du oss</h2><ul class=\"contact-list\">"
        f"<li>Telefon: {tel('031-390 06 00')}</li><li>E-post: {mail('kontaktcenter@sjovalla.se')}</li>"
        "<li>Chatt: vardagar 9.00–15.00, via knappen Chatta med Kontaktcenter längst ned till höger</li>"
        "<li>Besök: receptionen i Stadshuset, Storgatan 12</li></ul>"
        "<table class=\"hours\"><caption>Öppettider i telefon och reception</caption><thead><tr><th scope=\"col\">Dag</th><th scope=\"col\">Tid</th></tr></thead>"
        "<tbody><tr><td>Måndag–torsdag</td><td>7.30–17.00</td></tr><tr><td>Fredag</td><td>7.30–16.00</td></tr><tr><td>Lunch</td><td>Öppet</td></tr></tbody></table>"
        "<p>Dag före helgdag stänger vi klockan 13.00.</p>"
        "<h2>Ansvarig</h2><p>Enhetschef för Kontaktcenter: Helena Strand, telefon 031-390 06 05.</p>"),
        crumbs=[("Kommun och politik", P(S, "kommun-och-politik"))], updated="2025-08-25")
    org_page(S, org_body(S, [("Kommunledningsförvaltningen", "Kommundirektör Per Falk", "031-390 06 01"),
                             ("Barn- och utbildningsförvaltningen", "Förvaltningschef Sara Lind", "031-390 06 10"),
                             ("Socialförvaltningen", "Förvaltningschef Omar Nasser", "031-390 06 20"),
                             ("Samhällsbyggnadsförvaltningen", "Förvaltningschef Karin Öst", "031-390 06 30")]))
    return S


def norrhamra() -> dict:
    S = base_site(kod="9348", kommun="Norrhamra", org="Norrhamra kommun", lan_kod="03", lan="Uppsala län", lan_en="Uppsala County",
                  family="municipio", style="slash", vaxel="08-465 004 00", vaxel_int="+46 8 465 004 00", email="direkt@norrhamra.se",
                  street="Torggatan 4", postcode="999 12", orgnr="212000-1348", search=("/", "s"), lang_slug="other-languages",
                  bolag="Norrhamrahem AB och Norrhamra Vatten AB ägs av kommunen.", chat="Chatta med Norrhamra direkt")
    svc = "norrhamra-direkt"
    area_defs(S, [area("barn"), area("omsorg", "Stöd och omsorg"), area("bygga", "Bo, bygga och miljö"), area("trafik", "Trafik och gator"),
                  area("kultur"), area("naring"), kommun_area([("Norrhamra direkt", svc)])])
    S["topbar"] = std_topbar(S, [{"text": "Norrhamra direkt", "href": P(S, svc)}], lang_text="Other languages")
    news = news_pages(S, [
        ("ny-cykelvag", "Ny cykelväg mellan Norrhamra och Bråtby", "2025-10-06", "Den nya cykelvägen längs länsväg 280 är nu öppen.",
         "<p>Den fyra kilometer långa gång- och cykelvägen mellan Norrhamra centrum och Bråtby invigdes i helgen. Vägen är belyst och plogas vintertid.</p>"),
        ("sophamtning-helger", "Så fungerar sophämtningen under helgerna", "2025-09-30", "Röda dagar kan hämtningen flyttas en dag.",
         "<p>När hämtningsdagen infaller på en röd dag hämtas avfallet dagen efter. Ställ fram kärlet senast klockan 6 på morgonen.</p>"),
        ("dans-for-vuxna", "Kulturskolan startar dansgrupp för vuxna", "2025-09-18", "Anmälan öppnar den 1 oktober.",
         "<p>För första gången erbjuder kulturskolan en kurs i modern dans för vuxna nybörjare. Kursen är på tisdagskvällar i Folkets hus.</p>"),
    ])
    S["hero"] = {"h1": "Vad kan vi hjälpa dig med?", "lead": "Sök bland kommunens information och e-tjänster.", "label": "Sök på norrhamra.se",
                 "placeholder": "Till exempel förskola eller bygglov", "tiles_heading": "Genvägar",
                 "tiles": [("Förskola", P(S, "barn-och-utbildning") + "#forskola"), ("Grundskola", P(S, "barn-och-utbildning") + "#grundskola"),
                           ("Avfall och återvinning", P(S, "bygga-bo-och-miljo") + "#avfall"), ("Bygglov", P(S, "bygga-bo-och-miljo") + "#bygglov"),
                           ("Lediga jobb", P(S, "naringsliv-och-arbete") + "#lediga-jobb"), ("Bibliotek", P(S, "kultur-och-fritid") + "#bibliotek")]}
    S["sections"] = [{"kind": "tiles", "heading": "Vanliga e-tjänster", "items": eservice_tiles(S)},
                     {"kind": "news", "heading": "Nyheter", "items": news, "more": ("Alla nyheter", P(S, "nyheter"))}]
    S["footer_cols"] = std_footer(S, "Norrhamra direkt", [f"Telefon {tel('08-465 004 00')}", f"E-post {mail('direkt@norrhamra.se')}", "Vardagar 8.00–17.00",
                                                          f'<a href="{P(S, svc)}">Mer om Norrhamra direkt</a>'])
    add_page(S, svc, "Norrhamra direkt", "Norrhamra direkt", (
        "<p class=\"preamble\">Norrhamra direkt är kommunens kontaktcenter och din första kontakt när du har frågor till kommunen. "
        "Vi tar emot samtal, e-post och chatt och löser så många ärenden som möjligt direkt.</p>"
        "<h2>Vi hjälper dig med</h2><ul><li>ansökan om plats i förskola och fritidshem</li><li>frågor om sophämtning, slamtömning och vattenavgifter</li>"
        "<li>hur du söker bygglov och var i handläggningen ditt ärende är</li><li>felanmälan av gatubelysning, vägar och lekplatser</li>"
        "<li>bokning av lokaler och idrottshallar</li><li>inloggning och hjälp med kommunens e-tjänster</li></ul>"
        "<p>Frågor som kräver en handläggare skickar vi vidare, och du får besked om vem som kontaktar dig.</p>"
        "<h2>Kontakta Norrhamra direkt</h2>"
        f"<p>Telefon: {tel('08-465 004 00')}<br>E-post: {mail('direkt@norrhamra.se')}<br>Chatt: klicka på Chatta med Norrhamra direkt</p>"
        "<p>Telefontider: måndag–torsdag 8.00–17.00, fredag 8.00–15.00.</p><p>Besöksadress: Kommunhuset, Torggatan 4. Receptionen har öppet vardagar 9.00–16.00.</p>"
        "<h2>Om oss</h2><p>Norrhamra direkt leds av enhetschef Sanna Öberg och har fjorton medarbetare. Vi är en del av kommunledningskontoret.</p>"),
        crumbs=[], updated="2025-09-01")
    org_page(S, org_body(S, [("Kommunledningskontoret", "Kommundirektör Lars Wikström", "08-465 004 01"),
                             ("Utbildningsförvaltningen", "Förvaltningschef Maja Ek", "08-465 004 02"),
                             ("Vård- och omsorgsförvaltningen", "Förvaltningschef Ida Persson", "08-465 004 03"),
                             ("Miljö- och byggförvaltningen", "Förvaltningschef Johan Bäck", "08-465 004 04")]))
    return S


def ekestad() -> dict:
    S = base_site(kod="9349", kommun="Ekestad", org="Ekestads kommun", lan_kod="18", lan="Örebro län", lan_en="Örebro County",
                  family="optimizely", style="slash", vaxel="040-628 04 00", vaxel_int="+46 40 628 04 00", email="kundcenter@ekestad.se",
                  street="Stora torget 1", postcode="999 52", orgnr="212000-1349", search=("/sok/", "q"),
                  bolag="Ekestad Energi AB och Ekestadshem AB är helägda kommunala bolag.", chat="Chatta med oss")
    svc = "kommun-och-politik/kundcenter"
    area_defs(S, [area("barn"), area("omsorg"), area("bygga"), area("trafik", "Trafik och gator"), area("kultur"), area("naring"),
                  kommun_area([("Kundcenter", svc)]), area("uppleva")])
    group(S, "kommun-och-politik", [("Organisation och politik", ["Organisation", "Politik och nämnder", "Ekonomi och budget"]),
                                    ("Kontakta kommunen", ["Kundcenter", "Synpunkter och klagomål", "Allmänna handlingar"])])
    for a in S["areas"]:
        if "groups" not in a:
            a["groups"] = [("Mer om " + a["title"].lower(), a["subs"][:3]), ("", a["subs"][3:])]
    S["topbar"] = std_topbar(S, [{"text": "Kontakta oss", "href": P(S, "kontakta-oss")}])
    news = news_pages(S, [
        ("kundcenter-langre-telefontider", "Kundcenter förlänger telefontiderna i höst", "2025-10-01", "Från den 6 oktober kan du ringa till klockan 18 på tisdagar och torsdagar.",
         "<p>Många har önskat att kunna ringa kommunen efter arbetstid. Från den 6 oktober har Kundcenter därför öppet i telefon till klockan 18.00 på tisdagar och torsdagar. "
         "Övriga dagar gäller de vanliga tiderna.</p>"
         f'<p><a href="{P(S, svc)}">Läs mer om Kundcenter</a></p>'),
        ("ostra-hamnen-samrad", "Detaljplan för Östra hamnen ute på samråd", "2025-09-24", "Lämna synpunkter senast den 31 oktober.",
         "<p>Planförslaget omfattar cirka 450 bostäder, en förskola och en ny park vid kajen. Handlingarna finns i Rådhuset och på webben.</p>"),
        ("simhallen-oppnar", "Simhallen öppnar igen efter renoveringen", "2025-09-10", "Nya omklädningsrum och en ny undervisningsbassäng.",
         "<p>Efter ett års renovering öppnar Ekestads simhall den 20 september. Premiärhelgen är entrén gratis.</p>"),
    ])
    S["hero"] = {"h1": "Välkommen till Ekestad", "lead": "Här hittar du information, nyheter och e-tjänster.", "label": "Vad vill du hitta?",
                 "placeholder": "Sök på ekestad.se", "tiles_heading": "Populära sidor",
                 "tiles": [("Lediga jobb", P(S, "naringsliv-och-arbete") + "#lediga-jobb"), ("Förskola", P(S, "barn-och-utbildning") + "#forskola"),
                           ("Sophämtning", P(S, "bygga-bo-och-miljo") + "#avfall"), ("Bygglov", P(S, "bygga-bo-och-miljo") + "#bygglov"),
                           ("Parkering", P(S, "trafik-och-infrastruktur") + "#parkering"), ("Kontakta oss", P(S, "kontakta-oss"))]}
    S["sections"] = [{"kind": "tiles", "heading": "Vanliga e-tjänster", "items": eservice_tiles(S), "more": ("Se alla e-tjänster", P(S, "e-tjanster"))},
                     {"kind": "news", "heading": "Aktuellt", "items": news, "more": ("Fler nyheter", P(S, "nyheter"))}]
    S["footer_cols"] = std_footer(S, "Kundcenter", [f"Telefon {tel('040-628 04 00')}", mail("kundcenter@ekestad.se"), "Vardagar 8–17",
                                                    f'<a href="{P(S, "kontakta-oss")}">Fler kontaktvägar</a>'])
    add_page(S, "kontakta-oss", "Kontakta oss", "Kontakta oss", (
        "<p class=\"preamble\">Här hittar du de vanligaste vägarna in till kommunen.</p><div class=\"CardList\">"
        f'<div class="Card"><h2 class="Card__heading"><a href="{P(S, svc)}">Kundcenter</a></h2><p>Kommunens gemensamma ingång för invånare.</p></div>'
        f'<div class="Card"><h2 class="Card__heading"><a href="{P(S, "kommun-och-politik")}#synpunkter">Synpunkter och klagomål</a></h2><p>Tyck till om kommunens verksamheter.</p></div>'
        f'<div class="Card"><h2 class="Card__heading"><a href="{P(S, "kommun-och-politik/organisation")}">Förvaltningar och bolag</a></h2><p>Hitta rätt förvaltning.</p></div>'
        f'<div class="Card"><h2 class="Card__heading"><a href="{P(S, "kommun-och-politik")}#handlingar">Registrator och allmänna handlingar</a></h2><p>Begär ut handlingar.</p></div>'
        "</div><h2>Press</h2><p>Journalister når presstjänsten på 040-628 04 09, vardagar 8–17.</p>"), updated="2025-05-14")
    add_page(S, svc, "Kundcenter", "Kundcenter", (
        "<p class=\"preamble\">Kundcenter är kommunens gemensamma ingång för dig som bor i eller besöker Ekestad.</p>"
        "<h2>Vad kan vi hjälpa till med?</h2><p>Kundcenter tar emot dina frågor om</p><ul><li>barnomsorg, skolval och skolskjuts</li>"
        "<li>avfallshämtning och vatten- och avloppsavgifter</li><li>bygglov, strandskydd och enskilda avlopp</li><li>parkering, felanmälan och snöröjning</li>"
        "<li>färdtjänst och bostadsanpassning</li></ul><p>Vi hjälper dig också att hitta rätt e-tjänst och att boka tid med en handläggare.</p>"
        "<h2>Kontakta Kundcenter</h2>"
        f"<p><strong>Telefon:</strong> {tel('040-628 04 00')}<br><strong>Chatt:</strong> vardagar 9–16, knappen Chatta med oss<br><strong>Besök:</strong> Rådhuset, Stora torget 1</p>"
        "<p><strong>Telefontider:</strong> måndag, onsdag och fredag 8–17, tisdag och torsdag 8–18.</p>"
        "<p>Frågor om elnät och fjärrvärme besvaras av Ekestad Energi AB:s kundservice.</p>"
        "<h2>Ansvarig</h2><p>Kundcenterchef: Martin Ahlgren</p>"),
        crumbs=[("Kommun och politik", P(S, "kommun-och-politik"))], updated="2025-10-01")
    org_page(S, org_body(S, [("Kommunledningskontoret", "Kommundirektör Eva Borg", "040-628 04 01"),
                             ("Förskola och skola", "Förvaltningschef Nils Holm", "040-628 04 02"),
                             ("Vård och omsorg", "Förvaltningschef Leila Said", "040-628 04 03"),
                             ("Samhällsbyggnad", "Förvaltningschef Tomas Ring", "040-628 04 04")]))
    return S


def lindfors() -> dict:
    S = base_site(kod="9350", kommun="Lindfors", org="Lindfors kommun", lan_kod="21", lan="Gävleborgs län", lan_en="Gävleborg County",
                  family="drupal", style="noslash", vaxel="0980-319 200", vaxel_int="+46 980 319 200", email="servicecenter@lindfors.se",
                  street="Järnvägsgatan 7", postcode="999 61", orgnr="212000-1350", search=("/sok", "keys"), lang_slug="other-languages",
                  bolag="Lindfors Bostäder AB och Lindfors Energi AB ägs av kommunen.")
    svc = "servicecenter"
    area_defs(S, [area("barn", "Skola och förskola"), area("omsorg"), area("bygga"), area("trafik"), area("kultur"), area("naring"),
                  kommun_area([("Servicecenter", svc)]), area("uppleva")])
    S["topbar"] = std_topbar(S, lang_text="Other languages")
    news = news_pages(S, [
        ("vintervaghallning", "Vinterväghållningen startar den 1 november", "2025-10-07", "Så prioriterar vi när snön kommer.",
         "<p>Från den 1 november har entreprenörerna beredskap dygnet runt. Först röjs huvudgator, bussgator och cykelvägar till skolor.</p>"),
        ("norrgardet", "Nytt bostadsområde planeras i Norrgärdet", "2025-09-26", "Samråd om detaljplanen pågår till den 24 oktober.",
         "<p>Planen ger plats för 300 bostäder, en förskola och en park. Välkommen till samrådsmöte i Folkets hus den 14 oktober.</p>"),
        ("biblioteket-oppettider", "Biblioteket utökar öppettiderna", "2025-09-12", "Nu öppet även söndagar.",
         "<p>Från och med oktober har stadsbiblioteket öppet söndagar 12–16.</p>"),
    ])
    S["hero"] = {"h1": "Lindfors kommun", "lead": "Välkommen! Här finns information, nyheter och e-tjänster.", "label": "Sök på webbplatsen",
                 "placeholder": "Vad letar du efter?", "tiles_heading": "Populära sidor",
                 "tiles": [("Servicecenter", P(S, svc)), ("Lediga jobb", P(S, "naringsliv-och-arbete") + "#lediga-jobb"),
                           ("Skola och förskola", P(S, "barn-och-utbildning")), ("Sophämtning", P(S, "bygga-bo-och-miljo") + "#avfall"),
                           ("Bygglov", P(S, "bygga-bo-och-miljo") + "#bygglov"), ("Simhall", P(S, "kultur-och-fritid") + "#bad")]}
    S["sections"] = [{"kind": "news", "heading": "Nyheter", "items": news, "more": ("Alla nyheter", P(S, "nyheter"))},
                     {"kind": "tiles", "heading": "Vanliga e-tjänster", "items": eservice_tiles(S), "more": ("Alla e-tjänster", P(S, "e-tjanster"))}]
    S["footer_cols"] = std_footer(S, "Servicecenter", [f"Telefon {tel('0980-319 200')}", mail("servicecenter@lindfors.se"), "Telefontid vardagar 8.00–16.30",
                                                       "Besök: Kommunhuset, Järnvägsgatan 7"])
    add_page(S, svc, "Servicecenter", "Servicecenter", (
        "<p>Välkommen till Servicecenter!</p><p>Har du frågor om kommunen eller kommunens service är du alltid välkommen att höra av dig till oss. "
        "Vi finns här för dig och gör vårt bästa för att du ska bli nöjd.</p>"
        "<h2>Kontakta oss</h2>"
        f"<p>Telefon: {tel('0980-319 200')}</p><p>E-post: {mail('servicecenter@lindfors.se')}</p>"
        "<p>Telefontid: vardagar 8.00–16.30</p><p>Besöksadress: Kommunhuset, Järnvägsgatan 7</p>"
        "<h2>Organisation</h2><p>Servicecenter är en del av kommunledningsförvaltningen. "
        f'Läs mer på sidan <a href="{P(S, "kommun-och-politik/organisation")}">Organisation</a>.</p>'), updated="2025-04-09")
    org_page(S, org_body(S, [("Kommunledningsförvaltningen", "Kommundirektör Anders Sjö", "0980-319 201"),
                             ("Utbildningsförvaltningen", "Förvaltningschef Lotta Berg", "0980-319 210"),
                             ("Socialförvaltningen", "Förvaltningschef Hassan Ali", "0980-319 220"),
                             ("Samhällsbyggnadsförvaltningen", "Förvaltningschef Ulla Nyström", "0980-319 230")],
                         extra="<h2>Enheter inom kommunledningsförvaltningen</h2><table class=\"org-table\"><thead><tr><th scope=\"col\">Enhet</th><th scope=\"col\">Roll</th>"
                               "<th scope=\"col\">Namn</th><th scope=\"col\">Telefon</th></tr></thead><tbody>"
                               "<tr><td>Servicecenter</td><td>Enhetschef</td><td>Jonas Berg</td><td>0980-319 205</td></tr>"
                               "<tr><td>Kommunikation</td><td>Kommunikationschef</td><td>Emma Friberg</td><td>0980-319 206</td></tr>"
                               "<tr><td>HR</td><td>HR-chef</td><td>Rikard Sand</td><td>0980-319 207</td></tr>"
                               "<tr><td>Ekonomi</td><td>Ekonomichef</td><td>Birgitta Olsson</td><td>0980-319 208</td></tr></tbody></table>"))
    return S


def vasterlunda() -> dict:
    S = base_site(kod="9351", kommun="Västerlunda", org="Västerlunda kommun", lan_kod="19", lan="Västmanlands län", lan_en="Västmanland County",
                  family="next", style="noslash", vaxel="08-465 004 10", vaxel_int="+46 8 465 004 10", email="kommun@vasterlunda.se",
                  street="Kyrkogatan 3", postcode="999 71", orgnr="212000-1351", search=("/sok", "q"), lang_slug="languages",
                  bolag="Västerlunda Stadshus AB är moderbolag för Västerlundabostäder AB och Västerlunda Energi AB.",
                  next_settings={"contactUnit": "Medborgarservice", "contactPhone": "08-465 004 20", "chatEnabled": False})
    svc = "kommun-och-politik/medborgarservice"
    area_defs(S, [area("barn"), area("omsorg"), area("bygga"), area("trafik"), area("kultur", "Uppleva och göra"), area("naring", "Företag och arbete"),
                  kommun_area([("Medborgarservice", svc)])])
    group(S, "kommun-och-politik", [("Styrning och organisation", ["Organisation", "Politik och nämnder", "Ekonomi och budget"]),
                                    ("Kontakt och service", ["Medborgarservice", "Synpunkter och klagomål", "Allmänna handlingar"])])
    S["topbar"] = std_topbar(S, [{"text": "Kontakt", "href": P(S, "kontakt")}], lang_text="Languages")
    S["redirects"] = {P(S, "kontakt"): [P(S, "kontakta-oss"), 301]}
    news = news_pages(S, [
        ("medborgarservice-medborgarhuset", "Medborgarservice har flyttat till Medborgarhuset", "2025-09-29", "Nu finns vi på Kyrkogatan 3.",
         "<p>Medborgarservice har flyttat från stadshuset till nya lokaler i Medborgarhuset på Kyrkogatan 3. Öppettiderna är desamma som tidigare.</p>"
         f'<p><a href="{P(S, svc)}">Till sidan Medborgarservice</a></p>'),
        ("budget-2026", "Budget för 2026 är antagen", "2025-09-18", "Mer pengar till skolan och äldreomsorgen.",
         "<p>Kommunfullmäktige antog budgeten för 2026 på måndagens sammanträde. Skattesatsen är oförändrad.</p>"),
        ("forskola-lundby", "Ny förskola i Lundby invigd", "2025-09-04", "Tolv avdelningar och en stor gård.",
         "<p>Lundby förskola tar emot 200 barn och är byggd i trä. Gården har en odlingslott och en skogsdunge.</p>"),
    ])
    S["hero"] = {"h1": "Västerlunda kommun", "lead": "Här finns information om kommunens service, nyheter och e-tjänster.", "label": "Vad vill du veta?",
                 "placeholder": "Sök på vasterlunda.se"}
    S["sections"] = [
        {"kind": "tiles", "heading": "Populära sidor", "items": [("Lediga jobb", P(S, "naringsliv-och-arbete") + "#lediga-jobb"),
                                                                  ("Förskola", P(S, "barn-och-utbildning") + "#forskola"),
                                                                  ("Avfall och återvinning", P(S, "bygga-bo-och-miljo") + "#avfall"),
                                                                  ("Bygglov", P(S, "bygga-bo-och-miljo") + "#bygglov"),
                                                                  ("Parkering", P(S, "trafik-och-infrastruktur") + "#parkering"),
                                                                  ("Kontakta oss", P(S, "kontakta-oss"))]},
        {"kind": "news", "heading": "Nyheter", "items": news, "more": ("Fler nyheter", P(S, "nyheter"))},
        {"kind": "tiles", "heading": "Vanliga e-tjänster", "items": eservice_tiles(S)}]
    S["footer_cols"] = std_footer(S, "Medborgarservice", [f"Telefon {tel('08-465 004 20')}", mail("medborgarservice@vasterlunda.se"), "Öppet vardagar 8–17",
                                                          "Medborgarhuset, Kyrkogatan 3"])
    add_page(S, "kontakta-oss", "Kontakta oss", "Kontakta oss", (
        "<p class=\"preamble\">Välj det som passar ditt ärende bäst.</p>"
        f'<ul class="Cards_list__h8Jj1"><li><a href="{P(S, svc)}"><strong>Medborgarservice</strong> Frågor till kommunen</a></li>'
        f'<li><a href="{P(S, "kommun-och-politik")}#synpunkter"><strong>Synpunkter och klagomål</strong> Tyck till</a></li>'
        f'<li><a href="{P(S, "kommun-och-politik")}#handlingar"><strong>Registrator</strong> Allmänna handlingar</a></li>'
        f'<li><a href="{P(S, "kommun-och-politik/organisation")}"><strong>Förvaltningar</strong> Hitta rätt förvaltning</a></li></ul>'
        "<h2>Växel</h2><p>Kommunens växel: 08-465 004 10.</p>"), updated="2025-02-17")
    add_page(S, svc, "Medborgarservice", "Medborgarservice", (
        "<p class=\"preamble\">Medborgarservice är kommunens gemensamma kontaktväg för invånare, företagare och besökare.</p>"
        "<p>Våra kommunvägledare svarar på frågor om bland annat:</p><ul><li>förskola, skola och skolskjuts</li><li>bygglov, tomter och detaljplaner</li>"
        "<li>avfall, återvinning och vattenavgifter</li><li>parkering, gator och felanmälan</li><li>bostadsanpassning och färdtjänst</li><li>föreningsbidrag och lokalbokning</li></ul>"
        "<h2>Kontakta Medborgarservice</h2>"
        f"<p>Telefon: {tel('08-465 004 20')}<br>E-post: {mail('medborgarservice@vasterlunda.se')}<br>Besöksadress: Medborgarhuset, Kyrkogatan 3</p>"
        "<h3>Öppettider</h3><ul><li>Måndag–torsdag 8.00–17.00</li><li>Fredag 8.00–16.00</li></ul>"
        "<h2>Om Medborgarservice</h2><p>Medborgarservice består av nio kommunvägledare som arbetar i telefon, via e-post och i receptionen.</p>"
        "<p class=\"Page_owner__k1Zz0\">Sidansvarig: Petra Nord, kommunikatör</p>"),
        crumbs=[("Kommun och politik", P(S, "kommun-och-politik"))], updated="2025-09-29",
        next_blocks=[{"type": "richText", "unit": "Medborgarservice"}])
    org_page(S, org_body(S, [("Kommunledningskontoret", "Kommundirektör Henrik Malm", "08-465 004 11"),
                             ("Barn- och utbildningsförvaltningen", "Förvaltningschef Åsa Grön", "08-465 004 12"),
                             ("Socialförvaltningen", "Förvaltningschef Daniel Roos", "08-465 004 13"),
                             ("Tekniska förvaltningen", "Förvaltningschef Mona Kvist", "08-465 004 14")]))
    return S


def almsta() -> dict:
    S = base_site(kod="9352", kommun="Almsta", org="Almsta kommun", lan_kod="04", lan="Södermanlands län", lan_en="Södermanland County",
                  family="ds-dialog", style="slash", prefix="/sv", home="/sv/", vaxel="040-628 04 50", vaxel_int="+46 40 628 04 50",
                  email="kontaktcenter@almsta.se", street="Rådhusgatan 9", postcode="999 22", orgnr="212000-1352", search=("/sv/sok/", "q"),
                  lang_slug="languages", bolag="AB Almstabostäder och Almsta Vatten och Avfall AB ägs av kommunen.")
    S["redirects"] = {"/": ["/sv/", 302]}
    svc = "kontaktcenter-almsta"
    area_defs(S, [area("barn", "Förskola och skola"), area("omsorg", "Stöd och omsorg"), area("bygga"), area("trafik", "Gator och trafik"),
                  area("kultur"), area("naring", "Jobb och företagande"), kommun_area([("Kontaktcenter Almsta", svc)]), area("uppleva", "Besöka Almsta")])
    S["topbar"] = std_topbar(S, lang_text="Languages")
    news = news_pages(S, [
        ("nya-bostader", "Almsta växer – 1 200 nya bostäder planeras", "2025-10-03", "Kommunstyrelsen har gett klartecken för planarbetet i Södra staden.",
         "<p>Planarbetet för Södra staden startar i januari. Området ska få bostäder, två förskolor, en skola och ett nytt torg.</p>"),
        ("skolval-2026", "Skolval 2026: så ansöker du", "2025-09-25", "Skolvalet öppnar den 7 januari.",
         "<p>Vårdnadshavare till barn som ska börja förskoleklass eller årskurs 7 får information med post i december.</p>"),
        ("laddstolpar", "Nya laddstolpar vid pendelparkeringen", "2025-09-11", "Tjugo nya laddplatser för elbilar.",
         "<p>Laddplatserna vid pendelparkeringen vid stationen är öppna för alla. Du betalar i appen.</p>"),
    ])
    box = ('<aside class="ds-hero__contact" aria-labelledby="hero-kc"><h2 id="hero-kc" class="ds-heading ds-heading--m">Kontaktcenter Almsta</h2>'
           f"<p>Vi svarar på dina frågor vardagar 7.30–17.00.</p><p class=\"ds-hero__phone\">{tel('040-628 04 50')}</p>"
           f'<a class="ds-link ds-link--arrow" href="{P(S, svc)}">Mer om Kontaktcenter Almsta</a></aside>')
    S["hero"] = {"h1": "Välkommen till Almsta kommun", "lead": "Information, e-tjänster och nyheter för dig som bor och verkar i Almsta.", "label": "Vad letar du efter?",
                 "placeholder": "Sök på almsta.se", "box": box, "tiles_heading": "Populära sidor",
                 "tiles": [("Lediga jobb", P(S, "naringsliv-och-arbete") + "#lediga-jobb"), ("Förskola", P(S, "barn-och-utbildning") + "#forskola"),
                           ("Sophämtning", P(S, "bygga-bo-och-miljo") + "#avfall"), ("Bygglov", P(S, "bygga-bo-och-miljo") + "#bygglov"),
                           ("Parkering", P(S, "trafik-och-infrastruktur") + "#parkering"), ("Bibliotek", P(S, "kultur-och-fritid") + "#bibliotek")]}
    S["sections"] = [{"kind": "news", "heading": "Nyheter", "items": news, "more": ("Alla nyheter", P(S, "nyheter"))},
                     {"kind": "tiles", "heading": "Vanliga e-tjänster", "items": eservice_tiles(S), "more": ("Alla e-tjänster", P(S, "e-tjanster"))}]
    S["footer_cols"] = std_footer(S, "Kontaktcenter Almsta", [f"Telefon {tel('040-628 04 50')}", f"E-post {mail('kontaktcenter@almsta.se')}",
                                                              "Telefontid vardagar 7.30–17.00", "Besök: Rådhuset, Rådhusgatan 9"])
    add_page(S, svc, "Kontaktcenter Almsta", "Kontaktcenter Almsta", (
        "<p class=\"ds-lead\">Kontaktcenter Almsta är kommunens gemensamma ingång för invånare, företag och besökare.</p>"
        "<p>Vi svarar på frågor om det mesta som kommunen ansvarar för, till exempel förskola och skola, bygglov, sophämtning, vatten och avlopp, gator och parkering. "
        "Kan vi inte svara direkt ser vi till att rätt handläggare kontaktar dig.</p>"
        "<p>I kontaktcentret arbetar tolv kommunvägledare med bred kunskap om kommunens verksamheter.</p>"
        f"<h2>Ring oss</h2><p>Du når oss på {tel('040-628 04 50')}.</p>"), crumbs=[], updated="2025-06-02")
    org_page(S, org_body(S, [("Kommunstyrelsens förvaltning", "Kommundirektör Kristina Hed", "040-628 04 51"),
                             ("Utbildningsförvaltningen", "Förvaltningschef Gustav Alm", "040-628 04 52"),
                             ("Omsorgsförvaltningen", "Förvaltningschef Rebecka Moen", "040-628 04 53"),
                             ("Samhällsbyggnadsförvaltningen", "Förvaltningschef Jussi Koski", "040-628 04 54")]))
    return S


def granhamn() -> dict:
    S = base_site(kod="9353", kommun="Granhamn", org="Granhamns stad", lan_kod="14", lan="Västra Götalands län", lan_en="Västra Götaland County",
                  family="bootstrap5", style="slash", vaxel="031-390 06 40", vaxel_int="+46 31 390 06 40", email="stad@granhamn.se",
                  street="Hamngatan 2", postcode="999 41", orgnr="212000-1353", search=("/sok/", "query"),
                  bolag="Granhamns Stadshus AB äger bland annat Granhamnshem AB, Granhamn Energi AB och Granhamns Hamn AB.")
    svc = "kontakta-oss/kontaktcenter-granhamn"
    area_defs(S, [area("barn", "Förskola och utbildning"), area("omsorg", "Omsorg och hjälp"), area("bygga", "Bygga och bo"), area("trafik", "Trafik och stadsmiljö"),
                  area("kultur"), area("naring", "Näringsliv"), kommun_area([]), area("uppleva", "Uppleva Granhamn")])
    S["topbar"] = std_topbar(S, [{"text": "Kontakta oss", "href": P(S, "kontakta-oss")}])
    news = news_pages(S, [
        ("ny-simhall", "Granhamn får en ny simhall 2027", "2025-10-08", "Byggstart i vår vid Västra Kajen.",
         "<p>Kommunfullmäktige har beslutat att bygga en ny simhall med 50-metersbassäng. Den gamla simhallen är öppen tills den nya står klar.</p>"),
        ("linjenat", "Stadsbussarna får nytt linjenät", "2025-09-29", "Ändringarna gäller från den 14 december.",
         "<p>Linje 2 och 5 slås ihop och det blir tätare turer till sjukhuset. Se den nya linjekartan på kollektivtrafikbolagets webbplats.</p>"),
        ("skola-vastra-kajen", "Klart för ny skola vid Västra Kajen", "2025-09-16", "F–6-skola för 500 elever.",
         "<p>Skolan byggs tillsammans med en idrottshall som också kan bokas av föreningar på kvällar och helger.</p>"),
    ])
    S["hero"] = {"h1": "Välkommen till Granhamns stad", "lead": "Sök bland stadens information och e-tjänster.", "label": "Sök på granhamn.se",
                 "placeholder": "Vad letar du efter?", "tiles_heading": "Populära sidor",
                 "tiles": [("Lediga jobb", P(S, "naringsliv-och-arbete") + "#lediga-jobb"), ("Förskola", P(S, "barn-och-utbildning") + "#forskola"),
                           ("Sophämtning", P(S, "bygga-bo-och-miljo") + "#avfall"), ("Bygglov", P(S, "bygga-bo-och-miljo") + "#bygglov"),
                           ("Parkering", P(S, "trafik-och-infrastruktur") + "#parkering"), ("Kontakta oss", P(S, "kontakta-oss"))]}
    S["sections"] = [{"kind": "news", "heading": "Nyheter", "items": news, "more": ("Fler nyheter", P(S, "nyheter"))},
                     {"kind": "tiles", "heading": "Vanliga e-tjänster", "items": eservice_tiles(S)}]
    S["footer_cols"] = std_footer(S, "Kontakt", ["Granhamns stad", "Hamngatan 2, 999 41 Granhamn", f"Växel {tel('031-390 06 40')}", mail("stad@granhamn.se")])
    add_page(S, "kontakta-oss", "Kontakta oss", "Kontakta oss", (
        "<p class=\"lead\">Hur kan vi hjälpa dig? Välj den kontaktväg som passar ditt ärende.</p><div class=\"row g-3\">"
        f'<div class="col-md-6"><div class="card card-body"><h2 class="h4"><a href="{P(S, svc)}">Kontaktcenter Granhamn</a></h2><p>Stadens gemensamma ingång för frågor.</p></div></div>'
        f'<div class="col-md-6"><div class="card card-body"><h2 class="h4"><a href="{P(S, "e-tjanster")}#felanmalan">Felanmälan</a></h2><p>Fel på gator, belysning och parker.</p></div></div>'
        f'<div class="col-md-6"><div class="card card-body"><h2 class="h4"><a href="{P(S, "kommun-och-politik")}#synpunkter">Synpunkter och klagomål</a></h2><p>Tyck till om stadens verksamheter.</p></div></div>'
        f'<div class="col-md-6"><div class="card card-body"><h2 class="h4"><a href="{P(S, "kommun-och-politik/organisation")}">Förvaltningar och bolag</a></h2><p>Hitta rätt förvaltning.</p></div></div>'
        "</div><h2 id=\"press\">Press</h2><p>Presstjänsten: 031-390 06 49.</p><h2>Växel</h2><p>Stadens växel 031-390 06 40.</p>"), updated="2025-03-03")
    add_page(S, svc, "Kontaktcenter Granhamn", "Kontaktcenter Granhamn", (
        "<p class=\"lead\">Kontaktcenter Granhamn är stadens gemensamma ingång för dig som har frågor till Granhamns stad.</p>"
        "<h2>Vi hjälper dig med</h2><p>Vi svarar på frågor om till exempel</p><ul><li>förskoleplats och skolval</li><li>bygglov och strandskydd</li>"
        "<li>avfall och återvinning</li><li>färdtjänst</li><li>parkering och felanmälan</li></ul>"
        "<h2>Kontakta oss</h2>"
        f"<p>Telefon: {tel('031-390 06 50')}<br>E-post: {mail('kontaktcenter@granhamn.se')}</p>"
        "<p>Chatta med oss vardagar 8–16.</p><p><button type=\"button\" class=\"btn btn-primary\">Starta chatt</button></p>"
        "<hr><p class=\"small\">Kontaktperson: Amir Haddad, kommunvägledare<br>Sidansvarig: Kommunikationsavdelningen</p>"),
        crumbs=[("Kontakta oss", P(S, "kontakta-oss"))], updated="2025-09-09")
    org_page(S, org_body(S, [("Stadsledningskontoret", "Stadsdirektör Fredrik Ask", "031-390 06 41"),
                             ("Utbildningsförvaltningen", "Förvaltningschef Camilla Hjort", "031-390 06 42"),
                             ("Vård- och omsorgsförvaltningen", "Förvaltningschef Ahmed Farah", "031-390 06 43"),
                             ("Stadsbyggnadsförvaltningen", "Förvaltningschef Linnea Strömberg", "031-390 06 44")]))
    return S


def ringvik() -> dict:
    S = base_site(kod="9354", kommun="Ringvik", org="Ringviks kommun", lan_kod="22", lan="Västernorrlands län", lan_en="Västernorrland County",
                  family="angular", style="noslash", vaxel="0980-319 240", vaxel_int="+46 980 319 240", email="kommun@ringvik.se",
                  street="Strandvägen 10", postcode="999 81", orgnr="212000-1354", search=("/sok", "q"), lang_slug="languages",
                  bolag="Ringvik Energi AB och Ringviksbostäder AB ägs av kommunen.")
    area_defs(S, [area("barn"), area("omsorg"), area("bygga", "Bo och bygga"), area("trafik", "Trafik och gator"), area("kultur"), area("naring"),
                  kommun_area([])])
    S["topbar"] = std_topbar(S, [{"text": "Kontakt", "href": P(S, "kontakt")}], lang_text="Languages")
    news = news_pages(S, [
        ("hamnplan", "Förslag till ny hamnplan presenteras", "2025-10-06", "Öppet hus i Kulturhuset den 21 oktober.",
         "<p>Förslaget visar hur hamnområdet kan utvecklas med bostäder, kajpromenad och ny gästhamn.</p>"),
        ("ishallen", "Ishallen öppnar för allmänhetens åkning", "2025-09-20", "Söndagar 13–15 är isen öppen för alla.",
         "<p>Skridskor kan lånas gratis i entrén. Hjälm rekommenderas för barn.</p>"),
        ("kundtjanst-sommartider", "Kundtjänst har nya telefontider i sommar", "2025-06-09", "Under sommaren svarar vi i telefon vardagar 9–15.",
         "<p>Under perioden 16 juni–15 augusti svarar Kundtjänst i telefon vardagar 9.00–15.00. Du kan också mejla oss på "
         f"{mail('kundtjanst@ringvik.se')}, så svarar vi inom två arbetsdagar.</p>"
         "<p>Från den 18 augusti gäller de vanliga telefontiderna igen. Vi önskar alla en skön sommar!</p>"),
    ])
    S["hero"] = {"h1": "Ringviks kommun", "lead": "Välkommen till Ringvik – staden vid havet.", "label": "Sök på ringvik.se", "placeholder": "Skriv ett sökord",
                 "tiles_heading": "Populära sidor",
                 "tiles": [("Lediga jobb", P(S, "naringsliv-och-arbete") + "#lediga-jobb"), ("Förskola", P(S, "barn-och-utbildning") + "#forskola"),
                           ("Avfall", P(S, "bygga-bo-och-miljo") + "#avfall"), ("Bygglov", P(S, "bygga-bo-och-miljo") + "#bygglov"),
                           ("Parkering", P(S, "trafik-och-infrastruktur") + "#parkering"), ("Bibliotek", P(S, "kultur-och-fritid") + "#bibliotek")]}
    S["sections"] = [{"kind": "tiles", "heading": "Vanliga e-tjänster", "items": eservice_tiles(S), "more": ("Alla e-tjänster", P(S, "e-tjanster"))},
                     {"kind": "news", "heading": "Nyheter", "items": news, "more": ("Nyhetsarkiv", P(S, "nyheter"))}]
    S["footer_cols"] = std_footer(S, "Kundtjänst", [f"Telefon {tel('0980-319 250')}", mail("kundtjanst@ringvik.se"), "Telefontid vardagar 8.00–16.00"])
    add_page(S, "kontakt", "Kontakt", "Kontakt", (
        "<h2>Växel</h2><p>Ringviks kommun, växel 0980-319 240. Postadress: Ringviks kommun, 999 81 Ringvik.</p>"
        "<h2>Registrator</h2><p>Handlingar till kommunen skickas till registrator@ringvik.se eller med post till kommunens postadress.</p>"
        "<h2>Press</h2><p>Presstjänsten nås på 0980-319 249.</p><h2>Fakturaadress</h2><p>Ringviks kommun, Fakturaskanning, Box 950, 999 81 Ringvik.</p>"
        f'<h2>Synpunkter</h2><p>Lämna synpunkter i <a href="{P(S, "e-tjanster")}#synpunkt">e-tjänsten</a>.</p>'), updated="2025-01-20")
    org_page(S, org_body(S, [("Kommunledningsförvaltningen", "Kommundirektör Sofia Lund", "0980-319 241"),
                             ("Utbildningsförvaltningen", "Förvaltningschef Erik Norén", "0980-319 242"),
                             ("Socialförvaltningen", "Förvaltningschef Pia Hallberg", "0980-319 243"),
                             ("Samhällsbyggnadsförvaltningen", "Förvaltningschef Jan Lööf", "0980-319 244")]))
    return S


def osterbacka() -> dict:
    S = base_site(kod="9355", kommun="Österbacka", org="Österbacka kommun", lan_kod="24", lan="Västerbottens län", lan_en="Västerbotten County",
                  family="liferay", style="noslash", prefix="/web/osterbacka", home="/", vaxel="0980-319 280", vaxel_int="+46 980 319 280",
                  email="kommun@osterbacka.se", street="Skolgatan 5", postcode="999 91", orgnr="212000-1355", search=("/web/osterbacka/sok", "q"),
                  lang_slug="languages", bolag="Österbacka Vatten AB och Österbackahem AB ägs av kommunen.")
    mbk = "kommun-och-politik/medborgarkontoret"
    scf = "naringsliv-och-arbete/servicecenter-for-foretag"
    kop_extra = (f'<h2>Besök kommunen</h2><p>Kommunhuset på Skolgatan 5 är öppet vardagar 8–16. I kulturhuset finns <a href="{P(S, mbk)}">Medborgarkontoret</a>.</p>')
    area_defs(S, [area("barn"), area("omsorg"), area("bygga"), area("trafik"), area("kultur"),
                  ("Näringsliv och arbete", "naringsliv-och-arbete", [("Servicecenter för företag", scf), "starta-foretag", "tillstand", "upphandling", "arbetsmarknad", "lediga-jobb"], ""),
                  kommun_area([], extra=kop_extra)])
    S["topbar"] = std_topbar(S, [{"text": "Servicecenter för företag", "href": P(S, scf)}], lang_text="Languages")
    news = news_pages(S, [
        ("statens-servicecenter", "Statens servicecenter öppnar kontor i Österbacka", "2025-10-02", "Från januari kan du få hjälp med Skatteverkets och Försäkringskassans tjänster här.",
         "<p>Statens servicecenter öppnar ett servicekontor i kulturhuset den 12 januari. Där kan du få hjälp med bland annat folkbokföring, id-kort och föräldrapenning.</p>"
         "<p>Statens servicecenter är en statlig myndighet och ingår inte i kommunens organisation.</p>"),
        ("cykelbro", "Ny gång- och cykelbro över älven", "2025-09-19", "Bron öppnar för trafik i november.",
         "<p>Den nya bron knyter ihop Norra och Södra Österbacka. Under byggtiden är strandpromenaden delvis avstängd.</p>"),
        ("snorojning", "Snöröjningen: så prioriterar vi", "2025-09-05", "Huvudgator och cykelvägar till skolor röjs först.",
         "<p>När det har snöat mer än åtta centimeter börjar plogningen. Villagator röjs inom två dygn efter snöfallets slut.</p>"),
    ])
    S["hero"] = {"h1": "Välkommen till Österbacka kommun", "lead": "Här hittar du information och e-tjänster.", "label": "Sök på webbplatsen",
                 "placeholder": "Vad letar du efter?", "tiles_heading": "Genvägar",
                 "tiles": [("Lediga jobb", P(S, "naringsliv-och-arbete") + "#lediga-jobb"), ("Förskola", P(S, "barn-och-utbildning") + "#forskola"),
                           ("Sophämtning", P(S, "bygga-bo-och-miljo") + "#avfall"), ("Bygglov", P(S, "bygga-bo-och-miljo") + "#bygglov"),
                           ("Snöröjning", P(S, "trafik-och-infrastruktur") + "#snorojning"), ("Bibliotek", P(S, "kultur-och-fritid") + "#bibliotek")]}
    S["sections"] = [{"kind": "news", "heading": "Nyheter", "items": news, "more": ("Alla nyheter", P(S, "nyheter"))},
                     {"kind": "tiles", "heading": "Vanliga e-tjänster", "items": eservice_tiles(S)}]
    S["footer_cols"] = std_footer(S, "Kontakt", ["Österbacka kommun", "Skolgatan 5, 999 91 Österbacka", f"Växel {tel('0980-319 280')}", mail("kommun@osterbacka.se")],
                                  org_items=["Österbacka Vatten AB – kundtjänst för VA och renhållning: 0980-319 290"])
    add_page(S, mbk, "Medborgarkontoret", "Medborgarkontoret", (
        "<p>Medborgarkontoret är kommunens ingång för dig som behöver hjälp och vägledning i kontakten med kommunen. Välkommen att höra av dig!</p>"
        f"<p>Telefon: {tel('0980-319 270')}</p>"), crumbs=[("Kommun och politik", P(S, "kommun-och-politik"))], updated="2024-11-12")
    add_page(S, scf, "Servicecenter för företag", "Servicecenter för företag", (
        "<p>Servicecenter för företag är kommunens samlade ingång för dig som driver eller vill starta företag i Österbacka. "
        "Vi hjälper dig med tillstånd, lokaler, upphandling och kontakter med andra myndigheter.</p>"
        f"<p>Telefon: {tel('0980-319 285')}<br>E-post: {mail('foretag@osterbacka.se')}<br>Vardagar 8.00–16.00</p>"
        "<p>Enhetschef för Servicecenter för företag: Lars Pihl</p>"),
        crumbs=[("Näringsliv och arbete", P(S, "naringsliv-och-arbete"))], updated="2025-08-19")
    org_page(S, org_body(S, [("Kommunledningsförvaltningen", "Kommundirektör Mats Vall", "0980-319 281"),
                             ("Barn- och utbildningsförvaltningen", "Förvaltningschef Hanna Stål", "0980-319 282"),
                             ("Socialförvaltningen", "Förvaltningschef Olle Rask", "0980-319 283"),
                             ("Samhällsbyggnadsförvaltningen", "Förvaltningschef Tiina Aho", "0980-319 284")],
                         extra="<h2>Näringslivsenheten</h2><p>Näringslivsenheten med Servicecenter för företag leds av enhetschef Lars Pihl.</p>"))
    return S


def kvarnby() -> dict:
    S = base_site(kod="9356", kommun="Kvarnby", org="Kvarnby kommun", lan_kod="07", lan="Kronobergs län", lan_en="Kronoberg County",
                  family="sveltekit", style="noslash", vaxel="040-628 04 80", vaxel_int="+46 40 628 04 80", email="kommun@kvarnby.se",
                  street="Kvarntorget 1", postcode="999 35", orgnr="212000-1356", search=("/sok", "q"), lang_slug="languages",
                  bolag="Kvarnbyhem AB och Kvarnby Energi AB ägs av kommunen.", chat="Chatta med oss",
                  jsonld_extra={"contactPoint": {"@type": "ContactPoint", "contactType": "Kundcenter", "telephone": "+46-40-628 04 80"}},
                  svelte_js="window.chatConfig={queue:'kontaktcenter',label:'Kontaktcenter',open:false};")
    area_defs(S, [area("barn"), area("omsorg"), area("bygga"), area("trafik"), area("kultur", "Fritid och kultur"), area("naring"), kommun_area([])])
    S["topbar"] = std_topbar(S, [{"text": "Kontakta oss", "href": P(S, "kontakta-oss")}], lang_text="Languages")
    news = news_pages(S, [
        ("kvarnbyhem-kundcenter", "Kvarnbyhem AB:s kundcenter flyttar till Kvarntorget", "2025-10-01", "Det kommunala bostadsbolaget samlar sin service i centrum.",
         "<p>Från den 3 november finns Kvarnbyhem AB:s kundcenter på Kvarntorget 6. Där kan hyresgäster göra felanmälan, hämta nycklar och få hjälp med bostadskön.</p>"),
        ("region-sjukresor", "Region Mittmarks kundtjänst för sjukresor får nytt nummer", "2025-09-17", "Regionen byter telefonnummer från den 1 oktober.",
         "<p>Region Mittmarks kundtjänst för sjukresor nås från den 1 oktober på ett nytt nummer. Kommunen ansvarar inte för sjukresor.</p>"),
        ("forskola-sodra", "Ny förskola i Södra Kvarnby", "2025-09-03", "Åtta avdelningar och öppettider anpassade för skiftarbetande.",
         "<p>Förskolan Vallmon öppnar i januari. Ansökan om plats görs i e-tjänsten.</p>"),
    ])
    S["hero"] = {"h1": "Kvarnby kommun", "lead": "Välkommen! Här hittar du information och e-tjänster.", "label": "Sök på kvarnby.se", "placeholder": "Vad letar du efter?",
                 "tiles_heading": "Populära sidor",
                 "tiles": [("Lediga jobb", P(S, "naringsliv-och-arbete") + "#lediga-jobb"), ("Förskola", P(S, "barn-och-utbildning") + "#forskola"),
                           ("Sophämtning", P(S, "bygga-bo-och-miljo") + "#avfall"), ("Bygglov", P(S, "bygga-bo-och-miljo") + "#bygglov"),
                           ("Felanmälan", P(S, "e-tjanster") + "#felanmalan"), ("Kontakta oss", P(S, "kontakta-oss"))]}
    S["sections"] = [{"kind": "news", "heading": "Nyheter", "items": news, "more": ("Alla nyheter", P(S, "nyheter"))},
                     {"kind": "tiles", "heading": "Vanliga e-tjänster", "items": eservice_tiles(S)}]
    S["footer_cols"] = std_footer(S, "Kontakta oss", [f"Växel {tel('040-628 04 80')}", mail("kommun@kvarnby.se"), "Växeln är öppen vardagar 8.00–16.30",
                                                      f'<a href="{P(S, "kontakta-oss")}">Fler kontaktvägar</a>'])
    S["front_comment"] = "<!-- Kontaktcenter: länk och ikon dolda tills verksamheten startar, se ärende WEB-2291 -->"
    add_page(S, "kontakta-oss", "Kontakta oss", "Kontakta oss", (
        "<p>Kommunens växel svarar vardagar 8.00–16.30 och kopplar dig vidare till rätt förvaltning eller handläggare.</p>"
        f"<p>Telefon: {tel('040-628 04 80')}<br>E-post: {mail('kommun@kvarnby.se')}<br>Postadress: Kvarnby kommun, 999 35 Kvarnby</p>"
        "<h2>Kommunala bolag</h2><ul><li><strong>Kvarnbyhem AB:s kundcenter</strong> – frågor om hyra, lägenheter och bostadskö, telefon 040-628 04 85</li>"
        "<li><strong>Kvarnby Energi AB:s kundservice</strong> – el, fjärrvärme och bredband, telefon 040-628 04 86</li></ul>"
        f'<h2>Synpunkter och felanmälan</h2><p>Använd e-tjänsterna <a href="{P(S, "e-tjanster")}#synpunkt">Lämna en synpunkt</a> och '
        f'<a href="{P(S, "e-tjanster")}#felanmalan">Felanmälan</a>.</p>'), updated="2025-05-05")
    org_page(S, org_body(S, [("Kommunledningsförvaltningen", "Kommundirektör Björn Alm", "040-628 04 81"),
                             ("Utbildningsförvaltningen", "Förvaltningschef Stina Öhrn", "040-628 04 82"),
                             ("Omsorgsförvaltningen", "Förvaltningschef Marko Vukić", "040-628 04 83"),
                             ("Tekniska förvaltningen", "Förvaltningschef Elin Ruud", "040-628 04 84")]))
    return S


BUILDERS = [sjovalla, norrhamra, ekestad, lindfors, vasterlunda, almsta, granhamn, ringvik, osterbacka, kvarnby]

SEARCH_HITS = {
    "9347": {"kontaktcenter": ["kommun-och-politik/kontaktcenter"]},
    "9348": {"norrhamra direkt": ["norrhamra-direkt"], "kontaktcenter": ["norrhamra-direkt"]},
    "9349": {"kundcenter": ["kommun-och-politik/kundcenter", "nyheter/kundcenter-langre-telefontider"]},
    "9350": {"servicecenter": ["servicecenter"]},
    "9351": {"medborgarservice": ["kommun-och-politik/medborgarservice", "nyheter/medborgarservice-medborgarhuset"]},
    "9352": {"kontaktcenter": ["kontaktcenter-almsta"], "kontaktcenter almsta": ["kontaktcenter-almsta"]},
    "9353": {"kontaktcenter": ["kontakta-oss/kontaktcenter-granhamn"], "kontaktcenter granhamn": ["kontakta-oss/kontaktcenter-granhamn"]},
    "9354": {"kundtjänst": ["nyheter/kundtjanst-sommartider"]},
    "9355": {"medborgarkontoret": ["kommun-och-politik/medborgarkontoret"], "medborgarkontor": ["kommun-och-politik/medborgarkontoret"],
             "servicecenter": ["naringsliv-och-arbete/servicecenter-for-foretag", "nyheter/statens-servicecenter"]},
    "9356": {"kundcenter": ["nyheter/kvarnbyhem-kundcenter", "kontakta-oss"]},
}

ROBOTS = {
    "sitevision": "User-agent: *\nDisallow: /sitevision/\nDisallow: /edit/\n",
    "municipio": "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n",
    "optimizely": "User-agent: *\nDisallow: /episerver/\nDisallow: /util/\n",
    "drupal": "User-agent: *\nDisallow: /admin/\nDisallow: /user/\nDisallow: /node/add/\n",
    "next": "User-agent: *\nDisallow: /api/\n",
    "ds-dialog": "User-agent: *\nDisallow: /cms/\n",
    "bootstrap5": "User-agent: *\nDisallow: /umbraco/\n",
    "angular": "User-agent: *\nDisallow: /api/\n",
    "liferay": "User-agent: *\nDisallow: /c/\nDisallow: /group/\n",
    "sveltekit": "User-agent: *\nDisallow: /admin\n",
}


def front_page(S: dict) -> dict:
    return {"path": S["home"], "slug": "", "title": f"Startsida - {S['org']}" if S["family"] != "drupal" else S["org"], "h1": S["hero"]["h1"],
            "body": "", "crumbs": [], "front": True}


def build() -> None:
    render_all = {}
    for b in BUILDERS:
        S = b()
        S["pages"] = {S["home"]: front_page(S), **S["pages"]}
        area_pages(S)
        eservice_page(S)
        std_pages(S)
        d = SITES_DIR / S["kod"]
        d.mkdir(parents=True, exist_ok=True)
        for old in d.glob("*.html"):
            old.unlink()
        render = FAMILIES[S["family"]]
        manifest_pages = {}
        for path, pg in S["pages"].items():
            fn = fname(pg["slug"])
            html = render(S, pg)
            if pg.get("front") and S.get("front_comment"):
                html = html.replace("<main", S["front_comment"] + "\n<main", 1)
            (d / fn).write_text(html, encoding="utf-8")
            manifest_pages[path] = fn
        (d / "sok.html").write_text(render(S, search_template(S)), encoding="utf-8")
        if S["search"][0] == "/" and "/" not in manifest_pages:
            raise SystemExit("search at / needs a front page")
        hits = {w: [P(S, s) for s in slugs] for w, slugs in SEARCH_HITS[S["kod"]].items()}
        for w, paths in hits.items():
            for p in paths:
                assert p in manifest_pages, (S["kod"], w, p)
        m = {"kommunkod": S["kod"], "kommun": S["kommun"], "lan_kod": S["lan_kod"], "lan": S["lan"], "family": S["family"],
             "pages": manifest_pages, "redirects": S["redirects"],
             "robots": ROBOTS[S["family"]] + "Sitemap: __ORIGIN__/sitemap.xml\n",
             "sitemap": list(manifest_pages),
             "search": {"path": S["search"][0], "param": S["search"][1], "hits": hits, "template": "sok.html"},
             "front_status": None}
        (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        render_all[S["kod"]] = len(manifest_pages)
    for k, n in render_all.items():
        print(k, n, "pages")


if __name__ == "__main__":
    build()
