"""8097 Fågelmyra: Bootstrap 3 navbar with dropdown-menu, / 301 -> /sv/; the service page has no <title>."""
from common import AREAS, COOKIE, ESERVICES, TOPBAR, slug, write_site

K = "Fågelmyra"
SVC = "/sv/kommun-och-politik/servicecenter/"
FTG = "/sv/naringsliv-och-arbete/servicecenter-for-foretag/"


def navbar() -> str:
    out = []
    for a, s, subs in AREAS:
        items = [(x, f"/sv/{s}/{slug(x)}/") for x in subs]
        if s == "kommun-och-politik":
            items.insert(2, ("Servicecenter", SVC))
        if s == "naringsliv-och-arbete":
            items.insert(1, ("Servicecenter för företag", FTG))
        li = "\n".join(f'<li><a href="{h}">{x}</a></li>' for x, h in items)
        out.append(f"""<li class="dropdown">
<a href="#" class="dropdown-toggle" data-toggle="dropdown" role="button" aria-haspopup="true" aria-expanded="false">{a} <span class="caret"></span></a>
<ul class="dropdown-menu">
<li><a href="/sv/{s}/">Översikt: {a}</a></li>
<li role="separator" class="divider"></li>
{li}
</ul>
</li>""")
    return "\n".join(out)


