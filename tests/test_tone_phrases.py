"""News-aware tone: the rated words of a set phrase carry no tone (sentences written by us)."""
from __future__ import annotations

import pytest

from analysis.sentiment import step


def compound(text: str, **options) -> float:
    return step.score_sentences([text], **options)["compound"].tolist()[0]


@pytest.mark.parametrize("text", [
    "The ministry sent doctors as well as engineers to the region.",
    "The council voted in favor of the new bus route.",
    "A grand jury heard the evidence on Tuesday.",
    "The central bank left interest rates unchanged.",
    "At the heart of the talks is the border between the two states.",
])
def test_a_set_phrase_scores_nothing(text: str) -> None:
    assert compound(text) > 0  # VADER reads "well", "favor", "grand", "interest", "heart" as praise
    assert compound(text, neutral_phrases=True) == 0


@pytest.mark.parametrize("text", [
    "The minister tested positive for the virus on Friday.",
    "Two players tested negative on Sunday.",
])
def test_the_result_of_a_test_scores_nothing(text: str) -> None:
    assert compound(text) != 0  # VADER reads "positive" as praise and "negative" as blame
    assert compound(text, neutral_phrases=True) == 0


def test_a_harm_word_of_a_set_phrase_scores_nothing() -> None:
    text = "Exports of crude oil rose in March."
    assert compound(text) < 0
    assert compound(text, neutral_phrases=True) == 0


@pytest.mark.parametrize("text", [
    "The team played well in the final.",
    "The mayor gave a great speech.",
    "We got a great deal on the tickets.",  # a bargain: not "a great deal of"
])
def test_the_words_outside_a_set_phrase_keep_their_tone(text: str) -> None:
    assert compound(text, neutral_phrases=True) == compound(text) > 0


def test_the_phrase_rule_is_on_by_default() -> None:
    assert step.DEFAULTS["sentiment_neutral_phrases"] is True


@pytest.mark.parametrize("text", [
    "It became clear that he could have gone higher.",
    "The court has made clear that the state must act.",
])
def test_clear_that_says_a_claim_is_evident_and_scores_nothing(text: str) -> None:
    assert compound(text) > 0  # VADER reads "clear" as praise
    assert compound(text, neutral_phrases=True) == 0


def test_clear_as_a_judgement_keeps_its_tone() -> None:
    text = "The rules are set forth in clear language."
    assert compound(text, neutral_phrases=True) == compound(text) > 0
