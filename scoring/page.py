"""The page model: each archived page parsed once, shared by every detector.

`parse_page` turns one archived response into a `Page`: title, headings, links
(visible text, image alt, aria-label and title attributes, resolved href),
labelled blocks (a heading or strong/dt label with what stands under it),
visible text runs, each with the region it sits in. Only what a visitor can
read counts: scripts, styles, comments, templates, JSON-LD and hidden elements
are skipped.
"""

from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import urljoin

import lxml.html
from bs4 import UnicodeDammit
from lxml import etree
from servicekoll.core.urls import normalise_url
from servicekoll.scoring import regions as R
from w3lib.encoding import html_body_declared_encoding, html_to_unicode, http_content_type_encoding

SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object",
                       "select", "textarea"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LABEL_TAGS = HEADINGS | {"strong", "b", "dt", "th", "legend"}
BLOCK_TAGS = frozenset({"div", "section", "article", "aside", "li", "dl", "p", "td", "address",
                        "footer", "header", "nav", "ul", "main", "body", "form", "fieldset"})
MAX_BLOCK_TEXT = 600


class Link(NamedTuple):
    text: str  # what a visitor reads: text, image alt, aria-label, title
    href: str  # absolute, normalised
    region: str


class Block(NamedTuple):
    label: str  # the heading/strong/dt text
    text: str  # the label's container's visible text (first MAX_BLOCK_TEXT chars)
    region: str


class TextRun(NamedTuple):
    text: str
    region: str


@dataclass
class Page:
    kommunkod: str
    url: str  # the URL requested
    final_url: str  # after redirects
    depth: int
    status: int
    title: str = ""
    headings: list[tuple[int, str, str]] = field(default_factory=list)  # (level, text, region)
    links: list[Link] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    texts: list[TextRun] = field(default_factory=list)
    lists: list[tuple[str, int, str]] = field(default_factory=list)  # (intro text, items, region)
    referer: str = ""

    @property
    def h1(self) -> str:
        return next((text for level, text, _ in self.headings if level == 1), "")

    @property
    def visible_text(self) -> str:
        return "\n".join(run.text for run in self.texts)

    def text_in(self, *region_names: str) -> str:
        return "\n".join(run.text for run in self.texts if run.region in region_names)


def decode_html(body: bytes, content_type: str = "") -> str:
    """Decode with the charset the server or the page declared; guess only when neither did."""
    declared = http_content_type_encoding(content_type) or html_body_declared_encoding(body)
    if declared:
        _, text = html_to_unicode(content_type, body)
        if "\ufffd" not in text:
            return text
        # The declared charset is wrong (a latin-1 page served as utf-8): let
        # BeautifulSoup's UnicodeDammit find the one that decodes cleanly.
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return UnicodeDammit(body, ["utf-8", "windows-1252", "iso-8859-1"]).unicode_markup or ""


def parse_tree(body: bytes, content_type: str = ""):
    """lxml tree of a page, or None when nothing parseable is there."""
    text = decode_html(body, content_type)
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text.replace("\x00", ""))
    except (etree.ParserError, ValueError):
        return None


def _hidden(element) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _link_text(element) -> str:
    parts = [" ".join(element.itertext())]
    for attribute in ("aria-label", "title"):
        if element.get(attribute):
            parts.append(element.get(attribute))
    for image in element.iter("img"):
        if image.get("alt"):
            parts.append(image.get("alt"))
    return " ".join(" ".join(parts).split())


def _visible_text(element) -> str:
    pieces = []
    for node in element.iter():
        if not isinstance(node.tag, str) or node.tag in SKIP_TAGS or _hidden(node):
            continue
        if node.text:
            pieces.append(node.text)
        if node is not element and node.tail:
            pieces.append(node.tail)
    return " ".join(" ".join(pieces).split())[:MAX_BLOCK_TEXT]


def parse_page(body: bytes, *, kommunkod: str, url: str, final_url: str, depth: int = 0,
               status: int = 200, content_type: str = "", referer: str = "", tree=None) -> Page:
    """Build the page model from a response body (or an already parsed `tree`)."""
    page = Page(kommunkod=kommunkod, url=url, final_url=final_url or url, depth=depth,
                status=status, referer=referer)
    root = tree if tree is not None else parse_tree(body, content_type)
    if root is None:
        return page
    title = root.find(".//title")
    if title is not None and title.text:
        page.title = " ".join(title.text.split())
    _walk(root, page)
    _regions_by_position(page)
    return page


def _regions_by_position(page: Page) -> None:
    """Old layouts without landmarks, roles or CMS classes: what comes before the first
    h1 is the page's header (the rubric's "top"), everything else stays `other`."""
    if any(run.region != R.OTHER for run in page.texts) or any(link.region != R.OTHER for link in page.links):
        return
    h1 = page.h1
    if not h1:
        return
    before = True
    texts = []
    for run in page.texts:
        if before and run.text == h1:
            before = False
        texts.append(TextRun(run.text, R.HEADER) if before else run)
    if before:  # the h1 text never appeared as a run: leave the page as it is
        return
    header_texts = {run.text for run in texts if run.region == R.HEADER}
    page.texts = texts
    page.links = [Link(link.text, link.href, R.HEADER) if link.text in header_texts else link for link in page.links]


