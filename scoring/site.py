"""One municipality's parsed pages and what the rubric's words mean on them.

The rubric defines a few things every detector leans on: a *mention* of the
service function, the *service page*, an *entrance* on the front page. They are
computed here once per municipality and cached, so each page is parsed once
and each text matched once.
"""

from collections import deque
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import pairwise

from servicekoll.core.lexicon import Lexicon, NameHit
from servicekoll.core.urls import normalise_url
from servicekoll.scoring import regions as R
from servicekoll.scoring.model import Evidence
from servicekoll.scoring.page import Heading, Link, Page

# A text on at least this share of the site's pages (and on REPEATED_MIN_PAGES) is site-wide.
REPEATED_SHARE = 0.6
REPEATED_MIN_PAGES = 3
# Where a page's own content can stand (the footer and menus never are).
OWN_CONTENT_REGIONS = (R.MAIN_TOP, R.MAIN, R.OTHER, R.ASIDE, R.NEWS)
# A form with this many fields to fill in (name, e-mail, message) is a contact form.
CONTACT_FORM_FIELDS = 2
# Where a mention is most telling, best first (for choosing evidence).
KIND_ORDER = {"heading": 0, "title": 1, "label": 2, "link": 3, "text": 4}


def evidence_on(page: Page, element_text: str, region: str, snippet: str, kind: str,
                element=None) -> Evidence:
    """Evidence about an element of `page`, with where the page is and how it was found.
    The element's path is computed here, for evidence only, never for every element."""
    xpath = element.getroottree().getpath(element) if element is not None else ""
    return Evidence(page.final_url, element_text, region, snippet, page.depth, kind, page.found_by,
                    page.rendered, xpath)


@dataclass(frozen=True)
class Mention:
    page: Page
    kind: str  # title, heading, link, label, text
    text: str
    region: str
    hit: NameHit
    href: str = ""
    element: object = field(default=None, compare=False, repr=False)  # where it stands (None: the title)

    def evidence(self, snippet: str = "") -> Evidence:
        return evidence_on(self.page, self.text[:200], self.region, snippet or self.text, self.kind,
                           self.element)


