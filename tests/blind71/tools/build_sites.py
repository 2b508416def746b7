"""Typing aid that wrote tests/blind71/sites/ (the written files are the corpus; labels are not generated).

    python3 tests/blind71/tools/build_sites.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from chrome import esc, render  # noqa: E402

OUT = HERE.parent / "sites"

MENU_STD = [
    ("Barn och utbildning", ["Förskola", "Grundskola", "Gymnasieskola", "Vuxenutbildning", "Skolskjuts", "Avgifter och regler"]),
    ("Omsorg och stöd", ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Ekonomiskt bistånd", "Stöd till anhöriga", "Färdtjänst"]),
    ("Bo, bygga och miljö", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa", "Detaljplaner", "Energirådgivning"]),
    ("Trafik och infrastruktur", ["Gator och vägar", "Parkering", "Snöröjning", "Kollektivtrafik", "Felanmälan"]),
    ("Kultur och fritid", ["Bibliotek", "Idrott och motion", "Föreningsliv", "Evenemang", "Simhall", "Kulturskola"]),
    ("Näringsliv och arbete", ["Starta företag", "Upphandling", "Lediga jobb", "Tillstånd för företag", "Mark och lokaler"]),
    ("Kommun och politik", ["Politik och beslut", "Kommunens organisation", "Ekonomi och budget", "Överklaga beslut", "Kommunfakta", "Allmänna handlingar"]),
]

ESERV = ["Ansök om förskoleplats", "Felanmälan gata och park", "Ansök om bygglov", "Boka lokal", "Ansök om parkeringstillstånd", "Beställ tömning av slam"]


def links_for(fam: str) -> dict:
    if fam == "sitevision":
        return {"tillg": "/om-webbplatsen/tillganglighetsredogorelse.html", "kakor": "/om-webbplatsen/kakor.html",
                "pers": "/om-webbplatsen/personuppgifter.html", "press": "/press.html",
                "social": "/nyheter/prenumerera.html", "social2": "/om-webbplatsen/sociala-medier.html"}
    if fam == "table":
        return {"tillg": "/tillganglighet.asp", "kakor": "/kakor.asp", "pers": "/personuppgifter.asp", "press": "/press.asp",
                "social": "/prenumerera.asp", "social2": "/sociala-medier.asp"}
    return {"tillg": "/om-webbplatsen/tillganglighetsredogorelse/", "kakor": "/om-webbplatsen/kakor/",
            "pers": "/om-webbplatsen/personuppgifter/", "press": "/press/",
            "social": "/nyheter/prenumerera/", "social2": "/om-webbplatsen/sociala-medier/"}


def common_topbar(extra: list, fam: str) -> list:
    ext = ".html" if fam == "sitevision" else (".asp" if fam == "table" else "/")
    base = [("Lyssna", "/lyssna" + ext, {}), ("Lättläst", "/lattlast" + ext, {}),
            ("Teckenspråk", "/teckensprak" + ext, {}), ("Other languages", "/other-languages" + ext, {"lang": "en"})]
    return base + extra


def card(title, text, href) -> str:
    return f'<li class="card"><a href="{esc(href)}"><h3>{esc(title)}</h3><p>{esc(text)}</p></a></li>'


def front_body(S, hero_title, hero_text, cards, news, extra_top="", drift=None, events=None) -> str:
    """Front page content: hero with cards, driftinfo, news, e-services, events, jobs, A-Ö."""
    cards_html = "".join(card(*c) for c in cards)
    drift = drift or ("Planerat avbrott i vattenleveransen", "Tisdag 8 december kl. 9-13 är vattnet avstängt på delar av Skolgatan.")
    news_html = "".join(f'<li class="news-teaser"><a href="{esc(p)}"><h3>{esc(h)}</h3></a><time>{d}</time><p>{esc(t)}</p></li>'
                        for p, h, d, t, _ in news[:3])
    es = "".join(f'<li><a href="{S["eserv_base"]}{i + 1}">{esc(e)}</a></li>' for i, e in enumerate(ESERV))
    events = events or [("12 dec", "Luciakonsert i kyrkan"), ("15 dec", "Kommunfullmäktige sammanträder"), ("19 dec", "Julmarknad på torget")]
    ev = "".join(f'<li><a href="{S["event_base"]}{i + 1}"><span class="date">{d}</span> {esc(t)}</a></li>' for i, (d, t) in enumerate(events))
    ao = " ".join(f'<a href="{S["ao_base"]}{c.lower()}">{c}</a>' for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ")
    return f"""<section class="hero">
<h1>{esc(hero_title)}</h1>
<p>{esc(hero_text)}</p>
<ul class="shortcuts">{cards_html}</ul>
{extra_top}
</section>
<section class="driftinfo" aria-label="Driftinformation">
<h2>Driftinformation</h2>
<p><strong>{esc(drift[0])}</strong> {esc(drift[1])}</p>
</section>
<section class="news">
<h2>Nyheter</h2>
<ul>{news_html}</ul>
<p><a href="{S["news_list"]}">Alla nyheter</a></p>
</section>
<section class="eservices">
<h2>Populära e-tjänster</h2>
<ul>{es}</ul>
<p><a href="{S["eserv_base"]}alla">Alla e-tjänster</a></p>
</section>
<section class="events">
<h2>Evenemang</h2>
<ul>{ev}</ul>
</section>
<section class="jobs">
<h2>Jobba hos oss</h2>
<p>{esc(S["site_name"])} är en av de största arbetsgivarna i kommunen. <a href="{S["jobs"]}">Se lediga jobb</a></p>
</section>
<section class="a-o">
<h2>A-Ö</h2>
<p>{ao}</p>
</section>
"""


def jsonld(S) -> str:
    f = S["footer"]
    return ('<script type="application/ld+json">' + json.dumps({
        "@context": "https://schema.org", "@type": "GovernmentOrganization", "name": S["site_name"],
        "url": "__ORIGIN__/", "telephone": f["tel"], "email": f["mail"],
        "address": {"@type": "PostalAddress", "streetAddress": f["visit"].split(",")[0], "addressCountry": "SE"}},
        ensure_ascii=False) + "</script>")


def news_list_body(S, news) -> str:
    items = "".join(f'<li><a href="{esc(p)}"><h2>{esc(h)}</h2></a><time>{d}</time><p>{esc(t)}</p></li>' for p, h, d, t, _ in news)
    return f'<nav class="breadcrumb" aria-label="Brödsmulor"><a href="/">Startsida</a> / Nyheter</nav>\n<h1>Nyheter</h1>\n<ul class="news-list">{items}</ul>'


def news_item_body(S, h, d, body) -> str:
    return (f'<nav class="breadcrumb" aria-label="Brödsmulor"><a href="/">Startsida</a> / <a href="{S["news_list"]}">Nyheter</a></nav>\n'
            f'<article><h1>{esc(h)}</h1><p class="meta">Publicerad {d}</p>\n{body}\n</article>')


def tillg_body(S) -> str:
    return f"""<h1>Tillgänglighetsredogörelse</h1>
