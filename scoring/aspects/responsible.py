"""Aspect e: the site names a person or role responsible for the service function."""

from servicekoll.scoring.model import AspectResult
from servicekoll.scoring.site import Site, evidence_on


def detect_responsible(site: Site) -> AspectResult:
    service_page = site.service_page
    if service_page is None:
        return AspectResult(0, "e0: no service page, so nobody is named for it (a phone check may set it)")
    # The rubric looks on the service page and the pages it links to (an organisation page).
    # A responsible role names the unit ("kontaktcenterchef", "chef för kundtjänst"), or
    # labels a name on the unit's own page: of those pages, only ones naming it can hold one.
    naming = {id(m.page) for m in site.own_mentions}
    linked = {link.href for link in service_page.links}
    ordered = [service_page] + [p for p in site.pages if p is not service_page and id(p) in naming
                                and not p.aliases.isdisjoint(linked)]
    lexicon = site.lexicon
    for page in ordered:
        for run in page.texts:
            role = lexicon.role_hit(run.text, site.kommun, on_service_page=page is service_page)
            if role:
                return AspectResult(1, f"e1: names who is responsible ('{role}')",
                                    [evidence_on(page, role, run.region, _around(run.text, role), "text", run.element)])
        if page is service_page:
            for block in page.blocks:
                # a definition list on the unit's page: <dt>Verksamhetsansvarig</dt><dd>name</dd>
                if getattr(block.element, "tag", "") == "dt" and lexicon.title_term(block.label):
                    return AspectResult(1, f"e1: names who is responsible ('{block.label}')",
                                        [evidence_on(page, block.label, block.region, block.text, "label",
                                                     block.element)])
        for run in page.texts:
            card = _card_naming_the_unit(run, site) if lexicon.title_term(run.text) else None
            if card:
                # a contact card: a name, the title alone, the unit ("Maria Holm, Servicechef,
                # Servicecenter Norrby")
                return AspectResult(1, f"e1: a contact card pairs the unit with who leads it ('{run.text}')",
                                    [evidence_on(page, run.text, run.region, card, "text", run.element)])
        for row in page.rows:
            role = lexicon.role_in_row(row.text, site.kommun)
            if role:
                return AspectResult(1, f"e1: a staff row pairs the unit with who leads it ('{role}')",
                                    [evidence_on(page, role, row.region, row.text, "row", row.element)])
    return AspectResult(0, "e0: no person or role responsible for the service function is named "
                           "(a phone check may set it)")


# A contact card is a small box: a name, a title, the unit, a phone number or two.
CARD_WORDS = 30
CARD_LEVELS = 3


def _card_naming_the_unit(run, site: Site) -> str:
    """The text of the smallest box around `run` (at most CARD_LEVELS up, CARD_WORDS words)
    that also names the service function, or ''."""
    element = run.element
    for _ in range(CARD_LEVELS):
        element = element.getparent() if element is not None else None
        if element is None or element.tag in ("main", "body", "html") or element.find(".//h1") is not None:
            return ""  # past the card: the page's content as a whole is none
        text = " ".join(" ".join(element.itertext()).split())
        if len(text.split()) > CARD_WORDS:
            return ""
        if site.lexicon.names_service_function(text, site.kommun):
            return text
    return ""


def _around(text: str, phrase: str, width: int = 100) -> str:
    index = text.lower().find(phrase.lower()[:20])
    if index < 0:
        return phrase
    return " ".join(text[max(0, index - width // 2): index + len(phrase) + width].split())
