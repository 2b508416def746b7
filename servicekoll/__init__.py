"""servicekoll: a yearly, reproducible measurement of citizen service on municipal websites."""

from pathlib import Path

__version__ = "0.1.0"
RUBRIC_VERSION = "1"

# The repository's data folder (register, lexicon, sample sites). The package is
# installed editable from the repository, so data lives beside the packages.
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
PROJECT_URL = "https://github.com/servicekoll/servicekoll"
