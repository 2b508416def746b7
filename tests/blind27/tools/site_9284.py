"""9284 Malmbacka: Optimizely/Episerver markup under /sv/; Kontaktcenter page with translated versions."""
from __future__ import annotations

from common import SUBS, Site, esc

KC = "/sv/kommun-och-politik/kontakt/kontaktcenter/"
LANDING = "/sv/kommun-och-politik/kontakt/"

NEWS = [
    ("sommarjobb-for-unga", "2025-03-05", "Sök sommarjobb hos kommunen",
     "Ungdomar som är 16–19 år kan söka sommarjobb inom äldreomsorg, parker och fritidsgårdar.",
     "<p>Ansökan är öppen till och med den 31 mars. Du får besked i maj.</p>"),
    ("ny-detaljplan-for-sjostaden", "2025-02-26", "Samråd om ny detaljplan för Sjöstaden",
     "Planen ger plats för 400 bostäder, en förskola och en ny park vid Malmsjön.",
     "<p>Samrådet pågår till och med den 20 mars. Välkommen på öppet hus i stadshuset den 11 mars klockan 17–19.</p>"),
    ("kulturnatt-2025", "2025-02-14", "Kulturnatten i Malmbacka blir av igen",
     "Den 26 april fylls centrum av musik, teater och öppna ateljéer.",
     "<p>Programmet presenteras i början av april. Föreningar som vill medverka anmäler sig senast den 10 mars.</p>"),
]

HOURS_SV = """<table class="table table--striped">
<caption>Öppettider och telefontider</caption>
<thead><tr><th scope="col">Dag</th><th scope="col">Telefon och chatt</th><th scope="col">Besök</th></tr></thead>
<tbody><tr><td>Måndag–torsdag</td><td>8.00–17.00</td><td>9.00–16.00</td></tr>
<tr><td>Fredag</td><td>8.00–15.00</td><td>9.00–14.00</td></tr></tbody></table>"""

LANGS = """<nav class="language-links" aria-label="Läs sidan på andra språk"><ul>
<li><a href="in-english/" hreflang="en" lang="en">In English</a></li>
<li><a href="suomeksi/" hreflang="fi" lang="fi">Suomeksi</a></li>
<li><a href="arabiska/" hreflang="ar" lang="ar" dir="rtl">بالعربية</a></li>
</ul></nav>"""

KC_SV = f"""<article class="article" data-epi-type="StandardPage">
<h1 class="article__heading" data-epi-property-name="Heading">Kontaktcenter</h1>
{LANGS}
<div class="article__preamble" data-epi-property-name="Preamble"><p>Kontaktcenter är kommunens gemensamma ingång för dig som har frågor. Vi svarar på frågor om förskola och skola, bygglov, sophämtning, vatten och avlopp, parkering och mycket mer – och hjälper dig vidare när ärendet behöver en handläggare.</p></div>
<div class="article__body" data-epi-property-name="MainBody">
<h2>Ring, mejla eller besök oss</h2>
<ul class="contact-list">
<li>Telefon: <a href="tel:+46846500410">08-465 004 10</a></li>
<li>E-post: <a href="mailto:kontaktcenter@malmbacka.se">kontaktcenter@malmbacka.se</a></li>
<li>Besöksadress: Stadshuset, Torggatan 1, entréplan</li>
</ul>
{HOURS_SV}
<h2>Tolk och andra språk</h2>
<p>Vi kan boka tolk till ditt besök. Du kan också tala finska med oss – Malmbacka ingår i förvaltningsområdet för finska.</p>
<h2>Om Kontaktcenter</h2>
<p>Kontaktcenter är en del av kommunledningskontoret. Vi tar emot cirka 90 000 samtal och besök per år.</p>
</div>
<footer class="article__footer"><p>Sidansvarig: Kommunikationsenheten<br>Senast uppdaterad: 2025-01-20</p></footer>
</article>"""

