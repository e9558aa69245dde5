"""Firms named by two names joined with "&": "Procter & Gamble", "Marks & Spencer", "Ernst & Young".

A firm, a law firm or a bank often bears its founders' names joined by an ampersand; a person's name never holds
one. :func:`~analysis.actors.name_runs.capitalised_runs` keeps such a pair in one run (not two first names, "Tom &
Jerry", nor cited authors before a year), and :func:`ampersand_firm` types the name an organisation when no head word
typed it first ("Rock & Roll Hall of Fame"), no dictionary match or place stands inside it ("Priest & Washington",
a street corner) and no quotation marks close it in (a title or a label: 'the "Kiss & Fly" section'). A pair the
text also joins by "and" ("Carrano and Biewener's experiments ... Carrano & Biewener found") is two persons, authors
or a duo: :func:`persons_pair` says where it splits.
"""
from __future__ import annotations

from typing import Sequence

from analysis.actors.name_context import NameContext

_AMPERSAND_GAP = " & "  # the gap before the word after an "&" written between spaces


def ampersand_firm(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why ``segment`` names a firm ("firm: Procter & Gamble"), or "" (see the module docstring)."""
    if _ampersand_at(ctx, segment) is None or any(ctx.labels[i] != "free" for i in segment) \
            or persons_pair(ctx, segment) is not None or _quoted(ctx, segment):
        return ""
    return f"firm: {ctx.text[ctx.tokens[segment[0]].start:ctx.tokens[segment[-1]].end]}"


def persons_pair(ctx: NameContext, segment: Sequence[int]) -> int | None:
    """Where ``segment`` splits into two persons' names (the position of the word after "&"): when the text also
    writes the two names joined by "and" ("Carrano and Biewener"), or None."""
    at = _ampersand_at(ctx, segment)
    if at is None:
        return None
    tokens = ctx.tokens
    left = ctx.view[tokens[segment[0]].start:tokens[segment[at - 1]].end]
    right = ctx.view[tokens[segment[at]].start:tokens[segment[-1]].end]
    return at if f"{left} and {right}" in ctx.view else None


def _ampersand_at(ctx: NameContext, segment: Sequence[int]) -> int | None:
    """The position in ``segment`` of the first word after an "&" between spaces, or None."""
    for position in range(1, len(segment)):
        if ctx.tokens[segment[position]].gap == _AMPERSAND_GAP:
            return position
    return None


def _quoted(ctx: NameContext, segment: Sequence[int]) -> bool:
    """Whether ``segment`` stands alone between quotation marks: a title or a label, no firm's name."""
    start, end = ctx.tokens[segment[0]].start, ctx.tokens[segment[-1]].end
    return ctx.view[start - 1:start] == '"' and ctx.view[end:end + 1] == '"'
