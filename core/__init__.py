"""The base layer: what the crawler and the scoring both stand on.

The register, the lexicon, the URL rules, the run folder's layout, atomic
writes and errors. It imports neither `servicekoll.crawler` nor
`servicekoll.scoring` nor the command line, and they all import it.
"""

from importlib.resources import files
from pathlib import Path

__version__ = "0.1.0"
RUBRIC_VERSION = "1.1"
PROJECT_URL = "https://github.com/servicekoll/servicekoll"

# The register, the lexicon and the demo's sample sites are package data
# (data/ in the repository is installed as servicekoll.data). A wheel is always
# unpacked on disk, so the resource root is a real folder.
DATA_DIR = Path(str(files("servicekoll.data")))
