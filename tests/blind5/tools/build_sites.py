"""Typing aid that wrote tests/blind5/sites/ (the files are the corpus; labels are hand-coded).

    python3 tests/blind5/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chrome import (
    A_O,
    AREAS,
    COOKIE_JS,
    CSS,
    ESERVICES,
    EVENTS,
    FAMILIES,
    LETTERS,
    MENU_JS,
    TOPIC,
    esc,
    nav_html,
    section,
    slug,
)
from sitedata import SITES, sitemap_xml

ROOT = Path(__file__).resolve().parent.parent / "sites"

NEWS_FILLER = [
    ("Budgeten för 2027 är antagen", "Kommunfullmäktige antog på måndagskvällen budgeten för 2027. Skattesatsen lämnas oförändrad och satsningarna görs främst inom skolan och äldreomsorgen."),
    ("Vägarbete på Kyrkogatan under hösten", "Från den 2 september byts vatten- och avloppsledningarna under Kyrkogatan. Gatan stängs för genomfart i etapper och busshållplatsen flyttas tillfälligt."),
    ("Ny förskola öppnar i augusti", "Förskolan Tallbacken har sex avdelningar och en stor gård mot skogen. De första barnen börjar efter sommaren."),
    ("Sommarlovskort till alla elever", "Alla elever i årskurs 6–9 får ett sommarlovskort som gäller på bussarna under hela lovet."),
    ("Kommunen söker ferieungdomar", "Är du född 2009 eller 2010? Sök feriearbete i parkerna, på fritidsgårdarna eller i äldreomsorgen."),
    ("Nu kan du ansöka om föreningsbidrag", "Ansökningsperioden för aktivitetsstöd och lokalbidrag är öppen till den 15 mars."),
    ("Nya tider för återvinningscentralen", "Återvinningscentralen har kvällsöppet på tisdagar och torsdagar från och med april."),
    ("Detaljplan för Norra hamnen på samråd", "Planförslaget för bostäder och en ny park vid Norra hamnen finns att ta del av till den 30 oktober."),
    ("Biblioteket utökar sina öppettider", "Huvudbiblioteket blir meröppet: med lånekort och kod kommer du in mellan 7 och 22 alla dagar."),
    ("Så blir vinterns snöröjning", "Entreprenörerna är klara och plogbilarna står redo. Så här prioriterar vi när snön kommer."),
    ("Prisade för sitt miljöarbete", "Kommunens kostenhet har fått pris för att ha minskat matsvinnet i skolorna med en tredjedel."),
    ("Resultat från medborgarundersökningen", "Invånarna är mest nöjda med biblioteken och minst nöjda med gång- och cykelvägarna."),
    ("Nytt konstgräs på idrottsplatsen", "Det nya konstgräset på Vallen är på plats och kan bokas av föreningarna från maj."),
    ("Extra sammanträde med kommunfullmäktige", "Fullmäktige samlas till ett extra sammanträde den 12 december för att fatta beslut om skolorganisationen."),
    ("Stöd till dig som vill energieffektivisera", "Energi- och klimatrådgivarna bjuder in till informationskvällar om solceller och värmepumpar."),
    ("Trafikomläggning vid resecentrum", "Bussarna får nya hållplatslägen när resecentrum byggs om under våren."),
    ("Lovaktiviteter för barn och unga", "Under höstlovet arrangerar fritidsgårdarna och kulturskolan gratis aktiviteter."),
    ("Kommunen inför e-faktura", "Nu kan du få fakturor för barnomsorg och vatten direkt till din internetbank."),
    ("Årets kulturstipendiater utsedda", "Kultur- och fritidsnämnden delar ut två stipendier à 20 000 kronor."),
    ("Ny gång- och cykelbro över ån", "Den nya bron binder ihop Västra stranden med centrum och invigs i juni."),
    ("Sophämtningen i jul och nyår", "Hämtningen flyttas en dag under helgveckorna. Se vilken dag som gäller för ditt område."),
    ("Parkeringsavgift införs vid torget", "Från den 1 mars kostar det att parkera vid torget på vardagar mellan 9 och 18."),
    ("Öppet hus på vuxenutbildningen", "Välkommen att träffa lärare och studievägledare och få veta mer om höstens kurser."),
    ("Kommunen planterar 500 nya träd", "Under hösten planteras träd längs infarterna och i bostadsområdena."),
]


class Site:
    def __init__(self, d: dict):
        self.d = d
        self.code = d["code"]
        self.fam = FAMILIES[d["family"]]
        self.prefix = d.get("prefix", "")
        self.slash = d.get("slash", True)
        self.pages: dict[str, tuple[str, str]] = {}  # path -> (title, body html)
        self.files: dict[str, str] = {}

    def p(self, rel: str) -> str:
        if not rel:
            return self.prefix + "/"
        return self.prefix + "/" + rel + ("/" if self.slash else "")

    # -- menu ---------------------------------------------------------
    def areas(self):
        out = []
        mods = self.d.get("nav_mods", {})
        for label, sl, subs in AREAS:
            subs = list(mods.get(sl, {}).get("replace", subs))
            items = [(s, self.p(sl + "/" + slug(s))) for s in subs]
            items += [tuple(x) for x in mods.get(sl, {}).get("add", [])]
            out.append((label, self.p(sl), items))
        for extra in self.d.get("nav_extra", []):
            out.append((extra[0], extra[1], [tuple(x) for x in extra[2]]))
        return out

    # -- chrome ---------------------------------------------------------
    def header(self) -> str:
        d = self.d
        s = d["search"]
        hidden = "".join(f'<input type="hidden" name="{esc(k)}" value="{esc(v)}">' for k, v in s.get("hidden", []))
        top = ['<button type="button" class="lyssna" aria-label="Lyssna på sidan">Lyssna</button>',
               f'<a href="{self.p("lattlast")}">Lättläst</a>',
               f'<a href="{self.p("teckensprak")}">Teckenspråk</a>',
               f'<a href="{self.p("languages")}" lang="en">Other languages</a>']
        top += [f'<a href="{esc(h)}"{(" " + a) if a else ""}>{t}</a>' for t, h, a in d.get("topbar_extra", [])]
        hl = "".join(f'<li><a href="{esc(h)}"{(" " + a) if a else ""}>{t}</a></li>' for t, h, a in d.get("header_links", []))
        return (
            f'<div class="topbar">{"".join(top)}</div>\n'
            + self.fam["header_open"] + "\n"
            + f'<a class="logo" href="/"><img src="/bilder/logo-{slug(d["name"])}.svg" alt="{esc(d["name"])} kommun, till startsidan"></a>\n'
            + f'<form class="sokruta" action="{esc(s["path"])}" method="get" role="search"><label for="sok-{self.code}">Sök på webbplatsen</label>'
            + f'<input type="search" id="sok-{self.code}" name="{esc(s["param"])}" placeholder="Vad letar du efter?">{hidden}'
            + '<button type="submit">Sök</button></form>\n'
            + (f'<ul class="genvagar">{hl}</ul>\n' if hl else "")
            + nav_html(self.fam, self.areas()) + "\n"
            + self.fam["header_close"]
        )

    def footer(self) -> str:
        d = self.d
        links = [("Lediga jobb", self.p("naringsliv-och-arbete/lediga-jobb")), ("Press och media", self.p("press")),
                 ("Om webbplatsen", self.p("om-webbplatsen")),
                 ("Tillgänglighetsredogörelse", self.p("om-webbplatsen/tillganglighetsredogorelse")),
                 ("Kakor", self.p("om-webbplatsen/kakor")),
                 ("Så behandlar vi personuppgifter", self.p("om-webbplatsen/personuppgifter")),
                 ("Prenumerera på nyheter", self.p("nyheter/prenumerera"))]
        links += [tuple(x) for x in d.get("footer_links", [])]
        li = "".join(f'<li><a href="{esc(h)}">{t}</a></li>' for t, h in links)
        soc = "".join(f'<li><a href="https://{n.lower()}.example/{slug(d["name"])}kommun" rel="noopener">{n}</a></li>'
                      for n in ("Facebook", "Instagram", "LinkedIn", "YouTube"))
        return (
            self.fam["footer_open"] + "\n"
            + f'<div class="sidfot-kol"><h2>{esc(d["name"])} kommun</h2><p>{d["address"]}<br>Växel: <a href="tel:{d["tel"]}">{d["phone"]}</a><br>'
            + f'E-post: <a href="mailto:{d["mail"]}">{d["mail"]}</a><br>Org.nr: {d["orgnr"]}</p></div>\n'
            + f'<div class="sidfot-kol"><h2>Genvägar</h2><ul>{li}</ul></div>\n'
            + (d.get("footer_extra", "") + "\n")
            + f'<div class="sidfot-kol"><h2>Följ oss</h2><ul>{soc}</ul></div>\n'
            + self.fam["footer_close"]
        )

    def render(self, path: str, title: str, body: str, front: bool = False, crumbs=None) -> str:
        d = self.d
        sep = d.get("title_sep", " - ")
        full_title = f"{d['name']} kommun" if front and not title else f"{title}{sep}{d['name']} kommun"
        canon = ""
        if d.get("canonical"):
            canon = f'<link rel="canonical" href="__ORIGIN__{d.get("canonical_map", {}).get(path, path)}">\n'
        cr = ""
        if crumbs:
            cr = '<nav class="brodsmulor" aria-label="Du är här"><ol><li><a href="/">Startsida</a></li>' + "".join(
                f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in crumbs) + f'<li aria-current="page">{esc(title)}</li></ol></nav>\n'
        extra_head = d.get("head_extra", "")
        return (
            '<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{esc(full_title)}</title>\n'
            f'<meta name="generator" content="{esc(self.fam["generator"])}">\n{canon}{extra_head}{CSS}\n</head>\n'
            f'<body {self.fam["body"]}>\n<a class="skip" href="#innehall-start">Hoppa till innehållet</a>\n'
            '<div id="kakbanner" role="dialog" aria-label="Kakor"><p>Vi använder kakor för att webbplatsen ska fungera och för att '
            f'förbättra den. <a href="{self.p("om-webbplatsen/kakor")}">Läs mer om kakor</a></p>'
            '<button value="alla">Godkänn alla</button> <button value="nodvandiga">Endast nödvändiga</button></div>\n'
            + self.header() + "\n"
            + self.fam["main_open"] + '\n<span id="innehall-start"></span>\n' + cr + body + "\n" + self.fam["main_close"] + "\n"
            + self.footer() + "\n" + COOKIE_JS + "\n" + MENU_JS + "\n" + d.get("body_extra", "") + "</body>\n</html>\n"
        )

    # -- content --------------------------------------------------------
    def news(self):
        own = [tuple(x) for x in self.d.get("news", [])]
        off = int(self.code[-2:]) % 7
        filler = NEWS_FILLER[off:] + NEWS_FILLER[:off]
        items = []
        for i, n in enumerate(own + filler[: 24 - len(own)]):
            if len(n) == 4:
                items.append(n)
            else:
                t, text = n
                real = i < 3 + len(own)
                href = self.p(f"nyheter/{slug(t)}") if real else self.p(f"nyheter/arkiv/{slug(t)}")
                items.append((t, href, text, real))
        return items

    def front(self) -> str:
        d = self.d
        fam = self.fam
        hero = d["hero"]
        cards = "".join(
            f'<li><a href="{esc(h)}"><h2>{t}</h2><span>{x}</span></a></li>' for t, h, x in hero["cards"])
        parts = [section(fam, "hero", f'<h1>{hero["h1"]}</h1>\n<p>{hero["intro"]}</p>\n<ul class="kort">{cards}</ul>')]
        parts.append(section(fam, "driftinfo", f'<h2>Driftinformation</h2><p>{d.get("drift", "Just nu finns inga kända störningar i vatten, avlopp eller sophämtning.")} '
                                               f'<a href="{self.p("driftinformation")}">All driftinformation</a></p>'))
        news = self.news()
        teasers = "".join(
            f'<article><h3><a href="{esc(h)}">{esc(t)}</a></h3><p>{esc(x)}</p></article>' for t, h, x, _ in news[:8])
        parts.append(section(fam, "nyheter", f'<h2>Nyheter</h2>\n{teasers}\n<p><a href="{self.p("nyheter")}">Fler nyheter</a></p>'))
        nev = d.get("n_events", 14)
        ev = "".join(
            f'<li><a href="{self.p(d.get("events_base", "evenemang") + "/" + slug(t) + "-" + str(i))}"><time>{(i % 27) + 1} {["nov", "dec", "jan"][i % 3]}</time> {esc(t)}</a> <span>{esc(pl)}</span></li>'
            for i, (t, pl) in enumerate((EVENTS * 2)[:nev]))
        parts.append(section(fam, "kalender", f'<h2>Evenemang</h2><ul class="kalender">{ev}</ul><p><a href="{self.p(d.get("events_base", "evenemang"))}">Hela kalendern</a></p>'))
        nes = d.get("n_eservices", 18)
        es = "".join(f'<li><a href="{self.p("e-tjanster/" + slug(t))}">{esc(t)}</a></li>' for t in ESERVICES[:nes])
        parts.append(section(fam, "etjanster", f'<h2>Populära e-tjänster</h2><ul>{es}</ul><p><a href="{self.p("e-tjanster")}">Alla e-tjänster</a></p>'))
        letters = "".join(f'<a href="{self.p("a-o/" + slug(L) if L.isascii() else "a-o/" + {"Å": "aa", "Ä": "ae", "Ö": "oe"}[L])}">{L}</a>' for L in LETTERS)
        ao = "".join(f'<li><a href="{self.p("a-o/" + slug(t))}">{esc(t)}</a></li>' for t in A_O)
        parts.append(section(fam, "a-o", f'<h2>A–Ö</h2><p class="ao-bokstaver">{letters}</p><ul class="ao-populart">{ao}</ul>'))
        jobs = "".join(f'<li><a href="{self.p("naringsliv-och-arbete/lediga-jobb/" + slug(t))}">{t}</a></li>'
                       for t in ("Förskollärare till Solgläntan", "Undersköterska, hemtjänsten", "Bygglovshandläggare", "Lärare i matematik åk 7–9"))
        parts.append(section(fam, "jobb", f'<h2>Lediga jobb</h2><ul>{jobs}</ul>'))
        for pos, html_ in d.get("front_extra", []):
            parts.insert(pos, section(fam, "extra", html_))
        return self.render(d["front_path"], "", "\n".join(parts), front=True)

    def build(self) -> dict:
        d = self.d
        pages: dict[str, str] = {}
        out_dir = ROOT / self.code
        if out_dir.exists():
            shutil.rmtree(out_dir)
        out_dir.mkdir(parents=True)

        def put(path: str, fname: str, text: str):
            (out_dir / fname).write_text(text, encoding="utf-8")
            pages[path] = fname

        def fname_for(path: str) -> str:
            f = path.strip("/").replace("/", "__").replace(".html", "") or "index"
            return f + ".html"

        put(d["front_path"], "index.html", self.front())
        areas = self.areas()
        area_extra = d.get("area_extra", {})
        for (label, href, subs), (_, sl, _) in zip(areas, AREAS, strict=False):
            li = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a><p>{esc(TOPIC.get(t, ""))}</p></li>' for t, h in subs)
            body = f'<h1>{esc(label)}</h1>\n<ul class="lista">{li}</ul>\n{area_extra.get(sl, "")}'
            put(href, fname_for(href), self.render(href, label, body, crumbs=[]))
            if d.get("real_subs"):
                for t, h in subs:
                    if h in d.get("pages", {}) or t not in TOPIC:
                        continue
                    body = (f'<h1>{esc(t)}</h1>\n<p class="ingress">{esc(TOPIC[t])}</p>\n'
                            f'<p>Har du frågor om {esc(t.lower())}? Ring växeln {d["phone"]} så kopplar vi dig rätt.</p>')
                    put(h, fname_for(h), self.render(h, t, body, crumbs=[(label, href)]))
        news = self.news()
        li = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h, _, _ in news)
        put(self.p("nyheter"), fname_for(self.p("nyheter")), self.render(self.p("nyheter"), "Nyheter", f'<h1>Nyheter</h1><ul class="arkiv">{li}</ul>'))
        for t, h, x, real in news:
            if real and h not in d.get("pages", {}):
                body = f'<article><h1>{esc(t)}</h1><p class="datum">Publicerad 2026-10-{(len(t) % 20) + 5:02d}</p><p class="ingress">{esc(x)}</p></article>'
                put(h, fname_for(h), self.render(h, t, body, crumbs=[("Nyheter", self.p("nyheter"))]))
        ow = self.p("om-webbplatsen/tillganglighetsredogorelse")
        put(ow, fname_for(ow), self.render(ow, "Tillgänglighetsredogörelse", f'<h1>Tillgänglighetsredogörelse</h1><p>{esc(d["name"])} kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Den här redogörelsen beskriver hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service.</p><p>Delar av webbplatsen är inte helt tillgängliga: vissa äldre PDF-dokument saknar taggar, och en del filmer saknar syntolkning.</p>'))
        ok = self.p("om-webbplatsen/kakor")
        put(ok, fname_for(ok), self.render(ok, "Kakor", '<h1>Kakor</h1><p>En kaka är en liten textfil som lagras i din webbläsare. Vi använder nödvändiga kakor för att webbplatsen ska fungera och, om du godkänner det, kakor för besöksstatistik.</p>'))
        for path, spec in d.get("pages", {}).items():
            title, body = spec[0], spec[1]
            crumbs = spec[2] if len(spec) > 2 else None
            put(path, fname_for(path), self.render(path, title, body, crumbs=crumbs))
        sok = self.render(d["search"]["path"], "Sök", "<h1>Sök</h1>\n<!--SEARCH_RESULTS-->")
        (out_dir / "sok.html").write_text(sok, encoding="utf-8")
        for fname, text in d.get("static", {}).items():
            if text == "__NEWS__":
                text = sitemap_xml([self.p("nyheter")] + [h for _, h, _, real in news if real])
            (out_dir / fname).write_text(text, encoding="utf-8")
        for path, fname in d.get("static_pages", {}).items():
            pages[path] = fname
        manifest = {
            "kommunkod": self.code, "kommun": d["name"], "lan_kod": d["lan_kod"], "lan": d["lan"],
            "family": d["family"],
            "pages": dict(sorted(pages.items())),
            "redirects": d.get("redirects", {}),
        }
        if "robots" in d:
            manifest["robots"] = d["robots"]
        if d.get("sitemap") == "all":
            manifest["sitemap"] = sorted(p for p in pages if p not in d.get("sitemap_exclude", []))
        elif isinstance(d.get("sitemap"), list):
            manifest["sitemap"] = d["sitemap"]
        s = d["search"]
        manifest["search"] = {"path": s["path"], "param": s["param"], "hits": s.get("hits", {}), "template": "sok.html"}
        manifest["front_status"] = d.get("front_status")
        (out_dir / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return manifest


def main() -> None:
    ROOT.mkdir(parents=True, exist_ok=True)
    for d in SITES:
        m = Site(d).build()
        print(d["code"], d["name"], len(m["pages"]), "pages")


if __name__ == "__main__":
    main()
