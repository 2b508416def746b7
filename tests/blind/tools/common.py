"""Shared helpers and content for the blind-corpus site generator.

Everything here was written from RUBRIC.md alone. The generator writes static
HTML files; the files (not this script) are the corpus.
"""
from __future__ import annotations

import html
import json
import re

ORIGIN = "__ORIGIN__"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def slug(s: str) -> str:
    s = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), ("ü", "u")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# Primary-menu catalogue: key -> (label, sub-items). None of these labels names a
# service function; sites add their own items where a case needs it.
CATALOG: dict[str, tuple[str, list[str]]] = {
    "BU": ("Barn och utbildning", [
        "Förskola", "Pedagogisk omsorg", "Grundskola", "Fritidshem", "Gymnasieskola",
        "Vuxenutbildning", "Skolskjuts", "Elevhälsa", "Kulturskolan", "Skolval"]),
    "OM": ("Omsorg och hjälp", [
        "Äldreomsorg", "Hemtjänst", "Särskilt boende", "Funktionsnedsättning",
        "Ekonomiskt bistånd", "Stöd till barn och familj", "Missbruk och beroende",
        "Stöd vid våld i nära relation", "Färdtjänst", "Budget- och skuldrådgivning"]),
    "BB": ("Bygga, bo och miljö", [
        "Bygglov", "Detaljplaner", "Kartor och mätning", "Avfall och återvinning",
        "Vatten och avlopp", "Miljö och hälsoskydd", "Energi- och klimatrådgivning",
        "Bostadsanpassning", "Lediga tomter"]),
    "KP": ("Kommun och politik", [
        "Kommunfullmäktige", "Kommunstyrelsen", "Nämnder", "Val", "Budget och ekonomi",
        "Styrdokument", "Allmänna handlingar", "Synpunkter och klagomål",
        "Överklaga beslut", "Lediga jobb"]),
    "UG": ("Uppleva och göra", [
        "Bibliotek", "Idrott och motion", "Simhall", "Kultur och konst", "Evenemang",
        "Friluftsliv och natur", "Föreningsliv", "Fritidsgårdar", "Besöksmål"]),
    "NA": ("Näringsliv och arbete", [
        "Starta företag", "Tillstånd och regler", "Upphandling", "Mark och lokaler",
        "Arbetsmarknad", "Feriearbete", "Näringslivsnytt"]),
    "TI": ("Trafik och infrastruktur", [
        "Gator och vägar", "Parkering", "Kollektivtrafik", "Gång och cykel",
        "Snöröjning", "Gatubelysning", "Vägarbeten", "Felanmälan"]),
}

SUB_TEXT = {
    "Förskola": "Ansök om plats, avgifter och kommunens förskolor.",
    "Grundskola": "Skolor, skolval, läsårstider och stöd i skolan.",
    "Gymnasieskola": "Program, antagning och studiestöd.",
    "Vuxenutbildning": "Komvux, SFI och yrkesutbildningar.",
    "Skolskjuts": "Vem har rätt till skolskjuts och hur ansöker man?",
    "Äldreomsorg": "Hemtjänst, trygghetslarm, dagverksamhet och boenden.",
    "Hemtjänst": "Hjälp i hemmet med vardagliga sysslor och personlig omvårdnad.",
    "Ekonomiskt bistånd": "Försörjningsstöd när pengarna inte räcker.",
    "Färdtjänst": "Resor för dig som inte kan åka med allmänna kommunikationer.",
    "Bygglov": "När behöver du bygglov, anmälan eller startbesked?",
    "Detaljplaner": "Pågående och gällande planer, samråd och granskning.",
    "Avfall och återvinning": "Sophämtning, återvinningscentraler och grovavfall.",
    "Vatten och avlopp": "Dricksvatten, enskilt avlopp och vattenmätare.",
    "Miljö och hälsoskydd": "Tillsyn, buller, radon och klagomål på inomhusmiljö.",
    "Kommunfullmäktige": "Sammanträden, handlingar och webbsändningar.",
    "Val": "Information om val till riksdag, region och kommun.",
    "Synpunkter och klagomål": "Tyck till om kommunens verksamheter.",
    "Lediga jobb": "Sök jobb hos en av länets största arbetsgivare.",
    "Bibliotek": "Öppettider, e-böcker och program för alla åldrar.",
    "Idrott och motion": "Idrottsanläggningar, motionsspår och bokning.",
    "Evenemang": "Vad händer i kommunen den närmaste tiden?",
    "Starta företag": "Råd och tillstånd för dig som vill starta eget.",
    "Upphandling": "Aktuella upphandlingar och avtal.",
    "Parkering": "Parkeringstillstånd, avgifter och boendeparkering.",
    "Snöröjning": "Så prioriterar vi snöröjning och halkbekämpning.",
    "Felanmälan": "Anmäl fel på gator, belysning, lekplatser och parker.",
}


