"""Self-check of the blind77 corpus (loopback only, stdlib urllib).

    python3 tests/blind77/tools/check_sites.py

Serves every site with tests/blind/server.py, then checks: labels.csv is consistent (codes, kommun =
manifest, b<=a, c<=b, d<=a, score = sum, empty aspects for non-ok statuses, notes present); every
manifest page answers 200 with its content type; robots.txt lets * fetch the front page (and forbids it
for the blocked site); sitemap.xml lists exactly the manifest's pages; every search word returns its
hits and an unknown word "Inga träffar"; from the front page, every link on every reachable page
answers exactly as the manifest says (page -> 200, redirect -> its status and Location, anything else
-> 404); every manifest page is reachable by links; the pages the labels quote contain the quoted words.
"""
from __future__ import annotations

import csv
import html
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

CODES = [str(c) for c in range(8121, 8131)]
STATUSES = {"ok", "unreachable", "blocked", "not_html", "needs_browser"}
BLOCKED = {"8130"}
COUNT = [0]  # checks made
# (page, words) the labels rely on: the check makes sure each is on that page as served
EVIDENCE = {
    "8121": [("/", ">Servicecenter</a>"), ("/servicecenter/", "Enhetschef</p>"), ("/servicecenter/", "08-465 004 21")],
    "8122": [("/", "<strong>Servicecenter Åsbygden</strong>"),
             ("/kommun-och-politik/servicecenter-asbygden.4.3f1a9c.html", "Ansvarig för Servicecenter Åsbygden")],
    "8123": [("/kontakta-oss/", "Hallbros medborgarservice")],
    "8124": [("/", ">Kundcenter</a>"), ("/kommun-och-politik/organisation/", "Enhetschef: Johan Ekdahl")],
    "8125": [("/", ">Kontakta kommunen</a>"), ("/kontakta-kommunen/", "<h2>Kontaktcenter</h2>")],
    "8126": [("/default.asp", ">Medborgarservice</a>"), ("/medborgarservice.asp", "Enhetschef, Medborgarservice")],
    "8127": [("/om-kommunen/organisation/", ">Kontaktcenter</a>")],
    "8128": [("/", ">Kontaktcenter</a>"), ("/kommun-och-politik/organisationsschema/", "avdelningschef Rolf Engström")],
    "8129": [("/", ">Kontakt Rävsnäs svarar nu i chatten</a>"), ("/kontakt-ravsnas/", "leds av vd Eva Lund")],
    "8130": [("/", ">Medborgarkontor</a>")],
}
# paths that must NOT be linked from the front page (labels b0 or "landing page only")
NOT_ON_FRONT = {"8127": {"/om-kommunen/organisation/kontaktcenter/"},
                "8129": {"/kontakt-ravsnas/"}, "8125": set(), "8123": set()}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(url: str) -> tuple[int, dict, bytes]:
    try:
        url = urllib.parse.quote(url, safe=':/?&=%#+')
        url = urllib.parse.quote(url, safe=":/?=&%+")
        with OPENER.open(url, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def decode(body: bytes, headers: dict) -> str:
    m = re.search(r"charset=([\w-]+)", headers.get("Content-Type", ""), re.I)
    return body.decode(m.group(1) if m else "utf-8")


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])


def check_labels(errors: list[str]) -> dict[str, dict]:
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]:
            errors.append(f"labels.csv header {reader.fieldnames}")
        rows = list(reader)
    codes = [r["kommunkod"] for r in rows]
    if codes != CODES:
        errors.append(f"labels.csv codes {codes}")
    for r in rows:
        COUNT[0] += 6
        k = r["kommunkod"]
        m = json.loads((CORPUS / "sites" / k / "site.json").read_text(encoding="utf-8"))
        if m["kommun"] != r["kommun"]:
            errors.append(f"{k}: kommun {r['kommun']} != manifest {m['kommun']}")
        if r["status"] not in STATUSES:
            errors.append(f"{k}: unknown status {r['status']}")
        if len(r["notes"]) < 150:
            errors.append(f"{k}: notes too short")
        if r["status"] != "ok":
            if any(r[x] for x in "abcde") or r["score"]:
                errors.append(f"{k}: status {r['status']} must have empty aspects and score")
            continue
        try:
            v = {x: int(r[x]) for x in "abcde"}
        except ValueError:
            errors.append(f"{k}: aspect not an integer")
            continue
        if not set(v.values()) <= {0, 1}:
            errors.append(f"{k}: aspect not 0/1")
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            errors.append(f"{k}: inconsistent {v}")
        if sum(v.values()) != int(r["score"]):
            errors.append(f"{k}: score {r['score']} != {sum(v.values())}")
    return {r["kommunkod"]: r for r in rows}


