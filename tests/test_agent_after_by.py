"""A person named after "by" acts, after a noun as after a passive participle ("in a ruling last year by
Judge Peter Ruiz, he wrote"), so a later "he" may refer to it; after another preposition ("a letter to Judge
Peter Ruiz") the person is an object (:func:`analysis.quotes.subjects.is_salient` with ``agents``). Made-up
news text."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes

OPENING = "Senator Mark Olsen said on Monday that the court had been wrong about the law. "


def _he(text: str):
    quotes = extract_quotes(text)
    he = quotes[quotes["source"] == "he"]
    assert len(he) == 1, quotes[["kind", "text", "source", "speaker"]]
    return he.iloc[0]["speaker"]


def test_he_refers_to_the_author_named_after_by():
    text = OPENING + "But in a ruling last year by Judge Peter Ruiz, he wrote that the law was clear."
    assert _he(text) == "Peter Ruiz"


def test_he_does_not_refer_to_a_person_named_after_to():
    text = OPENING + "But in a letter last year to Judge Peter Ruiz, he wrote that the law was clear."
    assert _he(text) == "Mark Olsen"
