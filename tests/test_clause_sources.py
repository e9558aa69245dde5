"""A source phrase read back from a cue never holds a finite verb (a modal, "do", finite "be"): such words
belong to a clause ("some shoppers might start saying", "there is somewhere a study suggesting"), which
names nobody. Names and descriptions around them stay sources."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes


def _sources(text: str) -> list:
    return extract_quotes(text)["source"].dropna().tolist()


def test_a_clause_with_a_modal_is_no_source():
    text = 'If prices keep rising, some shoppers might start saying, "We will buy our bread elsewhere next month."'
    assert not any("might" in source for source in _sources(text))


def test_a_clause_with_finite_be_is_no_source():
    assert not any(" is " in f" {source} " for source in _sources("A woman who is a nurse said the ward was full."))
    assert _sources("I think there is somewhere a study suggesting that the drug helps.") == []


def test_names_and_descriptions_stay_sources():
    assert _sources("Sarah Lee, who is a nurse, said the ward was full.") == ["Sarah Lee"]
    assert _sources("The regional health minister said the ward was full.") == ["The regional health minister"]


def test_a_connective_adverb_is_no_word_of_the_source():
    assert _sources('The council approved the plan on Monday, however Tom Baxter said he "would not sign it".') \
        == ["Tom Baxter"]
    assert _sources("The council approved the plan on Monday, meanwhile Tom Baxter said the vote was rushed.") \
        == ["Tom Baxter"]
