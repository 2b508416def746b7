"""Self-check of the blind corpus: serve every site, fetch every page and every link.

Run: python3 tests/blind/tools/check_sites.py   (exit status 1 on a problem)

Checks: site.json and labels.csv parse; every manifest page answers 200 with its
content type; every page is reachable by links from the front page unless it is
listed in HIDDEN (reached only by sitemap/search on purpose); each link on each
page is fetched (redirects followed by hand) and its final status recorded; every
404 must be to a path the generator emitted as menu/teaser filler, never a page
the corpus meant to link; status sites answer as designed.
"""
from __future__ import annotations

import csv
import html
import json
import sys
import urllib.error
import urllib.request
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

HERE = Path(__file__).resolve().parent
BLIND = HERE.parent
sys.path.insert(0, str(BLIND.parent.parent))
sys.path.insert(0, str(HERE))

from tests.blind.server import serve_blind_sites, write_register  # noqa: E402

# pages deliberately not linked from anywhere (found only via search or sitemap)
HIDDEN = {"9311": {"/kommun-och-politik/kund-tjanst"}, "9312": {"/kontaktcenter"}}
STATUS_SITES = {"9314": "unreachable", "9315": "blocked", "9316": "not_html"}


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


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(url):
    try:
        r = OPENER.open(url, timeout=10)
        return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def follow(url, limit=5):
    chain = []
    for _ in range(limit):
        st, h, b = fetch(url)
        chain.append((url, st))
        if st in (301, 302, 303, 307, 308):
            url = urljoin(url, h["Location"])
            continue
        return url, st, h, b, chain
    return url, -1, {}, b"", chain


def charset_of(ctype):
    if "charset=" in ctype:
        return ctype.split("charset=")[1].split(";")[0].strip()
    return "utf-8"


def filler_paths(code):
    """Paths the generator emitted as menu, teaser or footer filler (404 by design)."""
    import build_sites as B
    fn = getattr(B, f"site_{code}")
    S, _pages, _man = fn()
    B.pad_front(S)
    out = set()
    for a in S.get("areas", []):
        out.add(a["href"])
        out.add(a.get("top_href", a["href"]))
        out.update(h for _, h in a["subs"])
    for key in ("topbar", "header_links"):
        out.update(h for _, h, _ in S.get(key, []))
    out.update(c[1] for c in S.get("hero", {}).get("cards", []))
    out.update(n["href"] for n in S.get("front_news", []))
    out.update(n["href"] for n in S.get("all_news", []))
    out.update(e["href"] for e in S.get("events", []))
    out.update(t.get("href") for t in S.get("top_items", []))
    # every link in the site-wide blocks: the search template carries header, menus
    # and footer and no own content
    import re
    m = json.loads((BLIND / "sites" / code / "site.json").read_text(encoding="utf-8"))
    tpl = m["search"]["template"]
    tpl = tpl if isinstance(tpl, str) else tpl["file"]
    text = (BLIND / "sites" / code / tpl).read_bytes().decode("latin-1")
    out.update(html.unescape(h) for h in re.findall(r'href="([^"]+)"', text))
    out.update(html.unescape(h) for h in re.findall(r'href="([^"]+)"', S.get("front_extra", "")))
    return out


