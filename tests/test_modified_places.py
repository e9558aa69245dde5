"""A modifier such as "New" or "Greater" right before a dictionary place or country names a place of its own ("the
New England region", "Greater London"), not the country or town after it. Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _places(text: str) -> list[tuple[str, str]]:
    return [(r.surface, r.actor_type) for r in find_mentions(text).itertuples() if r.how != "inner"]


def test_new_before_a_country_names_another_place():
    assert _places("Snow closed the largest airport in the New England region on Monday.") == [
        ("New England", "place")]


def test_a_modified_place_opening_a_sentence_keeps_its_modifier():
    assert _places("Greater London will get new buses next year.") == [("Greater London", "place")]


def test_the_place_alone_is_still_the_dictionary_place():
    assert _places("Snow closed the largest airport in England on Monday.") == [("England", "country")]
