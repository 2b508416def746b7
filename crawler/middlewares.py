"""Downloader middlewares, one job each."""

from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

from scrapy.exceptions import IgnoreRequest
from servicekoll.crawler.components import CrawlerComponent
from servicekoll.crawler.items import Exchange


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


# What WireArchiveMiddleware leaves in a request's meta.
WIRE = "servicekoll_wire"  # the request's last response as it came over the wire (an Exchange)
HOP = "servicekoll_hop"  # (kommunkod, Exchange) of the redirect (3xx) that led here, archived once followed
# Sent with kommunkod= and exchange= for a response that reaches no spider callback (a redirect
# followed, a robots.txt): the archive pipeline writes it into the municipality's part.
exchange_received = object()


class WireArchiveMiddleware(CrawlerComponent):
    """Keep every response as it came over the wire, for the archive.

    It sits between the download handler and HttpCompressionMiddleware and RedirectMiddleware
    (DOWNLOADER_MIDDLEWARES), so it sees each response before its body is decoded and before a
    redirect replaces it. A page's wire form rides on in its meta (WIRE) to the spider's item; a
    redirect is archived when the request it leads to is made (so only a redirect followed, past
    the scope and robots.txt checks); a robots.txt response, which never reaches the spider, is
    archived as it arrives.
    """

    def __init__(self, crawler):
        super().__init__(crawler)
        self.hosts: dict[str, str] = {}  # host a redirect led to -> kommunkod (for its robots.txt)

    def process_request(self, request, spider=None):
        hop = request.meta.pop(HOP, None)
        if hop is not None:
            self.archive(*hop)
        return None

    def process_response(self, request, response, spider=None):
        exchange = wire_exchange(request, response)
        if is_robots_request(request):
            code = self.owner(request.url, spider)
            if code:
                self.archive(code, exchange)
            return response
        request.meta[WIRE] = exchange
        location = response.headers.get("Location")
        code = request.meta.get("kommunkod")
        if 300 <= response.status < 400 and location and code:
            target = urljoin(response.url, location.decode("latin-1"))
            self.hosts.setdefault(urlsplit(target).netloc, code)
            request.meta[HOP] = (code, exchange)
        return response

    def owner(self, url: str, spider=None) -> str | None:
        site_owner = getattr(self.running_spider(spider), "site_owner", None)
        return self.hosts.get(urlsplit(url).netloc) or (site_owner(url) if site_owner else None)

    def archive(self, kommunkod: str, exchange: Exchange) -> None:
        self.crawler.signals.send_catch_log(signal=exchange_received, kommunkod=kommunkod, exchange=exchange)


def is_robots_request(request) -> bool:
    """The request RobotsTxtMiddleware makes for itself (its response goes to no callback)."""
    return bool(request.meta.get("dont_obey_robotstxt")) and urlsplit(request.url).path == "/robots.txt"


def wire_exchange(request, response) -> Exchange:
    """The response as it is now (before decoding), copied: HttpCompressionMiddleware edits
    the headers of the response it decodes in place."""
    return Exchange(
        url=response.url, status=response.status, protocol=response.protocol or "HTTP/1.1",
        request_headers={k.decode("latin-1"): v[0].decode("latin-1") for k, v in request.headers.items() if v},
        response_headers=[(k.decode("latin-1"), v.decode("latin-1"))
                          for k, values in response.headers.items() for v in values],
        body=response.body, fetched_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))


def wire_form(response) -> Exchange | None:
    """The wire form of the response a spider callback got, if WireArchiveMiddleware kept it."""
    exchange = response.meta.get(WIRE)
    if exchange is not None and exchange.url == response.url and exchange.status == response.status:
        return exchange
    return None
