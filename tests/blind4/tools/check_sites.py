"""Self-check of the fourth blind corpus (loopback only, stdlib urllib).

    python3 tests/blind4/tools/check_sites.py

Serves every site with tests/blind/server.py, then checks: labels.csv is consistent; every manifest
page answers 200 with its content type; the declared encodings hold (9601 windows-1252 bytes with a
<meta> charset only, 9602 Latin-1 XHTML that parses as XML, 9608 Latin-1 announced only by the HTTP
header); robots.txt lets * fetch the front page; sitemap.xml lists the manifest's sitemap; every search
word returns its hits and an unknown word "Inga träffar"; from the front page (after its redirect)
every <a href> and <area href> on every reachable page, resolved like a browser (relative, ../,
absolute same-origin, percent-encoded or raw UTF-8 paths, query strings), answers exactly as the
manifest says; every manifest page of an ok site is reachable by links; 9611's / is text/plain;
9612's / is a challenge page without links.
"""
from __future__ import annotations

import csv
import json
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
sys.path.insert(0, str(CORPUS.parent.parent))
from tests.blind.server import serve_blind_sites  # noqa: E402

STATUS_SITES = {"9611": "not_html", "9612": "blocked"}
CODES = [f"96{n:02d}" for n in range(1, 13)]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(url: str) -> tuple[int, dict, bytes]:
    parts = urllib.parse.urlsplit(url)
    url = urllib.parse.urlunsplit(parts._replace(path=urllib.parse.quote(parts.path, safe="/%")))
    try:
        with OPENER.open(url, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.base: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag in ("a", "area") and a.get("href"):
            self.links.append(a["href"])


def charset_of(ctype: str, body: bytes) -> str:
    m = re.search(r"charset=([\w-]+)", ctype, re.I)
    if m:
        return m.group(1)
    m = re.search(rb'<\?xml[^>]*encoding="([\w-]+)"', body[:200]) or re.search(rb'charset=([\w-]+)', body[:1500], re.I)
    return m.group(1).decode() if m else "utf-8"


def check_labels(errors: list[str]) -> None:
    with (CORPUS / "labels.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    codes = [r["kommunkod"] for r in rows]
    if codes != CODES:
        errors.append(f"labels.csv codes {codes}")
    for r in rows:
        if r["status"] != "ok":
            if any(r[k] for k in "abcde") or r["score"]:
                errors.append(f"{r['kommunkod']}: status row with aspects")
            if STATUS_SITES.get(r["kommunkod"]) != r["status"]:
                errors.append(f"{r['kommunkod']}: status {r['status']}")
            if not r["notes"]:
                errors.append(f"{r['kommunkod']}: no notes")
            continue
        v = {k: int(r[k]) for k in "abcde"}
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            errors.append(f"{r['kommunkod']}: inconsistent {v}")
        if sum(v.values()) != int(r["score"]):
            errors.append(f"{r['kommunkod']}: score {r['score']} != {sum(v.values())}")
        if not r["notes"]:
            errors.append(f"{r['kommunkod']}: no notes")


def check_encoding(code: str, m: dict, errors: list[str]) -> None:
    d = CORPUS / "sites" / code
    for spec in m["pages"].values():
        name = spec if isinstance(spec, str) else spec["file"]
        raw = (d / name).read_bytes()
        try:
            raw.decode("utf-8")
            utf8 = True
        except UnicodeDecodeError:
            utf8 = False
        if code in ("9601", "9602", "9608"):
            if utf8:
                errors.append(f"{code} {name}: decodes as UTF-8, expected a legacy encoding")
        elif not utf8:
            errors.append(f"{code} {name}: not UTF-8")
        if code == "9601" and b'charset=windows-1252' not in raw[:600]:
            errors.append(f"{code} {name}: no windows-1252 meta")
        if code == "9601" and b"\x96" not in raw and name == "index.htm":
            errors.append(f"{code} {name}: no cp1252-only byte")
        if code == "9608" and re.search(rb"<meta[^>]+charset", raw, re.I):
            errors.append(f"{code} {name}: charset must come from the HTTP header only")
        if code == "9602":
            if not raw.startswith(b'<?xml version="1.0" encoding="ISO-8859-1"?>') or re.search(rb"<meta[^>]+charset", raw, re.I):
                errors.append(f"{code} {name}: XML declaration")
            try:
                ET.fromstring(raw)
            except ET.ParseError as exc:
                errors.append(f"{code} {name}: not well-formed XML: {exc}")


def check_site(code: str, origin: str, errors: list[str]) -> str:
    m = json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))
    pages, redirects = m["pages"], m["redirects"]
    err = errors.append
    for p, spec in pages.items():
        st, h, body = fetch(origin + p)
        want = spec["content_type"] if isinstance(spec, dict) else "text/html; charset=utf-8"
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')}")
    check_encoding(code, m, errors)
    if code == "9611":
        st, h, body = fetch(origin + "/")
        if h.get("Content-Type") != "text/plain; charset=utf-8" or b"<html" not in body:
            err(f"{code}: front page is not HTML source served as text/plain")
        return f"{code}: front page {h.get('Content-Type')}"
    if code == "9612":
        st, h, body = fetch(origin + "/")
        lp = Links()
        lp.feed(body.decode("utf-8"))
        if st != 200 or lp.links or "inte är en robot" not in body.decode("utf-8"):
            err(f"{code}: challenge page")
        st2, _, _ = fetch(origin + "/robots.txt")
        return f"{code}: front page {st} challenge, {len(lp.links)} links, robots.txt {st2}"
    st, _, body = fetch(origin + "/robots.txt")
    if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
        err(f"{code}: robots.txt forbids /")
    st, _, body = fetch(origin + "/sitemap.xml")
    locs = re.findall(rb"<loc>([^<]+)</loc>", body)
    if [x.decode()[len(origin):] for x in locs] != m["sitemap"]:
        err(f"{code}: sitemap mismatch")
    sp = m["search"]
    for word, want in sp["hits"].items():
        st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        text = body.decode(charset_of(h.get("Content-Type", ""), body))
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want:
            err(f"{code}: search {word!r} -> {st} {hrefs}")
    st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "zzxqy"}))
    if "Inga träffar" not in body.decode(charset_of(h.get("Content-Type", ""), body)):
        err(f"{code}: unknown search word")
    seen_pages: set[str] = set()
    checked: set[str] = set()
    queue = ["/"]
    nlinks = 0
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
            queue.append(urllib.parse.unquote(urllib.parse.urlsplit(tgt).path))
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
        if not (ct.startswith("text/html") or ct.startswith("application/xhtml+xml")):
            continue
        lp = Links()
        lp.feed(body.decode(charset_of(ct, body)))
        base = origin + path
        if lp.base:
            base = urllib.parse.urljoin(base, lp.base)
        for href in lp.links:
            if href.startswith(("mailto:", "tel:", "#")):
                continue
            nlinks += 1
            u = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{code} {path}: off-site link {href}")
                continue
            p = urllib.parse.unquote(u.path)
            if p == sp["path"] and p not in pages:
                continue
            queue.append(p)
    missing = set(pages) - seen_pages
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    return f"{code}: {len(seen_pages)} pages reached of {len(pages)}, {len(checked)} distinct paths checked, {nlinks} links followed"


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
