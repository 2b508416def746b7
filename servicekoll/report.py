"""report.html and trend.html: self-contained pages (inline CSS, SVG and script, no
network) in Swedish, built from the templates in servicekoll/templates/ (pages.py:
Jinja2, autoescaped); and the ranking table printed on the terminal.

Visible words come from data/lexicon/report-sv.toml (report_texts); the data files
keep their machine codes.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from servicekoll.core import PROJECT_URL, runfolder
from servicekoll.pages import evidence_view_url, render
from servicekoll.report_texts import Texts, load_texts
from servicekoll.scoring.model import ASPECT_COLUMNS, ASPECTS
from servicekoll.scoring.ranking import distribution

if TYPE_CHECKING:
    from servicekoll.trend import Trend

# The published files the report offers for download, in this order, when they are in the run folder.
DOWNLOADS = (
    (runfolder.RANKING, "rangordningen, en rad per kommun"),
    (runfolder.ASPECTS, "varje aspekt per kommun: detektorns värde, kontrollens och regeln"),
    (runfolder.OUTCOMES, "utfallet av genomsökningen per kommun"),
    (runfolder.REGISTER, "kommunregistret som mätningen använde"),
    (runfolder.EVIDENCE, "beläggen, en rad per kommun och aspekt (JSON Lines)"),
    (runfolder.INDEX, "varje arkiverad sida (JSON Lines)"),
    (runfolder.WARC, "arkivet: varje svar som det kom (WARC)"),
    (runfolder.WACZ, "arkivet packat för webbarkivspelare (WACZ)"),
    (runfolder.SQLITE, "samma tabeller i SQLite"),
    (runfolder.DATAPACKAGE, "beskrivning av tabellerna (Frictionless Data Package)"),
    (runfolder.RUN_JSON, "mätningens inställningar och versioner"),
)
RUBRIC_URL = f"{PROJECT_URL}/blob/main/docs/rubric.md"
DICTIONARY_URL = f"{PROJECT_URL}/blob/main/docs/data-dictionary.md"
VIEWER_COMMAND = "servicekoll show {folder}"
EVIDENCE_TEXT_CHARS = 120
SCORE_COLORS = {"5": "#1f4e8c", "4": "#3b6fb0", "3": "#6f95c8", "2": "#a7bfdf", "1": "#d3dfee",
                "0": "#e9e9e9", "not_judged": "#d9a35b"}

# What the caller of render_report (servicekoll.commands) knows and the publication does not
# pass on: the run folder and earlier runs for the trend section (--history).
_PUBLISHING: ContextVar[tuple[Path | None, tuple[Path, ...]]] = ContextVar("publishing", default=(None, ()))


@contextmanager
def publishing(folder: Path, history: Sequence[Path] = ()) -> Iterator[None]:
    """While publishing `folder`, report.html lists its files and adds the trend of `history`."""
    token = _PUBLISHING.set((Path(folder), tuple(Path(p) for p in history)))
    try:
        yield
    finally:
        _PUBLISHING.reset(token)


def _number(count: int) -> str:
    return "en kommun" if count == 1 else f"{count} kommuner"


def headline(dist: dict[str, int]) -> str:
    parts = [f"{_number(dist['5'])} når 5 poäng", f"{_number(dist['3'])} når 3",
             f"{_number(dist['0'])} får 0"]
    text = ", ".join(parts[:-1]) + " och " + parts[-1] + "."
    if dist["not_judged"]:
        extra = f"{_number(dist['not_judged'])} kunde inte bedömas."
        text += " " + extra[0].upper() + extra[1:]
    return text[0].upper() + text[1:]


def _bars(dist: dict[str, int]) -> list[dict]:
    keys = ["5", "4", "3", "2", "1", "0", "not_judged"]
    top = max(dist[k] for k in keys) or 1
    bars = []
    for i, key in enumerate(keys):
        height = round(dist[key] / top * 200)
        bars.append({"name": "ej bedömd" if key == "not_judged" else f"{key} p", "value": dist[key],
                     "x": 20 + i * 76, "y": 230 - height, "height": height,
                     "color": SCORE_COLORS["not_judged"] if key == "not_judged" else "#2a5d9f"})
    return bars


def _shares(ranking: pd.DataFrame, texts: Texts) -> list[dict]:
    judged = ranking[ranking["status"] == "ok"]
    shares = []
    for aspect in ASPECTS:
        share = float(judged[ASPECT_COLUMNS[aspect]].astype(float).mean()) if len(judged) else 0.0
        shares.append({"aspect": aspect, "label": texts.aspects[aspect], "share": share, "width": round(share * 300)})
    return shares


def _counties(ranking: pd.DataFrame) -> list[dict]:
    judged = ranking[ranking["status"] == "ok"].copy()
    if judged.empty:
        return []
    judged["score"] = judged["score"].astype(float)
    national = judged["score"].mean()
    groups = sorted(judged.groupby("lan"), key=lambda item: -item[1]["score"].mean())
    return [{"lan": lan, "count": len(group), "mean": group["score"].mean(), "national": national}
            for lan, group in groups]


def _is_forced(row: dict) -> bool:
    return row["detector_value"] != "" and str(row["final_value"]) != str(row["detector_value"])


def _check(row: dict, texts: Texts) -> str:
    return f"{texts.source(row['override_source'])}, {row['override_checked_on']}, {row['override_checked_by']}"


def _evidence(code: str, score, rows: list[dict], texts: Texts) -> list[dict]:
    """One municipality's lines: per aspect the detector's value, rule and evidence items,
    then what a check set (or brought to 0)."""
    overrides = {r["aspect"]: r for r in rows if r["override_value"] != ""}
    forced = {r["aspect"]: r for r in rows if r["override_value"] == "" and _is_forced(r)}
    lines = []
    for aspect in ASPECTS:
        label = f"{aspect}. {texts.aspects[aspect]}"
        if score is not None:
            result = score.aspects[aspect]
            items = [{"view": evidence_view_url(code, aspect, i), "page": ev.page_url, "region": texts.region(ev.region),
                      "text": ev.element_text[:EVIDENCE_TEXT_CHARS], "rendered": ev.rendered}
                     for i, ev in enumerate(result.evidence)]
            lines.append({"kind": "detector", "label": label, "value": result.value, "rule": result.rule,
                          "rule_sv": texts.rule(result.rule), "found": items})
        if aspect in overrides:
            row = overrides[aspect]
            lines.append({"kind": "override", "label": label, "value": row["override_value"],
                          "check": _check(row, texts), "note": row["override_note"]})
        elif aspect in forced:
            lines.append({"kind": "forced", "label": label, "value": 0, "rule": forced[aspect]["rule"],
                          "rule_sv": texts.rule(forced[aspect]["rule"])})
    return lines


def _cell_marks(rows: list[dict], texts: Texts) -> dict[str, tuple[str, str]]:
    """aspect -> ("override" | "forced", tooltip) for values set by the override file or
    brought to 0 by the consistency rules after it."""
    marks = {}
    for row in rows:
        if row["override_value"] != "":
            marks[row["aspect"]] = ("override", f"satt genom kontroll ({_check(row, texts)})")
        elif _is_forced(row):
            marks[row["aspect"]] = ("forced", f"0 som följd av en kontroll: {texts.rule(row['rule'])}")
    return marks


def _text(value) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _rows(ranking: pd.DataFrame, scores: dict, aspect_rows: list[dict], texts: Texts) -> list[dict]:
    by_code: dict[str, list[dict]] = {}
    for row in aspect_rows:
        by_code.setdefault(row["kommunkod"], []).append(row)
    rows = []
    for record in ranking.to_dict("records"):
        code = record["kommunkod"]
        own = by_code.get(code, [])
        marks = _cell_marks(own, texts)
        cells = []
        for aspect in ASPECTS:
            value = record[ASPECT_COLUMNS[aspect]]
            kind, title = marks.get(aspect, ("", "")) if not pd.isna(value) else ("", "")
            cells.append({"aspect": aspect, "value": "" if pd.isna(value) else int(value), "mark": kind,
                          "title": title})
        judged = record["status"] == "ok"
        rows.append({"code": code, "kommun": _text(record["kommun"]), "lan": _text(record["lan"]),
                     "rank": _text(record["rank"]), "score": _text(record["score"]),
                     "homepage": _text(record["homepage"]), "cells": cells, "judged": judged,
                     "status": texts.status(record["status"]),
                     "reason": "" if judged else texts.reason(_text(record["status_reason"])),
                     "evidence": _evidence(code, scores.get(code), own, texts) if judged or own else None})
    return rows


def _size(count: int) -> str:
    for unit in ("byte", "kB", "MB", "GB"):
        if count < 1000 or unit == "GB":
            return f"{count} {unit}" if unit == "byte" else f"{count:.1f} {unit}".replace(".", ",")
        count /= 1000
    raise AssertionError


def downloads(folder: Path | None) -> list[dict]:
    """The published files in the run folder, with sizes, relative links."""
    if folder is None:
        return []
    found = []
    for name, what in DOWNLOADS:
        path = Path(folder) / name
        if path.is_file():
            found.append({"name": name, "what": what, "size": _size(path.stat().st_size)})
    return found


def refresh_downloads(folder: Path) -> None:
    """Rewrite report.html's download list once every file is published (their sizes are
    only known then); the rest of the report is left as rendered. Idempotent: a second
    call with the same files changes no byte (publish's datapackage.json hashes the report)."""
    from servicekoll.core.atomic import atomic_open

    path = Path(folder) / runfolder.REPORT
    page = path.read_text(encoding="utf-8")
    start, end = page.find(_DOWNLOADS_START), page.find(_DOWNLOADS_END)
    if start < 0 or end < 0:
        return
    # the page keeps its own newline after the section
    section = render("_downloads.html", files=downloads(folder), dictionary_url=DICTIONARY_URL).rstrip("\n")
    refreshed = page[:start] + section + page[end + len(_DOWNLOADS_END):]
    if refreshed != page:
        with atomic_open(path) as handle:
            handle.write(refreshed)


_DOWNLOADS_START, _DOWNLOADS_END = "<!--downloads-->", "<!--/downloads-->"


def _setting(run: dict, name: str):
    """A crawl setting as run.json recorded it; the crawler's default for an older run."""
    recorded = run.get("settings") or {}
    if name in recorded:
        return recorded[name]
    from servicekoll.crawler import settings as defaults

    return getattr(defaults, name, "")


def _method(run: dict) -> dict:
    overrides = run.get("overrides") or None
    checked = sorted(v.get("checked_on", "") for v in (overrides or {}).get("values", []) if v.get("checked_on"))
    return {"rubric": run.get("versions", {}).get("rubric", ""), "rubric_url": RUBRIC_URL,
            "started": _moment(run.get("started")), "finished": _moment(run.get("finished")),
            "scored": _moment(run.get("scored_at")),
            "budget": _setting(run, "SERVICEKOLL_PAGE_BUDGET"), "depth": _setting(run, "SERVICEKOLL_DEPTH_LIMIT"),
            "delay": _setting(run, "DOWNLOAD_DELAY"),
            "autothrottle": str(_setting(run, "AUTOTHROTTLE_ENABLED")).lower() == "true",
            "pages": run.get("pages", ""), "municipalities": run.get("municipalities", ""),
            "override_file": overrides["file"] if overrides else "",
            "override_sha": overrides["sha256"][:12] if overrides else "",
            "override_count": len(overrides["values"]) if overrides else 0,
            "checked_from": checked[0] if checked else "", "checked_to": checked[-1] if checked else ""}


def _moment(stamp) -> str:
    """2026-11-22T05:10:00Z -> 2026-11-22 05:10 UTC"""
    text = str(stamp or "")
    return f"{text[:10]} {text[11:16]} UTC" if len(text) >= 16 else text


def _movements(comparison: pd.DataFrame | None, texts: Texts) -> dict | None:
    if comparison is None:
        return None
    changed = comparison[comparison["change"] != "same"]
    rows = [{**row, "change_sv": texts.change(row["change"])} for row in changed.to_dict("records")]
    return {"total": len(comparison), "rows": rows}


def render_report(ranking: pd.DataFrame, scores: dict, aspect_rows: list[dict], run: dict,
                  comparison: pd.DataFrame | None = None, *, folder: Path | None = None,
                  history: Sequence[Path] | None = None) -> str:
    """report.html. `folder` (the run folder: its files are listed for download) and
    `history` (earlier run folders: a trend section ending with this run) default to what
    `publishing` set."""
    texts = load_texts()
    context_folder, context_history = _PUBLISHING.get()
    folder = folder if folder is not None else context_folder
    history = context_history if history is None else tuple(history)
    dist = distribution(ranking)
    finished = (run.get("finished") or "")[:10] or date.today().isoformat()
    return render(
        "report.html", finished=finished, count=len(ranking), versions=run.get("versions", {}),
        headline=headline(dist), dist=dist, bars=_bars(dist), shares=_shares(ranking, texts),
        counties=_counties(ranking), movements=_movements(comparison, texts),
        lans=sorted({lan for lan in ranking["lan"] if isinstance(lan, str) and lan}),
        aspects=[(a, texts.aspects[a]) for a in ASPECTS], rows=_rows(ranking, scores, aspect_rows, texts),
        overrides=run.get("overrides") or None, method=_method(run), files=downloads(folder),
        dictionary_url=DICTIONARY_URL,
        viewer_command=VIEWER_COMMAND.format(folder=folder.name if folder else "DIR"),
        trend=_trend_section(ranking, run, history, folder))


def _trend_section(ranking: pd.DataFrame, run: dict, history: Sequence[Path], folder: Path | None) -> dict | None:
    if not history:
        return None
    from servicekoll.trend import build_trend, read_run, run_from_ranking

    runs = [read_run(Path(folder)) for folder in history]
    return trend_view(build_trend([*runs, run_from_ranking(ranking, run, str(folder or 'this run'))]))


@dataclass(frozen=True)
class _Segment:
    key: str
    count: int
    x: float
    width: float
    color: str


def trend_view(trend: "Trend") -> dict:
    """What _trend.html shows of a servicekoll.trend.Trend: the tables and the SVG's geometry."""
    texts = load_texts()
    keys = ["5", "4", "3", "2", "1", "0", "not_judged"]
    bars = []
    for summary in trend.summaries:
        total = sum(summary.distribution[k] for k in keys) or 1
        x, segments = 0.0, []
        for key in keys:
            width = summary.distribution[key] / total * 600
            segments.append(_Segment(key, summary.distribution[key], round(x, 2), round(width, 2), SCORE_COLORS[key]))
            x += width
        bars.append({"year": summary.year, "segments": segments})
    return {"summaries": trend.summaries, "aspects": [(a, texts.aspects[a]) for a in ASPECTS], "bars": bars,
            "legend": [(k, "ej bedömd" if k == "not_judged" else f"{k} p", SCORE_COLORS[k]) for k in keys],
            "risers": trend.risers, "fallers": trend.fallers, "compared": trend.compared,
            "first": trend.years[0], "last": trend.years[-1]}


def render_trend_page(trend: "Trend") -> str:
    return render("trend.html", trend=trend_view(trend))


def print_ranking_table(ranking: pd.DataFrame) -> None:
    dist = distribution(ranking)
    print(headline(dist))
    print(f"{'plats':>5}  {'kommun':<22} {'poäng':>5}  a b c d e  status")
    for record in ranking.to_dict("records"):
        aspects = " ".join("-" if pd.isna(record[ASPECT_COLUMNS[a]]) else str(int(record[ASPECT_COLUMNS[a]]))
                           for a in ASPECTS)
        rank = "" if pd.isna(record["rank"]) else int(record["rank"])
        score = "" if pd.isna(record["score"]) else int(record["score"])
        status = record["status"] if record["status"] == "ok" else f"{record['status']}: {record['status_reason']}"
        print(f"{rank!s:>5}  {str(record['kommun'])[:22]:<22} {score!s:>5}  {aspects}  {status}")
