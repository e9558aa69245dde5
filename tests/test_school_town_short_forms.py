"""A school's town alone after "at" or "from" names the school the article named in full before ("at Kelworth" after
"Kelworth University"); after another body's name the locative keeps the town a place. Made-up copy."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def test_the_town_after_at_is_the_school_named_before():
    text = ("Maya Ortiz enrolled at Kelworth University in 2010, where she met her husband. At Kelworth she studied "
            "chemistry and rowed for the first crew.")
    found = [(r.surface, r.actor_type, r.actor_id) for r in find_mentions(text).itertuples()]
    school = next(row for row in found if row[0] == "Kelworth University")
    assert ("Kelworth", "organization", school[2]) in found


def test_the_town_after_in_stays_out_of_the_school():
    text = "Maya Ortiz enrolled at Kelworth University in 2010. She still lives in Kelworth with her husband."
    found = {r.surface: r.actor_type for r in find_mentions(text).itertuples()}
    assert found.get("Kelworth") != "organization"
