"""Datelines, date lines and date values: where and when a story says it was filed.

A wire story opens with a dateline such as ``Moscow, Dec 22 (EFE) .-`` or
``WASHINGTON (AP) —``: :func:`parse_dateline` reads its place, date as written
and agency. Wikinews-style exports open with a line like ``Friday, January 4,
2019``: :func:`split_leading_date_line` takes it off. :func:`parse_date` reads a
date value from a column or sidecar, :func:`find_written_date` the first full
date written in a line. No function here ever invents a year: a month and
day without one stay a text (``date_text``) until a year is given. How a
story splits into header, dateline, body and trailer is in
:mod:`analysis.corpus.stories`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

import pandas as pd

from analysis.text.lexicon import list_languages, ordered_words, words

# Month names and abbreviations of the shipped languages (tests/test_datelines.py checks that it agrees with
# lexicon/months*.txt and month_abbreviations*.txt), with the spellings those calendar-ordered lists leave out.
_MONTH_NUMBERS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
    # Spanish (EFE and other Spanish-language wires)
    "ene": 1, "enero": 1, "febrero": 2, "marzo": 3, "abr": 4, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "ago": 8, "agosto": 8, "septiembre": 9, "setiembre": 9, "set": 9, "octubre": 10, "noviembre": 11, "dic": 12, "diciembre": 12,
}
_MONTH = r"(?:{})\.?".format("|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)))
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DE = r"(?:de\s+)?"  # Spanish: "15 de marzo de 2021"
_DAY_MONTH = (rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})|(?P<d2>{_DAY})\s+{_DE}(?P<m2>{_MONTH}))"
              rf"(?:,?\s+{_DE}(?P<year>\d{{4}}))?")
_WEEKDAY = "(?:{})".format("|".join(sorted(  # weekday names of every language with a list: "Friday", "lunes"
    {day for lang in ("en", *sorted(list_languages("weekdays"))) for day in ordered_words("weekdays", lang)},
    key=lambda day: (-len(day), day))))  # longest first; ties by name, so the pattern is the same in every run
_WEEKDAY_WORD = re.compile(_WEEKDAY, re.IGNORECASE)

_SEPARATOR = r"(?P<sep>\.\s?-|--|[-\u2013\u2014:])"
_AGENCY_NAME = r"[^\W\d_][\w .&'/-]{0,30}?"
_PAREN_AGENCY = rf"\(\s*(?P<agency>{_AGENCY_NAME})\s*\)"
_PLACE = r"(?P<place>[^\W\d_][^\n()]{0,60}?)"
_DATED_PLACE = rf"{_PLACE}\s*,\s*(?P<date>{_DAY_MONTH})"
_DATELINE_FORMS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # Moscow, Dec 22 (EFE) .-   WASHINGTON (AP) —   MOSCOW, Dec 22 -   MOSCOW. March 3 (Interfax) -
        rf"{_PLACE}(?:\s*[,.]\s*(?P<date>{_DAY_MONTH}))?\s*(?:{_PAREN_AGENCY})?"
        r"(?(agency)|(?(date)|(?!)))"  # an agency or a date is required
        rf"[ \t]*{_SEPARATOR}[ \t]*",
        # MOSCOW, March 3. /TASS/.   PARIS, March 3, 2021 /PRNewswire/ --
        rf"{_PLACE}(?:\s*,\s*(?P<date>{_DAY_MONTH}))?\.?\s*/\s*(?P<agency>{_AGENCY_NAME})\s*/"
        rf"[ \t]*(?:{_SEPARATOR}|\.)[ \t]*",
        # New Delhi, Mar 3 (PTI) The ...   (no separator: a date, an agency, then a capital)
        rf"{_DATED_PLACE}\s*{_PAREN_AGENCY}[ \t]+(?=[\"'\u201c\u2018]?(?-i:[A-Z]))",
        # TOKYO, March 3 Kyodo -   (an agency name without brackets after the date)
        rf"{_DATED_PLACE}\s+(?P<agency>(?-i:[A-Z][A-Za-z]{{1,20}}(?: News)?))[ \t]*{_SEPARATOR}[ \t]*",
        # March 3 (Reuters) -   March 3 (UPI) --   (no place)
        rf"(?P<date>{_DAY_MONTH})\s*{_PAREN_AGENCY}[ \t]*{_SEPARATOR}[ \t]*",
        # Washington (CNN)The ...   (no space: an agency glued to the first word)
        rf"{_PLACE}\s*{_PAREN_AGENCY}(?=[\"'\u201c\u2018]?(?-i:[A-Z]))",
        # (ANSA) - ROME, MAR 3 -   (the agency first, then the place and date)
        rf"{_PAREN_AGENCY}[ \t]*{_SEPARATOR}[ \t]*{_PLACE}(?:\s*,\s*(?P<date>{_DAY_MONTH}))?"
        r"[ \t]*(?:\.\s?-|--|[-\u2013\u2014:])[ \t]*",
        # (Bloomberg) --   (an agency alone)
        rf"{_PAREN_AGENCY}[ \t]*{_SEPARATOR}[ \t]*",
        # WASHINGTON —   NAIROBI, Kenya —   (a place in capitals alone before a dash: NYT, AP without agency)
        r"(?P<place>(?-i:[A-Z][A-Z.'-]+(?:[ \t]+[A-Z][A-Z.'-]+){0,3})(?:,[ \t]*(?-i:[A-Z])[\w.' -]{1,30}?)?)"
        r"[ \t]*(?P<sep>--|[\u2013\u2014])[ \t]*",
    )
)
# A place alone on its line, in capitals (Anadolu's ``ANKARA`` above the body); words that head such lines otherwise.
_PLACE_LINE = re.compile(r"[ \t]*(?P<place>[A-Z][A-Z'.-]+(?:[ \t]+[A-Z][A-Z'.-]+){0,3})[ \t]*(?:\n|$)")
_NOT_PLACES = words("not_dateline_places")
_DATE_ONLY = re.compile(rf"\s*(?:{_WEEKDAY},?\s+)?{_DAY_MONTH}\s*$", re.IGNORECASE)
_LEADING_DATE_LINE = re.compile(
    rf"\s*(?P<line>(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+{_DE}{_MONTH},?\s+{_DE}\d{{4}}))"
    r"[^\S\n]*(?:\n|$)",
    re.IGNORECASE,
)
_WRITTEN_DATE = re.compile(
    rf"(?<![\w.])(?:{_DAY_MONTH}|(?P<dd>\d{{1,2}})\.(?P<mm>\d{{1,2}})\.(?P<yy>\d{{4}})"
    rf"|(?P<s1>\d{{1,2}})/(?P<s2>\d{{1,2}})/(?P<sy>\d{{4}})|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))(?![\w])",
    re.IGNORECASE,
)
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+")
_HAS_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_PLACE_PARTICLES = words("place_name_particles")  # "Rio de Janeiro", "Port of Spain"
_MAX_PLACE_WORDS = 6
_MAX_AGENCY_WORDS = 4


@dataclass(frozen=True)
class Dateline:
    """A parsed dateline: ``place``, ``date_text`` as written, month/day/year, ``agency``, and where the body starts."""

    place: str | None
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
    ``:``. Without an agency the date is required. Also: the agency between
    slashes (``MOSCOW, March 3. /TASS/.``, ``/PRNewswire/ --``), without
    brackets after a date (``TOKYO, March 3 Kyodo -``), no separator after a
    date and a bracketed agency (``New Delhi, Mar 3 (PTI) The ...``), no place
    (``March 3 (Reuters) -``, ``(Bloomberg) --``: ``place`` is None), the
    agency first (``(ANSA) - ROME, MAR 3 -``), a full stop after the place
    (``MOSCOW. March 3 (Interfax) -``), no space after the agency
    (``Washington (CNN)The ...``), and
    a place in capitals alone before a dash (``WASHINGTON —``, ``NAIROBI,
    Kenya —``). The place
    is title-cased when written in capitals (``BUENOS AIRES`` -> ``Buenos Aires``).
    """
    offset = len(text) - len(text.lstrip())
    for form in _DATELINE_FORMS:
        match = form.match(text, offset)
        if match is not None and _plausible(match):
            return _dateline(match)
    return None


