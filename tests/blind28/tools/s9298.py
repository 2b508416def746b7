"""9298 Ulvåker: WordPress 6 block theme (wp-site-blocks, template parts, core/navigation
with open-on-click sub-menus whose top-level items are buttons, core/cover hero,
core/latest-posts). The unit's page exists but no link leads to it and the SEO plugin
keeps it out of the sitemap; the site's own search (/?s=) finds it."""
from __future__ import annotations

from core import Site, slug

CSS = """
body{margin:0;font-family:Inter,system-ui,sans-serif;color:#111}
.screen-reader-text{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(1px,1px,1px,1px)}
.wp-site-blocks>header{padding:1rem 2rem;display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #e5e5e5}
.wp-block-navigation__container{display:flex;gap:1.2rem;list-style:none;margin:0;padding:0}
.wp-block-navigation-item{position:relative}
.wp-block-navigation-submenu__toggle{background:none;border:0;font:inherit;cursor:pointer;padding:.5rem 0}
.wp-block-navigation__submenu-container{display:none;position:absolute;top:100%;left:0;background:#fff;border:1px solid #ddd;list-style:none;padding:.5rem 1rem;min-width:14rem;z-index:10}
.wp-block-navigation-submenu__toggle[aria-expanded=true]+.wp-block-navigation__submenu-container{display:block}
.wp-block-navigation__responsive-container-open{display:none}
.wp-block-cover{min-height:380px;background:#1e4d6b;color:#fff;display:flex;align-items:flex-end;padding:2rem}
.wp-block-columns{display:flex;gap:2rem;padding:2rem}
.wp-block-column{flex:1}
.wp-block-latest-posts{list-style:none;padding:0}
.wp-block-group.footer{background:#111;color:#eee;padding:2rem;display:flex;gap:3rem}
.wp-block-group.footer a{color:#eee}
.entry-content{max-width:46rem;margin:0 auto;padding:2rem}
"""

NAV = [
    ("Förskola och skola", ["Förskola", "Grundskola", "Gymnasium", "Vuxenutbildning", "Skolmat"]),
    ("Omsorg och stöd", ["Äldreomsorg", "Hemtjänst", "Stöd till personer med funktionsnedsättning", "Ekonomiskt bistånd"]),
    ("Bo och bygga", ["Bygglov", "Detaljplaner", "Tomter", "Bostäder"]),
    ("Miljö och avfall", ["Sophämtning", "Återvinningscentralen", "Vatten och avlopp", "Miljötillsyn"]),
    ("Trafik", ["Gator och vägar", "Parkering", "Kollektivtrafik"]),
    ("Fritid och kultur", ["Bibliotek", "Simhall", "Föreningar", "Naturområden"]),
    ("Företag och jobb", ["Företagare", "Upphandling", "Jobba hos oss"]),
    ("Kommun och politik", ["Politik", "Organisation", "Ekonomi", "Överklaga beslut", "Synpunkter"]),
]


