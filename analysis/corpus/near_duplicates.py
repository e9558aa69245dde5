"""Near-duplicate stories: the same wire copy republished with small edits, found with MinHash and LSH.

Each article's body becomes a set of word shingles (``SHINGLE_WORDS``
consecutive words of the case- and accent-folded text; titles, bylines and
datelines are not body text, so a new headline or a local byline changes
nothing). :class:`datasketch.MinHash` sketches the set in ``NUM_PERM``
seeded permutations and :class:`datasketch.MinHashLSH` finds, for each new
article, the earlier ones sharing a band of the sketch. A candidate becomes an
edge when the estimated Jaccard similarity of the two sketches is at least
``threshold``; a story is a connected component of these edges.

The result does not depend on the order articles arrive in, so a corpus
streamed in chunks (:class:`StoryFinder` fed :func:`~analysis.corpus.iter_corpus`
chunks) gives the same stories as the whole corpus at once
(:func:`find_stories`). Each story's canonical member is the earliest dated
article (undated ones after every dated one), ties broken by the longest
(most words) then the smallest ``doc_id``; the story is named by that
member's ``doc_id``. Cost is linear in the corpus: one sketch per article and
a bounded number of band look-ups; memory holds one sketch (``NUM_PERM``
32-bit values) and the band keys per article.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

import numpy as np
import pandas as pd
from datasketch import MinHash, MinHashLSH

from analysis.corpus.syndication import is_wire
from analysis.text.document import TOKEN_PATTERN
from analysis.text.normalization import folded_view

# Chosen on measured data (validation/validate_stories.py): see the README, "Near-duplicate stories".
DEFAULT_THRESHOLD = 0.4
NUM_PERM = 128
SHINGLE_WORDS = 5
SEED = 1
# LSH band/row choice weighs missed pairs above false candidates: candidates are verified on the sketch anyway.
LSH_WEIGHTS = (0.2, 0.8)
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant combining the words of a shingle
STORY_COLUMNS = {
    "doc_id": "str", "story_id": "str", "similarity_to_story": "float64", "story_size": "int64", "canonical": "bool",
}
STORIES_COLUMNS = [
    "story_id", "size", "n_outlets", "outlets", "first_date", "last_date", "wire", "source", "title", "members",
]
_META = ("doc_id", "date", "n_words", "source", "place", "record", "title")


def body_tokens(text: str) -> list[str]:
    """The words of an article body, case and accents folded (the Document's folded view)."""
    return TOKEN_PATTERN.findall(folded_view(text).casefold())


@lru_cache(maxsize=200_000)
def _word_hash(word: str) -> int:
    """CRC-32 of a word's UTF-8 bytes (cached: news vocabularies repeat)."""
    return zlib.crc32(word.encode("utf-8"))


def shingle_hashes(tokens: list[str], *, size: int = SHINGLE_WORDS) -> np.ndarray:
    """Distinct 32-bit hashes of every run of ``size`` consecutive words (one shingle for a shorter text).

    Word hashes are CRC-32 (stable across runs and machines, unlike ``hash``);
    a shingle's hash mixes its words' hashes by position, so word order counts.
    """
    if not tokens:
        return np.zeros(0, dtype=np.uint32)
    words = np.fromiter(map(_word_hash, tokens), dtype=np.uint64, count=len(tokens))
    width = min(size, len(words))
    count = len(words) - width + 1
    combined = np.zeros(count, dtype=np.uint64)
    for offset in range(width):
        combined = combined * _MULTIPLIER + words[offset:offset + count]
    folded = (combined >> np.uint64(32)) ^ (combined & np.uint64(0xFFFFFFFF))
    return np.unique(folded.astype(np.uint32))


@dataclass
class StoryFinder:
    """Clusters articles into stories, one chunk at a time; :meth:`result` after the last chunk.

    ``threshold`` is the estimated Jaccard similarity of two articles' shingle
    sets at or above which they are the same story (see :data:`DEFAULT_THRESHOLD`).
    """

    threshold: float = DEFAULT_THRESHOLD
    num_perm: int = NUM_PERM
    shingle_words: int = SHINGLE_WORDS
    seed: int = SEED
    _lsh: MinHashLSH = field(init=False, repr=False)
    _base: MinHash = field(init=False, repr=False)
    _signatures: list[np.ndarray] = field(default_factory=list, init=False, repr=False)
    _parents: list[int] = field(default_factory=list, init=False, repr=False)
    _meta: list[tuple] = field(default_factory=list, init=False, repr=False)
    _positions: dict[str, int] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"threshold={self.threshold!r}: expected a Jaccard similarity in (0, 1]")
        if self.shingle_words < 1:
            raise ValueError(f"shingle_words={self.shingle_words!r}: expected a positive number of words")
        self._lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm, weights=LSH_WEIGHTS)
        self._base = MinHash(num_perm=self.num_perm, seed=self.seed, hashfunc=int)  # the values given are hashes already

    def __len__(self) -> int:
        return len(self._parents)

    def add(self, chunk: Any) -> None:
        """Add the articles of a Corpus (or an articles table: ``doc_id`` and ``text``, optional date, n_words, source...)."""
        articles = chunk.articles if hasattr(chunk, "articles") else chunk
        missing = [column for column in ("doc_id", "text") if column not in articles.columns]
        if missing:
            raise KeyError(f"stories need an articles table with columns doc_id and text; missing {missing}")
        meta = {name: articles[name].tolist() if name in articles.columns else [None] * len(articles) for name in _META}
        for position, text in enumerate(articles["text"].tolist()):
            self._add_one(tuple(meta[name][position] for name in _META), "" if text is None else str(text))

    def _add_one(self, meta: tuple, text: str) -> None:
        doc_id = str(meta[0])
        if doc_id in self._positions:
            raise ValueError(f"doc_id {doc_id!r} was added twice; each article belongs to one story")
        tokens = body_tokens(text)
        index = len(self._parents)
        self._positions[doc_id] = index
        self._parents.append(index)
        self._meta.append((doc_id, meta[1], len(tokens) if meta[2] is None or pd.isna(meta[2]) else int(meta[2]), *meta[3:]))
        hashes = shingle_hashes(tokens, size=self.shingle_words)
        if not len(hashes):  # an empty body is its own story: it resembles nothing
            self._signatures.append(np.zeros(0, dtype=np.uint32))
            return
        sketch = self._base.copy()
        sketch.update_batch(hashes.tolist())
        signature = np.asarray(sketch.hashvalues, dtype=np.uint32)
        self._signatures.append(signature)
        for other in sorted(self._lsh.query(sketch)):
            # An edge inside a story already joined changes nothing: skip its check (same stories, less work).
            if self._find(other) != self._find(index) and self.similarity(index, other) >= self.threshold:
                self._union(index, other)
        self._lsh.insert(index, sketch, check_duplication=False)

    def similarity(self, first: int, second: int) -> float:
        """Estimated Jaccard similarity of two added articles (by position): the share of equal sketch values."""
        a, b = self._signatures[first], self._signatures[second]
        return float(np.count_nonzero(a == b)) / len(a) if len(a) and len(b) else 0.0

    def _find(self, index: int) -> int:
        parents = self._parents
        while parents[index] != index:
            parents[index] = parents[parents[index]]
            index = parents[index]
        return index

    def _union(self, first: int, second: int) -> None:
        root_a, root_b = self._find(first), self._find(second)
        if root_a != root_b:
            self._parents[max(root_a, root_b)] = min(root_a, root_b)

    def result(self) -> "Stories":
        """The stories found so far: per-article assignments and the stories table."""
        return Stories.build(self)


