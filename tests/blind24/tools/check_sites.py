"""Self-check of the blind24 corpus (loopback only, standard library).

    cd /work/main && python3 tests/blind24/tools/check_sites.py

Serves every site with tests/blind/server.py and fails loudly (exit 1, one ERROR line each) on:
labels.csv not matching the sites (header, codes 9251-9260, kommun names, status, b<=a, c<=b,
d<=a, score = sum, notes present); a manifest page not answering 200 with its content type;
robots.txt forbidding /; sitemap.xml not listing the manifest's sitemap (or answering when the
manifest has none); a configured search word not returning its hits, or an unknown word not
answering "Inga träffar"; starting from the front page, any same-site link (<a href>, GET
<form action>) of any reached page that is not a manifest page or redirect (a broken link),
a redirect not answering its status and Location, a #fragment with no such id on the target
page, an off-site link; a manifest page no link reaches; a phone number outside the PTS
fiction ranges or a postcode outside 999 xx.
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

CODES = [str(n) for n in range(9251, 9261)]
HEADER = ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]
PHONE_OK = ("08-465 004 ", "031-390 06 ", "040-628 04 ", "0980-319 2")
TEL_OK = ("+46846500", "+463139006", "+464062804", "+469803192")
PHONE_RE = re.compile(r"(?<![\d+\-])0\d{1,3}-\d{2,3}(?: \d{2,3}){1,2}")
POST_RE = re.compile(r"\b(\d{3}) (\d{2}) [A-ZÅÄÖ]")


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


class Parse(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.forms: list[str] = []
        self.ids: set[str] = set()
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("href") is not None:
            self.links.append(a["href"])
        if tag == "form" and (a.get("method") or "get").lower() == "get":
            self.forms.append(a.get("action") or "")
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def charset(ct: str) -> str:
    m = re.search(r"charset=([\w-]+)", ct or "", re.I)
    return m.group(1) if m else "utf-8"


def check_labels(errors: list[str]) -> None:
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = [dict(zip(header, r, strict=False)) for r in reader]
    if header != HEADER:
        errors.append(f"labels.csv header {header}")
    codes = [r["kommunkod"] for r in rows]
    if codes != CODES:
        errors.append(f"labels.csv codes {codes} != {CODES}")
    for r in rows:
        code = r["kommunkod"]
        mf = CORPUS / "sites" / code / "site.json"
        if not mf.is_file():
            errors.append(f"{code}: labels row without site")
            continue
        m = json.loads(mf.read_text(encoding="utf-8"))
        if m["kommun"] != r["kommun"]:
            errors.append(f"{code}: kommun {r['kommun']!r} != manifest {m['kommun']!r}")
        if r["status"] != "ok" or m.get("front_status"):
            errors.append(f"{code}: status {r['status']} (all blind24 sites are ok sites)")
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
    sites = sorted(p.name for p in (CORPUS / "sites").iterdir() if (p / "site.json").is_file())
    if sites != CODES:
        errors.append(f"sites/ holds {sites}")


def check_site(code: str, origin: str, errors: list[str]) -> str:
    sdir = CORPUS / "sites" / code
    m = json.loads((sdir / "site.json").read_text(encoding="utf-8"))
    pages, redirects, sp = m["pages"], m.get("redirects", {}), m["search"]
    err = lambda msg: errors.append(f"{code} {msg}")  # noqa: E731
    files = {p.name for p in sdir.iterdir()} - {"site.json"}
    used = {(s if isinstance(s, str) else s["file"]) for s in pages.values()}
    tpl = sp["template"] if isinstance(sp["template"], str) else sp["template"]["file"]
    if files - used - {tpl}:
        err(f"files not in the manifest: {sorted(files - used - {tpl})}")
    ids: dict[str, set[str]] = {}
    for p, spec in pages.items():
        st, h, body = fetch(origin + p)
        want = spec["content_type"] if isinstance(spec, dict) else "text/html; charset=utf-8"
        if st != 200 or h.get("Content-Type") != want:
            err(f"{p}: {st} {h.get('Content-Type')} (want 200 {want})")
            continue
        pr = Parse()
        pr.feed(body.decode(charset(want)))
        ids[p] = pr.ids
        text = " ".join(" ".join(pr.text).split())
        for num in PHONE_RE.findall(text):
            if not num.startswith(PHONE_OK):
                err(f"{p}: phone {num!r} outside the PTS fiction ranges")
        for a, b in POST_RE.findall(PHONE_RE.sub(" ", text)):
            if a != "999":
                err(f"{p}: postcode {a} {b} outside 999 xx")
        for href in pr.links:
            if href.startswith("tel:") and not href[4:].replace(" ", "").startswith(TEL_OK):
                err(f"{p}: tel link {href}")
    st, _, body = fetch(origin + "/robots.txt")
    if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
        err("robots.txt forbids /")
    st, _, body = fetch(origin + "/sitemap.xml")
    if "sitemap" in m:
        locs = [x.decode()[len(origin):] for x in re.findall(rb"<loc>([^<]+)</loc>", body)]
        if st != 200 or locs != m["sitemap"]:
            err("sitemap mismatch")
    elif st != 404:
        err(f"sitemap.xml answers {st} but the manifest has none")
    for word, want in [*list(sp["hits"].items()), ("zzxqy", [])]:
        st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        text = body.decode(charset(h.get("Content-Type", "")))
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want or (not want and "Inga träffar" not in text):
            err(f"search {word!r} -> {st} {hrefs}")
    # crawl every link from the front page
    seen: set[str] = set()
    checked: set[str] = set()
    frags: list[tuple[str, str, str]] = []
    queue: list[tuple[str, str]] = [("/", "(start)")]
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
                err(f"{path} (linked from {src}): redirect answers {st} {h.get('Location')}")
            queue.append((tgt, path))
            continue
        if path not in pages:
            err(f"BROKEN LINK {path} on {src}: {st}, not in the manifest")
            continue
        if st != 200:
            err(f"{path} (linked from {src}): {st}")
            continue
        seen.add(path)
        ct = h.get("Content-Type", "")
        if not ct.startswith("text/html"):
            continue
        pr = Parse()
        pr.feed(body.decode(charset(ct)))
        for href in pr.links + pr.forms:
            if href.startswith(("mailto:", "tel:", "javascript:")):
                continue
            nlinks += 1
            full = urllib.parse.urljoin(origin + path, href)
            u = urllib.parse.urlsplit(full)
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{path}: off-site link {href}")
                continue
            if u.path == sp["path"] and (sp["path"] not in pages or u.query):
                continue
            if u.fragment:
                frags.append((u.path, u.fragment, path))
            queue.append((u.path, path))
    for tp, frag, src in frags:
        final = redirects[tp][0] if tp in redirects else tp
        if final in ids and frag not in ids[final]:
            err(f"BROKEN FRAGMENT {tp}#{frag} on {src}")
    missing = set(pages) - seen
    if missing:
        err(f"manifest pages no link reaches: {sorted(missing)}")
    return f"{code} {m['kommun']:<12} {m['family']:<11} {len(seen)}/{len(pages)} pages reached, {len(checked)} paths, {nlinks} links checked"


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
