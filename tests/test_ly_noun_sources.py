"""A noun in -ly before the cue ("his family said", "the assembly said") heads the source; only an adverb in -ly
("reportedly") is skipped between a source and its cue (lexicon ``ly_nouns``, :mod:`analysis.quotes.source_phrases`).
Made-up news text."""
from __future__ import annotations

from speaker_helpers import quote_speaker


def test_a_family_is_the_source_not_the_person_it_belongs_to():
    text = "Governor Ana Ruiz left office in May. Ruiz's family said the budget would pass."
    assert quote_speaker(text, starts="the budget", column="source") == "Ruiz's family"
    assert quote_speaker(text, starts="the budget", column="speaker_actor_id") is None


def test_an_assembly_is_the_source():
    text = "The Northern Assembly met in Bergen on Tuesday. The assembly said the vote was valid."
    assert quote_speaker(text, starts="the vote", column="source") == "The assembly"


def test_an_adverb_in_ly_is_still_skipped():
    text = "Governor Ana Ruiz left office in May. Ruiz reportedly said the budget would pass."
    assert quote_speaker(text, starts="the budget", column="source") == "Ruiz"
