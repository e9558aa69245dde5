"""A ruler's regnal number "I" after a name: "Shah Abbas I", "Pope Damasus I", "Tsar Aleksei I".

Discovery trims caption words from the end of a name ("Elizabeth Warren Image"), and the pronoun "I"
is one of them ("Mr. Collins I know you're busy"). After a ruler's title, though, "I" is the regnal
number, part of the name: trimmed, "Shah Abbas I" became "Abbas", and linking made it one actor with
"Shah Abbas II". The title (``lexicon/regnal_titles.txt``) opens the name or stands right before it,
and no apostrophe follows the "I" ("Pope Francis I'd say" is the pronoun).
"""
from __future__ import annotations

from typing import Sequence

from analysis.actors.name_context import NameContext
from analysis.text import lexicon

_APOSTROPHES = ("'", "\u2019")


def regnal_one(ctx: NameContext, segment: Sequence[int]) -> bool:
    """Whether the last word of the name on ``segment`` (token indices) is a ruler's regnal "I"."""
    tokens = ctx.tokens
    last = tokens[segment[-1]]
    if last.text != "I" or len(segment) < 2 or last.gap != " " or ctx.view.startswith(_APOSTROPHES, last.end):
        return False
    titles = lexicon.words("regnal_titles")
    first = segment[0]
    return tokens[first].text in titles or first > 0 and tokens[first - 1].text in titles \
        and tokens[first].gap == " "
