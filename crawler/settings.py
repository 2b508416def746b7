"""Scrapy settings for the servicekoll crawl: all crawl behaviour lives here.

Change any of them from the command line with `-s NAME=VALUE`.
"""

from servicekoll.core import PROJECT_URL, __version__

BOT_NAME = "servicekoll"
SPIDER_MODULES = ["servicekoll.crawler.spiders"]
NEWSPIDER_MODULE = "servicekoll.crawler.spiders"

# A User-Agent a webmaster can look up. We identify the scanner, never disguise it.
USER_AGENT = f"servicekoll/{__version__} (+{PROJECT_URL})"
ROBOTSTXT_OBEY = True
ROBOTSTXT_PARSER = "scrapy.robotstxt.ProtegoRobotParser"


def _accepted_encodings() -> str:
    """The content-encodings Scrapy can decode here. Scrapy asks for br whatever is installed,
    but its br decoder needs Brotli >= 1.2 (Decompressor.process): pywb, a test tool, installs
    brotlipy, whose `brotli` module shadows Brotli's, and then every br response fails to
    download (its municipality unreachable). Where br cannot be decoded it is not asked for."""
    encodings = ["gzip", "deflate"]
    try:
        import brotli

        if hasattr(brotli.Decompressor(), "process"):
            encodings.append("br")
    except ImportError:
        pass
    return ", ".join([*encodings, "zstd"])  # zstd: backports.zstd, a Scrapy dependency


# Swedish sites, asked in Swedish (Scrapy's default is Accept-Language: en); only for encodings
# that can be decoded (the archive keeps them as sent: docs/archive.md).
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "sv",
    "Accept-Encoding": _accepted_encodings(),
}

# Politeness: one download slot per municipality (set by MunicipalitySlotMiddleware),
# one request in flight per slot, a delay between requests, AutoThrottle on top.
# robots.txt Crawl-delay raises a municipality's delay (Scrapy itself ignores it):
# the slot waits the larger of it and DOWNLOAD_DELAY, the Crawl-delay capped at
# SERVICEKOLL_MAX_CRAWL_DELAY, and outcomes.csv records the delay used.
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 10.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
# Requests waiting out a slot's delay count against CONCURRENT_REQUESTS, so it is
# sized to the register (all 290 municipalities progress at once), not the default 16.
CONCURRENT_REQUESTS = 320

DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 5 * 1024 * 1024
DOWNLOAD_WARNSIZE = 0
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408]
REDIRECT_MAX_TIMES = 5
METAREFRESH_ENABLED = True
COOKIES_ENABLED = False
# Every status reaches the spider: a 403 or 404 is an outcome to record, not an error.
HTTPERROR_ALLOW_ALL = True

# A callback yields at most a page, a request and an outcome. Scrapy starts
# CONCURRENT_ITEMS worker tasks per callback output (default 100: measured at
# ~100 asyncio tasks and ~2 ms CPU per page); one keeps items in order, so a
# municipality's last page is archived before its outcome is journalled.
CONCURRENT_ITEMS = 1

# Broad-crawl advice from Scrapy's docs.
SCHEDULER_PRIORITY_QUEUE = "scrapy.pqueues.DownloaderAwarePriorityQueue"
REACTOR_THREADPOOL_MAXSIZE = 20
DNSCACHE_ENABLED = True
DNS_TIMEOUT = 15
# Quiet: expected failures (a refused connection is an outcome, not an error) stay
# out of the terminal; `--verbose` shows Scrapy's own log.
LOG_LEVEL = "CRITICAL"
# Nothing listens while crawling: no telnet console, and no remote-control server
# (Scrapy 2.19 starts one by default: an HTTP server on a random local port that
# runs Python code sent to it, announced in a job file in the user's profile).
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
# The spider keeps its own per-municipality frontier, seen-set and depth.
DUPEFILTER_CLASS = "scrapy.dupefilters.BaseDupeFilter"

SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
}
DOWNLOADER_MIDDLEWARES = {
    "servicekoll.crawler.middlewares.MunicipalitySlotMiddleware": 50,
    "servicekoll.crawler.middlewares.MunicipalityScopeMiddleware": 60,
    # Between the wire and Scrapy's HttpCompressionMiddleware (590) and RedirectMiddleware (600):
    # the archive keeps responses as they came, redirects and robots.txt included.
    "servicekoll.crawler.middlewares.WireArchiveMiddleware": 650,
}
# http and https: Scrapy's HTTP/1.1 handler, and headless Chromium (scrapy-playwright) for the
# render of a script-built page, started with the first render only (crawler/render.py).
DOWNLOAD_HANDLERS = {
    "http": "servicekoll.crawler.render.RenderingDownloadHandler",
    "https": "servicekoll.crawler.render.RenderingDownloadHandler",
}
ITEM_PIPELINES = {
    "servicekoll.crawler.pipelines.ArchivePipeline": 100,
    "servicekoll.crawler.pipelines.OutcomePipeline": 200,
}
EXTENSIONS = {
    "scrapy.extensions.telnet.TelnetConsole": None,
    "scrapy.extensions.remote_control.RemoteControl": None,
    "servicekoll.crawler.extensions.PublishRunFolder": 500,
    "servicekoll.crawler.extensions.Progress": 510,
}

# servicekoll's own settings.
SERVICEKOLL_PAGE_BUDGET = 40  # requests per municipality: pages archived plus sitemap documents
SERVICEKOLL_MAX_CRAWL_DELAY = 10.0  # seconds: a larger robots.txt Crawl-delay is capped to this
# Discovery beyond links, while no fetched page's title or h1 names the service function:
# requests of the budget kept for the sitemap and the site search (at most a quarter of it).
SERVICEKOLL_DISCOVERY_RESERVE = 8
SERVICEKOLL_MAX_SITEMAPS = 3  # sitemap documents read (robots.txt's, else /sitemap.xml; index children)
SERVICEKOLL_SITEMAP_URLS = 10_000  # URLs read from one sitemap document
SERVICEKOLL_SEARCH_HITS = 3  # promising result links fetched per search query
SERVICEKOLL_DEPTH_LIMIT = 3  # clicks from the front page
SERVICEKOLL_LINKS_PER_PAGE = 300  # links considered per page (a page of 20,000 links is a trap)
SERVICEKOLL_WARC_GZIP_LEVEL = 3  # 1-9; see BENCHMARKS.md for time vs size
# Who runs the crawl ("Name <mail>"), for the archive's warcinfo record (docs/archive.md); given
# with -s it is recorded in run.json; when empty the warcinfo names the User-Agent's contact URL.
SERVICEKOLL_OPERATOR = ""
SERVICEKOLL_PUBLISH = True  # merge the job's parts into the run folder when the crawl ends
SERVICEKOLL_PROGRESS = True  # a stderr line per municipality (the command line shows its own)
# Script-built pages (servicekoll.core.shell decides): rendered in headless Chromium.
SERVICEKOLL_RENDER = "auto"  # auto: where a browser is installed; off: never (such a front page is needs_browser)
SERVICEKOLL_BROWSER = "/usr/bin/chromium"  # Debian's chromium (executable_path); nothing downloads a browser
SERVICEKOLL_RENDER_TIMEOUT = 20.0  # seconds for one render, navigation to DOM read; then the page stays as sent
SERVICEKOLL_RENDER_SETTLE = 2.0  # seconds after the load event for the page's scripts to finish their requests
SERVICEKOLL_RENDER_PAGES = 2  # renders at once per crawl process (pages of its one browser)
SERVICEKOLL_RENDER_REQUESTS = 100  # requests one render may make (own site only; no images, media, fonts)
# Titles of bot walls and challenge pages: a front page showing one is `blocked`.
SERVICEKOLL_BOT_WALL_TITLES = [
    "just a moment", "attention required", "access denied", "checking your browser",
    "captcha", "are you a robot", "bot protection", "ddos protection", "request unsuccessful",
    "security check", "please verify you are a human",
    # Swedish challenge pages (matched in the title and the first h1)
    "säkerhetskontroll", "inte en robot", "inte är en robot", "är en människa", "kontrollerar din webbläsare",
]
