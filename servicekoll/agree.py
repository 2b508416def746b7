"""How well a run agrees with a researcher's hand-coded labels (`servicekoll agree`).

The label file is a CSV with the columns kommunkod, a, b, c, d, e and, optionally,
status and note (farm3's `kommunkod,kommun,status,a,b,c,d,e,score,notes` is read
as well: kommun is ignored, score is checked, notes is the note). An aspect is
0, 1 or empty (not coded). The run side is what the run folder published:
ranking.csv (final values, after overrides), evidence.jsonl (rule and
evidence) and aspects.csv (whether an override decided the value).

Per aspect: the pairs where both sides judged, their confusion counts (tool x
label), percent agreement and Cohen's kappa,

    p_o   = (n00 + n11) / n                       observed agreement
    p_e   = (t0 * l0 + t1 * l1) / n^2             agreement expected from base rates
    kappa = (p_o - p_e) / (1 - p_e)

where t1 is how often the tool said 1 and l1 how often the label did. When
p_e is 1 (both sides gave one and the same value every time) kappa is
undefined, and reported so, rather than divided by zero.
"""

import json
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import pandas as pd

from servicekoll.compare import read_ranking
from servicekoll.core import runfolder
from servicekoll.core.atomic import atomic_open
from servicekoll.core.csvsafe import safe_cell
from servicekoll.core.errors import InputError
from servicekoll.core.register import read_csv_rows
from servicekoll.scoring.model import ASPECT_COLUMNS, ASPECTS

REQUIRED = ("kommunkod", *ASPECTS)
NOTE_COLUMNS = ("note", "notes")
# Rubric, "Consistency": b needs a, c needs b, d needs a (e stands alone).
NEEDS = {"b": "a", "c": "b", "d": "a"}
SCORE, STATUS = "score", "status"
ALL = "all"
CONFUSION = (("tool0_label0", 0, 0), ("tool0_label1", 0, 1), ("tool1_label0", 1, 0), ("tool1_label1", 1, 1))
SUMMARY_COLUMNS = ["measure", "name", "n", "agree", "agreement_pct", "kappa", "kappa_note", "p_observed",
                   "p_expected", *(name for name, _, _ in CONFUSION), "not_compared"]
COMPARISON_COLUMNS = ["kommunkod", "kommun", "measure", "label", "tool", "agree", "tool_source", "rule",
                      "page_url", "element_text", "region", "kind", "snippet", "label_line", "label_note"]
EVIDENCE_FIELDS = ("page_url", "element_text", "region", "kind", "snippet")
NOTE_CHARS = 110  # the printed table shortens notes; the CSV keeps them whole


@dataclass(frozen=True)
class Label:
    kommunkod: str
    line: int
    aspects: dict[str, int | None]
    status: str  # "" when the label file says nothing about it
    score: int | None
    note: str


@dataclass(frozen=True)
class Kappa:
    value: float | None
    p_observed: float | None
    p_expected: float | None
    note: str = ""


@dataclass
class Agreement:
    labels_path: str
    run_dir: str
    labelled: int  # municipalities in the label file
    summary: pd.DataFrame
    comparisons: pd.DataFrame
    status_confusion: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def disagreements(self) -> pd.DataFrame:
        return self.comparisons[self.comparisons["agree"].eq(0).fillna(False)]


# The label file.


def load_labels(path: Path | str, run_codes: set[str]) -> list[Label]:
    """Read and check a label file against the run's municipalities; InputError on the first problem."""
    path = Path(path)
    rows = read_csv_rows(path, REQUIRED)
    labels: list[Label] = []
    first_line: dict[str, int] = {}
    for line, row in rows:
        code = _checked_code(path, line, row, run_codes, first_line)
        aspects = {aspect: _binary(path, line, aspect, row[aspect]) for aspect in ASPECTS}
        status = _status(path, line, row.get(STATUS, ""), aspects)
        _check_consistency(path, line, aspects)
        score = _score(path, line, row.get(SCORE, ""), aspects)
        note = next((row[name] for name in NOTE_COLUMNS if row.get(name)), "")
        first_line[code] = line
        labels.append(Label(code, line, aspects, status, score, note))
    if not labels:
        raise InputError(path, "no labelled municipalities (only a header row)", line=2)
    return labels


def _checked_code(path: Path, line: int, row: dict[str, str], run_codes: set[str],
                  first_line: dict[str, int]) -> str:
    code = row["kommunkod"]
    if not code:
        raise InputError(path, "kommunkod is empty", line=line, field="kommunkod")
    if code not in run_codes:
        hint = ""
        if code.isdigit() and code.zfill(4) in run_codes:
            hint = f"; did you mean {code.zfill(4)}? (a spreadsheet may have dropped the leading zero)"
        raise InputError(path, f"unknown kommunkod '{code}': not a municipality of the run{hint}",
                         line=line, field="kommunkod")
    if code in first_line:
        raise InputError(path, f"duplicate kommunkod '{code}' (first on line {first_line[code]})",
                         line=line, field="kommunkod")
    return code


