"""A city or region named with a compass word before it: "East Jerusalem", "South London", "Northern California".

The dictionary matches the place alone ("Jerusalem", "London"), and a capital
on its own may even read as its country ("South London" after "in" is no
locative use of "London"). With a capitalised compass word right before it
(``lexicon/compass_prefixes.txt``) the name is a district or a part of the
place, a place of its own: :func:`with_compass_words` widens the row over the
word and gives it its own id (``place:east-jerusalem``), type place, how
``discovered``. Countries keep their row: "Northern Syria" is Syria's north
and counts as Syria (the dictionary names the countries that are compass
names of their own: "South Korea", "North Macedonia").

A region the dictionary names by a compass word alone ("the West") right before a
demonym is no mention of that region: the compass word opens a compound adjective
with the demonym ("the West African nation", "the West European system" speak of West
Africa and western Europe, not of the Western world): :func:`without_compass_adjectives`
drops the match and keeps the demonym's.
"""
from __future__ import annotations

import re
from typing import Sequence

from analysis.actors.mention_types import Span, actor_id_for
from analysis.text import lexicon

_COMPASS_REGIONS = lexicon.words("compass_regions")  # "West", "South": a region's name alone after "the"
_ARTICLE = re.compile(r"^(?:[Tt]he\s+)?")
_WORD_BEFORE = re.compile(r"(?:^|(?<=[^\w.'-]))([A-Z][a-z]+) $")  # one capitalised word and one space before a name


def with_compass_words(text: str, rows: Sequence[tuple]) -> list[tuple]:
    """``rows`` (mention rows: start, end, surface, actor_id, actor, actor_type, how, cue) with each city or
    region match (a capital read as its country included) after a compass word widened over it."""
    prefixes = lexicon.words("compass_prefixes")
    widened = []
    for row in rows:
        start, end, surface, _, _, kind, how, _ = row
        matched = how in ("dictionary", "alias") and kind in ("place", "region") or how == "metonym"
        before = _WORD_BEFORE.search(text, max(0, start - 12), start) if matched else None
        if before is not None and before.group(1) in prefixes:
            start = before.start(1)
            name = f"{before.group(1)} {surface}"
            row = (start, end, text[start:end], actor_id_for("place", name), name, "place", "discovered",
                   f"compass word before {surface!r}")
        widened.append(row)
    return widened


def without_compass_adjectives(view: str, spans: Sequence[Span]) -> list[Span]:
    """``spans`` (dictionary matches in text order) without each region named by a compass word alone ("the West")
    that stands one space before a demonym ("the West African nation"): the compass word is part of the adjective."""
    dropped = {
        region for region, following in zip(spans, spans[1:])
        if following.how == "demonym" and following.start == region.end + 1 and view[region.end] == " "
        and region.how in ("dictionary", "alias") and region.kind == "region"
        and _ARTICLE.sub("", view[region.start:region.end], count=1) in _COMPASS_REGIONS
    }
    return [span for span in spans if span not in dropped] if dropped else list(spans)
