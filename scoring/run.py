"""Score a run folder: read the archive once and score every municipality, in memory.

Returns the ranking, the aspect rows and the evidence lines; writing them is the
publication's job (servicekoll.publish), so scoring never writes a file.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from servicekoll.core.lexicon import load_lexicon
from servicekoll.core.runfolder import (
    ArchivedPage,
    iter_pages,
    open_archive,
    read_index,
    read_outcomes,
    read_register,
)
from servicekoll.core.urls import frame_elements, normalise_url
from servicekoll.scoring.model import ASPECT_COLUMNS, ASPECTS
from servicekoll.scoring.overrides import Override, final_values
from servicekoll.scoring.page import Page, compose_frames, parse_page, parse_tree
from servicekoll.scoring.ranking import rank_table
from servicekoll.scoring.rubric import MunicipalityScore, score_site
from servicekoll.scoring.site import Site

ASPECT_FILE_COLUMNS = ["kommunkod", "kommun", "aspect", "aspect_name", "detector_value", "override_value",
                       "override_source", "override_checked_on", "override_checked_by", "override_note",
                       "final_value", "rule"]


@dataclass
class ScoredRun:
    ranking: pd.DataFrame
    aspect_rows: list[dict]
    evidence_lines: list[dict]
    scores: dict[str, MunicipalityScore]


def site_pages(kommunkod: str, archived: Iterable[ArchivedPage]) -> list[Page]:
    """A municipality's archived HTML pages, each parsed once, front page first. The front
    page is read with its frames' pages in place (a frameset's, its own iframes'), as its
    visitor sees it."""
    html = [page for page in archived if page.meta["status"] < 400
            and "html" in (page.content_type or "html").lower()]
    trees = [parse_tree(page.body, page.content_type) for page in html]
    front = next((i for i, page in enumerate(html) if page.meta["depth"] == 0), None)
    if front is not None and trees[front] is not None and frame_elements(trees[front]):
        by_url = {normalise_url(url): (tree, page.meta["final_url"]) for page, tree in zip(html, trees, strict=True)
                  if tree is not None for url in (page.meta["url"], page.meta["final_url"])}
        compose_frames(trees[front], html[front].meta["final_url"], by_url)
    pages = []
    for archived_page, tree in zip(html, trees, strict=True):
        meta = archived_page.meta
        pages.append(parse_page(archived_page.body, kommunkod=kommunkod, url=meta["url"],
                                final_url=meta["final_url"], depth=meta["depth"], status=meta["status"],
                                content_type=archived_page.content_type, referer=meta.get("referer", ""),
                                redirects=tuple(meta.get("redirects", ())),
                                found_by=meta.get("found_by", "link"),
                                search_results=bool(meta.get("search_results", False)),
                                rendered=archived_page.rendered, tree=tree))
    pages.sort(key=lambda p: p.depth)  # front page first; stable for the rest
    return pages


def score_municipality(municipality, index: list[dict], warc_handle) -> MunicipalityScore:
    pages = site_pages(municipality.kommunkod, iter_pages(index, warc_handle))
    return score_site(Site(municipality.kommunkod, municipality.kommun, pages, load_lexicon()))


def score_run(out: Path, overrides: dict[tuple[str, str], Override],
              progress: Callable[[int, int], None] | None = None) -> ScoredRun:
    """Score every judged municipality of a finished run folder (checked by the caller).

    progress(done, total), if given, hears of each municipality scored (of those judged)."""
    out = Path(out)
    register = read_register(out)
    outcomes = read_outcomes(out)
    index = read_index(out)
    scores: dict[str, MunicipalityScore] = {}
    report = progress or (lambda done, total: None)
    to_score = sum(outcomes.get(m.kommunkod, {}).get("status") == "ok" for m in register)
    report(0, to_score)
    with open_archive(out) as warc:
        for municipality in register:
            outcome = outcomes.get(municipality.kommunkod, {})
            if outcome.get("status") == "ok":
                scores[municipality.kommunkod] = score_municipality(
                    municipality, index.get(municipality.kommunkod, []), warc)
                report(len(scores), to_score)
    rows, aspect_rows, evidence_lines = [], [], []
    for municipality in register:
        outcome = outcomes.get(municipality.kommunkod, {"status": "unreachable",
                                                         "status_reason": "not crawled", "final_url": ""})
        pages = index.get(municipality.kommunkod, [])
        row = _ranking_row(municipality, outcome, pages, scores.get(municipality.kommunkod), overrides)
        rows.append(row)
        aspect_rows += _aspect_rows(municipality, scores.get(municipality.kommunkod), overrides)
        evidence_lines += _evidence_lines(municipality, scores.get(municipality.kommunkod))
    return ScoredRun(rank_table(rows), aspect_rows, evidence_lines, scores)


def _final(municipality, score: MunicipalityScore | None, overrides, aspect: str):
    # Overrides first, then the rubric's consistency rules (a=0 by override brings b, c, d to 0).
    final = final_values(municipality.kommunkod, score, overrides)[aspect]
    return final.value, final.override


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
        final = final_values(municipality.kommunkod, score, overrides)[aspect]
        rows.append({
            "kommunkod": municipality.kommunkod, "kommun": municipality.kommun, "aspect": aspect,
            "aspect_name": ASPECT_COLUMNS[aspect], "detector_value": detector,
            "override_value": override.value if override else "",
            "override_source": override.source if override else "",
            "override_checked_on": override.checked_on if override else "",
            "override_checked_by": override.checked_by if override else "",
            "override_note": override.note if override else "", "final_value": final.value,
            "rule": final.rule or (score.aspects[aspect].rule if score else "no score: site not judged")})
    return rows


def _evidence_lines(municipality, score) -> list[dict]:
    if score is None:
        return []
    lines = []
    for aspect in ASPECTS:
        result = score.aspects[aspect]
        first = result.evidence[0].as_dict() if result.evidence else {
            "page_url": "", "element_text": "", "region": "", "snippet": "", "depth": None, "kind": "",
            "found_by": "", "rendered": False, "element_xpath": ""}
        line = {"kommunkod": municipality.kommunkod, "aspect": aspect, "value": result.value,
                "rule": result.rule, **first,
                "also": [e.as_dict() for e in result.evidence[1:]]}
        lines.append(line)
    return lines
