"""Write tests/blind20/sites/ (a typing aid; the written files are the corpus, labels are by hand).

    python3 tests/blind20/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chrome import FAMILIES, esc

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


def area_nav(sub_override: dict | None = None) -> list[dict]:
    sub_override = sub_override or {}
    out = []
    for label, sl, subs in AREAS:
        href = f"/{sl}/"
        items = sub_override.get(sl) or [(t, f"{href}{slug(t)}") for t in subs]
        out.append({"label": label, "href": href, "subs": items})
    return out


# --------------------------------------------------------------------------- shared blocks
def hero(s: dict, cards: list[tuple[str, str, str]]) -> str:
    lis = "".join(f"<li class=\"hero-card\"><a href=\"{h}\"><span class=\"hero-card__title\">{t}</span>"
                  f"<span class=\"hero-card__text\">{x}</span></a></li>" for t, h, x in cards)
    return (f"<div class=\"hero\"><h1>Välkommen till {esc(s['kommun'])}</h1>"
            f"<p>{s['hero_text']}</p><ul class=\"hero-cards\">{lis}</ul></div>\n")


def news_block(items: list[tuple[str, str, str, str]]) -> str:
    lis = ""
    for t, h, x, alt in items:
        img = f"<img src=\"/bilder/nyhet-{h.rsplit('/', 1)[-1]}.jpg\" alt=\"{esc(alt)}\">"
        lis += f"<li class=\"news-teaser\"><a href=\"{h}\">{img}<h3>{esc(t)}</h3></a><p>{esc(x)}</p></li>"
    return (f"<div class=\"nyheter\"><h2>Nyheter</h2><ul>{lis}</ul>"
            "<p><a href=\"/nyheter/\">Fler nyheter</a></p></div>\n")


FILLER = (
    "<div class=\"e-tjanster\"><h2>Populära e-tjänster</h2><ul>"
    "<li><a href=\"/e-tjanster/forskoleplats\">Ansök om förskoleplats</a></li>"
    "<li><a href=\"/e-tjanster/felanmalan\">Felanmälan gata och park</a></li>"
    "<li><a href=\"/e-tjanster/bygglov\">Ansök om bygglov</a></li>"
    "<li><a href=\"/e-tjanster/parkeringstillstand\">Parkeringstillstånd för rörelsehindrade</a></li></ul>"
    "<p><a href=\"/e-tjanster/\">Alla e-tjänster</a></p></div>\n"
    "<div class=\"evenemang\"><h2>Evenemang</h2><ul>"
    "<li><a href=\"/evenemang/julmarknad\">Julmarknad på torget</a> <time>13 december</time></li>"
    "<li><a href=\"/evenemang/sagostund\">Sagostund på biblioteket</a> <time>varje onsdag</time></li>"
    "<li><a href=\"/evenemang/kommunfullmaktige\">Kommunfullmäktige sammanträder</a> <time>15 december</time></li>"
    "</ul></div>\n"
    "<div class=\"driftinfo\"><h2>Driftinformation</h2><p>Inga kända störningar i vatten och avlopp just nu. "
    "<a href=\"/driftinformation\">Visa all driftinformation</a></p></div>\n"
    "<div class=\"jobb\"><h2>Jobba hos oss</h2><p>Vi är en av de största arbetsgivarna i kommunen. "
    "<a href=\"/lediga-jobb\">Se lediga jobb</a></p></div>\n"
    "<div class=\"a-o\"><h2>A–Ö</h2><p>" + " ".join(
        f"<a href=\"/a-o/{c.lower()}\">{c}</a>" for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ") + "</p></div>\n"
)

GENERIC_NEWS = [
    ("Budget för 2027 antagen", "budget-2027",
     "Kommunfullmäktige antog i november budgeten för nästa år. Satsningar görs på skolan och äldreomsorgen.",
     "Kommunfullmäktige i sessionssalen"),
    ("Vägarbete på Kyrkogatan", "vagarbete-kyrkogatan",
     "Under två veckor byter vi vattenledningar på Kyrkogatan. Trafiken leds om via Skolvägen.",
     "Grävmaskin på en gata"),
]


def news_page(title: str, text: str, extra: str = "") -> str:
    return (f"<div class=\"article\"><h1>{esc(title)}</h1><p class=\"date\">Publicerad 2 december 2025</p>"
            f"<p class=\"ingress\">{esc(text)}</p><p>Mer information kommer att publiceras här när arbetet "
            f"har kommit i gång.</p>{extra}<p><a href=\"/nyheter/\">Till alla nyheter</a></p></div>")


def area_page(label: str, sl: str, subs: list, extra: str = "") -> str:
    lis = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in subs)
    return (f"<div class=\"area\"><h1>{esc(label)}</h1><p class=\"ingress\">Här hittar du information om "
            f"{esc(label.lower())}.</p><ul class=\"area-links\">{lis}</ul>{extra}</div>")


def about_pages(s: dict) -> dict:
    return {
        "/om-webbplatsen/tillganglighetsredogorelse": ("tillganglighet.html", "Tillgänglighetsredogörelse",
            "<h1>Tillgänglighetsredogörelse</h1><p>" + esc(s["kommun_gen"]) + " kommun står bakom den här "
            "webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Den här redogörelsen beskriver "
            "hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service.</p>"
            "<h2>Kända brister</h2><ul><li>Vissa äldre PDF-dokument är inte tillgängliga.</li>"
            "<li>Några filmer saknar textning.</li></ul><h2>Tillsyn</h2><p>Myndigheten för digital "
            "förvaltning (Digg) har ansvaret för tillsyn över lagen.</p>"),
        "/om-webbplatsen/kakor": ("kakor.html", "Kakor",
            "<h1>Kakor (cookies)</h1><p>En kaka är en liten textfil som webbplatsen sparar på din dator. "
            "Vi använder nödvändiga kakor för att webbplatsen ska fungera och statistikkakor om du godkänner "
            "dem.</p><table><tr><th>Namn</th><th>Syfte</th><th>Lagras</th></tr><tr><td>ck</td><td>Sparar "
            "ditt val av kakor</td><td>1 år</td></tr><tr><td>_pk_id</td><td>Besöksstatistik</td>"
            "<td>13 månader</td></tr></table>"),
    }


# --------------------------------------------------------------------------- the sites
def base(code, kommun, gen, lan_kod, lan, family, dom, phone, tel_href, street, postnr):
    return {"kommunkod": code, "kommun": kommun, "kommun_gen": gen, "lan_kod": lan_kod, "lan": lan,
            "family": family, "phone": phone, "tel_href": tel_href, "email": f"kommun@{dom}",
            "dom": dom, "visit": f"{street}, {kommun}", "post": f"Box 1, {postnr} {kommun}",
            "orgnr": f"212000-{code}", "hero_text": "Här hittar du service och information för dig som bor, "
            "arbetar eller besöker kommunen."}


SITES: list[dict] = []

# 9171 Ormkärr -- semantic, clean 5; channels repeated in footer and page; cookie banner / noscript harmless
s = base("9171", "Ormkärr", "Ormkärrs", "03", "Uppsala län", "semantic", "ormkarr.se",
         "08-465 004 10", "+46846500410", "Storgatan 12", "999 10")
s["email"] = "kontaktcenter@ormkarr.se"
s["cookie_text"] = ("Vi använder kakor för att webbplatsen ska fungera, för besöksstatistik och för att chatten "
                    "med Kontaktcenter ska kunna visas.")
s["nav"] = [*area_nav(), {"label": "Kontaktcenter", "href": "/kontaktcenter/"}]
s["front_extra_head"] = ""
s["hero"] = [("Lediga jobb", "/lediga-jobb", "Sök jobb hos oss"),
             ("Felanmälan", "/e-tjanster/felanmalan", "Gata, park och belysning"),
             ("Förskola", "/barn-och-utbildning/", "Ansök om plats")]
s["news"] = GENERIC_NEWS
s["front_extra"] = ("<noscript><p>Chatten med Kontaktcenter kräver att JavaScript är aktiverat. Du kan också "
                    "ringa oss.</p></noscript>\n")
s["pages"] = {
    "/kontaktcenter/": ("kontaktcenter.html", "Kontaktcenter - Ormkärrs kommun",
        "<h1>Kontaktcenter</h1><p class=\"ingress\">Kontaktcenter är din väg in till Ormkärrs kommun. "
        "Vi svarar på frågor om allt från förskola och skola till avfall, bygglov och parkering.</p>"
        "<h2>Det här kan vi hjälpa dig med</h2><ul><li>Ansökan om förskoleplats och skolval</li>"
        "<li>Sophämtning, slamtömning och återvinningscentralen</li><li>Bygglov och anmälan</li>"
        "<li>Parkeringstillstånd och felanmälan av gatubelysning</li><li>Synpunkter och klagomål</li></ul>"
        "<h2>Kontakta oss</h2><p>Telefon: <a href=\"tel:+46846500410\">08-465 004 10</a><br>"
        "E-post: <a href=\"mailto:kontaktcenter@ormkarr.se\">kontaktcenter@ormkarr.se</a></p>"
        "<h3>Telefontider</h3><table class=\"hours\"><tr><th>Dag</th><th>Tid</th></tr>"
        "<tr><td>Måndag–torsdag</td><td>8.00–17.00</td></tr><tr><td>Fredag</td><td>8.00–15.00</td></tr>"
        "<tr><td>Lunch</td><td>Stängt 12.00–12.45</td></tr></table>"
        "<h2>Ansvarig</h2><p>Enhetschef för kontaktcenter: Sofia Lindqvist</p>"),
}

SITES.append(s)

# 9172 Stenlunda -- soup, 0: the unit's name only in hidden markup
s = base("9172", "Stenlunda", "Stenlunda", "06", "Jönköpings län", "soup", "stenlunda.se",
         "031-390 06 10", "+46313900610", "Torget 1", "999 20")
s["nav"] = area_nav()
s["topbar_extra"] = "<a href=\"/kontakta-oss/\">Kontakta oss</a>"
s["front_extra_head"] = (
    "<meta name=\"description\" content=\"Stenlunda kommuns webbplats. Kontaktcenter Stenlunda svarar på dina "
    "frågor om skola, omsorg, bygglov och avfall.\">\n"
    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"GovernmentOrganization\","
    "\"name\":\"Stenlunda kommun\",\"url\":\"__ORIGIN__/\",\"telephone\":\"+46313900610\","
    "\"department\":{\"@type\":\"GovernmentOffice\",\"name\":\"Kontaktcenter Stenlunda\","
    "\"telephone\":\"+46313900610\",\"email\":\"kontaktcenter@stenlunda.se\"}}</script>\n"
    "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'sektion':'start','orgenhet':"
    "'Kontaktcenter','kampanj':'kundtjanst-2026'});</script>\n")
s["hero"] = [("Lediga jobb", "/lediga-jobb", "Sök jobb hos oss"),
             ("Bygglov", "/bygga-bo-och-miljo/", "Allt om bygglov"),
             ("Förskola", "/barn-och-utbildning/", "Ansök om plats")]
s["news"] = GENERIC_NEWS
s["front_extra"] = (
    "<!-- Puff 'Kontaktcenter Stenlunda - vi svarar på dina frågor' avpublicerad tills kontaktcentret öppnar. "
    "Länk: /kontaktcenter/ -->\n"
    "<template id=\"tpl-kc-puff\"><div class=\"p7\"><h2>Kontaktcenter Stenlunda</h2><p>Vi svarar på frågor om "
    "skola, omsorg och avfall. Ring 031-390 06 10 vardagar 8–17.</p><a href=\"/kontaktcenter/\">Till "
    "Kontaktcenter</a></div></template>\n")
s["footer_extra"] = ("<div class=\"q9c\"><p>Frågor om elnät och fjärrvärme: Stenlunda Energi AB:s kundtjänst, "
                     "031-390 06 90.</p></div>")
s["pages"] = {
    "/kontakta-oss/": ("kontakta-oss.html", "Kontakta oss - Stenlunda kommun",
        "<h1>Kontakta oss</h1><!-- TODO: byt till Kontaktcenter Stenlunda när det öppnar hösten 2026 -->"
        "<p>Du når kommunens växel på telefon 031-390 06 10, vardagar 8.00–16.30. Växeln kopplar dig vidare "
        "till rätt handläggare.</p><p>E-post: kommun@stenlunda.se</p><p>Postadress: Stenlunda kommun, "
        "Box 1, 999 20 Stenlunda</p><h2>Registrator</h2><p>Handlingar till kommunen skickas till "
        "registrator@stenlunda.se.</p>"),
}
s["search_hits"] = {"kontaktcenter": [], "kontaktcenter stenlunda": [], "kundtjänst": [], "servicecenter": []}
SITES.append(s)

# 9173 Björkavik -- Sitevision, 4: header icon link named only by aria-label; e0 (Sidansvarig, kommunvägledare)
s = base("9173", "Björkavik", "Björkaviks", "10", "Blekinge län", "sitevision", "bjorkavik.se",
         "040-628 04 10", "+46406280410", "Rådhusgatan 5", "999 30")
KC3 = "/kommun-och-politik/kundcenter.4.5f2a1b0c18d.html"
s["nav"] = area_nav()
s["header_extra"] = (
    "<div class=\"sv-portlet sv-html-portlet header-icons\">"
    f"<a class=\"env-button env-button--icon\" href=\"{KC3}\" aria-label=\"Kundcenter\">"
    "<svg aria-hidden=\"true\" focusable=\"false\" width=\"24\" height=\"24\"><use href=\"#icon-headset\"></use>"
    "</svg></a>"
    "<a class=\"env-button env-button--icon\" href=\"/om-webbplatsen/kakor\" aria-label=\"Inställningar för kakor\">"
    "<svg aria-hidden=\"true\" width=\"24\" height=\"24\"><use href=\"#icon-cog\"></use></svg></a></div>")
s["hero"] = [("Lediga jobb", "/lediga-jobb", "Sök jobb hos oss"),
             ("Felanmälan", "/e-tjanster/felanmalan", "Gata, park och belysning"),
             ("Skola", "/barn-och-utbildning/", "Skolval och skolskjuts")]
s["news"] = GENERIC_NEWS
s["footer_extra"] = ("<div class=\"sv-portlet sv-text-portlet\"><p>Elavbrott och fjärrvärme: Björkaviks Energi AB "
                     "kundservice, 040-628 04 90</p></div>")
s["pages"] = {
    KC3: ("kundcenter.html", "Kundcenter - Björkaviks kommun",
        "<div class=\"sv-portlet sv-text-portlet\"><h1 class=\"heading\">Kundcenter</h1>"
        "<p class=\"normal\">På Kundcenter får du svar på frågor om bland annat:</p><ul class=\"sv-list\">"
        "<li>barnomsorg och skola</li><li>bygglov och bostadsanpassning</li><li>avfall och återvinning</li>"
        "<li>parkeringstillstånd</li><li>gator, vägar och felanmälan</li></ul>"
        "<p class=\"normal\">Våra kommunvägledare hjälper dig att fylla i ansökningar och e-tjänster.</p>"
        "<h2 class=\"subheading\">Så når du oss</h2><p class=\"normal\">Telefon "
        "<a href=\"tel:+46406280420\">040-628 04 20</a><br>E-post kundcenter@bjorkavik.se<br>"
        "Telefontider: vardagar 8.00–16.30</p></div>"
        "<div class=\"sv-portlet sv-text-portlet page-info\"><p>Sidansvarig: Lotta Krans<br>"
        "Senast uppdaterad: 12 november 2025</p></div>"),
}
s["search_hits"] = {"kundcenter": [KC3], "kontaktcenter": [], "kundtjänst": []}
SITES.append(s)

# 9174 Fjällmora -- Municipio, 3: footer block is the only entrance and carries the only channels (d0)
s = base("9174", "Fjällmora", "Fjällmora", "23", "Jämtlands län", "municipio", "fjallmora.se",
         "0980-319 200", "+46980319200", "Fjällvägen 2", "999 40")
s["nav"] = area_nav()
s["hero"] = [("Lediga jobb", "/lediga-jobb", "Sök jobb hos oss"),
             ("Skidspår och leder", "/kultur-och-fritid/", "Aktuellt spårläge"),
             ("Bygglov", "/bygga-bo-och-miljo/", "Ansök om bygglov")]
s["news"] = GENERIC_NEWS
s["footer_extra"] = (
    "<div class=\"o-grid-4 c-footer__widget widget_text\"><h2 class=\"widget-title\">Medborgarservice</h2>"
    "<p>Telefon <a href=\"tel:+46980319200\">0980-319 200</a><br>E-post "
    "<a href=\"mailto:medborgarservice@fjallmora.se\">medborgarservice@fjallmora.se</a><br>"
    "Öppet vardagar 8.00–16.00</p><p><a href=\"/medborgarservice/\">Mer om Medborgarservice</a></p></div>")
s["pages"] = {
    "/medborgarservice/": ("medborgarservice.html", "Medborgarservice – Fjällmora kommun",
        "<article class=\"c-article\"><h1>Medborgarservice</h1><p class=\"lead\">Medborgarservice är din första "
        "kontakt med kommunen. Hos oss kan du få hjälp med frågor om bygglov, skolval, färdtjänst, "
        "avfallshämtning och bostadsanpassning.</p><p>Vi tar också emot synpunkter och felanmälningar och "
        "hjälper dig att använda kommunens e-tjänster.</p><p>Välkommen att ringa eller mejla oss – du hittar "
        "våra kontaktuppgifter längst ned på sidan.</p><h2>Om oss</h2><p>Medborgarservice leds av en "
        "enhetschef och är en del av kommunledningsförvaltningen.</p></article>"),
}
s["search_hits"] = {"medborgarservice": ["/medborgarservice/"], "kontaktcenter": []}
SITES.append(s)

# 9175 Lerviken -- Episerver, 5: hero card; channels in closed <details>, chief in an inactive tab panel
s = base("9175", "Lerviken", "Lervikens", "14", "Västra Götalands län", "episerver", "lerviken.se",
         "08-465 004 50", "+46846500450", "Rådhusgatan 4", "999 50")
s["nav"] = area_nav()
s["hero"] = [("Servicecenter", "/servicecenter/", "Vi svarar på dina frågor"),
             ("Lediga jobb", "/lediga-jobb", "Sök jobb hos oss"),
             ("Felanmälan", "/e-tjanster/felanmalan", "Gata, park och belysning")]
s["news"] = GENERIC_NEWS
s["pages"] = {
    "/servicecenter/": ("servicecenter.html", "Servicecenter | Lervikens kommun",
        "<div class=\"Page__header\"><h1 data-epi-property-name=\"PageName\">Servicecenter</h1></div>"
        "<div class=\"Page__body\" data-epi-property-name=\"MainBody\"><p class=\"Preamble\">Servicecenter hjälper "
        "dig med frågor om bland annat förskola och skola, bygglov, avfall, vatten och avlopp, parkering och "
        "föreningsbidrag.</p><p>Ring oss på 08-465 004 50.</p>"
        "<details class=\"Accordion\"><summary class=\"Accordion__title\">Öppettider</summary>"
        "<table class=\"Table\"><tr><td>Måndag–torsdag</td><td>8.00–17.00</td></tr>"
        "<tr><td>Fredag</td><td>8.00–15.00</td></tr></table></details>"
        "<details class=\"Accordion\"><summary class=\"Accordion__title\">E-post och besöksadress</summary>"
        "<p>E-post: servicecenter@lerviken.se<br>Besöksadress: Kommunhuset, Rådhusgatan 4</p></details>"
        "<div class=\"Tabs\"><div role=\"tablist\" aria-label=\"Mer om Servicecenter\">"
        "<button role=\"tab\" id=\"tab-1\" aria-selected=\"true\" aria-controls=\"panel-1\">Vanliga frågor</button>"
        "<button role=\"tab\" id=\"tab-2\" aria-selected=\"false\" aria-controls=\"panel-2\" tabindex=\"-1\">"
        "Om oss</button></div>"
        "<div role=\"tabpanel\" id=\"panel-1\" aria-labelledby=\"tab-1\"><h2>Hur lång tid tar ett bygglov?</h2>"
        "<p>Oftast högst tio veckor från att ansökan är komplett.</p></div>"
        "<div role=\"tabpanel\" id=\"panel-2\" aria-labelledby=\"tab-2\" hidden><h2>Om Servicecenter</h2>"
        "<p>Servicecenter leds av enhetschef Maria Holm och har tolv medarbetare.</p></div></div>"
        "<script>document.querySelectorAll('[role=tab]').forEach(function(t){t.addEventListener('click',function(){"
        "document.querySelectorAll('[role=tab]').forEach(function(o){o.setAttribute('aria-selected','false');"
        "document.getElementById(o.getAttribute('aria-controls')).hidden=true;});t.setAttribute('aria-selected',"
        "'true');document.getElementById(t.getAttribute('aria-controls')).hidden=false;});});</script></div>"),
}
s["search_hits"] = {"servicecenter": ["/servicecenter/"], "kontaktcenter": []}
SITES.append(s)

# 9176 Granhamn -- Drupal, 2: only front-page entrance = news-teaser image alt; bare offer; Kontaktperson
s = base("9176", "Granhamn", "Granhamns", "08", "Kalmar län", "drupal", "granhamn.se",
         "031-390 06 50", "+46313900650", "Hamngatan 8", "999 60")
s["nav"] = area_nav()
s["topbar_extra"] = "<li><a href=\"/kontakta-oss\">Kontakta oss</a></li>"
s["hero"] = [("Lediga jobb", "/lediga-jobb", "Sök jobb hos oss"),
             ("Hamnen", "/kultur-och-fritid/", "Gästhamn och båtplatser"),
             ("Felanmälan", "/e-tjanster/felanmalan", "Gata, park och belysning")]
s["news"] = [("Längre telefontider i sommar", "langre-telefontider",
              "Från den 1 juni kan du ringa oss fram till kl. 18 på vardagar.",
              "Kundtjänstens medarbetare svarar i telefon"), GENERIC_NEWS[0]]
s["news_pages_extra"] = {
    "langre-telefontider": ("Längre telefontider i sommar",
        "Från den 1 juni kan du ringa oss fram till kl. 18 på vardagar.",
        "<p>Under juni, juli och augusti har Granhamns kommuns kundtjänst öppet längre på vardagar. "
        "<a href=\"/kundtjanst\">Läs mer om kundtjänst</a>.</p>")}
s["pages"] = {
    "/kontakta-oss": ("kontakta-oss.html", "Kontakta oss | Granhamns kommun",
        "<div class=\"node node--type-page\"><h1 class=\"page-title\">Kontakta oss</h1><div class=\"field--name-body\">"
        "<p>Här hittar du kontaktvägar till kommunen.</p><ul><li><a href=\"/kundtjanst\">Kundtjänst</a></li>"
        "<li><a href=\"/kommun-och-politik/\">Politiker och förvaltningar</a></li>"
        "<li><a href=\"/om-webbplatsen/kakor\">Om webbplatsen</a></li></ul></div></div>"),
    "/kundtjanst": ("kundtjanst.html", "Kundtjänst | Granhamns kommun",
        "<div class=\"node node--type-page\"><h1 class=\"page-title\">Kundtjänst</h1><div class=\"field--name-body\">"
        "<p>Välkommen till kundtjänst! Vi finns här för dig som bor, arbetar eller besöker Granhamn. Hör av dig "
        "om du undrar något – vi hjälper dig gärna.</p><h2>Kontakt</h2><p>Telefon 031-390 06 55<br>"
        "E-post kundtjanst@granhamn.se<br>Telefontid vardagar 8–16</p><p class=\"field--name-field-contact\">"
        "Kontaktperson för sidan: Henrik Dahl</p></div></div>"),
}
s["search_path"] = ("/search/node", "keys")
s["search_hits"] = {"kundtjänst": ["/kundtjanst", "/nyheter/langre-telefontider"], "kontaktcenter": []}
SITES.append(s)

# 9177 Tjärnsjö -- Bootstrap, 1: the unit's page is linked from nowhere (sitemap + site search only)
s = base("9177", "Tjärnsjö", "Tjärnsjö", "20", "Dalarnas län", "bootstrap", "tjarnsjo.se",
         "040-628 04 50", "+46406280450", "Kyrkbacken 1", "999 70")
s["nav"] = area_nav()
s["topbar_extra"] = "<li class=\"nav-item\"><a class=\"nav-link\" href=\"/kontakt/\">Kontakta oss</a></li>"
s["hero"] = [("Lediga jobb", "/lediga-jobb", "Sök jobb hos oss"),
             ("Badplatser", "/kultur-och-fritid/", "Badtemperaturer"),
             ("Förskola", "/barn-och-utbildning/", "Ansök om plats")]
s["news"] = GENERIC_NEWS
s["pages"] = {
    "/kontakt/": ("kontakt.html", "Kontakt - Tjärnsjö kommun",
        "<h1>Kontakt</h1><p>Ring kommunens växel på 040-628 04 50, vardagar 7.30–16.30, eller mejla "
        "kommun@tjarnsjo.se.</p><h2>Postadress</h2><p>Tjärnsjö kommun, Box 1, 999 70 Tjärnsjö</p>"),
    "/kundcenter/": ("kundcenter.html", "Kundcenter - Tjärnsjö kommun",
        "<h1>Kundcenter</h1><p>Kundcenter svarar på frågor om bygglov, avfallshämtning och förskoleplats.</p>"
        "<p>Ring 040-628 04 55.</p><p class=\"text-muted small\">Sidan uppdaterades 14 mars 2019.</p>"),
}
s["unlinked"] = ["/kundcenter/"]
s["search_hits"] = {"kundcenter": ["/kundcenter/"], "kontaktcenter": [], "kundtjänst": []}
SITES.append(s)

# 9178 Vitberga -- table layout, ISO-8859-1, 2: unit one click deep; JSON-LD/comment on the front page
s = base("9178", "Vitberga", "Vitberga", "17", "Värmlands län", "table", "vitberga.se",
         "0980-319 250", "+46980319250", "Kyrkvägen 3", "999 80")
MK = "/kommun-och-politik/medborgarkontoret.asp"
ORG = "/kommun-och-politik/organisation.asp"
s["nav"] = area_nav({"kommun-och-politik": [("Medborgarkontoret", MK), ("Organisation", ORG),
                                             ("Politik och beslut", "/kommun-och-politik/politik-och-beslut"),
                                             ("Ekonomi", "/kommun-och-politik/ekonomi")]})
s["front_extra_head"] = (
    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"GovernmentOrganization\","
    "\"name\":\"Vitberga kommun\",\"url\":\"__ORIGIN__/\",\"department\":{\"@type\":\"GovernmentOffice\","
    "\"name\":\"Medborgarkontoret\",\"url\":\"__ORIGIN__" + MK + "\"}}</script>\n")
s["hero"] = [("Lediga jobb", "/lediga-jobb", "Sök jobb hos oss"),
             ("Skolskjuts", "/barn-och-utbildning/", "Ansök om skolskjuts"),
             ("Sophämtning", "/bygga-bo-och-miljo/", "Tömningsschema")]
s["news"] = GENERIC_NEWS
s["front_extra"] = "<!-- puff medborgarkontoret borttagen 2025-09 (ny layout) -->\n"
s["pages"] = {
    MK: ("medborgarkontoret.html", "Medborgarkontoret - Vitberga kommun",
        "<h1>Medborgarkontoret</h1><p><b>Medborgarkontoret i kommunhuset hjälper dig med frågor om "
        "bostadsanpassning, färdtjänst, skolskjuts och avgifter för barnomsorg.</b></p>"
        "<p>Du kan också hämta blanketter, lämna in ansökningar och få hjälp att använda kommunens e-tjänster.</p>"
        "<p>Ring oss på 0980-319 250 (samma nummer som växeln) eller kom in till oss.<br>"
        "Besöksadress: Kyrkvägen 3, Vitberga</p>"
        "<p>Medborgarkontoret är en del av kommunledningskontoret. Läs mer om kommunens "
        f"<a href=\"{ORG}\">organisation</a>.</p><p><font size=\"1\">Sidansvarig: Gunilla Berg</font></p>"),
    ORG: ("organisation.html", "Organisation - Vitberga kommun",
        "<h1>Organisation</h1><p>Kommunens verksamhet är indelad i fyra förvaltningar och kommunledningskontoret."
        "</p><table border=\"1\" cellpadding=\"4\"><tr><th>Förvaltning</th><th>Chef</th></tr>"
        "<tr><td>Kommunledningskontoret</td><td>Kommundirektör Bengt Ragnarsson</td></tr>"
        "<tr><td>Barn- och utbildningsförvaltningen</td><td>Förvaltningschef Inger Ask</td></tr>"
        "<tr><td>Socialförvaltningen</td><td>Förvaltningschef Per Ekman</td></tr>"
        "<tr><td>Samhällsbyggnadsförvaltningen</td><td>Förvaltningschef Lars Vik</td></tr></table>"),
}
s["search_hits"] = {"medborgarkontoret": [MK], "medborgarkontor": [MK], "kontaktcenter": []}
s["latin1"] = True
SITES.append(s)

# 9179 Kvarnlöv -- ARIA-role divs, 4: top bar tel: link named by its title only; "det mesta som rör kommunen"
s = base("9179", "Kvarnlöv", "Kvarnlövs", "12", "Skåne län", "aria", "kvarnlov.se",
         "08-465 004 80", "+46846500480", "Kvarngatan 2", "999 90")
KC9 = "/kontaktcenter/"
ORG9 = "/kommun-och-politik/organisation/"
s["nav"] = area_nav({"kommun-och-politik": [("Organisation", ORG9),
                                             ("Politik och beslut", "/kommun-och-politik/politik-och-beslut"),
                                             ("Ekonomi", "/kommun-och-politik/ekonomi"),
                                             ("Allmänna handlingar", "/kommun-och-politik/allmanna-handlingar")]})
s["topbar_extra"] = ("<div role=\"listitem\" class=\"tb-tel\"><a href=\"tel:+46846500480\" "
                     "title=\"Ring Kontaktcenter\">08-465 004 80</a></div>")
s["hero"] = [("Lediga jobb", "/lediga-jobb", "Sök jobb hos oss"),
             ("Gymnasieval", "/barn-och-utbildning/", "Inför gymnasievalet"),
             ("Felanmälan", "/e-tjanster/felanmalan", "Gata, park och belysning")]
s["news"] = GENERIC_NEWS
s["footer_extra"] = (f"<div class=\"f-col\"><h2>Hjälp</h2><ul><li><a href=\"{KC9}\">Kontaktcenter</a></li>"
                     "<li><a href=\"/om-webbplatsen/kakor\">Om kakor</a></li></ul></div>")
s["pages"] = {
    KC9: ("kontaktcenter.html", "Kontaktcenter - Kvarnlövs kommun",
        "<h1>Kontaktcenter</h1><p class=\"ingress\">Kontaktcenter är kommunens väg in. Vi hjälper dig med det "
        "mesta som rör kommunen och kommunens service.</p><h2>Så når du oss</h2><p>Telefon 08-465 004 80<br>"
        "E-post kontaktcenter@kvarnlov.se<br>Vi svarar vardagar 8.00–16.30.</p><p>Kontaktcenter är en enhet "
        f"inom kommunledningskontoret. Se kommunens <a href=\"{ORG9}\">organisation</a>.</p>"),
    ORG9: ("organisation.html", "Organisation - Kvarnlövs kommun",
        "<h1>Organisation</h1><p>Här ser du vilka enheter som finns inom kommunledningskontoret och vem som "
        "leder dem.</p><table class=\"staff\"><thead><tr><th>Enhet</th><th>Roll</th><th>Namn</th></tr></thead>"
        "<tbody><tr><td>Kommunledningskontoret</td><td>Kommundirektör</td><td>Anders Moberg</td></tr>"
        "<tr><td>Ekonomi</td><td>Ekonomichef</td><td>Karin Sjö</td></tr>"
        "<tr><td>Kontaktcenter</td><td>Enhetschef</td><td>Petra Wallin</td></tr>"
        "<tr><td>Kommunikation</td><td>Kommunikationschef</td><td>Jonas Ek</td></tr></tbody></table>"),
}
s["search_hits"] = {"kontaktcenter": [KC9], "kundtjänst": []}
SITES.append(s)


# --------------------------------------------------------------------------- writer
def write_site(s: dict) -> None:
    d = ROOT / s["kommunkod"]
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    chrome = FAMILIES[s["family"]]
    enc = "iso-8859-1" if s.get("latin1") else "utf-8"
    ctype = "text/html; charset=iso-8859-1" if s.get("latin1") else None
    pages: dict[str, object] = {}
    gen = s["kommun_gen"]

    def put(path: str, fname: str, title: str, body: str, head_extra: str = "", front: bool = False) -> None:
        html = chrome(s, title, body, head_extra, front)
        (d / fname).write_bytes(html.encode(enc, errors="xmlcharrefreplace"))
        pages[path] = {"file": fname, "content_type": ctype} if ctype else fname

    news = [(t, f"/nyheter/{sl}", x, alt) for t, sl, x, alt in s["news"]]
    front = (hero(s, s["hero"]) + s.get("front_extra", "") + news_block(news) + FILLER)
    put("/", "index.html", f"Startsida - {gen} kommun", front, s.get("front_extra_head", ""), True)
    for label, sl, _subs in AREAS:
        nav_item = next(it for it in s["nav"] if it["href"] == f"/{sl}/")
        put(f"/{sl}/", f"{sl}.html", f"{label} - {gen} kommun", area_page(label, sl, nav_item["subs"]))
    all_news = [(t, sl, x) for t, sl, x, _ in s["news"]]
    lis = "".join(f"<li><a href=\"/nyheter/{sl}\">{esc(t)}</a> <span>{esc(x)}</span></li>" for t, sl, x in all_news)
    put("/nyheter/", "nyheter.html", f"Nyheter - {gen} kommun", f"<h1>Nyheter</h1><ul class=\"news-list\">{lis}</ul>")
    extra = s.get("news_pages_extra", {})
    for t, sl, x in all_news:
        if sl in extra:
            et, ex, eb = extra[sl]
            put(f"/nyheter/{sl}", f"nyhet-{sl}.html", f"{et} - {gen} kommun", news_page(et, ex, eb))
        else:
            put(f"/nyheter/{sl}", f"nyhet-{sl}.html", f"{t} - {gen} kommun", news_page(t, x))
    for path, (fname, title, body) in {**about_pages(s), **s.get("pages", {})}.items():
        if not title.endswith("kommun"):
            title = f"{title} - {gen} kommun"
        put(path, fname, title, body)
    spath, sparam = s.get("search_path", ("/sok/", "q"))
    if s["family"] == "municipio":
        spath, sparam = "/", "s"
    tpl = chrome(s, f"Sök - {gen} kommun", "<h1>Sök</h1>\n<!--SEARCH_RESULTS-->", "", False)
    (d / "sok.html").write_bytes(tpl.encode(enc, errors="xmlcharrefreplace"))
    order = sorted(pages, key=lambda p: (p != "/", p))
    manifest = {
        "kommunkod": s["kommunkod"], "kommun": s["kommun"], "lan_kod": s["lan_kod"], "lan": s["lan"],
        "family": s["family"], "pages": {p: pages[p] for p in order}, "redirects": s.get("redirects", {}),
        "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
        "sitemap": order,
        "search": {"path": spath, "param": sparam, "hits": s.get("search_hits", {}),
                   "template": {"file": "sok.html", "content_type": ctype} if ctype else "sok.html"},
        "front_status": None,
    }
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_loop_site() -> None:
    """9180 Sälgsund: / and /sv/ redirect to each other (unreachable: redirect loop)."""
    d = ROOT / "9180"
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    s = base("9180", "Sälgsund", "Sälgsunds", "24", "Västerbottens län", "municipio", "salgsund.se",
             "031-390 06 80", "+46313900680", "Sundsgatan 1", "999 95")
    s["nav"] = area_nav()
    body = ("<h1>Kontaktcenter</h1><p>Kontaktcenter svarar på frågor om skola, omsorg och avfall. "
            "Telefon 031-390 06 80, e-post kontaktcenter@salgsund.se.</p>")
    (d / "kontaktcenter.html").write_text(municipio(s, "Kontaktcenter - Sälgsunds kommun", body), encoding="utf-8")
    manifest = {
        "kommunkod": "9180", "kommun": "Sälgsund", "lan_kod": "24", "lan": "Västerbottens län",
        "family": "municipio", "pages": {"/sv/kontaktcenter/": "kontaktcenter.html"},
        "redirects": {"/": ["/sv/", 302], "/sv/": ["/", 302]},
        "robots": "User-agent: *\nDisallow: /wp-admin/\n", "front_status": None,
    }
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def municipio(s, title, body):
    return FAMILIES["municipio"](s, title, body, "", False)


def main() -> None:
    ROOT.mkdir(parents=True, exist_ok=True)
    for s in SITES:
        write_site(s)
    write_loop_site()
    print(f"wrote {len(SITES) + 1} sites to {ROOT}")


if __name__ == "__main__":
    main()
