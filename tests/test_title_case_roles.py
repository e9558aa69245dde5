"""A role noun that is no title, written capitalised inside a sentence before one capitalised word, is a word of
a title-cased name, not a role before a person (:func:`analysis.actors.name_cues.person_cue`); opening a sentence
too when the text writes that word in lower case. A rank word before a portfolio and its office titles no name
("Deputy Emergency Situations Minister X")."""
from __future__ import annotations

import pytest

from mention_helpers import person_surfaces


@pytest.mark.parametrize("text", [
    "Teams from 20 countries entered the third International Student Olympiad in Surgery.",
    "She said no one from any Executive Branch office had called her.",
    "Marine Freight said its ships were delayed. The freight was moved by rail.",
])
def test_a_capitalised_role_noun_inside_a_title_cased_name_is_no_role(text):
    assert person_surfaces(text) == []


@pytest.mark.parametrize("text, name", [
    ("The team was welcomed by Coach Reid on Monday.", "Reid"),  # a title
    ("Officials said student Ibrahim Salamov had won.", "Ibrahim Salamov"),  # a role in lower case
    ("Reporters asked Senior Engineer Tomas Vendl about the fault.", "Tomas Vendl"),  # a full name
    ("Spokeswoman Ferreira said the ferry was late. The ferry carried 40 people.", "Ferreira"),  # no common noun
    ("Deputy Halvorsen said the suspect fled towards the Interior Minister's house.", "Halvorsen"),  # no office after
])
def test_a_role_before_a_person_still_makes_a_person(text, name):
    assert name in person_surfaces(text)


def test_a_portfolio_between_a_rank_and_an_office_is_no_person():
    found = person_surfaces("Deputy Emergency Situations Minister Lena Varga told reporters the search was over.")
    assert found == ["Lena Varga"]
