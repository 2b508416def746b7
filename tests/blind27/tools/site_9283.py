"""9283 Björkelunda: Municipio (WordPress) drawer; Kommunservice = one unit with four offices in villages."""
from __future__ import annotations

from common import SUBS, Site, esc

SERVICE = "/kommun-och-politik/kommunservice/"

NEWS = [
    ("servicekontoret-i-gardsta-stangt-vecka-44", "2024-10-18", "Servicekontoret i Gärdsta håller stängt vecka 44",
     "Biblioteket i Gärdsta renoveras och servicekontoret stänger 28 oktober–1 november.",
     f'<p>Under veckan är du välkommen till Kommunservice i kommunhuset i Björkelunda eller i Norrå. Telefon och e-post fungerar som vanligt. <a href="{SERVICE}">Öppettider för alla kontor</a>.</p>'),
    ("ny-gang-och-cykelvag-till-norra", "2024-10-11", "Ny gång- och cykelväg mellan Björkelunda och Norrå",
     "Den nya vägen längs länsväg 172 är fyra kilometer lång och belyst hela sträckan.",
     "<p>Vägen invigs lördagen den 26 oktober med kaffe och bulle vid rastplatsen i Sörbyn.</p>"),
    ("hostlovsaktiviteter-2024", "2024-10-04", "Höstlovsaktiviteter för barn och unga",
     "Prova på klättring, filmverkstad och pyssel på biblioteken under höstlovet.",
     "<p>Alla aktiviteter är gratis. Vissa kräver anmälan, se evenemangskalendern.</p>"),
]

OFFICES = [
    ("bjorkelunda", "Björkelunda – kommunhuset", "Centralgatan 4, Björkelunda",
     [("Måndag–torsdag", "8.00–17.00"), ("Fredag", "8.00–15.00")]),
    ("norra", "Norrå – Byagården", "Skolvägen 2, Norrå",
     [("Tisdag", "9.00–12.00"), ("Torsdag", "13.00–17.00")]),
    ("gardsta", "Gärdsta – biblioteket", "Kyrkbacken 1, Gärdsta",
     [("Måndag", "12.00–18.00"), ("Onsdag", "10.00–15.00")]),
    ("ostanback", "Östanbäck – i lanthandeln", "Östanbäcksvägen 30, Östanbäck",
     [("Fredag", "10.00–14.00")]),
]


def service_main() -> str:
    offices = []
    for oid, name, addr, hours in OFFICES:
        rows = "".join(f"<tr><td>{d}</td><td>{t}</td></tr>" for d, t in hours)
        offices.append(f'<div class="c-card c-card--office" id="{oid}"><div class="c-card__body">'
                       f'<h3 class="c-card__heading">{esc(name)}</h3><p>Besöksadress: {esc(addr)}</p>'
                       f'<table class="c-table"><caption>Öppettider</caption><thead><tr><th scope="col">Dag</th><th scope="col">Tid</th></tr></thead>'
                       f"<tbody>{rows}</tbody></table></div></div>")
    return f"""<article class="c-article c-article--page" id="article">
<h1 class="c-typography c-typography__variant--h1">Kommunservice</h1>
<p class="lead">Kommunservice är Björkelunda kommuns gemensamma service för dig som bor, arbetar eller driver företag i kommunen. Du når oss på telefon och e-post, och du kan besöka något av våra fyra servicekontor – i kommunhuset i Björkelunda och i Norrå, Gärdsta och Östanbäck.</p>
<h2 id="det-har-kan-vi-hjalpa-dig-med">Det här kan vi hjälpa dig med</h2>
<ul>
<li>frågor om förskola, skola och fritidshem</li>
<li>ansökan om färdtjänst och parkeringstillstånd för rörelsehindrade</li>
<li>köp av sopsäckar och frågor om ditt avfallsabonnemang</li>
<li>att lämna in handlingar till kommunens nämnder</li>
<li>att låna en dator och få hjälp med e-legitimation</li>
<li>bibliotekstjänster på kontoren i Gärdsta och Östanbäck</li>
</ul>
<p>Frågor som kräver en handläggare skickar vi vidare, och du får besked om vem som tar hand om ditt ärende.</p>
<h2 id="har-finns-vi">Här finns vi</h2>
<p>Alla fyra kontor ger samma service. Öppettiderna skiljer sig åt mellan orterna.</p>
<div class="o-grid o-grid--offices">
{"".join(offices)}
</div>
<h2 id="ring-eller-mejla">Ring eller mejla</h2>
<p>Samma telefonnummer gäller för alla kontor: <a href="tel:+46313900610">031-390 06 10</a>, vardagar 8.00–16.00.<br>
E-post: <a href="mailto:kommunservice@bjorkelunda.se">kommunservice@bjorkelunda.se</a></p>
<h2 id="ansvarig">Ansvarig</h2>
<p>Kommunservice leds av enhetschef Gun Persson, som har sitt kontor i kommunhuset i Björkelunda.</p>
<p class="c-article__updated">Senast uppdaterad 2024-10-18</p>
</article>"""


