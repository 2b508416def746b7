"""The page model: each archived page parsed once, shared by every detector.

`parse_page` turns one archived response into a `Page`: title, headings, links
(visible text, image alt, aria-label and title attributes, resolved href),
labelled blocks (a heading or strong/dt label with what stands under it),
visible text runs, each with the region it sits in. Only what a visitor can
read counts: scripts, styles, comments, templates, JSON-LD and hidden elements
are skipped.
"""

import copy
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from typing import NamedTuple
from urllib.parse import urlsplit

import lxml.html
from bs4 import UnicodeDammit
from lxml import etree
from servicekoll.core.shell import is_shadow_root
from servicekoll.core.urls import (
    document_base,
    frame_elements,
    jump_menu_options,
    normalise_url,
    resolve_href,
)
from servicekoll.scoring import regions as R
from w3lib.encoding import html_body_declared_encoding, html_to_unicode, http_content_type_encoding

SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object",
                       "select", "textarea"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LABEL_TAGS = HEADINGS | {"strong", "b", "dt", "th", "legend"}
BLOCK_TAGS = frozenset({"div", "section", "article", "aside", "li", "dl", "p", "td", "address",
                        "footer", "header", "nav", "ul", "main", "body", "form", "fieldset"})
MAX_BLOCK_TEXT = 600
# A hidden block is a menu when this share of its words is link text.
MENU_LINK_SHARE = 0.6
# A child holding this share of its level's links wraps header, menu and content alike.
WRAPPER_LINK_SHARE = 0.8
MAX_WRAPPER_DEPTH = 12


# Each item keeps the element it was read from (a reference, no cost), so the few that
# become evidence can say where they stand in the archived page (Evidence.element_xpath).


class Heading(NamedTuple):
    level: int
    text: str
    region: str
    element: object = None
    at: int = 0  # where its section starts in Page.texts (the heading's own text first)


class Link(NamedTuple):
    text: str  # what a visitor reads: text, image alt, aria-label, title
    href: str  # absolute, normalised
    region: str
    element: object = None


class Block(NamedTuple):
    label: str  # the heading/strong/dt text
    text: str  # the label's container's visible text (first MAX_BLOCK_TEXT chars)
    region: str
    element: object = None  # the label element


class Form(NamedTuple):
    submit: str  # the submit control's text ("Skicka", "Boka tid")
    fields: int  # the fields a visitor fills in (text, e-mail, phone, textarea, select)
    region: str
    element: object

    @property
    def searches(self) -> bool:
        """A search form (role=search, a search field, or "Sök" on its button)."""
        element = self.element
        return element.get("role") == "search" or element.find(".//input[@type='search']") is not None \
            or self.submit.lower().startswith(("sök", "search"))


class TextRun(NamedTuple):
    text: str
    region: str
    element: object = None  # the element holding the text (for a tail: its parent)


@dataclass
class Page:
    kommunkod: str
    url: str  # the URL requested
    final_url: str  # after redirects
    depth: int
    status: int
    title: str = ""
    headings: list[Heading] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    texts: list[TextRun] = field(default_factory=list)
    lists: list[tuple[str, int, str, object]] = field(default_factory=list)  # (intro, items, region, ul)
    rows: list[TextRun] = field(default_factory=list)  # table rows, cells joined by " | "
    forms: list["Form"] = field(default_factory=list)  # what a visitor can fill in and send
    referer: str = ""
    redirects: tuple[str, ...] = ()  # the URLs that redirected to this page
    found_by: str = "link"  # link, sitemap or search (pages.jsonl)
    search_results: bool = False  # the site's own search results page: its echo names nothing
    rendered: bool = False  # parsed from the DOM a browser built (a script-built page, pages.jsonl)
    base: str = ""  # what relative links resolve against (<base href>, else final_url)
    linked_texts: set[str] = field(default_factory=set)  # headings and text runs inside links

    @property
    def aliases(self) -> set[str]:
        """Every URL that leads to this page (normalised): requested, redirected through, final."""
        return {normalise_url(u) for u in (self.url, self.final_url, *self.redirects)} - {""}

    @property
    def h1(self) -> str:
        return next((heading.text for heading in self.headings if heading.level == 1), "")

    def inside_link(self, text: str) -> bool:
        """The text (a heading, a text run) stands inside a link: a card or teaser that
        points elsewhere, not a description."""
        return text in self.linked_texts

    @property
    def visible_text(self) -> str:
        return "\n".join(run.text for run in self.texts)

    def text_in(self, *region_names: str) -> str:
        return "\n".join(run.text for run in self.texts if run.region in region_names)

    def section_texts(self, heading: Heading) -> list[TextRun]:
        """The text under `heading`, its own first, up to the next heading of its level or
        above: a section of the page ("<h2>Medborgarservice</h2>" and its paragraphs)."""
        later = (h.at for h in self.headings if h.at > heading.at and h.level <= heading.level)
        return self.texts[heading.at:next(later, len(self.texts))]

    def only(self, runs: list[TextRun]) -> "Page":
        """This page as if it held only what stands in `runs` (one or more of its sections):
        the texts, headings, links, label blocks, lists and rows inside them."""
        elements = {run.element for run in runs}

        def inside(element) -> bool:
            return element in elements or any(node in elements for node in element.iter())

        return replace(self, texts=list(runs),
                       headings=[h for h in self.headings if inside(h.element)],
                       links=[link for link in self.links if inside(link.element)],
                       blocks=[block for block in self.blocks if inside(block.element)],
                       lists=[item for item in self.lists if inside(item[3])],
                       rows=[row for row in self.rows if inside(row.element)],
                       forms=[form for form in self.forms if inside(form.element)])


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


