"""A noun naming a person by trade right before a name makes the name a person's: "ecologist Chip Taylor",
"photojournalist Ziad al-Sharabi", "physician Ana Ruiz", "astronomer Angelos Tsiaras".

The dictionary's role nouns ("journalist", "lawyer") already type a name after them through the office
matcher (:mod:`analysis.actors.name_cues`); a trade is named by more nouns than any list holds, but their
endings tell them. Two kinds, both written in lower case right before the name with only spaces between:

* a trade noun (``lexicon/trade_noun_endings.txt``: "-ologist", "-ist", "-ician", "-orian", "-arian", or a
  compound in "-man", "-woman", "-person": "fisherman", "anchorwoman", "salesperson", in a word of more than
  six letters, the test an apposition's head noun already passes: "X, a Senegalese virologist"), before a name
  of two words or more, none a body's or a place's head word, since "-ist" also ends adjectives ("the separatist
  Republic of Artsakh", "the nationalist Freedom Party");
* an agent noun in "-er" or "-or" of more than six letters ("astronomer", "developer", "arbiter"), no stopword
  ("whether", "another"), before a plain full name: two or three words written with a capital and lower-case
  letters, none of them written in lower case in the text, a head word, a title, a listed non-name, a role or
  organisation noun, or part of a dictionary match ("tax preparer Mazars USA", "property developer Echo
  Investment", "administer London CBD" are no persons). Firms have agents' names too ("developer", "carrier"),
  but their names are mostly such words.
"""
from __future__ import annotations

from typing import Sequence

from analysis.actors.name_context import NameContext
from analysis.text import lexicon

_TRADE_ENDINGS = lexicon.ordered_words("trade_noun_endings")
_AGENT_ENDINGS = ("er", "or")
_SHORTEST = 7


def trade_noun(word: str) -> bool:
    """Whether a lower-case ``word`` names a person by trade: "virologist", "physician", "historian"."""
    return len(word) >= _SHORTEST and word.endswith(_TRADE_ENDINGS)


def agent_noun(word: str) -> bool:
    """Whether a lower-case ``word`` may name a person by what they do: "astronomer", "developer" (no stopword:
    "whether", "another")."""
    return len(word) >= _SHORTEST and word.endswith(_AGENT_ENDINGS) and word not in lexicon.stopwords()


def trade_noun_person(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why the name on ``segment`` (token indices) is a person's by the trade or agent noun before it ("after
    ecologist"), or "" when no such noun stands right before it."""
    first = ctx.tokens[segment[0]]
    if first.initial or len(segment) < 2:
        return ""  # a lone word after such a noun is as often a body's: "the separatist Republic of Artsakh"
    word = ctx.word_before(first.start)
    if word is None:
        return ""
    if trade_noun(word) and not any(ctx.tokens[i].text in ctx.head_words for i in segment):
        return f"after {word}"
    if agent_noun(word) and len(segment) <= 3 and all(_plain_name_word(ctx, i) for i in segment):
        return f"after {word}"
    return ""


def _plain_name_word(ctx: NameContext, index: int) -> bool:
    """A word of a plain full name: capitalised with lower-case letters, free of dictionary matches and offices,
    never written in lower case in the text, no head word, title, listed non-name, role or organisation noun."""
    token = ctx.tokens[index]
    word = token.text
    if len(word) < 2 or not word[:1].isupper() or word.isupper() or ctx.labels[index] != "free" or token.possessive:
        return False
    lower = word.lower()
    return lower not in ctx.lowercase and word not in ctx.head_words and word not in ctx.cues.titles \
        and word not in ctx.cues.not_names and lower not in ctx.common_nouns

