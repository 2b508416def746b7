"""Base class of the blind33 typing aid: paths, generic pages and the manifest.

Each site of the corpus is a subclass in build_sites.py with its own markup (wrap/front)
and its own service-function pages. The HTML files written under sites/ are the corpus.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import ClassVar

from common import AREAS, ESERVICE_TEXT, ESERVICES, KAKOR, NEWS, TILLGANGLIGHET, english, esc

SITES_DIR = Path(__file__).resolve().parent.parent / "sites"


def slugify(title: str) -> str:
    s = title.lower().replace("&", "och")
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")


class Page:
    def __init__(self, path: str, h1: str, body: str, crumbs=None, kind: str = "page",
                 title: str | None = None):
        self.path = path
        self.h1 = h1
        self.body = body
        self.crumbs = crumbs or []
        self.kind = kind
        self.title = title


class Site:
    code = ""
    kommun = ""
    gen = ""          # genitive: "Hasselviks"
    dom = ""          # e-mail domain
    lan_kod = ""
    lan = ""
    family = ""
    vaxel = ""
    vaxel_intl = ""
    street = ""
    zip = ""
    orgnr = ""
    charset = "utf-8"
    front_path = "/"
    areas: ClassVar[list[tuple[str, str]]] = []
    news_slugs: ClassVar[list] = ["budget-2026", "vagarbete", "foreningsbidrag"]
    extra_news: ClassVar[dict[str, tuple[str, str, str, list[str]]]] = {}
    search_path = "/sok/"
    search_param = "q"
    redirects: ClassVar[dict[str, list]] = {}
    robots = "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"
    area_extra: ClassVar[dict[str, str]] = {}
    assets: ClassVar[dict[str, str]] = {}   # path -> svg text

    # ---- paths ---------------------------------------------------------
    def p(self, slug: str) -> str:
        return f"/{slug}/"

    def news_p(self, slug: str) -> str:
        return f"/nyheter/{slug}/"

    def area_p(self, aid: str) -> str:
        return self.p(slugify(self.area_title(aid)))

    def area_title(self, aid: str) -> str:
        return dict(self.areas)[aid]

    paths: ClassVar[dict] = {"nyheter": "nyheter", "etjanster": "e-tjanster", "kontakt": "kontakt",
             "tillganglighet": "om-webbplatsen/tillganglighet", "kakor": "om-webbplatsen/kakor",
             "english": "in-english"}

    def to(self, key: str) -> str:
        return self.p(self.paths[key])

    def sub(self, aid: str, anchor: str) -> str:
        return f"{self.area_p(aid)}#{anchor}"

    def nav(self) -> list[tuple[str, str, list[tuple[str, str]]]]:
        out = []
        for aid, title in self.areas:
            subs = [(t, self.sub(aid, a)) for a, t, _ in AREAS[aid][1]]
            out.append((title, self.area_p(aid), subs))
        return out

    def news(self) -> list[tuple[str, str, str, str, list[str]]]:
        items = [(s, *NEWS[s]) for s in self.news_slugs]
        items += [(s, *v) for s, v in self.extra_news.items()]
        return sorted(items, key=lambda x: x[1], reverse=True)

    def mail(self, local: str = "kommun") -> str:
        return f"{local}@{self.dom}"

    def title_of(self, pg: Page) -> str:
        return pg.title or f"{pg.h1} - {self.gen} kommun"

    # ---- rendering hooks (overridden) -----------------------------------
    def wrap(self, pg: Page) -> str:
        raise NotImplementedError

    def front(self) -> str:
        raise NotImplementedError

    def section(self, anchor: str, title: str, text: str) -> str:
        return f'<h2 id="{anchor}">{esc(title)}</h2>\n<p>{esc(text)}</p>'

    def special_pages(self) -> list[Page]:
        return []

    def kontakt_body(self) -> str:
        return (
            f"<p>Du når kommunens växel på telefon {esc(self.vaxel)}, vardagar 08.00–16.30. "
            f'E-post: <a href="mailto:{self.mail()}">{self.mail()}</a>.</p>'
            f"<h2>Postadress</h2><p>{esc(self.gen)} kommun<br>{esc(self.zip)} {esc(self.kommun)}</p>"
            "<h2>Registrator</h2><p>Handlingar till kommunen skickar du till registrator, som "
            "diarieför och fördelar dem till rätt handläggare.</p>"
            "<h2>Press</h2><p>Journalister kan nå kommunens presstjänst via växeln.</p>"
        )

    def kontakt_h1(self) -> str:
        return "Kontakta oss"

    # ---- generic pages --------------------------------------------------
    def area_body(self, aid: str) -> str:
        lead, subs = AREAS[aid]
        parts = [f'<p class="lead">{esc(lead)}</p>']
        parts += [self.section(a, t, txt) for a, t, txt in subs]
        if aid in self.area_extra:
            parts.append(self.area_extra[aid])
        return "\n".join(parts)

    def news_list_body(self) -> str:
        lis = "\n".join(
            f'<li><a href="{self.news_p(s)}">{esc(t)}</a> <span class="date">{d}</span>'
            f"<p>{esc(lead)}</p></li>" for s, d, t, lead, _ in self.news())
        return f'<ul class="news-list">\n{lis}\n</ul>'

    def news_body(self, d: str, lead: str, paras: list[str]) -> str:
        ps = "\n".join(f"<p>{esc(x)}</p>" for x in paras)
        return (f'<p class="published">Publicerad {d}</p>\n<p class="lead">{esc(lead)}</p>\n{ps}\n'
                f'<p><a href="{self.to("nyheter")}">Fler nyheter</a></p>')

    def eservice_body(self) -> str:
        parts = ["<p class=\"lead\">Här samlar vi kommunens e-tjänster. Du loggar in med "
                 "BankID eller Freja+.</p>"]
        parts += [self.section(a, t, ESERVICE_TEXT[a]) for a, t in ESERVICES]
        return "\n".join(parts)

    def text_body(self, sections: list[tuple[str, str]]) -> str:
        return "\n".join(self.section(slugify(t), t, x) for t, x in sections)

    def pages(self) -> list[Page]:
        home = ("Startsida", self.front_path)
        out = [Page(self.front_path, f"Välkommen till {self.gen} kommun", "", kind="front",
                    title=f"{self.gen} kommun")]
        for aid, title in self.areas:
            out.append(Page(self.area_p(aid), title, self.area_body(aid), [home], kind="area"))
        out.append(Page(self.to("nyheter"), "Nyheter", self.news_list_body(), [home]))
        for s, d, t, lead, paras in self.news():
            out.append(Page(self.news_p(s), t, self.news_body(d, lead, paras),
                            [home, ("Nyheter", self.to("nyheter"))], kind="news"))
        out.append(Page(self.to("etjanster"), "E-tjänster", self.eservice_body(), [home]))
        if self.paths.get("kontakt"):
            out.append(Page(self.to("kontakt"), self.kontakt_h1(), self.kontakt_body(), [home]))
        out.append(Page(self.to("tillganglighet"), "Tillgänglighetsredogörelse",
                        self.text_body(TILLGANGLIGHET[1:]), [home]))
        out.append(Page(self.to("kakor"), "Kakor och personuppgifter", self.text_body(KAKOR), [home]))
        out.append(Page(self.to("english"), f"{self.kommun} in English",
                        english(self.kommun, self.gen, self.vaxel_intl, self.mail()), [home],
                        title=f"{self.kommun} in English - {self.gen} kommun"))
        out += self.special_pages()
        return out

    # ---- output ----------------------------------------------------------
    @staticmethod
    def fname(path: str) -> str:
        s = path.strip("/")
        s = re.sub(r"\.(html|asp)$", "", s)
        if s.startswith("web/guest/"):
            s = s[len("web/guest/"):]
        return (s.replace("/", "_") or "index") + ".html"

    def search_template(self) -> Page:
        body = "<!--SEARCH_RESULTS-->"
        return Page(self.search_path, "Sök", body, [("Startsida", self.front_path)], kind="search",
                    title=f"Sök - {self.gen} kommun")

    def hits(self) -> dict[str, list[str]]:
        return {}

    def write(self) -> None:
        d = SITES_DIR / self.code
        d.mkdir(parents=True, exist_ok=True)
        for old in d.iterdir():
            old.unlink()
        ctype = f"text/html; charset={self.charset}"
        pages: dict[str, object] = {}
        for pg in self.pages():
            text = self.front() if pg.kind == "front" else self.wrap(pg)
            fn = self.fname(pg.path)
            (d / fn).write_bytes(text.encode(self.charset, errors="xmlcharrefreplace"))
            pages[pg.path] = fn if self.charset == "utf-8" else {"file": fn, "content_type": ctype}
        for path, svg in self.assets.items():
            fn = path.strip("/").replace("/", "_")
            (d / fn).write_text(svg, encoding="utf-8")
            pages[path] = fn
        tpl = self.wrap(self.search_template())
        (d / "sok.html").write_bytes(tpl.encode(self.charset, errors="xmlcharrefreplace"))
        manifest = {
            "kommunkod": self.code, "kommun": self.kommun, "lan_kod": self.lan_kod,
            "lan": self.lan, "family": self.family, "pages": pages,
            "redirects": self.redirects, "robots": self.robots,
            "sitemap": [p for p in pages if not p.endswith(".svg")],
            "search": {"path": self.search_path, "param": self.search_param,
                       "hits": self.hits(),
                       "template": "sok.html" if self.charset == "utf-8"
                       else {"file": "sok.html", "content_type": ctype}},
            "front_status": None,
        }
        (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n",
                                     encoding="utf-8")
