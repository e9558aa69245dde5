"""News-aware tone: a noun naming a field of public policy carries no tone (sentences written by us)."""
from __future__ import annotations

import pytest

from analysis.pipeline.spine import article_table
from analysis.sentiment import step
from analysis.text.document import Document


def compound(text: str, **options) -> float:
    return step.score_sentences([text], **options)["compound"].tolist()[0]


@pytest.mark.parametrize("text", [
    "The committee will review school bus safety next month.",
    "Security forces were deployed along the border.",
    "The bill funds safety inspections of rural bridges.",
    "He chairs the justice committee of the state senate.",
    "The company faces legal action over the chemical spill.",
    "The legal fees of the city came to $2 million.",
])
def test_a_policy_field_carries_no_tone(text: str) -> None:
    assert compound(text) > 0  # VADER reads the good the word names
    assert compound(text, neutral_domains=True) == 0


@pytest.mark.parametrize("text", [
    "The mayor praised the new bridge.",  # no such word at all
    "Nurses said they care deeply about their patients.",  # "care" is not on the list: its verb is a judgement
    "The delegates signed a peace agreement in Geneva.",  # a good reported as an outcome
    "Police said the seizure of the illegal weapons was a major success.",  # "illegal" is not "legal": a harm
])
def test_other_words_keep_vaders_tone(text: str) -> None:
    assert compound(text, neutral_domains=True) == compound(text)


def test_the_other_words_of_the_sentence_keep_their_tone() -> None:
    text = "Safety inspectors found serious faults in the plant."
    assert compound(text, neutral_domains=True) < compound(text) < 0.5


def test_the_step_applies_the_rule_by_default_and_the_option_keeps_vader() -> None:
    doc = Document("Security was tight at the summit. The court met on Monday.", doc_id="a")
    news = article_table("sentiment", doc, step.DEFAULTS)
    plain = article_table("sentiment", doc, {**step.DEFAULTS, "sentiment_neutral_domains": False})
    assert news.loc[0, "compound"] == 0 < plain.loc[0, "compound"]
    assert news.loc[1].equals(plain.loc[1])
    with pytest.raises(ValueError, match="sentiment_neutral_domains"):
        step.run_article(doc, {**step.DEFAULTS, "sentiment_neutral_domains": "yes"})
