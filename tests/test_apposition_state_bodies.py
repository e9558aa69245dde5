"""A state body named by its apposition ("the Tenvar Sangat, the upper legislature", "the Sejm, Poland's parliament")
is an organisation (lexicon/apposition_body_nouns.txt); the same nouns right after a place's name ("the Karnaval
legislature") leave the place alone."""
from __future__ import annotations

from mention_helpers import mention_types


def test_a_legislature_in_apposition_is_an_organisation():
    types = mention_types("She was elected to the Tenvar Sangat, the upper legislature, in 2004. "
                          "She served two terms in Tenvar Sangat before retiring.")
    assert types["Tenvar Sangat"] == "organization"


def test_a_tribunal_in_apposition_is_an_organisation():
    types = mention_types("The case went to Kaldor Bench, a tribunal in the capital, last year.")
    assert types["Kaldor Bench"] == "organization"


def test_the_noun_after_a_place_name_leaves_the_place():
    types = mention_types("Protesters gathered in Vellore, where the Vellore legislature met on Monday.")
    assert types["Vellore"] == "place"
