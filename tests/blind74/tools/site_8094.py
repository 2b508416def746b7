"""8094 Tjärnlunda: Sitevision-like (sv-layout/sv-portlet, hidden mega-menu panels, no main/footer elements),
with a <select> jump menu 'Hitta direkt' in the header."""
from common import AREAS, COOKIE, ESERVICES, TOPBAR, slug, write_site

K = "Tjärnlunda"
SVC = "/kommun-och-politik/kontaktcenter.4.71c3e2a1.html"
ORG = "/kommun-och-politik/organisation/kommunledningsforvaltningen.4.71c3e2b7.html"
KONTAKT = "/kontakta-oss.4.71c3e2c4.html"

CSS = """<style>
body{margin:0;font-family:"Source Sans Pro",Arial,sans-serif}
.sv-cookie{position:fixed;bottom:0;left:0;right:0;background:#0b3d5c;color:#fff;padding:1em}
.tl-topbar{background:#eaf1f5;font-size:.85em;padding:.3em 1em}
.tl-header{display:flex;gap:2em;align-items:center;padding:1em}
.tl-mega__panel[hidden]{display:none}
.tl-hero{background:#0b3d5c;color:#fff;padding:2em}
.tl-foot{background:#1f2a30;color:#eee;padding:2em}
</style>"""


def mega() -> str:
    out = []
    for i, (a, s, subs) in enumerate(AREAS, 1):
        sub = "\n".join(f'<li class="sv-channel-item"><a href="/{s}/{slug(x)}.html">{x}</a></li>' for x in subs)
        out.append(f"""<li class="tl-mega__item">
<a class="tl-mega__link" href="/{s}.html">{a}</a>
<button class="tl-mega__toggle" aria-expanded="false" aria-controls="mega{i}"><span class="env-assistive-text">Visa undersidor för {a}</span></button>
<div class="tl-mega__panel" id="mega{i}" hidden>
<ul class="sv-defaultlist">
{sub}
</ul>
</div>
</li>""")
    return '<div class="sv-vertical sv-layout tl-mega" id="svid10_mega"><ul class="tl-mega__list">\n' + "\n".join(out) + "\n</ul></div>"


def page(title: str, content: str) -> str:
    top = "\n".join(f'<a href="/{slug(x)}.html">{x}</a>' for x in TOPBAR)
    return f"""<!DOCTYPE html>
<html lang="sv" class="sv-no-js">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/sitevision/system-resource/c1b2a3/css/portlets.css">
{CSS}
</head>
<body class="sv-responsive">
<div class="sv-layout sv-cookie" id="svid10_cookie">
<p>{COOKIE}</p>
<a href="/om-webbplatsen/kakor.4.71c3e2d9.html">Läs mer om kakor</a>
<button type="button" onclick="this.parentNode.remove()">Godkänn alla</button>
<button type="button" onclick="this.parentNode.remove()">Endast nödvändiga</button>
</div>
<div class="sv-layout" id="svid10_head">
<div class="sv-layout tl-topbar">
{top}
<a href="{KONTAKT}">Kontakta oss</a>
</div>
<div class="sv-layout tl-header">
<div class="sv-portlet sv-image-portlet"><a href="/"><img src="/images/18.71c3e2/logo-tjarnlunda.svg" alt="Tjärnlunda kommun, startsida" width="210" height="60"></a></div>
<div class="sv-portlet sv-searchform-portlet">
<form action="/sok.html" method="get" role="search">
<label for="q" class="env-assistive-text">Sök på webbplatsen</label>
<input id="q" name="query" type="search" placeholder="Vad letar du efter?">
<button type="submit">Sök</button>
</form>
</div>
<div class="sv-portlet sv-html-portlet tl-jump">
<label for="hitta">Hitta direkt</label>
<select id="hitta" onchange="if (this.value) location.href = this.value;">
<option value="">Välj ...</option>
<option value="{SVC}">Kommunens kontaktcenter</option>
<option value="/bygga-bo-och-miljo/avfall-och-atervinning.html">Sophämtning</option>
<option value="/barn-och-utbildning/forskola.html">Förskoleplats</option>
<option value="/naringsliv-och-arbete/lediga-jobb.html">Lediga jobb</option>
<option value="/kommun-och-politik/kommunfullmaktige.html">Kommunfullmäktige</option>
</select>
</div>
</div>
{mega()}
</div>
<div class="sv-layout" id="svid10_content">
{content}
</div>
<div class="sv-layout tl-foot" id="svid10_foot">
<div class="sv-portlet sv-text-portlet">
<h2 class="subheading">Tjärnlunda kommun</h2>
<p>Postadress: 999 74 Tjärnlunda<br>Besöksadress: Kommunhuset, Bruksgatan 2<br>
Växel: <a href="tel:+46313900600">031-390 06 00</a><br>
E-post: <a href="mailto:kommunen@tjarnlunda.se">kommunen@tjarnlunda.se</a><br>Org.nr: 212000-9994</p>
<p><a href="{SVC}">Kontaktcenter</a> | <a href="/om-webbplatsen/tillganglighetsredogorelse.4.71c3e2e1.html">Tillgänglighetsredogörelse</a> |
<a href="/om-webbplatsen/kakor.4.71c3e2d9.html">Kakor</a> | <a href="/om-webbplatsen/personuppgifter.html">Personuppgifter</a></p>
</div>
</div>
<script src="/sitevision/system-resource/c1b2a3/js/envision.js"></script>
</body>
</html>
"""


