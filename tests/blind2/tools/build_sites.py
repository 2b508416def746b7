"""Write tests/blind2/sites/ (14 fictional municipal sites, kommunkod 9401-9414).

Run: python3 tests/blind2/tools/build_sites.py
A typing aid: the HTML files and site.json manifests it writes are the corpus; the
labels (labels.csv) are hand-coded from RUBRIC.md 1.1 and are not generated.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import AREAS, LOREM, NEWS, esc, slug  # noqa: E402
from families import (  # noqa: E402
    SHELLS,
    area_href,
    default_news,
    drift_block,
    eservices_block,
    events_block,
    jobs_block,
    news_block,
    news_href,
)

SITES_DIR = HERE.parent / "sites"
HIDDEN: dict[str, set[str]] = {}  # pages reachable by no link on purpose (read by check_sites.py)


class Site:
    def __init__(self, code, name, lan_kod, lan, family, *, prefix="", ts="/", domain,
                 vaxel, visit, post, orgnr, genitive=None, enc="utf-8", title_fmt="{t} - {site}"):
        kommun_full = f"{genitive or name} kommun"
        self.S = {
            "code": code, "name": name, "family": family, "prefix": prefix, "ts": ts,
            "kommun_full": kommun_full, "vaxel": vaxel, "mail": f"kommun@{domain}",
            "visit": visit, "post": post, "orgnr": orgnr, "home": prefix + "/",
            "search_path": f"{prefix}/sok{ts}", "news_index": f"{prefix}/nyheter{ts}",
            "kakor": f"{prefix}/om-webbplatsen/kakor{ts}",
            "tillganglighet": f"{prefix}/om-webbplatsen/tillganglighetsredogorelse{ts}",
            "title_fmt": title_fmt, "canon": prefix + "/",
        }
        self.S["menu"] = [(a, area_href(self.S, a), [(s, f"{prefix}/{slug(a)}/{slug(s)}{ts}") for s in subs])
                          for a, subs in AREAS]
        self.meta = {"kommunkod": code, "kommun": name, "lan_kod": lan_kod, "lan": lan, "family": family}
        self.enc = enc
        self.pages: dict[str, tuple[str, str]] = {}
        self.redirects: dict[str, list] = {}
        self.robots = "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"
        self.sitemap_skip: set[str] = set()
        self.hits: dict[str, list[str]] = {}
        self.search_param = "q"
        self.front_status = None

    # menu editing -------------------------------------------------------
    def add_sub(self, area, label, href, pos=None):
        for i, (a, h, subs) in enumerate(self.S["menu"]):
            if a == area:
                subs = list(subs)
                subs.insert(len(subs) if pos is None else pos, (label, href))
                self.S["menu"][i] = (a, h, subs)

    def add_top(self, label, href, subs=(), pos=None):
        m = self.S["menu"]
        m.insert(len(m) if pos is None else pos, (label, href, list(subs)))

    # pages --------------------------------------------------------------
    def add(self, path, file, title, main, *, crumbs=None, front=False, **kw):
        S = dict(self.S, canon=path)
        self.pages[path] = (file, SHELLS[S["family"]](S, title, main, front=front, crumbs=crumbs, **kw))

    def crumbs(self, *pairs):
        return [("Startsida", self.S["home"]), *pairs]

    def standard_pages(self, *, area_extra=None, news_skip=0, area_kw=None):
        """Area pages, news pages and index, accessibility, cookies, search template."""
        S = self.S
        area_extra = area_extra or {}
        for label, href, subs in S["menu"]:
            if href in self.pages or href in self.redirects or not href.startswith(S["prefix"] + "/" + slug(label)):
                continue
            li = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in subs)
            main = (f"<h1>{esc(label)}</h1><p class=\"ingress\">{esc(LOREM)}</p><ul class=\"link-list\">{li}</ul>"
                    + area_extra.get(label, ""))
            self.add(href, f"{slug(label)}.html", label, main, crumbs=self.crumbs((label, href)), **(area_kw or {}))
        items = []
        for t, k, p in NEWS[news_skip:]:
            href = news_href(S, k)
            items.append(f'<li><a href="{esc(href)}">{esc(t)}</a></li>')
            body = (f"<article><h1>{esc(t)}</h1><p class=\"publicerad\">Publicerad 12 november 2026</p>"
                    f"<p class=\"ingress\">{esc(p)}</p><p>{esc(LOREM)}</p></article>")
            self.add(href, f"nyhet-{k}.html", t, body, crumbs=self.crumbs(("Nyheter", S["news_index"]), (t, href)), **(area_kw or {}))
        self.news_items = items
        self.add(S["tillganglighet"], "tillganglighet.html", "Tillgänglighetsredogörelse",
                 f"<h1>Tillgänglighetsredogörelse</h1><p>{esc(S['kommun_full'])} står bakom den här webbplatsen. "
                 "Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen "
                 "uppfyller lagen om tillgänglighet till digital offentlig service, kända brister och hur du "
                 "kan rapportera problem.</p><h2>Rapportera brister</h2><p>Skicka e-post till "
                 f"{esc(S['mail'])}.</p><h2>Tillsyn</h2><p>Myndigheten för digital förvaltning (Digg) ansvarar för tillsyn.</p>",
                 crumbs=self.crumbs(("Tillgänglighetsredogörelse", S["tillganglighet"])), **(area_kw or {}))
        self.add(S["kakor"], "kakor.html", "Kakor",
                 "<h1>Kakor på webbplatsen</h1><p>Webbplatsen använder nödvändiga kakor för att fungera och, om du "
                 "godkänner det, kakor för besöksstatistik.</p>", crumbs=self.crumbs(("Kakor", S["kakor"])), **(area_kw or {}))

    def news_index(self, extra_items=(), **kw):
        S = self.S
        li = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in extra_items) + "".join(self.news_items)
        self.add(S["news_index"], "nyheter.html", "Nyheter", f'<h1>Nyheter</h1><ul class="news-archive">{li}</ul>',
                 crumbs=self.crumbs(("Nyheter", S["news_index"])), **kw)

    def search_template(self, **kw):
        S = dict(self.S, canon=self.S["search_path"])
        self.search_html = SHELLS[S["family"]](S, "Sök", "<h1>Sök</h1>\n<!--SEARCH_RESULTS-->", **kw)

    # output -------------------------------------------------------------
    def write(self):
        d = SITES_DIR / self.meta["kommunkod"]
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
        ctype = None if self.enc == "utf-8" else f"text/html; charset={self.enc}"
        pages = {}
        for path, (file, text) in self.pages.items():
            (d / file).write_bytes(text.encode(self.enc, errors="xmlcharrefreplace"))
            pages[path] = file if ctype is None else {"file": file, "content_type": ctype}
        m = dict(self.meta)
        m["pages"] = pages
        m["redirects"] = self.redirects
        if self.robots is not None:
            m["robots"] = self.robots
        m["sitemap"] = [p for p in self.pages if p not in self.sitemap_skip]
        if hasattr(self, "search_html"):
            (d / "sok.html").write_bytes(self.search_html.encode(self.enc, errors="xmlcharrefreplace"))
            m["search"] = {"path": self.S["search_path"] if self.search_param != "s" else "/",
                           "param": self.search_param, "hits": self.hits,
                           "template": "sok.html" if ctype is None else {"file": "sok.html", "content_type": ctype}}
        m["front_status"] = self.front_status
        (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def front_common(S, *, skip_news=0, extra_news=None, cls=""):
    return (eservices_block(S, cls=cls + "eservices") + news_block(S, default_news(S, extra_news, skip_news), cls=cls + "news")
            + events_block(S, cls=cls + "events") + drift_block(S, cls=cls + "drift") + jobs_block(S, cls=cls + "jobs"))


def hours_table(rows, caption="Telefontider"):
    tr = "".join(f"<tr><th scope=\"row\">{esc(d)}</th><td>{esc(t)}</td></tr>" for d, t in rows)
    return f"<table class=\"hours\"><caption>{esc(caption)}</caption><tbody>{tr}</tbody></table>"


# ==========================================================================
# 9401 Alsjöby – Optimizely: labelled box (h2) in the hero; d1; e "Ansvarig för ... är"
# ==========================================================================

def site_9401():
    s = Site("9401", "Alsjöby", "25", "Norrbottens län", "optimizely", prefix="/sv", domain="alsjoby.se",
             vaxel="0980-319 200", visit="Storgatan 12, Alsjöby", post="Box 101, 999 01 Alsjöby",
             orgnr="212000-9401", title_fmt="{t} | {site}")
    S = s.S
    svc = "/sv/kontakt/kundcenter/"
    S["footer_extra"] = ('<div class="site-footer__col"><h2>Våra bolag</h2><ul><li>Alsjöby Energi AB – kundservice '
                         '0980-319 209, vardagar 8–16</li><li>Alsjöbyhus AB – felanmälan dygnet runt</li></ul></div>')
    s.redirects["/"] = ["/sv/", 302]
    hero = f"""<section class="hero-block" data-epi-block-id="311">
