"""A paragraph that closes by calling a person by name alone ("Ms. Whitfield?") gives that person the floor:
an "I" source in the paragraphs after it is that person (:func:`analysis.quotes.first_person.floor_at`)."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes

HEARING = ("Good morning. In the matter of Harlow against the city, for the appellant: Dana Whitfield and "
           "Omar Pike. I'm told we have forty minutes. Ms. Whitfield?\n\n"
           "Thank you. I will address the first ground of appeal. And I say that the tribunal erred in law.")


def _speakers(text: str) -> list:
    quotes = extract_quotes(text)
    return quotes.loc[quotes["source"] == "I", "speaker"].tolist()


def test_the_person_called_by_name_speaks_in_the_next_paragraph():
    assert _speakers(HEARING) == ["Dana Whitfield"]


def test_a_later_call_passes_the_floor_on():
    text = HEARING + ("\n\nThank you, counsel. Mr. Pike.\n\n"
                      "I am grateful. I say that the appeal should be dismissed.")
    assert _speakers(text) == ["Dana Whitfield", "Omar Pike"]


def test_a_question_about_a_person_is_no_call():
    text = ("Good morning. In the matter of Harlow against the city, for the appellant: Dana Whitfield and "
            "Omar Pike. I'm told we have forty minutes. Where is Ms. Whitfield?\n\n"
            "Thank you. I will address the first ground of appeal. And I say that the tribunal erred in law.")
    assert _speakers(text) != ["Dana Whitfield"]


def test_a_question_after_the_call_ends_the_floor():
    text = HEARING + ("\n\nAnd have you shown that ruling to the tribunal?\n\n"
                      "Well, I say that the ruling speaks for itself.")
    first, second = _speakers(text)
    assert first == "Dana Whitfield" and second != second  # the second "I" has no speaker (NaN)
