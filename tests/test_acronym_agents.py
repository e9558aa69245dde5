"""An acronym that owns something or is the bare subject of a finite verb is an organisation ("ZQTV's new
series", "ZQRF has banned"), unless the article spells it out in brackets or it follows an article
(analysis/actors/acronym_agents.py). Made-up news sentences."""
from __future__ import annotations

import pytest

from analysis.actors.inner_places import counted_mentions
from analysis.actors.step import find_mentions


def typed(text: str) -> dict[str, str]:
    """surface -> actor_type of the counted mentions."""
    mentions = counted_mentions(find_mentions(text))
    return dict(zip(mentions["surface"], mentions["actor_type"]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The drama will air on ZQTV's streaming service from May.", "ZQTV"),
        ("Under ZQRF's rules, a player may not leave the board.", "ZQRF"),
        ("In March, ZQRF agreed to change the format of the tournament.", "ZQRF"),
        ("Since January ZQTV has broadcast every match live.", "ZQTV"),
        ("The fruit was a pineapple; ZQTV later reported that officials had seen it.", "ZQTV"),
        ("Members cannot buy health insurance from the ZQBA. That is the reality.", "ZQBA"),
        ("On the scale used by the ZQHC for storms, it was a category 2.", "ZQHC"),
        ("Members cannot buy health insurance from the ZQBA\n\nThat is the reality.", "ZQBA"),  # a paragraph's end
    ],
)
def test_an_acronym_that_owns_or_acts_is_an_organisation(text, name):
    assert typed(text).get(name) == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The QZR empowered engineers to test the engine at home.", "QZR"),  # after an article: a thing
        ("QZRL was succeeded by a newer system in 2004.", "QZRL"),  # a form of 'be'
        ("The leak included user QZ's, photos and friend lists.", "QZ"),  # an apostrophe plural
        ("Zorva Enterprise Linux (ZQEL) is sold to firms. Its rival follows ZQEL's release cycle.", "ZQEL"),
        ("The QZRF [quantum zone reference frame] has replaced older frames.", "QZRF"),  # spelt out
        ("The glow came from the QZV lights at the bottom of the tank.", "QZV"),  # a noun follows: a modifier
    ],
)
def test_an_acronym_that_is_a_thing_stays_untyped(text, name):
    assert typed(text).get(name) != "organization"
