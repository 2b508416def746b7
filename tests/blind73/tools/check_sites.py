"""Self-check of the blind73 corpus (loopback only, stdlib urllib). Adapted from blind64's.

    cd /work/main && python3 tests/blind73/tools/check_sites.py

Serves every site with tests/blind/server.py, then checks: labels.csv is consistent (codes, kommun,
status, values 0/1, b<=a, c<=b, d<=a, score = sum, notes); every manifest page answers 200 with its
content type; robots.txt lets * fetch the front page; sitemap.xml lists exactly the manifest's
sitemap (= every manifest page); every search word returns its hits and an unknown word
"Inga träffar"; from the front page, every link on every reachable page answers exactly as the
manifest says (page -> 200, redirect -> its status and absolute Location, anything else -> 404);
every manifest page is reachable by links.

Design checks for the b/c emphasis (they check the sites against the author's intent, they do not
compute labels): the front-page links that lead to the service page (after redirects) are exactly
the intended ones, and where the entrance is meant to carry its name only in alt/aria-label (or
not at all), the unit's name is absent from the front page's visible text.
"""
from __future__ import annotations

import csv
import html
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

CODES = [str(c) for c in range(8081, 8091)]
# service page of each site (None: no service function on the site)
SERVICE = {"8081": "/kommun-och-politik/kontaktcenter.4.71ab2c.html", "8082": "/medborgarservice/",
           "8083": "/servicecenter/", "8084": "/kommun-och-politik/kundcenter/", "8085": "/kontaktcenter/",
           "8086": "/medborgarkontoret.asp", "8087": "/kundtjanst/", "8088": None,
           "8089": "/kommun-och-politik/kommunservice/", "8090": None}
# hrefs on the front page whose target (after redirects) is the service page, as designed
FRONT_LINKS = {"8081": ["/kommun-och-politik/kontaktcenter.4.71ab2c.html"], "8082": ["/medborgarservice/"],
               "8083": ["/servicecenter/"],
               "8084": ["/kommun-och-politik/kundcenter/", "/kommun-och-politik/kundcenter/"],  # desktop + mobile menu
               "8085": ["/kontakta-oss"], "8086": ["/medborgarkontoret.asp"], "8087": ["/kundtjanst/?ref=ikon"],
               "8088": [], "8089": [], "8090": []}
# unit names that must not be in the front page's visible text (tags stripped; attributes do not count)
ABSENT_TEXT = {"8082": "medborgarservice", "8085": "kontaktcenter", "8087": "kundtjänst", "8089": "kommunservice"}
# ... and that must not be anywhere in the front page's HTML
ABSENT_HTML = {"8085": "kontaktcenter", "8089": "kommunservice"}


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


def decode(body: bytes, headers: dict) -> str:
    m = re.search(r"charset=([\w-]+)", headers.get("Content-Type", ""), re.I)
    return body.decode(m.group(1) if m else "utf-8")


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


def visible_text(text: str) -> str:
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S | re.I)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return " ".join(html.unescape(text).replace("\u00ad", "").split()).casefold()


def check_labels(errors: list[str]) -> None:
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as fh:
        rd = csv.DictReader(fh)
        if rd.fieldnames != ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]:
            errors.append(f"labels.csv header {rd.fieldnames}")
        rows = list(rd)
    codes = [r["kommunkod"] for r in rows]
    if codes != CODES:
        errors.append(f"labels.csv codes {codes}")
    for r in rows:
        code = r["kommunkod"]
        m = json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))
        if m["kommun"] != r["kommun"]:
            errors.append(f"{code}: kommun {r['kommun']} != manifest {m['kommun']}")
        if len(r["notes"]) < 200:
            errors.append(f"{code}: notes too short")
        if r["status"] not in {"ok", "unreachable", "blocked", "not_html", "needs_browser"}:
            errors.append(f"{code}: status {r['status']}")
            continue
        if r["status"] != "ok":
            if any(r[k] for k in "abcde") or r["score"]:
                errors.append(f"{code}: aspects/score must be empty when status is {r['status']}")
            continue
        try:
            v = {k: int(r[k]) for k in "abcde"}
        except ValueError:
            errors.append(f"{code}: aspect not an integer")
            continue
        if not set(v.values()) <= {0, 1}:
            errors.append(f"{code}: aspect not 0/1")
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            errors.append(f"{code}: inconsistent {v}")
        if sum(v.values()) != int(r["score"]):
            errors.append(f"{code}: score {r['score']} != {sum(v.values())}")


def resolve(path: str, redirects: dict) -> str:
    seen = 0
    while path in redirects and seen < 10:
        path = redirects[path][0]
        seen += 1
    return path


def check_site(code: str, origin: str, errors: list[str]) -> str:
    m = json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))
    pages, redirects = m["pages"], m["redirects"]
    err = errors.append
    for p, spec in pages.items():
        st, h, body = fetch(origin + p)
        want = spec["content_type"] if isinstance(spec, dict) else "text/html; charset=utf-8"
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')}")
    st, _, body = fetch(origin + "/robots.txt")
    if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
        err(f"{code}: robots.txt forbids /")
    st, _, body = fetch(origin + "/sitemap.xml")
    locs = [x.decode()[len(origin):] for x in re.findall(rb"<loc>([^<]+)</loc>", body)]
    if locs != m["sitemap"] or set(locs) != set(pages):
        err(f"{code}: sitemap mismatch")
    sp = m["search"]
    for word, want in sp["hits"].items():
        st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        text = decode(body, h)
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want:
            err(f"{code}: search {word!r} -> {hrefs}")
    for word in ("zzxqy", "kontaktcenter") if not sp["hits"] else ("zzxqy",):
        st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        if "Inga träffar" not in decode(body, h):
            err(f"{code}: search {word!r} should give Inga träffar")
    # front page and the design checks
    front = resolve("/", redirects)
    st, h, body = fetch(origin + front)
    ftext = decode(body, h)
    fsize = len(body)
    lp = Links()
    lp.feed(ftext)
    svc = SERVICE[code]
    to_service = [x for x in lp.links
                  if svc and resolve(urllib.parse.urlsplit(urllib.parse.urljoin(origin + front, x)).path, redirects) == svc]
    if to_service != FRONT_LINKS[code]:
        err(f"{code}: front-page links to the service page {to_service}, designed {FRONT_LINKS[code]}")
    if svc and svc not in pages:
        err(f"{code}: service page {svc} not in manifest")
    if code in ABSENT_TEXT and ABSENT_TEXT[code] in visible_text(ftext):
        err(f"{code}: {ABSENT_TEXT[code]!r} is in the front page's visible text")
    if code in ABSENT_HTML and ABSENT_HTML[code] in ftext.casefold():
        err(f"{code}: {ABSENT_HTML[code]!r} is in the front page's HTML")
    # crawl
    seen_pages: set[str] = set()
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
        seen_pages.add(path)
        if not h.get("Content-Type", "").startswith("text/html"):
            continue
        lp = Links()
        lp.feed(decode(body, h))
        base = origin + path
        if lp.base:
            base = urllib.parse.urljoin(base, lp.base)
        for href in lp.links:
            if href.startswith(("mailto:", "tel:", "#")):
                continue
            u = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{code} {path}: off-site link {href}")
                continue
            if u.path == sp["path"] and u.path not in pages:
                continue
            queue.append(u.path)
    missing = set(pages) - seen_pages
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    return f"{code}: {len(seen_pages)} pages reached of {len(pages)}, {len(checked)} distinct paths checked, front {fsize} B"


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
