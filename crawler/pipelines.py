"""Item pipelines, one job each: archive pages; journal outcomes."""

import os
import zlib
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from scrapy.exceptions import DropItem
from servicekoll.core import runfolder
from servicekoll.core.runfolder import RENDERED_CONTENT_TYPE
from servicekoll.crawler.components import CrawlerComponent
from servicekoll.crawler.items import Exchange, OutcomeItem, PageItem
from servicekoll.crawler.middlewares import exchange_received
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

# The body is archived as it came over the wire, content-encoding and all, but Twisted has
# already taken the chunks apart: a chunked framing header would no longer describe it.
DECHUNKED_HEADERS = {"transfer-encoding"}


class _Part:
    """One municipality's open part files."""

    def __init__(self, warc_path: Path, index_path: Path, gzip_level: int):
        self.warc = open(warc_path, "ab")  # noqa: SIM115 - open for the life of the municipality
        # Line-buffered: the command line's progress display counts pages by these lines.
        self.index = open(index_path, "a", encoding="utf-8", buffering=1)  # noqa: SIM115
        self.buffer = BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=False)
        self.gzip_level = gzip_level

    def write_record(self, record) -> tuple[int, int]:
        """Write one record as its own gzip member; returns (offset, length).

        warcio compresses at level 9 (~4.9 ms per 100 KB page here); level 3 takes
        ~1.1 ms for archives ~20% larger (bench/BENCHMARKS.md)."""
        self.buffer.seek(0)
        self.buffer.truncate()
        self.writer.write_record(record)
        compressor = zlib.compressobj(self.gzip_level, zlib.DEFLATED, zlib.MAX_WBITS + 16)
        member = compressor.compress(self.buffer.getvalue()) + compressor.flush()
        offset = self.warc.tell()
        self.warc.write(member)
        return offset, len(member)

    def close(self) -> None:
        for handle in (self.warc, self.index):
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()


