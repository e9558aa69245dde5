"""The parts of a wire story that name its makers, not its actors: dateline, bylines and credit lines.

``FRANKFURT, Oct 17 (Reuters) -`` names the agency that filed the story,
``(Reporting by Marta Lindqvist; Editing by Tom Hale)`` and ``Associated
Press writers ... contributed to this report.`` name the journalists. Counting
them as actor mentions would make every Reuters story mention Reuters and its
editors. :func:`metadata_spans` finds these parts; :func:`mask_metadata`
blanks them (length-preserving, so offsets still index the original text) for
the mention finder and the quote extractor.

The loader already takes the dateline, bylines and trailing credits off an
article's body (:mod:`analysis.corpus.stories`); this module applies the same
recognisers (:mod:`analysis.corpus.datelines`, :mod:`analysis.corpus.furniture`) to texts
given to :func:`analysis.actors.step.find_mentions` or
:func:`analysis.quotes.step.extract_quotes` directly:

* the dateline at the start of the text (``parse_dateline``), or a ``Place,
  Country –`` opening (Al Jazeera), after its first place name (the filing
  place stays a place mention);
* byline lines opening the text (``By JOHN SMITH, Associated Press``);
* trailer lines closing it (``is_trailer_line``: credits, ``___``
  separators, links such as ``AP tennis: https://...``), at least one line of
  body kept;
* the label of a picture credit closing a line (``Image:`` of ``Protesters on
  Main Street. Image: Jane Doe.``), so that a caption glued to it ends there;
  the names of the credit are tagged by :mod:`analysis.actors.credits`.
"""
from __future__ import annotations

import re

from analysis.corpus.datelines import parse_dateline
from analysis.corpus.furniture import byline_names, is_trailer_line, picture_credits
from analysis.corpus.stories import nonblank_lines

MASK = "|"
MAX_BYLINE_LINES = 3
MAX_TRAILER_LINES = 12
_NAME = r"[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,2}"
_PLACE_COUNTRY = re.compile(rf"[ \t]*{_NAME}(?P<rest>,[ \t]+{_NAME}[ \t]+[\u2013\u2014-][ \t]+)")


def metadata_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the dateline, the opening bylines, the labels of picture credits and the closing credit lines of
    ``text``, in order."""
    lines = [line for line, _ in nonblank_lines(text)]
    spans: list[tuple[int, int]] = []
    body = 0
    while body < min(len(lines), MAX_BYLINE_LINES) and len(lines) - body > 1 \
            and byline_names(text[slice(*lines[body])].strip()) is not None:
        spans.append(lines[body])
        body += 1
    opening = lines[body][0] if body < len(lines) else 0
    dateline = parse_dateline(text[opening:])
    if dateline is not None:
        spans.append((opening + _place_end(text[opening:], dateline.end), opening + dateline.end))
    else:
        country = _PLACE_COUNTRY.match(text, opening)
        if country is not None:
            spans.append((country.start("rest"), country.end()))
    cut = len(lines)
    while cut - 1 > body and cut > len(lines) - MAX_TRAILER_LINES and is_trailer_line(text[slice(*lines[cut - 1])]):
        cut -= 1
    spans.extend(lines[cut:])
    body_end = lines[cut - 1][1] if cut else 0  # credits of the body's lines; trailer lines are blanked whole
    spans.extend(label for label, credit in picture_credits(text) if credit[1] <= body_end)
    return sorted(spans)


def _place_end(text: str, end: int) -> int:
    """Where the dateline's first place name ends: the filing place stays a place mention
    (``Moscow`` of ``Moscow, Dec 22 (EFE) .-``); its country, date and agency do not."""
    stop = re.search(r"[,(]|\s[-\u2013\u2014]|\s\.-", text[:end])
    return stop.start() if stop else 0


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
