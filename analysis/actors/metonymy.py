"""Metonymy: when a capital or a seat of power ("Washington", "the Kremlin") names a place, and when its government.

An entry that ``stands_for`` another is read as a *place* after a locative
word ("in", "at", "from", "to", "near", "of", "visited"...; not "of" after a
stance noun: "the role of Havana"), before "-based", as a modifier ("a London
housing charity"), as a dateline at the start of a line ("Moscow, Dec 22", not
"Washington, which ..."), or coordinated with a place just before; anywhere
else ("Washington said") it is a metonym. The word lists are
``lexicon/locatives.txt`` and ``lexicon/stance_nouns.txt``.
"""
from __future__ import annotations

import re
from typing import Sequence

from analysis.actors.compiled import COORDINATION
from analysis.actors.mention_types import Span
from analysis.text import lexicon

LOCATIVES = lexicon.words("locatives")
STANCE_NOUNS = lexicon.words("stance_nouns")
# A dateline: "Moscow, Dec 22", "Nairobi, Kenya -", "WASHINGTON (AP)" (not "Washington, which ...").
_DATELINE_AFTER = re.compile(r"^(?:,\s*[A-Z0-9]|\s*\(|\s+-)")
_WORD = re.compile(r"[\w'-]+")
_THE_AT_END = re.compile(r"\bthe\s+$")
_LOWER_WORD_AFTER = re.compile(r" [a-z]")


def metonym_readings(view: str, spans: Sequence[Span]) -> list[bool]:
    """For each span of the normalised ``view``: does it stand for another actor in this use (a metonym)?"""
    readings = []
    previous_place_end = -100
    for span in spans:
        if span.stands_for is None:
            readings.append(False)
            continue
        place = _place_use(view, span, previous_place_end)
        readings.append(not place)
        if place:
            previous_place_end = span.end
    return readings


def _place_use(view: str, span: Span, previous_place_end: int) -> bool:
    """A locative word before, "-based" after, a dateline, or coordinated with a place just before."""
    words = _WORD.findall(view, max(0, span.start - 40), span.start)
    previous = words[-1].lower() if words else ""
    if previous == "the" and len(words) > 1:
        previous = words[-2].lower()
    if previous in LOCATIVES and not (previous == "of" and len(words) > 1 and words[-2].lower() in STANCE_NOUNS):
        return True
    if view.startswith("-based", span.end):
        return True
    if span.kind == "place" and previous in ("a", "an", "the") and _LOWER_WORD_AFTER.match(view, span.end, span.end + 2):
        return True  # "a London housing charity", "the Moscow metro": a city as a modifier
    line_start = view.rfind("\n", 0, span.start) + 1
    if view[line_start:span.start].strip() == "" and _DATELINE_AFTER.match(view[span.end:span.end + 4]):
        return True
    if span.start - previous_place_end >= 25:
        return False
    gap = _THE_AT_END.sub("", view[previous_place_end:span.start])
    return COORDINATION.fullmatch(gap) is not None
