"""The command line: run, crawl, score, compare, calllist, demo.

Thin: each verb checks its input, then calls the module that does the work.
Exit status: 0 done, 1 a run error, 2 bad input (nothing published).
"""

import argparse
import sys
from datetime import date
from pathlib import Path

from servicekoll.core import RUBRIC_VERSION, __version__
from servicekoll.core.errors import InputError, RunError

EXAMPLES = {
    "run": "servicekoll run --out runs/2026-11-22 --overrides data/overrides-2026.csv",
    "crawl": "servicekoll crawl --only 1980,2281 --out runs/test -s DOWNLOAD_DELAY=2",
    "score": "servicekoll score runs/2026-11-22 --overrides phone-checks.csv",
    "compare": "servicekoll compare runs/2025-11-20 runs/2026-11-22 --out changes.csv",
    "calllist": "servicekoll calllist runs/2026-11-22 --out to-phone.csv",
    "demo": "servicekoll demo --out runs/demo",
}


def _settings(pairs: list[str]) -> dict[str, str]:
    overrides = {}
    for pair in pairs:
        if "=" not in pair:
            raise InputError("-s", f"'{pair}' is not NAME=VALUE", field="-s")
        name, value = pair.split("=", 1)
        overrides[name.strip()] = value
    return overrides


def _add_crawl_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--municipalities", metavar="CSV", help="register (default data/municipalities.csv)")
    parser.add_argument("--out", metavar="DIR", help="run folder (default runs/<YYYY-MM-DD>/)")
    parser.add_argument("--only", metavar="KOMMUNKOD[,...]", help="limit the run to these municipalities")
    parser.add_argument("-s", dest="settings", metavar="NAME=VALUE", action="append", default=[],
                        help="a Scrapy setting, as `scrapy crawl -s`")
    parser.add_argument("--workers", type=int, help="crawl processes (default: cores, for large registers)")
    parser.add_argument("--force", action="store_true", help="overwrite a finished run folder")
    parser.add_argument("--verbose", action="store_true", help="show Scrapy's own log")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="servicekoll",
        description="Measure how easy Swedish municipal websites make it to reach citizen service.")
    parser.add_argument("--version", action="version",
                        version=f"servicekoll {__version__}, rubric {RUBRIC_VERSION}, lexicon {_lexicon_version()}")
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB")

    def verb(name: str, help_text: str) -> argparse.ArgumentParser:
        return verbs.add_parser(name, help=help_text, description=help_text,
                                epilog=f"example:\n  {EXAMPLES[name]}",
                                formatter_class=argparse.RawDescriptionHelpFormatter)

    run = verb("run", "crawl, then score, rank and report: the main job")
    _add_crawl_flags(run)
    run.add_argument("--overrides", metavar="CSV", help="override file (phone checks)")
    run.add_argument("--previous", metavar="OLD_DIR", help="an earlier run folder to compare with in the report")
    crawl = verb("crawl", "crawl only, into the run folder")
    _add_crawl_flags(crawl)
    score = verb("score", "(re)score a run folder offline, from its archive")
    score.add_argument("dir", metavar="DIR")
    score.add_argument("--overrides", metavar="CSV")
    score.add_argument("--previous", metavar="OLD_DIR")
    compare = verb("compare", "what changed between two runs, municipality by municipality")
    compare.add_argument("old", metavar="OLD_DIR")
    compare.add_argument("new", metavar="NEW_DIR")
    compare.add_argument("--out", metavar="CSV")
    calllist = verb("calllist", "municipalities whose aspect e must be checked by phone, as an override file")
    calllist.add_argument("dir", metavar="DIR")
    calllist.add_argument("--out", metavar="CSV")
    demo = verb("demo", "serve the sample sites on loopback and run the whole pipeline, offline")
    demo.add_argument("--out", metavar="DIR", default="runs/demo")
    return parser


def _lexicon_version() -> str:
    from servicekoll.core.lexicon import load_lexicon

    lexicon = load_lexicon()
    return f"{lexicon.version} (sha256 {lexicon.sha256[:12]})"


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except InputError as exc:
        print(f"servicekoll: error: {exc}", file=sys.stderr)
        return exc.exit_status
    except RunError as exc:
        print(f"servicekoll: run failed: {exc}", file=sys.stderr)
        return exc.exit_status
    except KeyboardInterrupt:
        print("servicekoll: interrupted; run the same command again to resume", file=sys.stderr)
        return 1


def _dispatch(args) -> int:
    from servicekoll import commands

    if args.verb in ("run", "crawl"):
        out = Path(args.out or f"runs/{date.today().isoformat()}")
        return commands.crawl_and_maybe_score(
            verb=args.verb, register_path=args.municipalities, out=out, only=args.only,
            overrides=_settings(args.settings), workers=args.workers, force=args.force,
            verbose=args.verbose, override_file=getattr(args, "overrides", None),
            previous=getattr(args, "previous", None))
    if args.verb == "score":
        return commands.score(Path(args.dir), args.overrides, args.previous)
    if args.verb == "compare":
        return commands.compare(Path(args.old), Path(args.new), args.out)
    if args.verb == "calllist":
        return commands.calllist(Path(args.dir), args.out)
    if args.verb == "demo":
        return commands.demo(Path(args.out))
    raise AssertionError(args.verb)


if __name__ == "__main__":
    sys.exit(main())
