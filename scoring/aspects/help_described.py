"""Aspect d: the service page says what one can get help with, and how (two channels)."""

from servicekoll.scoring.model import AspectResult
from servicekoll.scoring.site import OWN_CONTENT_REGIONS, Site, evidence_on


def _what_from_list(site: Site) -> str | None:
    """A list of matters introduced by a heading or sentence about ärenden/frågor/hjälp,
    in the page's own content (a footer column headed "Hjälp" lists no matters; "Många frågor
    besvaras av kommunens bolag:" lists others' matters)."""
    lexicon = site.lexicon
    for intro, items, region, _ in site.service_view.lists:
        if region not in OWN_CONTENT_REGIONS or lexicon.refers_elsewhere(intro, site.kommun):
            continue
        lowered = intro.lower()
        if items >= lexicon.list_min_items and any(word in lowered for word in lexicon.list_intro_words):
            return f"{intro} ({items} items)"
    return None


def _what_from_questions(site: Site) -> str | None:
    """Questions the unit answers, as headings of its page's own content (an FAQ: "Hur
    ställer jag mitt barn i kö till förskolan?"): each names a matter."""
    questions = [h.text for h in site.service_view.headings
                 if h.region in OWN_CONTENT_REGIONS and h.level > 1 and h.text.rstrip().endswith("?")]
    if len(questions) >= site.lexicon.list_min_items:
        return f"{questions[0]} ({len(questions)} questions)"
    return None


def detect_help_described(site: Site) -> AspectResult:
    page = site.service_page
    if page is None:
        return AspectResult(0, "d0: no service page")
    text = site.service_blocks
    what = site.lexicon.what_hit(text, site.kommun) or _what_from_list(site) or _what_from_questions(site)
    channels = site.channels
    needed = site.lexicon.min_channel_kinds
    kinds = ", ".join(f"{k} ({v[:40]})" for k, v in channels.items()) or "none"
    evidence = [evidence_on(page, page.h1 or page.title, "main", f"what: {what or '-'}; how: {kinds}", "page")]
    if what and len(channels) >= needed:
        return AspectResult(1, f"d1: says what ('{what}') and how ({len(channels)} channels)", evidence)
    if not what:
        return AspectResult(0, f"d0: the service page does not say what one can get help with "
                               f"({len(channels)} channels)", evidence)
    return AspectResult(0, f"d0: says what ('{what}') but only {len(channels)} of the {needed} channels "
                           "needed", evidence)
