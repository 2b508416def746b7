"""Site definitions of blind59 (typing aid; the labels are in labels.csv, written by hand)."""
from __future__ import annotations

AREAS7 = ["Barn och utbildning", "Omsorg och stöd", "Bygga, bo och miljö", "Kultur och fritid",
          "Trafik och gator", "Näringsliv och arbete", "Kommun och politik"]
AREAS6 = [a for a in AREAS7 if a != "Näringsliv och arbete"]


def svg(text: str, w: int = 260) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="32" viewBox="0 0 {w} 32">'
            f'<rect width="{w}" height="32" fill="#fff"/><text x="4" y="22" font-family="sans-serif" font-size="18">{text}</text></svg>\n')


def logo_asset(kommun: str) -> dict:
    name = f"{kommun} kommun" if kommun[-1] in "aeiouyåäös" else f"{kommun}s kommun"
    return {"/bilder/logo.svg": ("logo.svg", svg(name, 220), "image/svg+xml")}


def pdf(lines: list[str]) -> bytes:
    """A minimal one-page PDF with the given text lines (ASCII only)."""
    text = "BT /F1 14 Tf 50 780 Td 18 TL " + " ".join(f"({ln}) '" for ln in lines) + " ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(text) + text.encode("latin-1") + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def news(path, file, title, teaser, date, body):
    return {"path": path, "file": file, "title": title, "teaser": teaser, "date": date, "body": body}


def page(file, title, h1, body, crumbs, **kw):
    d = {"file": file, "title": title, "h1": h1, "body": body, "crumbs": crumbs}
    d.update(kw)
    return d


BUDGET = "<p>Kommunfullmäktige har antagit budgeten för 2026. Den största satsningen görs på förskola och skola.</p>"
CYKEL = "<p>Under sommaren bygger kommunen en ny gång- och cykelväg längs ån. Arbetet pågår till oktober.</p>"

SITES: list[dict] = []

# ------------------------------------------------------------------ 9667 Holmstena (semantic)
SITES.append({
    "kod": "9667", "kommun": "Holmstena", "lan_kod": "01", "lan": "Stockholms län", "family": "semantic",
    "title_sep": " – ", "address": "Stortorget 1", "postcode": "999 10", "vaxel": "08-465 004 00",
    "email": "kommun@holmstena.se", "orgnr": "212999-6670", "areas": AREAS7,
    "header_links": ['<a href="/kontakta-oss/">Kontakta oss</a>'],
    "hero": {"title": "Välkommen till Holmstena", "text": "Här hittar du information och e-tjänster från Holmstena kommun.",
             "cards": [("/barn-och-utbildning/", "Förskola och skola"), ("/bygga-bo-och-miljo/", "Bygga och bo"),
                       ("/omsorg-och-stod/", "Omsorg och stöd")]},
    "news": [news("/nyheter/holmstena-bostader-kundcenter/", "nyhet-bostader.html",
                  "Holmstena Bostäder öppnar kundcenter i Centrum",
                  "Det kommunala bostadsbolagets hyresgäster får ett nytt ställe att vända sig till.", "4 mars 2026",
                  "<p>Holmstena Bostäder AB öppnar ett kundcenter i Centrumhuset. Där kan bolagets hyresgäster göra felanmälan "
                  "och få hjälp med frågor om hyreskontrakt.</p><p>– Vi vill finnas nära våra hyresgäster, säger "
                  "kundcenterchef Per Lind på Holmstena Bostäder.</p>"),
             news("/nyheter/budget-2026/", "nyhet-budget.html", "Budget 2026 är antagen",
                  "Kommunfullmäktige satsar på förskola och skola.", "28 februari 2026", BUDGET)],
    "pages": {"/kontakta-oss/": page(
        "kontakta-oss.html", "Kundcenter", "Kontakta oss",
        '<p class="lead">Har du frågor till kommunen? Vi svarar på frågor om förskola och skola, bygglov, avfall och '
        "återvinning, parkering och hemtjänst, och hjälper dig vidare när ditt ärende behöver en handläggare.</p>\n"
        "<h2>Ring eller mejla</h2>\n"
        '<p>Telefon: <a href="tel:+46846500410">08-465 004 10</a><br>Telefontid: måndag–fredag 8.00–17.00, lunchstängt 12–13<br>'
        'E-post: <a href="mailto:fraga@holmstena.se">fraga@holmstena.se</a></p>\n'
        "<p>Vi har ingen chatt.</p>\n"
        "<h2>Om oss</h2>\n<p>Verksamheten leds av en enhetschef och har tolv medarbetare som tillsammans svarar på omkring "
        "400 samtal om dagen.</p>",
        [("Kundcenter", None)])},
    "redirects": {"/kontakta-oss": ["/kontakta-oss/", 301]},
    "search": {"path": "/sok/", "param": "q", "hits": {
        "kundcenter": ["/kontakta-oss/", "/nyheter/holmstena-bostader-kundcenter/"], "kontaktcenter": [],
        "kontakta oss": ["/kontakta-oss/"]}},
    "assets": logo_asset("Holmstena"),
})