# One HTML parser configuration for the scoring and the viewer, so that an element's path
# (Evidence.element_xpath) means the same element to both. The scoring takes lxml's plain
# elements: lxml.html's element classes are looked up in Python for every element touched
# (about 12 % of parsing and walking a page, bench/BENCHMARKS.md); the viewer, which edits
# the tree, takes lxml.html's.
_PLAIN_PARSER = etree.HTMLParser()


def parse_tree(body: bytes, content_type: str = "", html_elements: bool = False):
    """lxml tree of a page (the root <html>), or None when nothing parseable is there.
    `html_elements`: lxml.html's element classes (text_content, drop_tree...), the same tree."""
    text = decode_html(body, content_type)
    if not text.strip():
        return None
    text = text.replace("\x00", "")
    if text.lstrip("\ufeff \t\r\n").startswith("<?xml"):
        # XHTML's XML declaration names the bytes' encoding, already applied: lxml refuses
        # a decoded string that still carries one
        text = text[text.find("?>") + 2:]
    try:
        root = lxml.html.document_fromstring(text) if html_elements else etree.fromstring(text, _PLAIN_PARSER)
    except (etree.LxmlError, ValueError):
        return None
    if root is not None and "shadowroot" in text:
        _open_shadow_roots(root)
    return root


def tree_base(root, url: str) -> str:
    """What the links of a parsed page at `url` resolve against (the crawler's rule too)."""
    base_element = root.find(".//base[@href]")
    return document_base(url, base_element.get("href") if base_element is not None else None)


def compose_frames(root, url: str, pages: dict) -> None:
    """A page as its visitor sees it, its frames' pages in place: a frameset document's
    frames in document order (banner, menu, content) in a body of its own, an <iframe> of the
    site's own page where it stands. `pages` maps a normalised URL to (parsed tree, the URL it
    was fetched from). Each frame's links are made absolute against its own base, so they lead
    where they led in the frame. Frames not archived (another site's) are left out; what
    <noframes> says is not shown."""
    base = tree_base(root, url)
    shown = []
    for element in frame_elements(root):
        found = pages.get(normalise_url(resolve_href(base, element.get("src").strip())))
        if found is not None and found[0] is not root:
            shown.append((element, _framed(*found)))
    frames = [box for element, box in shown if element.tag == "frame"]
    if frames:
        for element in [*root.iter("frameset"), *root.iter("body")]:
            if element.getparent() is root:
                root.remove(element)
        etree.SubElement(root, "body").extend(frames)
    for element, box in shown:
        if element.tag == "iframe" and element.getparent() is not None:
            for attribute in ("hidden", "aria-hidden", "style"):
                if element.get(attribute) is not None:
                    box.set(attribute, element.get(attribute))
            box.tail = element.tail
            element.getparent().replace(element, box)


def _framed(tree, address: str):
    """A frame's page as a <div> of its body, its links absolute against its own base."""
    shown = tree.find("body")
    box = etree.Element("div")
    box.text = shown.text if shown is not None else None
    box.extend(copy.deepcopy(child) for child in (shown if shown is not None else tree))
    base = tree_base(tree, address)
    for element in box.iter("a", "area", "form"):
        attribute = "action" if element.tag == "form" else "href"
        target = resolve_href(base, element.get(attribute) or "")
        if target:
            element.set(attribute, target)
    return box


def _open_shadow_roots(root) -> None:
    """A declarative shadow root is the content its host shows (a web component's header and
    menu, rendered by the server): read it as a <div>, while other templates stay unread."""
    for template in list(root.iter("template")):
        if is_shadow_root(template):
            template.tag = "div"


