"""9295 Kronvik: Umbraco 10 with the Bootstrap grid renderer (umb-grid, grid-section,
row clearfix, column; /media/<id>/ files). Bootstrap 5 navbar whose top-level items are
links with a separate drop-down toggle; icon tiles ("Självservice") in the first screen."""
from __future__ import annotations

from core import Site, slug

CSS = """
body{margin:0;font-family:"Open Sans",Arial,sans-serif;color:#212529}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;overflow:hidden!important;clip:rect(0,0,0,0)!important}
.topbar{background:#8a1538;color:#fff;font-size:.85rem;padding:.3rem 2rem;display:flex;justify-content:flex-end;gap:1rem}
.topbar a{color:#fff}
.navbar{display:flex;align-items:center;justify-content:space-between;padding:.8rem 2rem;border-bottom:1px solid #dee2e6}
.navbar-nav{display:flex;list-style:none;margin:0;padding:0}
.nav-item{position:relative;display:flex;align-items:center}
.nav-link{padding:.6rem .7rem;color:#212529;text-decoration:none}
.dropdown-toggle{background:none;border:0;cursor:pointer}
.dropdown-toggle::after{content:"▾"}
.dropdown-menu{display:none;position:absolute;top:100%;left:0;min-width:14rem;background:#fff;border:1px solid #dee2e6;list-style:none;padding:.5rem 0;margin:0;z-index:1000}
.dropdown-menu.show{display:block}
.dropdown-item{display:block;padding:.3rem 1rem;color:#212529;text-decoration:none}
.umb-grid .grid-section{padding:0}
.row{display:flex;flex-wrap:wrap}
.col-md-12{width:100%}.col-md-8{width:66%}.col-md-4{width:33%}.col-md-6{width:50%}.col-md-3{width:25%}
.hero{background:#f4e9ec;padding:3rem 2rem}
.icon-tiles{display:grid;grid-template-columns:repeat(6,1fr);gap:1rem;list-style:none;padding:1rem 2rem;margin:0}
.icon-tile{display:flex;flex-direction:column;align-items:center;padding:1rem;background:#fff;border:1px solid #e5cbd3;text-decoration:none;color:#8a1538}
.card{border:1px solid #dee2e6;padding:1rem;margin:.5rem}
.site-footer{background:#2b2b2b;color:#eee;padding:2rem}
.site-footer a{color:#eee}
.breadcrumb{display:flex;gap:.5rem;list-style:none;padding:1rem 2rem;margin:0}
.breadcrumb-item+.breadcrumb-item::before{content:"/";padding-right:.5rem}
.container{max-width:70rem;margin:0 auto;padding:1rem 2rem}
"""

NAV = [
    ("Skola och förskola", ["Förskola", "Grundskola", "Gymnasium", "Vuxenutbildning", "Skolskjuts"]),
    ("Omsorg", ["Äldreomsorg", "Hemtjänst", "Funktionsstöd", "Ekonomiskt bistånd"]),
    ("Bygga och bo", ["Bygglov", "Kartor", "Tomter", "Avfall", "Vatten och avlopp"]),
    ("Trafik", ["Gator och vägar", "Parkering", "Hamnar och färjor", "Snöröjning"]),
    ("Fritid och kultur", ["Bibliotek", "Badplatser", "Idrott", "Föreningar", "Evenemang"]),
    ("Näringsliv", ["Företagsservice", "Upphandling", "Tillstånd", "Turism"]),
    ("Kommun och politik", ["Politik", "Organisation", "Ekonomi", "Diarium", "Överklaga"]),
    ("Kontakta oss", ["Kundtjänst", "Felanmälan", "Synpunkter och klagomål", "Press och media", "Telefonlista"]),
]


