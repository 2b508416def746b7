"""Trends over several scored runs (one a year): trend.csv and trend.html.

Each run folder gives its ranking.csv and its year (run.json's `started`).
Municipalities are matched by kommunkod; a ranking without codes is matched to
the latest run by name, as `compare` does (servicekoll.compare). Every file is
checked line by line before anything is written; bad input names file, line and
field (exit 2) and nothing is written.
"""

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from servicekoll.compare import match_by_name
from servicekoll.core import runfolder
from servicekoll.core.atomic import atomic_open
from servicekoll.core.csvsafe import safe_cell
from servicekoll.core.errors import InputError
from servicekoll.core.register import read_csv_rows
from servicekoll.scoring.model import ASPECT_COLUMNS, ASPECTS
from servicekoll.scoring.ranking import swedish_key

TREND_CSV = "trend.csv"
TREND_HTML = "trend.html"
DEFAULT_OUT = "trend"
AGGREGATE_COLUMNS = ["kommunkod", "kommun", "year", "score", *ASPECT_COLUMNS.values(), "status"]
NEEDED = ("kommun", "score", *ASPECT_COLUMNS.values(), "status")
MOVERS = 10  # the biggest movers shown each way


@dataclass(frozen=True)
class TrendRun:
    """One run: its year and its rows (text cells, as in ranking.csv)."""
    year: int
    source: str
    rows: list[dict]


@dataclass(frozen=True)
class YearSummary:
    year: int
    municipalities: int
    judged: int
    mean: float | None
    shares: dict[str, float]  # aspect -> share of judged municipalities meeting it
    distribution: dict[str, int]  # "0".."5" and "not_judged"


@dataclass(frozen=True)
class Mover:
    kommunkod: str
    kommun: str
    first: int
    last: int

    @property
    def change(self) -> int:
        return self.last - self.first


@dataclass
class Trend:
    years: list[int]
    rows: list[dict]  # trend.csv rows
    summaries: list[YearSummary]
    risers: list[Mover] = field(default_factory=list)
    fallers: list[Mover] = field(default_factory=list)
    compared: int = 0  # municipalities judged in both the first and the last year


def read_run(folder: Path) -> TrendRun:
    """A scored run folder's year and ranking, every line checked."""
    folder = Path(folder)
    ranking = folder / runfolder.RANKING
    if not folder.is_dir() or not ranking.exists():
        raise InputError(folder, f"is not a scored run folder (no {runfolder.RANKING})")
    return TrendRun(_year(folder), str(folder), _checked_rows(ranking))


def _year(folder: Path) -> int:
    path = folder / runfolder.RUN_JSON
    if not path.exists():
        raise InputError(folder, f"is not a run folder (no {runfolder.RUN_JSON})")
    run = runfolder.read_run_json(folder)
    started = run.get("started") if isinstance(run, dict) else None
    year = str(started)[:4] if started else ""
    if not year.isdigit():
        raise InputError(path, f"started is {started!r}, expected a date YYYY-MM-DD...", field="started")
    return int(year)


def _checked_rows(path: Path) -> list[dict]:
    rows = []
    for line, row in read_csv_rows(path, NEEDED):
        _check_row(path, line, row)
        rows.append({name: row.get(name, "") for name in ("kommunkod", *NEEDED)})
    return rows


def _check_row(path: Path, line: int, row: dict) -> None:
    status = row["status"]
    if status not in runfolder.STATUSES:
        raise InputError(path, f"status '{status}' is not one of {', '.join(runfolder.STATUSES)}",
                         line=line, field="status")
    judged = status == "ok"
    values = []
    for column in ASPECT_COLUMNS.values():
        value = row[column]
        if value not in (("0", "1") if judged else ("",)):
            expected = "0 or 1" if judged else "empty (not judged)"
            raise InputError(path, f"{column} is '{value}', expected {expected}", line=line, field=column)
        values.append(int(value) if judged else 0)
    expected_score = str(sum(values)) if judged else ""
    if row["score"] != expected_score:
        raise InputError(path, f"score is '{row['score']}', expected {expected_score or 'empty (not judged)'} "
                               "(the sum of the aspects)", line=line, field="score")


def run_from_ranking(ranking: pd.DataFrame, run: dict, source: str = "this run") -> TrendRun:
    """The run being published, from its ranking in memory (report.html's last year)."""
    started = str(run.get("started") or "")[:4]
    if not started.isdigit():
        raise InputError(source, f"started is {run.get('started')!r}, expected a date", field="started")
    text = ranking.map(lambda value: "" if pd.isna(value) else str(value))
    rows = [{name: record.get(name, "") for name in ("kommunkod", *NEEDED)} for record in text.to_dict("records")]
    return TrendRun(int(started), source, rows)


