"""Fault injection: hostile loopback sites in one run beside three healthy ones.

Every fault must leave the crawl finished, give its municipality the right
status and reason (or a score where the site still serves what matters), leave
every other municipality exactly as it scores alone, and keep memory bounded.
"""

import asyncio
import contextlib
import gzip
import json
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from servicekoll.core import DATA_DIR, runfolder

from servicekoll.demo.sitegen import load_specs, write_sites
from servicekoll.demo.siteserver import serve_sites
from tests.conftest import (
    FAST,
    HTML,
    ROOT,
    html_page,
    read_csv,
    run_cli,
    scored_demo,
    serve_app,
    write_register,
)

TIMEOUT = ["-s", "DOWNLOAD_TIMEOUT=3", "-s", "DOWNLOAD_MAXSIZE=1000000", "-s", "SERVICEKOLL_PAGE_BUDGET=12"]
CONTROLS = ("aborg", "bergvik", "ekstad")
SERVICE_LINK = '<header><a href="/kontaktcenter">Kontaktcenter</a></header>'
SERVICE_PAGE = html_page("Kontaktcenter", "<p>Vi svarar på frågor om allt. Telefon 0500-12 34 56, e-post kc@x.se.</p>")
MEMORY_BOUND_MB = 1024


def page_with_service(title: str, extra: str = "") -> bytes:
    return (f"<html><head><title>{title}</title></head><body>{SERVICE_LINK}<main><h1>{title}</h1>{extra}</main>"
            "</body></html>").encode()


def site(front, extra_routes=None):
    """A site: '/' from `front(path)`, /kontaktcenter the service page, 404 else."""
    def respond(path):
        if extra_routes and (answer := extra_routes(path)):
            return answer
        if path == "/kontaktcenter":
            return 200, HTML, SERVICE_PAGE
        if path == "/":
            return front(path)
        return 404, HTML, html_page("Saknas")
    return respond


class FlakyFront:
    """500 on the first request for '/', then the real page (recovered by retry)."""

    def __init__(self):
        self.calls = 0

    def __call__(self, path):
        self.calls += 1
        if self.calls == 1:
            return 500, HTML, html_page("Serverfel")
        return 200, HTML, page_with_service("Välkommen")


def silent_server() -> tuple[socket.socket, str]:
    """Accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    held = []

    def accept():
        while True:
            try:
                held.append(server.accept()[0])
            except OSError:
                return
    threading.Thread(target=accept, daemon=True).start()
    return server, f"http://127.0.0.1:{server.getsockname()[1]}/"


def dripping_server() -> tuple[socket.socket, str]:
    """Sends headers, then one byte a second."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)

    def drip(connection):
        try:
            connection.recv(4096)
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n")
            for _ in range(60):
                connection.sendall(b"<")
                time.sleep(1)
        except OSError:
            pass
        finally:
            connection.close()

    def accept():
        while True:
            try:
                connection = server.accept()[0]
            except OSError:
                return
            threading.Thread(target=drip, args=(connection,), daemon=True).start()
    threading.Thread(target=accept, daemon=True).start()
    return server, f"http://127.0.0.1:{server.getsockname()[1]}/"