def page(title: str | None, content: str) -> str:
    t = f"<title>{title}</title>\n" if title else ""
    top = "\n".join(f'<li><a href="/sv/{slug(x)}/">{x}</a></li>' for x in TOPBAR)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
{t}<link href="/static/bootstrap-3.3.7/css/bootstrap.min.css" rel="stylesheet">
<link href="/static/css/fagelmyra.css" rel="stylesheet">
<!--[if lt IE 9]><script src="/static/js/html5shiv.min.js"></script><![endif]-->
</head>
<body>
<div class="alert alert-info cookie-alert" id="cookieAlert">{COOKIE}
<a href="/sv/om-webbplatsen/kakor/" class="alert-link">Läs mer</a>
<button type="button" class="btn btn-primary btn-xs" data-dismiss="alert">OK</button></div>
<div class="topbar hidden-xs"><div class="container"><ul class="list-inline pull-right">
{top}
<li><a href="/sv/kontakt/"><span class="glyphicon glyphicon-earphone"></span> Kontakt</a></li>
</ul></div></div>
<div class="container header-row">
<div class="row">
<div class="col-sm-6"><a class="logo" href="/sv/"><img src="/static/img/fagelmyra-logo.png" alt="Fågelmyra kommun" height="64"></a></div>
<div class="col-sm-6"><form class="navbar-form pull-right" action="/sv/sok/" method="get">
<div class="input-group"><input type="text" class="form-control" name="q" placeholder="Sök">
<span class="input-group-btn"><button class="btn btn-default" type="submit">Sök</button></span></div></form></div>
</div>
</div>
<div class="navbar navbar-default">
<div class="container">
<div class="navbar-header">
<button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#huvudmeny" aria-expanded="false">
<span class="sr-only">Visa meny</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
</div>
<div class="collapse navbar-collapse" id="huvudmeny">
<ul class="nav navbar-nav">
{navbar()}
</ul>
</div>
</div>
</div>
<div class="container" id="innehall">
{content}
</div>
<div class="footer-wrap"><div class="container"><div class="row">
<div class="col-sm-4"><h4>Fågelmyra kommun</h4><p>Box 3<br>999 27 Fågelmyra<br>Besöksadress: Järnvägsgatan 5</p></div>
<div class="col-sm-4"><h4>Kontakt</h4><p>Växel: <a href="tel:+46406280400">040-628 04 00</a><br>
E-post: <a href="mailto:kommun@fagelmyra.se">kommun@fagelmyra.se</a><br>Org.nr: 212000-9997</p></div>
<div class="col-sm-4"><h4>Om webbplatsen</h4><p><a href="/sv/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a><br>
<a href="/sv/om-webbplatsen/kakor/">Kakor</a><br><a href="/sv/om-webbplatsen/personuppgifter/">Personuppgifter</a></p></div>
</div></div></div>
<script src="/static/js/jquery-1.12.4.min.js"></script>
<script src="/static/bootstrap-3.3.7/js/bootstrap.min.js"></script>
</body>
</html>
"""


FRONT = f"""<div id="karusell" class="carousel slide" data-ride="carousel">
<div class="carousel-inner" role="listbox">
<div class="item active"><img src="/static/img/hero-myren.jpg" alt="Spänger över Stormyren">
<div class="carousel-caption"><h1>Välkommen till Fågelmyra</h1><p>Naturnära boende, 40 minuter från stan.</p></div></div>
<div class="item"><img src="/static/img/hero-skola.jpg" alt="Elever på skolgården">
<div class="carousel-caption"><h2>Ansök om förskoleplats</h2><p><a class="btn btn-primary" href="/sv/e-tjanster/ansok-om-forskoleplats/">Till e-tjänsten</a></p></div></div>
</div>
<a class="left carousel-control" href="#karusell" role="button" data-slide="prev"><span class="sr-only">Föregående</span></a>
<a class="right carousel-control" href="#karusell" role="button" data-slide="next"><span class="sr-only">Nästa</span></a>
</div>
<div class="alert alert-warning"><strong>Driftinformation:</strong> Kommunens telefoni uppgraderas söndag 26 januari kl. 6&ndash;9.</div>
<div class="row">
<div class="col-md-8"><h2>Nyheter</h2>
<div class="media"><div class="media-body"><h3 class="media-heading"><a href="/sv/nyheter/vaxande-kommun/">Fågelmyra växer för femte året i rad</a></h3><p>Befolkningen ökade med 112 personer under 2024.</p></div></div>
<div class="media"><div class="media-body"><h3 class="media-heading"><a href="/sv/nyheter/gang-och-cykel/">Ny gång- och cykelväg till stationen</a></h3><p>Bygget startar i april.</p></div></div>
<div class="media"><div class="media-body"><h3 class="media-heading"><a href="/sv/nyheter/foretagsfrukost/">Företagsfrukost med Servicecenter för företag</a></h3><p>Välkommen till frukostmöte om upphandling den 6 februari.</p></div></div>
<p><a href="/sv/nyheter/">Alla nyheter</a></p></div>
<div class="col-md-4"><div class="panel panel-default"><div class="panel-heading">E-tjänster</div>
<div class="list-group">{"".join(f'<a class="list-group-item" href="/sv/e-tjanster/{slug(x)}/">{x}</a>' for x in ESERVICES)}</div></div>
<div class="panel panel-default"><div class="panel-heading">Evenemang</div><div class="panel-body">
<p>2 feb &ndash; Fågelskådning vid tornet<br>11 feb &ndash; Sportlovsaktiviteter för unga</p>
<p><a href="/sv/naringsliv-och-arbete/lediga-jobb/">Lediga jobb</a> &middot; <a href="/sv/a-o/">A&ndash;Ö</a></p></div></div></div>
</div>"""

SERVICE = """<ol class="breadcrumb"><li><a href="/sv/">Start</a></li><li><a href="/sv/kommun-och-politik/">Kommun och politik</a></li><li class="active">Servicecenter</li></ol>
<div class="row"><div class="col-md-8">
<h1>Servicecenter</h1>
<p class="lead">Servicecenter är kommunens gemensamma ingång för dig som är invånare i Fågelmyra.</p>
<h2>Vi kan hjälpa dig med</h2>
<ul><li>frågor om förskola, fritids och skolskjuts</li><li>sophämtning, slamtömning och latrin</li>
<li>felanmälan av gator, vägbelysning och lekplatser</li><li>ansökan om parkeringstillstånd och färdtjänst</li>
<li>lokalbokning och uthyrning av idrottshallar</li></ul>
<h2>Kontakta oss</h2>
<p>Ring <a href="tel:+46406280410">040-628 04 10</a> eller <button class="btn btn-success btn-sm" id="startaChatt">Chatta med servicecenter</button></p>
<p>Telefon och chatt är öppna vardagar 8.00&ndash;16.30.</p>
</div>
<div class="col-md-4"><div class="panel panel-default"><div class="panel-heading">Ansvarig</div>
<div class="panel-body"><p>Chef för servicecenter: Ingrid Sävström<br><a href="mailto:ingrid.savstrom@fagelmyra.se">ingrid.savstrom@fagelmyra.se</a></p></div></div></div>
</div>"""

FTGPAGE = """<ol class="breadcrumb"><li><a href="/sv/">Start</a></li><li><a href="/sv/naringsliv-och-arbete/">Näringsliv och arbete</a></li><li class="active">Servicecenter för företag</li></ol>
<h1>Servicecenter för företag</h1>
<p>Servicecenter för företag hjälper dig som driver eller vill starta företag med tillstånd, lokaler och upphandling.</p>
<p>Telefon: 040-628 04 30<br>E-post: foretag@fagelmyra.se</p>
<p>Näringslivschef: Oskar Brink</p>"""


def np(h: str, body: str) -> str:
    return f'<ol class="breadcrumb"><li><a href="/sv/">Start</a></li><li><a href="/sv/nyheter/">Nyheter</a></li></ol>\n<h1>{h}</h1>\n{body}'


def build() -> None:
    files = {
        "index.html": page("Fågelmyra kommun", FRONT),
        "servicecenter.html": page(None, SERVICE),
        "foretag.html": page("Servicecenter för företag | Fågelmyra kommun", FTGPAGE),
        "kontakt.html": page("Kontakt | Fågelmyra kommun", """<h1>Kontakt</h1>
