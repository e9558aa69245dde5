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
Technology") takes the namesake's id, name and type. That holds for a first reading that is a country only: a
town ("New York" beside "New York (U.S. state)", the capital "Washington" beside "Washington (U.S. state)") is
named beside its own country's places anyway, so the article says nothing there. For every namesake, a mention of the shared name *listed* with the namesake's
compatriots is the namesake, whatever the rest of the article says: a compatriot next to it with a comma between
("Oregon, Washington and Idaho", "Missouri, North Dakota, and Washington", "Washington, Oregon and California"),
or one on each side with "and" / "or" ("Utah and Washington or Oregon"). "Texas and Washington" alone stays as
matched ("relations between Texas and Washington": the state and the federal capital), as does a capital in a
list of towns ("New York, Washington and Los Angeles": no compatriot entry). Everything else stays as matched.
"""
from __future__ import annotations

import re
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
    article_wide: bool = True  # False when the first reading is no country (a town: "New York", "Washington")


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
        index[first.id] = Namesake(entry, fold_key(bare), compatriots, signs, first.type == "country")
    return index


def with_namesakes(rows: Sequence[MentionRow], namesakes: Mapping[str, Namesake], text: str = "") -> list[MentionRow]:
    """``rows`` with the shared name of each first reading the article means as its namesake, and each mention of
    it listed with the namesake's compatriots in ``text`` (see the module)."""
    if not namesakes:
        return list(rows)
    ids = {row[3] for row in rows}
    shared = ids & namesakes.keys()
    if not shared:
        return list(rows)
    switched = {}
    for first_id in shared:
        namesake = namesakes[first_id]
        compatriot = not namesake.compatriots.isdisjoint(ids)
        sign = not namesake.signs_of_first.isdisjoint(ids) or any(
            row[3] == first_id and fold_key(row[2]) != namesake.shared_key for row in rows)
        if namesake.article_wide and compatriot and not sign:
            switched[first_id] = namesake.entry
    listed = _listed_rows(rows, namesakes, shared - switched.keys(), text) if text else {}
    if not switched and not listed:
        return list(rows)
    result = []
    for index, row in enumerate(rows):
        entry = switched.get(row[3]) or listed.get(index)
        result.append((*row[:3], entry.id, entry.name, entry.type, *row[6:]) if entry is not None else row)
    return result


_LIST_GAP = re.compile(r"^(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)$")


def _listed_rows(rows: Sequence[MentionRow], namesakes: Mapping[str, Namesake], first_ids: set[str],
                 text: str) -> dict[int, Entry]:
    """Row index -> namesake entry for each mention of a shared name (of ``first_ids``) listed with the namesake's
    compatriots: one next to it with a comma between, or one on each side ("Oregon, Washington and Idaho")."""
    order = sorted((index for index, row in enumerate(rows) if row[6] != "inner"), key=lambda index: rows[index][0])
    listed: dict[int, Entry] = {}
    for position, index in enumerate(order):
        row = rows[index]
        namesake = namesakes.get(row[3]) if row[3] in first_ids else None
        if namesake is None or fold_key(row[2]) != namesake.shared_key:
            continue
        gaps = []
        if position:
            before = rows[order[position - 1]]
            gaps.append(text[before[1]:row[0]] if before[3] in namesake.compatriots else None)
        if position + 1 < len(order):
            after = rows[order[position + 1]]
            gaps.append(text[row[1]:after[0]] if after[3] in namesake.compatriots else None)
        gaps = [gap for gap in gaps if gap is not None and _LIST_GAP.match(gap)]
        if any("," in gap for gap in gaps) or len(gaps) == 2:
            listed[index] = namesake.entry
    return listed
