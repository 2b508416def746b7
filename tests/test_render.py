"""Script-built pages (issue 13): detected from their static HTML, rendered in headless
Chromium (scrapy-playwright, Debian's /usr/bin/chromium), archived beside the response,
scored as rendered, re-scored offline without a browser; `needs_browser` without one.

Every site is served on loopback by this process (tests/shells.py); the "third party" is
a second server on 127.0.0.2.
"""

import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from servicekoll.core.shell import MAX_LINKS_BESIDE_EMPTY_MENU, judge_html
from warcio.archiveiterator import ArchiveIterator

from tests import shells
from tests.conftest import FAST, ROOT, read_csv, run_cli, write_register
from tests.shells import HTML, JS, Site, serve
from tests.test_report_browser import _browser_available

# Debian's chromium: in CI (.ci/run installs it) a missing browser fails these tests; on a
# developer machine without it they say so and skip, as the report's browser test does.
needs_chromium = pytest.mark.usefixtures("chromium")


@pytest.fixture(scope="module")
def chromium():
    _browser_available()


@pytest.fixture(scope="module")
def servers():
    started = []

    def start(site: Site, host: str = "127.0.0.1") -> str:
        server, url = serve(site, host)
        started.append((server, site))
        return url

    yield start
    for server, site in started:
        site.released.set()
        server.shutdown()
        server.server_close()


def shell_site(front: bytes, **extra) -> Site:
    return Site({"/": (HTML, front), "/kontaktcenter/": (HTML, shells.unit_page()), **extra})


def normal_site() -> Site:
    return Site({"/": (HTML, shells.normal_front()), "/kontaktcenter/": (HTML, shells.unit_page("Vanligby")),
                 "/cookie.js": (JS, b"window.cookieConsent = true;")})


def crawl(tmp: Path, rows: list[tuple[str, str, str]], *settings: str, verb: str = "run") -> Path:
    register = write_register(tmp / "register.csv", rows)
    out = tmp / "run"
    result = run_cli(verb, "--municipalities", register, "--out", out, *FAST, *settings, timeout=180)
    assert result.returncode == 0, result.stderr
    return out


def by_code(path: Path) -> dict[str, dict]:
    return {row["kommunkod"]: row for row in read_csv(path)}


def index_lines(out: Path, code: str) -> list[dict]:
    lines = [json.loads(line) for line in (out / "pages.jsonl").read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line["kommunkod"] == code]


def record_at(out: Path, offset: int):
    with open(out / "pages.warc.gz", "rb") as handle:
        handle.seek(offset)
        record = next(iter(ArchiveIterator(handle)))
        return record.rec_type, dict(record.rec_headers.headers), record.content_stream().read()


