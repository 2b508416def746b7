"""9294 Älvby: WordPress with the Municipio theme (c-header, c-drawer, c-nav, c-card,
Modularity modules). The whole primary menu sits in a drawer behind a "Meny" hamburger
button (aria-hidden until opened); sub-lists open with toggle buttons."""
from __future__ import annotations

from core import Site, slug

CSS = """
body{margin:0;font-family:Roboto,sans-serif;color:#303030}
.u-sr__only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}
.c-header{display:flex;align-items:center;justify-content:space-between;padding:1rem 2rem;box-shadow:0 2px 4px rgba(0,0,0,.1)}
.c-header__actions{display:flex;gap:1rem;align-items:center}
.c-drawer{position:fixed;top:0;right:0;height:100%;width:24rem;background:#fff;transform:translateX(100%);transition:transform .3s;overflow:auto;z-index:100}
.c-drawer.is-open{transform:none}
.c-nav__list{list-style:none;margin:0;padding:0}
.c-nav__item{border-bottom:1px solid #eee;display:flex;flex-wrap:wrap;justify-content:space-between}
.c-nav__link{padding:.8rem 1rem;color:#303030;text-decoration:none;font-size:1.1rem}
.c-nav__sub-list{list-style:none;width:100%;padding-left:1.5rem}
.c-hero{background:#254f3d;color:#fff;padding:4rem 2rem}
.o-container{max-width:72rem;margin:0 auto;padding:2rem}
.o-grid{display:grid;grid-template-columns:repeat(3,1fr);gap:1.5rem}
.c-card{box-shadow:0 1px 3px rgba(0,0,0,.2);padding:1rem}
.c-footer{background:#303030;color:#eee;padding:2rem}
.c-footer a{color:#eee}
.c-button--chat{background:#254f3d;color:#fff;border:0;padding:.7rem 1.2rem;border-radius:2rem}
"""

DRAWER = [
    ("Barn och skola", ["Förskola", "Grundskola", "Fritids", "Gymnasieskola", "Vuxenutbildning"]),
    ("Omsorg och hjälp", ["Äldreomsorg", "Hemtjänst", "LSS", "Försörjningsstöd", "Färdtjänst"]),
    ("Bygga och bo", ["Bygglov", "Detaljplaner", "Tomter", "Bostadsanpassning"]),
    ("Miljö och natur", ["Avfall", "Vatten och avlopp", "Naturreservat", "Klimat och energi"]),
    ("Trafik och resor", ["Gator och vägar", "Parkering", "Busstrafik", "Snöröjning"]),
    ("Kultur och fritid", ["Bibliotek", "Idrottsanläggningar", "Föreningsbidrag", "Skidbacken"]),
    ("Näringsliv och arbete", ["Företagsstöd", "Upphandling", "Jobba i Älvby kommun"]),
    ("Kommun och politik", ["Politik", "Organisation", "Budget", "Allmänna handlingar", "Synpunkter"]),
]


