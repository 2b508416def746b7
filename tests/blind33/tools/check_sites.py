"""Self-check of the blind33 corpus (loopback only, stdlib urllib).

    python3 tests/blind33/tools/check_sites.py

Serves every site with tests/blind/server.py, then checks, and fails loudly on any error:
- labels.csv: header, codes 9357-9366, kommun names equal to the manifests, status ok,
  b<=a, c<=b, d<=a, score = sum, notes present;
- every manifest page answers 200 with its content type; robots.txt lets * fetch /;
  sitemap.xml lists exactly the manifest's sitemap; every search word returns its hits and
  an unknown word "Inga träffar";
- a crawl from / (redirects checked, never followed silently): every <a href> and <img src>
  of every reached page answers exactly as the manifest says (page -> 200, redirect -> its
  status and Location); anything else (404, a page missing from the manifest, an off-site
  link) is an error, and so is a #fragment that the target page does not define;
- every manifest page is reached by links (no orphans);
- labels versus sites: the readable text of the front page (text, alt, aria-label, title;
  no scripts or comments) names the site's unit exactly when the label says b = 1; the
  service page's h1 names the unit; on the a = 0 site no page names a service function
  once the excluded phrases are taken out.
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

CODES = [str(n) for n in range(9357, 9367)]
HEADER = "kommunkod,kommun,status,a,b,c,d,e,score,notes"

# the unit's name on each site (regex on readable text, case-insensitive) and its service page
UNIT = {
    "9357": (r"kontaktcenter", "/kontaktcenter/"),
    "9358": (r"servicecenter", "/kommun-och-politik/servicecenter.html"),
    "9359": (r"medborgarservice", "/medborgarservice"),
    "9360": (r"kundcenter", "/kundcenter/"),
    "9361": (r"kontaktcenter", "/kontaktcenter"),
    "9362": (r"kundtjänst", "/kundtjanst"),
    "9363": (r"medborgarkontor", "/medborgarkontoret.asp"),
    "9364": (r"kundtjänst", "/kommun-och-politik/kundtjanst/"),
    "9366": (r"invånarservice", "/web/guest/invanarservice"),
}
# the a = 0 site: every service-function word, and the excluded phrases to take out first
ANY_UNIT = (r"kontakt\s*center|service\s*cent|kund\s*service|kund\s*tjänst|kund\s*center|"
            r"medborgar(service|kontor|center)|servicekontor|kommunservice|invånarservice|kontakt ödevall")
EXCLUDED = {"9365": [r"servicecenter för företag", r"ödevallsbostäder ab – kundcenter",
                     r"ödevall vatten ab:s kundtjänst", r"statens servicecenter",
                     r"servicekontor(et)?(?= i ödevall| kommer|, till| ska)",
                     r"ett servicekontor", r"servicekontoret"]}

INLINE = {"span", "a", "strong", "em", "b", "i", "small", "font", "abbr", "sup", "sub", "mark"}


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


class Parse(HTMLParser):
    """Links, images, ids/names, h1 and the text a visitor can read."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.imgs: list[str] = []
        self.ids: set[str] = set()
        self.base: str | None = None
        self.parts: list[str] = []
        self.skip = 0
        self.in_h1 = False
        self.h1 = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style", "template"):
            self.skip += 1
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "img" and a.get("src"):
            self.imgs.append(a["src"])
        for k in ("id", "name"):
            if a.get(k) and tag != "input" and tag != "meta":
                self.ids.add(a[k])
        if tag == "h1":
            self.in_h1 = True
        if tag not in INLINE:
            self.parts.append(" ")
        for k in ("alt", "aria-label", "title"):
            if a.get(k) and tag not in ("html", "meta", "link"):
                self.parts.append(f" {a[k]} ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template") and self.skip:
            self.skip -= 1
        if tag == "h1":
            self.in_h1 = False
        if tag not in INLINE:
            self.parts.append(" ")

    def handle_data(self, data):
        if self.skip:
            return
        self.parts.append(data)
        if self.in_h1:
            self.h1 += data

    def text(self) -> str:
        return " ".join("".join(self.parts).replace("\u00ad", "").split())


def parse(body: bytes, ctype: str) -> Parse:
    m = re.search(r"charset=([\w-]+)", ctype)
    p = Parse()
    p.feed(body.decode(m.group(1) if m else "utf-8"))
    return p


def want_type(spec) -> str:
    if isinstance(spec, dict):
        return spec["content_type"]
    return "image/svg+xml" if spec.endswith(".svg") else "text/html; charset=utf-8"


