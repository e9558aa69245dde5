"""A university system's short name before a campus's town is the university ("UC Davis", "UW-Madison"); the
state's postal code after a town is no university. Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _types(text: str) -> dict[str, str]:
    return {r.surface: r.actor_type for r in find_mentions(text).itertuples()}


def test_a_system_and_campus_name_is_an_organisation():
    found = _types("Researchers at UC Santa Cruz and UW-Madison said the ice shelf was thinning, and a team "
                   "from UMass Amherst agreed.")
    assert found["UC Santa Cruz"] == "organization"
    assert found["UW-Madison"] == "organization"
    assert found["UMass Amherst"] == "organization"


def test_a_postal_code_after_a_town_is_no_university():
    found = _types("The suspect fled to Provo, UT on Monday, police said.")
    assert "organization" not in found.values()


def test_an_acronym_joined_to_a_campus_name_is_the_university():
    found = _types("The bike trail starts at the OSU-Tulsa campus and ends near the NSU-Broken Arrow campus.")
    assert found["OSU-Tulsa"] == "organization"
    assert found["NSU-Broken Arrow"] == "organization"
    assert "organization" not in _types("Flights on the LAX-Tokyo route resumed on Monday.").values()
