"""Metamorphic test-site generator for servicekoll (stdlib only, deterministic).

Written from /work/shared/RUBRIC.md alone, without looking at the tool. One
content model (:class:`SiteContent`) is rendered by several markup *families*
that show the same visible text in the same order; knobs change things the
rubric says must not matter (slash forms, hidden metadata, text variants of
the unit's name), and relation helpers change things the rubric says do
matter (where the entrance sits). See README.md beside this file for the
expected outcome of each relation by the rubric.

Paths in the content are *canonical*: "/" or "/a/b" without a trailing
slash; the renderer applies the slash form. Running text may carry inline
links written ``[link text](/path)``, ``[x](mailto:..)`` or ``[x](tel:..)``.
"""
from __future__ import annotations

import copy
import dataclasses
import hashlib
import html
import json
import re
import zlib
from dataclasses import dataclass, field, replace
from typing import Literal

__all__ = [
    "ENTRANCES",
    "FAMILIES",
    "HIDDEN_KINDS",
    "SLASH_FORMS",
    "TEXT_VARIANTS",
    "EventItem",
    "FooterFacts",
    "MenuArea",
    "MenuItem",
    "NewsItem",
    "Page",
    "SiteContent",
    "TextPage",
    "UnitInfo",
    "dead_links",
    "default_content",
    "expected_scores",
    "move_entrance",
    "remove_unit",
    "rename_municipality",
    "render_site",
    "slugify",
    "with_channels",
    "without_responsible",
    "without_what",
]

Entrance = Literal["header", "topbar", "nav_top", "hero", "nav_sub",
                   "drawer_sub", "footer", "news", "none"]
ENTRANCES: tuple[str, ...] = ("header", "topbar", "nav_top", "hero", "nav_sub",
                              "drawer_sub", "footer", "news", "none")
FAMILIES: tuple[str, ...] = ("landmarks", "divsoup", "sitevision", "municipio",
                             "bootstrap", "tables")
SLASH_FORMS: tuple[str, ...] = ("slash", "noslash", "both")
TEXT_VARIANTS: tuple[str, ...] = ("plain", "soft_hyphen", "nbsp", "odd_case")
#: the kinds of hidden metadata ``hidden_names=True`` adds (all by default)
HIDDEN_KINDS: tuple[str, ...] = ("comment", "script", "jsonld", "meta",
                                 "template", "display_none")

# --------------------------------------------------------------------------
# content model
# --------------------------------------------------------------------------


@dataclass
class Page:
    body: str
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None


@dataclass
class MenuItem:
    title: str
    path: str
    has_page: bool = False   # False: the link is meant to 404 (same in every family)


@dataclass
class MenuArea:
    title: str
    path: str                # the area has its own landing page
    items: list[MenuItem]


@dataclass
class NewsItem:
    title: str
    path: str
    date: str                # YYYY-MM-DD
    summary: str
    body: list[str]          # paragraphs (inline links allowed)


@dataclass
class EventItem:
    title: str
    path: str
    date: str
    place: str


@dataclass
class FooterFacts:
    postal_address: str
    visiting_address: str
    switchboard: str
    switchboard_href: str
    email: str
    org_nr: str


@dataclass
class TextPage:
    """An ordinary page. Blocks: ("h2", text) ("p", text) ("ul", [text])
    ("kv", [(label, text)]) ("hours", caption, [(days, time)])."""
    path: str
    title: str
    blocks: list[tuple]
    hidden_names: bool = False   # carries the hidden metadata when the knob is on


@dataclass
class UnitInfo:
    name: str                # "Kontaktcenter", "Kontakt Lindås", ...
    path: str                # "/kontaktcenter"
    intro: str               # first paragraph
    what: str                # the what-sentence naming matters ("" = none)
    matters: list[str]       # a list of matters ([] = none)
    staff_line: str          # running text about the staff (no leader role)
    phone: str
    phone_href: str
    email: str
    hours: list[tuple[str, str]]
    visiting_address: str
    channels: tuple[str, ...] = ("phone", "email", "hours", "address")
    teaser: str = ""         # hero card text
    area: str = "/kommun-och-politik"   # where nav_sub / drawer_sub put it


@dataclass
class SiteContent:
    municipality: str                     # "Lindås"
    unit: UnitInfo | None                 # None: the site has no service function
    entrance: Entrance
    responsible: str                      # "Enhetschef för kontaktcenter: Lena Ek" ("" = none)
    menu: list[MenuArea]
    news: list[NewsItem]
    unit_news: NewsItem | None            # teased on the front page when entrance == "news"
    events: list[EventItem]
    footer: FooterFacts
    pages: list[TextPage]                 # Kontakta oss, Organisation, ordinary pages...
    topbar_links: list[tuple[str, str]]
    header_links: list[tuple[str, str]]
    footer_links: list[tuple[str, str]]
    hero_heading: str
    hero_text: str
    hero_shortcuts: list[tuple[str, str]]
    notice: tuple[str, str]               # (heading, text) the "Driftinformation" box
    updated: str = "2024-03-12"

    @property
    def site_name(self) -> str:
        return f"{self.municipality} kommun"

    @classmethod
    def default(cls, **kw) -> SiteContent:
        return default_content(**kw)


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

_TRANS = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u",
                        "Å": "a", "Ä": "a", "Ö": "o", "É": "e", "Ü": "u"})


def slugify(text: str) -> str:
    s = text.translate(_TRANS).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


# first parts of the service-function compounds (longest first)
_PREFIXES = ("medborgarservice", "medborgar", "kontakt", "service", "invånar",
             "kommun", "kund")


def _split_compound(word: str) -> tuple[str, str]:
    low = word.lower()
    for p in _PREFIXES:
        if low.startswith(p) and len(low) - len(p) >= 3:
            return word[:len(p)], word[len(p):]
    return word, ""


def _definite(name: str) -> str | None:
    """Definite form of a one-word unit name (kontaktcenter -> kontaktcentret)."""
    if " " in name:
        return None
    low = name.lower()
    for end, rep in (("centrum", "centrumet"), ("center", "centret"),
                     ("tjänst", "tjänsten"), ("kontor", "kontoret"),
                     ("service", "servicen")):
        if low.endswith(end):
            return low[: -len(end)] + rep
    return None


def _running(name: str) -> str:
    """The unit's name as written inside running text."""
    return name.lower() if " " not in name else name


def _h(s: str, n: int = 6) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


def _p(section: str, title: str) -> str:
    return f"/{section}/{slugify(title)}" if section else f"/{slugify(title)}"


# --------------------------------------------------------------------------
# default content
# --------------------------------------------------------------------------

_MENU = [
    ("Barn och utbildning", ["Förskola", "Grundskola", "Fritidshem", "Gymnasieskola",
                             "Vuxenutbildning", "Skolskjuts", "Elevhälsa", "Skolmat"]),
    ("Omsorg och stöd", ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning",
                         "Individ- och familjeomsorg", "Ekonomiskt bistånd", "Färdtjänst",
                         "Anhörigstöd", "Våld i nära relationer"]),
    ("Bygga, bo och miljö", ["Bygglov", "Detaljplaner", "Kartor och mätning",
                             "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa",
                             "Energi- och klimatrådgivning", "Bostäder", "Lantmäteri"]),
    ("Trafik och infrastruktur", ["Gator och vägar", "Parkering", "Kollektivtrafik",
                                  "Gång- och cykelvägar", "Snöröjning", "Trafiksäkerhet"]),
    ("Kultur och fritid", ["Bibliotek", "Idrott och motion", "Föreningsliv", "Kulturskolan",
                           "Badhus", "Evenemang", "Natur och friluftsliv", "Fritidsgårdar"]),
    ("Näringsliv och arbete", ["Starta företag", "Upphandling", "Tillstånd",
                               "Lediga jobb", "Etablera dig", "Mark och lokaler", "Praktik"]),
    ("Kommun och politik", ["Kommunfullmäktige", "Kommunstyrelsen", "Nämnder",
                            "Organisation", "Ekonomi och budget", "Styrdokument", "Val",
                            "Allmänna handlingar", "Synpunkter och klagomål",
                            "Kommunfakta"]),
]

# menu items that have pages (the rest are meant to 404, in every family)
_WITH_PAGES = {"Förskola", "Grundskola", "Äldreomsorg", "Bygglov", "Avfall och återvinning",
               "Parkering", "Bibliotek", "Evenemang", "Lediga jobb", "Organisation",
               "Kommunfullmäktige", "Synpunkter och klagomål"}


def default_content(municipality: str = "Lindås", unit_name: str = "Kontaktcenter",
                    entrance: Entrance = "header") -> SiteContent:
    m = municipality
    dom = slugify(m) + ".se"
    site = f"{m} kommun"
    uname = unit_name
    upath = "/" + slugify(uname)
    urun = _running(uname)
    udef = _definite(uname)
    switch, switch_href = "0123-45 67 00", "tel:+46123456700"

    menu = []
    for title, items in _MENU:
        ap = _p("", title)
        menu.append(MenuArea(title, ap, [MenuItem(i, f"{ap}/{slugify(i)}", i in _WITH_PAGES)
                                         for i in items]))

    def mpath(title: str) -> str:
        for a in menu:
            for it in a.items:
                if it.title == title:
                    return it.path
        raise KeyError(title)

    staff = (f"Hos {udef} arbetar tio kommunvägledare som tar emot dina frågor."
             if udef else f"Hos {uname} arbetar tio kommunvägledare som tar emot dina frågor.")
    unit = UnitInfo(
        name=uname, path=upath,
        intro=(f"{site}s {urun} är din väg in till kommunen när du är invånare, "
               f"företagare eller besökare." if " " not in uname else
               f"{uname} är {site}s väg in för dig som är invånare, företagare eller besökare."),
        what="Vi svarar på frågor om bygglov, förskola och skola, avfall och återvinning, "
             "parkering och äldreomsorg, och hjälper dig med kommunens e-tjänster. "
             "Kan vi inte svara direkt ser vi till att du kommer rätt.",
        matters=["Bygglov och detaljplaner", "Förskola och skola", "Avfall och återvinning",
                 "Parkering och gator", "Äldreomsorg och hemtjänst", "E-tjänster och blanketter"],
        staff_line=staff,
        phone=switch, phone_href=switch_href,
        email=f"{slugify(uname)}@{dom}",
        hours=[("Måndag–torsdag", "08.00–16.30"), ("Fredag", "08.00–15.00"),
               ("Lunchstängt", "12.00–12.30")],
        visiting_address=f"Storgatan 1, {m}",
        teaser="Ring, mejla eller besök oss i kommunhuset.",
    )
    responsible = f"Enhetschef för {urun}: Lena Ek"

    news = [
        NewsItem("Ny förskola invigs i Norrby", "/nyheter/ny-forskola-invigs-i-norrby",
                 "2024-03-08", "Förskolan Ekorren öppnar i augusti med plats för 120 barn.",
                 ["Förskolan Ekorren i Norrby öppnar i augusti med sex avdelningar och plats "
                  "för 120 barn.",
                  "Ansökan görs i e-tjänsten för [förskola](" + mpath("Förskola") + ")."]),
        NewsItem("Budget för 2025 antagen", "/nyheter/budget-for-2025-antagen", "2024-03-01",
                 "Kommunfullmäktige har antagit budgeten för nästa år.",
                 ["Kommunfullmäktige antog budgeten på sitt möte i februari. Skolan och "
                  "äldreomsorgen får mest av ökningen.",
                  "Protokollet finns under [Kommunfullmäktige](" + mpath("Kommunfullmäktige")
                  + ")."]),
        NewsItem("Sommarjobb för unga – sök nu", "/nyheter/sommarjobb-for-unga-sok-nu",
                 "2024-02-20", "Är du född 2006 eller 2007? Sök sommarjobb senast den 31 mars.",
                 ["Kommunen erbjuder sommarjobb inom bland annat äldreomsorg, parker och "
                  "fritidsgårdar.", "Läs mer under [Lediga jobb](" + mpath("Lediga jobb") + ")."]),
        NewsItem("Vattenavstängning på Storgatan", "/nyheter/vattenavstangning-pa-storgatan",
                 "2024-02-14", "Vattnet stängs av natten mot torsdag på grund av ledningsarbete.",
                 ["Vattnet stängs av mellan klockan 22 och 05. Berörda hushåll har fått brev."]),
    ]
    unit_news = NewsItem(
        f"{uname} har längre öppettider i december",
        f"/nyheter/{slugify(uname)}-har-langre-oppettider-i-december", "2024-03-10",
        "Under december svarar vi i telefon till klockan 18 på vardagar.",
        ["Under december har vi öppet längre på vardagar, till klockan 18.",
         f"Läs mer om [{uname}]({upath})."])
    events = [
        EventItem("Vårkonsert med kulturskolan", mpath("Evenemang"), "2024-04-12", "Folkets hus"),
        EventItem("Sagostund för de yngsta", mpath("Evenemang"), "2024-04-15", "Stadsbiblioteket"),
        EventItem("Öppet möte om nya parken", mpath("Evenemang"), "2024-04-22", "Kommunhuset"),
        EventItem("Loppmarknad på torget", mpath("Evenemang"), "2024-04-27", "Stora torget"),
        EventItem("Valborgsfirande vid sjön", mpath("Evenemang"), "2024-04-30", "Badplatsen Näset"),
    ]
    footer = FooterFacts(
        postal_address=f"{site}, 123 80 {m}", visiting_address=f"Storgatan 1, {m}",
        switchboard=switch, switchboard_href=switch_href, email=f"kommun@{dom}",
        org_nr="212000-1234")

    org = mpath("Organisation")
    pages = [
        TextPage("/kontakta-oss", "Kontakta oss", [
            ("p", f"Här hittar du olika sätt att kontakta {site}."),
            ("p", f"Har du frågor om kommunens verksamheter kan du vända dig till "
                  f"[kommunens {urun}]({upath})."),
            ("h2", "Växel och e-post"),
            ("kv", [("Växel", f"[{switch}]({switch_href})"),
                    ("E-post", f"[kommun@{dom}](mailto:kommun@{dom})"),
                    ("Postadress", f"{site}, 123 80 {m}")]),
            ("h2", "Synpunkter"),
            ("p", "Lämna gärna [synpunkter och klagomål]("
                  + mpath("Synpunkter och klagomål") + ") på kommunens verksamheter."),
            ("h2", "Press"),
            ("p", "Presskontakt: kommunikationschef Anna Svensson, 0123-45 67 10."),
        ], hidden_names=True),
        TextPage(org, "Organisation", [
            ("p", f"{site} leds av kommunfullmäktige. Förvaltningarna arbetar på uppdrag av "
                  "kommunstyrelsen och nämnderna."),
            ("h2", "Kommunledningsförvaltningen"),
            ("p", "Kommundirektör: Karin Holm"),
            ("ul", [f"[{uname}]({upath})", "Ekonomienheten", "HR-enheten",
                    "Kommunikationsenheten"]),
            ("h2", "Barn- och utbildningsförvaltningen"),
            ("p", "Förvaltningschef: Per Lind"),
            ("h2", "Samhällsbyggnadsförvaltningen"),
            ("p", "Förvaltningschef: Maria Berg"),
        ], hidden_names=True),
        TextPage("/kommun-och-politik", "Kommun och politik", [
            ("p", f"Här hittar du information om hur {site} styrs, om politiken och om "
                  "kommunens organisation och ekonomi."),
        ], hidden_names=True),
        TextPage(mpath("Förskola"), "Förskola", [
            ("p", "Förskolan är till för barn från ett års ålder. Du ansöker om plats i "
                  "e-tjänsten senast fyra månader innan du behöver platsen."),
            ("h2", "Avgifter"),
            ("p", "Avgiften beror på hushållets inkomst och hur många barn du har i förskola."),
        ]),
        TextPage(mpath("Bygglov"), "Bygglov", [
            ("p", "Du behöver bygglov för att bygga nytt, bygga till eller ändra användningen "
                  "av en byggnad."),
            ("ul", ["Nybyggnad", "Tillbyggnad", "Ändrad användning"]),
        ]),
        TextPage(mpath("Avfall och återvinning"), "Avfall och återvinning", [
            ("p", "Hushållsavfallet hämtas varannan vecka. Återvinningscentralen på Industrivägen "
                  "har öppet alla vardagar."),
        ]),
    ]
    return SiteContent(
        municipality=m, unit=unit, entrance=entrance, responsible=responsible, menu=menu,
        news=news, unit_news=unit_news, events=events, footer=footer, pages=pages,
        topbar_links=[("Kontakta oss", "/kontakta-oss"), ("Lättläst", "/lattlast"),
                      ("Other languages", "/other-languages")],
        header_links=[("E-tjänster", "/e-tjanster"), ("Jobba hos oss", "/jobba-hos-oss")],
        footer_links=[("Om webbplatsen", "/om-webbplatsen"),
                      ("Tillgänglighetsredogörelse", "/tillganglighetsredogorelse"),
                      ("Kakor (cookies)", "/kakor"),
                      ("Behandling av personuppgifter", "/personuppgifter")],
        hero_heading=f"Välkommen till {site}",
        hero_text=f"{m} är en kommun med närhet till både skog, sjö och stad.",
        hero_shortcuts=[("Lediga jobb", mpath("Lediga jobb")), ("Förskola", mpath("Förskola")),
                        ("Bygglov", mpath("Bygglov")),
                        ("Avfall och återvinning", mpath("Avfall och återvinning"))],
        notice=("Driftinformation", "Inga störningar i vatten eller avlopp just nu."),
    )