def evidence(out: Path, code: str, aspect: str) -> dict:
    for line in (out / "evidence.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["kommunkod"] == code and item["aspect"] == aspect:
            return item
    raise AssertionError(f"no evidence for {code} {aspect}")


# -- detection: one rule, no false alarm ------------------------------------------------------


def test_the_test_shells_are_script_built_and_the_near_misses_are_not():
    for name, body in shells.SHELLS.items():
        assert judge_html(body).script_built, name
    for name, body in shells.NEAR_MISSES.items():
        verdict = judge_html(body)
        assert not verdict.script_built, f"{name}: {verdict.reason}"


def test_a_menu_in_a_declarative_shadow_root_is_the_page_s_own():
    # a web component's menu rendered by the server: the browser shows it without scripts
    menu = "".join(f"<a href='/s{i}'>Sida {i}</a>" for i in range(3))
    page = f"<html><body><x-nav><template shadowrootmode='open'><nav>{menu}</nav></template></x-nav>" \
           "<script src='/app.js'></script></body></html>"
    assert not judge_html(page).script_built
    # a plain <template> is what a script will stamp out: the page is still a shell
    assert judge_html(page.replace(" shadowrootmode='open'", "")).script_built


def test_an_empty_menu_counts_only_beside_few_links():
    menu = "".join(f"<a href='/s{i}'>Sida {i}</a>" for i in range(MAX_LINKS_BESIDE_EMPTY_MENU))
    page = f"<html><body><nav></nav>{menu}<script src='/app.js'></script></body></html>"
    assert judge_html(page).script_built
    # one more link of its own and the page is an ordinary one with an empty mobile menu
    assert not judge_html(page.replace("<nav>", "<nav></nav><a href='/x'>X</a><nav>", 1)).script_built
    # and a menu with a link of its own is no empty menu
    assert not judge_html(page.replace("<nav></nav>", "<nav><a href='/m'>Meny</a></nav>")).script_built


def test_no_false_alarm_on_the_demo_the_corpus_and_the_metamorphic_families():
    from servicekoll.core import DATA_DIR

    from bench.shells import metamorphic_pages, spec_pages

    corpora = {"demo": spec_pages(DATA_DIR / "sample" / "sites.toml"),
               "corpus": spec_pages(ROOT / "tests" / "corpus" / "sites.toml"), "metamorphic": metamorphic_pages()}
    for name, pages in corpora.items():
        flagged = [where for where, body in pages if judge_html(body).script_built]
        assert flagged == [], f"{name}: {flagged}"


@pytest.mark.skipif(not Path("/work/shared/farm3/sites").is_dir(), reason="farm3 is not on this machine")
def test_farm3_has_one_shell_9217():
    from bench.shells import farm3_pages, survey

    result = survey("farm3", farm3_pages(Path("/work/shared/farm3")))
    assert [line.split(":")[0] for line in result["which"]] == ["9217/index.html"]
    # 9239's "Just a moment..." challenge has no links and a script too: the spider calls it a
    # bot wall (blocked) and never renders a challenge.
    assert result["bot_walls"] == ["9239/_wall.html"]


# -- rendering ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def rendered(chromium, servers, tmp_path_factory):
    """One crawl: a shell built from inline JSON, a shell whose menu /app.js fills, a shell
    that reaches for a third party, and an ordinary site."""
    third = Site({"/tracker.js": (JS, shells.TRACKER_JS), "/beacon": (HTML, b"ok")})
    third_url = servers(third, "127.0.0.2")
    sites = {
        "8001": ("Skriptby", shell_site(shells.shell_front())),
        "8002": ("Menyby", shell_site(shells.empty_menu_front(), **{"/app.js": (JS, shells.APP_JS)})),
        "8003": ("Spårby", shell_site(shells.third_party_front(third_url), **{
            "/menu.json": ("application/json", shells.MENU_JSON),
            "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /private/\n")})),
        "8004": ("Vanligby", normal_site()),
    }
    rows = [(code, name, servers(site)) for code, (name, site) in sites.items()]
    started = time.monotonic()
    out = crawl(tmp_path_factory.mktemp("rendered"), rows)
    return {"out": out, "sites": {code: site for code, (_, site) in sites.items()}, "third": third,
            "seconds": time.monotonic() - started}


@needs_chromium
def test_a_script_built_front_page_scores_as_the_browser_shows_it(rendered):
    out = rendered["out"]
    row = by_code(out / "ranking.csv")["8001"]
    assert (row["status"], row["score"]) == ("ok", "5")
    assert [row[c] for c in ("a_entry", "b_front_page", "c_easy_to_find", "d_help_described",
                             "e_responsible")] == ["1"] * 5
    c = evidence(out, "8001", "c")
    assert (c["element_text"], c["region"], c["depth"], c["rendered"]) == ("Kontaktcenter", "header", 0, True)
    # d and e come from the unit page, which is server-rendered: not from a rendered page
    assert evidence(out, "8001", "d")["rendered"] is False


