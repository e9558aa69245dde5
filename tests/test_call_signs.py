"""A station's call sign joined by a hyphen to a media word is an outlet: "WSET-TV", "KTLA-TV"
(:func:`analysis.actors.name_cues.head_type`)."""
from __future__ import annotations

import pytest

from mention_helpers import types_without_public_figures as types


@pytest.mark.parametrize("sentence, name", [
    ("According to WQRT-TV, the bridge was closed for the night.", "WQRT-TV"),
    ("Two neighbours told KZLB-TV that they heard shots.", "KZLB-TV"),
])
def test_a_call_sign_with_a_media_word_is_an_outlet(sentence, name):
    assert types(sentence).get(name) == "media"


@pytest.mark.parametrize("sentence", [
    "A US-TV rights deal was signed on Monday.",  # a country's alias before the hyphen
    "The Covid-TV campaign ended in May.",  # no call sign in capitals
])
def test_no_outlet_without_a_call_sign(sentence):
    assert "media" not in types(sentence).values()
