"""`servicekoll show DIR [KOMMUNKOD]`: the run folder's evidence, opened offline.

A small web server on 127.0.0.1 (never another interface) serves

    /                               the municipalities and their scores
    /<kommunkod>                    the five points: value, rule, evidence items
    /<kommunkod>/<aspect>/<item>    one piece of evidence beside the archived page
    /archive/<kommunkod>/<aspect>/<item>   the archived page itself, element marked

Item 0 is the evidence line's own, 1, 2, ... its `also` entries (pages.evidence_view_path).
The archived page is replayed from the WARC exactly as the scoring read it (the
rendered DOM for a script-built page), parsed by the scoring's own parse_tree, so
the evidence's element_xpath names the same element here. A crawled page is
hostile input: it is served without scripts, event handlers, links, forms,
frames or subresources, under a Content-Security-Policy with `sandbox` that
allows no script and no request at all, inside an <iframe sandbox>.
"""

import csv
import json
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html
from lxml import etree

from servicekoll.core import runfolder
from servicekoll.core.errors import InputError
from servicekoll.pages import VIEWER_HOST, VIEWER_PORT, evidence_view_path, render
from servicekoll.scoring.model import ASPECT_COLUMNS, ASPECTS
from servicekoll.scoring.page import parse_tree

# The archived page: no script, no request of any kind (images only as data: URIs),
# its own opaque origin (sandbox), no form target, no base URL.
ARCHIVE_CSP = ("sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
               "form-action 'none'; base-uri 'none'; frame-ancestors 'self'")
# The viewer's own pages: inline CSS, the archive frame from this server, nothing else.
VIEWER_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'; "
              "form-action 'none'; base-uri 'none'; frame-ancestors 'none'")
MARK_ID = "servicekoll-evidence"
MARK_STYLE = ("outline: 4px solid #d4351c !important; outline-offset: 2px !important; "
              "background-color: #fff3a6 !important; scroll-margin-top: 4em;")
REVEAL_STYLE = "display: revert !important; visibility: visible !important;"
# The page's own stylesheets are not archived; links (inert here) still look like links.
ARCHIVE_STYLE = "a[data-href] { color: #1a0dab; text-decoration: underline; cursor: default; }"
# Elements that run, fetch, embed or redirect: removed with what they hold.
DROPPED_TAGS = frozenset({"script", "noscript", "iframe", "frame", "frameset", "object", "embed",
                          "applet", "base", "link", "portal", "set", "animate", "animatemotion",
                          "animatetransform", "meta"})
# Attributes holding a URL: removed (a link's target stays readable as data-href).
URL_ATTRIBUTES = frozenset({"href", "src", "srcset", "action", "formaction", "poster", "background",
                            "ping", "data", "codebase", "cite", "longdesc", "lowsrc", "dynsrc",
                            "manifest", "xlink:href", "imagesrcset", "archive", "classid", "srcdoc",
                            "target", "formtarget", "profile"})
CSS_URL = re.compile(r"url\(\s*(?!['\"]?data:image/)[^)]*\)|@import[^;]*;?", re.IGNORECASE)
ELEMENT_KINDS = frozenset({"link", "heading", "text", "label", "row", "target"})


@dataclass(frozen=True, eq=False)  # hashed by identity: replays are cached per run
class ShownRun:
    out: Path
    ranking: list[dict]  # ranking.csv, in rank order
    evidence: dict[tuple[str, str], dict]  # (kommunkod, aspect) -> evidence.jsonl line
    overrides: dict[tuple[str, str], dict]  # (kommunkod, aspect) -> aspects.csv row with an override
    index: dict[str, list[dict]]  # pages.jsonl by municipality

    def municipality(self, kommunkod: str) -> dict | None:
        return next((row for row in self.ranking if row["kommunkod"] == kommunkod), None)

    def items(self, kommunkod: str, aspect: str) -> list[dict]:
        """The evidence items of one aspect: the line's own (if it has a page), then `also`."""
        line = self.evidence.get((kommunkod, aspect))
        if line is None:
            return []
        return ([line] if line.get("page_url") else []) + list(line.get("also", []))


