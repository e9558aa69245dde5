"""A demonym inside a longer capitalised name (a people, a team) names no country; one before a common noun does.
Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _ids(text: str) -> list[tuple[str, str]]:
    mentions = find_mentions(text)
    return list(zip(mentions["surface"], mentions["actor_id"]))


def test_two_demonyms_side_by_side_name_one_people_not_two_countries():
    ids = _ids("The senator met Mexican Americans and Korean American voters in Ohio.")
    assert not any(actor in ("country:mexico", "country:united-states", "country:south-korea") for _, actor in ids)


def test_a_hyphen_between_two_demonyms_keeps_both_countries():
    assert _ids("Russian-Ukrainian talks resumed.") == [("Russian", "country:russia"), ("Ukrainian", "country:ukraine")]


def test_a_plural_demonym_after_a_capitalised_name_word_closes_that_name():
    assert "country:india" not in [actor for _, actor in _ids("He pitched for the Kenosha Indians last year.")]


def test_a_demonym_before_a_common_noun_or_opening_a_sentence_stays_the_country():
    ids = _ids("American officials praised the American economy. Many Americans agreed, and most Americans voted.")
    assert [actor for _, actor in ids] == ["country:united-states"] * 4


def test_a_party_demonym_after_a_capitalised_word_stays_the_party():
    assert ("Democrats", "organization:democratic-party") in _ids("The Radical Left Democrats have failed, he said.")


def test_a_singular_demonym_before_two_unknown_words_types_no_person():
    ids = dict(_ids("The Thai Raksa Chart party withdrew its candidate. Israeli Iron Dome batteries fired."))
    assert not any(actor.startswith("person:") for actor in ids.values()), ids
