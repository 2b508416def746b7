"""Every rule, region and kind the scoring can write has a Swedish text
(data/lexicon/report-sv.toml). The rules are read from the scoring's source: every
rule text given to AspectResult, every `rules[...]` the consistency rules set, every
reason _why_zero returns and every "rule" a dict is given, with each placeholder
filled by a sample (an aspect letter where the pattern wants one, a local variable's
alternatives where it is a conditional), so a new or reworded rule fails here."""

import ast
import itertools
from pathlib import Path

import pytest
from servicekoll.scoring import regions
from servicekoll.scoring.model import ASPECTS

from servicekoll.report_texts import load_texts

ROOT = Path(__file__).resolve().parent.parent
SCORING_FILES = sorted([*(ROOT / "scoring" / "aspects").glob("*.py"), ROOT / "scoring" / "rubric.py",
                        ROOT / "scoring" / "overrides.py", ROOT / "scoring" / "run.py"])
LETTER_NAMES = {"aspect", "needs"}  # placeholders that hold an aspect letter
SAMPLE = "X"


def _alternatives(node: ast.expr, assigned: dict[str, ast.expr]) -> list[str]:
    """The texts an expression can be, with its placeholders filled by samples."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        parts = [_alternatives(value, assigned) if isinstance(value, ast.Constant)
                 else _filled(value.value, assigned) for value in node.values]
        return ["".join(combination) for combination in itertools.product(*parts)]
    if isinstance(node, ast.IfExp):
        return _alternatives(node.body, assigned) + _alternatives(node.orelse, assigned)
    if isinstance(node, ast.BoolOp):
        return [text for value in node.values for text in _alternatives(value, assigned)]
    return []


def _filled(expression: ast.expr, assigned: dict[str, ast.expr]) -> list[str]:
    if isinstance(expression, ast.Name) and expression.id in LETTER_NAMES:
        return ["b"]
    if isinstance(expression, ast.Name) and expression.id in assigned:
        texts = _alternatives(assigned[expression.id], assigned)
        if texts:
            return texts
    return [SAMPLE]


def _functions(tree: ast.Module):
    return [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)]


def _assignments(function: ast.FunctionDef) -> dict[str, ast.expr]:
    return {node.targets[0].id: node.value for node in ast.walk(function)
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)}


def _rule_nodes(function: ast.FunctionDef) -> tuple[list[ast.expr], list[ast.expr]]:
    """(rule texts, reasons) written in a function."""
    rules, reasons = [], []
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "AspectResult" and len(node.args) > 1:
            rules.append(node.args[1])
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript) \
                and getattr(node.targets[0].value, "id", "") == "rules":
            rules.append(node.value)
        if isinstance(node, ast.Dict):
            rules += [v for k, v in zip(node.keys, node.values, strict=True)
                      if isinstance(k, ast.Constant) and k.value == "rule"]
        if function.name == "_why_zero" and isinstance(node, ast.Return) and node.value is not None:
            reasons.append(node.value)
    return rules, reasons


def scoring_texts() -> tuple[list[str], list[str]]:
    rules, reasons = [], []
    for path in SCORING_FILES:
        for function in _functions(ast.parse(path.read_text(encoding="utf-8"))):
            assigned = _assignments(function)
            found_rules, found_reasons = _rule_nodes(function)
            rules += [text for node in found_rules for text in _alternatives(node, assigned)
                      if text and text != SAMPLE]
            reasons += [text for node in found_reasons for text in _alternatives(node, assigned)]
    return sorted(set(rules)), sorted(set(reasons))


RULES, REASONS = scoring_texts()


def test_the_scoring_source_yields_every_kind_of_rule():
    # the reader above finds them: each aspect's 0 and 1, the consistency rules, the reasons
    prefixes = {text.split(":")[0] for text in RULES}
    assert {f"{a}{v}" for a in ASPECTS for v in "01"} <= prefixes
    assert "b0" in prefixes and any("detector said" in text for text in RULES)
    assert len(REASONS) == 3 and "no score: site not judged" in RULES


@pytest.mark.parametrize("rule", RULES)
def test_every_rule_the_scoring_can_write_has_a_swedish_text(rule):
    texts = load_texts()
    assert texts.knows_rule(rule), f"no Swedish text in report-sv.toml [rules] for {rule!r}"
    assert texts.rule(rule) != rule


@pytest.mark.parametrize("reason", REASONS)
def test_every_reason_for_a_forced_zero_has_a_swedish_text(reason):
    assert load_texts().knows_why(reason), f"no Swedish text in report-sv.toml [why] for {reason!r}"


def test_every_region_kind_status_and_aspect_has_a_swedish_text():
    from servicekoll.core.runfolder import STATUSES

    texts = load_texts()
    assert set(regions.ALL_REGIONS) <= set(texts.regions)
    kinds = {"title", "heading", "link", "label", "text", "target", "row", "page"}  # scoring/model.py Evidence.kind
    assert kinds <= set(texts.kinds)
    assert set(STATUSES) <= set(texts.statuses) and set(ASPECTS) == set(texts.aspects)


def test_a_rule_is_translated_with_its_parts():
    texts = load_texts()
    assert texts.rule("c0: entrances only in footer, nav_sub, not at the top") == \
        "c0: ingångar bara i sidfoten, en undermeny, inte högst upp"
    assert texts.rule("a1: a heading names the service function ('kontaktcenter')") == \
        "a1: en rubrik namnger servicefunktionen ('kontaktcenter')"
    # the consistency rule after an override, nested twice, with the detector's own rule inside
    nested = ("c0: c needs b, and b is 0 because b needs a, and a is 0 by override (o.csv:2) "
              "(detector said: c1: an entrance sits in the front page's header)")
    assert texts.rule(nested) == ("c0: c kräver b, och b är 0 eftersom b kräver a, och a är 0 genom kontroll "
                                  "(o.csv:2) (detektorn sa: c1: en ingång finns i sidhuvudet på startsidan)")
    # the shorter consistency rule is not taken for the longer one
    assert texts.rule("d0: d needs a (detector said: d0: no service page)") == \
        "d0: d kräver a (detektorn sa: d0: ingen servicesida)"


def test_a_rule_without_a_text_is_shown_as_written():
    assert load_texts().rule("z9: something new") == "z9: something new"
    assert not load_texts().knows_rule("z9: something new")


def test_real_consistency_rules_from_final_values_are_translated():
    from servicekoll.scoring.model import AspectResult
    from servicekoll.scoring.overrides import Override, final_values
    from servicekoll.scoring.rubric import MunicipalityScore

    score = MunicipalityScore("0001", {a: AspectResult(1, f"{a}1: names who is responsible ('x')") for a in ASPECTS})
    override = Override(kommunkod="0001", aspect="a", value=0, source="visit", checked_on="2026-11-01",
                        checked_by="AB", note="", path="o.csv", line=2)
    finals = final_values("0001", score, {("0001", "a"): override})
    texts = load_texts()
    for aspect in "bcd":
        assert texts.knows_rule(finals[aspect].rule), finals[aspect].rule
        assert "kräver" in texts.rule(finals[aspect].rule) and "genom kontroll" in texts.rule(finals[aspect].rule)


CRAWLER_FILES = [ROOT / "crawler" / "outcomes.py", ROOT / "crawler" / "spiders" / "municipalities.py"]
STATUS_NAMES = {"OK", "UNREACHABLE", "BLOCKED", "NOT_HTML", "NEEDS_BROWSER"}


def crawler_reasons() -> list[str]:
    """Every (STATUS, reason) pair the crawler writes, and the failure table's reasons."""
    reasons = []
    for path in CRAWLER_FILES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Tuple) and len(node.elts) == 2:
                first, second = node.elts
                if (isinstance(first, ast.Name) and first.id in STATUS_NAMES) or isinstance(first, ast.Tuple):
                    reasons += _alternatives(second.value if isinstance(second, ast.Subscript) else second, {})
    return sorted({text for text in reasons if text})


REASONS_CRAWLED = crawler_reasons()


def test_the_crawler_source_yields_its_reasons():
    assert "connection refused" in REASONS_CRAWLED and "HTTP X on the front page after retries" in REASONS_CRAWLED
    assert any(text.startswith("script-built front page") for text in REASONS_CRAWLED)


@pytest.mark.parametrize("reason", REASONS_CRAWLED)
def test_every_reason_the_crawler_can_write_has_a_swedish_text(reason):
    assert load_texts().knows_reason(reason), f"no Swedish text in report-sv.toml [reasons] for {reason!r}"
