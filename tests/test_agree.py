"""`servicekoll agree`: agreement of a run with hand-coded labels.

The arithmetic is checked on a run folder written by hand (ranking.csv,
evidence.jsonl, aspects.csv) against figures computed by hand; the contract
with real run folders on the demo pipeline; every kind of bad label file on
its own.
"""

import csv
import json
from pathlib import Path

import pandas as pd
import pytest
from servicekoll.core.errors import InputError

from servicekoll.agree import agree, cohen_kappa, load_labels
from servicekoll.cli import main
from tests.conftest import ROOT, read_csv, run_cli, scored_demo

# farm3 lives beside the repository (../shared/farm3); a user's clone lacks it.
FARM3_LABELS = ROOT.parent / "shared" / "farm3" / "labels.csv"
RANKING_COLUMNS = ["rank", "kommunkod", "kommun", "lan", "score", "a_entry", "b_front_page", "c_easy_to_find",
                   "d_help_described", "e_responsible", "e_source", "status", "status_reason"]
# kommunkod, kommun, tool's a-e ("" when not judged), status
TOOL = [("0001", "Alby", "11111", "ok"), ("0002", "Bryne", "11010", "ok"), ("0003", "Cedra", "11101", "ok"),
        ("0004", "Dalum", "00000", "ok"), ("0005", "Eksjöby", "", "unreachable"), ("0006", "Fjäl", "11111", "ok")]
LABEL_HEADER = ["kommunkod", "a", "b", "c", "d", "e", "status", "note"]
# Against TOOL: c differs on 0002 (tool 0), e on 0003 (tool 1, by a phone override), a on 0004 (tool 0);
# 0006 is labelled unreachable although the tool judged it.
LABELS = [["0001", "1", "1", "1", "1", "1", "ok", "all there"], ["0002", "1", "1", "1", "1", "0", "", "menu top"],
          ["0003", "1", "1", "1", "0", "0", "", ""], ["0004", "1", "0", "0", "0", "0", "", "a news item"],
          ["0005", "", "", "", "", "", "unreachable", ""], ["0006", "", "", "", "", "", "unreachable", "down"]]


def write_run(folder: Path, tool=TOOL) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "ranking.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(RANKING_COLUMNS)
        for code, name, values, status in tool:
            score = str(sum(map(int, values))) if values else ""
            writer.writerow(["", code, name, "Testlän", score, *(values or [""] * 5), "web" if values else "",
                             status, "" if values else "timed out"])
    evidence = [{"kommunkod": "0002", "aspect": "c", "value": 0, "rule": "c0: entrances only in footer",
                 "page_url": "http://127.0.0.1:1/", "element_text": "Kontaktcenter", "region": "footer",
                 "snippet": "Kontaktcenter", "depth": 0, "kind": "link", "also": []},
                {"kommunkod": "0003", "aspect": "e", "value": 0, "rule": "e0: no person or role is named",
                 "page_url": "", "element_text": "", "region": "", "snippet": "", "depth": None, "kind": "",
                 "also": []}]
    (folder / "evidence.jsonl").write_text("".join(json.dumps(r) + "\n" for r in evidence), encoding="utf-8")
    (folder / "aspects.csv").write_text(
        "kommunkod,kommun,aspect,aspect_name,detector_value,override_value,override_source,override_checked_on,"
        "override_checked_by,override_note,final_value,rule\n"
        "0003,Cedra,e,e_responsible,0,1,phone,2026-11-01,AB,Enhetschef Eva,1,e0: no person or role is named\n",
        encoding="utf-8")
    return folder


def write_labels(path: Path, rows: list[list[str]], header: list[str] = LABEL_HEADER) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def summary_of(result) -> dict[str, dict]:
    return {row["measure"]: row for row in result.summary.to_dict("records")}


# Cohen's kappa.


def test_kappa_matches_a_hand_computed_example():
    # n=50: p_o = (20+15)/50 = 0.7; tool 25/25, label 30/20: p_e = (25*30 + 25*20)/2500 = 0.5; kappa = 0.4
    kappa = cohen_kappa({(0, 0): 20, (0, 1): 5, (1, 0): 10, (1, 1): 15})
    assert kappa.p_observed == pytest.approx(0.7) and kappa.p_expected == pytest.approx(0.5)
    assert kappa.value == pytest.approx(0.4)


