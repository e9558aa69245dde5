"""The two VADER implementations the suite can score with, built once per process.

``"vader"`` (the default) is the reference implementation, the
``vaderSentiment`` package (3.3.2), through :class:`ReferenceAnalyzer`: the
package's own class and rules with changes of speed only, each skipping work
whose result is known. The package first rewrites every emoji as words,
character by character in Python (a sixth of its time on news sentences); on
text holding no emoji that pass only strips the text, so
:class:`ReferenceAnalyzer` strips it and goes straight to the package's
rules, where it also skips the rules for a word outside the lexicon (they
leave its valence 0) and the "but" rule for a text without "but". The word
rules (``sentiment_valence`` and the negation, idiom and "least" checks) are
mirrored here rule for rule, reading each word lower-cased once (the package
lower-cases the whole sentence inside every check) and skipping a booster,
idiom or "least" check where no word it reads is in its list; SentiText's words are
read in one pass without building the object, and ``score_valence`` is
mirrored reading only the non-zero valences (and no "!" or "?" emphasis
in a text without them). Scores are identical (a
test compares them on the Wikinews corpus, the validation script on 23,703
rated texts).

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

import math
from bisect import bisect_left, bisect_right
from heapq import heappop, heappush
import re
import string
from functools import lru_cache
from importlib.metadata import version
from operator import itemgetter
from pathlib import Path
from typing import Any, Iterable, Mapping, NamedTuple, Protocol, Sequence

import vaderSentiment
from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT, C_INCR, N_SCALAR, NEGATE, SPECIAL_CASES, scalar_inc_dec,
)
from vaderSentiment.vaderSentiment import normalize as normalize_score
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

    def score_valence(self, sentiments: list[float], text: str) -> dict[str, float]:
        self._last = (text, sentiments)  # VADER is done with the list once it scores it
        return super().score_valence(sentiments, text)  # type: ignore[misc]

    def score_tokens(self, text: str) -> TokenScores:
        """Scores of ``text`` with the text VADER scored (after its own preprocessing) and its tokens' valences."""
        scores = self.polarity_scores(text)  # type: ignore[attr-defined]
        scored_text, valences = self._last
        return TokenScores(scores, scored_text, valences)

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
        self._ascii_has_no_emoji = not any(map(str.isascii, self._emoji_chars))  # so an ASCII text needs no search
        self._mirrors_package = version("vaderSentiment") == MIRRORED_VERSION
        self._spans: dict[str, list[tuple[int, int]]] = {}  # text -> token_spans, the latest few (bounded)

    def polarity_scores(self, text: str) -> dict[str, float]:
        if not self._by_rules(text):
            return super().polarity_scores(text)
        return self._rule_scores(text.strip()).scores

    def score_tokens(self, text: str) -> TokenScores:
        """Scores of ``text`` with the text VADER scored and its tokens' valences (see :class:`_TokenValences`), from
        the rules' own pass where they apply (no scores handed over through the analyzer's attributes)."""
        if not self._by_rules(text):
            return super().score_tokens(text)
        return self._rule_scores(text.strip())

    def _by_rules(self, text: Any) -> bool:
        """Whether :meth:`_rule_scores` scores ``text`` (the mirrored package release; a text without emoji)."""
        return self._mirrors_package and isinstance(text, str) and (
            (self._ascii_has_no_emoji and text.isascii()) or self._emoji_chars.isdisjoint(text))

    def _rule_scores(self, text: str) -> TokenScores:
        """vaderSentiment 3.3.2's ``polarity_scores`` after its emoji pass, skipping rules that change nothing, with
        the text it scored and its tokens' valences.

        Counts the lexicon words it meets on the way (see :func:`lexicon_counts`).
        """
        words = _vader_words(text)
        lowers = list(map(str.lower, words))  # the package lower-cases each word many times
        lexicon = self.lexicon
        sentiments: list[Any] = [0] * len(words)  # the package's rules give a word outside the lexicon 0
        hits = [i for i, lower in enumerate(lowers) if lower in lexicon]
        positive = negative = 0
        if hits:
            is_cap_diff = 0 < len(words) - sum(map(str.isupper, words)) < len(words)  # SentiText's is_cap_diff
            last = len(lowers) - 1
            for i in hits:
                lower = lowers[i]
                if lexicon[lower] > 0:
                    positive += 1
                else:
                    negative += 1
                if lower in BOOSTER_DICT or (lower == "kind" and i < last and lowers[i + 1] == "of"):
                    continue  # valence 0
                sentiments[i] = _valence(lexicon, words, lowers, i, is_cap_diff)
        if "but" in lowers:  # else _but_check changes nothing
            sentiments = _but_rule(lowers, sentiments)
        return TokenScores(self._valence_scores(sentiments, text), text, sentiments, (len(words), positive, negative))

    def scores_of(self, valences: Sequence[float], text: str) -> dict[str, float]:
        if not self._mirrors_package:
            return super().scores_of(valences, text)
        return self._valence_scores(list(valences), text)

    def _valence_scores(self, sentiments: list[Any], text: str) -> dict[str, float]:
        """vaderSentiment 3.3.2's ``score_valence``, reading only the non-zero valences one by one."""
        if not sentiments:
            return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
        nonzero = list(filter(None, sentiments))
        if not nonzero:  # no emphasis applies to a sum of 0: every word neutral
            return {"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": 0.0}
        sum_s = float(sum(sentiments))
        # the package's emphasis is 0.0 for a text without "!" or "?" (most news sentences): three calls saved
        punct_emph_amplifier = self._punctuation_emphasis(text) if "!" in text or "?" in text else 0.0
        if sum_s > 0:
            sum_s += punct_emph_amplifier
        elif sum_s < 0:
            sum_s -= punct_emph_amplifier
        compound = normalize_score(sum_s)
        pos_sum = neg_sum = 0.0  # _sift_sentiment_scores: zeros only count as neutral
        for sentiment in nonzero:
            if sentiment > 0:
                pos_sum += (float(sentiment) + 1)
            if sentiment < 0:
                neg_sum += (float(sentiment) - 1)
        neu_count = len(sentiments) - len(nonzero)
        if pos_sum > math.fabs(neg_sum):
            pos_sum += punct_emph_amplifier
        elif pos_sum < math.fabs(neg_sum):
            neg_sum -= punct_emph_amplifier
        total = pos_sum + math.fabs(neg_sum) + neu_count
        return {"neg": round(math.fabs(neg_sum / total), 3), "neu": round(math.fabs(neu_count / total), 3),
                "pos": round(math.fabs(pos_sum / total), 3), "compound": round(compound, 4)}

    def token_spans(self, scored_text: str) -> list[tuple[int, int]]:
        """Offsets in ``scored_text`` of the tokens VADER gave valences to (its whitespace tokens).

        Remembered for the latest texts (:data:`_SPANS_KEPT`): the word rules and the voice split that read the same
        sentence ask for its tokens again. The list is shared: read it, never change it.
        """
        spans = self._spans.get(scored_text)
        if spans is None:
            if len(self._spans) >= _SPANS_KEPT:
                self._spans.clear()
            spans = self._spans[scored_text] = whitespace_token_spans(scored_text)
        return spans


