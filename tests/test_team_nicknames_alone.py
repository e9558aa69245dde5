"""A team's nickname alone in sports copy ("lost to the Falcons", "known as the Comets") names the team;
made-up sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def rows(text: str) -> dict[str, tuple[str, str]]:
    """surface -> (actor_type, actor_id) of the mentions of ``text`` (the last one per surface)."""
    return {r.surface: (r.actor_type, r.actor_id) for r in find_mentions(text).itertuples()}


def test_a_nickname_alone_after_the_is_a_team_in_sports_copy():
    found = rows("The coach was upset by the loss to the Falcons. The Comets have never won the league.")
    assert found["Falcons"][0] == found["Comets"][0] == "organization"


def test_a_nickname_alone_takes_the_id_of_the_full_team_name():
    found = rows("The pitcher joined the Pittsburgh Pirates in 2012 and left the Pirates in 2014, the league said.")
    assert found["Pirates"] == found["Pittsburgh Pirates"]


def test_no_team_outside_sports_copy_or_after_a_capital_the_inside_a_sentence():
    assert "Falcons" not in rows("Residents watched the Falcons circle the tower on Monday.")
    found = rows("The coach said he was filming The Professionals in the league's off-season.")
    assert found.get("Professionals", ("",))[0] != "organization"