def _hidden(element) -> bool:
    get = element.get
    if get("hidden") is not None or get("aria-hidden") == "true":
        return True
    style = get("style")
    if not style:
        return False  # most elements: no inline style to read
    style = style.replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _waiting_slide(element) -> bool:
    """A carousel slide waiting its turn: hidden from screen readers (aria-hidden, no `hidden`)
    beside a shown sibling of its own kind (tag and role, or first class). It shows itself as
    the carousel turns, so a visitor reads it. A slide also kept out of the layout
    (display:none) is one only among at least three of its kind: two of them are a mobile
    and a desktop copy of one thing."""
    if element.get("aria-hidden") != "true" or element.get("hidden") is not None:
        return False
    style = (element.get("style") or "").replace(" ", "").lower()
    parent = element.getparent()
    if "visibility:hidden" in style or parent is None:
        return False
    kind = _slide_kind(element)
    alike = [sibling for sibling in parent if isinstance(sibling.tag, str) and _slide_kind(sibling) == kind]
    shown = any(sibling.get("aria-hidden") != "true" for sibling in alike)
    return shown and ("display:none" not in style or len(alike) >= CAROUSEL_MIN_SLIDES)


def _slide_kind(element) -> tuple:
    return element.tag, element.get("role") or (element.get("class") or "").split()[:1]


# A carousel of slides kept out of the layout until their turn has at least this many.
CAROUSEL_MIN_SLIDES = 3


def _link_text(element) -> str:
    parts = [_visible_text(element)]
    for attribute in ("aria-label", "title"):
        value = element.get(attribute)
        if value and value not in parts[0]:  # a title repeating the text says it once
            parts.append(value)
    for image in element.iter("img"):
        if image.get("alt"):
            parts.append(image.get("alt"))
    return " ".join(" ".join(parts).split())


def _visible_text(element) -> str:
    """What a visitor reads inside `element`: no scripts, styles, comments or hidden parts."""
    pieces = []
    skipped: set = set()
    for node in element.iter():
        if not isinstance(node.tag, str):
            if node.tail and node.getparent() not in skipped:
                pieces.append(node.tail)  # the text after a comment is visible
            continue
        if node.getparent() in skipped or node.tag in SKIP_TAGS or (
                node is not element and node.keys() and _hidden(node)):
            skipped.add(node)
            if node.tail and node.getparent() not in skipped:
                pieces.append(node.tail)
            continue
        if node.text:
            pieces.append(node.text)
        if node is not element and node.tail:
            pieces.append(node.tail)
    return " ".join(" ".join(pieces).split())[:MAX_BLOCK_TEXT]


def parse_page(body: bytes, *, kommunkod: str, url: str, final_url: str, depth: int = 0,
               status: int = 200, content_type: str = "", referer: str = "", tree=None,
               redirects: tuple[str, ...] = (), found_by: str = "link", search_results: bool = False,
               rendered: bool = False) -> Page:
    """Build the page model from a response body (or an already parsed `tree`)."""
    page = Page(kommunkod=kommunkod, url=url, final_url=final_url or url, depth=depth,
                status=status, referer=referer, redirects=tuple(redirects), found_by=found_by,
                search_results=search_results, rendered=rendered)
    root = tree if tree is not None else parse_tree(body, content_type)
    if root is None:
        return page
    # The crawler resolves links with the same two functions, so a link means one page to both.
    page.base = tree_base(root, page.final_url)
    title = root.find(".//title")
    if title is not None and title.text:
        page.title = " ".join(title.text.split())
    _walk(root, page)
    _search_links_in_the_search_box(page)
    if depth == 0:
        _sidebar_as_primary_navigation(page)
    return page


def _search_links_in_the_search_box(page: Page) -> None:
    """A link to the page's own search results ("Populära sökningar: Kundtjänst" leading to
    /sok/?q=kundtjanst) is part of the search box wherever it stands: by its target, the
    action of the page's GET search form, with a query."""
    actions = {urlsplit(_absolute_href(page, form.element.get("action") or "") or page.final_url).path
               for form in page.forms if form.searches and (form.element.get("method") or "get").lower() == "get"}
    if not actions:
        return
    page.links = [link._replace(region=R.SEARCH) if urlsplit(link.href).query
                  and urlsplit(link.href).path in actions else link for link in page.links]


def _region_of(element, tag: str, context: str, nav_depth: int, zones: dict, flat_menus: "_FlatMenus",
               has_attributes: bool = True) -> tuple[str, int]:
    """The region inside `element`, given the region it sits in (`context`)."""
    if context in (R.FOOTER, R.SEARCH):
        return context, nav_depth  # everything inside the footer or search box stays there
    opened = R.landmark(element, tag, has_attributes)
    if opened is None and not context:
        opened = zones.get(element)  # no landmark of its own: where it sits on the page
    if opened == R.HEADER and context == "" and tag in ("ul", "ol"):
        nav_depth += 1  # lists in a header without landmarks: nesting makes a sub-level
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
        # A menu inside the content is a section's own (aside), but in the first screen it
        # is the hero's shortcuts ("Hitta snabbt"), which the rubric puts at the top.
        if context == R.MAIN_TOP:
            return R.MAIN_TOP, nav_depth
        return (R.ASIDE, nav_depth) if in_content else (R.NAV_TOP, 0)
    if opened == R.ASIDE and not in_nav:
        # Likewise a box of the hero (its "Kontaktcenter" card beside the search) is in the
        # first screen, which the rubric puts at the top ("a labelled box inside it").
        return (R.MAIN_TOP if context == R.MAIN_TOP else R.ASIDE), nav_depth
    if in_nav or context == R.HEADER:
        if tag in ("ul", "ol"):
            nav_depth += 1
        if nav_depth >= 2 or (in_nav and nav_depth == 1 and tag not in ("ul", "ol", "li", "a")
                              and has_attributes and R.is_submenu(element)) or (
                nav_depth <= 1 and tag in ("div", "section") and _panel_of_item(element)) or (
                nav_depth <= 1 and flat_menus.is_sub_row(element)):
            # A second list level, or a panel inside a top-level item: a sub-level. A
            # class word alone never makes the top level a sub-level ("ul.dropdown"), nor
            # the top-level link itself (Contao's <a class="submenu"> opens a panel).
            return R.NAV_SUB, nav_depth
    return context, nav_depth


