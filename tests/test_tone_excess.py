"""News-aware tone: "too" before a word says it is a fault (sentences written by us)."""
from __future__ import annotations

import pytest

from analysis.pipeline.spine import article_table
from analysis.sentiment import step
from analysis.text.document import Document


def compound(text: str, **options) -> float:
    return step.score_sentences([text], **options)["compound"].tolist()[0]


@pytest.mark.parametrize("text", [
    "The ministry said the new tax would be too high for small farms.",
    "Too many bridges in the province need urgent repairs.",  # first in the sentence
    "The council's plan is overly complicated.",
])
def test_excess_before_a_word_lowers_the_tone(text: str) -> None:
    assert compound(text, excess_degree=True) < compound(text)
    assert compound(text, excess_degree=True) <= -0.05


def test_the_word_after_too_keeps_its_own_tone() -> None:
    text = "Officials were all too eager to close the case."
    assert 0 < compound(text, excess_degree=True) < compound(text)  # "eager" stays praise, "too" weighs against it


@pytest.mark.parametrize("text", [
    "The mayor, too, attended the opening of the bridge.",  # "also", a clause of its own
    "Funding for schools rose, and for hospitals too.",  # "also", ending the sentence
    "She too was elected to the council on Sunday.",  # "also", before a predicate
    "He too praised the deal signed in Geneva.",  # "also", after a subject pronoun
    "It is not too late to sign the treaty, the minister said.",  # negated
    "The film The Man Who Knew Too Much was shown at the festival.",  # a title
    "The minister praised the new bridge.",  # no degree word at all
])
def test_too_meaning_also_negated_or_in_a_title_keeps_the_tone(text: str) -> None:
    assert compound(text, excess_degree=True) == compound(text)


def test_the_step_applies_the_rule_by_default_and_the_option_keeps_vader() -> None:
    doc = Document("The minister said the plan came too late. The court met on Monday.", doc_id="a")
    news = article_table("sentiment", doc, step.DEFAULTS)
    plain = article_table("sentiment", doc, {**step.DEFAULTS, "sentiment_excess_degree": False})
    assert news.loc[0, "compound"] < plain.loc[0, "compound"] == 0
    assert news.loc[0, "neg_words"] == plain.loc[0, "neg_words"]  # the word counts have no rules
    assert news.loc[1].equals(plain.loc[1])
    with pytest.raises(ValueError, match="sentiment_excess_degree"):
        step.run_article(doc, {**step.DEFAULTS, "sentiment_excess_degree": "yes"})
