"""Places named inside a longer name: "California" in "the University of California", "England" in "the Bank
of England", "Pittsburgh" in "the Pittsburgh Pirates".

The mentions table counts each name once and its counted rows never overlap. A place named inside an
organisation's or an outlet's name is still a mention of that place: annotators of news corpora mark it, and a
reading of where coverage looks wants it. Counted as the place's own mention, though, every University of
California story would become a story about California. So such a place gets a row of its own with ``how ==
"inner"`` and a cue naming the name around it, and every count, ranking, tone and speaker leaves these rows out
(:func:`analysis.actors.publisher.actor_mentions`, the quotes step's mention list, ``article_metrics``).

Looked for: the actor dictionary's places, countries and regions (by name or alias, as the article writes them;
never a demonym), and then the names of towns and cities the discovery step knows (``place_names``: "Durham" in
"Durham University"), under its rules for them (no word in capitals, none the text also writes in lower case or
``lexicon/not_places.txt`` lists; a town's name of two words or more, though, may be of common words: "Kansas
City", which is the town's and not the dictionary's "Kansas" inside it), and then the town a university is named
after ("Basel" in "the University of Basel"), though no list knows it, and the town a sports team is named after
as the team rule read it ("Bradenton" in "the Bradenton Marauders": :mod:`analysis.actors.team_names`), though no
list knows it either. Only inside organisation and media names: a place inside a place's name ("the Gulf of Mexico")
or a person's is part of that name.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Any, Mapping, Sequence

import pandas as pd

from analysis.actors.address_words import prose_vocabulary
from analysis.actors.compiled import CompiledDictionary
from analysis.actors.context_cues import not_place_words
from analysis.actors.dictionary import Entry
from analysis.actors.mention_types import INNER, PLACE_KINDS, UNCOUNTED_HOW, actor_id_for, fold_key
from analysis.actors.team_names import LONE_CUE, TEAM_CUE
from analysis.text import lexicon
from analysis.text.document import Document

CONTAINER_TYPES = frozenset({"organization", "media"})
CITY_WORDS = 3  # the longest town name looked for, in words ("Salt Lake City")
_NAMED = frozenset({"dictionary", "alias"})  # how a dictionary match names its entry (not a demonym, not blocked)

MentionRow = tuple  # (start, end, surface, actor_id, actor, actor_type, how, cue), as the actors step's rows


def inner_place_rows(
    doc: Document, text: str, rows: Sequence[MentionRow], compiled: CompiledDictionary
) -> list[MentionRow]:
    """A row for each place (the dictionary's, or a town's name) named inside an organisation or media mention
    of ``rows`` (``doc``: the document masked as the dictionary matched it; ``text``: the text the surfaces are
    cut from)."""
    entries = compiled.dictionary.entries
    inner: list[MentionRow] = []
    person_words: frozenset[str] | None = None
    not_towns: frozenset[str] = frozenset()
    for row in rows:
        if row[5] in CONTAINER_TYPES:
            if person_words is None:  # "Imus Ranch Foundation" after "Don Imus": the person, not the town
                person_words = frozenset(word for other in rows if other[5] == "person" for word in other[2].split())
                not_towns = person_words | frozenset(  # and no team's town opens a body's name ("Rice University")
                    other[2].split(" ", 1)[0] for other in rows
                    if other[5] in CONTAINER_TYPES and not other[7].startswith(TEAM_CUE))
            places = _places_inside(doc, text, row, compiled, entries, person_words)
            inner += _with_team_town(places, _team_town(text, row, compiled.cues.place_words, not_towns=not_towns))
    return inner


def _places_inside(
    doc: Document, text: str, outer: MentionRow, compiled: CompiledDictionary, entries: Mapping[str, Entry],
    person_words: frozenset[str],
) -> list[MentionRow]:
    """The place rows inside one mention (never the whole of it); a town's name that is a word of a person's
    name in the article (``person_words``) is not looked for."""
    start, end, surface = outer[0], outer[1], outer[2]
    found = []

    def named_place(payload: tuple[str, str]) -> bool:
        entry = entries.get(payload[0])
        return payload[1] in _NAMED and entry is not None and entry.type in PLACE_KINDS

    for match in compiled.names.iter_matches_within(doc, start, end, accept=named_place):
        entry = entries[match.payload[0]]
        stop = match.end + 1 if match.phrase.endswith(".") and doc.normalized.startswith(".", match.end) else match.end
        found.append((match.start, min(stop, end), text[match.start:min(stop, end)], entry.id, entry.name, entry.type,
                      INNER, f"inside {surface!r}"))
    towns = _towns_inside(doc, text, outer, compiled.cues.place_names, taken=())
    found = [row for row in found if not any(_longer_around(town, row) for town in towns)]  # "Kansas" of "Kansas City"
    towns = [town for town in towns if not any(row[0] < town[1] and town[0] < row[1] for row in found)]
    towns += _school_seats_inside(doc, text, outer, compiled.cues.organization_words, taken=found + towns)
    return found + [town for town in towns if not person_words.issuperset(town[2].split())]


def _longer_around(town: MentionRow, place: MentionRow) -> bool:
    """Whether the town's name holds the dictionary's place and is longer: the town's, as "Kansas City" in "the Kansas
    City Council" names no state."""
    return town[0] <= place[0] and place[1] <= town[1] and town[1] - town[0] > place[1] - place[0]


