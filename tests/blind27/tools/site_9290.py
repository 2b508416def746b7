"""9290 Renmyra: Joomla 4 (Cassiopeia) markup; a multi-section Kontakta oss page naming only other organisations' units."""
from __future__ import annotations

from common import SUBS, Site, esc

KO = "/index.php/kontakta-oss"

NEWS = [
    ("statens-servicekontor-langre-oppettider", "2025-03-12", "Statens servicekontor får längre öppettider",
     "Från den 1 april har Statens servicekontor i kommunhuset öppet även tisdagskvällar.",
     "<p>Statens servicekontor drivs av Statens servicecenter. Där får du hjälp med ärenden till Försäkringskassan, Skatteverket och Pensionsmyndigheten. Kommunen upplåter lokalen i entréplanet.</p>"
     f'<p>Öppettiderna finns på sidan <a href="{KO}#statens-servicekontor">Kontakta oss</a>.</p>'),
    ("ny-vagbelysning-i-myrbyn", "2025-03-04", "Ny vägbelysning längs Myrbyvägen",
     "Trafikverket och kommunen byter ut belysningen under våren.",
     "<p>Arbetet påverkar trafiken dagtid mellan klockan 7 och 16.</p>"),
    ("valborg-2025", "2025-02-25", "Valborgsfirande vid Renmyraån",
     "Kör, brasa och vårtal vid ån den 30 april.",
     "<p>Firandet börjar klockan 19. Ta med egen fika.</p>"),
]

KONTAKTA = """<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="sv-SE">
<div class="page-header"><h1 itemprop="headline">Kontakta oss</h1></div>
<div itemprop="articleBody" class="com-content-article__body">
<p>Här hittar du kontaktuppgifter till Renmyra kommun och till de andra verksamheter som finns i kommunhuset.</p>
<h2 id="vaxel">Växel</h2>
<p>Renmyra kommuns växel: <a href="tel:+46406280480">040-628 04 80</a>. Växeln kopplar dig vidare till rätt person eller verksamhet.</p>
<table class="table"><caption>Växelns öppettider</caption><tbody><tr><td>Måndag–torsdag</td><td>8.00–16.30</td></tr><tr><td>Fredag</td><td>8.00–15.00</td></tr></tbody></table>
<p>E-post: <a href="mailto:kommun@renmyra.se">kommun@renmyra.se</a></p>
<h2 id="statens-servicekontor">Statens servicekontor i kommunhuset</h2>
<p>I kommunhusets entré finns Statens servicekontor. Där får du hjälp med ärenden till Försäkringskassan, Skatteverket och Pensionsmyndigheten, till exempel id-kort, flyttanmälan och föräldrapenning. Servicekontoret drivs av Statens servicecenter, inte av kommunen.</p>
<table class="table"><caption>Öppettider Statens servicekontor</caption><tbody><tr><td>Måndag, onsdag, fredag</td><td>9.00–12.00</td></tr><tr><td>Tisdag</td><td>12.00–19.00</td></tr><tr><td>Torsdag</td><td>Stängt</td></tr></tbody></table>
<h2 id="energi">El, fjärrvärme och bredband</h2>
<p>Frågor om elnät, fjärrvärme och stadsnät besvaras av Renmyra Energi AB:s kundtjänst, telefon <a href="tel:+46406280490">040-628 04 90</a>, vardagar 8–16.</p>
<h2 id="bostader">Hyresbostäder</h2>
<p>Bostads AB Renmyrahems kundcenter tar emot felanmälan och frågor om lägenheter och bostadskö, telefon <a href="tel:+46406280495">040-628 04 95</a>.</p>
<h2 id="turistbyra">Turistbyrån</h2>
<p>Renmyra turistbyrå i Järnvägsstationen hjälper dig med boende, fiske och evenemang. Turistchef: Alva Nygård.</p>
<h2 id="press">Press</h2>
<p>Kommunikationschef Sara Öst, telefon <a href="tel:+46406280485">040-628 04 85</a>.</p>
<h2 id="politiker">Politiker</h2>
<p>Kommunstyrelsens ordförande Tomas Berg (S), telefon <a href="tel:+46406280481">040-628 04 81</a>.</p>
<h2 id="sprak">Other languages</h2>
<div lang="en"><h3>Contact us in English</h3><p>Call Renmyra Municipality's switchboard on +46 40 628 04 80 or e-mail kommun@renmyra.se.</p></div>
<div lang="fi"><h3>Ota yhteyttä suomeksi</h3><p>Soita Renmyran kunnan vaihteeseen 040-628 04 80 tai lähetä sähköpostia osoitteeseen kommun@renmyra.se.</p></div>
<div lang="ar" dir="rtl"><h3>اتصل بنا</h3><p>اتصل بمقسم بلدية رينميرا على الرقم <span dir="ltr">040-628 04 80</span> أو راسلنا على <span dir="ltr">kommun@renmyra.se</span>.</p></div>
</div>
</div>"""


