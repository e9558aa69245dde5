"""Organisation nouns next to a name: "the nonprofit X", "wrestling promotion X", "its subsidiary X", "the
cooperative X". Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _types(text: str) -> dict[str, str]:
    return {r.surface: r.actor_type for r in find_mentions(text).itertuples()}


def test_a_name_after_a_new_organisation_noun_is_an_organisation():
    text = ("According to the nonprofit Brightpath Lanka, rents rose. The wrestling promotion Iron Crown "
            "signed her in May, and its subsidiary Velmora Foods was sold to the dairy cooperative Norvik.")
    found = _types(text)
    assert found["Brightpath Lanka"] == "organization"
    assert found["Iron Crown"] == "organization"
    assert found["Velmora Foods"] == "organization"
    assert found["Norvik"] == "organization"


def test_a_person_named_after_the_noun_with_a_comma_stays_a_person():
    found = _types("The nonprofit's director, John Reyes, said the cooperative would close.")
    assert found.get("John Reyes") == "person"


def test_a_town_before_an_organisation_noun_says_where_the_body_is():
    # a town of the place_names list before "hospital", "school", "newspaper": the town, not the body's name
    found = _types("Doctors at Omsk hospital said he was stable, a Tulsa newspaper reported.")
    assert found.get("Omsk") == "place"
    assert found.get("Tulsa") == "place"
    # a name that is no town's stays the body's
    assert _types("Doctors at the Brightpath hospital said he was stable.").get("Brightpath") == "organization"
