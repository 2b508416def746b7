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
            request.meta["download_slot"] = slot_key(code)
            floor = getattr(self.running_spider(spider), "delay_floor", None)
            if floor:
                # AutoThrottle may have lowered the slot's delay after the last response:
                # never below the municipality's robots.txt Crawl-delay.
                raise_slot_delay(self.crawler, slot_key(code), floor(code))
        return None


def slot_key(kommunkod: str) -> str:
    return f"kommun-{kommunkod}"


def raise_slot_delay(crawler, key: str, delay: float) -> None:
    """Make a download slot wait at least `delay` seconds between requests (a slot not
    created yet gets it on the next request, through MunicipalitySlotMiddleware)."""
    downloader = getattr(getattr(crawler, "engine", None), "downloader", None)
    slot = getattr(downloader, "slots", {}).get(key)
    if slot is not None and slot.delay < delay:
        slot.delay = delay


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