def _binary(path: Path, line: int, column: str, value: str) -> int | None:
    if value == "":
        return None  # not coded
    if value not in ("0", "1"):
        raise InputError(path, f"value '{value}' must be 0, 1 or empty (not coded)", line=line, field=column)
    return int(value)


def _status(path: Path, line: int, status: str, aspects: dict[str, int | None]) -> str:
    if status and status not in runfolder.STATUSES:
        raise InputError(path, f"status '{status}' must be one of {', '.join(runfolder.STATUSES)} or empty",
                         line=line, field=STATUS)
    coded = [aspect for aspect, value in aspects.items() if value is not None]
    if status and status != "ok" and coded:
        raise InputError(path, f"status '{status}' means not judged, yet aspect {coded[0]} is coded: "
                               "leave the aspects empty", line=line, field=coded[0])
    return status


def _check_consistency(path: Path, line: int, aspects: dict[str, int | None]) -> None:
    for aspect, needed in NEEDS.items():
        if aspects[aspect] == 1 and aspects[needed] == 0:
            raise InputError(path, f"{aspect} is 1 but {needed} is 0: {aspect} needs {needed} "
                                   "(rubric, Consistency)", line=line, field=aspect)


def _score(path: Path, line: int, value: str, aspects: dict[str, int | None]) -> int | None:
    """The label's score: its score column when given (checked against a-e), else a+b+c+d+e when all coded."""
    coded = [v for v in aspects.values() if v is not None]
    total = sum(coded) if len(coded) == len(ASPECTS) else None
    if value == "":
        return total
    if not value.isdigit() or int(value) > len(ASPECTS):
        raise InputError(path, f"score '{value}' must be a whole number 0-5 or empty", line=line, field=SCORE)
    if total is not None and int(value) != total:
        raise InputError(path, f"score {value} is not a+b+c+d+e = {total}", line=line, field=SCORE)
    return int(value)


# The run folder.


@dataclass(frozen=True)
class RunView:
    ranking: dict[str, dict[str, str]]
    evidence: dict[tuple[str, str], dict]
    overrides: dict[tuple[str, str], str]  # (kommunkod, aspect) -> the override's source


def read_run(run_dir: Path) -> RunView:
    ranking = read_ranking(run_dir)
    missing = [c for c in ("kommunkod", "kommun", "status", SCORE, *ASPECT_COLUMNS.values())
               if c not in ranking.columns]
    if missing:
        raise InputError(Path(run_dir) / runfolder.RANKING, f"missing column '{missing[0]}'", line=1,
                         field=missing[0])
    rows = {row["kommunkod"]: row for row in ranking.to_dict("records")}
    return RunView(rows, _read_evidence(Path(run_dir)), _read_overrides(Path(run_dir)))


def _read_evidence(run_dir: Path) -> dict[tuple[str, str], dict]:
    path = run_dir / runfolder.EVIDENCE
    if not path.exists():
        return {}
    records = {}
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"not a JSON line: {exc.msg}", line=number) from exc
        records[(record["kommunkod"], record["aspect"])] = record
    return records


def _read_overrides(run_dir: Path) -> dict[tuple[str, str], str]:
    path = run_dir / runfolder.ASPECTS
    if not path.exists():
        return {}
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    decided = frame[frame["override_value"] != ""]
    return {(r["kommunkod"], r["aspect"]): r["override_source"] for r in decided.to_dict("records")}


# Comparing.


def cohen_kappa(counts: dict[tuple[int, int], int]) -> Kappa:
    """Cohen's kappa from confusion counts keyed (tool value, label value); see the module docstring."""
    n = sum(counts.values())
    if n == 0:
        return Kappa(None, None, None, "nothing to compare")
    tool = {v: counts.get((v, 0), 0) + counts.get((v, 1), 0) for v in (0, 1)}
    label = {v: counts.get((0, v), 0) + counts.get((1, v), 0) for v in (0, 1)}
    observed = Fraction(counts.get((0, 0), 0) + counts.get((1, 1), 0), n)
    expected = Fraction(tool[0] * label[0] + tool[1] * label[1], n * n)
    if expected == 1:  # exact: both sides gave one and the same value throughout
        return Kappa(None, float(observed), 1.0, "undefined: expected agreement is 1 (one value on both sides)")
    return Kappa(float((observed - expected) / (1 - expected)), float(observed), float(expected))


