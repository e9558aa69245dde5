"""A team named after a town the place lists lack or file as a first name or surname ("the Denver Herons",
"the Charlotte Foxes"), or after a college ("the Marlow Owls"): in sports copy "the" and one or two capitalised
words before a plural nickname make a team, not a person. Made-up sports copy."""
from __future__ import annotations

import pytest

from analysis.actors.step import find_mentions


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {r.surface: (r.actor_type, r.actor_id) for r in find_mentions(text).itertuples()}


@pytest.mark.parametrize("team", ["Denver Herons", "Charlotte Foxes", "Marlow Owls", "St. Anselm Cardinals"])
def test_a_team_after_an_unknown_town_is_an_organisation(team):
    # regression check: "Charlotte Foxes" was a person (a first name), the others stayed untyped
    found = _found(f"The pitcher joined the {team} before the league opened. The {team.split()[-1]} traded him in May.")
    assert found[team][0] == "organization"
    assert found[team.split()[-1]] == found[team]


def test_no_team_outside_sports_copy_nor_of_common_words():
    assert _found("She met the Charlotte Foxes at the bakery on Sunday.").get("Charlotte Foxes", ("",))[0] != "organization"
    found = _found("The chess league met again. Have you played in the Chess Olympiads? Tax Laws were cited by "
                   "the Internal Revenue Laws office.")
    assert found.get("Chess Olympiads", ("",))[0] != "organization"
    assert found.get("Internal Revenue Laws", ("",))[0] != "organization"
