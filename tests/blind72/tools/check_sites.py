"""Self-check of the blind72 corpus (loopback only, stdlib urllib), adapted from blind64's.

    cd /work/main && python3 tests/blind72/tools/check_sites.py

Serves every site with tests/blind/server.py, then checks: labels.csv is consistent (codes
8071-8080, kommun = manifest, status known, aspects 0/1 or empty when not ok, b<=a, c<=b, d<=a,
score = sum, notes present); every manifest page answers 200 with its content type; robots.txt
lets * fetch the front page; sitemap.xml lists exactly the manifest's sitemap (= every manifest
page); every search word returns its hits and an unknown word "Inga träffar"; from the front page,
every link on every reachable page answers exactly as the manifest says (page -> 200, redirect ->
its status and Location, anything else -> 404); every manifest page is reachable by links; every
HTML page carries the site chrome (logo link, search form, Tillgänglighetsredogörelse, växel,
org.nr, cookie banner); phone numbers are in the fiction ranges and postcodes in 999 xx.
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

CODES = [str(c) for c in range(8071, 8081)]
STATUSES = {"ok", "unreachable", "blocked", "not_html", "needs_browser"}
UNLINKED: dict[str, set[str]] = {}
# fiction ranges: 08-465 004 xx, 031-390 06 xx, 040-628 04 xx, 0980-319 2xx
FICTION = re.compile(r"^(08-465 004 \d\d|031-390 06 \d\d|040-628 04 \d\d|0980-319 2\d\d)$")
PHONE = re.compile(r"\b0\d{1,3}-\d{2,3} ?\d{2,3} ?\d{0,3}\b")
TELLINK = re.compile(r'href="tel:\+46(\d+)"')
TEL_OK = re.compile(r"^(846500\d\d\d?|3139006\d\d|4062804\d\d|9803192\d\d)$")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(url: str) -> tuple[int, dict, bytes]:
    url = urllib.parse.quote(url, safe=":/?&=%+#")
    try:
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
        self.base: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])


def check_labels(errors: list[str]) -> dict[str, dict]:
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as fh:
        rd = csv.DictReader(fh)
        if rd.fieldnames != ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]:
            errors.append(f"labels.csv header {rd.fieldnames}")
        rows = list(rd)
    codes = [r["kommunkod"] for r in rows]
    if codes != CODES:
        errors.append(f"labels.csv codes {codes}")
    for r in rows:
        code = r["kommunkod"]
        m = json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))
        if m["kommun"] != r["kommun"]:
            errors.append(f"{code}: kommun {r['kommun']} != manifest {m['kommun']}")
        if r["status"] not in STATUSES:
            errors.append(f"{code}: unknown status {r['status']}")
            continue
        if len(r["notes"]) < 200:
            errors.append(f"{code}: notes too short")
        if r["status"] != "ok":
            if any(r[k] for k in ("a", "b", "c", "d", "e", "score")):
                errors.append(f"{code}: status {r['status']} but aspects/score filled")
            continue
        try:
            v = {k: int(r[k]) for k in "abcde"}
        except ValueError:
            errors.append(f"{code}: aspect not an integer")
            continue
        if not set(v.values()) <= {0, 1}:
            errors.append(f"{code}: aspect not 0/1")
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            errors.append(f"{code}: inconsistent {v}")
        if sum(v.values()) != int(r["score"]):
            errors.append(f"{code}: score {r['score']} != {sum(v.values())}")
    return {r["kommunkod"]: r for r in rows}


def check_chrome(code: str, path: str, text: str, err) -> None:
    low = text.lower()
    for need in ("tillgänglighetsredogörelse", "organisationsnummer", "växel", "kakor", "<form", 'href="/"'):
        if need not in low:
            err(f"{code} {path}: chrome lacks {need!r}")
    for num in PHONE.findall(re.sub(r"<script.*?</script>", " ", text, flags=re.S)):
        if not FICTION.match(num.strip()):
            err(f"{code} {path}: phone {num!r} outside the fiction ranges")
    for num in TELLINK.findall(text):
        if not TEL_OK.match(num):
            err(f"{code} {path}: tel: link +46{num} outside the fiction ranges")
    for pc in re.findall(r"\b(\d{3} \d{2}) [A-ZÅÄÖ]", text):
        if not pc.startswith("999"):
            err(f"{code} {path}: postcode-like {pc!r}")


def check_site(code: str, origin: str, row: dict, errors: list[str]) -> str:
    m = json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))
    pages, redirects = m["pages"], m["redirects"]
    err = errors.append
    if m.get("front_status"):
        st, _, _ = fetch(origin + "/")
        if st != int(m["front_status"]):
            err(f"{code}: front answers {st}, manifest says {m['front_status']}")
        return f"{code}: front_status {st} (label {row['status']})"
    for p, spec in pages.items():
        st, h, body = fetch(origin + p)
        want = spec["content_type"] if isinstance(spec, dict) else "text/html; charset=utf-8"
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')}")
    st, _, body = fetch(origin + "/robots.txt")
    if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
        err(f"{code}: robots.txt forbids /")
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
        if st != 200 or hrefs != want:
            err(f"{code}: search {word!r} -> {hrefs}")
    st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "zzxqy"}))
    if "Inga träffar" not in decode(body, h):
        err(f"{code}: unknown search word")
    seen_pages: set[str] = set()
    checked: set[str] = set()
    queue = ["/"]
    front_size = 0
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
        if not h.get("Content-Type", "").startswith("text/html"):
            continue
        text = decode(body, h)
        if not front_size:
            front_size = len(body)
        check_chrome(code, path, text, err)
        lp = Links()
        lp.feed(text)
        base = origin + path
        if lp.base:
            base = urllib.parse.urljoin(base, lp.base)
        for href in lp.links:
            if href.startswith(("mailto:", "tel:", "#")):
                continue
            u = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{code} {path}: off-site link {href}")
                continue
            if u.path == sp["path"] and u.path not in pages:
                continue
            queue.append(u.path)
    missing = set(pages) - seen_pages - UNLINKED.get(code, set())
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    st, h, body = fetch(origin + "/")
    if st in (301, 302):
        st, h, body = fetch(h["Location"])
    nav_links = len(Links_of(decode(body, h)))
    return (f"{code}: {len(seen_pages)} pages reached of {len(pages)}, {len(checked)} distinct paths checked, "
            f"front page {front_size} bytes, {nav_links} links")


def Links_of(text: str) -> list[str]:
    lp = Links()
    lp.feed(text)
    return lp.links


def main() -> int:
    errors: list[str] = []
    rows = check_labels(errors)
    with serve_blind_sites(CORPUS / "sites") as sites:
        if sorted(sites) != CODES:
            errors.append(f"sites {sorted(sites)}")
        for code, url in sorted(sites.items()):
            print(check_site(code, url.rstrip("/"), rows.get(code, {"status": "?"}), errors))
    for e in errors:
        print("ERROR", e)
    print("all checks passed" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
