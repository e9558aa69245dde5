"""A lone body's word after a year inside a sentence names the body ("the 2018 Senate election", "In 2019
Parliament passed ..."); opening a sentence alone it still says nothing. Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _rows(text: str) -> list[tuple[str, str]]:
    return [(r.surface, r.actor_type) for r in find_mentions(text).itertuples()]


def test_a_body_after_a_year_is_an_organisation():
    found = _rows("She backed him in the 2018 Senate election. In 2019 Parliament passed the law.")
    assert ("Senate", "organization") in found
    assert ("Parliament", "organization") in found


def test_a_body_word_opening_a_sentence_alone_is_still_no_name():
    assert _rows("Parliament passed the law on Tuesday.") == []
