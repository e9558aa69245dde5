"""A plain noun for a person leading a name ("Team physician Sean Kell", "Nurse Ann Lee") stands as a title: the
name is still the subject of its sentence (analysis.quotes.subjects). After a comma the same noun opens an
apposition ("her first husband, musician Al Brock") that names an object again. Made-up news."""
from __future__ import annotations

from speaker_helpers import quote_speaker


def test_a_person_noun_leading_a_name_is_its_title():
    text = "Team physician Sean Kell issued a statement saying the striker had a torn ligament."
    assert quote_speaker(text, source="a statement", column="speaker_actor_id") == "person:sean-kell"


def test_a_person_noun_after_a_comma_opens_an_apposition_not_a_subject():
    text = ("Actress Mary Vance died on Monday at the age of 97. She had one child, record producer Terry Lund, with "
            "her first husband, musician Al Brock. She was also married in turn to George Webb and Barry Cole, whom "
            "she divorced in 1981. She said Brock had been abusive to her.")
    assert quote_speaker(text, source="She") == "Mary Vance"
