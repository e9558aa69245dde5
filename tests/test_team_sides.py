"""A town's name after "for" or "against" in sports copy is the team ("scored twice for Leeds"); elsewhere, or
after another word, it stays the place, and a person's surname that is a town's name stays the person's. Made-up
news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _types(text: str) -> list[tuple[str, str]]:
    return [(r.surface, r.actor_type) for r in find_mentions(text).itertuples()]


def test_a_town_after_for_or_against_in_sports_copy_is_the_team():
    text = ("The striker scored twice for Leeds on Saturday. The coach said the club would play against Dallas "
            "next week in the league opener.")
    found = _types(text)
    assert ("Leeds", "organization") in found
    assert ("Dallas", "organization") in found


def test_the_same_town_after_a_locative_stays_a_place():
    text = "The coach flew to Leeds on Friday, and the league meets in Dallas next month."
    found = _types(text)
    assert ("Leeds", "place") in found
    assert ("Dallas", "place") in found


def test_no_team_outside_sports_copy():
    found = _types("The charity raised money for Leeds after the floods, the council said.")
    assert ("Leeds", "organization") not in found


def test_a_person_named_like_a_town_stays_the_person():
    text = "Broadcaster Don Imus was a league fan. His producer worked for Imus for twenty years."
    found = _types(text)
    assert ("Imus", "organization") not in found
    assert ("Imus", "person") in found