def _collapsed_menu(element, context: str, controlled: "_ControlledIds") -> tuple[str, int] | None:
    """(region, nav depth) for a hidden element that is a menu opening on click, else None.

    A menu is a block of links (link text at least MENU_LINK_SHARE of its text). A
    panel beside the item that opens it (a dropdown, a hover panel, a mega-menu
    column), or one that an item of a row of menu items opens (naming its id in
    aria-controls, or standing beside that row), is a sub-level; a drawer of its own
    (behind a "Meny" button) starts at the top level, and its nesting decides the rest."""
    if context in (R.MAIN, R.MAIN_TOP, R.NEWS, R.FOOTER, R.SEARCH, R.ASIDE):
        return None
    if not _is_link_block(element, min_links=2):
        return None
    parent = element.getparent()
    beside_its_item = parent is not None and (parent.tag == "li" or len(parent) <= 4) and any(
        _is_item_link(sibling) for sibling in parent if sibling is not element)
    if beside_its_item or controlled.opened_by_menu_item(element) or _beside_a_row_of_openers(element) \
            or context == R.NAV_SUB:
        return R.NAV_SUB, 2
    return R.NAV_TOP, 0


def _is_item_link(element) -> bool:
    """The link or button of a menu item, also wrapped in markup of its own that adds no text
    (a 2000s `<font><b><a>Kommun och politik</a></b></font>` beside its drop-down)."""
    if element.tag in ("a", "button"):
        return True
    links = element.findall(".//a")
    return len(links) == 1 and " ".join(element.itertext()).split() == " ".join(links[0].itertext()).split()


# Where a closed panel is content a visitor opens (tabs, accordions): never the header's or
# the menus' own hidden parts (a search drawer, a language chooser).
PANEL_CONTEXTS = frozenset({R.MAIN, R.MAIN_TOP, R.ASIDE, R.NEWS, R.OTHER})


class _ControlledIds:
    """The ids that a page's controls open (aria-controls), looked up on the first hidden
    element that asks: most pages have no hidden element with an id in their content."""

    def __init__(self, root):
        self.root = root
        self.controls: dict | None = None  # id -> the control that opens it

    def __contains__(self, element_id: str) -> bool:
        return element_id in self._controls()

    def _controls(self) -> dict:
        if self.controls is None:
            self.controls = {i: control for control in self.root.xpath("//*[@aria-controls]")
                             for i in control.get("aria-controls").split()}
        return self.controls

    def opened_by_menu_item(self, element) -> bool:
        """A control in a row of menu items that each open a panel opens this one: a mega-menu's
        area (Sitevision's <a aria-controls="mm4">Kommun och politik</a>) and its panel, kept
        apart in the markup. A drawer's lone "Meny" button, beside a search toggle, is no row."""
        element_id = element.get("id")
        control = self._controls().get(element_id) if element_id else None
        if control is None:
            return False
        row = next(control.iterancestors("li"), control).getparent()
        return row is not None and _openers_in(row) >= MENU_ITEMS_OPENING_PANELS


def _openers_in(row) -> int:
    """The items of a row that are, or hold, a control opening a panel (aria-expanded or
    aria-controls): a mega-menu's areas."""
    return sum(1 for item in row if isinstance(item.tag, str) and (
        item.get("aria-expanded") is not None or item.get("aria-controls") is not None
        or item.find(".//*[@aria-expanded]") is not None or item.find(".//*[@aria-controls]") is not None))


def _beside_a_row_of_openers(element) -> bool:
    """A panel standing beside a row of menu items that each open one: the row's mega-menu
    panel, found by position where no id ties it to its item."""
    parent = element.getparent()
    return parent is not None and any(
        sibling is not element and sibling.tag in ("ul", "ol", "div", "nav")
        and _openers_in(sibling) >= MENU_ITEMS_OPENING_PANELS for sibling in parent)


