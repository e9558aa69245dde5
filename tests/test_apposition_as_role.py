""""as" ends the head-noun search of an apposition once a noun has been read: in "X, found his calling as a
director" the words after the comma are a clause whose object is "calling", no apposition naming X a director;
an apposition opening with "as" still names a role ("X, as a lawyer, argued"). Every sentence is written for these
tests."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _cues(text: str) -> dict[str, tuple[str, str]]:
    return {row.surface: (row.actor_type, row.cue) for row in find_mentions(text).itertuples()}


def test_a_role_after_as_in_a_clause_types_no_name_before_the_comma():
    assert "Tessane" not in _cues("Keller, after seeing a staging of Tessane, found his calling as a director.")


def test_an_apposition_opening_with_as_still_names_a_person():
    assert _cues("Bravik, as a lawyer, argued the case for years.")["Bravik"] == ("person", "apposition: as a lawyer")


def test_the_head_noun_before_as_still_decides():
    assert _cues("Dunmore, a former sergeant as of 2019, retired in May.")["Dunmore"][0] == "person"
