"""Self-check of the blind32 corpus (loopback only, stdlib only).

    cd /work/main && python3 tests/blind32/tools/check_sites.py

Serves every site with tests/blind/server.py and fails (exit 1, one ERROR line each) on:
- labels.csv: wrong header, kommunkod/kommun not matching the site manifests, a status other
  than ok, an aspect not 0/1, b>a, c>b or d>a, score != a+b+c+d+e, empty notes;
- a manifest page that does not answer 200 text/html; charset=utf-8;
- an HTML file in a site folder that the manifest does not list (except the search template),
  or a manifest entry whose file is missing;
- robots.txt forbidding / to *, sitemap.xml differing from the manifest's sitemap;
- a configured search word not returning exactly its hits, an unknown word not answering
  "Inga träffar";
- any link on any page (every manifest page, the front page after its redirect, and a search
  results page) that is off-site, answers anything but 200 (or the manifest's redirect, whose
  target must be a page), or whose #fragment names no id on the target page;
- a manifest page that cannot be reached by following links from the front page;
- a label guard (below) that the visible text contradicts: b0 sites must not name their unit on
  the front page, the a0 site must name no unit outside its excluded phrases, d0/d1 and e0
  guards on the service pages.
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
CODES = [str(n) for n in range(9347, 9357)]
HTML = "text/html; charset=utf-8"
UNIT = re.compile(r"kontakt\s*cent|service\s*cent|kundtj[äa]nst|kundcent|kundservice|medborgar(service|kontor|center)|servicekontor|kommunservice|invånarservice|norrhamra direkt", re.I)

# Label guards on visible text (scripts, styles and comments removed; alt/aria-label/title kept).
FRONT_MUST_NOT = {  # b0: nothing on the front page names the unit or links to the service page
    "9353": [r"kontakt\s*center"], "9355": [r"medborgarkontor"],
}
SITE_UNIT_ALLOWED = {  # a0: every unit word on the site sits inside one of these excluded phrases
    "9356": [r"Kvarnbyhem AB:s kundcenter", r"Kvarnby Energi AB:s kundservice", r"Region Mittmarks kundtjänst"],
}
SERVICE_PAGE = {
    "9347": "/kommun-och-politik/kontaktcenter.html", "9348": "/norrhamra-direkt/", "9349": "/kommun-och-politik/kundcenter/",
    "9350": "/servicecenter", "9351": "/kommun-och-politik/medborgarservice", "9352": "/sv/kontaktcenter-almsta/",
    "9353": "/kontakta-oss/kontaktcenter-granhamn/", "9354": "/nyheter/kundtjanst-sommartider", "9355": "/web/osterbacka/kommun-och-politik/medborgarkontoret",
}
E0_SITES = {"9351", "9352", "9353", "9354", "9355"}  # no leading role anywhere on the site for the unit
D_CHANNELS = {"9347": "min2", "9348": "min2", "9349": "min2", "9351": "min2", "9353": "min2", "9352": "max1", "9355": "max1"}
CHANNELS = {
    "phone": re.compile(r"\b0\d{1,3}-\d{2,3} \d{2,3}(?: \d{2,3})?\b"), "e-mail": re.compile(r"[\w.-]+@[\w-]+\.se"),
    "hours": re.compile(r"\d{1,2}(?:[.:]\d{2})?–\d{1,2}(?:[.:]\d{2})?"), "address": re.compile(r"Besök|adress|\b[A-ZÅÄÖ]\w*(?:gatan|vägen|torget) \d+"),
    "chat": re.compile(r"chatt", re.I), "form": re.compile(r"formulär", re.I),
}
ROLE = re.compile(r"\b(\w*chef\w*|ansvarig|leds av)\b", re.I)


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


class Page(HTMLParser):
    """Links, ids, base href and visible text of one page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.base: str | None = None
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag in ("script", "style"):
            self._skip += 1
        for k in ("alt", "aria-label", "title"):
            if a.get(k) and tag not in ("link", "meta"):
                self.text.append(a[k])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)

    def visible(self) -> str:
        return " ".join(" ".join(self.text).split())


def parse(body: bytes) -> Page:
    p = Page()
    p.feed(body.decode("utf-8"))
    return p


