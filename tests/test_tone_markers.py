"""News-aware tone: a discourse marker set off by commas carries no tone (sentences written by us)."""
from __future__ import annotations

import pytest

from analysis.sentiment import step


def compound(text: str, **options) -> float:
    return step.score_sentences([text], **options)["compound"].tolist()[0]


@pytest.mark.parametrize("text", [
    "Well, the report went to the committee on Monday.",
    "True, the ministry changed its figures twice.",
    "Sure, the bridge opened three months late.",
    "The new form is, well, another page for applicants.",
])
def test_a_marker_set_off_by_commas_scores_nothing(text: str) -> None:
    assert compound(text) > 0  # VADER reads the marker as approval
    assert compound(text, neutral_markers=True) == 0


@pytest.mark.parametrize("text", [
    "The team played well, and the crowd cheered.",
    "The story is true, the court found.",
    "True love kept them together.",
])
def test_the_same_words_inside_a_clause_keep_their_tone(text: str) -> None:
    assert compound(text, neutral_markers=True) == compound(text) > 0


def test_the_marker_rule_is_on_by_default() -> None:
    assert step.DEFAULTS["sentiment_neutral_markers"] is True
