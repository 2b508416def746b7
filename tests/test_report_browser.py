"""report.html opened in a real browser: Debian's Chromium driven by Playwright.

In CI (.ci/run installs chromium when absent) a missing browser is a failure;
on a developer machine without /usr/bin/chromium the test says so and skips.
"""

import os
import shutil
from pathlib import Path

import pytest
from servicekoll.core import DATA_DIR

from servicekoll.demo.sitegen import load_specs, write_sites
from servicekoll.demo.siteserver import serve_sites
from tests.conftest import FAST, read_csv, run_cli, write_register

CHROMIUM = "/usr/bin/chromium"
HOSTILE = {
    "id": "hostile", "kommun": "Skriptby", "cms": "optimizely",
    "header_links": [["&lt;script&gt;window.pwned=1&lt;/script&gt;Kontaktcenter", "/kontaktcenter"]],
    "pages": {"/kontaktcenter": {"h1": "Kontaktcenter", "body": "<p>=HYPERLINK(\"http://x\") Välkommen</p>"}},
}


def _browser_available() -> bool:
    if Path(CHROMIUM).exists():
        return True
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium")
    pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium); CI installs it")


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    specs = [*load_specs(DATA_DIR / "sample" / "sites.toml"), HOSTILE]
    write_sites(specs, tmp / "sites")
    with serve_sites(tmp / "sites") as urls:
        register = write_register(tmp / "register.csv",
                                  [(f"B{n:02d}", s["kommun"], urls[s["id"]]) for n, s in enumerate(specs)])
        result = run_cli("run", "--municipalities", register, "--out", tmp / "run", *FAST)
        assert result.returncode == 0, result.stderr
    return tmp / "run"


def test_report_in_chromium(report, tmp_path):
    _browser_available()
    from playwright.sync_api import sync_playwright

    rows = read_csv(report / "ranking.csv")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"])
        page = browser.new_page()
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto((report / "report.html").resolve().as_uri())
        # every municipality has a row
        assert page.locator("#ranking tbody tr.row").count() == len(rows)
        # the chart is drawn and visible
        chart = page.locator("#distribution-chart")
        assert chart.is_visible() and chart.bounding_box()["height"] > 100
        assert page.locator("#distribution-chart rect").count() == 7
        # sorting by score: ascending, then descending
        header = page.locator("#ranking thead th", has_text="Poäng")
        header.click()
        ascending = [int(v) if v else -1 for v in page.locator("#ranking tbody tr.row td:nth-child(4)").evaluate_all(
            "cells => cells.map(c => c.dataset.v)")]
        assert ascending == sorted(ascending) and ascending[0] != ascending[-1]
        header.click()
        descending = [int(v) if v else -1 for v in page.locator("#ranking tbody tr.row td:nth-child(4)").evaluate_all(
            "cells => cells.map(c => c.dataset.v)")]
        assert descending == sorted(descending, reverse=True)
        # filter by name
        page.fill("#filter-name", "skript")
        assert page.locator("#ranking tbody tr.row:visible").count() == 1
        page.fill("#filter-name", "")
        # page text with <script> is shown as text and never runs
        page.locator("tr.evidence", has_text="Skriptby").locator("summary").click()
        assert page.evaluate("typeof window.pwned") == "undefined"
        assert page.locator("text=<script>window.pwned=1</script>Kontaktcenter").first.is_visible()
        # every download link resolves to a file beside the report; every evidence item's first
        # link is the viewer's address, its second the live page
        hrefs = page.locator("#downloads a[download]").evaluate_all("links => links.map(a => a.href)")
        assert "file://" + str((report / "ranking.csv").resolve()) in hrefs
        assert all(Path(href.removeprefix("file://")).is_file() for href in hrefs)
        assert page.locator("#method").is_visible() and page.locator("#downloads").is_visible()
        page.locator("tr.evidence", has_text="Åborg").locator("summary").click()
        view = page.locator("tr.evidence", has_text="Åborg").locator("a.view").first
        assert view.is_visible() and view.get_attribute("href").startswith("http://127.0.0.1:")
        shot = tmp_path / "report.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
        # nothing was fetched beyond the file itself: no CDN, no fonts
        assert all(url.startswith("file://") for url in requests)
        browser.close()
    shutil.copy(shot, report / "report.png")


def test_trend_page_in_chromium(tmp_path):
    _browser_available()
    from playwright.sync_api import sync_playwright

    from tests.test_trend import YEARS, write_run

    runs = [write_run(tmp_path / f"run-{year}", year, rows) for year, rows in YEARS.items()]
    assert run_cli("trend", *runs, "--out", tmp_path / "trend").returncode == 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto((tmp_path / "trend" / "trend.html").resolve().as_uri())
        chart = page.locator("#trend-distribution")
        assert chart.is_visible() and chart.bounding_box()["height"] >= 100
        assert page.locator("#trend-distribution g").count() == 3
        widths = page.locator("#trend-distribution g[data-year='2026'] rect").evaluate_all(
            "rects => rects.map(r => r.getBBox().width)")
        assert round(sum(widths)) == 600  # the year's municipalities fill the bar
        assert page.locator("#trend-movers tbody tr").count() == 2
        assert all(url.startswith("file://") for url in requests)
        browser.close()
