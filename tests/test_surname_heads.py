"""A surname that is also a place or organisation head word ("Hill", "Park"), used alone after the person's
full name, is that person (:mod:`analysis.actors.surname_heads`)."""
from __future__ import annotations

from analysis.actors.dictionary import DEFAULT_PATH, read_dictionary
from analysis.actors.step import find_mentions

WITHOUT_PUBLIC_FIGURES = read_dictionary(DEFAULT_PATH)  # as tests/test_discovery.py: no dictionary persons


def rows(text: str) -> list[tuple[str, str, str]]:
    """(surface, type, actor id) of each mention found."""
    mentions = find_mentions(text, dictionary=WITHOUT_PUBLIC_FIGURES)
    return list(zip(mentions["surface"], mentions["actor_type"], mentions["actor_id"]))


def test_a_lone_head_word_surname_is_the_person_named_before():
    found = rows("Director Mina Park, 45, runs the lab. Colleagues describe Park as demanding. The lab is near Olympic Park.")
    assert ("Park", "person", "person:mina-park") in found
    assert ("Olympic Park", "place", "place:olympic-park") in found


def test_a_lone_head_word_surname_after_a_preposition_is_the_person():
    found = rows("Candidate Rosalind Hill visited the plant. Supporters cheered for Hill at the rally.")
    assert ("Hill", "person", "person:rosalind-hill") in found


def test_the_head_word_after_the_is_no_surname():
    found = rows("Candidate Rosalind Hill spoke on Monday. Later the Hill reacted coldly.")
    assert [surface for surface, kind, _ in found if kind == "person"] == ["Rosalind Hill"]


def test_a_lone_head_word_without_such_a_person_is_no_name():
    assert rows("Crowds gathered in the square. Park rangers left early.") == []
