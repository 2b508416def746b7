"""Typing aid that writes tests/blind44/sites/ (the HTML files are the corpus; labels are hand-written).

    python3 tests/blind44/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "sites"
LATIN1 = "text/html; charset=iso-8859-1"

AREAS = [
    ("Barn och utbildning", "/barn-och-utbildning/", ["Förskola", "Grundskola", "Gymnasium", "Skolskjuts"]),
    ("Omsorg och stöd", "/omsorg-och-stod/", ["Äldreomsorg", "Funktionsnedsättning", "Färdtjänst", "Ekonomiskt bistånd"]),
    ("Bygga, bo och miljö", "/bygga-bo-och-miljo/", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Parkering"]),
    ("Kultur och fritid", "/kultur-och-fritid/", ["Bibliotek", "Badhus", "Föreningsliv", "Evenemang"]),
    ("Näringsliv och arbete", "/naringsliv-och-arbete/", ["Starta företag", "Upphandling", "Lediga jobb", "Tillstånd"]),
    ("Kommun och politik", "/kommun-och-politik/", ["Kommunfullmäktige", "Organisation", "Ekonomi", "Diarium"]),
]


def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), (",", ""), (" ", "-")):
        t = t.replace(a, b)
    return t


def area_menu(extra_sub: dict | None = None) -> list:
    """[(label, path, [(sublabel, subpath)])]; sub-items are anchors on the area page."""
    out = []
    for label, path, subs in AREAS:
        items = [(s, f"{path}#{slug(s)}") for s in subs]
        items += (extra_sub or {}).get(path, [])
        out.append((label, path, items))
    return out


def area_page(path: str) -> tuple[str, str]:
    label, _, subs = next(a for a in AREAS if a[1] == path)
    body = [f"<h1>{label}</h1>", f"<p class=\"ingress\">Här hittar du information om {label.lower()}.</p>"]
    for s in subs:
        body.append(f"<h2 id=\"{slug(s)}\">{s}</h2><p>Information om {s.lower()} är på väg att flyttas "
                    "till den nya webbplatsen. Kontakta växeln om du inte hittar det du söker.</p>")
    return label, "\n".join(body)


# --------------------------------------------------------------------------- families

def fam_sitevision(S, title, main, front):
    menu = []
    for label, path, subs in S["menu"]:
        sub = "".join(f"<li class=\"sv-menu-sub\"><a href=\"{p}\">{s}</a></li>" for s, p in subs)
        panel = f"<div class=\"sv-megamenu\" hidden><ul>{sub}</ul></div>" if subs else ""
        menu.append(f"<li class=\"sv-menu-item\"><a class=\"sv-menu-link\" href=\"{path}\">{label}</a>"
                    f"<button class=\"sv-expand\" aria-expanded=\"false\">Visa undermeny</button>{panel}</li>")
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>.sv-layout{{box-sizing:border-box}}.sv-megamenu[hidden]{{display:none}}.sv-topbar a{{margin-right:1em}}</style>
</head><body>
<div class="sv-layout sv-skip-spacer" id="svid10_5a1b2c">
 <div class="sv-layout sv-topbar" id="svid12_1"><a href="#lyssna">Lyssna</a><a href="#lattlast">Lättläst</a><a href="#english">In English</a></div>
 <div class="sv-layout sv-header" id="svid12_2">
  <div class="sv-portlet sv-image-portlet"><a href="/"><img src="data:," alt="{S['kommun']} kommun – till startsidan"></a></div>
  <div class="sv-portlet sv-searchform-portlet"><form action="/sok/" method="get"><label for="q">Sök</label><input id="q" name="q" type="search"><button>Sök</button></form></div>
  {S.get('header_extra', '')}
 </div>
 <div class="sv-layout sv-navigation" id="svid12_3"><ul class="sv-menu">{''.join(menu)}</ul></div>
 <div class="sv-layout sv-content" id="svid12_4">
{main}
 </div>
 <div class="sv-layout sv-pagefooter" id="svid12_9">{S['footer']}</div>
</div>
<script>document.querySelectorAll('.sv-expand').forEach(b=>b.onclick=()=>{{const p=b.nextElementSibling;if(p)p.hidden=!p.hidden}});</script>
</body></html>
"""


def fam_table(S, title, main, front):
    menu = "".join(f"<tr><td class=\"meny\"><a href=\"{p}\"><font face=\"Verdana\" size=\"2\">{lbl}</font></a></td></tr>"
                   for lbl, p, _ in S["menu"])
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>{title}</title></head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0">
<table width="900" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#1d4f7a" height="80"><a href="/"><img src="data:," alt="{S['kommun']} kommun" border="0"></a>
 <form action="{S.get('search_path', '/sok/')}" method="get" style="display:inline"><font color="#ffffff" size="1">Sök:</font> <input name="q" size="15"> <input type="submit" value="Sök"></form>
 {S.get('header_extra', '')}</td></tr>
<tr><td width="180" valign="top" bgcolor="#e8eef4"><table width="100%" cellpadding="4">{menu}</table></td>
<td width="720" valign="top"><font face="Verdana" size="2">
{main}
</font></td></tr>
<tr><td colspan="2" bgcolor="#dddddd"><font face="Verdana" size="1">{S['footer']}</font></td></tr>
</table></body></html>
"""


def fam_municipio(S, title, main, front):
    items = []
    for label, path, subs in S["menu"]:
        sub = "".join(f"<li class=\"c-navbar__item c-navbar__item--sub\"><a href=\"{p}\">{s}</a></li>" for s, p in subs)
        items.append(f"<li class=\"c-navbar__item menu-item menu-item-has-children\"><a href=\"{path}\">{label}</a>"
                     f"<ul class=\"sub-menu\">{sub}</ul></li>")
    return f"""<!DOCTYPE html>
<html lang="sv-SE"><head><meta charset="UTF-8"><title>{title}</title>
<link rel="profile" href="https://gmpg.org/xfn/11">
<style>#drawer[aria-hidden=true]{{display:none}}</style>
</head><body class="wp-theme-municipio{' home page-template-default' if front else ' page'}">
<a class="screen-reader-text" href="#main-content">Hoppa till innehållet</a>
<header id="site-header" class="c-header c-header--business">
 <div class="c-header__top"><a href="#lyssna">Lyssna</a> <a href="#translate">Translate</a></div>
 <div class="c-header__main">
  <a class="c-header__logo" href="/"><img src="data:," alt="{S['kommun']} kommun"></a>
  <form class="c-search" role="search" action="/" method="get"><input type="search" name="s" placeholder="Vad letar du efter?"><button type="submit">Sök</button></form>
  {S.get('header_extra', '')}
  <button class="c-button js-drawer-toggle" aria-controls="drawer" aria-expanded="false">Meny</button>
 </div>
