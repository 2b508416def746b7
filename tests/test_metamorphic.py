"""Metamorphic tests: the same content in other markup scores the same; one change in
content changes only the aspect the rubric ties it to. No labels needed.

The sites come from tests/metamorphic/generator.py, written from the rubric alone
by someone who had not read the detectors. All variants are crawled and scored
in one run of the real command line on loopback.
"""

import pytest

from tests.conftest import FAST, read_csv, run_cli, write_register
from tests.metamorphic.generator import (
    default_content,
    expected_scores,
    move_entrance,
    remove_unit,
    rename_municipality,
    render_site,
    with_channels,
    without_responsible,
    without_what,
)
from tests.metamorphic.server import serve_pages

ASPECTS = ("a_entry", "b_front_page", "c_easy_to_find", "d_help_described", "e_responsible")
FAMILIES = ("landmarks", "divsoup", "sitevision", "municipio", "bootstrap", "tables")
BASE = default_content()
# One change of content each, and the one aspect the rubric ties it to.
CHANGES = {
    "no_unit": remove_unit,
    "no_what": without_what,
    "one_channel": lambda content: with_channels(content, ("phone",)),
    "no_responsible": without_responsible,
}


def variants() -> dict[str, tuple[str, dict]]:
    """key -> (municipality name, rendered pages)."""
    sites = {}
    for family in FAMILIES:
        sites[f"plain-{family}"] = (BASE.municipality, render_site(BASE, family))
        sites[f"footer-{family}"] = (BASE.municipality, render_site(move_entrance(BASE, "footer"), family))
        sites[f"hidden-{family}"] = (BASE.municipality, render_site(BASE, family, hidden_names=True))
    renamed = rename_municipality(BASE, "Björkåsa")
    for family in ("landmarks", "divsoup"):
        sites[f"renamed-{family}"] = (renamed.municipality, render_site(renamed, family))
        for variant in ("soft_hyphen", "nbsp", "odd_case"):
            sites[f"{variant}-{family}"] = (BASE.municipality, render_site(BASE, family, text_variant=variant))
    own_name = default_content(unit_name=f"Kontakt {BASE.municipality}")
    for family in ("landmarks", "divsoup"):
        for name, change in CHANGES.items():
            sites[f"{name}-{family}"] = (BASE.municipality, render_site(change(BASE), family))
        sites[f"ownname-{family}"] = (BASE.municipality, render_site(own_name, family))
        sites[f"ownname_nbsp-{family}"] = (BASE.municipality, render_site(own_name, family, text_variant="nbsp"))
    for family in ("landmarks", "sitevision"):
        for slash in ("noslash", "both"):
            sites[f"{slash}-{family}"] = (BASE.municipality, render_site(BASE, family, slash=slash))
    return sites


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict[str, dict[str, str]]:
    folder = tmp_path_factory.mktemp("metamorphic")
    sites = variants()
    codes = {key: f"M{number:03d}" for number, key in enumerate(sites, start=1)}
    with serve_pages({key: pages for key, (_, pages) in sites.items()}) as urls:
        register = write_register(folder / "register.csv",
                                  [(codes[key], name, urls[key]) for key, (name, _) in sites.items()])
        result = run_cli("run", "--municipalities", register, "--out", folder / "run", *FAST, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    rows = {row["kommunkod"]: row for row in read_csv(folder / "run" / "ranking.csv")}
    return {key: rows[code] for key, code in codes.items()}


def aspects(row: dict[str, str]) -> dict[str, str]:
    return {name: row[name] for name in ASPECTS}


def expected(content) -> dict[str, str]:
    by_rubric = expected_scores(content)
    return {name: str(by_rubric[name[0]]) for name in ASPECTS}


@pytest.mark.parametrize("family", FAMILIES)
def test_the_same_content_scores_the_same_in_every_family(scores, family):
    assert scores[f"plain-{family}"]["status"] == "ok"
    assert aspects(scores[f"plain-{family}"]) == expected(BASE), scores[f"plain-{family}"]


@pytest.mark.parametrize("family", FAMILIES)
def test_moving_the_entrance_to_the_footer_changes_c_only(scores, family):
    moved = aspects(scores[f"footer-{family}"])
    plain = aspects(scores[f"plain-{family}"])
    assert moved == {**plain, "c_easy_to_find": "0"}, (moved, plain)


@pytest.mark.parametrize("family", FAMILIES)
def test_names_in_comments_scripts_json_ld_and_meta_change_nothing(scores, family):
    assert aspects(scores[f"hidden-{family}"]) == aspects(scores[f"plain-{family}"])


@pytest.mark.parametrize("family", ["landmarks", "divsoup"])
def test_renaming_the_municipality_changes_nothing(scores, family):
    assert aspects(scores[f"renamed-{family}"]) == aspects(scores[f"plain-{family}"])


@pytest.mark.parametrize("variant", ["soft_hyphen", "nbsp", "odd_case"])
@pytest.mark.parametrize("family", ["landmarks", "divsoup"])
def test_soft_hyphens_non_breaking_spaces_and_odd_case_change_nothing(scores, family, variant):
    assert aspects(scores[f"{variant}-{family}"]) == aspects(scores[f"plain-{family}"])


@pytest.mark.parametrize("slash", ["noslash", "both"])
@pytest.mark.parametrize("family", ["landmarks", "sitevision"])
def test_serving_pages_at_path_or_path_slash_changes_nothing(scores, family, slash):
    assert aspects(scores[f"{slash}-{family}"]) == aspects(scores[f"plain-{family}"])


@pytest.mark.parametrize("change", list(CHANGES))
@pytest.mark.parametrize("family", ["landmarks", "divsoup"])
def test_one_change_of_content_moves_only_its_aspect(scores, family, change):
    assert aspects(scores[f"{change}-{family}"]) == expected(CHANGES[change](BASE))


@pytest.mark.parametrize("family", ["landmarks", "divsoup"])
def test_the_unit_named_kontakt_kommun_scores_alike_with_a_non_breaking_space(scores, family):
    own = aspects(scores[f"ownname-{family}"])
    assert own == expected(default_content(unit_name=f"Kontakt {BASE.municipality}"))
    assert aspects(scores[f"ownname_nbsp-{family}"]) == own
