"""9300 Furuholm: Drupal 7 with the TB Megamenu module (tb-megamenu-* classes, mega-group
column headings, Bootstrap 2 row-fluid/span grid), region-* wrappers, node-page body
fields, a "Hitta snabbt" block and a site-wide footer block with the service unit's
contact details. Top-level items upper-cased and letter-spaced by CSS."""
from __future__ import annotations

from core import Site, slug

CSS = """
body{margin:0;font-family:"Helvetica Neue",Arial,sans-serif;color:#2a2a2a}
.element-invisible{position:absolute!important;clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px}
#header .section{display:flex;justify-content:space-between;align-items:center;padding:16px 32px}
#header .links a{margin-left:14px;font-size:13px}
.tb-megamenu{background:#1f5f3a}
.tb-megamenu .nav{list-style:none;margin:0;padding:0 32px;display:flex}
.tb-megamenu .level-1>a{display:block;padding:14px 14px;color:#fff;text-decoration:none;text-transform:uppercase;letter-spacing:.15em;font-size:12px}
.tb-megamenu .dropdown-menu{display:none;position:absolute;left:0;right:0;background:#fff;padding:20px 32px;box-shadow:0 6px 12px rgba(0,0,0,.18);z-index:99}
.tb-megamenu .dropdown:hover>.dropdown-menu,.tb-megamenu .dropdown.open>.dropdown-menu{display:block}
.tb-megamenu .row-fluid{display:flex;gap:24px}
.tb-megamenu .mega-group-title{font-weight:bold;color:#1f5f3a;display:block;margin-bottom:6px}
.tb-megamenu .mega-nav{list-style:none;padding:0}
.tb-megamenu .btn-navbar{display:none}
#main-wrapper{display:flex;gap:32px;padding:24px 32px}
#content{flex:1}
#sidebar-second{width:260px}
.block-hitta-snabbt{background:#eef6f1;padding:16px 20px}
#footer{background:#173f28;color:#e6efe9;padding:24px 32px}
#footer a{color:#e6efe9}
#footer .region-footer{display:flex;gap:48px}
.breadcrumb{padding:10px 32px;font-size:13px}
"""

MEGA = [
    ("Barn och utbildning", [("Förskola", ["Förskolor", "Ansökan och köregler", "Taxor"]), ("Skola", ["Grundskolor", "Skolval", "Skolskjuts", "Skolmåltider"]), ("Vidare", ["Gymnasium", "Komvux", "SFI"])]),
    ("Omsorg och stöd", [("Äldre", ["Hemtjänst", "Äldreboenden", "Anhörigstöd"]), ("Stöd", ["LSS", "Socialpsykiatri", "Ekonomiskt bistånd"]), ("Barn och familj", ["Familjecentral", "Familjerätt"])]),
    ("Bygga och bo", [("Bygga", ["Bygglov", "Strandskydd", "Detaljplaner"]), ("Bo", ["Tomter", "Bostadsanpassning"])]),
    ("Miljö och klimat", [("Avfall", ["Sophämtning", "Återvinningscentralen"]), ("Vatten", ["Dricksvatten", "Enskilda avlopp"]), ("Miljö", ["Miljötillsyn", "Klimatarbete"])]),
    ("Trafik och gator", [("Gator", ["Gatuarbeten", "Vinterväghållning"]), ("Resor", ["Parkering", "Kollektivtrafik", "Färdtjänst"])]),
    ("Kultur och fritid", [("Kultur", ["Bibliotek", "Kulturhuset", "Konsthallen"]), ("Fritid", ["Badhuset", "Idrottsplatser", "Föreningsbidrag"])]),
    ("Näringsliv", [("Företag", ["Starta företag", "Tillstånd", "Upphandling"]), ("Arbete", ["Lediga jobb", "Feriejobb"])]),
    ("Kommun och politik", [("Politik", ["Kommunfullmäktige", "Nämnder", "Protokoll"]), ("Kontakt och service", ["Servicecenter", "Synpunkter och klagomål", "Press"]), ("Organisation", ["Förvaltningar", "Ekonomi", "Allmänna handlingar"])]),
]


