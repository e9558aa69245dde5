"""Acronyms of laws, treaties and other names that are no actors: "the Digital Millennium Copyright Act (DMCA)".

A name ending with an event word (the dictionary's ``event_words``: "Act", "Treaty", "Agreement") names no actor
and discovery drops it; the acronym bracketed right after it spells the same thing, and a text then writes the
acronym alone ("the DMCA says", "a DMCA notice"), where a verb or a list would type it as a body. Every one-word
candidate spelling such an acronym in the article is dropped. The acronym must be in capitals and end with the
event word's initial ("Act (DMCA)", "Agreement (NAFTA)"), so a source in brackets ("the Act (Reuters)") stays.
"""
from __future__ import annotations

import re
from typing import Sequence

from analysis.actors.mention_types import Candidate
from analysis.actors.name_context import NameContext

_BRACKETED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Z0-9&-]{1,9})\)")


def non_actor_acronyms(ctx: NameContext, vocabulary: frozenset[str]) -> frozenset[str]:
    """The acronyms bracketed right after a name ending with an event word ("Copyright Act (DMCA)")."""
    if ctx.cues.event_words.isdisjoint(vocabulary):
        return frozenset()  # most articles name no law or treaty
    found = set()
    for token in ctx.tokens:
        if token.text in ctx.cues.event_words and token.text[:1].isupper():
            match = _BRACKETED_ACRONYM.match(ctx.view, token.end)
            if match and match.group(1)[-1] == token.text[0]:
                found.add(match.group(1))
    return frozenset(found)


def without_non_actor_acronyms(ctx: NameContext, candidates: Sequence[Candidate],
                               vocabulary: frozenset[str]) -> list[Candidate]:
    """``candidates`` less the one-word names spelling an acronym of a law or treaty (:func:`non_actor_acronyms`)."""
    acronyms = non_actor_acronyms(ctx, vocabulary)
    if not acronyms:
        return list(candidates)
    return [c for c in candidates if not (len(c.words) == 1 and c.name in acronyms)]
