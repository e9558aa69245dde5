"""Quotations: quote marks paired paragraph by paragraph into quote segments."""
from __future__ import annotations

import re
from typing import NamedTuple

from analysis.text.normalization import normalize, strip_span
from analysis.text.paragraphs import paragraph_spans
from analysis.text.single_quotes import single_mark_spans, single_style

OPENING_QUOTES = "\u201c\u201e\u00ab"
CLOSING_QUOTES = "\u201d\u00bb"
QUOTE_MARKS = '"' + OPENING_QUOTES + CLOSING_QUOTES + "\u201f\u2033"
# In the normalised view every double mark is '"', and a doubled apostrophe or backtick (the New York Times
# and Penn Treebank style '' and ``, or two curly single marks) is a double mark too. Three apostrophes in
# a row are a double and a single mark together (see _doubled_mark).
_VIEW_MARK = re.compile("\"|'{2,3}")
# How a double mark ends a string of the normalised view.
MARK_ENDINGS = ('"', "''")
_OPENING_GLYPHS = OPENING_QUOTES + "`\u2018"
_CLOSING_GLYPHS = CLOSING_QUOTES + "\u2019"
_OPENER_PRECEDERS = "([{-/:'\""
_NOT_AFTER_OPENER = ",;:!?)]}"
_CLOSER_FOLLOWERS = ".,;:!?)]}-'\""