# --------------------------------------------------------------------------
# relations (each returns a new SiteContent; the input is not changed)
# --------------------------------------------------------------------------

def _deep_map(obj, fn):
    if isinstance(obj, str):
        return fn(obj)
    if isinstance(obj, list):
        return [_deep_map(x, fn) for x in obj]
    if isinstance(obj, tuple):
        return tuple(_deep_map(x, fn) for x in obj)
    if isinstance(obj, dict):
        return {_deep_map(k, fn): _deep_map(v, fn) for k, v in obj.items()}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return replace(obj, **{f.name: _deep_map(getattr(obj, f.name), fn)
                               for f in dataclasses.fields(obj)})
    return obj


def rename_municipality(content: SiteContent, new_name: str) -> SiteContent:
    """Every occurrence of the municipality's name, in every text, title, e-mail
    domain and path, becomes *new_name* (its slug where the slug was used).
    The municipality's name never stands in the genitive in the default texts
    (``Lindås kommuns`` is the genitive of *kommun*), so nothing reads wrong."""
    old, old_slug, new_slug = content.municipality, slugify(content.municipality), slugify(new_name)
    entr = content.entrance

    def fn(s: str) -> str:
        if s == entr:       # the Literal field is no text
            return s
        s = s.replace(old, new_name)
        return re.sub(rf"(?<![a-z0-9]){re.escape(old_slug)}(?![a-z0-9])", new_slug, s)

    out = _deep_map(content, fn)
    return replace(out, entrance=entr)


def move_entrance(content: SiteContent, to: Entrance = "footer") -> SiteContent:
    if to not in ENTRANCES:
        raise ValueError(f"unknown entrance {to!r}")
    return replace(content, entrance=to)


def remove_unit(content: SiteContent) -> SiteContent:
    """The site without any service function: no unit page, no entrance, and no
    page text or link that names the unit (expected score 0 by the rubric)."""
    if content.unit is None:
        return content
    u = content.unit
    key = u.name.lower()
    drop = lambda s: (f"]({u.path})" in s) or (key in s.lower())   # noqa: E731

    def clean(blocks):
        out = []
        for b in blocks:
            if b[0] == "ul":
                items = [x for x in b[1] if not drop(x)]
                if items:
                    out.append(("ul", items))
            elif b[0] == "kv":
                out.append(("kv", [kv for kv in b[1] if not drop(kv[1])]))
            elif b[0] in ("p", "h2") and drop(b[1]):
                continue
            else:
                out.append(b)
        return out

    pages = [replace(p, blocks=clean(p.blocks)) for p in content.pages]
    return replace(content, unit=None, entrance="none", responsible="", unit_news=None,
                   pages=pages)


def without_what(content: SiteContent) -> SiteContent:
    """The unit page offers help but names no matter (d -> 0)."""
    assert content.unit is not None
    u = replace(content.unit, what="Vi finns här för dig. Hör av dig om du undrar något.",
                matters=[])
    return replace(content, unit=u)


def with_channels(content: SiteContent, channels: tuple[str, ...] = ("phone",)) -> SiteContent:
    """Keep only these channels on the unit page (one channel: d -> 0)."""
    assert content.unit is not None
    return replace(content, unit=replace(content.unit, channels=tuple(channels)))


def without_responsible(content: SiteContent) -> SiteContent:
    """Nobody leads the unit on the site (e -> 0)."""
    return replace(content, responsible="")


def expected_scores(content: SiteContent) -> dict[str, int]:
    """The rubric's expected a-e for content built by this module (see README)."""
    u = content.unit
    if u is None:
        return dict(a=0, b=0, c=0, d=0, e=0)
    a = 1
    b = int(content.entrance != "none")
    c = int(content.entrance in ("header", "topbar", "nav_top", "hero"))
    what = bool(u.matters) or any(w in u.what for w in ("frågor om", "hjälpa dig med"))
    d = int(what and len(set(u.channels) & {"phone", "email", "hours", "address"}) >= 2)
    e = int(bool(content.responsible))
    return dict(a=a, b=b, c=c, d=d, e=e)


# --------------------------------------------------------------------------
# text variants of the unit's name
# --------------------------------------------------------------------------

class _Variant:
    def __init__(self, content: SiteContent, kind: str):
        if kind not in TEXT_VARIANTS:
            raise ValueError(f"unknown text_variant {kind!r}")
        self.kind = kind
        self.rx = None
        u = content.unit
        if u is None or kind == "plain":
            return
        words = u.name.split()
        if len(words) == 1:
            a, b = _split_compound(words[0])
            if b:
                stem = b[:-2] if len(b) >= 5 else b
                core = f"(?P<a>{re.escape(a)})(?P<b>{re.escape(stem)}\\w*)"
            else:
                core = f"(?P<a>{re.escape(a)})(?P<b>\\w*)"
        else:
            core = (f"(?P<a>{re.escape(words[0])})(?P<b>"
                    + "".join(f"\\s+{re.escape(w)}" for w in words[1:]) + "\\w*)")
        qual = f"(?P<q>(?:kommunens|{re.escape(content.municipality)}\\s+kommuns|vårt|ert)\\s+)?"
        self.rx = re.compile(f"(?<![\\w@.\\-]){qual}{core}(?![\\w.\\-]*@)", re.I)

    def __call__(self, escaped: str) -> str:
        if self.rx is None:
            return escaped
        seed = zlib.crc32(escaped.encode("utf-8"))
        count = [0]

        def sub(m: re.Match) -> str:
            q = m.group("q") or ""
            a, b = m.group("a"), m.group("b")
            name = a + b
            i = count[0]
            count[0] += 1
            if self.kind == "soft_hyphen":
                if b and not b[0].isspace():
                    return q + a + "&shy;" + b
                longest = max(name.split(), key=len)
                k = len(longest) // 2
                return q + name.replace(longest, longest[:k] + "&shy;" + longest[k:], 1)
            if self.kind == "nbsp":
                return re.sub(r"\s+", "&nbsp;", q + name)
            # odd_case: alternate UPPER and camelCase, order-independently
            if (seed + i) % 2 == 0:
                return q + name.upper()
            if b and not b[0].isspace():
                return q + a.lower() + b[:1].upper() + b[1:].lower()
            first, _, rest = name.partition(" ")
            return q + first.lower() + " " + rest.upper()

        return self.rx.sub(sub, escaped)


# --------------------------------------------------------------------------
# the site: chrome shared by all pages, and the page specs
# --------------------------------------------------------------------------

SKIP = "Gå direkt till innehållet"
LISTEN = "Lyssna"
SEARCH_LABEL = "Sök på webbplatsen"
SEARCH_BUTTON = "Sök"
SEARCH_PLACEHOLDER = "Vad letar du efter?"
MENU_BUTTON = "Meny"
HOME = "Startsida"
COOKIE_TEXT = "Vi använder kakor (cookies) för att webbplatsen ska fungera så bra som möjligt."
COOKIE_MORE = "Läs mer om kakor"
COOKIE_YES = "Godkänn alla"
COOKIE_NO = "Bara nödvändiga"
NEWS_HEADING = "Nyheter"
NEWS_MORE = "Fler nyheter"
EVENTS_HEADING = "Evenemang"
SHORTCUTS_LABEL = "Genvägar"
PAGE_OWNER = "Sidansvarig: Webbredaktionen"


@dataclass
class _Spec:
    path: str
    title: str
    front: bool = False
    blocks: list = field(default_factory=list)   # main blocks (see _Renderer.block)
    crumbs: list = field(default_factory=list)   # [(text, path)] before the current page
    hidden: bool = False


