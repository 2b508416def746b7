"""9285 Storsunda: Bootstrap 5 navbar; Servicecenter offers chat, a contact form and booking as buttons/forms."""
from __future__ import annotations

from common import SUBS, Site, esc

SC = "/servicecenter/"

NEWS = [
    ("fiberutbyggnad-pa-landsbygden", "2025-04-02", "Fiberutbyggnaden når fler byar i år",
     "Ytterligare 600 hushåll på landsbygden får möjlighet att ansluta sig till fibernätet.",
     "<p>Grävarbetet börjar i maj i Västersunda och fortsätter under sommaren mot Kroknäs.</p>"),
    ("strandstadning-22-april", "2025-03-28", "Var med och städa stränderna den 22 april",
     "Kommunen bjuder på säckar, handskar och fika.",
     "<p>Samling vid Badviken klockan 10. Skolklasser och föreningar är särskilt välkomna.</p>"),
    ("nya-taxor-for-vatten", "2025-03-19", "Nya taxor för vatten och avlopp från 1 juli",
     "Den fasta avgiften höjs med fyra procent.",
     "<p>Höjningen behövs för att förnya ledningsnätet. Ett normalhus får en ökad kostnad på cirka 25 kronor i månaden.</p>"),
]

SERVICE = """<div class="row">
<div class="col-lg-8">
<h1 class="display-6 mb-3">Servicecenter</h1>
<p class="lead">Storsunda servicecenter svarar på dina frågor om kommunens verksamheter – allt från avgifter för förskola och skolskjuts till bygglov, sophämtning, snöröjning och bostadsanpassning.</p>
<p>Vi kan också hjälpa dig att fylla i ansökningar, och vi ser till att ditt ärende kommer till rätt handläggare om vi inte kan svara direkt.</p>
<div class="card mb-4" id="chatt">
<div class="card-body">
<h2 class="h4 card-title">Chatta med oss</h2>
<p class="card-text">Få svar direkt av en av våra servicehandläggare.</p>
<button type="button" class="btn btn-primary btn-lg" id="chat-start" data-chat-widget="servicecenter"><i class="bi bi-chat-dots" aria-hidden="true"></i> Chatta med Servicecenter</button>
<table class="table table-sm mt-3 w-auto">
<caption class="caption-top">Chatten är öppen</caption>
<tbody><tr><th scope="row">Måndag–torsdag</th><td>8.00–16.30</td></tr><tr><th scope="row">Fredag</th><td>8.00–15.00</td></tr><tr><th scope="row">Lördag–söndag</th><td>Stängt</td></tr></tbody>
</table>
</div>
</div>
<div class="card mb-4" id="fraga">
<div class="card-body">
<h2 class="h4 card-title">Skicka en fråga</h2>
<p class="card-text">Fyll i formuläret så svarar vi inom två arbetsdagar.</p>
<form action="/servicecenter/tack/" method="post" class="needs-validation" novalidate>
<div class="mb-3"><label for="f-namn" class="form-label">Namn</label><input type="text" class="form-control" id="f-namn" name="namn" required></div>
<div class="mb-3"><label for="f-epost" class="form-label">Din e-postadress</label><input type="email" class="form-control" id="f-epost" name="epost" required></div>
<div class="mb-3"><label for="f-tel" class="form-label">Telefonnummer (frivilligt)</label><input type="tel" class="form-control" id="f-tel" name="telefon"></div>
<div class="mb-3"><label for="f-fraga" class="form-label">Din fråga</label><textarea class="form-control" id="f-fraga" name="fraga" rows="5" required></textarea></div>
<div class="form-check mb-3"><input class="form-check-input" type="checkbox" id="f-ring" name="ring"><label class="form-check-label" for="f-ring">Jag vill hellre att ni ringer upp mig</label></div>
<button type="submit" class="btn btn-primary">Skicka frågan</button>
</form>
</div>
</div>
<div class="card mb-4" id="besok">
<div class="card-body">
<h2 class="h4 card-title">Boka ett besök</h2>
<p class="card-text">Vill du träffa oss i stadshuset? Boka en tid så har vi förberett ditt ärende när du kommer.</p>
<form action="/e-tjanster/boka-besok/" method="get" class="d-inline"><input type="hidden" name="enhet" value="servicecenter"><button type="submit" class="btn btn-outline-primary">Boka tid</button></form>
</div>
</div>
</div>
<aside class="col-lg-4">
<div class="card bg-light"><div class="card-body">
<h2 class="h5">Bra att veta</h2>
<ul class="small"><li>Vi har tystnadsplikt och hanterar dina uppgifter enligt dataskyddsförordningen.</li><li>Servicecenter är en del av <a href="/kommun-och-politik/#organisation">kommunledningsförvaltningen</a>.</li></ul>
</div></div>
</aside>
</div>
<p class="text-muted small mt-4">Sidansvarig: Emma Lund, webbredaktör. Uppdaterad 2025-03-03.</p>"""


