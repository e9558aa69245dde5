"""A reported clause ends where a cue after "and"/"but" begins: that cue reports the subject's next words
(:func:`analysis.quotes.quote_attributions.with_subject`), so "X said A but denied B" reports A for "said", not
"A but denied B" (:func:`analysis.quotes.indirect_speech._clause_span`)."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes


def _indirect(text: str) -> list[str]:
    quotes = extract_quotes(text)
    return quotes[quotes["kind"] == "indirect"]["text"].tolist()


def test_the_clause_ends_before_a_cue_after_but_or_and():
    text = "Governor Lena Varga said the dam was safe but denied that engineers had warned her in May."
    assert "the dam was safe" in _indirect(text)
    text = "Mayor Ivo Sauer predicted the bridge would open in June and urged drivers to plan other routes."
    assert _indirect(text)[0] == "the bridge would open in June"


def test_a_clause_before_a_cue_and_a_partial_quote_is_still_reported():
    text = 'Minister Ana Ruiz claimed a deal was close and said talks were "nearly finished".'
    assert _indirect(text)[0] == "a deal was close"


def test_and_before_a_word_that_is_no_cue_stays_inside_the_clause():
    text = "Police said the driver was tired and the road was icy when the crash happened."
    assert _indirect(text) == ["the driver was tired and the road was icy when the crash happened"]
