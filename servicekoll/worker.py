"""One crawl worker process: `python -m servicekoll.worker --shard i/n ...` (started by crawl)."""

import argparse
import sys
from pathlib import Path

from servicekoll.core.errors import RunError
from servicekoll.crawl import run_shard


def main() -> None:
    parser = argparse.ArgumentParser(prog="servicekoll.worker")
    parser.add_argument("--register", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--shard", required=True)
    parser.add_argument("--only")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("-s", dest="settings", action="append", default=[])
    args = parser.parse_args()
    overrides = dict(item.split("=", 1) for item in args.settings)
    try:
        run_shard(args.register, Path(args.out), args.only, args.shard, overrides, args.verbose, publish=False)
    except RunError as exc:
        print(f"servicekoll worker {args.shard}: {exc}", file=sys.stderr)
        sys.exit(exc.exit_status)


if __name__ == "__main__":
    main()