class _Site:
    def __init__(self, c: SiteContent, slash: str, hidden: bool, variant: str,
                 hidden_kinds: tuple[str, ...]):
        if slash not in SLASH_FORMS:
            raise ValueError(f"unknown slash form {slash!r}")
        self.c = c
        self.slash = slash
        self.hidden = hidden
        self.hidden_kinds = tuple(hidden_kinds)
        self.t_variant = _Variant(c, variant)
        u = c.unit
        entr = c.entrance if u is not None else "none"
        self.entrance = entr
        ulink = (u.name, u.path) if u is not None else None
        self.topbar = list(c.topbar_links) + ([ulink] if entr == "topbar" else [])
        self.header_links = list(c.header_links) + ([ulink] if entr == "header" else [])
        self.tops = [(a.title, a.path) for a in c.menu] + ([ulink] if entr == "nav_top" else [])
        self.tree = []
        for a in c.menu:
            subs = [(i.title, i.path) for i in a.items]
            if entr in ("nav_sub", "drawer_sub") and a.path == u.area:
                subs.insert(0, ulink)
            self.tree.append(((a.title, a.path), subs))
        f = c.footer
        contact = [f"Växel: [{f.switchboard}]({f.switchboard_href})",
                   f"E-post: [{f.email}](mailto:{f.email})", f"Org.nr: {f.org_nr}"]
        if entr == "footer":
            contact.append(f"[{u.name}]({u.path})")
        self.footer_cols = [
            (c.site_name, [f"Postadress: {f.postal_address}",
                           f"Besöksadress: {f.visiting_address}"]),
            ("Kontakt", contact),
            ("Om webbplatsen", [f"[{t}]({p})" for t, p in c.footer_links]),
        ]
        self.copyright = f"© {c.site_name} 2024"

    def tree_style(self, family_default: str) -> str:
        if self.entrance == "drawer_sub":
            return "drawer"
        if self.entrance == "nav_sub":
            return "mega"
        return family_default

    def t(self, s: str) -> str:
        return self.t_variant(html.escape(s, quote=False))

    def ta(self, s: str) -> str:   # attribute value (no entities from the variant)
        return html.escape(s, quote=True)

    # ---- pages --------------------------------------------------------------
    def specs(self) -> list[_Spec]:
        c, u = self.c, self.c.unit
        out: list[_Spec] = []
        news_items = list(c.news)
        if self.entrance == "news" and c.unit_news is not None:
            news_items = [c.unit_news, *news_items]
        self.front_news = news_items[:4]
        fb: list = [("hero", c.hero_heading, c.hero_text, c.hero_shortcuts,
                     (u.name, u.path, u.teaser) if self.entrance == "hero" else None),
                    ("news", NEWS_HEADING, [(n.title, n.path, n.date, n.summary)
                                            for n in self.front_news], (NEWS_MORE, "/nyheter")),
                    ("events", EVENTS_HEADING, [(e.title, e.path, e.date, e.place)
                                                for e in c.events]),
                    ("notice", c.notice[0], c.notice[1])]
        out.append(_Spec("/", c.site_name, front=True, blocks=fb, hidden=True))
        if u is not None:
            out.append(self.unit_spec())
        have = set()
        for p in c.pages:
            out.append(self.text_spec(p))
            have.add(p.path)
        for a in c.menu:
            if a.path not in have:
                out.append(_Spec(a.path, a.title, blocks=[
                    ("p", f"Här hittar du information om {a.title.lower()} i {c.site_name}.")],
                    crumbs=[(HOME, "/")], hidden=True))
                have.add(a.path)
            # every area page lists its sub-pages
            for s in out:
                if s.path == a.path:
                    s.blocks = [*s.blocks, ("ul", [f"[{i.title}]({i.path})" for i in a.items])]
            for i in a.items:
                if i.has_page and i.path not in have:
                    out.append(_Spec(i.path, i.title, blocks=[
                        ("p", f"Här hittar du information om {i.title.lower()} i "
                              f"{c.site_name}."),
                        ("p", f"Har du frågor kan du ringa växeln på {c.footer.switchboard}.")],
                        crumbs=[(HOME, "/"), (a.title, a.path)]))
                    have.add(i.path)
        all_news = news_items
        out.append(_Spec("/nyheter", NEWS_HEADING, blocks=[
            ("ul", [f"[{n.title}]({n.path}) {n.date}" for n in all_news])],
            crumbs=[(HOME, "/")]))
        for n in all_news:
            out.append(_Spec(n.path, n.title, blocks=[("p", f"Publicerad {n.date}"),
                                                      ("p", n.summary)]
                             + [("p", x) for x in n.body],
                             crumbs=[(HOME, "/"), (NEWS_HEADING, "/nyheter")]))
        out.append(_Spec("/sok", SEARCH_BUTTON, blocks=[
            ("p", "Skriv ett eller flera sökord i sökrutan överst på sidan.")],
            crumbs=[(HOME, "/")]))
        have |= {s.path for s in out}
        # chrome links without a page of their own get a plain page
        chrome = (self.topbar + self.header_links + list(c.footer_links) + list(c.hero_shortcuts)
                  + [(e.title, e.path) for e in c.events])
        for title, path in chrome:
            if path not in have and path.startswith("/"):
                out.append(_Spec(path, title, blocks=[
                    ("p", f"Den här sidan handlar om {title.lower()}."),
                    ("p", f"Kontakta växeln på {c.footer.switchboard} om du har frågor.")],
                    crumbs=[(HOME, "/")]))
                have.add(path)
        for s in out:   # inner pages repeat the site-wide chrome; areas etc. get crumbs
            if not s.front and not s.crumbs:
                s.crumbs = self.crumbs_for(s.path)
        return out

    def crumbs_for(self, path: str) -> list:
        cr = [(HOME, "/")]
        parts = path.strip("/").split("/")
        if len(parts) > 1:
            for a in self.c.menu:
                if a.path == "/" + parts[0]:
                    cr.append((a.title, a.path))
        return cr

    def text_spec(self, p: TextPage) -> _Spec:
        return _Spec(p.path, p.title, blocks=list(p.blocks), hidden=p.hidden_names)

    def unit_spec(self) -> _Spec:
        u, c = self.c.unit, self.c
        blocks: list = [("p", u.intro)]
        if u.what:
            blocks.append(("p", u.what))
        if u.matters:
            blocks += [("h2", "Det här kan vi hjälpa dig med"), ("ul", list(u.matters))]
        blocks.append(("p", u.staff_line))
        kv = []
        if "phone" in u.channels:
            kv.append(("Telefon", f"[{u.phone}]({u.phone_href})"))
        if "email" in u.channels:
            kv.append(("E-post", f"[{u.email}](mailto:{u.email})"))
        if "address" in u.channels:
            kv.append(("Besöksadress", u.visiting_address))
        blocks.append(("h2", "Så når du oss"))
        if kv:
            blocks.append(("kv", kv))
        if "hours" in u.channels:
            blocks.append(("hours", "Öppettider och telefontider", list(u.hours)))
        org = next((i.path for a in c.menu for i in a.items if i.title == "Organisation"), None)
        if c.responsible:
            blocks += [("h2", "Ansvarig"), ("p", c.responsible)]
        if org:
            blocks.append(("p", f"Läs mer om [kommunens organisation]({org})."))
        return _Spec(u.path, u.name, blocks=blocks)


# --------------------------------------------------------------------------
# renderers (one per family)
# --------------------------------------------------------------------------

_CHEVRON = ('<svg class="chev" aria-hidden="true" focusable="false" viewBox="0 0 16 16" '
            'width="12" height="12"><path d="M3.2 5.6 8 10.4l4.8-4.8-1.1-1.1L8 8.2 4.3 4.5z"/>'
            '</svg>')
_INLINE = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


class _Renderer:
    family = "base"
    title_sep = " - "
    tree_default = "mega"

    def __init__(self, site: _Site, spec: _Spec):
        self.s = site
        self.spec = spec
        self.n_links = 0
        self.style = site.tree_style(self.tree_default)
        self.hide = site.hidden and spec.hidden

    # ---- helpers ------------------------------------------------------------
    def t(self, s: str) -> str:
        return self.s.t(s)

    def ta(self, s: str) -> str:
        return self.s.ta(s)

    def href(self, path: str) -> str:
        if not path.startswith("/") or path == "/":
            return path
        path, frag = ([*path.split("#", 1), ""])[:2]
        form = self.s.slash
        if form == "both":
            form = "slash" if self.n_links % 2 == 0 else "noslash"
            self.n_links += 1
        out = path + "/" if form == "slash" else path
        return out + ("#" + frag if frag else "")

    def a(self, path: str, inner: str, cls: str | None = None, extra: str = "") -> str:
        c = f' class="{cls}"' if cls else ""
        return f'<a href="{self.ta(self.href(path))}"{c}{extra}>{inner}</a>'

    def link(self, item: tuple[str, str], cls: str | None = None, extra: str = "") -> str:
        return self.a(item[1], self.t(item[0]), cls, extra)

    def toplink(self, item: tuple[str, str], cls: str | None = None, extra: str = "") -> str:
        """A top-level menu item: its text and a chevron icon (no text)."""
        return self.a(item[1], self.t(item[0]) + _CHEVRON, cls, extra)

    def inline(self, s: str, cls: str | None = None) -> str:
        out, pos = [], 0
        for m in _INLINE.finditer(s):
            out.append(self.t(s[pos:m.start()]))
            out.append(self.a(m.group(2), self.t(m.group(1)), cls))
            pos = m.end()
        out.append(self.t(s[pos:]))
        return "".join(out)

    def sid(self, *parts: str) -> str:
        return _h("|".join((self.family, self.spec.path, *parts)))

    def page_title(self) -> str:
        if self.spec.front:
            return self.t(self.s.c.site_name)
        return self.t(self.spec.title) + self.ta(self.title_sep) + self.t(self.s.c.site_name)

    # ---- hidden metadata (never visible, never a link) ----------------------
    def _words(self) -> list[str]:
        u = self.s.c.unit
        first = u.name if u is not None else "Kontaktcenter"
        return [first, "kundtjänst", "servicecenter", "medborgarkontor"]

    def has(self, kind: str) -> bool:
        return self.hide and kind in self.s.hidden_kinds

    def head_meta(self) -> str:
        c = self.s.c
        desc = f"{c.site_name}s officiella webbplats."
        out = []
        if self.has("meta"):
            w = self._words()
            desc += f" Kontakta vårt {w[0].lower()} – kommunens {w[1]} och {w[2]}."
            out.append(f'<meta name="keywords" content="{self.ta(", ".join(w))}">')
        out.insert(0, f'<meta name="description" content="{self.ta(desc)}">')
        if self.has("jsonld"):
            w = self._words()
            data = {"@context": "https://schema.org", "@type": "GovernmentOrganization",
                    "name": c.site_name, "telephone": c.footer.switchboard,
                    "department": [{"@type": "GovernmentOffice", "name": w[0],
                                    "alternateName": w[1:]}]}
            out.append('<script type="application/ld+json">'
                       + json.dumps(data, ensure_ascii=False) + "</script>")
        if self.has("script"):
            w = self._words()
            out.append("<script>window.siteConfig = {chatLabel: " + json.dumps(w[0],
                       ensure_ascii=False) + ", searchHints: " + json.dumps(w[1:],
                       ensure_ascii=False) + "};</script>")
        return "".join(out)

    def hidden_comment(self) -> str:
        if not self.has("comment"):
            return ""
        w = self._words()
        return f"<!-- TODO: länk till {w[0]} ({', '.join(w[1:])}) tillbaka i sidhuvudet -->"

    def hidden_body(self) -> str:
        out = []
        w = self._words()
        if self.has("template"):
            out.append(f"<template id=\"tpl-{self.sid('tpl')}\"><div class=\"chat-prompt\">"
                       f"Chatta med {html.escape(w[0].lower())} – vår {w[1]}</div></template>")
        if self.has("display_none"):
            out.append(self.hidden_element(f"Frågor till {w[0].lower()}, {w[1]}, {w[2]} "
                                           f"eller {w[3]}? Ring växeln."))
        return "".join(out)

    def hidden_element(self, text: str) -> str:
        return f'<div class="chat-teaser" hidden>{html.escape(text)}</div>'

    # ---- main blocks ----------------------------------------------------------
    def main_inner(self) -> str:
        sp = self.spec
        out = []
        if not sp.front:
            out.append(self.crumbs(sp.crumbs, sp.title))
            out.append(self.h1(sp.title))
        for b in sp.blocks:
            out.append(getattr(self, "b_" + b[0])(*b[1:]))
        if not sp.front:
            out.append(self.b_meta([PAGE_OWNER, f"Senast uppdaterad: {self.s.c.updated}"]))
        out.append(self.hidden_body())
        return "".join(out)

    def render(self) -> str:
        raise NotImplementedError


# ---- landmarks ----------------------------------------------------------------

_CSS_BASE = """
*{box-sizing:border-box}body{margin:0;font-family:Arial,Helvetica,sans-serif;color:#1b1b1b;
line-height:1.5}a{color:#00529b}a:hover,a:focus{text-decoration:underline}img{max-width:100%}
.wrap{max-width:1200px;margin:0 auto;padding:0 16px}
"""