KC_EN = """<article class="article" lang="en" data-epi-type="TranslatedPage">
<p class="back-link"><a href="../" lang="sv">Till svenska</a></p>
<h1 class="article__heading">Contact Centre (Kontaktcenter)</h1>
<div class="article__preamble"><p>The Contact Centre is the first point of contact for everyone with questions for Malmbacka Municipality. We answer questions about pre-school and school, building permits, waste collection, water and sewage, parking and much more, and we help you on when your matter needs a case officer.</p></div>
<div class="article__body">
<h2>Call, e-mail or visit us</h2>
<ul class="contact-list"><li>Phone: <a href="tel:+46846500410">+46 8 465 004 10</a></li><li>E-mail: <a href="mailto:kontaktcenter@malmbacka.se">kontaktcenter@malmbacka.se</a></li><li>Visiting address: City Hall, Torggatan 1, ground floor</li></ul>
<table class="table table--striped"><caption>Opening hours</caption>
<thead><tr><th scope="col">Day</th><th scope="col">Phone and chat</th><th scope="col">Visits</th></tr></thead>
<tbody><tr><td>Monday–Thursday</td><td>8 am – 5 pm</td><td>9 am – 4 pm</td></tr><tr><td>Friday</td><td>8 am – 3 pm</td><td>9 am – 2 pm</td></tr></tbody></table>
<p>We can book an interpreter for your visit free of charge. The Contact Centre is part of the Municipal Executive Office.</p>
</div></article>"""

KC_FI = """<article class="article" lang="fi" data-epi-type="TranslatedPage">
<p class="back-link"><a href="../" lang="sv">Till svenska</a></p>
<h1 class="article__heading">Kontaktcenter – kunnan asiakaspalvelu</h1>
<div class="article__preamble"><p>Malmbackan kunnan Kontaktcenter vastaa kysymyksiisi esimerkiksi esikoulusta ja koulusta, rakennusluvista, jätehuollosta, vesihuollosta ja pysäköinnistä. Jos asiasi vaatii käsittelijää, ohjaamme sinut eteenpäin.</p></div>
<div class="article__body">
<h2>Soita, lähetä sähköpostia tai tule käymään</h2>
<ul class="contact-list"><li>Puhelin: <a href="tel:+46846500410">08-465 004 10</a></li><li>Sähköposti: <a href="mailto:kontaktcenter@malmbacka.se">kontaktcenter@malmbacka.se</a></li><li>Käyntiosoite: kaupungintalo, Torggatan 1</li></ul>
<table class="table table--striped"><caption>Aukioloajat</caption>
<thead><tr><th scope="col">Päivä</th><th scope="col">Puhelin ja chat</th><th scope="col">Käynti</th></tr></thead>
<tbody><tr><td>Maanantai–torstai</td><td>8.00–17.00</td><td>9.00–16.00</td></tr><tr><td>Perjantai</td><td>8.00–15.00</td><td>9.00–14.00</td></tr></tbody></table>
<p>Voit asioida kanssamme suomeksi – Malmbacka kuuluu suomen kielen hallintoalueeseen.</p>
</div></article>"""

KC_AR = """<article class="article" lang="ar" dir="rtl" data-epi-type="TranslatedPage">
<p class="back-link"><a href="../" lang="sv" dir="ltr">Till svenska</a></p>
<h1 class="article__heading">مركز الاتصال (Kontaktcenter)</h1>
<div class="article__preamble"><p>يجيب مركز الاتصال في بلدية مالمباكا على أسئلتك حول الروضة والمدرسة، ورخص البناء، وجمع النفايات، والمياه والصرف الصحي، ومواقف السيارات.</p></div>
<div class="article__body">
<h2>اتصل بنا أو راسلنا أو زرنا</h2>
<ul class="contact-list"><li>الهاتف: <a href="tel:+46846500410" dir="ltr">08-465 004 10</a></li><li>البريد الإلكتروني: <a href="mailto:kontaktcenter@malmbacka.se" dir="ltr">kontaktcenter@malmbacka.se</a></li><li>عنوان الزيارة: مبنى البلدية، Torggatan 1</li></ul>
<table class="table table--striped"><caption>أوقات العمل</caption>
<thead><tr><th scope="col">اليوم</th><th scope="col">الهاتف والدردشة</th><th scope="col">الزيارة</th></tr></thead>
<tbody><tr><td>الاثنين – الخميس</td><td dir="ltr">8.00–17.00</td><td dir="ltr">9.00–16.00</td></tr><tr><td>الجمعة</td><td dir="ltr">8.00–15.00</td><td dir="ltr">9.00–14.00</td></tr></tbody></table>
<p>يمكننا حجز مترجم فوري لزيارتك مجانًا. أخبرنا باللغة التي تتحدثها عند الاتصال.</p>
</div></article>"""

