"""Write tests/blind6/sites/ (a typing aid; the written files are the corpus, labels are by hand).

    python3 tests/blind6/tools/build_sites.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chrome import FAMILIES, esc
from common import AREAS, KAKOR, NEWS_POOL, TILLG, area_nav, area_page_main, front_sections, slug

ROOT = Path(__file__).resolve().parent.parent / "sites"
K = "svelte-1m7qj2x"

SEC = {
    "angular": lambda k, h, i: (f"<app-section _ngcontent-ng-c2817><section class=\"block block--{k}\">"
                                f"<h2 class=\"block__title\">{h}</h2>{i}</section></app-section>"),
    "contao": lambda k, h, i: (f"<div class=\"mod_article block\" id=\"article-{k}\"><div class=\"ce_headline\"><h2>{h}</h2></div>"
                               f"<div class=\"ce_text block\">{i}</div></div>"),
    "plone": lambda k, h, i: (f"<div class=\"portlet portlet-{k}\"><div class=\"portletHeader\"><h2>{h}</h2></div>"
                              f"<div class=\"portletContent\">{i}</div></div>"),
    "hubspot": lambda k, h, i: (f"<div class=\"row-fluid-wrapper row-depth-1 dnd-section\"><div class=\"row-fluid\"><div class=\"span12 widget-span "
                                f"widget-type-cell dnd-column\"><div class=\"hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module "
                                f"module-{k}\"><h2>{h}</h2>{i}</div></div></div></div>"),
    "bulma": lambda k, h, i: (f"<section class=\"section section-{k}\"><div class=\"container\"><h2 class=\"title is-4\">{h}</h2>"
                              f"<div class=\"content\">{i}</div></div></section>"),
    "foundation": lambda k, h, i: (f"<div class=\"grid-x grid-margin-x\"><div class=\"cell\"><div class=\"card card-{k}\"><div class=\"card-divider\">"
                                   f"<h2>{h}</h2></div><div class=\"card-section\">{i}</div></div></div></div>"),
    "svelte": lambda k, h, i: f"<section class=\"s-{k} {K}\"><h2 class=\"{K}\">{h}</h2>{i}</section>",
    "amp": lambda k, h, i: f"<section class=\"px3 mb4 ampstart-{k}\"><h2 class=\"h3\">{h}</h2>{i}</section>",
    "enonic": lambda k, h, i: f"<div data-portal-component-type=\"part\" class=\"xp-part-{k}\"><h2>{h}</h2>{i}</div>",
    "concrete": lambda k, h, i: (f"<div class=\"ccm-block-{k} ccm-custom-style-container\"><h2 class=\"ccm-block-title\">{h}</h2>"
                                 f"{i}</div>"),
}

INTROS = {
    "barn-och-utbildning": "Här hittar du information om förskola, skola och vuxenutbildning i kommunen.",
    "omsorg-och-hjalp": "Stöd och hjälp för dig som är äldre, har en funktionsnedsättning eller behöver ekonomiskt bistånd.",
    "bygga-bo-och-miljo": "Bygglov, detaljplaner, avfall, vatten och avlopp och kommunens miljöarbete.",
    "trafik-och-infrastruktur": "Gator, parkering, snöröjning och bredband – och hur du gör en felanmälan.",
    "kultur-och-fritid": "Bibliotek, bad, idrott och friluftsliv för alla åldrar.",
    "naringsliv-och-arbete": "För dig som driver eller vill starta företag, och för dig som söker arbete.",
    "kommun-och-politik": "Så styrs kommunen: politiken, ekonomin, protokollen och allmänna handlingar.",
}


class Site:
    def __init__(self, **kw):
        self.s = kw
        self.s.setdefault("search", {"path": "/sok/", "param": "q"})
        self.pages: dict = {}
        self.files: dict[str, str] = {}
        self.redirects: dict = kw.pop("redirects", {})

    def title(self, t: str) -> str:
        return t if t == self.s.get("front_title") else f"{t} {self.s.get('sep', '-')} {self.s['kommun']} kommun"

    def add(self, path: str, file: str, title: str, main: str, front: bool = False, ctype: str | None = None):
        fam = FAMILIES[self.s["family"]]
        self.files[file] = fam(self.s, title if front else self.title(title), main, front)
        self.pages[path] = {"file": file, "content_type": ctype} if ctype else file

    def front(self, hero: str, news=None, path: str = "/"):
        sec = SEC[self.s["family"]]
        main = hero + "\n" + front_sections(self.s, sec, news)
        self.add(path, "index.html", self.s["front_title"], main, front=True)

    def areas(self, extra: dict | None = None):
        extra = extra or {}
        for label, sl, _ in AREAS:
            if any(it["href"] == f"/{sl}/" for it in self.s["nav"]):
                self.add(f"/{sl}/", f"{sl}.html", label, area_page_main(label, sl, INTROS[sl], extra.get(sl, "")))

    def std(self):
        self.add("/om-webbplatsen/kakor", "kakor.html", "Kakor", f"<h1>Kakor på webbplatsen</h1>{KAKOR}")
        self.add("/om-webbplatsen/tillganglighetsredogorelse", "tillganglighet.html", "Tillgänglighetsredogörelse",
                 f"<h1>Tillgänglighetsredogörelse</h1>{TILLG}")
        self.files["sok.html"] = FAMILIES[self.s["family"]](self.s, self.title("Sök"), "<h1>Sökresultat</h1>\n<!--SEARCH_RESULTS-->", False)

    def write(self, robots: str | None = None, sitemap: list | None = None, hits: dict | None = None,
              front_status=None, extra_manifest: dict | None = None):
        d = ROOT / self.s["code"]
        d.mkdir(parents=True, exist_ok=True)
        for old in d.iterdir():
            old.unlink()
        for name, text in self.files.items():
            (d / name).write_text(text, encoding="utf-8")
        sp = dict(self.s["search"])
        sp["hits"] = hits or {}
        sp["template"] = "sok.html"
        m = {"kommunkod": self.s["code"], "kommun": self.s["kommun"], "lan_kod": self.s["lan_kod"], "lan": self.s["lan"],
             "family": self.s["family"], "pages": dict(sorted(self.pages.items())), "redirects": self.redirects,
             "robots": robots if robots is not None else "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
             "sitemap": sitemap if sitemap is not None else sorted(p for p in self.pages),
             "search": sp, "front_status": front_status}
        if extra_manifest:
            m.update(extra_manifest)
        (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def base(code, kommun, family, lan_kod, lan, vaxel, domain, street, post, **kw):
    return Site(code=code, kommun=kommun, family=family, lan_kod=lan_kod, lan=lan, vaxel=vaxel,
                email=f"kommun@{domain}", domain=domain, slug=kommun.lower(),
                address=f"{kommun} kommun, {street}, {post} {kommun}", orgnr=kw.pop("orgnr"),
                front_title=kw.pop("front_title", f"Startsida - {kommun} kommun"), **kw)


def contact_generic(site: Site, path: str, file: str, h1: str, extra: str = "", title: str | None = None):
    s = site.s
    body = (f"<h1>{esc(h1)}</h1>\n<p>Du når alla kommunens verksamheter via växeln. Vill du skicka handlingar till "
            f"kommunen gör du det till registraturen.</p>\n<h2>Växel</h2><p>Telefon {esc(s['vaxel'])}</p>\n"
            f"<h2>Registratur</h2><p>E-post: {esc(s['email'])}<br>Postadress: {s['address']}</p>\n{extra}")
    site.add(path, file, title or h1, body)


SITES = []


def site(fn):
    SITES.append(fn)
    return fn


# ============================================================== 9801 Tjärnbacka (angular) 5
@site
def s9801():
    st = base("9801", "Tjärnbacka", "angular", "20", "Dalarnas län", "0980-319 200", "tjarnbacka.example",
              "Kommunhuset, Bergsgatan 1", "999 11", orgnr="212099-0181", sep="|",
              topbar_extra=[("Servicecentrum", "/servicecentrum/")],
              footer_extra="<div class=\"site-footer__col\"><h2>Kommunala bolag</h2><p>Tjärnbacka Energi AB – kundservice för el "
                           "och fjärrvärme: 0980-319 290</p><p><a href=\"/kontakt/\">Kontakta kommunen</a></p></div>",
              about="Tjärnbacka är en skogskommun med drygt 11 000 invånare, tre tätorter och över hundra sjöar. "
                    "Här finns gott om plats att bo, bygga och driva företag, och naturen börjar där gatan slutar.")
    st.s["nav"] = area_nav()
    hero = ("<section _ngcontent-ng-c2817 class=\"hero\"><div class=\"hero__inner\"><h1>Välkommen till Tjärnbacka kommun</h1>"
            "<p>Sök på webbplatsen eller välj en genväg.</p><ul class=\"hero__shortcuts\">"
            "<li><a href=\"/barn-och-utbildning/forskola/\">Förskola</a></li><li><a href=\"/bygga-bo-och-miljo/avfall-och-atervinning/\">Sophämtning</a></li>"
            "<li><a href=\"/lediga-jobb/\">Lediga jobb</a></li><li><a href=\"/e-tjanster/felanmalan\">Felanmälan</a></li></ul></div></section>")
    st.front(hero)
    st.areas()
    st.add("/servicecentrum/", "servicecentrum.html", "Servicecentrum", """
