"""Extensions: publish the run folder when the crawl ends; show progress on a terminal."""

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
    """One live line on a terminal: municipalities done/total, pages, errors, elapsed."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.enabled = crawler.settings.getbool("SERVICEKOLL_PROGRESS") and sys.stderr.isatty()
        self.done = self.pages = self.not_ok = 0
        self.started = time.monotonic()
        self.last = 0.0

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def item_scraped(self, item, response=None, spider=None):
        if isinstance(item, OutcomeItem):
            self.done += 1
            self.not_ok += item.status != "ok"
        else:
            self.pages += 1
        now = time.monotonic()
        if self.enabled and now - self.last > 0.5:
            self.last = now
            total = len(getattr(self.crawler.spider, "register", []))
            sys.stderr.write(f"\r  crawl: {self.done}/{total} municipalities, {self.pages} pages, "
                             f"{self.not_ok} not ok, {now - self.started:.0f} s   ")
            sys.stderr.flush()

    def spider_closed(self, spider, reason):
        if self.enabled:
            sys.stderr.write("\n")
