"""Planets and the solar system named as places (``lexicon/celestial_bodies.txt``): a weak cue, like a town's name."""
from __future__ import annotations

import pytest

from mention_helpers import mention_types as typed, surfaces


@pytest.mark.parametrize("text, place", [
    ("Scientists said microbes could survive on Mars for years.", "Mars"),
    ("The probe sent images of Jupiter back last week.", "Jupiter"),
    ("Earth is warming faster than models predicted.", "Earth"),
])
def test_a_planet_is_a_place(text, place):
    assert typed(text).get(place) == "place"


def test_a_singer_named_so_stays_a_person():
    found = typed("Bruno Mars said the tour would go on. Mars thanked his fans.")
    assert found.get("Mars") != "place"


def test_no_planet_where_the_text_writes_the_word_in_lower_case():
    assert typed("The farmers moved earth all day. Earth was piled high.").get("Earth") != "place"


@pytest.mark.parametrize("text, body", [
    ("Astronomers said the new world could be a hot Jupiter. It orbits close to its star.", "Jupiter"),
    ("Scientists are looking for a second Earth, a planet with water.", "Earth"),
])
def test_a_kind_of_planet_named_after_one_is_no_place(text, body):
    assert typed(text).get(body) != "place"


def test_a_planet_modifying_a_noun_after_an_adjective_stays_a_place():
    assert typed("NASA wants a manned Mars mission before 2040.").get("Mars") == "place"


def test_a_kind_of_planet_takes_no_type_from_the_planet_named_elsewhere():
    text = "The new world is bigger than Jupiter. Astronomers think it could be a hot Jupiter."
    assert surfaces(text).count("Jupiter") == 1