<nav class="breadcrumb" aria-label="Brödsmulor"><a href="/">Start</a> / <span>Servicecentrum</span></nav>
<h1>Servicecentrum</h1>
<p class="lead">Hit kan du vända dig med de flesta frågor till kommunen. På servicecentrumet får du svar direkt
i åtta fall av tio – och om vi inte kan svara själva ser vi till att rätt person ringer upp dig.</p>
<h2>Vanliga frågor till oss</h2>
<h3>Hur ställer jag mitt barn i kö till förskolan?</h3>
<p>Du ansöker i e-tjänsten senast fyra månader innan du behöver platsen. Vi kan hjälpa dig att fylla i ansökan.</p>
<h3>Hur beställer jag ett större sopkärl eller en extra tömning?</h3>
<p>Ring eller chatta med oss, så lägger vi in beställningen direkt i abonnemanget.</p>
<h3>Behöver jag bygglov för ett attefallshus?</h3>
<p>Nej, men du behöver göra en anmälan. Vi berättar vilka handlingar som ska vara med och bokar tid hos en bygglovshandläggare.</p>
<h3>Hur ansöker jag om parkeringstillstånd för rörelsehindrade?</h3>
<p>Ansökan görs på en blankett som du får hos oss. Vi skickar den hem till dig om du vill.</p>
<h2>Så når du oss</h2>
<p><a class="mdc-button mdc-button--raised" href="tel:+46980319210">Ring oss</a>
<button _ngcontent-ng-c2817 type="button" class="mdc-button chat-launcher" aria-haspopup="dialog">Chatta med oss</button></p>
<p>Vi svarar i telefon och chatt vardagar mellan 8 och 17, fredagar till 15.</p>
<h2>Om oss</h2>
<p>Servicecentrum leds av verksamhetschef Helena Björk, som också ansvarar för kommunens växel och reception.
Vi är tolv medarbetare.</p>
""")
    contact_generic(st, "/kontakt/", "kontakt.html", "Kontakta kommunen",
                    "<p>Har du en fråga? Börja gärna hos <a href=\"/servicecentrum/\">Servicecentrum</a>.</p>")
    st.std()
    st.write(hits={"servicecentrum": ["/servicecentrum/"], "kontaktcenter": ["/servicecentrum/"],
                   "servicecenter": ["/servicecentrum/"], "kundtjänst": ["/servicecentrum/"]})


# ============================================================== 9802 Hagnäs (contao) 4
@site
def s9802():
    st = base("9802", "Hagnäs", "contao", "14", "Västra Götalands län", "031-390 06 00", "hagnas.example",
              "Rådhuset, Kvarngatan 4", "999 22", orgnr="212099-0282", front_title="Hagnäs kommun",
              search={"path": "/sokresultat.html", "param": "keywords"},
              about="Hagnäs ligger vid kusten mellan två älvar. Kommunen har 24 000 invånare och växer mest i Hagnäs "
                    "tätort och i Stora Lyckeby.")
    st.s["nav"] = area_nav(extra_top=[{"label": "Kontakt Hagnäs", "href": "/kontakt-hagnas.html", "subs": [
        ("Öppettider", "/kontakt-hagnas/oppettider.html"), ("Synpunkter och klagomål", "/kontakt-hagnas/synpunkter.html"),
        ("Digitala ombud", "/kontakt-hagnas/digitala-ombud.html")]}])
    hero = ("<div class=\"mod_article hero block\" id=\"article-1\"><div class=\"ce_text block\"><h1>Hagnäs – nära till allt</h1>"
            "<p>Välkommen till Hagnäs kommuns webbplats.</p></div>"
            "<div class=\"ce_teaser-grid\"><div class=\"ce_teaser block\"><a href=\"/bygga-bo-och-miljo/bygglov/\"><h2>Bygglovsservice</h2>"
            "<p>Boka ett förhandsmöte med en bygglovshandläggare innan du söker.</p></a></div>"
            "<div class=\"ce_teaser block\"><a href=\"/naringsliv-och-arbete/\"><h2>Lediga tomter</h2><p>Industrimark i Norra Hamnen.</p></a></div>"
            "<div class=\"ce_teaser block\"><a href=\"/barn-och-utbildning/\"><h2>Skolval</h2><p>Välj skola senast 31 januari.</p></a></div>"
            "</div></div>")
    st.front(hero)
    st.areas()
    st.add("/kontakt-hagnas.html", "kontakt-hagnas.html", "Kontakt Hagnäs", """
