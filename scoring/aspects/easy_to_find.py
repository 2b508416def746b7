"""Aspect c: an entrance sits at the top of the front page (header, top level of the
primary navigation, or the first section of main)."""

from servicekoll.scoring import regions as R
from servicekoll.scoring.model import AspectResult
from servicekoll.scoring.site import Site


def detect_easy_to_find(site: Site) -> AspectResult:
    entrances = site.entrances
    at_top = [m for m in entrances if m.region in R.TOP_REGIONS]
    if at_top:
        return AspectResult(1, f"c1: an entrance sits in the front page's {at_top[0].region}",
                            [m.evidence() for m in at_top[:3]])
    if entrances:
        where = sorted({m.region for m in entrances})
        return AspectResult(0, f"c0: entrances only in {', '.join(where)}, not at the top",
                            [m.evidence() for m in entrances[:3]])
    return AspectResult(0, "c0: no entrance on the front page")
