"""The benchmarks run (--quick) and write their result files. No timing is asserted:
speed is measured by bench/, on purpose, never by tests."""

import json
import subprocess
import sys

from tests.conftest import ROOT

CRAWL_KEYS = {"wall_s", "bound_s", "wall_over_bound", "pages", "pages_per_s", "cpu_ms_per_page", "peak_rss_mb",
              "cpu_vs_crawlspider", "cpu_vs_floor"}
SCORE_KEYS = {"pages_per_s", "ratio_to_lxml_floor", "score_wall_s"}


def run_bench(module: str) -> dict:
    result = subprocess.run([sys.executable, "-m", module, "--quick"], cwd=ROOT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    name = module.split(".")[1] + "-quick"
    return json.loads((ROOT / "bench" / "results" / f"{name}.json").read_text())


def test_crawl_benchmark_quick_runs_and_reports_every_key():
    data = run_bench("bench.crawl")
    assert set(data) >= CRAWL_KEYS
    assert data["pages"] > 0 and data["crawlspider"]["pages"] > 0 and data["aiohttp_floor"]["pages"] > 0


def test_score_benchmark_quick_runs_and_reports_every_key():
    data = run_bench("bench.score")
    assert set(data) >= SCORE_KEYS
    assert data["pages"] > 0
