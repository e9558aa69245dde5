"""A capitalised run opening with a relative pronoun ("Who", "Which") is the rest of a work's title, never a person's
name, whatever title stands before it: "The Little Lady Who Sang at Dawn" names no "Who Sang". Every sentence is
written for these tests."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _persons(text: str) -> set[str]:
    return {row.surface for row in find_mentions(text).itertuples() if row.actor_type == "person"}


def test_a_title_before_a_relative_pronoun_types_no_person():
    persons = _persons("Vetrano won a prize for The Little Lady Who Sang at Dawn (1994), directed by Maria Lopez.")
    assert not any("Who" in name or "Sang" in name for name in persons)
    assert "Maria Lopez" in persons


def test_a_title_before_a_name_still_types_it():
    assert "Sangre" in _persons("The award went to Lady Sangre of Tarvo, who accepted it in person.")
