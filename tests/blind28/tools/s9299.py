"""9299 Hagnäs: EPiServer 7.5 MVC site (capitalised URL segments, /globalassets/ and
/contentassets/ media, block classes such as teaserblock/linkblock, epi-contentarea).
Mega-menu that opens on click (button + hidden panel with columns); the first screen is
a grid of icon tiles ("Genvägar")."""
from __future__ import annotations

from core import Site

CSS = """
body{margin:0;font-family:"PT Sans",Arial,sans-serif;color:#222}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}
#header .header-top{display:flex;justify-content:space-between;align-items:center;padding:12px 30px}
#header .tools a{margin-left:14px;font-size:13px}
#mainmenu{background:#004a7c}
#mainmenu>ul{list-style:none;margin:0;padding:0 30px;display:flex}
#mainmenu .mm-toggle{background:none;border:0;color:#fff;font:inherit;font-weight:bold;padding:14px 16px;cursor:pointer}
#mainmenu .mm-panel{position:absolute;left:0;right:0;background:#fff;box-shadow:0 8px 16px rgba(0,0,0,.2);padding:24px 30px;z-index:20}
#mainmenu .mm-panel[hidden]{display:none}
#mainmenu .mm-panel .mm-col{display:inline-block;vertical-align:top;width:24%}
.icon-tiles{display:grid;grid-template-columns:repeat(4,1fr);gap:14px;padding:24px 30px;background:#e8f1f7}
.icon-tiles a{display:flex;align-items:center;gap:10px;background:#fff;padding:16px;text-decoration:none;color:#004a7c;font-weight:bold}
.icon-tiles svg{width:32px;height:32px;fill:#004a7c}
.epi-contentarea{display:flex;gap:24px;padding:24px 30px}
.block{flex:1}
#footer{background:#0d2a3d;color:#cfd8de;padding:24px 30px;display:flex;gap:48px}
#footer a{color:#cfd8de}
.page{max-width:760px;padding:24px 30px}
.breadcrumbs{padding:10px 30px;font-size:13px}
"""

MENU = [
    ("Barn och utbildning", "/Barn-och-utbildning/", [("Förskola", ["Förskolor i Hagnäs", "Ansök om plats", "Avgifter"]), ("Skola", ["Grundskolor", "Skolskjuts", "Skolmat"]), ("Gymnasium och vuxenutbildning", ["Hagnäs gymnasium", "Komvux", "SFI"])]),
    ("Omsorg och stöd", "/Omsorg-och-stod/", [("Äldre", ["Hemtjänst", "Särskilt boende", "Trygghetslarm"]), ("Funktionsnedsättning", ["LSS", "Ledsagning"]), ("Ekonomi och familj", ["Ekonomiskt bistånd", "Budget- och skuldrådgivning"])]),
    ("Bygga och bo", "/Bygga-och-bo/", [("Bygga", ["Bygglov", "Bygglovsservice", "Detaljplaner"]), ("Bo", ["Lediga tomter", "Bostadsanpassning"]), ("Kartor", ["Karttjänst", "Nybyggnadskarta"])]),
    ("Miljö och energi", "/Miljo-och-energi/", [("Avfall", ["Sophämtning", "Återvinningscentraler"]), ("Vatten", ["Vatten och avlopp", "Enskilt avlopp"]), ("Miljö", ["Miljötillsyn", "Energirådgivning"])]),
    ("Kultur och fritid", "/Kultur-och-fritid/", [("Kultur", ["Bibliotek", "Kulturskolan"]), ("Fritid", ["Sporthallar", "Skidspår", "Föreningsbidrag"])]),
    ("Näringsliv och arbete", "/Naringsliv-och-arbete/", [("Företag", ["Servicecenter för företag", "Starta företag", "Upphandling"]), ("Arbete", ["Lediga jobb", "Arbetsmarknadsenheten"])]),
    ("Kommun och politik", "/Kommun-och-politik/", [("Politik", ["Kommunfullmäktige", "Nämnder", "Protokoll"]), ("Organisation", ["Förvaltningar", "Kommunala bolag"]), ("Insyn", ["Allmänna handlingar", "Överklaga beslut"])]),
]


def cap(s: str) -> str:
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("Å", "A"), ("Ä", "A"), ("Ö", "O")):
        s = s.replace(a, b)
    return "-".join(w for w in s.replace(",", "").split())


