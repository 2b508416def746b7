"""Aspect b: the front page has an entrance to the service function."""

from servicekoll.scoring.model import AspectResult
from servicekoll.scoring.site import Site


def detect_front_page(site: Site) -> AspectResult:
    entrances = site.entrances
    if entrances:
        first = entrances[0]
        how = "links to the service page" if first.kind == "target" else f"{first.kind} names it"
        return AspectResult(1, f"b1: front-page {first.region} {how}",
                            [m.evidence() for m in entrances[:5]])
    if site.front_page is None:
        return AspectResult(0, "b0: no front page in the archive")
    return AspectResult(0, "b0: the front page has no link or labelled block naming the service "
                           "function or leading to its page")
