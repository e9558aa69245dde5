"""A denomination before an organisation noun is an adjective, not a body's name: "a Pentecostal church",
"the first Roman Catholic church". Made-up news sentences."""
from __future__ import annotations

from mention_helpers import mention_types as types


def test_a_denomination_before_church_or_college_names_no_body():
    # regression check: "followed by church" made "Roman Catholic" and "Pentecostal" organisations, and the
    # type spread to "a Roman Catholic" (a person)
    found = types("The group of a Pentecostal church travelled north. He built the first Roman Catholic church in "
                  "the valley, taught at a Jesuit college and died a Roman Catholic.")
    assert not any(kind == "organization" for kind in found.values())


def test_a_named_church_and_a_party_before_its_noun_stay_organisations():
    found = types("The Russian Orthodox Church said no. She left the Harbour Renewal party in May.")
    assert found["Russian Orthodox Church"] == "organization"
    assert found["Harbour Renewal party"] == "organization"
