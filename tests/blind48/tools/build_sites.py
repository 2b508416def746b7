"""Typing aid that wrote tests/blind48/sites/ (the HTML files are the corpus; labels are not generated).

    python3 tests/blind48/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
SITES = HERE.parent / "sites"

AREAS = [
    ("Omsorg och stöd", "omsorg-och-stod"),
    ("Förskola och skola", "forskola-och-skola"),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo"),
    ("Trafik och infrastruktur", "trafik-och-infrastruktur"),
    ("Kultur och fritid", "kultur-och-fritid"),
    ("Kommun och politik", "kommun-och-politik"),
]
SUBS = {
    "omsorg-och-stod": ["Hemtjänst", "Äldreboende", "Färdtjänst", "Försörjningsstöd"],
    "forskola-och-skola": ["Förskola", "Grundskola", "Skolskjuts", "Gymnasium"],
    "bygga-bo-och-miljo": ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Tomtkö"],
    "trafik-och-infrastruktur": ["Parkering", "Gator och vägar", "Snöröjning", "Kollektivtrafik"],
    "kultur-och-fritid": ["Bibliotek", "Badhus", "Föreningsstöd", "Evenemang"],
    "kommun-och-politik": ["Politisk organisation", "Protokoll", "Budget", "Synpunkter"],
}
AREA_TEXT = {
    "omsorg-och-stod": "Här hittar du information om stöd i vardagen, hemtjänst, boenden och ekonomiskt bistånd.",
    "forskola-och-skola": "Information om förskola, grundskola, fritidshem och gymnasieskola i kommunen.",
    "bygga-bo-och-miljo": "Bygglov, avfall, vatten och avlopp, miljötillsyn och tomter.",
    "trafik-och-infrastruktur": "Parkering, gator, cykelvägar, snöröjning och kollektivtrafik.",
    "kultur-och-fritid": "Bibliotek, idrottsanläggningar, föreningsliv och evenemang.",
    "kommun-och-politik": "Kommunens politiska organisation, protokoll, budget och hur du lämnar synpunkter.",
}


def slugify(s: str) -> str:
    t = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), (",", ""), (" ", "-")):
        t = t.replace(a, b)
    return t


def area_page(s: dict, slug: str, label: str) -> dict:
    subs = "".join(f'<h2 id="{slugify(x)}">{x}</h2>\n<p>Information om {x.lower()} i {s["name"]}.</p>\n'
                   for x in SUBS[slug])
    extra = s.get("area_extra", {}).get(slug, "")
    return {"title": label, "h1": label, "body": f"<p class=\"lead\">{AREA_TEXT[slug]}</p>\n{extra}\n{subs}"}


# ---------------------------------------------------------------- families

def menu_items(s: dict) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """[(label, href, [(sublabel, subhref)])]"""
    out = []
    for label, slug in AREAS:
        href = s["area_path"](slug)
        subs = [(x, f"{href}#{slugify(x)}") for x in SUBS[slug]]
        subs += s.get("extra_subs", {}).get(slug, [])
        out.append((label, href, subs))
    out += [(lab, href, []) for lab, href in s.get("extra_top", [])]
    return out


def footer_html(s: dict, tag: str = "div", cls: str = "footer") -> str:
    return f"""<{tag} class="{cls}">
  <div class="footer-col"><h2>{s['kommun_full']}</h2>
    <p>{s['address']}<br>Växel: <a href="tel:{s['vaxel'].replace(' ', '').replace('-', '')}">{s['vaxel']}</a><br>
    E-post: <a href="mailto:kommun@{s['domain']}">kommun@{s['domain']}</a><br>Org.nr 212000-{s['code']}</p></div>
  <div class="footer-col"><h2>Om webbplatsen</h2><ul>
    <li><a href="{s['tillg']}">Tillgänglighetsredogörelse</a></li>
    <li><a href="{s['news_path']}">Nyheter</a></li>
    <li><a href="{s['front']}">Startsida</a></li></ul></div>
  {s.get('footer_extra', '')}