def build() -> Site:
    s = Site("9300", "Furuholm", "12", "Skåne län", "drupal7-tb-megamenu")

    def url(label: str) -> str:
        return {"Servicecenter": "/servicecenter", "Kommun och politik": "/kommun-och-politik",
                "Barn och utbildning": "/barn-och-utbildning"}.get(label) or s.m("/" + slug(label))

    def mega() -> str:
        lis = []
        for i, (name, groups) in enumerate(MEGA):
            cols = []
            for g, items in groups:
                sub = "".join(f'<li class="tb-megamenu-item level-3 mega" data-level="3"><a href="{url(x)}">{x}</a></li>' for x in items)
                cols.append(f'<div class="tb-megamenu-column span4 mega-col-nav" data-class="" data-width="4"><div class="tb-megamenu-column-inner mega-inner clearfix">'
                            f'<ul class="tb-megamenu-subnav mega-nav level-1 items-1"><li class="tb-megamenu-item level-2 mega mega-group" data-level="2" data-group="1">'
                            f'<a href="{s.m("/" + slug(name) + "/" + slug(g))}" class="mega-group-title">{g}</a>'
                            f'<div class="tb-megamenu-submenu mega-group-ct nav-child"><div class="mega-dropdown-inner"><div class="tb-megamenu-row row-fluid"><div class="tb-megamenu-column span12 mega-col-nav"><div class="tb-megamenu-column-inner mega-inner clearfix">'
                            f'<ul class="tb-megamenu-subnav mega-nav level-2 items-{len(items)}">{sub}</ul></div></div></div></div></div></li></ul></div></div>')
            lis.append(f'<li class="tb-megamenu-item level-1 mega dropdown" data-id="{400 + i}" data-level="1" data-type="menu_item" data-class="" data-xicon="" data-caption="" data-alignsub="" data-group="0" data-hidewcol="0" data-hidesub="0">'
                       f'<a href="{url(name)}" class="dropdown-toggle">{name}<span class="caret"></span></a>'
                       f'<div class="tb-megamenu-submenu dropdown-menu mega-dropdown-menu nav-child" data-class="" data-width=""><div class="mega-dropdown-inner"><div class="tb-megamenu-row row-fluid">{"".join(cols)}</div></div></div></li>')
        return ('<div id="block-tb-megamenu-main-menu" class="block block-tb-megamenu"><div class="content">'
                '<div class="tb-megamenu tb-megamenu-main-menu" role="navigation" aria-label="Huvudmeny">'
                '<button data-target=".nav-collapse" data-toggle="collapse" class="btn btn-navbar tb-megamenu-button" type="button"><i class="fa fa-reorder"></i></button>'
                '<div class="nav-collapse always-show"><ul class="tb-megamenu-nav nav level-0 items-8">' + "".join(lis) + '</ul></div></div></div></div>')

    def page(title: str | None, content: str, crumbs: list | None = None, node: int = 1, sidebar: bool = False) -> str:
        bc = ""
        if crumbs:
            bc = '<h2 class="element-invisible">Du är här</h2><div class="breadcrumb"><a href="/">Hem</a> » ' + " » ".join(f'<a href="{u}">{t}</a>' if u else t for t, u in crumbs) + "</div>"
        full = "Furuholms kommun" if title is None else f"{title} | Furuholms kommun"
        side = ""
        if sidebar:
            side = f"""<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
<div id="block-block-12" class="block block-block block-hitta-snabbt"><h2>Hitta snabbt</h2><div class="content"><ul>
<li><a href="{s.m('/lediga-jobb')}">Lediga jobb</a></li><li><a href="{s.ph('/matsedlar')}">Matsedlar</a></li><li><a href="{s.m('/sophamtning')}">Sophämtning</a></li><li><a href="{s.m('/protokoll')}">Protokoll</a></li><li><a href="{s.ph('/e-tjanster')}">E-tjänster</a></li>
</ul></div></div></div></div></div>"""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv" version="XHTML+RDFa 1.0" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<title>{full}</title>
<style type="text/css" media="all">{CSS}</style>
<script type="text/javascript">jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","tb_megamenu":{{"menu_effect":"fading","menu_duration":200}}}});</script>
</head>
<body class="html {'front' if title is None else 'not-front'} not-logged-in {'no-sidebars' if not sidebar else 'one-sidebar sidebar-second'} page-node page-node-{node}">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Hoppa till huvudinnehåll</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix">
<a href="/" title="Hem" rel="home" id="logo"><img src="/sites/all/themes/furuholm/logo.png" alt="Furuholms kommun" /></a>
<div class="region region-header">
<div id="block-search-api-page-sok" class="block block-search-api-page"><form action="/sok" method="get" id="search-api-page-search-form-sok" accept-charset="UTF-8"><div><label class="element-invisible" for="edit-keys-1">Sök</label><input type="text" id="edit-keys-1" name="search_api_views_fulltext" value="" size="15" maxlength="128" class="form-text" /><input type="submit" id="edit-submit-1" value="Sök" class="form-submit" /></div></form></div>
<ul class="links"><li><a href="{s.ph('/lyssna')}">Lyssna</a></li><li><a href="{s.ph('/english')}">In English</a></li><li><a href="/kontakt">Kontakt</a></li></ul>
</div>
</div></div>
<div id="navigation"><div class="section">{mega()}</div></div>
{bc}
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
{content}
</div></div>
{side}
</div></div>
<div id="footer"><div class="section"><div class="region region-footer">
<div id="block-block-3" class="block block-block"><h2>Furuholms kommun</h2><div class="content"><p>Stortorget 1<br />999 01 Furuholm<br />Växel: 040-628 04 00<br />Org.nr 212000-9300</p></div></div>
<div id="block-block-4" class="block block-block"><h2>Servicecenter</h2><div class="content"><p>Telefon: 040-628 04 50<br />E-post: <a href="mailto:servicecenter@furuholm.se">servicecenter@furuholm.se</a><br />Öppet vardagar 8–17<br />Besök: Stortorget 1</p></div></div>
<div id="block-menu-menu-footer" class="block block-menu"><h2>Om webbplatsen</h2><div class="content"><ul class="menu"><li class="first leaf"><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li class="leaf"><a href="/cookies">Cookies</a></li><li class="last leaf"><a href="{s.ph('/personuppgifter')}">Personuppgifter</a></li></ul></div></div>
</div></div></div>
</div></div>
</body>
</html>
"""

    def node(title: str, body: str, n: int, meta: str = "") -> str:
        return (f'<h1 class="title" id="page-title">{title}</h1><div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">'
                f'<div id="node-{n}" class="node node-page clearfix" about="/node/{n}" typeof="foaf:Document"><div class="content">'
                f'<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>'
                f'{meta}</div></div></div></div></div>')

    news = [("/nyheter/furuholms-bibliotek-far-meroppet", "2025-05-26", "Biblioteket får meröppet",
             "Från den 1 juni kan du använda biblioteket klockan 7–22 alla dagar med lånekort och pinkod."),
            ("/nyheter/nya-papperskorgar-i-centrum", "2025-05-14", "Nya papperskorgar med sortering i centrum",
             "Under juni byts 40 papperskorgar ut mot nya med fack för pant och restavfall."),
            ("/nyheter/vagarbete-pa-osterleden", "2025-05-05", "Vägarbete på Österleden",
             "Österleden smalnas av mellan Kvarngatan och rondellen vid Furuvallen till och med vecka 27.")]
    vr = "".join(f'<div class="views-row"><span class="date-display-single">{d}</span><h3><a href="{u}">{t}</a></h3><p>{x}</p></div>' for u, d, t, x in news)
    front = f"""<div class="region region-content">
