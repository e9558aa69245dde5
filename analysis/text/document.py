"""The Document: one article's text, read once.

Every step and rule reads the same object: the normalised (same-length) view,
the accent-folded view, the word tokens with their offsets, paragraphs,
sentences and quote segments are computed on first use and kept, the way
spaCy's ``Doc`` is built once and annotated by every component. A view that
belongs to another wing (the mask of datelines and credit lines, capitalised
name runs) is memoised on the document with :meth:`Document.view`, so it too
is computed once per article.

Offsets are always into the stored ``text``; the views have its length. The
word tokens are kept as columns (:class:`TokenColumns`: starts, ends, texts,
gaps), which is what the dictionary matchers read; :class:`Token` tuples are
made only when :attr:`Document.tokens` is asked for.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate, repeat
from typing import Any, Callable, Iterable, Mapping, NamedTuple, TypeVar

from analysis.text.normalization import WORD_CHARS, WORD_PATTERN, fold_accents, normalize
from analysis.text.paragraphs import paragraphs_of_view
from analysis.text.quotemarks import QuoteSpan, pair_quote_marks
from analysis.text.sentences import quoted_flags, split_view

TOKEN_PATTERN = re.compile(f"{WORD_CHARS}+")
_TOKEN_SPLIT = re.compile(f"({WORD_CHARS}+)")
_new_tuple = tuple.__new__
T = TypeVar("T")


class Token(NamedTuple):
    """A word token of the normalised view: span, the token as written, and what separates it from the last."""

    start: int
    end: int
    text: str
    gap: str  # whitespace folded: " " for spaces, "." / "-" / "" ...; "" for the first token


def gap_key(gap: str) -> str:
    """What separates two tokens, with whitespace folded: ``" "``, ``"."``, ``"-"``..."""
    return "".join(gap.split()) or " "


class TokenColumns(NamedTuple):
    """The word tokens of a view column by column: what :class:`Token` holds per token, one list per field."""

    starts: list[int]
    ends: list[int]
    texts: list[str]
    gaps: list[str]

    def tokens(self) -> list[Token]:
        """The same tokens as :class:`Token` tuples."""
        return list(map(_new_tuple, repeat(Token), zip(*self)))  # tuple.__new__: a NamedTuple without its constructor

    @classmethod
    def of_tokens(cls, tokens: Iterable[Token]) -> "TokenColumns":
        """The columns of a list of tokens."""
        columns = [list(column) for column in zip(*tokens)]
        return cls(*columns) if columns else cls([], [], [], [])


def token_columns(view: str) -> TokenColumns:
    """Tokens (runs of word characters) of an already normalised string with the gap before each, as columns:
    one regex split of the view, no object per token."""
    return _columns_of_parts(_TOKEN_SPLIT.split(view))


def _columns_of_parts(parts: list[str]) -> TokenColumns:
    """The :class:`TokenColumns` of a view split at its tokens (``[before, token, gap, token, ..., token, after]``)."""
    if len(parts) < 3:
        return TokenColumns([], [], [], [])
    offsets = list(accumulate(map(len, parts), initial=0))  # offsets[k]: where parts[k] starts
    gaps = [""]
    gaps += [" " if gap == " " else _gap_key(gap) for gap in parts[2:-1:2]]
    return TokenColumns(offsets[1:-1:2], offsets[2::2], parts[1::2], gaps)


def tokenize_view(view: str) -> list[Token]:
    """Tokens (runs of word characters) of an already normalised string, each with the gap before it."""
    return token_columns(view).tokens()


@lru_cache(maxsize=4096)
def _gap_key(gap: str) -> str:
    return gap_key(gap)


@dataclass(eq=False)
class Document:
    """One article: its stored text and every view of it, each computed once on first use.

    Parameters
    ----------
    text:
        The article's stored text; every offset indexes it.
    doc_id:
        The article's id (empty for a loose string).
    meta:
        Article fields a step may read (``source``, ``place``, ``title``).
    lang:
        The article's language, an ISO 639-1 code (``"en"``, ``"es"``): it selects the
        language resources every step reads (sentence rules, word lists, cue and actor files).
    tables:
        Rows that earlier steps produced for this article, by table name
        (columnar: column name -> list of values). Steps read what they
        declared in ``REQUIRES``.
    """

    text: str
    doc_id: str = ""
    meta: Mapping[str, Any] = field(default_factory=dict)
    tables: dict[str, Mapping[str, list]] = field(default_factory=dict)
    lang: str = "en"
    _views: dict[Any, Any] = field(default_factory=dict, repr=False)
    _token_keys: dict[Callable[[str], str], list[str]] = field(default_factory=dict, repr=False)

    # ------------------------------------------------------------ character views
    @cached_property
    def normalized(self) -> str:
        """Typographic quotes, dashes and odd spaces mapped to ASCII, same length (:func:`normalize`)."""
        return normalize(self.text)

    @cached_property
    def folded(self) -> str:
        """The normalised view with accents stripped character by character, same length."""
        return fold_accents(self.normalized)

    # ------------------------------------------------------------ tokens
    @cached_property
    def token_parts(self) -> list[str]:
        """The normalised view split at its word tokens: ``[before, token, gap, token, ..., token, after]``, the
        gaps as written; :attr:`token_columns` and the name tokens' gaps are read from it (one split)."""
        return _TOKEN_SPLIT.split(self.normalized)

    @cached_property
    def token_columns(self) -> TokenColumns:
        """Word tokens of the normalised view (runs of word characters) as columns: the unit every matcher walks."""
        return _columns_of_parts(self.token_parts)

    @cached_property
    def tokens(self) -> list[Token]:
        """Word tokens of the normalised view (runs of word characters), one :class:`Token` each."""
        return self.token_columns.tokens()

    @property
    def token_starts(self) -> list[int]:
        """Start offsets of :attr:`tokens`, for bisecting."""
        return self.token_columns.starts

    @property
    def token_texts(self) -> list[str]:
        """Each token as written (the text of :attr:`tokens`)."""
        return self.token_columns.texts

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """The distinct tokens as written."""
        return frozenset(self.token_texts)

    def token_keys(self, key: Callable[[str], str]) -> list[str]:
        """Each token's matching key under ``key`` (case/accent folding, a stemmer...), computed once per key.

        ``key`` must be a pure function of the word: its results are remembered across documents.
        """
        try:
            return self._token_keys[key]  # kept by key function: no view object built per call
        except KeyError:
            keyed = self._token_keys[key] = list(map(word_cache(key).__getitem__, self.token_texts))
            return keyed

    def token_range(self, start: int, end: int) -> range:
        """Indexes of the tokens lying inside the character range ``[start, end)``."""
        starts, ends = self.token_columns.starts, self.token_columns.ends
        first = bisect_right(starts, start - 1)
        last = first
        while last < len(ends) and ends[last] <= end:
            last += 1
        return range(first, last)

    @cached_property
    def words(self) -> list[tuple[int, int]]:
        """Spans of words (letters and digits with inner hyphens and apostrophes), as :data:`WORD_PATTERN` reads."""
        return [match.span() for match in WORD_PATTERN.finditer(self.normalized)]

    @property
    def n_words(self) -> int:
        """Number of words."""
        return len(self.words)

    # ------------------------------------------------------------ structure
    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """Spans of the non-empty paragraphs (see :func:`analysis.text.paragraph_spans`)."""
        return paragraphs_of_view(self.normalized)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans in order (see :func:`analysis.text.split_sentences`)."""
        return split_view(self.normalized, self.paragraphs, lang=self.lang)

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Start offsets of :attr:`sentences`, for bisecting."""
        return [start for start, _ in self.sentences]

    @cached_property
    def sentence_paragraphs(self) -> list[int]:
        """The paragraph index of each sentence."""
        index, out, paragraphs = 0, [], self.paragraphs
        for start, _ in self.sentences:
            while paragraphs[index][1] <= start:
                index += 1
            out.append(index)
        return out

    def sentence_id(self, offset: int) -> int:
        """The sentence holding ``offset`` (the one before, between two; -1 without sentences)."""
        if not self.sentences:
            return -1
        return max(bisect_right(self.sentence_starts, offset) - 1, 0)

    def sentence_ids(self, offsets: Iterable[int]) -> list[int]:
        """:meth:`sentence_id` of each offset (its bisect inlined: no method call per offset)."""
        starts = self.sentence_starts
        if not starts:
            return [-1 for _ in offsets]
        return [max(bisect_right(starts, offset) - 1, 0) for offset in offsets]

    @cached_property
    def quote_segments(self) -> tuple[QuoteSpan, ...]:
        """Quotations found by pairing quote marks paragraph by paragraph (see :func:`analysis.text.quote_segments`)."""
        return tuple(pair_quote_marks(self.text, self.normalized, self.paragraphs))

    @cached_property
    def quote_spans(self) -> list[tuple[int, int]]:
        """``(start, end)`` of each quote segment."""
        return [(quote.start, quote.end) for quote in self.quote_segments]

    @cached_property
    def sentence_in_quote(self) -> list[bool]:
        """For each sentence: are most of its non-space characters inside quotation marks?"""
        return quoted_flags(self.normalized, self.sentences, self.quote_spans)

    # ------------------------------------------------------------ views of other wings
    def view(self, compute: Callable[["Document"], T]) -> T:
        """``compute(self)``, computed once per document and kept (``compute`` must be hashable and pure)."""
        try:
            return self._views[compute]
        except KeyError:
            value = self._views[compute] = compute(self)
            return value

    def sentence_rows(self) -> dict[str, list]:
        """The article's rows of the ``sentences`` table, columnar (see :data:`analysis.text.SENTENCE_COLUMNS`)."""
        sentences = self.sentences
        return {
            "doc_id": [self.doc_id] * len(sentences),
            "sent_id": list(range(len(sentences))),
            "paragraph": self.sentence_paragraphs,
            "start": [start for start, _ in sentences],
            "end": [end for _, end in sentences],
            "text": [self.text[start:end] for start, end in sentences],
            "in_quote": self.sentence_in_quote,
        }