<div class="hero-block__text"><h1>Välkommen till Alsjöby kommun</h1><p>Här bor och arbetar 9 400 människor mellan älven och fjällen.</p></div>
<div class="contact-teaser" data-epi-property-name="ContactArea">
<h2 class="contact-teaser__heading">Alsjöby kundcenter</h2>
<p>Ring <a href="tel:+46980319201">0980-319 201</a> vardagar 8–17 eller kom in till oss på Storgatan 12.</p>
<p><a class="contact-teaser__link" href="{svc}">Så kan kundcentret hjälpa dig</a></p>
</div>
</section>"""
    extra = [("Lantmäteriets kundcenter i Alsjöby stänger", "/sv/nyheter/lantmateriet-stanger/",
              "Lantmäteriet samlar sin kundservice i Kiruna från årsskiftet.")]
    s.add("/sv/", "index.html", None, hero + front_common(S, extra_news=extra, skip_news=1), front=True)
    main = f"""<article class="article-page" data-epi-content-id="4411">
<h1 data-epi-property-name="Heading">Kundcenter</h1>
<p class="preamble" data-epi-property-name="Preamble">Alsjöby kundcenter är din första kontakt med kommunen. Många ärenden kan vi lösa direkt när du ringer.</p>
<div class="article-page__body" data-epi-property-name="MainBody">
<p>Kundcentret svarar på frågor om förskola och skola, bygglov, avfallshämtning, färdtjänst och parkeringstillstånd. Vi hjälper dig också att komma igång med kommunens e-tjänster.</p>
<h2>Kontakta kundcentret</h2>
<ul class="contact-list">
<li>Telefon: <a href="tel:+46980319201">0980-319 201</a></li>
<li>E-post: kundcenter[at]alsjoby.se</li>
</ul>
{hours_table([("Måndag–torsdag", "8.00–17.00"), ("Fredag", "8.00–15.00"), ("Lunch", "Öppet hela dagen")])}
<h3>Besök oss</h3>
<p>Besöksadress: Storgatan 12, entréplan i kommunhuset.</p>
<h2>Om kundcentret</h2>
<p>Kundcentret är en del av kommunledningskontoret. Ansvarig för kundcentret är Ulrika Nordin.</p>
</div>
</article>"""
    s.add(svc, "kundcenter.html", "Kundcenter", main,
          crumbs=s.crumbs(("Kontakt", "/sv/kontakt/"), ("Kundcenter", svc)))
    s.add("/sv/kontakt/", "kontakt.html", "Kontakt",
          '<h1>Kontakt</h1><p>Välj vem du vill komma i kontakt med.</p><ul class="cards">'
          f'<li><a href="{svc}">Kundcenter</a></li><li><a href="/sv/kontakt/politiker/">Politiker</a></li>'
          '<li><a href="/sv/kontakt/press/">Press</a></li></ul>',
          crumbs=s.crumbs(("Kontakt", "/sv/kontakt/")))
    s.add("/sv/nyheter/lantmateriet-stanger/", "nyhet-lantmateriet.html", "Lantmäteriets kundcenter i Alsjöby stänger",
          "<article><h1>Lantmäteriets kundcenter i Alsjöby stänger</h1><p>Lantmäteriet har beslutat att stänga sitt "
          "kundcenter i Alsjöby. Frågor om fastighetsbildning hänvisas till Lantmäteriets kundcenter i Kiruna.</p></article>",
          crumbs=s.crumbs(("Nyheter", S["news_index"]), ("Lantmäteriets kundcenter i Alsjöby stänger", "/sv/nyheter/lantmateriet-stanger/")))
    s.standard_pages(news_skip=1)
    s.news_index([("Lantmäteriets kundcenter i Alsjöby stänger", "/sv/nyheter/lantmateriet-stanger/")])
    s.search_template()
    s.hits = {k: [svc] for k in ("kundcenter", "kundcentret", "kontaktcenter", "kundtjänst", "servicecenter")}
    return s


# ==========================================================================
# 9402 Bergsnäs – Drupal: top-level "Kontakt" -> two redirects -> "Kontakt Bergsnäs"; chat button + form; e0
# ==========================================================================

def site_9402():
    s = Site("9402", "Bergsnäs", "22", "Västernorrlands län", "drupal", ts="", domain="bergsnas.se",
             vaxel="08-465 004 10", visit="Rådhusgatan 4, Bergsnäs", post="999 02 Bergsnäs", orgnr="212000-9402",
             title_fmt="{t} | {site}")
    S = s.S
    S["search_path"] = "/search/node"
    svc = "/kontakt-bergsnas"
    s.add_top("Näringsliv och arbete", "/naringsliv-och-arbete",
              [("Företagslots", "/naringsliv-och-arbete/foretagslots"), ("Starta företag", "/naringsliv-och-arbete/starta-foretag"),
               ("Upphandling", "/naringsliv-och-arbete/upphandling")], pos=5)
    s.add_top("Kontakt", "/kontakt")
    s.redirects["/kontakt"] = ["/kontakta-kommunen", 301]
    s.redirects["/kontakta-kommunen"] = [svc, 302]
    S["footer_extra"] = ('<div class="block block-block-content"><p>Bergsnäs Vatten AB, kundtjänst för vatten och avlopp: '
                         '08-465 004 19</p><p>Ansvarig utgivare: Per Lind, kommundirektör</p></div>')
    front = ('<div class="views-element-container block"><div class="hero paragraph paragraph--type--hero">'
             '<h1>Bergsnäs – mitt i Höga kusten</h1><p>Nyheter, service och e-tjänster för dig som bor i Bergsnäs.</p>'
             '<ul class="hero__links"><li><a href="/e-tjanster/ansok-om-forskoleplats">Ansök om förskoleplats</a></li>'
             '<li><a href="/e-tjanster/anmal-fel-i-gatumiljon">Felanmälan</a></li></ul></div></div>'
             + front_common(S))
    s.add("/", "index.html", None, front, front=True)
    main = """<article role="article" about="/node/42" class="node node--type-page node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string">Kontakt Bergsnäs</span></h1>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p>Kontakt Bergsnäs är kommunens gemensamma ingång för dina frågor. Hos oss kan du lämna synpunkter och felanmälningar, få hjälp att söka parkeringstillstånd och skolskjuts och få vägledning i kommunens e-tjänster.</p>