def agree(labels_path: Path | str, run_dir: Path | str) -> Agreement:
    """Check the label file against the run folder, then compare them."""
    run = read_run(Path(run_dir))
    labels = load_labels(labels_path, set(run.ranking))
    comparisons = pd.DataFrame([row for label in labels for row in _label_rows(label, run)],
                               columns=COMPARISON_COLUMNS).astype({"agree": "Int64"})  # 1, 0 or <NA>
    status_confusion = _status_confusion(comparisons)
    return Agreement(str(labels_path), str(run_dir), len(labels), _summary(comparisons), comparisons,
                     status_confusion)


def _label_rows(label: Label, run: RunView) -> list[dict]:
    tool_row = run.ranking[label.kommunkod]
    # Every column present, text ones empty, so that no cell reads "nan".
    base = {**dict.fromkeys(COMPARISON_COLUMNS, ""), "kommunkod": label.kommunkod, "kommun": tool_row["kommun"],
            "label_line": label.line, "label_note": label.note}
    rows = [_aspect_row(base, aspect, value, tool_row, run) for aspect, value in label.aspects.items()
            if value is not None]
    if label.score is not None and label.status in ("", "ok"):
        rows.append(_plain_row(base, SCORE, str(label.score), tool_row[SCORE]))
    if label.status:
        rows.append(_plain_row(base, STATUS, label.status, tool_row[STATUS]))
    return rows


def _aspect_row(base: dict, aspect: str, value: int, tool_row: dict, run: RunView) -> dict:
    key = (base["kommunkod"], aspect)
    evidence = run.evidence.get(key, {})
    tool = tool_row[ASPECT_COLUMNS[aspect]]
    source = f"override ({run.overrides[key]})" if key in run.overrides else ("detector" if tool else "")
    return {**base, "measure": aspect, "label": str(value), "tool": tool, "agree": _agrees(str(value), tool),
            "tool_source": source, "rule": evidence.get("rule", ""),
            **{name: evidence.get(name, "") for name in EVIDENCE_FIELDS}}


def _plain_row(base: dict, measure: str, label: str, tool: str) -> dict:
    agrees = _agrees(label, tool) if measure == SCORE else int(label == tool)
    return {**base, "measure": measure, "label": label, "tool": tool, "agree": agrees}


def _agrees(label: str, tool: str) -> int | None:
    """1 or 0 where the tool judged; None (not compared) where it gave no value, e.g. unreachable."""
    return None if tool == "" else int(label == tool)


def _summary(comparisons: pd.DataFrame) -> pd.DataFrame:
    aspect_rows = comparisons[comparisons["measure"].isin(ASPECTS)]
    rows = [_binary_summary(aspect, ASPECT_COLUMNS[aspect], aspect_rows[aspect_rows["measure"] == aspect])
            for aspect in ASPECTS]
    rows.append(_binary_summary(ALL, "all aspects (pooled)", aspect_rows))
    for measure, name in ((SCORE, "exact score"), (STATUS, "status")):
        rows.append(_plain_summary(measure, name, comparisons[comparisons["measure"] == measure]))
    counts = {column: "Int64" for column in ("n", "agree", *(name for name, _, _ in CONFUSION), "not_compared")}
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS).astype(counts)


def _binary_summary(measure: str, name: str, rows: pd.DataFrame) -> dict:
    compared = rows[rows["agree"].notna()]
    pairs = zip(compared["tool"].astype(int), compared["label"].astype(int), strict=True)
    counts: dict[tuple[int, int], int] = {}
    for pair in pairs:
        counts[pair] = counts.get(pair, 0) + 1
    kappa = cohen_kappa(counts)
    return {**_plain_summary(measure, name, rows), "kappa": kappa.value, "kappa_note": kappa.note,
            "p_observed": kappa.p_observed, "p_expected": kappa.p_expected,
            **{column: counts.get((tool, label), 0) for column, tool, label in CONFUSION}}


def _plain_summary(measure: str, name: str, rows: pd.DataFrame) -> dict:
    compared = rows[rows["agree"].notna()]
    n, agreed = len(compared), int(compared["agree"].sum())
    return {"measure": measure, "name": name, "n": n, "agree": agreed,
            "agreement_pct": round(100 * agreed / n, 1) if n else None, "not_compared": len(rows) - n}


def _status_confusion(comparisons: pd.DataFrame) -> dict[str, dict[str, int]]:
    """label status -> tool status -> count."""
    rows = comparisons[comparisons["measure"] == STATUS]
    table: dict[str, dict[str, int]] = {}
    for label, tool in zip(rows["label"], rows["tool"], strict=True):
        table.setdefault(label, {}).setdefault(tool, 0)
        table[label][tool] += 1
    return table


# Output.