def check_labels(errors: list[str]) -> dict[str, dict]:
    raw = (CORPUS / "labels.csv").read_text(encoding="utf-8")
    if raw.splitlines()[0] != HEADER:
        errors.append(f"labels.csv header {raw.splitlines()[0]!r}")
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if [r["kommunkod"] for r in rows] != CODES:
        errors.append(f"labels.csv codes {[r['kommunkod'] for r in rows]}")
    out = {}
    for r in rows:
        code = r["kommunkod"]
        mpath = CORPUS / "sites" / code / "site.json"
        if not mpath.is_file():
            errors.append(f"{code}: no site.json")
            continue
        m = json.loads(mpath.read_text(encoding="utf-8"))
        if m["kommun"] != r["kommun"] or m["kommunkod"] != code:
            errors.append(f"{code}: labels say {r['kommun']}, manifest {m['kommun']}")
        if r["status"] != "ok":
            errors.append(f"{code}: status {r['status']} (all sites of this corpus are ok)")
            continue
        v = {k: int(r[k]) for k in "abcde"}
        if any(x not in (0, 1) for x in v.values()):
            errors.append(f"{code}: aspect not 0/1 {v}")
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            errors.append(f"{code}: inconsistent {v}")
        if sum(v.values()) != int(r["score"]):
            errors.append(f"{code}: score {r['score']} != {sum(v.values())}")
        if len(r["notes"]) < 80:
            errors.append(f"{code}: notes too short")
        out[code] = v
    dirs = sorted(p.name for p in (CORPUS / "sites").iterdir() if (p / "site.json").is_file())
    if dirs != CODES:
        errors.append(f"site folders {dirs}")
    return out


def check_site(code: str, origin: str, label: dict, errors: list[str]) -> str:
    m = json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))
    pages, redirects = m["pages"], m["redirects"]
    err = errors.append
    for p, spec in pages.items():
        st, h, _ = fetch(origin + p)
        if st != 200 or h.get("Content-Type") != want_type(spec):
            err(f"{code} {p}: {st} {h.get('Content-Type')}")
    st, _, body = fetch(origin + "/robots.txt")
    if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
        err(f"{code}: robots.txt forbids /")
    st, _, body = fetch(origin + "/sitemap.xml")
    locs = [x.decode()[len(origin):] for x in re.findall(rb"<loc>([^<]+)</loc>", body)]
    if locs != m["sitemap"] or set(locs) != {p for p in pages if not p.endswith(".svg")}:
        err(f"{code}: sitemap mismatch")
    sp = m["search"]
    for word, want in sp["hits"].items():
        st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        text = parse(body, h.get("Content-Type", "")).text() if st == 200 else ""
        got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", body.decode("latin-1"), re.S)
        hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
        if st != 200 or hrefs != want or (not want and "Inga träffar" not in text):
            err(f"{code}: search {word!r} -> {st} {hrefs}")
    st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: "zzxqy"}))
    if "Inga träffar" not in parse(body, h.get("Content-Type", "")).text():
        err(f"{code}: unknown search word")

    # crawl
    seen: set[str] = set()
    checked: set[str] = set()
    ids: dict[str, set[str]] = {}
    texts: dict[str, str] = {}
    h1s: dict[str, str] = {}
    fragments: list[tuple[str, str, str]] = []
    front = None
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
            if path == "/" and front is None:
                front = tgt
            queue.append(tgt)
            continue
        if path not in pages:
            err(f"{code} {path}: broken link ({st}), not in the manifest")
            continue
        if st != 200:
            err(f"{code} {path}: {st}")
            continue
        if front is None:
            front = path
        seen.add(path)
        ct = h.get("Content-Type", "")
        if not ct.startswith("text/html"):
            continue
        pp = parse(body, ct)
        ids[path], texts[path], h1s[path] = pp.ids, pp.text(), " ".join(pp.h1.replace("\u00ad", "").split())
        base = origin + path
        if pp.base:
            base = urllib.parse.urljoin(base, pp.base)
        for href in pp.links + pp.imgs:
            if href.startswith(("mailto:", "tel:")):
                continue
            u = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{code} {path}: off-site link {href}")
                continue
            if u.path == sp["path"] and u.query:
                continue
            if u.fragment:
                fragments.append((path, u.path, u.fragment))
            queue.append(u.path)
    missing = set(pages) - seen
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    for src, tgt, frag in fragments:
        real = tgt
        while real in redirects:
            real = redirects[real][0]
        if real in ids and frag not in ids[real]:
            err(f"{code} {src}: link to {tgt}#{frag}, no such id")

    # labels versus sites
    ftext = texts.get(front or "", "")
    if code in UNIT:
        rx, spath = UNIT[code]
        names = bool(re.search(rx, ftext, re.I))
        if names != bool(label["b"]):
            err(f"{code}: front page names the unit = {names}, label b = {label['b']}")
        if not re.search(rx, h1s.get(spath, ""), re.I):
            err(f"{code}: service page {spath} h1 {h1s.get(spath)!r}")
        if not label["a"]:
            err(f"{code}: a unit page exists but a = 0")
    else:
        if label["a"]:
            err(f"{code}: no unit configured but a = 1")
        for path, t in texts.items():
            t = t.lower()
            for x in EXCLUDED.get(code, []):
                t = re.sub(x, " ", t)
            hit = re.search(ANY_UNIT, t)
            if hit:
                err(f"{code} {path}: names {t[max(0, hit.start() - 30):hit.end() + 30]!r}")
    return (f"{code}: {len(seen)} of {len(pages)} pages reached, {len(checked)} distinct paths and "
            f"{len(set(fragments))} #fragment links checked")


def main() -> int:
    errors: list[str] = []
    labels = check_labels(errors)
    with serve_blind_sites(CORPUS / "sites") as sites:
        for code, url in sorted(sites.items()):
            print(check_site(code, url.rstrip("/"), labels.get(code, dict.fromkeys("abcde", 0)), errors))
    for e in errors:
        print("ERROR", e)
    print("all checks passed" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