<h2>Så når du oss</h2>
<p><button class="chat-launcher" type="button" data-chat-queue="kontakt">Chatta med Kontakt Bergsnäs</button> vardagar 9–15.</p>
<p><a href="/kontaktformular">Skriv till oss i kontaktformuläret</a> så svarar vi inom två arbetsdagar.</p>
<h2>Om dina personuppgifter</h2>
<p>Personuppgiftsansvarig för ärenden som kommer in till Kontakt Bergsnäs är kommunstyrelsen.</p>
</div>
<div class="field field--name-field-kontaktpersoner"><div class="field__label">Servicehandläggare</div><div class="field__item">Moa Strand, Elias Berg</div></div>
<div class="node__meta">Senast uppdaterad: 2026-10-02 · Sidansvarig: Johan Ek</div>
</div>
</article>"""
    s.add(svc, "kontakt-bergsnas.html", "Kontakt Bergsnäs", main, crumbs=s.crumbs(("Kontakt Bergsnäs", svc)))
    s.add("/kontaktformular", "kontaktformular.html", "Kontaktformulär",
          '<h1>Kontaktformulär</h1><form class="webform-submission-form" method="post" action="/kontaktformular">'
          '<label for="namn">Namn</label><input id="namn" name="namn"><label for="epost">E-post</label><input id="epost" name="epost" type="email">'
          '<label for="arende">Ditt ärende</label><textarea id="arende" name="arende"></textarea><button type="submit">Skicka</button></form>',
          crumbs=s.crumbs(("Kontaktformulär", "/kontaktformular")))
    s.standard_pages()
    s.news_index()
    s.search_template()
    s.search_param = "keys"
    s.hits = {k: [svc] for k in ("kontakt bergsnäs", "kontaktcenter", "kundtjänst", "servicecenter")}
    return s


# ==========================================================================
# 9403 Kvistby – Next.js SSR: header role=button link; microdata phone + e-service; Verksamhetsansvarig
# ==========================================================================

def site_9403():
    s = Site("9403", "Kvistby", "14", "Västra Götalands län", "nextjs", ts="", domain="kvistby.se",
             vaxel="031-390 06 20", visit="Kvistby torg 1", post="999 03 Kvistby", orgnr="212000-9403",
             title_fmt="{t} – {site}")
    S = s.S
    svc = "/medborgarservicecenter"
    s.robots = ("User-agent: GPTBot\nDisallow: /\n\nUser-agent: CCBot\nDisallow: /\n\n"
                "User-agent: *\nDisallow: /api/\nDisallow: /_next/data/\nCrawl-delay: 1\n"
                "Sitemap: __ORIGIN__/sitemap.xml\n")
    S["header_extra"] = (f'<a role="button" class="Button_root__b1Xw2 Button_primary__Q7r1T" data-track="header-cta" '
                         f'data-variant="primary" href="{svc}">Medborgar&shy;service&shy;center</a>')
    S["next_extra"] = {"runtimeConfig": {"chat": {"enabled": False, "queue": "kontaktcenter"}}}
    front = ('<section class="Hero_root__s0Yq1" data-block="hero"><h1 class="Hero_title__Nq2mS">Välkommen till Kvistby</h1>'
             '<p>Kommunen vid Göta älv – här hittar du service, nyheter och e-tjänster.</p>'
             '<div class="Hero_links__kL3p9"><a href="/e-tjanster/ansok-om-bygglov" data-testid="hero-link">Ansök om bygglov</a>'
             '<a href="/e-tjanster/alla-e-tjanster" data-testid="hero-link">Alla e-tjänster</a></div></section>'
             + front_common(S, cls="Start_"))
    s.add("/", "index.html", None, front, front=True)
    main = """<article class="Article_root__u9Rk3" data-content-id="7f3a">
<h1 class="Article_title__c2Pq0">Medborgarservicecenter</h1>
<p class="Article_lead__wQ1hz">Medborgarservicecenter är kommunens gemensamma kontaktpunkt för invånare, företag och besökare.</p>
<h2>Det här kan vi hjälpa dig med</h2>
<ul class="Article_list__zz8Tb" data-list="matters">
<li>Frågor om förskola, skola och skolskjuts</li>
<li>Ansökan om bygglov och bostadsanpassning</li>
<li>Avgifter för vatten, avlopp och avfall</li>
<li>Hjälp att använda kommunens e-tjänster</li>
</ul>
<h2>Kontakt</h2>
<div class="ContactCard_root__hY7v3" itemscope itemtype="https://schema.org/GovernmentOffice">
<p><span itemprop="name">Medborgarservicecenter</span></p>
<p>Telefon: <span itemprop="telephone">031-390 06 21</span></p>
<p>Öppettider: <span itemprop="openingHours" content="Mo-Fr 08:00-16:30">måndag–fredag 8.00–16.30</span></p>
<p><a href="/e-tjanster/boka-besok" data-testid="eservice-link">Boka ett besök hos oss via e-tjänsten</a></p>
</div>
<h3>Ansvarig</h3>
<dl class="Article_facts__Fm2aQ"><dt>Verksamhetsansvarig</dt><dd>Amir Rostami</dd></dl>
</article>"""
    s.add(svc, "medborgarservicecenter.html", "Medborgarservicecenter", main,
          crumbs=s.crumbs(("Medborgarservicecenter", svc)))
    s.add("/e-tjanster/boka-besok", "boka-besok.html", "Boka besök",
          '<h1>Boka besök</h1><p>Välj en tid för besök hos kommunen.</p><form method="post" action="/e-tjanster/boka-besok">'
          '<label for="tid">Tid</label><select id="tid" name="tid"><option>Måndag 10.00</option><option>Tisdag 14.00</option></select>'
          '<button type="submit">Boka</button></form>', crumbs=s.crumbs(("Boka besök", "/e-tjanster/boka-besok")))
    s.standard_pages()
    s.news_index()
    s.search_template()
    s.hits = {k: [svc] for k in ("medborgarservicecenter", "medborgarservice", "servicecenter", "kontaktcenter")}
    return s


# ==========================================================================
# 9404 Lerviken – Joomla: sub-level menu item + late module; title/h2 heading; hCard phone + address; e0
# ==========================================================================

def site_9404():
    s = Site("9404", "Lerviken", "12", "Skåne län", "joomla", prefix="/index.php", ts="", domain="lerviken.se",
             vaxel="040-628 04 30", visit="Torget 3, Lerviken", post="999 04 Lerviken", orgnr="212000-9404",
             genitive="Lervikens")
    S = s.S
    S["home"] = "/index.php"
    S["canon"] = "/index.php"
    S["search_path"] = "/index.php/component/search/"
    svc = "/index.php/kommun-och-politik/servicekontoret"
    s.add_sub("Kommun och politik", "Servicekontoret", svc, pos=0)
    s.redirects["/"] = ["/index.php", 301]
    s.robots = "User-agent: *\nDisallow: /administrator/\nDisallow: /cache/\nDisallow: /tmp/\nSitemap: __ORIGIN__/sitemap.xml\n"
    front = ('<div class="moduletable hero"><div class="custom"><h1>Välkommen till Lerviken</h1>'
             '<p>Fiskeläget vid sundet – med närhet till både hav och stad.</p></div></div>'
             '<div class="blog-featured" itemscope itemtype="https://schema.org/Blog"><h2>Aktuellt</h2>'
             + "".join(f'<div class="items-row"><div class="item" itemprop="blogPost"><h3 itemprop="name"><a href="{news_href(S, k)}">{esc(t)}</a></h3><p>{esc(p)}</p></div></div>'
                       for t, k, p in NEWS)
             + '</div>' + eservices_block(S, tag="div", cls="moduletable") + events_block(S, tag="div", cls="moduletable")
             + f'<div class="moduletable popular"><h3>Populära sidor</h3><ul class="mostread mod-list"><li><a href="{svc}">Servicekontoret</a></li>'
             '<li><a href="/index.php/bygga-bo-och-miljo/bygglov">Bygglov</a></li><li><a href="/index.php/barn-och-utbildning/forskola">Förskola</a></li></ul></div>'
             + drift_block(S, tag="div", cls="moduletable"))
    s.add("/index.php", "index.html", None, front, front=True)
    main = """<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="sv-SE" />
