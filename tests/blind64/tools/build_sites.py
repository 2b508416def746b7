"""Typing aid: writes tests/blind64/sites/ (the files are the corpus; labels.csv is hand-written).

    python3 tests/blind64/tools/build_sites.py
"""
from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import chrome  # noqa: E402
import texts as T  # noqa: E402

SITES_DIR = HERE.parent / "sites"
LATIN1 = "text/html; charset=iso-8859-1"
ROBOTS = "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"

CARDS = [("Förskola", "/barn-och-utbildning/forskola/"), ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning/"),
         ("Bygglov", "/bygga-bo-och-miljo/bygglov/"), ("Lediga jobb", "/lediga-jobb/")]


def news(title, href, teaser, *paras):
    return (title, href, teaser, "".join(f"<p>{p}</p>" for p in paras))


N_SKOLA = news("Ny förskola öppnar i höst", "/nyheter/ny-forskola/", "Den nya förskolan får plats för 120 barn och öppnar i augusti.",
               "Den nya förskolan byggs i trä och får sex avdelningar med plats för 120 barn. Förskolan öppnar i augusti.",
               "Vårdnadshavare som har ansökt om plats får besked i maj. Ansökan görs i e-tjänsten för förskola.")
N_SOMMAR = news("Sommarlov med aktiviteter för alla", "/nyheter/sommarlov/", "Fritidsgårdar, bad och bibliotek har ett fullspäckat sommarprogram.",
                "Under sommarlovet erbjuder kommunen gratis aktiviteter för barn och unga mellan 6 och 17 år.",
                "Programmet finns på biblioteken och på fritidsgårdarna. Ingen anmälan behövs till de flesta aktiviteter.")
N_VATTEN = news("Renovering av vattenledningar på Kvarngatan", "/nyheter/kvarngatan/", "Arbetet pågår till och med vecka 26.",
                "Kommunen byter vattenledningar längs Kvarngatan. Under arbetet kan det bli kortare avbrott i vattenleveransen.",
                "Berörda fastighetsägare får information i brevlådan inför varje avbrott.")

