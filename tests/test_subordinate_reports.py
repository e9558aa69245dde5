"""A cue whose source follows a subordinator (:func:`analysis.quotes.indirect_speech._subordinate_end`) reports
within its subordinate clause: ``While X said A, B`` reports A, not the main clause B; ``when I said that in
the report, ...`` reports nothing ("that" is the cue's object); ``As X said, B`` still reports B."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes


def _indirect(text: str) -> list[str]:
    quotes = extract_quotes(text)
    return list(quotes.loc[quotes["kind"] == "indirect", "text"])


def test_the_report_ends_with_the_subordinate_clause():
    text = "While the mayor said the budget was balanced, the council found a large deficit."
    assert _indirect(text) == ["the budget was balanced"]


def test_a_demonstrative_object_before_an_adjunct_reports_nothing():
    assert _indirect("When I said that in the report, I was thinking of the older bridges.") == []


def test_the_report_after_an_as_clause_is_kept():
    assert _indirect("As the minister said, the new schools will open in the spring.") == [
        "the new schools will open in the spring"]
