"""Possessive words inside organisation names ("the Marion County Sheriff's Office", "King's College", "St Anne's
Hospital"); a person's possessive still ends the name ("Jane Doe's Senate campaign"). Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _found(text: str) -> dict[str, str]:
    return {r.surface: r.actor_type for r in find_mentions(text).itertuples()}


def test_an_office_word_in_the_possessive_stays_in_the_name():
    found = _found("The Marion County Sheriff's Office said on Monday that the road was closed. "
                   "The Brooklyn District Attorney's Office declined to comment.")
    assert found.get("Marion County Sheriff's Office") == "organization"
    assert found.get("Brooklyn District Attorney's Office") == "organization"


def test_listed_words_and_saints_in_the_possessive_stay_in_the_name():
    found = _found("She studied at King's College before working at St Anne's Hospital and Denver Children's Hospital.")
    assert found.get("King's College") == "organization"
    assert found.get("St Anne's Hospital") == "organization"
    assert found.get("Denver Children's Hospital") == "organization"


def test_a_persons_possessive_ends_the_name():
    found = _found("Jane Doe's Senate campaign ended on Friday, and Mark Roe's Office of Budget was closed.")
    assert not any(name.startswith("Jane Doe's") for name in found)
    assert not any(name.startswith("Mark Roe's") for name in found)
