"""Overrides, ranking, and the verbs score, compare and calllist on real run folders."""

import csv
import shutil
from datetime import date, timedelta

import pandas as pd
import pytest
from servicekoll.core import RUBRIC_VERSION
from servicekoll.core.csvsafe import safe_cell
from servicekoll.core.lexicon import load_lexicon
from servicekoll.scoring.ranking import rank_table, swedish_key

from tests.conftest import read_csv, run_cli

PUBLISHED = ("ranking.csv", "aspects.csv", "evidence.jsonl", "report.html")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("publication") / "demo"
    result = run_cli("demo", "--out", out)
    assert result.returncode == 0, result.stderr
    return out, result.stdout


def copy_run(demo_dir, tmp_path, name="run"):
    target = tmp_path / name
    shutil.copytree(demo_dir, target)
    return target


def code_of(run, kommun):
    return next(r["kommunkod"] for r in read_csv(run / "ranking.csv") if r["kommun"] == kommun)


def test_demo_prints_the_ranking_and_scores_each_sample_site_as_labelled(demo):
    from servicekoll.core import DATA_DIR

    from servicekoll.demo.sitegen import load_specs

    out, stdout = demo
    assert "Åborg" in stdout and "report:" in stdout
    rows = {r["kommun"]: r for r in read_csv(out / "ranking.csv")}
    for spec in load_specs(DATA_DIR / "sample" / "sites.toml"):
        row = rows[spec["kommun"]]
        if spec["expect"] == "unreachable":
            assert row["status"] == "unreachable"
        else:
            got = "".join(row[c] for c in ("a_entry", "b_front_page", "c_easy_to_find", "d_help_described",
                                           "e_responsible"))
            assert got == spec["expect"], spec["id"]
    assert sorted({r["score"] for r in rows.values() if r["score"]}) == ["0", "1", "2", "3", "4", "5"]


def test_score_is_byte_identical_for_the_same_archive(demo, tmp_path):
    run = copy_run(demo[0], tmp_path)
    before = (run / "ranking.csv").read_bytes()
    (run / "ranking.csv").unlink()
    assert run_cli("score", run).returncode == 0
    assert (run / "ranking.csv").read_bytes() == before


def write_overrides(path, lines):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["kommunkod", "aspect", "value", "source", "checked_on", "checked_by", "note"])
        writer.writerows(lines)
    return path


def test_an_override_that_flips_e_changes_score_and_rank_and_shows_in_both_csvs(demo, tmp_path):
    run = copy_run(demo[0], tmp_path)
    code = code_of(run, "Bergvik")  # 4 points, e = 0 on the web
    before = {r["kommunkod"]: r for r in read_csv(run / "ranking.csv")}
    overrides = write_overrides(tmp_path / "o.csv", [(code, "e", "1", "phone", "2026-11-01", "AB", "Enhetschef Eva")])
    assert run_cli("score", run, "--overrides", overrides).returncode == 0
    after = {r["kommunkod"]: r for r in read_csv(run / "ranking.csv")}
    assert (before[code]["score"], before[code]["rank"]) == ("4", "2")
    assert (after[code]["score"], after[code]["rank"], after[code]["e_source"]) == ("5", "1", "phone")
    [row] = [r for r in read_csv(run / "aspects.csv") if r["kommunkod"] == code and r["aspect"] == "e"]
    assert (row["detector_value"], row["override_value"], row["override_source"], row["override_checked_on"],
            row["override_checked_by"], row["final_value"]) == ("0", "1", "phone", "2026-11-01", "AB", "1")


