#!/usr/bin/env python3
"""Typing aid that wrote tests/blind27/sites/ (the HTML files are the corpus; labels are not generated).

    python3 tests/blind27/tools/build_sites.py
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

CODES = [f"{n}" for n in range(9281, 9291)]


def main() -> int:
    for code in CODES:
        try:
            mod = importlib.import_module(f"site_{code}")
        except ModuleNotFoundError:
            print(f"{code}: no builder yet")
            continue
        site = mod.build()
        site.write()
        print(f"{code} {site.kommun}: {len(site.pages)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
