"""Near-duplicate stories: the same wire copy republished with small edits, found with MinHash and LSH.

Each article's body becomes a set of word shingles (``SHINGLE_WORDS``
consecutive words of the case- and accent-folded text; titles, bylines and
datelines are not body text, so a new headline or a local byline changes
nothing). :class:`datasketch.MinHash` sketches the set in ``NUM_PERM``
seeded permutations. Two articles are candidates when they share a band of
the sketch (``r`` consecutive values; datasketch's :class:`~datasketch.MinHashLSH`
chooses ``b`` bands of ``r`` rows for the threshold). A candidate becomes an
edge when the estimated Jaccard similarity of the two sketches is at least
``threshold``; a story is a connected component of these edges.

The result does not depend on the order articles arrive in, so a corpus
streamed in chunks (:class:`StoryFinder` fed :func:`~analysis.corpus.iter_corpus`
chunks) gives the same stories as the whole corpus at once
(:func:`find_stories`). Each story's canonical member is the earliest dated
article (undated ones after every dated one), ties broken by the longest
(most words) then the smallest ``doc_id``; the story is named by that
member's ``doc_id``. Memory per article is bounded and small: its sketch
(``NUM_PERM`` 32-bit values in a numpy block, 512 bytes), its story metadata as
columns (doc_id, date, words, source, place, record, title: ~140 bytes on news
tables) and an 8-byte doc_id hash; the text is dropped once signed. The bands
are searched once, in :meth:`StoryFinder.result`, one band at a time over the
sketch matrix (sorting its ``r`` columns, :func:`numpy.unique`) instead of a
dict of band keys per article (~7 KB per article with ``MinHashLSH``); the
edges, hence the stories, are those an LSH index queried article by article
gives (``tests/test_story_components.py``).
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
_DIGEST_MULTIPLIER = _MULTIPLIER  # combines a sketch's values into a digest (equal digests are then verified)
STORY_COLUMNS = {
    "doc_id": "str", "story_id": "str", "similarity_to_story": "float64", "story_size": "int64", "canonical": "bool",
}
STORIES_COLUMNS = [
    "story_id", "size", "n_outlets", "outlets", "first_date", "last_date", "wire", "source", "title", "members",
]
_PAIRS_AT_ONCE = 16_384  # sketch pairs compared in one numpy operation (~8 MB of temporaries at NUM_PERM=128)
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
    Each added article keeps only its sketch (one row of ``num_perm`` 32-bit
    values in a numpy block per chunk) and its story metadata; its text is
    dropped once signed. The band look-ups run in :meth:`result`, band by band
    over the sketch matrix (:func:`story_labels`), instead of a dict of band
    keys per article.
    """

    threshold: float = DEFAULT_THRESHOLD
    num_perm: int = NUM_PERM
    shingle_words: int = SHINGLE_WORDS
    seed: int = SEED
    _base: MinHash = field(init=False, repr=False)
    _bands: tuple[int, int] = field(init=False, repr=False)
    _blocks: list[np.ndarray] = field(default_factory=list, init=False, repr=False)
    _signed_blocks: list[np.ndarray] = field(default_factory=list, init=False, repr=False)
    _columns: list[pd.DataFrame] = field(default_factory=list, init=False, repr=False)
    _id_hashes: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint64), init=False, repr=False)

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"threshold={self.threshold!r}: expected a Jaccard similarity in (0, 1]")
        if self.shingle_words < 1:
            raise ValueError(f"shingle_words={self.shingle_words!r}: expected a positive number of words")
        # datasketch chooses the bands (b) and rows per band (r); its index itself is not kept (see story_labels).
        lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm, weights=LSH_WEIGHTS)
        self._bands = (lsh.b, lsh.r)
        self._base = MinHash(num_perm=self.num_perm, seed=self.seed, hashfunc=int)  # the values given are hashes already

    def __len__(self) -> int:
        return int(self._id_hashes.size)

    def add(self, chunk: Any) -> None:
        """Add the articles of a Corpus (or an articles table: ``doc_id`` and ``text``, optional date, n_words, source...)."""
        articles = chunk.articles if hasattr(chunk, "articles") else chunk
        missing = [column for column in ("doc_id", "text") if column not in articles.columns]
        if missing:
            raise KeyError(f"stories need an articles table with columns doc_id and text; missing {missing}")
        doc_ids = [str(doc_id) for doc_id in articles["doc_id"].tolist()]
        hashes = pd.util.hash_array(np.asarray(doc_ids, dtype=object))
        repeat = self._first_repeat(doc_ids, hashes)
        given = articles["n_words"].tolist() if "n_words" in articles.columns else [None] * len(articles)
        added = len(doc_ids) if repeat is None else repeat  # the articles before a repeated doc_id are added
        block = np.zeros((added, self.num_perm), dtype=np.uint32)
        signed = np.zeros(added, dtype=bool)
        n_words = np.zeros(added, dtype=np.int64)
        for position, text in enumerate(articles["text"].iloc[:added].tolist()):
            tokens = body_tokens("" if text is None else str(text))
            n_words[position] = len(tokens) if given[position] is None or pd.isna(given[position]) else int(given[position])
            hashed = shingle_hashes(tokens, size=self.shingle_words)
            if len(hashed):  # an empty body is never signed: it resembles nothing
                sketch = self._base.copy()
                sketch.update_batch(hashed.tolist())
                block[position], signed[position] = sketch.hashvalues, True  # below 2**32: datasketch masks them
        self._keep(articles.iloc[:added], doc_ids[:added], n_words, hashes[:added])
        self._blocks.append(block)
        self._signed_blocks.append(signed)
        if repeat is not None:
            raise ValueError(f"doc_id {doc_ids[repeat]!r} was added twice; each article belongs to one story")

    def _first_repeat(self, doc_ids: list[str], hashes: np.ndarray) -> int | None:
        """The position of the first doc_id already added (before, or earlier in this chunk), if any."""
        seen = self._id_hashes
        found = np.searchsorted(seen, hashes)
        suspects = (seen[np.minimum(found, max(len(seen) - 1, 0))] == hashes) if len(seen) else np.zeros(len(hashes), bool)
        suspects |= pd.Series(hashes).duplicated().to_numpy()
        for position in np.flatnonzero(suspects):  # a 64-bit hash match: compare the doc_ids themselves
            doc_id = doc_ids[position]
            if doc_id in doc_ids[:position] or any((frame["doc_id"] == doc_id).any() for frame in self._columns):
                return int(position)
        return None

    def _keep(self, articles: pd.DataFrame, doc_ids: list[str], n_words: np.ndarray, hashes: np.ndarray) -> None:
        """Keep the articles' story metadata as columns (not one Python tuple per article) and their doc_id hashes."""
        columns = {name: articles[name].reset_index(drop=True) for name in _META[3:] if name in articles.columns}
        date = articles["date"].reset_index(drop=True) if "date" in articles.columns else None
        frame = pd.DataFrame({"doc_id": pd.Series(doc_ids, dtype="str"), "n_words": n_words, **columns})
        self._columns.append(frame if date is None else frame.assign(date=date))
        self._id_hashes = np.sort(np.concatenate([self._id_hashes, hashes]), kind="stable")  # merges two sorted runs

    def story_meta(self) -> list[tuple]:
        """Per added article: (doc_id, date, n_words, source, place, record, title), None for a column not given."""
        rows: list[tuple] = []
        for frame in self._columns:
            values = [frame[name].tolist() if name in frame.columns else [None] * len(frame) for name in _META]
            rows.extend(zip(*values))
        return rows

    def sketches(self) -> tuple[np.ndarray, np.ndarray]:
        """The added articles' sketches (one uint32 row each) and whether each was signed (False: empty body)."""
        if len(self._blocks) != 1:  # one block from now on, so later calls and chunks copy nothing twice
            self._blocks = [np.concatenate([np.zeros((0, self.num_perm), np.uint32), *self._blocks])]
            self._signed_blocks = [np.concatenate([np.zeros(0, bool), *self._signed_blocks])]
        return self._blocks[0], self._signed_blocks[0]

    def similarity(self, first: int, second: int) -> float:
        """Estimated Jaccard similarity of two added articles (by position): the share of equal sketch values."""
        return float(self.similarities(np.array([first]), np.array([second]))[0])

    def similarities(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """:meth:`similarity` of each pair ``first[i]``, ``second[i]`` (0.0 when either body was empty)."""
        signatures, signed = self.sketches()
        equal = np.zeros(len(first), dtype=np.int64)
        for start in range(0, len(first), _PAIRS_AT_ONCE):  # bounded temporaries: two slices of sketches at a time
            part = slice(start, start + _PAIRS_AT_ONCE)
            equal[part] = np.count_nonzero(signatures[first[part]] == signatures[second[part]], axis=1)
        return np.where(signed[first] & signed[second], equal / self.num_perm, 0.0)

    def labels(self) -> np.ndarray:
        """Per added article, a story number: articles with the same number are one story."""
        signatures, signed = self.sketches()
        return story_labels(signatures, signed, bands=self._bands, threshold=self.threshold)

    def result(self) -> "Stories":
        """The stories found so far: per-article assignments and the stories table."""
        return Stories.build(self)


def story_labels(signatures: np.ndarray, signed: np.ndarray, *, bands: tuple[int, int], threshold: float) -> np.ndarray:
    """Per article, the smallest position in its story: the connected components of the edges between signed
    articles that share a band (``r`` consecutive sketch values, ``b`` bands) and whose estimated similarity is at
    least ``threshold`` — the edges a MinHashLSH index of every article would give, found band by band.

    Articles with identical sketches share every band and are similar (1.0), so they are joined first and the
    bands are searched over the distinct sketches only. An edge inside a component already joined is not checked.
    The union-find keeps the smallest position as a component's root, so the roots are the labels.
    """
    parents = np.arange(len(signatures), dtype=np.int64)
    rows = np.flatnonzero(signed)
    if not len(rows):
        return parents
    same = _first_identical(signatures, rows)
    parents[rows] = same
    distinct = rows[same == rows]
    n_bands, per_band = bands
    for band in range(n_bands):
        _join_band(signatures, parents, distinct, slice(band * per_band, (band + 1) * per_band), threshold)
    return _roots(parents, np.arange(len(signatures)))


def _first_identical(signatures: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """For each of ``rows``, the first of ``rows`` with the very same sketch (itself when none is earlier)."""
    digest = np.zeros(len(rows), dtype=np.uint64)
    for column in range(signatures.shape[1]):  # a 64-bit digest of each sketch, one column at a time
        digest = digest * _DIGEST_MULTIPLIER + signatures[rows, column]
    _, first, inverse = np.unique(digest, return_index=True, return_inverse=True)
    same = rows[first[inverse.ravel()]]
    for start in range(0, len(rows), _PAIRS_AT_ONCE):  # a digest is not proof: keep only truly identical sketches
        part = slice(start, start + _PAIRS_AT_ONCE)
        equal = (signatures[rows[part]] == signatures[same[part]]).all(axis=1)
        same[part] = np.where(equal, same[part], rows[part])
    return same


def _join_band(signatures: np.ndarray, parents: np.ndarray, rows: np.ndarray, band: slice, threshold: float) -> None:
    """Join every two of ``rows`` with equal sketch values in ``band`` and a similarity of at least ``threshold``."""
    _, group = np.unique(signatures[rows, band], axis=0, return_inverse=True)
    group = group.ravel()
    order = np.argsort(group, kind="stable")
    starts = np.flatnonzero(np.diff(group[order], prepend=-1, append=-1))
    for start, end in zip(starts[:-1].tolist(), starts[1:].tolist()):
        if end - start > 1:
            _join_group(signatures, parents, rows[order[start:end]], threshold)


def _join_group(sketches: np.ndarray, parents: np.ndarray, members: np.ndarray, threshold: float) -> None:
    """Join the members (sketches sharing one band) whose similarity reaches ``threshold``, each with the earlier ones."""
    if np.all(_roots(parents, members) == _roots(parents, members[:1])[0]):
        return
    width = sketches.shape[1]
    for position in range(1, len(members)):
        member, earlier = members[position], members[:position]
        roots = _roots(parents, earlier)
        root = _roots(parents, members[position:position + 1])[0]
        others = earlier[roots != root]
        if not len(others):
            continue
        similar = np.count_nonzero(sketches[others] == sketches[member], axis=1) / width >= threshold
        for other in others[similar]:
            _union(parents, int(other), int(member))


def _roots(parents: np.ndarray, nodes: np.ndarray) -> np.ndarray:
    """The union-find roots of ``nodes`` (their paths compressed on the way)."""
    found = parents[nodes]
    while True:
        above = parents[found]
        if np.array_equal(above, found):
            break
        found = above
    parents[nodes] = found
    return found


def _union(parents: np.ndarray, first: int, second: int) -> None:
    root_a, root_b = (int(root) for root in _roots(parents, np.array([first, second])))
    if root_a != root_b:
        parents[max(root_a, root_b)] = min(root_a, root_b)


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
        roots = finder.labels().tolist()
        meta = finder.story_meta()
        members: dict[int, list[int]] = {}
        for index, root in enumerate(roots):
            members.setdefault(root, []).append(index)
        keys = [canonical_key(row[1], row[2], row[0]) for row in meta]
        canonical_of: dict[int, int] = {}
        for root, group in members.items():
            group.sort(key=keys.__getitem__)
            canonical_of[root] = group[0]
        canon = np.array([canonical_of[root] for root in roots], dtype=np.int64)
        positions = np.arange(len(canon))
        articles = pd.DataFrame({
            "doc_id": [row[0] for row in meta],
            "story_id": [meta[c][0] for c in canon.tolist()],
            "similarity_to_story": np.where(positions == canon, 1.0, finder.similarities(positions, canon)),
            "story_size": [len(members[root]) for root in roots],
            "canonical": positions == canon,
        }).astype(STORY_COLUMNS)
        ordered = sorted(members.values(), key=lambda group: (-len(group), keys[group[0]]))
        return cls(articles=articles, stories=_stories_table(meta, ordered))


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
