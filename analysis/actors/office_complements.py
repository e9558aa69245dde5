"""Offices named inside an organisation's name: "the Office of the Mayor", "the Office of the President", "the
Office of the High Commissioner for Human Rights".

An office ("Mayor", "President") ends a name where it stands (it is a person's title), so discovery splits a run
of capitalised words at it. After an organisation head word and "of the" it is the name's complement instead, like
"Health" in "Department of Health" (with a modifier before it: "the Office of the Chief Prosecutor", ``lexicon/
apposition_office_modifiers.txt`` and ``office_modifiers.txt``, or any other capitalised word between "the" and the
office: "the Office of the High Commissioner", "the Office of the Special Envoy"): :func:`office_complement` gives
those office words of a run, so the name is read whole. Without "the" the phrase names the post itself ("eligible to the Office of President").

Before an office that ends a name, a capitalised word ranking the office ("Majority", "Vice", "Deputy":
``lexicon/office_rank_words.txt`` and ``apposition_office_modifiers.txt``) belongs to the office, not the name:
:func:`without_office_rank` drops it from the name's end ("Senate [Majority Leader] Mitch McConnell", "the Libertarian
Party [Vice Chairman]").
"""
from __future__ import annotations

from typing import Sequence

from analysis.actors.name_context import NameContext
from analysis.text import lexicon

_OF = ("of", "Of")
_OFFICE = "office"
_MODIFIERS = lexicon.union("apposition_office_modifiers", "office_modifiers")
_RANKS = lexicon.union("apposition_office_modifiers", "office_rank_words")


def office_complement(ctx: NameContext, run: Sequence[int]) -> frozenset[int]:
    """The office words of ``run`` that follow an organisation head word and "of the" ("Office of the Mayor"),
    with the office words right after them; empty when there is none."""
    tokens, labels = ctx.tokens, ctx.labels
    kept: set[int] = set()
    for position, index in enumerate(run):
        if labels[index] != _OFFICE or index in kept:
            continue
        start = position - 1 if position and _modifier(ctx, run[position - 1]) else position  # "Chief Prosecutor"
        if start == position and position > 2 and _capitalised_free(ctx, run[position - 1]):
            start = position - 1  # "the High Commissioner", "the Special Envoy": a modifier no list has
        k = start - 2  # "of the" before the office: without "the", "the Office of President" is the post itself
        if k < 1 or tokens[run[k + 1]].text != "the" or tokens[run[k]].text not in _OF:
            continue
        head = run[k - 1]
        if labels[head] != "free" or tokens[head].text not in ctx.cues.organization_heads:
            continue  # "Office of the Mayor"; not "President of the ..." (an office before "of")
        kept.update(run[start:position])
        for following in run[position:]:
            if labels[following] != _OFFICE:
                break
            kept.add(following)
    return frozenset(kept)


def _capitalised_free(ctx: NameContext, index: int) -> bool:
    """Whether the word at ``index`` is capitalised and free (no dictionary match or office covers it)."""
    return ctx.labels[index] == "free" and ctx.tokens[index].text[:1].isupper()


def _modifier(ctx: NameContext, index: int) -> bool:
    """Whether the word at ``index`` is a capitalised modifier of the office after it ("Chief", "Deputy")."""
    word = ctx.tokens[index].text
    return word[:1].isupper() and word.lower() in _MODIFIERS


def without_office_rank(ctx: NameContext, part: list[int]) -> list[int]:
    """``part`` (the words of a name before an office) without the capitalised words ranking that office at its end
    ("the Senate Majority" before "Leader" is "the Senate"); the part unchanged when all its words would go, or all
    but one that no lower-case word or sentence-opening "The" stands before (a lone capitalised word names a body only
    there: "On Monday, Senate Majority Leader X ..." keeps "Senate Majority")."""
    end = len(part)
    while end > 1 and ctx.labels[part[end - 1]] == "free" and ctx.tokens[part[end - 1]].text[:1].isupper() \
            and ctx.tokens[part[end - 1]].text.lower() in _RANKS:
        end -= 1
    if end == len(part) or end == 1 and not _after_lower_word(ctx, part[0]):
        return part
    return part[:end]


def _after_lower_word(ctx: NameContext, index: int) -> bool:
    """Whether a lower-case word, or "The" opening a sentence, stands right before the word at ``index``."""
    token = ctx.tokens[index]
    if token.initial or index == 0:
        return False
    before = ctx.tokens[index - 1]
    return before.text.islower() or before.text == "The" and before.initial
