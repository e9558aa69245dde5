"""An epithet after a name and "the" ("Peter the Great") is part of that name, never a name alone
(``lexicon/epithets.txt``, :mod:`analysis.actors.epithets`)."""
from __future__ import annotations

from mention_helpers import person_surfaces as people


def test_an_epithet_is_no_person_of_its_own():
    text = ("Curator Anna Volkova wrote a history of Catherine the Great, Empress of Russia. "
            "The exhibition on Catherine the Great opens in May.")
    found = people(text)
    assert "Great" not in found
    assert "Anna Volkova" in found


def test_a_name_after_the_outside_an_epithet_is_kept():
    text = "Before Monday the Senate met. Officials in Kyiv said the talks with Oksana Melnyk went well."
    assert "Oksana Melnyk" in people(text)


def test_a_capitalised_epithet_word_starting_a_name_is_kept():
    assert "Jack Good" in people("The coach praised defender Jack Good after the match.")
