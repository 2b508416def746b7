"""The lexicon (data/lexicon/sv.toml) and the matching built on it.

Every word the detectors look for lives in the TOML file; this module only
knows how to match. Text is normalised once (case, soft hyphens, hyphens inside
compounds) and names are compared with rapidfuzz on the start of each word, so
inflections and compounds pass and typos of a letter or two do not break a
match.
"""

import hashlib
import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from rapidfuzz import fuzz
from servicekoll.core import DATA_DIR

DEFAULT_LEXICON = DATA_DIR / "lexicon" / "sv.toml"

_SOFT_HYPHENS = re.compile("[\u00ad\u200b\u200c\u200d\u2060]")
_INNER_HYPHEN = re.compile(r"(?<=\w)[-\u2010\u2011](?=\w)")
_CLAUSES = re.compile(r"[.!?;:,|()\[\]\n\u2022\u00b7/]+")
# A channel's value stands in its label's text run or the next two ("<dt>Besöksadress</dt>
# <dd>Kommunhuset</dd><dd>Ågatan 7</dd>").
LABEL_VALUE_RUNS = 3
_REGEX_SYNTAX = re.compile(r"[\\^$.|?*+()\[\]{}]")
_ESCAPES = re.compile(r"\\.")  # \d, \s, \b ...: their capitals (\S, \B) are no letters to match
_CAPITALS = re.compile(r"[A-ZÅÄÖ]")
_WORD = re.compile(r"\w+")
_TITLE_SEPARATOR = re.compile(r"\s[|\-\u2013\u2014:]\s")
_COLON_GENITIVE = re.compile(r"(?<=\w):s\b")
_SENTENCE = re.compile(r"[.!?\n]+")
_SENTENCE_KEPT = re.compile(r"([.!?\n]+)")
# A sentence ends at a stop before a capital, not inside "9.00-11.00" or "kl. 8".
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
_URL_WORDS = re.compile(r"[-_.]+")
_RUN_BREAK = "\u00b6"  # where one text run ends and the next begins (no word character)
# How far after a "what" cue a matter may stand ("svarar på frågor om allt från skola ...").
MATTER_WORDS = 8
_SPACED_DASH = re.compile(r"\s[-\u2013\u2014]\s")
# What a name's owner may stand before, in the clause before it: a spaced dash or a comma
# ("Järnboda Energi AB – kundservice", "Ravnsbo Energi AB, kundservice: 040-...").
_LEAD_BREAK = re.compile(r"(\s[-\u2013\u2014]\s|,)")
_CLAUSES_BUT_COMMAS = re.compile(r"[.!?;:|()\[\]\n\u2022\u00b7/]+")
# An e-mail or web address is a channel, not a mention: "kundcenter@bostadsbolaget.se"
# names no unit (and its domain may be someone else's).
_ADDRESS = re.compile(r"[\w.+-]+(?:@|\[at\]|\(at\))[\w-]+(?:\.[\w-]+)+|\b(?:https?://|www\.)\S+")


def normalise(text: str) -> str:
    """Lower case, no soft hyphens, compounds written with hyphens joined, spaces folded."""
    return _fold(text).lower()


def _fold(text: str) -> str:
    text = _INNER_HYPHEN.sub("", _SOFT_HYPHENS.sub("", text))
    text = _COLON_GENITIVE.sub("s", text)  # "AB:s kundtjänst" is one genitive, not two clauses
    return " ".join(text.split())


def _whole_words(text: str, start: int, end: int) -> bool:
    """text[start:end] begins and ends at word boundaries: a fuzzy match tolerates a
    misspelling ("fragor" for "frågor"), not a word cut short ("hjälper dig vid|are")."""
    return (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())


def shortest_substrings(words) -> tuple[str, ...]:
    """`words` less those that contain another of them: "chef" finds every "enhetschef"
    too, so a prefilter tests each text for fewer substrings (C-level `in`, faster than
    one regex alternation of them all)."""
    words = set(words)
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


def clauses(text: str) -> list[list[str]]:
    """Split normalised text into clauses of words; an owner never reaches across a clause.
    A spaced dash ends a clause too: "Kontakt - Exempelby kommun" is a page called Kontakt."""
    return [words for part in _CLAUSES.split(_SPACED_DASH.sub("|", text)) if (words := _WORD.findall(part))]


def cased_clauses(text: str) -> list[tuple[list[str], list[str], list[str]]]:
    """The clauses of `text` with each word's case kept (a proper noun is capitalised),
    addresses left out, each with the words before it and after it up to a spaced dash or a
    comma in the same clause: "Järnboda Energi AB – kundservice" and "Ravnsbo Energi AB,
    kundservice" are the company's (an owner reaches across, a name does not: "Kontakt -
    Exempelby kommun" is a page called Kontakt), and "Servicecentrum Solgården – ny
    träffpunkt för seniorer" describes the unit in the words after."""
    found = []
    for part in _CLAUSES_BUT_COMMAS.split(_fold(_ADDRESS.sub(" | ", text))):
        pieces = _LEAD_BREAK.split(part)  # segment, break, segment, break, ..., segment
        segments = [_WORD.findall(piece) for piece in pieces[0::2]]
        breaks = [*pieces[1::2], ""]
        lead: list[str] = []
        for words, brk, after in zip(segments, breaks, [*segments[1:], []], strict=True):
            if words:
                # only a dash makes the next words an appositive; a comma may begin anything
                found.append((lead, words, after if brk != "," else []))
                lead = words
    return found


# The longest title alone ("verksamhetsansvarig" has 19 letters).
MAX_TITLE_CHARS = 40
# A staff table's cell: a unit, a name and title, a phone number ("Lisa Ahl, enhetschef").
STAFF_CELL_WORDS = 6
# How many words before a service-function name an owner may stand
# ("Region Värmlands kundtjänst", "Dalsvik Energi AB kundtjänst"), and after a
# linker behind it ("Kundtjänstchef på Dalsvik Energi AB").
OWNER_REACH = 3
# An appositive after a spaced dash ("Servicecentrum Solgården – ny träffpunkt för seniorer")
# gives the unit one area when "för"/"inom" stands within this many words of its start.
APPOSITIVE_WORDS = 3
# How many words after a unit's name "drivs av <another party>" may stand
OPERATOR_REACH = 12
# A heading "is" the unit's name when it has at most this many words besides it.
NAME_SLACK_WORDS = 2
# A brand name a unit's heading gives it beside the rubric's ("Fråga Vassby – kommunens
# kontaktcenter") is short; a longer part is a description, not a name.
OTHER_NAME_WORDS = 3
# Where a heading puts a unit's two names side by side: a spaced dash or a colon.
_NAME_PAIR_BREAK = re.compile(r"\s[-\u2013\u2014]\s|:\s")


@dataclass(frozen=True)
class NameHit:
    """One place where a text names the service function (or an excluded look-alike)."""

    term: str  # the lexicon name it matched
    word: str  # the word as written (normalised)
    score: float  # rapidfuzz ratio, 0-100
    excluded_by: str = ""  # the owner or fragment that made it someone else's

    @property
    def names_service_function(self) -> bool:
        return not self.excluded_by


