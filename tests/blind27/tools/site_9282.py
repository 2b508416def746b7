"""9282 Tjärnby: Drupal markup; Medborgarservice is one section of /kontakt among växel, turistbyrå, press, politiker."""
from __future__ import annotations

import itertools

from common import SUBS, Site, esc

NEWS = [
    ("skoterleder-oppnar", "2025-02-03", "Skoterlederna öppnar för säsongen",
     "Nu är snödjupet tillräckligt och lederna runt Tjärnby är markerade.",
     "<p>Kom ihåg att ha ledkort. Ledkort köper du hos skoterklubben eller via deras webbshop.</p>"),
    ("ny-idrottshall-beslutad", "2025-01-28", "Kommunfullmäktige har beslutat om ny idrottshall",
     "Hallen byggs vid Centralskolan och ska stå klar hösten 2027.",
     "<p>Idrottshallen får plats för handboll, innebandy och en läktare för 300 personer. Skolan använder hallen dagtid och föreningarna kvällar och helger.</p>"),
    ("vintervaghallning", "2025-01-15", "Så prioriterar vi snöröjningen i vinter",
     "Gång- och cykelvägar till skolorna plogas först.",
     "<p>Vid större snöfall kan det dröja upp till två dygn innan alla bostadsgator är plogade. Tack för ditt tålamod.</p>"),
]

KONTAKT = """<div class="clearfix text-formatted field field--name-field-ingress field--type-text-long field--label-hidden field__item"><p class="lead">Här hittar du telefonnummer, adresser och öppettider till kommunens olika delar. Vet du inte vart du ska vända dig? Ring växeln så hjälper vi dig rätt.</p></div>
<div class="field field--name-field-sections field--type-entity-reference-revisions field--label-hidden field__items">
<div class="field__item"><div class="paragraph paragraph--type--text-section paragraph--view-mode--default" id="vaxeln">
<h2 class="paragraph__title">Växeln</h2>
<div class="clearfix text-formatted field field--name-field-text field__item"><p>Ring <a href="tel:+46980319200">0980-319 200</a> så kopplar vi dig vidare till den du söker. Växeln har öppet vardagar 7.30–16.30.</p></div>
</div></div>
<div class="field__item"><div class="paragraph paragraph--type--text-section paragraph--view-mode--default" id="medborgarservice">
<h2 class="paragraph__title">Medborgarservice</h2>
<div class="clearfix text-formatted field field--name-field-text field__item"><p>Medborgarservice finns i entréhallen i kommunhuset. Här möts du av våra servicevärdar. Välkommen in!</p>
<p><strong>Besöksadress:</strong> Storgatan 12, Tjärnby</p>
<table class="cols-2">
<caption>Öppettider Medborgarservice</caption>
<thead><tr><th scope="col">Dag</th><th scope="col">Öppet</th></tr></thead>
<tbody>
<tr><td>Måndag–torsdag</td><td>8.00–16.30</td></tr>
<tr><td>Fredag</td><td>8.00–15.00</td></tr>
<tr><td>Lunch</td><td>Stängt 12.00–12.45</td></tr>
</tbody></table></div>
</div></div>
<div class="field__item"><div class="paragraph paragraph--type--text-section paragraph--view-mode--default" id="turistbyran">
<h2 class="paragraph__title">Turistbyrån</h2>
<div class="clearfix text-formatted field field--name-field-text field__item"><p>Tjärnby turistbyrå i Stationshuset hjälper dig med boende, fiskekort, skoterleder, guidade turer och biljetter till Tjärnbydagarna. Turistbyrån leds av turistchef Anneli Rask.</p>
<p>Telefon <a href="tel:+46980319215">0980-319 215</a>, e-post <a href="mailto:turism@tjarnby.se">turism@tjarnby.se</a>. Öppet vardagar 10–16, under sommaren även helger.</p></div>
</div></div>
<div class="field__item"><div class="paragraph paragraph--type--text-section paragraph--view-mode--default" id="press">
<h2 class="paragraph__title">Press</h2>
<div class="clearfix text-formatted field field--name-field-text field__item"><p>Journalister når kommunens pressjour på <a href="tel:+46980319220">0980-319 220</a> dygnet runt. Presschef Jonas Eld ansvarar för kommunens presskontakter.</p></div>
</div></div>
<div class="field__item"><div class="paragraph paragraph--type--text-section paragraph--view-mode--default" id="politiker">
<h2 class="paragraph__title">Politiker</h2>
<div class="clearfix text-formatted field field--name-field-text field__item"><p>Kommunstyrelsens ordförande Maria Tapper (C), telefon <a href="tel:+46980319201">0980-319 201</a>. Oppositionsråd Erik Lund (M), telefon <a href="tel:+46980319202">0980-319 202</a>.</p>
<p>Kontaktuppgifter till alla förtroendevalda finns under <a href="/kommun-och-politik#kommunfullmaktige">Kommunfullmäktige</a>.</p></div>
</div></div>
<div class="field__item"><div class="paragraph paragraph--type--text-section paragraph--view-mode--default" id="synpunkter-och-felanmalan">
<h2 class="paragraph__title">Synpunkter och felanmälan</h2>
<div class="clearfix text-formatted field field--name-field-text field__item"><p>Felanmäl trasig gatubelysning, hål i vägen eller klotter, eller lämna synpunkter på kommunens verksamheter i e-tjänsten.</p>
<p><a class="button button--primary" href="/e-tjanster#synpunkter">Till e-tjänsten Synpunkter och felanmälan</a></p></div>
</div></div>
<div class="field__item"><div class="paragraph paragraph--type--text-section paragraph--view-mode--default" id="postadress">
<h2 class="paragraph__title">Postadress och fakturor</h2>
<div class="clearfix text-formatted field field--name-field-text field__item"><p>Tjärnby kommun, 999 41 Tjärnby. E-post: <a href="mailto:kommun@tjarnby.se">kommun@tjarnby.se</a>. Organisationsnummer 212000-9282.</p></div>
</div></div>
</div>"""


