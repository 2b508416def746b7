"""Self-check of the blind35 corpus (loopback only, stdlib urllib, no redirect following).

    python3 tests/blind35/tools/check_sites.py

Serves every site with tests/blind/server.py and fails loudly (exit 1) on: labels.csv not matching
the sites (codes, names, consistency b<=a, c<=b, d<=a, score = sum, notes present); a manifest page
that does not answer 200 with its content type; robots.txt forbidding /; sitemap.xml not listing the
manifest's sitemap; a search word not returning its hits, or an unknown word not answering
"Inga träffar"; from the front page, any same-site link on any reached page that is not a manifest
page or redirect (a broken link), a redirect answering other than the manifest says, an off-site
link; and a manifest page that no link reaches (a page missing from the crawl).
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

CODES = [str(n) for n in range(9377, 9387)]
UNLINKED: dict[str, set[str]] = {}


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


def charset(ctype: str) -> str:
    m = re.search(r"charset=([\w-]+)", ctype or "", re.I)
    return m.group(1) if m else "utf-8"


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


def check_labels(errors: list[str]) -> None:
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]:
            errors.append(f"labels.csv header {reader.fieldnames}")
        rows = list(reader)
    codes = [r["kommunkod"] for r in rows]
    sites = sorted(p.name for p in (CORPUS / "sites").iterdir() if (p / "site.json").is_file())
    if codes != CODES or sites != CODES:
        errors.append(f"labels.csv codes {codes} / site folders {sites} != {CODES}")
    for r in rows:
        code = r["kommunkod"]
        if code not in sites:
            continue
        m = manifest(code)
        if m["kommun"] != r["kommun"] or m["kommunkod"] != code:
            errors.append(f"{code}: labels kommun {r['kommun']!r} != manifest {m['kommun']!r}")
        if r["status"] != "ok":
            errors.append(f"{code}: status {r['status']} (all sites in this corpus are ok)")
            continue
        try:
            v = {k: int(r[k]) for k in "abcde"}
        except ValueError:
            errors.append(f"{code}: non-integer aspect")
            continue
        if any(x not in (0, 1) for x in v.values()):
            errors.append(f"{code}: aspect not 0/1 {v}")
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            errors.append(f"{code}: inconsistent {v}")
        if sum(v.values()) != int(r["score"]):
            errors.append(f"{code}: score {r['score']} != {sum(v.values())}")
        if len(r["notes"]) < 40:
            errors.append(f"{code}: notes missing")


def check_site(code: str, origin: str, errors: list[str]) -> str:
    m = manifest(code)
    pages, redirects = m["pages"], m.get("redirects", {})
    err = errors.append
    for p, spec in pages.items():
        st, h, _ = fetch(origin + p)
        want = spec["content_type"] if isinstance(spec, dict) else "text/html; charset=utf-8"
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')} (want 200 {want})")
    st, _, body = fetch(origin + "/robots.txt")
    if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
        err(f"{code}: robots.txt forbids /")
    st, _, body = fetch(origin + "/sitemap.xml")
    locs = [x.decode()[len(origin):] for x in re.findall(rb"<loc>([^<]+)</loc>", body)]
    if locs != m["sitemap"]:
        err(f"{code}: sitemap mismatch")
    for p in m["sitemap"]:
        if p not in pages:
            err(f"{code}: sitemap path {p} not a page")
    sp = m["search"]
    for word, want in sp["hits"].items():
        st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        text = body.decode(charset(h.get("Content-Type")))
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want:
            err(f"{code}: search {word!r} -> {hrefs}, want {want}")
    st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "zzxqy"}))
    if "Inga träffar" not in body.decode(charset(h.get("Content-Type"))):
        err(f"{code}: unknown search word")
    seen_pages: set[str] = set()
    checked: set[str] = set()
    queue = [("/", "(start)")]
    nlinks = 0
    while queue:
        path, src = queue.pop(0)
        if path in checked:
            continue
        checked.add(path)
        st, h, body = fetch(origin + path)
        if path in redirects:
            tgt, want = redirects[path]
            if st != want or h.get("Location") != origin + tgt:
                err(f"{code} {path}: redirect {st} {h.get('Location')}")
            queue.append((tgt, path))
            continue
        if path not in pages:
            err(f"{code} {path}: BROKEN LINK from {src} (not in manifest, answered {st})")
            continue
        if st != 200:
            err(f"{code} {path}: {st}")
            continue
        seen_pages.add(path)
        ct = h.get("Content-Type", "")
        if not ct.startswith("text/html"):
            continue
        text = body.decode(charset(ct))
        if "<h1" not in text or "<title>" not in text:
            err(f"{code} {path}: no h1 or title")
        lp = Links()
        lp.feed(text)
        base = origin + path
        if lp.base:
            base = urllib.parse.urljoin(base, lp.base)
        for href in lp.links:
            u = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
            if u.scheme in ("mailto", "tel"):
                continue
            nlinks += 1
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{code} {path}: off-site link {href}")
                continue
            if u.path == sp["path"] and u.query:
                continue
            queue.append((u.path, path))
    missing = set(pages) - seen_pages - UNLINKED.get(code, set())
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    n_html = len(pages)
    if not 8 <= n_html <= 25:
        err(f"{code}: {n_html} pages, want 8-25")
    return f"{code} {m['kommun']}: {len(seen_pages)}/{len(pages)} pages reached, {len(checked)} paths, {nlinks} links checked"


def main() -> int:
    errors: list[str] = []
    check_labels(errors)
    with serve_blind_sites(CORPUS / "sites") as sites:
        for code, url in sorted(sites.items()):
            print(check_site(code, url.rstrip("/"), errors))
    for e in errors:
        print("ERROR", e)
    print("all checks passed" if not errors else f"FAILED: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
