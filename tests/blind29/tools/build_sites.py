"""Write tests/blind29/sites/ (a typing aid: the written files are the corpus; labels.csv is
written by hand and is not generated).

    python3 tests/blind29/tools/build_sites.py
"""
from __future__ import annotations

import html
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from content import AREA_INTRO, EVENTS, NEWS_POOL, slugify, subtext  # noqa: E402
from families import RENDERERS  # noqa: E402

SITES_DIR = HERE.parent / "sites"
E = html.escape


class Site:
    def __init__(self, **kw):
        self.title_sep = "-"
        self.charset = "utf-8"
        self.footer_extra = ""
        self.area_extra: dict[str, str] = {}
        self.extra_pages: list[dict] = []
        self.redirects: dict = {}
        self.aliases: dict[str, str] = {}
        self.search_hits: dict[str, list[str]] = {}
        self.robots = "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"
        self.front_path = "/"
        self.service_path = ""
        self.__dict__.update(kw)
        self.kommun_full = kw.get("kommun_full") or f"{self.name} kommun"
        self.postal = f"{self.kommun_full}, {self.street}, {self.postcode} {self.name}"

    # paths
    def slug(self, title: str) -> str:
        return slugify(title)

    def area_href(self, area) -> str:
        if len(area) > 2 and area[2]:
            return area[2]
        return self.area_style.format(slug=slugify(area[0]))

    def sub_links(self, area):
        out = []
        for sub in area[1]:
            if isinstance(sub, tuple):
                out.append(sub)
            else:
                out.append((sub, f"{self.area_href(area)}#{slugify(sub)}"))
        return out

    def news_href(self, n) -> str:
        return n.get("path") or self.news_style.format(slug=n["slug"])

    def front_news(self):
        return [n for n in self.news if n.get("front", True)][:3]

    @property
    def jobs_href(self) -> str:
        for a in self.areas:
            for t, h in self.sub_links(a):
                if t == "Lediga jobb":
                    return h
        return self.area_href(self.areas[0])


def fill(text: str, site: Site) -> str:
    return (text.replace("{k}", site.name).replace("{g}", site.genitive)
            .replace("{st_slug}", slugify(site.work_street)).replace("{st}", site.work_street))


def pick_news(site: Site, slugs: list[str], dates: list[str]) -> list[dict]:
    out = []
    pool = {n["slug"]: n for n in NEWS_POOL}
    for s, d in zip(slugs, dates, strict=True):
        n = dict(pool[s])
        n = {k: fill(v, site) if isinstance(v, str) else v for k, v in n.items()}
        n["date"] = d
        out.append(n)
    return out


def area_body(site: Site, area) -> str:
    title = area[0]
    secs = []
    for sub in area[1]:
        if isinstance(sub, tuple):
            continue
        secs.append(f'<h2 id="{slugify(sub)}">{E(sub)}</h2>\n<p>{E(subtext(sub))}</p>')
    extra = site.area_extra.get(title, "")
    return (f'<h1>{E(title)}</h1>\n<p class="lead">{E(AREA_INTRO.get(title, title))}</p>\n'
            + "\n".join(secs) + ("\n" + extra if extra else "") + "\n")


def std_pages(site: Site, paths: dict[str, str]) -> list[dict]:
    """Lättläst, In English, accessibility, cookies (and a sign-language page where linked)."""
    out = []
    k = site.kommun_full
    if "lattlast" in paths:
        out.append({"path": paths["lattlast"], "title": "Lättläst", "body":
                    f'<h1>Lättläst</h1>\n<p>Här kan du läsa om {E(k)} på lätt svenska.</p>\n'
                    f'<p>Kommunen har ansvar för många saker. Kommunen har hand om förskolor och skolor. Kommunen hjälper gamla människor som behöver stöd. '
                    f'Kommunen tar hand om vatten, sopor och gator.</p>\n<p>Du kan ringa till kommunen på telefon {E(site.vaxel)}. '
                    f'Du kan också skicka e-post till <a href="mailto:{site.email}">{site.email}</a>.</p>\n'})
    if "english" in paths:
        out.append({"path": paths["english"], "title": "In English", "body":
                    f'<h1>Welcome to {E(site.name)} Municipality</h1>\n<p>{E(site.name)} is a municipality of about {site.pop} inhabitants. '
                    'The municipality is responsible for schools, elderly care, water, waste collection and planning.</p>\n'
                    f'<p>Switchboard: +46 {E(site.vaxel[1:])}. E-mail: <a href="mailto:{site.email}">{site.email}</a>.</p>\n'})
    if "teckensprak" in paths:
        out.append({"path": paths["teckensprak"], "title": "Teckenspråk", "body":
                    '<h1>Teckenspråk</h1>\n<p>Här kommer det att finnas filmer på svenskt teckenspråk om kommunens verksamheter. '
                    'Du som använder teckenspråk kan ringa kommunen via Texttelefoni eller Bildtelefoni.net.</p>\n'})
    out.append({"path": paths["tillg"], "title": "Tillgänglighetsredogörelse", "body":
                f'<h1>Tillgänglighetsredogörelse</h1>\n<p>{E(k)} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. '
                'Den här redogörelsen beskriver hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du kan rapportera brister.</p>\n'
                '<h2>Hur tillgänglig är webbplatsen?</h2>\n<p>Vi vet att delar av webbplatsen inte är helt tillgängliga: vissa PDF-dokument saknar struktur och några äldre filmer saknar undertexter.</p>\n'
                f'<h2>Kontakta oss om du hittar fler brister</h2>\n<p>Meddela oss på <a href="mailto:{site.email}">{site.email}</a>.</p>\n'
                '<h2>Tillsyn</h2>\n<p>Myndigheten för digital förvaltning har ansvaret för tillsyn för lagen om tillgänglighet till digital offentlig service.</p>\n'})
    out.append({"path": paths["kakor"], "title": "Kakor", "body":
                '<h1>Kakor (cookies)</h1>\n<p>En kaka är en liten textfil som lagras i din webbläsare. Vi använder nödvändiga kakor för att webbplatsen ska fungera '
                'och, om du godkänner det, statistikkakor för att se hur webbplatsen används.</p>\n<h2>Så tar du bort kakor</h2>\n<p>I din webbläsares inställningar kan du ta bort lagrade kakor.</p>\n'})
    return out


def news_index_body(site: Site) -> str:
    items = "".join(f'<li><a href="{E(site.news_href(n))}">{E(n["title"])}</a> <span class="date">{n["date"]}</span><br>{E(n["teaser"])}</li>\n'
                    for n in sorted(site.news, key=lambda n: n["date"], reverse=True))
    return f'<h1>Nyheter</h1>\n<p>Nyheter från {E(site.kommun_full)}.</p>\n<ul class="news-list">\n{items}</ul>\n'


def news_body(n) -> str:
    return f'<h1>{E(n["title"])}</h1>\n<p class="date">Publicerad {n["date"]}</p>\n<p class="lead">{E(n["teaser"])}</p>\n{n["body"]}\n'


