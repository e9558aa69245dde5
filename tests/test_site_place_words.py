"""Visited sites -- a museum, a zoo, gardens, a resort, an aquarium -- are places by their head word, as buildings
and parks are; a body whose name ends in an organisation word ("... Museum Foundation") stays an organisation."""
from __future__ import annotations

import pytest


from mention_helpers import discovered


@pytest.mark.parametrize("text, name", [
    ("Visitors queued outside the Halden Museum on Sunday.", "Halden Museum"),
    ("Two pandas arrived at Lindenberg Zoo last week.", "Lindenberg Zoo"),
    ("Crowds filled Marston Gardens on Saturday.", "Marston Gardens"),
    ("The summit was held at the Kelvar Bay Resort.", "Kelvar Bay Resort"),
    ("A shark tank at the Ostrava Aquarium cracked overnight.", "Ostrava Aquarium"),
])
def test_a_visited_site_is_a_place(text, name):
    assert (name, "place") in discovered(text)


def test_a_body_named_after_a_museum_stays_an_organisation():
    found = discovered("The Halden Museum Foundation said it would appeal the ruling.")
    assert ("Halden Museum Foundation", "organization") in found
