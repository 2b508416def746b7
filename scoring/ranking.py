"""The ranking: score = sum of final aspects, competition rank, ties in Swedish order."""

import pandas as pd
from servicekoll.scoring.model import ASPECT_COLUMNS, ASPECTS

RANKING_COLUMNS = [
    "rank", "kommunkod", "kommun", "lan", "score", "a_entry", "b_front_page", "c_easy_to_find",
    "d_help_described", "e_responsible", "e_source", "status", "status_reason", "homepage",
    "final_url", "service_page_url", "crawled_at",
    # added after the fixed contract columns (extensions, never reordered):
    "reach_depth", "channels", "switchboard",
]
# Swedish alphabetical order: Å, Ä, Ö after Z; é with e, ü with y.
# "{", "|" and "}" are the three characters that sort right after "z".
_SWEDISH = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}",
                          "é": "e", "è": "e", "ü": "y", "á": "a", "à": "a"})


def swedish_key(name: str) -> str:
    return name.lower().translate(_SWEDISH)


def rank_table(rows: list[dict]) -> pd.DataFrame:
    """Rows (one per municipality, with final aspects for status ok) -> the ranking.

    Ranked rows first, by score then Swedish name; then the not-judged rows by name,
    with empty rank, score and aspects.
    """
    frame = pd.DataFrame(rows)
    for column in RANKING_COLUMNS:
        if column not in frame:
            frame[column] = ""
    ok = frame["status"] == "ok"
    aspect_columns = [ASPECT_COLUMNS[a] for a in ASPECTS]
    scores = frame.loc[ok, aspect_columns].astype(int).sum(axis=1)
    frame["score"] = pd.Series(pd.NA, index=frame.index, dtype="Int64")
    frame.loc[ok, "score"] = scores
    frame["rank"] = pd.Series(pd.NA, index=frame.index, dtype="Int64")
    frame.loc[ok, "rank"] = frame.loc[ok, "score"].rank(method="min", ascending=False).astype(int)
    for column in aspect_columns:
        frame[column] = frame[column].astype("Int64") if ok.any() else frame[column]
        frame.loc[~ok, column] = pd.NA
    frame["_judged"] = (~ok).astype(int)
    frame["_name"] = frame["kommun"].map(swedish_key)
    frame["_order"] = -frame["score"].fillna(-1).astype(int)
    frame = frame.sort_values(["_judged", "_order", "_name", "kommunkod"], kind="stable")
    return frame[RANKING_COLUMNS].reset_index(drop=True)


def distribution(ranking: pd.DataFrame) -> dict[str, int]:
    """How many municipalities at 5, 4, ... 0 points, and how many not judged."""
    counts = {str(points): int((ranking["score"] == points).sum()) for points in range(5, -1, -1)}
    counts["not_judged"] = int(ranking["score"].isna().sum())
    return counts
