"""The command line: run, crawl, score, compare, trend, calllist, agree, demo, show.

Thin: each verb checks its input, then calls the module that does the work.
Exit status: 0 done, 1 a run error, 2 bad input (nothing published).
"""

import argparse
import sys
from datetime import date
from pathlib import Path

from servicekoll.core import RUBRIC_VERSION, __version__
from servicekoll.core.errors import InputError, RunError
from servicekoll.pages import VIEWER_PORT

EXAMPLES = {
    "run": "servicekoll run --out runs/2026-11-22 --overrides data/overrides-2026.csv",
    "crawl": "servicekoll crawl --only 1980,2281 --out runs/test -s DOWNLOAD_DELAY=2",
    "score": "servicekoll score runs/2026-11-22 --overrides phone-checks.csv",
    "compare": "servicekoll compare runs/2025-11-20 runs/2026-11-22 --out changes.csv",
    "calllist": "servicekoll calllist runs/2026-11-22 --out to-phone.csv",
    "demo": "servicekoll demo --out runs/demo",
    "trend": "servicekoll trend runs/2024-11-20 runs/2025-11-21 runs/2026-11-22 --out trend/",
    "agree": "servicekoll agree my-labels.csv runs/2026-11-22 --out agreement.csv",
    "show": "servicekoll show runs/2026-11-22 1980",
}

# The override file's columns and rules (docs/rubric.md, "Overrides", says the same at length).
OVERRIDE_RULES = """\
the override file (--overrides CSV): UTF-8, a header row, then one line per
municipality and aspect, with the columns
  kommunkod   the municipality's code, as in the register
  aspect      a, b, c, d or e
  value       0 or 1: it wins over the detector; both are published
  source      phone, web, email or visit
  checked_on  the date of the check, YYYY-MM-DD, not in the future
  checked_by  who checked
  note        what was found (may be empty)
A line with value, checked_on and checked_by all empty (an unfilled call
list row) is skipped. b, c and d need a: a=0 brings them to 0, and setting
b, c or d to 1 where a is 0 (or c to 1 where b is 0) is refused. An override
for a municipality not judged (unreachable, blocked, ...) needs a note saying
why; it still gets no score or rank. Any bad line stops with an error naming
the file, line and field, exit status 2, and nothing is published.
The whole rubric: docs/rubric.md in the repository."""


def _settings(pairs: list[str]) -> dict[str, str]:
    overrides = {}
    for pair in pairs:
        if "=" not in pair:
            raise InputError("-s", f"'{pair}' is not NAME=VALUE", field="-s")
        name, value = pair.split("=", 1)
        overrides[name.strip()] = value
    return overrides


def _add_crawl_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--municipalities", metavar="CSV",
                        help="the register: kommunkod,kommun,lan_kod,lan,url (default: the 290 "
                             "municipalities shipped with servicekoll)")
    parser.add_argument("--out", metavar="DIR",
                        help="run folder (default runs/<YYYY-MM-DD>/); an unfinished one is resumed")
    parser.add_argument("--only", metavar="KOMMUNKOD[,...]",
                        help="limit the run to these municipalities of the register")
    parser.add_argument("-s", dest="settings", metavar="NAME=VALUE", action="append", default=[],
                        help="a Scrapy setting, as `scrapy crawl -s` (repeatable), "
                             "e.g. -s DOWNLOAD_DELAY=2 -s SERVICEKOLL_PAGE_BUDGET=60")
    parser.add_argument("--workers", type=int, metavar="N",
                        help="crawl processes (default: one per 20 municipalities, at most one per core)")
    parser.add_argument("--force", action="store_true",
                        help="replace a run folder (finished, or unfinished with other settings) instead of "
                             "refusing; never a folder that is not a run folder")
    parser.add_argument("--verbose", action="store_true",
                        help="show Scrapy's own log (progress then comes as plain lines)")


