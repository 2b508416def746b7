"""Typing aid for the blind14 corpus: writes sites/<kod>/ (the files are the corpus)."""
from __future__ import annotations

import json
from pathlib import Path

SITES = Path(__file__).resolve().parent.parent / "sites"

AREAS = [
    ("omsorg-och-stod", "Omsorg och stöd", ["Hemtjänst", "Särskilt boende", "Färdtjänst", "Bostadsanpassning",
     "Försörjningsstöd", "Stöd till anhöriga", "LSS", "Budget- och skuldrådgivning", "Missbruk och beroende"]),
    ("utbildning", "Förskola och skola", ["Förskola", "Grundskola", "Gymnasieskola", "Skolskjuts", "Fritidshem",
     "Skolmat", "Vuxenutbildning", "SFI", "Kulturskolan", "Modersmål"]),
    ("bygga-och-bo", "Bygga, bo och miljö", ["Bygglov", "Strandskydd", "Avfall och återvinning", "Vatten och avlopp",
     "Enskilda avlopp", "Kartor och mät", "Detaljplaner", "Energi- och klimatrådgivning", "Livsmedelskontroll"]),
    ("trafik-och-gator", "Trafik och gator", ["Parkering", "Parkeringstillstånd", "Gatubelysning", "Vinterväghållning",
     "Cykel", "Kollektivtrafik", "Vägarbeten", "Felanmälan"]),
    ("kultur-och-fritid", "Kultur och fritid", ["Bibliotek", "Badhus", "Idrottshallar", "Föreningsbidrag",
     "Evenemang", "Naturreservat", "Fritidsgårdar", "Konsthall"]),
    ("kommun-och-politik", "Kommun och politik", ["Kommunfullmäktige", "Nämnder", "Protokoll", "Budget",
     "Mål och styrning", "Allmänna handlingar", "Val", "Lediga jobb", "Överklaga beslut"]),
]

NEWS = [
    ("Ny förskola i {ort} tar form", "Bygget av den nya förskolan går enligt plan och väntas stå klart till hösten."),
    ("Sommarlovsaktiviteter för unga", "Anmälan till sommarens lovaktiviteter öppnar den 2 maj."),
    ("Vägarbete på Storgatan i vecka 18", "Räkna med begränsad framkomlighet vid korsningen mot Skolgatan."),
    ("Budgeten för nästa år är beslutad", "Fullmäktige har fattat beslut om budget och skattesats."),
    ("Nu kan du söka föreningsbidrag", "Ansökningsperioden pågår till och med den 31 mars."),
]

EVENTS = ["Vårmarknad på torget", "Stickcafé på biblioteket", "Orienteringens dag", "Sagostund för de minsta",
          "Öppet hus på kulturskolan", "Konsert i kyrkparken"]
ESERV = ["Ansök om förskoleplats", "Ansök om bygglov", "Felanmälan gata och park", "Beställ tömning av slam",
         "Ansök om parkeringstillstånd", "Anmäl frånvaro i skolan", "Ansök om färdtjänst", "Boka lokal"]


def slug(t: str) -> str:
    t = t.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), (" ", "-"), (",", ""), (".", "")):
        t = t.replace(a, b)
    return t


class Site:
    def __init__(self, kod, kommun, genitiv, lan_kod, lan, family, cls, phone, mail, street, extra_css=""):
        self.kod, self.kommun, self.gen, self.lan_kod, self.lan = kod, kommun, genitiv, lan_kod, lan
        self.family, self.c, self.phone, self.mail, self.street = family, cls, phone, mail, street
        self.pages: dict[str, str] = {}
        self.files: dict[str, str] = {}
        self.redirects: dict[str, list] = {}
        self.nav_extra: list[tuple[str, str]] = []   # top-level nav items after the areas
        self.topbar_extra: list[tuple[str, str]] = []
        self.hero_cards = [("Lediga jobb", "/kommun-och-politik/#jobb"), ("Förskola", "/utbildning/"),
                           ("Bygglov", "/bygga-och-bo/"), ("Felanmälan", "/trafik-och-gator/")]
        self.extra_css = extra_css

    # ---------- shared blocks
    def head(self, title, desc=""):
        c = self.c
        return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="{desc or self.gen + ' kommuns webbplats'}">
