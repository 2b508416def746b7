"""Self-check of the blind75 corpus (loopback only, stdlib urllib), adapted from blind64's.

    cd /work/main && python3 tests/blind75/tools/check_sites.py

Serves every site with tests/blind/server.py, then checks: labels.csv is consistent (codes, kommun =
manifest, status values, aspects 0/1 and empty when not ok, b<=a, c<=b, d<=a, score = sum, notes);
a site with front_status answers that status on every path tried (robots.txt included); otherwise every
manifest page answers 200 with its content type; robots.txt (when present) lets * fetch the front page;
sitemap.xml (when present) lists exactly the manifest's pages; every configured search word returns its
hits and an unknown word "Inga träffar"; from the front page, every link on every reachable page answers
exactly as the manifest says (page -> 200, redirect -> its status and Location, anything else -> 404);
every manifest page is reachable by links; each front page carries the chrome the brief asks for.
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

CODES = [str(c) for c in range(8101, 8111)]
STATUSES = {"ok", "unreachable", "blocked", "not_html", "needs_browser"}
# strings every served front page must carry (cookie banner, search, footer items)
FRONT_MUST = ["Kakor", "role=\"search\"", "Tillgänglighetsredogörelse", "Org.nr", "Växel", "Besöksadress", "E-post", "Nyheter"]


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


def check_labels(errors: list[str]) -> None:
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]:
            errors.append(f"labels.csv header {reader.fieldnames}")
        rows = list(reader)
    codes = [r["kommunkod"] for r in rows]
    if codes != CODES:
        errors.append(f"labels.csv codes {codes}")
    for r in rows:
        code = r["kommunkod"]
        m = json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))
        if m["kommun"] != r["kommun"]:
            errors.append(f"{code}: kommun {r['kommun']} != manifest {m['kommun']}")
        if r["status"] not in STATUSES:
            errors.append(f"{code}: status {r['status']!r}")
            continue
        if len(r["notes"]) < 120:
            errors.append(f"{code}: notes too short")
        if r["status"] != "ok":
            if any(r[k] != "" for k in ("a", "b", "c", "d", "e", "score")):
                errors.append(f"{code}: status {r['status']} but aspects/score not empty")
            if not m.get("front_status"):
                errors.append(f"{code}: status {r['status']} but the manifest has no front_status")
            continue
        if m.get("front_status"):
            errors.append(f"{code}: status ok but front_status {m['front_status']}")
        try:
            v = {k: int(r[k]) for k in "abcde"}
            score = int(r["score"])
        except ValueError:
            errors.append(f"{code}: aspect or score not an integer")
            continue
        if not set(v.values()) <= {0, 1}:
            errors.append(f"{code}: aspect not 0/1")
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            errors.append(f"{code}: inconsistent {v}")
        if sum(v.values()) != score:
            errors.append(f"{code}: score {score} != {sum(v.values())}")


def check_blocked(code: str, origin: str, m: dict, errors: list[str]) -> str:
    want = int(m["front_status"])
    paths = ["/", "/robots.txt", "/sitemap.xml", *m["pages"]]
    for p in paths:
        st, _, _ = fetch(origin + p)
        if st != want:
            errors.append(f"{code} {p}: {st}, expected front_status {want}")
    return f"{code}: every one of {len(paths)} paths answers {want}"


def check_site(code: str, origin: str, errors: list[str]) -> str:
    m = json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))
    if m.get("front_status"):
        return check_blocked(code, origin, m, errors)
    pages, redirects = m["pages"], m.get("redirects", {})
    err = errors.append
    for p, spec in pages.items():
        st, h, body = fetch(origin + p)
        want = spec["content_type"] if isinstance(spec, dict) else "text/html; charset=utf-8"
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')}")
    st, _, body = fetch(origin + "/robots.txt")
    if "robots" in m:
        if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
            err(f"{code}: robots.txt forbids / or missing")
    elif st != 404:
        err(f"{code}: robots.txt should be 404")
    st, _, body = fetch(origin + "/sitemap.xml")
    if "sitemap" in m:
        locs = [x.decode()[len(origin):] for x in re.findall(rb"<loc>([^<]+)</loc>", body)]
        if locs != m["sitemap"] or set(locs) != set(pages):
            err(f"{code}: sitemap mismatch")
    elif st != 404:
        err(f"{code}: sitemap.xml should be 404")
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
    # front page chrome
    front = redirects["/"][0] if "/" in redirects else "/"
    st, h, body = fetch(origin + front)
    text = decode(body, h)
    for s in FRONT_MUST:
        if s not in text:
            err(f"{code}: front page lacks {s!r}")
    # crawl
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
        lp = Links()
        lp.feed(decode(body, h))
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
    missing = set(pages) - seen_pages
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
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
    print("all checks passed" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
