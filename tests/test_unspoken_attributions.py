"""A naming verb that carries no quotation ("when Nordfilm dubbed the series") reports no speech: its source
gets no place among the speakers a later "she" refers back to (:func:`analysis.quotes.step.unspoken_attributions`).
Made-up news text."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes
from speaker_helpers import quote_speaker


def _speaker_of_she(text: str):
    return quote_speaker(text, source="she")


def test_she_skips_the_source_of_a_naming_verb_without_a_quotation():
    text = ("The voice actor Marta Kellner wanted the part for years. She got her chance when Nordfilm dubbed "
            "the series in 2019. \"I was speechless,\" she told the audience.")
    assert _speaker_of_she(text) == "Marta Kellner"


def test_a_naming_verb_with_a_quotation_keeps_its_speaker():
    quotes = extract_quotes("Senator Ruth Hale called the plan \"a disgrace\" on Monday.")
    assert quotes["speaker"].tolist() == ["Ruth Hale"]
