"""Rendering script-built pages in headless Chromium, through scrapy-playwright.

servicekoll.core.shell decides which pages are script-built; this module renders
them, and nothing else:

- `Renderer` is the spider's side: whether a browser is there
  (SERVICEKOLL_RENDER, SERVICEKOLL_BROWSER), the render request for a
  script-built page (its static PageItem and response ride along in the
  meta) and the item that then carries both documents to the archive.
- `RenderingDownloadHandler` is the download handler for http and https.
  Every ordinary request goes to Scrapy's own HTTP/1.1 handler, as before; a
  render request (meta "playwright") goes to scrapy-playwright's handler,
  which is created with the first render, so a crawl that renders nothing
  starts neither a browser nor Playwright's driver (~1.9 s here).

A render request is a Scrapy request like any other: it passes every
downloader middleware (robots.txt, the municipality's download slot and
its delay, AutoThrottle). Inside the browser, a page's own requests are
aborted when they leave the municipality's site (PLAYWRIGHT_ABORT_REQUEST's
predicate, scoped per page to the municipality's site keys), when a
robots.txt already read forbids them, when they fetch images, media or fonts
(which build no menu), and beyond SERVICEKOLL_RENDER_REQUESTS per page. One
render takes at most SERVICEKOLL_RENDER_TIMEOUT seconds from navigation to the
DOM read, SERVICEKOLL_RENDER_PAGES at once per crawl process, in one browser.
The browser is Debian's /usr/bin/chromium (executable_path): nothing here
downloads one.
"""

import asyncio
import os
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.settings import BaseSettings
from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
from scrapy.utils.misc import build_from_crawler
from servicekoll.core.shell import ShellVerdict, judge_tree
from servicekoll.core.urls import same_site
from servicekoll.crawler.items import PageItem

RENDER_OF = "servicekoll_render_of"  # meta: (static PageItem, static response) of the page being rendered
SITE_KEYS = "servicekoll_site_keys"  # meta: the municipality's site keys, all the browser may reach
CONTEXT = "servicekoll"
# A Swedish visitor on a desktop; no service workers (their requests belong to no page).
CONTEXT_OPTIONS = {"locale": "sv-SE", "viewport": {"width": 1280, "height": 900}, "service_workers": "block"}
# Resource types that build no menu and no text: not fetched while rendering.
SKIPPED_RESOURCES = frozenset({"image", "media", "font"})
# Carried from the static request to its render, so slots, scope and the spider see one page.
CARRIED_META = ("kommunkod", "page_depth", "referer", "front_page", "found_by", "kind", "download_slot")
ON = frozenset({"auto", "on", "true", "1", "yes"})
OFF = frozenset({"off", "false", "0", "no"})
# Scrapy 2.14 made download handlers coroutines without the spider argument.
ASYNC_HANDLERS = scrapy.version_info >= (2, 14)


class RenderError(Exception):
    """A render that gave no document: timed out, crashed, not HTML, too large."""


def render_availability(settings) -> tuple[bool, str]:
    """(whether this process can render, why not). A bad SERVICEKOLL_RENDER raises ValueError."""
    mode = str(settings.get("SERVICEKOLL_RENDER", "auto")).strip().lower()
    if mode in OFF:
        return False, "rendering is off (SERVICEKOLL_RENDER=off)"
    if mode not in ON:
        raise ValueError(f"SERVICEKOLL_RENDER is '{mode}': give auto (render where a browser is installed) "
                         "or off")
    browser = settings.get("SERVICEKOLL_BROWSER") or "/usr/bin/chromium"
    if not (os.path.isfile(browser) and os.access(browser, os.X_OK)):
        return False, f"no browser to render it (SERVICEKOLL_BROWSER {browser} is not installed)"
    try:
        import scrapy_playwright  # noqa: F401
    except ImportError:
        return False, "no browser to render it (scrapy-playwright is not installed: pip install 'servicekoll[browser]')"
    return True, ""


def check_render_setting(overrides: dict[str, str]) -> str | None:
    """The error message for a bad -s SERVICEKOLL_RENDER, checked before the crawl starts."""
    try:
        render_availability({"SERVICEKOLL_RENDER": overrides.get("SERVICEKOLL_RENDER", "auto"),
                             "SERVICEKOLL_BROWSER": overrides.get("SERVICEKOLL_BROWSER", "")})
    except ValueError as exc:
        return str(exc)
    return None


