"""Self-check of the blind58 corpus (loopback only, stdlib urllib).

    python3 tests/blind58/tools/check_sites.py

Serves every site with tests/blind/server.py, then checks: labels.csv is consistent; every
manifest page answers 200 with its content type; robots.txt lets * fetch the front page;
sitemap.xml lists exactly the manifest's sitemap, and the sitemap is the manifest's page list;
every search word returns its hits and an unknown word "Inga träffar" with the echo; from the
front page, every link on every reachable page answers exactly as the manifest says (page ->
200, redirect -> its status and Location, anything else -> 404); every manifest page is
reachable by links unless listed in UNLINKED (and those are really not linked); and the
visible-text evidence the labels rely on is where the notes say (EVIDENCE).
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

CODES = [str(c) for c in range(9657, 9667)]
# pages on purpose reachable only through the sitemap / site search
UNLINKED: dict[str, set[str]] = {"9664": {"/invanarservice"}}
STATUS_SITES: dict[str, str] = {}

# (path, phrase, present?) on visible text (scripts, styles, comments, attributes other than
# alt/aria-label/title excluded); "/" is the front page after redirects
EVIDENCE: dict[str, list[tuple[str, str, bool]]] = {
    "9657": [("/", "Så får du hjälp", True), ("/", "Kontaktcenter svarar nu i chatten", True),
             ("/kommun-och-politik/kontaktcenter.html", "Det här kan vi hjälpa dig med", True),
             ("/kommun-och-politik/organisation/kommunledningskontoret.html", "Maria Holm, enhetschef", True)],
    "9658": [("/", "Kundcenter", True), ("/sv/kundcenter/", "kundcenter(at)granhamn.se", True),
             ("/sv/kundcenter/", "chef", False), ("/sv/bo-och-miljo/el-och-fjarrvarme/", "Kundcenterchef: Eva Sund", True)],
    "9659": [("/", "Medborgarservice", True), ("/kontakt", "Öppettider, telefon och e-post", True),
             ("/kommun-och-politik/medborgarservice", "leds av enhetschef Karin Ödman", True)],
    "9660": [("/", "Kommunservice", True), ("/kommunservice/", "allt som rör kommunen", True),
             ("/kommunservice/", "chef", False)],
    "9661": [("/", "Kontakta oss", True), ("/", "Kontakt Sjöhamra svarar i chatten", True), ("/", "Nu kan du chatta med kommunen", True),
             ("/kontakta-oss/", "Enhetschef för Kontakt Sjöhamra: Elin Vass", True)],
    "9662": [("/", "Kontaktcenter", True), ("/kontaktcenter/", "kommunvägledare", True),
             ("/kontaktcenter/", "Telefon:", False), ("/kontaktcenter/", "040-628 04 55", False), ("/kontaktcenter/", "kontaktcenter@", False)],
    "9663": [("/", "Kundtjänst", False), ("/", "Ormvik Energi AB kundtjänst", True),
             ("/kommun-och-politik/kundtjanst", "Kundtjänstchef: Hanna Pettersson", True)],
    "9664": [("/", "Invånarservice", False), ("/", "invånarservice", False), ("/invanarservice", "bostadsanpassning", True),
             ("/invanarservice", "invanarservice@", False), ("/invanarservice", "Öppet", False)],
    "9665": [("/", "servicecentrum", False), ("/", "Servicecentrum", False), ("/servicecentrum", "Besöksadress", True),
             ("/om-kommunen/besok-stadshuset", "kommunens servicecentrum", True)],
    "9666": [("/", "Kontaktcenter", False), ("/", "kontaktcenter", False), ("/", "Statens servicekontor", True)],
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
        self.base: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])


class Visible(HTMLParser):
    """Visible text plus alt / aria-label / title attributes."""

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "template"):
            self.skip += 1
        for k, v in attrs:
            if k in ("alt", "aria-label", "title") and v:
                self.parts.append(v)

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

    def text(self) -> str:
        return " ".join(" ".join(self.parts).replace("\u00ad", "").split())


def visible(body: bytes) -> str:
    v = Visible()
    v.feed(body.decode("utf-8"))
    return v.text()


def check_labels(errors: list[str]) -> None:
    with (CORPUS / "labels.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    if list(rows[0].keys()) != ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]:
        errors.append(f"labels.csv header {list(rows[0].keys())}")
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
        err(f"{code}: sitemap.xml != manifest sitemap")
    if sorted(m["sitemap"]) != sorted(pages):
        err(f"{code}: sitemap != manifest pages")
    sp = m["search"]
    for word, want in sp["hits"].items():
        st, _, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        text = body.decode("utf-8")
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want:
            err(f"{code}: search {word!r} -> {st} {hrefs}")
        for p in want:
            if p not in pages:
                err(f"{code}: search hit {p} not a page")
    for word in ("zzxqy", "kontaktcenter" if code == "9666" else "zzxqy"):
        st, _, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        t = body.decode("utf-8")
        if st != 200 or "Inga träffar" not in t or "Du sökte på" not in t:
            err(f"{code}: search {word!r} is not an echo + 'Inga träffar'")
    # crawl by links
    seen_pages: set[str] = set()
    checked: set[str] = set()
    used_redirects: set[str] = set()
    front_path = None
    queue = ["/"]
    while queue:
        path = queue.pop(0)
        if path in checked:
            continue
        checked.add(path)
        st, h, body = fetch(origin + path)
        if path in redirects:
            tgt, want = redirects[path]
            used_redirects.add(path)
            if st != want or h.get("Location") != origin + tgt:
                err(f"{code} {path}: redirect {st} {h.get('Location')}")
            if path == "/" and front_path is None:
                front_path = tgt
            queue.append(tgt)
            continue
        if path not in pages:
            if st != 404:
                err(f"{code} {path}: {st}, not in manifest")
            continue
        if st != 200:
            err(f"{code} {path}: {st}")
            continue
        if front_path is None:
            front_path = path
        seen_pages.add(path)
        if not h.get("Content-Type", "").startswith("text/html"):
            continue
        lp = Links()
        lp.feed(body.decode("utf-8"))
        base = origin + path
        if lp.base:
            base = urllib.parse.urljoin(base, lp.base)
        for href in lp.links:
            if href.startswith(("tel:", "mailto:")):
                continue
            u = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{code} {path}: off-site link {href}")
                continue
            if u.path == sp["path"] and u.query:
                continue
            queue.append(u.path)
    unl = UNLINKED.get(code, set())
    missing = set(pages) - seen_pages - unl
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    if unl & seen_pages:
        err(f"{code}: pages meant to be unlinked are linked: {sorted(unl & seen_pages)}")
    if set(redirects) - used_redirects:
        err(f"{code}: redirects never linked: {sorted(set(redirects) - used_redirects)}")
    for path, phrase, present in EVIDENCE.get(code, []):
        p = front_path if path == "/" else path
        _, _, body = fetch(origin + p)
        if (phrase in visible(body)) != present:
            err(f"{code} {p}: visible {phrase!r} should be {'present' if present else 'absent'}")
    return f"{code}: {len(seen_pages)} pages reached of {len(pages)}, {len(checked)} distinct paths checked"


def main() -> int:
    errors: list[str] = []
    check_labels(errors)
    with serve_blind_sites(CORPUS / "sites") as sites:
        if sorted(sites) != CODES:
            errors.append(f"served sites {sorted(sites)}")
        for code, url in sorted(sites.items()):
            print(check_site(code, url.rstrip("/"), errors))
    for e in errors:
        print("ERROR", e)
    print("all checks passed" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