</header>
<div id="drawer" class="c-drawer" aria-hidden="true"><nav class="c-drawer__nav" aria-label="Huvudmeny"><ul class="c-navbar">{''.join(items)}</ul></nav></div>
<main id="main-content" class="o-container">
{main}
</main>
<footer id="site-footer" class="c-footer">{S['footer']}</footer>
<script>document.querySelector('.js-drawer-toggle').addEventListener('click',function(){{var d=document.getElementById('drawer');d.setAttribute('aria-hidden',d.getAttribute('aria-hidden')==='true'?'false':'true')}});</script>
</body></html>
"""


def fam_bootstrap(S, title, main, front):
    items = []
    for label, path, subs in S["menu"]:
        if subs:
            sub = "".join(f"<li><a class=\"dropdown-item\" href=\"{p}\">{s}</a></li>" for s, p in subs)
            items.append(f"<li class=\"nav-item dropdown\"><a class=\"nav-link dropdown-toggle\" href=\"{path}\" "
                         f"data-bs-toggle=\"dropdown\">{label}</a><ul class=\"dropdown-menu\">{sub}</ul></li>")
        else:
            items.append(f"<li class=\"nav-item\"><a class=\"nav-link\" href=\"{path}\">{label}</a></li>")
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>.dropdown-menu{{display:none}}.dropdown:hover .dropdown-menu{{display:block}}</style></head>
<body>
<div class="bg-light small py-1"><div class="container"><a href="#lyssna">Lyssna</a> · <a href="#lattlast">Lättläst</a> · <a href="#english">Other languages</a></div></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary">
 <div class="container">
  <a class="navbar-brand" href="/"><img src="data:," alt="" width="40"> {S['kommun']} kommun</a>
  <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>
  <div class="collapse navbar-collapse" id="nav"><ul class="navbar-nav me-auto">{''.join(items)}</ul>
   <form class="d-flex" action="/sok/" method="get"><input class="form-control me-2" type="search" name="q" aria-label="Sök"><button class="btn btn-light">Sök</button></form></div>
 </div>
</nav>
<div class="container my-4" id="content">
{main}
</div>
<div class="bg-dark text-white py-4 mt-5"><div class="container">{S['footer']}</div></div>
</body></html>
"""


