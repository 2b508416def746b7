"""The held-out corpora (tests/blind ... tests/blind78): sites and labels written by helpers
from the rubric alone, without reading our crawler, scoring or lexicon.

Each is served from this process on loopback, crawled and scored with the real
command line, and graded with `servicekoll agree` against its labels.csv. Each was
measured untuned first (figures in the commit that fixed its mechanisms) and is a
development set since, like farm3: every labelled value must agree, so a rule change
that breaks a case the helpers wrote fails CI with the disagreements printed. (A 98 %
floor once let tests/blind 9306 regress unseen: 64 of 65 passes it.)

The same corpora with every class, id and data-* attribute removed must score the same:
the metamorphic "meaningless classes" family on markup written by others.
"""

import re
import shutil
from pathlib import Path

import pytest

from servicekoll.agree import agree, format_report
from tests.blind.server import serve_blind_sites, write_register
from tests.conftest import run_cli

TESTS = Path(__file__).resolve().parent
# corpus -> (municipalities labelled, of them judged ok)
CORPORA = {"blind": (16, 13), "blind2": (14, 12), "blind3": (12, 10), "blind4": (12, 10), "blind5": (12, 10),
           "blind6": (12, 10), "blind7": (12, 10), "blind8": (12, 10), "blind9": (12, 11),
           "blind10": (12, 10), "blind11": (10, 9), "blind12": (10, 9), "blind13": (8, 8), "blind14": (8, 8),
           "blind15": (10, 10), "blind16": (10, 10), "blind17": (10, 7), "blind18": (10, 10),
           "blind19": (10, 10), "blind20": (10, 9), "blind21": (10, 10), "blind22": (10, 10),
           "blind23": (10, 10), "blind24": (10, 10), "blind25": (10, 10),
           "blind26": (10, 10), "blind27": (10, 10), "blind28": (10, 10), "blind29": (10, 10),
           "blind30": (10, 10), "blind31": (10, 10), "blind32": (10, 10), "blind33": (10, 10),
           "blind34": (10, 10), "blind35": (10, 10), "blind36": (10, 10), "blind37": (10, 10),
           "blind38": (10, 10), "blind39": (10, 10), "blind40": (10, 10), "blind41": (10, 10),
           "blind42": (10, 10), "blind43": (10, 9), "blind44": (10, 9), "blind45": (10, 9),
           "blind46": (10, 10), "blind47": (10, 9), "blind48": (10, 9), "blind49": (10, 10),
           "blind50": (10, 10), "blind51": (10, 10), "blind52": (10, 10), "blind53": (10, 10),
           "blind54": (10, 7), "blind55": (10, 10), "blind56": (10, 10), "blind57": (10, 10),
           "blind58": (10, 10), "blind59": (10, 10), "blind60": (10, 10), "blind61": (10, 10),
           "blind62": (10, 10), "blind63": (10, 10), "blind64": (10, 10),
           "blind65": (10, 9), "blind66": (6, 6), "blind69": (10, 10), "blind70": (10, 10),
           "blind71": (10, 9), "blind72": (10, 10), "blind73": (10, 10), "blind74": (10, 9),
           "blind75": (10, 9), "blind77": (10, 9), "blind78": (10, 9)}
# Municipalities whose labels a missing capability keeps from agreeing: every other value of
# their corpus must agree, and each of these must still disagree (a fix then updates this).
# Only the real one (Gotland) is known: lexicon region_municipalities.
KNOWN_GAPS = {"blind35": {"9383": "a fictional municipality that is also a region: its 'Region Skarholms "
                                  "kundcenter' reads as another organisation's"},
              "blind57": {"9654": "a unit named only in English on the English page (README ambiguity 1)"}}
# blind8 9961's label is the rubric's outcome without a browser (needs_browser): crawl it so.
CORPUS_SETTINGS = {"blind8": ["-s", "SERVICEKOLL_RENDER=off"]}
MIN_ASPECTS, MIN_EXACT, MIN_STATUS = 100.0, 100.0, 100.0
# Crawl-delay capped at 0: 9403 asks for 1 s, 40 s of waiting that tests nothing here.
SETTINGS = ["-s", "DOWNLOAD_TIMEOUT=6", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
            "-s", "SERVICEKOLL_MAX_CRAWL_DELAY=0"]


# The "meaningless classes" family of the metamorphic tests, on pages we did not write:
# every class, id and data-* attribute removed (tags, roles, aria and styles stay).
CLASS_ID_DATA = re.compile(rb"""\s(?:class|id|data-[\w-]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)
PAGE_SUFFIXES = (".html", ".htm", ".xhtml")


def _graded(corpus: Path, sites_dir: Path, folder: Path):
    settings = SETTINGS + CORPUS_SETTINGS.get(corpus.name, [])
    with serve_blind_sites(sites_dir) as sites:
        register = folder / "register.csv"
        write_register(sites, register, root=sites_dir)
        result = run_cli("run", "--municipalities", register, "--out", folder / "run", *settings, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    return agree(corpus / "labels.csv", folder / "run")


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus_agreement(request, tmp_path_factory):
    corpus = TESTS / request.param
    return request.param, _graded(corpus, corpus / "sites", tmp_path_factory.mktemp(request.param))


@pytest.fixture(scope="module", params=sorted(CORPORA))
def classless_agreement(request, tmp_path_factory):
    corpus = TESTS / request.param
    folder = tmp_path_factory.mktemp(f"{request.param}-classless")
    shutil.copytree(corpus / "sites", folder / "sites")
    for page in (folder / "sites").rglob("*"):
        if page.suffix in PAGE_SUFFIXES:
            page.write_bytes(CLASS_ID_DATA.sub(b"", page.read_bytes()))  # bytes: each page keeps its encoding
    return request.param, _graded(corpus, folder / "sites", folder)


def _pct(result, measure: str) -> float:
    return float(result.summary.set_index("measure").loc[measure, "agreement_pct"])


def test_every_labelled_municipality_is_compared(corpus_agreement):
    name, result = corpus_agreement
    labelled, judged = CORPORA[name]
    summary = result.summary.set_index("measure")
    assert int(summary.loc["status", "n"]) == labelled
    assert int(summary.loc["score", "n"]) == judged  # those not judged have no score


def _assert_agrees(name: str, result, report: str) -> None:
    gaps = KNOWN_GAPS.get(name, {})
    if not gaps:
        assert _pct(result, "all") >= MIN_ASPECTS, report
        assert _pct(result, "score") >= MIN_EXACT, report
    unexpected = result.disagreements[~result.disagreements["kommunkod"].astype(str).isin(gaps)]
    assert unexpected.empty, report


def test_agreement_meets_the_floor(corpus_agreement):
    name, result = corpus_agreement
    report = f"{name}:\n{format_report(result)}"
    assert _pct(result, "status") >= MIN_STATUS, report
    _assert_agrees(name, result, report)


def test_a_known_gap_still_disagrees(corpus_agreement):
    # a gap listed but closed would hide nothing; listed and open, it is reported, not skipped
    name, result = corpus_agreement
    disagreeing = set(result.disagreements["kommunkod"].astype(str))
    assert set(KNOWN_GAPS.get(name, {})) <= disagreeing, f"{name}: closed gaps {KNOWN_GAPS[name]}"


def test_without_classes_ids_and_data_attributes_the_scores_stay(classless_agreement):
    # regions from structure and position, not class names: the labels still hold
    name, result = classless_agreement
    _assert_agrees(name, result, f"{name} without class, id and data-* attributes:\n{format_report(result)}")
