"""Self-check of the blind52 corpus (loopback only, stdlib urllib); adapted from tests/blind3.

    python3 tests/blind52/tools/check_sites.py

Serves every site with tests/blind/server.py, then checks: labels.csv is consistent; every
manifest page answers 200 with its content type; robots.txt lets * fetch the front page of
every ok site; sitemap.xml lists the manifest's sitemap; every search word returns its hits
and an unknown word "Inga träffar" (decoded in the site's charset); from the front page, every link on every reachable page
answers exactly as the manifest says (page -> 200, redirect -> its status and Location,
anything else -> 404); every manifest page is reachable by links unless listed in UNLINKED;
the entrances each label relies on are present in the served front page (ENTRANCES).
"""
from __future__ import annotations

import csv
import json
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
sys.path.insert(0, str(CORPUS.parent.parent))
from tests.blind.server import serve_blind_sites  # noqa: E402

# pages that are on purpose reachable only through the sitemap/search (none are required
# for any label) or that belong to sites whose front page cannot be crawled
UNLINKED: dict[str, set[str]] = {}
STATUS_SITES: dict[str, str] = {}
CODES = [str(n) for n in range(9585, 9595)]

# served-front-page snippets that the labels rely on (present), and ones that must be absent
ENTRANCES: dict[str, tuple[list[str], list[str]]] = {
    "9585": (['<div id="panel-kontakt" class="eh-panel" hidden>', '<h2 id="kc-h">Kontaktcenter</h2>',
              '<a href="/kontaktcenter/">Mer om Kontaktcenter</a>'], []),
    "9586": (['aria-hidden="true" aria-label="Huvudmeny"',
              '<a href="/kommun-och-politik/medborgarservice/">Medborgarservice</a>'], []),
    "9587": (['<a href="/servicecenter/" class="d-top">Servicecenter</a>', '<a href="/servicecenter/">Servicecenter</a>'], []),
    "9588": (['<a class="xic" href="/kundtjanst/" aria-label="Kundtjänst">'], []),
    "9589": (['<a class="btn btn-primary" href="/kontaktcenter">Så når du Kontaktcenter</a>',
              '<a href="/kontaktcenter/">Kontaktcenter</a>'], []),
    "9590": (['<a href="/medborgarkontoret.asp">Medborgarkontor</a>'], []),
    "9591": (['<a href="/nyheter/kontaktcenter-chatt/">Nu kan du chatta med Kontaktcenter</a>'], ['href="/kontaktcenter/"']),
    "9592": (['<a href="/kundcenter.4.1a2b3c.html">Kundcenter</a>'], []),
    "9593": (['<a href="/servicecentrum/">Servicecentrum</a>'], []),
    "9594": (['aria-label="Kundtjänst för VA och avfall"'], []),
}
# how often the service page's href (with or without its final slash, with a fragment) occurs on the front page:
# the labelled entrances and nothing else
SERVICE_HREFS = {"9585": ("/kontaktcenter/", 1), "9586": ("/kommun-och-politik/medborgarservice/", 1),
                 "9587": ("/servicecenter/", 4), "9588": ("/kundtjanst/", 1), "9589": ("/kontaktcenter", 2),
                 "9590": ("/medborgarkontoret.asp", 1), "9591": ("/kontaktcenter/", 0),
                 "9592": ("/kundcenter.4.1a2b3c.html", 1), "9593": ("/servicecentrum/", 1)}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(url: str) -> tuple[int, dict, bytes]:
    try:
        with OPENER.open(url, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.base: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])


