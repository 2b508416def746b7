"""The crawler on loopback sites: scope, budget, priority, outcomes, archive, resume."""

import itertools
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from tests.conftest import FAST, HTML, ROOT, html_page, read_csv, run_cli, write_register


def pages_of(out, code=None):
    lines = [json.loads(line) for line in (out / "pages.jsonl").read_text(encoding="utf-8").splitlines()]
    return [p for p in lines if code is None or p["kommunkod"] == code]


def page_responses(handle):
    """The archive's page responses: not the robots.txt and redirect (3xx) records beside them."""
    return [r for r in ArchiveIterator(handle) if r.rec_type == "response"
            and not r.rec_headers.get_header("WARC-Target-URI").endswith("/robots.txt")
            and not r.http_headers.get_statuscode().startswith("3")]


def outcomes_of(out):
    return {row["kommunkod"]: row for row in read_csv(out / "outcomes.csv")}


def big_site(respond_extra=None, pages=200):
    """A site whose front page links to `pages` filler pages, each linking deeper."""
    def respond(path):
        if respond_extra and (answer := respond_extra(path)):
            return answer
        if path == "/":
            links = [(f"Sida {i}", f"/sida/{i}") for i in range(pages)]
            return 200, HTML, html_page("Startsida", links=links)
        match = re.fullmatch(r"/sida/(\d+)(/\d+)*", path)
        if match:
            return 200, HTML, html_page(f"Sida {path}", links=[("Djupare", f"{path}/1"), ("Annan", f"{path}/2")])
        return 404, HTML, html_page("Saknas")
    return respond


def test_budget_depth_priority_offsite_and_subdomains(tmp_path, apps):
    # Site 1: 200 filler links, then the service page last; a budget of 6.
    def service(path):
        if path == "/":
            links = [(f"Sida {i}", f"/sida/{i}") for i in range(200)] + [("Kontaktcenter", "/kontaktcenter")]
            return 200, HTML, html_page("Startsida", links=links)
        if path == "/kontaktcenter":
            return 200, HTML, html_page("Kontaktcenter")
        return None
    priority_url = apps(big_site(service))
    # Site 2: a chain deeper than the depth limit.
    deep_url = apps(big_site(pages=2))
    # Site 3: real-looking host names: a subdomain is in, a neighbour's site is out.
    def scoped(path):
        if path == "/":
            return 200, HTML, html_page("Start", links=[("E-tjänster", f"http://e-tjanst.testby.se:{port}/tjanster"),
                                                        ("Grannen", f"http://www.grannby.se:{port}/"),
                                                        ("Pdf", "/dokument/taxa.pdf")])
        return 200, HTML, html_page(f"Sida {path}")
    scoped_url = apps(scoped)
    port = scoped_url.rsplit(":", 1)[1].strip("/")
    register = write_register(tmp_path / "register.csv", [
        ("P1", "Prioby", priority_url), ("D1", "Djupby", deep_url),
        ("S1", "Testby", f"http://www.testby.se:{port}/")])
    out = tmp_path / "run"
    result = run_cli("crawl", "--municipalities", register, "--out", out, *FAST,
                     "-s", "SERVICEKOLL_PAGE_BUDGET=6", "-s", "SERVICEKOLL_DEPTH_LIMIT=2",
                     hosts="www.testby.se,e-tjanst.testby.se,www.grannby.se")
    assert result.returncode == 0, result.stderr
    prio = pages_of(out, "P1")
    assert len(prio) == 6
    assert any(p["final_url"].endswith("/kontaktcenter") for p in prio)
    deep = pages_of(out, "D1")
    assert max(p["depth"] for p in deep) == 2
    assert all(p["url"].count("/") <= 6 for p in deep)
    scoped_urls = {p["final_url"] for p in pages_of(out, "S1")}
    assert f"http://e-tjanst.testby.se:{port}/tjanster" in scoped_urls
    assert not any("grannby" in url or url.endswith(".pdf") for url in scoped_urls)
    # every page records its depth and the page that linked to it
    assert all(p["referer"] for p in prio if p["depth"] > 0)


