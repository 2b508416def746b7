"""8095 Lommaryd: WordPress/Municipio, primary menu in a drawer behind 'Meny' (hidden); editor content pasted
from Word (MsoNormal spans, <font>, &nbsp; paragraphs, <br> lines). Only a switchboard and excluded names."""
from common import AREAS, COOKIE, ESERVICES, TOPBAR, slug, write_site

K = "Lommaryd"


def drawer() -> str:
    out = []
    for a, s, subs in AREAS:
        sub = "\n".join(f'<li class="menu-item"><a href="/{s}/{slug(x)}/">{x}</a></li>' for x in subs)
        out.append(f'<li class="menu-item menu-item-has-children"><a href="/{s}/">{a}</a>\n'
                   f'<ul class="sub-menu">\n{sub}\n</ul></li>')
    out.append('<li class="menu-item"><a href="/kontakta-oss/">Kontakta oss</a></li>')
    return "\n".join(out)


def page(title: str, content: str, front: bool = False) -> str:
    ld = """<script type="application/ld+json">
{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"Lommaryds kommun",
 "url":"__ORIGIN__/","telephone":"+46-980-319250",
 "contactPoint":{"@type":"ContactPoint","contactType":"kundtjänst","telephone":"+46-980-319250"}}
</script>""" if front else ""
    top = "\n".join(f'<li><a href="/{slug(x)}/">{x}</a></li>' for x in TOPBAR)
    return f"""<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="Lommaryds kommun - kontaktcenter, e-tjänster och nyheter">
<link rel="stylesheet" id="municipio-css" href="/wp-content/themes/municipio/assets/dist/css/app.css?ver=3.61.2" type="text/css" media="all">
{ld}
</head>
<body class="{'home page-template-default' if front else 'page-template-default page'} wp-theme-municipio">
<div id="cookie-consent" class="c-notice c-notice--info">
<p>{COOKIE}</p>
<a href="/om-kakor/">Om kakor</a> <button class="c-button" data-js-cookie-accept>Jag godkänner</button>
</div>
<div class="site-wrapper">
<div class="c-header c-header--business">
<div class="c-header__top"><ul class="o-list o-list--inline">
{top}
</ul></div>
<div class="c-header__body o-container">
<a class="c-logotype" href="/"><img src="/wp-content/uploads/2021/03/lommaryd-logo.svg" alt="Lommaryds kommun"></a>
<form class="c-search" role="search" method="get" action="/">
<label for="s" class="u-sr__only">Sök</label>
<input type="search" id="s" name="s" placeholder="Sök på lommaryd.se">
<button type="submit" class="c-button">Sök</button>
</form>
<button class="c-button c-button--menu" aria-controls="drawer" aria-expanded="false" data-js-toggle-trigger="drawer">Meny</button>
</div>
</div>
<div id="drawer" class="c-drawer" hidden>
<nav aria-label="Huvudmeny"><ul class="c-nav c-nav--drawer">
{drawer()}
</ul></nav>
</div>
<main id="main-content" class="o-container">
{content}
</main>
<footer class="c-footer">
<div class="o-grid">
<div class="o-grid-4"><h2 class="c-footer__heading">Lommaryds kommun</h2>
<p>Box 40<br>999 85 Lommaryd<br>Besöksadress: Torget 1</p></div>
<div class="o-grid-4"><h2 class="c-footer__heading">Kontakt</h2>
<p>Växel: <a href="tel:+46980319250">0980-319 250</a><br>E-post: <a href="mailto:kommun@lommaryd.se">kommun@lommaryd.se</a><br>
Org.nr: 212000-9995</p></div>
<div class="o-grid-4"><h2 class="c-footer__heading">Om webbplatsen</h2>
<p><a href="/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a><br><a href="/om-kakor/">Om kakor</a><br>
<a href="/personuppgifter/">Så hanterar vi personuppgifter</a></p></div>
</div>
<p class="c-footer__companies">Lommaryd Energi AB &ndash; kundtjänst 0980-319 280 &middot;
Lommaryd Vatten AB &ndash; Kundtjänst för VA och renhållning 0980-319 285</p>
</footer>
</div>
<!-- kontaktcenter: länka här när kommunens kontaktcenter startar (beslut väntas 2026) -->
<script src="/wp-content/themes/municipio/assets/dist/js/app.js?ver=3.61.2"></script>
</body>
</html>
"""


FRONT = f"""<section class="c-hero"><img src="/wp-content/uploads/2023/06/lommasjon.jpg" alt="Badplatsen vid Lommasjön">
<div class="c-hero__content"><h1>Välkommen till Lommaryd</h1><p>Här finns plats för fler.</p></div></section>
<div class="c-notice c-notice--warning"><strong>Driftstörning:</strong> Återvinningscentralen har stängt måndag 27 januari.</div>
<section class="c-collection"><h2>Nyheter</h2>
<article class="c-card"><a href="/2025/01/region-farstjanst/"><h3>Region Mellanlands kundtjänst för färdtjänst har nya öppettider</h3></a>
<p>Från februari svarar regionens kundtjänst för färdtjänst och sjukresor 7&ndash;19 på vardagar.</p></article>
<article class="c-card"><a href="/2025/01/biblioteket-meroppet/"><h3>Meröppet på biblioteket</h3></a>
<p>Med lånekort och pinkod kan du nu gå till biblioteket 6&ndash;22 alla dagar.</p></article>
<article class="c-card"><a href="/2024/12/vaxeln-jul/"><h3>Växel och reception i jul</h3></a>
<p>Växeln och receptionen i kommunhuset har kortare öppettider under jul och nyår.</p></article>
<p><a href="/nyheter/">Alla nyheter</a></p></section>
<section class="c-collection"><h2>Självservice</h2><ul>
{"".join(f'<li><a href="/e-tjanster/{slug(x)}/">{x}</a></li>' for x in ESERVICES)}
</ul></section>
<section class="c-collection"><h2>Evenemang</h2><ul>
<li>1 februari &ndash; Skidans dag i Lommabacken</li><li>9 februari &ndash; Konsert med musikskolan</li></ul>
<p><a href="/lediga-jobb/">Lediga jobb</a> &middot; <a href="/a-o/">A&ndash;Ö</a></p></section>"""

