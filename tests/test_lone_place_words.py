"""A place word capitalised alone inside a sentence ("the Airport", "the Square") names a place, the one named in
full before it when there is one (:mod:`analysis.actors.discovery`, :mod:`analysis.actors.linking`)."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def rows(text: str) -> dict[str, tuple[str, str]]:
    """surface -> (actor_type, actor_id) of the mentions found (the last one per surface)."""
    found = find_mentions(text)
    return {r.surface: (r.actor_type, r.actor_id) for r in found.itertuples()}


def test_a_lone_place_word_is_the_place_named_in_full_before_it():
    found = rows("Flights resumed at Kotoka International Airport on Monday. Crowds at the Airport cheered.")
    assert found["Airport"] == ("place", found["Kotoka International Airport"][1])


def test_a_lone_place_word_with_no_full_name_is_a_place_of_its_own():
    assert rows("Protesters filled the Square until midnight.")["Square"][0] == "place"


def test_a_lone_place_word_naming_a_body_a_surname_or_ending_a_title_is_no_place():
    found = rows("The County will appeal the ruling. Few expect a Hill administration. "
                 "The treaty breaches the Law of the Sea, officials said. "
                 "Lawyers for the mayor and District Attorney Ruiz's office met.")
    assert found.get("County", ("",))[0] != "place"
    assert "Hill" not in found
    assert "Sea" not in found
    assert "District" not in found


def test_a_lone_place_word_naming_a_body_is_that_body():
    found = rows("Maui County took the land. Even so, the County did afford some process. The Circuit ruled on Friday.")
    assert found["County"][0] == "organization"
    assert found["Circuit"][0] == "organization"


def test_a_lone_body_word_after_a_locative_preposition_or_a_number_is_no_body():
    found = rows("Bankers in the City fear a hard Brexit. He grew up across the County. "
                 "The case went to the 9th Circuit.")
    assert "City" not in found and "County" not in found and "Circuit" not in found