def _closed_panel(element, controlled: _ControlledIds) -> bool:
    """A hidden part of the content that a visible control opens: a tab panel, or a panel
    whose id a button's aria-controls names (an accordion). A visitor reads it after one
    click, as the text of a closed <details> (rubric: "only what a visitor can read")."""
    return (element.get("role") or "").lower() == "tabpanel" or _opened_by_a_control(element, controlled)


def _opened_by_a_control(element, controlled: _ControlledIds) -> bool:
    """A hidden panel whose id a control's aria-controls names."""
    element_id = element.get("id")
    return bool(element_id) and element_id in controlled


def _header_panel(element, controlled: _ControlledIds) -> bool:
    """A header toolbar's closed panel that leads somewhere ("Kontakt" opening the contact
    centre's block and its link): the header's after one click, as a drawer menu is. A
    search panel (a form, or a field's hint with no link) is the search box, not read. The
    control names the panel's id, or the panel stands beside the toolbar's row of toggles."""
    return (_opened_by_a_control(element, controlled) or _beside_a_row_of_openers(element)) \
        and element.find(".//a[@href]") is not None \
        and element.find(".//form") is None and element.find(".//input") is None


def _panel_of_item(element) -> bool:
    """A shown block of links after the link that opens it, inside one of a row of like
    menu items (each its own link first): Semantic UI's div.item > (a, div.menu > a...),
    lists nowhere. A page's header beside its content and footer is no such row."""
    parent = element.getparent()
    if parent is None or len(parent) > 4 or not _opens_with_a_link(parent) or parent[0] is element:
        return False
    row = parent.getparent()
    return row is not None and sum(1 for item in row if item.tag == parent.tag and _opens_with_a_link(item)) >= 3 \
        and _is_link_block(element, 2)


# A row of at least this many menu items each opening a panel is a mega-menu's top level.
MENU_ITEMS_OPENING_PANELS = 3
# A flat menu shows its levels by emphasis alone when at least this many rows are each kind.
FLAT_MENU_ROWS_OF_A_KIND = 2
EMPHASIS_TAGS = frozenset({"b", "strong", "h2", "h3", "h4", "h5", "h6"})
MENU_ROW_TAGS = frozenset({"tr", "li", "div", "p"})


class _FlatMenus:
    """A page's flat menus whose levels show by emphasis only: a column of one-link rows
    where the areas are bold and their items plain (a 2000s table menu, "<b>Kommun &amp;
    politik</b>" then "&nbsp;&nbsp;Protokoll"). A visitor reads the plain rows as the level
    below the bold row above them (rubric: regions as a visitor sees them). Each parent's
    rows are read once: the question comes for every element of the header and menus."""

    def __init__(self):
        self._sub_rows: dict = {}

    def is_sub_row(self, element) -> bool:
        parent = element.getparent()
        if element.tag not in MENU_ROW_TAGS or parent is None or len(parent) < 2 * FLAT_MENU_ROWS_OF_A_KIND:
            return False
        key = (parent, element.tag)
        if key not in self._sub_rows:
            self._sub_rows[key] = _plain_rows_under_emphasised_ones([row for row in parent if row.tag == element.tag])
        return element in self._sub_rows[key]


def _plain_rows_under_emphasised_ones(rows: list) -> frozenset:
    """The plain rows of a column of one-link rows that opens with an emphasised one and has
    at least FLAT_MENU_ROWS_OF_A_KIND of each kind; none for any other column."""
    if not _one_link_row_emphasis(rows[0]):
        return frozenset()  # most columns: the first row is plain, or no one-link row
    emphasis = [_one_link_row_emphasis(row) for row in rows]
    if None in emphasis or min(emphasis.count(True), emphasis.count(False)) < FLAT_MENU_ROWS_OF_A_KIND:
        return frozenset()
    return frozenset(row for row, emphasised in zip(rows, emphasis, strict=True) if not emphasised)


def _one_link_row_emphasis(row) -> bool | None:
    """Whether a row holding one link and no other text shows it emphasised (bold or a heading);
    None for any other row."""
    links = list(islice(row.iter("a"), 2))  # a whole menu's wrapper stops at its second link
    if len(links) != 1 or " ".join(row.itertext()).split() != " ".join(links[0].itertext()).split():
        return None
    link = links[0]
    if row.tag in EMPHASIS_TAGS or any(node.tag in EMPHASIS_TAGS for node in link.iter()):
        return True
    node = link.getparent()
    while node is not None and node is not row:  # <b><a>...</a></b> inside the row
        if node.tag in EMPHASIS_TAGS:
            return True
        node = node.getparent()
    return False


def _opens_with_a_link(item) -> bool:
    """A menu item whose first child is its link, also wrapped (an accordion's h2 > a)."""
    return len(item) > 0 and _is_item_link(item[0])


