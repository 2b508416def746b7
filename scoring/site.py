"""One municipality's parsed pages and what the rubric's words mean on them.

The rubric defines a few things every detector leans on: a *mention* of the
service function, the *service page*, an *entrance* on the front page. They are
computed here once per municipality and cached, so each page is parsed once
and each text matched once.
"""

from collections import deque
from dataclasses import dataclass
from functools import cached_property

from servicekoll.core.lexicon import Lexicon, NameHit
from servicekoll.core.urls import normalise_url
from servicekoll.scoring import regions as R
from servicekoll.scoring.model import Evidence
from servicekoll.scoring.page import Page

# Where a mention is most telling, best first (for choosing evidence).
KIND_ORDER = {"heading": 0, "title": 1, "label": 2, "link": 3, "text": 4}


@dataclass(frozen=True)
class Mention:
    page: Page
    kind: str  # title, heading, link, label, text
    text: str
    region: str
    hit: NameHit
    href: str = ""

    def evidence(self, snippet: str = "") -> Evidence:
        return Evidence(self.page.final_url, self.text[:200], self.region, snippet or self.text,
                        self.page.depth, self.kind)


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
        found: list[Mention] = []
        for page in self.pages:
            found.extend(self._page_mentions(page))
        return found

    def _page_mentions(self, page: Page) -> list[Mention]:
        match = self.lexicon.name_hits
        kommun = self.kommun
        out: list[Mention] = []
        if page.title:
            out += [Mention(page, "title", page.title, R.HEADER, h) for h in match(page.title, kommun)]
        for _, text, region in page.headings:
            out += [Mention(page, "heading", text, region, h) for h in match(text, kommun)]
        for link in page.links:
            out += [Mention(page, "link", link.text, link.region, h, link.href) for h in match(link.text, kommun)]
        headings = {text for _, text, _ in page.headings}
        for block in page.blocks:
            if block.label not in headings:
                out += [Mention(page, "label", block.label, block.region, h) for h in match(block.label, kommun)]
        for run in page.texts:
            out += [Mention(page, "text", run.text, run.region, h) for h in match(run.text, kommun)]
        return out

    @cached_property
    def own_mentions(self) -> list[Mention]:
        return [m for m in self.mentions if m.hit.names_service_function]

    @cached_property
    def service_page(self) -> Page | None:
        """The page about the service function: its h1 or title names it; else the page
        where it is described most fully (most own mentions in the content)."""
        def names_it(text: str) -> bool:
            return self.lexicon.names_service_function(text, self.kommun) is not None

        headed = [p for p in self.pages if p.status < 400 and names_it(p.h1)]
        titled = [p for p in self.pages if p.status < 400 and names_it(p.title.split("|")[0].split(" - ")[0])]
        for candidates in (headed, titled):
            if candidates:
                return min(candidates, key=lambda p: (p.depth, self.pages.index(p)))
        counts: dict[int, int] = {}
        for mention in self.own_mentions:
            if mention.region in (R.MAIN_TOP, R.MAIN, R.OTHER) and mention.kind in ("text", "label", "heading"):
                counts[id(mention.page)] = counts.get(id(mention.page), 0) + 1
        if not counts:
            return None
        best = max(self.pages, key=lambda p: (counts.get(id(p), 0), -p.depth))
        return best if counts.get(id(best)) else None

    @cached_property
    def service_page_urls(self) -> set[str]:
        page = self.service_page
        if page is None:
            return set()
        return {normalise_url(page.url), normalise_url(page.final_url)} - {""}

    @cached_property
    def entrances(self) -> list[Mention]:
        """Front-page links or labelled blocks naming the service function, and links
        whose target is the service page. The search box is never an entrance."""
        front = self.front_page
        if front is None:
            return []
        found = [m for m in self.own_mentions
                 if m.page is front and m.kind in ("link", "label", "heading") and m.region != R.SEARCH]
        named_links = {(m.href, m.text) for m in found if m.kind == "link"}
        for link in front.links:
            if link.href in self.service_page_urls and link.region != R.SEARCH \
                    and (link.href, link.text) not in named_links:
                hit = NameHit("(target is the service page)", link.text, 100.0)
                found.append(Mention(front, "target", link.text, link.region, hit, link.href))
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

    def content_text(self, page: Page) -> str:
        """What the page itself says, without the header, menus and footer every page repeats."""
        content = page.text_in(R.MAIN_TOP, R.MAIN, R.OTHER, R.ASIDE, R.NEWS)
        return content or page.visible_text

    def content_hrefs(self, page: Page) -> list[str]:
        return [link.href for link in page.links
                if link.region in (R.MAIN_TOP, R.MAIN, R.OTHER, R.ASIDE)]

    @cached_property
    def channels(self) -> dict[str, str]:
        page = self.service_page
        if page is None:
            return {}
        return self.lexicon.channel_kinds(self.content_text(page), self.content_hrefs(page))

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
