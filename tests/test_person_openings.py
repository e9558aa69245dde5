"""A sentence-initial full name that a context cue types as a person keeps its first word, even when the list of
first names lacks it (:func:`analysis.actors.repeated_openings.person_opening`)."""
from __future__ import annotations

from mention_helpers import person_surfaces as people


def test_an_unlisted_first_name_opening_a_sentence_stays_in_the_name():
    text = ("The prize went to a poet. Akilisi Vunipola, the first poet from the islands to win it, read first. "
            "Critics later praised Vunipola for the reading.")
    assert people(text)[0] == "Akilisi Vunipola"


def test_a_stopword_opening_a_sentence_is_still_dropped():
    text = "Board chair Dana Vunipola spoke first. Afterwards Vunipola, the chair of the board, read the result."
    assert "Afterwards Vunipola" not in people(text)
