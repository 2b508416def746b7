"""Self-check of the blind74 corpus (loopback only, stdlib urllib).

    cd /work/main && python3 tests/blind74/tools/check_sites.py

Serves every site with tests/blind/server.py, then checks:
- labels.csv: codes 8091-8100, kommun = manifest, status in the allowed set, aspects and score empty
  when status is not ok, otherwise values 0/1, b<=a, c<=b, d<=a, score = sum, notes present;
- every manifest page answers 200 with its declared content type; non-UTF-8 pages decode in the
  declared charset, declare the same charset in a <meta>, and show no mojibake;
- robots.txt lets * fetch the front page; sitemap.xml (where there is one) lists exactly the
  manifest's sitemap, and every listed path is a manifest page;
- every configured search word returns exactly its hits, an unknown word "Inga träffar";
- from the front page (after its redirects), every link on every reached page -- <a href>, image-map
  <area href>, <frame src>, <iframe src>, <img src> and jump-menu <option value> -- answers exactly as the
  manifest says (page -> 200, redirect -> its status and absolute Location, anything else -> 404);
- every manifest page is reached that way, except those listed in UNLINKED;
- the evidence the labels rest on is where the notes say (EVIDENCE: path, visible substring);
- the unreachable site loops (8100): following the front page's redirects never reaches a 200.
"""
from __future__ import annotations

import csv
import html
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
from tests.blind.server import _entry, serve_blind_sites  # noqa: E402

