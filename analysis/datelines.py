"""Datelines, date lines and date values: where and when a story says it was filed.

A wire story opens with a dateline such as ``Moscow, Dec 22 (EFE) .-`` or
``WASHINGTON (AP) —``: :func:`parse_dateline` reads its place, date as written
and agency. Wikinews-style exports open with a line like ``Friday, January 4,
2019``: :func:`split_leading_date_line` takes it off. :func:`parse_date` reads a
date value from a column or sidecar. No function here ever invents a year: a
month and day without one stay a text (``date_text``) until a year is given.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

import pandas as pd

_MONTH_NUMBERS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
    # Spanish (EFE and other Spanish-language wires)
    "ene": 1, "enero": 1, "febrero": 2, "marzo": 3, "abr": 4, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "ago": 8, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "dic": 12, "diciembre": 12,
}
_MONTH = r"(?:{})\.?".format("|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)))
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAY_MONTH = rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})|(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}))(?:,?\s+(?P<year>\d{{4}}))?"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WEEKDAY_WORD = re.compile(_WEEKDAY, re.IGNORECASE)

_DATELINE = re.compile(
    r"(?P<place>[^\W\d_][^\n()]{0,60}?)"
    rf"(?:\s*,\s*(?P<date>{_DAY_MONTH}))?"
    r"\s*(?:\(\s*(?P<agency>[^\W\d_][\w .&'/-]{0,30}?)\s*\))?"
    r"(?(agency)|(?(date)|(?!)))"  # an agency or a date is required
    r"[ \t]*(?P<sep>\.\s?-|--|[-\u2013\u2014:])[ \t]*",
    re.IGNORECASE,
)
_DATE_ONLY = re.compile(rf"\s*(?:{_WEEKDAY},?\s+)?{_DAY_MONTH}\s*$", re.IGNORECASE)
_LEADING_DATE_LINE = re.compile(
    rf"\s*(?P<line>(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+{_MONTH},?\s+\d{{4}}))[^\S\n]*(?:\n|$)",
    re.IGNORECASE,
)
_END_MARKER = re.compile(r"\n[^\S\n]*[-\u2013\u2014]{1,2}[^\S\n]*\s*$")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+")
_HAS_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_PLACE_PARTICLES = frozenset(
    "de del della di da do dos das du des la le les los las el al of on upon am an der den y e en sur sous aux au".split()
)
_MAX_PLACE_WORDS = 6
_MAX_AGENCY_WORDS = 4


@dataclass(frozen=True)
class Dateline:
    """A parsed dateline: ``place``, ``date_text`` as written, month/day/year, ``agency``, and where the body starts."""

    place: str
    date_text: str | None
    month: int | None
    day: int | None
    year: int | None
    agency: str | None
    end: int

    def date(self, *, year: int | None = None) -> pd.Timestamp | None:
        """The dateline's date in its own year, else in ``year``; None when no year is known or the day is invalid."""
        chosen = self.year or year
        if self.month is None or self.day is None or chosen is None:
            return None
        return _safe_timestamp(chosen, self.month, self.day)


def parse_dateline(text: str) -> Dateline | None:
    """The dateline at the start of ``text`` (after leading whitespace), or None.

    Recognised: ``Place, Mon DD (AGENCY) .-`` and variants: ``DD Mon``,
    ``Mon.``, full month names, an optional year, no date
    (``WASHINGTON (AP) —``), separators ``.-``, ``-``, ``--``, ``–``, ``—``,
    ``:``. Without an agency the date is required. The place is title-cased when
    written in capitals (``BUENOS AIRES`` -> ``Buenos Aires``).
    """
    offset = len(text) - len(text.lstrip())
    match = _DATELINE.match(text, offset)
    if match is None:
        return None
    place = match["place"].strip().rstrip(",").strip()
    agency = match["agency"]
    if not _looks_like_place(place) or (agency and len(agency.split()) > _MAX_AGENCY_WORDS):
        return None
    month, day, year = _day_month_parts(match) if match["date"] else (None, None, None)
    return Dateline(
        place=title_case_place(place),
        date_text=_squash(match["date"]) if match["date"] else None,
        month=month,
        day=day,
        year=year,
        agency=agency.strip() if agency else None,
        end=match.end(),
    )


def title_case_place(place: str) -> str:
    """``MOSCOW`` -> ``Moscow``, ``RIO DE JANEIRO`` -> ``Rio de Janeiro``; mixed-case places are kept as written.

    Each comma-separated part is handled alone, so ``SAN JUAN, Puerto Rico``
    becomes ``San Juan, Puerto Rico``; dotted abbreviations (``D.C.``) keep
    their capitals.
    """
    return ", ".join(_title_case_part(part.strip()) for part in place.split(","))


def _title_case_part(part: str) -> str:
    letters = [ch for ch in part if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters):
        return part
    words = part.split()
    return " ".join(_title_case_word(word, first=index == 0) for index, word in enumerate(words))


def _title_case_word(word: str, *, first: bool) -> str:
    if _INITIALS.fullmatch(word):  # D.C., U.S.
        return word
    lower = word.lower()
    if not first and lower in _PLACE_PARTICLES:
        return lower
    return "-".join(_capitalize_segment(segment) for segment in lower.split("-"))


def _capitalize_segment(segment: str) -> str:
    head, apostrophe, tail = segment.partition("'")
    if apostrophe and len(head) == 1:  # N'Djamena, O'Hare
        return head.upper() + apostrophe + tail.capitalize()
    return segment.capitalize()


