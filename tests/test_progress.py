"""What a user sees while a run works: progress across worker processes, plain lines, the summary."""

import json
import re
import socket

from servicekoll.core import runfolder
from servicekoll.core.register import Municipality

from servicekoll.progress import Counts, JobFollower, StageDisplay, remaining_seconds, status_text
from tests.conftest import FAST, HTML, html_page, read_csv, run_cli, write_register


def municipalities(*codes: str) -> list[Municipality]:
    return [Municipality(code, f"Kommun {code}", "99", "Testlän", f"http://127.0.0.1:1/{code}")
            for code in codes]


def write_part_lines(out, code: str, count: int, torn: str = "") -> None:
    index = runfolder.part_paths(out, code)[1]
    index.parent.mkdir(parents=True, exist_ok=True)
    with open(index, "a", encoding="utf-8") as handle:
        handle.write("".join(json.dumps({"kommunkod": code, "n": i}) + "\n" for i in range(count)) + torn)


def journal(out, worker: str, code: str, status: str) -> None:
    runfolder.append_outcome(out, worker, {"kommunkod": code, "status": status, "status_reason": "",
                                           "pages": 0, "final_url": ""})


def test_the_follower_counts_every_worker_journal_and_the_pages_of_unfinished_municipalities(tmp_path):
    follower = JobFollower(tmp_path, municipalities("A", "B", "C", "D"))
    assert follower.counts() == Counts(done=0, total=4, pages=0, not_judged=0)
    write_part_lines(tmp_path, "A", 3)
    write_part_lines(tmp_path, "B", 2, torn='{"kommunkod": "B", "n"')  # a line half written
    journal(tmp_path, "w0", "A", "ok")
    journal(tmp_path, "w1", "C", "unreachable")
    journal(tmp_path, "w1", "X", "ok")  # not in this run's register (--only): not counted
    write_part_lines(tmp_path, "C", 1)
    assert follower.counts() == Counts(done=2, total=4, pages=6, not_judged=1, pages_of_done=4,
                                       pages_of_judged=3)
    write_part_lines(tmp_path, "B", 0, torn=': 2}\n')  # the torn line is now whole
    assert follower.counts().pages == 7


def test_a_part_discarded_and_begun_again_is_counted_afresh(tmp_path):
    follower = JobFollower(tmp_path, municipalities("A"))
    write_part_lines(tmp_path, "A", 5)
    assert follower.counts().pages == 5
    runfolder.discard_partial(tmp_path, "A")  # a resume crawls an unfinished municipality again
    assert follower.counts().pages == 0
    write_part_lines(tmp_path, "A", 2)
    assert follower.counts().pages == 2


def test_the_estimate_of_a_crawl_follows_the_pages_the_unfinished_municipalities_still_need():
    start = Counts(0, 10, pages=0, not_judged=0)
    # two unreachable done at once: nothing known about how long the others take
    assert remaining_seconds(Counts(2, 10, pages=60, not_judged=2, pages_of_done=2), start, 6.0) is None
    # one judged municipality done with 40 pages; 7 others have 40 pages each still to go,
    # less the 100 - 42 = 58 they have so far: 222 pages at 100 fetched in 10 s
    counts = Counts(3, 10, pages=100, not_judged=2, pages_of_done=42, pages_of_judged=40)
    assert remaining_seconds(counts, start, 10.0) == (7 * 40 - 58) / 10
    assert remaining_seconds(Counts(10, 10, pages=400, not_judged=2), start, 60.0) == 0.0


