"""A band is an organisation: "rock band Harbor Lanterns", "the Velvet Crows band", "bands such as Velvet Crows
and Iron Lace". Made-up sentences."""
from __future__ import annotations

from mention_helpers import mention_types as types


def test_a_name_next_to_band_is_an_organisation():
    # regression check: these names stayed untyped (unreported) before "band" was an organisation noun
    found = types("The drummer of rock band Harbor Lanterns died on Sunday. He had toured with bands such as "
                  "Velvet Crows and Iron Lace.")
    assert found["Harbor Lanterns"] == found["Velvet Crows"] == found["Iron Lace"] == "organization"


def test_a_ring_is_no_band_of_a_name():
    assert types("She wore a gold band to the Lisbon gala.").get("Lisbon") != "organization"
