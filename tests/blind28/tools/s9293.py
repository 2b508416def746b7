"""9293 Granhed: Drupal 10 (Olivero-derived sub-theme: region-* wrappers, block-* ids,
menu--main with menu__item--expanded drop-downs, views-row news list, field--name-body,
system breadcrumb, sidebar menu block). A footer with four columns of links."""
from __future__ import annotations

from core import Site, slug

CSS = """
body{margin:0;font-family:Metropolis,"Helvetica Neue",sans-serif;color:#232429}
.visually-hidden{position:absolute!important;clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px;width:1px}
.site-header{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;padding:1rem 2.5rem;border-bottom:1px solid #e1e1e1}
.menu--main .menu--level-1{display:flex;list-style:none;margin:0;padding:0}
.menu--main .menu__item{position:relative}
.menu--main .menu__link--level-1{display:block;padding:1rem .8rem;color:#232429;text-decoration:none;font-weight:600}
.menu--main .menu--level-2{display:none;position:absolute;top:100%;left:0;min-width:15rem;background:#fff;list-style:none;padding:.5rem 1rem;box-shadow:0 4px 10px rgba(0,0,0,.2)}
.menu--main .menu__item--expanded:hover .menu--level-2,.menu--main .menu__item--expanded:focus-within .menu--level-2{display:block}
.region-highlighted{background:#2d5b7a;color:#fff;padding:3rem 2.5rem}
.region-highlighted a{color:#fff}
.layout-main{display:flex;gap:2.5rem;padding:2rem 2.5rem}
.layout-sidebar-first{flex:0 0 16rem}
.layout-content{flex:1}
.views-row{border-bottom:1px solid #ddd;padding:1rem 0}
.site-footer{background:#232429;color:#ddd;padding:2.5rem}
.site-footer a{color:#ddd}
.region-footer-top{display:grid;grid-template-columns:repeat(4,1fr);gap:2rem}
.region-footer-bottom{border-top:1px solid #555;margin-top:2rem;padding-top:1rem}
.breadcrumb ol{display:flex;gap:.6rem;list-style:none;padding:0;font-size:.9rem}
.breadcrumb li+li::before{content:"/";margin-right:.6rem}
.menu--sidebar .menu{list-style:none;padding-left:1rem}
.menu--sidebar .is-active{font-weight:700}
"""

MAIN = [
    ("Utbildning och barnomsorg", ["Förskola", "Pedagogisk omsorg", "Grundskola", "Fritidshem", "Gymnasium", "Vuxenutbildning"]),
    ("Omsorg och hjälp", ["Äldreomsorg", "Hemtjänst", "Stöd vid funktionsnedsättning", "Ekonomiskt bistånd", "Våld i nära relationer"]),
    ("Bygga och bo", ["Bygglov", "Detaljplaner", "Kartor och GIS", "Tomter", "Bostadsanpassning"]),
    ("Miljö, vatten och avfall", ["Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa", "Enskilda avlopp"]),
    ("Trafik och resor", ["Gator och vägar", "Parkering", "Kollektivtrafik", "Trafiksäkerhet"]),
    ("Fritid och kultur", ["Bibliotek", "Badhus", "Föreningsstöd", "Natur och friluftsliv", "Kulturskolan"]),
    ("Företag och arbete", ["Företagsservice", "Upphandling", "Tillstånd", "Jobba hos oss"]),
    ("Kommunen", ["Politik och beslut", "Organisation", "Ekonomi", "Allmänna handlingar", "Överklaga beslut"]),
]


