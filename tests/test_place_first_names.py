"""A first name that is also a country's name ("Chad", "Jordan") opens a person's full name when a known first
name and a surname follow it (:func:`analysis.actors.name_shapes.place_first_name`)."""
from __future__ import annotations

from mention_helpers import mention_types


def test_a_country_name_before_a_middle_name_and_a_surname_is_a_first_name():
    types = mention_types("The film stars Chad Michael Kowalczyk, who plays a detective, and two newcomers.")
    assert types.get("Chad Michael Kowalczyk") == "person"
    assert "Chad" not in types


def test_a_place_after_a_preposition_stays_a_place():
    types = mention_types("Aid workers in Chad Michael Kowalczyk had met were evacuated on Monday.")
    assert types.get("Chad") == "country"
    types = mention_types("The special envoy for Jordan Peter Lindqvist arrived in Amman on Monday.")
    assert types.get("Jordan") == "country" and "Jordan Peter Lindqvist" not in types


def test_a_country_written_with_an_article_is_no_first_name():
    types = mention_types("Contact: Leiden University, the Netherlands Pieter Jan Visser wrote the report.")
    assert types.get("the Netherlands") == "country"
    assert "Netherlands Pieter Jan Visser" not in types