_CSS_EXTRA = """
@media (max-width:960px){.wrap{padding:0 12px}.site-header__inner,.b2{flex-wrap:wrap}
.site-search,.b2b{order:3;width:100%}.main-nav__top,.k1{display:none}.news,.w2{display:block}
.site-footer__cols{grid-template-columns:1fr}.mega{grid-template-columns:1fr 1fr}}
@media (max-width:600px){h1,.t1{font-size:1.75rem}h2,.t2{font-size:1.3rem}.shortcuts li,.x9{
width:100%}.cookie button,.zz9 .b0{display:block;width:100%;margin:6px 0}}
@media print{.topbar,.a1,.main-nav,.k1,.k9,.mega,.drawer,.site-search,.b2b,.cookie,.zz9,
.site-footer,.f0{display:none!important}body{font-size:12pt;color:#000}a{color:#000;
text-decoration:underline}a[href^="http"]:after{content:" (" attr(href) ")"}}
button{font:inherit;cursor:pointer;border:2px solid #00529b;background:#fff;color:#00529b;
border-radius:4px;padding:6px 14px}button:hover,button:focus{background:#00529b;color:#fff}
:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}input[type=search],input[type=text]{
font:inherit;border:2px solid #5a5a5a;border-radius:4px;padding:8px 10px}
h1,h2,h3,.t1,.t2,.t3{font-family:Georgia,"Times New Roman",serif;line-height:1.2;color:#00315f}
table{border-collapse:collapse}th,td{text-align:left;vertical-align:top;padding:4px 12px 4px 0}
.notice,.o1{border-left:6px solid #ffbf47;background:#fff8e5;padding:12px 16px;margin:24px 0}
.page-meta,.m1{margin-top:48px;border-top:1px solid #ddd;padding-top:12px;font-size:.875rem;
color:#5a5a5a}.breadcrumbs,.y1{font-size:.875rem;margin:12px 0 24px}.hero__card,.x6{
background:#fff;border:2px solid #00529b;border-radius:8px;padding:16px;margin-top:16px;
max-width:420px}.news article,.w2 td{background:#fff;border:1px solid #ddd;border-radius:6px;
padding:16px}.news time,.w3{display:block;font-size:.8rem;color:#5a5a5a;margin:4px 0}
.icon{width:24px;height:24px;vertical-align:middle;margin-right:8px;fill:currentColor}
.chev{width:12px;height:12px;margin-left:6px;vertical-align:middle;fill:currentColor;
transition:transform .2s ease-in-out}[aria-expanded=true] .chev{transform:rotate(180deg)}
.site-logo,.lg{display:inline-flex;align-items:center;gap:10px;text-decoration:none}
.site-logo__name,.n1{font-family:Georgia,serif;font-size:1.5rem;color:#00315f}
.shortcuts a,.x9 a{display:flex;align-items:center;min-height:56px;padding:12px 16px;
background:#fff;border:1px solid #c8d6e3;border-radius:6px;font-weight:700;text-decoration:
none}.shortcuts a:hover,.x9 a:hover{border-color:#00529b;box-shadow:0 2px 6px rgba(0,0,0,.15)}
.mega__col a,.k7 a{display:block;padding:4px 0;text-decoration:none}.mega__col a:hover,
.k7 a:hover{text-decoration:underline}.mega__title,.k5{font-weight:700;font-size:1.05rem;
border-bottom:2px solid #00529b;margin-bottom:8px}.drawer__list,.drawer__list ul{list-style:
none;margin:0;padding:0 0 0 16px}.drawer__list>li>a{font-weight:700}
.site-footer h2,.t3{font-size:1.1rem;color:#fff}.site-footer ul{list-style:none;padding:0}
.copy,.f9{border-top:1px solid #444;margin-top:24px;padding-top:16px;font-size:.875rem}
dl.contact,.p2{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}
dl.contact dt,.p2 b{font-weight:700}dl.contact dd{margin:0}caption{text-align:left;
font-weight:700;padding-bottom:6px}.hours th,.hours td{border-bottom:1px solid #ddd}
.skip-link:focus,.q0 a:focus{background:#ffbf47;color:#000;padding:8px 16px;z-index:1000}
@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important}}
@media (min-width:1400px){.wrap{max-width:1320px}.news{grid-template-columns:repeat(4,1fr)}}
"""

_ICON = ('<svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" '
         'height="24"><path d="M12 2a10 10 0 1 0 10 10A10 10 0 0 0 12 2zm0 18a8 8 0 1 1 8-8 8 8 0 0 '
         '1-8 8zm1-13h-2v6l5.2 3.2 1-1.6-4.2-2.5z"/></svg>')


class Landmarks(_Renderer):
    family = "landmarks"
    css = _CSS_BASE + _CSS_EXTRA + """
.skip-link{position:absolute;left:-999px}.skip-link:focus{left:8px;top:8px}
.topbar{background:#00315f;color:#fff;font-size:.875rem}.topbar ul{display:flex;gap:16px;
justify-content:flex-end;list-style:none;margin:0;padding:6px 16px}.topbar a{color:#fff}
.site-header__inner{display:flex;align-items:center;gap:24px;padding:16px}
.site-search{flex:1;display:flex;gap:8px}.site-search input{flex:1;padding:8px}
.site-header__links{display:flex;gap:16px;list-style:none;margin:0;padding:0}
.main-nav{background:#e8f0f7}.main-nav__top{display:flex;gap:4px;list-style:none;margin:0;
padding:0 16px}.main-nav__top a{display:block;padding:12px 14px;font-weight:700}
.mega{display:none;grid-template-columns:repeat(4,1fr);gap:24px;padding:24px}
.main-nav:hover .mega,.main-nav:focus-within .mega{display:grid}.mega ul{list-style:none;padding:0}
.drawer{position:fixed;top:0;right:0;bottom:0;width:360px;background:#fff;overflow:auto}
.drawer[aria-hidden=true]{display:none}main{padding:24px 16px}.hero{background:#f3f6f9;
padding:32px}.shortcuts{display:flex;flex-wrap:wrap;gap:12px;list-style:none;padding:0}
.news{display:grid;grid-template-columns:repeat(4,1fr);gap:16px;list-style:none;padding:0}
.site-footer{background:#1b1b1b;color:#fff;padding:32px 16px}.site-footer a{color:#fff}
.site-footer__cols{display:grid;grid-template-columns:repeat(3,1fr);gap:24px}
.cookie{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:2px solid #00315f;
padding:16px}.breadcrumbs ol{display:flex;gap:8px;list-style:none;padding:0}
"""

    def render(self) -> str:
        s = self.s
        return "".join([
            '<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f"<title>{self.page_title()}</title>\n", self.head_meta(),
            f'<link rel="icon" href="/logo.svg">\n<style>{self.css}</style>\n</head>\n',
            '<body>\n', self.hidden_comment(),
            f'<a class="skip-link" href="#main">{self.t(SKIP)}</a>\n',
            '<header class="site-header">\n<div class="topbar"><ul class="topbar__list">',
            "".join(f"<li>{self.link(x)}</li>" for x in s.topbar),
            f'<li><button type="button" class="topbar__listen">{self.t(LISTEN)}</button></li>'
            '</ul></div>\n<div class="site-header__inner wrap">',
            self.a("/", f'<img src="/logo.svg" alt="" width="160" height="48">'
                        f'<span class="site-logo__name">{self.t(s.c.site_name)}</span>',
                   "site-logo"),
            f'<form class="site-search" role="search" action="{self.href("/sok")}" method="get">'
            f'<label for="q">{self.t(SEARCH_LABEL)}</label><input id="q" name="q" type="search" '
            f'placeholder="{self.ta(SEARCH_PLACEHOLDER)}"><button type="submit">'
            f'{self.t(SEARCH_BUTTON)}</button></form>',
            '<ul class="site-header__links">',
            "".join(f"<li>{self.link(x)}</li>" for x in s.header_links), "</ul>",
            f'<button type="button" class="menu-toggle" aria-expanded="false" '
            f'aria-controls="{"drawer" if self.style == "drawer" else "mega"}">'
            f'{self.t(MENU_BUTTON)}</button></div>\n</header>\n',
            '<nav class="main-nav" aria-label="Huvudmeny">\n<ul class="main-nav__top">',
            "".join("<li>" + self.toplink(x, extra=' aria-haspopup="true"' if i < len(s.tree) else "")
                    + "</li>" for i, x in enumerate(s.tops)), "</ul>\n",
            self.mega() if self.style == "mega" else "", "</nav>\n",
            self.drawer() if self.style == "drawer" else "",
            f'<main id="main" class="wrap">\n{self.main_inner()}</main>\n',
            self.footer(), self.cookie(),
            '<script>document.querySelector(".menu-toggle").addEventListener("click",function(){'
            'var d=document.getElementById(this.getAttribute("aria-controls"));'
            'd.setAttribute("aria-hidden","false");d.hidden=false;});</script>\n',
            "</body>\n</html>\n"])

    def mega(self) -> str:
        cols = []
        for area, subs in self.s.tree:
            cols.append(f'<div class="mega__col">{self.link(area, "mega__title")}<ul>'
                        + "".join(f"<li>{self.link(x)}</li>" for x in subs) + "</ul></div>")
        return f'<div class="mega" id="mega">{"".join(cols)}</div>\n'

    def drawer(self) -> str:
        items = []
        for area, subs in self.s.tree:
            items.append(f"<li>{self.link(area)}<ul>"
                         + "".join(f"<li>{self.link(x)}</li>" for x in subs) + "</ul></li>")
        return ('<div class="drawer" id="drawer" aria-hidden="true" hidden>'
                f'<nav aria-label="Meny"><ul class="drawer__list">{"".join(items)}</ul></nav>'
                "</div>\n")

    def footer(self) -> str:
        cols = []
        for head, lines in self.s.footer_cols:
            cols.append(f"<section><h2>{self.t(head)}</h2><ul>"
                        + "".join(f"<li>{self.inline(x)}</li>" for x in lines)
                        + "</ul></section>")
        return (f'<footer class="site-footer"><div class="site-footer__cols wrap">{"".join(cols)}'
                f'</div><p class="copy wrap">{self.t(self.s.copyright)}</p></footer>\n')

    def cookie(self) -> str:
        return (f'<div class="cookie" role="dialog" aria-label="Kakor"><p>{self.t(COOKIE_TEXT)} '
                f'{self.a("/kakor", self.t(COOKIE_MORE))}</p><button type="button">'
                f'{self.t(COOKIE_YES)}</button><button type="button">{self.t(COOKIE_NO)}'
                "</button></div>\n")

    # blocks
    def crumbs(self, items, current) -> str:
        return ('<nav class="breadcrumbs" aria-label="Du är här"><ol>'
                + "".join(f"<li>{self.link(x)}</li>" for x in items)
                + f'<li aria-current="page">{self.t(current)}</li></ol></nav>\n')

    def h1(self, text) -> str:
        return f"<h1>{self.t(text)}</h1>\n"

    def b_h2(self, text) -> str:
        return f"<h2>{self.t(text)}</h2>\n"

    def b_p(self, text) -> str:
        return f"<p>{self.inline(text)}</p>\n"

    def b_ul(self, items) -> str:
        return "<ul>" + "".join(f"<li>{self.inline(x)}</li>" for x in items) + "</ul>\n"

    def b_kv(self, rows) -> str:
        return ("<dl class=\"contact\">" + "".join(f"<dt>{self.t(k)}</dt><dd>{self.inline(v)}</dd>"
                                                   for k, v in rows) + "</dl>\n")

    def b_hours(self, caption, rows) -> str:
        return (f"<table class=\"hours\"><caption>{self.t(caption)}</caption><tbody>"
                + "".join(f"<tr><th scope=\"row\">{self.t(d)}</th><td>{self.t(t)}</td></tr>"
                          for d, t in rows) + "</tbody></table>\n")

    def b_meta(self, lines) -> str:
        return ('<div class="page-meta">' + "".join(f"<p>{self.t(x)}</p>" for x in lines)
                + "</div>\n")

    def b_hero(self, heading, text, shortcuts, card) -> str:
        out = [f'<section class="hero" aria-labelledby="hero-h"><h1 id="hero-h">{self.t(heading)}'
               f"</h1><p>{self.t(text)}</p>",
               f'<ul class="shortcuts" aria-label="{self.ta(SHORTCUTS_LABEL)}">',
               "".join(f"<li>{self.a(x[1], _ICON + self.t(x[0]))}</li>" for x in shortcuts), "</ul>"]
        if card:
            out.append(f'<div class="hero__card"><h2>{self.link(card[:2])}</h2>'
                       f"<p>{self.t(card[2])}</p></div>")
        out.append("</section>\n")
        return "".join(out)

    def b_news(self, heading, items, more) -> str:
        return (f'<section aria-labelledby="news-h"><h2 id="news-h">{self.t(heading)}</h2>'
                '<ul class="news">'
                + "".join(f'<li><article><h3>{self.link((ti, p))}</h3><time datetime="{d}">'
                          f"{self.t(d)}</time><p>{self.t(su)}</p></article></li>"
                          for ti, p, d, su in items)
                + f"</ul><p>{self.link(more)}</p></section>\n")

    def b_events(self, heading, items) -> str:
        return (f'<section aria-labelledby="ev-h"><h2 id="ev-h">{self.t(heading)}</h2><ul>'
                + "".join(f'<li>{self.link((ti, p))} <time datetime="{d}">{self.t(d)}</time> '
                          f"<span>{self.t(pl)}</span></li>" for ti, p, d, pl in items)
                + "</ul></section>\n")

    def b_notice(self, heading, text) -> str:
        return (f'<aside class="notice" aria-label="{self.ta(heading)}"><h2>{self.t(heading)}</h2>'
                f"<p>{self.t(text)}</p></aside>\n")


# ---- divsoup ------------------------------------------------------------------