TOMORROW = (date.today() + timedelta(days=1)).isoformat()
OVERRIDE_REFUSALS = {
    "unknown kommunkod": ([("0000", "e", "1", "phone", "2026-11-01", "AB", "")], 2, "kommunkod"),
    "unknown aspect": ([("{code}", "f", "1", "phone", "2026-11-01", "AB", "")], 2, "aspect"),
    "value not 0/1": ([("{code}", "e", "2", "phone", "2026-11-01", "AB", "")], 2, "value"),
    "bad date": ([("{code}", "e", "1", "phone", "2026-13-01", "AB", "")], 2, "checked_on"),
    "future date": ([("{code}", "e", "1", "phone", TOMORROW, "AB", "")], 2, "checked_on"),
    "empty source": ([("{code}", "e", "1", "", "2026-11-01", "AB", "")], 2, "source"),
    "two lines for one aspect": ([("{code}", "e", "1", "phone", "2026-11-01", "AB", ""),
                                  ("{code}", "e", "0", "web", "2026-11-02", "CD", "")], 3, "aspect"),
    "iso week date": ([("{code}", "e", "1", "phone", "2026-W47-1", "AB", "")], 2, "checked_on"),
    "date without dashes": ([("{code}", "e", "1", "phone", "20261101", "AB", "")], 2, "checked_on"),
    "date with a time": ([("{code}", "e", "1", "phone", "2026-11-01T10:00", "AB", "")], 2, "checked_on"),
    "not judged, no note": ([("{hammarby}", "e", "1", "phone", "2026-11-01", "AB", "")], 2, "note"),
    "c=1 where the detector's b is 0": ([("{ingaby}", "c", "1", "web", "2026-11-01", "AB", "")], 2, "value"),
    "b=1 where a is 0": ([("{gransjo}", "b", "1", "web", "2026-11-01", "AB", "")], 2, "value"),
    "d=1 where a is 0": ([("{gransjo}", "d", "1", "web", "2026-11-01", "AB", "")], 2, "value"),
    "c=1 where the file sets b=0": ([("{code}", "b", "0", "web", "2026-11-01", "AB", ""),
                                     ("{code}", "c", "1", "web", "2026-11-01", "AB", "")], 3, "value"),
    "c=1 where the file sets a=0": ([("{code}", "c", "1", "web", "2026-11-01", "AB", ""),
                                     ("{code}", "a", "0", "web", "2026-11-01", "AB", "")], 2, "value"),
}


def sample_codes(run) -> dict[str, str]:
    return {"code": code_of(run, "Bergvik"), "hammarby": code_of(run, "Hammarby"),
            "ingaby": code_of(run, "Ingaby"), "gransjo": code_of(run, "Gransjö")}


@pytest.mark.parametrize("case", sorted(OVERRIDE_REFUSALS))
def test_override_refusals_exit_2_name_line_and_field_and_publish_nothing(demo, tmp_path, case):
    run = copy_run(demo[0], tmp_path)
    codes = sample_codes(run)
    lines, line, field = OVERRIDE_REFUSALS[case]
    overrides = write_overrides(tmp_path / "o.csv", [tuple(v.format(**codes) for v in row) for row in lines])
    for name in PUBLISHED:
        (run / name).unlink()
    result = run_cli("score", run, "--overrides", overrides)
    assert result.returncode == 2
    assert f"o.csv:{line}" in result.stderr and f"field '{field}'" in result.stderr
    assert not any((run / name).exists() for name in PUBLISHED)


def test_bad_overrides_stop_a_run_before_any_request(tmp_path):
    overrides = write_overrides(tmp_path / "o.csv", [("0114", "e", "yes", "phone", "2026-11-01", "AB", "")])
    out = tmp_path / "run"
    result = run_cli("run", "--only", "0114", "--overrides", overrides, "--out", out)
    assert result.returncode == 2 and "o.csv:2" in result.stderr
    assert not out.exists()


def test_score_on_a_folder_that_is_not_a_run_folder_says_so(tmp_path):
    result = run_cli("score", tmp_path)
    assert result.returncode == 2 and "not a finished run folder" in result.stderr


