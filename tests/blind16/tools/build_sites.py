"""Typing aid that wrote tests/blind16/sites/ (the files are the corpus; labels are not generated).

    python3 tests/blind16/tools/build_sites.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from chrome import E, col_href, render  # noqa: E402
from common import AREAS, ESERVICES, EVENTS, para, slug  # noqa: E402
from sites_conf import SITES  # noqa: E402

OUT = HERE.parent / "sites"


def std_pages(s):
    """path -> (title, main_html, crumbs) for the pages every site has."""
    P = {}
    name, gen = s["name"], s["gen"]
    for a, cols in AREAS:
        ah = f"/{slug(a)}/"
        cards = "".join(f'<div class="card"><h2><a href="{col_href(a, c)}">{E(c)}</a></h2><ul>'
                        + "".join(f'<li><a href="/{slug(a)}/{slug(i)}/">{E(i)}</a></li>' for i in items[:4]) + "</ul></div>"
                        for c, items in cols)
        extra = s.get("area_extra", {}).get(a, "")
        if a == "Kommun och politik":
            extra = ('<div class="card"><h2><a href="/kommun-och-politik/organisation/">Organisation</a></h2><p>Förvaltningar, nämnder och bolag.</p></div>'
                     '<div class="card"><h2><a href="/kommun-och-politik/synpunkter-och-klagomal/">Synpunkter och klagomål</a></h2><p>Tyck till om kommunens verksamhet.</p></div>') + extra
        P[ah] = (a, f'<h1>{E(a)}</h1><p class="lead">Här hittar du information och e-tjänster inom {E(a.lower())} i {E(name)}.</p>'
                 f'<div class="cards">{cards}{extra}</div>' + para(2), [(a, None)])
    kp = ("Kommun och politik", "/kommun-och-politik/")
    P["/kommun-och-politik/om-kommunen/"] = ("Om kommunen",
        f'<h1>Om kommunen</h1><p class="lead">{E(name)} är en kommun med drygt 24 000 invånare, sjöar, skog och en levande centralort.</p>'
        f'<ul><li><a href="/kommun-och-politik/organisation/">Organisation</a></li><li><a href="/kommun-och-politik/om-kommunen/fakta-om-kommunen/">Fakta om kommunen</a></li>'
        f'<li><a href="/kommun-och-politik/om-kommunen/kommunens-historia/">Kommunens historia</a></li><li><a href="/kommun-och-politik/om-kommunen/kommunala-bolag/">Kommunala bolag</a></li></ul>'
        + s.get("om_extra", "") + para(3), [kp, ("Om kommunen", None)])
    P["/kommun-och-politik/organisation/"] = ("Organisation", s.get("org_page") or (
        f'<h1>Organisation</h1><p>{E(gen)} kommun är organiserad i fem förvaltningar under kommunstyrelsen och nämnderna.</p>'
        f'<table class="tbl"><caption>Förvaltningar och chefer</caption><tr><th>Förvaltning</th><th>Roll</th><th>Namn</th></tr>'
        f'<tr><td>Kommunledningsförvaltningen</td><td>Kommundirektör</td><td>{E(s["kd"])}</td></tr>'
        f'<tr><td>Barn- och utbildningsförvaltningen</td><td>Förvaltningschef</td><td>Karin Ahlström</td></tr>'
        f'<tr><td>Socialförvaltningen</td><td>Förvaltningschef</td><td>Mats Oskarsson</td></tr>'
        f'<tr><td>Samhällsbyggnadsförvaltningen</td><td>Förvaltningschef</td><td>Linnea Brodin</td></tr>'
        f'<tr><td>Kultur- och fritidsförvaltningen</td><td>Förvaltningschef</td><td>Omid Karimi</td></tr></table>'
        + para(1)), [kp, ("Organisation", None)])
    P["/kommun-och-politik/politik-och-demokrati/"] = ("Politik och demokrati",
        '<h1>Politik och demokrati</h1><p>Kommunfullmäktige är kommunens högsta beslutande organ och har 49 ledamöter.</p>'
        '<ul><li><a href="/kommun-och-politik/kommunfullmaktige/">Kommunfullmäktige</a></li><li><a href="/kommun-och-politik/kommunstyrelsen/">Kommunstyrelsen</a></li>'
        '<li><a href="/kommun-och-politik/sammantraden-och-protokoll/">Sammanträden och protokoll</a></li></ul>' + para(3), [kp, ("Politik och demokrati", None)])
    P["/kommun-och-politik/synpunkter-och-klagomal/"] = ("Synpunkter och klagomål",
        '<h1>Synpunkter och klagomål</h1><p>Vi vill veta vad du tycker. Dina synpunkter hjälper oss att bli bättre.</p>'
        '<p><a href="/e-tjanster/lamna-synpunkt/">Lämna synpunkt i e-tjänsten</a></p>'
        f'<p>Du kan också skriva till {E(gen)} kommun, Synpunkter, {E(s["post"])}. Synpunkter handläggs av registrator och besvaras inom tio arbetsdagar.</p>'
        + para(2), [kp, ("Synpunkter och klagomål", None)])
    P["/omsorg-och-stod/aldre/"] = ("Äldre", '<h1>Äldre</h1><p>Behöver du stöd i vardagen kan du ansöka om hemtjänst, trygghetslarm eller särskilt boende.</p>'
        f'<h2>Kontakta biståndshandläggare</h2><p>Biståndshandläggarna nås via växeln {E(s["tel"])}, vardagar 8–10.</p>' + para(3),
        [("Omsorg och stöd", "/omsorg-och-stod/"), ("Äldre", None)])
    P["/naringsliv-och-arbete/starta-och-driva-foretag/"] = ("Starta och driva företag",
        '<h1>Starta och driva företag</h1><p>Företagslotsen hjälper dig som vill starta, driva eller utveckla företag och samordnar dina kontakter med förvaltningarna.</p>'
        f'<p>Företagslotsen: <a href="mailto:foretagslots@{s["dom"]}">foretagslots@{s["dom"]}</a></p>' + s.get("naring_extra", "") + para(2),
        [("Näringsliv och arbete", "/naringsliv-och-arbete/"), ("Starta och driva företag", None)])
    P["/bygga-bo-och-miljo/bygglov/"] = ("Bygglov", '<h1>Bygglov</h1><p>Du behöver bygglov för att bygga nytt, bygga till eller ändra användningen av en byggnad.</p>'
        f'<h2>Bygglovsservice</h2><p>Bygglovsservice svarar på frågor om bygglov, anmälan och strandskydd. Telefontid tisdag och torsdag 9–11 på {E(s["tel2"])}. '
        f'E-post <a href="mailto:bygglov@{s["dom"]}">bygglov@{s["dom"]}</a>.</p><p><a href="/e-tjanster/ansok-om-bygglov/">Ansök om bygglov</a></p>' + para(2),
        [("Bygga, bo och miljö", "/bygga-bo-och-miljo/"), ("Bygglov", None)])
    P["/kontakt/"] = ("Kontakt", s.get("kontakt_page") or (
        f'<h1>Kontakt</h1><p>Här hittar du kontaktuppgifter till {E(gen)} kommun.</p>'
        f'<h2>Växel</h2><p>Telefon {E(s["tel"])}, vardagar 7.30–16.30.</p><h2>E-post</h2><p><a href="mailto:kommun@{s["dom"]}">kommun@{s["dom"]}</a></p>'
        f'<h2>Postadress</h2><p>{E(gen)} kommun, {E(s["post"])}</p>'
        '<ul><li><a href="/kommun-och-politik/synpunkter-och-klagomal/">Synpunkter och klagomål</a></li><li><a href="/press/">Press och media</a></li>'
        '<li><a href="/kommun-och-politik/organisation/">Organisation</a></li></ul>'), [("Kontakt", None)])
    nl = "".join(f'<li><p class="date">{E(d)}</p><h2><a href="/nyheter/{sl}/">{E(t)}</a></h2><p>{E(te)}</p></li>' for sl, d, t, te, _ in s["news"])
    P["/nyheter/"] = ("Nyheter", f'<h1>Nyheter</h1><ul class="news-archive">{nl}</ul>', [("Nyheter", None)])
    for sl, d, t, te, body in s["news"]:
        P[f"/nyheter/{sl}/"] = (t, f'<article><h1>{E(t)}</h1><p class="date">Publicerad {E(d)}</p><p class="lead">{E(te)}</p>{body}</article>'
                                '<p><a href="/nyheter/">Till alla nyheter</a></p>', [("Nyheter", "/nyheter/"), (t, None)])
    ev = "".join(f'<li><span class="date">{E(d)}</span> <a href="/evenemang/{slug(t)}/">{E(t)}</a></li>' for d, t in EVENTS)
    P["/evenemang/"] = ("Evenemang", f'<h1>Evenemang</h1><ul class="events">{ev}</ul>' + para(1), [("Evenemang", None)])
    es = "".join(f'<li><a href="/e-tjanster/{slug(t)}/">{E(t)}</a></li>' for t in ESERVICES)
    P["/e-tjanster/"] = ("E-tjänster", f'<h1>E-tjänster</h1><p>Logga in med BankID eller Freja eID för att använda e-tjänsterna.</p><ul>{es}</ul>', [("E-tjänster", None)])
    P["/press/"] = ("Press och media", f'<h1>Press och media</h1><p>Journalister når kommunens presstjänst på {E(s["tel3"])} eller '
                    f'<a href="mailto:press@{s["dom"]}">press@{s["dom"]}</a>. Presstjänsten svarar inte på frågor från allmänheten.</p>' + para(1), [("Press och media", None)])
    P["/lediga-jobb/"] = ("Lediga jobb", '<h1>Lediga jobb</h1><ul><li><a href="/lediga-jobb/larare-i-matematik/">Lärare i matematik, Norrskolan</a></li>'
                          '<li><a href="/lediga-jobb/underskoterska/">Undersköterska, hemtjänst</a></li><li><a href="/lediga-jobb/va-ingenjor/">VA-ingenjör</a></li></ul>'
                          + para(1), [("Lediga jobb", None)])
    P["/om-webbplatsen/"] = ("Om webbplatsen", '<h1>Om webbplatsen</h1><p>Webbplatsen drivs av kommunikationsavdelningen. Sidansvarig för startsidan är webbredaktör Tove Lind.</p>'
                             '<ul><li><a href="/tillganglighet/">Tillgänglighetsredogörelse</a></li><li><a href="/kakor/">Kakor</a></li></ul>', [("Om webbplatsen", None)])
    P["/tillganglighet/"] = ("Tillgänglighetsredogörelse", f'<h1>Tillgänglighetsredogörelse</h1><p>{E(gen)} kommun står bakom den här webbplatsen. '
                             'Vi vill att så många som möjligt ska kunna använda den.</p>' + para(2), [("Tillgänglighetsredogörelse", None)])
    P["/kakor/"] = ("Kakor", '<h1>Kakor (cookies)</h1><p>En kaka är en liten textfil som lagras på din dator.</p>' + para(1), [("Kakor", None)])
    return P


def build(s):
    d = OUT / s["code"]
    d.mkdir(parents=True, exist_ok=True)
    for f in d.glob("*.html"):
        f.unlink()
    P = std_pages(s)
    P.update(s.get("pages", {}))
    for p in s.get("drop", []):
        P.pop(p, None)
    hidden = set(s.get("unlinked", []))
    sm = "".join(f'<li><a href="{p}">{E(v[0])}</a></li>' for p, v in sorted(P.items()) if p not in hidden)
    P["/webbplatskarta/"] = ("Webbplatskarta", f'<h1>Webbplatskarta</h1><ul class="sitemap"><li><a href="/">Startsida</a></li>{sm}</ul>', [("Webbplatskarta", None)])
    P["/sok/"] = ("Sök", '<h1>Sök</h1><div class="search-results"><!--SEARCH_RESULTS--></div>', [("Sök", None)])
    pages = {"/": "index.html"}
    (d / "index.html").write_text(render(s, "", "", front=True), encoding="utf-8")
    for p, (title, main, crumbs) in P.items():
        fn = (slug(p.strip("/").replace("/", "--")) or "index") + ".html"
        (d / fn).write_text(render(s, title, main, crumbs=crumbs), encoding="utf-8")
        pages[p] = fn
    man = {"kommunkod": s["code"], "kommun": s["name"], "lan_kod": s["lan_kod"], "lan": s["lan"], "family": s["family"],
           "pages": {p: f for p, f in pages.items() if p != "/sok/"}, "redirects": s.get("redirects", {}),
           "robots": s.get("robots", "User-agent: *\nDisallow: /wp-admin/\nSitemap: __ORIGIN__/sitemap.xml\n"),
           "sitemap": ["/"] + [p for p in P if p != "/sok/"],
           "search": {"path": "/sok/", "param": "q", "hits": s.get("hits", {}), "template": pages["/sok/"]},
           "front_status": None}
    (d / "site.json").write_text(json.dumps(man, ensure_ascii=False, indent=1), encoding="utf-8")
    return d


if __name__ == "__main__":
    for s in SITES:
        print(build(s))
