""""comments" and "remarks" are plural nouns in news, not speech cues (``speech_cues.yaml``): "in remarks to
ABC" leaves the cue to the verb that follows, and "made controversial comments" quotes nobody. Made-up news text."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes


def test_in_remarks_to_an_outlet_the_verb_after_is_the_cue():
    quotes = extract_quotes('Institute director Lena Ortiz, in remarks to the BBC, said "the fires are man-made".')
    assert quotes["cue"].tolist() == ["said"]
    assert quotes["speaker"].tolist() == ["Lena Ortiz"]


def test_a_plural_noun_comments_quotes_nobody():
    quotes = extract_quotes('Known as a host who made controversial comments, Dale Pike was dropped in 2007 '
                            'after a segment on "lazy voters".')
    assert "comments" not in quotes["cue"].tolist()


def test_commented_stays_a_cue():
    quotes = extract_quotes('"We will rebuild the bridge," commented Mayor Lena Ortiz on Monday.')
    assert quotes["cue"].tolist() == ["commented"]