def check_labels(errors: list[str]) -> None:
    with (CORPUS / "labels.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    codes = [r["kommunkod"] for r in rows]
    if codes != CODES:
        errors.append(f"labels.csv codes {codes}")
    for r in rows:
        if r["status"] != "ok":
            if any(r[k] for k in "abcde") or r["score"]:
                errors.append(f"{r['kommunkod']}: status row with aspects")
            if STATUS_SITES.get(r["kommunkod"]) != r["status"]:
                errors.append(f"{r['kommunkod']}: status {r['status']}")
            continue
        v = {k: int(r[k]) for k in "abcde"}
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            errors.append(f"{r['kommunkod']}: inconsistent {v}")
        if sum(v.values()) != int(r["score"]):
            errors.append(f"{r['kommunkod']}: score {r['score']} != {sum(v.values())}")
        if not r["notes"]:
            errors.append(f"{r['kommunkod']}: no notes")


def check_site(code: str, origin: str, errors: list[str]) -> str:
    m = json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))
    pages, redirects = m["pages"], m["redirects"]
    err = errors.append
    if m.get("front_status"):
        for p in ["/", "/robots.txt", *pages]:
            st, _, _ = fetch(origin + p)
            if st != m["front_status"]:
                err(f"{code} {p}: {st} != {m['front_status']}")
        return f"{code}: every path {m['front_status']}"
    for p, spec in pages.items():
        st, h, body = fetch(origin + p)
        want = spec["content_type"] if isinstance(spec, dict) else "text/html; charset=utf-8"
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')}")
    st, _, body = fetch(origin + "/robots.txt")
    if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
        err(f"{code}: robots.txt forbids /")
    st, _, body = fetch(origin + "/sitemap.xml")
    locs = re.findall(rb"<loc>([^<]+)</loc>", body)
    if [x.decode()[len(origin):] for x in locs] != m["sitemap"]:
        err(f"{code}: sitemap mismatch")
    sp = m["search"]
    tpl = sp["template"]
    charset = "iso-8859-1" if isinstance(tpl, dict) and "8859" in tpl["content_type"] else "utf-8"
    for word, want in sp["hits"].items():
        st, _, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        text = body.decode(charset)
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want:
            err(f"{code}: search {word!r} -> {hrefs}")
    st, _, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "zzxqy"}))
    if "Inga träffar" not in body.decode(charset):
        err(f"{code}: unknown search word")
    # crawl
    seen_pages: set[str] = set()
    checked: set[str] = set()
    queue = ["/"]
    front = redirects["/"][0] if "/" in redirects else "/"
    if front not in pages:
        err(f"{code}: front page {front} not in manifest")
    while queue:
        path = queue.pop(0)
        if path in checked:
            continue
        checked.add(path)
        st, h, body = fetch(origin + path)
        if path in redirects:
            tgt, want = redirects[path]
            if st != want or h.get("Location") != origin + tgt:
                err(f"{code} {path}: redirect {st} {h.get('Location')}")
            queue.append(tgt)
            continue
        if path not in pages:
            if st != 404:
                err(f"{code} {path}: {st}, not in manifest")
            continue
        if st != 200:
            err(f"{code} {path}: {st}")
            continue
        seen_pages.add(path)
        ct = h.get("Content-Type", "")
        if not ct.startswith("text/html"):
            continue
        text = body.decode("iso-8859-1" if "8859" in ct else "utf-8")
        if path == front:
            check_front(code, text, errors)
        lp = Links()
        lp.feed(text)
        base = origin + path
        if lp.base:
            base = urllib.parse.urljoin(base, lp.base)
        for href in lp.links:
            if href.startswith(("tel:", "mailto:")):
                continue
            u = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{code} {path}: off-site link {href}")
                continue
            if u.path == sp["path"]:
                continue
            queue.append(u.path)
    missing = set(pages) - seen_pages - UNLINKED.get(code, set())
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    return f"{code}: {len(seen_pages)} pages reached of {len(pages)}, {len(checked)} distinct paths checked"


def check_front(code: str, text: str, errors: list[str]) -> None:
    present, absent = ENTRANCES[code]
    for snip in present:
        if snip not in text:
            errors.append(f"{code}: front page lacks {snip!r}")
    for snip in absent:
        if snip in text:
            errors.append(f"{code}: front page has {snip!r}")
    if code in SERVICE_HREFS:
        href, n = SERVICE_HREFS[code]
        got = len(re.findall(r'href="' + re.escape(href) + r'/?[#"]', text))
        if got != n:
            errors.append(f"{code}: service href {href} occurs {got} times on the front page, expected {n}")


def main() -> int:
    errors: list[str] = []
    check_labels(errors)
    with serve_blind_sites(CORPUS / "sites") as sites:
        for code, url in sorted(sites.items()):
            print(check_site(code, url.rstrip("/"), errors))
    for e in errors:
        print("ERROR", e)
    print("all checks passed" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
