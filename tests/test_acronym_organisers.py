"""An unknown acronym opening the name of an award, a tour or a championship is the body behind it; not before a
law's name, which the acronym often spells, nor a listed acronym that names no body. Made-up news sentences."""
from __future__ import annotations

import pytest

from mention_helpers import types_without_public_figures as types


@pytest.mark.parametrize("sentence, body", [
    ("She won a KBFA Award for her first film in 2019.", "KBFA"),
    ("He worked at a WPTA Tour event in Seoul last year.", "WPTA"),
    ("The boxer took the NWBC Junior Championship on Saturday.", "NWBC"),
])
def test_an_acronym_opening_an_award_or_championship_is_a_body(sentence, body):
    assert types(sentence)[body] == "organization"


def test_an_acronym_opening_a_law_is_no_body():
    assert "HELPS" not in types("The secretary invoked the HELPS Act to suspend payments.")


def test_a_listed_acronym_opening_a_conference_is_no_body():
    assert "AIDS" not in types("Thousands attended the AIDS Conference in Durban.")
