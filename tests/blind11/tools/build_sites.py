"""Typing aid for the eleventh blind corpus: writes sites/<kod>/ (the files are the corpus).

    python3 tests/blind11/tools/build_sites.py

Four everyday layouts: "modern" (mid-size town, HTML5 landmarks, hero shortcuts),
"dated" (small municipality, 2000s div layout, left-hand menu, no landmarks),
"portal" (big city, top bar + mega-menu with closed panels), "regional" (a theme
shared by the municipalities of an invented region, with a region bar).
"""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "sites"

AREAS = [
    ("Barn och utbildning", "/barn-och-utbildning/", ["Förskola", "Grundskola", "Fritidshem", "Gymnasieskola",
     "Vuxenutbildning", "Kulturskola", "Skolskjuts", "Skolmat", "Elevhälsa", "Ansök om plats"]),
    ("Omsorg och stöd", "/omsorg-och-stod/", ["Äldreomsorg", "Hemtjänst", "Särskilt boende", "Funktionsnedsättning",
     "Färdtjänst", "Försörjningsstöd", "Budget- och skuldrådgivning", "Anhörigstöd", "Missbruk och beroende", "Våld i nära relationer"]),
    ("Bygga, bo och miljö", "/bygga-bo-och-miljo/", ["Bygglov", "Detaljplaner", "Kartor och mätning", "Avfall och återvinning",
     "Vatten och avlopp", "Miljö och hälsa", "Energi- och klimatrådgivning", "Bostadsanpassning", "Tomter", "Strandskydd"]),
    ("Trafik och infrastruktur", "/trafik-och-infrastruktur/", ["Gator och vägar", "Parkering", "Snöröjning", "Felanmälan",
     "Gång- och cykelvägar", "Kollektivtrafik", "Vägarbeten", "Gatubelysning", "Trafiksäkerhet", "Enskilda vägar"]),
    ("Kultur och fritid", "/kultur-och-fritid/", ["Bibliotek", "Badhus", "Idrottsanläggningar", "Föreningsliv",
     "Evenemang", "Friluftsliv", "Fritidsgårdar", "Museum", "Lokalbokning", "Kulturstöd"]),
    ("Näringsliv och arbete", "/naringsliv-och-arbete/", ["Starta företag", "Upphandling", "Tillstånd", "Lediga jobb",
     "Feriepraktik", "Arbetsmarknadsinsatser", "Etablera dig", "Företagsbesök", "Turism", "Serveringstillstånd"]),
    ("Kommun och politik", "/kommun-och-politik/", ["Kommunfullmäktige", "Nämnder", "Sammanträden och protokoll",
     "Budget och ekonomi", "Organisation", "Styrdokument", "Allmänna handlingar", "Val", "Synpunkter och klagomål", "Statistik"]),
]
ESERV = ["Ansök om förskoleplats", "Anmäl frånvaro", "Felanmälan gata och park", "Ansök om bygglov",
         "Beställ tömning", "Boka lokal", "Ansök om färdtjänst", "Lämna synpunkt"]
LETTERS = "ABCDEFGHIJKLMNOPRSTUVYÅÄÖ"
COOKIE = ("<div class=\"{c}\" role=\"dialog\" aria-label=\"Cookies\"><p>Vi använder kakor (cookies) för att webbplatsen "
          "ska fungera och för att förstå hur den används. Du väljer själv om du godkänner statistikkakor.</p>"
          "<button type=\"button\">Godkänn alla</button> <button type=\"button\">Bara nödvändiga</button> "
          "<a href=\"/om-webbplatsen/kakor/\">Läs mer om kakor</a></div>")
STYLE = "<style>body{font-family:Arial,sans-serif;margin:0}.hidden{display:none}nav ul{list-style:none}</style>"
SCRIPT = ("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
          "document.querySelectorAll('[data-toggle]').forEach(function(b){b.addEventListener('click',function(){"
          "var p=document.getElementById(b.getAttribute('data-toggle'));p.hidden=!p.hidden;});});</script>")


def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), (" ", "-"), (",", ""), (".", "")):
        t = t.replace(a, b)
    return t


def sub_href(base: str, item: str) -> str:
    return f"{base}{slug(item)}/"


def area_list(extra: dict[str, list[tuple[str, str]]] | None = None) -> list[tuple[str, str, list[tuple[str, str]]]]:
    out = []
    for name, base, subs in AREAS:
        items = [(s, sub_href(base, s)) for s in subs]
        items += (extra or {}).get(name, [])
        out.append((name, base, items))
    return out


