"""A name after an office is a person's even when it ends with a place word ("Judge Tamsin Bridge"), unless
an article opens the whole ("the President Lincoln Bridge": a bridge named after someone)
(:mod:`analysis.actors.discovery`)."""
from __future__ import annotations

from mention_helpers import types_without_public_figures as typed


def test_an_office_before_a_name_with_a_place_word_makes_a_person():
    found = typed("The appeal was heard by Judge Tamsin Bridge, who upheld the fine on Tuesday.")
    assert found.get("Tamsin Bridge") == "person"


def test_a_place_named_after_a_titled_person_stays_a_place():
    found = typed("Traffic on the President Marlow Bridge was halted after the crash.")
    assert found.get("Marlow Bridge", "place") == "place"
    assert "person" not in found.values()


def test_an_office_before_a_place_word_alone_is_no_person():
    found = typed("Suburbs such as Queen Creek and Sun Valley grew fast.")
    assert "person" not in found.values()
