"""Write tests/blind21/sites/ (a typing aid: the generated files are the corpus; labels are hand-written).

    python3 tests/blind21/tools/build_sites.py
"""
from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from chrome import FAMILIES  # noqa: E402

SITES = HERE.parent / "sites"

AREAS = [
    ("Barn och utbildning", ["Förskola", "Grundskola", "Fritidshem", "Gymnasieskola", "Vuxenutbildning",
                             "Skolskjuts"]),
    ("Omsorg och stöd", ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Ekonomiskt bistånd",
                         "Individ- och familjeomsorg"]),
    ("Bygga, bo och miljö", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa",
                             "Energi- och klimatrådgivning"]),
    ("Kultur och fritid", ["Bibliotek", "Idrottsanläggningar", "Föreningsliv", "Badplatser", "Kulturskola"]),
    ("Näringsliv och arbete", ["Starta företag", "Upphandling", "Lediga jobb", "Tillstånd för företag"]),
    ("Trafik och infrastruktur", ["Gator och vägar", "Parkering", "Kollektivtrafik", "Snöröjning"]),
    ("Kommun och politik", ["Politik och nämnder", "Organisation", "Budget och ekonomi", "Allmänna handlingar",
                            "Synpunkter och klagomål"]),
]

INTROS = {
    "Barn och utbildning": ("Här hittar du information om förskola, skola och utbildning för barn, unga och "
                            "vuxna i {k}."),
    "Omsorg och stöd": "Kommunen erbjuder stöd och omsorg till dig som behöver det, i alla åldrar.",
    "Bygga, bo och miljö": "Information om bygglov, avfall, vatten och avlopp och om miljön där du bor.",
    "Kultur och fritid": "Bibliotek, idrott, bad och föreningsliv – upptäck vad {k} har att erbjuda på fritiden.",
    "Näringsliv och arbete": "Vi vill att det ska vara enkelt att driva företag i {k}. Här finns också lediga jobb.",
    "Trafik och infrastruktur": "Gator, parkering, kollektivtrafik och vinterväghållning i {k}.",
    "Kommun och politik": "Så styrs {k} kommun: politik, organisation, ekonomi och allmänna handlingar.",
}

NEWS = [
    ("Budgeten för 2027 är antagen", "budget-2027", "2026-11-20",
     "Kommunfullmäktige har antagit budgeten för 2027. Satsningar görs på skolan och på äldreomsorgen.",
     "<p>Kommunfullmäktige antog på måndagskvällen budgeten för 2027. Den största satsningen görs på skolan, där "
     "fler lärare anställs i årskurs 1–3. Även äldreomsorgen får ett tillskott.</p><p>Skattesatsen är oförändrad.</p>"),
    ("Ny återvinningscentral öppnar i vår", "ny-atervinningscentral", "2026-11-12",
     "Den nya återvinningscentralen vid Industrivägen öppnar i april.",
     "<p>Den nya återvinningscentralen vid Industrivägen öppnar i april. Där kan du lämna grovavfall, elavfall och "
     "farligt avfall. Öppettiderna blir längre än i dag.</p>"),
    ("Vägarbete på Storgatan under hösten", "vagarbete-storgatan", "2026-10-30",
     "Storgatan byggs om mellan torget och stationen. Räkna med omledning av trafiken.",
     "<p>Storgatan byggs om mellan torget och stationen. Arbetet pågår till och med december. Bussarna leds om via "
     "Kyrkvägen.</p>"),
]

TILLG = ("<h1>Tillgänglighetsredogörelse</h1><p>{k} kommun står bakom den här webbplatsen. Vi vill att så många som "
         "möjligt ska kunna använda den. Den här redogörelsen beskriver hur webbplatsen uppfyller lagen om "
         "tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du kan rapportera "
         "brister "
         "till oss så att vi kan åtgärda dem.</p><h2>Hur tillgänglig är webbplatsen?</h2><p>Vi vet att delar av "
         "webbplatsen inte är helt tillgängliga. Se nedan.</p><ul><li>Vissa PDF-dokument är inte tillgänglighets"
         "anpassade.</li><li>Några filmer saknar syntolkning.</li></ul><h2>Tillsyn</h2><p>Myndigheten för digital "
         "förvaltning har ansvaret för tillsyn över lagen.</p><p>Redogörelsen uppdaterades senast den 3 februari "
         "2026.</p>")
KAKOR = ("<h1>Om kakor</h1><p>En kaka (cookie) är en liten textfil som lagras på din dator. Vi använder kakor för att "
         "komma ihåg ditt val i kakbannern och för anonym besöksstatistik.</p><p>Du kan själv ta bort kakor i din "
         "webbläsare.</p>")


def slug(text: str) -> str:
    s = text.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