def sp_hits(m):
    return m["search"]["hits"]


def check_site(code: str, origin: str, errors: list[str]) -> str:
    m = json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))
    pages, redirects = m["pages"], m["redirects"]
    err = errors.append
    texts: dict[str, str] = {}
    for p, spec in pages.items():
        COUNT[0] += 1
        st, h, body = fetch(origin + p)
        want = spec["content_type"] if isinstance(spec, dict) else "text/html; charset=utf-8"
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')}")
        texts[p] = html.unescape(decode(body, h))
    COUNT[0] += 3 + len(sp_hits(m))
    st, _, body = fetch(origin + "/robots.txt")
    forbids = bool(re.search(rb"(?m)^Disallow: /\s*$", body))
    if st != 200 or forbids != (code in BLOCKED):
        err(f"{code}: robots.txt {'does not forbid' if code in BLOCKED else 'forbids'} /")
    st, _, body = fetch(origin + "/sitemap.xml")
    locs = [x.decode()[len(origin):] for x in re.findall(rb"<loc>([^<]+)</loc>", body)]
    if locs != m["sitemap"] or set(locs) != set(pages):
        err(f"{code}: sitemap mismatch")
    sp = m["search"]
    for word, want in sp["hits"].items():
        st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        text = decode(body, h)
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want or (not want and "Inga träffar" not in text):
            err(f"{code}: search {word!r} -> {hrefs}")
    st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "zzxqy"}))
    if "Inga träffar" not in decode(body, h):
        err(f"{code}: unknown search word")
    # evidence quoted by the labels
    front = "/" if "/" in pages else redirects["/"][0]
    for p, words in EVIDENCE.get(code, []):
        COUNT[0] += 1
        p = front if p == "/" else p
        if words not in texts.get(p, ""):
            err(f"{code} {p}: evidence {words!r} not found")
    # crawl
    seen_pages: set[str] = set()
    checked: set[str] = set()
    front_links: set[str] = set()
    queue = ["/"]
    while queue:
        path = queue.pop(0)
        if path in checked:
            continue
        checked.add(path)
        COUNT[0] += 1
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
        if not h.get("Content-Type", "").startswith("text/html"):
            continue
        lp = Links()
        lp.feed(decode(body, h))
        base = origin + path
        for href in lp.links:
            if href.startswith(("mailto:", "tel:", "#")):
                continue
            if not href.startswith("/") or href.startswith("//"):
                err(f"{code} {path}: link not root-relative {href}")
            u = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{code} {path}: off-site link {href}")
                continue
            if path == front:
                front_links.add(u.path)
            if u.path == sp["path"] and u.path not in pages:
                continue
            queue.append(u.path)
    COUNT[0] += 2
    missing = set(pages) - seen_pages
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    bad = NOT_ON_FRONT.get(code, set()) & front_links
    if bad:
        err(f"{code}: front page links to {sorted(bad)}, which the label says it does not")
    return f"{code}: {len(seen_pages)} pages reached of {len(pages)}, {len(checked)} distinct paths checked"


def main() -> int:
    errors: list[str] = []
    check_labels(errors)
    with serve_blind_sites(CORPUS / "sites") as sites:
        if sorted(sites) != CODES:
            errors.append(f"served sites {sorted(sites)}")
        for code, url in sorted(sites.items()):
            print(check_site(code, url.rstrip("/"), errors))
    for e in errors:
        print("ERROR", e)
    print(f"{COUNT[0]} checks made")
    print("all checks passed" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
