"""A team named after a town of two words ("the New York Mets"): the town's first word is no common word to
strip, so the name is read whole. Made-up sports copy."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def test_a_team_named_after_a_two_word_town_is_one_organisation():
    text = ("The pitcher joined the New York Mets before the league opened and faced the Los Angeles Dodgers "
            "in his debut. The Mets traded him in May.")
    found = {r.surface: (r.actor_type, r.actor_id) for r in find_mentions(text).itertuples()}
    assert found["New York Mets"][0] == "organization"
    assert found["Mets"] == found["New York Mets"]
    assert found["Los Angeles Dodgers"][0] == "organization"


def test_the_town_alone_stays_a_place():
    found = {r.surface: r.actor_type for r in find_mentions("He flew to New York for the league meeting.").itertuples()}
    assert found["New York"] == "place"
