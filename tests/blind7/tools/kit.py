"""Helpers shared by sites_a.py and sites_b.py (typing aid)."""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from chrome import FAMILIES  # noqa: E402
from common import COOKIE_TEXTS, NEWS_POOL, E, news_path, slug, tel  # noqa: E402

SITES = HERE.parent / "sites"


def base(kod, name, gen, lan_kod, lan, family, phone, mail_dom, street, post, orgnr, ext="/", **kw):
    long = f"{name} kommun"
    s = dict(kod=kod, name=name, gen=gen, long=long, long_short=long, lan_kod=lan_kod, lan=lan,
             family=family, phone=phone, mail=f"kommun@{mail_dom}", mail_dom=mail_dom, street=street, post=post, orgnr=orgnr,
             ext=ext, rs_id=str(10000 + int(kod)), edomain=mail_dom.replace(".se", ".example"), short_domain=mail_dom,
             svver="2026.10.1", cookie=COOKIE_TEXTS[int(kod) % 3], year_line=f"· Org.nr {orgnr}")
    s.update(kw)
    return s


def p(path, ext):
    """A site path in the site's URL style (Sitevision: .html, others: trailing slash)."""
    return path + {".html": ".html", "/": "/", "": ""}[ext]


def std_footer(s, extra_cols=(), contact_extra=""):
    x = s["ext"]
    s["footer_contact"] = (f'<h2>{E(s["long"])}</h2><p>{E(s["street"])}<br>{E(s["post"])}</p>'
                           f'<p>Telefon (växel): <a href="tel:{tel(s["phone"])}">{E(s["phone"])}</a><br>'
                           f'E-post: <a href="mailto:{s["mail"]}">{s["mail"]}</a></p>{contact_extra}')
    s["footer_cols"] = [("Om webbplatsen", [("Tillgänglighetsredogörelse", p("/om-webbplatsen/tillganglighetsredogorelse", x)), ("Kakor", p("/om-webbplatsen/kakor", x)), ("Behandling av personuppgifter", p("/kommun-och-politik/behandling-av-personuppgifter", x)), ("Om webbplatsen", p("/om-webbplatsen", x))]), ("Genvägar", [("Lediga jobb", p("/naringsliv-och-arbete/lediga-jobb", x)), ("Press och media", p("/press", x)), ("Synpunkter och klagomål", p("/kommun-och-politik/synpunkter-och-klagomal", x)), ("Kommunens bolag", p("/kommun-och-politik/kommunens-bolag", x))]), ("Följ oss", [("Facebook", f"https://www.facebook.example/{slug(s['name'])}kommun"), ("Instagram", f"https://www.instagram.example/{slug(s['name'])}kommun"), ("LinkedIn", f"https://www.linkedin.example/company/{slug(s['name'])}-kommun")]), *list(extra_cols)]


def std_pages(s):
    """Tillgänglighetsredogörelse and kakor: the pages every site has."""
    x = s["ext"]
    return {
        p("/om-webbplatsen/tillganglighetsredogorelse", x): dict(
            h1="Tillgänglighetsredogörelse", crumbs=[("Om webbplatsen", p("/om-webbplatsen", x))], updated="2026-09-23",
            body=f"<p>{E(s['long'])} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. "
                 "Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, "
                 "kända tillgänglighetsproblem och hur du kan rapportera brister till oss så att vi kan åtgärda dem.</p>"
                 "<h2>Hur tillgänglig är webbplatsen?</h2><p>Vi är medvetna om att delar av webbplatsen inte är helt tillgängliga. "
                 "Vissa PDF-dokument saknar struktur och en del äldre filmer saknar undertexter.</p>"
                 "<h2>Tillsyn</h2><p>Myndigheten för digital förvaltning har ansvaret för tillsyn för lagen om tillgänglighet till "
                 "digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta myndigheten.</p>"
                 "<h2>Hur vi testat webbplatsen</h2><p>Vi har gjort en självskattning och en extern granskning. Senaste bedömningen "
                 "gjordes den 15 september 2026.</p>"),
        p("/om-webbplatsen/kakor", x): dict(
            h1="Kakor (cookies)", crumbs=[("Om webbplatsen", p("/om-webbplatsen", x))], updated="2026-03-02",
            body="<p>En kaka är en liten textfil som lagras i din webbläsare. Vi använder nödvändiga kakor för att webbplatsen "
                 "ska fungera och, om du godkänner det, kakor för besöksstatistik.</p><h2>Så här ändrar du ditt val</h2>"
                 "<p>Du kan när som helst ändra ditt samtycke genom att rensa kakorna i din webbläsare.</p>"
                 "<table><thead><tr><th>Namn</th><th>Syfte</th><th>Lagringstid</th></tr></thead><tbody>"
                 "<tr><td>cookie-consent</td><td>Sparar ditt val</td><td>1 år</td></tr>"
                 "<tr><td>_pk_id</td><td>Besöksstatistik (Matomo)</td><td>13 månader</td></tr>"
                 "<tr><td>JSESSIONID</td><td>Sessionskaka</td><td>Sessionen</td></tr></tbody></table>"),
    }


