"""Typing aid that wrote tests/blind50/sites/ (the files are the corpus; labels are hand-written).

    python3 tests/blind50/tools/build_sites.py

Ten fictional municipalities 9565-9574, ten markup families (see README.md).
"""
from __future__ import annotations

import html
import json
import shutil
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
SITES = HERE.parent / "sites"

AREAS = [
    ("Barn och utbildning", "barn-och-utbildning",
     ["Förskola", "Grundskola", "Gymnasium", "Skolskjuts", "Vuxenutbildning"]),
    ("Omsorg och stöd", "omsorg-och-stod",
     ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Ekonomiskt bistånd", "Färdtjänst"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo",
     ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Energirådgivning", "Detaljplaner"]),
    ("Trafik och gator", "trafik-och-gator",
     ["Parkering", "Gator och vägar", "Snöröjning", "Kollektivtrafik", "Felanmälan"]),
    ("Kultur och fritid", "kultur-och-fritid",
     ["Bibliotek", "Idrottsanläggningar", "Badplatser", "Föreningar", "Kulturskola"]),
    ("Näringsliv och arbete", "naringsliv-och-arbete",
     ["Starta företag", "Upphandling", "Lediga jobb", "Tillstånd", "Mark och lokaler"]),
    ("Kommun och politik", "kommun-och-politik",
     ["Politik och demokrati", "Organisation", "Ekonomi", "Allmänna handlingar", "Synpunkter"]),
]

SLUG = str.maketrans({"å": "a", "ä": "a", "ö": "o", " ": "-", ",": ""})


def slug(s: str) -> str:
    return s.lower().translate(SLUG)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


# ---------------------------------------------------------------- site data
# Each site: code, name, gen (genitive), domain, lan, family, phone prefix, address,
# nav_extra (7th top-level item or None), sub_extra {area slug: [(label, href)]},
# topbar_extra, hero_cards, news (front teasers), footer_extra, pages {path: (title, h1, html)},
# area_extra {area slug: html}, redirects, search hits.

S: list[dict] = []


def site(**kw):
    S.append(kw)
    return kw


GENERIC_NEWS = [
    ("Ny förskola invigs i {ort}", "ny-forskola", "Den nya förskolan har sex avdelningar och en stor gård.",
     "<p>Den nya förskolan på Lönnvägen tar emot de första barnen i augusti. Förskolan har sex "
     "avdelningar, ett tillagningskök och en gård med skogsdunge.</p><p>Ansökan om plats görs i "
     "e-tjänsten för förskola.</p>"),
    ("Vägarbete på Storgatan under våren", "vagarbete-storgatan",
     "Storgatan stängs av för genomfartstrafik mellan april och juni.",
     "<p>Vi byter vatten- och avloppsledningar under Storgatan. Gatan stängs för genomfartstrafik "
     "mellan den 7 april och den 27 juni. Omledning skyltas via Järnvägsgatan.</p>"),
]


def std_pages(s: dict) -> dict:
    """Area pages, two generic news items and the accessibility statement."""
    pages = {}
    shown = {h for _, h, _ in nav_items(s)}
    for label, sl, subs in AREAS:
        if f"/{sl}/" not in shown:
            continue
        extra = s.get("area_extra", {}).get(sl, "")
        items = "".join(f'<li><a href="/{sl}/{slug(x)}/">{esc(x)}</a></li>' for x in subs)
        body = (f"<p>Här hittar du information om {esc(label.lower())} i {s['name']}.</p>"
                f"<ul class=\"{s['cls']}-list\">{items}</ul>{extra}")
        pages[f"/{sl}/"] = (label, label, body)
    for title, sl, _teaser, body in GENERIC_NEWS:
        t = title.format(ort=s["name"])
        pages[f"/nyheter/{sl}/"] = (t, t, f"<p class=\"{s['cls']}-date\">Publicerad 3 mars 2025</p>{body}")
    pages["/tillganglighetsredogorelse/"] = (
        "Tillgänglighetsredogörelse", "Tillgänglighetsredogörelse",
        f"<p>{s['name']}s kommun står bakom denna webbplats. Vi vill att så många som möjligt ska "
        "kunna använda den. Den här redogörelsen beskriver hur webbplatsen uppfyller lagen om "
        "tillgänglighet till digital offentlig service.</p><p>Delar av webbplatsen är inte helt "
        "tillgängliga: vissa PDF-dokument saknar struktur och några filmer saknar textning.</p>")
    return pages


# ---------------------------------------------------------------- 9565 Alvsunda, semantic
site(code="9565", name="Alvsunda", lan_kod="01", lan="Stockholms län", family="semantic", cls="as",
     domain="alvsunda.se", tel="08-465 004 00", addr="Rådhusgatan 2", post="999 11 Alvsunda",
     orgnr="219999-0565",
     nav_extra=("Kontaktcenter", "/kontaktcenter/"),
     hero_cards=[("Ansök om förskoleplats", "/e-tjanster/forskola/"), ("Felanmälan", "/e-tjanster/felanmalan/"),
                 ("Lediga jobb", "/jobb/")],
     news=[("Kontaktcentret förlänger telefontiden", "/nyheter/kontaktcentret-forlanger-telefontiden/",
            "Från 1 april svarar vi i telefon till klockan 18 på torsdagar.")],
     footer_extra="<p>Elnät och fjärrvärme: Alvsunda Energi AB:s kundtjänst, 08-465 004 99</p>",
     pages={
         "/kontaktcenter/": ("Kontaktcenter", "Kontaktcenter", """
<p class="as-lead">Kontaktcenter är din väg in till Alvsunda kommun. Vi tar emot dina samtal,
mejl och besök och ser till att du får svar.</p>
<section class="as-block">
<h2>Vad kan vi hjälpa dig med?</h2>
<p>Hos oss får du svar på frågor om förskoleplats och skolskjuts, sophämtning och slamtömning,
parkeringstillstånd och färdtjänst. Vi hjälper dig också med de första frågorna om bygglov och
med att fylla i kommunens e-tjänster. Kan vi inte svara direkt kopplar vi dig vidare till rätt
handläggare.</p>
</section>
<section class="as-block">
<h2>Hur når jag er?</h2>
<ul class="as-channels">
<li><a href="tel:+46846500410"><svg aria-hidden="true" width="20" height="20"><circle cx="10" cy="10" r="8"/></svg><span class="as-ch-label">Ring</span> 08-465 004 10</a> <span class="as-ch-note">vardagar 8–17</span></li>
<li><a href="mailto:kontaktcenter@alvsunda.se"><svg aria-hidden="true" width="20" height="20"><rect width="18" height="12"/></svg><span class="as-ch-label">Mejla</span> kontaktcenter@alvsunda.se</a></li>
<li><svg aria-hidden="true" width="20" height="20"><path d="M10 1 L18 18 L2 18 Z"/></svg><span class="as-ch-label">Besök</span> Rådhusgatan 2, entréplan. Öppet måndag–fredag 9–16.</li>
</ul>
</section>
<section class="as-block">
<h2>Vem ansvarar?</h2>
<p>Enhetschef för kontaktcenter: Karin Ölund</p>
</section>
"""),
         "/nyheter/kontaktcentret-forlanger-telefontiden/": (
             "Kontaktcentret förlänger telefontiden", "Kontaktcentret förlänger telefontiden", """
<p class="as-date">Publicerad 12 mars 2025</p>
<p>Från den 1 april svarar kontaktcentret i telefon till klockan 18 på torsdagar. Övriga dagar gäller
de vanliga tiderna.</p>
<p><a href="/kontaktcenter/">Läs mer om kontaktcenter</a></p>
"""),
     },
     search={"kontaktcenter": ["/kontaktcenter/", "/nyheter/kontaktcentret-forlanger-telefontiden/"]})

# ---------------------------------------------------------------- 9566 Brobäcke, soup
site(code="9566", name="Brobäcke", lan_kod="03", lan="Uppsala län", family="soup", cls="q",
     domain="brobacke.se", tel="031-390 06 00", addr="Kyrkbacken 4", post="999 21 Brobäcke",
     orgnr="219999-0566",
     hero_cards=[("Servicecenter", "/servicecenter/"), ("Sök förskola", "/e-tjanster/forskola/"),
                 ("Vatten och avlopp", "/bygga-bo-och-miljo/vatten-och-avlopp/")],
     hero_card_text={"/servicecenter/": "Vi svarar när du ringer, mejlar eller kommer förbi"},
     sub_extra={"naringsliv-och-arbete": [("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag/")]},
     news=[],
     pages={
         "/servicecenter/": ("Servicecenter", "Servicecenter", """
<div class="q9">Servicecenter är kommunens första kontakt med dig som invånare.</div>
<div class="k2"><b>Vanliga ärenden</b></div>
<dl class="k3">
<dt>Barn och skola</dt><dd>förskoleplats, skolval och skolskjuts</dd>
<dt>Bygga och bo</dt><dd>bygglovsfrågor, nybyggnadskarta och adressändring för fastighet</dd>
<dt>Avfall</dt><dd>sophämtning, tömningsschema och kärlbyte</dd>
<dt>Omsorg</dt><dd>färdtjänst och trygghetslarm</dd>
</dl>
<div class="k2"><b>Telefontider</b></div>
<table class="k5">
<tr><td>Måndag–torsdag</td><td>8.00–16.30</td></tr>
<tr><td>Fredag</td><td>8.00–15.00</td></tr>
<tr><td>Lunch</td><td>stängt 12.00–12.45</td></tr>
</table>
<div class="k6">Telefon <a href="tel:+46313900620">031-390 06 20</a></div>
<div class="k7">Våra kommunvägledare: Sara Ek, Ali Nur och Johanna Björk.</div>
<div class="k8">Sidansvarig: Jonas Berg, webbredaktör</div>
"""),
         "/naringsliv-och-arbete/servicecenter-for-foretag/": (
             "Servicecenter för företag", "Servicecenter för företag", """
<div class="q9">Servicecenter för företag hjälper dig som driver eller vill starta företag med tillstånd
och etablering.</div>
<div class="k6">Telefon 031-390 06 29, foretag@brobacke.se</div>
<div class="k7">Enhetschef för Servicecenter för företag: Olle Granat</div>
"""),
     },
     area_extra={"naringsliv-och-arbete": '<div class="k2"><a href="/naringsliv-och-arbete/servicecenter-for-foretag/">Servicecenter för företag</a></div>'},
     search={"servicecenter": ["/servicecenter/", "/naringsliv-och-arbete/servicecenter-for-foretag/"]})

# ---------------------------------------------------------------- 9567 Ekmyra, table / latin-1
site(code="9567", name="Ekmyra", lan_kod="05", lan="Östergötlands län", family="table", cls="t",
     domain="ekmyra.se", tel="0980-319 200", addr="Storgatan 10", post="999 31 Ekmyra",
     orgnr="219999-0567", latin1=True,
     nav_extra=("MEDBORGARKONTORET", "/medborgarkontoret.asp"),
     hero_cards=[("Lediga jobb", "/jobb/"), ("Felanmälan", "/e-tjanster/felanmalan/")],
     news=[],
     pages={
         "/medborgarkontoret.asp": ("Medborgarkontoret", "Medborgarkontoret", """
<p><font face="Verdana, Arial" size="2">Medborgarkontoret finns i kommunhusets entré.</font></p>
<p><font face="Verdana, Arial" size="2"><b>Det här kan du få hjälp med hos oss</b></font></p>
<table border="1" cellpadding="4" cellspacing="0" width="90%" summary="Ärenden">
<tr bgcolor="#dde8cc"><th><font face="Verdana" size="2">Ärende</font></th><th><font face="Verdana" size="2">Exempel</font></th></tr>
<tr><td><font face="Verdana" size="2">Barnomsorg</font></td><td><font face="Verdana" size="2">ansökan om förskoleplats, avgifter</font></td></tr>
<tr><td><font face="Verdana" size="2">Bostadsanpassning</font></td><td><font face="Verdana" size="2">hjälp att fylla i ansökan</font></td></tr>
<tr><td><font face="Verdana" size="2">Avfall</font></td><td><font face="Verdana" size="2">sophämtning, latrin, kärlstorlek</font></td></tr>
<tr><td><font face="Verdana" size="2">Parkering</font></td><td><font face="Verdana" size="2">parkeringstillstånd för rörelsehindrade</font></td></tr>
</table>
<br>
<div class="vcard">
<font face="Verdana, Arial" size="2">
<b class="fn org">Medborgarkontoret</b><br>
<span class="adr"><span class="street-address">Storgatan 10, entréplan</span>,
<span class="postal-code">999 31</span> <span class="locality">Ekmyra</span></span><br>
Tel: <span class="tel">0980-319 230</span><br>
E-post: <span class="email">medborgarkontoret@ekmyra.se</span>
</font>
</div>
<p><font face="Verdana, Arial" size="1">Kommunvägledare: Birgitta Sand, Omar Haddad</font></p>
"""),
         "/kommun-och-politik/organisation.asp": ("Organisation", "Organisation", """
<p><font face="Verdana" size="2">Kommunens högsta tjänsteperson är kommundirektör Göran Falk.
Under kommundirektören finns fyra förvaltningar.</font></p>
"""),
     },
     area_extra={"kommun-och-politik": '<p><a href="/kommun-och-politik/organisation.asp">Organisation och förvaltningar</a></p>'},
     search={"medborgarkontor": ["/medborgarkontoret.asp"], "medborgarkontoret": ["/medborgarkontoret.asp"]})

# ---------------------------------------------------------------- 9568 Fjärdhamn, sitevision
site(code="9568", name="Fjärdhamn", lan_kod="10", lan="Blekinge län", family="sitevision", cls="sv",
     domain="fjardhamn.se", tel="040-628 04 00", addr="Hamngatan 5", post="999 41 Fjärdhamn",
     orgnr="219999-0568",
     sub_extra={"kommun-och-politik": [("Kundcenter", "/kommun-och-politik/kundcenter.4.61a2b3c.html")]},
     hero_cards=[("Fjärdhamnsbostäder kundcenter", "/bygga-bo-och-miljo/"),
                 ("Ansök om bygglov", "/e-tjanster/bygglov/"), ("Skolval", "/e-tjanster/skolval/")],
     hero_card_text={"/bygga-bo-och-miljo/": "Felanmälan och frågor om din hyreslägenhet"},
     news=[],
     pages={
         "/kommun-och-politik/kundcenter.4.61a2b3c.html": ("Kundcenter", "Kundcenter", """
<div class="sv-portlet sv-text-portlet"><p class="normal">Kundcenter tar emot frågor från invånare
och besökare.</p></div>
<div class="sv-portlet sv-text-portlet"><h2 class="subheading">Vad kan jag få hjälp med?</h2></div>
<div class="sv-portlet sv-card-grid">
<div class="sv-card"><a href="/barn-och-utbildning/forskola/"><span class="sv-card__title">Förskoleplats</span><span class="sv-card__text">Ansök, byt eller säg upp</span></a></div>
<div class="sv-card"><a href="/bygga-bo-och-miljo/bygglov/"><span class="sv-card__title">Bygglov</span><span class="sv-card__text">Vad krävs och hur lång tid tar det?</span></a></div>
<div class="sv-card"><a href="/bygga-bo-och-miljo/avfall-och-atervinning/"><span class="sv-card__title">Sophämtning</span><span class="sv-card__text">Tömningsdagar och abonnemang</span></a></div>
<div class="sv-card"><a href="/omsorg-och-stod/fardtjanst/"><span class="sv-card__title">Färdtjänst</span><span class="sv-card__text">Ansökan och resor</span></a></div>
</div>
<div class="sv-portlet sv-text-portlet"><h2 class="subheading">Öppettider</h2>
<table class="sv-table"><tr><th>Dag</th><th>Tid</th></tr>
<tr><td>Måndag–torsdag</td><td>8–17</td></tr><tr><td>Fredag</td><td>8–15</td></tr></table>
<p class="normal">Besöksadress: Hamngatan 5, Stadshuset</p></div>
<div class="sv-portlet sv-chat-portlet"><button type="button" class="sv-chat-button">Chatta med oss</button></div>
<div class="sv-portlet sv-text-portlet"><p class="normal">Kontaktperson för webbfrågor: Elin Rask</p></div>
"""),
         "/bygga-bo-och-miljo/": None,  # area page (std), hero card of the housing company points here
     },
     area_extra={"bygga-bo-och-miljo": '<div class="sv-portlet"><h2 class="subheading">Fjärdhamnsbostäder kundcenter</h2><p class="normal">Kommunens bostadsbolag Fjärdhamnsbostäder AB har ett eget kundcenter för hyresgäster: 040-628 04 88.</p></div>',
                 "kommun-och-politik": '<div class="sv-portlet"><p class="normal">Kommundirektör: Lars Vik</p></div>'},
     search={"kundcenter": ["/kommun-och-politik/kundcenter.4.61a2b3c.html"]})

# ---------------------------------------------------------------- 9569 Gullmora, municipio
site(code="9569", name="Gullmora", lan_kod="14", lan="Västra Götalands län", family="municipio", cls="c",
     domain="gullmora.se", tel="031-390 06 30", addr="Torggatan 1", post="999 51 Gullmora",
     orgnr="219999-0569",
     topbar_extra=[("Kontakt", "/kontakt")],
     hero_cards=[("Skolval", "/e-tjanster/skolval/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/")],
     news=[("Skatteverkets servicekontor stänger i sommar", "/nyheter/skatteverkets-servicekontor/",
            "Skatteverkets servicekontor i Gullmora håller stängt i juli.")],
     redirects={"/kontakt": ["/servicecentrum/", 301]},
     pages={
         "/servicecentrum/": ("Servicecentrum", "Servicecentrum", """
<div class="c-article">
<p class="lead">Servicecentrum svarar på frågor från dig som bor i eller besöker Gullmora.</p>
<h2>Vad kan vi hjälpa dig med?</h2>
<div class="c-accordion" data-js-accordion>
<h3 class="c-accordion__header"><button type="button" aria-expanded="false" aria-controls="acc-1">Förskola och skola</button></h3>
<div id="acc-1" class="c-accordion__panel" hidden><p>Vi hjälper dig att ansöka om förskoleplats och skolskjuts och att säga upp en plats.</p></div>
<h3 class="c-accordion__header"><button type="button" aria-expanded="false" aria-controls="acc-2">Avfall och återvinning</button></h3>
<div id="acc-2" class="c-accordion__panel" hidden><p>Tömningsschema, byte av kärl och hämtning av grovsopor.</p></div>
<h3 class="c-accordion__header"><button type="button" aria-expanded="false" aria-controls="acc-3">Bygglov och bostadsanpassning</button></h3>
<div id="acc-3" class="c-accordion__panel" hidden><p>Vi förklarar vilka handlingar som behövs och lämnar ut blanketter.</p></div>
<h3 class="c-accordion__header"><button type="button" aria-expanded="false" aria-controls="acc-4">Färdtjänst</button></h3>
<div id="acc-4" class="c-accordion__panel" hidden><p>Ansökan och frågor om resor.</p></div>
</div>
<h2>Kontakta Servicecentrum</h2>
<div class="c-button-group">
<a class="c-button c-button--primary" href="tel:+46313900631"><i class="pricon pricon-phone" aria-hidden="true"></i> Ring 031-390 06 31</a>
<a class="c-button" href="mailto:servicecentrum@gullmora.se"><i class="pricon pricon-email" aria-hidden="true"></i> Mejla oss</a>
</div>
<table class="c-table"><caption>Telefontider</caption>
<tr><td>Vardagar</td><td>8.00–16.30</td></tr><tr><td>Dag före helgdag</td><td>8.00–13.00</td></tr></table>
<p>Ansvarig för Servicecentrum: Helena Strand, enhetschef</p>
</div>
"""),
         "/nyheter/skatteverkets-servicekontor/": (
             "Skatteverkets servicekontor stänger i sommar", "Skatteverkets servicekontor stänger i sommar", """
<p class="date">Publicerad 2 maj 2025</p><p>Skatteverkets servicekontor i Gullmora håller stängt under juli.
Statens servicecenter i Borås har öppet som vanligt.</p>
"""),
     },
     search={"servicecentrum": ["/servicecentrum/"]})

# ---------------------------------------------------------------- 9570 Hässlunda, bootstrap
site(code="9570", name="Hässlunda", lan_kod="12", lan="Skåne län", family="bootstrap", cls="bs",
     domain="hasslunda.se", tel="040-628 04 50", addr="Stortorget 3", post="999 61 Hässlunda",
     orgnr="219999-0570",
     nav_extra=("Kundtjänst", "/kundtjanst/"),
     hero_box=("Kundtjänst", "/kundtjanst/",
               "Vi svarar på frågor om förskola, bygglov, avfall och parkering. Ring 040-628 04 51, "
               "vardagar 8–17, eller mejla kundtjanst@hasslunda.se."),
     hero_cards=[("Felanmälan", "/e-tjanster/felanmalan/"), ("Lediga jobb", "/jobb/")],
     news=[],
     pages={
         "/kundtjanst/": ("Kundtjänst", "Kundtjänst", """
<p class="lead">Välkommen till Kundtjänst i Hässlunda kommun!</p>
<p>Vi finns här för dig som bor, arbetar eller besöker Hässlunda. Oavsett vem du är och vad du
undrar över ska det vara enkelt att komma i kontakt med oss. Vi lyssnar, tar dig på allvar och
gör vårt bästa för att du ska få ett bra bemötande varje gång du hör av dig.</p>
<h2 class="h4">Vad kan vi hjälpa dig med?</h2>
<p>Med det mesta! Ingen fråga är för stor eller för liten. Vi hjälper dig med allt som rör
kommunens service, och vet vi inte svaret tar vi reda på det åt dig eller ser till att rätt person
hör av sig. Tillsammans gör vi Hässlunda till en ännu bättre plats att leva på.</p>
<h2 class="h4">Så når du oss</h2>
<ul class="list-unstyled">
<li>Telefon: <a href="tel:+46406280451">040-628 04 51</a></li>
<li>E-post: <a href="mailto:kundtjanst@hasslunda.se">kundtjanst@hasslunda.se</a></li>
<li>Telefontid: vardagar 8–17</li>
</ul>
<p class="small text-muted">Kundtjänstchef: Mats Lindqvist</p>
"""),
     },
     search={"kundtjänst": ["/kundtjanst/"], "kundtjanst": ["/kundtjanst/"]})

# ---------------------------------------------------------------- 9571 Iglaby, custom elements
site(code="9571", name="Iglaby", lan_kod="20", lan="Dalarnas län", family="custom", cls="ik",
     domain="iglaby.se", tel="0980-319 240", addr="Bergsgatan 8", post="999 71 Iglaby",
     orgnr="219999-0571",
     hero_cards=[("Förskola", "/barn-och-utbildning/forskola/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/"),
                 ("Felanmälan", "/e-tjanster/felanmalan/")],
     news=[("Medborgarservice hjälper nu även till med färdtjänst och bostadsanpassning",
            "/nyheter/medborgarservice-fardtjanst/",
            "Från maj kan du få hjälp med ansökan om färdtjänst, bostadsanpassning och parkeringstillstånd.")],
     pages={
         "/medborgarservice/": ("Medborgarservice", "Medborgarservice", """
<p class="ik-lead">Välkommen till Medborgarservice. Här får du hjälp och vägledning, och vi tar
gärna emot dig.</p>
<p>Läs om vad du kan få hjälp med på sidan <a href="/vanliga-fragor/">Vanliga frågor och svar</a>.</p>
<ik-contact>
<p>Telefon: 0980-319 241</p>
<p>E-post: medborgarservice@iglaby.se</p>
<p>Öppettider: måndag–fredag 8.30–16.00</p>
</ik-contact>
<p>Kontaktperson: Eva Sund, kommunvägledare</p>
"""),
         "/vanliga-fragor/": ("Vanliga frågor och svar", "Vanliga frågor och svar", """
<p>Här är de frågor vi oftast får i telefon och i receptionen.</p>
<ul>
<li>Hur ansöker jag om förskoleplats?</li>
<li>När töms mitt sopkärl?</li>
<li>Hur söker jag bygglov för ett uterum?</li>
<li>Vem beviljar färdtjänst?</li>
</ul>
"""),
         "/nyheter/medborgarservice-fardtjanst/": (
             "Medborgarservice hjälper nu även till med färdtjänst och bostadsanpassning",
             "Medborgarservice hjälper nu även till med färdtjänst och bostadsanpassning", """
<p class="ik-date">Publicerad 28 april 2025</p>
<p>Från den 5 maj kan du få hjälp hos Medborgarservice med ansökan om färdtjänst,
bostadsanpassning och parkeringstillstånd för rörelsehindrade, utöver frågor om skola och avfall.
Ring 0980-319 241 eller kom till Bergsgatan 8.</p>
<p><a href="/medborgarservice/">Till Medborgarservice</a></p>
"""),
     },
     area_extra={"kommun-och-politik": '<p><a href="/medborgarservice/">Medborgarservice</a></p>'},
     search={"medborgarservice": ["/medborgarservice/", "/nyheter/medborgarservice-fardtjanst/"]})

# ---------------------------------------------------------------- 9572 Kråkvilan, aria roles
site(code="9572", name="Kråkvilan", lan_kod="22", lan="Västernorrlands län", family="aria", cls="kv",
     domain="krakvilan.se", tel="040-628 04 60", addr="Medborgarhuset, Skolgatan 2", post="999 81 Kråkvilan",
     orgnr="219999-0572",
     nav_extra=("Kontakt", "/kontakt/"),
     footer_links=[("Kommunservice", "/kommunservice/")],
     hero_cards=[("Skolval", "/e-tjanster/skolval/"), ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning/")],
     news=[],
     pages={
         "/kontakt/": ("Kontakt", "Kontakt", """
<div class="kv-intro"><p>Här hittar du olika sätt att komma i kontakt med kommunen.</p></div>
<div class="kv-cards">
<div class="kv-card"><a href="/kommunservice/"><span class="kv-card-title">Kommunservice</span></a>
<p>Ring 040-628 04 61 eller besök oss i Medborgarhuset, Skolgatan 2. Vardagar 8–17.</p></div>
<div class="kv-card"><span class="kv-card-title">Växel</span><p>040-628 04 60</p></div>
<div class="kv-card"><span class="kv-card-title">Registrator</span><p>registrator@krakvilan.se</p></div>
</div>
"""),
         "/kommunservice/": ("Kommunservice", "Kommunservice", """
<div class="kv-intro"><p>Kommunservice svarar på frågor om skolskjuts, avfallstaxor,
parkeringstillstånd och vatten och avlopp. Vi hjälper dig också att hitta rätt e-tjänst.</p></div>
<p>Skriv till oss: kommunservice@krakvilan.se</p>
<p>Kommunservice leds av enhetschef Tove Alm.</p>
"""),
     },
     search={"kommunservice": ["/kommunservice/"]})

# ---------------------------------------------------------------- 9573 Lommaryd, episerver
site(code="9573", name="Lommaryd", lan_kod="07", lan="Kronobergs län", family="episerver", cls="epi",
     domain="lommaryd.se", tel="08-465 004 70", addr="Torget 1", post="999 91 Lommaryd",
     orgnr="219999-0573",
     topbar_extra=[("Kontakta oss", "/kontakta-oss/")],
     hero_cards=[("Lediga jobb", "/jobb/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/")],
     news=[],
     pages={
         "/kontakta-oss/": ("Kontakta oss", "Kontakta oss", """
<div class="block TextBlock"><p>Växel: 08-465 004 70</p><p>E-post: kommun@lommaryd.se</p>
<p>Har du frågor om kommunens verksamheter? Vänd dig till <a href="/kommun-och-politik/servicekontoret/">Servicekontoret</a>.</p></div>
"""),
         "/kommun-och-politik/servicekontoret/": ("Servicekontoret", "Servicekontoret", """
<div class="block TextBlock">
<p class="preamble">Servicekontoret är en del av kommunledningsförvaltningen.</p>
<h2>Vad kan jag få hjälp med?</h2>
<ul><li>Ansökan om förskoleplats och skolskjuts</li><li>Tömning av sopkärl och slamavskiljare</li>
<li>Bygglov: blanketter och vägledning</li><li>Parkeringstillstånd</li></ul>
<h2>Hur når jag er?</h2>
<p>Ring växeln eller mejla oss. Kontaktuppgifterna hittar du längst ner på sidan.</p>
<p class="PageOwner">Sidansvarig: Jenny Palm</p>
</div>
"""),
     },
     area_extra={"kommun-och-politik": '<div class="block"><p><a href="/kommun-och-politik/servicekontoret/">Servicekontoret</a> hjälper dig med frågor om kommunens verksamheter.</p></div>'},
     search={"servicekontor": ["/kommun-och-politik/servicekontoret/"],
             "servicekontoret": ["/kommun-och-politik/servicekontoret/"]})

# ---------------------------------------------------------------- 9574 Mörtsjö, drupal
site(code="9574", name="Mörtsjö", lan_kod="25", lan="Norrbottens län", family="drupal", cls="dr",
     domain="mortsjo.se", tel="0980-319 280", addr="Kommunhuset, Centralgatan 6", post="999 95 Mörtsjö",
     orgnr="219999-0574",
     nav_extra=("Kontakta oss", "/kontakta-oss/"),
     hero_cards=[("Mörtsjöhem kundcenter", "/bygga-bo-och-miljo/"), ("Bygglovsservice", "/bygga-bo-och-miljo/bygglovsservice/")],
     hero_card_text={"/bygga-bo-och-miljo/": "Frågor om din lägenhet hos det kommunala bostadsbolaget"},
     news=[("Statens servicekontor öppnar i Mörtsjö", "/nyheter/statens-servicekontor/",
            "Försäkringskassan och Skatteverket öppnar ett gemensamt servicekontor i biblioteket.")],
     footer_extra="<p>Mörtsjö Vatten och Avfall AB – Kundtjänst för VA och renhållning: 0980-319 289</p>",
     pages={
         "/kontakta-oss/": ("Kontakta oss", "Kontakta oss", """
<div class="field field--name-body">
<h2>Vad kan vi hjälpa dig med?</h2>
<p>Vi svarar på frågor om förskola och skola, sophämtning, bygglov, färdtjänst och
parkeringstillstånd.</p>
<h2>Hur når jag er?</h2>
<ul><li>Ring 0980-319 281 (vardagar 8–16)</li><li>Mejla info@mortsjo.se</li>
<li>Besök Kommunhuset, Centralgatan 6</li></ul>
<p>Ansvarig för sidan och för kommunens information: kommunikationschef Anders Wiik</p>
</div>
"""),
         "/bygga-bo-och-miljo/bygglovsservice/": ("Bygglovsservice", "Bygglovsservice", """
<div class="field field--name-body"><p>Bygglovsservice hjälper dig med frågor om bygglov,
marklov och anmälan. Telefon 0980-319 285, bygglov@mortsjo.se.</p>
<p>Enhetschef för bygglovsservice: Per Holmlund</p></div>
"""),
         "/nyheter/statens-servicekontor/": ("Statens servicekontor öppnar i Mörtsjö", "Statens servicekontor öppnar i Mörtsjö", """
<div class="field field--name-body"><p>Försäkringskassan och Skatteverket öppnar ett gemensamt
servicekontor på biblioteket i september. Statens servicecenter svarar på frågor om
folkbokföring, föräldrapenning och id-kort.</p></div>
"""),
     },
     area_extra={"bygga-bo-och-miljo": '<div class="block"><h2>Mörtsjöhem kundcenter</h2><p>Mörtsjöhem AB, kommunens bostadsbolag, har ett kundcenter för hyresgäster: 0980-319 288.</p><p><a href="/bygga-bo-och-miljo/bygglovsservice/">Bygglovsservice</a></p></div>'},
     search={"kundcenter": [], "kontaktcenter": []})


# ---------------------------------------------------------------- shared blocks
def nav_items(s: dict) -> list[tuple[str, str, list[tuple[str, str]]]]:
    out = []
    areas = AREAS if not s.get("nav_extra") else AREAS[:5] + AREAS[6:]
    for label, sl, subs in areas:
        items = [(x, f"/{sl}/{slug(x)}/") for x in subs] + s.get("sub_extra", {}).get(sl, [])
        out.append((label, f"/{sl}/", items))
    if s.get("nav_extra"):
        lab, href = s["nav_extra"]
        out.append((lab, href, []))
    return out


TOPBAR = [("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("Teckenspråk", "/teckensprak/"),
          ("Other languages", "/other-languages/")]

ESERV = ["Ansök om förskoleplats", "Anmäl flytt av sopkärl", "Sök bygglov", "Ansök om parkeringstillstånd",
         "Boka lokal", "Ansök om färdtjänst"]
EVENTS = [("12 apr", "Vårmarknad på torget"), ("19 apr", "Sagostund på biblioteket"),
          ("3 maj", "Kommunfullmäktige sammanträder")]
JOBS = ["Förskollärare till Lönnens förskola", "Undersköterska, hemtjänsten", "Ingenjör VA-projekt"]


def front_main(s: dict) -> str:
    c = s["cls"]
    cards = []
    for lab, href in s.get("hero_cards", []):
        txt = s.get("hero_card_text", {}).get(href, "")
        cards.append(f'<li class="{c}-card"><a href="{href}">{esc(lab)}</a>'
                     + (f'<span class="{c}-card-text">{esc(txt)}</span>' if txt else "") + "</li>")
    box = ""
    if s.get("hero_box"):
        lab, href, txt = s["hero_box"]
        box = (f'<div class="{c}-hero-box"><h2 class="{c}-hero-box-title"><a href="{href}">{esc(lab)}</a></h2>'
               f"<p>{esc(txt)}</p></div>")
    hero = (f'<div class="{c}-hero"><h1>Välkommen till {esc(s["name"])}s kommun</h1>'
            f'<p>Här finns plats för alla – mellan sjön och skogen.</p>{box}'
            f'<ul class="{c}-cards">{"".join(cards)}</ul></div>')
    news = [(t.format(ort=s["name"]), f"/nyheter/{sl}/", te) for t, sl, te, _ in GENERIC_NEWS]
    news = s.get("news", []) + news
    nh = "".join(f'<div class="{c}-teaser"><h3><a href="{h}">{esc(t)}</a></h3><p>{esc(te)}</p></div>'
                 for t, h, te in news)
    es = "".join(f'<li><a href="/e-tjanster/{slug(x)}/">{esc(x)}</a></li>' for x in ESERV)
    ev = "".join(f'<li><span class="{c}-ev-date">{d}</span> <a href="/evenemang/{slug(t)}/">{esc(t)}</a></li>'
                 for d, t in EVENTS)
    jb = "".join(f'<li><a href="/jobb/{slug(x)}/">{esc(x)}</a></li>' for x in JOBS)
    ao = "".join(f'<a href="/a-o/{quote(ch.lower())}/">{ch}</a> ' for ch in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ")
    return (f'{hero}\n<div class="{c}-section"><h2>Nyheter</h2>{nh}<p><a href="/nyheter/">Alla nyheter</a></p></div>\n'
            f'<div class="{c}-section"><h2>Populära e-tjänster</h2><ul>{es}</ul></div>\n'
            f'<div class="{c}-section"><h2>Evenemang</h2><ul>{ev}</ul></div>\n'
            f'<div class="{c}-section"><h2>Lediga jobb</h2><ul>{jb}</ul><p><a href="/jobb/">Se alla lediga jobb</a></p></div>\n'
            f'<div class="{c}-section"><h2>A–Ö</h2><p class="{c}-ao">{ao}</p></div>\n'
            f'<div class="{c}-section"><h2>Driftinformation</h2><p>Inga störningar just nu.</p></div>')


def footer_inner(s: dict) -> str:
    links = "".join(f' | <a href="{h}">{esc(t)}</a>' for t, h in s.get("footer_links", []))
    return (f'<p><strong>{esc(s["name"])}s kommun</strong><br>{esc(s["addr"])}, {esc(s["post"])}<br>'
            f'Växel: {s["tel"]}<br>E-post: kommun@{s["domain"]}<br>Org.nr: {s["orgnr"]}</p>'
            f'<p><a href="/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a> | '
            f'<a href="/om-kakor/">Om kakor</a> | <a href="/personuppgifter/">Personuppgifter</a>{links}</p>'
            + s.get("footer_extra", ""))


COOKIE = ('<div class="{c}-cookie" id="cookie"><p>Vi använder kakor (cookies) för att webbplatsen ska '
          'fungera och för att förbättra den.</p><button type="button">Godkänn alla</button> '
          '<button type="button">Endast nödvändiga</button></div>')

CSS = "<style>body{{font-family:{f};margin:0}}.{c}-cookie{{position:fixed;bottom:0;background:#eee}}</style>"

SCRIPT = ("<script>document.querySelectorAll('[data-cookie]').forEach(function(b){b.hidden=true});"
          "/* analytics placeholder */</script>")


def head(s: dict, title: str, charset: str = "utf-8", extra: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{charset}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{esc(title)}</title>\n<link rel="canonical" href="__ORIGIN__/">\n'
            + CSS.format(f="Arial, sans-serif", c=s["cls"]) + extra + "\n</head>\n")


def search_form(cls: str) -> str:
    return (f'<form class="{cls}" action="/sok/" method="get"><label for="q">Sök</label>'
            f'<input id="q" type="search" name="q"><button type="submit">Sök</button></form>')


def topbar_links(s: dict) -> list[tuple[str, str]]:
    return TOPBAR + s.get("topbar_extra", [])


def logo(s: dict, cls: str) -> str:
    return f'<a class="{cls}" href="/"><img src="/logo.svg" alt="{esc(s["name"])}s kommun"></a>'


# ---------------------------------------------------------------- families
def fam_semantic(s, title, main, front):
    tb = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in topbar_links(s))
    nav = "".join(
        f'<li><a href="{h}">{esc(lab)}</a>'
        + ('<ul class="as-sub">' + "".join(f'<li><a href="{x[1]}">{esc(x[0])}</a></li>' for x in subs) + "</ul>" if subs else "")
        + "</li>" for lab, h, subs in nav_items(s))
    return (head(s, title) + "<body>\n<header class=\"as-header\"><ul class=\"as-topbar\">" + tb + "</ul>"
            + logo(s, "as-logo") + search_form("as-search")
            + f'<nav aria-label="Huvudmeny"><ul class="as-menu">{nav}</ul></nav></header>\n'
            + f"<main id=\"innehall\">\n{main}\n</main>\n<footer class=\"as-footer\">{footer_inner(s)}</footer>\n"
            + COOKIE.format(c="as") + SCRIPT + "\n</body>\n</html>\n")


def fam_soup(s, title, main, front):
    tb = "".join(f'<a class="r3" href="{h}">{esc(t)}</a> ' for t, h in topbar_links(s))
    nav = "".join(
        f'<div class="zz"><a class="zz1" href="{h}">{esc(lab)}</a><div class="zz2">'
        + "".join(f'<a href="{x[1]}">{esc(x[0])}</a>' for x in subs) + "</div></div>"
        for lab, h, subs in nav_items(s))
    return (head(s, title) + "<body>\n<div class=\"w0\"><div class=\"q1\"><div class=\"r2\">" + tb + "</div>"
            + logo(s, "q2") + search_form("q3") + f'<div class="q4">{nav}</div></div>\n'
            + f'<div class="q5">\n{main}\n</div>\n<div class="q6">{footer_inner(s)}</div></div>\n'
            + COOKIE.format(c="q") + SCRIPT + "\n</body>\n</html>\n")


def fam_table(s, title, main, front):
    font = '<font face="Verdana, Arial" size="2">'
    tb = " | ".join(f'<a href="{h}"><font color="#ffffff" size="1">{esc(t)}</font></a>' for t, h in topbar_links(s))
    items = nav_items(s)
    top = "".join(f'<td bgcolor="#335522" align="center"><a href="{h}"><font color="#ffffff" face="Verdana" size="2"><b>{esc(lab)}</b></font></a></td>'
                  for lab, h, _ in items)
    sub = "".join('<td valign="top" bgcolor="#eef3e6"><font face="Verdana" size="1">'
                  + "<br>".join(f'<a href="{x[1]}">{esc(x[0])}</a>' for x in subs) + "</font></td>" for _, _, subs in items)
    return (head(s, title, "iso-8859-1") + '<body bgcolor="#ffffff">\n<table width="100%" cellpadding="0" cellspacing="0" border="0">'
            + f'<tr><td bgcolor="#223311" align="right">{tb}</td></tr>'
            + f'<tr><td><table width="100%"><tr><td>{logo(s, "logo")}</td><td align="right">{search_form("sok")}</td></tr></table></td></tr>'
            + f'<tr><td><table width="100%" cellspacing="1"><tr>{top}</tr><tr>{sub}</tr></table></td></tr>'
            + f'<tr><td>{font}\n{main}\n</font></td></tr>'
            + f'<tr><td bgcolor="#dddddd">{font}{footer_inner(s)}</font></td></tr></table>\n'
            + COOKIE.format(c="t") + SCRIPT + "\n</body>\n</html>\n")


def fam_sitevision(s, title, main, front):
    tb = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in topbar_links(s))
    nav = "".join(
        f'<li class="sv-mega__item"><a href="{h}">{esc(lab)}</a>'
        + (f'<div class="sv-mega__panel" hidden><div class="sv-mega__col"><h3 class="sv-mega__heading">{esc(lab)}</h3><ul>'
           + "".join(f'<li><a href="{x[1]}">{esc(x[0])}</a></li>' for x in subs) + "</ul></div></div>" if subs else "")
        + "</li>" for lab, h, subs in nav_items(s))
    return (head(s, title, extra='<link rel="stylesheet" href="/sitevision/system-resource/css/sv.css">')
            + '<body>\n<div class="sv-layout" id="svid10_1">'
            + f'<div class="sv-layout sv-skip-spacer sv-template-layout" id="svid10_top"><div class="sv-portlet sv-toplinks"><ul>{tb}</ul></div>'
            + f'<div class="sv-portlet sv-image-portlet">{logo(s, "sv-logo")}</div><div class="sv-portlet sv-search-portlet">{search_form("sv-searchform")}</div>'
            + f'<div class="sv-portlet sv-mega"><ul class="sv-mega__list">{nav}</ul></div></div>\n'
            + f'<div class="sv-layout sv-template-layout" id="svid10_content">\n{main}\n</div>\n'
            + f'<div class="sv-layout sv-template-layout sv-footer" id="svid10_bottom"><div class="sv-portlet">{footer_inner(s)}</div></div></div>\n'
            + COOKIE.format(c="sv") + SCRIPT + "\n</body>\n</html>\n")


def fam_municipio(s, title, main, front):
    tb = "".join(f'<li class="c-nav__item"><a href="{h}">{esc(t)}</a></li>' for t, h in topbar_links(s))
    nav = "".join(
        f'<li class="c-nav__item has-children"><a href="{h}">{esc(lab)}</a>'
        + ('<ul class="c-nav__sub">' + "".join(f'<li><a href="{x[1]}">{esc(x[0])}</a></li>' for x in subs) + "</ul>" if subs else "")
        + "</li>" for lab, h, subs in nav_items(s))
    return (head(s, title) + '<body class="wp-theme-municipio">\n<header class="c-header"><nav class="c-header__top" aria-label="Genvägar"><ul class="c-nav">' + tb + "</ul></nav>"
            + logo(s, "c-header__logo") + search_form("c-search")
            + '<button type="button" class="c-drawer-toggle" aria-expanded="false" aria-controls="drawer">Meny</button></header>\n'
            + f'<div id="drawer" class="c-drawer" hidden><nav aria-label="Huvudmeny"><ul class="c-nav c-nav--drawer">{nav}</ul></nav></div>\n'
            + f'<main id="main-content" class="o-container">\n{main}\n</main>\n<footer class="c-footer">{footer_inner(s)}</footer>\n'
            + COOKIE.format(c="c") + SCRIPT + "\n</body>\n</html>\n")


def fam_bootstrap(s, title, main, front):
    tb = "".join(f'<a class="btn btn-link btn-sm" href="{h}">{esc(t)}</a>' for t, h in topbar_links(s))
    nav = "".join(
        (f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{h}" data-bs-toggle="dropdown">{esc(lab)}</a><ul class="dropdown-menu">'
         + "".join(f'<li><a class="dropdown-item" href="{x[1]}">{esc(x[0])}</a></li>' for x in subs) + "</ul></li>")
        if subs else f'<li class="nav-item"><a class="nav-link" href="{h}">{esc(lab)}</a></li>'
        for lab, h, subs in nav_items(s))
    return (head(s, title, extra='<link rel="stylesheet" href="/assets/bootstrap.min.css">') + "<body>\n"
            + f'<div class="bg-light border-bottom"><div class="container d-flex justify-content-end">{tb}</div></div>'
            + f'<nav class="navbar navbar-expand-lg navbar-light"><div class="container">{logo(s, "navbar-brand")}'
            + '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>'
            + f'<div class="collapse navbar-collapse" id="nav"><ul class="navbar-nav me-auto">{nav}</ul>{search_form("d-flex")}</div></div></nav>\n'
            + f'<div class="container py-4" id="content">\n{main}\n</div>\n<div class="bg-dark text-white py-4"><div class="container">{footer_inner(s)}</div></div>\n'
            + COOKIE.format(c="bs") + SCRIPT + "\n</body>\n</html>\n")


def fam_custom(s, title, main, front):
    tb = "".join(f'<a href="{h}">{esc(t)}</a>' for t, h in topbar_links(s))
    nav = "".join(
        f'<ik-item><a href="{h}">{esc(lab)}</a>' + ("<ik-sub>" + "".join(f'<a href="{x[1]}">{esc(x[0])}</a>' for x in subs) + "</ik-sub>" if subs else "")
        + "</ik-item>" for lab, h, subs in nav_items(s))
    js = ("<script>customElements.define('ik-item',class extends HTMLElement{connectedCallback(){"
          "this.addEventListener('mouseenter',()=>this.setAttribute('open',''))}});</script>")
    return (head(s, title) + "<body>\n<ik-header><ik-topbar>" + tb + "</ik-topbar>" + f"<ik-logo>{logo(s, 'ik-l')}</ik-logo>"
            + f"<ik-search>{search_form('ik-f')}</ik-search><ik-menu>{nav}</ik-menu></ik-header>\n"
            + f"<ik-content>\n{main}\n</ik-content>\n<ik-footer>{footer_inner(s)}</ik-footer>\n"
            + COOKIE.format(c="ik") + js + SCRIPT + "\n</body>\n</html>\n")


def fam_aria(s, title, main, front):
    tb = "".join(f'<a href="{h}">{esc(t)}</a> ' for t, h in topbar_links(s))
    nav = "".join(
        f'<div role="none" class="kv-mi"><a role="menuitem" href="{h}">{esc(lab)}</a>'
        + ('<div role="menu" class="kv-sub">' + "".join(f'<a role="menuitem" href="{x[1]}">{esc(x[0])}</a>' for x in subs) + "</div>" if subs else "")
        + "</div>" for lab, h, subs in nav_items(s))
    return (head(s, title) + '<body>\n<div role="banner" class="kv-b"><div class="kv-tb">' + tb + "</div>"
            + logo(s, "kv-logo") + f'<div role="search">{search_form("kv-sf")}</div>'
            + f'<div role="navigation" aria-label="Huvudmeny"><div role="menubar">{nav}</div></div></div>\n'
            + f'<div role="main" class="kv-m">\n{main}\n</div>\n<div role="contentinfo" class="kv-f">{footer_inner(s)}</div>\n'
            + COOKIE.format(c="kv") + SCRIPT + "\n</body>\n</html>\n")


def fam_episerver(s, title, main, front):
    tb = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in topbar_links(s))
    nav = "".join(
        f'<li class="MainMenu-item"><a href="{h}">{esc(lab)}</a>'
        + ('<ul class="SubMenu" style="display:none">' + "".join(f'<li><a href="{x[1]}">{esc(x[0])}</a></li>' for x in subs) + "</ul>" if subs else "")
        + "</li>" for lab, h, subs in nav_items(s))
    return (head(s, title, extra='<link rel="stylesheet" href="/globalassets/css/site.css">') + '<body class="StartPage">\n<div id="Page">'
            + f'<div id="Header"><ul class="ToolBar">{tb}</ul>{logo(s, "Logo")}<div class="QuickSearch">{search_form("QuickSearchForm")}</div>'
            + f'<ul class="MainMenu">{nav}</ul></div>\n<div id="MainContent" class="ContentArea">\n{main}\n</div>\n'
            + f'<div id="Footer" class="FooterBlock">{footer_inner(s)}</div></div>\n'
            + COOKIE.format(c="epi") + SCRIPT + "\n</body>\n</html>\n")


def fam_drupal(s, title, main, front):
    tb = "".join(f'<li class="menu-item"><a href="{h}">{esc(t)}</a></li>' for t, h in topbar_links(s))
    nav = "".join(
        f'<li class="menu-item{" menu-item--expanded" if subs else ""}"><a href="{h}">{esc(lab)}</a>'
        + ('<ul class="menu">' + "".join(f'<li class="menu-item"><a href="{x[1]}">{esc(x[0])}</a></li>' for x in subs) + "</ul>" if subs else "")
        + "</li>" for lab, h, subs in nav_items(s))
    return (head(s, title) + '<body class="path-frontpage">\n<div class="dialog-off-canvas-main-canvas">'
            + f'<header role="banner" class="region region-header"><nav class="menu--utility"><ul class="menu">{tb}</ul></nav>'
            + f'<div class="block-system-branding-block">{logo(s, "site-logo")}</div><div class="block-search">{search_form("search-block-form")}</div>'
            + f'<nav role="navigation" id="block-main-menu" class="menu--main"><ul class="menu">{nav}</ul></nav></header>\n'
            + f'<main role="main"><div class="region region-content"><article class="node">\n{main}\n</article></div></main>\n'
            + f'<footer class="site-footer"><div class="region region-footer">{footer_inner(s)}</div></footer></div>\n'
            + COOKIE.format(c="dr") + SCRIPT + "\n</body>\n</html>\n")


FAM = {"semantic": fam_semantic, "soup": fam_soup, "table": fam_table, "sitevision": fam_sitevision,
       "municipio": fam_municipio, "bootstrap": fam_bootstrap, "custom": fam_custom, "aria": fam_aria,
       "episerver": fam_episerver, "drupal": fam_drupal}


def fname(path: str) -> str:
    if path == "/":
        return "index.html"
    p = path.strip("/").replace("/", "__")
    for suf in (".html", ".asp"):
        if p.endswith(suf):
            p = p[: -len(suf)]
    return p + ".html"


def build(s: dict) -> None:
    d = SITES / s["code"]
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    render = FAM[s["family"]]
    latin = s.get("latin1")
    ctype = "text/html; charset=iso-8859-1"
    sfx = f" - {s['name']}s kommun"

    def write(name: str, text: str, path: str = "/") -> None:
        text = text.replace('<link rel="canonical" href="__ORIGIN__/">', f'<link rel="canonical" href="__ORIGIN__{path}">')
        if latin:
            text = text.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
            (d / name).write_bytes(text.encode("iso-8859-1", errors="xmlcharrefreplace"))
        else:
            (d / name).write_text(text, encoding="utf-8")

    pages = std_pages(s)
    for p, v in s["pages"].items():
        if v is not None:
            pages[p] = v
    manifest_pages: dict = {}
    jsonld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization",'
              f'"name":"{s["name"]}s kommun","url":"__ORIGIN__/"}}</script>')
    front = render(s, f"Startsida{sfx}", front_main(s) + jsonld, True)
    write("index.html", front)
    manifest_pages["/"] = {"file": "index.html", "content_type": ctype} if latin else "index.html"
    for p, (title, h1, body) in pages.items():
        main = f'<h1>{esc(h1)}</h1>\n{body}'
        write(fname(p), render(s, title + sfx, main, False), p)
        manifest_pages[p] = {"file": fname(p), "content_type": ctype} if latin else fname(p)
    write("sok.html", render(s, "Sök" + sfx, "<h1>Sökresultat</h1>\n<!--SEARCH_RESULTS-->", False), "/sok/")
    manifest = {
        "kommunkod": s["code"], "kommun": s["name"], "lan_kod": s["lan_kod"], "lan": s["lan"],
        "family": s["family"], "pages": manifest_pages, "redirects": s.get("redirects", {}),
        "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
        "sitemap": list(manifest_pages),
        "search": {"path": "/sok/", "param": "q", "hits": s.get("search", {}),
                   "template": {"file": "sok.html", "content_type": ctype} if latin else "sok.html"},
        "front_status": None,
    }
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    SITES.mkdir(parents=True, exist_ok=True)
    for s in S:
        build(s)
        print(s["code"], s["name"], s["family"])


if __name__ == "__main__":
    main()