def _add_history_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--history", metavar="DIR", nargs="+", default=[],
                        help="earlier scored run folders (one a year): report.html gets a trend section "
                             "with this run as the last year (as `servicekoll trend` draws it)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="servicekoll",
        description="Measure how easy Swedish municipal websites make it to reach citizen service.")
    parser.add_argument("--version", action="version",
                        version=f"servicekoll {__version__}, rubric {RUBRIC_VERSION}, lexicon {_lexicon_version()}")
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB")

    def verb(name: str, help_text: str, details: str = "") -> argparse.ArgumentParser:
        return verbs.add_parser(name, help=help_text,
                                description=f"{help_text}\n\n{details}" if details else help_text,
                                epilog=f"example:\n  {EXAMPLES[name]}",
                                formatter_class=argparse.RawDescriptionHelpFormatter)

    run = verb("run", "crawl, then score, rank and report: the main job", OVERRIDE_RULES)
    _add_crawl_flags(run)
    run.add_argument("--overrides", metavar="CSV",
                     help="override file of checked values (phone checks), checked before the crawl starts")
    run.add_argument("--previous", metavar="OLD_DIR", help="an earlier run folder to compare with in the report")
    _add_history_flag(run)
    crawl = verb("crawl", "crawl only, into the run folder; stop any time, the same command resumes")
    _add_crawl_flags(crawl)
    score = verb("score", "(re)score a run folder offline, from its archive", OVERRIDE_RULES)
    score.add_argument("dir", metavar="DIR", help="a finished run folder (crawled)")
    score.add_argument("--overrides", metavar="CSV", help="override file of checked values (rules above)")
    score.add_argument("--previous", metavar="OLD_DIR", help="an earlier run folder to compare with in the report")
    _add_history_flag(score)
    compare = verb("compare", "what changed between two runs, municipality by municipality")
    compare.add_argument("old", metavar="OLD_DIR", help="the earlier scored run folder")
    compare.add_argument("new", metavar="NEW_DIR", help="the later scored run folder")
    compare.add_argument("--out", metavar="CSV", help="where to write the changes (default NEW_DIR/compare.csv)")
    trend = verb("trend", "scores over several runs (one a year): trend.csv and a self-contained trend.html",
                 "Each DIR is a scored run folder; its year is run.json's `started`, one run a year.\n"
                 "Municipalities are matched by kommunkod (names as a fallback, as compare does).\n"
                 "trend.csv: kommunkod, kommun, year, score, the five aspects, status; trend.html: the\n"
                 "national mean and the share meeting each aspect per year, the distribution per year\n"
                 "and the biggest movers. Bad input stops with file:line, exit 2. See docs/trend.md.")
    trend.add_argument("dirs", metavar="DIR", nargs="+", help="scored run folders, in any order")
    trend.add_argument("--out", metavar="DIR", default="trend",
                       help="folder for trend.csv and trend.html (default trend/); new, empty or an earlier "
                            "trend folder, never one holding other files")
    calllist = verb("calllist", "municipalities whose aspect e must be checked by phone, as an override file")
    calllist.add_argument("dir", metavar="DIR", help="a scored run folder")
    calllist.add_argument("--out", metavar="CSV", help="where to write the call list (default DIR/calllist.csv)")
    calllist.add_argument("--list-checked", action="store_true",
                          help="also list the municipalities already checked for e (in the override file the "
                               "run was scored with) after the others, with their last check filled in, so "
                               "the file alone carries every check")
    demo = verb("demo", "serve the sample sites on loopback and run the whole pipeline, offline")
    demo.add_argument("--out", metavar="DIR", default="runs/demo",
                      help="run folder for the demo (default runs/demo, replaced on each demo)")
    demo.add_argument("--force", action="store_true",
                      help="replace a real run folder at --out too (the demo replaces only its own runs)")
    agree = verb("agree", "agreement of a run with hand-coded labels: per aspect percent agreement, Cohen's kappa, "
                          "confusion, disagreements with evidence",
                 "The label file: kommunkod, a, b, c, d, e (0, 1 or empty = not coded), optional\n"
                 "status (ok, unreachable, ...), score and note; bad lines stop with file:line, exit 2.\n"
                 "See docs/agree.md.")
    agree.add_argument("labels", metavar="LABELS_CSV", help="the hand-coded labels")
    agree.add_argument("dir", metavar="RUN_DIR", help="a scored run folder")
    agree.add_argument("--out", metavar="CSV",
                       help="write every comparison to CSV and the per-measure summary to CSV-summary.csv")
    agree.add_argument("--json", metavar="FILE", help="write the whole result as JSON")
    show = verb("show", "open the evidence offline: each item in its archived page, element marked",
                "Serves the run folder's municipalities, their five points with rule and evidence, and\n"
                "each evidence item beside the page replayed from the archive (no script, no request\n"
                "beyond 127.0.0.1). report.html links each evidence item here. Ctrl-C stops.\n"
                "See docs/show.md.")
    show.add_argument("dir", metavar="DIR", help="a scored run folder")
    show.add_argument("kommunkod", metavar="KOMMUNKOD", nargs="?",
                      help="also print the address of this municipality's page")
    show.add_argument("--port", type=int, default=VIEWER_PORT, metavar="N",
                      help=f"the port on 127.0.0.1 (default {VIEWER_PORT}, the one report.html links to; "
                           "0 picks a free one)")
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
            previous=getattr(args, "previous", None), history=[Path(p) for p in getattr(args, "history", [])])
    if args.verb == "score":
        return commands.score(Path(args.dir), args.overrides, args.previous,
                              history=[Path(p) for p in args.history])
    if args.verb == "trend":
        return commands.trend([Path(p) for p in args.dirs], Path(args.out))
    if args.verb == "compare":
        return commands.compare(Path(args.old), Path(args.new), args.out)
    if args.verb == "calllist":
        return commands.calllist(Path(args.dir), args.out, args.list_checked)
    if args.verb == "agree":
        return commands.agree(Path(args.labels), Path(args.dir), args.out, args.json)
    if args.verb == "demo":
        return commands.demo(Path(args.out), args.force)
    if args.verb == "show":
        return commands.show(Path(args.dir), args.kommunkod, args.port)
    raise AssertionError(args.verb)


if __name__ == "__main__":
    sys.exit(main())