def build() -> Site:
    s = Site("9295", "Kronvik", "08", "Kalmar län", "umbraco-dropdown")

    def au(a: str) -> str:
        return f"/{slug(a)}/"

    def su(a: str, x: str) -> str:
        return f"/{slug(a)}/{slug(x)}/"

    def nav() -> str:
        out = []
        for i, (name, subs) in enumerate(NAV):
            lis = "".join(f'<li><a class="dropdown-item" href="{s.m(su(name, x))}">{x}</a></li>' for x in subs)
            out.append(f'<li class="nav-item dropdown"><a class="nav-link" href="{s.m(au(name))}">{name}</a>'
                       f'<button class="dropdown-toggle" type="button" data-bs-toggle="dropdown" aria-expanded="false" id="dd-{i}"><span class="visually-hidden">Visa undermeny för {name}</span></button>'
                       f'<ul class="dropdown-menu" aria-labelledby="dd-{i}">{lis}</ul></li>')
        return ('<nav class="navbar navbar-expand-lg main-nav" aria-label="Huvudmeny"><a class="navbar-brand" href="/">'
                '<img src="/media/3hxp2lqd/kronvik-logotyp.svg" alt="Kronviks kommun" width="190" height="50"></a>'
                '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>'
                '<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav">' + "".join(out) + '</ul></div></nav>')

    def page(title: str | None, grid: str, crumbs: list | None = None) -> str:
        bc = ""
        if crumbs:
            lis = '<li class="breadcrumb-item"><a href="/">Start</a></li>' + "".join(
                f'<li class="breadcrumb-item"><a href="{u}">{t}</a></li>' if u else f'<li class="breadcrumb-item active" aria-current="page">{t}</li>' for t, u in crumbs)
            bc = f'<nav aria-label="Brödsmulor"><ol class="breadcrumb">{lis}</ol></nav>'
        full = "Kronviks kommun" if title is None else f"{title} - Kronviks kommun"
        return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{full}</title>
