"""An epithet after a name and "the" ("Peter the Great", "Pliny the Elder") is part of that person's name.

A ruler's, saint's or classical author's epithet is a capitalised word written
after the name and a lower-case "the". Alone it is no name: discovery would
otherwise take "Great" for a name of its own, type it from a later apposition
("the History of Peter the Great, Emperor of Russia") and link every
"Great" of the article to it. The name before it ("Peter") is found as usual.
The epithets are ``lexicon/epithets.txt``.
"""
from __future__ import annotations

from typing import Sequence

from analysis.actors.name_runs import Token
from analysis.text import lexicon


def epithet_after_name(tokens: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` is an epithet written right after a capitalised name and "the"."""
    if index < 2 or tokens[index].text not in lexicon.words("epithets"):
        return False
    article, name = tokens[index - 1], tokens[index - 2]
    return article.text == "the" and article.gap == " " and tokens[index].gap == " " \
        and name.text[:1].isupper() and not name.possessive