<p>{esc(S["site_name"])} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda webbplatsen. Det här dokumentet beskriver hur {esc(S["kommun"])}.se uppfyller lagen om tillgänglighet till digital offentlig service, eventuella kända tillgänglighetsproblem och hur du kan rapportera brister till oss så att vi kan åtgärda dem.</p>
<h2>Hur tillgänglig är webbplatsen?</h2>
<p>Vi vet att delar av webbplatsen inte är helt tillgängliga. Se avsnittet om innehåll som inte är tillgängligt nedan.</p>
<ul><li>Vissa äldre PDF-dokument är inte tillgänglighetsanpassade.</li><li>Några filmer saknar textning.</li><li>Kartor i detaljplanerna kan inte läsas med skärmläsare.</li></ul>
<h2>Vad kan du göra om du inte kan använda delar av webbplatsen?</h2>
<p>Om du behöver innehåll från webbplatsen som inte är tillgängligt för dig kan du kontakta oss på {esc(S["footer"]["mail"])}.</p>
<h2>Rapportera brister</h2>
<p>Vi strävar hela tiden efter att förbättra webbplatsens tillgänglighet. Om du upptäcker problem som inte är beskrivna på den här sidan, meddela oss så att vi vet att problemet finns.</p>
<h2>Tillsyn</h2>
<p>Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn för lagen om tillgänglighet till digital offentlig service.</p>
<h2>Hur vi testat webbplatsen</h2>
<p>Vi har gjort en självskattning av webbplatsen. Senaste bedömningen gjordes den 2 oktober 2026. Redogörelsen uppdaterades senast den 14 oktober 2026.</p>"""


def kakor_body(S) -> str:
    return f"""<h1>Om kakor</h1>
