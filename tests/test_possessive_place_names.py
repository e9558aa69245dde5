"""A possessive word inside a place's name: "Fishmongers' Hall", "Hawke's Bay", "St Peter's Square" are places,
the plural's apostrophe included, while an owner's possessive still ends a name ("Trump's Tower")
(:mod:`analysis.actors.possessive_names`, :func:`analysis.actors.name_runs.joins`)."""
from __future__ import annotations

import pytest

from mention_helpers import discovered


@pytest.mark.parametrize("text, name", [
    ("Two people were stabbed at Saddlers' Hall in Kelworth on Friday.", "Saddlers' Hall"),
    ("Floods cut off farms in Tarrow's Bay, officials said.", "Tarrow's Bay"),
    ("Pilgrims gathered in St Aldric's Square for the blessing.", "St Aldric's Square"),
    ("The fire at the Weavers’ Lodge was put out by noon.", "Weavers’ Lodge"),
])
def test_a_possessive_opens_a_place_name(text, name):
    assert (name, "place") in discovered(text)


def test_an_owner_possessive_still_ends_the_name():
    found = discovered("Police said Marta Kowalczyk's Park Lane flat was searched. Dunmore's Bay Regional "
                       "Council met on Monday.")
    assert not any("'s Park" in name or "'s Bay" in name for name, _ in found)
    assert ("Marta Kowalczyk", "person") in found
