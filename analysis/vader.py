"""The two VADER implementations the suite can score with, built once per process.

``"vader"`` (the default) is the reference implementation, the
``vaderSentiment`` package (3.3.2). ``"nltk"`` is nltk's port,
``nltk.sentiment.vader``, made to read the same lexicon file from the
``vaderSentiment`` package: nltk's own constructor loads the lexicon through
``nltk.data.load``, whose path security refuses files outside the nltk_data
folders, so :class:`PackageLexiconNltkAnalyzer` replaces only that constructor.

The two give different scores on some text (see ``tests/test_sentiment.py``):
nltk's port drops one-letter tokens (which moves a negator into the
three-word window: "not at all a good result"), does not treat "no" as a
negator ("there is no joy"), and strips at most one punctuation mark from
either side of a word (``good,"`` stays unknown).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Mapping, Protocol

import vaderSentiment
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as ReferenceAnalyzer

METHODS = ("vader", "nltk")
LEXICON_FILE = Path(vaderSentiment.__file__).resolve().parent / "vader_lexicon.txt"


class Analyzer(Protocol):
    """What the suite needs of a VADER implementation."""

    lexicon: Mapping[str, float]

    def polarity_scores(self, text: str) -> Mapping[str, float]: ...


def _nltk_analyzer_class() -> type:
    """nltk's analyzer with a constructor that reads the lexicon from a file path (imported on demand)."""
    from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants

    class PackageLexiconNltkAnalyzer(SentimentIntensityAnalyzer):
        """nltk's VADER port reading the vaderSentiment package's lexicon instead of nltk_data."""

        def __init__(self, lexicon_file: str | Path = LEXICON_FILE) -> None:
            # nltk's make_lex_dict splits self.lexicon_file (the file's text) line by line;
            # a trailing newline would give an empty line it cannot parse.
            self.lexicon_file = Path(lexicon_file).read_text(encoding="utf-8").rstrip("\n")
            self.lexicon = self.make_lex_dict()
            self.constants = VaderConstants()

    return PackageLexiconNltkAnalyzer


@lru_cache(maxsize=None)
def analyzer(method: str = "vader") -> Analyzer:
    """The analyzer for ``method`` ("vader" or "nltk"), built once per process."""
    if method == "vader":
        return ReferenceAnalyzer()
    if method == "nltk":
        return _nltk_analyzer_class()()
    raise ValueError(f"unknown sentiment method {method!r}; expected one of {list(METHODS)}")


@lru_cache(maxsize=None)
def polar_words() -> tuple[frozenset[str], frozenset[str]]:
    """Lower-case lexicon entries with positive and with negative valence (the same for both methods)."""
    lexicon = analyzer("vader").lexicon
    positive = frozenset(word.lower() for word, valence in lexicon.items() if valence > 0)
    negative = frozenset(word.lower() for word, valence in lexicon.items() if valence < 0)
    return positive, negative
