"""Scoring benchmark: pages/s on one core over a farm run's archive, next to the floor
(a bare lxml parse plus link walk of the same pages), and `servicekoll score` end to end.

    python -m bench.score            # archive of a 290-site farm crawl (budget 40)
    python -m bench.score --quick    # 20 sites, budget 10

Prints a table and writes bench/results/score.json (or score-quick.json).
"""

import argparse
import sys
import tempfile
import time
from pathlib import Path

import lxml.html
from servicekoll.scoring.page import decode_html

from bench.common import ROOT, farm, measure, median, write_register, write_result
from bench.scoring_work import load_pages, score_pages


def crawl_farm(sites: int, budget: int, tmp: Path) -> Path:
    out = tmp / "run"
    with farm(sites) as (farm_sites, _):
        register = write_register(farm_sites, tmp / "register.csv")
        measure([sys.executable, "-m", "servicekoll", "crawl", "--municipalities", str(register), "--out", str(out),
                 "-s", f"SERVICEKOLL_PAGE_BUDGET={budget}", "-s", "DOWNLOAD_DELAY=0",
                 "-s", "AUTOTHROTTLE_ENABLED=False"])
    return out


def floor(pages: dict) -> float:
    """CPU seconds for a bare lxml parse and a walk of every link (text and href)."""
    started = time.process_time()
    for archived in pages.values():
        for p in archived:
            root = lxml.html.document_fromstring(decode_html(p.body, p.content_type))
            for anchor in root.iter("a"):
                anchor.text_content()
                anchor.get("href")
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description="scoring benchmark")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int)
    parser.add_argument("--run-folder", help="score this run folder's archive instead of crawling the farm")
    args = parser.parse_args()
    sites, budget = (20, 10) if args.quick else (290, 40)
    runs = args.runs or (1 if args.quick else 3)
    tmp = Path(tempfile.mkdtemp(prefix="servicekoll-bench-score-"))
    out = Path(args.run_folder) if args.run_folder else crawl_farm(sites, budget, tmp)
    pages = load_pages(out)
    count = sum(len(v) for v in pages.values())
    size_kb = median([len(p.body) / 1024 for v in pages.values() for p in v])
    ours_s, floor_s = [], []
    for _ in range(runs):  # side by side in one run, alternating
        ours_s.append(score_pages(pages))
        floor_s.append(floor(pages))
    end_to_end = [measure([sys.executable, "-m", "servicekoll", "score", str(out)])["wall_s"] for _ in range(runs)]
    data = {"sites": sites, "pages": count, "median_page_kb": round(size_kb, 1), "runs": runs,
            "pages_per_s": round(count / median(ours_s), 1),
            "floor_pages_per_s": round(count / median(floor_s), 1),
            "ratio_to_lxml_floor": round(median(ours_s) / median(floor_s), 2),
            "score_wall_s": round(median(end_to_end), 2)}
    path = write_result("score-quick" if args.quick else "score", data)
    print(f"{count} pages (median {size_kb:.0f} KB), {runs} runs, one core")
    print(f"ours: {data['pages_per_s']} pages/s   lxml floor: {data['floor_pages_per_s']} pages/s   "
          f"ratio {data['ratio_to_lxml_floor']}x")
    print(f"servicekoll score end to end: {data['score_wall_s']} s")
    print(f"written: {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
