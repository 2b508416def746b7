"""Serve folders of static sites on loopback, one port per site (demo, tests, benchmarks).

A site is a folder: `index.html` is "/", `a/b.html` or `a/b/index.html` is
"/a/b", `robots.txt` is served when present. An optional `site.toml` changes
behaviour: `[status]` maps a path to an HTTP status, `[redirect]` a path to a
Location, `[content_type]` a path to a Content-Type, `charset` sets the charset
announced for HTML (files are served as stored bytes).
"""

import threading
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

LOOPBACK = "127.0.0.1"


@dataclass
class SiteConfig:
    root: Path
    status: dict[str, int] = field(default_factory=dict)
    redirect: dict[str, str] = field(default_factory=dict)
    content_type: dict[str, str] = field(default_factory=dict)
    charset: str = "utf-8"

    @classmethod
    def load(cls, root: Path) -> "SiteConfig":
        config_path = root / "site.toml"
        data = tomllib.loads(config_path.read_text(encoding="utf-8")) if config_path.exists() else {}
        return cls(root, {k: int(v) for k, v in data.get("status", {}).items()},
                   dict(data.get("redirect", {})), dict(data.get("content_type", {})),
                   data.get("charset", "utf-8"))

    def resolve(self, path: str) -> Path | None:
        path = path.rstrip("/") or "/"
        if ".." in path:
            return None
        relative = path.lstrip("/")
        candidates = ([self.root / "index.html"] if path == "/" else
                      [self.root / relative, self.root / f"{relative}.html", self.root / relative / "index.html"])
        return next((c for c in candidates if c.is_file()), None)


class StaticSiteHandler(BaseHTTPRequestHandler):
    config: SiteConfig
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # keep test and demo output quiet
        pass

    def do_GET(self):
        path = urlsplit(self.path).path
        key = path.rstrip("/") or "/"
        if key in self.config.redirect:
            return self.send(302, b"", "text/html", location=self.config.redirect[key])
        status = self.config.status.get(key, 200)
        file = self.config.resolve(path)
        if file is None and status == 200:
            return self.send(404, b"<html><title>Hittades inte</title><h1>Sidan finns inte</h1></html>",
                             "text/html; charset=utf-8")
        body = file.read_bytes() if file else b"<html><title>Fel</title><h1>Serverfel</h1></html>"
        content_type = self.config.content_type.get(key)
        if content_type is None:
            content_type = "text/plain" if file and file.suffix == ".txt" else f"text/html; charset={self.config.charset}"
        self.send(status, body, content_type)

    def send(self, status: int, body: bytes, content_type: str, location: str = "") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if location:
            self.send_header("Location", location)
        self.end_headers()
        self.wfile.write(body)


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a crawler hanging up mid-response (timeouts, size caps) is expected here


def serve_handler(handler_class, host: str = LOOPBACK) -> tuple[ThreadingHTTPServer, str]:
    """Start one server thread for a handler class; returns (server, base URL)."""
    server = QuietServer((host, 0), handler_class)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://{host}:{server.server_address[1]}/"


@contextmanager
def serve_sites(folder: Path) -> Iterator[dict[str, str]]:
    """Serve every site folder below `folder`; yields {site folder name: base URL}."""
    servers = []
    urls: dict[str, str] = {}
    try:
        for root in sorted(p for p in Path(folder).iterdir() if p.is_dir()):
            handler = type(f"Site_{root.name}", (StaticSiteHandler,), {"config": SiteConfig.load(root)})
            server, url = serve_handler(handler)
            servers.append(server)
            urls[root.name] = url
        yield urls
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()