# ------------------------------------------------------------------------------------------
def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF (Helvetica, WinAnsi) with one text line per entry."""
    def esc(s: str) -> bytes:
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    parts = [b"BT /F1 12 Tf 14 TL 56 780 Td"]
    for i, ln in enumerate(lines):
        size = 16 if i == 0 else 11
        parts.append(f"/F1 {size} Tf".encode() + b" (" + esc(ln) + b") Tj T*")
    parts.append(b"ET")
    stream = b"\n".join(parts)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title (Medborgarkontoret - s\\345 kan vi hj\\344lpa dig) /Producer (Tj\\344der\\345s kommun) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


# ------------------------------------------------------------------------------------------
def hours_table(rows: list[tuple[str, str]], caption: str, cls: str = "opening-hours") -> str:
    body = "".join(f"<tr><th scope=\"row\">{E(d)}</th><td>{E(t)}</td></tr>" for d, t in rows)
    return f'<table class="{cls}"><caption>{E(caption)}</caption><tbody>{body}</tbody></table>'


def site_9317() -> Site:
    s = Site(code="9317", name="Hjortsunda", genitive="Hjortsundas", lan_kod="01", lan="Stockholms län",
             family="semantic", street="Stortorget 4", postcode="999 31", vaxel="08-465 004 00",
             email="kommun@hjortsunda.se", orgnr="212000-9317", pop="24 000", work_street="Kvarngatan",
             area_style="/{slug}/", news_style="/nyheter/{slug}/", news_index="/nyheter/",
             service_path="/kontaktcenter/")
    s.areas = [
        ("Barn och utbildning", ["Förskola", "Grundskola", "Fritidshem", "Gymnasieskola", "Vuxenutbildning", "Skolskjuts"]),
        ("Omsorg och stöd", ["Äldreomsorg", "Hemtjänst", "Stöd vid funktionsnedsättning", "Ekonomiskt bistånd", "Stöd till barn och familj"]),
        ("Bygga, bo och miljö", ["Bygglov", "Detaljplaner", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa"]),
        ("Trafik och infrastruktur", ["Gator och vägar", "Parkering", "Snöröjning", "Färdtjänst"]),
        ("Kultur och fritid", ["Bibliotek", "Idrott och motion", "Föreningsliv", "Kulturskola", "Badplatser"]),
        ("Näringsliv och arbete", ["Starta företag", "Upphandling", "Lediga jobb"]),
        ("Kommun och politik", ["Politik och nämnder", "Organisation", "Ekonomi och budget", "Synpunkter och klagomål", "Allmänna handlingar"]),
    ]
    s.hero = ("Välkommen till Hjortsunda kommun", "Här hittar du service, e-tjänster och nyheter från kommunen.")
    s.shortcuts = [("Ansök om förskoleplats", "/barn-och-utbildning/#forskola", "Ansök senast fyra månader innan du behöver platsen."),
                   ("Sophämtning", "/bygga-bo-och-miljo/#avfall-och-atervinning", "Hämtningsdagar och återvinningscentralen."),
                   ("Bygglov", "/bygga-bo-och-miljo/#bygglov", "När behövs bygglov och hur ansöker du?"),
                   ("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb", "Jobba i Hjortsunda kommun.")]
    s.news = pick_news(s, ["budget-2026-antagen", "vagarbete-{st_slug}", "sommarlovsaktiviteter", "biblioteket-meroppet"],
                       ["2025-11-18", "2025-09-02", "2025-05-14", "2025-01-28"])
    s.events, s.drift = EVENTS[:3], "Inga kända driftstörningar just nu."
    s.footer_extra = ('<section><h2>Kontaktcenter</h2><p>Telefon 08-465 004 10<br>Vardagar 8.00–17.00</p>'
                      '<p><a href="/kontaktcenter/">Mer om kontaktcenter</a></p></section>')
    service = (
        '<h1>Kontaktcenter</h1>\n'
        '<p class="lead">Kontaktcenter är Hjortsunda kommuns gemensamma väg in för dig som har frågor till kommunen. '
        'Vi svarar direkt på många frågor och hjälper dig vidare när ditt ärende behöver en handläggare.</p>\n'
        '<h2>Det här kan vi hjälpa dig med</h2>\n<ul class="check-list">\n'
        '<li>Ansökan om plats i förskola och fritidshem</li>\n<li>Skolskjuts och busskort för elever</li>\n'
        '<li>Sophämtning, slamtömning och återvinningscentralens öppettider</li>\n'
        '<li>Felanmälan av gatubelysning, vägar och lekplatser</li>\n'
        '<li>Bygglov – vilka handlingar som behövs och hur handläggningen går till</li>\n'
        '<li>Färdtjänst och bostadsanpassning</li>\n<li>Bokning av lokaler och idrottshallar</li>\n'
        '<li>Synpunkter och klagomål på kommunens verksamheter</li>\n</ul>\n'
        '<p>Kan vi inte svara direkt kopplar vi dig till rätt handläggare eller ser till att någon ringer upp dig.</p>\n'
        '<h2>Så når du oss</h2>\n'
        '<p>Telefon: <a href="tel:+46846500410">08-465 004 10</a><br>\n'
        'E-post: <a href="mailto:kontaktcenter@hjortsunda.se">kontaktcenter@hjortsunda.se</a><br>\n'
        'Besöksadress: Kommunhuset, Stortorget 4</p>\n'
        + hours_table([("Måndag–torsdag", "8.00–17.00"), ("Fredag", "8.00–15.00"), ("Dag före helgdag", "8.00–12.00")], "Telefontider och öppettider")
        + '\n<h2>Mer om kontaktcenter</h2>\n<p><a href="/kontaktcenter/om-kontaktcenter/">Om kontaktcenter – uppdrag, servicelöften och medarbetare</a></p>\n')
    om = (
        '<h1>Om kontaktcenter</h1>\n'
        '<p class="lead">Kontaktcenter öppnade 2019 och tar i dag emot omkring 90 000 samtal, mejl och besök om året.</p>\n'
        '<h2>Vårt uppdrag</h2>\n<p>Kontaktcenter ska ge invånare, företagare och besökare snabba och korrekta svar. '
        'Åtta av tio frågor besvaras redan i första kontakten. Kontaktcenter är en enhet inom kommunledningskontorets avdelning för kommunikation och service. '
        'Ansvarig nämnd är kommunstyrelsen.</p>\n'
        '<h2>Våra servicelöften</h2>\n<ul><li>Vi svarar på e-post inom två arbetsdagar.</li><li>Du ska inte behöva vänta mer än fem minuter i telefon.</li>'
        '<li>Lovar vi att ringa tillbaka, gör vi det samma dag.</li></ul>\n'
        '<h2>Medarbetare</h2>\n<p>I kontaktcenter arbetar tio kommunvägledare med bred kunskap om kommunens verksamheter.</p>\n'
        '<p>Enhetschef för kontaktcenter är <strong>Malin Sjöberg</strong>. Du når henne via kontaktcenter, telefon 08-465 004 10.</p>\n'
        '<p><a href="/kontaktcenter/">Tillbaka till Kontaktcenter</a></p>\n')
    s.extra_pages = [{"path": "/kontaktcenter/", "title": "Kontaktcenter", "body": service},
                     {"path": "/kontaktcenter/om-kontaktcenter/", "title": "Om kontaktcenter", "body": om}]
    s.std = {"lattlast": "/lattlast/", "english": "/in-english/", "tillg": "/tillganglighet/", "kakor": "/kakor/"}
    s.search = {"path": "/sok/", "param": "q"}
    s.search_hits = {"kontaktcenter": ["/kontaktcenter/", "/kontaktcenter/om-kontaktcenter/"]}
    s.redirects = {"/kontaktcenter": ["/kontaktcenter/", 301]}
    return s


def site_9318() -> Site:
    svc = "/sv/kommun-och-politik/servicecenter.html"
    org = "/sv/kommun-och-politik/organisation.html"
    s = Site(code="9318", name="Ljusmåla", genitive="Ljusmålas", lan_kod="25", lan="Norrbottens län",
             family="sitevision", street="Järnvägsgatan 12", postcode="999 41", vaxel="0980-319 200",
             email="kommunen@ljusmala.se", orgnr="212000-9318", pop="11 500", work_street="Skolgatan",
             area_style="/sv/{slug}.html", news_style="/sv/aktuellt/{slug}.html", news_index="/sv/aktuellt.html",
             service_path=svc, front_path="/sv/", title_sep="-")
    s.areas = [
        ("Förskola och skola", ["Förskola", "Grundskola och förskoleklass", "Fritidshem", "Gymnasieskola", "Skolskjuts"]),
        ("Stöd och omsorg", ["Äldreomsorg", "Hemtjänst", "Särskilt boende", "Ekonomiskt bistånd", "Våld i nära relationer"]),
        ("Bo och bygga", ["Bygglov och anmälan", "Kartor och mätning", "Avfall och återvinning", "Vatten och avlopp", "Energi- och klimatrådgivning"]),
        ("Trafik och resor", ["Gator och vägar", "Parkering", "Kollektivtrafik", "Färdtjänst"]),
        ("Fritid och kultur", ["Bibliotek", "Idrott och motion", "Föreningsliv", "Badplatser"]),
        ("Företag och arbete", ["Starta företag", "Upphandling", "Mark och lokaler", "Lediga jobb"]),
        ("Kommun och politik", ["Politik och nämnder", ("Organisation", org), ("Servicecenter", svc), "Ekonomi och budget", "Allmänna handlingar", "Val och demokrati"]),
        ("Trygghet och säkerhet", ["Krisberedskap"]),
    ]
    s.hero = ("Ljusmåla – ljust och nära", "Service, e-tjänster och nyheter från Ljusmåla kommun.")
    s.shortcuts = [("Servicecenter", svc, "Frågor, felanmälningar och synpunkter – vi hjälper dig vidare."),
                   ("Förskola", "/sv/forskola-och-skola.html#forskola", "Ansök om plats och se köregler."),
                   ("Sophämtning", "/sv/bo-och-bygga.html#avfall-och-atervinning", "Hämtningsschema och återvinning."),
                   ("Lediga jobb", "/sv/foretag-och-arbete.html#lediga-jobb", "Sök jobb hos oss.")]
    s.news = pick_news(s, ["ny-forskola-invigs", "snorojning-vintern", "oversiktsplan-samrad"], ["2025-11-03", "2025-10-20", "2025-09-15"])
    s.events, s.drift = EVENTS[1:4], "Vattenavstängning på Skolgatan 12–18 den 4 december kl. 9–12."
    service = (
        '<h1 class="heading">Servicecenter</h1>\n'
        '<p class="normal ingress">Ljusmåla kommuns servicecenter tar emot dina frågor, felanmälningar och synpunkter. '
        'Du får svar direkt eller hjälp att komma vidare till rätt handläggare.</p>\n'
        '<h2 class="subheading">Vad kan vi hjälpa dig med?</h2>\n'
        '<div class="sv-table-wrapper"><table class="sv-table"><caption>Exempel på frågor som servicecenter svarar på</caption>'
        '<thead><tr><th scope="col">Område</th><th scope="col">Exempel</th></tr></thead><tbody>'
        '<tr><td>Förskola och skola</td><td>Ansökan om förskoleplats, skolskjuts, läsårstider och barnomsorgsavgifter</td></tr>'
        '<tr><td>Avfall, vatten och avlopp</td><td>Hämtningsdagar, byte av sopkärl, slamtömning, vattenmätare och VA-fakturor</td></tr>'
        '<tr><td>Gator och trafik</td><td>Felanmälan av gatubelysning och hål i vägen, parkeringstillstånd, snöröjning</td></tr>'
        '<tr><td>Bygga och bo</td><td>Blanketter för bygglov och anmälan, beställning av nybyggnadskarta</td></tr>'
        '<tr><td>Stöd och omsorg</td><td>Vart du vänder dig för hemtjänst, färdtjänst och bostadsanpassning</td></tr>'
        '<tr><td>Fritid</td><td>Bokning av idrottshallar och föreningslokaler, öppettider på simhallen</td></tr>'
        '</tbody></table></div>\n'
        '<h2 class="subheading">Kontakta servicecenter</h2>\n'
        '<p class="normal">Telefon: <a href="tel:+46980319210">0980-319 210</a></p>\n'
        '<p class="normal"><button type="button" class="env-button chat-open" data-chat="servicecenter">Chatta med servicecenter</button></p>\n'
        + hours_table([("Telefon måndag–fredag", "8.00–16.30"), ("Chatt måndag–fredag", "9.00–15.00"), ("Lunch", "Öppet hela dagen")], "Telefon- och chattider", "sv-table")
        + '\n<p class="normal">Besök oss i Stadshusets entré, Järnvägsgatan 12.</p>\n'
        f'<h2 class="subheading">Servicecenter i kommunens organisation</h2>\n<p class="normal">Servicecenter är en enhet inom kommunstyrelseförvaltningen. '
        f'Se <a href="{org}">kommunens organisation</a>.</p>\n')
    orgpage = (
        '<h1 class="heading">Organisation</h1>\n'
        '<p class="normal ingress">Ljusmåla kommun styrs av kommunfullmäktige. Verksamheten bedrivs i kommunstyrelseförvaltningen och fyra fackförvaltningar.</p>\n'
        '<h2 class="subheading">Organisationsschema</h2>\n<figure class="org-chart"><ul class="org-tree">\n'
        '<li><span class="org-unit">Kommunfullmäktige</span>\n<ul><li><span class="org-unit">Kommunstyrelsen</span> <span class="org-role">Ordförande: Erik Hammar (M)</span>\n'
        '<ul><li><span class="org-unit">Kommunstyrelseförvaltningen</span> <span class="org-role">Kommundirektör: Ann-Sofi Bergkvist</span>\n<ul>\n'
        '<li><span class="org-unit">Ekonomiavdelningen</span> <span class="org-role">Ekonomichef: Lars Nyberg</span></li>\n'
        '<li><span class="org-unit">HR-avdelningen</span> <span class="org-role">HR-chef: Mona Eklund</span></li>\n'
        '<li><span class="org-unit">Avdelningen för kommunikation och service</span> <span class="org-role">Avdelningschef: Jonas Fridh</span>\n'
        '<ul><li><span class="org-unit">Kommunikationsenheten</span> <span class="org-role">Enhetschef: Sanna Lind</span></li>\n'
        '<li><span class="org-unit">Servicecenter</span> <span class="org-role">Enhetschef: Helena Strand</span></li>\n'
        '<li><span class="org-unit">Kansliet</span> <span class="org-role">Kanslichef: Per Alm</span></li></ul></li>\n'
        '</ul></li></ul></li>\n'
        '<li><span class="org-unit">Barn- och utbildningsnämnden</span> – Barn- och utbildningsförvaltningen, förvaltningschef Karin Ödman</li>\n'
        '<li><span class="org-unit">Socialnämnden</span> – Socialförvaltningen, förvaltningschef Tomas Berg</li>\n'
        '<li><span class="org-unit">Samhällsbyggnadsnämnden</span> – Samhällsbyggnadsförvaltningen, förvaltningschef Lena Holm</li>\n'
        '<li><span class="org-unit">Kultur- och fritidsnämnden</span> – Kultur- och fritidsförvaltningen, förvaltningschef Ali Nasser</li>\n'
        '</ul></li>\n</ul><figcaption>Kommunens organisation från 1 januari 2025.</figcaption></figure>\n')
    s.extra_pages = [{"path": svc, "title": "Servicecenter", "body": service}, {"path": org, "title": "Organisation", "body": orgpage}]
    s.std = {"lattlast": "/sv/lattlast.html", "english": "/sv/other-languages.html",
             "tillg": "/sv/om-webbplatsen/tillganglighetsredogorelse.html", "kakor": "/sv/om-webbplatsen/kakor.html"}
    s.search = {"path": "/sv/sok.html", "param": "query"}
    s.search_hits = {"servicecenter": [svc], "organisation": [org]}
    s.redirects = {"/": ["/sv/", 302]}
    s.robots = "User-agent: *\nDisallow: /sitevision/\nDisallow: /edit/\nSitemap: __ORIGIN__/sitemap.xml\n"
    return s


def site_9319() -> Site:
    svc = "/medborgarservice"
    s = Site(code="9319", name="Bjärkesund", genitive="Bjärkesunds", kommun_full="Bjärkesunds kommun", lan_kod="14",
             lan="Västra Götalands län", family="drupal", street="Kyrkogatan 2", postcode="999 51", vaxel="031-390 06 00",
             email="info@bjarkesund.se", orgnr="212000-9319", pop="16 200", work_street="Hamngatan",
             area_style="/{slug}", news_style="/nyheter/{slug}", news_index="/nyheter", service_path=svc, title_sep="|")
    s.areas = [
        ("Utbildning och barnomsorg", ["Förskola", "Grundskola", "Fritidshem", "Gymnasieskola", "Vuxenutbildning"]),
        ("Stöd och omsorg", ["Äldreomsorg", "Hemtjänst", "Stöd vid funktionsnedsättning", "Ekonomiskt bistånd"]),
        ("Miljö och boende", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa", "Bostadsanpassning"]),
        ("Trafik och resor", ["Gator och vägar", "Parkering", "Snöröjning", "Trafiksäkerhet"]),
        ("Kultur och fritid", ["Bibliotek", "Idrott och motion", "Fritidsgårdar", "Kulturskola"]),
        ("Politik och demokrati", ["Politik och nämnder", "Organisation", "Ekonomi och budget", "Synpunkter och klagomål"]),
        ("Medborgarservice", [], svc),
    ]
    s.hero = ("Välkommen till Bjärkesund", "Kommunen vid fjorden – här hittar du service och information.")
    s.shortcuts = [("Förskola", "/utbildning-och-barnomsorg#forskola", "Ansök om plats."),
                   ("Felanmälan gator", "/trafik-och-resor#gator-och-vagar", "Hål i vägen eller trasig belysning?"),
                   ("Bibliotek", "/kultur-och-fritid#bibliotek", "Öppettider och e-böcker.")]
    s.news = pick_news(s, ["vattenprover-badplatser", "ny-atervinningscentral", "budget-2026-antagen"], ["2025-06-30", "2025-04-02", "2024-11-20"])
    s.events, s.drift = EVENTS[2:5], "Inga driftstörningar."
    acc = [("Förskola och skola", "Ansökan om förskoleplats och fritidshem, skolval, skolskjuts och frågor om avgifter för barnomsorg."),
           ("Bygga och bo", "Blanketter för bygglov, nybyggnadskarta, bostadsanpassning och var din ansökan befinner sig."),
           ("Avfall, vatten och avlopp", "Hämtningsdagar, byte av kärl, slamtömning, vattenmätare och fakturor för vatten och avlopp."),
           ("Gator, parkering och trafik", "Felanmälan av gator och belysning, parkeringstillstånd och färdtjänst."),
           ("Stöd och omsorg", "Hur du ansöker om hemtjänst och vart du vänder dig med frågor om ekonomiskt bistånd."),
           ("Kultur och fritid", "Bokning av lokaler och idrottshallar, föreningsbidrag och kulturskolans kurser.")]
    items = "".join(
        f'<div class="accordion__item"><h3 class="accordion__heading"><button class="accordion__button" type="button" aria-expanded="false" aria-controls="acc-{i}">{E(h)}</button></h3>'
        f'<div class="accordion__panel" id="acc-{i}" role="region" hidden><p>{E(p)}</p></div></div>\n' for i, (h, p) in enumerate(acc, 1))
    service = (
        '<h1 class="page-title"><span class="field field--name-title">Medborgarservice</span></h1>\n'
        '<div class="clearfix text-formatted field field--name-body"><p class="ingress">Medborgarservice i Bjärkesund är kommunens gemensamma ingång för invånare, företagare och besökare. '
        'Vi tar emot dina frågor, ansökningar och felanmälningar och ser till att du får svar.</p></div>\n'
        '<div class="field field--name-field-paragraphs">\n<div class="paragraph paragraph--type--accordion">\n<h2>Vad kan vi hjälpa dig med?</h2>\n'
        '<p>Medborgarservice svarar på frågor inom alla kommunens verksamheter. Välj ett område för att se exempel:</p>\n'
        f'<div class="accordion">\n{items}</div>\n</div>\n'
        '<div class="paragraph paragraph--type--kontakt">\n<h2>Kontakta medborgarservice</h2>\n'
        '<p>Telefon: 031-390 06 20<br>E-post: <a href="mailto:medborgarservice@bjarkesund.se">medborgarservice@bjarkesund.se</a><br>'
        'Besöksadress: Rådhuset, Kyrkogatan 2</p>\n'
        + hours_table([("Måndag–fredag", "8.00–16.30"), ("Torsdag", "8.00–18.00")], "Öppettider")
        + '\n</div>\n<div class="paragraph paragraph--type--faktaruta"><h2>Bra att veta</h2>\n'
        '<p>Medborgarservice är en del av kommunstyrelseförvaltningen.</p>\n'
        '<p>Politiskt ansvarig: kommunalråd Anna Grén (C), kommunstyrelsens ordförande.</p>\n</div>\n</div>\n')
    s.extra_pages = [{"path": svc, "title": "Medborgarservice", "body": service}]
    s.std = {"lattlast": "/lattlast", "teckensprak": "/teckensprak", "tillg": "/tillganglighetsredogorelse", "kakor": "/kakor"}
    s.search = {"path": "/sok", "param": "keys"}
    s.search_hits = {"medborgarservice": [svc]}
    s.robots = "User-agent: *\nDisallow: /admin/\nDisallow: /user/\nDisallow: /core/\nSitemap: __ORIGIN__/sitemap.xml\n"
    return s


def site_9320() -> Site:
    svc = "/kommun-och-politik/kundcenter/"
    s = Site(code="9320", name="Orrnäsby", genitive="Orrnäsbys", lan_kod="24", lan="Västerbottens län",
             family="municipio", street="Storgatan 31", postcode="999 61", vaxel="0980-319 220",
             email="kommunen@orrnasby.se", orgnr="212000-9320", pop="8 900", work_street="Älvgatan",
             area_style="/{slug}/", news_style="/nyheter/{slug}/", news_index="/nyheter/", service_path=svc)
    s.areas = [
        ("Barn och utbildning", ["Förskola", "Grundskola", "Gymnasieskola", "Skolskjuts", "Läsårstider"]),
        ("Omsorg och stöd", ["Äldreomsorg", "Hemtjänst", "Stöd till barn och familj", "Ekonomiskt bistånd"]),
        ("Bygga, bo och miljö", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Energi- och klimatrådgivning"]),
        ("Trafik och infrastruktur", ["Gator och vägar", "Parkering", "Kollektivtrafik"]),
        ("Kultur och fritid", ["Bibliotek", "Föreningsliv", "Badplatser", "Kulturskola"]),
        ("Näringsliv och arbete", ["Starta företag", "Upphandling", "Lediga jobb"]),
        ("Kommun och politik", ["Politik och nämnder", "Ekonomi och budget", ("Kundcenter", svc), "Synpunkter och klagomål", "Allmänna handlingar"]),
        ("Uppleva och göra", ["Evenemang", "Natur och friluftsliv", "Sevärdheter"]),
    ]
    s.hero = ("Orrnäsby – mitt i naturen", "Nyheter, service och e-tjänster från Orrnäsby kommun.")
    s.shortcuts = [("Skolskjuts", "/barn-och-utbildning/#skolskjuts", "Ansök om skolskjuts för läsåret."),
                   ("Sophämtning", "/bygga-bo-och-miljo/#avfall-och-atervinning", "Se när dina sopor hämtas."),
                   ("Bibliotek", "/kultur-och-fritid/#bibliotek", "Låna och reservera.")]
    s.news = pick_news(s, ["snorojning-vintern", "sommarlovsaktiviteter", "oversiktsplan-samrad"], ["2025-11-25", "2025-05-20", "2025-03-10"])
    s.events, s.drift = EVENTS[:3], "Gatubelysningen på Älvgatan är släckt på grund av kabelfel. Felet åtgärdas under veckan."
    service = (
        '<h1>Kundcenter</h1>\n'
        '<p class="lead">Kundcenter är kommunens första kontakt för invånare, företag och besökare. '
        'Kundcenter är en enhet inom kommunledningsförvaltningen och leds av en kundcenterchef.</p>\n'
        '<h2>Frågor vi besvarar</h2>\n<dl class="c-definition-list">\n'
        '<dt>Barnomsorg och skola</dt><dd>Köplats i förskola, inkomstuppgift för barnomsorgsavgift, skolskjuts.</dd>\n'
        '<dt>Avfall och återvinning</dt><dd>Hämtningsdagar, byte av kärlstorlek, öppettider på återvinningscentralen.</dd>\n'
        '<dt>Vatten och avlopp</dt><dd>Vattenmätare, avläsning och frågor om din VA-faktura.</dd>\n'
        '<dt>Bygglov och kartor</dt><dd>Vilka blanketter du behöver och hur du beställer nybyggnadskarta.</dd>\n'
        '<dt>Parkering och gator</dt><dd>Parkeringstillstånd, felanmälan av gator och gatubelysning.</dd>\n'
        '<dt>Lokaler och evenemang</dt><dd>Bokning av idrottshallar och samlingslokaler.</dd>\n</dl>\n'
        '<h2>Kontakta kundcenter</h2>\n'
        '<p>Ring <a href="tel:+46980319230">0980-319 230</a> eller mejla kundcenter[at]orrnasby.se.</p>\n'
        '<p>Telefontid: måndag–fredag 8.00–16.00. Lunchstängt 12.00–12.30.</p>\n')
    kontakt = (
        '<h1>Kontakt</h1>\n<p class="lead">Så kontaktar du Orrnäsby kommun.</p>\n'
        '<h2>Växel</h2>\n<p>Telefon 0980-319 220, vardagar 7.30–16.30.</p>\n'
        '<h2>E-post och post</h2>\n<p>kommunen@orrnasby.se<br>Orrnäsby kommun, 999 61 Orrnäsby</p>\n'
        '<h2>Registrator</h2>\n<p>Handlingar till kommunen skickas till registrator, som diarieför dem.</p>\n')
    s.extra_pages = [{"path": svc, "title": "Kundcenter", "body": service}, {"path": "/kontakt/", "title": "Kontakt", "body": kontakt}]
    s.std = {"lattlast": "/lattlast/", "english": "/languages/", "tillg": "/tillganglighetsredogorelse/", "kakor": "/om-kakor/"}
    s.search = {"path": "/", "param": "s"}
    s.search_hits = {"kundcenter": [svc]}
    s.robots = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nSitemap: __ORIGIN__/sitemap.xml\n"
    return s


def site_9321() -> Site:
    svc = "/kommun-och-politik/kontakt-vrangeby/"
    s = Site(code="9321", name="Vrångeby", genitive="Vrångebys", lan_kod="13", lan="Hallands län",
             family="bootstrap", street="Torggatan 1", postcode="999 71", vaxel="031-390 06 30",
             email="kommun@vrangeby.se", orgnr="212000-9321", pop="13 400", work_street="Brogatan",
             area_style="/{slug}/", news_style="/nyheter/{slug}/", news_index="/nyheter/", service_path=svc)
    s.areas = [
        ("Förskola och skola", ["Förskola", "Grundskola", "Fritidshem", "Skolskjuts"]),
        ("Omsorg och stöd", ["Äldreomsorg", "Hemtjänst", "Särskilt boende", "Stöd vid funktionsnedsättning"]),
        ("Bygga, bo och miljö", ["Bygglov", "Detaljplaner", "Avfall och återvinning", "Vatten och avlopp"]),
        ("Trafik och infrastruktur", ["Gator och vägar", "Parkering", "Färdtjänst"]),
        ("Kultur och fritid", ["Bibliotek", "Idrott och motion", "Badplatser"]),
        ("Företag och arbete", ["Starta företag", "Tillstånd för företag", "Lediga jobb"]),
        ("Kommun och politik", ["Politik och nämnder", "Organisation", "Ekonomi och budget", "Synpunkter och klagomål"]),
    ]
    s.hero = ("Vrångeby kommun", "Nära till havet, nära till allt.")
    s.shortcuts = [("Förskola", "/forskola-och-skola/#forskola", "Ansök om plats."),
                   ("Bygglov", "/bygga-bo-och-miljo/#bygglov", "Ansök i e-tjänsten."),
                   ("Badplatser", "/kultur-och-fritid/#badplatser", "Vattentemperatur och provsvar."),
                   ("Lediga jobb", "/foretag-och-arbete/#lediga-jobb", "Jobba hos oss.")]
    s.news = pick_news(s, ["biblioteket-meroppet", "vagarbete-{st_slug}", "ny-forskola-invigs"], ["2025-10-08", "2025-08-25", "2025-06-12"])
    s.events, s.drift = EVENTS[1:4], "Inga driftstörningar just nu."
    s.area_extra = {"Kommun och politik": (
        '<div class="card mt-4"><div class="card-body"><h2 class="h5">Service</h2><ul class="list-unstyled mb-0">'
        f'<li><a href="{svc}">Kontakt Vrångeby</a></li><li><a href="/kommun-och-politik/#synpunkter-och-klagomal">Lämna en synpunkt</a></li>'
        '<li><a href="/kontakta-oss/">Kontakta oss</a></li></ul></div></div>')}
    cards = [("i-skola", "Förskola och skola", "Köplats, skolskjuts och läsårstider."),
             ("i-avfall", "Avfall och återvinning", "Hämtningsschema, kärlbyte och extratömning."),
             ("i-vatten", "Vatten och avlopp", "Vattenmätare, läckor och VA-fakturor."),
             ("i-bygg", "Bygga och bo", "Blanketter för bygglov och nybyggnadskarta."),
             ("i-trafik", "Gator och trafik", "Felanmälan, parkeringstillstånd och färdtjänst."),
             ("i-fritid", "Fritid", "Lokalbokning, badplatser och föreningsbidrag.")]
    sprite = ('<svg xmlns="http://www.w3.org/2000/svg" style="display:none">'
              + "".join(f'<symbol id="{i}" viewBox="0 0 16 16"><circle cx="8" cy="8" r="6"/></symbol>' for i, _t, _l in cards) + '</svg>')
    cardhtml = "".join(
        f'<div class="col"><div class="card h-100 text-center service-card"><div class="card-body">'
        f'<svg class="bi mb-2" width="32" height="32" aria-hidden="true"><use href="#{i}"></use></svg>'
        f'<h3 class="h6 card-title">{E(t)}</h3><p class="card-text small">{E(line)}</p></div></div></div>\n' for i, t, line in cards)
    service = (
        sprite + '\n<h1>Kontakt Vrångeby</h1>\n'
        '<p class="lead">Kontakt Vrångeby är kommunens gemensamma ingång för invånare, företagare och besökare. '
        'Ring, chatta eller kom förbi – vi löser det mesta direkt.</p>\n'
        f'<h2 class="h4 mt-4">Vi hjälper dig med</h2>\n<div class="row row-cols-1 row-cols-md-3 g-3 mb-4">\n{cardhtml}</div>\n'
        '<div class="row g-3"><div class="col-md-6"><div class="card"><div class="card-body"><h2 class="h5">Ring eller chatta</h2>'
        '<p class="mb-1"><a href="tel:+46313900640">031-390 06 40</a></p><p class="mb-2">Vardagar 8.00–16.30</p>'
        '<button type="button" class="btn btn-primary" id="open-chat">Chatta med oss</button></div></div></div>\n'
        '<div class="col-md-6"><div class="card"><div class="card-body"><h2 class="h5">Besök oss</h2>'
        '<p>Rådhuset, Torggatan 1<br>Måndag–torsdag 9.00–16.00, fredag 9.00–14.00</p></div></div></div></div>\n'
        '<h2 class="h5 mt-4">Ledning</h2>\n<p>Biträdande enhetschef för Kontakt Vrångeby: Petra Ek, <a href="tel:+46313900641">031-390 06 41</a></p>\n')
    kontakta = (
        '<h1>Kontakta oss</h1>\n<p class="lead">Vrångeby kommuns kontaktuppgifter.</p>\n'
        '<dl class="row"><dt class="col-sm-3">Växel</dt><dd class="col-sm-9">031-390 06 30</dd>'
        '<dt class="col-sm-3">E-post</dt><dd class="col-sm-9"><a href="mailto:kommun@vrangeby.se">kommun@vrangeby.se</a></dd>'
        '<dt class="col-sm-3">Postadress</dt><dd class="col-sm-9">Vrångeby kommun, 999 71 Vrångeby</dd>'
        '<dt class="col-sm-3">Registrator</dt><dd class="col-sm-9">registrator@vrangeby.se</dd></dl>\n'
        '<p>Kommunens politiker når du via <a href="/kommun-och-politik/#politik-och-namnder">Politik och nämnder</a>.</p>\n')
    s.extra_pages = [{"path": svc, "title": "Kontakt Vrångeby", "body": service},
                     {"path": "/kontakta-oss/", "title": "Kontakta oss", "body": kontakta}]
    s.std = {"lattlast": "/lattlast/", "english": "/in-english/", "tillg": "/tillganglighet/", "kakor": "/kakor/"}
    s.search = {"path": "/sok/", "param": "q"}
    s.search_hits = {"kontakt vrångeby": [svc], "kontakt": ["/kontakta-oss/", svc]}
    return s


def site_9322() -> Site:
    svc = "/servicekontoret.asp"
    old = "/nyheter/2017/servicekontorets-chef-gar-i-pension.asp"
    s = Site(code="9322", name="Kärrhamra", genitive="Kärrhamras", lan_kod="12", lan="Skåne län",
             family="table", street="Storgatan 18", postcode="999 81", vaxel="040-628 04 00",
             email="kommunen@karrhamra.se", orgnr="212000-9322", pop="9 700", work_street="Västergatan",
             area_style="/{slug}.asp", news_style="/nyheter/{slug}.asp", news_index="/nyheter.asp",
             service_path=svc, charset="iso-8859-1")
    s.areas = [
        ("Barn och utbildning", ["Förskola", "Grundskola", "Fritidshem", "Gymnasieskola", "Skolskjuts"]),
        ("Omsorg och stöd", ["Äldreomsorg", "Hemtjänst", "Särskilt boende", "Ekonomiskt bistånd"]),
        ("Bygga, bo och miljö", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa"]),
        ("Trafik och infrastruktur", ["Gator och vägar", "Parkering", "Färdtjänst"]),
        ("Kultur och fritid", ["Bibliotek", "Idrott och motion", "Föreningsliv"]),
        ("Kommun och politik", ["Politik och nämnder", "Ekonomi och budget", "Allmänna handlingar", "Kommunfakta"]),
    ]
    s.hero = ("Välkommen till Kärrhamra kommun", "Kommunen mellan slätten och havet.")
    s.shortcuts = [("Förskola", "/barn-och-utbildning.asp#forskola", "Ansökan och köregler."),
                   ("Sophämtning", "/bygga-bo-och-miljo.asp#avfall-och-atervinning", "Hämtningsdagar."),
                   ("Bygglov", "/bygga-bo-och-miljo.asp#bygglov", "Blanketter och handläggning.")]
    s.news = pick_news(s, ["ny-atervinningscentral", "vattenprover-badplatser", "budget-2026-antagen"], ["2025-10-14", "2025-07-01", "2024-11-26"])
    s.news.append({"slug": "servicekontorets-chef-gar-i-pension", "path": old, "date": "2017-05-12", "front": False,
                   "title": "Servicekontorets chef går i pension",
                   "teaser": "Bengt Åhl, som har lett servicekontoret sedan starten, går i pension i sommar.",
                   "body": "<p>Bengt Åhl går i pension den 30 juni efter 32 år i kommunen, varav de senaste fem som chef för servicekontoret. "
                           "Han var med och startade servicekontoret när det öppnade i kommunhusets entré 2012.</p>"
                           "<p>&ndash; Det har varit fantastiskt att se hur många kärrhamrabor som hittar till oss. I dag tar vi emot över hundra besök om dagen, säger Bengt Åhl.</p>"
                           "<p>Kommunen bjuder på tårta i kommunhusets entré fredagen den 23 juni klockan 14.</p>"})
    s.events, s.drift = EVENTS[:3], "Inga driftstörningar."
    s.footer_extra = ('<td valign="top"><font face="Verdana" size="1" color="#ffffff"><a href="/servicekontoret.asp"><font color="#ffffff"><b>Servicekontoret</b></font></a><br>'
                      'Telefon 040-628 04 50<br>Kommunhuset, Storgatan 18</font></td>')
    faq = [("Kan ni hjälpa mig att söka plats i förskolan?",
            "Ja. Vi hjälper dig att göra ansökan i e-tjänsten eller på blankett och svarar på frågor om köregler och avgifter."),
           ("Jag förstår inte min faktura för sophämtning eller vatten. Kan ni förklara den?",
            "Ja, vi svarar på frågor om avgifter för avfall, vatten och avlopp och kan rätta adress- och mottagaruppgifter."),
           ("Kan jag lämna in min bygglovsansökan hos er?",
            "Ja. Vi tar emot ansökan och kontrollerar att de handlingar som behövs finns med. Beslutet fattas av bygglovsenheten."),
           ("Var anmäler jag en trasig gatlykta eller ett hål i gatan?",
            "Hos oss. Vi skickar felanmälan vidare till gatuenheten och du kan följa ärendet."),
           ("Kan jag få hjälp att ansöka om färdtjänst eller parkeringstillstånd?",
            "Ja, vi har blanketterna och hjälper dig att fylla i dem."),
           ("Kan jag låna en dator för att använda kommunens e-tjänster?",
            "Ja, i entrén finns två datorer och vi hjälper dig att logga in med e-legitimation.")]
    faqhtml = "".join(f"<p><b>{E(q)}</b><br>{E(a)}</p>\n" for q, a in faq)
    service = (
        '<h1><font face="Georgia" color="#1e431e">Servicekontoret</font></h1>\n'
        '<p><b>Servicekontoret finns i kommunhusets entré och är kommunens gemensamma ingång för besök, telefon och e-post.</b></p>\n'
        f'<h2><font face="Georgia" size="4">Vanliga frågor till servicekontoret</font></h2>\n{faqhtml}'
        '<h2><font face="Georgia" size="4">Öppettider och kontakt</font></h2>\n'
        '<table border="0" cellpadding="3"><tr><td><font face="Verdana" size="2">Måndag&ndash;torsdag</font></td><td><font face="Verdana" size="2">8.00&ndash;16.30</font></td></tr>'
        '<tr><td><font face="Verdana" size="2">Fredag</font></td><td><font face="Verdana" size="2">8.00&ndash;15.00</font></td></tr></table>\n'
        '<p>Telefon: 040-628 04 50<br>Besöksadress: Kommunhuset, Storgatan 18, Kärrhamra</p>\n'
        '<h2><font face="Georgia" size="4">Historik</font></h2>\n'
        f'<p>Servicekontoret öppnade i mars 2012. Läs mer i nyhetsarkivet: <a href="{old}">Servicekontorets chef går i pension</a> (2017).</p>\n')
    s.extra_pages = [{"path": svc, "title": "Servicekontoret", "body": service}]
    s.std = {"lattlast": "/lattlast.asp", "english": "/in-english.asp", "tillg": "/tillganglighet.asp", "kakor": "/kakor.asp"}
    s.search = {"path": "/sok.asp", "param": "sokord"}
    s.search_hits = {"servicekontoret": [svc, old], "servicekontor": [svc, old]}
    s.aliases = {"/default.asp": "/"}
    return s


def site_9323() -> Site:
    svc = "/kommunservice/"
    s = Site(code="9323", name="Sävstrand", genitive="Sävstrands", kommun_full="Sävstrands kommun", lan_kod="03", lan="Uppsala län",
             family="optimizely", street="Strandvägen 7", postcode="999 91", vaxel="08-465 004 50",
             email="kommun@savstrand.se", orgnr="212000-9323", pop="19 800", work_street="Sjögatan",
             area_style="/{slug}/", news_style="/aktuellt/{slug}/", news_index="/aktuellt/", service_path=svc)
    s.areas = [
        ("Barn och utbildning", ["Förskola och pedagogisk omsorg", "Grundskola och förskoleklass", "Gymnasieskola", "Vuxenutbildning"]),
        ("Omsorg och stöd", ["Äldreomsorg", "Hemtjänst", "Stöd vid funktionsnedsättning", "Våld i nära relationer"]),
        ("Bygga, bo och miljö", ["Bygglov och anmälan", "Detaljplaner", "Avfall och återvinning", "Vatten och avlopp"]),
        ("Trafik och infrastruktur", ["Gator och vägar", "Parkering", "Kollektivtrafik", "Snöröjning"]),
        ("Kultur och fritid", ["Bibliotek", "Idrott och motion", "Kulturskola", "Badplatser"]),
        ("Näringsliv och arbete", ["Starta företag", "Upphandling", "Lediga jobb"]),
        ("Kommun och politik", ["Politik och nämnder", "Organisation", "Ekonomi och budget", "Val och demokrati"]),
        ("Kommunservice", [], svc),
    ]
    s.hero = ("Välkommen till Sävstrand", "Staden vid sjön – service och information från kommunen.")
    s.shortcuts = [("Förskola", "/barn-och-utbildning/#forskola-och-pedagogisk-omsorg", "Ansök om plats i förskola."),
                   ("Bygglov", "/bygga-bo-och-miljo/#bygglov-och-anmalan", "Så ansöker du."),
                   ("Parkering", "/trafik-och-infrastruktur/#parkering", "Tillstånd och avgifter."),
                   ("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb", "Jobba hos oss.")]
    s.news = pick_news(s, ["oversiktsplan-samrad", "biblioteket-meroppet", "snorojning-vintern"], ["2025-10-01", "2025-02-03", "2024-12-05"])
    s.events, s.drift = EVENTS[2:5], "Inga driftstörningar."
    service = (
        '<h1>Kommunservice</h1>\n'
        '<p class="preamble">Välkommen till Kommunservice – din väg in till Sävstrands kommun. Vi finns här för dig, på det sätt som passar dig bäst.</p>\n'
        '<div class="row contact-blocks">\n'
        '<div class="block contactblock col-md-6"><h2>Ring oss</h2><p><a href="tel:+46846500460">08-465 004 60</a></p><p>Telefontid måndag–fredag 8.00–16.30</p></div>\n'
        '<div class="block contactblock col-md-6"><h2>Mejla oss</h2><p><a href="mailto:kommunservice@savstrand.se">kommunservice@savstrand.se</a></p><p>Vi svarar inom två arbetsdagar.</p></div>\n'
        '<div class="block contactblock col-md-6"><h2>Chatta med oss</h2><p><button type="button" class="chat-launcher" data-queue="kommunservice">Starta chatten</button></p><p>Chatten är öppen vardagar 9.00–15.00.</p></div>\n'
        '<div class="block contactblock col-md-6"><h2>Besök oss</h2><p>Medborgarhuset, Strandvägen 7</p>'
        + hours_table([("Måndag–torsdag", "8.00–17.00"), ("Fredag", "8.00–15.00"), ("Lördag", "Stängt")], "Öppettider")
        + '</div>\n</div>\n'
        '<div class="block personblock"><h2>Ansvarig</h2><p><strong>Ola Persson</strong><br>Enhetschef Kommunservice<br><a href="tel:+46846500461">08-465 004 61</a></p></div>\n')
    s.extra_pages = [{"path": svc, "title": "Kommunservice", "body": service}]
    s.std = {"lattlast": "/lattlast/", "teckensprak": "/teckensprak/", "tillg": "/om-webbplatsen/tillganglighet/", "kakor": "/om-webbplatsen/kakor/"}
    s.search = {"path": "/sok/", "param": "q"}
    s.search_hits = {"kommunservice": [svc]}
    s.redirects = {"/kommunservice": [svc, 301]}
    return s


def site_9324() -> Site:
    svc = "/invanarservice.html"
    s = Site(code="9324", name="Myrtuna", genitive="Myrtunas", lan_kod="10", lan="Blekinge län",
             family="soup", street="Storgatan 5", postcode="999 12", vaxel="040-628 04 70",
             email="myrtuna.kommun@myrtuna.se", orgnr="212000-9324", pop="7 300", work_street="Bruksgatan",
             area_style="/{slug}.html", news_style="/nyheter/{slug}.html", news_index="/nyheter.html", service_path=svc)
    s.areas = [
        ("Förskola och skola", ["Förskola", "Grundskola", "Fritidshem", "Skolskjuts"]),
        ("Stöd och omsorg", ["Äldreomsorg", "Hemtjänst", "Ekonomiskt bistånd", "Stöd till barn och familj"]),
        ("Bo och bygga", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Bostadsanpassning"]),
        ("Trafik och resor", ["Gator och vägar", "Parkering", "Färdtjänst"]),
        ("Fritid och kultur", ["Bibliotek", "Föreningsliv", "Fritidsgårdar", "Badplatser"]),
        ("Företag och arbete", ["Starta företag", "Upphandling", "Lediga jobb"]),
        ("Kommun och politik", ["Politik och nämnder", "Organisation", "Ekonomi och budget", "Synpunkter och klagomål"]),
    ]
    s.hero = ("Myrtuna kommun", "Välkommen till bruksorten i skogen.")
    s.shortcuts = [("Förskola", "/forskola-och-skola.html#forskola", "Ansök om plats."),
                   ("Sophämtning", "/bo-och-bygga.html#avfall-och-atervinning", "Hämtningsdagar."),
                   ("Lediga jobb", "/foretag-och-arbete.html#lediga-jobb", "Sök jobb hos oss."),
                   ("Bibliotek", "/fritid-och-kultur.html#bibliotek", "Öppettider.")]
    s.news = pick_news(s, ["sommarlovsaktiviteter", "ny-forskola-invigs", "vagarbete-{st_slug}"], ["2025-05-27", "2025-03-18", "2024-09-09"])
    s.events, s.drift = EVENTS[:2], "Inga driftstörningar."
    s.area_extra = {"Kommun och politik": (
        '<h2 id="service-och-bemotande">Service och bemötande</h2>\n<p>Kommunen vill ge alla ett gott bemötande. '
        'Har du frågor om kommunens verksamheter kan du vända dig till <a href="/invanarservice.html">Invånarservice</a>.</p>')}
    service = (
        '<h1>Invånarservice</h1>\n'
        '<div class="in1">Invånarservice hjälper dig som bor i Myrtuna med frågor om kommunens verksamheter.</div>\n'
        '<h2>Hos oss kan du få hjälp med</h2>\n<ul class="l3">\n<li>ansökan om förskoleplats och skolskjuts</li>\n'
        '<li>parkeringstillstånd för personer med rörelsehinder</li>\n<li>hämtningsschema för sopor och slamtömning</li>\n'
        '<li>bokning av föreningslokaler och idrottshallen</li>\n<li>information om bygglov och vilka handlingar som behövs</li>\n</ul>\n'
        '<h2>Kontakt</h2>\n<div class="in2">Skicka din fråga till <a href="mailto:invanarservice@myrtuna.se">invanarservice@myrtuna.se</a> så svarar vi inom två arbetsdagar. '
        'Vill du hellre prata med någon kan du ringa kommunens växel och be att få bli kopplad.</div>\n'
        '<div class="in3">Har du synpunkter på hur invånarservice fungerar? Prata med Lisa Berg, som du också når via växeln.</div>\n')
    kontakt = (
        '<h1>Kontakt</h1>\n<div class="in1">Myrtuna kommun, 999 12 Myrtuna</div>\n'
        '<div class="in2">Växel: 040-628 04 70 (vardagar 8–16)<br>E-post: <a href="mailto:myrtuna.kommun@myrtuna.se">myrtuna.kommun@myrtuna.se</a></div>\n'
        '<div class="in2">Besöksadress: Kommunhuset, Storgatan 5</div>\n<div class="in3">Allmänna handlingar begär du hos registrator.</div>\n')
    s.extra_pages = [{"path": svc, "title": "Invånarservice", "body": service}, {"path": "/kontakt.html", "title": "Kontakt", "body": kontakt}]
    s.std = {"lattlast": "/lattlast.html", "english": "/english.html", "tillg": "/tillganglighet.html", "kakor": "/kakor.html"}
    s.search = {"path": "/sok.html", "param": "q"}
    s.search_hits = {"invånarservice": [svc]}
    return s


def site_9325() -> Site:
    svc = "/index.php/kommun-och-politik/medborgarkontoret"
    chief = "/index.php/nyheter/ny-chef-for-medborgarkontoret"
    pdf = "/images/dokument/medborgarkontoret-broschyr.pdf"
    s = Site(code="9325", name="Tjäderås", genitive="Tjäderås", kommun_full="Tjäderås kommun", lan_kod="20", lan="Dalarnas län",
             family="joomla", street="Torget 3", postcode="999 22", vaxel="0980-319 250",
             email="kommunen@tjaderas.se", orgnr="212000-9325", pop="10 100", work_street="Bergsgatan",
             area_style="/index.php/{slug}", news_style="/index.php/nyheter/{slug}", news_index="/index.php/nyheter", service_path=svc)
    s.areas = [
        ("Barn och utbildning", ["Förskola", "Grundskola", "Gymnasieskola", "Vuxenutbildning"]),
        ("Omsorg och stöd", ["Äldreomsorg", "Hemtjänst", "Särskilt boende", "Ekonomiskt bistånd"]),
        ("Bygga, bo och miljö", ["Bygglov", "Kartor och mätning", "Avfall och återvinning", "Vatten och avlopp"]),
        ("Trafik och infrastruktur", ["Gator och vägar", "Parkering", "Snöröjning"]),
        ("Kultur och fritid", ["Bibliotek", "Idrott och motion", "Föreningsliv", "Kulturskola"]),
        ("Näringsliv och arbete", ["Starta företag", "Upphandling", "Lediga jobb"]),
        ("Kommun och politik", ["Politik och nämnder", "Organisation", "Ekonomi och budget", "Allmänna handlingar"]),
        ("Uppleva och göra", ["Evenemang", "Natur och friluftsliv", "Sevärdheter"]),
    ]
    s.hero = ("Välkommen till Tjäderås", "Fjällnära och full av liv – nyheter och service från kommunen.")
    s.shortcuts = [("Förskola", "/index.php/barn-och-utbildning#forskola", "Ansök om plats."),
                   ("Snöröjning", "/index.php/trafik-och-infrastruktur#snorojning", "Så plogar vi."),
                   ("Lediga jobb", "/index.php/naringsliv-och-arbete#lediga-jobb", "Jobba i Tjäderås.")]
    s.news = pick_news(s, ["snorojning-vintern", "oversiktsplan-samrad", "sommarlovsaktiviteter"], ["2025-11-12", "2025-09-22", "2025-05-19"])
    s.news.append({"slug": "ny-chef-for-medborgarkontoret", "path": chief, "date": "2025-01-20", "front": False,
                   "title": "Sara Lundqvist blir ny chef för medborgarkontoret",
                   "teaser": "Sara Lundqvist har anställts som enhetschef för medborgarkontoret och tillträder den 1 februari.",
                   "body": "<p>Sara Lundqvist kommer närmast från Arbetsförmedlingen, där hon har varit sektionschef. "
                           "Som enhetschef för medborgarkontoret leder hon de sex medarbetarna i bibliotekshuset.</p>"
                           "<p>&ndash; Medborgarkontoret är kommunens ansikte utåt. Jag vill att fler ska upptäcka att vi finns, säger Sara Lundqvist.</p>"})
    s.events, s.drift = EVENTS[:3], "Inga driftstörningar."
    service = (
        '<div class="page-header"><h1>Medborgarkontoret</h1></div>\n'
        '<dl class="article-info text-muted"><dt class="article-info-term">Detaljer</dt><dd class="modified">Senast uppdaterad: 2025-03-04</dd></dl>\n'
        '<div class="com-content-article__body">\n'
        '<p><strong>På medborgarkontoret i bibliotekshuset får du personlig service och vägledning. Du är välkommen att besöka oss, ringa eller mejla.</strong></p>\n'
        '<h2>Vad kan vi hjälpa dig med?</h2>\n<p>I vår broschyr kan du läsa om vilka ärenden du kan få hjälp med hos oss.</p>\n'
        f'<p><a href="{pdf}" class="pdf-link" type="application/pdf">Medborgarkontoret – så kan vi hjälpa dig (pdf, 1 sida)</a></p>\n'
        '<h2>Kontakt och öppettider</h2>\n<p>Besöksadress: Bibliotekshuset, Torget 3, Tjäderås</p>\n'
        + hours_table([("Måndag–torsdag", "10.00–18.00"), ("Fredag", "10.00–16.00"), ("Lördag", "10.00–14.00")], "Öppettider", "table table-sm")
        + '\n<p>Telefon: 0980-319 255<br>E-post: <a href="mailto:medborgarkontoret@tjaderas.se">medborgarkontoret@tjaderas.se</a></p>\n'
        f'<h2>Nyheter om medborgarkontoret</h2>\n<ul><li><a href="{chief}">Sara Lundqvist blir ny chef för medborgarkontoret</a> (2025-01-20)</li></ul>\n</div>\n')
    kontakta = (
        '<div class="page-header"><h1>Kontakta oss</h1></div>\n<div class="com-content-article__body">\n'
        '<p>Växel: 0980-319 250, vardagar 8.00–16.30<br>E-post: <a href="mailto:kommunen@tjaderas.se">kommunen@tjaderas.se</a><br>Postadress: Tjäderås kommun, 999 22 Tjäderås</p>\n'
        f'<h2>Fler vägar in</h2>\n<ul><li><a href="{svc}">Medborgarkontoret</a></li><li><a href="/index.php/trafik-och-infrastruktur#gator-och-vagar">Felanmälan</a></li>'
        '<li><a href="/index.php/kommun-och-politik#allmanna-handlingar">Begär ut allmänna handlingar</a></li></ul>\n</div>\n')
    s.extra_pages = [{"path": svc, "title": "Medborgarkontoret", "body": service},
                     {"path": "/index.php/kontakta-oss", "title": "Kontakta oss", "body": kontakta}]
    s.pdf = (pdf, "medborgarkontoret-broschyr.pdf", make_pdf([
        "Medborgarkontoret i Tjäderås – så kan vi hjälpa dig",
        "",
        "Hos oss kan du få hjälp med:",
        "• ansökan om förskoleplats och skolskjuts",
        "• blanketter för bygglov och beställning av nybyggnadskarta",
        "• färdtjänst och parkeringstillstånd",
        "• sophämtning och avgifter för vatten och avlopp",
        "• kommunens e-tjänster och e-legitimation",
        "• bokning av lokaler och idrottshallar",
        "",
        "Besök: Bibliotekshuset, Torget 3. Telefon 0980-319 255.",
        "medborgarkontoret@tjaderas.se",
    ]))
    s.std = {"lattlast": "/index.php/lattlast", "english": "/index.php/in-english", "tillg": "/index.php/tillganglighetsredogorelse", "kakor": "/index.php/kakor"}
    s.search = {"path": "/index.php/sok", "param": "q"}
    s.search_hits = {"medborgarkontoret": [svc, chief], "medborgarkontor": [svc, chief]}
    s.robots = "User-agent: *\nDisallow: /administrator/\nDisallow: /cache/\nDisallow: /tmp/\nSitemap: __ORIGIN__/sitemap.xml\n"
    return s


def site_9326() -> Site:
    sff = "/naringsliv-och-arbete/servicecenter-for-foretag"
    s = Site(code="9326", name="Hästvik", genitive="Hästviks", kommun_full="Hästviks kommun", lan_kod="17", lan="Värmlands län",
             family="next", street="Kulturhusgatan 1", postcode="999 32", vaxel="031-390 06 70",
             email="hastviks.kommun@hastvik.se", orgnr="212000-9326", pop="14 600", work_street="Verkstadsgatan",
             area_style="/{slug}", news_style="/nyheter/{slug}", news_index="/nyheter", service_path="")
    s.areas = [
        ("Förskola och skola", ["Förskola", "Grundskola", "Fritidshem", "Gymnasieskola"]),
        ("Omsorg och stöd", ["Äldreomsorg", "Hemtjänst", "Stöd vid funktionsnedsättning"]),
        ("Bo och bygga", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Detaljplaner"]),
        ("Trafik och resor", ["Gator och vägar", "Parkering", "Kollektivtrafik"]),
        ("Fritid och kultur", ["Bibliotek", "Idrott och motion", "Badplatser"]),
        ("Näringsliv och arbete", ["Starta företag", ("Servicecenter för företag", sff), "Upphandling", "Lediga jobb"]),
        ("Kommun och politik", ["Politik och nämnder", "Organisation", "Ekonomi och budget", "Synpunkter och klagomål"]),
    ]
    s.hero = ("Hästvik – staden vid bruket", "Nyheter, service och e-tjänster från Hästviks kommun.")
    s.shortcuts = [("Förskola", "/forskola-och-skola#forskola", "Ansök om plats."),
                   ("Bygglov", "/bo-och-bygga#bygglov", "Så ansöker du."),
                   ("Lediga jobb", "/naringsliv-och-arbete#lediga-jobb", "Jobba i Hästvik.")]
    s.news = [{"slug": "hastvik-energi-oppnar-kundtjanst", "date": "2025-10-28",
               "title": "Hästvik Energi öppnar kundtjänst i centrum",
               "teaser": "Det kommunägda energibolaget Hästvik Energi AB öppnar en kundtjänst för el och fjärrvärme i Kulturhuset.",
               "body": "<p>Från den 3 november kan du besöka Hästvik Energi AB:s kundtjänst i Kulturhuset med frågor om elavtal, fjärrvärme och fiber.</p>"
                       "<p>Kundtjänsten är öppen vardagar 9–16. Hästvik Energi ägs av kommunen genom Hästviks Stadshus AB.</p>"}]
    s.news += pick_news(s, ["ny-atervinningscentral", "budget-2026-antagen"], ["2025-09-30", "2024-11-25"])
    s.events, s.drift = EVENTS[1:4], "Fjärrvärmen är avstängd på Verkstadsgatan den 2 december 8–12 (Hästvik Energi)."
    s.footer_extra = ('<div class="Footer_col__kN2iB"><h2>Bolag</h2><p>Hästviksbostäder kundcenter<br>031-390 06 80</p>'
                      '<p>Hästvik Energi kundtjänst<br>031-390 06 85</p></div>')
    sffbody = (
        '<h1>Servicecenter för företag</h1>\n'
        '<p class="Article_lead__Yt2Wq">Servicecenter för företag är din väg in till kommunen när du driver eller vill starta företag.</p>\n'
        '<h2>Vi hjälper dig med</h2>\n<ul><li>tillstånd för servering, tobak och livsmedel</li><li>lediga lokaler och mark för verksamheter</li>'
        '<li>kontakter med kommunens handläggare inför bygglov</li><li>upphandlingar och hur du lämnar anbud</li></ul>\n'
        '<h2>Kontakt</h2>\n<p>Telefon 031-390 06 75<br>E-post foretag@hastvik.se<br>Öppet vardagar 8–16</p>\n'
        '<p>Enhetschef för Servicecenter för företag: Tomas Vik</p>\n')
    kontakta = (
        '<h1>Kontakta oss</h1>\n<p class="Article_lead__Yt2Wq">Så når du Hästviks kommun.</p>\n'
        '<h2>Växel</h2>\n<p>Telefon 031-390 06 70. Växeln är öppen vardagar 7.30–16.30 och kopplar dig vidare till rätt person eller verksamhet.</p>\n'
        '<h2>E-post och post</h2>\n<p>hastviks.kommun@hastvik.se<br>Hästviks kommun, 999 32 Hästvik</p>\n'
        '<h2>Besöksadress</h2>\n<p>Kommunhuset, Kulturhusgatan 1</p>\n'
        '<h2>Frågor till andra myndigheter</h2>\n<p>Frågor om folkbokföring, id-kort och föräldrapenning besvaras av Skatteverket och Försäkringskassan '
        'på Statens servicecenter i Kulturhuset.</p>\n')
    s.extra_pages = [{"path": sff, "title": "Servicecenter för företag", "body": sffbody},
                     {"path": "/kontakta-oss", "title": "Kontakta oss", "body": kontakta}]
    s.std = {"lattlast": "/lattlast", "english": "/in-english", "tillg": "/tillganglighetsredogorelse", "kakor": "/kakor"}
    s.search = {"path": "/sok", "param": "q"}
    s.search_hits = {"servicecenter": [sff], "kundtjänst": ["/nyheter/hastvik-energi-oppnar-kundtjanst"]}
    return s


SITE_FUNCS = [site_9317, site_9318, site_9319, site_9320, site_9321, site_9322, site_9323, site_9324, site_9325, site_9326]


def file_name(path: str) -> str:
    p = path.strip("/")
    if not p:
        return "index.html"
    for suf in (".html", ".asp"):
        if p.endswith(suf):
            p = p[: -len(suf)]
    return p.replace("/", "__").replace("index.php__", "") + ".html"


def build(site: Site) -> None:
    d = SITES_DIR / site.code
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    render = RENDERERS[site.family]
    pages: list[dict] = [{"path": site.front_path, "title": site.kommun_full, "front": True}]
    for area in site.areas:
        if len(area) > 2 and area[2]:
            continue
        pages.append({"path": site.area_href(area), "title": area[0], "body": area_body(site, area), "area": area[0]})
    pages.append({"path": site.news_index, "title": "Nyheter", "body": news_index_body(site)})
    for n in site.news:
        pages.append({"path": site.news_href(n), "title": n["title"], "body": news_body(n)})
    pages += site.extra_pages
    pages += std_pages(site, site.std)
    manifest_pages: dict = {}
    enc = site.charset
    ctype = None if enc == "utf-8" else f"text/html; charset={enc}"
    seen = set()
    for p in pages:
        if p["path"] in seen:
            raise SystemExit(f"{site.code}: duplicate path {p['path']}")
        seen.add(p["path"])
        fn = file_name(p["path"])
        text = render(site, p)
        (d / fn).write_bytes(text.encode(enc, errors="xmlcharrefreplace"))
        manifest_pages[p["path"]] = fn if ctype is None else {"file": fn, "content_type": ctype}
    for alias, target in site.aliases.items():
        manifest_pages[alias] = manifest_pages[target]
    if getattr(site, "pdf", None):
        path, fn, data = site.pdf
        (d / fn).write_bytes(data)
        manifest_pages[path] = fn
    tpl = render(site, {"path": site.search["path"], "title": "Sök", "body": "<h1>Sök</h1>\n<!--SEARCH_RESULTS-->\n"})
    (d / "sok.html").write_bytes(tpl.encode(enc, errors="xmlcharrefreplace"))
    manifest = {
        "kommunkod": site.code, "kommun": site.name, "lan_kod": site.lan_kod, "lan": site.lan, "family": site.family,
        "pages": manifest_pages, "redirects": site.redirects, "robots": site.robots,
        "sitemap": [p for p in manifest_pages if p not in site.aliases],
        "search": {**site.search, "hits": site.search_hits,
                   "template": "sok.html" if ctype is None else {"file": "sok.html", "content_type": ctype}},
        "front_status": None,
    }
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    SITES_DIR.mkdir(exist_ok=True)
    for f in SITE_FUNCS:
        s = f()
        build(s)
        print(s.code, s.name, len(list((SITES_DIR / s.code).glob("*.html"))), "html files")


if __name__ == "__main__":
    main()
