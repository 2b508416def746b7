"""Helpers shared by the benchmarks: start/stop the farm, write a register, measure a child."""

import csv
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"


@contextmanager
def farm(sites: int, seed: int = 2026):
    """Start the farm in its own process; yields (site list, stats dict filled on exit)."""
    tmp = Path(tempfile.mkdtemp(prefix="servicekoll-farm-"))
    ready, cpu, latencies = tmp / "ready.json", tmp / "cpu.json", tmp / "latency.log"
    process = subprocess.Popen([sys.executable, "-m", "bench.farm", "--sites", str(sites), "--seed", str(seed),
                                "--ready-file", str(ready), "--cpu-file", str(cpu), "--latency-log", str(latencies)],
                               cwd=ROOT)
    deadline = time.monotonic() + 60
    while not ready.exists() or not ready.read_text():
        if time.monotonic() > deadline or process.poll() is not None:
            raise RuntimeError("the farm did not start")
        time.sleep(0.05)
    time.sleep(0.1)
    stats: dict = {"latency_log": latencies}
    try:
        yield json.loads(ready.read_text()), stats
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
        if cpu.exists():
            stats.update(json.loads(cpu.read_text()))


def write_register(sites: list[dict], path: Path) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["kommunkod", "kommun", "lan_kod", "lan", "url"])
        for site in sites:
            port = site["port"] or 9  # refused: nothing listens on the discard port
            writer.writerow([f"{site['index']:04d}", site["name"], "99", "Farmlän", f"http://127.0.0.1:{port}/"])
    return path


def measure(command: list[str], env: dict | None = None, cwd: Path = ROOT) -> dict:
    """Run a command in a fresh measuring process: wall time, CPU of it and its children,
    peak RSS of its largest process. `cwd` is where `python -m` finds its packages first:
    another checkout's folder measures that checkout's code."""
    # By path, not `-m bench.measure`: `cwd` may be outside this work tree.
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "measure.py"), "--", *command], cwd=cwd,
                            env={**os.environ, **(env or {})}, capture_output=True, text=True)
    if result.returncode != 0 or not result.stdout.strip():
        raise RuntimeError(f"measuring {' '.join(command)} failed:\n{result.stderr[-3000:]}")
    data = json.loads(result.stdout.strip().splitlines()[-1])
    if data["returncode"] != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{data['stderr']}")
    return data


def median(values: list[float]) -> float:
    return statistics.median(values)


def write_result(name: str, data: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def count_lines(path: Path) -> int:
    return sum(1 for _ in open(path, encoding="utf-8"))
