"""`servicekoll show`: the evidence locator (element_xpath) and the offline viewer."""

import html as html_lib
import json
import os
import re
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

import lxml.html
import pytest
from servicekoll.core.runfolder import EVIDENCE, INDEX, REPORT, iter_pages, open_archive, read_index
from servicekoll.scoring.page import parse_tree
from servicekoll.scoring.run import score_run

from servicekoll.pages import VIEWER_HOST, VIEWER_PORT, evidence_view_path
from servicekoll.show import MARK_ID
from tests.conftest import ROOT, run_cli

ELEMENT_KINDS = ("link", "heading", "text", "label", "row", "target")


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("show") / "demo"
    result = run_cli("demo", "--out", out)
    return out, result


@pytest.fixture(scope="module")
def demo(demo_run) -> Path:
    """The demo's published run folder (evidence.jsonl written)."""
    out, result = demo_run
    assert result.returncode == 0, result.stderr[-3000:]
    return out


def evidence_items(lines: list[dict]) -> list[tuple[dict, dict]]:
    """(evidence line, item) for every item: the line's own, then its `also` entries."""
    items = []
    for record in lines:
        if record["page_url"]:
            items.append((record, record))
        items += [(record, also) for also in record["also"]]
    return items


def what_it_reads(element) -> str:
    """An element's text as a visitor meets it: its text, and the alt, aria-label and title
    texts it or what it holds carries."""
    parts = [" ".join(element.itertext())]
    for node in element.iter():
        if isinstance(node.tag, str):
            parts += [node.get(a) for a in ("alt", "aria-label", "title") if node.get(a)]
    return " ".join(" ".join(parts).split())


def archived_tree(out: Path, kommunkod: str, page_url: str, html_elements: bool = False):
    index = read_index(out)[kommunkod]
    meta = next(m for m in index if m["final_url"] == page_url)
    with open_archive(out) as warc:
        archived = next(iter_pages([meta], warc))
    return parse_tree(archived.body, archived.content_type, html_elements=html_elements)


def read_evidence(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / EVIDENCE).read_text(encoding="utf-8").splitlines()]


def test_every_element_evidence_of_the_demo_locates_its_element_in_the_archived_page(demo_run):
    # Scored in-process from the crawled archive: this is scoring's promise, whatever
    # the publication does with it.
    demo = demo_run[0]
    assert (demo / INDEX).exists(), demo_run[1].stderr[-3000:]
    items = evidence_items(score_run(demo, {}).evidence_lines)
    located = [(line, item) for line, item in items if item["kind"] in ELEMENT_KINDS]
    assert len(located) >= 10, "the demo should give evidence of several element kinds"
    for line, item in located:
        tree = archived_tree(demo, line["kommunkod"], item["page_url"])
        assert item["element_xpath"].startswith("/html/"), item
        found = tree.xpath(item["element_xpath"])
        assert len(found) == 1, item
        # Case aside: a role is reported as the lexicon spells it ("enhetschef för ...").
        assert " ".join(item["element_text"].split()).casefold() in what_it_reads(found[0]).casefold(), item
        # the viewer parses with lxml.html's elements: the same path is the same element there
        shown = archived_tree(demo, line["kommunkod"], item["page_url"], html_elements=True).xpath(
            item["element_xpath"])
        assert [(e.tag, what_it_reads(e)) for e in shown] == [(found[0].tag, what_it_reads(found[0]))], item
    for _, item in items:
        if item["kind"] in ("title", "page"):
            assert item["element_xpath"] == "", item


# The viewer, served in-process on a free port.


