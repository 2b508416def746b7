"""The run folder, written and read here only: its layout, run.json, the job
journal while crawling, the index (pages.jsonl) and the archive it points into.

While crawling, every municipality writes its own part files under job/parts/
and, once finished, one line in an outcome journal (job/outcomes-*.jsonl,
fsynced). That makes resuming exact: a municipality is either in a journal,
and then archived whole, or it is crawled again from scratch with its partial
files discarded, so no page is ever archived twice, even after kill -9. When
every municipality has an outcome, `publish` merges the parts, in register
order, into pages.warc.gz, pages.jsonl, outcomes.csv and run.json, each
written atomically.
"""

import csv
import fcntl
import functools
import gzip
import hashlib
import importlib
import io
import json
import os
import re
import shutil
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import scrapy
from servicekoll.core import RUBRIC_VERSION, __version__, cdxj
from servicekoll.core.atomic import atomic_open
from servicekoll.core.errors import InputError
from servicekoll.core.lexicon import load_lexicon
from servicekoll.core.register import COLUMNS as REGISTER_COLUMNS
from servicekoll.core.register import Municipality, load_register, read_csv_rows
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.warcwriter import WARCWriter

JOB = "job"
# The published files, named here only.
REGISTER = "register.csv"
WARC = "pages.warc.gz"
INDEX = "pages.jsonl"
OUTCOMES = "outcomes.csv"
RUN_JSON = "run.json"
ASPECTS = "aspects.csv"
EVIDENCE = "evidence.jsonl"
RANKING = "ranking.csv"
REPORT = "report.html"
DATAPACKAGE = "datapackage.json"  # Frictionless Data Package describing the CSVs
SQLITE = "servicekoll.sqlite"  # the same tables in SQLite (Datasette)
WACZ = "pages.wacz"  # the archive packed for web-archive players
PUBLISHED = (REGISTER, WARC, INDEX, OUTCOMES, RUN_JSON, ASPECTS, EVIDENCE, RANKING, REPORT,
             DATAPACKAGE, SQLITE, WACZ)
OUTCOME_COLUMNS = ("kommunkod", "status", "status_reason", "pages", "final_url", "crawl_delay")
STATUSES = ("ok", "unreachable", "blocked", "not_html", "needs_browser")
# The outcome columns every run folder has had (later ones are optional for older runs).
VERIFIED_OUTCOME_COLUMNS = ("kommunkod", "status", "status_reason", "pages", "final_url")
# The register as the crawl started with it: a resume names what differs.
STARTED_REGISTER = "register-at-start.csv"
# A script-built page's DOM as the browser built it: a WARC record of this type after the
# page's response, referring to it (WARC-Refers-To), always UTF-8.
RENDERED_RECORD = "conversion"
RENDERED_CONTENT_TYPE = "text/html; charset=utf-8"
# What a finished (crawled and published) run folder holds before scoring.
REQUIRED = (RUN_JSON, INDEX, WARC, OUTCOMES)


def parts_dir(out: Path) -> Path:
    return Path(out) / JOB / "parts"


def part_paths(out: Path, code: str) -> tuple[Path, Path]:
    folder = parts_dir(out)
    return folder / f"{code}.warc.gz", folder / f"{code}.jsonl"


def part_cdxj(out: Path, code: str) -> Path:
    """A finished municipality's CDXJ index of its part WARC (core/cdxj.py)."""
    return parts_dir(out) / f"{code}.cdxj"


def merged_cdxj(out: Path) -> Path:
    """The parts' CDXJ indexes merged, offsets into pages.warc.gz: what pages.wacz packs."""
    return Path(out) / JOB / "pages.cdxj"


def index_part(out: Path, code: str) -> bool:
    """Index a finished municipality's part WARC for pages.wacz; False without py-wacz or when
    the indexer fails: the index is a head start only, and packing pages.wacz then indexes the
    published archive whole (and says so in run.json if that fails too)."""
    try:
        return cdxj.index_warc(part_paths(out, code)[0], part_cdxj(out, code), WARC)
    except Exception:  # see above: never a reason to lose the crawl
        return False


def journals(out: Path) -> list[Path]:
    return sorted((Path(out) / JOB).glob("outcomes-*.jsonl"))


def read_journal(out: Path) -> dict[str, dict]:
    """Outcomes journalled so far; a torn last line (killed mid-write) is ignored."""
    outcomes: dict[str, dict] = {}
    for journal in journals(out):
        for line in journal.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            outcomes[record["kommunkod"]] = record
    return outcomes


def finished_codes(out: Path) -> set[str]:
    return set(read_journal(out))


def discard_partial(out: Path, code: str) -> None:
    for path in (*part_paths(out, code), part_cdxj(out, code)):
        path.unlink(missing_ok=True)