LANDING_MAIN = f"""<article class="article" data-epi-type="LandingPage">
<h1 class="article__heading">Kontakt</h1>
<div class="article__preamble"><p>Välj vem du vill komma i kontakt med.</p></div>
<div class="card-grid">
<a class="card" href="{KC}"><span class="card__heading">Kontaktcenter</span><span class="card__text">Ring, mejla eller besök oss</span></a>
<a class="card" href="#vaxel"><span class="card__heading">Växel</span></a>
<a class="card" href="#press"><span class="card__heading">Press</span></a>
<a class="card" href="/sv/kommun-och-politik/#kommunfullmaktige"><span class="card__heading">Förtroendevalda</span></a>
<a class="card" href="/sv/e-tjanster/#synpunkter"><span class="card__heading">Synpunkter</span></a>
</div>
<h2 id="vaxel">Växel</h2><p>Växeln når du på <a href="tel:+46846500400">08-465 004 00</a>.</p>
<h2 id="press">Press</h2><p>Journalister kan ringa presstelefonen <a href="tel:+46846500420">08-465 004 20</a>.</p>
</article>"""


def build() -> Site:
    S = Site("9284", "Malmbacka", "Malmbacka kommun", "01", "Stockholms län", "episerver", "malmbacka.se",
             "08-465 004 00", "+46846500400", "999 61", "Torggatan 1")
    S.set_areas([
        ("barn", None, [], []),
        ("omsorg", "Omsorg och stöd", [], []),
        ("bygga", None, [], []),
        ("trafik", "Trafik och resor", [], []),
        ("kultur", None, [], []),
        ("naring", None, [], []),
        ("trygg", None, [], []),
        ("kommun", None, [(-1, ("Kontakt", LANDING))], []),
    ], lambda slug: f"/sv/{slug}/")
    S.redirects["/"] = ["/sv/", 302]

    def nav() -> str:
        li = []
        for i, a in enumerate(S.areas, 1):
            sub = "".join(f'<li class="main-nav__subitem"><a href="{esc(h)}">{esc(t)}</a></li>' for _, t, h in a["items"])
            li.append(f'<li class="main-nav__item main-nav__item--has-children"><a class="main-nav__link" href="{a["path"]}">{esc(a["title"])}</a>'
                      f'<div class="main-nav__dropdown" id="dropdown-{i}"><ul class="main-nav__sublist">{sub}</ul></div></li>')
        return '<nav class="main-nav" aria-label="Huvudmeny"><ul class="main-nav__list">' + "".join(li) + "</ul></nav>"

    def chrome(title: str, main: str, front: bool = False, crumbs: list[tuple[str, str]] | None = None) -> str:
        t = "Malmbacka kommun" if front else f"{title} - Malmbacka kommun"
        crumb = ""
        if crumbs:
            crumb = ('<nav class="breadcrumbs" aria-label="Brödsmulor"><ol><li><a href="/sv/">Start</a></li>'
                     + "".join(f'<li><a href="{h}">{esc(x)}</a></li>' for x, h in crumbs) + "</ol></nav>")
        return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(t)}</title>
