"""Where on a page an element sits: header, primary navigation, top of main, footer...

Regions come from landmarks and ARIA roles first, then the class and id
conventions of the CMSs Swedish municipalities use (Sitevision `sv-` portlets,
Municipio `c-header`/`c-navigation`/`c-footer`, Optimizely and Drupal
`region-*`), then position inside main (before its second section).
"""

import re
from functools import lru_cache

HEADER = "header"
NAV_TOP = "nav_top"
NAV_SUB = "nav_sub"
MAIN_TOP = "main_top"
MAIN = "main"
NEWS = "news"
ASIDE = "aside"
FOOTER = "footer"
SEARCH = "search"
OTHER = "other"

# The rubric's "top of the page": header/banner, top level of the primary
# navigation, and the first screen of the main content.
TOP_REGIONS = frozenset({HEADER, NAV_TOP, MAIN_TOP})
# A page's own content: not the header, menus and footer that every page repeats.
CONTENT_REGIONS = frozenset({MAIN_TOP, MAIN, OTHER})
ALL_REGIONS = (HEADER, NAV_TOP, NAV_SUB, MAIN_TOP, MAIN, NEWS, ASIDE, FOOTER, SEARCH, OTHER)

_ROLE_REGION = {"banner": HEADER, "navigation": "nav", "main": MAIN, "contentinfo": FOOTER,
                "complementary": ASIDE, "search": SEARCH}
_TAG_REGION = {"header": HEADER, "nav": "nav", "main": MAIN, "footer": FOOTER, "aside": ASIDE}
_TOKEN_SPLIT = re.compile(r"[\s_]+|--|__")
# Class/id words by region. Compared against whole tokens after splitting on
# spaces, underscores and BEM separators, and against '-'-joined tokens.
_CLASS_WORDS = {
    HEADER: {"header", "site-header", "c-header", "sv-header", "region-header", "page-header-top",
             "topbar", "top-bar", "masthead", "banner", "toolbar", "header-top", "c-toolbar"},
    "nav": {"nav", "navigation", "navbar", "c-navigation", "main-menu", "mainmenu", "menu",
            "primary-nav", "primary-navigation", "sv-mainmenu", "megamenu", "mega-menu",
            "region-navigation", "site-nav", "menu--main", "c-nav"},
    FOOTER: {"footer", "site-footer", "c-footer", "sv-footer", "region-footer", "page-footer"},
    SEARCH: {"search", "sok", "c-search", "sv-search", "search-form", "searchform", "site-search"},
    # not "teaser": a teaser is any card, a contact box in the hero as much as a news item
    NEWS: {"news", "nyheter", "nyhet", "news-list", "newslist", "c-news", "article-list",
           "sv-news", "news-item", "c-article-list"},
}
_SUBMENU_WORDS = {"submenu", "sub-menu", "dropdown", "mega-menu__panel", "megamenu-panel",
                  "level-2", "level2", "sub-level", "sublevel", "children", "mega-dropdown",
                  "c-navigation__sub", "menu-level-2"}


def class_tokens(element) -> frozenset[str]:
    cls, ident = element.get("class"), element.get("id")
    if not cls and not ident:
        return frozenset()
    return _tokens(f"{cls or ''} {ident or ''}".lower())


@lru_cache(maxsize=20_000)
def _tokens(raw: str) -> frozenset[str]:
    """Class and id words; cached, since a CMS repeats the same classes on every page."""
    tokens = set(_TOKEN_SPLIT.split(raw))
    # "sv-portlet-header" also says header; keep the dash-separated parts too.
    for token in list(tokens):
        tokens.update(token.split("-"))
    tokens.discard("")
    return frozenset(tokens)


def landmark(element, tag: str, has_attributes: bool = True) -> str | None:
    """The region an element opens by its tag, role, class or id, or None.
    `has_attributes=False` (the walk knows): only the tag can say it."""
    if not has_attributes:
        return _TAG_REGION.get(tag)
    if tag in ("body", "html"):
        return None  # the whole page: <body class="has-navbar-fixed-top"> is no menu
    role = element.get("role")
    if role and role.lower() in _ROLE_REGION:
        return _ROLE_REGION[role.lower()]
    if tag in _TAG_REGION:
        return _TAG_REGION[tag]
    tokens = class_tokens(element)
    if not tokens:
        return None
    if tokens & _CLASS_WORDS[SEARCH] or (tag == "form" and "search" in (element.get("action") or "")):
        return SEARCH
    for region in (FOOTER, HEADER, "nav", NEWS):
        if tokens & _CLASS_WORDS[region]:
            return region
    return None


def is_submenu(element) -> bool:
    return bool(class_tokens(element) & _SUBMENU_WORDS)