# ------------------------------------------------------------------ 9668 Rävlunda (soup)
SITES.append({
    "kod": "9668", "kommun": "Rävlunda", "lan_kod": "12", "lan": "Skåne län", "family": "soup",
    "address": "Rådhusgatan 4", "postcode": "999 21", "vaxel": "040-628 04 00",
    "email": "info@ravlunda.se", "orgnr": "212999-6688", "areas": AREAS7,
    "topbar_extra": ['<a href="/kontaktcenter/">Kontaktcenter</a>'],
    "hero": {"title": "Rävlunda – nära till allt", "text": "Kommunens tjänster och information på ett ställe.",
             "cards": [("/kultur-och-fritid/", "Uppleva och göra"), ("/trafik-och-gator/", "Trafik och gator")]},
    "news": [news("/nyheter/ny-forskola/", "nyhet-forskola.html", "Rävlunda bygger ny förskola i Östra",
                  "Den nya förskolan får plats för 120 barn.", "10 mars 2026",
                  "<p>Byggstarten är planerad till hösten. Förskolan ska stå klar 2027.</p>"),
             news("/nyheter/simhallen/", "nyhet-simhallen.html", "Nya öppettider i simhallen",
                  "Från april har simhallen öppet längre på kvällarna.", "2 mars 2026",
                  "<p>Simhallen har öppet till 21 måndag till torsdag.</p>")],
    "pages": {"/kontaktcenter/": page(
        "kontaktcenter.html", "Kontaktcenter", "Kontaktcenter",
        "<p>Kontaktcenter är kommunens gemensamma väg in. Vi tar emot alla dina frågor om kommunen och hjälper dig "
        "vidare till rätt person.</p>\n"
        '<div class="nb"><b>Det här hjälper vi inte till med</b><p>Kontaktcenter svarar inte på frågor om bygglov, skatt '
        "eller folkbokföring. Frågor om bygglov besvaras av Bygglovsservice och frågor om skatt och folkbokföring av "
        "Skatteverket.</p></div>\n"
        '<div class="t4">Så når du oss</div>\n'
        "<p>Telefon 040-628 04 10<br>Öppettider: vardagar 8.00–16.30<br>E-post: kontaktcenter@ravlunda.se</p>\n"
        "<p>Enhetschef för kontaktcenter: Maria Sundin</p>",
        [("Kontaktcenter", None)])},
    "search": {"path": "/sok/", "param": "q", "hits": {"kontaktcenter": ["/kontaktcenter/"], "kundtjänst": ["/kontaktcenter/"]}},
    "assets": logo_asset("Rävlunda"),
})