def news(s, picks, dates, override=()):
    """Front-page news teasers: [(title, href, date, text)]; override = full tuples to put first."""
    out = list(override)
    for i, d in zip(picks, dates, strict=False):
        t, x = NEWS_POOL[i]
        out.append((t, news_path(t, d, ext=s["ext"]), d, x))
    return out


def news_pages(s, items):
    """Pages for the pooled news teasers that the site links (not the overrides)."""
    out = {}
    for t, h, d, x in items:
        if any(t == n for n, _ in NEWS_POOL):
            out[h] = dict(h1=t, crumbs=[("Nyheter", p("/nyheter", s["ext"]))], updated=d,
                          body=f'<p class="preamble"><strong>{E(x)}</strong></p><p>Publicerad {d}.</p>'
                               "<p>Har du frågor om det här är du välkommen att höra av dig till oss. Kontaktuppgifter hittar du längst ned på sidan.</p>")
    return out


def write_site(s, pages, redirects=None, robots=None, search=None, sitemap=None, front_status=None, suffix=None, extra_manifest=None):
    d = SITES / s["kod"]
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    render = FAMILIES[s["family"]]
    suffix = suffix or (" - " + s["long"])
    manifest_pages = {}
    for path, pg in pages.items():
        pg = dict(pg)
        pg["path"] = path
        pg.setdefault("h1", s.get("front", {}).get("hero_h", s["long"]))
        pg.setdefault("title", (pg["h1"] if not pg.get("front") else "Startsida") + suffix)
        pg.setdefault("updated", "2026-11-20")
        pg.setdefault("body", "")
        fname = pg.get("file") or ("index.html" if path == "/" else slug(path.strip("/").replace(".html", "")) + ".html")
        text = render(s, pg)
        if s["family"] == "oldsite":
            (d / fname).write_bytes(text.encode("iso-8859-1", errors="xmlcharrefreplace"))
            manifest_pages[path] = {"file": fname, "content_type": "text/html; charset=iso-8859-1"}
        else:
            (d / fname).write_text(text, encoding="utf-8")
            manifest_pages[path] = fname
    if search:
        tpl = dict(h1="Sök", title="Sök" + suffix, path=search["path"], crumbs=[], updated="2026-11-20",
                   body="<div class=\"search-results\"><!--SEARCH_RESULTS--></div>")
        text = FAMILIES[s["family"]](s, tpl)
        if s["family"] == "oldsite":
            (d / "sok.html").write_bytes(text.encode("iso-8859-1", errors="xmlcharrefreplace"))
            search["template"] = {"file": "sok.html", "content_type": "text/html; charset=iso-8859-1"}
        else:
            (d / "sok.html").write_text(text, encoding="utf-8")
            search["template"] = "sok.html"
    m = {"kommunkod": s["kod"], "kommun": s["name"], "lan_kod": s["lan_kod"], "lan": s["lan"], "family": s["family"],
         "pages": manifest_pages, "redirects": redirects or {}}
    if robots is not None:
        m["robots"] = robots
    if sitemap is not None:
        m["sitemap"] = sitemap
    if search:
        m["search"] = search
    m["front_status"] = front_status
    if extra_manifest:
        m.update(extra_manifest)
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