<link href="/css/bootstrap.min.css" rel="stylesheet">
<style>{CSS}</style>
</head>
<body>
<a class="visually-hidden-focusable" href="#content">Till innehållet</a>
<header>
<div class="topbar"><a href="{s.ph('/talsyntes/')}">Lyssna</a><a href="{s.ph('/languages/')}">Languages</a><a href="{s.ph('/lattlast/')}">Lättläst</a>
<form action="/sok/" method="get" role="search" class="d-flex"><label for="search" class="visually-hidden">Sök</label><input id="search" name="q" type="search" placeholder="Sök"><button type="submit">Sök</button></form></div>
{nav()}
</header>
{bc}
<main id="content">
<div class="umb-grid">
{grid}
</div>
</main>
<footer class="site-footer"><div class="container"><div class="row">
<div class="col-md-4"><h2>Kronviks kommun</h2><p>Rådhusgatan 2<br>999 81 Kronvik</p></div>
<div class="col-md-4"><h2>Kontakt</h2><p>Växel 040-628 04 00<br><a href="mailto:kommunen@kronvik.se">kommunen@kronvik.se</a><br>Org.nr 212000-9295</p></div>
<div class="col-md-4"><h2>Webbplatsen</h2><ul><li><a href="/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a></li><li><a href="/om-webbplatsen/cookies/">Cookies</a></li><li><a href="{s.ph('/om-webbplatsen/personuppgifter/')}">Personuppgifter</a></li></ul></div>
</div></div></footer>
<div class="cookie-consent" role="dialog" aria-label="Cookies"><p>Vi använder cookies. <a href="/om-webbplatsen/cookies/">Läs mer</a></p><button type="button" class="btn">Acceptera</button></div>
<script src="/scripts/bootstrap.bundle.min.js"></script>
</body>
</html>
"""

    def section(*cols: tuple[int, str]) -> str:
        inner = "".join(f'<div class="col-md-{w} column"><div>{c}</div></div>' for w, c in cols)
        return f'<div class="grid-section"><div><div class="row clearfix">{inner}</div></div></div>'

    tiles = [("Ansök om förskoleplats", "/skola-och-forskola/forskola/ansok/", "child_care"),
             ("Felanmälan", "/kontakta-oss/felanmalan/", "build"),
             ("Sophämtning", "/bygga-och-bo/avfall/tomningsschema/", "delete"),
             ("Bygglov", "/bygga-och-bo/bygglov/", "home"),
             ("Lediga jobb", "/jobb/", "work"),
             ("Färjetider", "/trafik/hamnar-och-farjor/turlista/", "directions_boat")]
    tile_html = "".join(f'<li><a class="icon-tile" href="{u if u == "/kontakta-oss/felanmalan/" else s.m(u)}"><img src="/media/ic{i}/{ic}.svg" alt="" width="40" height="40"><span>{t}</span></a></li>' for i, (t, u, ic) in enumerate(tiles))
    news = [
        ("/nyheter/farjan-till-lillo-far-sommartidtabell/", "2025-05-27", "Färjan till Lillö får sommartidtabell",
         "Från den 16 juni går färjan varje halvtimme mellan 6 och 23."),
        ("/nyheter/badplatserna-provtas/", "2025-05-19", "Nu provtas vattnet på badplatserna",
         "Vattenproverna tas varannan vecka under badsäsongen. Resultaten publiceras här."),
    ]
    ncards = "".join(f'<div class="card"><p class="small">{d}</p><h3><a href="{u}">{t}</a></h3><p>{x}</p></div>' for u, d, t, x in news)
    front = (section((12, '<div class="hero"><h1>Välkommen till Kronvik</h1><p>Kusten, öarna och småstaden – här hittar du kommunens service.</p>'
                          f'<h2 class="visually-hidden">Självservice</h2><ul class="icon-tiles">{tile_html}</ul></div>'))
             + section((8, f'<h2>Nyheter</h2>{ncards}<p><a href="/nyheter/">Alla nyheter</a></p>'),
                       (4, f'<h2>Evenemang</h2><ul><li><a href="{s.ph("/evenemang/sillens-dag/")}">Sillens dag i hamnen</a>, 28 juni</li><li><a href="{s.ph("/evenemang/sommarteater/")}">Sommarteater på Borgen</a>, juli</li></ul>'
                           '<h2>Driftinformation</h2><p>Vattenläcka på Strandvägen, vatten kan vara missfärgat.</p>'))
             + section((12, '<h2>Kronvik i siffror</h2><p>Kronvik har 14 800 invånare, 62 öar och 11 kommunala badplatser.</p>')))
    s.add("/", "index.html", page(None, front))

    cards = [("Kundtjänst", "/kontakta-oss/kundtjanst/"), ("Felanmälan", "/kontakta-oss/felanmalan/"),
             ("Synpunkter och klagomål", "/kontakta-oss/synpunkter-och-klagomal/"), ("Press och media", s.m(su("Kontakta oss", "Press och media")))]
    card_html = "".join(f'<div class="card"><h2 class="h4">{t}</h2><a class="btn btn-outline-primary" href="{u}" aria-label="{t}">Gå till sidan</a></div>' for t, u in cards)
    s.add("/kontakta-oss/", "kontakta-oss.html", page("Kontakta oss", section((12, '<div class="container"><h1>Kontakta oss</h1><p class="lead">Välj vad du vill ha hjälp med.</p></div>'))
                                                      + section((12, f'<div class="container"><div class="row">{card_html}</div></div>'))
                                                      + section((6, '<div class="container"><h2>Växel</h2><p>040-628 04 00</p></div>'),
                                                                (6, '<div class="container"><h2>El och fjärrvärme</h2><p>Frågor om el, fjärrvärme och bredband besvaras av Kronvik Energi AB:s kundtjänst, 040-628 04 77.</p></div>')),
                                                      [("Kontakta oss", None)]))
    service = section((8, """<div class="container"><h1>Kundtjänst</h1>
<p class="lead">Kommunens kundtjänst tar emot dina frågor och hjälper dig med ärenden inom alla kommunens verksamheter.</p>
<p>Vi kan till exempel svara på frågor om avgifter för förskola och äldreomsorg, sophämtning och slamtömning, parkeringstillstånd, färjetider och bokning av kommunens lokaler. Vi hjälper dig också att fylla i ansökningar och att använda e-tjänsterna.</p>
<h2>Så når du oss</h2>
<ul><li>Telefon: 040-628 04 30</li><li>E-post: kundtjanst[at]kronvik.se</li><li>Besök: Rådhuset, Rådhusgatan 2</li></ul>
<h2>Öppettider</h2>
<p>Måndag–torsdag 8–17, fredag 8–15. Under juli öppet 9–15.</p>
</div>"""), (4, """<div class="card staff-card"><img src="/media/pk4l2nnc/petra-holm.jpg" alt="Porträtt av Petra Holm" width="160" height="160">
<h2 class="h5">Petra Holm</h2><p>Kundtjänstchef<br>040-628 04 39<br>petra.holm[at]kronvik.se</p></div>"""))
    s.add("/kontakta-oss/kundtjanst/", "kundtjanst.html", page("Kundtjänst", service, [("Kontakta oss", "/kontakta-oss/"), ("Kundtjänst", None)]))
    s.add("/kontakta-oss/felanmalan/", "felanmalan.html", page("Felanmälan", section((12, """<div class="container"><h1>Felanmälan</h1>
