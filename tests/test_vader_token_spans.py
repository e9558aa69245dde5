"""The token offsets VADER's scored text is read by (analysis.sentiment.vader): the same as a regular expression's,
and the reference analyzer's memo of them bounded."""
from __future__ import annotations

import random
import re

import pytest

from analysis.sentiment import vader
from analysis.sentiment.vader import analyzer, whitespace_token_spans


def _regex_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in re.finditer(r"\S+", text)]


@pytest.mark.parametrize("text", [
    "", " ", "a", "Good news, everyone!", " leading", "trailing ", "two  spaces", "tab\there", "line\nbreak",
    "no\u00a0break space", "thin\u2009space", "\u3000ideographic", "x\x1fy", "end. \"Quote\" (aside)",
])
def test_whitespace_token_spans_are_the_regex_spans(text: str) -> None:
    assert whitespace_token_spans(text) == _regex_spans(text)


def test_whitespace_token_spans_on_random_strings() -> None:
    rng = random.Random(4)
    alphabet = "ab. ,\t\n\u00a0\u2009\u00e9!"
    strings = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20))) for _ in range(20_000)]
    assert [text for text in strings if whitespace_token_spans(text) != _regex_spans(text)] == []


def test_the_reference_analyzer_remembers_a_bounded_number_of_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = analyzer("vader")
    monkeypatch.setattr(vader, "_SPANS_KEPT", 10)
    texts = [f"sentence number {index} is fine" for index in range(25)]
    for text in texts + texts:
        assert engine.token_spans(text) == _regex_spans(text)
        assert len(engine._spans) <= 10
    assert engine.token_spans(texts[-1]) is engine.token_spans(texts[-1])  # remembered, not worked out again
