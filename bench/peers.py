"""The two peers the crawl benchmark measures us against, with the same page budget.

- `crawlspider`: a plain Scrapy CrawlSpider with LinkExtractor and Scrapy's default
  settings (robots.txt obeyed as in a new project, no delay), budget per site.
- `aiohttp`: a minimal asyncio crawler that only fetches, extracts links with lxml and
  writes bodies to disk, one request in flight per site: the floor for CPU per page.

python -m bench.peers crawlspider|aiohttp --register CSV --out DIR --budget N
"""

import argparse
import asyncio
import csv
import os
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin, urlsplit


def read_sites(register: str) -> list[str]:
    with open(register, encoding="utf-8") as handle:
        return [row["url"] for row in csv.DictReader(handle)]


def run_crawlspider(urls: list[str], out: Path, budget: int) -> int:
    from scrapy.crawler import CrawlerProcess
    from scrapy.linkextractors import LinkExtractor
    from scrapy.spiders import CrawlSpider, Rule

    out.mkdir(parents=True, exist_ok=True)
    counts: Counter = Counter()
    seen: set[str] = set()

    def within_budget(request, response):
        """Schedule at most `budget` distinct URLs per site (the start URL included)."""
        key = urlsplit(request.url).netloc
        if request.url in seen:
            return request  # Scrapy's dupefilter drops it; it costs no budget
        if counts[key] >= budget:
            return None
        seen.add(request.url)
        counts[key] += 1
        return request

    class PeerSpider(CrawlSpider):
        name = "peer"
        start_urls = urls
        rules = (Rule(LinkExtractor(), callback="parse_page", follow=True, process_request=within_budget),)

        def parse_page(self, response):
            (out / f"{abs(hash(response.url))}.html").write_bytes(response.body)

        def parse_start_url(self, response):
            if response.url not in seen:
                seen.add(response.url)
                counts[urlsplit(response.url).netloc] += 1
            return self.parse_page(response)

    process = CrawlerProcess({"LOG_LEVEL": "ERROR", "ROBOTSTXT_OBEY": True, "TELNETCONSOLE_ENABLED": False})
    crawler = process.create_crawler(PeerSpider)
    process.crawl(crawler)
    process.start()
    # every response downloaded, robots.txt excluded (a page that reached no callback still cost CPU)
    stats = crawler.stats.get_stats()
    return stats.get("response_received_count", 0) - stats.get("robotstxt/response_count", 0)


async def crawl_site(session, start: str, out: Path, budget: int) -> int:
    import lxml.html

    host = urlsplit(start).netloc
    queue, seen, fetched = [start], {start}, 0
    while queue and fetched < budget:
        url = queue.pop(0)
        try:
            async with session.get(url) as response:
                body = await response.read()
        except Exception:
            continue
        fetched += 1
        (out / f"{abs(hash(url))}.html").write_bytes(body)
        try:
            tree = lxml.html.document_fromstring(body)
        except Exception:
            continue
        for anchor in tree.iter("a"):
            href = anchor.get("href")
            if href:
                link = urljoin(url, href).split("#")[0]
                if urlsplit(link).netloc == host and link not in seen:
                    seen.add(link)
                    queue.append(link)
    return fetched


async def run_aiohttp(urls: list[str], out: Path, budget: int) -> int:
    import aiohttp

    out.mkdir(parents=True, exist_ok=True)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(timeout=timeout, connector=aiohttp.TCPConnector(limit=400)) as session:
        results = await asyncio.gather(*(crawl_site(session, url, out, budget) for url in urls))
    return sum(results)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("peer", choices=["crawlspider", "aiohttp"])
    parser.add_argument("--register", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--budget", type=int, default=40)
    args = parser.parse_args()
    urls = read_sites(args.register)
    out = Path(args.out)
    if args.peer == "crawlspider":
        pages = run_crawlspider(urls, out, args.budget)
    else:
        pages = asyncio.run(run_aiohttp(urls, out, args.budget))
    print(f"pages={pages}")
    os._exit(0)


if __name__ == "__main__":
    main()
