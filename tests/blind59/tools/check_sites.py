"""Self-check of the blind59 corpus (loopback only, stdlib urllib).

    python3 tests/blind59/tools/check_sites.py

Serves every site with tests/blind/server.py, then checks: labels.csv is consistent; every
manifest page answers 200 with its content type; robots.txt lets * fetch the front page;
sitemap.xml lists exactly the manifest's sitemap; every search word returns its hits and an
unknown word "Inga träffar"; from the front page (after its redirect), every link on every
reachable page answers exactly as the manifest says (page -> 200, redirect -> its status and
Location, anything else -> 404); every manifest page is reachable by links; and the evidence
strings behind the labels are (or, for the front pages, are not) where labels.csv says.
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
from tests.blind.server import _guess_type, serve_blind_sites  # noqa: E402

CODES = [str(n) for n in range(9667, 9677)]
STATUS_SITES: dict[str, str] = {}
UNLINKED: dict[str, set[str]] = {}

# (path, text that must be in the page's visible text or attributes); "!" paths: must NOT appear
EVIDENCE: dict[str, list[tuple[str, str]]] = {
    "9667": [("/kontakta-oss/", "<title>Kundcenter – Holmstena kommun</title>"), ("/kontakta-oss/", "<span>Kundcenter</span>"),
             ("/kontakta-oss/", "Verksamheten leds av en enhetschef"), ("/", 'href="/kontakta-oss/">Kontakta oss'),
             ("!/", "Kundcenter</"), ("!/kontakta-oss/", "<h1>Kundcenter")],
    "9668": [("/kontaktcenter/", "Kontaktcenter svarar inte på frågor om bygglov"), ("/", 'href="/kontaktcenter/">Kontaktcenter')],
    "9669": [("/medborgarkontoret.asp", "har stängt permanent"), ("/kommunservice.asp", "Vi svarar på frågor om"),
             ("/default.asp", "Kommunservice: <a href=\"/kommunservice.asp\">Kommunservice</a>")],
    "9670": [("/4.3f8a1c2e18d0b5a6e7f1001.html", "Servicecentret finns inte ännu"),
             ("/4.3f8a1c2e18d0b5a6e7f1002.html", "har inget kontaktcenter")],
    "9671": [("/", 'href="/nyheter/servicecenter-flyttar-till-stadshuset/">Servicecenter flyttar'),
             ("/kommun-och-politik/organisation/", "<td>Servicecenter</td><td>Enhetschef</td>"),
             ("!/", 'href="/servicecenter/"')],
    "9672": [("/kundtjanst/", "ingen chatt, inget kontaktformulär och ingen besöksmottagning"), ("!/kundtjanst/", "Telefontid")],
    "9673": [("/medborgarservice/", 'alt="Ring Medborgarservice: 0980-319 240"'), ("/", 'aria-label="Medborgarservice"'),
             ("!/medborgarservice/", "319 240<")],
    "9674": [("/kontakt-kallfors/", "0980.319.260"), ("/kontakt-kallfors/", "Vi svarar dygnet runt"),
             ("/", 'href="/kontakt-kallfors/">Till Kontakt Kallfors')],
    "9675": [("/kommun-och-politik/servicecentrum", "Kontaktformulär (PDF"), ("!/", "Servicecentrum"),
             ("/kommun-och-politik/", 'href="/kommun-och-politik/servicecentrum">Servicecentrum')],
    "9676": [("/kommun-och-politik/vanliga-fragor/", "<span>Kontaktcenter</span>"), ("!/", "Kontaktcenter"),
             ("!/", "vanliga-fragor")],
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


def decode(h: dict, body: bytes) -> str:
    m = re.search(r"charset=([\w-]+)", h.get("Content-Type", ""))
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


def check_labels(errors: list[str]) -> None:
    with (CORPUS / "labels.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    codes = [r["kommunkod"] for r in rows]
    if codes != CODES:
        errors.append(f"labels.csv codes {codes}")
    for r in rows:
        m = json.loads((CORPUS / "sites" / r["kommunkod"] / "site.json").read_text(encoding="utf-8"))
        if m["kommun"] != r["kommun"]:
            errors.append(f"{r['kommunkod']}: kommun {r['kommun']} != manifest {m['kommun']}")
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
        if not r["notes"]:
            errors.append(f"{r['kommunkod']}: no notes")


def check_site(code: str, origin: str, errors: list[str]) -> str:
    m = json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))
    pages, redirects = m["pages"], m["redirects"]
    err = errors.append
    texts: dict[str, str] = {}
    for p, spec in pages.items():
        st, h, body = fetch(origin + p)
        want = spec["content_type"] if isinstance(spec, dict) and spec.get("content_type") else _guess_type(spec if isinstance(spec, str) else spec["file"])
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')} != {want}")
        if want.startswith("text/html"):
            texts[p] = decode(h, body)
        if want == "application/pdf" and not body.startswith(b"%PDF-"):
            err(f"{code} {p}: not a PDF")
    st, _, body = fetch(origin + "/robots.txt")
    if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
        err(f"{code}: robots.txt forbids /")
    st, _, body = fetch(origin + "/sitemap.xml")
    locs = re.findall(rb"<loc>([^<]+)</loc>", body)
    if [html.unescape(x.decode())[len(origin):] for x in locs] != m["sitemap"]:
        err(f"{code}: sitemap mismatch")
    if sorted(m["sitemap"]) != sorted(p for p in pages if texts.get(p) is not None):
        err(f"{code}: sitemap != manifest HTML pages")
    sp = m["search"]
    for word, want in sp["hits"].items():
        st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        text = decode(h, body)
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want:
            err(f"{code}: search {word!r} -> {hrefs}")
        if not want and "Inga träffar" not in text:
            err(f"{code}: search {word!r} should say Inga träffar")
    st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "zzxqy"}))
    if "Inga träffar" not in decode(h, body):
        err(f"{code}: unknown search word")
    # crawl
    seen_pages: set[str] = set()
    checked: set[str] = set()
    queue = ["/"]
    front = None
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
        if front is None:
            front = path
        seen_pages.add(path)
        ct = h.get("Content-Type", "")
        if not ct.startswith("text/html"):
            continue
        lp = Links()
        lp.feed(decode(h, body))
        base = origin + path
        if lp.base:
            base = urllib.parse.urljoin(base, lp.base)
        for href in lp.links:
            if href.startswith(("mailto:", "tel:")):
                continue
            u = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{code} {path}: off-site link {href}")
                continue
            if u.path == sp["path"] and u.path != "/":
                continue
            queue.append(u.path)
    html_pages = {p for p in pages if p in texts}
    missing = html_pages - seen_pages - UNLINKED.get(code, set())
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    for p, needle in EVIDENCE.get(code, []):
        neg = p.startswith("!")
        p = p.lstrip("!")
        if p == "/":
            p = front or "/"
        hay = texts.get(p, "")
        if (needle in hay) == neg:
            err(f"{code} {p}: evidence {'present' if neg else 'missing'}: {needle!r}")
    for p, t in texts.items():
        if re.search(r"https?://(?!127\.0\.0\.1)", t.replace("http://www.w3.org", "").replace("https://schema.org", "")):
            err(f"{code} {p}: other host in page")
    kb = len(texts.get(front or "/", "").encode()) // 1024
    return f"{code}: front {front} {kb} KB, {len(seen_pages)} pages reached of {len(pages)}, {len(checked)} distinct paths checked"


def main() -> int:
    errors: list[str] = []
    check_labels(errors)
    with serve_blind_sites(CORPUS / "sites") as sites:
        if sorted(sites) != CODES:
            errors.append(f"sites {sorted(sites)}")
        for code, url in sorted(sites.items()):
            print(check_site(code, url.rstrip("/"), errors))
    for e in errors:
        print("ERROR", e)
    print("all checks passed" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
