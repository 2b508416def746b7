"""One municipality's crawl: its site, what it has seen, and what to fetch next.

Best-first: every link found goes into a heap ordered by promise (lexicon
priority), then depth, then discovery order; the next request is always the
most promising one left, until the page budget or the frontier runs out.
"""

import heapq
import itertools
from dataclasses import dataclass, field

from servicekoll.core.register import Municipality
from servicekoll.core.urls import site_key


@dataclass
class MunicipalityCrawl:
    municipality: Municipality
    budget: int
    depth_limit: int
    site_keys: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)
    heap: list = field(default_factory=list)
    fetched: int = 0  # responses archived
    front_page_done: bool = False
    twin_tried: bool = False
    homepage_failure: str = ""  # why the register's homepage failed, when the twin was tried
    outcome: tuple[str, str] | None = None  # (status, reason) once the front page decided it
    final_url: str = ""
    redirect_chain: list[str] = field(default_factory=list)
    _order: itertools.count = field(default_factory=itertools.count)

    def __post_init__(self) -> None:
        self.site_keys.add(site_key(self.municipality.url))

    def allow_site_of(self, url: str) -> None:
        """The front page moved to another domain: that domain is the site too."""
        self.site_keys.add(site_key(url))

    def in_site(self, url: str) -> bool:
        return site_key(url) in self.site_keys

    def add(self, url: str, priority: int, depth: int, referer: str) -> None:
        if url in self.seen or depth > self.depth_limit:
            return
        self.seen.add(url)
        heapq.heappush(self.heap, (-priority, depth, next(self._order), url, referer))

    def next_link(self) -> tuple[str, int, str, int] | None:
        """(url, depth, referer, priority) of the best link left, or None when done."""
        if self.fetched >= self.budget or not self.heap:
            return None
        negative_priority, depth, _, url, referer = heapq.heappop(self.heap)
        return url, depth, referer, -negative_priority
