"""9297 Lindmora: Sitevision 4 era theme (no HTML5 landmarks; sv-layout/sv-vertical/
sv-horizontal divs with svid ids, sv-*-portlet classes, page URLs ending in
.4.<hex>.html). Top menu with a second level that drops down on hover; inner pages have a
left sub-menu tree and a breadcrumb portlet."""
from __future__ import annotations

from core import Site, slug

CSS = """
body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333}
.lm-skip{position:absolute;left:-999px}
.lm-top{background:#5b2a6e;color:#fff;padding:4px 20px;text-align:right;font-size:12px}
.lm-top a{color:#fff;margin-left:12px}
.lm-header{display:flex;justify-content:space-between;align-items:center;padding:14px 20px}
.lm-topnav{background:#7a3d91}
.lm-topnav>ul{list-style:none;margin:0;padding:0 20px;display:flex}
.lm-topnav>ul>li{position:relative}
.lm-topnav>ul>li>a{display:block;padding:12px 14px;color:#fff;text-decoration:none;font-weight:bold}
.lm-topnav ul ul{display:none;position:absolute;left:0;top:100%;background:#fff;border:1px solid #ccc;list-style:none;padding:6px 0;min-width:220px;z-index:50}
.lm-topnav li:hover>ul{display:block}
.lm-topnav ul ul a{display:block;padding:5px 14px;color:#333}
.lm-columns{display:flex;padding:16px 20px;gap:24px}
.lm-left{width:220px}
.lm-submenu ul{list-style:none;padding-left:12px;margin:0}
.lm-submenu a{display:block;padding:4px 0;color:#5b2a6e}
.lm-submenu .lm-current>a{font-weight:bold;color:#000}
.lm-content{flex:1}
.lm-breadcrumbs{font-size:12px;padding:10px 20px;color:#666}
.lm-breadcrumbs a{color:#5b2a6e}
.lm-slideshow{background:#eee;height:260px;position:relative}
.lm-slideshow .lm-caption{position:absolute;bottom:20px;left:20px;background:rgba(0,0,0,.6);color:#fff;padding:10px 16px}
.lm-puff{border-top:3px solid #7a3d91;background:#f6f1f8;padding:10px;margin-bottom:14px}
.lm-footer{background:#333;color:#ddd;padding:20px;font-size:12px;display:flex;gap:40px}
.lm-footer a{color:#ddd}
.sv-text-portlet h1{font-size:28px;color:#5b2a6e}
"""

H = "4.1f2e3d4c15a2b3c4d5e6"