def _is_link_block(element, min_links: int) -> bool:
    """A menu: at least `min_links` links whose text is MENU_LINK_SHARE of the block's words.
    A heading labels the links below it (a mega-menu column's "Service och kontakt"): its
    words count as neither."""
    links = [a for a in element.iter("a") if a.get("href")]
    if len(links) < min_links:
        return False
    total = len(" ".join(element.itertext()).split()) - sum(
        len(" ".join(h.itertext()).split()) for h in element.iter(*HEADINGS) if h.find(".//a") is None)
    in_links = sum(len(" ".join(a.itertext()).split()) for a in links)
    return total > 0 and in_links >= MENU_LINK_SHARE * total


# A sidebar holding the site's areas has at least this many links.
SIDEBAR_MENU_LINKS = 4


def _sidebar_as_primary_navigation(page: Page) -> None:
    """A front page whose only menu is a sidebar (an <aside> or complementary region
    outside main, shown left or right of the content) has its primary navigation
    there: the sidebar's first list level is the top level, deeper levels sub-levels
    (rubric, top of the page: "the top-level items of the primary navigation")."""
    if any(link.region == R.NAV_TOP for link in page.links):
        return
    for index, link in enumerate(page.links):
        if link.region != R.ASIDE or link.element is None:
            continue
        sidebar = next((a for a in link.element.iterancestors()
                        if a.tag == "aside" or (a.get("role") or "").lower() == "complementary"), None)
        if sidebar is None or _inside_main(sidebar) or not _is_link_block(sidebar, SIDEBAR_MENU_LINKS):
            continue
        levels = 0
        for ancestor in link.element.iterancestors():
            if ancestor is sidebar:
                break
            levels += ancestor.tag in ("ul", "ol")
        page.links[index] = link._replace(region=R.NAV_TOP if levels <= 1 else R.NAV_SUB)


def _inside_main(element) -> bool:
    return any(_is_main_landmark(a) for a in element.iterancestors())


def structural_zones(body) -> dict:
    """Header, main and footer by position, for pages whose markup does not say.

    From the body down, the child holding the page's content (its <main>, else its
    h1, else the most running text) is followed while it still holds most of the
    page's links (a wrapper around header, menu and content). At the level where
    it no longer does, the children before it are the header, it is the main
    part, and the children after it are the footer. Landmarks still win: these
    zones only apply to elements with no region of their own."""
    zones: dict = {}
    node = body
    for _ in range(MAX_WRAPPER_DEPTH):
        # what a visitor sees laid out: a hidden drawer (an off-canvas menu) is no part of it
        children = [c for c in node if isinstance(c.tag, str) and _is_shown(c)]
        if not children:
            break
        content = max(children, key=_content_weight)
        position = children.index(content)
        total_links = sum(_link_count(c) for c in children)
        wrapper = total_links and _link_count(content) >= WRAPPER_LINK_SHARE * total_links
        if not _is_main_landmark(content) and _main_landmark_inside(content):
            wrapper = True  # the page's own <main> is deeper: its first screen starts there
        zones.update({c: R.HEADER for c in children[:position]})
        # A level of flat text (its h1 among paragraphs and lists) goes on after the heading:
        # what follows it is the content, not a footer (what every page repeats is told apart
        # by repetition, Site.repeated_texts).
        after = R.MAIN if content.tag in HEADINGS else R.FOOTER
        zones.update({c: after for c in children[position + 1:] if c not in zones})
        if not wrapper or (len(children) == 1 and not len(content)):
            zones.setdefault(content, R.MAIN)
            break
        node = content
    return zones


BOX_TAGS = frozenset({"div", "section", "article", "header", "aside", "table", "ul", "ol", "form", "figure"})


def _after_first_screen(main) -> set:
    """The boxes of main after its first screen, when main is built of boxes: the
    first screen runs up to and including the first box with a link (a hero and its
    cards; a heading box before it belongs to it). Empty when main is flat text."""
    node = main
    for _ in range(MAX_WRAPPER_DEPTH):
        first = list(islice(_shown_children(node), 2))  # the first two decide; main may hold hundreds
        if len(first) == 1 and first[0].tag in BOX_TAGS:
            node = first[0]
            continue
        break
    if len(first) < 2 or any(kid.tag not in BOX_TAGS for kid in first):
        return set()
    children = [c for c in node if isinstance(c.tag, str)]
    hero_seen = False  # a box with more than a heading and no link: a hero of its own
    for position, kid in enumerate(children):
        if not _is_shown(kid):
            continue
        if hero_seen and _opens_with_heading(kid):
            return set(children[position:])  # "I fokus" after the hero: the second section
        if kid.tag == "a" or kid.find(".//a") is not None:
            return set(children[position + 1:])
        hero_seen = hero_seen or not _heading_only(kid)
    return set()


_SUB_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _opens_with_heading(box) -> bool:
    """A box that starts with a heading of its own (a section: "<h2>I fokus</h2> ...")."""
    first = next(_shown_children(box), None)
    return box.tag in _SUB_HEADINGS or (first is not None and first.tag in _SUB_HEADINGS)


