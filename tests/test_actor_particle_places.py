"""A place's name of hyphen-joined words around a lower-case particle ("Bourg-la-Reine") is a place by its shape.

The sentences are written for these tests (regression checks): each name below was dropped untyped before.
"""
from __future__ import annotations

import pytest

from analysis.actors.step import find_mentions


def _typed(text: str) -> list[tuple[str, str]]:
    mentions = find_mentions(text)
    return list(zip(mentions["surface"], mentions["actor_type"]))


@pytest.mark.parametrize("text, expected", [
    ("The cemetery of Bourg-la-Reine holds his grave.", [("Bourg-la-Reine", "place")]),
    ("Flooding hit Newcastle-upon-Tyne overnight.", [("Newcastle-upon-Tyne", "place")]),
    ("Tourists crowd Morne-à-l'Eau every weekend.", [("Morne-à-l'Eau", "place")]),
    ("The town of Châlons-en-Champagne voted on Sunday.", [("Châlons-en-Champagne", "place")]),
])
def test_hyphenated_words_around_a_place_particle_name_a_place(text, expected):
    assert _typed(text) == expected


def test_a_dictionary_place_inside_such_a_name_is_part_of_it_but_a_pair_of_places_stays_two():
    assert _typed("He lived in Aix-en-Provence until 1990.") == [("Aix-en-Provence", "place")]
    assert _typed("The bank moved to Frankfurt-am-Main in 2010.") == [("Frankfurt-am-Main", "place")]
    assert _typed("The Russia-Ukraine talks resumed.") == [("Russia", "country"), ("Ukraine", "country")]


def test_hyphenated_names_without_a_place_particle_or_after_an_arabic_article_are_no_place_by_shape():
    assert _typed("Jean-Pierre Dupont said the plan had failed.") == [("Jean-Pierre Dupont", "person")]
    assert ("Abd-al-Rahman", "place") not in _typed("Abd-al-Rahman said the talks had failed.")
