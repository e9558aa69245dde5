"""A place's name ends at its place head word: "for" or "on" after "Stadium" or "Square" opens what happens
there, not a longer name ("Wembley Stadium for the FA Cup final"), while a body's head still takes them
("Centre for Disease Control") and "of" still joins a place's name ("Kelworth Museum of Modern Art")
(:func:`analysis.actors.name_runs.capitalised_runs`)."""
from __future__ import annotations

import pytest

from mention_helpers import discovered


@pytest.mark.parametrize("text, name", [
    ("Fans gathered at Kelworth Stadium for the Dunmore Cup final on Saturday.", "Kelworth Stadium"),
    ("Thousands packed Varna Square for the Eid prayers.", "Varna Square"),
    ("Fans packed Brackley Arena for the NBA final.", "Brackley Arena"),
    ("Delegates met at Tarrow Hall on Climate Week's last day.", "Tarrow Hall"),
])
def test_a_place_name_ends_before_for_or_on(text, name):
    assert (name, "place") in discovered(text)


def test_a_body_name_still_takes_for_and_a_place_name_of():
    found = discovered("The Kelworth Centre for Disease Research said visits to the Varna Museum of Modern Art "
                       "were safe.")
    assert ("Kelworth Centre for Disease Research", "organization") in found
    assert ("Varna Museum of Modern Art", "place") in found
