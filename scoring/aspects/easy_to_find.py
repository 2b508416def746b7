"""Aspect c: an entrance sits at the top of the front page (header, top level of the
primary navigation, or the first section of main)."""

from servicekoll.scoring import regions as R
from servicekoll.scoring.model import AspectResult
from servicekoll.scoring.site import Mention, Site


def detect_easy_to_find(site: Site) -> AspectResult:
    entrances = site.entrances
    at_top = [m for m in entrances if m.region in R.TOP_REGIONS and not _news_teaser(m, site)]
    if at_top:
        return AspectResult(1, f"c1: an entrance sits in the front page's {at_top[0].region}",
                            [m.evidence() for m in at_top[:3]])
    if entrances:
        where = sorted({R.NEWS if _news_teaser(m, site) else m.region for m in entrances})
        return AspectResult(0, f"c0: entrances only in {', '.join(where)}, not at the top",
                            [m.evidence() for m in entrances[:3]])
    return AspectResult(0, "c0: no entrance on the front page")


def _news_teaser(mention: Mention, site: Site) -> bool:
    """An entrance in the first screen that leads to a news item (not to the service page) is
    a news teaser whatever its markup: the rubric's "not the top: a news teaser" is told by
    the URL it leads to, where no class name says "news"."""
    if mention.region != R.MAIN_TOP:
        return False
    href = mention.href or _enclosing_link(mention)
    return bool(href) and href not in site.service_page_urls and site.lexicon.is_news_url(href)


def _enclosing_link(mention: Mention) -> str:
    """The target of the link a heading or text stands in (a teaser's <a><h3>), or of the
    link it holds (<h4><a>), or ''."""
    element = mention.element
    if element is None:
        return ""
    anchor = next(element.iterancestors("a"), None)
    if anchor is None:
        anchor = next(element.iter("a"), None)
    if anchor is None:
        return ""
    return next((link.href for link in mention.page.links if link.element is anchor), "")
