"""Score a run folder: read the archive once, score every municipality, publish.

Everything is computed in memory first; only then are aspects.csv,
evidence.jsonl, ranking.csv and report.html written, each atomically, so bad
input or a crash publishes nothing half-done.
"""

import csv
import io
import json
from pathlib import Path

import pandas as pd

from scoring.archive import check_run_folder, iter_pages, read_index, read_outcomes, read_register
from scoring.lexicon import load_lexicon
from scoring.model import ASPECT_COLUMNS, ASPECTS
from scoring.overrides import load_overrides
from scoring.page import parse_page
from scoring.ranking import rank_table
from scoring.rubric import MunicipalityScore, score_site
from scoring.site import Site
from servicekoll.atomic import atomic_open
from servicekoll.csvsafe import safe_cell

ASPECT_FILE_COLUMNS = ["kommunkod", "kommun", "aspect", "aspect_name", "detector_value", "override_value",
                       "override_source", "override_checked_on", "override_checked_by", "override_note",
                       "final_value", "rule"]


def score_municipality(municipality, index: list[dict], warc_handle) -> MunicipalityScore:
    lexicon = load_lexicon()
    pages = []
    for archived in iter_pages(index, warc_handle):
        meta = archived.meta
        if meta["status"] >= 400 or "html" not in (archived.content_type or "html").lower():
            continue
        pages.append(parse_page(archived.body, kommunkod=municipality.kommunkod, url=meta["url"],
                                final_url=meta["final_url"], depth=meta["depth"], status=meta["status"],
                                content_type=archived.content_type, referer=meta.get("referer", "")))
    pages.sort(key=lambda p: p.depth)  # front page first; stable for the rest
    return score_site(Site(municipality.kommunkod, municipality.kommun, pages, lexicon))


def score_run_folder(out: Path, override_file: str | None = None, previous: str | None = None) -> pd.DataFrame:
    out = Path(out)
    check_run_folder(out)
    register = read_register(out)
    overrides = load_overrides(override_file, {m.kommunkod for m in register}) if override_file else {}
    outcomes = read_outcomes(out)
    index = read_index(out)
    scores: dict[str, MunicipalityScore] = {}
    with open(out / "pages.warc.gz", "rb") as warc:
        for municipality in register:
            outcome = outcomes.get(municipality.kommunkod, {})
            if outcome.get("status") == "ok":
                scores[municipality.kommunkod] = score_municipality(
                    municipality, index.get(municipality.kommunkod, []), warc)
    rows, aspect_rows, evidence_lines = [], [], []
    for municipality in register:
        outcome = outcomes.get(municipality.kommunkod, {"status": "unreachable",
                                                         "status_reason": "not crawled", "final_url": ""})
        pages = index.get(municipality.kommunkod, [])
        row = _ranking_row(municipality, outcome, pages, scores.get(municipality.kommunkod), overrides)
        rows.append(row)
        aspect_rows += _aspect_rows(municipality, scores.get(municipality.kommunkod), overrides)
        evidence_lines += _evidence_lines(municipality, scores.get(municipality.kommunkod))
    ranking = rank_table(rows)
    report_html = _report(out, ranking, scores, aspect_rows, overrides, previous)
    _write_csv(out / "aspects.csv", ASPECT_FILE_COLUMNS, aspect_rows)
    with atomic_open(out / "evidence.jsonl") as handle:
        for line in evidence_lines:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    _write_csv(out / "ranking.csv", list(ranking.columns), _frame_rows(ranking))
    with atomic_open(out / "report.html") as handle:
        handle.write(report_html)
    return ranking


def _report(out, ranking, scores, aspect_rows, overrides, previous) -> str:
    from servicekoll.report import render_report

    comparison = None
    if previous:
        from servicekoll.compare import compare_frames, read_ranking

        comparison = compare_frames(read_ranking(Path(previous)), ranking)
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    return render_report(ranking, scores, aspect_rows, run, comparison)


def _final(municipality, score: MunicipalityScore | None, overrides, aspect: str):
    override = overrides.get((municipality.kommunkod, aspect))
    if override is not None:
        return override.value, override
    if score is None:
        return None, None
    return score.aspects[aspect].value, None


def _ranking_row(municipality, outcome, pages, score, overrides) -> dict:
    row = {"kommunkod": municipality.kommunkod, "kommun": municipality.kommun, "lan": municipality.lan,
           "status": outcome["status"], "status_reason": outcome.get("status_reason", ""),
           "homepage": municipality.url, "final_url": outcome.get("final_url", ""),
           "service_page_url": score.service_page_url if score else "",
           "crawled_at": pages[0]["fetched_at"][:10] if pages else "",
           "reach_depth": "" if score is None or score.reach_depth is None else score.reach_depth,
           "channels": " ".join(sorted(score.channels)) if score else "",
           "switchboard": score.switchboard if score else ""}
    for aspect in ASPECTS:
        value, override = _final(municipality, score, overrides, aspect)
        row[ASPECT_COLUMNS[aspect]] = value
        if aspect == "e":
            row["e_source"] = override.source if override else ("web" if value == 1 else "")
    return row


def _aspect_rows(municipality, score, overrides) -> list[dict]:
    rows = []
    for aspect in ASPECTS:
        override = overrides.get((municipality.kommunkod, aspect))
        if score is None and override is None:
            continue
        detector = score.aspects[aspect].value if score else ""
        final, _ = _final(municipality, score, overrides, aspect)
        rows.append({
            "kommunkod": municipality.kommunkod, "kommun": municipality.kommun, "aspect": aspect,
            "aspect_name": ASPECT_COLUMNS[aspect], "detector_value": detector,
            "override_value": override.value if override else "",
            "override_source": override.source if override else "",
            "override_checked_on": override.checked_on if override else "",
            "override_checked_by": override.checked_by if override else "",
            "override_note": override.note if override else "", "final_value": final,
            "rule": score.aspects[aspect].rule if score else "no score: site not judged"})
    return rows


def _evidence_lines(municipality, score) -> list[dict]:
    if score is None:
        return []
    lines = []
    for aspect in ASPECTS:
        result = score.aspects[aspect]
        first = result.evidence[0].as_dict() if result.evidence else {
            "page_url": "", "element_text": "", "region": "", "snippet": "", "depth": None, "kind": ""}
        line = {"kommunkod": municipality.kommunkod, "aspect": aspect, "value": result.value,
                "rule": result.rule, **first,
                "also": [e.as_dict() for e in result.evidence[1:]]}
        lines.append(_safe_json(line))
    return lines


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
