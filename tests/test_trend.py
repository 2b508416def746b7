"""servicekoll trend: three synthetic scored runs (ranking.csv + run.json as DESIGN.md
has them) give trend.csv and trend.html with the right numbers; bad input is refused
with file:line and field, exit 2, and nothing is written."""

import csv
import json
import re

import pytest
from servicekoll.scoring.ranking import RANKING_COLUMNS

from tests.conftest import read_csv, run_cli

ASPECT_NAMES = ["a_entry", "b_front_page", "c_easy_to_find", "d_help_described", "e_responsible"]
# kommunkod -> (kommun, aspects or None for not judged) per year
YEARS = {
    2024: {"0101": ("Åborg", "11110"), "0102": ("Bergvik", "10000"), "0103": ("Dalsby", None),
           "0104": ("Ekstad", "00000")},
    2025: {"0101": ("Åborg", "11111"), "0102": ("Bergvik", "11000"), "0103": ("Dalsby", "10000"),
           "0104": ("Ekstad", "00000")},
    2026: {"0101": ("Åborg", "11111"), "0102": ("Bergvik", "11110"), "0103": ("Dalsby", "10001"),
           "0104": ("Ekstad", None)},
}


def write_run(folder, year, rows, codes=True):
    folder.mkdir(parents=True)
    with open(folder / "ranking.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=RANKING_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for code, (kommun, aspects) in rows.items():
            judged = aspects is not None
            row = dict.fromkeys(RANKING_COLUMNS, "")
            row.update({"kommunkod": code if codes else "", "kommun": kommun, "lan": "Exempellän",
                        "status": "ok" if judged else "unreachable",
                        "status_reason": "" if judged else "DNS error",
                        "score": str(sum(map(int, aspects))) if judged else ""})
            if judged:
                row.update(dict(zip(ASPECT_NAMES, aspects, strict=True)))
            writer.writerow(row)
    run = {"started": f"{year}-11-20T05:00:00Z", "finished": f"{year}-11-20T06:00:00Z", "versions": {"rubric": "1.1"}}
    (folder / "run.json").write_text(json.dumps(run), encoding="utf-8")
    return folder


@pytest.fixture
def runs(tmp_path):
    # given out of order: the year comes from run.json, not the argument order
    return [write_run(tmp_path / f"run-{year}", year, YEARS[year]) for year in (2025, 2024, 2026)]


def test_three_runs_give_trend_csv_with_one_row_per_municipality_and_year(runs, tmp_path):
    out = tmp_path / "trend"
    result = run_cli("trend", *runs, "--out", out)
    assert result.returncode == 0, result.stderr
    rows = read_csv(out / "trend.csv")
    assert list(rows[0]) == ["kommunkod", "kommun", "year", "score", *ASPECT_NAMES, "status"]
    assert len(rows) == 12
    by_key = {(r["kommunkod"], r["year"]): r for r in rows}
    assert by_key[("0102", "2026")]["score"] == "4" and by_key[("0102", "2026")]["d_help_described"] == "1"
    assert by_key[("0103", "2024")]["status"] == "unreachable" and by_key[("0103", "2024")]["score"] == ""
    assert by_key[("0101", "2024")]["kommun"] == "Åborg" and by_key[("0101", "2024")]["e_responsible"] == "0"
    assert [r["year"] for r in rows if r["kommunkod"] == "0101"] == ["2024", "2025", "2026"]


def _cell(page, table, year, attribute):
    row = re.search(rf'<table id="{table}">.*?<tr data-year="{year}">(.*?)</tr>', page, re.DOTALL).group(1)
    return re.search(rf'{attribute}="([^"]*)"', row).group(1)


def test_trend_page_shows_means_shares_distribution_and_movers(runs, tmp_path):
    out = tmp_path / "trend"
    assert run_cli("trend", *runs, "--out", out).returncode == 0
    page = (out / "trend.html").read_text(encoding="utf-8")
    # 2024: judged Åborg 4, Bergvik 1, Ekstad 0 -> mean 1.67; a met by 2 of 3
    assert _cell(page, "trend-years", 2024, "data-mean") == "1.67"
    assert _cell(page, "trend-years", 2024, "data-share-a") == "67"
    # 2026: Åborg 5, Bergvik 4, Dalsby 2 -> mean 3.67; e met by Åborg and Dalsby
    assert _cell(page, "trend-years", 2026, "data-mean") == "3.67"
    assert _cell(page, "trend-years", 2026, "data-share-e") == "67"
    counts = re.search(r'<table id="trend-counts">.*?<tr data-year="2025">(.*?)</tr>', page, re.DOTALL).group(1)
    assert re.findall(r'data-points="(\w+)">(\d+)<', counts) == [
        ("5", "1"), ("4", "0"), ("3", "0"), ("2", "1"), ("1", "1"), ("0", "1"), ("not_judged", "0")]
    svg = re.search(r'<svg id="trend-distribution".*?</svg>', page, re.DOTALL).group(0)
    assert re.findall(r'<g data-year="(\d+)"', svg) == ["2024", "2025", "2026"]
    assert 'data-points="not_judged" data-count="1"' in svg
    # movers between 2024 and 2026, among those judged both years (Åborg, Bergvik): Bergvik +3, Åborg +1
    movers = re.search(r'<table id="trend-movers">.*?</table>', page, re.DOTALL).group(0)
    assert re.findall(r'<tr data-code="(\d+)"><td>(\w+)</td>.*?data-change="(-?\d+)"', movers) == [
        ("0102", "Bergvik", "3"), ("0101", "Åborg", "1")]
    # self-contained: nothing linked or fetched (the SVG namespace is a name, not a request)
    assert "<link" not in page and " src=" not in page and not re.search(r'(href|src)="https?:', page)


def test_a_ranking_without_codes_is_matched_by_name_to_the_latest_run(tmp_path):
    old = write_run(tmp_path / "old", 2024, {"": ("Aborg", "10000")}, codes=False)
    new = write_run(tmp_path / "new", 2025, {"0101": ("Åborg", "11000")})
    assert run_cli("trend", old, new, "--out", tmp_path / "t").returncode == 0
    rows = read_csv(tmp_path / "t" / "trend.csv")
    assert [(r["kommunkod"], r["year"], r["score"]) for r in rows] == [("0101", "2024", "1"), ("0101", "2025", "2")]


def _refused(tmp_path, runs, *expected, out=None):
    out = out or tmp_path / "trend"
    result = run_cli("trend", *runs, "--out", out)
    assert result.returncode == 2, result.stderr
    for text in expected:
        assert text in result.stderr, result.stderr
    assert not (out / "trend.csv").exists() and not (out / "trend.html").exists()
    return result.stderr


def test_a_folder_that_is_not_a_scored_run_is_refused(runs, tmp_path):
    crawled = tmp_path / "crawled"
    crawled.mkdir()
    (crawled / "run.json").write_text("{}", encoding="utf-8")
    _refused(tmp_path, [*runs, crawled], "crawled", "not a scored run folder")


def test_two_runs_of_the_same_year_are_refused(runs, tmp_path):
    again = write_run(tmp_path / "again", 2025, YEARS[2025])
    _refused(tmp_path, [*runs, again], "again/run.json: field 'started'", "the same year")


def test_a_run_json_without_a_start_date_is_refused(runs, tmp_path):
    (runs[0] / "run.json").write_text(json.dumps({"started": "soon"}), encoding="utf-8")
    _refused(tmp_path, runs, "run-2025/run.json: field 'started'")


@pytest.mark.parametrize(("column", "value", "message"), [
    ("status", "fine", "status 'fine' is not one of"),
    ("b_front_page", "2", "b_front_page is '2', expected 0 or 1"),
    ("score", "5", "score is '5', expected 2"),
])
def test_a_ranking_with_a_bad_line_is_refused_with_file_line_and_field(runs, tmp_path, column, value, message):
    path = runs[0] / "ranking.csv"  # 2025; line 3 is Bergvik: a=1 b=1, score 2
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    rows[1][column] = value
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=RANKING_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    _refused(tmp_path, runs, f"ranking.csv:3: field '{column}'", message)


def test_a_ranking_missing_a_column_is_refused(runs, tmp_path):
    path = runs[2] / "ranking.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("e_responsible", "e_resp", 1), encoding="utf-8")
    _refused(tmp_path, runs, "run-2026/ranking.csv", "e_responsible")


def test_an_out_folder_holding_other_files_is_never_written(runs, tmp_path):
    _refused(tmp_path, runs, "is one of the run folders", out=runs[0])
    assert (runs[0] / "ranking.csv").exists()
    other = tmp_path / "notes"
    other.mkdir()
    (other / "todo.txt").write_text("x", encoding="utf-8")
    _refused(tmp_path, runs, "holds other files (todo.txt)", out=other)


def test_an_earlier_trend_folder_is_replaced(runs, tmp_path):
    out = tmp_path / "trend"
    assert run_cli("trend", *runs[:2], "--out", out).returncode == 0
    assert run_cli("trend", *runs, "--out", out).returncode == 0
    assert {r["year"] for r in read_csv(out / "trend.csv")} == {"2024", "2025", "2026"}
