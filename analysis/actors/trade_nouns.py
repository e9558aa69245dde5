"""A noun naming a person by trade right before a name makes the name a person's: "ecologist Chip Taylor",
"photojournalist Ziad al-Sharabi", "physician Ana Ruiz".

The dictionary's role nouns ("journalist", "lawyer") already type a name after them through the office
matcher (:mod:`analysis.actors.name_cues`); a trade is named by more nouns than any list holds, but their
endings tell them (``lexicon/trade_noun_endings.txt``: "-ologist", "-ist", "-ician", "-orian", "-arian",
in a word of more than six letters, the test an apposition's head noun already passes: "X, a Senegalese
virologist"). The noun must be written in lower case right before the name with only spaces between; the name must
have two words or more, none a body's or a place's head word, since "-ist" also ends adjectives ("the
separatist Republic of Artsakh", "the nationalist Freedom Party").
"""
from __future__ import annotations

from typing import Sequence

from analysis.actors.name_context import NameContext
from analysis.text import lexicon

_TRADE_ENDINGS = lexicon.ordered_words("trade_noun_endings")


def trade_noun(word: str) -> bool:
    """Whether a lower-case ``word`` names a person by trade: "virologist", "physician", "historian"."""
    return len(word) > 6 and word.endswith(_TRADE_ENDINGS)


def trade_noun_person(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why the name on ``segment`` (token indices) is a person's by the trade noun before it ("after ecologist"),
    or "" when no such noun stands right before it."""
    first = ctx.tokens[segment[0]]
    if first.initial or len(segment) < 2:
        return ""  # a lone word after such a noun is as often a body's: "the separatist Republic of Artsakh"
    word = ctx.word_before(first.start)
    if word is None or not trade_noun(word):
        return ""
    if any(ctx.tokens[i].text in ctx.head_words for i in segment):
        return ""  # "the nationalist Freedom Party": a body's or a place's head word, whatever the noun before
    return f"after {word}"
