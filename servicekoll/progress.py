"""What a user sees while a run works: one progress display per stage, and a closing summary.

The crawl's workers are separate processes, so the parent does not listen to
them: it follows the job folder they all write (each municipality's part index
and the outcome journals, located by servicekoll.core.runfolder). That gives
one count across every worker, and a resumed run starts from what is already
done. On a terminal the counts are a live rich display on stderr; anywhere
else (a log file, CI, a pipe) a plain line every few seconds. Results stay
on stdout.
"""

import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn

from servicekoll.core import runfolder
from servicekoll.core.register import Municipality

PLAIN_INTERVAL = 5.0  # seconds between plain lines: often enough to see it move, few enough for a log
POLL_INTERVAL = 0.5  # seconds between looks at the job folder (290 stat calls and one journal read)


@dataclass(frozen=True)
class Counts:
    done: int
    total: int
    pages: int | None = None  # crawl only
    not_judged: int | None = None  # crawl only: unreachable, blocked, not_html, needs_browser
    pages_of_done: int = 0  # crawl only: pages of the municipalities done ...
    pages_of_judged: int = 0  # ... and of those among them that could be judged


def clock_text(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def remaining_seconds(counts: Counts, at_start: Counts, elapsed: float) -> float | None:
    """Time left at the pace of this invocation (a resume's earlier work took no time here).

    A crawl works on every municipality at once, so municipalities done per second
    says little until the end (the unreachable ones finish first). Once one judged
    municipality is done, its pages tell how many the others still need, and the
    pages fetched per second how long that takes. None while nothing is known."""
    if counts.done >= counts.total:
        return 0.0
    if counts.pages is not None:
        judged_done = counts.done - (counts.not_judged or 0)
        # what was done before this invocation is kept; its unfinished parts are fetched again
        fetched_here = counts.pages - at_start.pages_of_done
        if judged_done <= 0 or fetched_here <= 0 or elapsed <= 0:
            return None
        expected = (counts.total - counts.done) * counts.pages_of_judged / judged_done
        in_progress = counts.pages - counts.pages_of_done
        return max(expected - in_progress, 0.0) / (fetched_here / elapsed)
    finished_here = counts.done - at_start.done
    if finished_here <= 0:
        return None
    return (counts.total - counts.done) * elapsed / finished_here


def status_text(counts: Counts, elapsed: float, remaining: float | None) -> str:
    parts = [f"{counts.done}/{counts.total} municipalities"]
    if counts.pages is not None:
        parts.append(f"{counts.pages} pages")
    if counts.not_judged is not None:
        parts.append(f"{counts.not_judged} not judged")
    parts.append(f"elapsed {clock_text(elapsed)}")
    if counts.done < counts.total:
        parts.append("remaining " + ("unknown yet" if remaining is None else f"~{clock_text(remaining)}"))
    return ", ".join(parts)


def stderr_console() -> Console:
    return Console(stderr=True)


def is_live(console: Console) -> bool:
    return console.is_terminal and not console.is_dumb_terminal


class StageDisplay:
    """One stage's progress (crawl, score): a live bar on a terminal, else plain lines."""

    def __init__(self, stage: str, live: bool, console: Console | None = None,
                 interval: float = PLAIN_INTERVAL, clock: Callable[[], float] = time.monotonic):
        self.stage = stage
        self.console = console or stderr_console()
        self.live = live
        self.interval = interval
        self.clock = clock
        self.started = clock()
        self.at_start: Counts | None = None
        self.last_line = self.started
        self.progress: Progress | None = None
        self.task = None

    def update(self, counts: Counts, last: bool = False) -> None:
        first = self.at_start is None
        if first:
            self.at_start = counts
            self._open(counts)
        elapsed = self.clock() - self.started
        text = status_text(counts, elapsed, remaining_seconds(counts, self.at_start, elapsed))
        if self.progress is not None:
            self.progress.update(self.task, completed=counts.done, total=counts.total, status=text)
        elif first or last or self.clock() - self.last_line >= self.interval:
            self._plain(text)

    def finish(self, counts: Counts) -> float:
        """The last count, always shown; returns the stage's elapsed seconds."""
        self.update(counts, last=True)
        self.close()
        return self.clock() - self.started

    def close(self) -> None:
        """Stop a live display without a last count (the stage failed or was interrupted)."""
        if self.progress is not None:
            self.progress.stop()

    def _open(self, counts: Counts) -> None:
        if not self.live:
            return
        self.progress = Progress(TextColumn(f"[bold]{self.stage}"), BarColumn(),
                                 TextColumn("{task.fields[status]}"), console=self.console)
        self.task = self.progress.add_task(self.stage, total=counts.total, completed=counts.done, status="")
        self.progress.start()

    def _plain(self, text: str) -> None:
        self.last_line = self.clock()
        print(f"{self.stage}: {text}", file=sys.stderr, flush=True)


class JobFollower:
    """Counts a crawl from its job folder: municipalities journalled, pages in their part indexes."""

    def __init__(self, out: Path, register: list[Municipality]):
        self.out = Path(out)
        self.codes = [m.kommunkod for m in register]
        # Built once: making 290 paths on every poll cost more than looking at the files.
        self.indexes = {code: str(runfolder.part_paths(self.out, code)[1]) for code in self.codes}
        self.read: dict[str, tuple[int, int, int]] = {}  # kommunkod -> (inode, bytes read, lines in them)

    def counts(self) -> Counts:
        outcomes = runfolder.read_journal(self.out)
        pages = {code: self._pages(code) for code in self.codes}
        done = {code: outcomes[code]["status"] for code in self.codes if code in outcomes}
        return Counts(done=len(done), total=len(self.codes), pages=sum(pages.values()),
                      not_judged=sum(status != "ok" for status in done.values()),
                      pages_of_done=sum(pages[code] for code in done),
                      pages_of_judged=sum(pages[code] for code, status in done.items() if status == "ok"))

    def _pages(self, code: str) -> int:
        """Lines of the part index, read incrementally; a part discarded and begun again
        (a resumed municipality) is counted afresh."""
        index = self.indexes[code]
        try:
            stat = os.stat(index)
        except FileNotFoundError:
            self.read.pop(code, None)
            return 0
        inode, offset, lines = self.read.get(code, (stat.st_ino, 0, 0))
        if inode != stat.st_ino or stat.st_size < offset:
            inode, offset, lines = stat.st_ino, 0, 0
        if stat.st_size > offset:
            with open(index, "rb") as handle:
                handle.seek(offset)
                chunk = handle.read(stat.st_size - offset)
            offset += len(chunk)
            lines += chunk.count(b"\n")  # a torn last line is counted once it is whole
        self.read[code] = (inode, offset, lines)
        return lines


@contextmanager
def follow_crawl(out: Path, register: list[Municipality], plain: bool = False) -> Iterator[None]:
    """Show the crawl's progress while the block runs (in this process or in workers).

    plain: never the live display (e.g. with --verbose, when Scrapy's own log shares stderr)."""
    console = stderr_console()
    display = StageDisplay("crawl", live=is_live(console) and not plain, console=console)
    follower = JobFollower(out, register)
    stop = threading.Event()

    def poll() -> None:
        while not stop.wait(POLL_INTERVAL):
            display.update(follower.counts())

    display.update(follower.counts())
    thread = threading.Thread(target=poll, name="servicekoll-progress", daemon=True)
    thread.start()
    finished = False
    try:
        yield
        finished = True
    finally:
        stop.set()
        thread.join()
        if finished:
            display.finish(follower.counts())
        else:
            display.close()


@contextmanager
def scoring_progress() -> Iterator[Callable[[int, int], None]]:
    """A callback `report(done, total)` for servicekoll.scoring.run.score_run."""
    console = stderr_console()
    display = StageDisplay("score", live=is_live(console), console=console)
    last = Counts(0, 0)

    def report(done: int, total: int) -> None:
        nonlocal last
        last = Counts(done, total)
        display.update(last)

    finished = False
    try:
        yield report
        finished = True
    finally:
        if finished:
            display.finish(last)
        else:
            display.close()


def summary(verb: str, out: Path, seconds: dict[str, float]) -> str:
    """The closing lines: counts by status, time taken, where the files are."""
    run = runfolder.read_run_json(out)
    counts = run.get("counts_by_status", {})
    total = sum(counts.values())
    stages = ", ".join(f"{stage} {clock_text(took)}" for stage, took in seconds.items())
    by_status = ", ".join(f"{count} {status}" for status, count in counts.items())
    files = [name for name in runfolder.PUBLISHED if (Path(out) / name).exists()]
    return "\n".join([
        f"servicekoll {verb}: done in {clock_text(sum(seconds.values()))} ({stages})",
        f"  {total} {'municipality' if total == 1 else 'municipalities'}: {by_status}; "
        f"{run.get('pages', 0)} pages archived",
        f"  files in {Path(out).resolve()}: {', '.join(files)}",
    ])


def print_summary(verb: str, out: Path, seconds: dict[str, float]) -> None:
    print(summary(verb, out, seconds), file=sys.stderr, flush=True)