def build() -> Site:
    s = Site("9294", "Älvby", "25", "Norrbottens län", "municipio-drawer")

    def au(a: str) -> str:
        return f"/{slug(a)}/"

    def su(a: str, x: str) -> str:
        return f"/{slug(a)}/{slug(x)}/"

    def drawer() -> str:
        items = []
        for i, (name, subs) in enumerate(DRAWER):
            lis = "".join(f'<li class="c-nav__item c-nav__item--depth-2 menu-item menu-item-type-post_type menu-item-object-page"><a class="c-nav__link" href="{s.m(su(name, x))}">{x}</a></li>' for x in subs)
            items.append(
                f'<li class="c-nav__item c-nav__item--depth-1 c-nav__item--has-children menu-item menu-item-has-children menu-item-{1200 + i}">'
                f'<a class="c-nav__link" href="{s.m(au(name))}">{name}</a>'
                f'<button class="c-nav__toggle c-button c-button__toggle" aria-expanded="false" aria-controls="sub-{1200 + i}" aria-label="Visa undersidor till {name}"><span class="c-icon material-icons" aria-hidden="true">expand_more</span></button>'
                f'<ul class="c-nav__sub-list" id="sub-{1200 + i}" hidden>{lis}</ul></li>')
        items.append('<li class="c-nav__item c-nav__item--depth-1 menu-item menu-item-type-post_type menu-item-object-page menu-item-1290">'
                     '<a class="c-nav__link" href="/kundcenter/">Kundcenter</a></li>')
        return f"""<div id="drawer" class="c-drawer c-drawer--right c-drawer--primary" aria-hidden="true" role="dialog" aria-label="Meny">
<div class="c-drawer__header"><button class="c-drawer__close c-button" aria-controls="drawer" aria-label="Stäng menyn"><span class="c-icon material-icons" aria-hidden="true">close</span> Stäng</button></div>
<div class="c-drawer__body">
<nav class="c-nav c-nav--drawer c-nav--vertical" aria-label="Huvudmeny"><ul class="c-nav__list" id="menu-huvudmeny">
{"".join(items)}
</ul></nav>
<nav class="c-nav c-nav--drawer-secondary" aria-label="Genvägar"><ul class="c-nav__list">
<li class="c-nav__item"><a class="c-nav__link" href="/kontakta-oss/">Kontakta oss</a></li>
<li class="c-nav__item"><a class="c-nav__link" href="{s.ph('/in-english/')}">In English</a></li>
<li class="c-nav__item"><a class="c-nav__link" href="{s.ph('/sami/')}">Sámegiella</a></li>
</ul></nav>
</div></div>"""

    def page(title: str | None, content: str, body_class: str = "page-template-default page") -> str:
        full = "Älvby kommun" if title is None else f"{title} – Älvby kommun"
        return f"""<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{full}</title>
<meta name="generator" content="WordPress 6.5.3">
<link rel="stylesheet" id="municipio-css" href="/wp-content/themes/municipio/assets/dist/css/municipio.min.css?ver=4.1.0" media="all">
<style id="municipio-inline-css">{CSS}</style>
<script>var municipioIntranet = false;</script>
</head>
<body class="{body_class} t-municipio s-header-business wp-theme-municipio">
<a href="#main-content" class="c-button u-sr__only u-sr__only--focusable">Gå till huvudinnehåll</a>
<header id="site-header" class="c-header c-header--business site-header">
<div class="c-header__flex-content">
<a href="/" class="c-brand c-logotype" aria-label="Älvby kommun – till startsidan"><img src="/wp-content/uploads/2023/02/alvby-logotyp.svg" alt="Älvby kommun" class="c-logotype__image" width="180" height="52"></a>
</div>
<div class="c-header__actions">
<form class="c-form search-form" method="get" action="/" role="search"><label for="search-form--header" class="u-sr__only">Sök</label><input id="search-form--header" class="c-field__input" type="search" name="s" placeholder="Vad letar du efter?"><button class="c-button c-button__filled" type="submit">Sök</button></form>
<a class="c-button c-button__basic" href="{s.ph('/lyssna/')}"><span class="c-icon material-icons" aria-hidden="true">volume_up</span> Lyssna</a>
<button class="c-button c-button__basic c-button__basic--default hamburger-menu-trigger js-trigger-drawer" aria-controls="drawer" aria-expanded="false" aria-label="Meny"><span class="c-icon material-icons" aria-hidden="true">menu</span><span class="c-button__label-text">Meny</span></button>
</div>
</header>
{drawer()}
<main id="main-content" class="u-margin__bottom--8">
{content}
</main>
<footer id="site-footer" class="c-footer site-footer">
<div class="o-container o-grid">
<div class="c-footer__column widget_text"><h2 class="c-typography c-typography__variant--h4">Älvby kommun</h2><p>Storvägen 20<br>999 71 Älvby<br>Org.nr 212000-9294</p></div>
<div class="c-footer__column widget_text"><h2 class="c-typography c-typography__variant--h4">Kontakt</h2><p>Växel: 0980-319 200<br>E-post: <a href="mailto:kommun@alvby.se">kommun@alvby.se</a></p></div>
<div class="c-footer__column widget_nav_menu"><h2 class="c-typography c-typography__variant--h4">Om webbplatsen</h2><ul class="menu">
<li class="menu-item"><a href="/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>
<li class="menu-item"><a href="/om-kakor/">Om kakor</a></li>
<li class="menu-item"><a href="{s.ph('/personuppgifter/')}">Personuppgifter</a></li>
</ul></div>
</div>
</footer>
<div class="c-notice cookie-consent" role="region" aria-label="Kakor"><p>Vi använder kakor för att webbplatsen ska fungera bra. <a href="/om-kakor/">Läs mer</a></p><button class="c-button">OK</button></div>
<script src="/wp-content/themes/municipio/assets/dist/js/municipio.min.js?ver=4.1.0" defer></script>
</body>
</html>
"""

    news = [
        ("/2025/05/21/isen-pa-alven-ar-inte-langre-saker/", "21 maj 2025", "Isen på älven är inte längre säker",
         "Vårfloden har kommit. Håll dig borta från isen och strandkanterna vid Storforsen."),
        ("/2025/05/15/nya-tider-for-sophamtning-i-byarna/", "15 maj 2025", "Nya tider för sophämtning i byarna",
         "Från juni töms kärlen i byarna norr om älven på torsdagar i stället för fredagar."),
        ("/2025/05/06/ansok-om-bidrag-for-lovaktiviteter/", "6 maj 2025", "Föreningar kan söka bidrag för lovaktiviteter",
         "Föreningar som ordnar aktiviteter för barn under sommarlovet kan söka bidrag till och med 1 juni."),
    ]
    cards = "".join(f'<div class="c-card c-card--default"><div class="c-card__body"><span class="c-card__meta">{d}</span><h3 class="c-card__heading"><a href="{u}" class="c-card__link">{t}</a></h3><p class="c-card__content">{x}</p></div></div>' for u, d, t, x in news)
    front = f"""<section class="c-hero c-hero--default modularity-mod-hero"><div class="c-hero__content">
<h1 class="c-typography c-typography__variant--h1">Välkommen till Älvby</h1>
<p class="c-typography">Här hittar du information och e-tjänster från Älvby kommun.</p>
</div></section>
<div class="o-container">
<section class="modularity-mod-posts"><h2 class="c-typography c-typography__variant--h2">Nyheter</h2>
<div class="o-grid">{cards}</div>
<p><a class="c-button" href="/nyheter/">Alla nyheter</a></p></section>
<section class="modularity-mod-inlaylist"><h2 class="c-typography c-typography__variant--h2">Populära e-tjänster</h2><ul class="c-listing">
<li><a href="{s.ph('/e-tjanster/ansok-om-forskoleplats/')}">Ansök om förskoleplats</a></li>
<li><a href="{s.ph('/e-tjanster/felanmalan/')}">Felanmälan</a></li>
<li><a href="{s.ph('/e-tjanster/ansok-om-skolskjuts/')}">Ansök om skolskjuts</a></li>
<li><a href="{s.ph('/e-tjanster/skoterled-tillstand/')}">Ansök om dispens för skoterkörning</a></li>
</ul></section>
<section class="modularity-mod-event"><h2 class="c-typography c-typography__variant--h2">Evenemang</h2><ul class="c-listing">
<li><a href="{s.ph('/evenemang/midnattssolsloppet/')}">Midnattssolsloppet</a> – 21 juni</li>
<li><a href="{s.ph('/evenemang/marknadsdagen/')}">Marknadsdagen i Älvby</a> – 5 juli</li>
</ul></section>
<section class="modularity-mod-notice"><h2 class="c-typography c-typography__variant--h2">Driftinformation</h2><p>Inga störningar just nu.</p></section>
</div>"""
    s.add("/", "index.html", page(None, front, "home page-template-default page"))

    service = """<div class="o-container"><article class="c-article">
<h1 class="c-typography c-typography__variant--h1">Kundcenter</h1>
<p class="lead">Kundcenter är kommunens väg in. Hos oss kan du få hjälp med allt som rör kommunens service.</p>
<p>Ring, mejla eller chatta med oss – vi finns här för dig som bor i eller besöker Älvby.</p>
<div class="modularity-mod-contacts c-card"><div class="c-card__body">
<h2 class="c-typography c-typography__variant--h3">Kontakta Kundcenter</h2>
<p>Telefon: <a href="tel:+46980319210">0980-319 210</a></p>
<p>E-post: <a href="mailto:kundcenter@alvby.se">kundcenter@alvby.se</a></p>
<p>Öppettider: måndag–fredag 8.00–16.00</p>
<p><button type="button" class="c-button c-button--chat js-open-chat">Chatta med oss</button></p>
</div></div>
<h2 class="c-typography c-typography__variant--h2">Om Kundcenter</h2>
<p>Kundcenter leds av en enhetschef och är en del av kommunledningsförvaltningen. Vi är sju medarbetare.</p>
</article></div>"""
    s.add("/kundcenter/", "kundcenter.html", page("Kundcenter", service))
    s.add("/kontakta-oss/", "kontakta-oss.html", page("Kontakta oss", """<div class="o-container"><article class="c-article">
<h1 class="c-typography c-typography__variant--h1">Kontakta oss</h1>
<p class="lead">Har du frågor? Vänd dig till <a href="/kundcenter/">Kundcenter</a>.</p>
<h2>Växel</h2><p>0980-319 200</p>
<h2>Postadress</h2><p>Älvby kommun, 999 71 Älvby</p>
<h2>Sociala medier</h2><p>Du hittar oss på Facebook och Instagram.</p>
</article></div>"""))
    kp = "".join(f'<li><a href="{s.m(su("Kommun och politik", x))}">{x}</a></li>' for x in dict(DRAWER)["Kommun och politik"])
    s.add("/kommun-och-politik/", "kommun-och-politik.html", page("Kommun och politik", f'<div class="o-container"><h1 class="c-typography c-typography__variant--h1">Kommun och politik</h1><p class="lead">Politik, organisation och ekonomi i Älvby kommun.</p><ul class="c-listing">{kp}</ul></div>'))
    nl = "".join(f'<li><a href="{u}">{t}</a> – {d}</li>' for u, d, t, _ in news)
    s.add("/nyheter/", "nyheter.html", page("Nyheter", f'<div class="o-container"><h1 class="c-typography c-typography__variant--h1">Nyheter</h1><ul class="c-listing">{nl}</ul></div>', "blog"))
    bodies = ["<p>Räddningstjänsten avråder från att gå ut på isen. Strömmarna gör isen tunn även där den ser tjock ut. Skoterleden över älven vid Forsbyn är stängd.</p>",
              "<p>Ändringen gäller Kvarnbyn, Lillmyran och Övre Älvby. Ställ ut kärlet senast klockan 6 på tömningsdagen.</p>",
              "<p>Bidraget är högst 15 000 kronor per förening. Aktiviteten ska vara öppen för alla barn och gratis att delta i.</p>"]
    for i, ((u, d, t, x), b) in enumerate(zip(news, bodies, strict=False)):
        s.add(u, f"nyhet-{i + 1}.html", page(t, f'<div class="o-container"><article class="c-article"><h1 class="c-typography c-typography__variant--h1">{t}</h1><p class="c-article__meta">Publicerad {d}</p><p class="lead">{x}</p>{b}</article></div>', "single single-post"))
    s.add("/tillganglighetsredogorelse/", "tillganglighet.html", page("Tillgänglighetsredogörelse", '<div class="o-container"><h1 class="c-typography c-typography__variant--h1">Tillgänglighetsredogörelse</h1><p>Älvby kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur alvby.se uppfyller lagen om tillgänglighet till digital offentlig service.</p></div>'))
    s.add("/om-kakor/", "kakor.html", page("Om kakor", '<div class="o-container"><h1 class="c-typography c-typography__variant--h1">Om kakor</h1><p>Webbplatsen använder kakor för att komma ihåg dina val och för anonym statistik.</p></div>'))
    s.template("sok.html", page("Sökresultat", '<div class="o-container"><h1 class="c-typography c-typography__variant--h1">Sökresultat</h1><!--SEARCH_RESULTS--></div>', "search search-results"))
    s.search = {"path": "/", "param": "s", "template": "sok.html",
                "hits": {"kundcenter": ["/kundcenter/", "/kontakta-oss/"]}}
    s.robots = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nSitemap: __ORIGIN__/sitemap.xml\n"
    return s
