"""A name written with initials is a person's: "O.J. Simpson", "J. K. Rowling", "Maria H. Quintero"
(:mod:`analysis.actors.name_shapes`)."""
from __future__ import annotations

import pytest


from mention_helpers import person_ids as people


@pytest.mark.parametrize("sentence, name", [
    ("Critics say T.R. Okonkwo was lucky to win the seat.", "T.R. Okonkwo"),
    ("The novel was praised by P. K. Varnavides on Monday.", "P. K. Varnavides"),
    ("The claim was described by W. W. Hollingbrook as far-fetched.", "W. W. Hollingbrook"),
    ("Yesterday Maria H. Quintero met the committee.", "Maria H. Quintero"),  # a middle initial after a first name
])
def test_initials_make_a_person(sentence, name):
    assert [surface for surface, _ in people(sentence)] == [name]


def test_the_surname_alone_then_names_the_same_person():
    text = "The seat was won by T.R. Okonkwo in May. Okonkwo thanked the voters."
    assert people(text) == [("T.R. Okonkwo", "person:t-r-okonkwo"), ("Okonkwo", "person:t-r-okonkwo")]


@pytest.mark.parametrize("text", [
    "The submarine U.S.S. Grayback sank off Okinawa in 1944.",  # a ship: the S. ends the country's abbreviation
    "The bus stops at 319 S. Denver every hour.",  # an address: a compass letter after a number
    "He fought in World War I. The war ended in 1918.",  # a numeral ending a sentence
    "A. Introduction\n\nThe introduction follows.",  # a section heading: the word is a common one
    "Flights left from Terminal B. Passengers waited for hours.",  # a sentence ends: no first name before the letter
])
def test_no_person_from_letters_that_are_no_initials(text):
    assert people(text) == []


def test_a_letter_alone_is_not_linked_to_a_name_with_that_initial():
    text = "Voters backed C.L. Ardmoor in June. The Life and Liberty Party (L&L) met in July."
    assert people(text) == [("C.L. Ardmoor", "person:c-l-ardmoor")]


@pytest.mark.parametrize("sentence, name", [
    ("The prize went to Pierre-Simon Duvalcourt last year.", "Pierre-Simon Duvalcourt"),
    ("The comedy starred Mary-Kate Vandermolen as a student.", "Mary-Kate Vandermolen"),
])
def test_two_first_names_joined_by_a_hyphen_make_a_first_name(sentence, name):
    assert [surface for surface, _ in people(sentence)] == [name]


def test_one_first_name_joined_to_another_word_is_no_first_name():
    assert people("Sales of Harley-Davidson Trikes rose in March.") == []  # "Harley" is a first name, "Davidson" not


@pytest.mark.parametrize("sentence, first", [
    ("The victims were Joanne and Edward Vasquelle, both retired.", "Joanne"),
    ("A couple from Ohio, Richard and Lisa Dombrowe, drove to the rally.", "Richard"),
])
def test_a_first_name_before_and_a_full_name_shares_its_surname(sentence, first):
    found = [surface for surface, _ in people(sentence)]
    assert first in found and len(found) == 2


@pytest.mark.parametrize("text, expected", [
    ("Flights between Austin and Jane Vasquelle's home town stopped.", ["Jane Vasquelle"]),  # a town, no first name
    ("Karlsruhe and Jane Vasquelle signed the deal.", ["Jane Vasquelle"]),  # no first name before "and"
    ("Joanne, and later Edward Vasquelle, signed the deal.", ["Edward Vasquelle"]),  # more than "and" between
])
def test_no_shared_surname_without_a_first_name_right_before_and(text, expected):
    assert [surface for surface, _ in people(text)] == expected


@pytest.mark.parametrize("sentence, names", [
    ("His co-stars Jensen Vardaman and Misha Colquhoun backed the bill.", ["Jensen Vardaman", "Misha Colquhoun"]),
    ("The bill featured Acker Vilkas and Terry Lightbourne.", ["Acker Vilkas", "Terry Lightbourne"]),
])
def test_a_full_name_before_and_a_person_is_a_person(sentence, names):
    assert [surface for surface, _ in people(sentence)] == names


@pytest.mark.parametrize("text", [
    "The charity Rogaland Fire and Terry Lightbourne paid for the fire trucks.",  # "fire" is a common word here
    "Tessaris and Terry Lightbourne met.",  # one word: no full name's shape
])
def test_no_person_before_and_a_person_without_a_full_names_shape(text):
    assert [surface for surface, _ in people(text)] == ["Terry Lightbourne"]