<p>På {esc(S["kommun"])}.se använder vi kakor (cookies). En kaka är en liten textfil som lagras i din webbläsare.</p>
<h2>Nödvändiga kakor</h2><p>De här kakorna behövs för att webbplatsen ska fungera, till exempel för att komma ihåg ditt val i kakrutan.</p>
<h2>Kakor för statistik</h2><p>Vi använder ett statistikverktyg som lagrar data inom EU. Statistiken används för att förbättra webbplatsen.</p>
<h2>Så undviker du kakor</h2><p>Du kan ställa in din webbläsare så att den inte tar emot kakor. Då kan vissa funktioner sluta fungera.</p>"""


def search_tpl_body(S) -> str:
    return '<h1>Sökresultat</h1>\n<div class="search-results"><!--SEARCH_RESULTS--></div>'


def contact_table(rows) -> str:
    return "<table class=\"hours\"><tbody>" + "".join(f"<tr><th scope=\"row\">{a}</th><td>{b}</td></tr>" for a, b in rows) + "</tbody></table>"


HOURS_STD = [("Måndag–torsdag", "8.00–16.30"), ("Fredag", "8.00–15.00"), ("Lunchstängt", "12.00–13.00")]


# ======================================================================================== sites
def base_site(code, kommun, genitive, lan_kod, lan, family, domain, tel, tel_href, post, visit, orgnr, **kw):
    S = {"kommunkod": code, "kommun": kommun, "genitive": genitive, "lan_kod": lan_kod, "lan": lan, "family": family,
         "site_name": f"{genitive} kommun", "domain": domain,
         "description": f"Officiell webbplats för {genitive} kommun. Information om kommunens service, politik och verksamheter.",
         "footer": {"post": post, "visit": visit, "tel": tel, "tel_href": tel_href, "mail": f"kommun@{domain}", "orgnr": orgnr,
                    "extra": []},
         "links": links_for(family), "menu": MENU_STD, "pages": {}, "redirects": {}}
    ext = ".html" if family == "sitevision" else (".asp" if family == "table" else "/")
    S["news_list"] = "/nyheter" + ext
    S["jobs"] = "/lediga-jobb" + ext
    S["eserv_base"] = "/e-tjanster/?tjanst="
    S["event_base"] = "/evenemang/?id="
    S["ao_base"] = "/a-o" + ext + "?bokstav="
    S.update(kw)
    return S


def add(S, path, file, title, body, front=False):
    S["pages"][path] = file
    S.setdefault("_bodies", {})[file] = (path, title, body, front)


def std_pages(S, news, suffix):
    """news list, news items, tillgänglighet, kakor, search template."""
    fam = S["family"]
    ext = ".html" if fam == "sitevision" else (".asp" if fam == "table" else "/")
    add(S, S["news_list"], "nyheter.html", f"Nyheter{suffix}", news_list_body(S, news))
    for i, (p, h, d, _t, body) in enumerate(news):
        add(S, p, f"nyhet{i + 1}.html", f"{h}{suffix}", news_item_body(S, h, d, body))
    add(S, S["links"]["tillg"], "tillganglighet.html", f"Tillgänglighetsredogörelse{suffix}", tillg_body(S))
    add(S, S["links"]["kakor"], "kakor.html", f"Om kakor{suffix}", kakor_body(S))
    S["_bodies"]["sok.html"] = (S["search"]["path"], f"Sök{suffix}", search_tpl_body(S), False)
    _ = ext


def write(S):
    d = OUT / S["kommunkod"]
    d.mkdir(parents=True, exist_ok=True)
    for old in d.iterdir():
        old.unlink()
    cs = S.get("charset", "utf-8")
    for file, (path, title, body, front) in S["_bodies"].items():
        html_text = render(S, path, title, body)
        if front:
            html_text = html_text.replace("</head>", jsonld(S) + "\n</head>", 1)
        (d / file).write_bytes(html_text.encode(cs, errors="xmlcharrefreplace"))
    pages = {}
    for p, f in S["pages"].items():
        pages[p] = {"file": f, "content_type": f"text/html; charset={cs}"} if cs != "utf-8" else f
    m = {"kommunkod": S["kommunkod"], "kommun": S["kommun"], "lan_kod": S["lan_kod"], "lan": S["lan"], "family": S["family"],
         "pages": pages, "redirects": S["redirects"]}
    if "robots" in S:
        m["robots"] = S["robots"]
    if S.get("sitemap", True):
        m["sitemap"] = list(S["pages"])
    tpl = "sok.html" if cs == "utf-8" else {"file": "sok.html", "content_type": f"text/html; charset={cs}"}
    m["search"] = dict(S["search"], template=tpl)
    m["front_status"] = S.get("front_status")
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /wp-admin/\nSitemap: __ORIGIN__/sitemap.xml\n"


def breadcrumb(*parts) -> str:
    out = ['<a href="/">Startsida</a>']
    for p in parts:
        out.append(f'<a href="{p[1]}">{esc(p[0])}</a>' if isinstance(p, tuple) else esc(p))
    return '<nav class="breadcrumb" aria-label="Brödsmulor">' + " / ".join(out) + "</nav>\n"


def std_news(ext_dir: str, k: str, extra=None):
    """Three ordinary news items (front-page teasers) plus optional older ones (news list only)."""
    p = (lambda s: f"/nyheter/{s}.html") if ext_dir == "html" else ((lambda s: f"/nyheter/{s}.asp") if ext_dir == "asp" else (lambda s: f"/nyheter/{s}/"))
    news = [
        (p("budget-2027-antagen"), "Budget för 2027 är antagen", "2026-11-27",
         "Kommunfullmäktige har antagit budget och verksamhetsplan för 2027.",
         f"<p>Kommunfullmäktige i {k} antog på måndagskvällen budgeten för 2027. Skattesatsen lämnas oförändrad. Den största satsningen görs inom förskola och äldreomsorg, där två nya enheter planeras.</p>"
         "<p>Budgeten innehåller också medel för upprustning av gång- och cykelvägar och en ny konstgräsplan.</p><p>Protokollet från sammanträdet publiceras inom två veckor.</p>"),
        (p("vinterns-snorojning"), "Så prioriterar vi snöröjningen i vinter", "2026-11-20",
         "Huvudgator, busshållplatser och gång- och cykelvägar till skolor plogas först.",
         "<p>När det har kommit mer än fem centimeter snö börjar vi ploga. Först röjs huvudgator, busshållplatser och gång- och cykelvägar till skolor och förskolor. Därefter röjs lokalgator i bostadsområden.</p>"
         "<p>Tänk på att inte ställa bilen så att den hindrar plogbilen. Privata vägar och vägar med vägförening ansvarar kommunen inte för.</p>"),
        (p("ny-forskola-invigd"), "Ny förskola invigd i Södra Backen", "2026-11-12",
         "Förskolan Ekorren har sex avdelningar och tar emot de första barnen i januari.",
         "<p>I torsdags invigdes förskolan Ekorren i Södra Backen. Förskolan har plats för 120 barn på sex avdelningar och en stor gård med odlingslådor.</p>"
         "<p>Du som vill söka plats gör det i e-tjänsten för förskoleplats.</p>"),
    ]
    return news + (extra or [])


# ------------------------------------------------------------------------------------- 8061
def s8061():
    S = base_site("8061", "Norrhalla", "Norrhalla", "01", "Stockholms län", "sitevision", "norrhalla.se",
                  "08-465 004 00", "+46846500400", "Norrhalla kommun, 999 20 Norrhalla", "Medborgarhuset, Torget 1, Norrhalla",
                  "219999-0061", search={"path": "/sok.html", "param": "query",
                                         "hits": {"kontaktcenter": ["/kommun-och-politik/kontaktcenter.html"]}},
                  robots=ROBOTS)
    svc = "/kommun-och-politik/kontaktcenter.html"
    S["topbar"] = common_topbar([("Kontakta oss", svc, {})], "sitevision")
    S["footer"]["extra"] = ['<h2>Kontaktcenter</h2><p>Telefon: <a href="tel:+46846500400">08-465 004 00</a><br>'
                            'Vardagar 8.00–17.00</p><p><a href="/kommun-och-politik/kontaktcenter.html">Mer om Kontaktcenter</a></p>']
    suffix = " - Norrhalla kommun"
    news = std_news("html", "Norrhalla")
    cards = [("Lediga jobb", "Jobba i Norrhalla kommun", S["jobs"]), ("Förskola", "Ansök om plats och läs om avgifter", "/barn-och-utbildning/forskola.html"),
             ("Sophämtning", "Hämtschema och tömning", "/bo-bygga-och-miljo/avfall-och-atervinning.html"),
             ("Bygglov", "Behöver du bygglov?", "/bo-bygga-och-miljo/bygglov.html")]
    add(S, "/", "index.html", "Startsida - Norrhalla kommun",
        front_body(S, "Välkommen till Norrhalla", "Här hittar du information och e-tjänster för dig som bor, verkar och vistas i Norrhalla.", cards, news), front=True)
    add(S, svc, "kontaktcenter.html", "Kontaktcenter" + suffix, breadcrumb(("Kommun och politik", "/kommun-och-politik.html"), "Kontaktcenter") + f"""<h1>Kontaktcenter</h1>
