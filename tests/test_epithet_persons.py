"""A name before "the" and a ruler's or saint's epithet is a person's: "Constantine the Great"
(:mod:`analysis.actors.person_predicates`, ``lexicon/epithets.txt``)."""
from __future__ import annotations

from analysis.actors.step import find_mentions

from mention_helpers import WITHOUT_PUBLIC_FIGURES


def person_cues(text: str) -> list[tuple[str, str]]:
    """(surface, cue) of the person mentions found."""
    mentions = find_mentions(text, dictionary=WITHOUT_PUBLIC_FIGURES)
    rows = mentions[mentions["actor_type"] == "person"]
    return list(zip(rows["surface"], rows["cue"]))


def test_a_name_with_an_epithet_is_a_person():
    assert person_cues("They say Tewodros the Great founded the town.") == [("Tewodros", "epithet: the Great")]


def test_a_lower_case_word_after_the_is_no_epithet():
    assert person_cues("Visitors to Tewodros the great city come in May.") == []
