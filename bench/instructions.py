"""Scoring cost in machine instructions (valgrind's callgrind), which the load of a shared
machine does not move, where pages/s on it can swing by a third within an hour.

    python -m bench.instructions --run-folder RUN            # this checkout
    python -m bench.instructions --baseline-python OLD/bin/python   # and another, side by side

Counts the instructions of bench/scoring_work.py parsing and scoring the first
municipalities' pages twice, less a run that only loads them (setup), for this checkout's
Python and, with --baseline-python, for a virtual environment with another checkout
installed (the script imports servicekoll only, so each interpreter scores with its own).
Without --run-folder it crawls a farm of that many sites first. Writes
bench/results/instructions.json.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import ROOT, write_result
from bench.score import crawl_farm

WORK = ROOT / "bench" / "scoring_work.py"
COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def instructions(python: str, run_folder: Path, municipalities: int, repeats: int,
                 setup_only: bool) -> tuple[int, str, str]:
    """Instructions counted, pages scored and the file the scoring came from."""
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", python, str(WORK),
               str(run_folder), "--municipalities", str(municipalities), "--repeats", str(repeats)]
    if setup_only:
        command.append("--setup-only")
    # A neutral folder: nothing there can stand in for the interpreter's own servicekoll.
    result = subprocess.run(command, cwd=tempfile.gettempdir(), capture_output=True, text=True,
                            env={**os.environ, "PYTHONHASHSEED": "0"})
    found = COLLECTED.search(result.stderr)
    if result.returncode != 0 or not found:
        raise SystemExit(f"callgrind of {python} failed:\n{result.stderr[-3000:]}")
    pages, scored_by = result.stdout.split(maxsplit=1)
    return int(found.group(1)), pages, scored_by.strip()


def side(python: str, run_folder: Path, municipalities: int, repeats: int) -> dict:
    full, pages, scored_by = instructions(python, run_folder, municipalities, repeats, setup_only=False)
    setup, _, _ = instructions(python, run_folder, municipalities, repeats, setup_only=True)
    print(f"{python}: {pages} pages scored {repeats} times by {scored_by}")
    return {"python": python, "scored_by": scored_by, "pages": int(pages), "full": full, "setup": setup,
            "scoring": full - setup}


def main() -> None:
    parser = argparse.ArgumentParser(description="scoring instructions, side by side")
    parser.add_argument("--run-folder", type=Path, help="score this run folder's archive (default: crawl a farm)")
    parser.add_argument("--municipalities", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--baseline-python", help="the Python of a virtual environment with another checkout")
    args = parser.parse_args()
    run_folder = args.run_folder or crawl_farm(args.municipalities, 40,
                                               Path(tempfile.mkdtemp(prefix="servicekoll-bench-instr-")))
    data = {"run_folder": str(run_folder), "municipalities": args.municipalities, "repeats": args.repeats,
            "ours": side(sys.executable, run_folder, args.municipalities, args.repeats)}
    print(f"ours: {data['ours']['full'] / 1e9:.2f} G - {data['ours']['setup'] / 1e9:.2f} G setup = "
          f"{data['ours']['scoring'] / 1e9:.2f} G")
    if args.baseline_python:
        data["baseline"] = side(args.baseline_python, run_folder, args.municipalities, args.repeats)
        data["pages_per_s_relative_to_baseline"] = round(data["baseline"]["scoring"] / data["ours"]["scoring"], 3)
        print(f"baseline: {data['baseline']['full'] / 1e9:.2f} G - {data['baseline']['setup'] / 1e9:.2f} G setup "
              f"= {data['baseline']['scoring'] / 1e9:.2f} G")
        print(f"pages/s relative to the baseline: {data['pages_per_s_relative_to_baseline']}")
    print(f"written: {write_result('instructions', data).relative_to(ROOT)}")


if __name__ == "__main__":
    main()
