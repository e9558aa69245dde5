"""A reporting participle after a comma ("..., saying", "..., also arguing") opens a clause whose subject is the
sentence's: the phrase before the comma (the main clause's object or adjunct) is never its source
(:func:`analysis.quotes.source_phrases.source_for`). Made-up news text."""
from __future__ import annotations

import pytest

from analysis.quotes.step import extract_quotes


@pytest.mark.parametrize("text, speaker", [
    ("Professor Lena Ohm, a chemist at Delft University, questioned the results, saying the samples might have been "
     "contaminated.", "Lena Ohm"),
    ("Tom Reyes, in an interview with a local radio station, backed the deal, arguing the town could use the money.",
     "Tom Reyes"),
])
def test_a_participle_after_a_comma_speaks_for_the_subject(text, speaker):
    assert extract_quotes(text)["speaker"].tolist() == [speaker]


def test_a_participle_after_a_verb_chain_keeps_the_name_before_the_comma():
    text = "The paper cited Omar Said, head of the port authority, as saying the cranes had been repaired."
    assert extract_quotes(text)["speaker"].tolist() == ["Omar Said"]