class QuoteSpan(NamedTuple):
    """The words inside one pair of quotation marks, within one paragraph.

    ``start``/``end`` exclude the marks and surrounding spaces. A quotation
    that runs over several paragraphs (each continuation paragraph opening
    with a quote mark) gives one ``QuoteSpan`` per paragraph, sharing
    ``group``. ``closed`` is False when the span ends at the paragraph end (or
    at a new opening mark) without a closing mark. ``single`` is True for a
    quotation in single marks (:mod:`analysis.text.single_quotes`).
    """

    start: int
    end: int
    group: int
    closed: bool
    single: bool = False


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the words inside quotation marks (straight, “ ”, „, « », and the New York
    Times' two apostrophes or backticks), in order.

    See :func:`quote_segments` for the pairing rules and for multi-paragraph quotes.
    """
    return [(q.start, q.end) for q in quote_segments(text)]


def quote_segments(text: str) -> list[QuoteSpan]:
    """Quotations found by pairing quote marks paragraph by paragraph.

    A mark can open when it starts a word (space, bracket or dash before, a
    word after) and can close when it ends one (a word before; space or
    punctuation after); the glyph (“ or ”) decides only when the context does
    not, and a straight mark then toggles. A mark that can only close never
    opens, so a misused left quote such as ``health sector “.`` ends the quote
    instead of starting a new one. A quote still open at the end of its
    paragraph continues into the next paragraph only when that paragraph opens
    with a quote mark (the news convention); otherwise it ends with the
    paragraph, so one bad mark never swallows the rest of the article.

    Single marks pair past the apostrophes only in an article that quotes
    with them (British style; :mod:`analysis.text.single_quotes`).

    An article's Document pairs its marks once (:attr:`analysis.text.Document.quote_segments`)
    and every step reads that; this function is for a loose string.
    """
    return pair_quote_marks(text, normalize(text), paragraph_spans(text))


def pair_quote_marks(text: str, view: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """:func:`quote_segments` given the text's normalised view and paragraph spans: the double-mark quotations,
    or the single-mark ones in an article that quotes with single marks (:mod:`analysis.text.single_quotes`)."""
    spans = _pair_double_marks(text, view, paragraphs)
    if "'" not in view or (spans and not _nested_in_single(view, paragraphs, spans[0])):
        return spans  # the common case, settled on the first double-mark quotation's paragraph alone
    single = single_mark_spans(view, paragraphs)
    if not single_style([(span.start, span.end) for span in spans], single):
        return spans
    out: list[QuoteSpan] = []
    for segment in single:
        s, e = strip_span(view, segment.start, segment.end)
        if s < e:
            out.append(QuoteSpan(s, e, segment.group, segment.closed, single=True))
    return out


def _nested_in_single(view: str, paragraphs: list[tuple[int, int]], span: QuoteSpan) -> bool:
    """Whether the double-mark quotation ``span`` lies inside a single-mark quotation of its paragraph."""
    paragraph = next((p for p in paragraphs if p[0] <= span.start < p[1]), None)
    return paragraph is not None and single_style([(span.start, span.end)], single_mark_spans(view, [paragraph]))


def _pair_double_marks(text: str, view: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """The double-mark quotations of :func:`pair_quote_marks`."""
    spans: list[QuoteSpan] = []
    group = -1
    carried = False
    for index, (p_start, p_end) in enumerate(paragraphs):
        open_at: int | None = None
        for match in _VIEW_MARK.finditer(view, p_start, p_end):
            pos, length = _doubled_mark(view, match.start(), match.end(), p_end)
            role = _mark_role(text, view, pos, p_start, p_end, inside=open_at is not None, length=length)
            if open_at is None:
                if role == "open":
                    if not (carried and pos == p_start):
                        group += 1
                    open_at = pos + length
                continue
            if role == "close":
                _add_quote(spans, view, open_at, pos, group, closed=True)
                open_at = None
            else:  # a new quote opens while one is open: the first was never closed
                _add_quote(spans, view, open_at, pos, group, closed=False)
                group += 1
                open_at = pos + length
        carried = False
        if open_at is not None:
            if index + 1 < len(paragraphs):
                carried = _opens_with_quote(text, view, paragraphs[index + 1])
            single = None if carried else _single_closing_mark(view, open_at, p_end)
            if single is not None:
                _add_quote(spans, view, open_at, single, group, closed=True)
            else:
                _add_quote(spans, view, open_at, p_end, group, closed=False)
    return spans


def _single_closing_mark(view: str, start: int, end: int) -> int | None:
    """Where a double mark left open to the end of its paragraph was closed by a single mark instead
    (``says "The Poet' because ...``, ``"She was right.' Her fourth-year project ...``): the first apostrophe of
    ``view[start:end]`` that ends a word (a letter before it, other than the "s" of a plural possessive such as
    ``the players' union``; a space or punctuation after it) or a sentence (``.?!`` before it, a space after it).
    None when a single mark opens first (a nested quote ``'no'`` pairs with its own mark) or there is no such
    apostrophe. One pass over the span, so pairing stays linear."""
    position = view.find("'", start, end)
    while position >= 0:
        before = view[position - 1] if position > start else " "
        after = view[position + 1] if position + 1 < end else " "
        if (before.isspace() or before in _OPENER_PRECEDERS) and after.isalnum():
            return None  # a nested single quote opens
        if before.isalpha() and before.lower() != "s" and (after.isspace() or after in _SINGLE_CLOSER_FOLLOWERS):
            return position
        if before in _SENTENCE_END and after.isspace():
            return position
        position = view.find("'", position + 1, end)
    return None


_SINGLE_CLOSER_FOLLOWERS = ".,;:!?)]}"
_SENTENCE_END = ".?!"


def _doubled_mark(view: str, start: int, end: int, p_end: int) -> tuple[int, int]:
    """Position and length of the double mark in a match of ``"``, two or three apostrophes.

    Of three apostrophes the double mark is the first two when a word follows
    (an opening double then single mark) and the last two otherwise (a single
    then a double closing mark, as after a nested quote ending "no.").
    """
    if end - start < 3:
        return start, end - start
    following = view[end] if end < p_end else " "
    return (start + 1, 2) if following.isspace() or following in _CLOSER_FOLLOWERS else (start, 2)


def _mark_role(text: str, view: str, pos: int, p_start: int, p_end: int, *, inside: bool, length: int = 1) -> str:
    """``"open"`` or ``"close"`` for the quote mark of ``length`` characters at ``pos``, judged from its
    neighbours."""
    before = view[pos - 1] if pos > p_start else " "
    after = view[pos + length] if pos + length < p_end else " "
    after_next = view[pos + length + 1] if pos + length + 1 < p_end else " "
    stranded = after in ".,;:!?" and after_next.isspace()
    can_open = (before.isspace() or before in _OPENER_PRECEDERS) and not (
        after.isspace() or after in _NOT_AFTER_OPENER or stranded
    )
    can_close = not before.isspace() and (after.isspace() or after in _CLOSER_FOLLOWERS)
    if before.isspace() and stranded:
        can_close = True  # `sector “.`: a mark stranded before the final punctuation closes
    if can_open != can_close:
        return "open" if can_open else "close"
    glyph = text[pos]
    if glyph in _OPENING_GLYPHS and not inside:
        return "open"
    if glyph in _CLOSING_GLYPHS and inside:
        return "close"
    return "close" if inside else "open"


def _opens_with_quote(text: str, view: str, paragraph: tuple[int, int]) -> bool:
    start, end = paragraph
    match = _VIEW_MARK.match(view, start, end)
    if match is None:
        return False
    pos, length = _doubled_mark(view, start, match.end(), end)
    return pos == start and _mark_role(text, view, start, start, end, inside=False, length=length) == "open"


def mark_before(view: str, start: int, *, single: bool = False) -> int:
    """Where the double quote mark (the single one when ``single``) just before ``start`` begins (spaces between
    skipped), or ``start`` when none stands there; ``view`` is the normalised text."""
    position = start
    while position > 0 and view[position - 1].isspace():
        position -= 1
    if single:
        return position - 1 if position > 0 and view[position - 1] == "'" else start
    if position >= 2 and view[position - 2:position] == "''":
        return position - 2
    return position - 1 if position > 0 and view[position - 1] == '"' else start


def mark_after(view: str, end: int, *, single: bool = False) -> int:
    """Where the double quote mark (the single one when ``single``) just after ``end`` ends (spaces, not line
    breaks, between skipped), or ``end`` when none stands there."""
    position = end
    while position < len(view) and view[position].isspace() and view[position] not in "\r\n":
        position += 1
    if single:
        return position + 1 if position < len(view) and view[position] == "'" else end
    if view.startswith("''", position):
        return position + 2
    return position + 1 if position < len(view) and view[position] == '"' else end


def _add_quote(spans: list[QuoteSpan], view: str, start: int, end: int, group: int, *, closed: bool) -> None:
    s, e = strip_span(view, start, end)
    if s < e:
        spans.append(QuoteSpan(s, e, group, closed))