_SPANS_KEPT = 2048  # texts whose token spans ReferenceAnalyzer.token_spans keeps (an article's sentences many times)


def whitespace_token_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the whitespace-separated tokens of ``text`` (``str.split()``'s), in order.

    A printable text without two spaces in a row (most sentences) has its tokens one space apart (every whitespace
    character but the space is unprintable), so their offsets add up from their lengths; any other text is read with
    a regular expression.
    """
    if not text.isprintable() or "  " in text:
        return [match.span() for match in _TOKEN.finditer(text)]
    spans = []
    at = 0
    for word in text.split(" "):
        if word:  # only a leading or a trailing space leaves an empty piece
            spans.append((at, at + len(word)))
        at += len(word) + 1
    return spans


# ---------------------------------------------------------------- vaderSentiment 3.3.2's word rules
# ``SentimentIntensityAnalyzer.sentiment_valence`` and the checks it calls, rule for rule, reading each word's
# lower-case form from one list (the package lower-cases the whole sentence inside every check and looks
# negations up in a list). tests/test_sentiment.py compares the scores with the package's.

_NEGATIONS = frozenset(NEGATE)
_PUNCTUATION = string.punctuation  # what SentiText strips from a word's ends


def vader_word(token: str) -> str:
    """SentiText's word for one whitespace token: stripped of punctuation at its ends unless that leaves two
    characters or fewer (an emoticon such as ":)", a lone dash)."""
    stripped = token.strip(_PUNCTUATION)
    return stripped if len(stripped) > 2 else token


def _vader_words(text: str) -> list[str]:
    """SentiText's ``words_and_emoticons``: :func:`vader_word` of each whitespace token (written inline: it runs
    for every sentence)."""
    return [stripped if len(stripped := word.strip(_PUNCTUATION)) > 2 else word for word in text.split()]


def _valence(lexicon: Mapping[str, float], words: Sequence[str], lowers: Sequence[str], i: int,
             is_cap_diff: bool) -> float:
    """The valence of lexicon word ``words[i]`` after VADER's rules (``lowers``: the words in lower case)."""
    lower, item = lowers[i], words[i]
    valence = lexicon[lower]
    if lower == "no" and i != len(words) - 1 and lowers[i + 1] in lexicon:
        valence = 0.0  # "no" negates the next lexicon word instead
    if (i > 0 and lowers[i - 1] == "no") or (i > 1 and lowers[i - 2] == "no") \
            or (i > 2 and lowers[i - 3] == "no" and lowers[i - 1] in ("or", "nor")):
        valence = lexicon[lower] * N_SCALAR
    if item.isupper() and is_cap_diff:
        valence = valence + C_INCR if valence > 0 else valence - C_INCR
    for start_i in range(0, 3):
        if i > start_i and (before := lowers[i - (start_i + 1)]) not in lexicon:
            # scalar_inc_dec gives a word outside BOOSTER_DICT 0: the call is saved
            scalar = scalar_inc_dec(words[i - (start_i + 1)], valence, is_cap_diff) if before in BOOSTER_DICT else 0.0
            if start_i == 1 and scalar != 0:
                scalar = scalar * 0.95
            if start_i == 2 and scalar != 0:
                scalar = scalar * 0.9
            valence = _negation_check(valence + scalar, lowers, start_i, i)
            if start_i == 2 and _may_hold_idiom(lowers, i):
                valence = _special_idioms_check(valence, lowers, i)
    if i > 0 and lowers[i - 1] == "least":  # else _least_check changes nothing
        valence = _least_check(lexicon, valence, lowers, i)
    return valence


