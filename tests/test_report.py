"""report.html as a publication, on the demo's run folder: downloads with sizes, the
method section, Swedish rule and region texts, evidence linked to the viewer, and the
trend section of --history (the same partial as trend.html)."""

import html
import json
import re
import shutil

import pytest
from markupsafe import escape

from servicekoll.pages import evidence_view_url
from tests.conftest import read_csv, run_cli, scored_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return scored_demo(tmp_path_factory, "report")


def copy_run(demo, tmp_path, name="run", year=None):
    target = tmp_path / name
    shutil.copytree(demo, target)
    if year:
        run = json.loads((target / "run.json").read_text(encoding="utf-8"))
        run["started"], run["finished"] = f"{year}-11-20T05:00:00Z", f"{year}-11-20T05:40:00Z"
        (target / "run.json").write_text(json.dumps(run), encoding="utf-8")
    return target


def code_of(run, kommun):
    return next(r["kommunkod"] for r in read_csv(run / "ranking.csv") if r["kommun"] == kommun)


def section(page, name):
    return re.search(rf'<section id="{name}">.*?</section>', page, re.DOTALL).group(0)


def test_downloads_link_every_published_file_with_its_size(demo, tmp_path):
    from servicekoll.report import DOWNLOADS, _size

    run = copy_run(demo, tmp_path)
    assert run_cli("score", run).returncode == 0
    downloads = section((run / "report.html").read_text(encoding="utf-8"), "downloads")
    links = re.findall(r'<a href="([^"]+)" download>', downloads)
    expected = [name for name, _ in DOWNLOADS if (run / name).is_file()]
    assert links == expected and {"ranking.csv", "aspects.csv", "evidence.jsonl", "pages.jsonl",
                                  "pages.warc.gz", "run.json"} <= set(links)
    for name in links:  # relative, beside the report, with the size the file has once published
        size = re.search(rf'data-file="{re.escape(name)}">([^<]+)<', downloads).group(1)
        assert size == _size((run / name).stat().st_size), name


def test_the_method_section_says_how_the_run_was_made(demo, tmp_path):
    run = copy_run(demo, tmp_path)
    code = code_of(run, "Bergvik")
    checks = tmp_path / "checks-2026.csv"
    checks.write_text("kommunkod,aspect,value,source,checked_on,checked_by,note\n"
                      f"{code},e,1,phone,2026-10-02,AB,Eva\n{code_of(run, 'Dalsby')},e,0,phone,2026-09-14,AB,\n",
                      encoding="utf-8")
    assert run_cli("score", run, "--overrides", checks).returncode == 0
    recorded = json.loads((run / "run.json").read_text(encoding="utf-8"))
    method = section((run / "report.html").read_text(encoding="utf-8"), "method")
    assert 'href="https://github.com/servicekoll/servicekoll/blob/main/docs/rubric.md"' in method
    assert f"version {recorded['versions']['rubric']}" in method
    window = f"{recorded['started'][:10]} {recorded['started'][11:16]} UTC – {recorded['finished'][:10]}"
    assert window in method
    settings = recorded["settings"]
    assert re.search(rf'id="method-pages">{recorded["pages"]}<', method)
    assert f"högst {settings['SERVICEKOLL_PAGE_BUDGET']} förfrågningar" in method
    assert f"högst {settings['SERVICEKOLL_DEPTH_LIMIT']} klick" in method
    assert f'id="method-delay">{settings["DOWNLOAD_DELAY"]} s' in method
    assert "checks-2026.csv" in method and "2 värden, kontrollerade 2026-09-14 – 2026-10-02" in method


def test_evidence_links_to_the_viewer_first_and_the_live_page_second(demo, tmp_path):
    run = copy_run(demo, tmp_path)
    assert run_cli("score", run).returncode == 0
    page = (run / "report.html").read_text(encoding="utf-8")
    lines = [json.loads(line) for line in (run / "evidence.jsonl").read_text(encoding="utf-8").splitlines()]
    with_evidence = [line for line in lines if line["page_url"]]
    assert with_evidence
    for line in with_evidence:
        for item, found in enumerate([line, *line["also"]]):
            view = escape(evidence_view_url(line["kommunkod"], line["aspect"], item))
            link = re.search(rf'<a class="view" href="{re.escape(view)}">[^<]*</a> · '
                             rf'<a class="live" href="([^"]*)"', page)
            assert link, view
            assert html.unescape(link.group(1)) == found["page_url"]
    assert f"servicekoll show {run.name}" in page


