"""News-aware tone: a word VADER's lexicon lacks derived from a rated one (an -ly adverb, an "un-" denial) carries
its tone (sentences written by us)."""
from __future__ import annotations

import pytest

from analysis.pipeline.spine import article_table
from analysis.sentiment import step
from analysis.sentiment.derivations import adverb, derivations


def compound(text: str, **options) -> float:
    return step.score_sentences([text], **options)["compound"].tolist()[0]


def test_forms_are_derived_from_the_words_vader_rates() -> None:
    found = derivations()
    assert found["recklessly"] == -1.7 and found["nobly"] > 0  # "reckless" -1.7 and "noble" are rated
    assert found["unsafe"] < 0  # "safe" is good: "un-" denies it
    assert "unharmed" not in found  # "un-" before a harm is no praise
    assert "likely" not in found and "unlike" not in found  # "like" is a verb in the lexicon
    assert "hardly" not in found  # a VADER booster
    assert [adverb(word) for word in ("noble", "ironic", "lazy", "full")] == ["nobly", "ironically", "lazily", "fully"]


@pytest.mark.parametrize("text, sign", [
    ("The inspectors said the contractor had acted recklessly.", -1),
    ("The volunteers served nobly through the flood.", 1),
    ("Inspectors called the bridge unsafe.", -1),
])
def test_a_derived_word_takes_the_tone_of_its_rated_word(text: str, sign: int) -> None:
    assert compound(text) == 0
    assert compound(text, rated_derivations=True) * sign > 0


@pytest.mark.parametrize("text", [
    "The mayor was fairly sure of the figures.",  # an adverb grading a rated word: VADER's tone of "sure" alone
    "The buses ran fairly frequently last year.",  # an adverb grading another adverb in -ly: no tone
    "The ministry published the figures on Monday.",  # no derived word at all
    "The hostages were released unharmed on Monday.",  # a denied harm
])
def test_other_words_keep_vaders_tone(text: str) -> None:
    assert compound(text, rated_derivations=True) == compound(text)


def test_the_step_applies_it_by_default_and_the_option_turns_it_off() -> None:
    from analysis.text.document import Document
    doc = Document("The bridge is unsafe. The ministry published figures.", doc_id="a")
    news = article_table("sentiment", doc, step.DEFAULTS)
    plain = article_table("sentiment", doc, {**step.DEFAULTS, "sentiment_rated_derivations": False})
    assert news["compound"].tolist()[0] < 0 == plain["compound"].tolist()[0]
    assert news["compound"].tolist()[1] == plain["compound"].tolist()[1] == 0