<style>.main-nav__dropdown{{display:none}}.main-nav__item:focus-within .main-nav__dropdown,.main-nav__item:hover .main-nav__dropdown{{display:block}}.language-links ul{{display:flex;gap:1em;list-style:none}}</style>
</head>
<body class="{"startpage" if front else "standardpage"}">
<a class="skip-to-content" href="#main">Gå direkt till innehållet</a>
<header class="site-header">
<div class="site-header__tools"><div class="container">
<ul class="tools-list"><li><button type="button" class="tools-list__button" data-readspeaker>Lyssna</button></li><li><a href="/sv/om-webbplatsen/#lattlast">Lättläst</a></li><li><a href="/sv/om-webbplatsen/#languages" lang="en">Languages</a></li><li><a href="{LANDING}">Kontakt</a></li></ul>
</div></div>
<div class="site-header__main"><div class="container">
<a class="site-header__logo" href="/sv/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/globalassets/logotyp/malmbacka-logo.svg" alt="Malmbacka kommun" width="190" height="50"></a>
<form class="site-search" action="/sv/sok/" method="get" role="search"><label for="header-search" class="visually-hidden">Sök</label><input id="header-search" type="search" name="q" placeholder="Sök"><button type="submit">Sök</button></form>
</div></div>
<div class="site-header__nav"><div class="container">
{nav()}
</div></div>
</header>
{crumb}
<main id="main" class="main container">
{main}
</main>
<footer class="site-footer">
<div class="container footer-grid">
<div class="footer-grid__col"><h2>Kontakta oss</h2>
<ul><li><a href="{KC}">Kontaktcenter</a></li><li>Växel: 08-465 004 00</li><li>E-post: kommun@malmbacka.se</li></ul></div>
<div class="footer-grid__col"><h2>Besöksadress</h2><p>Stadshuset, Torggatan 1<br>999 61 Malmbacka</p></div>
<div class="footer-grid__col"><h2>Genvägar</h2><ul><li><a href="/sv/naringsliv-och-arbete/#lediga-jobb">Lediga jobb</a></li><li><a href="/sv/e-tjanster/">E-tjänster</a></li><li><a href="/sv/nyheter/">Nyheter</a></li></ul></div>
<div class="footer-grid__col"><h2>Om webbplatsen</h2><ul><li><a href="/sv/om-webbplatsen/#tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/sv/om-webbplatsen/#kakor">Kakor</a></li></ul></div>
</div>
<p class="footer-orgnr container">Organisationsnummer 212000-9284</p>
</footer>
<div class="cookie-notice" role="region" aria-label="Kakor"><p>Vi använder kakor.</p><button type="button">Okej</button></div>
</body>
</html>
"""

    teasers = "".join(f'<li class="news-list__item"><a href="/sv/nyheter/{s}/"><h3>{esc(t)}</h3></a><time>{d}</time><p>{esc(i)}</p></li>' for s, d, t, i, _ in NEWS)
    front = f"""<section class="hero" data-epi-property-name="Hero">
