"""A cited author is a person also when the citation gives a page after the year: "(Okafor & Lindqvist, 2019,
p. 212)" (:func:`analysis.actors.context_cues.citation_person`)."""
from __future__ import annotations

import pytest

from mention_helpers import types_without_public_figures as types


@pytest.mark.parametrize("text, names", [
    ("Sea ice shrank faster than forecast (Okafor, Lindqvist, & Berrio, 2019, p. 212), a result others "
     "confirmed (Tanaka et al., 2021).", ["Okafor", "Lindqvist", "Berrio", "Tanaka"]),
    ("The drought was called the worst on record (Vasquez & Holm, 2018, pp. 40-44; Mbeki et al., 2020).",
     ["Vasquez", "Holm", "Mbeki"]),
])
def test_authors_cited_with_a_page_are_people(text, names):
    kinds = types(text)
    assert all(kinds.get(name) == "person" for name in names), kinds


def test_a_page_after_a_year_in_a_text_without_citations_makes_no_person():
    kinds = types("The festival guide (Vardholm 2025, p. 14) lists every venue in the old harbour.")
    assert kinds.get("Vardholm") != "person"


def test_two_authors_with_a_numbered_reference_are_people():
    kinds = types("Our design follows Okafor & Lindqvist [7], but our birds grew faster than Okafor and "
                  "Lindqvist reported. It made sense to repeat HIV and AIDS [8] counts and Sense and Sensibility [9].")
    assert kinds.get("Okafor") == kinds.get("Lindqvist") == "person", kinds
    assert not any(kinds.get(word) == "person" for word in ("HIV", "AIDS", "Sense", "Sensibility")), kinds


def test_two_authors_with_a_bare_year_are_people_in_a_text_that_cites_authors():
    text = ("Replication has been urged for decades (Berrio, 1989; Tanaka et al., 2001): from Holm and Vasquez 1997 "
            "to Mbeki and Sorensen 2017.")
    kinds = types(text)
    assert all(kinds.get(name) == "person" for name in ("Holm", "Vasquez", "Mbeki", "Sorensen")), kinds
    assert types("Sales at Holm and Vasquez 1997 were flat.").get("Holm") != "person"
