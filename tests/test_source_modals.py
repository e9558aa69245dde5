"""A modal or "too" between a source and its cue ("I should add", "we must say", "He too suggested") is skipped
like "would" (lexicon ``source_cue_adverbs``): the source is the pronoun, not "I should". Made-up news text."""
from __future__ import annotations

from speaker_helpers import quote_speaker


def test_a_modal_before_the_cue_is_no_part_of_the_source():
    text = "Maria Lopez chairs the council. She should add that the budget was cut in March."
    assert quote_speaker(text, starts="the budget") == "Maria Lopez"
    assert quote_speaker(text, starts="the budget", column="source") == "She"


def test_must_is_skipped_too():
    text = "Tom Hall met the mayor on Monday. He must say that the roads were closed for weeks."
    assert quote_speaker(text, starts="the roads", column="source") == "He"


def test_i_should_is_the_voice_of_the_turn():
    # a quotation: "I should add that the bridge ..." without marks is the turn's own assertion, no reported
    # speech (analysis.quotes.unreported)
    text = ("((WN)) What happened to the bridge?\n\n"
            "((Ana Ruiz)) I should add, \"the bridge was closed in May.\"\n\n"
            "((WN)) Thank you.\n\n((Ana Ruiz)) You are welcome.\n")
    assert quote_speaker(text, starts="the bridge was") == "Ana Ruiz"


def test_too_between_the_pronoun_and_the_cue_is_skipped():
    text = ("Doug Hale described a fault in the radio. He too suggested a scenario in which "
            '"the equipment has been switched off on purpose".')
    assert quote_speaker(text, starts="the equipment", column="source") == "He"
