"""A demonym before a noun of government names the country speaking: "the German government said" is Germany
(:mod:`analysis.quotes.national_governments`); a demonym before anything else only describes the speaker."""
from __future__ import annotations

import pytest

from speaker_helpers import quote_speaker


@pytest.mark.parametrize("text, source, actor_id", [
    ("The talks in Geneva ended late. On Friday, the German government said the sanctions would stay in place.",
     "the German government", "country:germany"),
    ("Ships were searched near the coast. A Chinese government spokesman said the search would go on until Monday.",
     "A Chinese government spokesman", "country:china"),
])
def test_a_demonym_before_government_is_the_country(text, source, actor_id):
    assert quote_speaker(text, source=source, column="speaker_actor_id") == actor_id


@pytest.mark.parametrize("text, source", [
    ("Ships were searched near the coast. A Turkish official said the search would go on until Monday.",
     "A Turkish official"),  # a demonym before a person noun: someone unnamed
    ("The plant was closed for a week. German scientists said the leak had been small.", "German scientists"),
])
def test_a_demonym_before_other_words_is_nobody_named(text, source):
    assert quote_speaker(text, source=source, column="speaker_actor_id") is None


def test_the_government_is_the_one_country_named():
    text = ("Floods cut off three towns in northern Norway on Monday. The government said that the army would bring "
            "food to the towns.")
    assert quote_speaker(text, source="The government", column="speaker_actor_id") == "country:norway"


@pytest.mark.parametrize("text", [
    # two countries named: either government may speak
    "Norway and Sweden met in Oslo on Monday to discuss fishing. The government said that the talks had failed.",
    # no country named at all
    "Floods cut off three towns on Monday. The government said that the army would bring food to the towns.",
])
def test_the_government_with_no_sole_country_is_nobody_named(text):
    assert quote_speaker(text, source="The government", column="speaker_actor_id") is None


def test_the_government_is_the_country_whose_government_was_named_last():
    text = ("Aid from Canada reached the islands on Monday. On Tuesday, the government of Fiji closed all schools. "
            "The government said that the schools would open again in May.")
    assert quote_speaker(text, source="The government", column="speaker_actor_id") == "country:fiji"



def test_a_government_named_with_the_longest_noun_and_the_is_found():
    from analysis.quotes.context import Mention
    from analysis.quotes.national_governments import named_government
    view = "The administration of the Philippines ordered a shutdown."
    at = view.index("Philippines")
    country = Mention(at, at + len("Philippines"), "country:philippines", "Philippines", "country", "dictionary")
    assert named_government(view, [country], lambda start: True) is country
