"""The one source of column definitions (servicekoll.schema) lists exactly the columns the
code writes, in order, and docs/data-dictionary.md is what its generator writes."""

import csv
import json
from pathlib import Path

import pytest
from servicekoll.core import runfolder
from servicekoll.core.lexicon import load_lexicon
from servicekoll.core.register import COLUMNS as REGISTER_COLUMNS
from servicekoll.scoring.model import Evidence
from servicekoll.scoring.ranking import RANKING_COLUMNS
from servicekoll.scoring.run import ASPECT_FILE_COLUMNS

from servicekoll import dictionary, schema
from tests.conftest import scored_demo

DICTIONARY = Path(__file__).resolve().parent.parent / "docs" / "data-dictionary.md"
# Added to evidence items by the viewer's work (scoring/model.py); until the code writes it,
# the dictionary may list it ahead of the code, this field and no other.
COMING = "element_xpath"


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    return scored_demo(tmp_path_factory, "dictionary")


def documented(file: str) -> list[str]:
    """The column names the committed dictionary lists under `## file`."""
    names, inside = [], False
    for line in DICTIONARY.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            inside = line[3:].strip() == file
        elif inside and line.startswith("| ") and not line.startswith("| column"):
            names.append(line.split("|")[1].strip())
    return names


def as_written(expected: list[str], written: list[str]) -> list[str]:
    """`expected` less the coming field where the code does not write it yet."""
    return [name for name in expected if name != COMING or COMING in written]


def test_the_committed_dictionary_is_what_the_generator_writes():
    assert DICTIONARY.read_text(encoding="utf-8") == dictionary.markdown(), (
        "docs/data-dictionary.md is out of date: python -m servicekoll.dictionary docs/data-dictionary.md")


def test_the_generator_writes_the_file_it_is_given(tmp_path):
    target = tmp_path / "dictionary.md"
    assert dictionary.main([str(target)]) == 0
    assert target.read_text(encoding="utf-8") == dictionary.markdown()


@pytest.mark.parametrize("table", schema.TABLES, ids=lambda t: t.file)
def test_the_dictionary_lists_every_column_of_the_source_in_order(table):
    assert documented(table.file) == table.names


@pytest.mark.parametrize("file, code", [(runfolder.RANKING, RANKING_COLUMNS), (runfolder.ASPECTS, ASPECT_FILE_COLUMNS),
                                        (runfolder.OUTCOMES, runfolder.OUTCOME_COLUMNS),
                                        (runfolder.REGISTER, REGISTER_COLUMNS)])
def test_the_source_has_the_columns_of_the_code_in_order(file, code):
    assert schema.table(file).names == list(code)


@pytest.mark.parametrize("file", [runfolder.RANKING, runfolder.ASPECTS, runfolder.OUTCOMES, runfolder.REGISTER])
def test_a_published_csv_has_the_columns_of_the_source_in_order(demo_run, file):
    with open(demo_run / file, encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert header == schema.table(file).names


@pytest.mark.parametrize("file", [runfolder.EVIDENCE, runfolder.INDEX])
def test_every_published_json_line_has_the_fields_of_the_source_in_order(demo_run, file):
    lines = [json.loads(text) for text in (demo_run / file).read_text(encoding="utf-8").splitlines()]
    assert lines
    expected = schema.table(file).names
    for line in lines:
        assert list(line) == as_written(expected, list(line))


def test_every_also_entry_has_the_fields_of_an_evidence_item(demo_run):
    item = [column.name for column in schema.EVIDENCE_ITEM]
    entries = [entry for text in (demo_run / runfolder.EVIDENCE).read_text(encoding="utf-8").splitlines()
               for entry in json.loads(text)["also"]]
    evidence = Evidence("http://x.se/", "Kontaktcenter", "main", "Kontaktcenter", 1, "heading")
    for fields in [list(entry) for entry in entries] + [list(evidence.as_dict())]:
        assert fields == as_written(item, fields)


def test_the_index_line_writes_the_fields_of_the_source_in_order():
    line = json.loads(runfolder.index_line("0114", "http://x.se/", "http://x.se/", 200, 0, "", "text/html",
                                           "2026-11-01T10:00:00Z", [], "<urn:uuid:1>", 0, 10))
    assert list(line) == schema.PAGES.names


def test_the_tolerance_for_the_coming_field_is_for_that_field_only():
    expected = ["page_url", "region", COMING]
    assert as_written(expected, ["page_url", "region"]) == ["page_url", "region"]
    assert as_written(expected, ["page_url", "region", COMING]) == expected
    assert as_written(expected, ["page_url"]) != ["page_url"]  # a missing region still fails


def test_the_allowed_channels_are_the_lexicon_channel_kinds():
    assert set(schema.CHANNELS) == set(load_lexicon().channel_kind_names)
    assert list(schema.CHANNELS) == sorted(schema.CHANNELS)  # ranking.csv lists them sorted


def test_every_column_has_a_known_type_and_a_meaning():
    for table in schema.TABLES:
        for column in table.columns:
            assert column.type in dictionary.TYPE_WORDS, (table.file, column.name)
            assert column.meaning, (table.file, column.name)
        assert set(table.primary_key) <= set(table.names), table.file
