"""9292 Sjövalla: Optimizely CMS 12 (block-type classes such as heroblock, quicklinksblock,
teaserblock, newslistblock; /globalassets/ media). Flat one-row main menu where the active
item is bold; sub-pages appear as a second row on area pages. "Hitta snabbt" box inside
the hero."""
from __future__ import annotations

from core import Site, slug

CSS = """
body{margin:0;font-family:Lato,Helvetica,Arial,sans-serif;color:#1d1d1b}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.site-header__top{display:flex;justify-content:space-between;align-items:center;padding:.8rem 3rem}
.service-links{display:flex;gap:1rem;list-style:none;font-size:.9rem}
.main-navigation{border-top:1px solid #ddd;border-bottom:4px solid #00664f}
.main-navigation__list{display:flex;flex-wrap:wrap;list-style:none;margin:0;padding:0 3rem}
.main-navigation__item a{display:block;padding:.9rem 1rem;color:#1d1d1b;text-decoration:none;font-weight:400}
.main-navigation__item--active>a{font-weight:700}
.sub-navigation ul{display:flex;flex-wrap:wrap;gap:1.5rem;list-style:none;padding:.6rem 3rem;margin:0;background:#eef5f2}
.sub-navigation .is-active a{font-weight:700}
.hero{position:relative;min-height:22rem;background:#cfe3da url(/globalassets/startsida/torget-sommar.jpg) center/cover}
.hero__content{position:absolute;left:3rem;bottom:2rem;background:#fff;padding:1.5rem 2rem;max-width:34rem}
.quicklinksblock{position:absolute;right:3rem;bottom:2rem;background:#00664f;color:#fff;padding:1.2rem 1.6rem}
.quicklinksblock a{color:#fff}
.quicklinksblock ul{columns:2;list-style:none;padding:0}
.row{display:flex;gap:2rem;padding:2rem 3rem}
.block.teaserblock{flex:1;background:#f6f6f4;padding:1rem}
.arealistblock{padding:2rem 3rem;background:#f6f6f4}
.arealistblock__grid{display:grid;grid-template-columns:repeat(4,1fr);gap:1.5rem}
.site-footer{background:#1d1d1b;color:#eee;padding:2rem 3rem;display:grid;grid-template-columns:repeat(3,1fr)}
.site-footer a{color:#eee}
.page-content{max-width:48rem;padding:2rem 3rem}
.page-meta{color:#666;font-size:.85rem}
.cookie-banner{position:fixed;bottom:0;width:100%;background:#fff;border-top:1px solid #999;padding:1rem 3rem}
"""