<div class="page-header"><h2 itemprop="headline">Servicekontoret</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Detaljer</dt><dd class="createdby" itemprop="author">Skriven av <span itemprop="name">Webbredaktör</span></dd><dd class="published">Publicerad: 03 mars 2025</dd></dl>
<div itemprop="articleBody">
<p>Till servicekontoret kan du vända dig med frågor om bland annat bygglov, förskoleplats, färdtjänst och avfallshämtning. Vi hjälper dig också att fylla i blanketter och ansökningar.</p>
<div class="vcard">
<p><span class="fn org">Servicekontoret</span></p>
<p>Besöksadress: <span class="adr"><span class="street-address">Torget 3</span>, <span class="postal-code">999 04</span> <span class="locality">Lerviken</span></span></p>
<p>Telefon: <span class="tel">040-628 04 31</span></p>
</div>
<h3>Här arbetar vi</h3>
<p>På servicekontoret arbetar kommunvägledarna Sara Lindqvist och Ali Demir.</p>
</div>
</div>"""
    s.add(svc, "servicekontoret.html", "Servicekontoret", main,
          crumbs=s.crumbs(("Kommun och politik", "/index.php/kommun-och-politik"), ("Servicekontoret", svc)))
    s.standard_pages()
    s.news_index()
    s.search_template()
    s.search_param = "searchword"
    s.hits = {k: [svc] for k in ("servicekontoret", "servicekontor", "kontaktcenter", "kundtjänst")}
    return s


# ==========================================================================
# 9405 Norrhamra – XHTML nested tables, windows-1252: news teaser h4; bare offer; "Ansvarig för sidan"
# ==========================================================================

def site_9405():
    s = Site("9405", "Norrhamra", "24", "Västerbottens län", "xhtml-tables", ts="", domain="norrhamra.se",
             vaxel="0980-319 240", visit="Kommunhuset, Skolgatan 2", post="999 05 Norrhamra",
             orgnr="212000-9405", enc="windows-1252", title_fmt="{site} - {t}")
    S = s.S
    S["news_index"] = "/nyheter/index.htm"
    S["kakor"] = "/om-webbplatsen/kakor.htm"
    S["tillganglighet"] = "/om-webbplatsen/tillganglighet.htm"
    S["search_path"] = "/sok.asp"
    S["menu"] = [(a, f"/{slug(a)}/index.htm", [(x, f"/{slug(a)}/{slug(x)}.htm") for x in subs]) for a, subs in AREAS]
    svc = "/kommun-och-politik/kundtjanst.htm"
    news = "/nyheter/kundtjansten-nytt-nummer.htm"
    s.add_sub("Kommun och politik", "Kundtjänst", svc, pos=0)
    items = [("Kundtjänsten får nytt telefonnummer", news, "Från den 1 december når du oss på ett nytt nummer.")]
    items += [(t, f"/nyheter/{k}.htm", p) for t, k, p in NEWS[:3]]
    newsrows = "".join(f'<tr><td class="nyhet"><h4><a href="{esc(h)}">{esc(t)}</a></h4><font size="2">{esc(p)}</font></td></tr>'
                       for t, h, p in items)
    events = "".join(f'<tr><td><font size="2"><b>{esc(d)}</b><br />{esc(t)}</font></td></tr>' for t, d in [
        ("Julmarknad på torget", "14 december"), ("Öppet hus på kulturskolan", "9 januari"), ("Föreläsning om energi", "22 januari")])
    front = f"""<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2"><img src="/bilder/toppbild-alven.jpg" width="740" height="180" alt="Älven vid Norrhamra en vinterdag" /><h1>Välkommen till Norrhamra kommun</h1></td></tr>
<tr><td width="65%" valign="top">
<table width="100%" cellpadding="6" cellspacing="0" border="0"><tr><td class="rubrik">Nyheter</td></tr>{newsrows}
<tr><td><a href="/nyheter/index.htm">Fler nyheter</a></td></tr></table>
</td><td valign="top">
<table width="100%" cellpadding="6" cellspacing="0" border="0"><tr><td class="rubrik">På gång</td></tr>{events}</table>
<table width="100%" cellpadding="6" cellspacing="0" border="0"><tr><td class="rubrik">E-tjänster</td></tr>
<tr><td><a href="/e-tjanster/index.htm">Alla e-tjänster</a></td></tr><tr><td><a href="/e-tjanster/felanmalan.htm">Felanmälan</a></td></tr></table>
</td></tr></table>"""
    s.add("/", "index.html", None, front, front=True)
    s.add(news, "nyhet-kundtjansten.html", "Kundtjänsten får nytt telefonnummer",
          "<h1>Kundtjänsten får nytt telefonnummer</h1><p><i>Publicerad 2026-11-20</i></p>"
          "<p>Från den 1 december når du Kundtjänst på 0980-319 241. Det gamla numret kopplas om under en övergångsperiod.</p>"
          f'<p><a href="{svc}">Läs mer om Kundtjänst</a></p>',
          crumbs=s.crumbs(("Nyheter", "/nyheter/index.htm"), ("Kundtjänsten får nytt telefonnummer", news)))
    main = """<h1>KUNDTJÄNST</h1>
