"""A not_names word that is also a common surname ends a name after a known first name: "Kevin Young", "Dan Rather"
(lexicon/surname_common_words.txt, read by :func:`analysis.actors.name_cues.person_cue`)."""
from __future__ import annotations

import pytest

from mention_helpers import person_surfaces as people


@pytest.mark.parametrize("sentence, name", [
    ("The old record belongs to Kevin Young, who set it in Barcelona.", "Kevin Young"),
    ("The anchor Dan Rather left the network in 2006.", "Dan Rather"),
    ("Guitarist Brian May played the anthem from the palace roof.", "Brian May"),
])
def test_a_common_word_surname_after_a_first_name_is_a_person(sentence, name):
    assert people(sentence) == [name]


@pytest.mark.parametrize("sentence", [
    "He was raised a Roman Catholic in Dublin.",  # a not_names word that is no surname stays a common word
    "On May 5, Young voters marched through the city.",
    "Rather than wait, the council voted at once.",
])
def test_the_words_alone_or_other_not_names_words_make_no_person(sentence):
    assert people(sentence) == []
