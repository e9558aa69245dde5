"""A first name that is also a country's name ("Chad", "Jordan") opens a person's full name when a known first
name and a surname follow it (:func:`analysis.actors.name_shapes.place_first_name`)."""
from __future__ import annotations

from mention_helpers import mention_types


def test_a_country_name_before_a_middle_name_and_a_surname_is_a_first_name():
    types = mention_types("The film stars Chad Michael Kowalczyk, who plays a detective, and two newcomers.")
    assert types.get("Chad Michael Kowalczyk") == "person"
    assert "Chad" not in types


def test_a_place_after_a_preposition_stays_a_place():
    types = mention_types("Aid workers in Chad Michael Kowalczyk had met were evacuated on Monday.")
    assert types.get("Chad") == "country"
    types = mention_types("The special envoy for Jordan Peter Lindqvist arrived in Amman on Monday.")
    assert types.get("Jordan") == "country" and "Jordan Peter Lindqvist" not in types


def test_a_country_written_with_an_article_is_no_first_name():
    types = mention_types("Contact: Leiden University, the Netherlands Pieter Jan Visser wrote the report.")
    assert types.get("the Netherlands") == "country"
    assert "Netherlands Pieter Jan Visser" not in types and types.get("Pieter Jan Visser") == "person"


def test_a_person_after_a_country_written_with_its_article_is_the_person_alone():
    types = mention_types("Contact: Utrecht University, the Netherlands Marieke Dijkstra wrote the report.")
    assert types.get("the Netherlands") == "country" and types.get("Marieke Dijkstra") == "person"
    assert "Netherlands Marieke Dijkstra" not in types
    types = mention_types("Researchers in the United States Anna Berglund and Tom Lindqvist agreed.")
    assert types.get("United States") == "country" and types.get("Anna Berglund") == "person"


def test_a_place_and_a_surname_in_a_list_of_persons_are_one_person():
    text = "The gala drew Marta Kowalska, Tomasz Nowicki and Kenya Odalys, who arrived late."
    types = mention_types(text)
    assert types.get("Kenya Odalys") == "person"
    assert "Kenya" not in types


def test_a_place_before_a_surname_said_elsewhere_is_a_first_name_with_one_id():
    from analysis.actors.step import find_mentions

    frame = find_mentions("The comedy was created by Jordan Brixley in 2019. Brixley said the show would return.")
    rows = dict(zip(frame["surface"], frame["actor_id"]))
    assert rows.get("Jordan Brixley") == rows.get("Brixley") == "person:jordan-brixley"
    assert "Jordan" not in rows


def test_a_place_and_a_name_word_with_no_person_sign_stay_the_place():
    types = mention_types("The Cyprus Varnell pipeline will carry gas to Greece, officials said on Monday.")
    assert types.get("Cyprus") == "country" and "Cyprus Varnell" not in types
    types = mention_types("Talks in Kenya Brixley said would start soon. Brixley said the talks would be hard.")
    assert types.get("Kenya") == "country" and "Kenya Brixley" not in types


def test_a_place_and_a_name_word_before_and_a_full_name_are_a_person():
    types = mention_types("Guests including Kenya Odalys and Marta Kowalska arrived late on Friday.")
    assert types.get("Kenya Odalys") == "person"
    assert "Kenya" not in types
    types = mention_types("The delegation flew to Kenya Odalys and Marta Kowalska met it at the airport.")
    assert types.get("Kenya") == "country" and "Kenya Odalys" not in types


def test_the_town_an_office_serves_before_a_full_name_is_no_first_name():
    types = mention_types("Governor of Velikoretsk Vyacheslav Ordynov said two people died on Monday.")
    assert types.get("Vyacheslav Ordynov") == "person" and "Velikoretsk Vyacheslav Ordynov" not in types
    types = mention_types("Ashton Tembo, director of Youth Forum Zimbabwe, spoke.")
    assert not any(kind == "person" and "Forum" in surface for surface, kind in types.items()), types