def _looks_like_place(place: str) -> bool:
    """A short run of capitalised words (particles and abbreviations allowed), not a sentence."""
    words = place.replace(",", " ").split()
    if not words or len(words) > _MAX_PLACE_WORDS or _WEEKDAY_WORD.fullmatch(words[0]):
        return False
    return all(word[0].isupper() or word.lower() in _PLACE_PARTICLES or "." in word for word in words)


def _day_month_parts(match: re.Match[str]) -> tuple[int, int, int | None]:
    month_word = (match["m1"] or match["m2"]).rstrip(".").lower()
    day_word = re.match(r"\d+", match["d1"] or match["d2"])
    year = int(match["year"]) if match["year"] else None
    return _MONTH_NUMBERS[month_word], int(day_word.group()) if day_word else 0, year


def _squash(text: str) -> str:
    return " ".join(text.split())


def split_leading_date_line(text: str) -> tuple[pd.Timestamp | None, str | None, str]:
    """Take a leading date line (``Friday, January 4, 2019``) off ``text``.

    Returns ``(date, line, rest)``. The line must hold nothing but the date
    (weekday optional). When there is no such line, or nothing follows it, the
    text is returned unchanged with ``(None, None, text)``: a date line is never
    the whole of an article's content to lose.
    """
    match = _LEADING_DATE_LINE.match(text)
    if match is None:
        return None, None, text
    rest = text[match.end():].lstrip()
    if not rest:
        return None, None, text
    line = _squash(match["line"])
    return parse_date(line), line, rest


def strip_end_marker(text: str) -> str:
    """Drop a trailing line holding only ``–``, ``—``, ``-`` or ``--`` (a wire story's end mark), and trailing space."""
    return _END_MARKER.sub("", text).rstrip()


def parse_date(value: object, *, year: int | None = None) -> pd.Timestamp | None:
    """A date value from a column or sidecar as a naive Timestamp, or None when it cannot be read.

    ISO 8601 is read directly (time zones are converted to UTC, then dropped);
    other formats are read by pandas only when they contain a four-digit
    year. A month and day without a year (``Dec 22``) take ``year`` when given,
    else stay unknown: a year is never invented.
    """
    if isinstance(value, datetime):
        return _naive(pd.Timestamp(value))
    text = str(value).strip()
    if not text:
        return None
    try:
        return _naive(pd.Timestamp(datetime.fromisoformat(text)))
    except ValueError:
        pass
    written = _DATE_ONLY.match(text)
    if written is not None:
        month, day, own_year = _day_month_parts(written)
        chosen = own_year or year
        return _safe_timestamp(chosen, month, day) if chosen else None
    if not _HAS_YEAR.search(text):
        return None
    try:
        return _naive(pd.Timestamp(pd.to_datetime(text)))
    except (ValueError, OverflowError, TypeError):
        return None


def is_yearless(value: str) -> bool:
    """True for a month and day written without a year (``Dec 22``, ``3 Jan``, ``Friday, Dec 22``)."""
    match = _DATE_ONLY.match(value)
    return match is not None and not match["year"]


def _naive(stamp: pd.Timestamp) -> pd.Timestamp | None:
    if pd.isna(stamp):
        return None
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    return stamp


def _safe_timestamp(year: int, month: int, day: int) -> pd.Timestamp | None:
    try:
        return pd.Timestamp(year=year, month=month, day=day)
    except ValueError:
        return None


@dataclass(frozen=True)
class Story:
    """A story's text split into its header parts and its body."""

    body: str
    title: str | None = None
    dateline: Dateline | None = None
    lead_date: pd.Timestamp | None = None
    lead_date_text: str | None = None


def split_story(raw: str, *, title_line: bool = False) -> Story:
    """Split raw article text into a leading date line, an optional title line, a dateline and the body.

    The body keeps its paragraphs (newlines) and loses the trailing end mark
    (a lone ``–``) and surrounding whitespace. With ``title_line``, a first
    line directly followed by a dateline is taken as the title (plain-text
    files often carry ``Headline`` then ``MOSCOW, Dec 22 (Reuters) - ...``).
    """
    lead_date, lead_text, text = split_leading_date_line(raw.lstrip())
    title = None
    if title_line:
        first, _, rest = text.partition("\n")
        if rest.strip() and parse_dateline(first) is None and parse_dateline(rest.lstrip()) is not None:
            title, text = first.strip(), rest.lstrip()
    dateline = parse_dateline(text)
    if dateline is not None:
        text = text[dateline.end:]
    return Story(body=strip_end_marker(text).strip(), title=title, dateline=dateline,
                 lead_date=lead_date, lead_date_text=lead_text)


def resolve_date(explicit: str | None, story: Story, *, year: int | None) -> tuple[pd.Timestamp | None, str | None, bool]:
    """A story's ``(date, date_text, bad)`` from the first source that gives a date.

    Sources in order: ``explicit`` (a column or sidecar value), the dateline
    (with its own year or ``year``), the leading date line. ``date_text`` is
    the text the date was read from (else the first text found). ``bad`` is
    True when a value could not be read as a date; a month and day without a
    known year is not bad, just undated.
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
    candidates.append((story.lead_date, story.lead_date_text))
    for stamp, text in candidates:
        if stamp is not None:
            return stamp, text, bad
    return None, next((text for _, text in candidates if text), None), bad