<p>Kundtjänst hjälper dig med det mesta som rör kommunens service. Hör av dig, så hjälper vi dig vidare!</p>
<table cellpadding="4" cellspacing="0" border="0">
<tr><td><b>Telefon</b></td><td>0980-319 241</td></tr>
<tr><td><b>E-post</b></td><td><a href="mailto:kundtjanst@norrhamra.se">kundtjanst@norrhamra.se</a></td></tr>
</table>
<p><font size="1">Ansvarig för sidan: webbredaktör Kim Sand. Senast ändrad 2026-11-20.</font></p>"""
    s.add(svc, "kundtjanst.html", "Kundtjänst", main,
          crumbs=s.crumbs(("Kommun och politik", "/kommun-och-politik/index.htm"), ("Kundtjänst", svc)))
    # area pages, news pages (own paths), accessibility, cookies
    for label, href, subs in S["menu"]:
        li = "".join(f'<tr><td><a href="{esc(h)}">{esc(t)}</a></td></tr>' for t, h in subs)
        s.add(href, f"{slug(label)}.html", label, f'<h1>{esc(label)}</h1><p>{esc(LOREM)}</p><table cellpadding="3">{li}</table>',
              crumbs=s.crumbs((label, href)))
    lis = []
    for t, k, p in NEWS[:3]:
        h = f"/nyheter/{k}.htm"
        lis.append(f'<li><a href="{h}">{esc(t)}</a></li>')
        s.add(h, f"nyhet-{k}.html", t, f"<h1>{esc(t)}</h1><p>{esc(p)}</p><p>{esc(LOREM)}</p>",
              crumbs=s.crumbs(("Nyheter", "/nyheter/index.htm"), (t, h)))
    s.add("/nyheter/index.htm", "nyheter.html", "Nyheter",
          f'<h1>Nyheter</h1><ul><li><a href="{news}">Kundtjänsten får nytt telefonnummer</a></li>{"".join(lis)}</ul>',
          crumbs=s.crumbs(("Nyheter", "/nyheter/index.htm")))
    s.add(S["tillganglighet"], "tillganglighet.html", "Tillgänglighetsredogörelse",
          "<h1>Tillgänglighetsredogörelse</h1><p>Webbplatsen uppfyller delvis lagen om tillgänglighet till digital "
          "offentlig service. Kända brister: tabeller används för layout.</p>", crumbs=s.crumbs(("Tillgänglighet", S["tillganglighet"])))
    s.add(S["kakor"], "kakor.html", "Kakor", "<h1>Kakor</h1><p>Webbplatsen använder en sessionskaka.</p>",
          crumbs=s.crumbs(("Kakor", S["kakor"])))
    s.search_template()
    s.hits = {k: [svc, news] for k in ("kundtjänst", "kundtjanst", "kundtjänsten")}
    return s


# ==========================================================================
# 9406 Fågelsta – <details> menus: unit only as sub-item of a closed details; org page via breadcrumb
# ==========================================================================

def site_9406():
    s = Site("9406", "Fågelsta", "03", "Uppsala län", "details-menu", domain="fagelsta.se",
             vaxel="08-465 004 50", visit="Stora torget 1, Fågelsta", post="999 06 Fågelsta", orgnr="212000-9406")
    S = s.S
    svc = "/kommun-och-politik/kontaktcentret/"
    org = "/kommun-och-politik/organisation/"
    s.add_sub("Kommun och politik", "Organisation", org, pos=0)
    s.add_sub("Kommun och politik", "Kontakt\u00adcentret", svc, pos=1)
    S["header_links"] = [("Kontakta oss", "/kontakta-oss/")]
    front = ('<section class="startpuff"><h1>Fågelsta – staden vid slätten</h1><p>Service och information från kommunen.</p>'
             '<ul class="startpuff__genvagar"><li><a href="/e-tjanster/ansok-om-forskoleplats/">Förskoleplats</a></li>'
             '<li><a href="/e-tjanster/anmal-fel-i-gatumiljon/">Felanmälan</a></li><li><a href="/lediga-jobb/">Lediga jobb</a></li></ul></section>'
             + front_common(S, cls="start-"))
    s.add("/", "index.html", None, front, front=True)
    s.add("/kontakta-oss/", "kontakta-oss.html", "Kontakta oss",
          "<h1>Kontakta oss</h1><p>Du når kommunens växel på 08-465 004 50, vardagar 8–16. "
          "E-post: kommun@fagelsta.se.</p><p>Post: Fågelsta kommun, 999 06 Fågelsta.</p>",
          crumbs=s.crumbs(("Kontakta oss", "/kontakta-oss/")))
    main = """<article>
<h1>Kontaktcentret</h1>
<p class="ingress">Ring, mejla eller skriv till kontaktcentret – vi tar hand om din fråga från början till slut.</p>
<h2>Vanliga frågor vi svarar på</h2>
<ul>
<li>Plats i förskola och fritidshem</li>
<li>Hämtning av sopor och slam</li>
<li>Parkeringstillstånd</li>
<li>Felanmälan av gatubelysning och vägar</li>
</ul>
<h2>Så når du oss</h2>
<p>E-post: kontaktcenter[at]fagelsta.se</p>
<table class="telefontider"><caption>Telefontider, 08-465 004 51</caption>
<thead><tr><th>Dag</th><th>Tid</th></tr></thead>
<tbody><tr><td>Måndag–torsdag</td><td>8.00–16.30</td></tr><tr><td>Fredag</td><td>8.00–15.00</td></tr></tbody></table>
</article>"""
    s.add(svc, "kontaktcentret.html", "Kontaktcentret", main,
          crumbs=s.crumbs(("Kommun och politik", "/kommun-och-politik/"), ("Organisation", org), ("Kontaktcentret", svc)))
    orgmain = """<h1>Organisation</h1><p>Kommunens förvaltningar och enheter.</p>
<table class="organisation"><caption>Kommunledningsförvaltningen</caption>
<thead><tr><th scope="col">Enhet</th><th scope="col">Chef</th><th scope="col">Telefon</th></tr></thead>
<tbody>
<tr><td>Ekonomienheten</td><td>Sven Palm, ekonomichef</td><td>08-465 004 52</td></tr>
<tr><td>HR-enheten</td><td>Nora Lilja, HR-chef</td><td>08-465 004 53</td></tr>
<tr><td>Kontaktcenter</td><td>Lisa Ahl, enhetschef</td><td>08-465 004 54</td></tr>
<tr><td>Kommunikation</td><td>Erik Mård, kommunikationschef</td><td>08-465 004 55</td></tr>
</tbody></table>
<p>Kommundirektör: Gunilla Bergh</p>"""
    s.add(org, "organisation.html", "Organisation", orgmain,
          crumbs=s.crumbs(("Kommun och politik", "/kommun-och-politik/"), ("Organisation", org)))
    s.standard_pages()
    s.news_index()
    s.search_template()
    s.hits = {k: [svc] for k in ("kontaktcenter", "kontaktcentret", "kundtjänst", "servicecenter")}
    return s


# ==========================================================================
# 9407 Hedemyra – left <aside> menu after <main>: top-level "Kommunservice"; "leds av ... enhetschef"
# ==========================================================================

def site_9407():
    s = Site("9407", "Hedemyra", "20", "Dalarnas län", "aside-menu", domain="hedemyra.se",
             vaxel="031-390 06 60", visit="Kungsgatan 8, Hedemyra", post="999 07 Hedemyra", orgnr="212000-9407")
    S = s.S
    svc = "/kommunservice/"
    s.robots = ("User-agent: AhrefsBot\nUser-agent: SemrushBot\nDisallow: /\n\n"
                "User-agent: *\nAllow: /\nDisallow: /sok/\nSitemap: __ORIGIN__/sitemap.xml\n")
    s.add_top("Kommunservice", svc)
    S["footer_extra"] = "<p>Kundtjänst för VA och avfall: Hedemyra Vatten AB, 031-390 06 69.</p>"
    teaser = ("<section class=\"bolag\"><h2>Från våra bolag</h2><p>Hedemyra Bostäder AB:s kundcenter har nya öppettider i december. "
              "Ring 031-390 06 68.</p></section>")
    front = ('<section class="startbild"><h1>Välkommen till Hedemyra</h1><p>Bergslagens pärla – för dig som bor, verkar och besöker.</p></section>'
             + front_common(S) + teaser)
    s.add("/", "index.html", None, front, front=True)
    main = """<h1>Kommunservice</h1>
