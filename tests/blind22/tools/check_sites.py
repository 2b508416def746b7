"""Self-check of the blind22 corpus (loopback only, stdlib urllib).

    python3 tests/blind22/tools/check_sites.py

Serves every site with tests/blind/server.py (unchanged), then checks: labels.csv is consistent
(header, codes, b<=a, c<=b, d<=a, score = sum, notes present, both sites of a pair carry the same
a-e); every manifest page answers 200 with its content type; robots.txt lets * fetch /; sitemap.xml
lists the manifest's sitemap; every search word returns its hits and an unknown word "Inga träffar";
from the front page every link on every reached page answers exactly as the manifest says (page ->
200, redirect -> its status and Location, anything else -> 404) and no link leaves the site; every
HTML page of the manifest is reachable by links; and the two sites of a pair are the same site
in different markup: for every page, the visible text nodes (plus alt/title and submit values)
and the (href, link text) sequence are equal once the municipality's own name, genitive,
e-mail domain, org.nr and postcode are masked (pair 4, whose header comes after main in one
source, is compared as multisets).
"""
from __future__ import annotations

import csv
import json
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
SITES = CORPUS / "sites"
sys.path.insert(0, str(CORPUS.parent.parent))
from tests.blind.server import _guess_type, serve_blind_sites  # noqa: E402

CODES = [str(k) for k in range(9191, 9201)]
HEADER = ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]
UNORDERED_PAIRS = {4}          # header after main in one of the two sources
IGNORED_TEXT = {"Meny"}        # mobile-menu button text, absent from the 2000s table layout


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


