"""Crawl benchmark: `servicekoll crawl` on the simulated national farm, with production
defaults, next to a plain Scrapy CrawlSpider and a minimal aiohttp crawler.

    python -m bench.crawl            # 290 sites, budget 40, delay 1 s, 3 runs (about 6 minutes)
    python -m bench.crawl --quick    # 20 sites, budget 10, delay 0.25 s, 1 run (under 2 minutes)

Prints a table and writes bench/results/crawl.json (or crawl-quick.json).
"""

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from bench.common import ROOT, count_lines, farm, measure, median, write_register, write_result


def politeness_bound(run: Path, delay: float, one_latency: float) -> float:
    """For each municipality, pages actually fetched x download delay; the largest, plus one latency."""
    pages: dict[str, int] = {}
    for line in (run / "pages.jsonl").read_text(encoding="utf-8").splitlines():
        code = json.loads(line)["kommunkod"]
        pages[code] = pages.get(code, 0) + 1
    return max(pages.values()) * delay + one_latency


def latency_aware_bound(latency_log: Path, start: int, end: int, delay: float) -> float:
    """The same bound with the farm's own latencies: a request cannot start before the
    previous one of its municipality has answered, so each costs max(delay, latency).
    Over the responses the farm served during our crawl (bytes start..end of its log)."""
    with open(latency_log, "rb") as handle:
        handle.seek(start)
        lines = handle.read(end - start).decode().splitlines()
    per_site: dict[str, float] = {}
    for line in lines:
        site, latency = line.split("\t")
        per_site[site] = per_site.get(site, 0.0) + max(delay, float(latency))
    return max(per_site.values())


def run_ours(register: Path, tmp: Path, budget: int, delay: float, workers: int | None,
             latency_log: Path | None = None) -> dict:
    out = tmp / "ours"
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "servicekoll", "crawl", "--municipalities", str(register), "--out", str(out),
               "-s", f"SERVICEKOLL_PAGE_BUDGET={budget}", "-s", f"DOWNLOAD_DELAY={delay}",
               "-s", f"AUTOTHROTTLE_START_DELAY={delay}"]
    if workers:
        command += ["--workers", str(workers)]
    log_start = latency_log.stat().st_size if latency_log and latency_log.exists() else 0
    result = measure(command)
    result["pages"] = count_lines(out / "pages.jsonl")
    result["bound_s"] = politeness_bound(out, delay, 0.12)
    if latency_log and latency_log.exists():
        result["latency_bound_s"] = latency_aware_bound(latency_log, log_start, latency_log.stat().st_size, delay)
    return result


def run_peer(peer: str, register: Path, tmp: Path, budget: int) -> dict:
    out = tmp / peer
    shutil.rmtree(out, ignore_errors=True)
    result = measure([sys.executable, "-m", "bench.peers", peer, "--register", str(register), "--out", str(out),
                      "--budget", str(budget)])
    result["pages"] = int(result["stdout"].split("pages=")[1].split()[0])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description="crawl benchmark")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int)
    parser.add_argument("--sites", type=int)
    parser.add_argument("--workers", type=int, help="our crawl's --workers (default: its own default)")
    args = parser.parse_args()
    sites = args.sites or (20 if args.quick else 290)
    budget, delay = (10, 0.25) if args.quick else (40, 1.0)
    runs = args.runs or (1 if args.quick else 3)
    tmp = Path(tempfile.mkdtemp(prefix="servicekoll-bench-"))
    ours, crawlspider, floor, farm_cpu = [], [], [], []
    with farm(sites) as (farm_sites, farm_stats):
        register = write_register(farm_sites, tmp / "register.csv")
        for _ in range(runs):
            ours.append(run_ours(register, tmp, budget, delay, args.workers, farm_stats["latency_log"]))
            crawlspider.append(run_peer("crawlspider", register, tmp, budget))
            floor.append(run_peer("aiohttp", register, tmp, budget))
    farm_cpu = farm_stats.get("cpu_s", float("nan"))

    def per_page(results):
        return median([r["cpu_s"] * 1000 / max(r["pages"], 1) for r in results])

    wall = median([r["wall_s"] for r in ours])
    bound = median([r["bound_s"] for r in ours])
    pages = median([r["pages"] for r in ours])
    cpu_ms = per_page(ours)
    data = {
        "sites": sites, "budget": budget, "delay_s": delay, "runs": runs,
        "wall_s": round(wall, 2), "bound_s": round(bound, 2), "wall_over_bound": round(wall / bound, 3),
        "pages": pages, "pages_per_s": round(pages / wall, 1), "cpu_ms_per_page": round(cpu_ms, 2),
        "peak_rss_mb": round(max(r["peak_rss_mb"] for r in ours), 1),
        "cpu_vs_crawlspider": round(cpu_ms / per_page(crawlspider), 3),
        "cpu_vs_floor": round(cpu_ms / per_page(floor), 3),
        "crawlspider": {"cpu_ms_per_page": round(per_page(crawlspider), 2),
                        "pages": median([r["pages"] for r in crawlspider]),
                        "wall_s": round(median([r["wall_s"] for r in crawlspider]), 2),
                        "peak_rss_mb": round(max(r["peak_rss_mb"] for r in crawlspider), 1)},
        "aiohttp_floor": {"cpu_ms_per_page": round(per_page(floor), 2), "pages": median([r["pages"] for r in floor]),
                          "wall_s": round(median([r["wall_s"] for r in floor]), 2),
                          "peak_rss_mb": round(max(r["peak_rss_mb"] for r in floor), 1)},
        "latency_bound_s": round(median([r.get("latency_bound_s", float("nan")) for r in ours]), 2),
        "wall_over_latency_bound": round(wall / median([r.get("latency_bound_s", float("nan")) for r in ours]), 3),
        "farm_cpu_s": round(farm_cpu, 2),
        # the farm's CPU as a share of one core over every crawl it served (ours and the peers')
        "farm_cpu_share": round(farm_cpu / max(sum(r["wall_s"] for r in ours + crawlspider + floor), 1e-9), 3),
        "farm_ms_per_page_served": round(farm_cpu * 1000 / max(sum(r["pages"] for r in ours + crawlspider + floor), 1), 2),
    }
    name = "crawl-quick" if args.quick else "crawl"
    path = write_result(name, data)
    print(f"{'':24}{'ours':>10}{'crawlspider':>14}{'aiohttp':>10}")
    print(f"{'CPU ms/page':24}{cpu_ms:>10.2f}{per_page(crawlspider):>14.2f}{per_page(floor):>10.2f}")
    print(f"{'pages (median)':24}{pages:>10}{data['crawlspider']['pages']:>14}{data['aiohttp_floor']['pages']:>10}")
    print(f"latency-aware bound {data['latency_bound_s']} s, wall/latency bound {data['wall_over_latency_bound']}")
    print(f"wall {wall:.1f} s, politeness bound {bound:.1f} s, wall/bound {wall / bound:.2f}, "
          f"{pages / wall:.1f} pages/s, peak RSS {data['peak_rss_mb']} MB")
    print(f"ours/crawlspider CPU {data['cpu_vs_crawlspider']}, ours/floor CPU {data['cpu_vs_floor']}; "
          f"farm CPU {farm_cpu:.1f} s over {runs * 3} crawls")
    print(f"written: {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
