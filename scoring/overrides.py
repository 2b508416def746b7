"""The override file: a researcher's checked values that win over the detectors.

Columns: kommunkod, aspect, value, source (phone|web|email|visit), checked_on
(YYYY-MM-DD), checked_by, note. Checked strictly: any bad line stops scoring
with file:line:field and exit 2, before anything is written. A line whose
value, checked_on and checked_by are all still empty (an unfilled call-list
row) is skipped. A row with more or fewer fields than the header is an error.

Overrides apply before the rubric's consistency rules (b needs a, c needs b,
d needs a): an override a=0 brings b, c and d to 0, with the reason in their
rule; an override that sets b, c or d to 1 where what it needs is 0 (by the
detector or by another override) is refused, saying what else to set. An
override for a municipality that was not judged is refused unless its note
says why it is set.
"""

import hashlib
import re
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from servicekoll.core.errors import InputError
from servicekoll.core.register import read_csv_rows
from servicekoll.scoring.model import ASPECT_COLUMNS, ASPECTS
from servicekoll.scoring.rubric import CONSISTENCY, MunicipalityScore

COLUMNS = ("kommunkod", "aspect", "value", "source", "checked_on", "checked_by", "note")
SOURCES = ("phone", "web", "email", "visit")
_ASPECT_NAMES = {**{a: a for a in ASPECTS}, **{column: a for a, column in ASPECT_COLUMNS.items()}}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")  # not 2026-W47-1, 20261101 or a time of day
NEEDS = dict(CONSISTENCY)  # aspect -> the aspect it needs


@dataclass(frozen=True)
class Override:
    kommunkod: str
    aspect: str  # a..e
    value: int
    source: str
    checked_on: str
    checked_by: str
    note: str
    line: int
    path: str = ""

    @property
    def where(self) -> str:
        return f"{Path(self.path).name}:{self.line}"


@dataclass(frozen=True)
class FinalValue:
    """An aspect's final value after overrides and the consistency rules."""

    value: int | None
    override: Override | None
    rule: str = ""  # set when a consistency rule brought the value to 0


def load_overrides(path: Path | str, known_codes: set[str]) -> dict[tuple[str, str], Override]:
    path = Path(path)
    overrides: dict[tuple[str, str], Override] = {}
    for line, row in read_csv_rows(path, COLUMNS[:6]):
        if not (row.get("value") or row.get("checked_on") or row.get("checked_by")):
            continue  # not filled in yet
        code = row["kommunkod"]
        if code not in known_codes:
            raise InputError(path, f"unknown kommunkod '{code}'", line=line, field="kommunkod")
        aspect = _ASPECT_NAMES.get(row["aspect"].lower())
        if aspect is None:
            raise InputError(path, f"unknown aspect '{row['aspect']}' (use a, b, c, d or e)", line=line, field="aspect")
        if row["value"] not in ("0", "1"):
            raise InputError(path, f"value '{row['value']}' must be 0 or 1", line=line, field="value")
        if not row["source"]:
            raise InputError(path, "source is empty (phone, web, email or visit)", line=line, field="source")
        if row["source"] not in SOURCES:
            raise InputError(path, f"source '{row['source']}' must be one of {', '.join(SOURCES)}",
                             line=line, field="source")
        try:
            if not ISO_DATE.match(row["checked_on"]):
                raise ValueError
            checked = date.fromisoformat(row["checked_on"])
        except ValueError:
            raise InputError(path, f"checked_on '{row['checked_on']}' is not a date YYYY-MM-DD",
                             line=line, field="checked_on") from None
        if checked > date.today():
            raise InputError(path, f"checked_on '{row['checked_on']}' is in the future", line=line, field="checked_on")
        key = (code, aspect)
        if key in overrides:
            raise InputError(path, f"a second override for {code} aspect {aspect} (first on line "
                                   f"{overrides[key].line})", line=line, field="aspect")
        overrides[key] = Override(code, aspect, int(row["value"]), row["source"], row["checked_on"],
                                  row["checked_by"], row.get("note", ""), line, str(path))
    for code in sorted({code for code, _ in overrides}):
        final_values(code, None, overrides, judged=True)  # contradictions within the file, before any crawl
    return overrides


def final_values(kommunkod: str, score: MunicipalityScore | None, overrides: dict[tuple[str, str], Override],
                 judged: bool | None = None) -> dict[str, FinalValue]:
    """The five final values of one municipality: overrides first, then the consistency rules.

    `score` is None for a municipality not judged (then every override needs a note), unless
    `judged` says otherwise (checking a file on its own, before the crawl). Raises InputError
    for an override that contradicts what its aspect needs."""
    own = {aspect: overrides.get((kommunkod, aspect)) for aspect in ASPECTS}
    if not (score is not None if judged is None else judged):
        for override in own.values():
            if override is not None and not override.note:
                raise InputError(override.path, f"{kommunkod} was not judged (its site could not be scored): "
                                                "an override for it needs a note saying why it is set",
                                 line=override.line, field="note")
    values = {aspect: own[aspect].value if own[aspect] else (score.aspects[aspect].value if score else None)
              for aspect in ASPECTS}
    rules = {aspect: "" for aspect in ASPECTS}
    for aspect, needs in CONSISTENCY:  # in order: b (needs a) is settled before c (needs b)
        if values[aspect] == 1 and values[needs] == 0:
            if own[aspect] is not None:
                raise _contradiction(kommunkod, own[aspect], values, own, rules)
            detector = score.aspects[aspect].rule if score else ""
            values[aspect] = 0
            rules[aspect] = (f"{aspect}0: {aspect} needs {needs}, and {needs} is 0 "
                             f"{_why_zero(needs, own, rules)} (detector said: {detector})")
    return {aspect: FinalValue(values[aspect], own[aspect], rules[aspect]) for aspect in ASPECTS}


def _why_zero(aspect: str, own: dict, rules: dict) -> str:
    if own[aspect] is not None:
        return f"by override ({own[aspect].where})"
    if rules[aspect]:  # itself brought to 0: name the cause, down to the override
        needs = NEEDS[aspect]
        return f"because {aspect} needs {needs}, and {needs} is 0 {_why_zero(needs, own, rules)}"
    return "by the detector"


def _contradiction(kommunkod: str, override: Override, values: dict, own: dict, rules: dict) -> InputError:
    """c=1 where b is 0 (b=1 or d=1 where a is 0): name what else would have to be 1."""
    missing, aspect = [], override.aspect
    while aspect in NEEDS:
        aspect = NEEDS[aspect]
        if values[aspect] == 0:
            missing.append(aspect)
    needs = NEEDS[override.aspect]
    return InputError(
        override.path, f"{kommunkod}: {override.aspect}=1 contradicts the rubric, {override.aspect} needs "
                       f"{needs} and {needs} is 0 {_why_zero(needs, own, rules)}; also set "
                       f"{' and '.join(f'{a}=1' for a in missing)} for {kommunkod}, or set "
                       f"{override.aspect}=0 here", line=override.line, field="value")


def override_record(path: Path | str | None, overrides: dict[tuple[str, str], Override]) -> dict | None:
    """What run.json keeps of the override file a run was scored with (None: no file)."""
    if not path:
        return None
    path = Path(path)
    values = [{key: value for key, value in asdict(override).items() if key != "path"}
              for override in sorted(overrides.values(), key=lambda o: o.line)]
    # The name only: a run folder is shared as it is, and names no folder of this machine.
    return {"file": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "values": values}
