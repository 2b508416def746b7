"""Self-check of the blind28 corpus (loopback only, standard library).

    cd /work/main && python3 tests/blind28/tools/check_sites.py

Serves every site with tests/blind/server.py and fails (exit 1, one ERROR line each) on:
- labels.csv: wrong header, codes or names that do not match the site folders, a status
  other than ok, b > a, c > b, d > a, a score that is not the sum, empty notes;
- a file in a site folder that the manifest does not serve (page missing from manifest);
- a manifest page that does not answer 200 with its content type;
- robots.txt forbidding `/` to `*`, a sitemap.xml that differs from the manifest, a search
  word that does not return its hits, an unknown word that does not say "Inga träffar";
- from every page (reached from the front page, and every other manifest page too), every
  same-site link: a redirect must answer its status and Location, a page 200, anything else
  404 *and* be a declared placeholder in tools/placeholders.json (otherwise: broken link);
  a link to another host is an error;
- a manifest page not reachable by links from the front page, unless declared unlinked.
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

HEADER = ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]
CODES = [str(c) for c in range(9291, 9301)]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
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
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.base: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag == "a" and a.get("href") is not None:
            self.links.append(a["href"])


def check_labels(err) -> None:
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = [dict(zip(header, r, strict=False)) for r in reader]
    if header != HEADER:
        err(f"labels.csv header {header}")
    codes = [r["kommunkod"] for r in rows]
    dirs = sorted(p.name for p in (CORPUS / "sites").iterdir() if (p / "site.json").is_file())
    if codes != CODES or dirs != CODES:
        err(f"labels.csv codes {codes} / site folders {dirs} / expected {CODES}")
    for r in rows:
        code = r["kommunkod"]
        mf = CORPUS / "sites" / code / "site.json"
        if mf.is_file():
            m = json.loads(mf.read_text(encoding="utf-8"))
            if m["kommun"] != r["kommun"]:
                err(f"{code}: labels.csv kommun {r['kommun']!r} != manifest {m['kommun']!r}")
        if r["status"] != "ok":
            err(f"{code}: status {r['status']!r} (every site of this corpus is ok)")
            continue
        try:
            v = {k: int(r[k]) for k in "abcde"}
        except ValueError:
            err(f"{code}: aspects not 0/1: {[r[k] for k in 'abcde']}")
            continue
        if any(x not in (0, 1) for x in v.values()):
            err(f"{code}: aspect outside 0/1 {v}")
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            err(f"{code}: inconsistent aspects {v}")
        if sum(v.values()) != int(r["score"]):
            err(f"{code}: score {r['score']} != {sum(v.values())}")
        if len(r["notes"]) < 40:
            err(f"{code}: notes missing or too short")


def check_site(code: str, origin: str, extra: dict, err) -> str:
    d = CORPUS / "sites" / code
    m = json.loads((d / "site.json").read_text(encoding="utf-8"))
    pages, redirects, search = m["pages"], m.get("redirects", {}), m.get("search")
    placeholders = set(extra.get("placeholders", []))
    unlinked = set(extra.get("unlinked", []))

    # files on disk vs manifest
    served = {spec if isinstance(spec, str) else spec["file"] for spec in pages.values()}
    if search and search.get("template"):
        t = search["template"]
        served.add(t if isinstance(t, str) else t["file"])
    for f in sorted(d.iterdir()):
        if f.name != "site.json" and f.name not in served:
            err(f"{code}: file {f.name} is not in the manifest (page missing from manifest)")
    for p in placeholders & (set(pages) | set(redirects)):
        err(f"{code}: {p} is both a placeholder and a page/redirect")

    # every manifest page answers 200 with its type
    for p, spec in pages.items():
        st, h, _ = fetch(origin + urllib.parse.quote(p))
        want = spec["content_type"] if isinstance(spec, dict) else "text/html; charset=utf-8"
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')} (want 200 {want})")

    st, _, body = fetch(origin + "/robots.txt")
    if st != 200 or re.search(rb"(?m)^Disallow:\s*/\s*$", body):
        err(f"{code}: robots.txt missing or forbids /")
    if "sitemap" in m:
        st, _, body = fetch(origin + "/sitemap.xml")
        locs = [x.decode()[len(origin):] for x in re.findall(rb"<loc>([^<]+)</loc>", body)]
        if st != 200 or locs != m["sitemap"]:
            err(f"{code}: sitemap.xml {locs} != manifest")
        for p in m["sitemap"]:
            if p not in pages:
                err(f"{code}: sitemap lists {p}, not a page")
    if search:
        for word, want in search["hits"].items():
            st, h, body = fetch(origin + search["path"] + "?" + urllib.parse.urlencode({search["param"]: word}))
            got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", body.decode(charset(h.get("Content-Type")), "replace"), re.S)
            hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
            if st != 200 or hrefs != want:
                err(f"{code}: search {word!r} -> {st} {hrefs} (want {want})")
            for p in want:
                if p not in pages:
                    err(f"{code}: search hit {p} is not a page")
        st, h, body = fetch(origin + search["path"] + "?" + urllib.parse.urlencode({search["param"]: "zzxqy"}))
        if st != 200 or "Inga träffar" not in body.decode(charset(h.get("Content-Type")), "replace"):
            err(f"{code}: search for an unknown word does not say 'Inga träffar'")

    # links: BFS from the front page, then every other manifest page too
    reached: set[str] = set()
    done: set[str] = set()
    link_count = 0

    def visit(start: list[str], from_front: bool) -> None:
        nonlocal link_count
        queue = list(start)
        while queue:
            path = queue.pop(0)
            if path in done:
                if from_front and path in pages:
                    reached.add(path)
                continue
            done.add(path)
            st, h, body = fetch(origin + urllib.parse.quote(path))
            if path in redirects:
                tgt, code_ = redirects[path]
                if st != code_ or h.get("Location") != origin + tgt:
                    err(f"{code} {path}: redirect answered {st} {h.get('Location')}")
                queue.append(tgt)
                continue
            if path not in pages:
                if st != 404:
                    err(f"{code} {path}: answers {st} but is not in the manifest")
                elif path not in placeholders:
                    err(f"{code} {path}: broken link (404, not a declared placeholder)")
                continue
            if st != 200:
                err(f"{code} {path}: {st}")
                continue
            if from_front:
                reached.add(path)
            ctype = h.get("Content-Type", "")
            if not ctype.startswith("text/html"):
                continue
            lp = Links()
            lp.feed(body.decode(charset(ctype), "replace"))
            base = origin + path
            if lp.base:
                base = urllib.parse.urljoin(base, lp.base)
            for href in lp.links:
                if href.startswith(("mailto:", "tel:", "#")) or href == "":
                    continue
                link_count += 1
                u = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
                if f"{u.scheme}://{u.netloc}" != origin:
                    err(f"{code} {path}: link to another host {href}")
                    continue
                target = urllib.parse.unquote(u.path)
                if search and target == search["path"] and (target not in pages or search["param"] in urllib.parse.parse_qs(u.query)):
                    continue
                queue.append(target)

    visit(["/"], True)
    visit(sorted(set(pages) - done), False)
    missing = set(pages) - reached - unlinked
    if missing:
        err(f"{code}: pages not reachable by links from the front page: {sorted(missing)}")
    for p in unlinked & reached:
        err(f"{code}: {p} is declared unlinked but is reachable")
    return (f"{code} {m['kommun']}: {len(pages)} pages ({len(reached)} reached from /), "
            f"{len(done)} distinct paths, {link_count} links checked")


def main() -> int:
    errors: list[str] = []
    err = errors.append
    extra = json.loads((HERE / "placeholders.json").read_text(encoding="utf-8"))
    check_labels(err)
    with serve_blind_sites(CORPUS / "sites") as sites:
        for code, url in sorted(sites.items()):
            print(check_site(code, url.rstrip("/"), extra.get(code, {}), err))
    for e in errors:
        print("ERROR", e)
    print("all checks passed" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
