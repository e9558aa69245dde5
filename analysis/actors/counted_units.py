"""Capital letters counted like a unit: "250 MXN,", "with 11 RBI.", "a 40 GB." name no actor.

An all-capital word right after a count (digits, or a number word: ``lexicon/number_words.txt``) that ends its
phrase (punctuation, a line's end) is what was counted: a currency's code, a unit, a statistic ("runs batted
in"). A body or a place written so stands before what it owns or does ("27 EU members", "two UN peacekeepers",
"US 169" is a road), and a year before it dates it ("the 2020 NBA."), so neither is read this way.
:func:`without_counted_units` drops such words from the dictionary's matches and from discovered names alike,
before linking reads them (the dictionary's "RBI" is the Reserve Bank of India elsewhere).
"""
from __future__ import annotations

import re
from typing import Protocol, Sequence, TypeVar

from analysis.text import lexicon

_COUNT_BEFORE = re.compile(
    rf"(?:(?<![\w.,])\d[\d,.]*|\b(?:{lexicon.alternation('number_words')}))[ \t]+$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$")
_PHRASE_END = re.compile(r"[ \t]*(?:[.,;:!?)\]]|\n|$)")
_LOOK_BACK = 16  # characters before a word that hold its count
_MOST_LETTERS = 5  # a unit's code has two to five letters


class _Offsets(Protocol):
    """A found name's offsets into the text, read-only: a dictionary span, a discovered candidate."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


Spanned = TypeVar("Spanned", bound=_Offsets)


def counted_unit(view: str, start: int, end: int) -> bool:
    """Whether the word at ``[start, end)`` of ``view`` is all capitals (two to five letters), right after a count
    that is no year, and ends its phrase: "250 MXN,", "3 RBI."."""
    word = view[start:end]
    if not (2 <= len(word) <= _MOST_LETTERS and word.isalpha() and word.isupper()):
        return False  # most words: the patterns need not run
    if _PHRASE_END.match(view, end) is None:
        return False  # the phrase goes on (tested first: the anchored test is the cheaper)
    count = _COUNT_BEFORE.search(view, max(0, start - _LOOK_BACK), start)
    return count is not None and not _YEAR.match(count.group(0).strip())


def without_counted_units(view: str, found: Sequence[Spanned]) -> list[Spanned]:
    """``found`` (dictionary spans or discovered candidates, offsets into ``view``) without counted units."""
    # a longer word is no unit: most names skip the test
    return [item for item in found
            if item.end - item.start > _MOST_LETTERS or not counted_unit(view, item.start, item.end)]
