"""The Swedish texts of the published pages, read from data/lexicon/report-sv.toml.

The scoring writes its rules in English with machine codes (aspects.csv and
evidence.jsonl keep them so); a reader of report.html sees them in Swedish.
A rule pattern is the English text with {placeholders}; see the data file for
what each placeholder holds.
"""

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from servicekoll.core import DATA_DIR

TEXTS_FILE = DATA_DIR / "lexicon" / "report-sv.toml"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
# What a placeholder may match: an aspect is one letter, so "needs b, and b is 0" is never
# read as the shorter rule's {needs}.
_SHAPES = {"aspect": "[a-e]", "needs": "[a-e]"}


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern
    swedish: str
    literal: int  # characters of fixed text: the more, the more specific


def _compile(english: str, swedish: str) -> _Pattern:
    parts, seen, position = [], set(), 0
    for match in _PLACEHOLDER.finditer(english):
        parts.append(re.escape(english[position:match.start()]))
        name = match.group(1)
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>{_SHAPES.get(name, '.*?')})")
        seen.add(name)
        position = match.end()
    parts.append(re.escape(english[position:]))
    literal = len(_PLACEHOLDER.sub("", english))
    return _Pattern(re.compile("".join(parts), re.DOTALL), swedish, literal)


@dataclass(frozen=True)
class Texts:
    aspects: dict[str, str]
    statuses: dict[str, str]
    sources: dict[str, str]
    regions: dict[str, str]
    kinds: dict[str, str]
    changes: dict[str, str]
    rules: tuple[_Pattern, ...]
    why: tuple[_Pattern, ...]
    reasons: tuple[_Pattern, ...]

    def region(self, code: str) -> str:
        return self.regions.get(code, code)

    def kind(self, code: str) -> str:
        return self.kinds.get(code, code)

    def status(self, code: str) -> str:
        return self.statuses.get(code, code)

    def source(self, code: str) -> str:
        return self.sources.get(code, code)

    def change(self, code: str) -> str:
        return self.changes.get(code, code)

    def rule(self, english: str) -> str:
        """The rule in Swedish; a rule with no pattern is shown as written (a test keeps
        every rule the scoring can write in the data file)."""
        found = _translate(self, self.rules, english)
        return english if found is None else found

    def knows_rule(self, english: str) -> bool:
        return _translate(self, self.rules, english) is not None

    def reason(self, english: str) -> str:
        """Why a municipality was not judged (outcomes.csv status_reason), in Swedish."""
        found = _translate(self, self.reasons, english)
        return english if found is None else found

    def knows_reason(self, english: str) -> bool:
        return _translate(self, self.reasons, english) is not None

    def knows_why(self, english: str) -> bool:
        return _translate(self, self.why, english) is not None


def _translate(texts: Texts, patterns: tuple[_Pattern, ...], english: str) -> str | None:
    for pattern in patterns:
        match = pattern.regex.fullmatch(english)
        if match:
            values = {name: _value(texts, name, value) for name, value in match.groupdict().items()}
            return _PLACEHOLDER.sub(lambda m, found=values: found[m.group(1)], pattern.swedish)
    return None


def _value(texts: Texts, name: str, value: str) -> str:
    if name == "region":
        return texts.region(value)
    if name == "regions":
        return ", ".join(texts.region(part) for part in value.split(", "))
    if name == "kind":
        return texts.kind(value)
    if name == "rule":
        return texts.rule(value)
    if name == "why":
        found = _translate(texts, texts.why, value)
        return value if found is None else found
    return value


def _patterns(table: dict[str, str]) -> tuple[_Pattern, ...]:
    compiled = [_compile(english, swedish) for english, swedish in table.items()]
    return tuple(sorted(compiled, key=lambda p: -p.literal))


@cache
def load_texts() -> Texts:
    data = tomllib.loads(TEXTS_FILE.read_text(encoding="utf-8"))
    return Texts(aspects=data["aspects"], statuses=data["statuses"], sources=data["sources"],
                 regions=data["regions"], kinds=data["kinds"], changes=data["changes"], rules=_patterns(data["rules"]),
                 why=_patterns(data["why"]), reasons=_patterns(data["reasons"]))
