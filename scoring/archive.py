"""Read a run folder's archive: each municipality's pages, read once from the WARC."""

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from servicekoll.errors import InputError
from servicekoll.register import Municipality

REQUIRED = ("run.json", "pages.jsonl", "pages.warc.gz", "outcomes.csv")


@dataclass(frozen=True)
class ArchivedPage:
    meta: dict  # the pages.jsonl line
    body: bytes
    content_type: str


def check_run_folder(out: Path) -> None:
    out = Path(out)
    if not out.is_dir():
        raise InputError(out, "no such run folder")
    missing = [name for name in REQUIRED if not (out / name).exists()]
    if missing:
        raise InputError(out, f"is not a finished run folder (missing {', '.join(missing)}); "
                              "crawl into it first, or resume the crawl")


def read_outcomes(out: Path) -> dict[str, dict]:
    with open(Path(out) / "outcomes.csv", encoding="utf-8", newline="") as handle:
        return {row["kommunkod"]: row for row in csv.DictReader(handle)}


def read_register(out: Path) -> list[Municipality]:
    from servicekoll.register import load_register

    return load_register(Path(out) / "register.csv")


def read_index(out: Path) -> dict[str, list[dict]]:
    """pages.jsonl grouped by municipality, in fetch order."""
    pages: dict[str, list[dict]] = {}
    with open(Path(out) / "pages.jsonl", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                pages.setdefault(record["kommunkod"], []).append(record)
    return pages


def iter_pages(index: list[dict], warc_handle) -> Iterator[ArchivedPage]:
    """The archived responses of one municipality (html pages only are worth parsing)."""
    for meta in index:
        warc_handle.seek(meta["warc_offset"])
        for record in ArchiveIterator(warc_handle):
            if record.rec_type != "response":
                continue
            body = record.content_stream().read()
            content_type = record.http_headers.get_header("Content-Type") or meta.get("content_type", "")
            yield ArchivedPage(meta, body, content_type)
            break
