"""A collective head noun in apposition makes a body only when what it gathers can be members: "a group of
activists", "a group of companies", not "the group of chemicals" nor "a family of proteins". Made-up sentences."""
from __future__ import annotations

import pytest

from mention_helpers import mention_types as types


@pytest.mark.parametrize("apposition", ["a group of activists in Maine", "a group of companies based in Leeds",
                                        "a coalition of tenant unions", "an alliance of tenant farmers"])
def test_a_collective_of_members_is_a_body(apposition):
    assert types(f"Tidewater Voices, {apposition}, said on Friday it would sue.")["Tidewater Voices"] == "organization"


@pytest.mark.parametrize("apposition", ["the group of chemicals that includes peroxide", "a family of proteins found in yeast"])
def test_a_collective_of_things_is_no_body(apposition):
    # regression check: "group" / "family" made an organisation of the name, and of its acronym after it
    found = types(f"The cells died after exposure to ROS [Reactive Oxygen Species, {apposition}]. Later the ROS levels fell.")
    assert found.get("Reactive Oxygen Species") != "organization" and found.get("ROS") != "organization"


def test_a_group_word_after_a_name_gathering_things_is_no_body():
    # regression check: "the Volta group of languages" made an organisation of "Volta"
    assert types("These tongues belong to the Volta group of Atlantic languages.").get("Volta") != "organization"
    assert types("He later joined the Volta group of activists in Accra.").get("Volta") == "organization"
