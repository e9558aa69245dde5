"""Initials written without full stops before a name make a person ("R Saravanan", "N S Andres"), as South Indian
names and by-lines are written; not a compass letter of a street, nor a storm's abbreviation before a name the text
gives an event's prefix (:func:`analysis.actors.name_shapes.initialled_name`)."""
from __future__ import annotations

import pytest

from mention_helpers import person_surfaces as people


@pytest.mark.parametrize("text, name", [
    ("Reporters met K Varadarajan at the port on Monday.", "K Varadarajan"),
    ("The report by M S Tessaro and P K Ilango was read.", "M S Tessaro"),
    ("The report by M S Tessaro and P K Ilango was read.", "P K Ilango"),
])
def test_bare_initials_before_a_name_make_a_person(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "The bus goes west along S Varkonyi to the depot.",  # a compass letter of a street
    "Cyclone Varkonyi grew. As of the last advisory, T C Varkonyi has winds of 190 km/h.",  # a storm
    "A Varkonyi official said nothing.",  # the article
])
def test_no_person_from_a_letter_that_is_no_initial(text):
    assert people(text) == []
