"""A demonym before a noun of government names the country's government: "the German government said", "the
Saudi government said", "a Chinese government spokesman said" report the country's words (the actors table gives
a country's government its country's actor, as "the government of Samoa" and "the Seoul government" have it).

A demonym elsewhere only describes the speaker ("a Turkish official", "Chinese scientists", "the Iraqi military"):
it is no speaker (:mod:`analysis.quotes.speakers` skips demonyms). Only a noun of
``lexicon/government_nouns.txt`` ending the source, or followed by a spokesperson noun only, makes the country
speak; "the German government's spokesman" and "the Saudi government official" do not.
"""
from __future__ import annotations

import re

from analysis.text import lexicon

__all__ = ["national_government"]

_GOVERNMENT_NOUNS = lexicon.words("government_nouns")
_SPOKES_NOUNS = lexicon.words("spokes_nouns")
_WORD = re.compile(r"[\w'’-]+")


def national_government(view: str, demonym_end: int, source_end: int) -> bool:
    """Whether the source words after a demonym ending at ``demonym_end`` are a noun of government alone or
    with a spokesperson noun after it ("government", "government spokesman"), up to ``source_end``."""
    following = [word.lower() for word in _WORD.findall(view, demonym_end, source_end)]
    if not following or following[0] not in _GOVERNMENT_NOUNS:
        return False
    return len(following) == 1 or (len(following) == 2 and following[1] in _SPOKES_NOUNS)
