"""What every servicekoll middleware, pipeline and extension shares: its crawler."""


class CrawlerComponent:
    """Built by Scrapy through from_crawler; reaches the running spider through the crawler
    (Scrapy 2.13+ no longer passes the spider to every hook)."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def running_spider(self, spider=None):
        return spider or getattr(self.crawler, "spider", None)