<div id="block-views-startsida-puff-block" class="block block-views block-hero"><div class="content"><div class="view view-startsida-puff"><div class="view-content">
<div class="views-row views-row-1"><img typeof="foaf:Image" src="/sites/default/files/styles/hero/public/stortorget-varen.jpg" alt="Stortorget en vårdag" />
<h1>Välkommen till Furuholm</h1><p>Slätten, havet och staden – här finns kommunens service och e-tjänster.</p></div>
</div></div></div></div>
<div id="block-views-nyheter-block" class="block block-views"><h2>Nyheter</h2><div class="content"><div class="view view-nyheter view-id-nyheter view-display-id-block"><div class="view-content">{vr}</div>
<div class="more-link"><a href="/nyheter">Alla nyheter</a></div></div></div></div>
<div id="block-views-evenemang-block" class="block block-views"><h2>Evenemang</h2><div class="content"><div class="view view-evenemang"><div class="view-content">
<div class="views-row"><a href="{s.ph('/evenemang/furuholmsfestivalen')}">Furuholmsfestivalen</a> 27–29 juni</div>
<div class="views-row"><a href="{s.ph('/evenemang/tradgardsvandring')}">Trädgårdsvandring i Slottsparken</a> 8 juni</div>
</div></div></div></div>
</div>"""
    s.add("/", "index.html", page(None, front, sidebar=True))

    service = """<p><strong>Servicecenter är kommunens gemensamma ingång för dig som har frågor om kommunens verksamheter.</strong></p>
