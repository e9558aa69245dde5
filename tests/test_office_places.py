"""A title opening a place's name (:mod:`analysis.actors.office_places`): "King Street", "the Imam Mosque"."""
from __future__ import annotations

import pytest

from mention_helpers import mention_types as typed


@pytest.mark.parametrize("text, place", [
    ("Shops on King Street stayed shut during the strike.", "King Street"),
    ("The minister landed at King Abdulaziz International Airport on Monday.", "King Abdulaziz International Airport"),
    ("Troops at Prince Sultan Air Base were put on alert.", "Prince Sultan Air Base"),
    ("Traffic on King Fahd Road was heavy after the match.", "King Fahd Road"),
    ("A blast damaged the Imam Mosque during Friday prayers.", "Imam Mosque"),
    ("Police closed Admiral Blvd. after the fire.", "Admiral Blvd"),
    ("Lorries queued on the King Fahd Bridge for hours.", "King Fahd Bridge"),
])
def test_a_title_opening_a_name_with_a_place_word_is_part_of_the_place(text, place):
    found = typed(text)
    assert found.get(place) == "place"


@pytest.mark.parametrize("text, person", [
    ("President Park met the delegation in Seoul.", "Park"),
    ("Senator Mark Hill voted against the bill.", "Mark Hill"),
    ("Judge Tamsin Bridge adjourned the hearing.", "Tamsin Bridge"),
    ("Mayor John Street said the city would appeal.", "John Street"),
])
def test_a_person_with_a_place_word_for_a_surname_keeps_the_title_outside(text, person):
    found = typed(text)
    assert found.get(person) == "person"
    assert not any(kind == "place" and person in surface and surface != person for surface, kind in found.items())


@pytest.mark.parametrize("text, name, kept", [
    ("Brooklyn District Attorney Jane Roe dropped the charges.", "Brooklyn District", "Brooklyn"),
    ("U.S. District Judge Amy Stone blocked the rule on Friday.", "U.S. District", "U.S."),
])
def test_a_place_word_opening_a_judicial_office_is_part_of_the_office(text, name, kept):
    found = typed(text)
    assert name not in found
    assert kept in found


def test_a_district_before_another_office_stays_a_place():
    found = typed("Voters met Wardak District Governor Ali Samad in the town.")
    assert found.get("Wardak District") == "place"


@pytest.mark.parametrize("text, place", [
    ("The jet crashed after leaving Marlow Executive Airport on Sunday.", "Marlow Executive Airport"),
    ("Flights resumed at the Dunmore Regional Airport, officials said.", "Dunmore Regional Airport"),
])
def test_an_office_word_before_the_place_word_of_a_name_stays_in_it(text, place):
    assert typed(text).get(place) == "place"