def test_redirect_chain_twin_robots_and_iso_8859_1(tmp_path, apps):
    def redirecting(path):
        if path == "/":
            return 301, {"Location": "/start", **HTML}, b""
        if path == "/start":
            return 200, HTML, html_page("Start")
        return 404, HTML, b""
    redirect_url = apps(redirecting)
    def twin(path):
        if path == "/":
            return 200, HTML, html_page("Välkommen")
        return 404, HTML, b""
    twin_port = apps(twin).rsplit(":", 1)[1].strip("/")
    def robots(path):
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /hemligt\n"
        if path == "/":
            return 200, HTML, html_page("Start", links=[("Hemligt", "/hemligt/sida"), ("Öppet", "/oppet")])
        return 200, HTML, html_page(path)
    robots_url = apps(robots)
    latin = "<html><head><title>Kundtjänst i Åby</title></head><body><h1>Kundtjänst</h1><p>Välkommen</p></body></html>"
    def iso(path):
        if path == "/":
            return 200, {"Content-Type": "text/html; charset=ISO-8859-1"}, latin.encode("iso-8859-1")
        return 404, HTML, b""
    iso_url = apps(iso)
    register = write_register(tmp_path / "register.csv", [
        ("R1", "Redirby", redirect_url), ("T1", "Tvillingby", f"http://tvillingby.se:{twin_port}/"),
        ("B1", "Robotby", robots_url), ("I1", "Åby", iso_url)])
    out = tmp_path / "run"
    result = run_cli("crawl", "--municipalities", register, "--out", out, *FAST, hosts="www.tvillingby.se")
    assert result.returncode == 0, result.stderr
    outcomes = outcomes_of(out)
    [front] = [p for p in pages_of(out, "R1") if p["depth"] == 0]
    assert front["redirects"] == [redirect_url]
    assert front["final_url"] == redirect_url + "start"
    assert outcomes["R1"]["final_url"] == redirect_url + "start"
    assert outcomes["T1"]["status"] == "ok"
    assert outcomes["T1"]["status_reason"] == (f"homepage failed (DNS error: host not found); served by its www "
                                               f"twin http://www.tvillingby.se:{twin_port}/")
    assert outcomes["T1"]["final_url"] == f"http://www.tvillingby.se:{twin_port}/"
    robot_urls = {p["final_url"] for p in pages_of(out, "B1")}
    assert robots_url + "oppet" in robot_urls and not any("hemligt" in u for u in robot_urls)
    # the ISO-8859-1 page is archived as served and decoded right when read back
    from servicekoll.core.runfolder import iter_pages, read_index
    from servicekoll.scoring.page import parse_page
    with open(out / "pages.warc.gz", "rb") as warc:
        [archived] = list(iter_pages(read_index(out)["I1"], warc))
    assert archived.body == latin.encode("iso-8859-1")
    page = parse_page(archived.body, kommunkod="I1", url=iso_url, final_url=iso_url,
                      content_type=archived.content_type)
    assert page.title == "Kundtjänst i Åby" and page.h1 == "Kundtjänst"


