"""``According to X, APPOSITION, CLAUSE``: a name or a description of the source between commas after "according
to" is no part of what the source reports; a list of names before the verb is the clause's subject."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes

INTRO = "Fire crews from Dunmore worked through the night. "


def _reported(sentence: str) -> list:
    quotes = extract_quotes(INTRO + sentence)
    return list(zip(quotes["text"], quotes["kind"]))


def test_an_apposition_to_the_source_is_skipped():
    assert _reported("According to the mayor, Jane Doe, the bridge was closed.") == [
        ("the bridge was closed", "indirect")]
    assert _reported("According to Sadie Ward, the senator's former spokeswoman, the senator died on Friday.") == [
        ("the senator died on Friday", "indirect")]
    assert _reported("According to the town's first selectman, John Smith, there were ten people aboard.") == [
        ("there were ten people aboard", "indirect")]


def test_a_subject_with_its_own_commas_is_kept():
    assert _reported("According to the report, John Smith, Jane Doe and Bob Brown were arrested.") == [
        ("John Smith, Jane Doe and Bob Brown were arrested", "indirect")]
    assert _reported("According to police, the driver, a 45-year-old man from Leeds, was arrested.") == [
        ("the driver, a 45-year-old man from Leeds, was arrested", "indirect")]
    assert _reported("According to the study, in 2014 in the north of the country, 16,000 deaths were recorded.") == [
        ("in 2014 in the north of the country, 16,000 deaths were recorded", "indirect")]