def test_kappa_is_negative_when_agreement_is_below_chance():
    # p_o = 24/32 = 0.75; tool and label each 28 ones and 4 zeros: p_e = (4*4 + 28*28)/1024 > p_o
    kappa = cohen_kappa({(0, 1): 4, (1, 0): 4, (1, 1): 24})
    assert kappa.value == pytest.approx((0.75 - 800 / 1024) / (1 - 800 / 1024))
    assert kappa.value < 0


@pytest.mark.parametrize("counts", [{(1, 1): 7}, {(0, 0): 3}])
def test_kappa_is_undefined_not_a_division_error_when_expected_agreement_is_one(counts):
    kappa = cohen_kappa(counts)
    assert kappa.value is None and kappa.p_expected == 1.0 and kappa.p_observed == 1.0
    assert kappa.note.startswith("undefined")


def test_kappa_of_nothing_is_undefined():
    assert cohen_kappa({}).value is None and cohen_kappa({}).note == "nothing to compare"


def test_perfect_agreement_on_both_values_is_kappa_one():
    assert cohen_kappa({(0, 0): 2, (1, 1): 3}).value == pytest.approx(1.0)


# Agreement on a hand-written run folder.


def test_per_aspect_agreement_kappa_and_confusion_match_the_hand_computed_figures(tmp_path):
    run = write_run(tmp_path / "run")
    result = agree(write_labels(tmp_path / "labels.csv", LABELS), run)
    summary = summary_of(result)
    # a: tool 1110 vs label 1111: p_o 3/4, p_e (1*0 + 3*4)/16 = 3/4 -> kappa 0
    assert (summary["a"]["n"], summary["a"]["agree"], summary["a"]["agreement_pct"]) == (4, 3, 75.0)
    assert summary["a"]["kappa"] == pytest.approx(0.0)
    assert [summary["a"][c] for c in ("tool0_label0", "tool0_label1", "tool1_label0", "tool1_label1")] == [0, 1, 0, 3]
    # c: tool 1010 vs label 1110: p_o 3/4, p_e (2*1 + 2*3)/16 = 1/2 -> kappa 0.5
    assert summary["c"]["kappa"] == pytest.approx(0.5) and summary["c"]["p_expected"] == pytest.approx(0.5)
    assert [summary["c"][c] for c in ("tool0_label0", "tool0_label1", "tool1_label0", "tool1_label1")] == [1, 1, 0, 2]
    assert summary["b"]["kappa"] == pytest.approx(1.0) and summary["d"]["agreement_pct"] == 100.0
    assert summary["e"]["kappa"] == pytest.approx(0.5) and summary["e"]["tool1_label0"] == 1
    # pooled over the 20 pairs: 17 agree; tool 12 ones, label 13: p_e = (8*7 + 12*13)/400 = 0.53
    assert (summary["all"]["n"], summary["all"]["agree"], summary["all"]["agreement_pct"]) == (20, 17, 85.0)
    assert summary["all"]["kappa"] == pytest.approx((0.85 - 0.53) / 0.47)
    # exact score over the four judged by both: only 0001 (5 = 5)
    assert (summary["score"]["n"], summary["score"]["agree"], summary["score"]["agreement_pct"]) == (4, 1, 25.0)
    # status where the labels carry one: 0001 ok=ok, 0005 unreachable=unreachable, 0006 unreachable!=ok
    assert (summary["status"]["n"], summary["status"]["agree"]) == (3, 2)
    assert result.status_confusion == {"ok": {"ok": 1}, "unreachable": {"unreachable": 1, "ok": 1}}


def test_every_disagreement_carries_the_tools_rule_evidence_and_override(tmp_path):
    result = agree(write_labels(tmp_path / "labels.csv", LABELS), write_run(tmp_path / "run"))
    found = {(r["kommunkod"], r["measure"]): r for r in result.disagreements.to_dict("records")}
    assert set(found) == {("0002", "c"), ("0003", "e"), ("0004", "a"), ("0002", "score"), ("0003", "score"),
                          ("0004", "score"), ("0006", "status")}
    footer = found[("0002", "c")]
    assert (footer["label"], footer["tool"], footer["rule"], footer["region"], footer["element_text"],
            footer["page_url"], footer["label_note"]) == (
        "1", "0", "c0: entrances only in footer", "footer", "Kontaktcenter", "http://127.0.0.1:1/", "menu top")
    assert found[("0003", "e")]["tool_source"] == "override (phone)"
    assert found[("0002", "c")]["tool_source"] == "detector"
    assert (found[("0006", "status")]["label"], found[("0006", "status")]["tool"]) == ("unreachable", "ok")


