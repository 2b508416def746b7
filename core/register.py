"""The register of municipalities: one loader that every command uses.

A register is a CSV with the columns kommunkod, kommun, lan_kod, lan, url. The
national one is data/municipalities.csv, but any list with those columns works:
a subset, a neighbour country's municipalities, or a test farm on loopback.
Everything is checked before anything is fetched or written.
"""

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from servicekoll.core import DATA_DIR
from servicekoll.core.errors import InputError

COLUMNS = ("kommunkod", "kommun", "lan_kod", "lan", "url")
DEFAULT_REGISTER = DATA_DIR / "municipalities.csv"
# A code becomes part of file names and download slots: keep it to safe characters.
CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,15}$")


@dataclass(frozen=True)
class Municipality:
    kommunkod: str
    kommun: str
    lan_kod: str
    lan: str
    url: str


def read_csv_rows(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Read a UTF-8 CSV (BOM or not, comma or semicolon) into (line number, row) pairs.

    Raises InputError naming the file when it is not UTF-8, is empty, or lacks a
    required column. Shared by the register and the override file.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(path, "file is not UTF-8 (save it as 'CSV UTF-8')", line=line) from exc
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise InputError(path, "file is empty: expected a header row", line=1)
    header = lines[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.DictReader(lines, delimiter=delimiter)
    fields = [name.strip() for name in (reader.fieldnames or [])]
    reader.fieldnames = fields
    for column in required:
        if column not in fields:
            raise InputError(path, f"missing column '{column}' (header has: {', '.join(fields)})",
                             line=1, field=column)
    rows = []
    for number, row in enumerate(reader, start=2):
        if not any((value or "").strip() for value in row.values()):
            continue  # blank line
        rows.append((number, {key: (value or "").strip() for key, value in row.items() if key}))
    return rows


def check_url(path: Path, line: int, url: str) -> None:
    if not url:
        raise InputError(path, "url is empty", line=line, field="url")
    parts = urlsplit(url)
    if not parts.scheme and not parts.netloc:
        raise InputError(path, f"url '{url}' is relative: give an absolute http(s) URL",
                         line=line, field="url")
    if parts.scheme not in ("http", "https"):
        raise InputError(path, f"url '{url}' is not http or https", line=line, field="url")
    if not parts.hostname or any(ch.isspace() for ch in url):
        raise InputError(path, f"url '{url}' has no valid host", line=line, field="url")


def load_register(path: Path | str | None = None) -> list[Municipality]:
    """Load and check a register; raise InputError (exit 2) on the first problem."""
    path = Path(path) if path else DEFAULT_REGISTER
    municipalities: list[Municipality] = []
    first_line: dict[str, int] = {}
    for line, row in read_csv_rows(path, COLUMNS):
        code = row["kommunkod"]
        if not code:
            raise InputError(path, "kommunkod is empty", line=line, field="kommunkod")
        if not CODE_PATTERN.match(code):
            raise InputError(path, f"kommunkod '{code}' may only hold letters, digits, '-' and '_'",
                             line=line, field="kommunkod")
        if code in first_line:
            raise InputError(path, f"duplicate kommunkod '{code}' (first on line {first_line[code]})",
                             line=line, field="kommunkod")
        if not row["kommun"]:
            raise InputError(path, "kommun is empty", line=line, field="kommun")
        check_url(path, line, row["url"])
        first_line[code] = line
        municipalities.append(Municipality(code, row["kommun"], row["lan_kod"], row["lan"], row["url"]))
    if not municipalities:
        raise InputError(path, "register has no municipalities", line=2)
    return municipalities


def select(municipalities: list[Municipality], only: str | None, path: Path | str = "--only") -> list[Municipality]:
    """Keep the municipalities named in `--only KOD[,KOD...]`; unknown codes are bad input."""
    if not only:
        return municipalities
    wanted = [code.strip() for code in only.split(",") if code.strip()]
    known = {m.kommunkod for m in municipalities}
    unknown = [code for code in wanted if code not in known]
    if unknown:
        raise InputError(path, f"--only names unknown kommunkod: {', '.join(unknown)}", field="kommunkod")
    return [m for m in municipalities if m.kommunkod in set(wanted)]