class Renderer:
    """The spider's side of rendering: which page to render, and how."""

    def __init__(self, settings):
        self.available, self.unavailable = render_availability(settings)
        self.settle_ms = int(1000 * settings.getfloat("SERVICEKOLL_RENDER_SETTLE", 2.0))

    @staticmethod
    def is_render(request_or_response) -> bool:
        return RENDER_OF in request_or_response.meta

    def verdict(self, response) -> ShellVerdict:
        return judge_tree(response.selector.root)

    def request(self, response, item: PageItem, site_keys, callback, errback) -> scrapy.Request:
        """The render of a script-built page: the same URL again, in the browser, after its
        static response (kept with its item until the render ends, either way)."""
        from scrapy_playwright.page import PageMethod

        meta = {key: response.meta[key] for key in CARRIED_META if key in response.meta}
        meta.update({
            "playwright": True, "playwright_context": CONTEXT, "playwright_context_kwargs": CONTEXT_OPTIONS,
            "playwright_page_methods": [PageMethod(settle, self.settle_ms)],
            "dont_retry": True,  # a render that timed out would time out again
            RENDER_OF: (item, response), SITE_KEYS: sorted(site_keys)})
        headers = {"Referer": item.referer} if item.referer else {}
        return scrapy.Request(item.final_url, callback=callback, errback=errback, headers=headers,
                              priority=response.request.priority + 1, dont_filter=True, meta=meta)

    @staticmethod
    def rendered(response) -> tuple[PageItem, object]:
        """(the page's item carrying its rendered DOM, the response to follow links from).

        Relative links resolve against the URL the static page was fetched at, as the
        scoring resolves them; a render that gave no HTML leaves the static page as it was."""
        item, static = response.meta.pop(RENDER_OF)
        if not isinstance(response, scrapy.http.TextResponse):
            return replace(item, render_note=f"{item.render_note}; the browser got no HTML document"), static
        body = response.text.encode("utf-8")
        rendered_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        page = response.replace(url=item.final_url, body=body, encoding="utf-8")
        return replace(item, rendered_body=body, rendered_at=rendered_at), page

    @staticmethod
    def unrendered(failure) -> tuple[PageItem, object, str]:
        """(the static item, the static response, why the render failed) for a failed render."""
        item, static = failure.request.meta.pop(RENDER_OF)
        exc = failure.value
        reason = str(exc) if isinstance(exc, RenderError) else f"{type(exc).__name__}: {exc}"
        reason = " ".join(reason.split())[:160]
        return replace(item, render_note=f"{item.render_note}; rendering failed: {reason}"), static, reason


async def settle(page, timeout_ms: int) -> None:
    """After the load event, give the page's scripts up to `timeout_ms` to finish their own
    requests (a single-page application fetches its menu as JSON)."""
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    with suppress(PlaywrightTimeout):
        await page.wait_for_load_state("networkidle", timeout=timeout_ms)


@dataclass
class _Scope:
    site_keys: frozenset[str]
    requests: int = 0
    aborted: int = 0


