"""9289 Ängsholm: Next.js server-rendered markup; 'kommunens servicekontor' only in running text two clicks deep."""
from __future__ import annotations

import json

from common import SUBS, Site, esc

AVFALL = "/bygga-bo-och-miljo/avfall-och-atervinning"
SACKAR = AVFALL + "/sopsackar"

NEWS = [
    ("sommartider-atervinningscentralen", "2025-04-28", "Sommaröppet på återvinningscentralen",
     "Från den 1 maj har återvinningscentralen i Ängsholm öppet även söndagar.",
     "<p>Öppettiderna gäller till och med den 30 september.</p>"),
    ("ny-lekplats-i-byvik", "2025-04-17", "Ny lekplats i Byvik invigs",
     "Lekplatsen vid Byviks skola har fått klätterställning, gungor och en sandlåda med tak.",
     "<p>Invigningen sker lördagen den 10 maj klockan 11 med korvgrillning.</p>"),
    ("budgetdialog-2026", "2025-04-09", "Kommunstyrelsen föreslår budget för 2026",
     "Förslaget innebär oförändrad skatt och satsningar på skolan.",
     "<p>Kommunfullmäktige fattar beslut den 16 juni.</p>"),
]

AVFALL_MAIN = f"""<article class="Article_article__k2P0s">
<h1 class="Article_title__x81Fq">Avfall och återvinning</h1>
<p class="Article_lead__c3QmA">Här får du veta hur sophämtningen fungerar och var du lämnar grovavfall och farligt avfall.</p>
<h2>Sophämtning</h2>
<p>Hushållsavfallet hämtas varannan vecka i hela kommunen. Matavfall sorteras i papperspåse i det bruna kärlet.</p>
<h2>Återvinningscentralen</h2>
<p>Återvinningscentralen på Industrivägen 8 har öppet måndag–torsdag 10–18 och lördag 9–14.</p>
<h2>Sopsäckar och kärlmärken</h2>
<p><a href="{SACKAR}">Köpa sopsäckar och kärlmärken</a></p>
<h2>Taxor</h2>
<p>Avfallstaxan beslutas av kommunfullmäktige och gäller per kalenderår.</p>
</article>"""

SACKAR_MAIN = """<article class="Article_article__k2P0s">
<h1 class="Article_title__x81Fq">Köpa sopsäckar och kärlmärken</h1>
<p class="Article_lead__c3QmA">Till ditt kärl för matavfall och restavfall behöver du säckar av rätt storlek.</p>
<p>Sopsäckar och kärlmärken kan du köpa på kommunens servicekontor i Ängsholm och i Byvik, eller beställa hem via e-tjänsten Beställ sopsäckar.</p>
<h2>Priser</h2>
<table class="Table_table__p9s2L"><thead><tr><th scope="col">Artikel</th><th scope="col">Pris</th></tr></thead>
<tbody><tr><td>Papperspåsar för matavfall, bunt om 80</td><td>Ingår i avgiften</td></tr><tr><td>Säckar 160 liter, bunt om 40</td><td>180 kr</td></tr><tr><td>Kärlmärke för fritidshus</td><td>50 kr</td></tr></tbody></table>
<h2>Så beställer du hem</h2>
<p>Logga in med BankID i <a href="/e-tjanster#sopsackar">e-tjänsten Beställ sopsäckar</a> och välj antal buntar. Säckarna levereras med posten inom en vecka.</p>
</article>"""

KONTAKT = """<article class="Article_article__k2P0s">
<h1 class="Article_title__x81Fq">Kontakt</h1>
<p class="Article_lead__c3QmA">Du når Ängsholms kommun via växeln, e-post eller post.</p>
<h2>Växel</h2><p>0980-319 280, vardagar 8–16.</p>
<h2>E-post</h2><p><a href="mailto:kommun@angsholm.se">kommun@angsholm.se</a></p>
<h2>Postadress</h2><p>Ängsholms kommun, 999 21 Ängsholm</p>
<h2>Press</h2><p>Presstjänsten: 0980-319 285.</p>
<section lang="en" class="Lang_section__r2"><h2>Contact us in English</h2><p>Call the switchboard on +46 980 319 280, weekdays 8 am–4 pm, or e-mail kommun@angsholm.se.</p></section>
<section lang="fi" class="Lang_section__r2"><h2>Ota yhteyttä suomeksi</h2><p>Soita vaihteeseen 0980-319 280 arkisin klo 8–16 tai lähetä sähköpostia osoitteeseen kommun@angsholm.se.</p></section>
<section lang="ar" dir="rtl" class="Lang_section__r2"><h2>اتصل بنا بالعربية</h2><p>اتصل بالمقسم على الرقم <span dir="ltr">0980-319 280</span> أيام العمل من 8 إلى 16، أو راسلنا على <span dir="ltr">kommun@angsholm.se</span>.</p></section>
</article>"""


