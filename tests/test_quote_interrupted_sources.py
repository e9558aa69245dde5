"""A source separated from its cue by an adverbial clause (``X, when asked about it, said``): the clause's own
cue words ("asked") are not the sentence's cue, and the quote is X's. Examples written afresh."""
from __future__ import annotations

import pytest

from analysis.quotes.step import extract_quotes


def marked(text: str):
    quotes = extract_quotes(text)
    return quotes[quotes["kind"] != "indirect"]


@pytest.mark.parametrize("text, source", [
    ('Maria Lopez, when asked about the closure, said the plan was "a disaster for the town".', "Maria Lopez"),
    ('The mayor, after meeting residents on Tuesday, told reporters the closure was "only temporary".', "The mayor"),
    ('Tom Reed, while he was asked about the budget, insisted that it was "fully funded this year".', "Tom Reed"),
    ('The minister, if asked, would say the talks were "going nowhere fast".', "The minister"),
])
def test_an_adverbial_clause_between_source_and_cue_keeps_the_partial_quote(text, source):
    quotes = marked(text)
    assert len(quotes) == 1
    assert quotes.iloc[0]["kind"] == "partial" and quotes.iloc[0]["source"] == source


def test_a_participle_cue_after_the_clause_does_not_take_the_phrase_before_it():
    text = ('John Smith made a statement about the union, when asked to condemn it, stating "stand back and wait".')
    quotes = marked(text)
    assert len(quotes) == 1
    assert quotes.iloc[0]["source"] != "Smith made a statement about the union"
