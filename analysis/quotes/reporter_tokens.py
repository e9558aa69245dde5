"""The reporter's tokens of a sentence: words and punctuation, each quoted passage one ``quote`` token.

Attribution (:mod:`analysis.quotes.attribution`), the quotes step, the
sentiment step's neutral cues and the actors' mention tone all read a
sentence this way. The words and punctuation marks of a normalised view are
found once per view (:class:`ViewTokens`, kept for the last view
read: the steps read an article one after the other) and every range of it
is a slice of that list, so a sentence read by three steps is tokenised once,
not three times.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import add, attrgetter, itemgetter, not_
from typing import NamedTuple, Sequence

from analysis.text.document import word_cache
from analysis.text.lexicon import words

# possessive (``++``, ``*+``): nothing after a run of word characters can match a word character, so the
# engine keeps no backtracking points it would never use (same matches, ~8% less time splitting a view)
_TOKEN = re.compile(r"\w++(?:[-'.]\w+)*+\.?|[^\w\s]")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")  # re.split keeps the tokens and the gaps between them
_TITLES_WITH_PERIOD = words("token_titles_with_period")


class Token(NamedTuple):
    """A word, punctuation mark, or a whole quoted passage (``kind == "quote"``); build with :func:`make_token`."""

    start: int
    end: int
    text: str
    kind: str  # "word", "punct" or "quote"
    lower: str  # a word in lower case without a final period; other tokens as written
    capitalized: bool  # a word starting with a capital


_new_tuple = tuple.__new__  # builds a Token without its Python-level constructor


def make_token(start: int, end: int, text: str, kind: str) -> Token:
    """A token with its lower-case form and capitalisation worked out once."""
    if kind == "word":
        return Token(start, end, text, kind, text.lower().rstrip("."), text[:1].isupper())
    return Token(start, end, text, kind, text, False)


def token_index(tokens: Sequence[Token], position: int, starts: Sequence[int] | None = None) -> int:
    """Index of the token holding ``position`` (or the last one before it); ``starts``: the tokens' start offsets
    (else the tokens are bisected by their starts)."""
    if starts is None:
        return max(0, bisect_right(tokens, position, key=_TOKEN_START) - 1)
    return max(0, bisect_right(starts, position) - 1)


_TOKEN_START = attrgetter("start")


def tokenize_reporter_text(view: str, start: int, end: int, quoted: Sequence[tuple[int, int]]) -> list[Token]:
    """Tokens of ``view[start:end]``, each quoted passage (marks included) collapsed into one token.

    ``view`` is the normalised text (:func:`analysis.text.normalization`); ``quoted``
    holds the passages' outer spans (with their marks), in order.
    """
    words = view_tokens(view)
    tokens: list[Token] = []
    position = start
    first = bisect_right(quoted, start, key=_SPAN_END)  # the passages are in order: skip those ending before start
    for index in range(first, len(quoted)):
        q_start, q_end = quoted[index]
        if q_start >= end:
            break
        if q_end <= start:
            continue
        tokens += words.between(position, max(position, q_start))
        tokens.append(make_token(max(q_start, start), min(q_end, end), view[max(q_start, start):min(q_end, end)], "quote"))
        position = min(q_end, end)
    if not tokens:
        return words.between(position, end)  # no passage inside (most ranges): its fresh list as it is
    tokens += words.between(position, end)
    return tokens


_SPAN_END = itemgetter(1)  # of a passage's (start, end): bisecting calls no Python function


class ViewTokens:
    """The word and punctuation tokens of a whole view, found in one pass; :meth:`between` slices them.

    A range's tokens are those the tokeniser finds in the range alone: the
    same as the view's when no token of the view crosses the range's edges
    (tokens cover every non-space character, so scanning from an edge
    between tokens meets the same tokens); a range cutting a token is
    tokenised on its own.
    """

    def __init__(self, view: str) -> None:
        self.view = view
        parts = _TOKEN_SPLIT.split(view)  # [gap, token, gap, token, ..., gap]
        offsets = list(accumulate(map(len, parts), initial=0))
        self.starts: list[int] = offsets[1::2]  # of each match of the pattern
        self.ends: list[int] = offsets[2::2]
        texts = parts[1::2]
        tails = list(map(word_cache(_tail).__getitem__, texts))  # a dict look-up per match, Python code per new word
        splits = list(compress(count(), map(not_, tails)))  # the matches whose final period is a token of its own
        for index in splits:
            tails[index] = _SPLIT_PLACEHOLDER  # its token is replaced below
        tokens = list(map(_new_tuple, repeat(Token), map(add, zip(self.starts, self.ends), tails)))
        self.tokens, self.first = _with_split_periods(tokens, splits, self.starts, self.ends, texts)

    def between(self, start: int, end: int) -> list[Token]:
        """The tokens of ``view[start:end]`` (as :func:`plain_tokens` finds them)."""
        if start >= end:
            return []
        low = bisect_left(self.starts, start)
        high = bisect_left(self.starts, end)
        if (low and self.ends[low - 1] > start) or (high and self.ends[high - 1] > end):
            return plain_tokens(self.view, start, end)  # an edge cuts a token
        return self.tokens[self.first[low]:self.first[high]]


_SPLIT_PLACEHOLDER = ("", "", "", False)  # the tail of a match :func:`_split_period` tokenises


def _with_split_periods(
    tokens: list[Token], splits: list[int], starts: list[int], ends: list[int], texts: list[str],
) -> tuple[list[Token], list[int]]:
    """The tokens with each match of ``splits`` (indexes, in order) replaced by its word and its period, and the
    index in them of each match's first token (one more entry: their number); column slices, no loop per token."""
    if not splits:
        return tokens, list(range(len(tokens) + 1))
    out: list[Token] = []
    first: list[int] = []
    previous = 0
    for shift, index in enumerate(splits):  # ``shift``: the periods split off before match ``index``
        out += tokens[previous:index]
        out += _split_period(starts[index], ends[index], texts[index])
        first += range(previous + shift, index + 1 + shift)
        previous = index + 1
    out += tokens[previous:]
    first += range(previous + len(splits), len(tokens) + 1 + len(splits))
    return out, first


