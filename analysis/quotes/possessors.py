"""A possessor before people is not who speaks: "Johnson's critics said", "Shapiro's widow said", "Lee's
lawyer said" report someone else's words, not Johnson's, Shapiro's or Lee's.

A name heading a source speaks for it ("the WHO's experts" aside, :mod:`analysis.quotes.speakers`); when the
name is a possessor ("X's ...") and the words it possesses end in a noun for people -- kin, staff, role nouns,
or someone in a relation to X (``lexicon/relation_person_nouns.txt``) -- the source names those people, not X.
A spokesperson speaks for the possessor ("Johnson's spokesman said"); a body speaks through all its staff ("the
WHO's experts", "the company's lawyers"), so after a body's name only the relation nouns count ("Google's
critics"). A thing possessed ("Trump's statement", "Erdogan's office") still names the possessor.
"""
from __future__ import annotations

import re

from analysis.quotes import attribution as attr
from analysis.text import lexicon

__all__ = ["people_noun", "possesses_people"]

# Nouns naming people (as analysis.quotes.subjects reads them) and the relations of relation_person_nouns.txt.
_PEOPLE = attr.PERSON_NOUNS | lexicon.union(
    "person_nouns", "person_relatives", "employee_roles", "male_words", "female_words", "collective_person_nouns",
    "relation_person_nouns")
_SPOKES = lexicon.words("spokes_nouns")
_RELATIONS = lexicon.words("relation_person_nouns")
_POSSESSED = re.compile(r"['’]s\s+((?:[\w-]+\s+){0,3}[\w-]+)\s*$")


def possesses_people(view: str, possessor_end: int, source_end: int, *, person: bool = True) -> bool:
    """Whether the source words after a possessor ending at ``possessor_end`` ("'s" not included) end in a noun
    for people other than a spokesperson: "Johnson's critics", "Shapiro's widow", not "Trump's statement";
    for a body (``person`` False) only a relation noun: "Google's critics", not "the WHO's experts"."""
    found = _POSSESSED.match(view, possessor_end, source_end)
    if found is None:
        return False
    return people_noun(found.group(1).split()[-1], person=person)


def people_noun(word: str, *, person: bool = True) -> bool:
    """Whether ``word`` is a noun for people other than a spokesperson ("critics", "widow", "lawyer"; not
    "spokesman", "statement"), one of the relation nouns only when ``person`` is False (what a body has)."""
    head = word.lower()
    singular = head[:-1] if head.endswith("s") else head
    if head in _SPOKES or singular in _SPOKES:
        return False
    people = _PEOPLE if person else _RELATIONS
    return head in people or singular in people
