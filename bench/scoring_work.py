"""The scoring work the benchmarks measure: a run folder's archived pages loaded into memory,
then each page parsed once and the five detectors run on each municipality.

Imports servicekoll only (no bench module), so that another checkout's Python can run this
file as a script and measure that checkout's scoring (bench/instructions.py):

    python bench/scoring_work.py RUN_FOLDER [--municipalities N] [--repeats R] [--setup-only]
"""

import argparse
import time
from pathlib import Path

from servicekoll.core.lexicon import load_lexicon
from servicekoll.core.runfolder import iter_pages, read_index, read_register
from servicekoll.scoring import rubric
from servicekoll.scoring.page import parse_page
from servicekoll.scoring.site import Site

try:
    from servicekoll.scoring.run import site_pages
except ImportError:  # a checkout from before site_pages (measured side by side): the loop it replaced
    def site_pages(kommunkod: str, archived: list) -> list:
        pages = [parse_page(p.body, kommunkod=kommunkod, url=p.meta["url"], final_url=p.meta["final_url"],
                            depth=p.meta["depth"], content_type=p.content_type) for p in archived]
        return sorted(pages, key=lambda page: page.depth)


def load_pages(out: Path, municipalities: int | None = None) -> dict:
    """Every municipality's archived HTML pages (the first `municipalities` of the register
    when given), in memory: (meta, body, content type)."""
    index = read_index(out)
    pages = {}
    with open(out / "pages.warc.gz", "rb") as warc:
        for municipality in read_register(out)[:municipalities]:
            pages[municipality] = [p for p in iter_pages(index.get(municipality.kommunkod, []), warc)
                                   if p.meta["status"] < 400]
    return pages


def score_pages(pages: dict) -> float:
    """CPU seconds to parse every page once and run the five detectors."""
    lexicon = load_lexicon()
    started = time.process_time()
    for municipality, archived in pages.items():
        parsed = site_pages(municipality.kommunkod, archived)
        if parsed:
            rubric.score_site(Site(municipality.kommunkod, municipality.kommun, parsed, lexicon))
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description="load a run folder's pages and score them")
    parser.add_argument("run_folder", type=Path)
    parser.add_argument("--municipalities", type=int)
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--setup-only", action="store_true", help="load the pages and the lexicon, score nothing")
    args = parser.parse_args()
    pages = load_pages(args.run_folder, args.municipalities)
    load_lexicon()
    for _ in range(0 if args.setup_only else args.repeats):
        score_pages(pages)
    # Which checkout did the scoring: the caller checks it is the one it meant.
    print(sum(len(archived) for archived in pages.values()), rubric.__file__)


if __name__ == "__main__":
    main()
