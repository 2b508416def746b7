"""Self-check of the blind21 corpus (loopback only, stdlib urllib).

    python3 tests/blind21/tools/check_sites.py

Serves every site with tests/blind/server.py (unchanged), then checks: labels.csv is consistent; every manifest
page answers 200 with its content type; robots.txt lets * fetch the front page; sitemap.xml lists the manifest's
sitemap; every search word returns its hits and an unknown word "Inga träffar"; from the front page, every link on
every reachable page answers exactly as the manifest says (page -> 200, redirect -> its status and Location,
anything else -> 404); every manifest page is reachable by links; the service-function words appear in visible
text only on the pages the labels rely on; front-page links to the service page exist exactly where b/c say so.
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

CODES = [str(n) for n in range(9181, 9191)]
UNIT_RE = re.compile(r"kontaktcent|servicecent|kundtjänst|kundcent|medborgarserv|medborgarkont|servicekont|"
                     r"kommunservice|invånarservice|medborgarcent", re.I)
# pages whose visible text may name a service-function word ("*": a site-wide block or menu item names it)
NAMED_ON: dict[str, set[str]] = {
    "9181": {"/", "/nyheter/", "/nyheter/statens-servicecenter/"},
    "9182": {"*"},
    "9183": {"/kontakta-oss/"},
    "9184": {"*"},
    "9185": {"*"},
    "9186": {"*"},
    "9187": {"/kontakta-oss/"},
    "9188": {"/kommun-och-politik/", "/kommun-och-politik/medborgarkontoret/"},
    "9189": {"/", "/nyheter.asp", "/nyheter/servicecentret-oppettider.asp"},
    "9190": {"*"},
}
# service page, and whether the front page links to it (an entrance by target)
SERVICE_PAGE: dict[str, tuple[str, bool]] = {
    "9183": ("/kontakta-oss/", True),
    "9185": ("/kommun-och-politik/medborgarservice.html", True),
    "9186": ("/kundcenter", True),
    "9187": ("/kontakta-oss/", True),
    "9188": ("/kommun-och-politik/medborgarkontoret/", False),
    "9189": ("/nyheter/servicecentret-oppettider.asp", True),
    "9190": ("/index.php/trafik-och-infrastruktur/parkering/parkeringstillstand", False),
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


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.text: list[str] = []
        self.base: str | None = None
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        for k in ("alt", "title", "aria-label"):
            if a.get(k):
                self.text.append(a[k])

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def charset(ct: str) -> str:
    m = re.search(r"charset=([\w-]+)", ct)
    return m.group(1) if m else "utf-8"


def check_labels(errors: list[str]) -> None:
    with (CORPUS / "labels.csv").open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]:
            errors.append(f"labels.csv header {reader.fieldnames}")
        rows = list(reader)
    if [r["kommunkod"] for r in rows] != CODES:
        errors.append(f"labels.csv codes {[r['kommunkod'] for r in rows]}")
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
        if not r["notes"]:
            errors.append(f"{r['kommunkod']}: no notes")


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
    locs = re.findall(rb"<loc>([^<]+)</loc>", body)
    if [x.decode()[len(origin):] for x in locs] != m["sitemap"]:
        err(f"{code}: sitemap mismatch")
    sp = m["search"]
    for word, want in sp["hits"].items():
        st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        text = body.decode(charset(h.get("Content-Type", "")))
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want:
            err(f"{code}: search {word!r} -> {hrefs}")
    for word in ("zzxqy", "kontaktcenter", "servicecenter", "kundtjänst", "medborgarservice"):
        if word in sp["hits"]:
            continue
        st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        if "Inga träffar" not in body.decode(charset(h.get("Content-Type", ""))):
            err(f"{code}: search {word!r} should find nothing")
    seen_pages: set[str] = set()
    checked: set[str] = set()
    front_links: set[str] = set()
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
        lp = Links()
        lp.feed(body.decode(charset(ct)))
        visible = " ".join(lp.text)
        allowed = NAMED_ON[code]
        if "*" not in allowed and path not in allowed and UNIT_RE.search(visible):
            err(f"{code} {path}: names {UNIT_RE.search(visible).group(0)!r} outside NAMED_ON")
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
            if path == "/":
                front_links.add(u.path)
            if u.path == sp["path"] and u.path != "/":
                continue
            queue.append(u.path)
    for p in NAMED_ON[code] - {"*"}:
        if p not in pages:
            err(f"{code}: NAMED_ON path {p} not in manifest")
    if code in SERVICE_PAGE:
        sp_path, linked = SERVICE_PAGE[code]
        if sp_path not in pages:
            err(f"{code}: service page {sp_path} not in manifest")
        if (sp_path in front_links) != linked:
            err(f"{code}: front page links to service page = {sp_path in front_links}, expected {linked}")
    missing = set(pages) - seen_pages
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    return f"{code}: {len(seen_pages)} pages reached of {len(pages)}, {len(checked)} distinct paths checked"


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