class DivSoup(_Renderer):
    """No landmark elements, no roles, no aria, no headings or lists:
    only div/span/a/table/b/br/img/form/input/button with meaningless classes."""
    family = "divsoup"
    title_sep = " | "
    css = _CSS_BASE + _CSS_EXTRA + """
.q0 a{position:absolute;left:-999px}.q0 a:focus{left:8px}.a1{background:#333;color:#fff}
.a1 a{color:#fff;margin-right:14px}.b2{display:flex;gap:20px;align-items:center;padding:14px}
.n1{font-size:22px;font-weight:bold}.k1 td{padding:10px 14px;font-weight:bold}
.k9{display:none}.k1:hover+.k9,.k9:hover{display:block}.k3{float:left;width:25%}
.k7{padding:2px 0}.c3{padding:20px}.t1{font-size:32px;font-weight:bold;margin:16px 0}
.t2{font-size:22px;font-weight:bold;margin:14px 0 6px}.t3{font-size:18px;font-weight:bold}
.p1{margin:0 0 12px}.l1 div::before{content:"\\2022  "}.f0{background:#222;color:#ddd;
padding:24px}.f0 a{color:#fff}.x7{background:#eef;padding:24px}.zz9{position:fixed;bottom:0;
left:0;right:0;background:#fff;padding:12px}
"""

    def sp(self, cls: str, inner: str) -> str:
        return f'<span class="{cls}">{inner}</span>'

    def render(self) -> str:
        s = self.s
        drawer = self.style == "drawer"
        return "".join([
            '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n',
            f"<title>{self.page_title()}</title>\n", self.head_meta(),
            f"<style>{self.css}</style>\n</head>\n<body>\n", self.hidden_comment(),
            '<div class="zz"><div class="q0">', f'<a href="#c">{self.t(SKIP)}</a></div>\n',
            '<div class="a1"><div class="a1i">',
            " ".join(self.link(x) for x in s.topbar),
            f' <span class="b0" onclick="speak()">{self.t(LISTEN)}</span></div></div>\n',
            '<div class="b2"><div class="b2a">',
            self.a("/", f'<img src="/logo.svg" alt="" width="150" height="44"> '
                        f'<span class="n1">{self.t(s.c.site_name)}</span>', "lg"),
            f'</div><div class="b2b"><form action="{self.href("/sok")}" method="get">'
            f'<span class="n2">{self.t(SEARCH_LABEL)}</span> <input type="text" name="q" '
            f'placeholder="{self.ta(SEARCH_PLACEHOLDER)}"> <button type="submit" class="g5">'
            f"{self.t(SEARCH_BUTTON)}</button></form></div>",
            '<div class="b2c">', " ".join(self.link(x, "h4") for x in s.header_links),
            f' <span class="b0" onclick="var m=document.getElementById(\'{"d0" if drawer else "m9"}\');'
            f"m.style.display=m.style.display==='block'?'none':'block'\">{self.t(MENU_BUTTON)}"
            "</span></div></div>\n",
            '<table class="k1" cellpadding="0" cellspacing="0"><tr>',
            "".join(f'<td class="k2">{self.toplink(x)}</td>' for x in s.tops), "</tr></table>\n",
            self.tree_html("m9", "k9") if not drawer else "",
            self.tree_html("d0", "d0", True) if drawer else "",
            f'<div class="c3" id="c">\n{self.main_inner()}</div>\n',
            self.footer(), self.cookie(), "</div>\n</body>\n</html>\n"])

    def tree_html(self, ident: str, cls: str, closed: bool = False) -> str:
        style = ' style="display:none"' if closed else ""
        cols = []
        for area, subs in self.s.tree:
            cols.append(f'<div class="k3"><div class="k4">{self.link(area, "k5")}</div>'
                        '<div class="k6">' + "".join(f'<div class="k7">{self.link(x)}</div>'
                                                     for x in subs) + "</div></div>")
        return f'<div class="{cls}" id="{ident}"{style}>{"".join(cols)}<div class="k8"></div></div>\n'

    def hidden_element(self, text: str) -> str:
        return f'<div class="u2" style="display:none">{html.escape(text)}</div>'

    def footer(self) -> str:
        cells = []
        for head, lines in self.s.footer_cols:
            cells.append(f'<td class="f1" valign="top"><div class="t3">{self.t(head)}</div>'
                         + "".join(f"<div>{self.inline(x)}</div>" for x in lines) + "</td>")
        return (f'<div class="f0"><table class="f2" width="100%"><tr>{"".join(cells)}</tr></table>'
                f'<div class="f9">{self.t(self.s.copyright)}</div></div>\n')

    def cookie(self) -> str:
        return (f'<div class="zz9"><div>{self.t(COOKIE_TEXT)} {self.a("/kakor", self.t(COOKIE_MORE))}'
                f'</div><span class="b0">{self.t(COOKIE_YES)}</span> <span class="b0">'
                f"{self.t(COOKIE_NO)}</span></div>\n")

    def crumbs(self, items, current) -> str:
        return ('<div class="y1">' + " ".join(self.link(x) for x in items)
                + f" <span>{self.t(current)}</span></div>\n")

    def h1(self, text) -> str:
        return f'<div class="t1">{self.t(text)}</div>\n'

    def b_h2(self, text) -> str:
        return f'<div class="t2">{self.t(text)}</div>\n'

    def b_p(self, text) -> str:
        return f'<div class="p1">{self.inline(text)}</div>\n'

    def b_ul(self, items) -> str:
        return '<div class="l1">' + "".join(f"<div>{self.inline(x)}</div>" for x in items) + "</div>\n"

    def b_kv(self, rows) -> str:
        return ('<table class="p2">' + "".join(f"<tr><td><b>{self.t(k)}</b></td><td>"
                                               f"{self.inline(v)}</td></tr>" for k, v in rows)
                + "</table>\n")

    def b_hours(self, caption, rows) -> str:
        return (f'<div class="p3"><b>{self.t(caption)}</b><br>'
                + "<br>".join(f"{self.t(d)} {self.t(t)}" for d, t in rows) + "</div>\n")

    def b_meta(self, lines) -> str:
        return '<div class="m1">' + "<br>".join(self.t(x) for x in lines) + "</div>\n"

    def b_hero(self, heading, text, shortcuts, card) -> str:
        out = [f'<div class="x7"><div class="t1">{self.t(heading)}</div><div class="p1">'
               f"{self.t(text)}</div><div class=\"x8\">",
               "".join(f'<div class="x9">{self.a(x[1], _ICON + self.t(x[0]))}</div>' for x in shortcuts), "</div>"]
        if card:
            out.append(f'<div class="x6"><div class="t2">{self.link(card[:2])}</div>'
                       f'<div class="p1">{self.t(card[2])}</div></div>')
        out.append("</div>\n")
        return "".join(out)

    def b_news(self, heading, items, more) -> str:
        return (f'<div class="w1"><div class="t2">{self.t(heading)}</div><table class="w2"><tr>'
                + "".join(f'<td valign="top"><div class="t3">{self.link((ti, p))}</div>'
                          f'<span class="w3">{self.t(d)}</span><br>{self.t(su)}</td>'
                          for ti, p, d, su in items)
                + f'</tr></table><div class="w4">{self.link(more)}</div></div>\n')

    def b_events(self, heading, items) -> str:
        return (f'<div class="v1"><div class="t2">{self.t(heading)}</div>'
                + "".join(f'<div class="v2">{self.link((ti, p))} <span>{self.t(d)}</span> '
                          f"<span>{self.t(pl)}</span></div>" for ti, p, d, pl in items)
                + "</div>\n")

    def b_notice(self, heading, text) -> str:
        return (f'<div class="o1"><div class="t3">{self.t(heading)}</div>'
                f"<div>{self.t(text)}</div></div>\n")


# ---- sitevision -----------------------------------------------------------------

class Sitevision(_Renderer):
    family = "sitevision"
    css = _CSS_BASE + """
.sv-layout{position:relative}.sv-text-portlet-content p.normal{margin:0 0 1em}
.sv-skip{position:absolute;left:-999px}.env-list--horizontal{display:flex;gap:12px;
list-style:none;margin:0;padding:0}.lk-topbar{background:#004a80;color:#fff}
.lk-topbar a{color:#fff}.lk-megamenu{display:none}.lk-mainmenu:hover .lk-megamenu{display:flex}
.env-modal-dialog[aria-hidden=true]{display:none}h1.heading{font-size:2.2rem}
h2.subheading{font-size:1.4rem}.lk-footer{background:#003050;color:#fff}
.lk-footer a{color:#fff}.lk-hero{background:#eaf2f8;padding:32px}
"""

    def svid(self, n: int, *parts: str) -> str:
        return f"svid{n}_{self.sid(*parts)}{_h(str(n) + ''.join(parts), 4)}"

    def portlet(self, kind: str, inner: str, key: str) -> str:
        return (f'<div class="sv-{kind}-portlet sv-portlet sv-use-margins" '
                f'id="{self.svid(12, key)}">{inner}</div>')

    def text_portlet(self, inner: str, key: str) -> str:
        return (f'<div class="sv-text-portlet sv-use-margins" id="{self.svid(12, key)}">'
                f'<div id="Text{self.sid(key)}"></div><div class="sv-text-portlet-content">'
                f"{inner}</div></div>\n")

    def layout(self, inner: str, key: str, extra: str = "", cls: str = "") -> str:
        c = f"sv-layout {cls}".strip()
        return f'<div class="{c}" id="{self.svid(10, key)}"{extra}>{inner}</div>\n'

    def hid(self, text: str) -> str:
        return "h-" + re.sub(r"[^\w]+", "", text)

    def render(self) -> str:
        s = self.s
        top = self.portlet("script", '<ul class="env-list env-list--horizontal">'
                           + "".join(f'<li class="env-list__item">{self.link(x)}</li>'
                                     for x in s.topbar)
                           + f'<li class="env-list__item"><button class="env-button '
                             f'env-button--link" type="button">{self.t(LISTEN)}</button></li>'
                           "</ul>", "topbar")
        logo = self.portlet("image", self.a("/", f'<img class="sv-noborder" src="/logo.svg" '
                                                 f'alt="" width="170" height="50"><span '
                                                 f'class="lk-sitename">{self.t(s.c.site_name)}'
                                                 "</span>"), "logo")
        search = self.portlet("searchform", f'<form action="{self.href("/sok")}" method="get" '
                              'class="env-form"><label class="env-form-element__label" '
                              f'for="search{self.sid()}">{self.t(SEARCH_LABEL)}</label>'
                              f'<input class="env-form-input" id="search{self.sid()}" name="query" '
                              f'type="search" placeholder="{self.ta(SEARCH_PLACEHOLDER)}">'
                              f'<button class="env-button env-button--primary" type="submit">'
                              f"{self.t(SEARCH_BUTTON)}</button></form>", "search")
        links = self.portlet("script", '<ul class="env-list env-list--horizontal lk-header-links">'
                             + "".join(f'<li class="env-list__item">{self.link(x)}</li>'
                                       for x in s.header_links) + "</ul>"
                             + f'<button class="env-button lk-menu-button" type="button" '
                               f'aria-expanded="false" data-target="lkmenu">'
                               f"{self.t(MENU_BUTTON)}</button>", "hlinks")
        menu = ('<nav class="lk-mainmenu" aria-label="Huvudmeny"><ul class="env-list '
                'env-list--horizontal lk-mainmenu__list">'
                + "".join(f'<li class="env-list__item lk-mainmenu__item">'
                          f'{self.toplink(x, "lk-mainmenu__link")}</li>' for x in s.tops)
                + "</ul>" + (self.mega() if self.style == "mega" else "") + "</nav>")
        header = ('<header class="sv-layout lk-header" id="' + self.svid(10, "header") + '">'
                  + self.layout(top, "topbar", ' role="region" aria-label="Genvägar"')
                  + self.layout(logo + search + links, "hmain")
                  + self.layout(self.portlet("script", menu, "menu"), "menu")
                  + "</header>\n")
        return "".join([
            '<!DOCTYPE html>\n<html lang="sv" class="sv-no-js sv-template-startsida">\n<head>\n',
            '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, '
            'initial-scale=1">\n', f"<title>{self.page_title()}</title>\n", self.head_meta(),
            f'<style>{self.css}</style>\n<script>svDocReady=function(f){{f()}};</script>\n'
            "</head>\n<body class=\"sv-responsive env-m-around--0\">\n", self.hidden_comment(),
            f'<div class="sv-layout" id="{self.svid(10, "page")}">',
            f'<a class="sv-skip" href="#Innehall">{self.t(SKIP)}</a>\n', header,
            self.drawer() if self.style == "drawer" else "",
            f'<div class="sv-layout lk-content" id="Innehall" role="main">\n'
            f"{self.main_inner()}</div>\n", self.footer(), self.cookie(),
            "</div>\n<script>svDocReady(function(){document.documentElement.className="
            "document.documentElement.className.replace('sv-no-js','sv-js');});</script>\n"
            "</body>\n</html>\n"])

    def mega(self) -> str:
        return ('<div class="lk-megamenu">'
                + "".join(f'<div class="lk-megamenu__column">{self.link(area, "lk-megamenu__title")}'
                          '<ul class="env-list">' + "".join(f'<li class="env-list__item">'
                                                            f"{self.link(x)}</li>" for x in subs)
                          + "</ul></div>" for area, subs in self.s.tree) + "</div>")

    def drawer(self) -> str:
        return ('<div class="env-modal-dialog lk-drawer" id="lkmenu" aria-hidden="true" '
                'tabindex="-1"><div class="env-modal-dialog__dialog"><div '
                'class="env-modal-dialog__content"><ul class="env-list lk-drawer__list">'
                + "".join(f'<li class="env-list__item">{self.link(area)}<ul class="env-list">'
                          + "".join(f'<li class="env-list__item">{self.link(x)}</li>'
                                    for x in subs) + "</ul></li>" for area, subs in self.s.tree)
                + "</ul></div></div></div>\n")

    def footer(self) -> str:
        cols = "".join(self.layout(self.text_portlet(
            f'<h2 class="subheading" id="{self.hid(head)}">{self.t(head)}</h2>'
            + "".join(f'<p class="normal">{self.inline(x)}</p>' for x in lines), "f" + head),
            "fc" + head, ' style="float:left;width:33%"') for head, lines in self.s.footer_cols)
        return (f'<div class="sv-layout lk-footer" role="contentinfo" id="{self.svid(10, "foot")}">'
                f'{cols}<p class="normal" style="clear:both">{self.t(self.s.copyright)}</p></div>\n')

    def cookie(self) -> str:
        return (f'<div class="sv-cookie-consent-banner env-cookie-consent" role="region" '
                f'aria-label="Kakor"><p class="normal">{self.t(COOKIE_TEXT)} '
                f'{self.a("/kakor", self.t(COOKIE_MORE))}</p><button class="env-button" '
                f'type="button">{self.t(COOKIE_YES)}</button><button class="env-button '
                f'env-button--secondary" type="button">{self.t(COOKIE_NO)}</button></div>\n')

    def crumbs(self, items, current) -> str:
        return self.portlet("breadcrumb", '<nav aria-label="Brödsmulor"><ul class="env-list '
                            'env-list--horizontal">' + "".join(f'<li class="env-list__item">'
                                                               f"{self.link(x)}</li>"
                                                               for x in items)
                            + f'<li class="env-list__item" aria-current="page">{self.t(current)}'
                            "</li></ul></nav>", "crumbs") + "\n"

    def h1(self, text) -> str:
        return self.text_portlet(f'<h1 class="heading" id="{self.hid(text)}">{self.t(text)}</h1>',
                                 "h1")

    def b_h2(self, text) -> str:
        return self.text_portlet(f'<h2 class="subheading" id="{self.hid(text)}">{self.t(text)}</h2>',
                                 "h2" + text)

    def b_p(self, text) -> str:
        return self.text_portlet(f'<p class="normal">{self.inline(text)}</p>', "p" + text)

    def b_ul(self, items) -> str:
        return self.text_portlet('<ul class="normal">' + "".join(f"<li>{self.inline(x)}</li>"
                                                                for x in items) + "</ul>",
                                 "ul" + "".join(items))

    def b_kv(self, rows) -> str:
        return self.text_portlet("".join(f'<p class="normal"><strong>{self.t(k)}</strong> '
                                         f"{self.inline(v)}</p>" for k, v in rows), "kv")

    def b_hours(self, caption, rows) -> str:
        return self.text_portlet(f'<table class="sv-table-responsive"><caption>{self.t(caption)}'
                                 "</caption>" + "".join(f"<tr><td>{self.t(d)}</td><td>{self.t(t)}"
                                                        "</td></tr>" for d, t in rows)
                                 + "</table>", "hours")

    def b_meta(self, lines) -> str:
        return self.portlet("script", "".join(f'<p class="lk-meta">{self.t(x)}</p>' for x in lines),
                            "meta") + "\n"

    def b_hero(self, heading, text, shortcuts, card) -> str:
        inner = (f'<h1 class="heading">{self.t(heading)}</h1><p class="normal">{self.t(text)}</p>'
                 '<ul class="env-list env-list--horizontal lk-shortcuts">'
                 + "".join(f'<li class="env-list__item">{self.a(x[1], _ICON + self.t(x[0]), "env-button")}</li>'
                           for x in shortcuts) + "</ul>")
        if card:
            inner += (f'<div class="env-card lk-hero-card"><div class="env-card__body">'
                      f'<h2 class="env-card__title">{self.link(card[:2])}</h2>'
                      f'<p class="env-card__text">{self.t(card[2])}</p></div></div>')
        return self.layout(self.portlet("script", inner, "hero"), "hero", cls="lk-hero")

    def b_news(self, heading, items, more) -> str:
        inner = (f'<h2 class="subheading">{self.t(heading)}</h2><ul class="env-list lk-news">'
                 + "".join(f'<li class="env-list__item"><h3 class="lk-news__title">'
                           f"{self.link((ti, p))}</h3><p class=\"lk-news__date\">{self.t(d)}</p>"
                           f'<p class="normal">{self.t(su)}</p></li>' for ti, p, d, su in items)
                 + f"</ul><p>{self.link(more)}</p>")
        return self.layout(self.portlet("archive", inner, "news"), "news")

    def b_events(self, heading, items) -> str:
        inner = (f'<h2 class="subheading">{self.t(heading)}</h2><ul class="env-list">'
                 + "".join(f'<li class="env-list__item">{self.link((ti, p))} <span>{self.t(d)}'
                           f"</span> <span>{self.t(pl)}</span></li>" for ti, p, d, pl in items)
                 + "</ul>")
        return self.layout(self.portlet("calendar", inner, "events"), "events")

    def b_notice(self, heading, text) -> str:
        return self.layout(self.text_portlet(f'<h2 class="subheading">{self.t(heading)}</h2>'
                                             f'<p class="normal">{self.t(text)}</p>', "notice"),
                           "notice")

    def hidden_element(self, text: str) -> str:
        return f'<div class="sv-html-portlet sv-portlet" style="display:none">{html.escape(text)}</div>'


