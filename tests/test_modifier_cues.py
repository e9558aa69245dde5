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
    'Many English speaking tourists missed the "ghost tour" this year.',
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


@pytest.mark.parametrize("text", [
    'The senator denounced the legal team\'s claims as "a national embarrassment".',
    'Critics rejected the ministers\' claims as "nonsense" on Tuesday.',
    'The ministry denied all claims that the reporter was "executed" in custody.',
    'Officials dismissed some reports that the reactor was "leaking badly".',
])
def test_a_plural_noun_after_a_possessive_or_quantifier_is_no_cue(text):
    assert [cue for cue, _ in _cues(text) if cue.endswith("s")] == []


@pytest.mark.parametrize("text", [
    'The mayor countered claims about her health, declaring that she was "fit as a fiddle".',
    'The agency dismissed reports that the dam was "close to bursting" on Friday.',
])
def test_a_plural_noun_after_a_past_verb_is_no_cue(text):
    assert [cue for cue, _ in _cues(text) if cue.endswith("s")] == []


def test_a_critic_s_words_are_not_given_to_the_owner_of_the_claims():
    quotes = extract_quotes('Governor Ana Ruiz denounced Mayor Tom Hale\'s claims as "a national embarrassment".')
    assert "Tom Hale" not in quotes["speaker"].tolist()


@pytest.mark.parametrize("text, expected", [
    ('The ruling claims that the law is "void from the start".', ("claims", "The ruling")),
    ('Some stress that the plan is "a disaster" for farmers.', ("stress", "Some")),
    ('He\'s said the plan is "a disaster" for farmers.', ("said", "He's")),
])
def test_a_verb_after_a_subject_stays_a_cue(text, expected):
    assert expected in _cues(text)
