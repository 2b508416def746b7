"""Downloader middlewares, one job each."""

from scrapy.exceptions import IgnoreRequest
from servicekoll.crawler.components import CrawlerComponent


class MunicipalitySlotMiddleware(CrawlerComponent):
    """One download slot per municipality, not per host.

    Scrapy keys slots by hostname, so www/non-www/subdomains of one municipality
    would get several slots (too impolite) and loopback test sites would share
    one (too slow). The slot's concurrency and delay settings then apply per
    municipality. Requests Scrapy makes by itself (robots.txt) carry no
    municipality: they get the slot of the municipality whose site they are on.
    """

    def process_request(self, request, spider=None):
        if "download_slot" in request.meta:
            return None
        code = request.meta.get("kommunkod")
        if not code:
            owner = getattr(self.running_spider(spider), "site_owner", None)
            code = owner(request.url) if owner else None
        if code:
            request.meta["download_slot"] = f"kommun-{code}"
        return None


class MunicipalityScopeMiddleware(CrawlerComponent):
    """Refuse requests (redirect hops included) that leave the municipality's own site.

    The spider only queues in-site links, but a page may redirect anywhere. The
    front page is the exception: its redirect chain may move to a new domain,
    which then becomes part of the site.
    """

    def process_request(self, request, spider=None):
        spider = self.running_spider(spider)
        code = request.meta.get("kommunkod")
        if not code or request.meta.get("front_page") or spider is None:
            return None
        crawl = getattr(spider, "crawls", {}).get(code)
        if crawl is not None and not crawl.in_site(request.url):
            raise IgnoreRequest(f"offsite for {code}: {request.url}")
        return None