<div class="mod_article first last block" id="article-41">
<div class="ce_text block"><h1>Kontakt Hagnäs</h1>
<p>Kontakt Hagnäs (tidigare Servicecentret) är din första kontakt med kommunen. Vi tar emot dig i telefon, via mejl
och vid disken i Rådhuset, och de flesta frågor kan vi lösa medan du väntar.</p></div>
<div class="ce_text block"><h2>Det här kan vi hjälpa dig med</h2>
<dl class="matters">
<dt>Barn och skola</dt><dd>Köplats i förskolan, skolval, fritidshem och skolskjuts.</dd>
<dt>Avfall, vatten och avlopp</dt><dd>Sophämtning, byte av kärlstorlek, slamtömning och mätarställning.</dd>
<dt>Bygga och bo</dt><dd>Enklare frågor om bygglov och nybyggnadskartor. Själva handläggningen sköter Bygglovsservice.</dd>
<dt>Omsorg</dt><dd>Ansökan om färdtjänst, hemtjänst och bostadsanpassning.</dd>
</dl></div>
<div class="ce_text block"><h2>Kontakta oss</h2>
<p>Du kan ringa oss på 031-390 06 50. Vi har öppet måndag–torsdag 8–16.30 och fredag 8–15.
Vill du hellre skriva? <a href="mailto:kontakt@hagnas.example">Mejla oss</a>, så svarar vi inom två arbetsdagar.</p></div>
<div class="ce_text block"><h2>Vi som arbetar här</h2>
<p>På Kontakt Hagnäs arbetar åtta kommunvägledare med bred kunskap om kommunens verksamheter.</p>
<p>Kontaktperson för synpunkter och klagomål: Erik Sand, 031-390 06 51.</p>
<p>Digitala ombud – behöver du hjälp med Bank-id eller e-tjänster? Samordnare för digital delaktighet: Lina Fors.</p>
<p><a href="/kommun-och-politik/organisation.html">Så är kommunen organiserad</a></p></div>
<p class="info">Sidansvarig: Webbredaktionen</p>
</div>
""")
    st.add("/kommun-och-politik/organisation.html", "organisation.html", "Organisation", """
<h1>Kommunens organisation</h1>
<p>Kommunen leds politiskt av kommunfullmäktige och kommunstyrelsen. Under kommunstyrelsen arbetar
kommunledningskontoret.</p>
<h2>Tjänstepersonsorganisation</h2>
<p>Kommundirektör: Anders Holm</p>
<p>Kommunen har fyra förvaltningar: utbildningsförvaltningen, socialförvaltningen, samhällsbyggnadsförvaltningen
och kultur- och fritidsförvaltningen. Kontaktuppgifter till förvaltningarna hittar du under respektive område.</p>
""")
    st.std()
    st.write(hits={"kontakt hagnäs": ["/kontakt-hagnas.html"], "servicecenter": ["/kontakt-hagnas.html"],
                   "kontaktcenter": ["/kontakt-hagnas.html"]})


# ============================================================== 9803 Lövsala (plone) 3
@site
def s9803():
    st = base("9803", "Lövsala", "plone", "03", "Uppsala län", "08-465 004 00", "lovsala.example",
              "Stadshuset, Storgatan 14", "999 33", orgnr="212099-0383", sep="—",
              search={"path": "/@@search", "param": "SearchableText"},
              news=[("Medborgarservicecentret har nya öppettider i sommar", "sommartider-msc",
                     "Under juli har vi öppet 9–15. Telefonen är öppen som vanligt."), *NEWS_POOL[:3]],
              about="Lövsala är en av länets snabbast växande kommuner, med pendelavstånd till både Uppsala och Stockholm.")
    msc = "Medborgar&shy;service&shy;center"
    st.s["nav"] = area_nav(extra_subs={"kommun-och-politik": [(0, "MSC", "/kommun-och-politik/medborgarservicecenter")]})
    # sub-item with soft hyphens (label is plain text in area_nav; patch the html label)
    for it in st.s["nav"]:
        if it["href"] == "/kommun-och-politik/":
            it["subs"][0] = ("Medborgar\u00adservice\u00adcenter", "/kommun-och-politik/medborgarservicecenter")
    hero = ("<div id=\"hero\" class=\"portlet hero\"><h1 class=\"documentFirstHeading\">Välkommen till Lövsala</h1>"
            "<div class=\"hero-cards\"><div class=\"hero-card\"><a href=\"/nyheter/statens-servicecenter\"><h2>Statens servicecenter öppnar i Lövsala</h2>"
            "<p>Här får du hjälp med Skatteverkets, Försäkringskassans och Pensionsmyndighetens tjänster.</p></a></div>"
            "<div class=\"hero-card\"><a href=\"/bygga-bo-och-miljo/avfall-och-atervinning/\"><h2>Ny sophämtning</h2>"
            "<p>Fyrfackskärl till alla villor under våren.</p></a></div>"
            "<div class=\"hero-card\"><a href=\"/kultur-och-fritid/\"><h2>Badhuset öppnar igen</h2><p>Efter renoveringen.</p></a></div></div></div>")
    st.front(hero)
    st.areas({"kommun-och-politik": "<h2>Organisation</h2><p><a href=\"/kommun-och-politik/forvaltningar\">Förvaltningar och bolag</a></p>"})
    st.add("/kommun-och-politik/medborgarservicecenter", "medborgarservicecenter.html", "Medborgarservicecenter", f"""