FRONT = f"""<div class="sv-layout tl-hero">
<div class="sv-portlet sv-image-portlet"><img src="/images/18.71c3e2/bruksdammen.jpg" alt="Bruksdammen i morgondimma"></div>
<div class="sv-portlet sv-text-portlet"><h1 class="heading">Välkommen till Tjärnlunda</h1>
<p class="normal">Bruksorten mitt i skogen &ndash; med närhet till allt.</p></div>
</div>
<div class="sv-layout tl-drift"><div class="sv-portlet sv-text-portlet"><h2 class="subheading">Driftinformation</h2>
<p class="normal">Vattenläcka på Hyttvägen: vattnet kan vara avstängt under förmiddagen.</p></div></div>
<div class="sv-layout tl-news"><div class="sv-portlet sv-archive-portlet">
<h2 class="subheading">Nyheter</h2>
<ul class="sv-channel">
<li class="sv-channel-item"><a href="/nyheter/nyheter/2025-01-17-vintercykling.html">Vintercykling &ndash; vi plogar cykelvägarna först</a><span class="date">17 januari 2025</span></li>
<li class="sv-channel-item"><a href="/nyheter/nyheter/2025-01-10-ny-skola.html">Byggstart för nya Bruksskolan</a><span class="date">10 januari 2025</span></li>
<li class="sv-channel-item"><a href="/nyheter/nyheter/2024-12-19-elnat.html">Tjärnlunda Elnät byter mätare</a><span class="date">19 december 2024</span></li>
</ul>
<a href="/nyheter.html">Fler nyheter</a>
</div></div>
<div class="sv-layout tl-eservices"><div class="sv-portlet sv-text-portlet">
<h2 class="subheading">Populära e-tjänster</h2>
<ul>{"".join(f'<li><a href="/e-tjanster/{slug(x)}.html">{x}</a></li>' for x in ESERVICES)}</ul>
<p><a href="/e-tjanster.html">Alla e-tjänster</a></p>
</div></div>
<div class="sv-layout tl-events"><div class="sv-portlet sv-text-portlet">
<h2 class="subheading">Evenemang</h2>
<p>29 januari: Bruksmuseets vinterkväll<br>5 februari: Öppet hus på kulturskolan<br>14 februari: Alla hjärtans dans i Folkets park</p>
<p><a href="/naringsliv-och-arbete/lediga-jobb.html">Lediga jobb</a> | <a href="/a-o.html">A&ndash;Ö</a></p>
</div></div>"""

