"""What one render costs: a script-built page (tests/shells.py) rendered N times in a row
through the crawl's own download handler (crawler/render.py), one at a time.

    python -m bench.render [--renders 10]

Prints the first render (Playwright's driver and Chromium start with it), the median
and the largest of the following ones, and a static fetch of the same page for scale.
Each time is from the request leaving the spider to its callback (no delay, nothing else
queued). Served on loopback from this process; nothing else is fetched.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

import scrapy
from scrapy.crawler import CrawlerProcess
from servicekoll.core.urls import site_key
from servicekoll.crawler.render import CONTEXT, SITE_KEYS

ROOT = Path(__file__).resolve().parent.parent


class RenderTimes(scrapy.Spider):
    name = "render_times"

    def __init__(self, url: str, renders: int, times: dict, **kwargs):
        super().__init__(**kwargs)
        self.url, self.renders, self.times = url, renders, times

    async def start(self):
        yield self.next_request("static")

    def next_request(self, kind: str) -> scrapy.Request:
        meta = {"kind": kind, "sent": time.perf_counter()}
        if kind == "render":
            meta.update({"playwright": True, "playwright_context": CONTEXT, "dont_retry": True,
                         SITE_KEYS: [site_key(self.url)]})  # the page may fetch from its own site
        return scrapy.Request(self.url, callback=self.parse, errback=self.failed, dont_filter=True, meta=meta)

    def parse(self, response):
        self.times.setdefault(response.meta["kind"], []).append(1000 * (time.perf_counter() - response.meta["sent"]))
        if len(self.times.get("render", [])) < self.renders:
            yield self.next_request("render")

    def failed(self, failure):
        raise RuntimeError(f"render failed: {failure.value}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renders", type=int, default=10, help="renders after the first (default 10)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from tests.shells import HTML, Site, serve, shell_front

    server, url = serve(Site({"/": (HTML, shell_front())}))
    settings = scrapy.settings.Settings()
    settings.setmodule("servicekoll.crawler.settings", priority="project")
    settings.setdict({"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "ROBOTSTXT_OBEY": False,
                      "ITEM_PIPELINES": {}, "EXTENSIONS": {}, "LOG_LEVEL": "ERROR"}, priority="cmdline")
    times: dict[str, list[float]] = {}
    process = CrawlerProcess(settings)
    process.crawl(RenderTimes, url=url, renders=args.renders + 1, times=times)
    process.start()
    server.shutdown()
    first, *warm = times["render"]
    print(f"static fetch: {times['static'][0]:.0f} ms")
    print(f"first render (starts Playwright's driver and Chromium): {first:.0f} ms")
    print(f"renders after it: median {statistics.median(warm):.0f} ms, largest {max(warm):.0f} ms "
          f"over {len(warm)}")


if __name__ == "__main__":
    main()
