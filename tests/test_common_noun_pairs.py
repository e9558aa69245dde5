"""A capitalised common noun after "and" that ends a body's name is no person speaking: "Rogaland Fire and Rescue
said" (:func:`analysis.actors.name_cues.person_cue`)."""
from __future__ import annotations

import pytest

from mention_helpers import types_without_public_figures as types


@pytest.mark.parametrize("sentence, name", [
    ("A fire broke out at the depot. Hordaland Fire and Rescue said crews were on the scene.", "Rescue"),
    ("The fish were moved upstream. Okanagan Fish and Wildlife said the river had dried up.", "Wildlife"),
])
def test_a_common_noun_after_and_in_a_body_name_is_no_speaker(sentence, name):
    assert types(sentence).get(name) != "person"


@pytest.mark.parametrize("sentence, name", [
    ("Marta Brown and Kowalczyk said the deal was done.", "Kowalczyk"),  # "brown" is not written in lower case
    ("The brown bears woke early. Brown and Kowalczyk said the deal was done.", "Kowalczyk"),  # one word before "and"
])
def test_a_surname_after_and_still_speaks(sentence, name):
    assert types(sentence).get(name) == "person"
