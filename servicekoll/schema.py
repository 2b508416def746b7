"""The one description of every file servicekoll publishes: per table, per column, its
name, type, whether it is always filled, its allowed values, what it means and which
rubric rule fills it.

docs/data-dictionary.md (servicekoll.dictionary), each run's datapackage.json
(servicekoll.datapackage) and servicekoll.sqlite (servicekoll.database) are all
generated from here, so they cannot drift apart; tests/test_data_dictionary.py keeps
this in step with the columns the code writes.

Types are Table Schema types (https://specs.frictionlessdata.io/table-schema/):
string, integer, number, boolean, date, datetime, array. An empty CSV cell (or a JSON
null or "") is a missing value: `required` columns never have one.
"""

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from servicekoll.core import runfolder
from servicekoll.core.register import CODE_PATTERN
from servicekoll.core.runfolder import STATUSES
from servicekoll.crawler.frontier import LINK, SEARCH, SITEMAP
from servicekoll.scoring.model import ASPECT_COLUMNS, ASPECTS
from servicekoll.scoring.overrides import SOURCES
from servicekoll.scoring.regions import ALL_REGIONS


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # a Table Schema type
    meaning: str
    rule: str = "-"  # the rubric rule (docs/rubric.md heading) that fills it; "-" for none
    required: bool = False  # never empty
    enum: tuple = ()  # the allowed values, when they are a list
    pattern: str = ""  # a regular expression the whole value matches
    minimum: int | float | None = None
    maximum: int | float | None = None
    format: str = ""  # Table Schema format: "uri" for a URL
    allowed: str = ""  # the allowed values in words, where a list or range does not say it


@dataclass(frozen=True)
class Table:
    file: str  # the run-folder file (a core.runfolder constant)
    name: str  # the data package resource and the SQLite table
    about: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    references_register: bool = True  # kommunkod is a foreign key to register.csv

    @property
    def names(self) -> list[str]:
        return [column.name for column in self.columns]

    @property
    def format(self) -> str:
        return "jsonl" if self.file.endswith(".jsonl") else "csv"

    def column(self, name: str) -> Column:
        return next(column for column in self.columns if column.name == name)


@dataclass(frozen=True)
class File:
    """A published file that is not a table: listed in datapackage.json with its hash."""

    file: str
    name: str
    mediatype: str
    about: str
    optional: bool = False  # absent from some run folders


# Allowed values that several columns share.
KOMMUNKOD_PATTERN = CODE_PATTERN.pattern.lstrip("^").rstrip("$")
BINARY = (0, 1)
CHANNELS = ("address", "chat", "email", "form", "hours", "phone")  # core.lexicon's channel kinds
_CHANNEL = "(" + "|".join(CHANNELS) + ")"
FOUND_BY = (LINK, SITEMAP, SEARCH)
EVIDENCE_KINDS = ("title", "heading", "link", "label", "text", "target", "row", "page")
DATE_PATTERN = "YYYY-MM-DD"


def _kommunkod(meaning: str = "the municipality's code, as in the register") -> Column:
    return Column("kommunkod", "string", meaning, required=True, pattern=KOMMUNKOD_PATTERN,
                  allowed="4 digits in the national register (any code of letters, digits, '-' and '_' in others)")


def _aspect_column(aspect: str, rule: str) -> Column:
    return Column(ASPECT_COLUMNS[aspect], "integer", f"final value of aspect {aspect}; empty when not judged",
                  rule, enum=BINARY)


def _status(meaning: str) -> Column:
    return Column("status", "string", meaning, "Outcomes other than a score", required=True, enum=STATUSES)


def _final_url(meaning: str = "the front page after redirects") -> Column:
    return Column("final_url", "string", meaning, "Words: front page", format="uri")


