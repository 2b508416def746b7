"""The five aspects of the rubric, one module and one pure function each."""

from servicekoll.scoring.aspects.easy_to_find import detect_easy_to_find
from servicekoll.scoring.aspects.entry import detect_entry
from servicekoll.scoring.aspects.front_page import detect_front_page
from servicekoll.scoring.aspects.help_described import detect_help_described
from servicekoll.scoring.aspects.responsible import detect_responsible

DETECTORS = {
    "a": detect_entry,
    "b": detect_front_page,
    "c": detect_easy_to_find,
    "d": detect_help_described,
    "e": detect_responsible,
}