<p>Växel: 040-628 04 00<br>E-post: kommun@fagelmyra.se<br>Postadress: Box 3, 999 27 Fågelmyra</p>
<p><a href="/sv/kommun-och-politik/servicecenter/">Servicecenter</a> &middot; <a href="/sv/naringsliv-och-arbete/servicecenter-for-foretag/">Servicecenter för företag</a></p>"""),
        "nyheter.html": page("Nyheter | Fågelmyra kommun", np("Nyheter", """<ul>
<li><a href="/sv/nyheter/vaxande-kommun/">Fågelmyra växer för femte året i rad</a></li>
<li><a href="/sv/nyheter/gang-och-cykel/">Ny gång- och cykelväg till stationen</a></li>
<li><a href="/sv/nyheter/foretagsfrukost/">Företagsfrukost med Servicecenter för företag</a></li></ul>""")),
        "n1.html": page("Fågelmyra växer | Fågelmyra kommun", np("Fågelmyra växer för femte året i rad",
                        "<p>Den 31 december hade Fågelmyra 9 412 invånare, 112 fler än ett år tidigare.</p>")),
        "n2.html": page("Ny gång- och cykelväg | Fågelmyra kommun", np("Ny gång- och cykelväg till stationen",
                        "<p>En ny gång- och cykelväg byggs längs Järnvägsgatan. Arbetet startar i april och är klart i oktober.</p>")),
        "n3.html": page("Företagsfrukost | Fågelmyra kommun", np("Företagsfrukost med Servicecenter för företag",
                        "<p>Servicecenter för företag bjuder in till frukost om offentlig upphandling torsdag 6 februari kl. 7.30.</p>")),
        "tillganglighet.html": page("Tillgänglighetsredogörelse | Fågelmyra kommun", np("Tillgänglighetsredogörelse",
            "<p>Fågelmyra kommun står bakom den här webbplatsen. Webbplatsen är delvis förenlig med lagen om tillgänglighet "
            "till digital offentlig service. Några sidor saknar sidtitel och karusellen på startsidan kan inte pausas.</p>"
            "<p>Kontakta oss på kommun@fagelmyra.se. Du kan anmäla till Digg.</p>")),
        "kakor.html": page("Kakor | Fågelmyra kommun", np("Kakor", "<p>Vi använder kakor för att webbplatsen ska fungera.</p>")),
        "sok.html": page("Sök | Fågelmyra kommun", "<h1>Sök</h1>\n<!--SEARCH_RESULTS-->"),
    }
    pages = {"/sv/": "index.html", SVC: "servicecenter.html", FTG: "foretag.html", "/sv/kontakt/": "kontakt.html",
             "/sv/nyheter/": "nyheter.html", "/sv/nyheter/vaxande-kommun/": "n1.html",
             "/sv/nyheter/gang-och-cykel/": "n2.html", "/sv/nyheter/foretagsfrukost/": "n3.html",
             "/sv/om-webbplatsen/tillganglighetsredogorelse/": "tillganglighet.html",
             "/sv/om-webbplatsen/kakor/": "kakor.html"}
    manifest = {
        "kommunkod": "8097", "kommun": K, "lan_kod": "08", "lan": "Kalmar län", "family": "bootstrap3",
        "pages": pages, "redirects": {"/": ["/sv/", 301]},
        "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
        "sitemap": list(pages),
        "search": {"path": "/sv/sok/", "param": "q", "template": "sok.html",
                   "hits": {"servicecenter": [SVC, FTG, "/sv/nyheter/foretagsfrukost/"]}},
        "front_status": None,
    }
    write_site("8097", manifest, files)


if __name__ == "__main__":
    build()
