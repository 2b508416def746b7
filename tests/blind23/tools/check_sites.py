"""Self-check of the blind23 corpus (loopback only, stdlib).

    cd /work/main && python3 tests/blind23/tools/check_sites.py

Serves every site with tests/blind/server.py and fails loudly (exit 1, one ERROR line each) on:
- labels.csv: wrong header, codes/names not matching the manifests, b>a, c>b, d>a, score != sum,
  aspects other than 0/1, missing notes, status other than ok;
- a manifest page that does not answer 200 with its content type, or does not have exactly one <h1> (front pages: at most one);
- a redirect that does not answer its status and absolute Location;
- robots.txt forbidding / to *, a sitemap not listing the manifest's sitemap, a search word that
  does not return its hits (or that returns hits where none are configured);
- crawling from the front page (after its redirect): any same-site link (<a href>, and the action
  of GET forms) that is broken, i.e. answers anything but a manifest page or a manifest redirect;
- a manifest page that is not reachable by links from the front page.
Off-site links (social media, share buttons, ReadSpeaker, translate, krisinformation, e-services)
use reserved .example hosts and are counted, never fetched.
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
ROOT = CORPUS.parent.parent
sys.path.insert(0, str(ROOT))
from tests.blind.server import serve_blind_sites  # noqa: E402

HEADER = ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]
CODES = [str(n) for n in range(9241, 9251)]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(url: str):
    try:
        with OPENER.open(url, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


class Parse(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.forms: list[str] = []
        self.h1 = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href") is not None:
            self.links.append(a["href"])
        elif tag == "form" and (a.get("method") or "get").lower() == "get" and a.get("action"):
            self.forms.append(a["action"])
        elif tag == "h1":
            self.h1 += 1

    handle_startendtag = handle_starttag


def check_labels(manifests: dict, err) -> int:
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        rows = [dict(zip(header, r, strict=False)) for r in rd]
    if header != HEADER:
        err(f"labels.csv header {header}")
    if [r["kommunkod"] for r in rows] != CODES:
        err(f"labels.csv codes {[r['kommunkod'] for r in rows]} != {CODES}")
    if sorted(manifests) != CODES:
        err(f"site folders {sorted(manifests)} != {CODES}")
    for r in rows:
        k = r["kommunkod"]
        m = manifests.get(k)
        if m is None:
            err(f"labels.csv {k}: no site")
            continue
        if r["kommun"] != m["kommun"]:
            err(f"labels.csv {k}: kommun {r['kommun']!r} != manifest {m['kommun']!r}")
        if r["status"] != "ok":
            err(f"labels.csv {k}: status {r['status']}")
            continue
        try:
            v = {x: int(r[x]) for x in "abcde"}
        except ValueError:
            err(f"labels.csv {k}: non-integer aspect")
            continue
        if any(x not in (0, 1) for x in v.values()):
            err(f"labels.csv {k}: aspect not 0/1")
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            err(f"labels.csv {k}: inconsistent {v}")
        if sum(v.values()) != int(r["score"]):
            err(f"labels.csv {k}: score {r['score']} != {sum(v.values())}")
        if len(r["notes"]) < 40:
            err(f"labels.csv {k}: notes missing")
    scores = [int(r["score"]) for r in rows if r["status"] == "ok"]
    if 5 not in scores or not ({0, 1} & set(scores)):
        err("labels.csv: score spread lacks a 5 or a 0/1")
    return len(rows)


def check_site(code: str, origin: str, m: dict, err) -> str:
    pages, redirects, sp = m["pages"], m.get("redirects", {}), m["search"]
    for p, spec in pages.items():
        st, h, body = fetch(origin + urllib.parse.quote(p))
        want = spec["content_type"] if isinstance(spec, dict) else "text/html; charset=utf-8"
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')}")
            continue
        pr = Parse()
        pr.feed(body.decode("utf-8"))
        if pr.h1 != 1 and not (p == m.get("front_path", "/") or (pr.h1 == 0 and p in ("/", "/sv/"))):
            err(f"{code} {p}: {pr.h1} <h1> elements")
    for p, (tgt, status) in redirects.items():
        st, h, _ = fetch(origin + p)
        if st != status or h.get("Location") != origin + tgt:
            err(f"{code} {p}: redirect {st} {h.get('Location')}")
        if tgt not in pages:
            err(f"{code} {p}: redirect target {tgt} not a page")
    st, _, body = fetch(origin + "/robots.txt")
    if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
        err(f"{code}: robots.txt forbids /")
    st, _, body = fetch(origin + "/sitemap.xml")
    locs = [x.decode()[len(origin):] for x in re.findall(rb"<loc>([^<]+)</loc>", body)]
    if locs != m["sitemap"] or set(locs) != set(pages):
        err(f"{code}: sitemap mismatch")
    for word, want in [*list(sp["hits"].items()), ("zzxqy", [])]:
        st, _, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        text = body.decode("utf-8")
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want or (not want and "Inga träffar" not in text):
            err(f"{code}: search {word!r} -> {st} {hrefs}, want {want}")
        if any(h not in pages for h in want):
            err(f"{code}: search {word!r} hit not a page")
    # crawl every same-site link from the front page
    reached: set[str] = set()
    queue: list[tuple[str, str]] = [("/", "(start)")]
    done: set[str] = set()
    offsite = 0
    nlinks = 0
    while queue:
        path, src = queue.pop(0)
        if path in done:
            continue
        done.add(path)
        if path in redirects:
            queue.append((redirects[path][0], path))
            continue
        if path not in pages:
            st, _, _ = fetch(origin + urllib.parse.quote(path))
            err(f"{code}: broken link {path} (answers {st}, not in manifest) on {src}")
            continue
        st, h, body = fetch(origin + urllib.parse.quote(path))
        if st != 200:
            err(f"{code}: {path} answers {st} (linked from {src})")
            continue
        reached.add(path)
        pr = Parse()
        pr.feed(body.decode("utf-8"))
        for href in pr.links + pr.forms:
            href = href.strip()
            if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
                continue
            nlinks += 1
            u = urllib.parse.urlsplit(urllib.parse.urljoin(origin + path, href))
            if f"{u.scheme}://{u.netloc}" != origin:
                offsite += 1
                if not u.netloc.endswith(".example") and "w3.org" not in u.netloc:
                    err(f"{code} {path}: off-site link to a real-looking host {href}")
                continue
            target = urllib.parse.unquote(u.path) or "/"
            if target == sp["path"] and (href in pr.forms):
                continue  # the search form
            queue.append((target, path))
    missing = sorted(set(pages) - reached)
    if missing:
        err(f"{code}: manifest pages not reachable by links: {missing}")
    return f"{code} {m['kommun']}: {len(reached)}/{len(pages)} pages reached, {len(done)} paths, {nlinks} links ({offsite} off-site, not fetched)"


def main() -> int:
    errors: list[str] = []
    err = errors.append
    manifests = {}
    for d in sorted((CORPUS / "sites").iterdir()):
        if (d / "site.json").is_file():
            m = json.loads((d / "site.json").read_text(encoding="utf-8"))
            manifests[m["kommunkod"]] = m
            if m["kommunkod"] != d.name:
                err(f"{d.name}: manifest kommunkod {m['kommunkod']}")
            for _p, spec in m["pages"].items():
                f = spec if isinstance(spec, str) else spec["file"]
                if not (d / f).is_file():
                    err(f"{d.name}: page file {f} missing")
            on_disk = {f.name for f in d.glob("*.html")} - {"sok.html"}
            listed = {spec if isinstance(spec, str) else spec["file"] for spec in m["pages"].values()}
            if on_disk - listed:
                err(f"{d.name}: HTML files not in the manifest: {sorted(on_disk - listed)}")
    n = check_labels(manifests, err)
    print(f"labels.csv: {n} rows")
    with serve_blind_sites(CORPUS / "sites") as sites:
        for code, url in sorted(sites.items()):
            print(check_site(code, url.rstrip("/"), manifests[code], err))
    for e in errors:
        print("ERROR", e)
    print("all checks passed" if not errors else f"FAILED: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
