"""News-aware tone: the harm a verb counters carries no tone (sentences written by us)."""
from __future__ import annotations

import pytest

from analysis.pipeline.spine import article_table
from analysis.sentiment import step
from analysis.text.document import Document


def compound(text: str, **options) -> float:
    return step.score_sentences([text], **options)["compound"].tolist()[0]


@pytest.mark.parametrize("text", [
    "The new clinic aims to reduce the risk of infection.",
    "Councillors voted for measures to curb violence in the market.",
    "Screening prevented a crisis at the plant last year.",
    "Nurses worked through the night to ease the pain of patients.",
    "The mayor announced a plan to address concerns about crime downtown.",
    "Engineers built levees to mitigate flood damage.",
    "The hospital offers early detection of cancer in rural districts.",
    "The clinic offers treatment for depression and anxiety.",
    "Volunteers saved dozens of families from eviction this winter.",
])
def test_the_harm_a_verb_counters_scores_nothing(text: str) -> None:
    assert compound(text) < 0  # VADER reads the harm as the sentence's tone
    assert compound(text, neutral_countered=True) >= 0


@pytest.mark.parametrize("text, without_harm", [
    ("The county set up a unit to prosecute fraud and abuse.", "The county set up a unit to prosecute tax and zoning cases."),
    ("The reporters set out to expose fraud at the housing agency.",
     "The reporters set out to expose files at the housing agency."),
])
def test_a_verb_acting_on_a_wrong_keeps_only_its_own_tone(text: str, without_harm: str) -> None:
    """"prosecute" and "expose" are rated as harms themselves: they keep that tone, the wrong they act on loses its."""
    assert compound(text) < compound(without_harm) < 0
    assert compound(text, neutral_countered=True) == compound(without_harm)


@pytest.mark.parametrize("text", [
    "The new law does nothing to reduce the risk of fraud.",  # a negated verb counters nothing
    "The ministry will reduce jobs, and the strike is a disaster.",  # the clause break ends the verb's object
    "Stopping the talks is a terrible mistake.",  # after "is": a predicate, not the object
    "Troops fought a war over the border region.",  # "fight" is left out: fighting a war counters nothing
    "Rebels attacked the town and killed ten people.",  # no countering verb at all
    "Hundreds of workers were exposed to toxic dust.",  # "exposed" is left out: a harm suffered
    "The senator countered that the plan would fail.",  # "countered" is left out: a rebuttal
    "The treatment was cruel, the prisoners said.",  # no object after the noun: the harm is the treatment's own
])
def test_harm_that_no_verb_counters_keeps_its_tone(text: str) -> None:
    assert compound(text, neutral_countered=True) == compound(text)


def test_the_step_drops_countered_harm_by_default_and_the_option_keeps_it() -> None:
    doc = Document("The plan will reduce the risk of floods. Floods killed two people.", doc_id="a")
    news = article_table("sentiment", doc, step.DEFAULTS)
    plain = article_table("sentiment", doc, {**step.DEFAULTS, "sentiment_neutral_countered": False})
    assert plain.loc[0, "compound"] < 0 and plain.loc[0, "neg_words"] == 1  # VADER rates "risk" negative
    assert news.loc[0, "compound"] == 0.0 and news.loc[0, "neg_words"] == 0
    assert news.loc[1].equals(plain.loc[1])
    with pytest.raises(ValueError, match="sentiment_neutral_countered"):
        step.run_article(doc, {**step.DEFAULTS, "sentiment_neutral_countered": "yes"})


@pytest.mark.parametrize("text, first_item_only", [
    ("The diet can reduce the risk of heart disease, colon cancer and diabetes.",
     "The diet can reduce the risk of heart disease."),
    ("The plan aims to curb violence, theft, and fraud in the market.", "The plan aims to curb violence in the market."),
])
def test_a_verb_counters_every_item_of_a_list(text: str, first_item_only: str) -> None:
    """The comma of a list ("X, Y and Z", "X, Y, and Z") does not end the verb's object: every item is countered."""
    assert compound(text) < 0
    assert compound(text, neutral_countered=True) == compound(first_item_only, neutral_countered=True)


@pytest.mark.parametrize("text", [
    "The plan will reduce the risk, but critics and doctors warn of danger.",  # a clause opener: no further item
    "The ministry will reduce jobs, and the strike and the protest are a disaster.",  # no item before "and"
    "Officials want to reduce costs, the strike is a disaster and the talks failed.",  # "is": a clause, no item
    "Police stopped the march, twice, and crowds angered by the arrests rioted.",  # no item ends the clause after "and"
])
def test_a_comma_before_a_clause_still_ends_the_object(text: str) -> None:
    after_comma = text[text.index(",") + 2:]
    assert compound(after_comma) < 0
    assert compound(text, neutral_countered=True) < compound(text[:text.index(",")] + ".", neutral_countered=True)
