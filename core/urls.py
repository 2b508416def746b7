"""URL rules: normalise, de-duplicate, keep inside one municipality's site, skip non-pages."""

import ipaddress
import re
from functools import cache, lru_cache
from urllib.parse import parse_qsl, urldefrag, urlencode, urljoin, urlsplit, urlunsplit

import tldextract

# The suffix list bundled with tldextract; never fetched at run time.
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

DEFAULT_PORTS = {"http": 80, "https": 443}
TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|_ga|sessionid|jsessionid|phpsessid|sid|"
                             r"sv\.url|sv\.target|cid)$", re.IGNORECASE)
# Not pages: documents, media, feeds and archives.
SKIP_EXTENSIONS = re.compile(
    r"\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|txt|csv|zip|gz|rar|7z|tar|jpe?g|png|gif|svg|webp|bmp|ico|"
    r"tiff?|mp3|mp4|m4a|wav|avi|mov|mkv|webm|ogg|ics|ical|vcf|xml|rss|atom|json|js|css|woff2?|ttf|eot|"
    r"exe|dmg|apk|msi)$", re.IGNORECASE)
# Crawler traps and pages that are not content: calendars and date-paged
# archives, login, search results, print versions, shares.
SKIP_PATH = re.compile(
    r"(/(kalender|calendar|evenemangskalender|events?)/\d|/\d{4}/\d{1,2}/\d{1,2}(/|$)|[?&](date|datum|month|"
    r"manad|year|ar|day|dag|week|vecka)=|/(login|logga-?in|signin|sso|mina-sidor|minasidor|logout|"
    r"sok|search|soksida|sokresultat|print|skriv-?ut)(/|$|\?)|[?&](q|query|search|sok|print|"
    r"share|replytocom|format)=|/wp-admin|/wp-json|/feed(/|$)|/cgi-bin/)",
    re.IGNORECASE)
SESSION_IN_PATH = re.compile(r";(jsessionid|sid|phpsessid)=[^/?#]*", re.IGNORECASE)


NOT_NAVIGABLE = ("#", "mailto:", "tel:", "javascript:", "data:", "sms:", "callto:")


# An option's value that is a page's address: a jump menu's, not a form's choice ("sv", "3").
_PAGE_VALUE = re.compile(r"^(?:https?://|/|\.\.?/)|\.(?:s?html?|php|aspx?|jsp|nsf)(?:$|[?#])", re.IGNORECASE)
JUMP_MENU_MIN_OPTIONS = 2


def jump_menu_options(select) -> list[tuple[str, str]]:
    """(text, address) of each option of a jump menu: a <select> that takes the visitor to the
    page its chosen option's value names (an old site's "Välj sida ..." menu), else []."""
    options = [(" ".join("".join(option.itertext()).split()), (option.get("value") or "").strip())
               for option in select.iter("option")]
    targets = [(text, value) for text, value in options if text and _PAGE_VALUE.search(value)]
    return targets if len(targets) >= JUMP_MENU_MIN_OPTIONS else []


MAX_FRAMES = 10  # a page of more frames is a trap, not a layout


def frame_elements(root) -> list:
    """The <frame> and <iframe> elements with a source, in document order, at most MAX_FRAMES."""
    return [frame for frame in root.iter("frame", "iframe") if (frame.get("src") or "").strip()][:MAX_FRAMES]


def frame_urls(root, base: str) -> list[str]:
    """The pages a page shows in its frames, in document order (a frameset's banner, menu and
    content; an <iframe> of the site's own page): they are part of the page a visitor sees."""
    return [url for url in (resolve_href(base, frame.get("src").strip()) for frame in frame_elements(root)) if url]


def document_base(page_url: str, base_href: str | None) -> str:
    """What a page's relative links resolve against: its first <base href>, itself
    resolved against the URL fetched, else the URL fetched. The crawler and the
    scoring both call this, so a link means the same page to both."""
    href = (base_href or "").strip()
    return urljoin(page_url, href) if href else page_url


def resolve_href(base: str, href: str) -> str:
    """The absolute URL a link points to, as linked (no normalisation), less its
    fragment; '' for hrefs that lead to no page (mailto:, tel:, javascript:, '#...')."""
    href = (href or "").strip()
    if not href or href.lower().startswith(NOT_NAVIGABLE):
        return ""
    try:
        absolute = urldefrag(urljoin(base, href)).url
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return ""
    return absolute if absolute.startswith(("http://", "https://")) else ""


@lru_cache(maxsize=200_000)
def normalise_url(url: str) -> str:
    """One spelling per page: no fragment, no default port, lower-case host, no tracking
    or session parameters, sorted query, and '/path/' and '/path' as one."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return ""
    host = parts.hostname.lower().rstrip(".")
    try:
        port = parts.port
    except ValueError:
        return ""
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    if ":" in host and not host.startswith("["):
        netloc = f"[{host}]" if port in (None, DEFAULT_PORTS[scheme]) else f"[{host}]:{port}"
    path = SESSION_IN_PATH.sub("", parts.path) or "/"
    path = re.sub(r"/{2,}", "/", path)
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not TRACKING_PARAMS.match(k)))
    return urlunsplit((scheme, netloc, path, query, ""))


def is_page_url(url: str) -> bool:
    """False for documents, media and crawler traps: never worth a page of the budget."""
    parts = urlsplit(url)
    if SKIP_EXTENSIONS.search(parts.path):
        return False
    target = parts.path + ("?" + parts.query if parts.query else "")
    return not SKIP_PATH.search(target) and len(url) < 400 and parts.query.count("&") < 4


def twin_url(url: str) -> str:
    """The www/non-www twin of a homepage URL ('' for IP hosts)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if is_ip(host):
        return ""
    twin = host[4:] if host.startswith("www.") else f"www.{host}"
    netloc = twin if parts.port is None else f"{twin}:{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))


def is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return host == "localhost"


@cache
def site_key(url: str) -> str:
    """What makes two URLs one site: the registrable domain (all its subdomains), or
    for IP and loopback hosts, the host and port."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if is_ip(host):
        return f"{host}:{parts.port or DEFAULT_PORTS.get(parts.scheme, 0)}"
    extracted = _EXTRACT(host)
    return extracted.top_domain_under_public_suffix or host


def same_site(url: str, site_keys: frozenset[str] | set[str]) -> bool:
    return site_key(url) in site_keys
