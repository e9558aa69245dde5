"""An adverb between a cue and its reported clause ("said again that", "said publicly the ...", "said
afterwards that") does not hide the clause; a clause opener right after the adverb starts the clause."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes

INTRO = "Union leader Karl Weber met ministers on Friday. "


def _reported(sentence: str) -> list:
    quotes = extract_quotes(INTRO + sentence)
    return list(zip(quotes["text"], quotes["speaker"]))


def test_an_adverb_after_the_cue_keeps_the_clause():
    assert _reported("Weber said afterwards that no deal had been reached.") == [
        ("no deal had been reached", "Karl Weber")]
    assert _reported("Weber said again on Saturday that no deal had been reached.") == [
        ("no deal had been reached", "Karl Weber")]


def test_the_clause_starts_at_its_determiner_after_the_adverb():
    assert _reported("Weber has said publicly the strike would go ahead.") == [
        ("the strike would go ahead", "Karl Weber")]


def test_a_noun_after_the_cue_is_no_adverb():
    # "family" ends in -ly but opens the clause's subject: the clause is whole, not "matters kept him away"
    assert _reported("Weber said family matters kept him away.") == [("family matters kept him away", "Karl Weber")]
    assert _reported("Weber said quietly that no deal had been reached.") == [
        ("no deal had been reached", "Karl Weber")]
