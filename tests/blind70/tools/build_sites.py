"""Typing aid that writes tests/blind70/sites/ (the files it writes are the corpus; labels are by hand).

    python3 tests/blind70/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from chrome import FAMILIES, front_main, inner_main  # noqa: E402

SITES_DIR = HERE.parent / "sites"

GENERIC_NEWS = [
    ("Vårens gatusopning börjar i april", "gatusopning",
     "<p>Under april och maj sopar vi bort vinterns grus från gator, gång- och cykelvägar. Vi börjar i centrum och "
     "arbetar oss utåt. Flytta gärna bilen när skyltarna sätts upp, annars kan den bli bortforslad.</p>"
     "<p>Schemat för varje stadsdel publiceras på sidan Gator och vägar.</p>"),
    ("Kommunfullmäktige har beslutat om budget för nästa år", "budget",
     "<p>Kommunfullmäktige beslutade på måndagens sammanträde om budget och verksamhetsplan för nästa år. "
     "Skattesatsen är oförändrad. Satsningar görs främst på förskola, äldreomsorg och underhåll av gator.</p>"
     "<p>Protokollet publiceras under Sammanträden och handlingar när det är justerat.</p>"),
    ("Ny förskola klar för inflyttning", "ny-forskola",
     "<p>Den nya förskolan med sex avdelningar står klar i augusti. Vårdnadshavare som har fått plats där får "
     "ett brev med information om inskolningen.</p><p>Du ansöker om förskoleplats via e-tjänsten.</p>"),
]


def tillg(site):
    return (f"<p>{site['kname']} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna "
            "använda den. Den här tillgänglighetsredogörelsen beskriver hur webbplatsen uppfyller lagen om "
            "tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du kan "
            "rapportera brister till oss så att vi kan åtgärda dem.</p><h2>Kända brister</h2><ul>"
            "<li>Vissa äldre PDF-dokument är inte tillgängliga.</li><li>Några filmer saknar syntolkning.</li></ul>"
            "<h2>Tillsyn</h2><p>Myndigheten för digital förvaltning (Digg) ansvarar för tillsyn för lagen.</p>"
            "<p>Redogörelsen uppdaterades senast den 15 september.</p>")


KAKOR = ("<p>En kaka (cookie) är en liten textfil som sparas i din webbläsare. Vi använder nödvändiga kakor för "
         "att webbplatsen ska fungera och, om du godkänner det, kakor för besöksstatistik.</p>"
         "<h2>Så ändrar du dina val</h2><p>Du kan när som helst ändra ditt val genom att rensa kakorna i din "
         "webbläsare.</p>")


def build_site(site: dict) -> None:
    code = site["kommunkod"]
    d = SITES_DIR / code
    d.mkdir(parents=True)
    pre = site.get("prefix", "")
    fam = FAMILIES[site["family"]]
    latin = site["family"] == "table"
    enc = "iso-8859-1" if latin else "utf-8"
    ctype = "text/html; charset=iso-8859-1" if latin else None
    pages: dict[str, object] = {}
    fname_n = [0]

    def write(path: str, text: str, name: str | None = None) -> None:
        if name is None:
            fname_n[0] += 1
            name = f"p{fname_n[0]:02d}.html"
        (d / name).write_bytes(text.encode(enc, errors="xmlcharrefreplace"))
        if path is not None:
            pages[path] = {"file": name, "content_type": ctype} if ctype else name

    def title_of(h1: str) -> str:
        return f"{h1} - {site['kname']}"

    # news
    news = list(site.get("news", []))
    for t, sl, body in GENERIC_NEWS:
        if len(news) >= site.get("n_news", 3):
            break
        news.append((t, f"{pre}/nyheter/{sl}/", body, "2 december"))
    site.setdefault("teasers", [(t, p, dt) for t, p, _, dt in news])
    jsonld = site.get("jsonld", "")
    front_path = site.get("front_path", "/")
    write(front_path, fam(site, front_main(site), site["kname"], jsonld=jsonld), "index.html")
    nl = "<ul>" + "".join(f'<li><a href="{p}">{t}</a> <span>{dt}</span></li>' for t, p, _, dt in news) + "</ul>"
    write(f"{pre}/nyheter/", fam(site, inner_main(site, "Nyheter", nl, []), title_of("Nyheter")))
    for t, p, body, dt in news:
        b = f'<p class="date">Publicerad {dt}</p>' + body
        write(p, fam(site, inner_main(site, t, b, [("Nyheter", f"{pre}/nyheter/")]), title_of(t)))
    write(f"{pre}/tillganglighet/", fam(site, inner_main(site, "Tillgänglighetsredogörelse", tillg(site), []),
                                        title_of("Tillgänglighetsredogörelse")))
    write(f"{pre}/om-kakor/", fam(site, inner_main(site, "Om kakor", KAKOR, []), title_of("Om kakor")))
    eng = f'<div lang="en">{site["english"]}</div>'
    write(f"{pre}/in-english/", fam(site, inner_main(site, site.get("english_h1", "In English"), eng, []),
                                    f"{site.get('english_h1', 'In English')} - {site['kname']}"))
    for path, pg in site["pages"].items():
        h1 = pg["h1"]
        write(path, fam(site, inner_main(site, h1, pg["body"], pg.get("crumbs", [])), pg.get("title", title_of(h1))))
    write(None, fam(site, inner_main(site, "Sök", "<!--SEARCH_RESULTS-->", []), title_of("Sök")), "sok.html")
    manifest = {
        "kommunkod": code, "kommun": site["kommun"], "lan_kod": site["lan_kod"], "lan": site["lan"],
        "family": site["family"], "pages": pages, "redirects": site.get("redirects", {}),
        "robots": site.get("robots", "User-agent: *\nDisallow: /wp-admin/\nSitemap: __ORIGIN__/sitemap.xml\n"),
        "sitemap": list(pages),
        "search": {"path": site["search"]["path"], "param": site["search"]["param"], "hits": site["search"]["hits"],
                   "template": {"file": "sok.html", "content_type": ctype} if ctype else "sok.html"},
        "front_status": None,
    }
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    from sites_data import SITES
    if SITES_DIR.exists():
        shutil.rmtree(SITES_DIR)
    SITES_DIR.mkdir()
    for s in SITES:
        build_site(s)
    print(f"wrote {len(SITES)} sites to {SITES_DIR}")


if __name__ == "__main__":
    main()