def test_the_printed_table_shows_figures_and_disagreements_with_evidence(tmp_path, capsys):
    run = write_run(tmp_path / "run")
    assert main(["agree", str(write_labels(tmp_path / "labels.csv", LABELS)), str(run)]) == 0
    out = capsys.readouterr().out
    assert any(line.startswith("c c_easy_to_find") and "75.0" in line and "0.50" in line for line in out.splitlines())
    assert "0002 Bryne: score label 4, tool 3" in out
    assert "c: label 1, tool 0  c0: entrances only in footer" in out
    assert "[footer] 'Kontaktcenter' on http://127.0.0.1:1/" in out
    assert "e: label 0, tool 1 by override (phone)" in out
    assert "0006 Fjäl: status label unreachable, tool ok" in out


def test_a_degenerate_aspect_is_reported_undefined_in_table_csv_and_json(tmp_path, capsys):
    run = write_run(tmp_path / "run")
    labels = write_labels(tmp_path / "labels.csv", [["0001", "1", "", "", "", ""], ["0006", "1", "", "", "", ""]],
                          header=LABEL_HEADER[:6])
    out_csv, out_json = tmp_path / "agree.csv", tmp_path / "agree.json"
    assert main(["agree", str(labels), str(run), "--out", str(out_csv), "--json", str(out_json)]) == 0
    printed = capsys.readouterr().out
    assert "undef" in printed and "kappa for a: undefined: expected agreement is 1" in printed
    summary = {r["measure"]: r for r in read_csv(tmp_path / "agree-summary.csv")}
    assert (summary["a"]["n"], summary["a"]["agreement_pct"], summary["a"]["kappa"]) == ("2", "100.0", "")
    assert summary["a"]["kappa_note"].startswith("undefined")
    document = json.loads(out_json.read_text(encoding="utf-8"))
    [a_row] = [r for r in document["summary"] if r["measure"] == "a"]
    assert a_row["kappa"] is None and a_row["p_expected"] == 1.0 and a_row["n"] == 2
    assert [r["measure"] for r in document["comparisons"]] == ["a", "a"]


def test_out_writes_every_comparison_and_the_summary_as_csv(tmp_path):
    run = write_run(tmp_path / "run")
    out_csv = tmp_path / "out" / "agree.csv"
    assert main(["agree", str(write_labels(tmp_path / "labels.csv", LABELS)), str(run), "--out", str(out_csv)]) == 0
    rows = read_csv(out_csv)
    # 4 municipalities x 5 aspects + 4 scores + 3 statuses
    assert len(rows) == 27
    [footer] = [r for r in rows if (r["kommunkod"], r["measure"]) == ("0002", "c")]
    assert (footer["agree"], footer["region"], footer["label_line"]) == ("0", "footer", "3")
    assert {r["agree"] for r in rows} == {"0", "1"}
    assert [r["measure"] for r in read_csv(tmp_path / "out" / "agree-summary.csv")] == [
        "a", "b", "c", "d", "e", "all", "score", "status"]


def test_aspects_the_tool_could_not_judge_are_counted_as_not_compared(tmp_path):
    labels = write_labels(tmp_path / "labels.csv", [["0005", "1", "1", "0", "", "", "", ""],
                                                    ["0001", "1", "", "", "", "", "", ""]])
    summary = summary_of(agree(labels, write_run(tmp_path / "run")))
    assert (summary["a"]["n"], summary["a"]["not_compared"]) == (1, 1)
    assert (summary["b"]["n"], summary["b"]["not_compared"]) == (0, 1) and pd.isna(summary["b"]["agreement_pct"])
    assert summary["score"]["n"] == 0  # 0005 has neither all five aspects coded nor a score


