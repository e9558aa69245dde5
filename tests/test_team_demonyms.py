"""A team whose nickname is a plural demonym ("the Cleveland Indians") is one organisation, not a town followed by
a people; a minor-league level before the town ("Triple-A") is no word of the name and stands for the article.
Made-up sports copy."""
from __future__ import annotations

from analysis.actors.step import find_mentions
from mention_helpers import mention_types


def test_a_demonym_nickname_ends_the_team_name():
    # regression check: the demonym split the name and "Cleveland" was left alone, untyped
    mentions = find_mentions("The pitcher was traded to the Cleveland Indians before the league season began.")
    found = dict(zip(mentions["surface"], zip(mentions["actor_type"], mentions["how"])))
    assert found.get("Cleveland Indians", ("",))[0] == "organization"
    assert found.get("Cleveland", ("place", "inner")) == ("place", "inner")  # only the team's town, inside its name


def test_a_league_level_is_no_word_of_the_team():
    # regression check: "Triple-A Indianapolis" was the organisation, the nickname left out
    found = mention_types("He opened the season in Altoona and later joined Triple-A Indianapolis Indians in the "
                          "league. He then started with the Double-A Harrisburg Senators.")
    assert found.get("Indianapolis Indians") == "organization"
    assert found.get("Harrisburg Senators") == "organization"
    assert not any(surface.startswith(("Triple-A", "Double-A")) for surface in found)