<p class="ingress">Kommunservice är kommunens väg in för invånare och företagare.</p>
<p>Kommunservice tar emot felanmälan om gator, gatubelysning och vatten, svarar på frågor om avgifter för barnomsorg och avfall och bokar lokaler i kommunens anläggningar.</p>
<h2>Kontakta Kommunservice</h2>
<ul>
<li>Telefon 031-390 06 61 (vardagar 8–16)</li>
<li><button type="button" class="chattknapp" aria-label="Öppna chatten">Chatta med oss</button></li>
<li>Besök oss i Medborgarhuset, Kungsgatan 8</li>
</ul>
<h2>Organisation</h2>
<p>Kommunservice leds av Petra Öhman, enhetschef, och tillhör kommunstyrelseförvaltningen.</p>"""
    s.add(svc, "kommunservice.html", "Kommunservice", main, crumbs=s.crumbs(("Kommunservice", svc)),
          current="Kommunservice")
    s.standard_pages(area_kw=None)
    s.news_index()
    s.search_template()
    s.hits = {k: [svc] for k in ("kommunservice", "kontaktcenter", "kundtjänst", "servicecenter")}
    return s


# ==========================================================================
# 9408 Gransjö – portal with dl/hCard: hero card with image alt only; one channel in own content; e1 in hCard
# ==========================================================================

def site_9408():
    s = Site("9408", "Gransjö", "07", "Kronobergs län", "portal-dl-hcard", ts="", domain="gransjo.se",
             vaxel="040-628 04 70", visit="Sjövägen 1, Gransjö", post="Box 7, 999 08 Gransjö", orgnr="212000-9408")
    S = s.S
    svc = "/kundtjanst"
    S["footer_extra"] = ('<dl class="vcard"><dt class="fn org">Kundtjänst</dt><dd>E-post: <a class="email" href="mailto:kundtjanst@gransjo.se">kundtjanst@gransjo.se</a></dd>'
                         '<dd>Telefontid: vardagar 8–16</dd></dl>'
                         '<dl><dt>Gransjöhem AB</dt><dd>Kundcenter för hyresgäster: 040-628 04 79</dd></dl>')
    hero = f"""<section class="hero"><h1>Välkommen till Gransjö kommun</h1>
<ul class="hero-shortcuts">
<li><a href="{svc}"><img src="/static/ikon-headset.svg" alt="Kundtjänst" width="48" height="48"><span>Ring, mejla eller besök oss</span></a></li>
<li><a href="/e-tjanster"><img src="/static/ikon-dator.svg" alt="" width="48" height="48"><span>E-tjänster</span></a></li>
<li><a href="/lediga-jobb"><img src="/static/ikon-jobb.svg" alt="" width="48" height="48"><span>Lediga jobb</span></a></li>
<li><a href="/bygga-bo-och-miljo/avfall-och-atervinning"><img src="/static/ikon-sopor.svg" alt="" width="48" height="48"><span>Sophämtning</span></a></li>
</ul></section>"""
    s.add("/", "index.html", None, hero + front_common(S), front=True)
    main = """<h1>Kundtjänst</h1>
<p class="lead">Kundtjänst svarar på frågor om:</p>
<dl class="faq-areas">
<dt>Barn och skola</dt><dd>förskoleplats, skolskjuts och fritidshem</dd>
<dt>Bygga och bo</dt><dd>bygglov, avfallsabonnemang och vatten</dd>
<dt>Omsorg</dt><dd>hemtjänst och färdtjänst</dd>
</dl>
<h2>Kontakta oss</h2>
<div class="vcard" itemscope itemtype="https://schema.org/GovernmentOffice">
<span class="fn org" itemprop="name">Kundtjänst</span>
<div class="tel">Telefon: <a href="tel:+46406280471"><span class="value" itemprop="telephone">040-628 04 71</span></a></div>
</div>
<p>Du kan också mejla oss, se kontaktuppgifterna längst ned på sidan.</p>
<h2>Personal</h2>
<div class="vcard"><span class="fn">Mikael Sjöberg</span>, <span class="role">Kundtjänstchef</span></div>
<div class="vcard"><span class="fn">Jenny Åkesson</span>, <span class="role">Kommunvägledare</span></div>"""
    s.add(svc, "kundtjanst.html", "Kundtjänst", main, crumbs=s.crumbs(("Kundtjänst", svc)))
    s.standard_pages()
    s.news_index()
    s.search_template()
    s.hits = {k: [svc] for k in ("kundtjänst", "kundtjanst", "kontaktcenter", "servicecenter")}
    return s


# ==========================================================================
# 9409 Ivarsbo – Umbraco: Invånarservice page only in sitemap.xml; "allt om kommunen"; kommundirektör "högst ansvarig"
# ==========================================================================

def site_9409():
    s = Site("9409", "Ivarsbo", "17", "Värmlands län", "umbraco", domain="ivarsbo.se",
             vaxel="0980-319 280", visit="Bruksgatan 5, Ivarsbo", post="999 09 Ivarsbo", orgnr="212000-9409")
    S = s.S
    svc = "/om-kommunen/invanarservice/"
    S["header_links"] = [("Kontakt", "/kontakt/")]
    front = ('<div class="umb-block-grid__layout-item hero"><h1>Välkommen till Ivarsbo</h1><p>Bruksorten vid sjön.</p></div>'
             '<div class="umb-block-grid__layout-item">' + front_common(S) + "</div>")
    s.add("/", "index.html", None, front, front=True)
    s.add("/kontakt/", "kontakt.html", "Kontakt",
          '<div class="umb-block-grid__layout-item"><h1>Kontakt</h1><p>Kommunens växel: 0980-319 280, vardagar 7.30–16.30.</p>'
          '<p>E-post: kommun@ivarsbo.se</p><p>Postadress: Ivarsbo kommun, 999 09 Ivarsbo</p></div>',
          crumbs=s.crumbs(("Kontakt", "/kontakt/")))
    main = """<div class="umb-block-grid__layout-item richtext">