# ---- municipio ------------------------------------------------------------------

class Municipio(_Renderer):
    family = "municipio"
    title_sep = " – "
    tree_default = "drawer"
    css = _CSS_BASE + """
.o-container{max-width:1280px;margin:0 auto;padding:0 16px}.o-grid{display:flex;flex-wrap:wrap;
margin:0 -8px}.o-grid>*{padding:0 8px}.o-grid-12{width:100%}.o-grid-4\\@md{width:33.33%}
.o-grid-3\\@md{width:25%}.c-header{background:#fff;border-bottom:1px solid #ddd}
.c-nav{list-style:none;margin:0;padding:0}.c-nav--horizontal{display:flex;gap:16px}
.c-drawer{position:fixed;right:0;top:0;bottom:0;width:380px;background:#fff;transform:
translateX(100%)}.c-drawer.is-open{transform:none}.c-megamenu{display:none}
.c-navigation:hover .c-megamenu{display:flex}.c-hero{background:#f4f4f4;padding:48px 0}
.c-card{border:1px solid #e0e0e0;border-radius:4px;padding:16px}.c-footer{background:#2b2b2b;
color:#fff;padding:48px 0}.c-footer a{color:#fff}.screen-reader-text{position:absolute;
left:-999px}.screen-reader-text:focus{left:8px}
"""

    def render(self) -> str:
        s = self.s
        return "".join([
            '<!DOCTYPE html>\n<html lang="sv-SE">\n<head>\n<meta charset="UTF-8">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f"<title>{self.page_title()}</title>\n", self.head_meta(),
            "<link rel='stylesheet' id='municipio-css' href='/logo.svg?ver=5.2' media='print'>\n",
            f"<style id=\"municipio-inline\">{self.css}</style>\n</head>\n",
            '<body class="home page-template-default page wp-embed-responsive t-municipio '
            'no-js">\n', self.hidden_comment(),
            f'<a href="#main-content" class="screen-reader-text">{self.t(SKIP)}</a>\n',
            '<div class="site-wrapper"><div class="c-header__topbar"><div class="o-container">'
            '<ul class="c-nav c-nav--horizontal c-nav--tertiary">',
            "".join(f'<li class="c-nav__item">{self.link(x, "c-nav__link")}</li>'
                    for x in s.topbar),
            f'<li class="c-nav__item"><button class="c-button c-button__basic" type="button">'
            f'<span class="c-button__label-text">{self.t(LISTEN)}</span></button></li>'
            "</ul></div></div>\n",
            '<header class="c-header c-header--business" id="site-header"><div '
            'class="o-container"><div class="o-grid"><div class="o-grid-4@md">',
            self.a("/", f'<img class="c-logotype__image" src="/logo.svg" alt="" width="180" '
                        f'height="52"><span class="c-header__sitename">{self.t(s.c.site_name)}'
                        "</span>", "c-header__logotype"),
            '</div><div class="o-grid-4@md">',
            f'<form class="c-form search-form" role="search" method="get" '
            f'action="{self.href("/sok")}"><div class="c-field c-field--text"><label '
            f'class="c-field__label" for="header-search">{self.t(SEARCH_LABEL)}</label>'
            f'<input class="c-field__input" id="header-search" type="search" name="s" '
            f'placeholder="{self.ta(SEARCH_PLACEHOLDER)}"></div><button class="c-button '
            f'c-button__filled c-button__filled--primary" type="submit"><span '
            f'class="c-button__label-text">{self.t(SEARCH_BUTTON)}</span></button></form>',
            '</div><div class="o-grid-4@md"><ul class="c-nav c-nav--horizontal c-header__links">',
            "".join(f'<li class="c-nav__item">{self.link(x, "c-nav__link")}</li>'
                    for x in s.header_links), "</ul>",
            '<button class="c-button c-button__basic js-trigger-drawer" aria-controls="drawer" '
            f'aria-expanded="false" type="button"><span class="c-button__label-text">'
            f"{self.t(MENU_BUTTON)}</span></button></div></div></div></header>\n",
            '<nav class="c-navigation c-navigation--primary" aria-label="Huvudmeny"><div '
            'class="o-container"><ul class="c-nav c-nav--horizontal c-nav--primary">',
            "".join(f'<li class="c-nav__item c-nav__item--top-level">{self.toplink(x, "c-nav__link")}'
                    "</li>" for x in s.tops), "</ul>",
            self.mega() if self.style == "mega" else "", "</div></nav>\n",
            self.drawer() if self.style == "drawer" else "",
            f'<main id="main-content" class="u-margin__top--4">\n{self.main_inner()}</main>\n',
            self.footer(), self.cookie(), "</div>\n",
            "<script>document.body.classList.remove('no-js');document.querySelector("
            "'.js-trigger-drawer').addEventListener('click',function(){var d=document."
            "getElementById('drawer');if(d){d.classList.add('is-open');d.setAttribute("
            "'aria-hidden','false');}});</script>\n</body>\n</html>\n"])

    def mega(self) -> str:
        return ('<div class="c-megamenu"><div class="o-grid">'
                + "".join(f'<div class="o-grid-3@md">{self.link(area, "c-megamenu__title")}'
                          '<ul class="c-megamenu__list">' + "".join(
                              f'<li class="c-megamenu__item">{self.link(x)}</li>' for x in subs)
                          + "</ul></div>" for area, subs in self.s.tree) + "</div></div>")

    def drawer(self) -> str:
        return ('<div class="c-drawer c-drawer--right c-drawer--primary" id="drawer" '
                'aria-hidden="true" data-js-toggle-item="drawer"><div class="c-drawer__body">'
                '<nav class="c-nav c-nav--drawer" aria-label="Meny"><ul class="c-nav__list">'
                + "".join(f'<li class="c-nav__item has-children">{self.link(area, "c-nav__link")}'
                          '<ul class="c-nav__sub">' + "".join(
                              f'<li class="c-nav__item">{self.link(x, "c-nav__link")}</li>'
                              for x in subs) + "</ul></li>" for area, subs in self.s.tree)
                + "</ul></nav></div></div>\n")

    def footer(self) -> str:
        cols = "".join(f'<div class="o-grid-4@md"><h2 class="c-footer__heading">{self.t(head)}</h2>'
                       '<ul class="c-footer__list">' + "".join(
                           f"<li>{self.inline(x)}</li>" for x in lines) + "</ul></div>"
                       for head, lines in self.s.footer_cols)
        return (f'<footer class="c-footer c-footer--basic" id="site-footer"><div class="o-container">'
                f'<div class="o-grid">{cols}</div><p class="c-footer__copy">'
                f"{self.t(self.s.copyright)}</p></div></footer>\n")

    def cookie(self) -> str:
        return (f'<div class="c-cookie-consent" role="dialog" aria-label="Kakor"><div '
                f'class="o-container"><p class="c-typography">{self.t(COOKIE_TEXT)} '
                f'{self.a("/kakor", self.t(COOKIE_MORE))}</p><button class="c-button '
                f'c-button__filled" type="button">{self.t(COOKIE_YES)}</button><button '
                f'class="c-button c-button__basic" type="button">{self.t(COOKIE_NO)}</button>'
                "</div></div>\n")

    def wrap(self, inner: str) -> str:
        return f'<div class="o-container"><div class="o-grid"><div class="o-grid-12">{inner}</div></div></div>\n'

    def crumbs(self, items, current) -> str:
        return self.wrap('<nav class="c-breadcrumb" aria-label="Brödsmulor"><ol '
                         'class="c-breadcrumb__list">' + "".join(
                             f'<li class="c-breadcrumb__item">{self.link(x)}</li>' for x in items)
                         + f'<li class="c-breadcrumb__item" aria-current="page">{self.t(current)}'
                         "</li></ol></nav>")

    def h1(self, text) -> str:
        return self.wrap(f'<h1 class="c-typography c-typography__variant--h1">{self.t(text)}</h1>')

    def b_h2(self, text) -> str:
        return self.wrap(f'<h2 class="c-typography c-typography__variant--h2">{self.t(text)}</h2>')

    def b_p(self, text) -> str:
        return self.wrap(f'<p class="c-typography">{self.inline(text)}</p>')

    def b_ul(self, items) -> str:
        return self.wrap('<ul class="c-list">' + "".join(f'<li class="c-list__item">'
                                                        f"{self.inline(x)}</li>" for x in items)
                         + "</ul>")

    def b_kv(self, rows) -> str:
        return self.wrap('<ul class="c-list c-list--contact">' + "".join(
            f'<li class="c-list__item"><span class="c-list__label">{self.t(k)}</span> '
            f"{self.inline(v)}</li>" for k, v in rows) + "</ul>")

    def b_hours(self, caption, rows) -> str:
        return self.wrap(f'<div class="c-card c-card--opening-hours"><h3 class="c-card__heading">'
                         f'{self.t(caption)}</h3><ul class="c-list">' + "".join(
                             f'<li class="c-list__item">{self.t(d)} {self.t(t)}</li>'
                             for d, t in rows) + "</ul></div>")

    def b_meta(self, lines) -> str:
        return self.wrap('<div class="c-pagemeta">' + "".join(
            f'<p class="c-typography c-typography__variant--meta">{self.t(x)}</p>' for x in lines)
            + "</div>")

    def b_hero(self, heading, text, shortcuts, card) -> str:
        sc = "".join(f'<div class="o-grid-3@md"><div class="c-card c-card--shortcut"><div '
                     f'class="c-card__body">{self.a(x[1], _ICON + self.t(x[0]), "c-card__link")}</div></div></div>'
                     for x in shortcuts)
        if card:
            sc += (f'<div class="o-grid-3@md"><div class="c-card c-card--highlight"><div '
                   f'class="c-card__body"><h2 class="c-card__heading">{self.link(card[:2])}</h2>'
                   f'<p class="c-card__content">{self.t(card[2])}</p></div></div></div>')
        return (f'<section class="c-hero c-hero--overlay"><div class="o-container"><div '
                f'class="c-hero__content"><h1 class="c-typography c-typography__variant--h1">'
                f'{self.t(heading)}</h1><p class="c-typography">{self.t(text)}</p></div>'
                f'<div class="o-grid">{sc}</div></div></section>\n')

    def b_news(self, heading, items, more) -> str:
        cards = "".join(f'<div class="o-grid-3@md"><article class="c-card c-card--news"><div '
                        f'class="c-card__body"><h3 class="c-card__heading">{self.link((ti, p))}'
                        f'</h3><span class="c-card__meta">{self.t(d)}</span><p '
                        f'class="c-card__content">{self.t(su)}</p></div></article></div>'
                        for ti, p, d, su in items)
        return self.wrap(f'<section class="s-news"><h2 class="c-typography">{self.t(heading)}</h2>'
                         f'<div class="o-grid">{cards}</div><p>{self.link(more, "c-button")}</p>'
                         "</section>")

    def b_events(self, heading, items) -> str:
        return self.wrap(f'<section class="s-events"><h2 class="c-typography">{self.t(heading)}'
                         '</h2><ul class="c-list">' + "".join(
                             f'<li class="c-list__item">{self.link((ti, p))} <span '
                             f'class="c-date">{self.t(d)}</span> <span>{self.t(pl)}</span></li>'
                             for ti, p, d, pl in items) + "</ul></section>")

    def b_notice(self, heading, text) -> str:
        return self.wrap(f'<div class="c-notice c-notice--info"><h2 class="c-notice__title">'
                         f'{self.t(heading)}</h2><p class="c-notice__message">{self.t(text)}</p>'
                         "</div>")

    def hidden_element(self, text: str) -> str:
        return f'<div class="c-chat-teaser u-display--none" style="display:none">{html.escape(text)}</div>'


