"""Places inside a body's name: the town a university is named after ("the University of Tromsdal"), though no list
knows the town (a subject after "of" is none); a town's whole name of two words ("Kansas City"), not the state
that opens it. Made-up copy."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _inner(text: str) -> dict[str, str]:
    return {r.surface: r.actor_type for r in find_mentions(text).itertuples() if r.how == "inner"}


def test_the_seat_of_a_university_is_an_inner_place():
    text = "The chemist lectured at the University of Tromsdal for a decade before she retired."
    assert _inner(text) == {"Tromsdal": "place"}


def test_a_subject_after_of_is_no_place():
    text = ("The chemist lectured at the University of Science and Technology and at the University of Medicine "
            "for a decade.")
    assert _inner(text) == {}


def test_a_town_of_two_words_holds_no_state():
    text = "The Kansas City Police Department said the city would hire more officers in the spring."
    assert _inner(text) == {"Kansas City": "place"}