# ------------------------------------------------------------------ 9669 Vittbacka (table, ISO-8859-1)
SITES.append({
    "kod": "9669", "kommun": "Vittbacka", "lan_kod": "14", "lan": "Västra Götalands län", "family": "table",
    "charset": "iso-8859-1", "front_path": "/default.asp",
    "area_paths": {a: f"/{a.lower().replace(' ', '').replace(',', '').replace('å', 'a').replace('ä', 'a').replace('ö', 'o')}.asp" for a in AREAS6},
    "a11y_path": "/tillganglighet.asp", "cookie_path": "/kakor.asp", "jobs_path": "/jobb.asp",
    "address": "Tingshusgatan 2", "postcode": "999 30", "vaxel": "031-390 06 00",
    "email": "kommunen@vittbacka.se", "orgnr": "212999-6696", "areas": AREAS6,
    "topbar_extra": ['<a href="/medborgarkontoret.asp">Medborgarkontoret</a>'],
    "footer_extra": ['Kommunservice: <a href="/kommunservice.asp">Kommunservice</a> 031-390 06 20'],
    "hero": {"title": "Välkommen till Vittbacka kommun", "text": "Vittbacka – kommunen vid sjön.", "cards": []},
    "news": [news("/nyheter/budget.asp", "nyhet-budget.html", "Budget 2026 är antagen",
                  "Fullmäktige har beslutat om nästa års budget.", "2026-02-28", BUDGET),
             news("/nyheter/cykelvag.asp", "nyhet-cykel.html", "Ny cykelväg längs ån",
                  "Arbetet startar i maj.", "2026-03-11", CYKEL)],
    "pages": {
        "/medborgarkontoret.asp": page(
            "medborgarkontoret.html", "Medborgarkontoret", "Medborgarkontoret har stängt",
            "<p><b>Medborgarkontoret i Gamla tingshuset har stängt permanent.</b> Sista öppetdag var den 20 december 2024.</p>\n"
            '<p>Sedan den 1 januari 2025 tas dina frågor emot av <a href="/kommunservice.asp">Kommunservice</a> i kommunhuset.</p>\n'
            "<p>Medborgarkontorets tidigare telefonnummer 031-390 06 19 är avstängt.</p>\n"
            "<h2>Historik</h2>\n<p>Medborgarkontoret öppnade 2009 och hjälpte under femton år invånarna med frågor om bland "
            "annat bostadsanpassning, färdtjänst och avgifter. Enhetschef för medborgarkontoret var Bo Karlsson fram till "
            "stängningen.</p>",
            [("Medborgarkontoret", None)]),
        "/kommunservice.asp": page(
            "kommunservice.html", "Kommunservice", "Kommunservice",
            "<p>Kommunservice tar emot frågor från invånare, företag och besökare. Vi svarar på frågor om bostadsanpassning, "
            "färdtjänst, avgifter för barnomsorg, sophämtning och bygglov.</p>\n"
            '<table border="1" cellpadding="3"><tr><td>Telefon</td><td>031-390 06 20</td></tr>'
            "<tr><td>Telefontid</td><td>vardagar 8.00-16.30</td></tr>"
            "<tr><td>E-post</td><td>kommunservice@vittbacka.se</td></tr>"
            "<tr><td>Besök</td><td>Kommunhuset, Tingshusgatan 2, entréplan</td></tr></table>\n"
            "<p><font size=\"1\">Frågor om webbplatsen: webbredaktionen</font></p>",
            [("Kommunservice", None)]),
    },
    "redirects": {"/": ["/default.asp", 302]},
    "search": {"path": "/sok.asp", "param": "q", "hits": {
        "medborgarkontoret": ["/medborgarkontoret.asp"], "medborgarkontor": ["/medborgarkontoret.asp"],
        "kommunservice": ["/kommunservice.asp"], "kundtjänst": ["/kommunservice.asp"]}},
    "assets": logo_asset("Vittbacka"),
})

