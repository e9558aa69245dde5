"""Cues that name a listener before their clause ("warned ministers that", "promised voters that") report that
clause, like "told reporters that"; a preposition after the cue shows no listener ("warned of a crisis that")."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes

INTRO = "Union leader Karl Weber met ministers on Friday. "


def _reported(sentence: str) -> list:
    quotes = extract_quotes(INTRO + sentence)
    return list(zip(quotes["text"], quotes["source"]))


def test_the_clause_after_a_listener_is_reported():
    assert _reported("Weber warned ministers that the strike would go ahead.") == [
        ("the strike would go ahead", "Weber")]
    assert _reported("Weber promised the members last week that wages would rise.") == [
        ("wages would rise", "Weber")]


def test_a_preposition_after_the_cue_is_no_listener():
    assert _reported("Weber warned of a crisis that would hit every family.") == []
