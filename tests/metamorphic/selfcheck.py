"""Self-check of the generator and server: ``python -m tests.metamorphic.selfcheck``.

Renders every family x knob x entrance, checks that the visible text is the
same across families, that the HTML nests properly, that every link of every
page resolves over HTTP (except the menu items meant to 404), and that each
relation changes what it should and nothing else. Exits 1 on any failure.
"""
from __future__ import annotations

import itertools
import re
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from .generator import (
    ENTRANCES,
    FAMILIES,
    SLASH_FORMS,
    TEXT_VARIANTS,
    dead_links,
    default_content,
    expected_scores,
    move_entrance,
    remove_unit,
    rename_municipality,
    render_site,
    with_channels,
    without_responsible,
    without_what,
)
from .server import serve_pages

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
BLOCK = {"div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "nav", "dl",
         "form", "header", "footer", "main", "aside", "article", "p"}
SKIP_TEXT = {"head", "script", "style", "template", "title"}
SERVICE_WORDS = re.compile(r"kontakt\W?cent|service\W?cent|kundtj|medborgar|servicekontor|"
                           r"kundservice|kundcenter|kommunservice|invånarservice", re.I)

failures: list[str] = []


def fail(msg: str) -> None:
    failures.append(msg)
    if len(failures) <= 40:
        print("FAIL:", msg)


class Doc(HTMLParser):
    """Visible text tokens, links, and nesting errors of one HTML page."""

    def __init__(self, drop_hidden: bool = False):
        super().__init__(convert_charrefs=True)
        self.drop_hidden = drop_hidden
        self.stack: list[tuple[str, bool]] = []   # (tag, skips text)
        self.text: list[str] = []
        self.links: list[str] = []
        self.errors: list[str] = []

    def _skipping(self) -> bool:
        return any(s for _, s in self.stack)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in BLOCK and any(t == "p" for t, _ in self.stack):
            self.errors.append(f"<{tag}> inside <p>")
        if tag == "a" and any(t == "a" for t, _ in self.stack):
            self.errors.append("<a> inside <a>")
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        if tag == "form" and "action" in a:
            self.links.append(a["action"])
        if tag == "input" and a.get("type") in ("submit", "button") and not self._skipping():
            self.text.append(a.get("value", ""))
        if tag in VOID:
            return
        hidden = tag in SKIP_TEXT
        if self.drop_hidden and ("hidden" in a or a.get("aria-hidden") == "true"
                                 or "display:none" in (a.get("style") or "").replace(" ", "")
                                 or "d-none" in (a.get("class") or "").split()):
            hidden = True
        self.stack.append((tag, hidden))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
            while self.stack and self.stack[-1][0] != tag:
                self.stack.pop()
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not self._skipping():
            self.text.append(data)

    def close(self):
        super().close()
        if self.stack:
            self.errors.append("unclosed " + ",".join(t for t, _ in self.stack))


def parse(body: str, drop_hidden: bool = False) -> Doc:
    d = Doc(drop_hidden)
    d.feed(body)
    d.close()
    return d


def tokens(body: str, drop_hidden: bool = False) -> list[str]:
    out = []
    for tok in re.split(r"[ \t\r\n\f]+", " ".join(parse(body, drop_hidden).text)):
        tok = tok.strip("\xa0")
        if tok:
            out.append(tok)
    return out


def html_pages(site):
    return {p: pg for p, pg in site.items()
            if pg.status == 200 and pg.content_type.startswith("text/html")}


def site_text(site, drop_hidden=False):
    memo: dict[int, list[str]] = {}   # "both" serves one body under two paths
    out = {}
    for p, pg in html_pages(site).items():
        if id(pg) not in memo:
            memo[id(pg)] = tokens(pg.body, drop_hidden)
        out[p] = memo[id(pg)]
    return out


def canon(path: str) -> str:
    return path.rstrip("/") or "/"


# ------------------------------------------------------------------ static checks

