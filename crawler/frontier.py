"""One municipality's crawl: its site, what it has seen, and what to fetch next.

Best-first: every URL found, on any page, goes into one heap ordered by promise
(lexicon priority), then depth, then discovery order; the next request is the
most promising one left, until the budget or the frontier runs out.

Discovery beyond links: while no fetched page's title or h1 names the service
function, the links at or above the lexicon's `promising` priority come first;
once they are spent, or only the budget's reserve is left, the crawl reads the
sitemap (robots.txt `Sitemap:` lines, else /sitemap.xml) and then asks the
site's own search, once per lexicon query, before the rest of the links.

A sitemap that lists the pages the crawl has seen answering (SITEMAP_COVERAGE of
them) is taken as the site's list of pages: a link it does not list (a menu's
placeholder that 404s, as often as not) then waits behind the pages it lists,
unless the link is promising.

URLs are requested as linked; the seen-set holds their normalised keys, and
every URL a response was reached through (redirects included) is marked done,
so a page is never fetched twice under two spellings.
"""

import heapq
import itertools
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from servicekoll.core.register import Municipality
from servicekoll.core.urls import normalise_url, site_key

LINK, SITEMAP, SEARCH = "link", "sitemap", "search"  # how a page was found (pages.jsonl found_by)
# A sitemap is the site's list of pages when it lists this share of the pages seen answering
# (at least SITEMAP_MIN_ANSWERED of them): one that lists only the news says nothing of the rest.
SITEMAP_COVERAGE = 0.8
SITEMAP_MIN_ANSWERED = 3
UNLISTED_PENALTY = 1000  # below every page a sitemap lists; keeps the order among unlisted links
PAGE, SITEMAP_DOCUMENT, SEARCH_RESULTS = "page", "sitemap", "search_results"  # what a request fetches


@dataclass(frozen=True)
class Fetch:
    url: str  # requested as found (less the fragment)
    depth: int
    referer: str
    priority: int
    found_by: str = LINK
    kind: str = PAGE
    discovered: bool = False  # queued or lifted by the sitemap or the search: may use the reserve


@dataclass(frozen=True)
class Discovery:
    """How far beyond links a crawl may look (settings and lexicon)."""

    promising: int = 40  # links at or above it come before the sitemap and the search
    reserve: int = 8  # requests of the budget kept for the sitemap and the search
    max_sitemaps: int = 3  # sitemap documents read (an index and its first children)


