"""A name that opens two sentences word for word keeps a first word the first-name list lacks; a connective
before a name stays dropped (:mod:`analysis.actors.repeated_openings`)."""
from __future__ import annotations

from mention_helpers import person_surfaces as people


def test_a_full_name_opening_two_lines_keeps_its_first_word():
    text = ("Zorvan Ketelaar\n\nZorvan Ketelaar is a Dutch chemist. The grant, said Ketelaar, would fund "
            "two new posts.")
    assert people(text)[:2] == ["Zorvan Ketelaar", "Zorvan Ketelaar"]


def test_a_connective_opening_one_sentence_is_dropped():
    text = "Officials met Mira Ketelaar on Monday. Afterwards Ketelaar said the talks went well."
    assert "Afterwards Ketelaar" not in people(text)


def test_a_common_word_opening_two_sentences_is_dropped():
    text = ("Officials met Mira Ketelaar on Monday. Later Ketelaar said talks went well. "
            "Later Ketelaar left. The meeting ran late.")
    assert "Later Ketelaar" not in people(text)