def _towns_inside(
    doc: Document, text: str, outer: MentionRow, town_names: frozenset[str], *, taken: Sequence[MentionRow]
) -> list[MentionRow]:
    """The towns and cities named inside one mention, longest first, beside the dictionary's places (``taken``)."""
    if not town_names:
        return []
    start, end, surface = outer[0], outer[1], outer[2]
    columns = doc.token_columns
    first, stop = bisect_left(columns.starts, start), bisect_right(columns.ends, end)
    words, gaps, starts, ends = columns.texts, columns.gaps, columns.starts, columns.ends
    found: list[MentionRow] = []
    openers, vocabulary = _first_words(town_names), prose_vocabulary(doc)
    position = first
    while position < stop:
        if fold_key(words[position]) not in openers:  # most words open no town's name: no call
            position += 1
            continue
        size = _town_at(words, gaps, position, stop, town_names, vocabulary)
        inside = size and not (starts[position] == start and ends[position + size - 1] == end)
        if inside and not any(row[0] < ends[position + size - 1] and starts[position] < row[1] for row in taken):
            name = text[starts[position]:ends[position + size - 1]]
            found.append((starts[position], ends[position + size - 1], name, actor_id_for("place", name), name,
                          "place", INNER, f"inside {surface!r}; town name"))
        position += size or 1
    return found


# "the University of Basel": a university named after the town or land it stands in (one to three capitalised
# words), the name ending there (or before a comma, a possessive, "at" or "in"): "University of Technology Sydney"
# and "University of Science and Technology" go on. Not the Romance "Universidad de", whose words after "de" name
# a subject as often as a town ("Universidad Nacional de Educación a Distancia").
_SCHOOL_SEAT = re.compile(r"\bUniversity of ((?:[A-Z][\w'-]*\w)(?: [A-Z][\w'-]*\w){0,%d})(?=$|['’]s\b|,| at\b| in\b)"
                          % (CITY_WORDS - 1))


def _school_seats_inside(
    doc: Document, text: str, outer: MentionRow, organization_words: frozenset[str], *, taken: Sequence[MentionRow]
) -> list[MentionRow]:
    """The town a university is named after ("Basel" of "the University of Basel"), when no list knows it: a word
    in capitals, one the text writes in lower case, a subject (``lexicon/not_places.txt``: "University of
    Medicine") or an organisation word ("University of Technology") is none."""
    start, end, surface = outer[0], outer[1], outer[2]
    match = _SCHOOL_SEAT.search(text, start, end) if "University of" in surface else None
    if match is None:
        return []
    words = match.group(1).split()
    vocabulary = prose_vocabulary(doc)
    if any(word.isupper() or word.lower() in vocabulary or fold_key(word) in not_place_words()
           or word in organization_words for word in words):
        return []
    seat_start, seat_end = match.span(1)
    if any(row[0] < seat_end and seat_start < row[1] for row in taken):
        return []
    name = match.group(1)
    return [(seat_start, seat_end, name, actor_id_for("place", name), name, "place", INNER,
             f"inside {surface!r}; seat of a university")]


