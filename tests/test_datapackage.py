"""datapackage.json describes a published run folder so that frictionless validates it:
every table against its schema (types, allowed values, keys), every file against its
sha256 and size; and it fails when a table breaks its schema. A publication that fails
midway leaves no package beside files it does not describe."""

import csv
import json
import shutil
import sqlite3
from pathlib import Path

import frictionless
import pytest
from servicekoll.core import runfolder

from servicekoll import datapackage, publish, schema
from tests.conftest import scored_demo

SCORED = (runfolder.ASPECTS, runfolder.EVIDENCE, runfolder.RANKING, runfolder.REPORT, runfolder.SQLITE,
          runfolder.DATAPACKAGE)


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    return scored_demo(tmp_path_factory, "datapackage")


@pytest.fixture
def copy(demo_run, tmp_path):
    target = tmp_path / "run"
    shutil.copytree(demo_run, target)
    return target


def package(folder: Path) -> dict:
    return json.loads((folder / runfolder.DATAPACKAGE).read_text(encoding="utf-8"))


def errors(folder: Path) -> dict[str, list]:
    """The validation errors by resource name (valid resources left out)."""
    report = frictionless.validate(str(folder / runfolder.DATAPACKAGE))
    return {task.name: task.errors for task in report.tasks if not task.valid}


def edit_csv(path: Path, row_where: tuple[str, str], column: str, value: str) -> None:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    key, wanted = row_where
    target = next(row for row in rows if row[key] == wanted)
    target[column] = value
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def without_checksums(folder: Path, name: str) -> None:
    """Drop one resource's hash and bytes: what is left to fail is its schema."""
    described = package(folder)
    for resource in described["resources"]:
        if resource["name"] == name:
            resource.pop("hash")
            resource.pop("bytes")
    (folder / runfolder.DATAPACKAGE).write_text(json.dumps(described), encoding="utf-8")


def test_frictionless_validates_the_whole_published_run_folder(demo_run):
    report = frictionless.validate(str(demo_run / runfolder.DATAPACKAGE))
    assert report.valid, report.flatten(["taskName", "type", "note"])
    assert {task.name for task in report.tasks} == {r["name"] for r in package(demo_run)["resources"]}


def test_the_package_lists_every_published_file_with_its_hash_and_size(demo_run):
    resources = {r["path"]: r for r in package(demo_run)["resources"]}
    published = {p.name for p in demo_run.iterdir() if p.is_file()} - {runfolder.DATAPACKAGE}
    assert set(resources) == published
    for path, resource in resources.items():
        assert resource == {**resource, **datapackage.file_digest(demo_run / path)}, path
        assert resource["mediatype"]


def test_every_table_carries_its_schema_keys_and_dialect(demo_run):
    resources = {r["name"]: r for r in package(demo_run)["resources"]}
    for table in schema.TABLES:
        resource = resources[table.name]
        assert resource["path"] == table.file and resource["encoding"] == "utf-8"
        assert resource["format"] == table.format
        assert [f["name"] for f in resource["schema"]["fields"]] == table.names
        assert resource["schema"]["primaryKey"] == list(table.primary_key)
        assert resource["schema"]["missingValues"] == [""]
        if table.format == "csv":
            assert resource["dialect"]["delimiter"] == ","
    assert resources["ranking"]["schema"]["primaryKey"] == ["kommunkod"]
    assert resources["aspects"]["schema"]["primaryKey"] == ["kommunkod", "aspect"]
    for name in ("ranking", "aspects", "outcomes", "evidence", "pages"):
        assert resources[name]["schema"]["foreignKeys"] == [
            {"fields": ["kommunkod"], "reference": {"resource": "register", "fields": ["kommunkod"]}}]
    assert "foreignKeys" not in resources["register"]["schema"]
    status = next(f for f in resources["outcomes"]["schema"]["fields"] if f["name"] == "status")
    assert status["constraints"] == {"required": True, "enum": list(runfolder.STATUSES)}
    rank = next(f for f in resources["ranking"]["schema"]["fields"] if f["name"] == "rank")
    assert rank["type"] == "integer" and "required" not in rank.get("constraints", {})  # empty unless ok


