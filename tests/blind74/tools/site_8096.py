"""8096 Norrgölen: XHTML 1.0 Transitional from ~2008 (div ids, CSS dropdowns, <center>), / 302 -> /norrgolen/start.html,
an <iframe> of the site's own news feed on the front page; the unit is linked only from the footer."""
from common import AREAS, COOKIE, ESERVICES, TOPBAR, slug, write_site

K = "Norrgölen"
B = "/norrgolen"


def nav() -> str:
    li = []
    for a, s, subs in AREAS:
        sub = "\n".join(f'  <li><a href="{B}/{s}/{slug(x)}.html">{x}</a></li>' for x in subs)
        li.append(f'<li class="l1"><a href="{B}/{s}.html">{a}</a>\n <ul class="l2">\n{sub}\n </ul>\n</li>')
    return '<div id="nav">\n<ul class="l1">\n' + "\n".join(li) + "\n</ul>\n</div>"


def page(title: str, content: str, right: str = "") -> str:
    top = " | ".join(f'<a href="{B}/{slug(x)}.html">{x}</a>' for x in TOPBAR)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv" lang="sv">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<link rel="stylesheet" type="text/css" href="{B}/css/norrgolen.css" />
<style type="text/css">
#nav ul.l2 {{ display:none; position:absolute }} #nav li.l1:hover ul.l2 {{ display:block }}
#cookiebar {{ background:#444; color:#fff; padding:6px }}
</style>
</head>
<body>
<div id="cookiebar">{COOKIE} <a href="{B}/kakor.html">Läs mer</a> <a href="#" onclick="document.getElementById('cookiebar').style.display='none';return false;">Stäng</a></div>
<div id="wrapper">
<div id="top">
<div id="toplinks">{top} | <a href="{B}/kontakt.html">Kontakt</a></div>
<div id="logo"><a href="{B}/start.html"><img src="{B}/img/norrgolen_logga.gif" alt="Norrgölens kommun" width="240" height="70" /></a></div>
<div id="search"><form action="{B}/sok.html" method="get"><input type="text" name="q" value="Sök..." onfocus="this.value=''" /><input type="submit" value="Sök" /></form></div>
</div>
{nav()}
<div id="content">
{content}
</div>
<div id="right">
{right or '<div class="box"><h3>Genvägar</h3><ul><li><a href="' + B + '/lediga-jobb.html">Lediga jobb</a></li><li><a href="' + B + '/matsedlar.html">Matsedlar</a></li><li><a href="' + B + '/a-o.html">A-Ö</a></li></ul></div>'}
</div>
<div id="footer">
<center>
<strong>Norrgölens kommun</strong> &middot; 999 16 Norrgölen &middot; Besöksadress: Sjögatan 11<br />
Växel: 08-465 004 00 &middot; E-post: <a href="mailto:kommunen@norrgolen.se">kommunen@norrgolen.se</a> &middot; Org.nr 212000-9996<br />
<a href="{B}/medborgarservice.html">Medborgarservice</a> &middot; <a href="{B}/tillganglighet.html">Tillgänglighetsredogörelse</a> &middot;
<a href="{B}/kakor.html">Kakor</a> &middot; <a href="{B}/personuppgifter.html">Personuppgifter</a>
</center>
</div>
</div>
</body>
</html>
"""


FRONT = f"""<div id="puff">
<img src="{B}/img/puff_isvagen.jpg" alt="Isvägen över Norrgölen är öppen" width="560" height="220" />
<h1>Isvägen är öppen!</h1>
<p>Isvägen mellan Byn och Holmen är öppen för bilar upp till 2,5 ton. <a href="{B}/trafik-och-gator/isvagen.html">Läs mer om isvägen</a></p>
</div>
<div class="drift"><strong>Driftinformation:</strong> Inga kända störningar just nu.</div>
<h2>Nyheter</h2>
<iframe src="{B}/nyheter/flode.html" title="Senaste nyheterna" width="560" height="260" frameborder="0" scrolling="auto"></iframe>
<h2>E-tjänster</h2>
<ul class="etj">
{"".join(f'<li><a href="{B}/e-tjanster/{slug(x)}.html">{x}</a></li>' for x in ESERVICES)}
</ul>
<h2>Evenemang</h2>
<p>30 januari: Långfärdsskridsko för nybörjare<br />6 februari: Föreläsning om bygdens historia<br />15 februari: Vintermarknad</p>"""

FLODE = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="sv">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<base target="_top" />
<style type="text/css">body {{ font: 12px Verdana; margin: 0 }} p {{ margin: 0 0 8px }}</style>
</head>
<body>
<p><span class="datum">2025-01-20</span><br /><a href="{B}/nyheter/medborgarservice-sommar.html"><strong>Medborgarservice har sommaröppet från juni</strong></a><br />
Nya öppettider i sommar.</p>
<p><span class="datum">2025-01-13</span><br /><a href="{B}/nyheter/isvagen.html"><strong>Isvägen är öppen</strong></a><br />
Isvägen till Holmen är plogad och öppen.</p>
<p><span class="datum">2024-12-30</span><br /><a href="{B}/nyheter/nyarsafton.html"><strong>Fyrverkerier på nyårsafton</strong></a><br />
Tänk på djuren och grannarna.</p>
<p><a href="{B}/nyheter.html">Alla nyheter</a></p>
</body>
</html>
"""