def main_text(html: str) -> str:
    """Visible text of <main> (or role=main) only: the page's own content."""
    m = re.search(r"<main\b.*?</main>", html, re.S) or re.search(r'<div[^>]*role="main".*', html, re.S)
    seg = m.group(0) if m else html
    seg = re.split(r'<(?:footer|div class="sv-layout sol-footer")', seg)[0]
    return parse(seg.encode()).visible()


def check_labels(errors: list[str], manifests: dict) -> dict:
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        rows = [dict(zip(header, r, strict=False)) for r in rd]
    if header != HEADER:
        errors.append(f"labels.csv header {header}")
    codes = [r["kommunkod"] for r in rows]
    if codes != CODES or sorted(manifests) != CODES:
        errors.append(f"labels.csv codes {codes} vs sites {sorted(manifests)}")
    out = {}
    for r in rows:
        k = r["kommunkod"]
        out[k] = r
        if k in manifests and manifests[k]["kommun"] != r["kommun"]:
            errors.append(f"{k}: kommun {r['kommun']!r} != manifest {manifests[k]['kommun']!r}")
        if r["status"] != "ok":
            errors.append(f"{k}: status {r['status']} (all sites are ok)")
            continue
        try:
            v = {a: int(r[a]) for a in "abcde"}
        except ValueError:
            errors.append(f"{k}: non-integer aspect")
            continue
        if any(x not in (0, 1) for x in v.values()):
            errors.append(f"{k}: aspect not 0/1 {v}")
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            errors.append(f"{k}: inconsistent {v}")
        if sum(v.values()) != int(r["score"]):
            errors.append(f"{k}: score {r['score']} != {sum(v.values())}")
        if len(r["notes"]) < 80:
            errors.append(f"{k}: notes too short")
    return out


