"""The override file: a researcher's checked values that win over the detectors.

Columns: kommunkod, aspect, value, source (phone|web|email|visit), checked_on
(YYYY-MM-DD), checked_by, note. Checked strictly: any bad line stops scoring
with file:line:field and exit 2, before anything is written. A line whose
value, checked_on and checked_by are all still empty (an unfilled call-list
row) is skipped.
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from servicekoll.core.errors import InputError
from servicekoll.core.register import read_csv_rows
from servicekoll.scoring.model import ASPECT_COLUMNS, ASPECTS

COLUMNS = ("kommunkod", "aspect", "value", "source", "checked_on", "checked_by", "note")
SOURCES = ("phone", "web", "email", "visit")
_ASPECT_NAMES = {**{a: a for a in ASPECTS}, **{column: a for a, column in ASPECT_COLUMNS.items()}}


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
            checked = date.fromisoformat(row["checked_on"])
            if len(row["checked_on"]) != 10:
                raise ValueError
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
                                  row["checked_by"], row.get("note", ""), line)
    return overrides