def build() -> Site:
    s = Site("9297", "Lindmora", "03", "Uppsala län", "sitevision4-sidebar")
    top = [
        ("Barn och utbildning", "/barn-och-utbildning.html", ["Förskola", "Grundskola", "Fritidshem", "Gymnasieskola", "Vuxenutbildning"]),
        ("Omsorg och socialt stöd", "/omsorg-och-socialt-stod.html", ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Ekonomiskt bistånd"]),
        ("Bygga, bo och miljö", "/bygga-bo-och-miljo.html", ["Bygglov", "Avfall", "Vatten och avlopp", "Miljö och hälsoskydd", "Kartor"]),
        ("Trafik och infrastruktur", "/trafik-och-infrastruktur.html", ["Gator", "Parkering", "Kollektivtrafik", "Vinterväghållning"]),
        ("Kultur och fritid", "/kultur-och-fritid.html", ["Bibliotek", "Idrottshallar", "Föreningsbidrag", "Friluftsliv"]),
        ("Näringsliv och arbete", "/naringsliv-och-arbete.html", ["Starta företag", "Upphandling", "Lediga jobb"]),
        ("Kommun och politik", "/kommun-och-politik.html", ["Kontakta kommunen", "Kommunens organisation", "Politik", "Ekonomi", "Överklaga beslut"]),
    ]
    kk = f"/kommun-och-politik/kontakta-kommunen.{H}100.html"
    sc = f"/kommun-och-politik/kontakta-kommunen/servicecentrum.{H}110.html"
    org = f"/kommun-och-politik/kommunens-organisation.{H}200.html"
    special = {"Kontakta kommunen": kk, "Kommunens organisation": org}

    def sub_url(area_url: str, sub: str) -> str:
        if sub in special:
            return special[sub]
        return area_url[:-5] + "/" + slug(sub) + ".html"

    def topnav() -> str:
        lis = []
        for name, url, subs in top:
            sl = "".join(f'<li><a href="{s.m(sub_url(url, x))}">{x}</a></li>' for x in subs)
            lis.append(f'<li><a href="{s.m(url)}">{name}</a><ul>{sl}</ul></li>')
        return '<div class="sv-layout lm-topnav" id="svid10_1f2e3d4c15a2b3c4d5e6a10"><ul>' + "".join(lis) + "</ul></div>"

    def page(title: str, content: str, crumbs: list | None = None, left: str = "") -> str:
        bc = ""
        if crumbs:
            parts = ['<a href="/">Startsida</a>'] + [f'<a href="{u}">{t}</a>' if u else f"<span>{t}</span>" for t, u in crumbs]
            bc = f'<div class="sv-portlet sv-breadcrumbs-portlet lm-breadcrumbs" id="svid12_1f2e3d4c15a2b3c4d5e6b20">Du är här: {" &gt; ".join(parts)}</div>'
        lc = f'<div class="sv-vertical sv-layout lm-left" id="svid10_1f2e3d4c15a2b3c4d5e6c30">{left}</div>' if left else ""
        return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{title} - Lindmora kommun</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<link rel="stylesheet" type="text/css" href="/sitevision/system-resource/a1b2c3d4e5/css/portlets.css">
<style>{CSS}</style>
<script src="/sitevision/system-resource/a1b2c3d4e5/js/jquery.js"></script>
</head>
<body>
<div class="sv-layout" id="svid10_1f2e3d4c15a2b3c4d5e6a00">
<a class="lm-skip" href="#lm-innehall">Gå direkt till innehåll</a>
<div class="sv-horizontal sv-layout lm-top" id="svid10_1f2e3d4c15a2b3c4d5e6a01">
<a href="{s.ph('/lyssna.html')}">Lyssna</a><a href="{s.ph('/in-english.html')}">In English</a><a href="{s.ph('/lattlast.html')}">Lättläst</a><a href="{s.ph('/webbkarta.html')}">Webbkarta</a>
</div>
<div class="sv-horizontal sv-layout lm-header" id="svid10_1f2e3d4c15a2b3c4d5e6a02">
<div class="sv-image-portlet sv-portlet" id="svid12_1f2e3d4c15a2b3c4d5e6a03"><a href="/"><img src="/images/18.1f2e3d4c15a2b3c4d5e6f00/1400000000000/logga.png" alt="Lindmora kommun" width="240" height="60"></a></div>
<div class="sv-searchform-portlet sv-portlet" id="svid12_1f2e3d4c15a2b3c4d5e6a04"><form action="/sok.html" method="get"><label for="sv-q" class="lm-skip">Sök</label><input id="sv-q" type="text" name="query" size="24"><input type="submit" value="Sök"></form></div>
</div>
{topnav()}
{bc}
<div class="sv-horizontal sv-layout lm-columns" id="svid10_1f2e3d4c15a2b3c4d5e6d40">
{lc}
<div class="sv-vertical sv-layout lm-content" id="lm-innehall">
{content}
</div>
</div>
<div class="sv-horizontal sv-layout lm-footer" id="svid10_1f2e3d4c15a2b3c4d5e6e50">
<div class="sv-text-portlet sv-portlet"><div class="sv-text-portlet-content"><p class="normal"><strong>Lindmora kommun</strong><br>999 21 Lindmora<br>Besöksadress: Stadshuset, Kungsgatan 5</p></div></div>
<div class="sv-text-portlet sv-portlet"><div class="sv-text-portlet-content"><p class="normal">Växel: 08-465 004 00<br>E-post: kommunen@lindmora.se<br>Org.nr: 212000-9297</p></div></div>
<div class="sv-linklist-portlet sv-portlet"><ul><li><a href="/om-webbplatsen/tillganglighetsredogorelse.{H}900.html">Tillgänglighetsredogörelse</a></li><li><a href="{s.ph('/om-webbplatsen/kakor.html')}">Kakor</a></li><li><a href="{s.ph('/om-webbplatsen/personuppgifter.html')}">Personuppgifter</a></li></ul></div>
</div>
</div>
</body>
</html>
"""

    def submenu(current: str) -> str:
        tree = [("Kontakta kommunen", kk, [("Servicecentrum", sc), ("Synpunkter och klagomål", s.ph(f"/kommun-och-politik/kontakta-kommunen/synpunkter.{H}120.html")),
                                           ("Press och media", s.ph(f"/kommun-och-politik/kontakta-kommunen/press.{H}130.html"))]),
                ("Kommunens organisation", org, []), ("Politik", s.m(sub_url("/kommun-och-politik.html", "Politik")), []),
                ("Ekonomi", s.m(sub_url("/kommun-och-politik.html", "Ekonomi")), []),
                ("Överklaga beslut", s.m(sub_url("/kommun-och-politik.html", "Överklaga beslut")), [])]
        out = []
        for t, u, kids in tree:
            cur = ' class="lm-current"' if u == current else ""
            inner = ""
            if kids and (current == u or any(k[1] == current for k in kids)):
                inner = "<ul>" + "".join(('<li class="lm-current">' if ku == current else "<li>") + f'<a href="{ku}">{kt}</a></li>' for kt, ku in kids) + "</ul>"
            out.append(f'<li{cur}><a href="{u}">{t}</a>{inner}</li>')
        return (f'<div class="sv-portlet sv-menu-portlet lm-submenu" id="svid12_1f2e3d4c15a2b3c4d5e6c31"><p class="lm-submenu__heading"><a href="/kommun-och-politik.html">Kommun och politik</a></p>'
                f'<ul>{"".join(out)}</ul></div>')

    news = [(f"/nyheter/nyhetsarkiv/servicecentrum-flyttar-till-stadshusets-entreplan.{H}310.html", "2025-05-19",
             "Servicecentrum flyttar till Stadshusets entréplan",
             "Från den 2 juni tar Servicecentrum emot besökare i nya, tillgängliga lokaler vid huvudentrén."),
            (f"/nyheter/nyhetsarkiv/ny-forskola-i-lindbacken.{H}320.html", "2025-05-08",
             "Ny förskola i Lindbacken klar i augusti",
             "Förskolan får sex avdelningar och ett eget tillagningskök."),
            (f"/nyheter/nyhetsarkiv/vattenlackan-ar-lagad.{H}330.html", "2025-04-29",
             "Vattenläckan på Södra vägen är lagad",
             "Vattnet är tillbaka i hela området. Kokningsrekommendationen är upphävd.")]
    puffs = "".join(f'<div class="sv-portlet lm-puff"><p class="lm-date">{d}</p><h3><a href="{u}">{t}</a></h3><p>{x}</p></div>' for u, d, t, x in news)
    front = f"""<div class="sv-horizontal sv-layout" id="svid10_1f2e3d4c15a2b3c4d5e6f10">
<div class="sv-image-portlet sv-portlet lm-slideshow" id="svid12_1f2e3d4c15a2b3c4d5e6f11"><img src="/images/18.1f2e3d4c15a2b3c4d5e6f01/1400000000000/sommar-vid-lindsjon.jpg" alt="Sommarkväll vid Lindsjön" width="760" height="260"><div class="lm-caption"><strong>Sommar i Lindmora</strong> – badplatser, evenemang och öppettider</div></div>
<div class="sv-linklist-portlet sv-portlet lm-puff" id="svid12_1f2e3d4c15a2b3c4d5e6f12"><h2>Genvägar</h2><ul>
<li><a href="{s.ph(f'/barn-och-utbildning/forskola/ansok-om-plats.{H}400.html')}">Ansök om förskoleplats</a></li>
<li><a href="{s.ph(f'/bygga-bo-och-miljo/avfall/tomningsschema.{H}410.html')}">Tömningsschema</a></li>
<li><a href="{s.m(sub_url('/naringsliv-och-arbete.html', 'Lediga jobb'))}">Lediga jobb</a></li>
<li><a href="{s.ph(f'/kommun-och-politik/politik/sammantraden.{H}420.html')}">Sammanträden och handlingar</a></li>
</ul></div>
</div>
<div class="sv-text-portlet sv-portlet" id="svid12_1f2e3d4c15a2b3c4d5e6f20"><div class="sv-text-portlet-content"><h2 class="rubrik">Nyheter</h2></div></div>
<div class="sv-archive-portlet sv-portlet" id="svid12_1f2e3d4c15a2b3c4d5e6f21">{puffs}<p><a href="/nyheter.html">Nyhetsarkiv</a></p></div>
<div class="sv-text-portlet sv-portlet" id="svid12_1f2e3d4c15a2b3c4d5e6f30"><div class="sv-text-portlet-content"><h2 class="rubrik">Evenemang</h2>
<p class="normal"><a href="{s.ph(f'/kultur-och-fritid/evenemang/lindmoradagen.{H}500.html')}">Lindmoradagen</a> – 14 juni<br><a href="{s.ph(f'/kultur-och-fritid/evenemang/allsang.{H}510.html')}">Allsång i parken</a> – onsdagar i juli</p></div></div>"""
    s.add("/", "index.html", page("Startsida", front))

    service = """<div class="sv-text-portlet sv-portlet" id="svid12_1f2e3d4c15a2b3c4d5e6g10"><div class="sv-text-portlet-content">
<h1 class="rubrik">Servicecentrum</h1>
<p class="ingress">Servicecentrum är kommunens gemensamma kontaktpunkt för invånare, företagare och besökare.</p>
<p class="normal">Servicecentrum svarar på frågor om kommunens verksamheter, till exempel skolskjuts, avgifter för äldreomsorg, tomtkö, hyra av lokaler och bokning av idrottshallar. Vi tar också emot felanmälningar och synpunkter och hjälper dig med kommunens e-tjänster.</p>
<h2 class="underrubrik">Kontakt</h2>
<p class="normal">Telefon: 08-465 004 50<br>E-post: servicecentrum@lindmora.se<br>Besök: Stadshuset, Kungsgatan 5, entréplan</p>
<h2 class="underrubrik">Öppettider</h2>
<p class="normal">Måndag–fredag 8.00–16.30. Telefonen är öppen 8.00–16.00.</p>
<p class="normal">Servicecentrum är en del av <a href="/kommun-och-politik/kommunens-organisation.4.1f2e3d4c15a2b3c4d5e6200.html">kommunledningskontoret</a>.</p>
</div></div>
<div class="sv-text-portlet sv-portlet" id="svid12_1f2e3d4c15a2b3c4d5e6g20"><div class="sv-text-portlet-content"><p class="lm-meta">Sidansvarig: Kommunikationsavdelningen · Senast ändrad: 2025-05-30</p></div></div>"""
    s.add(sc, "servicecentrum.html", page("Servicecentrum", service, [("Kommun och politik", "/kommun-och-politik.html"), ("Kontakta kommunen", kk), ("Servicecentrum", None)], submenu(sc)))
    s.add(kk, "kontakta-kommunen.html", page("Kontakta kommunen", """<div class="sv-text-portlet sv-portlet"><div class="sv-text-portlet-content">
<h1 class="rubrik">Kontakta kommunen</h1>
<p class="ingress">Du kan kontakta kommunen på flera sätt.</p>
<p class="normal"><strong>Växel:</strong> 08-465 004 00<br><strong>E-post:</strong> kommunen@lindmora.se<br><strong>Postadress:</strong> Lindmora kommun, 999 21 Lindmora</p>
<p class="normal">E-post och brev till kommunen registreras och kan bli allmänna handlingar.</p>
</div></div>""", [("Kommun och politik", "/kommun-och-politik.html"), ("Kontakta kommunen", None)], submenu(kk)))
    s.add(org, "organisation.html", page("Kommunens organisation", """<div class="sv-text-portlet sv-portlet"><div class="sv-text-portlet-content">
<h1 class="rubrik">Kommunens organisation</h1>
<p class="ingress">Lindmora kommuns verksamhet är organiserad i kommunledningskontoret och fyra förvaltningar.</p>
<h2 class="underrubrik">Kommunledningskontoret</h2>
<p class="normal">Kommunledningskontoret leds av kommundirektör Hans Ek. Här finns ekonomi, HR, kommunikation, kansli och Servicecentrum.</p>
<h2 class="underrubrik">Förvaltningar</h2>
<ul><li>Barn- och utbildningsförvaltningen</li><li>Socialförvaltningen</li><li>Samhällsbyggnadsförvaltningen</li><li>Kultur- och fritidsförvaltningen</li></ul>
</div></div>""", [("Kommun och politik", "/kommun-och-politik.html"), ("Kommunens organisation", None)], submenu(org)))
    kp = "".join(f'<li><a href="{s.m(sub_url("/kommun-och-politik.html", x))}">{x}</a></li>' for x in top[-1][2])
    s.add("/kommun-och-politik.html", "kommun-och-politik.html", page("Kommun och politik", f"""<div class="sv-text-portlet sv-portlet"><div class="sv-text-portlet-content">
<h1 class="rubrik">Kommun och politik</h1><p class="ingress">Information om hur Lindmora kommun styrs och är organiserad.</p><ul>{kp}</ul></div></div>""", [("Kommun och politik", None)], submenu("/kommun-och-politik.html")))
    s.add("/barn-och-utbildning.html", "barn-och-utbildning.html", page("Barn och utbildning", """<div class="sv-text-portlet sv-portlet"><div class="sv-text-portlet-content">
<h1 class="rubrik">Barn och utbildning</h1><p class="ingress">Förskola, skola och vuxenutbildning i Lindmora kommun.</p>
<p class="normal">Kommunen har elva förskolor, fem grundskolor och ett lärcentrum för vuxenutbildning.</p></div></div>""", [("Barn och utbildning", None)]))
    nl = "".join(f'<li><a href="{u}">{t}</a> ({d})</li>' for u, d, t, _ in news)
    s.add("/nyheter.html", "nyheter.html", page("Nyheter", f'<div class="sv-archive-portlet sv-portlet"><h1 class="rubrik">Nyhetsarkiv</h1><ul>{nl}</ul></div>', [("Nyheter", None)]))
    bodies = ["<p class=\"normal\">Under flytten, den 28–30 maj, är besöksdisken stängd men telefonen öppen som vanligt. De nya lokalerna har hörslinga, sittplatser och en dator för e-tjänster.</p>",
              "<p class=\"normal\">Förskolan Lindbacken tar emot de första barnen den 18 augusti. Ansökan görs i e-tjänsten.</p>",
              "<p class=\"normal\">Tack för ert tålamod. Har du frågor om vattnet, kontakta va-enheten via växeln.</p>"]
    for i, ((u, d, t, x), b) in enumerate(zip(news, bodies, strict=False)):
        s.add(u, f"nyhet-{i + 1}.html", page(t, f'<div class="sv-text-portlet sv-portlet"><div class="sv-text-portlet-content"><h1 class="rubrik">{t}</h1><p class="lm-date">Publicerad {d}</p><p class="ingress">{x}</p>{b}</div></div>', [("Nyheter", "/nyheter.html"), (t, None)]))
    s.add(f"/om-webbplatsen/tillganglighetsredogorelse.{H}900.html", "tillganglighet.html", page("Tillgänglighetsredogörelse", '<div class="sv-text-portlet sv-portlet"><div class="sv-text-portlet-content"><h1 class="rubrik">Tillgänglighetsredogörelse</h1><p class="normal">Lindmora kommun står bakom den här webbplatsen. Här beskriver vi hur lindmora.se uppfyller lagen om tillgänglighet till digital offentlig service, vilka brister som finns och hur du kan meddela oss.</p></div></div>', [("Tillgänglighetsredogörelse", None)]))
    s.template("sok.html", page("Sök", '<div class="sv-searchresult-portlet sv-portlet"><h1 class="rubrik">Sökresultat</h1><!--SEARCH_RESULTS--></div>'))
    s.search = {"path": "/sok.html", "param": "query", "template": "sok.html",
                "hits": {"servicecentrum": [sc, news[0][0], org]}}
    s.robots = "User-agent: *\nDisallow: /sitevision/\nSitemap: __ORIGIN__/sitemap.xml\n"
    return s