def test_rules_and_regions_are_shown_in_swedish_with_the_code_kept(demo, tmp_path):
    from servicekoll.report_texts import load_texts

    run = copy_run(demo, tmp_path)
    assert run_cli("score", run).returncode == 0
    page = (run / "report.html").read_text(encoding="utf-8")
    texts = load_texts()
    for line in (json.loads(text) for text in (run / "evidence.jsonl").read_text(encoding="utf-8").splitlines()):
        shown = str(escape(texts.rule(line["rule"])))  # as Jinja2 escapes it
        assert texts.knows_rule(line["rule"]) and shown in page
        assert f'data-rule="{escape(line["rule"])}"' in page  # the machine text stays, not shown
    visible = re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style)>.*?</\1>", "", page, flags=re.DOTALL))
    for english in ("needs", "detector said", "front page", "main_top", "nav_top", "unreachable"):
        assert english not in visible, english
    assert "sidhuvudet" in visible or "huvudmenyns översta nivå" in visible


def test_history_adds_the_trend_section_with_this_run_as_the_last_year(demo, tmp_path):
    old = copy_run(demo, tmp_path, "run-2024", year=2024)
    code = code_of(old, "Åborg")
    checks = tmp_path / "c.csv"
    checks.write_text(f"kommunkod,aspect,value,source,checked_on,checked_by,note\n{code},e,0,phone,2024-11-21,AB,\n",
                      encoding="utf-8")
    assert run_cli("score", old, "--overrides", checks).returncode == 0
    middle = copy_run(demo, tmp_path, "run-2025", year=2025)
    assert run_cli("score", middle).returncode == 0
    run = copy_run(demo, tmp_path, "run-2026", year=2026)
    assert run_cli("score", run, "--history", old, middle).returncode == 0
    page = (run / "report.html").read_text(encoding="utf-8")
    trend = section(page, "trend")
    assert re.findall(r'<tr data-year="(\d+)">', trend.split('id="trend-counts"')[0]) == ["2024", "2025", "2026"]
    # the same partial as trend.html: the section is identical to the trend verb's
    assert run_cli("trend", old, middle, run, "--out", tmp_path / "t").returncode == 0
    assert section((tmp_path / "t" / "trend.html").read_text(encoding="utf-8"), "trend") == trend
    assert re.search(rf'<tr data-code="{code}"><td>Åborg</td><td class="n">4</td><td class="n">5</td>', trend)


def test_a_bad_history_folder_is_refused_before_anything_is_published(demo, tmp_path):
    run = copy_run(demo, tmp_path)
    before = (run / "report.html").read_bytes()
    not_scored = tmp_path / "empty"
    not_scored.mkdir()
    result = run_cli("score", run, "--history", not_scored)
    assert result.returncode == 2 and "empty: is not a scored run folder" in result.stderr
    same_year = copy_run(demo, tmp_path, "same")
    result = run_cli("score", run, "--history", same_year)
    assert result.returncode == 2 and "field 'started'" in result.stderr and "same year" in result.stderr
    assert (run / "report.html").read_bytes() == before


def test_run_checks_its_history_before_any_request(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_cli("run", "--out", tmp_path / "new", "--history", empty)
    assert result.returncode == 2 and "empty: is not a scored run folder" in result.stderr
    assert not (tmp_path / "new").exists()


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_every_evidence_link_of_the_report_opens_in_the_viewer_offline(demo, tmp_path):
    import os
    import subprocess
    import sys
    import time
    import urllib.request

    from tests.conftest import ROOT

    run = copy_run(demo, tmp_path)
    assert run_cli("score", run).returncode == 0
    links = sorted(set(re.findall(r'<a class="view" href="([^"]+)"', (run / "report.html").read_text(encoding="utf-8"))))
    assert len(links) >= 20
    port = _free_port()
    viewer = subprocess.Popen([sys.executable, "-m", "servicekoll", "show", str(run), "--port", str(port)], cwd=ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "the viewer did not start"
                time.sleep(0.2)
        for link in links:
            address = html.unescape(link).replace(":8765/", f":{port}/", 1)
            with urllib.request.urlopen(address, timeout=5) as response:
                assert response.status == 200, address
    finally:
        viewer.terminate()
        viewer.wait(timeout=10)