def test_calllist_round_trips_into_score_overrides(demo, tmp_path):
    run = copy_run(demo[0], tmp_path)
    target = tmp_path / "calls.csv"
    assert run_cli("calllist", run, "--out", target).returncode == 0
    calls = read_csv(target)
    e_zero = [r for r in read_csv(run / "ranking.csv") if r["status"] == "ok" and r["e_responsible"] == "0"]
    assert {r["kommunkod"] for r in calls} == {r["kommunkod"] for r in e_zero}
    assert all(r["source"] == "phone" and r["aspect"] == "e" for r in calls)
    assert all(r["switchboard"] == "0123-45 67 00" for r in calls)  # the sample footer's växel
    # unfilled, the file is accepted and changes nothing
    assert run_cli("score", run, "--overrides", target).returncode == 0
    for row in calls:
        row.update(value="1", checked_on="2026-11-20", checked_by="EK", note="telefon")
    with open(target, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(calls[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(calls)
    assert run_cli("score", run, "--overrides", target).returncode == 0
    after = {r["kommunkod"]: r for r in read_csv(run / "ranking.csv")}
    assert all(after[r["kommunkod"]]["e_responsible"] == "1" and after[r["kommunkod"]]["e_source"] == "phone"
               for r in calls)


def test_compare_reports_changes_new_and_gone(demo, tmp_path):
    old = copy_run(demo[0], tmp_path, "old")
    new = copy_run(demo[0], tmp_path, "new")
    code = code_of(new, "Bergvik")
    overrides = write_overrides(tmp_path / "o.csv", [(code, "c", "0", "web", "2026-11-01", "AB", "")])
    assert run_cli("score", new, "--overrides", overrides).returncode == 0
    # the old register had a municipality that has since merged away
    rows = read_csv(old / "ranking.csv")
    rows.append({**rows[0], "kommunkod": "9999", "kommun": "Gamlaby"})
    with open(old / "ranking.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    target = tmp_path / "changes.csv"
    assert run_cli("compare", old, new, "--out", target).returncode == 0
    changes = {r["kommunkod"]: r for r in read_csv(target)}
    assert changes[code]["change"] == "down" and changes[code]["aspects_changed"] == "c: 1→0"
    assert changes[code]["score_change"] == "-1"
    assert changes["9999"]["change"] == "gone"
    same = [r for r in changes.values() if r["kommunkod"] not in (code, "9999")]
    assert all(r["change"] == "same" for r in same)


def test_compare_matches_an_old_file_without_codes_by_name(demo, tmp_path):
    from servicekoll.compare import compare_frames, read_ranking

    new = read_ranking(demo[0])
    old = new.copy().drop(columns=["kommunkod"])
    old.loc[old["kommun"] == "Åborg", "kommun"] = "Aborg"
    result = compare_frames(old, new)
    row = result[result["kommun"] == "Åborg"].iloc[0]
    assert row["matched_by"].startswith("name") and row["change"] == "same"


def test_competition_rank_and_swedish_order():
    def row(code, name, score):
        values = [1] * score + [0] * (5 - score)
        return {"kommunkod": code, "kommun": name, "lan": "L", "status": "ok",
                **dict(zip(["a_entry", "b_front_page", "c_easy_to_find", "d_help_described", "e_responsible"],
                           values, strict=True))}
    rows = [row("1", "Örebro", 3), row("2", "Arboga", 3), row("3", "Ängelholm", 3), row("4", "Zinkgruvan", 5),
            row("5", "Åmål", 1), {"kommunkod": "6", "kommun": "Ale", "lan": "L", "status": "blocked",
                                  "status_reason": "HTTP 403"}]
    ranking = rank_table(rows)
    assert list(ranking["kommun"]) == ["Zinkgruvan", "Arboga", "Ängelholm", "Örebro", "Åmål", "Ale"]
    assert [None if pd.isna(r) else int(r) for r in ranking["rank"]] == [1, 2, 2, 2, 5, None]
    assert swedish_key("Åmål") < swedish_key("Älvdalen") < swedish_key("Örebro")
    assert swedish_key("Zinkgruvan") < swedish_key("Åmål")


def test_page_text_never_starts_a_formula():
    for text in ("=HYPERLINK(\"x\")", "+46 21", "-1", "@SUM(A1)"):
        assert safe_cell(text).startswith("'")
    assert safe_cell("Kontaktcenter") == "Kontaktcenter" and safe_cell(3) == 3


def test_previous_run_adds_a_movements_section_to_the_report(demo, tmp_path):
    old = copy_run(demo[0], tmp_path, "old")
    new = copy_run(demo[0], tmp_path, "new")
    code = code_of(new, "Bergvik")
    overrides = write_overrides(tmp_path / "o.csv", [(code, "c", "0", "web", "2026-11-01", "AB", "")])
    assert run_cli("score", new, "--overrides", overrides, "--previous", old).returncode == 0
    report = (new / "report.html").read_text(encoding="utf-8")
    assert "Rörelser sedan förra mätningen" in report and "1 av 8 kommuner har ändrats" in report


@pytest.mark.parametrize("verb", ["compare", "calllist", "score"])
def test_verbs_on_a_folder_that_is_not_a_run_refuse_with_exit_2(tmp_path, verb):
    args = [tmp_path, tmp_path] if verb == "compare" else [tmp_path]
    result = run_cli(verb, *args)
    assert result.returncode == 2 and str(tmp_path) in result.stderr


def test_every_verb_has_help_with_a_real_example():
    for verb in ("run", "crawl", "score", "compare", "calllist", "demo"):
        result = run_cli(verb, "--help")
        assert result.returncode == 0 and f"servicekoll {verb}" in result.stdout.split("example:")[1]
    version = run_cli("--version").stdout
    # the versions the data files say, not a copy of them
    assert f"rubric {RUBRIC_VERSION}," in version and f"lexicon {load_lexicon().version} " in version


CONTRADICTION_ADVICE = {"c=1 where the detector's b is 0": "set b=1 for", "b=1 where a is 0": "set a=1",
                        "d=1 where a is 0": "set a=1", "c=1 where the file sets b=0": "set b=1"}


@pytest.mark.parametrize("case", sorted(CONTRADICTION_ADVICE))
def test_a_contradicting_override_says_what_else_to_set(demo, tmp_path, case):
    run = copy_run(demo[0], tmp_path)
    lines, _, _ = OVERRIDE_REFUSALS[case]
    overrides = write_overrides(tmp_path / "o.csv", [tuple(v.format(**sample_codes(run)) for v in row)
                                                     for row in lines])
    result = run_cli("score", run, "--overrides", overrides)
    assert result.returncode == 2 and CONTRADICTION_ADVICE[case] in result.stderr, result.stderr


RAW_REFUSALS = {
    "unquoted comma in a note": ("{code},e,1,phone,2026-11-01,AB,Enhetschef, Eva Ek\n", 2, "note", "8 fields"),
    "a field too few": ("{code},e,1,phone,2026-11-01,AB\n", 2, "note", "6 fields"),
}


@pytest.mark.parametrize("case", sorted(RAW_REFUSALS))
def test_a_row_with_more_or_fewer_fields_than_the_header_is_refused(demo, tmp_path, case):
    run = copy_run(demo[0], tmp_path)
    text, line, field, count = RAW_REFUSALS[case]
    overrides = tmp_path / "o.csv"
    overrides.write_text("kommunkod,aspect,value,source,checked_on,checked_by,note\n"
                         + text.format(code=code_of(run, "Bergvik")), encoding="utf-8")
    for name in PUBLISHED:
        (run / name).unlink()
    result = run_cli("score", run, "--overrides", overrides)
    assert result.returncode == 2
    assert f"o.csv:{line}: field '{field}'" in result.stderr and count in result.stderr and "7" in result.stderr
    assert not any((run / name).exists() for name in PUBLISHED)


def test_a_zero_for_a_forces_b_c_and_d_to_zero_with_the_reason_shown(demo, tmp_path):
    run = copy_run(demo[0], tmp_path)
    code = code_of(run, "Bergvik")  # a b c d = 1 on the web
    overrides = write_overrides(tmp_path / "o.csv", [(code, "a", "0", "visit", "2026-11-01", "AB",
                                                      "kontaktcentret är nedlagt")])
    assert run_cli("score", run, "--overrides", overrides).returncode == 0
    row = {r["kommunkod"]: r for r in read_csv(run / "ranking.csv")}[code]
    assert [row[c] for c in ("a_entry", "b_front_page", "c_easy_to_find", "d_help_described", "score")] == [
        "0", "0", "0", "0", "0"]
    aspects = {r["aspect"]: r for r in read_csv(run / "aspects.csv") if r["kommunkod"] == code}
    for aspect in "bcd":
        assert (aspects[aspect]["detector_value"], aspects[aspect]["final_value"]) == ("1", "0")
        assert "needs a" in aspects[aspect]["rule"] and "o.csv:2" in aspects[aspect]["rule"]
    assert aspects["e"]["final_value"] == "0" and "needs" not in aspects["e"]["rule"]
    report = (run / "report.html").read_text(encoding="utf-8")
    assert "b needs a" in report


def test_an_override_for_a_municipality_not_judged_is_kept_when_its_note_says_why(demo, tmp_path):
    run = copy_run(demo[0], tmp_path)
    code = code_of(run, "Hammarby")  # unreachable
    overrides = write_overrides(tmp_path / "o.csv", [(code, "e", "1", "phone", "2026-11-01", "AB",
                                                      "webbplatsen nere; växeln: enhetschef Ola Berg")])
    assert run_cli("score", run, "--overrides", overrides).returncode == 0
    [row] = [r for r in read_csv(run / "aspects.csv") if r["kommunkod"] == code]
    assert (row["aspect"], row["override_value"], row["override_note"]) == ("e", "1", "webbplatsen nere; växeln: "
                                                                                     "enhetschef Ola Berg")
    ranked = {r["kommunkod"]: r for r in read_csv(run / "ranking.csv")}[code]
    assert ranked["status"] == "unreachable" and ranked["score"] == "" and ranked["rank"] == ""


def test_run_json_records_the_override_file_and_the_report_and_compare_mark_override_values(demo, tmp_path):
    import hashlib
    import json

    old = copy_run(demo[0], tmp_path, "old")
    run = copy_run(demo[0], tmp_path, "new")
    code = code_of(run, "Bergvik")
    overrides = write_overrides(tmp_path / "phone.csv", [(code, "e", "1", "phone", "2026-11-01", "AB", "Eva")])
    assert run_cli("score", run, "--overrides", overrides).returncode == 0
    record = json.loads((run / "run.json").read_text(encoding="utf-8"))["overrides"]
    assert record["file"] == "phone.csv"
    assert record["sha256"] == hashlib.sha256(overrides.read_bytes()).hexdigest()
    assert record["values"] == [{"kommunkod": code, "aspect": "e", "value": 1, "source": "phone",
                                 "checked_on": "2026-11-01", "checked_by": "AB", "note": "Eva", "line": 2}]
    report = (run / "report.html").read_text(encoding="utf-8")
    assert "phone.csv" in report and record["sha256"][:12] in report
    assert f"data-override='{code}:e'" in report and report.count("data-override=") == 1
    target = tmp_path / "changes.csv"
    assert run_cli("compare", old, run, "--out", target).returncode == 0
    changes = {r["kommunkod"]: r for r in read_csv(target)}
    assert changes[code]["new_overrides"] == "e=1 (phone 2026-11-01)" and changes[code]["old_overrides"] == ""
    assert all(r["new_overrides"] == "" for c, r in changes.items() if c != code)
    # scored again without the file: run.json says so
    assert run_cli("score", run).returncode == 0
    assert json.loads((run / "run.json").read_text(encoding="utf-8"))["overrides"] is None


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640)], ids=["umask 022", "umask 027"])
def test_published_files_are_readable_as_the_umask_allows(demo, tmp_path, umask, mode):
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    run = copy_run(demo[0], tmp_path)
    result = subprocess.run([sys.executable, "-m", "servicekoll", "score", str(run)], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                            preexec_fn=lambda: os.umask(umask), timeout=120)
    assert result.returncode == 0, result.stderr
    for name in (*PUBLISHED, "run.json"):
        assert (run / name).stat().st_mode & 0o777 == mode, name


def test_a_second_call_list_leaves_out_who_was_already_phoned(demo, tmp_path):
    run = copy_run(demo[0], tmp_path)
    first = tmp_path / "round1.csv"
    assert run_cli("calllist", run, "--out", first).returncode == 0
    calls = read_csv(first)
    assert len(calls) >= 3
    phoned, left = calls[:2], calls[2:]
    phoned[0].update(value="1", checked_on="2026-11-20", checked_by="EK", note="enhetschef finns")
    phoned[1].update(value="0", checked_on="2026-11-21", checked_by="EK", note="ingen ansvarig")
    with open(first, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(calls[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(calls)
    assert run_cli("score", run, "--overrides", first).returncode == 0
    second = tmp_path / "round2.csv"
    result = run_cli("calllist", run, "--out", second)
    assert result.returncode == 0, result.stderr
    assert [r["kommunkod"] for r in read_csv(second)] == [r["kommunkod"] for r in left]
    # or listed apart, after the others, with their last check filled in
    both = tmp_path / "round2-all.csv"
    assert run_cli("calllist", run, "--out", both, "--list-checked").returncode == 0
    rows = read_csv(both)
    assert [r["kommunkod"] for r in rows] == [r["kommunkod"] for r in left + phoned]
    assert all(r["last_check"] == "" for r in rows[: len(left)])
    checked = {r["kommunkod"]: r for r in rows[len(left):]}
    assert checked[phoned[1]["kommunkod"]]["last_check"] == "e=0 phone 2026-11-21 EK"
    assert checked[phoned[1]["kommunkod"]]["value"] == "0" and checked[phoned[1]["kommunkod"]]["note"] == "ingen ansvarig"
    # filled in and used alone, it keeps the first round's checks
    assert run_cli("score", run, "--overrides", both).returncode == 0
    after = {r["kommunkod"]: r for r in read_csv(run / "ranking.csv")}
    assert after[phoned[0]["kommunkod"]]["e_responsible"] == "1"
    assert after[phoned[0]["kommunkod"]]["e_source"] == "phone"


def test_score_help_states_the_override_rules():
    text = " ".join(run_cli("score", "--help").stdout.split())
    assert "YYYY-MM-DD" in text and "not judged" in text and "note" in text and "a=0" in text
