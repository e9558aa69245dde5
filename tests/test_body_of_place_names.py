"""A name headed by an organisation word whose of/for complement ends in a place word is the organisation, not a
place ("University of Cape Coast", "Court of Appeals for the Tenth Circuit"); a building named after a body and
its place stays a place ("Bank of Varnia Stadium") (:func:`analysis.actors.name_cues.head_type`)."""
from __future__ import annotations

import pytest

from mention_helpers import discovered


@pytest.mark.parametrize("text, name", [
    ("Researchers at the University of Cape Coast said the lagoon had shrunk.", "University of Cape Coast"),
    ("Dr. Mara Lind of the University of Cape Town said the sharks had left the bay.", "University of Cape Town"),
    ("The Court of Appeals for the D.C. Circuit vacated his conviction on Friday.",
     "Court of Appeals for the D.C. Circuit"),
    ("A spokesman for the Institute of Dunmore Valley declined to comment.", "Institute of Dunmore Valley"),
])
def test_a_body_named_after_a_place_is_an_organisation(text, name):
    found = discovered(text)
    assert (name, "organization") in found
    assert (name, "place") not in found


@pytest.mark.parametrize("text, name", [
    ("The final will be played at Bank of America Stadium on Sunday.", "Bank of America Stadium"),
    ("Fog hid the top of the Bank of China Tower on Monday.", "Bank of China Tower"),
    ("The tanker sank in the Gulf of Mexico overnight.", "Gulf of Mexico"),
])
def test_a_building_or_a_place_stays_a_place(text, name):
    assert (name, "place") in discovered(text)
