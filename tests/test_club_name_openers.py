"""A word that opens a club's name before its town ("Real Madrid", "Inter Milan") makes a club in any copy: the
town is neither a place nor its country's government there. Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(r.surface, r.actor_type, r.how) for r in find_mentions(text).itertuples()]


def test_an_opening_word_and_a_capital_name_a_club():
    found = _found("The winger, who joined Real Madrid in 2009, said he was happy. "
                   "Inter Milan has not commented on the report.")
    assert ("Real Madrid", "organization", "discovered") in found
    assert ("Inter Milan", "organization", "discovered") in found
    assert not any(how == "metonym" for _surface, _kind, how in found)


def test_the_capital_alone_is_still_a_place_or_its_government():
    found = _found("Officials in Madrid said the talks went well. Madrid has rejected the plan.")
    assert ("Madrid", "place", "dictionary") in found
    assert not any(kind == "organization" for _surface, kind, _how in found)


def test_an_opening_word_before_no_town_makes_no_club():
    found = _found("The Real Estate Council met on Monday.")
    assert not any(surface.startswith("Real Estate") and "club" in surface for surface, _kind, _how in found)
    assert not any(surface == "Real" for surface, _kind, _how in found)
