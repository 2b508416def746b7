"""Publish a scored run folder: aspects.csv, evidence.jsonl, ranking.csv, report.html,
servicekoll.sqlite, run.json and datapackage.json.

Everything is computed in memory first (the SQLite database too); only then is each
file written, atomically, so bad input or a crash publishes nothing half-done. The
database follows the CSVs and datapackage.json comes last: it vouches for the hash of
every file, so the old one is removed before any file it describes is replaced.
"""

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from servicekoll import database, datapackage
from servicekoll.core import runfolder
from servicekoll.core.atomic import atomic_open, write_text
from servicekoll.core.csvsafe import safe_cell
from servicekoll.core.runfolder import check_run_folder, read_register, read_run_json
from servicekoll.schema import crawled_columns
from servicekoll.scoring.overrides import load_overrides, override_record
from servicekoll.scoring.run import ASPECT_FILE_COLUMNS, ScoredRun, score_run

_PACKAGE_ROUNDS = 4  # datapackage.json and report.html agree by the second


def score_and_publish(out: Path, override_file: str | None = None, previous: str | None = None,
                      progress: Callable[[int, int], None] | None = None) -> pd.DataFrame:
    out = Path(out)
    check_run_folder(out)
    register = read_register(out)
    overrides = load_overrides(override_file, {m.kommunkod for m in register}) if override_file else {}
    scored = score_run(out, overrides, progress)
    # run.json says which override file (name, sha256, values) this publication was scored with
    run = {**read_run_json(out), "scored_at": runfolder.now(), "overrides": override_record(override_file, overrides)}
    contents = _contents(out, scored, run, previous)
    # hashed and read before anything is written: a failure here publishes nothing
    unchanged = {name: datapackage.file_digest(out / name) for name in datapackage.published_names(out)
                 if name not in contents and name != runfolder.RUN_JSON}
    columns = crawled_columns(out)
    _write(out, contents, run)
    digests = {**unchanged, **{name: datapackage.digest(data) for name, data in contents.items()},
               runfolder.RUN_JSON: datapackage.file_digest(out / runfolder.RUN_JSON)}
    _write_package(out, digests, run, columns)
    return scored.ranking


def _write(out: Path, contents: dict[str, bytes], run: dict) -> None:
    """The files in order, each atomically, then run.json; the old package goes first, as
    it vouches for files about to change."""
    (out / runfolder.DATAPACKAGE).unlink(missing_ok=True)
    for name, data in contents.items():
        with atomic_open(out / name, "wb") as handle:
            handle.write(data)
    runfolder.write_run_json(out, run)


def _write_package(out: Path, digests: dict[str, dict], run: dict, columns: dict[str, list[str]]) -> None:
    """datapackage.json, and report.html's download list naming every file's size, the
    package's too: each depends on the other, so both are rewritten until they agree
    (the second round, unless the package's size changed the report's text)."""
    from servicekoll.report import refresh_downloads

    for _ in range(_PACKAGE_ROUNDS):
        write_text(out / runfolder.DATAPACKAGE, datapackage.text(datapackage.descriptor(digests, run, columns)))
        refresh_downloads(out)
        report = datapackage.file_digest(out / runfolder.REPORT)
        if report == digests[runfolder.REPORT]:
            return
        digests[runfolder.REPORT] = report
    raise RuntimeError(f"{runfolder.REPORT} and {runfolder.DATAPACKAGE} did not settle in {_PACKAGE_ROUNDS} rounds")



def _contents(out: Path, scored: ScoredRun, run: dict, previous: str | None) -> dict[str, bytes]:
    """Every file scoring publishes but run.json and datapackage.json, in the order written."""
    aspects = _safe_rows(scored.aspect_rows, ASPECT_FILE_COLUMNS)
    evidence = [_safe_json(line) for line in scored.evidence_lines]
    ranking_columns = list(scored.ranking.columns)
    ranking = _safe_rows(_frame_rows(scored.ranking), ranking_columns)
    report_html = _report(scored, run, previous)
    return {
        runfolder.ASPECTS: _csv_text(ASPECT_FILE_COLUMNS, aspects).encode("utf-8"),
        runfolder.EVIDENCE: "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in evidence).encode("utf-8"),
        runfolder.RANKING: _csv_text(ranking_columns, ranking).encode("utf-8"),
        runfolder.REPORT: report_html.encode("utf-8"),
        runfolder.SQLITE: database.build(out, ranking, aspects, evidence),  # after the CSVs
    }


def _report(scored: ScoredRun, run: dict, previous: str | None) -> str:
    from servicekoll.report import render_report

    comparison = None
    if previous:
        from servicekoll.compare import compare_frames, read_ranking

        comparison = compare_frames(read_ranking(Path(previous)), scored.ranking)
    return render_report(scored.ranking, scored.scores, scored.aspect_rows, run, comparison)


def _safe_json(value):
    if isinstance(value, dict):
        return {k: _safe_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_safe_json(v) for v in value]
    return safe_cell(value)


def _frame_rows(frame: pd.DataFrame) -> list[dict]:
    return [{k: ("" if pd.isna(v) else v) for k, v in record.items()} for record in frame.to_dict("records")]


def _safe_rows(rows: list[dict], columns: list[str]) -> list[dict]:
    """The rows as the CSV holds them: missing is empty, crawled text never a formula."""
    return [{k: safe_cell("" if row.get(k) is None else row.get(k)) for k in columns} for row in rows]


def _csv_text(columns: list[str], rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()
