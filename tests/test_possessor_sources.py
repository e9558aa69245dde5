"""A possessor before people does not speak ("X's critics said", "X's widow said"); a spokesperson, a thing
possessed and a body's staff still name the possessor (:mod:`analysis.quotes.possessors`). Made-up news."""
from __future__ import annotations

from speaker_helpers import quote_speaker


def test_a_persons_critics_and_kin_are_not_the_person():
    text = "Governor Ana Ruiz defended the budget on Monday. Ruiz's critics said the budget would fail."
    assert quote_speaker(text, starts="the budget would", column="speaker_actor_id") is None
    text = "Tom Hale died in March. Hale's widow said the hospital had ignored his symptoms."
    assert quote_speaker(text, starts="the hospital", column="speaker_actor_id") is None


def test_a_spokesperson_and_a_statement_speak_for_the_person():
    text = "Governor Ana Ruiz defended the budget on Monday. Ruiz's spokesman said the budget would pass."
    assert quote_speaker(text, starts="the budget would", column="speaker_actor_id") == "person:ana-ruiz"
    text = "Governor Ana Ruiz defended the budget on Monday. Ruiz's statement said the budget would pass."
    assert quote_speaker(text, starts="the budget would", column="speaker_actor_id") == "person:ana-ruiz"


def test_a_bodys_experts_speak_for_it_but_not_its_critics():
    text = "The World Health Organization met in Geneva. The WHO's experts said the virus was spreading."
    assert quote_speaker(text, starts="the virus", column="speaker_actor_id") == "organization:who"
    text = "The World Health Organization met in Geneva. The WHO's critics said the meeting was held too late."
    assert quote_speaker(text, starts="the meeting", column="speaker_actor_id") is None


def test_a_plural_in_ies_is_people_too():
    # "allies", "deputies": the plural of "ally", "deputy", not "allie"
    text = "Governor Ana Ruiz defended the budget on Monday. Ruiz's allies said the budget would pass."
    assert quote_speaker(text, starts="the budget would", column="speaker_actor_id") is None
    text = "Governor Ana Ruiz defended the budget on Monday. Deputies of Ana Ruiz said the budget would pass."
    assert quote_speaker(text, starts="the budget would", column="speaker_actor_id") is None


def test_a_trade_or_agent_noun_and_a_former_relation_are_people():
    for noun in ("biographer", "publicist", "successor", "ex-wife", "former aide"):
        text = f"Governor Ana Ruiz left office in May. Ruiz's {noun} said the budget would pass."
        assert quote_speaker(text, starts="the budget would", column="speaker_actor_id") is None, noun


def test_a_thing_in_er_still_speaks_for_its_owner():
    text = "Governor Ana Ruiz left office in May. Ruiz's newsletter said the budget would pass."
    assert quote_speaker(text, starts="the budget would", column="speaker_actor_id") == "person:ana-ruiz"


def test_a_persons_body_speaks_for_itself():
    # a foundation, a company: a body of its own, named before with the person's name or left unnamed
    text = "Singer Ana Ruiz founded the Ana Ruiz Foundation in 1990. Ruiz's foundation said the gift would fund shelters."
    assert quote_speaker(text, starts="the gift", column="speaker_actor_id") == "organization:ana-ruiz-foundation"
    text = "Governor Ana Ruiz defended the budget on Monday. Ruiz's company said the budget would fail."
    assert quote_speaker(text, starts="the budget", column="speaker_actor_id") is None
    assert quote_speaker(text, starts="the budget") == "Ruiz's company"


def test_a_persons_campaign_still_speaks_for_the_person():
    text = "Governor Ana Ruiz defended the budget on Monday. Ruiz's campaign said the budget would pass."
    assert quote_speaker(text, starts="the budget", column="speaker_actor_id") == "person:ana-ruiz"
