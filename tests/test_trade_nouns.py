"""A trade noun right before a name makes a person: "ecologist Chip Taylor" (:mod:`analysis.actors.trade_nouns`)."""
from __future__ import annotations

import pytest

from analysis.actors.trade_nouns import agent_noun, trade_noun

from mention_helpers import types_without_public_figures as types


@pytest.mark.parametrize("sentence, name", [
    ("According to ecologist Marta Quillen of the state university, the butterflies came early.", "Marta Quillen"),
    ("The blast killed photojournalist Yusuf al-Dabbagh near the port.", "Yusuf al-Dabbagh"),
    ("The clinic hired pediatrician Orla Venning last spring.", "Orla Venning"),
    ("Rain delayed the survey, said historian Tobiah Crane.", "Tobiah Crane"),
])
def test_a_trade_noun_before_a_name_makes_a_person(sentence, name):
    assert types(sentence).get(name) == "person"


@pytest.mark.parametrize("sentence, name", [
    ("Troops shelled the separatist Republic of Velmar on Sunday.", "Republic"),  # a lone word: no person
    ("Voters backed the nationalist Freedom Party of Orvania.", "Freedom Party of Orvania"),  # a body's head word
])
def test_no_person_after_an_adjective_in_ist(sentence, name):
    assert types(sentence).get(name) != "person"


def test_trade_nouns_by_their_endings():
    assert trade_noun("virologist") and trade_noun("physician") and trade_noun("librarian")
    assert trade_noun("fisherman") and trade_noun("anchorwoman") and trade_noun("salesperson")
    assert not trade_noun("artist") and not trade_noun("against") and not trade_noun("former")
    assert not trade_noun("woman") and not trade_noun("human")


@pytest.mark.parametrize("sentence, name", [
    ("The boat was found by fisherman Tarvo Kesküla off the northern cape.", "Tarvo Kesküla"),
    ("The report was read on air by anchorwoman Ysolde Brannock.", "Ysolde Brannock"),
    ("Policeman Dorrin Vask Eloway said the road would reopen on Friday.", "Dorrin Vask Eloway"),
    ("The estate passed to heiress Zorvana Quillet after the funeral.", "Zorvana Quillet"),
    ("The deal was backed by shipping tycoon Aurel Dravonic.", "Aurel Dravonic"),
])
def test_a_compound_trade_or_standing_before_a_name_makes_a_person(sentence, name):
    assert types(sentence).get(name) == "person"


@pytest.mark.parametrize("sentence, name", [
    ("Finnish game developer Perttu Vaahtola discussed the project.", "Perttu Vaahtola"),
    ("It is the best candidate yet, said astronomer Angelos Trikalis.", "Angelos Trikalis"),
    ("Chess arbiter Shohreh Badiei did not return home.", "Shohreh Badiei"),
])
def test_an_agent_noun_before_a_plain_full_name_makes_a_person(sentence, name):
    assert types(sentence).get(name) == "person"


@pytest.mark.parametrize("sentence, name", [
    # a word the text writes in lower case: a firm's name, not a person's
    ("Buyers included property developer Harbour Investment; foreign investment rose.", "Harbour Investment"),
    ("Nobody knew whether Rocky Linux would ship.", "Rocky Linux"),  # a stopword, no agent
    ("The carrier Baltic Airlines cut flights.", "Baltic Airlines"),  # a head word in the name
])
def test_no_person_after_an_agent_noun_before_a_firms_name(sentence, name):
    assert types(sentence).get(name) != "person"


def test_agent_nouns_by_their_endings():
    assert agent_noun("astronomer") and agent_noun("developer")
    assert not agent_noun("whether") and not agent_noun("another") and not agent_noun("member")
