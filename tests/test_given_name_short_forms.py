"""A person named once with a short form of the given name and once in full ("Mitch Stoltz", "Mitchell Stoltz")
is one person of the article (:mod:`analysis.actors.full_names`, ``lexicon/given_name_short_forms.txt``)."""
from __future__ import annotations

from analysis.actors.step import find_mentions

from mention_helpers import WITHOUT_PUBLIC_FIGURES


def ids(text: str) -> list[tuple[str, str]]:
    """(surface, actor id) of the person mentions found."""
    found = find_mentions(text, dictionary=WITHOUT_PUBLIC_FIGURES)
    found = found[found["actor_type"] == "person"]
    return list(zip(found["surface"], found["actor_id"]))


def test_a_short_given_name_and_the_full_one_are_one_person_under_the_first_form():
    text = ("Mitchell Okafor, a lawyer for the group, filed the brief on Monday. Okafor said the case was weak. "
            "Mitch Okafor added that the ruling would be appealed.")
    assert {actor_id for _, actor_id in ids(text)} == {"person:mitchell-okafor"}
    text = "Jim Adeyemi said the harvest was good. James Adeyemi farms maize near Ibadan."
    assert {actor_id for _, actor_id in ids(text)} == {"person:jim-adeyemi"}


def test_other_given_names_of_one_family_stay_two_persons():
    text = "Sam Okoro and his sister Samantha Okoro ran the shop. Tom Mensah met his son Kofi Mensah in Accra."
    assert dict(ids(text)) == {"Sam Okoro": "person:sam-okoro", "Samantha Okoro": "person:samantha-okoro",
                               "Tom Mensah": "person:tom-mensah", "Kofi Mensah": "person:kofi-mensah"}


def test_a_short_form_alone_keeps_its_own_id():
    assert ids("Mike Adebayo opened the new clinic in Lagos on Friday.") == [("Mike Adebayo", "person:mike-adebayo")]


def test_a_person_called_by_a_middle_name_is_the_full_name():
    """"Jens Otto Harry Jespersen ... Otto Jespersen": one person, under the full name."""
    found = dict(ids("Ruud Maarten Pieter Kessel, the mayor, died. Maarten Kessel was 81. Kessel said little."))
    assert found["Maarten Kessel"] == found["Kessel"] == "person:ruud-maarten-pieter-kessel"


def test_two_persons_of_a_surname_are_not_one_by_a_middle_name():
    found = dict(ids("John Peter Hart and his son Paul Hart spoke. Paul Hart left."))
    assert found["Paul Hart"] == "person:paul-hart"