# ------------------------------------------------------------------ 9670 Stordala (sitevision)
SV_FUT = "/4.3f8a1c2e18d0b5a6e7f1001.html"
SV_KONTAKT = "/4.3f8a1c2e18d0b5a6e7f1002.html"
SITES.append({
    "kod": "9670", "kommun": "Stordala", "lan_kod": "12", "lan": "Skåne län", "family": "sitevision",
    "area_paths": {a: f"/{a.lower().replace(', ', '-').replace(' ', '-').replace('å', 'a').replace('ä', 'a').replace('ö', 'o')}.html" for a in AREAS7},
    "address": "Järnvägsgatan 10", "postcode": "999 40", "vaxel": "040-628 04 30",
    "email": "kommunen@stordala.se", "orgnr": "212999-6704", "areas": AREAS7,
    "header_links": [f'<a href="{SV_KONTAKT}">Kontakt</a>'],
    "footer_extra": ["Stordala Energi AB – kundtjänst el och fjärrvärme: 040-628 04 90"],
    "sub_override": {"Kommun och politik": [("Politik och beslut", "/kommun-och-politik/politik-och-beslut/"),
                                             ("Organisation", "/kommun-och-politik/organisation/"),
                                             ("Servicecenter 2027", SV_FUT),
                                             ("Budget och ekonomi", "/kommun-och-politik/budget-och-ekonomi/"),
                                             ("Diarium", "/kommun-och-politik/diarium/")]},
    "hero": {"title": "Välkommen till Stordala", "text": "Kommunen mellan slätten och havet.",
             "cards": [(SV_FUT, "Nytt servicecenter öppnar 2027"), ("/barn-och-utbildning.html", "Förskola och skola"),
                       ("/bygga-bo-och-miljo.html", "Bygglov")]},
    "news": [news("/nyheter/budget-2026.html", "nyhet-budget.html", "Budget 2026 är antagen",
                  "Fullmäktige satsar på skolan.", "28 februari 2026", BUDGET),
             news("/nyheter/cykelvag.html", "nyhet-cykel.html", "Ny cykelväg längs ån", "Arbetet börjar i maj.", "11 mars 2026", CYKEL)],
    "pages": {
        SV_FUT: page(
            "servicecenter-2027.html", "Servicecenter öppnar 2027", "Servicecenter öppnar 2027",
            '<p class="sv-font-ingress">Under våren 2027 öppnar Stordala kommun ett servicecenter i det nya stadshuset. Där ska du '
            "som invånare kunna få hjälp med frågor om bygglov, skola, avfall och parkering på ett och samma ställe.</p>\n"
            "<p>Servicecentret finns inte ännu. Fram till öppningen når du kommunen som vanligt via växeln, telefon "
            "040-628 04 30, vardagar 8–16.</p>\n"
            "<h2>Om projektet</h2>\n<p>Projektledare för införandet av servicecenter: Anna Lövgren, kommunledningskontoret. "
            "Beslut om bemanning och ledning av det framtida servicecentret fattas hösten 2026.</p>",
            [("Kommun och politik", "/kommun-och-politik.html"), ("Servicecenter öppnar 2027", None)]),
        SV_KONTAKT: page(
            "kontakt.html", "Kontakt", "Kontakta kommunen",
            "<p>Stordala kommun har inget kontaktcenter. Ring växeln 040-628 04 30 så kopplar vi dig till rätt handläggare. "
            "Vi har ingen chatt.</p>\n"
            "<h2>Statens servicecenter</h2>\n<p>Frågor om skatt, pension och föräldrapenning besvaras av Statens servicecenter "
            "på Järnvägsgatan 3 (Skatteverket, Försäkringskassan och Pensionsmyndigheten).</p>\n"
            "<p>E-post: kommunen@stordala.se</p>",
            [("Kontakt", None)]),
    },
    "search": {"path": "/sok/", "param": "q", "hits": {
        "servicecenter": [SV_FUT, SV_KONTAKT], "kontaktcenter": [SV_KONTAKT]}},
    "assets": logo_asset("Stordala"),
})

