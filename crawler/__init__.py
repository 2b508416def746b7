"""The Scrapy project: fetch and archive municipal websites, never judge them."""
