"""The register of municipalities: one loader that every command uses.

A register is a CSV with the columns kommunkod, kommun, lan_kod, lan, url. The
national one is data/municipalities.csv, but any list with those columns works:
a subset, a neighbour country's municipalities, or a test farm on loopback.
Everything is checked before anything is fetched or written.
"""

import csv
import io
import ipaddress
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

    Raises InputError naming the file when it is not UTF-8, is empty, lacks a
    required column, or has a row with more or fewer fields than the header (an
    unquoted comma in a note would otherwise shift or drop text in silence).
    Shared by the register, the override file and the run folder's outcomes.
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
    header = text.splitlines()[0] if text.strip() else ""
    if not header.strip():
        raise InputError(path, "file is empty: expected a header row", line=1)
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    fields = [name.strip() for name in next(reader)]
    for column in required:
        if column not in fields:
            raise InputError(path, f"missing column '{column}' (header has: {', '.join(fields)})",
                             line=1, field=column)
    rows = []
    line = reader.line_num + 1
    for values in reader:
        if any(value.strip() for value in values):  # else a blank line
            _check_field_count(path, line, fields, values, delimiter)
            rows.append((line, {key: value.strip() for key, value in zip(fields, values, strict=True) if key}))
        line = reader.line_num + 1  # a quoted field may span lines
    return rows


def _check_field_count(path: Path, line: int, fields: list[str], values: list[str], delimiter: str) -> None:
    if len(values) == len(fields):
        return
    field = fields[-1] if len(values) > len(fields) else fields[len(values)]
    hint = (f"a '{delimiter}' inside a value must be quoted, e.g. \"Enhetschef{delimiter} Eva Ek\""
            if len(values) > len(fields) else "a value is missing")
    raise InputError(path, f"row has {len(values)} fields but the header has {len(fields)} ({hint})",
                     line=line, field=field)


def check_url(path: Path, line: int, url: str) -> None:
    """An absolute http(s) URL with a host, a port in range and nothing the crawler
    could not request: a bad one is a file:line error here, never a stopped crawl."""
    def refuse(reason: str) -> InputError:
        return InputError(path, f"url '{url}' {reason}", line=line, field="url")

    if not url:
        raise InputError(path, "url is empty", line=line, field="url")
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        raise refuse("has no valid host (it contains a space or control character)")
    try:
        parts = urlsplit(url)
    except ValueError:  # an unclosed "[", or brackets around a name
        raise refuse("cannot be parsed: a host in brackets must be an IPv6 address, "
                     "e.g. http://[::1]:8080/") from None
    try:
        port = parts.port
    except ValueError:
        raise refuse("has a port that is not a number in 1-65535") from None
    if not parts.scheme and not parts.netloc:
        raise refuse("is relative: give an absolute http(s) URL")
    if parts.scheme not in ("http", "https"):
        raise refuse("is not http or https")
    if port == 0:
        raise refuse("has a port that is not a number in 1-65535")
    if parts.username is not None or parts.password is not None:
        raise refuse("carries a user name or password: give the public homepage")
    if not parts.hostname or not _valid_host(parts.hostname, parts.netloc):
        raise refuse("has no valid host")


def _valid_host(host: str, netloc: str) -> bool:
    if "[" in netloc:  # a bracketed host must be an IPv6 address
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            return False
        return True
    labels = host.rstrip(".").split(".")
    if any(not label or len(label) > 63 for label in labels):
        return False
    try:
        host.encode("idna")
    except UnicodeError:
        return False
    return True


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