def fam_soup(S, title, main, front):
    items = "".join(f"<div class=\"m1\"><a href=\"{p}\">{lbl}</a><div class=\"m2\">"
                    + "".join(f"<a href=\"{sp}\">{s}</a>" for s, sp in subs) + "</div></div>"
                    for lbl, p, subs in S["menu"])
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{title}</title>
<style>.m2{{display:none}}.m1:hover .m2{{display:block}}.q1{{background:#234}}.zz{{float:right}}</style></head>
<body><div id="wrap">
<div class="q1"><div class="zz"><a href="#lyssna">Lyssna</a> <a href="#lattlast">Lättläst</a></div>
 <a href="/" class="lg"><img src="data:," alt="{S['kommun']} kommun"></a>
 <div class="srch"><form action="/sok/" method="get"><input name="q" placeholder="Sök på webbplatsen"><input type="submit" value="Sök"></form></div>
 {S.get('header_extra', '')}
</div>
<div class="q2">{items}</div>
<div class="q3">
{main}
</div>
<div class="q9">{S['footer']}</div>
</div></body></html>
"""


def fam_semantic(S, title, main, front):
    items = "".join(f"<li><a href=\"{p}\">{lbl}</a><ul class=\"sub\" hidden>"
                    + "".join(f"<li><a href=\"{sp}\">{s}</a></li>" for s, sp in subs) + "</ul></li>"
                    for lbl, p, subs in S["menu"])
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{title}</title></head>
<body>
<header class="site-header">
 <div class="topbar"><a href="#lyssna">Lyssna</a> <a href="#lattlast">Lättläst</a> <a href="#english">In English</a></div>
 <a class="logo" href="/"><img src="data:," alt="{S['kommun']} kommun"></a>
 <form class="search" action="/sok/" method="get"><input type="search" name="q" aria-label="Sök"><button>Sök</button></form>
 {S.get('header_extra', '')}
 <nav aria-label="Huvudmeny"><ul class="menu">{items}</ul></nav>
</header>
<main id="main">
{main}
</main>
<footer class="site-footer">{S['footer']}</footer>
</body></html>
"""


def fam_aria(S, title, main, front):
    items = "".join(f"<div role=\"none\" class=\"nv-i\"><a role=\"menuitem\" href=\"{p}\">{lbl}</a></div>"
                    for lbl, p, _ in S["menu"])
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{title}</title>
<style>.pg{{display:flex;flex-direction:column}}.bn{{order:1}}.nv{{order:2}}.mn{{order:3}}.ci{{order:4}}</style></head>
<body><div class="pg">
<div class="bn" role="banner"><div class="tb"><a href="#lyssna">Lyssna</a> <a href="#lattlast">Lättläst</a></div>
 <a href="/"><img src="data:," alt="{S['kommun']} kommun, startsida"></a>
 <div role="search"><form action="/sok/" method="get"><input name="q" aria-label="Sök"><button>Sök</button></form></div></div>
<div class="nv" role="navigation" aria-label="Huvudmeny"><div role="menubar">{items}</div></div>
<div class="mn" role="main">
{main}
</div>
<div class="ci" role="contentinfo">{S['footer']}</div>
</div></body></html>
"""


FAMILIES = {"sitevision": fam_sitevision, "table": fam_table, "municipio": fam_municipio,
            "bootstrap": fam_bootstrap, "soup": fam_soup, "semantic": fam_semantic, "aria": fam_aria}


# --------------------------------------------------------------------------- helpers

def footer(kommun, dom, tel, addr, extra=""):
    return (f"<div class=\"f-col\"><strong>{kommun} kommun</strong><br>{addr}<br>Växel: {tel}<br>"
            f"E-post: kommun@{dom}<br>Org.nr 212000-9999</div>"
            f"<div class=\"f-col\">{extra}</div>"
            "<div class=\"f-col\"><a href=\"/tillganglighetsredogorelse/\">Tillgänglighetsredogörelse</a> · "
            "<a href=\"/om-kakor/\">Om kakor</a> · <a href=\"/nyheter/\">Nyheter</a></div>")


def news_list(items):
    return "<ul class=\"news\">" + "".join(
        f"<li><a href=\"{p}\">{h}</a> <span class=\"date\">{d}</span></li>" for h, p, d in items) + "</ul>"


def std_pages(kommun):
    pages = {}
    for _label, path, _ in AREAS:
        pages[path] = area_page(path)
    pages["/tillganglighetsredogorelse/"] = ("Tillgänglighetsredogörelse", (
        f"<h1>Tillgänglighetsredogörelse</h1><p>{kommun} kommun står bakom den här webbplatsen. Vi vill att så "
        "många som möjligt ska kunna använda den. Delar av webbplatsen flyttas just nu till ett nytt "
        "publiceringssystem och kan ha brister i tillgängligheten.</p>"))
    pages["/om-kakor/"] = ("Om kakor", "<h1>Om kakor</h1><p>Webbplatsen använder nödvändiga kakor och, om du "
                           "godkänner det, kakor för besöksstatistik.</p>")
    pages["/sok/"] = ("Sök", "<h1>Sök</h1><!--SEARCH_RESULTS-->")
    return pages


def write_site(code, S, pages, *, redirects=None, search_hits=None, robots=None, latin1=(), front_status=None,
               search=None):
    d = ROOT / code
    d.mkdir(parents=True)
    fam = FAMILIES[S["family"]]
    manifest_pages = {}
    for path, spec in pages.items():
        title, main = spec[0], spec[1]
        family = spec[2] if len(spec) > 2 else S["family"]
        fname = "index.html" if path == "/" else (path.strip("/").replace("/", "_").replace(".", "_") + ".html")
        full_title = title if path == "/" else f"{title} - {S['kommun']} kommun"
        html = FAMILIES[family](S, full_title, main, path == "/") if family in FAMILIES else fam(S, full_title, main, False)
        if path in latin1:
            (d / fname).write_bytes(html.encode("iso-8859-1", errors="xmlcharrefreplace"))
            manifest_pages[path] = {"file": fname, "content_type": LATIN1}
        else:
            (d / fname).write_text(html, encoding="utf-8")
            manifest_pages[path] = fname
    sp = search or {"path": "/sok/", "param": "q"}
    tpl = manifest_pages.get("/sok/")
    if sp["path"] != "/sok/":
        manifest_pages.pop("/sok/", None)
    m = {"kommunkod": code, "kommun": S["kommun"], "lan_kod": S["lan_kod"], "lan": S["lan"], "family": S["fam_note"],
         "pages": manifest_pages, "redirects": redirects or {},
         "robots": robots if robots is not None else "User-agent: *\nDisallow: /wp-admin/\nDisallow: /edit/\nSitemap: __ORIGIN__/sitemap.xml\n",
         "sitemap": list(manifest_pages), "front_status": front_status}
    if not front_status:
        m["search"] = {"path": sp["path"], "param": sp["param"], "hits": search_hits or {},
                       "template": tpl}
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- sites

def site_9485():
    """Tjärnby: half migrated Sitevision (new) + old table-layout archive; new head; summer hours."""
    S = {"kommun": "Tjärnby", "lan_kod": "03", "lan": "Uppsala län", "family": "sitevision",
         "fam_note": "sitevision + table (old archive, ISO-8859-1)"}
    S["menu"] = [*area_menu(), ("Kontaktcenter", "/kontaktcenter/", [])]
    S["footer"] = footer("Tjärnby", "tjarnby.se", "08-465 004 00", "Storgatan 1, 999 10 Tjärnby",
                         "<a href=\"/gamla/arkiv.asp\">Arkiv från gamla webbplatsen</a>")
    P = std_pages("Tjärnby")
    P["/"] = ("Tjärnby kommun", """
<div class="sv-portlet sv-hero"><h1>Välkommen till nya tjarnby.se</h1>
<p>Vi flyttar webbplatsen till ett nytt system under våren. Äldre sidor och nyheter finns kvar i
<a href="/gamla/arkiv.asp">arkivet från gamla webbplatsen</a> tills flytten är klar.</p>
<ul class="sv-shortcuts"><li><a href="/barn-och-utbildning/#forskola">Ansök om förskola</a></li>
<li><a href="/bygga-bo-och-miljo/#avfall-och-atervinning">Sophämtning</a></li>
<li><a href="/naringsliv-och-arbete/#lediga-jobb">Lediga jobb</a></li></ul></div>
<div class="sv-portlet sv-news"><h2>Nyheter</h2>""" + news_list([
        ("Ny enhetschef för kontaktcenter", "/nyheter/ny-enhetschef/", "2025-05-28"),
        ("Simskolan startar i juni", "/nyheter/simskola/", "2025-05-20"),
    ]) + "<p><a href=\"/nyheter/\">Alla nyheter</a></p></div>")
    P["/kontaktcenter/"] = ("Kontaktcenter", """
<h1>Kontaktcenter</h1>
<div class="sv-portlet sv-notice" role="note"><strong>Sommartider 16 juni–15 augusti:</strong> telefonen är öppen vardagar 9.00–12.00.</div>
<p class="ingress">Kontaktcenter är din väg in till Tjärnby kommun. Vi svarar på frågor om barnomsorg och skola,
bygglov, avfall och vatten, äldreomsorg och parkering, och vi hjälper dig med e-tjänsterna.</p>
<h2>Så når du oss</h2>
<p>Telefon: <a href="tel:+46846500410">08-465 004 10</a><br>E-post: kontaktcenter@tjarnby.se<br>
Besöksadress: Kommunhuset, Storgatan 1</p>
<table class="sv-table"><caption>Telefontider (ordinarie)</caption>
<tr><th>Måndag–torsdag</th><td>8.00–16.30</td></tr><tr><th>Fredag</th><td>8.00–15.00</td></tr></table>
<h2>Ansvarig</h2>
<p>Enhetschef för kontaktcenter: Maria Ström (från 1 juni 2025). Maria efterträder Lars Öberg, som har gått i pension.</p>""")
    P["/nyheter/"] = ("Nyheter", "<h1>Nyheter</h1>" + news_list([
        ("Ny enhetschef för kontaktcenter", "/nyheter/ny-enhetschef/", "2025-05-28"),
        ("Simskolan startar i juni", "/nyheter/simskola/", "2025-05-20"),
    ]) + "<p>Äldre nyheter finns i <a href=\"/gamla/arkiv.asp\">arkivet</a>.</p>")
    P["/nyheter/ny-enhetschef/"] = ("Ny enhetschef för kontaktcenter", """<h1>Ny enhetschef för kontaktcenter</h1>
<p>Maria Ström blir ny enhetschef för kontaktcenter från 1 juni. Hon kommer närmast från socialförvaltningen.
<a href="/kontaktcenter/">Läs mer om kontaktcenter</a>.</p>""")
    P["/nyheter/simskola/"] = ("Simskolan startar i juni", "<h1>Simskolan startar i juni</h1><p>Anmälan görs i e-tjänsten.</p>")
    P["/gamla/arkiv.asp"] = ("Nyhetsarkiv", """<p><b>NYHETSARKIV</b> (från gamla webbplatsen, uppdateras inte)</p>
<table border="1" cellpadding="3"><tr><td>2022-03-01</td><td><a href="/gamla/nyhet-namnbyte.asp">Medborgarkontoret blir Kontaktcenter</a></td></tr>
<tr><td>2020-11-12</td><td><a href="/gamla/nyhet-oppettider.asp">Medborgarkontoret har nya öppettider i jul</a></td></tr>
<tr><td>2019-06-03</td><td><a href="/medborgarkontoret/">Medborgarkontoret - kontakt</a></td></tr></table>""", "table")
    P["/gamla/nyhet-namnbyte.asp"] = ("Medborgarkontoret blir Kontaktcenter", """<p><b>Medborgarkontoret blir Kontaktcenter</b></p>
<p>Från 1 april heter Medborgarkontoret Kontaktcenter. Chef är Lars Öberg. Telefonnumret är detsamma.</p>
<p><a href="/gamla/arkiv.asp">Tillbaka till arkivet</a></p>""", "table")
    P["/gamla/nyhet-oppettider.asp"] = ("Medborgarkontoret har nya öppettider i jul", """<p><b>Medborgarkontoret har nya öppettider i jul</b></p>
<p>Medborgarkontoret har stängt 24-26 december.</p><p><a href="/gamla/arkiv.asp">Tillbaka till arkivet</a></p>""", "table")
    write_site("9485", S, P, redirects={"/medborgarkontoret/": ["/kontaktcenter/", 301]},
               latin1={"/gamla/arkiv.asp", "/gamla/nyhet-namnbyte.asp", "/gamla/nyhet-oppettider.asp"},
               search_hits={"kontaktcenter": ["/kontaktcenter/", "/nyheter/ny-enhetschef/"],
                            "medborgarkontor": ["/gamla/nyhet-namnbyte.asp"]})


def site_9486():
    """Lomvik: Municipio drawer; servicecenter closed for renovation, news teaser about it."""
    S = {"kommun": "Lomvik", "lan_kod": "14", "lan": "Västra Götalands län", "family": "municipio",
         "fam_note": "municipio (drawer aria-hidden)"}
    S["menu"] = area_menu({"/kommun-och-politik/": [("Servicecenter", "/servicecenter/")]})
    S["header_extra"] = "<a class=\"c-header__link\" href=\"/kontakt/\">Kontakt</a>"
    S["footer"] = footer("Lomvik", "lomvik.se", "031-390 06 00", "Kyrkogatan 1, 999 20 Lomvik",
                         "Lomvikshem AB kundcenter: 031-390 06 90 (hyresgäster)")
    P = std_pages("Lomvik")
    P["/"] = ("Lomviks kommun", """
<section class="c-hero"><h1>Sommar i Lomvik</h1><p>Bad, bibliotek och evenemang hela sommaren.</p>
<div class="c-card-grid"><a class="c-card" href="/barn-och-utbildning/#forskola">Förskola</a>
<a class="c-card" href="/bygga-bo-och-miljo/#bygglov">Bygglov</a><a class="c-card" href="/kultur-och-fritid/#badhus">Badhus</a>
<a class="c-card" href="/naringsliv-och-arbete/#lediga-jobb">Lediga jobb</a></div></section>
<section class="c-news"><h2>Aktuellt</h2>""" + news_list([
        ("Servicecenter stänger för renovering i sommar", "/nyheter/servicecenter-renovering/", "2025-06-02"),
        ("Nya tider för återvinningscentralen", "/nyheter/atervinning/", "2025-05-27"),
    ]) + "</section>")
    P["/servicecenter/"] = ("Servicecenter", """<article class="c-article"><h1>Servicecenter</h1>
<div class="c-notice c-notice--warning"><strong>Tillfälligt stängt för renovering 1 juli–11 augusti.</strong>
Besöksdisken i kommunhuset är stängd. Under tiden möter vi dig i biblioteket, Kyrkogatan 4, tisdagar och torsdagar
10–15. Telefonen är öppen som vanligt.</div>
<p>Servicecenter svarar på frågor om bland annat förskola, avfall, parkeringstillstånd och bygglov. Enklare ärenden
löser vi direkt.</p>
<p>Telefon 031-390 06 20, vardagar 8–16.</p>
<p>Hos oss arbetar sex kommunvägledare som hjälper dig vidare till rätt handläggare.</p>
<p class="c-meta">Sidansvarig: Servicecenter, kommunikationsavdelningen</p></article>""")
    P["/kontakt/"] = ("Kontakt", """<h1>Kontakt</h1><p>Växel: 031-390 06 00<br>E-post: kommun@lomvik.se<br>
Postadress: Box 1, 999 20 Lomvik</p><p>Har du frågor om kommunens service? Vänd dig till <a href="/servicecenter/">Servicecenter</a>.</p>""")
    P["/nyheter/"] = ("Nyheter", "<h1>Nyheter</h1>" + news_list([
        ("Servicecenter stänger för renovering i sommar", "/nyheter/servicecenter-renovering/", "2025-06-02"),
        ("Nya tider för återvinningscentralen", "/nyheter/atervinning/", "2025-05-27")]))
    P["/nyheter/servicecenter-renovering/"] = ("Servicecenter stänger för renovering i sommar", """
<h1>Servicecenter stänger för renovering i sommar</h1><p>Entrén i kommunhuset byggs om. Servicecenter finns i
biblioteket under tiden. <a href="/servicecenter/">Till Servicecenter</a></p>""")
    P["/nyheter/atervinning/"] = ("Nya tider för återvinningscentralen", "<h1>Nya tider för återvinningscentralen</h1><p>Sommaröppet 7–19.</p>")
    write_site("9486", S, P, search={"path": "/", "param": "s"},
               search_hits={"servicecenter": ["/servicecenter/", "/nyheter/servicecenter-renovering/"]})


def site_9487():
    """Hästerud: 503 everywhere (migration maintenance)."""
    S = {"kommun": "Hästerud", "lan_kod": "17", "lan": "Värmlands län", "family": "semantic",
         "fam_note": "semantic (unreachable)", "menu": [*area_menu(), ("Kundcenter", "/kundcenter/", [])],
         "footer": footer("Hästerud", "hasterud.se", "0980-319 200", "Torget 1, 999 30 Hästerud")}
    P = {"/": ("Hästeruds kommun", "<h1>Välkommen</h1><p><a href=\"/kundcenter/\">Kundcenter</a></p>"),
         "/kundcenter/": ("Kundcenter", "<h1>Kundcenter</h1><p>Vi svarar på frågor om skola och avfall. Telefon 0980-319 201, "
                                        "e-post kundcenter@hasterud.se. Kundcenterchef: Olle Myr.</p>")}
    P.update({k: v for k, v in std_pages("Hästerud").items() if k != "/sok/"})
    write_site("9487", S, P, front_status=503)


def site_9488():
    """Kvistfors: Bootstrap; Medborgarkontoret renamed Kontakt Kvistfors; new chef; old news archive."""
    S = {"kommun": "Kvistfors", "lan_kod": "20", "lan": "Dalarnas län", "family": "bootstrap", "fam_note": "bootstrap"}
    S["menu"] = [*area_menu(), ("Kontakta oss", "/kontakta-oss", [])]
    S["footer"] = footer("Kvistfors", "kvistfors.se", "040-628 04 00", "Bruksgatan 3, 999 40 Kvistfors",
                         "Kvistfors Energi AB kundtjänst: 040-628 04 99")
    P = std_pages("Kvistfors")
    P["/"] = ("Kvistfors kommun", """
<div class="p-5 mb-4 bg-light rounded-3"><h1>Kvistfors – nära till allt</h1><p>Nya telefontider i sommar för
kommunens kontaktvägar, se respektive sida.</p></div>
<div class="row"><div class="col-md-4"><div class="card"><div class="card-body"><h2 class="h5">Förskola</h2><a href="/barn-och-utbildning/#forskola" class="stretched-link">Ansök</a></div></div></div>
<div class="col-md-4"><div class="card"><div class="card-body"><h2 class="h5">Avfall</h2><a href="/bygga-bo-och-miljo/#avfall-och-atervinning" class="stretched-link">Hämtschema</a></div></div></div>
<div class="col-md-4"><div class="card"><div class="card-body"><h2 class="h5">Jobb</h2><a href="/naringsliv-och-arbete/#lediga-jobb" class="stretched-link">Lediga jobb</a></div></div></div></div>
<h2 class="mt-4">Nyheter</h2>""" + news_list([("Vägarbete på Bruksgatan", "/nyheter/vagarbete/", "2025-06-01")])
        + "<p><a href=\"/nyheter/\">Fler nyheter</a> · <a href=\"/nyheter/arkiv/\">Nyhetsarkiv</a></p>")
    P["/kontakt-kvistfors/"] = ("Kontakt Kvistfors", """<h1>Kontakt Kvistfors</h1>
<div class="alert alert-info">Nya telefontider i sommar (23 juni–17 augusti): vardagar 8–12.</div>
<p class="lead">Kontakt Kvistfors är kommunens väg in – tidigare Medborgarkontoret. Hör av dig om du undrar något,
så hjälper vi dig vidare. Vi finns här för dig.</p>
<p>Telefon: 040-628 04 10<br>E-post: kontakt@kvistfors.se</p>
<p>Chef för Kontakt Kvistfors: Elin Rask (sedan 1 maj 2025, efter Göran Ulv).</p>""")
    P["/nyheter/"] = ("Nyheter", "<h1>Nyheter</h1>" + news_list([("Vägarbete på Bruksgatan", "/nyheter/vagarbete/", "2025-06-01")])
                      + "<p><a href=\"/nyheter/arkiv/\">Nyhetsarkiv</a></p>")
    P["/nyheter/vagarbete/"] = ("Vägarbete på Bruksgatan", "<h1>Vägarbete på Bruksgatan</h1><p>Bruksgatan stängs av vecka 25.</p>")
    P["/nyheter/arkiv/"] = ("Nyhetsarkiv", "<h1>Nyhetsarkiv</h1>" + news_list([
        ("Medborgarkontoret blir Kontakt Kvistfors", "/nyheter/arkiv/namnbyte/", "2024-09-02"),
        ("Medborgarkontoret hjälper dig med deklarationen", "/nyheter/arkiv/deklaration/", "2023-04-10"),
        ("Göran Ulv ny chef för Medborgarkontoret", "/nyheter/arkiv/ny-chef-2021/", "2021-02-15")]))
    P["/nyheter/arkiv/namnbyte/"] = ("Medborgarkontoret blir Kontakt Kvistfors", """<h1>Medborgarkontoret blir Kontakt Kvistfors</h1>
<p>Från 1 oktober byter Medborgarkontoret namn till Kontakt Kvistfors. <a href="/kontakt-kvistfors/">Till Kontakt Kvistfors</a></p>""")
    P["/nyheter/arkiv/deklaration/"] = ("Medborgarkontoret hjälper dig med deklarationen", """<h1>Medborgarkontoret hjälper dig med deklarationen</h1>
<p>Medborgarkontoret hjälper dig med frågor om bygglov, skola och avfall, och i april även med deklarationen.
Ring 040-628 04 10 eller besök oss på Bruksgatan 3, vardagar 9–16.</p>""")
    P["/nyheter/arkiv/ny-chef-2021/"] = ("Göran Ulv ny chef för Medborgarkontoret", "<h1>Göran Ulv ny chef för Medborgarkontoret</h1><p>Göran kommer från Kvistfors Energi.</p>")
    write_site("9488", S, P, redirects={"/kontakta-oss": ["/kontakt-kvistfors/", 301]},
               search_hits={"kontakt kvistfors": ["/kontakt-kvistfors/"], "medborgarkontor": ["/nyheter/arkiv/namnbyte/"]})


def site_9489():
    """Mörtsala: div soup; only excluded names; switchboard summer hours."""
    S = {"kommun": "Mörtsala", "lan_kod": "05", "lan": "Östergötlands län", "family": "soup", "fam_note": "soup"}
    S["menu"] = [*area_menu({"/bygga-bo-och-miljo/": [("Bygglovsservice", "/bygglovsservice/")]}), ("Kontakt", "/kontakt/", [])]
    S["footer"] = footer("Mörtsala", "mortsala.se", "040-628 04 50", "Ågatan 2, 999 50 Mörtsala",
                         "Mörtsala Vatten AB – Kundtjänst för VA och renhållning: 040-628 04 55")
    P = std_pages("Mörtsala")
    P["/"] = ("Mörtsala kommun", """<!-- kontaktcenter-sida publiceras när verksamheten startar -->
<div class="box7"><div class="h">Välkommen till Mörtsala</div><p>Växeln har nya telefontider i sommar: 8–15.</p>
<a href="/kontakt/">Kontakta kommunen</a></div>
<div class="box8"><div class="h">Nyheter</div>""" + news_list([
        ("Mörtsalabostäders kundcenter stänger för renovering", "/nyheter/bostader-kundcenter/", "2025-06-03"),
        ("Statens servicecenter flyttar till Torget", "/nyheter/statens-servicecenter/", "2025-05-12")]) + "</div>")
    P["/kontakt/"] = ("Kontakt", """<div class="h1">Kontakt</div><p>Ring växeln 040-628 04 50, vardagar 8–16.30
(sommartid 8–15). E-post: kommun@mortsala.se.</p><p>Färdtjänst bokas hos Region Östmarks kundtjänst.</p>""")
    P["/bygglovsservice/"] = ("Bygglovsservice", """<div class="h1">Bygglovsservice</div><p>Bygglovsservice svarar
på frågor om bygglov och anmälan. Telefon 040-628 04 51, tisdagar 9–11. Ansvarig: bygglovschef Pia Norr.</p>""")
    P["/nyheter/"] = ("Nyheter", "<div class=\"h1\">Nyheter</div>" + news_list([
        ("Mörtsalabostäders kundcenter stänger för renovering", "/nyheter/bostader-kundcenter/", "2025-06-03"),
        ("Statens servicecenter flyttar till Torget", "/nyheter/statens-servicecenter/", "2025-05-12")]))
    P["/nyheter/bostader-kundcenter/"] = ("Mörtsalabostäders kundcenter stänger för renovering", """
<div class="h1">Mörtsalabostäders kundcenter stänger för renovering</div><p>Det kommunala bostadsbolaget
Mörtsalabostäder AB håller sitt kundcenter i Centrumhuset stängt i juli. Kundcenterchef Åke Lund hänvisar
hyresgäster till telefon 040-628 04 70.</p>""")
    P["/nyheter/statens-servicecenter/"] = ("Statens servicecenter flyttar till Torget", """
<div class="h1">Statens servicecenter flyttar till Torget</div><p>Statens servicecenter, där du möter
Försäkringskassan, Skatteverket och Pensionsmyndigheten, flyttar till Torget 3 i augusti.</p>""")
    write_site("9489", S, P, search_hits={"kundcenter": ["/nyheter/bostader-kundcenter/"],
                                          "servicecenter": ["/nyheter/statens-servicecenter/"]})


def fam_oldepi(S, title, main, front):
    """Old EPiServer section of Ugglebo (not yet migrated)."""
    menu = "".join(f"<li><a id=\"ctl00_Menu_{i}\" href=\"{p}\">{lbl}</a></li>" for i, (lbl, p, _) in enumerate(S["menu"]))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="sv"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{title}</title></head>
<body><form id="aspnetForm" method="post" action=""><input type="hidden" name="__VIEWSTATE" value="dDwtMTA4NzA" />
<div id="ctl00_Header"><a href="/"><img src="data:," alt="Ugglebo kommun" /></a>
<div class="oldsite-banner">Du är på en sida från vår gamla webbplats. Sidan flyttas till nya webbplatsen under hösten.</div></div>
<div id="ctl00_LeftMenu"><ul>{menu}</ul></div>
<div id="ctl00_MainContent">{main}</div>
<div id="ctl00_Footer">{S['footer']}</div>
</form></body></html>
"""


FAMILIES["oldepi"] = fam_oldepi


def site_9490():
    """Ugglebo: new semantic site; the unit's page still lives in the old EPiServer section."""
    S = {"kommun": "Ugglebo", "lan_kod": "08", "lan": "Kalmar län", "family": "semantic",
         "fam_note": "semantic (new) + old EPiServer .aspx section"}
    S["menu"] = [*area_menu(), ("Kontakta oss", "/kontakta-oss/", [])]
    S["footer"] = footer("Ugglebo", "ugglebo.se", "0980-319 210", "Kungsgatan 10, 999 60 Ugglebo")
    P = std_pages("Ugglebo")
    P["/"] = ("Ugglebo kommun", """<section class="hero"><h1>Här växer Ugglebo</h1>
<p>Vår nya webbplats är under uppbyggnad. Vissa sidor finns fortfarande på den gamla webbplatsen.</p>
<ul class="shortcuts"><li><a href="/barn-och-utbildning/#skolskjuts">Skolskjuts</a></li>
<li><a href="/omsorg-och-stod/#fardtjanst">Färdtjänst</a></li><li><a href="/bygga-bo-och-miljo/#parkering">Parkering</a></li></ul></section>
<section class="news"><h2>Nyheter</h2>""" + news_list([("Nytt äldreboende invigs", "/nyheter/aldreboende/", "2025-05-30")]) + "</section>")
    P["/kontakta-oss/"] = ("Kontakta oss", """<h1>Kontakta oss</h1><p>Växel: 0980-319 210<br>E-post: kommun@ugglebo.se</p>
<p>Vill du besöka oss? <a href="/gamla/medborgarservice.aspx">Medborgarservice</a> (sidan finns kvar på vår gamla
webbplats under flytten).</p>""")
    P["/gamla/medborgarservice.aspx"] = ("Medborgarservice", """<h1>Medborgarservice</h1>
<p>Medborgarservice hjälper dig med frågor om parkeringstillstånd, färdtjänst, bostadsanpassning och skolskjuts.</p>
<p>Telefon: 0980-319 220<br />Besöksadress: Kungsgatan 12 (entrén från torget)</p>
<table><tr><td>Öppet</td><td>måndag–fredag 9–16</td></tr></table>
<p><a href="/gamla/organisation.aspx">Organisation</a></p>""", "oldepi")
    P["/gamla/organisation.aspx"] = ("Organisation", """<h1>Organisation</h1>
<table><tr><th>Enhet</th><th>Kontakt</th></tr>
<tr><td>Kommunledningskontoret</td><td>Kommundirektör Åsa Lind</td></tr>
<tr><td>Medborgarservice</td><td>Kommunvägledare Ove Berg, Tina Sjö</td></tr>
<tr><td>Överförmyndare</td><td>Handläggare Rut Kvist</td></tr></table>""", "oldepi")
    P["/nyheter/"] = ("Nyheter", "<h1>Nyheter</h1>" + news_list([("Nytt äldreboende invigs", "/nyheter/aldreboende/", "2025-05-30")]))
    P["/nyheter/aldreboende/"] = ("Nytt äldreboende invigs", "<h1>Nytt äldreboende invigs</h1><p>Ekbacken öppnar i augusti.</p>")
    write_site("9490", S, P, search_hits={"medborgarservice": ["/gamla/medborgarservice.aspx"]})


def site_9491():
    """Sandhamra: old table-layout site (ISO-8859-1); Kundcenter page under construction, one click deep."""
    S = {"kommun": "Sandhamra", "lan_kod": "24", "lan": "Västerbottens län", "family": "table", "fam_note": "table (ISO-8859-1)"}
    S["menu"] = [(a[0], a[1], []) for a in AREAS[:5]] + [("Om kommunen", "/kommunen/", [])]
    S["header_extra"] = "<font color=\"#ffff99\" size=\"1\">Vi byter webbplats hösten 2025!</font>"
    S["footer"] = footer("Sandhamra", "sandhamra.se", "0980-319 280", "Strandvägen 1, 999 70 Sandhamra")
    P = std_pages("Sandhamra")
    P["/"] = ("Sandhamra kommun", """<p><font size="4"><b>Välkommen till Sandhamra kommun</b></font></p>
<table width="100%"><tr><td valign="top" width="60%"><b>NYHETER</b><br>""" + news_list([
        ("Sandhamra Bostäder AB:s kundcenter har nya öppettider", "/nyheter/bostader.asp", "2025-05-19"),
        ("Ny webbplats i höst", "/nyheter/ny-webb.asp", "2025-05-02")]) + """</td>
<td valign="top"><b>GENVÄGAR</b><br><a href="/barn-och-utbildning/#forskola">Förskola</a><br>
<a href="/bygga-bo-och-miljo/#bygglov">Bygglov</a><br><a href="/kommunen/">Om kommunen</a></td></tr></table>""")
    P["/kommunen/"] = ("Om kommunen", """<p><font size="3"><b>Om kommunen</b></font></p>
<ul><li><a href="/kommunen/kundcenter.asp">Kundcenter</a></li><li><a href="/kommun-och-politik/">Politik och organisation</a></li>
<li><a href="/nyheter/">Nyheter</a></li></ul>""")
    P["/kommunen/kundcenter.asp"] = ("Kundcenter", """<h1>Kundcenter</h1>
<p><i>Sidan är under uppbyggnad.</i> Information om Kundcenter kommer snart på vår nya webbplats.</p>
<p>Ring 0980-319 230.</p>""")
    P["/nyheter/"] = ("Nyheter", "<p><b>Nyheter</b></p>" + news_list([
        ("Sandhamra Bostäder AB:s kundcenter har nya öppettider", "/nyheter/bostader.asp", "2025-05-19"),
        ("Ny webbplats i höst", "/nyheter/ny-webb.asp", "2025-05-02")]))
    P["/nyheter/bostader.asp"] = ("Sandhamra Bostäder AB:s kundcenter har nya öppettider", """<p><b>Sandhamra Bostäder AB:s
kundcenter har nya öppettider</b></p><p>Bostadsbolagets kundcenter har sommaröppet 9-12. Kundcenterchef: Rolf Ek.</p>""")
    P["/nyheter/ny-webb.asp"] = ("Ny webbplats i höst", "<p><b>Ny webbplats i höst</b></p><p>Sandhamra.se byter utseende och publiceringssystem.</p>")
    write_site("9491", S, P, latin1=set(P), search_hits={"kundcenter": ["/kommunen/kundcenter.asp"]})


def site_9492():
    """Ekorrnäs: ARIA-role divs; temporary notice box at top of main is the entrance (summer phone hours)."""
    S = {"kommun": "Ekorrnäs", "lan_kod": "12", "lan": "Skåne län", "family": "aria", "fam_note": "aria (roles only, CSS order)"}
    S["menu"] = [(a[0], a[1], []) for a in AREAS]
    S["footer"] = footer("Ekorrnäs", "ekorrnas.se", "040-628 04 00", "Hamngatan 4, 999 80 Ekorrnäs",
                         "<a href=\"/kontaktcenter/\">Kontaktcenter</a>")
    P = std_pages("Ekorrnäs")
    P["/"] = ("Ekorrnäs kommun", """<div class="notice" role="region" aria-label="Viktigt meddelande">
<strong>Sommartider:</strong> Kontaktcenter har nya telefontider 23 juni–15 augusti, vardagar 9–12.
<a href="/kontaktcenter/">Läs mer om Kontaktcenter</a></div>
<div class="hero"><h1>Välkommen till Ekorrnäs</h1><div class="cards"><a href="/kultur-och-fritid/#badhus">Badhuset</a>
<a href="/bygga-bo-och-miljo/#avfall-och-atervinning">Sophämtning</a><a href="/barn-och-utbildning/#skolskjuts">Skolskjuts</a></div></div>
<div class="news"><h2>Nyheter</h2>""" + news_list([("Ny kommundirektör i Ekorrnäs", "/nyheter/kommundirektor/", "2025-05-15")]) + "</div>")
    P["/kontaktcenter/"] = ("Kontaktcenter", """<h1>Kontaktcenter</h1>
<p>Vi hjälper dig med frågor om bland annat:</p><ul><li>förskola och skola</li><li>avfall och vatten</li>
<li>bygglov</li><li>hemtjänst</li></ul>
<p>Ring 040-628 04 20 eller <button class="chat-btn" type="button">Chatta med oss</button></p>
<table><caption>Telefontider</caption><tr><td>Vardagar</td><td>8–16 (sommar 9–12)</td></tr></table>
<p>Kontaktcentrets kommunvägledare svarar på de flesta frågor direkt.</p>
<p class="meta">Sidansvarig: Kontaktcenter</p>""")
    P["/nyheter/"] = ("Nyheter", "<h1>Nyheter</h1>" + news_list([("Ny kommundirektör i Ekorrnäs", "/nyheter/kommundirektor/", "2025-05-15")]))
    P["/nyheter/kommundirektor/"] = ("Ny kommundirektör i Ekorrnäs", """<h1>Ny kommundirektör i Ekorrnäs</h1>
<p>Johan Alm tillträder som kommundirektör 1 september och ansvarar för hela kommunens förvaltning.</p>""")
    write_site("9492", S, P, search_hits={"kontaktcenter": ["/kontaktcenter/"]})


def site_9493():
    """Flodby: migrated from Sitevision to Municipio; old /4.xxx.html URLs redirect; unit moved."""
    S = {"kommun": "Flodby", "lan_kod": "21", "lan": "Gävleborgs län", "family": "municipio",
         "fam_note": "municipio (drawer) with old Sitevision URLs redirected"}
    S["menu"] = area_menu()
    S["footer"] = footer("Flodby", "flodby.se", "031-390 06 50", "Rådhusgatan 5, 999 90 Flodby",
                         "<a href=\"/4.1a2b3c4d.html\">Medborgarkontoret</a>")
    P = std_pages("Flodby")
    P["/"] = ("Flodby kommun", """<section class="c-hero"><h1>Flodby kommun</h1>
<div class="c-card-grid"><a class="c-card" href="/barn-och-utbildning/#skolval">Skolval</a>
<a class="c-card" href="/omsorg-och-stod/#aldreomsorg">Äldreomsorg</a><a class="c-card" href="/bygga-bo-och-miljo/#bygglov">Bygglov</a></div></section>
<section class="c-news"><h2>Nyheter</h2>""" + news_list([
        ("Medborgarkontoret har flyttat till Stadshuset", "/nyheter/medborgarkontoret-flyttar/", "2025-06-02"),
        ("Ny webbplats för Flodby kommun", "/nyheter/ny-webbplats/", "2025-04-01")]) + "</section>")
    P["/medborgarkontoret/"] = ("Medborgarkontoret", """<article><h1>Medborgarkontoret</h1>
<div class="c-notice">Vi har flyttat! Från 2 juni finns vi i Stadshuset, Rådhusgatan 5, entréplan.</div>
<p>Hos oss kan du få hjälp med ansökan om parkeringstillstånd, frågor om avfall, hemtjänst och skolval, och du kan
låna en dator för att använda e-tjänsterna.</p>
<h2>Öppettider</h2><table><tr><td>Måndag–torsdag</td><td>9–17</td></tr><tr><td>Fredag</td><td>9–14</td></tr></table>
<p>Besöksadress: Stadshuset, Rådhusgatan 5</p>
<p><a href="/kommun-och-politik/organisation/">Så är kommunen organiserad</a></p></article>""")
    P["/kommun-och-politik/organisation/"] = ("Organisation", """<h1>Organisation</h1>
<h2>Kommunledningsförvaltningen</h2><ul><li>Kommundirektör: Sven Hall</li><li>Kommunikationschef: Ida Borg</li>
<li>Chef för Medborgarkontoret: Hanna Vik</li></ul>""")
    P["/nyheter/"] = ("Nyheter", "<h1>Nyheter</h1>" + news_list([
        ("Medborgarkontoret har flyttat till Stadshuset", "/nyheter/medborgarkontoret-flyttar/", "2025-06-02"),
        ("Ny webbplats för Flodby kommun", "/nyheter/ny-webbplats/", "2025-04-01")]))
    P["/nyheter/medborgarkontoret-flyttar/"] = ("Medborgarkontoret har flyttat till Stadshuset", """
<h1>Medborgarkontoret har flyttat till Stadshuset</h1><p>Medborgarkontoret lämnar biblioteket och finns nu i
Stadshuset. <a href="/4.1a2b3c4d.html">Läs mer</a></p>""")
    P["/nyheter/ny-webbplats/"] = ("Ny webbplats för Flodby kommun", """<h1>Ny webbplats för Flodby kommun</h1>
<p>Gamla länkar (adresser som /4.12345.html) skickas vidare till de nya sidorna.</p>""")
    write_site("9493", S, P, search={"path": "/", "param": "s"},
               redirects={"/4.1a2b3c4d.html": ["/medborgarkontoret/", 301]},
               search_hits={"medborgarkontoret": ["/medborgarkontoret/", "/nyheter/medborgarkontoret-flyttar/"]})


def site_9494():
    """Bergsäter: hand-written divs; Servicekontoret renamed Invånarservice; new chef; front desk closed."""
    S = {"kommun": "Bergsäter", "lan_kod": "25", "lan": "Norrbottens län", "family": "soup", "fam_note": "soup (hand-written)"}
    S["menu"] = [*area_menu(), ("Hitta rätt", "/hitta-ratt/", [])]
    S["footer"] = footer("Bergsäter", "bergsater.se", "040-628 04 60", "Gruvvägen 2, 999 95 Bergsäter")
    P = std_pages("Bergsäter")
    P["/"] = ("Bergsäters kommun", """<div class="box1"><div class="h">Välkommen till Bergsäter</div>
<a href="/hitta-ratt/">Hitta rätt i kommunen</a> | <a href="/barn-och-utbildning/#forskola">Förskola</a> |
<a href="/bygga-bo-och-miljo/#avfall-och-atervinning">Avfall</a></div>
<div class="box2"><div class="h">Nyheter</div>""" + news_list([("Kommunhuset renoveras", "/nyheter/renovering/", "2025-05-26")])
        + "<a href=\"/nyheter/arkiv/\">Nyhetsarkiv</a></div>")
    P["/hitta-ratt/"] = ("Hitta rätt", """<div class="h1">Hitta rätt</div><div class="cards">
<a class="card" href="/invanarservice/">Invånarservice</a><a class="card" href="/bygga-bo-och-miljo/#vatten-och-avlopp">Felanmälan VA</a>
<a class="card" href="/kommun-och-politik/#diarium">Diarium</a></div>""")
    P["/invanarservice/"] = ("Invånarservice", """<h1>Invånarservice</h1><p><em>(tidigare Servicekontoret)</em></p>
<p>Invånarservice svarar på frågor om förskola, avfall och bygglov.</p>
<p class="warn">Besöksdisken i kommunhuset är stängd för renovering till och med september.</p>
<p>Ring oss på 040-628 04 61.</p>
<p>Enhetschef för Invånarservice: Peter Sand (ny sedan 1 april).</p>""")
    P["/nyheter/"] = ("Nyheter", "<div class=\"h1\">Nyheter</div>" + news_list([("Kommunhuset renoveras", "/nyheter/renovering/", "2025-05-26")]))
    P["/nyheter/renovering/"] = ("Kommunhuset renoveras", "<div class=\"h1\">Kommunhuset renoveras</div><p>Entréplanet byggs om under sommaren.</p>")
    P["/nyheter/arkiv/"] = ("Nyhetsarkiv", "<div class=\"h1\">Nyhetsarkiv</div>" + news_list([
        ("Servicekontoret blir Invånarservice", "/nyheter/arkiv/namnbyte/", "2025-03-20"),
        ("Servicekontoret har sommaröppet", "/nyheter/arkiv/sommar-2024/", "2024-06-10")]))
    P["/nyheter/arkiv/namnbyte/"] = ("Servicekontoret blir Invånarservice", """<div class="h1">Servicekontoret blir Invånarservice</div>
<p>Servicekontoret byter namn 1 april. <a href="/invanarservice/">Till Invånarservice</a></p>""")
    P["/nyheter/arkiv/sommar-2024/"] = ("Servicekontoret har sommaröppet", """<div class="h1">Servicekontoret har sommaröppet</div>
<p>Servicekontoret har öppet 10–14 i juli. Besök oss i kommunhuset, Gruvvägen 2, eller mejla servicekontoret@bergsater.se.</p>""")
    write_site("9494", S, P, search_hits={"invånarservice": ["/invanarservice/"], "servicekontor": ["/nyheter/arkiv/namnbyte/"]})


def main() -> None:
    if ROOT.exists():
        shutil.rmtree(ROOT)
    ROOT.mkdir(parents=True)
    for fn in (site_9485, site_9486, site_9487, site_9488, site_9489, site_9490, site_9491, site_9492, site_9493,
               site_9494):
        fn()


if __name__ == "__main__":
    main()
