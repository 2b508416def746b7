"""Run the Scrapy crawl for a register into a run folder, in one or several processes.

Scrapy is single-threaded: a national crawl shards the register across worker
processes (`--workers`), each journalling its own outcomes into the same run
folder, and the run folder is published once all have finished.
"""

import os
import subprocess
import sys
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from servicekoll.core import runfolder
from servicekoll.core.errors import RunError
from servicekoll.core.register import Municipality
from servicekoll.crawler.extensions import recorded_settings
from servicekoll.crawler.pipelines import WRITE_ERROR_STAT
from servicekoll.progress import follow_crawl

MUNICIPALITIES_PER_WORKER = 20  # below this, another process costs more than it gives


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


def crawl(register_path: str, register: list[Municipality], out: Path, only: str | None,
          overrides: dict[str, str], workers: int | None = None, verbose: bool = False) -> bool:
    """Crawl into `out` (already prepared), showing progress. True when the run folder was published."""
    # One display for every worker: the parent follows the job folder they write.
    with follow_crawl(out, register, plain=verbose):
        return _crawl(register_path, register, out, only, overrides, workers, verbose)


def _crawl(register_path: str, register: list[Municipality], out: Path, only: str | None,
           overrides: dict[str, str], workers: int | None, verbose: bool) -> bool:
    workers = workers or default_workers(len(register))
    settings_for_record = project_settings(overrides)
    if workers <= 1:
        run_shard(register_path, out, only, None, overrides, verbose, publish=True)
    else:
        processes = [subprocess.Popen(_worker_command(register_path, out, only, f"{i}/{workers}",
                                                      overrides, verbose))
                     for i in range(workers)]
        codes = [process.wait() for process in processes]
        if any(codes):
            raise RunError(f"crawl worker failed (exit statuses {codes}); rerun to resume")
        runfolder.publish(out, register, recorded_settings(settings_for_record))
    return runfolder.is_finished(out)


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
