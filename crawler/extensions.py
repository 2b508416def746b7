"""Extensions: publish the run folder when the crawl ends; a line per municipality done."""

import sys
import time

from scrapy import signals
from servicekoll.core import runfolder
from servicekoll.crawler.items import OutcomeItem

SETTINGS_RECORDED = ("USER_AGENT", "DOWNLOAD_DELAY", "AUTOTHROTTLE_ENABLED", "CONCURRENT_REQUESTS",
                     "CONCURRENT_REQUESTS_PER_DOMAIN", "DOWNLOAD_TIMEOUT", "RETRY_TIMES",
                     "DOWNLOAD_MAXSIZE", "ROBOTSTXT_OBEY", "SERVICEKOLL_PAGE_BUDGET",
                     "SERVICEKOLL_DEPTH_LIMIT")


def recorded_settings(settings) -> dict:
    return {name: settings.get(name) for name in SETTINGS_RECORDED}


class PublishRunFolder:
    """When the spider closes and every municipality has an outcome, publish the run folder."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self, spider, reason):
        settings = self.crawler.settings
        if not settings.getbool("SERVICEKOLL_PUBLISH") or reason == "write_error":
            return
        runfolder.publish(spider.out, spider.register, recorded_settings(settings))


class Progress:
    """For `scrapy crawl municipalities` run on its own: one stderr line per municipality finished.

    The servicekoll command turns it off (SERVICEKOLL_PROGRESS=False): its workers are
    separate processes, so it follows their job folder and shows one display for all
    (servicekoll/progress.py), which a line per process here could only interleave with.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.enabled = crawler.settings.getbool("SERVICEKOLL_PROGRESS")
        self.done = 0
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        return extension

    def item_scraped(self, item, response=None, spider=None):
        if not (self.enabled and isinstance(item, OutcomeItem)):
            return
        self.done += 1
        total = len(getattr(self.crawler.spider, "register", []))
        reason = f": {item.status_reason}" if item.status != "ok" else ""
        print(f"[{self.done}/{total}] {item.kommunkod} {item.status}{reason} ({item.pages} pages, "
              f"{time.monotonic() - self.started:.0f} s)", file=sys.stderr, flush=True)
