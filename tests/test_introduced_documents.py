"""A quotation after the colon of a sentence that introduces it as a document put out (:mod:`analysis.quotes.issuers`,
``introducing_source``): "The palace issued the following statement: "..."" is the palace's, "... a statement from
the minister: "..."" the minister's; a document found or received names nobody."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes

QUOTED = '"Even though she gave up her title she still retains her status as a member of the royal family."'


def _sources(text: str) -> list:
    quotes = extract_quotes(text)
    return list(zip(quotes["kind"], quotes["source"], quotes["speaker"]))


def test_the_source_before_the_verb_of_issuing_speaks():
    assert _sources("The palace issued the following statement: " + QUOTED) == [
        ("direct", "The palace", "The palace")]
    assert _sources("Earlier this week, an official government account made the following announcement: "
                    + QUOTED) == [("direct", "an official government account", "an official government account")]


def test_the_name_after_from_speaks():
    text = "Minister Ana Ruiz met the press. The ministry released a statement from Ruiz on Monday: " + QUOTED
    assert _sources(text)[-1] == ("direct", "Ruiz", "Ana Ruiz")


def test_a_document_found_names_nobody():
    quotes = extract_quotes("Police found a letter in the car: " + QUOTED)
    assert quotes["source"].isna().all() and len(quotes) == 1