<p class="lead">Kontaktcenter är din väg in till Norrhalla kommun. Hit kan du vända dig med frågor om kommunens verksamheter, och många ärenden kan vi lösa direkt när du ringer.</p>
<h2>Det här kan vi hjälpa dig med</h2>
<p>Vi svarar på frågor om bland annat förskola och skola, avgifter för barnomsorg, avfall och återvinning, vatten och avlopp, gator och parkering och hur du söker bygglov. Vi tar också emot felanmälningar om till exempel gatubelysning och trasiga lekplatser. Kan vi inte svara direkt ser vi till att rätt handläggare kontaktar dig.</p>
<h2>Kontakta oss</h2>
<p>Telefon: <a href="tel:+46846500400">08-465 004 00</a><br>E-post: <a href="mailto:kontaktcenter@norrhalla.se">kontaktcenter@norrhalla.se</a></p>
<h3>Telefontider</h3>
{contact_table([("Måndag–torsdag", "8.00–17.00"), ("Fredag", "8.00–16.00"), ("Dag före röd dag", "8.00–13.00")])}
<h3>Besök oss</h3>
<p>Du hittar oss i entrén till Medborgarhuset, Torget 1. Öppet vardagar 9.00–16.00.</p>
<h2>Om Kontaktcenter</h2>
<p>Kontaktcenter är en enhet inom kommunledningsförvaltningen och har 14 medarbetare. Enhetschef för Kontaktcenter är Malin Åberg.</p>
<p class="updated">Sidan uppdaterades 3 november 2026</p>""")
    add(S, "/kommun-och-politik.html", "kommun-och-politik.html", "Kommun och politik" + suffix, breadcrumb("Kommun och politik") + """<h1>Kommun och politik</h1>
<p>Här hittar du information om hur kommunen styrs, om ekonomi och om hur du kan påverka.</p>
<ul class="link-list"><li><a href="/kommun-och-politik/politik-och-beslut.html">Politik och beslut</a></li><li><a href="/kommun-och-politik/kommunens-organisation.html">Kommunens organisation</a></li>
<li><a href="/kommun-och-politik/kontaktcenter.html">Kontaktcenter</a></li><li><a href="/kommun-och-politik/ekonomi-och-budget.html">Ekonomi och budget</a></li></ul>""")
    std_pages(S, news, suffix)
    return S


# ------------------------------------------------------------------------------------- 8062
def s8062():
    S = base_site("8062", "Björkeby", "Björkeby", "22", "Västernorrlands län", "soup", "bjorkeby.se",
                  "0980-319 220", "+46980319220", "Björkeby kommun, 999 40 Björkeby", "Kommunhuset, Järnvägsgatan 7, Björkeby",
                  "219999-0062", search={"path": "/sok/", "param": "q", "hits": {}}, robots=ROBOTS,
                  css=("Verdana, sans-serif", "#0b5d3b"))
    S["topbar"] = common_topbar([("Kontakta oss", "/kontakta-oss/", {})], "soup")
    S["footer"]["extra"] = ['<h2>Björkeby Energi AB</h2><p>Kundtjänst el, fjärrvärme och bredband: 0980-319 229</p>']
    suffix = " | Björkeby kommun"
    news = std_news("dir", "Björkeby")
    news[2] = ("/nyheter/vattenlacka-storgatan/", "Vattenläckan på Storgatan är lagad", "2026-11-09",
               "Vattnet är tillbaka i alla fastigheter. Spola kranen en stund innan du dricker.",
               "<p>Vattenläckan på Storgatan lagades under natten. Alla fastigheter har vatten igen. Om vattnet är missfärgat, spola kranen tills det blir klart.</p><p>Frågor om vatten och avlopp besvaras av VA-enheten via växeln.</p>")
    cards = [("Lediga jobb", "Sök jobb hos oss", S["jobs"]), ("Förskola", "Ansök om plats", "/barn-och-utbildning/forskola/"),
             ("Felanmälan", "Anmäl fel på gata och belysning", "/trafik-och-infrastruktur/felanmalan/"),
             ("Sophämtning", "Hämtschema för ditt område", "/bo-bygga-och-miljo/avfall-och-atervinning/")]
    add(S, "/", "index.html", "Björkeby kommun",
        front_body(S, "Välkommen till Björkeby kommun", "Mitt i skogslandet, nära till allt.", cards, news), front=True)
    add(S, "/kontakta-oss/", "kontakta-oss.html", "Kontakta oss" + suffix, breadcrumb("Kontakta oss") + f"""<h1>Kontakta oss</h1>
<p>Du når alla kommunens verksamheter via växeln. Om du vet vem du söker kan du också ringa direkt till handläggaren.</p>
<h2>Växel</h2>
<p>Telefon: <a href="tel:+46980319220">0980-319 220</a></p>
{contact_table([("Måndag–fredag", "8.00–16.30"), ("Lunch", "12.00–13.00")])}
<h2>E-post</h2>
<p>Skicka e-post till <a href="mailto:kommun@bjorkeby.se">kommun@bjorkeby.se</a>. Registrator diarieför inkommande handlingar.</p>
<h2>Besök</h2>
<p>Receptionen i kommunhuset, Järnvägsgatan 7, har öppet vardagar 9.00–15.00.</p>
<h2>Bygglov och miljö</h2>
<p>Bygg- och miljöenheten har telefontid tisdag och torsdag 9.00–11.00 på 0980-319 225.</p>
<h2>El, fjärrvärme och bredband</h2>
<p>Frågor om el, fjärrvärme och bredband ställer du till Björkeby Energi AB:s kundtjänst, 0980-319 229.</p>
<h2>Personal</h2>
<p>Sök efter en medarbetare i <a href="/kontakta-oss/personal/">personalkatalogen</a>.</p>""")
    std_pages(S, news, suffix)
    return S


# ------------------------------------------------------------------------------------- 8063
def s8063():
    S = base_site("8063", "Sjövalla", "Sjövalla", "14", "Västra Götalands län", "municipio", "sjovalla.se",
                  "031-390 06 00", "+46313900600", "Sjövalla kommun, 999 31 Sjövalla", "Kommunhuset, Strandvägen 2, Sjövalla",
                  "219999-0063", search={"path": "/", "param": "s",
                                         "hits": {"kontaktcenter": ["/kontakta-oss/"]}}, robots=ROBOTS,
                  css=("'Roboto', Arial, sans-serif", "#005a8c"))
    S["topbar"] = common_topbar([("Kontakta oss", "/kontakta-oss/", {})], "municipio")
    suffix = " – Sjövalla kommun"
    news = std_news("dir", "Sjövalla")
    cards = [("Lediga jobb", "Jobba i Sjövalla", S["jobs"]), ("Förskola", "Ansök om förskoleplats", "/barn-och-utbildning/forskola/"),
             ("Avfall", "Hämtning och återvinningscentral", "/bo-bygga-och-miljo/avfall-och-atervinning/"),
             ("Evenemang", "Vad händer i Sjövalla?", "/kultur-och-fritid/evenemang/")]
    add(S, "/", "index.html", "Sjövalla kommun",
        front_body(S, "Sjövalla – mitt i vattenriket", "Välkommen till Sjövalla kommun.", cards, news), front=True)
    add(S, "/kontakta-oss/", "kontakta-oss.html", "Kontakta oss" + suffix, breadcrumb("Kontakta oss") + """<h1>Kontakta oss</h1>