<p>Vi svarar på frågor om bygglov, förskola och skola, äldreomsorg, avfall, vatten och avlopp, parkering och mycket mer. Hos oss kan du också få hjälp att fylla i ansökningar och att använda kommunens e-tjänster. Om vi inte kan svara direkt ser vi till att du får svar från rätt förvaltning.</p>
<p>Kontaktuppgifter och öppettider för Servicecenter hittar du längst ner på sidan.</p>"""
    meta = '<div class="field field-name-field-sidansvarig field-type-text field-label-inline clearfix"><div class="field-label">Sidansvarig:&nbsp;</div><div class="field-items"><div class="field-item even">Karin Ström, kommunikationsavdelningen</div></div></div>'
    s.add("/servicecenter", "servicecenter.html", page("Servicecenter", node("Servicecenter", service, 88, meta), [("Kommun och politik", "/kommun-och-politik"), ("Servicecenter", None)], 88))
    s.add("/kontakt", "kontakt.html", page("Kontakt", node("Kontakt", """<p>Furuholms kommun, Stortorget 1, 999 01 Furuholm.</p>
<p><strong>Växel:</strong> 040-628 04 00<br /><strong>E-post:</strong> kommun@furuholm.se</p>
<p>För frågor om kommunens verksamheter, vänd dig till <a href="/servicecenter">Servicecenter</a>.</p>
<p>Journalister kan kontakta presstjänsten på 040-628 04 90.</p>""", 12), [("Kontakt", None)], 12))
    groups = "".join(f"<h2>{g}</h2><ul>" + "".join(f'<li><a href="{url(x)}">{x}</a></li>' for x in xs) + "</ul>" for g, xs in MEGA[-1][1])
    s.add("/kommun-och-politik", "kommun-och-politik.html", page("Kommun och politik", node("Kommun och politik", f"<p>Här hittar du information om politiken, organisationen och hur du kan påverka i Furuholm.</p>{groups}", 40), [("Kommun och politik", None)], 40))
    bu = "".join(f"<h2>{g}</h2><ul>" + "".join(f'<li><a href="{url(x)}">{x}</a></li>' for x in xs) + "</ul>" for g, xs in MEGA[0][1])
    s.add("/barn-och-utbildning", "barn-och-utbildning.html", page("Barn och utbildning", node("Barn och utbildning", f"<p>Förskola, skola och vuxenutbildning i Furuholms kommun.</p>{bu}", 41), [("Barn och utbildning", None)], 41))
    vr2 = "".join(f'<div class="views-row"><h3><a href="{u}">{t}</a></h3><p>{x}</p></div>' for u, d, t, x in news)
    s.add("/nyheter", "nyheter.html", page("Nyheter", f'<h1 class="title" id="page-title">Nyheter</h1><div class="view view-nyheter view-display-id-page"><div class="view-content">{vr2}</div></div>', [("Nyheter", None)]))
    bodies = ["<p>Meröppet betyder att du kan låna och lämna böcker, läsa tidningar och använda datorerna även när personalen inte är där. Registrera dig i informationsdisken.</p>",
              "<p>De nya papperskorgarna har ett fack för pantflaskor och burkar. Det gör det lättare för den som samlar pant.</p>",
              "<p>Arbetet gäller nya vattenledningar. Cykelbanan är öppen hela tiden.</p>"]
    for i, ((u, d, t, x), b) in enumerate(zip(news, bodies, strict=False)):
        s.add(u, f"nyhet-{i + 1}.html", page(t, node(t, f'<p class="date">{d}</p><p><strong>{x}</strong></p>{b}', 700 + i), [("Nyheter", "/nyheter"), (t, None)], 700 + i))
    s.add("/tillganglighet", "tillganglighet.html", page("Tillgänglighetsredogörelse", node("Tillgänglighetsredogörelse", "<p>Furuholms kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur furuholm.se uppfyller lagen om tillgänglighet till digital offentlig service.</p>", 5), [("Tillgänglighetsredogörelse", None)], 5))
    s.add("/cookies", "cookies.html", page("Cookies", node("Cookies", "<p>Webbplatsen använder cookies för att komma ihåg inställningar och för besöksstatistik.</p>", 6), [("Cookies", None)], 6))
    s.template("sok.html", page("Sök", '<h1 class="title" id="page-title">Sök</h1><div class="search-api-page-results"><!--SEARCH_RESULTS--></div>', [("Sök", None)]))
    s.search = {"path": "/sok", "param": "search_api_views_fulltext", "template": "sok.html",
                "hits": {"servicecenter": ["/servicecenter", "/kontakt"]}}
    s.robots = "User-agent: *\nDisallow: /includes/\nDisallow: /misc/\nDisallow: /modules/\nDisallow: /user/\nDisallow: /?q=user/\nSitemap: __ORIGIN__/sitemap.xml\n"
    return s
