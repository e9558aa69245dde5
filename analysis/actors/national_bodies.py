"""A country's legislature or top court named by its bare name: "the Senate", "Congress", "Parliament".

A news article writes "the Senate" or "the Supreme Court" for the body of the country it reports on, and
names it in full ("the U.S. Senate") seldom or never. Discovery gives the bare name one id in every article
(``organization:senate``), which merges the Senates of the United States, the Philippines and Puerto Rico
across a corpus, and splits the US Senate from its full name (``organization:us-senate``).

:func:`with_national_bodies` gives each bare name (``lexicon/national_body_names.txt``) in an article

* the id of its country's body when the article is about one country, the one it names most often (by the
  country, its demonym, its places, "Texas", or the public figures serving it), and the dictionary has a body
  of that country with that name: an organisation named "<country> <name>" ("US Senate", "U.S. Supreme
  Court") or "<name> of <country>";
* else an id of its own article (``organization:senate@<doc_id>``), as an unnamed office gets
  (:func:`~analysis.actors.mention_types.article_actor_id`): the body of another country, or one below the
  nation's ("North Carolina's state Senate", "the state's Supreme Court",
  ``lexicon/subnational_body_modifiers.txt``).

Any other lone head word discovery took for one body or place ("the Court", "the Academy", "the Army", "the
Cathedral": cue ``institution: <word>``) that linking tied to no name given in full before it would keep one id
in every article (``organization:academy``), merging the French Academy of Sciences with the US Air Force Academy
across a corpus. It gets an id of the article's country instead (``organization:academy@france``: the body of
that word in every article about France), or of the article when no country leads or a word before makes it a
body below the nation's. A newspaper's title word ("the Times") names one paper everywhere and keeps its id.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from analysis.actors.dictionary import ActorDictionary, Entry
from analysis.actors.mention_types import actor_id_for, article_actor_id, fold_key
from analysis.text import lexicon

MentionRow = tuple  # (start, end, surface, actor_id, actor, actor_type, how, cue), as analysis.actors.step writes

BODY_NAMES = lexicon.words("national_body_names")
_SUBNATIONAL = lexicon.words("subnational_body_modifiers")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)(?:['\u2019]s)?\s+\Z")
_LOOK_BACK = 30  # characters before a bare name read for its modifier


@dataclass(frozen=True)
class NationalBodies:
    """The generic ids of the bare names, and for each one the bodies of the dictionary's countries."""

    generic_ids: frozenset[str] = frozenset()
    bodies: Mapping[str, Mapping[str, Entry]] = field(default_factory=dict)  # generic id -> {country id -> body}


def national_body_index(dictionary: ActorDictionary) -> NationalBodies:
    """The bodies the dictionary names as "<country> <bare name>" or "<bare name> of <country>" (a country's name,
    alias or demonym: "US Senate", "Supreme Court of the United Kingdom"), by bare name and country."""
    entries = dictionary.entries.values()
    countries: dict[str, str] = {}
    for entry in entries:
        if entry.type == "country":
            for text in (entry.name, *(alias.text for alias in entry.aliases + entry.demonyms)):
                countries.setdefault(fold_key(text), entry.id)
    bodies: dict[str, dict[str, Entry]] = {actor_id_for("organization", name): {} for name in BODY_NAMES}
    for entry in entries:
        if entry.type != "organization":
            continue
        for text in (entry.name, *(alias.text for alias in entry.aliases)):
            for name in BODY_NAMES:
                country = _country_of(text, name, countries)
                if country is not None:
                    bodies[actor_id_for("organization", name)].setdefault(country, entry)
    return NationalBodies(frozenset(bodies), bodies)


def _country_of(text: str, name: str, countries: Mapping[str, str]) -> str | None:
    """The country ``text`` names the body ``name`` of ("US Senate", "Supreme Court of the United Kingdom"), or None."""
    if text.endswith(" " + name):
        return countries.get(fold_key(text[:-len(name) - 1]))
    for opening in (name + " of the ", name + " of "):
        if text.startswith(opening):
            return countries.get(fold_key(text[len(opening):]))
    return None


def with_national_bodies(rows: Sequence[MentionRow], index: NationalBodies, entries: Mapping[str, Entry],
                         text: str, article: str) -> list[MentionRow]:
    """``rows`` with each bare body's name given its country's body or an id of the article, and each other lone
    head word an id of the article's country or of the article (see the module)."""
    bare = [k for k, row in enumerate(rows) if row[3] in index.generic_ids and row[6] != "inner"]
    lone = [k for k, row in enumerate(rows) if _lone_head_word(row) and row[3] not in index.generic_ids]
    if not bare and not lone:
        return list(rows)
    country = main_country(rows, entries)
    result = list(rows)
    for k in bare:
        row = rows[k]
        body = None if _below_nation(text, row[0]) else index.bodies[row[3]].get(country)
        if body is not None:
            result[k] = (*row[:3], body.id, body.name, body.type, *row[6:])
        else:
            result[k] = (*row[:3], article_actor_id(row[3], article), *row[4:])
    for k in lone:
        row = rows[k]
        national = country is not None and article != "" and not _below_nation(text, row[0])
        scope = country.split(":", 1)[-1] if national else article
        result[k] = (*row[:3], article_actor_id(row[3], scope), *row[4:])
    return result


_INSTITUTION = "institution: "  # the cue of a lone head word (analysis.actors.discovery)
_SCOPED_TYPES = frozenset({"organization", "place"})


def _lone_head_word(row: MentionRow) -> bool:
    """Whether ``row`` is a lone head word ("the Academy") still holding the id of that word alone
    (``organization:academy``): linking found no full name before it."""
    cue, kind = row[7], row[5]
    return cue.startswith(_INSTITUTION) and kind in _SCOPED_TYPES \
        and row[3] == actor_id_for(kind, cue[len(_INSTITUTION):])


def main_country(rows: Sequence[MentionRow], entries: Mapping[str, Entry]) -> str | None:
    """The country the article names most often, by itself, its demonym, its places ("Texas") or the public
    figures serving it, when no other is named as often; else None."""
    return most_named_country(((row[3], row[6]) for row in rows), entries)


def most_named_country(mentions: Iterable[tuple[str, str]], entries: Mapping[str, Entry]) -> str | None:
    """:func:`main_country` of the mentions given as (actor id, how) pairs, so the dictionary's matches need not
    be made rows first."""
    counts: dict[str, int] = {}
    for actor_id, how in mentions:
        entry = entries.get(actor_id)
        if entry is None or how == "inner":
            continue
        country = entry.id if entry.type == "country" else entry.country  # a place of it ("Texas"), a figure serving it
        if country is not None:
            counts[country] = counts.get(country, 0) + 1
    if not counts:
        return None
    most = max(counts.values())
    leaders = [country for country, count in counts.items() if count == most]
    return leaders[0] if len(leaders) == 1 else None


def _below_nation(text: str, start: int) -> bool:
    """Whether the word before the bare name makes it a body below the nation's ("state Senate", "the state's
    Supreme Court")."""
    before = _WORD_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    return before is not None and before.group(1).lower() in _SUBNATIONAL
