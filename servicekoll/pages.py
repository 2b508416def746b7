"""The HTML pages servicekoll writes or serves (report.html, trend.html, the `show`
viewer) are built from the Jinja2 templates in servicekoll/templates/, with
autoescaping on, so no text from a crawled page can become markup.

Every page stays one self-contained file: CSS and scripts are inlined from the
templates folder, never linked.
"""

from functools import cache
from urllib.parse import quote

import jinja2

# `servicekoll show DIR` listens here unless --port says otherwise; report.html links
# each piece of evidence to this address (the live page stays a secondary link).
VIEWER_HOST = "127.0.0.1"
VIEWER_PORT = 8765


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("servicekoll", "templates"),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        undefined=jinja2.StrictUndefined,  # a misspelt name fails the test, not the reader
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def render(template: str, **context) -> str:
    return environment().get_template(template).render(**context)


def evidence_view_path(kommunkod: str, aspect: str, item: int = 0) -> str:
    """The viewer's address of one piece of evidence: item 0 is the evidence line's own,
    1, 2, ... its `also` entries in order (evidence.jsonl)."""
    return f"/{quote(kommunkod)}/{quote(aspect)}/{item}"


def evidence_view_url(kommunkod: str, aspect: str, item: int = 0, port: int = VIEWER_PORT) -> str:
    return f"http://{VIEWER_HOST}:{port}{evidence_view_path(kommunkod, aspect, item)}"
