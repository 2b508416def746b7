"""Typing aid: writes tests/blind65/sites/ from the site data below. The files are the corpus;
labels.csv is written by hand.   python3 tests/blind65/tools/build_sites.py"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from chrome import FAMILIES, E, a, gen  # noqa: E402

SITES_DIR = HERE.parent / "sites"


def footer(post, visit, tel, mail, org):
    return {"post": post, "visit": visit, "tel": tel, "tel_raw": "+46" + tel.replace(" ", "").replace("-", "")[1:],
            "mail": mail, "org": org}


def news(slug, title, date, teaser, body):
    return {"slug": slug, "title": title, "date": date, "teaser": teaser, "body": body}


def page(path, file, title, h1, body):
    return {"path": path, "file": file, "title": title, "h1": h1, "body": body}


STD_NEWS = {
    "budget": news("budget-2027", "Kommunfullmäktige har antagit budget för 2027", "2026-11-24",
                   "Fullmäktige beslutade i går om budget och skattesats för nästa år.",
                   "<p>Kommunfullmäktige beslutade vid sitt sammanträde om budget för 2027. Skattesatsen är oförändrad. "
                   "Mest pengar går till förskola, skola och äldreomsorg.</p><p>Protokollet justeras inom två veckor.</p>"),
    "snow": news("vintervaghallning", "Så prioriterar vi snöröjningen i vinter", "2026-11-18",
                 "Huvudgator, gång- och cykelvägar till skolor och busshållplatser plogas först.",
                 "<p>När det har kommit mer än fem centimeter snö börjar vi ploga. Först huvudgator och gång- och cykelvägar, "
                 "sedan bostadsgator. Enskilda vägar sköts av vägföreningarna.</p>"),
    "lib": news("biblioteket-jul", "Bibliotekets öppettider i jul och nyår", "2026-12-01",
                "Biblioteket har ändrade öppettider under helgerna.",
                "<p>Under jul- och nyårshelgerna har huvudbiblioteket stängt den 24–26 december och 31 december–1 januari. "
                "Övriga dagar gäller lördagsöppet 10–14.</p>"),
}


def generic_pages(s):
    k = s["kommun"]
    return [
        page("/tillganglighet/", "tillganglighet.html", f"Tillgänglighetsredogörelse - {gen(k)} kommun", "Tillgänglighetsredogörelse",
             f"<p>{E(gen(k))} kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>"
             "<h2>Kända brister</h2><ul><li>Vissa PDF-dokument är inte tillgängliga.</li><li>Några filmer saknar undertexter.</li></ul>"
             "<h2>Tillsyn</h2><p>Myndigheten för digital förvaltning (Digg) ansvarar för tillsyn av lagen om tillgänglighet till digital offentlig service.</p>"
             "<p>Redogörelsen uppdaterades senast den 3 september 2026.</p>"),
        page("/kakor/", "kakor.html", f"Om kakor - {gen(k)} kommun", "Om kakor (cookies)",
             "<p>En kaka är en liten textfil som sparas i din webbläsare. Vi använder nödvändiga kakor och, om du godkänner det, "
             "kakor för besöksstatistik.</p><p>Du kan ändra ditt val när som helst.</p>"),
        page("/jobb/", "jobb.html", f"Lediga jobb - {gen(k)} kommun", "Lediga jobb",
             "<p>Vi söker bland annat undersköterskor, förskollärare och en ingenjör till gatuenheten. "
             f"Alla lediga tjänster annonseras på Offentliga jobb.</p><ul><li>{a('/jobb/underskoterska/', 'Undersköterska till hemtjänsten')}</li>"
             f"<li>{a('/jobb/forskollarare/', 'Förskollärare, Solrosens förskola')}</li></ul>"),
    ]


def news_pages(s):
    k = s["kommun"]
    out = []
    items = "".join(f'<li>{a("/nyheter/" + n["slug"] + "/", E(n["title"]))} <span>{n["date"]}</span><p>{E(n["teaser"])}</p></li>' for n in s["news"])
    out.append(page("/nyheter/", "nyheter.html", f"Nyheter - {gen(k)} kommun", "Nyheter", f"<ul class=\"newslist\">{items}</ul>"))
    for i, n in enumerate(s["news"], 1):
        out.append(page(f"/nyheter/{n['slug']}/", f"nyhet{i}.html", f"{n['title']} - {gen(k)} kommun", n["title"],
                        f'<p class="date">Publicerad {n["date"]}</p>{n["body"]}<p>{a("/nyheter/", "Fler nyheter")}</p>'))
    return out


def front_body(s):
    k = s["kommun"]
    cards = "".join(f'<li class="card">{a(h, t)}</li>' for h, t in s["hero_cards"])
    teasers = "".join(f'<li class="teaser"><h3>{a("/nyheter/" + n["slug"] + "/", E(n["title"]))}</h3><p>{E(n["teaser"])}</p></li>' for n in s["news"])
    es = ["Ansök om förskoleplats", "Felanmälan", "Ansök om bygglov", "Boka lokal", "Ansök om parkeringstillstånd", "Beställ kärl"]
    esl = "".join(f"<li>{a('/e-tjanster/' + str(i) + '/', E(t))}</li>" for i, t in enumerate(es, 1))
    az = "".join(a(f"/a-o/{c.lower()}/", c) + " " for c in "ABCDEFGH")
    return (f'<div class="hero"><h1>Välkommen till {E(gen(k))} kommun</h1><p>{E(s["hero_text"])}</p><ul class="cards">{cards}</ul></div>\n'
            f'{s.get("front_extra_top", "")}'
            '<div class="drift"><h2>Driftinformation</h2><p>Vattenavstängning på Björkvägen 8 december kl. 9–13.</p></div>\n'
            f'<div class="news"><h2>Nyheter</h2><ul>{teasers}</ul><p>{a("/nyheter/", "Alla nyheter")}</p></div>\n'
            f'<div class="eservices"><h2>Populära e-tjänster</h2><ul>{esl}</ul></div>\n'
            '<div class="events"><h2>Evenemang</h2><ul><li>13 dec: Luciafirande på torget</li><li>14 dec: Julmarknad i hembygdsgården</li></ul></div>\n'
            f'{s.get("front_extra", "")}'
            f'<div class="az"><h2>A–Ö</h2><p>{az}</p></div>\n'
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"' + gen(k) + ' kommun"' +
            s.get("jsonld_extra", "") + '}</script>')


def build(s):
    d = SITES_DIR / s["kod"]
    d.mkdir(parents=True)
    fam = FAMILIES[s["family"]]
    enc = "iso-8859-1" if s["family"] == "table" else "utf-8"
    ctype = "text/html; charset=iso-8859-1" if enc != "utf-8" else None
    pages = {}
    allp = [page(s.get("front_path", "/"), "index.html", f"Startsida - {gen(s['kommun'])} kommun", None, front_body(s))]
    allp += s["pages"] + news_pages(s) + generic_pages(s)
    for p in allp:
        s["_path"] = p["path"]
        body = p["body"] if p["h1"] is None else f'<h1>{p["h1"]}</h1>\n{p["body"]}'
        text = fam(s, p["title"], body)
        (d / p["file"]).write_bytes(text.encode(enc, errors="xmlcharrefreplace"))
        pages[p["path"]] = {"file": p["file"], "content_type": ctype} if ctype else p["file"]
    s["_path"] = s["search"]["path"]
    tpl = fam(s, f"Sök - {gen(s['kommun'])} kommun", "<h1>Sökresultat</h1>\n<!--SEARCH_RESULTS-->")
    (d / "sok.html").write_bytes(tpl.encode(enc, errors="xmlcharrefreplace"))
    m = {"kommunkod": s["kod"], "kommun": s["kommun"], "lan_kod": s["lan_kod"], "lan": s["lan"], "family": s["family"],
         "pages": pages, "redirects": s.get("redirects", {}),
         "robots": s.get("robots", "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"),
         "sitemap": list(pages),
         "search": {"path": s["search"]["path"], "param": s["search"]["param"], "hits": s["search"]["hits"],
                    "template": {"file": "sok.html", "content_type": ctype} if ctype else "sok.html"},
         "front_status": s.get("front_status")}
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main():
    from sitedata import SITES
    if SITES_DIR.exists():
        shutil.rmtree(SITES_DIR)
    SITES_DIR.mkdir()
    for s in SITES:
        build(s)
        print(s["kod"], s["kommun"], s["family"])


if __name__ == "__main__":
    main()
