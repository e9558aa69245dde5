"""A group's short plural stands for its full name: "the Chathams" after "the Chatham Islands", "the
Appalachians" with "the Appalachian Mountains".

News names an island group or a mountain range in full and then by the plural of
the words before its noun ("the Falkland Islands ... the Falklands", "the Senkaku
Islands ... the Senkakus", "the Catskill Mountains ... the Catskills"). Discovery
gives both forms ids of their own, so the article counts two places.
:func:`with_place_groups` gives a discovered name the id of a name of its type in
the article that is the same words and a noun of ``lexicon/place_group_nouns.txt``,
the words taking "s" unless they end with it ("the Marquesas Islands", "the
Marquesas"). A short form the article never gives in full keeps its own id (the
dictionary's aliases name the well-known groups anyway).
"""
from __future__ import annotations

from typing import Sequence

from analysis.actors.mention_types import Candidate
from analysis.text import lexicon

_TYPES = frozenset({"place", "country", "region"})


def with_place_groups(candidates: Sequence[Candidate]) -> list[Candidate]:
    """``candidates`` with each short plural of a group's name of the article under the full name's id."""
    nouns = lexicon.words("place_group_nouns")
    groups: dict[tuple[str, str], Candidate] = {}  # (type, short plural) -> the first full name giving it
    for candidate in candidates:
        words = candidate.name.split()
        if candidate.type in _TYPES and len(words) >= 2 and words[-1].lower() in nouns and candidate.actor_id:
            groups.setdefault((candidate.type, _plural(" ".join(words[:-1]))), candidate)
    if not groups:
        return list(candidates)
    linked = []
    for candidate in candidates:
        group = groups.get((candidate.type, candidate.name)) if candidate.type in _TYPES else None
        linked.append(candidate if group is None or group.actor_id == candidate.actor_id
                      else candidate.evolve(actor_id=group.actor_id, actor=group.actor))
    return linked


def _plural(words: str) -> str:
    """The short plural of a group's words: "Chathams" of "Chatham", "Marquesas" of "Marquesas"."""
    return words if words.endswith("s") else words + "s"
