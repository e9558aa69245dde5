"""A quote set off by a comma that opens in lower case and runs on into the reporter's sentence is a partial
quote, a fragment of that sentence; one closed by its attribution or its own mark stays direct
(:func:`analysis.quotes.quote_spans._kind`)."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes


def _kinds(text: str) -> list[tuple[str, str]]:
    quotes = extract_quotes(text)
    return list(zip(quotes["text"], quotes["kind"]))


def test_a_lower_case_fragment_after_a_comma_that_the_sentence_goes_on_from_is_partial():
    text = 'Four of the fires were, according to the inspectors, "started on purpose" and two of them spread.'
    assert _kinds(text) == [("started on purpose", "partial")]


def test_a_quote_closed_by_its_attribution_or_its_own_mark_stays_direct():
    assert _kinds('"we will rebuild the school," she said.') == [("we will rebuild the school,", "direct")]
    assert _kinds('The mayor said, "we will rebuild the school." Then she left.') == [
        ("we will rebuild the school.", "direct")]
