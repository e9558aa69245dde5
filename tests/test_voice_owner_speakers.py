"""A thing carrying words speaks with its owner's voice: "his office said" is he, "the party's website says" is
the party (:mod:`analysis.quotes.voice_owners`); people owned speak for themselves. Made-up news."""
from __future__ import annotations

import pytest

from analysis.quotes.voice_owners import voice_owner
from speaker_helpers import quote_speaker


@pytest.mark.parametrize("source, owner", [
    ("his office", ("he", 3)),
    ("her 2019 memoir", ("she", 3)),
    ("the party's website", ("the party", 9)),
    ("The family's statement on the death", ("The family", 10)),
    ("his lawyers", None),  # people speak for themselves
    ("the company's source", None),
    ("its website", None),  # "its" is not read
    ("Trump's statement", None),  # a name is read as a name
])
def test_the_owner_of_a_thing_carrying_words(source, owner):
    assert voice_owner(source) == owner


def test_his_office_is_the_man():
    text = ("Senator Tom Hale was taken to hospital in Denver on Monday after a fall. On Tuesday, his office said "
            "that he was recovering well.")
    assert quote_speaker(text, source="his office", column="speaker_actor_id") == "person:tom-hale"


def test_the_possessive_description_is_resolved_as_a_source():
    text = ("Ana Ruiz is running for the Green Future Party in the by-election. According to the party's website, "
            "Ruiz is a teacher and farmer.")
    assert quote_speaker(text, source="the party's website", column="speaker_actor_id") \
        == "organization:green-future-party"


def test_people_owned_are_not_the_owner():
    text = ("Senator Tom Hale was taken to hospital in Denver on Monday after a fall. On Tuesday, his lawyers said "
            "that the fall was not his fault.")
    assert quote_speaker(text, source="his lawyers", column="speaker_actor_id") is None
