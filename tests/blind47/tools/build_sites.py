"""Typing aid that wrote tests/blind47/sites/ (the HTML files are the corpus).

    python3 tests/blind47/tools/build_sites.py

Labels are not generated; they are hand-written in labels.csv.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
SITES = HERE.parent / "sites"

AREAS = [
    ("Barn och utbildning", "barn-och-utbildning", ["Förskola", "Grundskola", "Gymnasieskola", "Skolskjuts"]),
    ("Omsorg och stöd", "omsorg-och-stod", ["Äldreomsorg", "Funktionsnedsättning", "Ekonomiskt bistånd", "Färdtjänst"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Detaljplaner"]),
    ("Kultur och fritid", "kultur-och-fritid", ["Bibliotek", "Idrottsanläggningar", "Föreningsliv", "Badplatser"]),
    ("Näringsliv och arbete", "naringsliv-och-arbete", ["Starta företag", "Upphandling", "Lediga jobb", "Tillstånd"]),
    ("Kommun och politik", "kommun-och-politik", ["Organisation", "Politik och nämnder", "Budget", "Diarium"]),
]


def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), (",", ""), (" ", "-")):
        t = t.replace(a, b)
    return t


def sub_href(P: str, area_slug: str, item: str, s: dict) -> str:
    override = s.get("sub_override", {}).get((area_slug, item))
    return override or f"{P}/{area_slug}/{slug(item)}/"


def extra_subs(s: dict, area_slug: str) -> list[tuple[str, str]]:
    return s.get("extra_subs", {}).get(area_slug, [])


COOKIE_SMALL = """<div class="cookie-consent" id="cookie-consent"><p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för statistik.</p>
<button type="button">Godkänn alla</button> <button type="button">Endast nödvändiga</button> <a href="{P}/om-webbplatsen/kakor/">Läs mer om kakor</a></div>"""

COOKIE_OVERLAY = """<div class="cookie-overlay" role="dialog" aria-modal="true" aria-labelledby="cookie-h" style="position:fixed;inset:0;background:rgba(0,0,0,.7);z-index:9999">
<div class="cookie-overlay__box"><h2 id="cookie-h">Vi värnar om din integritet</h2>
<p>{name} kommun använder kakor för att webbplatsen ska fungera, för besöksstatistik och för att visa inbäddade filmer. Du väljer själv vilka kakor du godkänner. Har du frågor om hur vi behandlar personuppgifter kan du läsa mer på sidan om kakor.</p>
<fieldset><legend>Välj kakor</legend><label><input type="checkbox" checked disabled> Nödvändiga</label> <label><input type="checkbox"> Statistik</label> <label><input type="checkbox"> Inbäddat innehåll</label></fieldset>
<button type="button" class="btn-accept">Godkänn alla</button> <button type="button" class="btn-save">Spara val</button> <a href="{P}/om-webbplatsen/kakor/">Om kakor</a></div></div>"""

SCRIPT = """<script>
document.addEventListener('DOMContentLoaded',function(){var b=document.querySelectorAll('[data-toggle]');for(var i=0;i<b.length;i++){b[i].addEventListener('click',function(){var t=document.getElementById(this.getAttribute('data-toggle'));if(t){t.hidden=!t.hidden;}});}});
</script>"""

CSS = """<style>body{{font-family:{font};margin:0;color:#222}}a{{color:{color}}}.visually-hidden{{position:absolute;left:-9999px}}.hero{{background:#eef;padding:2em}}footer,.footer{{background:#233;color:#fff}}</style>"""


def page(s: dict, title: str, head_extra: str, body: str) -> str:
    return (f"<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"{s.get('charset', 'utf-8')}\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n"
            f"{CSS.format(font=s.get('font', 'Arial, sans-serif'), color=s.get('color', '#05528a'))}\n{head_extra}</head>\n"
            f"<body>\n{body}\n{SCRIPT}\n</body>\n</html>\n")


def news_list(s: dict) -> str:
    out = []
    for n in s["news"]:
        out.append(f"<li><a href=\"{n['href']}\">{n['title']}</a> <span class=\"date\">{n['date']}</span><p>{n['lead']}</p></li>")
    return "\n".join(out)


def footer_cols(s: dict) -> list[tuple[str, list[tuple[str, str]]]]:
    P = s["P"]
    cols = [
        ("Kontakt", [(f"Växel {s['phone']}", f"tel:{s['phone'].replace(' ', '').replace('-', '')}"),
                     (f"kommun@{s['dom']}", f"mailto:kommun@{s['dom']}")]),
        ("Om webbplatsen", [("Tillgänglighetsredogörelse", f"{P}/om-webbplatsen/tillganglighet/"),
                            ("Kakor", f"{P}/om-webbplatsen/kakor/"),
                            ("Behandling av personuppgifter", f"{P}/om-webbplatsen/personuppgifter/")]),
    ]
    cols[1:1] = s.get("footer_extra_cols", [])
    cols[0][1].extend(s.get("footer_contact_extra", []))
    return cols


def footer_inner(s: dict) -> str:
    parts = [f"<p class=\"footer-address\"><strong>{s['name']} kommun</strong><br>{s['addr']}<br>Org.nr {s['orgnr']}</p>"]
    for h, links in footer_cols(s):
        li = "".join(f"<li><a href=\"{u}\">{t}</a></li>" if u else f"<li>{t}</li>" for t, u in links)
        parts.append(f"<div class=\"footer-col\"><h2>{h}</h2><ul>{li}</ul></div>")
    parts.append(f"<p class=\"copy\">© {s['name']} kommun 2026</p>")
    return "\n".join(parts)


def menu_ul(s: dict, cls: str = "menu", sub_attr: str = "hidden") -> str:
    P = s["P"]
    items = []
    for i, (t, sl, subs) in enumerate(AREAS):
        sub = "".join(f"<li><a href=\"{sub_href(P, sl, x, s)}\">{x}</a></li>" for x in subs)
        sub += "".join(f"<li><a href=\"{u}\">{x}</a></li>" for x, u in extra_subs(s, sl))
        items.append(f"<li class=\"{cls}__item\"><a href=\"{P}/{sl}/\">{t}</a> <button type=\"button\" data-toggle=\"sub{i}\" aria-expanded=\"false\" aria-label=\"Visa undermeny för {t}\">+</button>"
                     f"<ul id=\"sub{i}\" class=\"{cls}__sub\" {sub_attr}>{sub}</ul></li>")
    items.extend(f"<li class=\"{cls}__item\"><a href=\"{u}\">{t}</a></li>" for t, u in s.get("nav_extra", []))
    return f"<ul class=\"{cls}\">{''.join(items)}</ul>"


def search_form(s: dict, cls: str = "search") -> str:
    sp = s["search"]
    return (f"<form class=\"{cls}\" action=\"{sp['path']}\" method=\"get\" role=\"search\"><label for=\"q\" class=\"visually-hidden\">Sök på webbplatsen</label>"
            f"<input id=\"q\" type=\"search\" name=\"{sp['param']}\" placeholder=\"Vad letar du efter?\"><button type=\"submit\">Sök</button></form>")


def topbar_links(s: dict) -> str:
    P = s["P"]
    base = [("Lyssna", "#lyssna"), ("Lättläst", f"{P}/lattlast/"), ("Other languages", f"{P}/other-languages/")]
    links = s.get("topbar_extra", []) + base
    return " ".join(f"<a href=\"{u}\">{t}</a>" for t, u in links)


# ---------------------------------------------------------------- families

def fam_sitevision(s: dict, title: str, main: str, front: bool) -> str:
    P = s["P"]
    panels = []
    for i, (t, sl, subs) in enumerate(AREAS):
        cols = "".join(f"<li class=\"sv-menu-item\"><a href=\"{sub_href(P, sl, x, s)}\">{x}</a></li>" for x in subs)
        cols += "".join(f"<li class=\"sv-menu-item\"><a href=\"{u}\">{x}</a></li>" for x, u in extra_subs(s, sl))
        panels.append(f"<li class=\"sv-mega__top\"><a href=\"{P}/{sl}/\" class=\"sv-mega__link\">{t}</a>"
                      f"<div class=\"sv-mega__panel\" id=\"mega{i}\" hidden><div class=\"sv-layout\"><h3 class=\"sv-mega__h\">{t}</h3><ul>{cols}</ul></div></div></li>")
    body = f"""{s.get('banner', '')}
<div class="sv-layout sv-skip-spacer" id="svid10_header">
<div class="sv-portlet sv-toplinks">{topbar_links(s)}</div>
<div class="sv-portlet sv-image-portlet"><a href="{P}/"><img src="/sitevision/logo.svg" alt="{s['name']} kommun, till startsidan"></a></div>
<div class="sv-portlet sv-searchform-portlet">{search_form(s)}</div>
<div class="sv-portlet sv-mega" role="navigation" aria-label="Huvudmeny"><ul class="sv-mega__list">{''.join(panels)}</ul></div>
</div>
<div class="sv-layout" id="svid10_content">
{main}
</div>
<div class="sv-layout sv-footer" id="svid10_footer">{footer_inner(s)}</div>
{COOKIE_SMALL.format(P=P)}"""
    return page(s, title, "<link rel=\"stylesheet\" href=\"/sitevision/system-resource/css/sv.css\">\n", body)


def fam_semantic(s: dict, title: str, main: str, front: bool) -> str:
    P = s["P"]
    body = f"""{s.get('banner', '')}
<a class="skip" href="#main">Till innehållet</a>
<header class="site-header">
<div class="topbar">{topbar_links(s)}</div>
<a class="logo" href="{P}/"><img src="/img/logo.svg" alt="{s['name']} kommun"></a>
{search_form(s)}
<nav aria-label="Huvudmeny">{menu_ul(s)}</nav>
</header>
<main id="main">
{main}
</main>
<footer class="site-footer">{footer_inner(s)}</footer>
{COOKIE_SMALL.format(P=P)}"""
    return page(s, title, "", body)


def fam_municipio(s: dict, title: str, main: str, front: bool) -> str:
    P = s["P"]
    body = f"""<div class="c-notice c-notice--info">{s.get('banner', '')}</div>
<header class="site-header header-jumbo" id="site-header">
<div class="o-container"><a href="{P}/" class="c-brand"><img src="/wp-content/uploads/logo.svg" alt="{s['name']} kommun"></a>
{search_form(s, 'c-search search-form')}
<div class="c-header__links">{' '.join(f'<a class="c-button" href="{u}">{t}</a>' for t, u in s.get('header_links', []))}</div>
<button type="button" class="c-button hamburger" data-toggle="drawer" aria-controls="drawer">Meny</button></div>
</header>
<div id="drawer" class="c-drawer" hidden><nav class="c-nav c-nav--drawer" aria-label="Meny">{menu_ul(s, 'nav-mobile', 'hidden')}</nav></div>
<main id="main-content" class="site-content">
{main}
</main>
<footer id="site-footer" class="c-footer">{footer_inner(s)}</footer>
{COOKIE_SMALL.format(P=P)}"""
    return page(s, title, "<link rel=\"stylesheet\" href=\"/wp-content/themes/municipio/assets/dist/css/app.css\">\n<meta name=\"generator\" content=\"WordPress 6.5\">\n", body)


def fam_optimizely(s: dict, title: str, main: str, front: bool) -> str:
    P = s["P"]
    nav = "" if front and s.get("doors") else f"<nav class=\"mainnav\" aria-label=\"Huvudmeny\">{menu_ul(s, 'mainnav', 'hidden')}</nav>"
    body = f"""{s.get('banner', '')}
<header class="Header" role="banner">
<div class="Header__top">{topbar_links(s)}</div>
<div class="Header__main"><a class="Header__logo" href="{P}/"><img src="/globalassets/logo.svg" alt="{s['name']} kommun"></a>{search_form(s, 'Header__search')}</div>
{nav}
</header>
<main class="Page" id="content">
{main}
</main>
<footer class="Footer">{footer_inner(s)}</footer>
{COOKIE_SMALL.format(P=P)}"""
    return page(s, title, "<link rel=\"stylesheet\" href=\"/static/css/main.min.css\">\n", body)


def fam_drupal(s: dict, title: str, main: str, front: bool) -> str:
    P = s["P"]
    body = f"""<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
{s.get('banner', '')}
<div class="region region-top-bar"><div id="block-toplinks" class="block block-menu">{topbar_links(s)}</div></div>
<header role="banner" class="region region-header">
<div id="block-sitebranding" class="block block-system"><a href="{P}/" rel="home"><img src="/sites/default/files/logo.svg" alt="Hem"></a><span class="site-name">{s['name']} kommun</span></div>
<div id="block-search" class="block block-search">{search_form(s, 'search-block-form')}</div>
</header>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-main-menu" id="block-main"><h2 class="visually-hidden" id="block-main-menu">Huvudmeny</h2>{menu_ul(s, 'menu', 'hidden')}</nav></div>
<main role="main"><div class="region region-content">
{main}
</div></main>
<footer role="contentinfo" class="region region-footer">{footer_inner(s)}</footer>
</div>
{COOKIE_OVERLAY.format(P=P, name=s['name']) if front else COOKIE_SMALL.format(P=P)}"""
    return page(s, title, "<meta name=\"Generator\" content=\"Drupal 10 (https://www.drupal.org)\">\n", body)


def fam_bootstrap(s: dict, title: str, main: str, front: bool) -> str:
    P = s["P"]
    items = []
    for t, sl, subs in AREAS:
        dd = "".join(f"<li><a class=\"dropdown-item\" href=\"{sub_href(P, sl, x, s)}\">{x}</a></li>" for x in subs)
        items.append(f"<li class=\"nav-item dropdown\"><a class=\"nav-link dropdown-toggle\" href=\"{P}/{sl}/\" data-bs-toggle=\"dropdown\">{t}</a><ul class=\"dropdown-menu\">{dd}</ul></li>")
    items.extend(f"<li class=\"nav-item\"><a class=\"nav-link\" href=\"{u}\">{t}</a></li>" for t, u in s.get("nav_extra", []))
    cols = []
    for h, links in footer_cols(s):
        li = "".join(f"<li><a class=\"link-light\" href=\"{u}\">{t}</a></li>" if u else f"<li>{t}</li>" for t, u in links)
        cols.append(f"<div class=\"col-6 col-md-3 col-lg\"><h2 class=\"h6\">{h}</h2><ul class=\"list-unstyled\">{li}</ul></div>")
    body = f"""{s.get('banner', '')}
<div class="bg-light py-1"><div class="container text-end small">{topbar_links(s)}</div></div>
<nav class="navbar navbar-expand-lg navbar-light bg-white border-bottom"><div class="container">
<a class="navbar-brand" href="{P}/"><img src="/assets/logo.png" alt="{s['name']} kommun" height="48"></a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav">Meny</button>
<div class="collapse navbar-collapse" id="nav"><ul class="navbar-nav me-auto">{''.join(items)}</ul>{search_form(s, 'd-flex')}</div></div></nav>
<div class="container my-4" id="innehall">
{main}
</div>
<div class="bg-dark text-light pt-5 pb-3 mt-5"><div class="container"><div class="row">
<div class="col-12 col-lg-3"><p><strong>{s['name']} kommun</strong><br>{s['addr']}<br>Org.nr {s['orgnr']}</p></div>
{''.join(cols)}
</div><p class="small mt-4">© {s['name']} kommun 2026</p></div></div>
{COOKIE_SMALL.format(P=P)}"""
    return page(s, title, "<link rel=\"stylesheet\" href=\"/assets/bootstrap.min.css\">\n", body)


def fam_table(s: dict, title: str, main: str, front: bool) -> str:
    P = s["P"]
    left = "".join(f"<tr><td class=\"menu\"><a href=\"{P}/{sl}.asp\"><font size=\"2\">{t}</font></a></td></tr>" for t, sl, _ in AREAS)
    links = " | ".join(f"<a href=\"{u}\">{t}</a>" for t, u in [("Tillgänglighet", f"{P}/tillganglighet.asp"), ("Kakor", f"{P}/kakor.asp")])
    body = f"""<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2" bgcolor="#003366"><table width="100%"><tr>
<td><a href="{P}/default.asp"><img src="/bilder/logga.gif" alt="{s['name']} kommun" border="0"></a></td>
<td align="right"><font color="#ffffff" size="1"><a href="{P}/lattlast.asp"><font color="#ffffff">Lättläst</font></a> | <a href="{P}/english.asp"><font color="#ffffff">In English</font></a></font><br>
<form action="{s['search']['path']}" method="get"><input type="text" name="{s['search']['param']}" size="20"><input type="submit" value="Sök"></form></td></tr></table></td></tr>
<tr><td width="180" valign="top" bgcolor="#e8eef4"><table width="100%" cellpadding="4">{left}</table></td>
<td valign="top" style="padding:10px">
{main}
</td></tr>
<tr><td colspan="2" bgcolor="#cccccc" align="center"><font size="1">{s['name']} kommun, {s['addr']} | Växel {s['phone']} | <a href="mailto:kommun@{s['dom']}">kommun@{s['dom']}</a> | {links}</font></td></tr>
</table>"""
    return page(s, title, "", body)


def fam_soup(s: dict, title: str, main: str, front: bool) -> str:
    P = s["P"]
    menu = "".join(f"<div class=\"m2\"><a href=\"{P}/{sl}/\">{t}</a></div>" for t, sl, _ in AREAS)
    menu += "".join(f"<div class=\"m2\"><a href=\"{u}\">{t}</a></div>" for t, u in s.get("nav_extra", []))
    cols = []
    for h, links in footer_cols(s):
        li = "".join(f"<div class=\"zl\"><a href=\"{u}\">{t}</a></div>" if u else f"<div class=\"zl\">{t}</div>" for t, u in links)
        cols.append(f"<div class=\"zc\"><div class=\"zh\">{h}</div>{li}</div>")
    body = f"""{s.get('banner', '')}
<div class="w0">
<div class="q1"><div class="q1a">{topbar_links(s)}</div>
<div class="q1b"><a href="{P}/"><img src="/gfx/l.png" alt="{s['name']} kommun"></a></div>
<div class="q1c">{search_form(s, 'sf')}</div></div>
<div class="m1">{menu}</div>
<div class="c0">
{main}
</div>
<div class="zz"><div class="zc"><b>{s['name']} kommun</b><br>{s['addr']}<br>Org.nr {s['orgnr']}</div>{''.join(cols)}</div>
</div>
{COOKIE_OVERLAY.format(P=P, name=s['name']) if front else COOKIE_SMALL.format(P=P)}"""
    return page(s, title, "", body)


FAMILIES = {"sitevision": fam_sitevision, "semantic": fam_semantic, "municipio": fam_municipio,
            "optimizely": fam_optimizely, "drupal": fam_drupal, "bootstrap": fam_bootstrap,
            "table": fam_table, "soup": fam_soup}


# ---------------------------------------------------------------- shared content

def area_page(s: dict, t: str, sl: str, subs: list[str]) -> str:
    P = s["P"]
    li = "".join(f"<li><a href=\"{sub_href(P, sl, x, s)}\">{x}</a></li>" for x in subs)
    li += "".join(f"<li><a href=\"{u}\">{x}</a></li>" for x, u in extra_subs(s, sl))
    extra = s.get("area_extra", {}).get(sl, "")
    return f"<h1>{t}</h1>\n<p class=\"lead\">Här hittar du information om {t.lower()} i {s['name']} kommun.</p>\n<ul class=\"subpages\">{li}</ul>\n{extra}"


def std_pages(s: dict) -> dict[str, tuple[str, str]]:
    """path -> (title, main html) for pages every site has."""
    P = s["P"]
    out = {}
    table = s["family"] == "table"
    for t, sl, subs in AREAS:
        path = f"{P}/{sl}.asp" if table else f"{P}/{sl}/"
        out[path] = (f"{t} - {s['name']} kommun", area_page(s, t, sl, subs))
    acc = f"{P}/tillganglighet.asp" if table else f"{P}/om-webbplatsen/tillganglighet/"
    out[acc] = (f"Tillgänglighetsredogörelse - {s['name']} kommun",
                f"<h1>Tillgänglighetsredogörelse</h1><p>{s['name']} kommun står bakom denna webbplats. Vi vill att så många som möjligt ska kunna använda den. "
                f"Om du upplever problem, skicka e-post till kommun@{s['dom']}. Tillsynsmyndighet är Myndigheten för digital förvaltning (Digg).</p>")
    kak = f"{P}/kakor.asp" if table else f"{P}/om-webbplatsen/kakor/"
    out[kak] = (f"Kakor - {s['name']} kommun",
                "<h1>Kakor (cookies)</h1><p>En kaka är en liten textfil som lagras på din dator. Vi använder nödvändiga kakor och, om du godkänner, kakor för besöksstatistik.</p>")
    if not table:
        out[f"{P}/om-webbplatsen/personuppgifter/"] = (f"Behandling av personuppgifter - {s['name']} kommun",
                                                       "<h1>Behandling av personuppgifter</h1><p>Så behandlar kommunen dina personuppgifter enligt dataskyddsförordningen (GDPR).</p>")
        out[f"{P}/lattlast/"] = (f"Lättläst - {s['name']} kommun", f"<h1>Lättläst</h1><p>Här kan du läsa om {s['name']} kommun på lätt svenska.</p>")
        out[f"{P}/other-languages/"] = (f"Other languages - {s['name']} kommun", f"<h1>Other languages</h1><p>Information about {s['name']} municipality in English, Arabic and Finnish.</p>")
    for n in s["news"]:
        out[n["href"]] = (f"{n['title']} - {s['name']} kommun",
                          f"<article class=\"news\"><h1>{n['title']}</h1><p class=\"date\">Publicerad {n['date']}</p><p class=\"lead\">{n['lead']}</p>{n.get('body', '<p>Mer information kommer.</p>')}</article>")
    nl = f"{P}/nyheter.asp" if table else f"{P}/nyheter/"
    out[nl] = (f"Nyheter - {s['name']} kommun", f"<h1>Nyheter</h1><ul class=\"news-list\">{news_list(s)}</ul>")
    return out


def news_section(s: dict) -> str:
    P = s["P"]
    nl = f"{P}/nyheter.asp" if s["family"] == "table" else f"{P}/nyheter/"
    return f"<section class=\"news\"><h2>Nyheter</h2><ul>{news_list(s)}</ul><p><a href=\"{nl}\">Fler nyheter</a></p></section>"


def events_section(s: dict) -> str:
    P = s["P"]
    return (f"<section class=\"events\"><h2>Evenemang</h2><ul><li><a href=\"{P}/evenemang/julmarknad/\">Julmarknad på torget, 13 december</a></li>"
            f"<li><a href=\"{P}/evenemang/kommunfullmaktige/\">Kommunfullmäktige sammanträder, 15 december</a></li>"
            f"<li><a href=\"{P}/evenemang/lucia/\">Luciakonsert i kyrkan, 13 december</a></li></ul></section>")


def eservices_section(s: dict, heading: str = "Populära e-tjänster") -> str:
    P = s["P"]
    items = [("Ansök om förskoleplats", "ansok-forskoleplats"), ("Anmäl fel i gatumiljön", "felanmalan"),
             ("Ansök om bygglov", "ansok-bygglov"), ("Beställ tömning av slamavskiljare", "slamtomning"), ("Alla e-tjänster", "")]
    li = "".join(f"<li><a href=\"{P}/e-tjanster/{u + '/' if u else ''}\">{t}</a></li>" for t, u in items)
    return f"<section class=\"eservices\"><h2>{heading}</h2><ul>{li}</ul></section>"


def carousel(slides: list[tuple[str, str, str]], cls: str = "carousel") -> str:
    out = []
    for i, (h, p, href) in enumerate(slides):
        hid = "" if i == 0 else " aria-hidden=\"true\" style=\"display:none\""
        out.append(f"<div class=\"{cls}__slide{' is-active' if i == 0 else ''}\" role=\"group\" aria-roledescription=\"bild\" aria-label=\"{i + 1} av {len(slides)}\"{hid}>"
                   f"<img src=\"/img/hero{i + 1}.jpg\" alt=\"\"><div class=\"{cls}__caption\"><h2>{h}</h2><p>{p}</p><a class=\"btn\" href=\"{href}\">Läs mer</a></div></div>")
    dots = "".join(f"<button type=\"button\" aria-label=\"Visa bild {i + 1}\"></button>" for i in range(len(slides)))
    return (f"<div class=\"{cls}\" aria-roledescription=\"karusell\" aria-label=\"Aktuellt i urval\"><button type=\"button\" class=\"{cls}__prev\" aria-label=\"Föregående\">‹</button>"
            f"{''.join(out)}<button type=\"button\" class=\"{cls}__next\" aria-label=\"Nästa\">›</button><div class=\"{cls}__dots\">{dots}</div></div>")


def search_template(s: dict) -> tuple[str, str]:
    return (f"Sök - {s['name']} kommun", "<h1>Sök</h1>\n<div class=\"search-results\"><!--SEARCH_RESULTS--></div>")


# ---------------------------------------------------------------- writer

def write_site(s: dict) -> None:
    d = SITES / s["code"]
    d.mkdir(parents=True, exist_ok=True)
    fam = FAMILIES[s["family"]]
    enc = "iso-8859-1" if s.get("charset") == "iso-8859-1" else "utf-8"
    pages = dict(std_pages(s))
    pages.update(s["pages"])
    manifest_pages: dict = {}
    files_used: set[str] = set()
    for path, spec in pages.items():
        title, main = spec[0], spec[1]
        raw = spec[2] if len(spec) > 2 else None
        front = path == s["front"]
        name = "index.html" if front else (path.strip("/").replace("/", "_").replace(".asp", "") or "root") + ".html"
        assert name not in files_used, name
        files_used.add(name)
        html = raw if raw is not None else fam(s, title, main, front)
        (d / name).write_bytes(html.encode(enc, errors="xmlcharrefreplace"))
        manifest_pages[path] = {"file": name, "content_type": "text/html; charset=iso-8859-1"} if enc != "utf-8" else name
    t_title, t_main = search_template(s)
    (d / "sok.html").write_bytes(fam(s, t_title, t_main, False).encode(enc, errors="xmlcharrefreplace"))
    tpl = {"file": "sok.html", "content_type": "text/html; charset=iso-8859-1"} if enc != "utf-8" else "sok.html"
    sp = dict(s["search"])
    sp["template"] = tpl
    m = {"kommunkod": s["code"], "kommun": s["name"], "lan_kod": s["lan_kod"], "lan": s["lan"], "family": s["family"],
         "pages": manifest_pages, "redirects": s.get("redirects", {}),
         "robots": s.get("robots", "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"),
         "sitemap": s.get("sitemap", [s["front"]]), "search": sp, "front_status": None}
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    from sitedefs import ALL

    if SITES.exists():
        shutil.rmtree(SITES)
    for s in ALL:
        write_site(s)
    print(f"wrote {len(ALL)} sites to {SITES}")


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    main()
