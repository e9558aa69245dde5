"""A lone name after a capitalised word and an ampersand is a firm's second name ("Marks & Spencer said"), never a
person however it is cued; full names on both sides of one stay persons. Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def test_a_lone_name_after_an_ampersand_is_no_speaker():
    for text in ("Marks & Spencer said profits fell in the spring.", "Procter & Gamble said it would cut 500 jobs.",
                 "Shares in Harlow & Finch rose. Harlow & Finch said demand was strong."):
        mentions = find_mentions(text)
        assert "person" not in set(mentions["actor_type"]), text


def test_full_names_joined_by_an_ampersand_stay_persons():
    people = find_mentions("Tom Hardwick & Jane Ostrow said they would appeal.")
    assert list(people[people["actor_type"] == "person"]["surface"]) == ["Tom Hardwick", "Jane Ostrow"]