def make_areas(keys, url, extra=None, labels=None, drop=None):
    """Build the primary menu.

    keys: catalogue keys in order. url(area_slug, sub_slug|None) -> href.
    extra: {key: [(label, href), ...]} appended to that area's sub-items.
    labels: {key: label} overrides. drop: {key: set(labels)} to leave out.
    """
    extra = extra or {}
    labels = labels or {}
    drop = drop or {}
    areas = []
    for k in keys:
        label, subs = CATALOG[k]
        label = labels.get(k, label)
        a_slug = slug(label)
        items = [(s, url(a_slug, slug(s))) for s in subs if s not in drop.get(k, ())]
        items += list(extra.get(k, []))
        areas.append({"key": k, "label": label, "slug": a_slug, "href": url(a_slug, None),
                      "subs": items})
    return areas


def count_menu_links(areas) -> int:
    return sum(1 + len(a["subs"]) for a in areas)


def landing_body(area, intro=None) -> str:
    parts = [f"<p class=\"lead\">{esc(intro or 'Här hittar du information och e-tjänster inom ' + area['label'].lower() + '.')}</p>",
             "<ul class=\"link-list\">"]
    for label, href in area["subs"]:
        t = SUB_TEXT.get(label, f"Läs mer om {label.lower()}.")
        parts.append(f"<li><a href=\"{esc(href)}\">{esc(label)}</a><p>{esc(t)}</p></li>")
    parts.append("</ul>")
    return "\n".join(parts)


def jsonld(S, extra=None) -> str:
    d = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": S["name"],
        "url": ORIGIN + "/",
        "logo": ORIGIN + "/img/logo.svg",
        "telephone": S["phone_intl"],
        "email": S["email"],
        "address": {"@type": "PostalAddress", "streetAddress": S["street"],
                    "postalCode": S["zip"], "addressLocality": S["town"],
                    "addressCountry": "SE"},
    }
    if extra:
        d.update(extra)
    return json.dumps(d, ensure_ascii=False, indent=1)


COOKIE_TEXT = ("Vi använder kakor (cookies) för att webbplatsen ska fungera och för att "
               "förstå hur den används. Du väljer själv om du vill tillåta statistikkakor.")

COOKIE_SCRIPT = """
(function(){
  var b=document.getElementById('cookie-banner');
  if(!b){return;}
  try{ if(localStorage.getItem('cc')){ b.setAttribute('hidden',''); } }catch(e){}
  b.addEventListener('click',function(ev){
    var t=ev.target; if(t && t.getAttribute && t.getAttribute('data-cc')){
      try{ localStorage.setItem('cc', t.getAttribute('data-cc')); }catch(e){}
      b.setAttribute('hidden','');
    }
  });
})();
"""

STATS_SCRIPT = """
window.dataLayer = window.dataLayer || [];
function gtagLite(){ dataLayer.push(arguments); }
gtagLite('consent','default',{analytics_storage:'denied'});
gtagLite('page', location.pathname);
"""