class _KeyCache(dict):
    """Word -> its key under one key function, the key worked out on the first look-up of a word (``__missing__``),
    so a document's tokens are keyed in one pass with no separate search for the words not seen yet."""

    def __init__(self, key: Callable[[str], Any]) -> None:
        super().__init__()
        self.key = key

    def __missing__(self, word: str) -> Any:
        value = self[word] = self.key(word)
        return value


def word_cache(key: Callable[[str], T]) -> _KeyCache:
    """The process-wide cache of ``key``, a pure function of a word (a word is keyed once per process), started
    afresh when it has grown past :data:`_KEY_CACHE_LIMIT`: ``map(word_cache(key).__getitem__, words)`` keys many
    words with a dict look-up each, and calls ``key`` only on a word not seen yet."""
    cache = _KEY_CACHES.get(key)
    if cache is None or len(cache) > _KEY_CACHE_LIMIT:
        cache = _KEY_CACHES[key] = _KeyCache(key)
    return cache


_KEY_CACHES: dict[Callable[[str], Any], _KeyCache] = {}  # key function -> word -> key
_KEY_CACHE_LIMIT = 200_000  # words kept per key function (a few tens of MB at most), then started afresh


def as_document(text_or_doc: "str | Document") -> Document:
    """A Document for a loose string (notebook use); a Document as it is."""
    return text_or_doc if isinstance(text_or_doc, Document) else Document(text_or_doc)
