"""What each verb does, in order: check input, then work, then publish."""

import os
import time
from pathlib import Path

from servicekoll.core import runfolder
from servicekoll.core.errors import InputError, RunError
from servicekoll.core.register import DEFAULT_REGISTER, load_register, select


def crawl_and_maybe_score(verb: str, register_path: str | None, out: Path, only: str | None,
                          overrides: dict[str, str], workers: int | None, force: bool, verbose: bool,
                          override_file: str | None, previous: str | None, creator: str | None = None,
                          history: list[Path] | None = None) -> int:
    """`creator` names who starts the run folder (the verb, or "demo"): the demo may replace
    its own earlier demo, never anything else."""
    from servicekoll.crawl import crawl
    from servicekoll.crawler.render import check_render_setting

    if problem := check_render_setting(overrides):  # before any request, like the register
        raise InputError("-s", problem, field="SERVICEKOLL_RENDER")
    register_path = str(register_path or DEFAULT_REGISTER)
    register = select(load_register(register_path), only, register_path)
    if override_file:  # checked before any request, like the register
        from servicekoll.scoring.overrides import load_overrides

        load_overrides(override_file, {m.kommunkod for m in register})
    if previous and not (Path(previous) / "ranking.csv").exists():
        raise InputError(previous, "is not a scored run folder (no ranking.csv)", field="--previous")
    check_history(history or [])
    lock = runfolder.prepare(out, register, _settings_record(out, overrides), creator=creator or verb,
                             force=force, register_source=register_path)
    started = time.monotonic()
    try:
        published = crawl(register_path, register, out, only, overrides, workers, verbose, keep_fds=(lock,))
    except OSError as exc:
        raise RunError(f"{out}: {exc}") from exc
    finally:
        os.close(lock)
    if not published:
        raise RunError(f"crawl of {out} did not finish; run the same command again to resume")
    print(f"crawl finished: {out}")
    seconds = {"crawl": time.monotonic() - started}
    from servicekoll.progress import print_summary

    if verb == "run":
        return score(out, override_file, previous, seconds, verb="run", history=history)
    print_summary(verb, out, seconds)
    return 0


def check_history(history: list[Path]) -> None:
    """--history: every folder a scored run, read before any request or write."""
    from servicekoll.trend import read_run

    for folder in history:
        read_run(folder)


def score(out: Path, override_file: str | None, previous: str | None,
          seconds: dict[str, float] | None = None, verb: str = "score", history: list[Path] | None = None) -> int:
    """Score and publish; `seconds` are the stages before (a run's crawl), for the summary.
    `history`: earlier run folders, for the report's trend section."""
    from servicekoll.progress import print_summary, scoring_progress
    from servicekoll.publish import score_and_publish
    from servicekoll.report import print_ranking_table, publishing

    check_history(history or [])
    started = time.monotonic()
    with scoring_progress() as progress, publishing(out, history or []):
        ranking = score_and_publish(out, override_file, previous, progress)
    seconds = {**(seconds or {}), "score": time.monotonic() - started}
    print_ranking_table(ranking)
    print(f"report: {(out / 'report.html').resolve()}")
    print_summary(verb, out, seconds)
    return 0


def compare(old: Path, new: Path, out_csv: str | None) -> int:
    from servicekoll.compare import compare_runs, write_comparison

    changes = compare_runs(old, new)
    target = Path(out_csv) if out_csv else new / "compare.csv"
    write_comparison(changes, target)
    print(f"compared {old} -> {new}: {target}")
    return 0


def trend(folders: list[Path], out: Path) -> int:
    from servicekoll.trend import TREND_CSV, TREND_HTML, write_trend

    result = write_trend(folders, out)
    years = ", ".join(str(year) for year in result.years)
    print(f"trend of {len(result.years)} runs ({years}): {out / TREND_CSV}, {out / TREND_HTML}")
    return 0


def calllist(out: Path, out_csv: str | None, list_checked: bool = False) -> int:
    from servicekoll.calllist import write_calllist

    target = Path(out_csv) if out_csv else out / "calllist.csv"
    count = write_calllist(out, target, list_checked)
    print(f"{count} municipalities to phone: {target}")
    return 0


def agree(labels: Path, run_dir: Path, out_csv: str | None, out_json: str | None) -> int:
    from servicekoll.agree import agree as measure_agreement
    from servicekoll.agree import format_report, write_csv, write_json

    result = measure_agreement(labels, run_dir)
    print(format_report(result))
    if out_csv:
        written = write_csv(result, Path(out_csv))
        print("written: " + ", ".join(str(path) for path in written))
    if out_json:
        print(f"written: {write_json(result, Path(out_json))}")
    return 0


def demo(out: Path, force: bool = False) -> int:
    from servicekoll.demo import run_demo

    return run_demo(out, force)


def show(out: Path, kommunkod: str | None, port: int) -> int:
    from servicekoll.show import show as serve_viewer

    return serve_viewer(out, kommunkod, port)


def _settings_record(out: Path, overrides: dict[str, str]) -> dict:
    """The crawl settings in effect, including every one an unfinished run at `out` recorded
    when it started, so that a resume is compared on all of them."""
    from servicekoll.crawl import settings_record

    started = runfolder.read_run_json(out)
    recorded = started.get("settings") if isinstance(started, dict) else None
    return settings_record(overrides, recorded if isinstance(recorded, dict) else ())
