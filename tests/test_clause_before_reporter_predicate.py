"""A reported clause with a modal ends before a coordinated predicate in the simple past with an object: it cannot
share the modal, so "X hinted A would happen, but later reversed himself" reports A, not the reporter's next act
(:func:`analysis.quotes.indirect_speech._past_predicate`)."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes


def _indirect(text: str) -> list[str]:
    quotes = extract_quotes(text)
    return quotes[quotes["kind"] == "indirect"]["text"].tolist()


def test_a_past_predicate_after_a_modal_clause_is_the_reporters():
    text = "Senator Mara Quist hinted that the merger would be approved, but later reversed herself."
    assert _indirect(text) == ["the merger would be approved"]
    text = "Coach Tomas Berg said that the plan would work and then left the room."
    assert _indirect(text) == ["the plan would work"]


def test_coordinated_verbs_of_the_reported_clause_stay_inside_it():
    text = "Officials said that the firm cut jobs and closed plants across the region."
    assert _indirect(text) == ["the firm cut jobs and closed plants across the region"]
    text = "The mayor said that prices would rise, but wages fell in the same period."
    assert _indirect(text) == ["prices would rise, but wages fell in the same period"]
    text = "The council said the old depot would be closed and demolished by the end of the year."
    assert _indirect(text) == ["the old depot would be closed and demolished by the end of the year"]


def test_a_past_predicate_after_an_ability_modal_stays_inside_the_clause():
    text = "Witness Ana Lind said she could see smoke and left the building."
    assert _indirect(text) == ["she could see smoke and left the building"]
