""""They" does not reach past unnamed people standing as a subject ("The researchers used ..., they observed")
to a body named before (:func:`analysis.quotes.unnamed_subjects.unnamed_subject_between` with ``plural``).
Made-up news text."""
from __future__ import annotations

from speaker_helpers import quote_speaker


def _they(text: str):
    return quote_speaker(text, source="they", column="speaker_actor_id")


def test_they_after_unnamed_researchers_is_not_the_university_named_before():
    text = ("The University of Glenford said on Monday that a new survey of the lake was finished.\n\n"
            "The researchers measured the water for six months, and they said that the lake was warming fast.")
    assert _they(text) is None


def test_they_still_refers_to_the_body_when_no_unnamed_people_stand_between():
    text = ("The University of Glenford said on Monday that a new survey of the lake was finished.\n\n"
            "The survey took six months, and they said that the lake was warming fast.")
    assert _they(text) is not None
