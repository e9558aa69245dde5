"""'X, the president's spokesman' / 'X, a spokesman for the president': the president is someone else, so a later
"the president said" is not X (analysis.actors.name_cues.office_in_apposition, analysis.quotes.roles, the role
checks of analysis.quotes.speakers). Made-up news sentences."""
from __future__ import annotations

import pytest

from speaker_helpers import quote_speaker


@pytest.mark.parametrize("introduced", [
    "Tom Hart, the president's spokesman, said the talks with the unions had ended without a deal late on Monday night.",
    "The president's spokesman, Tom Hart, said the talks with the unions had ended without a deal late on Monday night.",
    "The president's spokesman Tom Hart said the talks with the unions had ended without a deal late on Monday night.",
    "Tom Hart, a spokesman for the president, said the talks with the unions had ended without a deal late on Monday night.",
])
def test_someone_elses_office_does_not_make_the_spokesman_its_holder(introduced):
    text = f'{introduced} "We will win," the president said.'
    assert quote_speaker(text, source="the president", column="speaker_actor_id") is None


def test_an_adviser_to_the_prime_minister_is_not_the_prime_minister():
    text = 'Tom Hart, an adviser to the prime minister, spoke to reporters outside the ministry after the talks ended on Monday. "We will win," the prime minister said.'
    assert quote_speaker(text, source="the prime minister", column="speaker_actor_id") is None


@pytest.mark.parametrize("introduced", [
    "Tom Hart, the president's spokesman, said the talks with the unions had ended without a deal late on Monday night.",
    "Tom Hart, a spokesman for the president, said the talks with the unions had ended without a deal late on Monday night.",
])
def test_the_spokesman_is_still_the_spokesman(introduced):
    text = f'{introduced} "We will win," the spokesman said.'
    assert quote_speaker(text, source="the spokesman") == "Tom Hart"


@pytest.mark.parametrize("introduced", [
    "Tom Hart, the chief executive of Acme, said the talks with the unions had ended without a deal late on Monday night.",
    "Acme's chief executive, Tom Hart, said the talks with the unions had ended without a deal late on Monday night.",
    "Tom Hart, Acme's chief executive, said the talks with the unions had ended without a deal late on Monday night.",
])
def test_a_role_with_a_body_in_its_complement_or_possessor_still_binds(introduced):
    text = f'{introduced} "We will win," the chief executive said.'
    assert quote_speaker(text, source="the chief executive") == "Tom Hart"


def test_a_countrys_minister_is_still_the_minister():
    text = 'Anna Vogel, Austria\'s foreign minister, met reporters. "We will win," the minister said.'
    assert quote_speaker(text, source="the minister") == "Anna Vogel"


def test_the_sources_own_role_word_is_no_evidence_for_the_name_before_it():
    # the 60-character window after "Jean Dupont" reaches "president" only in the source itself
    text = "Tom Hartley met Jean Dupont in Paris on Monday. The French president said the talks had been useful."
    assert quote_speaker(text, source="The French president", column="speaker_actor_id") is None


def test_a_role_word_written_beside_the_name_still_names_its_holder():
    text = "The new archbishop is John Smith. The archbishop said the church would stay open."
    assert quote_speaker(text, source="The archbishop", column="speaker_actor_id") == "person:john-smith"