# ---- bootstrap ------------------------------------------------------------------

class Bootstrap(_Renderer):
    family = "bootstrap"
    title_sep = " | "
    css = _CSS_BASE + """
.container{max-width:1140px;margin:0 auto;padding:0 12px}.row{display:flex;flex-wrap:wrap;
margin:0 -12px}.row>*{padding:0 12px}.col-md-3{width:25%}.col-md-4{width:33.33%}
.col-md-5{width:41.66%}.col-12{width:100%}.navbar{display:flex;align-items:center}
.navbar-nav{display:flex;list-style:none;margin:0;padding:0}.nav-link{display:block;
padding:.5rem 1rem}.dropdown-menu{display:none}.mega-wrap:hover .dropdown-menu{display:block}
.offcanvas{position:fixed;top:0;right:0;bottom:0;width:400px;background:#fff;
visibility:hidden}.offcanvas.show{visibility:visible}.card{border:1px solid rgba(0,0,0,.125);
border-radius:.25rem}.card-body{padding:1rem}.visually-hidden-focusable{position:absolute;
left:-999px}.visually-hidden-focusable:focus{left:8px}.bg-dark{background:#212529}
.text-white,.text-white a{color:#fff}.list-unstyled{list-style:none;padding:0}
"""

    def render(self) -> str:
        s = self.s
        drawer = self.style == "drawer"
        target = "#offcanvasMenu" if drawer else "#megaMenu"
        return "".join([
            '<!doctype html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f"<title>{self.page_title()}</title>\n", self.head_meta(),
            f"<style>{self.css}</style>\n</head>\n<body>\n", self.hidden_comment(),
            f'<a class="visually-hidden-focusable" href="#main">{self.t(SKIP)}</a>\n',
            '<div class="bg-dark text-white py-1 small"><div class="container">'
            '<ul class="nav justify-content-end">',
            "".join(f'<li class="nav-item">{self.link(x, "nav-link text-white")}</li>'
                    for x in s.topbar),
            f'<li class="nav-item"><button type="button" class="btn btn-link nav-link '
            f'text-white">{self.t(LISTEN)}</button></li></ul></div></div>\n',
            '<div class="bg-white border-bottom"><div class="container"><div class="row '
            'align-items-center py-3"><div class="col-md-3">',
            self.a("/", f'<img src="/logo.svg" alt="" width="160" height="48" class="d-inline-block '
                        f'align-text-top"> <span class="fs-4">{self.t(s.c.site_name)}</span>',
                   "navbar-brand"),
            '</div><div class="col-md-5">',
            f'<form class="d-flex" role="search" action="{self.href("/sok")}" method="get">'
            f'<label class="form-label me-2" for="q">{self.t(SEARCH_LABEL)}</label><input '
            f'class="form-control me-2" id="q" type="search" name="q" '
            f'placeholder="{self.ta(SEARCH_PLACEHOLDER)}"><button class="btn btn-primary" '
            f'type="submit">{self.t(SEARCH_BUTTON)}</button></form></div>',
            '<div class="col-md-4"><ul class="nav">',
            "".join(f'<li class="nav-item">{self.link(x, "nav-link")}</li>'
                    for x in s.header_links), "</ul>",
            f'<button class="navbar-toggler btn btn-outline-primary" type="button" '
            f'data-bs-toggle="{"offcanvas" if drawer else "collapse"}" data-bs-target="{target}" '
            f'aria-controls="{target[1:]}" aria-expanded="false">{self.t(MENU_BUTTON)}</button>'
            "</div></div></div></div>\n",
            '<nav class="navbar navbar-expand-lg navbar-light bg-light"><div class="container">'
            '<ul class="navbar-nav me-auto">',
            "".join(f'<li class="nav-item{" dropdown" if i < len(s.tree) else ""}">'
                    + self.toplink(x, "nav-link" + (" dropdown-toggle" if i < len(s.tree) else ""),
                                f' id="nav-{i}"' + (' role="button" data-bs-toggle="dropdown" '
                                                   'aria-expanded="false"' if i < len(s.tree)
                                                   else "")) + "</li>"
                    for i, x in enumerate(s.tops)), "</ul></div>",
            self.mega() if not drawer else "", "</nav>\n",
            self.drawer() if drawer else "",
            f'<main id="main" class="container my-4">\n{self.main_inner()}</main>\n',
            self.footer(), self.cookie(), "</body>\n</html>\n"])

    def mega(self) -> str:
        return ('<div class="mega-wrap collapse" id="megaMenu"><div class="container"><div '
                'class="row">' + "".join(
                    f'<div class="col-md-3"><div class="dropdown-menu show position-static border-0"'
                    f' aria-labelledby="nav-{i}"><h6 class="dropdown-header">'
                    f'{self.link(area, "fw-bold")}</h6>' + "".join(
                        self.link(x, "dropdown-item") for x in subs) + "</div></div>"
                    for i, (area, subs) in enumerate(self.s.tree)) + "</div></div></div>")

    def drawer(self) -> str:
        return ('<div class="offcanvas offcanvas-end" tabindex="-1" id="offcanvasMenu" '
                'aria-hidden="true"><div class="offcanvas-body"><ul class="list-unstyled">'
                + "".join(f'<li class="mb-2">{self.link(area, "fw-bold")}<ul '
                          'class="list-unstyled ps-3">' + "".join(
                              f"<li>{self.link(x)}</li>" for x in subs) + "</ul></li>"
                          for area, subs in self.s.tree) + "</ul></div></div>\n")

    def footer(self) -> str:
        cols = "".join(f'<div class="col-md-4"><h2 class="h5">{self.t(head)}</h2><ul '
                       'class="list-unstyled">' + "".join(
                           f"<li>{self.inline(x)}</li>" for x in lines) + "</ul></div>"
                       for head, lines in self.s.footer_cols)
        return (f'<footer class="bg-dark text-white mt-5 py-4"><div class="container"><div '
                f'class="row">{cols}</div><p class="small mt-3 mb-0">{self.t(self.s.copyright)}'
                "</p></div></footer>\n")

    def cookie(self) -> str:
        return (f'<div class="toast show position-fixed bottom-0 end-0 m-3" role="alert"><div '
                f'class="toast-body"><p>{self.t(COOKIE_TEXT)} {self.a("/kakor", self.t(COOKIE_MORE))}'
                f'</p><button type="button" class="btn btn-primary btn-sm">{self.t(COOKIE_YES)}'
                f'</button> <button type="button" class="btn btn-secondary btn-sm">'
                f"{self.t(COOKIE_NO)}</button></div></div>\n")

    def row(self, inner: str) -> str:
        return f'<div class="row"><div class="col-12">{inner}</div></div>\n'

    def crumbs(self, items, current) -> str:
        return self.row('<nav aria-label="breadcrumb"><ol class="breadcrumb">' + "".join(
            f'<li class="breadcrumb-item">{self.link(x)}</li>' for x in items)
            + f'<li class="breadcrumb-item active" aria-current="page">{self.t(current)}</li>'
            "</ol></nav>")

    def h1(self, text) -> str:
        return self.row(f'<h1 class="display-6">{self.t(text)}</h1>')

    def b_h2(self, text) -> str:
        return self.row(f'<h2 class="h4 mt-4">{self.t(text)}</h2>')

    def b_p(self, text) -> str:
        return self.row(f'<p class="lead-sm">{self.inline(text)}</p>')

    def b_ul(self, items) -> str:
        return self.row('<ul class="list-group list-group-flush">' + "".join(
            f'<li class="list-group-item">{self.inline(x)}</li>' for x in items) + "</ul>")

    def b_kv(self, rows) -> str:
        return self.row('<div class="card"><div class="card-body">' + "".join(
            f'<div class="row"><div class="col-md-3 fw-bold">{self.t(k)}</div><div '
            f'class="col-md-5">{self.inline(v)}</div></div>' for k, v in rows) + "</div></div>")

    def b_hours(self, caption, rows) -> str:
        return self.row(f'<table class="table table-sm"><caption>{self.t(caption)}</caption>'
                        "<tbody>" + "".join(f"<tr><td>{self.t(d)}</td><td>{self.t(t)}</td></tr>"
                                            for d, t in rows) + "</tbody></table>")

    def b_meta(self, lines) -> str:
        return self.row("".join(f'<p class="text-muted small mb-0">{self.t(x)}</p>' for x in lines))

    def b_hero(self, heading, text, shortcuts, card) -> str:
        cols = "".join(f'<div class="col-md-3"><div class="card h-100"><div class="card-body">'
                       f'{self.a(x[1], _ICON + self.t(x[0]), "stretched-link")}</div></div></div>' for x in shortcuts)
        if card:
            cols += (f'<div class="col-md-3"><div class="card h-100 border-primary"><div '
                     f'class="card-body"><h2 class="card-title h5">{self.link(card[:2])}</h2>'
                     f'<p class="card-text">{self.t(card[2])}</p></div></div></div>')
        return (f'<div class="p-5 mb-4 bg-light rounded-3"><h1 class="display-5 fw-bold">'
                f'{self.t(heading)}</h1><p class="col-md-8 fs-5">{self.t(text)}</p><div '
                f'class="row g-3">{cols}</div></div>\n')

    def b_news(self, heading, items, more) -> str:
        cards = "".join(f'<div class="col-md-3"><div class="card h-100"><div class="card-body">'
                        f'<h3 class="card-title h5">{self.link((ti, p))}</h3><p class="card-subtitle'
                        f' text-muted small">{self.t(d)}</p><p class="card-text">{self.t(su)}</p>'
                        "</div></div></div>" for ti, p, d, su in items)
        return (f'<section class="my-4"><h2 class="h3">{self.t(heading)}</h2><div class="row">'
                f'{cards}</div><p class="mt-2">{self.link(more, "btn btn-outline-primary")}</p>'
                "</section>\n")

    def b_events(self, heading, items) -> str:
        return (f'<section class="my-4"><h2 class="h3">{self.t(heading)}</h2><div '
                'class="list-group">' + "".join(
                    f'<div class="list-group-item">{self.link((ti, p))} <small>{self.t(d)}</small>'
                    f" <small>{self.t(pl)}</small></div>" for ti, p, d, pl in items)
                + "</div></section>\n")

    def b_notice(self, heading, text) -> str:
        return (f'<div class="alert alert-info"><h2 class="alert-heading h5">{self.t(heading)}</h2>'
                f'<p class="mb-0">{self.t(text)}</p></div>\n')

    def hidden_element(self, text: str) -> str:
        return f'<div class="d-none">{html.escape(text)}</div>'


