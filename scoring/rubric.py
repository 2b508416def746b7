"""Score one municipality: run the five detectors, then apply the rubric's
consistency rules once, here (b needs a, c needs b, d needs a; e stands alone)."""

from dataclasses import dataclass, field

from servicekoll.scoring.aspects import DETECTORS
from servicekoll.scoring.model import AspectResult
from servicekoll.scoring.site import Site

CONSISTENCY = (("b", "a"), ("c", "b"), ("d", "a"))


@dataclass
class MunicipalityScore:
    kommunkod: str
    aspects: dict[str, AspectResult] = field(default_factory=dict)
    service_page_url: str = ""
    reach_depth: int | None = None
    channels: dict[str, str] = field(default_factory=dict)
    switchboard: str = ""


def score_site(site: Site) -> MunicipalityScore:
    aspects = {name: detect(site) for name, detect in DETECTORS.items()}
    for aspect, needs in CONSISTENCY:
        if aspects[aspect].value and not aspects[needs].value:
            result = aspects[aspect]
            aspects[aspect] = AspectResult(0, f"{aspect}0: {aspect} needs {needs} (detector said: {result.rule})",
                                           result.evidence)
    service_page = site.service_page
    return MunicipalityScore(
        kommunkod=site.kommunkod, aspects=aspects,
        service_page_url=service_page.final_url if service_page is not None and aspects["a"].value else "",
        reach_depth=site.reach_depth if aspects["a"].value else None,
        channels=site.channels, switchboard=site.switchboard)