def _but_rule(lowers: Sequence[str], sentiments: list[Any]) -> list[Any]:
    """vaderSentiment 3.3.2's ``_but_check`` (valences before the first "but" halved, after it raised by half), to
    the letter and in O(n log n).

    The package walks the valences and, for each, changes the first position holding an equal value
    (``list.index``: with repeated values that is not always the position walked), popping and inserting:
    quadratic in a long sentence. Here each value's positions are a heap, so the first one is at hand.
    A zero stays a zero (0.5 * 0 == 0), so only non-zero valences move from one value to another.
    """
    but = lowers.index("but")
    out = list(sentiments)
    positions: dict[Any, list[int]] = {}
    for position, value in enumerate(out):
        positions.setdefault(value, []).append(position)  # ascending: already a heap
    for walked in range(len(out)):
        value = out[walked]
        held = positions[value]
        first = held[0]
        if first == but:
            continue
        changed = value * (0.5 if first < but else 1.5)
        out[first] = changed
        if changed != value:  # a non-zero value: its first position now holds another value
            heappop(held)
            if not held:
                del positions[value]
            heappush(positions.setdefault(changed, []), first)
    return out


def negation(lower: str) -> bool:
    """Whether VADER reads the lower-case word as a negation ("not", "nothing", "never", "can't"): the package's
    ``negated([word])`` for one word."""
    return lower in _NEGATIONS or "n't" in lower