CODES = [str(c) for c in range(8091, 8101)]
STATUSES = {"ok", "unreachable", "blocked", "not_html", "needs_browser"}
# pages that no link reaches from the front page, on purpose
UNLINKED: dict[str, set[str]] = {
    "8100": {"/start.asp", "/kundcenter.asp", "/tillganglighet.asp", "/kakor.asp"},  # front page loops
}
# (path, text a visitor can read on that page, tags stripped and whitespace folded)
EVIDENCE: dict[str, list[tuple[str, str]]] = {
    "8091": [("/default.asp", "Medborgarkontoret"), ("/medborgarkontoret.asp", "Hos oss kan du få hjälp med"),
             ("/medborgarkontoret.asp", "Enhetschef för Medborgarkontoret är Gunnel Wikström"),
             ("/default.asp", "Brännvika Energi AB - kundtjänst för el och fjärrvärme")],
    "8092": [("/kommun-och-politik/index.htm", "Kommunservice"),
             ("/kommun-och-politik/kommunservice.htm", "svarar på frågor om till exempel förskoleplats"),
             ("/kommun-och-politik/kommunservice.htm", "kommunservice(at)hultarby.se"),
             ("/kommun-och-politik/kommunservice.htm", "Kontaktperson: Berit Nyqvist, kommunvägledare"),
             ("/start.htm", "Bibliotekets kundtjänst får nytt nummer")],
    "8093": [("/kundtjanst/", "Vi svarar på frågor om"), ("/kundtjanst/", "Öppettider: måndag-fredag 8.00-16.00"),
             ("/nyheter/ravnasabostader-kundtjanst/", "Kundtjänstchef på Ravnåsabostäder är Lena Åkesson")],
    "8094": [("/", "Kommunens kontaktcenter"), ("/kommun-och-politik/kontaktcenter.4.71c3e2a1.html", "Chatta med oss"),
             ("/kommun-och-politik/organisation/kommunledningsforvaltningen.4.71c3e2b7.html",
              "Kontaktcenter Enhetschef Maria Holmgren")],
    "8095": [("/kontakta-oss/", "Växel och reception"), ("/", "Region Mellanlands kundtjänst för färdtjänst"),
             ("/kontakta-oss/", "Kundtjänst för VA och renhållning")],
    "8096": [("/norrgolen/start.html", "Medborgarservice"),
             ("/norrgolen/nyheter/flode.html", "Medborgarservice har sommaröppet från juni"),
             ("/norrgolen/medborgarservice.html", "Vi svarar på frågor om bygglov"),
             ("/norrgolen/medborgarservice.html", "kommundirektör Karin Almgren är chef")],
    "8097": [("/sv/", "Servicecenter"), ("/sv/kommun-och-politik/servicecenter/", "Chef för servicecenter: Ingrid Sävström"),
             ("/sv/", "Företagsfrukost med Servicecenter för företag")],
    "8098": [("/", "Kontakta oss"), ("/kontakta-oss/", "Kommunens kundtjänst svarar på frågor om kommunen och kommunens service"),
             ("/kontakta-oss/", "Kontaktperson för kundtjänsten: Elin Dahl, kommunvägledare")],
    "8099": [("/", "Nu svarar Storbergs kontaktcenter på dina frågor"),
             ("/index.php/kontakta-kommunen", "Enhetschef för Storbergs kontaktcenter är Tomas Widén"),
             ("/index.php/kontakta-kommunen", "Kundtjänst för trygghetslarm")],
    "8100": [("/kundcenter.asp", "Kundcenterchef: Birgitta Halvarsson")],
}
# texts that must NOT be visible on a page (names that may only occur in metadata/comments/scripts)
ABSENT: dict[str, list[tuple[str, str]]] = {
    "8095": [("/", "kontaktcenter"), ("/", "Kontaktcenter")],
    "8099": [("/index.php/kontakta-kommunen", "kontaktcenter-skylt")],
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


def charset(headers: dict) -> str:
    m = re.search(r"charset=([\w-]+)", headers.get("Content-Type", ""), re.I)
    return m.group(1).lower() if m else "utf-8"


def decode(body: bytes, headers: dict) -> str:
    return body.decode(charset(headers))


class Links(HTMLParser):
    """Collects link targets and the text a visitor can read (text, alt, title, aria-label)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.base: str | None = None
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag in ("a", "area") and a.get("href"):
            self.links.append(a["href"])
        if tag in ("frame", "iframe", "img") and a.get("src"):
            self.links.append(a["src"])
        if tag == "option" and (a.get("value") or "").startswith("/"):
            self.links.append(a["value"])
        for k in ("alt", "title", "aria-label"):
            if a.get(k):
                self.text.append(a[k])

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)

    def visible(self) -> str:
        return " ".join(" ".join(self.text).replace("\u00ad", "").split())


def parse(text: str) -> Links:
    lp = Links()
    lp.feed(re.sub(r"<!--.*?-->", " ", text, flags=re.S))
    return lp


def check_labels(errors: list[str]) -> list[dict]:
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as fh:
        rd = csv.DictReader(fh)
        if rd.fieldnames != ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]:
            errors.append(f"labels.csv header {rd.fieldnames}")
        rows = list(rd)
    codes = [r["kommunkod"] for r in rows]
    if codes != CODES:
        errors.append(f"labels.csv codes {codes}")
    for r in rows:
        code = r["kommunkod"]
        m = json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))
        if m["kommun"] != r["kommun"]:
            errors.append(f"{code}: kommun {r['kommun']} != manifest {m['kommun']}")
        if r["status"] not in STATUSES:
            errors.append(f"{code}: status {r['status']!r}")
        if len(r["notes"]) < 150:
            errors.append(f"{code}: notes too short")
        if r["status"] != "ok":
            if any(r[k] != "" for k in ("a", "b", "c", "d", "e", "score")):
                errors.append(f"{code}: aspects/score must be empty when status is {r['status']}")
            continue
        try:
            v = {k: int(r[k]) for k in "abcde"}
        except ValueError:
            errors.append(f"{code}: aspect not an integer")
            continue
        if not set(v.values()) <= {0, 1}:
            errors.append(f"{code}: aspect not 0/1")
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            errors.append(f"{code}: inconsistent {v}")
        if sum(v.values()) != int(r["score"]):
            errors.append(f"{code}: score {r['score']} != {sum(v.values())}")
    return rows


def check_page_bytes(code: str, p: str, body: bytes, h: dict, err) -> None:
    cs = charset(h)
    try:
        text = body.decode(cs)
    except UnicodeDecodeError:
        err(f"{code} {p}: does not decode as {cs}")
        return
    if cs != "utf-8":
        meta = re.search(r"charset=([\w-]+)", text[:2000], re.I)
        if not meta or meta.group(1).lower() != cs:
            err(f"{code} {p}: meta charset {meta.group(1) if meta else None} != header {cs}")
    if "Ã" in text or "\ufffd" in text:
        err(f"{code} {p}: mojibake")


def check_site(code: str, origin: str, status: str, errors: list[str]) -> str:
    m = json.loads((CORPUS / "sites" / code / "site.json").read_text(encoding="utf-8"))
    pages, redirects = m["pages"], m.get("redirects", {})
    err = errors.append
    texts: dict[str, str] = {}
    for p, spec in pages.items():
        st, h, body = fetch(origin + p)
        want = _entry(spec)[1]
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')} (want {want})")
            continue
        if want.startswith("text/html"):
            check_page_bytes(code, p, body, h, err)
            texts[p] = parse(decode(body, h)).visible()
    st, _, body = fetch(origin + "/robots.txt")
    if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
        err(f"{code}: robots.txt forbids /")
    if "sitemap" in m:
        st, _, body = fetch(origin + "/sitemap.xml")
        locs = [html.unescape(x.decode())[len(origin):] for x in re.findall(rb"<loc>([^<]+)</loc>", body)]
        if locs != m["sitemap"] or not set(locs) <= set(pages):
            err(f"{code}: sitemap mismatch")
    sp = m.get("search")
    if sp:
        for word, want in sp["hits"].items():
            st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
            text = decode(body, h)
            got = re.findall(r"<ol class=\"search-hits\">(.*?)</ol>", text, re.S)
            hrefs = re.findall(r"href=\"([^\"]+)\"", got[0]) if got else []
            if st != 200 or hrefs != want:
                err(f"{code}: search {word!r} -> {hrefs}")
        for word in ("zzxqy", "medborgarkontor" if code != "8091" else "kontaktcenter"):
            st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
            if word not in sp["hits"] and "Inga träffar" not in decode(body, h):
                err(f"{code}: unknown search word {word!r}")
    for p, s in EVIDENCE.get(code, []):
        if s not in texts.get(p, ""):
            err(f"{code} {p}: evidence {s!r} not visible")
    for p, s in ABSENT.get(code, []):
        if s in texts.get(p, ""):
            err(f"{code} {p}: {s!r} must not be visible")
    # front page redirects
    path, hops, seen = "/", 0, []
    while path in redirects and hops < 10:
        st, h, _ = fetch(origin + path)
        tgt, want = redirects[path]
        if st != want or h.get("Location") != origin + tgt:
            err(f"{code} {path}: redirect {st} {h.get('Location')}")
        seen.append(path)
        path, hops = tgt, hops + 1
        if path in seen:
            break
    if status == "unreachable":
        if path not in seen:
            err(f"{code}: unreachable site's front page does not loop")
        missing = set(pages) - UNLINKED.get(code, set())
        if missing:
            err(f"{code}: pages not listed as unlinked: {sorted(missing)}")
        return f"{code}: front page loops {' -> '.join([*seen, path])}; {len(pages)} pages answer directly"
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
        lp = parse(decode(body, h))
        base = origin + path
        if lp.base and lp.base.startswith(("/", "http")):
            base = urllib.parse.urljoin(base, lp.base)
        for href in lp.links:
            if href.startswith(("mailto:", "tel:", "#", "javascript:")):
                continue
            u = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{code} {path}: off-site link {href}")
                continue
            if sp and u.path == sp["path"] and u.path not in pages:
                continue
            queue.append(u.path)
    missing = set(pages) - seen_pages - UNLINKED.get(code, set())
    if missing:
        err(f"{code}: pages not reachable by links: {sorted(missing)}")
    leaked = UNLINKED.get(code, set()) & seen_pages
    if leaked:
        err(f"{code}: pages meant to be unlinked are linked: {sorted(leaked)}")
    front = next(p for p in ["/"] + [redirects[x][0] for x in redirects] if p in pages) if pages else "?"
    size = len(fetch(origin + front)[2])
    return (f"{code}: {len(seen_pages)} pages reached of {len(pages)}, {len(checked)} distinct paths checked, "
            f"front page {front} {size // 1000} KB")


def main() -> int:
    errors: list[str] = []
    rows = check_labels(errors)
    status = {r["kommunkod"]: r["status"] for r in rows}
    with serve_blind_sites(CORPUS / "sites") as sites:
        if sorted(sites) != CODES:
            errors.append(f"sites {sorted(sites)}")
        for code, url in sorted(sites.items()):
            print(check_site(code, url.rstrip("/"), status.get(code, "ok"), errors))
    for e in errors:
        print("ERROR", e)
    print("all checks passed" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
