"""Run the Scrapy crawl for a register into a run folder, in one or several processes.

Scrapy is single-threaded: a national crawl shards the register across worker
processes (`--workers`), each journalling its own outcomes into the same run
folder, and the run folder is published once all have finished.
"""

import json
import os
import signal
import subprocess
import sys
import warnings
from collections.abc import Iterable
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.exceptions import ScrapyDeprecationWarning
from scrapy.settings import Settings

from servicekoll.core import runfolder
from servicekoll.core.errors import RunError
from servicekoll.core.register import Municipality
from servicekoll.crawler.extensions import SETTINGS_RECORDED, recorded_settings
from servicekoll.crawler.pipelines import WRITE_ERROR_STAT
from servicekoll.progress import follow_crawl

MUNICIPALITIES_PER_WORKER = 20  # below this, another process costs more than it gives
# Settings that change what a terminal shows, not what is fetched: a resume may differ in them.
NOT_CRAWL_RELEVANT = {"LOG_LEVEL", "LOG_FILE", "LOG_ENABLED", "LOG_STDOUT", "LOG_FORMAT", "LOG_DATEFORMAT",
                      "SERVICEKOLL_PROGRESS", "SERVICEKOLL_PUBLISH", "SERVICEKOLL_JOURNAL"}
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def project_settings(overrides: dict[str, str], verbose: bool = False) -> Settings:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "servicekoll.crawler.settings")
    settings = Settings()
    settings.setmodule("servicekoll.crawler.settings", priority="project")
    for name, value in overrides.items():
        settings.set(name, value, priority="cmdline")
    if verbose:
        settings.set("LOG_LEVEL", "INFO", priority="cmdline")
    return settings


def default_workers(count: int) -> int:
    return max(1, min(os.cpu_count() or 1, -(-count // MUNICIPALITIES_PER_WORKER)))


def settings_record(overrides: dict[str, str], also: Iterable[str] = ()) -> dict:
    """The crawl-relevant settings in effect, as run.json records them when a run starts: the
    usual ones, every one given with -s, and `also` (the names an unfinished run recorded,
    so a resume compares them all)."""
    settings = project_settings(overrides)
    names = [*SETTINGS_RECORDED, *sorted((set(overrides) | set(also)) - set(SETTINGS_RECORDED))]
    with warnings.catch_warnings():  # reading a deprecated name to record it is no use of it
        warnings.simplefilter("ignore", ScrapyDeprecationWarning)
        return {name: json.loads(json.dumps(settings.get(name), default=str))
                for name in names if name not in NOT_CRAWL_RELEVANT}


def crawl(register_path: str, register: list[Municipality], out: Path, only: str | None,
          overrides: dict[str, str], workers: int | None = None, verbose: bool = False,
          keep_fds: tuple[int, ...] = ()) -> bool:
    """Crawl into `out` (already prepared), showing progress. True when the run folder was published.

    `keep_fds` are passed open to worker processes (the run folder's lock, so that workers
    outliving a killed parent still hold it)."""
    # One display for every worker: the parent follows the job folder they write.
    with follow_crawl(out, register, plain=verbose):
        published = _crawl(register_path, register, out, only, overrides, workers, verbose, keep_fds)
    if published:
        from servicekoll.waczpack import pack_wacz

        pack_wacz(out)  # the published archive packed for web-archive players
    return published


def _crawl(register_path: str, register: list[Municipality], out: Path, only: str | None,
           overrides: dict[str, str], workers: int | None, verbose: bool, keep_fds: tuple[int, ...]) -> bool:
    workers = workers or default_workers(len(register))
    settings_for_record = recorded_settings(project_settings(overrides))
    if workers <= 1:
        run_shard(register_path, out, only, None, overrides, verbose, publish=True)
        return runfolder.is_finished(out)
    commands = [_worker_command(register_path, out, only, f"{i}/{workers}", overrides, verbose)
                for i in range(workers)]
    codes, stopped_by = run_workers(commands, keep_fds)
    if any(codes) and not stopped_by:
        raise RunError(f"crawl worker failed (exit statuses {codes}); rerun to resume")
    # Publishes when every municipality is journalled; else records the progress in run.json.
    published = runfolder.publish(out, register, settings_for_record)
    if stopped_by and not published:
        raise RunError(f"stopped by {stopped_by}: every worker has stopped and what they finished is "
                       f"journalled in {out}/job; run the same command again to resume")
    return published


def run_workers(commands: list[list[str]], keep_fds: tuple[int, ...] = ()) -> tuple[list[int], str]:
    """Run the worker processes to their end; SIGINT or SIGTERM to this process is passed on
    to every worker (each stops as Scrapy does: finish what is in flight, close the archive)
    and then waited for, so none is left running. Returns the exit statuses and the name of
    the signal that stopped them ('' when none did)."""
    processes: list[subprocess.Popen] = []
    received: list[int] = []

    def forward(signum, frame):
        received.append(signum)
        for process in processes:
            if process.poll() is None:
                process.send_signal(signum)

    previous = {signum: signal.signal(signum, forward) for signum in STOP_SIGNALS}
    try:
        for command in commands:
            if received:
                break  # stopped while starting: start no more
            # Own process group: a Ctrl-C on the terminal reaches the parent only, which passes
            # it on once (two SIGINTs would make Scrapy stop uncleanly).
            processes.append(subprocess.Popen(command, process_group=0, pass_fds=keep_fds))
            if received:  # the signal came while this one was being started
                processes[-1].send_signal(received[-1])
        codes = [process.wait() for process in processes]
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return codes, signal.Signals(received[0]).name if received else ""


def run_shard(register_path: str, out: Path, only: str | None, shard: str | None,
              overrides: dict[str, str], verbose: bool, publish: bool) -> None:
    settings = project_settings(overrides, verbose)
    settings.set("SERVICEKOLL_PUBLISH", publish, priority="cmdline")
    settings.set("SERVICEKOLL_PROGRESS", False, priority="cmdline")  # servicekoll.progress shows it
    if shard:
        settings.set("SERVICEKOLL_JOURNAL", "w" + shard.split("/")[0], priority="cmdline")
    settings.set("LOG_INSTALL_ROOT_HANDLER", True, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler("municipalities")
    process.crawl(crawler, municipalities=register_path, out=str(out), only=only, shard=shard)
    process.start()
    error = crawler.stats.get_value(WRITE_ERROR_STAT)
    if error:
        raise RunError(f"writing to the run folder failed: {error}. What was archived so far is kept "
                       f"in {out}/job; free space or fix permissions, then run the same command to resume")


def _worker_command(register_path, out, only, shard, overrides, verbose) -> list[str]:
    command = [sys.executable, "-m", "servicekoll.worker", "--register", register_path, "--out", str(out),
               "--shard", shard]
    if only:
        command += ["--only", only]
    if verbose:
        command.append("--verbose")
    for name, value in overrides.items():
        command += ["-s", f"{name}={value}"]
    return command
