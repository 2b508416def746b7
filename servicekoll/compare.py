"""What changed between two runs, municipality by municipality.

Matched by kommunkod. Registers change (municipalities merge or are renamed):
rows found on one side only are reported as `new` or `gone`; an old ranking
without codes is matched by name with rapidfuzz, and such rows say so.
"""

import json
import re
import unicodedata
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz, process

from servicekoll.core.atomic import atomic_open
from servicekoll.core.errors import InputError
from servicekoll.scoring.model import ASPECT_COLUMNS, ASPECTS

NAME_MATCH_CUTOFF = 90
COLUMNS = ["kommunkod", "kommun", "old_score", "new_score", "score_change", "old_rank", "new_rank", "change",
           "aspects_changed", "entrances_gained", "entrances_lost", "old_status", "new_status", "matched_by",
           # added: which values of each run came from its override file, e.g. "e=1 (phone 2026-11-20)"
           "old_overrides", "new_overrides"]


def read_ranking(folder: Path) -> pd.DataFrame:
    path = Path(folder) / "ranking.csv"
    if not path.exists():
        raise InputError(folder, "is not a scored run folder (no ranking.csv)")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.attrs["entrances"] = _entrances(Path(folder))
    frame.attrs["overrides"] = _overrides(Path(folder))
    return frame


def _overrides(folder: Path) -> dict[str, str]:
    """The values each municipality got from the override file, from aspects.csv."""
    path = folder / "aspects.csv"
    if not path.exists():
        return {}
    found: dict[str, list[str]] = {}
    for row in pd.read_csv(path, dtype=str, keep_default_na=False).to_dict("records"):
        if row.get("override_value", "") != "":
            found.setdefault(row["kommunkod"], []).append(
                f"{row['aspect']}={row['override_value']} ({row['override_source']} {row['override_checked_on']})")
    return {code: "; ".join(values) for code, values in found.items()}


def _entrances(folder: Path) -> dict[str, set[str]]:
    """Front-page entrance texts per municipality, from evidence.jsonl (aspect b)."""
    path = folder / "evidence.jsonl"
    found: dict[str, set[str]] = {}
    if not path.exists():
        return found
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["aspect"] == "b" and record["value"] == 1:
            texts = {record["element_text"], *(a["element_text"] for a in record.get("also", []))}
            found[record["kommunkod"]] = {t for t in texts if t}
    return found


def fold_name(name: str) -> str:
    """Compare names without case, accents, spaces or hyphens ("Malung Salen" = "Malung-Sälen")."""
    decomposed = unicodedata.normalize("NFKD", str(name).lower())
    return re.sub(r"[^a-z0-9]", "", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def match_by_name(old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    names = [fold_name(n) for n in new["kommun"]]
    codes, how = [], []
    for name in old["kommun"]:
        best = process.extractOne(fold_name(name), names, scorer=fuzz.ratio, score_cutoff=NAME_MATCH_CUTOFF)
        codes.append(new["kommunkod"].iloc[best[2]] if best else f"?{name}")
        how.append(f"name ({best[1]:.0f})" if best else "unmatched")
    old = old.copy()
    old["kommunkod"] = codes
    old["_how"] = how
    return old


def _as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Every cell as text, missing ones as "" (a ranking read from CSV, or fresh in memory)."""
    return frame.map(lambda value: "" if pd.isna(value) else str(value))


def _int(value) -> int | None:
    return int(value) if isinstance(value, str) and value.strip().lstrip("-").isdigit() else None


def compare_frames(old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    old_entrances = old.attrs.get("entrances", {})
    new_entrances = new.attrs.get("entrances", {})
    old_overrides = old.attrs.get("overrides", {})
    new_overrides = new.attrs.get("overrides", {})
    new = _as_text(new)
    if "kommunkod" not in old.columns or not old["kommunkod"].str.strip().any():
        old = match_by_name(old, new)
    else:
        old = _as_text(old)
        old["_how"] = "kommunkod"
    merged = old.merge(new, on="kommunkod", how="outer", suffixes=("_old", "_new"), indicator=True)
    rows = []
    for record in merged.to_dict("records"):
        code = record["kommunkod"]
        side = record["_merge"]
        old_score = _int(record.get("score_old")) if side != "right_only" else None
        new_score = _int(record.get("score_new")) if side != "left_only" else None
        changed = []
        for aspect in ASPECTS:
            before, after = record.get(f"{ASPECT_COLUMNS[aspect]}_old"), record.get(f"{ASPECT_COLUMNS[aspect]}_new")
            if side == "both" and (before or after) and before != after:
                changed.append(f"{aspect}: {before or '-'}→{after or '-'}")
        if side == "left_only":
            change = "gone"
        elif side == "right_only":
            change = "new"
        elif record.get("status_old") != record.get("status_new"):
            change = "status"
        elif old_score is not None and new_score is not None and new_score != old_score:
            change = "up" if new_score > old_score else "down"
        else:
            change = "same" if not changed else "aspects"
        before_e = old_entrances.get(code, set())
        after_e = new_entrances.get(code, set())
        rows.append({
            "kommunkod": code, "kommun": record.get("kommun_new") or record.get("kommun_old"),
            "old_score": "" if old_score is None else old_score, "new_score": "" if new_score is None else new_score,
            "score_change": "" if None in (old_score, new_score) else new_score - old_score,
            "old_rank": record.get("rank_old") or "", "new_rank": record.get("rank_new") or "",
            "change": change, "aspects_changed": "; ".join(changed),
            "entrances_gained": " | ".join(sorted(after_e - before_e)),
            "entrances_lost": " | ".join(sorted(before_e - after_e)),
            "old_status": record.get("status_old") or "", "new_status": record.get("status_new") or "",
            "matched_by": record.get("_how") if side != "right_only" else "",
            "old_overrides": old_overrides.get(code, ""), "new_overrides": new_overrides.get(code, ""),
        })
    frame = pd.DataFrame(rows, columns=COLUMNS)
    return frame.sort_values("kommunkod", kind="stable").reset_index(drop=True)


def compare_runs(old: Path, new: Path) -> pd.DataFrame:
    return compare_frames(read_ranking(old), read_ranking(new))


def write_comparison(frame: pd.DataFrame, target: Path) -> None:
    from servicekoll.core.csvsafe import safe_cell

    safe = frame.map(safe_cell)
    with atomic_open(Path(target)) as handle:
        safe.to_csv(handle, index=False, lineterminator="\n")
