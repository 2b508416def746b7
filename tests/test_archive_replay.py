"""The archive is replayable (docs/archive.md): one warcinfo record heads it, redirects and
robots.txt are records too, responses hold the wire bytes (gzip stays gzip), cdxj-indexer
indexes every page, pywb replays the run's pages, and pages.wacz packs it all.

One small crawl (two loopback sites, the same pages, one served gzip-encoded) is shared by
the tests of this module."""

import gzip
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zipfile
import zlib
from pathlib import Path

import brotli
import pytest
from backports import zstd
from scrapy.utils.test import get_crawler
from servicekoll.core import RUBRIC_VERSION, __version__, runfolder
from servicekoll.core.lexicon import load_lexicon
from servicekoll.crawler import settings as crawl_settings
from servicekoll.scoring.run import score_run
from warcio.archiveiterator import ArchiveIterator

from tests.conftest import FAST, HTML, html_page, read_csv, run_cli, serve_app, write_register

BIN = Path(sys.executable).parent
ROBOTS = b"User-agent: *\nAllow: /\n"
FRONT_TITLE = "Arkivby kommun"
INNER_TITLE = "Bygglov i Arkivby"


def site(encode: bool):
    """/ redirects (301) to /start, which links to an inner page; robots.txt allows all. With
    `encode`, every body goes gzip-encoded (Scrapy always accepts gzip)."""
    pages = {
        "/start": html_page(FRONT_TITLE, "<p>Välkommen till Arkivby.</p>",
                            [("Bygglov", "/bygga/bygglov"), ("Kontakta oss", "/kontakt")]),
        "/bygga/bygglov": html_page(INNER_TITLE, "<p>Så söker du bygglov.</p>"),
        "/kontakt": html_page("Kontakta oss", "<p>Kommunens kontaktcenter: 0123-45 67 00.</p>"),
    }

    def respond(path: str):
        if path == "/":
            return 301, {"Location": "/start"}, b""
        if path == "/robots.txt":
            status, headers, body = 200, {"Content-Type": "text/plain"}, ROBOTS
        elif path in pages:
            status, headers, body = 200, dict(HTML), pages[path]
        else:
            status, headers, body = 404, dict(HTML), html_page("Sidan finns inte")
        if encode:
            headers["Content-Encoding"] = "gzip"
            body = gzip.compress(body, mtime=0)
        return status, headers, body
    return respond


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """A crawled run folder: P (plain) and G (gzip), the same site."""
    folder = tmp_path_factory.mktemp("archive")
    servers = [serve_app(site(encode=False)), serve_app(site(encode=True))]
    try:
        (_, plain), (_, encoded) = servers
        register = write_register(folder / "register.csv", [("P1", "Arkivby", plain), ("G1", "Arkivby", encoded)])
        out = folder / "run"
        crawled = run_cli("crawl", "--municipalities", register, "--out", out, *FAST)
        assert crawled.returncode == 0, crawled.stderr
    finally:
        for server, _ in servers:
            server.shutdown()
            server.server_close()
    return out


def records(out: Path) -> list[dict]:
    with open(out / runfolder.WARC, "rb") as handle:
        return [{"type": r.rec_type, "uri": r.rec_headers.get_header("WARC-Target-URI"),
                 "id": r.rec_headers.get_header("WARC-Record-ID"),
                 "concurrent_to": r.rec_headers.get_header("WARC-Concurrent-To"),
                 "status": r.http_headers.get_statuscode() if r.rec_type == "response" else None,
                 "headers": dict(r.http_headers.headers) if r.http_headers else {},
                 "raw": r.raw_stream.read()} for r in ArchiveIterator(handle)]


def pages(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / runfolder.INDEX).read_text(encoding="utf-8").splitlines()]


def front(out: Path, code: str) -> str:
    return next(row["url"] for row in read_csv(out / runfolder.REGISTER) if row["kommunkod"] == code)


