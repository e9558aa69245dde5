"""The normalised view of a text and its words.

The stored article text is never changed. :func:`normalize` returns a view of
the same length, character for character, so an offset found in the
normalised view indexes the stored text too.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import numpy as np

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
# A regex substitution touches only the mapped characters (str.translate with a
# dict table looks up every character and is ~15x slower on news text).
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_MAPPED_CHAR = re.compile("[%s]" % re.escape("".join(_CHAR_MAP)))


def _mapped(match: re.Match[str]) -> str:
    return _CHAR_MAP[match.group()]


def _combining_marks_class() -> str:
    """A regex class of the Basic Multilingual Plane's combining marks (Unicode categories Mn, Mc, Me).

    ``\\w`` leaves them out, which would cut words of Devanagari, Thai or
    decomposed Latin text at every vowel sign or accent.
    """
    ranges: list[list[int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(f"\\u{low:04x}-\\u{high:04x}" for low, high in ranges)


WORD_CHARS = rf"[\w{_combining_marks_class()}]"
WORD_PATTERN = re.compile(rf"{WORD_CHARS}+(?:[-'\u2019]{WORD_CHARS}+)*")


def normalize(text: str) -> str:
    """Typographic quotes, apostrophes, dashes and odd spaces to ASCII, same length.

    ``len(normalize(t)) == len(t)`` always holds, so offsets are shared.
    """
    return _MAPPED_CHAR.sub(_mapped, text)


def fold_accents(text: str) -> str:
    """Strip combining accents one character at a time (``Nicolás`` -> ``Nicolas``, ``Łódź`` -> ``Lodz``), same length.

    Only the runs of non-ASCII characters are looked at: news text is nearly all ASCII."""
    return text if text.isascii() else _NON_ASCII.sub(_fold_run, text)


def _fold_run(run: re.Match[str]) -> str:
    return "".join(_fold_char(ch) for ch in run.group())


def folded_view(text: str) -> str:
    """:attr:`Document.folded <analysis.text.document.Document.folded>` of ``text`` without building a Document."""
    return fold_accents(normalize(text))


# Latin letters with a stroke or without a dot, which have no decomposition: news in English often writes them
# plain ("Lech Walesa", "Lodz", "Tromso"), so they fold as accents do
_STROKED = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "ı": "i", "ŧ": "t",
            "Ŧ": "T", "ƚ": "l", "ɨ": "i"}


def _fold_char(ch: str) -> str:
    if ch.isascii():
        return ch
    stroked = _STROKED.get(ch)
    if stroked is not None:
        return stroked
    base = unicodedata.normalize("NFD", ch)[0]
    return base if len(base) == 1 else ch


def word_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of word tokens (letters, digits, inner hyphens and apostrophes)."""
    return [match.span() for match in WORD_PATTERN.finditer(normalize(text))]


def count_words(text: str) -> int:
    """Number of word tokens in ``text`` (the matches of :data:`WORD_PATTERN` in its normalised view)."""
    return count_view_words(normalize(text))


def count_view_words(view: str) -> int:
    """``len(WORD_PATTERN.findall(view))``, counted without the regex (about a third of its time on news text).

    A match of :data:`WORD_PATTERN` is a chain of runs of word characters, each
    joined to the next by one hyphen or apostrophe standing between two word
    characters, so a match starts at each run that is not so joined to the run
    before it. Each character is mapped to its kind (``a`` word, ``-`` joiner, a
    space for any other) by a table, and those starts are counted by
    ``bytes.count``. A text with a character beyond the Basic Multilingual Plane
    (or a lone surrogate) is left to the regex.
    """
    if view.isascii():
        kinds = view.encode("ascii").translate(_ASCII_KINDS)
    else:
        try:
            points = np.frombuffer(view.encode("utf-32-le"), dtype=np.uint32)
        except UnicodeEncodeError:  # a lone surrogate
            return len(WORD_PATTERN.findall(view))
        if points.max() > 0xFFFF:
            return len(WORD_PATTERN.findall(view))
        kinds = _bmp_kinds()[points].tobytes()
    # a match starts at each run not joined to the run before: after another character, after a joiner that
    # follows another character or another joiner, or at the start
    return (kinds.count(b" a") + kinds.count(b" -a") + kinds.count(b"--a")
            + kinds.startswith(b"a") + kinds.startswith(b"-a"))


_JOINERS = "-'\u2019"  # what joins two runs of word characters into one match of WORD_PATTERN


@lru_cache(maxsize=1)
def _bmp_kinds() -> np.ndarray:
    """The kind of each character of the Basic Multilingual Plane, as :func:`count_view_words` reads them (64 KB)."""
    plane = "".join(map(chr, range(0x10000)))
    kinds = np.full(0x10000, ord(" "), dtype=np.uint8)
    kinds[[match.start() for match in re.finditer(WORD_CHARS, plane)]] = ord("a")
    kinds[[ord(joiner) for joiner in _JOINERS]] = ord("-")
    return kinds


_ASCII_KINDS = bytes(
    ord("a") if re.fullmatch(WORD_CHARS, chr(code)) else ord("-") if chr(code) in _JOINERS else ord(" ")
    for code in range(256)
)  # a bytes.translate table: only its first 128 entries are used


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed to exclude surrounding whitespace of ``text[start:end]``."""
    if 0 <= start < end <= len(text) and not text[start].isspace() and not text[end - 1].isspace():
        return start, end  # nothing to strip (most spans): no copy of the piece
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip())
    return start + left, start + len(piece.rstrip())