<h1>Invånarservice</h1>
<p>Invånarservice svarar på allt om kommunen. Vi finns här för dig!</p>
<p>Telefon: 0980-319 281<br>E-post: invanarservice@ivarsbo.se<br>Telefontid: måndag–fredag 8–16</p>
<p>Invånarservice är en del av kommunledningsförvaltningen, där kommundirektör Ola Berg är högst ansvarig.</p>
</div>"""
    s.add(svc, "invanarservice.html", "Invånarservice", main,
          crumbs=s.crumbs(("Om kommunen", "/om-kommunen/"), ("Invånarservice", svc)))
    HIDDEN["9409"] = {svc}
    s.standard_pages()
    s.news_index()
    s.search_template()
    s.hits = {}
    return s


# ==========================================================================
# 9410 Järnboda – Gatsby: only excluded names and invisible ones -> 0
# ==========================================================================

def site_9410():
    s = Site("9410", "Järnboda", "19", "Västmanlands län", "gatsby", domain="jarnboda.se",
             vaxel="08-465 004 90", visit="Hyttgatan 2, Järnboda", post="999 10 Järnboda", orgnr="212000-9410")
    S = s.S
    foretag = "/naringsliv/servicecenter-for-foretag/"
    s.add_top("Näringsliv", "/naringsliv/", [("Servicecenter för företag", foretag), ("Företagslots", "/naringsliv/foretagslots/"),
                                             ("Upphandling", "/naringsliv/upphandling/")], pos=5)
    s.add_sub("Bygga, bo och miljö", "Bygglovsservice", "/bygga-bo-och-miljo/bygglovsservice/", pos=0)
    s.add_sub("Barn och utbildning", "Skolservice", "/barn-och-utbildning/skolservice/")
    S["header_links"] = [("Kontakt", "/kontakt/", "kontaktcenter-link", 'data-gtm="kontaktcenter-cta"')]
    S["footer_extra"] = "<div><p>Järnboda Energi AB – kundservice 08-465 004 92</p><p>Järnboda Vatten AB – Kundtjänst för VA och renhållning 08-465 004 93</p></div>"
    news_agency = "/nyheter/skatteverkets-servicekontor/"
    news_grann = "/nyheter/samarbete-fardtjanst/"
    extra = [("Skatteverkets servicekontor öppnar i Järnboda", news_agency, "Statens servicecenter öppnar ett servicekontor i biblioteket."),
             ("Storviks kontaktcenter svarar på frågor om färdtjänst", news_grann, "Beställningar av färdtjänst hanteras nu av grannkommunen.")]
    front = ('<section class="css-hero"><h1>Välkommen till Järnboda</h1><p>Järnets och skogens kommun.</p></section>'
             + front_common(S, extra_news=extra))
    s.add("/", "index.html", None, front, front=True)
    s.add(news_agency, "nyhet-servicekontor.html", "Skatteverkets servicekontor öppnar i Järnboda",
          "<article><h1>Skatteverkets servicekontor öppnar i Järnboda</h1><p>Statens servicecenter öppnar ett servicekontor i "
          "biblioteket. Där kan du få hjälp i ärenden hos Skatteverket, Försäkringskassan och Pensionsmyndigheten. "
          "Statens servicekontor har öppet tisdagar och torsdagar 10–16.</p></article>",
          crumbs=s.crumbs(("Nyheter", S["news_index"]), ("Skatteverkets servicekontor", news_agency)))
    s.add(news_grann, "nyhet-fardtjanst.html", "Storviks kontaktcenter svarar på frågor om färdtjänst",
          "<article><h1>Storviks kontaktcenter svarar på frågor om färdtjänst</h1><p>Från januari sköter Storviks kommun "
          "färdtjänsten för Järnboda. Frågor om tillstånd och resor besvaras av Storviks kontaktcenter på 08-465 004 99.</p></article>",
          crumbs=s.crumbs(("Nyheter", S["news_index"]), ("Färdtjänst", news_grann)))
    s.add(foretag, "servicecenter-for-foretag.html", "Servicecenter för företag",
          "<h1>Servicecenter för företag</h1><p>Vi hjälper dig som driver eller vill starta företag med tillstånd, "
          "lokaler och kontakter. Ring 08-465 004 95 eller mejla foretag@jarnboda.se.</p>"
          "<p>Enhetschef för Servicecenter för företag: Karl Dahl</p>",
          crumbs=s.crumbs(("Näringsliv", "/naringsliv/"), ("Servicecenter för företag", foretag)))
    s.add("/kontakt/", "kontakt.html", "Kontakt",
          "<h1>Kontakt</h1><p>Kommunens växel: 08-465 004 90, vardagar 8–16.30. E-post: kommun@jarnboda.se.</p>"
          "<p>Har du frågor om vatten, avlopp eller sophämtning? Kontakta Kundtjänst för VA och renhållning hos "
          "Järnboda Vatten AB, 08-465 004 93.</p><p>Frågor om el och fjärrvärme besvaras av Järnboda Energi AB:s kundservice. "
          "Kundchef på Järnboda Energi är Maja Ros.</p>",
          crumbs=s.crumbs(("Kontakt", "/kontakt/")))
    s.standard_pages()
    s.news_index([("Skatteverkets servicekontor öppnar i Järnboda", news_agency),
                  ("Storviks kontaktcenter svarar på frågor om färdtjänst", news_grann)])
    s.search_template()
    s.hits = {"servicecenter": [foretag], "servicekontor": [news_agency], "kontaktcenter": [news_grann]}
    return s


# ==========================================================================
# 9411 Kåreby – Liferay: unit only as a row of the organisation table (paired with "Chef") -> a1 e1, rest 0
# ==========================================================================

def site_9411():
    s = Site("9411", "Kåreby", "13", "Hallands län", "liferay", prefix="/web/guest", ts="", domain="kareby.se",
             vaxel="031-390 06 10", visit="Stationsgatan 3, Kåreby", post="999 11 Kåreby", orgnr="212000-9411")
    S = s.S
    S["home"] = "/web/guest/start"
    S["canon"] = "/web/guest/start"
    s.redirects["/"] = ["/web/guest/start", 302]
    kp = "/web/guest/kommun-och-politik"
    org = "/web/guest/kommun-och-politik/organisation-och-forvaltningar"
    S["header_links"] = [("Kontakta oss", "/web/guest/kontakta-oss")]
    front = ('<section class="portlet" id="portlet_hero"><div class="portlet-content"><h1>Välkommen till Kåreby</h1>'
             '<p>Kommunen vid kusten – nära till Göteborg och Halmstad.</p></div></section>'
             '<section class="portlet"><div class="portlet-content">' + front_common(S) + '</div></section>')
    s.add("/web/guest/start", "index.html", None, front, front=True)
    s.add("/web/guest/kontakta-oss", "kontakta-oss.html", "Kontakta oss",
          '<div class="journal-content-article"><h1>Kontakta oss</h1><p>Ring kommunens växel på 031-390 06 10 '
          '(vardagar 8–16) eller skicka e-post till kommun@kareby.se.</p><p>Hör av dig om du undrar något!</p></div>',
          crumbs=s.crumbs(("Kontakta oss", "/web/guest/kontakta-oss")))
    orgmain = """<div class="journal-content-article"><h1>Organisation och förvaltningar</h1>
