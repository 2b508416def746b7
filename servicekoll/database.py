"""servicekoll.sqlite: the run's tables in one SQLite database, for Datasette and SQL.

Built in memory from the rows being published (and the crawl's register, outcomes and
index), with the columns, types and keys of servicekoll.schema; publish writes it
atomically after the CSVs. The tool never reads it back.

Tables: register, ranking, aspects, outcomes, evidence (one row per piece of evidence:
the line's own is item 0, its `also` entries 1, 2, ...) and pages (pages.jsonl, with
its line number). Every table has an index on kommunkod, which refers to register.
"""

import csv
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path

from servicekoll.core import runfolder
from servicekoll.schema import (
    ASPECTS_TABLE,
    EVIDENCE,
    EVIDENCE_ITEM,
    EVIDENCE_ITEM_NUMBER,
    OUTCOMES,
    PAGE_LINE,
    PAGES,
    RANKING,
    REGISTER,
    Column,
    crawled_columns,
)

SQL_TYPES = {"string": "TEXT", "integer": "INTEGER", "number": "REAL", "boolean": "INTEGER",
             "date": "TEXT", "datetime": "TEXT", "array": "TEXT"}


@dataclass(frozen=True)
class SqlTable:
    name: str
    file: str  # the published file it holds
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    references_register: bool = True

    def having(self, present: list[str] | None) -> "SqlTable":
        """The table of a run folder whose file has only the columns `present` (an older crawl)."""
        if present is None:
            return self
        kept = tuple(c for c in self.columns if c.name in present or c.name in self.primary_key)
        return replace(self, columns=kept)

    def create(self) -> str:
        lines = [f"  {_quoted(c.name)} {SQL_TYPES[c.type]}{' NOT NULL' if c.required else ''}" for c in self.columns]
        lines.append(f"  PRIMARY KEY ({', '.join(map(_quoted, self.primary_key))})")
        if self.references_register:
            lines.append(f"  FOREIGN KEY (kommunkod) REFERENCES {REGISTER.name} (kommunkod)")
        return f"CREATE TABLE {self.name} (\n" + ",\n".join(lines) + "\n)"

    def index(self) -> str:
        return f"CREATE INDEX {self.name}_kommunkod ON {self.name} (kommunkod)"

    def insert(self) -> str:
        names = ", ".join(_quoted(c.name) for c in self.columns)
        return f"INSERT INTO {self.name} ({names}) VALUES ({', '.join('?' * len(self.columns))})"


def _as_is(table) -> SqlTable:
    return SqlTable(table.name, table.file, table.columns, table.primary_key, table.references_register)


_EVIDENCE_LINE = tuple(c for c in EVIDENCE.columns if c.name in ("kommunkod", "aspect", "value", "rule"))
# The register first: the others refer to it.
TABLES = (
    _as_is(REGISTER), _as_is(RANKING), _as_is(ASPECTS_TABLE), _as_is(OUTCOMES),
    SqlTable(EVIDENCE.name, EVIDENCE.file, (*_EVIDENCE_LINE[:2], EVIDENCE_ITEM_NUMBER, *_EVIDENCE_LINE[2:], *EVIDENCE_ITEM),
             ("kommunkod", "aspect", EVIDENCE_ITEM_NUMBER.name)),
    SqlTable(PAGES.name, PAGES.file, (PAGE_LINE, *PAGES.columns), (PAGE_LINE.name,)),
)


def schema_sql() -> str:
    """Every CREATE statement, as the database holds them (for the data dictionary)."""
    return ";\n".join(f"{t.create()};\n{t.index()}" for t in TABLES) + ";\n"


def build(out: Path, ranking: list[dict], aspects: list[dict], evidence: list[dict]) -> bytes:
    """The database file's bytes: the rows being published (as written to the CSVs and
    evidence.jsonl) and the run folder's register, outcomes and index."""
    out = Path(out)
    rows = {REGISTER.name: _csv_rows(out / runfolder.REGISTER), RANKING.name: ranking, ASPECTS_TABLE.name: aspects,
            OUTCOMES.name: _csv_rows(out / runfolder.OUTCOMES), EVIDENCE.name: evidence_rows(evidence),
            PAGES.name: _page_rows(out / runfolder.INDEX)}
    present = crawled_columns(out)
    with closing(sqlite3.connect(":memory:")) as db:
        db.execute("PRAGMA foreign_keys = ON")  # a row naming a municipality not in the register fails here
        for table in (t.having(present.get(t.file)) for t in TABLES):
            db.execute(table.create())
            db.execute(table.index())
            db.executemany(table.insert(), (_values(table, row) for row in rows[table.name]))
        db.commit()
        return db.serialize()


def evidence_rows(lines: Iterable[dict]) -> Iterator[dict]:
    """One row per piece of evidence: the line's own (item 0), then its `also` entries."""
    for line in lines:
        for item, piece in enumerate([line, *line.get("also", [])]):
            yield {**piece, "kommunkod": line["kommunkod"], "aspect": line["aspect"], "value": line["value"],
                   "rule": line["rule"], EVIDENCE_ITEM_NUMBER.name: item}


def _values(table: SqlTable, row: dict) -> tuple:
    return tuple(sql_value(row.get(column.name), column) for column in table.columns)


def sql_value(value, column: Column):
    """A published value as SQLite keeps it: empty (a missing value) is NULL, a boolean
    0/1, a list JSON text, a number from its CSV text."""
    if value is None or (isinstance(value, str) and value == ""):
        return None
    if column.type == "array":
        return json.dumps(value, ensure_ascii=False)
    if column.type == "boolean":
        return int(value if isinstance(value, bool) else str(value).lower() == "true")
    if column.type == "integer":
        return int(value)
    if column.type == "number":
        return float(value)
    return str(value)


def _csv_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _page_rows(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as handle:
        for number, text in enumerate(handle, start=1):
            if text.strip():
                yield {**json.loads(text), PAGE_LINE.name: number}


def _quoted(name: str) -> str:
    return f'"{name}"'
