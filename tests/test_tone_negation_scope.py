"""News-aware tone: the "not" of "not only", "if not" and "or not" negates nothing (sentences written by us)."""
from __future__ import annotations

import pytest

from analysis.pipeline.spine import article_table
from analysis.sentiment import step
from analysis.text.document import Document


def compound(text: str, **options) -> float:
    return step.score_sentences([text], **options)["compound"].tolist()[0]


@pytest.mark.parametrize("text, sign", [
    ("The new tax is not only unfair but costly for farmers.", -1),  # a focus: "unfair" is asserted
    ("The reform brought not just growth but hope to the region.", 1),
    ("The storm caused delays, if not injury or death, across the coast.", -1),  # an escalation
    ("Legal or not, the attack on the convoy was condemned.", -1),  # the alternative ends its clause
    ("Whether or not the talks succeed, the ministers will meet again.", 1),
])
def test_not_in_the_phrase_negates_nothing(text: str, sign: int) -> None:
    assert compound(text, negation_scope=True) != compound(text)
    assert compound(text, negation_scope=True) * sign > 0


@pytest.mark.parametrize("text", [
    "If not treated, the infection can kill.",  # a condition opening the sentence
    "The match would be a loss if not for two late goals.",  # "if not for": a condition
    "Why not just praise the volunteers, the mayor asked.",  # a suggestion
    "Their rights are suppressed or not respected.",  # "or not" before a word negates
    "The minister did not praise the plan.",  # a plain negation
])
def test_a_negating_not_keeps_vaders_negation(text: str) -> None:
    assert compound(text, negation_scope=True) == compound(text)


def test_the_step_applies_the_rule_by_default_and_the_option_keeps_vader() -> None:
    doc = Document("The deal is not only fair but overdue. The court met on Monday.", doc_id="a")
    news = article_table("sentiment", doc, step.DEFAULTS)
    plain = article_table("sentiment", doc, {**step.DEFAULTS, "sentiment_negation_scope": False})
    assert plain.loc[0, "compound"] < 0 < news.loc[0, "compound"]
    assert news.loc[0, "pos_words"] == plain.loc[0, "pos_words"]  # the word counts have no rules
    assert news.loc[1].equals(plain.loc[1])
    with pytest.raises(ValueError, match="sentiment_negation_scope"):
        step.run_article(doc, {**step.DEFAULTS, "sentiment_negation_scope": "yes"})
