"""``According to X, CLAUSE.``: the comma segment after the source is the reported clause, not an appositive
of the source, when no clause stands before the cue; after a clause (``CLAUSE, according to X, Y.``) the
closing segment still belongs to the source."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes


def _rows(text: str) -> list:
    quotes = extract_quotes(text)
    return list(zip(quotes["text"], quotes["source"]))


def test_a_short_clause_after_a_leading_according_to_is_reported():
    text = "A warehouse caught fire overnight. According to police, two workers died."
    assert _rows(text) == [("two workers died", "police")]
    text = "A warehouse caught fire overnight. In Leeds, according to the fire service, the roof collapsed."
    assert _rows(text) == [("the roof collapsed", "the fire service")]


def test_a_closing_appositive_after_a_clause_stays_with_the_source():
    text = "The roof collapsed, according to the head of the fire service, Tom Hale."
    assert _rows(text) == [("The roof collapsed", "the head of the fire service, Tom Hale")]


def test_a_comma_closing_the_sentence_after_according_to_reports_the_clause_before():
    # a line cut after the source's comma (a list of short lines, a truncated paragraph) ends the sentence there
    found = extract_quotes("The bridge was closed, according to police,")
    assert found[["text", "kind", "source"]].values.tolist() == [["The bridge was closed", "indirect", "police"]]


def test_a_name_set_off_after_a_leading_description_is_the_source():
    text = "A ferry ran aground. According to the harbour master, Ann Kowalski, no one was hurt."
    quotes = extract_quotes(text)
    assert _rows(text) == [("no one was hurt", "the harbour master, Ann Kowalski")]
    assert list(quotes["speaker"]) == ["Ann Kowalski"]


def test_a_clause_going_on_after_an_inserted_according_to_is_reported_whole():
    text = "The group is mostly local and, according to the ministry, hostile to the plan."
    assert _rows(text) == [
        ("The group is mostly local and, according to the ministry, hostile to the plan", "the ministry")]
