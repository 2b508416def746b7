"""`servicekoll demo`: the whole pipeline, offline, on the sample sites of data/sample.

Renders the sample sites, serves each on its own 127.0.0.1 port, writes a
register pointing at them, crawls with the real spider (no politeness delay:
the sites are ours and local), scores, and prints the ranking.
"""

import csv
import tempfile
from pathlib import Path

from servicekoll.core import DATA_DIR
from servicekoll.demo.sitegen import load_specs, write_sites
from servicekoll.demo.siteserver import serve_sites

SAMPLE_SPEC = DATA_DIR / "sample" / "sites.toml"
DEMO_SETTINGS = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False", "RETRY_TIMES": "1",
                 "DOWNLOAD_TIMEOUT": "10", "CONCURRENT_REQUESTS": "32"}


def write_register(specs: list[dict], urls: dict[str, str], path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["kommunkod", "kommun", "lan_kod", "lan", "url"])
        for number, spec in enumerate(specs, start=1):
            writer.writerow([f"99{number:02d}", spec["kommun"], "99", spec.get("lan", "Exempellän"), urls[spec["id"]]])


def run_demo(out: Path, force: bool = False) -> int:
    """Serve, crawl, score. Into a new or empty folder, or its own earlier demo (replaced);
    a real run folder only with --force, a folder that is not a run folder never."""
    from servicekoll.commands import crawl_and_maybe_score

    specs = load_specs(SAMPLE_SPEC)
    with tempfile.TemporaryDirectory(prefix="servicekoll-demo-") as tmp:
        write_sites(specs, Path(tmp) / "sites")
        with serve_sites(Path(tmp) / "sites") as urls:
            register = Path(tmp) / "register.csv"
            write_register(specs, urls, register)
            print(f"demo: {len(specs)} sample sites served on 127.0.0.1; crawling into {out}")
            return crawl_and_maybe_score(
                verb="run", register_path=str(register), out=out, only=None, overrides=DEMO_SETTINGS,
                workers=1, force=force, verbose=False, override_file=None, previous=None, creator="demo")
