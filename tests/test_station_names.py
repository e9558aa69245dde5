"""A name right before "station" is no broadcaster ("Waterloo station"); before it or in apposition the noun
still makes an outlet. Made-up news sentences."""
from __future__ import annotations

from mention_helpers import mention_types as types


def test_a_name_before_station_is_no_outlet():
    # regression check: "Waterloo station" made Waterloo a media outlet
    found = types("A worker was hurt at Marrowgate station early on Sunday, and Marrowgate station was closed.")
    assert found.get("Marrowgate") not in ("media", "organization")


def test_station_before_a_name_or_in_apposition_still_makes_an_outlet():
    found = types("The fire was first reported by station KXTR. Callers told Zapwave, a local radio station, "
                  "about the smoke.")
    assert found["KXTR"] == "media" and found["Zapwave"] == "media"


def test_a_call_sign_before_station_is_the_stations_own_name():
    # review: "KTLA station" had lost its mention with the rule above
    assert types("Local KXTR station reported the fire first.")["KXTR"] == "media"