def _negation_check(valence: float, lowers: Sequence[str], start_i: int, i: int) -> float:
    if start_i == 0:
        if negation(lowers[i - 1]):
            valence = valence * N_SCALAR
    if start_i == 1:
        if lowers[i - 2] == "never" and (lowers[i - 1] == "so" or lowers[i - 1] == "this"):
            valence = valence * 1.25
        elif lowers[i - 2] == "without" and lowers[i - 1] == "doubt":
            pass
        elif negation(lowers[i - 2]):
            valence = valence * N_SCALAR
    if start_i == 2:
        if lowers[i - 3] == "never" and (lowers[i - 2] == "so" or lowers[i - 2] == "this") \
                or (lowers[i - 1] == "so" or lowers[i - 1] == "this"):
            valence = valence * 1.25
        elif lowers[i - 3] == "without" and (lowers[i - 2] == "doubt" or lowers[i - 1] == "doubt"):
            pass
        elif negation(lowers[i - 3]):
            valence = valence * N_SCALAR
    return valence


# The adjacent word pairs of the idioms of two or more words (SPECIAL_CASES and BOOSTER_DICT): each word sequence
# _special_idioms_check builds at i holds one of the pairs from (i - 3, i - 2) to (i, i + 1), and matches an idiom only
# when all its pairs are idiom pairs.
_IDIOM_PAIRS = frozenset(pair for key in (*SPECIAL_CASES, *BOOSTER_DICT) if " " in key
                         for pair in zip(key.split(), key.split()[1:]))


def _may_hold_idiom(lowers: Sequence[str], i: int) -> bool:
    """False when :func:`_special_idioms_check` at ``i`` (> 2) cannot match (most words: the check builds eight
    strings)."""
    return not _IDIOM_PAIRS.isdisjoint(zip(lowers[i - 3:i + 1], lowers[i - 2:i + 2]))


def _special_idioms_check(valence: float, lowers: Sequence[str], i: int) -> float:
    onezero = f"{lowers[i - 1]} {lowers[i]}"
    twoonezero = f"{lowers[i - 2]} {lowers[i - 1]} {lowers[i]}"
    twoone = f"{lowers[i - 2]} {lowers[i - 1]}"
    threetwoone = f"{lowers[i - 3]} {lowers[i - 2]} {lowers[i - 1]}"
    threetwo = f"{lowers[i - 3]} {lowers[i - 2]}"
    for sequence in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if sequence in SPECIAL_CASES:
            valence = SPECIAL_CASES[sequence]
            break
    if len(lowers) - 1 > i:
        zeroone = f"{lowers[i]} {lowers[i + 1]}"
        if zeroone in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroone]
    if len(lowers) - 1 > i + 1:
        zeroonetwo = f"{lowers[i]} {lowers[i + 1]} {lowers[i + 2]}"
        if zeroonetwo in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in BOOSTER_DICT:
            valence = valence + BOOSTER_DICT[n_gram]
    return valence


def _least_check(lexicon: Mapping[str, float], valence: float, lowers: Sequence[str], i: int) -> float:
    if i > 1 and lowers[i - 1] not in lexicon and lowers[i - 1] == "least":
        if lowers[i - 2] != "at" and lowers[i - 2] != "very":
            valence = valence * N_SCALAR
    elif i > 0 and lowers[i - 1] not in lexicon and lowers[i - 1] == "least":
        valence = valence * N_SCALAR
    return valence


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


class ScoredTokens(NamedTuple):
    """The tokens VADER scored in a sentence: the text it scored, the tokens' spans in that text, their starts in the
    article's view (for bisecting the spans a rule found there) and where the text starts in the view."""

    text: str
    spans: list[tuple[int, int]]
    view_starts: list[int]
    offset: int


def scored_tokens(engine: Any, scored: TokenScores, sentence: str, start: int) -> ScoredTokens | None:
    """The :class:`ScoredTokens` of ``scored`` (the :meth:`Analyzer.score_tokens` of ``sentence``, which starts at
    ``start`` in the article's view); None when VADER rewrote the text (emoji), whose tokens no longer line up."""
    if scored.text != sentence.strip():
        return None
    offset = start + len(sentence) - len(sentence.lstrip())
    spans = engine.token_spans(scored.text)
    return ScoredTokens(scored.text, spans, [lo + offset for lo, _ in spans], offset)


