"""Self-check of the blind78 corpus (loopback only, stdlib urllib).

    python3 tests/blind78/tools/check_sites.py

Serves every site with tests/blind/server.py, then checks: labels.csv is consistent (codes, kommun =
manifest, b<=a, c<=b, d<=a, score = sum, blocked rows empty); every manifest page answers 200 with its
content type; robots.txt forbids / for the blocked site only; sitemap.xml lists exactly the manifest
pages; every search word returns its hits and an unknown word "Inga träffar"; from the front page,
every link on every reachable page answers exactly as the manifest says (page -> 200, redirect -> its
status and absolute Location, anything else -> 404); every manifest page is reachable by links; no
page needs JavaScript (no script builds content: only the cookie banner script and dataLayer).
Non-ASCII URLs are percent-encoded before fetching.
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

CODES = [str(c) for c in range(8131, 8141)]
BLOCKED = {"8140"}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def quote_url(url: str) -> str:
    """Percent-encode non-ASCII (and spaces) in path and query; keep existing escapes."""
    u = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((u.scheme, u.netloc, urllib.parse.quote(u.path, safe="/%:@!$&'()*+,;="),
                                    urllib.parse.quote(u.query, safe="=&%+/"), ""))


def fetch(url: str) -> tuple[int, dict, bytes]:
    try:
        with OPENER.open(quote_url(url), timeout=10) as r:
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


def check_labels(errors: list[str]) -> None:
    with (CORPUS / "labels.csv").open(encoding="utf-8") as fh:
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
        if m["kommun"] != r["kommun"] or m["kommunkod"] != code:
            errors.append(f"{code}: kommun {r['kommun']} != manifest {m['kommun']}")
        if len(r["notes"]) < 150:
            errors.append(f"{code}: notes too short")
        if r["status"] != "ok":
            if code not in BLOCKED or r["status"] != "blocked":
                errors.append(f"{code}: unexpected status {r['status']}")
            if any(r[k] for k in "abcde") or r["score"]:
                errors.append(f"{code}: status {r['status']} must have empty aspects and score")
            continue
        if code in BLOCKED:
            errors.append(f"{code}: should be blocked")
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
        if not r["notes"].split(".")[0]:
            errors.append(f"{code}: notes must start with the markup family")


def check_site(code: str, origin: str, errors: list[str]) -> str:
    m = json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))
    pages, redirects = m["pages"], m["redirects"]
    err = errors.append
    for p, spec in pages.items():
        st, h, body = fetch(origin + p)
        want = spec["content_type"] if isinstance(spec, dict) else "text/html; charset=utf-8"
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')}")
        text = decode(body, h)
        scripts = re.findall(r"<script[^>]*>(.*?)</script>", text, re.S)
        if any("dataLayer" not in s for s in scripts):
            err(f"{code} {p}: unexpected script")
    st, _, body = fetch(origin + "/robots.txt")
    forbids = st == 200 and bool(re.search(rb"(?m)^Disallow: /\s*$", body))
    if forbids != (code in BLOCKED):
        err(f"{code}: robots.txt forbids / = {forbids}")
    st, _, body = fetch(origin + "/sitemap.xml")
    locs = [x.decode()[len(origin):] for x in re.findall(rb"<loc>([^<]+)</loc>", body)]
    if locs != m["sitemap"] or set(locs) != set(pages):
        err(f"{code}: sitemap mismatch")
    sp = m["search"]
    for word, want in sp["hits"].items():
        for enc in ("utf-8", "latin-1"):
            st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}, encoding=enc))
            text = decode(body, h)
            got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
            hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
            if st != 200 or hrefs != want:
                err(f"{code}: search {word!r} ({enc}) -> {hrefs}")
    st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "zzxqy"}))
    if "Inga träffar" not in decode(body, h):
        err(f"{code}: unknown search word")
    seen_pages: set[str] = set()
    checked: set[str] = set()
    n_links = 0
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
        lp = Links()
        lp.feed(decode(body, h))
        for href in lp.links:
            if href.startswith(("mailto:", "tel:", "#")):
                continue
            n_links += 1
            u = urllib.parse.urlsplit(urllib.parse.urljoin(origin + path, href))
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{code} {path}: off-site link {href}")
                continue
            queue.append(urllib.parse.unquote(u.path))
    missing = set(pages) - seen_pages
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    st, h, body = fetch(origin + "/")
    lp = Links()
    lp.feed(decode(body, h))
    nfront = len(lp.links)
    if not 60 <= nfront <= 130:
        err(f"{code}: front page has {nfront} links")
    return f"{code}: {len(seen_pages)}/{len(pages)} pages reached, {len(checked)} paths checked, front page {nfront} links"


def main() -> int:
    errors: list[str] = []
    check_labels(errors)
    with serve_blind_sites(CORPUS / "sites") as sites:
        if sorted(sites) != CODES:
            errors.append(f"served {sorted(sites)}")
        for code, url in sorted(sites.items()):
            print(check_site(code, url.rstrip("/"), errors))
    for e in errors:
        print("ERROR", e)
    print("all checks passed" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
