"""Self-check of the blind30 corpus (loopback only, standard library).

    cd /work/main && python3 tests/blind30/tools/check_sites.py

Serves every site with tests/blind/server.py and fails loudly (exit 1, one ERROR line each) on:
labels.csv not matching the sites (header, codes, names, statuses, b<=a, c<=b, d<=a, score =
sum, notes); a manifest page that does not answer 200 with its content type; robots.txt that
forbids the front page; a sitemap that differs from the manifest; a search word that does not
return its hits; starting at the front page, any same-site link on any reached page that is
broken (404, not in the manifest, a redirect other than the manifest's, or a #fragment with no
such id on the target page); a manifest page that no link reaches; a phone number outside the
PTS fiction ranges or a postcode outside 999 xx; and the wording facts below (the visible text
that decides each label is there, and the words that would change a label are not).
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

CODES = [str(n) for n in range(9327, 9337)]
HEADER = ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]

UNIT = re.compile(r"(?i)kontakt\s?cent|servicecent|servicekontor|kundservice|kundtjänst|kundcent|medborgarservice|"
                  r"medborgarkontor|medborgarcent|kommunservice|invånarservice")
ROLE = re.compile(r"(?i)chef|leds av|ansvarig|teamledare")
MATTERS = re.compile(r"(?i)förskol|skola|bygglov|avfall|sophämt|sopkärl|parker|gator|hemtjänst|omsorg|vatten|avlopp|"
                     r"parkering|färdtjänst|bistånd|felanmäl|e-tjänst|blankett")
PHONE = re.compile(r"\b0\d{1,3}-\d{2,3}(?: \d{2,3}){1,3}\b")
PHONE_OK = re.compile(r"^(08-465 004 \d\d|031-390 06 \d\d|040-628 04 \d\d|0980-319 2\d\d)$")
# filler sentences that use a role word about something other than a service function
ROLE_FILLER = ["Kommunen leds av kommunfullmäktige och kommunstyrelsen"]
TEL_OK = re.compile(r"^\+46(846500 4\d\d|313900 6\d\d|406280 4\d\d|980319 2\d\d)$".replace(" ", ""))

# Wording facts per site. (path, kind, arg):
#   has / lacks      phrase in the page's visible text / in none of its text nodes
#   own_lacks_re     regex must not match the page's own content (text not repeated on every page)
#   front_link       the front page has a link reaching this path (after redirects)
#   front_nolink     no front-page link reaches this path (after redirects)
#   units_only       every unit word in the page's visible text sits inside one of the listed phrases
#   roles_only       every role word (chef, leds av, ansvarig, teamledare) on every page sits inside a listed phrase
FACTS: dict[str, list[tuple]] = {
    "9327": [("/", "front_link", "/kontaktcenter"), ("/", "has", "Kontaktcenter"),
             ("/kontaktcenter", "has", "Hos oss kan du ansöka om parkeringstillstånd, skolskjuts och plats i förskolan"),
             ("/kontaktcenter", "has", "Vi tar hand om felanmälningar om gator"),
             ("/kontaktcenter", "has", "0980-319 201"), ("/kontaktcenter", "has", "kontaktcenter@ullvik.se"),
             ("/kontaktcenter", "has", "vi leds av Malin Sundqvist")],
    "9328": [("/", "units_only", ["Servicecentret har öppet längre i sommar", "har servicecentret öppet till klockan 18"]),
             ("/", "front_nolink", "/servicecenter.html"),
             ("/servicecenter.html", "has", "Här får du svar på frågor om förskola och skola"),
             ("/servicecenter.html", "has", "Vanliga frågor"), ("/servicecenter.html", "has", "Chatta med oss"),
             ("/servicecenter.html", "has", "08-465 004 10"),
             ("/servicecenter.html", "has", "Teamledare för servicecentret")],
    "9329": [("/", "front_link", "/kundcenter/"), ("/", "has", "Fråga kundcentret"),
             ("/kundcenter/", "has", "Vi finns här för dig"),
             ("/kundcenter/", "has", "Välkommen att kontakta oss med dina frågor"),
             ("/kundcenter/", "own_lacks_re", MATTERS.pattern),
             ("/kundcenter/", "has", "Funktionsansvarig Johan Lindqvist")],
    "9330": [("/", "front_link", "/kontaktcenter/"),
             ("/kontaktcenter/", "has", "Välkommen med dina frågor om förskola och skola"),
             ("/kontaktcenter/", "has", "Exempel på ärenden vi hanterar"),
             ("/kontaktcenter/", "has", "Starta chatten"), ("/kontaktcenter/", "has", "Kontaktcenters chef Sara Lindholm")],
    "9331": [("/default.asp", "front_link", "/servicekontoret.asp"),
             ("/default.asp", "units_only", ["Servicekontoret", "Statens servicekontor i Tornvalla stänger",
                                             "gemensamma servicekontor", "statliga servicekontor"]),
             ("/servicekontoret.asp", "has", "Vi guidar dig i kommunens e-tjänster och hjälper dig att ansöka om bostadsanpassningsbidrag"),
             ("/servicekontoret.asp", "has", "Kommunvägledare: Per Ek och Aisha Noor"),
             ("/servicekontoret.asp", "has", "Sidansvarig: Maria Ström"),
             ("*", "roles_only", ["Sidansvarig"])],
    "9332": [("/", "front_link", "/medborgarservice"), ("/", "has", "Kontakt & medborgarservice"),
             ("/medborgarservice", "has", "Välkommen att kontakta oss med dina frågor – vi hjälper dig vidare!"),
             ("/medborgarservice", "own_lacks_re", MATTERS.pattern),
             ("/medborgarservice", "has", "Politiskt ansvarig: Lars Nyström (C), kommunstyrelsens ordförande"),
             ("*", "roles_only", ["Politiskt ansvarig"])],
    "9333": [("/", "front_nolink", "/kundtjanst/"), ("/", "units_only", ["Hästviks Energi AB:s kundtjänst"]),
             ("/kundtjanst/", "has", "Hos oss får du svar på allt som rör kommunen"),
             ("/kundtjanst/", "own_lacks_re", MATTERS.pattern),
             ("/kundtjanst/", "has", "Chef: Linnea Åberg")],
    "9334": [("/", "front_link", "/index.php/kommun-och-politik/medborgarkontoret"),
             ("/", "units_only", ["Medborgarkontoret"]),
             ("/index.php/kommun-och-politik/medborgarkontoret", "has", "Oavsett ärende är du välkommen till oss"),
             ("/index.php/kommun-och-politik/medborgarkontoret", "own_lacks_re", MATTERS.pattern),
             ("/index.php/kommun-och-politik/medborgarkontoret", "has", "Kontaktperson för medborgarkontoret: Erik Nord"),
             ("*", "roles_only", [])],
    "9335": [("/", "front_nolink", "/trygghet-och-sakerhet/hittegods/"),
             ("/", "units_only", ["Servicecenter för företag", "Statens servicecenter"]),
             ("/trygghet-och-sakerhet/hittegods/", "has", "lämnas till kommunens servicecenter i stadshuset"),
             ("/trygghet-och-sakerhet/hittegods/", "own_lacks_re", r"\b0\d{1,3}-\d|@|\[at\]|\(at\)|[Öö]ppet|[Tt]elefontid|[Cc]hatt|formulär|Besöksadress"),
             ("*", "roles_only", ["näringslivschef"])],
    "9336": [("*", "units_only", ["Källunda Bostäder öppnar kundcenter", "Källunda Bostäders kundcenter", "ett kundcenter i gamla bankhuset",
                                  "kundcenterchef på Källunda Bostäder", "Källunda Vatten AB – Kundtjänst för VA och renhållning",
                                  "Länstrafiken Mitts kundtjänst", "Du sökte på"]),
             ("*", "lacks", "Kontakt Källunda"),
             ("*", "roles_only", ["kundcenterchef på Källunda Bostäder"])],
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


def decode(body: bytes, ctype: str) -> str:
    m = re.search(r"charset=([\w-]+)", ctype or "", re.I)
    return body.decode(m.group(1) if m else "utf-8")


class Page(HTMLParser):
    """Links, ids and visible text nodes (text, alt, aria-label, title; no script/style/comments)."""

    SKIP = frozenset({"script", "style", "template"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.nodes: list[str] = []
        self.base: str | None = None
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in self.SKIP:
            self._skip += 1
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag == "a" and a.get("href") is not None:
            self.links.append(a["href"])
        for k in ("alt", "aria-label", "title"):
            if a.get(k):
                self.nodes.append(a[k])

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.nodes.append(" ".join(data.replace("\u00ad", "").split()))

    @property
    def text(self) -> str:
        return " ".join(self.nodes)


def check_labels(errors: list[str], manifests: dict) -> dict:
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != HEADER:
            errors.append(f"labels.csv header {reader.fieldnames}")
        rows = list(reader)
    codes = [r["kommunkod"] for r in rows]
    if codes != CODES:
        errors.append(f"labels.csv codes {codes} != {CODES}")
    if sorted(manifests) != CODES:
        errors.append(f"site folders {sorted(manifests)} != {CODES}")
    out = {}
    for r in rows:
        code = r["kommunkod"]
        m = manifests.get(code)
        if not m:
            errors.append(f"{code}: label without a site")
            continue
        if r["kommun"] != m["kommun"]:
            errors.append(f"{code}: kommun {r['kommun']!r} != manifest {m['kommun']!r}")
        if r["status"] != "ok" or m.get("front_status"):
            errors.append(f"{code}: status {r['status']} / front_status {m.get('front_status')}")
            continue
        try:
            v = {k: int(r[k]) for k in "abcde"}
        except ValueError:
            errors.append(f"{code}: aspects not 0/1")
            continue
        if any(x not in (0, 1) for x in v.values()):
            errors.append(f"{code}: aspects not 0/1 {v}")
        if v["b"] > v["a"] or v["c"] > v["b"] or v["d"] > v["a"]:
            errors.append(f"{code}: inconsistent {v}")
        if sum(v.values()) != int(r["score"]):
            errors.append(f"{code}: score {r['score']} != {sum(v.values())}")
        if len(r["notes"]) < 80:
            errors.append(f"{code}: notes missing or too short")
        out[code] = v
    scores = sorted(sum(v.values()) for v in out.values())
    if scores and (5 not in scores or min(scores) > 1):
        errors.append(f"score spread {scores}: needs a 5 and a 0 or 1")
    return out


def own_text(pages: dict[str, Page], path: str) -> str:
    """Text nodes of one page that are not on every page of the site (header, menus, footer)."""
    others = [p for q, p in pages.items() if q != path]
    common = set.intersection(*(set(p.nodes) for p in others)) if others else set()
    return " ".join(n for n in pages[path].nodes if n not in common)


def check_site(code: str, origin: str, m: dict, errors: list[str]) -> str:
    err = errors.append
    pages, redirects, sp = m["pages"], m.get("redirects", {}), m["search"]
    n_html = 0
    for p, spec in pages.items():
        st, h, _ = fetch(origin + p)
        want = spec["content_type"] if isinstance(spec, dict) else "text/html; charset=utf-8"
        n_html += want.startswith("text/html")
        if st != 200 or h.get("Content-Type") != want:
            err(f"{code} {p}: {st} {h.get('Content-Type')} (want 200 {want})")
    if not 8 <= n_html <= 25:
        err(f"{code}: {n_html} pages, want 8-25")
    st, _, body = fetch(origin + "/robots.txt")
    if st != 200 or re.search(rb"(?m)^Disallow: /\s*$", body):
        err(f"{code}: robots.txt forbids /")
    st, _, body = fetch(origin + "/sitemap.xml")
    locs = [x.decode()[len(origin):] for x in re.findall(rb"<loc>([^<]+)</loc>", body)]
    if locs != m["sitemap"]:
        err(f"{code}: sitemap mismatch")
    for word, want in sp["hits"].items():
        st, h, body = fetch(origin + sp["path"] + "?" + urllib.parse.urlencode({sp["param"]: word}))
        text = decode(body, h.get("Content-Type", ""))
        got = re.findall(r'<ol class="search-hits">(.*?)</ol>', text, re.S)
        hrefs = re.findall(r'href="([^"]+)"', got[0]) if got else []
        if st != 200 or hrefs != want or (not want and "Inga träffar" not in text):
            err(f"{code}: search {word!r} -> {st} {hrefs} (want {want})")

    def resolve(path: str) -> tuple[str, list[str]]:
        chain = []
        for _ in range(5):
            if path not in redirects:
                return path, chain
            chain.append(path)
            path = redirects[path][0]
        err(f"{code}: redirect loop at {path}")
        return path, chain

    parsed: dict[str, Page] = {}
    checked: set[str] = set()
    wanted_ids: list[tuple[str, str, str]] = []
    queue = [("/", "(start)")]
    front_links: set[str] = set()
    front_path = resolve("/")[0]
    while queue:
        path, src = queue.pop(0)
        if path in checked:
            continue
        checked.add(path)
        st, h, body = fetch(origin + path)
        if path in redirects:
            tgt, want = redirects[path]
            if st != want or h.get("Location") != origin + tgt:
                err(f"{code} {path}: redirect {st} {h.get('Location')} (linked from {src})")
            queue.append((tgt, path))
            continue
        if path not in pages:
            err(f"{code} {path}: BROKEN LINK, {st}, not in manifest (linked from {src})")
            continue
        if st != 200:
            err(f"{code} {path}: {st} (linked from {src})")
            continue
        ctype = h.get("Content-Type", "")
        if not ctype.startswith("text/html"):
            continue
        pg = Page()
        pg.feed(decode(body, ctype))
        parsed[path] = pg
        base = origin + path
        if pg.base:
            base = urllib.parse.urljoin(base, pg.base)
        for href in pg.links:
            u = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
            if u.scheme in ("mailto", "tel", "javascript"):
                continue
            if f"{u.scheme}://{u.netloc}" != origin:
                err(f"{code} {path}: off-site link {href}")
                continue
            if u.path == sp["path"] and u.path not in pages:
                continue
            if u.fragment:
                wanted_ids.append((u.path, u.fragment, path))
            if path == front_path:
                front_links.add(resolve(u.path)[0])
            queue.append((u.path, path))
    for tpath, frag, src in wanted_ids:
        final = resolve(tpath)[0]
        if final in parsed and frag not in parsed[final].ids:
            err(f"{code} {src}: BROKEN LINK {tpath}#{frag} (no such id)")
    missing = set(pages) - set(parsed)
    if missing:
        err(f"{code}: manifest pages not reached by links: {sorted(missing)}")

    # fiction ranges
    for path, pg in parsed.items():
        text = pg.text
        for num in PHONE.findall(text):
            if not PHONE_OK.match(num):
                err(f"{code} {path}: phone {num!r} outside the PTS fiction ranges")
        for href in pg.links:
            if href.startswith("tel:") and not TEL_OK.match(href[4:]):
                err(f"{code} {path}: {href} outside the PTS fiction ranges")
        for pc in re.findall(r"\b(\d{3}) (\d{2})\b(?= [A-ZÅÄÖ])", PHONE.sub("", text)):
            if pc[0] != "999":
                err(f"{code} {path}: postcode {' '.join(pc)} not 999 xx")

    # wording facts
    for path, kind, arg in FACTS.get(code, []):
        targets = sorted(parsed) if path == "*" else [resolve(path)[0]]
        if path == "/":
            targets = [front_path]
        for t in targets:
            if t not in parsed:
                err(f"{code}: fact page {t} not reached")
                continue
            text = parsed[t].text
            if kind == "has" and arg not in text:
                err(f"{code} {t}: missing wording {arg!r}")
            elif kind == "lacks" and any(arg in n for n in parsed[t].nodes):
                err(f"{code} {t}: must not say {arg!r}")
            elif kind == "own_lacks_re":
                hit = re.search(arg, own_text(parsed, t))
                if hit:
                    err(f"{code} {t}: own content has {hit.group(0)!r}")
            elif kind == "front_link" and resolve(arg)[0] not in front_links:
                err(f"{code}: front page has no link reaching {arg}")
            elif kind == "front_nolink" and resolve(arg)[0] in front_links:
                err(f"{code}: front page links to {arg}")
            elif kind in ("units_only", "roles_only"):
                rx = UNIT if kind == "units_only" else ROLE
                rest = text
                allowed = list(arg) + (ROLE_FILLER if kind == "roles_only" else [])
                for phrase in sorted(allowed, key=len, reverse=True):
                    rest = rest.replace(phrase, " ")
                if kind == "units_only":  # the search box label and the logo are not unit names
                    rest = rest.replace("Du sökte på", " ")
                hit = rx.search(rest)
                if hit:
                    ctx = rest[max(0, hit.start() - 40):hit.end() + 40]
                    err(f"{code} {t}: unexpected {kind[:-5]} word {hit.group(0)!r} in ...{ctx}...")
    return f"{code}: {len(parsed)} pages reached of {len(pages)}, {len(checked)} distinct paths checked, {len(wanted_ids)} fragment links"


def main() -> int:
    errors: list[str] = []
    manifests = {d.name: json.loads((d / "site.json").read_text(encoding="utf-8"))
                 for d in sorted((CORPUS / "sites").iterdir()) if (d / "site.json").is_file()}
    for code, m in manifests.items():
        if m["kommunkod"] != code:
            errors.append(f"{code}: manifest kommunkod {m['kommunkod']}")
    check_labels(errors, manifests)
    with serve_blind_sites(CORPUS / "sites") as sites:
        for code, url in sorted(sites.items()):
            print(check_site(code, url.rstrip("/"), manifests[code], errors))
    for e in errors:
        print("ERROR", e)
    print("all checks passed" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