def test_every_non_ok_outcome_has_its_status_and_reason(tmp_path, apps):
    sites = {
        "U1": apps(lambda path: (503, HTML, html_page("Tillfälligt fel"))),
        "B1": apps(lambda path: (403, HTML, html_page("Forbidden"))),
        "B2": apps(lambda path: (200, HTML, html_page("Just a moment...", "Checking your browser"))
                   if path != "/robots.txt" else (404, HTML, b"")),
        "B3": apps(lambda path: (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /\n")
                   if path == "/robots.txt" else (200, HTML, html_page("Start"))),
        "N1": apps(lambda path: (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4 binary")),
        "L1": apps(lambda path: (302, {"Location": "/a" if path == "/" else "/", **HTML}, b"")),
    }
    rows = [(code, f"Kommun {code}", url) for code, url in sites.items()]
    rows.append(("R1", "Refused", "http://127.0.0.1:9/"))
    rows.append(("D1", "Dns", "http://finns-inte.se:8080/"))
    register = write_register(tmp_path / "register.csv", rows)
    out = tmp_path / "run"
    result = run_cli("crawl", "--municipalities", register, "--out", out, *FAST)
    assert result.returncode == 0, result.stderr
    outcomes = outcomes_of(out)
    expected = {
        "U1": ("unreachable", "HTTP 503"), "B1": ("blocked", "HTTP 403"), "B2": ("blocked", "bot wall"),
        "B3": ("blocked", "robots.txt"), "N1": ("not_html", "application/pdf"),
        "L1": ("unreachable", "too many redirects"), "R1": ("unreachable", "connection refused"),
        "D1": ("unreachable", "DNS error"),
    }
    for code, (status, reason) in expected.items():
        assert outcomes[code]["status"] == status, (code, outcomes[code])
        assert reason in outcomes[code]["status_reason"], (code, outcomes[code])


def test_crawler_trap_is_bounded(tmp_path, apps):
    def calendar(path):
        match = re.search(r"(\d+)$", path)
        n = int(match.group(1)) if match else 0
        links = [("Nästa månad", f"/kalender/2026/{n + 1}"), ("Nästa vecka", f"/evenemang?vecka={n + 1}"),
                 ("Nästa sida", f"/arkiv/sida-{n + 1}"), ("Session", f"/sida;jsessionid=abc{n}")]
        return 200, HTML, html_page(f"Sida {n}", links=links)
    url = apps(calendar)
    register = write_register(tmp_path / "register.csv", [("K1", "Kalenderby", url)])
    out = tmp_path / "run"
    result = run_cli("crawl", "--municipalities", register, "--out", out, *FAST, "-s", "SERVICEKOLL_PAGE_BUDGET=15")
    assert result.returncode == 0, result.stderr
    urls = [p["final_url"] for p in pages_of(out, "K1")]
    assert len(urls) <= 15
    assert not any("kalender" in u or "vecka" in u for u in urls)
    assert len(urls) == len(set(urls))
    assert max(p["depth"] for p in pages_of(out, "K1")) <= 3


def test_warc_has_one_response_per_index_line_at_its_offset(tmp_path, serve_specs):
    from servicekoll.core import DATA_DIR

    from servicekoll.demo.sitegen import load_specs
    specs = load_specs(DATA_DIR / "sample" / "sites.toml")[:3]
    urls = serve_specs(specs)
    register = write_register(tmp_path / "register.csv",
                              [(f"W{i}", s["kommun"], urls[s["id"]]) for i, s in enumerate(specs)])
    out = tmp_path / "run"
    assert run_cli("crawl", "--municipalities", register, "--out", out, *FAST).returncode == 0
    index = pages_of(out)
    with open(out / "pages.warc.gz", "rb") as handle:
        responses = [(r.rec_headers.get_header("WARC-Record-ID"), r.rec_headers.get_header("WARC-Target-URI"))
                     for r in page_responses(handle)]
    assert len(responses) == len(index) > 3
    assert [r[0] for r in responses] == [p["warc_record_id"] for p in index]
    with open(out / "pages.warc.gz", "rb") as handle:
        for page in index:
            handle.seek(page["warc_offset"])
            record = next(iter(ArchiveIterator(handle)))
            assert record.rec_headers.get_header("WARC-Record-ID") == page["warc_record_id"]
            assert record.rec_headers.get_header("WARC-Target-URI") == page["final_url"]


def test_finished_run_folder_is_not_overwritten_without_force(tmp_path, apps):
    url = apps(lambda path: (200, HTML, html_page("Start")))
    register = write_register(tmp_path / "register.csv", [("F1", "Forceby", url)])
    out = tmp_path / "run"
    assert run_cli("crawl", "--municipalities", register, "--out", out, *FAST).returncode == 0
    before = (out / "pages.jsonl").read_bytes()
    again = run_cli("crawl", "--municipalities", register, "--out", out, *FAST)
    assert again.returncode == 2 and "--force" in again.stderr
    assert (out / "pages.jsonl").read_bytes() == before
    assert run_cli("crawl", "--municipalities", register, "--out", out, "--force", *FAST).returncode == 0


def test_unwritable_out_stops_before_any_request(tmp_path, apps):
    hits = []
    url = apps(lambda path: (hits.append(path), (200, HTML, html_page("Start")))[1])
    register = write_register(tmp_path / "register.csv", [("X1", "Xby", url)])
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run_cli("crawl", "--municipalities", register, "--out", blocker / "run", *FAST)
    assert result.returncode == 2 and "--out" in result.stderr
    assert hits == []


def _slow_sites(apps, count):
    def respond(path):
        time.sleep(0.05)
        if path == "/":
            return 200, HTML, html_page("Start", links=[(f"Sida {i}", f"/sida/{i}") for i in range(8)])
        return 200, HTML, html_page(f"Sida {path}")
    return [(f"K{i:02d}", f"Kommun {i}", apps(respond)) for i in range(count)]


def test_resume_after_kill_archives_every_page_exactly_once(tmp_path, apps):
    rows = _slow_sites(apps, 12)
    register = write_register(tmp_path / "register.csv", rows)
    settings = [*FAST, "-s", "DOWNLOAD_DELAY=0.15", "-s", "CONCURRENT_REQUESTS=4"]
    reference = tmp_path / "reference"
    assert run_cli("crawl", "--municipalities", register, "--out", reference, *settings).returncode == 0
    out = tmp_path / "run"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "servicekoll", "crawl", "--municipalities", str(register),
                                "--out", str(out), *settings], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    journal = out / "job" / "outcomes-main.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if journal.exists() and len(journal.read_text().splitlines()) >= 3:
            break
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    done_before = len(journal.read_text().splitlines())
    assert 3 <= done_before < 12, "kill landed mid-crawl"
    assert not (out / "pages.jsonl").exists()
    resumed = run_cli("crawl", "--municipalities", register, "--out", out, *settings)
    assert resumed.returncode == 0, resumed.stderr
    pages = pages_of(out)
    keys = [(p["kommunkod"], p["final_url"]) for p in pages]
    assert len(keys) == len(set(keys))
    assert sorted(keys) == sorted((p["kommunkod"], p["final_url"]) for p in pages_of(reference))
    assert outcomes_of(out) == outcomes_of(reference)
    with open(out / "pages.warc.gz", "rb") as handle:
        assert len(page_responses(handle)) == len(pages)
    # and the published ranking equals the uninterrupted run's, byte for byte
    assert run_cli("score", out).returncode == 0 and run_cli("score", reference).returncode == 0
    assert (out / "ranking.csv").read_bytes() == (reference / "ranking.csv").read_bytes()


def test_sigterm_stops_cleanly_and_the_same_command_resumes(tmp_path, apps):
    rows = _slow_sites(apps, 8)
    register = write_register(tmp_path / "register.csv", rows)
    settings = [*FAST, "-s", "DOWNLOAD_DELAY=0.15", "-s", "CONCURRENT_REQUESTS=3"]
    out = tmp_path / "run"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "servicekoll", "crawl", "--municipalities", str(register),
                                "--out", str(out), *settings], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    journal = out / "job" / "outcomes-main.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (journal.exists() and journal.read_text().strip()):
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1 and "resume" in stderr
    assert json.loads((out / "run.json").read_text())["interrupted"] is True
    assert not (out / "pages.jsonl").exists()
    resumed = run_cli("crawl", "--municipalities", register, "--out", out, *settings)
    assert resumed.returncode == 0, resumed.stderr
    keys = [(p["kommunkod"], p["final_url"]) for p in pages_of(out)]
    assert len(keys) == len(set(keys)) == 8 * 9
    assert {row["status"] for row in read_csv(out / "outcomes.csv")} == {"ok"}


# -- the URL requested is the URL linked (issue 10) ------------------------------------------------


def _recording(respond):
    """respond(path) wrapped so that the test sees every request line the site got."""
    seen: list[str] = []

    def recorded(path):
        seen.append(path)
        return respond(path)
    return recorded, seen


def test_links_are_fetched_as_linked_on_a_strict_server(tmp_path, apps):
    # A static host: only the spellings that exist answer; /kontakt and /sida 404.
    pages = {
        "/": html_page("Start", links=[("Kontakt", "/kontakt/#innehall"), ("Sida", "/sida?cid=9"),
                                       ("Avdelning", "/bas/")]),
        "/kontakt/": html_page("Kontakt", links=[("Relativ", "personal/")]),
        "/kontakt/personal/": html_page("Personal"),
        "/sida?cid=9": html_page("Sida nio"),
        "/bas/": (b"<html><head><base href='/avdelning/'><title>Bas</title></head><body>"
                  b"<a href='kontaktcenter'>Kontaktcenter</a><a href='../karta/'>Karta</a></body></html>"),
        "/avdelning/kontaktcenter": html_page("Kontaktcenter"),
        "/karta/": html_page("Karta"),
    }
    respond, requested = _recording(lambda path: (200, HTML, pages[path]) if path in pages
                                    else (404, HTML, html_page("Saknas")))
    url = apps(respond)
    register = write_register(tmp_path / "register.csv", [("A1", "Strikt", url)])
    out = tmp_path / "run"
    assert run_cli("crawl", "--municipalities", register, "--out", out, *FAST).returncode == 0
    fetched = {p["url"]: p["status"] for p in pages_of(out, "A1")}
    assert fetched == {url.rstrip("/") + path: 200 for path in pages}
    assert not any(path in requested for path in ("/kontakt", "/sida", "/bas/kontaktcenter", "/avdelning/karta/"))


def test_root_relative_fast_path_agrees_with_the_shared_resolver():
    from scrapy.http import HtmlResponse
    from servicekoll.core.lexicon import load_lexicon
    from servicekoll.core.urls import document_base, is_page_url, normalise_url, resolve_href
    from servicekoll.crawler.links import extract_links

    hrefs = ["/a/b/", "/a/./b", "/a/../b?x=1#frag", "/sök/å", "/a\tb", " /spaced ", "/q?cid=9&utm_source=x",
             "//other.example/x", "rel/x", "../up", "?only=query", "#top", "mailto:a@b.se", "/a#", "/%7Euser"]
    anchors = "".join(f'<a href="{h}">{i}</a>' for i, h in enumerate(hrefs))
    for base_tag, url in [("", "http://t.se/dir/page"), ('<base href="https://cdn.t.se/root/">', "http://t.se/x/y")]:
        body = f"<html><head>{base_tag}</head><body>{anchors}</body></html>".encode()
        response = HtmlResponse(url, body=body, encoding="utf-8")
        base = document_base(url, 'https://cdn.t.se/root/' if base_tag else None)
        expected: dict[str, str] = {}  # key -> the first spelling linked
        for href in hrefs:
            url = resolve_href(base, href)
            if url and is_page_url(normalise_url(url)):
                expected.setdefault(normalise_url(url), url)
        found = {link.key: link.url for link in extract_links(response, load_lexicon(), 300)}
        assert found == expected
        assert len(found) >= 10


def test_a_page_reached_through_a_redirect_is_not_fetched_again_when_linked(tmp_path, apps):
    def respond(path):
        if path == "/":
            return 200, HTML, html_page("Start", links=[("Gammal adress", "/gammal"), ("Ny", "/ny/"),
                                                        ("Ny utan snedstreck", "/ny")])
        if path == "/gammal":
            return 301, {"Location": "/ny/", **HTML}, b""
        if path == "/ny/":
            return 200, HTML, html_page("Ny sida", links=[("Tillbaka", "/gammal")])
        return 404, HTML, html_page("Saknas")
    respond, requested = _recording(respond)
    url = apps(respond)
    register = write_register(tmp_path / "register.csv", [("R2", "Omdirigeby", url)])
    out = tmp_path / "run"
    assert run_cli("crawl", "--municipalities", register, "--out", out, *FAST).returncode == 0
    with open(out / "pages.warc.gz", "rb") as handle:
        targets = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(handle)
                   if r.rec_type == "response"]
    assert targets.count(url + "ny/") == 1
    assert requested.count("/ny/") == 1 and requested.count("/gammal") == 1 and "/ny" not in requested
    [page] = [p for p in pages_of(out, "R2") if p["final_url"] == url + "ny/"]
    assert page["url"] == url + "gammal" and page["redirects"] == [url + "gammal"]


