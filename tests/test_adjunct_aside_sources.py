"""The source before an adjunct set off by commas between an auxiliary and its cue (:mod:`analysis.quotes.source_phrases`):
"The Emergencies Ministry has, in a statement, called on drivers to "..."" is the ministry's."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes


def _sources(text: str) -> list[tuple[str, str]]:
    quotes = extract_quotes(text)
    return list(zip(quotes["kind"], quotes["source"]))


def test_an_auxiliary_before_an_adjunct_aside_is_passed():
    assert _sources('The Emergencies Ministry has, in a statement, called on drivers to "not forget that the lives '
                    'of other people depend on you."') == [("partial", "The Emergencies Ministry")]
    assert _sources("The ministry had, on Monday, said that the roads were safe again after the storm.") == [
        ("indirect", "The ministry")]


def test_an_aside_without_an_auxiliary_keeps_its_source():
    assert _sources("The ministry, in a statement, said that the roads were safe again after the storm.") == [
        ("indirect", "The ministry")]