def check_static(full: bool = False) -> None:
    base = default_content()
    t0 = time.time()
    contents = {e: move_entrance(base, e) for e in ENTRANCES}
    contents["no_unit"] = remove_unit(base)
    n_sites = 0
    all_knobs = list(itertools.product(SLASH_FORMS, (False, True), TEXT_VARIANTS))
    combos = []
    for key in contents:
        if full or key == "header":
            combos += [(key, *k) for k in all_knobs]
        else:
            combos += [(key, "slash", h, v) for h in (False, True) for v in ("plain", "odd_case")]
    for key, slash, hidden, variant in combos:
            c = contents[key]
            texts = {}
            paths = None
            for fam in FAMILIES:
                site = render_site(c, fam, slash=slash, hidden_names=hidden, text_variant=variant)
                n_sites += 1
                if paths is None:
                    paths = set(site)
                elif set(site) != paths:
                    fail(f"{key}/{fam}/{slash}: paths differ from landmarks")
                if slash == "slash" and not hidden and variant == "plain":
                    again = render_site(c, fam)
                    if any(again[p].body != site[p].body for p in site):
                        fail(f"{key}/{fam}: not deterministic")
                    for p, pg in html_pages(site).items():
                        errs = parse(pg.body).errors
                        if errs:
                            fail(f"{key}/{fam}{p}: nesting {errs[:3]}")
                texts[fam] = site_text(site)
            ref = texts["landmarks"]
            for fam in FAMILIES[1:]:
                for p in ref:
                    if texts[fam].get(p) != ref[p]:
                        a, b = ref[p], texts[fam].get(p) or []
                        i = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                                 min(len(a), len(b)))
                        fail(f"{key}/{slash}/{hidden}/{variant}: visible text of {p} differs "
                             f"landmarks vs {fam} at token {i}: {a[i-3:i+4]} vs {b[i-3:i+4]}")
                        break
    print(f"static: {n_sites} sites rendered and compared in {time.time() - t0:.1f}s")

    # sizes and menu links
    for fam in FAMILIES:
        site = render_site(base, fam)
        size = len(site["/"].body.encode("utf-8"))
        if not 15_000 <= size <= 40_000:
            fail(f"{fam}: front page is {size} bytes")
        menu_paths = {a.path for a in base.menu} | {i.path for a in base.menu for i in a.items}
        links = parse(site["/"].body).links
        n_menu = sum(1 for h in links if canon(h) in menu_paths)
        n_all = len(links)
        if not 50 <= n_menu - 4 <= 90:   # minus hero shortcuts / events that reuse menu paths
            fail(f"{fam}: {n_menu} menu links")
        print(f"  {fam:10s} front page {size:6d} bytes, {n_all} links, ~{n_menu} to menu paths")

    # entrance visibility on the front page
    for e, c in contents.items():
        for fam in FAMILIES:
            front = " ".join(tokens(render_site(c, fam)["/"].body))
            named = bool(SERVICE_WORDS.search(front))
            if named != (e not in ("none", "no_unit")):
                fail(f"{fam}/{e}: front page names a service function: {named}")
            if e == "no_unit":
                for p, toks in site_text(render_site(c, fam, hidden_names=True), True).items():
                    if SERVICE_WORDS.search(" ".join(toks)):
                        fail(f"{fam}/no_unit: {p} names a service function")

    # hidden names: nothing visible, no link changes; the words are in the bytes
    for fam, e in itertools.product(FAMILIES, ("header", "none")):
        c = contents[e]
        plain, hid = render_site(c, fam), render_site(c, fam, hidden_names=True)
        if site_text(plain, True) != site_text(hid, True):
            fail(f"{fam}/{e}: hidden_names changes visible text")
        for p in html_pages(plain):
            if parse(plain[p].body).links != parse(hid[p].body).links:
                fail(f"{fam}/{e}{p}: hidden_names changes links")
        raw = hid["/"].body.lower()
        for w in ("kundtjänst", "servicecenter", "medborgarkontor", "application/ld+json",
                  "<template", 'name="keywords"', "<!--"):
            if w not in raw:
                fail(f"{fam}: hidden front page lacks {w}")

    # rename: no trace of the old name; text equals the old text with the name replaced
    for fam in FAMILIES:
        for e in ("header", "footer", "none"):
            old = render_site(contents[e], fam, hidden_names=True)
            new = render_site(rename_municipality(contents[e], "Ydby"), fam, hidden_names=True)
            for p, pg in new.items():
                if re.search("lindås|lindas", p + pg.body, re.I):
                    fail(f"{fam}/{e}: rename left the old name in {p}")
                    break
            ot, nt = site_text(old), site_text(new)
            ot = {re.sub("lindas", "ydby", p): [x.replace("Lindås", "Ydby").replace("lindas", "ydby")
                                                for x in v] for p, v in ot.items()}
            if ot != nt:
                fail(f"{fam}/{e}: rename changes more than the name")
    # multi-word unit name "Kontakt Lindås" renames with the municipality
    km = default_content(unit_name="Kontakt Lindås")
    kr = rename_municipality(km, "Ydby")
    if kr.unit.name != "Kontakt Ydby" or kr.unit.path != "/kontakt-ydby":
        fail(f"rename of Kontakt <Kommun>: {kr.unit.name} {kr.unit.path}")

    # text variants: the same words once soft hyphens, nbsp and case are normalised
    def norm(toks):
        return " ".join(toks).replace("\xad", "").replace("\xa0", " ").casefold().split()

    for c0 in (base, km):
        upath = c0.unit.path + "/"
        for fam in FAMILIES:
            plain = site_text(render_site(c0, fam))
            for v in TEXT_VARIANTS[1:]:
                var = site_text(render_site(c0, fam, text_variant=v))
                if {p: norm(t) for p, t in var.items()} != {p: norm(t) for p, t in plain.items()}:
                    fail(f"{fam}/{v}/{c0.unit.name}: text variant changes more than the name")
                if var[upath] == plain[upath]:
                    fail(f"{fam}/{v}/{c0.unit.name}: text variant changes nothing on the unit page")
                joined = " ".join(var[upath])
                want = {"soft_hyphen": "\xad", "nbsp": "\xa0"}.get(v)
                if want and want not in joined:
                    fail(f"{fam}/{v}: unit page lacks {want!r}")

    # slash forms: same text, same targets
    for fam in FAMILIES:
        ref = None
        for slash in SLASH_FORMS:
            site = render_site(base, fam, slash=slash)
            texts = {canon(p): t for p, t in site_text(site).items()}
            targets = {p: sorted(canon(h) for h in parse(pg.body).links)
                       for p, pg in html_pages(site).items()}
            targets = {canon(p): t for p, t in targets.items()}
            if ref is None:
                ref = (texts, targets)
            elif (texts, targets) != ref:
                fail(f"{fam}/{slash}: slash form changes text or link targets")
            front_links = [h for h in parse(site["/"].body).links if h.startswith("/") and h != "/"]
            ends = {h.split("#")[0].endswith("/") for h in front_links}
            want = {"slash": {True}, "noslash": {False}, "both": {True, False}}[slash]
            if ends != want:
                fail(f"{fam}/{slash}: link forms {ends}")

    # the d/e relations remove exactly what they should from the unit page
    def unit_text(c):
        return " ".join(tokens(render_site(c, "landmarks")[c.unit.path + "/"].body))
    ut = unit_text(base)
    for needle in ("frågor om", "Enhetschef för kontaktcenter", "kontaktcenter@lindas.se",
                   "Öppettider", "0123-45 67 00", "Besöksadress"):
        if needle not in ut:
            fail(f"unit page lacks {needle!r}")
    if "frågor om" in unit_text(without_what(base)) or "hjälpa dig med" in unit_text(without_what(base)):
        fail("without_what leaves a matter")
    one = unit_text(with_channels(base, ("phone",)))
    if (any(x in one for x in ("kontaktcenter@", "Öppettider"))
            or one.count("Besöksadress") != ut.count("Besöksadress") - 1):
        fail("with_channels leaves a channel")
    if "Enhetschef" in unit_text(without_responsible(base)):
        fail("without_responsible leaves the manager")
    for rel, want in ((without_what, 4), (lambda c: with_channels(c, ("phone",)), 4),
                      (without_responsible, 4), (remove_unit, 0)):
        if sum(expected_scores(rel(base)).values()) != want:
            fail(f"expected_scores of a relation: {expected_scores(rel(base))}")

    # expected scores by the rubric
    print("expected scores by the rubric:")
    for key, c in contents.items():
        sc = expected_scores(c)
        print(f"  {key:10s} " + " ".join(f"{k}{v}" for k, v in sc.items()) + f" = {sum(sc.values())}")


