"""A body named by its owner opens the sentence ("The government of Peru issued a statement ...: "...""): the body
is the subject that speaks, though its owner's name follows "of". Made-up news sentences."""
from __future__ import annotations

from speaker_helpers import quote_speaker


def test_the_government_of_a_place_speaks_the_quote_set_off_by_a_colon():
    text = ('The government of Peru issued a statement agreeing the issue should be decided by Congress: "The '
            'ruling would fail to respect our traditions and our culture."')
    assert quote_speaker(text, starts="The ruling", column="source") == "The government of Peru"
    assert quote_speaker(text, starts="The ruling") == "Peru"


def test_the_body_of_a_place_is_the_subject_of_a_later_cue_after_and():
    text = 'The government of Peru opposed the plan and said it would "fail to respect our traditions".'
    assert quote_speaker(text, starts="fail to", column="source") == "The government of Peru"


def test_a_thing_of_a_place_is_no_speaker():
    text = ('The ruling of the court in Peru was harsh: "The ruling would fail to respect our traditions and our '
            'culture."')
    assert quote_speaker(text, starts="The ruling would") is None