SITES = [
    dict(code="9031", kommun="Harvsund", gen="Harvsunds", lan_kod="01", lan="Stockholms län", family="semantic",
         post_addr="Box 31", postcode="999 31 Harvsund", visit="Torggatan 12", tel="08-465 004 00", mail="kommun@harvsund.se",
         orgnr="212000-9031", hero="Välkommen till Harvsunds kommun", hero_text="Här hittar du information och e-tjänster för dig som bor och verkar i Harvsund.",
         topbar_extra=[("Kontakta oss", "/kontaktcenter/")],
         news=[news("Kontaktcenter byter telefonsystem", "/nyheter/nytt-telefonsystem/", "Den 5 maj kan det bli längre väntetider hos kontaktcenter.",
                    "Den 5 maj byter kontaktcenter telefonsystem. Under dagen kan det bli längre väntetider.",
                    "Det nya systemet gör det möjligt att bli uppringd i stället för att vänta i kö."), N_SKOLA, N_SOMMAR],
         service=("/kontaktcenter/", "kontaktcenter.html", T.HARVSUND_KC),
         search_hits={"kontaktcenter": ["/kontaktcenter/", "/nyheter/nytt-telefonsystem/"]}),
    dict(code="9032", kommun="Ormbacka", gen="Ormbacka", lan_kod="12", lan="Skåne län", family="soup",
         post_addr="Rådhusgatan 2", postcode="999 32 Ormbacka", visit="Rådhusgatan 2", tel="040-628 04 00", mail="registrator@ormbacka.se",
         orgnr="212000-9032", hero="Ormbacka – nära till allt", hero_text="Välkommen till Ormbacka kommuns webbplats.",
         cards=[("Medborgarservice – vi svarar på dina frågor", "/medborgarservice/"), *CARDS[:3]],
         topbar_extra=[("Kontakt", "/kontakt/")],
         news=[N_VATTEN, N_SKOLA, N_SOMMAR],
         service=("/medborgarservice/", "medborgarservice.html", T.ORMBACKA_MS),
         extra_pages={"/kontakt/": ("kontakt.html", "<h1>Kontakt</h1><p>Kommunens växel: 040-628 04 00, vardagar 8.00–16.30.</p>"
                                    "<p>E-post till registrator: registrator@ormbacka.se</p><p>Postadress: Ormbacka kommun, Rådhusgatan 2, 999 32 Ormbacka.</p>"
                                    "<p>Har du frågor om kommunens verksamheter? <a href=\"/medborgarservice/\">Kontakta medborgarservice</a>.</p>")},
         search_hits={"medborgarservice": ["/medborgarservice/"]}),
    dict(code="9033", kommun="Tallberga", gen="Tallberga", lan_kod="14", lan="Västra Götalands län", family="table",
         post_addr="Stora torget 3", postcode="999 33 Tallberga", visit="Stora torget 3", tel="031-390 06 00", mail="kommun@tallberga.se",
         orgnr="212000-9033", hero="Välkommen till Tallberga kommun", hero_text="Nyheter, e-tjänster och information från Tallberga kommun.",
         front_path="/default.asp", front_redirect=302,
         topbar_extra=[("Kontakt", "/kontakt.asp")], footer_links=[("Kundcenter", "/kundcenter.asp")],
         news=[N_SKOLA, N_VATTEN, N_SOMMAR],
         service=("/kundcenter.asp", "kundcenter.html", T.TALLBERGA_KC),
         extra_pages={"/kontakt.asp": ("kontakt.html", "<h1>Kontakt</h1><p>Tallberga kommun, Stora torget 3, 999 33 Tallberga.</p>"
                                       "<p>Växel: 031-390 06 00<br>E-post: kommun@tallberga.se</p>"
                                       "<p>Se även <a href=\"/kundcenter.asp\">Kundcenter</a>.</p>")},
         search_hits={"kundcenter": ["/kundcenter.asp"]}),
    dict(code="9034", kommun="Sörviken", gen="Sörvikens", lan_kod="22", lan="Västernorrlands län", family="sitevision",
         post_addr="Box 34", postcode="999 34 Sörviken", visit="Strandvägen 8", tel="0980-319 200", mail="kommun@sorviken.se",
         orgnr="212000-9034", hero="Sörvikens kommun", hero_text="Välkommen! Här hittar du service och information från kommunen.",
         topbar_extra=[("Kontakta kommunen", "/kontakta-kommunen.html")],
         sub_extra={"Kommun och politik": [("Kontaktcenter", "/kommun-och-politik/kontaktcenter.4.5e1f2a.html")]},
         news=[N_SOMMAR, N_SKOLA, N_VATTEN],
         service=("/kommun-och-politik/kontaktcenter.4.5e1f2a.html", "kontaktcenter.html", T.SORVIKEN_KC),
         extra_pages={"/kommun-och-politik/organisation/kommunledningskontoret.4.2c9e31.html": ("kommunledningskontoret.html", T.SORVIKEN_ORG),
                      "/kontakta-kommunen.html": ("kontakta-kommunen.html", "<div class=\"sv-portlet sv-text-portlet\"><h1 class=\"heading\">Kontakta kommunen</h1>"
                                                  "<p>Växel: 0980-319 200. E-post: kommun@sorviken.se. Postadress: Box 34, 999 34 Sörviken.</p>"
                                                  "<div class=\"sv-portlet sv-card\"><a href=\"/kommun-och-politik/kontaktcenter.4.5e1f2a.html\">Kontaktcenter</a></div>"
                                                  "<p>Politiker och förtroendevalda hittar du under Kommun och politik.</p></div>")},
         search_hits={"kontaktcenter": ["/kommun-och-politik/kontaktcenter.4.5e1f2a.html"]}),
    dict(code="9035", kommun="Björkhamn", gen="Björkhamns", lan_kod="08", lan="Kalmar län", family="municipio",
         post_addr="Box 35", postcode="999 35 Björkhamn", visit="Hamngatan 5", tel="031-390 06 00", mail="kommun@bjorkhamn.se",
         orgnr="212000-9035", hero="Björkhamn – staden vid havet", hero_text="Här hittar du information om kommunens service.",
         nav_extra=[("Servicecenter", "/servicecenter/", [])],
         news=[N_VATTEN, N_SOMMAR, N_SKOLA],
         service=("/servicecenter/", "servicecenter.html", T.BJORKHAMN_SC),
         search={"path": "/", "param": "s"},
         search_hits={"servicecenter": ["/servicecenter/"]}),
    dict(code="9036", kommun="Lindesnäs", gen="Lindesnäs", lan_kod="20", lan="Dalarnas län", family="bootstrap",
         post_addr="Box 99", postcode="999 61 Lindesnäs", visit="Storgatan 4", tel="040-628 04 00", mail="kommun@lindesnas.se",
         orgnr="212000-9036", hero="Välkommen till Lindesnäs", hero_text="Kommunen mitt i Dalarna.",
         nav_extra=[("Kontakta oss", "/kontakta-oss", [])],
         news=[N_SKOLA, N_SOMMAR, N_VATTEN],
         service=("/kontakta-oss/", "kontakta-oss.html", T.LINDESNAS_KONTAKT),
         redirects={"/kontakta-oss": ["/kontakta-oss/", 301]},
         search_hits={"medborgarkontor": ["/kontakta-oss/"], "medborgarkontoret": ["/kontakta-oss/"]}),
    dict(code="9037", kommun="Granvik", gen="Granviks", lan_kod="23", lan="Jämtlands län", family="custom",
         post_addr="Box 37", postcode="999 37 Granvik", visit="Kyrkgatan 1", tel="08-465 004 00", mail="kommun@granvik.se",
         orgnr="212000-9037", hero="Granviks kommun", hero_text="Fjäll, sjöar och service nära dig.",
         topbar_extra=[("Kontakt", "/kontakt/")],
         news=[news("Kontakt Granvik har öppet längre på torsdagar", "/nyheter/kontakt-granvik-langre-oppet/",
                    "Från och med mars svarar Kontakt Granvik till klockan 18 på torsdagar.",
                    "Från och med den 6 mars har Kontakt Granvik öppet till 18.00 på torsdagar.",
                    "Förändringen är ett försök som pågår året ut."), N_SKOLA, N_VATTEN],
         service=("/kontakt-granvik/", "kontakt-granvik.html", T.GRANVIK_KG),
         extra_pages={"/kontakt/": ("kontakt.html", "<h1>Kontakt</h1><p>Granviks kommun, Box 37, 999 37 Granvik.</p>"
                                    "<p>Växel: 08-465 004 00. E-post: kommun@granvik.se</p>"
                                    "<p>Frågor om kommunens verksamheter: <a href=\"/kontakt-granvik/\">Kontakt Granvik</a></p>")},
         search_hits={"kontakt granvik": ["/kontakt-granvik/"]}),
    dict(code="9038", kommun="Rödmyra", gen="Rödmyra", lan_kod="17", lan="Värmlands län", family="aria",
         post_addr="Box 38", postcode="999 38 Rödmyra", visit="Järnvägsgatan 7", tel="031-390 06 00", mail="kommun@rodmyra.se",
         orgnr="212000-9038", hero="Rödmyra kommun", hero_text="Välkommen till Rödmyra kommun.",
         footer_text="<p>Rödmyra Bostäder AB:s kundtjänst: 031-390 06 90 (hyresrätter, felanmälan i lägenheten)</p>",
         news=[N_SOMMAR, N_VATTEN, N_SKOLA],
         service=("/kommun-och-politik/kundtjanst/", "kundtjanst.html", T.RODMYRA_KT),
         extra_pages={"/kommun-och-politik/": ("kommun-och-politik.html",
                      "<h1>Kommun och politik</h1><p>Här hittar du information om hur kommunen styrs och är organiserad.</p><ul>"
                      "<li><a href=\"/kommun-och-politik/organisation/\">Organisation</a></li>"
                      "<li><a href=\"/kommun-och-politik/politik-och-beslut/\">Politik och beslut</a></li>"
                      "<li><a href=\"/kommun-och-politik/kundtjanst/\">Kundtjänst</a></li>"
                      "<li><a href=\"/kommun-och-politik/allmanna-handlingar/\">Allmänna handlingar</a></li></ul>")},
         search_hits={"kundtjänst": ["/kommun-och-politik/kundtjanst/"]}),
    dict(code="9039", kommun="Ekarö", gen="Ekarö", lan_kod="03", lan="Uppsala län", family="episerver",
         post_addr="Box 39", postcode="999 39 Ekarö", visit="Kommunhuset, Centralplan 1", tel="0980-319 200", mail="kommun@ekaro.se",
         orgnr="212000-9039", hero="Välkommen till Ekarö kommun", hero_text="Kommunhuset byggs om – så påverkas du.",
         front_path="/sv/", front_redirect=302, topbar_extra=[("Kontakt", "/sv/kontakt/")],
         news=[news("Kommunhuset byggs om", "/nyheter/kommunhuset-byggs-om/", "Renoveringen pågår till hösten 2026.",
                    "Kommunhuset renoveras under 2025 och 2026. Förvaltningarna sitter under tiden i tillfälliga lokaler.",
                    "Kommunfullmäktiges sammanträden hålls i Folkets hus."), N_SKOLA, N_SOMMAR],
         service=("/sv/servicecentrum/", "servicecentrum.html", T.EKARO_SC), service_unlinked=True,
         extra_pages={"/sv/kontakt/": ("kontakt.html", "<h1>Kontakt</h1><p>Ekarö kommun, Box 39, 999 39 Ekarö.</p>"
                                       "<p>Växel: 0980-319 200, vardagar 8.00–16.00. E-post: kommun@ekaro.se</p>"
                                       "<p>Under ombyggnaden av kommunhuset tar vi inte emot besök.</p>")},
         search_hits={"servicecentrum": ["/sv/servicecentrum/"]}),
    dict(code="9040", kommun="Hällesta", gen="Hällesta", lan_kod="05", lan="Östergötlands län", family="drupal",
         post_addr="Järnvägsgatan 1", postcode="999 81 Hällesta", visit="Järnvägsgatan 1", tel="040-628 04 70", mail="kommun@hallesta.se",
         orgnr="212000-9040", hero="Hällesta kommun", hero_text="Välkommen till Hällesta.",
         topbar_extra=[("Kontakta kommunen", "/kontakta-kommunen/")],
         footer_text="<p>El, fjärrvärme, VA och renhållning: Hällesta Energi AB:s kundtjänst, 040-628 04 80</p>",
         news=[news("Statens servicecenter öppnar i kommunhuset", "/nyheter/statens-servicecenter/",
                    "Från den 1 september kan du besöka Statens servicecenter i kommunhusets entré.",
                    "Statens servicecenter öppnar ett kontor i Hällesta kommunhus den 1 september. Där får du hjälp med ärenden hos Skatteverket, Försäkringskassan och Pensionsmyndigheten.",
                    "Statens servicecenter är en statlig myndighet. Kommunen upplåter lokalen."), N_VATTEN, N_SOMMAR],
         service=("/kontakta-kommunen/", "kontakta-kommunen.html", T.HALLESTA_KONTAKT),
         jsonld_extra=',"contactPoint":{"@type":"ContactPoint","name":"Kontaktcenter","telephone":"+46406280470"}',
         search_hits={"servicecenter": ["/nyheter/statens-servicecenter/", "/kontakta-kommunen/"],
                      "kundtjänst": ["/kontakta-kommunen/"]}),
]

