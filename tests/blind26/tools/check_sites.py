"""Self-check of the blind26 corpus (loopback only, stdlib urllib).

    cd /work/main && python3 tests/blind26/tools/check_sites.py

Serves every site with tests/blind/server.py and checks:
- labels.csv: header, one row per site (same kommunkod and kommun as site.json), status ok,
  b<=a, c<=b, d<=a, score = a+b+c+d+e, notes present;
- every manifest file exists, every HTML file in a site folder is in the manifest (or is the
  search template);
- every manifest page answers 200 with its content type; robots.txt lets * fetch /;
  sitemap.xml lists exactly the manifest's sitemap; every configured search word returns its
  hits, an unknown word "Inga träffar";
- from / (following redirects), every same-site link of every reached page (fragments dropped)
  answers as the manifest says: a page -> 200, a redirect -> its status and Location; anything
  else (404) is a BROKEN LINK and fails the check; every manifest page is reachable by links;
- fiction: every phone number is in a PTS fiction range, every postcode is 999 xx.
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

CODES = [str(n) for n in range(9271, 9281)]
HEADER = ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]
PHONE = re.compile(r"(?<![\d-])0\d{1,3}-\d{2,3}(?: \d{2,3}){1,2}(?!\d)")
PHONE_EN = re.compile(r"\+46 (\d{1,3}) (\d{3}) (\d{2}) (\d{2})")
FICTION = ("08-465 004", "031-390 06", "040-628 04", "0980-319 2")
POSTCODE = re.compile(r"(?<![\d-])(\d{3}) (\d{2})(?= [A-ZÅÄÖ][a-zåäö])")


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


def charset(ct: str) -> str:
    m = re.search(r"charset=([\w-]+)", ct or "")
    return m.group(1) if m else "utf-8"


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.base: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])


def manifests() -> dict[str, dict]:
    out = {}
    for d in sorted((CORPUS / "sites").iterdir()):
        if (d / "site.json").is_file():
            out[d.name] = json.loads((d / "site.json").read_text(encoding="utf-8"))
    return out


def check_labels(ms: dict[str, dict], err) -> None:
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != HEADER:
            err(f"labels.csv header {reader.fieldnames}")
        rows = list(reader)
    codes = [r["kommunkod"] for r in rows]
    if codes != CODES:
        err(f"labels.csv codes {codes} != {CODES}")
    if sorted(ms) != CODES:
        err(f"site folders {sorted(ms)} != {CODES}")
    for r in rows:
        code = r["kommunkod"]
        m = ms.get(code)
        if m is None:
            err(f"{code}: label without a site")
            continue
        if m["kommunkod"] != code or m["kommun"] != r["kommun"]:
            err(f"{code}: labels.csv kommun {r['kommun']!r} != site.json {m['kommun']!r}")
        if r["status"] != "ok" or m.get("front_status"):
            err(f"{code}: status {r['status']} / front_status {m.get('front_status')}")
            continue
        try:
            v = {k: int(r[k]) for k in "abcde"}
        except ValueError:
            err(f"{code}: non-integer aspect")
            continue
        if any(x not in (0, 1) for x in v.values()):
            err(f"{code}: aspect not 0/1 {v}")
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            err(f"{code}: inconsistent {v}")
        if sum(v.values()) != int(r["score"]):
            err(f"{code}: score {r['score']} != {sum(v.values())}")
        if len(r["notes"]) < 40:
            err(f"{code}: notes missing")


def check_files(code: str, m: dict, err) -> None:
    d = CORPUS / "sites" / code
    named = set()
    for spec in [*m["pages"].values(), m["search"]["template"]]:
        name = spec if isinstance(spec, str) else spec["file"]
        named.add(name)
        if not (d / name).is_file():
            err(f"{code}: manifest file {name} missing")
    for f in d.glob("*.html"):
        if f.name not in named:
            err(f"{code}: {f.name} is not in the manifest")
    n = len(m["pages"])
    if not 8 <= n <= 25:
        err(f"{code}: {n} pages (want 8-25)")


def check_fiction(code: str, path: str, text: str, err) -> None:
    for mt in PHONE.finditer(text):
        num = mt.group(0)
        if not num.startswith(FICTION):
            err(f"{code} {path}: phone {num} not in a PTS fiction range")
    for mt in PHONE_EN.finditer(text):
        g = mt.groups()
        num = f"0{g[0]}-{g[1]} {g[2]} {g[3]}"
        if not num.startswith(FICTION):
            err(f"{code} {path}: phone {mt.group(0)} not in a PTS fiction range")
    for mt in POSTCODE.finditer(text):
        if mt.group(1) != "999":
            err(f"{code} {path}: postcode {mt.group(0)} not 999 xx")


def check_site(code: str, m: dict, origin: str, err) -> str:
    pages, redirects, sp = m["pages"], m.get("redirects", {}), m["search"]
    for p, spec in pages.items():
        st, h, body = fetch(origin + urllib.parse.quote(p))
        want = spec["content_type"] if isinstance(spec, dict) else "text/html; charset=utf-8"
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')} (want 200 {want})")
        else:
            check_fiction(code, p, body.decode(charset(want)), err)
    st, _, body = fetch(origin + "/robots.txt")
    if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
        err(f"{code}: robots.txt forbids /")
    st, _, body = fetch(origin + "/sitemap.xml")
    locs = [x.decode()[len(origin):] for x in re.findall(rb"<loc>([^<]+)</loc>", body)]
    if locs != m["sitemap"]:
        err(f"{code}: sitemap mismatch")
    for word, want in sp["hits"].items():
        st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        text = body.decode(charset(h.get("Content-Type", "")))
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want or (not want and "Inga träffar" not in text):
            err(f"{code}: search {word!r} -> {st} {hrefs}, want {want}")
    st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "zzxqy"}))
    if "Inga träffar" not in body.decode(charset(h.get("Content-Type", ""))):
        err(f"{code}: unknown search word")
    # crawl by links
    reached: set[str] = set()
    checked: set[str] = set()
    links_seen = 0
    queue: list[tuple[str, str]] = [("/", "(start)")]
    while queue:
        path, src = queue.pop(0)
        if path in checked:
            continue
        checked.add(path)
        st, h, body = fetch(origin + urllib.parse.quote(path))
        if path in redirects:
            tgt, want = redirects[path]
            if st != want or h.get("Location") != origin + tgt:
                err(f"{code} {path}: redirect {st} {h.get('Location')} (want {want} {tgt})")
            queue.append((tgt, path))
            continue
        if path not in pages:
            err(f"{code}: BROKEN LINK {path} on {src} -> {st}")
            continue
        if st != 200:
            err(f"{code} {path}: {st}")
            continue
        reached.add(path)
        ct = h.get("Content-Type", "")
        if not ct.startswith("text/html"):
            continue
        lp = Links()
        lp.feed(body.decode(charset(ct)))
        base = origin + path
        if lp.base:
            base = urllib.parse.urljoin(base, lp.base)
        for href in lp.links:
            if href.startswith(("mailto:", "tel:")):
                continue
            links_seen += 1
            u = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{code} {path}: off-site link {href}")
                continue
            if u.path == sp["path"] and u.query:
                continue
            queue.append((urllib.parse.unquote(u.path), path))
    missing = set(pages) - reached
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    return f"{code} {m['kommun']:<13} {len(reached):>2}/{len(pages)} pages reached, {len(checked)} paths, {links_seen} links checked"


def main() -> int:
    errors: list[str] = []
    err = errors.append
    ms = manifests()
    check_labels(ms, err)
    for code, m in ms.items():
        check_files(code, m, err)
    with serve_blind_sites(CORPUS / "sites") as sites:
        for code, url in sorted(sites.items()):
            print(check_site(code, ms[code], url.rstrip("/"), err))
    for e in errors:
        print("ERROR", e)
    print("all checks passed" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