@lru_cache(maxsize=1)
def view_tokens(view: str) -> ViewTokens:
    """The :class:`ViewTokens` of ``view``, kept until another view is read (the steps read one article at a time)."""
    return ViewTokens(view)


def plain_tokens(view: str, start: int, end: int) -> list[Token]:
    """Word and punctuation tokens of ``view[start:end]``, tokenised on their own."""
    tokens: list[Token] = []
    tail_of = word_cache(_tail).__getitem__
    for match in _TOKEN.finditer(view, start, end):
        text = match.group()
        tail = tail_of(text)
        tokens += _split_period(match.start(), match.end(), text) if tail is None \
            else [_new_tuple(Token, (match.start(), match.end()) + tail)]
    return tokens


def _tail(text: str) -> tuple[str, str, str, bool] | None:
    """``(text, kind, lower, capitalized)`` of a match, or None for a word whose final period is a token of its
    own; read through :func:`~analysis.text.document.word_cache` (a word recurs across a view and across articles,
    and working its fields out again costs more than a dict look-up)."""
    first = text[0]
    if not (first.isalnum() or first == "_"):
        return (text, "punct", text, False)
    if text[-1] == "." and not _keeps_period(text):
        return None
    return (text, "word", text.lower().rstrip("."), first.isupper())


def _split_period(start: int, end: int, text: str) -> list[Token]:
    """A sentence-final word and its period: two tokens."""
    word = text[:-1]
    return [_new_tuple(Token, (start, end - 1, word, "word", word.lower().rstrip("."), word[:1].isupper())),
            _new_tuple(Token, (end - 1, end, ".", "punct", ".", False))]


def _keeps_period(word: str) -> bool:
    """Abbreviations keep their period ("U.S.", "Dr."); sentence-final words do not."""
    if len(word) == 2 and word[0].isupper():
        return True  # an initial: "Wayne A. I. Frederick"
    return "." in word[:-1] or word[:-1].lower() in _TITLES_WITH_PERIOD
