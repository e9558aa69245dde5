"""The first-level units of large federations are places of the shipped dictionary, as US states are: Indian
and Nigerian states, Chinese provinces, German Länder, Pakistani provinces, Ethiopian regions, the Canadian
provinces and Australian states ("US states, Canadian provinces and other federated units" of actors.yaml). A
unit's name inside a body's name stays the body's ("Punjab National Bank"); a name that is also a first name
("Victoria") is no entry."""
from __future__ import annotations

import pytest

from mention_helpers import types_without_public_figures


@pytest.mark.parametrize("text, name", [
    ("Floods in Kerala have killed at least 20 people, officials said on Monday.", "Kerala"),
    ("Gunmen attacked a village in Zamfara state overnight, police said.", "Zamfara"),
    ("Factories across Guangdong reopened after the holiday.", "Guangdong"),
    ("Voters in Bavaria went to the polls on Sunday.", "Bavaria"),
    ("Aid convoys reached Tigray for the first time in months.", "Tigray"),
    ("Wildfires forced evacuations in Manitoba and Saskatchewan.", "Saskatchewan"),
    ("The storm caused power cuts across Tasmania.", "Tasmania"),
    ("Militants attacked a checkpoint in Balochistan, the army said.", "Balochistan"),
])
def test_a_federated_unit_is_a_place(text, name):
    assert types_without_public_figures(text).get(name) == "place"


def test_a_unit_inside_a_body_name_and_a_first_name_are_no_unit_mentions():
    found = types_without_public_figures("Punjab National Bank shares fell. Victoria Beckham launched a new line.")
    assert found.get("Punjab National Bank") == "organization"
    assert found.get("Victoria Beckham") == "person"
    assert found.get("Victoria") is None
