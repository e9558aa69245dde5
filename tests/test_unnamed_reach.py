"""An unnamed source ("a nurse", "one resident") is the antecedent of a "he"/"she" only within two paragraphs
(:data:`analysis.quotes.speakers._UNNAMED_REACH`); further back the speaker is unknown. Made-up news text."""
from __future__ import annotations

from speaker_helpers import quote_speaker

MIDDLE = ("The council voted on the budget on Tuesday.\n\n"
          "Road repairs will take most of the money.\n\n"
          "The library will close on Sundays.\n\n")


def _she(text: str):
    return quote_speaker(text, source="She")


def test_she_refers_back_to_an_unnamed_source_in_the_paragraph_before():
    text = ("A nurse at the clinic said the waiting list had doubled.\n\n"
            "She told reporters that the clinic needed more staff.")
    assert _she(text) == "A nurse at the clinic"


def test_an_unnamed_source_three_paragraphs_back_is_out_of_reach():
    text = ("A nurse at the clinic said the waiting list had doubled.\n\n" + MIDDLE +
            "She told reporters that the clinic needed more staff.")
    assert _she(text) is None


def test_a_named_person_three_paragraphs_back_is_still_in_reach():
    text = ("Nurse Maria Lopes said the waiting list had doubled.\n\n" + MIDDLE +
            "She told reporters that the clinic needed more staff.")
    assert _she(text) == "Maria Lopes"