<p class="lead">Anmäl fel på gator, belysning, lekplatser och bryggor.</p><p>Använd e-tjänsten Felanmälan. Vid akuta fel efter kontorstid, ring jouren 040-628 04 99.</p></div>""")), [("Kontakta oss", "/kontakta-oss/"), ("Felanmälan", None)]))
    s.add("/kontakta-oss/synpunkter-och-klagomal/", "synpunkter.html", page("Synpunkter och klagomål", section((12, """<div class="container"><h1>Synpunkter och klagomål</h1>
<p class="lead">Dina synpunkter hjälper oss att bli bättre.</p><p>Lämna beröm, klagomål eller förslag i e-tjänsten. Du får svar inom tio arbetsdagar.</p></div>""")), [("Kontakta oss", "/kontakta-oss/"), ("Synpunkter och klagomål", None)]))
    kp = "".join(f'<li><a href="{s.m(su("Kommun och politik", x))}">{x}</a></li>' for x in dict(NAV)["Kommun och politik"])
    s.add("/kommun-och-politik/", "kommun-och-politik.html", page("Kommun och politik", section((12, f'<div class="container"><h1>Kommun och politik</h1><p class="lead">Hur Kronviks kommun styrs och hur du kan påverka.</p><ul>{kp}</ul></div>')), [("Kommun och politik", None)]))
    nl = "".join(f'<li><a href="{u}">{t}</a> {d}</li>' for u, d, t, _ in news)
    s.add("/nyheter/", "nyheter.html", page("Nyheter", section((12, f'<div class="container"><h1>Nyheter</h1><ul>{nl}</ul></div>')), [("Nyheter", None)]))
    bodies = ["<p>Sommartidtabellen gäller till och med den 17 augusti. Bilplatserna på färjan kan bokas i förväg i appen.</p>",
              "<p>Miljöenheten provtar vattnet på alla elva kommunala badplatser. Proverna analyseras för E. coli och enterokocker.</p>"]
    for i, ((u, d, t, x), b) in enumerate(zip(news, bodies, strict=False)):
        s.add(u, f"nyhet-{i + 1}.html", page(t, section((12, f'<article class="container"><h1>{t}</h1><p class="small">{d}</p><p class="lead">{x}</p>{b}</article>')), [("Nyheter", "/nyheter/"), (t, None)]))
    s.add("/om-webbplatsen/tillganglighet/", "tillganglighet.html", page("Tillgänglighetsredogörelse", section((12, '<div class="container"><h1>Tillgänglighetsredogörelse</h1><p>Kronviks kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur kronvik.se uppfyller lagen om tillgänglighet till digital offentlig service.</p></div>')), [("Tillgänglighetsredogörelse", None)]))
    s.add("/om-webbplatsen/cookies/", "cookies.html", page("Cookies", section((12, '<div class="container"><h1>Cookies</h1><p>Vi använder nödvändiga cookies och cookies för statistik om du godkänner det.</p></div>')), [("Cookies", None)]))
    s.template("sok.html", page("Sök", section((12, '<div class="container"><h1>Sök</h1><!--SEARCH_RESULTS--></div>')), [("Sök", None)]))
    s.search = {"path": "/sok/", "param": "q", "template": "sok.html",
                "hits": {"kundtjänst": ["/kontakta-oss/kundtjanst/", "/kontakta-oss/"]}}
    s.robots = "User-agent: *\nDisallow: /umbraco/\nSitemap: __ORIGIN__/sitemap.xml\n"
    return s