def build() -> Site:
    s = Site("9293", "Granhed", "21", "Gävleborgs län", "drupal10-footer")

    def au(a: str) -> str:
        return f"/{slug(a)}"

    def su(a: str, x: str) -> str:
        return f"/{slug(a)}/{slug(x)}"

    def main_menu() -> str:
        out = []
        for i, (name, subs) in enumerate(MAIN):
            lis = "".join(f'<li class="menu__item menu__item--level-2"><a href="{s.m(su(name, x))}" class="menu__link menu__link--level-2" data-drupal-link-system-path="node/{300 + i * 10 + j}">{x}</a></li>' for j, x in enumerate(subs))
            out.append(f'<li class="menu__item menu__item--expanded menu__item--level-1">'
                       f'<a href="{s.m(au(name))}" class="menu__link menu__link--level-1" data-drupal-link-system-path="node/{200 + i}">{name}</a>'
                       f'<ul class="menu menu--level-2">{lis}</ul></li>')
        return ('<nav role="navigation" aria-labelledby="block-granhed-main-menu-menu" id="block-granhed-main-menu" class="block block-menu navigation menu--main">'
                '<h2 class="visually-hidden" id="block-granhed-main-menu-menu">Huvudnavigering</h2>'
                '<ul class="menu menu--level-1">' + "".join(out) + '</ul></nav>')

    footer_cols = [
        ("Kontakt", [("Kontakta oss", "/kontakta-oss"), ("Servicecenter", "/kontakta-oss/servicecenter"),
                     ("Synpunkter och felanmälan", "/kontakta-oss/synpunkter"), ("Press och media", s.ph("/press")),
                     ("Telefonlista", s.ph("/kontakta-oss/telefonlista")), ("Sociala medier", s.ph("/sociala-medier"))]),
        ("Genvägar", [("Lediga jobb", s.m(su("Företag och arbete", "Jobba hos oss"))), ("Matsedlar", s.ph("/matsedlar")),
                      ("Sophämtning", s.ph("/miljo-vatten-och-avfall/avfall-och-atervinning/tomningsschema")),
                      ("Driftinformation", s.ph("/driftinformation")), ("Kommunfullmäktige", s.ph("/kommunen/politik-och-beslut/kommunfullmaktige")),
                      ("Sammanträden och protokoll", s.ph("/kommunen/politik-och-beslut/protokoll")), ("E-tjänster", s.ph("/e-tjanster")),
                      ("Evenemang", s.ph("/evenemang"))]),
        ("Granhed kommun", [("Om Granhed", s.ph("/om-granhed")), ("Kommunens organisation", "/kommunen/organisation/kommunstyrelseforvaltningen"),
                            ("Statistik och fakta", s.ph("/kommunen/statistik")), ("Vision och mål", s.ph("/kommunen/vision")),
                            ("Krisberedskap", s.ph("/krisberedskap")), ("Visselblåsarfunktion", s.ph("/kommunen/visselblasare"))]),
        ("Om webbplatsen", [("Tillgänglighetsredogörelse", "/tillganglighetsredogorelse"), ("Om kakor", "/om-kakor"),
                            ("Personuppgifter (GDPR)", s.ph("/personuppgifter")), ("Lyssna på webbplatsen", s.ph("/lyssna")),
                            ("Lättläst", s.ph("/lattlast")), ("Other languages", s.ph("/other-languages"))]),
    ]

    def footer() -> str:
        cols = []
        for i, (h, links) in enumerate(footer_cols):
            lis = "".join(f'<li class="menu__item"><a href="{u}" class="menu__link">{t}</a></li>' for t, u in links)
            cols.append(f'<nav role="navigation" aria-labelledby="block-footer-{i}-menu" id="block-footer-{i}" class="block block-menu navigation menu--footer-{i}">'
                        f'<h2 id="block-footer-{i}-menu">{h}</h2><ul class="menu">{lis}</ul></nav>')
        return f"""<footer class="site-footer">
<div class="region region-footer-top">
{"".join(cols)}
</div>
<div class="region region-footer-bottom">
<div id="block-granhed-kontaktuppgifter" class="block block-block-content">
<div class="field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>Granhed kommun · 999 61 Granhed · Växel 08-465 004 00 · <a href="mailto:kommun@granhed.se">kommun@granhed.se</a> · Org.nr 212000-9293</p></div>
</div>
</div>
</footer>"""

    def page(title: str | None, content: str, crumbs: list | None = None, sidebar: str = "", node: int = 1) -> str:
        bc = ""
        if crumbs is not None:
            lis = '<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Hem</a></li>' + "".join(
                f'<li class="breadcrumb__item"><a href="{u}" class="breadcrumb__link">{t}</a></li>' if u else f'<li class="breadcrumb__item">{t}</li>'
                for t, u in crumbs)
            bc = f'<div class="region region-breadcrumb"><div id="block-granhed-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Brödsmulor</h2><ol class="breadcrumb__list">{lis}</ol></nav></div></div>'
        side = f'<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first">{sidebar}</div></aside>' if sidebar else ""
        full = "Granhed kommun" if title is None else f"{title} | Granhed kommun"
        return f"""<!DOCTYPE html>
<html lang="sv" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{full}</title>
<link rel="canonical" href="__ORIGIN__/node/{node}">
<style>{CSS}</style>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentLanguage":"sv"}},"ajaxPageState":{{"theme":"granhed"}}}}</script>
</head>
<body class="path-{'frontpage' if title is None else 'node'} page-node-type-{'startsida' if title is None else 'page'}">
<a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="site-header" role="banner">
<div class="region region-header">
<div id="block-granhed-site-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/granhed/logo.svg" alt="Granhed kommun" width="190" height="48"></a></div>
<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-granhed-search" role="search">
<form action="/sok" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">Sök</label><input title="Ange de ord du vill söka efter." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search"></div><div data-drupal-selector="edit-actions" class="form-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Sök" class="button form-submit"></div></form>
</div>
</div>
<div class="region region-primary-menu">{main_menu()}</div>
</header>
{bc}
<div class="layout-main">
{side}
<main role="main" class="layout-content"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
{content}
</div>
</main>
</div>
{footer()}
</div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner"><p>Vi använder kakor (cookies) för att förbättra din upplevelse av webbplatsen.</p><button type="button" class="agree-button eu-cookie-compliance-default-button">Jag godkänner</button> <a href="/om-kakor">Mer information</a></div></div>
</body>
</html>
"""

    def node(title: str, body: str, n: int) -> str:
        return (f'<div id="block-granhed-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{title}</span></h1></div>'
                f'<div id="block-granhed-content" class="block block-system block-system-main-block"><article data-history-node-id="{n}" class="node node--type-page node--view-mode-full"><div class="node__content">'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div></div></article></div>')

    news = [
        ("/nyheter/ny-cykelbana-mellan-centrum-och-stationen", "2025-05-22", "Ny cykelbana mellan centrum och stationen",
         "Den nya gång- och cykelbanan längs Järnvägsgatan är klar och invigs den 4 juni."),
        ("/nyheter/sommarjobb-for-unga-2025", "2025-05-09", "Sista chansen att söka sommarjobb",
         "Är du född 2008 eller 2009? Ansök om feriejobb senast den 31 maj."),
        ("/nyheter/granhed-far-nytt-badhus", "2025-04-28", "Kommunfullmäktige beslutade om nytt badhus",
         "Det nya badhuset byggs vid Ängsvallen och beräknas öppna hösten 2027."),
    ]
    rows = "".join(f'<div class="views-row"><div class="views-field views-field-created"><span class="field-content"><time datetime="{d}">{d}</time></span></div>'
                   f'<div class="views-field views-field-title"><h3 class="field-content"><a href="{u}" hreflang="sv">{t}</a></h3></div>'
                   f'<div class="views-field views-field-body"><div class="field-content">{x}</div></div></div>' for u, d, t, x in news)
    front = f"""<div class="region region-highlighted">
<div id="block-granhed-hero" class="block block-block-content block-block-content--hero">
<h1>Välkommen till Granhed</h1>
<p>Skogen, sjöarna och Bruksgatan – Granhed är kommunen där du har nära till allt.</p>
<div class="field field--name-field-links"><ul class="links">
<li><a href="{s.ph('/e-tjanster')}">Alla e-tjänster</a></li>
<li><a href="{s.ph('/utbildning-och-barnomsorg/forskola/ansok-om-plats')}">Ansök om förskoleplats</a></li>
<li><a href="{s.ph('/miljo-vatten-och-avfall/avfall-och-atervinning/tomningsschema')}">Tömningsschema för sopor</a></li>
<li><a href="{s.m(su('Företag och arbete', 'Jobba hos oss'))}">Lediga jobb</a></li>
</ul></div>
</div>
</div>
<div class="views-element-container block block-views block-views-blocknyheter-block-1" id="block-views-block-nyheter-block-1">
<h2>Nyheter</h2>
<div class="view view-nyheter view-id-nyheter view-display-id-block_1 js-view-dom-id-7f3c2a"><div class="view-content">{rows}</div>
<div class="more-link"><a href="/nyheter">Fler nyheter</a></div></div>
</div>
<div class="views-element-container block block-views block-views-blockevenemang-block-1">
<h2>På gång i Granhed</h2>
<div class="view view-evenemang view-id-evenemang"><div class="view-content">
<div class="views-row"><a href="{s.ph('/evenemang/bruksdagen-2025')}">Bruksdagen 2025</a> – lördag 14 juni</div>
<div class="views-row"><a href="{s.ph('/evenemang/orienteringens-dag')}">Orienteringens dag vid Ängsvallen</a> – söndag 15 juni</div>
</div></div></div>
<div id="block-granhed-driftinfo" class="block block-block-content"><h2>Driftinformation</h2><p>Planerat avbrott i fjärrvärmen på Norra Bruksgatan den 10 juni kl. 8–14.</p></div>"""
    s.add("/", "index.html", page(None, front))

    def sidebar(active: str) -> str:
        items = [("Kontakta oss", "/kontakta-oss"), ("Servicecenter", "/kontakta-oss/servicecenter"),
                 ("Synpunkter och felanmälan", "/kontakta-oss/synpunkter"), ("Telefonlista", "/kontakta-oss/telefonlista"),
                 ("Press och media", "/press")]
        lis = "".join(f'<li class="menu__item{" is-active" if t == active else ""}"><a href="{u}" class="menu__link{" is-active" if t == active else ""}">{t}</a></li>' for t, u in items[1:])
        return (f'<nav role="navigation" aria-labelledby="block-granhed-sidomeny-menu" id="block-granhed-sidomeny" class="block block-menu navigation menu--sidebar">'
                f'<h2 class="visually-hidden" id="block-granhed-sidomeny-menu">Undermeny</h2><ul class="menu"><li class="menu__item menu__item--expanded{" is-active" if active == "Kontakta oss" else ""}">'
                f'<a href="/kontakta-oss" class="menu__link">Kontakta oss</a><ul class="menu">{lis}</ul></li></ul></nav>')

    service_body = """<p class="ingress">Välkommen till Servicecenter! Vi finns här för dig som bor i, arbetar i eller besöker Granhed.</p>
<p>Hör av dig om du undrar något, så hjälper vi dig vidare. Vi finns i kommunhuset på Bruksgatan 8.</p>
<h2>Kontakta Servicecenter</h2>
<p>Telefon: <a href="tel:+46846500430">08-465 004 30</a><br>
E-post: <a href="mailto:servicecenter@granhed.se">servicecenter@granhed.se</a><br>
Telefontider: vardagar 8.00–16.30, lunchstängt 12–13</p>
<h2>Organisation</h2>
<p>Servicecenter är en enhet inom kommunstyrelseförvaltningen. <a href="/kommunen/organisation/kommunstyrelseforvaltningen">Läs mer om kommunstyrelseförvaltningen</a>.</p>"""
    s.add("/kontakta-oss/servicecenter", "servicecenter.html",
          page("Servicecenter", node("Servicecenter", service_body, 412),
               [("Kontakta oss", "/kontakta-oss"), ("Servicecenter", None)], sidebar("Servicecenter"), 412))
    s.add("/kontakta-oss", "kontakta-oss.html", page("Kontakta oss", node("Kontakta oss", """<p class="ingress">Så når du Granhed kommun.</p>
<h2>Växel</h2><p>08-465 004 00, vardagar 7.30–16.30</p>
<h2>E-post och post</h2><p>kommun@granhed.se<br>Granhed kommun, 999 61 Granhed</p>
<h2>Registrator</h2><p>Handlingar som ska diarieföras skickar du till registrator, registrator@granhed.se.</p>""", 411),
                                                     [("Kontakta oss", None)], sidebar("Kontakta oss"), 411))
    s.add("/kontakta-oss/synpunkter", "synpunkter.html", page("Synpunkter och felanmälan", node("Synpunkter och felanmälan", """<p class="ingress">Har du sett något som behöver åtgärdas, eller vill du tycka till om kommunens verksamhet?</p>
<p>Använd e-tjänsten för synpunkter och felanmälan. Du kan vara anonym. Vi svarar inom fem arbetsdagar om du lämnar kontaktuppgifter.</p>""", 413),
                                                                 [("Kontakta oss", "/kontakta-oss"), ("Synpunkter och felanmälan", None)], sidebar("Synpunkter och felanmälan"), 413))
    s.add("/kommunen/organisation/kommunstyrelseforvaltningen", "ksf.html", page("Kommunstyrelseförvaltningen", node("Kommunstyrelseförvaltningen", """<p class="ingress">Kommunstyrelseförvaltningen leder och samordnar kommunens arbete och stödjer de andra förvaltningarna.</p>
<p>Förvaltningen leds av kommundirektör Ulrika Nyström.</p>
<div class="views-element-container"><div class="view view-personal view-id-personal view-display-id-block_1">
<table class="views-table views-view-table cols-3"><caption>Enheter och chefer</caption>
<thead><tr><th id="view-field-enhet-table-column" class="views-field views-field-field-enhet" scope="col">Enhet</th><th class="views-field views-field-field-titel" scope="col">Titel</th><th class="views-field views-field-title" scope="col">Namn</th><th class="views-field views-field-field-telefon" scope="col">Telefon</th></tr></thead>
<tbody>
<tr><td class="views-field views-field-field-enhet">Ekonomi</td><td class="views-field views-field-field-titel">Ekonomichef</td><td class="views-field views-field-title">Kristina Falk</td><td class="views-field views-field-field-telefon">08-465 004 60</td></tr>
<tr><td class="views-field views-field-field-enhet">HR</td><td class="views-field views-field-field-titel">HR-chef</td><td class="views-field views-field-title">Ahmed Karimi</td><td class="views-field views-field-field-telefon">08-465 004 61</td></tr>
<tr><td class="views-field views-field-field-enhet">Kommunikation</td><td class="views-field views-field-field-titel">Kommunikationschef</td><td class="views-field views-field-title">Sofie Bergman</td><td class="views-field views-field-field-telefon">08-465 004 62</td></tr>
<tr><td class="views-field views-field-field-enhet">Servicecenter</td><td class="views-field views-field-field-titel">Enhetschef</td><td class="views-field views-field-title">Mats Lind</td><td class="views-field views-field-field-telefon">08-465 004 31</td></tr>
</tbody></table></div></div>""", 520), [("Kommunen", s.m(au("Kommunen"))), ("Organisation", s.m(su("Kommunen", "Organisation"))), ("Kommunstyrelseförvaltningen", None)], "", 520))
    rows_all = "".join(f'<div class="views-row"><h3><a href="{u}">{t}</a></h3><p>{x}</p></div>' for u, d, t, x in news)
    s.add("/nyheter", "nyheter.html", page("Nyheter", f'<h1 class="page-title">Nyheter</h1><div class="view view-nyheter view-id-nyheter view-display-id-page_1"><div class="view-content">{rows_all}</div></div>', [("Nyheter", None)]))
    bodies = ["<p>Cykelbanan är 2,3 kilometer lång och belyst hela vägen. Invigningen sker vid stationen klockan 16.</p>",
              "<p>Kommunen erbjuder cirka 150 feriejobb inom bland annat äldreomsorg, parkskötsel och fritidsgårdar. Jobben är tre veckor långa.</p>",
              "<p>Fullmäktige beslutade på måndagens sammanträde att bygga ett nytt badhus. Det gamla badhuset från 1972 stängs när det nya öppnar.</p>"]
    for i, ((u, d, t, x), b) in enumerate(zip(news, bodies, strict=False)):
        s.add(u, f"nyhet-{i + 1}.html", page(t, node(t, f'<p class="date">{d}</p><p class="ingress">{x}</p>{b}', 600 + i), [("Nyheter", "/nyheter"), (t, None)], "", 600 + i))
    s.add("/tillganglighetsredogorelse", "tillganglighet.html", page("Tillgänglighetsredogörelse", node("Tillgänglighetsredogörelse", "<p>Granhed kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur granhed.se uppfyller lagen om tillgänglighet till digital offentlig service och hur du kan rapportera brister.</p>", 20), [("Tillgänglighetsredogörelse", None)], "", 20))
    s.add("/om-kakor", "kakor.html", page("Om kakor", node("Om kakor", "<p>Vi använder nödvändiga kakor och, om du godkänner det, kakor för statistik.</p>", 21), [("Om kakor", None)], "", 21))
    s.template("sok.html", page("Sök", '<h1 class="page-title">Sök</h1><div class="search-results"><!--SEARCH_RESULTS--></div>', [("Sök", None)]))
    s.search = {"path": "/sok", "param": "keys", "template": "sok.html",
                "hits": {"servicecenter": ["/kontakta-oss/servicecenter", "/kommunen/organisation/kommunstyrelseforvaltningen"]}}
    s.robots = "User-agent: *\nDisallow: /core/\nDisallow: /user/\nDisallow: /node/add/\nSitemap: __ORIGIN__/sitemap.xml\n"
    return s
