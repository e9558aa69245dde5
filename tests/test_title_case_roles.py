"""A role noun that is no title, written capitalised inside a sentence before one capitalised word, is a word of
a title-cased name, not a role before a person (:func:`analysis.actors.name_cues.person_cue`)."""
from __future__ import annotations

import pytest

from mention_helpers import person_surfaces


@pytest.mark.parametrize("text", [
    "Teams from 20 countries entered the third International Student Olympiad in Surgery.",
    "She said no one from any Executive Branch office had called her.",
])
def test_a_capitalised_role_noun_inside_a_title_cased_name_is_no_role(text):
    assert person_surfaces(text) == []


@pytest.mark.parametrize("text, name", [
    ("The team was welcomed by Coach Reid on Monday.", "Reid"),  # a title
    ("Officials said student Ibrahim Salamov had won.", "Ibrahim Salamov"),  # a role in lower case
    ("Reporters asked Senior Engineer Tomas Vendl about the fault.", "Tomas Vendl"),  # a full name
])
def test_a_role_before_a_person_still_makes_a_person(text, name):
    assert name in person_surfaces(text)
