"""News-aware tone: the word right after "less" is denied, as VADER denies the word after "least" (sentences
written by us)."""
from __future__ import annotations

import pytest

from analysis.pipeline.spine import article_table
from analysis.sentiment import step
from analysis.sentiment.lessening import lessening_spans


def compound(text: str, **options) -> float:
    return step.score_sentences([text], **options)["compound"].tolist()[0]


@pytest.mark.parametrize("text", [
    "Viewers report feeling less happy after an evening of television.",
    "The show was less than perfect this hazy night.",
    "The city's economy may be less than exuberant this year.",
])
def test_the_good_a_lessening_word_compares_is_denied(text: str) -> None:
    assert compound(text) > 0  # VADER only trims the word after "less"
    assert compound(text, lessening_degree=True) < 0


def test_a_denied_lessening_affirms_the_word() -> None:
    text = "The display was no less beautiful this year."
    assert compound(text) < 0  # VADER denies "magical" after "no"
    assert compound(text, lessening_degree=True) > 0


def test_less_before_a_harm_lessens_the_harm() -> None:
    text = "The new phones are less vulnerable to theft."
    assert compound(text) < 0
    assert compound(text, lessening_degree=True) > 0


@pytest.mark.parametrize("text", [
    "The route is more or less happy news for commuters.",  # "more or less": an approximation
    "Tickets cost less, and the show is great.",  # "less" ends its clause
    "They ate less of the good bread.",  # the rated word is not right after it
    "The plan was good.",  # no "less" at all
])
def test_no_word_compared_downwards_keeps_its_tone(text: str) -> None:
    assert compound(text, lessening_degree=True) == compound(text)


def test_the_spans_are_looked_for_only_when_the_vocabulary_holds_less() -> None:
    view = "Less is said. They were less happy."
    assert lessening_spans(view, [(0, 13), (14, len(view))], frozenset({"is", "said."})) == {}
    assert lessening_spans(view, [(0, 13), (14, len(view))], frozenset({"Less", "less"})) == {0: [(0, 4)], 1: [(24, 28)]}


def test_the_step_applies_the_rule_by_default_and_the_option_keeps_vader() -> None:
    from analysis.text.document import Document
    doc = Document("Viewers felt less happy after the show. The show was long.", doc_id="a")
    news = article_table("sentiment", doc, step.DEFAULTS)
    plain = article_table("sentiment", doc, {**step.DEFAULTS, "sentiment_lessening_degree": False})
    assert news.loc[0, "compound"] < 0 < plain.loc[0, "compound"]
    assert news.loc[1].equals(plain.loc[1])
    with pytest.raises(ValueError, match="sentiment_lessening_degree"):
        step.run_article(doc, {**step.DEFAULTS, "sentiment_lessening_degree": "yes"})