class ArchivePipeline(CrawlerComponent):
    """Write every fetched page as WARC request + response records and one index line; and the
    responses that reach no spider callback (redirects followed, robots.txt) as records only."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.parts: dict[str, _Part] = {}
        crawler.signals.connect(self.exchange_received, signal=exchange_received)

    def open_spider(self, spider=None):
        self.out = Path(self.crawler.spider.out)
        runfolder.parts_dir(self.out).mkdir(parents=True, exist_ok=True)

    def process_item(self, item, spider=None):
        try:
            if isinstance(item, PageItem):
                self.archive(item)
            elif isinstance(item, OutcomeItem) and item.kommunkod in self.parts:
                # The municipality is finished: make its part durable before the
                # outcome pipeline journals it, and index it for pages.wacz now, while
                # the other municipalities wait for the network (core/cdxj.py).
                self.parts.pop(item.kommunkod).close()
                runfolder.index_part(self.out, item.kommunkod)
        except OSError as exc:
            raise stop_on_write_error(self.crawler, exc) from exc
        return item

    def exchange_received(self, kommunkod: str, exchange: Exchange) -> None:
        """A redirect followed or a robots.txt (WireArchiveMiddleware): records, no index line."""
        try:
            write_exchange(self.part(kommunkod), exchange)
        except OSError as exc:
            stop_on_write_error(self.crawler, exc)

    def part(self, kommunkod: str) -> _Part:
        part = self.parts.get(kommunkod)
        if part is None:
            part = self.parts[kommunkod] = _Part(*runfolder.part_paths(self.out, kommunkod),
                                                 self.crawler.settings.getint("SERVICEKOLL_WARC_GZIP_LEVEL", 3))
        return part

    def archive(self, item: PageItem) -> None:
        part = self.part(item.kommunkod)
        exchange = Exchange(item.final_url, item.status, item.protocol, item.request_headers,
                            item.response_headers, item.body, item.fetched_at)
        response, offset, length = write_exchange(part, exchange)
        rendered = write_rendered(part, item, response) if item.rendered_body else RenderedRecord()
        part.index.write(runfolder.index_line(
            item.kommunkod, item.url, item.final_url, item.status, item.depth, item.referer,
            item.content_type, item.fetched_at, item.redirects,
            response.rec_headers.get_header("WARC-Record-ID"), offset, length,
            found_by=item.found_by, search_results=item.search_results, rendered=bool(item.rendered_body),
            rendered_warc_record_id=rendered.record_id, rendered_warc_offset=rendered.offset,
            rendered_warc_length=rendered.length, render_note=item.render_note, title=item.title))

    def close_spider(self, spider=None):
        for part in self.parts.values():
            part.close()  # unfinished municipalities: discarded and re-crawled on resume
        self.parts.clear()


def write_exchange(part: _Part, exchange: Exchange):
    """A response record holding the response as it came (body still content-encoded), then its
    request record (WARC-Concurrent-To); returns (the response record, its offset, its length)."""
    writer = part.writer
    target = urlsplit(exchange.url)
    path = target.path + ("?" + target.query if target.query else "")
    request = writer.create_warc_record(
        exchange.url, "request", payload=BytesIO(b""),
        http_headers=StatusAndHeaders(f"GET {path or '/'} HTTP/1.1", list(exchange.request_headers.items()),
                                      is_http_request=True),
        warc_headers_dict={"WARC-Date": exchange.fetched_at},
    )
    response = writer.create_warc_record(
        exchange.url, "response", payload=BytesIO(exchange.body),
        http_headers=StatusAndHeaders(f"{exchange.status} {_reason(exchange.status)}", wire_headers(exchange),
                                      protocol=exchange.protocol if exchange.protocol.startswith("HTTP")
                                      else "HTTP/1.1"),
        warc_headers_dict={"WARC-Date": exchange.fetched_at},
    )
    request.rec_headers.add_header("WARC-Concurrent-To", response.rec_headers.get_header("WARC-Record-ID"))
    offset, length = part.write_record(response)
    part.write_record(request)
    return response, offset, length


def wire_headers(exchange: Exchange) -> list[tuple[str, str]]:
    """The response headers for the record: all as sent, less the chunked framing Twisted
    removed; a Content-Length, if sent, is the length of the body kept (so a replay serves it whole)."""
    headers = []
    for name, value in exchange.response_headers:
        if name.lower() in DECHUNKED_HEADERS:
            continue
        headers.append((name, str(len(exchange.body)) if name.lower() == "content-length" else value))
    return headers


@dataclass(frozen=True)
class RenderedRecord:
    record_id: str = ""
    offset: int | None = None
    length: int | None = None


def write_rendered(part: _Part, item: PageItem, response) -> RenderedRecord:
    """A script-built page's DOM as the browser built it (crawler/render.py): a `conversion`
    record after its response, referring to it (WARC-Refers-To), as web archives keep a
    derived document. The scoring reads it instead of the response (core/runfolder.iter_pages)."""
    response_id = response.rec_headers.get_header("WARC-Record-ID")
    record = part.writer.create_warc_record(
        item.final_url, "conversion", payload=BytesIO(item.rendered_body),
        warc_content_type=RENDERED_CONTENT_TYPE,
        warc_headers_dict={"WARC-Date": item.rendered_at or item.fetched_at, "WARC-Refers-To": response_id,
                           "WARC-Refers-To-Target-URI": item.final_url, "WARC-Refers-To-Date": item.fetched_at},
    )
    offset, length = part.write_record(record)
    return RenderedRecord(record.rec_headers.get_header("WARC-Record-ID"), offset, length)


class OutcomePipeline(CrawlerComponent):
    """Journal each municipality's outcome (fsynced) once its pages are durable."""

    def open_spider(self, spider=None):
        self.out = Path(self.crawler.spider.out)
        self.journal = self.crawler.settings.get("SERVICEKOLL_JOURNAL", "main")

    def process_item(self, item, spider=None):
        if isinstance(item, OutcomeItem):
            try:
                self.journal_outcome(item)
            except OSError as exc:
                raise stop_on_write_error(self.crawler, exc) from exc
        return item

    def journal_outcome(self, item: OutcomeItem) -> None:
        runfolder.append_outcome(self.out, self.journal, {
                "kommunkod": item.kommunkod, "status": item.status, "status_reason": item.status_reason,
                "pages": item.pages, "final_url": item.final_url, "homepage": item.homepage,
                "redirect_chain": item.redirect_chain, "crawl_delay": item.crawl_delay,
                "finished_at": runfolder.now(),
            })


WRITE_ERROR_STAT = "servicekoll/write_error"


def stop_on_write_error(crawler, exc: OSError) -> DropItem:
    """A full disk or unwritable run folder: stop the whole crawl (never go on losing
    pages) and leave what is archived readable; the command reports it and exits 1."""
    if not crawler.stats.get_value(WRITE_ERROR_STAT):
        crawler.stats.set_value(WRITE_ERROR_STAT, f"{exc.strerror or exc} ({exc.filename or 'run folder'})")
        engine = crawler.engine
        if hasattr(engine, "close_spider_async"):
            from scrapy.utils.defer import deferred_from_coro

            deferred_from_coro(engine.close_spider_async(reason="write_error"))
        else:  # Scrapy < 2.14
            engine.close_spider(crawler.spider, "write_error")
    return DropItem(f"not archived: {exc}")


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
