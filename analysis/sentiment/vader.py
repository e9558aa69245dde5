"""The two VADER implementations the suite can score with, built once per process.

``"vader"`` (the default) is the reference implementation, the
``vaderSentiment`` package (3.3.2), through :class:`ReferenceAnalyzer`: the
package's own class and rules with changes of speed only, each skipping work
whose result is known. The package first rewrites every emoji as words,
character by character in Python (a sixth of its time on news sentences); on
text holding no emoji that pass only strips the text, so
:class:`ReferenceAnalyzer` strips it and goes straight to the package's rule
code, where it also skips the rules for a word outside the lexicon (they
leave its valence 0) and the "but" rule for a text without "but", and hands
the negation and idiom checks only the words they look at (the package
lower-cases the whole sentence for each). Scores are identical (a test
compares them on the Wikinews corpus, the validation script on 23,703 rated
texts).

``"nltk"`` is nltk's port, ``nltk.sentiment.vader``, made to read the same
lexicon file from the ``vaderSentiment`` package: nltk's constructor loads
the lexicon through ``nltk.data.load``, whose path security refuses files
outside the nltk_data folders, so :class:`PackageLexiconNltkAnalyzer`
replaces only that constructor. The two disagree on some text (see
``tests/test_sentiment.py``): nltk's port drops one-letter tokens (which
moves a negator into the three-word window: "not at all a good result"), does
not treat "no" as a negator ("there is no joy"), and strips at most one
punctuation mark from either side of a word (``good,"`` stays unknown).

Both analyzers also give, through :meth:`score_tokens`, the valence VADER gave
each token after all its rules, so a sentence's score can be split by voice
(narration and quoted speech) without scoring its parts again.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any, Mapping, NamedTuple, Protocol, Sequence

import vaderSentiment
from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentiText
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as PackageAnalyzer

METHODS = ("vader", "nltk")
LEXICON_FILE = Path(vaderSentiment.__file__).resolve().parent / "vader_lexicon.txt"
MIRRORED_VERSION = "3.3.2"  # the vaderSentiment release whose polarity_scores ReferenceAnalyzer mirrors
_TOKEN = re.compile(r"\S+")  # str.split()'s tokens, with their offsets


class TokenScores(NamedTuple):
    """A text's VADER scores, the text as VADER scored it, and the valence of each of its tokens.

    ``counts`` is :func:`lexicon_counts` of the text when the analyzer
    counted in its scoring pass (the reference analyzer does, on text
    without emoji), else None.
    """

    scores: dict[str, float]
    text: str
    valences: list[float]
    counts: tuple[int, int, int] | None = None


class Analyzer(Protocol):
    """What the suite needs of a VADER implementation."""

    lexicon: Mapping[str, float]

    def polarity_scores(self, text: str) -> Mapping[str, float]: ...

    def score_tokens(self, text: str) -> TokenScores: ...

    def token_spans(self, scored_text: str) -> list[tuple[int, int]]: ...

    def compound(self, valences: Sequence[float], text: str) -> float: ...

    def scores_of(self, valences: Sequence[float], text: str) -> dict[str, float]: ...


class _TokenValences:
    """Mixin: keep the token valences an analyzer hands to ``score_valence`` (one text at a time)."""

    _last: tuple[str, list[float]] = ("", [])
    _counts: tuple[int, int, int] | None = None

    def score_valence(self, sentiments: list[float], text: str) -> dict[str, float]:
        self._last = (text, sentiments)  # VADER is done with the list once it scores it
        return super().score_valence(sentiments, text)  # type: ignore[misc]

    def score_tokens(self, text: str) -> TokenScores:
        """Scores of ``text`` with the text VADER scored (after its own preprocessing) and its tokens' valences."""
        self._counts = None
        scores = self.polarity_scores(text)  # type: ignore[attr-defined]
        scored_text, valences = self._last
        return TokenScores(scores, scored_text, valences, self._counts)

    def compound(self, valences: Sequence[float], text: str) -> float:
        """The compound score of some tokens' valences, with the punctuation emphasis of ``text``."""
        return self.scores_of(valences, text)["compound"]

    def scores_of(self, valences: Sequence[float], text: str) -> dict[str, float]:
        """VADER's scores (compound, pos, neu, neg) of some tokens' valences, with the punctuation emphasis of ``text``."""
        return super().score_valence(list(valences), text)  # type: ignore[misc]


