"""Markup families of the blind62 corpus (typing aid; the generated files are the corpus).

Each family turns (site, title, main html, front?) into a whole page: top bar, logo, GET
search form, primary menu with sub-menus, main content, footer, cookie banner.
"""
from __future__ import annotations

import html

AREAS = [
    ("Barn och utbildning", "/barn-och-utbildning/",
     ["Förskola", "Grundskola", "Gymnasieskola", "Skolskjuts", "Vuxenutbildning"]),
    ("Omsorg och stöd", "/omsorg-och-stod/",
     ["Äldreomsorg", "Funktionsstöd", "Försörjningsstöd", "Färdtjänst och serviceresor", "Bostadsanpassning"]),
    ("Bygga, bo och miljö", "/bygga-bo-och-miljo/",
     ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa", "Detaljplaner"]),
    ("Kultur och fritid", "/kultur-och-fritid/",
     ["Bibliotek", "Idrott och motion", "Föreningsliv", "Kulturskola", "Badplatser"]),
    ("Näringsliv och arbete", "/naringsliv-och-arbete/",
     ["Starta företag", "Tillstånd för företag", "Upphandling", "Lediga jobb", "Arbetsmarknad"]),
    ("Trafik och gator", "/trafik-och-gator/",
     ["Parkering", "Gator och vägar", "Snöröjning", "Kollektivtrafik", "Felanmälan"]),
    ("Kommun och politik", "/kommun-och-politik/",
     ["Organisation", "Politik och nämnder", "Ekonomi och budget", "Allmänna handlingar", "Synpunkter och klagomål"]),
]

SLUG = str.maketrans({"å": "a", "ä": "a", "ö": "o", " ": "-", ",": ""})


def slug(s: str) -> str:
    return s.lower().translate(SLUG).replace("--", "-")


def e(s: str) -> str:
    return html.escape(s, quote=True)


def menu_tree(site: dict) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """[(label, href, [(sub label, sub href)])]; site['sub_extra'] adds sub-items, site['top_extra'] top items."""
    tree = []
    for label, href, subs in AREAS:
        href = site.get("area_href", {}).get(href, href)
        items = [(s, f"{href.rstrip('/')}/{slug(s)}/") for s in subs]
        for area, sub_label, sub_href in site.get("sub_extra", []):
            if area == label:
                items.append((sub_label, sub_href))
        tree.append((label, href, items))
    for label, href in site.get("top_extra", []):
        tree.append((label, href, []))
    return tree


def front_blocks(site: dict, tag: str = "section") -> str:
    """Hero, news teasers, e-services, events, jobs, A-Ö, driftinfo (generic markup)."""
    k = site["kommun"]
    cards = "".join(f'<li class="{site.get("card_cls", "card")}"><a href="{e(h)}">{t}</a></li>'
                    for t, h in site["hero_cards"])
    news = "".join(
        f'<li><a href="{e(h)}"><span class="date">{d}</span> <strong>{t}</strong></a><p>{txt}</p></li>'
        for t, h, d, txt in site["news"])
    etj = "".join(f'<li><a href="/e-tjanster/{slug(x)}/">{x}</a></li>' for x in [
        "Ansök om förskoleplats", "Felanmälan gata och park", "Ansök om bygglov",
        "Beställ sophämtning", "Ansök om parkeringstillstånd", "Boka lokal"])
    ev = "".join(f'<li><a href="/evenemang/{slug(x)}/">{x}</a> <span>{d}</span></li>' for x, d in [
        ("Vårmarknad på torget", "12 maj"), ("Sagostund på biblioteket", "14 maj"),
        ("Öppet möte om översiktsplanen", "21 maj"), ("Konsert i kyrkparken", "2 juni")])
    ao = " ".join(f'<a href="/a-o/?bokstav={c}">{c}</a>' for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ")
    ao_words = " · ".join(f'<a href="/a-o/{slug(w)}/">{w}</a>' for w in [
        "Avfall", "Bygglov", "Färdtjänst och serviceresor", "Förskola", "Servicegarantier",
        "Parkering", "Simhall", "Vigsel"])
    return f"""
<{tag} class="{site.get('hero_cls', 'hero')}">
  <h1>Välkommen till {k}s kommun</h1>
  <p>{site.get('hero_text', 'Här hittar du information och e-tjänster för dig som bor och verkar i ' + k + '.')}</p>
  <ul class="shortcuts">{cards}</ul>
</{tag}>
<{tag} class="drift"><h2>Driftinformation</h2><p>Vattenavstängning på Kvarngatan tisdag 8–12. <a href="/driftinformation/">All driftinformation</a></p></{tag}>
<{tag} class="news"><h2>Nyheter</h2><ul>{news}</ul><p><a href="/nyheter/">Fler nyheter</a></p></{tag}>
<{tag} class="etj"><h2>Populära e-tjänster</h2><ul>{etj}</ul><p><a href="/e-tjanster/">Alla e-tjänster</a></p></{tag}>
<{tag} class="events"><h2>Evenemang</h2><ul>{ev}</ul></{tag}>
<{tag} class="jobs"><h2>Jobba hos oss</h2><p>{k}s kommun är en av de största arbetsgivarna i länet.</p><p><a href="/jobb/">Se alla lediga jobb</a></p></{tag}>
<{tag} class="ao"><h2>A–Ö</h2><p>{ao}</p><p>{ao_words}</p></{tag}>
"""


COOKIE = ('<div class="{cls}" id="cookie-consent"><p>Vi använder kakor för att webbplatsen ska fungera och för '
          'anonym statistik. <a href="/kakor/">Läs mer om kakor</a></p><button type="button">Godkänn alla</button> '
          '<button type="button">Endast nödvändiga</button></div>')

SCRIPT = ("<script>document.querySelectorAll('#cookie-consent button').forEach(function(b){b.addEventListener('click',"
          "function(){document.getElementById('cookie-consent').hidden=true;});});</script>")


def footer_text(site: dict) -> tuple[str, str]:
    s = site
    addr = (f"<p><strong>{s['kommun']}s kommun</strong><br>{s['address']}<br>{s['postcode']} {s['town']}</p>"
            f"<p>Växel: <a href=\"tel:{s['tel']}\">{s['phone']}</a><br>E-post: "
            f"<a href=\"mailto:kommun@{s['domain']}\">kommun@{s['domain']}</a><br>Org.nr: {s['orgnr']}</p>")
    links = [("Tillgänglighetsredogörelse", "/tillganglighet/"), ("Om kakor", "/kakor/"),
             ("Personuppgifter (GDPR)", "/personuppgifter/"), ("Press", "/press/"), *s.get("footer_links", [])]
    lk = "".join(f'<li><a href="{e(h)}">{t}</a></li>' for t, h in links)
    return addr, lk


def topbar_links(site: dict) -> list[tuple[str, str, str]]:
    base = [("Lyssna", "#lyssna", ""), ("Lättläst", "/lattlast/", ""), ("Teckenspråk", "/teckensprak/", ""),
            ("In English", "/english/", "")]
    return site.get("topbar_override", base) + site.get("topbar_extra", [])


def head(site: dict, title: str, charset: str = "utf-8", extra: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{charset}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{e(title)} - {site["kommun"]}s kommun</title>\n'
            f'<link rel="canonical" href="__ORIGIN__{site["_path"]}">\n{extra}'
            f'<style>body{{font-family:sans-serif;margin:0}} .hidden{{display:none}}</style>\n</head>\n')


def a(label: str, href: str, attrs: str = "") -> str:
    return f'<a href="{e(href)}"{(" " + attrs) if attrs else ""}>{label}</a>'


# ---------------------------------------------------------------- families
def semantic(site, title, main, front):
    tb = "".join(f"<li>{a(t, h, x)}</li>" for t, h, x in topbar_links(site))
    nav = "".join(
        f'<li>{a(t, h)}<ul>' + "".join(f"<li>{a(s, sh)}</li>" for s, sh in subs) + "</ul></li>"
        for t, h, subs in menu_tree(site))
    addr, lk = footer_text(site)
    return (head(site, title) + f"""<body>
<a class="skip" href="#main">Till innehållet</a>
<header class="site-header">
  <nav class="topbar" aria-label="Genvägar"><ul>{tb}</ul></nav>
  <a class="logo" href="/"><img src="/logo.svg" alt="{site['kommun']}s kommun, till startsidan"></a>
  <form class="search" action="/sok/" method="get" role="search"><label for="q">Sök</label>
    <input id="q" name="q" type="search"><button>Sök</button></form>
  <nav class="primary" aria-label="Huvudmeny"><ul>{nav}</ul></nav>
</header>
<main id="main">
{main}
</main>
<footer class="site-footer">{addr}<ul>{lk}</ul></footer>
{COOKIE.format(cls="cookie")}
{SCRIPT}
</body>
</html>
""")


def soup(site, title, main, front):
    tb = "".join(f'<span class="t3">{a(t, h, x)}</span>' for t, h, x in topbar_links(site))
    nav = "".join(
        f'<div class="m1"><div class="m2">{a(t, h)}</div><div class="m3">'
        + "".join(f'<div class="m4">{a(s, sh)}</div>' for s, sh in subs) + "</div></div>"
        for t, h, subs in menu_tree(site))
    addr, lk = footer_text(site)
    main = main.replace("<section", "<div").replace("</section>", "</div>")
    return (head(site, title) + f"""<body>
<div class="w0">
 <div class="q1">
  <div class="zz">{tb}</div>
  <div class="zq"><a href="/"><img src="/img/l.png" alt="{site['kommun']}s kommun"></a>
   <div class="s9"><form action="/sok/" method="get"><input name="q" type="text" placeholder="Vad letar du efter?"><input type="submit" value="Sök"></form></div></div>
  <div class="mm">{nav}</div>
 </div>
 <div class="box7">
{main}
 </div>
 <div class="ft2"><div class="ft3">{addr}</div><div class="ft4">{lk.replace('<li>', '<div>').replace('</li>', '</div>')}</div></div>
</div>
{COOKIE.format(cls="ck1")}
{SCRIPT}
</body>
</html>
""")


def table(site, title, main, front):
    tb = " | ".join(a(f'<font size="1">{t}</font>', h, x) for t, h, x in topbar_links(site))
    nav = "".join(
        f'<tr><td bgcolor="#dde6ee">{a("<font face=Verdana size=2><b>" + t + "</b></font>", h)}</td></tr>'
        + "".join(f'<tr><td>&nbsp;&nbsp;{a("<font face=Verdana size=1>" + s + "</font>", sh)}</td></tr>'
                  for s, sh in subs)
        for t, h, subs in menu_tree(site))
    addr, lk = footer_text(site)
    lk = " | ".join(x.replace("<li>", "").replace("</li>", "") for x in lk.split("</li>") if x) if lk else ""
    main = (main.replace("<section", "<div").replace("</section>", "</div>"))
    return (head(site, title, "iso-8859-1") + f"""<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#336699" align="right"><font face="Verdana" color="#ffffff">{tb}</font></td></tr>
<tr><td width="220"><a href="/start.asp"><img src="/bilder/logo.gif" alt="{site['kommun']}s kommun" border="0"></a></td>
<td align="right"><form action="/sok.asp" method="get"><font face="Verdana" size="2">Sök:</font> <input type="text" name="sokord" size="20"> <input type="submit" value="Sök"></form></td></tr>
<tr><td valign="top" width="220"><table width="100%" border="0" cellpadding="3" cellspacing="0">{nav}</table></td>
<td valign="top"><font face="Verdana" size="2">
{main}
</font></td></tr>
<tr><td colspan="2" bgcolor="#eeeeee"><font face="Verdana" size="1">{addr} {lk}</font></td></tr>
</table>
{COOKIE.format(cls="kakruta")}
</body>
</html>
""")


def sitevision(site, title, main, front):
    tb = "".join(f'<li class="sv-topbar-item">{a(t, h, x)}</li>' for t, h, x in topbar_links(site))
    nav = "".join(
        f'<li class="sv-menu-item"><button type="button" aria-expanded="false" class="env-button">{t}</button>'
        f' {a(t, h, "class=sv-menu-link")}<div class="sv-megamenu-panel" hidden><div class="sv-column"><ul>'
        + "".join(f"<li>{a(s, sh)}</li>" for s, sh in subs) + "</ul></div></div></li>"
        for t, h, subs in menu_tree(site))
    addr, lk = footer_text(site)
    main = main.replace("<section", '<div class="sv-layout sv-row"').replace("</section>", "</div>")
    return (head(site, title, extra='<link rel="stylesheet" href="/sitevision/system-resource/css/sv.css">\n')
            + f"""<body class="sv-responsive">
<div class="sv-layout" id="svid10_1">
 <div class="sv-layout sv-template-portlet" id="svid12_top"><ul class="sv-topbar">{tb}</ul></div>
 <div class="sv-layout header-row">
  <div class="sv-image-portlet sv-portlet"><a href="/"><img src="/images/18.1a2b3c/logo.svg" alt="{site['kommun']}s kommun"></a></div>
  <div class="sv-searchform-portlet sv-portlet"><form action="/sok/" method="get"><input name="query" type="search" aria-label="Sök på webbplatsen"><button>Sök</button></form></div>
  <div class="sv-menu-portlet sv-portlet"><ul class="sv-menu">{nav}</ul></div>
 </div>
 <div class="sv-layout sv-content" id="svid10_main">
{main}
 </div>
 <div class="sv-layout sv-footer-row"><div class="sv-text-portlet sv-portlet">{addr}</div><div class="sv-text-portlet sv-portlet"><ul>{lk}</ul></div></div>
</div>
{COOKIE.format(cls="sv-cookie-consent")}
{SCRIPT}
</body>
</html>
""")


def municipio(site, title, main, front):
    tb = "".join(f'<li class="c-navbar__item">{a(t, h, x)}</li>' for t, h, x in topbar_links(site))
    nav = "".join(
        f'<li class="c-drawer__item">{a(t, h)}<button class="c-drawer__toggle" aria-label="Visa undermeny {t}">+</button>'
        f'<ul class="c-drawer__sub">' + "".join(f"<li>{a(s, sh)}</li>" for s, sh in subs) + "</ul></li>"
        for t, h, subs in menu_tree(site))
    addr, lk = footer_text(site)
    return (head(site, title, extra='<link rel="stylesheet" href="/wp-content/themes/municipio/assets/dist/css/app.css">\n')
            + f"""<body class="wp-theme-municipio page-template-default">
<header class="c-header">
 <div class="c-navbar c-navbar--top"><ul>{tb}</ul></div>
 <div class="c-header__main">
  <a class="c-logotype" href="/"><img src="/wp-content/uploads/logo.svg" alt="{site['kommun']}s kommun"></a>
  <form class="c-search" action="/" method="get"><input type="search" name="s" aria-label="Sök"><button>Sök</button></form>
  <button class="c-button js-drawer-open" aria-controls="drawer" aria-expanded="false">Meny</button>
 </div>
</header>
<div id="drawer" class="c-drawer" hidden><nav aria-label="Huvudmeny"><ul>{nav}</ul></nav></div>
<main id="main-content" class="o-container">
{main}
</main>
<footer class="c-footer"><div class="c-footer__col">{addr}</div><ul class="c-footer__links">{lk}</ul></footer>
{COOKIE.format(cls="c-cookie-consent")}
<script>document.querySelector('.js-drawer-open').addEventListener('click',function(){{var d=document.getElementById('drawer');d.hidden=!d.hidden;}});</script>
</body>
</html>
""")


def bootstrap(site, title, main, front):
    tb = "".join(f'<li class="list-inline-item">{a(t, h, x)}</li>' for t, h, x in topbar_links(site))
    nav = ""
    for t, h, subs in menu_tree(site):
        if subs:
            nav += (f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{e(h)}" data-bs-toggle="dropdown">{t}</a>'
                    f'<ul class="dropdown-menu">' + "".join(f'<li>{a(s, sh, "class=dropdown-item")}</li>' for s, sh in subs)
                    + "</ul></li>")
        else:
            nav += f'<li class="nav-item">{a(t, h, "class=nav-link")}</li>'
    addr, lk = footer_text(site)
    return (head(site, title, extra='<link rel="stylesheet" href="/css/bootstrap.min.css">\n') + f"""<body>
<div class="bg-light py-1"><div class="container"><ul class="list-inline mb-0 small">{tb}</ul></div></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">
 <a class="navbar-brand" href="/"><img src="/img/logo-vit.svg" alt="{site['kommun']}s kommun" height="40"></a>
 <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nv" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>
 <div class="collapse navbar-collapse" id="nv"><ul class="navbar-nav me-auto">{nav}</ul>
 <form class="d-flex" action="/sok/" method="get"><input class="form-control me-2" type="search" name="q" aria-label="Sök"><button class="btn btn-light">Sök</button></form></div>
</div></nav>
<div class="container my-4" id="content">
{main}
</div>
<div class="bg-dark text-white py-4"><div class="container row">{addr}<ul class="list-unstyled">{lk}</ul></div></div>
{COOKIE.format(cls="alert alert-secondary fixed-bottom")}
{SCRIPT}
</body>
</html>
""")


def aria(site, title, main, front):
    tb = "".join(f'<div role="listitem">{a(t, h, x)}</div>' for t, h, x in topbar_links(site))
    nav = "".join(
        f'<div role="listitem" class="n1">{a(t, h)}<div role="list" class="n2">'
        + "".join(f'<div role="listitem">{a(s, sh)}</div>' for s, sh in subs) + "</div></div>"
        for t, h, subs in menu_tree(site))
    addr, lk = footer_text(site)
    main = main.replace("<section", '<div role="region"').replace("</section>", "</div>")
    lk = lk.replace("<li>", '<div role="listitem">').replace("</li>", "</div>")
    return (head(site, title) + f"""<body>
<div class="pg" style="display:flex;flex-direction:column">
<div role="banner" class="b0" style="order:1">
 <div role="list" class="tb">{tb}</div>
 <div class="lg"><a href="/"><img src="/l.svg" alt="{site['kommun']}s kommun"></a></div>
 <div role="search"><form action="/sok/" method="get"><input name="q" aria-label="Sök"><button>Sök</button></form></div>
 <div role="navigation" aria-label="Huvudmeny"><div role="list">{nav}</div></div>
</div>
<div role="main" class="c0" style="order:2">
{main}
</div>
<div role="contentinfo" class="f0" style="order:3">{addr}<div role="list">{lk}</div></div>
</div>
{COOKIE.format(cls="ck")}
{SCRIPT}
</body>
</html>
""")


def episerver(site, title, main, front):
    tb = "".join(f'<li>{a(t, h, x)}</li>' for t, h, x in topbar_links(site))
    nav = "".join(
        f'<li class="MainMenu__item" data-epi-id="{i}">{a(t, h, "class=MainMenu__link")}<ul class="MainMenu__sub">'
        + "".join(f"<li>{a(s, sh)}</li>" for s, sh in subs) + "</ul></li>"
        for i, (t, h, subs) in enumerate(menu_tree(site), start=101))
    addr, lk = footer_text(site)
    main = main.replace("<section", '<div class="block" data-epi-property-name="MainContentArea"').replace("</section>", "</div>")
    return (head(site, title, extra='<link rel="stylesheet" href="/Static/css/main.min.css">\n') + f"""<body class="StartPage">
<header class="Header">
 <div class="Header__service"><ul>{tb}</ul></div>
 <div class="Header__main"><a class="Header__logo" href="/"><img src="/globalassets/logo.svg" alt="{site['kommun']}s kommun"></a>
 <form action="/sok/" method="get" class="SearchBox"><input name="q" type="search" aria-label="Sök"><button>Sök</button></form></div>
 <nav class="MainMenu"><ul>{nav}</ul></nav>
</header>
<div id="MainContent" class="PageContent" data-epi-property-name="MainBody">
{main}
</div>
<div class="Footer">{addr}<ul>{lk}</ul></div>
{COOKIE.format(cls="CookieBar")}
{SCRIPT}
</body>
</html>
""")


def drupal(site, title, main, front):
    tb = "".join(f'<li class="menu-item">{a(t, h, x)}</li>' for t, h, x in topbar_links(site))
    nav = "".join(
        f'<li class="menu-item menu-item--expanded">{a(t, h)}<ul class="menu">'
        + "".join(f'<li class="menu-item">{a(s, sh)}</li>' for s, sh in subs) + "</ul></li>"
        for t, h, subs in menu_tree(site))
    addr, lk = footer_text(site)
    main = main.replace("<section", '<div class="block block-layout-builder"').replace("</section>", "</div>")
    return (head(site, title, extra='<link rel="stylesheet" href="/sites/default/files/css/css_aB3.css">\n') + f"""<body class="path-frontpage">
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
 <header role="banner" class="region region-header">
  <div id="block-servicemeny" class="block block-menu"><ul class="menu">{tb}</ul></div>
  <div id="block-sitebranding" class="block block-system-branding-block"><a href="/" rel="home"><img src="/themes/custom/kommun/logo.svg" alt="Hem"></a> <span class="site-name">{site['kommun']}s kommun</span></div>
  <div class="block block-search"><form action="/sok/" method="get"><input name="keys" type="search" aria-label="Sök"><input type="submit" value="Sök"></form></div>
 </header>
 <div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-main-menu" id="block-main"><h2 id="block-main-menu" class="visually-hidden">Huvudmeny</h2><ul class="menu">{nav}</ul></nav></div>
 <div class="region region-content" id="content">
{main}
 </div>
 <div class="region region-footer"><div class="block">{addr}</div><div class="block"><ul class="menu">{lk}</ul></div></div>
</div>
</div>
{COOKIE.format(cls="eu-cookie-compliance-banner")}
{SCRIPT}
</body>
</html>
""")


def nextjs(site, title, main, front):
    tb = "".join(f'<li class="TopBar_item__x1">{a(t, h, x)}</li>' for t, h, x in topbar_links(site))
    nav = "".join(
        f'<li class="Nav_item__Qw3">{a(t, h, "class=Nav_link__aB2")}<ul class="Nav_sub__k9">'
        + "".join(f"<li>{a(s, sh)}</li>" for s, sh in subs) + "</ul></li>"
        for t, h, subs in menu_tree(site))
    addr, lk = footer_text(site)
    nd = site.get("next_data", '{"props":{"pageProps":{}},"page":"/[[...slug]]","buildId":"k7Hq2"}')
    main = main.replace("<section", '<section class="Block_root__z8"')
    return (head(site, title, extra='<link rel="preload" href="/_next/static/css/4a1b.css" as="style">\n') + f"""<body>
<div id="__next">
<div class="Layout_root__P0">
<header class="Header_root__a1"><ul class="TopBar_root__x0">{tb}</ul>
 <a href="/" class="Header_logo__c3"><img src="/_next/static/media/logo.5f1.svg" alt="{site['kommun']}s kommun"></a>
 <form action="/sok/" method="get" class="Search_form__d4"><input name="q" type="search" aria-label="Sök"><button type="submit">Sök</button></form>
 <nav class="Nav_root__e5" aria-label="Huvudmeny"><ul>{nav}</ul></nav>
</header>
<main class="Main_root__f6">
{main}
</main>
<footer class="Footer_root__g7">{addr}<ul>{lk}</ul></footer>
{COOKIE.format(cls="Cookie_root__h8")}
</div>
</div>
<script id="__NEXT_DATA__" type="application/json">{nd}</script>
</body>
</html>
""")


FAMILIES = {f.__name__: f for f in [semantic, soup, table, sitevision, municipio, bootstrap, aria,
                                     episerver, drupal, nextjs]}
