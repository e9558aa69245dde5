"""Mountain ranges, seas, large islands, peninsulas and the regions of unitary European states are regions of the
shipped dictionary ("mountain ranges, seas and straits, large islands ..." of actors.yaml), so news that names
them without their country finds them. A name a magazine or a club shares ("The Atlantic", "Lazio") is no entry."""
from __future__ import annotations

import pytest

from mention_helpers import types_without_public_figures


@pytest.mark.parametrize("text, name", [
    ("Heavy snow closed several passes in the Alps on Tuesday, officials said.", "the Alps"),
    ("A migrant boat capsized off Lampedusa overnight, the coast guard said.", "Lampedusa"),
    ("Wildfires spread across Sicily and Sardinia as temperatures rose.", "Sicily"),
    ("A magnitude 6.1 earthquake struck Mindanao early on Friday.", "Mindanao"),
    ("Fishermen were rescued in the Adriatic after their boat sank.", "the Adriatic"),
    ("Voters in Lombardy and Tuscany went to the polls on Sunday.", "Tuscany"),
    ("Fighting flared again in Nagorno-Karabakh overnight.", "Nagorno-Karabakh"),
    ("Floods hit Yorkshire and Northumberland, the Environment Agency said.", "Northumberland"),
    ("Two hikers were stranded in the Pyrenees, rescuers said.", "the Pyrenees"),
])
def test_a_range_a_sea_an_island_or_a_region_is_a_place(text, name):
    assert types_without_public_figures(text).get(name) == "region"


def test_a_magazine_or_a_club_named_like_a_region_is_no_region():
    found = types_without_public_figures("According to a report by The Atlantic, Lazio beat Napoli 2-1 on Sunday.")
    assert "region" not in found.values()