KONTAKTA = """<article class="c-article c-article--page">
<h1 class="c-typography c-typography__variant--h1">Kontakta oss</h1>
<p class="lead">Så når du Björkelunda kommun.</p>
<h2 id="vaxel">Växel</h2>
<p>Telefon <a href="tel:+46313900600">031-390 06 00</a>. Växeln kopplar dig till rätt verksamhet eller medarbetare.</p>
<h2 id="e-post">E-post och post</h2>
<p>E-post: <a href="mailto:kommun@bjorkelunda.se">kommun@bjorkelunda.se</a><br>Postadress: Björkelunda kommun, 999 51 Björkelunda</p>
<h2 id="besok">Besöka kommunen</h2>
<p>Vill du träffa oss? Läs mer under <a href="/kommun-och-politik/kommunservice/">Kommunservice</a>.</p>
<h2 id="press">Press</h2>
<p>Journalister når kommunikationsavdelningen på <a href="tel:+46313900605">031-390 06 05</a>.</p>
</article>"""


def build() -> Site:
    S = Site("9283", "Björkelunda", "Björkelunda kommun", "14", "Västra Götalands län", "municipio",
             "bjorkelunda.se", "031-390 06 00", "+46313900600", "999 51", "Centralgatan 4")
    S.set_areas([
        ("barn", "Förskola och skola", [], []),
        ("omsorg", "Stöd och omsorg", [], []),
        ("bygga", None, [], []),
        ("trafik", None, [], []),
        ("kultur", None, [], []),
        ("naring", "Näringsliv och jobb", [], []),
        ("kommun", None, [(4, ("Kommunservice", SERVICE)), (-1, ("Kontakta oss", "/kontakta-oss/"))], []),
    ], lambda slug: f"/{slug}/")

    def drawer() -> str:
        li = []
        for i, a in enumerate(S.areas, 1):
            sub = "".join(f'<li class="c-nav__item menu-item"><a class="c-nav__link" href="{esc(h)}">{esc(t)}</a></li>' for _, t, h in a["items"])
            li.append(f'<li class="c-nav__item c-nav__item--has-children menu-item-has-children"><a class="c-nav__link" href="{a["path"]}">{esc(a["title"])}</a>'
                      f'<button class="c-nav__toggle" aria-controls="sub-{i}" aria-expanded="false" aria-label="Visa undersidor"></button>'
                      f'<ul class="c-nav__sub sub-menu" id="sub-{i}" aria-hidden="true">{sub}</ul></li>')
        return ('<div id="drawer" class="c-drawer c-drawer--right js-drawer" aria-hidden="true" tabindex="-1">'
                '<div class="c-drawer__header"><button class="c-drawer__close js-close-drawer" aria-label="Stäng meny">Stäng</button></div>'
                '<nav class="c-nav c-nav--drawer" aria-label="Huvudmeny"><ul class="c-nav__list">' + "".join(li) + "</ul></nav>"
                '<ul class="c-drawer__secondary"><li><a href="/e-tjanster/">E-tjänster</a></li><li><a href="/nyheter/">Nyheter</a></li></ul></div>')

    def chrome(title: str, main: str, front: bool = False) -> str:
        t = "Björkelunda kommun – Startsida" if front else f"{title} – Björkelunda kommun"
        cls = "home page-template-default page page-id-2" if front else "page-template-default page"
        return f"""<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(t)}</title>
<meta name="generator" content="WordPress 6.5">
<style>.c-drawer[aria-hidden=true]{{transform:translateX(100%)}}.c-nav__sub[aria-hidden=true]{{display:none}}.u-sr__only{{position:absolute;left:-10000px}}</style>
<script>var municipioIntranet={{}};window.wpApiSettings={{"root":"/wp-json/"}};</script>
</head>
<body class="{cls} wp-embed-responsive municipio">
<a href="#main-content" class="screen-reader-text u-sr__only">Hoppa till innehåll</a>
<header id="site-header" class="c-header c-header--casual site-header">
<div class="c-header__top o-container">
<ul class="c-header__tools">
<li><button type="button" class="c-button c-button--basic rs_skip" data-js-readspeaker>Lyssna</button></li>
<li><button type="button" class="c-button c-button--basic" data-js-translate>Translate</button></li>
<li><a class="c-link" href="/om-webbplatsen/#lattlast">Lättläst</a></li>
<li><a class="c-link" href="/e-tjanster/">E-tjänster</a></li>
<li><a class="c-link" href="/kontakta-oss/">Kontakta oss</a></li>
</ul>
</div>
<div class="c-header__main o-container">
<a class="c-header__logotype" href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Björkelunda kommun logotyp" width="200" height="56"></a>
<form class="c-form c-search search-form" method="get" action="/" role="search"><label class="u-sr__only" for="s">Sök</label><input id="s" type="search" name="s" placeholder="Sök på webbplatsen"><button type="submit" class="c-button">Sök</button></form>
<button class="c-button c-button--hamburger js-trigger-drawer" aria-controls="drawer" aria-expanded="false"><span class="c-button__label-icon">☰</span><span class="c-button__label-text">Meny</span></button>
</div>
</header>
{drawer()}
<main id="main-content" class="o-container site-main">
{main}
</main>
<footer id="site-footer" class="c-footer c-footer--basic site-footer">
<div class="o-container o-grid">
<div class="o-grid-4@md c-footer__col"><h2 class="c-footer__heading">Björkelunda kommun</h2>
<p>Centralgatan 4, 999 51 Björkelunda<br>Växel: 031-390 06 00<br>kommun@bjorkelunda.se<br>Org.nr 212000-9283</p></div>
<div class="o-grid-4@md c-footer__col"><h2 class="c-footer__heading">Genvägar</h2>
<ul><li><a href="/kommun-och-politik/kommunservice/">Kommunservice</a></li><li><a href="/naringsliv-och-arbete/#lediga-jobb">Lediga jobb</a></li><li><a href="/nyheter/">Nyheter</a></li></ul></div>
<div class="o-grid-4@md c-footer__col"><h2 class="c-footer__heading">Om webbplatsen</h2>
<ul><li><a href="/om-webbplatsen/#tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/om-webbplatsen/#kakor">Om kakor</a></li></ul></div>
</div>
</footer>
<div class="c-cookie-consent" role="region" aria-label="Kakor"><p>Den här webbplatsen använder kakor.</p><button type="button" class="c-button">Godkänn</button></div>
</body>
</html>
"""

    cards = "".join(
        f'<a class="c-card c-card--news" href="/nyheter/{s}/"><div class="c-card__body"><span class="c-card__date">{d}</span>'
        f'<h3 class="c-card__heading">{esc(t)}</h3><p class="c-card__text">{esc(i)}</p></div></a>'
        for s, d, t, i, _ in NEWS)
    front = f"""<section class="c-segment c-segment--hero">
<div class="c-segment__content"><h1 class="c-typography c-typography__variant--h1">Välkommen till Björkelunda</h1>
<p>Fyra orter, en kommun – mitt i Dalsländska skogsbygden.</p></div>
<div class="o-grid c-shortcuts">
<a class="c-card c-card--shortcut" href="/barn-och-utbildning/#forskola"><span class="c-card__heading">Förskola</span></a>
<a class="c-card c-card--shortcut" href="/bygga-bo-och-miljo/#bygglov"><span class="c-card__heading">Bygglov</span></a>
<a class="c-card c-card--shortcut" href="/bygga-bo-och-miljo/#avfall"><span class="c-card__heading">Sophämtning</span></a>
<a class="c-card c-card--shortcut" href="/naringsliv-och-arbete/#lediga-jobb"><span class="c-card__heading">Lediga jobb</span></a>
</div>
</section>
<section class="c-segment c-segment--notice"><div class="c-notice c-notice--info"><p>Vattenavstängning på Ängsvägen i Norrå tisdag 22 oktober kl. 9–13.</p></div></section>
<section class="c-segment c-segment--posts"><h2 class="c-segment__title">Nyheter</h2>
<div class="o-grid">{cards}</div>
<p><a class="c-button" href="/nyheter/">Fler nyheter</a></p></section>
<section class="c-segment c-segment--links"><h2 class="c-segment__title">E-tjänster</h2>
<ul class="c-listing"><li><a href="/e-tjanster/#forskola">Ansök om förskoleplats</a></li><li><a href="/e-tjanster/#bygglov">Ansök om bygglov</a></li><li><a href="/e-tjanster/#synpunkter">Lämna en synpunkt</a></li></ul></section>"""
    S.add("/", "index.html", chrome("", front, front=True))
    for a in S.areas:
        secs = "".join(f'<h2 id="{sid}">{esc(SUBS[sid][0])}</h2><p>{esc(S.fill(SUBS[sid][1]))}</p>' for sid in a["subs"])
        extra = [(t, h) for sid, t, h in a["items"] if sid is None]
        if extra:
            secs += "<h2>Se även</h2><ul>" + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in extra) + "</ul>"
        S.add(a["path"], a["slug"] + ".html", chrome(a["title"], f'<article class="c-article c-article--page"><h1 class="c-typography c-typography__variant--h1">{esc(a["title"])}</h1>{secs}</article>'))
    S.add(SERVICE, "kommunservice.html", chrome("Kommunservice", service_main()))
    S.add("/kontakta-oss/", "kontakta-oss.html", chrome("Kontakta oss", KONTAKTA))
    S.add("/nyheter/", "nyheter.html", chrome("Nyheter", f'<h1 class="c-typography c-typography__variant--h1">Nyheter</h1><div class="o-grid">{cards}</div>'))
    for s, d, t, i, b in NEWS:
        S.add(f"/nyheter/{s}/", f"nyhet-{s}.html", chrome(t, f'<article class="c-article c-article--post"><h1 class="c-typography c-typography__variant--h1">{esc(t)}</h1><p class="c-article__date">Publicerad {d}</p><p class="lead">{esc(i)}</p>{b}</article>'))
    S.add("/e-tjanster/", "e-tjanster.html", chrome("E-tjänster", """<article class="c-article c-article--page"><h1 class="c-typography c-typography__variant--h1">E-tjänster</h1>
<p class="lead">Logga in med e-legitimation för att göra dina ärenden digitalt.</p>
<h2 id="forskola">Ansök om förskoleplats</h2><p>Ansök om plats i förskola eller pedagogisk omsorg.</p>
<h2 id="bygglov">Ansök om bygglov</h2><p>Ansökan om bygglov, marklov och rivningslov.</p>
<h2 id="synpunkter">Lämna en synpunkt</h2><p>Beröm, klagomål eller förslag till kommunen.</p></article>"""))
    S.add("/om-webbplatsen/", "om-webbplatsen.html", chrome("Om webbplatsen", """<article class="c-article c-article--page"><h1 class="c-typography c-typography__variant--h1">Om webbplatsen</h1>
<h2 id="tillganglighet">Tillgänglighetsredogörelse</h2><p>Björkelunda kommun står bakom den här webbplatsen och vill att så många som möjligt ska kunna använda den.</p>
<h2 id="lattlast">Lättläst</h2><p>Björkelunda är en kommun med fyra orter och 9 800 invånare.</p>
<h2 id="kakor">Om kakor</h2><p>Vi använder kakor för att komma ihåg dina val och för besöksstatistik.</p></article>"""))
    S.files["sok.html"] = chrome("Sökresultat", '<h1 class="c-typography c-typography__variant--h1">Sökresultat</h1><div class="search-result"><!--SEARCH_RESULTS--></div>')
    S.search = {"path": "/", "param": "s", "template": "sok.html",
                "hits": {"kommunservice": [SERVICE], "servicekontor": [SERVICE, "/nyheter/servicekontoret-i-gardsta-stangt-vecka-44/"],
                         "kontaktcenter": [], "medborgarservice": [], "servicecenter": []}}
    return S