<nav id="portal-breadcrumbs" aria-label="Du är här"><ol><li><a href="/">Startsida</a></li><li><a href="/kommun-och-politik/">Kommun och politik</a></li>
<li>Medborgarservicecenter</li></ol></nav>
<h1 class="documentFirstHeading">{msc}</h1>
<div class="documentDescription">Medborgarservicecentret finns i entrén till stadshuset. Hit är alla välkomna, med eller utan tidsbokning.</div>
<div id="parent-fieldname-text">
<h2>Vanliga frågor handlar om</h2>
<ul class="link-list">
<li><a href="/barn-och-utbildning/forskola/">Förskola och skolval</a></li>
<li><a href="/bygga-bo-och-miljo/bygglov/">Bygglov och strandskydd</a></li>
<li><a href="/bygga-bo-och-miljo/avfall-och-atervinning/">Avfall och slamtömning</a></li>
<li><a href="/omsorg-och-hjalp/fardtjanst/">Färdtjänst</a></li>
<li><a href="/omsorg-och-hjalp/ekonomiskt-bistand/">Ekonomiskt bistånd – boka tid för ansökan</a></li>
</ul>
<h2>Öppettider</h2>
<table class="listing"><thead><tr><th>Dag</th><th>Tid</th></tr></thead><tbody>
<tr><td>Måndag–torsdag</td><td>8.00–17.00</td></tr><tr><td>Fredag</td><td>8.00–15.00</td></tr>
<tr><td>Lunch</td><td>Öppet hela dagen</td></tr></tbody></table>
<p>Besöksadress: Storgatan 14, Lövsala (stadshusets entréplan)</p>
</div>
<p class="discreet">Sidansvarig: Maria Åkerlund, kommunikationsavdelningen</p>
""")
    st.add("/kommun-och-politik/forvaltningar", "forvaltningar.html", "Förvaltningar och bolag", """
<h1 class="documentFirstHeading">Förvaltningar och bolag</h1>
<h2>Kommunledningsförvaltningen</h2>
<p>Förvaltningen stödjer kommunstyrelsen och ansvarar för ekonomi, personal, kommunikation och medborgarservicecentret.</p>
<table class="listing"><thead><tr><th>Enhet</th><th>Chef</th></tr></thead><tbody>
<tr><td>Ekonomienheten</td><td>Ulf Berglund, ekonomichef</td></tr>
<tr><td>Medborgarservicecentret</td><td>Sofia Nyberg, enhetschef</td></tr>
<tr><td>HR-enheten</td><td>Petra Lind, HR-chef</td></tr></tbody></table>
<h2>Bolag</h2><p>Lövsala Bostäder AB och Lövsala Energi AB ägs helt av kommunen.</p>
""")
    st.add("/nyheter/sommartider-msc", "nyhet-sommartider.html", "Medborgarservicecentret har nya öppettider i sommar", """
<h1 class="documentFirstHeading">Medborgarservicecentret har nya öppettider i sommar</h1>
<p class="documentByLine">Publicerad 2026-06-02</p>
<p>Under juli har Medborgarservicecentret öppet 9–15 på vardagar. Telefonen är öppen som vanligt.</p>
<p><a href="/kommun-och-politik/medborgarservicecenter">Mer om Medborgarservicecenter</a></p>
""")
    st.add("/nyheter/statens-servicecenter", "nyhet-statens.html", "Statens servicecenter öppnar i Lövsala", """
<h1 class="documentFirstHeading">Statens servicecenter öppnar i Lövsala</h1>
<p class="documentByLine">Publicerad 2026-09-21</p>
<p>I oktober öppnar Statens servicecenter ett kontor i biblioteket. Där kan du få hjälp med ärenden hos Skatteverket,
Försäkringskassan och Pensionsmyndigheten. Servicekontoret är statligt och drivs inte av kommunen.</p>
""")
    st.std()
    st.write(hits={"medborgarservicecenter": ["/kommun-och-politik/medborgarservicecenter"],
                   "medborgarservice": ["/kommun-och-politik/medborgarservicecenter"],
                   "servicecenter": ["/nyheter/statens-servicecenter", "/kommun-och-politik/medborgarservicecenter"]})


# ============================================================== 9804 Ängsby (hubspot) 2
@site
def s9804():
    st = base("9804", "Ängsby", "hubspot", "18", "Örebro läns", "040-628 04 00", "angsby.example",
              "Kommunhuset, Torget 3", "999 44", orgnr="212099-0484",
              search={"path": "/hs-search-results", "param": "term"},
              topbar_extra=[("Kontakta oss", "/kontakta-oss")],
              about="Ängsby är en jordbruksbygd med småskaligt näringsliv, två gymnasieskolor och ett rikt föreningsliv.")
    st.s["lan"] = "Örebro län"
    st.s["nav"] = area_nav(extra_top=[{"label": "Ängsby Vatten AB – Kundtjänst för VA och avfall", "href": "/angsby-vatten",
                                       "subs": [("Taxor", "/angsby-vatten/taxor"), ("Driftstörningar", "/angsby-vatten/drift")]}])
    hero = ("<div class=\"row-fluid-wrapper dnd-section hero-banner\"><div class=\"hs_cos_wrapper hs_cos_wrapper_type_module\">"
            "<h1>Ängsby – där landet möter staden</h1><p>Hitta information, e-tjänster och nyheter från kommunen.</p>"
            "<a class=\"hs-button primary\" href=\"/e-tjanster/\">Till e-tjänsterna</a></div></div>")
    st.front(hero)
    st.areas()
    contact_generic(st, "/kontakta-oss", "kontakta-oss.html", "Kontakta oss",
                    "<h2>Personlig service</h2><p>Vill du ha hjälp av en person? "
                    "<a href=\"/invanarservice\">Läs mer om Invånarservice</a>.</p>")
    st.add("/invanarservice", "invanarservice.html", "Invånarservice", """
<div class="row-fluid-wrapper dnd-section"><div class="hs_cos_wrapper hs_cos_wrapper_type_module widget-type-rich_text">
<h1>Invånarservice</h1>
<p>Invånarservice är kommunens medborgarkontor i Ängsby centrum. Välkommen att kontakta oss – vi hjälper dig gärna,
oavsett om du ringer, mejlar eller kommer förbi. Har du en fråga om kommunen vet vi var du ska vända dig.</p>
<h2>Kontaktuppgifter</h2>
<p>Telefon: 040-628 04 60<br>E-post: invanarservice@angsby.example<br>Besök: Torget 3, Ängsby</p>
<p>Hos oss arbetar fem kommunvägledare.</p>
<p><a href="/om-kommunen/organisation-och-ledning">Så är vi organiserade</a></p>
</div></div>
""")
    st.add("/om-kommunen/organisation-och-ledning", "organisation.html", "Organisation och ledning", """