<p class="lead">Här hittar du kommunens kontaktuppgifter och hur du kommer i kontakt med oss.</p>
<h2>Kontaktcenter</h2>
<p>Kontaktcenter tar emot dina frågor till kommunen. Vi svarar på frågor om till exempel barnomsorg och skola, avfallshämtning, vatten och avlopp, bygglov och snöröjning, och tar emot felanmälan om gator och belysning. Det du inte kan få svar på direkt skickar vi vidare till rätt handläggare.</p>
<p>Telefon: <a href="tel:+46313900600">031-390 06 00</a><br>E-post: <a href="mailto:kontaktcenter@sjovalla.se">kontaktcenter@sjovalla.se</a></p>
<p>Telefontider: måndag–torsdag 8.00–17.00, fredag 8.00–16.00.</p>
<p>Kontaktcenter är en del av kommunledningsförvaltningen.</p>
<h2>Besök kommunhuset</h2>
<p>Kommunhuset, Strandvägen 2. Receptionen har öppet vardagar 8.00–16.00.</p>
<h2>Skicka post</h2>
<p>Sjövalla kommun, 999 31 Sjövalla. Handlingar diarieförs av registrator.</p>
<h2>Synpunkter och klagomål</h2>
<p>Vill du lämna en synpunkt på kommunens verksamhet? Använd e-tjänsten <a href="/e-tjanster/?tjanst=synpunkter">Lämna synpunkter</a>.</p>
<h2>För press</h2>
<p>Journalister når kommunens presstjänst på 031-390 06 09.</p>""")
    std_pages(S, news, suffix)
    return S


# ------------------------------------------------------------------------------------- 8064
def s8064():
    S = base_site("8064", "Lommaryd", "Lommaryds", "06", "Jönköpings län", "table", "lommaryd.se",
                  "0980-319 240", "+46980319240", "Lommaryds kommun, Box 12, 999 60 Lommaryd", "Kommunkontoret, Storgatan 21, Lommaryd",
                  "219999-0064", search={"path": "/sok.asp", "param": "sokord", "hits": {}},
                  robots="User-agent: *\nDisallow: /admin/\n", sitemap=False, charset="iso-8859-1",
                  css=("Verdana, Arial, sans-serif", "#1f4e79"))
    S["site_name"] = "Lommaryds kommun"
    S["topbar"] = [("Lyssna", "/lyssna.asp", {}), ("Lättläst", "/lattlast.asp", {}), ("Kontakt", "/kontakt.asp", {}), ("Webbkarta", "/webbkarta.asp", {})]
    S["redirects"] = {"/": ["/default.asp", 302]}
    suffix = " - Lommaryds kommun"
    news = std_news("asp", "Lommaryd")
    news[1] = ("/nyheter/statens-servicekontor-stanger.asp", "Statens servicekontor i Lommaryd stänger", "2026-11-18",
               "Statens servicecenter lägger ner sitt kontor i Lommaryd den 31 januari.",
               "<p>Statens servicecenter har beslutat att stänga sitt servicekontor på Storgatan den 31 januari 2027. Där har du kunnat få hjälp med ärenden till Försäkringskassan, Skatteverket och Pensionsmyndigheten.</p>"
               "<p>Närmaste servicekontor finns i Värnby. Kommunen har framfört synpunkter på beslutet till Statens servicecenter.</p>")
    cards = [("Lediga jobb", "Jobba hos oss", S["jobs"]), ("Skola och förskola", "Ansökan och avgifter", "/barn-och-utbildning.asp"),
             ("Sophämtning", "Hämtdagar", "/bo-bygga-och-miljo/avfall-och-atervinning.asp")]
    add(S, "/default.asp", "default.html", "Lommaryds kommun - Startsida",
        front_body(S, "Välkommen till Lommaryds kommun", "Landsbygd med närhet.", cards, news), front=True)
    add(S, "/kontakt.asp", "kontakt.html", "Kontakt" + suffix, """<h1>Kontakt</h1>
<p><b>Lommaryds kommun</b><br>Box 12, 999 60 Lommaryd</p>
<p><b>Besöksadress:</b> Kommunkontoret, Storgatan 21</p>
<p><b>Växel:</b> 0980-319 240<br>Växeln är bemannad vardagar 8.00-16.00 (lunchstängt 12.00-13.00).</p>
<p><b>E-post:</b> <a href="mailto:kommun@lommaryd.se">kommun@lommaryd.se</a></p>
<p><b>Fax:</b> 0980-319 249</p>
<p>Kommunens anställda når du via växeln. Du hittar också telefonnummer i <a href="/personal.asp">personalförteckningen</a>.</p>
<p><b>Felanmälan gata och VA</b> efter kontorstid: 0980-319 248 (jour).</p>""")
    std_pages(S, news, suffix)
    return S


# ------------------------------------------------------------------------------------- 8065
def s8065():
    S = base_site("8065", "Hultaby", "Hultaby", "08", "Kalmar län", "bootstrap", "hultaby.se",
                  "0980-319 200", "+46980319200", "Hultaby kommun, 999 50 Hultaby", "Stadshuset, Storgatan 12, Hultaby",
                  "219999-0065", search={"path": "/sok/", "param": "q",
                                         "hits": {"medborgarkontoret": ["/medborgarkontoret/"], "medborgarkontor": ["/medborgarkontoret/"]}},
                  robots=ROBOTS)
    S["footer"]["tel"] = "0980-319 201"
    S["footer"]["tel_href"] = "+46980319201"
    S["topbar"] = common_topbar([("Kontakt", "/kontakt/", {})], "bootstrap")
    S["footer"]["extra"] = ['<h2>Medborgarkontoret</h2><p>Stadshuset, Storgatan 12<br>Öppet måndag–fredag 8.00–17.00</p>'
                            '<p><a href="/medborgarkontoret/">Mer om Medborgarkontoret</a></p>']
    suffix = " - Hultaby kommun"
    news = std_news("dir", "Hultaby")
    cards = [("Lediga jobb", "Se våra lediga tjänster", S["jobs"]), ("Förskola och skola", "Ansök om plats", "/barn-och-utbildning/forskola/"),
             ("Bygglov", "Så söker du bygglov", "/bo-bygga-och-miljo/bygglov/"), ("Bibliotek", "Öppettider och evenemang", "/kultur-och-fritid/bibliotek/")]
    add(S, "/", "index.html", "Hultaby kommun",
        front_body(S, "Hultaby kommun", "Välkommen till kommunen vid kusten.", cards, news), front=True)
    add(S, "/kontakt/", "kontakt.html", "Kontakt" + suffix, breadcrumb("Kontakt") + """<h1>Kontakt</h1>
