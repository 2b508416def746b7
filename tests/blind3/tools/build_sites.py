"""Write tests/blind3/sites/ (a typing aid; the written files are the corpus, labels are by hand).

    python3 tests/blind3/tools/build_sites.py
"""
from __future__ import annotations

import json
import struct
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chrome import FAMILIES, PIX, esc

ROOT = Path(__file__).resolve().parent.parent / "sites"

AREAS = [
    ("Barn och utbildning", "barn-och-utbildning",
     ["Förskola", "Grundskola", "Gymnasieskola", "Skolskjuts", "Vuxenutbildning"]),
    ("Omsorg och stöd", "omsorg-och-stod",
     ["Hemtjänst", "Särskilt boende", "Färdtjänst", "Ekonomiskt bistånd", "Funktionsnedsättning"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo",
     ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Detaljplaner", "Miljö och hälsa"]),
    ("Trafik och gator", "trafik-och-gator",
     ["Parkering", "Gator och vägar", "Snöröjning", "Kollektivtrafik", "Felanmälan"]),
    ("Kultur och fritid", "kultur-och-fritid",
     ["Bibliotek", "Idrott och motion", "Föreningsliv", "Badplatser", "Evenemang"]),
    ("Kommun och politik", "kommun-och-politik",
     ["Organisation", "Politik och beslut", "Ekonomi", "Lediga jobb", "Allmänna handlingar"]),
]

SLUGS = {"å": "a", "ä": "a", "ö": "o", " ": "-", ",": ""}


def slug(t: str) -> str:
    return "".join(SLUGS.get(c, c) for c in t.lower())


def area_nav(prefix: str = "/", inject: dict | None = None, skip_last: bool = False) -> list[dict]:
    inject = inject or {}
    out = []
    for label, sl, subs in AREAS[:-1] if skip_last else AREAS:
        href = f"{prefix}{sl}/"
        items = [(t, f"{href}{slug(t)}/") for t in subs] + inject.get(sl, [])
        out.append({"label": label, "href": href, "subs": items})
    return out


def news_block(items: list[tuple[str, str, str]]) -> str:
    lis = "".join(f"<li class=\"news-teaser\"><a href=\"{h}\"><h3>{esc(t)}</h3></a><p>{esc(x)}</p></li>" for t, h, x in items)
    return f"<section class=\"nyheter\"><h2>Nyheter</h2><ul>{lis}</ul><p><a href=\"/nyheter/\">Fler nyheter</a></p></section>\n"


FILLER = (
    "<section class=\"e-tjanster\"><h2>Populära e-tjänster</h2><ul>"
    "<li><a href=\"/e-tjanster/ansok-om-forskoleplats\">Ansök om förskoleplats</a></li>"
    "<li><a href=\"/e-tjanster/felanmalan\">Felanmälan gata och park</a></li>"
    "<li><a href=\"/e-tjanster/bygglov\">Ansök om bygglov</a></li>"
    "<li><a href=\"/e-tjanster/parkeringstillstand\">Parkeringstillstånd för rörelsehindrade</a></li></ul></section>\n"
    "<section class=\"evenemang\"><h2>Evenemang</h2><ul>"
    "<li><a href=\"/evenemang/julmarknad\">Julmarknad på torget, 13 december</a></li>"
    "<li><a href=\"/evenemang/sagostund\">Sagostund på biblioteket, onsdagar</a></li></ul></section>\n"
    "<section class=\"lediga-jobb\"><h2>Lediga jobb</h2><p>Vi söker lärare, undersköterskor och ingenjörer.</p>"
    "<p><a href=\"/jobb/\">Se alla lediga jobb</a></p></section>\n"
    "<section class=\"a-o\"><h2>A–Ö</h2><ul>"
    + "".join(f"<li><a href=\"/a-o/{slug(w)}\">{w}</a></li>" for w in (
        "Avfallstaxa", "Bostadsanpassning", "Färdtjänst och serviceresor", "Servicegarantier", "Synpunkter och klagomål",
        "Serveringstillstånd", "Taxor och avgifter", "Överförmyndare"))
    + "</ul></section>\n"
)


def area_page(label: str, sl: str, subs: list[str], extra: str = "") -> str:
    lis = "".join(f"<li><a href=\"/{sl}/{slug(t)}/\">{esc(t)}</a></li>" for t in subs)
    return (f"<div class=\"breadcrumb\"><a href=\"/\">Start</a> / {esc(label)}</div><h1>{esc(label)}</h1>"
            f"<p class=\"ingress\">Här hittar du information och e-tjänster inom {esc(label.lower())}.</p><ul class=\"sublist\">{lis}</ul>{extra}")


def png_bytes() -> bytes:
    w, h = 8, 4
    raw = b"".join(b"\x00" + b"\x20\x60\x40" * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


TILL = ("<h1>Tillgänglighetsredogörelse</h1><p>Kommunen står bakom den här webbplatsen och vill att så många som möjligt "
        "ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service.</p>")
KAKOR = "<h1>Kakor</h1><p>En kaka är en liten textfil som lagras i din webbläsare. Vi använder nödvändiga kakor och, om du godkänner det, kakor för statistik.</p>"
SOK = "<h1>Sök</h1><!--SEARCH_RESULTS-->"


def build_site(s: dict) -> None:
    d = ROOT / s["kod"]
    d.mkdir(parents=True, exist_ok=True)
    for old in d.iterdir():
        old.unlink()
    render = FAMILIES[s["family"]]
    suffix = s.get("title_suffix", f" - {s['kommun']} kommun")
    pages: dict = {}
    std = {
        "/om-webbplatsen/tillganglighetsredogorelse": ("tillganglighet.html", "Tillgänglighetsredogörelse", TILL),
        "/om-webbplatsen/kakor": ("kakor.html", "Kakor", KAKOR),
        "/nyheter/": ("nyheter.html", "Nyheter", "<h1>Nyheter</h1>" + "".join(
            f"<article><h2><a href=\"{h}\">{esc(t)}</a></h2><p>{esc(x)}</p></article>" for t, h, x in s["news"])),
        "/jobb/": ("jobb.html", "Lediga jobb", s.get("jobs_page", "<h1>Lediga jobb</h1><ul><li><a href=\"/jobb/larare-matematik\">Lärare i matematik</a></li>"
                                                            "<li><a href=\"/jobb/underskoterska\">Undersköterska, hemtjänst</a></li></ul>")),
    }
    if not s.get("skip_areas"):
        for label, sl, subs in AREAS:
            std[f"/{sl}/"] = (f"{sl}.html", label, area_page(label, sl, subs, s.get("area_extra", {}).get(sl, "")))
    std.update(s["pages"])
    for p in s.get("drop", []):
        std.pop(p)
    for path, (fname, title, main) in std.items():
        if fname.endswith(".html"):
            full = title if s.get("raw_titles") else title + suffix
            (d / fname).write_text(render(s, full, main, False), encoding="utf-8")
        pages[path] = fname
    front_path = s.get("front_path", "/")
    front_title = s.get("front_title", f"{s['kommun']} kommun")
    if s.get("front_png"):
        (d / "index.png").write_bytes(png_bytes())
        pages["/"] = {"file": "index.png", "content_type": "image/png"}
    else:
        (d / "index.html").write_text(render(s, front_title, s["front"], True), encoding="utf-8")
        pages[front_path] = "index.html"
    (d / "sok.html").write_text(render(s, "Sök" + suffix, SOK, False), encoding="utf-8")
    hidden = set(s.get("not_in_sitemap", []))
    man = {
        "kommunkod": s["kod"], "kommun": s["kommun"], "lan_kod": s["lan_kod"], "lan": s["lan"],
        "family": s["family"],
        "pages": dict(sorted(pages.items(), key=lambda kv: (kv[0] != front_path, kv[0]))),
        "redirects": s.get("redirects", {}),
        "robots": s.get("robots", "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"),
        "sitemap": [p for p in sorted(pages, key=lambda p: (p != front_path, p)) if p not in hidden],
        "search": {**s["search"], "template": "sok.html"},
        "front_status": s.get("front_status"),
    }
    (d / "site.json").write_text(json.dumps(man, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def base(kod, kommun, sl, lan_kod, lan, family, vaxel, street, post, **kw) -> dict:
    s = {"kod": kod, "kommun": kommun, "slug": sl, "lan_kod": lan_kod, "lan": lan, "family": family,
         "vaxel": vaxel, "address": f"{street}, {post} {kommun}", "email": f"kommun@{sl}.se",
         "orgnr": f"212000-{kod[1:]}0", "search": {"path": "/sok/", "param": "q", "hits": {}}, "pages": {},
         "news": [("Budgeten för 2027 är antagen", "/nyheter/budget-2027", "Kommunfullmäktige har beslutat om nästa års budget."),
                  ("Vägarbete på Kyrkogatan", "/nyheter/vagarbete-kyrkogatan", "Gatan stängs av under tre veckor i januari.")]}
    s.update(kw)
    return s


def news_pages() -> dict:
    return {
        "/nyheter/budget-2027": ("nyhet-budget.html", "Budgeten för 2027 är antagen",
                                 "<article><h1>Budgeten för 2027 är antagen</h1><p>Kommunfullmäktige antog budgeten med skattesatsen oförändrad. "
                                 "Mest pengar går till skola och äldreomsorg.</p></article>"),
        "/nyheter/vagarbete-kyrkogatan": ("nyhet-vagarbete.html", "Vägarbete på Kyrkogatan",
                                          "<article><h1>Vägarbete på Kyrkogatan</h1><p>Ledningsarbeten pågår mellan 7 och 28 januari. "
                                          "Omledning sker via Järnvägsgatan.</p></article>"),
    }


def hits(names: list[str], paths: list[str]) -> dict:
    return {n: paths for n in names}


def hero(h: str, p: str, cards: str = "") -> str:
    return f"<section class=\"hero\"><h1>{esc(h)}</h1><p>{esc(p)}</p>{cards}</section>\n"


def drift(text: str) -> str:
    return f"<section class=\"driftinfo\"><h2>Driftinformation</h2><p>{text}</p></section>\n"


SITES: list[dict] = []

# ---------------------------------------------------------------- 9501 Norrby (nuxt) -> 5
s = base("9501", "Norrby", "norrby", "25", "Norrbottens län", "nuxt", "0980-319 200", "Storgatan 4", "999 31")
s["nav"] = [*area_nav(), {"label": "SERVICECENTER NORRBY", "href": "/servicecenter-norrby/", "html": '<span class="caps">SERV</span><span class="caps">ICE</span><span class="caps">CEN</span>' '<span class="caps">TER</span> <span class="caps">NORRBY</span>'}]
s["footer_extra"] = ("<div class=\"f-col\"><h2>Bolag</h2><p>Norrby Hamn AB kundcenter: 0980-319 290, vardagar 9–15</p>"
                     "<p>Norrby Bostäder AB, felanmälan: 0980-319 291</p></div>")
s["front"] = (hero("Välkommen till Norrby", "Kommunen vid älvens mynning.",
                   "<div class=\"shortcuts\"><a href=\"/barn-och-utbildning/forskola/\">Förskola</a> <a href=\"/bygga-bo-och-miljo/bygglov/\">Bygglov</a> "
                   "<a href=\"/omsorg-och-stod/hemtjanst/\">Hemtjänst</a></div>")
              + news_block(s["news"]) + FILLER
              + drift("Strömavbrott i Övre Norrby natten till fredag. Vattenfall kundservice svarar på frågor om avbrottet."))
s["pages"] = {**news_pages(), "/servicecenter-norrby/": ("servicecenter.html", "Servicecenter Norrby", (
    "<div class=\"breadcrumb\"><a href=\"/\">Start</a> / Servicecenter Norrby</div>"
    "<h1><span>Service</span><span>center</span> Norrby</h1>"
    "<p class=\"ingress\">Servicecenter Norrby tar emot dina frågor om förskoleplats och skolskjuts, sophämtning och slamtömning, "
    "bygglov och strandskydd, färdtjänst och bostadsanpassning. Kan vi inte svara direkt kopplar vi dig vidare till rätt handläggare.</p>"
    "<h2>Så når du oss</h2><ul class=\"kanaler\"><li>Tfn 0980-319 210</li><li>Öppet: mån–fre 8.00–16.30, lunchstängt 12–13</li>"
    "<li>E-post: servicecenter (snabel-a) norrby.se</li><li>Besök: Storgatan 4, entréplan</li></ul>"
    "<h2>Ledning</h2><div class=\"vcard\"><p><span class=\"fn\">Maria Holm</span>, <span class=\"title\">Servicechef</span></p>"
    "<p class=\"org\">Servicecenter Norrby</p><p class=\"tel\">0980-319 211</p></div>"))}
s["search"]["hits"] = hits(["servicecenter", "servicecenter norrby", "kontaktcenter", "kundtjänst"], ["/servicecenter-norrby/"])
SITES.append(s)

# ---------------------------------------------------------------- 9502 Dalsberga (wix, icon tiles) -> 4
s = base("9502", "Dalsberga", "dalsberga", "14", "Västra Götalands län", "wix", "031-390 06 00", "Rådhusgatan 1", "999 42",
         title_suffix=" | Dalsberga kommun")
s["nav"] = [{"label": a[0], "href": f"/{a[1]}/"} for a in AREAS] + [{"label": "Kontakt", "href": "/kontakt"}]
TILES = [("Förskola", "/barn-och-utbildning/forskola/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/"),
         ("Avfall", "/bygga-bo-och-miljo/avfall-och-atervinning/"), ("KONTAKTCENTER", "/kontaktcenter"),
         ("Lediga jobb", "/jobb/"), ("Bibliotek", "/kultur-och-fritid/bibliotek/"), ("Parkering", "/trafik-och-gator/parkering/"),
         ("Hemtjänst", "/omsorg-och-stod/hemtjanst/")]
tile_html = "".join(f"<div id=\"comp-tile{n}\" class=\"wixui-repeater__item\"><a data-testid=\"linkElement\" href=\"{h}\">"
                    f"<figure class=\"_2lB0n\"><img src=\"{PIX}\" alt=\"\" width=\"64\" height=\"64\"><figcaption class=\"font_9\">{esc(t)}</figcaption></figure></a></div>"
                    for n, (t, h) in enumerate(TILES))
s["front"] = ("<section id=\"comp-hero01\" class=\"wixui-section\"><div class=\"_1ncY2\"><h1 class=\"font_0\">Vad behöver du hjälp med?</h1>"
              f"<div class=\"tiles wixui-repeater\" role=\"list\">{tile_html}</div></div></section>\n"
              + news_block(s["news"]) + FILLER)
s["pages"] = {**news_pages(),
              "/kontakt": ("kontakt.html", "Kontakt", "<h1 class=\"font_0\">Kontakt</h1><p>Kommunens växel: 031-390 06 00.</p>"
                           "<p>Har du en fråga? <a href=\"/kontaktcenter\">Till kontaktcenter</a></p><p>Press: press@dalsberga.se</p>"),
              "/kontaktcenter": ("kontaktcenter.html", "Kontaktcenter", (
                  "<h1 class=\"font_0\">Kontaktcenter</h1>"
                  "<p class=\"font_8\">Kontaktcentret hjälper dig med frågor om bland annat:</p><ul class=\"font_8\">"
                  "<li>ansökan om förskoleplats</li><li>felanmälan av gatubelysning</li><li>avfallsabonnemang och tömningsdagar</li>"
                  "<li>var ditt bygglovsärende finns</li><li>en första kontakt om ekonomiskt bistånd</li></ul>"
                  "<div class=\"_3bLYT\"><p class=\"font_8\">Tfn 031-390 06 10 (vardagar 8–16)</p>"
                  "<p class=\"font_8\">Mejla oss: kontaktcenter@dalsberga.se</p>"
                  "<p><a href=\"#\" class=\"chat-launch\" data-chat=\"start\">Starta chatt</a></p></div>"
                  "<h2 class=\"font_2\">Vi som arbetar här</h2><p class=\"font_8\">Våra kontaktcenterhandläggare Ali Rahimi, Johanna Berg "
                  "och Mikael Sjö svarar i telefon och chatt.</p><p class=\"font_9\">Sidan granskad av: webbredaktör Lena Ulv</p>"))}
s["search"]["hits"] = hits(["kontaktcenter", "kontaktcentret", "kundtjänst", "servicecenter"], ["/kontaktcenter"])
SITES.append(s)

# ---------------------------------------------------------------- 9503 Solvik (table mega-menu) -> 4
s = base("9503", "Solvik", "solvik", "12", "Skåne län", "tablemega", "040-628 04 00", "Torggatan 2", "999 53",
         front_path="/start/", redirects={"/": ["/start/", 301]})
cols = {
    "barn-och-utbildning": [("Förskola och skola", [("Förskola", "/barn-och-utbildning/forskola/"), ("Grundskola", "/barn-och-utbildning/grundskola/"),
                                                    ("Skolservice", "/barn-och-utbildning/skolservice/")]),
                            ("Vuxna", [("Vuxenutbildning", "/barn-och-utbildning/vuxenutbildning/"), ("SFI", "/barn-och-utbildning/sfi/")])],
    "kommun-och-politik": [("Politik", [("Kommunfullmäktige", "/kommun-och-politik/kommunfullmaktige/"), ("Protokoll", "/kommun-och-politik/protokoll/")]),
                           ("Service och kontakt", [("Medborgarkontoret", "/kommun-och-politik/medborgarkontoret/"),
                                                    ("Synpunkter och klagomål", "/kommun-och-politik/synpunkter/"),
                                                    ("Allmänna handlingar", "/kommun-och-politik/allmanna-handlingar/")]),
                           ("Organisation", [("Förvaltningar", "/kommun-och-politik/forvaltningar/"), ("Lediga jobb", "/jobb/")])],
}
s["nav"] = []
for label, sl, subs in AREAS:
    c = cols.get(sl) or [("Utvalt", [(t, f"/{sl}/{slug(t)}/") for t in subs[:3]]), ("Mer", [(t, f"/{sl}/{slug(t)}/") for t in subs[3:]])]
    s["nav"].append({"label": label, "href": f"/{sl}/", "cols": c})
s["front"] = (hero("Solvik – nära till allt", "Här finns e-tjänster, nyheter och information om kommunens verksamheter.",
                   "<ul class=\"kort\"><li><a href=\"/jobb/\">Lediga jobb</a></li><li><a href=\"/trafik-och-gator/felanmalan/\">Felanmälan</a></li>"
                   "<li><a href=\"/barn-och-utbildning/grundskola/\">Skolval 2027</a></li></ul>")
              + news_block(s["news"]) + FILLER + drift("Inga störningar just nu."))
s["pages"] = {**news_pages(), "/kommun-och-politik/medborgarkontoret/": ("medborgarkontoret.html", "Medborgarkontor i Solvik", (
    "<p class=\"brod\"><a href=\"/start/\">Start</a> &gt; <a href=\"/kommun-och-politik/\">Kommun och politik</a> &gt; Medborgarkontoret</p>"
    "<h1>Medborgarkontor i Solvik</h1>"
    "<p>Medborgarkontoret är öppet för alla som behöver vägledning kring:</p><ol><li>parkeringstillstånd</li><li>hemtjänst och äldreboende</li>"
    "<li>skolval</li><li>bygglov</li><li>försörjningsstöd</li></ol>"
    "<table class=\"oppet\"><caption>Öppettider</caption><tr><th>Måndag–torsdag</th><td>9–17</td></tr><tr><th>Fredag</th><td>9–14</td></tr></table>"
    "<p>Besöksadress: Torggatan 2, plan 1. Telefon 040-628 04 20.</p>"
    "<p>I samma hus finns Skatteverkets och Försäkringskassans servicekontor (Statens servicecenter).</p>"
    "<aside class=\"ansvar\"><p>Chef för medborgarkontoret och receptionen i stadshuset: Karin Lund, 040-628 04 21</p></aside>"))}
s["area_extra"] = {"kommun-och-politik": "<p><a href=\"/kommun-och-politik/medborgarkontoret/\">Medborgarkontoret</a></p>"}
s["search"]["hits"] = hits(["medborgarkontor", "medborgarkontoret", "kontaktcenter", "servicecenter"], ["/kommun-och-politik/medborgarkontoret/"])
SITES.append(s)

# ---------------------------------------------------------------- 9504 Ekhamra (header after main, details) -> 5
s = base("9504", "Ekhamra", "ekhamra", "01", "Stockholms län", "headerlast", "08-465 004 00", "Parkvägen 1", "999 64")
s["nav"] = [*area_nav(skip_last=True), {"label": "Kontakt", "href": "/kontakt"}]
s["drop"] = ["/kommun-och-politik/"]
s["redirects"] = {"/kontakt": ["/kontakta-oss/", 301]}
s["front"] = (hero("Ekhamra kommun", "Skärgårdskommunen med närhet till staden.",
                   "<div class=\"puffar\"><a href=\"/bygga-bo-och-miljo/avfall-och-atervinning/\">Hämtning av julgranar</a> "
                   "<a href=\"/kultur-och-fritid/bibliotek/\">Bibliotekets öppettider</a></div>")
              + news_block(s["news"]) + FILLER)
s["pages"] = {**news_pages(), "/kontakta-oss/": ("kontakta-oss.html", "Kontakta oss", (
    "<h1>Kontakta oss</h1><p class=\"ingress\">Välj vad du vill ha hjälp med så visas kontaktuppgifterna.</p>"
    "<details><summary>Växeln</summary><p>Växeln kopplar dig till rätt person: 08-465 004 00.</p></details>"
    "<details><summary>Medborgarservice</summary><p>Medborgarservice svarar på frågor om avgifter för barnomsorg, skolskjuts, "
    "renhållning, vatten och avlopp samt bostadsanpassning.</p><p>Ring 08-465 004 30 (vardagar 8–17), mejla "
    "medborgarservice@ekhamra.se eller kom förbi Kommunhuset, Parkvägen 1.</p><p>Ansvarig chef: Olof Sten</p></details>"
    "<details><summary>Press och media</summary><p>Kommunikationsenheten: press@ekhamra.se</p></details>"
    "<details><summary>Felanmälan</summary><p>Gator, parker och belysning: <a href=\"/trafik-och-gator/felanmalan/\">Gör en felanmälan</a></p></details>"
    "<p class=\"samordnare\">Samordnare för föreningsbidrag: Kim Eld, 08-465 004 35</p>"))}
s["search"]["hits"] = hits(["medborgarservice", "kontaktcenter", "kundtjänst"], ["/kontakta-oss/"])
SITES.append(s)

# ---------------------------------------------------------------- 9505 Västerhed (squarespace, footer only) -> 3
s = base("9505", "Västerhed", "vasterhed", "20", "Dalarnas län", "squarespace", "0980-319 230", "Bergsgatan 9", "999 75",
         title_suffix=" — Västerhed kommun")
s["nav"] = [{"label": a[0], "href": f"/{a[1]}/"} for a in AREAS] + [{"label": "Kontakt", "href": "/kontakt/"}]
s["footer_extra"] = ("<div class=\"f-col\"><h2>Hjälp</h2><ul><li><a href=\"/kundtjanst\">Kundtjänst</a></li>"
                     "<li><a href=\"/kontakt/\">Kontakt</a></li><li><a href=\"/om-webbplatsen/kakor\">Om kakor</a></li></ul></div>")
s["redirects"] = {"/kundtjanst": ["/kundtjanst/", 301]}
s["front"] = ("<div class=\"sqs-block html-block\" data-block-type=\"2\">" + hero("Västerhed", "Kommunen mellan skogen och sjön.") + "</div>"
              "<div class=\"sqs-block summary-block\" data-block-type=\"55\">" + news_block(s["news"]) + "</div>"
              + FILLER + drift("Elavbrott i Lillhed: Vattenfall kundservice uppger att strömmen är tillbaka senast kl. 18."))
s["pages"] = {**news_pages(),
              "/kontakt/": ("kontakt.html", "Kontakt", "<div class=\"sqs-block\"><h1>Kontakt</h1><p>Växel: 0980-319 230</p>"
                            "<p>Frågor om din faktura? Ekonomienheten, faktura@vasterhed.se.</p><p>Registrator: registrator@vasterhed.se</p></div>"),
              "/kundtjanst/": ("kundtjanst.html", "Kundtjänst", (
                  "<div class=\"sqs-block html-block\"><h1>Kundtjänst</h1>"
                  "<p>Kundtjänst är kommunens gemensamma ingång. Vi hjälper dig oavsett vad ditt ärende gäller, och du kan alltid vända dig till oss först.</p>"
                  "<p>Tfn 0980-319 240<br>E-post: kundtjanst@vasterhed.se<br>Öppet: mån–fre 8–16</p>"
                  "<p>Kundtjänstens chef: Sara Wik</p></div>"))}
s["search"]["hits"] = hits(["kundtjänst", "kundtjänsten", "kontaktcenter"], ["/kundtjanst/"])
SITES.append(s)

# ---------------------------------------------------------------- 9506 Hallbo (jQuery Mobile, alt caps) -> 3
s = base("9506", "Hallbo", "hallbo", "14", "Västra Götalands län", "jqm", "031-390 06 40", "Kvarngatan 5", "999 86")
s["nav"] = [{"label": a[0], "href": f"/{a[1]}/"} for a in AREAS]
s["topbar_extra"] = (f"<a href=\"/kommunservice/\" class=\"ui-btn ui-btn-icon\"><img src=\"{PIX}\" "
                     "alt=\"KOMMUNSERVICE – VI SVARAR\" width=\"120\" height=\"24\"></a>")
s["front"] = (hero("Hallbo kommun", "Välkommen till Hallbo.",
                   "<ul data-role=\"listview\"><li><a href=\"/barn-och-utbildning/forskola/\">Förskola</a></li>"
                   "<li><a href=\"/omsorg-och-stod/hemtjanst/\">Hemtjänst</a></li></ul>")
              + news_block(s["news"]) + FILLER)
s["pages"] = {**news_pages(), "/kommunservice/": ("kommunservice.html", "Kommunservice", (
    "<h1>Kommunservice</h1><p>Kommunservice är din väg in till kommunen. Vi finns till för alla som bor, verkar eller vistas i Hallbo, "
    "och vi tar oss tid att lyssna.</p>"
    "<ul data-role=\"listview\" data-inset=\"true\"><li>Tfn 031-390 06 50</li><li>E-post: kommunservice@hallbo.se</li>"
    "<li>Öppet: mån–tors 8–17, fre 8–15</li></ul>"
    "<p>Kommunservice är en del av kommunledningsförvaltningen. Förvaltningschef: Nils Ahl.</p>"))}
s["search"]["hits"] = hits(["kommunservice", "kontaktcenter", "kundtjänst"], ["/kommunservice/"])
SITES.append(s)

# ---------------------------------------------------------------- 9507 Tunaberg (ASP.NET webforms, one click deep) -> 2
s = base("9507", "Tunaberg", "tunaberg", "03", "Uppsala län", "webforms", "040-628 04 30", "Rådhustorget 3", "999 97",
         search={"path": "/sok.aspx", "param": "q", "hits": {}}, title_suffix=" - Tunabergs kommun")
s["nav"] = [{"label": a[0], "href": f"/{a[1]}.aspx", "subs": [(t, f"/{a[1]}/{slug(t)}.aspx") for t in a[2]]} for a in AREAS] \
    + [{"label": "Kontakta oss", "href": "/kontakta-oss.aspx"}]
s["skip_areas"] = True
s["news"] = [("Budgeten för 2027 är antagen", "/nyheter/budget-2027.aspx", "Kommunfullmäktige har beslutat om nästa års budget."),
             ("Vägarbete på Kyrkogatan", "/nyheter/vagarbete-kyrkogatan.aspx", "Gatan stängs av under tre veckor i januari.")]
s["front"] = (hero("Tunabergs kommun", "Nyheter och genvägar.") + news_block(s["news"]) + FILLER.replace("/jobb/", "/jobb.aspx"))
pg = {}
for label, sl, subs in AREAS:
    lis = "".join(f"<li><a href=\"/{sl}/{slug(t)}.aspx\">{esc(t)}</a></li>" for t in subs)
    extra = ""
    if sl == "kommun-och-politik":
        extra = ("<h2>Så fungerar kommunen</h2><ul><li><a href=\"/kommun-och-politik/kontaktcenter.aspx\">Tunabergs kontaktcenter</a></li>"
                 "<li><a href=\"/kommun-och-politik/namnder.aspx\">Nämnder och styrelser</a></li></ul>")
    pg[f"/{sl}.aspx"] = (f"{sl}.html", label, f"<h1>{esc(label)}</h1><ul>{lis}</ul>{extra}")
pg["/nyheter/budget-2027.aspx"] = news_pages()["/nyheter/budget-2027"]
pg["/nyheter/vagarbete-kyrkogatan.aspx"] = news_pages()["/nyheter/vagarbete-kyrkogatan"]
pg["/jobb.aspx"] = ("jobb.html", "Lediga jobb", "<h1>Lediga jobb</h1><p>Inga lediga tjänster just nu.</p>")
pg["/kontakta-oss.aspx"] = ("kontakta-oss.html", "Kontakta oss", "<h1>Kontakta oss</h1><p>Växel: 040-628 04 30, vardagar 8–16.</p>"
                            "<p>E-post: kommun@tunaberg.se</p><p>Postadress: Box 1, 999 97 Tunaberg</p>")
pg["/kontaktformular.aspx"] = ("kontaktformular.html", "Kontaktformulär", "<h1>Kontaktformulär</h1><form method=\"post\" action=\"/kontaktformular.aspx\">"
                               "<label>Ditt ärende<textarea name=\"arende\"></textarea></label><button type=\"submit\">Skicka</button></form>")
pg["/kommun-och-politik/kontaktcenter.aspx"] = ("kontaktcenter.html", "Tunabergs kontaktcenter", (
    "<h1>Tunabergs kontaktcenter</h1><p>Vi svarar på frågor om</p><ul><li>skolskjuts</li><li>avgifter för vatten och avlopp</li>"
    "<li>hemtjänst</li><li>tomtkö</li><li>felanmälan</li></ul>"
    "<p>Skriv till oss i <a href=\"/kontaktformular.aspx\">kontaktformuläret</a>, ring 040-628 04 40 eller besök oss på Rådhustorget 3.</p>"
    "<p class=\"small\">Handläggare för synpunkter: Eva Lind. Frågor om den här sidan: webbredaktionen.</p>"))
s["pages"] = pg
s["drop"] = ["/jobb/"]
s["search"]["hits"] = hits(["kontaktcenter", "kontaktcentret", "kundtjänst"], ["/kommun-och-politik/kontaktcenter.aspx"])
SITES.append(s)

# ---------------------------------------------------------------- 9508 Lindåker (typo3, job ad) -> 2
s = base("9508", "Lindåker", "lindaker", "07", "Kronobergs län", "typo3", "0980-319 250", "Skolgatan 12", "999 18", title_suffix=" - Lindåkers kommun",
         front_path="/start/", redirects={"/": ["/start/", 302]})
s["nav"] = area_nav()
s["front"] = ("<div id=\"c10\" class=\"frame frame-default frame-type-textpic\">" + hero("Lindåkers kommun", "Välkommen!") + "</div>"
              "<div id=\"c11\" class=\"frame frame-default frame-type-list\">" + news_block(s["news"]) + "</div>" + FILLER)
s["jobs_page"] = ("<h1>Lediga jobb</h1><ul><li><a href=\"/jobb/larare-matematik\">Lärare i matematik</a></li>"
                  "<li><a href=\"/jobb/kommunvagledare-kontaktcentret\">Kommunvägledare till kontaktcentret</a></li>"
                  "<li><a href=\"/jobb/underskoterska\">Undersköterska, hemtjänst</a></li></ul>")
s["pages"] = {**news_pages(), "/jobb/kommunvagledare-kontaktcentret": ("jobb-kommunvagledare.html", "Kommunvägledare till kontaktcentret", (
    "<article id=\"c55\" class=\"frame frame-default\"><h1>Kommunvägledare till kontaktcentret</h1>"
    "<p>Lindåkers kontaktcenter har funnits sedan 2024 och är för många invånare den första kontakten med kommunen. "
    "Nu växer vi och söker två kommunvägledare.</p>"
    "<h2>Om tjänsten</h2><p>Du arbetar i ett team på åtta personer och har stor frihet att utveckla arbetssätten.</p>"
    "<p>Upplysningar lämnas av kontaktcenterchef Jenny Åkesson, 0980-319 260.</p><p>Sista ansökningsdag: 15 januari 2027.</p></article>"))}
s["search"]["hits"] = hits(["kontaktcenter", "kontaktcentret", "kommunvägledare"], ["/jobb/kommunvagledare-kontaktcentret"])
SITES.append(s)

# ---------------------------------------------------------------- 9509 Brännvik (icon tiles front) -> 1
s = base("9509", "Brännvik", "brannvik", "24", "Västerbottens län", "tiles", "08-465 004 50", "Nygatan 2", "999 29",
         title_suffix=" | Brännvik kommun")
s["nav"] = []
TL = [(a[0], f"/{a[1]}/") for a in AREAS] + [
    ("Familj och relationer", "/familj-och-relationer/"), ("Näringsliv", "/naringsliv/"), ("Kontakt", "/kontakt/"),
    ("Lediga jobb", "/jobb/"), ("Bibliotek", "/kultur-och-fritid/bibliotek/"), ("Felanmälan", "/trafik-och-gator/felanmalan/"),
    ("Bygglov", "/bygga-bo-och-miljo/bygglov/"), ("Avfall", "/bygga-bo-och-miljo/avfall-och-atervinning/"),
    ("Hemtjänst", "/omsorg-och-stod/hemtjanst/"), ("Förskola", "/barn-och-utbildning/forskola/"),
    ("Parkering", "/trafik-och-gator/parkering/"), ("Badplatser", "/kultur-och-fritid/badplatser/"),
    ("Politik", "/kommun-och-politik/politik-och-beslut/"), ("Nyheter", "/nyheter/")]
tiles_html = "".join(f"<li class=\"ruta\"><a href=\"{h}\"><svg aria-hidden=\"true\" width=\"48\" height=\"48\"><circle cx=\"24\" cy=\"24\" r=\"20\"/></svg>"
                     f"<span>{esc(t)}</span></a></li>" for t, h in TL)
s["news"] = [("Länsstyrelsens servicecenter flyttar till Brännvik", "/nyheter/lansstyrelsen-flyttar",
              "Länsstyrelsens servicecenter för körkort och vapen öppnar i gamla posthuset."),
             ("Budgeten för 2027 är antagen", "/nyheter/budget-2027", "Kommunfullmäktige har beslutat om nästa års budget.")]
s["front"] = ("<h1 class=\"visually-hidden\">Brännvik kommun</h1><nav aria-label=\"Ämnen\"><ul class=\"tiles\">" + tiles_html + "</ul></nav>"
              + news_block(s["news"]))
s["pages"] = {
    "/nyheter/budget-2027": news_pages()["/nyheter/budget-2027"],
    "/nyheter/lansstyrelsen-flyttar": ("nyhet-lansstyrelsen.html", "Länsstyrelsens servicecenter flyttar till Brännvik", (
        "<article><h1>Länsstyrelsens servicecenter flyttar till Brännvik</h1><p>Länsstyrelsens servicecenter för körkort, vapenlicenser "
        "och tillstånd öppnar i februari i gamla posthuset. Frågor besvaras av Länsstyrelsen.</p></article>")),
    "/familj-och-relationer/": ("familj.html", "Familj och relationer", (
        "<h1>Familj och relationer</h1><ul><li><a href=\"/familj-och-relationer/borgerlig-vigsel/\">Borgerlig vigsel</a></li>"
        "<li><a href=\"/familj-och-relationer/familjeradgivning/\">Familjerådgivning</a></li></ul>")),
    "/familj-och-relationer/borgerlig-vigsel/": ("vigsel.html", "Borgerlig vigsel", (
        "<h1>Borgerlig vigsel</h1><p>Du kan gifta dig borgerligt i stadshusets vigselrum eller på en plats du väljer själv. "
        "Innan vigseln behöver ni en hindersprövning från Skatteverket.</p>"
        "<p>Bokningen görs hos kommunens servicekontor i biblioteket, som också kan svara på frågor om lediga datum.</p>"
        "<p>Vigseln är avgiftsfri i stadshuset.</p>")),
    "/naringsliv/": ("naringsliv.html", "Näringsliv", "<h1>Näringsliv</h1><p>Företagslotsen hjälper dig som vill starta företag.</p>"),
    "/kontakt/": ("kontakt.html", "Kontakt", "<h1>Kontakt</h1><p>Växel: 08-465 004 50</p><p>Registrator: registrator@brannvik.se</p>"),
}
s["search"]["hits"] = hits(["servicekontor", "servicekontoret", "vigsel"], ["/familj-och-relationer/borgerlig-vigsel/"])
SITES.append(s)

# ---------------------------------------------------------------- 9510 Gölinge (tailwind, exclusions only) -> 0
s = base("9510", "Gölinge", "golinge", "13", "Hallands län", "tailwind", "08-465 004 60", "Storgatan 20", "999 10")
s["nav"] = [*area_nav(skip_last=True), {"label": "Servicecenter för näringslivet", "href": "/servicecenter-for-naringslivet/"}, {"label": "Kontakt", "href": "/kontakt/"}]
s["drop"] = ["/kommun-och-politik/"]
s["footer_extra"] = "<div class=\"f-col\"><h2>Kommunala bolag</h2><p>Gölinge Hamn AB kundcenter: 08-465 004 90</p></div>"
s["news"] = [("Gölinge och Grannby delar växel", "/nyheter/gemensam-vaxel",
              "Från 1 mars tas samtalen till växeln emot av Grannby kommuns kontaktcenter."),
             ("Budgeten för 2027 är antagen", "/nyheter/budget-2027", "Kommunfullmäktige har beslutat om nästa års budget.")]
s["front"] = (hero("Gölinge kommun", "Välkommen till Gölinge.") + news_block(s["news"]) + FILLER
              + drift("Strömavbrott i Västra Gölinge. Vattenfall kundservice har mer information."))
s["pages"] = {
    "/nyheter/budget-2027": news_pages()["/nyheter/budget-2027"],
    "/nyheter/gemensam-vaxel": ("nyhet-vaxel.html", "Gölinge och Grannby delar växel", (
        "<article><h1>Gölinge och Grannby delar växel</h1><p>Från 1 mars tas samtalen till Gölinge kommuns växel emot av Grannby kommuns "
        "kontaktcenter, som kopplar dig vidare. Grannby kommuns kontaktcenter svarar på frågor om bygglov, skola och avfall i Grannby; "
        "numret 08-465 004 60 gäller som förut.</p></article>")),
    "/servicecenter-for-naringslivet/": ("servicecenter-naringsliv.html", "Servicecenter för näringslivet", (
        "<h1>Servicecenter för näringslivet</h1><p>Vi hjälper företag med tillstånd för livsmedel och alkohol, bygglov för verksamheter "
        "och upphandling.</p><p>Tfn 08-465 004 70, naringsliv@golinge.se, öppet vardagar 8–16.</p>"
        "<p>Enhetschef för Servicecenter för näringslivet: Pontus Lax</p>")),
    "/kontakt/": ("kontakt.html", "Kontakt", "<h1>Kontakt</h1><p>Växel: 08-465 004 60. Samtalen besvaras av Grannby kommuns kontaktcenter.</p>"
                  "<p>E-post: kommun@golinge.se</p>"),
}
s["search"]["hits"] = hits(["servicecenter", "näringsliv"], ["/servicecenter-for-naringslivet/"])
SITES.append(s)

# ---------------------------------------------------------------- 9511 Norrvall (front page is a PNG) -> not_html
s = base("9511", "Norrvall", "norrvall", "22", "Västernorrlands län", "nuxt", "031-390 06 70", "Kyrkvägen 1", "999 21",
         front_png=True)
s["nav"] = [*area_nav(), {"label": "Kontaktcenter", "href": "/kontaktcenter/"}]
s["front"] = ""
s["pages"] = {**news_pages(), "/start.html": ("start.html", "Norrvall kommun", hero("Norrvall kommun", "Välkommen.") + news_block(s["news"])),
              "/kontaktcenter/": ("kontaktcenter.html", "Kontaktcenter", "<h1>Kontaktcenter</h1><p>Vi svarar på frågor om skola, omsorg och avfall.</p>"
                                  "<p>Tfn 031-390 06 71, kontaktcenter@norrvall.se</p><p>Enhetschef: Ida Berg</p>")}
s["search"]["hits"] = hits(["kontaktcenter"], ["/kontaktcenter/"])
SITES.append(s)

# ---------------------------------------------------------------- 9512 Skärmyra (401 everywhere) -> blocked
s = base("9512", "Skärmyra", "skarmyra", "17", "Värmlands län", "squarespace", "040-628 04 50", "Torget 1", "999 32",
         front_status=401)
s["nav"] = [{"label": a[0], "href": f"/{a[1]}/"} for a in AREAS] + [{"label": "Kundcenter", "href": "/kundcenter/"}]
s["front"] = hero("Skärmyra kommun", "Välkommen.") + news_block(s["news"]) + FILLER
s["pages"] = {**news_pages(), "/kundcenter/": ("kundcenter.html", "Kundcenter", "<h1>Kundcenter</h1><p>Vi svarar på frågor om skola och avfall.</p>"
                                               "<p>Tfn 040-628 04 51, kundcenter@skarmyra.se</p><p>Kundcenterchef: Bo Ek</p>")}
s["search"]["hits"] = hits(["kundcenter"], ["/kundcenter/"])
SITES.append(s)


def main() -> None:
    for site in SITES:
        build_site(site)
    print(f"wrote {len(SITES)} sites to {ROOT}")


if __name__ == "__main__":
    main()
