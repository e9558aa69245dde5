"""Where the trigger words of the news-aware tone rules stand in an article, found through its vocabulary.

A rule that fires on a few words ("like", "hardly", "reduce") first asks the
article's vocabulary (:attr:`analysis.text.document.Document.vocabulary`, its
distinct tokens as written, built once per article) which of them occur at
all, then finds each of those with ``str.find``: most articles hold none or
one, so no regex scans the article for a rule that cannot fire. Where a word stands in a view is kept for the last
view read (:func:`_view_spans`): the sentiment step and the tone toward each mention (which scores clauses of the
same article's sentences, a layer of them at a time) ask for the same words in the same view.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from operator import itemgetter
from typing import Iterable, Sequence

CLAUSE_BREAK = ",;:.!?"  # punctuation ending a token that ends a rule's reach within its sentence (a clause break)


def case_forms(words: Iterable[str]) -> frozenset[str]:
    """Each lower-case word as a token may write it: lower case, capitalised, upper case."""
    return frozenset(form for word in words for form in (word, word.capitalize(), word.upper()))


def occurrences(
    view: str, sentences: Sequence[tuple[int, int]], words: Iterable[str], *, joiners: str = ""
) -> dict[int, list[tuple[int, int]]]:
    """Character spans in ``view`` of the whole-word occurrences of ``words`` (as written), in order, by sentence index
    (sentences without any left out; ``sentences`` are the sentences' spans in ``view``, in order).

    A whole word has no word character right before or after it, nor one of ``joiners`` ("'-": not the "like" of
    "like-minded" or "dislike").
    """
    found: dict[int, list[tuple[int, int]]] = {}
    known = _view_spans(view)
    for word in words:
        spans = known.get((word, joiners))
        if spans is None:
            spans = known[word, joiners] = whole_word_spans(view, word, joiners)
        for at, end in spans:
            index = bisect_right(sentences, at, key=_START) - 1  # by the spans' starts: no list of them to build
            if index >= 0 and end <= sentences[index][1]:
                found.setdefault(index, []).append((at, end))
    for spans in found.values():
        spans.sort()
    return found


def whole_word_spans(view: str, word: str, joiners: str = "") -> list[tuple[int, int]]:
    """Character spans in ``view`` of the whole-word occurrences of ``word`` (see :func:`occurrences`), in order."""
    spans = []
    at = view.find(word)
    while at >= 0:
        end = at + len(word)
        if not _joined(view, at - 1, joiners) and not _joined(view, end, joiners):
            spans.append((at, end))
        at = view.find(word, end)
    return spans


@lru_cache(maxsize=1)
def _view_spans(view: str) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """The :func:`whole_word_spans` found so far in ``view``, by word and joiners: kept for the last view read only
    (the steps read one article at a time), so the memory stays that of one article."""
    return {}


_START = itemgetter(0)


def present_occurrences(
    view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str], forms: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """:func:`occurrences` of those of a rule's trigger ``forms`` (:func:`case_forms`) that the article's
    ``vocabulary`` holds (its distinct tokens as written); none at all without a lookup when it holds none."""
    present = present_forms(forms, vocabulary)
    return occurrences(view, sentences, present) if present else {}


@lru_cache(maxsize=64)
def present_forms(forms: frozenset[str], vocabulary: frozenset[str]) -> frozenset[str]:
    """Those of ``forms`` that ``vocabulary`` holds, remembered for the latest few (a rule's forms, an article's
    vocabulary: the sentiment step and the tone toward each mention ask for the same ones)."""
    return forms & vocabulary


def _joined(view: str, at: int, joiners: str) -> bool:
    """Whether the character at ``at`` (if any) continues a word: a word character or one of ``joiners``."""
    if at < 0 or at >= len(view):
        return False
    character = view[at]
    return character.isalnum() or character == "_" or character in joiners
