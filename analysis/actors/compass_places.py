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
"""
from __future__ import annotations

import re
from typing import Sequence

from analysis.actors.mention_types import actor_id_for
from analysis.text import lexicon

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