def build() -> Site:
    s = Site("9299", "Hagnäs", "24", "Västerbottens län", "episerver7-click-mega-tiles")
    fix = {"Servicecenter för företag": "/Naringsliv-och-arbete/Servicecenter-for-foretag/",
           "Bygglovsservice": "/Bygga-och-bo/Bygglovsservice/"}

    def link(area_url: str, label: str) -> str:
        return fix.get(label) or s.m(area_url + cap(label) + "/")

    def menu() -> str:
        lis = []
        for i, (name, url, groups) in enumerate(MENU):
            cols = "".join(f'<div class="mm-col"><h3>{g}</h3><ul>' + "".join(f'<li><a href="{link(url, x)}">{x}</a></li>' for x in xs) + "</ul></div>" for g, xs in groups)
            lis.append(f'<li class="mm-item"><button class="mm-toggle" type="button" aria-expanded="false" aria-controls="mm-{i}">{name}</button>'
                       f'<div class="mm-panel" id="mm-{i}" hidden><p class="mm-overview"><a href="{s.m(url)}">Gå till {name}</a></p>{cols}</div></li>')
        return '<nav id="mainmenu" aria-label="Huvudmeny"><ul>' + "".join(lis) + "</ul></nav>"

    def page(title: str, content: str, crumbs: list | None = None) -> str:
        bc = ""
        if crumbs:
            bc = '<div class="breadcrumbs"><span>Du är här:</span> <a href="/">Startsida</a> / ' + " / ".join(f'<a href="{u}">{t}</a>' if u else t for t, u in crumbs) + "</div>"
        return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Hagnäs kommun</title>
<link href="/Static/css/site.min.css?v=20190312" rel="stylesheet">
<style>{CSS}</style>
</head>
<body>
<a class="sr-only" href="#content">Till sidans innehåll</a>
<div id="header">
<div class="header-top">
<a href="/" class="logo"><img src="/globalassets/grafik/hagnas-kommun-logotyp.png" alt="Hagnäs kommun" width="230" height="60"></a>
<form action="/Sok/" method="get" class="search"><label for="q" class="sr-only">Sök på webbplatsen</label><input type="text" id="q" name="q" placeholder="Sök..."><button type="submit">Sök</button></form>
<div class="tools"><a href="{s.ph('/Om-webbplatsen/Lyssna/')}">Lyssna</a><a href="{s.ph('/Languages/')}">Languages</a><a href="/Kontakta-oss/">Kontakta oss</a></div>
</div>
{menu()}
</div>
{bc}
<div id="content">
{content}
</div>
<div id="footer">
<div><h2>Hagnäs kommun</h2><p>Kommunhuset, Skolgatan 10<br>999 91 Hagnäs<br>Växel: 0980-319 240<br><a href="mailto:info@hagnas.se">info@hagnas.se</a></p></div>
<div><h2>Kommunala bolag</h2><p>Hagnäs Energi AB – kundtjänst för el, fjärrvärme och bredband: 0980-319 250</p><p>Hagnäsbostäder AB – felanmälan: 0980-319 260</p></div>
<div><h2>Om webbplatsen</h2><ul><li><a href="/Om-webbplatsen/Tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li><li><a href="{s.ph('/Om-webbplatsen/Kakor/')}">Kakor</a></li><li><a href="{s.ph('/Om-webbplatsen/Personuppgifter/')}">Personuppgifter</a></li></ul></div>
</div>
<script src="/Static/js/site.min.js?v=20190312"></script>
</body>
</html>
"""

    icon = '<svg viewBox="0 0 32 32" aria-hidden="true"><circle cx="16" cy="16" r="14"/></svg>'
    tiles = [("Lediga jobb", s.m("/Naringsliv-och-arbete/Lediga-jobb/")), ("Skolmat", s.m("/Barn-och-utbildning/Skolmat/")),
             ("Sophämtning", s.m("/Miljo-och-energi/Sophamtning/")), ("Bygglovsservice", "/Bygga-och-bo/Bygglovsservice/"),
             ("Servicecenter för företag", "/Naringsliv-och-arbete/Servicecenter-for-foretag/"), ("Skidspår och leder", s.m("/Kultur-och-fritid/Skidspar/")),
             ("Felanmälan", s.ph("/E-tjanster/Felanmalan/")), ("Kommunfullmäktige", s.m("/Kommun-och-politik/Kommunfullmaktige/"))]
    th = "".join(f'<a href="{u}">{icon}<span>{t}</span></a>' for t, u in tiles)
    news = [("/Nyheter/2025/statens-servicecenter-flyttar-till-biblioteket/", "2025-05-22", "Statens servicecenter flyttar till biblioteket",
             "Från den 1 september finns Statens servicecenter i Hagnäs bibliotek. Där kan du få hjälp med ärenden till Försäkringskassan, Skatteverket och Pensionsmyndigheten."),
            ("/Nyheter/2025/skidsparen-stanger-for-sasongen/", "2025-04-30", "Skidspåren stänger för säsongen",
             "Snön har smält i elljusspåret. Vi tackar för en fin vintersäsong.")]
    teas = "".join(f'<div class="block teaserblock"><span class="date">{d}</span><h3><a href="{u}">{t}</a></h3><p>{x}</p></div>' for u, d, t, x in news)
    front = f"""<div class="startpage-hero"><h1 class="sr-only">Hagnäs kommun</h1>
