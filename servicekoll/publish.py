"""Publish a scored run folder: aspects.csv, evidence.jsonl, ranking.csv, report.html.

Everything is computed in memory first; only then is each file written,
atomically, so bad input or a crash publishes nothing half-done.
"""

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from servicekoll.core import runfolder
from servicekoll.core.atomic import atomic_open
from servicekoll.core.csvsafe import safe_cell
from servicekoll.core.runfolder import check_run_folder, read_register, read_run_json
from servicekoll.scoring.overrides import load_overrides, override_record
from servicekoll.scoring.run import ASPECT_FILE_COLUMNS, ScoredRun, score_run


def score_and_publish(out: Path, override_file: str | None = None, previous: str | None = None,
                      progress: Callable[[int, int], None] | None = None) -> pd.DataFrame:
    out = Path(out)
    check_run_folder(out)
    register = read_register(out)
    overrides = load_overrides(override_file, {m.kommunkod for m in register}) if override_file else {}
    scored = score_run(out, overrides, progress)
    # run.json says which override file (name, sha256, values) this publication was scored with
    run = {**read_run_json(out), "scored_at": runfolder.now(), "overrides": override_record(override_file, overrides)}
    report_html = _report(scored, run, previous)
    _write_csv(out / runfolder.ASPECTS, ASPECT_FILE_COLUMNS, scored.aspect_rows)
    with atomic_open(out / runfolder.EVIDENCE) as handle:
        for line in scored.evidence_lines:
            handle.write(json.dumps(_safe_json(line), ensure_ascii=False) + "\n")
    _write_csv(out / runfolder.RANKING, list(scored.ranking.columns), _frame_rows(scored.ranking))
    with atomic_open(out / runfolder.REPORT) as handle:
        handle.write(report_html)
    runfolder.write_run_json(out, run)
    return scored.ranking


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


def _write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: safe_cell("" if row.get(k) is None else row.get(k)) for k in columns})
    with atomic_open(path) as handle:
        handle.write(buffer.getvalue())
