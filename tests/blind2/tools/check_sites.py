"""Self-check of the second blind corpus: serve every site, fetch every page and every link.

Run: python3 tests/blind2/tools/check_sites.py   (exit status 1 on a problem; loopback only)

Checks: labels.csv parses and is consistent (b<=a, c<=b, d<=a, score = sum); every
manifest page answers 200 with its content type; robots.txt, sitemap.xml and the
site search answer; every link on every crawled page (after <base>) answers as the
manifest says (page -> 200, redirect -> its status and target, else 404); every
manifest page is reachable by links from the front page unless listed in
tools/hidden.json; the two status sites answer as designed (403 everywhere, a
front-page redirect loop).
"""
from __future__ import annotations

import csv
import json
import sys
import urllib.error
import urllib.request
import urllib.robotparser
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

HERE = Path(__file__).resolve().parent
BLIND2 = HERE.parent
sys.path.insert(0, str(BLIND2.parent.parent))

from tests.blind.server import serve_blind_sites, write_register  # noqa: E402

ROOT = BLIND2 / "sites"
HIDDEN = {k: set(v) for k, v in json.loads((HERE / "hidden.json").read_text(encoding="utf-8")).items()}
STATUS_SITES = {"9413": "blocked", "9414": "unreachable"}
REDIRECT = (301, 302, 303, 307, 308)


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.base = None
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href") and self.base is None:
            self.base = a["href"]
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


OPENER = urllib.request.build_opener(NoRedirect, urllib.request.ProxyHandler({}))


def fetch(url):
    assert url.startswith("http://127.0.0.1:"), url
    try:
        r = OPENER.open(url, timeout=10)
        return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def follow(url, limit=8):
    chain = []
    for _ in range(limit):
        st, h, b = fetch(url)
        chain.append((urlsplit(url).path, st))
        if st in REDIRECT:
            url = urljoin(url, h["Location"])
            continue
        return url, st, h, b, chain
    return url, -1, {}, b"", chain


def charset_of(ctype):
    return ctype.split("charset=")[1].split(";")[0].strip() if "charset=" in ctype else "utf-8"


def expected(m, path):
    """What the manifest says a path answers: ('page', ctype) / ('redirect', [target, status]) / ('404',)."""
    if path in m["redirects"]:
        return ("redirect", m["redirects"][path])
    if path in m["pages"]:
        spec = m["pages"][path]
        return ("page", spec["content_type"] if isinstance(spec, dict) else "text/html; charset=utf-8")
    return ("404",)


def check_labels(problems):
    rows = list(csv.DictReader((BLIND2 / "labels.csv").open(encoding="utf-8")))
    if [r["kommunkod"] for r in rows] != [f"94{i:02d}" for i in range(1, 15)]:
        problems.append("labels.csv: rows are not 9401..9414")
    for r in rows:
        if r["status"] == "ok":
            v = [int(r[k]) for k in "abcde"]
            a, b, c, d, _e = v
            if not all(x in (0, 1) for x in v) or int(r["score"]) != sum(v) or not (b <= a and c <= b and d <= a):
                problems.append(f"labels.csv: inconsistent row {r['kommunkod']}")
        elif any(r[k] for k in "abcde") or r["score"]:
            problems.append(f"labels.csv: status row {r['kommunkod']} carries values")
        m = json.loads((ROOT / r["kommunkod"] / "site.json").read_text(encoding="utf-8"))
        if m["kommun"] != r["kommun"]:
            problems.append(f"labels.csv: name mismatch {r['kommunkod']}")
    print(f"labels.csv: {len(rows)} rows checked")


