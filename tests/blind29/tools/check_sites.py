"""Self-check of the blind29 corpus (loopback only, stdlib only).

    cd /work/main && python3 tests/blind29/tools/check_sites.py

Serves every site with tests/blind/server.py and fails (exit 1, one ERROR line per problem) on:
- labels.csv: wrong header, codes other than 9317-9326, a kommun name that differs from the
  manifest, aspects not 0/1, b>a, c>b, d>a, score != a+b+c+d+e, empty notes;
- a manifest: a file it names that does not exist, a file in the site folder it does not name
  (a page missing from the manifest), a page that does not answer 200 with its content type,
  a page whose <meta charset> disagrees with its Content-Type, an HTML page without an h1;
- robots.txt that forbids / to *, sitemap.xml not listing exactly the manifest's sitemap;
- the site search: a configured word that does not return its hits, an unknown word that does
  not answer "Inga träffar";
- a redirect that does not answer its status and absolute Location, or points to a non-page;
- crawling from / (every <a href> of every reached HTML page, redirects followed by hand): a
  same-site link that answers anything but a manifest page or redirect (a broken link), an
  off-site link, a #fragment that does not exist on the target page, a manifest page that no
  link reaches;
- label guards: words that must (or must not) be visible on a front page, so that an edit of
  the typing aid cannot silently change an entrance (FRONT_MUST / FRONT_MUST_NOT).
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

CODES = [str(c) for c in range(9317, 9327)]
HEADER = ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]

# visible text (case-insensitive) that must / must not be on the front page (after redirects)
FRONT_MUST = {
    "9317": ["kontaktcenter"], "9318": ["servicecenter"], "9319": ["medborgarservice"],
    "9320": ["kundcenter"], "9322": ["servicekontoret"], "9323": ["kommunservice"],
}
FRONT_MUST_NOT = {
    "9320": ["kundtjänst", "servicecenter", "kontaktcenter"],
    "9321": ["kontakt vrångeby", "kontaktcenter", "servicecenter"],
    "9322": ["kontaktcenter", "servicecenter"],
    "9324": ["invånarservice", "kontaktcenter", "servicecenter"],
    "9325": ["medborgarkontor", "kontaktcenter", "servicecenter"],
    "9326": ["kontaktcenter", "medborgarservice", "medborgarkontor", "invånarservice", "kommunservice"],
}


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


def charset_of(ctype: str) -> str:
    m = re.search(r"charset=([\w-]+)", ctype or "", re.I)
    return m.group(1).lower() if m else "utf-8"


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.h1 = 0
        self.meta_charset: str | None = None
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k in ("id", "name"):
            if a.get(k) and tag != "meta" and tag != "input":
                self.ids.add(a[k])
        if tag == "a" and a.get("href") is not None:
            self.links.append(a["href"])
        if tag == "h1":
            self.h1 += 1
        if tag == "meta":
            if a.get("charset"):
                self.meta_charset = a["charset"].lower()
            m = re.search(r"charset=([\w-]+)", a.get("content") or "", re.I)
            if m and (a.get("http-equiv") or "").lower() == "content-type":
                self.meta_charset = m.group(1).lower()
        if tag in ("script", "style"):
            self._skip += 1
        for k in ("alt", "aria-label", "title"):
            if a.get(k) and tag not in ("link", "meta"):
                self.text.append(a[k])

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)

    def visible(self) -> str:
        return " ".join(" ".join(self.text).replace("\u00ad", "").split()).casefold()


def parse(body: bytes, ctype: str) -> Page:
    p = Page()
    p.feed(body.decode(charset_of(ctype)))
    p.close()
    return p


def check_labels(errors: list[str]) -> dict[str, dict]:
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != HEADER:
            errors.append(f"labels.csv header {reader.fieldnames}")
        rows = list(reader)
    codes = [r["kommunkod"] for r in rows]
    if codes != CODES:
        errors.append(f"labels.csv codes {codes}")
    for r in rows:
        k = r["kommunkod"]
        m = CORPUS / "sites" / k / "site.json"
        if not m.is_file():
            errors.append(f"{k}: labels.csv row without a site")
            continue
        man = json.loads(m.read_text(encoding="utf-8"))
        if man["kommun"] != r["kommun"]:
            errors.append(f"{k}: kommun {r['kommun']!r} != manifest {man['kommun']!r}")
        if r["status"] != "ok":
            errors.append(f"{k}: status {r['status']} (all blind29 sites are ok)")
            continue
        if any(r[x] not in ("0", "1") for x in "abcde"):
            errors.append(f"{k}: aspects must be 0/1")
            continue
        v = {x: int(r[x]) for x in "abcde"}
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            errors.append(f"{k}: inconsistent {v}")
        if sum(v.values()) != int(r["score"]):
            errors.append(f"{k}: score {r['score']} != {sum(v.values())}")
        if len(r["notes"]) < 40:
            errors.append(f"{k}: notes missing")
    site_codes = sorted(p.name for p in (CORPUS / "sites").iterdir() if (p / "site.json").is_file())
    if site_codes != CODES:
        errors.append(f"site folders {site_codes}")
    return {r["kommunkod"]: r for r in rows}


def entry(spec) -> tuple[str, str]:
    if isinstance(spec, str):
        ct = "application/pdf" if spec.endswith(".pdf") else "text/html; charset=utf-8"
        return spec, ct
    return spec["file"], spec["content_type"]


def check_site(code: str, origin: str, errors: list[str]) -> str:
    d = CORPUS / "sites" / code
    m = json.loads((d / "site.json").read_text(encoding="utf-8"))
    pages, redirects, sp = m["pages"], m.get("redirects", {}), m["search"]
    err = errors.append

    # files vs manifest
    named = {entry(s)[0] for s in pages.values()} | {entry(sp["template"])[0]}
    on_disk = {p.name for p in d.iterdir() if p.name != "site.json"}
    for f in sorted(named - on_disk):
        err(f"{code}: manifest names missing file {f}")
    for f in sorted(on_disk - named):
        err(f"{code}: file {f} is not in the manifest")

    # every manifest page (front pages of old layouts may lack an h1, inner pages may not)
    front_path = redirects["/"][0] if "/" in redirects else "/"
    front_file = entry(pages[front_path])[0] if front_path in pages else None
    parsed: dict[str, Page] = {}
    for path, spec in pages.items():
        st, h, body = fetch(origin + path)
        _fn, want = entry(spec)
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {path}: {st} {h.get('Content-Type')} (want 200 {want})")
            continue
        if want.startswith("text/html"):
            p = parse(body, want)
            parsed[path] = p
            if p.meta_charset and p.meta_charset != charset_of(want):
                err(f"{code} {path}: meta charset {p.meta_charset} vs {want}")
            if not p.h1 and entry(spec)[0] != front_file:
                err(f"{code} {path}: no h1")
        elif want == "application/pdf" and not (body.startswith(b"%PDF-") and body.rstrip().endswith(b"%%EOF")):
            err(f"{code} {path}: not a PDF")

    # robots, sitemap
    st, _, body = fetch(origin + "/robots.txt")
    if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
        err(f"{code}: robots.txt missing or forbids /")
    st, _, body = fetch(origin + "/sitemap.xml")
    locs = [x.decode()[len(origin):] for x in re.findall(rb"<loc>([^<]+)</loc>", body)]
    if st != 200 or locs != m["sitemap"]:
        err(f"{code}: sitemap mismatch")
    for p in m["sitemap"]:
        if p not in pages:
            err(f"{code}: sitemap lists non-page {p}")

    # search
    for word, want in sp["hits"].items():
        st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        text = body.decode(charset_of(h.get("Content-Type", "")))
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want:
            err(f"{code}: search {word!r} -> {hrefs}, want {want}")
    st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "zzxqy"}))
    if "Inga träffar" not in body.decode(charset_of(h.get("Content-Type", ""))):
        err(f"{code}: unknown search word does not answer Inga träffar")

    # redirects
    for src, (tgt, status) in redirects.items():
        st, h, _ = fetch(origin + src)
        if st != status or h.get("Location") != origin + tgt:
            err(f"{code} {src}: redirect {st} {h.get('Location')} (want {status} {tgt})")
        if tgt not in pages:
            err(f"{code} {src}: redirect target {tgt} is not a page")

    # crawl from /
    reached: set[str] = set()
    seen: set[str] = set()
    queue: list[tuple[str, str]] = [("/", "(start)")]
    front = None
    nlinks = 0
    while queue:
        path, src = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        if path in redirects:
            tgt = redirects[path][0]
            if path == "/":
                front = tgt
            queue.append((tgt, path))
            continue
        if path not in pages:
            st, _, _ = fetch(origin + path)
            err(f"{code}: broken link {path} ({st}) on {src}")
            continue
        reached.add(path)
        if path == "/" and front is None:
            front = "/"
        p = parsed.get(path)
        if p is None:
            continue
        for href in p.links:
            if href.startswith(("mailto:", "tel:", "javascript:")):
                continue
            nlinks += 1
            u = urllib.parse.urlsplit(urllib.parse.urljoin(origin + path, href))
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{code} {path}: off-site link {href}")
                continue
            tpath = urllib.parse.unquote(u.path) or "/"
            if u.fragment:
                final = redirects.get(tpath, [tpath])[0]
                tp = parsed.get(final)
                if tp is not None and u.fragment not in tp.ids:
                    err(f"{code} {path}: link {href} -> no id {u.fragment!r} on {final}")
            if tpath == sp["path"] and u.query:
                continue
            queue.append((tpath, path))
    for p in sorted(set(pages) - reached):
        err(f"{code}: page {p} is not reachable by links")

    # label guards on the front page
    fp = parsed.get(front or "/")
    if fp is None:
        err(f"{code}: no front page")
    else:
        vis = fp.visible()
        for w in FRONT_MUST.get(code, []):
            if w not in vis:
                err(f"{code}: front page lacks {w!r}")
        for w in FRONT_MUST_NOT.get(code, []):
            if w in vis:
                err(f"{code}: front page shows {w!r}")
    return f"{code}: front {front}, {len(reached)}/{len(pages)} pages reached, {nlinks} links followed, {len(seen)} paths"


def main() -> int:
    errors: list[str] = []
    check_labels(errors)
    with serve_blind_sites(CORPUS / "sites") as sites:
        for code, url in sorted(sites.items()):
            print(check_site(code, url.rstrip("/"), errors))
    for e in errors:
        print("ERROR", e)
    print("all checks passed" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
