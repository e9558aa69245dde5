"""A story's parts: the furniture before its body, its dateline, its body, the furniture after it, and its date.

:func:`split_story` turns the raw text of a wire story or web article into a
:class:`Story`. Before the body it takes off a leading date line (Wikinews'
``Friday, January 4, 2019``) and header lines: a headline, bylines, date
lines, captions and standfirsts, when they stand before a dateline or before
a byline or date line (a lone first line is taken as the headline only with
``title_line``). After the body it takes off trailer lines (credits,
copyright notices, separators, sign-offs, desk codes, contacts, links; see
:mod:`analysis.corpus.furniture`). Nothing taken off is lost: it is in the story's
``title``, ``byline``, ``header`` and ``trailer``. :func:`resolve_date`
picks the story's date from a given value, its dateline or its header.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from typing import Iterator

import pandas as pd

from analysis.corpus.datelines import (
    Dateline,
    is_yearless,
    parse_date,
    parse_dateline,
    parse_place_line,
    split_leading_date_line,
)
from analysis.corpus.furniture import (
    MAX_HEADER_WORDS,
    byline_names,
    date_line,
    is_caption,
    is_trailer_line,
    line_date,
    looks_like_name_line,
)

MAX_HEADER_LINES = 8
MAX_STANDFIRST_WORDS = 45
MAX_TRAILER_LINES = 12
_RAW_LINE = re.compile(r"[^\n]+")  # a line without its newline (a regex that skips blank runs would be quadratic)
_NOT_SPACE = re.compile(r"\S")
_DATELINE_WINDOW = 200  # a dateline is within the first characters of its line
_MAY_OPEN_WITH_DATELINE = re.compile(r"[-(/:\u2013\u2014]")  # every dateline form has a bracket, slash or dash


@dataclass(frozen=True)
class Story:
    """A story's text split into its header parts, its body and its trailer."""

    body: str
    title: str | None = None
    dateline: Dateline | None = None
    lead_date: pd.Timestamp | None = None
    lead_date_text: str | None = None
    byline: str | None = None
    header_date: pd.Timestamp | None = None
    header_date_text: str | None = None
    header: tuple[str, ...] = ()  # other lines before the body: date lines, captions, standfirsts, desk lines
    trailer: tuple[str, ...] = ()  # lines after the body: credits, notices, sign-offs, contacts, links


@dataclass(frozen=True)
class _Head:
    lines: list[str]
    kinds: list[str]
    dateline: Dateline | None
    body_start: int


def split_story(raw: str, *, title_line: bool = False) -> Story:
    """Split raw article text into its leading date line, header lines, dateline, body and trailer lines.

    The body keeps its paragraphs (newlines) and loses surrounding whitespace.
    Header lines (headline, byline, date lines, captions: short lines without
    a final full stop) are taken off when a dateline follows them within the
    first lines (``Headline`` / ``By JANE DOE`` / ``KYIV, Ukraine (AP) —
    ...``), or when they end with a byline or a date line (web copy without a
    dateline); a standfirst that ends with a full stop is header only when a
    byline or date line follows it. With ``title_line`` a first line
    without final punctuation is the headline even when nothing else marks
    the header (plain-text files). A text that would be left without a body
    is returned whole as the body.
    """
    lead_date, lead_text, text = split_leading_date_line(raw.lstrip())
    head = _header(text, title_line=title_line)
    body, trailer = _split_trailer(text[head.body_start:])
    if not body and head.dateline is None:
        head, body, trailer = _Head([], [], None, 0), text.strip(), ()
    title = head.lines[0] if head.kinds[:1] == ["plain"] else None
    byline_at = _byline_index(head, title_at=0 if title else None)
    dates = [found for found in map(line_date, head.lines) if found is not None and found[0] is not None]
    return Story(
        body=body,
        title=title,
        dateline=head.dateline,
        lead_date=lead_date,
        lead_date_text=lead_text,
        byline=_byline_text(head.lines[byline_at]) if byline_at is not None else None,
        header_date=dates[0][0] if dates else None,
        header_date_text=dates[0][1] if dates else None,
        header=tuple(line for i, line in enumerate(head.lines) if i != byline_at and not (title and i == 0)),
        trailer=trailer,
    )


