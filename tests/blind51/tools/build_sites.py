"""Write tests/blind51/sites/ (a typing aid; the written files are the corpus, labels are by hand).

    python3 tests/blind51/tools/build_sites.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chrome import a, esc, render

ROOT = Path(__file__).resolve().parent.parent / "sites"

AREAS = [
    ("Barn och utbildning", "barn-och-utbildning",
     ["Förskola", "Grundskola", "Gymnasieskola", "Skolskjuts", "Vuxenutbildning"]),
    ("Omsorg och hjälp", "omsorg-och-hjalp",
     ["Hemtjänst", "Särskilt boende", "Färdtjänst", "Ekonomiskt bistånd", "Stöd vid funktionsnedsättning"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo",
     ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Detaljplaner", "Miljö och hälsa"]),
    ("Trafik och gator", "trafik-och-gator",
     ["Parkering", "Gator och vägar", "Snöröjning", "Kollektivtrafik", "Felanmälan"]),
    ("Kultur och fritid", "kultur-och-fritid",
     ["Bibliotek", "Idrott och motion", "Föreningsliv", "Badplatser", "Kulturskola"]),
    ("Näringsliv och arbete", "naringsliv-och-arbete",
     ["Starta företag", "Upphandling", "Tillstånd", "Mark och lokaler", "Lediga jobb"]),
    ("Kommun och politik", "kommun-och-politik",
     ["Organisation", "Politik och beslut", "Ekonomi", "Allmänna handlingar", "Synpunkter och klagomål"]),
]

TR = {"å": "a", "ä": "a", "ö": "o", "é": "e", " ": "-", ",": "", "&": "och"}


def slug(t: str) -> str:
    return "-".join(x for x in "".join(TR.get(c, c) for c in t.lower()).split("-") if x)


def menu(drop: tuple = (), extra_subs: dict | None = None, extra_top: list | None = None) -> list[dict]:
    extra_subs = extra_subs or {}
    out = []
    for label, sl, subs in AREAS:
        if sl in drop:
            continue
        items = [(t, f"/{sl}/{slug(t)}/") for t in subs] + extra_subs.get(sl, [])
        out.append({"label": label, "href": f"/{sl}/", "subs": items})
    return out + (extra_top or [])


def front_main(s: dict) -> str:
    cards = "".join(f'<li class="card">{a(h, t)}</li>' for h, t in s["hero"])
    news = "".join(f'<article class="teaser"><h3>{a(h, t)}</h3><p>{esc(x)}</p></article>' for t, h, x in s["news"])
    eserv = [
        *s.get("eservices", []), ("/e-tjanster/forskoleplats/", "Ansök om förskoleplats"), ("/e-tjanster/felanmalan/", "Felanmälan gata och park"),
        ("/e-tjanster/bygglov/", "Ansök om bygglov"), ("/e-tjanster/bostadsanpassning/", "Ansök om bostadsanpassning")]
    es = "".join(f"<li>{a(h, t)}</li>" for h, t in eserv)
    jobs = [*s.get("jobs", []), ("/jobb/larare-ma-no/", "Lärare i matematik och NO, åk 7–9"),
                                ("/jobb/underskoterska/", "Undersköterskor till hemtjänsten, sommar")]
    js = "".join(f"<li>{a(h, t)}</li>" for h, t in jobs)
    ao = " ".join(a(f"/a-o/?bokstav={c}", c) for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ")
    return (f'<section class="hero"><h1>{esc(s["hero_h1"])}</h1><p>{esc(s["hero_p"])}</p><ul class="cards">{cards}</ul></section>\n'
            f'<section class="nyheter"><h2>Nyheter</h2>{news}<p>{a("/nyheter/", "Alla nyheter")}</p></section>\n'
            f'<section class="e-tjanster"><h2>Populära e-tjänster</h2><ul>{es}</ul></section>\n'
            f'<section class="driftinfo"><h2>Driftinformation</h2><p>{esc(s.get("drift", "Inga kända störningar just nu."))}</p></section>\n'
            f'<section class="evenemang"><h2>Evenemang</h2><ul><li>{a("/evenemang/loppis/", "Loppis på torget, lördag 10–14")}</li>'
            f'<li>{a("/evenemang/konsert/", "Sommarkonsert i parken")}</li><li>{a("/evenemang/sagostund/", "Sagostund på biblioteket")}</li></ul></section>\n'
            f'<section class="jobb"><h2>Lediga jobb</h2><ul>{js}</ul><p>{a("/jobb/", "Se alla lediga jobb")}</p></section>\n'
            f'<section class="a-o"><h2>A–Ö</h2><p>{ao}</p></section>')


def area_main(m: dict, extra: str = "") -> str:
    subs = "".join(f"<li>{a(h, t)}</li>" for t, h in m["subs"])
    return (f'<h1>{esc(m["label"])}</h1>\n<p class="ingress">Här hittar du information och e-tjänster inom '
            f'{esc(m["label"].lower())}.</p>\n<ul class="undersidor">{subs}</ul>\n{extra}')


TILL = ("<h1>Tillgänglighetsredogörelse</h1><p>Kommunen står bakom den här webbplatsen. Vi vill att så många som "
        "möjligt ska kunna använda webbplatsen. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet "
        "till digital offentlig service och hur du kan rapportera brister.</p><h2>Kända brister</h2><ul><li>Vissa "
        "PDF-dokument är inte tillgängliga.</li><li>Några filmer saknar syntolkning.</li></ul>"
        "<p>Tillsynsmyndighet är Myndigheten för digital förvaltning (Digg).</p>")

SOK = "<h1>Sök</h1>\n<div class=\"sokresultat\"><!--SEARCH_RESULTS--></div>"


def build(s: dict) -> None:
    d = ROOT / s["kod"]
    d.mkdir(parents=True, exist_ok=True)
    for f in d.iterdir():
        f.unlink()
    latin = s.get("latin1", False)
    ctype = "text/html; charset=iso-8859-1" if latin else None
    pages: dict = {}

    def write(path: str, fname: str, title: str, main: str, front: bool = False) -> None:
        doc = render(s["family"], s, title, main, front)
        if latin:
            (d / fname).write_bytes(doc.encode("iso-8859-1", "xmlcharrefreplace"))
            pages[path] = {"file": fname, "content_type": ctype}
        else:
            (d / fname).write_text(doc, encoding="utf-8")
            pages[path] = fname

    write("/", "index.html", s["kn"], front_main(s), True)
    for m in s["menu"]:
        if m["href"] in s["pages"]:
            continue
        write(m["href"], slug(m["label"]) + ".html", f'{m["label"]} - {s["kn"]}', area_main(m, s.get("area_extra", {}).get(m["href"], "")))
    write("/tillganglighet/", "tillganglighet.html", f'Tillgänglighetsredogörelse - {s["kn"]}', TILL)
    for path, (fname, title, body) in s["pages"].items():
        write(path, fname, f'{title} - {s["kn"]}' if s.get("suffix", True) else title, body)
    # search template (not a page)
    doc = render(s["family"], s, f'Sök - {s["kn"]}', SOK)
    if latin:
        (d / "sok.html").write_bytes(doc.encode("iso-8859-1", "xmlcharrefreplace"))
        tpl = {"file": "sok.html", "content_type": ctype}
    else:
        (d / "sok.html").write_text(doc, encoding="utf-8")
        tpl = "sok.html"
    man = {"kommunkod": s["kod"], "kommun": s["kommun"], "lan_kod": s["lan_kod"], "lan": s["lan"],
           "family": s["family"], "pages": pages, "redirects": s.get("redirects", {}),
           "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
           "sitemap": list(pages),
           "search": {"path": s["search"]["path"], "param": s["search"]["param"], "hits": s["search"]["hits"],
                      "template": tpl},
           "front_status": None}
    (d / "site.json").write_text(json.dumps(man, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(s["kod"], s["kommun"], len(pages), "pages")


def foot(post, besok, vaxel, mail, orgnr):
    return {"post": post, "besok": besok, "vaxel": vaxel, "mail": mail, "orgnr": orgnr}


def p(*paras: str) -> str:
    return "".join(f"<p>{x}</p>" for x in paras)


def news_page(h1: str, date: str, *paras: str) -> str:
    return f'<article><h1>{esc(h1)}</h1><p class="datum">Publicerad {date}</p>{p(*paras)}</article>'


SEARCH = {"path": "/sok/", "param": "q"}
SITES: list[dict] = []

# ---------------------------------------------------------------- 9575 Vassmark (semantic) 5
SITES.append({
    "kod": "9575", "kommun": "Vassmark", "kn": "Vassmarks kommun", "lan_kod": "25", "lan": "Norrbottens län",
    "family": "semantic",
    "footer": foot("999 40 Vassmark", "Kommunhuset, Storgatan 12", "0980-319 200", "kommunen@vassmark.se", "212000-3975"),
    "topbar": [("/kontaktcenter/", "Kontaktcenter", {})],
    "menu": menu(),
    "hero_h1": "Välkommen till Vassmark", "hero_p": "Älvdalen mellan fjäll och kust.",
    "hero": [("/e-tjanster/", "E-tjänster och blanketter"), ("/el-och-fjarrvarme/", "Vassmark Energi kundservice"),
             ("/kultur-och-fritid/", "Uppleva och göra")],
    "news": [("Bostadsbolaget kundcenter flyttar till Torget", "/nyheter/bostadsbolaget-kundcenter-flyttar/",
              "Från den 3 juni tar kundcentret emot besök i nya lokaler."),
             ("Vatten & Miljö i Vassmark, kundtjänst: nya telefontider i sommar", "/nyheter/vatten-och-miljo-telefontider/",
              "Under juli svarar kundtjänsten 9–12."),
             ("Ny lekplats i Norrparken", "/nyheter/ny-lekplats/", "Lekplatsen invigs med korv och musik.")],
    "footer_extra": ('<div class="footer-bolag"><h2>Kommunens bolag</h2><p>Vassmark Energi kundservice: 0980-319 250<br>'
                     'Bostadsbolaget kundcenter: 0980-319 251</p></div>'),
    "pages": {
        "/kontaktcenter/": ("kontaktcenter.html", "Kontaktcenter",
            "<h1>Kontaktcenter</h1>" + p(
                "Kontaktcenter är Vassmarks kommuns gemensamma ingång för invånare, företag och besökare. "
                "Vi svarar på frågor om förskola och skola, bygglov, avfallshämtning, äldreomsorg och parkeringstillstånd, "
                "och vi tar emot felanmälningar om gator och belysning.",
                "Kontaktcenter hjälper dig också med frågor till Vassmark Energi och Vatten &amp; Miljö i Vassmark, "
                "och kopplar dig vidare när ärendet behöver en handläggare.")
            + '<h2>Så når du oss</h2><p>Telefon: <a href="tel:+46980319210">0980-319 210</a><br>'
              'E-post: <a href="mailto:kontaktcenter@vassmark.se">kontaktcenter@vassmark.se</a></p>'
              '<table><caption>Telefontider</caption><tr><th>Måndag–torsdag</th><td>8.00–16.30</td></tr>'
              '<tr><th>Fredag</th><td>8.00–15.00</td></tr></table>'
              '<p>Enhetschef för kontaktcenter: Maja Ström</p>'),
        "/el-och-fjarrvarme/": ("energi.html", "Vassmark Energi kundservice",
            "<h1>Vassmark Energi kundservice</h1>" + p(
                "Vassmark Energi ägs av Vassmarks kommun. Kundservice svarar på frågor om elavtal, fjärrvärme och fiber.",
                "Telefon 0980-319 250, vardagar 8–16. E-post kundservice@vassmarkenergi.se.",
                "Kundservicechef: Jonas Berg")),
        "/nyheter/bostadsbolaget-kundcenter-flyttar/": ("nyhet1.html", "Bostadsbolaget kundcenter flyttar till Torget",
            news_page("Bostadsbolaget kundcenter flyttar till Torget", "2025-05-12",
                      "Bostadsbolaget, kommunens bostadsföretag, flyttar sitt kundcenter till Torget 3. "
                      "Där kan hyresgäster göra felanmälan och ställa frågor om sitt kontrakt.",
                      "Kundcenterchef Eva Nyström hälsar alla välkomna.")),
        "/nyheter/vatten-och-miljo-telefontider/": ("nyhet2.html", "Nya telefontider hos Vatten & Miljö",
            news_page("Vatten & Miljö i Vassmark, kundtjänst: nya telefontider i sommar", "2025-06-02",
                      "Vatten &amp; Miljö i Vassmark, kundtjänst, svarar på frågor om vatten, avlopp och sophämtning "
                      "9–12 under juli. Telefon 0980-319 255.")),
        "/nyheter/ny-lekplats/": ("nyhet3.html", "Ny lekplats i Norrparken",
            news_page("Ny lekplats i Norrparken", "2025-04-20", "Lekplatsen har klätterställning, gungor och sandlåda.")),
    },
    "search": {**SEARCH, "hits": {"kontaktcenter": ["/kontaktcenter/"], "kundservice": ["/el-och-fjarrvarme/"],
                                  "kundcenter": ["/nyheter/bostadsbolaget-kundcenter-flyttar/"],
                                  "kundtjänst": ["/nyheter/vatten-och-miljo-telefontider/"]}},
})

# ---------------------------------------------------------------- 9576 Lerfall (soup) 0
SITES.append({
    "kod": "9576", "kommun": "Lerfall", "kn": "Lerfalls kommun", "lan_kod": "14", "lan": "Västra Götalands län",
    "family": "soup",
    "footer": foot("999 41 Lerfall", "Rådhuset, Kyrkogatan 2", "031-390 06 00", "info@lerfall.se", "212000-1476"),
    "topbar": [("/kontakt/", "Kontakta oss", {})],
    "menu": menu(),
    "hero_h1": "Lerfalls kommun", "hero_p": "Här bor och verkar 14 000 människor vid Lerån.",
    "hero": [("/lerfall-energi/", "Lerfall Energi kundservice – strömavbrott?"), ("/barn-och-utbildning/", "Ansök om förskoleplats"),
             ("/trafik-och-gator/", "Felanmälan")],
    "news": [("Kundtjänsten på Vatten & Miljö i Lerfall har begränsade öppettider i juli", "/nyheter/vatten-och-miljo-oppettider/",
              "Ring hellre än att besöka under semesterperioden."),
             ("Byggnadsnämnden blir gemensam med Grannby", "/nyheter/gemensam-byggnadsnamnd/",
              "Från årsskiftet handläggs bygglov gemensamt."),
             ("Sommarlovsaktiviteter för barn och unga", "/nyheter/sommarlov/", "Gratis aktiviteter hela sommaren.")],
    "footer_extra": ('<div class="f9"><b>Bostadsbolaget kundcenter</b><br>Torggatan 4, 031-390 06 55<br>'
                     'kundcenter@bostadsbolaget-lerfall.se</div>'),
    "pages": {
        "/kontakt/": ("kontakt.html", "Kontakta oss",
            "<h1>Kontakta oss</h1>" + p(
                "Ring kommunens växel 031-390 06 00 (vardagar 8–16.30) eller mejla info@lerfall.se. "
                "Växeln kopplar dig vidare till rätt handläggare.")
            + "<h2>Bygglov</h2>" + p(
                "Lerfall och Grannby har en gemensam byggnadsnämnd. Frågor om bygglov tas emot av "
                "Kontaktcenter i Grannby kommun, 031-390 06 70.")
            + "<h2>El, fjärrvärme och hyresrätter</h2>" + p(
                "Frågor om el och fjärrvärme: Lerfall Energi kundservice. Frågor om din hyresrätt: Bostadsbolaget kundcenter.")),
        "/lerfall-energi/": ("energi.html", "Lerfall Energi kundservice",
            "<h1>Lerfall Energi kundservice</h1>" + p(
                "Lerfall Energi är kommunens helägda energibolag. Kundservice hjälper dig med frågor om elnät, fjärrvärme, "
                "fiber och strömavbrott.",
                "Telefon 031-390 06 60, telefontid vardagar 8–16. E-post kundservice@lerfallenergi.se.",
                "Kundservicechef: Oskar Lund")),
        "/nyheter/vatten-och-miljo-oppettider/": ("nyhet1.html", "Begränsade öppettider hos Vatten & Miljö",
            news_page("Kundtjänsten på Vatten & Miljö i Lerfall har begränsade öppettider i juli", "2025-06-10",
                      "Vatten &amp; Miljö i Lerfall, kundtjänst, har öppet för besök tisdagar 10–12 i juli. "
                      "Telefon 031-390 06 65 som vanligt.")),
        "/nyheter/gemensam-byggnadsnamnd/": ("nyhet2.html", "Byggnadsnämnden blir gemensam med Grannby",
            news_page("Byggnadsnämnden blir gemensam med Grannby", "2025-01-08",
                      "Från 1 januari har Lerfall och Grannby en gemensam byggnadsnämnd. Du som har frågor om bygglov "
                      "vänder dig till Grannbys kontaktcenter, som tar emot frågorna för båda kommunerna.")),
        "/nyheter/sommarlov/": ("nyhet3.html", "Sommarlovsaktiviteter",
            news_page("Sommarlovsaktiviteter för barn och unga", "2025-05-28", "Fiske, bad, slöjd och fotboll hela sommaren.")),
    },
    "search": {**SEARCH, "hits": {"kundservice": ["/lerfall-energi/"], "kontaktcenter": ["/nyheter/gemensam-byggnadsnamnd/"],
                                  "kundtjänst": ["/nyheter/vatten-och-miljo-oppettider/"]}},
})

# ---------------------------------------------------------------- 9577 Kråknäs (table, latin-1) 5
MK_SUBS = [("Öppettider", "/medborgarkontor-norr/oppettider/"), ("Hitta hit", "/medborgarkontor-norr/hitta-hit/")]
SITES.append({
    "kod": "9577", "kommun": "Kråknäs", "kn": "Kråknäs kommun", "lan_kod": "12", "lan": "Skåne län",
    "family": "table", "latin1": True,
    "footer": foot("999 42 Kråknäs", "Kommunhuset, Långgatan 5", "040-628 04 00", "kommun@kraknas.se", "212000-1177"),
    "menu": menu(drop=("naringsliv-och-arbete",),
                 extra_top=[{"label": "Medborgarkontor Norr", "href": "/medborgarkontor-norr/", "subs": MK_SUBS}]),
    "hero_h1": "Välkommen till Kråknäs kommun", "hero_p": "Slätt, hav och bokskog.",
    "hero": [("/barn-och-utbildning/", "Skolval 2025"), ("/bygga-bo-och-miljo/", "Sophämtning i sommar")],
    "news": [("Region Sydmarks kundtjänst för sjukresor byter telefonnummer", "/nyheter/sjukresor/",
              "Det nya numret gäller från 1 september."),
             ("Medborgarkontor Söder håller stängt vecka 30", "/nyheter/soder-stangt/", "Välkommen till Norr under tiden."),
             ("Ny förskola i Norrbacka", "/nyheter/ny-forskola/", "Förskolan Lärkan öppnar i augusti.")],
    "pages": {
        "/medborgarkontor-norr/": ("medborgarkontor.html", "Medborgarkontor Norr",
            "<h1>Medborgarkontor Norr</h1>" + p(
                "Medborgarkontor Norr i Norrbacka är ett av kommunens två medborgarkontor. Här får du hjälp med frågor om "
                "bland annat bostadsanpassning, färdtjänst, skolskjuts, hyra av kommunens lokaler och parkeringstillstånd. "
                "Du kan också låna dator och skrivare.",
                "Medborgarkontor Söder i Sörby har samma uppdrag och har öppet tisdagar och torsdagar 10–15.",
                "I samma hus finns Statens servicekontor, där du får hjälp med ärenden till Skatteverket, "
                "Försäkringskassan och Pensionsmyndigheten. Statens servicekontor har egna öppettider.")
            + '<table border="1" cellpadding="3"><tr><th colspan="2">Öppettider Medborgarkontor Norr</th></tr>'
              '<tr><td>Måndag–torsdag</td><td>9–17</td></tr><tr><td>Fredag</td><td>9–14</td></tr></table>'
            + p("Besöksadress: Nordanvägen 3, Norrbacka<br>Telefon: 040-628 04 21",
                "Ansvarig för medborgarkontoren: Per Alm, enhetschef")),
        "/nyheter/sjukresor/": ("nyhet1.html", "Nytt nummer för sjukresor",
            news_page("Region Sydmarks kundtjänst för sjukresor byter telefonnummer", "2025-08-15",
                      "Region Sydmarks kundtjänst för sjukresor nås från 1 september på 040-628 04 80.")),
        "/nyheter/soder-stangt/": ("nyhet2.html", "Medborgarkontor Söder stängt vecka 30",
            news_page("Medborgarkontor Söder håller stängt vecka 30", "2025-07-01",
                      "Medborgarkontor Söder har semesterstängt vecka 30. Medborgarkontor Norr har öppet som vanligt.")),
        "/nyheter/ny-forskola/": ("nyhet3.html", "Ny förskola i Norrbacka",
            news_page("Ny förskola i Norrbacka", "2025-03-03", "Förskolan Lärkan får sex avdelningar.")),
    },
    "search": {**SEARCH, "hits": {"medborgarkontor": ["/medborgarkontor-norr/", "/nyheter/soder-stangt/"],
                                  "servicekontor": ["/medborgarkontor-norr/"], "kundtjänst": ["/nyheter/sjukresor/"]}},
})

# ---------------------------------------------------------------- 9578 Ulvhamra (sitevision) 4
SC = "/kommun-och-politik/servicecenter-ulvhamra-ostervall.4.51f2a9.html"
SITES.append({
    "kod": "9578", "kommun": "Ulvhamra", "kn": "Ulvhamra kommun", "lan_kod": "03", "lan": "Uppsala län",
    "family": "sitevision",
    "footer": foot("999 43 Ulvhamra", "Kommunhuset, Gillegatan 1", "08-465 004 00", "kommunen@ulvhamra.se", "212000-0378"),
    "topbar": [("/kontakt.4.10a1.html", "Kontakt", {})],
    "menu": menu(extra_subs={"kommun-och-politik": [("Servicecenter", SC)]}),
    "hero_h1": "Ulvhamra – nära till allt", "hero_p": "Kommunen vid sjön Ulven.",
    "hero": [("/barn-och-utbildning/", "Förskola och skola"), ("/omsorg-och-hjalp/", "Omsorg och hjälp"),
             ("/kultur-och-fritid/", "Sommar i Ulvhamra")],
    "news": [("Östervalls kommuns kundcenter stänger – frågorna går till det gemensamma servicecentret",
              "/nyheter/ostervalls-kundcenter-stanger.4.77b.html", "Invånare i Östervall ringer samma nummer som Ulvhamraborna."),
             ("Räddningstjänsten Syds kundtjänst för sotning har nytt nummer", "/nyheter/sotning.4.78b.html",
              "Numret gäller från 1 maj."),
             ("Skolstart 2025", "/nyheter/skolstart.4.79b.html", "Skolan börjar den 19 augusti.")],
    "pages": {
        SC: ("servicecenter.html", "Servicecenter Ulvhamra–Östervall",
            "<h1>Servicecenter Ulvhamra–Östervall</h1>" + p(
                "Servicecenter Ulvhamra–Östervall är kommunernas gemensamma väg in. Sedan januari 2024 driver Ulvhamra "
                "kommun och Östervalls kommun servicecentret tillsammans, och du som bor i Ulvhamra får svar på dina "
                "frågor om kommunen här.",
                "Vi hjälper dig med frågor om förskola och skolskjuts, bygglov, avfall, vatten och avlopp, "
                "bostadsanpassning och färdtjänst.")
            + "<h2>Kontakta servicecenter</h2>" + p(
                "Telefon 08-465 004 20, vardagar 8–17<br>E-post servicecenter@ulvhamra.se",
                '<button type="button" class="sv-chat-button">Chatta med oss</button>')
            + p("Enhetschef för servicecenter: Sanna Ek")),
        "/kontakt.4.10a1.html": ("kontakt.html", "Kontakt",
            "<h1>Kontakt</h1>" + p("Växel: 08-465 004 00, vardagar 7.30–16.30.", "E-post: kommunen@ulvhamra.se",
                                   "Postadress: Ulvhamra kommun, 999 43 Ulvhamra",
                                   "Räddningstjänsten Syd, ej akuta ärenden: 08-465 004 90")),
        "/nyheter/ostervalls-kundcenter-stanger.4.77b.html": ("nyhet1.html", "Östervalls kundcenter stänger",
            news_page("Östervalls kommuns kundcenter stänger – frågorna går till det gemensamma servicecentret", "2023-12-01",
                      "Östervalls kommuns kundcenter stänger den 31 december. Från 1 januari tar Servicecenter "
                      "Ulvhamra–Östervall emot frågor från invånare i båda kommunerna.")),
        "/nyheter/sotning.4.78b.html": ("nyhet2.html", "Nytt nummer för sotning",
            news_page("Räddningstjänsten Syds kundtjänst för sotning har nytt nummer", "2025-04-22",
                      "Räddningstjänsten Syd är kommunalförbundet för räddningstjänst i Ulvhamra, Östervall och Grannby. "
                      "Kundtjänsten för sotning och brandskyddskontroll nås på 08-465 004 91.")),
        "/nyheter/skolstart.4.79b.html": ("nyhet3.html", "Skolstart 2025",
            news_page("Skolstart 2025", "2025-08-01", "Skolan börjar tisdagen den 19 augusti.")),
    },
    "search": {**SEARCH, "hits": {"servicecenter": [SC, "/nyheter/ostervalls-kundcenter-stanger.4.77b.html"],
                                  "kundcenter": ["/nyheter/ostervalls-kundcenter-stanger.4.77b.html"],
                                  "kundtjänst": ["/nyheter/sotning.4.78b.html"]}},
})

# ---------------------------------------------------------------- 9579 Myrberga (municipio drawer) 4
SCC = "/servicecenter-centrum/"
SITES.append({
    "kod": "9579", "kommun": "Myrberga", "kn": "Myrberga kommun", "lan_kod": "20", "lan": "Dalarnas län",
    "family": "municipio",
    "footer": foot("999 44 Myrberga", "Centrumhuset, Stora torget 2", "0980-319 220", "info@myrberga.se", "212000-2079"),
    "topbar": [("/kontakt/", "Kontakt", {})],
    "menu": menu(drop=("trafik-och-gator",),
                 extra_subs={"naringsliv-och-arbete": [("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag/")]},
                 extra_top=[{"label": "Servicecenter Centrum", "href": SCC,
                             "subs": [("Hitta hit", "/servicecenter-centrum/hitta-hit/"), ("Låna dator", "/servicecenter-centrum/lana-dator/")]}]),
    "hero_h1": "Myrberga kommun", "hero_p": "Skog, sjöar och gruvhistoria.",
    "hero": [("/barn-och-utbildning/", "Ansök om förskola"), ("/kultur-och-fritid/", "Badplatser")],
    "news": [("Myrbergahem kundcenter byter öppettider", "/nyheter/myrbergahem-kundcenter/", "Kundcentret stänger 15 på fredagar."),
             ("Nytt konstgräs på Vallen", "/nyheter/konstgras/", "Planen är klar i september.")],
    "footer_extra": '<div class="c-footer__bolag"><h2>Bolag</h2><p>Myrbergahem kundcenter: 0980-319 245</p></div>',
    "pages": {
        SCC: ("servicecenter.html", "Servicecenter Centrum",
            "<h1>Servicecenter Centrum</h1>" + p(
                "Servicecenter Centrum finns på bottenvåningen i Centrumhuset, mitt i Myrberga. Välkommen in – vi finns "
                "här för dig och hjälper dig med det du undrar över.",
                "Telefon: 0980-319 230<br>Besöksadress: Centrumhuset, Stora torget 2<br>Öppettider: måndag–fredag 9–16",
                "Servicecenter Centrum leds av en enhetschef och är en del av kommunledningskontoret.")),
        "/naringsliv-och-arbete/servicecenter-for-foretag/": ("foretag.html", "Servicecenter för företag",
            "<h1>Servicecenter för företag</h1>" + p(
                "En väg in för dig som driver eller vill starta företag: serveringstillstånd, livsmedelskontroll och "
                "bygglov för verksamhetslokaler.", "Telefon 0980-319 240, foretag@myrberga.se.", "Näringslivschef: Tove Sand")),
        "/kontakt/": ("kontakt.html", "Kontakt",
            "<h1>Kontakt</h1>" + p("Växel: 0980-319 220. E-post: info@myrberga.se.",
                                   'Vill du träffa oss? Besök ' + a(SCC, "Servicecenter Centrum") + ".")),
        "/nyheter/myrbergahem-kundcenter/": ("nyhet1.html", "Myrbergahem kundcenter byter öppettider",
            news_page("Myrbergahem kundcenter byter öppettider", "2025-03-14",
                      "Myrbergahem, det kommunala bostadsbolaget, stänger sitt kundcenter kl. 15 på fredagar.")),
        "/nyheter/konstgras/": ("nyhet2.html", "Nytt konstgräs på Vallen",
            news_page("Nytt konstgräs på Vallen", "2025-06-01", "Arbetet pågår under sommaren.")),
    },
    "search": {"path": "/", "param": "s",
               "hits": {"servicecenter": [SCC, "/naringsliv-och-arbete/servicecenter-for-foretag/"],
                        "kundcenter": ["/nyheter/myrbergahem-kundcenter/"]}},
})

# ---------------------------------------------------------------- 9580 Tjärnås (bootstrap) 3
SITES.append({
    "kod": "9580", "kommun": "Tjärnås", "kn": "Tjärnås kommun", "lan_kod": "21", "lan": "Gävleborgs län",
    "family": "bootstrap",
    "footer": foot("999 45 Tjärnås", "Kommunhuset, Järnvägsgatan 8", "031-390 06 30", "info@tjarnas.se", "212000-2180"),
    "menu": menu(drop=("naringsliv-och-arbete",),
                 extra_top=[{"label": "Kontakta oss", "href": "/kontakta-oss/",
                             "subs": [("Press", "/kontakta-oss/press/"), ("Synpunkter", "/kontakta-oss/synpunkter/")]}]),
    "hero_h1": "Tjärnås – skog och sjö", "hero_p": "Välkommen till kommunen mitt i Hälsingeskogen.",
    "hero": [("/bygga-bo-och-miljo/", "Sophämtning"), ("/barn-och-utbildning/", "Skola och förskola")],
    "eservices": [("/e-tjanster/energi-mina-sidor/", "Tjärnås Energi kundservice – Mina sidor")],
    "news": [("Bostadsbolaget kundcenter stänger för inventering", "/nyheter/bostadsbolaget-inventering/",
              "Kundcentret är stängt fredag 14 mars."),
             ("Ny cykelväg till Älvsbo", "/nyheter/cykelvag/", "Cykelvägen öppnar i juni.")],
    "pages": {
        "/kontakta-oss/": ("kontakta-oss.html", "Kontakta oss",
            "<h1>Kontakta oss</h1><h2>Vem ska jag kontakta?</h2><p>Många frågor besvaras av kommunens bolag och samarbeten:</p>"
            "<ul><li>El, fjärrvärme och bredband: Tjärnås Energi kundservice, 031-390 06 81</li>"
            "<li>Hyresrätter och felanmälan i lägenheten: Bostadsbolaget kundcenter, 031-390 06 82</li>"
            "<li>Vatten, avlopp och sophämtning: Vatten &amp; Miljö i Tjärnås, kundtjänst, 031-390 06 83</li>"
            "<li>Sotning och brandskydd: Räddningstjänsten Syd, 031-390 06 84</li></ul>"
            "<h2>Allt annat</h2>" + p(
                "Allt annat som rör kommunen tar kommunens kundtjänst emot. Ring 031-390 06 40 eller mejla "
                "kundtjanst@tjarnas.se, vardagar 8–16.",
                "Ytterst ansvarig för kommunens förvaltning är kommundirektör Lars Vik.",
                "Sidansvarig: Webbredaktionen")),
        "/nyheter/bostadsbolaget-inventering/": ("nyhet1.html", "Bostadsbolaget kundcenter stänger för inventering",
            news_page("Bostadsbolaget kundcenter stänger för inventering", "2025-03-10",
                      "Bostadsbolaget kundcenter är stängt fredag 14 mars. Akuta fel anmäls till jouren.")),
        "/nyheter/cykelvag/": ("nyhet2.html", "Ny cykelväg till Älvsbo",
            news_page("Ny cykelväg till Älvsbo", "2025-05-02", "Den nya cykelvägen är 4 km lång.")),
    },
    "search": {**SEARCH, "hits": {"kundtjänst": ["/kontakta-oss/"], "kundservice": ["/kontakta-oss/"],
                                  "kundcenter": ["/kontakta-oss/", "/nyheter/bostadsbolaget-inventering/"]}},
})

# ---------------------------------------------------------------- 9581 Bäckeby (custom elements) 0
SITES.append({
    "kod": "9581", "kommun": "Bäckeby", "kn": "Bäckeby kommun", "lan_kod": "07", "lan": "Kronobergs län",
    "family": "custom",
    "footer": foot("999 46 Bäckeby", "Kommunhuset, Ågatan 4", "040-628 04 00", "info@backeby.se", "212000-0781"),
    "topbar": [("/kontakt/", "Kontakt", {})],
    "menu": menu(),
    "hero_h1": "Bäckeby – där åarna möts", "hero_p": "En kommun i rörelse.",
    "hero": [("/raddningstjansten-syd/", "Räddningstjänsten Syd – kundtjänst för sotning"),
             ("/omsorg-och-hjalp/", "Färdtjänst"), ("/e-tjanster/", "E-tjänster")],
    "jobs": [("/servicecenter-servicenamnden/", "Löneadministratör till Servicecenter, gemensam servicenämnd")],
    "news": [("Grannby och Östervall öppnar gemensamt kontaktcenter", "/nyheter/grannby-ostervall-kontaktcenter/",
              "Bäckeby ingår inte i samarbetet."),
             ("Statens servicekontor i Bäckeby får längre öppettider", "/nyheter/statens-servicekontor/",
              "Öppet till 18 på torsdagar."),
             ("Nytt äldreboende i Ekudden", "/nyheter/ekudden/", "Inflyttning i oktober.")],
    "pages": {
        "/kontakt/": ("kontakt.html", "Kontakt",
            "<h1>Kontakt</h1>" + p("Växel: 040-628 04 00, vardagar 8–16. E-post: info@backeby.se.",
                                   "Färdtjänst: Region Mälarbygdens kundtjänst för färdtjänst, 040-628 04 70.",
                                   "Statens servicekontor: Järnvägsgatan 2.")),
        "/raddningstjansten-syd/": ("raddning.html", "Räddningstjänsten Syd",
            "<h1>Räddningstjänsten Syd</h1>" + p(
                "Räddningstjänsten Syd är ett kommunalförbund som ägs av Bäckeby, Grannby och Östervall.",
                "Kundtjänst för sotning, brandskyddskontroll och tillstånd för brandfarlig vara: 040-628 04 60, "
                "kundtjanst@rtjsyd.se.", "Förbundsdirektör: Mats Ahl")),
        "/servicecenter-servicenamnden/": ("servicenamnd.html", "Servicecenter – gemensam servicenämnd",
            "<h1>Servicecenter – gemensam servicenämnd Bäckeby–Grannby</h1>" + p(
                "Servicecenter sköter lön, IT-support, inköp och ekonomiadministration åt förvaltningarna i Bäckeby och "
                "Grannby. Servicecenter tar inte emot frågor från invånare; som invånare ringer du kommunens växel.",
                "Vi söker nu en löneadministratör. Sista ansökningsdag 30 september.",
                "Chef för Servicecenter: Anders Holm")),
        "/nyheter/grannby-ostervall-kontaktcenter/": ("nyhet1.html", "Grannby och Östervall öppnar gemensamt kontaktcenter",
            news_page("Grannby och Östervall öppnar gemensamt kontaktcenter", "2025-02-20",
                      "Från 1 mars har Grannby kommun och Östervalls kommun ett gemensamt kontaktcenter, Kontaktcenter "
                      "Grannby–Östervall, som svarar på frågor om allt från skola till avfall.",
                      "Bäckeby kommun ingår inte i samarbetet. Du som bor i Bäckeby ringer som vanligt kommunens växel, "
                      "040-628 04 00.")),
        "/nyheter/statens-servicekontor/": ("nyhet2.html", "Längre öppettider på Statens servicekontor",
            news_page("Statens servicekontor i Bäckeby får längre öppettider", "2025-04-04",
                      "Statens servicekontor på Järnvägsgatan 2 hjälper dig med Skatteverket, Försäkringskassan och "
                      "Pensionsmyndigheten. Nu är det öppet till 18 på torsdagar.")),
        "/nyheter/ekudden/": ("nyhet3.html", "Nytt äldreboende i Ekudden",
            news_page("Nytt äldreboende i Ekudden", "2025-05-15", "Boendet har 60 lägenheter.")),
    },
    "search": {**SEARCH, "hits": {"kontaktcenter": ["/nyheter/grannby-ostervall-kontaktcenter/"],
                                  "servicecenter": ["/servicecenter-servicenamnden/"],
                                  "servicekontor": ["/nyheter/statens-servicekontor/", "/kontakt/"],
                                  "kundtjänst": ["/raddningstjansten-syd/", "/kontakt/"]}},
})

# ---------------------------------------------------------------- 9582 Rödvik (aria) 3
SITES.append({
    "kod": "9582", "kommun": "Rödvik", "kn": "Rödviks kommun", "lan_kod": "10", "lan": "Blekinge län",
    "family": "aria",
    "footer": foot("999 47 Rödvik", "Stadshuset, Torget 5", "040-628 04 10", "kommun@rodvik.se", "212000-1082"),
    "topbar": [("/vatten-och-miljo/", "Vatten & Miljö i Rödvik – kundtjänst", {})],
    "menu": menu(),
    "hero_h1": "Rödvik vid havet", "hero_p": "Skärgård, hamn och småstadsliv.",
    "hero": [("/bygga-bo-och-miljo/", "Bygga och bo"), ("/kultur-och-fritid/", "Båtplatser och bad")],
    "news": [("Bostadsbolaget kundcenter öppnar på lördagar", "/nyheter/bostadsbolaget-lordagar/", "Prova under hösten."),
             ("Hamnfesten 2025", "/nyheter/hamnfesten/", "Tre dagar med musik och marknad.")],
    "footer_extra": ('<div class="f-mk" role="region" aria-labelledby="f-mk-h"><h2 id="f-mk-h">Medborgarkontoret</h2>'
                     '<p>Medborgarkontoret hjälper dig också med frågor till Vatten &amp; Miljö i Rödvik och Bostadsbolaget.</p>'
                     '<p><a href="/medborgarkontoret/">Mer om Medborgarkontoret</a></p></div>'),
    "pages": {
        "/medborgarkontoret/": ("medborgarkontoret.html", "Medborgarkontoret",
            "<h1>Medborgarkontoret</h1>" + p(
                "Medborgarkontoret i stadshuset är kommunens väg in för dina frågor. Hos oss kan du få hjälp med ansökan om "
                "färdtjänst och bostadsanpassning, bokning av kommunens lokaler, frågor om avgifter för förskola och "
                "fritidshem och hur du gör en felanmälan.",
                "Vi hjälper dig också med frågor till Vatten &amp; Miljö i Rödvik och Bostadsbolaget.")
            + "<h2>Kontakt och öppettider</h2>" + p(
                "Telefon: 040-628 04 30<br>Besöksadress: Stadshuset, Torget 5, entréplan<br>Öppet: måndag–fredag 8–16.30",
                "Kontaktperson: kommunvägledare Hanna Ro", "Sidansvarig: Ola Fors")),
        "/vatten-och-miljo/": ("vattenmiljo.html", "Vatten & Miljö i Rödvik, kundtjänst",
            "<h1>Vatten &amp; Miljö i Rödvik, kundtjänst</h1>" + p(
                "Vatten &amp; Miljö i Rödvik är kommunens bolag för vatten, avlopp och avfall. Kundtjänsten svarar på "
                "frågor om abonnemang, fakturor, sophämtning och vattenläckor.",
                "Telefon 040-628 04 50, vardagar 7–16. E-post kundtjanst@vmrodvik.se.", "Kundtjänstchef: Lisa Holm")),
        "/nyheter/bostadsbolaget-lordagar/": ("nyhet1.html", "Bostadsbolaget kundcenter öppnar på lördagar",
            news_page("Bostadsbolaget kundcenter öppnar på lördagar", "2025-08-20",
                      "Bostadsbolaget, kommunens bostadsföretag, håller kundcentret öppet lördagar 10–13 under hösten.")),
        "/nyheter/hamnfesten/": ("nyhet2.html", "Hamnfesten 2025",
            news_page("Hamnfesten 2025", "2025-06-15", "Välkommen till hamnen 8–10 augusti.")),
    },
    "search": {**SEARCH, "hits": {"medborgarkontor": ["/medborgarkontoret/"], "medborgarkontoret": ["/medborgarkontoret/"],
                                  "kundtjänst": ["/vatten-och-miljo/"], "kundcenter": ["/nyheter/bostadsbolaget-lordagar/"]}},
})

# ---------------------------------------------------------------- 9583 Stensjöhed (episerver) 2
SK = "/kommun-och-politik/servicekontoret/"
SITES.append({
    "kod": "9583", "kommun": "Stensjöhed", "kn": "Stensjöheds kommun", "lan_kod": "23", "lan": "Jämtlands län",
    "family": "episerver",
    "footer": foot("999 48 Stensjöhed", "Stadshuset, Storgatan 20", "08-465 004 10", "info@stensjohed.se", "212000-2383"),
    "topbar": [("/kontakt/", "Kontakt", {})],
    "menu": menu(),
    "hero_h1": "Stensjöhed", "hero_p": "Fjällnära och öppet.",
    "hero": [("/nyheter/statens-servicekontor-oppnar/", "Statens servicekontor öppnar i Stensjöhed"),
             ("/barn-och-utbildning/", "Förskola och skola")],
    "news": [("Region Norrmarks kundtjänst för färdtjänst har ny adress", "/nyheter/region-fardtjanst/",
              "Kundtjänsten har flyttat till Östersundsvägen."),
             ("Skidspåren är preparerade", "/nyheter/skidspar/", "Välkommen ut i spåren.")],
    "pages": {
        SK: ("servicekontoret.html", "Servicekontoret",
            "<h1>Servicekontoret</h1>" + p(
                "Servicekontoret är kommunens egen ingång för frågor om kommunens verksamheter. Vi är inte samma "
                "verksamhet som Statens servicekontor, som hjälper dig med Skatteverket, Försäkringskassan och "
                "Pensionsmyndigheten.",
                "Vi svarar på frågor om skolskjuts, avfallshämtning, bygglov och färdtjänst.",
                "Ring oss på 08-465 004 30.", "Chef för servicekontoret: Eva Nord")),
        "/kontakt/": ("kontakt.html", "Kontakt",
            "<h1>Kontakt</h1>" + p("Växel: 08-465 004 10, vardagar 8–16. E-post: info@stensjohed.se.",
                                   "Postadress: Stensjöheds kommun, 999 48 Stensjöhed.")),
        "/nyheter/statens-servicekontor-oppnar/": ("nyhet1.html", "Statens servicekontor öppnar i Stensjöhed",
            news_page("Statens servicekontor öppnar i Stensjöhed", "2025-09-01",
                      "Skatteverket, Försäkringskassan och Pensionsmyndigheten öppnar ett gemensamt servicekontor på "
                      "Storgatan 9. Statens servicekontor har öppet måndag–fredag 9–16.")),
        "/nyheter/region-fardtjanst/": ("nyhet2.html", "Region Norrmarks kundtjänst för färdtjänst",
            news_page("Region Norrmarks kundtjänst för färdtjänst har ny adress", "2025-02-11",
                      "Region Norrmarks kundtjänst för färdtjänst finns nu på Östersundsvägen 4.")),
        "/nyheter/skidspar/": ("nyhet3.html", "Skidspåren är preparerade",
            news_page("Skidspåren är preparerade", "2025-01-05", "Elljusspåret är öppet till 22.")),
    },
    "search": {**SEARCH, "hits": {"servicekontor": [SK, "/nyheter/statens-servicekontor-oppnar/"],
                                  "servicekontoret": [SK], "kundtjänst": ["/nyheter/region-fardtjanst/"]}},
})

# ---------------------------------------------------------------- 9584 Grenholm (drupal) 1
EN = "/bygga-bo-och-miljo/energi-och-bredband/"
SITES.append({
    "kod": "9584", "kommun": "Grenholm", "kn": "Grenholms kommun", "lan_kod": "18", "lan": "Örebro län",
    "family": "drupal",
    "footer": foot("999 49 Grenholm", "Kommunhuset, Bruksgatan 3", "031-390 06 50", "kommunen@grenholm.se", "212000-1884"),
    "topbar": [("/kontakt/", "Kontakta oss", {})],
    "menu": menu(),
    "hero_h1": "Grenholm – bruksorten vid Ån", "hero_p": "Välkommen till Grenholms kommun.",
    "hero": [("/bygga-bo-och-miljo/", "Bygga och bo"), ("/barn-och-utbildning/", "Skolval")],
    "eservices": [("/e-tjanster/energi-mina-sidor/", "Grenholm Energi kundservice – Mina sidor")],
    "news": [("Grannbys kontaktcenter svarar på frågor om gode män", "/nyheter/overformyndare/",
              "Överförmyndarnämnden är gemensam för Grannby och Grenholm."),
             ("Ny cykelbana längs Ån", "/nyheter/cykelbana/", "Bygget startar i april.")],
    "area_extra": {"/bygga-bo-och-miljo/": "<h2>Energi</h2><p>Läs om el, fjärrvärme och fiber: "
                                          + a(EN, "Energi och bredband") + "</p>"},
    "pages": {
        EN: ("energi.html", "Energi och bredband",
            "<h1>Energi och bredband</h1>" + p(
                "Frågor om elnät, fjärrvärme och fiber besvaras av Grenholm Energi kundservice, 031-390 06 85.",
                "Kommunens kontaktcenter hjälper dig också med frågor till Grenholm Energi om du inte vet vart du ska "
                "vända dig.",
                "Kommunen arbetar för att alla hushåll ska kunna ansluta till fiber före 2027.")),
        "/kontakt/": ("kontakt.html", "Kontakta oss",
            "<h1>Kontakta oss</h1>" + p("Växel: 031-390 06 50, vardagar 8–16.30. Växeln kopplar dig rätt.",
                                        "E-post: kommunen@grenholm.se")),
        "/nyheter/overformyndare/": ("nyhet1.html", "Grannbys kontaktcenter svarar på frågor om gode män",
            news_page("Grannbys kontaktcenter svarar på frågor om gode män", "2025-03-20",
                      "Överförmyndarnämnden är gemensam för Grannby och Grenholm. Frågor om gode män och förvaltare tas "
                      "emot av Grannbys kontaktcenter, 031-390 06 77.")),
        "/nyheter/cykelbana/": ("nyhet2.html", "Ny cykelbana längs Ån",
            news_page("Ny cykelbana längs Ån", "2025-02-02", "Cykelbanan blir 2,5 km.")),
    },
    "search": {**SEARCH, "hits": {"kontaktcenter": [EN, "/nyheter/overformyndare/"], "kundservice": [EN]}},
})


def main() -> None:
    for s in SITES:
        build(s)


if __name__ == "__main__":
    main()
