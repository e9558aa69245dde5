"""A described source named in apposition right before its cue ("The study's lead author, doctoral candidate
Jane Roe, said") is that person (:mod:`analysis.quotes.apposed_names`). Made-up news sentences."""
from __future__ import annotations

from speaker_helpers import quote_speaker


def test_a_description_named_after_lower_case_modifiers_is_the_person():
    text = ("The study was published on Monday. The study's lead author, doctoral candidate Maria Okafor, said, "
            '"We looked at every river in the region."')
    assert quote_speaker(text, starts="We looked") == "Maria Okafor"
    assert quote_speaker(text, starts="We looked", column="source") == "The study's lead author"


def test_a_participle_before_the_name_keeps_the_description():
    text = "The company, owned by Warren Buffett, said the deal was off for now."
    assert quote_speaker(text, starts="the deal") != "Warren Buffett"
    text = "His lawyer, representing Tom Lee, said the charges would be dropped."
    assert quote_speaker(text, starts="the charges") != "Tom Lee"


def test_a_preposition_before_the_name_keeps_the_description():
    text = "The neighbours, friends of Tom Lee, said the house had been empty for months."
    assert quote_speaker(text, starts="the house") != "Tom Lee"
