"""`servicekoll show`: the evidence locator (element_xpath) and the offline viewer."""

import json
from pathlib import Path

import pytest
from servicekoll.core.runfolder import EVIDENCE, INDEX, iter_pages, open_archive, read_index
from servicekoll.scoring.page import parse_tree
from servicekoll.scoring.run import score_run

from tests.conftest import run_cli

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


def archived_tree(out: Path, kommunkod: str, page_url: str):
    index = read_index(out)[kommunkod]
    meta = next(m for m in index if m["final_url"] == page_url)
    with open_archive(out) as warc:
        archived = next(iter_pages([meta], warc))
    return parse_tree(archived.body, archived.content_type)


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
    for _, item in items:
        if item["kind"] in ("title", "page"):
            assert item["element_xpath"] == "", item