<h1>Organisation och ledning</h1>
<p>Invånarservice, kommunikation och HR ingår i kommunledningsförvaltningen.</p>
<table class="staff"><caption>Kommunledningsförvaltningen – chefer</caption>
<thead><tr><th>Enhet</th><th>Befattning</th><th>Namn</th><th>Telefon</th></tr></thead><tbody>
<tr><td>Kommunledningsförvaltningen</td><td>Kommundirektör</td><td>Göran Selin</td><td>040-628 04 01</td></tr>
<tr><td>Kommunikation</td><td>Kommunikationschef</td><td>Anja Moberg</td><td>040-628 04 02</td></tr>
<tr><td>Invånarservice</td><td>Avdelningschef</td><td>Tove Lilja</td><td>040-628 04 61</td></tr>
<tr><td>HR</td><td>HR-chef</td><td>Kent Borg</td><td>040-628 04 03</td></tr>
</tbody></table>
""")
    st.add("/angsby-vatten", "angsby-vatten.html", "Ängsby Vatten AB", """
<h1>Ängsby Vatten AB – Kundtjänst för VA och avfall</h1>
<p>Ängsby Vatten AB är kommunens helägda bolag för vatten, avlopp och renhållning. Kundtjänsten svarar på frågor om
fakturor, abonnemang och tömning.</p><p>Telefon 040-628 04 90. Kundtjänstchef: Hampus Ek.</p>
""")
    st.std()
    st.write(hits={"invånarservice": ["/invanarservice"], "kundtjänst": ["/angsby-vatten"],
                   "medborgarkontor": ["/invanarservice"]})


# ============================================================== 9805 Kvarnholma (bulma) 4
@site
def s9805():
    st = base("9805", "Kvarnholma", "bulma", "12", "Skåne län", "040-628 04 00", "kvarnholma.example",
              "Stadshuset, Möllegatan 2", "999 55", orgnr="212099-0585", sep="·",
              search={"path": "/sok/", "param": "s"},
              topbar_extra=[("IT-servicedesk för medarbetare", "/medarbetare/it-servicedesk")],
              footer_extra="<div class=\"column is-4 content\"><p>Hyresgäst? Kvarnholmabostäder – kundcenter: 040-628 04 95</p></div>",
              about="Kvarnholma är kommunen med slätten, åsen och havet – och Skånes äldsta väderkvarn.")
    st.s["nav"] = area_nav()
    hero = ("<section class=\"hero is-medium is-link\"><div class=\"hero-body\"><div class=\"container\">"
            "<h1 class=\"title\">Hej! Vad kan vi hjälpa dig med?</h1>"
            "<p class=\"subtitle\">Har du frågor? Kontakta <a href=\"/kundtjanst/\">kommunens kundtjänst</a> – "
            "du når oss på telefon, mejl och i receptionen.</p></div></div>"
            "<div class=\"hero-foot\"><nav class=\"tabs is-boxed is-fullwidth\"><ul>"
            "<li><a href=\"/barn-och-utbildning/\">Barn och utbildning</a></li><li><a href=\"/omsorg-och-hjalp/\">Omsorg</a></li>"
            "<li><a href=\"/bygga-bo-och-miljo/\">Bygga och bo</a></li><li><a href=\"/e-tjanster/\">E-tjänster</a></li></ul></nav></div></section>")
    st.front(hero)
    st.areas()
    st.add("/kundtjanst/", "kundtjanst.html", "Kundtjänst", """
<section class="section"><div class="container">
<nav class="breadcrumb" aria-label="breadcrumbs"><ul><li><a href="/">Start</a></li><li class="is-active"><a href="/kundtjanst/" aria-current="page">Kundtjänst</a></li></ul></nav>
<h1 class="title">Kundtjänst</h1>
<div class="content">
<p>Kundtjänsten svarar på frågor om kommunen och kommunens service. Har du frågor är du välkommen att höra av dig
till oss – vi finns här för alla som bor, arbetar eller är på besök i Kvarnholma.</p>
</div>
<div class="columns">
<div class="column is-6"><div class="box">
<p class="title is-6">Kundtjänst</p>
<p>Telefon <a href="tel:+46406280470">040-628 04 70</a></p>
<p>Chef: Maja Sund</p>
</div></div>
<div class="column is-6"><table class="table is-striped">
<caption>Telefontider</caption>
<tbody><tr><th>Måndag–torsdag</th><td>8.00–16.30</td></tr><tr><th>Fredag</th><td>8.00–15.00</td></tr>
<tr><th>Dag före helgdag</th><td>8.00–12.00</td></tr></tbody></table></div>
</div>
<p class="is-size-7">Kundtjänstens handläggare: Linus Ahl och Sara Holm</p>
</div></section>
""")
    st.std()
    st.write(hits={"kundtjänst": ["/kundtjanst/"], "kundservice": ["/kundtjanst/"], "kontaktcenter": ["/kundtjanst/"]})


# ============================================================== 9806 Tornviken (foundation) 5
@site
def s9806():
    st = base("9806", "Tornviken", "foundation", "22", "Västernorrlands län", "0980-319 220", "tornviken.example",
              "Kommunhuset, Stationsgatan 9", "999 66", orgnr="212099-0686",
              news=[("Region Nordmark kundservice byter telefonnummer", "region-kundservice",
                     "Frågor om tandvård och sjukresor går nu till ett nytt nummer."), *NEWS_POOL[2:5]],
              about="Tornviken ligger där älven möter Bottenhavet. Hamnen, sågverket och universitetsfilialen präglar orten.")
    st.s["nav"] = area_nav()
    hero = ("<div class=\"callout large primary hero\"><h1>Välkommen till Tornviken</h1>"
            "<div class=\"grid-x grid-margin-x small-up-1 medium-up-3\">"
            "<div class=\"cell\"><a class=\"card hero-card\" href=\"/medborgarcenter/\"><div class=\"card-section\"><h3>Medborgar-<br>center</h3>"
            "<p>Få hjälp med din fråga</p></div></a></div>"
            "<div class=\"cell\"><a class=\"card hero-card\" href=\"/barn-och-utbildning/forskola/\"><div class=\"card-section\"><h3>Förskola</h3>"
            "<p>Ansök om plats</p></div></a></div>"
            "<div class=\"cell\"><a class=\"card hero-card\" href=\"/trafik-och-infrastruktur/vagarbeten/\"><div class=\"card-section\"><h3>Vägarbeten</h3>"
            "<p>Aktuella avstängningar</p></div></a></div></div></div>")
    st.front(hero)
    st.areas()
    st.add("/medborgarcenter/", "medborgarcenter.html", "Medborgarcenter", """
