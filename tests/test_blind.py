"""The held-out corpus (tests/blind): 16 sites and their labels, written by a helper
from the rubric alone, without reading our crawler, scoring or lexicon.

Served from this process on loopback, crawled and scored with the real command
line, and graded with `servicekoll agree` against the helper's labels.csv. The
floors are farm3's (issue 10): a rule change that breaks a case the helper
wrote fails CI with the disagreements printed.
"""

from pathlib import Path

import pytest

from servicekoll.agree import agree, format_report
from tests.blind.server import serve_blind_sites, write_register
from tests.conftest import run_cli

BLIND = Path(__file__).resolve().parent / "blind"
MIN_ASPECTS, MIN_EXACT, MIN_STATUS = 98.0, 92.0, 100.0
SETTINGS = ["-s", "DOWNLOAD_TIMEOUT=6", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]


@pytest.fixture(scope="module")
def blind_agreement(tmp_path_factory):
    folder = tmp_path_factory.mktemp("blind")
    with serve_blind_sites(BLIND / "sites") as sites:
        register = folder / "blind.csv"
        write_register(sites, register, root=BLIND / "sites")
        result = run_cli("run", "--municipalities", register, "--out", folder / "run", *SETTINGS, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    return agree(BLIND / "labels.csv", folder / "run")


def _pct(result, measure: str) -> float:
    row = result.summary.set_index("measure").loc[measure]
    return float(row["agreement_pct"])


def test_every_labelled_municipality_is_compared(blind_agreement):
    summary = blind_agreement.summary.set_index("measure")
    assert int(summary.loc["status", "n"]) == 16
    assert int(summary.loc["score", "n"]) == 13  # the three not judged have no score


def test_blind_agreement_meets_the_floor(blind_agreement):
    report = format_report(blind_agreement)
    assert _pct(blind_agreement, "status") >= MIN_STATUS, report
    assert _pct(blind_agreement, "all") >= MIN_ASPECTS, report
    assert _pct(blind_agreement, "score") >= MIN_EXACT, report