def test_a_score_of_7_breaks_the_ranking_schema(copy):
    edit_csv(copy / runfolder.RANKING, ("rank", "1"), "score", "7")
    without_checksums(copy, "ranking")
    found = errors(copy)
    assert list(found) == ["ranking"]
    assert [(e.type, e.field_name) for e in found["ranking"]] == [("constraint-error", "score")]


def test_an_unknown_status_breaks_the_outcomes_schema_and_its_checksum(copy):
    edit_csv(copy / runfolder.OUTCOMES, ("status", "ok"), "status", "fine")
    found = errors(copy)
    assert list(found) == ["outcomes"]
    types = {(e.type, getattr(e, "field_name", None)) for e in found["outcomes"]}
    assert types == {("constraint-error", "status"), ("hash-count", None), ("byte-count", None)}


def test_an_aspect_value_of_2_and_a_text_rank_are_caught(copy):
    edit_csv(copy / runfolder.ASPECTS, ("aspect", "c"), "final_value", "2")
    edit_csv(copy / runfolder.RANKING, ("rank", "1"), "rank", "first")
    without_checksums(copy, "aspects")
    without_checksums(copy, "ranking")
    found = errors(copy)
    assert [(e.type, e.field_name) for e in found["aspects"]] == [("constraint-error", "final_value")]
    assert [(e.type, e.field_name) for e in found["ranking"]] == [("type-error", "rank")]


def test_a_municipality_outside_the_register_breaks_the_foreign_key(copy):
    edit_csv(copy / runfolder.OUTCOMES, ("status", "ok"), "kommunkod", "9999")
    without_checksums(copy, "outcomes")
    found = errors(copy)
    assert [e.type for e in found["outcomes"]] == ["foreign-key"]


def test_an_edited_archive_fails_its_checksum(copy):
    with open(copy / runfolder.WARC, "ab") as handle:
        handle.write(b"\0")
    found = errors(copy)
    assert list(found) == ["archive"]
    assert {e.type for e in found["archive"]} == {"hash-count", "byte-count"}


def test_a_json_line_with_an_unknown_region_breaks_the_evidence_schema(copy):
    path = copy / runfolder.EVIDENCE
    lines = [json.loads(text) for text in path.read_text(encoding="utf-8").splitlines()]
    lines[0]["region"] = "sidebar"
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    without_checksums(copy, "evidence")
    found = errors(copy)
    assert [(e.type, e.field_name) for e in found["evidence"]] == [("constraint-error", "region")]


def scored_state(folder: Path) -> dict[str, bytes | None]:
    return {name: (folder / name).read_bytes() if (folder / name).exists() else None
            for name in (*SCORED, runfolder.RUN_JSON)}


def test_a_write_failing_midway_leaves_no_package_vouching_for_old_files(copy, monkeypatch):
    before = scored_state(copy)
    real = publish.atomic_open

    def failing(path, *args, **kwargs):
        if Path(path).name == runfolder.RANKING:
            raise OSError(28, "No space left on device")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(publish, "atomic_open", failing)
    with pytest.raises(OSError):
        publish.score_and_publish(copy)
    after = scored_state(copy)
    assert after[runfolder.DATAPACKAGE] is None
    assert after[runfolder.RANKING] == before[runfolder.RANKING]
    assert after[runfolder.SQLITE] == before[runfolder.SQLITE]  # the new one is never beside old CSVs
    assert not [p.name for p in copy.iterdir() if p.name.endswith(".tmp")]


def test_a_failure_while_computing_publishes_nothing(copy, monkeypatch):
    before = scored_state(copy)

    def broken(*args):
        raise RuntimeError("the database could not be built")

    monkeypatch.setattr(publish.database, "build", broken)
    with pytest.raises(RuntimeError):
        publish.score_and_publish(copy)
    assert scored_state(copy) == before


