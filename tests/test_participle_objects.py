"""A person named as the object of a participle after people in a source ("doctors treating Steven Marsh", "a
lawyer representing Joe Biden") is not who speaks; a participle before a title or role ("visiting Prime
Minister ...", "leading epidemiologist ...") modifies the speaker, who still speaks. Made-up news sentences."""
from __future__ import annotations

from speaker_helpers import quote_speaker


def test_doctors_treating_a_person_are_not_that_person():
    text = 'Steven Marsh was taken to hospital. "He is stable and awake," said doctors treating Steven Marsh.'
    assert quote_speaker(text, starts="He is stable", column="speaker_actor_id") is None
    text = "Joe Biden did not attend. A lawyer representing Joe Biden said that the lawsuit had no merit."
    assert quote_speaker(text, starts="the lawsuit", column="speaker_actor_id") is None


def test_a_participle_before_the_speakers_title_leaves_the_speaker():
    text = '"The talks went well," said visiting Prime Minister Boris Johnson.'
    assert quote_speaker(text, starts="The talks", column="speaker_actor_id") == "person:boris-johnson"
    text = "Leading epidemiologist Steven Marsh said that the number of cases would rise."
    assert quote_speaker(text, starts="the number", column="speaker") == "Steven Marsh"
