"""Self-check of the blind31 corpus (loopback only, Python standard library).

    python3 tests/blind31/tools/check_sites.py

Serves every site with tests/blind/server.py and fails loudly (exit 1, one ERROR line each) on:

- labels.csv: wrong header, codes other than 9337-9346, a kommun name that differs from the
  manifest, a status other than ok, an aspect that is not 0/1, b > a, c > b, d > a, a score
  that is not the sum, empty notes;
- manifests: kommunkod not the folder name, a file in the folder that the manifest does not
  name (a page missing from the manifest), a named file that does not exist;
- served pages: a manifest page that does not answer 200 with its content type, a redirect
  that does not answer its status and absolute Location, robots.txt that forbids * to fetch /,
  sitemap.xml that differs from the manifest, a search word that does not return its hits or
  an unknown word that does not answer "Inga träffar";
- links: starting from /, every <a href>, <area href>, <frame src>/<iframe src> and
  navigating <option value> of every reached page is fetched (redirects followed hop by
  hop); a same-site link that answers anything but a manifest page or redirect is a broken
  link, a link to another host is an error, and a #fragment must name an id or <a name> on
  the target page;
- every manifest page must be reached by links.
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

CODES = [str(n) for n in range(9337, 9347)]
HEADER = ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(url: str) -> tuple[int, dict, bytes]:
    try:
        with OPENER.open(url, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def charset(ctype: str) -> str:
    m = re.search(r"charset=([\w-]+)", ctype or "", re.I)
    return m.group(1) if m else "utf-8"


class Links(HTMLParser):
    """Link targets a visitor can follow, plus the ids/names a fragment may point at."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.anchors: set[str] = set()
        self.base: str | None = None
        self._select_nav = False

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if a.get("id"):
            self.anchors.add(a["id"])
        if tag == "a" and a.get("name"):
            self.anchors.add(a["name"])
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag in ("a", "area") and a.get("href"):
            self.links.append(a["href"])
        if tag in ("frame", "iframe") and a.get("src"):
            self.links.append(a["src"])
        if tag == "select":
            self._select_nav = "location" in a.get("onchange", "")
        if tag == "option" and self._select_nav and a.get("value"):
            self.links.append(a["value"])

    def handle_endtag(self, tag):
        if tag == "select":
            self._select_nav = False


def check_labels(errors: list[str], manifests: dict[str, dict]) -> None:
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = [dict(zip(header, r, strict=False)) for r in reader]
    if header != HEADER:
        errors.append(f"labels.csv header {header}")
    codes = [r["kommunkod"] for r in rows]
    if codes != CODES:
        errors.append(f"labels.csv codes {codes}")
    for r in rows:
        k = r["kommunkod"]
        m = manifests.get(k)
        if m is None:
            errors.append(f"labels.csv {k}: no site")
            continue
        if r["kommun"] != m["kommun"]:
            errors.append(f"labels.csv {k}: kommun {r['kommun']!r} != manifest {m['kommun']!r}")
        if r["status"] != "ok":
            errors.append(f"labels.csv {k}: status {r['status']}")
            continue
        if any(r[x] not in ("0", "1") for x in "abcde"):
            errors.append(f"labels.csv {k}: aspects must be 0/1")
            continue
        v = {x: int(r[x]) for x in "abcde"}
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            errors.append(f"labels.csv {k}: inconsistent {v}")
        if str(sum(v.values())) != r["score"]:
            errors.append(f"labels.csv {k}: score {r['score']} != {sum(v.values())}")
        if not r["notes"].strip():
            errors.append(f"labels.csv {k}: no notes")


def load_manifests(errors: list[str]) -> dict[str, dict]:
    out = {}
    for d in sorted((CORPUS / "sites").iterdir()):
        if not d.is_dir():
            continue
        m = json.loads((d / "site.json").read_text(encoding="utf-8"))
        if m["kommunkod"] != d.name:
            errors.append(f"{d.name}: kommunkod {m['kommunkod']}")
        named = set()
        for spec in m["pages"].values():
            named.add(spec if isinstance(spec, str) else spec["file"])
        if m.get("search", {}).get("template"):
            named.add(m["search"]["template"])
        files = {p.name for p in d.iterdir() if p.name != "site.json"}
        for f in sorted(files - named):
            errors.append(f"{d.name}: file {f} is missing from the manifest")
        for f in sorted(named - files):
            errors.append(f"{d.name}: manifest names {f}, which does not exist")
        out[m["kommunkod"]] = m
    if sorted(out) != CODES:
        errors.append(f"site folders {sorted(out)}")
    return out


