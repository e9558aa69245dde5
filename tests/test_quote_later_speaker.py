"""An unattributed quote takes the speaker of the next quote of its paragraph only when that one is a direct quote in
the same or the next sentence and the quote's own sentences hold no cue whose source went unfound
(:func:`analysis.quotes.quote_attributions._continued_by`): a quote sentences before, or a partial quote, is often
another person's words the text has moved on to."""
from __future__ import annotations

from speaker_helpers import quote_speaker


def test_a_direct_quote_right_after_gives_its_speaker_to_the_quote_before():
    text = 'The final ended late. "We won the match in the end." "It was hard," coach Ana Ruiz said.'
    assert quote_speaker(text, starts="We won the match", marked=True) == "Ana Ruiz"


def test_a_quote_after_a_cue_whose_source_went_unfound_takes_nothing_from_the_next_quote():
    text = ('Lena Morris, a spokeswoman for AT&T, said "We regret the outage and thank our customers". '
            'Engineer Paul Oduya said, "It is fixed now".')
    assert quote_speaker(text, starts="We regret the outage", marked=True) != "Paul Oduya"


def test_a_quote_several_sentences_before_takes_nothing_from_the_next_quote():
    text = ('The strike entered its second week. "We need more teachers in every school of this district." '
            'The union met twice. Its members voted on Friday. "It was a close vote," union leader Karl Ruud said.')
    assert quote_speaker(text, starts="We need more teachers", marked=True) != "Karl Ruud"


def test_a_partial_quote_after_takes_nothing_from_the_quote_before():
    text = ('The ministry released a statement: "we cannot accept this loss of life in our city." '
            'Mayor Karl Ruud called it a "terrible event" but urged calm.')
    assert quote_speaker(text, starts="we cannot accept", marked=True) != "Karl Ruud"