def append_outcome(out: Path, journal_name: str, record: dict) -> None:
    journal = Path(out) / JOB / f"outcomes-{journal_name}.jsonl"
    journal.parent.mkdir(parents=True, exist_ok=True)
    with open(journal, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def read_run_json(out: Path) -> dict:
    path = Path(out) / RUN_JSON
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, OSError):
        return {}


def is_finished(out: Path) -> bool:
    return bool(read_run_json(out).get("finished"))


# What --out holds, decided before anything is written there.
MISSING, EMPTY, UNFINISHED, FINISHED, NOT_RUN, NOT_FOLDER = (
    "missing", "empty", "unfinished", "finished", "not a run folder", "not a folder")


def folder_state(out: Path) -> str:
    out = Path(out)
    if not out.exists():
        return MISSING
    if not out.is_dir():
        return NOT_FOLDER
    if not any(out.iterdir()):
        return EMPTY
    run = read_run_json(out)
    if not (isinstance(run, dict) and "started" in run and "versions" in run):
        return NOT_RUN
    return FINISHED if run.get("finished") else UNFINISHED


def prepare(out: Path, register: list[Municipality], settings: dict, creator: str = "crawl",
            force: bool = False, register_source: str = "") -> int:
    """Claim the run folder before any request; raises InputError (exit 2) and writes nothing
    when it may not be used.

    A command writes only into a new or empty folder, an unfinished run of the same register
    and settings (resumed), or its own earlier demo. --force replaces a run folder, finished
    or not, but never a folder that is not one. Returns the descriptor that holds the folder's
    lock: keep it open (and pass it to worker processes) while crawling, so that no second
    crawl, nor a stopped crawl's workers, can write into the same folder at once.
    """
    out = Path(out)
    state = folder_state(out)
    run = read_run_json(out) if state in (FINISHED, UNFINISHED) else {}
    replace = state in (FINISHED, UNFINISHED) and (
        force or (creator == "demo" and run.get("created_by") == "demo"))
    _refuse_unless_usable(out, state, run, replace, register, settings)
    try:
        out.mkdir(parents=True, exist_ok=True)
        lock = lock_folder(out)
        if replace:
            _clear_run(out)
        if replace or state in (MISSING, EMPTY):
            write_run_json(out, _started_record(register, settings, creator, register_source))
            (out / JOB).mkdir(exist_ok=True)
            with atomic_open(out / JOB / STARTED_REGISTER) as handle:
                handle.write(register_csv(register))
        parts_dir(out).mkdir(parents=True, exist_ok=True)
        probe = out / JOB / ".write-test"
        probe.write_text("ok", encoding="utf-8")
        probe.unlink()
    except OSError as exc:
        raise InputError(out, f"run folder is not writable: {exc.strerror or exc}", field="--out") from exc
    return lock


def _refuse_unless_usable(out: Path, state: str, run: dict, replace: bool,
                          register: list[Municipality], settings: dict) -> None:
    if state == NOT_FOLDER:
        raise InputError(out, "--out exists and is not a folder", field="--out")
    if state == NOT_RUN:
        names = sorted(entry.name for entry in out.iterdir())
        shown = ", ".join(names[:5]) + (", ..." if len(names) > 5 else "")
        raise InputError(out, f"is not a servicekoll run folder (it holds {shown}): servicekoll never writes "
                              "into it, not even with --force; give a new or empty --out", field="--out")
    if state == FINISHED and not replace:
        raise InputError(out, f"holds a finished run (started {run.get('started', '?')}); give --force to "
                              "replace it, or another --out", field="--out")
    if state == UNFINISHED and not replace:
        check_same_run(out, run, register, settings)


