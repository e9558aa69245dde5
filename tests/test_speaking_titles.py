"""A name after "the" that opens with a place and speaks is a title or a body, not a person: "the Toronto Star
said", "The Kyiv Independent reported", "the Houston Rockets said". Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _types(text: str) -> dict[str, str]:
    return {r.surface: r.actor_type for r in find_mentions(text).itertuples() if r.how != "inner"}


def test_an_outlet_named_after_a_place_that_reports_is_media():
    found = _types("The Kyiv Independent reported the strike. Meanwhile, the Toronto Star said the deal was off.")
    assert found["Kyiv Independent"] == "media"
    assert found["Toronto Star"] == "media"


def test_a_plural_name_after_a_place_that_speaks_is_an_organisation():
    found = _types("The Houston Rockets said on Monday that the guard had been traded.")
    assert found["Houston Rockets"] == "organization"


def test_a_person_who_speaks_stays_a_person():
    found = _types("Toronto resident Mary Keane said the deal was off.")
    assert found["Mary Keane"] == "person"