def check_site(code: str, origin: str, m: dict, label: dict, errors: list[str]) -> str:
    err = errors.append
    d = CORPUS / "sites" / code
    pages, redirects, sp = m["pages"], m.get("redirects", {}), m["search"]
    files = {p.name for p in d.glob("*.html")}
    listed = set(pages.values())
    for f in sorted(files - listed - {sp.get("template")}):
        err(f"{code}: file {f} is not in the manifest")
    for f in sorted(listed - files):
        err(f"{code}: manifest file {f} missing")
    parsed: dict[str, Page] = {}
    raw: dict[str, str] = {}
    for p in pages:
        st, h, body = fetch(origin + p)
        if st != 200 or h.get("Content-Type") != HTML:
            err(f"{code} {p}: {st} {h.get('Content-Type')}")
            continue
        parsed[p] = parse(body)
        raw[p] = body.decode("utf-8")
    # robots, sitemap
    st, _, body = fetch(origin + "/robots.txt")
    if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
        err(f"{code}: robots.txt missing or forbids /")
    st, _, body = fetch(origin + "/sitemap.xml")
    locs = [x.decode()[len(origin):] for x in re.findall(rb"<loc>([^<]+)</loc>", body)]
    if st != 200 or locs != m["sitemap"] or set(locs) != set(pages):
        err(f"{code}: sitemap mismatch")
    # search
    extra_pages: dict[str, Page] = {}
    for word, want in sp["hits"].items():
        url = origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word})
        st, _, body = fetch(url)
        text = body.decode("utf-8")
        got = re.findall(r'<ol class="search-hits">(.*?)</ol>', text, re.S)
        hrefs = re.findall(r'href="([^"]+)"', got[0]) if got else []
        if st != 200 or hrefs != want:
            err(f"{code}: search {word!r} -> {hrefs}")
        extra_pages[url] = parse(body)
    st, _, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "zzxqy"}))
    if "Inga träffar" not in body.decode("utf-8"):
        err(f"{code}: unknown search word does not answer Inga träffar")
    # front page (after redirects)
    front, hops = "/", 0
    while front in redirects and hops < 5:
        st, h, _ = fetch(origin + front)
        tgt, want = redirects[front]
        if st != want or h.get("Location") != origin + tgt:
            err(f"{code} {front}: redirect {st} {h.get('Location')}")
        front, hops = tgt, hops + 1
    if front not in parsed:
        err(f"{code}: front page {front} not served")
        return f"{code}: no front page"

    def resolve(src_url: str, pg: Page, href: str) -> tuple[str, str] | None:
        if href.startswith(("mailto:", "tel:")):
            return None
        base = src_url
        if pg.base:
            base = urllib.parse.urljoin(base, pg.base)
        u = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
        if f"{u.scheme}://{u.netloc}" != origin:
            err(f"{code} {src_url[len(origin):]}: off-site link {href}")
            return None
        return u.path, u.fragment

    link_count = 0
    edges: dict[str, set[str]] = {}
    sources = [(origin + p, pg, p) for p, pg in parsed.items()] + [(u, pg, None) for u, pg in extra_pages.items()]
    for src_url, pg, src in sources:
        for href in pg.links:
            r = resolve(src_url, pg, href)
            if r is None:
                continue
            path, frag = r
            link_count += 1
            target = path
            if path in redirects:
                tgt, _ = redirects[path]
                target = tgt
            if path == sp["path"] and path not in pages:
                continue
            if target not in pages:
                st, _, _ = fetch(origin + path)
                err(f"{code} {src_url[len(origin):]}: broken link {href} ({st})")
                continue
            if frag and target in parsed and frag not in parsed[target].ids:
                err(f"{code} {src_url[len(origin):]}: link {href}: no id {frag!r} on {target}")
            if src:
                edges.setdefault(src, set()).add(target)
    for path in redirects:
        st, h, _ = fetch(origin + path)
        tgt, want = redirects[path]
        if st != want or h.get("Location") != origin + tgt or tgt not in pages:
            err(f"{code} {path}: redirect {st} {h.get('Location')}")
    # reachability by links from the front page
    seen, queue = {front}, [front]
    while queue:
        for t in edges.get(queue.pop(), ()):
            if t not in seen:
                seen.add(t)
                queue.append(t)
    for p in sorted(set(pages) - seen):
        err(f"{code}: page {p} not reachable by links from the front page")
    # label guards
    ftext = parsed[front].visible()
    for pat in FRONT_MUST_NOT.get(code, []):
        if re.search(pat, ftext, re.I):
            err(f"{code}: front page names {pat!r} but b=0")
    svc = SERVICE_PAGE.get(code)
    if label.get("b") == "0" and svc and any(t == svc for t in edges.get(front, ())):
        err(f"{code}: front page links to the service page but b=0")
    if code in SITE_UNIT_ALLOWED:
        for p, pg in parsed.items():
            t = pg.visible()
            for ok in SITE_UNIT_ALLOWED[code]:
                t = re.sub(ok, "", t)
            if UNIT.search(t):
                err(f"{code} {p}: unit word {UNIT.search(t).group(0)!r} outside excluded phrases")
    if svc in raw and code in D_CHANNELS:
        own = main_text(raw[svc])
        kinds = [k for k, rx in CHANNELS.items() if rx.search(own)]
        if (D_CHANNELS[code] == "min2") != (len(kinds) >= 2):
            err(f"{code}: service page own content has channels {kinds}, label guard {D_CHANNELS[code]}")
    if code in E0_SITES:
        for p in parsed:
            own = main_text(raw[p])
            for sent in re.split(r"(?<=[.:!?])\s+", own):
                if UNIT.search(sent) and ROLE.search(sent) and "för företag" not in sent:
                    err(f"{code} {p}: role near the unit in {sent[:90]!r} but e=0")
    return f"{code}: {len(parsed)} pages, {link_count} links checked, all {len(seen)} pages reachable from {front}"


def main() -> int:
    errors: list[str] = []
    manifests = {}
    for d in sorted((CORPUS / "sites").iterdir()):
        if (d / "site.json").is_file():
            manifests[d.name] = json.loads((d / "site.json").read_text(encoding="utf-8"))
            if manifests[d.name]["kommunkod"] != d.name:
                errors.append(f"{d.name}: manifest kommunkod {manifests[d.name]['kommunkod']}")
    labels = check_labels(errors, manifests)
    with serve_blind_sites(CORPUS / "sites") as sites:
        for code, url in sorted(sites.items()):
            print(check_site(code, url.rstrip("/"), manifests[code], labels.get(code, {}), errors))
    for e in errors:
        print("ERROR", e)
    print("all checks passed" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
