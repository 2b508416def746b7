"""Serve rendered test sites on 127.0.0.1 (stdlib only).

    with serve_pages({"lindas": render_site(c, "landmarks")}) as urls:
        urls["lindas"]  # -> "http://127.0.0.1:PORT/"

One ThreadingHTTPServer per site on port 0. Unknown paths answer 404 with a
small HTML page; a Page with a 3xx status and ``location`` redirects (a
location starting with "/" is made absolute on the same host); robots.txt
is ``User-agent: *\\nAllow: /\\n`` unless the site has its own "/robots.txt".
Query strings are ignored when matching a path; fragments never reach us.
Nothing is logged.
"""
from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

from .generator import Page

__all__ = ["NOT_FOUND_HTML", "ROBOTS_TXT", "serve_pages"]

ROBOTS_TXT = "User-agent: *\nAllow: /\n"
NOT_FOUND_HTML = ('<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8">'
                  "<title>Sidan finns inte</title></head><body><h1>Sidan finns inte</h1>"
                  '<p>Sidan du söker kan ha flyttats eller tagits bort. '
                  '<a href="/">Till startsidan</a></p></body></html>\n')


def _handler(pages: Mapping[str, Page]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "metamorphic/1.0"
        sys_version = ""
        protocol_version = "HTTP/1.1"

        def log_message(self, format, *args):
            pass

        def _lookup(self) -> Page:
            path = unquote(urlsplit(self.path).path) or "/"
            page = pages.get(path)
            if page is None and path == "/robots.txt":
                return Page(ROBOTS_TXT, content_type="text/plain; charset=utf-8")
            if page is None:
                return Page(NOT_FOUND_HTML, status=404)
            return page

        def _send(self, head_only: bool) -> None:
            page = self._lookup()
            body = page.body.encode("utf-8")
            self.send_response(page.status)
            if page.location:
                loc = page.location
                if loc.startswith("/") and not loc.startswith("//"):
                    host = self.headers.get("Host") or "{}:{}".format(*self.server.server_address[:2])
                    loc = f"http://{host}{loc}"
                self.send_header("Location", loc)
            self.send_header("Content-Type", page.content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head_only:
                self.wfile.write(body)

        def do_GET(self):
            self._send(False)

        def do_HEAD(self):
            self._send(True)

    return Handler


class _Quiet(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128   # the default 5 makes concurrent clients wait for SYN retries

    def handle_error(self, request, client_address):  # a client hung up: say nothing
        pass


@contextlib.contextmanager
def serve_pages(sites: Mapping[str, Mapping[str, Page]]) -> Iterator[dict[str, str]]:
    """Start one server per site; yield {key: "http://127.0.0.1:PORT/"}."""
    servers: list[ThreadingHTTPServer] = []
    threads: list[threading.Thread] = []
    urls: dict[str, str] = {}
    try:
        for key, pages in sites.items():
            srv = _Quiet(("127.0.0.1", 0), _handler(dict(pages)))
            th = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.25},
                                  name=f"metamorphic-{key}", daemon=True)
            th.start()
            servers.append(srv)
            threads.append(th)
            urls[key] = f"http://127.0.0.1:{srv.server_address[1]}/"
        yield urls
    finally:
        stoppers = [threading.Thread(target=srv.shutdown, daemon=True) for srv in servers]
        for st in stoppers:      # in parallel: each shutdown waits for one poll
            st.start()
        for st in stoppers:
            st.join(timeout=5)
        for srv in servers:
            srv.server_close()
        for th in threads:
            th.join(timeout=5)
