"""Serve the blind test corpus: one loopback HTTP server per fictional municipality.

Standard library only. Each site folder under ``root`` holds a ``site.json``
manifest (see README.md) and the HTML files it names.

    from tests.blind.server import serve_blind_sites, write_register
    with serve_blind_sites(Path("tests/blind/sites")) as sites:   # {"9301": "http://127.0.0.1:PORT/", ...}
        write_register(sites, tmp / "register.csv")

Run ``python3 tests/blind/server.py`` to serve every site until Ctrl-C.
"""
from __future__ import annotations

import contextlib
import csv
import html
import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

DEFAULT_ROOT = Path(__file__).resolve().parent / "sites"
ORIGIN_TOKEN = b"__ORIGIN__"
HTML_UTF8 = "text/html; charset=utf-8"

STATUS_TEXT = {
    403: "Forbidden", 404: "Not Found", 500: "Internal Server Error", 502: "Bad Gateway",
    503: "Service Unavailable", 504: "Gateway Timeout",
}


def load_manifest(site_dir: Path) -> dict:
    return json.loads((site_dir / "site.json").read_text(encoding="utf-8"))


def _entry(spec) -> tuple[str, str]:
    """A pages/template entry -> (file name, content type)."""
    if isinstance(spec, str):
        return spec, _guess_type(spec)
    return spec["file"], spec.get("content_type") or _guess_type(spec["file"])


def _guess_type(name: str) -> str:
    if name.endswith((".html", ".htm")):
        return HTML_UTF8
    if name.endswith(".pdf"):
        return "application/pdf"
    if name.endswith(".xml"):
        return "application/xml; charset=utf-8"
    if name.endswith(".svg"):
        return "image/svg+xml"
    return "application/octet-stream"


def _charset(ctype: str) -> str:
    m = re.search(r"charset=([\w-]+)", ctype, re.I)
    return m.group(1) if m else "utf-8"


def _strip_tags(s: str) -> str:
    s = re.sub(r"<[^>]+>", "", s)
    return " ".join(html.unescape(s).replace("\u00ad", "").split())


class Site:
    def __init__(self, site_dir: Path):
        self.dir = site_dir
        self.m = load_manifest(site_dir)
        self.code = self.m["kommunkod"]
        self.pages = self.m.get("pages", {})
        self.redirects = self.m.get("redirects", {})
        self.search = self.m.get("search")
        self.front_status = self.m.get("front_status")
        self.origin = ""  # set once the port is known

    # -- helpers -------------------------------------------------------
    def read(self, spec) -> tuple[bytes, str]:
        name, ctype = _entry(spec)
        data = (self.dir / name).read_bytes()
        if ctype.startswith("text/") or "xml" in ctype:
            data = data.replace(ORIGIN_TOKEN, self.origin.encode("ascii"))
        return data, ctype

    def page_title(self, path: str) -> str:
        spec = self.pages.get(path)
        if spec is None:
            return path
        data, ctype = self.read(spec)
        if not ctype.startswith("text/html"):
            return path
        text = data.decode(_charset(ctype), errors="replace")
        m = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S | re.I) or re.search(r"<title>(.*?)</title>", text, re.S | re.I)
        return _strip_tags(m.group(1)) if m else path

    def search_page(self, query: str) -> tuple[bytes, str]:
        s = self.search
        q = query.strip()
        key = q.casefold()
        hits = {k.casefold(): v for k, v in s.get("hits", {}).items()}.get(key, []) if q else []
        if not q:
            results = "<p>Skriv ett sökord i rutan ovan.</p>"
        elif hits:
            items = "\n".join(f"<li><a href=\"{html.escape(p)}\">{html.escape(self.page_title(p))}</a></li>" for p in hits)
            n = len(hits)
            results = (f"<p class=\"search-echo\">Du sökte på: <strong>{html.escape(q)}</strong></p>\n"
                       f"<p>{n} {'träff' if n == 1 else 'träffar'}</p>\n<ol class=\"search-hits\">\n{items}\n</ol>")
        else:
            results = (f"<p class=\"search-echo\">Du sökte på: <strong>{html.escape(q)}</strong></p>\n"
                       "<p class=\"search-none\">Inga träffar. Kontrollera stavningen eller prova ett annat sökord.</p>")
        tpl = s.get("template")
        if tpl:
            data, ctype = self.read(tpl)
            cs = _charset(ctype)
            text = data.decode(cs)
            text = text.replace("<!--SEARCH_RESULTS-->", results)
            return text.encode(cs, errors="xmlcharrefreplace"), ctype
        body = f"<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Sök</title></head><body><h1>Sök</h1>{results}</body></html>"
        return body.encode("utf-8"), HTML_UTF8

    def sitemap_xml(self) -> bytes:
        urls = "\n".join(f"  <url><loc>{html.escape(self.origin + p)}</loc></url>" for p in self.m["sitemap"])
        return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                f"<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{urls}\n</urlset>\n").encode()

    def not_found(self) -> bytes:
        return (b"<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Sidan finns inte</title></head>"
                b"<body><h1>Sidan kunde inte hittas</h1><p>Sidan du letar efter finns inte eller har flyttats.</p>"
                b"<p><a href=\"/\">Till startsidan</a></p></body></html>")

    # -- dispatch ------------------------------------------------------
    def respond(self, raw_path: str) -> tuple[int, dict, bytes]:
        """Return (status, headers, body) for a request target."""
        parts = urlsplit(raw_path)
        path = unquote(parts.path) or "/"
        if self.front_status:
            st = int(self.front_status)
            msg = STATUS_TEXT.get(st, "Error")
            body = f"<!DOCTYPE html><html><head><title>{st} {msg}</title></head><body><h1>{st} {msg}</h1></body></html>".encode()
            hdr = {"Content-Type": HTML_UTF8}
            if st == 503:
                hdr["Retry-After"] = "120"
            return st, hdr, body
        if path == "/robots.txt":
            if "robots" not in self.m:
                return 404, {"Content-Type": "text/plain; charset=utf-8"}, b"Not found\n"
            txt = self.m["robots"].replace("__ORIGIN__", self.origin)
            return 200, {"Content-Type": "text/plain; charset=utf-8"}, txt.encode("utf-8")
        if path == "/sitemap.xml" and "sitemap" in self.m:
            return 200, {"Content-Type": "application/xml; charset=utf-8"}, self.sitemap_xml()
        if path in self.redirects:
            target, status = self.redirects[path]
            loc = target if target.startswith("http") else self.origin + target
            body = f"<html><body><a href=\"{html.escape(target)}\">Flyttad</a></body></html>".encode()
            return int(status), {"Location": loc, "Content-Type": HTML_UTF8}, body
        s = self.search
        if s and path == s["path"]:
            try:  # browsers submit in the page's charset; accept UTF-8 or Latin-1
                qs = parse_qs(parts.query, keep_blank_values=True, encoding="utf-8", errors="strict")
            except UnicodeDecodeError:
                qs = parse_qs(parts.query, keep_blank_values=True, encoding="latin-1")
            if s["param"] in qs or path not in self.pages:
                data, ctype = self.search_page(qs.get(s["param"], [""])[0])
                return 200, {"Content-Type": ctype}, data
        if path in self.pages:
            data, ctype = self.read(self.pages[path])
            return 200, {"Content-Type": ctype}, data
        return 404, {"Content-Type": HTML_UTF8}, self.not_found()


