"""Aspect a: some crawled page names the municipality's service function."""

from servicekoll.scoring.model import AspectResult
from servicekoll.scoring.site import KIND_ORDER, Site


def detect_entry(site: Site) -> AspectResult:
    own = site.own_mentions
    if own:
        best = min(own, key=lambda m: (m.page.depth, KIND_ORDER.get(m.kind, 9)))
        return AspectResult(1, f"a1: a {best.kind} names the service function ('{best.hit.word}')",
                            [best.evidence()])
    excluded = [m for m in site.mentions if not m.hit.names_service_function]
    if excluded:
        first = excluded[0]
        return AspectResult(0, f"a0: only another organisation's or one area's unit is named "
                               f"('{first.hit.excluded_by} {first.hit.word}')", [first.evidence()])
    return AspectResult(0, f"a0: none of {len(site.pages)} crawled pages names a service function")
