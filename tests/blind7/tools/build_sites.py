"""Write tests/blind7/sites/ (typing aid; the files it writes are the corpus, labels are hand-made).

    python3 tests/blind7/tools/build_sites.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sites_a
import sites_b
from kit import SITES

if __name__ == "__main__":
    for mod in (sites_a, sites_b):
        mod.build()
    print("written:", ", ".join(sorted(x.name for x in SITES.iterdir())))
