"""Why a front page could not be judged: a typed status and a short human reason.

The reasons follow the GSA Site Scanning taxonomy: DNS error, timeout, refused,
reset, invalid TLS certificate, too many redirects, empty response...
"""

from scrapy.exceptions import IgnoreRequest

OK, UNREACHABLE, BLOCKED, NOT_HTML = "ok", "unreachable", "blocked", "not_html"
# The front page is script-built (servicekoll.core.shell) and could not be rendered.
NEEDS_BROWSER = "needs_browser"

# Exception class names (Scrapy's own and the Twisted ones they wrap) -> reason.
# Matched by name over the exception's class hierarchy and its causes, so the
# mapping holds across Scrapy versions that wrap Twisted errors differently.
FAILURE_REASONS = (
    (("CannotResolveHostError", "DNSLookupError"), "DNS error: host not found"),
    (("DownloadConnectionRefusedError", "ConnectionRefusedError"), "connection refused"),
    (("DownloadTimeoutError", "TimeoutError", "TCPTimedOutError"), "timed out"),
    (("SSLError", "CertificateError", "VerifyError"), "invalid TLS certificate or handshake"),
    (("DownloadCancelledError", "CancelledError"), "download cancelled: larger than the size cap"),
    (("ResponseDataLossError",), "connection reset: response cut short"),
    (("ResponseNeverReceived", "DownloadFailedError", "ResponseFailed", "ConnectionLost",
      "ConnectionDone", "ConnectError"), "connection reset or empty response"),
)


def _names(exc: BaseException) -> set[str]:
    names: set[str] = set()
    seen = 0
    while exc is not None and seen < 5:
        names.update(cls.__name__ for cls in type(exc).__mro__)
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return names


def classify_failure(failure) -> tuple[str, str]:
    """(status, reason) for a request that produced no response."""
    exc = failure.value
    text = str(exc)
    if isinstance(exc, IgnoreRequest):
        if "robots.txt" in text:
            return BLOCKED, "robots.txt forbids the front page"
        if "redirect" in text:
            return UNREACHABLE, "too many redirects (redirect loop?)"
        if "DOWNLOAD_MAXSIZE" in text:
            return UNREACHABLE, "front page larger than the size cap once decompressed (gzip bomb?)"
        return UNREACHABLE, f"request dropped: {text}"[:200]
    lowered = text.lower()
    if "maxsize" in lowered or "max size" in lowered or "download size" in lowered:
        return UNREACHABLE, "front page larger than the size cap"
    if "ssl" in lowered or "certificate" in lowered or "tls" in lowered:
        return UNREACHABLE, "invalid TLS certificate or handshake"
    names = _names(exc)
    for classes, reason in FAILURE_REASONS:
        if names & set(classes):
            return UNREACHABLE, reason
    return UNREACHABLE, f"{type(exc).__name__}: {text}"[:200]


def is_bot_wall(title: str, bot_wall_titles: list[str]) -> bool:
    """A challenge page's title ("Just a moment..."): such a page is never judged nor rendered."""
    lowered = title.lower()
    return any(marker in lowered for marker in bot_wall_titles)


def classify_response(status: int, content_type: str, title: str, bot_wall_titles: list[str]) -> tuple[str, str]:
    """(status, reason) for the front page's final response."""
    if is_bot_wall(title, bot_wall_titles):
        return BLOCKED, f"bot wall: page titled '{title[:80]}' (HTTP {status})"
    if status in (401, 403):
        return BLOCKED, f"HTTP {status} on the front page"
    if status == 429:
        return BLOCKED, "HTTP 429 Too Many Requests on the front page"
    if status >= 500:
        return UNREACHABLE, f"HTTP {status} on the front page after retries"
    if 300 <= status < 400:
        return UNREACHABLE, f"HTTP {status} redirect without a usable target"
    if status >= 400:
        return UNREACHABLE, f"HTTP {status} on the front page"
    if "html" not in content_type.lower() and content_type:
        return NOT_HTML, f"front page is '{content_type.split(';')[0].strip()}', not HTML"
    return OK, ""
