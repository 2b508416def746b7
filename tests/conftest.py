"""Shared test helpers: render and serve loopback sites, write registers, run the CLI."""

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from servicekoll.demo.sitegen import write_sites
from servicekoll.demo.siteserver import serve_sites

ROOT = Path(__file__).resolve().parent.parent
# Crawls in tests: no politeness delay (the sites are ours, on loopback), short timeouts.
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_TIMEOUT=5",
        "-s", "RETRY_TIMES=1", "-s", "DNS_RESOLVER=tests.loopback.LoopbackResolver"]


def run_cli(*args: str, hosts: str = "", timeout: int = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "SERVICEKOLL_TEST_HOSTS": hosts, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "servicekoll", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def scored_demo(tmp_path_factory, name: str) -> Path:
    """A finished, scored run folder: the offline demo, run once per test module that asks."""
    out = tmp_path_factory.mktemp(name) / "demo"
    result = run_cli("demo", "--out", out)
    assert result.returncode == 0, result.stderr
    return out


def write_register(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """rows: (kommunkod, kommun, url)"""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["kommunkod", "kommun", "lan_kod", "lan", "url"])
        for code, name, url in rows:
            writer.writerow([code, name, "99", "Testlän", url])
    return path


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def serve_specs(tmp_path):
    """Render site specs and serve them: yields a function specs -> {id: url}."""
    contexts = []

    def start(specs: list[dict]) -> dict[str, str]:
        folder = tmp_path / f"sites{len(contexts)}"
        write_sites(specs, folder)
        context = serve_sites(folder)
        contexts.append(context)
        return context.__enter__()

    yield start
    for context in contexts:
        context.__exit__(None, None, None)


def serve_app(respond):
    """Serve `respond(path) -> (status, {header: value}, body bytes)` on its own port."""
    from http.server import BaseHTTPRequestHandler

    from servicekoll.demo.siteserver import serve_handler

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            status, headers, body = respond(self.path)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return serve_handler(Handler)


@pytest.fixture
def apps():
    """Start apps with apps(respond) -> base URL; all stopped after the test."""
    servers = []

    def start(respond) -> str:
        server, url = serve_app(respond)
        servers.append(server)
        return url

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def html_page(title: str, body: str = "", links: list[tuple[str, str]] = ()) -> bytes:
    anchors = "".join(f'<li><a href="{href}">{text}</a></li>' for text, href in links)
    return (f"<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><main><h1>{title}</h1>{body}<ul>{anchors}</ul></main></body></html>").encode()


HTML = {"Content-Type": "text/html; charset=utf-8"}
