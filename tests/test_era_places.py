"""An age's or regime's adjective that is also a first name, before a country of the dictionary, names that land in
that age ("Nazi Germany", "Norman England"): a place of its own, no person (name_cues.era_place); the same first
name before a surname, or a speech verb after the pair, keeps the person."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _rows(text: str) -> dict[str, tuple[str, str]]:
    mentions = find_mentions(text)
    return {surface: (kind, actor_id) for surface, kind, actor_id
            in zip(mentions["surface"], mentions["actor_type"], mentions["actor_id"])}


def test_an_era_before_a_country_is_a_place():
    rows = _rows("The exhibition shows paintings looted in Nazi Germany and coins minted in Norman England.")
    assert rows["Nazi Germany"] == ("place", "place:nazi-germany")
    assert rows["Norman England"] == ("place", "place:norman-england")


def test_the_first_name_of_a_person_stays_a_person():
    rows = _rows("Norman Halvey told reporters the museum would reopen. Roman Jordan said the vote was close.")
    assert rows["Norman Halvey"][0] == "person"
    assert rows["Roman Jordan"][0] == "person"
