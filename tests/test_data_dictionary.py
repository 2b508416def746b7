"""docs/data-dictionary.md lists exactly the columns the code publishes, in order."""

import csv
import json
import re
from pathlib import Path

import pytest
from servicekoll.core import DATA_DIR

from servicekoll.demo.sitegen import load_specs

DICTIONARY = Path(__file__).resolve().parent.parent / "docs" / "data-dictionary.md"


def documented() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in DICTIONARY.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
            sections[current] = []
        elif current and line.startswith("| ") and not line.startswith("| column") and not line.startswith("|---"):
            sections[current].append(line.split("|")[1].strip())
    return sections


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    from tests.conftest import run_cli

    out = tmp_path_factory.mktemp("dictionary") / "run"
    result = run_cli("demo", "--out", out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.parametrize("name", ["ranking.csv", "aspects.csv", "outcomes.csv"])
def test_csv_columns_match_the_dictionary_in_order(demo_run, name):
    with open(demo_run / name, encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert header == documented()[name]


@pytest.mark.parametrize("name", ["evidence.jsonl", "pages.jsonl"])
def test_jsonl_fields_match_the_dictionary(demo_run, name):
    lines = [json.loads(line) for line in (demo_run / name).read_text(encoding="utf-8").splitlines()]
    assert lines
    for line in lines:
        assert list(line) == documented()[name]


def test_every_region_the_page_model_uses_is_documented():
    from servicekoll.scoring.regions import ALL_REGIONS

    row = next(line for line in DICTIONARY.read_text(encoding="utf-8").splitlines() if line.startswith("| region"))
    allowed = set(re.split(r",\s*", row.split("|")[3].strip()))
    assert set(ALL_REGIONS) <= allowed
    assert len(load_specs(DATA_DIR / "sample" / "sites.toml")) >= 8
