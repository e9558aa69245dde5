"""A first name and a place word that is also a surname ("Jane Hall", "Tom Hill") name a person when a person's
predicate goes with the name ("was arrested", "died", "the widow of"), not a hall or a hill
(:mod:`analysis.actors.discovery`, :func:`analysis.actors.person_predicates.predicate_person`)."""
from __future__ import annotations

import pytest

from mention_helpers import types_without_public_figures as typed


@pytest.mark.parametrize("text, name", [
    ("Jane Hall was arrested on Monday.", "Jane Hall"),
    ("Jane Hall died on Monday at her home.", "Jane Hall"),
    ("The widow of Tom Hill spoke to reporters.", "Tom Hill"),
    ("Jane Hall and her husband left the town in 1990.", "Jane Hall"),
])
def test_a_first_name_and_a_place_word_with_a_person_s_predicate_is_a_person(text, name):
    assert typed(text).get(name) == "person"


@pytest.mark.parametrize("text, name", [
    ("Victoria Park was closed on Monday.", "Victoria Park"),  # no person's predicate
    ("Police cleared Victoria Park on Monday.", "Victoria Park"),
    ("Albert Bridge was opened in 1873.", "Albert Bridge"),
])
def test_a_place_word_name_without_a_person_s_predicate_stays_a_place(text, name):
    assert typed(text).get(name) == "place"