def lock_folder(out: Path) -> int:
    """An exclusive flock on the run folder itself (no lock file to leave behind)."""
    fd = os.open(out, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise InputError(out, "another servicekoll crawl (or the workers of a stopped one) is still writing "
                              "into this run folder; wait for it to end or stop it, then run the command "
                              "again", field="--out") from None
    return fd


def _clear_run(out: Path) -> None:
    """Remove what a run wrote (--force, or the demo replacing its own): only the run folder's
    own files, never anything else a user put there."""
    for name in PUBLISHED:
        (out / name).unlink(missing_ok=True)
    shutil.rmtree(out / JOB, ignore_errors=True)


def _started_record(register: list[Municipality], settings: dict, creator: str, register_source: str) -> dict:
    return {"started": now(), "finished": None, "created_by": creator, "versions": versions(),
            "register": REGISTER, "register_source": Path(register_source).name,  # no machine path
            "register_sha256": register_sha256(register), "municipalities": len(register),
            "settings": settings}


def check_same_run(out: Path, run: dict, register: list[Municipality], settings: dict) -> None:
    """A resume must continue the same run: the register and the crawl settings recorded when
    it started. Raises InputError naming every difference."""
    differences = []
    recorded_sha = run.get("register_sha256")
    if recorded_sha and recorded_sha != register_sha256(register):
        differences.append(_register_difference(out, recorded_sha, register))
    recorded = run.get("settings")
    if isinstance(recorded, dict):
        for name in sorted(set(recorded) | set(settings)):
            before, after = recorded.get(name), settings.get(name)
            if not _same_setting(before, after):
                differences.append(f"setting {name} was {before!r} when the run started, now {after!r}")
    if differences:
        raise InputError(out, "holds an unfinished run that this command would not continue unchanged: "
                              + "; ".join(differences) + ". Resume with the same --municipalities, --only and "
                              "-s settings; or start a new run with another --out; or replace this one with "
                              "--force", field="--out")


def _register_difference(out: Path, recorded_sha: str, register: list[Municipality]) -> str:
    text = f"the register differs (sha256 {recorded_sha[:12]} at the start, now {register_sha256(register)[:12]})"
    started = Path(out) / JOB / STARTED_REGISTER
    if not started.exists():
        return text
    before = {m.kommunkod: m for m in load_register(started)}
    after = {m.kommunkod: m for m in register}
    changes = [f"{code} added" for code in after if code not in before]
    changes += [f"{code} removed" for code in before if code not in after]
    changes += [f"{code} changed" for code in after if code in before and after[code] != before[code]]
    return text + (": " + ", ".join(changes[:10]) if changes else "")


def _same_setting(before, after) -> bool:
    """Settings compare by value: "-s DOWNLOAD_DELAY=1" is the default 1.0."""
    def comparable(value):
        text = json.dumps(value, sort_keys=True, default=str) if isinstance(value, dict | list) else str(value)
        text = text.strip()
        if text.lower() in ("true", "false"):
            return text.lower() == "true"
        try:
            return float(text)
        except ValueError:
            return text
    return comparable(before) == comparable(after)


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def versions() -> dict:
    lexicon = load_lexicon()
    return {"tool": __version__, "rubric": RUBRIC_VERSION, "lexicon": lexicon.version,
            "lexicon_sha256": lexicon.sha256, "scrapy": scrapy.__version__}


def write_run_json(out: Path, data: dict) -> None:
    with atomic_open(Path(out) / RUN_JSON) as handle:
        json.dump(data, handle, ensure_ascii=False, indent=2)
        handle.write("\n")


def publish(out: Path, register: list[Municipality], settings: dict) -> bool:
    """Merge the job into the published files when every municipality is done.

    Returns False (and publishes nothing but run.json's progress) when some are missing.
    """
    out = Path(out)
    outcomes = read_journal(out)
    missing = [m.kommunkod for m in register if m.kommunkod not in outcomes]
    run = read_run_json(out) or {"started": now()}
    run.update({"versions": versions(), "register": REGISTER, "register_sha256": register_sha256(register),
                "municipalities": len(register)})
    run.setdefault("settings", settings)  # as recorded when the run started (a resume checked them)
    if missing:
        run.update({"finished": None, "interrupted": True, "missing": len(missing)})
        write_run_json(out, run)
        return False
    pages = _merge_parts(out, register, run)
    with atomic_open(out / REGISTER) as handle:
        handle.write(register_csv(register))
    with atomic_open(out / OUTCOMES) as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(OUTCOME_COLUMNS)
        for m in register:
            record = outcomes[m.kommunkod]
            writer.writerow([m.kommunkod, record["status"], record["status_reason"], record["pages"],
                             record["final_url"], record.get("crawl_delay", "")])
    counts: dict[str, int] = {}
    for m in register:
        status = outcomes[m.kommunkod]["status"]
        counts[status] = counts.get(status, 0) + 1
    run.pop("interrupted", None)
    run.pop("missing", None)
    run.update({"finished": now(), "counts_by_status": dict(sorted(counts.items())), "pages": pages})
    write_run_json(out, run)
    return True


def register_csv(register: list[Municipality]) -> str:
    """The register as the run folder keeps it (register.csv): the municipalities crawled."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(REGISTER_COLUMNS)
    writer.writerows((m.kommunkod, m.kommun, m.lan_kod, m.lan, m.url) for m in register)
    return buffer.getvalue()


def register_sha256(register: list[Municipality]) -> str:
    return hashlib.sha256(register_csv(register).encode("utf-8")).hexdigest()


def index_line(kommunkod: str, url: str, final_url: str, status: int, depth: int, referer: str,
               content_type: str, fetched_at: str, redirects: list[str], warc_record_id: str,
               warc_offset: int, warc_length: int, found_by: str = "link", search_results: bool = False,
               rendered: bool = False, rendered_warc_record_id: str = "", rendered_warc_offset: int | None = None,
               rendered_warc_length: int | None = None, render_note: str = "", title: str = "") -> str:
    """One pages.jsonl line (the crawler's part files hold the same lines, offsets per part).
    A rendered (script-built) page names its rendered record as well (RENDERED_RECORD)."""
    return json.dumps({
        "kommunkod": kommunkod, "url": url, "final_url": final_url, "status": status, "depth": depth,
        "referer": referer, "content_type": content_type, "fetched_at": fetched_at,
        "redirects": redirects, "warc_record_id": warc_record_id, "warc_offset": warc_offset,
        "warc_length": warc_length, "found_by": found_by, "search_results": search_results,
        "rendered": rendered, "rendered_warc_record_id": rendered_warc_record_id,
        "rendered_warc_offset": rendered_warc_offset, "rendered_warc_length": rendered_warc_length,
        "render_note": render_note, "title": title},
        ensure_ascii=False) + "\n"


def _merge_parts(out: Path, register: list[Municipality], run: dict) -> int:
    """The run's warcinfo record, then the part WARCs concatenated (each record its own gzip
    member, so concatenation is a valid WARC), with the offsets in pages.jsonl rebased.
    Parts hold no warcinfo of their own: the merged archive has exactly one, at its head."""
    pages = 0
    with (atomic_open(out / WARC, "wb") as warc, atomic_open(out / INDEX) as index,
          atomic_open(merged_cdxj(out)) as records):
        warc.write(warcinfo_record(run))  # py-wacz indexes no warcinfo record
        indexed = True  # every part's records are in the merged CDXJ index
        for m in register:
            warc_part, pages_part = part_paths(out, m.kommunkod)
            if not warc_part.exists():
                continue
            base = warc.tell()
            with open(warc_part, "rb") as source:
                shutil.copyfileobj(source, warc, 1024 * 1024)
            # A part finished before a crash or by an older version may not be indexed yet.
            if indexed and (part_cdxj(out, m.kommunkod).exists() or index_part(out, m.kommunkod)):
                records.writelines(cdxj.rebased_lines(part_cdxj(out, m.kommunkod), base))
            else:
                indexed = False
            if not pages_part.exists():
                continue  # records only (its robots.txt), no page
            for line in pages_part.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                record["warc_offset"] += base
                if record.get("rendered_warc_offset") is not None:
                    record["rendered_warc_offset"] += base
                index.write(json.dumps(record, ensure_ascii=False) + "\n")
                pages += 1
    if not indexed:  # an index of some parts only must not stand for the archive's
        merged_cdxj(out).unlink(missing_ok=True)
    return pages


def warcinfo_fields(run: dict) -> dict[str, str]:
    """What the archive's warcinfo record says about the run that made it (docs/archive.md)."""
    settings = run.get("settings") if isinstance(run.get("settings"), dict) else {}
    made_by = run.get("versions") or versions()
    agent = str(settings.get("USER_AGENT") or "")
    contact = re.search(r"\+(\S+?)\)", agent)
    obeyed = str(settings.get("ROBOTSTXT_OBEY", True)).strip().lower() in ("true", "1")
    return {
        "software": f"servicekoll/{made_by.get('tool', __version__)} (Scrapy {made_by.get('scrapy', '')})",
        "format": "WARC File Format 1.0",
        "rubric-version": str(made_by.get("rubric", "")),
        "lexicon-version": str(made_by.get("lexicon", "")),
        "lexicon-sha256": str(made_by.get("lexicon_sha256", "")),
        "robots": "obey" if obeyed else "ignore",
        "http-header-user-agent": agent,
        "operator": str(settings.get("SERVICEKOLL_OPERATOR") or (contact.group(1) if contact else "")),
        "run-started": str(run.get("started", "")),
        "register-sha256": str(run.get("register_sha256", "")),
        "description": "Swedish municipal websites crawled and scored by servicekoll: every response "
                       "as it came over the wire, redirects and robots.txt included",
    }


def warcinfo_record(run: dict) -> bytes:
    """The warcinfo record heading pages.warc.gz, as its own gzip member."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    writer.write_record(writer.create_warcinfo_record(WARC, warcinfo_fields(run)))
    return buffer.getvalue()


# Reading a published run folder (scoring, benchmarks, publication).


@dataclass(frozen=True)
class ArchivedPage:
    meta: dict  # the pages.jsonl line
    body: bytes
    content_type: str
    rendered: bool = False  # body is the rendered DOM of a script-built page, not the response


def open_archive(out: Path):
    """The run folder's WARC, opened for reading by offset."""
    return open(Path(out) / WARC, "rb")


def check_run_folder(out: Path) -> None:
    """A finished run folder whose register, outcomes, index and archive agree, else an
    InputError (exit 2) naming the file and the line or record: checked before anything is
    scored, so a damaged archive can never yield a published ranking."""
    out = Path(out)
    if not out.is_dir():
        raise InputError(out, "no such run folder")
    missing = [name for name in REQUIRED if not (out / name).exists()]
    if missing:
        raise InputError(out, f"is not a finished run folder (missing {', '.join(missing)}); "
                              "crawl into it first, or resume the crawl")
    verify_run_folder(out)


# Every pages.jsonl line carries these, with these types.
INDEX_FIELDS = {"kommunkod": str, "url": str, "final_url": str, "status": int, "depth": int,
                "warc_record_id": str, "warc_offset": int, "warc_length": int}
_SCAN_CHUNK = 1024 * 1024
_HEADER_BYTES = 64 * 1024  # a WARC record's own header block is far shorter


@dataclass(frozen=True)
class _Record:
    length: int
    rec_type: str
    record_id: str
    target_uri: str
    refers_to: str = ""


def verify_run_folder(out: Path) -> None:
    """Check a finished run folder end to end (see check_run_folder)."""
    out = Path(out)
    run = _verified_run_json(out)
    register = read_register(out)
    recorded = run.get("register_sha256")
    if recorded and recorded != register_sha256(register):
        raise _refusal(out, out / REGISTER, f"is not the register this run crawled (its sha256 "
                                            f"{register_sha256(register)[:12]} differs from run.json's "
                                            f"register_sha256 {recorded[:12]}); it was edited")
    outcomes = _verified_outcomes(out, register)
    index = _verified_index(out, register, outcomes)
    _verify_archive(out, index)


def _refusal(out: Path, path: Path, message: str, codes: list[str] | tuple[str, ...] = (),
             line: int | None = None, field: str | None = None) -> InputError:
    """A damaged run folder: what is wrong, that nothing was published, and how to recover."""
    if codes:
        which = "that municipality" if len(codes) == 1 else "those municipalities"
        hint = (f"To recover, re-crawl {which}: servicekoll crawl --municipalities {Path(out) / REGISTER} "
                f"--only {','.join(codes)} --out NEW_DIR (or crawl the whole run again with --force)")
    else:
        hint = "To recover, restore the file from a copy, or crawl the run again (--force)"
    return InputError(path, f"{message}. Nothing was published. {hint}", line=line, field=field)


def _verified_run_json(out: Path) -> dict:
    path = out / RUN_JSON
    try:
        run = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _refusal(out, path, f"cannot be read as JSON ({exc})") from None
    if not isinstance(run, dict):
        raise _refusal(out, path, "is not a JSON object")
    if not run.get("finished"):
        raise InputError(out, "the crawl of this run folder has not finished: run the same crawl command "
                              "again to resume it")
    return run


def _verified_outcomes(out: Path, register: list[Municipality]) -> dict[str, dict]:
    path = out / OUTCOMES
    known = {m.kommunkod for m in register}
    outcomes: dict[str, dict] = {}
    for line, row in read_csv_rows(path, VERIFIED_OUTCOME_COLUMNS):
        code = row["kommunkod"]
        if code not in known:
            raise _refusal(out, path, f"kommunkod '{code}' is not in {REGISTER}", line=line, field="kommunkod")
        if code in outcomes:
            raise _refusal(out, path, f"a second outcome for {code}", [code], line=line, field="kommunkod")
        if row["status"] not in STATUSES:
            raise _refusal(out, path, f"status '{row['status']}' is not one of {', '.join(STATUSES)}", [code],
                           line=line, field="status")
        if not row["pages"].isdigit() or (row["status"] == "ok" and row["pages"] == "0"):
            raise _refusal(out, path, f"pages '{row['pages']}' is not a page count (a judged site has its "
                                      "front page at least)", [code], line=line, field="pages")
        outcomes[code] = row
    missing = [m for m in register if m.kommunkod not in outcomes]
    if missing:
        first = missing[0]
        raise _refusal(out, path, f"has no outcome for {first.kommunkod} {first.kommun}"
                                  f"{f' (and {len(missing) - 1} more)' if len(missing) > 1 else ''}, "
                                  f"which {REGISTER} lists", [m.kommunkod for m in missing])
    return outcomes


def _verified_index(out: Path, register: list[Municipality], outcomes: dict[str, dict]) -> list[tuple[int, dict]]:
    path = out / INDEX
    known = {m.kommunkod for m in register}
    index: list[tuple[int, dict]] = []
    counts = dict.fromkeys(known, 0)
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            meta = _index_record(out, path, line, text)
            if meta["kommunkod"] not in known:
                raise _refusal(out, path, f"kommunkod '{meta['kommunkod']}' is not in {REGISTER}",
                               line=line, field="kommunkod")
            counts[meta["kommunkod"]] += 1
            index.append((line, meta))
    for m in register:
        expected = int(outcomes[m.kommunkod]["pages"])
        if counts[m.kommunkod] != expected:
            raise _refusal(out, path, f"has {counts[m.kommunkod]} lines for {m.kommunkod} but {OUTCOMES} says "
                                      f"{expected} pages were archived: index lines are missing or extra",
                           [m.kommunkod])
    return index


def _index_record(out: Path, path: Path, line: int, text: str) -> dict:
    try:
        meta = json.loads(text)
    except json.JSONDecodeError:
        meta = None
    if not isinstance(meta, dict):
        code = re.search(r'"kommunkod":\s*"([A-Za-z0-9_-]+)"', text)
        raise _refusal(out, path, "is not a JSON object: the line is cut short or was edited",
                       [code.group(1)] if code else [], line=line)
    code = meta.get("kommunkod")
    for field, kind in INDEX_FIELDS.items():
        value = meta.get(field)
        if not isinstance(value, kind) or isinstance(value, bool) or (kind is int and value < 0):
            raise _refusal(out, path, f"{field} is {'missing' if value is None else repr(value)}, "
                                      f"expected {'a whole number' if kind is int else 'text'}",
                           [code] if isinstance(code, str) else [], line=line, field=field)
    return meta


def _verify_archive(out: Path, index: list[tuple[int, dict]]) -> None:
    """Every index line's record is at its offset, whole, a response, with the id the line names."""
    path = out / WARC
    records, damage = _scan_archive(path)
    size = path.stat().st_size
    for line, meta in index:
        offset, code = meta["warc_offset"], meta["kommunkod"]
        record = records.get(offset)
        if record is None and damage is not None and offset >= damage[0]:
            raise _refusal(out, path, f"damaged at byte {damage[0]}: {damage[1]}, so the record at offset {offset} that "
                                      f"{INDEX}:{line} names for {code} cannot be read",
                           _affected(index, damage[0]))
        problem = _record_problem(record, meta, size) or _rendered_problem(records, meta, size)
        if problem:
            field, message = problem
            raise _refusal(out, out / INDEX, f"{message} ({code}): the archive does not match its index",
                           [code], line=line, field=field)
    if damage is not None:
        raise _refusal(out, path, f"damaged at byte {damage[0]}: {damage[1]}", _affected(index, damage[0]))


def _record_problem(record: _Record | None, meta: dict, size: int) -> tuple[str, str] | None:
    offset = meta["warc_offset"]
    where = f"the record at offset {offset} of {WARC}"
    if record is None:
        if offset >= size:
            return "warc_offset", f"offset {offset} is past the end of {WARC} ({size} bytes): the archive is short"
        return "warc_offset", f"no record starts at offset {offset} of {WARC} (a shifted offset?)"
    if record.rec_type != "response":
        return "warc_offset", f"{where} is a '{record.rec_type}' record, not a response"
    if record.record_id != meta["warc_record_id"]:
        return "warc_record_id", f"{where} carries WARC-Record-ID {record.record_id}, not {meta['warc_record_id']}"
    if record.length != meta["warc_length"]:
        return "warc_length", f"{where} is {record.length} bytes long, not {meta['warc_length']}"
    if record.target_uri != meta["final_url"]:
        return "final_url", f"{where} is of {record.target_uri}, not {meta['final_url']}"
    return None


def _rendered_problem(records: dict[int, _Record], meta: dict, size: int) -> tuple[str, str] | None:
    """A rendered page's line names its rendered record too: there, whole, referring to the response."""
    if not meta.get("rendered"):
        return None
    offset = meta.get("rendered_warc_offset")
    if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
        return "rendered_warc_offset", f"rendered_warc_offset is {offset!r}, expected a whole number"
    record = records.get(offset)
    where = f"the record at offset {offset} of {WARC}"
    if record is None:
        return "rendered_warc_offset", (f"offset {offset} is past the end of {WARC} ({size} bytes)" if offset >= size
                                        else f"no record starts at offset {offset} of {WARC}")
    if record.rec_type != RENDERED_RECORD:
        return "rendered_warc_offset", f"{where} is a '{record.rec_type}' record, not a {RENDERED_RECORD}"
    if record.record_id != meta.get("rendered_warc_record_id"):
        return "rendered_warc_record_id", (f"{where} carries WARC-Record-ID {record.record_id}, "
                                           f"not {meta.get('rendered_warc_record_id')}")
    if record.length != meta.get("rendered_warc_length"):
        return "rendered_warc_length", f"{where} is {record.length} bytes long, not {meta.get('rendered_warc_length')}"
    if record.refers_to != meta["warc_record_id"]:
        return "rendered_warc_record_id", f"{where} refers to {record.refers_to or 'nothing'}, not to the response"
    return None


def _affected(index: list[tuple[int, dict]], damaged_at: int) -> list[str]:
    """The municipalities whose records start at or after the damage, and the one whose
    record the damage may be in."""
    codes: list[str] = []
    before = [meta for _, meta in index if meta["warc_offset"] < damaged_at]
    if before:
        codes.append(max(before, key=lambda meta: meta["warc_offset"])["kommunkod"])
    for _, meta in index:
        if meta["warc_offset"] >= damaged_at and meta["kommunkod"] not in codes:
            codes.append(meta["kommunkod"])
    return codes


def _scan_archive(path: Path) -> tuple[dict[int, _Record], tuple[int, str] | None]:
    """Walk the archive gzip member by member (one record each), checking every member
    whole (warcio stops in silence at a short one). Returns the records by offset and the
    first damage (offset, what) if any."""
    records: dict[int, _Record] = {}
    offset = 0
    with open(path, "rb") as handle:
        pending = handle.read(_SCAN_CHUNK)
        while pending:
            start = offset
            decompressor = zlib.decompressobj(zlib.MAX_WBITS | 16)
            head = b""
            try:
                while True:
                    data = decompressor.decompress(pending)
                    if len(head) < _HEADER_BYTES:
                        head += data[: _HEADER_BYTES - len(head)]
                    if decompressor.eof:
                        offset += len(pending) - len(decompressor.unused_data)
                        pending = decompressor.unused_data or handle.read(_SCAN_CHUNK)
                        break
                    offset += len(pending)
                    pending = handle.read(_SCAN_CHUNK)
                    if not pending:
                        return records, (start, "the archive is cut short (its last gzip member is incomplete)")
            except zlib.error as exc:
                return records, (start, f"corrupt gzip data ({exc})")
            record = _warc_header(head, offset - start)
            if record is None:
                return records, (start, "a gzip member that holds no WARC record")
            records[start] = record
    return records, None


def _warc_header(data: bytes, length: int) -> _Record | None:
    head, separator, _ = data.partition(b"\r\n\r\n")
    if not separator or not head.startswith(b"WARC/"):
        return None
    fields = {}
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        fields[name.strip().lower()] = value.strip().decode("utf-8", "replace")
    return _Record(length, fields.get(b"warc-type", ""), fields.get(b"warc-record-id", ""),
                   fields.get(b"warc-target-uri", "").strip("<>"), fields.get(b"warc-refers-to", ""))


def read_outcomes(out: Path) -> dict[str, dict]:
    """outcomes.csv of a published run folder, by kommunkod."""
    with open(Path(out) / OUTCOMES, encoding="utf-8", newline="") as handle:
        return {row["kommunkod"]: row for row in csv.DictReader(handle)}


def read_register(out: Path) -> list[Municipality]:
    return load_register(Path(out) / REGISTER)


def read_index(out: Path) -> dict[str, list[dict]]:
    """pages.jsonl grouped by municipality, in fetch order."""
    pages: dict[str, list[dict]] = {}
    with open(Path(out) / INDEX, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                pages.setdefault(record["kommunkod"], []).append(record)
    return pages


def iter_pages(index: list[dict], warc_handle) -> Iterator[ArchivedPage]:
    """The archived responses of one municipality (html pages only are worth parsing); for a
    rendered script-built page, its rendered document instead: scoring it needs no browser."""
    for meta in index:
        if meta.get("rendered"):
            record = _record_at(warc_handle, meta, meta.get("rendered_warc_offset"), RENDERED_RECORD,
                                meta.get("rendered_warc_record_id"))
            refers_to = record.rec_headers.get_header("WARC-Refers-To")
            if refers_to != meta["warc_record_id"]:
                raise _not_the_response(warc_handle, meta, f"a rendering of {refers_to}", meta["rendered_warc_offset"],
                                        f"the rendering of {meta['warc_record_id']}")
            content_type = record.rec_headers.get_header("Content-Type") or RENDERED_CONTENT_TYPE
            yield ArchivedPage(meta, record.content_stream().read(), content_type, rendered=True)
            continue
        record = _record_at(warc_handle, meta, meta["warc_offset"], "response", meta["warc_record_id"])
        body = _decoded_body(warc_handle, record, meta["warc_offset"])
        content_type = record.http_headers.get_header("Content-Type") or meta.get("content_type", "")
        yield ArchivedPage(meta, body, content_type)


@dataclass(frozen=True)
class ArchivedResponse:
    """A record of pages.warc.gz as a browser would get it: status, headers, decoded body."""
    url: str
    rec_type: str  # response, or the conversion record of a rendered page (RENDERED_RECORD)
    status: int
    headers: list[tuple[str, str]]  # as archived: Content-Encoding names what the wire body was
    body: bytes  # decoded (no content-encoding left)
    record_id: str
    date: str


def read_response(warc_handle, offset: int) -> ArchivedResponse:
    """The response (or rendered page) record at `offset` of an open pages.warc.gz (open_archive),
    its body decoded; an InputError when no such record starts there."""
    where = getattr(warc_handle, "name", WARC)
    warc_handle.seek(offset)
    try:
        record = next(iter(ArchiveIterator(warc_handle)), None)
    except ArchiveLoadFailed as exc:
        raise InputError(where, f"no readable record at offset {offset} ({exc})"[:300]) from None
    if record is None or record.rec_type not in ("response", RENDERED_RECORD):
        found = f"a '{record.rec_type}' record" if record else "nothing"
        raise InputError(where, f"the record at offset {offset} is {found}, not a response")
    warc = record.rec_headers
    if record.rec_type == RENDERED_RECORD:
        status, headers = 200, [("Content-Type", warc.get_header("Content-Type") or RENDERED_CONTENT_TYPE)]
        body = record.raw_stream.read()
    else:
        status, headers = int(record.http_headers.get_statuscode() or 0), list(record.http_headers.headers)
        body = _decoded_body(warc_handle, record, offset)
    return ArchivedResponse(warc.get_header("WARC-Target-URI") or "", record.rec_type, status, headers, body,
                            warc.get_header("WARC-Record-ID") or "", warc.get_header("WARC-Date") or "")


def _decoded_body(warc_handle, record, offset: int) -> bytes:
    """A response record's body with its Content-Encoding undone: the record holds what came
    over the wire, the scoring reads what Scrapy's HttpCompressionMiddleware made of it."""
    encodings = ",".join(value for name, value in record.http_headers.headers if name.lower() == "content-encoding")
    try:
        return decode_content(record.raw_stream.read(), encodings)
    except _decode_errors() as exc:
        raise InputError(getattr(warc_handle, "name", WARC),
                         f"the response at offset {offset} cannot be decoded as its Content-Encoding "
                         f"'{encodings}' says ({exc})"[:300]) from None


def decode_content(body: bytes, content_encoding: str) -> bytes:
    """Undo a Content-Encoding ("gzip", "br", "gzip, br": applied in that order), as Scrapy did
    before the spider saw the page; from an encoding Scrapy cannot undo on, the body is left
    as it is, as Scrapy left it."""
    for encoding in reversed([part.strip().lower() for part in content_encoding.split(",") if part.strip()]):
        decoder = _decoders().get(encoding)
        if decoder is None:
            break
        body = decoder(body)
    return body


def _inflate(body: bytes) -> bytes:
    try:
        return zlib.decompress(body)
    except zlib.error:  # raw deflate, without the zlib wrapper, as some servers send it
        return zlib.decompress(body, -zlib.MAX_WBITS)


def _optional(*modules: str):
    """The first of these modules that imports (the libraries Scrapy decodes br and zstd with), or None."""
    for name in modules:
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    return None


@functools.cache
def _decoders() -> dict:
    decoders = {"gzip": gzip.decompress, "x-gzip": gzip.decompress, "deflate": _inflate}  # as Scrapy: no identity
    if brotli := _optional("brotli", "brotlicffi"):
        decoders["br"] = brotli.decompress
    if zstd := _optional("compression.zstd", "backports.zstd"):  # compression.zstd: Python 3.14
        decoders["zstd"] = zstd.decompress
    return decoders


@functools.cache
def _decode_errors() -> tuple[type[Exception], ...]:
    errors = [OSError, EOFError, zlib.error, ValueError]
    errors += [module.error for module in [_optional("brotli", "brotlicffi")] if module and hasattr(module, "error")]
    errors += [module.ZstdError for module in [_optional("compression.zstd", "backports.zstd")] if module]
    return tuple(errors)


def _record_at(warc_handle, meta: dict, offset, rec_type: str, record_id):
    """The record of `rec_type` and `record_id` that the index line names at `offset`."""
    wanted = f"the response {record_id}" if rec_type == "response" else f"the {rec_type} record {record_id}"
    if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
        raise _not_the_response(warc_handle, meta, "no offset", offset, wanted)
    warc_handle.seek(offset)
    try:
        record = next(iter(ArchiveIterator(warc_handle)), None)
    except ArchiveLoadFailed as exc:
        raise _not_the_response(warc_handle, meta, f"unreadable ({exc})"[:200], offset, wanted) from None
    if record is None or record.rec_type != rec_type:
        raise _not_the_response(warc_handle, meta, f"a '{record.rec_type}' record" if record else "missing",
                                offset, wanted)
    if record.rec_headers.get_header("WARC-Record-ID") != record_id:
        raise _not_the_response(warc_handle, meta, f"{record.rec_headers.get_header('WARC-Record-ID')}", offset,
                                wanted)
    return record


def _not_the_response(warc_handle, meta: dict, found: str, offset=None, wanted: str = "") -> InputError:
    # Scoring never reads another record than the one its index names.
    offset = meta["warc_offset"] if offset is None else offset
    wanted = wanted or f"the response {meta['warc_record_id']}"
    return InputError(getattr(warc_handle, "name", WARC),
                      f"the record at offset {offset} is {found}, not {wanted} that {INDEX} names "
                      f"for {meta['kommunkod']}")
