"""A word that opens a place's name only after "the" (``lexicon/article_place_prefixes.txt``): "the River Thames"."""
from __future__ import annotations

import pytest

from mention_helpers import mention_types as typed


@pytest.mark.parametrize("text, place", [
    ("The body was pulled from the River Thames near the bridge.", "River Thames"),
    ("Floods hit villages along the River Severn on Sunday.", "River Severn"),
    ("The River Wye burst its banks overnight.", "River Wye"),
])
def test_river_and_a_name_after_the_is_a_place(text, place):
    assert typed(text).get(place) == "place"


@pytest.mark.parametrize("text, name", [
    ("River Phoenix starred in the film before his death.", "River Phoenix"),
    ("River Plate beat the visitors in the final.", "River Plate"),
])
def test_river_opening_a_name_without_the_types_no_place(text, name):
    assert typed(text).get(name) != "place"


def test_a_place_prefix_after_the_opening_a_sentence_still_heads_the_name():
    found = typed("The Lake Volta ferry sank on Tuesday. The Mount Elgon park was closed.")
    assert found.get("Lake Volta") == "place"
    assert found.get("Mount Elgon") == "place"
