"""The call list: municipalities whose aspect e the web did not answer, as an override file.

Each row is ready to fill in after a phone call (value, checked_on, checked_by,
note); filled in, the file is a valid `score --overrides` file. Extra columns
(kommun, switchboard, homepage, last_check) help the caller and are ignored by
the loader.

A municipality already checked for e in the override file the run was scored
with (run.json records it) is left out, so a second phone round calls only who
is left; with `list_checked` such municipalities come after the others, with
their last check filled in, so that the file alone carries every check.
"""

from pathlib import Path

import pandas as pd

from servicekoll.compare import read_ranking
from servicekoll.core.atomic import atomic_open
from servicekoll.core.csvsafe import safe_cell
from servicekoll.core.runfolder import read_run_json
from servicekoll.scoring.overrides import COLUMNS

EXTRA = ["kommun", "switchboard", "homepage", "last_check"]


def checked_for_e(run: dict) -> dict[str, dict]:
    """The e checks of the override file the run was scored with, by kommunkod."""
    record = run.get("overrides") or {}
    return {value["kommunkod"]: value for value in record.get("values", []) if value.get("aspect") == "e"}


def call_rows(ranking: pd.DataFrame, checked: dict[str, dict] | None = None,
              list_checked: bool = False) -> pd.DataFrame:
    checked = checked or {}
    judged = ranking[ranking["status"] == "ok"]
    pending = judged[(judged["e_responsible"] == "0") & ~judged["kommunkod"].isin(checked)]
    rows = [_row(r) for r in pending.to_dict("records")]
    if list_checked:
        done = judged[judged["kommunkod"].isin(checked)]
        rows += [_row(r, checked[r["kommunkod"]]) for r in done.to_dict("records")]
    return pd.DataFrame(rows, columns=[*COLUMNS, *EXTRA])


def _row(ranked: dict, check: dict | None = None) -> dict:
    row = {"kommunkod": ranked["kommunkod"], "aspect": "e", "value": "", "source": "phone", "checked_on": "",
           "checked_by": "", "note": "", "kommun": ranked["kommun"], "switchboard": ranked.get("switchboard", ""),
           "homepage": ranked["homepage"], "last_check": ""}
    if check:
        row.update({name: str(check.get(name, "")) for name in ("value", "source", "checked_on", "checked_by",
                                                                 "note")})
        row["last_check"] = f"e={check['value']} {check['source']} {check['checked_on']} {check['checked_by']}"
    return row


def write_calllist(run_folder: Path, target: Path, list_checked: bool = False) -> int:
    """Write the call list; returns how many municipalities are still to be phoned."""
    checked = checked_for_e(read_run_json(run_folder))
    rows = call_rows(read_ranking(run_folder), checked, list_checked)
    with atomic_open(Path(target)) as handle:
        rows.map(safe_cell).to_csv(handle, index=False, lineterminator="\n")
    return int((rows["last_check"] == "").sum())