def test_one_warcinfo_record_heads_the_archive_with_the_run_s_versions_and_policy(run):
    archived = records(run)
    assert archived[0]["type"] == "warcinfo"
    assert [r["type"] for r in archived].count("warcinfo") == 1
    fields = dict(line.split(": ", 1) for line in archived[0]["raw"].decode().strip().splitlines())
    lexicon = load_lexicon()
    assert fields["software"].startswith(f"servicekoll/{__version__} ")
    assert fields["rubric-version"] == RUBRIC_VERSION
    assert (fields["lexicon-version"], fields["lexicon-sha256"]) == (lexicon.version, lexicon.sha256)
    assert fields["robots"] == "obey"
    assert fields["http-header-user-agent"] == crawl_settings.USER_AGENT
    assert fields["operator"] and fields["operator"] in crawl_settings.USER_AGENT


def test_redirect_and_robots_txt_are_archived_while_pages_jsonl_lists_pages_only(run):
    archived = records(run)
    index = pages(run)
    for code in ("P1", "G1"):
        home = front(run, code)
        hop = next(r for r in archived if r["type"] == "response" and r["uri"] == home)
        assert hop["status"] == "301" and hop["headers"]["Location"] == "/start"
        assert any(r["type"] == "request" and r["concurrent_to"] == hop["id"] for r in archived)
        robots = next(r for r in archived if r["type"] == "response" and r["uri"] == home + "robots.txt")
        assert robots["status"] == "200"
        assert gzip.decompress(robots["raw"]) == ROBOTS if code == "G1" else robots["raw"] == ROBOTS
        [line] = [p for p in index if p["kommunkod"] == code and p["depth"] == 0]
        assert (line["url"], line["final_url"], line["redirects"]) == (home, home + "start", [home])
    # 3xx and robots.txt records are extra records, not pages; each line points at its page's response
    assert all(p["status"] == 200 and not p["final_url"].endswith("robots.txt") for p in index)
    by_id = {r["id"]: r for r in archived}
    assert all(by_id[p["warc_record_id"]]["uri"] == p["final_url"] for p in index)
    outcomes = {row["kommunkod"]: int(row["pages"]) for row in read_csv(run / runfolder.OUTCOMES)}
    assert outcomes == {"P1": 3, "G1": 3} and len(index) == 6


def test_a_gzip_response_is_archived_as_sent_and_scores_as_the_same_site_uncompressed(run):
    archived = {r["id"]: r for r in records(run)}
    plain = {p["final_url"].split("/", 3)[3]: archived[p["warc_record_id"]] for p in pages(run) if p["kommunkod"] == "P1"}
    encoded = {p["final_url"].split("/", 3)[3]: archived[p["warc_record_id"]] for p in pages(run)
               if p["kommunkod"] == "G1"}
    assert set(plain) == set(encoded) == {"start", "bygga/bygglov", "kontakt"}
    for path, record in encoded.items():
        assert record["headers"]["Content-Encoding"] == "gzip"
        assert record["raw"] == gzip.compress(plain[path]["raw"], mtime=0)  # the bytes that came, compressed
        assert record["headers"]["Content-Length"] == str(len(record["raw"]))
        assert "Content-Encoding" not in plain[path]["headers"]
    with runfolder.open_archive(run) as warc:
        decoded = [page.body for page in runfolder.iter_pages(runfolder.read_index(run)["G1"], warc)]
    assert decoded == [plain[path]["raw"] for path in encoded]
    runfolder.check_run_folder(run)  # the verification before scoring takes the new records
    ranking = score_run(run, {}).ranking.set_index("kommunkod")
    assert ranking.loc["G1", "status"] == ranking.loc["P1", "status"] == "ok"
    aspects = ["score", *(column for column in ranking.columns if column[:2] in {"a_", "b_", "c_", "d_", "e_"})]
    assert ranking.loc["G1", aspects].tolist() == ranking.loc["P1", aspects].tolist()


def test_read_response_gives_a_page_s_headers_and_decoded_body_by_offset(run):
    [line] = [p for p in pages(run) if p["kommunkod"] == "G1" and p["depth"] == 0]
    with runfolder.open_archive(run) as warc:
        response = runfolder.read_response(warc, line["warc_offset"])
    assert (response.url, response.status, response.record_id) == (line["final_url"], 200, line["warc_record_id"])
    assert ("Content-Encoding", "gzip") in response.headers
    assert f"<title>{FRONT_TITLE}</title>".encode() in response.body


