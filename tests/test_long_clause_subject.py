"""A reported clause without "that" whose subject is a long noun phrase ("said the cost of the new test kit was
75 cents"): a finite auxiliary up to ten words after the subject's first word makes the clause, when no
capitalised word stands past the sixth and no clause boundary ("and", "if", "where") or subject pronoun comes
before the auxiliary; a past form still counts only within six words."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes

INTRO = "Fire crews from Dunmore worked through the night. "


def _reported(sentence: str) -> list:
    quotes = extract_quotes(INTRO + sentence)
    return list(zip(quotes["text"], quotes["kind"]))


def test_an_auxiliary_after_a_long_subject_makes_the_clause():
    assert _reported("The engineer said the cost of the repairs to the old stone bridge was modest.") == [
        ("the cost of the repairs to the old stone bridge was modest", "indirect")]
    assert _reported("The chief said the number of crews on duty during the night would rise.") == [
        ("the number of crews on duty during the night would rise", "indirect")]


def test_a_clause_boundary_before_a_far_auxiliary_is_no_subject():
    assert _reported("The mayor denied the charges of fraud against his office and has since resigned.") == []
    assert _reported("Residents reported this on the town website even if they are not voters.") == []
    assert _reported("Can we predict the kind of old houses where the fires may start?") == []