def build_faults(port_of_new_domain_site) -> dict:
    """kommunkod -> respond function (or a URL string for the socket-level faults)."""
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)
    deep = "<div><span><b>" * 5000 + "Djupt" + "</b>" * 10
    deeply_nested = page_with_service("Djupt nästlad", deep)
    latin1 = ("<html><head><title>Kundtjänst</title></head><body><header><a href='/kundtjanst'>Kundtjänst</a>"
              "</header><main><h1>Välkommen</h1></main></body></html>").encode("latin-1")
    challenge = html_page("Just a moment...", "<p>Checking your browser before accessing the site.</p>")
    many_links = page_with_service("Länkar", "".join(f'<a href="/l/{i}">Länk {i}</a>' for i in range(20_000)))

    def calendar(path):
        if path.startswith("/kalender"):
            n = int(path.rsplit("/", 1)[1])
            return 200, HTML, html_page(f"Månad {n}", links=[("Nästa", f"/kalender/{n + 1}"),
                                                             ("Nästa sida", f"/arkiv/sida{n + 1}")])
        if path.startswith("/arkiv/sida"):
            n = int(path.removeprefix("/arkiv/sida"))
            return 200, HTML, html_page(f"Sida {n}", links=[("Nästa sida", f"/arkiv/sida{n + 1}")])
        return None

    def sessions(path):
        if path.startswith("/sida"):
            return 200, HTML, html_page("Sida", links=[("Åter", f"/sida?sid={time.time_ns()}"),
                                                       ("Igen", f"/sida;jsessionid={time.time_ns()}")])
        return None

    def new_domain(path):
        return 301, {"Location": f"http://www.nyaby.se:{port_of_new_domain_site}/", **HTML}, b""

    return {
        "F01": "http://finns-inte.servicekoll-test.se/",  # unresolvable host
        "F02": "http://127.0.0.1:9/",  # connection refused (discard port, nothing listens)
        "F05": site(FlakyFront()),
        "F06": site(lambda p: (503, HTML, html_page("Service Unavailable"))),
        "F07": site(lambda p: (302, {"Location": "/"}, b"")),
        "F08": site(new_domain),
        "F09": site(lambda p: (200, HTML, b"<html>" + b"x" * 2_000_000 + b"</html>")),
        "F10": site(lambda p: (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, bomb)),
        "F11": site(lambda p: (200, HTML, bytes(range(256)) * 64)),
        "F12": site(lambda p: (200, HTML, deeply_nested)),
        "F13": site(lambda p: (200, HTML, latin1), lambda path: (200, HTML, html_page("Kundtjänst"))
                    if path == "/kundtjanst" else None),
        "F14": site(lambda p: (200, HTML, page_with_service("Start")),
                    lambda path: (500, HTML, b"error") if path == "/robots.txt" else None),
        "F15": site(lambda p: (200, HTML, page_with_service("Start")),
                    lambda path: (404, HTML, b"") if path == "/robots.txt" else None),
        "F16": site(lambda p: (200, HTML, page_with_service("Start")),
                    lambda path: (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /\n")
                    if path == "/robots.txt" else None),
        "F17": site(lambda p: (200, HTML, page_with_service("Start", '<a href="/kalender/1">Kalender</a>'
                                                                      '<a href="/arkiv/sida1">Arkiv</a>')), calendar),
        "F18": site(lambda p: (200, HTML, page_with_service("Start", '<a href="/sida?sid=1">Sida</a>')), sessions),
        "F19": site(lambda p: (200, HTML, many_links)),
        "F20": site(lambda p: (403, HTML, challenge)),
        "F21": site(lambda p: (200, HTML, challenge)),
        # a Swedish challenge page that says so only in its h1 (tests/blind4 9612)
        "F22": site(lambda p: (200, HTML, b"<html><head><title>Testby kommun</title></head><body><h1>Vi beh\xc3\xb6ver "
                                          b"kontrollera att du inte \xc3\xa4r en robot</h1><form method='post'>"
                                          b"<button>Forts\xc3\xa4tt</button></form></body></html>")),
    }


@pytest.fixture(scope="module")
def fault_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faults")
    specs = [s for s in load_specs(DATA_DIR / "sample" / "sites.toml") if s["id"] in CONTROLS]
    write_sites(specs, tmp / "sites")
    servers, sockets = [], []
    new_site, new_url = serve_app(site(lambda p: (200, HTML, page_with_service("Nya domänen"))))
    servers.append(new_site)
    faults = build_faults(new_url.rsplit(":", 1)[1].strip("/"))
    silent, silent_url = silent_server()
    dripping, drip_url = dripping_server()
    sockets += [silent, dripping]
    faults["F03"], faults["F04"] = silent_url, drip_url
    urls = {}
    for code, respond in sorted(faults.items()):
        if isinstance(respond, str):
            urls[code] = respond
        else:
            server, urls[code] = serve_app(respond)
            servers.append(server)
    with serve_sites(tmp / "sites") as site_urls:
        controls = [(f"K{n}", spec["kommun"], site_urls[spec["id"]]) for n, spec in enumerate(specs)]
        rows = controls + [(code, f"Felby {code}", url) for code, url in sorted(urls.items())]
        register = write_register(tmp / "register.csv", rows)
        alone = write_register(tmp / "alone.csv", controls)
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        started = time.monotonic()
        result = run_cli("run", "--municipalities", register, "--out", tmp / "run", *FAST, *TIMEOUT,
                         hosts="www.nyaby.se", timeout=240)
        elapsed = time.monotonic() - started
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        alone_result = run_cli("run", "--municipalities", alone, "--out", tmp / "alone", *FAST, *TIMEOUT)
    for server in servers:
        server.shutdown()
        server.server_close()
    for sock in sockets:
        sock.close()
    assert result.returncode == 0, result.stderr
    assert alone_result.returncode == 0, alone_result.stderr
    print(f"fault run: {elapsed:.1f} s, peak RSS of a child {peak_mb:.0f} MB (before: {before / 1024:.0f} MB)")
    rows = {r["kommunkod"]: r for r in read_csv(tmp / "run" / "ranking.csv")}
    return {"rows": rows, "alone": {r["kommunkod"]: r for r in read_csv(tmp / "alone" / "ranking.csv")},
            "peak_mb": peak_mb, "run": tmp / "run", "new_url": new_url}


def status(fault_run, code):
    row = fault_run["rows"][code]
    return row["status"], row["status_reason"]


def test_the_run_finishes_and_memory_stays_bounded(fault_run):
    assert len(fault_run["rows"]) == 25  # 22 fault sites, 3 controls
    assert fault_run["peak_mb"] < MEMORY_BOUND_MB


def test_healthy_municipalities_score_exactly_as_alone(fault_run):
    for code, alone in fault_run["alone"].items():
        together = dict(fault_run["rows"][code])
        assert together.pop("rank") is not None
        alone = dict(alone)
        alone.pop("rank")
        assert together == alone


def test_unresolvable_host(fault_run):
    assert status(fault_run, "F01") == ("unreachable", "DNS error: host not found; its www twin "
                                        "http://www.finns-inte.servicekoll-test.se/ failed too")


def test_connection_refused(fault_run):
    assert status(fault_run, "F02") == ("unreachable", "connection refused")


def test_server_that_never_answers(fault_run):
    assert status(fault_run, "F03") == ("unreachable", "timed out")


def test_server_that_drips_a_byte_a_second(fault_run):
    assert status(fault_run, "F04") == ("unreachable", "timed out")


def test_500_then_200_is_recovered_by_retry(fault_run):
    row = fault_run["rows"]["F05"]
    assert row["status"] == "ok" and row["a_entry"] == "1" and row["score"] != ""


def test_503_always(fault_run):
    assert status(fault_run, "F06") == ("unreachable", "HTTP 503 on the front page after retries")


def test_redirect_loop(fault_run):
    assert status(fault_run, "F07") == ("unreachable", "too many redirects (redirect loop?)")


def test_redirect_to_another_domain_moves_the_site(fault_run):
    row = fault_run["rows"]["F08"]
    assert row["status"] == "ok" and "www.nyaby.se" in row["final_url"]
    assert row["service_page_url"].startswith("http://www.nyaby.se") and row["a_entry"] == "1"


def test_page_over_the_size_cap(fault_run):
    assert status(fault_run, "F09") == ("unreachable", "front page larger than the size cap")


def test_gzip_bomb(fault_run):
    assert status(fault_run, "F10") == ("unreachable",
                                        "front page larger than the size cap once decompressed (gzip bomb?)")


def test_binary_bytes_served_as_html(fault_run):
    assert status(fault_run, "F11") == ("not_html", "front page is binary data, not HTML")


def test_deeply_nested_malformed_html(fault_run):
    row = fault_run["rows"]["F12"]
    assert row["status"] == "ok" and row["a_entry"] == "1" and row["c_easy_to_find"] == "1"


def test_wrong_charset_header(fault_run):
    import json

    row = fault_run["rows"]["F13"]
    assert row["status"] == "ok" and row["a_entry"] == "1" and row["b_front_page"] == "1"
    # the latin-1 page served as utf-8 is decoded right, not with replacement characters
    evidence = [json.loads(line) for line in (fault_run["run"] / "evidence.jsonl").read_text().splitlines()]
    [entrance] = [e for e in evidence if e["kommunkod"] == "F13" and e["aspect"] == "b"]
    assert entrance["element_text"] == "Kundtjänst" and entrance["page_url"].endswith("/")


def test_robots_txt_answering_500_or_404_allows_the_crawl(fault_run):
    for code in ("F14", "F15"):
        row = fault_run["rows"][code]
        assert row["status"] == "ok" and row["a_entry"] == "1", code


def test_robots_txt_disallowing_all(fault_run):
    assert status(fault_run, "F16") == ("blocked", "robots.txt forbids the front page")


def test_endless_calendar_is_bounded(fault_run):
    pages = _pages(fault_run, "F17")
    assert fault_run["rows"]["F17"]["status"] == "ok"
    assert len(pages) <= 12 and not any("kalender" in url for url in pages)


def test_session_ids_in_every_url_do_not_multiply_pages(fault_run):
    pages = _pages(fault_run, "F18")
    assert fault_run["rows"]["F18"]["status"] == "ok"
    assert len(pages) == len(set(pages)) <= 4


def test_page_with_20000_links(fault_run):
    row = fault_run["rows"]["F19"]
    assert row["status"] == "ok" and row["a_entry"] == "1" and len(_pages(fault_run, "F19")) <= 12


def test_bot_wall_403_with_challenge_page(fault_run):
    assert status(fault_run, "F20") == ("blocked", "bot wall: page titled 'Just a moment...' (HTTP 403)")


def test_bot_wall_200_with_challenge_title(fault_run):
    assert status(fault_run, "F21") == ("blocked", "bot wall: page titled 'Just a moment...' (HTTP 200)")


def test_bot_wall_in_swedish_named_by_its_heading(fault_run):
    assert status(fault_run, "F22") == (
        "blocked", "bot wall: page titled 'Testby kommun | Vi behöver kontrollera att du inte är en robot' (HTTP 200)")


def _pages(fault_run, code):
    import json

    lines = (Path(fault_run["run"]) / "pages.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["final_url"] for line in lines if json.loads(line)["kommunkod"] == code]


def test_a_full_disk_mid_run_stops_with_a_clear_error_and_keeps_the_archive_readable(tmp_path, apps):
    """RLIMIT_FSIZE makes any file past 300 KB fail with EFBIG ("File too large"), as a full
    disk would: the small sites finish, the big one cannot be archived."""
    import json
    import os
    import signal
    import subprocess
    import sys

    from servicekoll.core import runfolder

    from tests.conftest import ROOT
    from tests.test_crawler import page_responses

    small = [apps(site(lambda p: (200, HTML, page_with_service("Liten")))) for _ in range(2)]
    big_page = page_with_service("Stor", "<p>" + os.urandom(100_000).hex() + "</p>" +
                                 "".join(f'<a href="/s/{i}">Sida {i}</a>' for i in range(20)))
    big = apps(lambda path: (time.sleep(0.4), (200, HTML, big_page))[1])  # the small sites finish first
    register = write_register(tmp_path / "register.csv", [("S1", "Liten 1", small[0]), ("S2", "Liten 2", small[1]),
                                                          ("B1", "Stor", big)])
    out = tmp_path / "run"

    def limit_file_size():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, 300_000))

    result = subprocess.run([sys.executable, "-m", "servicekoll", "crawl", "--municipalities", str(register),
                             "--out", str(out), *FAST], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            capture_output=True, text=True, preexec_fn=limit_file_size, timeout=120)
    assert result.returncode == 1
    assert "writing to the run folder failed" in result.stderr and "File too large" in result.stderr
    assert not (out / "pages.jsonl").exists() and not (out / "outcomes.csv").exists()
    finished = runfolder.finished_codes(out)
    assert finished == {"S1", "S2"}
    for code in finished:
        warc_part, index_part = runfolder.part_paths(out, code)
        lines = index_part.read_text(encoding="utf-8").splitlines()
        with open(warc_part, "rb") as handle:  # its pages' responses (robots.txt is a record too)
            responses = [r.rec_headers.get_header("WARC-Record-ID") for r in page_responses(handle)]
        assert responses == [json.loads(line)["warc_record_id"] for line in lines]
    # with space again, the same command resumes and publishes everything
    resumed = run_cli("crawl", "--municipalities", register, "--out", out, *FAST)
    assert resumed.returncode == 0, resumed.stderr
    assert {r["kommunkod"]: r["status"] for r in read_csv(out / "outcomes.csv")} == {"S1": "ok", "S2": "ok",
                                                                                     "B1": "ok"}


