"""Self-check of the blind19 corpus (loopback only, stdlib urllib). Adapted from tests/blind3.

    python3 tests/blind19/tools/check_sites.py

Serves every site with tests/blind/server.py, then checks: labels.csv is consistent; every
manifest page answers 200 with its content type; robots.txt lets * fetch the front page;
sitemap.xml lists the manifest's sitemap; every search word returns its hits and an unknown
word "Inga träffar"; from the front page (after its redirect), every link on every reached page
answers exactly as the manifest says (page -> 200, redirect -> its status and Location, anything
else -> 404), links resolved against <base href> where a page has one; every manifest page is
reachable by links; every <img> on a front page answers 200.

Label guards (the facts the b/c labels rest on): on each front page, how often the unit's name
occurs in visible text (tags, scripts, styles and comments removed) and in alt/aria-label/title
attributes, and how many front-page links lead, after the manifest's redirects, to the service page.
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

CODES = [str(k) for k in range(9161, 9171)]

# kod: (service page path, unit word, count in visible text, count in alt/aria-label/title,
#       number of front-page links whose target after redirects is the service page)
GUARDS = {
    "9161": ("/kontaktcenter/", "kontaktcenter", 0, 1, 1),    # image link, alt only (hero quick links)
    "9162": ("/kundcenter.html", "kundcenter", 0, 1, 1),      # top-bar icon, aria-label only, 302
    "9163": ("/servicecenter/", "servicecenter", 0, 0, 1),    # "Hjälp och kontakt" -> /Servicecenter 301
    "9164": ("/medborgarservice", "medborgarservice", 1, 0, 0),  # labelled hero box, no link
    "9165": ("/sv/kundtjanst/", "kundtjänst", 0, 0, 1),      # hero tile "Frågor? Vi svarar", <base href>
    "9166": ("/kommun-och-politik/kontaktcenter/", "kontaktcenter", 1, 0, 1),  # mega-menu column
    "9167": ("/kontaktcenter/", "kontaktcenter", 0, 0, 1),    # footer "Kontakta oss" -> 301
    "9168": ("/kundtjanst/", "kundtjänst", 2, 0, 0),         # news teaser headline
    "9169": ("/kommun-och-politik/servicekontoret/", "servicekontor", 0, 0, 0),  # none: b0
    "9170": ("/index.php/kontakt/servicecenter", "servicecenter", 1, 0, 1),  # sub-menu item
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


def charset(ctype: str) -> str:
    m = re.search(r"charset=([\w-]+)", ctype or "", re.I)
    return m.group(1) if m else "utf-8"


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.imgs: list[str] = []
        self.base: str | None = None
        self.text: list[str] = []
        self.attrs_text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "img" and a.get("src"):
            self.imgs.append(a["src"])
        for k in ("alt", "aria-label", "title"):
            if a.get(k):
                self.attrs_text.append(a[k])

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def parse(body: bytes, ctype: str) -> Page:
    p = Page()
    p.feed(body.decode(charset(ctype)))
    return p


def check_labels(errors: list[str]) -> None:
    with (CORPUS / "labels.csv").open(encoding="utf-8") as fh:
        rd = csv.DictReader(fh)
        if rd.fieldnames != ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]:
            errors.append(f"labels.csv header {rd.fieldnames}")
        rows = list(rd)
    if [r["kommunkod"] for r in rows] != CODES:
        errors.append("labels.csv codes")
    for r in rows:
        m = json.loads((CORPUS / "sites" / r["kommunkod"] / "site.json").read_text(encoding="utf-8"))
        if m["kommun"] != r["kommun"]:
            errors.append(f"{r['kommunkod']}: kommun {r['kommun']} != {m['kommun']}")
        if r["status"] != "ok":
            errors.append(f"{r['kommunkod']}: status {r['status']} (all sites of this corpus are ok)")
            continue
        v = {k: int(r[k]) for k in "abcde"}
        if any(x not in (0, 1) for x in v.values()):
            errors.append(f"{r['kommunkod']}: aspect not 0/1")
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            errors.append(f"{r['kommunkod']}: inconsistent {v}")
        if sum(v.values()) != int(r["score"]):
            errors.append(f"{r['kommunkod']}: score {r['score']} != {sum(v.values())}")
        if len(r["notes"]) < 200:
            errors.append(f"{r['kommunkod']}: notes too short")


def resolve(path: str, redirects: dict) -> str:
    for _ in range(5):
        if path not in redirects:
            return path
        path = redirects[path][0]
    return path


def expected_ctype(spec) -> str:
    if isinstance(spec, dict):
        return spec["content_type"]
    return "image/svg+xml" if spec.endswith(".svg") else "text/html; charset=utf-8"


def check_site(code: str, origin: str, errors: list[str]) -> str:
    m = json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))
    pages, redirects = m["pages"], m["redirects"]
    err = errors.append
    for p, spec in pages.items():
        st, h, body = fetch(origin + p)
        if st != 200 or h.get("Content-Type") != expected_ctype(spec):
            err(f"{code} {p}: {st} {h.get('Content-Type')}")
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
        text = body.decode(charset(h.get("Content-Type")))
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want:
            err(f"{code}: search {word!r} -> {hrefs}")
    st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "zzxqy"}))
    if "Inga träffar" not in body.decode(charset(h.get("Content-Type"))):
        err(f"{code}: unknown search word")
    # crawl
    seen_pages: set[str] = set()
    checked: set[str] = set()
    queue = ["/"]
    front: tuple[str, Page] | None = None
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
            if front is None:
                queue.insert(0, tgt)
            else:
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
        pg = parse(body, ct)
        base = origin + path
        if pg.base:
            base = urllib.parse.urljoin(base, pg.base)
        if front is None:
            front = (base, pg)
            for src in pg.imgs:
                u = urllib.parse.urlsplit(urllib.parse.urljoin(base, src))
                if fetch(origin + u.path)[0] != 200:
                    err(f"{code}: front image {src} missing")
        for href in pg.links:
            if href.startswith(("mailto:", "tel:")):
                continue
            u = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{code} {path}: off-site link {href}")
                continue
            if u.path == sp["path"] and u.path not in pages:
                continue
            queue.append(u.path)
    missing = {p for p in pages if not p.endswith(".svg")} - seen_pages
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    # label guards
    svc, word, n_text, n_attr, n_links = GUARDS[code]
    if svc not in pages:
        err(f"{code}: service page {svc} not in manifest")
    fbase, fpg = front
    text = " ".join(" ".join(fpg.text).split()).casefold()
    attrs = " ".join(fpg.attrs_text).casefold()
    got = (text.count(word), attrs.count(word))
    if got != (n_text, n_attr):
        err(f"{code}: front page names {word!r} {got}, expected {(n_text, n_attr)}")
    to_svc = [h for h in fpg.links if not h.startswith(("mailto:", "tel:"))
              and resolve(urllib.parse.urlsplit(urllib.parse.urljoin(fbase, h)).path, redirects) == svc]
    if len(to_svc) != n_links:
        err(f"{code}: {len(to_svc)} front links to the service page {to_svc}, expected {n_links}")
    return f"{code}: {len(seen_pages)} pages reached of {len(pages)}, {len(checked)} distinct paths checked"


def main() -> int:
    errors: list[str] = []
    check_labels(errors)
    root = CORPUS / "sites"
    with serve_blind_sites(root) as sites:
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            reg = write_register(sites, Path(tmp) / "register.csv", root).read_text(encoding="utf-8")
            if len(reg.strip().splitlines()) != 1 + len(CODES):
                errors.append("register rows")
        for code, url in sorted(sites.items()):
            print(check_site(code, url.rstrip("/"), errors))
    for e in errors:
        print("ERROR", e)
    print("all checks passed" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
