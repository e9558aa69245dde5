"""A ship's name names no actor: "MV Alan Kurdi", "USS Ronald Reagan", "HMS Queen Elizabeth".

A vessel prefix (``lexicon/vessel_prefixes.txt``) followed by capitalised words opens a ship's or a boat's name,
often a person's name or a title and a name given in honour ("the USS Theodore Roosevelt", "MV Professor Albrecht
Penck"): the ship is no person, organisation or place, and a person's mention there would link the ship to the
person the article names elsewhere. :func:`without_vessel_names` drops the dictionary's matches and the discovered
names that start inside such a name, before linking reads them.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Sequence

from analysis.actors.counted_units import Spanned
from analysis.text import lexicon

# Opening with the prefixes' letters (no look-behind first) lets the regex engine skip fast to them; the prefix's
# word boundary before is tested on each match (:func:`vessel_names`), a fifth of the look-behind's cost.
_VESSEL = re.compile(rf"(?:{lexicon.alternation('vessel_prefixes')})[ \t]+[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*)*")
_GLUED = re.compile(r"[\w/-]")  # a character before a prefix that makes it part of a longer word ("AMV", "X-MV")


def vessel_names(view: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` offsets of the vessels' names in ``view``, prefix included."""
    spans = []
    match = _VESSEL.search(view)
    while match is not None:
        start = match.start()
        if start and _GLUED.match(view, start - 1):
            match = _VESSEL.search(view, start + 1)  # no prefix here: look again from the next character
            continue
        spans.append(match.span())
        match = _VESSEL.search(view, match.end())
    return spans


def without_vessel_names(
    view: str, found: Sequence[Spanned], vessels: list[tuple[int, int]] | None = None
) -> list[Spanned]:
    """``found`` (dictionary spans or discovered candidates, offsets into ``view``, in text order) without those
    starting inside a vessel's name (``vessels``: :func:`vessel_names` of ``view`` when already found)."""
    if vessels is None:
        vessels = vessel_names(view)
    if not vessels:
        return list(found)  # most articles name no ship
    starts = [start for start, _ in vessels]
    return [item for item in found if not _inside(vessels, starts, item.start)]


def _inside(vessels: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    """Whether ``offset`` falls inside one of ``vessels`` (sorted, never overlapping; ``starts`` their starts)."""
    at = bisect_right(starts, offset) - 1
    return at >= 0 and offset < vessels[at][1]
