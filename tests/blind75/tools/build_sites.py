"""Typing aid that wrote tests/blind75/sites/ (the written files are the corpus; labels are hand-written).

    python3 tests/blind75/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from families import AREAS, FAMILIES, E, build_menu, slug  # noqa: E402
from texts import SITES  # noqa: E402

OUT = HERE.parent / "sites"


def news_path(s, n):
    return n["path"]


def front_main(s):
    sec = s.get("sec", "section")
    p = s.get("px", "")
    cards = "".join(f'<li class="{p}card"><a href="{h}">{E(t)}</a></li>' for t, h in s["hero_cards"])
    news = "".join(
        f'<{sec} class="{p}teaser"><p class="{p}date">{n["date"]}</p><h3><a href="{n["path"]}">{E(n["title"])}</a></h3><p>{E(n["lead"])}</p></{sec}>'
        for n in s["news"][:3])
    events = "".join(f'<li><span class="{p}date">{d}</span> <a href="/evenemang/{slug(t)}/">{E(t)}</a></li>' for d, t in s["events"])
    eserv = "".join(f'<li><a href="/e-tjanster/{slug(t)}/">{E(t)}</a></li>' for t in s["eservices"])
    hero_box = s.get("hero_box", "")
    return (f'<{sec} class="{p}hero"><h1>{E(s["hero_title"])}</h1><p>{E(s["hero_text"])}</p>'
            f'<ul class="{p}shortcuts">{cards}</ul>{hero_box}</{sec}>\n'
            f'<{sec} class="{p}drift"><h2>Driftinformation</h2><p>{E(s["drift"])}</p></{sec}>\n'
            f'<{sec} class="{p}news"><h2>Nyheter</h2>{news}<p><a href="{s["news_list"]}">Fler nyheter</a></p></{sec}>\n'
            f'<{sec} class="{p}events"><h2>Evenemang</h2><ul>{events}</ul></{sec}>\n'
            f'<{sec} class="{p}eservices"><h2>Populära e-tjänster</h2><ul>{eserv}</ul><p><a href="/e-tjanster/">Alla e-tjänster</a></p></{sec}>\n'
            f'<{sec} class="{p}jobs"><h2>Jobba hos oss</h2><p>{E(s["jobs_text"])}</p><p><a href="{s.get("jobs", "/lediga-jobb/")}">Se alla lediga jobb</a></p></{sec}>\n'
            f'<{sec} class="{p}ao"><h2>A–Ö</h2><p>' + " ".join(f'<a href="/a-o/#{c}">{c}</a>' for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ") + f"</p></{sec}>")


def news_list_main(s):
    items = "".join(f'<li><p class="date">{n["date"]}</p><h2><a href="{n["path"]}">{E(n["title"])}</a></h2><p>{E(n["lead"])}</p></li>' for n in s["news"])
    return f"<h1>Nyheter</h1>\n<ul class=\"news-list\">{items}</ul>"


def news_main(n):
    return (f'<article class="news-item"><h1>{E(n["title"])}</h1><p class="date">Publicerad {n["date"]}</p>'
            f'<p class="lead"><strong>{E(n["lead"])}</strong></p>\n{n["body"]}</article>')


def tillg_main(s):
    return (f"<h1>Tillgänglighetsredogörelse</h1>\n<p>{E(s['full'])} står bakom den här webbplatsen. Vi vill att så många som möjligt "
            "ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig "
            "service, eventuella kända tillgänglighetsproblem och hur du kan rapportera brister till oss så att vi kan åtgärda dem.</p>\n"
            "<h2>Hur tillgänglig är webbplatsen?</h2>\n<p>Vi är medvetna om att delar av webbplatsen inte är helt tillgängliga. "
            "Se avsnittet om innehåll som inte är tillgängligt nedan.</p>\n<ul><li>Vissa PDF-dokument är inte tillgänglighetsanpassade.</li>"
            "<li>Vissa inbäddade kartor saknar textalternativ.</li><li>En del äldre filmer saknar undertexter.</li></ul>\n"
            "<h2>Vad kan du göra om du inte kan använda delar av webbplatsen?</h2>\n"
            f"<p>Om du behöver innehåll från webbplatsen som inte är tillgängligt för dig kan du skicka e-post till {E(s['webmail'])}.</p>\n"
            "<h2>Tillsyn</h2>\n<p>Myndigheten för digital förvaltning (Digg) ansvarar för tillsyn över lagen om tillgänglighet till "
            "digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg.</p>\n"
            "<h2>Teknisk information</h2>\n<p>Webbplatsen är delvis förenlig med WCAG 2.1 nivå AA. Redogörelsen uppdaterades senast den 14 januari 2026.</p>")


def kakor_main(s):
    return ("<h1>Om kakor</h1>\n<p>En kaka (cookie) är en liten textfil som lagras på din dator. Vi använder nödvändiga kakor för att "
            "webbplatsen ska fungera och, om du godkänner det, kakor för besöksstatistik.</p>\n<h2>Nödvändiga kakor</h2>\n"
            "<table><tr><th>Namn</th><th>Syfte</th><th>Lagringstid</th></tr><tr><td>consent</td><td>Sparar ditt val om kakor</td><td>1 år</td></tr>"
            "<tr><td>session</td><td>Håller reda på din session</td><td>Sessionen</td></tr></table>\n<h2>Statistikkakor</h2>\n"
            "<p>Vi använder ett statistikverktyg som anonymiserar besökarnas IP-adresser. Du kan när som helst ändra ditt val.</p>")


def build(s):
    fam = FAMILIES[s["family"]]
    d = OUT / s["code"]
    d.mkdir(parents=True)
    pages, sitemap = {}, []
    ctype = "text/html; charset=iso-8859-1" if s["family"] == "table" else None
    enc = "iso-8859-1" if ctype else "utf-8"

    def write(path, fname, title, main, front=False, trail=None):
        doc = fam(s, title, main, path, front=front, trail=trail)
        (d / fname).write_bytes(doc.encode(enc, errors="xmlcharrefreplace"))
        pages[path] = {"file": fname, "content_type": ctype} if ctype else fname
        sitemap.append(path)

    write(s["home"], "index.html", s["front_title"], front_main(s), front=True)
    for pg in s["pages"]:
        write(pg["path"], pg["file"], pg["title"], pg["main"], trail=pg.get("trail"))
    write(s["news_list"], "nyheter.html", f"Nyheter - {s['full']}", news_list_main(s), trail=[("Nyheter", None)])
    for i, n in enumerate(s["news"], 1):
        write(n["path"], f"nyhet{i}.html", f"{n['title']} - {s['full']}", news_main(n), trail=[("Nyheter", s["news_list"]), (n["title"], None)])
    write(s["tillg"], "tillganglighet.html", f"Tillgänglighetsredogörelse - {s['full']}", tillg_main(s), trail=[("Tillgänglighetsredogörelse", None)])
    write(s["kakor"], "kakor.html", f"Om kakor - {s['full']}", kakor_main(s), trail=[("Om kakor", None)])
    sok = fam(s, f"Sök - {s['full']}", "<h1>Sökresultat</h1>\n<!--SEARCH_RESULTS-->", s["search"]["path"], trail=[("Sök", None)])
    (d / "sok.html").write_bytes(sok.encode(enc, errors="xmlcharrefreplace"))
    m = {"kommunkod": s["code"], "kommun": s["kommun"], "lan_kod": s["lan_kod"], "lan": s["lan"], "family": s["family"],
         "pages": pages, "redirects": s.get("redirects", {})}
    if s.get("robots") is not None:
        m["robots"] = s["robots"]
    if s.get("has_sitemap", True):
        m["sitemap"] = sitemap
    tpl = {"file": "sok.html", "content_type": ctype} if ctype else "sok.html"
    m["search"] = {"path": s["search"]["path"], "param": s["search"]["param"], "hits": s.get("hits", {}), "template": tpl}
    m["front_status"] = s.get("front_status")
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    for s in SITES:
        s.setdefault("menu", build_menu(AREAS))
        build(s)
    print(f"wrote {len(SITES)} sites to {OUT}")


if __name__ == "__main__":
    main()