# ------------------------------------------------------------------ 9671 Grönhamra (municipio, drawer)
SITES.append({
    "kod": "9671", "kommun": "Grönhamra", "lan_kod": "14", "lan": "Västra Götalands län", "family": "municipio",
    "address": "Torget 1", "postcode": "999 50", "vaxel": "031-390 06 30",
    "email": "kommun@gronhamra.se", "orgnr": "212999-6712", "areas": AREAS6,
    "header_links": ['<a href="/kontakt/">Kontakt</a>'],
    "area_extra": {"Kommun och politik": '<p>Frågor till kommunen? Vänd dig till <a href="/servicecenter/">Servicecenter</a>.</p>'},
    "hero": {"title": "Välkommen till Grönhamra", "text": "Grönhamra växer – läs om nya bostäder och skolor.",
             "cards": [("/bygga-bo-och-miljo/", "Bygga nytt"), ("/kultur-och-fritid/", "Fritid")]},
    "news": [news("/nyheter/servicecenter-flyttar-till-stadshuset/", "nyhet-servicecenter.html",
                  "Servicecenter flyttar till Stadshuset",
                  "Från den 3 mars tar vi emot besökare i nya lokaler vid Torget.", "20 februari 2026",
                  "<p>Den 3 mars flyttar Servicecenter från biblioteket till nya lokaler i Stadshuset, Torget 1. "
                  "Servicecenter har stängt för besök 28 februari–2 mars under flytten; telefonen är öppen som vanligt.</p>"
                  '<p>Läs mer om <a href="/servicecenter/">Servicecenter</a>.</p>'),
             news("/nyheter/cykelvag/", "nyhet-cykel.html", "Ny cykelväg längs ån", "Arbetet börjar i maj.", "11 mars 2026", CYKEL)],
    "pages": {
        "/servicecenter/": page(
            "servicecenter.html", "Servicecenter", "Servicecenter",
            "<p>Servicecenter hjälper dig med frågor om bygglov, avfallshämtning, skolskjuts, färdtjänst och bokning av lokaler.</p>\n"
            "<h2>Kontakta Servicecenter</h2>\n<p>Telefon: 031-390 06 40<br>Öppettider: måndag–fredag 8–17<br>"
            "Besöksadress från 3 mars: Stadshuset, Torget 1</p>\n"
            '<p>Läs mer om <a href="/kommun-och-politik/organisation/">kommunens organisation</a>.</p>',
            [("Kommun och politik", "/kommun-och-politik/"), ("Servicecenter", None)]),
        "/kommun-och-politik/organisation/": page(
            "organisation.html", "Organisation", "Kommunens organisation",
            "<p>Kommunen är organiserad i förvaltningar och enheter.</p>\n"
            "<table><tr><th>Enhet</th><th>Roll</th><th>Namn</th></tr>"
            "<tr><td>Kommunledningskontoret</td><td>Kommundirektör</td><td>Helena Strand</td></tr>"
            "<tr><td>Servicecenter</td><td>Enhetschef</td><td>Sara Björk</td></tr>"
            "<tr><td>Kommunikation</td><td>Kommunikationschef</td><td>Jonas Alm</td></tr></table>",
            [("Kommun och politik", "/kommun-och-politik/"), ("Organisation", None)]),
        "/kontakt/": page(
            "kontakt.html", "Kontakt", "Kontakt",
            "<p>Växel: 031-390 06 30<br>E-post: kommun@gronhamra.se</p><p>Postadress: Grönhamra kommun, 999 50 Grönhamra</p>",
            [("Kontakt", None)]),
    },
    "search": {"path": "/", "param": "s", "hits": {"servicecenter": ["/servicecenter/", "/nyheter/servicecenter-flyttar-till-stadshuset/"],
                                                    "kontaktcenter": ["/servicecenter/"]}},
    "assets": logo_asset("Grönhamra"),
})

# ------------------------------------------------------------------ 9672 Tjärnvik (bootstrap)
SITES.append({
    "kod": "9672", "kommun": "Tjärnvik", "lan_kod": "13", "lan": "Hallands län", "family": "bootstrap",
    "address": "Kyrkogatan 5", "postcode": "999 60", "vaxel": "040-628 04 40",
    "email": "tjarnvik@tjarnvik.se", "orgnr": "212999-6720", "areas": AREAS6,
    "nav_extra": [("Kundtjänst", "/kundtjanst/")],
    "footer_extra": ["Tjärnvik Vatten AB – kundtjänst för vatten och avlopp: 040-628 04 95"],
    "hero": {"title": "Välkommen till Tjärnvik", "text": "Här börjar det goda livet vid kusten.",
             "cards": [("/omsorg-och-stod/", "Stöd och omsorg"), ("/barn-och-utbildning/", "Skola")]},
    "news": [news("/nyheter/budget-2026/", "nyhet-budget.html", "Budget 2026 är antagen", "Satsning på skolan.", "28 februari 2026", BUDGET),
             news("/nyheter/cykelvag/", "nyhet-cykel.html", "Ny cykelväg längs ån", "Arbetet börjar i maj.", "11 mars 2026", CYKEL)],
    "pages": {"/kundtjanst/": page(
        "kundtjanst.html", "Kundtjänst", "Kundtjänst",
        '<p class="lead">Kundtjänst är din väg in till Tjärnviks kommun. Vi svarar på frågor om avfall och sophämtning, '
        "skolskjuts, bygglov och föreningsbidrag.</p>\n"
        "<h2>Ring oss</h2>\n<p>Telefon: 040-628 04 50</p>\n"
        '<div class="alert alert-info">Kundtjänst har ingen chatt, inget kontaktformulär och ingen besöksmottagning. '
        "Vi tar inte heller emot ärenden via e-post – ring oss i stället.</div>\n"
        '<p class="text-muted">Sidansvarig: Olle Berg, webbredaktör. Kommunvägledare: Lina Sjö och Amir Haddad.</p>',
        [("Kundtjänst", None)])},
    "search": {"path": "/sok/", "param": "q", "hits": {"kundtjänst": ["/kundtjanst/"], "kontaktcenter": ["/kundtjanst/"]}},
    "assets": logo_asset("Tjärnvik"),
})