def build() -> Site:
    S = Site("9282", "Tjärnby", "Tjärnby kommun", "25", "Norrbottens län", "drupal", "tjarnby.se",
             "0980-319 200", "+46980319200", "999 41", "Storgatan 12")
    S.set_areas([
        ("barn", None, [], []),
        ("omsorg", None, [], []),
        ("bygga", None, [], []),
        ("trafik", None, [], []),
        ("kultur", "Uppleva och göra", [], []),
        ("naring", None, [], []),
        ("kommun", None, [], []),
    ], lambda slug: f"/{slug}")
    nid = itertools.count(11)

    def nav() -> str:
        li = []
        for a in S.areas:
            sub = "".join(f'<li class="menu-item"><a href="{esc(h)}" data-drupal-link-system-path="node/{next(nid)}">{esc(t)}</a></li>' for _, t, h in a["items"])
            li.append(f'<li class="menu-item menu-item--expanded"><a href="{a["path"]}" data-drupal-link-system-path="node/{next(nid)}">{esc(a["title"])}</a>'
                      f'<ul class="menu menu--level-2">{sub}</ul></li>')
        li.append('<li class="menu-item"><a href="/kontakt" data-drupal-link-system-path="node/7">Kontakt</a></li>')
        return ('<nav role="navigation" aria-labelledby="block-huvudmeny-menu" id="block-huvudmeny" class="block block-menu navigation menu--main">'
                '<h2 class="visually-hidden" id="block-huvudmeny-menu">Huvudmeny</h2><ul class="menu menu--level-1">' + "".join(li) + "</ul></nav>")

    def chrome(title: str, main: str, front: bool = False, node: str = "page") -> str:
        t = "Tjärnby kommun" if front else f"{title} | Tjärnby kommun"
        body_class = "path-frontpage" if front else f"path-node page-node-type-{node}"
        return f"""<!DOCTYPE html>
<html lang="sv" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(t)}</title>
<style>.visually-hidden{{position:absolute!important;clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px;width:1px}}.menu--level-2{{display:none}}.menu-item--expanded:hover>.menu--level-2{{display:block}}</style>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentLanguage":"sv"}},"ajaxTrustedUrl":{{"\\/search\\/node":true}}}}</script>
</head>
<body class="{body_class}">
<a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner" class="site-header">
<div class="region region-secondary-menu">
<nav role="navigation" aria-labelledby="block-servicemeny-menu" id="block-servicemeny" class="block block-menu navigation menu--service">
<h2 class="visually-hidden" id="block-servicemeny-menu">Servicemeny</h2>
<ul class="menu"><li class="menu-item"><a href="/om-webbplatsen#lyssna">Lyssna</a></li><li class="menu-item"><a href="/om-webbplatsen#lattlast">Lättläst</a></li><li class="menu-item"><a href="/om-webbplatsen#suomeksi" lang="fi">Suomeksi</a></li><li class="menu-item"><a href="/om-webbplatsen#sami" lang="se">Sámegillii</a></li><li class="menu-item"><a href="/om-webbplatsen#in-english" lang="en">In English</a></li></ul>
</nav>
</div>
<div class="region region-header">
<div id="block-tjarnby-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Startsida" width="160" height="54"></a>
<div class="site-name"><a href="/" rel="home">Tjärnby kommun</a></div>
</div>
<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-sokformular" role="search">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
<div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">Sök</label><input title="Ange de ord du vill söka efter." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" size="15" maxlength="128" class="form-search"></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Sök" class="button js-form-submit form-submit"></div>
</form>
</div>
</div>
<div class="region region-primary-menu">
{nav()}
</div>
</header>
<main role="main">
<a id="main-content" tabindex="-1"></a>
<div class="layout-content">
<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
{main}
</div>
</div>
</main>
<footer role="contentinfo" class="site-footer">
<div class="region region-footer">
<div id="block-sidfot-kontakt" class="block block-block-content">
<h2>Tjärnby kommun</h2>
<div class="clearfix text-formatted field field--name-body"><p>999 41 Tjärnby<br>Växel: 0980-319 200<br>E-post: kommun@tjarnby.se<br>Organisationsnummer: 212000-9282</p></div>
</div>
<nav role="navigation" aria-labelledby="block-sidfot-menu" id="block-sidfot" class="block block-menu navigation menu--footer">
<h2 id="block-sidfot-menu">Om webbplatsen</h2>
<ul class="menu"><li class="menu-item"><a href="/om-webbplatsen#tillganglighet">Tillgänglighetsredogörelse</a></li><li class="menu-item"><a href="/om-webbplatsen#kakor">Kakor</a></li><li class="menu-item"><a href="/om-webbplatsen#personuppgifter">Behandling av personuppgifter</a></li><li class="menu-item"><a href="/naringsliv-och-arbete#lediga-jobb">Lediga jobb</a></li></ul>
</nav>
</div>
</footer>
</div>
</div>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-label="Kakor"><p>Vi använder kakor för att förbättra webbplatsen.</p><button type="button" class="agree-button">OK, jag godkänner</button></div>
</body>
</html>
"""

    def article(title: str, inner: str, node: str = "page") -> str:
        return (f'<article data-history-node-id="{next(nid)}" class="node node--type-{node} node--view-mode-full">'
                f'<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(title)}</span></h1>'
                f'<div class="node__content">{inner}</div></article>')

    rows = "".join(
        f'<div class="views-row"><article class="node node--type-news node--view-mode-teaser"><h3><a href="/nyheter/{s}" rel="bookmark"><span>{esc(t)}</span></a></h3>'
        f'<div class="field--name-created"><time datetime="{d}">{d}</time></div><p>{esc(i)}</p></article></div>'
        for s, d, t, i, _ in NEWS)
    front = f"""<div id="block-startpuff" class="block block-block-content hero">
<h1>Välkommen till Tjärnby</h1>
<p>Fjällkommunen vid Tjärnälven – med plats för både arbete och fritid.</p>
<ul class="puffar">
<li><a href="/barn-och-utbildning#forskola"><span>Ansök om förskola</span></a></li>
<li><a href="/bygga-bo-och-miljo#bygglov"><span>Bygglov</span></a></li>
<li><a href="/trafik-och-gator#snorojning"><span>Snöröjning</span></a></li>
<li><a href="/naringsliv-och-arbete#lediga-jobb"><span>Jobba hos oss</span></a></li>
</ul>
</div>
<div id="block-views-block-nyheter-block-1" class="block block-views"><h2>Nyheter</h2>
<div class="views-element-container"><div class="view view-nyheter view-id-nyheter view-display-id-block_1">
<div class="view-content">{rows}</div>
<div class="more-link"><a href="/nyheter">Alla nyheter</a></div></div></div></div>
<div id="block-eservices" class="block block-block-content"><h2>Populära e-tjänster</h2>
<ul><li><a href="/e-tjanster#forskola">Förskola och fritids</a></li><li><a href="/e-tjanster#synpunkter">Synpunkter och felanmälan</a></li><li><a href="/e-tjanster#bygglov">Bygglov och anmälan</a></li><li><a href="/e-tjanster#fardtjanst">Färdtjänst</a></li></ul></div>
<div id="block-evenemang" class="block block-views"><h2>På gång</h2>
<ul><li><a href="/kultur-och-fritid#evenemang">Tjärnbydagarna 4–6 juli</a></li><li><a href="/kultur-och-fritid#bibliotek">Bokcirkel på biblioteket, 18 mars</a></li></ul></div>"""
    S.add("/", "index.html", chrome("", front, front=True))
    for a in S.areas:
        secs = "".join(f'<h2 id="{sid}">{esc(SUBS[sid][0])}</h2><p>{esc(S.fill(SUBS[sid][1]))}</p>' for sid in a["subs"])
        S.add(a["path"], a["slug"] + ".html", chrome(a["title"], article(a["title"], f'<div class="clearfix text-formatted field field--name-body"><p class="lead">Information om {esc(a["title"].lower())} i Tjärnby kommun.</p>{secs}</div>')))
    S.add("/kontakt", "kontakt.html", chrome("Kontakt", article("Kontakt", KONTAKT)))
    S.add("/nyheter", "nyheter.html", chrome("Nyheter", article("Nyheter", f'<div class="view view-nyheter"><div class="view-content">{rows}</div></div>')))
    for s, d, t, i, b in NEWS:
        S.add(f"/nyheter/{s}", f"nyhet-{s}.html", chrome(t, article(t, f'<div class="field--name-created"><time datetime="{d}">{d}</time></div><p class="lead">{esc(i)}</p>{b}', node="news"), node="news"))
    S.add("/e-tjanster", "e-tjanster.html", chrome("E-tjänster", article("E-tjänster", """<div class="clearfix text-formatted field field--name-body">
<p class="lead">Här hittar du kommunens e-tjänster. Du loggar in med BankID eller Freja eID.</p>
<h2 id="forskola">Förskola och fritids</h2><p>Ansök om plats, säg upp eller ändra schema.</p>
<h2 id="synpunkter">Synpunkter och felanmälan</h2><p>Lämna synpunkter eller anmäl fel på gator, belysning och parker.</p>
<h2 id="bygglov">Bygglov och anmälan</h2><p>Ansök om bygglov, marklov eller rivningslov.</p>
<h2 id="fardtjanst">Färdtjänst</h2><p>Ansök om färdtjänst och riksfärdtjänst.</p></div>""")))
    S.add("/om-webbplatsen", "om-webbplatsen.html", chrome("Om webbplatsen", article("Om webbplatsen", """<div class="clearfix text-formatted field field--name-body">
<h2 id="tillganglighet">Tillgänglighetsredogörelse</h2><p>Tjärnby kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>
<h2 id="lyssna">Lyssna</h2><p>Du kan få texten uppläst med talsyntes.</p>
<h2 id="lattlast">Lättläst</h2><p>Kort och enkel information om Tjärnby kommun.</p>
<h2 id="suomeksi" lang="fi">Suomeksi</h2><p lang="fi">Tjärnby kuuluu suomen kielen hallintoalueeseen.</p>
<h2 id="sami" lang="se">Sámegillii</h2><p lang="se">Dieđut sámegillii.</p>
<h2 id="in-english" lang="en">In English</h2><p lang="en">Tjärnby is a municipality in the north of Sweden.</p>
<h2 id="kakor">Kakor</h2><p>Vi använder kakor för att webbplatsen ska fungera och för anonym statistik.</p>
<h2 id="personuppgifter">Behandling av personuppgifter</h2><p>Så hanterar kommunen dina personuppgifter.</p></div>""")))
    S.files["sok.html"] = chrome("Sök", article("Sök", '<div class="search-results"><!--SEARCH_RESULTS--></div>'))
    S.search = {"path": "/search/node", "param": "keys", "template": "sok.html",
                "hits": {"medborgarservice": ["/kontakt"], "kontakt": ["/kontakt"], "turistbyrån": ["/kontakt"],
                         "kontaktcenter": [], "servicecenter": [], "kundtjänst": []}}
    return S
