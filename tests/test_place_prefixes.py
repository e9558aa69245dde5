"""A word that opens a place's name (``lexicon/place_prefixes.txt``), English or kept untranslated in news copy."""
from __future__ import annotations

import pytest

from mention_helpers import mention_types as typed


@pytest.mark.parametrize("text, place", [
    ("Penguin numbers on Punta Tombo fell for a third year.", "Punta Tombo"),
    ("Wadi Rum reopened to tourists on Monday.", "Wadi Rum"),
    ("Ash from Gunung Merapi covered nearby villages.", "Gunung Merapi"),
    ("Protesters gathered on Piazza Navona on Saturday.", "Piazza Navona"),
    ("Rescuers searched Loch Lomond after the boat capsized.", "Loch Lomond"),
    # streets of French, Portuguese and Spanish towns, their names kept untranslated
    ("Riot police blocked the Rue de Vermont on Saturday.", "Rue de Vermont"),
    ("Thousands marched down Avenida Carvalho in the capital.", "Avenida Carvalho"),
])
def test_a_foreign_place_word_opening_a_name_makes_a_place(text, place):
    assert typed(text).get(place) == "place"