@pytest.fixture(scope="module")
def viewer(demo):
    from servicekoll.show import start_server

    server, _ = start_server(demo, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def fetch(url: str, host: str | None = None) -> tuple[int, dict, str]:
    request = urllib.request.Request(url, headers={"Host": host} if host else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode("utf-8")


def marked(html: str):
    tree = lxml.html.document_fromstring(html)
    found = tree.xpath(f"//*[@id='{MARK_ID}']")
    return found[0] if len(found) == 1 else None


def test_every_evidence_item_of_the_demo_opens_its_archived_element(demo, viewer):
    status, headers, index = fetch(viewer + "/")
    assert status == 200 and "script-src" not in headers["Content-Security-Policy"]
    lines = read_evidence(demo)
    for code in {line["kommunkod"] for line in lines}:
        assert f'href="/{code}"' in index
    opened = 0
    for line in lines:
        status, _, overview = fetch(f"{viewer}/{line['kommunkod']}")
        assert status == 200 and line["rule"] in html_lib.unescape(overview)
        items = ([line] if line["page_url"] else []) + line["also"]
        for number, item in enumerate(items):
            path = evidence_view_path(line["kommunkod"], line["aspect"], number)
            assert f'href="{path}"' in overview
            status, _, view = fetch(viewer + path)
            assert status == 200, path
            assert f'src="/archive{path}#{MARK_ID}"' in view and "<iframe" in view and " sandbox " in view
            status, headers, archived = fetch(f"{viewer}/archive{path}")
            csp = headers["Content-Security-Policy"]
            assert status == 200 and csp.startswith("sandbox;") and "default-src 'none'" in csp, path
            element = marked(archived)
            if item["kind"] in ELEMENT_KINDS:
                assert "marked by its path" in view, path
                assert element is not None and "outline" in element.get("style"), path
                assert _normal(item["element_text"]) in _normal(what_it_reads(element)), path
                opened += 1
            else:
                assert element is None, path
    assert opened >= 10


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


@pytest.mark.parametrize("path", ["/0000", "/9901/x/0", "/9901/a/99", "/9901/a/-1", "/archive/9901/a/99",
                                  "/archive/0000/a/0", "/9901/a", "/9901/a/0/extra"])
def test_unknown_municipality_aspect_or_item_is_a_404_page(viewer, path):
    status, headers, body = fetch(viewer + path)
    assert status == 404 and "Not found" in body and headers["Content-Type"].startswith("text/html")


def test_another_host_name_for_loopback_gets_nothing(viewer):
    status, _, body = fetch(viewer + "/", host="evil.example:80")
    assert status == 421 and "Municipalities" not in body


def test_a_broken_path_falls_back_to_the_text_and_says_so(demo):
    from servicekoll.show import load_run, replay

    run = load_run(demo)
    line = next(line for line in read_evidence(demo) if line["kind"] == "heading")
    item = {**line, "element_xpath": "/html/body/div[99]"}
    shown = replay(run, line["kommunkod"], item)
    assert shown.located_by == "text"
    assert _normal(line["element_text"]) in _normal(marked(shown.html).text_content())
    exact = replay(run, line["kommunkod"], line)
    assert exact.located_by == "xpath" and marked(exact.html).tag.startswith("h")


HOSTILE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title>
<base href="http://outside.example/"><link rel="stylesheet" href="http://outside.example/s.css">
<meta http-equiv="refresh" content="0; url=http://outside.example/">
<script>document.title = "pwned"</script><style>@import url(http://outside.example/i.css);
body { background: url("http://outside.example/bg.png") }</style></head>
<body onload="alert(1)"><h1 onclick="x()">Kontaktcenter</h1>
<img src="http://outside.example/p.png" srcset="http://outside.example/p2.png 2x" onerror="alert(2)">
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="kept">
<iframe src="http://outside.example/frame"></iframe><object data="http://outside.example/o"></object>
<form action="http://outside.example/post" method="post"><button formaction="http://outside.example/b">Go</button></form>
<a href="javascript:alert(3)">js</a><a href="http://outside.example/away" target="_top" ping="http://outside.example/p">away</a>
<svg><image href="http://outside.example/i.svg"/><a xlink:href="http://outside.example/x">x</a></svg>
<div style="background-image: url(http://outside.example/d.png)">styled</div>
<video poster="http://outside.example/v.png"><source src="http://outside.example/v.mp4"></video>
<noscript><img src="http://outside.example/n.png"></noscript>
</body></html>"""


def test_neutralise_leaves_nothing_that_runs_fetches_or_navigates():
    from servicekoll.show import neutralise

    tree = parse_tree(HOSTILE.encode(), html_elements=True)  # the viewer's tree
    neutralise(tree)
    html = lxml.html.tostring(tree, encoding="unicode")
    assert "outside.example" not in html.replace('data-href="http://outside.example/away"', "")
    for gone in ("<script", "<iframe", "<object", "<base", "<link", "http-equiv", "onload", "onclick", "onerror",
                 "javascript:", "@import", "<noscript", "formaction", "target=", "ping="):
        assert gone not in html, gone
    assert 'src="data:image/gif;base64' in html and "Kontaktcenter" in html and "styled" in html


def test_show_refuses_a_folder_that_is_not_scored_and_an_unknown_municipality(demo, tmp_path):
    result = run_cli("show", tmp_path, "--port", "0")
    assert result.returncode == 2 and str(tmp_path) in result.stderr and "not a scored run folder" in result.stderr
    result = run_cli("show", demo, "0000", "--port", "0")
    assert result.returncode == 2 and "0000" in result.stderr


def test_show_prints_the_address_of_the_municipality_and_serves_it(demo):
    process = subprocess.Popen([sys.executable, "-m", "servicekoll", "show", str(demo), "9901", "--port", "0"],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        first, second = process.stdout.readline(), process.stdout.readline()
        address = second.split(": ", 1)[1].strip()
        assert first.startswith("servicekoll show:") and address.startswith("http://127.0.0.1:")
        assert address.endswith("/9901")
        status, _, body = fetch(address)
        assert status == 200 and "Åborg" in body
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_hidden_element_is_marked_and_shown():
    from servicekoll.show import locate, mark

    tree = parse_tree(b"<html><body><nav><ul><li><a href='/x'>Meny</a><ul style='display: none'><li>"
                      b"<a href='/kc'>Kontaktcenter</a></li></ul></li></ul></nav></body></html>",
                      html_elements=True)
    element, how = locate(tree, {"kind": "link", "element_xpath": "/html/body/nav/ul/li/ul/li/a",
                                 "element_text": "Kontaktcenter"})
    assert how == "xpath" and element.text == "Kontaktcenter"
    assert mark(element) is True
    assert "revert" in element.getparent().getparent().get("style") and element.get("id") == MARK_ID


def test_every_viewer_link_in_the_report_opens(demo, viewer):
    # report.html links each evidence item to the viewer's default address.
    report = (demo / REPORT).read_text(encoding="utf-8")
    origin = f"http://{VIEWER_HOST}:{VIEWER_PORT}"
    links = set(re.findall(re.escape(origin) + r"(/[^\"'<>\s]*)", report))
    assert links, "report.html links no evidence to the viewer"
    for path in links:
        assert fetch(viewer + html_lib.unescape(path))[0] == 200, path


def test_a_port_in_use_is_refused_naming_the_option(demo):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = run_cli("show", demo, "--port", str(taken.getsockname()[1]))
    assert result.returncode == 2 and "--port" in result.stderr and "in use" in result.stderr.lower()