def nonblank_lines(text: str, start: int = 0) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    r"""Each line from ``start`` that holds a non-space character: its span and its span stripped of spaces.

    Lines end at ``\n``. The cost is linear in the text read, however long its
    runs of spaces (a pattern like ``\s*\S`` retried at every position of a
    long blank run is quadratic).
    """
    for match in _RAW_LINE.finditer(text, start):
        line = match.group()
        stripped_length = len(line.strip())
        if stripped_length:
            stripped_start = match.start() + len(line) - len(line.lstrip())
            yield match.span(), (stripped_start, stripped_start + stripped_length)


def _lines(text: str, *, limit: int, start: int = 0) -> list[tuple[int, int]]:
    """Spans of the first ``limit`` non-blank lines from ``start``, stripped."""
    return [stripped for _, stripped in islice(nonblank_lines(text, start), limit)]


def _last_lines(text: str, *, limit: int) -> list[tuple[int, int]]:
    """Spans of the last ``limit`` non-blank lines, stripped, in order (fewer when the text has fewer)."""
    at, found = len(text), 0
    while at > 0 and found <= limit:
        start = text.rfind("\n", 0, at) + 1
        found += bool(text[start:at].strip())
        at = start - 1
    return _lines(text, limit=limit + 1, start=max(at, 0))[-limit:]


def _header(text: str, *, title_line: bool) -> _Head:
    """The header lines before the body, their kinds, the dateline and where the body starts."""
    lines = _lines(text, limit=MAX_HEADER_LINES + 1)
    kinds: list[str] = []
    for i, (start, end) in enumerate(lines[:MAX_HEADER_LINES]):
        found = parse_dateline(text[start:start + _DATELINE_WINDOW]) if _MAY_OPEN_WITH_DATELINE.search(
            text, start, min(end, start + _DATELINE_WINDOW)) else None
        if found is None and kinds[-1:] in (["byline"], ["date"]) and i + 1 < len(lines):
            found = parse_place_line(text[start:end])  # Anadolu: byline, then ANKARA alone, then the body
        if found is not None and (i == 0 or (_NOT_SPACE.search(text, start + found.end) and _closed(kinds))):
            return _Head([text[s:e] for s, e in lines[:i]], kinds, _shifted(found, start), start + found.end)
        kind = _header_kind(text[start:end])
        if kind is None or (i + 1 < len(lines) and _wraps_onto(text[slice(*lines[i + 1])])):
            break  # a line of body text, or a line whose paragraph wraps onto the next line
        kinds.append(kind)
    marked = [i for i, kind in enumerate(kinds) if kind in ("byline", "date")]
    lone_title = title_line and kinds[:1] == ["plain"] and _starts_like_a_headline(text[slice(*lines[0])])
    end = marked[-1] + 1 if marked else (1 if lone_title else 0)
    while marked and end < len(kinds) and kinds[end] == "caption":
        end += 1
    if end >= len(lines):
        return _Head([], [], None, 0)
    return _Head([text[s:e] for s, e in lines[:end]], kinds[:end], None, lines[end][0])


def _starts_like_a_headline(line: str) -> bool:
    """A word, number or quote first (a map legend ``██ Conservative Party`` or a bullet is not a headline)."""
    return line[:1].isalnum() or line[:1] in "\"'\u201c\u2018"


def _closed(kinds: list[str]) -> bool:
    """No sentence-like line since the last byline or date line: what comes next may start the body."""
    strong = [i for i, kind in enumerate(kinds) if kind in ("byline", "date")]
    return "sentence" not in kinds[(strong[-1] + 1 if strong else 0):]