RANKING = Table(
    runfolder.RANKING, "ranking",
    "One row per municipality of the register. Judged municipalities first (by score, then name in "
    "Swedish order), then those that could not be judged.",
    (
        Column("rank", "integer", "standard competition rank (1, 2, 2, 4) by score; empty when not judged",
               "Score and rank", minimum=1),
        _kommunkod(),
        Column("kommun", "string", "short name as SCB writes it", required=True),
        Column("lan", "string", "county"),
        Column("score", "integer", "a + b + c + d + e after overrides; empty when not judged", "Score and rank",
               minimum=0, maximum=len(ASPECTS)),
        _aspect_column("a", "a. entry exists"),
        _aspect_column("b", "b. on the front page"),
        _aspect_column("c", "c. easy to find"),
        _aspect_column("d", "d. help described"),
        _aspect_column("e", "e. someone responsible"),
        Column("e_source", "string", "where e came from: an override's source, else web when the detector "
               "found it; empty when e is 0 by the detector or not judged", "Overrides", enum=SOURCES),
        _status("whether the site could be judged (needs_browser: the front page is script-built and no "
                "browser could render it)"),
        Column("status_reason", "string", "short human reason when status is not ok (DNS error, timed out, "
               "HTTP 403...)", "Outcomes other than a score"),
        Column("homepage", "string", "the register's homepage URL", required=True, format="uri"),
        _final_url(),
        Column("service_page_url", "string", "the service page the detectors used", "Words: service page",
               format="uri"),
        Column("crawled_at", "date", "when the front page was fetched (UTC); empty when nothing was archived"),
        Column("reach_depth", "integer", "clicks from the front page to the service function (0 = an entrance "
               "on the front page)", "b, c", minimum=0),
        Column("channels", "string", "contact channels found on the service page, space-separated, in "
               "alphabetical order", "d (how)", pattern=f"{_CHANNEL}( {_CHANNEL})*",
               allowed="space-separated: " + " ".join(CHANNELS)),
        Column("switchboard", "string", "the switchboard (växel) number found, for the call list",
               "e (phone check)"),
    ),
    primary_key=("kommunkod",))

ASPECTS_TABLE = Table(
    runfolder.ASPECTS, "aspects",
    "One row per municipality and aspect, for judged municipalities and any with an override.",
    (
        _kommunkod("the municipality's code"),
        Column("kommun", "string", "name", required=True),
        Column("aspect", "string", "the aspect", "The five aspects", required=True, enum=ASPECTS),
        Column("aspect_name", "string", "the aspect's column name in ranking.csv", required=True,
               enum=tuple(ASPECT_COLUMNS[a] for a in ASPECTS)),
        Column("detector_value", "integer", "what the detectors found (after the consistency rules); empty "
               "for a municipality not judged (a row there only for an override)",
               "The five aspects; Consistency", enum=BINARY),
        Column("override_value", "integer", "the override file's value", "Overrides", enum=BINARY),
        Column("override_source", "string", "how the override was checked", "Overrides", enum=SOURCES),
        Column("override_checked_on", "date", "when", "Overrides"),
        Column("override_checked_by", "string", "who", "Overrides"),
        Column("override_note", "string", "the checker's note", "Overrides"),
        Column("final_value", "integer", "the override when there is one, else the detector's value; then the "
               "consistency rules (an override a=0 brings b, c and d to 0)", "Overrides; Consistency",
               enum=BINARY),
        Column("rule", "string", "the rule that decided the detector's value, e.g. \"c0: entrances only in "
               "footer\"; where an override brought the value to 0 through the consistency rules, that reason, "
               "e.g. \"b0: b needs a, and a is 0 by override (phone.csv:3)\"", "The five aspects; Consistency",
               required=True),
    ),
    primary_key=("kommunkod", "aspect"))

OUTCOMES = Table(
    runfolder.OUTCOMES, "outcomes",
    "One row per municipality of the register: how the crawl went.",
    (
        _kommunkod("the municipality's code"),
        _status("outcome of the front page (needs_browser: script-built, and no browser was available, "
                "rendering was off, or the render failed)"),
        Column("status_reason", "string", "DNS error, connection refused, timed out, HTTP 503 on the front page "
               "after retries, robots.txt forbids the front page, bot wall..., and whether the www twin was "
               "tried; for needs_browser why the front page counts as script-built and why it was not rendered "
               "(\"rendering is off\", \"no browser\", \"rendering it failed: timed out after 20 s\")",
               "Outcomes other than a score"),
        Column("pages", "integer", "pages archived for the municipality (lines in pages.jsonl)", required=True,
               minimum=0, allowed="0-budget"),
        _final_url(),
        Column("crawl_delay", "number", "the least time in seconds between two of the municipality's requests: "
               "the larger of DOWNLOAD_DELAY and its robots.txt Crawl-delay for our user agent, the Crawl-delay "
               "capped at SERVICEKOLL_MAX_CRAWL_DELAY (10 s by default); AutoThrottle may wait longer; empty in "
               "runs crawled before it was recorded", minimum=0),
    ),
    primary_key=("kommunkod",))

