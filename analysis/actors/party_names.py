"""A party named with a lower-case head noun: "the Labour party", "the Republican party".

Many outlets write a party's name with "party" in lower case. The capitalised
word alone is found before this runs, as an alias ("Labour"), as a member
word (the demonym "Republican", how ``demonym``: "a Republican senator") or as
a discovered name typed by the noun after it ("Democratic", cue "followed by
party"). With the noun right after it (``lexicon/party_nouns.txt``) the
mention names the party itself, so :func:`with_party_nouns` widens it over the
noun and a member word becomes an alias of its party. A discovered name under its own id takes the id of the
name with its noun ("the Democratic party" is ``organization:democratic-party``, as "the Democratic Party" is),
so the party is one actor whichever way an outlet writes the noun.

A party the dictionary knows may also end a longer name of another party: "the Christian Democratic Party", "the
National Democratic Party in Iraq", "Nigeria's People's Democratic Party" are not the US Democratic Party.
:func:`with_longer_party_names` widens such a match over the one or two capitalised words right before it inside a
sentence (after a lower-case word, "The" or a possessive; no other mention among them), and over "of" and a
country named right after it ("the Democratic Party of Japan", "the Labour Party of Kenya": a party of that
country; not "the Republican Party of Idaho", a state's branch), and gives the longer name an id of its own. So
does a state's or province's name there ("the Iowa Democratic Party", "the Texas Republican Party"): the state's
party, whose place stays a mention inside it.
"""
from __future__ import annotations

import re
from typing import Sequence

from analysis.actors.mention_types import actor_id_for
from analysis.text import lexicon

# One or two capitalised words right before a name, after a lower-case word or a possessive inside a sentence
# or "The" ("as the Christian ", "Nigeria's People's "; not a sentence's first word, nor a headline's "Trump Slams ").
_WORDS_BEFORE = re.compile(r"(?:\b[a-z]+|\bThe|['\u2019]s) ((?:[A-Z][a-z-]*(?:['\u2019]s)? ){1,2})\Z")
_NEXT_WORD = re.compile(r"[^\S\r\n]([a-z]+)\b")  # one space, no-break space or tab, then a lower-case word


def with_party_nouns(text: str, rows: Sequence[tuple]) -> list[tuple]:
    """``rows`` (mention rows: start, end, surface, actor_id, actor, actor_type, how, cue) with each
    organisation mention followed by a party noun widened over it."""
    nouns = lexicon.words("party_nouns")
    if not any(noun in text for noun in nouns):
        return list(rows)  # most articles write no party noun: no row to read
    widened = []
    for row in rows:
        start, end, surface, actor_id, actor, kind, how, cue = row
        following = _NEXT_WORD.match(text, end) if kind == "organization" else None
        if following is not None and following.group(1) in nouns:
            end = following.end()
            if how == "demonym":  # "the Republican party" is the party, not one of its members
                how, cue = "alias", f"followed by {following.group(1)}"
            elif how == "discovered" and actor_id == actor_id_for(kind, surface):  # its own id, not a linked one
                actor = f"{surface} {following.group(1).capitalize()}"
                actor_id = actor_id_for(kind, actor)
            row = (start, end, text[start:end], actor_id, actor, kind, how, cue)
        widened.append(row)
    return widened


def with_longer_party_names(text: str, rows: Sequence[tuple]) -> list[tuple]:
    """``rows`` with each dictionary party name that ends or opens a longer name widened over it (see the
    module)."""
    parties = [index for index, row in enumerate(rows)
               if row[5] == "organization" and row[6] in ("dictionary", "alias") and row[2].endswith(" Party")]
    if not parties:
        return list(rows)  # no party's name (most articles): the mentions need not be indexed
    ends = {row[1]: row for row in rows}  # a word before that ends a mention is another actor, or a state's
    countries = {row[0]: row[1] for row in rows if row[5] == "country" and row[6] in ("dictionary", "alias")}
    widened = list(rows)
    for index in parties:
        start, end, surface, actor_id, actor, kind, how, cue = rows[index]
        before = _WORDS_BEFORE.search(text, max(0, start - 40), start)
        first = start
        if before is not None:
            inside = [ends[position] for position in range(before.start(1), start) if position in ends]
            if not inside or _state_before(inside, before.start(1), start):
                first = before.start(1)
        of = _OF_AFTER.match(text, end)
        last = countries.get(of.end(), end) if of is not None else end
        if (first, last) != (start, end):
            name = text[first:last]
            widened[index] = (first, last, name, actor_id_for(kind, name), name, kind, "discovered",
                              f"longer name than {actor!r}")
    return widened


_OF_AFTER = re.compile(r" of (?:the )?")  # "the Democratic Party of Japan", "the Communist Party of the Philippines"


def _state_before(inside: Sequence[tuple], first: int, start: int) -> bool:
    """Whether the only mention among the words before a party's name is a place (no country) that ends right
    before it: "the Iowa Democratic Party", "the New York Republican Party" name a state's party, a body of its
    own, not the place and the national party; the place stays a mention inside it."""
    return len(inside) == 1 and inside[0][0] == first and inside[0][1] == start - 1 and inside[0][5] == "place"