def main():
    problems = []
    root = BLIND / "sites"
    labels = list(csv.DictReader((BLIND / "labels.csv").open(encoding="utf-8")))
    assert [r["kommunkod"] for r in labels] == [f"93{i:02d}" for i in range(1, 17)], "labels.csv rows"
    for r in labels:
        if r["status"] == "ok":
            v = [int(r[k]) for k in "abcde"]
            assert all(x in (0, 1) for x in v)
            assert int(r["score"]) == sum(v), r
            a, b, c, d, _e = v
            assert (b <= a) and (c <= b) and (d <= a), f"consistency {r['kommunkod']}"
        else:
            assert all(r[k] == "" for k in "abcde") and r["score"] == "", r
    print(f"labels.csv: {len(labels)} rows ok")

    with serve_blind_sites(root) as sites:
        write_register(sites, Path("/tmp/blind-register.csv"))
        for code, base in sorted(sites.items()):
            d = root / code
            m = json.loads((d / "site.json").read_text(encoding="utf-8"))
            html_pages = [p for p, s in m["pages"].items()
                          if (s if isinstance(s, str) else s["file"]).endswith(".html")]
            if not 6 <= len(html_pages) <= 14:
                problems.append(f"{code}: {len(html_pages)} html pages")
            origin = base.rstrip("/")
            if code in STATUS_SITES:
                st, h, b = fetch(base)
                kind = STATUS_SITES[code]
                ok = (kind == "unreachable" and st == 503) or \
                     (kind == "not_html" and st == 200 and h.get("Content-Type") == "application/pdf" and b.startswith(b"%PDF")) or \
                     (kind == "blocked" and st == 200 and "Disallow: /\n" in fetch(base + "robots.txt")[2].decode())
                print(f"{code} {m['kommun']:<10} status site ({kind}): front {st} {h.get('Content-Type')} {'OK' if ok else 'BAD'}")
                if not ok:
                    problems.append(f"{code}: status site wrong")
                if kind == "unreachable":
                    continue
            # every manifest page answers 200 with its content type
            for p, spec in m["pages"].items():
                st, h, b = fetch(origin + p)
                want = spec["content_type"] if isinstance(spec, dict) else "text/html; charset=utf-8"
                if st != 200 or h.get("Content-Type") != want:
                    problems.append(f"{code}: {p} -> {st} {h.get('Content-Type')}")
                if b"__ORIGIN__" in b:
                    problems.append(f"{code}: {p} leaks __ORIGIN__")
            # crawl from the front page, following every link
            fill = filler_paths(code)
            seen_pages, link_status = set(), {}
            queue = deque([base]) if code != "9316" else deque(origin + p for p in html_pages)
            crawled = set()
            while queue:
                url = queue.popleft()
                final, st, h, b, _chain = follow(url)
                path = urlsplit(final).path
                if st != 200 or not h.get("Content-Type", "").startswith("text/html"):
                    continue
                if path in crawled:
                    continue
                crawled.add(path)
                seen_pages.add(path)
                parser = Links()
                parser.feed(b.decode(charset_of(h["Content-Type"]), errors="replace"))
                base_url = urljoin(final, parser.base) if parser.base else final
                for href in parser.hrefs:
                    if href.startswith(("mailto:", "tel:", "javascript:")) or href.startswith("#"):
                        continue
                    if href.startswith("http") and not href.startswith(origin):
                        problems.append(f"{code}: absolute foreign link {href} on {path}")
                        continue
                    target = urljoin(base_url, href).split("#")[0]
                    if target in link_status:
                        continue
                    tf, tst, th, _, _tchain = follow(target)
                    link_status[target] = (tst, urlsplit(tf).path, href, path)
                    if tst == 200 and th.get("Content-Type", "").startswith("text/html") and urlsplit(tf).path not in crawled:
                        queue.append(tf)
            n404 = [(t, v) for t, v in link_status.items() if v[0] == 404]
            unexpected = []
            for _target, (_status, fpath, href, src) in n404:
                if href in fill or urlsplit(urljoin(base, href)).path in fill:
                    continue
                if any(href.startswith(x) for x in ("/e-tjanster/", "/lediga-jobb/", "/a-o", "e-tjanster/", "lediga-jobb/")) \
                        or "/e-tjanster/" in fpath or "/lediga-jobb/" in fpath or fpath.endswith(("/a-o", "/a-o/")) \
                        or "statistik" in fpath or "driftinformation" in fpath:
                    continue
                unexpected.append((href, src, fpath))
            other = [(t, v) for t, v in link_status.items() if v[0] not in (200, 404)]
            reachable_missing = {p for p in m["pages"] if p not in seen_pages and p != "/"} - HIDDEN.get(code, set())
            if code == "9303":
                reachable_missing.discard("/")
            print(f"{code} {m['kommun']:<10} pages={len(m['pages'])} crawled={len(crawled)} links={len(link_status)} "
                  f"200={sum(1 for v in link_status.values() if v[0] == 200)} 404={len(n404)} unexpected404={len(unexpected)}")
            for u in unexpected:
                print("   unexpected 404:", u)
                problems.append(f"{code}: unexpected 404 {u}")
            for t, v in other:
                print("   other status:", t, v)
                problems.append(f"{code}: status {v}")
            if reachable_missing:
                print("   not reachable by links:", sorted(reachable_missing))
                problems.append(f"{code}: unreachable pages {sorted(reachable_missing)}")
            for hp in HIDDEN.get(code, set()):
                if hp in seen_pages:
                    problems.append(f"{code}: hidden page {hp} is linked")
            if "sitemap" in m:
                st, h, b = fetch(base + "sitemap.xml")
                if st != 200 or b.count(b"<loc>") != len(m["sitemap"]):
                    problems.append(f"{code}: sitemap")
    print("\nPROBLEMS:" if problems else "\nall checks passed")
    for p in problems:
        print(" -", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
