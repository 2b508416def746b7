"""Links worth following from one page, with how promising each one is.

Walks the lxml tree Scrapy already parsed for the response (`response.selector.root`)
instead of running LinkExtractor: the field notes measured LinkExtractor at ~6 of
Scrapy's ~7.4 ms per page.

A link is fetched as the page linked it (resolved with the shared resolver in
core/urls.py, less its fragment); its normalised form is only its key in the
seen-set.
"""

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from servicekoll.core.lexicon import Lexicon
from servicekoll.core.urls import (
    document_base,
    is_page_url,
    jump_menu_options,
    normalise_url,
    resolve_href,
)

MAX_LINKS_EXAMINED = 3000  # a page of 20,000 links is a trap: look at the first 3,000
_URL_WORD_SEPARATORS = re.compile(r"[-_/.=?&+%0-9]+")
_NAV_TAGS = frozenset({"nav", "header"})
# The last path segment's extension or Sitevision id ("kontakt.4.1a2b.html") is no word.
_SEGMENT_SUFFIX = re.compile(r"(\.\d+\.[0-9a-f]+)?\.[a-z0-9]{2,5}$", re.IGNORECASE)


@dataclass(frozen=True)
class FoundLink:
    url: str  # as linked, less the fragment: what is requested
    key: str  # normalise_url(url): what the seen-set holds
    priority: int


def _in_primary_navigation(anchor) -> bool:
    for ancestor in anchor.iterancestors():
        if ancestor.tag in _NAV_TAGS or ancestor.get("role") in ("navigation", "banner"):
            return True
        if ancestor.tag in ("main", "footer", "article"):
            return False
    return False


def _label(anchor) -> str:
    parts = [anchor.text_content(), anchor.get("title") or "", anchor.get("aria-label") or ""]
    parts.extend(image.get("alt") or "" for image in anchor.iter("img"))
    return " ".join(parts)


def url_words(url: str) -> str:
    return _URL_WORD_SEPARATORS.sub(" ", urlsplit(url).path)


def last_segment(url: str) -> str:
    """The URL's last path segment as words: "/kommun-och-politik.html" -> "kommun-och-politik"."""
    segment = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    return _SEGMENT_SUFFIX.sub("", segment)


def priority_of(lexicon: Lexicon, label: str, url: str, in_primary_navigation: bool = False) -> int:
    """A link's promise: the lexicon's priority of its words (label and URL path), raised
    to `landing` when its label or last URL segment is a landing page ("Kontakta oss")."""
    priority = lexicon.link_priority(f"{label} {url_words(url)}", in_primary_navigation)
    landing = lexicon.crawl_weights["landing"]
    if priority < landing and (lexicon.is_landing(label) or lexicon.is_landing(last_segment(url))):
        return landing
    return priority


def base_of(response) -> str:
    """What the page's relative links resolve against (its first <base href>, if any)."""
    root = response.selector.root
    base_href = next((b.get("href") for b in root.iter("base") if b.get("href")), None) \
        if hasattr(root, "iter") else None
    return document_base(response.url, base_href)


def extract_links(response, lexicon: Lexicon, limit: int, known=frozenset()) -> list[FoundLink]:
    """The page's new links (key not in `known`), best `limit` first. Menus repeat on
    every page: skipping known keys early saves scoring the same links again."""
    root = response.selector.root
    base = base_of(response)
    parts = urlsplit(base)
    origin = f"{parts.scheme}://{parts.netloc}"
    found: dict[str, FoundLink] = {}

    def add(href: str, label: str, in_primary_navigation: bool) -> None:
        # Most hrefs are root-relative ("/skola"): joined without urljoin's cost, to the
        # same result resolve_href gives (tests/test_crawler.py checks they agree).
        # What urljoin would change (dot segments; tabs and newlines, which urlsplit drops)
        # takes the slow path.
        if href[0] == "/" and href[1:2] != "/" and "/." not in href and "\t" not in href \
                and "\n" not in href and "\r" not in href:
            url = origin + (href.split("#", 1)[0] if "#" in href else href)
        else:
            url = resolve_href(base, href)
        key = normalise_url(url) if url else ""
        if not key or key in known or not is_page_url(key):
            return
        priority = priority_of(lexicon, label, url, in_primary_navigation)
        if key not in found or priority > found[key].priority:
            found[key] = FoundLink(found[key].url if key in found else url, key, priority)

    for count, anchor in enumerate(root.iter("a", "area")):
        if count >= MAX_LINKS_EXAMINED:
            break
        href = (anchor.get("href") or "").strip()
        if href and (anchor.get("rel") or "").lower() != "nofollow":
            add(href, _label(anchor), _in_primary_navigation(anchor))
    for select in root.iter("select"):  # an old site's jump menu: its options are links
        for label, href in jump_menu_options(select):
            add(href, label, _in_primary_navigation(select))
    ranked = sorted(found.values(), key=lambda link: -link.priority)[:limit]
    return ranked
