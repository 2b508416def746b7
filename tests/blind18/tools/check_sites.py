"""Self-check of the blind18 corpus (loopback only, stdlib urllib). Adapted from blind3's.

    python3 tests/blind18/tools/check_sites.py

Serves every site with tests/blind/server.py, then checks: labels.csv is consistent (header,
codes 9151-9160, b<=a, c<=b, d<=a, score = sum, notes present); every manifest page answers 200
with its content type; robots.txt lets * fetch the front page; sitemap.xml lists the manifest's
sitemap; every search word returns its hits and an unknown word "Inga träffar"; from the front
page, every link on every reachable page answers exactly as the manifest says (page -> 200,
redirect -> its status and Location, anything else -> 404); mailto:/tel: links are skipped,
links to other hosts must go to *.example; every manifest page is reachable by links; the unit
page's h1 is the unit's name and the front page links to it; no page other than the unit page
(and the pages the README names) mentions the unit's name outside the site-wide footer.
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

HEADER = ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]
CODES = [str(n) for n in range(9151, 9161)]
UNLINKED: dict[str, set[str]] = {}
# (unit name, unit path, pages besides the unit page whose own content may name the unit)
UNITS = {
    "9151": ("Kontaktcenter", "/kontaktcenter/", set()),
    "9152": ("Servicecenter", "/servicecenter.4.71c3a9e1.html", set()),
    "9153": ("Medborgarkontoret", "/medborgarkontoret/", set()),
    "9154": ("Kundcenter", "/kundcenter/", set()),
    "9155": ("Kommunservice", "/kommunservice/", set()),
    "9156": ("Servicecentrum", "/servicecentrum/", {"/organisation/"}),
    "9157": ("Kontakt Grävlinge", "/kontakt-gravlinge/", set()),
    "9158": ("Medborgarservice", "/medborgarservice/", set()),
    "9159": ("Kundtjänst", "/kundtjanst/", set()),
    "9160": ("Servicekontoret", "/servicekontoret/", set()),
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
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != HEADER:
            errors.append(f"labels.csv header {reader.fieldnames}")
        rows = list(reader)
    codes = [r["kommunkod"] for r in rows]
    if codes != CODES:
        errors.append(f"labels.csv codes {codes}")
    for r in rows:
        m = json.loads((CORPUS / "sites" / r["kommunkod"] / "site.json").read_text(encoding="utf-8"))
        if m["kommun"] != r["kommun"]:
            errors.append(f"{r['kommunkod']}: kommun {r['kommun']} != manifest {m['kommun']}")
        if r["status"] != "ok":
            errors.append(f"{r['kommunkod']}: unexpected status {r['status']}")
            continue
        v = {k: int(r[k]) for k in "abcde"}
        if any(x not in (0, 1) for x in v.values()):
            errors.append(f"{r['kommunkod']}: values {v}")
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            errors.append(f"{r['kommunkod']}: inconsistent {v}")
        if sum(v.values()) != int(r["score"]):
            errors.append(f"{r['kommunkod']}: score {r['score']} != {sum(v.values())}")
        if not r["notes"]:
            errors.append(f"{r['kommunkod']}: no notes")


def visible_main(text: str) -> str:
    """Text of a page without scripts, styles, comments and its site-wide footer."""
    t = re.sub(r"(?s)<script.*?</script>|<style.*?</style>|<!--.*?-->", " ", text)
    for pat in (r'(?s)<footer class="site-footer">.*', r'(?s)<div class="sv-layout sv-footer".*', r'(?s)<tr><td colspan="2" bgcolor="#dddddd">.*',
                r'(?s)<footer class="c-footer">.*', r'(?s)<footer class="bg-dark.*', r'(?s)<div class="w9">.*', r'(?s)<x-footer>.*',
                r'(?s)<div role="contentinfo".*', r'(?s)<footer role="contentinfo".*', r'(?s)<div id="footer">.*'):
        t = re.sub(pat, " ", t)
    return t


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
        text = decode(h, body)
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want:
            err(f"{code}: search {word!r} -> {hrefs}")
    st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "zzxqy"}))
    if "Inga träffar" not in decode(h, body):
        err(f"{code}: unknown search word")
    # unit page and front-page link
    name, upath, allowed = UNITS[code]
    st, h, body = fetch(origin + upath)
    h1 = re.search(r"(?s)<h1[^>]*>(.*?)</h1>", decode(h, body))
    if not h1 or re.sub(r"<[^>]+>", "", h1.group(1)).strip() != name:
        err(f"{code}: unit page h1 {h1 and h1.group(1)!r}")
    st, h, body = fetch(origin + "/")
    if not re.search(rf'<a [^>]*href="{re.escape(upath)}"[^>]*>(<[^>]+>)*{re.escape(name)}<', decode(h, body)):
        err(f"{code}: front page has no link '{name}' -> {upath}")
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
        text = decode(h, body)
        if path not in {upath, "/", "/sok/"} | allowed:
            # the site-wide menu names the unit once (municipio: top bar + drawer, twice); no more
            n = len(re.findall(re.escape(name), re.sub(r"<[^>]+>", " ", visible_main(text))))
            if n > 2:
                err(f"{code} {path}: names '{name}' {n} times outside the footer")
        lp = Links()
        lp.feed(text)
        base = origin + path
        if lp.base:
            base = urllib.parse.urljoin(base, lp.base)
        for href in lp.links:
            if href.startswith(("mailto:", "tel:")):
                continue
            u = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
            if f"{u.scheme}://{u.netloc}" != origin:
                if not (u.hostname or "").endswith(".example"):
                    err(f"{code} {path}: off-site link {href}")
                continue
            if u.path == sp["path"]:
                continue
            queue.append(u.path)
    missing = set(pages) - seen_pages - UNLINKED.get(code, set())
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    return f"{code}: {len(seen_pages)} pages reached of {len(pages)}, {len(checked)} distinct paths checked"


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
