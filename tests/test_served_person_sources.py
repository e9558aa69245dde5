"""A person named after "for/of/from/at" in a source speaks only through a spokesperson or a thing ("a spokesman
for Joe Biden", "a post by Amy Cook"); people who serve the person speak for themselves ("a lawyer for Joe
Biden", "Lawyers for Donald Trump"), so the source stays unlinked. An office held ("Secretary of ...") is a title.
Made-up news sentences; the names are in the shipped dictionary, as the mentions of wire copy are."""
from __future__ import annotations

from speaker_helpers import quote_speaker


def test_a_lawyer_for_a_person_is_not_that_person():
    text = "Joe Biden was not in court on Monday. A lawyer for Joe Biden said the lawsuit had no merit."
    assert quote_speaker(text, starts="the lawsuit", column="speaker_actor_id") is None
    text = "Donald Trump did not attend. Lawyers for Donald Trump said the ruling would be appealed."
    assert quote_speaker(text, starts="the ruling", column="speaker_actor_id") is None


def test_a_spokesman_for_a_person_speaks_for_that_person():
    text = "Joe Biden was not in court on Monday. A spokesman for Joe Biden said the lawsuit had no merit."
    assert quote_speaker(text, starts="the lawsuit", column="speaker_actor_id") == "person:joe-biden"


def test_a_lawyer_for_a_body_still_speaks_for_the_body():
    text = "Google lost the first round. A lawyer for Google said the ruling would be appealed."
    assert quote_speaker(text, starts="the ruling", column="speaker_actor_id") == "organization:google"
