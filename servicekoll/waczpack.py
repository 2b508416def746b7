"""pages.wacz: the run's archive packed for web-archive players (ReplayWeb.page, pywb).

A WACZ (https://specs.webrecorder.net/wacz/1.1.1/) is a zip of the WARC (archive/), its CDXJ
index (indexes/), the list of pages a player offers (pages/pages.jsonl) and datapackage.json
with every file's hash. It is made with py-wacz (the optional extra servicekoll[wacz]) right
after the crawl publishes pages.warc.gz; without py-wacz the crawl still succeeds and run.json
says why there is no pages.wacz.
"""

import contextlib
import html
import io
import json
import os
import re
import sys
import tempfile
from pathlib import Path

from servicekoll.core import runfolder

TITLE = re.compile(rb"<title[^>]*>(.*?)</title", re.IGNORECASE | re.DOTALL)
TITLE_SEARCHED = 64 * 1024  # bytes of a page searched for its <title>
NOT_INSTALLED = "the wacz package is not installed (pip install 'servicekoll[wacz]')"


def pack_wacz(out: Path) -> dict:
    """Write pages.wacz beside pages.warc.gz (atomically) and note in run.json whether it was
    made ({"made": true, "pages": n} or {"made": false, "reason": ...}); returns that note."""
    out = Path(out)
    try:
        from wacz.main import main as wacz_main
    except ImportError:
        return _note(out, {"made": False, "reason": NOT_INSTALLED})
    scratch_parent = out / runfolder.JOB  # the job folder: a crash leaves nothing among the published files
    scratch_parent.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wacz-", dir=scratch_parent) as scratch:
        pages_list = Path(scratch) / "pages.jsonl"
        count = write_pages_list(out, pages_list)
        packed = Path(scratch) / runfolder.WACZ
        with contextlib.redirect_stdout(io.StringIO()) as said:  # py-wacz narrates every step
            try:
                status = wacz_main(["create", "-o", str(packed), str(out / runfolder.WARC), "-p", str(pages_list)])
            except Exception as exc:  # the archive is published whole; only its packing failed
                status = f"{type(exc).__name__}: {exc}"
        if status not in (0, None) or not packed.exists():
            reason = f"wacz create failed: {status if isinstance(status, str) else said.getvalue()[-300:].strip()}"
            print(f"{runfolder.WACZ} not made: {reason}", file=sys.stderr)
            return _note(out, {"made": False, "reason": reason[:500]})
        os.replace(packed, out / runfolder.WACZ)  # the scratch folder is in the run folder: same file system
    return _note(out, {"made": True, "file": runfolder.WACZ, "pages": count})


def write_pages_list(out: Path, path: Path) -> int:
    """The pages a player lists: every page of pages.jsonl by its final URL, fetch time and title."""
    count = 0
    with open(path, "w", encoding="utf-8") as handle, runfolder.open_archive(out) as warc:
        handle.write(json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "servicekoll pages"}) + "\n")
        for pages in runfolder.read_index(out).values():
            for page in pages:
                entry = {"url": page["final_url"], "ts": page["fetched_at"],
                         "title": page_title(warc, page) or page["final_url"]}
                handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
                count += 1
    return count


def page_title(warc, page: dict) -> str:
    """The page's <title> as archived (decoded), or '' for a page without one."""
    if "html" not in page.get("content_type", "").lower():
        return ""
    body = runfolder.read_response(warc, page["warc_offset"]).body[:TITLE_SEARCHED]
    found = TITLE.search(body)
    return " ".join(html.unescape(found.group(1).decode("utf-8", "replace")).split())[:300] if found else ""


def _note(out: Path, note: dict) -> dict:
    run = runfolder.read_run_json(out)
    if run:
        run["wacz"] = note
        runfolder.write_run_json(out, run)
    return note
