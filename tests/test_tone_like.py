"""News-aware tone: "like" used to compare carries no tone (sentences written by us)."""
from __future__ import annotations

import pytest

from analysis.pipeline.spine import article_table
from analysis.sentiment import step
from analysis.sentiment.comparisons import comparison_like_spans
from analysis.text.document import Document


def compounds(texts: list[str], **options) -> list[float]:
    return step.score_sentences(texts, **options)["compound"].tolist()


def compared(text: str) -> list[str]:
    """The words "like" the rule finds in ``text`` read as one sentence."""
    return [text[start:end] for spans in comparison_like_spans(text, [(0, len(text))], Document(text).vocabulary).values()
            for start, end in spans]


@pytest.mark.parametrize("text", [
    "Ports like Rotterdam handled less cargo in March.",
    "Like many coastal towns, Harwick floods every winter.",  # first in the sentence
    "The square looked like a market on Sunday.",
    "Exporters, like importers, face the new tariff.",  # after a clause break
])
def test_like_that_compares_scores_nothing(text: str) -> None:
    assert compared(text) in (["like"], ["Like"])
    assert compounds([text], neutral_like=True) == [0.0]
    assert compounds([text]) != [0.0]  # VADER rates "like", else this checks nothing


@pytest.mark.parametrize("text", [
    "We like the new budget.",  # a subject pronoun
    "Voters who like the mayor turned out early.",  # "who"
    "The council would like to reopen the bridge.",  # a modal
    "Residents didn't like the plan.",  # a negation
    "Officials really like the proposal.",  # an adverb of degree
    "Forecasters expect it is likely to rain.",  # "likely" is another word
])
def test_like_the_verb_keeps_its_tone(text: str) -> None:
    assert compared(text) == []
    assert compounds([text], neutral_like=True) == compounds([text])


def test_only_the_comparison_like_loses_tone_and_other_words_keep_theirs() -> None:
    text = "Cities like Lyon won praise for the clean streets."
    assert compounds([text], neutral_like=True)[0] > 0  # "praise", "clean", "won" keep their tone
    assert compounds([text], neutral_like=True)[0] < compounds([text])[0]


def test_the_step_drops_comparison_tone_by_default_and_the_option_keeps_it() -> None:
    doc = Document("Banks like Westbrook reopened on Monday. We like the new rules.", doc_id="a")
    news = article_table("sentiment", doc, step.DEFAULTS)
    plain = article_table("sentiment", doc, {**step.DEFAULTS, "sentiment_neutral_like": False})
    assert plain.loc[0, "compound"] > 0 and plain.loc[0, "pos_words"] == 1  # VADER rates "like" positive
    assert news.loc[0, "compound"] == 0.0 and news.loc[0, "pos_words"] == 0
    assert news.loc[1].equals(plain.loc[1])
    assert news.loc[0, "compound_before_cue_rule"] == 0.0  # the stored scores "before the cue rule" keep this rule
    with pytest.raises(ValueError, match="sentiment_neutral_like"):
        step.run_article(doc, {**step.DEFAULTS, "sentiment_neutral_like": "yes"})


def test_only_whole_words_the_article_holds_are_found() -> None:
    from analysis.sentiment.occurrences import occurrences

    text = "Like-minded voters dislike it, LIKE their neighbours. Cities like Lyon grew."
    vocabulary = Document(text).vocabulary
    assert compared(text) == ["LIKE", "like"]  # not "Like-minded" nor "dislike"
    assert occurrences(text, [(0, len(text))], {"grew"}) == {0: [(text.index("grew"), text.index("grew") + 4)]}
    assert comparison_like_spans(text, [(0, len(text))], vocabulary - {"like", "LIKE"}) == {}  # not in the vocabulary