def test_republishing_in_process_gives_a_valid_package_again(copy):
    publish.score_and_publish(copy)
    assert errors(copy) == {}


def test_a_run_scored_with_overrides_still_validates(copy, tmp_path):
    overrides = tmp_path / "phone.csv"
    overrides.write_text("kommunkod,aspect,value,source,checked_on,checked_by,note\n"
                         "9907,e,1,phone,2026-11-02,EE,site down; the switchboard named the head of service\n"
                         "9901,a,0,visit,2026-11-03,EE,\n", encoding="utf-8")
    publish.score_and_publish(copy, str(overrides))
    from tests.conftest import read_csv

    aspects = {(r["kommunkod"], r["aspect"]): r for r in read_csv(copy / runfolder.ASPECTS)}
    assert aspects[("9907", "e")]["detector_value"] == "" and aspects[("9907", "e")]["final_value"] == "1"
    assert aspects[("9901", "b")]["final_value"] == "0"  # brought to 0 by the override of a
    assert errors(copy) == {}


def test_the_database_is_written_after_the_csvs_and_the_package_last(copy, monkeypatch):
    written = []
    real_open, real_text, real_run = publish.atomic_open, publish.write_text, publish.runfolder.write_run_json

    def recording(record, name_of):
        def wrapper(*args, **kwargs):
            written.append(name_of(*args))
            return record(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(publish, "atomic_open", recording(real_open, lambda path, *_: Path(path).name))
    monkeypatch.setattr(publish, "write_text", recording(real_text, lambda path, *_: Path(path).name))
    monkeypatch.setattr(publish.runfolder, "write_run_json", recording(real_run, lambda *_: runfolder.RUN_JSON))
    publish.score_and_publish(copy)
    first_package = written.index(runfolder.DATAPACKAGE)
    assert written[:first_package] == [runfolder.ASPECTS, runfolder.EVIDENCE, runfolder.RANKING, runfolder.REPORT,
                                       runfolder.SQLITE, runfolder.RUN_JSON]
    assert set(written[first_package:]) == {runfolder.DATAPACKAGE}
    assert errors(copy) == {}


def test_an_older_run_folder_without_later_crawl_columns_publishes_what_it_has(copy):
    # crawled before outcomes.csv had crawl_delay and pages.jsonl found_by / search_results
    with open(copy / runfolder.OUTCOMES, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][-1] == "crawl_delay"
    rows = [row[:-1] for row in rows]
    with open(copy / runfolder.OUTCOMES, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    index = copy / runfolder.INDEX
    lines = [json.loads(text) for text in index.read_text(encoding="utf-8").splitlines()]
    index.write_text("".join(json.dumps({k: v for k, v in line.items() if k not in ("found_by", "search_results")})
                             + "\n" for line in lines), encoding="utf-8")
    publish.score_and_publish(copy)
    assert errors(copy) == {}
    fields = {r["name"]: [f["name"] for f in r["schema"]["fields"]] for r in package(copy)["resources"]
              if "schema" in r}
    assert fields["outcomes"] == list(runfolder.VERIFIED_OUTCOME_COLUMNS)
    assert "found_by" not in fields["pages"] and "found_by" in fields["evidence"]
    with sqlite3.connect(copy / runfolder.SQLITE) as db:
        assert "crawl_delay" not in [row[1] for row in db.execute("PRAGMA table_info(outcomes)")]
        assert db.execute("SELECT count(*) FROM pages").fetchone()[0] == len(lines)


def test_the_package_and_the_database_get_the_mode_of_the_other_published_files(demo_run):
    mode = (demo_run / runfolder.RANKING).stat().st_mode & 0o777
    assert mode & 0o044  # readable by others, as open() with the usual umask gives
    for name in (runfolder.DATAPACKAGE, runfolder.SQLITE):
        assert (demo_run / name).stat().st_mode & 0o777 == mode, name
