"""Typing aid that writes tests/blind34/sites/ (the HTML files are the corpus; labels are hand-written).

    python3 tests/blind34/tools/build_sites.py
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from chrome import FAMILIES  # noqa: E402
from sitedata import SITES  # noqa: E402

OUT = HERE.parent / "sites"


def slug(t: str) -> str:
    t = t.lower().replace("å", "a").replace("ä", "a").replace("ö", "o").replace("é", "e")
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


AREA_TEXT = {
    "default": "Här hittar du information och e-tjänster inom området. Välj ett ämne nedan eller använd sökfunktionen.",
}

SUB_TEXT = ("Läs om vad som gäller, hur du ansöker och vilka avgifter som finns. Många ärenden kan du sköta "
            "direkt i våra e-tjänster, dygnet runt.")

NEWS_POOL = {
    "budget": ("Budget för nästa år är beslutad", "Kommunfullmäktige har fastställt budgeten. Satsningar görs på skola och äldreomsorg.",
               "Kommunfullmäktige beslutade på måndagens sammanträde om budget och verksamhetsplan. Den största satsningen görs inom förskola och skola, där fler pedagoger anställs. Äldreomsorgen får medel för att bygga ut hemtjänsten på landsbygden. Skattesatsen lämnas oförändrad."),
    "vinterväghållning": ("Så prioriteras snöröjningen i vinter", "Huvudgator och busslinjer plogas först, sedan gång- och cykelvägar.",
               "När snön kommer plogar vi först huvudgator, busslinjer och vägar till skolor och äldreboenden. Därefter gång- och cykelvägar och sist villagator. Plogning startar när det fallit cirka fem centimeter snö. Sandning sker vid halka."),
    "badplats": ("Ny brygga vid Norrstrandens badplats", "Den nya bryggan är tillgänglighetsanpassad och klar till badsäsongen.",
               "Bryggan vid Norrstranden har byggts om och har nu ramp och badtrappa med ledstänger. Arbetet finansierades delvis med bidrag från Boverket. Bryggan invigs i början av juni."),
    "skolval": ("Dags att välja skola inför hösten", "Skolvalet är öppet till och med den 15 februari.",
               "Alla vårdnadshavare till barn som börjar förskoleklass till hösten får information hemskickad. Du gör skolvalet i e-tjänsten. Den som inte gör något val får plats i den skola som ligger närmast hemmet."),
    "avfall": ("Nya sorteringskärl till alla villahushåll", "Under våren får alla villahushåll fyrfackskärl för matavfall och förpackningar.",
               "Utdelningen sker område för område från mars till juni. Du får ett brev två veckor innan kärlen kommer. De gamla kärlen hämtas samtidigt. Avgiften ändras inte för dig som väljer standardabonnemanget."),
    "bibliotek": ("Biblioteket utökar öppettiderna", "Från januari är huvudbiblioteket meröppet alla dagar 7-22.",
               "Med ett meröppet-kort kan du låna och lämna böcker även när biblioteket är obemannat. Kortet kan du skaffa i receptionen. Personalen finns på plats som tidigare."),
    "vatten": ("Spolning av vattenledningar i centrum", "Under vecka 12 spolas ledningarna, vattnet kan bli missfärgat.",
               "Vattnet är fortfarande drickbart men kan vara missfärgat en kort stund. Spola kallvatten tills det blir klart. Undvik att tvätta vitt under de dagar spolningen pågår i ditt område."),
    "cykelväg": ("Ny cykelväg mellan centrum och stationen", "Bygget startar i april och beräknas vara klart i oktober.",
               "Den nya gång- och cykelvägen blir tre meter bred och får belysning hela vägen. Under byggtiden leds trafiken om via Skolgatan."),
    "feriejobb": ("Sök feriejobb i sommar", "Är du född 2008 eller 2009 kan du söka feriejobb hos kommunen.",
               "Feriejobben finns inom bland annat äldreomsorg, park och kultur. Du arbetar tre veckor under sommarlovet. Ansökan görs i e-tjänsten senast den 31 mars."),
}


def area_page(a_label, subs, extra=""):
    secs = "".join(
        f"<h2 id=\"{slug(t)}\">{t}</h2>\n<p>{SUB_TEXT}</p>\n" for t, u in subs if "#" in u)
    return (f"<h1>{a_label}</h1>\n<p class=\"lead\">{AREA_TEXT['default']}</p>\n{secs}{extra}")


def build(site: dict) -> None:
    code = site["kommunkod"]
    d = OUT / code
    d.mkdir(parents=True, exist_ok=True)
    for f in d.iterdir():
        f.unlink()
    fam = FAMILIES[site["family"]]
    ext = site.get("area_ext", "/")
    # menu: resolve sub-items (plain strings -> anchors on the area page)
    menu = []
    for label, subs in site["areas"]:
        href = site.get("area_path", {}).get(label) or ("/" + slug(label) + ext)
        rs = []
        for sb in subs:
            rs.append(sb if isinstance(sb, tuple) else (sb, f"{href}#{slug(sb)}"))
        menu.append((label, href, rs))
    menu += [(lab, href, []) for lab, href in site.get("menu_extra", [])]
    s = dict(site)
    s["menu"] = menu
    pages: dict[str, tuple[str, str]] = {}  # path -> (title, body)
    for label, href, subs in menu:
        if href in site["pages"] or not subs:
            continue
        pages[href] = (label, area_page(label, subs, site.get("area_extra", {}).get(label, "")))
    # news
    items = []
    for key, date in site["news"]:
        t, lead, text = site.get("news_custom", {}).get(key) or NEWS_POOL[key]
        path = f"/nyheter/{slug(key)}/"
        items.append((t, path, lead))
        pages[path] = (t, f"<h1>{t}</h1>\n<p class=\"date\">Publicerad {date}</p>\n<p class=\"lead\">{lead}</p>\n<p>{text}</p>\n")
    s.setdefault("teasers", items[:3])
    lst = "".join(f"<li><a href=\"{u}\">{t}</a> <span>{ld}</span></li>\n" for t, u, ld in items)
    pages["/nyheter/"] = ("Nyheter", f"<h1>Nyheter</h1>\n<ul class=\"news-list\">\n{lst}</ul>\n")
    pages["/e-tjanster/"] = ("E-tjänster", "<h1>E-tjänster</h1>\n<p>Här samlar vi kommunens e-tjänster. Logga in med BankID "
                             "eller Freja eID.</p>\n<ul><li>Ansök om plats i förskola</li><li>Felanmälan gata och park</li>"
                             "<li>Ansök om bygglov</li><li>Beställ extra sophämtning</li><li>Ansök om parkeringstillstånd</li></ul>\n")
    pages["/tillganglighet/"] = ("Tillgänglighetsredogörelse", f"<h1>Tillgänglighetsredogörelse</h1>\n<p>{site['kommun']} står bakom "
                                 "den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur "
                                 "webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service och hur du kan "
                                 "rapportera problem.</p>\n<h2>Hur tillgänglig är webbplatsen?</h2>\n<p>Vi vet att vissa delar inte "
                                 "är helt tillgängliga, till exempel äldre PDF-dokument.</p>\n<h2>Tillsyn</h2>\n<p>Myndigheten för "
                                 "digital förvaltning har ansvaret för tillsyn.</p>\n")
    pages["/om-webbplatsen/"] = ("Om webbplatsen", "<h1>Om webbplatsen</h1>\n<p>Webbplatsen drivs av kommunens "
                                 "kommunikationsavdelning.</p>\n<h2 id=\"kakor\">Kakor</h2>\n<p>Vi använder nödvändiga kakor och, om "
                                 "du godkänner det, kakor för besöksstatistik.</p>\n")
    pages["/sociala-medier/"] = ("Sociala medier", f"<h1>Sociala medier</h1>\n<p>Följ {site['kommun']} i sociala medier. Vi svarar "
                                 "inte på ärenden i kommentarsfälten.</p>\n<ul><li id=\"facebook\">Facebook: "
                                 f"{site['name'].lower()}skommun</li><li id=\"instagram\">Instagram: @{site['name'].lower()}</li>"
                                 f"<li id=\"linkedin\">Linkedin: {site['kommun']}</li></ul>\n")
    for p, spec in site["pages"].items():
        pages[p] = spec
    manifest_pages = {}
    charset = site.get("charset", "utf-8")
    for p, (title, body) in pages.items():
        fn = site.get("files", {}).get(p) or (slug(p.strip("/").replace(".", "-")) or "index") + ".html"
        front = p == site.get("front", "/")
        s["_path"] = p
        text = fam(s, {"title": title, "body": body, "front": front})
        (d / fn).write_bytes(text.encode(charset, errors="xmlcharrefreplace"))
        manifest_pages[p] = fn if charset == "utf-8" else {"file": fn, "content_type": f"text/html; charset={charset}"}
    # search template
    s["_path"] = site["search_path"]
    tpl = fam(s, {"title": "Sök", "body": "<h1>Sök</h1>\n<!--SEARCH_RESULTS-->\n", "front": False})
    (d / "sok.html").write_bytes(tpl.encode(charset, errors="xmlcharrefreplace"))
    tpl_spec = "sok.html" if charset == "utf-8" else {"file": "sok.html", "content_type": f"text/html; charset={charset}"}
    if site["search_path"] != "/" and site["search_path"] in manifest_pages:
        raise SystemExit(f"{code}: search path is a page")
    m = {
        "kommunkod": code, "kommun": site["name"], "lan_kod": site["lan_kod"], "lan": site["lan"],
        "family": site["family"], "pages": manifest_pages, "redirects": site.get("redirects", {}),
        "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
        "sitemap": sorted(manifest_pages),
        "search": {"path": site["search_path"], "param": site["search_param"], "hits": site["hits"], "template": tpl_spec},
        "front_status": None,
    }
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(code, site["name"], len(manifest_pages), "pages")


if __name__ == "__main__":
    for site in SITES:
        build(site)
