"""Newspaper head words beyond the English classics type a name as an outlet: "the Columbus Dispatch", "Business
Insider", "Asahi Shimbun", and "Gazeta" opening its name ("Gazeta Wyborcza"): ``media_words`` in actors.yaml,
``lexicon/media_prefix_words.txt``."""
from __future__ import annotations

import pytest

from mention_helpers import types_without_public_figures as types


@pytest.mark.parametrize("sentence, name", [
    ("The Millbrook Dispatch reported that the plant would close.", "Millbrook Dispatch"),
    ("Retail Insider reported that the chain had filed for bankruptcy.", "Retail Insider"),
    ("The Hokuriku Shimbun said the typhoon had passed.", "Hokuriku Shimbun"),
    ("According to Gazeta Lubelska, the mayor resigned on Friday.", "Gazeta Lubelska"),
])
def test_a_newspaper_head_word_makes_an_outlet(sentence, name):
    assert types(sentence).get(name) == "media"


@pytest.mark.parametrize("sentence, name", [
    ("Insider trading charges were filed against Kowalczyk on Friday.", "Insider"),  # no name before the word
    ("Police dispatch Kowalczyk said the calls doubled.", "Kowalczyk"),  # lower case: no head word
])
def test_no_outlet_without_a_name_before_the_head_word(sentence, name):
    assert types(sentence).get(name) != "media"