# -- politeness (issue 12) ------------------------------------------------------------------------------


def _timed_site(apps, robots: str, pages: int = 4):
    times: list[tuple[str, float]] = []

    def respond(path):
        times.append((path, time.monotonic()))
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, robots.encode()
        if path == "/":
            return 200, HTML, html_page("Kontaktcenter", links=[(f"Sida {i}", f"/sida/{i}") for i in range(pages)])
        return 200, HTML, html_page(f"Sida {path}")
    return apps(respond), times


def _gaps(times):
    pages = [t for path, t in times if path != "/robots.txt"]
    return [b - a for a, b in itertools.pairwise(pages)]


def test_robots_crawl_delay_paces_the_municipality_capped_and_recorded(tmp_path, apps):
    asked_url, asked = _timed_site(apps, "User-agent: *\nCrawl-delay: 1.2\n")
    capped_url, capped = _timed_site(apps, "User-agent: servicekoll\nCrawl-delay: 60\n\nUser-agent: *\nCrawl-delay: 0\n")
    plain_url, plain = _timed_site(apps, "User-agent: *\nDisallow: /intern/\n")
    register = write_register(tmp_path / "register.csv", [("C1", "Långsamby", asked_url), ("C2", "Tak", capped_url),
                                                          ("C3", "Vanlig", plain_url)])
    out = tmp_path / "run"
    # AutoThrottle on, starting at no delay: it lowers a slot's delay after quick responses,
    # and the Crawl-delay must hold all the same.
    result = run_cli("crawl", "--municipalities", register, "--out", out, *FAST, "-s", "AUTOTHROTTLE_ENABLED=True",
                     "-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "SERVICEKOLL_MAX_CRAWL_DELAY=1.5")
    assert result.returncode == 0, result.stderr
    assert len(_gaps(asked)) == 4 and min(_gaps(asked)) >= 1.15
    assert min(_gaps(capped)) >= 1.45 and max(_gaps(capped)) < 5
    assert max(_gaps(plain)) < 0.6
    outcomes = outcomes_of(out)
    assert [outcomes[code]["crawl_delay"] for code in ("C1", "C2", "C3")] == ["1.2", "1.5", "0.0"]


def test_requests_ask_for_swedish(tmp_path):
    from http.server import BaseHTTPRequestHandler

    from servicekoll.demo.siteserver import serve_handler

    languages: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            languages.append(self.headers.get("Accept-Language", ""))
            body = html_page("Start", links=[("Sida", "/sida")])
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server, url = serve_handler(Handler)
    try:
        register = write_register(tmp_path / "register.csv", [("S2", "Svenskby", url)])
        out = tmp_path / "run"
        assert run_cli("crawl", "--municipalities", register, "--out", out, *FAST,
                       "-s", "SERVICEKOLL_PAGE_BUDGET=2").returncode == 0
    finally:
        server.shutdown()
        server.server_close()
    assert len(languages) >= 3 and set(languages) == {"sv"}  # robots.txt and pages alike
    with open(out / "pages.warc.gz", "rb") as handle:
        requests = [r for r in ArchiveIterator(handle) if r.rec_type == "request"]
    assert requests and all(r.http_headers.get_header("Accept-Language") == "sv" for r in requests)


def _listening_inodes() -> set[str]:
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if fields[3] == "0A":  # TCP_LISTEN
                inodes.add(fields[9])
    return inodes


def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    except OSError:
        pass
    return inodes


def _process_tree(root: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, grew = {root}, True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return tree


def listening_sockets(root: int) -> set[str]:
    """Listening TCP sockets held by a process and its descendants (/proc, no psutil)."""
    listening = _listening_inodes()
    return {inode for pid in _process_tree(root) for inode in _socket_inodes(pid)} & listening


def test_no_listening_socket_is_opened_while_crawling(tmp_path, apps):
    # The probe sees this process's own loopback servers: it can find a listening socket.
    apps(lambda path: (200, HTML, html_page("Start")))
    assert listening_sockets(os.getpid())
    rows = _slow_sites(apps, 4)
    register = write_register(tmp_path / "register.csv", rows)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "servicekoll", "crawl", "--municipalities", str(register),
                                "--out", str(tmp_path / "run"), "--workers", "2", *FAST,
                                "-s", "DOWNLOAD_DELAY=0.1"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    looks, found = 0, set()
    while process.poll() is None:
        found |= listening_sockets(process.pid)
        looks += 1
        time.sleep(0.05)
    assert process.returncode == 0
    assert looks >= 10, "the crawl ended before it could be watched"
    assert found == set()


def test_a_jump_menu_s_options_are_followed_and_a_form_s_choices_are_not():
    # blind31 9340: an old site's only way to its Medborgarservice page is a header <select>
    from scrapy.http import HtmlResponse
    from servicekoll.core.lexicon import load_lexicon
    from servicekoll.crawler.links import extract_links

    jump = ('<select onchange="location=this.value"><option value="">Välj sida</option>'
            '<option value="/index.php/medborgarservice">Medborgarservice</option>'
            '<option value="/index.php/skola">Skola</option></select>')
    language = '<select name="lang"><option value="sv">Svenska</option><option value="en">English</option></select>'
    body = f"<html><body><header>{jump}{language}</header></body></html>".encode()
    found = {link.url for link in extract_links(HtmlResponse("http://t.se/", body=body, encoding="utf-8"),
                                                load_lexicon(), 300)}
    assert found == {"http://t.se/index.php/medborgarservice", "http://t.se/index.php/skola"}
