"""Verbs of public judgement beside praise and condemn ("hailed", "lauded", "assailed", "denounced") attribute the
quoted words of their sentence ("The mayor hailed the deal as "a new dawn for the port""); "hailed from" is no cue."""
from __future__ import annotations

import pytest

from analysis.quotes.step import extract_quotes

INTRO = "Mayor Carla Penn met dock workers on Friday. "


@pytest.mark.parametrize("verb", ["hailed", "lauded", "assailed", "denounced"])
def test_a_verb_of_judgement_attributes_a_partial_quote(verb):
    quotes = extract_quotes(INTRO + f'Penn {verb} the deal as "a turning point for the harbour".')
    assert list(zip(quotes["text"], quotes["kind"], quotes["cue"], quotes["source"])) == [
        ("a turning point for the harbour", "partial", verb, "Penn")]


def test_hailed_from_reports_nothing():
    quotes = extract_quotes(INTRO + "Penn hailed from Ohio and worked at the port for twenty years.")
    assert quotes.empty
