"""A place that shares its name with another actor: the US state of Georgia beside the country.

The name trie keeps one entry per phrase, so "Georgia" always matches the entry listed first, the
country. The dictionary lists the other reading as a *namesake*: an entry whose name is the shared name
with a qualifier in brackets, ``Georgia (U.S. state)``, and whose ``country`` says where it lies
(``country:united-states``). An article reads the shared name as the namesake when

* it names another place of the namesake's country (an entry with the same ``country``: "Marco Rubio of
  Florida, Mike Lee of Utah, and David Perdue of Georgia"), and
* gives no sign of the first reading: no mention of that actor under another name (the demonym
  "Georgian", an alias "Republic of Georgia") and no place that stands for it ("Tbilisi").

Then every mention of the shared name in the article (inner rows too: "the Georgia Institute of
Technology") takes the namesake's id, name and type. Everything else stays as matched.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from analysis.actors.dictionary import ActorDictionary, Entry
from analysis.actors.mention_types import fold_key

MentionRow = tuple  # (start, end, surface, actor_id, actor, actor_type, how, cue), as analysis.actors.step writes


@dataclass(frozen=True)
class Namesake:
    """The other reading of an entry's name: the namesake entry, its shared name's key, the ids of the other places
    of the namesake's country, and the ids of the entries that stand for the first reading."""

    entry: Entry
    shared_key: str
    compatriots: frozenset[str]
    signs_of_first: frozenset[str]


def namesake_index(dictionary: ActorDictionary) -> dict[str, Namesake]:
    """The first reading's id -> its namesake, for each entry named "<name> (<qualifier>)" with a ``country`` whose
    bare name is another entry's name ("Georgia (U.S. state)" -> ``country:georgia``)."""
    entries = list(dictionary.entries.values())
    by_name = {fold_key(entry.name): entry for entry in entries if "(" not in entry.name}
    index: dict[str, Namesake] = {}
    for entry in entries:
        bare, qualified, _ = entry.name.partition(" (")
        first = by_name.get(fold_key(bare)) if qualified and entry.country else None
        if first is None or first.id == entry.id:
            continue
        compatriots = frozenset(other.id for other in entries if other.country == entry.country and other.id != entry.id)
        signs = frozenset(other.id for other in entries if other.stands_for == first.id)
        index[first.id] = Namesake(entry, fold_key(bare), compatriots, signs)
    return index


def with_namesakes(rows: Sequence[MentionRow], namesakes: Mapping[str, Namesake]) -> list[MentionRow]:
    """``rows`` with the shared name of each first reading the article means as its namesake (see the module)."""
    if not namesakes:
        return list(rows)
    ids = {row[3] for row in rows}
    switched = {}
    for first_id in ids & namesakes.keys():
        namesake = namesakes[first_id]
        compatriot = not namesake.compatriots.isdisjoint(ids)
        sign = not namesake.signs_of_first.isdisjoint(ids) or any(
            row[3] == first_id and fold_key(row[2]) != namesake.shared_key for row in rows)
        if compatriot and not sign:
            switched[first_id] = namesake.entry
    if not switched:
        return list(rows)
    return [(*row[:3], switched[row[3]].id, switched[row[3]].name, switched[row[3]].type, *row[6:])
            if row[3] in switched else row for row in rows]
