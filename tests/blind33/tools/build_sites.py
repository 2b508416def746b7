#!/usr/bin/env python3
"""Typing aid: (re)writes tests/blind33/sites/ from the ten site classes.

    python3 tests/blind33/tools/build_sites.py

The HTML files under sites/ are the corpus; labels.csv is written by hand, not generated.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sites_a import Hasselvik, Kvarnmora, Lommarsund, Sjovreta, Tjarnasa
from sites_b import Granaker, Myrhalla, Odevall, Ravhult, Vitsanda

SITES = [Hasselvik, Sjovreta, Tjarnasa, Kvarnmora, Lommarsund,
         Vitsanda, Ravhult, Granaker, Odevall, Myrhalla]


def main() -> int:
    for cls in SITES:
        site = cls()
        site.write()
        print(f"{site.code} {site.kommun}: written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
