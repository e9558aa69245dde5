"""``the commission said``, ``the court ruled``: a noun that heads a body's name refers back to the latest body
named with it and with every other word of the source (lexicon/named_body_nouns.txt, _organization_described in
:mod:`analysis.quotes.speakers`); with no such body named, nobody."""
from __future__ import annotations

import pytest

from speaker_helpers import quote_speaker


@pytest.mark.parametrize("text, source, actor_id", [
    ("The Northern Fisheries Commission met in Bergen on Tuesday. In a statement, the commission said the quota "
     "would be cut by a third.", "the commission", "organization:northern-fisheries-commission"),
    ("Flights resumed after the Westland Fire Service put out the blaze on Monday. The fire service said the blaze "
     "had been caused by a faulty heater.", "The fire service", "organization:westland-fire-service"),
])
def test_a_body_noun_names_the_body_named_with_it(text, source, actor_id):
    assert quote_speaker(text, source=source, column="speaker_actor_id") == actor_id


@pytest.mark.parametrize("text, source", [
    # no body named with the noun: someone the article does not name
    ("Two men were arrested in Oslo on Friday. The police said they had found a knife in the car.", "The police"),
    # a body named with the noun, but not with the source's other word
    ("The Westland Rescue Service searched the hills all night. The fire service said the blaze was out.",
     "The fire service"),
])
def test_no_body_named_with_the_source_words_is_nobody(text, source):
    assert quote_speaker(text, source=source, column="speaker_actor_id") is None


def test_the_body_noun_may_be_written_only_in_the_name_the_text_used():
    # the actor is called "FBI"; the text wrote its full name, which carries the noun
    text = ("The Federal Bureau of Investigation arrested two men in Ohio on Friday. The bureau said the men had "
            "planned an attack.")
    assert quote_speaker(text, source="The bureau", column="speaker_actor_id") == "organization:fbi"
