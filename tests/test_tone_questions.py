"""News-aware tone: the good words of a question assert nothing (sentences written by us)."""
from __future__ import annotations

import pytest

from analysis.pipeline.spine import article_table
from analysis.sentiment import step
from analysis.text.document import Document


def compound(text: str, **options) -> float:
    return step.score_sentences([text], **options)["compound"].tolist()[0]


@pytest.mark.parametrize("text", [
    "Will the new stadium really help the city?",
    "Who says the lottery is harmless fun?",
    "Is the plan worth its cost, the senator asked?",
    "\"Can the talks succeed?\"",
])
def test_the_good_words_of_a_question_carry_no_tone(text: str) -> None:
    assert compound(text) > 0  # VADER reads the good the question names
    assert compound(text, neutral_questions=True) == 0


@pytest.mark.parametrize("text", [
    "The mayor praised the new bridge.",  # no question
    "The council asked whether the plan was fair, and it approved the budget.",  # the sentence does not end in "?"
    "Why did the police fail to act?",  # the harm a question names keeps its tone
])
def test_statements_and_harms_keep_vaders_tone(text: str) -> None:
    assert compound(text, neutral_questions=True) == compound(text) != 0


def test_only_the_question_of_a_text_of_several_sentences() -> None:
    text = "The team won a great victory. Can it win again?"
    assert 0 < compound(text, neutral_questions=True) < compound(text)


def test_the_step_applies_the_rule_by_default_and_the_option_keeps_vader() -> None:
    doc = Document("Is the deal really a good one? The court met on Monday.", doc_id="a")
    news = article_table("sentiment", doc, step.DEFAULTS)
    plain = article_table("sentiment", doc, {**step.DEFAULTS, "sentiment_neutral_questions": False})
    assert news.loc[0, "compound"] == 0 < plain.loc[0, "compound"]
    assert news.loc[1].equals(plain.loc[1])
    with pytest.raises(ValueError, match="sentiment_neutral_questions"):
        step.run_article(doc, {**step.DEFAULTS, "sentiment_neutral_questions": "yes"})
