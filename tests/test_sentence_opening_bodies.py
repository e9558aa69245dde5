"""A lone body word after a sentence-opening conjunction stands inside the sentence ("But Congress refused"), and a
sentence-opening adjective the text also writes in lower case opens a body's name with its head word ("High Court
judges agreed"). Made-up news copy."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _found(text: str) -> dict[str, str]:
    return {r.surface: r.actor_type for r in find_mentions(text).itertuples()}


def test_a_body_word_after_an_opening_conjunction():
    text = ("The bill stalled in the spring, but its backers tried again. But Congress refused to act, and the plan "
            "died.")
    assert _found(text).get("Congress") == "organization"


def test_an_opening_adjective_with_one_head_word_is_the_body():
    text = "The appeal was heard on Monday. High Court judges agreed that the bar was set too high."
    assert _found(text).get("High Court") == "organization"


def test_an_opening_adverb_is_no_part_of_the_name():
    text = "The appeal was heard on Monday. Finally Parliament voted, and the bill finally passed."
    assert "Finally Parliament" not in _found(text)