@needs_chromium
def test_the_archive_keeps_the_response_and_the_rendered_dom_referring_to_it(rendered):
    out = rendered["out"]
    front, *rest = index_lines(out, "8001")
    assert front["depth"] == 0 and front["rendered"] is True
    assert front["render_note"].startswith("script-built: no links of its own")
    rec_type, headers, body = record_at(out, front["warc_offset"])
    assert rec_type == "response" and b'id="app-data"' in body and b"<a href" not in body  # as sent
    rec_type, headers, body = record_at(out, front["rendered_warc_offset"])
    assert rec_type == "conversion"
    assert headers["WARC-Refers-To"] == front["warc_record_id"]
    assert headers["WARC-Record-ID"] == front["rendered_warc_record_id"]
    assert headers["WARC-Target-URI"] == front["final_url"]
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert b'<a href="/kontaktcenter/" class="header-link">Kontaktcenter</a>' in body
    # links found on the rendered page were crawled as usual, and are not rendered themselves
    crawled = {line["url"].split("/", 3)[3]: line for line in rest}
    assert {"kontaktcenter/", "bygga-och-bo/", "om-webbplatsen/"} <= set(crawled)
    assert crawled["kontaktcenter/"]["referer"] == front["final_url"]
    assert not any(line["rendered"] for line in rest)


@needs_chromium
def test_an_empty_menu_filled_by_a_script_is_rendered_too(rendered):
    out = rendered["out"]
    front = index_lines(out, "8002")[0]
    assert front["rendered"] and "its menus are empty" in front["render_note"]
    assert by_code(out / "ranking.csv")["8002"]["c_easy_to_find"] == "1"
    assert evidence(out, "8002", "c")["region"] in ("nav_top", "header")


@needs_chromium
def test_the_render_goes_through_the_crawlers_own_request_handling(rendered):
    site = rendered["sites"]["8001"]
    # the static fetch and the browser's navigation: both named servicekoll, both asking in Swedish
    fronts = [(agent, language) for (path, agent), language in zip(site.requests, site.languages, strict=True)
              if path == "/"]
    assert len(fronts) == 2
    assert all(agent.startswith("servicekoll/") and language == "sv" for agent, language in fronts)
    # images build no menu: the browser does not fetch them
    assert "/logo.svg" not in site.paths()


@needs_chromium
def test_an_ordinary_site_is_never_rendered(rendered):
    out = rendered["out"]
    lines = index_lines(out, "8004")
    assert lines and not any(line["rendered"] or line["render_note"] for line in lines)
    assert rendered["sites"]["8004"].paths().count("/") == 1  # no browser came for it
    assert "/cookie.js" not in rendered["sites"]["8004"].paths()  # nor ran its scripts
    assert by_code(out / "ranking.csv")["8004"]["score"] == "5"
    assert evidence(out, "8004", "c")["rendered"] is False


@needs_chromium
def test_a_shell_reaching_for_a_third_party_does_not_reach_it(rendered):
    assert rendered["third"].requests == []  # no script, pixel, frame, stylesheet or beacon
    site = rendered["sites"]["8003"]
    assert "/menu.json" in site.paths()  # its own site's scripts ran (the control)
    assert "/private/secret.json" not in site.paths()  # robots.txt holds inside the browser too
    out = rendered["out"]
    front = index_lines(out, "8003")[0]
    _, _, body = record_at(out, front["rendered_warc_offset"])
    assert "Felanmälan".encode() in body  # the menu the page fetched from its own site
    assert b"Tredje part" not in body  # what the third party's script would have added


