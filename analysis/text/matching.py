"""One phrase matcher for every dictionary: a token trie, longest match first.

Actor and frame dictionaries hold thousands of phrases. Looping over one regex
per phrase makes matching cost grow with the dictionary; walking a trie of
tokens costs a few dict look-ups per token of text whatever the dictionary
size. Matches are whole words (tokens are runs of word characters), never
overlap, and prefer the longest phrase at each position, scanning left to
right.

Two tokens of a phrase match two tokens of the text only when what stands
between them agrees once whitespace is folded: ``"Latin America"`` matches
``"Latin\\nAmerica"`` but not ``"Latin. America"``; ``"U.S."`` matches ``"U. S."``.
With ``hyphen_as_space`` (the actor dictionaries' matchers), a hyphen joining two words is as good as a space,
either way: ``"Guinea-Bissau"`` matches ``"Guinea Bissau"`` and ``"Kim Jong Un"`` matches ``"Kim Jong-un"``
(news spells the same name both ways). Frame terms keep the hyphen: the exclusion ``"in-laws"`` must not
match ``"changes in laws"``.
A possessive ending stands outside the match: ``"Russia’s"`` matches ``"Russia"``.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count
from typing import Any, Callable, Iterable, Iterator, NamedTuple

from analysis.text.document import Document, Token, TokenColumns, token_columns, tokenize_view, word_cache
from analysis.text.normalization import fold_accents, normalize

_TERMINAL = object()
# A matcher whose phrases open with at most this many keys first checks a document's distinct words for one of
# them (:meth:`PhraseMatcher._opens_none`): most texts hold none, and then no token is keyed.
_FEW_OPENINGS = 64


@lru_cache(maxsize=200_000)
def default_key(token: str) -> str:
    """Fold case and accents (cached: news vocabularies repeat): ``Nicolás`` and ``NICOLAS`` share a key."""
    return fold_accents(token).casefold()


class Match(NamedTuple):
    """One match: character span into the text, the matched surface and the phrase's payload.

    A named tuple: a text yields thousands, and the matcher makes them with ``tuple.__new__`` (no constructor call)."""

    start: int
    end: int
    surface: str
    phrase: str
    payload: Any


_new_tuple = tuple.__new__


@dataclass(frozen=True)
class _Entry:
    phrase: str
    payload: Any
    exact_tokens: tuple[str, ...] | None  # set when the phrase is case-sensitive


def _tokenize(text: str) -> list[Token]:
    """Tokens of the normalised text as (start, end, token, gap before it)."""
    return tokenize_view(normalize(text))


class PhraseMatcher:
    """Find dictionary phrases in text with one trie walk.

    Parameters
    ----------
    key:
        Maps a token to its matching key (default: fold case and accents). A
        stemmer can be plugged in here, e.g. ``lambda t: stem(t.lower())``.
    hyphen_as_space:
        A hyphen joining two words (no space around it) matches a space and a space matches it, in
        phrases and text alike: for names, which news spells both ways.
    """

    def __init__(self, *, key: Callable[[str], str] = default_key, hyphen_as_space: bool = False) -> None:
        self._key = key
        self._hyphen_as_space = hyphen_as_space
        self._root: dict[Any, Any] = {}
        # Keys that start a phrase (where a match can begin), each with the keys a phrase's second word may have, or
        # None where a phrase of one word ends: most positions a first key opens hold no phrase, and a set test there
        # is cheaper than a walk of the trie (:meth:`iter_column_matches`).
        self._first_keys: dict[str, set[str] | None] = {}
        self._openings: frozenset[str] | None = None  # the first keys as a set, made on the first match
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def add(self, phrase: str, payload: Any = None, *, case_sensitive: bool = False) -> bool:
        """Add a phrase; returns False (and adds nothing) when it has no word token.

        A case-sensitive phrase matches only the text's exact letter case
        ("US" but not "us"); the others match any case.
        """
        tokens = _tokenize(phrase)
        if not tokens:
            return False
        node = self._root
        self._note_opening(self._key(tokens[0][2]), self._key(tokens[1][2]) if len(tokens) > 1 else None)
        for index, (start, _, token, gap) in enumerate(tokens):
            if index and self._hyphen_as_space:
                gap = _hyphen_as_space(gap, tokens[index - 1][1], start)
            edge = (gap if index else "", self._key(token))
            node = node.setdefault(edge, {})
        exact = tuple(token for _, _, token, _ in tokens) if case_sensitive else None
        node.setdefault(_TERMINAL, []).append(_Entry(phrase, payload, exact))
        self._size += 1
        return True

    def _note_opening(self, first: str, second: str | None) -> None:
        """Record that a phrase opens with the keys ``first`` then ``second`` (None: ``first`` alone is a phrase)."""
        self._openings = None
        seconds = self._first_keys.get(first, set())
        if seconds is not None:
            if second is None:
                seconds = None  # a phrase may end at the first word: every position of it is walked
            else:
                seconds.add(second)
            self._first_keys[first] = seconds

    def add_all(self, phrases: Iterable[tuple[str, Any]], *, case_sensitive: bool = False) -> None:
        """Add many ``(phrase, payload)`` pairs."""
        for phrase, payload in phrases:
            self.add(phrase, payload, case_sensitive=case_sensitive)

    def find(self, text: str | Document) -> list[Match]:
        """All non-overlapping matches in ``text`` (a string or a Document), left to right, longest first."""
        return list(self.iter_matches(text))

    def iter_matches(self, text: str | Document) -> Iterator[Match]:
        """Like :meth:`find`, lazily. A Document's tokens and keys are read, not recomputed."""
        if isinstance(text, Document):
            if len(self._first_keys) <= _FEW_OPENINGS and self._opens_none(text):
                return iter(())
            return self.iter_column_matches(text.token_columns, text.token_keys(self._key), text.text)
        columns = token_columns(normalize(text))
        return self.iter_column_matches(columns, list(map(self._key, columns.texts)), text)

    def _opens_none(self, doc: Document) -> bool:
        """Whether no word of ``doc`` has a key that opens a phrase: checked on the document's distinct words
        (:attr:`~analysis.text.document.Document.vocabulary`), so a matcher of few phrases (the frame stems) keys
        no token of a text that holds none of them."""
        return self._first_keys.keys().isdisjoint(map(word_cache(self._key).__getitem__, doc.vocabulary))

    def iter_token_matches(self, tokens: list[Token], keys: list[str], source: str) -> Iterator[Match]:
        """Matches over tokens already made (``keys``: each token's key under this matcher's key function;
        ``source``: the text the tokens' offsets index), for a caller that derives tokens from a Document's."""
        return self.iter_column_matches(TokenColumns.of_tokens(tokens), keys, source)

    def iter_column_matches(self, columns: TokenColumns, keys: list[str], source: str) -> Iterator[Match]:
        """:meth:`iter_token_matches` over tokens given as columns (:class:`~analysis.text.document.TokenColumns`)."""
        starts, ends = columns.starts, columns.ends
        first_keys, last_position = self._first_keys, len(keys) - 1
        if self._openings is None:
            self._openings = frozenset(first_keys)
        next_free = 0
        # where a phrase can begin (a frozenset's membership test is the cheapest per token of the text)
        for position in compress(count(), map(self._openings.__contains__, keys)):
            if position < next_free:
                continue
            seconds = first_keys[keys[position]]
            if seconds is not None and (position == last_position or keys[position + 1] not in seconds):
                continue  # no phrase of two words or more goes on with the next word (most positions): no walk
            found = self._longest_at(columns, keys, position)
            if found is None:
                continue
            last, entry = found
            start, end = starts[position], ends[last]
            yield _new_tuple(Match, (start, end, source[start:end], entry.phrase, entry.payload))
            next_free = last + 1

    def iter_matches_within(
        self, doc: Document, start: int, end: int, *, accept: Callable[[Any], bool] | None = None
    ) -> Iterator[Match]:
        """The matches lying inside the characters ``[start, end)`` of ``doc`` and shorter than them, walked as
        :meth:`iter_matches` walks the whole text (longest first, never overlapping one another): the names
        inside a longer name ("California" in "University of California", "Washington" in "Washington Post").
        ``accept`` keeps the phrases whose payload it accepts, so that a longer phrase it refuses ("Washington
        Post") hides no shorter one ("Washington")."""
        columns, keys = doc.token_columns, doc.token_keys(self._key)
        starts, ends = columns.starts, columns.ends
        first, stop = bisect_left(starts, start), bisect_right(ends, end)
        position = first
        while position < stop:
            limit = stop - 1 if position == first else stop  # never the whole range
            found = self._longest_at(columns, keys, position, limit, accept) if keys[position] in self._first_keys else None
            if found is None:
                position += 1
                continue
            last, entry = found
            start, end = starts[position], ends[last]
            yield _new_tuple(Match, (start, end, doc.text[start:end], entry.phrase, entry.payload))
            position = last + 1

    def _longest_at(
        self, columns: TokenColumns, keys: list[str], position: int, stop: int | None = None,
        accept: Callable[[Any], bool] | None = None,
    ) -> tuple[int, _Entry] | None:
        """The longest accepted phrase starting at token ``position`` and ending before token ``stop`` (the
        text's end when None), of the payloads ``accept`` accepts (all when None): (last token index, entry)."""
        node = self._root.get(("", keys[position]))
        best: tuple[int, _Entry] | None = None
        index = position
        gaps, starts, ends, hyphen_as_space = columns.gaps, columns.starts, columns.ends, self._hyphen_as_space
        size = len(gaps) if stop is None else stop
        while node is not None:
            entries = node.get(_TERMINAL)
            if entries is not None:  # a phrase ends here: does its case rule accept the text?
                if accept is not None:
                    entries = [entry for entry in entries if accept(entry.payload)]
                entry = _accepted_entry(entries, columns.texts, position, index + 1)
                if entry is not None:
                    best = (index, entry)
            index += 1
            if index >= size:
                break
            gap = gaps[index]
            if hyphen_as_space and gap == "-" and starts[index] == ends[index - 1] + 1:
                gap = " "  # a lone hyphen joining two words, as _hyphen_as_space reads it (inline: the walk is hot)
            node = node.get((gap, keys[index]))
        return best


def _hyphen_as_space(gap: str, previous_end: int, start: int) -> str:
    """A token's folded gap, but a lone hyphen joining two words (``"Guinea-Bissau"``, not the dash of
    ``"Michigan - chairman"``) reads as a space."""
    return " " if gap == "-" and start == previous_end + 1 else gap


def _accepted_entry(entries: Iterable[_Entry], texts: list[str], first: int, stop: int) -> _Entry | None:
    """The first entry whose case rule accepts the text tokens ``texts[first:stop]`` (dictionary order
    decides ties); the surface words are read only when a case-sensitive entry asks for them."""
    surface: tuple[str, ...] | None = None
    for entry in entries:
        if entry.exact_tokens is None:
            return entry
        if surface is None:
            surface = tuple(texts[first:stop])
        if entry.exact_tokens == surface:
            return entry
    return None
