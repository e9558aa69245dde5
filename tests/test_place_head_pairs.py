"""A centre one visits, meets or is held in is a place ("the Mesquite Convention Center", "the Otay Ridge Detention
Center"), while a centre that works or speaks is a body ("the National Storm Center", "the Center for Coastal Studies").
Made-up sentences."""
from __future__ import annotations

import pytest

from mention_helpers import mention_types as types


@pytest.mark.parametrize("name", ["Mesquite Convention Center", "Otay Ridge Detention Center", "Larkfield Community Centre",
                                  "Harlow Opera House", "Tane Scenic Reserve"])
def test_a_venue_centre_is_a_place(name):
    # regression check: "Center" made these organisations
    assert types(f"About 300 people gathered at the {name} on Friday.")[name] == "place"


@pytest.mark.parametrize("name", ["National Storm Center", "Harlow Center for Coastal Studies", "Larkfield Research Centre"])
def test_a_working_centre_is_a_body(name):
    assert types(f"The {name} said on Friday the storm would strengthen.")[name] == "organization"