# ------------------------------------------------------------------ 9673 Bredsälje (aria roles only)
SITES.append({
    "kod": "9673", "kommun": "Bredsälje", "lan_kod": "25", "lan": "Norrbottens län", "family": "aria",
    "address": "Storgatan 20", "postcode": "999 70", "vaxel": "0980-319 200",
    "email": "kommunen@bredsalje.se", "orgnr": "212999-6738", "areas": AREAS7,
    "topbar_extra": ['<a href="/medborgarservice/" aria-label="Medborgarservice" class="ico">'
                     '<svg width="20" height="20" aria-hidden="true"><circle cx="10" cy="10" r="8"/></svg></a>'],
    "hero": {"title": "Bredsälje – mitt i Norrbotten", "text": "Nyheter, e-tjänster och evenemang.",
             "cards": [("/kultur-och-fritid/", "Vinteraktiviteter"), ("/trafik-och-gator/", "Snöröjning")]},
    "news": [news("/nyheter/budget-2026/", "nyhet-budget.html", "Budget 2026 är antagen", "Satsning på skolan.", "28 februari 2026", BUDGET),
             news("/nyheter/skoterleder/", "nyhet-skoter.html", "Skoterlederna är öppna", "Alla leder är nu preparerade.", "14 januari 2026",
                  "<p>Kommunens skoterleder är öppna. Kör försiktigt vid vägpassager.</p>")],
    "pages": {"/medborgarservice/": page(
        "medborgarservice.html", "Medborgarservice", "Medborgarservice",
        "<p>Medborgarservice ger dig vägledning i frågor om bostadsanpassning, färdtjänst, skolval och avgifter för äldreomsorg.</p>\n"
        '<div role="group" aria-label="Kontaktuppgifter">\n'
        '<p><img src="/bilder/ring-medborgarservice.svg" alt="Ring Medborgarservice: 0980-319 240" width="260" height="32"></p>\n'
        '<p><img src="/bilder/mejla-medborgarservice.svg" alt="" width="320" height="32"></p>\n'
        "<p>Telefontid: måndag–fredag 9.00–15.00</p>\n</div>\n"
        "<p>Ansvarig för medborgarservice är Karin Holm, enhetschef.</p>",
        [("Medborgarservice", None)])},
    "search": {"path": "/sok/", "param": "q", "hits": {"medborgarservice": ["/medborgarservice/"], "kontaktcenter": ["/medborgarservice/"]}},
    "assets": dict(logo_asset("Bredsälje"), **{
        "/bilder/ring-medborgarservice.svg": ("ring-medborgarservice.svg", svg("Tel 0980-319 240"), "image/svg+xml"),
        "/bilder/mejla-medborgarservice.svg": ("mejla-medborgarservice.svg", svg("medborgarservice@bredsalje.se", 320), "image/svg+xml")}),
})

