"""pages.wacz: the run's archive packed for web-archive players (ReplayWeb.page, pywb).

A WACZ (https://specs.webrecorder.net/wacz/1.1.1/) is a zip of the WARC (archive/), its CDXJ
index (indexes/), the list of pages a player offers (pages/pages.jsonl) and datapackage.json
with every file's hash. It is made with py-wacz (the optional extra servicekoll[wacz]) right
after the crawl publishes pages.warc.gz; without py-wacz the crawl still succeeds and run.json
says why there is no pages.wacz.
"""

import argparse
import html
import io
import os
import re
import sys
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from servicekoll.core import runfolder

TITLE = re.compile(rb"<title[^>]*>(.*?)</title", re.IGNORECASE | re.DOTALL)
TITLE_SEARCHED = 64 * 1024  # bytes of a page searched for its <title>
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
    """What `wacz create pages.warc.gz -p PAGES` does (py-wacz's wacz.main.create_wacz), through
    its WACZIndexer: wacz.main also imports py-wacz's validator, whose frictionless import alone
    takes about a second, on every crawl. Returns the number of pages listed."""
    pages = page_list(out)
    warc = out / runfolder.WARC
    run = runfolder.read_run_json(out)
    with zipfile.ZipFile(target, "w") as wacz:
        index = io.BytesIO()
        with wacz.open(zipfile.ZipInfo("indexes/index.cdx.gz", _now()), "w") as data:
            indexer = indexer_class(
                io.TextIOWrapper(index, "utf-8", write_through=True), [str(warc)], sort=True, post_append=True,
                compress=data, lines=WACZ_INDEX_LINES, digest_records=True, fields="referrer,req.http:cookie",
                data_out_name="index.cdx.gz", hash_type="sha256", detect_pages=False, extract_text=False,
                passed_pages_dict={f"{_timestamp(page['ts'])}/{page['url']}": {"url": page["url"], "title": page["title"]}
                                   for page in pages})
            indexer.process_all()
        _write(wacz, "indexes/index.idx", index.getvalue())
        wacz.write(warc, f"archive/{runfolder.WARC}")
        indexer.write_page_list(wacz, PAGES_IN_WACZ, indexer.serialize_json_pages(
            indexer.pages.values(), id="pages", title="Pages"))
        details = argparse.Namespace(title=f"servicekoll run {run.get('started', '')}".strip(), date=None,
                                     desc=runfolder.warcinfo_fields(run)["description"])
        datapackage = indexer.generate_datapackage(details, wacz).encode("utf-8")
        _write(wacz, "datapackage.json", datapackage)
        _write(wacz, "datapackage-digest.json", indexer.generate_datapackage_digest(datapackage).encode("utf-8"))
    return len(indexer.pages)


def page_list(out: Path) -> list[dict]:
    """The pages a player lists: every page of pages.jsonl by its final URL, fetch time and title."""
    with runfolder.open_archive(out) as warc:
        return [{"url": page["final_url"], "ts": page["fetched_at"], "title": page_title(warc, page) or page["final_url"]}
                for pages in runfolder.read_index(out).values() for page in pages]


def page_title(warc, page: dict) -> str:
    """The page's <title> as archived (decoded), or '' for a page without one."""
    if "html" not in page.get("content_type", "").lower():
        return ""
    body = runfolder.read_response(warc, page["warc_offset"]).body[:TITLE_SEARCHED]
    found = TITLE.search(body)
    return " ".join(html.unescape(found.group(1).decode("utf-8", "replace")).split())[:300] if found else ""


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