<nav aria-label="Du är här"><ul class="breadcrumbs"><li><a href="/">Start</a></li><li><span class="show-for-sr">Aktuell sida: </span>Medborgarcenter</li></ul></nav>
<h1>Medborgarcenter</h1>
<p class="lead">I Medborgarcentret i kommunhusets entré kan du få hjälp med ansökan om färdtjänst och parkeringstillstånd,
lämna in handlingar till bygglovet, hämta säckar för trädgårdsavfall och få vägledning om du vill söka
försörjningsstöd eller plats i förskolan. Vi hjälper också till med e-legitimation och med att fylla i kommunens e-tjänster.</p>
<p>Du hittar oss på Stationsgatan 9 i Tornviken. Vi har öppet vardagar mellan 8 och 16.30, torsdagar till 18.</p>
<p><a class="button" href="/e-tjanster/lamna-ett-arende">Lämna ett ärende</a></p>
<div class="callout"><p>Ansvarig för Medborgarcentret är Jonas Fredin, enhetschef på kommunledningskontoret.</p></div>
""")
    st.std()
    st.write(hits={"medborgarcenter": ["/medborgarcenter/"], "kundservice": ["/medborgarcenter/"],
                   "kontaktcenter": ["/medborgarcenter/"]})


# ============================================================== 9807 Fjällmora (svelte) 3
@site
def s9807():
    st = base("9807", "Fjällmora", "svelte", "23", "Jämtlands län", "0980-319 240", "fjallmora.example",
              "Kommunhuset, Fjällvägen 12", "999 77", orgnr="212099-0787", sep="|",
              search={"path": "/sok", "param": "fraga"},
              header_strip=(f"<p class=\"contact-strip {K}\">Frågor? Ring 0980-319 250 eller mejla "
                            "kundservice@fjallmora.example · Vardagar 8–16</p>\n"),
              about="Fjällmora är fjällkommunen med 6 000 invånare och 40 000 gästsängar. Turism, renskötsel och skogsbruk bär bygden.")
    st.s["nav"] = area_nav(extra_top=[{"label": "Kundservice", "href": "/kundservice", "subs": [
        ("Lämna ett ärende", "/e-tjanster/lamna-ett-arende"), ("Synpunkter", "/kundservice/synpunkter")]}])
    hero = (f"<section class=\"hero {K}\"><h1 class=\"{K}\">Fjällmora kommun</h1><p class=\"{K}\">Välkommen hem till fjällen.</p>"
            f"<ul class=\"cards {K}\"><li class=\"{K}\"><a href=\"/fjallmorahem\" class=\"{K}\"><strong>Fjällmorahem – kundcenter för hyresgäster</strong>"
            "<span>Felanmälan och bostadskö</span></a></li>"
            f"<li class=\"{K}\"><a href=\"/kultur-och-fritid/friluftsliv/\" class=\"{K}\"><strong>Skoterleder</strong><span>Aktuellt ledläge</span></a></li>"
            f"<li class=\"{K}\"><a href=\"/lediga-jobb/\" class=\"{K}\"><strong>Jobba hos oss</strong><span>Säsongsjobb i vinter</span></a></li></ul></section>")
    st.front(hero)
    st.areas()
    st.add("/kundservice", "kundservice.html", "Kundservice", f"""
<article class="{K}">
<h1 class="{K}">Kundservice</h1>
<p class="{K}">Hos kundservicen kan du få hjälp med allt från parkeringstillstånd och felanmälan av gatlyktor till frågor om
din faktura för vatten och avfall. Vi tar också emot ansökningar om bostadsanpassning och bokningar av kommunens lokaler.</p>
<p class="{K}">Kundservice nås på telefon och e-post – kontaktuppgifterna finns högst upp på varje sida.
Vill du lämna ett ärende skriftligt, när det passar dig, använder du e-tjänsten.</p>
<p class="{K}"><a href="/e-tjanster/lamna-ett-arende" class="btn {K}">Lämna ett ärende</a></p>
<aside class="{K}"><h2 class="{K}">Hyresgäst i kommunens bostäder?</h2>
<p class="{K}">Frågor om lägenheter och felanmälan i bostaden går till Fjällmorahem AB:s kundcenter. Chef för
Fjällmorahems kundcenter är Tobias Rask.</p></aside>
<p class="meta {K}">Sidansvarig: Nora Ek</p>
</article>
""")
    st.add("/fjallmorahem", "fjallmorahem.html", "Fjällmorahem AB", f"""
<h1 class="{K}">Fjällmorahem AB</h1><p class="{K}">Fjällmorahem AB är kommunens bostadsbolag med 900 lägenheter.
Fjällmorahems kundcenter tar emot felanmälan dygnet runt på 0980-319 280.</p>
""")
    st.std()
    st.write(hits={"kundservice": ["/kundservice"], "kundcenter": ["/fjallmorahem"], "kundtjänst": ["/kundservice"]})


# ============================================================== 9808 Sjöhamra (amp) 1
@site
def s9808():
    st = base("9808", "Sjöhamra", "amp", "08", "Kalmar län", "0980-319 260", "sjohamra.example",
              "Kommunhuset, Hamngatan 7", "999 88", orgnr="212099-0888",
              news=NEWS_POOL[:3],
              about="Sjöhamra är en skärgårdskommun med 8 500 invånare året runt och tre gånger så många om sommaren.")
    st.s["nav"] = area_nav()
    hero = ("<section class=\"ampstart-hero mb4\"><h1 class=\"ampstart-fullpage-hero-heading\">Sjöhamra – havet nära</h1>"
            "<div class=\"hero-notice\"><a href=\"/nyheter/jourhelg\"><h2>Grönhults kommuns kontaktcenter svarar i julhelgen</h2>"
            "<p>Mellan jul och nyår kopplas växeln vidare till grannkommunen.</p></a></div>"
            "<ul class=\"list-reset flex\"><li><a href=\"/kultur-och-fritid/\">Båtplatser</a></li><li><a href=\"/e-tjanster/\">E-tjänster</a></li></ul></section>")
    st.front(hero)
    st.areas()
    news_list = "".join(f"<li><a href=\"/nyheter/{h}\">{esc(t)}</a> <time>2026-0{i + 3}-1{i}</time></li>" for i, (t, h, _) in enumerate(NEWS_POOL[:3]))
    st.add("/nyheter/", "nyheter.html", "Nyheter", f"""