class ReferenceAnalyzer(_TokenValences, PackageAnalyzer):
    """vaderSentiment's analyzer, skipping its per-character emoji pass on text without emoji.

    Falls back to the package's own ``polarity_scores`` for text holding an
    emoji character, and for every text when the installed vaderSentiment is
    not the release this class mirrors.
    """

    def __init__(self) -> None:
        super().__init__()
        self._emoji_chars = frozenset(self.emojis)
        self._mirrors_package = version("vaderSentiment") == MIRRORED_VERSION

    def polarity_scores(self, text: str) -> dict[str, float]:
        if not self._mirrors_package or not isinstance(text, str) or not self._emoji_chars.isdisjoint(text):
            return super().polarity_scores(text)
        return self._rule_scores(text.strip())

    def _rule_scores(self, text: str) -> dict[str, float]:
        """vaderSentiment 3.3.2's ``polarity_scores`` after its emoji pass, skipping rules that change nothing.

        Counts the lexicon words it meets on the way (see :func:`lexicon_counts`).
        """
        sentitext = SentiText(text)
        sentiments: list[Any] = []
        words_and_emoticons = sentitext.words_and_emoticons
        lexicon = self.lexicon
        positive = negative = 0
        for i, item in enumerate(words_and_emoticons):
            valence = 0
            lower = item.lower()
            if lower not in lexicon:  # the package's rules give such a word (boosters are such words) 0
                sentiments.append(valence)
                continue
            if lexicon[lower] > 0:
                positive += 1
            else:
                negative += 1
            if lower in BOOSTER_DICT:
                sentiments.append(valence)
                continue
            if i < len(words_and_emoticons) - 1 and lower == "kind" and words_and_emoticons[i + 1].lower() == "of":
                sentiments.append(valence)
                continue
            sentiments = self.sentiment_valence(valence, sentitext, item, i, sentiments)
        if "but" in text.lower():  # else no word is "but" and _but_check changes nothing
            sentiments = self._but_check(words_and_emoticons, sentiments)
        self._counts = (len(words_and_emoticons), positive, negative)
        return self.score_valence(sentiments, text)

    # vaderSentiment 3.3.2 lower-cases the whole sentence each time it looks at the
    # words around a lexicon word (at most 3 before, 2 after): hand it only those words.

    def _negation_check(self, valence: float, words_and_emoticons: list[str], start_i: int, i: int) -> float:
        if not self._mirrors_package:
            return super()._negation_check(valence, words_and_emoticons, start_i, i)
        low = max(0, i - 3)
        return super()._negation_check(valence, words_and_emoticons[low:i + 3], start_i, i - low)

    def _special_idioms_check(self, valence: float, words_and_emoticons: list[str], i: int) -> float:
        if not self._mirrors_package:
            return super()._special_idioms_check(valence, words_and_emoticons, i)
        low = max(0, i - 3)
        return super()._special_idioms_check(valence, words_and_emoticons[low:i + 3], i - low)

    def token_spans(self, scored_text: str) -> list[tuple[int, int]]:
        """Offsets in ``scored_text`` of the tokens VADER gave valences to (its whitespace tokens)."""
        return [match.span() for match in _TOKEN.finditer(scored_text)]


def _nltk_analyzer_class() -> type:
    """nltk's analyzer reading the lexicon from a file path (nltk imported on demand)."""
    from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants

    class PackageLexiconNltkAnalyzer(_TokenValences, SentimentIntensityAnalyzer):
        """nltk's VADER port reading the vaderSentiment package's lexicon instead of nltk_data."""

        def __init__(self, lexicon_file: str | Path = LEXICON_FILE) -> None:
            # nltk's make_lex_dict splits self.lexicon_file (the file's text) line by line;
            # a trailing newline would give an empty line it cannot parse.
            self.lexicon_file = Path(lexicon_file).read_text(encoding="utf-8").rstrip("\n")
            self.lexicon = self.make_lex_dict()
            self.constants = VaderConstants()

        def token_spans(self, scored_text: str) -> list[tuple[int, int]]:
            """Offsets of nltk's tokens: whitespace tokens longer than one character."""
            return [match.span() for match in _TOKEN.finditer(scored_text) if match.end() - match.start() > 1]

    return PackageLexiconNltkAnalyzer


@lru_cache(maxsize=None)
def analyzer(method: str = "vader") -> Analyzer:
    """The analyzer for ``method`` ("vader" or "nltk"), built once per process."""
    if method == "vader":
        return ReferenceAnalyzer()
    if method == "nltk":
        return _nltk_analyzer_class()()
    raise ValueError(f"unknown sentiment method {method!r}; expected one of {list(METHODS)}")


def lexicon_counts(text: str) -> tuple[int, int, int]:
    """VADER's tokens in ``text``, and how many of them are positive and negative lexicon words, with no rules.

    The tokens are those vaderSentiment scores: the whitespace-separated
    pieces of the text, with punctuation stripped from their ends unless that
    leaves two characters or fewer (so "U.S." is one token and a lone dash is
    one too). A token is a positive (negative) word when its lower-case form
    is in the lexicon with a valence above (below) zero, whatever the words
    around it: "not good" counts "good" as positive. The same for both
    methods; the reference analyzer counts them while it scores.
    """
    lexicon = analyzer("vader").lexicon
    tokens = SentiText(text).words_and_emoticons
    valences = [lexicon.get(token.lower(), 0.0) for token in tokens]
    return len(tokens), sum(valence > 0 for valence in valences), sum(valence < 0 for valence in valences)
