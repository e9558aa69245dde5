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
"""
from __future__ import annotations

import re
from typing import Sequence

from analysis.actors.mention_types import actor_id_for
from analysis.text import lexicon

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
