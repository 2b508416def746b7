"""The one spider: every municipality's homepage, then its most promising pages.

It says what to fetch and nothing else: each municipality's crawl is a
best-first frontier (crawler/frontier.py) with one request in flight; pages go
to the archive pipeline as PageItems and, when a municipality is finished, one
OutcomeItem says how it went. Slots, scope, archive and run folder are the
middlewares', pipelines' and extensions' jobs.
"""

from datetime import UTC, datetime
from pathlib import Path

import scrapy
from servicekoll.core import runfolder
from servicekoll.core.lexicon import load_lexicon
from servicekoll.core.register import load_register, select
from servicekoll.core.urls import normalise_url, site_key, twin_url
from servicekoll.crawler.frontier import MunicipalityCrawl
from servicekoll.crawler.items import OutcomeItem, PageItem
from servicekoll.crawler.links import extract_links
from servicekoll.crawler.outcomes import (
    NOT_HTML,
    OK,
    UNREACHABLE,
    classify_failure,
    classify_response,
)

# Failures after which the www/non-www twin of the homepage is worth one try.
TWIN_WORTHY = ("DNS error", "connection refused", "timed out", "connection reset", "TLS")


class MunicipalitiesSpider(scrapy.Spider):
    name = "municipalities"

    def __init__(self, municipalities: str | None = None, out: str | None = None,
                 only: str | None = None, shard: str | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.register = select(load_register(municipalities), only)
        if shard:  # "i/n": this process crawls every n-th municipality from the i-th
            index, count = (int(part) for part in shard.split("/"))
            self.register = self.register[index::count]
        self.out = Path(out or "runs/scrapy")
        self.crawls: dict[str, MunicipalityCrawl] = {}
        self.owners: dict[str, str] = {}  # site key -> kommunkod, for requests Scrapy makes itself
        self.lexicon = load_lexicon()

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.budget = crawler.settings.getint("SERVICEKOLL_PAGE_BUDGET")
        spider.depth_limit = crawler.settings.getint("SERVICEKOLL_DEPTH_LIMIT")
        spider.links_per_page = crawler.settings.getint("SERVICEKOLL_LINKS_PER_PAGE")
        spider.bot_wall_titles = crawler.settings.getlist("SERVICEKOLL_BOT_WALL_TITLES")
        return spider

    async def start(self):
        done = runfolder.finished_codes(self.out)
        for municipality in self.register:
            if municipality.kommunkod in done:
                continue  # resumed run: this one is archived already
            runfolder.discard_partial(self.out, municipality.kommunkod)
            try:
                request = self.homepage_request(municipality)
            except ValueError as exc:  # one bad URL is that municipality's outcome, never the others' end
                self.crawls.pop(municipality.kommunkod, None)
                yield OutcomeItem(kommunkod=municipality.kommunkod, status=UNREACHABLE,
                                  status_reason=f"homepage URL cannot be requested: {exc}"[:200], pages=0,
                                  final_url="", homepage=municipality.url, redirect_chain=[])
                continue
            yield request

    def homepage_request(self, municipality) -> scrapy.Request:
        crawl = MunicipalityCrawl(municipality, self.budget, self.depth_limit)
        self.crawls[municipality.kommunkod] = crawl
        self.owners[site_key(municipality.url)] = municipality.kommunkod
        homepage = normalise_url(municipality.url) or municipality.url
        crawl.seen.add(homepage)
        return self.page_request(crawl, homepage, depth=0, referer="")

    # -- requests ---------------------------------------------------------------------

    def site_owner(self, url: str) -> str | None:
        """The municipality whose site a URL is on (robots.txt requests carry no meta)."""
        return self.owners.get(site_key(url))

    def page_request(self, crawl: MunicipalityCrawl, url: str, depth: int, referer: str,
                     priority: int = 0) -> scrapy.Request:
        headers = {"Referer": referer} if referer else {}
        return scrapy.Request(
            url, callback=self.parse, errback=self.failed, headers=headers, priority=priority,
            dont_filter=True,
            meta={"kommunkod": crawl.municipality.kommunkod, "page_depth": depth, "referer": referer,
                  "front_page": depth == 0},
        )

    def next_request(self, crawl: MunicipalityCrawl):
        """The municipality's next request, or its outcome when there is none left."""
        nxt = crawl.next_link()
        if nxt:
            url, depth, referer, priority = nxt
            yield self.page_request(crawl, url, depth, referer, priority)
            return
        status, reason = crawl.outcome or (UNREACHABLE, "no response")
        if crawl.twin_tried:
            twin = twin_url(crawl.municipality.url)
            reason = (f"homepage failed ({crawl.homepage_failure}); served by its www twin {twin}"
                      if status == OK else f"{reason}; its www twin {twin} failed too")
        self.crawls.pop(crawl.municipality.kommunkod, None)
        yield OutcomeItem(
            kommunkod=crawl.municipality.kommunkod, status=status,
            status_reason=reason, pages=crawl.fetched,
            final_url=crawl.final_url, homepage=crawl.municipality.url,
            redirect_chain=crawl.redirect_chain,
        )

    # -- responses ----------------------------------------------------------------------

    def parse(self, response):
        crawl = self.crawls[response.meta["kommunkod"]]
        depth = response.meta["page_depth"]
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        crawl.fetched += 1
        yield self.page_item(response, crawl, depth, content_type)
        if response.meta.get("front_page") and not crawl.front_page_done:
            self.judge_front_page(crawl, response, content_type)
        if crawl.outcome and crawl.outcome[0] == OK and _is_html(response, content_type):
            for link in extract_links(response, self.lexicon, self.links_per_page, crawl.seen):
                if crawl.in_site(link.url):
                    crawl.add(link.url, link.priority, depth + 1, response.url)
        yield from self.next_request(crawl)

    def judge_front_page(self, crawl: MunicipalityCrawl, response, content_type: str) -> None:
        crawl.front_page_done = True
        crawl.final_url = response.url
        crawl.redirect_chain = [*response.meta.get("redirect_urls", []), response.url]
        crawl.allow_site_of(response.url)
        self.owners.setdefault(site_key(response.url), crawl.municipality.kommunkod)
        crawl.seen.add(normalise_url(response.url))
        title = ""
        if _is_html(response, content_type):
            title = response.xpath("normalize-space(//title)").get() or ""
        crawl.outcome = classify_response(response.status, content_type, title, self.bot_wall_titles)
        if crawl.outcome[0] == OK and not _is_html(response, content_type):
            crawl.outcome = (NOT_HTML, "front page is binary data, not HTML")

    def failed(self, failure):
        request = failure.request
        crawl = self.crawls.get(request.meta.get("kommunkod"))
        if crawl is None:
            return
        if request.meta.get("front_page") and not crawl.front_page_done:
            status, reason = classify_failure(failure)
            twin = twin_url(crawl.municipality.url)
            if twin and not crawl.twin_tried and any(word in reason for word in TWIN_WORTHY):
                crawl.twin_tried = True
                crawl.homepage_failure = reason
                crawl.allow_site_of(twin)
                self.owners.setdefault(site_key(twin), crawl.municipality.kommunkod)
                yield self.page_request(crawl, twin, depth=0, referer="")
                return
            crawl.front_page_done = True
            crawl.outcome = (status, reason)
        yield from self.next_request(crawl)

    def page_item(self, response, crawl: MunicipalityCrawl, depth: int, content_type: str) -> PageItem:
        redirects = list(response.meta.get("redirect_urls", []))
        return PageItem(
            kommunkod=crawl.municipality.kommunkod,
            url=redirects[0] if redirects else response.request.url,
            final_url=response.url,
            status=response.status,
            depth=depth,
            referer=response.meta.get("referer", ""),
            content_type=content_type,
            fetched_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            redirects=redirects,
            request_headers={k.decode("latin-1"): v[0].decode("latin-1")
                             for k, v in response.request.headers.items() if v},
            response_headers=[(k.decode("latin-1"), v.decode("latin-1"))
                              for k, values in response.headers.items() for v in values],
            body=response.body,
            protocol=response.protocol or "HTTP/1.1",
        )


def _is_html(response, content_type: str) -> bool:
    if not isinstance(response, scrapy.http.TextResponse):
        return False
    head = response.body[:1024]
    controls = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    if head and controls > len(head) // 10:
        return False  # binary bytes served as text/html
    return "html" in content_type.lower() or (not content_type and b"<" in head)
