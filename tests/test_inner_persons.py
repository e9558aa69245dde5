"""Persons named inside a place's or a body's name get a row of their own (``how == "inner"``) that no count uses,
only where the words are surely a person's name. Made-up news sentences."""
from __future__ import annotations

from analysis.actors.inner_places import counted_mentions
from analysis.actors.step import find_mentions


def _inner_persons(text: str) -> list[tuple[str, str]]:
    mentions = find_mentions(text)
    rows = mentions[(mentions["how"] == "inner") & (mentions["actor_type"] == "person")]
    return list(zip(rows["surface"], rows["cue"]))


def test_a_first_name_and_surname_inside_a_place_name():
    assert _inner_persons("Traffic on the Harold Benton Bridge was slow on Monday.") == [
        ("Harold Benton", "inside 'Harold Benton Bridge'")]
    assert [name for name, _ in _inner_persons(
        "The concert moved to the Maria K. Alvarez Center for the Arts.")] == ["Maria K. Alvarez"]


def test_a_title_inside_a_place_name():
    names = [name for name, _ in _inner_persons("Worshippers gathered at the Sheikh Farouk Mosque.")]
    assert names == ["Sheikh Farouk"]


def test_a_surname_of_a_person_the_article_names_takes_that_persons_id():
    mentions = find_mentions("Senator Ellen Kessler retired last year. The Kessler Foundation gave $2 million.")
    inner = mentions[mentions["how"] == "inner"]
    assert list(inner["surface"]) == ["Kessler"]
    full = mentions[mentions["surface"] == "Ellen Kessler"]
    assert inner["actor_id"].iloc[0] == full["actor_id"].iloc[0]


def test_a_title_and_the_surname_of_a_person_the_article_names_take_that_persons_id():
    mentions = find_mentions("Councillors honoured Anna Lindqvist, who ruled the islands as queen. Traffic on the "
                             "Queen Lindqvist Bridge was slow.")
    inner = mentions[mentions["how"] == "inner"]
    assert list(inner["surface"]) == ["Queen Lindqvist"]
    full = mentions[mentions["surface"] == "Anna Lindqvist"]
    assert inner["actor_id"].iloc[0] == full["actor_id"].iloc[0]


def test_no_person_inside_names_without_a_sure_sign():
    for text in ("The Royal Veterinary College opened a clinic.",       # "Royal" opens bodies' names
                 "He flew home from Abu Dhabi International Airport.",  # a place's name starts there
                 "Officials at the Harold Bridge said it was closed.",  # a first name alone
                 "The Morgan Stanley report was released.",             # the name around is no longer
                 "The Jackson Space Center said the trip into space went well."):  # "space" is a word here
        assert _inner_persons(text) == [], text


def test_inner_persons_are_not_counted():
    mentions = find_mentions("Traffic on the Harold Benton Bridge was slow on Monday.")
    assert "Harold Benton" not in set(counted_mentions(mentions)["surface"])


def test_no_person_inside_a_name_with_no_head_word():
    text = "She joined Wycliffe Bible Translators, a charity, in 1990."  # a first name's namesake and common nouns
    assert _inner_persons(text) == []
    assert [name for name, _ in _inner_persons("He joined the Doris Day Animal Foundation, a charity.")] == [
        "Doris Day"]