def _heading_only(box) -> bool:
    """A box showing a heading and nothing else (a page title box before the hero's cards)."""
    if box.tag in HEADINGS:
        return True
    kids = list(_shown_children(box))
    return bool(kids) and all(kid.tag in HEADINGS for kid in kids) and not (box.text or "").strip()


def _shown_children(node):
    return (child for child in node if isinstance(child.tag, str) and _is_shown(child))


def _is_shown(element) -> bool:
    return element.tag not in SKIP_TAGS and not _hidden(element) and _shows_something(element)


def _shows_something(element) -> bool:
    return bool((element.text or "").strip()) or len(element) > 0 or element.tag == "img"


def _link_count(element) -> int:
    return sum(1 for _ in element.iter("a"))


def _is_main_landmark(element) -> bool:
    return element.tag == "main" or (element.get("role") or "").lower() == "main"


def _main_landmark_inside(element) -> bool:
    return element.find(".//main") is not None or element.find(".//*[@role='main']") is not None


def _content_weight(element) -> float:
    """How much an element looks like the page's content: a <main> (or role=main) or an
    h1 in it, then the words of running text outside links."""
    tag = element.tag
    if _is_main_landmark(element) or _main_landmark_inside(element):
        return 1e9
    words = len(" ".join(t for t in element.itertext()).split())
    link_words = sum(len(" ".join(a.itertext()).split()) for a in element.iter("a"))
    weight = float(words - link_words)
    if tag == "h1" or any(h.find(".//a") is None for h in element.iter("h1")):
        weight += 1e6
    return weight


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
    if body is None:
        body = root
    zones = structural_zones(body)
    controlled = _ControlledIds(root)
    flat_menus = _FlatMenus()
    stack: list[tuple] = [(body, "", 0)]
    # The first screen of main is its first box (the hero with its cards) when main
    # is built of boxes; when main is flat, it ends at the first h2 that follows
    # some content (a hero may carry its own h2, the "Aktuellt" heading after it not).
    main_started = main_ended = False
    after_first_screen: set = set()
    boxed_main = False
    while stack:
        element, context, nav_depth = stack.pop()
        if nav_depth is None:  # a tail: text of the parent, after a child, as a TextRun
            page.texts.append(element)
            continue
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag or tag in SKIP_TAGS:
            if tag == "select":  # its options are not text, but a jump menu's are links
                region, _ = _region_of(element, tag, context, nav_depth, zones, flat_menus, bool(element.keys()))
                _collect_jump_menu(element, region or R.OTHER, page)
            continue
        # Most elements carry no attributes (a <p>, an <li>): nothing of theirs to look up.
        has_attributes = bool(element.keys())
        if has_attributes and _hidden(element) and not _waiting_slide(element):
            # Hidden text is not read, but a menu that opens on click is on the page, and so
            # is a closed panel of the content (a tab, an accordion) as <details> is.
            collapsed = _collapsed_menu(element, context, controlled)
            if collapsed is not None:
                region, nav_depth = collapsed
            elif (context in PANEL_CONTEXTS and _closed_panel(element, controlled)) or (
                    context == R.HEADER and _header_panel(element, controlled)):
                region, nav_depth = _region_of(element, tag, context, nav_depth, zones, flat_menus, has_attributes)
            else:
                continue
        else:
            region, nav_depth = _region_of(element, tag, context, nav_depth, zones, flat_menus, has_attributes)
        if region == R.MAIN_TOP and context not in (R.MAIN_TOP, R.MAIN, R.NEWS):
            after_first_screen = _after_first_screen(element)
            boxed_main = bool(after_first_screen)
        if region == R.MAIN_TOP and element in after_first_screen:
            region = R.MAIN
        if region == R.MAIN_TOP and not boxed_main:
            if main_ended or (tag == "h2" and main_started):
                main_ended = True
                region = R.MAIN
            elif tag not in ("h1", "div", "section", "main", "header", "article") and (
                    element.text or "").strip():
                main_started = True
        _collect(element, tag, region or R.OTHER, page, has_attributes)
        for child in reversed(element):
            tail = child.tail  # lxml makes a new string at every read: read it once
            if tail and not tail.isspace():
                stack.append((TextRun(" ".join(tail.split()), region or R.OTHER, element), "", None))
            stack.append((child, region, nav_depth))


def _absolute_href(page: Page, href: str) -> str:
    if href.lower().startswith(("mailto:", "tel:")):
        return href
    if href.startswith("/") and not href.startswith("//"):
        # a root-relative href means the same on every page of the origin: menus
        # and footers repeat on every page, so resolve each once
        return _absolute_link(_origin(page.base), href)
    return _absolute_link(page.base, href)


