"""The call list: municipalities whose aspect e the web did not answer, as an override file.

Each row is ready to fill in after a phone call (value, checked_on, checked_by,
note); filled in, the file is a valid `score --overrides` file. Extra columns
(kommun, switchboard, homepage) help the caller and are ignored by the loader.
"""

from pathlib import Path

import pandas as pd

from servicekoll.compare import read_ranking
from servicekoll.core.atomic import atomic_open
from servicekoll.core.csvsafe import safe_cell
from servicekoll.scoring.overrides import COLUMNS

EXTRA = ["kommun", "switchboard", "homepage"]


def call_rows(ranking: pd.DataFrame) -> pd.DataFrame:
    pending = ranking[(ranking["status"] == "ok") & (ranking["e_responsible"] == "0")]
    rows = [{"kommunkod": r["kommunkod"], "aspect": "e", "value": "", "source": "phone", "checked_on": "",
             "checked_by": "", "note": "", "kommun": r["kommun"], "switchboard": r.get("switchboard", ""),
             "homepage": r["homepage"]} for r in pending.to_dict("records")]
    return pd.DataFrame(rows, columns=[*COLUMNS, *EXTRA])


def write_calllist(run_folder: Path, target: Path) -> int:
    rows = call_rows(read_ranking(run_folder)).map(safe_cell)
    with atomic_open(Path(target)) as handle:
        rows.to_csv(handle, index=False, lineterminator="\n")
    return len(rows)