REGISTER = Table(
    runfolder.REGISTER, "register",
    "The register the run crawled: one row per municipality, in the order crawled and ranked from.",
    (
        _kommunkod("the municipality's code (SCB's four digits in the national register)"),
        Column("kommun", "string", "short name as SCB writes it", required=True),
        Column("lan_kod", "string", "county code"),
        Column("lan", "string", "county"),
        Column("url", "string", "the homepage the crawl starts from (http or https)", required=True,
               format="uri"),
    ),
    primary_key=("kommunkod",), references_register=False)

# One piece of evidence: the evidence line's own (item 0) and each of its `also` entries.
EVIDENCE_ITEM = (
    Column("page_url", "string", "the page the evidence is on", format="uri"),
    Column("element_text", "string", "the element's visible text (link text, heading, label, role phrase)",
           "Only what a visitor can read counts"),
    Column("region", "string", "where on the page", "Words: top of the page", enum=ALL_REGIONS),
    Column("snippet", "string", "a short excerpt (for d: what and how found)"),
    Column("depth", "integer", "crawl depth of the page (0 = front page); null when there is no evidence",
           minimum=0),
    Column("kind", "string", "what kind of element; target = a link whose target (after redirects) is the "
           "service page; row = a table row; page = the page as a whole", "Words: entrance",
           enum=EVIDENCE_KINDS),
    Column("found_by", "string", "how the crawler found the page: by following links, from the sitemap, or "
           "through the site's own search (such pages count for a, d, e, never b or c)", "A crawled page",
           enum=FOUND_BY),
    Column("rendered", "boolean", "true when the page is script-built and the evidence comes from its DOM as a "
           "headless browser rendered it (pages.jsonl `rendered`), not from the HTML as sent",
           "A page is judged as a visitor's browser shows it", required=True),
    Column("element_xpath", "string", "XPath of the deciding element in the archived page (the rendered DOM "
           "for a rendered page), as `servicekoll show` highlights it; empty when the evidence is a whole page"),
)
ALSO = Column("also", "array", "further evidence objects with the same fields (page_url ... element_xpath)",
              required=True)

EVIDENCE = Table(
    runfolder.EVIDENCE, "evidence",
    "One JSON object per line, per judged municipality and aspect: the detector's value, its rule and "
    "the evidence (the first piece in the line itself, the rest in `also`). Text from a crawled page is "
    "prefixed with `'` as in the CSVs.",
    (
        _kommunkod("the municipality's code"),
        Column("aspect", "string", "the aspect", "The five aspects", required=True, enum=ASPECTS),
        Column("value", "integer", "the detector's value (after consistency)", "The five aspects", required=True,
               enum=BINARY),
        Column("rule", "string", "the rule that decided it", "The five aspects", required=True),
        *EVIDENCE_ITEM,
        ALSO,
    ),
    primary_key=("kommunkod", "aspect"))