def build() -> Site:
    S = Site("9290", "Renmyra", "Renmyra kommun", "12", "Skåne län", "joomla", "renmyra.se",
             "040-628 04 80", "+46406280480", "999 01", "Järnvägsgatan 9")
    S.set_areas([
        ("barn", None, [], []),
        ("omsorg", None, [], []),
        ("bygga", None, [], []),
        ("trafik", None, [], []),
        ("kultur", None, [], []),
        ("naring", None, [], []),
        ("kommun", None, [], []),
    ], lambda slug: f"/index.php/{slug}")
    item = iter(range(102, 999))

    def nav() -> str:
        li = ['<li class="nav-item item-101 default"><a href="/">Hem</a></li>']
        for a in S.areas:
            sub = "".join(f'<li class="nav-item item-{next(item)}"><a href="{esc(h)}">{esc(t)}</a></li>' for _, t, h in a["items"])
            li.append(f'<li class="nav-item item-{next(item)} deeper parent"><a href="{a["path"]}">{esc(a["title"])}</a><ul class="mod-menu__sub list-unstyled small">{sub}</ul></li>')
        li.append(f'<li class="nav-item item-{next(item)}"><a href="{KO}">Kontakta oss</a></li>')
        return '<ul class="mod-menu mod-list nav">' + "".join(li) + "</ul>"

    def chrome(title: str, main: str, front: bool = False) -> str:
        nonlocal item
        item = iter(range(102, 999))
        t = "Renmyra kommun" if front else f"{title} - Renmyra kommun"
        return f"""<!DOCTYPE html>
<html lang="sv-se" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(t)}</title>
<style>.mod-menu__sub{{display:none}}.parent:hover>.mod-menu__sub{{display:block}}.visually-hidden{{position:absolute;left:-9999px}}</style>
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"MOD_FINDER_SEARCH_VALUE":"Sök ..."}},"system.paths":{{"root":"","base":""}}}}</script>
</head>
<body class="site com_content wrapper-static view-{"featured" if front else "article"} no-layout no-task has-sidebar-right">
<header class="header container-header full-width">
<div class="container-topbar">
<div class="mod-custom custom"><ul class="topbar-links"><li><button type="button" class="btn btn-link">Lyssna</button></li><li><a href="/index.php/om-webbplatsen#lattlast">Lättläst</a></li><li><a href="{KO}#sprak" lang="en">Other languages</a></li></ul></div>
</div>
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Renmyra kommun" width="200" height="60"></a></div></div>
<div class="grid-child container-nav">
<nav class="navbar navbar-expand-md" aria-label="Huvudmeny">
<button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Växla navigering"><span class="icon-menu" aria-hidden="true"></span></button>
<div class="collapse navbar-collapse" id="navbar1">
{nav()}
</div>
</nav>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/index.php/sok" method="get" role="search"><label for="mod-finder-searchword" class="visually-hidden finder">Sök</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" placeholder="Sök ..."></form></div>
</div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<main>
{main}
</main>
</div>
<div class="grid-child container-sidebar-right">
<div class="sidebar-right card"><h3 class="card-header">Snabbt och enkelt</h3><div class="card-body">
<form action="/index.php/e-tjanster" method="get"><input type="hidden" name="tjanst" value="felanmalan"><button type="submit" class="btn btn-primary w-100 mb-2">Felanmälan</button></form>
<form action="/index.php/e-tjanster" method="get"><input type="hidden" name="tjanst" value="synpunkt"><button type="submit" class="btn btn-secondary w-100">Lämna en synpunkt</button></form>
</div></div>
</div>
</div>
<footer class="container-footer footer full-width">
<div class="grid-child">
<div class="mod-custom custom"><p><strong>Renmyra kommun</strong><br>Järnvägsgatan 9, 999 01 Renmyra<br>Växel 040-628 04 80 · kommun@renmyra.se · Org.nr 212000-9290</p></div>
<ul class="mod-menu mod-list nav footer-menu"><li class="nav-item"><a href="/index.php/om-webbplatsen#tillganglighet">Tillgänglighetsredogörelse</a></li><li class="nav-item"><a href="/index.php/om-webbplatsen#kakor">Kakor</a></li><li class="nav-item"><a href="/index.php/nyheter">Nyheter</a></li><li class="nav-item"><a href="/index.php/naringsliv-och-arbete#lediga-jobb">Lediga jobb</a></li></ul>
</div>
</footer>
<!-- Kontaktcenter-modul (mod_kontaktcenter) avpublicerad 2023-05 -->
</body>
</html>
"""

    blog = "".join(
        f'<div class="blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting"><div class="item-content"><div class="page-header"><h2 itemprop="name"><a href="/index.php/nyheter/{s}" itemprop="url">{esc(t)}</a></h2></div>'
        f'<dl class="article-info"><dd class="published"><time datetime="{d}" itemprop="datePublished">{d}</time></dd></dl><p>{esc(i)}</p></div></div>'
        for s, d, t, i, _ in NEWS)
    front = f"""<div class="mod-custom custom banner-overlay"><div class="overlay"><h1>Välkommen till Renmyra</h1><p>Myrarnas och fåglarnas kommun.</p>
<p><a class="btn btn-light" href="/index.php/barn-och-utbildning#forskola">Förskola</a> <a class="btn btn-light" href="/index.php/bygga-bo-och-miljo#avfall">Sophämtning</a> <a class="btn btn-light" href="/index.php/naringsliv-och-arbete#lediga-jobb">Lediga jobb</a></p></div></div>
<div class="blog-featured" itemscope itemtype="https://schema.org/Blog"><h2 class="blog-heading">Nyheter</h2>
<div class="blog-items items-leading">{blog}</div>
<p><a href="/index.php/nyheter">Fler nyheter</a></p></div>
<div class="mod-custom custom events"><h2>Evenemang</h2><ul><li><a href="/index.php/kultur-och-fritid#evenemang">Valborg vid Renmyraån, 30 april</a></li><li><a href="/index.php/kultur-och-fritid#bibliotek">Bokcafé på biblioteket</a></li></ul></div>"""
    S.add("/", "index.html", chrome("", front, front=True))
    for a in S.areas:
        secs = "".join(f'<h2 id="{sid}">{esc(SUBS[sid][0])}</h2><p>{esc(S.fill(SUBS[sid][1]))}</p>' for sid in a["subs"])
        if a["slug"] == "naringsliv-och-arbete":
            secs += "<h2>Företagslotsen</h2><p>Företagslotsen hjälper dig som vill starta eller utveckla ett företag i Renmyra att hitta rätt bland tillstånd och kontakter.</p>"
        S.add(a["path"], a["slug"] + ".html", chrome(a["title"], f'<div class="com-content-article item-page"><div class="page-header"><h1>{esc(a["title"])}</h1></div><div class="com-content-article__body">{secs}</div></div>'))
    S.add(KO, "kontakta-oss.html", chrome("Kontakta oss", KONTAKTA))
    S.add("/index.php/nyheter", "nyheter.html", chrome("Nyheter", f'<div class="blog"><div class="page-header"><h1>Nyheter</h1></div>{blog}</div>'))
    for s, d, t, i, b in NEWS:
        S.add(f"/index.php/nyheter/{s}", f"nyhet-{s}.html", chrome(t, f'<div class="com-content-article item-page"><div class="page-header"><h1 itemprop="headline">{esc(t)}</h1></div><dl class="article-info"><dd class="published"><time datetime="{d}">{d}</time></dd></dl><div class="com-content-article__body"><p><strong>{esc(i)}</strong></p>{b}</div></div>'))
    S.add("/index.php/e-tjanster", "e-tjanster.html", chrome("E-tjänster", """<div class="com-content-article item-page"><div class="page-header"><h1>E-tjänster</h1></div><div class="com-content-article__body">
<h2 id="felanmalan">Felanmälan</h2><p>Anmäl fel på gator, vatten och belysning.</p>
<h2 id="synpunkt">Lämna en synpunkt</h2><p>Beröm, klagomål och förslag.</p></div></div>"""))
    S.add("/index.php/om-webbplatsen", "om-webbplatsen.html", chrome("Om webbplatsen", """<div class="com-content-article item-page"><div class="page-header"><h1>Om webbplatsen</h1></div><div class="com-content-article__body">
<h2 id="tillganglighet">Tillgänglighetsredogörelse</h2><p>Renmyra kommun står bakom den här webbplatsen.</p>
<h2 id="lattlast">Lättläst</h2><p>Renmyra är en liten kommun i Skåne.</p>
<h2 id="kakor">Kakor</h2><p>Vi använder kakor.</p></div></div>"""))
    S.files["sok.html"] = chrome("Sök", '<div class="com-finder finder"><h1>Sök</h1><!--SEARCH_RESULTS--></div>')
    S.search = {"path": "/index.php/sok", "param": "q", "template": "sok.html",
                "hits": {"servicekontor": [KO, "/index.php/nyheter/statens-servicekontor-langre-oppettider"],
                         "kundtjänst": [KO], "kundcenter": [KO], "kontaktcenter": [], "servicecenter": [KO],
                         "medborgarservice": []}}
    return S
