"""An apposition or definition goes on past the full stops of an initialism: "Varkonyi, a U.S. citizen,"
(:func:`analysis.actors.name_cues.person_cue`)."""
from __future__ import annotations

import pytest

from analysis.actors.dictionary import DEFAULT_PATH, read_dictionary
from analysis.actors.step import find_mentions

WITHOUT_PUBLIC_FIGURES = read_dictionary(DEFAULT_PATH)  # as tests/test_discovery.py: no dictionary persons


@pytest.mark.parametrize("sentence, cue", [
    ("Yesterday Varkonyi, a U.S. citizen, was freed.", "apposition: U.S. citizen"),
    ("Varkonyi, a U.S. Army veteran, spoke at the rally.", "apposition: U.S. Army veteran"),
])
def test_an_initialism_inside_an_apposition_does_not_end_it(sentence, cue):
    mentions = find_mentions(sentence, dictionary=WITHOUT_PUBLIC_FIGURES)
    persons = mentions[mentions["actor_type"] == "person"]
    assert list(zip(persons["surface"], persons["cue"])) == [("Varkonyi", cue)]


def test_an_initialism_inside_an_apposition_of_a_body_makes_no_person():
    mentions = find_mentions("Zorvex, a U.K.-based charity, opened a shelter.", dictionary=WITHOUT_PUBLIC_FIGURES)
    zorvex = mentions[mentions["surface"] == "Zorvex"]
    assert list(zorvex["actor_type"]) == ["organization"]
