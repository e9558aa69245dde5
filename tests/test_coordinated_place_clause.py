"""A name coordinated with a place after a locative is a place when a clause's verb or next conjunct follows it."""
from __future__ import annotations

import pytest

from mention_helpers import mention_types as typed


@pytest.mark.parametrize("text", [
    "The light rail runs east to Tempe and Zorbaville and to the airport.",
    "Schools in Tempe and Zorbaville were closed after the storm.",
])
def test_a_name_after_a_place_and_and_ending_a_clause_is_a_place(text):
    assert typed(text).get("Zorbaville") == "place"


def test_a_name_before_a_preposition_stays_untyped():
    found = typed("Tours are sold by Travel Heels in Tempe or Zorbaville Tours in Mesa.")
    assert found.get("Zorbaville Tours") != "place"
