"""News-aware tone: a form of a rated verb VADER's lexicon lacks carries the verb's tone (sentences written by us)."""
from __future__ import annotations

import pytest

from analysis.pipeline.spine import article_table
from analysis.sentiment import step
from analysis.sentiment.inflections import inflections, regular_forms


def compound(text: str, **options) -> float:
    return step.score_sentences([text], **options)["compound"].tolist()[0]


def test_forms_are_derived_from_the_verbs_vader_rates() -> None:
    found = inflections()
    assert found["saving"] == found["saves"] == 2.2  # "save" 2.2 and "saved" are rated, these two are not
    assert found["delays"] < 0
    assert "increases" not in found  # "increase" is a change in amount, toneless in news
    assert "goods" not in found  # "good" is no verb in the lexicon (no "gooded", "gooding")
    assert {"carries", "carried", "carrying"} <= regular_forms("carry")


@pytest.mark.parametrize("text, sign", [
    ("The vaccination drive is saving thousands of lives every year.", 1),
    ("The new rail link saves commuters an hour a day.", 1),
    ("Fog delays flights across the region.", -1),
])
def test_an_unrated_form_takes_the_verbs_tone(text: str, sign: int) -> None:
    assert compound(text) == 0
    assert compound(text, rated_inflections=True) * sign > 0


@pytest.mark.parametrize("text", [
    "The council is not saving any money with the new contract.",  # negated as VADER negates "save"
])
def test_vaders_rules_apply_to_the_form(text: str) -> None:
    assert compound(text, rated_inflections=True) < 0


@pytest.mark.parametrize("text", [
    "Rents increases were reported in three districts.",  # a toneless change in amount stays toneless
    "The ministry published the figures on Monday.",  # no form at all
    "The rescue team saved two climbers.",  # "saved" is rated: VADER's own tone
])
def test_other_words_keep_vaders_tone(text: str) -> None:
    assert compound(text, rated_inflections=True) == compound(text)


def test_the_step_applies_it_by_default_and_the_option_turns_it_off() -> None:
    from analysis.text.document import Document
    doc = Document("The clinic is saving lives. The ministry published figures.", doc_id="a")
    news = article_table("sentiment", doc, step.DEFAULTS)
    plain = article_table("sentiment", doc, {**step.DEFAULTS, "sentiment_rated_inflections": False})
    assert news["compound"].tolist()[0] > 0 == plain["compound"].tolist()[0]
    assert news["compound"].tolist()[1] == plain["compound"].tolist()[1] == 0
