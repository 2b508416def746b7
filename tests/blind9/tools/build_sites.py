"""Write tests/blind9/sites/ (a typing aid; the written files are the corpus, the labels are by hand).

    python3 tests/blind9/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chrome import SKINS, areas, esc, front_main, slug
from sites_data import SITES

ROOT = Path(__file__).resolve().parent.parent / "sites"


def crumbs(*parts: tuple[str, str]) -> str:
    inner = " › ".join(f"<a href=\"{h}\">{esc(t)}</a>" if h else esc(t) for h, t in parts)
    return f"<nav class=\"breadcrumb\" aria-label=\"Du är här\"><a href=\"/\">Startsida</a> › {inner}</nav>"


def area_main(site: dict, label: str, sl: str, subs: list[str]) -> str:
    lis = "".join(f"<li><a href=\"{site.get('sub_links', {}).get((sl, t), f'/{sl}/{slug(t)}/')}\">{esc(t)}</a></li>" for t in subs)
    extra = site.get("area_extra", {}).get(sl, "")
    return (f"{crumbs(('', label))}<h1>{esc(label)}</h1><p class=\"ingress\">{esc(site['area_lead'].format(area=label.lower()))}</p>"
            f"<ul class=\"link-list\">{lis}</ul>{extra}")


def news_main(n: dict) -> str:
    ps = "".join(f"<p>{p}</p>" for p in n["body"])
    return (f"{crumbs(('/nyheter/', 'Nyheter'), ('', n['title']))}<article><h1>{esc(n['title'])}</h1>"
            f"<p class=\"date\">Publicerad {n['date']}</p><p class=\"ingress\">{esc(n['lead'])}</p>{ps}</article>")


def build(site: dict) -> None:
    d = ROOT / site["code"]
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    render = SKINS[site["skin"]]
    sep = site.get("sep", " - ")
    pages: dict[str, str] = {}

    def write(path: str, fname: str, title: str, main: str, suffix: bool = True) -> None:
        full = f"{title}{sep}{site['name']}" if suffix else title
        (d / fname).write_text(render(site, {"path": path, "title": full, "main": main}), encoding="utf-8")
        pages[path] = fname

    if site.get("front_status"):
        pass
    front_path = site.get("front_path", "/")
    write(front_path, "index.html", site["name"], front_main(site), suffix=False)
    for label, sl, subs in areas(site):
        write(f"/{sl}/", f"{sl}.html", label, area_main(site, label, sl, subs))
    news_list = "".join(f"<li><a href=\"{n['path']}\">{esc(n['title'])}</a> <time>{n['date']}</time><p>{esc(n['lead'])}</p></li>"
                        for n in site["news"])
    write("/nyheter/", "nyheter.html", "Nyheter", f"{crumbs(('', 'Nyheter'))}<h1>Nyheter</h1><ul class=\"news-list\">{news_list}</ul>")
    for i, n in enumerate(site["news"], 1):
        write(n["path"], f"nyhet-{i}.html", n["title"], news_main(n))
    write("/tillganglighet/", "tillganglighet.html", "Tillgänglighetsredogörelse",
          f"{crumbs(('', 'Tillgänglighetsredogörelse'))}<h1>Tillgänglighetsredogörelse</h1><p>{esc(site['name'])} står bakom "
          "den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Den här redogörelsen beskriver hur "
          "webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service och vilka kända brister som finns.</p>"
          "<h2>Kända brister</h2><ul><li>Vissa äldre PDF-dokument är inte tillgängliga.</li><li>Några inbäddade kartor "
          "saknar textalternativ.</li></ul><p>Du kan anmäla brister till Myndigheten för digital förvaltning (Digg).</p>")
    write("/kakor/", "kakor.html", "Kakor",
          f"{crumbs(('', 'Kakor'))}<h1>Kakor på webbplatsen</h1><p>En kaka är en liten textfil som sparas i din webbläsare. "
          "Vi använder nödvändiga kakor för att webbplatsen ska fungera och, om du godkänner det, statistikkakor.</p>")
    ao = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for h, t in site["ao_links"])
    write("/a-o/", "a-o.html", "A–Ö", f"{crumbs(('', 'A–Ö'))}<h1>Innehåll A–Ö</h1><ul class=\"ao-list\">{ao}</ul>")
    for path, (fname, title, main) in site.get("pages", {}).items():
        write(path, fname, title, main)
    # search template
    (d / "sok.html").write_text(render(site, {"path": "/sok/", "title": f"Sök{sep}{site['name']}",
                                               "main": f"{crumbs(('', 'Sök'))}<h1>Sökresultat</h1><!--SEARCH_RESULTS-->"}),
                                encoding="utf-8")
    manifest = {
        "kommunkod": site["code"], "kommun": site["kommun"], "lan_kod": site["lan_kod"], "lan": site["lan"],
        "family": site["skin"], "pages": pages, "redirects": site.get("redirects", {}),
        "robots": site.get("robots", "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"),
        "sitemap": site.get("sitemap") or [p for p in pages if p not in site.get("not_in_sitemap", [])],
        "search": {"path": "/sok/", "param": "q", "hits": site.get("hits", {}), "template": "sok.html"},
        "front_status": site.get("front_status"),
    }
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    for s in SITES:
        build(s)
        print(s["code"], s["kommun"], len(list((ROOT / s["code"]).glob("*.html"))), "files",
              (ROOT / s["code"] / "index.html").stat().st_size, "bytes front")


if __name__ == "__main__":
    main()