MENU = [
    ("Barn och utbildning", ["Förskola", "Grundskola", "Fritidshem", "Gymnasium", "Vuxenutbildning", "Skolskjuts"]),
    ("Stöd och omsorg", ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Ekonomiskt bistånd", "Färdtjänst"]),
    ("Bo och bygga", ["Bygglov", "Kartor", "Detaljplaner", "Bostadsanpassning", "Lediga tomter"]),
    ("Miljö och avfall", ["Sophämtning", "Återvinningscentral", "Vatten och avlopp", "Miljötillsyn", "Klimat"]),
    ("Trafik och gator", ["Parkering", "Gatuarbeten", "Snöröjning", "Kollektivtrafik"]),
    ("Kultur och fritid", ["Bibliotek", "Simhall", "Föreningar", "Friluftsliv", "Kulturskola"]),
    ("Arbete och företag", ["Lediga jobb", "Starta företag", "Upphandling", "Serveringstillstånd"]),
    ("Kommun och politik", ["Medborgarservice", "Politik och nämnder", "Budget och ekonomi",
                            "Allmänna handlingar", "Överklaga beslut", "Synpunkter"]),
]


def build() -> Site:
    s = Site("9292", "Sjövalla", "14", "Västra Götalands län", "optimizely-flat-bold")

    def au(area: str) -> str:
        return f"/{slug(area)}/"

    def su(area: str, sub: str) -> str:
        return f"/{slug(area)}/{slug(sub)}/"

    def header(active: str | None, sub_active: str | None) -> str:
        items = ['<li class="main-navigation__item' + (' main-navigation__item--active' if active is None else '')
                 + '"><a href="/"' + (' aria-current="page"' if active is None else '') + '>Start</a></li>']
        for name, _ in MENU:
            on = name == active
            cls = " main-navigation__item--active" if on else ""
            cur = ' aria-current="true"' if on else ""
            items.append(f'<li class="main-navigation__item{cls}"><a href="{s.m(au(name))}"{cur}>{name}</a></li>')
        sub = ""
        if active:
            subs = dict(MENU)[active]
            lis = "".join(('<li class="is-active">' if x == sub_active else "<li>") + f'<a href="{s.m(su(active, x))}">{x}</a></li>' for x in subs)
            sub = f'<nav class="sub-navigation" aria-label="Undermeny {active}"><ul>{lis}</ul></nav>'
        return f"""<header class="site-header">
<a class="visually-hidden" href="#main-content">Hoppa till innehållet</a>
<div class="site-header__top">
<a class="site-header__logo" href="/"><img src="/globalassets/logotyp/sjovalla-kommun-logo.svg" alt="Sjövalla kommun, till startsidan" width="200" height="50"></a>
<form class="site-search" action="/sok/" method="get" role="search"><label class="visually-hidden" for="q">Sök</label><input type="search" id="q" name="q" placeholder="Sök på sjovalla.se"><button type="submit">Sök</button></form>
<ul class="service-links">
<li><a href="{s.ph('/om-webbplatsen/lyssna/')}">Lyssna</a></li>
<li><a href="{s.ph('/languages/')}">Languages</a></li>
<li><a href="{s.ph('/om-webbplatsen/lattlast/')}">Lättläst</a></li>
<li><a href="/kontakta-oss/">Kontakta oss</a></li>
</ul>
</div>
<nav class="main-navigation" aria-label="Huvudmeny"><ul class="main-navigation__list">
{"".join(items)}
</ul></nav>
{sub}
</header>"""

    def footer() -> str:
        return f"""<footer class="site-footer">
<div class="block editorialblock"><h2>Sjövalla kommun</h2><p>999 52 Sjövalla<br>Besöksadress: Torget 4<br>Organisationsnummer: 212000-9292</p></div>
<div class="block editorialblock"><h2>Kontakt</h2><p>Växel: 031-390 06 00<br>E-post: <a href="mailto:kommunen@sjovalla.se">kommunen@sjovalla.se</a></p><p><a href="/kontakta-oss/">Fler kontaktuppgifter</a></p></div>
<div class="block linklistblock"><h2>Om webbplatsen</h2><ul>
<li><a href="/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a></li>
<li><a href="/om-webbplatsen/kakor/">Kakor</a></li>
<li><a href="{s.ph('/om-webbplatsen/personuppgifter/')}">Personuppgifter</a></li>
<li><a href="{s.ph('/press/')}">Press</a></li>
</ul></div>
</footer>
<div class="cookie-banner" id="cookie-banner"><p>Vi använder kakor för att förbättra webbplatsen. <a href="/om-webbplatsen/kakor/">Om kakor</a></p><button type="button">Jag förstår</button></div>"""

    def page(title: str, main: str, active: str | None = None, sub_active: str | None = None) -> str:
        full = "Sjövalla kommun" if title is None else f"{title} | Sjövalla kommun"
        return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{full}</title>
<meta name="description" content="Sjövalla kommuns webbplats med information om kommunens service.">
<link rel="stylesheet" href="/dist/css/main.min.css?v=3.4.1">
<style>{CSS}</style>
</head>
<body class="{'startpage' if active is None and title is None else 'standardpage'}">
{header(active, sub_active)}
<main id="main-content">
{main}
</main>
{footer()}
<script src="/dist/js/main.min.js?v=3.4.1" defer></script>
</body>
</html>
"""

    news = [
        ("/nyheter/2025/nu-startar-sommarlovsaktiviteterna/", "2025-05-26", "Nu startar sommarlovsaktiviteterna",
         "Alla barn och unga i Sjövalla kan delta i gratis aktiviteter under sommarlovet."),
        ("/nyheter/2025/ny-atervinningscentral-oppnar/", "2025-05-12", "Ny återvinningscentral öppnar i Björnåsen",
         "Den nya återvinningscentralen öppnar den 2 juni med längre öppettider."),
    ]
    teasers = "".join(
        f'<div class="block teaserblock"><img src="/globalassets/nyheter/{slug(t)}.jpg" alt=""><p class="teaser__date">{d}</p><h3><a href="{u}">{t}</a></h3><p>{x}</p></div>'
        for u, d, t, x in news)
    arealist = "".join(
        f'<div class="arealist__area"><h3><a href="{s.m(au(n))}">{n}</a></h3><ul>'
        + "".join(f'<li><a href="{s.m(su(n, x))}">{x}</a></li>' for x in subs) + "</ul></div>" for n, subs in MENU)
    front = f"""<section class="hero block heroblock">
<div class="hero__content"><h1>Välkommen till Sjövalla kommun</h1><p>Här finns kommunens service, nyheter och e-tjänster samlade.</p></div>
<div class="block quicklinksblock hero__quicklinks">
<h2>Hitta snabbt</h2>
<ul>
<li><a href="{s.m(su('Arbete och företag', 'Lediga jobb'))}">Lediga jobb</a></li>
<li><a href="{s.m(su('Barn och utbildning', 'Förskola'))}">Förskola</a></li>
<li><a href="{s.m(su('Miljö och avfall', 'Sophämtning'))}">Sophämtning</a></li>
<li><a href="/kommun-och-politik/medborgarservice/">Medborgarservice</a></li>
<li><a href="{s.m(su('Bo och bygga', 'Bygglov'))}">Bygglov</a></li>
<li><a href="{s.ph('/barn-och-utbildning/grundskola/matsedel/')}">Matsedel</a></li>
</ul>
</div>
</section>
<section class="block newslistblock"><h2 class="row">Nyheter</h2><div class="row">{teasers}</div>
<p class="row"><a href="/nyheter/">Alla nyheter</a></p></section>
<section class="block arealistblock"><h2>Hitta inom Sjövalla</h2><div class="arealistblock__grid">{arealist}</div></section>
<section class="block eventlistblock row"><div><h2>Evenemang</h2><ul>
<li><a href="{s.ph('/evenemang/midsommarfirande-pa-hembygdsgarden/')}">Midsommarfirande på hembygdsgården</a>, 20 juni</li>
<li><a href="{s.ph('/evenemang/konstrunda-i-sjovalla/')}">Konstrunda i Sjövalla</a>, 23–24 augusti</li>
</ul></div>
<div><h2>Driftinformation</h2><p>Vattenavstängning på Ekvägen 4–10 den 3 juni kl. 9–12.</p></div></section>"""
    s.add("/", "index.html", page(None, front))

    service = """<div class="page-content">
<h1>Medborgarservice</h1>
<p class="preamble">Medborgarservice finns i kommunhuset vid Torget och är din första kontakt med kommunen. Vi ger information och vägledning och hjälper dig att komma rätt.</p>
<div class="block editorialblock">
<h2>Det här kan du få hjälp med</h2>
<ul>
<li>frågor om förskoleplats, skolval och skolskjuts</li>
<li>ansökan om parkeringstillstånd för rörelsehindrade och färdtjänst</li>
<li>felanmälan av gator, belysning och lekplatser</li>
<li>sophämtning och abonnemang för vatten och avlopp</li>
<li>att använda kommunens e-tjänster – vi har en dator du kan låna</li>
<li>att lämna in handlingar och ansökningar till kommunen</li>
</ul>
</div>
<div class="block contactblock">
<h2>Öppettider och kontakt</h2>
<p><strong>Besöksadress:</strong> Kommunhuset, Torget 4, Sjövalla</p>
<p><strong>Telefon:</strong> 031-390 06 20</p>
<p><strong>Öppettider:</strong><br>Måndag–torsdag 8.00–16.30<br>Fredag 8.00–15.00</p>
</div>
<div class="block contactpersonblock">
<h2>Kontaktperson</h2>
<p>Maja Nord, kommunvägledare<br>031-390 06 21</p>
</div>
<p class="page-meta">Sidansvarig: Johan Berg, kommunikationsenheten. Senast granskad 2025-03-18.</p>
</div>"""
    s.add("/kommun-och-politik/medborgarservice/", "medborgarservice.html",
          page("Medborgarservice", service, "Kommun och politik", "Medborgarservice"))

    kp_subs = "".join(f'<div class="block teaserblock"><h2><a href="{s.m(su("Kommun och politik", x))}">{x}</a></h2></div>' for x in dict(MENU)["Kommun och politik"])
    s.add("/kommun-och-politik/", "kommun-och-politik.html", page("Kommun och politik", f"""<div class="page-content">
<h1>Kommun och politik</h1><p class="preamble">Så styrs Sjövalla kommun, så används skattepengarna och så kan du påverka.</p></div>
<div class="row">{kp_subs}</div>""", "Kommun och politik"))
    bu_subs = "".join(f'<li><a href="{s.m(su("Barn och utbildning", x))}">{x}</a></li>' for x in dict(MENU)["Barn och utbildning"])
    s.add("/barn-och-utbildning/", "barn-och-utbildning.html", page("Barn och utbildning", f"""<div class="page-content">
<h1>Barn och utbildning</h1><p class="preamble">I Sjövalla finns tolv förskolor, sex grundskolor och ett gymnasium.</p><ul>{bu_subs}</ul></div>""", "Barn och utbildning"))

    s.add("/kontakta-oss/", "kontakta-oss.html", page("Kontakta oss", """<div class="page-content">
<h1>Kontakta oss</h1>
<p class="preamble">Du kan ringa, mejla eller besöka kommunen.</p>
<div class="block editorialblock">
<h2>Växel</h2><p>031-390 06 00, vardagar 7.30–16.30.</p>
<h2>E-post</h2><p>kommunen@sjovalla.se. E-post till kommunen registreras och blir som regel allmän handling.</p>
<h2>Besök</h2><p>I kommunhuset vid Torget finns <a href="/kommun-och-politik/medborgarservice/">Medborgarservice</a>.</p>
<h2>Postadress</h2><p>Sjövalla kommun, 999 52 Sjövalla</p>
</div></div>"""))

    nl = "".join(f'<li><a href="{u}">{t}</a> ({d})</li>' for u, d, t, _ in news)
    s.add("/nyheter/", "nyheter.html", page("Nyheter", f'<div class="page-content"><h1>Nyheter</h1><ul>{nl}</ul></div>'))
    bodies = [
        "<p>Sommarlovsaktiviteterna är gratis för alla mellan 6 och 18 år. Det blir bland annat fiske, klättring, kanot och pyssel på biblioteket. Anmälan öppnar den 2 juni.</p>",
        "<p>Den nya återvinningscentralen i Björnåsen ersätter den gamla vid Kvarnbacken. Här kan du lämna grovavfall, trädgårdsavfall, farligt avfall och elektronik. Du behöver inget kort för att komma in.</p><p>Öppettider: måndag–torsdag 10–19, lördag–söndag 9–15.</p>",
    ]
    for (u, d, t, x), b in zip(news, bodies, strict=False):
        s.add(u, f"nyhet-{slug(t)}.html", page(t, f'<article class="page-content"><h1>{t}</h1><p class="page-meta">Publicerad {d}</p><p class="preamble">{x}</p>{b}</article>'))
    s.add("/om-webbplatsen/tillganglighet/", "tillganglighet.html", page("Tillgänglighetsredogörelse", """<div class="page-content"><h1>Tillgänglighetsredogörelse</h1>
<p>Sjövalla kommun står bakom webbplatsen sjovalla.se. Vi vill att så många som möjligt ska kunna använda den. Den här redogörelsen beskriver hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service.</p>
<h2>Kända brister</h2><p>En del PDF-filer är inte tillgängliga. Kartorna i e-tjänsten för bygglov kan inte användas med tangentbord.</p></div>"""))
    s.add("/om-webbplatsen/kakor/", "kakor.html", page("Kakor", '<div class="page-content"><h1>Kakor</h1><p>Webbplatsen använder kakor för inloggning, språkval och anonym besöksstatistik.</p></div>'))
    s.template("sok.html", page("Sök", '<div class="page-content"><h1>Sök</h1><!--SEARCH_RESULTS--></div>'))
    s.search = {"path": "/sok/", "param": "q", "template": "sok.html",
                "hits": {"medborgarservice": ["/kommun-och-politik/medborgarservice/"]}}
    return s
