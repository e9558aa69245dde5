""""say" after "no" is a noun ("the council had no say in the plan"): "no" names no one and is no source, so
nothing after it is reported; a clause a real source reports around it still is."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes

INTRO = "The harbour board met on Monday. "


def _rows(sentence: str) -> list:
    quotes = extract_quotes(INTRO + sentence)
    return list(zip(quotes["text"], quotes["source"]))


def test_no_say_reports_nothing():
    assert _rows("Residents had no say in the plan the board drew up last year.") == []
    assert _rows("The mayor said the council had no say in the sale of the port.") == [
        ("the council had no say in the sale of the port", "The mayor")]
