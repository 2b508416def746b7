"""Typing aid that wrote tests/blind54/sites/ (the files are the corpus; labels are hand-written).

    python3 tests/blind54/tools/build_sites.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import AREAS, esc, menu  # noqa: E402
from families import FAMILIES  # noqa: E402

SITES = HERE.parent / "sites"

HOURS_TABLE = ('<table class="hours"><caption>Telefontider</caption><tr><th>Måndag–torsdag</th><td>08.00–17.00</td></tr>'
               '<tr><th>Fredag</th><td>08.00–15.00</td></tr><tr><th>Lunch</th><td>Stängt 12.00–12.45</td></tr></table>')


def base(code, kommun, kname, lan_kod, lan, family, tel, dom, **kw):
    S = dict(code=code, kommun=kommun, kname=kname, lan_kod=lan_kod, lan=lan, family=family, tel=tel,
             mail=f"kommun@{dom}", dom=dom, postaddr=f"Box 1{code[-2:]}, 999 {code[-2:]} {kommun}",
             visit="Stora torget 1", orgnr=f"212999-{code}", tillg="om-webbplatsen/tillganglighetsredogorelse/",
             kakor="om-webbplatsen/kakor/", persdata="om-webbplatsen/personuppgifter/", newsarchive="nyheter/",
             prefix="/")
    S.update(kw)
    return S


def hero(S, cards, h1=None):
    p = S.get("prefix", "/")
    items = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in cards)
    return (f'<div class="hero"><h1>{esc(h1 or "Välkommen till " + S["kname"])}</h1>'
            f'<p>Här hittar du information och e-tjänster för dig som bor, verkar eller vistas i {esc(S["kommun"])}.</p>'
            f'<ul class="hero-cards">{items}</ul><img src="{p}bilder/hero.jpg" alt="Vy över {esc(S["kommun"])} en sommarkväll"></div>')


class Site:
    def __init__(self, S):
        self.S = S
        self.pages: dict[str, object] = {}
        self.files: dict[str, str] = {}
        self.redirects: dict[str, list] = {}
        self.render = FAMILIES[S["family"]]

    def add(self, path, file, title, main, canonical=None, front=False, ctype=None):
        html = self.render(self.S, title, main, canonical=canonical, front=front)
        self.files[file] = html
        self.pages[path] = {"file": file, "content_type": ctype} if ctype else file

    def raw(self, path, file, text, ctype=None):
        self.files[file] = text
        self.pages[path] = {"file": file, "content_type": ctype} if ctype else file

    def std(self, areas_extra=None, skip=()):
        """Area landing pages, tillgänglighetsredogörelse, kakor, news archive."""
        S, p = self.S, self.S.get("prefix", "/")
        kn = S["kname"]
        for label, href, subs in S["menu"]:
            if href in skip or not href.startswith(p) or "?" in href:
                continue
            items = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in subs)
            extra = (areas_extra or {}).get(href, "")
            self.add(href, href.strip("/").replace("/", "_") + ".html", f"{label} - {kn}",
                     f'<h1>{esc(label)}</h1><p>Här samlar vi information om {esc(label.lower())}.</p>{extra}<ul>{items}</ul>')
        self.add(p + S["tillg"], "tillganglighet.html", f"Tillgänglighetsredogörelse - {kn}",
                 f'<h1>Tillgänglighetsredogörelse</h1><p>{esc(kn)} står bakom den här webbplatsen. Vi vill att så många '
                 f'som möjligt ska kunna använda den. Den här redogörelsen beskriver hur webbplatsen uppfyller lagen om '
                 f'tillgänglighet till digital offentlig service.</p><h2>Rapportera brister</h2><p>Skicka e-post till '
                 f'{S["mail"]}.</p><h2>Tillsyn</h2><p>Myndigheten för digital förvaltning har ansvar för tillsynen.</p>')
        self.add(p + S["kakor"], "kakor.html", f"Kakor - {kn}",
                 '<h1>Kakor (cookies)</h1><p>En kaka är en liten textfil som sparas i din webbläsare. Vi använder '
                 'nödvändiga kakor och, om du godkänner det, kakor för besöksstatistik.</p>')
        news = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a> <span>{d}</span></li>' for t, h, d, _x in S["news"])
        self.add(p + S["newsarchive"], "nyheter.html", f"Nyheter - {kn}", f'<h1>Nyheter</h1><ul>{news}</ul>')

    def news(self, path, file, h1, date, body):
        self.add(path, file, f"{h1} - {self.S['kname']}",
                 f'<article><h1>{esc(h1)}</h1><p class="date">Publicerad {date}</p>{body}</article>')

    def search_tpl(self):
        kn = self.S["kname"]
        html = self.render(self.S, f"Sök - {kn}", '<h1>Sök</h1>\n<!--SEARCH_RESULTS-->')
        self.files["sok.html"] = html

    def write(self, extra_manifest):
        d = SITES / self.S["code"]
        d.mkdir(parents=True, exist_ok=True)
        for f in d.iterdir():
            f.unlink()
        enc = "iso-8859-1" if self.S.get("charset") == "iso-8859-1" else "utf-8"
        for name, text in self.files.items():
            (d / name).write_bytes(text.encode(enc, errors="xmlcharrefreplace"))
        m = {"kommunkod": self.S["code"], "kommun": self.S["kommun"], "lan_kod": self.S["lan_kod"],
             "lan": self.S["lan"], "family": self.S["family"], "pages": dict(sorted(self.pages.items())),
             "redirects": self.redirects}
        m.update(extra_manifest)
        m.setdefault("front_status", None)
        (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def contact_generic(site, path, file, extra=""):
    S = site.S
    site.add(path, file, f"Kontakt - {S['kname']}",
             f'<h1>Kontakt</h1><p>Du når alla kommunens verksamheter via växeln.</p>'
             f'<p>Växel: {S["tel"]}<br>E-post: {S["mail"]}<br>Postadress: {esc(S["postaddr"])}</p>'
             f'<h2>Registrator</h2><p>Post och handlingar till kommunen diarieförs av registrator.</p>{extra}')


GENERIC_NEWS = [
    ("Ny förskola öppnar till hösten", "nyheter/ny-forskola/", "2027-04-22",
     "Den nya förskolan får sex avdelningar och ett eget tillagningskök."),
    ("Budgeten för 2027 är antagen", "nyheter/budget-2027/", "2027-04-10",
     "Kommunfullmäktige antog budgeten med satsningar på skola och äldreomsorg."),
]


def news_list(S, first=None):
    p = S.get("prefix", "/")
    out = [first] if first else []
    out += [(t, p + h, d, x) for t, h, d, x in GENERIC_NEWS]
    out.append(("Fler nyheter i arkivet", p + S["newsarchive"], "", "Alla nyheter från kommunen."))
    return out


def generic_news_pages(site):
    p = site.S.get("prefix", "/")
    site.news(p + "nyheter/ny-forskola/", "nyhet-forskola.html", "Ny förskola öppnar till hösten", "2027-04-22",
              "<p>Den nya förskolan i Norrgärde får sex avdelningar, en stor gård och ett eget tillagningskök. "
              "Ansök om plats via e-tjänsten.</p>")
    site.news(p + "nyheter/budget-2027/", "nyhet-budget.html", "Budgeten för 2027 är antagen", "2027-04-10",
              "<p>Kommunfullmäktige antog budgeten med satsningar på skola, äldreomsorg och gator.</p>")


def sitemap_of(site, skip=()):
    return sorted(p for p, spec in site.pages.items()
                  if p not in skip and (isinstance(spec, str) and spec.endswith(".html")))


# ------------------------------------------------------------------ 9617 Kärrgruva (sitevision)
def s9617():
    S = base("9617", "Kärrgruva", "Kärrgruva kommun", "03", "Uppsala län", "sitevision", "08-465 004 00", "karrgruva.se",
             tillg="4.5e2d1c0a18f1b2c3d4e10.html", kakor="4.5e2d1c0a18f1b2c3d4e11.html",
             topbar=[("Kontakta oss", "/kontakta-oss")],
             search={"path": "/sok.html", "param": "query", "template": "sok.html",
                     "hits": {"kontaktcenter": ["/kommun-och-politik/organisation/kontaktcenter/"]}},
             footer_extra="<p>Fel på vatten eller fjärrvärme? Kärrgruva Energi AB:s kundtjänst, 08-465 004 90.</p>")
    S["menu"] = menu(AREAS, 21, extra={"kommun-och-politik": [("Organisation", "/kommun-och-politik/organisation/?cid=mega")]})
    S["news"] = news_list(S)
    site = Site(S)
    site.add("/", "index.html", "Startsida - Kärrgruva kommun",
             hero(S, [("Förskola", "/barn-och-utbildning/forskola/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/"),
                      ("Sophämtning", "/bygga-bo-och-miljo/sophamtning/"), ("Lediga jobb", "/naringsliv-och-arbete/jobba-hos-oss/")]),
             front=True)
    site.std(areas_extra={"/kommun-och-politik/": '<p><a href="organisation/">Kommunens organisation</a></p>'})
    site.add("/kommun-och-politik/organisation/", "organisation.html", "Organisation - Kärrgruva kommun",
             '<h1>Organisation</h1><p>Kommunens verksamhet leds av kommunstyrelsen och bedrivs i fyra förvaltningar.</p>'
             '<ul><li><a href="kommunledningskontoret/">Kommunledningskontoret</a></li>'
             '<li><a href="kontaktcenter/?cid=org">Kontaktcenter</a></li>'
             '<li><a href="barn-och-utbildningsforvaltningen/">Barn- och utbildningsförvaltningen</a></li>'
             '<li><a href="samhallsbyggnadsforvaltningen/">Samhällsbyggnadsförvaltningen</a></li></ul>'
             '<p><a href="../">Tillbaka till Kommun och politik</a></p>')
    site.add("/kommun-och-politik/organisation/kontaktcenter/", "kontaktcenter.html", "Kontaktcenter - Kärrgruva kommun",
             '<h1>Kontaktcenter</h1><p class="lead">Kontaktcenter är kommunens gemensamma ingång för invånare och företag.</p>'
             '<p>Vi svarar på frågor om bygglov, förskola och skola, sophämtning och vatten, äldreomsorg och färdtjänst. '
             'Många ärenden kan vi lösa direkt när du ringer.</p><h2>Så når du oss</h2>'
             '<p>Telefon: <a href="tel:+46846500410">08-465 004 10</a><br>E-post: '
             '<a href="mailto:kontaktcenter@karrgruva.se">kontaktcenter@karrgruva.se</a></p>' + HOURS_TABLE +
             '<h2>Ansvarig</h2><p>Enhetschef för kontaktcenter: Helena Strand</p>'
             '<p><a href="../">Till kommunens organisation</a></p>',
             canonical="__ORIGIN__/kommun-och-politik/kontaktcenter/")
    generic_news_pages(site)
    site.search_tpl()
    site.redirects = {"/kontakta-oss": ["/kontakta-oss/", 301],
                      "/kontakta-oss/": ["/kommun-och-politik/organisation/kontaktcenter/", 302]}
    site.write({"robots": "User-agent: *\nDisallow: /sitevision/\nDisallow: /sok.html\nAllow: /sok.html?query=\n"
                          "Sitemap: __ORIGIN__/sitemap.xml\n",
                "sitemap": sitemap_of(site), "search": S["search"]})


# ------------------------------------------------------------------ 9618 Svanholma (municipio)
def s9618():
    S = base("9618", "Svanholma", "Svanholma kommun", "12", "Skåne län", "municipio", "040-628 04 00", "svanholma.se",
             tillg="tillganglighetsredogorelse/", kakor="om-kakor/",
             header_links=[("Kontakt", "/kontakt/"), ("Press", "/press/")],
             search={"path": "/", "param": "s", "template": "sok.html", "hits": {}})
    S["menu"] = menu(AREAS, 6)
    S["news"] = news_list(S)
    site = Site(S)
    site.add("/", "index.html", "Svanholma kommun",
             hero(S, [("Förskola", "/barn-och-utbildning/forskola/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/"),
                      ("Bibliotek", "/kultur-och-fritid/bibliotek/")]), front=True)
    site.std()
    contact_generic(site, "/kontakt/", "kontakt.html", '<h2>Politiker</h2><p>Kontaktuppgifter till förtroendevalda '
                    'finns under Kommun och politik.</p>')
    site.add("/medborgarservice/", "medborgarservice.html", "Medborgarservice - Svanholma kommun",
             '<h1>Medborgarservice</h1><p>Hos Medborgarservice får du hjälp med ansökan om bostadsanpassning och '
             'parkeringstillstånd, frågor om avgifter för förskola och äldreomsorg, blanketter och att lämna synpunkter.</p>'
             '<ul><li>Telefon: 040-628 04 10</li><li>Öppettider: måndag–torsdag 8–17, fredag 8–15</li>'
             '<li>Besöksadress: Rådhuset, Torggatan 3</li></ul>'
             '<h2>Om oss</h2><p>Enhetschef Medborgarservice: Jonas Ek</p>')
    generic_news_pages(site)
    site.search_tpl()
    pages = [p for p in sitemap_of(site)]
    o = "__ORIGIN__"
    site.raw("/wp-sitemap.xml", "wp-sitemap.xml",
             '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
             f'  <sitemap><loc>{o}/wp-sitemap-posts-page-1.xml</loc></sitemap>\n'
             f'  <sitemap><loc>{o}/wp-sitemap-posts-post-1.xml</loc></sitemap>\n</sitemapindex>\n',
             "application/xml; charset=utf-8")
    posts = [p for p in pages if p.startswith("/nyheter/") and p != "/nyheter/"]
    pp = [p for p in pages if p not in posts]
    for name, lst in (("page", pp), ("post", posts)):
        site.raw(f"/wp-sitemap-posts-{name}-1.xml", f"wp-sitemap-posts-{name}-1.xml",
                 '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                 + "".join(f"  <url><loc>{o}{p}</loc></url>\n" for p in lst) + "</urlset>\n",
                 "application/xml; charset=utf-8")
    site.write({"robots": "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
                          "Sitemap: __ORIGIN__/wp-sitemap.xml\n", "search": S["search"]})


# ------------------------------------------------------------------ 9619 Lommaryd (tables, Latin-1)
def s9619():
    S = base("9619", "Lommaryd", "Lommaryds kommun", "06", "Jönköpings län", "table", "031-390 06 00", "lommaryd.se",
             charset="iso-8859-1", tillg="tillganglighet.asp", kakor="kakor.asp", newsarchive="nyheter/",
             header_links=[("Kontakt", "/kontakt.asp"), ("Press", "/press.asp")],
             search={"path": "/sok.asp", "param": "q", "template": {"file": "sok.html", "content_type": "text/html; charset=iso-8859-1"},
                     "hits": {"medborgarkontoret": ["/kommun-och-politik/organisation/medborgarkontoret/"],
                              "medborgarkontor": ["/kommun-och-politik/organisation/medborgarkontoret/"]}},
             footer_extra='<p><a href="/kommun-och-politik/organisation">Kommunens organisation</a></p>')
    S["menu"] = menu(AREAS, 8)
    S["news"] = news_list(S)
    site = Site(S)
    L = "text/html; charset=iso-8859-1"
    site.render_ctype = L
    site.add("/", "index.html", "Lommaryds kommun - Startsida",
             hero(S, [("Förskola", "/barn-och-utbildning/forskola/"), ("Sophämtning", "/bygga-bo-och-miljo/sophamtning/")]),
             front=True, ctype=L)
    site.std(skip=("/kommun-och-politik/",))
    items = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in S["menu"][6][2][1:])
    site.add("/kommun-och-politik/", "kommun-och-politik.html", "Kommun och politik - Lommaryds kommun",
             '<h1>Kommun och politik</h1><p>Här finns information om hur kommunen styrs och är organiserad.</p>'
             f'<ul><li><a href="organisation/?cid=12">Organisation</a></li>{items}</ul>', ctype=L)
    site.add("/kommun-och-politik/organisation/", "organisation.html", "Organisation - Lommaryds kommun",
             '<h1>Organisation</h1><p>Kommunens verksamhet är organiserad i förvaltningar under kommunstyrelsen.</p>'
             '<table border="1" cellpadding="4"><tr><th>Verksamhet</th><th>Kontakt</th></tr>'
             '<tr><td>Kommunledningskontoret</td><td>Kommundirektör Anna Ferm</td></tr>'
             '<tr><td><a href="medborgarkontoret/?id=88">Medborgarkontoret</a></td><td>Se sidan</td></tr>'
             '<tr><td>Barn- och utbildningsförvaltningen</td><td>Växeln</td></tr>'
             '<tr><td>Samhällsbyggnadsförvaltningen</td><td>Växeln</td></tr></table>'
             '<p><a href="../">Tillbaka till Kommun och politik</a></p>', ctype=L)
    site.add("/kommun-och-politik/organisation/medborgarkontoret/", "medborgarkontoret.html",
             "Medborgarkontoret - Lommaryds kommun",
             '<h1>Medborgarkontoret</h1><p>På Medborgarkontoret kan du få hjälp med ansökan om färdtjänst, '
             'frågor om bygglov och avfall, lämna in blanketter och låna dator för att använda kommunens e-tjänster.</p>'
             '<p><b>Besöksadress:</b> Storgatan 4, Lommaryd<br><b>Öppettider:</b> måndag–fredag 9.00–16.00<br>'
             '<b>Telefon:</b> 031-390 06 10</p><p>Kommunvägledare Eva Svensson och Per Ohlsson tar emot dig.</p>'
             '<p><a href="../">Organisation</a> | <a href="../../">Kommun och politik</a></p>'
             '<p><font size="1">Sidansvarig: Lars Berg, senast uppdaterad 2027-03-02</font></p>', ctype=L)
    contact_generic(site, "/kontakt.asp", "kontakt.html")
    site.pages["/kontakt.asp"] = {"file": "kontakt.html", "content_type": L}
    site.news("/nyheter/ny-forskola/", "nyhet-forskola.html", "Ny förskola öppnar till hösten", "2027-04-22",
              "<p>Den nya förskolan får sex avdelningar.</p>")
    site.news("/nyheter/budget-2027/", "nyhet-budget.html", "Budgeten för 2027 är antagen", "2027-04-10",
              "<p>Kommunfullmäktige antog budgeten.</p>")
    for pth, spec in list(site.pages.items()):
        f = spec if isinstance(spec, str) else spec["file"]
        site.pages[pth] = {"file": f, "content_type": L}
    site.search_tpl()
    site.redirects = {"/kommun-och-politik/organisation": ["/kommun-och-politik/organisation/", 301]}
    site.write({"search": S["search"]})


# ------------------------------------------------------------------ 9620 Rävlunda (custom elements, <base href="/sv/">)
def s9620():
    S = base("9620", "Rävlunda", "Rävlunda kommun", "14", "Västra Götalands län", "custom", "031-390 06 50", "ravlunda.se",
             prefix="/sv/", base="/sv/", header_links=[],
             search={"path": "/sv/sok/", "param": "q", "template": "sok.html",
                     "hits": {"kundcenter": ["/sv/kundcenter/"]}},
             footer_extra="<p>Hyresgäst? Rävlunda Bostäder AB – kundcenter, 031-390 06 90.</p>")
    S["menu"] = [*menu(AREAS[:6] + AREAS[6:], 7, prefix="/sv/"), ("Kundcenter", "/sv/kundcenter/?cid=nav", [])]
    S["news"] = news_list(S)
    site = Site(S)
    site.add("/sv/", "index.html", "Rävlunda kommun",
             hero(S, [("Förskola", "/sv/barn-och-utbildning/forskola/"), ("Bygglov", "/sv/bygga-bo-och-miljo/bygglov/"),
                      ("Kontakt", "/sv/kontakt/")]), front=True)
    site.std()
    contact_generic(site, "/sv/kontakt/", "kontakt.html")
    site.add("/sv/kundcenter/", "kundcenter.html", "Kundcenter - Rävlunda kommun",
             '<h1>Kundcenter</h1><p>Kundcenter är din väg in till Rävlunda kommun. Vi finns här för dig – hör av dig om '
             'du undrar något, stort som smått!</p><p>Ring 031-390 06 51 (vardagar 8–16.30) eller skriv till '
             'kundcenter@ravlunda.se.</p><h2>Vi som arbetar här</h2><p>Kundcenterchef: Maja Lund</p>',
             canonical="__ORIGIN__/sv/kundcenter")
    generic_news_pages(site)
    site.search_tpl()
    site.redirects = {"/": ["/sv/", 301]}
    site.write({"robots": "User-agent: *\nDisallow: /umbraco/\nSitemap: __ORIGIN__/sitemap.xml\n",
                "sitemap": sitemap_of(site), "search": S["search"]})


# ------------------------------------------------------------------ 9621 Tjärnås (bootstrap)
def s9621():
    names = ["servicecenter", "kontaktcenter", "kundtjänst", "kundcenter", "medborgarservice", "medborgarkontor",
             "servicecentrum", "kommunservice", "invånarservice"]
    hits = {n: ["/servicecenter/"] for n in names}
    hits["servicecenter"] = ["/servicecenter/", "/naringsliv-och-arbete/servicecenter-for-foretag/"]
    S = base("9621", "Tjärnås", "Tjärnås kommun", "20", "Dalarnas län", "bootstrap", "0980-319 200", "tjarnas.se",
             header_links=[("Kontakt", "/kontakt/")], search_action="/sok",
             search={"path": "/sok", "param": "q", "template": "sok.html", "hits": hits})
    S["menu"] = menu(AREAS, 7, extra={"naringsliv-och-arbete": [
        ("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag/")]})
    S["news"] = news_list(S)
    site = Site(S)
    site.add("/", "index.html", "Tjärnås kommun",
             hero(S, [("Förskola", "/barn-och-utbildning/forskola/"),
                      ("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag/"),
                      ("Lediga jobb", "/naringsliv-och-arbete/jobba-hos-oss/")]), front=True)
    site.std()
    contact_generic(site, "/kontakt/", "kontakt.html")
    site.add("/naringsliv-och-arbete/servicecenter-for-foretag/", "servicecenter-foretag.html",
             "Servicecenter för företag - Tjärnås kommun",
             '<h1>Servicecenter för företag</h1><p>Vi hjälper dig som driver eller vill starta företag med tillstånd, '
             'lokaler och kontakter.</p><p>Telefon 0980-319 230, foretag@tjarnas.se</p><p>Näringslivschef: Karl Öst</p>')
    site.add("/servicecenter/", "servicecenter.html", "Servicecenter - Tjärnås kommun",
             '<h1>Servicecenter</h1><p>Tjärnås kommuns servicecenter svarar på frågor om skolskjuts, sophämtning, '
             'bygglov och hemtjänst.</p><p>Ring oss på 0980-319 240.</p>'
             '<p>Handläggare: Lisa Norén, Omar Said</p>')
    generic_news_pages(site)
    site.search_tpl()
    site.write({"robots": "User-agent: *\nDisallow: /sok/\nDisallow: /print/\nSitemap: __ORIGIN__/sitemap.xml\n",
                "sitemap": sitemap_of(site, skip=("/servicecenter/",)), "search": S["search"]})


# ------------------------------------------------------------------ 9622 Granhamn (drupal)
def s9622():
    S = base("9622", "Granhamn", "Granhamns kommun", "13", "Hallands län", "drupal", "040-628 04 50", "granhamn.se",
             header_links=[("Kontakt", "/kontakt")],
             search={"path": "/search/node", "param": "keys", "template": "sok.html", "hits": {}},
             footer_extra='<p>Skatteverkets servicekontor finns i Medborgarhuset, Hamngatan 2.</p>'
                          '<p><a href="/naringsliv-och-arbete/foretagslotsen/">Företagslotsen</a></p>')
    S["menu"] = menu(AREAS, 8)
    first = ("Granhamns Energi AB:s kundcenter flyttar till Hamngatan", "/nyheter/energi-kundcenter-flyttar",
             "2027-04-25", "Från den 1 juni tar bolaget emot besök i nya lokaler.")
    S["news"] = news_list(S, first)
    site = Site(S)
    site.add("/", "index.html", "Granhamns kommun",
             hero(S, [("Förskola", "/barn-och-utbildning/forskola/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/"),
                      ("Kontakt", "/kontakt")]), front=True)
    site.std()
    site.add("/kontakt", "kontakt.html", "Kontakt | Granhamns kommun",
             '<h1>Kontakt</h1><p>Ring kommunens växel 040-628 04 50, vardagar 7.30–16.30, eller skicka e-post till '
             'kommun@granhamn.se.</p><p>Frågor om el och fjärrvärme besvaras av Granhamns Energi AB.</p>')
    site.news("/nyheter/energi-kundcenter-flyttar", "nyhet-energi.html",
              "Granhamns Energi AB:s kundcenter flyttar till Hamngatan", "2027-04-25",
              '<p>Granhamns Energi AB:s kundcenter flyttar den 1 juni. Kundcentret har därefter öppet vardagar 8–16 på '
              'Hamngatan 5 och svarar på frågor om elavtal, fjärrvärme och fakturor från bolaget.</p>')
    generic_news_pages(site)
    site.add("/intranat/kontaktcenter/", "intranat-kontaktcenter.html", "Kontaktcenter – rutiner | Granhamns kommun",
             '<h1>Kontaktcenter – rutiner för medarbetare</h1><p>Den här sidan är till för medarbetarna i kontaktcenter. '
             'Logga in på intranätet för scheman och rutiner.</p>')
    site.search_tpl()
    site.write({"robots": "User-agent: *\nDisallow: /intranat/\nDisallow: /user/\nDisallow: /admin/\n",
                "sitemap": sitemap_of(site), "search": S["search"]})


# ------------------------------------------------------------------ 9623 Vikåsa (ARIA roles only, 180 menu links)
def s9623():
    S = base("9623", "Vikåsa", "Vikåsa kommun", "22", "Västernorrlands län", "aria", "0980-319 250", "vikasa.se",
             header_links=[("Kontakt", "/kontakt/")],
             search={"path": "/sok/", "param": "q", "template": "sok.html",
                     "hits": {"kundtjänst": ["/nyheter/visa.aspx"]}})
    S["menu"] = menu(AREAS, 25, extra={"bygga-bo-och-miljo": [("Bygglovsservice", "/bygga-bo-och-miljo/bygglovsservice/")]})
    first = ("Kundtjänst får nya telefontider i sommar", "/nyheter/visa.aspx?id=4411", "2027-05-02",
             "Under sommaren ändras telefontiderna.")
    S["news"] = news_list(S, first)
    site = Site(S)
    site.add("/", "index.html", "Vikåsa kommun",
             hero(S, [("Förskola", "/barn-och-utbildning/forskola/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/"),
                      ("Badplatser", "/kultur-och-fritid/badplatser/")]), front=True)
    site.std()
    contact_generic(site, "/kontakt/", "kontakt.html",
                    "<p>Frågor om vatten och avlopp? Vikåsa Vatten AB:s kundtjänst, 0980-319 290.</p>")
    site.news("/nyheter/visa.aspx", "nyhet-kundtjanst.html", "Kundtjänst får nya telefontider i sommar", "2027-05-02",
              "<p>Under juni–augusti har kundtjänst telefontid vardagar 9–12. Ring 0980-319 251.</p>")
    generic_news_pages(site)
    site.add("/kommun-och-politik/kundtjanst/", "kundtjanst.html", "Kundtjänst - Vikåsa kommun",
             '<h1>Kundtjänst</h1><p>Kundtjänst hjälper dig med frågor om bygglov, avfall, skola och omsorg, och tar emot '
             'felanmälningar.</p><p>Telefon 0980-319 251<br>E-post kundtjanst@vikasa.se</p>'
             '<button type="button" class="k9">Chatta med oss</button>'
             '<p>Kundtjänstchef: Petra Sjö</p>', canonical="__ORIGIN__/kundtjanst")
    site.search_tpl()
    site.redirects = {"/kundtjanst": ["/kommun-och-politik/kundtjanst/", 301]}
    site.write({"robots": "User-agent: *\nDisallow: /episerver/\nDisallow: /util/\nCrawl-delay: 1\n",
                "sitemap": sitemap_of(site), "search": S["search"]})


# ------------------------------------------------------------------ 9624 Sandmora (Next.js export, redirect loop)
def s9624():
    S = base("9624", "Sandmora", "Sandmora kommun", "01", "Stockholms län", "semantic", "08-465 004 50", "sandmora.se",
             search={"path": "/sok/", "param": "q", "template": "sok.html", "hits": {}})
    S["menu"] = menu(AREAS, 5, extra={"kommun-och-politik": [("Kontaktcenter", "/sv/kontaktcenter/")]})
    S["news"] = news_list(S)
    site = Site(S)
    nd = '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{}},"page":"/","buildId":"b7x"}</script>'
    site.add("/index.html", "index.html", "Sandmora kommun",
             hero(S, [("Kontaktcenter", "/sv/kontaktcenter/")]) + nd, front=True)
    site.add("/sv/kontaktcenter/", "kontaktcenter.html", "Kontaktcenter - Sandmora kommun",
             '<h1>Kontaktcenter</h1><p>Vi svarar på frågor om skola, omsorg och avfall. Telefon 08-465 004 51, '
             'kontaktcenter@sandmora.se.</p>')
    site.redirects = {"/": ["/sv/", 301], "/sv/": ["/", 302]}
    site.write({"robots": "User-agent: *\nAllow: /\n"})


# ------------------------------------------------------------------ 9625 Ekeskog (front page behind Disallow: /sv/)
def s9625():
    S = base("9625", "Ekeskog", "Ekeskogs kommun", "05", "Östergötlands län", "semantic", "08-465 004 70", "ekeskog.se",
             prefix="/sv/", search={"path": "/sv/sok/", "param": "q", "template": "sok.html",
                                    "hits": {"kontaktcenter": ["/sv/kontaktcenter/"]}})
    S["menu"] = [*menu(AREAS, 6, prefix="/sv/"), ("Kontaktcenter", "/sv/kontaktcenter/", [])]
    S["news"] = news_list(S)
    site = Site(S)
    site.add("/sv/", "index.html", "Ekeskogs kommun", hero(S, [("Förskola", "/sv/barn-och-utbildning/forskola/")]), front=True)
    site.add("/sv/kontaktcenter/", "kontaktcenter.html", "Kontaktcenter - Ekeskogs kommun",
             '<h1>Kontaktcenter</h1><p>Vi svarar på frågor om skola, bygglov och avfall.</p><p>Telefon 08-465 004 71, '
             'e-post kontaktcenter@ekeskog.se, telefontid vardagar 8–16.</p><p>Enhetschef för kontaktcenter: Rut Holm</p>')
    site.add("/en/", "english.html", "Ekeskog Municipality",
             '<h1>Welcome to Ekeskog</h1><p>Ekeskog is a municipality in Östergötland. Most of our website is in Swedish.</p>'
             '<p><a href="/sv/kontaktcenter/">Contact centre (in Swedish)</a></p>')
    site.search_tpl()
    site.redirects = {"/": ["/sv/", 301]}
    site.write({"robots": "User-agent: *\nAllow: /$\nAllow: /en/\nDisallow: /sv/\nDisallow: /umbraco/\n",
                "sitemap": ["/sv/", "/sv/kontaktcenter/", "/en/"], "search": S["search"]})


# ------------------------------------------------------------------ 9626 Bredsjö (front page is an RSS feed)
def s9626():
    S = base("9626", "Bredsjö", "Bredsjö kommun", "23", "Jämtlands län", "municipio", "0980-319 280", "bredsjo.se",
             header_links=[("Kontakt", "/kontakt/")], search={"path": "/", "param": "s", "template": "sok.html", "hits": {}})
    S["menu"] = menu(AREAS, 5, extra={"kommun-och-politik": [("Kontaktcenter", "/kontaktcenter/")]})
    S["news"] = news_list(S)
    site = Site(S)
    site.add("/start/", "start.html", "Bredsjö kommun", hero(S, [("Kontaktcenter", "/kontaktcenter/")]), front=True)
    site.add("/kontaktcenter/", "kontaktcenter.html", "Kontaktcenter - Bredsjö kommun",
             '<h1>Kontaktcenter</h1><p>Vi svarar på frågor om skola och avfall. Telefon 0980-319 281.</p>')
    site.raw("/feed/", "feed.xml",
             '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Bredsjö kommun</title>'
             '<link>__ORIGIN__/start/</link><description>Nyheter från Bredsjö kommun</description>\n'
             '<item><title>Kontaktcenter har nya telefontider</title><link>__ORIGIN__/kontaktcenter/</link>'
             '<pubDate>Mon, 03 May 2027 08:00:00 +0200</pubDate></item>\n'
             '<item><title>Budgeten för 2027 är antagen</title><link>__ORIGIN__/start/</link>'
             '<pubDate>Sat, 10 Apr 2027 08:00:00 +0200</pubDate></item>\n</channel></rss>\n',
             "application/rss+xml; charset=utf-8")
    site.redirects = {"/": ["/feed/", 302]}
    site.write({"robots": "User-agent: *\nDisallow: /wp-admin/\n"})


def main() -> None:
    for f in (s9617, s9618, s9619, s9620, s9621, s9622, s9623, s9624, s9625, s9626):
        f()
    print("wrote", len(list(SITES.iterdir())), "sites")


if __name__ == "__main__":
    main()