def _team_town(
    text: str, outer: MentionRow, place_words: frozenset[str], *, not_towns: frozenset[str]
) -> MentionRow | None:
    """The town a team is named after, as its cue gives it ("team: Bradenton + Marauders"), or None: one word, or a
    word and a place word ("Tampa Bay": ``place_words``), not in capitals ("the NBA Cavaliers"), no word of a
    person's name in the article and not the first word of a body's ("the Rice Owls" beside "Rice University": the
    college's team; ``not_towns``). Another town of two words the lists lack is left: the team rule cannot tell it
    from a nickname's first word ("the Pawtucket Red Sox")."""
    cue = outer[7]
    if not cue.startswith(TEAM_CUE) or cue.startswith(LONE_CUE):
        return None
    town = cue[len(TEAM_CUE):].split(" + ", 1)[0].strip()
    words, start = town.split(), outer[0]
    if len(words) > 2 or len(words) == 2 and words[1] not in place_words or town.isupper() \
            or words[0] in not_towns or not text.startswith(town, start):
        return None
    return (start, start + len(town), town, actor_id_for("place", town), town, "place", INNER,
            f"inside {outer[2]!r}; town of a team")


def _with_team_town(places: list[MentionRow], town: MentionRow | None) -> list[MentionRow]:
    """The place rows of one mention with its team's town: the town instead of the places inside it ("Tampa" of
    "Tampa Bay"), none when a place found there already overlaps it otherwise (its own name, "Pittsburgh")."""
    if town is None:
        return places
    inside = [row for row in places if _longer_around(town, row)]
    if any(row[0] < town[1] and town[0] < row[1] for row in places if row not in inside):
        return places
    return [row for row in places if row not in inside] + [town]


def _town_at(
    words: Sequence[str], gaps: Sequence[str], position: int, stop: int, town_names: frozenset[str],
    vocabulary: frozenset[str],
) -> int:
    """How many words from ``position`` (before ``stop``) name a town: the longest such name, or 0."""
    if fold_key(words[position]) not in _first_words(town_names):
        return 0
    for size in range(min(CITY_WORDS, stop - position), 0, -1):
        run = words[position:position + size]
        if any(gap != " " and not _saint_gap(words[at - 1], gap) for at, gap in
               enumerate(gaps[position + 1:position + size], position + 1)):
            continue
        if not all(word[:1].isupper() and not word.isupper() and (size > 1 or word.lower() not in vocabulary)
                   for word in run):
            continue  # one word the text writes in lower case is a common word; a longer name ("Kansas City") a town
        if fold_key(" ".join(run)) in town_names and not any(fold_key(word) in not_place_words() for word in run):
            return size
    return 0


def _saint_gap(word: str, gap: str) -> bool:
    """Whether ``gap`` (folded) is the full stop of a saint's abbreviation ``word`` ("St. Louis", "Ste. Anne"): the
    town list writes the name with a space ("St Louis"), as the words are joined here."""
    return gap == "." and word.casefold() in lexicon.words("saint_abbreviations")


@lru_cache(maxsize=4)
def _first_words(town_names: frozenset[str]) -> frozenset[str]:
    """The first words of the town names (folded): where a town's name can begin."""
    return frozenset(name.split(" ", 1)[0] for name in town_names)


def with_inner_places(rows: list[MentionRow], inner: Sequence[MentionRow]) -> list[MentionRow]:
    """``rows`` and the ``inner`` rows in one list, in text order (an outer name before the places inside it)."""
    if not inner:
        return rows
    return sorted([*rows, *inner], key=lambda row: (row[0], -row[1], row[6] == INNER))


def counted_mentions(mentions: Mapping[str, Sequence[Any]] | pd.DataFrame) -> Mapping[str, Sequence[Any]] | pd.DataFrame:
    """A mentions table (columnar or a DataFrame) without the rows no count uses (inner rows, names in picture
    credits: :data:`~analysis.actors.mention_types.UNCOUNTED_HOW`): what counts and speakers read."""
    if isinstance(mentions, pd.DataFrame):
        uncounted = mentions["how"].isin(UNCOUNTED_HOW).to_numpy() if "how" in mentions.columns else None
        return mentions[~uncounted] if uncounted is not None and uncounted.any() else mentions
    if "how" not in mentions or UNCOUNTED_HOW.isdisjoint(mentions["how"]):
        return mentions
    keep = [how not in UNCOUNTED_HOW for how in mentions["how"]]
    return {name: [value for value, kept in zip(values, keep) if kept] for name, values in mentions.items()}
