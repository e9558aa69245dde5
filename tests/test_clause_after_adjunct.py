"""Reported clauses behind time and place adjuncts: "said on Monday the talks would resume" (the determiner
after the adjunct opens the clause), "said in the Guardian that ..." (the "that" after a named adjunct), and
"..., X said in a statement on Monday." (a longer closing adjunct); a lone function word is no source."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes

INTRO = "Union leader Karl Weber met ministers on Friday. "


def _reported(sentence: str) -> list:
    quotes = extract_quotes(INTRO + sentence)
    return list(zip(quotes["text"], quotes["source"]))


def test_a_determiner_after_a_time_adjunct_opens_the_clause():
    assert _reported("Weber said on Monday the talks would resume.") == [("the talks would resume", "Weber")]
    assert _reported("Weber said last week the Prime Minister would resign.") == [
        ("the Prime Minister would resign", "Weber")]


def test_an_adjunct_determiner_is_skipped():
    assert _reported("Weber said in a statement on Monday that the talks would resume.") == [
        ("the talks would resume", "Weber")]
    assert _reported("Weber said in the Guardian that the talks would resume.") == [
        ("the talks would resume", "Weber")]


def test_a_longer_closing_adjunct_still_ends_the_clause():
    assert _reported("The talks will resume next week, Weber said in a statement on Monday.") == [
        ("The talks will resume next week", "Weber")]


def test_a_lone_preposition_is_no_source():
    text = "The firm was silent, and as of reports on Tuesday the company had not confirmed the work."
    assert _reported(text) == []