def _plausible(match: re.Match[str]) -> bool:
    place = _group(match, "place")
    agency = _group(match, "agency")
    if place is not None and not (agency or _group(match, "date")):
        head = place.split(",")[0]
        if _first_word(place) in _NOT_PLACES or sum(ch.isalpha() for ch in head) < 3:
            return False  # "UPDATE — ..." is a heading, "US — China" a headline, not a place
    if place is not None and not _looks_like_place(place.strip().rstrip(",").strip()):
        return False
    return not (agency and len(agency.split()) > _MAX_AGENCY_WORDS)


def _first_word(place: str) -> str:
    return place.split()[0].strip(",").lower() if place.split() else ""


def _group(match: re.Match[str], name: str) -> str | None:
    return match[name] if name in match.re.groupindex else None


def _dateline(match: re.Match[str]) -> Dateline:
    place = _group(match, "place")
    place = place.strip().rstrip(",").strip() if place else None
    agency = _group(match, "agency")
    month, day, year = _day_month_parts(match) if _group(match, "date") else (None, None, None)
    return Dateline(
        place=title_case_place(place) if place else None,
        date_text=_squash(match["date"]) if _group(match, "date") else None,
        month=month,
        day=day,
        year=year,
        agency=agency.strip() if agency else None,
        end=match.end(),
    )