</{tag}>"""


def search_form(s: dict) -> str:
    return ('<form class="search" action="/sok/" method="get" role="search"><label for="q">Sök på webbplatsen</label>'
            '<input id="q" name="q" type="search" placeholder="Vad letar du efter?"><button type="submit">Sök</button></form>')


def topbar(s: dict) -> str:
    links = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in s.get("topbar", []))
    return (f'<ul class="topbar"><li><a href="#lyssna">Lyssna</a></li><li><a href="#lattlast">Lättläst</a></li>'
            f'<li><a href="#english">In English</a></li>{links}</ul>')


CSS = "<style>body{font-family:sans-serif;margin:0}.topbar,.nav ul{list-style:none}.hidden{display:none}</style>"


def head(s: dict, title: str, charset: str = "utf-8") -> str:
    t = s["kommun_full"] if title is None else f"{title} - {s['kommun_full']}"
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{charset}">\n<title>{t}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n{CSS}\n</head>\n')


def fam_semantic(s, page):
    nav = ""
    for lab, h, subs in menu_items(s):
        sub = "".join(f'<li><a href="{sh}">{sl}</a></li>' for sl, sh in subs)
        nav += f'<li><a href="{h}">{lab}</a>' + (f'<ul class="sub">{sub}</ul>' if subs else "") + "</li>"
    return (head(s, page["title"]) + f"""<body>
<header class="site-header">{topbar(s)}
<a class="logo" href="/"><img src="data:," alt="{s['kommun_full']} logotyp"></a>
{search_form(s)}
<nav aria-label="Huvudmeny"><ul class="menu">{nav}</ul></nav>
</header>
<main id="content">
{page.get('crumbs', '')}
<h1>{page['h1']}</h1>
{page['body']}
</main>
{footer_html(s, 'footer', 'site-footer')}
</body>
</html>
""")


def fam_sitevision(s, page):
    nav = ""
    for lab, h, subs in menu_items(s):
        panel = ""
        if subs:
            panel = ('<div class="sv-mega-panel" hidden><ul>' +
                     "".join(f'<li><a href="{sh}">{sl}</a></li>' for sl, sh in subs) + "</ul></div>")
        nav += f'<li class="sv-menu-item"><a class="sv-menu-link" href="{h}">{lab}</a>{panel}</li>'
    return (head(s, page["title"]) + f"""<body>
<div class="sv-layout" id="svid10_header">
 <div class="sv-portlet sv-topbar">{topbar(s)}</div>
 <div class="sv-portlet sv-image-portlet"><a href="/"><img src="/sitevision/logo.svg" alt="{s['kommun_full']}"></a></div>
 <div class="sv-portlet sv-search-portlet">{search_form(s)}</div>
 <div class="sv-portlet sv-menu-portlet"><ul class="sv-menu env-nav">{nav}</ul></div>
</div>
<div class="sv-layout" id="svid10_content">
 <div class="sv-portlet sv-breadcrumbs">{page.get('crumbs', '')}</div>
 <div class="sv-portlet sv-text-portlet"><h1 class="heading">{page['h1']}</h1></div>
 <div class="sv-portlet sv-text-portlet sv-use-margins">{page['body']}</div>
</div>
<div class="sv-layout" id="svid10_footer">{footer_html(s, 'div', 'sv-portlet sv-footer')}</div>
</body>
</html>
""")


def fam_episerver(s, page):
    nav = ""
    for i, (lab, h, subs) in enumerate(menu_items(s)):
        panel = ""
        if subs:
            cols = {}
            for sl, sh in subs:
                col = "Service och kontakt" if sh.startswith(s.get("svc_prefix", "//")) else "Mer inom " + lab.lower()
                cols.setdefault(col, []).append((sl, sh))
            panel = f'<div class="mega-menu__panel" id="mega{i}" hidden>' + "".join(
                f'<div class="mega-menu__column"><h3>{c}</h3><ul>' +
                "".join(f'<li><a href="{sh}">{sl}</a></li>' for sl, sh in items) + "</ul></div>"
                for c, items in cols.items()) + "</div>"
        nav += (f'<li class="mega-menu__item"><a href="{h}">{lab}</a>'
                f'<button aria-expanded="false" aria-controls="mega{i}">Visa undermeny</button>{panel}</li>')
    return (head(s, page["title"]) + f"""<body class="epi-page">
<header class="Header">
 <div class="Header__top">{topbar(s)}</div>
 <div class="Header__main"><a class="Header__logo" href="/"><img src="/globalassets/logo.svg" alt="{s['kommun_full']}"></a>
 {search_form(s)}
 <a class="Header__contact" href="/kontakta-oss/">Kontakta oss</a></div>
 <nav class="mega-menu" aria-label="Huvudmeny"><ul>{nav}</ul></nav>
