"""Self-check of the blind60 corpus (loopback only, stdlib urllib).

    python3 tests/blind60/tools/check_sites.py

Serves every site with tests/blind/server.py, then checks: labels.csv is consistent; every
manifest page answers 200 with its declared content type; robots.txt (where there is one) lets
* fetch the front page, and answers 404 where the manifest has none; sitemap.xml lists exactly
the manifest's sitemap (404 where there is none); every configured search word returns its
hits and an unknown word "Inga träffar"; from the front page (after its redirect), every link
on every reached page answers exactly as the manifest says (page -> 200 and content type,
redirect -> its status and absolute Location, anything else -> 404). "Link" here is what an
old-site visitor can follow: <a href>, <area href>, <frame src>, <iframe src>, the values of a
jump menu's <option>s, and <img src> (so that every image in the manifest is reached). Every
manifest page must be reachable that way. Pages are decoded by the HTTP charset, else the
<meta> charset, else windows-1252 (what a browser guesses for an undeclared Swedish page).
A few per-site assertions pin the old-site traits the labels rely on (SITE_TRAITS).
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

CODES = [str(n) for n in range(9677, 9687)]
STATUS_SITES: dict[str, str] = {}
SKIP_SCHEMES = ("mailto:", "tel:", "javascript:")


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


def decode(body: bytes, ctype: str) -> str:
    m = re.search(r"charset=([\w-]+)", ctype or "", re.I)
    if not m:
        m = re.search(rb"<meta[^>]+charset=([\w-]+)", body[:2048], re.I)
        cs = m.group(1).decode() if m else "windows-1252"
    else:
        cs = m.group(1)
    return body.decode(cs)


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.base: str | None = None
        self.tags: list[str] = []
        self.in_select = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag in ("a", "area") and a.get("href"):
            self.links.append(a["href"])
        if tag in ("frame", "iframe", "img", "input") and a.get("src"):
            self.links.append(a["src"])
        if tag == "select":
            self.in_select = bool(a.get("onchange"))
        if tag == "option" and self.in_select and a.get("value"):
            self.links.append(a["value"])

    def handle_endtag(self, tag):
        if tag == "select":
            self.in_select = False


def parse(text: str) -> Links:
    lp = Links()
    lp.feed(text)
    lp.close()
    return lp


def check_labels(errors: list[str]) -> None:
    with (CORPUS / "labels.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    codes = [r["kommunkod"] for r in rows]
    if codes != CODES:
        errors.append(f"labels.csv codes {codes}")
    for r in rows:
        man = json.loads((CORPUS / "sites" / r["kommunkod"] / "site.json").read_text(encoding="utf-8"))
        if man["kommun"] != r["kommun"]:
            errors.append(f"{r['kommunkod']}: kommun {r['kommun']} != manifest {man['kommun']}")
        if r["status"] != "ok":
            if any(r[k] for k in "abcde") or r["score"]:
                errors.append(f"{r['kommunkod']}: status row with aspects")
            if STATUS_SITES.get(r["kommunkod"]) != r["status"]:
                errors.append(f"{r['kommunkod']}: status {r['status']}")
            continue
        v = {k: int(r[k]) for k in "abcde"}
        if any(x not in (0, 1) for x in v.values()):
            errors.append(f"{r['kommunkod']}: aspect not 0/1")
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            errors.append(f"{r['kommunkod']}: inconsistent {v}")
        if sum(v.values()) != int(r["score"]):
            errors.append(f"{r['kommunkod']}: score {r['score']} != {sum(v.values())}")
        if len(r["notes"]) < 80:
            errors.append(f"{r['kommunkod']}: notes too short")


def front_of(m: dict) -> str:
    p = "/"
    while p in m["redirects"]:
        p = m["redirects"][p][0]
    return p


def check_traits(code: str, origin: str, m: dict, err) -> None:
    """Old-site traits the labels depend on."""
    fp = front_of(m)
    _st, h, body = fetch(origin + fp)
    text = decode(body, h.get("Content-Type", ""))
    lp = parse(text)
    low = text.lower()
    if code == "9677":
        if "<frameset" not in low or lp.tags.count("frame") != 3 or "body" in lp.tags[:lp.tags.index("noframes") + 1]:
            err(f"{code}: front page is not a 3-frame frameset")
        menu = decode(fetch(origin + "/meny.html")[2], "text/html; charset=iso-8859-1")
        if "<b>Kontaktcenter</b>" not in menu:
            err(f"{code}: menu frame lacks top-level Kontaktcenter")
    if code == "9678":
        if h.get("Content-Type") != "text/html" or "<AREA" not in text or 'ALT="Kundtjänst"' not in text:
            err(f"{code}: expected charset-less image-map front page")
        if b"\x96" not in fetch(origin + "/kundtjanst.asp")[2]:
            err(f"{code}: kundtjanst page should carry a windows-1252 en dash")
    if code == "9679" and [x for x in lp.links if not x.endswith(".gif")] != ["/start.htm"]:
        err(f"{code}: splash should have exactly one link, got {lp.links}")
    if code == "9680" and lp.tags.count("iframe") != 2:
        err(f"{code}: expected two iframes on the front page")
    if code == "9681" and '<option value="/servicecentrum/">Servicecentrum</option>' not in text:
        err(f"{code}: jump menu option missing")
    if code == "9683" and ("body" in lp.tags or "charset" in low or h.get("Content-Type") != "text/html"
                           or b"\xe4" not in body):
        err(f"{code}: expected no <body>, no charset, Latin-1 bytes")
    if code == "9686" and (lp.tags.count("iframe") != 1 or "medborgarservice" in low):
        err(f"{code}: wrapper should be one iframe naming nothing")
    if code == "9684" and (low.count("kontaktcenter") != 2 or "<!-- kontaktcenter" not in low):
        err(f"{code}: 'kontaktcenter' should occur only in meta keywords and a comment")


def check_site(code: str, origin: str, errors: list[str]) -> str:
    m = json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))
    pages, redirects = m["pages"], m["redirects"]
    err = errors.append
    for p, spec in pages.items():
        st, h, body = fetch(origin + p)
        want = spec["content_type"] if isinstance(spec, dict) else "text/html; charset=utf-8"
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')}")
        if want.startswith("text/html"):
            decode(body, want)  # raises if the declared/guessed charset is wrong
    st, _, body = fetch(origin + "/robots.txt")
    if "robots" in m:
        if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
            err(f"{code}: robots.txt forbids /")
    elif st != 404:
        err(f"{code}: robots.txt should be 404")
    st, _, body = fetch(origin + "/sitemap.xml")
    if "sitemap" in m:
        locs = re.findall(rb"<loc>([^<]+)</loc>", body)
        if [x.decode()[len(origin):] for x in locs] != m["sitemap"]:
            err(f"{code}: sitemap mismatch")
    elif st != 404:
        err(f"{code}: sitemap.xml should be 404")
    sp = m["search"]
    for word, want in sp["hits"].items():
        st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        text = decode(body, h.get("Content-Type", ""))
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want:
            err(f"{code}: search {word!r} -> {hrefs}")
    st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "zzxqy"}))
    if "Inga träffar" not in decode(body, h.get("Content-Type", "")):
        err(f"{code}: unknown search word")
    check_traits(code, origin, m, err)
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
        ct = h.get("Content-Type", "")
        if not ct.startswith("text/html"):
            continue
        lp = parse(decode(body, ct))
        base = origin + path
        if lp.base:
            base = urllib.parse.urljoin(base, lp.base)
        for href in lp.links:
            if href.startswith(SKIP_SCHEMES) or href.startswith("#"):
                continue
            u = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{code} {path}: off-site link {href}")
                continue
            if u.path == sp["path"]:
                continue
            queue.append(u.path)
    missing = set(pages) - seen_pages
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    n_html = sum(1 for s in pages.values() if not isinstance(s, dict) or s["content_type"].startswith("text/html"))
    return f"{code}: {len(seen_pages)} of {len(pages)} paths reached ({n_html} HTML), {len(checked)} distinct paths checked"


def main() -> int:
    errors: list[str] = []
    check_labels(errors)
    with serve_blind_sites(CORPUS / "sites") as sites:
        if sorted(sites) != CODES:
            errors.append(f"served codes {sorted(sites)}")
        for code, url in sorted(sites.items()):
            print(check_site(code, url.rstrip("/"), errors))
    for e in errors:
        print("ERROR", e)
    print("all checks passed" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
