"""News-aware tone: "hardly" and "scarcely" negate the rated words after them (sentences written by us)."""
from __future__ import annotations

import pytest

from analysis.pipeline.spine import article_table
from analysis.sentiment import step
from analysis.text.document import Document


def compound(text: str, **options) -> float:
    return step.score_sentences([text], **options)["compound"].tolist()[0]


@pytest.mark.parametrize("text", [
    "The new stadium hardly inspires confidence.",
    "The ministry's report was scarcely a success.",
    "Hardly a good start for the new coalition.",  # first in the sentence
])
def test_a_rated_word_after_hardly_is_negated(text: str) -> None:
    assert compound(text) > 0  # VADER only dampens it
    assert compound(text, approximate_negators=True) < 0


@pytest.mark.parametrize("text", [
    "The new stadium barely opened on time and fans were happy.",  # "barely" is not on the list
    "The flood hit hard, but the town's spirit was strong.",  # no negator at all
    "Hardly anyone came on Monday; the festival was a great success.",  # the rated words are out of reach
])
def test_sentences_without_a_negator_in_reach_keep_their_tone(text: str) -> None:
    assert compound(text, approximate_negators=True) == compound(text)


@pytest.mark.parametrize("text", [
    "Instead of improving the service, the company raised fares.",
    "The council chose to cut the budget rather than support the libraries.",
])
def test_the_good_after_instead_of_is_denied(text: str) -> None:
    assert compound(text) > 0  # VADER reads the good set aside as the sentence's tone
    assert compound(text, approximate_negators=True) < compound(text)


@pytest.mark.parametrize("text", [
    "Residents wanted a park instead, and the mayor was happy to agree.",  # a lone "instead" denies nothing
    "The film was rather good.",  # "rather" without "than"
    "Instead of a terrible defeat, the team drew the match.",  # a harm set aside keeps its tone
])
def test_instead_alone_and_harms_set_aside_keep_their_tone(text: str) -> None:
    assert compound(text, approximate_negators=True) == compound(text)


def test_the_step_negates_by_default_and_the_option_keeps_vader() -> None:
    doc = Document("The verdict hardly brings relief to the families. The court met on Monday.", doc_id="a")
    news = article_table("sentiment", doc, step.DEFAULTS)
    plain = article_table("sentiment", doc, {**step.DEFAULTS, "sentiment_approximate_negators": False})
    assert plain.loc[0, "compound"] > 0 > news.loc[0, "compound"]
    assert news.loc[0, "pos_words"] == plain.loc[0, "pos_words"]  # the word counts have no rules
    assert news.loc[1].equals(plain.loc[1])
    with pytest.raises(ValueError, match="sentiment_approximate_negators"):
        step.run_article(doc, {**step.DEFAULTS, "sentiment_approximate_negators": "yes"})


@pytest.mark.parametrize("text", [
    "Residents no longer need to fear floods.",
    "Officials said there was no need to ban protests.",
])
def test_a_harm_after_no_longer_or_no_need_is_denied(text: str) -> None:
    assert compound(text) < 0  # VADER's "no" reaches two tokens: the harm and the "no" are harms
    assert compound(text, approximate_negators=True, neutral_absence=True) == 0


def test_a_good_after_no_reason_is_denied() -> None:
    text = "Voters have no reason to celebrate the deal."
    assert compound(text, approximate_negators=True) < 0 < compound(text)


def test_what_vader_already_denies_after_no_is_not_denied_twice() -> None:
    text = "The council no longer fails its tenants."  # VADER turns "fails": it is not turned back
    assert compound(text, approximate_negators=True, neutral_absence=True) == 0


@pytest.mark.parametrize("text", [
    "The vote was no more than a formality, and the mayor was happy.",  # "no more" is not on the list
    "The plant no longer operates.",  # no rated word in reach: the "no" keeps VADER's tone
    "Fishing is banned in no-take zones, which are protected.",  # "no" inside a longer token negates nothing
])
def test_other_uses_of_no_keep_vaders_tone(text: str) -> None:
    assert compound(text, approximate_negators=True, neutral_absence=True) == compound(text, neutral_absence=True)


@pytest.mark.parametrize("text", [
    "The talks offered few useful answers for the farmers.",
    "The mayor showed little interest in the new library.",
    "The ceasefire is unlikely to bring lasting peace.",
    "The rescuers were unable to help the stranded villagers.",
])
def test_the_good_after_a_word_of_scarcity_is_denied(text: str) -> None:
    assert compound(text) > 0  # VADER reads the good as the sentence's tone
    assert compound(text, approximate_negators=True) < compound(text)


@pytest.mark.parametrize("text", [
    "A few good players joined the club this summer.",  # after a determiner: "a few" is some
    "Only a very few good seats were left for the final.",  # a determiner before a booster: "a very few" is some
    "It was a funny little film about a fishing village.",  # after a rated word: the adjective of size
    "The flood left few people hurt in the valley.",  # a harm after it keeps its tone
    "With so little time, the festival was still a great success.",  # the clause break ends its reach
    "The new bridge is less likely to fail in a flood.",  # "less" compares: it is not on the list
])
def test_a_word_of_scarcity_that_denies_no_good_keeps_the_tone(text: str) -> None:
    assert compound(text, approximate_negators=True) == compound(text)
