"""Everything a user needs is inside the project: help for every option, the rubric in docs/."""

import argparse

import pytest

from servicekoll.cli import build_parser
from tests.conftest import ROOT, run_cli


def verb_parsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    [verbs] = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
    return dict(verbs.choices)


def test_every_option_and_argument_of_every_verb_has_help_text():
    verbs = verb_parsers()
    assert {"run", "crawl", "score", "compare", "calllist", "demo"} <= set(verbs)
    missing = [f"{name} {action.option_strings or action.dest}"
               for name, parser in verbs.items() for action in parser._actions
               if not isinstance(action, argparse._HelpAction) and not (action.help or "").strip()]
    assert missing == []


@pytest.mark.parametrize("verb", ["run", "score"])
def test_run_and_score_help_document_the_override_file_and_point_to_the_rubric(verb):
    text = run_cli(verb, "--help").stdout
    for column in ("kommunkod", "aspect", "value", "source", "checked_on", "checked_by", "note"):
        assert f"\n  {column} " in text, column
    assert "phone, web, email or visit" in text and "docs/rubric.md" in text and "../shared" not in text


def test_the_readme_points_to_the_projects_own_rubric_which_has_every_clause():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/rubric.md" in readme and "../shared" not in readme
    rubric = (ROOT / "docs" / "rubric.md").read_text(encoding="utf-8")
    for heading in ("## Terms", "## The five aspects", "### Consistency", "## When a site cannot be judged",
                    "## Score and rank", "## Overrides", "## Worked examples"):
        assert heading in rubric, heading
    for status in ("`unreachable`", "`blocked`", "`not_html`", "`needs_browser`"):
        assert status in rubric
    assert sum(line[:3] in {f"{n}. " for n in range(1, 8)} for line in rubric.splitlines()) == 7
