"""servicekoll.sqlite holds the published tables with the one source's types and keys: the
same rows as the CSVs and JSON Lines, joins that hold, an index on kommunkod in every
table; Datasette serves it."""

import asyncio
import csv
import json
import sqlite3
from pathlib import Path

import pytest
from servicekoll.core import runfolder

from servicekoll import database, schema
from tests.conftest import scored_demo

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    return scored_demo(tmp_path_factory, "sqlite")


@pytest.fixture
def db(demo_run):
    connection = sqlite3.connect(f"file:{demo_run / runfolder.SQLITE}?mode=ro", uri=True)
    yield connection
    connection.close()


def csv_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def json_lines(path: Path) -> list[dict]:
    return [json.loads(text) for text in path.read_text(encoding="utf-8").splitlines() if text.strip()]


def table_rows(db: sqlite3.Connection, table: str) -> list[dict]:
    cursor = db.execute(f"SELECT * FROM {table} ORDER BY rowid")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor]


def test_the_database_has_the_six_tables_with_the_source_columns(db):
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"ranking", "aspects", "evidence", "outcomes", "pages", "register"}
    for table in database.TABLES:
        columns = [(row[1], row[2]) for row in db.execute(f"PRAGMA table_info({table.name})")]
        assert columns == [(c.name, database.SQL_TYPES[c.type]) for c in table.columns]
    assert [c.name for c in database.TABLES[1].columns] == schema.RANKING.names


@pytest.mark.parametrize("file", [runfolder.RANKING, runfolder.ASPECTS, runfolder.OUTCOMES, runfolder.REGISTER])
def test_every_csv_row_is_a_row_with_the_same_values(demo_run, db, file):
    table = schema.table(file)
    published = csv_rows(demo_run / file)
    stored = table_rows(db, table.name)
    assert len(stored) == len(published) > 0
    for row, cells in zip(stored, published, strict=True):
        assert row == {c.name: database.sql_value(cells[c.name], c) for c in table.columns}


def test_every_piece_of_evidence_is_a_row(demo_run, db):
    lines = json_lines(demo_run / runfolder.EVIDENCE)
    pieces = sum(1 + len(line["also"]) for line in lines)
    assert db.execute("SELECT count(*) FROM evidence").fetchone()[0] == pieces
    own = {(r["kommunkod"], r["aspect"]): r for r in table_rows(db, "evidence") if r["item"] == 0}
    for line in lines:
        row = own[(line["kommunkod"], line["aspect"])]
        assert (row["value"], row["rule"], row["page_url"] or "", row["region"] or "") == (
            line["value"], line["rule"], line["page_url"], line["region"])
        assert row["rendered"] == int(line["rendered"])


def test_also_entries_become_numbered_rows_with_the_line_value_and_rule():
    first = {"page_url": "http://x.se/a", "element_text": "Kontaktcenter", "region": "main", "depth": 1}
    line = {"kommunkod": "0114", "aspect": "a", "value": 1, "rule": "a1: ...", **first,
            "also": [{**first, "page_url": "http://x.se/b"}, {**first, "page_url": "http://x.se/c"}]}
    rows = list(database.evidence_rows([line]))
    assert [(r["item"], r["page_url"], r["value"], r["rule"]) for r in rows] == [
        (0, "http://x.se/a", 1, "a1: ..."), (1, "http://x.se/b", 1, "a1: ..."), (2, "http://x.se/c", 1, "a1: ...")]


def test_every_page_is_a_row_with_its_line(demo_run, db):
    lines = json_lines(demo_run / runfolder.INDEX)
    stored = table_rows(db, "pages")
    assert [r["line"] for r in stored] == list(range(1, len(lines) + 1))
    for row, line in zip(stored, lines, strict=True):
        assert row["warc_record_id"] == line["warc_record_id"] and row["warc_offset"] == line["warc_offset"]
        assert json.loads(row["redirects"]) == line["redirects"]
        assert row["search_results"] in (0, 1)