# -- Integrity: nothing wrong is published silently, nothing of the user's is overwritten --------


SCORED = ("ranking.csv", "aspects.csv", "evidence.jsonl", "report.html")


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    """A finished, scored run folder (the offline demo), copied by each test that damages it."""
    return scored_demo(tmp_path_factory, "integrity")


def damaged_copy(demo_run, tmp_path):
    run = tmp_path / "run"
    shutil.copytree(demo_run, run)
    for name in SCORED:
        (run / name).unlink()
    return run


def _index(run):
    return [json.loads(line) for line in (run / "pages.jsonl").read_text(encoding="utf-8").splitlines()]


def _write_index(run, lines):
    (run / "pages.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")


def cut_archive_in_half(run):
    data = (run / "pages.warc.gz").read_bytes()
    (run / "pages.warc.gz").write_bytes(data[: len(data) // 2])
    return "pages.warc.gz", None


def cut_the_last_bytes(run):
    data = (run / "pages.warc.gz").read_bytes()
    (run / "pages.warc.gz").write_bytes(data[:-10])
    return "pages.warc.gz", None


def corrupt_a_byte(run):
    data = bytearray((run / "pages.warc.gz").read_bytes())
    middle = len(data) // 2
    data[middle] ^= 0xFF
    data[middle + 1] ^= 0xFF
    (run / "pages.warc.gz").write_bytes(bytes(data))
    return "pages.warc.gz", None


def point_at_the_request_record(run):
    lines = _index(run)
    lines[3]["warc_offset"] += lines[3]["warc_length"]  # the request record written after the response
    _write_index(run, lines)
    return "pages.jsonl:4", lines[3]["kommunkod"]


def shift_an_offset(run):
    lines = _index(run)
    lines[5]["warc_offset"] += 7
    _write_index(run, lines)
    return "pages.jsonl:6", lines[5]["kommunkod"]


def swap_two_record_ids(run):
    lines = _index(run)
    lines[1]["warc_record_id"], lines[2]["warc_record_id"] = lines[2]["warc_record_id"], lines[1]["warc_record_id"]
    _write_index(run, lines)
    return "pages.jsonl:2", lines[1]["kommunkod"]


def corrupt_an_index_line(run):
    text = (run / "pages.jsonl").read_text(encoding="utf-8").splitlines()
    text[4] = text[4][: len(text[4]) // 2]
    (run / "pages.jsonl").write_text("\n".join(text) + "\n", encoding="utf-8")
    return "pages.jsonl:5", None


def drop_a_field_of_an_index_line(run):
    lines = _index(run)
    del lines[2]["warc_offset"]
    _write_index(run, lines)
    return "pages.jsonl:3", lines[2]["kommunkod"]


def lose_the_last_index_lines(run):
    lines = _index(run)
    _write_index(run, lines[:-2])
    return "pages.jsonl", lines[-1]["kommunkod"]


def drop_an_outcome(run):
    rows = (run / "outcomes.csv").read_text(encoding="utf-8").splitlines()
    code = rows[3].split(",")[0]
    (run / "outcomes.csv").write_text("\n".join(rows[:3] + rows[4:]) + "\n", encoding="utf-8")
    return "outcomes.csv", code


def edit_the_register_copy(run):
    text = (run / "register.csv").read_text(encoding="utf-8")
    (run / "register.csv").write_text(text.replace("Bergvik", "Bergsvik"), encoding="utf-8")
    return "register.csv", None


DAMAGES = [cut_archive_in_half, cut_the_last_bytes, corrupt_a_byte, point_at_the_request_record, shift_an_offset,
           swap_two_record_ids, corrupt_an_index_line, drop_a_field_of_an_index_line, lose_the_last_index_lines,
           drop_an_outcome, edit_the_register_copy]


@pytest.mark.parametrize("damage", DAMAGES, ids=[d.__name__ for d in DAMAGES])
def test_a_damaged_run_folder_is_refused_with_file_and_line_and_nothing_is_published(demo_run, tmp_path, damage):
    run = damaged_copy(demo_run, tmp_path)
    run_json = (run / "run.json").read_bytes()
    where, code = damage(run)
    result = run_cli("score", run)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert where in result.stderr, result.stderr
    assert "nothing was published" in result.stderr.lower()
    if code:
        assert f"--only {code}" in result.stderr, result.stderr
    assert not any((run / name).exists() for name in SCORED)
    assert (run / "run.json").read_bytes() == run_json


def test_an_intact_run_folder_verifies_and_scores(demo_run, tmp_path):
    run = damaged_copy(demo_run, tmp_path)
    runfolder.verify_run_folder(run)
    assert run_cli("score", run).returncode == 0
    assert (run / "ranking.csv").read_bytes() == (demo_run / "ranking.csv").read_bytes()


def test_scoring_never_reads_another_record_than_the_index_names(demo_run):
    """iter_pages checks the record at each offset itself, also without the verification pass."""
    from servicekoll.core.errors import InputError

    index = runfolder.read_index(demo_run)
    code = next(iter(index))
    pages = [dict(page) for page in index[code]]
    pages[0]["warc_offset"] += pages[0]["warc_length"]
    with runfolder.open_archive(demo_run) as warc, pytest.raises(InputError, match="request"):
        list(runfolder.iter_pages(pages, warc))


# -- never overwrite the user's files -----------------------------------------------------------------


def _tree(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def one_site(apps, tmp_path):
    hits = []
    url = apps(lambda path: (hits.append(path), (200, HTML, page_with_service("Start")))[1])
    register = write_register(tmp_path / "register.csv", [("Z1", "Zby", url)])
    return register, hits


def test_demo_refuses_a_finished_real_run(tmp_path, one_site):
    register, _ = one_site
    out = tmp_path / "real"
    assert run_cli("crawl", "--municipalities", register, "--out", out, *FAST).returncode == 0
    before = _tree(out)
    result = run_cli("demo", "--out", out)
    assert result.returncode == 2 and "finished run" in result.stderr and "--force" in result.stderr
    assert _tree(out) == before


def test_demo_replaces_its_own_earlier_demo(demo_run, tmp_path):
    out = tmp_path / "demo"
    shutil.copytree(demo_run, out)
    started = json.loads((out / "run.json").read_text())["started"]
    (out / "ranking.csv").write_text("stale", encoding="utf-8")
    result = run_cli("demo", "--out", out)
    assert result.returncode == 0, result.stderr
    assert (out / "ranking.csv").read_text(encoding="utf-8").startswith("rank,kommunkod")
    assert json.loads((out / "run.json").read_text())["created_by"] == "demo"
    assert json.loads((out / "run.json").read_text())["started"] >= started


@pytest.mark.parametrize("force", [False, True], ids=["plain", "with --force"])
def test_run_refuses_a_folder_that_is_not_a_run_folder(tmp_path, one_site, force):
    register, hits = one_site
    out = tmp_path / "mine"
    out.mkdir()
    (out / "report.html").write_text("<p>my own report</p>", encoding="utf-8")
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    before = _tree(out)
    result = run_cli("run", "--municipalities", register, "--out", out, *FAST, *(["--force"] if force else []))
    assert result.returncode == 2, result.stderr
    assert "not a servicekoll run folder" in result.stderr and "report.html" in result.stderr
    assert _tree(out) == before and sorted(p.name for p in out.iterdir()) == ["notes.txt", "report.html"]
    assert hits == []


def test_crawl_writes_into_an_empty_folder_the_user_made(tmp_path, one_site):
    register, _ = one_site
    out = tmp_path / "empty"
    out.mkdir()
    result = run_cli("crawl", "--municipalities", register, "--out", out, *FAST)
    assert result.returncode == 0, result.stderr
    assert (out / "outcomes.csv").exists()


def test_crawl_resumes_an_unfinished_run_of_its_own_without_fetching_again(tmp_path, one_site):
    register, hits = one_site
    out = tmp_path / "run"
    assert run_cli("crawl", "--municipalities", register, "--out", out, *FAST).returncode == 0
    fetched = len(hits)
    # as if stopped after the municipality was journalled, before publishing
    run = json.loads((out / "run.json").read_text())
    run["finished"] = None
    (out / "run.json").write_text(json.dumps(run))
    for name in ("pages.jsonl", "pages.warc.gz", "outcomes.csv", "register.csv"):
        (out / name).unlink()
    result = run_cli("crawl", "--municipalities", register, "--out", out, *FAST)
    assert result.returncode == 0, result.stderr
    assert len(hits) == fetched and (out / "outcomes.csv").exists()


def test_force_replaces_a_finished_run(tmp_path, one_site):
    register, hits = one_site
    out = tmp_path / "run"
    assert run_cli("crawl", "--municipalities", register, "--out", out, *FAST).returncode == 0
    first = json.loads((out / "run.json").read_text())["started"]
    refused = run_cli("crawl", "--municipalities", register, "--out", out, *FAST)
    assert refused.returncode == 2 and "--force" in refused.stderr
    fetched = len(hits)
    time.sleep(1.1)
    assert run_cli("crawl", "--municipalities", register, "--out", out, "--force", *FAST).returncode == 0
    assert len(hits) > fetched and json.loads((out / "run.json").read_text())["started"] > first


# -- resume checks it resumes the same run ----------------------------------------------------------------


@pytest.fixture
def unfinished_run(tmp_path, apps):
    """A crawl stopped (SIGKILL) while its second municipality is still being fetched."""
    slow = apps(lambda path: (time.sleep(0.5), (200, HTML, page_with_service("Långsam")))[1])
    fast = apps(lambda path: (200, HTML, page_with_service("Snabb")))
    register = write_register(tmp_path / "register.csv", [("R1", "Snabby", fast), ("R2", "Långby", slow)])
    out = tmp_path / "run"
    settings = [*FAST, "-s", "SERVICEKOLL_PAGE_BUDGET=6"]
    process = subprocess.Popen([sys.executable, "-m", "servicekoll", "crawl", "--municipalities", str(register),
                                "--out", str(out), *settings], cwd=ROOT,
                               env={**os.environ, "PYTHONPATH": str(ROOT)},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    journal = out / "job" / "outcomes-main.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (journal.exists() and journal.read_text().strip()):
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert not (out / "outcomes.csv").exists(), "the kill came too late"
    return register, out, settings


def test_resume_with_other_settings_is_refused_with_the_difference(unfinished_run):
    register, out, settings = unfinished_run
    result = run_cli("crawl", "--municipalities", register, "--out", out, *settings,
                     "-s", "SERVICEKOLL_PAGE_BUDGET=60")
    assert result.returncode == 2, result.stderr
    assert "SERVICEKOLL_PAGE_BUDGET" in result.stderr and "6" in result.stderr and "60" in result.stderr
    assert "--out" in result.stderr and "--force" in result.stderr
    assert not (out / "outcomes.csv").exists()


def test_resume_with_another_register_is_refused(unfinished_run, tmp_path):
    register, out, settings = unfinished_run
    other = tmp_path / "other.csv"
    other.write_text(register.read_text(encoding="utf-8").replace("Snabby", "Snabbstad"), encoding="utf-8")
    result = run_cli("crawl", "--municipalities", other, "--out", out, *settings)
    assert result.returncode == 2, result.stderr
    assert "register" in result.stderr and "R1" in result.stderr and "--force" in result.stderr
    assert not (out / "outcomes.csv").exists()


def test_resume_with_the_same_register_and_settings_finishes(unfinished_run):
    register, out, settings = unfinished_run
    result = run_cli("crawl", "--municipalities", register, "--out", out, *settings)
    assert result.returncode == 0, result.stderr
    run = json.loads((out / "run.json").read_text())
    assert run["settings"]["SERVICEKOLL_PAGE_BUDGET"] == "6"
    assert {r["kommunkod"] for r in read_csv(out / "outcomes.csv")} == {"R1", "R2"}


# -- a bad URL that still fails at crawl time is that municipality's outcome ----------------------------------


def test_a_homepage_url_the_crawler_cannot_request_becomes_its_outcome(tmp_path, apps):
    from scrapy.utils.test import get_crawler
    from servicekoll.core.register import Municipality
    from servicekoll.crawler import settings as crawl_settings
    from servicekoll.crawler.items import OutcomeItem
    from servicekoll.crawler.spiders.municipalities import MunicipalitiesSpider


    url = apps(lambda path: (200, HTML, page_with_service("Start")))
    register = write_register(tmp_path / "register.csv", [("G1", "Godby", url), ("G2", "Godtorp", url)])
    project = {name: value for name, value in vars(crawl_settings).items() if name.isupper()}
    crawler = get_crawler(MunicipalitiesSpider, project)  # the project's settings, no reactor needed
    spider = MunicipalitiesSpider.from_crawler(crawler, municipalities=str(register), out=str(tmp_path / "run"))
    # as if the loader had let them through: what the crawler does with them must not stop the rest
    spider.register = [spider.register[0], Municipality("X1", "Portby", "99", "L", "http://127.0.0.1:99999/"),
                       Municipality("X2", "Klammerby", "99", "L", "http://[::1"), spider.register[1]]

    async def collect():
        return [item async for item in spider.start()]
    produced = asyncio.run(collect())
    outcomes = {item.kommunkod: item for item in produced if isinstance(item, OutcomeItem)}
    requests = [item for item in produced if not isinstance(item, OutcomeItem)]
    assert sorted(outcomes) == ["X1", "X2"]
    assert all(o.status == "unreachable" and "URL" in o.status_reason for o in outcomes.values())
    assert [r.meta["kommunkod"] for r in requests] == ["G1", "G2"]


# -- signals reach the workers ----------------------------------------------------------------------------------


def _workers_of(out):
    """Worker processes (python -m servicekoll.worker) crawling into `out`."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            command = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"servicekoll.worker" in command and str(out).encode() in command:
            found.append(int(proc.name))
    return found


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGINT"])
def test_a_signal_to_the_parent_stops_every_worker_and_nothing_is_journalled_twice(tmp_path, apps, signame):

    def respond(path):
        time.sleep(0.05)
        links = [(f"Sida {i}", f"/sida/{i}") for i in range(6)] if path == "/" else []
        return 200, HTML, html_page(f"Sida {path}", links=links)
    rows = [(f"W{i:02d}", f"Kommun {i}", apps(respond)) for i in range(12)]
    register = write_register(tmp_path / "register.csv", rows)
    settings = [*FAST, "-s", "DOWNLOAD_DELAY=0.3", "-s", "CONCURRENT_REQUESTS=2"]
    out = tmp_path / "run"
    # stderr to a file, not a pipe: a pipe would make us wait for orphans that inherited it
    with open(tmp_path / "stderr.txt", "w+", encoding="utf-8") as stderr:
        process = subprocess.Popen([sys.executable, "-m", "servicekoll", "crawl", "--municipalities",
                                    str(register), "--out", str(out), "--workers", "3", *settings], cwd=ROOT,
                                   env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL,
                                   stderr=stderr)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not runfolder.read_journal(out):
            time.sleep(0.05)
        assert len(_workers_of(out)) == 3
        process.send_signal(getattr(signal, signame))
        process.wait(timeout=90)
        left_running = _workers_of(out)
        stderr.seek(0)
        message = stderr.read()
    assert left_running == [], "workers left running after the parent stopped"
    assert process.returncode == 1 and "resume" in message, message
    assert len(runfolder.read_journal(out)) < len(rows), "the signal came too late to stop anything"
    assert not (out / "pages.jsonl").exists()
    resumed = run_cli("crawl", "--municipalities", register, "--out", out, *settings, "--workers", "3")
    assert resumed.returncode == 0, resumed.stderr
    journalled = [json.loads(line)["kommunkod"] for journal in runfolder.journals(out)
                  for line in journal.read_text().splitlines()]
    assert sorted(journalled) == sorted(code for code, _, _ in rows)
    keys = [(p["kommunkod"], p["final_url"]) for p in _index(out)]
    assert len(keys) == len(set(keys)) == len(rows) * 7


def test_workers_that_outlive_a_killed_parent_keep_the_run_folder_locked(tmp_path, apps):
    """kill -9 of the parent cannot pass on a signal: its workers go on, and a resume started
    meanwhile is refused (it would crawl the same municipalities beside them)."""
    def respond(path):
        time.sleep(0.05)
        links = [(f"Sida {i}", f"/sida/{i}") for i in range(6)] if path == "/" else []
        return 200, HTML, html_page(f"Sida {path}", links=links)
    rows = [(f"L{i:02d}", f"Kommun {i}", apps(respond)) for i in range(6)]
    register = write_register(tmp_path / "register.csv", rows)
    settings = [*FAST, "-s", "DOWNLOAD_DELAY=0.3", "-s", "CONCURRENT_REQUESTS=1"]
    out = tmp_path / "run"
    process = subprocess.Popen([sys.executable, "-m", "servicekoll", "crawl", "--municipalities", str(register),
                                "--out", str(out), "--workers", "3", *settings], cwd=ROOT,
                               env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(_workers_of(out)) < 3:
        time.sleep(0.05)
    orphans = _workers_of(out)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    try:
        assert len(orphans) == 3
        resumed = run_cli("crawl", "--municipalities", register, "--out", out, *settings)
        assert resumed.returncode == 2, resumed.stderr
        assert "still writing" in resumed.stderr
    finally:
        for pid in orphans:  # the workers this test started
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and _workers_of(out):
        time.sleep(0.05)
    resumed = run_cli("crawl", "--municipalities", register, "--out", out, *settings)
    assert resumed.returncode == 0, resumed.stderr
    journalled = [json.loads(line)["kommunkod"] for journal in runfolder.journals(out)
                  for line in journal.read_text().splitlines()]
    assert sorted(journalled) == sorted(code for code, _, _ in rows)