def test_the_farm3_label_format_is_read_with_its_score_and_notes(tmp_path):
    header = ["kommunkod", "kommun", "status", "a", "b", "c", "d", "e", "score", "notes"]
    labels = write_labels(tmp_path / "labels.csv", [
        ["0002", "Bryne kommun", "ok", "1", "1", "1", "1", "0", "4", "Top-level 'Kontaktcenter'"],
        ["0005", "Eksjöby kommun", "unreachable", "", "", "", "", "", "", "refused"]], header=header)
    result = agree(labels, write_run(tmp_path / "run"))
    summary = summary_of(result)
    assert (summary["score"]["n"], summary["score"]["agree"]) == (1, 0)
    assert (summary["status"]["n"], summary["status"]["agree"]) == (2, 2)
    [c_row] = result.disagreements[result.disagreements["measure"] == "c"].to_dict("records")
    assert c_row["label_note"] == "Top-level 'Kontaktcenter'"


@pytest.mark.skipif(not FARM3_LABELS.exists(), reason="../shared/farm3 is not here (a user's clone)")
def test_farm3s_own_label_file_loads():
    labels = load_labels(FARM3_LABELS, {f"92{n:02d}" for n in range(1, 41)})
    assert len(labels) == 40
    judged = [label for label in labels if label.status == "ok"]
    assert len(judged) == 32 and all(label.score == sum(label.aspects.values()) for label in judged)
    assert all(all(v is None for v in label.aspects.values()) for label in labels if label.status != "ok")


# Bad label files: exit 2, file:line and field named, nothing written.

BAD_LABELS = {
    "missing column": ("kommunkod,a,b,c,d\n0001,1,1,1,1\n", 1, "e", "missing column 'e'"),
    "value other than 0/1/empty": ("kommunkod,a,b,c,d,e\n0001,1,1,1,1,1\n0002,1,1,ja,1,0\n", 3, "c",
                                   "'ja' must be 0, 1 or empty"),
    "value 2": ("kommunkod,a,b,c,d,e\n0001,2,1,1,1,1\n", 2, "a", "'2' must be 0, 1 or empty"),
    "unknown kommunkod": ("kommunkod,a,b,c,d,e\n0001,1,1,1,1,1\n0099,1,1,1,1,1\n", 3, "kommunkod",
                          "unknown kommunkod '0099'"),
    "leading zero dropped": ("kommunkod,a,b,c,d,e\n1,1,1,1,1,1\n", 2, "kommunkod", "did you mean 0001?"),
    "empty kommunkod": ("kommunkod,a,b,c,d,e\n,1,1,1,1,1\n", 2, "kommunkod", "kommunkod is empty"),
    "duplicate kommunkod": ("kommunkod,a,b,c,d,e\n0001,1,1,1,1,1\n0002,1,1,1,1,1\n0001,0,0,0,0,0\n", 4,
                            "kommunkod", "duplicate kommunkod '0001' (first on line 2)"),
    "bad status": ("kommunkod,a,b,c,d,e,status\n0001,1,1,1,1,1,down\n", 2, "status", "status 'down' must be"),
    "coded although not judged": ("kommunkod,a,b,c,d,e,status\n0005,1,,,,,unreachable\n", 2, "a",
                                  "means not judged"),
    "score not the sum": ("kommunkod,a,b,c,d,e,score\n0001,1,1,1,1,0,5\n", 2, "score", "is not a+b+c+d+e = 4"),
    "score out of range": ("kommunkod,a,b,c,d,e,score\n0001,,,,,,7\n", 2, "score", "whole number 0-5"),
    "c without b": ("kommunkod,a,b,c,d,e\n0001,1,0,1,1,1\n", 2, "c", "c needs b"),
    "only a header": ("kommunkod,a,b,c,d,e\n", 2, None, "no labelled municipalities"),
}


@pytest.mark.parametrize("case", sorted(BAD_LABELS))
def test_a_bad_label_file_exits_2_naming_file_line_and_field_and_writes_nothing(tmp_path, capsys, case):
    text, line, field, message = BAD_LABELS[case]
    labels = tmp_path / "labels.csv"
    labels.write_text(text, encoding="utf-8")
    out_csv = tmp_path / "agree.csv"
    status = main(["agree", str(labels), str(write_run(tmp_path / "run")), "--out", str(out_csv),
                   "--json", str(tmp_path / "agree.json")])
    err = capsys.readouterr().err
    where = f"{labels}:{line}" + (f": field '{field}'" if field else "")
    assert status == 2 and where in err and message in err, err
    assert not out_csv.exists() and not (tmp_path / "agree.json").exists()
    assert not (tmp_path / "agree-summary.csv").exists()