STD = {
    "/tillganglighetsredogorelse/": ("tillganglighet.html", "<h1>Tillgänglighetsredogörelse</h1><p>{k} kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda webbplatsen.</p>"
                                     "<h2>Hur tillgänglig är webbplatsen?</h2><p>Vi vet att vissa delar av webbplatsen inte är helt tillgängliga, till exempel äldre PDF-dokument.</p>"
                                     "<h2>Vad kan du göra om du inte kan använda delar av webbplatsen?</h2><p>Kontakta kommunens växel så hjälper vi dig att få informationen på annat sätt.</p>"
                                     "<h2>Tillsyn</h2><p>Myndigheten för digital förvaltning har ansvaret för tillsyn av lagen om tillgänglighet till digital offentlig service.</p>"),
    "/om-kakor/": ("kakor.html", "<h1>Om kakor</h1><p>En kaka är en liten textfil som lagras på din dator. Vi använder nödvändiga kakor och, om du godkänner det, kakor för statistik.</p>"),
    "/lediga-jobb/": ("jobb.html", "<h1>Lediga jobb</h1><p>Här hittar du lediga tjänster i {k} kommun.</p><ul>"
                      "<li><a href=\"/lediga-jobb/underskoterska/\">Undersköterska, hemtjänsten</a></li>"
                      "<li><a href=\"/lediga-jobb/forskollarare/\">Förskollärare</a></li>"
                      "<li><a href=\"/lediga-jobb/ingenjor-va/\">VA-ingenjör</a></li></ul>"),
}