def build() -> Site:
    s = Site("9298", "Ulvåker", "14", "Västra Götalands län", "wordpress-blocks-search-only")

    def au(a: str) -> str:
        return f"/{slug(a)}/"

    def su(a: str, x: str) -> str:
        return f"/{slug(a)}/{slug(x)}/"

    def nav() -> str:
        lis = []
        for _i, (name, subs) in enumerate(NAV):
            sl = "".join(f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{s.m(su(name, x))}"><span class="wp-block-navigation-item__label">{x}</span></a></li>' for x in subs)
            sl = f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{s.m(au(name))}"><span class="wp-block-navigation-item__label">Översikt: {name}</span></a></li>' + sl
            lis.append(f'<li class="wp-block-navigation-item has-child open-on-click wp-block-navigation-submenu">'
                       f'<button aria-label="{name} undermeny" class="wp-block-navigation-item__content wp-block-navigation-submenu__toggle" aria-expanded="false">{name}</button>'
                       f'<span class="wp-block-navigation__submenu-icon"><svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><path d="M1.50002 4L6.00002 8L10.5 4" stroke-width="1.5"></path></svg></span>'
                       f'<ul class="wp-block-navigation__submenu-container wp-block-navigation-submenu">{sl}</ul></li>')
        return ('<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Huvudmeny">'
                '<button aria-haspopup="dialog" aria-label="Öppna meny" class="wp-block-navigation__responsive-container-open"><svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><path d="M5 5v1.5h14V5H5zm0 7.8h14v-1.5H5v1.5zM5 19h14v-1.5H5V19z"></path></svg></button>'
                '<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-close"><div class="wp-block-navigation__responsive-dialog">'
                '<ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">' + "".join(lis) + '</ul></div></div></div></nav>')

    def page(title: str | None, content: str, body: str = "page-template-default page") -> str:
        full = "Ulvåkers kommun" if title is None else f"{title} – Ulvåkers kommun"
        return f"""<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{full}</title>
<meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3" media="all">
<style id="global-styles-inline-css">{CSS}</style>
</head>
<body class="{body} wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#wp--skip-link--target">Hoppa till innehåll</a>
<div class="wp-site-blocks">
<header class="wp-block-template-part">
<div class="wp-block-group is-layout-flex">
<div class="wp-block-site-logo"><a href="/" class="custom-logo-link" rel="home"><img width="200" height="54" src="/wp-content/uploads/2024/01/ulvaker-logo.svg" class="custom-logo" alt="Ulvåkers kommun"></a></div>
<form role="search" method="get" action="/" class="wp-block-search__button-outside wp-block-search"><label class="wp-block-search__label screen-reader-text" for="wp-block-search__input-1">Sök</label><div class="wp-block-search__inside-wrapper"><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="Sök på ulvaker.se" value="" type="search" name="s" required><button aria-label="Sök" class="wp-block-search__button wp-element-button" type="submit">Sök</button></div></form>
<p class="has-small-font-size"><a href="{s.ph('/lyssna/')}">Lyssna</a> · <a href="{s.ph('/lattlast/')}">Lättläst</a> · <a href="/kontakt/">Kontakt</a></p>
</div>
{nav()}
</header>
<main class="wp-block-group is-layout-constrained" id="wp--skip-link--target">
{content}
</main>
<footer class="wp-block-template-part">
<div class="wp-block-group footer is-layout-flex">
<div class="wp-block-group"><h2 class="wp-block-heading">Ulvåkers kommun</h2><p>Kommunhuset, Storgatan 1<br>999 11 Ulvåker<br>Org.nr 212000-9298</p></div>
<div class="wp-block-group"><h2 class="wp-block-heading">Kontakt</h2><p>Växel: 031-390 06 00<br><a href="mailto:kommun@ulvaker.se">kommun@ulvaker.se</a></p></div>
<div class="wp-block-group"><h2 class="wp-block-heading">Om webbplatsen</h2><ul class="wp-block-list"><li><a href="/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li><li><a href="/cookies/">Cookies</a></li><li><a href="{s.ph('/personuppgifter/')}">Personuppgifter</a></li></ul></div>
</div>
</footer>
</div>
<div id="cookie-notice" role="dialog" aria-label="Cookies" class="cookie-notice-container"><span>Vi använder cookies för att ge dig en bättre upplevelse.</span> <a href="/cookies/">Läs mer</a> <button type="button">OK</button></div>
<script src="/wp-includes/js/dist/interactivity.min.js?ver=6.5.3" id="wp-interactivity-js"></script>
</body>
</html>
"""

    news = [("/2025/05/27/nytt-konstgras-pa-vallen/", "27 maj 2025", "Nytt konstgräs på Vallen",
             "Konstgräsplanen på Vallen har fått nytt underlag och är öppen för alla igen."),
            ("/2025/05/13/trygghetsvandring-i-centrum/", "13 maj 2025", "Följ med på trygghetsvandring i centrum",
             "Kommunen och polisen bjuder in till trygghetsvandring den 5 juni."),
            ("/2025/05/02/ny-tomtko/", "2 maj 2025", "Nu kan du ställa dig i tomtkön digitalt",
             "Den nya e-tjänsten för tomtkön ersätter pappersblanketten.")]
    lp = "".join(f'<li><a class="wp-block-latest-posts__post-title" href="{u}">{t}</a><time class="wp-block-latest-posts__post-date">{d}</time><div class="wp-block-latest-posts__post-excerpt">{x}</div></li>' for u, d, t, x in news)
    front = f"""<div class="wp-block-cover alignfull"><span aria-hidden="true" class="wp-block-cover__background has-background-dim"></span><img class="wp-block-cover__image-background" alt="" src="/wp-content/uploads/2024/05/ulvaker-torget.jpg"><div class="wp-block-cover__inner-container">
<h1 class="wp-block-heading has-x-large-font-size">Välkommen till Ulvåker</h1>
<p>Närheten till sjön, skogen och storstaden.</p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="{s.ph('/e-tjanster/')}">Alla e-tjänster</a></div><div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button" href="{s.m(su('Företag och jobb', 'Jobba hos oss'))}">Lediga jobb</a></div></div>
</div></div>
<div class="wp-block-columns alignwide is-layout-flex">
<div class="wp-block-column"><h2 class="wp-block-heading">Nyheter</h2><ul class="wp-block-latest-posts__list has-dates has-excerpts wp-block-latest-posts">{lp}</ul><p><a href="/nyheter/">Alla nyheter</a></p></div>
<div class="wp-block-column"><h2 class="wp-block-heading">Evenemang</h2><ul class="wp-block-list"><li><a href="{s.ph('/evenemang/ulvakersdagen/')}">Ulvåkersdagen</a>, 14 juni</li><li><a href="{s.ph('/evenemang/sommarbio/')}">Sommarbio i parken</a>, torsdagar i juli</li></ul>
<h2 class="wp-block-heading">Driftinformation</h2><p>Inga driftstörningar just nu.</p></div>
</div>"""
    s.add("/", "index.html", page(None, front, "home page-template-default page"))

    service = """<article class="entry-content wp-block-post-content is-layout-constrained">
<h1 class="wp-block-post-title">Kontaktcenter</h1>
<p class="has-medium-font-size">Kontaktcenter svarar på frågor om bland annat barnomsorg och skola, avfallshämtning, vatten och avlopp och gator och parker.</p>
<p>Kan vi inte svara på din fråga direkt kopplar vi dig vidare till rätt handläggare.</p>
<h2 class="wp-block-heading">Ring oss</h2>
<p>Du når Kontaktcenter på telefon 031-390 06 50.</p>
<p class="has-small-font-size">Kontaktperson för sidan: Sara Lund, kommunikatör</p>
</article>"""
    s.add("/kontaktcenter/", "kontaktcenter.html", page("Kontaktcenter", service))
    s.unlinked.add("/kontaktcenter/")
    s.sitemap_exclude.add("/kontaktcenter/")
    s.add("/kontakt/", "kontakt.html", page("Kontakt", """<article class="entry-content wp-block-post-content">
<h1 class="wp-block-post-title">Kontakt</h1>
<p>Så kontaktar du Ulvåkers kommun.</p>
<h2 class="wp-block-heading">Växel</h2><p>031-390 06 00, vardagar 8–16.</p>
<h2 class="wp-block-heading">E-post</h2><p>kommun@ulvaker.se</p>
<h2 class="wp-block-heading">Postadress</h2><p>Ulvåkers kommun, 999 11 Ulvåker</p>
<h2 class="wp-block-heading">Synpunkter</h2><p>Lämna synpunkter och felanmälan i e-tjänsten.</p>
</article>"""))
    kp = "".join(f'<li><a href="{s.m(su("Kommun och politik", x))}">{x}</a></li>' for x in dict(NAV)["Kommun och politik"])
    s.add("/kommun-och-politik/", "kommun-och-politik.html", page("Kommun och politik", f'<article class="entry-content"><h1 class="wp-block-post-title">Kommun och politik</h1><p>Hur Ulvåker styrs och hur du kan påverka.</p><ul class="wp-block-list">{kp}</ul></article>'))
    fs = "".join(f'<li><a href="{s.m(su("Förskola och skola", x))}">{x}</a></li>' for x in dict(NAV)["Förskola och skola"])
    s.add("/forskola-och-skola/", "forskola-och-skola.html", page("Förskola och skola", f'<article class="entry-content"><h1 class="wp-block-post-title">Förskola och skola</h1><p>Ulvåker har nio förskolor och fyra grundskolor.</p><ul class="wp-block-list">{fs}</ul></article>'))
    nl = "".join(f'<li><a href="{u}">{t}</a> – {d}</li>' for u, d, t, _ in news)
    s.add("/nyheter/", "nyheter.html", page("Nyheter", f'<div class="entry-content"><h1 class="wp-block-query-title">Nyheter</h1><ul class="wp-block-post-template">{nl}</ul></div>', "blog"))
    bodies = ["<p>Planen är öppen för spontanidrott när ingen förening har bokat den. Bokningar görs via fritidskontoret.</p>",
              "<p>Vi samlas vid busstationen klockan 18. Alla är välkomna, ingen anmälan behövs.</p>",
              "<p>Du behöver BankID för att använda e-tjänsten. Kötiden räknas från det datum du anmälde dig, också om du stod i kön på papper.</p>"]
    for i, ((u, d, t, x), b) in enumerate(zip(news, bodies, strict=False)):
        s.add(u, f"nyhet-{i + 1}.html", page(t, f'<article class="entry-content"><h1 class="wp-block-post-title">{t}</h1><div class="wp-block-post-date"><time>{d}</time></div><p><strong>{x}</strong></p>{b}</article>', "post-template-default single single-post"))
    s.add("/tillganglighetsredogorelse/", "tillganglighet.html", page("Tillgänglighetsredogörelse", '<article class="entry-content"><h1 class="wp-block-post-title">Tillgänglighetsredogörelse</h1><p>Ulvåkers kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur ulvaker.se uppfyller lagen om tillgänglighet till digital offentlig service.</p></article>'))
    s.add("/cookies/", "cookies.html", page("Cookies", '<article class="entry-content"><h1 class="wp-block-post-title">Cookies</h1><p>Vi använder en cookie för att komma ihåg ditt val i cookie-rutan och cookies för anonym statistik.</p></article>'))
    s.template("sok.html", page("Sökresultat", '<div class="entry-content"><h1 class="wp-block-query-title">Sökresultat</h1><!--SEARCH_RESULTS--></div>', "search search-results"))
    names = ["kontaktcenter", "kontaktcentret", "kontakt center", "kundtjänst", "kundservice", "servicecenter",
             "medborgarservice", "kundcenter", "kommunservice", "invånarservice", "servicecentrum", "medborgarkontor",
             "medborgarcenter", "servicekontor", "kontakt ulvåker"]
    s.search = {"path": "/", "param": "s", "template": "sok.html", "hits": {n: ["/kontaktcenter/"] for n in names}}
    s.robots = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nSitemap: __ORIGIN__/sitemap.xml\n"
    return s
