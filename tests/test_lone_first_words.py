"""A lone untyped word that also opens another, untyped name of the article is not linked to a person whose first
name it is ("Zeph" beside "Zeph McGaugh" and "Zeph Linux"), but a person's surname still is
(:mod:`analysis.actors.linking`)."""
from __future__ import annotations

from mention_helpers import person_ids as people


def test_a_lone_first_word_that_opens_another_name_is_not_the_person():
    text = ("The distribution was named after engineer Zeph Tallow. "
            "Zeph Linux will be free. Users say Zeph is stable.")
    assert "Zeph" not in [surface for surface, _ in people(text)]


def test_a_lone_first_name_is_still_the_person_without_another_name():
    text = "The distribution was named after engineer Zeph Tallow. Users say Zeph was generous."
    assert ("Zeph", "person:zeph-tallow") in people(text)


def test_a_surname_that_opens_another_name_is_still_the_person():
    text = ("The column was written by Dana Morrow, a critic. Morrow Weekly printed it. "
            "Readers wrote to Morrow about it.")
    assert ("Morrow", "person:dana-morrow") in people(text)
