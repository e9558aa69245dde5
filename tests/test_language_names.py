"""A one-word name the article also uses as a language's ("the Kwaalo language") is no person because a role
word stands before it once ("small migrant Kwaalo communities"; :mod:`analysis.actors.language_names`)."""
from __future__ import annotations

from mention_helpers import person_surfaces


def test_a_language_name_after_a_role_word_is_no_person():
    text = ("There are small migrant Kwaalo communities in the capital. The Kwaalo language is spoken by "
            "about 10,000 people. Kwaalo has no written standard.")
    assert person_surfaces(text) == []


def test_a_name_with_another_person_cue_keeps_it():
    text = ("Police questioned activist Vardell on Monday. Vardell, who is 30, was released. "
            "The Vardell version of events was not believed.")
    assert "Vardell" in person_surfaces(text)


def test_a_role_word_before_a_name_without_language_use_still_makes_a_person():
    text = "Officials met migrant Kwaalo at the border on Monday. Kwaalo said he was tired."
    assert "Kwaalo" in person_surfaces(text)
