"""A trade noun right before a name makes a person: "ecologist Chip Taylor" (:mod:`analysis.actors.trade_nouns`)."""
from __future__ import annotations

import pytest

from analysis.actors.trade_nouns import trade_noun

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
    assert not trade_noun("artist") and not trade_noun("against") and not trade_noun("former")
