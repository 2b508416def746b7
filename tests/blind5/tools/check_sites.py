"""Self-check of the fifth blind corpus (loopback only, stdlib urllib).

    python3 tests/blind5/tools/check_sites.py

Serves every site with tests/blind/server.py (unchanged) and checks:
- labels.csv is consistent (codes 9701-9712, b<=a, c<=b, d<=a, score = sum, empty aspects on
  status rows, notes present);
- every manifest page answers 200 with its content type; every redirect answers its status
  and an absolute Location;
- the front page chain from / (redirects followed by hand) ends in a 200 HTML page, and
  robots.txt (group *) allows that final front-page path on every ok site and forbids it on
  9712;
- sitemap.xml: the manifest sitemap where there is one; 9704's /sitemap.xml is a sitemapindex
  whose children list the unit page; every sitemap URL answers 200;
- every search word returns its hits, an unknown word "Inga träffar"; the search path is
  allowed or forbidden by robots.txt exactly as listed in SEARCH_ROBOTS;
- crawling from the front page, every link on every reached page answers as the manifest
  says (page -> 200, redirect -> status, anything else -> 404); links to other hosts are only
  to *.example and never fetched;
- every manifest page is reachable by links, except those in UNLINKED (which must NOT be
  reachable by links);
- slash pairs: the form that is linked answers, its twin 404s (SLASH_TWINS);
- 9711 answers 502 everywhere.
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
from urllib.robotparser import RobotFileParser

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
sys.path.insert(0, str(CORPUS.parent.parent))
from tests.blind.server import serve_blind_sites  # noqa: E402

STATUS_SITES = {"9711": "unreachable", "9712": "blocked"}
# pages on purpose reachable only by sitemap or search (or by nothing a crawler may use)
UNLINKED = {
    "9704": {"/kommunen/kundservice/", "/sitemap.xml", "/sitemap-sidor.xml", "/sitemap-nyheter.xml"},
    "9705": {"/kommunen/servicekontoret/"},
    "9706": {"/kontaktcenter/"},
    "9708": {"/kontakt/kommunservice/"},
}
# search path allowed (True) or disallowed (False) for * by robots.txt
SEARCH_ROBOTS = {"9701": False, "9702": False, "9703": True, "9704": False, "9705": True, "9706": False,
                 "9707": True, "9708": True, "9709": True, "9710": False}
SLASH_TWINS = {"9701": [("/kontaktcenter", "/kontaktcenter/")], "9702": [("/sv/servicecenter/", "/sv/servicecenter")],
               "9708": [("/kontakt/", "/kontakt")], "9707": [("/kontakta-oss/kundtjanst/", "/kontakta-oss/kundtjanst")]}
MUST_BE_IN_SITEMAP = {"9704": "/kommunen/kundservice/", "9708": "/kontakt/kommunservice/"}
NOT_IN_SITEMAP = {"9706": "/kontaktcenter/"}


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

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])


def ctype_of(spec) -> str:
    name = spec["file"] if isinstance(spec, dict) else spec
    if isinstance(spec, dict) and spec.get("content_type"):
        return spec["content_type"]
    if name.endswith(".xml"):
        return "application/xml; charset=utf-8"
    return "text/html; charset=utf-8"


def check_labels(errors: list[str]) -> None:
    with (CORPUS / "labels.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    codes = [r["kommunkod"] for r in rows]
    if codes != [f"97{n:02d}" for n in range(1, 13)]:
        errors.append(f"labels.csv codes {codes}")
    for r in rows:
        if not r["notes"]:
            errors.append(f"{r['kommunkod']}: no notes")
        if r["status"] != "ok":
            if any(r[k] for k in "abcde") or r["score"]:
                errors.append(f"{r['kommunkod']}: status row with aspects")
            if STATUS_SITES.get(r["kommunkod"]) != r["status"]:
                errors.append(f"{r['kommunkod']}: status {r['status']}")
            continue
        v = {k: int(r[k]) for k in "abcde"}
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            errors.append(f"{r['kommunkod']}: inconsistent {v}")
        if sum(v.values()) != int(r["score"]):
            errors.append(f"{r['kommunkod']}: score {r['score']} != {sum(v.values())}")


def robots_for(origin: str) -> RobotFileParser:
    rp = RobotFileParser()
    st, _, body = fetch(origin + "/robots.txt")
    rp.parse(body.decode("utf-8").splitlines() if st == 200 else [])
    return rp


def check_site(code: str, origin: str, errors: list[str]) -> str:
    m = json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))
    pages, redirects = m["pages"], m["redirects"]
    err = errors.append
    if m.get("front_status"):
        for p in ["/", "/robots.txt", "/sitemap.xml", *pages]:
            st, _, _ = fetch(origin + p)
            if st != m["front_status"]:
                err(f"{code} {p}: {st} != {m['front_status']}")
        return f"{code}: every path answers {m['front_status']}"
    for p, spec in pages.items():
        st, h, _ = fetch(origin + p)
        if st != 200 or h.get("Content-Type") != ctype_of(spec):
            err(f"{code} {p}: {st} {h.get('Content-Type')}")
    for p, (tgt, want) in redirects.items():
        st, h, _ = fetch(origin + p)
        if st != want or h.get("Location") != origin + tgt:
            err(f"{code} {p}: redirect {st} {h.get('Location')}")
    # front page chain
    path, hops = "/", []
    while path in redirects:
        hops.append(path)
        path = redirects[path][0]
        if len(hops) > 5:
            err(f"{code}: front redirect chain too long")
            break
    st, h, _ = fetch(origin + path)
    if st != 200 or not h.get("Content-Type", "").startswith("text/html"):
        err(f"{code}: front page {path} answers {st}")
    rp = robots_for(origin)
    allowed = rp.can_fetch("*", origin + path)
    if allowed != (code != "9712"):
        err(f"{code}: robots * can_fetch({path}) = {allowed}")
    front = path
    if code == "9712":
        return f"{code}: front {' -> '.join([*hops, front])}, robots.txt forbids {front} to *"
    # sitemap
    sm_urls: list[str] = []
    st, h, body = fetch(origin + "/sitemap.xml")
    if "sitemap" in m:
        locs = [x.decode()[len(origin):] for x in re.findall(rb"<loc>([^<]+)</loc>", body)]
        if locs != m["sitemap"]:
            err(f"{code}: sitemap mismatch")
        sm_urls = locs
    elif code == "9704":
        if b"<sitemapindex" not in body:
            err(f"{code}: /sitemap.xml is not a sitemap index")
        for child in re.findall(rb"<loc>([^<]+)</loc>", body):
            st2, _, b2 = fetch(child.decode())
            if st2 != 200 or b"<urlset" not in b2:
                err(f"{code}: child sitemap {child!r} {st2}")
            sm_urls += [x.decode()[len(origin):] for x in re.findall(rb"<loc>([^<]+)</loc>", b2)]
    elif st != 404:
        err(f"{code}: unexpected sitemap.xml {st}")
    for u in sm_urls:
        st, _, _ = fetch(origin + u)
        if st != 200:
            err(f"{code}: sitemap URL {u} answers {st}")
    if code in MUST_BE_IN_SITEMAP and MUST_BE_IN_SITEMAP[code] not in sm_urls:
        err(f"{code}: {MUST_BE_IN_SITEMAP[code]} not in sitemap")
    if code in NOT_IN_SITEMAP and NOT_IN_SITEMAP[code] in sm_urls:
        err(f"{code}: {NOT_IN_SITEMAP[code]} is in the sitemap")
    # search
    sp = m["search"]
    for word, want in sp["hits"].items():
        url = origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word})
        st, _, body = fetch(url)
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", body.decode("utf-8"), re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want:
            err(f"{code}: search {word!r} -> {hrefs}")
    probe = origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "kontaktcenter"})
    if rp.can_fetch("*", probe) != SEARCH_ROBOTS[code]:
        err(f"{code}: robots for search {probe} != {SEARCH_ROBOTS[code]}")
    st, _, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "zzxqy"}))
    if "Inga träffar" not in body.decode("utf-8"):
        err(f"{code}: unknown search word")
    # crawl by links
    seen_pages: set[str] = set()
    checked: set[str] = set()
    queue = [front]
    n_links_front = 0
    while queue:
        path = queue.pop(0)
        if path in checked:
            continue
        checked.add(path)
        st, h, body = fetch(origin + path)
        if path in redirects:
            queue.append(redirects[path][0])
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
        lp.feed(body.decode("utf-8"))
        if path == front:
            n_links_front = len(lp.links)
        for href in lp.links:
            u = urllib.parse.urlsplit(urllib.parse.urljoin(origin + path, href))
            if f"{u.scheme}://{u.netloc}" != origin:
                if not u.netloc.endswith(".example") and u.scheme not in ("tel", "mailto"):
                    err(f"{code} {path}: off-site link {href}")
                continue
            if u.path == sp["path"] and u.query:
                continue
            queue.append(u.path)
    unl = UNLINKED.get(code, set())
    missing = set(pages) - seen_pages - unl
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    if seen_pages & unl:
        err(f"{code}: pages meant to be unlinked are linked: {sorted(seen_pages & unl)}")
    for linked, twin in SLASH_TWINS.get(code, []):
        if linked not in pages or fetch(origin + twin)[0] != 404:
            err(f"{code}: slash twin {linked} / {twin}")
    return (f"{code}: front {' -> '.join([*hops, front])} ({n_links_front} links), {len(seen_pages)} of {len(pages)} "
            f"pages reached by links, {len(checked)} distinct paths checked, sitemap {len(sm_urls)} URLs")


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