<h1>Nyheter</h1>
<ul class="news-archive">{news_list}
<li><a href="/nyheter/kommunservice-blir-kontaktcenter">Kommunservice blir Kontaktcenter</a> <time>2026-02-20</time></li>
<li><a href="/nyheter/jourhelg">Grönhults kommuns kontaktcenter svarar i julhelgen</a> <time>2025-12-15</time></li>
</ul>
""")
    st.add("/nyheter/kommunservice-blir-kontaktcenter", "nyhet-kontaktcenter.html", "Kommunservice blir Kontaktcenter", """
<article>
<h1>Kommunservice blir Kontaktcenter</h1>
<p class="byline">Publicerad 2026-02-20</p>
<p>Från den 1 mars heter kommunens kommunservice Kontaktcenter. Samtidigt förlängs telefontiden: kontaktcentret svarar
vardagar 8–18 på 0980-319 265.</p>
<p>– Vi vill att det ska vara enkelt att nå kommunen. Välkommen att ringa oss!, säger Per Alm, kommunvägledare på
kontaktcentret.</p>
<p>Kontaktperson för media: Ida Wester, kommunikatör.</p>
</article>
""")
    st.add("/nyheter/jourhelg", "nyhet-jour.html", "Grönhults kommuns kontaktcenter svarar i julhelgen", """
<article><h1>Grönhults kommuns kontaktcenter svarar i julhelgen</h1><p class="byline">Publicerad 2025-12-15</p>
<p>Den 27–30 december kopplas Sjöhamras växel till Grönhults kommuns kontaktcenter, som då svarar på frågor från
båda kommunerna. Vid akuta fel på vatten eller väg ringer du jouren.</p></article>
""")
    st.std()
    st.write(hits={"kontaktcenter": ["/nyheter/kommunservice-blir-kontaktcenter", "/nyheter/jourhelg"],
                   "kommunservice": ["/nyheter/kommunservice-blir-kontaktcenter"]})


# ============================================================== 9809 Ulvsta (enonic) 0
@site
def s9809():
    st = base("9809", "Ulvsta", "enonic", "19", "Västmanlands län", "08-465 004 50", "ulvsta.example",
              "Kommunhuset, Prästgatan 5", "999 90", orgnr="212099-0989",
              search={"path": "/sok", "param": "q"},
              topbar_extra=[("Kontakt", "/kontakt")],
              footer_extra=("<div class=\"col\"><h3>Kommunens bolag</h3><p>Ulvsta Energi AB kundtjänst: 08-465 004 80</p>"
                            "<p>Ulvsta Vatten AB – Kundtjänst för VA och avfall: 08-465 004 81</p>"
                            "<p><a href=\"/medarbetare/it-servicedesk\">IT-servicedesk (för anställda)</a></p></div>"),
              about="Ulvsta ligger vid Mälarens norra strand. Kommunen har 19 000 invånare och en av länets största industrier.")
    st.s["nav"] = area_nav(extra_top=[{"label": "Företagsservice", "href": "/foretagsservice", "subs": [
        ("Starta företag", "/foretagsservice/starta"), ("Serveringstillstånd", "/foretagsservice/servering")]}])
    hero = ("<div data-portal-component-type=\"part\" class=\"xp-part-hero\"><h1>Välkommen till Ulvsta kommun</h1>"
            "<div class=\"hero-boxes\"><a class=\"hero-box\" href=\"/nyheter/region-kundservice\"><h2>Region Mälarbygd kundservice</h2>"
            "<p>Frågor om kollektivtrafik, färdtjänstresor och vård besvaras av regionen.</p></a>"
            "<a class=\"hero-box\" href=\"/bygga-bo-och-miljo/bygglov/\"><h2>Bygglovsservice</h2><p>Drop-in tisdagar 13–15.</p></a></div></div>")
    st.front(hero)
    st.areas()
    st.add("/kontakt", "kontakt.html", "Kontakt", """
<h1>Kontakt</h1>
<p>Växel: 08-465 004 50 (vardagar 8–16.30)<br>E-post: kommun@ulvsta.example<br>Postadress: Ulvsta kommun, 999 90 Ulvsta</p>
<h2>Bygglovsservice</h2><p>Frågor om bygglov, anmälan och strandskydd: 08-465 004 60, tisdagar drop-in 13–15.</p>
<h2>Statens servicekontor i Ulvsta</h2><p>Skatteverket, Försäkringskassan och Pensionsmyndigheten har ett gemensamt
servicekontor på Järntorget 2. Kommunen ansvarar inte för kontoret.</p>
<h2>Kvällar och helger</h2><p>När kommunhuset är stängt svarar Norrtorps kommuns servicecenter i vår växel och kopplar
vid behov vidare till jourerna.</p>
""")
    st.add("/foretagsservice", "foretagsservice.html", "Företagsservice", """
<h1>Företagsservice</h1>
<p>Företagsservice är en väg in för dig som driver eller vill starta företag. Vi hjälper dig med tillstånd, lokaler
och kontakter med andra myndigheter.</p>
<p>Telefon 08-465 004 70, foretagsservice@ulvsta.example. Öppet vardagar 8–16.</p>
<p>Enhetschef för Företagsservice: Mats Kron</p>
""")
    st.add("/nyheter/region-kundservice", "nyhet-region.html", "Region Mälarbygd kundservice", """
