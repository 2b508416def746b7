"""Typing aid: rewrite sites/ from the per-site generators (python3 tests/blind74/tools/build_sites.py).

The written files under sites/ are the corpus; labels.csv was written by hand and is not generated.
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

for code in range(8091, 8101):
    importlib.import_module(f"site_{code}").build()
    print("built", code)