class Visible(HTMLParser):
    """Links, text nodes and readable attributes of a page, in source order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.texts: list[str] = []
        self.anchors: list[list] = []   # [href, text]
        self._open: list[list] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
            rec = [a["href"], ""]
            self.anchors.append(rec)
            self._open.append(rec)
        for k in ("alt", "title"):
            if a.get(k):
                self._text(a[k])
        if tag == "input" and a.get("type") in ("submit", "button") and a.get("value"):
            self._text(a["value"])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag == "a" and self._open:
            self._open.pop()

    def handle_data(self, data):
        if not self._skip:
            self._text(data)

    def _text(self, t):
        t = " ".join(t.split())
        if t and t not in IGNORED_TEXT:
            self.texts.append(t)
            for rec in self._open:
                rec[1] = (rec[1] + " " + t).strip()


def check_labels(errors: list[str]) -> dict[str, dict]:
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != HEADER:
            errors.append(f"labels.csv header {reader.fieldnames}")
        rows = list(reader)
    if [r["kommunkod"] for r in rows] != CODES:
        errors.append(f"labels.csv codes {[r['kommunkod'] for r in rows]}")
    out = {}
    for r in rows:
        code = r["kommunkod"]
        out[code] = r
        m = json.loads((SITES / code / "site.json").read_text(encoding="utf-8"))
        if r["kommun"] != m["kommun"]:
            errors.append(f"{code}: kommun {r['kommun']} != {m['kommun']}")
        if r["status"] != "ok":
            errors.append(f"{code}: status {r['status']} (all sites of this corpus are ok)")
            continue
        v = {k: int(r[k]) for k in "abcde"}
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            errors.append(f"{code}: inconsistent {v}")
        if sum(v.values()) != int(r["score"]):
            errors.append(f"{code}: score {r['score']} != {sum(v.values())}")
        if len(r["notes"]) < 200:
            errors.append(f"{code}: notes too short")
    for i in range(0, len(CODES), 2):
        x, y = out.get(CODES[i]), out.get(CODES[i + 1])
        if x and y and [x[k] for k in "abcde"] != [y[k] for k in "abcde"]:
            errors.append(f"pair {CODES[i]}/{CODES[i + 1]}: labels differ")
    return out


def check_site(code: str, origin: str, errors: list[str]) -> tuple[str, dict]:
    m = json.loads((SITES / code / "site.json").read_text(encoding="utf-8"))
    pages, redirects = m["pages"], m["redirects"]
    err = errors.append
    bodies: dict[str, Visible] = {}
    for p, spec in pages.items():
        st, h, body = fetch(origin + p)
        want = spec["content_type"] if isinstance(spec, dict) else _guess_type(spec)
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')}")
    st, _, body = fetch(origin + "/robots.txt")
    if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
        err(f"{code}: robots.txt forbids /")
    st, _, body = fetch(origin + "/sitemap.xml")
    locs = [x.decode()[len(origin):] for x in re.findall(rb"<loc>([^<]+)</loc>", body)]
    if locs != m["sitemap"]:
        err(f"{code}: sitemap mismatch")
    sp = m["search"]
    for word, want in sp["hits"].items():
        st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        text = body.decode(charset(h.get("Content-Type")))
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want:
            err(f"{code}: search {word!r} -> {hrefs}")
    st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "zzxqy"}))
    if "Inga träffar" not in body.decode(charset(h.get("Content-Type"))):
        err(f"{code}: unknown search word")
    seen: set[str] = set()
    checked: set[str] = set()
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
        seen.add(path)
        ct = h.get("Content-Type", "")
        if not ct.startswith("text/html"):
            continue
        vp = Visible()
        vp.feed(body.decode(charset(ct)))
        bodies[path] = vp
        for href in vp.links:
            u = urllib.parse.urlsplit(urllib.parse.urljoin(origin + path, href))
            if u.scheme in ("mailto", "tel"):
                continue
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{code} {path}: off-site link {href}")
                continue
            if u.path == sp["path"] and u.query:
                continue
            queue.append(u.path)
    html_pages = {p for p, spec in pages.items()
                  if (spec["content_type"] if isinstance(spec, dict) else _guess_type(spec)).startswith("text/html")}
    missing = html_pages - seen
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    n = len(html_pages)
    if not 8 <= n <= 20:
        err(f"{code}: {n} HTML pages")
    return f"{code}: {len(seen)} pages reached ({n} HTML), {len(checked)} distinct paths checked", bodies


def masks(code: str) -> list[tuple[str, str]]:
    sys.path.insert(0, str(HERE))
    from build_sites import MUNIS
    mu = MUNIS[code]
    return [(mu["orgnr"], "<ORGNR>"), (mu["postnr"], "<POSTNR>"), (mu["dom"], "<DOM>"),
            (mu["gen"], "<GEN>"), (mu["name"], "<NAME>")]


def norm(s: str, ms: list[tuple[str, str]]) -> str:
    for a, b in ms:
        s = s.replace(a, b)
    return s


def check_pair(a: str, b: str, pa: dict, pb: dict, errors: list[str]) -> str:
    if set(pa) != set(pb):
        errors.append(f"pair {a}/{b}: page sets differ {sorted(set(pa) ^ set(pb))}")
        return f"pair {a}/{b}: page sets differ"
    ma, mb = masks(a), masks(b)
    pair = (int(a) - 9191) // 2 + 1
    for path in sorted(pa):
        ta = [norm(t, ma) for t in pa[path].texts]
        tb = [norm(t, mb) for t in pb[path].texts]
        la = [(norm(h, ma), norm(t, ma)) for h, t in pa[path].anchors if not h.startswith("#")]
        lb = [(norm(h, mb), norm(t, mb)) for h, t in pb[path].anchors if not h.startswith("#")]
        if pair in UNORDERED_PAIRS:
            ok_t, ok_l = Counter(ta) == Counter(tb), Counter(la) == Counter(lb)
        else:
            ok_t, ok_l = ta == tb, la == lb
        if not ok_t:
            diff = next(((x, y) for x, y in zip(ta, tb, strict=False) if x != y), (len(ta), len(tb)))
            errors.append(f"pair {a}/{b} {path}: visible text differs, first: {diff}")
        if not ok_l:
            diff = next(((x, y) for x, y in zip(la, lb, strict=False) if x != y), (len(la), len(lb)))
            errors.append(f"pair {a}/{b} {path}: links differ, first: {diff}")
    return f"pair {a}/{b}: {len(pa)} pages compared"


def main() -> int:
    errors: list[str] = []
    check_labels(errors)
    got: dict[str, dict] = {}
    with serve_blind_sites(SITES) as sites:
        for code, url in sorted(sites.items()):
            line, bodies = check_site(code, url.rstrip("/"), errors)
            got[code] = bodies
            print(line)
    for i in range(0, len(CODES), 2):
        print(check_pair(CODES[i], CODES[i + 1], got[CODES[i]], got[CODES[i + 1]], errors))
    for e in errors:
        print("ERROR", e)
    print("all checks passed" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