<p>Hultaby kommun, 999 50 Hultaby</p>
<p>Växel: <a href="tel:+46980319201">0980-319 201</a><br>E-post: <a href="mailto:kommun@hultaby.se">kommun@hultaby.se</a></p>
<p>Växeln har öppet vardagar 7.30–16.30.</p>
<p>Vill du besöka oss? <a href="/medborgarkontoret/">Medborgarkontoret</a> finns i Stadshusets entré.</p>
<p>Hitta en medarbetare i <a href="/kontakt/sok-medarbetare/">personalkatalogen</a>.</p>""")
    add(S, "/medborgarkontoret/", "medborgarkontoret.html", "Medborgarkontoret" + suffix, breadcrumb("Medborgarkontoret") + f"""<h1>Medborgarkontoret</h1>
<p class="lead">Medborgarkontoret finns i entrén till Stadshuset. Hit kan du komma utan att boka tid.</p>
<h2>Det här kan du få hjälp med</h2>
<ul><li>ansökningar och blanketter, till exempel om förskoleplats och bygglov</li><li>bostadsanpassningsbidrag och parkeringstillstånd för rörelsehindrade</li>
<li>färdtjänst och riksfärdtjänst</li><li>frågor om avgifter för barnomsorg och äldreomsorg</li><li>att använda kommunens e-tjänster och att skapa e-legitimation</li></ul>
<p>Du kan också låna dator och skrivare och lämna handlingar till kommunens förvaltningar.</p>
<h2>Öppettider</h2>
{contact_table([("Måndag–torsdag", "8.00–17.00"), ("Fredag", "8.00–16.00"), ("Lördag", "Stängt")])}
<h2>Hitta hit</h2>
<p>Besöksadress: Stadshuset, Storgatan 12. Entrén har ramp och automatisk dörröppnare.</p>
<p>Telefon: <a href="tel:+46980319200">0980-319 200</a></p>
<p>Medborgarkontoret tillhör kommunstyrelseförvaltningen.</p>""")
    std_pages(S, news, suffix)
    return S


# ------------------------------------------------------------------------------------- 8066
def s8066():
    S = base_site("8066", "Ekedal", "Ekedals", "12", "Skåne län", "semantic", "ekedal.se",
                  "040-628 04 00", "+46406280400", "Ekedals kommun, 999 70 Ekedal", "Rådhuset, Stortorget 3, Ekedal",
                  "219999-0066", search={"path": "/sok/", "param": "q",
                                         "hits": {"servicecenter": ["/servicecenter/"]}}, robots=ROBOTS,
                  css=("'Source Sans Pro', Arial, sans-serif", "#8a1538"))
    S["site_name"] = "Ekedals kommun"
    S["topbar"] = common_topbar([("Kontakta oss", "/servicecenter/", {})], "semantic")
    suffix = " - Ekedals kommun"
    news = std_news("dir", "Ekedal")
    cards = [("Lediga jobb", "Jobba hos oss", S["jobs"]), ("Förskola", "Ansök om förskoleplats", "/barn-och-utbildning/forskola/"),
             ("Avfall", "Tömning och återvinning", "/bo-bygga-och-miljo/avfall-och-atervinning/"),
             ("Uppleva och göra", "Evenemang och fritid", "/kultur-och-fritid/evenemang/")]
    add(S, "/", "index.html", "Startsida - Ekedals kommun",
        front_body(S, "Ekedal – en plats att växa i", "Nyheter, e-tjänster och information från Ekedals kommun.", cards, news), front=True)
    add(S, "/servicecenter/", "servicecenter.html", "Servicecenter" + suffix, breadcrumb("Servicecenter") + """<h1>Servicecenter</h1>
<p class="lead">Servicecenter är kommunens gemensamma ingång för dig som invånare. Vi finns här för dig och hjälper dig vidare med dina frågor till kommunen.</p>
<p>Ring eller mejla oss, så hjälper vi dig. Du får alltid ett svar, och vi ser till att ditt ärende hamnar hos den som kan svara.</p>
<h2>Kontakta Servicecenter</h2>
<p>Telefon: <a href="tel:+46406280400">040-628 04 00</a><br>E-post: <a href="mailto:servicecenter@ekedal.se">servicecenter@ekedal.se</a></p>
<p>Vi svarar i telefon vardagar 8.00–16.30.</p>
<div class="contact-card">
<h2>Ansvarig</h2>
<p><strong>Johan Persson</strong><br>Enhetschef Servicecenter<br><a href="mailto:johan.persson@ekedal.se">johan.persson@ekedal.se</a></p>
</div>
<p class="updated">Senast uppdaterad: 22 september 2026</p>""")
    std_pages(S, news, suffix)
    return S


# ------------------------------------------------------------------------------------- 8067
def s8067():
    S = base_site("8067", "Ulvsjö", "Ulvsjö", "21", "Gävleborgs län", "semantic", "ulvsjo.se",
                  "0980-319 270", "+46980319270", "Ulvsjö kommun, 999 80 Ulvsjö", "Kommunhuset, Parkgatan 5, Ulvsjö",
                  "219999-0067", search={"path": "/sok/", "param": "q", "hits": {}}, robots=ROBOTS, front_status=403)
    S["topbar"] = common_topbar([("Kontakta oss", "/kontakta-oss/", {})], "semantic")
    suffix = " - Ulvsjö kommun"
    news = std_news("dir", "Ulvsjö")
    cards = [("Lediga jobb", "Jobba hos oss", S["jobs"]), ("Förskola", "Ansök om plats", "/barn-och-utbildning/forskola/")]
    add(S, "/", "index.html", "Ulvsjö kommun",
        front_body(S, "Välkommen till Ulvsjö", "Kommunen vid sjön.", cards, news), front=True)
    add(S, "/kontakta-oss/", "kontakta-oss.html", "Kontakta oss" + suffix, breadcrumb("Kontakta oss") + """<h1>Kontakta oss</h1>