def _any_of(patterns: list[str]) -> re.Pattern:
    """One case-insensitive pattern matching any of the lexicon's patterns for a kind."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


class Lexicon:
    """Loaded lexicon with precompiled matchers."""

    def __init__(self, path: Path | str = DEFAULT_LEXICON):
        self.path = Path(path)
        raw_bytes = self.path.read_bytes()
        self.sha256 = hashlib.sha256(raw_bytes).hexdigest()
        data = tomllib.loads(raw_bytes.decode("utf-8"))
        self.version = data["version"]
        sf = data["service_function"]
        self.names = [normalise(n).replace(" ", "") for n in sf["names"]]
        self.threshold = float(sf["threshold"])
        self.own_name_templates = [normalise(t) for t in sf["own_name_templates"]]
        self.municipality_suffixes = {normalise(w) for w in sf["municipality_suffixes"]}
        # Index names by their first two letters: a word is only compared with
        # names it could plausibly be (keeps matching ~O(words)).
        self._by_prefix: dict[str, list[str]] = {}
        for name in self.names:
            self._by_prefix.setdefault(name[:2], []).append(name)
        for template in self.own_name_templates:  # "kontakt {kommun}" starts with "ko"
            self._by_prefix.setdefault(template[:2], [])
        # Words that may be the first half of a name written in two ("kontakt center").
        self._name_starts = {name[:k] for name in self.names for k in range(3, len(name))}
        self._word_cache: dict[str, tuple[str, float] | None] = {}
        # A cheap first look, a few substring tests per text: a text can only name a service
        # function if, with spaces and hyphens removed, it contains a name's stem (all
        # but its last five letters: "kontaktc", "kundt", "invånars"). Typos are
        # tolerated in the last five letters; most texts are passed over here.
        stems = {name[:max(5, len(name) - 5)] for name in self.names}
        stems |= {t.split()[0] for t in self.own_name_templates}
        self._stems = shortest_substrings(stems)
        # Cheaper still, before folding: a name's first four letters are never split by a
        # space or hyphen ("kund tjänst", "kontakt-center"); a soft hyphen may be anywhere.
        self._stem_heads = shortest_substrings(stem[:4] for stem in self._stems)
        ex = data["exclusions"]
        self.owners = {normalise(o) for o in ex["owners"]}
        self.owner_fragments = [normalise(f) for f in ex["owner_fragments"]]
        self.single_area_units = {normalise(u) for u in ex["single_area_units"]}
        self.organisations = {normalise(o) for o in ex["organisations"]}
        self.organisation_forms = {normalise(o) for o in ex["organisation_forms"]}
        self.own_markers = {normalise(w) for w in ex["own_markers"]}
        self.own_adjectives = {normalise(w) for w in ex["own_adjectives"]}
        self.municipality_genitives = {normalise(w) for w in ex["municipality_genitives"]}
        self.joint_words = {normalise(w) for w in ex["joint_words"]}
        # Gone, not there yet, or not for the public: each makes the unit no service function.
        self.absence_phrases = [normalise(w) for w in ex["absence_phrases"] + ex["closed_to_public_phrases"]]
        linkers = "|".join(map(re.escape, ex["place_linkers"]))
        self._place_after = re.compile(rf"\s+(?:{linkers})\s+([A-ZÅÄÖ][\w-]+)")
        self.denials = {normalise(w) for w in ex["denials"]}
        self.reflexives = {normalise(w) for w in ex["reflexives"]}
        self.reflexive_owns = {normalise(w) for w in ex["reflexive_owns"]}
        self.own_parties = {normalise(w) for w in ex["own_parties"]}
        self.region_municipalities = {normalise(w) for w in ex["region_municipalities"]}
        self.town_company_suffixes = tuple(normalise(w) for w in ex["town_company_suffixes"])
        self.area_linkers = {normalise(w) for w in ex["area_linkers"]}
        self.owner_linkers = {normalise(w) for w in ex["owner_linkers"]}
        self.operator_phrases = tuple(tuple(normalise(w).split()) for w in ex["operator_phrases"])
        self.whole_public = frozenset(normalise(w) for w in ex["whole_public"])
        roles = data["roles"]
        self.role_suffixes = [normalise(s) for s in roles["compound_suffixes"]]
        self.generic_roles = {normalise(r) for r in roles["generic"]}
        self.role_linkers = {normalise(w) for w in roles["linkers"]}
        self.own_subject_words = {normalise(w) for w in roles["own_subjects"]}
        self.lead_phrases = [normalise(w) for w in roles["lead_phrases"]]
        self.political_qualifiers = frozenset(normalise(w) for w in roles["political_qualifiers"])
        # "vi leds av Malin Sundqvist": the unit itself, a lead phrase, then a person's name
        # (two capitalised words)
        self._led_by_name = re.compile(r"(?i:\b(?:{})\s+(?:{}))".format(
            "|".join(map(re.escape, roles["own_subjects"])), "|".join(map(re.escape, self.lead_phrases)))
            + r"\s+[A-ZÅÄÖ][a-zåäöé]+\s+[A-ZÅÄÖ][a-zåäöé\-]+")
        self.unit_verbs = [normalise(v).split() for v in roles["unit_verbs"]]
        self._departure = _any_of([rf"(?<!\w){re.escape(normalise(p))}(?!\w)" for p in roles["departure_phrases"]])
        # The first look of role_hit: a text holds no title unless it contains one of these
        # (a verb phrase by its longest word: "ansvarar", "leder", "chef").
        self._role_words = shortest_substrings({*self.role_suffixes, *self.generic_roles,
                                                *(max(verb, key=len) for verb in self.unit_verbs),
                                                *(max(p.split(), key=len) for p in self.lead_phrases)})
        what = data["what"]
        self.what_cues = [normalise(c) for c in what["cues"]]
        self.what_threshold = float(what["threshold"])
        self.empty_objects = {normalise(w) for w in what["empty_objects"]}
        self.cue_trailers = {normalise(w) for w in what["cue_trailers"]}
        self.negations = frozenset(normalise(w) for w in what["negations"])
        self.function_words = {normalise(w) for w in what["function_words"]}
        self.clause_breaks = [normalise(w).split() for w in what["clause_breaks"]]
        self.clause_coordinators = frozenset(normalise(w) for w in what["clause_coordinators"])
        self.clause_pronouns = frozenset(normalise(w) for w in what["clause_pronouns"])
        self.list_min_items = int(what["list_min_items"])
        self.list_intro_words = [normalise(w) for w in what["list_intro_words"]]
        channels = data["channels"]
        self.min_channel_kinds = int(channels["min_kinds"])
        # (a kind may be given by labels only: then it has no pattern of its own)
        self.channel_kind_names = ("phone", "email", "hours", "address", "chat", "form")
        self.channel_patterns = {kind: _any_of(channels[kind]) for kind in self.channel_kind_names if channels[kind]}
        # Each also runs on the lower-cased text, which the regex engine scans about twice as
        # fast as it does a case-insensitive pattern (the address on five long farm pages:
        # 81 ms against 33 ms); a pattern with a capital of its own stays case-insensitive.
        self._lower_case_channel_patterns = {kind: re.compile(pattern.pattern)
                                             for kind, pattern in self.channel_patterns.items()
                                             if not _CAPITALS.search(_ESCAPES.sub("", pattern.pattern))}
        # Kinds written as plain words only: a substring test finds whether any can match
        # before the regex scans a long page for none (a page with no form word at all).
        self.channel_literals = {kind: [p.lower() for p in channels[kind]] for kind in self.channel_patterns
                                 if not any(_REGEX_SYNTAX.search(p) for p in channels[kind])}
        self.channel_literals |= {kind: [w.lower() for w in words] for kind, words in channels["required_words"].items()}
        self.href_channel_kinds = dict(channels["href_kinds"])
        self.link_channel_patterns = {kind: _any_of(patterns) for kind, patterns in channels["link_kinds"].items()}
        self.channel_value_window = int(channels["value_window"])
        self.referral_phrases = [normalise(w) for w in channels["referral_phrases"]]
        self.referral_selves = frozenset(normalise(w) for w in channels["referral_selves"])
        self.printed_form_words = tuple(w.lower() for w in channels["printed_form_words"])
        self._referral_words = shortest_substrings(phrase.split()[0] for phrase in self.referral_phrases)
        others = channels["others"]
        channel_words = "|".join(map(re.escape, others["channel_words"]))
        self._others_channel = re.compile(rf"\b(\w+s)\s+(?:{channel_words})\b")
        self.other_unit_heads = tuple(others["unit_heads"])
        self.labelled_channels = {kind: (_any_of(entry["labels"]), _any_of(entry["value"]))
                                  for kind, entry in channels["labelled"].items()}
        self.channel_label_words = {kind: [w.lower() for w in entry["labels"]]
                                    for kind, entry in channels["labelled"].items()}
        self.switchboard_labels = [normalise(w) for w in data["switchboard"]["labels"]]
        self.news_path_words = {normalise(w) for w in data["pages"]["news_path_words"]}
        self.site_name_endings = tuple(f" {normalise(w)}" for w in data["pages"]["site_name_endings"])
        crawl = data["crawl"]
        self.crawl_weights = {k: int(crawl[k]) for k in
                              ("service", "contact", "organisation", "primary_navigation", "other")}
        self.contact_words = [normalise(w) for w in crawl["contact_words"]]
        self.organisation_words = [normalise(w) for w in crawl["organisation_words"]]
        # Discovery beyond links (crawler): landing pages, sitemap URLs, the site's own search.
        self.crawl_weights.update({k: int(crawl[k]) for k in ("landing", "landing_links", "promising",
                                                               "sitemap_discount", "frame")})
        self.landing_words = frozenset(" ".join(_WORD.findall(normalise(w))) for w in crawl["landing_words"])
        self.search_queries = tuple(crawl["search_queries"])

    # -- service-function names -------------------------------------------------

    def word_score(self, word: str) -> tuple[str, float]:
        """The closest lexicon name to one normalised word and rapidfuzz's ratio (0-100)
        between the word's start and that name. Only names sharing the word's first two
        letters are compared: an area prefix (IT-, bygglovs-) is never a typo."""
        best = ("", 0.0)
        for name in self._by_prefix.get(word[:2], ()):
            if len(word) < len(name) - 2:
                continue
            score = fuzz.ratio(word[: len(name)], name)
            if score > best[1]:
                best = (name, score)
        return best

    def match_word(self, word: str) -> tuple[str, float] | None:
        """Best lexicon name for one word (already normalised) at or above the threshold.
        Memoised: a site repeats its words on every page."""
        try:
            return self._word_cache[word]
        except KeyError:
            name, score = self.word_score(word)
            found = (name, score) if score >= self.threshold else None
            if len(self._word_cache) < 500_000:
                self._word_cache[word] = found
            return found

    @lru_cache(maxsize=100_000)  # noqa: B019 - one lexicon per process; menus and footers repeat
    def name_hits(self, text: str, kommun: str = "") -> tuple[NameHit, ...]:
        """Every place in `text` that names a service function, excluded ones included."""
        lowered = text.lower()
        if "\u00ad" not in lowered and not any(head in lowered for head in self._stem_heads):
            return ()  # the common case: nothing in the text starts like a name
        folded = lowered.replace("\u00ad", "").replace("-", "").replace(" ", "")
        if not any(stem in folded for stem in self._stems):
            return ()
        hits: list[NameHit] = []
        own_names = self._own_names(kommun)
        own_name_words = self._own_name_words(kommun)
        by_prefix = self._by_prefix
        for lead, cased, trail in cased_clauses(text):
            words = [word.lower() for word in cased]
            last = len(words) - 1
            for i, word in enumerate(words):
                if word[:2] not in by_prefix or word.startswith(own_name_words):
                    continue  # most words: no name starts like this; "Kundtjärns(hem)" is the town's
                found = self.match_word(word)
                candidate = word
                if not found and i < last and word in self._name_starts:
                    candidate = word + words[i + 1]  # "kontakt center", "kund tjänst"
                    found = self.match_word(candidate)
                if found:
                    end = i + 1 if candidate == word else i + 2
                    excluded_by = self._exclusion(words, cased, i, end, kommun) or (
                        self._owner_in(lead, kommun) if i == 0 else "") or self._reflexive_owner(words, lead, i, kommun) or (
                        self._appositive_area(trail, kommun) if end + NAME_SLACK_WORDS > last else "")
                    if not excluded_by and self.is_compound_title(candidate, found[0]):
                        # "Gräsmora Energi AB:s kundtjänst ...; kundtjänstchef är Per Ås": the
                        # head of the unit the text named before
                        excluded_by = next((h.excluded_by for h in hits if h.term == found[0] and h.excluded_by), "")
                    hits.append(NameHit(found[0], candidate, found[1], excluded_by))
                elif i < last and (own := self._own_name_at(words, i, own_names)):
                    hits.append(NameHit(own, own, 100.0, ""))  # "Kontakt Upplands Väsby"
        return tuple(hits)

    @staticmethod
    def _own_name_at(words: list[str], i: int, own_names: frozenset[str]) -> str:
        """ "kontakt <kommun>" at words[i:], the municipality's name of one to three words."""
        for n in (2, 3, 4):
            phrase = " ".join(words[i:i + n])
            if phrase in own_names:
                return phrase
        return ""

    def names_service_function(self, text: str, kommun: str = "") -> NameHit | None:
        """The first hit that is the municipality's own service function, if any."""
        for hit in self.name_hits(text, kommun):
            if hit.names_service_function:
                return hit
        return None

    def is_the_name(self, text: str, kommun: str = "") -> bool:
        """The text is the unit's name, give or take a few words ("Välkommen till
        Kontaktcenter"), not a headline that mentions it ("Kundtjänst får nya telefontider")."""
        hit = self.names_service_function(text, kommun)
        return hit is not None and len(text.split()) - len(hit.word.split()) <= NAME_SLACK_WORDS

    def other_name(self, heading: str, kommun: str = "") -> tuple[str, str]:
        """The other name a unit's heading gives it, and the rubric's name it stands for:
        "Fråga Vassby – kommunens kontaktcenter" -> ("Fråga Vassby", "kontaktcenter"). Only
        a capitalised part of a few words facing the unit's name across a spaced dash or a
        colon, that names no unit itself and is more than the municipality's name ("Vassby
        kommun – Kontaktcenter" calls the site, not the unit); else ("", "")."""
        parts = [part.strip() for part in _NAME_PAIR_BREAK.split(heading)]
        if len(parts) != 2 or not all(parts):
            return "", ""
        hits = [self.names_service_function(part, kommun) if self.is_the_name(part, kommun) else None
                for part in parts]
        named = [hit for hit in hits if hit is not None]
        other = parts[hits.index(None)] if len(named) == 1 else ""
        words = normalise(other).split()
        if not other[:1].isupper() or len(words) > OTHER_NAME_WORDS or self.name_hits(other, kommun):
            return "", ""
        town = {w for name in self.municipality_names(kommun) for w in name.split()} | self.municipality_suffixes
        return ("", "") if set(words) <= town else (other, named[0].word)

    @cache  # noqa: B019 - one lexicon per process, few municipality names
    def _own_names(self, kommun: str) -> frozenset[str]:
        """"Kontakt <Kommun>" for every way the site may write the municipality's name."""
        return frozenset(t.format(kommun=name) for t in self.own_name_templates
                         for name in self.municipality_names(kommun))

    @cache  # noqa: B019 - one lexicon per process, few municipality names
    def _own_name_words(self, kommun: str) -> tuple[str, ...]:
        """The municipality's one-word names: a word starting with one is the town or its
        compounds, never a unit's name, even where it looks like one ("Välkommen till
        Kundtjärns kommun", the housing company Kundtjärnshem). No register name starts
        like a unit's name (checked against data/municipalities.csv)."""
        return tuple(sorted(name for name in self.municipality_names(kommun) if " " not in name))

    @cache  # noqa: B019 - one lexicon per process, few municipality names
    def municipality_names(self, kommun: str) -> frozenset[str]:
        """The municipality's name as a site writes it, from the register's form:
        "Brännviks kommun" is also "Brännvik" (a genitive before kommun/stad), "Borås
        stad" also "Borås"."""
        name = normalise(kommun)
        if not name:
            return frozenset()
        names = {name}
        words = name.split()
        if len(words) > 1 and words[-1] in self.municipality_suffixes:
            base = " ".join(words[:-1])
            names.add(base)
            if base.endswith("s") and len(base) > 3:
                names.add(base[:-1])  # the genitive s: Brännviks kommun
        return frozenset(names)

    def _owner_in(self, before: list[str], kommun: str = "") -> str:
        """The owner or company among the last OWNER_REACH words, nearest first, or ''.
        The town after "i" is part of an owner's name: "Vatten & Miljö i Rödvik – kundtjänst"."""
        if len(before) >= 2 and before[-2] == "i" and before[-1].lower() in self._municipality_words(kommun):
            before = before[:-2]
        for word in reversed([w.lower() for w in before[-OWNER_REACH:]]):
            if word in self.owners or any(word.startswith(o) for o in self.owners if len(o) > 4):
                return word
            if any(fragment in word for fragment in self.owner_fragments):
                return word
        return ""

    def _named_after_the_town(self, word: str, kommun: str) -> bool:
        """`word` is the town's name (or its genitive) run together with a company word."""
        for name in self.municipality_names(kommun):
            if not word.startswith(name):
                continue
            rest = word[len(name):]
            if rest.startswith(self.town_company_suffixes) or (
                    rest.startswith("s") and rest[1:].startswith(self.town_company_suffixes)):
                return True
        return False

    def _own_words_before(self, words: list[str], i: int, kommun: str) -> int:
        """How many words right before words[i] say the unit is the municipality's own
        ("kommunens", "Testbys", "Upplands Väsbys", "Göteborgs stads", "Ålsjö kommuns"), or 0."""
        if i and words[i - 1] in self.own_markers:
            return 1
        for form in self._own_prefixes(kommun):
            n = len(form)
            if i >= n and tuple(words[i - n:i]) == form:
                return n
        return 0

    @cache  # noqa: B019 - one lexicon per process, few municipality names
    def _own_prefixes(self, kommun: str) -> tuple[tuple[str, ...], ...]:
        """The municipality's name as an owner before a unit, as word sequences, longest first:
        its genitive ("upplands väsbys"), and its name or genitive before "kommuns"/"stads"."""
        forms = set()
        for name in self.municipality_names(kommun):
            words = _WORD.findall(name)
            genitive = (*words[:-1], words[-1] if words[-1].endswith("s") else f"{words[-1]}s")
            forms.add(genitive)
            forms.add((*words[:-1], f"{words[-1]}s"))
            for marker in self.municipality_genitives:
                forms.update({(*words, marker), (*genitive, marker)})
        return tuple(sorted(forms, key=len, reverse=True))

    def _exclusion(self, words: list[str], cased: list[str], i: int, end: int, kommun: str) -> str:
        """What makes the name at words[i:end] someone else's unit or one area's, or ''.

        In order: the municipality's own marker right before it ("kommunens
        servicecenter", "Brännviks kontaktcenter") keeps it; another municipality's
        genitive ("Ålsjö kommuns kontaktcenter", "Granviks kontaktcenter"), a company
        or owner in the words before it ("Region Värmlands kundtjänst", "Dalsvik
        Energi AB kundtjänst", "Skatteverket och Försäkringskassan öppnar ett
        servicekontor"), or one area after it ("Servicecenter för företagare",
        "Kundtjänst för VA och avfall") excludes it."""
        before = words[max(0, i - OWNER_REACH):i]
        if before and before[-1] in self.denials:
            return before[-1]  # "Stordala kommun har inget kontaktcenter": none is named
        own_words = self._own_words_before(words, i, kommun)
        if own_words:
            # The municipality's own, unless an owner names it: "Region Regionbys kundtjänst"
            # (but "Region Gotlands kundcenter" is Gotland's: it is a region).
            owner = words[i - own_words - 1] if i > own_words else ""
            is_region_itself = owner == "region" and normalise(kommun) in self.region_municipalities
            if owner in self.owners and not is_region_itself:
                return owner
            if words[i - 1] in self.own_adjectives:
                # "det nya servicekontoret" is no owner's genitive, but an organisation earlier
                # in the clause still takes it ("Försäkringskassan ... finns i det nya servicekontoret")
                return next((word for word in words[:i - 1] if word in self.organisations), "")
            return ""
        if before and before[-1] in self.joint_words and (others := self._other_parties(words, cased, i - 1, kommun)):
            return others
        if before and self._named_after_the_town(before[-1], kommun):
            return before[-1]  # "Höganäshem kundcenter": the town's housing company
        if owner := self._owner_in(words[max(0, i - OWNER_REACH - 2):i], kommun):
            return owner
        if len(before) >= 2 and before[-1] in self.municipality_genitives:
            return f"{words[i - 2]} {words[i - 1]}"  # another municipality's unit
        if before and cased[i - 1][:1].isupper() and before[-1].endswith("s") and len(before[-1]) > 3:
            return words[i - 1]  # a proper noun's genitive: "Granviks kontaktcenter"
        for word in words[:max(0, i - OWNER_REACH)]:
            if word in self.organisations:
                return word  # another organisation earlier in the same clause
        after = words[end:end + 1 + OWNER_REACH]
        if len(after) >= 2 and after[0] in self.area_linkers and self._names_an_area(after[1], kommun):
            return f"{after[0]} {after[1]}"
        if another := self._in_another_municipality(after, kommun):
            return another
        if operator := self._operated_by(words[end:end + OPERATOR_REACH], kommun):
            return operator
        if after and after[0] in self.owner_linkers:
            # "kundtjänsten hos Region Norrbotten", "Kundtjänstchef på Sälleby Energi AB", and a
            # company named by its trade as a word of its own ("Kundtjänst hos Tjärnvik Energi";
            # a street or place that contains one is none: "på Energigatan 5")
            for word in after[1:]:
                if word in self.owners or word in self.owner_fragments:
                    return f"{after[0]} {word}"
        return ""

    def absent_places(self, text: str, word: str) -> set[str]:
        """Where a sentence of `text` naming the unit by `word` says it is gone, not there yet
        or not for the public ("Medborgarkontoret har stängt permanent", "Servicecentret finns
        inte ännu", "Servicecenter tar inte emot frågor från invånare"): the
        place qualifying it in that sentence ("... i Norrby har stängt"), '' for none; empty
        when no sentence says so."""
        if not any(phrase in normalise(text) for phrase in self.absence_phrases):
            return set()  # the common case
        stem = normalise(word)[:6]
        return {min(self.places_after(sentence, word), default="") for sentence in _SENTENCE.split(text)
                if stem in (lowered := normalise(sentence)) and any(p in lowered for p in self.absence_phrases)}

    def places_after(self, text: str, word: str) -> set[str]:
        """The places that qualify the unit named by `word` in `text` ("Medborgarkontoret i
        Norrby": "Norrby")."""
        lowered, places, at = text.lower(), set(), text.lower().find(word)
        while at >= 0:
            if match := self._place_after.match(text, at + len(word)):
                places.add(match.group(1))
            at = lowered.find(word, at + 1)
        return places

    def _reflexive_owner(self, words: list[str], lead: list[str], i: int, kommun: str) -> str:
        """ "det kommunala bolaget, som har sin egen kundtjänst": a reflexive possessive makes the
        unit its subject's, the owner earlier in the sentence (not "Kommunen har sitt eget ...")."""
        k = i - 1 if i and words[i - 1] in self.reflexive_owns else i
        if not (k and words[k - 1] in self.reflexives):
            return ""
        for word in reversed([*lead, *words[:k - 1]]):
            if word.lower() in self.own_parties:
                return ""
            if owner := self._owner_in([word], kommun):
                return owner
        return ""

    def _other_parties(self, words: list[str], cased: list[str], joint: int, kommun: str) -> str:
        """The parties of a joint unit named before it (capitalised names), when the
        municipality is none of them: "Grannby och Östervall" (gemensamt kontaktcenter), or ''."""
        before = range(joint)
        own = self._municipality_words(kommun)
        if any(words[k] in self.own_parties or words[k] in own for k in before):
            return ""
        parties = [cased[k] for k in before if cased[k][:1].isupper()
                   and words[k] not in self.function_words and words[k] not in self.empty_objects]
        return " och ".join(parties)

    def _in_another_municipality(self, after: list[str], kommun: str) -> str:
        """ "i Grannby kommun" right after the name: another municipality's unit, or ''."""
        if after[:1] != ["i"]:
            return ""
        own = self._municipality_words(kommun)
        for k, word in enumerate(after[1:], start=1):
            if word in self.municipality_suffixes:
                name = after[1:k]
                return " ".join(after[:k + 1]) if name and not all(w in own for w in name) else ""
        return ""

    def _operated_by(self, after: list[str], kommun: str) -> str:
        """Another party the words after a name say runs it ("... och drivs av Storbergs
        kommun", "sköts av Region Norrlandia"), or '': its owner word, or the municipality
        named before "kommun"/"stad" when that is not this one."""
        own = self._municipality_words(kommun)
        for k in range(len(after)):
            phrase = next((p for p in self.operator_phrases if tuple(after[k:k + len(p)]) == p), None)
            if phrase is None:
                continue
            party = after[k + len(phrase):k + len(phrase) + OWNER_REACH + 1]
            if party and (party[0] in self.owners or party[0] in self.organisations):
                return f"{' '.join(phrase)} {party[0]}"
            suffix = next((j for j, word in enumerate(party) if word in self.municipality_suffixes), 0)
            name = party[:suffix]
            if name and not all(word in own for word in name):
                return f"{' '.join(phrase)} {' '.join(party[:suffix + 1])}"
            return ""
        return ""

    def is_operator_exclusion(self, excluded_by: str) -> bool:
        """Whether `excluded_by` is _operated_by's: another party said to run the unit."""
        return any(excluded_by.startswith(f"{' '.join(phrase)} ") for phrase in self.operator_phrases)

    def organisation_named(self, heading: str, kommun: str) -> str:
        """The organisation a heading names by its legal form, as an authority or as a region
        ("Vassmark Energi AB", "Skatteverket", "Region Norrlandia"), else '' (also for a
        municipality that is a region: "Region Gotland")."""
        words = _WORD.findall(normalise(heading))
        itself = normalise(kommun) if normalise(kommun) in self.region_municipalities else None
        for i, word in enumerate(words):
            if word == "region" and words[i + 1:i + 2] == [itself]:
                continue
            if word in self.organisations or word in self.organisation_forms:
                return word
        return ""

    def _appositive_area(self, trail: list[str], kommun: str) -> str:
        """The one area an appositive after a spaced dash gives the name before it: "Servicecentrum
        Solgården – ny träffpunkt för seniorer" ("för seniorer"), or ''. The area must follow
        within the appositive's first words ("– en väg in för dig" keeps it everyone's)."""
        words = [word.lower() for word in trail[:APPOSITIVE_WORDS + 1]]
        for k, word in enumerate(words[:-1]):
            if word in self.area_linkers and self._names_an_area(words[k + 1], kommun):
                return f"{word} {words[k + 1]}"
        return ""

    def _names_an_area(self, word: str, kommun: str) -> bool:
        """The word after "för"/"inom" names one area ("skolskjuts", "företagare"), not the
        whole public, a function word or the municipality ("dig", "invånare", "att", "Testby")."""
        return not (word in self.whole_public or word in self.function_words
                    or word in self._municipality_words(kommun) or word.isdigit())

    # -- roles, what, channels ----------------------------------------------------

    @lru_cache(maxsize=50_000)  # noqa: B019 - one lexicon per process; asked of every text run
    def title_term(self, term: str) -> str:
        """The title when a text is a leading title alone ("Verksamhetsansvarig" before its
        <dd>, "Servicechef" in a contact card, "Ansvarig chef": titles only), else ''.
        "Sidansvarig" and "Ansvarig utgivare" are not."""
        term = term.strip().rstrip(":").strip()
        if not term or len(term) > MAX_TITLE_CHARS or term.count(" ") > 1:
            return ""  # the common case, decided before any normalising: a title alone is short
        words = _WORD.findall(normalise(term))
        return " ".join(words) if 1 <= len(words) <= 2 and all(w in self.generic_roles for w in words) else ""

    def names_nobody(self, text: str) -> bool:
        """The text says the post is empty or its holder leaves ("Vakant – rekrytering pågår")."""
        return bool(self._departure.search(normalise(text)))

    def _unit_at_start(self, words: list[str], kommun: str) -> str:
        """The service function's name if `words` begin with it ("medborgarkontoret ..."), or ''."""
        marker = 1 if words[:1] and words[0] in self.own_markers else 0  # "vårt kontaktcenter"
        unit = " ".join(words[:3 + marker])
        hit = self.names_service_function(unit, kommun) if unit else None
        if hit and " ".join(words[marker:]).startswith(hit.word.split()[0]):
            return " ".join(words[:marker + len(hit.word.split())])
        return ""

    @lru_cache(maxsize=100_000)  # noqa: B019 - one lexicon per process; text runs repeat
    def role_hit(self, text: str, kommun: str = "", on_service_page: bool = False) -> str | None:
        """The phrase naming who is responsible for the service function, or None."""
        lowered = text.lower()
        if not any(word in lowered for word in self._role_words):
            return None  # no title in the text at all: the common case
        text = self._without_departures(text)
        parts = clauses(normalise(text))
        for n, words in enumerate(parts):
            if len(words) == 1 and words[0] in self.generic_roles and n + 1 < len(parts):
                # a contact card's "Enhetschef, Medborgarkontoret": the title alone, then the unit
                unit = self._unit_at_start(parts[n + 1], kommun)
                if unit:
                    return f"{words[0]} {unit}"
            for i, word in enumerate(words):
                found = self.match_word(word) if word[:2] in self._by_prefix else None
                if found and self.is_compound_title(word, found[0]) and not self._exclusion(
                        words, words, i, i + 1, kommun) and not self._names_another_unit(text, found[0], kommun):
                    return " ".join(words[i:i + 3])
                if word in self.generic_roles and i > 0 and words[i - 1] in self.political_qualifiers:
                    continue  # "politiskt ansvarig för medborgarservice" is a politician
                if word in self.generic_roles and i + 1 < len(words):
                    # "enhetschef för kontaktcenter", "chef för Kontakt Sundvik", and
                    # without a linker, "Enhetschef Medborgarkontoret: ..."
                    start = i + 2 if words[i + 1] in self.role_linkers else i + 1
                    unit = self._unit_at_start(words[start:], kommun)
                    if unit:
                        return " ".join([*words[i:start], unit])
                if word in self.generic_roles and (unit := self._unit_genitive_before(words, i, kommun)):
                    return f"{unit} {word}"  # "Medborgarkontorets enhetschef är Camilla Berg"
                if verb := self._verb_for_unit(words, i, kommun):
                    return verb
            if led := self._unit_led_by(words, kommun):
                return led
        if on_service_page:
            # "Verksamheten leds av en enhetschef": a role without a name, on the unit's page.
            norm = normalise(text)
            for phrase in self.lead_phrases:
                at = norm.find(phrase)
                if at < 0:
                    continue
                following = [w.strip(".,;:") for w in norm[at + len(phrase):].split()[:3]]
                for k, word in enumerate(following):
                    if word in self.generic_roles:
                        return " ".join([phrase, *following[:k + 1]])
            if led := self._led_by_name.search(text):
                return led.group(0)  # "vi leds av Malin Sundqvist": the unit's head, by name
            # "Enhetschef: Lena Ek" on the service page: the colon ends a clause,
            # so look at the raw text for a generic title followed by a name.
            for match in _LABELLED_ROLE.finditer(text):
                if normalise(match.group(1)) in self.generic_roles and not self._political(text[:match.start()]):
                    return match.group(0).strip()
            # ... or a name, then its leading title at the end of the clause: "Anders Nyqvist,
            # enhetschef" (a "samordnare" coordinates, a "kommunvägledare" advises: no head).
            for match in _NAME_THEN_TITLE.finditer(text):
                title = normalise(match.group(1))
                if title in self.generic_roles and title.endswith(tuple(self.role_suffixes)):
                    return match.group(0).strip()
        return None

    def _political(self, before: str) -> bool:
        """The words before a title make it a politician's ("Politiskt ansvarig: ...")."""
        words = _WORD.findall(normalise(before[-30:]))
        return bool(words) and words[-1] in self.political_qualifiers

    def is_compound_title(self, word: str, term: str) -> bool:
        """`word` is a title compounded of the name `term` ("kundtjänstchef", "kontaktcenteransvarig")."""
        rest = word[len(term):] if len(word) > len(term) else ""
        return bool(rest) and any(rest.endswith(s) or rest.lstrip("ets").startswith(s) for s in self.role_suffixes)

    def _names_another_unit(self, text: str, term: str, kommun: str) -> bool:
        """The text names another organisation's `term` ("Testby Vatten AB kundservice: ...
        Kundservicechef är Ulla Brandt."): a compound title after it is that unit's."""
        return any(hit.term == term and not hit.names_service_function for hit in self.name_hits(text, kommun))

    def _without_departures(self, text: str) -> str:
        """`text` less its sentences saying that someone leaves ("Servicekontorets chef går i
        pension"): a departing holder is nobody responsible now."""
        if not self.names_nobody(text):
            return text
        pieces = _SENTENCE_KEPT.split(text)  # sentences, each followed by its end
        return "".join(sentence + end for sentence, end in zip(pieces[::2], [*pieces[1::2], ""], strict=True)
                       if not self.names_nobody(sentence))

    def _unit_genitive_before(self, words: list[str], i: int, kommun: str) -> str:
        """The municipality's unit in the genitive right before words[i] ("kontaktcentrets"),
        read with the words before it so that an owner still excludes it, or ''."""
        if i == 0 or not words[i - 1].endswith("s"):
            return ""
        hit = self.names_service_function(" ".join(words[max(0, i - 1 - OWNER_REACH):i]), kommun)
        return words[i - 1] if hit and hit.word == words[i - 1] else ""

    def _verb_for_unit(self, words: list[str], i: int, kommun: str) -> str:
        """ "ansvarar för kontaktcentrets arbete" at words[i:]: the verb and the unit, or ''."""
        for verb in self.unit_verbs:
            end = i + len(verb)
            if words[i:end] == verb and (unit := self._unit_at_start(words[end:], kommun)):
                return " ".join([*verb, unit])
        return ""

    def _unit_led_by(self, words: list[str], kommun: str) -> str:
        """ "Kundtjänsten leds av Birgitta Ström", "Verksamheten vid medborgarkontoret leds av
        enhetschef Ola Berg": a clause that starts with the unit and goes on with a lead phrase
        names who leads it ('' otherwise)."""
        if len(words) > 2 and words[0] in self.own_subject_words and words[1] in self.role_linkers:
            words = words[2:]  # "Verksamheten vid medborgarkontoret leds av ..."
        unit = self._unit_at_start(words, kommun)
        if not unit:
            return ""
        rest = " ".join(words[len(unit.split()):])
        phrase = next((p for p in self.lead_phrases if rest.startswith(p)), "")
        return f"{unit} {phrase}" if phrase and len(rest) > len(phrase) else ""

    def role_in_row(self, row: str, kommun: str = "") -> str | None:
        """A staff-table row or contact card pairing the unit with a leading title:
        "Kontaktcenter | Enhetschef | Åsa Lind", "Enhet: Kontaktcenter | Chef: Åsa Lind"."""
        cells = [normalise(cell) for cell in row.split(" | ")]
        # Short cells only: a layout table's row holding a whole page is no staff row.
        short = [cell for cell in cells if len(_WORD.findall(cell)) <= STAFF_CELL_WORDS]
        # the title is a cell, a word of one ("Lisa Ahl, enhetschef"), or its column's
        # heading (the page model writes "Chef: Hanna Vik")
        role = any(word in self.generic_roles for cell in short for word in _WORD.findall(cell))
        if role and any(self.names_service_function(cell, kommun) for cell in short):
            return " | ".join(cell for cell in cells[:3])
        return None

    def page_title(self, title: str) -> str:
        """A title without its site-name suffix: "Kontakt - Exempelby kommun" is "Kontakt";
        or prefix, when the first part is the site's name: "Björkhamns kommun - Kontaktcenter"."""
        parts = _TITLE_SEPARATOR.split(title)
        if len(parts) == 1:
            return title.strip()
        if self._is_site_name(parts[0]) and not self._is_site_name(parts[-1]):
            return parts[1].strip()
        return parts[0].strip()

    def _is_site_name(self, part: str) -> bool:
        return f" {normalise(part)}".endswith(self.site_name_endings)

    def is_news_url(self, url: str) -> bool:
        """The URL of a news item or an archive of them (/nyheter/..., /aktuellt/...), or of a
        news item named so in its last segment ("/nyhet_medborgarkontoret.asp"; the archive
        "/nyheter.asp" itself is a page like any other)."""
        segments = [s for s in urlsplit(url).path.lower().split("/") if s]
        if any(normalise(segment) in self.news_path_words for segment in segments[:-1]):
            return True
        words = _URL_WORDS.split(segments[-1]) if segments else []
        return len(words) >= 3 and words[0] in self.news_path_words  # the news word, a headline, a suffix

    def what_hit(self, text: str, kommun: str = "") -> str | None:
        """The phrase saying what one can get help with ("svarar på frågor om bygglov"),
        or None. A cue counts only when the rest of its clause names a matter: "vi
        hjälper dig gärna", "frågor om kommunen", "det mesta när du har kontakt med
        <Kommun>s kommun" name none (rubric, d). A question ending with its cue ("Vad kan
        jag få hjälp med?") is answered by the sentence after it."""
        unnamed = self.empty_objects | self.function_words | self._municipality_words(kommun)
        # Normalising folds the line breaks between text runs: mark them (_matter_after reads them).
        pieces = _SENTENCE_KEPT.split(normalise(text.replace("\n", f" {_RUN_BREAK} ")))
        sentences, ends = pieces[::2], pieces[1::2]
        for n, sentence in enumerate(sentences):
            answer = sentences[n + 1] if n + 1 < len(sentences) and "?" in ends[n] else ""
            for cue in self.what_cues:
                at = sentence.find(cue)
                if at >= 0 and not self._denied_cue(sentence, at, kommun) and (
                        named := self._matter_after(sentence, at + len(cue), unnamed, answer)):
                    return f"{cue} {named}"
            for cue in self.what_cues:
                found = fuzz.partial_ratio_alignment(cue, sentence, score_cutoff=self.what_threshold)
                if found and _whole_words(sentence, found.dest_start, found.dest_end) and not (
                        self._denied_cue(sentence, found.dest_start, kommun) or self._denies(sentence, found)) and (
                        named := self._matter_after(sentence, found.dest_end, unnamed, answer)):
                    return f"{cue} {named}"
        return None

    def _matter_after(self, sentence: str, start: int, unnamed: frozenset[str] | set[str], answer: str = "") -> str:
        """The first words after a cue, within its clause, that name a matter ('' when only
        words that name none follow before the clause ends). The clause ends with the cue's
        text run, unless the cue ends its run (give or take "hos oss", "bland annat"): a
        heading "Vi hjälper dig med" or a lead "Det här kan du få hjälp med hos oss" is
        followed by its matters, a link "så kan vi hjälpa dig (pdf, 1 sida)" by the next block;
        a question ending with the cue by its `answer`."""
        own_run, _, later_runs = sentence[start:].partition(_RUN_BREAK)
        own_words = _WORD.findall(own_run)
        if not own_words or all(word in self.cue_trailers for word in own_words):
            own_words = self._listed_answer(later_runs) or self._listed_answer(answer)
        words = self._own_clause(own_words[:MATTER_WORDS])
        # "telefon 0500" names no matter, nor the unit itself ("frågor hos kundcenter")
        named = [w for w in words if w not in unnamed and len(w) > 2 and not w.isdigit() and not self.match_word(w)]
        return " ".join(words[: words.index(named[0]) + 1]) if named else ""

    def _denied_cue(self, sentence: str, at: int, kommun: str) -> bool:
        """The cue at `at` is no matter of the unit's: its clause denies it ("Kontaktcenter svarar
        inte på frågor om bygglov": a negation among the three words before it), or its text run
        sends the visitor elsewhere ("Frågor om bygglov besvaras av Bygglovsservice")."""
        if not self.negations.isdisjoint(_WORD.findall(sentence[max(0, at - 30):at])[-3:]):
            return True
        run = sentence[sentence.rfind(_RUN_BREAK, 0, at) + 1:]
        return self.refers_elsewhere(run.partition(_RUN_BREAK)[0], kommun)

    def _denies(self, sentence: str, found) -> bool:
        """A negation inside the words a fuzzy match spans ("svarar inte på frågor om")."""
        return not self.negations.isdisjoint(_WORD.findall(sentence[found.dest_start:found.dest_end]))

    def _listed_answer(self, answer: str) -> list[str]:
        """The words of the runs after a cue that ends its run, or after a question, when they
        open with matters listed, not prose: card titles, list items, table cells
        ("Förskoleplats", "Bygglov och avfall"). "I vår broschyr kan du läsa om ..." and "Hos
        kundcenter möter du ..." are prose (function words): they may name no matter at all."""
        runs = [run for run in answer.split(_RUN_BREAK) if _WORD.search(run)]
        opening = _WORD.findall(runs[0].split(",")[0]) if runs else []
        if not opening or any(word in self.function_words for word in opening):
            return []
        return [word for run in runs for word in _WORD.findall(run)]

    def _own_clause(self, words: list[str]) -> list[str]:
        """`words` up to the first word that starts another clause ("oavsett", "när", "om du",
        "och tar oss": a coordinator, a verb and a pronoun)."""
        for i in range(len(words)):
            if any(words[i:i + len(b)] == b for b in self.clause_breaks) or (
                    words[i] in self.clause_coordinators and words[i + 2:i + 3] and words[i + 2] in self.clause_pronouns):
                return words[:i]
        return words

    @cache  # noqa: B019 - one lexicon per process, few municipality names
    def _municipality_words(self, kommun: str) -> frozenset[str]:
        """The words of the municipality's name and their genitives: "kontakt med Kälviks
        kommun" names no matter."""
        words = {w for name in self.municipality_names(kommun) for w in _WORD.findall(name)}
        return frozenset(words | {f"{w}s" for w in words})

    def channel_kinds(self, text: str, hrefs: list[str] = (), link_texts: list[str] = ()) -> dict[str, str]:
        """Contact channels found: kind -> the text (or link) that shows it. `text` is the
        page's own text, `hrefs` and `link_texts` its own links' targets and texts."""
        found: dict[str, str] = {}
        lowered = text.lower()
        for kind, pattern in self.channel_patterns.items():
            literals = self.channel_literals.get(kind)
            if literals is not None and not any(literal in lowered for literal in literals):
                continue
            match = self._channel_match(kind, pattern, text, lowered)
            if match:
                found[kind] = text[match.start():match.end()].strip()
        for kind, shown in self._labelled_channel_kinds(text, lowered, found):
            found[kind] = shown
        for href in hrefs:
            for prefix, kind in self.href_channel_kinds.items():
                # a share link ("mailto:?subject=...") addresses no one: no channel
                addressee = href[len(prefix):].split("?")[0].strip()
                if href.lower().startswith(prefix) and addressee and kind not in found:
                    found[kind] = href
        for link_text in link_texts:
            for kind, pattern in self.link_channel_patterns.items():
                if kind not in found and (match := pattern.search(link_text)):
                    found[kind] = f"link: {link_text.strip()}"
        return found

    def _channel_match(self, kind: str, pattern: re.Pattern, text: str, lowered: str) -> re.Match | None:
        """The first match of a channel pattern, its span that of `text`: found in the
        lower-cased text when lowering kept every position (it does but for a few letters
        such as "İ"), else in `text` by the case-insensitive pattern."""
        lower_case = self._lower_case_channel_patterns.get(kind)
        matches = lower_case.finditer(lowered) if lower_case is not None and len(lowered) == len(text) \
            else pattern.finditer(text)
        # "Vi har ingen chatt, inget kontaktformulär": a channel denied is none, and a form to
        # print and post ("Kontaktformulär (PDF) – skriv ut blanketten") is paper, not a channel
        return next((match for match in matches if not self._denied(lowered, match.start())
                     and not (kind == "form" and self._printed(lowered, match.start()))), None)

    def _printed(self, lowered: str, start: int) -> bool:
        """The line of `start` offers a form to print ("(PDF, 2 kB)", "skriv ut")."""
        line = lowered[lowered.rfind("\n", 0, start) + 1:].partition("\n")[0]
        return any(word in line for word in self.printed_form_words)

    def _denied(self, lowered: str, start: int) -> bool:
        """A negation among the two words right before `start` ("ingen chatt", "inte e-post")."""
        return not self.negations.isdisjoint(_WORD.findall(lowered[max(0, start - 24):start])[-2:])

    def own_blocks(self, blocks: list[str], kommun: str = "") -> list[str]:
        """`blocks` less those that send the visitor to another unit: their channels are that
        unit's. A long page with no referral phrase's first word is read once, in lower case
        (normalise costs 10 times as much), not block by block."""
        lowered = _SOFT_HYPHENS.sub("", " ".join(blocks).lower())
        if any(word in lowered for word in self._referral_words):
            blocks = [block for block in blocks if not self.refers_elsewhere(block, kommun)]
        if self._others_channel.search(lowered):
            blocks = [self._without_others_channels(block, kommun) for block in blocks]
        return blocks

    def _without_others_channels(self, block: str, kommun: str) -> str:
        """`block` less its sentences about another unit's channel ("Bygglovsenhetens
        telefontid är tisdagar 9.00-11.00"): the hours are that unit's, not the service
        function's ("Kontaktcentrets telefontid" stays)."""
        sentences = _SENTENCE_END.split(block)
        kept = [sentence for sentence in sentences if not self._states_others_channel(sentence, kommun)]
        return " ".join(kept) if len(kept) < len(sentences) else block

    def _states_others_channel(self, sentence: str, kommun: str) -> bool:
        for match in self._others_channel.finditer(_SOFT_HYPHENS.sub("", sentence.lower())):
            owner = match.group(1)
            if any(head in owner for head in self.other_unit_heads) \
                    and self.names_service_function(owner, kommun) is None:
                return True
        return False

    def refers_elsewhere(self, block: str, kommun: str = "") -> bool:
        """The block sends the visitor to another unit ("... besvaras av ekonomienheten på
        08-465 004 60"): its channels are that unit's, unless it names the service function."""
        lowered = normalise(block)
        return any(self._sends_away(lowered, phrase) for phrase in self.referral_phrases) \
            and self.names_service_function(block, kommun) is None

    def _sends_away(self, lowered: str, phrase: str) -> bool:
        """`phrase` in the text leads to someone else: "besvaras av oss" is the unit itself."""
        at = lowered.find(phrase)
        while at >= 0:
            following = _WORD.findall(lowered[at + len(phrase):at + len(phrase) + 20])[:1]
            if not following or following[0] not in self.referral_selves:
                return True
            at = lowered.find(phrase, at + 1)
        return False

    def _labelled_channel_kinds(self, text: str, lowered: str, found: dict) -> list[tuple[str, str]]:
        """Channels shown by a label and its value ("Besöksadress: Ågatan 7"): the value
        within the window after the label, in the label's text run or the next two."""
        shown = []
        for kind, (labels, value) in self.labelled_channels.items():
            if kind in found or not any(word in lowered for word in self.channel_label_words[kind]):
                continue
            for label in labels.finditer(text):
                after = text[label.end():label.end() + self.channel_value_window]
                after = "\n".join(after.split("\n")[:LABEL_VALUE_RUNS])
                if match := value.search(after):
                    shown.append((kind, f"{label.group(0)}{after[:match.end()]}".strip()))
                    break
        return shown

    def is_switchboard_label(self, text: str) -> bool:
        norm = normalise(text)
        return any(label in norm for label in self.switchboard_labels)

    # -- crawl priority -------------------------------------------------------------

    @lru_cache(maxsize=100_000)  # noqa: B019 - one lexicon per process; link texts repeat
    def link_priority(self, words: str, in_primary_navigation: bool = False) -> int:
        """How promising a link is for finding the service function (higher first)."""
        w = self.crawl_weights
        if self.name_hits(words):
            return w["service"]
        norm = normalise(words)
        if any(word in norm for word in self.contact_words):
            return w["contact"]
        if any(word in norm for word in self.organisation_words):
            return w["organisation"]
        return w["primary_navigation"] if in_primary_navigation else w["other"]

    @lru_cache(maxsize=100_000)  # noqa: B019 - one lexicon per process; menus repeat
    def is_landing(self, text: str) -> bool:
        """Whether a link text or URL segment is, as a whole, a landing page that usually
        leads to the unit ("Kontakta oss", "kommun-och-politik", "Organisation")."""
        return " ".join(_WORD.findall(normalise(text.replace("-", " ").replace("_", " ")))) in self.landing_words


_LABELLED_ROLE = re.compile(r"(?<![\w-])([A-Za-zÅÄÖåäö]+)\s*:\s*[A-ZÅÄÖ][a-zåäöé]+(?:\s+[A-ZÅÄÖ][a-zåäöé\-]+)+")
_NAME_THEN_TITLE = re.compile(r"(?<![\w-])[A-ZÅÄÖ][a-zåäöé]+(?:\s+[A-ZÅÄÖ][a-zåäöé\-]+)+\s*,\s*"
                              r"([A-Za-zÅÄÖåäö]+)(?=\s*(?:$|[,.;(]|\d))")


@cache
def load_lexicon(path: str | None = None) -> Lexicon:
    """The process-wide lexicon (parsed once)."""
    return Lexicon(path or DEFAULT_LEXICON)
