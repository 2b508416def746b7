"""8098 Gransjövik: EPiServer 6 WebForms (whole content inside <form id="aspnetForm">, __VIEWSTATE, ctl00_ ids).
The unit is an h2 section of the page headed 'Kontakta oss'."""
from common import AREAS, COOKIE, ESERVICES, TOPBAR, slug, write_site

K = "Gransjövik"


def mainmenu() -> str:
    out = []
    for i, (a, s, subs) in enumerate(AREAS):
        sub = "\n".join(f'<li><a href="/{s}/{slug(x)}/">{x}</a></li>' for x in subs)
        out.append(f'<li id="ctl00_MainMenu_rptMenu_ctl0{i}_liItem" class="MainMenuItem">'
                   f'<a href="/{s}/">{a}</a>\n<ul class="SubMenu" style="display:none">\n{sub}\n</ul></li>')
    return '<ul id="ctl00_MainMenu" class="MainMenu">\n' + "\n".join(out) + "\n</ul>"


def page(title: str, content: str, path: str) -> str:
    top = "\n".join(f'<li><a href="/{slug(x)}/">{x}</a></li>' for x in TOPBAR)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv" lang="sv">
<head id="ctl00_Head1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<link type="text/css" rel="stylesheet" href="/Templates/Gransjovik/Styles/Default/Structure.css" />
<script type="text/javascript" src="/Templates/Gransjovik/Scripts/jquery-1.4.2.min.js"></script>
</head>
<body>
<div id="CookieInfo" class="CookieInfo">{COOKIE} <a href="/om-webbplatsen/kakor/">Mer om kakor</a>
<a href="#" class="CookieClose" onclick="document.getElementById('CookieInfo').style.display='none';return false;">Stäng</a></div>
<div id="ctl00_Header" class="Header">
<ul id="ctl00_ServiceMenu" class="ServiceMenu">
{top}
<li><a href="/kontakta-oss/">Kontakta oss</a></li>
</ul>
<a id="ctl00_LogoLink" class="Logo" href="/"><img src="/Templates/Gransjovik/Images/logo.gif" alt="Gransjöviks kommun" /></a>
<form id="QuickSearch" action="/sok/" method="get"><label for="qs">Sök</label> <input id="qs" type="text" name="quicksearchquery" /> <input type="submit" value="Sök" /></form>
</div>
<form name="aspnetForm" method="post" action="{path}" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkHx4Vp2cK0pM3bq8aYgQvN7cW1u0=" /></div>
<div id="ctl00_MenuArea" class="MenuArea">
{mainmenu()}
</div>
<div id="ctl00_FullRegion" class="FullRegion">
{content}
</div>
</form>
<div id="ctl00_Footer" class="Footer">
<div class="FooterCol"><strong>Gransjöviks kommun</strong><br />999 38 Gransjövik<br />Besöksadress: Stationsgatan 2</div>
<div class="FooterCol">Växel: 031-390 06 00<br />E-post: <a href="mailto:kommunen@gransjovik.se">kommunen@gransjovik.se</a><br />Org.nr 212000-9998</div>
<div class="FooterCol"><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a><br /><a href="/om-webbplatsen/kakor/">Kakor</a></div>
<div class="FooterCol">Gransjö Vatten AB &ndash; kundtjänst för VA och renhållning: 031-390 06 80</div>
</div>
<script type="text/javascript">
//<![CDATA[
$(".MainMenuItem").hover(function(){{ $(this).find(".SubMenu").show(); }}, function(){{ $(this).find(".SubMenu").hide(); }});
//]]>
</script>
</body>
</html>
"""


FRONT = f"""<div id="ctl00_FullRegion_Puff" class="StartPuff">
<img src="/upload/Bilder/Startsida/hamnen-sommar.jpg" alt="Gästhamnen i Gransjövik" />
<h1>Välkommen till Gransjövik</h1><p>Kommunen vid Gransjön &ndash; 11 000 invånare.</p>
</div>
<div class="Driftinfo"><strong>Driftinformation:</strong> Gatubelysningen i Norra Gärdet är släckt, felet är anmält.</div>
<div id="ctl00_FullRegion_MainRegion_NewsList" class="NewsList">
<h2>Nyheter</h2>
<div class="NewsItem"><span class="Date">2025-01-21</span><h3><a href="/nyheter/servicepunkten-biblioteket/">Servicepunkten i biblioteket öppnar &ndash; här möter du Försäkringskassan och Skatteverket</a></h3></div>
<div class="NewsItem"><span class="Date">2025-01-15</span><h3><a href="/nyheter/hamnen/">Gästhamnen byggs ut</a></h3></div>
<div class="NewsItem"><span class="Date">2025-01-08</span><h3><a href="/nyheter/sportlov/">Sportlovsprogrammet är klart</a></h3></div>
<a href="/nyheter/">Fler nyheter</a>
</div>
<div class="EServices"><h2>E-tjänster</h2><ul>
{"".join(f'<li><a href="/e-tjanster/{slug(x)}/">{x}</a></li>' for x in ESERVICES)}
</ul></div>
<div class="Events"><h2>Evenemang</h2><p>4 feb: Öppen föreläsning om Gransjöns fiskar<br />12 feb: Konsert i Stationshuset</p>
<p><a href="/lediga-jobb/">Lediga jobb</a> | <a href="/a-o/">A&ndash;Ö</a></p></div>"""

KONTAKTA = """<div class="Breadcrumbs"><a href="/">Start</a> &gt; Kontakta oss</div>
<div id="ctl00_FullRegion_MainRegion_MainBody" class="MainBody">
<h1>Kontakta oss</h1>
<p class="Introduction">Här hittar du de vanligaste vägarna in till Gransjöviks kommun.</p>
<h2>Växel</h2>
<p>Telefon: 031-390 06 00<br />Växeln är öppen vardagar 7.30&ndash;16.30.</p>
<h2>Kommunens kundtjänst</h2>
<p>Kommunens kundtjänst svarar på frågor om kommunen och kommunens service.<br />
Hör av dig om du undrar något &ndash; vi finns här för dig!<br />
Telefon: 031-390 06 10<br />
E-post: kundtjanst@gransjovik.se</p>
<p>Kontaktperson för kundtjänsten: Elin Dahl, kommunvägledare</p>
<h2>Registrator</h2>
<p>E-post: registrator@gransjovik.se<br />Postadress: Gransjöviks kommun, 999 38 Gransjövik</p>
<h2>Press</h2>
<p>Presstelefon: 031-390 06 05</p>
<p class="PageInfo">Sidansvarig: Kommunikationsavdelningen &middot; Uppdaterad 2023-03-14</p>
</div>"""


def np(h: str, body: str) -> str:
    return f'<div class="Breadcrumbs"><a href="/">Start</a> &gt; <a href="/nyheter/">Nyheter</a></div>\n<div class="MainBody"><h1>{h}</h1>\n{body}</div>'


def build() -> None:
    files = {
        "index.html": page("Gransjöviks kommun", FRONT, "/"),
        "kontakta-oss.html": page("Kontakta oss - Gransjöviks kommun", KONTAKTA, "/kontakta-oss/"),
        "nyheter.html": page("Nyheter - Gransjöviks kommun", np("Nyheter", """<ul>
