"""An outlet's or a company's name followed by a country: its branch there, one organisation (actors/branch_names.py)."""
from __future__ import annotations

import pytest

from analysis.actors.step import find_mentions


def counted(text: str) -> list[tuple[str, str, str]]:
    """(surface, actor id, type) of the mentions counts use (inner rows left out)."""
    mentions = find_mentions(text)
    rows = mentions[mentions["how"] != "inner"]
    return list(zip(rows["surface"], rows["actor_id"], rows["actor_type"]))


@pytest.mark.parametrize("text, branch, actor_id, kind", [
    ("The quake cut power to two towns, according to CNN Philippines.", "CNN Philippines",
     "media:cnn-philippines", "media"),
    ("The bridge will stay shut, the mayor said on BBC Scotland.", "BBC Scotland", "media:bbc-scotland", "media"),
    ("Google Japan said on Monday the app had been removed.", "Google Japan", "organization:google-japan",
     "organization"),
])
def test_a_brand_and_the_country_after_it_are_one_branch(text, branch, actor_id, kind):
    rows = counted(text)
    assert (branch, actor_id, kind) in rows
    assert all(surface != branch.split()[-1] for surface, _, _ in rows)  # no country counted beside it


@pytest.mark.parametrize("text, country", [
    ("The UN Syria envoy arrived in Geneva on Tuesday.", "Syria"),  # a body's topic after "the"
    ("He met a NATO Afghanistan commander last year.", "Afghanistan"),
    ("Republican Iowa caucuses were held on Monday.", "Iowa"),  # a demonym is no body's name
    ("He spoke to ABS-CBN and CNN, Philippines networks, on Monday.", "Philippines"),  # a comma between
    ("She won the AIP California Presidential Primary in March.", "California"),  # a longer name goes on
    ("He said on the BBC Russia had not been consulted.", "Russia"),  # an auxiliary: the place opens a clause
    ("He told Reuters China rejected the claim on Monday.", "China"),  # the object of "told": a clause follows
])
def test_a_country_after_a_body_that_is_no_branch_stays_a_place(text, country):
    assert country in [surface for surface, _, _ in counted(text)]
