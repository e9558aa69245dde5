"""News-aware tone: a death named to date something carries no tone (sentences written by us)."""
from __future__ import annotations

import pytest

from analysis.pipeline.spine import article_table
from analysis.sentiment import step
from analysis.text.document import Document


def compound(text: str, **options) -> float:
    return step.score_sentences([text], **options)["compound"].tolist()[0]


@pytest.mark.parametrize("text", [
    "Until her death in 1990, she ran the village library.",
    "The composer finished the score two weeks before his death.",
    "Twenty years after the death of the poet, his farm is a museum.",
])
def test_a_death_that_dates_something_scores_nothing(text: str) -> None:
    assert compound(text) < 0  # VADER reads "death" as the sentence's tone
    assert compound(text, neutral_dates=True) == 0


@pytest.mark.parametrize("text", [
    "The painter, who died Sunday at 85, taught a generation of students.",
    "Ms. Alvarez, who died last week, ran the village library for forty years.",
])
def test_an_obituary_clause_that_names_the_dead_scores_nothing(text: str) -> None:
    assert compound(text) < 0  # VADER reads "died" as the sentence's tone
    assert compound(text, neutral_dates=True) == 0


@pytest.mark.parametrize("text", [
    "Three miners died Sunday in a collapse.",  # the death reported, no "who"
    "The officer who died in the fire was buried on Monday.",  # no time word after "died"
    "His death shocked the town.",  # the death reported
    "Police are investigating the death of a worker.",  # no time preposition
    "After a death in the family, the mayor cancelled the visit.",  # "a" is no possessive nor "the"
])
def test_a_death_reported_keeps_its_tone(text: str) -> None:
    assert compound(text, neutral_dates=True) == compound(text) < 0


def test_the_step_applies_it_by_default_and_the_option_keeps_vader() -> None:
    doc = Document("She wrote poems until her death. His death shocked the town.", doc_id="a")
    news = article_table("sentiment", doc, step.DEFAULTS)
    plain = article_table("sentiment", doc, {**step.DEFAULTS, "sentiment_neutral_dates": False})
    assert news["compound"].tolist()[0] == 0 > plain["compound"].tolist()[0]
    assert news["compound"].tolist()[1] == plain["compound"].tolist()[1] < 0
