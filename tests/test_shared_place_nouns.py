"""Two coordinated names before the plural place noun they share are places: "Zamfara and Katsina states",
"the Sagaing and Magway regions" (:func:`analysis.actors.context_cues.place_context`)."""
from __future__ import annotations

import pytest

from mention_helpers import discovered


@pytest.mark.parametrize("text, names", [
    ("Gunmen attacked villages in Dorvani and Katelu states on Sunday.", ["Dorvani", "Katelu"]),
    ("Fighting spread to the Sagwin and Magora regions last week.", ["Sagwin", "Magora"]),
    ("Floods hit the Kurimar and Gaibona districts, officials said.", ["Kurimar", "Gaibona"]),
    ("Rebels hold parts of the Ostavia and Dremlin provinces.", ["Ostavia", "Dremlin"]),
    ("The Torvala and Mekisso lakes are popular with divers.", ["Torvala", "Mekisso"]),
])
def test_names_sharing_a_plural_place_noun_are_places(text, names):
    found = discovered(text)
    for name in names:
        assert (name, "place") in found


def test_no_place_where_the_plural_word_is_a_verb():
    found = discovered("Brackwell and Tomsey states that the contract was void.")  # a firm's name and its verb
    assert all(kind != "place" for _, kind in found)
