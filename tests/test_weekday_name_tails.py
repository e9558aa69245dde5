"""A weekday abbreviation right after a name word ends that name ("the Baltimore Sun", "the Herald Sun"), and
"Sun" ending a name of two or more words makes an outlet (:func:`analysis.actors.name_runs._name_precedes`,
``lexicon/media_tail_words.txt``)."""
from __future__ import annotations

import pytest

from mention_helpers import types_without_public_figures as types


@pytest.mark.parametrize("sentence, name", [
    ("The Carlton Sun reported that the council had voted to close the pool.", "Carlton Sun"),
    ("Two officers told the Riverside Sun that the suspect had fled.", "Riverside Sun"),
    ("According to the Ashby Herald Sun, the mayor resigned on Monday.", "Ashby Herald Sun"),
])
def test_a_name_ending_in_sun_is_an_outlet(sentence, name):
    assert types(sentence).get(name) == "media"


def test_a_first_name_before_sun_makes_a_person():
    assert types("The vote was close, Marta Sun told reporters on Tuesday.").get("Marta Sun") == "person"


@pytest.mark.parametrize("sentence", [
    "The Sun reported that the council had voted.",  # the name alone: no second word before it
    "The library is open Mon-Sat and closes early on Sun.",  # a weekday after a lower-case word
    "The parish holds Mass Sun 10am and Wed 6pm.",  # a time after it: a weekday
])
def test_no_outlet_from_a_weekday(sentence):
    assert "media" not in types(sentence).values()