def load_run(out: Path) -> ShownRun:
    """A scored run folder's ranking, evidence and index, else InputError naming the folder."""
    out = Path(out)
    needed = (runfolder.RANKING, runfolder.EVIDENCE, runfolder.INDEX, runfolder.WARC)
    missing = [name for name in needed if not (out / name).exists()]
    if not out.is_dir() or missing:
        raise InputError(out, f"is not a scored run folder (no {', '.join(missing or needed)}); "
                              "score it first: servicekoll score DIR")
    return ShownRun(out, _read_csv(out / runfolder.RANKING), _read_evidence(out / runfolder.EVIDENCE),
                    _read_overrides(out / runfolder.ASPECTS), runfolder.read_index(out))


def _read_csv(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _read_evidence(path: Path) -> dict[tuple[str, str], dict]:
    lines = {}
    with open(path, encoding="utf-8") as handle:
        for number, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            try:
                line = json.loads(text)
                lines[(line["kommunkod"], line["aspect"])] = line
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(path, f"not an evidence line ({exc})", line=number) from None
    return lines


def _read_overrides(path: Path) -> dict[tuple[str, str], dict]:
    return {(row["kommunkod"], row["aspect"]): row for row in _read_csv(path) if row.get("override_value")}


# Replaying one piece of evidence.


@dataclass(frozen=True)
class Replay:
    html: str  # the neutralised archived document
    located_by: str  # "xpath", "text" (the fallback), or "" (no element: a title, a whole page)
    revealed: bool  # the element was hidden in the page (a collapsed menu) and is shown here
    fetched_at: str


def archived_page(run: ShownRun, kommunkod: str, item: dict) -> tuple[dict, object] | None:
    """(pages.jsonl line, ArchivedPage) of the page the evidence stands on, read from the WARC
    by the scoring's own reader (the rendered document for a rendered page)."""
    candidates = [m for m in run.index.get(kommunkod, []) if m.get("final_url") == item.get("page_url")]
    if not candidates:
        return None
    meta = next((m for m in candidates if m.get("depth") == item.get("depth")), candidates[0])
    with runfolder.open_archive(run.out) as warc:
        return meta, next(runfolder.iter_pages([meta], warc))


def replay(run: ShownRun, kommunkod: str, item: dict) -> Replay | None:
    found = archived_page(run, kommunkod, item)
    if found is None:
        return None
    meta, archived = found
    tree = parse_tree(archived.body, archived.content_type, html_elements=True)
    if tree is None:
        return Replay("<!DOCTYPE html><p>(the archived page is empty)</p>", "", False, meta.get("fetched_at", ""))
    element, located_by = locate(tree, item)
    revealed = mark(element) if element is not None else False
    neutralise(tree)
    html = lxml.html.tostring(tree, encoding="unicode", doctype="<!DOCTYPE html>")
    return Replay(html, located_by, revealed, meta.get("fetched_at", ""))


def locate(tree, item: dict) -> tuple[object | None, str]:
    """The deciding element: by element_xpath; failing that, the first innermost element
    whose text holds element_text (the viewer says so)."""
    if item.get("kind") not in ELEMENT_KINDS:
        return None, ""
    path = item.get("element_xpath") or ""
    if path:
        try:
            found = tree.xpath(path)
        except etree.XPathError:
            found = []
        if len(found) == 1 and isinstance(getattr(found[0], "tag", None), str):
            return found[0], "xpath"
    element = _innermost_holding(tree, _normal(item.get("element_text", "")))
    return (element, "text") if element is not None else (None, "")


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def _innermost_holding(tree, text: str):
    body = tree.find("body")
    node = body if body is not None else tree
    if not text or text not in _normal(node.text_content()):
        return None
    while True:
        inner = next((child for child in node if isinstance(child.tag, str)
                      and child.tag not in DROPPED_TAGS and text in _normal(child.text_content())), None)
        if inner is None:
            return node
        node = inner


def mark(element) -> bool:
    """Outline the element and give it the id the viewer's frame scrolls to. If the page
    hides it (a menu that opens on click), show it and its hidden ancestors: True then."""
    if element.get("id"):
        element.set("data-id", element.get("id"))
    element.set("id", MARK_ID)
    element.set("style", f"{element.get('style') or ''}; {MARK_STYLE}".lstrip("; "))
    revealed = False
    for node in (element, *element.iterancestors()):
        style = (node.get("style") or "").replace(" ", "").lower()
        if node.get("hidden") is not None or "display:none" in style or "visibility:hidden" in style:
            node.attrib.pop("hidden", None)
            node.set("style", f"{node.get('style') or ''}; {REVEAL_STYLE}".lstrip("; "))
            revealed = True
    return revealed


def neutralise(tree) -> None:
    """Nothing in the page may run, fetch or navigate: drop what runs, embeds or redirects,
    every event handler and URL attribute, and URLs in CSS. The CSP and the sandbox
    stop all of it anyway; this keeps the copy inert wherever it is opened."""
    for element in [e for e in tree.iter() if isinstance(e.tag, str) and e.tag.lower() in DROPPED_TAGS]:
        if element.getparent() is not None:
            element.drop_tree()
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        for name in list(element.attrib):
            _neutralise_attribute(element, name)
        if element.tag == "style" and element.text:
            element.text = CSS_URL.sub("none", element.text)
    head = tree.find("head")
    if head is None:
        head = lxml.html.Element("head")
        tree.insert(0, head)
    head.insert(0, lxml.html.Element("meta", charset="utf-8"))
    style = lxml.html.Element("style")
    style.text = ARCHIVE_STYLE
    head.insert(1, style)


def _neutralise_attribute(element, name: str) -> None:
    lowered = name.lower()
    value = element.get(name) or ""
    if lowered.startswith("on") or re.match(r"\s*(javascript|vbscript):", value, re.IGNORECASE):
        del element.attrib[name]
    elif lowered in URL_ATTRIBUTES or lowered.endswith(":href"):
        if lowered == "href" and element.tag in ("a", "area"):
            element.set("data-href", value)
        keep = lowered == "src" and element.tag == "img" and value.startswith("data:image/")
        if not keep:
            del element.attrib[name]
    elif lowered == "style":
        element.set(name, CSS_URL.sub("none", value))


# The pages of the viewer.


def aspect_view(run: ShownRun, kommunkod: str, aspect: str) -> dict:
    line = run.evidence.get((kommunkod, aspect), {})
    row = run.municipality(kommunkod) or {}
    items = [{**item, "view": evidence_view_path(kommunkod, aspect, number)}
             for number, item in enumerate(run.items(kommunkod, aspect))]
    return {"aspect": aspect, "name": ASPECT_COLUMNS[aspect], "final": row.get(ASPECT_COLUMNS[aspect], ""),
            "value": line.get("value", ""), "rule": line.get("rule", ""), "evidence_items": items,
            "override": run.overrides.get((kommunkod, aspect))}


def page_for(run: ShownRun, path: str) -> tuple[int, str, str, str]:
    """(status, content type, CSP, body) of one request path."""
    parts = [unquote(part) for part in urlsplit(path).path.split("/") if part]
    if not parts:
        return _html(200, "show_index.html", run=run, rows=run.ranking)
    if parts[0] == "archive" and len(parts) == 4:
        return _archive(run, *parts[1:])
    municipality = run.municipality(parts[0])
    if municipality is None:
        return _not_found(f"no municipality {parts[0]} in this run")
    if len(parts) == 1:
        return _html(200, "show_municipality.html", run=run, row=municipality,
                     aspects=[aspect_view(run, parts[0], a) for a in ASPECTS])
    if len(parts) == 3:
        return _evidence(run, municipality, parts[1], parts[2])
    return _not_found(f"no page {path}")


def _item(run: ShownRun, kommunkod: str, aspect: str, number: str) -> dict | None:
    items = run.items(kommunkod, aspect)
    if not number.isdigit() or int(number) >= len(items):
        return None
    return items[int(number)]


def _evidence(run: ShownRun, municipality: dict, aspect: str, number: str) -> tuple[int, str, str, str]:
    kommunkod = municipality["kommunkod"]
    item = _item(run, kommunkod, aspect, number)
    if item is None:
        return _not_found(f"no evidence item {number} for {kommunkod} aspect {aspect}")
    shown = _cached_replay(run, kommunkod, aspect, int(number))
    count = len(run.items(kommunkod, aspect))
    neighbours = [(n, evidence_view_path(kommunkod, aspect, n)) for n in range(count)]
    return _html(200, "show_evidence.html", row=municipality, view=aspect_view(run, kommunkod, aspect),
                 item=item, number=int(number), neighbours=neighbours, replay=shown,
                 frame=f"/archive/{kommunkod}/{aspect}/{number}#{MARK_ID}")


def _archive(run: ShownRun, kommunkod: str, aspect: str, number: str) -> tuple[int, str, str, str]:
    if _item(run, kommunkod, aspect, number) is None:
        return _not_found(f"no evidence item {number} for {kommunkod} aspect {aspect}")
    shown = _cached_replay(run, kommunkod, aspect, int(number))
    if shown is None:
        return _not_found("the page is not in the archive")
    return 200, "text/html; charset=utf-8", ARCHIVE_CSP, shown.html


@lru_cache(maxsize=64)
def _cached_replay(run: ShownRun, kommunkod: str, aspect: str, number: int) -> Replay | None:
    # The evidence page and its frame ask for the same replay, one right after the other.
    return replay(run, kommunkod, run.items(kommunkod, aspect)[number])


def _html(status: int, template: str, **context) -> tuple[int, str, str, str]:
    return status, "text/html; charset=utf-8", VIEWER_CSP, render(template, **context)


def _not_found(message: str) -> tuple[int, str, str, str]:
    return _html(404, "show_404.html", message=message)


# The server.


def handler_for(run: ShownRun, port: int) -> type[BaseHTTPRequestHandler]:
    allowed_hosts = {f"{VIEWER_HOST}:{port}", f"localhost:{port}"}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass  # the terminal shows the address, not every request

        def do_GET(self) -> None:
            if self.headers.get("Host", "") not in allowed_hosts:
                # Another name pointing at 127.0.0.1 (DNS rebinding) gets nothing.
                self._send(421, "text/plain; charset=utf-8", VIEWER_CSP, "misdirected request\n")
                return
            self._send(*page_for(run, self.path))

        def _send(self, status: int, content_type: str, csp: str, body: str) -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            for name, value in (("Content-Type", content_type), ("Content-Security-Policy", csp),
                                ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer"),
                                ("Cross-Origin-Resource-Policy", "same-origin"),
                                ("Cache-Control", "no-store"), ("Content-Length", str(len(data)))):
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

    return Handler


def start_server(out: Path, port: int = VIEWER_PORT) -> tuple[ThreadingHTTPServer, ShownRun]:
    """The viewer's server on 127.0.0.1:port (0: a free port), not yet serving."""
    run = load_run(out)
    try:
        server = ThreadingHTTPServer((VIEWER_HOST, port), BaseHTTPRequestHandler)
    except OSError as exc:
        raise InputError("--port", f"cannot listen on {VIEWER_HOST}:{port} ({exc.strerror}); "
                                   "choose another with --port N", field="--port") from None
    server.RequestHandlerClass = handler_for(run, server.server_address[1])
    return server, run


def show(out: Path, kommunkod: str | None = None, port: int = VIEWER_PORT) -> int:
    server, run = start_server(out, port)
    address = f"http://{VIEWER_HOST}:{server.server_address[1]}"
    if kommunkod is not None and run.municipality(kommunkod) is None:
        server.server_close()
        raise InputError(out, f"no municipality {kommunkod} in this run ({runfolder.RANKING})", field="KOMMUNKOD")
    print(f"servicekoll show: {out} on {address}/ (offline; Ctrl-C stops)")
    if kommunkod is not None:
        print(f"{run.municipality(kommunkod)['kommun']}: {address}/{kommunkod}")
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