KONTAKTA = """<article class="c-article"><h1>Kontakta oss</h1>
<p class="MsoNormal"><span style="font-family:Calibri">Här hittar du kontaktuppgifter till Lommaryds kommun.</span></p>
<p>&nbsp;</p>
<h2>Växel och reception</h2>
<p><font face="Calibri">Växeln och receptionen i kommunhuset kopplar dig vidare till rätt handläggare eller avdelning.
Växeln svarar inte på frågor i sak och gör inga bokningar.<br>
Telefon: 0980-319 250<br>
Telefontid: vardagar 7.30&ndash;16.30<br>
Receptionen: Torget 1, öppen vardagar 8&ndash;16</font></p>
<p>&nbsp;</p>
<h2>Registrator</h2>
<p>E-post: <a href="mailto:registrator@lommaryd.se">registrator@lommaryd.se</a></p>
<h2>Kommunala bolag</h2>
<p>Lommaryd Energi AB, kundtjänst: 0980-319 280<br>
Lommaryd Vatten AB, Kundtjänst för VA och renhållning: 0980-319 285</p>
<p class="c-article__meta">Sidansvarig: Kommunikationsenheten</p>
</article>"""


def build() -> None:
    files = {
        "index.html": page("Lommaryds kommun", FRONT, front=True),
        "kontakta-oss.html": page("Kontakta oss &#8211; Lommaryds kommun", KONTAKTA),
        "nyheter.html": page("Nyheter &#8211; Lommaryds kommun", """<h1>Nyheter</h1><ul>
<li><a href="/2025/01/region-farstjanst/">Region Mellanlands kundtjänst för färdtjänst har nya öppettider</a></li>
<li><a href="/2025/01/biblioteket-meroppet/">Meröppet på biblioteket</a></li>
<li><a href="/2024/12/vaxeln-jul/">Växel och reception i jul</a></li></ul>"""),
        "region.html": page("Region Mellanlands kundtjänst för färdtjänst har nya öppettider &#8211; Lommaryds kommun",
            """<article class="c-article"><h1>Region Mellanlands kundtjänst för färdtjänst har nya öppettider</h1>
<p>Från 1 februari har Region Mellanlands kundtjänst för färdtjänst och sjukresor öppet 7&ndash;19 på vardagar.<br>
Där bokar du resor och får svar på frågor om färdtjänsttillstånd och egenavgifter.<br>
Telefon: 0980-319 270</p></article>"""),
        "bibliotek.html": page("Meröppet på biblioteket &#8211; Lommaryds kommun", """<article class="c-article"><h1>Meröppet på biblioteket</h1>
<p>Nu kan du gå till biblioteket 6&ndash;22 alla dagar med lånekort och pinkod.<br>
Bibliotekets kundtjänst hjälper dig att aktivera ditt kort, telefon 0980-319 260.</p></article>"""),
        "vaxel.html": page("Växel och reception i jul &#8211; Lommaryds kommun", """<article class="c-article"><h1>Växel och reception i jul</h1>
<p class="MsoNormal">Julafton&ndash;annandag jul: stängt<br>27 december: 9&ndash;12<br>Nyårsafton och nyårsdagen: stängt</p></article>"""),
        "tillganglighet.html": page("Tillgänglighetsredogörelse &#8211; Lommaryds kommun", """<article class="c-article"><h1>Tillgänglighetsredogörelse</h1>
<p>Lommaryds kommun står bakom den här webbplatsen. Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service.
Äldre sidor har innehåll som klistrats in från ordbehandlare.</p>
<p>Kontakta oss på kommun@lommaryd.se. Du kan anmäla till Myndigheten för digital förvaltning.</p></article>"""),
        "kakor.html": page("Om kakor &#8211; Lommaryds kommun", '<article class="c-article"><h1>Om kakor</h1><p>Vi använder kakor för statistik om du godkänner det.</p></article>'),
        "sok.html": page("Sökresultat &#8211; Lommaryds kommun", '<h1>Sökresultat</h1>\n<!--SEARCH_RESULTS-->'),
    }
    pages = {"/": "index.html", "/kontakta-oss/": "kontakta-oss.html", "/nyheter/": "nyheter.html",
             "/2025/01/region-farstjanst/": "region.html", "/2025/01/biblioteket-meroppet/": "bibliotek.html",
             "/2024/12/vaxeln-jul/": "vaxel.html", "/tillganglighetsredogorelse/": "tillganglighet.html",
             "/om-kakor/": "kakor.html"}
    manifest = {
        "kommunkod": "8095", "kommun": K, "lan_kod": "25", "lan": "Norrbottens län", "family": "municipio",
        "pages": pages, "redirects": {},
        "robots": "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nSitemap: __ORIGIN__/sitemap.xml\n",
        "sitemap": list(pages),
        "search": {"path": "/", "param": "s", "template": "sok.html",
                   "hits": {"kundtjänst": ["/2025/01/region-farstjanst/", "/2025/01/biblioteket-meroppet/", "/kontakta-oss/"],
                            "växel": ["/kontakta-oss/", "/2024/12/vaxeln-jul/"]}},
        "front_status": None,
    }
    write_site("8095", manifest, files)


if __name__ == "__main__":
    build()