<p>Växel: <a href="tel:+46980319270">0980-319 270</a>, vardagar 8.00–16.00.</p><p>E-post: <a href="mailto:kommun@ulvsjo.se">kommun@ulvsjo.se</a></p>""")
    std_pages(S, news, suffix)
    return S


# ------------------------------------------------------------------------------------- 8068
def s8068():
    S = base_site("8068", "Tornvik", "Tornviks", "25", "Norrbottens län", "sitevision", "tornvik.se",
                  "0980-319 250", "+46980319250", "Tornviks kommun, 999 90 Tornvik", "Stadshuset, Storgatan 20, Tornvik",
                  "219999-0068", search={"path": "/sok.html", "param": "query",
                                         "hits": {"medborgarservice": ["/kommun-och-politik/medborgarservice.html"]}},
                  robots=ROBOTS, css=("'Open Sans', Arial, sans-serif", "#004b6b"))
    S["site_name"] = "Tornviks kommun"
    svc = "/kommun-och-politik/medborgarservice.html"
    menu = [list(x) for x in MENU_STD]
    menu[6] = ("Kommun och politik", ["Politik och beslut", ("Medborgarservice", svc), "Kommunens organisation", "Ekonomi och budget", "Överklaga beslut", "Allmänna handlingar"])
    S["menu"] = [tuple(x) for x in menu]
    S["topbar"] = common_topbar([("Kontakt", svc, {})], "sitevision")
    suffix = " - Tornviks kommun"
    news = std_news("html", "Tornvik")
    cards = [("Medborgarservice", "Vi hjälper dig med dina kommunala ärenden", svc), ("Lediga jobb", "Jobba i Tornvik", S["jobs"]),
             ("Förskola och skola", "Ansök om plats", "/barn-och-utbildning/forskola.html"),
             ("Sophämtning", "Hämtschema och avgifter", "/bo-bygga-och-miljo/avfall-och-atervinning.html")]
    add(S, "/", "index.html", "Tornviks kommun",
        front_body(S, "Välkommen till Tornvik", "Staden vid älven – här finns plats för dig.", cards, news), front=True)
    add(S, svc, "medborgarservice.html", "Medborgarservice" + suffix, breadcrumb(("Kommun och politik", "/kommun-och-politik.html"), "Medborgarservice") + f"""<h1>Medborgarservice</h1>
<p class="lead">Medborgarservice svarar på dina frågor om kommunens verksamheter. Du kan ringa, mejla, chatta eller besöka oss i Stadshuset.</p>
<h2>Vad kan vi hjälpa till med?</h2>
<p>Vi hjälper dig med ärenden inom till exempel förskola och skola, äldreomsorg, avfall, vatten och avlopp, bygglov, parkering och felanmälan. Vi kan också hjälpa dig att fylla i blanketter och använda kommunens e-tjänster.</p>
<h2>Kontaktuppgifter</h2>
<p>Telefon: <a href="tel:+46980319250">0980-319 250</a><br>E-post: <a href="mailto:medborgarservice@tornvik.se">medborgarservice@tornvik.se</a><br>Besöksadress: Stadshuset, Storgatan 20</p>
<h3>Öppettider</h3>
{contact_table([("Måndag–fredag", "8.00–16.30"), ("Chatten", "Vardagar 9.00–15.00")])}
<p><button type="button" class="chat-button" data-chat="start">Chatta med oss</button></p>
<div class="contact-card"><h2>Ansvarig</h2><p>Lena Holm<br>Enhetschef medborgarservice<br>0980-319 251</p></div>
<p class="page-owner">Sidansvarig: Webbredaktionen</p>""")
    add(S, "/kommun-och-politik.html", "kommun-och-politik.html", "Kommun och politik" + suffix, breadcrumb("Kommun och politik") + f"""<h1>Kommun och politik</h1>
<p>Om hur Tornviks kommun styrs och är organiserad.</p>
<ul class="link-list"><li><a href="/kommun-och-politik/politik-och-beslut.html">Politik och beslut</a></li><li><a href="{svc}">Medborgarservice</a></li>
<li><a href="/kommun-och-politik/kommunens-organisation.html">Kommunens organisation</a></li></ul>""")
    std_pages(S, news, suffix)
    return S


# ------------------------------------------------------------------------------------- 8069
def s8069():
    S = base_site("8069", "Stensåker", "Stensåkers", "17", "Värmlands län", "sitevision", "stensaker.se",
                  "0980-319 260", "+46980319260", "Stensåkers kommun, 999 85 Stensåker", "Kommunhuset, Bruksgatan 9, Stensåker",
                  "219999-0069", search={"path": "/sok.html", "param": "query",
                                         "hits": {"invånarservice": ["/kommun-och-politik/invanarservice.html"]}},
                  robots=ROBOTS, css=("Arial, sans-serif", "#3d6b1f"))
    S["site_name"] = "Stensåkers kommun"
    svc = "/kommun-och-politik/invanarservice.html"
    S["topbar"] = common_topbar([("Kontakta oss", "/kontakta-oss.html", {})], "sitevision")
    suffix = " - Stensåkers kommun"
    news = std_news("html", "Stensåker")
    cards = [("Lediga jobb", "Jobba hos oss", S["jobs"]), ("Förskola", "Ansök om förskoleplats", "/barn-och-utbildning/forskola.html"),
             ("Bygglov", "Behöver du bygglov?", "/bo-bygga-och-miljo/bygglov.html"), ("Simhall", "Öppettider och priser", "/kultur-och-fritid/simhall.html")]
    add(S, "/", "index.html", "Stensåkers kommun",
        front_body(S, "Välkommen till Stensåker", "Bruksorten med skogen inpå knuten.", cards, news), front=True)
    add(S, "/kontakta-oss.html", "kontakta-oss.html", "Kontakta oss" + suffix, breadcrumb("Kontakta oss") + """<h1>Kontakta oss</h1>
