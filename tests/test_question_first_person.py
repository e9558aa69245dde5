"""In an interview without turn labels, an "I" in a paragraph that ends with a question mark is the
interviewer asking, not the interviewee (:func:`analysis.quotes.first_person.in_question`). Made-up text."""
from __future__ import annotations

from speaker_helpers import quote_speaker

INTERVIEW = ('Tom Reyes founded the archive in 2004.\n\nWhy did you start it?\n\nI wanted a place for local records.\n\n'
             'I wrote in 2010 that the archive was "a temporary measure". Was I wrong?\n\n'
             'No. As I told the council, "the archive is here to stay."')


def _speaker_id(text: str, starts: str):
    return quote_speaker(text, starts=starts, column="speaker_actor_id")


def test_i_in_a_question_paragraph_is_not_the_interviewee():
    assert _speaker_id(INTERVIEW, "a temporary measure") is None


def test_i_in_an_answer_paragraph_is_still_the_interviewee():
    assert _speaker_id(INTERVIEW, "the archive is here to stay") == "person:tom-reyes"