<li><a href="/nyheter/servicepunkten-biblioteket/">Servicepunkten i biblioteket öppnar</a></li>
<li><a href="/nyheter/hamnen/">Gästhamnen byggs ut</a></li><li><a href="/nyheter/sportlov/">Sportlovsprogrammet är klart</a></li></ul>"""), "/nyheter/"),
        "n1.html": page("Servicepunkten i biblioteket öppnar - Gransjöviks kommun", np(
            "Servicepunkten i biblioteket öppnar &ndash; här möter du Försäkringskassan och Skatteverket",
            "<p>Från 3 februari finns Statens servicecenter på plats i biblioteket varje tisdag. "
            "Servicepunkten drivs av Statens servicecenter, och där får du hjälp med ärenden hos Försäkringskassan, "
            "Skatteverket och Pensionsmyndigheten.</p>"), "/nyheter/servicepunkten-biblioteket/"),
        "n2.html": page("Gästhamnen byggs ut - Gransjöviks kommun", np("Gästhamnen byggs ut",
                        "<p>Tjugo nya båtplatser byggs till sommaren.</p>"), "/nyheter/hamnen/"),
        "n3.html": page("Sportlovsprogrammet är klart - Gransjöviks kommun", np("Sportlovsprogrammet är klart",
                        "<p>Skridskor, pulka, bad och film &ndash; allt gratis för barn och unga under vecka 8.</p>"), "/nyheter/sportlov/"),
        "tillganglighet.html": page("Tillgänglighetsredogörelse - Gransjöviks kommun", np("Tillgänglighetsredogörelse",
            "<p>Gransjöviks kommun står bakom den här webbplatsen. Webbplatsen är delvis förenlig med lagen om "
            "tillgänglighet till digital offentlig service.</p><p>Kontakta oss på kommunen@gransjovik.se. "
            "Du kan anmäla till Myndigheten för digital förvaltning.</p>"), "/om-webbplatsen/tillganglighetsredogorelse/"),
        "kakor.html": page("Kakor - Gransjöviks kommun", np("Kakor", "<p>Webbplatsen använder sessionskakor.</p>"), "/om-webbplatsen/kakor/"),
        "sok.html": page("Sök - Gransjöviks kommun", '<div class="MainBody"><h1>Sök</h1>\n<!--SEARCH_RESULTS--></div>', "/sok/"),
    }
    pages = {"/": "index.html", "/kontakta-oss/": "kontakta-oss.html", "/nyheter/": "nyheter.html",
             "/nyheter/servicepunkten-biblioteket/": "n1.html", "/nyheter/hamnen/": "n2.html",
             "/nyheter/sportlov/": "n3.html", "/om-webbplatsen/tillganglighetsredogorelse/": "tillganglighet.html",
             "/om-webbplatsen/kakor/": "kakor.html"}
    manifest = {
        "kommunkod": "8098", "kommun": K, "lan_kod": "14", "lan": "Västra Götalands län", "family": "episerver-webforms",
        "pages": pages, "redirects": {"/Templates/Public/Pages/Page.aspx": ["/kontakta-oss/", 301]},
        "robots": "User-agent: *\nDisallow: /util/\nDisallow: /EPiServer/\nSitemap: __ORIGIN__/sitemap.xml\n",
        "sitemap": list(pages),
        "search": {"path": "/sok/", "param": "quicksearchquery", "template": "sok.html",
                   "hits": {"kundtjänst": ["/kontakta-oss/"], "servicepunkten": ["/nyheter/servicepunkten-biblioteket/"]}},
        "front_status": None,
    }
    write_site("8098", manifest, files)


if __name__ == "__main__":
    build()
