"""A person whose surname is an event word ("Law", "Day", "Fair", "Storm") is a person when a cue says so: an
office before the name, a speech verb, an age, or a known first name with a person's predicate; the surname alone
later is the same person (:func:`analysis.actors.discovery._event_word_surname`,
:mod:`analysis.actors.surname_heads`). Without such a cue the name is an event's, a law's or a day's."""
from __future__ import annotations

import pytest

from mention_helpers import person_ids, person_surfaces


@pytest.mark.parametrize("text, expected", [
    ("Labour MP Stephen Storm said the bill was unfair.", ["Stephen Storm"]),
    ("The actor Marcus Law said he would return to the stage.", ["Marcus Law"]),
    ("Jazz singer Helena Day, 84, died on Sunday in Leeds.", ["Helena Day"]),
    ("Helena Day died on Sunday at her home in Leeds.", ["Helena Day"]),
    ("Parades marked Labor Day across the country on Monday.", []),
    ("Crowds gathered for Valentine's Day, who knows why.", []),
])
def test_an_event_word_surname_with_a_person_cue_makes_a_person(text, expected):
    assert person_surfaces(text) == expected


def test_the_event_word_surname_alone_is_the_same_person():
    text = "Helena Day died on Sunday at her home in Leeds. Day recorded 29 albums."
    found = person_ids(text)
    assert [surface for surface, _ in found] == ["Helena Day", "Day"]
    assert len({actor for _, actor in found}) == 1