# ------------------------------------------------------------------ 9674 Kallfors (episerver)
SITES.append({
    "kod": "9674", "kommun": "Kallfors", "lan_kod": "25", "lan": "Norrbottens län", "family": "episerver",
    "address": "Älvgatan 3", "postcode": "999 80", "vaxel": "0980-319 250",
    "email": "kallfors@kallfors.se", "orgnr": "212999-6746", "areas": AREAS7,
    "header_links": ['<a href="/kontakt/">Kontakt</a>'],
    "drift": "Vid akuta fel på vatten och avlopp: ring jouren dygnet runt, 0980-319 299.",
    "hero": {"title": "Kontakt Kallfors – vi svarar dygnet runt",
             "text": "Frågor om snöröjning, sophämtning eller skolskjuts? Hör av dig när det passar dig.",
             "cards": [("/kontakt-kallfors/", "Till Kontakt Kallfors")]},
    "news": [news("/nyheter/budget-2026/", "nyhet-budget.html", "Budget 2026 är antagen", "Satsning på skolan.", "28 februari 2026", BUDGET),
             news("/nyheter/isbanan/", "nyhet-isbana.html", "Isbanan på älven är öppen", "Plogad bana på 3 km.", "20 januari 2026",
                  "<p>Isbanan är plogad och öppen för skridskor.</p>")],
    "pages": {
        "/kontakt-kallfors/": page(
            "kontakt-kallfors.html", "Kontakt Kallfors", "Kontakt Kallfors",
            '<p class="Preamble">Kontakt Kallfors är kommunens kundtjänst för alla som bor och verkar i kommunen. Hos oss får '
            "du svar på frågor om snöröjning, sophämtning, skolskjuts och bygglov.</p>\n"
            '<h2>Ring oss</h2>\n<p class="PhoneBlock">0980.319.260</p>\n'
            "<p>Vi svarar dygnet runt, årets alla dagar – även på helger.</p>\n"
            '<p><img src="/bilder/epost-kontakt-kallfors.svg" alt="E-postadress" width="300" height="32"></p>\n'
            '<div class="EasyToRead"><h2>Lättläst</h2><p>Du kan ringa till Kontakt Kallfors. Numret är noll nio åtta noll, '
            "tre ett nio, två sex noll. Du kan ringa när du vill, på dagen och på natten.</p></div>\n"
            "<p>Kontaktperson: Nils Berg, kommunvägledare.</p>\n"
            "<p>Kontakt Kallfors är en del av kommunledningsförvaltningen, som leds av kommundirektör Eva Sand.</p>",
            [("Kontakt Kallfors", None)]),
        "/kontakt/": page(
            "kontakt.html", "Kontakt", "Kontakt",
            "<p>Kallfors kommun, Älvgatan 3, 999 80 Kallfors.</p><p>Växel: 0980-319 250<br>E-post: kallfors@kallfors.se</p>",
            [("Kontakt", None)]),
    },
    "search": {"path": "/sok/", "param": "q", "hits": {"kontakt kallfors": ["/kontakt-kallfors/"], "kontaktcenter": ["/kontakt-kallfors/"],
                                                        "kundtjänst": ["/kontakt-kallfors/"]}},
    "assets": dict(logo_asset("Kallfors"), **{
        "/bilder/epost-kontakt-kallfors.svg": ("epost-kontakt-kallfors.svg", svg("kontakt@kallfors.se", 300), "image/svg+xml")}),
})

# ------------------------------------------------------------------ 9675 Ängsbro (drupal)
PDF_PATH = "/sites/default/files/blanketter/kontaktformular-servicecentrum.pdf"
SITES.append({
    "kod": "9675", "kommun": "Ängsbro", "lan_kod": "14", "lan": "Västra Götalands län", "family": "drupal",
    "address": "Brogatan 8", "postcode": "999 90", "vaxel": "031-390 06 50",
    "email": "info@angsbro.se", "orgnr": "212999-6754", "areas": AREAS7,
    "footer_links_extra": ['<a href="/kontakt">Kontakta oss</a>'],
    "area_extra": {"Kommun och politik": '<h2>Service</h2><p>Många frågor kan du få svar på hos '
                                         '<a href="/kommun-och-politik/servicecentrum">Servicecentrum</a>.</p>'},
    "hero": {"title": "Välkommen till Ängsbro", "text": "Ängsbro – där ån möter bron.",
             "cards": [("/barn-och-utbildning/", "Förskola och skola"), ("/omsorg-och-stod/", "Omsorg")]},
    "news": [news("/nyheter/budget-2026", "nyhet-budget.html", "Budget 2026 är antagen", "Satsning på skolan.", "28 februari 2026", BUDGET),
             news("/nyheter/cykelvag", "nyhet-cykel.html", "Ny cykelväg längs ån", "Arbetet börjar i maj.", "11 mars 2026", CYKEL)],
    "pages": {
        "/kommun-och-politik/servicecentrum": page(
            "servicecentrum.html", "Servicecentrum", "Servicecentrum",
            "<p>Servicecentrum hjälper dig med frågor om parkeringstillstånd, felanmälan av gator och belysning, "
            "bostadsanpassning och hyra av kommunens lokaler.</p>\n"
            "<h2>Kontakta Servicecentrum</h2>\n<p>Telefon: 031-390 06 60</p>\n"
            f'<p><a href="{PDF_PATH}">Kontaktformulär (PDF, 2 kB)</a> – skriv ut blanketten, fyll i den och skicka den med post '
            "till kommunen.</p>\n<p>Vi har tyvärr ingen chatt och inget formulär på webben ännu.</p>\n"
            "<p>Enhetschef för Servicecentrum: Erik Wall</p>",
            [("Kommun och politik", "/kommun-och-politik/"), ("Servicecentrum", None)]),
        "/kontakt": page(
            "kontakt.html", "Kontakta oss", "Kontakta oss",
            "<p>Växel: 031-390 06 50, vardagar 8–16.<br>E-post: info@angsbro.se<br>Postadress: Ängsbro kommun, 999 90 Ängsbro</p>",
            [("Kontakta oss", None)]),
    },
    "search": {"path": "/sok/", "param": "q", "hits": {"servicecentrum": ["/kommun-och-politik/servicecentrum"],
                                                        "servicecenter": ["/kommun-och-politik/servicecentrum"],
                                                        "kontaktcenter": []}},
    "assets": dict(logo_asset("Ängsbro"), **{
        PDF_PATH: ("kontaktformular.pdf", pdf(["Angsbro kommun - Servicecentrum", "Kontaktformular",
                                               "Namn: ____________________", "Adress: ____________________",
                                               "Ditt arende: ____________________",
                                               "Skicka till: Angsbro kommun, 999 90 Angsbro"]), None)}),
})

