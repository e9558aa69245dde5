"""One id for a body however its name writes the country it opens with: "U.S. Navy" and "United States Navy".

A body the dictionary lacks gets its id from its name as written (:func:`~analysis.actors.mention_types.actor_id_for`),
so "US Embassy", "U.S. Embassy" (one id already: initials are one word) and "United States Embassy" would be two
actors, in one article and across a corpus, though only the spelling of the country differs. When such a name
opens with a country of the dictionary (the inner place row :mod:`analysis.actors.inner_places` gives it: "United
States" is ``country:united-states``) written as the country's name or as initials its entry lists, its id writes
the country as the first alias the entry lists that spells its name's initials ("US"; none for "China": "PRC"
spells another name), the way the dictionary's own bodies are named
(``organization:us-senate``): "US Navy", "U.S. Navy", "USA Navy" and "United States Navy" are
``organization:us-navy``, and so is every row of the article that had the old id ("the Navy" linked to it). A
country whose entry lists no initials ("Korea Herald") and one written otherwise ("America First Policy
Institute") keep the id as written; so does a dictionary body (its entry lists its spellings) and a body scoped
to an article or a country (``the Senate``: ``...@...``).
"""
from __future__ import annotations

from typing import Mapping, Sequence

from analysis.actors.dictionary import Entry
from analysis.actors.mention_types import INNER, actor_id_for

MentionRow = tuple  # (start, end, surface, actor_id, actor, actor_type, how, cue), as analysis.actors.step writes

_BODY_TYPES = frozenset({"organization", "media"})  # the names inner_places looks inside


def with_country_prefixes(rows: Sequence[MentionRow], entries: Mapping[str, Entry]) -> list[MentionRow]:
    """``rows`` with each discovered body whose name opens with a country (by name or initials) under the id that
    writes the country's first initials, and every row of the old id with it."""
    countries = {row[0]: row for row in rows if row[6] == INNER and row[5] == "country"}
    if not countries:
        return list(rows)
    renamed: dict[str, str] = {}
    for row in rows:
        country = countries.get(row[0])
        if country is None or row[5] not in _BODY_TYPES or row[6] != "discovered" or "@" in row[3]:
            continue
        entry = entries.get(country[3])
        initials = _first_initials(entry) if entry is not None else None
        if initials is None or not (country[2] == entry.name or _initials(country[2])):
            continue
        written, canonical = (actor_id_for(row[5], name).partition(":")[2] for name in (country[2], initials))
        kind, _, name = row[3].partition(":")
        if name.startswith(f"{written}-") and written != canonical:
            renamed[row[3]] = f"{kind}:{canonical}{name[len(written):]}"
    return [(*row[:3], renamed[row[3]], *row[4:]) if row[3] in renamed else row for row in rows]


def _first_initials(entry: Entry) -> str | None:
    """The first alias of a country's entry that writes the initials of its name's words ("US" of the United
    States), else None (a name of one word: "PRC" of China spells another name)."""
    words = entry.name.split()
    spelled = "".join(word[0] for word in words).upper()
    return next((alias.text for alias in entry.aliases
                 if len(words) > 1 and _initials(alias.text) and alias.text.replace(".", "") == spelled), None)


def _initials(written: str) -> bool:
    """Whether a country is written as its initials ("US", "U.S.", "USA"), not as a name ("Korea")."""
    letters = written.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()
