"""The parts of a wire story that name its makers, not its actors: dateline, bylines and credit lines.

``FRANKFURT, Oct 17 (Reuters) -`` names the agency that filed the story,
``(Reporting by Marta Lindqvist; Editing by Tom Hale)`` and ``Associated
Press writers ... contributed to this report.`` name the journalists. Counting
them as actor mentions would make every Reuters story mention Reuters and its
editors. :func:`metadata_spans` finds these parts; :func:`mask_metadata`
blanks them (length-preserving, so offsets still index the original text) for
the mention finder and the quote extractor.

The dateline is the one :func:`analysis.datelines.parse_dateline` reads at the
start of the text, or a ``Place, Country –`` opening (Al Jazeera), after its
first place name (the filing place stays a place mention) (the loader already strips it from article bodies; texts
passed to :func:`analysis.actors.find_mentions` directly may still carry it).
Credit lines are whole lines:

* ``(Reporting by ...; Editing by ...)``, ``Additional reporting by ...``,
  ``Writing by ...``, ``Compiled by ...``;
* ``... contributed to this report/story.``, ``... contributed reporting.``;
* ``By JOHN SMITH`` / ``By John Smith, Associated Press`` bylines;
* a short label with a link (``AP tennis: https://apnews.com/hub/tennis``).
"""
from __future__ import annotations

import re

from analysis.datelines import parse_dateline

_CREDIT_LINES = (
    re.compile(
        r"^[ \t]*\(?[ \t]*(?:additional[ \t]+)?(?:reporting|writing|editing|compiled|research|graphics|"
        r"translation|translated|contributing)[ \t]+by\b[^\n]{0,300}$",
        re.IGNORECASE | re.MULTILINE,
    ),
    re.compile(r"^[^\n]{0,250}\bcontributed\b[^\n]{0,60}$", re.MULTILINE),
    re.compile(r"^[ \t]*By[ \t]+[A-Z][^\n]{0,80}$", re.MULTILINE),
    re.compile(r"^[^\n]{0,60}:[ \t]*https?://\S+[ \t]*$", re.MULTILINE),
)
_CONTRIBUTED = re.compile(r"\bcontributed(?:\s+reporting\b|\s+(?:to|for)\s+this\s+(?:report|story|article)\b)")


def metadata_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the dateline and the credit lines of ``text``, in order, not overlapping."""
    spans: list[tuple[int, int]] = []
    dateline = parse_dateline(text)
    if dateline is not None:
        spans.append((_place_end(text, dateline.end), dateline.end))
    else:
        country = _PLACE_COUNTRY.match(text)  # Al Jazeera's "Islamabad, Pakistan –"
        if country is not None:
            spans.append((country.start("rest"), country.end()))
    for pattern in _CREDIT_LINES:
        for match in pattern.finditer(text):
            line = match.group(0)
            if pattern is _CREDIT_LINES[1] and not _CONTRIBUTED.search(line):
                continue
            spans.append((match.start(), match.end()))
    return _merged(spans)


_NAME = r"[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,2}"
_PLACE_COUNTRY = re.compile(rf"[ \t]*{_NAME}(?P<rest>,[ \t]+{_NAME}[ \t]+[\u2013\u2014-][ \t]+)")


def _place_end(text: str, end: int) -> int:
    """Where the dateline's first place name ends: the filing place stays a place mention
    (``Moscow`` of ``Moscow, Dec 22 (EFE) .-``); its country, date and agency do not."""
    stop = re.search(r"[,(]|\s[-\u2013\u2014]|\s\.-", text[:end])
    return stop.start() if stop else 0


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


MASK = "|"


def mask_metadata(text: str) -> str:
    """``text`` with its dateline and credit lines blanked by ``MASK`` marks (same length, newlines kept).

    A mark, not a space, so that no name runs across the blank ("Port Sudan (AFP) - Paramilitary").
    """
    spans = metadata_spans(text)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for index in range(start, end):
            if chars[index] not in "\r\n":
                chars[index] = MASK
    return "".join(chars)
