"""In a transcript turn labelled with a person ("((Lena Varga))"), that person is the voice and calls herself "I":
a "he" or "she" in her own answer is someone else, so never her (nobody when no one else fits). A person she
names in the answer stays the antecedent, and outside any turn "she" still finds her."""
from __future__ import annotations

from speaker_helpers import quote_speaker

INTERVIEW = ("Wikinews spoke with marine biologist Lena Varga about her new survey of coastal reefs.\n\n"
             "((WN))  What drew you to the reefs?\n\n"
             "((Lena Varga))  I grew up by the sea, and I always wanted to know what lives down there.\n\n"
             "((WN))  How did your family take it?\n\n"
             "((Lena Varga))  {answer}\n\n"
             "((WN))  Thank you for your time.\n\n"
             "((Lena Varga))  Thank you.")


def test_she_in_the_interviewees_own_answer_is_not_the_interviewee():
    answer = ('My grandmother laughed at first. Then one summer she said, "You will spend your life in that water, '
              'I can see it already."')
    assert quote_speaker(INTERVIEW.format(answer=answer), source="she") is None


def test_a_person_named_in_the_answer_stays_the_antecedent():
    answer = ('My teacher, Maria Kovacs, was the one who pushed me. She said, "The sea will teach you more than any '
              'book ever could."')
    assert quote_speaker(INTERVIEW.format(answer=answer), source="She") == "Maria Kovacs"


def test_outside_a_labelled_turn_she_still_refers_to_the_person():
    text = ('Marine biologist Lena Varga has surveyed the coastal reefs for a decade. She said, "The reefs are '
            'changing faster than anyone expected."')
    assert quote_speaker(text, source="She") == "Lena Varga"