def canonical_key(date: Any, n_words: int, doc_id: str) -> tuple:
    """Sort key of a story's members: earliest date first (undated last), then longest, then smallest doc_id."""
    dated = date is not None and not pd.isna(date)
    return (0 if dated else 1, pd.Timestamp(date).value if dated else 0, -int(n_words), str(doc_id))


@dataclass(frozen=True)
class Stories:
    """``articles``: one row per article (``STORY_COLUMNS``, in the order added); ``stories``: one row per story."""

    articles: pd.DataFrame
    stories: pd.DataFrame

    @classmethod
    def build(cls, finder: StoryFinder) -> "Stories":
        roots = [finder._find(index) for index in range(len(finder))]
        members: dict[int, list[int]] = {}
        for index, root in enumerate(roots):
            members.setdefault(root, []).append(index)
        keys = [canonical_key(meta[1], meta[2], meta[0]) for meta in finder._meta]
        canonical_of: dict[int, int] = {}
        for root, group in members.items():
            group.sort(key=keys.__getitem__)
            canonical_of[root] = group[0]
        canon = [canonical_of[root] for root in roots]
        articles = pd.DataFrame({
            "doc_id": [meta[0] for meta in finder._meta],
            "story_id": [finder._meta[c][0] for c in canon],
            "similarity_to_story": [1.0 if c == i else finder.similarity(i, c) for i, c in enumerate(canon)],
            "story_size": [len(members[root]) for root in roots],
            "canonical": [c == i for i, c in enumerate(canon)],
        }).astype(STORY_COLUMNS)
        ordered = sorted(members.values(), key=lambda group: (-len(group), keys[group[0]]))
        return cls(articles=articles, stories=_stories_table(finder._meta, ordered))