def news_block(news: list[tuple[str, str, str]], tag="h3") -> str:
    out = []
    for title, href, lead in news:
        out.append(f"<article class=\"news-item\"><{tag}><a href=\"{href}\">{title}</a></{tag}><p>{lead}</p></article>")
    return "\n".join(out)


EVENTS = [("12 dec", "Julmarknad på torget"), ("14 dec", "Luciakonsert i kyrkan"), ("18 dec", "Kommunfullmäktige sammanträder"),
          ("9 jan", "Öppet hus på kulturskolan"), ("21 jan", "Informationsmöte om ny detaljplan")]


def events_block() -> str:
    return "\n".join(f"<li><a href=\"/evenemang/\"><time>{d}</time> {t}</a></li>" for d, t in EVENTS)


def eserv_block() -> str:
    return "\n".join(f"<li><a href=\"/e-tjanster/{slug(e)}/\">{e}</a></li>" for e in ESERV)


def ao_block() -> str:
    return " ".join(f"<a href=\"/a-o/{slug(ch)}/\">{ch}</a>" for ch in LETTERS)


POPULAR = [("Matsedel", "/barn-och-utbildning/skolmat/"), ("Sophämtning och tömningsschema", "/bygga-bo-och-miljo/avfall-och-atervinning/"),
           ("Lediga jobb", "/lediga-jobb/"), ("Öppettider badhuset", "/kultur-och-fritid/badhus/"),
           ("Bibliotekets öppettider", "/kultur-och-fritid/bibliotek/"), ("Ansök om bygglov", "/bygga-bo-och-miljo/bygglov/"),
           ("Parkeringstillstånd", "/trafik-och-infrastruktur/parkering/"), ("Kommunfullmäktiges sammanträden", "/kommun-och-politik/kommunfullmaktige/"),
           ("Skolskjuts", "/barn-och-utbildning/skolskjuts/"), ("Färdtjänst", "/omsorg-och-stod/fardtjanst/"),
           ("Detaljplaner på samråd", "/bygga-bo-och-miljo/detaljplaner/"), ("Snöröjning", "/trafik-och-infrastruktur/snorojning/")]
JOBS = [("Förskollärare till Solrosens förskola", "2026-12-20"), ("Undersköterska, hemtjänsten", "2027-01-06"),
        ("Planarkitekt", "2027-01-10"), ("Lärare i matematik och NO, åk 7–9", "2027-01-12"),
        ("Fritidsledare, timanställning", "2026-12-31")]
ABOUT = ("I {k} bor människor i alla åldrar, i tätorten och på landsbygden. Kommunen ansvarar för bland annat förskola och skola, "
         "äldreomsorg, stöd till personer med funktionsnedsättning, vatten och avlopp, avfall, räddningstjänst och planering av "
         "hur mark och vatten ska användas. Verksamheterna styrs av de politiker som invånarna väljer vart fjärde år. "
         "Vill du veta mer om hur kommunen fungerar, hur besluten fattas och hur du själv kan påverka finns information under "
         "Kommun och politik. Där hittar du också protokoll, kallelser och styrdokument, och du kan ta del av allmänna handlingar. "
         "Har du synpunkter på vår verksamhet vill vi gärna höra dem, de hjälper oss att bli bättre.")


# ---------------------------------------------------------------- layouts

