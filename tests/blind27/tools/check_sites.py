"""Self-check of the blind27 corpus (loopback only, stdlib urllib).

    cd /work/main && python3 tests/blind27/tools/check_sites.py

Serves every site with tests/blind/server.py (serve_blind_sites), then checks and fails loudly on:
- labels.csv: header, codes 9281-9290 in order, kommun equal to site.json, status ok,
  0/1 aspects, b<=a, c<=b, d<=a, score = sum, notes present;
- every manifest page answers 200 with its content type; robots.txt lets * fetch /;
  sitemap.xml lists exactly the manifest's sitemap; every configured search word returns
  its hits (an unknown word returns "Inga träffar");
- a crawl from / that follows every same-site <a href> and every <form action> of every page:
  a link to a path that is neither a page nor a redirect (a broken link, or a page missing
  from the manifest) is an error; redirects must answer their status and absolute Location;
  a link with a #fragment must find that id (or a name) on the target page; links to other
  hosts are errors; tel:/mailto: links are skipped;
- every manifest page must be reached by that crawl.
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

CODES = [str(n) for n in range(9281, 9291)]
HEADER = ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]


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


class Parse(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.forms: list[str] = []
        self.ids: set[str] = set()
        self.base: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k in ("id", "name"):
            if a.get(k):
                self.ids.add(a[k])
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag == "a" and a.get("href") is not None:
            self.links.append(a["href"])
        if tag == "form":
            self.forms.append(a.get("action") or "")


def check_labels(errors: list[str]) -> dict[str, dict]:
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != HEADER:
            errors.append(f"labels.csv header {reader.fieldnames}")
        rows = list(reader)
    codes = [r["kommunkod"] for r in rows]
    if codes != CODES:
        errors.append(f"labels.csv codes {codes} != {CODES}")
    for r in rows:
        code = r["kommunkod"]
        mf = CORPUS / "sites" / code / "site.json"
        if not mf.is_file():
            errors.append(f"{code}: labels row but no sites/{code}/site.json")
            continue
        m = json.loads(mf.read_text(encoding="utf-8"))
        if m["kommun"] != r["kommun"] or m["kommunkod"] != code:
            errors.append(f"{code}: labels kommun {r['kommun']!r} != site.json {m['kommun']!r}")
        if r["status"] != "ok" or m.get("front_status"):
            errors.append(f"{code}: status {r['status']} / front_status {m.get('front_status')}")
            continue
        try:
            v = {k: int(r[k]) for k in "abcde"}
        except ValueError:
            errors.append(f"{code}: aspects not integers")
            continue
        if any(x not in (0, 1) for x in v.values()):
            errors.append(f"{code}: aspect not 0/1 {v}")
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            errors.append(f"{code}: inconsistent {v}")
        if sum(v.values()) != int(r["score"]):
            errors.append(f"{code}: score {r['score']} != {sum(v.values())}")
        if len(r["notes"]) < 80:
            errors.append(f"{code}: notes missing or too short")
    dirs = sorted(p.name for p in (CORPUS / "sites").iterdir() if (p / "site.json").is_file())
    if dirs != CODES:
        errors.append(f"site folders {dirs} != {CODES}")
    return {r["kommunkod"]: r for r in rows}


def check_site(code: str, origin: str, errors: list[str]) -> str:
    site_dir = CORPUS / "sites" / code
    m = json.loads((site_dir / "site.json").read_text(encoding="utf-8"))
    pages, redirects = m["pages"], m.get("redirects", {})

    def err(msg: str) -> None:
        errors.append(f"{code} {msg}")

    for p, spec in pages.items():
        fname = spec["file"] if isinstance(spec, dict) else spec
        if not (site_dir / fname).is_file():
            err(f"{p}: file {fname} missing")
        st, h, _ = fetch(origin + p)
        want = spec["content_type"] if isinstance(spec, dict) and spec.get("content_type") else "text/html; charset=utf-8"
        if st != 200 or h.get("Content-Type") != want:
            err(f"{p}: {st} {h.get('Content-Type')} (want 200 {want})")
    st, _, body = fetch(origin + "/robots.txt")
    if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
        err("robots.txt missing or forbids /")
    st, _, body = fetch(origin + "/sitemap.xml")
    locs = [x.decode()[len(origin):] for x in re.findall(rb"<loc>([^<]+)</loc>", body)]
    if locs != m["sitemap"]:
        err(f"sitemap mismatch {locs}")
    for p in m["sitemap"]:
        if p not in pages:
            err(f"sitemap lists {p}, not a page")
    sp = m["search"]
    for word, want in sp["hits"].items():
        st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        text = body.decode(charset(h.get("Content-Type")), errors="replace")
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want:
            err(f"search {word!r} -> {st} {hrefs} (want {want})")
        if not want and "Inga träffar" not in text:
            err(f"search {word!r}: no 'Inga träffar'")
    st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "zzxqy"}))
    if "Inga träffar" not in body.decode(charset(h.get("Content-Type")), errors="replace"):
        err("unknown search word gives no 'Inga träffar'")

    ids: dict[str, set[str]] = {}
    wanted_frags: list[tuple[str, str, str]] = []  # (from page, target path, fragment)
    seen: set[str] = set()
    checked: set[str] = set()
    queue: list[tuple[str, str]] = [("/", "(start)")]
    n_links = 0
    while queue:
        path, src = queue.pop(0)
        if path in checked:
            continue
        checked.add(path)
        st, h, body = fetch(origin + path)
        if path in redirects:
            tgt, want = redirects[path]
            if st != want or h.get("Location") != origin + tgt:
                err(f"{path} (linked from {src}): redirect {st} {h.get('Location')}")
            queue.append((tgt, path))
            continue
        if path not in pages:
            err(f"BROKEN LINK {path} (linked from {src}): {st}, not in the manifest")
            continue
        if st != 200:
            err(f"{path}: {st}")
            continue
        seen.add(path)
        ctype = h.get("Content-Type", "")
        if not ctype.startswith("text/html"):
            continue
        ps = Parse()
        ps.feed(body.decode(charset(ctype)))
        ids[path] = ps.ids
        base = origin + path
        if ps.base:
            base = urllib.parse.urljoin(base, ps.base)
        for href in ps.links + ps.forms:
            n_links += 1
            if href.startswith(("tel:", "mailto:", "sms:")):
                continue
            u = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{path}: off-site link {href}")
                continue
            if u.path == sp["path"] and (href in ps.forms or u.query):
                continue
            if u.fragment:
                wanted_frags.append((path, u.path, u.fragment))
            queue.append((u.path, path))
    for src, tgt, frag in wanted_frags:
        final = tgt
        for _ in range(5):
            if final in redirects:
                final = redirects[final][0]
        if final in ids and frag not in ids[final]:
            err(f"{src}: link to {tgt}#{frag}, no such id on the target page")
    missing = sorted(set(pages) - seen)
    if missing:
        err(f"manifest pages not reached by links: {missing}")
    return f"{code} {m['kommun']}: {len(seen)}/{len(pages)} pages reached, {len(checked)} paths, {n_links} links checked"


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