def _collect_jump_menu(select, region: str, page: Page) -> None:
    """A jump menu's options are links, as a visitor uses them ("Välj sida: Medborgarservice")."""
    for text, href in jump_menu_options(select):
        absolute = _absolute_href(page, href)
        if absolute:
            page.links.append(Link(text, absolute, region, select))


def _collect(element, tag: str, region: str, page: Page, has_attributes: bool = True) -> None:
    """Record what one element shows: heading, label block, link, text."""
    if tag in HEADINGS:
        text = _visible_text(element)
        if text:
            page.headings.append(Heading(int(tag[1]), text, region, element, len(page.texts)))
    if tag in LABEL_TAGS:
        label = _visible_text(element)
        container = _container(element)
        if label and container is not None:
            page.blocks.append(Block(label[:200], _visible_text(container), region, element))
    if tag in ("a", "area"):
        href = (element.get("href") or "").strip()
        if href and not href.lower().startswith("javascript:"):
            absolute = _absolute_href(page, href)
            if absolute:
                page.links.append(Link(_link_text(element), absolute, region, element))
                page.linked_texts.update(_texts_inside(element))
    text = element.text
    if text and not text.isspace():
        page.texts.append(TextRun(" ".join(text.split()), region, element))
    if tag in ("ul", "ol"):
        items = sum(1 for child in element if child.tag == "li")
        intro = element.getprevious()
        if items and intro is not None and isinstance(intro.tag, str):
            page.lists.append((" ".join(" ".join(intro.itertext()).split())[:200], items, region, element))
    if tag == "form":
        page.forms.append(_form(element, region))
    if tag == "tr":
        cells = [_visible_text(cell) for cell in element if cell.tag in ("td", "th")]
        if len([c for c in cells if c]) >= 2:
            headings = _column_headings(element)
            if headings:  # "Enhet: Kontaktcenter | Chef: Åsa Lind": a cell read with its column
                cells = [f"{heading}: {cell}" if heading and cell else cell
                         for heading, cell in zip(headings, cells, strict=False)] + cells[len(headings):]
            page.rows.append(TextRun(" | ".join(cells), region, element))
    if has_attributes and tag not in ("a", "area", "img", "nav", "section", "form", "main", "header",
                                      "footer", "aside"):
        # A button or icon named only by aria-label or title ("Chatta med oss"): visitors
        # (and screen readers) read that name. Landmarks' labels ("Huvudmeny") name the region.
        for attribute in ("aria-label", "title"):
            value = element.get(attribute)
            if value:
                page.texts.append(TextRun(" ".join(value.split()), region, element))
    if tag == "img" and element.get("alt"):
        page.texts.append(TextRun(element.get("alt"), region, element))


_NOT_FILLED_IN = frozenset({"hidden", "submit", "button", "reset", "image", "checkbox", "radio", "search"})


def _form(element, region: str) -> Form:
    """A form as a visitor meets it: the fields to fill in (a search form's one search field
    is none) and what its submit control says."""
    fields = sum(1 for control in element.iter("input", "textarea", "select")
                 if control.tag != "input" or (control.get("type") or "text").lower() not in _NOT_FILLED_IN)
    submits = [control for control in element.iter("button", "input")
               if control.tag == "button" or (control.get("type") or "").lower() in ("submit", "image")]
    submit = " ".join(_visible_text(c) or c.get("value") or c.get("alt") or "" for c in submits).strip()
    return Form(submit, fields, region, element)


@lru_cache(maxsize=200_000)
def _absolute_link(base: str, href: str) -> str:
    return normalise_url(resolve_href(base, href))


@lru_cache(maxsize=20_000)
def _origin(url: str) -> str:
    """scheme://host[:port]/ of `url`: what a root-relative href resolves against."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"


def _texts_inside(link) -> set[str]:
    """The headings and text runs a link holds, as the page model records them."""
    texts = set()
    for node in link.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag in HEADINGS:
            texts.add(_visible_text(node))
        for piece in (node.text, node.tail if node is not link else None):
            if piece and piece.strip():
                texts.add(" ".join(piece.split()))
    return texts


def _column_headings(row) -> list[str]:
    """The texts of the table's heading row (its first row, all <th>) when `row` is a body
    row below it, else []: a staff table's "Chef" column says what its names are."""
    table = next(row.iterancestors("table"), None)
    first = next(table.iter("tr"), None) if table is not None else None
    if first is None or first is row:
        return []
    cells = [cell for cell in first if cell.tag in ("td", "th")]
    if not cells or any(cell.tag != "th" for cell in cells):
        return []
    return [_visible_text(cell) for cell in cells]


def _container(label_element):
    """The block a label heads: its parent, unless that is the whole page."""
    parent = label_element.getparent()
    while parent is not None and parent.tag in ("span", "a", "em", "i", "b", "strong"):
        parent = parent.getparent()
    if parent is None or parent.tag in ("body", "html", "main"):
        return None
    return parent