@needs_chromium
def test_offline_rescore_is_byte_identical_and_needs_no_browser(rendered, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(rendered["out"], copy)
    # playwright cannot even be imported: scoring reads the rendered record from the archive
    code = ("import sys; sys.modules['playwright'] = None; sys.modules['scrapy_playwright'] = None; "
            "from servicekoll.cli import main; sys.exit(main(sys.argv[1:]))")
    result = subprocess.run([sys.executable, "-c", code, "score", str(copy)], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    for name in ("ranking.csv", "aspects.csv", "evidence.jsonl"):
        assert (copy / name).read_bytes() == (rendered["out"] / name).read_bytes(), name


@needs_chromium
def test_a_rendered_record_that_does_not_match_its_index_stops_the_score(rendered, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(rendered["out"], copy)
    index = copy / "pages.jsonl"
    lines = index.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if json.loads(line)["rendered"])
    record = json.loads(lines[number])
    record["rendered_warc_offset"] = record["warc_offset"]  # the response, not its rendering
    lines[number] = json.dumps(record, ensure_ascii=False)
    index.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (copy / "ranking.csv").unlink()
    result = run_cli("score", copy)
    assert result.returncode == 2
    assert f"pages.jsonl:{number + 1}: field 'rendered_warc_offset'" in result.stderr
    assert "'response' record, not a conversion" in result.stderr
    assert not (copy / "ranking.csv").exists()


# -- without a browser -----------------------------------------------------------------------------


@pytest.mark.parametrize("setting, reason", [
    ("SERVICEKOLL_RENDER=off", "rendering is off (SERVICEKOLL_RENDER=off)"),
    ("SERVICEKOLL_BROWSER=/nonexistent/chromium", "no browser to render it (SERVICEKOLL_BROWSER /nonexistent/chromium is not installed)"),
])
def test_without_a_browser_a_script_built_front_page_needs_browser(servers, tmp_path, setting, reason):
    shell, normal = shell_site(shells.shell_front()), normal_site()
    out = crawl(tmp_path, [("8001", "Skriptby", servers(shell)), ("8004", "Vanligby", servers(normal))],
                "-s", setting)
    rows = by_code(out / "ranking.csv")
    row = rows["8001"]
    assert row["status"] == "needs_browser"
    assert row["status_reason"].startswith("script-built front page: no links of its own")
    assert row["status_reason"].endswith(reason)
    assert [row[c] for c in ("rank", "score", "a_entry", "c_easy_to_find", "e_responsible")] == [""] * 5
    assert rows["8004"]["status"] == "ok" and rows["8004"]["rank"] == "1"  # the others are judged as ever
    assert by_code(out / "outcomes.csv")["8001"]["status"] == "needs_browser"
    assert shell.paths().count("/") == 1  # fetched once, not rendered
    assert not any(line["rendered"] for line in index_lines(out, "8001"))
    assert json.loads((out / "run.json").read_text())["counts_by_status"] == {"needs_browser": 1, "ok": 1}
    # the report lists it with those that could not be judged, saying why
    report = (out / "report.html").read_text(encoding="utf-8")
    row_html = next(r for r in re.findall(r"<tr[^>]*notjudged.*?</tr>", report, re.S) if "Skriptby" in r)
    # in Swedish on the page (ranking.csv above keeps the machine-readable reason)
    assert "kräver webbläsare" in row_html and "startsidan byggs av skript" in row_html
    assert "En kommun kunde inte bedömas" in report


def test_a_bad_render_setting_is_refused_before_anything_is_written(servers, tmp_path):
    register = write_register(tmp_path / "register.csv", [("8004", "Vanligby", servers(normal_site()))])
    result = run_cli("crawl", "--municipalities", register, "--out", tmp_path / "run", "-s", "SERVICEKOLL_RENDER=maybe")
    assert result.returncode == 2
    assert "field 'SERVICEKOLL_RENDER'" in result.stderr and "give auto" in result.stderr
    assert not (tmp_path / "run").exists()


# -- a render that hangs -------------------------------------------------------------------------------


@needs_chromium
def test_a_render_that_hangs_times_out_and_the_crawl_goes_on(servers, tmp_path):
    waiting = shell_site(shells.shell_front(extra_head='<script src="/never.js"></script>'))
    waiting.hang.add("/never.js")  # the server never answers: the load event never comes
    looping = shell_site(shells.shell_front(extra_script="while (true) {}"))  # the page's script never ends
    rows = [("8005", "Väntby", servers(waiting)), ("8006", "Loopby", servers(looping)),
            ("8004", "Vanligby", servers(normal_site()))]
    started = time.monotonic()
    out = crawl(tmp_path, rows, "-s", "SERVICEKOLL_RENDER_TIMEOUT=3")
    elapsed = time.monotonic() - started
    ranking = by_code(out / "ranking.csv")
    for code in ("8005", "8006"):
        assert ranking[code]["status"] == "needs_browser"
        assert ranking[code]["status_reason"] == "script-built front page; rendering it failed: timed out after 3 s"
        front = index_lines(out, code)[0]  # the response is archived as sent
        assert front["rendered"] is False and front["render_note"].endswith("rendering failed: timed out after 3 s")
    assert waiting.paths().count("/never.js") == 1
    assert ranking["8004"]["status"] == "ok" and ranking["8004"]["score"] == "5"
    assert elapsed < 60