def test_every_judged_municipality_joins_five_aspects(db):
    counts = db.execute("SELECT r.kommunkod, count(a.aspect), sum(a.final_value) = r.score FROM ranking r "
                        "JOIN aspects a ON a.kommunkod = r.kommunkod WHERE r.status = 'ok' "
                        "GROUP BY r.kommunkod").fetchall()
    judged = db.execute("SELECT count(*) FROM ranking WHERE status = 'ok'").fetchone()[0]
    assert len(counts) == judged > 0
    assert {(aspects, agrees) for _, aspects, agrees in counts} == {(5, 1)}


def test_pages_join_outcomes_with_the_archived_count(db):
    mismatched = db.execute("SELECT o.kommunkod, o.pages, count(p.line) FROM outcomes o "
                            "LEFT JOIN pages p ON p.kommunkod = o.kommunkod GROUP BY o.kommunkod "
                            "HAVING count(p.line) != o.pages").fetchall()
    assert mismatched == []
    assert db.execute("SELECT count(*) FROM pages").fetchone()[0] > 0


def test_keys_and_an_index_on_kommunkod_in_every_table(db):
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    for table in database.TABLES:
        keys = [row[1] for row in sorted(db.execute(f"PRAGMA table_info({table.name})"), key=lambda r: r[5])
                if row[5]]
        assert keys == list(table.primary_key), table.name
        references = [(row[2], row[3], row[4]) for row in db.execute(f"PRAGMA foreign_key_list({table.name})")]
        assert references == ([] if table.name == "register" else [("register", "kommunkod", "kommunkod")])
        indexed = [db.execute(f"PRAGMA index_info({index[1]})").fetchall()[0][2]
                   for index in db.execute(f"PRAGMA index_list({table.name})")]
        assert "kommunkod" in indexed, table.name


def test_empty_cells_are_null_and_numbers_are_numbers(db):
    not_judged = db.execute("SELECT rank, score, a_entry, typeof(kommunkod) FROM ranking WHERE status != 'ok'")
    assert set(not_judged.fetchall()) == {(None, None, None, "text")}
    types = db.execute("SELECT DISTINCT typeof(rank), typeof(score), typeof(e_responsible) FROM ranking "
                       "WHERE status = 'ok'").fetchall()
    assert types == [("integer", "integer", "integer")]
    assert db.execute("SELECT DISTINCT typeof(crawl_delay) FROM outcomes").fetchall() == [("real",)]


def test_a_row_for_a_municipality_outside_the_register_is_refused(demo_run, tmp_path):
    bad = {"kommunkod": "9999", "kommun": "X", "aspect": "a", "aspect_name": "a_entry", "final_value": 1,
           "rule": "a1"}
    with pytest.raises(sqlite3.IntegrityError):
        database.build(demo_run, [], [bad], [])


def test_the_tool_never_reads_the_database_back():
    readers = [path.relative_to(ROOT) for path in (ROOT / "servicekoll").rglob("*.py")
               if "sqlite3.connect" in path.read_text(encoding="utf-8")]
    assert readers == [Path("servicekoll/database.py")]
    assert 'sqlite3.connect(":memory:")' in (ROOT / "servicekoll" / "database.py").read_text(encoding="utf-8")


def test_datasette_serves_the_tables(demo_run):
    from datasette.app import Datasette

    async def ask() -> tuple[list[str], list[dict]]:
        served = Datasette([str(demo_run / runfolder.SQLITE)])
        tables = (await served.client.get("/servicekoll.json")).json()["tables"]
        rows = await served.client.get("/servicekoll/ranking.json?_shape=array&status=ok")
        return [t["name"] for t in tables], rows.json()

    tables, judged = asyncio.run(ask())
    assert sorted(tables) == ["aspects", "evidence", "outcomes", "pages", "ranking", "register"]
    published = csv_rows(demo_run / runfolder.RANKING)
    assert sorted(row["kommunkod"] for row in judged) == sorted(r["kommunkod"] for r in published if r["status"] == "ok")