</header>
<main class="Page"><div class="Page__content">
{page.get('crumbs', '')}
<h1>{page['h1']}</h1>
{page['body']}
</div></main>
{footer_html(s, 'footer', 'Footer')}
</body>
</html>
""")


def fam_bootstrap(s, page):
    nav = ""
    for i, (lab, h, subs) in enumerate(menu_items(s)):
        if subs:
            items = "".join(f'<li><a class="dropdown-item" href="{sh}">{sl}</a></li>' for sl, sh in subs)
            nav += (f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{h}" '
                    f'data-bs-toggle="dropdown" id="dd{i}">{lab}</a><ul class="dropdown-menu">{items}</ul></li>')
        else:
            nav += f'<li class="nav-item"><a class="nav-link" href="{h}">{lab}</a></li>'
    return (head(s, page["title"]) + f"""<body>
<div class="container-fluid bg-light small">{topbar(s)}</div>
<nav class="navbar navbar-expand-lg navbar-light">
 <div class="container"><a class="navbar-brand" href="/"><img src="/img/logo.png" alt="{s['kommun_full']}" height="48"></a>
 <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nb">Meny</button>
 <div class="collapse navbar-collapse" id="nb"><ul class="navbar-nav me-auto">{nav}</ul>{search_form(s)}</div></div>
</nav>
<main class="container py-4">
{page.get('crumbs', '')}
<h1>{page['h1']}</h1>
{page['body']}
</main>
{footer_html(s, 'footer', 'bg-dark text-white py-4 container-fluid')}
</body>
</html>
""")


def fam_soup(s, page):
    nav = "".join(
        f'<div class="n1"><a href="{h}">{lab}</a><div class="n2 hidden">' +
        "".join(f'<a href="{sh}">{sl}</a>' for sl, sh in subs) + "</div></div>"
        for lab, h, subs in menu_items(s))
    return (head(s, page["title"]) + f"""<body>
<div class="w0">
 <div class="q1">
  <div class="zz">{topbar(s)}</div>
  <div class="lg"><a href="/"><img src="/bilder/logga.gif" alt="{s['kommun_full']}"></a></div>
  <div class="sx">{search_form(s)}</div>
  <div class="mn">{nav}</div>
 </div>
 <div class="q2">
  <div class="box3">{page.get('crumbs', '')}</div>
  <div class="box7"><div class="rubrik1">{"<h1>" + page['h1'] + "</h1>"}</div>
  {page['body']}</div>
 </div>
 {footer_html(s, 'div', 'q9')}
</div>
</body>
</html>
""")


def fam_table(s, page):
    nav = "".join(f'<tr><td class="meny"><a href="{h}"><font size="2">{lab}</font></a></td></tr>'
                  for lab, h, _ in menu_items(s))
    return (head(s, page["title"], "iso-8859-1") + f"""<body bgcolor="#ffffff">
<table width="960" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#003366"><a href="/default.asp"><img src="/bilder/vapen.gif" alt="{s['kommun_full']}" border="0"></a>
 <font color="#ffffff" size="5"><b>{s['kommun_full']}</b></font>
 <font size="1">{topbar(s)}</font>{search_form(s)}</td></tr>
<tr><td width="200" valign="top" bgcolor="#e6eef5"><table width="100%" cellpadding="4">{nav}</table></td>
<td width="760" valign="top"><font face="Verdana" size="2">
{page.get('crumbs', '')}
<h1>{page['h1']}</h1>
{page['body']}
</font></td></tr>
<tr><td colspan="2" bgcolor="#cccccc"><font size="1">{footer_html(s, 'div', 'sidfot')}</font></td></tr>
</table>
</body>
</html>
""")


def fam_drupal(s, page):
    nav = "".join(
        f'<li class="menu-item menu-item--expanded"><a href="{h}">{lab}</a><ul class="menu menu--level-2">' +
        "".join(f'<li class="menu-item"><a href="{sh}">{sl}</a></li>' for sl, sh in subs) + "</ul></li>"
        for lab, h, subs in menu_items(s))
    return (head(s, page["title"]) + f"""<body class="path-node page-node-type-page">
<div class="dialog-off-canvas-main-canvas"><div id="page-wrapper"><div id="page">
<div class="region region-header" id="header">
 <div id="block-toppmeny" class="block block-menu">{topbar(s)}</div>
 <div id="block-sitebranding" class="block block-system-branding-block"><a href="/" rel="home"><img src="/themes/custom/kommun/logo.svg" alt="{s['kommun_full']}"></a></div>
 <div id="block-search" class="block block-search">{search_form(s)}</div>
 <div class="block block-menu-block"><a class="contact-link" href="/kontakta-oss/">Kontakta oss</a></div>
