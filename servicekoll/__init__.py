"""servicekoll: a yearly, reproducible measurement of citizen service on municipal websites.

The layers, bottom up: `servicekoll.core` (register, lexicon, URL rules, run
folder, atomic writes, errors), then `servicekoll.crawler` (fetch and archive)
and `servicekoll.scoring` (judge the archive), then this package's command
line and publication modules on top. Nothing imports upward.
"""

from servicekoll.core import PROJECT_URL, RUBRIC_VERSION, __version__

__all__ = ["PROJECT_URL", "RUBRIC_VERSION", "__version__"]
