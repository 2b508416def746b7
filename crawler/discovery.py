"""Discovery beyond links: the site's own search form, its sitemap, its robots.txt.

Pure helpers for the spider: what a visitor's browser would request when searching
from the front page, which page URLs a sitemap lists, and what robots.txt says
about pacing and sitemaps.
"""

import codecs
from urllib.parse import urlencode, urlsplit, urlunsplit

from scrapy.utils.sitemap import Sitemap
from servicekoll.core.urls import resolve_href
from servicekoll.crawler.links import base_of

# Text inputs a search form uses; type-less inputs are text too.
_TEXT_TYPES = frozenset({"", "text", "search"})
# Fields that make a form something other than a search (login, upload, comment).
_NOT_SEARCH = frozenset({"password", "file", "email"})


def _query_input(form) -> str:
    """The name of the form's one text input, or '' when it is not a plain search form."""
    names = []
    for field in form.iter("input", "textarea"):
        kind = (field.get("type") or "").strip().lower()
        if field.tag == "textarea" or kind in _NOT_SEARCH:
            return ""
        if kind in _TEXT_TYPES and field.get("name"):
            names.append(field.get("name"))
    return names[0] if len(names) == 1 else ""


def search_form(root) -> tuple[int, str] | None:
    """(form number, query input name) of the page's site-search form: a GET form with
    one text input, preferring one marked as search (role="search" or a search input)."""
    candidates = []
    for number, form in enumerate(root.iter("form")):
        if (form.get("method") or "get").strip().lower() != "get":
            continue
        name = _query_input(form)
        if not name:
            continue
        marked = form.get("role") == "search" or any(
            (field.get("type") or "").lower() == "search" for field in form.iter("input"))
        candidates.append((not marked, number, name))
    if not candidates:
        return None
    _, number, name = min(candidates)
    return number, name


def search_urls(response, queries: tuple[str, ...]) -> list[str]:
    """The URLs a browser requests when the front page's search form is submitted once
    per query by pressing Enter in its text input (HTML's form submission): the form's
    action, its query replaced by the form's fields in order (hidden ones, checked
    boxes, selected options, the query, then the default submit button when it has a
    name), encoded in the form's accept-charset or the page's encoding. [] without a form."""
    root = response.selector.root
    found = search_form(root)
    if found is None:
        return []
    number, name = found
    form = list(root.iter("form"))[number]
    action = (form.get("action") or "").strip()
    target = resolve_href(base_of(response), action) if action else response.url.split("#", 1)[0]
    if not target:
        return []
    encoding = _form_encoding(form, response.encoding or "utf-8")
    fields = form.form_values() if hasattr(form, "form_values") else []
    button = _default_button(form)
    urls = []
    for query in queries:
        entries = [(key, query if key == name else value) for key, value in fields]
        if name not in {key for key, _ in entries}:
            entries.append((name, query))
        if button:
            entries.append(button)
        data = urlencode(entries, encoding=encoding, errors="xmlcharrefreplace")
        urls.append(urlunsplit(urlsplit(target)._replace(query=data, fragment="")))
    return urls


def _form_encoding(form, page_encoding: str) -> str:
    for label in (form.get("accept-charset") or "").replace(",", " ").split():
        try:
            return codecs.lookup(label).name
        except LookupError:
            continue
    return page_encoding


def _default_button(form) -> tuple[str, str] | None:
    """The (name, value) the form's first submit button adds when Enter submits it."""
    for element in form.iter("input", "button"):
        kind = (element.get("type") or ("submit" if element.tag == "button" else "text")).strip().lower()
        if kind in ("submit", "image"):
            button = element.get("name")
            if not button:
                return None
            if kind == "image":
                return None  # an image button sends name.x/name.y only when clicked
            return button, element.get("value") or ""
    return None


def read_sitemap(body: bytes, limit: int) -> tuple[list[str], list[str]]:
    """(page URLs, child sitemap URLs) listed in a sitemap or sitemap index; ([], [])
    for a body that is not one (an HTML 404 page, a gzip file)."""
    if body.lstrip()[:1] != b"<":
        return [], []
    pages, children = [], []
    try:
        sitemap = Sitemap(body)
        if sitemap.type not in ("urlset", "sitemapindex"):
            return pages, children
        for entry in sitemap:
            location = (entry.get("loc") or "").strip()
            if location:
                (children if sitemap.type == "sitemapindex" else pages).append(location)
            if len(pages) + len(children) >= limit:
                break
    except Exception:  # lxml's recover mode still raises on some garbage: not a sitemap
        return pages, children
    return pages, children


def robots_facts(robot_parser, user_agent: str) -> tuple[float | None, list[str]]:
    """(Crawl-delay for our user agent, Sitemap: URLs) from Scrapy's parsed robots.txt."""
    delay = robot_parser.crawl_delay(user_agent) if hasattr(robot_parser, "crawl_delay") else None
    protego = getattr(robot_parser, "rp", None)
    sitemaps = list(getattr(protego, "sitemaps", ()) or ())
    return (float(delay) if delay is not None else None), sitemaps
