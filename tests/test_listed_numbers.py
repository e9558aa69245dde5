"""A name with a digit listed with persons (a case number, a code) takes no person type from the list: a person's
name has no digit. Every sentence is written for these tests."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _types(text: str) -> dict[str, str]:
    return {row.surface: row.actor_type for row in find_mentions(text).itertuples()}


def test_a_case_number_listed_with_persons_is_no_person():
    found = _types("Please call the case. KX-21-904, Maria Lopez, Daniel Ashford and Sarah Kim.")
    assert "KX-21-904" not in found
    assert found["Maria Lopez"] == found["Daniel Ashford"] == found["Sarah Kim"] == "person"


def test_a_code_inside_a_list_of_persons_is_no_person():
    found = _types("Present were Maria Lopez, Daniel Ashford, TR-2291 and Sarah Kim.")
    assert "TR-2291" not in found
    assert found["Sarah Kim"] == "person"


def test_untyped_names_listed_with_persons_still_take_their_type():
    found = _types("Present were Maria Lopez, Daniel Ashford, Treloar and Sarah Kim.")
    assert found["Treloar"] == "person"