# ------------------------------------------------------------------ HTTP checks

def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            r.read()
            return r.status, r.geturl()
    except urllib.error.HTTPError as e:
        return e.code, url


def check_http() -> None:
    base = default_content()
    sites = {}
    for fam, slash, hidden, variant in itertools.product(FAMILIES, SLASH_FORMS, (False, True),
                                                         TEXT_VARIANTS):
        sites[(fam, slash, hidden, variant, "header")] = (base, render_site(
            base, fam, slash=slash, hidden_names=hidden, text_variant=variant))
    for fam, e in itertools.product(FAMILIES, (*ENTRANCES, "no_unit")):
        c = remove_unit(base) if e == "no_unit" else move_entrance(base, e)
        for slash in ("slash", "noslash"):
            sites.setdefault((fam, slash, False, "plain", e), (c, render_site(c, fam, slash=slash)))
    t0 = time.time()
    n_fetch = 0
    with serve_pages({k: v[1] for k, v in sites.items()}) as urls, \
            ThreadPoolExecutor(max_workers=16) as pool:
        # server basics
        u = urls[("landmarks", "slash", False, "plain", "header")]
        with urllib.request.urlopen(u + "robots.txt") as r:
            if r.read().decode() != "User-agent: *\nAllow: /\n":
                fail("robots.txt")
        if fetch(u + "no-such-page/")[0] != 404:
            fail("unknown path is not 404")
        if fetch(u + "kontaktcenter/?q=1")[0] != 200:
            fail("query string not ignored")
        st, final = fetch(u + "kontaktcenter")
        if st != 200 or not final.endswith("/kontaktcenter/"):
            fail(f"slash redirect: {st} {final}")
        for key, (c, site) in sites.items():
            base_url = urls[key]
            dead = dead_links(c)
            wanted: dict[str, set[str]] = {}
            for p, pg in html_pages(site).items():
                page_url = urljoin(base_url, p)
                for h in parse(pg.body).links:
                    if h.startswith(("mailto:", "tel:")):
                        continue
                    full = urljoin(page_url, h).split("#")[0]
                    if urlsplit(full).netloc != urlsplit(base_url).netloc:
                        fail(f"{key}: external link {h}")
                        continue
                    wanted.setdefault(full, set()).add(p)
            results = dict(zip(wanted, pool.map(fetch, wanted), strict=False))
            n_fetch += len(results)
            for full, (st, _final) in results.items():
                path = urlsplit(full).path
                expect = 404 if canon(path) in dead else 200
                if st != expect:
                    fail(f"{key}: {path} -> {st} (linked from {sorted(wanted[full])[:2]})")
            linked = {canon(urlsplit(f).path) for f in wanted}
            if not dead <= linked:
                fail(f"{key}: dead links not all linked")
    print(f"http: {len(sites)} sites served, {n_fetch} link targets fetched in "
          f"{time.time() - t0:.1f}s")


def main() -> int:
    check_static(full="--full" in sys.argv)
    check_http()
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