<p>Välkommen att kontakta Stensåkers kommun.</p>
<h2>Växel</h2><p>Telefon: <a href="tel:+46980319260">0980-319 260</a>. Växeln är öppen vardagar 8.00–16.00.</p>
<h2>E-post</h2><p><a href="mailto:kommun@stensaker.se">kommun@stensaker.se</a></p>
<h2>Besöksadress</h2><p>Kommunhuset, Bruksgatan 9. Receptionen är öppen vardagar 9.00–15.00.</p>
<h2>Personal</h2><p>Sök anställda i <a href="/kontakta-oss/sok-anstalld.html">personalkatalogen</a>.</p>""")
    add(S, "/kommun-och-politik.html", "kommun-och-politik.html", "Kommun och politik" + suffix, breadcrumb("Kommun och politik") + f"""<h1>Kommun och politik</h1>
<p>Här kan du läsa om hur kommunen styrs, om nämnder och förvaltningar, och om hur du kan påverka.</p>
<ul class="link-list"><li><a href="/kommun-och-politik/politik-och-beslut.html">Politik och beslut</a></li>
<li><a href="/kommun-och-politik/kommunens-organisation.html">Kommunens organisation</a></li>
<li><a href="/kommun-och-politik/ekonomi-och-budget.html">Ekonomi och budget</a></li>
<li><a href="{svc}">Invånarservice</a></li>
<li><a href="/kommun-och-politik/overklaga-beslut.html">Överklaga beslut</a></li></ul>""")
    add(S, svc, "invanarservice.html", "Invånarservice" + suffix, breadcrumb(("Kommun och politik", "/kommun-och-politik.html"), "Invånarservice") + """<h1>Invånarservice</h1>
<p class="lead">Invånarservice ger råd och stöd till dig som bor i Stensåker.</p>
<p>Vi hjälper dig med frågor om bostadsanpassning, färdtjänst, parkeringstillstånd för rörelsehindrade, budget- och skuldrådgivning och hur du använder kommunens e-tjänster. Hos oss arbetar tre kommunvägledare.</p>
<h2>Kontakt</h2>
<p>Telefon: <a href="tel:+46980319265">0980-319 265</a><br>E-post: <a href="mailto:invanarservice@stensaker.se">invanarservice@stensaker.se</a></p>
<p>Invånarservice tillhör kommunledningskontoret.</p>""")
    std_pages(S, news, suffix)
    return S


# ------------------------------------------------------------------------------------- 8070
def s8070():
    S = base_site("8070", "Almvreten", "Almvretens", "03", "Uppsala län", "municipio", "almvreten.se",
                  "08-465 004 70", "+46846500470", "Almvretens kommun, 999 10 Almvreten", "Kommunhuset, Kyrkvägen 4, Almvreten",
                  "219999-0070", search={"path": "/", "param": "s",
                                         "hits": {"kundtjänst": ["/nyheter/sommartider-kundtjanst/"]}}, robots=ROBOTS,
                  css=("'Lato', Arial, sans-serif", "#6b2c6b"))
    S["site_name"] = "Almvretens kommun"
    S["topbar"] = common_topbar([("Kontakta kommunen", "/kontakta-kommunen/", {})], "municipio")
    suffix = " – Almvretens kommun"
    old = [("/nyheter/sommartider-kundtjanst/", "Kundtjänst har sommartider", "2026-06-22",
            "Under juli och augusti har kommunens kundtjänst kortare telefontider.",
            "<p>Under juli och augusti svarar kommunens kundtjänst i telefon vardagar 9.00–12.00. Från den 24 augusti gäller de vanliga telefontiderna igen.</p>"
            "<p>Ring 08-465 004 70 som vanligt. Du kan också skicka e-post till kommun@almvreten.se, så svarar vi så snart vi kan.</p>"
            "<p>Vi önskar alla en skön sommar!</p>"),
           ("/nyheter/badplatserna-oppnar/", "Badplatserna öppnar för säsongen", "2026-06-05",
            "Bryggorna är på plats och vattenproverna är tagna.",
            "<p>Nu är bryggorna utlagda på kommunens fem badplatser. Vattenproverna tas varannan vecka under sommaren och resultaten publiceras på webbplatsen.</p>")]
    news = std_news("dir", "Almvreten", old)
    cards = [("Lediga jobb", "Jobba i Almvreten", S["jobs"]), ("Förskola", "Ansök om plats", "/barn-och-utbildning/forskola/"),
             ("Avfall och återvinning", "Hämtning och ÅVC", "/bo-bygga-och-miljo/avfall-och-atervinning/"),
             ("Bygglov", "Bygga nytt eller ändra", "/bo-bygga-och-miljo/bygglov/")]
    add(S, "/", "index.html", "Almvretens kommun",
        front_body(S, "Välkommen till Almvreten", "Nära Uppsala, nära naturen.", cards, news), front=True)
    add(S, "/kontakta-kommunen/", "kontakta-kommunen.html", "Kontakta kommunen" + suffix, breadcrumb("Kontakta kommunen") + f"""<h1>Kontakta kommunen</h1>
<p>Ring kommunens växel så kopplar vi dig vidare.</p>
<p>Telefon: <a href="tel:+46846500470">08-465 004 70</a><br>E-post: <a href="mailto:kommun@almvreten.se">kommun@almvreten.se</a></p>
{contact_table([("Måndag–torsdag", "8.00–16.30"), ("Fredag", "8.00–15.00")])}
<h2>Besöksadress</h2><p>Kommunhuset, Kyrkvägen 4, Almvreten.</p>
<h2>Sök medarbetare</h2><p>Använd <a href="/kontakta-kommunen/sok-medarbetare/">personalsöket</a>.</p>""")
    std_pages(S, news, suffix)
    return S


SITES = [s8061, s8062, s8063, s8064, s8065, s8066, s8067, s8068, s8069, s8070]

if __name__ == "__main__":
    for fn in SITES:
        S = fn()
        write(S)
        print(S["kommunkod"], S["kommun"], S["family"], len(S["pages"]), "pages")