def build_trend(runs: Sequence[TrendRun]) -> Trend:
    runs = _in_order(runs)
    latest = pd.DataFrame(runs[-1].rows)
    rows = []
    for run in runs:
        for record in _matched(run, latest):
            rows.append({"kommunkod": record["kommunkod"], "kommun": record["kommun"], "year": run.year,
                         "score": record["score"], **{c: record[c] for c in ASPECT_COLUMNS.values()},
                         "status": record["status"]})
    rows.sort(key=lambda r: (r["kommunkod"], r["year"]))
    trend = Trend([run.year for run in runs], rows, [_summary(run.year, rows) for run in runs])
    _movers(trend)
    return trend


def _in_order(runs: Sequence[TrendRun]) -> list[TrendRun]:
    if not runs:
        raise InputError("trend", "needs at least one scored run folder")
    seen: dict[int, TrendRun] = {}
    for run in runs:
        if run.year in seen:
            raise InputError(Path(run.source) / runfolder.RUN_JSON,
                             f"is of {run.year}, the same year as {seen[run.year].source}: one run a year",
                             field="started")
        seen[run.year] = run
    return sorted(runs, key=lambda run: run.year)


def _matched(run: TrendRun, latest: pd.DataFrame) -> list[dict]:
    """The run's rows keyed by kommunkod; without codes, matched by name to the latest run."""
    frame = pd.DataFrame(run.rows)
    if frame.empty or frame["kommunkod"].str.strip().any():
        return run.rows
    return match_by_name(frame, latest).to_dict("records")


def _summary(year: int, rows: list[dict]) -> YearSummary:
    of_year = [r for r in rows if r["year"] == year]
    judged = [r for r in of_year if r["status"] == "ok"]
    scores = [int(r["score"]) for r in judged]
    distribution = {str(points): scores.count(points) for points in range(6)}
    distribution["not_judged"] = len(of_year) - len(judged)
    shares = {a: (sum(int(r[ASPECT_COLUMNS[a]]) for r in judged) / len(judged) if judged else 0.0)
              for a in ASPECTS}
    return YearSummary(year, len(of_year), len(judged), sum(scores) / len(scores) if scores else None,
                       shares, distribution)


def _movers(trend: Trend) -> None:
    first, last = trend.years[0], trend.years[-1]
    if first == last:
        return
    judged = {(r["kommunkod"], r["year"]): r for r in trend.rows if r["status"] == "ok"}
    movers = [Mover(code, row["kommun"], int(judged[(code, first)]["score"]), int(row["score"]))
              for (code, year), row in judged.items() if year == last and (code, first) in judged]
    trend.compared = len(movers)
    trend.risers = sorted((m for m in movers if m.change > 0), key=lambda m: (-m.change, swedish_key(m.kommun)))[:MOVERS]
    trend.fallers = sorted((m for m in movers if m.change < 0), key=lambda m: (m.change, swedish_key(m.kommun)))[:MOVERS]


def trend_csv(trend: Trend) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=AGGREGATE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in trend.rows:
        writer.writerow({k: safe_cell(row[k]) for k in AGGREGATE_COLUMNS})
    return buffer.getvalue()


def check_out_folder(out: Path, runs: Sequence[Path]) -> None:
    """A trend folder is new, empty or an earlier trend folder: never a run folder or others' files."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise InputError(out, "is a file, not a folder", field="--out")
    if any(out.resolve() == Path(run).resolve() for run in runs):
        raise InputError(out, "is one of the run folders: give the trend its own folder", field="--out")
    foreign = sorted(p.name for p in out.iterdir() if p.name not in (TREND_CSV, TREND_HTML)) if out.exists() else []
    if foreign:
        raise InputError(out, f"holds other files ({', '.join(foreign[:3])}): not a trend folder; "
                              "give an empty or new folder", field="--out")


def write_trend(folders: Sequence[Path], out: Path) -> Trend:
    from servicekoll.report import render_trend_page

    check_out_folder(out, folders)
    trend = build_trend([read_run(Path(folder)) for folder in folders])
    csv_text, html_text = trend_csv(trend), render_trend_page(trend)  # all computed before any write
    out.mkdir(parents=True, exist_ok=True)
    with atomic_open(out / TREND_CSV) as handle:
        handle.write(csv_text)
    with atomic_open(out / TREND_HTML) as handle:
        handle.write(html_text)
    return trend
