"""Aspect e: the site names a person or role responsible for the service function.

The rubric looks on the service page and the pages it links to (an organisation page).
A responsible role names the unit ("kontaktcenterchef", "chef för kundtjänst"), or, on
the unit's own page, labels a holder or stands alone ("leds av en enhetschef"). Each
rule below is one form the rubric lists; the first that finds one decides.
"""

from urllib.parse import urlsplit

from servicekoll.scoring.model import AspectResult
from servicekoll.scoring.page import Page
from servicekoll.scoring.site import OWN_CONTENT_REGIONS, Site, evidence_on

# A contact card is a small box: a name, a title, the unit, a phone number or two.
CARD_WORDS = 30
CARD_LEVELS = 3
# The value a title labels on the unit's page ("Verksamhetschef | Jonas Ekdahl") is short.
VALUE_WORDS = 8
_LEADING_PUNCTUATION = "–—-,:;·|• "


def detect_responsible(site: Site) -> AspectResult:
    service_page = site.service_page
    if service_page is None:
        return AspectResult(0, "e0: no service page, so nobody is named for it (a phone check may set it)")
    for page, on_unit_s_page in _pages_to_read(site, service_page):
        for rule in (_role_in_text, _labelled_title, _contact_card, _staff_row):
            found = rule(page, site, on_unit_s_page)
            if found:
                return found
    return AspectResult(0, "e0: no person or role responsible for the service function is named "
                           "(a phone check may set it)")


def _pages_to_read(site: Site, service_page: Page) -> list[tuple[Page, bool]]:
    """What to read, each with whether it is the unit's own page: the service page (on a
    shared page, the unit's sections are its own, the rest is not: "Turistbyrån leds av
    turistchef Eva Ås" is the tourist office's), then the pages it links to that name the
    unit in their own content (a role naming the unit names it; the site-wide menu's item
    names it on every page; only the unit's own page may hold a title alone)."""
    naming = {id(m.page) for m in site.own_mentions if m.region in OWN_CONTENT_REGIONS}
    linked = {link.href for link in service_page.links}
    own = [(site.service_view, True)] + ([(service_page, False)] if site.service_view is not service_page else [])
    return own + [(p, _sub_page(p, service_page)) for p in site.pages if p is not service_page
                  and id(p) in naming and not p.aliases.isdisjoint(linked)]


def _sub_page(page: Page, service_page: Page) -> bool:
    """A page below the unit's own in the site's tree ("/kontaktcenter/om-oss/" under
    "/kontaktcenter/"): the unit's own page too, its "Verksamheten leds av ..." the unit's."""
    folder = urlsplit(service_page.final_url).path
    return folder.endswith("/") and len(folder) > 1 and urlsplit(page.final_url).path.startswith(folder)


def _role_in_text(page: Page, site: Site, on_service_page: bool) -> AspectResult | None:
    """ "Enhetschef för kontaktcenter: Anna Berg", "Kundtjänsten leds av Birgitta Ström". Away
    from the unit's own page the role's run must name the unit as the mentions read it (not a
    unit the site says is gone: "Enhetschef för medborgarkontoret var ... fram till stängningen").
    On the unit's own page its other name is its name ("Enhetschef för Fråga Vassby")."""
    naming = None if on_service_page else {id(m.element) for m in site.own_mentions if m.page is page}
    for run in page.texts:
        if naming is not None and id(run.element) not in naming:
            continue
        other, name = site.other_name if on_service_page else ("", "")
        text = run.text.replace(other, name) if other else run.text
        role = site.lexicon.role_hit(text, site.kommun, on_service_page=on_service_page)
        if role and text != run.text:  # quote the page's words: "enhetschef för Fråga Vassby"
            role = role.replace(name, other)
        if role:
            return AspectResult(1, f"e1: names who is responsible ('{role}')",
                                [evidence_on(page, role, run.region, _around(run.text, role), "text", run.element)])
    return None