def build() -> Site:
    S = Site("9289", "Ängsholm", "Ängsholms kommun", "25", "Norrbottens län", "nextjs", "angsholm.se",
             "0980-319 280", "+46980319280", "999 21", "Kyrkvägen 5")
    S.set_areas([
        ("barn", None, [], []),
        ("omsorg", None, [], []),
        ("bygga", "Bo och bygga", [(1, ("Avfall och återvinning", AVFALL))], ["avfall"]),
        ("trafik", None, [], []),
        ("kultur", None, [], []),
        ("naring", None, [], []),
        ("kommun", None, [], []),
    ], lambda slug: f"/{slug}")

    def nav() -> str:
        li = []
        for i, a in enumerate(S.areas, 1):
            sub = "".join(f'<li class="MainNav_subItem__d8Hs1"><a href="{esc(h)}">{esc(t)}</a></li>' for _, t, h in a["items"])
            li.append(f'<li class="MainNav_item__Lw02k"><a class="MainNav_link__f1aQ9" href="{a["path"]}">{esc(a["title"])}</a>'
                      f'<button class="MainNav_toggle__u3PzE" aria-expanded="false" aria-controls="panel-{i}" aria-label="Öppna {esc(a["title"])}"></button>'
                      f'<div class="MainNav_panel__3kL0p" id="panel-{i}" data-state="closed"><ul class="MainNav_subList__Hh7m2">{sub}</ul></div></li>')
        return '<nav class="MainNav_nav__Q2w7e" aria-label="Huvudmeny"><ul class="MainNav_list__n0Xk4">' + "".join(li) + "</ul></nav>"

    def next_data(page: str) -> str:
        data = {"props": {"pageProps": {"page": page, "menu": [a["title"] for a in S.areas],
                                         "searchSuggestions": ["sopsäckar", "servicekontor", "bygglov", "förskola"]}},
                "page": "/[[...slug]]", "query": {}, "buildId": "k3Jw9xQ2", "isFallback": False, "gssp": True}
        return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'

    def chrome(title: str, main: str, front: bool = False) -> str:
        t = "Ängsholms kommun" if front else f"{title} | Ängsholms kommun"
        return f"""<!DOCTYPE html><html lang="sv"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>{esc(t)}</title><meta name="next-head-count" content="3"/><style data-href="/_next/static/css/app.css">.MainNav_panel__3kL0p[data-state=closed]{{display:none}}.MainNav_list__n0Xk4{{display:flex}}.visually-hidden{{position:absolute;left:-9999px}}</style><noscript data-n-css=""></noscript></head><body><div id="__next"><div class="Layout_root__x1Yz2">
<a class="SkipLink_link__m9Tq1" href="#main">Hoppa till innehållet</a>
<header class="Header_header__a8Kd3">
<div class="Header_top__b2Wq8"><ul class="Header_tools__v7Ls0"><li><button type="button" class="Header_tool__p1Ms4">Lyssna</button></li><li><a href="/om-webbplatsen#lattlast">Lättläst</a></li><li><a href="/kontakt">Kontakt</a></li><li><a href="/kontakt" lang="en">Contact us in other languages</a></li></ul></div>
<div class="Header_main__q4Rt7"><a class="Header_logo__h3Kd2" href="/"><img alt="Ängsholms kommun" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="190" height="52"/></a>
<form class="Search_form__z8Ln1" action="/sok" method="get" role="search"><label class="visually-hidden" for="search-input">Sök</label><input id="search-input" type="search" name="query" placeholder="Vad söker du?"/><button type="submit">Sök</button></form></div>
{nav()}
</header>
<main id="main" class="Page_main__r5Tg0">
{main}
</main>
<footer class="Footer_footer__t6Yh2"><div class="Footer_cols__w2Pq9">
<div><h2 class="Footer_heading__c4Nn3">Ängsholms kommun</h2><p>Kyrkvägen 5, 999 21 Ängsholm<br/>Växel 0980-319 280<br/>kommun@angsholm.se<br/>Org.nr 212000-9289</p></div>
<div><h2 class="Footer_heading__c4Nn3">Snabbval</h2><ul><li><a href="/naringsliv-och-arbete#lediga-jobb">Lediga jobb</a></li><li><a href="/e-tjanster">E-tjänster</a></li><li><a href="/nyheter">Nyheter</a></li></ul></div>
<div><h2 class="Footer_heading__c4Nn3">Webbplatsen</h2><ul><li><a href="/om-webbplatsen#tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/om-webbplatsen#kakor">Kakor</a></li></ul></div>
</div></footer>
</div></div>{next_data(title or "start")}</body></html>
"""

    teasers = "".join(f'<li class="NewsList_item__f5Gh2"><a href="/nyheter/{s}"><span class="NewsList_date__p0Qw3">{d}</span><h3>{esc(t)}</h3><p>{esc(i)}</p></a></li>' for s, d, t, i, _ in NEWS)
    front = f"""<section class="Hero_hero__h1Jk8"><h1>Välkommen till Ängsholm</h1><p>Älvdalskommunen med byar från fjäll till kust.</p>
<ul class="Hero_shortcuts__s8Kp2"><li><a href="/barn-och-utbildning#forskola">Förskola</a></li><li><a href="{AVFALL}">Avfall och återvinning</a></li><li><a href="/omsorg-och-stod#hemtjanst">Hemtjänst</a></li><li><a href="/naringsliv-och-arbete#lediga-jobb">Lediga jobb</a></li></ul></section>
<section class="NewsList_section__g3Ds1"><h2>Nyheter</h2><ul class="NewsList_list__b7Za0">{teasers}</ul><p><a href="/nyheter">Alla nyheter</a></p></section>
<section class="Events_section__y2Kl4"><h2>Evenemang</h2><ul><li><a href="/kultur-och-fritid#evenemang">Älvdagen i Byvik, 28 juni</a></li><li><a href="/kultur-och-fritid#bibliotek">Läsfrämjande lov</a></li></ul></section>"""
    S.add("/", "index.html", chrome("", front, front=True))
    for a in S.areas:
        secs = "".join(f'<h2 id="{sid}">{esc(SUBS[sid][0])}</h2><p>{esc(S.fill(SUBS[sid][1]))}</p>' for sid in a["subs"])
        if a["slug"] == "bygga-bo-och-miljo":
            secs = f'<h2>Avfall och återvinning</h2><p><a href="{AVFALL}">Sophämtning, återvinningscentral och sopsäckar</a></p>' + secs
        S.add(a["path"], a["slug"] + ".html", chrome(a["title"], f'<article class="Article_article__k2P0s"><h1 class="Article_title__x81Fq">{esc(a["title"])}</h1>{secs}</article>'))
    S.add(AVFALL, "avfall.html", chrome("Avfall och återvinning", AVFALL_MAIN))
    S.add(SACKAR, "sopsackar.html", chrome("Köpa sopsäckar och kärlmärken", SACKAR_MAIN))
    S.add("/kontakt", "kontakt.html", chrome("Kontakt", KONTAKT))
    S.add("/nyheter", "nyheter.html", chrome("Nyheter", f'<h1 class="Article_title__x81Fq">Nyheter</h1><ul class="NewsList_list__b7Za0">{teasers}</ul>'))
    for s, d, t, i, b in NEWS:
        S.add(f"/nyheter/{s}", f"nyhet-{s}.html", chrome(t, f'<article class="Article_article__k2P0s"><h1 class="Article_title__x81Fq">{esc(t)}</h1><p>{d}</p><p class="Article_lead__c3QmA">{esc(i)}</p>{b}</article>'))
    S.add("/e-tjanster", "e-tjanster.html", chrome("E-tjänster", """<article class="Article_article__k2P0s"><h1 class="Article_title__x81Fq">E-tjänster</h1>
<h2 id="sopsackar">Beställ sopsäckar</h2><p>Beställ säckar och kärlmärken hem i brevlådan.</p>
<h2 id="forskola">Ansök om förskoleplats</h2><p>Ansök om plats i förskola.</p>
<h2 id="bygglov">Ansök om bygglov</h2><p>Ansökan om bygglov och anmälan.</p></article>"""))
    S.add("/om-webbplatsen", "om-webbplatsen.html", chrome("Om webbplatsen", """<article class="Article_article__k2P0s"><h1 class="Article_title__x81Fq">Om webbplatsen</h1>
<h2 id="tillganglighet">Tillgänglighetsredogörelse</h2><p>Ängsholms kommun står bakom den här webbplatsen.</p>
<h2 id="lattlast">Lättläst</h2><p>Ängsholm är en kommun i Norrbotten.</p>
<h2 id="kakor">Kakor</h2><p>Vi använder nödvändiga kakor.</p></article>"""))
    S.files["sok.html"] = chrome("Sök", '<h1 class="Article_title__x81Fq">Sök</h1><!--SEARCH_RESULTS-->')
    S.search = {"path": "/sok", "param": "query", "template": "sok.html",
                "hits": {"servicekontor": [SACKAR], "sopsäckar": [SACKAR], "kontaktcenter": [], "kundtjänst": [],
                         "servicecenter": [], "medborgarservice": []}}
    return S
