"""A person named only in a caption or heading line (a paragraph with no sentence ending) is no antecedent of
a later "he"/"she" (:mod:`analysis.quotes.captions`). Made-up news text."""
from __future__ import annotations

from speaker_helpers import quote_speaker

WITH_CAPTION = ("Carlos Mendes won the race in Lisbon on Sunday. He had trained in Porto for two years.\n\n"
                "Pedro Alves, his coach since 2015\n\n"
                'After the finish he told reporters, "This medal belongs to my family."')
IN_PROSE = ("Carlos Mendes won the race in Lisbon on Sunday.\n\n"
            "Pedro Alves, his coach since 2015, watched from the stands.\n\n"
            'After the finish he told reporters, "This medal belongs to his family."')


def _speaker_id(text: str) -> str | None:
    return quote_speaker(text, column="speaker_actor_id")


def test_he_skips_a_person_named_only_in_a_caption_line():
    assert _speaker_id(WITH_CAPTION) == "person:carlos-mendes"


def test_a_person_named_in_a_prose_sentence_is_still_the_antecedent():
    assert _speaker_id(IN_PROSE) == "person:pedro-alves"

