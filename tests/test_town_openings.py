"""A common word listed in ``not_names`` ("New") that opens a listed town's name is part of the name, not a word to
strip ("New Orleans", "New Haven"); before a name that is no listed town it is still stripped
(:func:`analysis.actors.discovery._strip_leading`)."""
from __future__ import annotations

import pytest

from mention_helpers import mention_types


@pytest.mark.parametrize("text, name", [
    ("Floodwater reached New Orleans on Monday, the National Weather Service said.", "New Orleans"),
    ("The mayor of New Orleans asked residents to stay indoors.", "New Orleans"),
    ("New Haven police arrested two men after the robbery.", "New Haven"),
])
def test_a_town_opening_with_a_common_word_is_found_whole(text, name):
    types = mention_types(text)
    assert types.get(name) == "place"
    assert name.split()[1] not in types


def test_the_common_word_is_stripped_before_other_names():
    types = mention_types("New Marlow said the vote was fair.")
    assert "New Marlow" not in types
