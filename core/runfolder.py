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
import hashlib
import io
import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import scrapy
from servicekoll.core import RUBRIC_VERSION, __version__
from servicekoll.core.atomic import atomic_open
from servicekoll.core.errors import InputError
from servicekoll.core.lexicon import load_lexicon
from servicekoll.core.register import COLUMNS as REGISTER_COLUMNS
from servicekoll.core.register import Municipality, load_register
from warcio.archiveiterator import ArchiveIterator

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
PUBLISHED = (REGISTER, WARC, INDEX, OUTCOMES, RUN_JSON, ASPECTS, EVIDENCE, RANKING, REPORT)
OUTCOME_COLUMNS = ("kommunkod", "status", "status_reason", "pages", "final_url")
# What a finished (crawled and published) run folder holds before scoring.
REQUIRED = (RUN_JSON, INDEX, WARC, OUTCOMES)


def parts_dir(out: Path) -> Path:
    return Path(out) / JOB / "parts"


def part_paths(out: Path, code: str) -> tuple[Path, Path]:
    folder = parts_dir(out)
    return folder / f"{code}.warc.gz", folder / f"{code}.jsonl"


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
    for path in part_paths(out, code):
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


def prepare(out: Path, force: bool = False) -> None:
    """Check the run folder before any request: finished runs are kept unless --force,
    and the folder must be writable. Raises InputError (exit 2)."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise InputError(out, "--out exists and is not a folder", field="--out")
    if is_finished(out):
        if not force:
            raise InputError(out, "holds a finished run; give --force to overwrite it, or another --out",
                             field="--out")
        for name in PUBLISHED:
            (out / name).unlink(missing_ok=True)
        shutil.rmtree(out / JOB, ignore_errors=True)
    try:
        (out / JOB / "parts").mkdir(parents=True, exist_ok=True)
        probe = out / JOB / ".write-test"
        probe.write_text("ok", encoding="utf-8")
        probe.unlink()
    except OSError as exc:
        raise InputError(out, f"run folder is not writable: {exc.strerror}", field="--out") from exc
    started = read_run_json(out)
    if not started:
        write_run_json(out, {"started": now(), "finished": None, "versions": versions()})


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
    run.update({"versions": versions(), "settings": settings, "register": REGISTER,
                "register_sha256": register_sha256(register),
                "municipalities": len(register)})
    if missing:
        run.update({"finished": None, "interrupted": True, "missing": len(missing)})
        write_run_json(out, run)
        return False
    pages = _merge_parts(out, register)
    with atomic_open(out / REGISTER) as handle:
        handle.write(register_csv(register))
    with atomic_open(out / OUTCOMES) as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(OUTCOME_COLUMNS)
        for m in register:
            record = outcomes[m.kommunkod]
            writer.writerow([m.kommunkod, record["status"], record["status_reason"], record["pages"],
                             record["final_url"]])
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
               warc_offset: int, warc_length: int) -> str:
    """One pages.jsonl line (the crawler's part files hold the same lines, offsets per part)."""
    return json.dumps({
        "kommunkod": kommunkod, "url": url, "final_url": final_url, "status": status, "depth": depth,
        "referer": referer, "content_type": content_type, "fetched_at": fetched_at,
        "redirects": redirects, "warc_record_id": warc_record_id, "warc_offset": warc_offset,
        "warc_length": warc_length}, ensure_ascii=False) + "\n"


def _merge_parts(out: Path, register: list[Municipality]) -> int:
    """Concatenate part WARCs (each record its own gzip member, so concatenation is a
    valid WARC) and rebase the offsets in pages.jsonl."""
    pages = 0
    with atomic_open(out / WARC, "wb") as warc, atomic_open(out / INDEX) as index:
        for m in register:
            warc_part, index_part = part_paths(out, m.kommunkod)
            if not index_part.exists():
                continue
            base = warc.tell()
            with open(warc_part, "rb") as source:
                shutil.copyfileobj(source, warc, 1024 * 1024)
            for line in index_part.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                record["warc_offset"] += base
                index.write(json.dumps(record, ensure_ascii=False) + "\n")
                pages += 1
    return pages


# Reading a published run folder (scoring, benchmarks, publication).


@dataclass(frozen=True)
class ArchivedPage:
    meta: dict  # the pages.jsonl line
    body: bytes
    content_type: str


def open_archive(out: Path):
    """The run folder's WARC, opened for reading by offset."""
    return open(Path(out) / WARC, "rb")


def check_run_folder(out: Path) -> None:
    out = Path(out)
    if not out.is_dir():
        raise InputError(out, "no such run folder")
    missing = [name for name in REQUIRED if not (out / name).exists()]
    if missing:
        raise InputError(out, f"is not a finished run folder (missing {', '.join(missing)}); "
                              "crawl into it first, or resume the crawl")


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
