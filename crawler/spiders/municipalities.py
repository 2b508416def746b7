"""The one spider: every municipality's homepage, then its most promising pages.

It says what to fetch and nothing else: each municipality's crawl is a
best-first frontier (crawler/frontier.py) with one request in flight; pages go
to the archive pipeline as PageItems and, when a municipality is finished, one
OutcomeItem says how it went. Slots, scope, archive and run folder are the
middlewares', pipelines' and extensions' jobs.

Beyond links (crawler/discovery.py): robots.txt's Crawl-delay paces the
municipality's slot and its Sitemap: lines, or /sitemap.xml, and the front
page's own search form are used when links have not led to a page headed by
the service function.
"""

from datetime import UTC, datetime
from pathlib import Path

import scrapy
from scrapy import signals
from servicekoll.core import runfolder
from servicekoll.core.lexicon import load_lexicon
from servicekoll.core.register import load_register, select
from servicekoll.core.urls import frame_urls, is_page_url, normalise_url, site_key, twin_url
from servicekoll.crawler.discovery import read_sitemap, robots_facts, search_urls
from servicekoll.crawler.frontier import (
    LINK,
    SEARCH,
    SEARCH_RESULTS,
    SITEMAP,
    SITEMAP_DOCUMENT,
    Discovery,
    Fetch,
    MunicipalityCrawl,
)
from servicekoll.crawler.items import OutcomeItem, PageItem
from servicekoll.crawler.links import base_of, extract_links, priority_of
from servicekoll.crawler.middlewares import raise_slot_delay, slot_key, wire_exchange, wire_form
from servicekoll.crawler.outcomes import (
    NEEDS_BROWSER,
    NOT_HTML,
    OK,
    UNREACHABLE,
    classify_failure,
    classify_response,
    is_bot_wall,
)
from servicekoll.crawler.render import Renderer

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
        settings = crawler.settings
        spider.budget = settings.getint("SERVICEKOLL_PAGE_BUDGET")
        spider.depth_limit = settings.getint("SERVICEKOLL_DEPTH_LIMIT")
        spider.links_per_page = settings.getint("SERVICEKOLL_LINKS_PER_PAGE")
        spider.bot_wall_titles = settings.getlist("SERVICEKOLL_BOT_WALL_TITLES")
        spider.download_delay_floor = settings.getfloat("DOWNLOAD_DELAY")
        spider.max_crawl_delay = settings.getfloat("SERVICEKOLL_MAX_CRAWL_DELAY")
        spider.search_hits = settings.getint("SERVICEKOLL_SEARCH_HITS")
        spider.sitemap_urls = settings.getint("SERVICEKOLL_SITEMAP_URLS")
        spider.robots_agent = settings.get("ROBOTSTXT_USER_AGENT") or settings.get("USER_AGENT")
        spider.renderer = Renderer(settings)  # script-built pages: crawler/render.py
        spider.discovery = Discovery(promising=spider.lexicon.crawl_weights["promising"],
                                     reserve=settings.getint("SERVICEKOLL_DISCOVERY_RESERVE"),
                                     max_sitemaps=settings.getint("SERVICEKOLL_MAX_SITEMAPS"))
        crawler.signals.connect(spider.robots_parsed, signal=signals.robots_parsed)
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
        crawl = MunicipalityCrawl(municipality, self.budget, self.depth_limit, self.discovery,
                                  crawl_delay=self.download_delay_floor)
        self.crawls[municipality.kommunkod] = crawl
        self.owners[site_key(municipality.url)] = municipality.kommunkod
        homepage = municipality.url.split("#", 1)[0]  # the register's URL as written
        crawl.mark_done(homepage)
        return self.page_request(crawl, Fetch(homepage, 0, "", 0))

    # -- requests ---------------------------------------------------------------------

    def site_owner(self, url: str) -> str | None:
        """The municipality whose site a URL is on (robots.txt requests carry no meta)."""
        return self.owners.get(site_key(url))

    def delay_floor(self, kommunkod: str) -> float:
        """The least delay between a municipality's requests (robots.txt Crawl-delay)."""
        crawl = self.crawls.get(kommunkod)
        return crawl.crawl_delay if crawl else 0.0

    def page_request(self, crawl: MunicipalityCrawl, fetch: Fetch) -> scrapy.Request:
        headers = {"Referer": fetch.referer} if fetch.referer else {}
        callback = self.parse_sitemap if fetch.kind == SITEMAP_DOCUMENT else self.parse
        return scrapy.Request(
            fetch.url, callback=callback, errback=self.failed, headers=headers, priority=fetch.priority,
            dont_filter=True,
            meta={"kommunkod": crawl.municipality.kommunkod, "page_depth": fetch.depth, "referer": fetch.referer,
                  "front_page": fetch.depth == 0 and fetch.kind == "page", "found_by": fetch.found_by,
                  "kind": fetch.kind},
        )

    def next_request(self, crawl: MunicipalityCrawl):
        """The municipality's next request, or its outcome when there is none left."""
        while (fetch := crawl.next_fetch()) is not None:
            try:
                yield self.page_request(crawl, fetch)
                return
            except ValueError:  # a URL Scrapy cannot request (found in a sitemap, say): skip it
                continue
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
            redirect_chain=crawl.redirect_chain, crawl_delay=crawl.crawl_delay,
        )

    # -- robots.txt -----------------------------------------------------------------------

    def robots_parsed(self, robotparser, request) -> None:
        """Scrapy parsed a robots.txt for a municipality's host: pace its slot by the
        Crawl-delay (the larger of it and DOWNLOAD_DELAY, capped), note its sitemaps."""
        code = request.meta.get("kommunkod") or self.site_owner(request.url)
        crawl = self.crawls.get(code or "")
        if crawl is None:
            return
        delay, sitemaps = robots_facts(robotparser, self.robots_agent)
        if delay is not None:
            crawl.note_crawl_delay(min(delay, self.max_crawl_delay))
            raise_slot_delay(self.crawler, slot_key(crawl.municipality.kommunkod), crawl.crawl_delay)
        for sitemap in sitemaps:
            crawl.add_sitemap(sitemap)

    # -- responses ----------------------------------------------------------------------

    def parse(self, response):
        crawl = self.crawls[response.meta["kommunkod"]]
        depth = response.meta["page_depth"]
        kind = response.meta.get("kind", "page")
        if self.renderer.is_render(response):  # a script-built page's DOM: archive both, follow its links
            item, response = self.renderer.rendered(response)
            content_type = item.content_type
        else:
            content_type = response.headers.get("Content-Type", b"").decode("latin-1")
            crawl.fetched += 1
            crawl.mark_done(response.request.url, *response.meta.get("redirect_urls", ()), response.url)
            crawl.note_answer(response.url, response.status)
            item = self.page_item(response, crawl, depth, content_type)
            if response.meta.get("front_page") and not crawl.front_page_done:
                self.judge_front_page(crawl, response, content_type)
            if (render := self.render_request(crawl, response, item, content_type)) is not None:
                yield render  # the item waits for its rendered DOM, or for the render's failure
                return
        yield item
        if crawl.outcome and crawl.outcome[0] == OK and _is_html(response, content_type):
            if kind == SEARCH_RESULTS:
                self.follow_search_results(crawl, response, depth)
            else:
                self.follow_links(crawl, response, depth)
        elif kind == SEARCH_RESULTS:
            crawl.stop_search()
        yield from self.next_request(crawl)

    def render_request(self, crawl: MunicipalityCrawl, response, item: PageItem, content_type: str):
        """The render of a script-built page (servicekoll.core.shell decides), or None: the page
        is judged as sent. Without a browser a script-built front page is `needs_browser`."""
        if not (crawl.outcome and crawl.outcome[0] == OK and response.status < 400
                and _is_html(response, content_type)):
            return None
        verdict = self.renderer.verdict(response)
        if not verdict.script_built:
            return None
        if is_bot_wall(_wall_heading(response), self.bot_wall_titles):
            return None  # a challenge page is never run
        item.render_note = f"script-built: {verdict.reason}"
        if self.renderer.available:
            return self.renderer.request(response, item, crawl.site_keys, self.parse, self.failed)
        if response.meta.get("front_page"):
            crawl.outcome = (NEEDS_BROWSER, f"script-built front page: {verdict.reason}; {self.renderer.unavailable}")
        return None

    def render_failed(self, crawl: MunicipalityCrawl, failure):
        """A render that gave no document: the page is archived as sent. A front page left
        unrendered makes the municipality `needs_browser`; an inner page's own links are followed."""
        item, static, reason = self.renderer.unrendered(failure)
        yield item
        meta = failure.request.meta
        if meta.get("front_page"):
            crawl.outcome = (NEEDS_BROWSER, f"script-built front page; rendering it failed: {reason}")
        elif meta.get("kind") == SEARCH_RESULTS:
            crawl.stop_search()
        elif _is_html(static, item.content_type):
            self.follow_links(crawl, static, meta["page_depth"])
        yield from self.next_request(crawl)

    def follow_links(self, crawl: MunicipalityCrawl, response, depth: int) -> None:
        if response.status < 400 and not crawl.named:
            crawl.named = self.headed_by_service_function(crawl, response)
        weights = self.lexicon.crawl_weights
        # A landing page's own links (its menus are known by now) are the next step towards the unit.
        floor = weights["landing_links"] if response.request.priority >= weights["landing"] else None
        if depth == 0:  # the front page's frames and iframes of its own site are part of what a visitor sees
            for url in frame_urls(response.selector.root, base_of(response)):
                if crawl.in_site(url):
                    crawl.add(url, weights["frame"], depth + 1, response.url, LINK, normalise_url(url))
        for link in extract_links(response, self.lexicon, self.links_per_page, crawl.seen):
            if crawl.in_site(link.url):
                priority = link.priority if floor is None else max(link.priority, floor)
                crawl.add(link.url, priority, depth + 1, response.url, LINK, link.key)

    def follow_search_results(self, crawl: MunicipalityCrawl, response, depth: int) -> None:
        """The site's search answered: fetch its best few promising hits, before the next query.
        A results page that is an error page means the search does not work: ask no more."""
        if response.status >= 400:
            crawl.stop_search()
            return
        links = extract_links(response, self.lexicon, self.links_per_page, crawl.done)
        hits = [link for link in links if link.priority >= crawl.discovery.promising and crawl.in_site(link.url)]
        for link in hits[:self.search_hits]:
            crawl.add(link.url, link.priority, depth + 1, response.url, SEARCH, link.key)

    def parse_sitemap(self, response):
        """A sitemap document: its page URLs join the frontier at a modest priority
        (ranked by their URL words); a sitemap index adds its child sitemaps."""
        crawl = self.crawls[response.meta["kommunkod"]]
        crawl.mark_done(response.request.url, *response.meta.get("redirect_urls", ()), response.url)
        if response.status < 400:
            pages, children = read_sitemap(response.body, self.sitemap_urls)
            for child in children:
                crawl.add_sitemap(child)
            self.queue_sitemap_pages(crawl, pages, response.url)
            crawl.weigh_by_sitemap()
        yield from self.next_request(crawl)

    def queue_sitemap_pages(self, crawl: MunicipalityCrawl, urls: list[str], sitemap_url: str) -> None:
        discount = self.lexicon.crawl_weights["sitemap_discount"]
        ranked = sorted(((priority_of(self.lexicon, "", url) - discount, url) for url in urls
                         if crawl.in_site(url) and _is_page(url)), key=lambda item: -item[0])
        for priority, url in ranked[:self.links_per_page]:
            crawl.add(url.split("#", 1)[0], priority, 1, sitemap_url, SITEMAP)

    def headed_by_service_function(self, crawl: MunicipalityCrawl, response) -> bool:
        """Whether the page is the unit's own (its title, less its site-name suffix, or its first
        h1 is the unit's name, and it is no news item): then links have done their job and the
        sitemap and search are not needed. A headline that names it ("Kundtjänst får nya
        telefontider") is news about it: its own page may still be found."""
        if self.lexicon.is_news_url(response.url):
            return False
        root = response.selector.root
        h1 = next(root.iter("h1"), None) if hasattr(root, "iter") else None
        kommun = crawl.municipality.kommun
        for text in (self.lexicon.page_title(_title_text(root)), h1.text_content() if h1 is not None else ""):
            if text and self.lexicon.is_the_name(text, kommun):
                return True
        return False

    def judge_front_page(self, crawl: MunicipalityCrawl, response, content_type: str) -> None:
        crawl.front_page_done = True
        crawl.final_url = response.url
        crawl.redirect_chain = [*response.meta.get("redirect_urls", []), response.url]
        crawl.allow_site_of(response.url)
        self.owners.setdefault(site_key(response.url), crawl.municipality.kommunkod)
        title = _wall_heading(response) if _is_html(response, content_type) else ""
        crawl.outcome = classify_response(response.status, content_type, title, self.bot_wall_titles)
        if crawl.outcome[0] == OK and not _is_html(response, content_type):
            crawl.outcome = (NOT_HTML, "front page is binary data, not HTML")
        if crawl.outcome[0] == OK:
            crawl.search_urls = [url for url in search_urls(response, self.lexicon.search_queries)
                                 if crawl.in_site(url)]

    def failed(self, failure):
        request = failure.request
        crawl = self.crawls.get(request.meta.get("kommunkod"))
        if crawl is None:
            return
        if self.renderer.is_render(request):
            yield from self.render_failed(crawl, failure)
            return
        if request.meta.get("kind") == SEARCH_RESULTS:
            crawl.stop_search()  # forbidden by robots.txt, offsite or broken: the search is not for us
        if request.meta.get("front_page") and not crawl.front_page_done:
            status, reason = classify_failure(failure)
            twin = twin_url(crawl.municipality.url)
            if twin and not crawl.twin_tried and any(word in reason for word in TWIN_WORTHY):
                crawl.twin_tried = True
                crawl.homepage_failure = reason
                crawl.allow_site_of(twin)
                self.owners.setdefault(site_key(twin), crawl.municipality.kommunkod)
                crawl.mark_done(twin)
                yield self.page_request(crawl, Fetch(twin, 0, "", 0))
                return
            crawl.front_page_done = True
            crawl.outcome = (status, reason)
        yield from self.next_request(crawl)

    def page_item(self, response, crawl: MunicipalityCrawl, depth: int, content_type: str) -> PageItem:
        redirects = list(response.meta.get("redirect_urls", []))
        # As it came over the wire (still gzip, say); the response here is decoded.
        wire = wire_form(response) or wire_exchange(response.request, response)
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
            request_headers=wire.request_headers,
            response_headers=wire.response_headers,
            body=wire.body,
            protocol=wire.protocol,
            found_by=response.meta.get("found_by", LINK),
            search_results=response.meta.get("kind") == SEARCH_RESULTS,
            title=_page_title(response, content_type),
        )


def _is_page(url: str) -> bool:
    key = normalise_url(url)
    return bool(key) and is_page_url(key)


def _title_text(root) -> str:
    """The text of a parsed page's <title>, whitespace collapsed ('' without one)."""
    title = root.find(".//title") if hasattr(root, "find") else None
    return " ".join(title.text_content().split()) if title is not None else ""


def _page_title(response, content_type: str) -> str:
    """An HTML page's <title> as pages.jsonl records it (at most 300 characters)."""
    return _title_text(response.selector.root)[:300] if _is_html(response, content_type) else ""


def _is_html(response, content_type: str) -> bool:
    if not isinstance(response, scrapy.http.TextResponse):
        return False
    head = response.body[:1024]
    controls = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    if head and controls > len(head) // 10:
        return False  # binary bytes served as text/html
    return "html" in content_type.lower() or (not content_type and b"<" in head)


def _wall_heading(response) -> str:
    """The page's title and first h1: where a challenge page says what it is ("Säkerhetskontroll",
    "Vi behöver kontrollera att du inte är en robot")."""
    title = response.xpath("normalize-space(//title)").get() or ""
    h1 = response.xpath("normalize-space(//h1)").get() or ""
    return f"{title} | {h1}" if h1 and h1 != title else title
