""""alleged" reports speech as a verb ("Prosecutors alleged the driver fled", "The union alleged, in a letter,
the firm had "..."") and is no cue as the adjective of a noun ("the alleged attacker", "over alleged abuse",
"the mayor's alleged debts", "has alleged ties to")."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes

INTRO = "Union leader Karl Weber met ministers on Friday. "


def _rows(sentence: str) -> list:
    quotes = extract_quotes(INTRO + sentence)
    return list(zip(quotes["text"], quotes["kind"], quotes["cue"]))


def test_alleged_as_a_verb_reports_speech():
    assert _rows("Prosecutors alleged the driver fled the scene.") == [("the driver fled the scene", "indirect", "alleged")]
    assert _rows("Weber alleged he was never consulted.") == [("he was never consulted", "indirect", "alleged")]
    assert _rows('Weber also alleged the ministry is "hiding the true cost of the closures".') == [
        ("hiding the true cost of the closures", "partial", "alleged")]


def test_alleged_before_a_noun_is_no_cue():
    assert _rows("Police arrested the alleged attacker on Sunday.") == []
    assert _rows("The inquiry into alleged abuse at the school will resume on Monday.") == []
    assert _rows("Weber's alleged debts were discussed in parliament.") == []
    assert _rows("The mayor has alleged ties to the port authority.") == []
