"""Self-check of the blind54 corpus (loopback only, stdlib urllib).

    python3 tests/blind54/tools/check_sites.py

Serves every site with tests/blind/server.py, then checks: labels.csv is consistent; every
manifest page answers 200 with its content type; the front page's redirect chain is as
designed; robots.txt (RFC 9309 longest match, * and $) lets * fetch the front page and the
search URL of every ok site; the sitemap (at /sitemap.xml, or the Sitemap: lines of robots.txt,
sitemap indexes followed) lists exactly the manifest's HTML pages; every search word returns
its hits and an unknown word "Inga träffar"; from the front page, every link on every reached
page (resolved against <base href> and the fetched URL) answers exactly as the manifest says;
every manifest page is reachable by links except the ones in UNLINKED, which must not be;
9624 loops, 9625's front page is disallowed, 9626's front page is RSS.
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

CODES = [str(c) for c in range(9617, 9627)]
STATUS_SITES = {"9624": "unreachable", "9625": "blocked", "9626": "not_html"}
# pages on purpose reachable only through the sitemap / the site search (never by links)
UNLINKED: dict[str, set[str]] = {
    "9618": {"/medborgarservice/", "/wp-sitemap.xml", "/wp-sitemap-posts-page-1.xml", "/wp-sitemap-posts-post-1.xml"},
    "9621": {"/servicecenter/"},
    "9622": {"/intranat/kontaktcenter/"},
    "9623": {"/kommun-och-politik/kundtjanst/"},
}
# pages that must be in the sitemap (found there) and pages that robots.txt must forbid
IN_SITEMAP = {"9618": "/medborgarservice/", "9622": "/intranat/kontaktcenter/", "9623": "/kommun-och-politik/kundtjanst/"}
DISALLOWED = {"9622": ["/intranat/kontaktcenter/"], "9625": ["/sv/", "/sv/kontaktcenter/"]}
FRONT = {"9617": ["/"], "9618": ["/"], "9619": ["/"], "9620": ["/", "/sv/"], "9621": ["/"], "9622": ["/"],
         "9623": ["/"], "9625": ["/", "/sv/"], "9626": ["/", "/feed/"]}


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


def charset(h: dict) -> str:
    m = re.search(r"charset=([\w-]+)", h.get("Content-Type", ""))
    return m.group(1) if m else "utf-8"


def robots_allowed(txt: str, target: str, agent: str = "*") -> bool:
    """RFC 9309 for one group: the group naming `agent` (else *), longest match wins, Allow on ties."""
    groups: list[tuple[list[str], list[tuple[str, str]]]] = []
    cur = None
    for line in txt.splitlines():
        line = line.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        k, v = (x.strip() for x in line.split(":", 1))
        k = k.lower()
        if k == "user-agent":
            if cur is None or cur[1]:
                cur = ([], [])
                groups.append(cur)
            cur[0].append(v.lower())
        elif k in ("allow", "disallow") and cur is not None:
            cur[1].append((k, v))
    rules = next((g[1] for g in groups if agent.lower() in g[0]), None)
    if rules is None:
        rules = next((g[1] for g in groups if "*" in g[0]), [])
    best = (-1, "allow")
    for k, v in rules:
        if not v:
            continue
        pat = re.escape(v).replace(r"\*", ".*")
        if pat.endswith(r"\$"):
            pat = pat[:-2] + "$"
        if re.match(pat, target):
            n = len(v)
            if n > best[0] or (n == best[0] and k == "allow"):
                best = (n, k)
    return best[1] == "allow"


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
    if [r["kommunkod"] for r in rows] != CODES:
        errors.append(f"labels.csv codes {[r['kommunkod'] for r in rows]}")
    for r in rows:
        m = json.loads((CORPUS / "sites" / r["kommunkod"] / "site.json").read_text(encoding="utf-8"))
        if m["kommun"] != r["kommun"]:
            errors.append(f"{r['kommunkod']}: kommun {r['kommun']} != manifest {m['kommun']}")
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


def sitemap_paths(origin: str, m: dict, robots: str, err) -> list[str] | None:
    urls = [origin + "/sitemap.xml"] if "sitemap" in m else re.findall(r"(?mi)^Sitemap:\s*(\S+)", robots)
    if not urls:
        st, _, _ = fetch(origin + "/sitemap.xml")
        if st != 404:
            err(f"{m['kommunkod']}: /sitemap.xml {st} but no sitemap declared")
        return None
    out: list[str] = []
    while urls:
        st, _, body = fetch(urls.pop(0))
        if st != 200:
            err(f"{m['kommunkod']}: sitemap {st}")
            continue
        locs = [x.decode() for x in re.findall(rb"<loc>([^<]+)</loc>", body)]
        if b"<sitemapindex" in body:
            urls += locs
        else:
            out += [x[len(origin):] for x in locs]
    return out


def check_site(code: str, origin: str, errors: list[str]) -> str:
    m = json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))
    pages, redirects = m["pages"], m["redirects"]
    err = errors.append
    for p, spec in pages.items():
        st, h, _ = fetch(origin + p)
        want = spec["content_type"] if isinstance(spec, dict) else (
            "text/html; charset=utf-8" if spec.endswith(".html") else "application/xml; charset=utf-8")
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')}")
    st, _, rb = fetch(origin + "/robots.txt")
    robots = rb.decode("utf-8") if st == 200 else ""
    for p, (tgt, want) in redirects.items():
        st, h, _ = fetch(origin + p)
        if st != want or h.get("Location") != origin + tgt:
            err(f"{code} {p}: redirect {st} {h.get('Location')}")
    if code == "9624":  # redirect loop
        seen, path = [], "/"
        while path not in seen and len(seen) < 10:
            seen.append(path)
            st, h, _ = fetch(origin + path)
            if st not in (301, 302):
                err(f"{code}: {path} answers {st}, not a redirect")
                break
            path = h["Location"][len(origin):]
        if path not in seen:
            err(f"{code}: no loop")
        return f"{code}: redirect loop {' -> '.join([*seen, path])}"
    chain, path = ["/"], "/"
    while path in redirects:
        path = redirects[path][0]
        chain.append(path)
    if chain != FRONT[code]:
        err(f"{code}: front chain {chain}")
    front = chain[-1]
    for p in DISALLOWED.get(code, []):
        if robots_allowed(robots, p):
            err(f"{code}: robots.txt allows {p}")
    if code == "9625":
        return f"{code}: front {front} disallowed for * (robots {robots_allowed(robots, '/')} for /)"
    if code == "9626":
        st, h, body = fetch(origin + front)
        if not h.get("Content-Type", "").startswith("application/rss+xml") or not body.startswith(b"<?xml"):
            err(f"{code}: front page is not RSS")
        return f"{code}: front {front} {h.get('Content-Type')}"
    if not robots_allowed(robots, front):
        err(f"{code}: robots.txt forbids the front page")
    sm = sitemap_paths(origin, m, robots, err)
    if sm is not None:
        want = sorted(p for p, s in pages.items() if (s if isinstance(s, str) else s["file"]).endswith(".html"))
        if code == "9621":
            want.remove("/servicecenter/")
        if sorted(sm) != want:
            err(f"{code}: sitemap {sorted(set(sm) ^ set(want))}")
        if "sitemap" in m and m["sitemap"] != sm:
            err(f"{code}: sitemap order differs from manifest")
    if code in IN_SITEMAP and (sm is None or IN_SITEMAP[code] not in sm):
        err(f"{code}: {IN_SITEMAP[code]} not in sitemap")
    sp = m["search"]
    for word, want in sp["hits"].items():
        url = sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word})
        if not robots_allowed(robots, url):
            err(f"{code}: robots.txt forbids search {url}")
        st, h, body = fetch(origin + url)
        text = body.decode(charset(h))
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want:
            err(f"{code}: search {word!r} -> {hrefs}")
    st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "kontaktcenter zzxqy"}))
    if "Inga träffar" not in body.decode(charset(h)):
        err(f"{code}: unknown search word")
    # crawl by links
    seen_pages: set[str] = set()
    checked: set[str] = set()
    queue = [front]
    nlinks = 0
    while queue:
        path = queue.pop(0)
        if path in checked:
            continue
        checked.add(path)
        st, h, body = fetch(origin + path)
        if path in redirects:
            tgt, want = redirects[path]
            if st != want:
                err(f"{code} {path}: redirect {st}")
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
        lp = Links()
        lp.feed(body.decode(charset(h)))
        base = origin + path
        if lp.base:
            base = urllib.parse.urljoin(base, lp.base)
        for href in lp.links:
            if href.startswith(("tel:", "mailto:")):
                continue
            nlinks += 1
            u = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{code} {path}: off-site link {href}")
                continue
            if u.path == sp["path"] and u.path != "/":
                continue
            queue.append(u.path)
    un = UNLINKED.get(code, set())
    missing = set(pages) - seen_pages - un
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    if seen_pages & un:
        err(f"{code}: reachable by links although it should not be: {sorted(seen_pages & un)}")
    return (f"{code}: {len(seen_pages)} pages reached of {len(pages)}, {len(checked)} distinct paths, "
            f"{nlinks} links followed")


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
