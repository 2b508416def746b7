"""What the spider hands to the pipelines: archived pages and one outcome per municipality."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Exchange:
    """One request and its response as they went over the wire (crawler/middlewares.py
    WireArchiveMiddleware): the body before any Content-Encoding is decoded, with its headers."""

    url: str
    status: int
    protocol: str
    request_headers: dict[str, str]
    response_headers: list[tuple[str, str]]
    body: bytes
    fetched_at: str


@dataclass
class PageItem:
    kommunkod: str
    url: str  # the URL first requested (start of the redirect chain)
    final_url: str
    status: int
    depth: int
    referer: str
    content_type: str
    fetched_at: str
    redirects: list[str]
    request_headers: dict[str, str]
    response_headers: list[tuple[str, str]]
    body: bytes  # as it came over the wire (still content-encoded, as response_headers say)
    protocol: str = "HTTP/1.1"
    found_by: str = "link"  # link | sitemap | search: how the crawler found the page
    search_results: bool = False  # the site's own search results page (its echo names nothing)
    # A script-built page (servicekoll.core.shell): its DOM as the browser built it
    # (crawler/render.py), archived beside the response; why it was rendered or not.
    rendered_body: bytes = b""
    rendered_at: str = ""
    render_note: str = ""
    title: str = ""  # the page's <title> as served (pages.jsonl; pages.wacz's page list)


@dataclass
class OutcomeItem:
    kommunkod: str
    status: str  # ok | unreachable | blocked | not_html | needs_browser
    status_reason: str
    pages: int
    final_url: str
    homepage: str
    redirect_chain: list[str] = field(default_factory=list)
    crawl_delay: float = 0.0  # seconds between requests, at least: max(DOWNLOAD_DELAY, capped Crawl-delay)