SERVICE = f"""<div class="sv-layout tl-breadcrumbs"><a href="/">Start</a> / <a href="/kommun-och-politik.html">Kommun och politik</a> / Kontaktcenter</div>
<div class="sv-portlet sv-text-portlet"><h1 class="heading">Kontaktcenter</h1>
<p class="ingress">Kommunens kontaktcenter tar emot dina frågor till Tjärnlunda kommun. Du hittar oss vid Servicepunkten i kommunhusets entré.</p></div>
<div class="sv-portlet sv-text-portlet"><h2 class="subheading">Det här kan vi hjälpa dig med</h2>
<ul>
<li>förskola, skola och skolskjuts</li>
<li>avfallshämtning, vatten och avlopp</li>
<li>bygglov &ndash; vi hjälper dig att hitta rätt blankett</li>
<li>felanmälan av gator, parker och belysning</li>
<li>bokning av idrottshallar och möteslokaler</li>
</ul></div>
<div class="sv-portlet sv-text-portlet"><h2 class="subheading">Så når du oss</h2>
<p>Telefon: <a href="tel:+46313900610">031-390 06 10</a><br>
E-post: <a href="mailto:kontaktcenter@tjarnlunda.se">kontaktcenter@tjarnlunda.se</a><br>
Telefontid: måndag&ndash;fredag 8.00&ndash;16.30</p>
<p><button class="tl-chat" type="button">Chatta med oss</button></p></div>
<div class="sv-portlet sv-text-portlet"><h2 class="subheading">Organisation</h2>
<p>Kontaktcenter är en enhet inom <a href="{ORG}">kommunledningsförvaltningen</a>.</p></div>
<div class="sv-portlet sv-text-portlet"><p class="tl-updated">Sidansvarig: Webbredaktionen. Senast uppdaterad 2024-12-02.</p></div>"""

ORGPAGE = """<div class="sv-layout tl-breadcrumbs"><a href="/">Start</a> / <a href="/kommun-och-politik.html">Kommun och politik</a> / Kommunledningsförvaltningen</div>
<div class="sv-portlet sv-text-portlet"><h1 class="heading">Kommunledningsförvaltningen</h1>
<p class="normal">Kommunledningsförvaltningen leder och samordnar kommunens verksamheter på uppdrag av kommunstyrelsen.</p></div>
<div class="sv-portlet sv-table-portlet">
<table class="sv-table">
<caption>Enheter och chefer</caption>
<thead><tr><th>Enhet</th><th>Befattning</th><th>Namn</th></tr></thead>
<tbody>
<tr><td>Kommunledningsförvaltningen</td><td>Kommundirektör</td><td>Hans Lövgren</td></tr>
<tr><td>Ekonomienheten</td><td>Ekonomichef</td><td>Ulla Brandt</td></tr>
<tr><td>Kontaktcenter</td><td>Enhetschef</td><td>Maria Holmgren</td></tr>
<tr><td>Kommunikation</td><td>Kommunikationschef</td><td>Jonas Falk</td></tr>
</tbody>
</table></div>"""

KONTAKTPAGE = f"""<div class="sv-portlet sv-text-portlet"><h1 class="heading">Kontakta oss</h1>
<p>Växel: 031-390 06 00<br>E-post: kommunen@tjarnlunda.se<br>Postadress: 999 74 Tjärnlunda</p>
<p>Frågor om kommunens service? Vänd dig till <a href="{SVC}">Kontaktcenter</a>.</p></div>"""


def np(h: str, body: str) -> str:
    return (f'<div class="sv-layout tl-breadcrumbs"><a href="/">Start</a> / <a href="/nyheter.html">Nyheter</a></div>'
            f'<div class="sv-portlet sv-text-portlet"><h1 class="heading">{h}</h1>{body}</div>')