def _labelled_title(page: Page, site: Site, on_service_page: bool) -> AspectResult | None:
    """On the unit's own page, a title alone labelling its holder: <dt>Verksamhetsansvarig</dt>
    <dd>name</dd>, or a field label and its value (Drupal's "Verksamhetschef | Jonas Ekdahl")."""
    if not on_service_page:
        return None
    title_term, names_nobody = site.lexicon.title_term, site.lexicon.names_nobody
    for block in page.blocks:  # "<dt>Enhetschef</dt><dd>Vakant</dd>" names nobody
        if getattr(block.element, "tag", "") == "dt" and title_term(block.label) and not names_nobody(block.text):
            return AspectResult(1, f"e1: names who is responsible ('{block.label}')",
                                [evidence_on(page, block.label, block.region, block.text, "label", block.element)])
    for run in page.texts:
        value = _labelled_value(run.element) if title_term(run.text) else ""
        if value and not names_nobody(value):
            return AspectResult(1, f"e1: names who is responsible ('{run.text}')",
                                [evidence_on(page, run.text, run.region, f"{run.text}: {value}", "label",
                                             run.element)])
    return None


def _labelled_value(element) -> str:
    """The short text of the element right after `element` (the value it labels), or ''."""
    following = element.getnext() if element is not None else None
    if following is None or not isinstance(following.tag, str):
        return ""
    text = " ".join(" ".join(following.itertext()).split())
    return text if text and len(text.split()) <= VALUE_WORDS else ""


def _contact_card(page: Page, site: Site, on_service_page: bool) -> AspectResult | None:
    """A small box pairing the unit with a leading title: "Maria Holm, Servicechef,
    Servicecenter Norrby"; "<a>Medborgarservice</a> – enhetschef Sanna Hedlund, 040-..."."""
    for run in page.texts:
        card = _card_naming_the_unit(run, site) if _leading_title(run.text, site) else ""
        if card:
            return AspectResult(1, f"e1: a contact card pairs the unit with who leads it ('{run.text}')",
                                [evidence_on(page, run.text, run.region, card, "text", run.element)])
    return None


def _staff_row(page: Page, site: Site, on_service_page: bool) -> AspectResult | None:
    """A staff-table row pairing the unit with a manager's title; on the unit's own page the
    page names the unit, so a row's title alone beside a name is its manager ("Johan Ahl |
    Servicechef" under "Medarbetare på Servicecenter")."""
    for row in page.rows:
        role = site.lexicon.role_in_row(row.text, site.kommun)
        says = "pairs the unit with who leads it"
        if not role and on_service_page:
            role, says = _title_beside_name(row.text, site), "on the unit's own page names its manager"
        if role:
            return AspectResult(1, f"e1: a staff row {says} ('{role}')",
                                [evidence_on(page, role, row.region, row.text, "row", row.element)])
    return None


def _title_beside_name(row: str, site: Site) -> str:
    """The row's text when one cell is a title alone and another a short value that is not a
    vacancy ("Namn: Johan Ahl | Roll: Servicechef"; a cell may carry its column's heading)."""
    values = [cell.split(": ", 1)[-1].strip() for cell in row.split(" | ")]
    titles = [value for value in values if site.lexicon.title_term(value)]
    others = [value for value in values if value and value not in titles]
    if titles and others and all(len(value.split()) <= VALUE_WORDS and not site.lexicon.names_nobody(value)
                                 for value in others):
        return row
    return ""


def _leading_title(text: str, site: Site) -> str:
    """The generic title a text starts with ("– enhetschef Sanna Hedlund" -> "enhetschef"), or ''."""
    words = text.lstrip(_LEADING_PUNCTUATION).split(maxsplit=1)
    return site.lexicon.title_term(words[0].rstrip(",;")) if words else ""


def _card_naming_the_unit(run, site: Site) -> str:
    """The text of the smallest box holding `run` (its own element, then up to CARD_LEVELS
    up, at most CARD_WORDS words) that also names the service function, or ''."""
    element = run.element
    for _ in range(CARD_LEVELS + 1):
        if element is None or element.tag in ("main", "body", "html") or element.find(".//h1") is not None:
            return ""  # past the card: the page's content as a whole is none
        text = " ".join(" ".join(element.itertext()).split())
        if len(text.split()) > CARD_WORDS:
            return ""
        if site.lexicon.names_service_function(text, site.kommun):
            return text
        element = element.getparent()
    return ""


def _around(text: str, phrase: str, width: int = 100) -> str:
    index = text.lower().find(phrase.lower()[:20])
    if index < 0:
        return phrase
    return " ".join(text[max(0, index - width // 2): index + len(phrase) + width].split())