def modern(s: dict, main: str, title: str, front: bool) -> str:
    nav = []
    for name, base, items in s["areas"]:
        subs = "".join(f"<li><a href=\"{h}\">{t}</a></li>" for t, h in items)
        nav.append(f"<li class=\"nav__item\"><a href=\"{base}\">{name}</a><button class=\"nav__toggle\" "
                   f"aria-expanded=\"false\" data-toggle=\"sub-{slug(name)}\">Visa undersidor</button>"
                   f"<ul class=\"nav__sub\" id=\"sub-{slug(name)}\" hidden>{subs}</ul></li>")
    for t, h in s.get("nav_extra", []):
        nav.append(f"<li class=\"nav__item\"><a href=\"{h}\">{t}</a></li>")
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>{STYLE}</head>
<body>
{COOKIE.format(c="cookie-consent")}
<a class="skip" href="#innehall">Till innehållet</a>
<header class="site-header">
<div class="topbar"><ul><li><a href="/lyssna/">Lyssna</a></li><li><a href="/lattlast/">Lättläst</a></li>
<li><a href="/teckensprak/">Teckenspråk</a></li><li><a href="/languages/" lang="en">Other languages</a></li>{s.get("topbar", "")}</ul></div>
<a class="logo" href="/"><img src="/static/logo.svg" alt="{s['kommun']}s kommun, till startsidan"></a>
<form class="search" action="/sok/" method="get" role="search"><label for="q">Sök på webbplatsen</label>
<input id="q" name="q" type="search"><button type="submit">Sök</button></form>
<nav class="nav" aria-label="Huvudmeny"><ul>{''.join(nav)}</ul></nav>
</header>
<main id="innehall">
{main}
</main>
<footer class="site-footer">
<div class="footer__col"><h2>{s['kommun']}s kommun</h2><p>{s['addr']}<br>Växel: <a href="tel:{s['tel_raw']}">{s['tel']}</a><br>
E-post: <a href="mailto:{s['mail']}">{s['mail']}</a><br>Org.nr {s['orgnr']}</p>{s.get("footer_extra", "")}</div>
<div class="footer__col"><h2>Genvägar</h2><ul><li><a href="/lediga-jobb/">Lediga jobb</a></li><li><a href="/press/">Press</a></li>
<li><a href="/kommun-och-politik/allmanna-handlingar/">Allmänna handlingar</a></li><li><a href="/om-webbplatsen/">Om webbplatsen</a></li>
<li><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li><li><a href="/om-webbplatsen/personuppgifter/">Personuppgifter</a></li></ul></div>
<div class="footer__col"><h2>Följ oss</h2><ul><li><a href="https://facebook.example/{slug(s['kommun'])}">Facebook</a></li>
<li><a href="https://instagram.example/{slug(s['kommun'])}">Instagram</a></li></ul></div>
</footer>
{SCRIPT}
</body></html>
"""


def dated(s: dict, main: str, title: str, front: bool) -> str:
    menu = []
    for name, base, items in s["areas"]:
        subs = "".join(f"<li><a href=\"{h}\">{t}</a></li>" for t, h in items)
        menu.append(f"<li class=\"niva1\"><a href=\"{base}\">{name}</a><ul class=\"niva2\">{subs}</ul></li>")
    for t, h in s.get("nav_extra", []):
        menu.append(f"<li class=\"niva1\"><a href=\"{h}\">{t}</a></li>")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv" lang="sv"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>{STYLE}</head>
<body>
<div id="wrapper">
{COOKIE.format(c="kakruta")}
<div id="toppen">
<div id="verktyg"><a href="/lyssna/">Lyssna</a> | <a href="/lattlast/">Lättläst</a> | <a href="/languages/">In English</a> | <a href="/webbkarta/">Webbkarta</a>{s.get("topbar", "")}</div>
<div id="logga"><a href="/"><img src="/bilder/logga.gif" alt="{s['kommun']}s kommun" /></a></div>
<div id="sokruta"><form action="/sok/" method="get"><input type="text" name="q" value="Sök..." /><input type="submit" value="Sök" /></form></div>
</div>
<div id="kolumner">
<div id="vanster"><ul id="meny">{''.join(menu)}</ul></div>
<div id="mitten">
{main}
</div>
<div id="hoger">
<div class="puff"><h3>Självservice</h3><ul>{eserv_block()}</ul></div>
<div class="puff"><h3>Lediga jobb</h3><p><a href="/lediga-jobb/">Se alla lediga jobb i kommunen</a></p></div>
</div>
</div>
<div id="sidfot">
<p><strong>{s['kommun']}s kommun</strong> | {s['addr']} | Växel {s['tel']} | <a href="mailto:{s['mail']}">{s['mail']}</a> | Org.nr {s['orgnr']}</p>
{s.get("footer_extra", "")}
<p><a href="/om-webbplatsen/">Om webbplatsen</a> | <a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a> | <a href="/om-webbplatsen/kakor/">Kakor</a></p>
</div>
</div>
{SCRIPT}
</body></html>
"""


