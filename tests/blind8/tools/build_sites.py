"""Write tests/blind8/sites/ (a typing aid; the written files are the corpus, the labels are by hand).

    python3 tests/blind8/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chrome import FAMILIES
from common import AREAS, LOREM, esc, slug

ROOT = Path(__file__).resolve().parent.parent / "sites"


def area_main(label: str, sl: str, subs: list[str], extra: str = "", replace: dict | None = None) -> str:
    replace = replace or {}
    lis = "".join(f"<li><a href=\"{replace.get(t, f'/{sl}/{slug(t)}/')}\">{esc(t)}</a></li>" for t in subs)
    return (f"<p class=\"crumbs\"><a href=\"/\">Startsida</a> › {esc(label)}</p><h1>{esc(label)}</h1>"
            f"<p class=\"lead\">Här har vi samlat information, vägledning och e-tjänster inom {esc(label.lower())}.</p>"
            f"<ul class=\"area-links\">{lis}</ul>{extra}<p>{LOREM[1]}</p>")


def news_main(title: str, date: str, paras: list[str], extra: str = "") -> str:
    ps = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<p class=\"crumbs\"><a href=\"/\">Startsida</a> › <a href=\"/nyheter/\">Nyheter</a></p>"
            f"<article class=\"news-article\"><h1>{esc(title)}</h1><p class=\"published\">Publicerad {date}</p>{ps}{extra}</article>")


def filler_news(gen: str, ort: str) -> list[tuple]:
    return [
        ("Budget för 2027 är antagen", "/nyheter/budget-2027/",
         "Kommunfullmäktige har antagit budgeten för nästa år. Mest pengar går till skola och omsorg.", "2026-11-24",
         [f"Kommunfullmäktige i {ort} antog på måndagskvällen budgeten för 2027. Skattesatsen lämnas oförändrad.",
          "Den största delen av budgeten går till förskola, skola och äldreomsorg. Investeringarna ökar, framför allt "
          "i nya förskolelokaler och i ledningsnätet för vatten och avlopp.",
          "Protokollet från sammanträdet publiceras inom två veckor."]),
        ("Ny förskola byggs i Norra Hagen", "/nyheter/ny-forskola/",
         "Bygget av en ny förskola med åtta avdelningar börjar i vår.", "2026-11-10",
         [f"{gen} kommun bygger en ny förskola i Norra Hagen. Den ska stå klar hösten 2028 och få plats för 140 barn.",
          "Under byggtiden blir det tung trafik på Hagvägen vardagar mellan 7 och 16. Vi ber dig som bor i området om "
          "förståelse."]),
    ]


def page_doc(fam: str, site: dict, path: str, title: str, main: str, front: bool = False, **kw) -> str:
    render, _ = FAMILIES[fam]
    return render(site, {"path": path, "title": title, "main": main, "front": front, **kw})


def build(site: dict) -> None:
    """site: code, kommun, gen, ort, fam, footer, menu, search, robots, hero, news(list of 4-tuples),
    extra_pages {path: (file, title, main)}, area_extra {area slug: html}, redirects, front_path, ..."""
    d = ROOT / site["code"]
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    fam = site["fam"]
    _, front = FAMILIES[fam]
    fpath = site.get("front_path", "/")
    pages: dict = {}

    def write(path, fname, title, main, **kw):
        (d / fname).write_text(page_doc(fam, site, path, title, main, **kw), encoding="utf-8")
        spec = fname
        if path == fpath and site.get("front_ct"):
            spec = {"file": fname, "content_type": site["front_ct"]}
        pages[path] = spec

    suffix = f" - {site['gen']} kommun" if site.get("suffix_dash", True) else f" | {site['gen']} kommun"
    fnews = filler_news(site["gen"], site["ort"])
    news = site["news"] + [(t, h, x, dt) for t, h, x, dt, _ in fnews]
    hero = site["hero"]
    fmain = front(site, hero, news[:4])
    write(fpath, "index.html", f"{site['gen']} kommun", fmain, front=True, head_extra=site.get("front_head", ""))
    for label, sl, subs in AREAS:
        write(f"/{sl}/", f"{sl}.html", label + suffix,
              area_main(label, sl, subs, site.get("area_extra", {}).get(sl, ""), site.get("area_replace", {}).get(sl)))
    lis = "".join(f"<li><a href=\"{h}\">{esc(t)}</a> <span>{dt}</span><p>{esc(x)}</p></li>" for t, h, x, dt in news)
    write("/nyheter/", "nyheter.html", "Nyheter" + suffix,
          f"<p class=\"crumbs\"><a href=\"/\">Startsida</a> › Nyheter</p><h1>Nyheter</h1><ul class=\"news-archive\">{lis}</ul>")
    for i, (t, h, _x, dt, paras) in enumerate(fnews):
        write(h, f"nyhet-{i + 1}.html", t + suffix, news_main(t, dt, paras))
    write("/tillganglighet/", "tillganglighet.html", "Tillgänglighetsredogörelse" + suffix,
          f"<h1>Tillgänglighetsredogörelse</h1><p>{site['gen']} kommun står bakom denna webbplats. Vi vill att så många "
          f"som möjligt ska kunna använda den.</p><p>Webbplatsen är delvis förenlig med lagen om tillgänglighet till "
          f"digital offentlig service. Filmer saknar ibland undertexter och vissa äldre PDF-dokument är inte "
          f"tillgänglighetsanpassade.</p><p>Om du upplever problem kan du kontakta webbredaktionen på "
          f"{site['footer']['email']}. Du kan också anmäla till Myndigheten för digital förvaltning.</p>")
    write("/kakor/", "kakor.html", "Kakor" + suffix,
          "<h1>Om kakor</h1><p>En kaka är en liten textfil som lagras i din webbläsare. Vi använder nödvändiga kakor "
          "för att webbplatsen ska fungera och, om du godkänner det, statistikkakor för att förstå hur webbplatsen används.</p>"
          "<table><tr><th>Kaka</th><th>Syfte</th><th>Lagringstid</th></tr><tr><td>consent</td><td>Sparar ditt val</td><td>1 år</td></tr>"
          "<tr><td>_stat</td><td>Besöksstatistik</td><td>13 månader</td></tr></table>")
    for path, (fname, title, main) in site.get("extra_pages", {}).items():
        write(path, fname, title if "|" in title or " - " in title or title.endswith("kommun") else title + suffix, main)
    sp = site["search"]
    (d / "sok.html").write_text(page_doc(fam, site, sp["path"], "Sök" + suffix,
                                         "<h1>Sök på webbplatsen</h1><!--SEARCH_RESULTS-->"), encoding="utf-8")
    manifest = {
        "kommunkod": site["code"], "kommun": site["kommun"], "lan_kod": site["lan_kod"], "lan": site["lan"],
        "family": fam, "pages": pages, "redirects": site.get("redirects", {}), "robots": site["robots"],
        "sitemap": site.get("sitemap", [p for p in pages if p not in site.get("not_in_sitemap", [])]),
        "search": {"path": sp["path"], "param": sp["param"], "hits": sp.get("hits", {}), "template": "sok.html"},
        "front_status": site.get("front_status"),
    }
    if site.get("no_sitemap"):
        manifest.pop("sitemap")
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    from sites_data import SITES, build_spa
    for s in SITES:
        build(s)
    build_spa(ROOT)
    for d in sorted(ROOT.iterdir()):
        f = d / "index.html"
        print(d.name, f.stat().st_size if f.exists() else "-", len(list(d.glob("*.html"))), "html files")


if __name__ == "__main__":
    main()
