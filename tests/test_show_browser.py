"""`servicekoll show` in a real browser (Debian's Chromium driven by Playwright): a hostile
archived page runs no script and reaches no address beyond the viewer, and the deciding
element is marked. Like the report's browser test: CI fails without chromium, a developer
machine skips, saying why."""

import json
import threading

import lxml.html
import pytest
from servicekoll.core.runfolder import EVIDENCE

from servicekoll.pages import evidence_view_path
from servicekoll.show import MARK_ID, load_run, replay, start_server
from tests import shells
from tests.conftest import FAST, HTML, run_cli, serve_app, write_register
from tests.test_report_browser import CHROMIUM, _browser_available

OUTSIDE = "http://outside.example"
# Past the first 4096 characters, where the crawler looks for a meta refresh (Scrapy's
# MetaRefreshMiddleware), so the crawl keeps the page and only the browser would obey it.
FILLER = "<p>" + "Skriptby kommun informerar om sina verksamheter. " * 100 + "</p>"


def hostile_front(base: str) -> bytes:
    nav = "".join(f'<li><a href="{base}/{slug}">{slug.title()}</a></li>'
                  for slug in ("omsorg", "skola", "bygga", "trafik", "kultur", "politik"))
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Skriptby kommun</title>
<base href="{OUTSIDE}/"><link rel="stylesheet" href="{OUTSIDE}/style.css">
<script>window.pwned = 1; document.title = "pwned"; try {{ parent.document.title = "pwned"; }} catch (e) {{}}</script>
<style>@import url({OUTSIDE}/import.css); body {{ background: url({OUTSIDE}/bg.png) }}</style></head>
<body onload="document.body.setAttribute('data-pwned', 'onload')">
<header><nav aria-label="Huvudmeny"><ul>{nav}
<li><a href="{base}/kontaktcenter" onmouseover="document.title='pwned'">Kontaktcenter</a></li></ul></nav></header>
<main><h1>Välkommen till Skriptby</h1>
<img src="{OUTSIDE}/pixel.png" onerror="document.body.setAttribute('data-pwned', 'onerror')" alt="bild">
<img src="x" onerror="document.body.setAttribute('data-pwned', 'onerror2')" alt="trasig">
<iframe src="{OUTSIDE}/frame"></iframe><object data="{OUTSIDE}/object"></object>
<video poster="{OUTSIDE}/poster.png"><source src="{OUTSIDE}/movie.mp4"></video>
<svg width="10" height="10"><image href="{OUTSIDE}/image.svg" width="10" height="10"/></svg>
<div style="background-image: url({OUTSIDE}/div.png)">Bakgrund</div>
<form action="{OUTSIDE}/post" method="post"><input name="q" value="x"><button>Skicka</button></form>
<noscript><img src="{OUTSIDE}/noscript.png"></noscript>
{FILLER}
<meta http-equiv="refresh" content="0; url={OUTSIDE}/refreshed">
</main></body></html>""".encode()


SERVICE_PAGE = ("<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>Kontaktcenter</title></head>"
                "<body><main><h1>Kontaktcenter</h1><p>Vi hjälper dig med frågor om kommunens tjänster.</p>"
                "</main></body></html>").encode()


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("show-browser")
    base = {}

    def respond(path: str):
        if path == "/":
            return 200, HTML, hostile_front(base["url"])
        if path.startswith("/kontaktcenter"):
            return 200, HTML, SERVICE_PAGE
        return 404, HTML, b"<!DOCTYPE html><title>404</title><p>Finns inte</p>"

    server, url = serve_app(respond)
    base["url"] = url.rstrip("/")
    try:
        register = write_register(tmp / "register.csv", [("9801", "Skriptby", url)])
        result = run_cli("run", "--municipalities", register, "--out", tmp / "run", *FAST)
        assert result.returncode == 0, result.stderr[-3000:]
    finally:
        server.shutdown()
        server.server_close()
    return tmp / "run", base["url"]


@pytest.fixture(scope="module")
def viewer(hostile_run):
    server, _ = start_server(hostile_run[0], port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def front_page_item(out, site: str) -> tuple[str, dict]:
    """The first evidence line standing on the hostile front page, with an element."""
    for text in (out / EVIDENCE).read_text(encoding="utf-8").splitlines():
        line = json.loads(text)
        if line["page_url"].rstrip("/") == site and line["element_xpath"]:
            return evidence_view_path(line["kommunkod"], line["aspect"], 0), line
    raise AssertionError("no evidence on the hostile front page")


def test_a_hostile_archived_page_runs_nothing_fetches_nothing_and_shows_the_element(hostile_run, viewer):
    _browser_available()
    from playwright.sync_api import sync_playwright

    path, line = front_page_item(*hostile_run)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"])
        try:
            page = browser.new_page()
            requests = []
            page.on("request", lambda request: requests.append(request.url))
            page.goto(viewer + path)
            frame_element = page.wait_for_selector("iframe#archived")
            assert frame_element.get_attribute("sandbox") == ""
            frame = frame_element.content_frame()
            frame.wait_for_load_state("load")
            page.wait_for_timeout(1500)  # a refresh of 0 s, an onerror, an onload: time to happen
            frame = page.frame_locator("iframe#archived")
            marked = frame.locator(f"#{MARK_ID}")
            assert marked.count() == 1
            assert line["element_text"] in marked.inner_text()
            outline = marked.evaluate("e => [getComputedStyle(e).outlineStyle, getComputedStyle(e).outlineWidth]")
            assert outline == ["solid", "4px"]
            # no script ran, in the frame or in the viewer
            assert page.title() != "pwned" and line["rule"] in page.inner_text("#rule")
            assert frame.locator("title").inner_text() == "Skriptby kommun"
            assert frame.locator("body").get_attribute("data-pwned") is None
            assert page.evaluate("typeof window.pwned") == "undefined"
            # the frame stayed on the archived copy, and nothing left the viewer's origin
            assert page.frames[1].url.startswith(f"{viewer}/archive/")
            assert requests and all(url.startswith(viewer + "/") for url in requests), requests
            assert any(url.startswith(f"{viewer}/archive/") for url in requests)
        finally:
            browser.close()


def test_a_script_built_page_is_replayed_as_rendered_with_its_element(tmp_path):
    # The crawl renders the shell in Chromium; the viewer, offline, replays the rendered DOM
    # the scoring read (the conversion record), where the element exists: not the response.
    _browser_available()
    site = shells.Site({"/": (shells.HTML, shells.shell_front()),
                        "/kontaktcenter/": (shells.HTML, shells.unit_page())})
    server, url = shells.serve(site)
    try:
        register = write_register(tmp_path / "register.csv", [("8001", "Skriptby", url)])
        result = run_cli("run", "--municipalities", register, "--out", tmp_path / "run", *FAST, timeout=180)
        assert result.returncode == 0, result.stderr[-3000:]
    finally:
        site.released.set()
        server.shutdown()
        server.server_close()
    run = load_run(tmp_path / "run")
    item = run.evidence[("8001", "c")]
    assert item["rendered"] is True and item["element_xpath"]
    shown = replay(run, "8001", item)
    assert shown.located_by == "xpath"
    assert "Kontaktcenter" in lxml.html.document_fromstring(shown.html).get_element_by_id(MARK_ID).text_content()
    static = lxml.html.document_fromstring(shells.shell_front())
    assert not static.xpath(item["element_xpath"])  # only the rendered page has it