def parse_place_line(text: str) -> Dateline | None:
    """A place written alone in capitals on the first line of ``text`` (``ANKARA``), as a dateline without date or agency.

    Callers decide where such a line counts (Anadolu puts it between the
    byline and the body); a heading word such as ``UPDATE`` is not a place.
    """
    match = _PLACE_LINE.match(text)
    if match is None or match["place"].lower() in _NOT_PLACES or sum(ch.isalpha() for ch in match["place"]) < 3:
        return None
    if any(word.lower() in _NOT_PLACES for word in match["place"].split()):
        return None
    return Dateline(place=title_case_place(match["place"]), date_text=None, month=None, day=None, year=None,
                    agency=None, end=match.end())


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
    return "/".join(  # WASHINGTON/BEIJING, WINSTON-SALEM
        "-".join(_capitalize_segment(segment) for segment in part.split("-")) for part in lower.split("/")
    )


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


def find_written_date(text: str) -> tuple[pd.Timestamp, str] | None:
    """The first full date written in ``text`` and its text: ``March 3, 2021``, ``3 Jun 2023``, ``03.03.2021``, ``2021-03-03``.

    Month-name dates need their year; ``DD.MM.YYYY`` is read day first;
    ``03/15/2021`` and ``15/03/2021`` are read the only way they can be, and a
    slashed date that could be either (``04/03/2021``) is not read.
    """
    for match in _WRITTEN_DATE.finditer(text):
        if match["iso"]:
            stamp = parse_date(match["iso"])
        elif match["dd"]:
            stamp = _safe_timestamp(int(match["yy"]), int(match["mm"]), int(match["dd"]))
        elif match["s1"]:
            stamp = _slashed_date(int(match["s1"]), int(match["s2"]), int(match["sy"]))
        elif match["year"]:
            month, day, year = _day_month_parts(match)
            stamp = _safe_timestamp(year or 0, month, day)
        else:
            continue
        if stamp is not None:
            return stamp, _squash(match.group())
    return None


def _slashed_date(first: int, second: int, year: int) -> pd.Timestamp | None:
    """``first/second/year`` when only one reading (day/month or month/day) is a date, or both agree."""
    readings = {stamp for stamp in (_safe_timestamp(year, second, first), _safe_timestamp(year, first, second)) if stamp}
    return readings.pop() if len(readings) == 1 else None


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
