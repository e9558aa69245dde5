"""Quotations in single marks, for articles that use them as their main quotation marks (British style).

News in British, Irish, Australian and Indian style quotes with single marks: ``'We will not pay,' she said.``,
``He said: 'It is over.'``, ``the man was 'known to officers'.`` The same glyph is the apostrophe (``don't``,
``the Smiths' house``, ``rock 'n' roll``, ``the '90s``), so a single mark is paired only when no apostrophe can
fool the pairing:

* it **opens** at a word start (paragraph start, space, bracket, dash, ``:`` or a double mark before it; a letter,
  digit, currency sign or double mark after it), unless the word is an elision of ``lexicon/single_mark_elisions.txt`` (``'n'``, ``'em``) or
  a year (``'90s``, ``'68``);
* it **closes** at a word end (no space before it; space, punctuation or the paragraph end after it). A close
  between a letter and a space (``the players' union``, ``the Smiths' Christmas party``, ``'a disgrace' and``)
  is *weak*: it closes only when no strong close (after punctuation, or before punctuation or the paragraph end:
  ``disgrace,'``, ``officers'.``) follows before the next opening mark or the paragraph end; the first weak one
  then closes;
* an opening mark left without a close is no quotation, unless the next paragraph opens with a single mark (a
  quotation running over paragraphs, the news convention);
* a mid-word apostrophe (``don't``, ``O'Neill``) is neither.

The pairs count only in an article whose double marks, if any, all stand inside single-mark quotations (a
quotation nested in British style: ``'He told me "never",' she said``): an article quoting with double marks keeps
exactly its double-mark quotations. Nested double-mark spans are then dropped, as nested single marks are in
double-mark style.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from analysis.text.lexicon import words as lexicon_words

# A single mark: an apostrophe of the normalised view that is not part of a doubled ('' or ''') double mark.
_SINGLE = re.compile("(?<!')'(?!')")
_OPEN_AFTER_PRECEDERS = "([{-/:\""
_OPEN_FOLLOWERS = "\"\u00a3$\u20ac"  # a nested double mark or a currency sign (pound, dollar, euro)
_CLOSE_FOLLOWERS = ".,;:!?)]}-\""
_NOT_BEFORE_CLOSE = "([{-/:"
_ELISIONS = lexicon_words("single_mark_elisions")
_LONGEST_ELISION = max(map(len, _ELISIONS))
_WORD_AFTER = re.compile(r"[^\W_]+")
_YEAR = re.compile(r"\d\ds?")


class SingleSpan(NamedTuple):
    """One single-mark quotation segment: words inside the marks, its group and whether a mark closes it."""

    start: int
    end: int
    group: int
    closed: bool


def single_mark_spans(view: str, paragraphs: Sequence[tuple[int, int]]) -> list[SingleSpan]:
    """The single-mark quotation segments of a normalised text (module docstring), unstripped, in order."""
    out: list[SingleSpan] = []
    group = -1
    carried = False
    for index, (p_start, p_end) in enumerate(paragraphs):
        open_at: int | None = None
        weak: int | None = None
        for match in _SINGLE.finditer(view, p_start, p_end):
            pos = match.start()
            role = _role(view, pos, p_start, p_end)
            if role == "open":
                if open_at is not None and weak is not None:
                    out.append(SingleSpan(open_at, weak, group, True))
                if not (carried and pos == p_start):
                    group += 1
                open_at, weak = pos + 1, None
            elif open_at is not None and role == "close":
                out.append(SingleSpan(open_at, pos, group, True))
                open_at, weak = None, None
            elif open_at is not None and role == "weak" and weak is None:
                weak = pos
        carried = False
        if open_at is not None:
            if weak is not None:
                out.append(SingleSpan(open_at, weak, group, True))
            elif index + 1 < len(paragraphs) and _opens_paragraph(view, *paragraphs[index + 1]):
                out.append(SingleSpan(open_at, p_end, group, False))
                carried = True
    return out


def _opens_paragraph(view: str, start: int, end: int) -> bool:
    return start < end and view[start] == "'" and _role(view, start, start, end) == "open"


def _role(view: str, pos: int, p_start: int, p_end: int) -> str:
    """``open``, ``close``, ``weak`` (a close between a letter and a space) or ``none`` for the single mark at ``pos``."""
    before = view[pos - 1] if pos > p_start else " "
    after = view[pos + 1] if pos + 1 < p_end else " "
    if (before.isspace() or before in _OPEN_AFTER_PRECEDERS) and (after.isalnum() or after in _OPEN_FOLLOWERS):
        word = _WORD_AFTER.match(view, pos + 1, p_end)
        if word is not None and (word.group().lower() in _ELISIONS or _YEAR.fullmatch(word.group())):
            return "none"
        return "open"
    if before.isspace() or before in _NOT_BEFORE_CLOSE or not (after.isspace() or after in _CLOSE_FOLLOWERS):
        return "none"
    if _ends_elision(view, pos, p_start):
        return "none"
    return "weak" if after.isspace() and before.isalpha() and pos + 1 < p_end else "close"


def _ends_elision(view: str, pos: int, p_start: int) -> bool:
    """Whether the mark at ``pos`` ends an elision opened by its own apostrophe: the second mark of ``'n'``."""
    start = pos
    while start > p_start and pos - start <= _LONGEST_ELISION and view[start - 1].isalpha():
        start -= 1
    return start > p_start and view[start - 1] == "'" and view[start:pos].lower() in _ELISIONS


def single_style(double: Sequence[tuple[int, int]], single: Sequence[SingleSpan]) -> bool:
    """Whether an article quotes with single marks: it has single-mark quotations and every double-mark span
    (``double``, start/end pairs in text order) lies inside one of them."""
    if not single:
        return False
    at = 0
    for start, end in double:
        while at < len(single) and single[at].end < end:
            at += 1
        if at == len(single) or single[at].start > start:
            return False
    return True