</div>
<div class="region region-primary-menu" role="navigation"><ul class="menu menu--main">{nav}</ul></div>
<div class="layout-content" id="main-content">
 <div class="region region-breadcrumb">{page.get('crumbs', '')}</div>
 <div class="block block-page-title-block"><h1 class="page-title">{page['h1']}</h1></div>
 <div class="block block-system-main-block"><div class="node__content clearfix">{page['body']}</div></div>
</div>
<div class="region region-footer">{footer_html(s, 'div', 'block block-footer')}</div>
</div></div></div>
</body>
</html>
""")


def fam_municipio(s, page):
    nav = "".join(
        f'<li class="c-drawer__item"><a href="{h}">{lab}</a><ul class="c-drawer__sub">' +
        "".join(f'<li><a href="{sh}">{sl}</a></li>' for sl, sh in subs) + "</ul></li>"
        for lab, h, subs in menu_items(s))
    short = "".join(f'<a class="c-header__shortcut" href="{h}">{t}</a>' for t, h in s.get("shortcuts", []))
    return (head(s, page["title"]) + f"""<body class="wp-theme-municipio">
<header class="c-header" id="site-header">
 <div class="c-header__top">{topbar(s)}</div>
 <div class="c-header__main"><a class="c-header__logotype" href="/"><img src="/wp-content/uploads/logo.svg" alt="{s['kommun_full']}"></a>
 {search_form(s)}
 <nav class="c-header__shortcuts" aria-label="Genvägar">{short}</nav>
 <button class="c-button js-drawer-toggle" aria-controls="drawer" aria-expanded="false">Meny</button></div>
</header>
<div class="c-drawer" id="drawer" hidden><nav aria-label="Huvudmeny"><ul class="c-drawer__list">{nav}</ul></nav></div>
<main class="o-container" id="main-content">
{page.get('crumbs', '')}
<article class="c-article"><h1>{page['h1']}</h1>
{page['body']}</article>
</main>
{footer_html(s, 'footer', 'c-footer')}
</body>
</html>
""")


def fam_aria(s, page):
    nav = "".join(f'<div role="listitem"><a href="{h}">{lab}</a></div>' for lab, h, _ in menu_items(s))
    return (head(s, page["title"]) + f"""<body>
<div role="banner" class="hdr">
 <div class="hdr-top">{topbar(s)}</div>
 <a href="/" class="brand"><img src="/assets/logo.svg" alt="{s['kommun_full']}"></a>
 {search_form(s)}
 <div role="navigation" aria-label="Huvudmeny"><div role="list" class="mainnav">{nav}</div></div>
