"""Sources that refer back to an actor without naming it, and actors in a source that do not speak
(:mod:`analysis.quotes.speakers`, :mod:`analysis.quotes.pair_references`): "the latter", "Police" after
"Thames Valley Police", "the Wooster professor", "Republicans", "according to him"; not "Omsk hospital", "ABC
of Australia", a place after a name and a comma ("Washington, D.C."), nor a person named only after a preposition."""
from __future__ import annotations

import pytest

from speaker_helpers import quote_speaker


@pytest.mark.parametrize("text, source, actor_id", [
    ("Inquiries were opened by the Federal Aviation Administration and the National Transportation Safety Board, "
     "with the latter saying it would send a team.", "the latter", "organization:national-transportation-safety-board"),
    ("Inquiries were opened by the Federal Aviation Administration and the National Transportation Safety Board, "
     "with the former saying it would send a team.", "the former", "organization:federal-aviation-administration"),
])
def test_the_latter_and_the_former_name_one_of_the_last_two_actors(text, source, actor_id):
    assert quote_speaker(text, source=source, column="speaker_actor_id") == actor_id


def test_the_latter_with_one_actor_named_is_nobody():  # passes without the rule too: it must stay so
    text = "The Federal Aviation Administration opened an inquiry, and the latter said a team would be sent."
    assert quote_speaker(text, source="the latter", column="speaker_actor_id") is None


def test_a_bare_body_noun_names_the_body_named_with_it():
    text = ("Thames Valley Police arrested two men in Oxford on Monday. The men were released on bail. "
            "Police said they believe the theft involved several vehicles.")
    assert quote_speaker(text, source="Police", column="speaker_actor_id") == "organization:thames-valley-police"


def test_an_affiliated_description_refers_to_the_person_just_named():
    text = ("Researchers from the College of Wooster in Ohio reported the finding on Monday. "
            "\"The ice is thinning,\" said study co-author Karen Alley. "
            "The Wooster professor added, \"We need to know how fast.\"")
    assert quote_speaker(text, starts="We need", column="speaker_actor_id") == "person:karen-alley"


def test_an_affiliated_description_does_not_reach_back_sentences():
    text = ("\"The ice is thinning,\" said study co-author Karen Alley. The team worked in Antarctica for years. "
            "The samples were taken in winter. Researchers from the College of Wooster in Ohio reported it on "
            "Monday. The Wooster professor added, \"We need to know how fast.\"")
    assert quote_speaker(text, starts="We need", column="speaker_actor_id") is None


def test_a_party_members_noun_speaks_for_the_party():
    text = ("The Senate voted on the bill on Tuesday. Republicans argued the bill would raise taxes for "
            "small businesses.")
    assert quote_speaker(text, source="Republicans", column="speaker_actor_id") == "organization:republican-party"


def test_an_object_pronoun_source_refers_back_like_the_subject_pronoun():
    text = ("Rebel spokesman Yahya Sarea said on Monday the group had used ten drones. According to him, it was "
            "\"the largest operation\" in years.")
    assert quote_speaker(text, source="him", column="speaker_actor_id") == "person:yahya-sarea"


@pytest.mark.parametrize("text, source", [
    ("Navalny fell ill on a flight to Moscow. Initial reports from Omsk hospital said no poison was found.",
     "Omsk hospital"),
    ("West spoke to a South Carolina radio station on Monday. The South Carolina radio station said he would run.",
     "The South Carolina radio station"),
])
def test_a_place_modifying_a_noun_does_not_speak(text, source):
    assert quote_speaker(text, source=source, column="speaker_actor_id") is None


def test_a_place_that_locates_a_name_before_it_does_not_speak():
    text = 'Governor Tom Hale issued a statement at his ranch outside Washington, D.C. saying, "The count is not over."'
    assert quote_speaker(text, starts="The count", column="speaker_actor_id") is None


def test_a_country_after_a_name_and_of_does_not_speak():
    text = "The government criticised the plan on television, KTV of Australia reported on Monday."
    assert quote_speaker(text, source="KTV of Australia", column="speaker_actor_id") is None


def test_a_pronoun_does_not_fall_back_to_the_object_of_a_preposition():
    text = "The court heard the case of Kim Laval on Monday. The hearing lasted an hour. \"It was unfair,\" he said."
    assert quote_speaker(text, source="he", column="speaker_actor_id") is None


def test_a_pronoun_falls_back_to_a_subject_inside_its_own_sentence():
    text = "The game came out in 2010. When Kim Laval first played it that year, he said, \"It was the best game.\""
    assert quote_speaker(text, source="he", column="speaker_actor_id") == "person:kim-laval"
