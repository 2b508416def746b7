"""What detectors return: a value, the rule that decided it, and the evidence."""

from dataclasses import dataclass, field

ASPECTS = ("a", "b", "c", "d", "e")
ASPECT_COLUMNS = {"a": "a_entry", "b": "b_front_page", "c": "c_easy_to_find",
                  "d": "d_help_described", "e": "e_responsible"}
SNIPPET_CHARS = 240


@dataclass(frozen=True)
class Evidence:
    page_url: str
    element_text: str
    region: str
    snippet: str
    depth: int
    kind: str = ""  # title, heading, link, label, text, target, row, page
    found_by: str = "link"  # how the crawler found the page: link, sitemap, search
    rendered: bool = False  # the page is script-built: judged as the browser rendered it
    # The deciding element in the page as archived (lxml getpath, of the tree parse_tree
    # builds from the archived body); "" for a whole page or its title.
    element_xpath: str = ""

    def as_dict(self) -> dict:
        return {"page_url": self.page_url, "element_text": self.element_text, "region": self.region,
                "snippet": self.snippet[:SNIPPET_CHARS], "depth": self.depth, "kind": self.kind,
                "found_by": self.found_by, "rendered": self.rendered, "element_xpath": self.element_xpath}


@dataclass
class AspectResult:
    value: int
    rule: str
    evidence: list[Evidence] = field(default_factory=list)
