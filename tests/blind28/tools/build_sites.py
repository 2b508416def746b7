#!/usr/bin/env python3
"""Typing aid for tests/blind28: writes sites/<kod>/ (pages + site.json) and
tools/placeholders.json (links that answer 404 on purpose, and pages that are on purpose
linked from nowhere). The HTML files are the corpus; labels.csv is written by hand.

    python3 tests/blind28/tools/build_sites.py
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from core import write_all

CODES = [str(c) for c in range(9291, 9301)]


def main() -> None:
    only = sys.argv[1:] or CODES
    sites = [importlib.import_module(f"s{c}").build() for c in only]
    write_all(sites)


if __name__ == "__main__":
    main()
