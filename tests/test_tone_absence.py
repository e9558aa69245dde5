"""News-aware tone: a negated harm is no praise (sentences written by us)."""
from __future__ import annotations

import pytest

from analysis.pipeline.spine import article_table
from analysis.sentiment import step
from analysis.text.document import Document


def compound(text: str, **options) -> float:
    return step.score_sentences([text], **options)["compound"].tolist()[0]


@pytest.mark.parametrize("text", [
    "The driver pleaded not guilty on Tuesday.",
    "The ministry said the deal was not illegal.",
    "The farmer showed no regret.",
    "Officials did not expect a crisis in the north.",
])
def test_a_negated_harm_scores_no_praise(text: str) -> None:
    assert compound(text) > 0  # VADER turns the harm into praise
    assert compound(text, neutral_absence=True) == 0


@pytest.mark.parametrize("text", [
    "The minister did not praise the plan.",  # a negated positive word stays negative
    "The storm caused damage across the coast.",  # a harm, not negated
    "The mayor welcomed the new bridge.",  # no harm at all
    "The first week of the new service was not bad at all.",  # a litotes: praise
])
def test_other_words_keep_vaders_tone(text: str) -> None:
    assert compound(text, neutral_absence=True) == compound(text)


def test_the_step_applies_the_rule_by_default_and_the_option_keeps_vader() -> None:
    doc = Document("The driver pleaded not guilty. The court met on Monday.", doc_id="a")
    news = article_table("sentiment", doc, step.DEFAULTS)
    plain = article_table("sentiment", doc, {**step.DEFAULTS, "sentiment_neutral_absence": False})
    assert news.loc[0, "compound"] == 0 < plain.loc[0, "compound"]
    assert news.loc[0, "neg_words"] == plain.loc[0, "neg_words"]  # the word counts have no rules
    assert news.loc[1].equals(plain.loc[1])
    with pytest.raises(ValueError, match="sentiment_neutral_absence"):
        step.run_article(doc, {**step.DEFAULTS, "sentiment_neutral_absence": "yes"})


def test_a_negated_form_rated_by_its_verb_is_no_praise_either() -> None:
    text = "Commuters need not fear delays on the new line."  # "delays" is rated through "delay"
    assert compound(text, rated_inflections=True) > 0
    assert compound(text, rated_inflections=True, neutral_absence=True) == 0
    held = "The strike delays flights across the country."  # not negated: the harm keeps its tone
    assert compound(held, rated_inflections=True, neutral_absence=True) == compound(held, rated_inflections=True) < 0