def with_turned(engine: Any, scored: TokenScores, turned: Iterable[int]) -> TokenScores:
    """``scored`` with the valence of each token at ``turned`` turned as VADER turns a word after "not" (times
    ``N_SCALAR``) and the scores recomputed; ``scored`` itself when ``turned`` is empty. The lexicon word counts are
    unchanged (a turned word is still rated). The rules that deny a word use it (:mod:`analysis.sentiment.negators`,
    :mod:`analysis.sentiment.harming`, :mod:`analysis.sentiment.lessening`)."""
    turned = set(turned)
    if not turned:
        return scored
    valences = list(scored.valences)
    for index in turned:
        valences[index] = valences[index] * N_SCALAR
    return TokenScores(engine.scores_of(valences, scored.text), scored.text, valences, scored.counts)


def without_tone(
    engine: Analyzer, scored: TokenScores, sentence: str, start: int, spans: Sequence[tuple[int, int]],
    *, only_rated: bool = False,
) -> TokenScores:
    """``scored`` (the :meth:`Analyzer.score_tokens` of ``sentence``, which starts at ``start`` in the article's view)
    with the tokens overlapping ``spans`` (offsets in the view) given valence 0.

    The scores are recomputed from the remaining valences and those words
    leave the lexicon counts. Unchanged when there is no span, or when VADER
    rewrote the text before scoring it (emoji), so its tokens have no offsets.
    The news-aware rules use it (:mod:`analysis.sentiment.cues`, :mod:`analysis.sentiment.names`). With
    ``only_rated``, a token whose valence is already 0 is left alone, in the counts too (see :func:`without_rated_tone`).
    """
    if not spans or scored.text != sentence.strip():
        return scored
    offset = start + len(sentence) - len(sentence.lstrip())
    valences = list(scored.valences)
    lexicon = engine.lexicon
    counts = list(scored.counts or lexicon_counts(sentence))
    tokens = engine.token_spans(scored.text)
    for index in overlapping_tokens(tokens, [(lo - offset, hi - offset) for lo, hi in spans]):
        if index >= len(valences) or (only_rated and not valences[index]):
            continue
        lo, hi = tokens[index]
        valences[index] = 0.0
        value = lexicon.get(scored.text[lo:hi].lower().strip(_PUNCTUATION), 0.0)
        counts[1] -= value > 0
        counts[2] -= value < 0
    return TokenScores(engine.scores_of(valences, scored.text), scored.text, valences, (counts[0], counts[1], counts[2]))


def overlapping_tokens(tokens: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int]]) -> list[int]:
    """The indices, in order, of the ``tokens`` (disjoint spans, in order) that overlap any of ``spans``.

    Two bisections per span (a sentence holds a few spans and many tokens): the tokens overlapping ``(lo, hi)``
    are those ending after ``lo`` and starting before ``hi``, a run of the list.
    """
    found: set[int] = set()
    for lo, hi in spans:
        found.update(range(bisect_right(tokens, lo, key=_END), bisect_left(tokens, (hi,))))
    return sorted(found)


_END = itemgetter(1)


def without_rated_tone(
    engine: Analyzer, scored: TokenScores, sentence: str, start: int, spans: Sequence[tuple[int, int]]
) -> TokenScores:
    """:func:`without_tone` for the words that still carry a valence: a word an earlier rule already set to 0 (a
    word of a proper name, "the Labour Party") leaves the lexicon counts once, not twice. The word-list rules that run
    after the name rule use it (:mod:`analysis.sentiment.neutral_words`)."""
    return without_tone(engine, scored, sentence, start, spans, only_rated=True)


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
    tokens = _vader_words(text)
    valences = [lexicon.get(token.lower(), 0.0) for token in tokens]
    return len(tokens), sum(valence > 0 for valence in valences), sum(valence < 0 for valence in valences)


def rated_valence(lexicon: Mapping[str, float], words: Sequence[str], i: int) -> float:
    """The valence VADER's word rules (booster, negation, idiom, "no" and "least" checks, capitals; not the "but"
    rule) give ``words[i]`` (SentiText's words of a text) when ``lexicon`` rates it, as :meth:`polarity_scores` does
    for a lexicon word; 0 for a booster word."""
    lowers = [word.lower() for word in words]
    if lowers[i] in BOOSTER_DICT:
        return 0.0
    is_cap_diff = 0 < len(words) - sum(map(str.isupper, words)) < len(words)
    return _valence(lexicon, words, lowers, i, is_cap_diff)
