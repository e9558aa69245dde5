"""Paragraphs: a line break is a paragraph break, except in hard-wrapped text."""
from __future__ import annotations

import re

from analysis.text.normalization import normalize

_LINE = re.compile(r"[^\r\n\x0b\x0c\x85\u2028\u2029]+")
_TERMINAL_CHARS = ".?!:;\"')]"
_LIST_ITEM_START = re.compile(r"""^\s*(?:[-*+\u2022\u25cf\u25aa\u2023>]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])\s""")
_WRAPPED_LINE_MAX = 100
_WRAPPED_LINE_MIN = 40  # a shorter line ending without punctuation is a list item or a heading


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty paragraphs, stripped of surrounding whitespace.

    A line break is a paragraph break (wire stories put one paragraph per
    line; blank lines count the same). Two exceptions keep hard-wrapped text
    whole: a line of 40 characters or more that ends without punctuation,
    followed by a line that starts in lower case, continues its paragraph;
    and in a document wrapped at a fixed width (lines broken mid-sentence at
    nearly the same length, at most 100 characters) only blank lines separate
    paragraphs. A paragraph span may then contain line breaks. A line opening
    with a bullet or list marker always starts a paragraph.
    """
    return paragraphs_of_view(normalize(text))


def paragraphs_of_view(view: str) -> list[tuple[int, int]]:
    """:func:`paragraph_spans` of a text already normalised (:func:`analysis.text.normalize`)."""
    lines = _stripped_lines(view)
    if not lines:
        return []
    wrapped = _looks_hard_wrapped(view, lines)
    paragraphs = [lines[0]]
    last_line_start = lines[0][0]  # where the paragraph's last \n-delimited line starts
    for start, end in lines[1:]:
        last_start, last_end = paragraphs[-1]
        if _continues_paragraph(view, (last_line_start, last_end), (start, end), wrapped=wrapped):
            paragraphs[-1] = (last_start, end)
            last_line_start = _last_line_start(view, last_end, start, last_line_start)
        else:
            paragraphs.append((start, end))
            last_line_start = start
    return paragraphs


def _last_line_start(view: str, gap_start: int, line_start: int, previous: int) -> int:
    r"""Where a paragraph's last line starts once the line at ``line_start`` joins it.

    Lines hold no ``\n``, so only the gap before the new line can: the cost is
    the gap's, not the paragraph's (a paragraph of many lines joined by other
    breaks, such as U+2028, stays linear).
    """
    newline = view.rfind("\n", gap_start, line_start)
    return newline + 1 if newline >= 0 else previous


def _stripped_lines(view: str) -> list[tuple[int, int]]:
    spans = []
    for match in _LINE.finditer(view):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            spans.append((start, start + len(stripped)))
    return spans


def _single_break(view: str, previous_end: int, start: int) -> bool:
    gap = view[previous_end:start]
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n") <= 1


def _looks_hard_wrapped(view: str, lines: list[tuple[int, int]]) -> bool:
    """Wrapped at a fixed width: lines broken mid-sentence at nearly the same length."""
    broken = [prev for prev, cur in zip(lines, lines[1:]) if _single_break(view, prev[1], cur[0])]
    if len(broken) < 3:
        return False
    lengths = [end - start for start, end in broken]
    width = max(lengths)
    near_width = sum(1 for length in lengths if length >= 0.7 * width)
    open_ended = sum(1 for start, end in broken if not _ends_with_terminal(view[start:end]))
    return width <= _WRAPPED_LINE_MAX and near_width >= 0.8 * len(broken) and open_ended >= 0.5 * len(broken)


def _ends_with_terminal(line: str) -> bool:
    return line.rstrip()[-1:] in tuple(_TERMINAL_CHARS)


def _continues_paragraph(
    view: str, previous_line_span: tuple[int, int], line: tuple[int, int], *, wrapped: bool
) -> bool:
    r"""Whether ``line`` continues the paragraph whose last ``\n``-delimited line is ``previous_line_span``."""
    if not _single_break(view, previous_line_span[1], line[0]):
        return False
    text = view[line[0]:line[1]]
    if _LIST_ITEM_START.match(text):
        return False
    if wrapped:
        return True
    previous_line = view[previous_line_span[0]:previous_line_span[1]]
    return (
        len(previous_line.strip()) >= _WRAPPED_LINE_MIN
        and not _ends_with_terminal(previous_line)
        and text[0].islower()
    )
