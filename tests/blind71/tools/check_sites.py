"""Self-check of the blind71 corpus (loopback only, stdlib urllib).

    cd /work/main && python3 tests/blind71/tools/check_sites.py

Serves every site with tests/blind/server.py, then checks: labels.csv is consistent (codes
8061-8070, kommun = manifest, status known, aspects 0/1 and empty when not ok, b<=a, c<=b, d<=a,
score = sum, notes present); a site labelled blocked answers 403 on its front page; for every ok
site: every manifest page answers 200 with its content type; robots.txt lets * fetch the front
page; sitemap.xml (where the manifest has one) lists exactly every manifest page; every search
word returns exactly its hits and an unknown word "Inga träffar"; from the front page, every link
on every reachable page answers exactly as the manifest says (page -> 200, redirect -> its status
and absolute Location, anything else -> 404); every manifest page is reachable by links; every
phone number written on a page is in a fiction range.
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

CODES = [str(c) for c in range(8061, 8071)]
STATUSES = {"ok", "unreachable", "blocked", "not_html", "needs_browser"}
UNLINKED: dict[str, set[str]] = {}
FICTION = ("08-465 004 ", "031-390 06 ", "040-628 04 ", "0980-319 2", "+468465004", "+46313900", "+46406280", "+469803192")
PHONE = re.compile(r"(?<![\d+])(0\d{1,3}-\d{3} ?\d{2,3}(?: ?\d{2})?|\+46\d{8,10})")


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


def manifest(code: str) -> dict:
    return json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))


def check_labels(errors: list[str]) -> dict[str, str]:
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as fh:
        rd = csv.DictReader(fh)
        if rd.fieldnames != ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]:
            errors.append(f"labels.csv header {rd.fieldnames}")
        rows = list(rd)
    codes = [r["kommunkod"] for r in rows]
    if codes != CODES:
        errors.append(f"labels.csv codes {codes}")
    status = {}
    for r in rows:
        code = r["kommunkod"]
        status[code] = r["status"]
        m = manifest(code)
        if m["kommun"] != r["kommun"]:
            errors.append(f"{code}: kommun {r['kommun']} != manifest {m['kommun']}")
        if r["status"] not in STATUSES:
            errors.append(f"{code}: unknown status {r['status']}")
        if len(r["notes"]) < 150:
            errors.append(f"{code}: notes too short")
        if r["status"] != "ok":
            if any(r[k] for k in "abcde") or r["score"]:
                errors.append(f"{code}: aspects/score must be empty when status is {r['status']}")
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
    return status


def check_phones(code: str, path: str, text: str, errors: list[str]) -> None:
    for num in PHONE.findall(text):
        if not num.startswith(FICTION):
            errors.append(f"{code} {path}: phone number outside fiction ranges: {num}")


def check_blocked(code: str, origin: str, errors: list[str]) -> str:
    for p in ("/", "/robots.txt"):
        st, _, _ = fetch(origin + p)
        if st not in (401, 403):
            errors.append(f"{code} {p}: {st}, expected 401/403 for a blocked site")
    return f"{code}: blocked (front page and robots.txt answer 403)"


def check_site(code: str, origin: str, errors: list[str]) -> str:
    m = manifest(code)
    pages, redirects = m["pages"], m.get("redirects", {})
    err = errors.append
    for p, spec in pages.items():
        st, h, body = fetch(origin + p)
        want = spec["content_type"] if isinstance(spec, dict) else "text/html; charset=utf-8"
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')}")
    st, _, body = fetch(origin + "/robots.txt")
    if "robots" in m and (st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body)):
        err(f"{code}: robots.txt forbids /")
    if "sitemap" in m:
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
        check_phones(code, path, text, errors)
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
            if u.path == sp["path"] and (u.path not in pages or sp["param"] in urllib.parse.parse_qs(u.query)):
                continue
            queue.append(u.path)
    missing = set(pages) - seen_pages - UNLINKED.get(code, set())
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    leaked = UNLINKED.get(code, set()) & seen_pages
    if leaked:
        err(f"{code}: pages meant to be unlinked are linked: {sorted(leaked)}")
    return f"{code}: {len(seen_pages)} pages reached of {len(pages)}, {len(checked)} distinct paths checked"


def main() -> int:
    errors: list[str] = []
    status = check_labels(errors)
    with serve_blind_sites(CORPUS / "sites") as sites:
        if sorted(sites) != CODES:
            errors.append(f"served sites {sorted(sites)}")
        for code, url in sorted(sites.items()):
            st = status.get(code, "ok")
            if st == "blocked":
                print(check_blocked(code, url.rstrip("/"), errors))
            elif st == "ok":
                print(check_site(code, url.rstrip("/"), errors))
            else:
                errors.append(f"{code}: no check for status {st}")
    for e in errors:
        print("ERROR", e)
    print("all checks passed" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
