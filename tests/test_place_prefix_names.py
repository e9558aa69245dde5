"""A leading place word ("Fort", "Lake", "Mount") stays in the name it heads, even where the text also writes it
in lower case ("the fort", "the lake"), which otherwise marks a sentence-initial word as a common one."""
from __future__ import annotations

import pytest


from mention_helpers import discovered


@pytest.mark.parametrize("text, name", [
    ("Fort Ridgeway is a small town. The fort was built in 1849.", "Fort Ridgeway"),
    ("Lake Kariba rose again. Fishermen said the lake had never been so full.", "Lake Kariba"),
    ("Mount Sinabung erupted on Monday. Villagers near the mount fled.", "Mount Sinabung"),
    ("Port Harcourt was calm. The port reopened on Friday.", "Port Harcourt"),
])
def test_a_sentence_initial_place_word_stays_in_the_name_written_in_lower_case_elsewhere(text, name):
    found = discovered(text)
    assert (name, "place") in found
    assert all(surface != name.split()[1] for surface, _ in found)  # not the bare second word


def test_a_sentence_initial_common_word_before_a_name_is_still_dropped():
    found = discovered("Afterwards Kowalczyk Holdings said it would appeal. It said afterwards that it had won.")
    assert ("Kowalczyk Holdings", "organization") in found
