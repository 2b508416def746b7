"""The lexicon's thresholds, measured: true forms match, look-alikes do not."""

import csv
from pathlib import Path

import pytest
from servicekoll.core.lexicon import load_lexicon, normalise

LEXICON = load_lexicon()
TRUE_FORMS = ["kontaktcentret", "kontaktcentrets", "medborgarkontoret", "kundtjänsten", "kundcentret",
              "servicecentret", "servicecentrum", "kontaktcneter", "kundtjanst", "kontakt-center", "kund\u00adtjänst",
              "medborgarservicen", "servicekontoret", "kommunservice", "invånarservice", "kontaktcenterchef",
              "Kontaktcentrum", "kundtjänstchef", "medborgarcentret", "kontaktcenetr", "KUNDCENTER"]
LOOK_ALIKES = ["kontaktperson", "kontaktformulär", "kontaktuppgifter", "servicekort", "servicetjänster", "kundvagn",
               "kundnummer", "medborgarförslag", "medborgardialog", "kommunstyrelsen", "servicenämnden", "kontakta",
               "kundundersökning", "serviceboende", "servicehus", "medborgare", "itservicecenter",
               "bygglovsservice", "företagsservice", "kommunfullmäktige", "invånare", "skolservice"]


def score(word: str) -> float:
    return LEXICON.word_score(normalise(word).replace(" ", ""))[1]


def test_threshold_separates_true_forms_from_look_alikes():
    lowest_true = min(score(w) for w in TRUE_FORMS)
    highest_false = max(score(w) for w in LOOK_ALIKES)
    print(f"lowest true form {lowest_true:.1f}, highest look-alike {highest_false:.1f}, "
          f"threshold {LEXICON.threshold:.0f}")
    assert highest_false < LEXICON.threshold <= lowest_true


def test_exclusions_and_own_names():
    hits = {h.word: h.excluded_by for h in LEXICON.name_hits(
        "Statens servicekontor. Försäkringskassans kundcenter. Region Dalarnas kundtjänst. Kontakt Falun", "Falun")}
    assert hits["servicekontor"] == "statens"
    assert hits["kundcenter"] == "försäkringskassans"
    assert hits["kundtjänst"] == "region"
    assert hits["kontakt falun"] == ""


def test_channels_find_swedish_phone_numbers_in_their_usual_forms():
    for number in ("021-39 00 00", "0910-73 50 00", "+46 21 39 00 00", "08-508 110 00", "0771-25 25 25"):
        assert LEXICON.channel_kinds(f"Ring {number} idag")["phone"] == number
    assert "phone" not in LEXICON.channel_kinds("Postnummer 123 45, år 2026")


@pytest.mark.parametrize("text", ["Besöksadress: Torget 1", "BESÖK OSS på Torget", "Fyll i KONTAKTFORMULÄRET",
                                  "Ingen kanal här", "Skriv till oss", "Ring 0500-12 34 56"])
def test_the_word_prefilter_finds_what_the_channel_patterns_find(text):
    # channel_kinds skips a kind written in plain words when none of its words is in the
    # text; the kinds found must be those the patterns alone find (case-insensitive)
    # (kinds that a label also gives, such as the address, are found beyond their patterns)
    kinds = set(LEXICON.channel_patterns) - set(LEXICON.labelled_channels)
    alone = {kind for kind in kinds if LEXICON.channel_patterns[kind].search(text)}
    assert set(LEXICON.channel_kinds(text)) & kinds == alone


@pytest.mark.parametrize("prefix", ["", "İzmir: "])  # "İ" lower-cases to two characters
def test_channels_read_in_lower_case_show_the_text_as_written(prefix):
    # the patterns run on the lower-cased text, their evidence is the page's own spelling
    found = LEXICON.channel_kinds(prefix + "Besök oss på STORGATAN 5, 999 52 TORNVIK. Chatta med oss!")
    assert found["address"] == "STORGATAN 5, 999 52 T"
    assert found["chat"] == "Chatta"


def test_what_cues_tolerate_small_variations():
    # Rubric 1.1: a cue must name a matter; "det mesta", "kommunen", "allt" alone name none.
    assert LEXICON.what_hit("Här kan du få hjälp med bygglov och det mesta") == "få hjälp med bygglov"
    assert LEXICON.what_hit("Här kan du få hjälp med det mesta") is None
    assert LEXICON.what_hit("Vi svarar på frågor om kommunen.") is None
    assert LEXICON.what_hit("Vi hjälper dig gärna. Ring oss!") is None
    assert LEXICON.what_hit("Vi svarar på frågor om allt från skola till avfall") is not None
    assert LEXICON.what_hit("Vi svarar pa fragor om skola") is not None  # no å/ä: fuzzy
    assert LEXICON.what_hit("Telefon och e-post") is None


def _register_names() -> list[str]:
    from servicekoll.core.register import load_register

    return [m.kommun for m in load_register()]  # the bundled register of all 290


def _genitive(name: str) -> str:
    return name if name[-1] in "sxz" else f"{name}s"


def test_every_register_municipality_owns_its_unit_in_every_form():
    # a: "running text that names the municipality's own unit", "Kontakt <Kommun>"; the
    # register's names have two words (Upplands Väsby), hyphens (Malung-Sälen), end in s (Borås)
    names = _register_names()
    assert len(names) == 290
    wrong = []
    for kommun in names:
        for text in (f"{_genitive(kommun)} kontaktcenter", f"{kommun} kommuns kundtjänst", f"Kontakt {kommun}",
                     f"{_genitive(kommun)} stads servicecenter", "Kommunens medborgarkontor"):
            if LEXICON.names_service_function(text, kommun) is None:
                wrong.append((kommun, text))
    assert wrong == []


def test_another_register_municipality_owns_its_own_unit():
    # "another municipality's *<Grannstad>s kontaktcenter*: excluded"
    names = _register_names()
    wrong = [(kommun, neighbour) for kommun, neighbour in zip(names, names[1:] + names[:1], strict=True)
             if normalise(kommun) != normalise(neighbour)
             and LEXICON.names_service_function(f"{neighbour} kommuns kontaktcenter", kommun) is not None]
    assert wrong == []


def test_a_region_is_another_organisation_unless_the_municipality_is_the_region():
    assert LEXICON.names_service_function("Region Skånes kundtjänst", "Ystad") is None
    assert LEXICON.names_service_function("Region Gotlands kundcenter", "Gotland") is not None
    assert LEXICON.names_service_function("Region Gotlands kundcenter", "Ystad") is None


def test_no_municipality_s_name_starts_like_a_unit_s_name():
    # name_hits passes over words that start with the municipality's own name (Kundtjärnshem)
    register = Path(__file__).resolve().parent.parent / "data" / "municipalities.csv"
    lexicon = load_lexicon()
    with register.open(encoding="utf-8") as rows:
        kommuner = [row["kommun"] for row in csv.DictReader(rows)]
    assert len(kommuner) == 290
    clashes = [(kommun, stem) for kommun in kommuner for name in lexicon._own_name_words(kommun)
               for stem in lexicon._stems if stem.startswith(name) or name.startswith(stem)]
    assert clashes == []
