"""9291 Björkhamra: Sitevision 2020s theme (sv-* portlets, Envision env-* classes, agency
"sol-" mega-menu that opens on hover, CSS upper-case and letter-spaced top level)."""
from __future__ import annotations

from core import AREAS, Site, slug

CSS = """
body{margin:0;font-family:"Source Sans Pro",Arial,sans-serif;color:#222}
.env-assistive-text{position:absolute;left:-9999px}
.sol-top-bar{background:#0b3d5c;color:#fff;font-size:.85rem;display:flex;justify-content:flex-end;gap:1.2rem;padding:.3rem 2rem}
.sol-top-bar a{color:#fff}
.sol-header__main{display:flex;justify-content:space-between;align-items:center;padding:1rem 2rem}
.sol-mega-menu{background:#f2f6f8;border-top:1px solid #d5dee3}
.sol-mega-menu__list{display:flex;list-style:none;margin:0;padding:0 2rem}
.sol-mega-menu__item{position:relative}
.sol-mega-menu__link{display:block;padding:1rem .9rem;text-transform:uppercase;letter-spacing:.12em;font-size:.8rem;font-weight:600;color:#0b3d5c;text-decoration:none}
.sol-mega-menu__item--contact{margin-left:auto}
.sol-mega-menu__item--contact .sol-mega-menu__link{background:#0b3d5c;color:#fff}
.sol-mega-menu__panel{display:none;position:absolute;left:0;top:100%;min-width:38rem;background:#fff;box-shadow:0 6px 18px rgba(0,0,0,.15);padding:1.5rem;z-index:20}
.sol-mega-menu__item:hover .sol-mega-menu__panel,.sol-mega-menu__item:focus-within .sol-mega-menu__panel{display:flex;gap:2rem}
.sol-mega-menu__panel ul{list-style:none;padding:0;margin:0}
.sol-hero{background:#dfe9ee;padding:2.5rem 2rem;display:flex;gap:2rem}
.sol-hero h1{font-size:2.4rem;margin:0 0 .5rem}
.sol-shortcuts{background:#fff;padding:1rem 1.5rem;border-radius:4px}
.sol-news,.sol-events,.sol-drift{padding:2rem}
.sol-news__list{display:grid;grid-template-columns:repeat(3,1fr);gap:1.5rem;list-style:none;padding:0}
.sol-footer{background:#0b3d5c;color:#fff;display:grid;grid-template-columns:repeat(4,1fr);gap:2rem;padding:2rem}
.sol-footer a{color:#fff}
.sol-breadcrumbs ol{display:flex;gap:.5rem;list-style:none;padding:1rem 2rem;margin:0;font-size:.9rem}
.sol-breadcrumbs li+li::before{content:"›";margin-right:.5rem}
.sol-page{display:grid;grid-template-columns:1fr 18rem;gap:2rem;padding:0 2rem 2rem}
.sol-contact-card{background:#f2f6f8;padding:1rem;border-left:4px solid #0b3d5c}
.sol-cookie{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:2px solid #0b3d5c;padding:1rem 2rem}
"""


