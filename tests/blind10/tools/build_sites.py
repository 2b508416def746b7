"""Write tests/blind10/sites/ (a typing aid; the written files are the corpus, labels are by hand).

    python3 tests/blind10/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chrome import areas, page
from common import STD, area_page, crumbs, filler_news, hero, news, news_item, news_list, rest

ROOT = Path(__file__).resolve().parent.parent / "sites"
SITES: list[dict] = []


def site(**kw):
    SITES.append(kw)
    return kw


def build(s: dict) -> None:
    code, fam = s["code"], s["family"]
    d = ROOT / code
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    p = s.setdefault("prefix", "/")
    s.setdefault("kname", f"{s['kommun']} kommun")
    s.setdefault("search_path", f"{p}sok/")
    s["areas"] = areas(p, s.get("inject"))
    suffix = s.get("suffix", f" - {s['kname']}")
    pages: dict[str, object] = {}

    def put(path: str, fname: str, title: str, body: str, front: bool = False, raw: bool = False):
        text = body if raw else page(fam, s, title + ("" if front else suffix), body, front=front, path=path)
        (d / fname).write_text(text, encoding="utf-8")
        pages[path] = fname

    news_all = s.get("news", []) + filler_news(p)
    front = (hero(s["hero_h1"], s["hero_text"], s["cards"], s.get("hero_cls", "hero")) + s.get("front_extra", "") +
             news(news_all[:5], p) + rest(s))
    put(p, "index.html", s.get("front_title", s["kname"]), front, front=True)
    for a in s["areas"]:
        fname = a["href"].strip("/").replace("/", "-") + ".html"
        put(a["href"], fname, a["label"], crumbs(p, [(a["label"], a["href"])]) + area_page(a) + s.get("area_extra", {}).get(a["href"], ""))
    put(f"{p}nyheter/", "nyheter.html", "Nyheter", crumbs(p, [("Nyheter", f"{p}nyheter/")]) + news_list(news_all))
    for t, h, x in filler_news(p):
        put(h, "nyhet-" + h.rsplit("/", 1)[1] + ".html", t, crumbs(p, [("Nyheter", f"{p}nyheter/")]) + news_item(t, x))
    for key, (t, b) in STD.items():
        slugpath = {"tillganglighet": "om-webbplatsen/tillganglighetsredogorelse", "kakor": "om-webbplatsen/kakor"}[key]
        put(f"{p}{slugpath}", key + ".html", t, crumbs(p, [(t, f"{p}{slugpath}")]) + b)
    put(s["search_path"], "sok.html", "Sök", crumbs(p, [("Sök", s["search_path"])]) + "<h1>Sök på webbplatsen</h1>\n<!--SEARCH_RESULTS-->\n")
    for path, spec in s["pages"].items():
        fname, title, body = spec[:3]
        raw = len(spec) > 3 and spec[3] == "raw"
        if fname in pages.values():  # same file at a second URL
            pages[path] = fname
            continue
        put(path, fname, title, body, raw=raw)
    man = {"kommunkod": code, "kommun": s["kommun"], "lan_kod": s["lan_kod"], "lan": s["lan"], "family": fam,
           "pages": dict(sorted(pages.items())), "redirects": s.get("redirects", {}),
           "robots": s.get("robots", "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"),
           "sitemap": s.get("sitemap") or sorted(k for k in pages if k != s["search_path"]),
           "search": {"path": s["search_path"], "param": "q", "hits": s.get("hits", {}), "template": "sok.html"},
           "front_status": s.get("front_status")}
    if "robots" in s and s["robots"] is None:
        del man["robots"]
    (d / "site.json").write_text(json.dumps(man, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def contact_block(lines: list[str]) -> str:
    return "<ul class=\"contact-list\">" + "".join(f"<li>{x}</li>" for x in lines) + "</ul>"


# ---------------------------------------------------------------------------------------------
# 9985 Barkåsen — sitefinity — 5
# ---------------------------------------------------------------------------------------------
KC_BODY = (
    crumbs("/", [("Kontaktcenter", "/kontaktcenter")]) +
    "<div class=\"sfContentBlock\"><h1>Välkommen till Kontaktcenter</h1>"
    "<p class=\"ingress\">Kontaktcenter är din första kontakt med Barkåsens kommun. Hos oss får du svar direkt på de flesta frågor, "
    "och om vi inte kan svara själva ser vi till att rätt handläggare återkommer till dig.</p></div>\n"
    "<div class=\"sfContentBlock\"><h2>Det här kan vi hjälpa dig med</h2>"
    "<div class=\"accordion\" id=\"kc-acc\">"
    "<div class=\"accordion-item\"><h3 class=\"accordion-header\"><button class=\"accordion-button collapsed\" type=\"button\" aria-expanded=\"false\" aria-controls=\"acc1\">Avgifter för förskola och fritidshem</button></h3>"
    "<div id=\"acc1\" class=\"accordion-collapse collapse\"><div class=\"accordion-body\">Vi förklarar hur avgiften räknas ut, hjälper dig att lämna inkomstuppgift och tar emot frågor om fakturan.</div></div></div>"
    "<div class=\"accordion-item\"><h3 class=\"accordion-header\"><button class=\"accordion-button collapsed\" type=\"button\" aria-expanded=\"false\" aria-controls=\"acc2\">Sophämtning och slamtömning</button></h3>"
    "<div id=\"acc2\" class=\"accordion-collapse collapse\"><div class=\"accordion-body\">Missat tömning, byte av kärlstorlek, delat abonnemang med grannen och hämtschema.</div></div></div>"
    "<div class=\"accordion-item\"><h3 class=\"accordion-header\"><button class=\"accordion-button collapsed\" type=\"button\" aria-expanded=\"false\" aria-controls=\"acc3\">Parkeringstillstånd och felparkering</button></h3>"
    "<div id=\"acc3\" class=\"accordion-collapse collapse\"><div class=\"accordion-body\">Hur du ansöker om parkeringstillstånd för rörelsehindrade och vart du vänder dig om en bil står fel.</div></div></div>"
    "<div class=\"accordion-item\"><h3 class=\"accordion-header\"><button class=\"accordion-button collapsed\" type=\"button\" aria-expanded=\"false\" aria-controls=\"acc4\">Bygglov – första rådgivningen</button></h3>"
    "<div id=\"acc4\" class=\"accordion-collapse collapse\"><div class=\"accordion-body\">Behöver du bygglov för altanen eller friggeboden? Vi ger dig en första vägledning och bokar tid med bygglovshandläggare.</div></div></div>"
    "</div></div>\n"
    "<div class=\"sfContentBlock\"><h2>Så når du oss</h2>"
    + contact_block(["Telefon: <a href=\"tel:+4646500410\">08-465 004 10</a>", "E-post: <a href=\"mailto:kontaktcenter@barkasen.example\">kontaktcenter@barkasen.example</a>",
                     "Telefontider: måndag–torsdag 8.00–17.00, fredag 8.00–15.00", "Besök: Kommunhuset, Stora torget 1"]) +
    "<p>Du kan också <a href=\"/kontaktcenter/felanmalan\">göra en felanmälan</a> dygnet runt.</p>"
    "<p lang=\"en\"><a href=\"/en/contact-centre\">Contact Centre – information in English</a></p></div>\n"
    "<div class=\"sfContentBlock\"><h2>Ansvarig</h2><p>Enhetschef för Kontaktcenter: Maria Holmqvist, "
    "<a href=\"mailto:maria.holmqvist@barkasen.example\">maria.holmqvist@barkasen.example</a></p></div>\n"
)
site(code="9985", kname="Barkåsens kommun", kommun="Barkåsen", lan_kod="22", lan="Västernorrlands län", family="sitefinity",
     post="Box 100, 999 10 Barkåsen", visit="Stora torget 1, Barkåsen", vaxel="08-465 004 00", mail="info@barkasen.example",
     orgnr="212000-9985", suffix=" – Barkåsens kommun", color="#005a3c",
     topbar=[("Kontakta oss", "/kontakta-oss")], nav_extra=[("Kontaktcenter", "/kontaktcenter")],
     hero_h1="Välkommen till Barkåsen", hero_text="Älven, skogen och en levande småstad – här finns plats att växa.",
     cards=[("Förskola och skola", "/barn-och-utbildning/", "Ansök om plats, skolval och läsårstider."),
            ("Bygga nytt eller bygga om", "/bygga-bo-och-miljo/", "Bygglov, anmälan och kartor."),
            ("Lediga jobb", "/jobb/", "Gör skillnad varje dag – sök jobb hos oss.")],
     news=[("Kontaktcentret förlänger telefontiden på torsdagar", "/nyheter/kontaktcentret-torsdagar",
            "Från januari svarar vi i telefon till klockan 17 på torsdagar.")],
     about="Barkåsen ligger där Barkån möter Ångermanälven. Här bor drygt 11 000 invånare, och kommunen har både tätort och levande byar.",
     pages={
         "/kontaktcenter": ("kontaktcenter.html", "Kontaktcenter", KC_BODY),
         "/kontaktcenter/index.html": ("kontaktcenter.html", "", ""),
         "/en/contact-centre": ("en-contact-centre.html", "Contact Centre",
                                crumbs("/", [("In English", "/en/contact-centre")]) +
                                "<div class=\"sfContentBlock\" lang=\"en\"><h1>Contact Centre</h1><p>The Contact Centre answers questions about the "
                                "municipality's services in Swedish and English. Call 08-465 004 10 on weekdays 8.00–17.00 or write to "
                                "kontaktcenter@barkasen.example.</p><p><a href=\"/kontaktcenter\">På svenska</a></p></div>\n"),
         "/nyheter/kontaktcentret-torsdagar": ("nyhet-kc-torsdagar.html", "Kontaktcentret förlänger telefontiden på torsdagar",
                                               crumbs("/", [("Nyheter", "/nyheter/")]) +
                                               news_item("Kontaktcentret förlänger telefontiden på torsdagar",
                                                         "Från den 8 januari svarar Kontaktcenter i telefon till klockan 17 på torsdagar.",
                                                         "<p><a href=\"/kontaktcenter/index.html\">Till Kontaktcenters sida</a></p>")),
         "/jobb/": ("jobb.html", "Lediga jobb", crumbs("/", [("Lediga jobb", "/jobb/")]) +
                    "<h1>Lediga jobb</h1><p>Just nu har vi 14 lediga tjänster. Alla annonser finns hos vår rekryteringspartner.</p>"
                    "<ul><li><a href=\"https://jobb.example/barkasen/1\">Förskollärare, Älvbackens förskola</a></li>"
                    "<li><a href=\"https://jobb.example/barkasen/2\">Undersköterska, hemtjänsten</a></li></ul>\n"),
     },
     redirects={"/kontakta-oss": ["/kontaktcenter", 301]},
     hits={"kontaktcenter": ["/kontaktcenter", "/nyheter/kontaktcentret-torsdagar"]})

# ---------------------------------------------------------------------------------------------
# 9986 Rödmyra — alpine — 4 (e0)
# ---------------------------------------------------------------------------------------------
KUNDC = (
    crumbs("/", [("Kundcenter", "/kundcenter/")]) +
    "<article class=\"prose\"><h1>Kundcenter</h1><p class=\"lead\">Kundcenter är Rödmyra kommuns gemensamma ingång för frågor från "
    "invånare, företag och besökare. Många ärenden kan vi lösa medan du väntar.</p>"
    "<h2>Vanliga ärenden</h2><table class=\"matters\"><thead><tr><th scope=\"col\">Ärende</th><th scope=\"col\">Det här gör vi</th></tr></thead><tbody>"
    "<tr><td>Plats i förskola</td><td>Hjälper dig att ansöka, säga upp eller byta plats</td></tr>"
    "<tr><td>Vatten och avlopp</td><td>Tar emot frågor om fakturor, mätarbyte och läckor</td></tr>"
    "<tr><td>Färdtjänst</td><td>Skickar ansökan och förklarar reglerna</td></tr>"
    "<tr><td>Hyra lokal</td><td>Bokar idrottshallar, samlingslokaler och grillplatser</td></tr>"
    "</tbody></table>"
    "<h2>Kontakta Kundcenter</h2><p>Ring <a href=\"tel:031-3900650\">031-390 06 50</a>, vardagar 7.30–16.30.</p>"
    "<p><button type=\"button\" class=\"chat-open\" x-on:click=\"$dispatch('chat-open')\">Chatta med oss</button> – chatten är öppen vardagar 9–15.</p>"
    "<p>Kommunvägledare: Emil Ross, Leila Haddad och Tove Ek.</p>"
    "<p class=\"page-meta\">Sidansvarig: Kommunikationsenheten · Senast uppdaterad 2026-10-21</p></article>\n"
)
site(code="9986", kommun="Rödmyra", lan_kod="14", lan="Västra Götalands län", family="alpine",
     post="999 20 Rödmyra", visit="Kyrkvägen 4, Rödmyra", vaxel="031-390 06 00", mail="kommun@rodmyra.example",
     orgnr="212000-9986", suffix=" | Rödmyra kommun", color="#8a1c2b",
     nav_extra=[("Kontakta oss", "/kontakta-oss/")],
     hero_h1="Rödmyra – nära till allt", hero_text="Vad vill du göra i dag? Här är några vanliga ärenden.",
     cards=[("Kundcenter", "/kundcenter/", "Svar på dina frågor om kommunens tjänster."),
            ("Felanmälan", "/e-tjanster/2", "Trasig gatlykta eller ett hål i vägen?"),
            ("Bygglov", "/bygga-bo-och-miljo/bygglov/", "Det här behöver du veta innan du bygger.")],
     about="Rödmyra är en kommun med 9 400 invånare mellan sjöarna Stora och Lilla Röden, en halvtimme från Göteborg.",
     pages={
         "/kundcenter/": ("kundcenter.html", "Kundcenter", KUNDC),
         "/kontakta-oss/": ("kontakta-oss.html", "Kontakta oss",
                            crumbs("/", [("Kontakta oss", "/kontakta-oss/")]) +
                            "<h1>Kontakta oss</h1><p>Här hittar du de vanligaste vägarna in till kommunen.</p>"
                            "<h2>Växel</h2><p>031-390 06 00, vardagar 8–16.</p>"
                            "<h2>Kundcenter</h2><p>Kundcenter når du på 031-390 06 50. <a href=\"/kundcenter/\">Läs mer om Kundcenter</a></p>"
                            "<h2>Synpunkter och klagomål</h2><p>Tyck till om kommunens verksamheter via vår e-tjänst.</p>"
                            "<h2>Press</h2><p>Journalister kan ringa presstjänsten på 031-390 06 99.</p>\n"),
         "/jobb/": ("jobb.html", "Lediga jobb", crumbs("/", [("Lediga jobb", "/jobb/")]) +
                    "<h1>Lediga jobb</h1><ul><li><a href=\"/jobb/kommunvagledare-kundcenter\">Kommunvägledare till Kundcenter</a></li>"
                    "<li><a href=\"/jobb/larare-ma-no\">Lärare i matematik och NO</a></li></ul>\n"),
         "/jobb/kommunvagledare-kundcenter": ("jobb-kvl.html", "Kommunvägledare till Kundcenter",
                                              crumbs("/", [("Lediga jobb", "/jobb/")]) +
                                              "<h1>Kommunvägledare till Kundcenter</h1><p>Vill du vara den som ger invånarna rätt svar första gången? "
                                              "Kundcenter växer och vi söker två kommunvägledare. Du svarar på frågor i telefon, chatt och i vår reception.</p>"
                                              "<p>Upplysningar: HR-specialist Olle Berg, 031-390 06 70. Sista ansökningsdag 2027-01-10.</p>\n"),
     },
     hits={"kundcenter": ["/kundcenter/", "/jobb/kommunvagledare-kundcenter"]})

# ---------------------------------------------------------------------------------------------
# 9987 Videsjö — djangocms — 3 (c0 d0)
# ---------------------------------------------------------------------------------------------
BOX = ("<aside class=\"cms-plugin contact-box\" aria-labelledby=\"kbox\"><h2 id=\"kbox\">Kontakta oss</h2>"
       "<p>Telefon 040-628 04 00 · E-post <a href=\"mailto:kommun@videsjo.example\">kommun@videsjo.example</a></p>"
       "<p>Öppet vardagar 8.00–16.30 i kommunhuset, Järnvägsgatan 12.</p></aside>\n")
MS = (
    crumbs("/", [("Kommun och politik", "/kommun-och-politik/"), ("Medborgarservice", "/kommun-och-politik/medborgarservice/")]) +
    "<div class=\"cms-plugin text\"><h1>Medborgarservice</h1><p class=\"lead\">Medborgarservice finns för dig som bor i Videsjö och "
    "behöver hjälp att hitta rätt i kommunen. Du kan vända dig till oss med bland annat:</p>"
    "<ul><li>frågor om bostadsanpassning och färdtjänst</li><li>ansökan om skolskjuts</li><li>sophämtning och latrinhämtning i skärgården</li>"
    "<li>lån av kommunens utrustning till föreningar</li></ul>"
    "<p>Ring, mejla eller kom förbi – alla vägar in till oss hittar du i rutan <em>Kontakta oss</em> längre ned på sidan.</p>"
    "<p>Chef för medborgarservice är Hanna Roos.</p></div>\n"
)
site(code="9987", kommun="Videsjö", lan_kod="12", lan="Skåne län", family="djangocms",
     post="999 30 Videsjö", visit="Järnvägsgatan 12, Videsjö", vaxel="040-628 04 00", mail="kommun@videsjo.example",
     orgnr="212000-9987", suffix=" · Videsjö kommun", color="#1d4f91",
     inject={"kommun-och-politik": [("Medborgarservice", "/kommun-och-politik/medborgarservice/"), ("Synpunkter och klagomål", "/kommun-och-politik/synpunkter/")]},
     nav_extra=[("Kontakt", "/kontakt/")],
     every_page_box=BOX,
     hero_h1="Hej och välkommen till Videsjö", hero_text="Sjöarna, slätten och Österlens närhet gör Videsjö till en bra plats att leva på.",
     cards=[("Lediga jobb", "/jobb/", "Vi söker fler som vill jobba med människor."),
            ("Förskola", "/barn-och-utbildning/forskola/", "Ansök om plats i förskola."),
            ("Avfall", "/bygga-bo-och-miljo/avfall-och-atervinning/", "Hämtschema och återvinningscentraler.")],
     about="Videsjö har 14 200 invånare och ligger vid Vidsjön, med en av Skånes största bokskogar inom kommungränsen.",
     pages={
         "/kommun-och-politik/medborgarservice/": ("medborgarservice.html", "Medborgarservice", MS),
         "/kontakt/": ("kontakt.html", "Kontakt", crumbs("/", [("Kontakt", "/kontakt/")]) +
                       "<h1>Kontakt</h1><p>Kommunens växel hjälper dig att komma i kontakt med rätt person eller verksamhet.</p>"
                       "<p>Registrator tar emot handlingar till kommunen: registrator@videsjo.example</p>\n"),
     },
     hits={"medborgarservice": ["/kommun-och-politik/medborgarservice/"]})

# ---------------------------------------------------------------------------------------------
# 9988 Hultvik — magnolia — 3 (c0 e0)
# ---------------------------------------------------------------------------------------------
SC = (
    crumbs("/", [("Servicecenter", "/servicecenter/")]) +
    "<div class=\"mgnl-area area-content two-cols\"><div class=\"col-main\"><h1>Servicecenter</h1>"
    "<p class=\"intro\">Servicecenter tar emot dig som ringer, mejlar eller kommer till kommunhuset. Vi arbetar för att du ska få "
    "svar så snabbt som möjligt.</p>"
    "<p>Ring oss på 0980-319 210 eller mejla <a href=\"mailto:servicecenter@hultvik.example\">servicecenter@hultvik.example</a>. "
    "Vi besvarar e-post inom två arbetsdagar.</p>"
    "<p>Ansvarig för sidan: Nora Lind, webbredaktör.</p></div>"
    "<div class=\"col-aside\"><aside class=\"teaser-box\"><h2>Det här kan vi hjälpa dig med</h2><ul>"
    "<li>Snöröjning och halkbekämpning</li><li>Hyra av båtplats i gästhamnen</li><li>Bostadsanpassningsbidrag</li><li>Fiskekort i kommunens vatten</li>"
    "</ul></aside></div></div>\n"
)
site(code="9988", kname="Hultviks kommun", kommun="Hultvik", lan_kod="25", lan="Norrbottens län", family="magnolia",
     post="Box 7, 999 40 Hultvik", visit="Hamngatan 3, Hultvik", vaxel="0980-319 210", mail="servicecenter@hultvik.example",
     orgnr="212000-9988", suffix=" - Hultviks kommun", color="#264653",
     nav_extra=[("Kontakt", "/kontakt/")],
     footer_extra="<div class=\"footer-service\"><h2><a href=\"/servicecenter/\">Servicecenter</a></h2><p>Telefon 0980-319 210<br>servicecenter@hultvik.example</p></div>",
     hero_h1="Hultvik – där havet möter skogen", hero_text="Skärgård, fjällnära vildmark och en hamn som aldrig sover.",
     cards=[("Fiske och friluftsliv", "/kultur-och-fritid/friluftsliv/", "Leder, vindskydd och fiskekort."),
            ("Skola", "/barn-och-utbildning/grundskola/", "Skolor, läsårstider och skolmat."),
            ("Felanmälan", "/e-tjanster/2", "Anmäl fel på gator, belysning och lekplatser.")],
     about="Hultvik har 6 100 invånare längs kusten och i inlandsbyarna. Hamnen har varit ortens hjärta sedan 1600-talet.",
     pages={
         "/servicecenter/": ("servicecenter.html", "Servicecenter", SC),
         "/kontakt/": ("kontakt.html", "Kontakt", crumbs("/", [("Kontakt", "/kontakt/")]) +
                       "<h1>Kontakt</h1><p>Här hittar du kontaktuppgifter till förvaltningarna och de förtroendevalda.</p>"
                       "<ul><li>Barn- och utbildningsförvaltningen</li><li>Socialförvaltningen</li><li>Samhällsbyggnadsförvaltningen</li></ul>\n"),
     },
     hits={"servicecenter": ["/servicecenter/"]})

# ---------------------------------------------------------------------------------------------
# 9989 Aspeby — remix, / 302 /sv/ — 3 (d0 e0)
# ---------------------------------------------------------------------------------------------
KC_SV = ("<h1>Kontaktcenter</h1><p class=\"ingress\">Välkommen att höra av dig till oss på Kontaktcenter! Vi finns här för dig och hjälper "
         "dig gärna vidare om du undrar något.</p>"
         "<p>Telefon: 031-390 06 20<br>E-post: kontaktcenter@aspeby.example<br>Telefontid: vardagar 8–16, lunchstängt 12–13</p>"
         "<p>Frågor om webbplatsen besvaras av webbredaktionen.</p>")
site(code="9989", kommun="Aspeby", lan_kod="13", lan="Hallands län", family="remix", prefix="/sv/",
     post="999 50 Aspeby", visit="Rådhusgatan 2, Aspeby", vaxel="031-390 06 00", mail="info@aspeby.example",
     orgnr="212000-9989", suffix=" | Aspeby kommun", color="#6b2c91",
     topbar=[("Kontaktcenter", "/sv/kontaktcenter?lang=sv"), ("In English", "/en/")],
     footer_extra="<p class=\"publisher\">Ansvarig utgivare: Elin Sand, kommunikationschef</p>",
     hero_h1="Välkommen till Aspeby", hero_text="Ljunghed, strand och en stadskärna med 1700-talshus.",
     cards=[("Ansök om förskoleplats", "/sv/e-tjanster/1", "Gör din ansökan i e-tjänsten."),
            ("Hämtschema för sopor", "/sv/bygga-bo-och-miljo/avfall-och-atervinning/", "När töms ditt kärl?"),
            ("Badplatser", "/sv/kultur-och-fritid/badplatser/", "Vattentemperatur och badvakter.")],
     about="Aspeby är en kustkommun i Halland med 17 800 invånare och sex mil sandstrand.",
     pages={
         "/sv/kontaktcenter": ("kontaktcenter.html", "Kontaktcenter",
                               crumbs("/sv/", [("Kontaktcenter", "/sv/kontaktcenter")]) + KC_SV +
                               "<p><a href=\"/sv/kontaktcenter/utskrift\">Skriv ut sidan</a> · <a href=\"/en/contact-centre\" lang=\"en\">Contact Centre in English</a></p>\n"),
         "/sv/kontaktcenter/utskrift": ("kontaktcenter-utskrift.html", "",
                                         "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Kontaktcenter (utskriftsversion) | Aspeby kommun</title>"
                                         "<meta name=\"robots\" content=\"noindex\"><link rel=\"canonical\" href=\"__ORIGIN__/sv/kontaktcenter\"></head>"
                                         "<body class=\"print\"><p>Aspeby kommun – utskrift från aspeby.example</p>" + KC_SV +
                                         "<p><a href=\"/sv/kontaktcenter\">Tillbaka till sidan</a></p></body></html>\n", "raw"),
         "/en/": ("en.html", "In English", crumbs("/sv/", [("In English", "/en/")]) +
                  "<div lang=\"en\"><h1>Welcome to Aspeby Municipality</h1><p>Here you will find basic information in English.</p>"
                  "<ul><li><a href=\"/en/contact-centre\">Contact Centre</a></li><li><a href=\"/en/moving-here\">Moving to Aspeby</a></li></ul></div>\n"),
         "/en/contact-centre": ("en-contact-centre.html", "Contact Centre", crumbs("/sv/", [("In English", "/en/")]) +
                                "<div lang=\"en\"><h1>Contact Centre</h1><p>Our contact centre can help you with preschool places, "
                                "waste collection, parking permits and building permits, and with finding the right person in the "
                                "municipality.</p><p>Phone: +46 31 390 06 20 (weekdays 8–16)<br>E-mail: kontaktcenter@aspeby.example<br>"
                                "Visiting address: Rådhusgatan 2</p><p><a href=\"/sv/kontaktcenter\">På svenska</a></p></div>\n"),
     },
     redirects={"/": ["/sv/", 302]},
     hits={"kontaktcenter": ["/sv/kontaktcenter"]})

# ---------------------------------------------------------------------------------------------
# 9990 Harsjö — quasar — 4 (c0)
# ---------------------------------------------------------------------------------------------
SK_NEWS_T = "Servicekontoret stänger tidigare i midsommar"
site(code="9990", kommun="Harsjö", lan_kod="20", lan="Dalarnas län", family="quasar",
     post="999 60 Harsjö", visit="Stadshuset, Storgatan 20, Harsjö", vaxel="08-465 004 50", mail="kommun@harsjo.example",
     orgnr="212000-9990", suffix=" - Harsjö kommun", color="#2f6f3e",
     nav_extra=[("Kontakt", "/kontakt/")],
     hero_h1="Harsjö kommun", hero_text="Fäbodar, fiskevatten och Dalarnas vackraste midsommarstång.",
     cards=[("Förskola", "/barn-och-utbildning/forskola/", "Ansök, byt eller säg upp plats."),
            ("Hemtjänst", "/omsorg-och-stod/hemtjanst/", "Stöd för dig som vill bo kvar hemma."),
            ("Turism", "/naringsliv-och-arbete/turism/", "Upplev Harsjö året runt.")],
     news=[(SK_NEWS_T, "/nyheter/servicekontoret-midsommar", "Midsommarafton har vi stängt, och dagen före stänger vi klockan 13.")],
     about="Harsjö har 7 300 invånare i Siljansbygden. Kommunen är känd för sina fäbodvallar och sin spelmanstradition.",
     pages={
         "/besok-oss/": ("besok-oss.html", "Servicekontoret",
                         crumbs("/", [("Besök oss i stadshuset", "/besok-oss/")]) +
                         "<div class=\"q-card\"><h1>Besök oss i stadshuset</h1><p class=\"text-subtitle1\">I entrén till stadshuset har kommunen "
                         "sin egen disk. Här får du personlig hjälp, utan att boka tid.</p>"
                         "<p>Hos oss kan du få hjälp med att söka bostadsanpassning, beställa parkeringstillstånd, lämna in "
                         "ansökan om serveringstillstånd och hämta ut blanketter för vigsel.</p>"
                         "<h2>Öppettider</h2><table class=\"q-table\"><tr><th>Måndag–torsdag</th><td>8.30–16.30</td></tr>"
                         "<tr><th>Fredag</th><td>8.30–15.00</td></tr><tr><th>Lunch</th><td>Stängt 12.00–12.45</td></tr></table>"
                         "<h2>Hitta hit</h2><p>Besöksadress: Stadshuset, Storgatan 20. Ingången ligger mot torget.</p>"
                         "<p><a href=\"/organisation/\">Så är kommunens förvaltningar organiserade</a></p></div>\n"),
         "/nyheter/servicekontoret-midsommar": ("nyhet-midsommar.html", "Nyhet",
                                                crumbs("/", [("Nyheter", "/nyheter/")]) +
                                                news_item(SK_NEWS_T, "Midsommarafton den 19 juni har Servicekontoret stängt. Torsdagen den 18 juni stänger vi klockan 13.00.",
                                                          "<p><a href=\"/besok-oss/\">Läs mer om vad Servicekontoret kan hjälpa dig med</a></p>")),
         "/organisation/": ("organisation.html", "Organisation", crumbs("/", [("Organisation", "/organisation/")]) +
                            "<h1>Kommunens organisation</h1><p>Kommunstyrelsen leder förvaltningarna. Kommundirektör är Gustav Wennberg.</p>"
                            "<h2>Kommunledningsförvaltningen</h2><ul><li>Ekonomienheten – ekonomichef Sofia Nord</li>"
                            "<li>HR-enheten – HR-chef Jon Åberg</li><li>Enhetschef Servicekontoret: Karl Öst</li>"
                            "<li>Kommunikationsenheten – kommunikationschef Lisa Tran</li></ul>"
                            "<h2>Samhällsbyggnadsförvaltningen</h2><p>Förvaltningschef Mats Dahl.</p>\n"),
         "/kontakt/": ("kontakt.html", "Kontakt", crumbs("/", [("Kontakt", "/kontakt/")]) +
                       "<h1>Kontakt</h1><p>Växeln svarar vardagar 8–16 på 08-465 004 50.</p><p>E-post: kommun@harsjo.example</p>\n"),
     },
     hits={"servicekontoret": ["/besok-oss/", "/nyheter/servicekontoret-midsommar"]})

# ---------------------------------------------------------------------------------------------
# 9991 Fjärdinge — turbo — 2 (b0 c0 e0)
# ---------------------------------------------------------------------------------------------
site(code="9991", kommun="Fjärdinge", lan_kod="14", lan="Västra Götalands län", family="turbo",
     post="999 70 Fjärdinge", visit="Storgatan 14, Fjärdinge", vaxel="031-390 06 00", mail="fjardinge@fjardinge.example",
     orgnr="212000-9991", suffix=" – Fjärdinge kommun", color="#00607a",
     nav_extra=[("Kontakt", "/kontakt/")],
     hero_h1="Fjärdinge", hero_text="Fjordar, klippor och ett kulturhus som samlar hela kommunen.",
     cards=[("Kulturhuset", "/kultur-och-fritid/", "Bibliotek, bio och konsthall under samma tak."),
            ("Skolval", "/barn-och-utbildning/skolval/", "Dags att välja skola till hösten."),
            ("Bostad", "/bygga-bo-och-miljo/tomter/", "Lediga tomter i Västra Fjärdinge.")],
     about="Fjärdinge har 12 600 invånare på fastlandet och fyra bebodda öar. Färjorna går dygnet runt.",
     pages={
         "/kontakt/": ("kontakt.html", "Kontakt", crumbs("/", [("Kontakt", "/kontakt/")]) +
                       "<h1>Kontakt</h1><p>Vem vill du komma i kontakt med?</p><div class=\"cards\">"
                       "<a class=\"card\" href=\"/kontakt/medborgarkontoret/\"><h2>Medborgarkontoret</h2><p>Frågor om bygglov, avfall och skola.</p></a>"
                       "<a class=\"card\" href=\"/kontakt/vaxeln/\"><h2>Växeln</h2><p>Hitta rätt person.</p></a>"
                       "<a class=\"card\" href=\"/kontakt/felanmalan/\"><h2>Felanmälan</h2><p>Gator, parker och belysning.</p></a>"
                       "<a class=\"card\" href=\"/kontakt/synpunkter/\"><h2>Synpunkter</h2><p>Beröm, klagomål och förslag.</p></a></div>\n"),
         "/kontakt/medborgarkontoret/": ("medborgarkontoret.html", "Medborgarkontoret",
                                         crumbs("/", [("Kontakt", "/kontakt/"), ("Medborgarkontoret", "/kontakt/medborgarkontoret/")]) +
                                         "<h1>Medborgarkontoret</h1><p class=\"lead\">Medborgarkontoret finns på bottenvåningen i Kulturhuset. "
                                         "Vi hjälper dig att komma vidare med e-tjänster och ansökningar:</p><ul class=\"eservice-links\">"
                                         "<li><a href=\"/e-tjanster/parkeringstillstand\">Ansök om parkeringstillstånd för rörelsehindrade</a></li>"
                                         "<li><a href=\"/e-tjanster/sopkarl\">Anmäl byte av sopkärl</a></li>"
                                         "<li><a href=\"/e-tjanster/skolskjuts\">Ansök om skolskjuts</a></li>"
                                         "<li><a href=\"/e-tjanster/bostadsanpassning\">Ansök om bostadsanpassningsbidrag</a></li></ul>"
                                         "<h2>Kontakt</h2><p>Telefon 031-390 06 80</p><p>Besöksadress: Kulturhuset, Storgatan 14</p>"
                                         "<p>Kontaktperson för Medborgarkontoret: Elsa Berg, kommunvägledare</p>\n"),
         "/kontakt/vaxeln/": ("vaxeln.html", "Växeln", crumbs("/", [("Kontakt", "/kontakt/"), ("Växeln", "/kontakt/vaxeln/")]) +
                              "<h1>Växeln</h1><p>Växeln svarar vardagar 7.30–16.30 på 031-390 06 00 och kopplar dig vidare.</p>\n"),
     },
     hits={"medborgarkontoret": ["/kontakt/medborgarkontoret/"]})

# ---------------------------------------------------------------------------------------------
# 9992 Ormvik — pico — 5
# ---------------------------------------------------------------------------------------------
site(code="9992", kname="Ormviks kommun", kommun="Ormvik", lan_kod="03", lan="Uppsala län", family="pico",
     post="999 80 Ormvik", visit="Kommunhuset, Bruksgatan 5, Ormvik", vaxel="0980-319 250", mail="kommun@ormvik.example",
     orgnr="212000-9992", suffix=" — Ormviks kommun", color="#3b5bdb",
     nav_extra=[("Kontakta oss", "/kontakta-oss/")],
     hero_h1="Välkommen till Ormvik", hero_text="Bruksorten vid Dalälven med bara en timme till Uppsala.",
     cards=[("Ansök om bygglov", "/bygga-bo-och-miljo/bygglov/", "Så går det till."),
            ("Lediga jobb", "/jobb/", "Bli en av oss."),
            ("Bibliotek", "/kultur-och-fritid/bibliotek/", "Låna, läs och lyssna.")],
     about="Ormvik har 8 900 invånare. Bruket grundades 1624 och herrgårdsparken är i dag kommunens finrum.",
     pages={
         "/kontakta-oss/": ("kontakta-oss.html", "Kontakta oss", crumbs("/", [("Kontakta oss", "/kontakta-oss/")]) +
                            "<article><hgroup><h1>Kontakta oss</h1><p>Så når du Ormviks kommun</p></hgroup>"
                            "<section><h2>Växel</h2><p>0980-319 250, vardagar 7.30–16.00.</p></section>"
                            "<section id=\"servicecentrum\"><h2>Servicecentrum</h2><p>Servicecentrum svarar på frågor om hemtjänst, "
                            "skolskjuts, felanmälan av gatubelysning och avgifter för vatten och avlopp. Vi hjälper dig också att fylla i "
                            "ansökningar och e-tjänster.</p><p>Telefon 0980-319 260<br>Telefontid: måndag–fredag 8.00–16.00</p>"
                            "<p><a href=\"/organisation/\">Servicecentrum i kommunens organisation</a></p></section>"
                            "<section><h2>Synpunkter</h2><p>Lämna synpunkter och klagomål i vår e-tjänst.</p></section>"
                            "<section><h2>Registrator</h2><p>Handlingar till kommunen skickas till registrator@ormvik.example.</p></section></article>\n"),
         "/organisation/": ("organisation.html", "Organisation", crumbs("/", [("Organisation", "/organisation/")]) +
                            "<h1>Organisation</h1><p>Kommunstyrelsens förvaltning består av fem enheter.</p><dl>"
                            "<dt>Ekonomi</dt><dd>ekonomichef Rut Sjöberg</dd>"
                            "<dt>Servicecentrum</dt><dd>enhetschef Lars Öberg</dd>"
                            "<dt>HR</dt><dd>HR-chef Malin Björk</dd>"
                            "<dt>Kommunikation</dt><dd>kommunikationschef Ali Demir</dd>"
                            "<dt>Digitalisering</dt><dd>digitaliseringsstrateg Anna Wiik</dd></dl>\n"),
         "/jobb/": ("jobb.html", "Lediga jobb", crumbs("/", [("Lediga jobb", "/jobb/")]) +
                    "<h1>Lediga jobb</h1><ul><li><a href=\"/jobb/kommunvagledare\">Kommunvägledare, två tjänster</a></li>"
                    "<li><a href=\"/jobb/fritidsledare\">Fritidsledare</a></li></ul>\n"),
         "/jobb/kommunvagledare": ("jobb-kvl.html", "Kommunvägledare, två tjänster", crumbs("/", [("Lediga jobb", "/jobb/")]) +
                                   "<article><h1>Kommunvägledare, två tjänster</h1><p>Vi söker två kommunvägledare till vårt Servicecentrum "
                                   "i kommunhuset. Tillsvidareanställning, heltid.</p><p>Sista ansökningsdag 2027-01-15.</p></article>\n"),
     },
     hits={"servicecentrum": ["/kontakta-oss/", "/jobb/kommunvagledare"]})

# ---------------------------------------------------------------------------------------------
# 9993 Tallnäs — kirby — 0
# ---------------------------------------------------------------------------------------------
site(code="9993", kommun="Tallnäs", lan_kod="21", lan="Gävleborgs län", family="kirby",
     post="999 90 Tallnäs", visit="Torget 1, Tallnäs", vaxel="040-628 04 70", mail="tallnas.kommun@tallnas.example",
     orgnr="212000-9993", suffix=" | Tallnäs kommun", color="#7a4a00",
     inject={"bygga-bo-och-miljo": [("Hyra bostad hos Tallnäshem", "/bygga-bo-och-miljo/tallnashem/")]},
     nav_extra=[("Kontakt", "/kontakt/")], topbar=[("English", "/en/contact")],
     footer_extra="<p><strong>Tallnäs Vatten AB</strong> – kundtjänst för VA och avfall: 040-628 04 80</p>",
     hero_h1="Tallnäs – tallskog och hav", hero_text="Här är det nära till jobbet, skolan och stranden.",
     cards=[("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag/", "En väg in för dig som driver företag."),
            ("Förskola", "/barn-och-utbildning/forskola/", "Ansök om plats."),
            ("Hemtjänst", "/omsorg-och-stod/hemtjanst/", "Stöd i vardagen.")],
     news=[("Försäkringskassans kundcenter har mottagning i biblioteket", "/nyheter/forsakringskassan",
            "Varannan tisdag kan du träffa Försäkringskassan i Tallnäs bibliotek.")],
     about="Tallnäs har 10 400 invånare vid Gävlebuktens norra del, med fiskelägen och en av landets äldsta tallskogar.",
     pages={
         "/bygga-bo-och-miljo/tallnashem/": ("tallnashem.html", "Välkommen till Tallnäshems kundcenter",
                                             crumbs("/", [("Bygga, bo och miljö", "/bygga-bo-och-miljo/"), ("Tallnäshem", "/bygga-bo-och-miljo/tallnashem/")]) +
                                             "<h1>Välkommen till Tallnäshems kundcenter</h1><p>Tallnäshem AB är kommunens bostadsbolag med 2 300 lägenheter. "
                                             "Tallnäshems kundcenter hjälper dig med bostadskön, felanmälan i lägenheten och frågor om hyran.</p>"
                                             "<p>Telefon 040-628 04 75, kundcenter@tallnashem.example, öppet vardagar 9–15.</p>"
                                             "<p>Kundcenterchef på Tallnäshem: Jonas Berg.</p>\n"),
         "/naringsliv-och-arbete/servicecenter-for-foretag/": ("servicecenter-foretag.html", "Servicecenter för företag",
                                                               crumbs("/", [("Näringsliv och arbete", "/naringsliv-och-arbete/")]) +
                                                               "<h1>Servicecenter för företag</h1><p>Vi samordnar tillstånd, bygglov och livsmedelskontroll för dig som "
                                                               "driver företag. Ring 040-628 04 90 eller mejla foretag@tallnas.example.</p>"
                                                               "<p>Enhetschef för Servicecenter för företag: Kim Lagerstedt.</p>\n"),
         "/nyheter/forsakringskassan": ("nyhet-fk.html", "Försäkringskassans kundcenter har mottagning i biblioteket",
                                        crumbs("/", [("Nyheter", "/nyheter/")]) +
                                        news_item("Försäkringskassans kundcenter har mottagning i biblioteket",
                                                  "Försäkringskassans kundcenter har mottagning i Tallnäs bibliotek varannan tisdag klockan 10–14.")),
         "/kontakt/": ("kontakt.html", "Kontakt", crumbs("/", [("Kontakt", "/kontakt/")]) +
                       "<h1>Kontakt</h1><p>Ring växeln på 040-628 04 70 så kopplar vi dig rätt. Du kan också mejla "
                       "tallnas.kommun@tallnas.example.</p>\n"),
         "/en/contact": ("en-contact.html", "Contact us", crumbs("/", [("English", "/en/contact")]) +
                         "<div lang=\"en\"><h1>Contact us</h1><p>Call the switchboard on +46 40 628 04 70 or e-mail tallnas.kommun@tallnas.example.</p></div>\n"),
     },
     hits={"kundcenter": ["/bygga-bo-och-miljo/tallnashem/", "/nyheter/forsakringskassan"]})

# ---------------------------------------------------------------------------------------------
# 9994 Ekträsk — squiz — 1
# ---------------------------------------------------------------------------------------------
KT = (crumbs("/", [("Organisation", "/organisation/"), ("Kundtjänst", "/kundtjanst/")]) +
      "<div class=\"content-main\"><h1>Kundtjänst</h1><p class=\"lead\">Kundtjänst svarar på frågor om avgifter, bygglov, skolval och "
      "sophämtning, så att du slipper leta efter rätt förvaltning.</p>"
      "<p>Ring växeln – numret står högst upp på sidan – och be att få prata med kundtjänst. Du kan också skriva till oss:</p>"
      "<p><a class=\"btn\" href=\"/e-tjanster/skriv-till-kundtjanst\">Skriv till kundtjänst (e-tjänst)</a></p>"
      "<p>Kundtjänst hör till kommunledningskontoret, som leds av kommundirektör Per Alm.</p></div>\n")
site(code="9994", kommun="Ekträsk", lan_kod="24", lan="Västerbottens län", family="squiz",
     post="999 95 Ekträsk", visit="Skolgatan 1, Ekträsk", vaxel="0980-319 270", mail="kommun@ektrask.example",
     orgnr="212000-9994", suffix=" | Ekträsk kommun", color="#005f73",
     header_strip="<p class=\"strip-contact\">Växel 0980-319 270 · E-post kommun@ektrask.example · Öppet vardagar 8–16</p>",
     inject={"kommun-och-politik": [("Organisation", "/organisation/")]},
     hero_h1="Ekträsk kommun", hero_text="Myrar, skogsälvar och norrsken över Skolgatan.",
     cards=[("Skolskjuts", "/barn-och-utbildning/skolskjuts/", "Vem har rätt till skolskjuts?"),
            ("Snöröjning", "/trafik-och-infrastruktur/snorojning/", "Så plogar vi i vinter."),
            ("Jakt och fiske", "/kultur-och-fritid/friluftsliv/", "Kort och regler.")],
     about="Ekträsk har 2 900 invånare på en yta stor som Gotland. Närmaste trafikljus ligger sju mil bort.",
     pages={
         "/organisation/": ("organisation.html", "Organisation", crumbs("/", [("Organisation", "/organisation/")]) +
                            "<h1>Organisation</h1><table class=\"org\"><thead><tr><th>Verksamhet</th><th>Förvaltning</th></tr></thead><tbody>"
                            "<tr><td><a href=\"/kundtjanst/index.html\">Kundtjänst</a></td><td>Kommunledningskontoret</td></tr>"
                            "<tr><td>Ekonomi</td><td>Kommunledningskontoret</td></tr><tr><td>Socialtjänst</td><td>Socialförvaltningen</td></tr>"
                            "<tr><td>Skolor och förskolor</td><td>Barn- och utbildningsförvaltningen</td></tr></tbody></table>\n"),
         "/kundtjanst/": ("kundtjanst.html", "Kundtjänst", KT),
         "/kundtjanst/index.html": ("kundtjanst.html", "", ""),
     },
     hits={"kundtjänst": ["/kundtjanst/"]})

# ---------------------------------------------------------------------------------------------
# 9995 Lappbo — blocked by robots.txt (group with two User-agent lines incl. *)
# ---------------------------------------------------------------------------------------------
site(code="9995", kommun="Lappbo", lan_kod="23", lan="Jämtlands län", family="alpine",
     post="999 96 Lappbo", visit="Fjällvägen 2, Lappbo", vaxel="08-465 004 60", mail="kommun@lappbo.example",
     orgnr="212000-9995", suffix=" | Lappbo kommun",
     nav_extra=[("Kontaktcenter", "/kontaktcenter/")],
     hero_h1="Lappbo", hero_text="Fjäll, sjöar och tystnad.", cards=[("Kontaktcenter", "/kontaktcenter/", "Vi svarar på dina frågor.")],
     about="Lappbo har 2 400 invånare.",
     pages={"/kontaktcenter/": ("kontaktcenter.html", "Kontaktcenter", "<h1>Kontaktcenter</h1><p>Vi svarar på frågor om skola, "
                                "avfall och bygglov. Telefon 08-465 004 60, kontaktcenter@lappbo.example.</p><p>Enhetschef: Sara Nilsson</p>\n")},
     robots="User-agent: Bingbot\nUser-agent: *\nDisallow: /\n\nUser-agent: Googlebot\nAllow: /\n",
     hits={"kontaktcenter": ["/kontaktcenter/"]})

# ---------------------------------------------------------------------------------------------
# 9996 Norrströmsbo — 504 everywhere
# ---------------------------------------------------------------------------------------------
site(code="9996", kommun="Norrströmsbo", lan_kod="17", lan="Värmlands län", family="remix",
     post="999 99 Norrströmsbo", visit="Storgatan 1", vaxel="040-628 04 99", mail="kommun@norrstromsbo.example",
     orgnr="212000-9996", hero_h1="Norrströmsbo", hero_text="Välkommen.", cards=[], about="Norrströmsbo har 5 000 invånare.",
     pages={}, front_status=504)


if __name__ == "__main__":
    for s in SITES:
        build(s)
        print(s["code"], s["kommun"], len(list((ROOT / s["code"]).glob("*.html"))), "html files")
