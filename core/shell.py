"""Script-built pages: whether a page's static HTML leaves its navigation to scripts.

Rubric 1.1 judges a page as a visitor's browser shows it. A single-page
application, or a menu filled from inline JSON (`__NEXT_DATA__`, an
`application/json` block), sends a shell: HTML without links of its own, or
with its menus empty, while scripts carry what a visitor will see. Judged
as sent, such a page scores a silent 0 on every aspect.

The decision is made here only, from the static HTML: the crawler asks it of
every HTML page before following its links, renders in a headless browser
what it calls script-built, and, without a browser, gives a script-built
front page the status `needs_browser`.

A page is script-built when scripts are there to build it (SCRIPTS_BUILD) and

1. it has no navigable link of its own (an `<a href>` or `<area href>`
   leading to a page, outside `<noscript>` and `<template>`), or
2. it has a menu (`<nav>` or `role="navigation"`) and none of its menus holds
   a link, and it has at most MAX_LINKS_BESIDE_EMPTY_MENU links in all
   (a logo, a footer line).

The thresholds were measured with `python -m bench.shells` on every front
and inner page of the demo sites, the test corpus, the metamorphic families,
farm3 and the benchmark farm, and on the shells and near misses of
tests/shells.py; docs/rendering.md gives the figures. A page with more links
than MAX_LINKS_BESIDE_EMPTY_MENU is decided by its first few links (~0.1 ms).
"""

from dataclasses import dataclass

import lxml.html
from lxml import etree
from servicekoll.core.urls import NOT_NAVIGABLE

# Rule 2: an ordinary municipal front page has dozens of links (35 and more in the farms,
# docs/rendering.md); a shell with an empty menu keeps a logo link and a footer line.
MAX_LINKS_BESIDE_EMPTY_MENU = 15
# What makes scripts able to build the page, any one of:
MIN_SCRIPT_DATA = 200  # characters of inline JSON data (not JSON-LD, which describes, never builds)
MIN_INLINE_SCRIPT = 200  # characters of inline executable script
MIN_EXTERNAL_SCRIPTS = 1  # <script src> (a bundle that mounts the application)

# Script types that browsers execute ("" is no type attribute).
EXECUTABLE_TYPES = frozenset({"", "text/javascript", "application/javascript", "module",
                              "text/ecmascript", "application/ecmascript", "text/jsx"})
# Script types that are data, never executed: a script reads them to build the page.
JSON_LD = "application/ld+json"

FALLBACKS = ("noscript", "template")  # shown without scripts only, or never: not the page's own
# A declarative shadow root (<template shadowrootmode="open">, "shadowroot" before 2023) is no
# fallback: the browser shows it as its host's content without running a script.
SHADOW_ROOT_ATTRIBUTES = ("shadowrootmode", "shadowroot")
_MENUS = etree.XPath("(//nav | //*[@role='navigation'])[not(ancestor::noscript or "
                     "ancestor::template[not(@shadowrootmode or @shadowroot)])]")
_SCRIPTS = etree.XPath("//script")


@dataclass(frozen=True)
class ShellSignals:
    """What the static HTML shows (the survey prints these)."""

    links: int  # navigable links outside <noscript> and <template> (counted up to one past the limit)
    menus: int = 0  # <nav> and role="navigation" elements
    menu_links: int = 0  # navigable links inside them
    script_data: int = 0  # characters of inline JSON data (JSON-LD not counted)
    inline_script: int = 0  # characters of inline executable script
    external_scripts: int = 0  # <script src>

    @property
    def scripts_build(self) -> bool:
        """SCRIPTS_BUILD: enough script on the page to build a menu or a whole page."""
        return (self.script_data >= MIN_SCRIPT_DATA or self.inline_script >= MIN_INLINE_SCRIPT
                or self.external_scripts >= MIN_EXTERNAL_SCRIPTS)

    def describe_scripts(self) -> str:
        parts = [f"{self.script_data} characters of inline JSON data" if self.script_data else "",
                 f"{self.inline_script} characters of inline script" if self.inline_script else "",
                 f"{self.external_scripts} external script(s)" if self.external_scripts else ""]
        return ", ".join(part for part in parts if part)


@dataclass(frozen=True)
class ShellVerdict:
    script_built: bool
    reason: str  # why, in words for status_reason and the log
    signals: ShellSignals


def judge_tree(root) -> ShellVerdict:
    """Whether the page parsed as `root` (an lxml document) is script-built."""
    links = count_links(root, MAX_LINKS_BESIDE_EMPTY_MENU + 1)
    if links > MAX_LINKS_BESIDE_EMPTY_MENU:  # the common case: decided within the first links
        return ShellVerdict(False, f"more than {MAX_LINKS_BESIDE_EMPTY_MENU} links of its own", ShellSignals(links))
    menus = _MENUS(root)
    menu_links = sum(count_links(menu) for menu in menus)
    signals = ShellSignals(links, len(menus), menu_links, *_script_weights(root))
    if not signals.scripts_build:
        return ShellVerdict(False, f"{links} links of its own and no script to build more", signals)
    if links == 0:
        return ShellVerdict(True, f"no links of its own while scripts carry the content "
                                  f"({signals.describe_scripts()})", signals)
    if menus and menu_links == 0:
        return ShellVerdict(True, f"its menus are empty ({len(menus)} menu(s), {links} links in all) while "
                                  f"scripts carry the content ({signals.describe_scripts()})", signals)
    return ShellVerdict(False, f"{links} links of its own, {menu_links} of them in its menus", signals)


def judge_html(body: bytes | str) -> ShellVerdict:
    """judge_tree for a page not parsed yet (the survey, tests)."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    try:
        root = lxml.html.document_fromstring(text.replace("\x00", "")) if text.strip() else None
    except (etree.ParserError, ValueError):
        root = None
    if root is None:
        return ShellVerdict(False, "nothing to parse", ShellSignals(0))
    return judge_tree(root)


def count_links(element, stop_at: int | None = None) -> int:
    """Navigable links inside `element` outside <noscript> and <template>, counted up to
    `stop_at` (a page of hundreds of links is told from a shell by its first few)."""
    count = 0
    for anchor in element.iter("a", "area"):
        href = (anchor.get("href") or "").strip()
        if not href or href.lower().startswith(NOT_NAVIGABLE):
            continue
        if any(not is_shadow_root(fallback) for fallback in anchor.iterancestors(*FALLBACKS)):
            continue
        count += 1
        if count == stop_at:
            break
    return count


def is_shadow_root(element) -> bool:
    """A <template> the browser shows without scripts: a declarative shadow root."""
    return element.tag == "template" and any(element.get(name) is not None for name in SHADOW_ROOT_ATTRIBUTES)


def _script_weights(root) -> tuple[int, int, int]:
    """(inline JSON data, inline executable script, external scripts)."""
    data = inline = external = 0
    for script in _SCRIPTS(root):
        kind = (script.get("type") or "").strip().lower()
        if kind == JSON_LD:
            continue
        text = (script.text or "").strip()
        if kind in EXECUTABLE_TYPES:
            if script.get("src"):
                external += 1
            else:
                inline += len(text)
        elif "json" in kind:
            data += len(text)
    return data, inline, external