def build() -> Site:
    S = Site("9285", "Storsunda", "Storsunda kommun", "14", "Västra Götalands län", "bootstrap", "storsunda.se",
             "031-390 06 50", "+46313900650", "999 71", "Sundsgatan 5")
    S.set_areas([
        ("barn", None, [], []),
        ("omsorg", "Omsorg och hjälp", [], []),
        ("bygga", "Bo och bygga", [], []),
        ("trafik", None, [], []),
        ("kultur", None, [], []),
        ("naring", None, [], []),
        ("kommun", None, [], []),
    ], lambda slug: f"/{slug}/")

    def nav() -> str:
        li = []
        for i, a in enumerate(S.areas, 1):
            sub = "".join(f'<li><a class="dropdown-item" href="{esc(h)}">{esc(t)}</a></li>' for _, t, h in a["items"])
            li.append(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{a["path"]}" id="dd{i}" role="button" data-bs-toggle="dropdown" aria-expanded="false">{esc(a["title"])}</a>'
                      f'<ul class="dropdown-menu" aria-labelledby="dd{i}"><li><a class="dropdown-item fw-bold" href="{a["path"]}">Allt om {esc(a["title"].lower())}</a></li><li><hr class="dropdown-divider"></li>{sub}</ul></li>')
        return "".join(li)

    def chrome(title: str, main: str, front: bool = False) -> str:
        t = "Storsunda kommun" if front else f"{title} | Storsunda kommun"
        return f"""<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(t)}</title>
<style>.dropdown-menu{{display:none}}.dropdown-menu.show{{display:block}}.visually-hidden{{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}}</style>
</head>
<body>
<a class="visually-hidden-focusable" href="#innehall">Till innehållet</a>
<div class="bg-dark text-white small py-1">
<div class="container d-flex justify-content-end gap-3">
<button type="button" class="btn btn-link btn-sm text-white p-0" data-listen>Lyssna</button>
<a class="text-white" href="/om-webbplatsen/#lattlast">Lättläst</a>
<a class="text-white" href="/om-webbplatsen/#languages" lang="en">Languages</a>
</div>
</div>
<nav class="navbar navbar-expand-lg navbar-light bg-white border-bottom" aria-label="Huvudmeny">
<div class="container">
<a class="navbar-brand" href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Storsunda kommun" width="170" height="48"></a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainNav">
<ul class="navbar-nav me-auto mb-2 mb-lg-0">
{nav()}
</ul>
<ul class="navbar-nav">
<li class="nav-item"><a class="nav-link fw-bold" href="{SC}"><i class="bi bi-headset" aria-hidden="true"></i> Servicecenter</a></li>
</ul>
<form class="d-flex ms-lg-3" role="search" action="/sok/" method="get"><input class="form-control me-2" type="search" name="q" placeholder="Sök" aria-label="Sök"><button class="btn btn-outline-secondary" type="submit">Sök</button></form>
</div>
</div>
</nav>
<main id="innehall" class="container py-4">
{main}
</main>
<footer class="bg-light border-top mt-5 py-4">
<div class="container">
<div class="row">
<div class="col-md-4"><h2 class="h6">Storsunda kommun</h2><p class="small">Stadshuset, Sundsgatan 5<br>999 71 Storsunda<br>Växel 031-390 06 50<br>kommun@storsunda.se</p></div>
<div class="col-md-4"><h2 class="h6">Genvägar</h2><ul class="list-unstyled small"><li><a href="/naringsliv-och-arbete/#lediga-jobb">Lediga jobb</a></li><li><a href="/e-tjanster/">E-tjänster</a></li><li><a href="/nyheter/">Nyheter</a></li></ul></div>
<div class="col-md-4"><h2 class="h6">Om webbplatsen</h2><ul class="list-unstyled small"><li><a href="/om-webbplatsen/#tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/om-webbplatsen/#kakor">Cookies</a></li></ul><p class="small">Org.nr 212000-9285</p></div>
</div>
</div>
</footer>
<div class="toast-container position-fixed bottom-0 end-0 p-3"><div class="toast show" role="status" aria-live="polite"><div class="toast-body">Vi använder kakor. <button type="button" class="btn btn-sm btn-primary">OK</button></div></div></div>
</body>
</html>
"""

    cards = "".join(
        f'<div class="col-md-4"><div class="card h-100"><div class="card-body"><p class="text-muted small">{d}</p><h3 class="h5 card-title"><a class="stretched-link" href="/nyheter/{s}/">{esc(t)}</a></h3><p class="card-text">{esc(i)}</p></div></div></div>'
        for s, d, t, i, _ in NEWS)
    front = f"""<div class="p-4 mb-4 bg-primary text-white rounded-3">
<h1 class="display-5">Välkommen till Storsunda</h1>
<p class="fs-5">Skärgårdskommunen där du har nära till allt.</p>
<div class="d-flex flex-wrap gap-2">
<a class="btn btn-light" href="/barn-och-utbildning/#forskola">Förskola</a>
<a class="btn btn-light" href="/bygga-bo-och-miljo/#avfall">Sophämtning</a>
<a class="btn btn-light" href="/trafik-och-gator/#snorojning">Snöröjning</a>
<a class="btn btn-light" href="/naringsliv-och-arbete/#lediga-jobb">Lediga jobb</a>
</div>
</div>
<section class="mb-4"><h2 class="h3">Nyheter</h2><div class="row g-3">{cards}</div><p class="mt-2"><a href="/nyheter/">Fler nyheter</a></p></section>
<section class="mb-4"><h2 class="h3">E-tjänster</h2>
<div class="d-flex flex-wrap gap-2">
<form action="/e-tjanster/" method="get"><input type="hidden" name="kategori" value="forskola"><button class="btn btn-outline-primary" type="submit">Ansök om förskoleplats</button></form>
<form action="/e-tjanster/" method="get"><input type="hidden" name="kategori" value="bygglov"><button class="btn btn-outline-primary" type="submit">Ansök om bygglov</button></form>
<form action="/e-tjanster/" method="get"><input type="hidden" name="kategori" value="felanmalan"><button class="btn btn-outline-primary" type="submit">Felanmälan</button></form>
</div></section>
<section class="mb-4"><h2 class="h3">Evenemang</h2><ul><li><a href="/kultur-och-fritid/#evenemang">Sjöfartens dag i hamnen, 7 juni</a></li><li><a href="/kultur-och-fritid/#bibliotek">Språkcafé på biblioteket, tisdagar</a></li></ul></section>"""
    S.add("/", "index.html", chrome("", front, front=True))
    for a in S.areas:
        secs = "".join(f'<h2 class="h4" id="{sid}">{esc(SUBS[sid][0])}</h2><p>{esc(S.fill(SUBS[sid][1]))}</p>' for sid in a["subs"])
        S.add(a["path"], a["slug"] + ".html", chrome(a["title"], f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Start</a></li><li class="breadcrumb-item active" aria-current="page">{esc(a["title"])}</li></ol></nav><h1 class="display-6">{esc(a["title"])}</h1>{secs}'))
    S.add(SC, "servicecenter.html", chrome("Servicecenter", SERVICE))
    S.add("/servicecenter/tack/", "tack.html", chrome("Tack för din fråga", """<h1 class="display-6">Tack för din fråga!</h1>
<p>Vi har tagit emot din fråga och svarar inom två arbetsdagar.</p><p><a class="btn btn-primary" href="/">Till startsidan</a></p>"""))
    S.add("/e-tjanster/boka-besok/", "boka-besok.html", chrome("Boka besök", """<h1 class="display-6">Boka besök</h1>
<p>Välj dag och tid. Du får en bekräftelse via sms eller e-post.</p>
<form action="/e-tjanster/boka-besok/" method="post">
<div class="mb-3"><label class="form-label" for="b-dag">Dag</label><select class="form-select" id="b-dag" name="dag"><option>Måndag 7 april</option><option>Tisdag 8 april</option><option>Onsdag 9 april</option></select></div>
<div class="mb-3"><label class="form-label" for="b-tid">Tid</label><select class="form-select" id="b-tid" name="tid"><option>9.00</option><option>10.30</option><option>13.00</option><option>14.30</option></select></div>
<div class="mb-3"><label class="form-label" for="b-arende">Vad gäller ditt besök?</label><input class="form-control" id="b-arende" name="arende"></div>
<button class="btn btn-primary" type="submit">Boka</button>
</form>"""))
    S.add("/e-tjanster/", "e-tjanster.html", chrome("E-tjänster", """<h1 class="display-6">E-tjänster</h1>
<p class="lead">Logga in med BankID eller Freja eID.</p>
<div class="list-group">
<a class="list-group-item list-group-item-action" href="/barn-och-utbildning/#forskola">Ansök om förskoleplats</a>
<a class="list-group-item list-group-item-action" href="/bygga-bo-och-miljo/#bygglov">Ansök om bygglov</a>
<a class="list-group-item list-group-item-action" href="/trafik-och-gator/#gator-och-vagar">Felanmälan gator och belysning</a>
<a class="list-group-item list-group-item-action" href="/e-tjanster/boka-besok/">Boka besök i stadshuset</a>
</div>"""))
    S.add("/nyheter/", "nyheter.html", chrome("Nyheter", f'<h1 class="display-6">Nyheter</h1><div class="row g-3">{cards}</div>'))
    for s, d, t, i, b in NEWS:
        S.add(f"/nyheter/{s}/", f"nyhet-{s}.html", chrome(t, f'<article><h1 class="display-6">{esc(t)}</h1><p class="text-muted">{d}</p><p class="lead">{esc(i)}</p>{b}</article>'))
    S.add("/om-webbplatsen/", "om-webbplatsen.html", chrome("Om webbplatsen", """<h1 class="display-6">Om webbplatsen</h1>
<h2 class="h4" id="tillganglighet">Tillgänglighetsredogörelse</h2><p>Storsunda kommun står bakom den här webbplatsen och vill att så många som möjligt ska kunna använda den.</p>
<h2 class="h4" id="lattlast">Lättläst</h2><p>Storsunda är en kommun vid havet.</p>
<h2 class="h4" id="languages" lang="en">Languages</h2><p lang="en">Use your browser's translation function.</p>
<h2 class="h4" id="kakor">Cookies</h2><p>Vi använder kakor för statistik och för att chatten ska fungera.</p>"""))
    S.files["sok.html"] = chrome("Sök", '<h1 class="display-6">Sök</h1><!--SEARCH_RESULTS-->')
    S.search = {"path": "/sok/", "param": "q", "template": "sok.html",
                "hits": {"servicecenter": [SC, "/servicecenter/tack/"], "chatt": [SC], "kontaktcenter": [], "kundtjänst": [],
                         "medborgarservice": []}}
    return S