def _region_of(element, tag: str, context: str, nav_depth: int) -> tuple[str, int]:
    """The region inside `element`, given the region it sits in (`context`)."""
    if context in (R.FOOTER, R.SEARCH):
        return context, nav_depth  # everything inside the footer or search box stays there
    opened = R.landmark(element, tag)
    in_content = context in (R.MAIN, R.MAIN_TOP, R.NEWS)
    in_nav = context in (R.NAV_TOP, R.NAV_SUB)
    if opened == R.SEARCH:
        return R.SEARCH, nav_depth
    if opened == R.MAIN and not in_content:
        return R.MAIN_TOP, nav_depth
    if opened == R.NEWS or (tag == "article" and in_content and _is_feed_item(element)):
        return (context if context in (R.HEADER,) or in_nav else R.NEWS), nav_depth
    if opened in (R.HEADER, R.FOOTER) and not in_content and not in_nav:
        # an <article>'s own header or footer stays in the content
        return (context if context == R.HEADER and opened == R.HEADER else opened), nav_depth
    if opened == "nav" and not in_nav:
        return (R.ASIDE, nav_depth) if in_content else (R.NAV_TOP, 0)
    if opened == R.ASIDE and not in_nav:
        return R.ASIDE, nav_depth
    if in_nav:
        if tag in ("ul", "ol"):
            nav_depth += 1
        if nav_depth >= 2 or R.is_submenu(element):
            return R.NAV_SUB, nav_depth
    return context, nav_depth


def _is_feed_item(element) -> bool:
    parent = element.getparent()
    if parent is None:
        return False
    return sum(1 for sibling in parent if sibling.tag == "article") > 1 or bool(
        R.class_tokens(parent) & {"list", "feed", "news", "nyheter", "puffar", "cards"})


def _walk(root, page: Page) -> None:
    """One pass over the tree with an explicit stack, so deep malformed pages cannot
    exhaust Python's recursion. Stack items: (element, region it sits in, nav depth),
    or (text, region, None) for the text that follows an element (its tail)."""
    body = root.find("body")
    stack: list[tuple] = [(body if body is not None else root, "", 0)]
    # Main's first section ends at the first h2 that follows some content:
    # a hero box may carry its own h2, the "Aktuellt" heading after it may not.
    main_started = main_ended = False
    while stack:
        element, context, nav_depth = stack.pop()
        if nav_depth is None:  # a tail: text of the parent, after a child
            page.texts.append(TextRun(element, context or R.OTHER))
            continue
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag or tag in SKIP_TAGS or _hidden(element):
            continue
        region, nav_depth = _region_of(element, tag, context, nav_depth)
        if region == R.MAIN_TOP:
            if main_ended or (tag == "h2" and main_started):
                main_ended = True
                region = R.MAIN
            elif tag not in ("h1", "div", "section", "main", "header", "article") and (
                    element.text or "").strip():
                main_started = True
        _collect(element, tag, region or R.OTHER, page)
        for child in reversed(element):
            if child.tail and child.tail.strip():
                stack.append((" ".join(child.tail.split()), region, None))
            stack.append((child, region, nav_depth))


def _collect(element, tag: str, region: str, page: Page) -> None:
    """Record what one element shows: heading, label block, link, text."""
    if tag in HEADINGS:
        text = " ".join(" ".join(element.itertext()).split())
        if text:
            page.headings.append((int(tag[1]), text, region))
    if tag in LABEL_TAGS:
        label = " ".join(" ".join(element.itertext()).split())
        container = _container(element)
        if label and container is not None:
            page.blocks.append(Block(label[:200], _visible_text(container), region))
    if tag in ("a", "area"):
        href = (element.get("href") or "").strip()
        if href and not href.lower().startswith("javascript:"):
            if href.lower().startswith(("mailto:", "tel:")):
                absolute = href
            else:
                absolute = normalise_url(urljoin(page.final_url, href))
            if absolute:
                page.links.append(Link(_link_text(element), absolute, region))
    if element.text and element.text.strip():
        page.texts.append(TextRun(" ".join(element.text.split()), region))
    if tag in ("ul", "ol"):
        items = sum(1 for child in element if child.tag == "li")
        intro = element.getprevious()
        if items and intro is not None and isinstance(intro.tag, str):
            page.lists.append((" ".join(" ".join(intro.itertext()).split())[:200], items, region))
    if tag == "img" and element.get("alt"):
        page.texts.append(TextRun(element.get("alt"), region))


def _container(label_element):
    """The block a label heads: its parent, unless that is the whole page."""
    parent = label_element.getparent()
    while parent is not None and parent.tag in ("span", "a", "em", "i", "b", "strong"):
        parent = parent.getparent()
    if parent is None or parent.tag in ("body", "html", "main"):
        return None
    return parent
