"""A reporting verb's -ing or -s form right after a nationality adjective ("a Dutch speaking community",
"Russian claims") is a modifier or a noun: no cue, no source, no quotation
(:mod:`analysis.quotes.modifier_cues`). Made-up news text."""
from __future__ import annotations

import re

import pytest

from analysis.quotes.attribution import find_attributions, tokenize_reporter_text
from analysis.quotes.step import extract_quotes


def _cues(text: str) -> list[tuple[str, str | None]]:
    quoted = [match.span() for match in re.finditer(r'"[^"]*"', text)]
    tokens = tokenize_reporter_text(text, 0, len(text), quoted)
    return [(a.cue, a.source) for a in find_attributions(tokens, text)]


@pytest.mark.parametrize("text", [
    'The town set up a Dutch speaking club to discuss "open data" every month.',
    'Spanish speaking voters backed the "Dream Act" in large numbers.',
    'An old Chinese saying holds that "patience is bitter".',
    'Russian claims that the strike hit "military targets" were rejected by observers.',
])
def test_no_cue_after_a_nationality_adjective(text):
    assert _cues(text) == []


def test_no_quotation_for_a_scare_quote_after_a_language_community():
    assert extract_quotes('Members of the Russian speaking minority protested against "forced assimilation".').empty


@pytest.mark.parametrize("text, expected", [
    ('Anna Berg, speaking to reporters, called the plan "a disaster".', ("speaking", "Anna Berg")),
    ('Dawn French says the show was "a riot".', ("says", "Dawn French")),
    ('Ukrainian officials said the strike hit "civilian homes".', ("said", "Ukrainian officials")),
])
def test_a_cue_after_a_name_or_a_noun_stays(text, expected):
    assert expected in _cues(text)
