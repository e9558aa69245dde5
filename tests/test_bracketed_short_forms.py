"""A short form of capitalised words in brackets after an organisation names it wherever it recurs, as a bracketed
acronym does: "Northern State Medical Academy (Northern SMA)", a body's name in its own language. Made-up news."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _ids(text: str) -> list[tuple[str, str]]:
    return [(r.surface, r.actor_id) for r in find_mentions(text).itertuples() if r.how != "inner"]


def test_a_short_form_in_brackets_names_the_organisation_before_it():
    text = ("The prize is a place at Lindvall State Medical Academy (Lindvall SMA). "
            "Three students already study at the Lindvall SMA.")
    owner = "organization:lindvall-state-medical-academy"
    assert [actor_id for surface, actor_id in _ids(text) if surface == "Lindvall SMA"] == [owner, owner]


def test_a_name_in_its_own_language_in_brackets_is_the_same_body():
    text = ("The Supreme Court of Justice (Oberster Gerichtshof) referred the case. "
            "The Oberster Gerichtshof will rule in May.")
    found = _ids(text)
    assert found.count(("Oberster Gerichtshof", "organization:supreme-court-of-justice")) == 2
