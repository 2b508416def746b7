"""Self-check of the blind40 corpus (loopback only, stdlib urllib).

    python3 tests/blind40/tools/check_sites.py

Serves every site with tests/blind/server.py (unchanged), then checks: labels.csv is
consistent; every manifest page answers 200 with its content type; robots.txt lets * fetch
the front page; sitemap.xml lists the manifest's sitemap; every search word returns its hits
and an unknown word "Inga träffar"; from the front page, every link on every reachable page
(including links inside <template> and <noscript>) answers exactly as the manifest says
(page -> 200, redirect -> its status and Location); any other answer, in particular a 404,
is a broken internal link and fails the check; every manifest HTML page is reachable by links
unless listed in UNLINKED.
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

CODES = [str(n) for n in range(9455, 9465)]
# reachable on purpose only through sitemap.xml and the site search
UNLINKED: dict[str, set[str]] = {"9463": {"/servicecentrum/"}}
NON_PAGES = {"/logo.svg"}


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

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("a", "link") and a.get("href") and a.get("rel") != "canonical":
            self.links.append(a["href"])
        if tag == "img" and a.get("src"):
            self.links.append(a["src"])


def check_labels(errors: list[str]) -> None:
    with (CORPUS / "labels.csv").open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]:
            errors.append(f"labels.csv header {reader.fieldnames}")
        rows = list(reader)
    codes = [r["kommunkod"] for r in rows]
    if codes != CODES:
        errors.append(f"labels.csv codes {codes}")
    for r in rows:
        m = json.loads((CORPUS / "sites" / r["kommunkod"] / "site.json").read_text(encoding="utf-8"))
        if m["kommun"] != r["kommun"]:
            errors.append(f"{r['kommunkod']}: kommun {r['kommun']} != {m['kommun']}")
        if r["status"] != "ok":
            if r["status"] != "unreachable" or any(r[k] for k in "abcde") or r["score"]:
                errors.append(f"{r['kommunkod']}: bad status row")
            continue
        v = {k: int(r[k]) for k in "abcde"}
        if any(x not in (0, 1) for x in v.values()):
            errors.append(f"{r['kommunkod']}: aspect not 0/1")
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            errors.append(f"{r['kommunkod']}: inconsistent {v}")
        if sum(v.values()) != int(r["score"]):
            errors.append(f"{r['kommunkod']}: score {r['score']} != {sum(v.values())}")
        if not r["notes"]:
            errors.append(f"{r['kommunkod']}: no notes")


def check_site(code: str, origin: str, errors: list[str]) -> str:
    m = json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))
    pages, redirects = m["pages"], m.get("redirects", {})
    err = errors.append
    for key in ("kommunkod", "kommun", "lan_kod", "lan", "pages", "search"):
        if key not in m:
            err(f"{code}: manifest lacks {key}")
    for p, spec in pages.items():
        name = spec["file"] if isinstance(spec, dict) else spec
        if not (CORPUS / "sites" / code / name).is_file():
            err(f"{code} {p}: file {name} missing")
        st, h, body = fetch(origin + p)
        want = "image/svg+xml" if name.endswith(".svg") else "text/html; charset=utf-8"
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')}")
    for src, (tgt, _status) in redirects.items():
        if tgt not in pages and tgt not in redirects:
            err(f"{code}: redirect {src} -> {tgt} goes nowhere")
    st, _, body = fetch(origin + "/robots.txt")
    if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
        err(f"{code}: robots.txt forbids /")
    st, _, body = fetch(origin + "/sitemap.xml")
    locs = re.findall(rb"<loc>([^<]+)</loc>", body)
    if [x.decode()[len(origin):] for x in locs] != m["sitemap"]:
        err(f"{code}: sitemap mismatch")
    sp = m["search"]
    for word, want in sp["hits"].items():
        st, _, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        text = body.decode("utf-8")
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want:
            err(f"{code}: search {word!r} -> {hrefs}")
    st, _, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "zzxqy"}))
    if "Inga träffar" not in body.decode("utf-8"):
        err(f"{code}: unknown search word")
    seen: set[str] = set()
    checked: set[str] = set()
    queue = [("/", "(start)")]
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
        if path not in pages or st != 200:
            err(f"{code}: broken internal link {path} ({st}) on {src}")
            continue
        seen.add(path)
        if not h.get("Content-Type", "").startswith("text/html"):
            continue
        lp = Links()
        lp.feed(body.decode("utf-8"))
        for href in lp.links:
            u = urllib.parse.urlsplit(urllib.parse.urljoin(origin + path, href))
            if u.scheme in ("tel", "mailto"):
                continue
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{code} {path}: off-site link {href}")
                continue
            if u.path == sp["path"] and u.path not in pages:
                continue
            queue.append((u.path, path))
    missing = set(pages) - seen - UNLINKED.get(code, set()) - NON_PAGES
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    for p in UNLINKED.get(code, set()):
        if p in seen:
            err(f"{code}: {p} should be unlinked")
    return f"{code}: {len(seen)} pages reached of {len(pages)}, {len(checked)} distinct paths checked"


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