class RenderingDownloadHandler:
    """http and https: Scrapy's HTTP/1.1 handler, and the browser for render requests."""

    lazy = False

    def __init__(self, crawler):
        self.crawler = crawler
        self.http = build_from_crawler(HTTP11DownloadHandler, crawler)
        settings = crawler.settings
        self.available, self.unavailable = render_availability(settings)
        self.timeout = settings.getfloat("SERVICEKOLL_RENDER_TIMEOUT", 20.0)
        self.pages = max(1, settings.getint("SERVICEKOLL_RENDER_PAGES", 2))
        self.max_requests = settings.getint("SERVICEKOLL_RENDER_REQUESTS", 100)
        self.max_size = settings.getint("DOWNLOAD_MAXSIZE")
        self.robots_agent = settings.get("ROBOTSTXT_USER_AGENT") or settings.get("USER_AGENT")
        self.browser = None  # scrapy-playwright's handler, from the first render on
        self._launching: asyncio.Lock | None = None
        self._slots: asyncio.Semaphore | None = None
        self._scopes: dict = {}  # playwright Page -> _Scope
        self._robots: dict[str, object] = {}  # netloc -> robots.txt parser, as Scrapy read them
        crawler.signals.connect(self._robots_parsed, signal=signals.robots_parsed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    if ASYNC_HANDLERS:
        async def download_request(self, request):
            if not request.meta.get("playwright"):
                return await self.http.download_request(request)
            return await self.render(request)

        async def close(self) -> None:
            await self.http.close()
            if self.browser is not None:
                await self.browser.close()
    else:  # Scrapy 2.13: Deferreds and the spider argument
        def download_request(self, request, spider):
            if not request.meta.get("playwright"):
                return self.http.download_request(request, spider)
            return deferred_from_coro(self.render(request))

        def close(self):
            async def closing():
                await maybe_deferred_to_future(self.http.close())
                if self.browser is not None:
                    await maybe_deferred_to_future(self.browser.close())
            return deferred_from_coro(closing())

    # -- one render --------------------------------------------------------------------------

    async def render(self, request):
        if not self.available:
            raise RenderError(self.unavailable)
        if self._slots is None:  # created on the reactor's event loop, with the first render
            self._slots, self._launching = asyncio.Semaphore(self.pages), asyncio.Lock()
        async with self._slots:  # waiting for a free page does not count against the timeout
            browser = await self._browser()
            request.meta["playwright_include_page"] = True  # so that a render cut short still closes it
            request.meta["playwright_page_init_callback"] = self._open_scope
            stats = self.crawler.stats
            stats.inc_value("servicekoll/render/count")
            started = asyncio.get_running_loop().time()
            try:
                response = await asyncio.wait_for(self._download(browser, request), self.timeout)
            except TimeoutError:
                stats.inc_value("servicekoll/render/timed_out")
                raise RenderError(f"timed out after {self.timeout:g} s") from None
            except Exception as exc:
                stats.inc_value("servicekoll/render/failed")
                raise RenderError(f"the browser failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}"
                                  ) from exc
            finally:
                await self._close_page(request.meta.pop("playwright_page", None))
                request.meta.pop("playwright_page_init_callback", None)
            stats.inc_value("servicekoll/render/ms", int(1000 * (asyncio.get_running_loop().time() - started)))
        if self.max_size and len(response.body) > self.max_size:
            raise RenderError(f"the rendered document is larger than the size cap ({self.max_size} bytes)")
        return response

    async def _download(self, browser, request):
        if ASYNC_HANDLERS:
            return await browser.download_request(request)
        return await maybe_deferred_to_future(browser.download_request(request, self.crawler.spider))

    async def _browser(self):
        """scrapy-playwright's handler with its browser: started once, at the first render."""
        async with self._launching:
            if self.browser is None:
                from scrapy_playwright.handler import Config, ScrapyPlaywrightDownloadHandler

                handler = ScrapyPlaywrightDownloadHandler.from_crawler(self.crawler)
                handler.config = Config.from_settings(self._playwright_settings())
                handler.config.launch_options.setdefault("executable_path", self._executable())
                handler.abort_request = self._abort
                # It launches on engine_started, which has passed: launch it as that would.
                await handler._launch()
                self.browser = handler
        return self.browser

    def _executable(self) -> str:
        return self.crawler.settings.get("SERVICEKOLL_BROWSER") or "/usr/bin/chromium"

    def _playwright_settings(self):
        """The crawl's settings with our PLAYWRIGHT_* defaults (a -s PLAYWRIGHT_... still wins)."""
        settings = BaseSettings()
        settings.update(self.crawler.settings)  # with their priorities; the crawl's own stay frozen
        defaults = {
            "PLAYWRIGHT_BROWSER_TYPE": "chromium",
            "PLAYWRIGHT_LAUNCH_OPTIONS": {"executable_path": self._executable(), "headless": True},
            "PLAYWRIGHT_MAX_CONTEXTS": 1,
            "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": self.pages,
            "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": int(1000 * self.timeout),
            "PLAYWRIGHT_RESTART_DISCONNECTED_BROWSER": True,
        }
        for name, value in defaults.items():
            settings.set(name, value, priority="default")
        return settings

    async def _close_page(self, page) -> None:
        if page is None:
            return
        self._scopes.pop(page, None)
        with suppress(Exception):  # a crashed or hung page: closing it is all that is left to do
            await asyncio.wait_for(page.close(), 5)

    # -- what the browser may fetch -------------------------------------------------------------

    async def _open_scope(self, page, request) -> None:
        """playwright_page_init_callback: before the navigation, the page learns its site."""
        self._scopes[page] = _Scope(frozenset(request.meta.get(SITE_KEYS, ())))

    def _abort(self, playwright_request) -> bool:
        """PLAYWRIGHT_ABORT_REQUEST: True for what the page may not fetch."""
        try:
            scope = self._scopes.get(playwright_request.frame.page)
        except Exception:  # a request of no page (a worker's): nobody asked for it
            return True
        if scope is None:
            return True
        navigation = playwright_request.is_navigation_request()
        blocked = (not same_site(playwright_request.url, scope.site_keys)
                   or (playwright_request.resource_type in SKIPPED_RESOURCES and not navigation)
                   or not self._robots_allow(playwright_request.url)
                   or scope.requests >= self.max_requests)
        if blocked:
            scope.aborted += 1
            self.crawler.stats.inc_value("servicekoll/render/aborted")
        else:
            scope.requests += 1
        return blocked

    def _robots_parsed(self, robotparser, request) -> None:
        self._robots[urlsplit(request.url).netloc] = robotparser

    def _robots_allow(self, url: str) -> bool:
        """A sub-request obeys the robots.txt Scrapy read for its host; a host whose robots.txt
        was never read (an own subdomain serving scripts) is fetched as a visitor's browser would."""
        parser = self._robots.get(urlsplit(url).netloc)
        return parser is None or parser.allowed(url, self.robots_agent)
