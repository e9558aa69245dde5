"""News-aware tone: a word rated for a sense news seldom uses carries no tone (sentences written by us)."""
from __future__ import annotations

import pytest

from analysis.pipeline.spine import article_table
from analysis.sentiment import step
from analysis.text.document import Document


def compound(text: str, **options) -> float:
    return step.score_sentences([text], **options)["compound"].tolist()[0]


@pytest.mark.parametrize("text", [
    "The ruling party met in the capital on Monday.",
    "Both parties filed their briefs with the court.",
    "On the other hand, the council kept last year's budget.",
    "The minister will hand over the documents on Friday.",
    "Mining interests own most of the valley.",
    "The governor called a special election for March.",
    "A special envoy arrived in Kabul on Tuesday.",
    "The original deadline for the bids was extended to June.",
])
def test_a_word_in_its_news_sense_carries_no_tone(text: str) -> None:
    assert compound(text) > 0  # VADER reads the celebration, the helping hand, the attention
    assert compound(text, news_senses=True) == 0


@pytest.mark.parametrize("text", [
    "The mayor praised the new bridge.",  # no such word at all
    "The bank raised its interest rate.",  # "interest" is not on the list: its senses are mixed in news
    "The handbook of the partygoers was printed in May.",  # the words only inside longer words
    "The festival marked a specially good year for growers.",  # "specially" is not "special"
    "Critics praised the originality of the new museum.",  # "originality" is not "original"
])
def test_other_words_keep_vaders_tone(text: str) -> None:
    assert compound(text, news_senses=True) == compound(text)


def test_the_other_words_of_the_sentence_keep_their_tone() -> None:
    text = "Party leaders welcomed the deal."
    assert 0 < compound(text, news_senses=True) < compound(text)


def test_the_step_applies_the_rule_by_default_and_the_option_keeps_vader() -> None:
    doc = Document("Party members voted on Sunday. The court met on Monday.", doc_id="a")
    news = article_table("sentiment", doc, step.DEFAULTS)
    plain = article_table("sentiment", doc, {**step.DEFAULTS, "sentiment_news_senses": False})
    assert news.loc[0, "compound"] == 0 < plain.loc[0, "compound"]
    assert news.loc[0, "pos_words"] == plain.loc[0, "pos_words"] - 1  # the word leaves the counts, as a name's words do
    assert news.loc[1].equals(plain.loc[1])
    with pytest.raises(ValueError, match="sentiment_news_senses"):
        step.run_article(doc, {**step.DEFAULTS, "sentiment_news_senses": "yes"})


def test_a_word_of_a_name_leaves_the_word_counts_once() -> None:
    doc = Document("Members of the Labour Party voted on Sunday.", doc_id="a")
    news = article_table("sentiment", doc, step.DEFAULTS)
    without = article_table("sentiment", doc, {**step.DEFAULTS, "sentiment_news_senses": False})
    assert news.loc[0, "compound"] == without.loc[0, "compound"] == 0  # the name rule already took "Party"
    assert news.loc[0, "pos_words"] == without.loc[0, "pos_words"]
