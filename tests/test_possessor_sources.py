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