@dataclass
class Site:
    kommunkod: str
    kommun: str
    pages: list[Page]  # front page first
    lexicon: Lexicon

    @property
    def front_page(self) -> Page | None:
        return self.pages[0] if self.pages and self.pages[0].depth == 0 else None

    @cached_property
    def mentions(self) -> list[Mention]:
        """Every place a page names the service function or an excluded look-alike."""
        subjects = {id(page): self._excluded_subject(page) for page in self.pages}
        found: list[Mention] = []
        for page in self.pages:
            if page.search_results:  # "Du sökte på: kontaktcenter" names nothing
                continue
            mentions = self._page_mentions(page, subjects[id(page)])
            if not subjects[id(page)] and (theirs := self._news_of_another(page, mentions)
                                           or self._run_by_another(page, mentions)):
                subjects[id(page)] = theirs
                mentions = self._page_mentions(page, theirs)
            found.extend(mentions)
        return self._absent_units(self._teasers_of_others(self._links_to_others(found, subjects)))

    def _absent_units(self, found: list[Mention]) -> list[Mention]:
        """A unit the site says is gone, not there yet or not for the public ("Medborgarkontoret
        har stängt permanent", "Servicecentret finns inte ännu", "tar inte emot frågor från
        invånare") is named nowhere on it as one."""
        gone = {(m.hit.term, where) for m in found if m.kind == "text" and m.hit.names_service_function
                and m.region in OWN_CONTENT_REGIONS for where in self.lexicon.absent_places(m.text, m.hit.word)}
        if not gone:
            return found
        places = {id(m): self.lexicon.places_after(m.text, m.hit.word) for m in found if m.hit.names_service_function}
        # A place names one office of several ("Medborgarkontoret i Norrby har stängt"): the
        # rest stay, and a bare mention is the closed one only where no other office is named.
        closed = {where for _, where in gone}
        others = set().union(*places.values()) - closed

        def is_gone(m: Mention) -> bool:
            own = places[id(m)]
            return any(_same_name(m.hit.term, term) and (not where or (own <= closed if own else not others))
                       for term, where in gone)

        return [_excluded(m, "a unit the site says is gone, not there yet or not for the public") if id(m) in places and is_gone(m)
                else m for m in found]

    def _news_of_another(self, page: Page, mentions: list[Mention]) -> str:
        """A news item whose headline names the unit bare ("Servicekontoret på biblioteket
        stänger i maj") and whose article names it only as someone else's ("Statens
        servicekontor ... stänger"): the headline speaks of theirs. What excludes it, or ''."""
        if not self.lexicon.is_news_url(page.final_url):
            return ""
        h1s = {heading.element for heading in page.headings if heading.level == 1}
        headline = {m.hit.term for m in mentions if m.hit.names_service_function
                    and (m.kind == "title" or m.element in h1s)}
        article = [m for m in mentions if m.kind == "text" and m.hit.term in headline and m.element not in h1s
                   and (m.region in R.CONTENT_REGIONS or m.region == R.NEWS)]
        if article and not any(m.hit.names_service_function for m in article):
            return f"the page of {article[0].hit.excluded_by}"
        return ""

    def _run_by_another(self, page: Page, mentions: list[Mention]) -> str:
        """A page headed by the unit ("Servicekontor Snäckvik") whose own text says another
        party runs it ("Servicekontoret drivs av Statens servicecenter") is that party's unit's
        page, however often its text names the unit bare. What excludes it, or ''."""
        h1s = {heading.element for heading in page.headings if heading.level == 1}
        headline = {m.hit.term for m in mentions if m.hit.names_service_function and m.element in h1s}
        said = (m for m in mentions if m.kind == "text" and m.element not in h1s and m.region in R.CONTENT_REGIONS
                and self.lexicon.is_operator_exclusion(m.hit.excluded_by)
                and any(_same_name(m.hit.term, term) for term in headline))
        return next((f"the page of {m.hit.excluded_by}" for m in said), "")

    def _links_to_others(self, found: list[Mention], subjects: dict) -> list[Mention]:
        """A link naming the unit that leads to another organisation's unit names theirs: a
        menu's "Kundtjänst VA och avfall" opens the page of the municipal water company's."""
        owners = {url: subjects[id(page)] for page in self.pages if subjects[id(page)] for url in page.aliases}
        to_others = {m.element: owners[m.href] for m in found if m.kind == "link" and m.href in owners}
        if not to_others:
            return found
        return [_excluded(m, f"the link to {to_others[link]}")
                if m.hit.names_service_function and (link := _link_element(m)) in to_others else m for m in found]

    @staticmethod
    def _teasers_of_others(found: list[Mention]) -> list[Mention]:
        """A teaser (the list item or article of a link) headed by another organisation's unit
        is about theirs, its blurb too: "Fagervågs Bostäder öppnar kundtjänst på torget", then
        "Hyresgäster får en egen kundtjänst i centrum"."""
        teasers = {}
        for m in found:
            if m.kind == "link" and not m.hit.names_service_function and m.element is not None:
                item = next(m.element.iterancestors("li", "article"), None)
                if item is not None:
                    teasers[item] = m.hit.excluded_by
        if not teasers:
            return found
        out = []
        for m in found:
            item = next((a for a in m.element.iterancestors("li", "article") if a in teasers), None) \
                if m.kind == "text" and m.hit.names_service_function and m.element is not None else None
            out.append(_excluded(m, f"the teaser of {teasers[item]}") if item is not None else m)
        return out

    def _page_mentions(self, page: Page, subject: str) -> list[Mention]:
        """The page's mentions; `subject`: what excludes the unit the page is headed by."""
        match = self.lexicon.name_hits
        kommun = self.kommun
        out: list[Mention] = []
        title = self.lexicon.page_title(page.title)  # without the site's name
        if title:
            out += [Mention(page, "title", title, R.HEADER, h) for h in match(title, kommun)]
        for heading in page.headings:
            out += [Mention(page, "heading", heading.text, heading.region, h, element=heading.element)
                    for h in match(heading.text, kommun)]
        for link in page.links:
            out += [Mention(page, "link", link.text, link.region, h, link.href, link.element)
                    for h in match(link.text, kommun)]
        headings = {heading.text for heading in page.headings}
        for block in page.blocks:
            if block.label not in headings:
                out += [Mention(page, "label", block.label, block.region, h, element=block.element)
                        for h in match(block.label, kommun)]
        for run in page.texts:
            out += [Mention(page, "text", run.text, run.region, h, element=run.element)
                    for h in match(run.text, kommun)]
        if subject:
            # The page of another organisation's unit ("Testby Bostäder – kundcenter"): its own
            # text's "vårt kundcenter" is that unit too, a news item's article text included, and
            # so is its title, the same headline ("Servicekontoret i Grannvik stänger" above the
            # h1 "Försäkringskassans och Skatteverkets servicekontor i Grannvik stänger").
            out = [_excluded(m, subject)
                   if (m.region in R.CONTENT_REGIONS or m.region == R.NEWS or m.kind == "title")
                   and m.hit.names_service_function
                   else m for m in out]
        own_headings = {m.element for m in out if m.kind == "heading" and m.hit.names_service_function}
        for heading, owner in self._excluded_sections(page, out):
            # Likewise a section of it: under "Statens servicekontor i kommunhuset", the
            # "Servicekontoret drivs av Statens servicecenter" of its text is the state's,
            # up to a sub-heading naming the municipality's own unit.
            runs = page.section_texts(heading)
            end = next((i for i, run in enumerate(runs) if i and run.element in own_headings), len(runs))
            elements = {run.element for run in runs[:end]}
            out = [_excluded(m, f"the section of {owner}")
                   if m.element in elements and m.element is not heading.element
                   and m.hit.names_service_function else m for m in out]
        return out

    def _excluded_sections(self, page: Page, mentions: list[Mention]) -> list[tuple[Heading, str]]:
        """The headings below the page's own whose section is someone else's, with what
        excludes it: a content heading every name in which is someone else's unit, or a
        heading anywhere naming another organisation and no unit of ours (a footer column
        "Vassmark Energi AB")."""
        found = []
        content = set(_content_headings(page))
        for heading in page.headings:
            if heading.level == 1:
                continue
            hits = [m.hit for m in mentions if m.kind == "heading" and m.element is heading.element]
            if any(hit.names_service_function for hit in hits):
                continue
            if hits and heading in content:
                found.append((heading, hits[0].excluded_by))
            elif organisation := self.lexicon.organisation_named(heading.text, self.kommun):
                found.append((heading, organisation))
        return found

    def _excluded_subject(self, page: Page) -> str:
        """What excludes the unit a page is headed by (its h1, else its title less the site's
        name), when every name in that heading is someone else's unit; else ''."""
        heading = page.h1 or self.lexicon.page_title(page.title)
        hits = self.lexicon.name_hits(heading, self.kommun) if heading else ()
        if hits and not any(hit.names_service_function for hit in hits):
            return f"the page of {hits[0].excluded_by}"
        organisation = self.lexicon.organisation_named(heading, self.kommun) if heading and not hits else ""
        return f"the page of {organisation}" if organisation else ""

    @cached_property
    def own_mentions(self) -> list[Mention]:
        return [m for m in self.mentions if m.hit.names_service_function]

    @cached_property
    def service_page(self) -> Page | None:
        """The page about the service function (rubric, "Service page"), best first:
        1. a page headed by the unit's name (its h1, or its title less the site's
           name, is the name with at most a few words around it: "Kontaktcenter",
           "Kommunens servicecenter"), not a news item;
        2. a page describing it in a section of its own (an h2 "Kontaktcenter" in
           the content of a page headed "Kontakta oss");
        3. a page whose h1 names it among other words ("Medborgarkontoren Norr och Söder"),
           not a news item;
        4. a news item whose headline names it (only when it has no page of its own);
        5. the page whose own content names it most often, outside links (a card or
           teaser linking to it does not describe it).
        Ties go to the page fewest clicks from the front page, then the first fetched."""
        candidates = [p for p in self.pages if p.status < 400]
        for tier in (self._headed_by_name, self._section_about_it, self._headline_of_its_own,
                     self._headline_names_it):
            chosen = [p for p in candidates if tier(p)]
            if chosen:
                return min(chosen, key=lambda p: (p.depth, self.pages.index(p)))
        counts = {id(p): self._describing_mentions(p) for p in candidates}
        best = max(candidates, key=lambda p: (counts[id(p)], -p.depth), default=None)
        return best if best is not None and counts[id(best)] else None

    def _is_the_name(self, text: str) -> bool:
        return self.lexicon.is_the_name(text, self.kommun)

    def _headed_by_name(self, page: Page) -> bool:
        if self.lexicon.is_news_url(page.final_url):
            return False
        # "its h1 or title names it": a page titled "Servicekontoret" under an h1 "Besök oss" is it.
        # An h1 that is a link to another page is a teaser for that page (a front page's
        # "<h1><a href=/kontakt>Kontakt Kvistaby</a></h1>"), not this page's heading.
        # Read as the mentions read it: a unit the site says is gone is no page's name.
        h1 = "" if _h1_leads_elsewhere(page) else page.h1
        h1_own, title_own = self._own_headlines
        return (id(page) in h1_own and self._is_the_name(h1)) or (
            id(page) in title_own and self._is_the_name(self.lexicon.page_title(page.title)))

    def _section_about_it(self, page: Page) -> bool:
        return bool(self._sections_about_it(page))

    def _sections_about_it(self, page: Page) -> list[Heading]:
        """The content headings below the page's own that are the unit's name: "an h2
        Kontaktcenter on a page headed Kontakta oss" (never on a news item)."""
        if self.lexicon.is_news_url(page.final_url):
            return []
        return [h for h in _content_headings(page) if self._is_the_name(h.text) and not page.inside_link(h.text)]

    @cached_property
    def other_name(self) -> tuple[str, str]:
        """The other name the unit's own page gives it in its h1, and the rubric's name it
        stands for ("Fråga Vassby – kommunens kontaktcenter"): its page then says
        "Enhetschef för Fråga Vassby" of the unit. ("", "") when it gives none."""
        page = self.service_page
        if page is None or self.lexicon.is_news_url(page.final_url):
            return "", ""  # a news item's headline names what the news is about
        return self.lexicon.other_name(page.h1, self.kommun)

    @cached_property
    def service_view(self) -> Page | None:
        """What the service page says about the unit: the whole page when it is the unit's
        own (headed by its name), else the sections about the unit on a shared page (a
        "Kontakta oss" page's "Medborgarservice" beside its tourist office and press
        sections: their matters and heads are theirs, not the unit's)."""
        page = self.service_page
        if page is None or self._headed_by_name(page):
            return page
        sections = self._sections_about_it(page)
        if not sections:
            return page  # a news item, or the page naming it most often
        return page.only([run for heading in sections for run in page.section_texts(heading)])

    def _headline_names_it(self, page: Page) -> bool:
        return id(page) in self._headlines_naming_it

    def _headline_of_its_own(self, page: Page) -> bool:
        return self._headline_names_it(page) and not self.lexicon.is_news_url(page.final_url)

    @cached_property
    def _headlines_naming_it(self) -> set[int]:
        """The pages whose h1 (else title) names the unit as the municipality's own, read as
        the mentions read it: a news item about another's ("Servicekontoret på biblioteket
        stänger", the state's by its article) is none."""
        h1_own, _ = self._own_headlines
        return h1_own | {id(m.page) for m in self.own_mentions if m.kind == "title" and not m.page.h1}

    @cached_property
    def _own_headlines(self) -> tuple[set[int], set[int]]:
        """The pages whose h1, and those whose title, the mentions read as naming the unit."""
        h1_own, title_own = set(), set()
        for m in self.own_mentions:
            if m.kind == "heading" and m.text == m.page.h1:
                h1_own.add(id(m.page))
            elif m.kind == "title":
                title_own.add(id(m.page))
        return h1_own, title_own

    def _describing_mentions(self, page: Page) -> int:
        return sum(1 for m in self.own_mentions if m.page is page and m.region in R.CONTENT_REGIONS
                   and m.kind in ("text", "label", "heading") and not page.inside_link(m.text))

    @cached_property
    def service_page_urls(self) -> set[str]:
        """Every URL of the service page: its own, and those of its copies (a CMS serving the
        same page at two addresses, Sitevision's "/4.1a2b.html" beside its path): a link
        to either leads a visitor to the same page."""
        page = self.service_page
        if page is None:
            return set()
        copies = [p for p in self.pages if p is not page and p.title == page.title and p.h1 == page.h1
                  and p.visible_text == page.visible_text]
        return page.aliases.union(*(copy.aliases for copy in copies))

    @cached_property
    def entrances(self) -> list[Mention]:
        """Front-page links or labelled blocks naming the service function, and links
        whose target is the service page. In the search box only a link is one (a
        "Populära sökningar: Kundtjänst" link names it; the box's own labels do not),
        and never at the top (c)."""
        front = self.front_page
        if front is None:
            return []
        found = [m for m in self.own_mentions if m.page is front and (
            m.kind == "link" or (m.kind in ("label", "heading") and m.region != R.SEARCH))]
        named_links = {(m.href, m.text) for m in found if m.kind == "link"}
        # A link to the page it stands on ("Start", the logo) leads nowhere new.
        here = front.aliases
        for link in front.links:
            if link.href in self.service_page_urls and link.href not in here \
                    and (link.href, link.text) not in named_links:
                hit = NameHit("(target is the service page)", link.text, 100.0)
                found.append(Mention(front, "target", link.text, link.region, hit, link.href, link.element))
        return found

    @cached_property
    def click_depths(self) -> dict[str, int]:
        """Shortest click path from the front page to every archived page."""
        by_url: dict[str, Page] = {}
        for page in self.pages:
            for url in (normalise_url(page.url), normalise_url(page.final_url)):
                by_url.setdefault(url, page)
        front = self.front_page
        if front is None:
            return {}
        depths = {normalise_url(front.final_url): 0, normalise_url(front.url): 0}
        queue = deque([front])
        while queue:
            page = queue.popleft()
            here = depths[normalise_url(page.final_url)]
            for link in page.links:
                target = by_url.get(link.href)
                if target is not None and normalise_url(target.final_url) not in depths:
                    depths[normalise_url(target.final_url)] = here + 1
                    depths[normalise_url(target.url)] = here + 1
                    queue.append(target)
        return depths

    @cached_property
    def reach_depth(self) -> int | None:
        """Clicks from the front page to the service function: 0 when the front page has
        an entrance, else the click depth of the service page; None when not found."""
        if self.entrances:
            return 0
        if self.service_page is not None:
            return self.click_depths.get(normalise_url(self.service_page.final_url))
        return None

    @cached_property
    def repeated_texts(self) -> frozenset[tuple[str, str]]:
        """(region, text) that most pages of the site repeat (the site-wide header, menus,
        footer, a contact box in every sidebar), whatever their markup: not a page's own
        content. Keyed by region: the page's own text that a site-wide block elsewhere on
        the page repeats ("Telefon: 08-..." in main, the same number in every footer) stays
        the page's own (rubric: "A channel written in the page's own content counts even
        when the footer repeats the same number")."""
        pages = [p for p in self.pages if p.status < 400]
        if len(pages) < REPEATED_MIN_PAGES:
            return frozenset()
        counts: dict[tuple[str, str], int] = {}
        for page in pages:
            for key in {(run.region, run.text) for run in page.texts} | {_link_key(link) for link in page.links}:
                counts[key] = counts.get(key, 0) + 1
        needed = max(REPEATED_MIN_PAGES, REPEATED_SHARE * len(pages))
        return frozenset(key for key, count in counts.items() if count >= needed)

    def content_text(self, page: Page) -> str:
        """What the page itself says: its content regions, less what every page repeats."""
        return "\n".join(run.text for run in self._content_runs(page)) or page.text_in(*OWN_CONTENT_REGIONS)

    def content_blocks(self, page: Page) -> str:
        """content_text with a line for each block: a run inside the block of the run before
        it (<strong>allt</strong>, the text after it) continues that line, as a visitor reads
        "Vi svarar på frågor om <strong>allt</strong> från skola till avfall" as one sentence."""
        runs = self._content_runs(page)
        if not runs:
            return page.text_in(*OWN_CONTENT_REGIONS)
        parts = [runs[0].text]
        for before, run in pairwise(runs):
            parts += [" " if _continues(before, run) else "\n", run.text]
        return "".join(parts)

    def _content_runs(self, page: Page) -> list:
        repeated = self.repeated_texts
        return [run for run in page.texts if run.region in OWN_CONTENT_REGIONS and (run.region, run.text) not in repeated]

    def content_links(self, page: Page) -> list[Link]:
        """The page's own links: in its content regions, not repeated on every page."""
        repeated = self.repeated_texts
        return [link for link in page.links if link.region in OWN_CONTENT_REGIONS and _link_key(link) not in repeated]

    @cached_property
    def service_blocks(self) -> str:
        """content_blocks of the service view, read by d's "what" and by channels alike."""
        return self.content_blocks(self.service_view) if self.service_view is not None else ""

    @cached_property
    def channels(self) -> dict[str, str]:
        page = self.service_view
        if page is None:
            return {}
        links = self.content_links(page)
        # A form's submit control leads somewhere as a link does ("Boka tid"); a form to fill
        # in (a message, a name and an address) is a contact form whatever it is called.
        forms = [form for form in page.forms if form.region in OWN_CONTENT_REGIONS and not form.searches]
        # Each block of the page's own content, less those that send the visitor to another unit;
        # a table's rows also as read with their column headings ("Besöksadress: Byvägen 3").
        rows = [row.text for row in page.rows if row.region in OWN_CONTENT_REGIONS]
        own = self.lexicon.own_blocks(self.service_blocks.split("\n") + rows, self.kommun)
        found = self.lexicon.channel_kinds("\n".join(own), [link.href for link in links],
                                           [link.text for link in links] + [form.submit for form in forms])
        contact_form = next((form for form in forms if form.fields >= CONTACT_FORM_FIELDS), None)
        if "form" not in found and contact_form is not None:
            found["form"] = f"a form of {contact_form.fields} fields ({contact_form.submit or 'no button text'})"
        return found

    @cached_property
    def switchboard(self) -> str:
        """The switchboard number (växel) on the front page or the service page, for the call
        list: the first number in a text run or labelled block that says växel; else the
        first number in the footer."""
        phone = self.lexicon.channel_patterns["phone"]
        pages = [p for p in (self.front_page, self.service_page) if p is not None]
        for page in pages:
            labelled = [f"{block.label} {block.text}" for block in page.blocks] + [run.text for run in page.texts]
            for text in labelled:
                if self.lexicon.is_switchboard_label(text) and (match := phone.search(text)):
                    return match.group(0).strip()
        for page in pages:
            if match := phone.search(page.text_in(R.FOOTER) or page.visible_text):
                return match.group(0).strip()
        return ""


