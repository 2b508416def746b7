"""Write tests/blind38/sites/ (typing aid; the HTML files and site.json are the corpus).

    python3 tests/blind38/tools/build_sites.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from chrome import FAMILIES  # noqa: E402

OUT = HERE.parent / "sites"

AREAS = [
    ("Barn och utbildning", "/barn-och-utbildning/", [("Förskola", "#forskola"), ("Grundskola", "#grundskola"), ("Gymnasium", "#gymnasium")],
     "Här hittar du information om förskola, grundskola, fritidshem och gymnasium.",
     [("forskola", "Förskola", "Ansök om förskoleplats via e-tjänsten senast fyra månader innan du behöver platsen."),
      ("grundskola", "Grundskola", "Skolvalet för förskoleklass görs i januari varje år."),
      ("gymnasium", "Gymnasium", "Gymnasieansökan görs via den gemensamma antagningen i länet.")]),
    ("Omsorg och stöd", "/omsorg-och-stod/", [("Äldreomsorg", "#aldreomsorg"), ("Funktionsnedsättning", "#lss"), ("Ekonomiskt bistånd", "#bistand")],
     "Stöd och omsorg för dig som är äldre, har en funktionsnedsättning eller behöver ekonomiskt bistånd.",
     [("aldreomsorg", "Äldreomsorg", "Hemtjänst och särskilt boende söks hos biståndshandläggaren."),
      ("lss", "Funktionsnedsättning", "Insatser enligt LSS, färdtjänst och bostadsanpassning."),
      ("bistand", "Ekonomiskt bistånd", "Försörjningsstöd söks via e-tjänst eller blankett.")]),
    ("Bo och bygga", "/bo-och-bygga/", [("Bygglov", "#bygglov"), ("Avfall och återvinning", "#avfall"), ("Felanmälan", "#felanmalan")],
     "Bygglov, avfall, vatten och avlopp, gator och parker.",
     [("bygglov", "Bygglov", "Du behöver bygglov för att bygga nytt, bygga till eller ändra användning av en byggnad."),
      ("avfall", "Avfall och återvinning", "Sophämtning sker varannan vecka. Återvinningscentralen har öppet alla vardagar."),
      ("felanmalan", "Felanmälan", "Anmäl fel på gatubelysning, vägar och lekplatser via e-tjänsten.")]),
    ("Uppleva och göra", "/uppleva-och-gora/", [("Bibliotek", "#bibliotek"), ("Idrott och motion", "#idrott"), ("Evenemang", "#evenemang")],
     "Bibliotek, idrottsanläggningar, friluftsliv och evenemang.",
     [("bibliotek", "Bibliotek", "Huvudbiblioteket ligger vid torget."),
      ("idrott", "Idrott och motion", "Simhallen och motionsspåren är öppna året runt."),
      ("evenemang", "Evenemang", "I evenemangskalendern hittar du konserter, marknader och föreläsningar.")]),
    ("Kommun och politik", "/kommun-och-politik/", [("Politik och beslut", "#politik"), ("Lediga jobb", "#jobb"), ("Nyheter", "/nyheter/")],
     "Hur kommunen styrs, politiska möten, protokoll och lediga jobb.",
     [("politik", "Politik och beslut", "Kommunfullmäktige sammanträder en gång i månaden. Mötena är öppna för allmänheten."),
      ("jobb", "Lediga jobb", "Vi söker ständigt lärare, undersköterskor och socialsekreterare."),
      ("ekonomi", "Ekonomi", "Budget och årsredovisning publiceras här.")]),
]


def area_body(intro, sections, extra=""):
    secs = "\n".join(f'<h2 id="{i}">{t}</h2>\n<p>{p}</p>' for i, t, p in sections)
    return f'<p class="ingress">{intro}</p>\n{secs}\n{extra}'


def base_site(code, kommun, gen, lan_kod, lan, family, tel, domain, besok, **kw):
    s = {
        "kommunkod": code, "kommun": kommun, "kommun_full": f"{gen} kommun", "lan_kod": lan_kod, "lan": lan,
        "family": family, "vaxel": f"{tel}00", "epost": f"kommun@{domain}",
        "postadress": f"{gen} kommun, 999 {code[2:]} {kommun}", "besok": besok,
        "orgnr": f"212000-{code}", "search_path": "/sok/", "search_param": "q",
        "footer_links": [("Kontakta oss", "/kontakta-oss/"), ("Tillgänglighetsredogörelse", "/tillganglighet/"),
                         ("Nyheter", "/nyheter/"), ("Om webbplatsen", "/tillganglighet/#cookies")],
        "cards": [("Lediga jobb", "/kommun-och-politik/#jobb"), ("Förskola", "/barn-och-utbildning/#forskola"),
                  ("Felanmälan", "/bo-och-bygga/#felanmalan"), ("Bygglov", "/bo-och-bygga/#bygglov")],
        "etjanster": [("Ansök om förskoleplats", "/barn-och-utbildning/#forskola"),
                      ("Ansök om bygglov", "/bo-och-bygga/#bygglov"), ("Ekonomiskt bistånd", "/omsorg-och-stod/#bistand")],
        "hero_text": f"Här hittar du information och e-tjänster från {gen} kommun.",
        "area_extra": {}, "topbar": [], "extra_nav": [], "sub_extra": {},
        "pages": {}, "news": [], "redirects": {}, "hits": {}, "unlinked_sitemap": [],
    }
    s.update(kw)
    return s


def generic_contact(s, title=None, h1="Kontakta oss", extra=""):
    return {"title": title or f"{h1} - {s['kommun_full']}", "h1": h1, "body":
            f"<p>Du kan kontakta {s['kommun_full']} på flera sätt.</p>\n<h2>Växel</h2>\n"
            f"<p>Telefon {s['vaxel']}, vardagar 8–16.</p>\n<h2>E-post och post</h2>\n"
            f"<p>E-post: {s['epost']}<br>{s['postadress']}</p>\n<h2>Registrator</h2>\n"
            f"<p>Allmänna handlingar begärs ut hos registrator.</p>\n{extra}"}


def news_page(s, h1, body, date):
    return {"title": f"{h1} - {s['kommun_full']}".replace("&shy;", "\u00ad"), "h1": h1,
            "body": f'<p class="date">Publicerad {date}</p>\n{body}\n<p><a href="/nyheter/">Fler nyheter</a></p>'}


def build(s):
    fam = FAMILIES[s["family"]]
    nav = []
    for t, h, sub, _intro, _secs in AREAS:
        subs = [(st, h + sh if sh.startswith("#") else sh) for st, sh in sub] + s["sub_extra"].get(t, [])
        nav.append((s.get("rename", {}).get(t, t), h, subs))
    s["nav"] = nav + s["extra_nav"]
    pages = {
        "/": {"title": f"Startsida - {s['kommun_full']}", "h1": None, "body": ""},
        "/tillganglighet/": {"title": f"Tillgänglighetsredogörelse - {s['kommun_full']}", "h1": "Tillgänglighetsredogörelse",
                             "body": "<p>Den här webbplatsen ska följa lagen om tillgänglighet till digital offentlig service.</p>\n"
                                     '<h2 id="cookies">Kakor</h2><p>Vi använder nödvändiga kakor.</p>'},
        "/sok/": {"title": f"Sök - {s['kommun_full']}", "h1": "Sök", "body": "<!--SEARCH_RESULTS-->"},
    }
    if "/kontakta-oss/" not in s["pages"] and ("Kontakta oss", "/kontakta-oss/") in s["footer_links"]:
        pages["/kontakta-oss/"] = generic_contact(s)
    for t, h, _sub, intro, secs in AREAS:
        pages[h] = {"title": f"{t} - {s['kommun_full']}", "h1": t, "body": area_body(intro, secs, s["area_extra"].get(t, ""))}
    news_list = "".join(f'<li><a href="{h}">{t}</a> <span class="date">{d}</span></li>' for t, h, d in s["news"])
    pages["/nyheter/"] = {"title": f"Nyheter - {s['kommun_full']}", "h1": "Nyheter", "body": f'<ul class="newslist">{news_list}</ul>'}
    pages.update(s["pages"])
    d = OUT / s["kommunkod"]
    d.mkdir(parents=True, exist_ok=True)
    for old in d.iterdir():
        old.unlink()
    manifest_pages = {}
    latin = s["family"] == "table"
    for path, page in pages.items():
        page = dict(page, path=path)
        name = "index.html" if path == "/" else ("sok.html" if path == "/sok/" else path.strip("/").replace("/", "_") + ".html")
        text = fam(s, page)
        if latin:
            (d / name).write_bytes(text.encode("iso-8859-1", errors="xmlcharrefreplace"))
        else:
            (d / name).write_text(text, encoding="utf-8")
        if path == "/sok/":
            continue
        spec = {"file": name, "content_type": "text/html; charset=iso-8859-1"} if latin else name
        manifest_pages[s.get("front_path", "/") if path == "/" else path] = spec
    m = {"kommunkod": s["kommunkod"], "kommun": s["kommun"], "lan_kod": s["lan_kod"], "lan": s["lan"],
         "family": s["family"], "pages": manifest_pages, "redirects": s["redirects"],
         "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
         "sitemap": [p for p in manifest_pages if p != "/sok/"],
         "search": {"path": s["search_path"], "param": s["search_param"], "hits": s["hits"],
                    "template": {"file": "sok.html", "content_type": "text/html; charset=iso-8859-1"} if latin else "sok.html"},
         "front_status": None}
    if s["search_path"] == "/":
        m["sitemap"] = list(manifest_pages)
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(manifest_pages)


def sites():
    out = []
    # ---------------------------------------------------------------- 9435
    s = base_site("9435", "Vallbyå", "Vallbyå", "14", "Västra Götalands län", "semantic", "031-390 06 ", "vallbya.se",
                  "Kommunhuset, Torggatan 3",
                  extra_nav=[("Kontakt Vallbyå", "/kontakt-vallbya/", [])],
                  news=[("Ny förskola i Norrbyn öppnar i augusti", "/nyheter/ny-forskola/", "2025-05-12"),
                        ("Vallbyå Energi AB:s kundtjänst byter telefonnummer", "/nyheter/energi-kundtjanst/", "2025-04-28"),
                        ("Budget för 2026 antagen", "/nyheter/budget-2026/", "2025-04-02")],
                  footer_extra='<div class="f-col"><p>Vallbyå Energi AB – kundtjänst 031-390 06 50</p></div>',
                  sub_extra={"Uppleva och göra": [("Vallbyå bibliotek", "/uppleva-och-gora/bibliotek/")]})
    s["pages"] = {
        "/kontakt-vallbya/": {"title": "Kontakt Vallbyå - Vallbyå kommun", "h1": "Kontakt Vallbyå", "body":
            "<p>Kontakt Vallbyå är kommunens gemensamma ingång för dig som bor, verkar eller vistas i Vallbyå. "
            "Hos oss får du svar direkt på de flesta frågor, och vi ser till att ditt ärende kommer rätt.</p>\n"
            "<h2>Vi svarar på frågor om</h2>\n<ul><li>förskola och skola</li><li>bygglov och detaljplaner</li>"
            "<li>sophämtning och återvinning</li><li>parkeringstillstånd</li><li>äldreomsorg och hemtjänst</li></ul>\n"
            '<h2>Så når du oss</h2>\n<p>Telefon: <a href="tel:+46313900610">031-390 06 10</a><br>'
            "E-post: kontakt@vallbya.se</p>\n<table class=\"hours\"><caption>Telefontider</caption>"
            "<tr><th>Måndag–torsdag</th><td>8.00–17.00</td></tr><tr><th>Fredag</th><td>8.00–15.00</td></tr></table>\n"
            "<h2>Ansvarig</h2>\n<p>Enhetschef för Kontakt Vallbyå: Maria Holm</p>"},
        "/uppleva-och-gora/bibliotek/": {"title": "Vallbyå bibliotek - Vallbyå kommun", "h1": "Vallbyå bibliotek", "body":
            "<p>Huvudbiblioteket ligger vid torget och har filialer i Norrbyn och Strand.</p>\n"
            "<h2>Bibliotekets servicedisk</h2>\n<p>I servicedisken får du hjälp med lån, omlån, reservationer och "
            "lånekort. Telefon 031-390 06 40, bibliotek@vallbya.se.</p>\n<p>Bibliotekschef: Kerstin Alm</p>"},
        "/nyheter/ny-forskola/": news_page(s, "Ny förskola i Norrbyn öppnar i augusti",
            "<p>Den nya förskolan har plats för 120 barn. Ansök om plats via e-tjänsten.</p>", "2025-05-12"),
        "/nyheter/energi-kundtjanst/": news_page(s, "Vallbyå Energi AB:s kundtjänst byter telefonnummer",
            "<p>Från 1 juni når du Vallbyå Energi AB:s kundtjänst på 031-390 06 50. Kundtjänsten svarar på frågor om "
            "elavtal, fjärrvärme och fakturor. Kundtjänstchef på bolaget är Jonas Berg.</p>", "2025-04-28"),
        "/nyheter/budget-2026/": news_page(s, "Budget för 2026 antagen",
            "<p>Kommunfullmäktige har antagit budgeten för 2026.</p>", "2025-04-02"),
    }
    s["hits"] = {"Kontakt Vallbyå": ["/kontakt-vallbya/"], "kontakt": ["/kontakt-vallbya/", "/kontakta-oss/"]}
    out.append(s)
    # ---------------------------------------------------------------- 9436
    s = base_site("9436", "Ormeryd", "Ormeryds", "06", "Jönköpings län", "episerver", "040-628 04 ", "ormeryd.se",
                  "Stadshuset, Kyrkogatan 5",
                  cards=[("Kontaktcenter", "/kontaktcenter/"), ("Lediga jobb", "/kommun-och-politik/#jobb"),
                         ("Felanmälan", "/bo-och-bygga/#felanmalan"), ("Förskola", "/barn-och-utbildning/#forskola")],
                  topbar=[("Kontakta oss", "/kontakta-oss/")],
                  news=[("Lillsjö kommun inviger ny idrottshall", "/nyheter/lillsjo-idrottshall/", "2025-05-20"),
                        ("Nya turer för skolskjutsen", "/nyheter/skolskjuts/", "2025-05-02")],
                  footer_extra='<div class="Footer__col"><p>Ormerydsbostäder AB kundcenter: 040-628 04 60</p></div>')
    s["pages"] = {
        "/kontaktcenter/": {"title": "Kontaktcenter Ormeryd–Lillsjö - Ormeryds kommun", "h1": "Kontaktcenter Ormeryd–Lillsjö", "body":
            "<p>Ormeryds och Lillsjö kommuner har ett gemensamt kontaktcenter. Kontaktcentret drivs enligt ett "
            "samverkansavtal mellan kommunerna och tar emot frågor från invånare, företag och besökare i båda kommunerna.</p>\n"
            "<h2>Det här kan vi hjälpa dig med</h2>\n<p>Vi svarar på frågor om båda kommunernas verksamheter, till exempel "
            "förskoleplats, bygglov, hemtjänst, sophämtning och felanmälan av gator och belysning.</p>\n"
            "<h2>Kontakta kontaktcentret</h2>\n<p>Telefon 040-628 04 10, vardagar 8–16.30.</p>\n"
            '<p><button class="chat-button" type="button">Chatta med kontaktcenter</button></p>\n'
            "<h2>Organisation</h2>\n<p>Enhetschef för kontaktcentret: Lars Öhman</p>"},
        "/nyheter/lillsjo-idrottshall/": news_page(s, "Lillsjö kommun inviger ny idrottshall",
            "<p>Grannkommunen Lillsjö inviger sin nya idrottshall. Ormerydsbor är välkomna på invigningen.</p>", "2025-05-20"),
        "/nyheter/skolskjuts/": news_page(s, "Nya turer för skolskjutsen",
            "<p>Från höstterminen körs nya turer till Backaskolan.</p>", "2025-05-02"),
    }
    s["hits"] = {"kontaktcenter": ["/kontaktcenter/"]}
    out.append(s)
    # ---------------------------------------------------------------- 9437
    s = base_site("9437", "Hedmarka", "Hedmarka", "17", "Värmlands län", "municipio", "0980-319 2", "hedmarka.se",
                  "Kommunhuset, Storgatan 4", search_path="/", search_param="s",
                  topbar=[("Kontakta oss", "/kontakta-oss/")],
                  sub_extra={"Kommun och politik": [("Organisation", "/kommun-och-politik/organisation/")]},
                  news=[("Skatteverkets servicekontor i Hedmarka stänger", "/nyheter/skatteverket-stanger/", "2025-05-15"),
                        ("Ny gång- och cykelväg längs Älvvägen", "/nyheter/cykelvag/", "2025-04-30")])
    s["pages"] = {
        "/kontakta-oss/": {"title": "Kontakta oss - Hedmarka kommun", "h1": "Kontakta oss", "body":
            "<p>Här hittar du våra kontaktuppgifter.</p>\n<h2>Växel</h2>\n<p>Kommunens växel: 0980-319 200.</p>\n"
            "<h2>Besök kommunhuset</h2>\n<p>I entrén till kommunhuset finns Hedmarka kommuns medborgarservice. Där kan du få "
            "hjälp med frågor om skola och barnomsorg, bygglov, avfall och färdtjänst, låna en dator för att använda "
            "e-tjänster och lämna in ansökningar. Medborgarservice har öppet vardagar 8.00–16.30 på Storgatan 4. Du når "
            "medborgarservice på telefon 0980-319 210 eller med e-post till medborgarservice@hedmarka.se.</p>\n"
            "<h2>Synpunkter</h2>\n<p>Lämna synpunkter och klagomål via e-tjänsten.</p>\n"
            '<p class="page-meta">Sidansvarig: Kommunikationsenheten</p>'},
        "/kommun-och-politik/organisation/": {"title": "Organisation - Hedmarka kommun", "h1": "Organisation", "body":
            "<p>Kommunens förvaltningar leds av kommundirektör Per Nord.</p>\n<ul><li>Kommunledningsförvaltningen</li>"
            "<li>Barn- och utbildningsförvaltningen</li><li>Samhällsbyggnadsförvaltningen</li><li>Socialförvaltningen</li></ul>"},
        "/nyheter/skatteverket-stanger/": news_page(s, "Skatteverkets servicekontor i Hedmarka stänger",
            "<p>Statens servicecenter stänger servicekontoret i Hedmarka den 30 juni. Närmaste servicekontor finns i "
            "Karlsby. Kommunen beklagar beslutet.</p>", "2025-05-15"),
        "/nyheter/cykelvag/": news_page(s, "Ny gång- och cykelväg längs Älvvägen",
            "<p>Arbetet börjar i augusti.</p>", "2025-04-30"),
    }
    s["hits"] = {"medborgarservice": ["/kontakta-oss/"]}
    out.append(s)
    # ---------------------------------------------------------------- 9438
    s = base_site("9438", "Tjärnås", "Tjärnås", "24", "Västerbottens län", "bootstrap", "08-465 004 ", "tjarnas.se",
                  "Rådhuset, Stationsgatan 2",
                  topbar=[("Kontakta oss", "/kontakta-oss/")],
                  extra_nav=[("Kundtjänst VA och avfall", "/vatten-och-avfall/kundtjanst/", []),
                             ("Näringsliv", "/naringsliv/", [("Servicecenter för företagare", "/naringsliv/servicecenter-for-foretagare/")])],
                  cards=[("Servicecenter för företagare", "/naringsliv/servicecenter-for-foretagare/"),
                         ("Lediga jobb", "/kommun-och-politik/#jobb"), ("Felanmälan", "/bo-och-bygga/#felanmalan"),
                         ("Förskola", "/barn-och-utbildning/#forskola")],
                  news=[("Statens servicecenter öppnar kontor i Tjärnås", "/nyheter/statens-servicecenter/", "2025-05-22"),
                        ("Simhallen stänger för renovering", "/nyheter/simhallen/", "2025-05-05")],
                  footer_extra='<div class="col"><p>Tjärnåshem AB:s kundcenter: 08-465 004 70</p></div>')
    s["pages"] = {
        "/vatten-och-avfall/kundtjanst/": {"title": "Kundtjänst för VA och renhållning - Tjärnås kommun",
            "h1": "Kundtjänst för VA och renhållning", "body":
            "<p>Tjärnås Vatten AB är kommunens helägda bolag för vatten, avlopp och avfall. Tjärnås Vattens kundtjänst "
            "svarar på frågor om fakturor, sophämtning, slamtömning och vattenmätare.</p>\n"
            "<p>Telefon 08-465 004 30, kundtjanst@tjarnasvatten.se. Telefontid vardagar 8–16.</p>\n"
            "<p>Kundtjänstchef, Tjärnås Vatten AB: Erik Vass</p>"},
        "/naringsliv/": {"title": "Näringsliv - Tjärnås kommun", "h1": "Näringsliv", "body":
            '<p>Tjärnås kommun vill att det ska vara enkelt att driva företag.</p>\n'
            '<p><a href="/naringsliv/servicecenter-for-foretagare/">Servicecenter för företagare</a></p>'},
        "/naringsliv/servicecenter-for-foretagare/": {"title": "Servicecenter för företagare - Tjärnås kommun",
            "h1": "Servicecenter för företagare", "body":
            "<p>Servicecenter för företagare är din väg in till kommunen när du driver eller vill starta företag. Vi "
            "hjälper dig med serveringstillstånd, livsmedelsregistrering, bygglov för verksamhetslokaler och upphandling.</p>\n"
            "<p>Telefon 08-465 004 40, foretag@tjarnas.se.</p>\n<p>Enhetschef för Servicecenter för företagare: Lina Dahl</p>"},
        "/kontakta-oss/": generic_contact(s, extra=
            "<h2>Andra myndigheter</h2>\n<p>Frågor om pass, skatt och föräldrapenning besvaras av Statens servicecenter, "
            "Storgatan 9 i Tjärnås.</p>"),
        "/nyheter/statens-servicecenter/": news_page(s, "Statens servicecenter öppnar kontor i Tjärnås",
            "<p>Statens servicecenter öppnar ett servicekontor på Storgatan 9 där du kan få hjälp med ärenden hos "
            "Skatteverket, Försäkringskassan och Pensionsmyndigheten.</p>", "2025-05-22"),
        "/nyheter/simhallen/": news_page(s, "Simhallen stänger för renovering", "<p>Simhallen stänger under sommaren.</p>", "2025-05-05"),
    }
    s["hits"] = {"kundtjänst": ["/vatten-och-avfall/kundtjanst/"], "servicecenter": ["/naringsliv/servicecenter-for-foretagare/",
                 "/nyheter/statens-servicecenter/"], "kontaktcenter": []}
    out.append(s)
    # ---------------------------------------------------------------- 9439
    s = base_site("9439", "Brunnsvik", "Brunnsviks", "21", "Gävleborgs län", "table", "040-628 04 ", "brunnsvik.se",
                  "Kommunhuset, Torget 1",
                  extra_nav=[("Kontakt", "/kontakt.asp", [])],
                  footer_links=[("Kontakt", "/kontakt.asp"), ("Tillgänglighetsredogörelse", "/tillganglighet/"), ("Nyheter", "/nyheter/")],
                  footer_extra='<p><a href="/servicekontoret.asp"><b>SERVICEKONTORET</b></a> - hjälp med e-tjänster och ärenden</p>',
                  news=[("Statens servicekontor öppnar i Brunnsvik", "/nyheter/statens-servicekontor.asp", "2025-05-19"),
                        ("Vägarbete på Kungsvägen", "/nyheter/vagarbete.asp", "2025-05-08")],
                  redirects={"/": ["/default.asp", 302]}, front_path="/default.asp")
    s["pages"] = {
        "/kontakt.asp": generic_contact(s, h1="Kontakt"),
        "/servicekontoret.asp": {"title": "Brunnsviks servicekontor", "h1": "Brunnsviks servicekontor", "body":
            "<p>I kommunhusets entré finns Brunnsviks servicekontor. Här kan du få hjälp med ansökan om färdtjänst, "
            "frågor om bygglov, skolval och avgifter för barnomsorg. Vi hjälper dig också att använda kommunens e-tjänster.</p>\n"
            "<p><b>Besöksadress:</b> Torget 1, Brunnsvik<br><b>Telefon:</b> 040-628 04 15<br>"
            "<b>Öppettider:</b> måndag-fredag 9-16</p>\n<p>Chef för servicekontoret: Gunilla Ros</p>"},
        "/nyheter/statens-servicekontor.asp": news_page(s, "Statens servicekontor öppnar i Brunnsvik",
            "<p>Statens servicekontor öppnar i stationshuset. Där får du hjälp med ärenden hos Skatteverket, "
            "Försäkringskassan och Pensionsmyndigheten. Telefon 040-628 04 70.</p>", "2025-05-19"),
        "/nyheter/vagarbete.asp": news_page(s, "Vägarbete på Kungsvägen", "<p>Räkna med begränsad framkomlighet.</p>", "2025-05-08"),
    }
    s["hits"] = {"servicekontor": ["/servicekontoret.asp", "/nyheter/statens-servicekontor.asp"]}
    out.append(s)
    # ---------------------------------------------------------------- 9440
    s = base_site("9440", "Gransjö", "Gransjö", "20", "Dalarnas län", "soup", "0980-319 2", "gransjo.se",
                  "Kommunhuset, Bergsgatan 7",
                  topbar=[("Kontakta oss", "/kontakta-oss/")],
                  sub_extra={"Kommun och politik": [("Organisation", "/kommun-och-politik/organisation/")]},
                  news=[("Nytt äldreboende planeras i Östby", "/nyheter/aldreboende/", "2025-05-14"),
                        ("Gransjö Energi höjer inte elnätsavgiften", "/nyheter/energi/", "2025-04-22")],
                  footer_extra='<div class="f9"><p>Gransjö Energi AB – kundservice 0980-319 260</p></div>')
    s["pages"] = {
        "/kommun-och-politik/organisation/": {"title": "Organisation - Gransjö kommun", "h1": "Organisation", "body":
            "<p>Kommunen är organiserad i fyra förvaltningar under kommunstyrelsen och nämnderna.</p>\n<ul>"
            '<li><a href="/kommun-och-politik/organisation/kommunledningsforvaltningen/">Kommunledningsförvaltningen</a></li>'
            '<li><a href="/barn-och-utbildning/">Barn- och utbildningsförvaltningen</a></li>'
            '<li><a href="/bo-och-bygga/">Samhällsbyggnadsförvaltningen</a></li>'
            '<li><a href="/omsorg-och-stod/">Socialförvaltningen</a></li></ul>'},
        "/kommun-och-politik/organisation/kommunledningsforvaltningen/": {"title": "Kommunledningsförvaltningen - Gransjö kommun",
            "h1": "Kommunledningsförvaltningen", "body":
            "<p>Kommunledningsförvaltningen stödjer kommunstyrelsen och samordnar kommunens arbete. Förvaltningen består "
            "av ekonomienheten, HR-enheten, kommunikationsenheten och kommunens kundcenter.</p>\n"
            "<p>Kundcentret tar emot invånarnas frågor om alla kommunens verksamheter och nås på telefon 0980-319 240. "
            "Kundcentret leds av teamledare Sofia Berg.</p>\n<p>Förvaltningschef: Henrik Lund</p>"},
        "/nyheter/aldreboende/": news_page(s, "Nytt äldreboende planeras i Östby", "<p>Boendet får 60 platser.</p>", "2025-05-14"),
        "/nyheter/energi/": news_page(s, "Gransjö Energi höjer inte elnätsavgiften",
            "<p>Frågor besvaras av Gransjö Energis kundservice.</p>", "2025-04-22"),
    }
    s["hits"] = {"kundcenter": ["/kommun-och-politik/organisation/kommunledningsforvaltningen/"]}
    out.append(s)
    # ---------------------------------------------------------------- 9441
    s = base_site("9441", "Lövhamra", "Lövhamra", "12", "Skåne län", "drupal", "040-628 04 ", "lovhamra.se",
                  "Kommunhuset, Södra vägen 12",
                  extra_nav=[("Näringsliv", "/naringsliv/", [("Näringslivets servicecenter", "/naringsliv/servicecenter/")]),
                             ("Kontakt", "/kontakt/", [])],
                  footer_links=[("Kontakt", "/kontakt/"), ("Tillgänglighetsredogörelse", "/tillganglighet/"), ("Nyheter", "/nyheter/")],
                  news=[("Invånar&shy;service öppnar i Lövhamra centrum", "/nyheter/invanarservice-oppnar/", "2025-05-21"),
                        ("Lekplatsen i Stadsparken byggs om", "/nyheter/lekplats/", "2025-05-06")])
    s["pages"] = {
        "/kontakt/": generic_contact(s, h1="Kontakt"),
        "/naringsliv/": {"title": "Näringsliv - Lövhamra kommun", "h1": "Näringsliv", "body":
            '<p>Lövhamra är en bra plats för företag.</p>\n<p><a href="/naringsliv/servicecenter/">Näringslivets servicecenter</a></p>'},
        "/naringsliv/servicecenter/": {"title": "Näringslivets servicecenter - Lövhamra kommun", "h1": "Näringslivets servicecenter", "body":
            "<p>Servicecenter för dig som driver företag i Lövhamra: tillstånd, lokaler, upphandling och etablering. "
            "Telefon 040-628 04 45, naringsliv@lovhamra.se.</p>\n<p>Enhetschef: Ola Björk</p>"},
        "/invanarservice/": {"title": "Invånarservice - Lövhamra kommun", "h1": "Invånar&shy;service", "body":
            "<p>Lövhamra kommuns invånarservice finns i Lövhamra centrum, Torggången 2.</p>\n"
            "<p>Vi hjälper dig med frågor om bostadsanpassning, färdtjänst, skolskjuts och avgifter för förskola och "
            "äldreomsorg. Vi hjälper dig också att fylla i ansökningar.</p>\n"
            "<p>Ring 040-628 04 30 eller chatta med oss.</p>\n"
            '<p><button class="chat-button" type="button" aria-label="Chatta med invånarservice">Chatta</button></p>\n'
            "<p>Kontaktperson: Malin Sjö, kommunvägledare</p>\n<p class=\"meta\">Sidansvarig: Karl Ek</p>"},
        "/nyheter/invanarservice-oppnar/": news_page(s, "Invånar&shy;service öppnar i Lövhamra centrum",
            '<p>Den 2 juni öppnar kommunens nya invånarservice i Lövhamra centrum. <a href="/invanarservice/">Läs mer om '
            "Invånarservice</a>.</p>", "2025-05-21"),
        "/nyheter/lekplats/": news_page(s, "Lekplatsen i Stadsparken byggs om", "<p>Klar i september.</p>", "2025-05-06"),
    }
    s["hits"] = {"invånarservice": ["/invanarservice/", "/nyheter/invanarservice-oppnar/"],
                 "servicecenter": ["/naringsliv/servicecenter/"]}
    out.append(s)
    # ---------------------------------------------------------------- 9442
    s = base_site("9442", "Bergsåra", "Bergsåra", "03", "Uppsala län", "sitevision", "08-465 004 ", "bergsara.se",
                  "Rådhuset, Storgatan 1",
                  topbar=[("Kontakta oss", "/kontakta-oss/")],
                  mega={"Kommun och politik": [
                      ("Service och kontakt", [("Servicecentret", "/servicecentret/"),
                                               ("Synpunkter och felanmälan", "/bo-och-bygga/#felanmalan")]),
                      ("Politik", [("Politik och beslut", "/kommun-och-politik/#politik"), ("Lediga jobb", "/kommun-och-politik/#jobb"),
                                   ("Nyheter", "/nyheter/")])]},
                  news=[("Nya öppettider på återvinningscentralen", "/nyheter/atervinning/", "2025-05-16"),
                        ("Bergsårahem bygger 40 nya lägenheter", "/nyheter/bergsarahem/", "2025-05-01")],
                  footer_extra='<div class="sv-column-4"><p>Bergsårahem AB kundcenter: 08-465 004 60</p></div>')
    s["pages"] = {
        "/kontakta-oss/": generic_contact(s, extra=
            '<h2>Besök oss</h2>\n<p>Du kan också besöka <a href="/servicecentret/">Servicecentret</a> i rådhuset.</p>'),
        "/servicecentret/": {"title": "Servicecentret - Bergsåra kommun", "h1": "Servicecentret", "body":
            "<p>Servicecentret hjälper dig med frågor om parkeringstillstånd, bygglov och barnomsorg.</p>\n"
            "<p>Ring oss på 08-465 004 20.</p>\n<p>Servicecenterchef: Johan Ek</p>"},
        "/nyheter/atervinning/": news_page(s, "Nya öppettider på återvinningscentralen", "<p>Öppet även lördagar.</p>", "2025-05-16"),
        "/nyheter/bergsarahem/": news_page(s, "Bergsårahem bygger 40 nya lägenheter",
            "<p>Intresseanmälan görs hos Bergsårahem AB:s kundcenter.</p>", "2025-05-01"),
    }
    s["hits"] = {"servicecenter": ["/servicecentret/"], "servicecentret": ["/servicecentret/"]}
    out.append(s)
    # ---------------------------------------------------------------- 9443
    s = base_site("9443", "Kvarnsta", "Kvarnsta", "08", "Kalmar län", "xhtml", "031-390 06 ", "kvarnsta.se",
                  "Kommunhuset, Kvarngatan 10",
                  extra_nav=[("Kontakt", "/kontakt/", [])],
                  footer_links=[("Kontakt", "/kontakt/"), ("Tillgänglighetsredogörelse", "/tillganglighet/"), ("Nyheter", "/nyheter/")],
                  area_extra={"Uppleva och göra": '<p><a href="/uppleva-och-gora/bibliotek/">Kvarnsta bibliotek</a></p>',
                              "Barn och utbildning": '<p><a href="/barn-och-utbildning/kvarnsta-gymnasium/">Kvarnsta gymnasium</a></p>'},
                  news=[("Åsby kommuns kontaktcenter prisas för god service", "/nyheter/asby-kontaktcenter/", "2025-05-23"),
                        ("Biblioteket får meröppet", "/nyheter/meroppet/", "2025-05-09")],
                  footer_extra='<div class="col"><p>Kvarnsta Energi kundtjänst: 031-390 06 55</p></div>')
    s["pages"] = {
        "/kontakt/": generic_contact(s, title="Kontakt - Kvarnsta kommun", h1="Kontakt", extra=
            "<h2>Pass, skatt och försäkring</h2>\n<p>Sådana frågor besvaras av Statens servicekontor i Åsby.</p>"),
        "/uppleva-och-gora/bibliotek/": {"title": "Kvarnsta bibliotek - Kvarnsta kommun", "h1": "Kvarnsta bibliotek", "body":
            "<p>Biblioteket ligger i Kulturhuset.</p>\n<h2>Bibliotekets kundtjänst</h2>\n<p>Bibliotekets kundtjänst svarar på "
            "frågor om lån, reservationer, e-böcker och lånekort. Telefon 031-390 06 30, bibliotek@kvarnsta.se, "
            "vardagar 10–18.</p>\n<p>Bibliotekschef: Eva Lund</p>"},
        "/barn-och-utbildning/kvarnsta-gymnasium/": {"title": "Kvarnsta gymnasium - Kvarnsta kommun", "h1": "Kvarnsta gymnasium", "body":
            "<p>Kvarnsta gymnasium har tolv nationella program.</p>\n<h2>Gymnasiets servicecenter</h2>\n<p>Gymnasiets "
            "servicecenter (expeditionen) hjälper elever och vårdnadshavare med busskort, schema, intyg och frånvaro. "
            "Telefon 031-390 06 35, expeditionen@kvarnsta.se.</p>\n<p>Ansvarig för servicecentret: administrativ chef Pia Rask</p>"},
        "/nyheter/asby-kontaktcenter/": news_page(s, "Åsby kommuns kontaktcenter prisas för god service",
            "<p>Vår grannkommun Åsby har fått pris för sitt kontaktcenter, som svarar på frågor från Åsbys invånare. "
            "Åsby kommuns kontaktcenterchef Nora Sten tog emot priset.</p>", "2025-05-23"),
        "/nyheter/meroppet/": news_page(s, "Biblioteket får meröppet", "<p>Från hösten kan du låna även kvällstid.</p>", "2025-05-09"),
    }
    s["hits"] = {"kontaktcenter": ["/nyheter/asby-kontaktcenter/"], "kundtjänst": ["/uppleva-och-gora/bibliotek/"],
                 "servicecenter": ["/barn-och-utbildning/kvarnsta-gymnasium/"]}
    out.append(s)
    # ---------------------------------------------------------------- 9444
    s = base_site("9444", "Rävlinge", "Rävlinge", "13", "Hallands län", "webflow", "0980-319 2", "ravlinge.se",
                  "Kommunhuset, Hamngatan 6",
                  topbar=[("Kontakta oss", "/kontakta-oss/")],
                  sub_extra={"Bo och bygga": [("Rävlingehem kundtjänst", "/bo-och-bygga/ravlingehem/")]},
                  cards=[("Rävlingehems kundtjänst", "/bo-och-bygga/ravlingehem/"), ("Lediga jobb", "/kommun-och-politik/#jobb"),
                         ("Felanmälan", "/bo-och-bygga/#felanmalan"), ("Förskola", "/barn-och-utbildning/#forskola")],
                  news=[("Hamnfesten återvänder", "/nyheter/hamnfesten/", "2025-05-18"),
                        ("Ny detaljplan för Norra kajen", "/nyheter/detaljplan/", "2025-05-03")])
    s["pages"] = {
        "/bo-och-bygga/ravlingehem/": {"title": "Rävlingehem AB – kundtjänst - Rävlinge kommun", "h1": "Rävlingehem AB – kundtjänst", "body":
            "<p>Rävlingehem AB är kommunens bostadsbolag med 2 400 lägenheter. Rävlingehems kundtjänst svarar på frågor om "
            "lediga lägenheter, hyror och felanmälan i bostaden. Telefon 0980-319 270, kundtjanst@ravlingehem.se.</p>\n"
            "<p>Kundtjänstchef på Rävlingehem: Anders Kron</p>"},
        "/kundtjanst/": {"title": "Kundtjänst - Rävlinge kommun", "h1": "Kundtjänst", "body":
            "<p>Rävlinge kommuns kundtjänst finns här för dig. Hör av dig om du undrar något, så hjälper vi dig.</p>\n"
            "<p>Telefon 0980-319 250<br>E-post kundtjanst@ravlinge.se</p>\n<p class=\"meta\">Sidansvarig: Webbredaktionen</p>"},
        "/nyheter/hamnfesten/": news_page(s, "Hamnfesten återvänder", "<p>Hamnfesten hålls andra helgen i augusti.</p>", "2025-05-18"),
        "/nyheter/detaljplan/": news_page(s, "Ny detaljplan för Norra kajen", "<p>Samråd pågår till 15 juni.</p>", "2025-05-03"),
    }
    s["hits"] = {"kundtjänst": ["/kundtjanst/", "/bo-och-bygga/ravlingehem/"]}
    s["unlinked"] = ["/kundtjanst/"]
    out.append(s)
    return out


def main():
    for s in sites():
        n = build(s)
        print(s["kommunkod"], s["kommun"], s["family"], n, "pages")


if __name__ == "__main__":
    main()