</div>
<div role="main" class="content">
{page.get('crumbs', '')}
<h1>{page['h1']}</h1>
{page['body']}
</div>
<div role="contentinfo">{footer_html(s, 'div', 'ftr')}</div>
</body>
</html>
""")


FAMILIES = {"semantic": fam_semantic, "sitevision": fam_sitevision, "episerver": fam_episerver,
            "bootstrap": fam_bootstrap, "soup": fam_soup, "table": fam_table, "drupal": fam_drupal,
            "municipio": fam_municipio, "aria": fam_aria}


def crumbs(*pairs: tuple[str, str]) -> str:
    return '<nav class="breadcrumbs" aria-label="Brödsmulor">' + " › ".join(
        f'<a href="{h}">{t}</a>' for t, h in pairs) + "</nav>"


def news_block(s: dict) -> str:
    items = "".join(f'<li class="news-teaser"><a href="{p}"><h3>{t}</h3></a><p>{lead}</p></li>'
                    for p, t, lead, _ in s["news"])
    return f'<section class="news"><h2>Nyheter</h2><ul>{items}</ul><a href="{s["news_path"]}">Fler nyheter</a></section>'


def front_body(s: dict) -> str:
    cards = "".join(f'<li class="card"><a href="{h}">{t}</a></li>' for t, h in s["hero_cards"])
    return (f'<section class="hero"><h2>Välkommen till {s["name"]}</h2><p>{s["hero_text"]}</p>'
            f'<ul class="cards">{cards}</ul></section>\n{news_block(s)}\n'
            f'<section class="eservices"><h2>Populära e-tjänster</h2><ul><li><a href="{s["area_path"]("forskola-och-skola")}#forskola">Ansök om förskoleplats</a></li>'
            f'<li><a href="{s["area_path"]("bygga-bo-och-miljo")}#bygglov">Ansök om bygglov</a></li>'
            f'<li><a href="{s["area_path"]("omsorg-och-stod")}#fardtjanst">Ansök om färdtjänst</a></li></ul></section>\n'
            f'<section class="jobs"><h2>Jobba hos oss</h2><p>Vi är {s["staff"]} medarbetare i {s["name"]}.</p></section>')


def build(s: dict) -> None:
    d = SITES / s["code"]
    d.mkdir(parents=True, exist_ok=True)
    fam = FAMILIES[s["family"]]
    pages: dict[str, dict] = {s["front"]: {"title": None, "h1": s["front_h1"], "body": front_body(s)}}
    for label, slug in AREAS:
        pages[s["area_path"](slug)] = area_page(s, slug, label)
    news_list = "".join(f'<li><a href="{p}">{t}</a> <span class="date">{date}</span></li>' for p, t, _, date in s["news"])
    pages[s["news_path"]] = {"title": "Nyheter", "h1": "Nyheter", "body": f"<ul class=\"news-list\">{news_list}</ul>"}
    for p, t, lead, date in s["news"]:
        pages[p] = {"title": t, "h1": t, "body": f'<p class="date">Publicerad {date}</p><p class="lead">{lead}</p>' + s["news_body"].get(p, "")}
    pages[s["tillg"]] = {"title": "Tillgänglighetsredogörelse", "h1": "Tillgänglighetsredogörelse",
                         "body": f"<p>{s['kommun_full']} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>"
                                 "<p>Lagen om tillgänglighet till digital offentlig service gäller för webbplatsen.</p>"}
    pages.update(s["pages"])
    manifest_pages: dict = {}
    for path, page in pages.items():
        fname = "index.html" if path == s["front"] else (path.strip("/").replace("/", "_").replace(".", "_") + ".html")
        html = fam(s, page)
        if s["family"] == "table":
            (d / fname).write_bytes(html.encode("iso-8859-1", errors="xmlcharrefreplace"))
            manifest_pages[path] = {"file": fname, "content_type": "text/html; charset=iso-8859-1"}
        else:
            (d / fname).write_text(html, encoding="utf-8")
            manifest_pages[path] = fname
    sok = fam(s, {"title": "Sök", "h1": "Sök", "body": "<!--SEARCH_RESULTS-->"})
    if s["family"] == "table":
        (d / "sok.html").write_bytes(sok.encode("iso-8859-1", errors="xmlcharrefreplace"))
        tpl = {"file": "sok.html", "content_type": "text/html; charset=iso-8859-1"}
    else:
        (d / "sok.html").write_text(sok, encoding="utf-8")
        tpl = "sok.html"
    manifest = {"kommunkod": s["code"], "kommun": s["name"], "lan_kod": s["lan_kod"], "lan": s["lan"],
                "family": s["family"], "pages": manifest_pages, "redirects": s.get("redirects", {}),
                "robots": "User-agent: *\nDisallow: /sok/admin\nSitemap: __ORIGIN__/sitemap.xml\n",
                "sitemap": list(manifest_pages),
                "search": {"path": "/sok/", "param": "q", "hits": s["search_hits"], "template": tpl},
                "front_status": None}
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def build_unreachable() -> None:
    d = SITES / "9552"
    d.mkdir(parents=True, exist_ok=True)
    (d / "index.html").write_text(
        '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Grävlinge kommun</title></head>'
        '<body><h1>Grävlinge kommun</h1><p><a href="/kontaktcenter/">Kontaktcenter</a></p></body></html>\n',
        encoding="utf-8")
    (d / "kontaktcenter.html").write_text(
        '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Kontaktcenter - Grävlinge kommun</title></head>'
        '<body><h1>Kontaktcenter</h1><p>Vi svarar på frågor om skola och avfall. Telefon 031-390 06 99, '
        'e-post kontaktcenter@gravlinge.se. Enhetschef: Lars Ung.</p></body></html>\n', encoding="utf-8")
    manifest = {"kommunkod": "9552", "kommun": "Grävlinge", "lan_kod": "13", "lan": "Hallands län",
                "family": "semantic", "pages": {"/": "index.html", "/kontaktcenter/": "kontaktcenter.html"},
                "redirects": {}, "front_status": 503}
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    from sitedefs import ALL
    if SITES.exists():
        shutil.rmtree(SITES)
    for s in ALL:
        build(s)
    build_unreachable()
    print(f"wrote {len(ALL) + 1} sites to {SITES}")


if __name__ == "__main__":
    import sys
    sys.path.insert(0, str(HERE))
    main()