def check_site(code, base, m, problems):
    origin = base.rstrip("/")
    kind = STATUS_SITES.get(code)
    if kind == "blocked":
        bad = [p for p in ["/", "/robots.txt", *m["pages"]] if fetch(origin + p)[0] != 403]
        print(f"{code} {m['kommun']:<10} blocked: every path 403 {'OK' if not bad else 'BAD ' + str(bad)}")
        if bad:
            problems.append(f"{code}: not 403 on {bad}")
        return
    if kind == "unreachable":
        _, st, _, _, chain = follow(base)
        ok = st == -1 and len({p for p, _ in chain}) == 3
        print(f"{code} {m['kommun']:<10} unreachable: redirect loop {chain[:4]} {'OK' if ok else 'BAD'}")
        if not ok:
            problems.append(f"{code}: front page does not loop")
        return
    # manifest pages
    for p, _spec in m["pages"].items():
        st, h, b = fetch(origin + p)
        want = expected(m, p)[1]
        if st != 200 or h.get("Content-Type") != want:
            problems.append(f"{code}: {p} -> {st} {h.get('Content-Type')}")
        if b"__ORIGIN__" in b:
            problems.append(f"{code}: {p} leaks __ORIGIN__")
    # robots, sitemap
    st, _, body = fetch(origin + "/robots.txt")
    rp = urllib.robotparser.RobotFileParser()
    rp.parse(body.decode("utf-8").splitlines())
    if st != 200 or not rp.can_fetch("servicekoll-blind2-check", origin + "/"):
        problems.append(f"{code}: robots.txt {st} forbids the front page to *")
    st, _, body = fetch(origin + "/sitemap.xml")
    if st != 200 or body.count(b"<loc>") != len(m["sitemap"]):
        problems.append(f"{code}: sitemap")
    # search: every name with hits answers with links to them; an unknown word answers "Inga träffar"
    s = m.get("search")
    if s:
        for q, hits in s["hits"].items():
            _, st, h, body, _ = follow(f"{origin}{s['path']}?{s['param']}={quote(q)}")
            text = body.decode(charset_of(h.get("Content-Type", "")), errors="replace")
            if st != 200 or not all(f'href="{p}"' in text for p in hits):
                problems.append(f"{code}: search {q!r} -> {st}")
        _, st, h, body, _ = follow(f"{origin}{s['path']}?{s['param']}=xyzzy")
        if st != 200 or "Inga träffar" not in body.decode(charset_of(h.get("Content-Type", "")), errors="replace"):
            problems.append(f"{code}: search miss -> {st}")
    # crawl by links from the front page
    crawled, link_ok, n404, nlinks = set(), {}, 0, 0
    queue = deque([base])
    while queue:
        url = queue.popleft()
        final, st, h, b, _ = follow(url)
        path = urlsplit(final).path
        if st != 200 or not h.get("Content-Type", "").startswith("text/html") or path in crawled:
            continue
        crawled.add(path)
        parser = Links()
        parser.feed(b.decode(charset_of(h["Content-Type"]), errors="replace"))
        base_url = urljoin(final, parser.base) if parser.base else final
        for href in parser.hrefs:
            if href.startswith(("mailto:", "tel:", "javascript:", "#")):
                continue
            if href.startswith("http") and not href.startswith(origin):
                problems.append(f"{code}: foreign link {href} on {path}")
                continue
            target = urljoin(base_url, href).split("#")[0]
            if target in link_ok:
                continue
            nlinks += 1
            tpath = urlsplit(target).path
            if urlsplit(target).query and s and tpath == s["path"]:
                link_ok[target] = True
                continue
            st1, h1, _ = fetch(target)
            want = expected(m, tpath)
            if want[0] == "redirect":
                good = st1 == want[1][1] and urlsplit(h1.get("Location", "")).path == want[1][0]
            elif want[0] == "page":
                good = st1 == 200 and h1.get("Content-Type") == want[1]
            else:
                good = st1 == 404
                n404 += 1
            link_ok[target] = good
            if not good:
                problems.append(f"{code}: link {href} on {path} -> {st1}, manifest says {want}")
            tf, tst, th, _, _ = follow(target)
            if tst == 200 and th.get("Content-Type", "").startswith("text/html") and urlsplit(tf).path not in crawled:
                queue.append(tf)
    hidden = HIDDEN.get(code, set())
    missing = {p for p in m["pages"] if p not in crawled} - hidden
    print(f"{code} {m['kommun']:<10} pages={len(m['pages'])} crawled={len(crawled)} links={nlinks} "
          f"404={n404} bad={sum(1 for v in link_ok.values() if not v)}")
    if missing:
        problems.append(f"{code}: pages not reachable by links: {sorted(missing)}")
    for p in hidden:
        if p in crawled:
            problems.append(f"{code}: hidden page {p} is linked")
        if p not in m["sitemap"]:
            problems.append(f"{code}: hidden page {p} not in sitemap")


def main():
    problems: list[str] = []
    check_labels(problems)
    with serve_blind_sites(ROOT) as sites:
        write_register(sites, Path("/tmp/blind2-register.csv"), ROOT)
        if sorted(sites) != [f"94{i:02d}" for i in range(1, 15)]:
            problems.append(f"served sites: {sorted(sites)}")
        for code, base in sorted(sites.items()):
            m = json.loads((ROOT / code / "site.json").read_text(encoding="utf-8"))
            check_site(code, base, m, problems)
    print("\nPROBLEMS:" if problems else "\nall checks passed")
    for p in problems:
        print(" -", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