def test_cdxj_indexer_indexes_every_page(run):
    result = subprocess.run([str(BIN / "cdxj-indexer"), str(run / runfolder.WARC)], capture_output=True,
                            text=True, timeout=60, check=True)
    indexed = [json.loads(line.split(" ", 2)[2]) for line in result.stdout.splitlines() if line.strip()]
    responses = {(entry["url"], entry.get("status")) for entry in indexed}
    assert all((p["final_url"], str(p["status"])) in responses for p in pages(run))
    assert all((front(run, code), "301") in responses for code in ("P1", "G1"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def wayback(run, tmp_path_factory):
    """pywb serving the run's archive as collection 'run' on loopback (no live web)."""
    root = tmp_path_factory.mktemp("pywb")
    subprocess.run([str(BIN / "wb-manager"), "init", "run"], cwd=root, check=True, capture_output=True, timeout=60)
    subprocess.run([str(BIN / "wb-manager"), "add", "run", str(run / runfolder.WARC)], cwd=root, check=True,
                   capture_output=True, timeout=120)
    port = free_port()
    server = subprocess.Popen([str(BIN / "wayback"), "-b", "127.0.0.1", "-p", str(port)], cwd=root,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/run/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base, timeout=5).close()
                break
            except urllib.error.HTTPError:
                break  # pywb answers: it is up
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.3)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def replay(base: str, url: str) -> tuple[str, bytes]:
    """The archived page at `url` as pywb replays it (mp_: headers and links rewritten into the
    archive, no banner), redirects followed."""
    with urllib.request.urlopen(f"{base}mp_/{url}", timeout=30) as response:
        return response.geturl(), response.read()


@pytest.mark.parametrize("code", ["P1", "G1"])
def test_pywb_replays_the_redirected_front_page_and_an_inner_page(run, wayback, code):
    home = front(run, code)
    landed, body = replay(wayback, home)
    assert landed.endswith(home + "start")  # the archived 301 is replayed and followed
    assert f"<title>{FRONT_TITLE}</title>".encode() in gzip_aware(body)
    _, inner = replay(wayback, home + "bygga/bygglov")
    assert f"<title>{INNER_TITLE}</title>".encode() in gzip_aware(inner)


def gzip_aware(body: bytes) -> bytes:
    """urllib does not decode a Content-Encoding: a gzip page replayed as archived is gzip."""
    return gzip.decompress(body) if body[:2] == b"\x1f\x8b" else body


def test_pages_wacz_packs_archive_index_and_pages_and_validates(run):
    from wacz.main import main as wacz_main

    with zipfile.ZipFile(run / runfolder.WACZ) as packed:
        names = set(packed.namelist())
        assert {"archive/pages.warc.gz", "indexes/index.cdx.gz", "pages/pages.jsonl", "datapackage.json"} <= names
        assert packed.read("archive/pages.warc.gz") == (run / runfolder.WARC).read_bytes()
        listed = [json.loads(line) for line in packed.read("pages/pages.jsonl").decode().splitlines()[1:]]
    assert sorted(entry["url"] for entry in listed) == sorted(p["final_url"] for p in pages(run))
    assert {entry["title"] for entry in listed} == {FRONT_TITLE, INNER_TITLE, "Kontakta oss"}
    assert wacz_main(["validate", "-f", str(run / runfolder.WACZ)]) == 0
    assert runfolder.read_run_json(run)["wacz"] == {"made": True, "file": runfolder.WACZ, "pages": 6}


def wacz_index(wacz: Path) -> tuple[list[str], list[str]]:
    """A WACZ's CDXJ lines (its compressed blocks undone) and its index.idx lines."""
    with zipfile.ZipFile(wacz) as packed:
        return (gzip.decompress(packed.read("indexes/index.cdx.gz")).decode().splitlines(),
                packed.read("indexes/index.idx").decode().splitlines())


def py_wacz_index(warc: Path, scratch: Path) -> tuple[list[str], list[str]]:
    """The index `wacz create` makes of the published archive in one pass over it."""
    import io

    from wacz.waczindexer import WACZIndexer

    data, index = scratch / "index.cdx.gz", io.StringIO()
    with open(data, "wb") as blocks:
        WACZIndexer(index, [str(warc)], sort=True, post_append=True, compress=blocks, lines=1024,
                    digest_records=True, fields="referrer,req.http:cookie", data_out_name="index.cdx.gz",
                    hash_type="sha256", detect_pages=False, extract_text=False).process_all()
    return gzip.decompress(data.read_bytes()).decode().splitlines(), index.getvalue().splitlines()


def test_the_index_made_while_crawling_is_the_one_py_wacz_makes_of_the_whole_archive(run, tmp_path):
    # each part indexed when its municipality finished, offsets rebased on merging (core/cdxj.py)
    lines, blocks = wacz_index(run / runfolder.WACZ)
    assert (lines, blocks) == py_wacz_index(run / runfolder.WARC, tmp_path)
    assert len(lines) == len(pages(run)) + 4  # every page, and each site's 301 and robots.txt


def test_a_run_folder_without_the_crawl_s_index_is_packed_with_the_same_index(run, tmp_path):
    from servicekoll.waczpack import pack_wacz

    copy = tmp_path / "run"
    copy.mkdir()
    for name in (runfolder.RUN_JSON, runfolder.INDEX, runfolder.WARC):
        (copy / name).write_bytes((run / name).read_bytes())
    assert pack_wacz(copy)["made"] is True
    assert wacz_index(copy / runfolder.WACZ) == wacz_index(run / runfolder.WACZ)


def republished(run: Path, tmp_path: Path, keep_index_of: tuple[str, ...] = ()) -> tuple[Path, int]:
    """A copy of `run` published again from its job folder, with the part indexes made while
    crawling removed except those of `keep_index_of`; and how many bytes every record after
    the warcinfo moved (its run.json has grown since, and with it the warcinfo record)."""
    import shutil

    from servicekoll.core.register import load_register

    copy = tmp_path / "run"
    shutil.copytree(run, copy)
    for part in runfolder.parts_dir(copy).glob("*.cdxj"):
        if part.name.split(".")[0] not in keep_index_of:
            part.unlink()
    register = load_register(copy / runfolder.JOB / runfolder.STARTED_REGISTER)
    assert runfolder.publish(copy, register, runfolder.read_run_json(copy)["settings"]) is True
    assert records(copy)[1:] == records(run)[1:]  # the same records behind the warcinfo
    return copy, (copy / runfolder.WARC).stat().st_size - (run / runfolder.WARC).stat().st_size


def moved_offsets(lines: list[dict], key: str, shift: int) -> list[dict]:
    return [{**line, key: type(line[key])(int(line[key]) + shift)} for line in lines]


def test_a_part_not_indexed_while_crawling_is_indexed_on_merging(run, tmp_path):
    copy, shift = republished(run, tmp_path, keep_index_of=("P1",))
    def index(folder: Path) -> list[dict]:
        lines = runfolder.merged_cdxj(folder).read_text(encoding="utf-8").splitlines()
        return [{"key": line.rsplit(" {", 1)[0], **json.loads("{" + line.rsplit(" {", 1)[1])} for line in lines]
    assert index(copy) == moved_offsets(index(run), "offset", shift)


def test_without_py_wacz_the_crawl_publishes_and_leaves_no_index_of_some_parts_only(run, tmp_path, monkeypatch):
    # The plain `pip install .` has no py-wacz: parts are not indexed while crawling, and
    # merging must still publish (CI's install test once caught it failing here).
    for module in ("wacz", "wacz.waczindexer"):
        monkeypatch.setitem(sys.modules, module, None)
    copy, shift = republished(run, tmp_path, keep_index_of=("P1",))
    assert not runfolder.merged_cdxj(copy).exists()
    assert pages(copy) == moved_offsets(pages(run), "warc_offset", shift)


def test_pages_jsonl_records_each_html_page_s_title(run):
    titles = {p["final_url"].split("/", 3)[-1]: p["title"] for p in pages(run)}
    assert titles == {"start": FRONT_TITLE, "bygga/bygglov": INNER_TITLE, "kontakt": "Kontakta oss"}


def test_without_the_wacz_package_the_run_says_why_there_is_no_pages_wacz(run, tmp_path, monkeypatch):
    from servicekoll.waczpack import NOT_INSTALLED, pack_wacz

    copy = tmp_path / "run"
    copy.mkdir()
    for name in (runfolder.RUN_JSON, runfolder.INDEX, runfolder.WARC):
        (copy / name).write_bytes((run / name).read_bytes())
    for module in ("wacz", "wacz.waczindexer"):  # importing py-wacz now fails, as where it is not installed
        monkeypatch.setitem(sys.modules, module, None)
    assert pack_wacz(copy) == {"made": False, "reason": NOT_INSTALLED}
    assert not (copy / runfolder.WACZ).exists()
    assert runfolder.read_run_json(copy)["wacz"]["reason"] == NOT_INSTALLED


ENCODERS = {"gzip": gzip.compress, "x-gzip": gzip.compress, "deflate": zlib.compress, "br": brotli.compress,
            "zstd": zstd.compress}


def encoded(body: bytes, encoding: str) -> bytes:
    for name in [part.strip() for part in encoding.split(",") if part.strip()]:
        body = ENCODERS.get(name, lambda data: data)(body)
    return body


@pytest.mark.parametrize("encoding", ["gzip", "x-gzip", "deflate", "zstd", "gzip, deflate", "zz, gzip",
                                      "identity", ""])
def test_reading_decodes_a_content_encoding_as_scrapy_did_before_the_spider_saw_it(encoding):
    from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
    from scrapy.http import Request, Response

    body = encoded(html_page(FRONT_TITLE), encoding)
    sent = Response("http://127.0.0.1/", body=body, headers={"Content-Encoding": encoding} if encoding else {})
    scrapy_saw = HttpCompressionMiddleware(crawler=get_crawler()).process_response(Request(sent.url), sent).body
    assert runfolder.decode_content(body, encoding) == scrapy_saw


@pytest.mark.parametrize("encoding", ["br", "gzip, br", "br, gzip"])
def test_reading_decodes_brotli(encoding):
    # Not compared with Scrapy here: with pywb installed, `import brotli` finds pywb's brotlipy,
    # which Scrapy's br decoder cannot use (no Decompressor.process).
    assert runfolder.decode_content(encoded(html_page(FRONT_TITLE), encoding), encoding) == html_page(FRONT_TITLE)


def test_warcinfo_names_the_operator_given_and_a_robots_policy_of_ignore():
    run = {"settings": {"USER_AGENT": "servicekoll/9 (+https://example.org/om)", "ROBOTSTXT_OBEY": "False",
                        "SERVICEKOLL_OPERATOR": "Kommunkollen <drift@example.org>"}}
    fields = runfolder.warcinfo_fields(run)
    assert (fields["operator"], fields["robots"]) == ("Kommunkollen <drift@example.org>", "ignore")
    del run["settings"]["SERVICEKOLL_OPERATOR"]
    assert runfolder.warcinfo_fields(run)["operator"] == "https://example.org/om"


def test_the_robots_txt_of_the_site_a_front_page_redirects_to_is_archived_for_its_municipality(tmp_path, apps):
    def respond(path: str):
        if path == "/":
            return 301, {"Location": moved + "start"}, b""
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, ROBOTS
        return 200, dict(HTML), html_page(FRONT_TITLE)
    url = apps(respond)
    port = url.rsplit(":", 1)[1].strip("/")
    old, moved = f"http://arkivby.se:{port}/", f"http://www.nya-arkivby.se:{port}/"  # another domain
    register = write_register(tmp_path / "register.csv", [("R1", "Arkivby", old)])
    out = tmp_path / "run"
    crawled = run_cli("crawl", "--municipalities", register, "--out", out, *FAST,
                      hosts="arkivby.se,www.nya-arkivby.se")
    assert crawled.returncode == 0, crawled.stderr
    responses = {(r["uri"], r["status"]) for r in records(out) if r["type"] == "response"}
    assert {(old + "robots.txt", "200"), (old, "301"), (moved + "robots.txt", "200"), (moved + "start", "200")} \
        <= responses


def test_the_crawler_asks_only_for_content_encodings_scrapy_can_decode_here(run):
    from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
    from scrapy.http import Request, Response

    asked = {r["headers"].get("Accept-Encoding") for r in records(run) if r["type"] == "request"}
    assert len(asked) == 1
    page = html_page(FRONT_TITLE)
    for encoding in asked.pop().split(", "):
        sent = Response("http://127.0.0.1/", body=encoded(page, encoding), headers={"Content-Encoding": encoding})
        assert HttpCompressionMiddleware(crawler=get_crawler()).process_response(Request(sent.url), sent).body == page
