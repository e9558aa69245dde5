"""News-aware tone: a word naming a formal act of an institution carries no tone (sentences written by us)."""
from __future__ import annotations

import pytest

from analysis.pipeline.spine import article_table
from analysis.sentiment import step
from analysis.text.document import Document


def compound(text: str, **options) -> float:
    return step.score_sentences([text], **options)["compound"].tolist()[0]


@pytest.mark.parametrize("text", [
    "The two countries signed a trade agreement in Hanoi.",
    "The plan still needs the approval of the city council.",
    "The route was approved by the transport ministry in June.",
    "The town received a federal grant for its water system.",
    "The journalist was granted asylum in Sweden.",
])
def test_a_formal_act_carries_no_tone(text: str) -> None:
    assert compound(text) > 0  # VADER reads goodwill
    assert compound(text, neutral_procedures=True) == 0


@pytest.mark.parametrize("text", [
    "The mayor praised the new bridge.",  # no such word at all
    "Most residents agree with the new schedule.",  # a stance, not on the list
    "The union said it would support the strike.",  # a stance, not on the list
    "The two parties could not reach an agreement on the budget.",  # a failed step keeps VADER's negated tone
])
def test_other_words_keep_vaders_tone(text: str) -> None:
    assert compound(text, neutral_procedures=True) == compound(text)


def test_the_other_words_of_the_sentence_keep_their_tone() -> None:
    text = "Regulators approved the closure of the failing hospital."
    assert compound(text, neutral_procedures=True) < compound(text)
    assert compound(text, neutral_procedures=True) < 0


def test_the_step_applies_the_rule_by_default_and_the_option_keeps_vader() -> None:
    doc = Document("The agreement expires in May. The court met on Monday.", doc_id="a")
    news = article_table("sentiment", doc, step.DEFAULTS)
    plain = article_table("sentiment", doc, {**step.DEFAULTS, "sentiment_neutral_procedures": False})
    assert news.loc[0, "compound"] == 0 < plain.loc[0, "compound"]
    assert news.loc[1].equals(plain.loc[1])
    with pytest.raises(ValueError, match="sentiment_neutral_procedures"):
        step.run_article(doc, {**step.DEFAULTS, "sentiment_neutral_procedures": "yes"})