PAGES = Table(
    runfolder.INDEX, "pages",
    "One JSON object per archived response, in archive order.",
    (
        _kommunkod("the municipality's code"),
        Column("url", "string", "the URL first requested (start of the redirect chain)", required=True,
               format="uri"),
        Column("final_url", "string", "after redirects", "Words: front page", required=True, format="uri"),
        Column("status", "integer", "the response's HTTP status", required=True, minimum=100, maximum=599),
        Column("depth", "integer", "clicks from the front page when discovered (a sitemap's pages and the search "
               "results page count as 1, a search hit as 2)", required=True, minimum=0,
               allowed="0-depth limit"),
        Column("referer", "string", "the page that linked to it (for a sitemap's pages, the sitemap; for search "
               "hits, the results page); empty for the front page", format="uri"),
        Column("content_type", "string", "the Content-Type header"),
        Column("fetched_at", "datetime", "when it was fetched (UTC)", required=True,
               allowed="YYYY-MM-DDTHH:MM:SSZ"),
        Column("redirects", "array", "the redirect chain before final_url (URLs)", "Words: front page",
               required=True),
        Column("warc_record_id", "string", "WARC-Record-ID of the response record in pages.warc.gz",
               required=True),
        Column("warc_offset", "integer", "byte offset of that record in pages.warc.gz", required=True,
               minimum=0),
        Column("warc_length", "integer", "length of that record (gzip member) in bytes", required=True,
               minimum=1),
        Column("found_by", "string", "how the crawler found the page: by a link (the front page too), listed in "
               "the site's sitemap, or through the site's own search (the results page and the hits it led to)",
               "A crawled page", required=True, enum=FOUND_BY),
        Column("search_results", "boolean", "true for the site's own search results page (its echo of the query "
               "names nothing)", "Only what a visitor can read counts", required=True),
        Column("rendered", "boolean", "true when the page is script-built (servicekoll.core.shell) and was "
               "rendered in headless Chromium: the scoring reads the rendered record, not the response",
               "A page is judged as a visitor's browser shows it", required=True),
        Column("rendered_warc_record_id", "string", "WARC-Record-ID of the rendered DOM: a `conversion` record "
               "(UTF-8 HTML) whose WARC-Refers-To is the response's warc_record_id; empty unless rendered"),
        Column("rendered_warc_offset", "integer", "byte offset of that record in pages.warc.gz; null unless "
               "rendered", minimum=0),
        Column("rendered_warc_length", "integer", "length of that record (gzip member) in bytes; null unless "
               "rendered", minimum=1),
        Column("render_note", "string", "empty for an ordinary page; for a script-built one why it counts as one "
               "(\"script-built: no links of its own while scripts carry the content ...\") and, when it was not "
               "rendered, why (\"rendering failed: timed out after 20 s\")",
               "A page is judged as a visitor's browser shows it"),
        Column("title", "string", "the page's <title> as served, whitespace collapsed, at most 300 characters; "
               "empty for a page without one or not HTML (and in run folders crawled before it was recorded)"),
    ),
    primary_key=("warc_record_id",))

# In the order the data dictionary and the data package list them.
TABLES = (RANKING, ASPECTS_TABLE, OUTCOMES, REGISTER, EVIDENCE, PAGES)

FILES = (
    File(runfolder.WARC, "archive", "application/warc",
         "every response fetched, as WARC records (gzip, one member a record); pages.jsonl points into it"),
    File(runfolder.WACZ, "archive-wacz", "application/wacz",
         "the archive packed for web-archive players (WACZ)", optional=True),
    File(runfolder.REPORT, "report", "text/html", "the self-contained report: distribution, ranking, counties, "
         "evidence, downloads, method"),
    File(runfolder.SQLITE, "sqlite", "application/vnd.sqlite3",
         "the same tables in one SQLite database (for Datasette and SQL)"),
    File(runfolder.RUN_JSON, "run", "application/json",
         "when the run started, finished and was scored; versions, settings, counts by status, overrides"),
)


def table(file: str) -> Table:
    """The table published as `file` (a core.runfolder constant)."""
    return next(t for t in TABLES if t.file == file)


# Written by the crawl, maybe by an older version: such a run folder lacks the columns added
# since (outcomes.csv crawl_delay, pages.jsonl found_by ...) and is still scored.
CRAWLED = (runfolder.REGISTER, runfolder.OUTCOMES, runfolder.INDEX)


def crawled_columns(out: Path) -> dict[str, list[str]]:
    """The columns the run folder's crawled tables have (a CSV's header, the first JSON line's keys)."""
    return {file: _columns_in(Path(out) / file, table(file)) for file in CRAWLED}


def _columns_in(path: Path, described: Table) -> list[str]:
    with open(path, encoding="utf-8", newline="") as handle:
        first = handle.readline()
    if not first.strip():
        return described.names
    return next(csv.reader([first])) if described.format == "csv" else list(json.loads(first))


# Columns only servicekoll.sqlite has: there each evidence piece is a row, and each page
# carries its line in pages.jsonl.
EVIDENCE_ITEM_NUMBER = Column(
    "item", "integer", "0 for the evidence line's own piece, 1, 2, ... for its `also` entries in order "
    "(the address `servicekoll show` gives it: /KOMMUNKOD/ASPECT/ITEM)", required=True, minimum=0)
PAGE_LINE = Column("line", "integer", "the page's line in pages.jsonl (1 = the first)", required=True, minimum=1)