def test_a_label_file_that_is_not_utf8_names_its_line(tmp_path, capsys):
    labels = tmp_path / "labels.csv"
    labels.write_bytes("kommunkod,a,b,c,d,e,note\n0001,1,1,1,1,1,ok\n0002,1,1,1,1,0,Växel\n".encode("latin-1"))
    assert main(["agree", str(labels), str(write_run(tmp_path / "run"))]) == 2
    err = capsys.readouterr().err
    assert f"{labels}:3" in err and "not UTF-8" in err


def test_an_empty_label_file_is_refused(tmp_path, capsys):
    labels = tmp_path / "labels.csv"
    labels.write_bytes(b"")
    assert main(["agree", str(labels), str(write_run(tmp_path / "run"))]) == 2
    err = capsys.readouterr().err
    assert f"{labels}:1" in err and "file is empty" in err


def test_load_labels_raises_input_error_with_line_and_field(tmp_path):
    labels = tmp_path / "l.csv"
    labels.write_text("kommunkod,a,b,c,d,e\n0001,1,1,1,1,x\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_labels(labels, {"0001"})
    assert (raised.value.line, raised.value.field) == (2, "e")


def test_a_folder_that_is_not_a_scored_run_is_refused_with_exit_2(tmp_path):
    labels = write_labels(tmp_path / "labels.csv", LABELS[:1])
    result = run_cli("agree", labels, tmp_path / "nothing-here")
    assert result.returncode == 2 and "is not a scored run folder" in result.stderr


# On a real run folder: the demo pipeline on loopback.


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    return scored_demo(tmp_path_factory, "agree")


def labels_from_expectations(run: Path, flip: tuple[str, str]) -> list[list[str]]:
    """The sample sites' rubric values (data/sample/sites.toml), one aspect flipped to make a disagreement."""
    from servicekoll.core import DATA_DIR

    from servicekoll.demo.sitegen import load_specs

    codes = {r["kommun"]: r["kommunkod"] for r in read_csv(run / "ranking.csv")}
    rows = []
    for spec in load_specs(DATA_DIR / "sample" / "sites.toml"):
        if spec["expect"] == "unreachable":
            rows.append([codes[spec["kommun"]], "", "", "", "", "", "unreachable", ""])
            continue
        values = list(spec["expect"])
        if spec["kommun"] == flip[0]:
            index = "abcde".index(flip[1])
            values[index] = "1" if values[index] == "0" else "0"
        rows.append([codes[spec["kommun"]], *values, "ok", spec["id"]])
    return rows


def test_on_a_demo_run_the_cli_finds_the_one_planted_disagreement_with_its_evidence(demo_run, tmp_path):
    labels = write_labels(tmp_path / "labels.csv", labels_from_expectations(demo_run, ("Åborg", "c")))
    out_csv = tmp_path / "agree.csv"
    result = run_cli("agree", labels, demo_run, "--out", out_csv)
    assert result.returncode == 0, result.stderr
    rows = read_csv(out_csv)
    disagreements = [r for r in rows if r["agree"] == "0"]
    assert [(r["kommun"], r["measure"]) for r in disagreements] == [("Åborg", "c"), ("Åborg", "score")]
    [c_row] = [r for r in disagreements if r["measure"] == "c"]
    evidence = {(r["kommunkod"], r["aspect"]): r for r in map(json.loads, (demo_run / "evidence.jsonl").open())}
    tool = evidence[(c_row["kommunkod"], "c")]
    assert (c_row["tool"], c_row["rule"], c_row["page_url"], c_row["element_text"], c_row["region"]) == (
        "1", tool["rule"], tool["page_url"], tool["element_text"], tool["region"])
    assert c_row["page_url"] and c_row["region"]
    summary = {r["measure"]: r for r in read_csv(tmp_path / "agree-summary.csv")}
    judged = sum(1 for r in read_csv(demo_run / "ranking.csv") if r["status"] == "ok")
    assert summary["c"]["n"] == str(judged) and summary["c"]["agree"] == str(judged - 1)
    assert summary["status"]["agreement_pct"] == "100.0" and summary["d"]["agreement_pct"] == "100.0"
    assert "Åborg" in result.stdout and "c: label 0, tool 1" in result.stdout


def test_agree_has_help_with_a_real_example():
    result = run_cli("agree", "--help")
    assert result.returncode == 0 and "servicekoll agree" in result.stdout.split("example:")[1]