def _wraps_onto(next_line: str) -> bool:
    """A next line in lower case continues a hard-wrapped paragraph (``by Xinhua writer ...`` is a byline)."""
    return next_line[:1].islower() and byline_names(next_line) is None


def _shifted(dateline: Dateline, offset: int) -> Dateline:
    return Dateline(dateline.place, dateline.date_text, dateline.month, dateline.day, dateline.year,
                    dateline.agency, dateline.end + offset)


def _header_kind(line: str) -> str | None:
    """The kind of a line that may stand before the body, or None for a paragraph that cannot.

    byline, date and caption lines; plain lines (headlines, kickers, desk
    lines: short, without a final full stop); sentence lines (a standfirst or
    a short first paragraph: header only when a byline or date line follows).
    """
    if line.count(" ") >= MAX_STANDFIRST_WORDS:
        return None  # a paragraph of body text (counted cheaply before any pattern runs)
    if byline_names(line):
        return "byline"
    if date_line(line) is not None:
        return "date"
    if is_caption(line):
        return "caption"
    n_words = len(line.split())
    if n_words <= MAX_HEADER_WORDS and line.rstrip("\"'\u201d\u2019)")[-1:] not in (".", "!"):
        return "plain"
    return "sentence" if n_words <= MAX_STANDFIRST_WORDS else None


def _byline_index(head: _Head, *, title_at: int | None) -> int | None:
    """The header line holding the byline: the first ``By ...`` line, else a bare name line before a date line."""
    for i, kind in enumerate(head.kinds):
        if kind == "byline":
            return i
    for i, kind in enumerate(head.kinds):
        if kind == "plain" and i != title_at and "date" in head.kinds[i + 1:] and looks_like_name_line(head.lines[i]):
            return i
    return None


def _byline_text(line: str) -> str:
    return byline_names(line) or line.strip()


def _split_trailer(body: str) -> tuple[str, tuple[str, ...]]:
    """The body without its trailing furniture lines, and those lines (at least one body line stays)."""
    lines = _last_lines(body, limit=MAX_TRAILER_LINES + 1)
    cut = len(lines)
    while cut > 1 and cut > len(lines) - MAX_TRAILER_LINES and is_trailer_line(body[slice(*lines[cut - 1])]):
        cut -= 1
    if not lines:
        return "", ()
    trailer = tuple(body[s:e] for s, e in lines[cut:] if body[s:e].strip("-\u2013\u2014 "))
    return body[:lines[cut - 1][1]].strip(), trailer


def resolve_date(explicit: str | None, story: Story, *, year: int | None) -> tuple[pd.Timestamp | None, str | None, bool]:
    """A story's ``(date, date_text, bad)`` from the first source that gives a date.

    Sources in order: ``explicit`` (a column or sidecar value), the dateline
    (with its own year or ``year``), a header date line (``Updated ...,
    March 3, 2021``), the leading date line. ``date_text`` is the text the
    date was read from (else the first text found). ``bad`` is True when a
    value could not be read as a date; a month and day without a known year
    is not bad, just undated.
    """
    dateline = story.dateline
    bad = False
    candidates: list[tuple[pd.Timestamp | None, str | None]] = []
    if explicit:
        stamp = parse_date(explicit, year=year)
        bad = stamp is None and not is_yearless(explicit)
        candidates.append((stamp, explicit))
    if dateline is not None and dateline.date_text:
        stamp = dateline.date(year=year)
        bad = bad or (stamp is None and (dateline.year or year) is not None)
        candidates.append((stamp, dateline.date_text))
    candidates.append((story.header_date, story.header_date_text))
    candidates.append((story.lead_date, story.lead_date_text))
    for stamp, text in candidates:
        if stamp is not None:
            return stamp, text, bad
    return None, next((text for _, text in candidates if text), None), bad
