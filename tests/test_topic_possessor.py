"""A possessor that opens its sentence ("Singer Tom Hardel's visit to the school was ...") is what the
sentence is about: a later "He" may refer to it; not when the possessed words name a person ("Tom Hardel's
lawyer"), who is then the one acting (:func:`analysis.quotes.subjects.topic_possessor`). Made-up news text."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes

OPENING = ("Mayor Paul Derwin opened the festival on Friday. \"We waited two years for this,\" Derwin said.\n\n")


def _he(text: str):
    quotes = extract_quotes(text)
    he = quotes[quotes["source"] == "He"]
    assert len(he) == 1, quotes[["kind", "text", "source", "speaker"]]
    value = he.iloc[0]["speaker"]
    return None if value != value else value


def test_he_refers_to_a_possessor_opening_the_sentence():
    text = OPENING + ("Singer Tom Hardel's visit to the festival came straight from a tour in Canada. "
                      "He joked, \"I have not slept in a week.\"")
    assert _he(text) == "Tom Hardel"


def test_a_possessor_of_a_person_is_not_the_one_who_speaks():
    text = OPENING + ("Tom Hardel's manager arrived at the festival on Saturday. "
                      "He joked, \"I have not slept in a week.\"")
    assert _he(text) != "Tom Hardel"


def test_a_possessor_after_a_preposition_is_no_topic():
    text = OPENING + ("The crowd cheered at Tom Hardel's visit to the festival on Saturday. "
                      "He joked, \"I have not slept in a week.\"")
    assert _he(text) != "Tom Hardel"
