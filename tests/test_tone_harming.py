"""News-aware tone: the good a verb harms is a loss, not praise (sentences written by us)."""
from __future__ import annotations

import pytest

from analysis.pipeline.spine import article_table
from analysis.sentiment import step
from analysis.text.document import Document


def compound(text: str, **options) -> float:
    return step.score_sentences([text], **options)["compound"].tolist()[0]


@pytest.mark.parametrize("text", [
    "The bribery scandal undermines public trust in the council.",
    "A border dispute threatens the peace talks.",
    "Commuters were deprived of a valuable service when the line closed.",
    "The minister squandered the opportunity to reform the police.",
    "The leak jeopardized the success of the mission.",
])
def test_the_good_a_verb_harms_reads_as_a_loss(text: str) -> None:
    assert compound(text) > compound(text, harmed_goods=True)
    assert compound(text, harmed_goods=True) < 0


@pytest.mark.parametrize("text", [
    "The storm did not hurt the harvest, and farmers are happy.",  # a negated verb harms nothing; the clause break
    "The union threatened to strike for better pay.",  # "threatened to": its object is an act
    "The harvest was damaged; the festival was a great success.",  # the clause break ends the verb's object
    "Hurting others is wrong, but helping them is good.",  # after "is": a predicate, not the object
    "The team won a great victory at home.",  # no harming verb at all
])
def test_good_that_no_verb_harms_keeps_its_tone(text: str) -> None:
    assert compound(text, harmed_goods=True) == compound(text)


def test_the_step_turns_harmed_goods_by_default_and_the_option_keeps_them() -> None:
    doc = Document("The scandal undermined confidence in the bank. The bank is popular.", doc_id="a")
    news = article_table("sentiment", doc, step.DEFAULTS)
    plain = article_table("sentiment", doc, {**step.DEFAULTS, "sentiment_harmed_goods": False})
    assert news.loc[0, "compound"] < plain.loc[0, "compound"]
    assert news.loc[1].equals(plain.loc[1])
    with pytest.raises(ValueError, match="sentiment_harmed_goods"):
        step.run_article(doc, {**step.DEFAULTS, "sentiment_harmed_goods": "yes"})


@pytest.mark.parametrize("text", [
    "The sequel lacks the charm of the first film.",
    "Lacks heart, depth and purpose.",  # capitalised where the sentence opens: still the verb
    "The report noted a lack of real solutions.",
])
def test_the_good_a_thing_lacks_reads_as_a_loss(text: str) -> None:
    assert compound(text, harmed_goods=True) < min(compound(text), 0)  # "charm", "heart", "solutions" are lost


def test_a_capitalised_verb_inside_a_sentence_is_a_name_and_harms_nothing() -> None:
    text = "I am reading The Immortal Life of Henrietta Lacks, a great book!"
    assert compound(text, harmed_goods=True) == compound(text) > 0


def test_every_good_of_a_listed_object_is_harmed() -> None:
    """The comma of a list does not end the verb's object ("trust, morale and confidence": all three are lost)."""
    text = "The scandal undermines trust, morale and confidence in the police."
    after_comma = "The scandal undermines morale and confidence in the police."
    assert compound(after_comma, harmed_goods=True) < 0
    assert compound(text, harmed_goods=True) < compound("The scandal undermines trust.", harmed_goods=True) < 0
    assert compound(text, harmed_goods=True) <= compound(after_comma, harmed_goods=True)
