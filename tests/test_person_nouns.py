"""A noun that names a person and no role ("man", "woman", "boy", "friend") types the name it describes:
"Varkonyi, a local man," and "his friend Bonosus" (``lexicon/person_nouns.txt``;
:func:`analysis.actors.name_cues.person_cue`, :func:`analysis.actors.person_predicates.predicate_person`)."""
from __future__ import annotations

import pytest

from analysis.actors.dictionary import DEFAULT_PATH, read_dictionary
from analysis.actors.step import find_mentions

WITHOUT_PUBLIC_FIGURES = read_dictionary(DEFAULT_PATH)  # as tests/test_discovery.py: no dictionary persons


def cues(text: str) -> list[tuple[str, str]]:
    """(surface, cue) of the person mentions found."""
    mentions = find_mentions(text, dictionary=WITHOUT_PUBLIC_FIGURES)
    persons = mentions[mentions["actor_type"] == "person"]
    return list(zip(persons["surface"], persons["cue"]))


@pytest.mark.parametrize("sentence, expected", [
    ("Varkonyi, a local man, was arrested on Friday.", [("Varkonyi", "apposition: local man")]),
    ("He played Tessaris, a cute boy from the suburbs.", [("Tessaris", "apposition: cute boy")]),
    ("He travelled to Gaul with his friend Bonosus in 370.", [("Bonosus", "after his friend")]),
    ("The novel follows the woman Varkonyi and the man Tessaris.",
     [("Varkonyi", "after the woman"), ("Tessaris", "after the man")]),
])
def test_a_person_noun_types_the_name(sentence, expected):
    assert cues(sentence) == expected


@pytest.mark.parametrize("text", [
    "There was a girl from northern Varkonyi, she became my friend.",  # no apposition: a clause after the comma
    "She won the Woman Grand Master title in Varkonyi.",  # a capitalised title, no determiner and noun before
])
def test_no_person_from_a_person_noun_that_describes_nothing(text):
    assert cues(text) == []


def test_a_determiner_opening_the_sentence_counts_too():
    # review: "The woman X" at a sentence's start was missed (the determiners were matched in lower case only)
    assert cues("The woman Ilsebet drove away after the crash.") == [("Ilsebet", "after The woman")]
