""""told reporters he was confident", "told The Washington Post the talks had failed": a "that"-less clause
after the listener of "told" is reported; none when no listener stands there ("we tell how ...") or a comma
follows it ("whatever I told them, they asked ..."); a pronoun followed by another word opens a clause, not
a source ("after he a telegram telling him ...")."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes

INTRO = "Union leader Karl Weber met ministers on Friday. "


def _reported(sentence: str) -> list:
    quotes = extract_quotes(INTRO + sentence)
    return list(zip(quotes["text"], quotes["source"]))


def test_a_clause_after_the_listener_is_reported():
    assert _reported("Weber told reporters he was confident.") == [("he was confident", "Weber")]
    assert _reported("Weber told The Washington Post the talks would resume.") == [
        ("the talks would resume", "Weber")]
    assert _reported("Weber told police he had seen nothing.") == [("he had seen nothing", "Weber")]


def test_no_listener_or_a_comma_after_it_reports_nothing():
    assert _reported("Weber told him to leave.") == []
    assert _reported("Weber told them the truth about the deal.") == []
    assert _reported("Whatever I told them, they asked me to prove it.") == []
    assert _reported("When we talk, we tell how we got out of trouble.") == []


def test_a_pronoun_opening_a_clause_is_no_source():
    assert _reported("He left after he a telegram telling him his brother was injured.") == []
    assert _reported("They both said the talks had failed.") == [("the talks had failed", "They both")]


def test_a_listener_after_a_possessive():
    assert _reported("Weber told his members the strike would go ahead.") == [
        ("the strike would go ahead", "Weber")]
    assert _reported("Weber told our correspondent a deal was close.") == [("a deal was close", "Weber")]
    assert _reported("Weber told his story to the committee.") == []
