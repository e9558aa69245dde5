"""News-aware tone: an adverb saying a claim is evident or certain carries no tone (sentences written by us)."""
from __future__ import annotations

import pytest

from analysis.pipeline.spine import article_table
from analysis.sentiment import step
from analysis.text.document import Document


def compound(text: str, **options) -> float:
    return step.score_sentences([text], **options)["compound"].tolist()[0]


@pytest.mark.parametrize("text", [
    "Surely the council could find another site for the depot.",
    "The ministry clearly expected the vote to pass.",
    "The new route will certainly add ten minutes to the trip.",
    "The inquiry will doubtless take months.",
])
def test_an_adverb_of_evidence_carries_no_tone(text: str) -> None:
    assert compound(text) > 0  # VADER reads the writer's certainty as praise
    assert compound(text, neutral_stance=True) == 0


@pytest.mark.parametrize("text", [
    "The mayor praised the new bridge.",  # no such adverb at all
    "The festival was truly wonderful, organisers said.",  # "truly" intensifies: left to VADER
    "Officials said the storm had definitely passed.",  # "definitely" affirms: left to VADER
])
def test_other_words_keep_vaders_tone(text: str) -> None:
    assert compound(text, neutral_stance=True) == compound(text)


def test_the_claim_keeps_its_own_tone() -> None:
    assert compound("Clearly the plan failed.", neutral_stance=True) == compound("The plan failed.") < 0


def test_the_step_applies_the_rule_by_default_and_the_option_keeps_vader() -> None:
    doc = Document("Surely the board will meet again. The court met on Monday.", doc_id="a")
    news = article_table("sentiment", doc, step.DEFAULTS)
    plain = article_table("sentiment", doc, {**step.DEFAULTS, "sentiment_neutral_stance": False})
    assert news.loc[0, "compound"] == 0 < plain.loc[0, "compound"]
    assert news.loc[1].equals(plain.loc[1])
    with pytest.raises(ValueError, match="sentiment_neutral_stance"):
        step.run_article(doc, {**step.DEFAULTS, "sentiment_neutral_stance": "yes"})