SERVICE = f"""<p class="brodsmulor"><a href="{B}/start.html">Start</a> &raquo; Medborgarservice</p>
<h1>Medborgarservice</h1>
<p class="ingress">Medborgarservice är kommunens gemensamma kontaktväg för dig som har frågor till Norrgölens kommun.</p>
<p>Vi svarar på frågor om bygglov, sophämtning och slam, förskola och skola, hemtjänst och färdtjänst.
Vi tar också emot felanmälan om gator och belysning.</p>
<h2>Kontakta Medborgarservice</h2>
<p>Telefon: 08-465 004 10<br />
E-post: <a href="mailto:medborgarservice@norrgolen.se">medborgarservice@norrgolen.se</a></p>
<table class="tider" summary="Telefontider">
<tr><th>Dag</th><th>Telefontid</th></tr>
<tr><td>Måndag&ndash;torsdag</td><td>8.00&ndash;16.00</td></tr>
<tr><td>Fredag</td><td>8.00&ndash;14.00</td></tr>
</table>
<h2>Organisation</h2>
<p>Medborgarservice bemannas av fyra kommunvägledare och tillhör kommunledningskontoret, där kommundirektör Karin Almgren är chef.</p>
<p class="sidinfo">Sidansvarig: Lisa Ek, webbredaktör</p>"""

NEWS_SOMMAR = f"""<p class="brodsmulor"><a href="{B}/start.html">Start</a> &raquo; <a href="{B}/nyheter.html">Nyheter</a></p>
<h1>Medborgarservice har sommaröppet från juni</h1>
<p>Från 9 juni till 15 augusti har Medborgarservice öppet 9&ndash;15 på vardagar. Telefonen är öppen som vanligt.</p>"""


def np(h: str, body: str) -> str:
    return f'<p class="brodsmulor"><a href="{B}/start.html">Start</a> &raquo; <a href="{B}/nyheter.html">Nyheter</a></p>\n<h1>{h}</h1>\n{body}'


def build() -> None:
    files = {
        "start.html": page("Norrgölens kommun - Startsida", FRONT),
        "flode.html": FLODE,
        "medborgarservice.html": page("Medborgarservice - Norrgölens kommun", SERVICE),
        "kontakt.html": page("Kontakt - Norrgölens kommun", """<h1>Kontakt</h1>
<p>Norrgölens kommun<br />999 16 Norrgölen</p><p>Växel: 08-465 004 00<br />E-post: kommunen@norrgolen.se</p>
<p>Fakturaadress: Norrgölens kommun, Fakturor, 999 16 Norrgölen</p>"""),
        "nyheter.html": page("Nyheter - Norrgölens kommun", f"""<h1>Nyheter</h1><ul>
<li><a href="{B}/nyheter/medborgarservice-sommar.html">Medborgarservice har sommaröppet från juni</a></li>
<li><a href="{B}/nyheter/isvagen.html">Isvägen är öppen</a></li>
<li><a href="{B}/nyheter/nyarsafton.html">Fyrverkerier på nyårsafton</a></li></ul>"""),
        "sommar.html": page("Medborgarservice har sommaröppet - Norrgölens kommun", NEWS_SOMMAR),
        "isvagen.html": page("Isvägen är öppen - Norrgölens kommun", np("Isvägen är öppen",
                             "<p>Isvägen mellan Byn och Holmen är öppen för fordon upp till 2,5 ton. Kör högst 30 km/h.</p>")),
        "nyar.html": page("Fyrverkerier på nyårsafton - Norrgölens kommun", np("Fyrverkerier på nyårsafton",
                          "<p>Det är tillåtet att skjuta fyrverkerier på nyårsafton 18&ndash;01 utan tillstånd.</p>")),
        "tillganglighet.html": page("Tillgänglighetsredogörelse - Norrgölens kommun", np("Tillgänglighetsredogörelse",
            "<p>Norrgölens kommun står bakom den här webbplatsen. Den är delvis förenlig med lagen om tillgänglighet "
            "till digital offentlig service. Nyhetsflödet på startsidan visas i en inbäddad ram.</p>"
            "<p>Kontakta oss på kommunen@norrgolen.se. Du kan anmäla till Digg.</p>")),
        "kakor.html": page("Kakor - Norrgölens kommun", "<h1>Kakor</h1><p>Vi använder en kaka för att komma ihåg ditt val i kakrutan.</p>"),
        "sok.html": page("Sök - Norrgölens kommun", "<h1>Sök</h1>\n<!--SEARCH_RESULTS-->"),
    }
    pages = {f"{B}/start.html": "start.html", f"{B}/nyheter/flode.html": "flode.html",
             f"{B}/medborgarservice.html": "medborgarservice.html", f"{B}/kontakt.html": "kontakt.html",
             f"{B}/nyheter.html": "nyheter.html", f"{B}/nyheter/medborgarservice-sommar.html": "sommar.html",
             f"{B}/nyheter/isvagen.html": "isvagen.html", f"{B}/nyheter/nyarsafton.html": "nyar.html",
             f"{B}/tillganglighet.html": "tillganglighet.html", f"{B}/kakor.html": "kakor.html"}
    manifest = {
        "kommunkod": "8096", "kommun": K, "lan_kod": "03", "lan": "Uppsala län", "family": "xhtml-iframe",
        "pages": pages, "redirects": {"/": [f"{B}/start.html", 302]},
        "robots": "User-agent: *\nDisallow: /norrgolen/admin/\n",
        "search": {"path": f"{B}/sok.html", "param": "q", "template": "sok.html",
                   "hits": {"medborgarservice": [f"{B}/medborgarservice.html", f"{B}/nyheter/medborgarservice-sommar.html"]}},
        "front_status": None,
    }
    write_site("8096", manifest, files)


if __name__ == "__main__":
    build()