# ------------------------------------------------------------------ 9676 Åsmora (next.js static export)
SITES.append({
    "kod": "9676", "kommun": "Åsmora", "lan_kod": "03", "lan": "Uppsala län", "family": "nextjs",
    "address": "Kvarngatan 2", "postcode": "999 95", "vaxel": "08-465 004 50",
    "email": "kommunen@asmora.se", "orgnr": "212999-6762", "areas": AREAS7,
    "header_links": ['<a href="/kontakt/">Kontakt</a>'],
    "area_extra": {"Kommun och politik": '<p><a href="/kommun-och-politik/vanliga-fragor/">Vanliga frågor</a></p>'},
    "hero": {"title": "Välkommen till Åsmora", "text": "Här finns kommunens service för dig som bor, arbetar eller besöker Åsmora.",
             "cards": [("/barn-och-utbildning/", "Förskola och skola"), ("/bygga-bo-och-miljo/", "Bygga och bo")]},
    "news": [news("/nyheter/skatteverket-servicekontor/", "nyhet-skatteverket.html",
                  "Skatteverkets servicekontor flyttar till Åsmora centrum",
                  "Från maj finns Skatteverkets och Försäkringskassans servicekontor i Centrumhuset.", "6 mars 2026",
                  "<p>Statens servicekontor flyttar från Järnvägsgatan till Centrumhuset. Där kan du få hjälp med frågor om "
                  "skatt, folkbokföring och föräldrapenning.</p>"),
             news("/nyheter/budget-2026/", "nyhet-budget.html", "Budget 2026 är antagen", "Satsning på skolan.", "28 februari 2026", BUDGET)],
    "pages": {
        "/kommun-och-politik/vanliga-fragor/": page(
            "vanliga-fragor.html", "Vanliga frågor", "Vanliga frågor",
            "<p>Här har vi samlat de frågor vi oftast får i telefon.</p>\n"
            "<h2>Hur ansöker jag om skolskjuts?</h2><p>Du ansöker hos elevens skola senast den 30 april.</p>\n"
            "<h2>När töms mitt sopkärl?</h2><p>Hämtningsschemat skickas ut med fakturan för renhållning.</p>\n"
            "<h2>Hur får jag parkeringstillstånd för rörelsehindrade?</h2><p>Du behöver ett läkarintyg som du skickar till kommunen.</p>\n"
            '<p>Hittar du inte svaret? <a href="/kontakt/">Kontakta oss</a>.</p>',
            [("Kommun och politik", "/kommun-och-politik/"), ("Kontaktcenter", None), ("Vanliga frågor", None)],
            next_data={"section": "Kontaktcenter", "sectionManager": "Enhetschef Jan Ek"}),
        "/kontakt/": page(
            "kontakt.html", "Kontakt", "Kontakt",
            "<p>Växel: 08-465 004 50, vardagar 8–16.30<br>E-post: kommunen@asmora.se<br>Besök: Kvarngatan 2</p>",
            [("Kontakt", None)]),
    },
    "search": {"path": "/sok/", "param": "q", "hits": {"kontaktcenter": ["/kommun-och-politik/vanliga-fragor/"],
                                                        "vanliga frågor": ["/kommun-och-politik/vanliga-fragor/"]}},
    "assets": logo_asset("Åsmora"),
})
