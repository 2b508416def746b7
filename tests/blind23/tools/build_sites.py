"""Typing aid that wrote tests/blind23/sites/ (stdlib only). The HTML files are the corpus;
labels.csv is hand-written, not generated.   python3 tests/blind23/tools/build_sites.py"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import E, slug, subtext  # noqa: E402
from families import FAMILIES  # noqa: E402

OUT = HERE.parent / "sites"

# per family: (kakor, tillganglighet, lattlast, search path, search param, ext)
ABOUT = {
    "sitevision": ("/om-webbplatsen/kakor.html", "/om-webbplatsen/tillganglighet.html", "/om-webbplatsen/lattlast.html", "/sok.html", "query", ".html"),
    "episerver": ("/om-webbplatsen/kakor/", "/om-webbplatsen/tillganglighet/", "/om-webbplatsen/lattlast/", "/sok/", "q", "/"),
    "municipio": ("/om-webbplatsen/kakor/", "/om-webbplatsen/tillganglighet/", "/om-webbplatsen/lattlast/", "/", "s", "/"),
    "drupal": ("/om-webbplatsen/kakor", "/om-webbplatsen/tillganglighet", "/om-webbplatsen/lattlast", "/sok", "keys", ""),
    "aria": ("/sv/om-webbplatsen/kakor", "/sv/om-webbplatsen/tillganglighet", "/sv/om-webbplatsen/lattlast", "/sv/sok", "q", ""),
    "bootstrap": ("/om-webbplatsen/kakor/", "/om-webbplatsen/tillganglighet/", "/om-webbplatsen/lattlast/", "/sok/", "q", "/"),
    "soup": ("/kakor.html", "/tillganglighet.html", "/lattlast.html", "/sok.html", "sokord", ".html"),
    "xhtml": ("/om-webbplatsen/kakor.html", "/om-webbplatsen/tillganglighet.html", "/om-webbplatsen/lattlast.html", "/sok.html", "q", ".html"),
    "joomla": ("/om-webbplatsen/kakor", "/om-webbplatsen/tillganglighet", "/om-webbplatsen/lattlast", "/sok", "searchword", ""),
    "nextjs": ("/om-webbplatsen/kakor", "/om-webbplatsen/tillganglighet", "/om-webbplatsen/lattlast", "/sok", "q", ""),
}

AREA_SETS = {
    "A": [("Barn och utbildning", ["Förskola", "Grundskola", "Gymnasieskola", "Skolskjuts", "Vuxenutbildning"]),
          ("Omsorg och stöd", ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Ekonomiskt bistånd", "Färdtjänst"]),
          ("Bygga, bo och miljö", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa", "Energi- och klimatrådgivning"]),
          ("Trafik och infrastruktur", ["Gator och vägar", "Parkering", "Kollektivtrafik", "Snöröjning"]),
          ("Kultur och fritid", ["Bibliotek", "Idrott och motion", "Föreningsliv", "Kulturskola", "Evenemang"]),
          ("Näringsliv och arbete", ["Starta företag", "Upphandling", "Lediga jobb", "Tillstånd"]),
          ("Kommun och politik", ["Politik och beslut", "Organisation", "Ekonomi", "Diarium och allmänna handlingar", "Synpunkter och klagomål"])],
    "B": [("Förskola och skola", ["Förskola", "Grundskola", "Gymnasium", "Skolskjuts", "Kulturskola"]),
          ("Omsorg och hjälp", ["Äldreomsorg", "Hemtjänst", "Särskilt boende", "Individ och familj", "Funktionsnedsättning"]),
          ("Bygga och bo", ["Bygglov", "Detaljplaner", "Bostäder", "Vatten och avlopp"]),
          ("Miljö och avfall", ["Avfall och återvinning", "Miljö och hälsa", "Energi- och klimatrådgivning"]),
          ("Trafik och resor", ["Gator och vägar", "Parkering", "Kollektivtrafik", "Färdtjänst"]),
          ("Uppleva och göra", ["Bibliotek", "Idrott och motion", "Föreningsliv", "Uteliv och natur", "Turism"]),
          ("Näringsliv", ["Starta företag", "Upphandling", "Tillstånd"]),
          ("Kommun och politik", ["Politik och beslut", "Organisation", "Ekonomi", "Lediga jobb", "Trygghet och säkerhet"])],
}


def areas(kind, ext, prefix="", extra=None, drop=()):
    """[(title, path, subs)] ; extra: {area title: [(sub title, path) appended]}"""
    out = []
    for title, subs in AREA_SETS[kind]:
        if title in drop:
            continue
        p = f"{prefix}/{slug(title)}{ext}"
        s = list(subs) + list((extra or {}).get(title, []))
        out.append((title, p, s))
    return out


def area_body(title, subs, links=()):
    body = [f"<p class=\"ingress\">Här hittar du information och e-tjänster inom {title.lower()}.</p>"]
    for s in subs:
        if isinstance(s, tuple):
            continue
        body.append(f"<h2 id=\"{slug(s)}\">{E(s)}</h2><p>{E(subtext(s))}</p>")
    if links:
        body.append("<h2>Fler sidor</h2><ul class=\"link-list\">" + "".join(f"<li><a href=\"{h}\">{E(t)}</a></li>" for t, h in links) + "</ul>")
    return "\n".join(body)


def about_pages(S):
    k, t, lattl = ABOUT[S["family"]][:3]
    kom = S["kommun"]
    return [
        dict(path=k, file="kakor.html", title="Kakor", h1="Kakor (cookies)",
             body=f"<p>En kaka är en liten textfil som lagras i din webbläsare. {E(kom)} kommun använder nödvändiga kakor och, om du godkänner det, kakor för besöksstatistik.</p>"
                  "<h2>Nödvändiga kakor</h2><p>Sparar ditt val om kakor och håller formulär och inloggning igång. De raderas när du stänger webbläsaren.</p>"
                  "<h2>Statistikkakor</h2><p>Vi mäter besök anonymt för att förbättra webbplatsen. Uppgifterna lämnas inte ut till någon annan.</p>"
                  "<h2>Så ändrar du ditt val</h2><p>Du kan när som helst ändra ditt samtycke via länken Kakor längst ned på varje sida, eller tömma kakorna i webbläsaren.</p>"),
        dict(path=t, file="tillganglighet.html", title="Tillgänglighetsredogörelse", h1="Tillgänglighetsredogörelse",
             body=f"<p>{E(kom)} kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Den här redogörelsen beskriver hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du kan rapportera brister.</p>"
                  "<h2>Hur tillgänglig är webbplatsen?</h2><p>Vi vet att delar av webbplatsen inte är helt tillgängliga. Vissa PDF-dokument saknar taggar och en del äldre filmer saknar undertexter.</p>"
                  "<h2>Rapportera brister</h2><p>Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker problem som inte är beskrivna på den här sidan, skriv till webbredaktionen via funktionen Var sidan till hjälp?</p>"
                  "<h2>Tillsyn</h2><p>Myndigheten för digital förvaltning har ansvaret för tillsyn enligt lagen.</p>"
                  "<p>Redogörelsen gjordes den 3 september 2024 och uppdaterades senast den 14 januari 2025.</p>"),
        dict(path=lattl, file="lattlast.html", title="Lättläst", h1="Lättläst om kommunen",
             body=f"<p>Här kan du läsa om {E(kom)} kommun på lätt svenska.</p><p>Kommunen tar hand om skolor, äldreomsorg, gator, vatten och mycket annat.</p>"
                  "<p>Politikerna bestämmer vad kommunen ska göra. De väljs av invånarna vart fjärde år.</p>"
                  "<h2 id=\"teckensprak\">Teckenspråk</h2><p>Här finns filmer om kommunen på svenskt teckenspråk.</p>"),
    ]


def news_list_body(S):
    return "<ul class=\"news-list\">" + "".join(
        f"<li><a href=\"{p}\">{E(t)}</a> <time>{d}</time><p>{E(te)}</p></li>" for (p, _f, t, d, te, _b) in S["news"]) + "</ul>"


def front(S, hero_h, hero_p, cards, style, kris=False, extra_top="", events=True):
    """Front-page main content: first section = hero with shortcut cards, then news, events, e-services."""
    sec = "section" if style != "div" else "div"
    k = S["kod"]
    out = [f"<{sec} class=\"hero hero-{k}\"><div class=\"hero__inner\"><h2 class=\"hero__title\">{E(hero_h)}</h2><p>{E(hero_p)}</p>{extra_top}"
           "<ul class=\"hero__cards\">" + "".join(f"<li class=\"card\"><a class=\"card__link\" href=\"{h}\"><span class=\"card__title\">{E(t)}</span></a></li>" for t, h in cards) + f"</ul></div></{sec}>"]
    items = "".join(f"<li class=\"news__item\"><a href=\"{p}\"><h3 class=\"news__title\">{E(t)}</h3></a><p class=\"news__date\">{d}</p><p>{E(te)}</p></li>" for (p, _f, t, d, te, _b) in S["news"][:3])
    out.append(f"<{sec} class=\"news\"><h2>Aktuellt</h2><ul class=\"news__list\">{items}</ul><p><a href=\"{S['news_path']}\">Fler nyheter</a></p></{sec}>")
    if events:
        out.append(f"<{sec} class=\"events\"><h2>Evenemang</h2><ul><li><strong>8 feb</strong> Vinterfest på torget</li><li><strong>15 feb</strong> Sportlovsaktiviteter för barn och unga</li><li><strong>22 feb</strong> Konsert med kulturskolans elever</li></ul></{sec}>")
    dom = slug(S["kommun"]) + ".example"
    out.append(f"<{sec} class=\"eservices\"><h2>Populära e-tjänster</h2><ul><li><a href=\"https://e-tjanster.{dom}/forskola\">Ansök om förskoleplats</a></li><li><a href=\"https://e-tjanster.{dom}/bygglov\">Ansök om bygglov</a></li><li><a href=\"https://e-tjanster.{dom}/felanmalan\">Felanmälan</a></li><li><a href=\"https://e-tjanster.{dom}/synpunkter\">Lämna synpunkter</a></li></ul></{sec}>")
    if kris:
        out.append(f"<{sec} class=\"kris\" aria-label=\"Krisinformation\"><h2>Krisinformation</h2><p>Vid en allvarlig händelse hittar du information från kommunen här. Nationell information finns på <a href=\"https://www.krisinformation.example/\">Krisinformation.se</a>. "
                   "Ring 113 13 för att lämna eller få information om olyckor och kriser. Ring 112 vid nödsituation.</p></{sec}>")
    return "\n".join(out)


def footer_std(S, first_extra="", contact_extra="", extra_cols=()):
    k, t, lattl = ABOUT[S["family"]][:3]
    cols = [(f"{S['kommun']} kommun", f"<p>{S['postadress']}<br>Org.nr {S['orgnr']}</p>{first_extra}"),
            ("Kontakta kommunen", f"<p>Växel: {S['vaxel']}<br>E-post: <a href=\"mailto:kommun@{S['dom']}\">kommun@{S['dom']}</a></p>{contact_extra}"),
            ("Om webbplatsen", f"<ul><li><a href=\"{k}\">Kakor</a></li><li><a href=\"{t}\">Tillgänglighetsredogörelse</a></li><li><a href=\"{lattl}\">Lättläst</a></li></ul>")]
    cols.extend(extra_cols)
    return cols


def render_site(S):
    fam = FAMILIES[S["family"]]
    d = OUT / S["kod"]
    d.mkdir(parents=True, exist_ok=True)
    for f in d.glob("*.html"):
        f.unlink()
    pages = {}
    allp = []
    allp.append(dict(path=S["front_path"], file="index.html", title=f"{S['kommun']} kommun", h1=f"{S['kommun']} kommun", body=S["front_body"], front=True))
    own = {P["path"] for P in S["pages"]}
    for title, path, subs in S["areas"]:
        if path in own:  # a top-level menu item that is itself a page of the site (9244, 9245)
            continue
        allp.append(dict(path=path, file=f"{slug(title)}.html", title=title, h1=title, body=area_body(title, subs, S.get("area_links", {}).get(title, ())),
                         crumbs=[("Start", S["front_path"])]))
    allp.append(dict(path=S["news_path"], file="nyheter.html", title="Nyheter", h1="Nyheter", body=news_list_body(S), crumbs=[("Start", S["front_path"])]))
    for (p, f, t, dt, te, b) in S["news"]:
        allp.append(dict(path=p, file=f, title=t, h1=t, body=f"<p class=\"news-date\">Publicerad {dt}</p><p class=\"ingress\">{E(te)}</p>{b}",
                         crumbs=[("Start", S["front_path"]), ("Nyheter", S["news_path"])], updated=dt))
    for P in about_pages(S):
        P["crumbs"] = [("Start", S["front_path"])]
        allp.append(P)
    allp.extend(S["pages"])
    for P in allp:
        P.setdefault("crumbs", [("Start", S["front_path"])])
        html_ = fam(S, P)
        (d / P["file"]).write_text(html_, encoding="utf-8")
        if P["path"] in pages:
            raise SystemExit(f"{S['kod']}: duplicate path {P['path']}")
        pages[P["path"]] = P["file"]
    sp = ABOUT[S["family"]][3:5]
    sok = dict(path=sp[0], file="sok.html", title="Sökresultat", h1="Sök", body="<div class=\"search-results\"><!--SEARCH_RESULTS--></div>")
    (d / "sok.html").write_text(fam(S, sok), encoding="utf-8")
    man = {"kommunkod": S["kod"], "kommun": S["kommun"], "lan_kod": S["lan_kod"], "lan": S["lan"], "family": S["family"],
           "pages": pages, "redirects": S.get("redirects", {}),
           "robots": S.get("robots", "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"),
           "sitemap": list(pages), "search": {"path": sp[0], "param": sp[1], "hits": S["hits"], "template": "sok.html"}, "front_status": None}
    (d / "site.json").write_text(json.dumps(man, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return len(pages)


if __name__ == "__main__":
    from sites_spec import SITES
    for S in SITES:
        n = render_site(S)
        print(S["kod"], S["kommun"], S["family"], n, "pages")