ACCESS_BODY = """
<p>{name} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda
webbplatsen. Det här dokumentet beskriver hur webbplatsen uppfyller lagen om tillgänglighet till
digital offentlig service, eventuella kända tillgänglighetsproblem och hur du kan rapportera brister
till oss så att vi kan åtgärda dem.</p>
<h2>Hur tillgänglig är webbplatsen?</h2>
<p>Vi vet att delar av webbplatsen inte är helt tillgängliga. Se avsnittet om innehåll som inte är
tillgängligt nedan för mer information.</p>
<h2>Vad kan du göra om du inte kan använda delar av webbplatsen?</h2>
<p>Om du behöver innehåll från webbplatsen som inte är tillgängligt för dig, men som inte omfattas av
lagens tillämpningsområde, kan du meddela oss via e-post till {email} eller genom att ringa
kommunens växel på {phone}.</p>
<h2>Rapportera brister i webbplatsens tillgänglighet</h2>
<p>Vi strävar hela tiden efter att förbättra webbplatsens tillgänglighet. Om du upptäcker problem som
inte är beskrivna på den här sidan, eller om du anser att vi inte uppfyller lagens krav, meddela oss
så att vi får veta att problemet finns.</p>
<h2>Tillsyn</h2>
<p>Myndigheten för digital förvaltning har ansvaret för tillsyn för lagen om tillgänglighet till
digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta
Myndigheten för digital förvaltning och påtala det.</p>
<h2>Teknisk information om webbplatsens tillgänglighet</h2>
<p>Den här webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service,
på grund av de brister som beskrivs nedan.</p>
<h3>Innehåll som inte är tillgängligt</h3>
<ul>
<li>Vissa äldre PDF-dokument är inte tillgänglighetsanpassade.</li>
<li>Inspelade sändningar från kommunfullmäktige saknar i vissa fall undertexter.</li>
<li>Några kartor går inte att använda med tangentbord.</li>
</ul>
<h2>Hur vi testat webbplatsen</h2>
<p>Vi har gjort en självskattning (intern testning) av webbplatsen. Senaste bedömningen gjordes den
14 februari 2024. Redogörelsen uppdaterades senast den 2 mars 2024.</p>
"""

COOKIES_BODY = """
<p>En kaka (cookie) är en liten textfil som webbplatsen du besöker sparar på din dator. Kakor används
på många webbplatser för att ge besökaren tillgång till olika funktioner.</p>
<h2>Nödvändiga kakor</h2>
<p>Nödvändiga kakor behövs för att webbplatsen ska fungera, till exempel för att komma ihåg ditt val
i kakbannern. De kan inte stängas av.</p>
<h2>Statistikkakor</h2>
<p>Vi använder ett statistikverktyg för att se hur besökarna använder webbplatsen. Statistiken
hjälper oss att förbättra webbplatsen. Statistikkakor sparas bara om du godkänner dem.</p>
<table class="cookie-table"><caption>Kakor på webbplatsen</caption>
<tr><th>Namn</th><th>Syfte</th><th>Lagringstid</th></tr>
<tr><td>cc</td><td>Sparar ditt val om kakor</td><td>12 månader</td></tr>
<tr><td>_stat_id</td><td>Anonym besöksstatistik</td><td>13 månader</td></tr>
<tr><td>sess</td><td>Sessionskaka för e-tjänster</td><td>Sessionen</td></tr>
</table>
<h2>Så undviker du kakor</h2>
<p>Om du inte accepterar användningen av kakor kan du stänga av dem i din webbläsares
säkerhetsinställningar. Du kan också ställa in webbläsaren så att du får en varning varje gång
webbplatsen försöker sätta en kaka.</p>
"""


def news_list_body(news) -> str:
    rows = ["<ul class=\"news-list\">"]
    for n in news:
        rows.append(
            f"<li><a href=\"{esc(n['href'])}\">{n['title']}</a> <time datetime=\"{n['date']}\">{n['date']}</time>"
            f"<p>{n['excerpt']}</p></li>")
    rows.append("</ul>")
    return "\n".join(rows)


def events_body(events) -> str:
    rows = ["<ul class=\"event-list\">"]
    for e in events:
        rows.append(f"<li><time datetime=\"{e['date']}\">{e['date']}</time> <a href=\"{esc(e['href'])}\">{esc(e['title'])}</a>, {esc(e['place'])}</li>")
    rows.append("</ul>")
    return "\n".join(rows)


LOREM_EXTRA = [
    "Informationen på sidan uppdateras löpande. Har du synpunkter på innehållet är du välkommen att höra av dig via formuläret för synpunkter och klagomål.",
    "Många ärenden kan du sköta dygnet runt via kommunens e-tjänster. Du loggar in med e-legitimation.",
    "Kommunen följer dataskyddsförordningen när vi behandlar dina personuppgifter. Läs mer i vår information om personuppgifter.",
]
