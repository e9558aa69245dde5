"""A name after an office is a person's even when it ends with a place word ("Judge Tamsin Bridge"), unless
an article opens the whole ("the President Lincoln Bridge": a bridge named after someone); so is a name after a
courtesy title ("Mr Park", "Dr Hill"; :mod:`analysis.actors.discovery`)."""
from __future__ import annotations

import pytest

from analysis.actors import find_mentions
from mention_helpers import types_without_public_figures as typed


def test_an_office_before_a_name_with_a_place_word_makes_a_person():
    found = typed("The appeal was heard by Judge Tamsin Bridge, who upheld the fine on Tuesday.")
    assert found.get("Tamsin Bridge") == "person"


def test_a_place_named_after_a_titled_person_stays_a_place():
    rows = find_mentions("Traffic on the President Marlow Bridge was halted after the crash.")
    counted = rows[rows["how"] != "inner"]  # the person the bridge is named after has an inner row, counted nowhere
    assert dict(zip(counted["surface"], counted["actor_type"])) == {"President Marlow Bridge": "place"}


def test_a_ruler_s_one_name_before_a_place_word_names_a_place():
    found = typed("Thousands gathered at King Osric Park on Friday to watch the parade.")
    assert "person" not in found.values()
    assert "place" in found.values()


def test_an_office_before_a_place_word_alone_is_no_person():
    found = typed("Suburbs such as Queen Creek and Sun Valley grew fast.")
    assert "person" not in found.values()


@pytest.mark.parametrize("text, surname", [
    ("Mr Park said the council would review the decision next week.", "Park"),
    ("Dr Hill told reporters that the outbreak was under control.", "Hill"),
    ("The court heard that Mrs Bridge had been paid twice.", "Bridge"),
])
def test_a_courtesy_title_before_a_place_word_makes_a_person(text, surname):
    found = typed(text)
    assert found.get(surname) == "person"
    assert "place" not in found.values()


def test_a_place_word_after_a_title_that_opens_street_names_stays_a_place():
    found = typed("Shops on King Street and Queen Street reopened on Monday.")
    assert "person" not in found.values()