<h1>Region Mälarbygd kundservice</h1>
<p>Regionens kundservice svarar på frågor om busstrafik, sjukresor och vårdavgifter. Kommunen kan inte svara på
frågor om regionens verksamhet.</p>
""")
    st.std()
    st.write(hits={"kundservice": ["/nyheter/region-kundservice"], "servicecenter": ["/kontakt"],
                   "kundtjänst": [], "företagsservice": ["/foretagsservice"]})


# ============================================================== 9810 Ekgärde (concrete) 3
@site
def s9810():
    st = base("9810", "Ekgärde", "concrete", "06", "Jönköpings län", "031-390 06 70", "ekgarde.example",
              "Kommunhuset, Kyrkogatan 2", "999 91", orgnr="212099-1080",
              search={"path": "/search", "param": "query"},
              about="Ekgärde är en småländsk industrikommun med starka traditioner inom trä, glas och möbler.")
    st.s["nav"] = area_nav()
    hero = ("<div class=\"ccm-block-hero-image\"><div class=\"hero-text\"><h1>Ekgärde kommun</h1><p>Här möts skog och verkstad.</p></div>"
            "<div class=\"ccm-block-feature-link\"><a href=\"/nyheter/statens-servicekontor\"><h2>Statens servicekontor finns nu i biblioteket</h2>"
            "<p>Skatteverket och Försäkringskassan på plats tre dagar i veckan.</p></a></div></div>")
    st.front(hero)
    st.areas()
    ao = {"B": ["Bibliotek", "Bygglov", "Bostadsanpassning"], "F": ["Färdtjänst", "Förskola", "Föreningsstöd"],
          "H": ["Hemtjänst"], "P": ["Parkering"], "S": ["Servicekontoret", "Skolskjuts", "Snöröjning"],
          "V": ["Vatten och avlopp"], "Ö": ["Överklaga beslut"]}
    rows = []
    for letter, words in ao.items():
        lis = "".join(f"<li><a href=\"/servicekontoret\">{w}</a></li>" if w == "Servicekontoret"
                      else f"<li><a href=\"/a-o/{slug(w)}\">{w}</a></li>" for w in words)
        rows.append(f"<h2 id=\"{letter.lower()}\">{letter}</h2><ul>{lis}</ul>")
    st.add("/a-o/", "a-o.html", "A–Ö", "<h1>A–Ö</h1>\n" + "\n".join(rows))
    st.add("/servicekontoret", "servicekontoret.html", "Servicekontoret", """
<div class="ccm-block-content">
<h1>Servicekontoret</h1>
<p>Servicekontoret är kommunens kundservice för dig som vill ha hjälp på plats. Hos oss kan du bland annat hämta
sopkärlsdekaler och säckar, få hjälp att fylla i ansökan om bostadsanpassning eller färdtjänst, betala för
parkeringstillstånd och ställa frågor om fakturan för barnomsorgsavgiften.</p>
<p>Ring oss på 040-628 04 85 eller kom förbi på Kyrkogatan 2.</p>
<table class="table"><thead><tr><th colspan="2">Öppettider</th></tr></thead>
<tbody><tr><td>Måndag, onsdag, fredag</td><td>9–15</td></tr><tr><td>Tisdag, torsdag</td><td>9–18</td></tr></tbody></table>
<p>Servicekontoret leds av en enhetschef och är en del av kommunledningskontoret.</p>
<p><em>Obs!</em> Statens servicekontor (Skatteverket, Försäkringskassan, Pensionsmyndigheten) finns i biblioteket, inte hos oss.</p>
<p>Kontaktperson för tillgänglighetsfrågor: Alva Strand.</p>
</div>
""")
    st.add("/nyheter/statens-servicekontor", "nyhet-statens.html", "Statens servicekontor finns nu i biblioteket", """
<h1>Statens servicekontor finns nu i biblioteket</h1>
<p>Statens servicecenter har öppnat ett servicekontor i Ekgärde bibliotek, med Skatteverket och Försäkringskassan på
plats måndag, onsdag och fredag.</p>
""")
    st.std()
    st.write(hits={"servicekontor": ["/servicekontoret", "/nyheter/statens-servicekontor"],
                   "servicekontoret": ["/servicekontoret"], "kundservice": ["/servicekontoret"]})


# ============================================================== 9811 Norrhed (json front page) not_html
@site
def s9811():
    st = base("9811", "Norrhed", "angular", "25", "Norrbottens län", "0980-319 270", "norrhed.example",
              "Kommunhuset, Norra Torget 1", "999 92", orgnr="212099-1181")
    st.s["nav"] = area_nav(extra_top=[{"label": "Kundcenter", "href": "/sv/kundcenter", "subs": []}])
    st.add("/sv/start", "start.html", "Startsida - Norrhed kommun",
           "<h1>Norrhed kommun</h1><p><a href=\"/sv/kundcenter\">Kundcenter</a></p>", front=True)
    st.add("/sv/kundcenter", "kundcenter.html", "Kundcenter",
           "<h1>Kundcenter</h1><p>Kundcentret svarar på frågor om skola, omsorg och avfall. Telefon 0980-319 271, "
           "e-post kundcenter@norrhed.example. Kundcenterchef: Eva Nord.</p>")
    st.files["index.json"] = json.dumps({
        "site": "Norrhed kommun", "api": "content-delivery/v2", "locale": "sv-SE",
        "routes": [{"path": "/sv/start", "type": "startPage"}, {"path": "/sv/kundcenter", "type": "standardPage"}],
        "message": "Use Accept: text/html"}, ensure_ascii=False, indent=2) + "\n"
    st.pages["/"] = {"file": "index.json", "content_type": "application/json; charset=utf-8"}
    st.std()
    st.write(hits={"kundcenter": ["/sv/kundcenter"]})


# ============================================================== 9812 Lillsjövik (502) unreachable
@site
def s9812():
    st = base("9812", "Lillsjövik", "bulma", "17", "Värmlands län", "031-390 06 90", "lillsjovik.example",
              "Kommunhuset, Sjögatan 3", "999 93", orgnr="212099-1282")
    st.s["nav"] = area_nav(extra_top=[{"label": "Kontaktcenter", "href": "/kontaktcenter/", "subs": []}])
    st.front("<section class=\"hero\"><div class=\"hero-body\"><h1 class=\"title\">Lillsjövik kommun</h1></div></section>")
    st.add("/kontaktcenter/", "kontaktcenter.html", "Kontaktcenter",
           "<h1 class=\"title\">Kontaktcenter</h1><p>Vi svarar på frågor om skola, omsorg, bygglov och avfall. "
           "Telefon 031-390 06 91, vardagar 8–17. Enhetschef för kontaktcenter: Sven Ljung.</p>")
    st.std()
    st.write(front_status=502, hits={"kontaktcenter": ["/kontaktcenter/"]})


def main() -> None:
    ROOT.mkdir(parents=True, exist_ok=True)
    for fn in SITES:
        fn()
    print(f"wrote {len(SITES)} sites to {ROOT}")


if __name__ == "__main__":
    main()
