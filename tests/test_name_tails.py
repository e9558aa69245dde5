"""A name ending a longer name the article gave before stands for it: "the Air Force" after "United States Air
Force" (:mod:`analysis.actors.name_tails`)."""
from __future__ import annotations

from analysis.actors.step import find_mentions

from mention_helpers import WITHOUT_PUBLIC_FIGURES


def ids(text: str) -> list[tuple[str, str]]:
    """(surface, actor id) of the organisation and place mentions found."""
    found = find_mentions(text, dictionary=WITHOUT_PUBLIC_FIGURES)
    found = found[found["actor_type"].isin(["organization", "place"])]
    return list(zip(found["surface"], found["actor_id"]))


def test_a_name_ending_the_full_name_given_before_is_that_body():
    text = ("Carla Moss joined the Veldonian Solidarity Party in 2015. "
            "She left the Solidarity Party last year, she said.")
    assert [actor_id for _, actor_id in ids(text)] == ["organization:veldonian-solidarity-party"] * 2


def test_a_name_ending_two_longer_names_or_after_of_stays_its_own():
    text = ("The Montcada Chess Club and the Marlow Chess Club met. The Chess Club won. "
            "Reporters called the Control Centre of the Coast Guard. The Coast Guard declined to comment.")
    found = dict(ids(text))
    assert found["Chess Club"] == "organization:chess-club"
    assert found["Coast Guard"] == "organization:coast-guard"


def test_a_name_listed_beside_the_longer_one_stays_its_own():
    text = "Visitors can stay at the Grand Marlow Hotel, the Hafijj Hotel or the Marlow Hotel in town."
    found = dict(ids(text))
    assert found["Marlow Hotel"] == "place:marlow-hotel" != found["Grand Marlow Hotel"]


def test_a_name_opening_the_full_name_given_before_at_of_or_for_is_that_body():
    text = ("Carla Moss leads the Solidarity Party of Veldonia. She said the Solidarity Party would win. "
            "Tom Ash chairs the Farmers Union. He chaired the Farmers Union of Marlow before.")
    found = ids(text)
    assert found[1] == ("Solidarity Party", "organization:solidarity-party-of-veldonia")
    assert found[2] == ("Farmers Union", "organization:farmers-union")  # named before the longer name: its own