# ---- tables (2000s) -------------------------------------------------------------
_DREAMWEAVER = """<script type="text/javascript">
<!--
function MM_swapImgRestore() { //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}
function MM_preloadImages() { //v3.0
  var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array();
    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
    if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}
}
function MM_findObj(n, d) { //v4.01
  var p,i,x;  if(!d) d=document; if((p=n.indexOf("?"))>0&&parent.frames.length) {
    d=parent.frames[n.substring(p+1)].document; n=n.substring(0,p);}
  if(!(x=d[n])&&d.all) x=d.all[n]; for (i=0;!x&&i<d.forms.length;i++) x=d.forms[i][n];
  for(i=0;!x&&d.layers&&i<d.layers.length;i++) x=MM_findObj(n,d.layers[i].document);
  if(!x && d.getElementById) x=d.getElementById(n); return x;
}
function MM_swapImage() { //v3.0
  var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; for(i=0;i<(a.length-2);i+=3)
   if ((x=MM_findObj(a[i]))!=null){document.MM_sr[j++]=x; if(!x.oSrc) x.oSrc=x.src; x.src=a[i+2];}
}
function MM_openBrWindow(theURL,winName,features) { //v2.0
  window.open(theURL,winName,features);
}
function skrivUtSidan() { if (window.print) { window.print(); } }
function storreText() { var b=document.body; var s=parseInt(b.style.fontSize||"12");
  b.style.fontSize=(s+2)+"px"; }
//-->
</script>
<style type="text/css">
<!--
body { margin: 0px; background-color: #FFFFFF; }
td { font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 12px; color: #333333; }
h1 { font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 20px; color: #003366; }
h2 { font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 15px; color: #003366; }
a:link { color: #003366; } a:visited { color: #663399; } a:hover { color: #CC0000; }
a.meny:link, a.meny:visited { color: #003366; font-weight: bold; text-decoration: none; }
a.meny:hover { color: #CC0000; text-decoration: underline; }
a.undermeny:link, a.undermeny:visited { color: #003366; text-decoration: none; }
a.undermeny:hover { color: #CC0000; text-decoration: underline; }
.liten { font-size: 10px; color: #666666; }
.rubrik { font-size: 18px; font-weight: bold; color: #003366; }
.ingress { font-size: 13px; font-weight: bold; }
.ram { border: 1px solid #99AABB; }
-->
</style>
"""


class Tables(_Renderer):
    family = "tables"
    title_sep = " - "

    def render(self) -> str:
        s = self.s
        drawer = self.style == "drawer"
        tree = self.tree_html(drawer)
        return "".join([
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" '
            '"http://www.w3.org/TR/html4/loose.dtd">\n<html>\n<head>\n',
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n',
            f"<title>{self.page_title()}</title>\n", self.head_meta(),
            '<style type="text/css">body,td{font-family:Verdana,Arial;font-size:12px}'
            "a.meny{color:#003366;font-weight:bold;text-decoration:none}"
            "a.undermeny{color:#003366;text-decoration:none}.liten{font-size:10px}</style>\n",
            '<script type="text/javascript">function visaMeny(){var m=document.getElementById('
            '"meny");m.style.display=(m.style.display=="none")?"block":"none";}</script>\n',
            _DREAMWEAVER,
            '</head>\n<body bgcolor="#ffffff" leftmargin="0" topmargin="0" marginwidth="0" '
            'marginheight="0">\n', self.hidden_comment(),
            '<table width="100%" border="0" cellspacing="0" cellpadding="0">\n',
            '<tr><td colspan="2" bgcolor="#003366" align="right" class="liten">',
            f'<a href="#innehall"><font color="#ffffff">{self.t(SKIP)}</font></a> &nbsp; ',
            " &nbsp; ".join(self.a(p, f'<font color="#ffffff">{self.t(ti)}</font>')
                            for ti, p in s.topbar),
            f' &nbsp; <input type="button" value="{self.ta(LISTEN)}"></td></tr>\n',
            '<tr><td width="220" valign="middle">',
            self.a("/", f'<img src="/logo.svg" alt="" width="150" height="44" border="0"><br>'
                        f'<font size="4" color="#003366"><b>{self.t(s.c.site_name)}</b></font>'),
            '</td><td align="right" valign="middle">',
            f'<form action="{self.href("/sok")}" method="get"><font size="1">{self.t(SEARCH_LABEL)}'
            '</font> <input type="text" name="sok" size="20"> <input type="submit" '
            f'value="{self.ta(SEARCH_BUTTON)}"></form>',
            " &nbsp; ".join(self.link(x) for x in s.header_links),
            f' &nbsp; <input type="button" value="{self.ta(MENU_BUTTON)}" onclick="visaMeny()">'
            "</td></tr>\n",
            '<tr><td colspan="2" bgcolor="#ccddee"><table border="0" cellspacing="0" '
            'cellpadding="6"><tr>',
            "".join(f"<td>{self.link(x, 'meny')}</td>" for x in s.tops),
            "</tr></table></td></tr>\n",
            f'<tr><td width="220" valign="top" bgcolor="#eef3f8">{tree}</td>',
            f'<td valign="top"><a name="innehall"></a>\n{self.main_inner()}</td></tr>\n',
            self.footer(), "</table>\n", self.cookie(), "</body>\n</html>\n"])

    def tree_html(self, closed: bool) -> str:
        rows = []
        for area, subs in self.s.tree:
            rows.append(f"<tr><td>{self.link(area, 'meny')}</td></tr>"
                        + "".join(f'<tr><td>&nbsp;&nbsp;<img src="/logo.svg" width="7" height="7" '
                                  f'alt="" border="0" align="absmiddle">&nbsp;'
                                  f"{self.link(x, 'undermeny')}</td></tr>"
                                  for x in subs))
        table = f'<table border="0" cellspacing="0" cellpadding="2">{"".join(rows)}</table>'
        if closed:
            return f'<div id="meny" style="display:none">{table}</div>'
        return table

    def footer(self) -> str:
        cells = "".join(f'<td valign="top" width="33%"><b>{self.t(head)}</b><br>'
                        + "<br>".join(self.inline(x) for x in lines) + "</td>"
                        for head, lines in self.s.footer_cols)
        return (f'<tr><td colspan="2" bgcolor="#dddddd"><table width="100%" cellpadding="8"><tr>'
                f'{cells}</tr></table><center class="liten">{self.t(self.s.copyright)}</center>'
                "</td></tr>\n")

    def cookie(self) -> str:
        return (f'<div id="kakor" style="position:fixed;bottom:0;background:#ffffcc;width:100%">'
                f'{self.t(COOKIE_TEXT)} {self.a("/kakor", self.t(COOKIE_MORE))} <input '
                f'type="button" value="{self.ta(COOKIE_YES)}"> <input type="button" '
                f'value="{self.ta(COOKIE_NO)}"></div>\n')

    def crumbs(self, items, current) -> str:
        return ('<p class="liten">' + " ".join(self.link(x) for x in items)
                + f" {self.t(current)}</p>\n")

    def h1(self, text) -> str:
        return f'<h1><font color="#003366">{self.t(text)}</font></h1>\n'

    def b_h2(self, text) -> str:
        return f"<h2>{self.t(text)}</h2>\n"

    def b_p(self, text) -> str:
        return f"<p>{self.inline(text)}</p>\n"

    def b_ul(self, items) -> str:
        return "<ul>" + "".join(f"<li>{self.inline(x)}</li>" for x in items) + "</ul>\n"

    def b_kv(self, rows) -> str:
        return ('<table border="0" cellpadding="2">' + "".join(
            f"<tr><td><b>{self.t(k)}</b></td><td>{self.inline(v)}</td></tr>" for k, v in rows)
            + "</table>\n")

    def b_hours(self, caption, rows) -> str:
        return (f'<table border="1" cellpadding="3" cellspacing="0"><tr><td colspan="2"><b>'
                f"{self.t(caption)}</b></td></tr>" + "".join(
                    f"<tr><td>{self.t(d)}</td><td>{self.t(t)}</td></tr>" for d, t in rows)
                + "</table>\n")

    def b_meta(self, lines) -> str:
        return '<p class="liten">' + "<br>".join(self.t(x) for x in lines) + "</p>\n"

    def b_hero(self, heading, text, shortcuts, card) -> str:
        cells = "".join(f'<td bgcolor="#ffffff">{self.link(x)}</td>' for x in shortcuts)
        out = (f'<table width="100%" bgcolor="#e8eef4" cellpadding="10"><tr><td><h1>'
               f'{self.t(heading)}</h1><p>{self.t(text)}</p><table cellpadding="6" '
               f'cellspacing="4"><tr>{cells}</tr></table>')
        if card:
            out += (f'<table cellpadding="6" bgcolor="#ffffff"><tr><td><font size="3"><b>'
                    f"{self.link(card[:2])}</b></font><br>{self.t(card[2])}</td></tr></table>")
        return out + "</td></tr></table>\n"

    def b_news(self, heading, items, more) -> str:
        return (f"<h2>{self.t(heading)}</h2><table cellpadding=\"4\">" + "".join(
            f"<tr><td><b>{self.link((ti, p))}</b><br><font class=\"liten\">{self.t(d)}</font><br>"
            f"{self.t(su)}</td></tr>" for ti, p, d, su in items)
            + f"</table><p>{self.link(more)}</p>\n")

    def b_events(self, heading, items) -> str:
        return (f"<h2>{self.t(heading)}</h2><table cellpadding=\"3\">" + "".join(
            f"<tr><td>{self.link((ti, p))}</td><td>{self.t(d)}</td><td>{self.t(pl)}</td></tr>"
            for ti, p, d, pl in items) + "</table>\n")

    def b_notice(self, heading, text) -> str:
        return (f'<table bgcolor="#ffffcc" cellpadding="6"><tr><td><b>{self.t(heading)}</b><br>'
                f"{self.t(text)}</td></tr></table>\n")

    def hidden_element(self, text: str) -> str:
        return f'<div style="display:none">{html.escape(text)}</div>'


_RENDERERS: dict[str, type[_Renderer]] = {
    "landmarks": Landmarks, "divsoup": DivSoup, "sitevision": Sitevision,
    "municipio": Municipio, "bootstrap": Bootstrap, "tables": Tables,
}

_LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" width="160" height="48" viewBox="0 0 160 48">'
         '<rect width="48" height="48" rx="8" fill="#00529b"/><path d="M12 36V12h6v18h12v6z" '
         'fill="#fff"/></svg>\n')


# --------------------------------------------------------------------------
# public rendering API
# --------------------------------------------------------------------------

def render_site(content: SiteContent, family: str, *,
                slash: Literal["slash", "noslash", "both"] = "slash",
                hidden_names: bool = False,
                text_variant: Literal["plain", "soft_hyphen", "nbsp", "odd_case"] = "plain",
                hidden_kinds: tuple[str, ...] = HIDDEN_KINDS) -> dict[str, Page]:
    """Render *content* in *family*; returns URL path -> Page.

    slash: "slash" serves every inner page at /path/ (and /path redirects there
    with 301), "noslash" at /path (/path/ redirects with 301), "both" serves
    both forms with 200 and links alternate between them.
    hidden_names: adds service-function words as pure hidden metadata
    (``hidden_kinds``, all by default) on the front page and some inner pages.
    text_variant: how the unit's name is written in every visible place.
    """
    if family not in _RENDERERS:
        raise ValueError(f"unknown family {family!r}; one of {', '.join(FAMILIES)}")
    bad = set(hidden_kinds) - set(HIDDEN_KINDS)
    if bad:
        raise ValueError(f"unknown hidden kinds {sorted(bad)}")
    content = copy.deepcopy(content)
    site = _Site(content, slash, hidden_names, text_variant, hidden_kinds)
    cls = _RENDERERS[family]
    out: dict[str, Page] = {}
    for spec in site.specs():
        body = cls(site, spec).render()
        page = Page(body)
        if spec.path == "/":
            out["/"] = page
        elif slash == "slash":
            out[spec.path + "/"] = page
            out[spec.path] = Page("", status=301, location=spec.path + "/")
        elif slash == "noslash":
            out[spec.path] = page
            out[spec.path + "/"] = Page("", status=301, location=spec.path)
        else:
            out[spec.path] = page
            out[spec.path + "/"] = page
    out["/logo.svg"] = Page(_LOGO, content_type="image/svg+xml")
    return out


def dead_links(content: SiteContent) -> set[str]:
    """Canonical paths (no trailing slash) that the site links to on purpose
    without a page: menu items with ``has_page=False`` (the same in every family)."""
    pages = {p.path for p in content.pages}
    return {i.path for a in content.menu for i in a.items
            if not i.has_page and i.path not in pages}
