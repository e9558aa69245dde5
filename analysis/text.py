"""Text basics: a normalised view for analysis, word tokens and sentence spans.

The stored article text is never changed. :func:`normalize` returns a view of
the same length, character for character, so an offset found in the
normalised view indexes the stored text too.
"""
from __future__ import annotations

import re
import unicodedata

_CHAR_MAP = {
    # quotation marks
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    # dashes and hyphens
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    # spaces
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u3000": " ", "\t": " ",
    # invisible characters keep their slot as a space
    "\u200b": " ", "\ufeff": " ", "\u00ad": " ",
    # ellipsis stays one character
    "\u2026": ".",
}
_TRANSLATION = str.maketrans(_CHAR_MAP)

WORD_PATTERN = re.compile(r"\w+(?:[-'\u2019]\w+)*")


def normalize(text: str) -> str:
    """Typographic quotes, apostrophes, dashes and odd spaces to ASCII, same length.

    ``len(normalize(t)) == len(t)`` always holds, so offsets are shared.
    """
    return text.translate(_TRANSLATION)


def fold_accents(text: str) -> str:
    """Strip combining accents one character at a time (``Nicolás`` -> ``Nicolas``), same length."""
    return "".join(_fold_char(ch) for ch in text)


def _fold_char(ch: str) -> str:
    if ch.isascii():
        return ch
    base = unicodedata.normalize("NFD", ch)[0]
    return base if len(base) == 1 else ch


def word_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of word tokens (letters, digits, inner hyphens and apostrophes)."""
    return [match.span() for match in WORD_PATTERN.finditer(normalize(text))]


def count_words(text: str) -> int:
    """Number of word tokens in ``text``."""
    return sum(1 for _ in WORD_PATTERN.finditer(normalize(text)))