<link rel="canonical" href="__ORIGIN__/">
<style>
.{c}-hidden{{display:none}} .{c}-wrap{{max-width:1200px;margin:0 auto}} body{{font-family:Arial,sans-serif;margin:0}}
.{c}-top{{background:#1d3b2a;color:#fff;font-size:14px}} .{c}-nav>li{{display:inline-block}}
.{c}-panel{{position:absolute}} .{c}-footer{{background:#222;color:#eee}} {self.extra_css}
</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body class="{c}-body">
<div class="{c}-cookie" id="cookie-consent" role="dialog" aria-label="Kakor">
<p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. <a href="/om-webbplatsen/kakor/">Läs mer om kakor</a></p>
<button type="button">Godkänn alla</button> <button type="button">Endast nödvändiga</button>
</div>
<a class="{c}-skip" href="#innehall">Till innehållet</a>
"""

    def header(self):
        c = self.c
        tb = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in self.topbar_extra)
        nav = []
        for s, name, subs in AREAS:
            items = "".join(f'<li><a href="/{s}/{slug(x)}/">{x}</a></li>' for x in subs)
            nav.append(f'<li class="{c}-item"><a href="/{s}/">{name}</a>'
                       f'<button class="{c}-toggle" aria-expanded="false" aria-controls="p-{s}">Visa undermeny för {name}</button>'
                       f'<div class="{c}-panel" id="p-{s}" hidden><ul>{items}</ul></div></li>\n')
        for t, h in self.nav_extra:
            nav.append(f'<li class="{c}-item"><a href="{h}">{t}</a></li>\n')
        return f"""<header class="{c}-header">
<div class="{c}-top"><div class="{c}-wrap"><ul class="{c}-toplinks">
<li><a href="#" onclick="return false" class="{c}-listen">Lyssna</a></li>
<li><a href="/lattlast/">Lättläst</a></li>
<li><a href="/teckensprak/">Teckenspråk</a></li>
<li><a href="/languages/">Languages</a></li>{tb}
</ul></div></div>
<div class="{c}-wrap {c}-brand">
<a href="/" class="{c}-logo"><img src="/logo.svg" alt="{self.gen} kommun, till startsidan" width="180" height="50"></a>
<form action="/sok/" method="get" class="{c}-search" role="search"><label for="q">Sök på webbplatsen</label>
<input id="q" name="q" type="search"><button type="submit">Sök</button></form>
</div>
<nav class="{c}-mainnav" aria-label="Huvudmeny"><ul class="{c}-nav">
{''.join(nav)}</ul></nav>
</header>
"""

    def footer(self):
        c = self.c
        return f"""<footer class="{c}-footer"><div class="{c}-wrap">
<div class="{c}-fcol"><h2>{self.gen} kommun</h2>
<p>{self.street}<br>Org.nr 212000-{self.kod[-4:]}</p>
<p>Växel: <a href="tel:{self.phone.replace('-', '').replace(' ', '')}">{self.phone}</a><br>
E-post: <a href="mailto:kommunen@{self.mail}">kommunen@{self.mail}</a></p></div>
<div class="{c}-fcol"><h2>Om webbplatsen</h2><ul>
<li><a href="/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a></li>
<li><a href="/om-webbplatsen/kakor/">Kakor</a></li>
<li><a href="/om-webbplatsen/personuppgifter/">Behandling av personuppgifter</a></li>
<li><a href="/press/">Press</a></li></ul></div>
<div class="{c}-fcol"><h2>Följ oss</h2><ul>
<li><a href="https://facebook.example/{slug(self.kommun)}">Facebook</a></li>
<li><a href="https://instagram.example/{slug(self.kommun)}">Instagram</a></li>
<li><a href="https://linkedin.example/{slug(self.kommun)}">Linkedin</a></li></ul></div>
</div></footer>
<script>document.querySelectorAll('.{c}-toggle').forEach(function(b){{b.addEventListener('click',function(){{var p=document.getElementById(b.getAttribute('aria-controls'));p.hidden=!p.hidden;b.setAttribute('aria-expanded',String(!p.hidden));}});}});</script>
</body>
</html>
"""

    def page(self, title, body, desc=""):
        return self.head(title, desc) + self.header() + f'<main id="innehall" class="{self.c}-main"><div class="{self.c}-wrap">\n' + body + "\n</div></main>\n" + self.footer()

    # ---------- front page
    def front(self, hero_extra="", second_section=None, teaser=None, footer_extra=""):
        c = self.c
        cards = "".join(f'<li class="{c}-card"><a href="{h}">{t}</a></li>' for t, h in self.hero_cards)
        news = []
        items = list(NEWS)
        for i, (t, p) in enumerate(items):
            t = t.format(ort=self.kommun)
            news.append(f'<article class="{c}-news"><h3><a href="/nyheter/">{t}</a></h3><p>{p} Läs hela nyheten för mer information om vad som gäller och vart du kan vända dig med frågor.</p><time>2026-0{4 - i % 3}-1{i}</time></article>')
        if teaser:
            news.insert(1, teaser)
        ev = "".join(f'<li><a href="/evenemang/">{e}</a> <span>{10 + i} maj</span></li>' for i, e in enumerate(EVENTS))
        es = "".join(f'<li><a href="/e-tjanster/{slug(e)}/">{e}</a></li>' for e in ESERV)
        az = "".join(f'<a href="/a-o/#{ch}">{ch.upper()}</a> ' for ch in "abcdefghijklmnoprstuvåäö")
        sec2 = second_section or f"""<section class="{c}-sec"><h2>Populärt just nu</h2><ul>
<li><a href="/bygga-och-bo/avfall-och-atervinning/">Hämtschema för sopor</a></li>
<li><a href="/kultur-och-fritid/badhus/">Badhusets öppettider</a></li>
<li><a href="/utbildning/skolmat/">Veckans skolmat</a></li>
<li><a href="/kommun-och-politik/lediga-jobb/">Sommarjobb</a></li></ul></section>"""
        body = f"""<section class="{c}-hero"><h1>Välkommen till {self.gen} kommun</h1>
<p>Här hittar du information och e-tjänster för dig som bor, verkar eller vill flytta till {self.kommun}.</p>
<ul class="{c}-cards">{cards}</ul>{hero_extra}</section>
{sec2}
<section class="{c}-sec"><h2>Nyheter</h2>{''.join(news)}<p><a href="/nyheter/">Fler nyheter</a></p></section>
<section class="{c}-sec"><h2>Driftinformation</h2><p>Inga kända störningar i vatten och avlopp just nu. <a href="/bygga-och-bo/vatten-och-avlopp/">Läs mer om driftstörningar</a></p></section>
<section class="{c}-sec"><h2>Evenemang</h2><ul>{ev}</ul><p><a href="/evenemang/">Alla evenemang</a></p></section>
<section class="{c}-sec"><h2>E-tjänster</h2><ul>{es}</ul><p><a href="/e-tjanster/">Alla e-tjänster</a></p></section>
<section class="{c}-sec"><h2>Lediga jobb</h2><p>Vi söker undersköterskor, lärare och en VA-ingenjör. <a href="/kommun-och-politik/lediga-jobb/">Se alla lediga jobb</a></p></section>
<section class="{c}-sec"><h2>A–Ö</h2><p>{az}</p></section>
<section class="{c}-sec {c}-theme"><h2>Tema: Hållbara {self.kommun}</h2>
<p>Under året arbetar kommunen vidare med planen för ett hållbart samhälle. Det handlar om allt från hur vi värmer upp våra skolor och äldreboenden till hur matsvinnet i skolköken kan minska. I flera av kommunens förskolor har barnen fått vara med och plantera fruktträd och bygga insekts­hotell, och på återvinningscentralen finns nu en återbruksbod där du kan lämna möbler och leksaker som fortfarande är hela.</p>
<p>Kommunens fordonsflotta byts successivt ut mot elbilar och elcyklar, och i centrum har det byggts fler cykelparkeringar under tak. Vi har också startat ett samarbete med föreningslivet för att fler ska kunna ta sig till träningen utan bil. Har du idéer om hur {self.kommun} kan bli ännu bättre? Lämna ett medborgarförslag via e-tjänsten, så tas det upp i den nämnd som ansvarar för frågan.</p>
<p>Läs mer om <a href="/bygga-och-bo/energi--och-klimatradgivning/">energi- och klimatrådgivning</a>, <a href="/bygga-och-bo/avfall-och-atervinning/">avfall och återvinning</a> och <a href="/kommun-och-politik/mal-och-styrning/">kommunens mål</a>.</p></section>
<section class="{c}-sec"><h2>Bo och leva i {self.kommun}</h2>
<p>{self.kommun} är en kommun med närhet till både skog och vatten. Här finns ett rikt föreningsliv, ett uppskattat badhus och ett bibliotek som är öppet sju dagar i veckan. Vill du flytta hit hjälper vi dig att hitta tomt, förskola och skola. I vår inflyttarguide har vi samlat det du behöver veta under din första tid i kommunen, från sophämtning till var du hittar närmaste vårdcentral och hur du anmäler dig till kulturskolan.</p>
<ul><li><a href="/flytta-hit/">Flytta hit</a></li><li><a href="/flytta-hit/lediga-tomter/">Lediga tomter</a></li><li><a href="/flytta-hit/inflyttarguide/">Inflyttarguide</a></li><li><a href="/kultur-och-fritid/bibliotek/">Biblioteket</a></li><li><a href="/kultur-och-fritid/badhus/">Badhuset</a></li><li><a href="/turism/">Besök {self.kommun}</a></li></ul></section>{footer_extra}"""
        html = self.head(f"Startsida - {self.gen} kommun") + self.header() + f'<main id="innehall" class="{c}-main">\n{body}\n</main>\n' + self.footer()
        html = html.replace("</head>", '<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"' + self.gen + ' kommun","url":"__ORIGIN__/"}</script>\n</head>')
        self.add("/", "index.html", html)

    def area_pages(self, extra: dict[str, str] | None = None):
        extra = extra or {}
        for s, name, subs in AREAS:
            lis = "".join(f'<li><a href="/{s}/{slug(x)}/">{x}</a></li>' for x in subs)
            body = f"<h1>{name}</h1>\n<p>Här har vi samlat information om {name.lower()} i {self.kommun}.</p>\n<ul>{lis}</ul>\n{extra.get(s, '')}"
            self.add(f"/{s}/", f"{s}.html", self.page(f"{name} - {self.gen} kommun", body))

    def add(self, path, fname, html):
        self.pages[path] = fname
        self.files[fname] = html

    def write(self, sitemap, search):
        d = SITES / self.kod
        d.mkdir(parents=True, exist_ok=True)
        for f, h in self.files.items():
            (d / f).write_text(h, encoding="utf-8")
        tpl = self.page(f"Sök - {self.gen} kommun", "<h1>Sök</h1>\n<!--SEARCH_RESULTS-->")
        (d / "sok.html").write_text(tpl, encoding="utf-8")
        m = {"kommunkod": self.kod, "kommun": self.kommun, "lan_kod": self.lan_kod, "lan": self.lan,
             "family": self.family, "pages": self.pages, "redirects": self.redirects,
             "robots": "User-agent: *\nDisallow: /sok/admin\nSitemap: __ORIGIN__/sitemap.xml\n",
             "sitemap": sitemap,
             "search": {"path": "/sok/", "param": "q", "hits": search, "template": "sok.html"},
             "front_status": None}
        (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def generic_kontakt(s: Site, extra=""):
    body = f"""<h1>Kontakt</h1>
<p>Du är välkommen att kontakta {s.gen} kommun. Ring växeln eller skicka ett mejl så hjälper vi dig vidare till rätt person.</p>
<h2>Växel</h2><p>Telefon {s.phone}, vardagar 8.00–16.30.</p>
<h2>Post</h2><p>{s.gen} kommun, {s.street}</p>
<h2>Press</h2><p>Journalister hittar kontaktuppgifter på <a href="/press/">pressidan</a>.</p>{extra}"""
    s.add("/kontakt/", "kontakt.html", s.page(f"Kontakt - {s.gen} kommun", body))


def std(s: Site, sitemap_extra=(), search=None, area_extra=None):
    s.area_pages(area_extra)
    sm = ["/", *[f"/{a[0]}/" for a in AREAS], *sitemap_extra]
    s.write(sm, search or {})


def b9111():
    s = Site("9111", "Brännvik", "Brännviks", "24", "Västerbottens län", "bem-semantic", "bv",
             "0980-319 200", "brannvik.example", "Storgatan 4, 999 11 Brännvik")
    s.nav_extra = [("Kontaktcenter", "/kontaktcenter/")]
    s.front()
    s.add("/kontaktcenter/", "kontaktcenter.html", s.page("Kontaktcenter - Brännviks kommun", """<h1>Kontaktcenter</h1>
<p class="bv-ingress">Kontaktcenter är din väg in till Brännviks kommun. Vi finns här för dig som bor och verkar i kommunen.</p>
<p>Hos oss får du bland annat svar på frågor om parkeringstillstånd. Om vi inte kan svara direkt ser vi till att rätt handläggare ringer upp dig.</p>
<h2>Så når du oss</h2>
<ul><li>Telefon: <a href="tel:+46980319210">0980-319 210</a></li>
<li>E-post: <a href="mailto:kontaktcenter@brannvik.example">kontaktcenter@brannvik.example</a></li>
<li>Telefontider: måndag–torsdag 8.00–16.30, fredag 8.00–15.00</li></ul>
<h2>Vem ansvarar?</h2>
<p>Enhetschef för kontaktcenter: Maja Forsell</p>"""))
    std(s, ["/kontaktcenter/"], {"kontaktcenter": ["/kontaktcenter/"]})


def b9112():
    s = Site("9112", "Harvsjö", "Harvsjö", "17", "Värmlands län", "sectioned-main", "hv",
             "031-390 06 00", "harvsjo.example", "Kyrkvägen 12, 999 12 Harvsjö")
    sec2 = """<section class="hv-sec hv-contactbox"><h2>Så kontaktar du kommunen</h2>
<p>Har du frågor om kommunens verksamheter? Vi svarar på telefon, e-post och i receptionen i kommunhuset.</p>
<p><a href="/medborgarservice/" class="hv-btn">Medborgarservice</a></p></section>"""
    s.front(second_section=sec2)
    s.add("/medborgarservice/", "medborgarservice.html", s.page("Medborgarservice - Harvsjö kommun", """<h1>Medborgarservice</h1>
<p>Medborgarservice tar emot frågor från invånare, företagare och besökare. Vi kan hjälpa dig med:</p>
<ul><li>ansökan om förskoleplats och skolskjuts</li><li>sophämtning och slamtömning</li><li>färdtjänst och bostadsanpassning</li><li>bokning av lokaler</li></ul>
<h2>Kontakt</h2>
<p>Telefon 031-390 06 10<br>E-post <a href="mailto:medborgarservice@harvsjo.example">medborgarservice@harvsjo.example</a><br>
Besöksadress: Kommunhuset, Kyrkvägen 12 (entréplan)</p>
<h2>Organisation</h2>
<p>Medborgarservice ingår i kommunledningsförvaltningen och leds av enhetschef Jonas Alm.</p>"""))
    std(s, ["/medborgarservice/"], {"medborgarservice": ["/medborgarservice/"]})


def b9113():
    s = Site("9113", "Skogsnäs", "Skogsnäs", "20", "Dalarnas län", "topbar-links", "sk",
             "0980-319 220", "skogsnas.example", "Rådhusgatan 1, 999 13 Skogsnäs")
    s.topbar_extra = [("Servicecenter", "/servicecenter/")]
    s.front()
    s.add("/servicecenter/", "servicecenter.html", s.page("Servicecenter - Skogsnäs kommun", """<h1>Servicecenter</h1>
<p>I servicecenter samlar vi kommunens vanligaste frågor på ett ställe. Vi hjälper dig med frågor om bygglov, avfall, förskola och färdtjänst, och vi tar emot felanmälningar om gator och belysning.</p>
<h2>Ring oss</h2>
<p>Ring oss på 0980-319 230 så hjälper vi dig.</p>
<p>Övriga kontaktuppgifter till kommunen hittar du längst ner på sidan.</p>"""))
    std(s, ["/servicecenter/"], {"servicecenter": ["/servicecenter/"]})


def b9114():
    s = Site("9114", "Tjärnby", "Tjärnby", "07", "Kronobergs län", "hero-cards", "tj",
             "040-628 04 00", "tjarnby.example", "Torget 3, 999 14 Tjärnby")
    s.hero_cards = [("Kundtjänst", "/kundtjanst/"), ("Lediga jobb", "/kommun-och-politik/"),
                    ("Förskola", "/utbildning/"), ("Bygglov", "/bygga-och-bo/")]
    s.front()
    s.add("/kundtjanst/", "kundtjanst.html", s.page("Kundtjänst - Tjärnby kommun", """<h1>Kundtjänst</h1>
<p>Tjärnby kommuns kundtjänst svarar på frågor om skola och förskola, vatten och avlopp, sophämtning, bygglov och parkering. Enklare ärenden löser vi direkt i telefon.</p>
<table class="tj-contact"><tr><th>Telefon</th><td>040-628 04 10</td></tr>
<tr><th>E-post</th><td>kundtjanst@tjarnby.example</td></tr>
<tr><th>Telefontid</th><td>Vardagar 7.30–17.00</td></tr></table>
<aside class="tj-aside"><h2>Frågor om sidan?</h2>
<p>Kontaktperson för kundtjänsten: Eva Nord, <a href="mailto:eva.nord@tjarnby.example">eva.nord@tjarnby.example</a></p>
<p>Sidansvarig: Lina Berg</p></aside>"""))
    std(s, ["/kundtjanst/"], {"kundtjänst": ["/kundtjanst/"], "kundtjanst": ["/kundtjanst/"]})


def b9115():
    s = Site("9115", "Ulvsta", "Ulvsta", "03", "Uppsala län", "naringsliv-hero", "uv",
             "08-465 004 00", "ulvsta.example", "Ulvsta torg 1, 999 15 Ulvsta")
    s.nav_extra = [("Kontakt", "/kontakt/")]
    s.front(hero_extra='<p class="uv-biz"><a href="/naringsliv/servicecenter-for-foretagare/">Servicecenter för företagare</a> – en väg in för dig som driver eller vill starta företag.</p>')
    generic_kontakt(s)
    s.add("/naringsliv/servicecenter-for-foretagare/", "servicecenter-foretagare.html", s.page(
        "Servicecenter för företagare - Ulvsta kommun", """<h1>Servicecenter för företagare</h1>
<p>Vi hjälper dig som företagare med frågor om serveringstillstånd, livsmedelsregistrering, bygglov för verksamhetslokaler och upphandling.</p>
<p>Telefon 08-465 004 20, e-post foretag@ulvsta.example. Telefontid vardagar 9–15.</p>
<p>Enhetschef: Henrik Sjö, näringslivsenheten.</p>"""))
    std(s, ["/kontakt/", "/naringsliv/servicecenter-for-foretagare/"],
        {"servicecenter": ["/naringsliv/servicecenter-for-foretagare/"]})


def b9116():
    s = Site("9116", "Vålberga", "Vålberga", "14", "Västra Götalands län", "news-first", "vb",
             "031-390 06 50", "valberga.example", "Bruksgatan 8, 999 16 Vålberga")
    teaser = ('<article class="vb-news"><h3><a href="/nyheter/medborgarkontoret-flyttar/">Medborgarkontoret flyttar till biblioteket</a></h3>'
              '<p>Från den 1 juni hittar du oss i bibliotekshuset vid torget.</p><time>2026-04-20</time></article>')
    s.front(teaser=teaser)
    s.add("/nyheter/medborgarkontoret-flyttar/", "nyhet-flytt.html", s.page("Medborgarkontoret flyttar till biblioteket - Vålberga kommun", """<article><h1>Medborgarkontoret flyttar till biblioteket</h1>
<p class="vb-date">Publicerad 2026-04-20</p>
<p>Från den 1 juni flyttar medborgarkontoret in i bibliotekshuset vid torget. Under flyttdagarna 28–31 maj är kontoret stängt.</p>
<p><a href="/medborgarkontoret/">Till medborgarkontorets sida</a></p></article>"""))
    s.add("/medborgarkontoret/", "medborgarkontoret.html", s.page("Medborgarkontoret - Vålberga kommun", """<h1>Medborgarkontoret</h1>
<p>Välkommen till medborgarkontoret! Vi finns här för dig och tar gärna emot ditt besök.</p>
<p>Besöksadress: Bibliotekshuset, Torget 2, Vålberga<br>Telefon 031-390 06 60</p>"""))
    std(s, ["/medborgarkontoret/", "/nyheter/medborgarkontoret-flyttar/"], {"medborgarkontor": ["/medborgarkontoret/"]})


def b9117():
    s = Site("9117", "Östmark", "Östmarks", "22", "Västernorrlands län", "deep-link", "om",
             "0980-319 250", "ostmark.example", "Centrumvägen 5, 999 17 Östmark")
    s.nav_extra = [("Kontakt", "/kontakt/")]
    s.front()
    generic_kontakt(s)
    s.add("/invanarservice/", "invanarservice.html", s.page("Invånarservice - Östmarks kommun", """<h1>Invånarservice</h1>
<p>Hör av dig om du undrar något, så gör vi vårt bästa för att hjälpa dig.</p>
<p>Telefon 0980-319 260<br>E-post <a href="mailto:invanarservice@ostmark.example">invanarservice@ostmark.example</a></p>"""))
    std(s, ["/kontakt/", "/invanarservice/"], {"invånarservice": ["/invanarservice/"]},
        area_extra={"kommun-och-politik": '<h2>Service till invånare</h2><p>Har du frågor till kommunen? Vänd dig till <a href="/invanarservice/">Invånarservice</a>.</p>'})


def b9118():
    s = Site("9118", "Norrtorp", "Norrtorps", "05", "Östergötlands län", "named-contact", "nt",
             "040-628 04 50", "norrtorp.example", "Stora torget 1, 999 18 Norrtorp")
    s.nav_extra = [("Kontakt Norrtorp", "/kontakt-norrtorp/")]
    s.front()
    s.add("/kontakt-norrtorp/", "kontakt-norrtorp.html", s.page("Kontakt Norrtorp - Norrtorps kommun", """<h1>Kontakt Norrtorp</h1>
<p>Kontakt Norrtorp är kommunens gemensamma väg in. Vi svarar på frågor om skola och omsorg, avfall, vatten och avlopp, gator och parkering.</p>
<h2>Kontaktvägar</h2>
<p>Telefon 040-628 04 60 (vardagar 8–17)<br>E-post kontakt@norrtorp.example<br>
<button type="button" class="nt-chat">Chatta med oss</button></p>
<p>Chef för Kontakt Norrtorp: Greta Vik</p>"""))
    std(s, ["/kontakt-norrtorp/"], {"kontakt norrtorp": ["/kontakt-norrtorp/"]})


if __name__ == "__main__":
    for f in (b9111, b9112, b9113, b9114, b9115, b9116, b9117, b9118):
        f()
