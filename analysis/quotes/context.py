"""What the quote rules read about one article, indexed once: mentions, quoted spans and the word lists in force.

* :class:`Mention` / :class:`Mentions` -- the article's actor mentions (the
  ``mentions`` table of the actors step, columnar) in text order, with sorted
  offsets so that "the mentions in this sentence", "the mentions overlapping
  this source" and "the latest mention before this offset" are bisections,
  not scans of the whole article;
* :class:`Spans` -- sorted spans (quotations) answering "is this inside one?"
  by bisection;
* :class:`SpeakerLexicon` -- the word lists of the actor dictionary in force
  for the run (titles, first names by gender, organisation nouns and words),
  built once per dictionary object, so a user's dictionary reaches every rule.
"""
from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate
from operator import itemgetter
from typing import Any, Callable, Iterator, Mapping, NamedTuple, Sequence

import pandas as pd

from analysis.text.document import Document
from analysis.text.lexicon import words

MENTION_COLUMNS = ["start", "end", "surface", "actor_id", "actor", "actor_type", "how"]


class Mention(NamedTuple):
    """One actor mention, as the resolver needs it."""

    start: int
    end: int
    actor_id: str | None
    actor: str | None
    actor_type: str | None
    how: str | None


def _str_or_none(value: Any) -> str | None:
    """A table cell as a string; None for a missing value (None, NaN, ``pd.NA``)."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return str(value)


def _strings(column: Sequence[Any] | None, size: int) -> list[str | None]:
    """A column's cells as :func:`_str_or_none` gives them (strings kept as they are); all None when absent."""
    if column is None:
        return [None] * size
    return [value if value.__class__ is str else _str_or_none(value) for value in column]


def mention_list(columns: Mapping[str, Sequence[Any]] | None) -> list[Mention]:
    """The rows of a columnar mentions table (``MENTION_COLUMNS``; a DataFrame works too) in text order."""
    if columns is None or "start" not in columns or len(columns["start"]) == 0:
        return []
    size = len(columns["start"])
    texts = (_strings(columns[name] if name in columns else None, size)
             for name in ("actor_id", "actor", "actor_type", "how"))
    rows = list(zip(map(int, columns["start"]), map(int, columns["end"]), *texts))
    rows.sort(key=_SPAN)  # stable: mentions with the same span keep their table order
    return list(map(Mention._make, rows))


_SPAN = itemgetter(0, 1)  # a row's (start, end)


class Mentions(Sequence[Mention]):
    """Mentions in text order with sorted starts, for bisecting (any overlaps among them are allowed)."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self._items = list(mentions)
        self.starts = [m.start for m in self._items]
        self._max_end = list(accumulate((m.end for m in self._items), max))  # the furthest end so far
        self._selections: dict[Any, list[int]] = {}

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index):  # type: ignore[override]
        return self._items[index]

    def __iter__(self) -> Iterator[Mention]:
        return iter(self._items)

    def starting_in(self, start: int, end: int) -> list[Mention]:
        """The mentions whose start lies in ``[start, end)``, in order."""
        return self._items[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """The mentions sharing a character with ``[start, end)``, in order."""
        index = bisect_left(self.starts, end) - 1
        found = []
        while index >= 0 and self._max_end[index] > start:
            if self._items[index].end > start:
                found.append(self._items[index])
            index -= 1
        found.reverse()
        return found

    def latest(self, key: Any, select: Callable[[Mention], bool], position: int) -> int:
        """Index of the latest mention ending by ``position`` that ``select`` accepts (-1 when none).

        The mentions ``select`` accepts are listed once per ``key`` (one key per selection), so asking
        again costs a bisection, not a scan back over the article.
        """
        chosen = self._selections.get(key)
        if chosen is None:
            chosen = self._selections[key] = [i for i, mention in enumerate(self._items) if select(mention)]
        k = bisect_right(chosen, bisect_right(self.starts, position) - 1) - 1
        while k >= 0 and self._items[chosen[k]].end > position:
            k -= 1
        return chosen[k] if k >= 0 else -1

    def ending_by(self, position: int) -> Iterator[Mention]:
        """The mentions ending at or before ``position``, latest first."""
        for index in range(bisect_right(self.starts, position) - 1, -1, -1):
            mention = self._items[index]
            if mention.end <= position:
                yield mention


class Spans:
    """Spans sorted by start (they may nest or overlap) answering whether a range lies inside one of them."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._max_end = list(accumulate((end for _, end in ordered), max))

    def contain(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies within one of the spans."""
        index = bisect_right(self._starts, start) - 1
        return index >= 0 and self._max_end[index] >= end


@dataclass(frozen=True, eq=False)
class SpeakerLexicon:
    """The actor dictionary in force and the word lists of it the speaker rules read, lower case."""

    dictionary: Any  # the ActorDictionary (its first names decide who "she" and "he" can be)
    titles: frozenset[str]  # "senator", "dr", "prime" ("Dr." without its period)
    organization_nouns: frozenset[str]  # "ministry", "party": "the ministry said"
    organization_words: frozenset[str]  # organisation, media and place head words: no part of a person's name


_LEXICONS: "weakref.WeakKeyDictionary[Any, SpeakerLexicon]" = weakref.WeakKeyDictionary()


def speaker_lexicon(dictionary: Any) -> SpeakerLexicon:
    """The lists of an :class:`~analysis.actors.dictionary.ActorDictionary`, built once per dictionary object.

    Titles are the dictionary's ``titles`` cue list plus the office words that
    stand in a title before a name ("Foreign", "Prime"; lexicon list
    ``office_modifiers``).
    """
    cached = _LEXICONS.get(dictionary)
    if cached is None:
        organization_words = dictionary.cue("organization_words") | dictionary.cue("media_words") | \
            dictionary.cue("place_words")
        cached = SpeakerLexicon(
            dictionary=dictionary,
            titles=frozenset(word.lower().rstrip(".") for word in dictionary.cue("titles")) | words("office_modifiers"),
            organization_nouns=frozenset(word.lower() for word in dictionary.cue("organization_nouns"))
            - {"government", "administration"},
            organization_words=frozenset(word.lower() for word in organization_words),
        )
        _LEXICONS[dictionary] = cached
    return cached


@dataclass
class Article:
    """One article as the quote and speaker rules read it: built once per article by the quotes step."""

    document: Document  # the article with its metadata masked (analysis.actors.masking)
    text: str  # the stored text with datelines and credit lines masked (offsets are the article's)
    view: str  # its normalised view (same length)
    sentences: Sequence[Any]  # analysis.quotes.attribution.Sentence, in order
    sentence_starts: list[int]
    mentions: Mentions
    lexicon: SpeakerLexicon
    cue_forms: frozenset[str]  # one-word speech-cue forms in force ("said", "told")
    memo: dict[Any, Any]  # per-article lookups computed on first use
