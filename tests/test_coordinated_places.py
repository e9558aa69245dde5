""""and" joins no two places into one name: after a place's whole name (a town of the list, or two words or more
ending in a place head word), "and" and a name ending in a place head word is a second place ("New Orleans and
Jefferson Parish", "Tarrow City and Dunmore Mall"); names that need the "and" stay whole ("Rock and Roll Hall of Fame")
(:func:`analysis.actors.name_runs._connector_allowed`)."""
from __future__ import annotations

import pytest

from mention_helpers import mention_types


@pytest.mark.parametrize("text, first, second", [
    ("New Orleans and Jefferson Parish officials ordered an evacuation on Friday.", "New Orleans", "Jefferson Parish"),
    ("Shops in Tarrow City and Dunmore Mall were damaged by the quake.", "Tarrow City", "Dunmore Mall"),
])
def test_two_coordinated_places_are_two_names(text, first, second):
    types = mention_types(text)
    assert types.get(first) == "place"
    assert types.get(second) == "place"
    assert f"{first} and {second}" not in types


@pytest.mark.parametrize("text, name", [
    ("The band was inducted into the Rock and Roll Hall of Fame on Saturday.", "Rock and Roll Hall of Fame"),
    ("Flooding closed roads across the Salt and Verde Rivers basin.", "Salt and Verde Rivers"),
])
def test_a_name_that_needs_the_and_stays_whole(text, name):
    assert name in mention_types(text)