def title_of(main: str, kommun: str) -> str:
    m = re.search(r"<h1[^>]*>(.*?)</h1>", main, re.S)
    h1 = re.sub(r"<[^>]+>", "", m.group(1)).strip() if m else "Sök"
    return f"{h1} - {kommun}"


def build(site: dict) -> None:
    s = dict(site)
    s.setdefault("cards", CARDS)
    s["dom"] = s["mail"].split("@")[1]
    s["search"] = s.get("search", {"path": "/sok/", "param": "q"})
    fam = chrome.FAMILIES[s["family"]]
    latin = s["family"] == "table"
    d = SITES_DIR / s["code"]
    d.mkdir(parents=True)
    pages: dict = {}

    def write(path, fname, html_text):
        if s["family"] in ("soup", "table", "aria"):  # no HTML5 sectioning elements in these families
            for a, b in (("<section", "<div"), ("</section>", "</div>"), ("<article", "<div"), ("</article>", "</div>")):
                html_text = html_text.replace(a, b)
        data = html_text.encode("iso-8859-1", errors="xmlcharrefreplace") if latin else html_text.encode("utf-8")
        (d / fname).write_bytes(data)
        if path:
            pages[path] = {"file": fname, "content_type": LATIN1} if latin else fname

    def page(path, fname, main):
        write(path, fname, fam(s, title_of(main, s["gen"] + " kommun"), main))

    jsonld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization",'
              f'"name":"{s["gen"]} kommun","url":"__ORIGIN__/","telephone":"{s["tel"]}"{s.get("jsonld_extra", "")}}}</script>\n')
    s["news"] = [(t, h, tx) for t, h, tx, _ in site["news"]]
    front = s.get("front_path", "/")
    write(front, "index.html", fam(s, f'{s["gen"]} kommun', chrome.front_main(s), jsonld=jsonld))
    spath, sfile, smain = s["service"]
    page(spath, sfile, smain)
    for path, (fname, main) in s.get("extra_pages", {}).items():
        page(path, fname, main)
    for path, (fname, main) in STD.items():
        page(path, fname, main.replace("{k}", s["gen"]))
    items = "".join(f'<li><a href="{h}">{chrome.e(t)}</a> – {chrome.e(tx)}</li>' for t, h, tx, _ in site["news"])
    page("/nyheter/", "nyheter.html", f"<h1>Nyheter</h1><ul>{items}</ul>")
    for i, (t, h, tx, body) in enumerate(site["news"], 1):
        page(h, f"nyhet{i}.html", f'<article><h1>{chrome.e(t)}</h1><p class="date">Publicerad 2025-04-{10 + i:02d}</p><p class="ingress">{chrome.e(tx)}</p>{body}</article>')
    write(None, "sok.html", fam(s, f'Sök - {s["gen"]} kommun', "<h1>Sök</h1>\n<!--SEARCH_RESULTS-->\n"))
    redirects = dict(s.get("redirects", {}))
    if front != "/":
        redirects["/"] = [front, s.get("front_redirect", 301)]
    tpl = {"file": "sok.html", "content_type": LATIN1} if latin else "sok.html"
    manifest = {"kommunkod": s["code"], "kommun": s["kommun"], "lan_kod": s["lan_kod"], "lan": s["lan"], "family": s["family"],
                "pages": pages, "redirects": redirects, "robots": ROBOTS, "sitemap": list(pages),
                "search": {"path": s["search"]["path"], "param": s["search"]["param"], "hits": s["search_hits"], "template": tpl},
                "front_status": None}
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    if SITES_DIR.exists():
        shutil.rmtree(SITES_DIR)
    SITES_DIR.mkdir()
    for s in SITES:
        build(s)
    print(f"wrote {len(SITES)} sites to {SITES_DIR}")


if __name__ == "__main__":
    main()
