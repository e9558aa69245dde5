"""The loader's fast routes give what the plain ones give: word counts without the regex, columns remembered per file."""
from __future__ import annotations

import json
import random

import pytest

from analysis.corpus.loading import load_corpus
from analysis.text.normalization import WORD_PATTERN, count_view_words, count_words, normalize

# Made up for these tests: words, joiners, combining marks, other scripts, spaces, lone surrogates, astral characters.
PIECES = ["a", "Zz", "_", "09", " ", "-", "'", "\u2019", "\t", "\n", ".", "\u0301", "\u093f", "é", "Ж", "中", "٣",
          "\u00ad", "\u2014", "\u00a0", "\u2028", "²", "½", "\ud800", "\U0001F600", "\U00010400"]


@pytest.mark.parametrize("text", [
    "", "a", "-", "a-b", "a--b", "a-b-c", "a-'b", "-a-", "rock'n'roll", "e-mail's", "x-", "'tis", "a\u2019b",
    "Nicolás Maduro's", "co\u0301op", "ab" * 500, "中文 中文", "Москва-Сити", "\U0001F600a-b", "a\ud800b",
])
def test_count_view_words_is_the_regex_count(text):
    assert count_view_words(text) == len(WORD_PATTERN.findall(text))
    assert count_words(text) == len(WORD_PATTERN.findall(normalize(text)))


def test_count_view_words_on_random_texts():
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 25)))
        assert count_view_words(text) == len(WORD_PATTERN.findall(text)), repr(text)


def test_json_lines_with_different_keys_keep_their_own_columns(tmp_path):
    lines = [{"text": "First story about the port.", "title": "Port"},
             {"body": "Second story about the bridge.", "headline": "Bridge"},
             {"text": "Third story about the dam.", "title": "Dam"}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    articles = load_corpus(tmp_path).articles
    assert articles["title"].tolist() == ["Port", "Bridge", "Dam"]
    assert articles["text"].tolist() == [line.get("text") or line.get("body") for line in lines]
