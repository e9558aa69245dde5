"""Names in picture credits: kept as rows, counted nowhere.

A caption closes with the credit of its picture: ``Protesters on Main Street.
Image: Jane Doe.``, ``Sirhan in 1969 (Image: CDCR)``. The credit names the
photographer or the picture agency, not an actor of the story; counted as
mentions, credits make a news site's regular photographers some of the most mentioned
persons of a corpus (on the shared Wikinews articles one photographer ranked 13th, with 41
mentions). A name inside a credit (:func:`analysis.corpus.furniture.picture_credits`)
keeps its row, type and id, with ``how == "credit"`` and a cue saying so; like a
place inside a longer name (``how == "inner"``), no count, ranking, tone or speaker
uses it (:data:`analysis.actors.mention_types.UNCOUNTED_HOW`); a name inside a credited name ("U.S." of "Image:
U.S. Congress.") stays ``inner``, part of the name that carries the credit. The caption's own
words ("Protesters on Main Street", the person pictured) stay mentions; the
credit's label ("Image:") is blanked with the dateline and bylines
(:func:`analysis.corpus.bylines.metadata_spans`), so a caption glued to it
("Jo JorgensenImage: ...") ends before it.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Sequence

from analysis.actors.mention_types import CREDIT, INNER
from analysis.corpus.furniture import picture_credits

CREDIT_CUE = "picture credit"


def with_credits(rows: Sequence[tuple], text: str) -> list[tuple]:
    """``rows`` (mention rows: start, end, surface, actor_id, actor, actor_type, how, cue; in text order) with each
    mention inside a picture credit of ``text`` marked: ``how`` "credit", the cue saying so; a name inside a longer
    name (``how`` "inner") stays so."""
    credits = [credit for _, credit in picture_credits(text)]
    if not credits:
        return list(rows)
    starts = [start for start, _ in credits]
    marked = []
    for row in rows:
        at = bisect_right(starts, row[0]) - 1
        if at >= 0 and row[0] < credits[at][1] and row[6] != INNER:
            row = (*row[:6], CREDIT, f"{CREDIT_CUE}; {row[7]}" if row[7] else CREDIT_CUE, *row[8:])
        marked.append(row)
    return marked