def build() -> None:
    files = {
        "index.html": page("Tjärnlunda kommun", FRONT),
        "kontaktcenter.html": page("Kontaktcenter - Tjärnlunda kommun", SERVICE),
        "org.html": page("Kommunledningsförvaltningen - Tjärnlunda kommun", ORGPAGE),
        "kontakta-oss.html": page("Kontakta oss - Tjärnlunda kommun", KONTAKTPAGE),
        "nyheter.html": page("Nyheter - Tjärnlunda kommun", np("Nyheter", """<ul>
<li><a href="/nyheter/nyheter/2025-01-17-vintercykling.html">Vintercykling &ndash; vi plogar cykelvägarna först</a></li>
<li><a href="/nyheter/nyheter/2025-01-10-ny-skola.html">Byggstart för nya Bruksskolan</a></li>
<li><a href="/nyheter/nyheter/2024-12-19-elnat.html">Tjärnlunda Elnät byter mätare</a></li></ul>""")),
        "n1.html": page("Vintercykling - Tjärnlunda kommun", np("Vintercykling &ndash; vi plogar cykelvägarna först",
                        "<p>I vinter prioriterar vi cykelvägarna till skolorna och stationen.</p>")),
        "n2.html": page("Byggstart för nya Bruksskolan - Tjärnlunda kommun", np("Byggstart för nya Bruksskolan",
                        "<p>Nu börjar bygget av nya Bruksskolan för 450 elever. Skolan ska vara klar hösten 2027.</p>")),
        "n3.html": page("Tjärnlunda Elnät byter mätare - Tjärnlunda kommun", np("Tjärnlunda Elnät byter mätare",
                        "<p>Tjärnlunda Elnät AB byter elmätare i hela kommunen under våren. "
                        "Frågor besvaras av Tjärnlunda Elnäts kundcenter, telefon 031-390 06 90.</p>")),
        "tillganglighet.html": page("Tillgänglighetsredogörelse - Tjärnlunda kommun", np("Tillgänglighetsredogörelse",
            "<p>Tjärnlunda kommun står bakom den här webbplatsen. Webbplatsen är delvis förenlig med lagen om "
            "tillgänglighet till digital offentlig service. Menyn Hitta direkt fungerar inte utan JavaScript.</p>"
            "<p>Kontakta kontaktcenter om du behöver innehåll i ett annat format. Du kan anmäla till Digg.</p>")),
        "kakor.html": page("Kakor - Tjärnlunda kommun", np("Kakor", "<p>Vi använder nödvändiga kakor och, om du godkänner, kakor för statistik.</p>")),
        "sok.html": page("Sök - Tjärnlunda kommun", np("Sök", "<!--SEARCH_RESULTS-->")),
    }
    pages = {"/": "index.html", SVC: "kontaktcenter.html", ORG: "org.html", KONTAKT: "kontakta-oss.html",
             "/nyheter.html": "nyheter.html", "/nyheter/nyheter/2025-01-17-vintercykling.html": "n1.html",
             "/nyheter/nyheter/2025-01-10-ny-skola.html": "n2.html",
             "/nyheter/nyheter/2024-12-19-elnat.html": "n3.html",
             "/om-webbplatsen/tillganglighetsredogorelse.4.71c3e2e1.html": "tillganglighet.html",
             "/om-webbplatsen/kakor.4.71c3e2d9.html": "kakor.html"}
    manifest = {
        "kommunkod": "8094", "kommun": K, "lan_kod": "20", "lan": "Dalarnas län", "family": "sitevision",
        "pages": pages, "redirects": {},
        "robots": "User-agent: *\nDisallow: /sitevision/\nSitemap: __ORIGIN__/sitemap.xml\n",
        "sitemap": list(pages),
        "search": {"path": "/sok.html", "param": "query", "template": "sok.html",
                   "hits": {"kontaktcenter": [SVC, ORG], "kundcenter": ["/nyheter/nyheter/2024-12-19-elnat.html"]}},
        "front_status": None,
    }
    write_site("8094", manifest, files)


if __name__ == "__main__":
    build()
