"""A place of the dictionary right after a person's title names a person or a character, not the place ("Miss
Venezuela", "Mister America", "Captain America"); a place elsewhere, or a title before a longer name, keeps its
reading (:mod:`analysis.actors.titled_places`)."""
from __future__ import annotations

import pytest

from analysis.actors.step import find_mentions
from mention_helpers import mention_types


def _rows(text: str) -> list[tuple[str, str, str]]:
    mentions = find_mentions(text)
    return list(zip(mentions["surface"], mentions["actor_type"], mentions["cue"]))


@pytest.mark.parametrize("text, title", [
    ("Miss Venezuela was crowned at the pageant in Caracas on Sunday.", "Miss"),
    ("The satirical film Mister America opens in cinemas next week.", "Mister"),
    ("Fans queued for hours to meet the actor who plays Captain America.", "Captain"),
    ("Police said Mr. Jordan had been released without charge.", "Mr."),
])
def test_a_place_after_a_title_is_a_person(text, title):
    rows = _rows(text)
    assert any(kind == "person" and cue == f"title: {title}" for _, kind, cue in rows)
    assert not any(kind in ("country", "place") and surface in ("Venezuela", "America", "Jordan")
                   for surface, kind, _ in rows)


def test_a_place_elsewhere_or_a_title_before_a_longer_name():
    types = mention_types("Troops from Chad crossed into Niger on Monday, and Prof. Chad Williams said the "
                          "border would stay shut. Miss Venezuela Gabriela Rivas thanked her supporters.")
    assert types["Niger"] == "country"
    assert types["Chad"] == "country"
    assert types["Chad Williams"] == "person"
    assert "Venezuela" not in types  # the name after the title is the person's, as discovery finds it
