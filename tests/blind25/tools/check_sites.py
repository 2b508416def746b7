"""Self-check of the blind25 corpus (loopback only, stdlib urllib).

    cd /work/main && python3 tests/blind25/tools/check_sites.py

Serves every site with tests/blind/server.py, then checks:

- labels.csv: exact header, one row per site folder (same kommunkod and kommun as the
  manifest), status ok, aspects 0/1, b<=a, c<=b, d<=a, score = a+b+c+d+e, notes present;
- every manifest page answers 200 with its content type (PDFs start with %PDF);
- robots.txt lets * fetch the front page; sitemap.xml lists exactly the manifest's sitemap,
  and every sitemap path is a page or a redirect;
- every configured search word returns its hits (in order) and an unknown word "Inga träffar";
- starting from the front page, every same-site link on every reached page answers exactly as
  the manifest says (page -> 200 and content type, redirect -> its status and absolute
  Location); a link to anything else (404) is a broken link, and so is a #fragment that names
  no id on the target page; links to other hosts are errors;
- every manifest page is reachable by links from the front page.

Exit status 1 and one ERROR line per problem when anything fails.
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
CODES = [str(n) for n in range(9261, 9271)]
HTML_UTF8 = "text/html; charset=utf-8"


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
        self.ids: set[str] = set()
        self.base: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])


def parse(body: bytes, ctype: str) -> Links:
    lp = Links()
    lp.feed(body.decode(charset(ctype)))
    return lp


def manifest(code: str) -> dict:
    return json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))


def check_labels(errors: list[str]) -> None:
    err = errors.append
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = [dict(zip(header, r, strict=False)) for r in reader]
    if header != HEADER:
        err(f"labels.csv header {header}")
    dirs = sorted(p.name for p in (CORPUS / "sites").iterdir() if (p / "site.json").is_file())
    codes = [r["kommunkod"] for r in rows]
    if codes != CODES or dirs != CODES:
        err(f"labels.csv codes {codes}, site folders {dirs}, expected {CODES}")
    for r in rows:
        code = r["kommunkod"]
        if code in dirs and manifest(code)["kommun"] != r["kommun"]:
            err(f"{code}: kommun {r['kommun']!r} != manifest {manifest(code)['kommun']!r}")
        if r["status"] != "ok":
            err(f"{code}: status {r['status']} (every blind25 site is ok)")
            continue
        if any(r[k] not in ("0", "1") for k in "abcde"):
            err(f"{code}: aspects must be 0/1: {[r[k] for k in 'abcde']}")
            continue
        v = {k: int(r[k]) for k in "abcde"}
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            err(f"{code}: inconsistent {v}")
        if str(sum(v.values())) != r["score"]:
            err(f"{code}: score {r['score']} != {sum(v.values())}")
        if len(r["notes"]) < 80:
            err(f"{code}: notes missing or too short")
    scores = [int(r["score"]) for r in rows if r["score"].isdigit()]
    if 5 not in scores or not ({0, 1} & set(scores)):
        err(f"score spread: need a 5 and a 0 or 1, got {sorted(scores)}")


def check_site(code: str, origin: str, errors: list[str]) -> str:
    m = manifest(code)
    pages, redirects = m["pages"], m.get("redirects", {})
    sp = m["search"]

    def err(msg: str) -> None:
        errors.append(f"{code} {msg}")

    def want_ctype(spec) -> str:
        if isinstance(spec, dict) and spec.get("content_type"):
            return spec["content_type"]
        name = spec if isinstance(spec, str) else spec["file"]
        return "application/pdf" if name.endswith(".pdf") else HTML_UTF8

    # every manifest page
    ids: dict[str, set[str]] = {}
    for p, spec in pages.items():
        st, h, body = fetch(origin + p)
        ct = h.get("Content-Type")
        if st != 200 or ct != want_ctype(spec):
            err(f"{p}: {st} {ct}, want 200 {want_ctype(spec)}")
            continue
        if ct == "application/pdf":
            if not body.startswith(b"%PDF-"):
                err(f"{p}: not a PDF")
            continue
        ids[p] = parse(body, ct).ids
        if b"__ORIGIN__" in body:
            err(f"{p}: __ORIGIN__ not replaced")
    # robots, sitemap
    st, _, body = fetch(origin + "/robots.txt")
    if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
        err("robots.txt missing or forbids /")
    st, _, body = fetch(origin + "/sitemap.xml")
    locs = [x.decode()[len(origin):] for x in re.findall(rb"<loc>([^<]+)</loc>", body)]
    if st != 200 or locs != m["sitemap"]:
        err(f"sitemap mismatch: {st} {locs}")
    for p in m["sitemap"]:
        if p not in pages and p not in redirects:
            err(f"sitemap path {p} is neither a page nor a redirect")
    # search
    tpl = sp.get("template")
    tpl_ct = want_ctype(tpl) if tpl else HTML_UTF8
    for word, want in sp["hits"].items():
        st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}, encoding=charset(tpl_ct)))
        text = body.decode(charset(h.get("Content-Type", "")))
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want:
            err(f"search {word!r} -> {st} {hrefs}, want {want}")
        for p in want:
            if p not in pages:
                err(f"search hit {p} for {word!r} is not a page")
    st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "zzxqy"}))
    if "Inga träffar" not in body.decode(charset(h.get("Content-Type", ""))):
        err("unknown search word does not answer 'Inga träffar'")
    # crawl from the front page
    seen_pages: set[str] = set()
    checked: set[str] = set()
    fragments: list[tuple[str, str, str]] = []  # (from page, target path, fragment)
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
                err(f"{path}: redirect {st} {h.get('Location')}, want {want} {origin + tgt}")
            queue.append(tgt)
            continue
        if path not in pages:
            err(f"{path}: linked but not in the manifest (answers {st})")
            continue
        if st != 200:
            err(f"{path}: {st}")
            continue
        seen_pages.add(path)
        ct = h.get("Content-Type", "")
        if not ct.startswith("text/html"):
            continue
        lp = parse(body, ct)
        base = origin + path
        if lp.base:
            base = urllib.parse.urljoin(base, lp.base)
        for href in lp.links:
            if href.startswith(("mailto:", "tel:")) or href == "#":
                continue
            u = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{path}: off-site link {href}")
                continue
            if u.path == sp["path"] and (sp["param"] in urllib.parse.parse_qs(u.query) or u.path not in pages):
                continue
            if u.fragment:
                fragments.append((path, u.path, u.fragment))
            queue.append(u.path)
    for src, tgt, frag in fragments:
        tgt_page = redirects.get(tgt, [tgt])[0]
        if tgt_page in ids and frag not in ids[tgt_page]:
            err(f"{src}: link to {tgt}#{frag}, no such id on the target page")
    missing = set(pages) - seen_pages
    if missing:
        err(f"pages not reachable by links: {sorted(missing)}")
    n_html = sum(1 for spec in pages.values() if want_ctype(spec).startswith("text/html"))
    if not 8 <= n_html <= 25:
        err(f"{n_html} HTML pages (want 8-25)")
    return f"{code} {m['kommun']}: {len(seen_pages)} of {len(pages)} pages reached by links, {len(checked)} distinct paths checked"


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
