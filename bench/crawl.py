"""Crawl benchmark: `servicekoll crawl` on the simulated national farm, with production
defaults, next to a plain Scrapy CrawlSpider and a minimal aiohttp crawler.

    python -m bench.crawl            # 290 sites, budget 40, delay 1 s, 3 runs (about 6 minutes)
    python -m bench.crawl --quick    # 20 sites, budget 10, delay 0.25 s, 1 run (under 2 minutes)
    python -m bench.crawl --baseline ../old-checkout   # ours against another checkout, no peers

Prints a table and writes bench/results/crawl.json (or crawl-quick.json, crawl-baseline.json).
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
             latency_log: Path | None = None, checkout: Path | None = None, python: str = sys.executable) -> dict:
    """Our crawl with production defaults; from `checkout` (another work tree) instead of this one
    when given, with `python` (a virtual environment of that checkout's own)."""
    out = tmp / ("baseline" if checkout else "ours")
    shutil.rmtree(out, ignore_errors=True)
    command = [python, "-m", "servicekoll", "crawl", "--municipalities", str(register), "--out", str(out),
               "-s", f"SERVICEKOLL_PAGE_BUDGET={budget}", "-s", f"DOWNLOAD_DELAY={delay}",
               "-s", f"AUTOTHROTTLE_START_DELAY={delay}"]
    if workers:
        command += ["--workers", str(workers)]
    log_start = latency_log.stat().st_size if latency_log and latency_log.exists() else 0
    if not checkout:
        result = measure(command)
    elif python == sys.executable:
        # No venv of its own: import the other work tree's sources ahead of ours.
        result = measure(command, env={"PYTHONPATH": str(checkout)}, cwd=checkout)
    else:
        # A venv with the checkout installed: run outside the work tree, because a source folder
        # on sys.path (cwd comes first with -m) shadows the installed package and, since core/ is
        # mapped into servicekoll.core by package-dir, cannot be imported from the sources.
        result = measure(command, cwd=tmp)
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


def summarise_ours(results: list[dict]) -> dict:
    wall = median([r["wall_s"] for r in results])
    latency_bound = median([r.get("latency_bound_s", float("nan")) for r in results])
    pages = median([r["pages"] for r in results])
    return {"wall_s": round(wall, 2), "pages": pages,
            "wall_over_bound": round(median([r["wall_s"] / r["bound_s"] for r in results]), 3),
            "wall_over_latency_bound": round(wall / latency_bound, 3),
            "cpu_ms_per_page": round(median([r["cpu_s"] * 1000 / max(r["pages"], 1) for r in results]), 2),
            "peak_rss_mb": round(max(r["peak_rss_mb"] for r in results), 1),
            "runs": [{k: r[k] for k in ("wall_s", "cpu_s", "pages", "bound_s", "latency_bound_s") if k in r}
                     for r in results]}


def pair_ratios(ours: list[dict], theirs: list[dict]) -> dict:
    """this/baseline for each pair of back-to-back runs, and their median: a burst of load
    from elsewhere on a shared machine hits one pair, not the comparison."""
    def bound_ratio(run):
        return run["wall_s"] / run["latency_bound_s"]

    def cpu(run):
        return run["cpu_s"] / max(run["pages"], 1)

    walls = [round(bound_ratio(a) / bound_ratio(b), 3) for a, b in zip(ours, theirs, strict=True)]
    cpus = [round(cpu(a) / cpu(b), 3) for a, b in zip(ours, theirs, strict=True)]
    return {"pairs_wall_over_latency_bound": walls, "ratio_wall_over_latency_bound": median(walls),
            "pairs_cpu_ms_per_page": cpus, "ratio_cpu_ms_per_page": median(cpus)}


def compare_with_baseline(baseline: Path, sites: int, budget: int, delay: float, runs: int,
                          workers: int | None, tmp: Path, python: str = sys.executable) -> None:
    """This checkout and another one crawl the same farm in turn (the order alternating per
    run), so both meet the same machine load; no peers. The ratios are the result.

    A checkout with this one's layout needs `python` from a virtual environment of its own:
    this environment's editable install would supply servicekoll.core (and the rest) from
    this checkout to both sides."""
    if not (baseline / "servicekoll").is_dir():
        raise SystemExit(f"--baseline {baseline}: not a servicekoll checkout (no servicekoll/ folder)")
    ours, theirs = [], []
    with farm(sites) as (farm_sites, farm_stats):
        register = write_register(farm_sites, tmp / "register.csv")
        for run in range(runs):
            pair = [(ours, None), (theirs, baseline)]
            for results, checkout in (pair if run % 2 == 0 else pair[::-1]):
                side_python = python if checkout else sys.executable
                results.append(run_ours(register, tmp, budget, delay, workers, farm_stats["latency_log"], checkout,
                                        side_python))
    now, before = summarise_ours(ours), summarise_ours(theirs)
    data = {"sites": sites, "budget": budget, "delay_s": delay, "runs": runs, "baseline": str(baseline),
            "baseline_python": python,
            "ours": now, "baseline_checkout": before, **pair_ratios(ours, theirs)}
    path = write_result("crawl-baseline", data)
    print(f"{'':28}{'this checkout':>15}{'baseline':>12}")
    for key in ("pages", "wall_s", "wall_over_bound", "wall_over_latency_bound", "cpu_ms_per_page", "peak_rss_mb"):
        print(f"{key:28}{now[key]:>15}{before[key]:>12}")
    print(f"this/baseline, median over the {runs} back-to-back pairs: wall/latency bound "
          f"{data['ratio_wall_over_latency_bound']} (pairs {data['pairs_wall_over_latency_bound']}), "
          f"CPU per page {data['ratio_cpu_ms_per_page']} (pairs {data['pairs_cpu_ms_per_page']})")
    print(f"written: {path.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description="crawl benchmark")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int)
    parser.add_argument("--sites", type=int)
    parser.add_argument("--workers", type=int, help="our crawl's --workers (default: its own default)")
    parser.add_argument("--baseline", type=Path, help="another checkout of servicekoll: crawl with it and with "
                        "this one in turn on the same farm, instead of the peers")
    parser.add_argument("--baseline-python", default=sys.executable,
                        help="the baseline's own Python (a venv with that checkout installed); needed for a "
                             "checkout of this layout, which this venv's editable install would shadow")
    args = parser.parse_args()
    sites = args.sites or (20 if args.quick else 290)
    budget, delay = (10, 0.25) if args.quick else (40, 1.0)
    runs = args.runs or (1 if args.quick else 3)
    tmp = Path(tempfile.mkdtemp(prefix="servicekoll-bench-"))
    if args.baseline:
        compare_with_baseline(args.baseline.resolve(), sites, budget, delay, runs, args.workers, tmp,
                              args.baseline_python)
        return
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