<h2 class="sr-only">Genvägar</h2>
<div class="icon-tiles">{th}</div></div>
<h2 style="padding:0 30px">Nyheter</h2>
<div class="epi-contentarea">{teas}</div>
<p style="padding:0 30px"><a href="/Nyheter/">Fler nyheter</a></p>
<div class="epi-contentarea"><div class="block linkblock"><h2>Evenemang</h2><ul><li><a href="{s.ph('/Evenemang/Hagnasveckan/')}">Hagnäsveckan</a>, 30 juni–6 juli</li><li><a href="{s.ph('/Evenemang/Fiskets-dag/')}">Fiskets dag vid Storsjön</a>, 12 juli</li></ul></div>
<div class="block editorialblock"><h2>Driftinformation</h2><p>Inga störningar.</p></div></div>"""
    s.add("/", "index.html", page("Startsida", front))

    s.add("/Naringsliv-och-arbete/Servicecenter-for-foretag/", "servicecenter-for-foretag.html", page("Servicecenter för företag", """<div class="page">
<h1>Servicecenter för företag</h1>
<p class="preamble">Servicecenter för företag är din väg in till kommunen när du driver eller vill starta företag i Hagnäs.</p>
<p>Vi hjälper dig med tillstånd för livsmedel och servering, bygglov för verksamhetslokaler, lediga lokaler och mark samt kontakter med Arbetsförmedlingen och Almi.</p>
<p>Telefon: 0980-319 245<br>E-post: foretag@hagnas.se<br>Telefontid: vardagar 8–16</p>
<h2>Kontakt</h2>
<p>Enhetschef för Servicecenter för företag: Erik Sand, 0980-319 246</p>
</div>""", [("Näringsliv och arbete", s.m("/Naringsliv-och-arbete/")), ("Servicecenter för företag", None)]))
    s.add("/Bygga-och-bo/Bygglovsservice/", "bygglovsservice.html", page("Bygglovsservice", """<div class="page">
<h1>Bygglovsservice</h1>
<p class="preamble">Bygglovsservice svarar på frågor om bygglov, anmälan och strandskydd.</p>
<p>Ring 0980-319 247 måndag, onsdag och torsdag kl. 9–11 eller mejla bygglov@hagnas.se.</p>
</div>""", [("Bygga och bo", s.m("/Bygga-och-bo/")), ("Bygglovsservice", None)]))
    s.add("/Kontakta-oss/", "kontakta-oss.html", page("Kontakta oss", """<div class="page">
<h1>Kontakta oss</h1>
<p class="preamble">Här hittar du kommunens kontaktuppgifter.</p>
<h2>Växel</h2><p>0980-319 240. Växeln är öppen vardagar 7.30–16.30 och kopplar dig vidare till rätt person.</p>
<h2>E-post</h2><p>info@hagnas.se</p>
<h2>Postadress</h2><p>Hagnäs kommun, 999 91 Hagnäs</p>
<h2>Besöksadress</h2><p>Kommunhuset, Skolgatan 10. Receptionen är öppen vardagar 8–16.</p>
</div>""", [("Kontakta oss", None)]))
    kp = "".join(f'<li><a href="{link("/Kommun-och-politik/", x)}">{x}</a></li>' for _, xs in MENU[-1][2] for x in xs)
    s.add("/Kommun-och-politik/", "kommun-och-politik.html", page("Kommun och politik", f'<div class="page"><h1>Kommun och politik</h1><p class="preamble">Om politik, beslut och kommunens organisation.</p><ul>{kp}</ul></div>', [("Kommun och politik", None)]))
    nl = "".join(f'<li><a href="{u}">{t}</a> ({d})</li>' for u, d, t, _ in news)
    s.add("/Nyheter/", "nyheter.html", page("Nyheter", f'<div class="page"><h1>Nyheter</h1><ul>{nl}</ul></div>', [("Nyheter", None)]))
    bodies = ["<p>Statens servicecenter är en statlig myndighet. Statens servicecenters kontor i Hagnäs har i dag lokaler på Storgatan. Flytten till biblioteket gör att kontoret kan hålla öppet även på lördagar.</p><p>Frågor om flytten besvaras av Statens servicecenter.</p>",
              "<p>Elljusspåret vid Kullen stänger för säsongen. Spåret öppnar igen när det finns tillräckligt med snö.</p>"]
    for i, ((u, d, t, x), b) in enumerate(zip(news, bodies, strict=False)):
        s.add(u, f"nyhet-{i + 1}.html", page(t, f'<div class="page"><h1>{t}</h1><p class="date">{d}</p><p class="preamble">{x}</p>{b}</div>', [("Nyheter", "/Nyheter/"), (t, None)]))
    s.add("/Om-webbplatsen/Tillganglighetsredogorelse/", "tillganglighet.html", page("Tillgänglighetsredogörelse", '<div class="page"><h1>Tillgänglighetsredogörelse</h1><p>Hagnäs kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur hagnas.se uppfyller lagen om tillgänglighet till digital offentlig service.</p></div>', [("Tillgänglighetsredogörelse", None)]))
    s.template("sok.html", page("Sök", '<div class="page"><h1>Sök</h1><!--SEARCH_RESULTS--></div>', [("Sök", None)]))
    s.search = {"path": "/Sok/", "param": "q", "template": "sok.html",
                "hits": {"servicecenter": ["/Naringsliv-och-arbete/Servicecenter-for-foretag/", news[0][0]]}}
    s.robots = "User-agent: *\nDisallow: /episerver/\nDisallow: /util/\nSitemap: __ORIGIN__/sitemap.xml\n"
    return s
