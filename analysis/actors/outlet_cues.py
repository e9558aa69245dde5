"""An outlet named by what is done to it: "told The Verge", "according to The Atlantic".

A capital "The" inside a sentence opens a title: a newspaper, a site, a band, a show
(:func:`analysis.actors.name_cues.person_cue` never makes a person of it). Right after a word of
``lexicon/outlet_cue_words.txt`` -- a verb of telling ("told", "tells") or "according to" -- the title is
what a speaker talks to or a report cites: a media outlet ("told The Brooklyn Paper", not "starred in The
Godfather", "toured with The Rolling Stones").
"""
from __future__ import annotations

from typing import Sequence

from analysis.actors.name_context import NameContext
from analysis.text import lexicon

OUTLET_CUE = "outlet after:"


def told_outlet(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why the name at ``segment`` (after a capital "The" inside a sentence) is a media outlet ("outlet after:
    told The"), or ""."""
    first = ctx.tokens[segment[0]]
    if first.index == 0:
        return ""
    article = ctx.tokens[first.index - 1]
    if article.text != "The" or article.initial or article.end >= first.start:
        return ""  # no title: most names; "The" opening a sentence says nothing
    words = ctx.view[max(0, article.start - 20):article.start].split()
    cues = lexicon.words("outlet_cue_words")
    for size in (1, 2, 3):
        said = " ".join(words[-size:]).lower()
        if len(words) >= size and said in cues:
            return f"{OUTLET_CUE} {said} The"
    return ""