class Builder:
    def __init__(self, kod, kommun, lan_kod, lan, family, style, phone, domain, address, postcode, search,
                 color="#1b5e8c"):
        self.style = style
        self.site = {
            "kommunkod": kod, "kommun": kommun, "lan_kod": lan_kod, "lan": lan, "family": family,
            "phone": phone, "email": f"kommun@{domain}", "domain": domain, "address": address,
            "postcode": postcode, "orgnr": f"219900-{kod}", "color": color, "search": search,
            "topbar": [], "areas": [], "footer_links": [],
        }
        self.pages: dict[str, dict] = {}
        self.redirects: dict[str, list] = {}
        self.hits: dict[str, list] = {}
        self.site["tillg"] = self.url("om-webbplatsen", "tillganglighetsredogorelse")
        self.site["kakor"] = self.url("om-webbplatsen", "kakor")

    def url(self, *parts: str) -> str:
        p = "/".join(parts)
        return {"slash": f"/{p}/", "noslash": f"/{p}", "html": f"/{p}.html", "asp": f"/{p}.asp",
                "joomla": f"/index.php/{p}"}[self.style]

    def set_areas(self, areas=AREAS, extra_subs=None, drop_subs=None):
        extra_subs = extra_subs or {}
        drop_subs = drop_subs or {}
        out = []
        for title, subs in areas:
            a = slug(title)
            subs = [s for s in subs if s not in drop_subs.get(title, [])]
            items = [(s, self.url(a, slug(s))) for s in subs] + extra_subs.get(title, [])
            out.append((title, self.url(a), items))
        self.site["areas"] = out

    def area(self, title):
        return next(a for a in self.site["areas"] if a[0] == title)

    def add(self, path, title, body, crumbs=(), front=False):
        self.pages[path] = {"path": path, "title": title, "body": body, "crumbs": list(crumbs), "front": front}

    def standard_pages(self, news=NEWS, area_extra=None, updated="2026-10-14"):
        k = self.site["kommun"]
        area_extra = area_extra or {}
        for title, href, items in self.site["areas"]:
            links = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in items)
            body = (f"<h1>{title}</h1><p class=\"lead\">{INTROS.get(title, '').format(k=k)}</p>"
                    f"<ul class=\"link-list\">{links}</ul>{area_extra.get(title, '')}"
                    f"<p class=\"updated\">Senast uppdaterad: {updated}</p>")
            self.add(href, title, body)
        self.news = []
        for t, s, d, lead, text in news:
            href = self.url("nyheter", s)
            self.news.append((t, href, d, lead))
            self.add(href, t, f"<article><h1>{t}</h1><p class=\"date\">Publicerad {d}</p><p class=\"lead\">{lead}</p>"
                     f"{text}</article>", crumbs=[("Nyheter", self.url("nyheter"))])
        lst = "".join(f'<li><a href="{h}">{t}</a> <span class="date">{d}</span><p>{lead}</p></li>'
                      for t, h, d, lead in self.news)
        self.add(self.url("nyheter"), "Nyheter", f"<h1>Nyheter</h1><ul class=\"news-list\">{lst}</ul>")
        self.add(self.site["tillg"], "Tillgänglighetsredogörelse", TILLG.format(k=k))
        self.add(self.site["kakor"], "Om kakor", KAKOR)

    def front(self, hero_title, hero_text, shortcuts, drift="", extra_sections="", head_extra=""):
        sc = "".join(f'<li class="shortcut"><a href="{h}">{t}</a></li>' for t, h in shortcuts)
        news = "".join(f'<li class="teaser"><a href="{h}"><h3>{t}</h3></a><span class="date">{d}</span>'
                       f'<p>{lead}</p></li>' for t, h, d, lead in self.news)
        es = [("Ansök om förskoleplats", "forskoleplats"), ("Ansök om bygglov", "bygglov"),
              ("Beställ extra sophämtning", "sophamtning"), ("Ansök om bostadsanpassning", "bostadsanpassning")]
        esl = "".join(f'<li><a href="/e-tjanster/{s}">{t}</a></li>' for t, s in es)
        ev = [("Skördemarknad på torget", "14 september"), ("Lovaktiviteter på biblioteket", "28 oktober"),
              ("Julmarknad i parken", "6 december")]
        evl = "".join(f'<li><a href="/evenemang/{slug(t)}">{t}</a> <span>{d}</span></li>' for t, d in ev)
        body = (f'{head_extra}<section class="hero"><h1>{hero_title}</h1><p>{hero_text}</p>'
                f'<ul class="shortcuts">{sc}</ul></section>\n'
                f'<section class="news"><h2>Nyheter</h2><ul>{news}</ul><a href="{self.url("nyheter")}">Fler nyheter</a>'
                f'</section>\n<section class="eservices"><h2>Populära e-tjänster</h2><ul>{esl}</ul></section>\n'
                f'<section class="events"><h2>Evenemang</h2><ul>{evl}</ul></section>\n'
                f'<section class="drift"><h2>Driftinformation</h2>{drift or "<p>Inga störningar just nu.</p>"}'
                f'</section>\n{extra_sections}')
        self.add("/", f"{self.site['kommun']} kommun", body, front=True)

    def write(self):
        d = SITES / self.site["kommunkod"]
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
        render = FAMILIES[self.site["family"]]
        latin1 = self.site["family"] == "table"
        manifest_pages = {}
        for path, page in self.pages.items():
            stem = re.sub(r"\.(html|asp)$", "", path.replace("index.php", ""))
            name = "index.html" if path == "/" else slug(stem) + ".html"
            html = render(self.site, page)
            if latin1:
                (d / name).write_bytes(html.encode("iso-8859-1", errors="xmlcharrefreplace"))
                manifest_pages[path] = {"file": name, "content_type": "text/html; charset=iso-8859-1"}
            else:
                (d / name).write_text(html, encoding="utf-8")
                manifest_pages[path] = name
        sok = {"path": "/sok", "title": "Sök", "body": "<h1>Sök</h1><!--SEARCH_RESULTS-->", "crumbs": [],
               "front": False}
        html = render(self.site, sok)
        if latin1:
            (d / "sok.html").write_bytes(html.encode("iso-8859-1", errors="xmlcharrefreplace"))
            tpl = {"file": "sok.html", "content_type": "text/html; charset=iso-8859-1"}
        else:
            (d / "sok.html").write_text(html, encoding="utf-8")
            tpl = "sok.html"
        s = self.site
        manifest = {
            "kommunkod": s["kommunkod"], "kommun": s["kommun"], "lan_kod": s["lan_kod"], "lan": s["lan"],
            "family": s["family"], "pages": manifest_pages, "redirects": self.redirects,
            "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
            "sitemap": list(self.pages),
            "search": {"path": s["search"]["path"], "param": s["search"]["param"], "hits": self.hits,
                       "template": tpl},
            "front_status": None,
        }
        (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return len(self.pages)


def contact_generic(b: Builder, title="Kontakta oss", extra=""):
    s = b.site
    return (f"<h1>{title}</h1><p>Du når alla kommunens verksamheter via växeln.</p>"
            f"<h2>Växel</h2><p>Telefon: {s['phone']}<br>Växeln är öppen vardagar 7.30–16.30.</p>"
            f"<h2>E-post och post</h2><p>E-post: <a href=\"mailto:{s['email']}\">{s['email']}</a><br>"
            f"Postadress: {s['kommun']} kommun, {s['postcode']}</p>{extra}")


# ------------------------------------------------------------------------------------------- sites
def site_9181():
    b = Builder("9181", "Kvarnsta", "03", "Uppsala län", "semantic", "slash", "08-465 004 50", "kvarnsta.se",
                "Kommunhuset, Torggatan 4", "999 10 Kvarnsta", {"path": "/sok/", "param": "q"})
    b.set_areas(extra_subs={"Näringsliv och arbete": [("Företagslotsen", "/naringsliv-och-arbete/foretagslotsen/")]})
    b.site["topbar"] = [("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("In English", "/in-english/"),
                        ("Kontakta oss", "/kontakta-oss/")]
    news = [NEWS[0], ("Statens servicecenter öppnar kontor i Kvarnsta", "statens-servicecenter", "2026-11-15",
                      "Från januari kan du besöka Statens servicecenter i Kvarnsta för ärenden hos "
                      "Försäkringskassan, Pensionsmyndigheten och Skatteverket.",
                      "<p>Statens servicecenter öppnar ett servicekontor i stationshuset. Där får du hjälp med "
                      "frågor till Försäkringskassan, Pensionsmyndigheten och Skatteverket, till exempel id-kort "
                      "och flyttanmälan. Kontoret är inte en del av kommunen; frågor till kommunen ställer du som "
                      "vanligt via växeln.</p>"), NEWS[2]]
    b.standard_pages(news=news)
    b.add("/kontakta-oss/", "Kontakta oss", contact_generic(b, extra=(
        "<h2>Besök oss</h2><p>Kommunhuset, Torggatan 4. Receptionen är öppen vardagar 8–16.</p>"
        "<p>Vi finns här för dig. Hör av dig om du undrar något!</p>"
        "<h2>Förvaltningar</h2><ul><li>Barn- och utbildningsförvaltningen: 08-465 004 52</li>"
        "<li>Socialförvaltningen: 08-465 004 53</li><li>Samhällsbyggnadsförvaltningen: 08-465 004 54</li></ul>")))
    b.add("/naringsliv-och-arbete/foretagslotsen/", "Företagslotsen",
          "<h1>Företagslotsen</h1><p>Företagslotsen hjälper dig som driver eller vill starta företag i Kvarnsta "
          "med frågor om tillstånd, lokaler och kontakter inom kommunen.</p><p>Telefon 08-465 004 55, e-post "
          "<a href=\"mailto:foretagslotsen@kvarnsta.se\">foretagslotsen@kvarnsta.se</a></p>",
          crumbs=[("Näringsliv och arbete", "/naringsliv-och-arbete/")])
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization",'
          '"name":"Kvarnsta kommun","contactPoint":{"@type":"ContactPoint","contactType":"kundtjänst",'
          '"telephone":"+46-8-46500450"}}</script><!-- kontaktcenter-block borttaget, se ärende 2025-114 -->')
    b.front("Välkommen till Kvarnsta", "Här finns information och service för dig som bor och verkar i Kvarnsta.",
            [("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/"), ("Förskola", "/barn-och-utbildning/forskola/"),
             ("Avfall och återvinning", "/bygga-bo-och-miljo/avfall-och-atervinning/"),
             ("Bygglov", "/bygga-bo-och-miljo/bygglov/")], head_extra=ld)
    b.hits = {"servicecenter": [b.url("nyheter", "statens-servicecenter")]}
    return b


def site_9182():
    b = Builder("9182", "Tjärnvik", "14", "Västra Götalands län", "municipio", "slash", "031-390 06 50",
                "tjarnvik.se", "Stadshuset, Kungsgatan 9", "999 20 Tjärnvik", {"path": "/", "param": "s"},
                color="#2b3a42")
    b.set_areas(extra_subs={"Bygga, bo och miljö": [("Bo i Tjärnvik", "/bygga-bo-och-miljo/bo-i-tjarnvik/"),
                                                      ("El och fjärrvärme", "/bygga-bo-och-miljo/el-och-fjarrvarme/")]},
                drop_subs={"Bygga, bo och miljö": ["Energi- och klimatrådgivning"]})
    # Vatten och avlopp gets a real page
    b.site["topbar"] = [("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("Other languages", "/languages/"),
                        ("Kontakta oss", "/kontakta-oss/")]
    b.site["footer_extra"] = ('<div class="o-grid-4"><h2>Kommunala bolag</h2><ul>'
                              '<li>Tjärnviksbostäders kundcenter: 031-390 06 56</li>'
                              '<li>Tjärnvik Energis kundtjänst: 031-390 06 55</li>'
                              '<li>Tjärnvik Vatten AB: 031-390 06 57</li></ul></div>')
    b.standard_pages()
    b.add("/kontakta-oss/", "Kontakta oss", contact_generic(b, extra=(
        "<h2>Besöksadress</h2><p>Stadshuset, Kungsgatan 9. Entrén är öppen vardagar 8–16.</p>"
        "<h2>Frågor om hyra, el eller fjärrvärme?</h2><p>Kontakta de kommunala bolagen direkt: "
        "<a href=\"/bygga-bo-och-miljo/bo-i-tjarnvik/\">Tjärnviksbostäders kundcenter</a> och "
        "<a href=\"/bygga-bo-och-miljo/el-och-fjarrvarme/\">Tjärnvik Energis kundtjänst</a>.</p>")))
    b.add("/bygga-bo-och-miljo/bo-i-tjarnvik/", "Bo i Tjärnvik",
          "<h1>Bo i Tjärnvik</h1><p>Kommunens bostadsbolag Tjärnviksbostäder AB har cirka 2 400 lägenheter. "
          "Bostadskön, felanmälan i lägenheten och frågor om hyran sköts av Tjärnviksbostäders kundcenter.</p>"
          "<p>Tjärnviksbostäders kundcenter: telefon 031-390 06 56, vardagar 8–16, Bruksgatan 3.</p>",
          crumbs=[("Bygga, bo och miljö", "/bygga-bo-och-miljo/")])
    b.add("/bygga-bo-och-miljo/el-och-fjarrvarme/", "Kundtjänst hos Tjärnvik Energi",
          "<h1>Kundtjänst hos Tjärnvik Energi</h1><p>Tjärnvik Energi AB ägs av kommunen och levererar el, "
          "fjärrvärme och stadsnät. Tjärnvik Energis kundtjänst svarar på frågor om avtal, fakturor och avbrott.</p>"
          "<p>Telefon 031-390 06 55, e-post <a href=\"mailto:kund@tjarnvikenergi.se\">kund@tjarnvikenergi.se</a>. "
          "Öppet vardagar 8–16.</p><p>Kundtjänstchef på Tjärnvik Energi AB: Ulf Sandberg.</p>",
          crumbs=[("Bygga, bo och miljö", "/bygga-bo-och-miljo/")])
    b.add("/bygga-bo-och-miljo/vatten-och-avlopp/", "Vatten och avlopp",
          "<h1>Vatten och avlopp</h1><p>Dricksvatten och avlopp i Tjärnvik sköts av det kommunala bolaget "
          "Tjärnvik Vatten AB. Frågor om din VA-faktura eller om renhållning: Kundtjänst för VA och renhållning "
          "hos Tjärnvik Vatten AB, telefon 031-390 06 57.</p>",
          crumbs=[("Bygga, bo och miljö", "/bygga-bo-och-miljo/")])
    b.front("Välkommen till Tjärnvik", "Kommunen vid sjön – här finns service och information för invånare.",
            [("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/"), ("Skola", "/barn-och-utbildning/grundskola/"),
             ("Bo i Tjärnvik", "/bygga-bo-och-miljo/bo-i-tjarnvik/"),
             ("Vatten och avlopp", "/bygga-bo-och-miljo/vatten-och-avlopp/")],
            drift="<p>Tjärnvik Energi: planerat elavbrott i Norrby tisdag 9–12. Frågor besvaras av Tjärnvik "
                  "Energis kundtjänst.</p>")
    b.hits = {"kundtjänst": ["/bygga-bo-och-miljo/el-och-fjarrvarme/", "/bygga-bo-och-miljo/vatten-och-avlopp/"],
              "kundcenter": ["/bygga-bo-och-miljo/bo-i-tjarnvik/"]}
    return b


def site_9183():
    b = Builder("9183", "Lerbacka", "20", "Dalarnas län", "soup", "slash", "0980-319 250", "lerbacka.se",
                "Kommunhuset, Järnvägsgatan 2", "999 30 Lerbacka", {"path": "/sok", "param": "q"}, color="#5d4037")
    b.set_areas()
    b.site["topbar"] = [("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("Teckenspråk", "/teckensprak/"),
                        ("Kontakta oss", "/kontakta-oss/")]
    b.standard_pages()
    b.add("/kontakta-oss/", "Kontakta oss",
          "<h1>Kontakta oss</h1><p>När du ringer kommunens växel på 0980-319 250 kommer du till kommunens "
          "kontaktcenter. Kontaktcentret tar emot dina samtal vardagar 8–16.30 och hjälper dig vidare till rätt "
          "person.</p><p>E-post: <a href=\"mailto:kommun@lerbacka.se\">kommun@lerbacka.se</a><br>Postadress: "
          "Lerbacka kommun, 999 30 Lerbacka<br>Besöksadress: Kommunhuset, Järnvägsgatan 2</p>"
          "<p>Läs mer om <a href=\"/kommun-och-politik/organisation/\">hur kommunen är organiserad</a>.</p>")
    b.add("/kommun-och-politik/organisation/", "Organisation",
          "<h1>Organisation</h1><p>Lerbacka kommun har tre förvaltningar under kommunstyrelsen.</p><table>"
          "<tr><th>Förvaltning</th><th>Chef</th></tr><tr><td>Kommunledningsförvaltningen</td><td>Kommundirektör "
          "Eva Strand</td></tr><tr><td>Barn- och utbildningsförvaltningen</td><td>Förvaltningschef Mats Olin</td>"
          "</tr><tr><td>Samhällsbyggnadsförvaltningen</td><td>Förvaltningschef Rut Hagberg</td></tr></table>",
          crumbs=[("Kommun och politik", "/kommun-och-politik/")])
    b.front("Välkommen till Lerbacka", "Mitt i Dalarna – nära till natur, skola och arbete.",
            [("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/"), ("Förskola", "/barn-och-utbildning/forskola/"),
             ("Bygglov", "/bygga-bo-och-miljo/bygglov/"), ("Bibliotek", "/kultur-och-fritid/bibliotek/")])
    b.hits = {"kontaktcenter": ["/kontakta-oss/"]}
    return b


def site_9184():
    b = Builder("9184", "Alsbo", "07", "Kronobergs län", "episerver", "slash", "040-628 04 50", "alsbo.se",
                "Rådhuset, Stora torget 1", "999 40 Alsbo", {"path": "/sok/", "param": "q"}, color="#7a1f3d")
    b.set_areas([*AREAS[:6], AREAS[6]])
    b.site["topbar"] = [("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("In English", "/in-english/"),
                        ("Mina sidor", "/mina-sidor/")]
    b.site["footer_extra"] = ('<div class="footer-block service-block"><h2>Servicecenter</h2><p>Telefon '
                              '040-628 04 51<br>E-post: <a href="mailto:servicecenter@alsbo.se">servicecenter@alsbo.se'
                              '</a><br>Telefontid vardagar 8–16</p></div>')
    b.standard_pages()
    b.add("/kommun-och-politik/politik-och-namnder/", "Politik och nämnder",
          "<h1>Politik och nämnder</h1><p>Kommunfullmäktige har 41 ledamöter och sammanträder sju gånger per år. "
          "Kommunstyrelsen leder och samordnar kommunens arbete.</p><ul><li>Kommunfullmäktige</li>"
          "<li>Kommunstyrelsen</li><li>Bildningsnämnden</li><li>Omsorgsnämnden</li><li>Miljö- och byggnämnden</li>"
          "</ul>", crumbs=[("Kommun och politik", "/kommun-och-politik/")])
    b.front("Välkommen till Alsbo", "Sjöarnas kommun i Småland.",
            [("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/"), ("Grundskola", "/barn-och-utbildning/grundskola/"),
             ("Avfall och återvinning", "/bygga-bo-och-miljo/avfall-och-atervinning/"),
             ("Politik och nämnder", "/kommun-och-politik/politik-och-namnder/")])
    return b


def site_9185():
    b = Builder("9185", "Granmora", "04", "Södermanlands län", "sitevision", "html", "08-465 004 60", "granmora.se",
                "Kommunhuset, Nygatan 15", "999 50 Granmora", {"path": "/sok.html", "param": "query"},
                color="#004d40")
    b.set_areas()
    kp = b.url("kommun-och-politik", "medborgarservice")
    b.site["mega_cols"] = {"Kommun och politik": [
        ("Politik och demokrati", [("Politik och nämnder", b.url("kommun-och-politik", "politik-och-namnder")),
                                   ("Budget och ekonomi", b.url("kommun-och-politik", "budget-och-ekonomi"))]),
        ("Kontakt och service", [("Medborgarservice", kp),
                                 ("Synpunkter och klagomål", b.url("kommun-och-politik", "synpunkter-och-klagomal")),
                                 ("Allmänna handlingar", b.url("kommun-och-politik", "allmanna-handlingar"))]),
        ("Organisation", [("Förvaltningar", b.url("kommun-och-politik", "organisation"))])]}
    b.site["areas"] = [(t, h, subs + ([("Medborgarservice", kp)] if t == "Kommun och politik" else []))
                       for t, h, subs in b.site["areas"]]
    b.site["topbar"] = [("Lyssna", "/lyssna.html"), ("Lättläst", "/lattlast.html"), ("In English", "/in-english.html"),
                        ("Kontakta oss", "/kontakta-oss.html")]
    b.standard_pages()
    b.add("/kontakta-oss.html", "Kontakta oss", contact_generic(b, extra=(
        "<h2>Besök kommunhuset</h2><p>Nygatan 15. Entrén är öppen vardagar 8–16.</p>")))
    b.add(kp, "Medborgarservice",
          "<h1>Medborgarservice</h1><p class=\"lead\">Medborgarservice är kommunens gemensamma ingång för dig som "
          "har frågor.</p><p>Vi svarar på frågor om bland annat skolskjuts, bostadsanpassning, avfallshämtning och "
          "felanmälan av gatubelysning. Kan vi inte svara direkt tar vi reda på vem som kan.</p>"
          "<p>Ring oss på 08-465 004 61.</p><p>Medborgarservice leds av enhetschef Maria Holm och är en del av "
          "kommunledningskontoret.</p><p class=\"updated\">Senast uppdaterad: 2026-09-02</p>",
          crumbs=[("Kommun och politik", b.url("kommun-och-politik"))])
    b.front("Välkommen till Granmora", "Här får du service, information och nyheter från kommunen.",
            [("Lediga jobb", b.url("naringsliv-och-arbete", "lediga-jobb")),
             ("Förskola", b.url("barn-och-utbildning", "forskola")),
             ("Bygglov", b.url("bygga-bo-och-miljo", "bygglov")),
             ("Badplatser", b.url("kultur-och-fritid", "badplatser"))])
    b.hits = {"medborgarservice": [kp]}
    return b


def site_9186():
    b = Builder("9186", "Hässlunda", "13", "Hallands län", "drupal", "noslash", "031-390 06 60", "hasslunda.se",
                "Kommunhuset, Storgatan 30", "999 60 Hässlunda", {"path": "/search/node", "param": "keys"},
                color="#333")
    b.set_areas()
    b.site["topbar"] = [("Lyssna", "/lyssna"), ("Lättläst", "/lattlast"), ("In English", "/in-english"),
                        ("Kundcenter", "/kundcenter")]
    b.standard_pages()
    org = "/kommun-och-politik/organisation"
    b.add("/kundcenter", "Kundcenter",
          "<h1>Kundcenter</h1><p class=\"lead\">Välkommen till Hässlunda kommuns kundcenter!</p><p>Vi finns här för "
          "dig. Hör av dig om du undrar något, så gör vi vårt bästa för att hjälpa dig.</p>"
          "<h2>Så når du oss</h2><p>Telefon: <a href=\"tel:+4631390061\">031-390 06 61</a><br>E-post: "
          "<a href=\"mailto:kundcenter@hasslunda.se\">kundcenter@hasslunda.se</a></p><p>Telefontider: måndag–"
          "torsdag 8–16.30, fredag 8–15.</p><p>Kundcenter är en del av <a href=\"" + org + "\">kommunledningskontoret"
          "</a>.</p>")
    b.add(org, "Organisation",
          "<h1>Organisation</h1><p>Kommunledningskontoret leder och samordnar kommunens verksamheter. Här är "
          "kontorets enheter och deras chefer.</p><table class=\"staff\"><thead><tr><th>Enhet</th><th>Titel</th>"
          "<th>Namn</th></tr></thead><tbody><tr><td>Kommunledningskontoret</td><td>Kommundirektör</td><td>Henrik "
          "Sjölund</td></tr><tr><td>Ekonomienheten</td><td>Ekonomichef</td><td>Birgitta Roos</td></tr><tr><td>"
          "Kundcenter</td><td>Kundcenterchef</td><td>Lotta Berglund</td></tr><tr><td>Kommunikationsenheten</td>"
          "<td>Kommunikationschef</td><td>Johan Alm</td></tr></tbody></table>",
          crumbs=[("Kommun och politik", "/kommun-och-politik")])
    b.front("Välkommen till Hässlunda", "Kommunen mellan havet och skogen.",
            [("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb"), ("Grundskola", "/barn-och-utbildning/grundskola"),
             ("Avfall och återvinning", "/bygga-bo-och-miljo/avfall-och-atervinning"),
             ("Badplatser", "/kultur-och-fritid/badplatser")],
            drift="<p>Vattenläcka på Ekvägen. Frågor om vattnet: Hässlunda Vatten AB:s kundtjänst, 031-390 06 65."
                  "</p>")
    b.hits = {"kundcenter": ["/kundcenter"]}
    return b


def site_9187():
    b = Builder("9187", "Björkeby", "22", "Västernorrlands län", "bootstrap", "slash", "0980-319 260",
                "bjorkeby.se", "Kommunhuset, Skolgatan 5", "999 70 Björkeby", {"path": "/sok/", "param": "q"})
    b.set_areas(AREAS[:5] + AREAS[6:])
    b.site["topbar"] = [("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("Other languages", "/languages/"),
                        ("Mina sidor", "/mina-sidor/")]
    b.site["footer_extra"] = ('<div class="col-md-4"><h2 class="h5">Kontakt</h2><ul class="list-unstyled">'
                              '<li><a href="/kontakta-oss/">Kontakta oss</a></li><li><a href="/press/">Press</a></li>'
                              '</ul></div>')
    b.standard_pages()
    b.add("/kontakta-oss/", "Kontakta oss",
          "<h1>Kontakta oss</h1><p>Här hittar du kommunens kontaktuppgifter.</p>"
          "<h2>Växel</h2><p>Telefon 0980-319 260, vardagar 7.30–16.30.</p>"
          "<h2>Kontaktcenter</h2><p>Kontaktcenter svarar på frågor om bland annat förskola och skola, "
          "avfallshämtning, bygglov och parkeringstillstånd. Kan vi inte svara direkt ser vi till att du får "
          "kontakt med rätt handläggare.</p><p>Telefon 0980-319 261<br>E-post: <a href=\"mailto:kontaktcenter@"
          "bjorkeby.se\">kontaktcenter@bjorkeby.se</a><br>Telefontider: måndag–fredag 8–16</p>"
          "<h2>Registrator</h2><p>Handlingar till kommunen skickas till <a href=\"mailto:registrator@bjorkeby.se\">"
          "registrator@bjorkeby.se</a>.</p><p class=\"small\">Sidansvarig: Anders Nyqvist, kommunikatör</p>")
    b.front("Välkommen till Björkeby", "Kusten, skogen och staden – allt inom räckhåll.",
            [("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/"), ("Förskola", "/barn-och-utbildning/forskola/"),
             ("Bygglov", "/bygga-bo-och-miljo/bygglov/"), ("Hemtjänst", "/omsorg-och-stod/hemtjanst/")])
    b.hits = {"kontaktcenter": ["/kontakta-oss/"]}
    return b


def site_9188():
    b = Builder("9188", "Ormsjö", "24", "Västerbottens län", "wordpress", "slash", "040-628 04 60", "ormsjo.se",
                "Kommunhuset, Storgatan 12", "999 80 Ormsjö", {"path": "/", "param": "s"}, color="#3e2723")
    bl = "/bygga-bo-och-miljo/bygglovsservice/"
    mk = "/kommun-och-politik/medborgarkontoret/"
    b.set_areas(extra_subs={"Bygga, bo och miljö": [("Bygglovsservice", bl)]},
                drop_subs={"Bygga, bo och miljö": ["Bygglov"]})
    b.site["areas"].append(("Kontakt", "/kontakt/", []))
    b.site["topbar"] = [("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("In English", "/in-english/")]
    b.standard_pages(area_extra={"Kommun och politik": (
        f"<h2>Kommunens organisation</h2><ul><li><a href=\"/kommun-och-politik/organisation/\">Förvaltningar och "
        f"bolag</a></li><li><a href=\"{mk}\">Medborgarkontoret</a></li><li>Överförmyndarnämnden</li></ul>")})
    b.add("/kontakt/", "Kontakt", contact_generic(b, "Kontakt", extra=(
        "<h2>Registrator</h2><p>Allmänna handlingar och post till kommunen: <a href=\"mailto:registrator@ormsjo.se\">"
        "registrator@ormsjo.se</a></p>")))
    b.add(mk, "Medborgarkontoret",
          "<h1>Medborgarkontoret</h1><p>På medborgarkontoret i kommunhuset kan du få hjälp med:</p><ul>"
          "<li>ansökan om parkeringstillstånd för rörelsehindrade</li><li>frågor om avgifter för förskola och "
          "fritidshem</li><li>ansökan om färdtjänst</li><li>bokning av kommunens lokaler</li><li>att hitta rätt "
          "handläggare i kommunen</li></ul><h2>Besök och telefon</h2><p>Besöksadress: Kommunhuset, Storgatan 12, "
          "Ormsjö<br>Telefon: 040-628 04 61</p><table class=\"hours\"><caption>Öppettider</caption>"
          "<tr><td>Måndag–torsdag</td><td>9–16</td></tr><tr><td>Fredag</td><td>9–14</td></tr></table>"
          "<p>Kommunvägledare: Sara Lind och Omar Haddad.</p>",
          crumbs=[("Kommun och politik", "/kommun-och-politik/")])
    b.add(bl, "Bygglovsservice",
          "<h1>Bygglovsservice</h1><p>Bygglovsservice hjälper dig med frågor om bygglov, bygganmälan och "
          "strandskydd. Telefon 040-628 04 62, vardagar 9–11.</p><p>Enhetschef för bygglovsenheten: Kent Rydén.</p>",
          crumbs=[("Bygga, bo och miljö", "/bygga-bo-och-miljo/")])
    b.front("Välkommen till Ormsjö", "Fjällnära och levande året om.",
            [("Bygglovsservice", bl), ("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/"),
             ("Förskola", "/barn-och-utbildning/forskola/"), ("Snöröjning", "/trafik-och-infrastruktur/snorojning/")])
    b.hits = {"medborgarkontor": [mk], "medborgarkontoret": [mk]}
    return b


def site_9189():
    b = Builder("9189", "Rudbacka", "09", "Gotlands län", "table", "asp", "08-465 004 70", "rudbacka.se",
                "Stadshuset, Hamngatan 1", "999 90 Rudbacka", {"path": "/sok.asp", "param": "q"})
    b.site["title_sep"] = " :: "
    b.set_areas(AREAS[:4] + AREAS[5:])
    b.site["topbar"] = [("Lyssna", "/lyssna.asp"), ("Lättläst", "/lattlast.asp"), ("In English", "/in-english.asp"),
                        ("Kontakt", "/kontakt.asp")]
    news = [("Servicecentret får nya öppettider", "servicecentret-oppettider", "2026-11-18",
             "Från den 2 mars ändras öppettiderna i stadshuset.",
             "<p>Från och med den 2 mars har kommunens servicecenter i stadshuset öppet måndag–fredag 9.00–16.00. "
             "Du når oss också på telefon 08-465 004 71.</p><p>– Vi vill att fler ska kunna komma när det passar "
             "dem, säger kommundirektör Per Ahl.</p>"), NEWS[0], NEWS[1]]
    b.standard_pages(news=news)
    b.add("/kontakt.asp", "Kontakt", contact_generic(b, "Kontakt"))
    b.front("Välkommen till Rudbacka", "Kommunen på ön.",
            [("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb.asp"),
             ("Skolskjuts", "/barn-och-utbildning/skolskjuts.asp"),
             ("Avfall och återvinning", "/bygga-bo-och-miljo/avfall-och-atervinning.asp"),
             ("Färjetider", "/trafik-och-infrastruktur/kollektivtrafik.asp")])
    b.hits = {"servicecenter": ["/nyheter/servicecentret-oppettider.asp"],
              "servicecentret": ["/nyheter/servicecentret-oppettider.asp"]}
    return b


def site_9190():
    b = Builder("9190", "Skogsnäs", "17", "Värmlands län", "joomla", "joomla", "031-390 06 70", "skogsnas.se",
                "Kommunhuset, Älvgatan 8", "999 95 Skogsnäs", {"path": "/index.php/sok", "param": "searchword"},
                color="#0d3b66")
    b.set_areas()
    pt = "/index.php/trafik-och-infrastruktur/parkering/parkeringstillstand"
    b.site["topbar"] = [("Lyssna", "/index.php/lyssna"), ("Lättläst", "/index.php/lattlast"),
                        ("Kontakta oss", "/index.php/kontakta-oss")]
    b.site["footer_extra"] = ('<div class="moduletable"><h3>Bo hos oss</h3><p>Skogsnäshems kundtjänst: '
                              '031-390 06 75</p></div>')
    b.standard_pages(area_extra={"Trafik och infrastruktur": (
        f"<h2>Parkering för rörelsehindrade</h2><p><a href=\"{pt}\">Parkeringstillstånd för rörelsehindrade</a></p>")})
    b.add("/index.php/kontakta-oss", "Kontakta oss", contact_generic(b))
    b.add(pt, "Parkeringstillstånd för rörelsehindrade",
          "<h1>Parkeringstillstånd för rörelsehindrade</h1><p>Har du en funktionsnedsättning som gör att du har "
          "svårt att gå kan du ansöka om parkeringstillstånd.</p><h2>Så ansöker du</h2><p>Fyll i blanketten och "
          "bifoga ett läkarintyg. Blanketten kan du hämta och lämna hos kommunens kundtjänst i kommunhuset.</p>"
          "<p>Handläggningstiden är cirka fyra veckor.</p>",
          crumbs=[("Trafik och infrastruktur", "/index.php/trafik-och-infrastruktur")])
    b.front("Välkommen till Skogsnäs", "Skog, älv och gemenskap i Värmland.",
            [("Lediga jobb", "/index.php/naringsliv-och-arbete/lediga-jobb"),
             ("Förskola", "/index.php/barn-och-utbildning/forskola"),
             ("Bygglov", "/index.php/bygga-bo-och-miljo/bygglov"),
             ("Bibliotek", "/index.php/kultur-och-fritid/bibliotek")])
    b.hits = {"kundtjänst": [pt]}
    return b


BUILDERS = [site_9181, site_9182, site_9183, site_9184, site_9185, site_9186, site_9187, site_9188, site_9189,
            site_9190]


def main() -> None:
    SITES.mkdir(parents=True, exist_ok=True)
    for fn in BUILDERS:
        b = fn()
        n = b.write()
        print(f"{b.site['kommunkod']} {b.site['kommun']}: {n} pages ({b.site['family']})")


if __name__ == "__main__":
    main()