def build() -> Site:
    s = Site("9291", "Björkhamra", "01", "Stockholms län", "sitevision-mega-hover")
    areas = [AREAS[k] for k in ("barn", "omsorg", "bygga", "trafik", "kultur", "naringsliv", "kommun")]

    def area_url(name: str) -> str:
        return f"/{slug(name)}.html"

    def sub_url(area: str, sub: str) -> str:
        return f"/{slug(area)}/{slug(sub)}.html"

    def mega() -> str:
        items = []
        for name, subs in areas:
            half = (len(subs) + 1) // 2
            cols = []
            for part in (subs[:half], subs[half:]):
                lis = "".join(f'<li><a class="env-link" href="{s.m(sub_url(name, x))}">{x}</a></li>' for x in part)
                cols.append(f'<div class="sol-mega-menu__col"><ul>{lis}</ul></div>')
            items.append(
                f'<li class="sol-mega-menu__item sol-mega-menu__item--has-children">'
                f'<a class="sol-mega-menu__link" href="{s.m(area_url(name))}" aria-haspopup="true">{name}</a>'
                f'<div class="sol-mega-menu__panel"><div class="sol-mega-menu__intro">'
                f'<a class="env-link" href="{s.m(area_url(name))}">Allt om {name.lower()}</a></div>'
                + "".join(cols) + "</div></li>")
        items.append('<li class="sol-mega-menu__item sol-mega-menu__item--contact">'
                     '<a class="sol-mega-menu__link" href="/kontaktcenter.html">'
                     '<svg class="env-icon" aria-hidden="true" width="14" height="14" viewBox="0 0 14 14"><circle cx="7" cy="7" r="6"/></svg>'
                     'Kontaktcenter</a></li>')
        return ('<nav class="sol-mega-menu" aria-label="Huvudmeny"><ul class="sol-mega-menu__list">'
                + "\n".join(items) + "</ul></nav>")

    def header() -> str:
        return f"""<header class="sol-header">
<div class="sv-layout sol-top-bar" id="svid10_4f1e2d3c18a2b3c4d5e1001">
 <a href="{s.ph('/lyssna.html')}">Lyssna</a>
 <a href="{s.ph('/other-languages.html')}">Other languages</a>
 <a href="{s.ph('/lattlast.html')}">Lättläst</a>
 <a href="{s.ph('/teckensprak.html')}">Teckenspråk</a>
 <a href="{s.ph('/e-tjanster.html')}">E-tjänster</a>
</div>
<div class="sol-header__main">
 <div class="sv-image-portlet sv-portlet" id="svid12_4f1e2d3c18a2b3c4d5e1002"><a href="/"><img src="/images/18.4f1e2d3c18a2b3c4d5e6f7/1700000000000/bjorkhamra-logo.svg" alt="Björkhamra kommun" width="220" height="56"></a></div>
 <div class="sv-searchform-portlet sv-portlet" id="svid12_4f1e2d3c18a2b3c4d5e1003">
  <form method="get" action="/sok.html" role="search" class="env-form"><label for="sok-q" class="env-assistive-text">Sök på webbplatsen</label>
  <input id="sok-q" name="query" type="search" class="env-form-input" placeholder="Vad letar du efter?"><button type="submit" class="env-button env-button--primary">Sök</button></form>
 </div>
</div>
{mega()}
</header>"""

    def footer() -> str:
        return f"""<footer class="sol-footer sv-layout" id="svid10_4f1e2d3c18a2b3c4d5e1090">
<div class="sv-text-portlet sv-portlet"><div class="sv-text-portlet-content">
<h2 class="subheading">Björkhamra kommun</h2>
<p class="normal">Postadress: 999 31 Björkhamra<br>Besöksadress: Storgatan 12<br>Org.nr: 212000-9291</p>
</div></div>
<div class="sv-text-portlet sv-portlet"><div class="sv-text-portlet-content">
<h2 class="subheading">Kontakta oss</h2>
<p class="normal">Växel: <a href="tel:+46846500400">08-465 004 00</a><br>E-post: <a href="mailto:kommun@bjorkhamra.se">kommun@bjorkhamra.se</a></p>
<p class="normal"><a href="/kontakta-oss.html">Fler kontaktvägar</a></p>
</div></div>
<div class="sv-linklist-portlet sv-portlet"><h2 class="subheading">Genvägar</h2><ul class="env-list">
<li><a href="{s.m(sub_url('Näringsliv och arbete', 'Lediga jobb'))}">Lediga jobb</a></li>
<li><a href="{s.ph('/press.html')}">Press och media</a></li>
<li><a href="{s.ph('/kommun-och-politik/politik-och-demokrati/sammantraden.html')}">Sammanträden och protokoll</a></li>
<li><a href="{s.ph('/driftinformation.html')}">Driftinformation</a></li>
</ul></div>
<div class="sv-linklist-portlet sv-portlet"><h2 class="subheading">Om webbplatsen</h2><ul class="env-list">
<li><a href="/om-webbplatsen/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a></li>
<li><a href="/om-webbplatsen/kakor.html">Kakor (cookies)</a></li>
<li><a href="{s.ph('/om-webbplatsen/personuppgifter.html')}">Så behandlar vi personuppgifter</a></li>
</ul></div>
</footer>
<div class="sv-custom-module sv-marketplace-sitevision-cookie-consent sol-cookie" role="dialog" aria-label="Kakor">
<p>Björkhamra kommun använder kakor för att webbplatsen ska fungera och för att förbättra den. <a href="/om-webbplatsen/kakor.html">Läs mer om kakor</a></p>
<button type="button" class="env-button">Godkänn alla</button> <button type="button" class="env-button">Endast nödvändiga</button>
</div>"""

    def page(title: str, main: str, crumbs: list[tuple[str, str]] | None = None, canonical: str = "/") -> str:
        bc = ""
        if crumbs is not None:
            lis = '<li><a href="/">Startsida</a></li>' + "".join(
                f'<li><a href="{u}">{t}</a></li>' if u else f'<li aria-current="page">{t}</li>' for t, u in crumbs)
            bc = f'<nav class="sol-breadcrumbs sv-portlet" aria-label="Du är här"><ol>{lis}</ol></nav>'
        return f"""<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-sidmall">
<head>
<meta charset="utf-8">
<title>{title} - Björkhamra kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="__ORIGIN__{canonical}">
<style>{CSS}</style>
<script>document.documentElement.className=document.documentElement.className.replace('sv-no-js','sv-js');</script>
</head>
<body class="sv-responsive">
<div class="sv-layout" id="svid10_4f1e2d3c18a2b3c4d5e1000">
<a class="env-assistive-text" href="#innehall">Till innehåll</a>
{header()}
{bc}
<main id="innehall" class="sv-layout sol-main">
{main}
</main>
{footer()}
</div>
<script src="/sitevision/system-resource/c2f3e4a5b6/js/jquery.js"></script>
</body>
</html>
"""

    news = [
        ("/nyheter/2025-05-20-kontaktcenter-har-sommartider.html", "2025-05-20",
         "Kontaktcenter har sommartider från midsommar",
         "Under sommaren svarar Kontaktcenter i telefon klockan 8–15. Chatten är stängd vecka 28–31."),
        ("/nyheter/2025-05-14-ansok-om-forskoleplats-infor-hosten.html", "2025-05-14",
         "Ansök om förskoleplats inför hösten",
         "Vill du ha plats i förskolan från augusti behöver vi din ansökan senast den 15 juni."),
        ("/nyheter/2025-05-07-storgatan-stangs-for-ledningsarbete.html", "2025-05-07",
         "Storgatan stängs för ledningsarbete",
         "Mellan den 2 och 27 juni byter vi vatten- och avloppsledningar på Storgatan mellan Torget och Hamnvägen."),
    ]
    teasers = "\n".join(
        f'<li class="sol-news__item"><article><time datetime="{d}">{d}</time>'
        f'<h3 class="sol-news__title"><a href="{u}">{t}</a></h3><p>{x}</p></article></li>' for u, d, t, x in news)

    front = f"""<div class="sv-layout sol-hero" id="svid10_4f1e2d3c18a2b3c4d5e1010">
<div class="sv-text-portlet sv-portlet"><div class="sv-text-portlet-content">
<h1 class="heading">Välkommen till Björkhamra</h1>
<p class="normal">Skärgårdskommunen med närhet till staden. Här hittar du kommunens service, nyheter och e-tjänster.</p>
</div></div>
<div class="sv-linklist-portlet sv-portlet sol-shortcuts"><h2 class="subheading">Populära e-tjänster</h2><ul class="env-list">
<li><a href="{s.ph('/e-tjanster/ansok-om-forskoleplats.html')}">Ansök om förskoleplats</a></li>
<li><a href="{s.ph('/e-tjanster/felanmalan.html')}">Felanmälan gata och park</a></li>
<li><a href="{s.ph('/e-tjanster/ansok-om-bygglov.html')}">Ansök om bygglov</a></li>
<li><a href="{s.ph('/e-tjanster/hamnplats.html')}">Ansök om båtplats</a></li>
</ul></div>
</div>
<div class="sv-layout sol-news" id="svid10_4f1e2d3c18a2b3c4d5e1020">
<h2 class="subheading">Nyheter</h2>
<ul class="sol-news__list">
{teasers}
</ul>
<p><a href="/nyheter.html">Fler nyheter</a></p>
</div>
<div class="sv-layout sol-events" id="svid10_4f1e2d3c18a2b3c4d5e1030">
<h2 class="subheading">Evenemang</h2>
<ul class="env-list">
<li><a href="{s.ph('/evenemang/nationaldagsfirande-i-hamnparken.html')}">Nationaldagsfirande i Hamnparken</a> – 6 juni kl. 13.00</li>
<li><a href="{s.ph('/evenemang/sagostund-pa-biblioteket.html')}">Sagostund på biblioteket</a> – varje onsdag kl. 10.00</li>
<li><a href="{s.ph('/evenemang/skargardsmarknad.html')}">Skärgårdsmarknad</a> – 12 juli kl. 10–16</li>
</ul>
</div>
<div class="sv-layout sol-drift" id="svid10_4f1e2d3c18a2b3c4d5e1040">
<h2 class="subheading">Driftinformation</h2>
<p class="normal">Inga kända störningar i vatten eller avlopp just nu. <a href="{s.ph('/driftinformation.html')}">All driftinformation</a></p>
</div>"""
    s.add("/", "index.html", page("Startsida", front))

    service = """<div class="sol-page">
<div class="sv-text-portlet sv-portlet"><div class="sv-text-portlet-content">
<h1 class="heading">Kontaktcenter</h1>
<p class="sol-preamble">Kontaktcenter är kommunens gemensamma ingång för dig som bor i, verkar i eller besöker Björkhamra. Ring, mejla eller kom förbi – vi svarar direkt på de flesta frågor.</p>
<h2 class="subheading">Det här kan vi hjälpa dig med</h2>
<p class="normal">Vi svarar på frågor om bland annat:</p>
<ul class="env-list">
<li>förskola, skola och fritidshem, till exempel köplats och avgifter</li>
<li>sophämtning, slamtömning och återvinningscentralen</li>
<li>vatten och avlopp, fakturor och mätaravläsning</li>
<li>bygglov och anmälan – vi hjälper dig med blanketter och berättar hur det går till</li>
<li>parkering, gator och felanmälan</li>
<li>båtplatser i kommunens hamnar</li>
</ul>
<p class="normal">Kan vi inte svara direkt tar vi emot ditt ärende och ser till att rätt handläggare återkommer till dig.</p>
<h2 class="subheading">Så når du oss</h2>
<p class="normal">Telefon: <a href="tel:+46846500410">08-465 004 10</a><br>
E-post: <a href="mailto:kontaktcenter@bjorkhamra.se">kontaktcenter@bjorkhamra.se</a><br>
Besök: Kommunhuset, Storgatan 12</p>
<table class="sol-table">
<caption>Telefontider och öppettider</caption>
<thead><tr><th scope="col">Dag</th><th scope="col">Telefon</th><th scope="col">Besök</th></tr></thead>
<tbody>
<tr><td>Måndag–torsdag</td><td>8.00–16.30</td><td>8.00–16.00</td></tr>
<tr><td>Fredag</td><td>8.00–15.00</td><td>8.00–15.00</td></tr>
<tr><td>Lunch</td><td>Öppet</td><td>Stängt 12.00–13.00</td></tr>
</tbody>
</table>
</div></div>
<aside class="sv-portlet sol-contact-card" aria-label="Kontakt">
<h2 class="subheading">Chef för Kontaktcenter</h2>
<p class="normal"><strong>Lina Gran</strong><br>Enhetschef, Kontaktcenter<br><a href="tel:+46846500419">08-465 004 19</a><br>
<a href="mailto:lina.gran@bjorkhamra.se">lina.gran@bjorkhamra.se</a></p>
<p class="normal"><a href="/kommun-och-politik/kommunens-organisation.html">Kommunens organisation</a></p>
</aside>
</div>
<div class="sv-text-portlet sv-portlet sol-page-info"><p class="normal">Senast uppdaterad: 2025-04-28</p></div>"""
    s.add("/kontaktcenter.html", "kontaktcenter.html",
          page("Kontaktcenter", service, [("Kontaktcenter", None)], "/kontaktcenter.html"))

    contact = """<div class="sol-page"><div class="sv-text-portlet sv-portlet"><div class="sv-text-portlet-content">
<h1 class="heading">Kontakta oss</h1>
<p class="sol-preamble">Här hittar du de vanligaste vägarna in till kommunen.</p>
<h2 class="subheading">Frågor om kommunens verksamheter</h2>
<p class="normal">Vänd dig i första hand till <a href="/kontaktcenter.html">Kontaktcenter</a>.</p>
<h2 class="subheading">Växel</h2>
<p class="normal">08-465 004 00</p>
<h2 class="subheading">Registrator</h2>
<p class="normal">Post och e-post till kommunen diarieförs av registrator: kommun@bjorkhamra.se</p>
<h2 class="subheading">Press</h2>
<p class="normal">Journalister når kommunens presstjänst på 08-465 004 90.</p>
</div></div></div>"""
    s.add("/kontakta-oss.html", "kontakta-oss.html",
          page("Kontakta oss", contact, [("Kontakta oss", None)], "/kontakta-oss.html"))

    org = """<div class="sol-page"><div class="sv-text-portlet sv-portlet"><div class="sv-text-portlet-content">
<h1 class="heading">Kommunens organisation</h1>
<p class="sol-preamble">Björkhamra kommun har cirka 1 400 anställda i fyra förvaltningar. Kommundirektör är Annika Holst.</p>
<table class="sol-table"><caption>Förvaltningar och enheter</caption>
<thead><tr><th scope="col">Förvaltning/enhet</th><th scope="col">Chef</th></tr></thead>
<tbody>
<tr><td>Kommunledningsförvaltningen</td><td>Annika Holst, kommundirektör</td></tr>
<tr><td>– Kontaktcenter</td><td>Lina Gran, enhetschef</td></tr>
<tr><td>– Kommunikation</td><td>Oskar Berg, kommunikationschef</td></tr>
<tr><td>Barn- och utbildningsförvaltningen</td><td>Eva Lindqvist, förvaltningschef</td></tr>
<tr><td>Socialförvaltningen</td><td>Johan Sand, förvaltningschef</td></tr>
<tr><td>Samhällsbyggnadsförvaltningen</td><td>Maria Öhman, förvaltningschef</td></tr>
</tbody></table>
</div></div></div>"""
    s.add("/kommun-och-politik/kommunens-organisation.html", "organisation.html",
          page("Kommunens organisation", org, [("Kommun och politik", "/kommun-och-politik.html"),
                                               ("Kommunens organisation", None)]))

    def area_page(name: str, subs: list[str], intro: str) -> str:
        lis = "".join(f'<li><a href="{s.m(sub_url(name, x))}">{x}</a></li>' for x in subs)
        return (f'<div class="sol-page"><div class="sv-text-portlet sv-portlet"><div class="sv-text-portlet-content">'
                f'<h1 class="heading">{name}</h1><p class="sol-preamble">{intro}</p>'
                f'<ul class="env-list sol-area-list">{lis}</ul></div></div></div>')

    for key, intro in (("kommun", "Om hur kommunen styrs, politiken, ekonomin och hur du kan påverka."),
                       ("barn", "Förskola, skola och fritidshem i Björkhamra."),
                       ("bygga", "Bygglov, avfall, vatten och avlopp och mycket mer om att bo i Björkhamra.")):
        name, subs = AREAS[key]
        s.add(area_url(name), f"{slug(name)}.html", page(name, area_page(name, subs, intro), [(name, None)]))

    news_list = "".join(f'<li><a href="{u}">{t}</a> <time datetime="{d}">{d}</time><p>{x}</p></li>' for u, d, t, x in news)
    s.add("/nyheter.html", "nyheter.html", page("Nyheter", f'<div class="sol-page"><div class="sv-portlet"><h1 class="heading">Nyheter</h1><ul class="env-list">{news_list}</ul></div></div>', [("Nyheter", None)]))
    bodies = [
        "<p class=\"normal\">Från och med måndag den 23 juni har Kontaktcenter sommartider. Telefonen är öppen vardagar klockan 8–15 och besöksreceptionen i kommunhuset klockan 9–15. Chatten är stängd vecka 28–31.</p><p class=\"normal\">Ordinarie tider gäller igen från den 11 augusti. <a href=\"/kontaktcenter.html\">Läs mer om Kontaktcenter</a>.</p>",
        "<p class=\"normal\">Om ditt barn ska börja förskolan i augusti eller september behöver du ansöka senast den 15 juni. Du ansöker i e-tjänsten med BankID. Erbjudande om plats skickas ut i början av juli.</p>",
        "<p class=\"normal\">Samhällsbyggnadsförvaltningen byter vatten- och avloppsledningar under Storgatan. Gatan är avstängd för biltrafik men gående och cyklister kan passera. Bussarna leds om via Hamnvägen.</p><p class=\"normal\">Fastigheter längs gatan kan få kortare avbrott i vattnet. Vi aviserar i förväg.</p>",
    ]
    for (u, d, t, x), b in zip(news, bodies, strict=False):
        s.add(u, u.rsplit("/", 1)[1], page(t, f'<div class="sol-page"><article class="sv-text-portlet sv-portlet"><div class="sv-text-portlet-content"><h1 class="heading">{t}</h1><p class="sol-date">Publicerad <time datetime="{d}">{d}</time></p><p class="sol-preamble">{x}</p>{b}</div></article></div>', [("Nyheter", "/nyheter.html"), (t, None)]))

    s.add("/om-webbplatsen/tillganglighetsredogorelse.html", "tillganglighet.html", page("Tillgänglighetsredogörelse", """<div class="sol-page"><div class="sv-text-portlet sv-portlet"><div class="sv-text-portlet-content">
<h1 class="heading">Tillgänglighetsredogörelse</h1>
<p class="normal">Björkhamra kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur bjorkhamra.se uppfyller lagen om tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du kan rapportera brister till oss.</p>
<h2 class="subheading">Hur tillgänglig är webbplatsen?</h2>
<p class="normal">Vi vet att delar av webbplatsen inte är helt tillgängliga. Vissa äldre PDF-dokument saknar struktur och några filmer saknar syntolkning.</p>
<h2 class="subheading">Tillsyn</h2>
<p class="normal">Myndigheten för digital förvaltning har ansvaret för tillsyn över lagen.</p>
</div></div></div>""", [("Tillgänglighetsredogörelse", None)]))
    s.add("/om-webbplatsen/kakor.html", "kakor.html", page("Kakor (cookies)", """<div class="sol-page"><div class="sv-text-portlet sv-portlet"><div class="sv-text-portlet-content">
<h1 class="heading">Kakor (cookies)</h1>
<p class="normal">En kaka är en liten textfil som sparas i din webbläsare. Vi använder nödvändiga kakor för att webbplatsen ska fungera och, om du godkänner det, kakor för besöksstatistik.</p>
</div></div></div>""", [("Kakor (cookies)", None)]))

    s.template("sok.html", page("Sök", '<div class="sol-page"><div class="sv-portlet sv-searchresult-portlet"><h1 class="heading">Sökresultat</h1><!--SEARCH_RESULTS--></div></div>', [("Sök", None)], "/sok.html"))
    s.search = {"path": "/sok.html", "param": "query", "template": "sok.html",
                "hits": {"kontaktcenter": ["/kontaktcenter.html", "/nyheter/2025-05-20-kontaktcenter-har-sommartider.html"],
                         "kontaktcentret": ["/kontaktcenter.html"]}}
    s.robots = "User-agent: *\nDisallow: /sitevision/\nDisallow: /sok.html\nSitemap: __ORIGIN__/sitemap.xml\n"
    return s
