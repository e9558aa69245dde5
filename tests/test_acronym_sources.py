"""An acronym in capitals that spells a function word ("WHO", the World Health Organization) is a source, not the
relative pronoun or clause boundary it spells in lower case; the lower-case "who" still opens a relative clause."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes

INTRO = "Health officials met in Geneva on Monday. "


def _rows(sentence: str) -> list:
    quotes = extract_quotes(INTRO + sentence)
    return list(zip(quotes["text"], quotes["source"]))


def test_an_acronym_spelling_a_function_word_is_a_source():
    assert _rows("WHO said the outbreak was under control.") == [("the outbreak was under control", "WHO")]
    assert _rows("The outbreak is under control, the WHO said.") == [("The outbreak is under control", "the WHO")]
    assert _rows('"The outbreak is under control," said WHO.') == [("The outbreak is under control,", "WHO")]


def test_the_lower_case_relative_is_no_source():
    assert _rows("Experts who said the outbreak was under control were wrong.") == []
