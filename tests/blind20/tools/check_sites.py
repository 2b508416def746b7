"""Self-check of the blind20 corpus (loopback only, stdlib urllib).

    python3 tests/blind20/tools/check_sites.py

Serves every site with tests/blind/server.py (unchanged), then checks: labels.csv is consistent;
every manifest page answers 200 with its content type; robots.txt lets * fetch the front page;
sitemap.xml lists the manifest's sitemap; every search word returns its hits (or "Inga träffar")
and an unknown word "Inga träffar"; from the front page, every link on every reachable page
answers exactly as the manifest says (page -> 200, redirect -> its status and Location, anything
else -> 404); every manifest page is reachable by links unless listed in UNLINKED; 9180's front
page redirects in a loop. Finally it checks where the unit's name is visible and where it is only
in hidden markup (VISIBILITY), with a small visible-text extractor (text outside script, style,
template, noscript and comments, plus alt, aria-label and title attributes).
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
from tests.blind.server import serve_blind_sites, write_register  # noqa: E402

CODES = [str(n) for n in range(9171, 9181)]
UNLINKED: dict[str, set[str]] = {"9177": {"/kundcenter/"}, "9180": {"*"}}
STATUS_SITES = {"9180": "unreachable"}
# (kod, path, word, visible?) -- visible = in text outside hidden markup, or in alt/aria-label/title
VISIBILITY = [
    ("9171", "/", "kontaktcenter", True),
    ("9172", "/", "kontaktcenter", False), ("9172", "/kontakta-oss/", "kontaktcenter", False),
    ("9173", "/", "kundcenter", True),
    ("9174", "/", "medborgarservice", True),
    ("9175", "/", "servicecenter", True),
    ("9176", "/", "kundtjänst", True),
    ("9177", "/", "kundcenter", False), ("9177", "/kontakt/", "kundcenter", False),
    ("9178", "/", "medborgarkontor", False),
    ("9179", "/", "kontaktcenter", True),
]
# words that must not be visible anywhere on a site (site-wide hidden-only checks)
NEVER_VISIBLE = {"9172": ["kontaktcenter", "servicecenter", "medborgarservice", "kundcenter"]}
HIDDEN_TAGS = {"script", "style", "template", "noscript"}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(url: str) -> tuple[int, dict, bytes]:
    url = urllib.parse.quote(url, safe=":/?=&%+")  # hrefs such as /a-o/å are sent percent-encoded
    try:
        with OPENER.open(url, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def decode(body: bytes, ctype: str) -> str:
    m = re.search(r"charset=([\w-]+)", ctype or "")
    return body.decode(m.group(1) if m else "utf-8")


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.visible: list[str] = []
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in HIDDEN_TAGS:
            self.depth += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if not self.depth:
            for k in ("alt", "aria-label", "title"):
                if a.get(k):
                    self.visible.append(a[k])

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.visible.append(data)


def check_labels(errors: list[str]) -> None:
    with (CORPUS / "labels.csv").open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]:
            errors.append(f"labels.csv header {reader.fieldnames}")
        rows = list(reader)
    codes = [r["kommunkod"] for r in rows]
    if codes != CODES:
        errors.append(f"labels.csv codes {codes}")
    for r in rows:
        m = json.loads((CORPUS / "sites" / r["kommunkod"] / "site.json").read_text(encoding="utf-8"))
        if m["kommun"] != r["kommun"]:
            errors.append(f"{r['kommunkod']}: kommun {r['kommun']} != {m['kommun']}")
        if not r["notes"]:
            errors.append(f"{r['kommunkod']}: no notes")
        if r["status"] != "ok":
            if any(r[k] for k in "abcde") or r["score"]:
                errors.append(f"{r['kommunkod']}: status row with aspects")
            if STATUS_SITES.get(r["kommunkod"]) != r["status"]:
                errors.append(f"{r['kommunkod']}: status {r['status']}")
            continue
        v = {k: int(r[k]) for k in "abcde"}
        if not set(v.values()) <= {0, 1}:
            errors.append(f"{r['kommunkod']}: values {v}")
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            errors.append(f"{r['kommunkod']}: inconsistent {v}")
        if sum(v.values()) != int(r["score"]):
            errors.append(f"{r['kommunkod']}: score {r['score']} != {sum(v.values())}")
    scores = {int(r["score"]) for r in rows if r["status"] == "ok"}
    if not {0, 5} <= scores:
        errors.append(f"scores {sorted(scores)} lack a 0 or a 5")


def check_site(code: str, origin: str, errors: list[str], texts: dict) -> str:
    m = json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))
    pages, redirects = m["pages"], m.get("redirects", {})
    err = errors.append
    for p, spec in pages.items():
        st, h, body = fetch(origin + p)
        want = spec["content_type"] if isinstance(spec, dict) else "text/html; charset=utf-8"
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')}")
    if code == "9180":
        path, hops = "/", []
        for _ in range(6):
            st, h, _ = fetch(origin + path)
            if st not in (301, 302, 303, 307, 308):
                err(f"{code}: {path} answered {st}, expected a redirect")
                break
            path = urllib.parse.urlsplit(h["Location"]).path
            hops.append(path)
        if hops[:4] != ["/sv/", "/", "/sv/", "/"]:
            err(f"{code}: redirect chain {hops}")
        return f"{code}: redirect loop {' -> '.join(['/', *hops[:4]])} ..."
    st, _, body = fetch(origin + "/robots.txt")
    if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
        err(f"{code}: robots.txt forbids /")
    st, _, body = fetch(origin + "/sitemap.xml")
    locs = re.findall(rb"<loc>([^<]+)</loc>", body)
    if [x.decode()[len(origin):] for x in locs] != m["sitemap"]:
        err(f"{code}: sitemap mismatch")
    sp = m["search"]
    for word, want in [*list(sp["hits"].items()), ("zzxqy", [])]:
        st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        text = decode(body, h.get("Content-Type", ""))
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want or (not want and "Inga träffar" not in text):
            err(f"{code}: search {word!r} -> {st} {hrefs}")
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
        pp = Page()
        pp.feed(decode(body, h.get("Content-Type", "")))
        texts[(code, path)] = " ".join(" ".join(pp.visible).split()).casefold()
        for href in pp.links:
            u = urllib.parse.urlsplit(urllib.parse.urljoin(origin + path, href))
            if u.scheme in ("mailto", "tel"):
                continue
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{code} {path}: off-site link {href}")
                continue
            if u.path == sp["path"] and sp["path"] != "/":
                continue
            queue.append(u.path)
    for p in UNLINKED.get(code, set()):
        st, h, body = fetch(origin + p)
        pp = Page()
        pp.feed(decode(body, h.get("Content-Type", "")))
        texts[(code, p)] = " ".join(" ".join(pp.visible).split()).casefold()
    missing = set(pages) - seen_pages - UNLINKED.get(code, set())
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    n_html = sum(1 for p in pages if not str(pages[p]).endswith(".pdf"))
    if not 8 <= n_html <= 20:
        err(f"{code}: {n_html} pages")
    return f"{code}: {len(seen_pages)} pages reached of {len(pages)}, {len(checked)} distinct paths checked"


def check_visibility(texts: dict, errors: list[str]) -> None:
    for code, path, word, visible in VISIBILITY:
        t = texts.get((code, path))
        if t is None:
            errors.append(f"{code} {path}: not fetched")
        elif (word in t) != visible:
            errors.append(f"{code} {path}: {word!r} visible={word in t}, expected {visible}")
    for code, words in NEVER_VISIBLE.items():
        for (c, p), t in texts.items():
            for w in words:
                if c == code and w in t and "du sökte på" not in t:
                    errors.append(f"{code} {p}: {w!r} visible")


def main() -> int:
    errors: list[str] = []
    check_labels(errors)
    texts: dict = {}
    root = CORPUS / "sites"
    with serve_blind_sites(root) as sites:
        if sorted(sites) != CODES:
            errors.append(f"served {sorted(sites)}")
        reg = write_register(sites, Path("/tmp/blind20-register.csv"), root)
        if len(reg.read_text(encoding="utf-8").splitlines()) != len(CODES) + 1:
            errors.append("register rows")
        for code, url in sorted(sites.items()):
            print(check_site(code, url.rstrip("/"), errors, texts))
    check_visibility(texts, errors)
    for e in errors:
        print("ERROR", e)
    print("all checks passed" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
