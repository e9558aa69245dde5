"""A street named "Place" is a place by its head word, as a "Street" or a "Terrace" is, even after a known first name
("Florence Place", "47th Place"); a person with no such head word stays a person."""
from __future__ import annotations

from mention_helpers import mention_types


def test_a_place_street_is_a_place():
    types = mention_types("The shop moved from Florence Place to 47th Place last spring.")
    assert types["Florence Place"] == "place"
    assert types["47th Place"] == "place"


def test_a_first_name_without_the_head_word_is_still_a_person():
    types = mention_types("Florence Welch played the first night and Richard Donovan watched from the side.")
    assert types["Florence Welch"] == "person"
    assert types["Richard Donovan"] == "person"
