"""News-aware tone: a good word after a modal of advice recommends, it does not praise (sentences written by us)."""
from __future__ import annotations

import pytest

from analysis.pipeline.spine import article_table
from analysis.sentiment import step
from analysis.text.document import Document


def compound(text: str, **options) -> float:
    return step.score_sentences([text], **options)["compound"].tolist()[0]


@pytest.mark.parametrize("text", [
    "The transit agency would do well to publish its timetables.",
    "The governor had better explain the plan to the voters.",
    "The council would be wiser to wait for the audit.",
    "Investors might be better off holding cash now.",
    "\"You'd better hurry,\" the officer told the crowd.",
])
def test_a_good_word_of_advice_carries_no_tone(text: str) -> None:
    assert compound(text) > 0  # VADER reads "well", "better", "wiser" as praise
    assert compound(text, neutral_advice=True) == 0


@pytest.mark.parametrize("text", [
    "The team did well in the regional finals.",  # no modal: praise
    "Officials said the roads will be better by spring.",  # "will" predicts
    "The school can do better, the inspectors wrote.",  # "can" is not a modal of advice here
    "It would not be wise to cut the budget now.",  # "not" breaks the phrase: VADER's negation stands
    "The best students would receive a grant.",  # the good word before the modal
])
def test_other_good_words_keep_vaders_tone(text: str) -> None:
    assert compound(text, neutral_advice=True) == compound(text)


def test_the_step_drops_advised_good_by_default_and_the_option_keeps_it() -> None:
    doc = Document("The city would do well to listen. The mayor did well.", doc_id="a")
    news = article_table("sentiment", doc, step.DEFAULTS)
    plain = article_table("sentiment", doc, {**step.DEFAULTS, "sentiment_neutral_advice": False})
    assert news["compound"].tolist()[0] == 0 < plain["compound"].tolist()[0]
    assert news["compound"].tolist()[1] == plain["compound"].tolist()[1] > 0
