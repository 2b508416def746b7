"""pages.wacz: the run's archive packed for web-archive players (ReplayWeb.page, pywb).

A WACZ (https://specs.webrecorder.net/wacz/1.1.1/) is a zip of the WARC (archive/), its CDXJ
index (indexes/), the list of pages a player offers (pages/pages.jsonl) and datapackage.json
with every file's hash. It is made with py-wacz (the optional extra servicekoll[wacz]) right
after the crawl publishes pages.warc.gz; without py-wacz the crawl still succeeds and run.json
says why there is no pages.wacz.
"""

import argparse
import io
import os
import re
import sys
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from servicekoll.core import cdxj, runfolder

PAGES_IN_WACZ = "pages/pages.jsonl"
WACZ_INDEX_LINES = 1024  # CDXJ lines per compressed block, as py-wacz and archiveweb.page use
NOT_INSTALLED = "the wacz package is not installed (pip install 'servicekoll[wacz]')"


def pack_wacz(out: Path) -> dict:
    """Write pages.wacz beside pages.warc.gz (atomically) and note in run.json whether it was
    made ({"made": true, "pages": n} or {"made": false, "reason": ...}); returns that note."""
    out = Path(out)
    try:
        from wacz.waczindexer import WACZIndexer
    except ImportError:
        return _note(out, {"made": False, "reason": NOT_INSTALLED})
    scratch_parent = out / runfolder.JOB  # the job folder: a crash leaves nothing among the published files
    scratch_parent.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wacz-", dir=scratch_parent) as scratch:
        packed = Path(scratch) / runfolder.WACZ
        try:
            count = create_wacz(WACZIndexer, out, packed)
        except Exception as exc:  # the archive is published whole; only its packing failed
            reason = f"packing {runfolder.WACZ} failed: {type(exc).__name__}: {exc}"[:500]
            print(reason, file=sys.stderr)
            return _note(out, {"made": False, "reason": reason})
        os.replace(packed, out / runfolder.WACZ)  # the scratch folder is in the run folder: same file system
    return _note(out, {"made": True, "file": runfolder.WACZ, "pages": count})


def create_wacz(indexer_class, out: Path, target: Path) -> int:
    """What `wacz create pages.warc.gz -p PAGES` does (py-wacz's wacz.main.create_wacz), with
    the CDXJ index made while crawling (core/cdxj.py) instead of a second pass over the whole
    archive, and py-wacz's WACZIndexer for the page list and data package: wacz.main also
    imports py-wacz's validator, whose frictionless import alone takes about a second, on every
    crawl. Returns the number of pages listed."""
    pages = page_list(out)
    warc = out / runfolder.WARC
    run = runfolder.read_run_json(out)
    records = runfolder.merged_cdxj(out)
    if not records.exists():  # published without every part indexed (an older crawl's parts)
        cdxj.index_warc(warc, records, runfolder.WARC)
    indexer = indexer_class(None, [], hash_type="sha256")  # its page list and data package only
    with zipfile.ZipFile(target, "w") as wacz:
        index = io.StringIO()
        with wacz.open(zipfile.ZipInfo("indexes/index.cdx.gz", _now()), "w") as data:
            cdxj.write_sorted_blocks(records, index, data, "index.cdx.gz", WACZ_INDEX_LINES)
        _write(wacz, "indexes/index.idx", index.getvalue().encode("utf-8"))
        wacz.write(warc, f"archive/{runfolder.WARC}")
        indexer.write_page_list(wacz, PAGES_IN_WACZ, indexer.serialize_json_pages(
            pages, id="pages", title="Pages"))
        details = argparse.Namespace(title=f"servicekoll run {run.get('started', '')}".strip(), date=None,
                                     desc=runfolder.warcinfo_fields(run)["description"])
        datapackage = indexer.generate_datapackage(details, wacz).encode("utf-8")
        _write(wacz, "datapackage.json", datapackage)
        _write(wacz, "datapackage-digest.json", indexer.generate_datapackage_digest(datapackage).encode("utf-8"))
    return len(pages)


def page_list(out: Path) -> list[dict]:
    """The pages a player lists, as py-wacz lists them: each page of pages.jsonl once, by its
    final URL and fetch time (its response record's WARC-Target-URI and WARC-Date), and the title
    the crawler recorded (the URL for a page without one)."""
    listed: dict[str, dict] = {}
    for pages in runfolder.read_index(out).values():
        for page in pages:
            timestamp = _timestamp(page["fetched_at"])
            listed.setdefault(f"{timestamp}/{page['final_url']}", {
                "url": page["final_url"], "title": page.get("title") or page["final_url"], "timestamp": timestamp})
    return list(listed.values())


def _write(wacz: zipfile.ZipFile, name: str, data: bytes) -> None:
    entry = zipfile.ZipInfo(name, _now())
    entry.compress_type = zipfile.ZIP_DEFLATED
    wacz.writestr(entry, data)


def _now() -> tuple[int, ...]:
    return tuple(datetime.now(UTC).timetuple())[:6]


def _timestamp(iso: str) -> str:
    """2026-12-02T01:42:43Z -> 20261202014243, as the index keys a record's WARC-Date."""
    return re.sub(r"\D", "", iso)[:14]


def _note(out: Path, note: dict) -> dict:
    run = runfolder.read_run_json(out)
    if run:
        run["wacz"] = note
        runfolder.write_run_json(out, run)
    return note