@dataclass
class MunicipalityCrawl:
    municipality: Municipality
    budget: int  # requests: pages archived plus sitemap documents
    depth_limit: int
    discovery: Discovery = field(default_factory=Discovery)
    site_keys: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)  # keys found by links or search: never queued again
    done: set[str] = field(default_factory=set)  # keys requested or reached through a redirect
    queued: dict[str, Fetch] = field(default_factory=dict)  # key -> its best entry still to fetch
    heap: list = field(default_factory=list)
    fetched: int = 0  # responses archived
    sitemap_documents: int = 0  # sitemap documents requested
    named: bool = False  # a fetched page's title or h1 names the service function
    sitemaps: list[str] = field(default_factory=list)  # sitemap documents still to read
    sitemap_started: bool = False
    search_urls: list[str] = field(default_factory=list)  # site-search requests still to make
    answered: set[str] = field(default_factory=set)  # keys of pages that answered below 400
    listed: set[str] = field(default_factory=set)  # keys of the pages the sitemaps list
    sitemap_lists_site: bool = False  # the sitemap lists the site's pages (SITEMAP_COVERAGE)
    crawl_delay: float = 0.0  # seconds between this municipality's requests, at least
    front_page_done: bool = False
    twin_tried: bool = False
    homepage_failure: str = ""  # why the register's homepage failed, when the twin was tried
    outcome: tuple[str, str] | None = None  # (status, reason) once the front page decided it
    final_url: str = ""
    redirect_chain: list[str] = field(default_factory=list)
    _order: itertools.count = field(default_factory=itertools.count)

    def __post_init__(self) -> None:
        self.site_keys.add(site_key(self.municipality.url))

    # -- scope -------------------------------------------------------------------------

    def allow_site_of(self, url: str) -> None:
        """The front page moved to another domain: that domain is the site too."""
        self.site_keys.add(site_key(url))

    def in_site(self, url: str) -> bool:
        return site_key(url) in self.site_keys

    # -- the frontier --------------------------------------------------------------------

    @property
    def spent(self) -> int:
        return self.fetched + self.sitemap_documents

    def add(self, url: str, priority: int, depth: int, referer: str, found_by: str = LINK,
            key: str = "") -> None:
        """Queue a URL found on a page, in a sitemap or by the site's search.

        A link is queued once (the first time it is seen). A sitemap URL waits outside
        the seen-set, so that a link to it found later still reaches it: the link then
        lifts its priority and makes it found by link."""
        key = key or normalise_url(url)
        discovered = found_by != LINK
        if found_by == SITEMAP and key:
            self.listed.add(key)  # done or not: what the sitemap is checked by
        if not key or depth > self.depth_limit or key in self.done:
            return
        if found_by == LINK:
            priority = self._link_priority(priority, key)
        queued = self.queued.get(key)
        if found_by != SITEMAP:
            if key in self.seen and not (queued and (queued.found_by == SITEMAP or found_by == SEARCH)):
                return
            self.seen.add(key)
        if queued is not None:
            if priority <= queued.priority:
                if found_by == LINK and queued.found_by != LINK:
                    self.queued[key] = replace(queued, found_by=LINK)
                return
            if queued.found_by == LINK:
                found_by = LINK  # linked from a page fetched: found by link, lifted by discovery
        entry = Fetch(url, depth, referer, priority, found_by, discovered=discovered)
        self.queued[key] = entry
        heapq.heappush(self.heap, (-priority, depth, next(self._order), key))

    def _link_priority(self, priority: int, key: str) -> int:
        if self.sitemap_lists_site and key not in self.listed and priority < self.discovery.promising:
            return priority - UNLISTED_PENALTY
        return priority

    def note_answer(self, url: str, status: int) -> None:
        """A page answered: what a sitemap is checked against."""
        if status < 400:
            self.answered.add(normalise_url(url))

    def weigh_by_sitemap(self) -> None:
        """After a sitemap document is read: if the sitemaps list the site's pages, every
        queued link they do not list waits behind the pages they list (see the module doc)."""
        if self.sitemap_lists_site or len(self.answered) < SITEMAP_MIN_ANSWERED:
            return
        if len(self.answered & self.listed) < SITEMAP_COVERAGE * len(self.answered):
            return
        self.sitemap_lists_site = True
        for key, entry in list(self.queued.items()):
            if entry.found_by == LINK and (priority := self._link_priority(entry.priority, key)) != entry.priority:
                self.queued[key] = replace(entry, priority=priority)
                heapq.heappush(self.heap, (-priority, entry.depth, next(self._order), key))

    def mark_done(self, *urls: str) -> None:
        """Requested, or reached through a redirect: never fetched again under any spelling."""
        for url in urls:
            key = normalise_url(url)
            if key:
                self.done.add(key)
                self.seen.add(key)
                self.queued.pop(key, None)

    def _peek(self) -> Fetch | None:
        while self.heap:
            negative_priority, _, _, key = self.heap[0]
            entry = self.queued.get(key)
            if entry is not None and entry.priority == -negative_priority:
                return entry
            heapq.heappop(self.heap)  # fetched meanwhile, or superseded by a better entry
        return None

    def _pop(self) -> Fetch:
        _, _, _, key = heapq.heappop(self.heap)
        entry = self.queued.pop(key)
        self.done.add(key)
        return entry

    # -- what next -------------------------------------------------------------------------

    def next_fetch(self) -> Fetch | None:
        """The next request, or None when the budget or everything worth fetching is spent."""
        if self.spent >= self.budget:
            return None
        top = self._peek()
        if not self.discovering():
            return self._pop() if top else None
        within_links_share = self.spent < self.budget - self.reserve
        if top and top.priority >= self.discovery.promising and (top.discovered or within_links_share):
            return self._pop()
        return self._discovery_step()

    @property
    def reserve(self) -> int:
        # A small budget keeps a small reserve: a quarter of it at most.
        return min(self.discovery.reserve, self.budget // 4)

    def discovering(self) -> bool:
        """Whether the sitemap or the site search are still to be tried."""
        if self.named or not self.front_page_done or not self.outcome or self.outcome[0] != "ok":
            return False
        return not self.sitemap_started or self._sitemap_left() or bool(self.search_urls)

    def _sitemap_left(self) -> bool:
        return bool(self.sitemaps) and self.sitemap_documents < self.discovery.max_sitemaps

    def _discovery_step(self) -> Fetch | None:
        if not self.sitemap_started:
            self.sitemap_started = True
            if not self.sitemaps:  # robots.txt named none: the conventional place
                parts = urlsplit(self.final_url)
                self.sitemaps.append(f"{parts.scheme}://{parts.netloc}/sitemap.xml")
        if self._sitemap_left():
            self.sitemap_documents += 1
            return Fetch(self.sitemaps.pop(0), 1, "", 0, SITEMAP, SITEMAP_DOCUMENT)
        self.sitemaps.clear()
        if self.search_urls:
            return Fetch(self.search_urls.pop(0), 1, self.final_url, 0, SEARCH, SEARCH_RESULTS)
        return self.next_fetch()

    # -- discovery inputs ------------------------------------------------------------------

    def add_sitemap(self, url: str) -> None:
        """A sitemap document to read (from robots.txt or a sitemap index), same site only."""
        if self.in_site(url) and url not in self.sitemaps:
            self.sitemaps.append(url)

    def stop_search(self) -> None:
        """The search failed, is forbidden by robots.txt or answers with an error: ask no more."""
        self.search_urls.clear()

    def note_crawl_delay(self, delay: float) -> None:
        self.crawl_delay = max(self.crawl_delay, delay)
