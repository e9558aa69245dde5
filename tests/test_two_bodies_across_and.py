"""Two names joined by "and" are two mentions when the second opens with an acronym ("the University of Leeds and
UC Irvine"), repeats the head word of the first ("the University of Oslo and Stanford University") or is a head
word with "of" ("the films Big City and House of Glass"); a body whose name holds "and" stays whole. Made-up news."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _found(text: str) -> dict[str, str]:
    return {r.surface: r.actor_type for r in find_mentions(text).itertuples()}


def test_a_second_university_is_a_second_mention():
    found = _found("Researchers from the University of Oslo and Stanford University published the study on Monday.")
    assert found.get("University of Oslo") == "organization"
    assert found.get("Stanford University") == "organization"


def test_an_acronym_after_and_opens_a_second_name():
    found = _found("Scientists from the University of Leeds and UC Irvine say the fish can see colour.")
    assert found.get("University of Leeds") == "organization"
    assert "University of Leeds and UC Irvine" not in found


def test_a_head_word_with_of_after_and_opens_a_second_name():
    found = _found("She starred in the films Big City Nights and House of Glass last year.")
    assert "Big City Nights and House of Glass" not in found


def test_names_that_hold_and_stay_whole():
    found = _found("The Department of Health and Human Services and the Bill and Melinda Gates Foundation "
                   "funded the Community of Latin American and Caribbean States programme.")
    assert found.get("Department of Health and Human Services") == "organization"
    assert any("Melinda Gates Foundation" in name for name in found)


def test_a_name_continued_by_on_holds_and_too():
    found = _found("The subpoena came from the House Committee on Ways and Means, and the Senate Committee on "
                   "Energy and Natural Resources met on Tuesday.")
    assert found.get("House Committee on Ways and Means") == "organization"
    assert "Means" not in found
    assert found.get("Senate Committee on Energy and Natural Resources") == "organization"


def test_a_capitalised_on_of_a_title_joins_nothing_across_and():
    found = _found("He played James Brown in Get On Up and Thurgood Marshall in Marshall.")
    assert not any(name.startswith("Get On Up and") for name in found)
