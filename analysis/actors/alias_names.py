"""A person's other names given in the article: "Stefani Germanotta, better known as Lady Gaga", "(born X)", "(née X)".

Profiles and obituaries give a person's name at birth or the name they are known
by right beside the name they use: "Jenna Nicole Mourey (born September 15, 1986),
better known by her pseudonym Jenna Marbles", "Theodorus (c. 314 - 368), also known
as Abba Theodorus and Theodore the Sanctified", "Lady Gaga (born Stefani
Germanotta)", "Jane Smith (née Doe)". Both names are one person, so a ranking
counts them once. :func:`with_alias_names` gives every mention of the names one id:

* "A, [also/better/...] known as B" or "known by her/his/the [stage/pen] name B"
  (``lexicon/alias_adverbs.txt``, ``lexicon/alias_name_nouns.txt``): the name it
  is known by, B, and the names listed after it ("B and C", "B, C");
* "A (born B" / "A, née B" / "A was born B" (``lexicon/birth_name_words.txt``): the name used, A;
* a dictionary person among them keeps the dictionary's id (two of them: none changes).

A bracket may stand between A and the connector ("A (1818 - 1880), known as B").
Both names must be persons' names of the article; B must not own something
("known as Smith's rival"). Only an article holding "known", "born", "née" or
"nee" is looked at.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Sequence

from analysis.actors.mention_types import Candidate, Span
from analysis.text import lexicon

_WINDOW = 160  # characters read back before a name for a connector and a bracket
_TRIGGERS = frozenset({"known"}) | lexicon.words("birth_name_words")
_LAST_WORDS = frozenset({"as"}) | lexicon.words("alias_name_nouns") | lexicon.words("birth_name_words")
_LIST_GAP = re.compile(r"\s*(?:,\s*|,?\s+(?:and|or)\s+)$")


class _Person(NamedTuple):
    start: int
    end: int
    actor_id: str
    actor: str
    listed: bool  # a dictionary person


def with_alias_names(view: str, vocabulary: frozenset[str], candidates: list[Candidate],
                     persons: Sequence[Span]) -> list[Candidate]:
    """``candidates`` with the persons' names the article gives as one person's under one id (see the module)."""
    if _TRIGGERS.isdisjoint(vocabulary):
        return candidates
    people = sorted([_Person(c.start, c.end, c.actor_id, c.actor, False) for c in candidates
                     if c.type == "person" and c.actor_id]
                    + [_Person(p.start, p.end, p.actor_id, p.actor, True) for p in persons])
    if len(people) < 2:
        return candidates
    ending = {person.end: person for person in people}
    mapping: dict[str, tuple[str, str]] = {}
    for position, person in enumerate(people):
        group = _alias_group(view, people, ending, position)
        if group is None:
            continue
        members, target = group
        listed = {member.actor_id: member for member in members if member.listed}
        if len(listed) > 1:
            continue  # two dictionary persons: the dictionary tells them apart
        keep = next(iter(listed.values())) if listed else target
        for member in members:
            if member.actor_id != keep.actor_id and not member.listed:
                mapping[member.actor_id] = (keep.actor_id, keep.actor)
    if not mapping:
        return candidates
    return [candidate.evolve(actor_id=_final(mapping, candidate.actor_id)[0],
                             actor=_final(mapping, candidate.actor_id)[1])
            if candidate.type == "person" and candidate.actor_id in mapping else candidate
            for candidate in candidates]


def _alias_group(view: str, people: Sequence[_Person], ending: dict[int, _Person],
                 position: int) -> tuple[list[_Person], _Person] | None:
    """The names one connector before ``people[position]`` joins, and the one whose id they all take; else None."""
    name = people[position]
    if view[name.end:name.end + 2] in ("'s", "’s"):
        return None
    window_start = max(0, name.start - _WINDOW)
    window = view[window_start:name.start]
    last = window[-20:].split()
    if not last or last[-1].lstrip("(") not in _LAST_WORDS:
        return None  # no "as", "name" or "born" right before the name: the patterns need not be tried
    known = _known_before().search(window)
    birth = None if known else _birth_before().search(window)
    match = known or birth
    if match is None:
        return None
    before = ending.get(window_start + match.start())
    if birth is not None:
        return ([before, name], before) if before is not None else None
    members = [name] + _listed_after(view, people, position)
    if before is not None:
        members.append(before)
    return (members, name) if len(members) > 1 else None


def _listed_after(view: str, people: Sequence[_Person], position: int) -> list[_Person]:
    """The persons' names listed right after ``people[position]`` ("B and C", "B, C or D")."""
    listed = []
    last = people[position]
    for person in people[position + 1:position + 4]:
        if person.start - last.end > 8 or not _LIST_GAP.match(view[last.end:person.start]):
            break
        listed.append(person)
        last = person
    return listed


def _final(mapping: dict[str, tuple[str, str]], actor_id: str) -> tuple[str, str]:
    """The id and name ``actor_id`` ends at through ``mapping`` (an alias of an alias)."""
    seen = {actor_id}
    target = mapping[actor_id]
    while target[0] in mapping and target[0] not in seen:
        seen.add(target[0])
        target = mapping[target[0]]
    return target


def _words(name: str) -> str:
    return "|".join(re.escape(word) for word in sorted(lexicon.words(name), key=len, reverse=True))


@lru_cache(maxsize=1)
def _known_before() -> re.Pattern[str]:
    """A bracket or comma, "[also] known as" or "known by her [stage] name", ending a window: the name after it
    is the one the person is known by."""
    return re.compile(
        r"\s*(?:\([^()]*\)\s*)?,?\s*(?:(?:%s)\s+)?known\s+(?:as|by\s+(?:%s)\s+(?:[a-z]+\s+)?(?:%s))\s+$"
        % (_words("alias_adverbs"), _words("possessive_determiners") + "|the", _words("alias_name_nouns")))


@lru_cache(maxsize=1)
def _birth_before() -> re.Pattern[str]:
    """A bracket or comma, or "was"/"is", and "born"/"née" right before the name: the name at birth ("Lady Gaga
    (born Stefani Germanotta)", "Ginger Baker was born Peter Edward Baker in Lewisham")."""
    return re.compile(r"(?:\s*[(,]\s*|\s+(?:was|is)\s+)(?:%s)\s+$" % _words("birth_name_words"))
