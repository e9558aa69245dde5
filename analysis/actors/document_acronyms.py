"""Acronyms of laws, treaties and other names that are no actors: "the Digital Millennium Copyright Act (DMCA)".

A name ending with an event word (the dictionary's ``event_words``: "Act", "Treaty", "Agreement") names no actor
and discovery drops it; the acronym bracketed right after it spells the same thing, and a text then writes the
acronym alone ("the DMCA says", "a DMCA notice"), where a verb or a list would type it as a body. Every one-word
candidate spelling such an acronym in the article is dropped. The acronym must be in capitals and end with the
event word's initial ("Act (DMCA)", "Agreement (NAFTA)"), so a source in brackets ("the Act (Reuters)") stays.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter
from typing import Sequence

from analysis.actors.mention_types import Candidate
from analysis.actors.name_context import NameContext
from analysis.actors.name_runs import Token

_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&-]{1,9})\)")  # "(DMCA)", after any spaces


def non_actor_acronyms(ctx: NameContext, vocabulary: frozenset[str]) -> frozenset[str]:
    """The acronyms bracketed right after a name ending with an event word ("Copyright Act (DMCA)")."""
    if ctx.cues.event_words.isdisjoint(vocabulary):
        return frozenset()  # most articles name no law or treaty
    found = set()
    for match in _BRACKETED_ACRONYM.finditer(ctx.view):  # few: no loop over the article's tokens
        word = _word_ending_at(ctx.tokens, _spaces_start(ctx.view, match.start()))
        if word in ctx.cues.event_words and word[:1].isupper() and match.group(1)[-1] == word[0]:
            found.add(match.group(1))
    return frozenset(found)


def _spaces_start(view: str, at: int) -> int:
    """Where the run of whitespace ending at ``at`` begins (``at`` itself when none ends there)."""
    while at and view[at - 1].isspace():
        at -= 1
    return at


def _word_ending_at(tokens: Sequence[Token], end: int) -> str:
    """The text of the token (of ``tokens``, in text order) that ends at ``end``, or ""."""
    index = bisect_left(tokens, end, key=attrgetter("end"))
    return tokens[index].text if index < len(tokens) and tokens[index].end == end else ""


def without_non_actor_acronyms(ctx: NameContext, candidates: Sequence[Candidate],
                               vocabulary: frozenset[str]) -> list[Candidate]:
    """``candidates`` less the one-word names spelling an acronym of a law or treaty (:func:`non_actor_acronyms`)."""
    acronyms = non_actor_acronyms(ctx, vocabulary)
    if not acronyms:
        return list(candidates)
    return [c for c in candidates if not (len(c.words) == 1 and c.name in acronyms)]