# Elements whose text runs on in the line of the block around them.
INLINE_TAGS = frozenset({"a", "abbr", "b", "em", "i", "mark", "small", "span", "strong", "time", "u", "font"})
INLINE_REACH = 4


def _continues(before, run) -> bool:
    """`run` goes on in the block of the run before it: an inline child's text, or the text
    after it (lxml's tail, read with its parent), in the same paragraph, item or cell."""
    return run.element is before.element or _block_of(run.element) is _block_of(before.element)


def _block_of(element):
    """The nearest element around `element`, itself included, that is not inline."""
    for _ in range(INLINE_REACH):
        if element is None or getattr(element, "tag", "") not in INLINE_TAGS:
            return element
        element = element.getparent()
    return element


def _same_name(one: str, other: str) -> bool:
    """Two forms of one name ("servicecenter", "servicecentret"): the shorter, less its last
    two letters, begins the longer."""
    short, long = sorted((one, other), key=len)
    return long.startswith(short[:-2] if len(short) >= 8 else short)


def _link_key(link: Link) -> tuple[str, str]:
    """A link as repeated_texts counts it: its region, text and target."""
    return link.region, f"{link.text}\t{link.href}"


def _content_headings(page: Page) -> list[Heading]:
    """The headings of a page's content below its own (h2 and lower in main or other):
    where a shared page's sections begin."""
    return [h for h in page.headings if h.level > 1 and h.region in R.CONTENT_REGIONS]


def _link_element(mention: Mention):
    """The link a mention is, or whose text it is (the text run or heading inside an <a>, a
    teaser's heading holding its one link), else None."""
    element = mention.element
    if element is None or mention.kind not in ("link", "text", "heading"):
        return None
    if element.tag == "a":
        return element
    wrapping = next(element.iterancestors("a"), None)
    if wrapping is not None or mention.kind != "heading":
        return wrapping
    links = element.findall(".//a")
    return links[0] if len(links) == 1 else None


def _h1_leads_elsewhere(page: Page) -> bool:
    """The page's h1 is, or wraps, a link to another page."""
    heading = next((h for h in page.headings if h.level == 1), None)
    if heading is None or heading.element is None:
        return False
    anchors = {*heading.element.iterancestors("a"), *heading.element.iter("a")}
    if not anchors:
        return False
    here = page.aliases  # a property that builds its set: once, not per link
    return any(link.element in anchors and link.href not in here for link in page.links)


def _excluded(mention: Mention, by: str) -> Mention:
    """The mention as someone else's unit: `by` says whose, or what made it so."""
    return replace(mention, hit=replace(mention.hit, excluded_by=by))
