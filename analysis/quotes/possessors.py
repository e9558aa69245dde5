"""A possessor before people is not who speaks: "Johnson's critics said", "Shapiro's widow said", "Lee's
lawyer said" report someone else's words, not Johnson's, Shapiro's or Lee's.

A name heading a source speaks for it ("the WHO's experts" aside, :mod:`analysis.quotes.speakers`); when the
name is a possessor ("X's ...") and the words it possesses end in a noun for people -- kin, staff, role nouns,
or someone in a relation to X (``lexicon/relation_person_nouns.txt``) -- the source names those people, not X.
A spokesperson speaks for the possessor ("Johnson's spokesman said"); a body speaks through all its staff ("the
WHO's experts", "the company's lawyers"), so after a body's name only the relation nouns count ("Google's
critics"). A thing possessed ("Trump's statement", "Erdogan's office") still names the possessor, and so do
the office and campaign that speak in a person's name (``lexicon/voice_nouns.txt``). A body of its own that a
person owns, founded or leads ("Day's animal foundation", "Trump's company", "Messi's club":
:func:`possessed_body`) speaks for itself, not for the person: news names it so to say who issued the words.
"""
from __future__ import annotations

import re
from typing import Collection

from analysis.actors.trade_nouns import agent_noun, trade_noun
from analysis.quotes import attribution as attr
from analysis.text import lexicon

__all__ = ["people_noun", "possessed_body", "possesses_people"]

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


def possessed_body(view: str, possessor_end: int, source_end: int, body_nouns: Collection[str]) -> str | None:
    """The noun for a body (one of ``body_nouns``, lower case) that the source words after a possessor ending at
    ``possessor_end`` end in ("Day's animal foundation" -> "foundation", "Trump's companies" -> "company"), None
    when they end in another word ("Trump's statement", "Ruiz's office")."""
    found = _POSSESSED.match(view, possessor_end, source_end)
    if found is None:
        return None
    head = found.group(1).split()[-1].lower()
    return next((form for form in (head, *lexicon.singular_forms(head)) if form in body_nouns), None)


def people_noun(word: str, *, person: bool = True) -> bool:
    """Whether ``word`` is a noun for people other than a spokesperson ("critics", "widow", "lawyer", "ex-wife";
    not "spokesman", "statement"), one of the relation nouns only when ``person`` is False (what a body has);
    for a person, also a lower-case trade or agent noun no list holds ("biographer", "publicist":
    :mod:`analysis.actors.trade_nouns`), unless it is a thing carrying words ("newsletter")."""
    head = word.lower()
    forms = {head, *lexicon.singular_forms(head)}
    if head.startswith(_FORMER):  # "ex-wife": a former wife
        forms |= {form[len(_FORMER):] for form in forms}
    if forms & _SPOKES:
        return False
    if forms & (_PEOPLE if person else _RELATIONS):
        return True
    return person and word.islower() and not forms & _VOICE_NOUNS \
        and any(trade_noun(form) or agent_noun(form) for form in forms)  # "biographer", "publicist"


_FORMER = "ex-"
_VOICE_NOUNS = lexicon.words("voice_nouns")  # "his newsletter": a thing, which speaks for its owner

