""""states" reports speech as a verb right before a quotation, a colon between allowed ("The charter states:
"..."") and is no cue as a plural noun ("in the following states: ...", "in twelve states "within weeks"")."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes


def _cues(text: str) -> list:
    quotes = extract_quotes(text)
    return list(zip(quotes["text"], quotes["cue"].where(quotes["cue"].notna(), None)))


def test_states_before_a_quotation_is_a_cue():
    assert _cues('The city charter states: "no council member may serve more than two terms."') == [
        ("no council member may serve more than two terms.", "states")]


def test_states_as_a_noun_is_no_cue():
    assert _cues('The virus spread to twelve states "within weeks", the agency said.') == [("within weeks", "said")]
    assert _cues('Voting was held in the following states: "Super Tuesday" came early for them.') == []