<p>Kommunens verksamheter är organiserade i fyra förvaltningar.</p>
<h2>Kommunledningsförvaltningen</h2>
<table class="table table-striped"><thead><tr><th>Enhet</th><th>Chef</th><th>Telefon</th></tr></thead>
<tbody>
<tr><td>Ekonomi</td><td>Anders Falk</td><td>031-390 06 12</td></tr>
<tr><td>Kund- och servicecenter</td><td>Hanna Vik</td><td>031-390 06 11</td></tr>
<tr><td>Personal</td><td>Lena Rask</td><td>031-390 06 13</td></tr>
</tbody></table>
<h2>Samhällsbyggnadsförvaltningen</h2>
<p>Förvaltningschef: Tomas Grön, 031-390 06 14</p>
<h2>Barn- och utbildningsförvaltningen</h2>
<p>Förvaltningschef: Ingrid Mäki, 031-390 06 15</p>
</div>"""
    s.add(org, "organisation.html", "Organisation och förvaltningar", orgmain,
          crumbs=s.crumbs(("Kommun och politik", kp), ("Organisation och förvaltningar", org)))
    s.standard_pages(area_extra={"Kommun och politik": f'<h2>Så styrs kommunen</h2><p>Läs om <a href="{org}">kommunens organisation och förvaltningar</a>.</p>'})
    s.news_index()
    s.search_template()
    s.hits = {k: [org] for k in ("kundcenter", "servicecenter")}
    return s


# ==========================================================================
# 9412 Lillmossa – WordPress/Elementor: names only where nothing counts, excluded owners -> 0
# ==========================================================================

def site_9412():
    s = Site("9412", "Lillmossa", "23", "Jämtlands län", "elementor", domain="lillmossa.se",
             vaxel="040-628 04 12", visit="Mossvägen 1, Lillmossa", post="999 12 Lillmossa", orgnr="212000-9412",
             title_fmt="{t} – {site}")
    S = s.S
    S["search_path"] = "/"
    S["meta_description"] = "Lillmossa kommun – kundtjänst, e-tjänster och nyheter."
    S["header_links"] = [("Kontakta oss", "/kundtjanst/", 'data-id="kundtjanst-btn"')]
    S["body_end"] = ('<script>window.chatConfig={title:"Chatta med Kundtjänst",queue:"kundtjanst",enabled:false};</script>\n'
                     '<template id="tpl-chat"><div class="chat"><h2>Kundtjänst</h2><p>Vi svarar vardagar 8–16.</p></div></template>')
    S["footer_extra"] = ('<div class="elementor-widget-text-editor"><p>Lillmossa Bostäder AB:s kundcenter: 040-628 04 18. '
                         'IT-support för personal: 040-628 04 19.</p></div>')
    s.robots = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nSitemap: __ORIGIN__/sitemap.xml\n"
    news_region = "/nyheter/region-sjolandet-kundservice/"
    news_grann = "/nyheter/sjoviks-medborgarkontor/"
    extra = [("Region Sjölandets kundservice för sjukresor byter nummer", news_region, "Nytt nummer från 1 januari."),
             ("Sjöviks medborgarkontor tar emot besökare från Lillmossa", news_grann, "Under ombyggnaden av kommunhuset.")]
    front = ('<section class="elementor-section elementor-section-hero"><div class="elementor-widget-heading"><h1 class="elementor-heading-title">Välkommen till Lillmossa</h1></div>'
             '<div class="elementor-widget-image"><img src="/wp-content/uploads/2024/05/kontaktcenter-personal.jpg" alt="" width="600" height="300"></div></section>'
             '<section class="elementor-section">' + front_common(S, extra_news=extra) + '</section>'
             '<!-- TODO: länk till kontaktcenter när det öppnar -->')
    s.add("/", "index.html", None, front, front=True)
    s.add("/kundtjanst/", "kontakta-oss.html", "Kontakta oss",
          '<div class="elementor-widget-text-editor kundtjanst-box"><h1>Kontakta oss</h1><p>Vi finns här för dig! '
          'Ring växeln på 040-628 04 12 eller mejla kommun@lillmossa.se.</p><p>Kommunvägledare finns på plats i '
          'kommunhuset tisdagar 10–12.</p></div>', crumbs=None)
    s.add(news_region, "nyhet-region.html", "Region Sjölandets kundservice för sjukresor byter nummer",
          "<article><h1>Region Sjölandets kundservice för sjukresor byter nummer</h1><p>Från 1 januari når du regionens "
          "kundservice för sjukresor på 040-628 04 17.</p></article>")
    s.add(news_grann, "nyhet-sjovik.html", "Sjöviks medborgarkontor tar emot besökare från Lillmossa",
          "<article><h1>Sjöviks medborgarkontor tar emot besökare från Lillmossa</h1><p>Medan kommunhuset byggs om kan "
          "du få hjälp med blanketter och e-tjänster hos Sjöviks medborgarkontor i Sjöviks stadshus. Sjöviks kommun "
          "bekostar verksamheten och dess chef är Anna Rehn.</p></article>")
    s.standard_pages()
    s.news_index([("Region Sjölandets kundservice för sjukresor byter nummer", news_region),
                  ("Sjöviks medborgarkontor tar emot besökare från Lillmossa", news_grann)])
    s.search_template()
    s.search_param = "s"
    s.hits = {}
    return s


# ==========================================================================
# 9413 Mossaby – 403 everywhere (blocked)
# ==========================================================================

def site_9413():
    s = Site("9413", "Mossaby", "04", "Södermanlands län", "drupal", ts="", domain="mossaby.se",
             vaxel="0980-319 213", visit="Torggatan 1, Mossaby", post="999 13 Mossaby", orgnr="212000-9413")
    S = s.S
    svc = "/kontaktcenter"
    s.add_top("Kontaktcenter", svc, pos=0)
    s.add("/", "index.html", None, '<div class="hero"><h1>Välkommen till Mossaby</h1></div>' + front_common(S), front=True)
    s.add(svc, "kontaktcenter.html", "Kontaktcenter",
          "<h1>Kontaktcenter</h1><p>Vi svarar på frågor om skola, omsorg, bygglov och avfall.</p>"
          "<p>Telefon 0980-319 214, e-post kontaktcenter@mossaby.se.</p><p>Enhetschef: Rut Ljung</p>",
          crumbs=s.crumbs(("Kontaktcenter", svc)))
    s.standard_pages()
    s.news_index()
    s.front_status = 403
    return s


# ==========================================================================
# 9414 Tjärnvik – front-page redirect loop (unreachable)
# ==========================================================================

def site_9414():
    s = Site("9414", "Tjärnvik", "08", "Kalmar län", "optimizely", prefix="/sv", domain="tjarnvik.se",
             vaxel="08-465 004 14", visit="Hamngatan 3, Tjärnvik", post="999 14 Tjärnvik", orgnr="212000-9414",
             genitive="Tjärnviks")
    S = s.S
    svc = "/sv/kontaktcenter/"
    s.add_top("Kontaktcenter", svc, pos=0)
    s.redirects["/"] = ["/sv/", 302]
    s.redirects["/sv/"] = ["/sv/start/", 301]
    s.redirects["/sv/start/"] = ["/", 302]
    s.add("/sv/startsida.html", "index.html", None, '<section class="hero-block"><h1>Välkommen till Tjärnvik</h1></section>' + front_common(S), front=True)
    s.add(svc, "kontaktcenter.html", "Kontaktcenter",
          "<h1>Kontaktcenter</h1><p>Vi svarar på frågor om skola, omsorg, bygglov och avfall.</p>"
          "<p>Telefon 08-465 004 15, e-post kontaktcenter@tjarnvik.se.</p><p>Enhetschef: Stina Holm</p>",
          crumbs=s.crumbs(("Kontaktcenter", svc)))
    s.standard_pages()
    s.news_index()
    s.search_template()
    s.hits = {"kontaktcenter": [svc]}
    return s


ALL = [site_9401, site_9402, site_9403, site_9404, site_9405, site_9406, site_9407,
       site_9408, site_9409, site_9410, site_9411, site_9412, site_9413, site_9414]


def main():
    SITES_DIR.mkdir(parents=True, exist_ok=True)
    for fn in ALL:
        s = fn()
        s.write()
        print(s.meta["kommunkod"], s.meta["kommun"], len(s.pages), "pages")
    (HERE / "hidden.json").write_text(json.dumps({k: sorted(v) for k, v in HIDDEN.items()}, indent=1) + "\n",
                                      encoding="utf-8")


if __name__ == "__main__":
    main()