def format_report(result: Agreement) -> str:
    """The readable table printed by `servicekoll agree`."""
    lines = [f"labels {result.labels_path} ({result.labelled} municipalities) against run {result.run_dir}", "",
             f"{'measure':<26}{'n':>5}{'agree':>7}{'%':>7}{'kappa':>8}   "
             f"{'t0/l0':>5}{'t0/l1':>6}{'t1/l0':>6}{'t1/l1':>6}{'not compared':>14}"]
    for row in result.summary.to_dict("records"):
        lines.append(_summary_line(row))
    undefined = [r for r in result.summary.to_dict("records") if r["kappa_note"] and r["measure"] in ASPECTS]
    for row in undefined:
        lines.append(f"  kappa for {row['measure']}: {row['kappa_note']}")
    if result.status_confusion:
        pairs = [f"{label}->{tool or '(none)'} {count}" for label, tools in sorted(result.status_confusion.items())
                 for tool, count in sorted(tools.items())]
        lines.append("status (label->tool): " + ", ".join(pairs))
    lines += ["", *_disagreement_lines(result.disagreements)]
    return "\n".join(lines)


def _summary_line(row: dict) -> str:
    def cell(value, spec: str) -> str:
        return "-" if value is None or pd.isna(value) else format(value, spec)

    name = f"{row['measure']} {row['name']}" if row["measure"] in ASPECTS else row["name"]
    if row["measure"] in (*ASPECTS, ALL):
        confusion = "".join(f"{int(row[c]):>{w}}" for (c, _, _), w in zip(CONFUSION, (5, 6, 6, 6), strict=True))
        kappa = "undef" if row["kappa_note"].startswith("undefined") else cell(row["kappa"], ".2f")
    else:  # score and status: no kappa, no 2x2 table
        confusion, kappa = " " * 23, ""
    return (f"{name:<26}{row['n']:>5}{row['agree']:>7}{cell(row['agreement_pct'], '.1f'):>7}{kappa:>8}   "
            f"{confusion}{row['not_compared']:>14}")


def _disagreement_lines(disagreements: pd.DataFrame) -> list[str]:
    """Grouped by municipality: score and status first, then each aspect with the tool's rule and evidence."""
    if disagreements.empty:
        return ["disagreements: none"]
    count = disagreements["kommunkod"].nunique()
    lines = [f"disagreements ({len(disagreements)} values in {count} "
             f"{'municipality' if count == 1 else 'municipalities'}):"]
    for code, rows in disagreements.groupby("kommunkod", sort=False):
        records = rows.to_dict("records")
        plain = [f"{r['measure']} label {r['label']}, tool {r['tool']}" for r in records
                 if r["measure"] in (SCORE, STATUS)]
        lines.append(f"  {code} {records[0]['kommun']}" + (f": {'; '.join(plain)}" if plain else ""))
        for row in (r for r in records if r["measure"] in ASPECTS):
            lines += _aspect_lines(row)
        lines.append(f"      label note: {_shorten(records[0]['label_note'])}" if records[0]["label_note"] else "")
    return [line for line in lines if line]


def _aspect_lines(row: dict) -> list[str]:
    source = " by override " + row["tool_source"].removeprefix("override ") if row["tool_source"].startswith(
        "override") else ""
    lines = [f"    {row['measure']}: label {row['label']}, tool {row['tool']}{source}  {row['rule']}"]
    if row["page_url"] or row["element_text"]:
        lines.append(f"       [{row['region'] or '-'}] '{row['element_text']}' on {row['page_url']}")
    return lines


def _shorten(text: str) -> str:
    return text if len(text) <= NOTE_CHARS else text[:NOTE_CHARS - 1] + "…"


def summary_path(out_csv: Path) -> Path:
    """Where the per-measure summary goes beside the comparisons CSV: agree.csv -> agree-summary.csv."""
    return out_csv.with_name(f"{out_csv.stem}-summary{out_csv.suffix or '.csv'}")


def write_csv(result: Agreement, out_csv: Path) -> tuple[Path, Path]:
    """The comparisons (every labelled value beside the tool's, with rule and evidence) and the summary."""
    out_csv = Path(out_csv)
    for frame, target in ((result.comparisons, out_csv), (result.summary, summary_path(out_csv))):
        with atomic_open(target) as handle:
            frame.map(safe_cell).to_csv(handle, index=False, lineterminator="\n")
    return out_csv, summary_path(out_csv)


def write_json(result: Agreement, target: Path) -> Path:
    document = {"labels": result.labels_path, "run": result.run_dir,
                "summary": _records(result.summary), "status_confusion": result.status_confusion,
                "comparisons": _records(result.comparisons)}
    with atomic_open(Path(target)) as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    return Path(target)


def _records(frame: pd.DataFrame) -> list[dict]:
    """Rows as JSON objects, missing values as null (pandas' NaN is not JSON)."""
    return [{k: (None if not isinstance(v, str) and pd.isna(v) else v) for k, v in row.items()}
            for row in frame.astype(object).to_dict("records")]