def portal(s: dict, main: str, title: str, front: bool) -> str:
    tops, panels = [], []
    for i, (name, base, items) in enumerate(s["areas"]):
        links = "".join(f"<li><a href=\"{h}\">{t}</a></li>" for t, h in items)
        tops.append(f"<li><button type=\"button\" data-toggle=\"mm{i}\" aria-expanded=\"false\">{name}</button></li>")
        panels.append(f"<div class=\"megamenu__panel\" id=\"mm{i}\" hidden><div class=\"megamenu__col\">"
                      f"<h2><a href=\"{base}\">{name}</a></h2><ul>{links}</ul></div></div>")
    for t, h in s.get("nav_extra", []):
        tops.append(f"<li><a href=\"{h}\">{t}</a></li>")
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{title}</title>{STYLE}</head>
<body class="portal">
{COOKIE.format(c="cc-banner")}
<div class="utility-bar"><div class="utility-bar__inner"><a href="/lyssna/">Lyssna</a><a href="/lattlast/">Lättläst</a>
<a href="/teckensprak/">Teckenspråk</a><a href="/languages/">Languages</a><a href="/press/">Press</a><a href="/lediga-jobb/">Jobba hos oss</a>{s.get("topbar", "")}</div></div>
<header class="portal-header" role="banner">
<a class="portal-header__logo" href="/"><img src="/assets/logo.svg" alt="{s['kommun']}s stad"></a>
<form class="portal-search" action="/sok/" method="get"><input name="q" type="search" aria-label="Sök"><button>Sök</button></form>
<nav class="megamenu" aria-label="Huvudnavigering"><ul class="megamenu__top">{''.join(tops)}</ul>
{''.join(panels)}</nav>
</header>
<main class="portal-main">
{main}
</main>
<footer class="portal-footer">
<section><h2>Kontakta {s['kommun']}s stad</h2><p>Telefon (växel) {s['tel']}<br>{s['mail']}<br>{s['addr']}</p>{s.get("footer_extra", "")}</section>
<section><h2>Om webbplatsen</h2><ul><li><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>
<li><a href="/om-webbplatsen/kakor/">Kakor</a></li><li><a href="/om-webbplatsen/personuppgifter/">Så hanterar vi personuppgifter</a></li></ul>
<p>Organisationsnummer {s['orgnr']}</p></section>
</footer>
{SCRIPT}
</body></html>
"""


def regional(s: dict, main: str, title: str, front: bool) -> str:
    nav = []
    for name, base, items in s["areas"]:
        subs = "".join(f"<a class=\"rk-sub\" href=\"{h}\">{t}</a>" for t, h in items)
        nav.append(f"<div class=\"rk-menu-group\"><a class=\"rk-top\" href=\"{base}\">{name}</a>"
                   f"<div class=\"rk-subs\" aria-hidden=\"true\">{subs}</div></div>")
    for t, h in s.get("nav_extra", []):
        nav.append(f"<div class=\"rk-menu-group\"><a class=\"rk-top\" href=\"{h}\">{t}</a></div>")
    others = "".join(f"<a href=\"https://www.{slug(k)}.kommun.example/\">{k}</a>" for k in ("Brunnsvik", "Lerdal", "Ormhöjden", "Sjöstrand"))
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{title}</title>{STYLE}
<link rel="stylesheet" href="/tema/vasterdalen-2019/main.css"></head>
<body class="rk-theme rk-theme--{slug(s['kommun'])}">
{COOKIE.format(c="rk-cookies")}
<div class="rk-regionbar">Kommunerna i Västerdalen: {others}</div>
<div class="rk-head">
<div class="rk-tools"><a href="/lyssna/">Lyssna</a> <a href="/lattlast/">Lättläst</a> <a href="/languages/">Languages</a> <a href="/teckensprak/">Teckenspråk</a>{s.get("topbar", "")}</div>
<a class="rk-logo" href="/"><img src="/tema/logo-{slug(s['kommun'])}.png" alt="{s['kommun']}s kommun"></a>
<form class="rk-search" action="/sok/" method="get"><input type="text" name="q" placeholder="Vad letar du efter?"><button>Sök</button></form>
</div>
<div class="rk-menu">{''.join(nav)}</div>
<div class="rk-content">
{main}
</div>
<div class="rk-foot">
<div class="rk-foot-col"><strong>{s['kommun']}s kommun</strong><br>{s['addr']}<br>Växel {s['tel']}<br>{s['mail']}<br>Org.nr {s['orgnr']}</div>
{s.get("footer_extra", "")}
<div class="rk-foot-col"><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a><br><a href="/om-webbplatsen/kakor/">Kakor</a><br><a href="/om-webbplatsen/">Om webbplatsen</a></div>
<div class="rk-foot-col rk-credit">Webbplatsen bygger på Västerdalens gemensamma kommuntema.</div>
</div>
{SCRIPT}
</body></html>
"""


LAYOUTS = {"modern": modern, "dated": dated, "portal": portal, "regional": regional}


