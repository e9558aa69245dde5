"""A sentence opening with "The" and a plural noun ("The bakeries were ...") has an unnamed group as its
subject: a "they" in it is not given to a body named elsewhere in the sentence or before
(:func:`analysis.quotes.unnamed_subjects.opens_with_unnamed_group`). Made-up news text."""
from __future__ import annotations

import pytest

from speaker_helpers import quote_speaker

OPENING = "The Tarnvale Baking Federation met in Leeds on Monday. "


def _they(text: str):
    return quote_speaker(text, source="they", column="speaker_actor_id")


def test_they_in_a_sentence_opened_by_an_unnamed_group_is_not_the_body_named_before():
    text = OPENING + "The bakeries were slow to raise prices, and on Tuesday they said that flour was scarce."
    assert _they(text) is None


@pytest.mark.parametrize("opening", ["The federation was", "The news was"])
def test_a_singular_opening_leaves_they_to_the_body(opening):
    text = OPENING + f"{opening} slow to reach the bakers, and on Tuesday they said that flour was scarce."
    assert _they(text) is not None