def _handler_for(site: Site):
    class Handler(BaseHTTPRequestHandler):
        server_version = "BlindCorpus/1.0"
        protocol_version = "HTTP/1.1"

        def _send(self, head_only: bool):
            try:
                status, headers, body = site.respond(self.path)
            except Exception as exc:  # pragma: no cover - corpus bug
                status, headers, body = 500, {"Content-Type": "text/plain"}, f"server error: {exc}".encode()
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head_only:
                self.wfile.write(body)

        def do_GET(self):
            self._send(False)

        def do_HEAD(self):
            self._send(True)

        def log_message(self, *args):  # quiet
            pass

    return Handler


def site_dirs(root: Path) -> list[Path]:
    return sorted(p for p in Path(root).iterdir() if (p / "site.json").is_file())


@contextlib.contextmanager
def serve_blind_sites(root: Path = DEFAULT_ROOT) -> Iterator[dict[str, str]]:
    """Start one ThreadingHTTPServer per site on 127.0.0.1 (OS-chosen port).

    Yields {kommunkod: "http://127.0.0.1:PORT/"}; all servers stop on exit.
    """
    servers: list[tuple[ThreadingHTTPServer, threading.Thread]] = []
    out: dict[str, str] = {}
    try:
        for d in site_dirs(Path(root)):
            site = Site(d)
            httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(site))
            httpd.daemon_threads = True
            port = httpd.server_address[1]
            site.origin = f"http://127.0.0.1:{port}"
            t = threading.Thread(target=httpd.serve_forever, name=f"blind-{site.code}", daemon=True)
            t.start()
            servers.append((httpd, t))
            out[site.code] = site.origin + "/"
        yield out
    finally:
        for httpd, t in servers:
            httpd.shutdown()
            httpd.server_close()
            t.join(timeout=5)


def write_register(sites: dict, path: Path, root: Path = DEFAULT_ROOT) -> Path:
    """Write a municipality register CSV (kommunkod,kommun,lan_kod,lan,url) for served sites."""
    meta = {load_manifest(d)["kommunkod"]: load_manifest(d) for d in site_dirs(Path(root))}
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["kommunkod", "kommun", "lan_kod", "lan", "url"])
        for code in sorted(sites):
            m = meta[code]
            w.writerow([code, m["kommun"], m["lan_kod"], m["lan"], sites[code]])
    return path


if __name__ == "__main__":
    import sys
    import time

    root = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_ROOT
    with serve_blind_sites(root) as sites:
        reg = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("blind-register.csv")
        write_register(sites, reg, root)
        print(reg.read_text(encoding="utf-8"), end="")
        print(f"# register written to {reg}; serving {len(sites)} sites, Ctrl-C to stop", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
