"""Cue words that are nouns in a source phrase and participle clauses after one: "according to varying reports" is
sourced to the reports, not to the word "varying"; a closing ", leaving ..." clause is no part of the source nor
what it reports. Made-up news sentences."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes
from speaker_helpers import quote_speaker


def test_an_adjective_before_a_plural_cue_noun_is_no_source_of_its_own():
    text = "The ferry sank near the harbour, according to varying reports."
    assert quote_speaker(text, column="source") == "varying reports"


def test_the_cue_noun_takes_its_prepositional_phrase():
    text = "The ferry sank near the harbour, according to unconfirmed reports from the region."
    assert quote_speaker(text, column="source") == "unconfirmed reports from the region"


def test_a_noun_naming_people_before_the_cue_noun_stays_the_source():
    text = "The ferry sank near the harbour, according to police reports."
    assert quote_speaker(text, column="source") == "police"


def test_a_closing_participle_clause_is_neither_source_nor_report():
    text = "The party lost twenty seats, according to official results, leaving it without a majority."
    quotes = extract_quotes(text)
    assert list(quotes["source"]) == ["official results"]
    assert list(quotes["text"]) == ["The party lost twenty seats"]


def test_a_participle_clause_closes_the_appositives_of_an_inverted_source():
    text = '"We will miss him every day," said his father, Ali Kurdi, following the ceremony.'
    assert quote_speaker(text, column="source") == "his father, Ali Kurdi"
    assert quote_speaker(text) == "Ali Kurdi"


def test_a_role_opening_with_an_ing_word_stays_in_the_source():
    text = '"We will appeal the ruling," said Anna Berg, managing director of Acme.'
    assert quote_speaker(text, column="source") == "Anna Berg, managing director of Acme"