def _stories_table(meta: list[tuple], groups: list[list[int]]) -> pd.DataFrame:
    """One row per story, largest first then by canonical order (see :data:`STORIES_COLUMNS`)."""
    rows = []
    for group in groups:
        first = meta[group[0]]
        outlets = sorted({str(meta[i][3]) for i in group if meta[i][3] is not None and not pd.isna(meta[i][3])})
        dates = [meta[i][1] for i in group if meta[i][1] is not None and not pd.isna(meta[i][1])]
        rows.append({
            "story_id": first[0], "size": len(group), "n_outlets": len(outlets), "outlets": "; ".join(outlets),
            "first_date": min(dates) if dates else pd.NaT, "last_date": max(dates) if dates else pd.NaT,
            "wire": is_wire(source=first[3], place=first[4], record=first[5]),
            "source": first[3], "title": first[6], "members": " ".join(meta[i][0] for i in group),
        })
    table = pd.DataFrame(rows, columns=STORIES_COLUMNS)
    return table.astype({
        "story_id": "str", "size": "int64", "n_outlets": "int64", "outlets": "str", "first_date": "datetime64[ns]",
        "last_date": "datetime64[ns]", "wire": "bool", "source": "object", "title": "object", "members": "str",
    })


def find_stories(articles: Any, *, threshold: float = DEFAULT_THRESHOLD, chunks: Iterable[Any] | None = None) -> Stories:
    """Stories of a Corpus or articles table (or of ``chunks``, e.g. ``iter_corpus(path)``, when given)."""
    finder = StoryFinder(threshold=threshold)
    for chunk in ([articles] if chunks is None else chunks):
        finder.add(chunk)
    return finder.result()


def with_stories(articles: pd.DataFrame, stories: Stories) -> pd.DataFrame:
    """The articles table with ``story_id``, ``similarity_to_story``, ``story_size`` and ``canonical`` added."""
    columns = [name for name in STORY_COLUMNS if name != "doc_id"]
    base = articles.drop(columns=[name for name in columns if name in articles.columns])
    merged = base.merge(stories.articles, on="doc_id", how="left", validate="one_to_one")
    missing = merged["story_id"].isna()
    if missing.any():
        raise KeyError(f"{int(missing.sum())} article(s) have no story, e.g. doc_id {merged.loc[missing, 'doc_id'].iloc[0]!r}")
    return merged.astype({name: STORY_COLUMNS[name] for name in columns})
