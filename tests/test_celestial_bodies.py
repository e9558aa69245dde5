"""Planets and the solar system named as places (``lexicon/celestial_bodies.txt``): a weak cue, like a town's name."""
from __future__ import annotations

import pytest

from mention_helpers import mention_types as typed


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