def check_site(code: str, origin: str, m: dict, errors: list[str]) -> str:
    pages, redirects = m["pages"], m.get("redirects", {})
    err = errors.append
    parsed: dict[str, Links] = {}
    for p, spec in pages.items():
        st, h, body = fetch(origin + p)
        want = spec["content_type"] if isinstance(spec, dict) else "text/html; charset=utf-8"
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')} (want 200 {want})")
            continue
        lp = Links()
        lp.feed(body.decode(charset(want)))
        parsed[p] = lp
    for p, (tgt, status) in redirects.items():
        st, h, _ = fetch(origin + p)
        if st != status or h.get("Location") != origin + tgt:
            err(f"{code} {p}: redirect {st} {h.get('Location')} (want {status} {origin + tgt})")
    st, _, body = fetch(origin + "/robots.txt")
    if "robots" in m:
        if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
            err(f"{code}: robots.txt {st} or forbids /")
    elif st != 404:
        err(f"{code}: robots.txt {st}, manifest has none")
    if "sitemap" in m:
        st, _, body = fetch(origin + "/sitemap.xml")
        locs = [x.decode()[len(origin):] for x in re.findall(rb"<loc>([^<]+)</loc>", body)]
        if locs != m["sitemap"]:
            err(f"{code}: sitemap {locs}")
        for p in m["sitemap"]:
            if p not in pages:
                err(f"{code}: sitemap path {p} not a page")
    sp = m.get("search")
    if sp:
        for word, want in sp["hits"].items():
            st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
            text = body.decode(charset(h.get("Content-Type", "")))
            got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
            hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
            if st != 200 or hrefs != want:
                err(f"{code}: search {word!r} -> {st} {hrefs}")
            for x in want:
                if x not in pages:
                    err(f"{code}: search hit {x} not a page")
        st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "zzxqy"}))
        if "Inga träffar" not in body.decode(charset(h.get("Content-Type", ""))):
            err(f"{code}: unknown search word does not answer 'Inga träffar'")

    # crawl from the front page
    reached: set[str] = set()
    queue: list[tuple[str, str, str]] = [("/", "", "(start)")]  # path, fragment, from
    done: set[tuple[str, str]] = set()
    nlinks = 0
    while queue:
        path, frag, src = queue.pop(0)
        if (path, frag) in done:
            continue
        done.add((path, frag))
        hops = 0
        while path in redirects and hops < 5:
            path = redirects[path][0].split("?")[0]
            hops += 1
        if path not in pages:
            err(f"{code}: broken link {path} (from {src})")
            continue
        if frag and path in parsed and frag not in parsed[path].anchors:
            err(f"{code}: link {path}#{frag} (from {src}) names no anchor on the page")
        if path in reached or path not in parsed:
            continue
        reached.add(path)
        lp = parsed[path]
        base = origin + path
        if lp.base:
            base = urllib.parse.urljoin(base, lp.base)
        for href in lp.links:
            if href.startswith(("mailto:", "tel:", "javascript:")) or href == "#":
                continue
            nlinks += 1
            uu = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
            if f"{uu.scheme}://{uu.netloc}" != origin:
                err(f"{code} {path}: off-site link {href}")
                continue
            if sp and uu.path == sp["path"] and uu.query:
                continue
            queue.append((uu.path or "/", uu.fragment, path))
    missing = set(pages) - reached
    # a path that is another URL of an already reached file counts as reached only if linked
    if missing:
        err(f"{code}: pages not reached by links: {sorted(missing)}")
    return f"{code} {m['kommun']}: {len(reached)}/{len(pages)} pages reached, {len(redirects)} redirects, {nlinks} links followed"


def main() -> int:
    errors: list[str] = []
    manifests = load_manifests(errors)
    check_labels(errors, manifests)
    with serve_blind_sites(CORPUS / "sites") as sites:
        for code, url in sorted(sites.items()):
            print(check_site(code, url.rstrip("/"), manifests[code], errors))
    for x in errors:
        print("ERROR", x)
    print("all checks passed" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
