"""News-aware tone: a word saying an amount went up or down carries no tone (sentences written by us)."""
from __future__ import annotations

import pytest

from analysis.pipeline.spine import article_table
from analysis.sentiment import step
from analysis.text.document import Document


def compound(text: str, **options) -> float:
    return step.score_sentences([text], **options)["compound"].tolist()[0]


@pytest.mark.parametrize("text, vader_sign", [
    ("Bus fares will see an increase in January.", 1),
    ("Economic growth slowed to 1.2 percent in the third quarter.", 1),
    ("The ministry plans to expand the program to three more provinces.", 1),
    ("A lower court ruled on the appeal in March.", -1),
    ("Exports recorded a drop of four percent in May.", -1),
])
def test_a_change_in_amount_carries_no_tone(text: str, vader_sign: int) -> None:
    assert compound(text) * vader_sign > 0  # VADER reads the direction as good or bad news
    assert compound(text, neutral_amounts=True) == 0


@pytest.mark.parametrize("text", [
    "The mayor praised the new bridge.",  # no such word at all
    "The company reported a loss of 40 million dollars.",  # a harm in itself: not on the list
    "The deal will boost exports, the minister said.",  # a benefit in itself: not on the list
])
def test_other_words_keep_vaders_tone(text: str) -> None:
    assert compound(text, neutral_amounts=True) == compound(text)


def test_the_other_words_of_the_sentence_keep_their_tone() -> None:
    text = "The increase in violent crime alarmed residents."
    assert compound(text, neutral_amounts=True) < compound(text) < 0


def test_the_step_applies_the_rule_by_default_and_the_option_keeps_vader() -> None:
    doc = Document("Rents saw an increase of six percent. The court met on Monday.", doc_id="a")
    news = article_table("sentiment", doc, step.DEFAULTS)
    plain = article_table("sentiment", doc, {**step.DEFAULTS, "sentiment_neutral_amounts": False})
    assert news.loc[0, "compound"] == 0 < plain.loc[0, "compound"]
    assert news.loc[1].equals(plain.loc[1])
    with pytest.raises(ValueError, match="sentiment_neutral_amounts"):
        step.run_article(doc, {**step.DEFAULTS, "sentiment_neutral_amounts": "yes"})
