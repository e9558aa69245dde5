"""The town a sports team is named after, when no place list knows it ("the Marlow Herons") or knows only a part of it
("Tampa" of "the Tampa Bay Herons"), gets an inner place row as a known town inside a team's name does ("Pittsburgh"
of "the Pittsburgh Pirates"). Made-up sports copy."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _inner(text: str) -> list[tuple[str, str]]:
    mentions = find_mentions(text)
    rows = mentions[mentions["how"] == "inner"]
    return list(zip(rows["surface"], rows["actor_type"]))


def test_the_town_of_a_team_is_an_inner_place():
    text = "The pitcher joined the Marlow Herons before the league opened. The Herons traded him in May."
    assert _inner(text) == [("Marlow", "place")]


def test_a_place_word_after_the_town_is_the_towns():
    # regression check: the town was "Tampa" and the nickname "Bay Herons", so "the Herons" was another team
    text = "The pitcher joined the Tampa Bay Herons before the league opened. The Herons traded him in May."
    mentions = find_mentions(text)
    assert _inner(text) == [("Tampa Bay", "place")]
    teams = mentions[mentions["actor_type"] == "organization"]
    assert list(teams["surface"]) == ["Tampa Bay Herons", "Herons"] and teams["actor_id"].nunique() == 1


def test_no_town_for_a_league_acronym_a_college_or_a_person():
    assert _inner("The coach met the NBA Cavaliers after the league game.") == []
    assert _inner("He studied at Marlow University. In the league, the Marlow Owls won.") == []
    # the surname of a person the article names: the inner persons' rule's, no town
    assert ("Marlow", "place") not in _inner("Ann Marlow coached the league side. The pitcher joined the Marlow "
                                             "Herons in May.")
