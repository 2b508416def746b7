"""Self-check of the blind61 corpus (loopback only, stdlib urllib).

    python3 tests/blind61/tools/check_sites.py

Serves every site with tests/blind/server.py, then checks: labels.csv is consistent; every
manifest page answers 200 with its content type; robots.txt lets * fetch the front page of
every ok site; sitemap.xml lists the manifest's sitemap; every search word returns its hits
and an unknown word "Inga träffar"; from the front page, every link on every reachable page
answers exactly as the manifest says (page -> 200, redirect -> its status and Location,
anything else -> 404); every manifest page is reachable by links unless listed in UNLINKED; sites labelled a0 name
no service function anywhere outside the excluded phrases listed in EXCLUDED.
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

# pages that are on purpose reachable only through the sitemap/search (none are required
# for any label) or that belong to sites whose front page cannot be crawled
UNLINKED: dict[str, set[str]] = {}
STATUS_SITES: dict[str, str] = {}
UNIT_WORDS = re.compile(r"(?i)kontakt\W?cent|service\W?cent|kund\W?tj|kund\W?cent|medborgar\W?(?:service|kontor|center)|"
                        r"servicekontor|kommunservice|invånarservice")
# excluded phrases (another organisation's unit) that may appear on a0 sites
EXCLUDED = {"9003": ["Hedemyra Energis kundtjänst"]}


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


def load_labels() -> list[dict]:
    with (CORPUS / "labels.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def charset(ctype: str) -> str:
    m = re.search(r"charset=([\w-]+)", ctype or "", re.I)
    return m.group(1) if m else "utf-8"


def visible(text: str) -> str:
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>|<!--.*?-->", " ", text)
    text = re.sub(r"(?is)<meta[^>]*>", " ", text)
    alts = " ".join(re.findall(r"(?i)(?:alt|title|aria-label)=\"([^\"]*)\"", text))
    return re.sub(r"<[^>]+>", " ", text) + " " + alts


def check_unnamed(code: str, m: dict, errors: list[str]) -> None:
    """A site labelled a0: no page may name a service function outside the excluded phrases."""
    d = CORPUS / "sites" / code
    specs = [*m["pages"].values(), m["search"]["template"]]
    for spec in specs:
        name, ctype = (spec, "text/html; charset=utf-8") if isinstance(spec, str) else (spec["file"], spec["content_type"])
        text = visible((d / name).read_bytes().decode(charset(ctype)))
        for phrase in EXCLUDED.get(code, []):
            text = text.replace(phrase, "")
        hit = UNIT_WORDS.search(text)
        if hit:
            errors.append(f"{code} {name}: names {hit.group(0)!r} but is labelled a0")


def check_labels(errors: list[str]) -> None:
    rows = load_labels()
    codes = [r["kommunkod"] for r in rows]
    if codes != [f"90{n:02d}" for n in range(1, 11)]:
        errors.append(f"labels.csv codes {codes}")
    for r in rows:
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
        if not r["notes"]:
            errors.append(f"{r['kommunkod']}: no notes")


def check_site(code: str, origin: str, errors: list[str], labels: dict) -> str:
    m = json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))
    pages, redirects = m["pages"], m["redirects"]
    err = errors.append
    if m.get("front_status"):
        for p in ["/", "/robots.txt", *pages]:
            st, _, _ = fetch(origin + p)
            if st != m["front_status"]:
                err(f"{code} {p}: {st} != {m['front_status']}")
        return f"{code}: every path {m['front_status']}"
    for p, spec in pages.items():
        st, h, body = fetch(origin + p)
        want = spec["content_type"] if isinstance(spec, dict) else "text/html; charset=utf-8"
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')}")
    st, _, body = fetch(origin + "/robots.txt")
    if "robots" in m:
        if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
            err(f"{code}: robots.txt forbids /")
    elif st != 404:
        err(f"{code}: robots.txt {st}, expected 404")
    st, _, body = fetch(origin + "/sitemap.xml")
    if "sitemap" in m:
        locs = re.findall(rb"<loc>([^<]+)</loc>", body)
        if [x.decode()[len(origin):] for x in locs] != m["sitemap"]:
            err(f"{code}: sitemap mismatch")
        if sorted(m["sitemap"]) != sorted(pages):
            err(f"{code}: sitemap is not the manifest's page list")
    elif st != 404:
        err(f"{code}: sitemap.xml {st}, expected 404")
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
        if not ct.startswith("text/html"):
            continue
        lp = Links()
        lp.feed(body.decode(charset(ct)))
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
            if u.path == sp["path"]:
                continue
            queue.append(u.path)
    missing = set(pages) - seen_pages - UNLINKED.get(code, set())
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    if labels.get(code, {}).get("a") == "0":
        check_unnamed(code, m, errors)
    return f"{code}: {len(seen_pages)} pages reached of {len(pages)}, {len(checked)} distinct paths checked"


def main() -> int:
    errors: list[str] = []
    check_labels(errors)
    labels = {r["kommunkod"]: r for r in load_labels()}
    with serve_blind_sites(CORPUS / "sites") as sites:
        if sorted(sites) != sorted(labels):
            errors.append(f"sites {sorted(sites)} != labels {sorted(labels)}")
        for code, url in sorted(sites.items()):
            print(check_site(code, url.rstrip("/"), errors, labels))
    for e in errors:
        print("ERROR", e)
    print("all checks passed" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