def front_main(s: dict) -> str:
    return f"""<section class="hero"><h1>{s['hero_h1']}</h1><p>{s['hero_p']}</p>
<ul class="shortcuts">{''.join(f'<li><a href="{h}">{t}</a></li>' for t, h in s['shortcuts'])}</ul></section>
<section class="driftinfo"><h2>Driftinformation</h2><p><a href="/driftinformation/">{s['drift']}</a></p></section>
<section class="news"><h2>Nyheter</h2>
{news_block(s['news'])}
<p><a href="/nyheter/">Fler nyheter</a></p></section>
<section class="events"><h2>Evenemang</h2><ul>{events_block()}</ul><p><a href="/evenemang/">Alla evenemang</a></p></section>
<section class="eservices"><h2>E-tjänster</h2><ul>{eserv_block()}</ul><p><a href="/e-tjanster/">Alla e-tjänster</a></p></section>
<section class="jobs"><h2>Jobba hos oss</h2><p>Vi är en av de största arbetsgivarna i {s['kommun']}. <a href="/lediga-jobb/">Se lediga jobb</a></p>
<ul>{''.join(f'<li><a href="/lediga-jobb/">{j}</a> <span>Sista ansökningsdag {d}</span></li>' for j, d in JOBS)}</ul></section>
<section class="popular"><h2>Populärt just nu</h2><ul>{''.join(f'<li><a href="{h}">{t}</a></li>' for t, h in POPULAR)}</ul></section>
<section class="about"><h2>Om {s['kommun']}</h2><p>{ABOUT.format(k=s['kommun'])}</p>
<p><a href="/kommun-och-politik/statistik/">Fakta och statistik</a> · <a href="/kultur-och-fritid/turism/">Besök {s['kommun']}</a></p></section>
<section class="ao"><h2>A–Ö</h2><p>{ao_block()}</p></section>
"""


def inner(s: dict, h1: str, body: str, crumbs: str = "") -> str:
    return f"""<div class="breadcrumbs"><a href="/">Startsida</a> / {crumbs}{h1}</div>
<article class="page"><h1>{h1}</h1>
{body}
<p class="updated">Senast uppdaterad: {s['updated']}</p>
</article>"""


def write_site(s: dict) -> None:
    d = ROOT / s["kommunkod"]
    d.mkdir(parents=True, exist_ok=True)
    lay = LAYOUTS[s["layout"]]
    suffix = s.get("suffix", f" - {s['kommun']}s kommun")
    files = {"index.html": lay(s, front_main(s), s.get("front_title", f"Startsida{suffix}"), True)}
    pages = {"/": "index.html"}
    for path, (fname, h1, body, crumbs) in s["inner"].items():
        files[fname] = lay(s, inner(s, h1, body, crumbs), f"{h1}{suffix}", False)
        pages[path] = fname
    files["sok.html"] = lay(s, "<h1>Sökresultat</h1>\n<!--SEARCH_RESULTS-->", f"Sök{suffix}", False)
    for fname, text in files.items():
        (d / fname).write_text(text, encoding="utf-8")
    manifest = {"kommunkod": s["kommunkod"], "kommun": s["kommun"], "lan_kod": s["lan_kod"], "lan": s["lan"],
                "family": s["layout"], "pages": pages, "redirects": s.get("redirects", {}),
                "robots": "User-agent: *\nDisallow: /sok/admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
                "sitemap": list(pages), "search": {"path": "/sok/", "param": "q", "hits": s.get("hits", {}),
                                                   "template": "sok.html"},
                "front_status": None}
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def unreachable(code: str, kommun: str, lan_kod: str, lan: str) -> None:
    d = ROOT / code
    d.mkdir(parents=True, exist_ok=True)
    (d / "index.html").write_text(f"<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>{kommun}s kommun</title></head>"
                                  f"<body><h1>{kommun}s kommun</h1><p><a href=\"/kontaktcenter/\">Kontaktcenter</a></p></body></html>\n",
                                  encoding="utf-8")
    manifest = {"kommunkod": code, "kommun": kommun, "lan_kod": lan_kod, "lan": lan, "family": "modern",
                "pages": {"/": "index.html"}, "redirects": {}, "front_status": 502}
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    from sitedata import SITES  # tools/sitedata.py
    for site in SITES:
        write_site(site)
    unreachable("9210", "Hedemyra", "20", "Dalarnas län")
    print("wrote", len(SITES) + 1, "sites")