def test_the_estimate_uses_the_pace_of_this_invocation_only():
    # scoring: 2 of 10 done before (another invocation), 2 more in 10 s, 6 left at 5 s each
    assert remaining_seconds(Counts(4, 10), Counts(2, 10), elapsed=10.0) == 30.0
    assert remaining_seconds(Counts(2, 10), Counts(2, 10), elapsed=10.0) is None
    # a resumed crawl keeps 2 done (70 pages) and fetches the 5 pages of an unfinished one again;
    # now 2 more are done (40 pages) and 6 have 30 between them: 70 fetched in 7 s, and the 6
    # need 110 / 4 pages each
    start = Counts(2, 10, pages=75, not_judged=0, pages_of_done=70, pages_of_judged=70)
    counts = Counts(4, 10, pages=140, not_judged=0, pages_of_done=110, pages_of_judged=110)
    assert remaining_seconds(counts, start, 7.0) == (6 * 110 / 4 - 30) / 10
    text = status_text(Counts(4, 10, pages=120, not_judged=1), 10.0, 30.0)
    assert text == "4/10 municipalities, 120 pages, 1 not judged, elapsed 0:00:10, remaining ~0:00:30"
    assert status_text(Counts(0, 3), 65.0, None) == "0/3 municipalities, elapsed 0:01:05, remaining unknown yet"


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_plain_lines_come_at_the_start_every_few_seconds_and_at_the_end(capsys):
    clock = FakeClock()
    display = StageDisplay("crawl", live=False, interval=5.0, clock=clock)
    display.update(Counts(0, 4, pages=0, not_judged=0))
    clock.now += 2
    display.update(Counts(1, 4, pages=10, not_judged=0))  # too soon for another line
    clock.now += 4
    display.update(Counts(2, 4, pages=25, not_judged=1, pages_of_done=11, pages_of_judged=10))
    clock.now += 1
    assert display.finish(Counts(4, 4, pages=40, not_judged=1)) == 7.0
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        "crawl: 0/4 municipalities, 0 pages, 0 not judged, elapsed 0:00:00, remaining unknown yet",
        "crawl: 2/4 municipalities, 25 pages, 1 not judged, elapsed 0:00:06, remaining ~0:00:01",
        "crawl: 4/4 municipalities, 40 pages, 1 not judged, elapsed 0:00:07",
    ]


def refused_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/"  # nothing listens there any more


def site_with(pages: int):
    def respond(path):
        if path == "/":
            links = [("Kontaktcenter", "/kontaktcenter")] + [(f"Sida {i}", f"/sida/{i}") for i in range(pages)]
            return 200, HTML, html_page("Startsida", links=links)
        if path == "/robots.txt":
            return 404, HTML, b""
        return 200, HTML, html_page(f"Sida {path}", "<p>Vi svarar på frågor om skola och avfall.</p>")
    return respond


def test_a_run_across_two_workers_logs_plain_progress_and_a_closing_summary(tmp_path, apps):
    register = write_register(tmp_path / "register.csv", [
        ("T1", "Ettby", apps(site_with(3))), ("T2", "Tvåby", apps(site_with(5))),
        ("T3", "Treby", apps(site_with(1))), ("T4", "Fyrby", refused_url())])
    out = tmp_path / "run"
    result = run_cli("run", "--municipalities", register, "--out", out, "--workers", "2", *FAST)
    assert result.returncode == 0, result.stderr
    err = result.stderr
    assert "\x1b[" not in err and "\r" not in err  # not a terminal: no live display, no escapes
    crawl_lines = [line for line in err.splitlines() if line.startswith("crawl: ")]
    assert crawl_lines[0].startswith("crawl: 0/4 municipalities, 0 pages, 0 not judged")
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    outcomes = read_csv(out / "outcomes.csv")
    assert crawl_lines[-1].startswith(f"crawl: 4/4 municipalities, {run['pages']} pages, 1 not judged")
    assert run["pages"] == sum(int(row["pages"]) for row in outcomes) > 4
    score_lines = [line for line in err.splitlines() if line.startswith("score: ")]
    assert score_lines[0].startswith("score: 0/3 municipalities") and score_lines[-1].startswith(
        "score: 3/3 municipalities")
    # the closing summary: counts by status, time, where the files are
    summary = err[err.index("servicekoll run: done in"):]
    assert re.match(r"servicekoll run: done in \d+:\d\d:\d\d \(crawl \d+:\d\d:\d\d, score \d+:\d\d:\d\d\)",
                    summary)
    assert f"4 municipalities: 3 ok, 1 unreachable; {run['pages']} pages archived" in summary
    assert f"files in {out.resolve()}: " in summary and "ranking.csv" in summary and "report.html" in summary
    # results stay on stdout, progress on stderr
    assert "crawl: " not in result.stdout and "Ettby" in result.stdout


def test_a_crawl_alone_sums_up_without_scoring(tmp_path, apps):
    register = write_register(tmp_path / "register.csv", [("T1", "Ettby", apps(site_with(2)))])
    out = tmp_path / "run"
    result = run_cli("crawl", "--municipalities", register, "--out", out, *FAST)
    assert result.returncode == 0, result.stderr
    assert "score: " not in result.stderr
    assert re.search(r"servicekoll crawl: done in \d+:\d\d:\d\d \(crawl \d+:\d\d:\d\d\)\n"
                     r"  1 municipality: 1 ok; 4 pages archived\n", result.stderr), result.stderr