<div class="hero__content"><h1 class="hero__heading">Välkommen till Malmbacka</h1><p>Här hittar du service, information och e-tjänster.</p></div>
<ul class="hero__links"><li><a href="/sv/barn-och-utbildning/#forskola">Förskola</a></li><li><a href="/sv/bygga-bo-och-miljo/#avfall">Avfall och återvinning</a></li><li><a href="/sv/naringsliv-och-arbete/#lediga-jobb">Jobba hos oss</a></li><li><a href="/sv/e-tjanster/">E-tjänster</a></li></ul>
</section>
<section class="block news-block"><h2>Aktuellt</h2><ul class="news-list">{teasers}</ul><p><a href="/sv/nyheter/">Alla nyheter</a></p></section>
<section class="block events-block"><h2>Evenemang</h2><ul><li><a href="/sv/kultur-och-fritid/#evenemang">Kulturnatten 26 april</a></li><li><a href="/sv/kultur-och-fritid/#bibliotek">Författarbesök på biblioteket 14 mars</a></li></ul></section>
<section class="block quicklinks-block"><h2>Populära e-tjänster</h2><ul><li><a href="/sv/e-tjanster/#forskola">Ansök om förskoleplats</a></li><li><a href="/sv/e-tjanster/#bygglov">Ansök om bygglov</a></li><li><a href="/sv/e-tjanster/#synpunkter">Synpunkter</a></li></ul></section>"""
    S.add("/sv/", "index.html", chrome("", front, front=True))
    for a in S.areas:
        secs = "".join(f'<h2 id="{sid}">{esc(SUBS[sid][0])}</h2><p>{esc(S.fill(SUBS[sid][1]))}</p>' for sid in a["subs"])
        extra = [(t, h) for sid, t, h in a["items"] if sid is None]
        if extra:
            secs += '<h2>Se även</h2><ul>' + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in extra) + "</ul>"
        S.add(a["path"], a["slug"] + ".html", chrome(a["title"], f'<article class="article"><h1 class="article__heading">{esc(a["title"])}</h1><div class="article__body">{secs}</div></article>', crumbs=[(a["title"], a["path"])]))
    kp = [("Kommun och politik", "/sv/kommun-och-politik/"), ("Kontakt", LANDING)]
    S.add(LANDING, "kontakt.html", chrome("Kontakt", LANDING_MAIN, crumbs=kp))
    S.add(KC, "kontaktcenter.html", chrome("Kontaktcenter", KC_SV, crumbs=[*kp, ("Kontaktcenter", KC)]))
    S.add(KC + "in-english/", "kontaktcenter-en.html", chrome("Contact Centre", KC_EN, crumbs=[*kp, ("Kontaktcenter", KC)]))
    S.add(KC + "suomeksi/", "kontaktcenter-fi.html", chrome("Kontaktcenter suomeksi", KC_FI, crumbs=[*kp, ("Kontaktcenter", KC)]))
    S.add(KC + "arabiska/", "kontaktcenter-ar.html", chrome("Kontaktcenter på arabiska", KC_AR, crumbs=[*kp, ("Kontaktcenter", KC)]))
    S.add("/sv/nyheter/", "nyheter.html", chrome("Nyheter", f'<h1 class="article__heading">Nyheter</h1><ul class="news-list">{teasers}</ul>', crumbs=[("Nyheter", "/sv/nyheter/")]))
    for s, d, t, i, b in NEWS:
        S.add(f"/sv/nyheter/{s}/", f"nyhet-{s}.html", chrome(t, f'<article class="article article--news"><h1 class="article__heading">{esc(t)}</h1><time>{d}</time><div class="article__preamble"><p>{esc(i)}</p></div><div class="article__body">{b}</div></article>', crumbs=[("Nyheter", "/sv/nyheter/")]))
    S.add("/sv/e-tjanster/", "e-tjanster.html", chrome("E-tjänster", """<article class="article"><h1 class="article__heading">E-tjänster</h1>
<div class="article__body"><h2 id="forskola">Ansök om förskoleplats</h2><p>Ansök, byt eller säg upp plats.</p>
<h2 id="bygglov">Ansök om bygglov</h2><p>Ansökan och anmälan om bygglov.</p>
<h2 id="synpunkter">Synpunkter</h2><p>Lämna beröm, klagomål eller förslag.</p></div></article>""", crumbs=[("E-tjänster", "/sv/e-tjanster/")]))
    S.add("/sv/om-webbplatsen/", "om-webbplatsen.html", chrome("Om webbplatsen", """<article class="article"><h1 class="article__heading">Om webbplatsen</h1>
<div class="article__body"><h2 id="tillganglighet">Tillgänglighetsredogörelse</h2><p>Malmbacka kommun står bakom den här webbplatsen.</p>
<h2 id="lattlast">Lättläst</h2><p>Här kan du läsa om Malmbacka kommun på lätt svenska.</p>
<h2 id="languages" lang="en">Languages</h2><p lang="en">Information in English, Finnish and Arabic is available on some pages, for example the Contact Centre page.</p>
<h2 id="kakor">Kakor</h2><p>Om kakor på webbplatsen.</p></div></article>""", crumbs=[("Om webbplatsen", "/sv/om-webbplatsen/")]))
    S.files["sok.html"] = chrome("Sök", '<h1 class="article__heading">Sök</h1><div class="search-results"><!--SEARCH_RESULTS--></div>')
    S.search = {"path": "/sv/sok/", "param": "q", "template": "sok.html",
                "hits": {"kontaktcenter": [KC, KC + "in-english/", KC + "suomeksi/", KC + "arabiska/"],
                         "contact centre": [KC + "in-english/"], "kontakt": [LANDING, KC],
                         "kundtjänst": [], "servicecenter": [], "medborgarservice": []}}
    return S
