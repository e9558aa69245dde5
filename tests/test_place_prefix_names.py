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


@pytest.mark.parametrize("text, names", [
    ("Smoke hung over Westbury and Lake Ontiro on Monday.", ["Lake Ontiro"]),  # "and" joins no second place's name
    ("Climbers camped between Ridgehaven and Mount Belcara for a week.", ["Mount Belcara"]),
    ("Rescuers reached Mt. Oyama before dawn.", ["Mt. Oyama"]),  # "Mt." abbreviated, the full stop no sentence end
])
def test_a_place_word_after_and_or_abbreviated_opens_a_place_s_name(text, names):
    found = discovered(text)
    for name in names:
        assert (name, "place") in found


def test_an_organisation_s_name_joined_by_and_still_reaches_its_head_word():
    found = discovered("Officials of the Fish and Game Commission inspected the river.")
    assert ("Fish and Game Commission", "organization") in found


def test_an_irish_or_english_county_written_county_first_is_a_place():
    found = discovered("Warnings covered County Sligo and County Wexford. The County Council met in Dunmore.")
    assert ("County Sligo", "place") in found and ("County Wexford", "place") in found
    assert ("County Council", "organization") in found  # an organisation word still ends the name
